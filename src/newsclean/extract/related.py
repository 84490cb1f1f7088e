"""Titles of related articles, from the lines other cleaners labelled ``related``.

The boilerplate classifier labels read-more lists and teaser headlines
``related``; this module reads their titles, it does not decide what is
related. A title is cleaned of its cue ("MORE : …", "Read more: …", "Lire aussi |
…") and of list bullets. Left out on purpose: bare headers ("Read More:", "Related
Articles"), and runs of related lines that contain prose (an explainer box
pasted under the story is related material, but its sentences are not
article titles; only its cue-prefixed lines count).

>>> related_title("MORE : Russia says UK is escalating war")
'Russia says UK is escalating war'
>>> related_title("Read More:") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from newsclean import labels
from newsclean.classify.cues import LINK_MARK
from newsclean.editing import record_field
from newsclean.extract.layout import is_prose, is_title_like
from newsclean.extract.lexicon import MetaLexicon, alternation, meta_lexicon
from newsclean.model import Article

__all__ = ["record_related", "related_field", "related_title", "related_titles"]

_BULLET = re.compile(r"^(?:[-–—•*+·▪◦►»>]+|o(?=\s)|\d{1,2}[.)])\s+")


@functools.lru_cache(maxsize=4)
def _cue(lexicon: MetaLexicon) -> re.Pattern[str]:
    return re.compile(rf"^{alternation(lexicon.related_cues)}[ \t]*[:|][ \t]*", re.IGNORECASE)


def _strip_cue(text: str, lex: MetaLexicon) -> tuple[str, bool]:
    m = _cue(lex).match(text)
    return (text[m.end() :], True) if m else (text, False)


def related_title(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """The article title a related line names, or ``None`` for a bare header."""
    lex = lexicon or meta_lexicon()
    rest, _ = _strip_cue(text.strip(), lex)
    rest = _BULLET.sub("", rest).strip()
    number = LINK_MARK.match(rest)
    if number is not None and rest[number.end() : number.end() + 1].strip():
        rest = rest[number.end() :]  # "[15]Appleby fair …": a text browser's link number
    if not rest or not is_title_like(rest) or len(rest.split()) < 3:
        return None
    if not _headline_shaped(rest):
        return None
    return rest


_MIN_TITLE_WORDS = 4
"""Words (with letters) of the shortest title read: shorter lines are section names
and buttons more often than headlines."""
_MAX_PIPES = 3
"""A title may carry its site and section after pipes ("Name | Biography | Site");
more pipes make a row of links ("Mobile | Fixed | Fluid | Light | Dark")."""


def _headline_shaped(text: str) -> bool:
    """What a linked article title looks like, beyond :func:`is_title_like`: it
    opens with a capital, a digit or a quote, does not end as a sentence does (a
    trailing "..." is a cut title), has four words or more, holds no link,
    template braces or tags, is no row of links, and is not itself page
    furniture ("Share this", "Popular on Example")."""
    from newsclean.classify.boilerplate import is_box_heading, is_cue_line

    first = text[0]
    if first.isalpha() and not first.isupper():
        return False
    if sum(1 for w in text.split() if any(c.isalpha() for c in w)) < _MIN_TITLE_WORDS:
        return False  # "Climate & Environment", "Forgot your password?"
    if "://" in text or "www." in text:
        return False  # a link, or a pingback quoting one
    if text.endswith(".") and not text.endswith(".."):
        return False
    if any(c in text for c in "{}<>") or text.count(" | ") > _MAX_PIPES:
        return False
    return not (is_cue_line(text) or is_box_heading(text))


def related_titles(
    article: Article,
    *,
    lexicon: MetaLexicon | None = None,
    exclude_rules: Collection[str] = (),
) -> list[tuple[int, str]]:
    """``(block index, title)`` of every related-article title, in order.

    Lines labelled by a rule in ``exclude_rules`` are not read (nor do they
    break a run of related lines).
    """
    lex = lexicon or meta_lexicon()
    blocks = article.blocks
    out: list[tuple[int, str]] = []
    run: list[int] = []
    for i in [*range(len(blocks)), len(blocks)]:
        if i < len(blocks) and blocks[i].label == labels.RELATED:
            if blocks[i].rule in exclude_rules:
                continue
            run.append(i)
            continue
        if run:
            has_prose = any(is_prose(blocks[j].text) for j in run)
            for j in run:
                text = blocks[j].text
                _, cued = _strip_cue(text.strip(), lex)
                if has_prose and not cued:
                    continue
                title = related_title(text, lexicon=lex)
                if title is not None:
                    out.append((j, title))
            run = []
    return out


def related_field(
    article: Article,
    *,
    lexicon: MetaLexicon | None = None,
    exclude_rules: Collection[str] = (),
) -> tuple[tuple[str, ...], int, int] | None:
    """The related titles of ``article`` (each once, in order) and the span of
    original text they were read from, or ``None`` when it has none."""
    found = related_titles(article, lexicon=lexicon, exclude_rules=exclude_rules)
    if not found:
        return None
    blocks = article.blocks
    titles = tuple(dict.fromkeys(t for _, t in found))
    return titles, blocks[found[0][0]].start, blocks[found[-1][0]].end


def record_related(
    article: Article,
    *,
    cleaner: str,
    lexicon: MetaLexicon | None = None,
    exclude_rules: Collection[str] = (),
) -> Article:
    """``article`` with :attr:`~newsclean.model.Article.related` read from its
    related lines (see :func:`related_field`), unchanged when it has none."""
    field = related_field(article, lexicon=lexicon, exclude_rules=exclude_rules)
    if field is None:
        return article
    titles, start, end = field
    return record_field(
        article, "related", titles, cleaner=cleaner, rule="related_lines", start=start, end=end
    )
