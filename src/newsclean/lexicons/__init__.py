"""Phrase lists, one module per language, kept as data.

Each language module defines ``LINES`` (whole lines that are boilerplate by
themselves) and ``PREFIXES`` (line openings that mark the whole line), both
mapping a block label to phrases. Phrases are written naturally; they are
compared after :func:`newsclean.classify.cues.line_key` folds case, quotes and
spacing, so "Leave a Reply" and "LEAVE A REPLY »" are the same line.

Optional lists, read from every language that has them: ``KEYWORDS``,
``BOX_HEADERS``, ``KEY_POINT_HEADERS``, ``THREAD_HEADERS``, ``TEASER_HEADERS``, ``ABOUT_HEADERS``,
``CONTACT_HEADERS``, ``FOLLOW_OPENINGS``, ``FOLLOW_OBJECTS``, ``CONTACT_OPENINGS``,
``COUNTER_NOUNS`` (nouns counted on a line of their own: "12 Comments"), ``READING_TIME_CUES``,
``SHARE_BUTTON_WORDS``, ``MORE_WORDS`` (first words of a heading over other stories,
"More World News"), ``SECTION_WORDS`` (names of a site's sections: a line of
them run together is a menu), ``STORY_TOPICS`` (keyword phrases, by label like
``KEYWORDS``, that stories use too: "sign up for", "privacy policy") and
``READER_WORDS`` (how furniture speaks to the reader: "you", "our"),
``POINTER_HERE_WORDS``, ``POINTER_OPENINGS`` and ``POINTER_ENDINGS`` (a line pointing
to a link: "Read the full report here."), ``STORY_NOTE_OPENINGS`` (a newsroom's
note on its story: "Correction:"), ``LINK_PROMPTS`` (a link's prompt after a bar:
"| Read more"), ``NEWSLETTER_WORDS`` and ``FREQUENCY_WORDS`` (a newsletter's sign-up
box: "Newsletter Culture" / "Chaque vendredi, …" / "S'inscrire"); the English module
says what each list holds.

Adding a language is adding a module here and its code to ``LANGUAGES``.
"""

from __future__ import annotations

import functools
import importlib
from types import ModuleType

__all__ = ["LANGUAGES", "load", "stopwords"]

LANGUAGES = (
    "en",
    "de",
    "fr",
    "es",
    "it",
    "pt",
    "nl",
    "ru",
    "pl",
    "cs",
    "tr",
    "id",
    "sv",
    "uk",
    "ro",
    "el",
)


def load(language: str) -> ModuleType:
    """The lexicon module for ``language`` (an ISO 639-1 code)."""
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for {language!r}; available: {', '.join(LANGUAGES)}")
    return importlib.import_module(f"newsclean.lexicons.{language}")


@functools.lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The function words of every lexicon language, lower case: their share in a line
    is the cheapest sign of running prose, and one opening a line opens a sentence."""
    words: set[str] = set()
    for language in LANGUAGES:
        words |= load(language).STOPWORDS
    return frozenset(words)
