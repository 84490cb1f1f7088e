"""``normalize_whitespace``: one plain space between words, nothing invisible.

Scraped text is full of tabs, runs of spaces, no-break and thin spaces,
zero width spaces and soft hyphens. They make identical lines compare
unequal and break phrase matching, so every run of horizontal whitespace
becomes one ASCII space and the invisible characters go.

Left alone on purpose: line breaks (the segmenter already made lines the
unit), and the zero width joiner and non-joiner, which are meaningful inside
emoji sequences and in Persian and Indic scripts.

>>> normalize_whitespace("  Two\\u00a0 spaces\\tand\\u200b a tab ")
'Two spaces and a tab'
"""

from __future__ import annotations

import re

from newsclean.editing import Doc, apply_text_fix

__all__ = ["normalize_whitespace", "normalize_whitespace_text"]

_INVISIBLE = re.compile("[\u200b\u2060\ufeff\xad\u180e]+")
_EXOTIC_SPACE = "\t\xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
_HSPACE_RUN = re.compile(f"[ {_EXOTIC_SPACE}]{{2,}}|[{_EXOTIC_SPACE}]")
# A run of spaces before or after a line break. The lookbehind makes a match
# start only where a run starts, so a long run that ends elsewhere is scanned
# once rather than once per space (which would be quadratic).
_SPACE_BEFORE_NEWLINE = re.compile(r"(?<! ) +(?=\n)|(?<=\n) +")
_CHEAP_OK = re.compile(r"[\t\n]|  |^ | $")
_BLOCK_MAY_CHANGE = re.compile(f"[{_EXOTIC_SPACE}\u200b\u2060\ufeff\xad\u180e]|  |\n | \n|^ | $")
"""Something :func:`normalize_whitespace_text` changes, in block texts joined by
``"\\n"``: an exotic or invisible character, two spaces, a space at a line's edge."""


def normalize_whitespace_text(text: str) -> str:
    """Collapse horizontal whitespace and drop invisible characters in ``text``."""
    if text.isascii() and not _CHEAP_OK.search(text):
        return text
    text = _INVISIBLE.sub("", text)
    text = _HSPACE_RUN.sub(" ", text)
    if "\n" in text:
        text = _SPACE_BEFORE_NEWLINE.sub("", text)
    return text.strip(" ")


def normalize_whitespace(doc: Doc, /) -> Doc:
    """Collapse runs of spaces, tabs and exotic spaces; remove invisible characters."""
    return apply_text_fix(
        doc, normalize_whitespace_text, where="normalize_whitespace()", may_change=_BLOCK_MAY_CHANGE
    )
