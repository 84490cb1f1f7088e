"""Cut raw text into blocks: one block per non-blank line, with exact offsets.

News text arrives with every kind of line ending (``\\n``, ``\\r\\n``, ``\\r``,
``\\u2028``/``\\u2029``, form feeds), with paragraphs separated by blank lines or
one paragraph per line, with or without a final newline. A *line* is the unit
that every source shares, so a block is a line: its ``start``/``end`` exclude
the surrounding whitespace, so ``original[start:end]`` is the visible text.

Blank lines (only whitespace or invisible format characters such as a zero
width space or a byte-order mark) become no block: they carry no text, and
the gaps they leave are recomputed from the offsets when structure matters.

>>> [(b.start, b.end, b.text) for b in segment("Title\\r\\n\\r\\n  Body text.  \\u2028Next")]
[(0, 5, 'Title'), (11, 21, 'Body text.'), (24, 28, 'Next')]
>>> segment("")
()
"""

from __future__ import annotations

from newsclean.errors import InvalidInput, describe_bad_input
from newsclean.model import Block, make_block

__all__ = ["BLANK_CHARS", "LINE_BREAKS", "is_blank", "one_break_between", "segment"]

LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
"""Every character :meth:`str.splitlines` treats as a line boundary."""

BLANK_CHARS = (
    " \t\x1f\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u202f\u205f\u3000"
    # invisible format characters that make a line look non-empty to a program
    # while a reader sees nothing: zero width space, word joiner, BOM, soft
    # hyphen, Mongolian vowel separator
    "\u200b\u2060\ufeff\xad\u180e"
)
"""Characters that do not make a line non-blank (Unicode spaces plus invisibles)."""

_BLANK_OR_BREAK = BLANK_CHARS + LINE_BREAKS


def is_blank(text: str) -> bool:
    """Whether ``text`` holds nothing a reader would see.

    >>> is_blank(" \\u200b\\t"), is_blank(" x ")
    (True, False)
    """
    return not text.strip(BLANK_CHARS + LINE_BREAKS)


def one_break_between(original: str, first: Block, second: Block) -> bool:
    """Whether exactly one line break (no blank line) separates two blocks of
    ``original``: the lines are one paragraph as the text sets it out."""
    gap = original[first.end : second.start]
    breaks = sum(gap.count(ch) for ch in LINE_BREAKS) - gap.count("\r\n")
    return breaks == 1


def segment(text: str) -> tuple[Block, ...]:
    """Split ``text`` into blocks, one per non-blank line, labelled ``body``."""
    if not isinstance(text, str):
        raise InvalidInput(describe_bad_input(text, where="segment()", article_ok=False))
    blocks: list[Block] = []
    append = blocks.append
    pos = 0
    # str.splitlines breaks on exactly LINE_BREAKS, in C: a page of a hundred thousand
    # short lines costs one list, not a match object per line; a piece holds break
    # characters only at its end, so stripping them with the blanks changes no offset
    for line in text.splitlines(keepends=True):
        stripped = line.strip(_BLANK_OR_BREAK)
        if stripped:
            start = pos + len(line) - len(line.lstrip(BLANK_CHARS))
            append(make_block(start, start + len(stripped), stripped))
        pos += len(line)
    return tuple(blocks)
