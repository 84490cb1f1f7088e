"""Map positions in a block's normalised text to :attr:`Article.original`, once per block.

:func:`newsclean.editing.original_span` aligns a block's raw and normalised
text on every call, which costs seconds for a long line with many quotations.
Quote normalisation mostly swaps one mark for another, so raw and normalised
text usually have the same length and differ only in quote marks and
spaces: then a position maps to itself, which this checks (exactly) in one
pass. Otherwise the block is aligned once and every position reuses it.

>>> from newsclean import Article, Block
>>> art = Article("say \\"hi\\"", blocks=[Block(0, 8, "say “hi”")])
>>> offset_mapper(art, 0)(5)
5
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Callable

from newsclean.alignment import raw_offset
from newsclean.model import Article
from newsclean.normalize.quote_marks import QUOTE_CHARS
from newsclean.segment import BLANK_CHARS

__all__ = ["offset_mapper"]

_FOLD = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS | frozenset(BLANK_CHARS)))) + "]")
"""Quote marks and blanks all made one character: equal folds of equal length
differ only by swapping one such character for another, position for position."""
_MAX_DIFF_CHARS = 20_000
"""Above this, :func:`newsclean.alignment.raw_offset` counts words instead of diffing."""


def offset_mapper(article: Article, index: int) -> Callable[[int], int]:
    """A function from positions in block ``index``'s ``text`` to offsets in the original."""
    block = article.blocks[index]
    base = block.start
    raw = article.original[block.start : block.end]
    text = block.text
    if len(raw) == len(text) and _FOLD.sub("\x00", raw) == _FOLD.sub("\x00", text):
        return lambda pos: base + max(0, min(pos, len(raw)))
    if len(raw) > _MAX_DIFF_CHARS or len(text) > _MAX_DIFF_CHARS:
        return lambda pos: base + raw_offset(raw, text, pos)
    opcodes = difflib.SequenceMatcher(None, raw, text, autojunk=False).get_opcodes()
    starts = [op[3] for op in opcodes]

    def mapped(pos: int) -> int:
        if pos <= 0:
            return base
        if pos >= len(text):
            return base + len(raw)
        tag, i1, _i2, j1, _j2 = opcodes[bisect.bisect_right(starts, pos) - 1]
        return base + (i1 + (pos - j1) if tag == "equal" else i1)

    return mapped
