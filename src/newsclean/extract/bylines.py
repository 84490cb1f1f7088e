"""Bylines: who wrote the story, and for which agency or organisation.

A byline names people ("By Jane Doe and John Smith", "Von Anna Schmidt",
"Par Jeanne Martin", "Por João Silva"), often with a job title ("Staff
Writer"), an organisation ("Jane Doe, Reuters", "By Jill Smith | Fox
News"), a handle and a date on the same line. :func:`parse_byline` reads
one line; it does not decide whether the line *is* a byline in its place on
the page (that is the extractor's job, from where the line sits).

Rules, all in favour of no author rather than a wrong one:

* a person's name is two to five capitalised words (particles such as "de",
  "van", "von" and initials allowed); one word only after an explicit cue
  ("by admin");
* never page furniture or times: any word from the lexicon's
  ``NOT_NAME_WORDS`` ("Email the author", "Minutes Ago", "View More
  Articles") stops a name, and a line that is only such words is no byline;
* a news agency ("Associated Press", "(AP)", "Reuters") goes to ``agency``;
  an organisation ("CNN Business", "News Nation Bureau", "IGN Staff") goes
  to ``org``; neither is ever an author;
* job titles and credentials after a name are dropped ("Staff Writer",
  "MS, RD").

>>> parse_byline("By Jane Doe and John Smith").authors
('Jane Doe', 'John Smith')
>>> b = parse_byline("Tom Davies, Associated Press", cued=False)
>>> b.authors, b.agency
(('Tom Davies',), 'AP')
>>> parse_byline("Email the author") is None
True
>>> parse_byline("Von Moritz Bachmann publiziert am 30. Juli 2018", language="de").authors
('Moritz Bachmann',)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence

import attrs

from newsclean.classify.cues import LINK_MARK
from newsclean.extract.contacts import find_emails
from newsclean.extract.dates import FoundDate, find_dates
from newsclean.extract.lexicon import MetaLexicon, alternation, meta_lexicon
from newsclean.lexicons.metadata.names import SURNAMES_TOO

__all__ = [
    "PORTRAIT_PLACEHOLDER",
    "Byline",
    "byline_cue_search",
    "credit_parts",
    "credited_writers",
    "cue_before_name",
    "cue_language",
    "cue_only",
    "is_job_title",
    "opens_like_a_bio",
    "parse_bio",
    "parse_byline",
    "parse_names",
    "starts_with_cue",
]

MAX_NAME_WORDS = 5
"""Longest personal name read, in words."""
MAX_WORD_CHARS = 24
"""Longest word of a name."""
MAX_BYLINE_CHARS = 250
"""Longer lines are prose, not bylines."""

_HANDLE = re.compile(r"(?<![\w@.])@\w{2,30}")
_EMAIL_OR_URL = re.compile(r"\S{1,64}@\S{1,255}|https?://\S{1,500}|www\.\S{1,500}")
# no leading \s*: tried at every position of a long run of spaces it would walk the
# rest of the run each time (quadratic); the segments are stripped anyway
_SEGMENT_SPLIT = re.compile(r"(?:[|·•/;()\[\]]|\s[-–—]{1,2}\s|[–—]|\s:\s)\s*")
BRACKETED_NOTE = re.compile(r"\((?P<note>[^()]{3,60})\)$")
"""A note in brackets closing a byline: "(avec Belga)", "(with AP)"."""
_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_])){0,30}\.?")
_INITIAL = re.compile(r"[^\W\d_]\.(?:-?[^\W\d_]\.){0,2}")
"""One initial or a few run together: "J.", "J.-P.", "J.R.R."."""
_TRAILING_LINKS = frozenset(
    {"on", "at", "am", "um", "le", "el", "il", "em", "op", "à", "às", "a", "in", "|", "-"}
)


@attrs.frozen(slots=True)
class Byline:
    """What a byline line says: people, an agency, an organisation."""

    authors: tuple[str, ...] = ()
    agency: str | None = None
    org: str | None = None
    cued: bool = False
    """Whether a cue word ("By", "Von", "Author:") introduced the names."""

    @property
    def empty(self) -> bool:
        """Whether the line named nobody and no organisation."""
        return not (self.authors or self.agency or self.org)


@functools.lru_cache(maxsize=16)
def _cue_pattern(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    cues = set(lexicon.words("en").byline_cues) | set(lexicon.words(language).byline_cues)
    return re.compile(rf"^(?:{alternation(cues)})[ \t]*:?[ \t]*", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _connector_split(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    words = set(lexicon.words("en").connectors) | set(lexicon.words(language).connectors)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "Jane Doe, John Roe, and Priya Patel": the serial comma before the last name
    return re.compile(rf"\s*[,;]\s*(?:(?:{alt})\s+)?|\s+(?:{alt})\s+", re.IGNORECASE)


@functools.lru_cache(maxsize=16)
def _cue_anywhere(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    cues = set(lexicon.words("en").byline_cues) | set(lexicon.words(language).byline_cues)
    # "… hope for from Tuesday's talks": an ordinary cue counts only opening its line
    return re.compile(alternation(cues - _ORDINARY_CUES), re.IGNORECASE)


def byline_cue_search(
    text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> bool:
    """Whether a byline cue word ("by", "von" …) occurs anywhere in ``text`` (a cheap test).

    >>> byline_cue_search("Monday 7:45 am PST by Joe Rossignol"), byline_cue_search("Share")
    (True, False)
    """
    lex = lexicon or meta_lexicon()
    return _cue_anywhere(lex, language or "en").search(text) is not None


def cue_before_name(
    text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> bool:
    """Whether a byline cue word followed by a capitalised word occurs in ``text``.

    >>> cue_before_name("A film review by Jane Doe"), cue_before_name("checked by spring")
    (True, False)
    >>> cue_before_name("They hoped to agree by Easter. Instead, talks ended early.")
    False
    """
    lex = lexicon or meta_lexicon()
    for m in _cue_anywhere(lex, language or "en").finditer(text):
        rest = text[m.end() :].lstrip(" :")
        if m.end() < len(text) and not text[m.end()].isalnum() and rest[:1].isupper():
            first = rest.split(maxsplit=1)[0]
            if len(first) > INITIAL_MAX_CHARS and first[-1] in ".!?":
                continue  # "… by Easter. Instead …": a sentence ends on the word
            return True
    return False


INITIAL_MAX_CHARS = 2
"""A word this short ending with a full stop is an initial ("J."), not a sentence's end."""


def starts_with_cue(
    text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> bool:
    """Whether ``text`` opens with a byline cue and a capitalised word ("By Jane …").

    >>> starts_with_cue("By Jane Doe"), starts_with_cue("By the way")
    (True, False)
    >>> starts_with_cue("By [11]Jane Doe")  # a text browser's link number
    True
    """
    lex = lexicon or meta_lexicon()
    m = _cue_pattern(lex, language or "en").match(text)
    if m is None:
        return False
    end = m.end()
    if text.startswith("[", end):
        link = LINK_MARK.match(text, end)  # "By [11]Jane Doe": a text browser's link number
        end = link.end() if link is not None else end
    return end < len(text) and text[end].isupper()


def cue_language(
    text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> str | None:
    """The language whose byline cue opens ``text`` ("Текст: …" is Russian whatever
    the page's language), ``language`` first; ``None`` when no cue opens it. A cue
    of another language counts only with a colon after it.

    >>> cue_language("Von Jana Schmidt", language="de"), cue_language("Autor: Jana Schmidt")
    ('de', 'de')
    >>> cue_language("Text Messages Reveal Plot") is None
    True
    """
    lex = lexicon or meta_lexicon()
    own = language or "en"
    if starts_with_cue(text, language=own, lexicon=lex):
        return own
    words = text.split(None, 1)
    first = words[0].casefold().rstrip(":") if words else ""
    for code in _cue_openers(lex).get(first, ()):
        if code == own:
            continue
        # another language's cue only with its colon ("Текст: …", "Autor: …"): bare,
        # "Di Maria Scores Twice" or "Text Messages Reveal Plot" is an English headline
        m = _cue_pattern(lex, code).match(text)
        if m is not None and ":" in m.group(0) and m.end() < len(text) and text[m.end()].isupper():
            return code
    return None


@functools.lru_cache(maxsize=4)
def _cue_openers(lexicon: MetaLexicon) -> dict[str, tuple[str, ...]]:
    """First word of every byline cue -> the languages with such a cue (one dict
    lookup spares the other languages' patterns on most lines)."""
    openers: dict[str, list[str]] = {}
    for code, words in lexicon.languages.items():
        for cue in words.byline_cues:
            first = cue.split()[0].casefold()
            if code not in openers.setdefault(first, []):
                openers[first].append(code)
    return {first: tuple(codes) for first, codes in openers.items()}


def cue_only(text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None) -> bool:
    """Whether ``text`` is a byline cue standing alone ("By", "Author:").

    >>> cue_only("By"), cue_only("Author:"), cue_only("By Jane Doe")
    (True, True, False)
    """
    lex = lexicon or meta_lexicon()
    m = _cue_pattern(lex, language or "en").match(text.strip())
    return m is not None and m.end() >= len(text.strip())


def _portrait_before_cue(text: str, lex: MetaLexicon, language: str) -> int:
    """Where the byline starts when the words before its cue are the name after it
    (a portrait's alt text printed before "Von Sophie Wendler"), else 0."""
    words = text.split()
    half = len(words) // 2
    if len(words) < 3 or len(words) % 2 == 0 or words[:half] != words[half + 1 :]:
        return 0
    cue = words[half]
    if _cue_pattern(lex, language).fullmatch(cue) is None:
        return 0  # one word between the halves, and a byline's cue ("Von", "By:")
    return text.index(cue, len(" ".join(words[:half])))


def parse_byline(
    text: str,
    *,
    cued: bool = True,
    language: str | None = None,
    dates: Sequence[FoundDate] | None = None,
    lexicon: MetaLexicon | None = None,
) -> Byline | None:
    """Read the names in a byline line, or ``None`` when it names nobody.

    With ``cued=False`` the line must carry its own cue ("By …") or consist
    of nothing but names, roles, agencies and organisations (around a
    date); with ``cued=True`` (the default, for a line known to be a
    byline, e.g. after a lone "By") names are read with or without a cue.
    ``dates`` are the dates already found in the line (found again if not given).
    """
    if len(text) > MAX_BYLINE_CHARS:
        return None
    if "[" in text and LINK_MARK.search(text):
        # "Author: [12]Jane Doe": a text browser numbers the link on the writer's name
        text, dates = LINK_MARK.sub("", text), None
    if text[:1] == "[" and (placeholder := PORTRAIT_PLACEHOLDER.match(text)) is not None:
        # "[IMG] Marta Quiles": lynx prints the writer's portrait before the name
        text, dates = text[placeholder.end() :], None
    glued = _glued_cue(text)
    if glued:
        # "ByHelen Marsh": a page rendered to text runs the cue onto the linked name
        text, dates = f"{text[:glued]} {text[glued:]}", None
    lex = lexicon or meta_lexicon()
    lang = language or "en"
    if text.endswith(")") and (note := BRACKETED_NOTE.search(text)) is not None:
        words = note["note"].casefold()
        if any(
            words.startswith(w + " ") and lex.agency(note["note"][len(w) + 1 :].strip())
            for w in lex.with_agency
        ):
            # "Thomas Delvaux (avec Belga)": the agency the writer drew on, in brackets
            # ("Angela Merkel (mit Video)" names no agency: a headline)
            text, dates = f"{text[: note.start()].rstrip()} {note['note']}", None
    portrait = _portrait_before_cue(text, lex, lang)
    if portrait:
        # "Sophie Wendler Von Sophie Wendler": the writer's picture, its alt text their
        # name, printed before the byline
        text, dates = text[portrait:], None
    if dates is None:
        dates = find_dates(text, language=language, lexicon=lex)
    masked = _without_notes(_mask(text, dates))
    segments = [s.strip(" ,-–—") for s in _SEGMENT_SPLIT.split(masked) if s.strip(" ,.:-–—")]
    if not segments:
        return None
    cue = _cue_pattern(lex, lang)
    for seg in segments:
        m = cue.match(seg)
        if m is not None and m.end() < len(seg):
            if seg[m.end() :].strip(" .:").casefold() in lex.means_words:
                return None  # "By phone", "By Design": how, not who
            found = parse_names(_trim(seg[m.end() :], lex), cued=True, language=lang, lexicon=lex)
            if found is not None and _names_a_piece(m.group()) and not _names_only(seg, m, found):
                continue  # "Analysis by Reuters Shows Surge in Exports": a headline
            if found is not None and not found.empty:
                rest = [s for s in segments if s is not seg]
                return _with_org(found, rest, lex, lang)
    if not cued and not dates:
        # an uncued line must be nothing but names (and what goes with them)
        found = _name_for_outlet(segments[0], lex, lang) if len(segments) == 1 else None
        found = found or _whole_line(segments, lex, lang)
        if found is not None and len(found.authors) == 1:
            found = attrs.evolve(found, authors=(_without_bare_cue(found.authors[0], lex),))
        return found if found is not None and (found.authors or found.agency) else None
    if not cued:
        found = _whole_line(segments[:2], lex, lang, allow_junk_after=True)
        return found if found is not None and (found.authors or found.agency) else None
    for seg in segments:
        found = parse_names(_trim(seg, lex), cued=True, language=lang, lexicon=lex)
        if found is not None and not found.empty:
            return found
    return None


def _without_bare_cue(name: str, lex: MetaLexicon) -> str:
    """``name`` without a first word that is a byline cue wanting its colon ("Texto
    Sofia Lobo": the page set "Texto" apart from the name by a tag, not a colon).
    Such a cue opens headlines too ("Texto Integral …"), so it only counts as one once
    the line was read as a name; three words at least, two left for the name."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2:
        return name
    return rest if first.casefold() + ":" in one_word_cues(lex) else name


@functools.lru_cache(maxsize=4)
def one_word_cues(lexicon: MetaLexicon) -> frozenset[str]:
    """The byline cues of one word in every language, as the lexicons write them ("by",
    "von", "texto:" with the colon it needs)."""
    return frozenset(
        cue for words in lexicon.languages.values() for cue in words.byline_cues if " " not in cue
    )


_GLUED_CUES = ("By", "Von", "Par", "Por")


def _glued_cue(text: str) -> int:
    """The length of a byline cue run onto the name after it ("ByHelen Marsh",
    "VonAnna Berg": the cue in title case, then a capital and a small letter), or 0;
    "Byron", "Parker" and "Porto" go on in small letters."""
    for cue in _GLUED_CUES:
        if text.startswith(cue):
            rest = text[len(cue) : len(cue) + 2]
            return len(cue) if len(rest) == 2 and rest[0].isupper() and rest[1].islower() else 0
    return 0


_PIECE_WORDS = frozenset(
    {"analysis", "interview", "interviewed", "reviewed", "live", "recipe", "analyse", "entretien"}
    | {"entrevista", "análisis", "análise", "analisi", "intervista", "commento", "kommentar"}
    | {"rezension", "recensie", "chronique", "critique", "crónica", "nachruf", "report"}
)
"""Words of a byline cue that names the kind of piece ("Analysis by", "Ein Kommentar
von"): such a cue opens headlines too ("Analysis by Reuters Shows Surge in Exports")."""
PIECE_NAME_WORDS = (2, 3)
"""Words of each name after a piece cue: a first name and a surname, perhaps a middle one."""


_ORDINARY_CUES = frozenset({"from"})
"""Byline cues that are also ordinary words opening a sentence or a label ("From stdin.",
"From the archive"): like a piece cue, only full names up to a comma follow them in a
byline ("From Ibrahim Musa, Maiduguri")."""


def _names_a_piece(cue: str) -> bool:
    words = cue.casefold().split()
    return not _PIECE_WORDS.isdisjoint(words) or (len(words) == 1 and words[0] in _ORDINARY_CUES)


def _names_only(segment: str, cue: re.Match[str], found: Byline) -> bool:
    """Whether the words after a piece cue, up to the first comma, are the names read
    and nothing more, each of two or three words ("Analysis by Chris Bamford, Political
    editor"), not a headline's words after a name-like start."""
    low, high = PIECE_NAME_WORDS
    if not found.authors or not all(low <= len(a.split()) <= high for a in found.authors):
        return False
    names = "|".join(re.escape(a) for a in found.authors)
    # an honorific may stand before each name ("Eine Rezension von Dr. Friederike Lanz")
    title = r"(?:[^\W\d_]{1,5}\.\s+)?"
    # the ground or the town the piece comes from may close it after one name of two
    # words ("Report by Gareth Pryce at Moorside Park", "… in Kyiv"); a headline in
    # Title Case runs on so too ("Analysis by Reuters Shows Surge in Exports")
    place = ""
    if len(found.authors) == 1 and len(found.authors[0].split()) == low:
        place = r"(?:\s+(?:at|in)\s+[A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*)?)?"
    joined = (
        rf"\s*{title}(?:{names})(?:\s*(?:,|&|\b(?:{_NAME_JOINERS})\b)\s*{title}(?:{names}))*"
        rf"{place}\s*(?:,|$)"
    )
    return re.match(joined, segment[cue.end() :]) is not None


_NAME_JOINERS = "and|und|et|y|e|en|with"


_WEEKDAY_BEFORE = re.compile(r"([^\W\d_]{3,9})\.?,?[ \t]{1,3}$")
"""A word right before a date: its weekday when the lexicon says so ("Tue 14 Jan 2025")."""
_NAME_BEFORE = re.compile(r"(?<![^\s,|])[A-Z][^\W\d_]*(?=[ \t]+[A-Z]|[ \t]*$)")
"""Capitalised words in a row up to the weekday: the name before it."""


def _name_words_before(text: str, end: int, lex: MetaLexicon) -> int:
    """Capitalised words in a row before ``end`` that may be a name's (no cue word)."""
    words = _NAME_BEFORE.findall(text[max(0, end - 40) : end])
    return sum(1 for w in words if w.casefold() not in lex.not_name_words)


def _mask(text: str, dates: Sequence[FoundDate]) -> str:
    chars = list(text)
    lex = meta_lexicon()
    weekdays = lex.weekdays
    for d in dates:
        start = d.start
        before = _WEEKDAY_BEFORE.search(text, max(0, start - 14), start)
        if (
            before is not None
            and before.group(1).casefold() in weekdays
            # a name of two words or more stays before it: "Eric Sun 14 Jan" keeps "Sun"
            and _name_words_before(text, before.start(), lex) >= 2
        ):
            start = before.start()  # "Jane Doe Tue 14 Jan 2025": the weekday is the date's
        for i in range(start, min(d.end, len(chars))):
            chars[i] = " "
        if start < len(chars):
            chars[start] = "|"
    masked = "".join(chars)
    masked = _EMAIL_OR_URL.sub(" | ", masked)
    return _HANDLE.sub(" | ", masked)


def _trim(segment: str, lex: MetaLexicon) -> str:
    """Cut a name segment at a date cue ("publiziert am") and drop dangling links ("on")."""
    m = lex.date_cue_re.search(segment.casefold())
    if m is not None:
        segment = segment[: m.start()]
    words = segment.split()
    while words and words[-1].casefold().strip(",.") in _TRAILING_LINKS:
        words.pop()
    return " ".join(words)


def _whole_line(
    segments: list[str], lex: MetaLexicon, lang: str, *, allow_junk_after: bool = False
) -> Byline | None:
    result: Byline | None = None
    after_job = False
    for seg in segments:
        found = parse_names(
            _trim(seg, lex), cued=False, language=lang, lexicon=lex, strict=not allow_junk_after
        )
        if found is None and result is not None and _job_only(seg, lex):
            after_job = True
            continue  # "Jun Villaflor - Correspondent", "Jane Doe | Staff Writer"
        if found is None and after_job and names_an_outlet(seg.split(), lex):
            continue  # "Jane Doe · Health Reporter · The Northern Dispatch": the outlet last
        if found is None:
            if allow_junk_after and result is not None:
                break
            return None
        result = found if result is None else _merge(result, found)
    return result


FOR_WORDS = frozenset({"pour", "for", "para", "per", "für", "voor", "pra"})
"""What joins a writer or a photographer to the outlet they work for ("… for The
Sunday Review", "… pour « Le Quotidien »")."""
_FOR_OUTLET = re.compile(" (?:" + "|".join(sorted(FOR_WORDS)) + ") ")
OUTLET_ARTICLES = frozenset(
    {"the", "la", "le", "les", "el", "il", "lo", "o", "a", "de", "die", "der", "das", "het"}
)
"""Articles an outlet's name opens with ("The Capitol Ledger", "La Voce"); a person's
name opens with none."""


def names_an_outlet(words: Sequence[str], lexicon: MetaLexicon | None = None) -> bool:
    """Whether ``words`` name an outlet: an article first or an outlet word among them
    ("The Harbour Ledger", "El Diario", "Coastline Magazine"); "President" in
    "Kamala Harris for President" is neither."""
    if not words:
        return False
    if words[0].casefold().strip(".,'’") in OUTLET_ARTICLES:
        return True
    return holds_outlet_word(words, lexicon)


def holds_outlet_word(words: Sequence[str], lexicon: MetaLexicon | None = None) -> bool:
    """Whether ``words`` hold an outlet word ("Notícias", "News", "Zeitung"): an article
    alone opens a film's or a tour's title as often as an outlet's name."""
    org_words = (lexicon or meta_lexicon()).org_words
    return any(w.casefold().strip(".,'’") in org_words for w in words)


def _name_for_outlet(segment: str, lex: MetaLexicon, lang: str) -> Byline | None:
    """A writer and the outlet they wrote for ("Harriet Calloway for The Sunday Review",
    "Ana Ruiz para El Diario"): names, then an outlet that opens with an article or
    holds an outlet word. "Kamala Harris for President" names no outlet."""
    m = _FOR_OUTLET.search(segment)
    if m is None:
        return None
    outlet = segment[m.end() :].strip()
    words = outlet.split()
    if not 1 <= len(words) <= OUTLET_MAX_WORDS or not all(w[:1].isupper() for w in words[1:]):
        return None
    if not names_an_outlet(words, lex):
        return None
    found = parse_names(segment[: m.start()], cued=False, language=lang, lexicon=lex, strict=True)
    if found is None or not found.authors or found.agency or found.org:
        return None
    return Byline(found.authors, None, outlet, False)


def for_outlet(text: str) -> bool:
    """Whether ``text`` names an outlet with "for" ("… for The Sunday Review"): an
    organisation read from capitals ("LOOK WHAT YOU MADE ME DO") is no outlet."""
    return _FOR_OUTLET.search(text) is not None


def is_paper_name(org: str) -> bool:
    """Whether ``org`` is a newspaper's name: two to five capitalised words ending with a
    noun only papers end with ("Manila Courier", "The Geelong Sentinel")."""
    words = org.split()
    return (
        2 <= len(words) <= OUTLET_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and words[-1].casefold().strip(".,").rsplit("-", 1)[-1] in PAPER_ONLY_NOUNS
    )


OUTLET_MAX_WORDS = 5
"""Words of an outlet's name after "for" ("The Sunday Review", "El Diario de Sevilla")."""


def _names_a_job(part: str, lex: MetaLexicon) -> bool:
    """Whether ``part``, after a name, is a job: capitalised words ending with a job
    noun and naming no agency ("Consumer Affairs Correspondent"); a second name
    does not end with a job noun."""
    words = [w.strip(",.") for w in part.split()]
    if not 2 <= len(words) <= JOB_MAX_WORDS or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].casefold()
    return (
        last in lex.role_words
        and last not in ROLE_MODIFIERS
        and last not in lex.org_words
        and not any(lex.agency(w) for w in words)
    )


def _job_only(segment: str, lex: MetaLexicon) -> bool:
    """Whether ``segment`` is a job title and nothing else ("Senior Correspondent")."""
    words = [w.casefold().strip(",.") for w in segment.split()]
    if not words or len(words) > JOB_MAX_WORDS:
        return False
    # "Senior Correspondent", or with its beat: "Senior Reviews Editor"
    return all(w in lex.role_words for w in words) or is_job_title(segment, lexicon=lex)


JOB_MAX_WORDS = 4
"""Words of a job title printed beside a name ("Senior Political Correspondent")."""


def _merge(a: Byline, b: Byline) -> Byline:
    return Byline(a.authors + b.authors, a.agency or b.agency, a.org or b.org, a.cued or b.cued)


def _with_org(found: Byline, rest: list[str], lex: MetaLexicon, lang: str) -> Byline:
    """Pick up an agency or organisation printed in another segment of the line."""
    if found.agency and found.org:
        return found
    for seg in rest:
        other = parse_names(_trim(seg, lex), cued=False, language=lang, lexicon=lex, strict=True)
        if other is None or other.authors:
            continue
        found = attrs.evolve(found, agency=found.agency or other.agency, org=found.org or other.org)
    return found


def parse_names(
    text: str,
    *,
    cued: bool,
    language: str | None = None,
    lexicon: MetaLexicon | None = None,
    strict: bool = False,
) -> Byline | None:
    """Read a list of names ("Jane Doe, John Smith and Ann Lee, Reuters").

    Parts that are agencies, organisations, job titles or credentials are
    sorted out of the names. With ``strict``, a part that is none of these
    (nor a name) makes the whole text no byline.

    >>> parse_names("Meg Kinnard and Errin Haines, Associated Press", cued=True).authors
    ('Meg Kinnard', 'Errin Haines')
    >>> parse_names("Rachael Link, MS, RD", cued=True).authors
    ('Rachael Link',)
    >>> parse_names("Jill Disis, CNN Business", cued=True).org
    'CNN Business'
    """
    lex = lexicon or meta_lexicon()
    lang = language or "en"
    text = text.strip(" ,.:;-–—")
    if not text:
        return None
    parts = [p for p in _connector_split(lex, lang).split(text) if p and p.strip()]
    authors: list[str] = []
    agency: str | None = None
    org: str | None = None
    for raw_part in parts:
        part = _without_notes(raw_part).strip(" .:-–—")
        if not part:
            continue
        found_agency = lex.agency(part)
        if found_agency:
            agency = agency or found_agency
            continue
        part, tail_credit = _split_trailing_agency(part, lex)
        if tail_credit is not None:
            agency = agency or tail_credit  # "JANE DOE Associated Press", "… AP Business Writer"
        if authors and _names_a_job(part, lex):
            continue  # "Tom Hadley, Consumer Affairs Correspondent": the job after the name
        all_caps = part.upper() == part and any(c.isalpha() for c in part)
        all_caps = all_caps or _capitals_lead(part)
        if cued:
            part = _drop_place(part)  # "By Jane Doe in Brussels"
        part = _drop_leading_role(part, lex)  # "Meteorologist Carla Ruiz"
        name, tail_agency, tail_org = _person(
            part, lex, cued=cued and len(parts) == 1, caps=all_caps
        )
        if name is not None:
            authors.append(name)
            agency = agency or tail_agency
            org = org or tail_org
            continue
        kind, value = _non_person(part, lex)
        if (
            kind == "junk"
            and not cued
            and is_paper_name(part)
            and part.split()[0].casefold() not in OUTLET_ARTICLES
        ):
            # "Carmelita R. Dizon - Manila Courier": the paper she writes for ("Published
            # by Harlow County Register" names the paper of a notice, no writer's; "Priya
            # Raman | The Northern Dispatch" is a profile page's title)
            kind, value = "org", part.strip()
        if kind == "agency":
            agency = agency or value
        elif kind == "org":
            org = org or value
        elif kind in ("role", "credential"):
            continue
        elif strict or not authors:
            return None
    if not (authors or agency or org):
        return None
    unique = tuple(dict.fromkeys(authors))
    return Byline(unique, agency, org, cued)


PLACE_AFTER_NAME = re.compile(
    # the lookbehind starts a try only at a run's first blank: linear on a run of blanks
    r"(?<![ \t])[ \t]+(?:in|en|à|em|aus|a|at(?:[ \t]+the)?)[ \t]+[^\W\d_][\w.'’-]*"
    r"(?:[ \t]+[^\W\d_][\w.'’-]*){0,2}$"
)
"""Where a reporter filed from, after the name: " in Brussels", " à Paris", " aus Berlin",
" at the Quayside Stadium"."""


_NOTE = re.compile(
    # the lookbehind starts a try only at a run's first blank: linear on a run of blanks
    r"(?<![ \t])[ \t]*\(([^()]{1,30})\)"
)
SHIFT_WORDS = frozenset(
    {"now", "earlier", "later", "previously", "before", "overnight", "morning", "afternoon"}
    | {"evening", "today", "until", "from", "jetzt", "zuvor", "bisher", "maintenant"}
    | {"précédemment", "ahora", "antes", "ora", "prima", "agora", "сейчас", "ранее"}
)
"""Words of a live report's note on who writes when ("Fiona Gallacher (now) and Ross
Baird (earlier)", "(until 2pm)"): the note is no part of the name."""


def _without_notes(text: str) -> str:
    """``text`` without a live report's notes on shifts after the names. Other notes
    stay: an agency ("Jane Doe (AP)"), or a part in a programme ("9.45pm – Harriet
    Vane Band (headliner)"), which makes the line no byline."""
    if "(" not in text:
        return text

    def drop_shift(note: re.Match[str]) -> str:
        words = note.group(1).split(maxsplit=1)
        return "" if words and words[0].casefold() in SHIFT_WORDS else note.group()

    return _NOTE.sub(drop_shift, text)


def _capitals_lead(part: str) -> bool:
    """Two words or more in capitals open ``part`` and ordinary case follows: a name
    printed in capitals run into the job or paper ("ANDRE LAWSON Observer staff
    reporter")."""
    words = part.split()
    lead = 0
    while lead < len(words) and words[lead].isupper() and len(words[lead]) > 1:
        lead += 1
    return lead >= 2 and lead < len(words)


def _drop_leading_role(part: str, lex: MetaLexicon) -> str:
    """``part`` without the job printed before the name ("Senior Correspondent Jane
    Doe", "Meteorologist Carla Ruiz", "consumer affairs reporter Ella Fitzsimmons");
    two words at least stay, so a role alone
    ("Staff Writer") or a name that is one ("Chief") is left as it was."""
    words = part.split()
    k = 0
    # a beat in lower case may stand before the job noun ("consumer affairs reporter
    # Ella Fitzsimmons"): no name word is in lower case, and the job noun must end it
    while len(words) - k > 2 and (
        words[k].casefold().strip(",.") in lex.role_words or words[k].islower()
    ):
        k += 1
    if k == 0 or words[k - 1].casefold().strip(",.") not in lex.bio_roles:
        return part  # the job ends with a job noun: "Business Insider" is no job
    return " ".join(words[k:])


def _drop_place(part: str) -> str:
    """``part`` without the place a cued byline names after the name ("By Jane Doe in
    Brussels"); every word of the place is capitalised."""
    m = PLACE_AFTER_NAME.search(part)
    if m is None or len(part[: m.start()].split()) < 2:
        return part
    place = m.group().split()[1:]
    if place[0] == "the":
        place = place[1:]  # "at the Quayside Stadium"
    return part[: m.start()] if all(w[0].isupper() for w in place) else part


AGENCY_MAX_WORDS = 3
"""Words of an agency's name run onto a name without a comma ("Associated Press")."""


def _split_trailing_agency(part: str, lex: MetaLexicon) -> tuple[str, str | None]:
    """(the name, the agency) of a name of two words or more followed by an agency and
    perhaps a job title without a comma between ("JANE DOE Associated Press", "Jane
    Doe AP Business Writer"); ``(part, None)`` when no agency ends it."""
    words = part.split()
    end = len(words)
    while end > 1 and words[end - 1].casefold().strip(".,") in lex.role_words:
        end -= 1
    for size in range(min(AGENCY_MAX_WORDS, end - 2), 0, -1):
        credit = " ".join(words[end - size : end])
        if len(credit) <= SHORT_AGENCY_CHARS and not credit.isupper():
            continue  # "Jane Ap": a name; a short agency run on is in capitals ("AP")
        found = lex.agency(credit)
        if found is not None:
            return " ".join(words[: end - size]), found
    return part, None


SHORT_AGENCY_CHARS = 3
"""Agency names this short ("AP", "AFP") are read run onto a name only in capitals."""


def _is_name_word(word: str, lex: MetaLexicon, *, caps: bool) -> bool:
    if len(word) > MAX_WORD_CHARS or _INITIAL.fullmatch(word):
        return bool(_INITIAL.fullmatch(word))
    if not _NAME_WORD.fullmatch(word):
        return False
    if not word[0].isupper():
        return False
    if word.isupper() and len(word) > 1 and not caps:
        return False
    bare = word.casefold().strip(".")
    return (
        bare not in lex.not_name_words and bare not in lex.role_words and bare not in lex.org_words
    )


MASTHEAD_NAME_MIN_WORDS = 3
"""Words of a name-shaped line with no cue ending with a newspaper's noun that make it
the paper's name ("Gulf Coast Register"); two may be a person's ("Emily Post")."""


PAPER_ONLY_NOUNS = frozenset(
    {"register", "gazette", "chronicle", "courier", "ledger", "sentinel", "dispatch"}
    | {"examiner", "inquirer", "enquirer", "telegraph", "bulletin", "advertiser", "tribune"}
    | {"herald", "journal", "observer"}
)
"""Masthead nouns that end a newspaper's name and no person's ("… County Register");
with no cue, a place and such a noun alone make one too ("Geelong Sentinel", "Manila
Courier" over the date), but for :data:`SURNAME_NOUNS`."""
SURNAME_NOUNS = frozenset({"ledger"})
"""Paper nouns that are surnames as well ("Heath Ledger")."""


@functools.lru_cache(maxsize=1)
def _masthead_nouns() -> frozenset[str]:
    from newsclean.lexicons.credits import MASTHEAD_WORDS

    return MASTHEAD_WORDS


_ELIDED_ARTICLES = frozenset({"l'", "l’"})
"""An elided article opening a name ("L'Actu France", "L’Express") makes it a
publication's, in French and Italian: a person's given name does not open so."""


def _person(
    part: str, lex: MetaLexicon, *, cued: bool, caps: bool
) -> tuple[str | None, str | None, str | None]:
    """(name, agency after it, organisation after it) when ``part`` starts with a person's name."""
    words = part.split()
    while words and words[0].casefold() in lex.honorifics:
        words = words[1:]
    if words and words[0][:2].casefold() in _ELIDED_ARTICLES and words[0][2:3].isupper():
        return None, None, None  # "L'Actu France", "L’Équipe": a title, no person's name
    taken: list[str] = []
    for i, word in enumerate(words):
        low = word.casefold()
        if caps and taken and not word.isupper() and all(w.isupper() for w in taken):
            break  # "ANDRE LAWSON Observer staff reporter": the name ends where capitals do
        if len(taken) >= 2 and lex.agency(" ".join(words[i:])):
            break
        if taken and low in lex.particles and len(taken) < MAX_NAME_WORDS:
            taken.append(word)
            continue
        if taken and low in lex.name_suffixes:
            taken.append(word)
            break
        if (
            len(taken) < MAX_NAME_WORDS
            and (
                _is_name_word(word, lex, caps=caps)
                # "Tomasz Piątek": a weekday that is a surname, after a first name only
                or (taken and word[:1].isupper() and low.strip(".,") in SURNAMES_TOO)
            )
        ):
            taken.append(word)
            continue
        if len(taken) == MAX_NAME_WORDS and _is_name_word(word, lex, caps=caps):
            # "LIVORNO PISA LUCCA GROSSETO PIOMBINO VIAREGGIO …": name words running past
            # the longest name are a menu of places or a list of people, no one's name
            return None, None, None
        break
    while taken and taken[-1].casefold() in lex.particles and not _surname_after(taken):
        taken.pop()
    # "Star-Tribune": a paper's noun may close a hyphenated last word
    last_noun = taken[-1].casefold().strip(".,").rsplit("-", 1)[-1] if taken else ""
    if (
        len(taken) >= MASTHEAD_NAME_MIN_WORDS
        and (last_noun in PAPER_ONLY_NOUNS or (not cued and last_noun in _masthead_nouns()))
    ) or (len(taken) == 2 and not cued and last_noun in PAPER_ONLY_NOUNS - SURNAME_NOUNS):
        # "Gulf Coast Register", "Birch Hollow Echo" on a line of their own, "Published by
        # Harlow County Register": a newspaper ("By Mary Ann Post" is a person: after a
        # cue, only a noun no surname is makes the paper)
        return None, None, None
    rest = words[len(taken) :]
    if (
        len(taken) >= JOB_LINK_MIN_NAME_WORDS
        and rest
        and rest[0][:1].isupper()
        and rest[0].casefold() in _JOB_LINKS
        and rest[-1].casefold().strip(".,") in lex.role_words
    ):
        # "Chloe Barnett Whats On Reporter": a job opening with a capitalised linking
        # word ("On", "Of") began a word earlier, the name is two words
        rest = [taken.pop(), *rest]
    if not taken:
        if cued and len(words) == 1 and _single_handle(words[0], lex):
            return words[0].strip(".,"), None, None
        return None, None, None
    if len(taken) == 1 and (
        not (cued and not rest) or taken[0].casefold().strip(".,") in lex.collective_words
    ):
        return None, None, None  # one word after a cue may be a name, not a desk ("Newsdesk")
    agency = org = None
    if rest:
        tail = " ".join(rest)
        lows = [w.casefold().strip(".,") for w in rest]
        agency = lex.agency(tail)
        job = lows[-1] in lex.role_words and lows[-1] not in lex.org_words  # "Staff Writer"
        if (
            agency is None
            and not job
            and (lows[0] in lex.org_words or any(w in lex.collective_words for w in lows))
        ):
            # "Channel Nine News", "Practical Riding Editorial Staff": an organisation
            return None, None, None
        if agency is None:
            kind, value = _non_person(tail, lex)
            if kind == "agency":
                agency = value
            elif kind == "org":
                org = value
            elif kind not in ("role", "credential", "furniture"):
                return None, None, None
    name = " ".join(taken)
    if caps:
        name = " ".join(_recased(w, k, len(taken), lex) for k, w in enumerate(taken))
    return name, agency, org


JOB_LINK_MIN_NAME_WORDS = 3
_JOB_LINKS = frozenset({"on", "of", "for", "and", "at", "in", "to", "the"})
"""Linking words a job title holds ("What's On Reporter", "Head of News"); printed
capitalised right after a name's words, the word before them is the job's."""


_LOWER_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "ter", "ten", "zu", "du", "des", "da", "do", "dos"}
    | {"das", "di", "del", "della", "y", "e", "bin", "binti", "ibn", "al", "el"}
)
"""Particles written in lower case inside a name ("Marcus de Groot", "Anna van Dijk");
others are capitalised ("Andrea Lo Cascio", "Marine Le Pen")."""


def _recased(word: str, at: int, size: int, lex: MetaLexicon) -> str:
    """A word of a name printed in capitals, in ordinary case: a particle inside the
    name in lower case when so written, any word first or last capitalised ("JANE
    LI" is Jane Li, "AL GORE" Al Gore, "MARCUS DE GROOT" Marcus de Groot)."""
    low = word.casefold()
    if 0 < at < size - 1 and low in lex.particles:
        return low if low in _LOWER_PARTICLES else word.capitalize()
    return word.capitalize()


def _surname_after(taken: list[str]) -> bool:
    """Whether the capitalised particle ending ``taken`` is the surname of a first name
    ("Meera Das", "Ana De"): a particle ends no name, but a surname may be spelled
    as one ("Das", "De" and "Da" are common surnames)."""
    return len(taken) == 2 and taken[-1][:1].isupper() and not taken[0][:1].islower()


def _single_handle(word: str, lex: MetaLexicon) -> bool:
    """A one-word author after an explicit cue: a user name such as "admin"."""
    bare = word.strip(".,")
    low = bare.casefold()
    return (
        2 <= len(bare) <= MAX_WORD_CHARS
        and bare.replace("_", "").replace("-", "").isalnum()
        and low not in lex.not_name_words
        and low not in lex.means_words  # "By phone", "Par avion": how, not who
        and low not in lex.role_words
        and low not in lex.collective_words  # "By Newsroom", "Por Redacción": a desk
        and low not in lex.org_words
        and not bare.isdigit()
    )


def _non_person(part: str, lex: MetaLexicon) -> tuple[str, str | None]:
    """Classify a byline part that is not a name: agency, org, role, credential, furniture."""
    words = part.split()
    lows = [w.casefold().strip(".,") for w in words]
    if not words:
        return "junk", None
    if all(w in lex.credentials for w in lows):
        return "credential", None
    agencies = [lex.agency(w) for w in words]
    named = next((a for a in agencies if a), None)
    if all(w in lex.role_words or a for w, a in zip(lows, agencies, strict=True)):
        return ("agency", named) if named else ("role", None)
    if all(w in lex.not_name_words for w in lows):
        return "furniture", None
    if len(words) <= 6 and (
        any(w in lex.org_words for w in lows)
        or any(w.isupper() and len(w) >= 2 and w.isalpha() for w in words)
        or any("." in w.strip(".") for w in words)
    ):
        return "org", part.strip()
    if is_job_title(part, lexicon=lex):
        return "role", None  # "Local Democracy Reporter": a beat and a job noun
    return "junk", None


BIO_ROLE_WINDOW = 10
"""Words after "is a" within which a bio line must name a job ("… is a staff writer")."""


@functools.lru_cache(maxsize=16)
def _bio_pattern(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    openings = set(lexicon.words("en").bio_openings) | set(lexicon.words(language).bio_openings)
    return re.compile(
        rf"^(?P<name>[^\W\d_][^()\n]{{2,60}}?)[ \t]+(?:\(@\w{{1,30}}\)[ \t]+)?"
        rf"(?P<opening>{alternation(openings)})[ \t]"
    )


def opens_like_a_bio(text: str, *, language: str | None = None) -> bool:
    """Whether ``text`` opens with a person's name and a bio's verb ("Jane Doe has
    covered transport since 2015, …", "Jane Doe is a …"), whatever job it names or
    none: weaker than :func:`parse_bio`, for rules that must not take a writer's bio
    for the story's next paragraph."""
    lex = meta_lexicon()
    m = _bio_pattern(lex, language or "en").match(text)
    if m is None:
        return False
    found = parse_names(m["name"], cued=False, language=language, lexicon=lex)
    return found is not None and found.authors == (m["name"].strip(),)


def parse_bio(
    text: str,
    *,
    language: str | None = None,
    lexicon: MetaLexicon | None = None,
    authors: Collection[str] = (),
) -> str | None:
    """The author named by an author-bio line ("Jane Doe is a staff writer at …").

    The line must name a newsroom job, unless it opens with the full name of one of
    ``authors`` (the byline's): then any job will do ("… is a staff engineer on the
    platform team", on a company's blog).

    >>> parse_bio("Jane Doe (@janedoe) is an Ideas contributor at Example Weekly.")
    'Jane Doe'
    >>> parse_bio("The mayor is a former teacher.") is None
    True
    >>> parse_bio("Jane Doe is a staff engineer.", authors=["Jane Doe"])
    'Jane Doe'
    """
    lex = lexicon or meta_lexicon()
    m = _bio_match(text, lex, language)
    if m is None:
        return None
    after = [w.casefold().strip(".,;:'’s") for w in text[m.end() :].split()[:BIO_ROLE_WINDOW]]
    by_author = m["name"].strip() in authors and len(m["name"].split()) >= 2
    if m["opening"].casefold() in _BARE_COPULAS:
        # no article: only the byline's author, with the job right after "is" ("Daniel
        # Ortiz is survived by …" and "… is confident the editor …" are the story's)
        if not by_author or not any(w in lex.bio_roles for w in after[:BARE_BIO_ROLE_WINDOW]):
            return None
    elif not by_author and not any(w in lex.bio_roles for w in after):
        return None  # "… is the chief executive of the company": about someone else
    if not by_author and m["opening"].casefold().startswith(_PAST_OPENINGS):
        # "Evan Roe has reported on Russia for six years, first as a correspondent …":
        # what a writer has done is what anybody in a story has done too
        return None
    return _bio_person(m, lex)


def _bio_match(text: str, lex: MetaLexicon, language: str | None) -> re.Match[str] | None:
    """A name and a bio's opening at the start of ``text``, if it is short enough for
    a bio."""
    if len(text) > 2 * MAX_BYLINE_CHARS:
        return None
    return _bio_pattern(lex, language or "en").match(text)


def _bio_person(m: re.Match[str], lex: MetaLexicon) -> str | None:
    """The name opening a bio matched as ``m``, if it is one person's full name (no
    agency or organisation after it, two words at least)."""
    name, agency, org = _person(m["name"].strip(), lex, cued=False, caps=False)
    if name is None or agency or org or len(name.split()) < 2 or name != m["name"].strip():
        return None
    return name


def parse_writer_bio(
    text: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> str | None:
    """The writer named by a bio that names no newsroom job but says the line is about
    a writer: a bio's signal follows its opening, as whole words ("Jane Doe is a nurse
    in Ashford. *She writes* about …", "… *contact her at* …", an email address). A
    writing verb alone is no signal ("Jane Doe covers the cost of parking"). Weaker
    than :func:`parse_bio`: the caller asks for it only after the story, for a name the
    story does not use.

    >>> parse_writer_bio("Jane Doe is a nurse and mother of three. She lives in Ashford.")
    'Jane Doe'
    >>> parse_writer_bio("Jane Doe covers city hall. Contact her at jd@example.org.")
    'Jane Doe'
    >>> parse_writer_bio("Jane Doe has changed the lives of many children.") is None
    True
    >>> parse_writer_bio("Jane Doe is a nurse and mother of three.") is None
    True
    """
    lex = lexicon or meta_lexicon()
    m = _bio_match(text, lex, language)
    if m is None:
        return None
    rest = text[m.end() :]
    if _bio_signal(lex, language or "en").search(rest) is None and not find_emails(rest):
        # "Jane Doe is a nurse …", "Jane Doe covers the cost of …": anyone in the story
        return None
    return _bio_person(m, lex)


@functools.lru_cache(maxsize=16)
def _bio_signal(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    """The bio signals of English and ``language`` as whole words ("she lives", not
    "the lives"; "lebt in", not "erlebt in")."""
    signals = {*lexicon.words("en").bio_signals, *lexicon.words(language).bio_signals}
    return re.compile(rf"(?<!\w)(?:{alternation(signals)})(?!\w)", re.IGNORECASE)


_BARE_COPULAS = frozenset({"is"})
"""A bio opening with no article ("… is property correspondent at …"): a bio only of
the byline's author, with a newsroom job among the next words."""
BARE_BIO_ROLE_WINDOW = 5
"""Words after a bare "is" within which the job must stand ("is Example's space editor")."""

_PAST_OPENINGS = ("has ",)
"""Perfect-tense bio openings ("has covered", "has reviewed"): a bio only when they
open with the byline's author."""


ROLE_MODIFIERS = frozenset(
    {
        *("associate", "assistant", "auto", "business", "chief", "contributing", "deputy"),
        *("digital", "education", "entertainment", "executive", "features", "film", "food"),
        *("foreign", "freie", "freier", "global", "health", "investigative", "legal"),
        *("leitende", "leitender", "managing", "medical", "music", "national", "news"),
        *("opinion", "political", "science", "security", "senior", "special", "speciale"),
        *("spécial", "spéciale", "especial", "sport", "sports", "staff", "tech"),
        *("technology", "travel", "local", "regional", "court", "courts", "crime"),
        *("environment", "climate", "transport", "property", "energy", "arts", "culture"),
        *("fashion", "economics", "markets", "agriculture", "motoring", "consumer"),
        *("специальный", "специальная", "собственный", "собственная", "старший", "старшая"),
        *("главный", "главная", "научный", "научная", "политический", "политическая"),
        *("экономический", "экономическая", "спортивный", "спортивная", "военный"),
        *("военная", "выпускающий", "выпускающая"),
    }
)
"""Role words of the lexicons that qualify a job rather than name it ("Senior",
"Health"): a name followed by one of them last is no byline."""


JOB_TITLE_MAX_WORDS = 4
"""A job title on a line of its own, under a byline: "Senior Phones Editor", "Chief
Political Correspondent"."""


def is_job_title(text: str, *, lexicon: MetaLexicon | None = None) -> bool:
    """Whether ``text`` is a job title alone ("Staff Writer", "Senior Phones Editor"):
    a job noun last, and at most one word before it that is no role word (the beat).
    "Guardian Appoints New Editor" has three and is a headline, "The Critic" an
    article and a noun. Two such jobs, or a beat and a job, joined by one connector
    are a job too ("Health Reporter and Data Journalist", "Health and Science Editor").

    >>> is_job_title("Senior Phones Editor"), is_job_title("Guardian Appoints New Editor")
    (True, False)
    """
    lex = lexicon or meta_lexicon()
    left, right = _job_halves(text, lex)
    if right:
        # two jobs or a beat and a job: "Health Reporter and Data Journalist",
        # "Health and Science Editor"
        return _one_job(right, lex.role_words) and (_one_job(left, lex.role_words) or _beat(left))
    return _one_job(text, lex.role_words)


_DESK_JOB_NOUNS = frozenset(
    {"redaktor", "redaktorin", "redakteur", "redakteurin", "korrespondent", "korrespondentin"}
    | {"ressortleiter", "ressortleiterin", "redacteur", "redactrice", "verslaggever"}
)
"""Newsroom jobs German and Dutch print before their desk ("Redaktor Wirtschaft",
"Redakteurin Politik", "verslaggever Binnenland"); an English job before a capitalised
word is as often a headline ("Editor Resigns")."""


def _one_job(text: str, roles: frozenset[str]) -> bool:
    words = [w.strip(",.;:|()–—-") for w in text.split()]
    if not 1 <= len(words) <= JOB_TITLE_MAX_WORDS:
        return False
    low = [w.casefold() for w in words]
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and low[0] in roles
        and low[0] not in ROLE_MODIFIERS
        and all(w in roles for w in low[1:])
    ):
        return True  # the noun first, in sentence case: "Enviada especial", "Envoyé spécial"
    if len(words) == 2 and low[0] in _DESK_JOB_NOUNS and words[1][:1].isupper():
        return True  # a newsroom's job and its desk, as German prints it: "Redaktor Wirtschaft"
    if not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].casefold()
    if last not in roles or last in ROLE_MODIFIERS:
        return False
    # a linking word inside the title is no beat of its own ("What's On Reporter")
    free = [
        w.casefold()
        for k, w in enumerate(words[:-1])
        if w.casefold() not in roles and not (k > 0 and w.casefold() in _JOB_LINKS)
    ]
    return len(free) <= 1 and not (free and free[0] in _TITLE_ARTICLES)


def _beat(text: str) -> bool:
    """One capitalised word: the first beat of "Health and Science Editor"."""
    words = text.split()
    return len(words) == 1 and words[0][:1].isupper()


@functools.lru_cache(maxsize=1)
def _job_connectors(lexicon: MetaLexicon) -> frozenset[str]:
    """The words joining two jobs in any lexicon language ("and", "und", "y", "&")."""
    return frozenset(c for words in lexicon.languages.values() for c in words.connectors)


def _job_halves(text: str, lexicon: MetaLexicon) -> tuple[str, str]:
    """``text`` split at its one connector ("Health Reporter" and "Data Journalist"),
    or ``(text, "")`` when it has none or more than one."""
    words = text.split()
    joins = [k for k, w in enumerate(words) if w in _job_connectors(lexicon)]
    if len(joins) != 1 or not 0 < joins[0] < len(words) - 1:
        return text, ""
    k = joins[0]
    return " ".join(words[:k]), " ".join(words[k + 1 :])


_TITLE_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "le", "la", "el", "il", "o"})
"""An article before a job noun makes a title ("The Critic", "Le Critique")."""


REPORTING_CUE = re.compile(
    r"(?:(?:additional |with )?(?:reporting|editing|writing|research)"
    r"(?: and (?:reporting|editing|writing))?|edited) by ",
    re.IGNORECASE,
)
"""The cue of each part of a wire story's credits ("Reporting by", "Additional reporting
by", "Writing and editing by", "Edited by")."""
PORTRAIT_PLACEHOLDER = re.compile(r"\[(?:IMG|IMAGE|image)\][ \t]*")
"""A text browser's picture placeholder before a writer's name: their portrait."""
_IN_PLACE = re.compile(
    r" in [^\W\d_][\w.'-]{0,40}(?: (?!(?:and|with)\b)[^\W\d_][\w.'-]{0,40}){0,3}"
)
"""A place after a name in a credit line (" in London", " in New York City"); "and"
opens the next name ("Jane Doe in Accra and John Roe in Paris")."""
_CREDIT_SPLIT = re.compile(
    r";|, (?=(?:additional |with )?(?:reporting|editing|writing|research) )", re.IGNORECASE
)
"""Where one part of the credits ends: a semicolon, or a comma before the next cue
("Reporting by Jane Doe, editing by John Roe")."""
CREDIT_MAX_PARTS = 6
CREDIT_NAME_MAX_WORDS = 3
"""Capitalised words of a name in a credit line ("Jane E. Doe", "Mary Ann de la Cruz");
more are a headline's words."""


def credit_parts(text: str) -> list[tuple[str, tuple[str, ...]]] | None:
    """The parts of a wire story's credits, each its cue and the names after it, or
    ``None`` when ``text`` is no such line: every part a cue and names.

    >>> credit_parts("(Reporting by Jane Doe in London; Editing by John Roe)")
    [('reporting by', ('Jane Doe',)), ('editing by', ('John Roe',))]
    >>> credit_parts("Writing by Hand Makes Kids Smarter") is None
    True
    """
    text = text.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]  # "(Reporting by Jane Doe; Editing by John Smith)"
    if REPORTING_CUE.match(text) is None:
        return None  # one anchored test: most lines open otherwise
    parts = [p.strip() for p in _CREDIT_SPLIT.split(text.strip().rstrip(".")) if p.strip()]
    if len(parts) > CREDIT_MAX_PARTS:
        return None
    found_parts: list[tuple[str, tuple[str, ...]]] = []
    for part in parts:
        m = REPORTING_CUE.match(part)
        if m is None:
            return None
        names = _IN_PLACE.sub("", part[m.end() :])
        found = parse_names(names, cued=True, language="en")
        if found is None or not found.authors:
            return None
        capitalised = (sum(1 for w in a.split() if w[:1].isupper()) for a in found.authors)
        if any(n > CREDIT_NAME_MAX_WORDS for n in capitalised):
            return None  # "Writing by Hand Makes Kids Smarter": a headline, not a name
        found_parts.append((" ".join(m.group().casefold().split()), found.authors))
    return found_parts


def credited_writers(text: str) -> tuple[str, ...]:
    """The people a wire story's credits say reported or wrote it (not its editors);
    those credited with "additional reporting" only with a main reporter or writer
    named (alone, they helped somebody the text does not name).

    >>> credited_writers("Reporting by Ana Ruiz; Additional reporting by Rui Sá; Editing by Jo Lee")
    ('Ana Ruiz', 'Rui Sá')
    >>> credited_writers("Additional reporting by Rui Sá")
    ()
    """
    main: list[str] = []
    helped: list[str] = []
    for cue, authors in credit_parts(text) or ():
        if "reporting" in cue or "writing" in cue:
            (helped if cue.startswith(("additional", "with")) else main).extend(authors)
    if not main:
        return ()
    return tuple(dict.fromkeys([*main, *helped]))
