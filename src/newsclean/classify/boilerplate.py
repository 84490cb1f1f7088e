"""``strip_boilerplate``: label every block that is not article prose, and say why.

The rules here look at one line at a time and fire on cue phrases from the
per-language lexicons (:mod:`newsclean.lexicons`): a whole line that *is* a
piece of page furniture ("Leave a Reply", "0 Comments", "Trending"), or a
line that *opens* with one ("Get in touch with our news team …",
"Read More: …"). Each rule has a name; its name is what
``removed[].reason`` shows after ``strip_boilerplate.`` and what
``disable_rules`` accepts.

>>> art = strip_boilerplate("Trending\\n\\nThe vote passed.\\n\\n0 Comments")
>>> [(r.kind, r.reason) for r in art.removed]
[('navigation', 'strip_boilerplate.exact_line'), ('comments', 'strip_boilerplate.exact_line')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsclean import labels
from newsclean.classify.cues import CueIndex, build_index, cue_index, line_key
from newsclean.editing import as_article, relabel
from newsclean.errors import InvalidOptionValue, bad_choice_message
from newsclean.model import Article

__all__ = ["FAVOR_CHOICES", "RULES", "strip_boilerplate"]

NAME = "strip_boilerplate"
FAVOR_CHOICES = ("precision", "balanced", "recall")
RULES = ("user_phrase", "exact_line", "line_prefix", "feed_footer")
"""Names of the rules this cleaner applies, in order of precedence."""

# "from News – Metro https://ift.tt/…": the footer feed readers and
# cross-posting services append (source name, then the item's link).
_FEED_FOOTER = re.compile(r"from\s[^\n]{1,80}?\shttps?://\S+", re.IGNORECASE)

_MAX_CUE_CHARS = 200
"""A line longer than this is prose that happens to start with a cue word, not a cue."""


def strip_boilerplate(
    doc: str | Article,
    /,
    *,
    favor: str = "balanced",
    drop_phrases: Iterable[str] = (),
    keep_phrases: Iterable[str] = (),
    disable_rules: Iterable[str] = (),
) -> Article:
    """Label boilerplate blocks (comment forms, share bars, contact footers …).

    Options:

    * ``favor``: ``"precision"`` (remove only what is surely boilerplate),
      ``"balanced"`` or ``"recall"`` (keep anything that might be prose).
    * ``drop_phrases``: extra whole lines to remove (matched like the lexicon).
    * ``keep_phrases``: whole lines never to remove, whatever a rule says.
    * ``disable_rules``: names from :data:`RULES` to switch off.
    """
    if favor not in FAVOR_CHOICES:
        raise InvalidOptionValue(bad_choice_message("favor", favor, FAVOR_CHOICES))
    disabled = frozenset(disable_rules)
    unknown = disabled - set(RULES)
    if unknown:
        raise InvalidOptionValue(
            f"unknown rule(s) {sorted(unknown)} for {NAME}; its rules are: {', '.join(RULES)}"
        )
    article = as_article(doc, where=f"{NAME}()")
    index = cue_index()
    user = build_index((), extra_lines=((p, labels.BOILERPLATE) for p in drop_phrases))
    keep = {line_key(p).rstrip(".:!? ") for p in keep_phrases}

    changes: dict[int, tuple[str, str]] = {}
    for i, block in enumerate(article.blocks):
        if block.label != labels.BODY or len(block.text) > _MAX_CUE_CHARS:
            continue
        key = line_key(block.text)
        if key.rstrip(".:!? ") in keep:
            continue
        decision = _decide(block.text, key, index, user, disabled)
        if decision is not None:
            changes[i] = decision
    return relabel(article, changes, cleaner=NAME)


def _decide(
    text: str, key: str, index: CueIndex, user: CueIndex, disabled: frozenset[str]
) -> tuple[str, str] | None:
    if "user_phrase" not in disabled:
        label = user.match_line(key)
        if label is not None:
            return label, "user_phrase"
    if "exact_line" not in disabled:
        label = index.match_line(key)
        if label is not None:
            return label, "exact_line"
    if "line_prefix" not in disabled:
        label = index.match_prefix(key)
        if label is not None:
            return label, "line_prefix"
    if "feed_footer" not in disabled and _FEED_FOOTER.fullmatch(text):
        return labels.BOILERPLATE, "feed_footer"
    return None
