"""Datelines and wire credits: where the story was filed, and by which agency.

A dateline opens the first paragraph: ``KYIV, Ukraine (AP) —``, ``LONDON
(Reuters) -``, ``BERLIN --``, ``(Reuters) —``. Some pages print it as a
line of its own before the story (``Reuters, Washington,``; ``New Delhi,
News Nation Bureau |``). A wire credit closes the last paragraph
(``… underway there. – Reuters``) or stands alone at the end (``(AFP)``,
``(Reporting by Jane Doe; Editing by John Smith)``).

Precision first: a place must be written in capitals (``MADRID —``) unless a
credit in parentheses follows it (``Mexico City (AP) —``), so that an
opening such as ``Meanwhile – the talks …`` is never read as a place; a
trailing credit must name a known agency (:mod:`newsclean.lexicons.metadata.agencies`).

>>> found = find_dateline("KYIV, Ukraine (AP) — Russian forces shelled the city.")
>>> found.text, found.agency, found.body_start
('KYIV, Ukraine (AP)', 'AP', 21)
>>> find_dateline("Meanwhile – the talks went on.") is None
True
>>> find_wire_credit("Fighting went on there. – Reuters")
(24, 'Reuters')
"""

from __future__ import annotations

import functools
import re

import attrs

from newsclean.extract.lexicon import MetaLexicon, meta_lexicon

__all__ = [
    "Dateline",
    "find_dateline",
    "find_wire_credit",
    "is_credit_line",
    "line_agency",
    "parse_place_line",
]

MAX_PLACE_CHARS = 60
"""Longest place-and-credit opening read as a dateline."""

_OPENING = re.compile(
    # bounded runs of spaces: two unbounded ones side by side would split a long
    # run of spaces every possible way (quadratic)
    r"^(?P<place>[^()/\n]{0,60}?)[ \t]{0,3}"
    r"(?:\((?P<credit>[^()\n]{1,40})\)|/(?P<wire>[^/\n]{1,40})/)?[ \t]{0,3}"
    r"\.?(?P<sep>—|–|--|-|:)[ \t]+(?=\S)"
)
"""Place, credit in parentheses ("(AP)") or slashes ("/PRNewswire/"), separator;
"(EFE).-" runs a full stop into the separator."""
_PLACE_WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*(?:[.'’-][^\W\d_]*)*\.?")
_TRAILING_CREDIT = re.compile(r"(?:\s[–—-]{1,2}\s?|\s\()(?P<a>[^\W\d_][^()\n]{0,39}?)\)?\.?[ \t]*$")
_CREDIT_LINE = re.compile(
    r"^\(?(?:additional\s)?(?:reporting|writing|editing|compiled|produced)\sby\s",
    re.IGNORECASE,
)


@attrs.frozen(slots=True)
class Dateline:
    """A dateline at the start of a paragraph."""

    text: str
    """Place and credit as printed, without the separator ("LONDON (Reuters)")."""
    place: str | None
    agency: str | None
    credit: str | None
    """The parenthesised credit as printed, when it is not a known agency ("(CNN)")."""
    body_start: int
    """Where the story text starts after the separator."""


def find_dateline(text: str, *, lexicon: MetaLexicon | None = None) -> Dateline | None:
    """The dateline opening ``text``, if it has one."""
    if len(text) < 8 or not (text[0].isupper() or text[0] == "("):
        return None
    m = _OPENING.match(text)
    if m is None:
        return None
    lex = lexicon or meta_lexicon()
    place = m["place"].strip().rstrip(",")
    credit = m["credit"] or m["wire"]
    dated = _date_after_place(lex).search(place)
    if dated is not None:
        place = place[: dated.start()]  # "NEW DELHI, Nov 19 (Reuters)": the day filed
    if m["sep"] == ":" and not credit:
        return None  # "DEAR ABBY:", "UPDATE:": a capitalised label, not a place
    if not place and not credit:
        return None
    if place and not _is_place(place, lex, mixed_case=bool(credit)):
        return None
    agency = lex.agency(credit) if credit else None
    if credit and not agency and not _credit_like(credit):
        return None
    if _caption_date(lex).match(text, m.end()):
        return None  # "KYIV, UKRAINE - MARCH 3: Residents queue …": a photo agency's caption
    printed = text[: m.start("sep")].rstrip()
    if printed.endswith(")."):
        printed = printed[:-1]  # "MADRID, 19 nov (EFE).-"
    return Dateline(
        printed,
        place or None,
        agency,
        None if agency else credit,
        m.end(),
    )


@functools.lru_cache(maxsize=4)
def _date_after_place(lex: MetaLexicon) -> re.Pattern[str]:
    """The day a wire story was filed, printed after its place: ", Nov 19",
    ", Nov. 19, 2019", ", 19 novembre", ", 19. November", ", 19 nov"."""
    month = lex.month_pattern
    return re.compile(
        rf",[ \t]{{0,3}}(?:(?:{month})\.?[ \t]{{1,3}}\d{{1,2}}"
        rf"|\d{{1,2}}\.?[ \t]{{1,3}}(?:{month})\.?)(?:,?[ \t]{{1,3}}\d{{4}})?$",
        re.IGNORECASE,
    )


@functools.lru_cache(maxsize=4)
def _caption_date(lex: MetaLexicon) -> re.Pattern[str]:
    """The date and colon that open a photo agency's caption after its place ("KYIV,
    UKRAINE - MARCH 3: …"); a story goes on with a sentence."""
    return re.compile(
        rf"(?:{lex.month_pattern})\.?[ \t]{{1,3}}\d{{1,2}}(?:,[ \t]{{1,3}}\d{{4}})?[ \t]?:",
        re.IGNORECASE,
    )


def _is_place(place: str, lex: MetaLexicon, *, mixed_case: bool) -> bool:
    """``KYIV, Ukraine``, ``ST. JOSEPH, Mich.``; mixed case only with a credit after it."""
    head, _, region = place.partition(",")
    words = head.split()
    if not 1 <= len(words) <= 4 or len(place) > MAX_PLACE_CHARS:
        return False
    if not all(_PLACE_WORD.fullmatch(w) for w in words):
        return False
    if not mixed_case and not (head.isupper() and sum(c.isalpha() for c in head) >= 3):
        return False
    if mixed_case and not all(w[0].isupper() for w in words):
        return False
    keys = [w.casefold().strip(".") for w in words]
    # "NEW YORK", "LOS ANGELES", "THE HAGUE": particles may join a place's words,
    # but a word of page furniture ("BREAKING", "UPDATE", "VIDEO") makes no place
    if any(k in lex.not_name_words and k not in lex.place_particles for k in keys):
        return False
    if all(k in lex.place_particles for k in keys):
        return False
    if keys[0] == "the" and (len(keys) > 2 or not mixed_case):
        return False  # "THE HAGUE, Netherlands (AP)", but "THE FACTS —" is a label
    region_words = region.split()
    return len(region_words) <= 3 and all(
        _PLACE_WORD.fullmatch(w) and w[0].isupper() for w in region_words
    )


def _credit_like(credit: str) -> bool:
    """A parenthesised outlet name such as "(CNN)" or "(HawaiiNewsNow)"."""
    words = credit.split()
    return 1 <= len(words) <= 3 and all(w[0].isupper() for w in words) and not credit.isdigit()


def find_wire_credit(text: str, *, lexicon: MetaLexicon | None = None) -> tuple[int, str] | None:
    """(position, agency) of a wire credit closing ``text`` ("… there. – Reuters")."""
    if len(text) < 4:
        return None
    lex = lexicon or meta_lexicon()
    tail = text[-60:]
    m = _TRAILING_CREDIT.search(tail)
    if m is None:
        return None
    agency = lex.agency(m["a"])
    if agency is None:
        return None
    pos = len(text) - len(tail) + m.start()
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos, agency


def is_credit_line(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """``"agency"`` for a line that is only an agency credit ("– Reuters", "(AFP)",
    "Le Monde avec AFP"), ``"credit"`` for a reporting credit ("(Reporting by …;
    Editing by …)"), else ``None``.

    >>> is_credit_line("(AFP)"), is_credit_line("(Reporting by Jo Lee; Editing by Al Roe)")
    ('agency', 'credit')
    """
    if line_agency(text, lexicon=lexicon) is not None:
        return "agency"
    if len(text) <= 400 and _CREDIT_LINE.match(text):
        return "credit"
    return None


WITH_OUTLET_MAX_WORDS = 4
"""Words of the outlet's name before "with <agency>" ("Le Monde", "The Example Times")."""


def line_agency(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """The agency a line credits when that is all it says: "– Reuters", "(AFP)", or an
    outlet with the agency it used ("Le Monde avec AFP", "(Avec AFP)", "Con
    información de EFE"); else ``None``.

    >>> line_agency("Le Monde avec AFP"), line_agency("(avec AFP)"), line_agency("talks with AFP")
    ('AFP', 'AFP', None)
    """
    stripped = text.strip(" –—-()[].")
    if len(stripped) > _MAX_CREDIT_LINE:
        return None
    lex = lexicon or meta_lexicon()
    found = lex.agency(stripped)
    if found is not None:
        return found
    low = stripped.casefold()
    for phrase in lex.with_agency:
        at = low.rfind(f"{phrase} ")
        if at < 0 or (at > 0 and low[at - 1] != " "):
            continue
        agency = _agencies(stripped[at + len(phrase) + 1 :].strip(), lex)
        outlet = stripped[:at].split()
        if (
            agency is not None
            and len(outlet) <= WITH_OUTLET_MAX_WORDS
            and all(w[:1].isupper() for w in outlet)
        ):
            return agency
    return None


def _agencies(text: str, lex: MetaLexicon) -> str | None:
    """The agency ``text`` names, or the first of the agencies it lists ("PTI and ANI",
    "AFP, Reuters"): a list names agencies only if every item is one."""
    found = lex.agency(text)
    if found is not None:
        return found
    parts = [p.strip() for p in re.split(r",| and | & | et | und | y | e ", text) if p.strip()]
    named = [lex.agency(p) for p in parts]
    return named[0] if len(parts) > 1 and all(named) else None


_MAX_CREDIT_LINE = 60
"""Longest line read as an agency credit alone (an outlet, "with" and an agency)."""


def parse_place_line(
    text: str, *, lexicon: MetaLexicon | None = None
) -> tuple[str | None, str | None] | None:
    """(agency, place) of a short "agency, place" line ("Reuters, Washington,").

    >>> parse_place_line("PTI, New Delhi,")
    ('PTI', 'New Delhi')
    >>> parse_place_line("Jane Doe, Staff Writer") is None
    True
    """
    if len(text) > MAX_PLACE_CHARS or "," not in text:
        return None
    lex = lexicon or meta_lexicon()
    parts = [p.strip() for p in text.strip(" ,|").split(",") if p.strip()]
    if len(parts) != 2:
        return None
    agency = lex.agency(parts[0])
    place = parts[1]
    words = place.split()
    if agency is None or not 1 <= len(words) <= 3:
        return None
    if not all(_PLACE_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return None
    return agency, place
