"""Word lists the metadata extractor reads, one module per language, kept as data.

Each language module defines the same names (all lower case; matching folds
case):

* ``MONTHS``: month names and their usual abbreviations, mapped to 1–12;
* ``WEEKDAYS``: day names and abbreviations (skipped around dates and names);
* ``BYLINE_CUES``: words that open a byline ("by", "von", "par" …);
* ``PUBLISHED_CUES`` / ``UPDATED_CUES``: words printed before a date;
* ``RELATIVE_UNITS`` (unit word → ``"second" | "minute" | "hour" | "day" | "week" |
  "month" | "year"``; months and years mark a stamp but are too coarse to resolve),
  ``AGO_BEFORE`` / ``AGO_AFTER`` (words before or after "2 hours"),
  ``TODAY`` / ``YESTERDAY`` and ``ONE`` (words meaning 1: "an hour ago");
* ``ROLE_WORDS``: job titles printed after a name ("Staff Writer");
* ``ORG_WORDS``: words that make a byline an organisation, not a person;
* ``COLLECTIVE_WORDS``: words that make "X Staff" a desk, not a person ("Editorial Staff");
* ``AUTHOR_LINK_WORDS``: links printed after an author's name ("View More Articles");
* ``BIO_OPENINGS``: what follows a name in an author bio ("Jane Doe is a …");
* ``BIO_ROLES``: the jobs that make such a line an author bio ("… is a staff
  *writer*"), not a sentence about someone else ("… is the chief executive");
* ``NOT_NAME_WORDS``: page furniture and function words never part of a name;
* ``AUTHOR_CONNECTORS``: the word for "and" between two names;
* ``TAG_CUES`` / ``SECTION_CUES``: openings of tag and category lines;
  optionally ``BARE_TAG_CUES``, one-word tag cues that go without their colon
  ("Tagged bridges, council");
* ``RELATED_CUES``: openings of related-link lines ("Read more:");
* ``RIGHTS_RESERVED``: the "all rights reserved" formula after a copyright holder;
* ``STOPWORDS``: very frequent words, for the language guess;
* ``HOME_WORDS``: the first step of a breadcrumb ("Home");
* ``CAPTION_CUES``: words of a photo credit in parentheses ("(Image: …)");
* ``NUMERIC_DATE_ORDER``: ``"dmy"``, ``"mdy"`` or ``None`` when both are in use.

Language-neutral tables live in :mod:`.agencies` and :mod:`.zones`. Adding a
language is adding a module here and one among the boilerplate lexicons, and its code
to :data:`newsclean.lexicons.LANGUAGES`, which :data:`LANGUAGES` is.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from newsclean.lexicons import LANGUAGES as BOILERPLATE_LANGUAGES

__all__ = ["LANGUAGES", "load"]

LANGUAGES = BOILERPLATE_LANGUAGES
"""ISO 639-1 codes of the languages with a metadata word list: every language with a
boilerplate lexicon has one (each language is added as the two modules together)."""


def load(language: str) -> ModuleType:
    """The metadata word list for ``language`` (an ISO 639-1 code)."""
    if language not in LANGUAGES:
        raise ValueError(
            f"no metadata word list for {language!r}; available: {', '.join(LANGUAGES)}"
        )
    return importlib.import_module(f"newsclean.lexicons.metadata.{language}")
