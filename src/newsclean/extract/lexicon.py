"""The metadata word lists of every language, merged and compiled once.

:mod:`newsclean.lexicons.metadata` keeps the words as data, one module per
language. The extractors need them merged (a month name is a month name in
any language a page mixes in), or per language (byline cues such as "di" or
"door" are only cues in their own language), and as sets and patterns built
once. :func:`meta_lexicon` builds that view on first use and caches it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsclean.lexicons import metadata
from newsclean.lexicons.metadata import agencies, names, zones

__all__ = ["MetaLexicon", "alternation", "meta_lexicon"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, that only matches whole words.

    Longest first so that "sept" is not read where "september" is written;
    the guards on both sides stop "mar" matching inside "market".

    >>> re.findall(alternation(["sep", "sept"]), "sept. and sep")
    ['sept', 'sep']
    """
    body = _factored({w for w in words if w})
    return rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"


def _factored(words: Iterable[str]) -> str:
    """The alternation of ``words`` factored by their common openings ("sep" and "sept"
    as "sep(?:t)?"): the engine tries a few letters at each position instead of every
    word of every language's lists. A word ending where a longer one goes on makes the
    rest optional and greedy, so the longest word still wins, as sorting them longest
    first did, among words written in one case (the lexicons write theirs in lower case;
    "NEW" and "new york" are two branches, and under IGNORECASE the first matches
    first). Words too long to factor by recursion are listed plainly."""
    words = list(words)
    if any(len(w) > FACTORED_MAX_CHARS for w in words):
        ordered = sorted(set(words), key=lambda w: (-len(w), w))
        return "|".join(re.escape(w) for w in ordered)
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


FACTORED_MAX_CHARS = 200
"""Longest word factored letter by letter (one call per letter): the lexicons' phrases
run to sixty characters."""


def _emit(node: dict[str, dict[str, Any]]) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group


@attrs.frozen(slots=True, eq=False)
class LanguageWords:
    """The words of one language that only count in pages of that language."""

    code: str
    byline_cues: tuple[str, ...]
    connectors: tuple[str, ...]
    ago_before: tuple[str, ...]
    ago_after: tuple[str, ...]
    units: dict[str, str]
    today: tuple[str, ...]
    yesterday: tuple[str, ...]
    one: tuple[str, ...]
    stopwords: frozenset[str]
    numeric_order: str | None
    bio_openings: tuple[str, ...]
    bio_signals: tuple[str, ...]


@attrs.frozen(slots=True, eq=False)
class MetaLexicon:
    """Merged and compiled metadata words (see :mod:`newsclean.lexicons.metadata`).

    Compared and hashed by identity: it is built once and used as a cache key.
    """

    months: dict[str, int]
    month_pattern: str
    weekdays: frozenset[str]
    published_cues: frozenset[str]
    updated_cues: frozenset[str]
    date_line_words: frozenset[str]
    """Every word of a date cue ("ultimo *aggiornamento*"): a date line may hold them
    besides its dates."""
    date_cue_re: re.Pattern[str]
    role_words: frozenset[str]
    bio_roles: frozenset[str]
    org_words: frozenset[str]
    collective_words: frozenset[str]
    author_link_words: frozenset[str]
    not_name_words: frozenset[str]
    means_words: frozenset[str]
    """Words after a cue that say how, not who ("By phone", "Par avion", "Di notte")."""
    tag_cues: tuple[str, ...]
    bare_tag_cues: tuple[str, ...]
    section_cues: tuple[str, ...]
    related_cues: tuple[str, ...]
    rights_reserved: tuple[str, ...]
    home_words: frozenset[str]
    caption_cues: frozenset[str]
    languages: dict[str, LanguageWords]
    agencies: dict[str, str]
    agency_case_sensitive: frozenset[str]
    with_agency: tuple[str, ...]
    zones_fixed: dict[str, int]
    zones_generic: dict[str, str]
    zones_spelled_out: dict[str, str]
    particles: frozenset[str]
    place_particles: frozenset[str]
    name_suffixes: frozenset[str]
    credentials: frozenset[str]
    honorifics: frozenset[str]

    def words(self, language: str | None) -> LanguageWords:
        """The per-language words for ``language``, English when unknown."""
        return self.languages.get(language or "en") or self.languages["en"]

    def agency(self, text: str) -> str | None:
        """The agency's usual name if ``text`` is exactly an agency's name, else ``None``.

        >>> lex = meta_lexicon()
        >>> lex.agency("REUTERS"), lex.agency("Associated Press"), lex.agency("ap")
        ('Reuters', 'AP', None)
        """
        key = " ".join(text.strip(" .,;:()[]").split()).casefold()
        name = self.agencies.get(key)
        if name is None:
            return None
        if key in self.agency_case_sensitive:
            raw = text.strip(" .,;:()[]")
            if not (raw.isupper() or (len(raw) == 2 and raw.istitle())):
                return None
        return name


def _with_folded(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` and their case-folded forms (what a case-folded lookup finds): lower
    case is not folded case in Greek ("ώρες" folds to "ώρεσ")."""
    out = dict.fromkeys(words)
    out.update(dict.fromkeys(w.casefold() for w in words))
    return tuple(out)


def _with_folded_keys(table: Mapping[str, str]) -> dict[str, str]:
    """``table`` with each key's case-folded form added (see :func:`_with_folded`)."""
    out = dict(table)
    for key, value in table.items():
        out.setdefault(key.casefold(), value)
    return out


@functools.lru_cache(maxsize=4)
def meta_lexicon(languages: tuple[str, ...] = metadata.LANGUAGES) -> MetaLexicon:
    """Merge and compile the metadata word lists of ``languages`` (cached)."""
    mods = [metadata.load(code) for code in languages]
    months: dict[str, int] = {}
    for mod in mods:
        for name, number in mod.MONTHS.items():
            months.setdefault(name, number)
            # looked up case-folded: Greek folds "ς" to "σ" and splits "ΐ"
            months.setdefault(name.casefold(), number)
    published = frozenset(c for m in mods for c in m.PUBLISHED_CUES)
    updated = frozenset(c for m in mods for c in m.UPDATED_CUES)
    per_language = {
        code: LanguageWords(
            code=code,
            byline_cues=tuple(mod.BYLINE_CUES),
            connectors=tuple(mod.AUTHOR_CONNECTORS),
            ago_before=tuple(mod.AGO_BEFORE),
            ago_after=tuple(mod.AGO_AFTER),
            units=_with_folded_keys(mod.RELATIVE_UNITS),
            today=tuple(mod.TODAY),
            yesterday=_with_folded(mod.YESTERDAY),
            one=tuple(mod.ONE),
            stopwords=frozenset(mod.STOPWORDS),
            numeric_order=mod.NUMERIC_DATE_ORDER,
            bio_openings=tuple(mod.BIO_OPENINGS),
            bio_signals=tuple(mod.BIO_SIGNALS),
        )
        for code, mod in zip(languages, mods, strict=True)
    }
    # Two-letter weekday abbreviations ("do", "di") are names and words too.
    weekdays = frozenset(w for m in mods for w in m.WEEKDAYS if len(w) >= 3)
    return MetaLexicon(
        months=months,
        month_pattern=alternation(months),
        weekdays=weekdays,
        published_cues=published,
        updated_cues=updated,
        date_line_words=frozenset(word for cue in published | updated for word in cue.split()),
        date_cue_re=re.compile(alternation(published | updated)),
        role_words=frozenset(w for m in mods for w in m.ROLE_WORDS),
        bio_roles=frozenset(w for m in mods for w in m.BIO_ROLES),
        org_words=frozenset(w for m in mods for w in m.ORG_WORDS),
        collective_words=frozenset(w for m in mods for w in m.COLLECTIVE_WORDS),
        author_link_words=frozenset(w for m in mods for w in m.AUTHOR_LINK_WORDS),
        # full day names are never names; "Sun" or "Mar" may be (Eric Sun); a cue word
        # ("by", "von", "par") is never part of the name it introduces
        not_name_words=(
            frozenset(w for m in mods for w in m.NOT_NAME_WORDS)
            | frozenset(w for w in weekdays if len(w) > 4)
            | frozenset(c for m in mods for c in m.BYLINE_CUES if " " not in c)
        )
        - names.NAMES_TOO,
        means_words=frozenset(w for m in mods for w in getattr(m, "BY_MEANS", ())),
        tag_cues=tuple(c for m in mods for c in m.TAG_CUES),
        bare_tag_cues=tuple(c for m in mods for c in getattr(m, "BARE_TAG_CUES", ())),
        section_cues=tuple(c for m in mods for c in m.SECTION_CUES),
        related_cues=tuple(c for m in mods for c in m.RELATED_CUES),
        rights_reserved=tuple(c for m in mods for c in m.RIGHTS_RESERVED),
        home_words=frozenset(c for m in mods for c in m.HOME_WORDS),
        caption_cues=frozenset(c for m in mods for c in m.CAPTION_CUES),
        languages=per_language,
        agencies=dict(agencies.AGENCIES),
        agency_case_sensitive=agencies.CASE_SENSITIVE,
        with_agency=tuple(sorted(agencies.WITH_AGENCY, key=len, reverse=True)),
        zones_fixed=dict(zones.FIXED),
        zones_generic=dict(zones.GENERIC),
        zones_spelled_out=dict(zones.SPELLED_OUT),
        particles=names.PARTICLES,
        place_particles=names.PLACE_PARTICLES,
        name_suffixes=names.SUFFIXES,
        credentials=names.CREDENTIALS,
        honorifics=names.TITLES,
    )
