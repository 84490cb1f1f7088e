"""Titles of related articles, from the lines other cleaners labelled ``related``.

The boilerplate classifier labels read-more lists and teaser headlines
``related``; this module reads their titles, it does not decide what is
related. A title is cleaned of its cue ("MORE : …", "Read more: …") and of
list bullets. Left out on purpose: bare headers ("Read More:", "Related
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

from newsclean import labels
from newsclean.extract.layout import is_prose, is_title_like
from newsclean.extract.lexicon import MetaLexicon, alternation, meta_lexicon
from newsclean.model import Article

__all__ = ["related_title", "related_titles"]

_BULLET = re.compile(r"^(?:[-–—•*·▪►»>]+|\d{1,2}[.)])\s+")


@functools.lru_cache(maxsize=4)
def _cue(lexicon: MetaLexicon) -> re.Pattern[str]:
    return re.compile(rf"^{alternation(lexicon.related_cues)}[ \t]*:[ \t]*", re.IGNORECASE)


def _strip_cue(text: str, lex: MetaLexicon) -> tuple[str, bool]:
    m = _cue(lex).match(text)
    return (text[m.end() :], True) if m else (text, False)


def related_title(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """The article title a related line names, or ``None`` for a bare header."""
    lex = lexicon or meta_lexicon()
    rest, _ = _strip_cue(text.strip(), lex)
    rest = _BULLET.sub("", rest).strip()
    if not rest or not is_title_like(rest) or len(rest.split()) < 3:
        return None
    return rest


def related_titles(
    article: Article, *, lexicon: MetaLexicon | None = None
) -> list[tuple[int, str]]:
    """``(block index, title)`` of every related-article title, in order."""
    lex = lexicon or meta_lexicon()
    blocks = article.blocks
    out: list[tuple[int, str]] = []
    run: list[int] = []
    for i in [*range(len(blocks)), len(blocks)]:
        if i < len(blocks) and blocks[i].label == labels.RELATED:
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
