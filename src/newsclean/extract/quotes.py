"""``extract_quotes``: direct quotations in the body, with who said them.

A quotation is a pair of outermost quotation marks in the body blocks, as
:mod:`newsclean.normalize.quote_marks` reads them (so straight, curly and
British single-outer text all work, with or without
:func:`~newsclean.normalize.quotes.normalize_quotes` having run). A
quotation that runs over several paragraphs, each opening with a mark and
only the last closing, is one quotation whose paragraphs are joined by a
blank line.

Only *attributed* quotations are kept: a speech verb next to the quotation
names the speaker (see :mod:`newsclean.extract.speakers`). Scare quotes
("a ‘dead end’") and quoted titles have none and are left out. A quotation
that follows an attributed one in the same paragraph with nothing but the
end of the attribution between them (“…,” he said. “…”) has the same
speaker.

Each :class:`~newsclean.model.Quote` holds the text inside the marks, the
speaker and verb as written, and ``start``/``end`` offsets into
:attr:`Article.original` of that text.

>>> art = extract_quotes("“We will not give up,” said Mayor Jane Doe on Monday.")
>>> [(q.text, q.speaker, q.verb) for q in art.quotes]
[('We will not give up,', 'Mayor Jane Doe', 'said')]
>>> art.original[art.quotes[0].start:art.quotes[0].end]
'We will not give up,'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsclean.editing import as_article, body_indexes, record_field
from newsclean.extract.speakers import WINDOW as _WINDOW
from newsclean.extract.speakers import Attribution, after_quote, before_quote
from newsclean.model import Article, Quote
from newsclean.normalize.quote_marks import (
    CLOSE,
    MAX_DEPTH,
    OPEN,
    Mark,
    only_curly_apostrophes,
    only_inner_apostrophes,
    scan_line,
)
from newsclean.normalize.quote_offsets import offset_mapper
from newsclean.normalize.quotes import count_quote_marks

__all__ = ["extract_quotes"]

NAME = "extract_quotes"

_MAX_GAP = 100
_FOLLOW_ON_GAP = re.compile(r"[^.!?“”\"‘’]{0,80}[.,;]?\s{0,5}")
"""What may stand between an attribution and a quotation it also covers."""


_MIN_WORDS = 3
"""A quotation run into its sentence without a colon or comma (said “…”) needs
this many words; shorter ones are words being mentioned (declared ‘victory’)."""


MAX_MARKS_PER_LINE = 400
"""Quote marks in one line beyond which it is not read for quotations: a long
paragraph holds a few dozen, and a line of thousands (a data dump, an attack)
would cost a speaker search for each."""


class _Quotation:
    """Outermost quotation marks and the body text between them, maybe over blocks."""

    __slots__ = ("close", "kind", "open", "parts")

    def __init__(self, block: int, opener: Mark) -> None:
        self.kind = opener.kind
        self.open = (block, opener.start, opener.end)
        self.parts: list[tuple[int, int, int]] = []
        """(block index, start, end) of the quoted text in each block's ``text``."""
        self.close: tuple[int, int, int] | None = None


def _quotations(article: Article) -> list[_Quotation]:
    blocks = article.blocks
    found: list[_Quotation] = []
    current: _Quotation | None = None  # a quotation left open by the previous body block
    for bi in body_indexes(article):
        text = blocks[bi].text
        marks = (
            [m for m in scan_line(text).marks if m.role in (OPEN, CLOSE) and not m.foreign]
            if _may_quote(text) and not _too_many_marks(text)
            else []
        )
        stack: list[Mark] = []
        start_at = 0
        if current is not None:
            first = marks[0] if marks else None
            if first is not None and first.role == OPEN and first.kind == current.kind:
                if first.start == 0:
                    stack.append(first)
                    marks = marks[1:]
                    start_at = first.end
                else:
                    current = None
            else:
                current = None
        for mark in marks:
            if mark.role == OPEN:
                if not stack and current is None:
                    current = _Quotation(bi, mark)
                    start_at = mark.end
                if len(stack) >= MAX_DEPTH:
                    del stack[0]
                stack.append(mark)
                continue
            kinds = [m.kind for m in stack]
            if current is not None and not stack and mark.kind == current.kind:
                kinds = [current.kind]  # closes a quotation continued without a mark
            if mark.kind not in kinds:
                continue
            depth = len(kinds) - 1 - kinds[::-1].index(mark.kind)
            del stack[depth:]
            if not stack and current is not None:
                current.parts.append((bi, start_at, mark.start))
                current.close = (bi, mark.start, mark.end)
                found.append(current)
                current = None
        if current is not None:
            current.parts.append((bi, start_at, len(text)))
            if not _continues(article, bi, current.kind):
                current = None  # never closed: not a quotation we can trust
    return found


def _too_many_marks(text: str) -> bool:
    """A line with more quote marks than a paragraph ever holds is no prose to read."""
    return len(text) > MAX_MARKS_PER_LINE and count_quote_marks(text) > MAX_MARKS_PER_LINE


def _may_quote(text: str) -> bool:
    """Whether ``text`` has a mark that could open or close a quotation (a fast check)."""
    if text.isascii():
        return '"' in text or "&" in text or ("'" in text and not only_inner_apostrophes(text))
    return not only_curly_apostrophes(text)


def _continues(article: Article, index: int, kind: str) -> bool:
    """Whether the next body block opens with a mark of ``kind`` (the quotation goes on)."""
    for j in range(index + 1, len(article.blocks)):
        block = article.blocks[j]
        if not block.is_body:
            continue
        marks = scan_line(block.text).marks if _may_quote(block.text) else []
        return (
            bool(marks) and marks[0].start == 0 and marks[0].role == OPEN and marks[0].kind == kind
        )
    return False


def _text(article: Article, quotation: _Quotation) -> str:
    blocks = article.blocks
    return "\n\n".join(
        blocks[bi].text[s:e].strip() for bi, s, e in quotation.parts if blocks[bi].text[s:e].strip()
    )


def _span(
    article: Article, quotation: _Quotation, mappers: Callable[[int], Callable[[int], int]]
) -> tuple[int, int]:
    blocks = article.blocks
    bi, s, e = quotation.parts[0]
    text = blocks[bi].text
    s += len(text[s:e]) - len(text[s:e].lstrip())
    lb, ls, le = quotation.parts[-1]
    last = blocks[lb].text
    le -= len(last[ls:le]) - len(last[ls:le].rstrip())
    start = mappers(bi)(s)
    end = mappers(lb)(le)
    return start, max(start, end)


def _attribute(
    article: Article, quotation: _Quotation, text: str
) -> tuple[Attribution | None, int | None]:
    """The attribution of ``quotation`` and, for one read after it, where it ends."""
    blocks = article.blocks
    prefer_after = bool(text) and text[-1] in ",?!—–-…"
    after: Attribution | None = None
    after_end: int | None = None
    if quotation.close is not None:
        cb, _, ce = quotation.close
        tail = blocks[cb].text[ce : ce + _WINDOW]
        after = after_quote(tail, full_stop=text.rstrip("”’\"')")[-1:] == ".")
        if after is not None:
            after_end = ce + after.end
    ob, os_, _ = quotation.open
    head = blocks[ob].text[max(0, os_ - _WINDOW) : os_]
    before = before_quote(head)
    run_in = head.rstrip()[-1:] not in (":", ",")
    if before is not None and run_in and len(text.split()) < _MIN_WORDS:
        before = None  # "declared ‘victory’": a word used, not a quotation
    if prefer_after:
        return (after, after_end) if after is not None else (before, None)
    return (before, None) if before is not None else (after, after_end)


def extract_quotes(doc: str | Article, /) -> Article:
    """Fill :attr:`Article.quotes` with the attributed quotations of the body."""
    article = as_article(doc, where=f"{NAME}()")
    mappers = functools.lru_cache(maxsize=None)(functools.partial(offset_mapper, article))
    quotes: list[Quote] = []
    previous: tuple[int, int, Attribution] | None = None  # (block, end of attribution, who)
    for quotation in _quotations(article):
        text = _text(article, quotation)
        if not text:
            continue
        attribution, attribution_end = _attribute(article, quotation, text)
        ob, os_, _ = quotation.open
        if attribution is None and previous is not None and previous[0] == ob:
            gap = article.blocks[ob].text[previous[1] : min(os_, previous[1] + _MAX_GAP + 1)]
            if os_ - previous[1] <= _MAX_GAP and _FOLLOW_ON_GAP.fullmatch(gap):
                attribution = previous[2]
        if attribution is None:
            previous = None
            continue
        start, end = _span(article, quotation, mappers)
        quotes.append(Quote(text, attribution.speaker, attribution.verb, start, end))
        if attribution_end is not None and quotation.close is not None:
            previous = (quotation.close[0], attribution_end, attribution)
        else:
            previous = None
    if not quotes:
        return article
    return record_field(
        article,
        "quotes",
        tuple(quotes),
        cleaner=NAME,
        rule="attribution",
        start=quotes[0].start,
        end=quotes[-1].end,
    )
