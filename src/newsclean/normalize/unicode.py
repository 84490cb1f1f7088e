"""``fix_unicode``: repair mojibake and other encoding damage with ftfy.

ftfy does the repair. newsclean calls it with ``uncurl_quotes=False``, because
quotes are :func:`~newsclean.normalize.quotes.normalize_quotes`' job and
straightening them here would destroy information that cleaner needs.

ftfy's cost is per line and it cannot change a line that is plain ASCII
without ``&`` (HTML entities) or control characters, so such lines skip it.
That fast path returns exactly what ftfy would (a test compares the two).

>>> fix_unicode("The mayorâ€™s office said")
'The mayor’s office said'
>>> fix_unicode("Plain ASCII stays as it is.")
'Plain ASCII stays as it is.'
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from newsclean.editing import Doc, apply_text_fix

if TYPE_CHECKING:
    import ftfy

__all__ = ["fix_unicode", "fix_unicode_text"]

# ASCII characters ftfy may act on: C0 controls (other than tab and newline),
# DEL, and "&" which can start an HTML entity.
_ASCII_NEEDS_FTFY = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&]")
_NL_LINES = re.compile(r"[^\n]*\n|[^\n]+")


@functools.lru_cache(maxsize=1)
def _config() -> ftfy.TextFixerConfig:
    import ftfy  # imported on first use: keeps `import newsclean` cheap

    return ftfy.TextFixerConfig(uncurl_quotes=False, explain=False)


def _ftfy(text: str) -> str:
    import ftfy

    return ftfy.fix_text(text, _config())


def fix_unicode_text(text: str) -> str:
    """ftfy's repair of ``text``, skipping lines ftfy cannot change."""
    if text.isascii() and not _ASCII_NEEDS_FTFY.search(text):
        return text
    if "\n" not in text:
        return _ftfy(text)
    if "<" in text:
        # ftfy turns HTML unescaping off for a whole text containing "<", so
        # line-by-line calls would differ from one call: keep one call.
        return _ftfy(text)
    # ftfy's own unit is a "\n"-terminated line; "\r" and other breaks are not
    # boundaries for it, so they must not be here either
    return "".join(
        line if line.isascii() and not _ASCII_NEEDS_FTFY.search(line) else _ftfy(line)
        for line in _NL_LINES.findall(text)
    )


def fix_unicode(doc: Doc, /) -> Doc:
    """Repair encoding damage (mojibake, HTML entities, control characters) with ftfy.

    Lone surrogates become U+FFFD, control characters other than tab and
    newline are removed, text is NFC-normalised. Quotes are left curly or
    straight as they were.
    """
    return apply_text_fix(doc, fix_unicode_text, where="fix_unicode()")
