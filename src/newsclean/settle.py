"""Make a pipeline's result a fixpoint: cleaning the clean text changes nothing.

Cleaners judge a line by its surroundings, and the surroundings change once
the furniture is gone: a date line deep in a page is story text there, but at
the head of the cleaned text it reads as a dateline. So after the cleaners
ran, the pipeline cleans what :meth:`Article.to_text` renders and carries
back every paragraph that second run would remove, with that run's label,
cleaner and rule (the rule marked ``+settle``). A round or two ends it: each
round only removes.

Only removals of body paragraphs are carried back (a live entry's heading, under
its stamp or opened by its time, is not read as a standfirst, see
:func:`carry_back`). A title or subtitle the second run reads differently is left
to the metadata extractor's own consistency; fields the second run reads are not adopted, with one
exception: when the first run found no headline (standfirst, byline) and the
second reads one from a paragraph it carries back, the second run's value
becomes the field. Otherwise the line would leave the body as a ``title``
with no title to show for it, and the next round would read the next line as
the headline, and so on.
"""

from __future__ import annotations

import re

import attrs

from newsclean import labels
from newsclean.editing import record_field
from newsclean.model import Article, Block

__all__ = ["SETTLE_MARK", "carry_back"]

SETTLE_MARK = "+settle"
"""Appended to the rule of a removal found by re-cleaning the kept text."""


def carry_back(first: Article, second: Article) -> Article | None:
    """``first`` with the body paragraphs ``second`` removed relabelled, or ``None``.

    ``second`` must be the result of cleaning ``first.to_text()``. ``None``
    means nothing changed (or the two cannot be lined up, which the text
    rendering makes impossible short of a cleaner that rewrites text into
    several lines).
    """
    head = [t for t in (first.title, first.subtitle) if t]
    body = [i for i, b in enumerate(first.blocks) if b.label == labels.BODY]
    again = second.blocks
    if len(again) != len(head) + len(body):
        return None
    changes: dict[int, Block] = {}
    for j, i in enumerate(body):
        block, later = first.blocks[i], again[len(head) + j]
        if later.text != block.text:
            return None
        if later.label == labels.SUBTITLE and (
            (i > 0 and first.blocks[i - 1].rule == _ENTRY_STAMP)
            or _STAMPED_HEADING.match(block.text)
        ):
            # under a live report's entry stamp stands the entry's heading, or the stamp
            # opens it ("04:12 – Result declared"); in the rendered text the stamp above
            # is gone or the heading comes first, and it reads as the headline's standfirst
            continue
        if later.label != labels.BODY:
            changes[i] = attrs.evolve(
                block,
                label=later.label,
                cleaner=later.cleaner,
                rule=f"{later.rule or ''}{SETTLE_MARK}",
            )
    if not changes:
        return None
    blocks = tuple(changes.get(i, b) for i, b in enumerate(first.blocks))
    settled = attrs.evolve(first, blocks=blocks)
    for field, label in _ADOPTED:
        if getattr(first, field):
            continue
        read = [b for i, b in sorted(changes.items()) if b.label == label]
        if read and getattr(second, field):
            block = read[0]
            settled = record_field(
                settled,
                field,
                getattr(second, field),
                cleaner=block.cleaner or "",
                rule=block.rule or SETTLE_MARK,
                start=block.start,
                end=block.end,
            )
    return settled


_STAMPED_HEADING = re.compile(r"(?:[01]?\d|2[0-3])[:.h][0-5]\d[ \t]*[–—-][ \t]")
"""A live report's entry heading opened by its time and a dash ("04:12 – Result
declared", "19.58 – …"); a standfirst never opens with a time of day. (Written here
rather than taken from the boilerplate cleaner's clock pattern: this module is imported
with the package, that one on first use.)"""
_ENTRY_STAMP = "live_stamps"
"""The rule that removes a live report's entry stamps (``strip_boilerplate``)."""

_ADOPTED = (("title", labels.TITLE), ("subtitle", labels.SUBTITLE), ("authors", labels.BYLINE))
"""Fields taken from the second run when the first has none and the second read
them from a paragraph carried back with the field's label."""
