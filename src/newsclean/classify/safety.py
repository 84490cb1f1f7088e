"""``guard_overremoval``: the last cleaner, a safety net against losing the article.

Every other classifier judges blocks one rule at a time; none of them sees
the total. This one does. When the pipeline has removed most of a document
that looks like prose, it says so on the Article (a ``Diagnostic`` of kind
``"overremoval"`` with the share removed) and, with ``favor="recall"``, puts
the removed prose-like blocks back into the body (rule ``recall_prose``).
A document that is not prose-like (a menu, a link list, a table of scores)
is never touched, whatever was removed.

Definitions, with the thresholds named below:

* a block is *prose-like* when it ends like a sentence (``.``, ``!``, ``?``,
  ``…`` or a CJK full stop, before any closing quotes or brackets), holds at
  least :data:`MIN_PROSE_WORDS` words and at least :data:`MIN_LETTER_SHARE`
  of its visible characters are letters;
* a document *looks like prose* when prose-like blocks hold at least
  :data:`MIN_PROSE_SHARE` of its characters and at least
  :data:`MIN_PROSE_CHARS` characters;
* the pipeline *removed most of it* when the removed blocks hold more than
  :data:`MAX_REMOVED_SHARE` of its characters and more than
  :data:`MAX_PROSE_REMOVED_SHARE` of its prose-like characters.

Blocks labelled as extracted fields (title, subtitle, byline, dateline, a
repeated title) count as kept, not removed: their text lives on in the
Article's fields, and putting them back into the body would duplicate it.

Calibration (measured on the 102 pages of the shared development corpus,
lines of the ``html_text`` rendering, "gold" meaning the line is part of the
benchmark's article body): the prose-like test marks 52% of gold lines and
4% of other lines; of the characters it marks, 82% are gold. Among lines of
at least 8 words that end without sentence punctuation, non-gold lines
outnumber gold ones six to one (menus, teasers, headings), which is why
the final punctuation is required. Real pages, even rendered with all their
menus, score a prose share of 0.18 or more in 95% of cases (median 0.53;
already extracted text scores a median of 0.95), so :data:`MIN_PROSE_SHARE`
keeps nearly every article in scope; menus and link lists, whose lines do
not end sentences, score close to 0. Like every threshold set, these were
chosen together: change one and re-run the calibration.

>>> from newsclean import labels
>>> from newsclean.editing import as_article, relabel
>>> text = "\\n".join(["The council met on Monday and approved the new budget for schools."] * 8)
>>> art = as_article(text)
>>> art = relabel(art, {i: (labels.BOILERPLATE, "x") for i in range(8)}, cleaner="overeager")
>>> guarded = guard_overremoval(art)
>>> [d.kind for d in guarded.diagnostics], guarded.body == ""
(['overremoval'], True)
>>> len(guard_overremoval(art, favor="recall").paragraphs)
8
"""

from __future__ import annotations

import re

import attrs

from newsclean import labels
from newsclean.editing import add_diagnostics, as_article, relabel
from newsclean.errors import InvalidOptionValue, bad_choice_message
from newsclean.model import Article, Block, Diagnostic

__all__ = [
    "FAVOR_CHOICES",
    "MAX_PROSE_REMOVED_SHARE",
    "MAX_REMOVED_SHARE",
    "MIN_LETTER_SHARE",
    "MIN_PROSE_CHARS",
    "MIN_PROSE_SHARE",
    "MIN_PROSE_WORDS",
    "OverremovalStats",
    "guard_overremoval",
    "is_prose_like",
    "overremoval_stats",
]

NAME = "guard_overremoval"
FAVOR_CHOICES = ("precision", "balanced", "recall")
"""The same choices as every cleaner with a ``favor`` option."""

MIN_PROSE_WORDS = 8
"""Words a prose-like block needs: a short sentence. Menu items, buttons,
headings and most teaser headlines are shorter. Scripts written without
spaces count one word per two characters."""
MIN_LETTER_SHARE = 0.6
"""Share of letters among visible characters: keeps out tables of figures,
URLs and runs of symbols that happen to end with a full stop."""
MIN_PROSE_SHARE = 0.15
"""Share of a document's characters in prose-like blocks for it to look like
prose (95% of full page renderings of news articles reach 0.18)."""
MIN_PROSE_CHARS = 400
"""Prose-like characters a document needs: about three sentences. Less is
too little to tell an article from a page of teasers."""
MAX_REMOVED_SHARE = 0.5
"""Removed share of all characters above which the removal counts as "most"."""
MAX_PROSE_REMOVED_SHARE = 0.7
"""Removed share of the prose-like characters above which the warning is
raised: pages correctly stripped of menus and comments lose some prose-like
lines too (comments, teasers with a summary sentence), rarely most of them."""

PROTECTED_LABELS = frozenset(
    {labels.TITLE, labels.SUBTITLE, labels.BYLINE, labels.DATELINE, labels.DUPLICATE_TITLE}
)
"""Labels of blocks whose text is kept as a field: never counted as lost."""

_SENTENCE_END = frozenset(".!?…。！？")
_CLOSERS = "\"'”’»)]」』 "
# Characters of scripts written without spaces between words.
_NO_SPACE_SCRIPT = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]")
_NOT_LETTER = re.compile(r"[\W\d_]+")


def is_prose_like(text: str) -> bool:
    """Whether ``text`` reads like a sentence of running prose (see the module doc).

    >>> is_prose_like("The council met on Monday and approved the budget.")
    True
    >>> is_prose_like("Home | World | Business | Sport | Culture | Travel | Video")
    False
    >>> is_prose_like("Read more about the council's new budget plans here")
    False
    """
    stripped = text.rstrip(_CLOSERS)
    if not stripped or stripped[-1] not in _SENTENCE_END:
        return False
    words = len(text.split())
    if words < MIN_PROSE_WORDS:
        words += len(_NO_SPACE_SCRIPT.findall(text)) // 2
        if words < MIN_PROSE_WORDS:
            return False
    visible = sum(map(len, text.split()))
    letters = len(_NOT_LETTER.sub("", text))
    return letters >= MIN_LETTER_SHARE * visible


@attrs.frozen(slots=True)
class OverremovalStats:
    """Character counts behind the decision, over the blocks of one Article."""

    total: int
    """Characters in all blocks."""
    removed: int
    """Characters in removed blocks (not counting extracted fields)."""
    prose: int
    """Characters in prose-like blocks."""
    prose_removed: int
    """Characters in removed prose-like blocks."""
    candidates: tuple[int, ...]
    """Indexes of removed prose-like blocks: what ``favor="recall"`` restores."""

    @property
    def removed_share(self) -> float:
        """Share of all characters that was removed."""
        return self.removed / self.total if self.total else 0.0

    @property
    def prose_share(self) -> float:
        """Share of all characters that is prose-like."""
        return self.prose / self.total if self.total else 0.0

    @property
    def prose_removed_share(self) -> float:
        """Share of the prose-like characters that was removed."""
        return self.prose_removed / self.prose if self.prose else 0.0

    @property
    def looks_like_prose(self) -> bool:
        """Whether the document looks like prose (thresholds in the module doc)."""
        return self.prose >= MIN_PROSE_CHARS and self.prose_share >= MIN_PROSE_SHARE

    @property
    def overremoved(self) -> bool:
        """Whether most of a prose-like document was removed."""
        return (
            self.looks_like_prose
            and self.removed_share > MAX_REMOVED_SHARE
            and self.prose_removed_share > MAX_PROSE_REMOVED_SHARE
        )


def overremoval_stats(blocks: tuple[Block, ...]) -> OverremovalStats:
    """Count total, removed and prose-like characters of ``blocks``."""
    total = removed = prose = prose_removed = 0
    candidates: list[int] = []
    for i, block in enumerate(blocks):
        size = block.end - block.start
        total += size
        is_removed = block.label != labels.BODY and block.label not in PROTECTED_LABELS
        if is_removed:
            removed += size
        if is_prose_like(block.text):
            prose += size
            if is_removed:
                prose_removed += size
                candidates.append(i)
    return OverremovalStats(total, removed, prose, prose_removed, tuple(candidates))


def guard_overremoval(doc: str | Article, /, *, favor: str = "balanced") -> Article:
    """Warn when most of a prose-like document was removed; with recall, keep its prose.

    Options:

    * ``favor``: ``"precision"`` and ``"balanced"`` only warn;
      ``"recall"`` also relabels the removed prose-like blocks as ``body``
      (rule ``recall_prose``) so the article text survives an over-eager rule.

    Run it last: it judges what the cleaners before it decided.
    """
    if favor not in FAVOR_CHOICES:
        raise InvalidOptionValue(bad_choice_message("favor", favor, FAVOR_CHOICES))
    article = as_article(doc, where=f"{NAME}()")
    stats = overremoval_stats(article.blocks)
    if not stats.overremoved:
        return article
    message = (
        f"removed {stats.removed_share:.0%} of the text ({stats.removed} of {stats.total} "
        f"characters), including {stats.prose_removed_share:.0%} of its prose-like lines"
    )
    if favor == "recall":
        changes = dict.fromkeys(stats.candidates, (labels.BODY, "recall_prose"))
        article = relabel(article, changes, cleaner=NAME)
        message += f"; favor='recall' kept {len(changes)} prose-like blocks"
    else:
        message += "; favor='recall' would keep them"
    return add_diagnostics(article, [Diagnostic("overremoval", message, 0, len(article.original))])
