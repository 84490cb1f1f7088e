"""Map a position in a block's normalised text back to the raw input.

Normalisers change a block's ``text`` (mojibake repaired, spaces collapsed,
quotes fixed) but never its ``start``/``end``. When a later cleaner splits a
block, or records where a quote or caption sits, it finds the position in the
normalised text and needs the matching position in the raw text so that
offsets keep slicing :attr:`Article.original` exactly.

The map is exact where the two texts agree and snaps to the edge of a changed
stretch inside it. Most blocks are unchanged, so the common case costs one
string comparison.
"""

from __future__ import annotations

import difflib

__all__ = ["raw_offset"]

_MAX_DIFF_CHARS = 20_000
"""Above this, diffing could cost seconds; fall back to counting words."""


def raw_offset(raw: str, text: str, pos: int) -> int:
    """Position in ``raw`` corresponding to position ``pos`` in ``text``.

    >>> raw_offset("a  b", "a b", 2)
    3
    >>> raw_offset("same", "same", 3)
    3
    """
    if raw == text:
        return pos
    if pos <= 0:
        return 0
    if pos >= len(text):
        return len(raw)
    if len(raw) <= _MAX_DIFF_CHARS and len(text) <= _MAX_DIFF_CHARS:
        matcher = difflib.SequenceMatcher(None, raw, text, autojunk=False)
        for tag, i1, _i2, j1, j2 in matcher.get_opcodes():
            if j1 <= pos < j2:
                # inside an unchanged stretch: exact; inside a changed one: its start
                return i1 + (pos - j1) if tag == "equal" else i1
        return len(raw)
    return _by_word_count(raw, text, pos)


def _by_word_count(raw: str, text: str, pos: int) -> int:
    """Place ``pos`` after the same number of words in ``raw`` (large blocks)."""
    words_before = len(text[:pos].split())
    if words_before == 0:
        return 0
    count = 0
    in_word = False
    for i, ch in enumerate(raw):
        if ch.isspace():
            if in_word:
                count += 1
                if count == words_before:
                    return i
            in_word = False
        else:
            in_word = True
    return len(raw)
