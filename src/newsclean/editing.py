"""The few ways a cleaner may change an :class:`Article`, all offset-safe.

Cleaners never build Articles by hand. They go through these functions, which
keep the one invariant everything else relies on: every block's
``start``/``end`` slices :attr:`Article.original` to that block's raw text,
and blocks stay in input order without overlapping.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import attrs

from newsclean import labels
from newsclean.alignment import raw_offset
from newsclean.errors import InvalidInput, describe_bad_input
from newsclean.model import Article, Block, Diagnostic, FieldSource, make_block
from newsclean.segment import BLANK_CHARS, segment

__all__ = [
    "add_diagnostics",
    "apply_text_fix",
    "as_article",
    "body_indexes",
    "original_span",
    "record_field",
    "relabel",
    "split_block",
    "texts",
]

Doc = TypeVar("Doc", str, Article)


def as_article(doc: object, *, where: str = "clean()") -> Article:
    """``doc`` as an Article: segment text, pass Articles through, refuse the rest."""
    if isinstance(doc, Article):
        return doc
    if isinstance(doc, str):
        return Article(original=doc, blocks=segment(doc))
    raise InvalidInput(describe_bad_input(doc, where=where))


def apply_text_fix(
    doc: Doc,
    fix: Callable[[str], str],
    *,
    where: str,
    may_change: re.Pattern[str] | None = None,
) -> Doc:
    """Run a text normaliser on a ``str`` or on every block of an ``Article``.

    A ``str`` comes back as a ``str``; an Article comes back as an Article with
    each block's ``text`` fixed (offsets unchanged). A block that the fix
    empties keeps its old text: normalisers tidy text, they do not delete it.

    ``may_change`` screens the blocks: a pattern that finds something in every
    text ``fix`` would change, read over the block texts joined by ``"\n"``
    (so it may match a block's edges as ``"\n "`` or ``" \n"``). Only the
    blocks a match touches are passed to ``fix``; one scan of the whole text
    is much cheaper than a call per line when most lines need nothing.
    """
    if isinstance(doc, str):
        return fix(doc)
    if not isinstance(doc, Article):
        raise InvalidInput(describe_bad_input(doc, where=where))
    blocks = doc.blocks
    candidates: Iterable[int] = range(len(blocks))
    if may_change is not None:
        candidates = _touched_blocks([b.text for b in blocks], may_change)
    new_blocks: list[Block] | None = None
    for index in candidates:
        block = blocks[index]
        fixed = fix(block.text)
        if fixed != block.text and fixed.strip(BLANK_CHARS):
            if new_blocks is None:
                new_blocks = list(blocks)
            new_blocks[index] = attrs.evolve(block, text=fixed)
    return doc if new_blocks is None else attrs.evolve(doc, blocks=tuple(new_blocks))


def _touched_blocks(texts: list[str], pattern: re.Pattern[str]) -> list[int]:
    """Indexes of the texts that a match of ``pattern`` in ``"\n".join(texts)`` overlaps.

    A match on the ``"\n"`` between two texts counts for both. The scan jumps to the
    next text after each hit, so it costs one search per touched text at most.
    """
    if not texts:
        return []
    joined = "\n".join(texts)
    starts: list[int] = []
    pos = 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1
    touched: list[int] = []
    pos = 0
    while True:
        match = pattern.search(joined, pos)
        if match is None:
            return touched
        first = bisect.bisect_right(starts, match.start()) - 1
        last = max(first, bisect.bisect_right(starts, max(match.end() - 1, match.start())) - 1)
        if match.start() == starts[first] + len(texts[first]) and first + 1 < len(texts):
            last = max(last, first + 1)  # a match starting on the separator
        if touched and touched[-1] >= first:
            first = touched[-1] + 1
        touched.extend(range(first, last + 1))
        if last + 1 >= len(texts):
            return touched
        pos = starts[last + 1] - 1  # from the separator: a match may begin on it


def relabel(
    article: Article,
    changes: Mapping[int, tuple[str, str]],
    *,
    cleaner: str,
) -> Article:
    """Set ``label`` and ``rule`` of the blocks at the given indexes.

    ``changes`` maps a block index to ``(label, rule)``; ``cleaner`` is recorded
    as the decider. Relabelling a block as ``body`` clears the provenance
    unless a rule is given (a cleaner may say why it *kept* something).
    """
    if not changes:
        return article
    blocks = list(article.blocks)
    for index, (label, rule) in changes.items():
        b = blocks[index]
        # make_block: attrs.evolve costs several times more per block, Block() twice
        if label == labels.BODY and not rule:
            blocks[index] = make_block(b.start, b.end, b.text, label, None, None)
        else:
            blocks[index] = make_block(b.start, b.end, b.text, label, cleaner, rule)
    return attrs.evolve(article, blocks=tuple(blocks))


def split_block(article: Article, index: int, pos: int) -> tuple[Article, int]:
    """Split block ``index`` at position ``pos`` of its (normalised) ``text``.

    Whitespace at the cut goes to neither part. Returns the new Article and the
    index of the second part, or the unchanged Article and ``-1`` when the
    split would leave an empty part.
    """
    block = article.blocks[index]
    head_text = block.text[:pos].rstrip(BLANK_CHARS)
    tail_text = block.text[pos:].lstrip(BLANK_CHARS)
    if not head_text or not tail_text:
        return article, -1
    raw = article.original[block.start : block.end]
    cut = raw_offset(raw, block.text, pos)
    raw_head = raw[:cut].rstrip(BLANK_CHARS)
    raw_tail = raw[cut:]
    tail_lead = len(raw_tail) - len(raw_tail.lstrip(BLANK_CHARS))
    if not raw_head or not raw_tail.strip(BLANK_CHARS):
        return article, -1
    head = attrs.evolve(block, end=block.start + len(raw_head), text=head_text)
    tail = attrs.evolve(block, start=block.start + cut + tail_lead, text=tail_text)
    blocks = (*article.blocks[:index], head, tail, *article.blocks[index + 1 :])
    return attrs.evolve(article, blocks=blocks), index + 1


def body_indexes(article: Article) -> list[int]:
    """Indexes of the blocks currently labelled ``body``."""
    return [i for i, b in enumerate(article.blocks) if b.label == labels.BODY]


def texts(article: Article, indexes: Iterable[int]) -> list[str]:
    """The ``text`` of the blocks at ``indexes``."""
    blocks = article.blocks
    return [blocks[i].text for i in indexes]


def original_span(article: Article, index: int, start: int, end: int) -> tuple[int, int]:
    """Offsets in :attr:`Article.original` of ``text[start:end]`` of block ``index``.

    Cleaners find things (a quote, a credit) in a block's normalised text;
    this maps the span back so what they record slices the input exactly.
    """
    block = article.blocks[index]
    raw = article.original[block.start : block.end]
    return (
        block.start + raw_offset(raw, block.text, start),
        block.start + raw_offset(raw, block.text, end),
    )


def record_field(
    article: Article,
    field: str,
    value: object,
    *,
    cleaner: str,
    rule: str,
    start: int,
    end: int,
) -> Article:
    """Set metadata ``field`` to ``value`` and remember where it was read from.

    ``start``/``end`` are offsets into :attr:`Article.original`. An earlier
    source recorded for the same field is replaced.
    """
    sources = tuple(s for s in article.sources if s.field != field)
    source = FieldSource(field, cleaner, rule, start, end)
    changes: dict[str, object] = {field: value, "sources": (*sources, source)}
    return attrs.evolve(article, **changes)  # type: ignore[arg-type]


def add_diagnostics(article: Article, diagnostics: Iterable[Diagnostic]) -> Article:
    """Append diagnostics (things noticed but not fixed with certainty)."""
    new = tuple(diagnostics)
    if not new:
        return article
    return attrs.evolve(article, diagnostics=(*article.diagnostics, *new))
