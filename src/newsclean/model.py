"""The typed result of cleaning: :class:`Article` and the records it holds.

Nothing is deleted. An :class:`Article` keeps the exact input in
:attr:`Article.original` and cuts it into :class:`Block` s whose ``start`` and
``end`` slice that input. Cleaners never drop a block; they *label* it and say
which cleaner and rule decided. The body is whatever is still labelled
``body``; everything else is listed, with its reason and offsets, in
:attr:`Article.removed`. That is what makes a cleaning auditable and undoable.

All classes are frozen ``attrs`` classes with slots: cheap to create, safe to
share between threads, and picklable for process pools and clusters.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsclean import labels
from newsclean._version import __version__

__all__ = [
    "Article",
    "Block",
    "Caption",
    "Diagnostic",
    "FieldSource",
    "Quote",
    "Removal",
    "Verdict",
]


@attrs.frozen(slots=True)
class Block:
    """A line of the input with its place in it and what it was judged to be.

    A hard-wrapped paragraph is one block over several lines (see
    :func:`~newsclean.normalize.wrapped_lines.join_wrapped_lines`).

    ``original[start:end]`` is the block's raw text, always. ``text`` is the
    same text after the normalisers ran (encoding repaired, whitespace and
    quotes normalised); before any normaliser runs the two are equal.
    """

    start: int
    end: int
    text: str
    label: str = labels.BODY
    cleaner: str | None = None
    """Name of the cleaner that set ``label`` (``None`` for the initial ``body``)."""
    rule: str | None = None
    """Name of the rule inside that cleaner."""

    @property
    def reason(self) -> str:
        """``"cleaner.rule"``: the provenance shown in ``removed[].reason``."""
        if self.cleaner is None:
            return ""
        return f"{self.cleaner}.{self.rule}" if self.rule else self.cleaner

    @property
    def is_body(self) -> bool:
        """Whether this block is part of the article body."""
        return self.label == labels.BODY


def _slot_setters() -> tuple[Any, ...]:
    return tuple(getattr(Block, field.name).__set__ for field in attrs.fields(Block))


_SET_START, _SET_END, _SET_TEXT, _SET_LABEL, _SET_CLEANER, _SET_RULE = _slot_setters()
_new_object = object.__new__


def make_block(  # noqa: PLR0917 (Block's own positional signature)
    start: int,
    end: int,
    text: str,
    label: str = labels.BODY,
    cleaner: str | None = None,
    rule: str | None = None,
) -> Block:
    """``Block(start, end, text, label, cleaner, rule)``, about twice as fast.

    A frozen attrs class sets each field in ``__init__`` through a bound
    ``object.__setattr__`` looked up by name; a page of a hundred thousand
    short lines builds a block per line several times over (segmenting,
    relabelling), and that lookup was the largest single cost. This writes the
    slots directly. It is only right while :class:`Block` has no validators,
    converters or ``__attrs_post_init__``; a test checks that it has none and
    that both ways build equal blocks.
    """
    block: Block = _new_object(Block)
    _SET_START(block, start)
    _SET_END(block, end)
    _SET_TEXT(block, text)
    _SET_LABEL(block, label)
    _SET_CLEANER(block, cleaner)
    _SET_RULE(block, rule)
    return block


@attrs.frozen(slots=True)
class Removal:
    """A block that is not body: what it said, what it is, and who said so."""

    text: str
    """The removed text exactly as it appears in the input."""
    kind: str
    """The block's label: ``caption``, ``related``, ``comments`` …"""
    reason: str
    """``"cleaner.rule"`` that set the label."""
    start: int
    end: int


@attrs.frozen(slots=True)
class Caption:
    """An image caption kept as data: its text without the credit, and the credit."""

    text: str
    credit: str | None = None
    agency: str | None = None
    start: int = 0
    end: int = 0


@attrs.frozen(slots=True)
class Quote:
    """A direct quotation and who said it, as written in the text."""

    text: str
    speaker: str | None = None
    verb: str | None = None
    start: int = 0
    end: int = 0


@attrs.frozen(slots=True)
class Diagnostic:
    """Something a cleaner noticed but did not (or could not) fix with certainty."""

    kind: str
    message: str
    start: int = 0
    end: int = 0


@attrs.frozen(slots=True)
class FieldSource:
    """Where a metadata field's value was read from."""

    field: str
    cleaner: str
    rule: str
    start: int
    end: int


@attrs.frozen(slots=True)
class Verdict:
    """Whether the text looks like an article at all, and why."""

    is_article: bool
    reason: str


def _tuple_of_str(value: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(value) if value is not None else ()


def _blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def _captions(value: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(value)


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def _diagnostics(value: Iterable[Diagnostic]) -> tuple[Diagnostic, ...]:
    return tuple(value)


def _sources(value: Iterable[FieldSource]) -> tuple[FieldSource, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Article:
    """A cleaned news article, with everything that was removed and why.

    Build one with :func:`newsclean.clean` (or any single cleaner) rather than
    by hand. Fields are immutable; cleaners return new Articles with
    :func:`attrs.evolve`.

    >>> import newsclean
    >>> art = newsclean.clean("Leave a Reply\\n\\nThe council met on Monday.")
    >>> art.body
    'The council met on Monday.'
    >>> [r.kind for r in art.removed]
    ['comments']
    >>> art.original[art.removed[0].start:art.removed[0].end]
    'Leave a Reply'
    """

    original: str
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_blocks)
    title: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    published: str | None = None
    """ISO 8601 date or datetime, or ``None`` when the text does not say."""
    updated: str | None = None
    section: str | None = None
    publisher: str | None = None
    agency: str | None = None
    dateline: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_captions)
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes)
    emails: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    urls: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    related: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    diagnostics: tuple[Diagnostic, ...] = attrs.field(default=(), converter=_diagnostics)
    sources: tuple[FieldSource, ...] = attrs.field(default=(), converter=_sources)
    verdict: Verdict | None = None

    # -- derived views -------------------------------------------------------

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The text of every ``body`` block, in order."""
        return tuple(b.text for b in self.blocks if b.label == labels.BODY)

    @property
    def body(self) -> str:
        """The article body: body paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def removed(self) -> tuple[Removal, ...]:
        """Every non-body block, with its exact input text, kind, reason and offsets."""
        original = self.original
        return tuple(
            Removal(original[b.start : b.end], b.label, b.reason, b.start, b.end)
            for b in self.blocks
            if b.label != labels.BODY
        )

    @property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return sum(len(p.split()) for p in self.paragraphs)

    def source_of(self, field: str) -> FieldSource | None:
        """Where the value of ``field`` came from, if a cleaner recorded it."""
        for src in self.sources:
            if src.field == field:
                return src
        return None

    # -- rendering -----------------------------------------------------------

    def to_text(self) -> str:
        """Title, subtitle and body as plain text separated by blank lines.

        >>> Article("x", title="Headline", blocks=[Block(0, 1, "x")]).to_text()
        'Headline\\n\\nx'
        """
        parts = [p for p in (self.title, self.subtitle) if p]
        parts.extend(self.paragraphs)
        return "\n\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict with the fields of the public contract.

        Keys: ``title, subtitle, body, paragraphs, authors, published, section,
        publisher, agency, dateline, captions, quotes, emails, urls, related,
        removed``, plus ``updated, language, tags, word_count, diagnostics,
        verdict, sources, blocks, original`` and ``newsclean_version``.
        :meth:`from_dict` reads it back.
        """
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "authors": list(self.authors),
            "published": self.published,
            "updated": self.updated,
            "section": self.section,
            "publisher": self.publisher,
            "agency": self.agency,
            "dateline": self.dateline,
            "language": self.language,
            "tags": list(self.tags),
            "captions": [attrs.asdict(c) for c in self.captions],
            "quotes": [attrs.asdict(q) for q in self.quotes],
            "emails": list(self.emails),
            "urls": list(self.urls),
            "related": list(self.related),
            "removed": [attrs.asdict(r) for r in self.removed],
            "word_count": self.word_count,
            "diagnostics": [attrs.asdict(d) for d in self.diagnostics],
            "verdict": attrs.asdict(self.verdict) if self.verdict else None,
            "sources": [attrs.asdict(s) for s in self.sources],
            "blocks": [attrs.asdict(b) for b in self.blocks],
            "original": self.original,
            "newsclean_version": __version__,
        }

    def to_json(self, **dumps_kwargs: Any) -> str:
        """:meth:`to_dict` as a JSON string (keyword arguments go to :func:`json.dumps`)."""
        dumps_kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **dumps_kwargs)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output.

        Derived keys (``body``, ``paragraphs``, ``removed``, ``word_count``) are
        recomputed, not trusted. Block offsets are checked against ``original``.
        """
        original = data["original"]
        if not isinstance(original, str):
            raise TypeError(f"'original' must be a str, got {type(original).__name__}")
        blocks = tuple(Block(**b) for b in data.get("blocks", ()))
        for b in blocks:
            if not 0 <= b.start <= b.end <= len(original):
                raise ValueError(f"block offsets {b.start}:{b.end} outside the original text")
        verdict = data.get("verdict")
        return cls(
            original=original,
            blocks=blocks,
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            authors=data.get("authors") or (),
            published=data.get("published"),
            updated=data.get("updated"),
            section=data.get("section"),
            publisher=data.get("publisher"),
            agency=data.get("agency"),
            dateline=data.get("dateline"),
            language=data.get("language"),
            tags=data.get("tags") or (),
            captions=[Caption(**c) for c in data.get("captions", ())],
            quotes=[Quote(**q) for q in data.get("quotes", ())],
            emails=data.get("emails") or (),
            urls=data.get("urls") or (),
            related=data.get("related") or (),
            diagnostics=[Diagnostic(**d) for d in data.get("diagnostics", ())],
            sources=[FieldSource(**s) for s in data.get("sources", ())],
            verdict=Verdict(**verdict) if verdict else None,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle compactly, for process pools and clusters (see :func:`_pack_article`)."""
        return _unpack_article, _pack_article(self)

    def explain(self) -> str:
        """A readable report of every removal and every field, with reasons.

        >>> import newsclean
        >>> print(newsclean.clean("Leave a Reply\\n\\nThe council met.").explain())
        kept 1 of 2 blocks (16 of 29 characters)
        removed:
          0-13      comments         strip_boilerplate.exact_line    'Leave a Reply'
        verdict: not an article (too little prose (3 words))
        """
        kept = [b for b in self.blocks if b.is_body]
        total_chars = sum(b.end - b.start for b in self.blocks)
        kept_chars = sum(b.end - b.start for b in kept)
        lines = [
            f"kept {len(kept)} of {len(self.blocks)} blocks "
            f"({kept_chars} of {total_chars} characters)"
        ]
        removed = self.removed
        if removed:
            lines.append("removed:")
            for r in removed:
                span = f"{r.start}-{r.end}"
                lines.append(f"  {span:<9} {r.kind:<16} {r.reason:<31} {_short(r.text)}")
        fields = _explained_fields(self)
        if fields:
            lines.append("fields:")
            lines.extend(fields)
        if self.verdict is not None:
            verdict = "article" if self.verdict.is_article else "not an article"
            lines.append(f"verdict: {verdict} ({self.verdict.reason})")
        if self.diagnostics:
            lines.append("diagnostics:")
            for d in self.diagnostics:
                lines.append(f"  {d.start}-{d.end:<6} {d.kind}: {d.message}")
        return "\n".join(lines)


_EXPLAINED_SCALARS = (
    "title",
    "subtitle",
    "published",
    "updated",
    "section",
    "publisher",
    "agency",
    "dateline",
    "language",
)
_EXPLAINED_LISTS = ("authors", "tags", "emails", "urls", "related")


def _short(text: str, limit: int = 70) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _explained_fields(article: Article) -> list[str]:
    out: list[str] = []
    for name in (*_EXPLAINED_SCALARS, *_EXPLAINED_LISTS):
        value = getattr(article, name)
        if not value:
            continue
        shown = _short(value) if isinstance(value, str) else ", ".join(value)
        src = article.source_of(name)
        where = f"  [{src.cleaner}.{src.rule} at {src.start}-{src.end}]" if src else ""
        out.append(f"  {name:<10} {shown}{where}")
    if article.captions:
        out.append(f"  captions   {len(article.captions)}")
    if article.quotes:
        out.append(f"  quotes     {len(article.quotes)}")
    return out


def check_offsets(article: Article) -> None:
    """Raise ``AssertionError`` unless every block lies inside ``original`` in order.

    Used by tests and by :meth:`Article.from_dict` callers who want the full check.
    """
    prev_end = 0
    n = len(article.original)
    for b in article.blocks:
        if not (prev_end <= b.start <= b.end <= n):
            raise AssertionError(f"block {b.start}:{b.end} out of order or outside 0:{n}")
        prev_end = b.end


def body_blocks(blocks: Sequence[Block]) -> list[int]:
    """Indexes of the blocks still labelled ``body``."""
    return [i for i, b in enumerate(blocks) if b.label == labels.BODY]


# -- pickling ---------------------------------------------------------------------------------


def _pack_article(article: Article) -> tuple[Any, ...]:
    """An Article as plain tuples: half the bytes of attrs' default pickling, and faster.

    Blocks go as columns (``start``, ``end``, ``text``, ``label``, ``cleaner``,
    ``rule``), not as one dict of field names per block, and are rebuilt with
    ``map(Block, ...)``; a block's ``text`` almost always equals its slice of
    ``original`` (it differs only where a normaliser changed something), so it
    is sent as ``None`` and sliced again on arrival; fields of the Article at
    their default are left out. A field added to :class:`Block` must be added
    here too (``tests/test_batch.py`` checks it).
    """
    original = article.original
    blocks = article.blocks
    columns = (
        tuple(b.start for b in blocks),
        tuple(b.end for b in blocks),
        tuple(None if b.text == original[b.start : b.end] else b.text for b in blocks),
        tuple(b.label for b in blocks),
        tuple(b.cleaner for b in blocks),
        tuple(b.rule for b in blocks),
    )
    fields = {}
    for f in attrs.fields(type(article))[2:]:  # after original and blocks
        value = getattr(article, f.name)
        if value != f.default:
            fields[f.name] = value
    return type(article), original, columns, fields


def _unpack_article(
    cls: type[Article],
    original: str,
    columns: tuple[tuple[Any, ...], ...],
    fields: dict[str, Any],
) -> Article:
    starts, ends, texts, labels, cleaners, rules = columns
    full = [original[s:e] if t is None else t for s, e, t in zip(starts, ends, texts, strict=True)]
    blocks = tuple(map(Block, starts, ends, full, labels, cleaners, rules))
    return cls(original, blocks, **fields)
