"""Read dates and times as news pages print them, and write them as ISO 8601.

A page prints its publication time in one of a handful of forms: ISO
(``2019-11-19T08:57:40+01:00``), day-month-year or month-day-year with a
month name in some language (``19 November 2019``, ``Nov. 19, 2019``,
``22 de outubro de 2010``, ``30. Juli 2018``), all-numeric
(``19/11/2019``, ``13.11.2019``), often with a time and a zone
(``3:04 PM ET``) and a cue word (``Published``, ``Updated:``, ``Mis à jour
le``). :func:`find_dates` finds every such date in one line and says which
cue, if any, came before it.

What is left alone on purpose:

* an all-numeric date whose order cannot be told (``05/10/2018`` on an
  English page, where both orders are in use): it is not read at all;
* a date without a year (``Nov 18, 8:19 PM``), unless the caller gives a
  reference time to take the year from;
* a time without a zone: the value is then the date alone, since a local
  time without its offset would pretend a precision the text does not give;
* relative dates ("2 hours ago", "gestern"): only read against a reference
  time passed by the caller (:func:`find_relative`);
* dates after the reference time (the caller's, else the current time):
  a page cannot have been published in the future.

All patterns are linear: bounded repetitions and alternations of literal
words, no nested quantifiers.

>>> [d.iso for d in find_dates("Published 3:04 PM ET, Tue November 19, 2019")]
['2019-11-19T15:04:00-05:00']
>>> [(d.iso, d.kind) for d in find_dates("Updated Nov. 19, 2019 / Original Nov. 18, 2019")]
[('2019-11-19', 'updated'), ('2019-11-18', 'published')]
>>> [d.iso for line in ("19/11/2019", "11/19/2019") for d in find_dates(line)]
['2019-11-19', '2019-11-19']
>>> find_dates("05/10/2018")
[]
>>> [d.iso for d in find_dates("05/10/2018", language="pt")]
['2018-10-05']
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator

import attrs

from newsclean.extract.lexicon import LanguageWords, MetaLexicon, alternation, meta_lexicon

__all__ = [
    "DATE_LINK_WORDS",
    "DATE_LIST_MIN_LINES",
    "DATE_ONLY_MAX_CHARS",
    "FoundDate",
    "find_dates",
    "find_relative",
    "has_relative",
    "is_date_only",
    "outside_dates",
    "reference_time",
    "relative_word_patterns",
]

MIN_YEAR = 1900
"""Earlier years are not publication dates of anything a news cleaner sees."""

_MAX_TIME_GAP = 40
"""Most characters between a date and the time that belongs to it."""

DATE_LINK_WORDS = frozenset(
    {"on", "at", "am", "um", "uhr", "le", "el", "il", "em", "op", "à", "às", "de", "del", "of"}
    | {"a", "las", "alle", "ore", "om", "в"}
)
"""Small words printed between a cue, a date and a time ("Posted on … at …")."""
_DAY_TIME_LINKS = ("at", "om", "um", "à", "às", "a las", "a la", "alle", "ore", "в")
"""Words between "today" or "yesterday" and the time ("Today at 11:47", "Vandaag om
11:47", "Hoy a las 11:47", "Oggi alle 11:47")."""

DATE_ONLY_MAX_CHARS = 80
"""Longest line :func:`is_date_only` considers: the longest time stamps printed
("Last updated: Wednesday, November 20, 2019, 10:42 AM EST") run to about 60."""


@attrs.frozen(slots=True)
class FoundDate:
    """A date read from a line, with where it was and what was printed before it."""

    start: int
    end: int
    """Span of the date (and its time and zone, when attached) in the line."""
    date: dt.date
    iso: str
    """ISO 8601: ``YYYY-MM-DD``, or a datetime with offset when time and zone were given."""
    kind: str
    """``"published"``, ``"updated"`` or ``"plain"`` (no cue before it); the metadata
    reader marks the two dates of a span of years ``"lifespan"``."""
    form: str
    """``"iso"``, ``"text"``, ``"numeric"``, ``"relative"`` or ``"year_hint"`` (printed
    without its year, given the page's year)."""


@attrs.frozen(slots=True)
class _Patterns:
    iso: re.Pattern[str]
    dmy: re.Pattern[str]
    mdy: re.Pattern[str]
    dm: re.Pattern[str]
    md: re.Pattern[str]
    numeric: re.Pattern[str]
    time: re.Pattern[str]
    zone: re.Pattern[str]
    spelled_zone: re.Pattern[str]
    east_asian: re.Pattern[str]


_DIGIT = re.compile(r"\d")
_DATE_HINT = re.compile(r"(?:19|20)\d\d|\d[./·-]\d{1,2}[./·-]\d")
_ORD = r"(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)(?!\d)"


@functools.lru_cache(maxsize=4)
def _patterns(lexicon: MetaLexicon) -> _Patterns:
    month = rf"(?P<m>{lexicon.month_pattern})"
    flags = re.IGNORECASE
    return _Patterns(
        iso=re.compile(
            r"(?<![\d./-])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>[01]?\d)(?P=s)(?P<d>[0-3]?\d)"
            r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:[.,]\d{1,9})?)?"
            r" ?(?P<tz>Z|[+-][01]\d(?::?[0-5]\d)?)?)?(?!\d)"
        ),
        dmy=re.compile(
            rf"(?<![\d.,])(?P<d>[0-3]?\d){_ORD}\.?[ \t,/-]{{0,3}}(?:(?:de|of)[ \t]+)?"
            rf"{month}\.?[ \t,/-]{{0,3}}(?:(?:de|del)[ \t]+)?{_YEAR}",
            flags,
        ),
        mdy=re.compile(
            rf"{month}\.?[ \t,/-]{{0,3}}(?P<d>[0-3]?\d){_ORD}(?![\d:])\.?[ \t,]{{0,3}}{_YEAR}",
            flags,
        ),
        dm=re.compile(
            rf"(?<![\d.,])(?P<d>[0-3]?\d){_ORD}\.?[ \t]{{0,3}}(?:de[ \t]+)?{month}\.?(?![ \t,]*\d)",
            flags,
        ),
        md=re.compile(rf"{month}\.?[ \t]{{0,3}}(?P<d>[0-3]?\d){_ORD}(?![\d:.])", flags),
        numeric=re.compile(
            r"(?<![\d./·:-])(?P<a>[0-3]?\d)(?P<s>[./·-])(?P<b>[0-3]?\d)(?P=s)"
            r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d:]|[./·-]\d)"
        ),
        time=re.compile(
            r"(?<![\d:.,])(?P<H>[0-2]?\d)(?:[:.h：](?P<M>[0-5]\d))?(?::(?P<S>[0-5]\d))?(?![\d:])"
            r"[ \t]?(?P<ap>[ap]\.?[ \t]?m\b\.?)?",
            flags,
        ),
        zone=re.compile(
            r"[ \t]{0,2}\(?(?P<z>[A-Za-z]{1,5})(?![A-Za-z])\)?"
            r"(?:(?P<zs>[+-])(?P<zh>[01]?\d)(?::?(?P<zm>[0-5]\d))?)?"
        ),
        spelled_zone=re.compile(
            r"[ \t]{0,2}\(?(?P<name>"
            + "|".join(
                r"[ \t]+".join(re.escape(w) for w in name.split()).replace("'", "['’]")
                for name in sorted(lexicon.zones_spelled_out, key=len, reverse=True)
            )
            + r")(?!\w)\)?",
            flags,
        ),
        east_asian=_EAST_ASIAN_DATE,
    )


_AFTERNOON = ("午後", "下午", "오후")
"""The afternoon's marks before an hour in Japanese, Chinese and Korean."""
_MORNING = ("午前", "上午", "오전")
"""The morning's marks, before which 12 is the hour after midnight."""
_EAST_ASIAN_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)[ \t]?[年년][ \t]?(?P<m>[01]?\d)[ \t]?[月월][ \t]?"
    r"(?P<d>[0-3]?\d)[ \t]?[日일号號]"
    r"(?:(?:[ \t]*(?:\([^()\d]{1,3}\)|（[^（）\d]{1,3}）))?[ \t]*"
    r"(?P<half>午前|午後|上午|下午|오전|오후)?[ \t]?"
    r"(?P<H>[01]?\d|2[0-3])[ \t]?(?:時|时|시|點|点)[ \t]?(?P<M>[0-5]\d)(?!\d)[ \t]?(?:分|분)?)?"
)
"""A date as Japanese, Chinese and Korean print it, year, month and day marked by their
characters ("2024年2月14日", "2024年2月14号", "2024년 2월 14일"; the day's mark is
required: "2024年1月15万台" counts units), with the weekday in brackets and an hour
marked by its character after it ("2024年2月14日（水） 午後3時05分"); a clock time
("13:42 JST") is read as any other, with its zone. The same in every language that
writes it, so no lexicon holds it."""


@attrs.frozen(slots=True)
class _Raw:
    start: int
    end: int
    date: dt.date
    form: str
    hour: int | None = None
    minute: int | None = None
    second: int = 0
    offset: int | None = None
    """Minutes east of UTC, when the text gives the zone."""


def reference_time(now: dt.datetime | None) -> dt.datetime:
    """``now``, or the current UTC time: the latest moment a date may name."""
    return now if now is not None else dt.datetime.now(dt.timezone.utc)


def find_dates(
    line: str,
    *,
    language: str | None = None,
    now: dt.datetime | None = None,
    lexicon: MetaLexicon | None = None,
    year_hint: int | None = None,
) -> list[FoundDate]:
    """Every date printed in ``line``, in order, with its time, zone and cue.

    ``language`` decides the order of all-numeric dates that could be read
    both ways (``None`` or English: such dates are skipped). ``now`` is the
    reference time: later dates are dropped, and dates printed without a
    year get the year that puts them closest before it. Without ``now``, a
    ``year_hint`` (the year the time stamps of the story's head print) gives
    dates printed without a year that year (form ``"year_hint"``).

    >>> [d.iso for d in find_dates("By Tess Bonn - 11/19/19 06:56 AM EST")]
    ['2019-11-19T06:56:00-05:00']
    >>> [d.iso for d in find_dates("Mon 18 Nov 2019 18.54 GMT")]
    ['2019-11-18T18:54:00+00:00']
    >>> [d.iso for d in find_dates("sexta-feira, 22 de outubro de 2010 às 20:13")]
    ['2010-10-22']
    >>> find_dates("On Tuesday the council met.")
    []
    """
    hinted = now is None and year_hint is not None
    if (_DATE_HINT if now is None and not hinted else _DIGIT).search(line) is None:
        return []  # every form read without a reference time has a year or d/m/y digits
    lex = lexicon or meta_lexicon()
    pats = _patterns(lex)
    ref = reference_time(now)
    order = lex.words(language).numeric_order if language else None
    year_ref = now
    if hinted and year_hint is not None:
        year_ref = dt.datetime(year_hint, 12, 31, 23, 59, tzinfo=dt.timezone.utc)
    raws = _without_overlaps(
        _candidates(line, pats, lex, order, ref, year_from_now=year_ref, hinted=hinted)
    )
    if not raws:
        return []
    raws = _attach_times(line, raws, pats, lex)
    limit = ref.date() if now is not None else ref.date() + dt.timedelta(days=1)
    out: list[FoundDate] = []
    prev_end = 0
    for raw in raws:
        if raw.date > limit:
            prev_end = raw.end
            continue
        kind = _cue_before(line[prev_end : raw.start], lex)
        out.append(FoundDate(raw.start, raw.end, raw.date, _iso(raw, lex), kind, raw.form))
        prev_end = raw.end
    return out


def _candidates(
    line: str,
    pats: _Patterns,
    lex: MetaLexicon,
    order: str | None,
    ref: dt.datetime,
    *,
    year_from_now: dt.datetime | None,
    hinted: bool = False,
) -> Iterator[_Raw]:
    for m in pats.iso.finditer(line):
        day = _date(int(m["y"]), int(m["m"]), int(m["d"]), ref)
        if day is None:
            continue
        hour = minute = offset = None
        second = 0
        if m["H"] is not None:
            hour, minute = int(m["H"]), int(m["M"])
            second = int(m["S"] or 0)
            offset = _numeric_offset(m["tz"]) if m["tz"] else None
        yield _Raw(m.start(), m.end(), day, "iso", hour, minute, second, offset)
    for pat in (pats.dmy, pats.mdy):
        for m in pat.finditer(line):
            month = lex.months.get(m["m"].casefold())
            day = _date(int(m["y"]), month, int(m["d"]), ref) if month else None
            if day is not None:
                yield _Raw(m.start(), m.end(), day, "text")
    if "年" in line or "년" in line:
        for m in pats.east_asian.finditer(line):
            day = _date(int(m["y"]), int(m["m"]), int(m["d"]), ref)
            if day is not None:
                hour = int(m["H"]) if m["H"] is not None else None
                minute = int(m["M"]) if m["M"] is not None else None
                if hour is not None and m["half"] in _AFTERNOON and hour < 12:
                    hour += 12  # "午後3時": 3 in the afternoon
                elif hour == 12 and m["half"] in _MORNING:
                    hour = 0  # "午前12時": half past midnight is "12:30" in the morning
                yield _Raw(m.start(), m.end(), day, "text", hour, minute)
    for m in pats.numeric.finditer(line):
        day = _numeric_date(m, order, ref)
        if day is not None:
            yield _Raw(m.start(), m.end(), day, "numeric")
    if year_from_now is not None:
        for pat in (pats.dm, pats.md):
            for m in pat.finditer(line):
                month = lex.months.get(m["m"].casefold())
                if month:
                    day = _latest_before(month, int(m["d"]), year_from_now.date())
                    if day is not None:
                        yield _Raw(m.start(), m.end(), day, "year_hint" if hinted else "text")


def _without_overlaps(raws: Iterator[_Raw]) -> list[_Raw]:
    """Keep the earliest (then longest) of overlapping readings."""
    ordered = sorted(raws, key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for raw in ordered:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


def _date(year: int, month: int | None, day: int, ref: dt.datetime) -> dt.date | None:
    if month is None or not MIN_YEAR <= year <= ref.year + 1:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _latest_before(month: int, day: int, ref: dt.date) -> dt.date | None:
    for year in (ref.year, ref.year - 1):
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found <= ref:
            return found
    return None


def _numeric_date(m: re.Match[str], order: str | None, ref: dt.datetime) -> dt.date | None:
    a, b, y, sep = m["a"], m["b"], m["y"], m["s"]
    year = int(y)
    if len(y) == 2:
        year += 2000 if 2000 + year <= ref.year + 1 else 1900
    first, second = int(a), int(b)
    if sep in ".·":
        # dotted numeric dates are day-first wherever they are printed, and so are the
        # Spanish regional papers' middle dots ("19·02·24 | 07:00")
        order = "dmy"
    if first > 12 >= second:
        order = "dmy"
    elif second > 12 >= first:
        order = "mdy"
    elif first != second and order is None:
        return None  # both readings possible and nothing to decide between them
    if order == "mdy":
        return _date(year, first, second, ref)
    return _date(year, second, first, ref)


def _numeric_offset(tz: str) -> int:
    if tz == "Z":
        return 0
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:4] or 0))


def _attach_times(line: str, raws: list[_Raw], pats: _Patterns, lex: MetaLexicon) -> list[_Raw]:
    """Give each date the time (and zone) printed next to it, if any.

    ``raws`` are in order and do not overlap, so each time looks only at the
    dates just before and after it: linear in the number of dates, which
    matters on a line of thousands of them.
    """
    result = list(raws)
    starts = [r.start for r in raws]
    taken_end = 0  # end of the last time attached, with its zone ("GMT+05:30")
    for m in pats.time.finditer(line):
        if m["M"] is None and m["ap"] is None:
            continue
        if m.start() < taken_end or _overlaps_date(raws, starts, m.start(), m.end()):
            continue
        hour, minute = int(m["H"]), int(m["M"] or 0)
        if m["ap"] and 1 <= hour <= 12:
            hour = (hour % 12) + (12 if m["ap"].lower().startswith("p") else 0)
        elif hour <= 12 and (half := line[max(0, m.start() - 3) : m.start()].strip()):
            if hour < 12 and half.endswith(_AFTERNOON):
                hour += 12  # "오후 3:05", "下午3:05": the afternoon's mark before the clock
            elif hour == 12 and half.endswith(_MORNING):
                hour = 0  # "오전 12:30": half past midnight
        if hour > 23:
            continue
        end = m.end()
        offset, zone_end = _zone_after(line, end, pats, lex)
        best = _nearest_untimed(line, result, starts, m.start(), zone_end)
        if best is None:
            continue
        raw = result[best]
        if offset is None and zone_end > end:
            offset = _generic_offset(line[end:zone_end], raw.date, lex)
        result[best] = attrs.evolve(
            raw,
            start=min(raw.start, m.start()),
            end=max(raw.end, zone_end),
            hour=hour,
            minute=minute,
            second=int(m["S"] or 0),
            offset=offset,
        )
        taken_end = zone_end
    return result


def _overlaps_date(raws: list[_Raw], starts: list[int], start: int, end: int) -> bool:
    """Whether a time at ``start:end`` begins or ends inside one of the dates."""
    k = bisect.bisect_right(starts, start) - 1
    if k >= 0 and start < raws[k].end:
        return True
    j = bisect.bisect_left(starts, end) - 1
    return j >= 0 and raws[j].start < end <= raws[j].end


def _zone_after(line: str, pos: int, pats: _Patterns, lex: MetaLexicon) -> tuple[int | None, int]:
    """(offset in minutes or None, end of the zone) for a zone printed at ``pos``."""
    spelled = pats.spelled_zone.match(line, pos)
    if spelled is not None:
        # "Eastern Standard Time", "Heure normale de l'Est": the abbreviation it names
        # the pattern ignores case as the regex engine does ("PACİFİC TIME" matches);
        # the key is folded to match the table, dotted and dotless i as plain "i"
        folded = spelled["name"].casefold().replace("i\u0307", "i").replace("ı", "i")
        short = lex.zones_spelled_out.get(" ".join(folded.replace("’", "'").split()))
        if short is not None:
            return lex.zones_fixed.get(short), spelled.end()
    m = pats.zone.match(line, pos)
    if m is None:
        return None, pos
    name = m["z"]
    key = name.casefold()
    if len(name) <= 2 and not name.isupper():
        return None, pos
    if key in lex.zones_fixed:
        offset = lex.zones_fixed[key]
        if m["zs"]:
            extra = int(m["zh"]) * 60 + int(m["zm"] or 0)
            offset += extra if m["zs"] == "+" else -extra
        return offset, m.end()
    if key in lex.zones_generic:
        return None, m.end()
    return None, pos


def _generic_offset(zone_text: str, day: dt.date, lex: MetaLexicon) -> int | None:
    """Offset of a generic zone ("ET") on ``day``, when the tz database is available."""
    key = " ".join(zone_text.strip(" \t()").casefold().split())
    name = lex.zones_generic.get(lex.zones_spelled_out.get(key, key))
    if name is None:
        return None
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(name)
    except (ImportError, LookupError, ValueError, OSError):
        return None
    delta = dt.datetime(day.year, day.month, day.day, 12, tzinfo=zone).utcoffset()
    return None if delta is None else int(delta.total_seconds() // 60)


def _nearest_untimed(
    line: str, raws: list[_Raw], starts: list[int], start: int, end: int
) -> int | None:
    """The date a time at ``start:end`` belongs to: the nearer of the dates just
    before and just after it, with a short gap and no digits between (a date
    farther away has the nearer one, digits and all, in its gap)."""
    best: tuple[int, int] | None = None
    before = bisect.bisect_left(starts, start) - 1
    after = bisect.bisect_left(starts, end)
    for i in (before, after):
        if not 0 <= i < len(raws):
            continue
        raw = raws[i]
        if raw.hour is not None or raw.form == "iso":
            continue
        if raw.end <= start:
            gap = line[raw.end : start]
        elif raw.start >= end:
            gap = line[end : raw.start]
        else:
            continue
        if len(gap) > _MAX_TIME_GAP or any(c.isdigit() for c in gap):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), i)
    return None if best is None else best[1]


def _iso(raw: _Raw, lex: MetaLexicon) -> str:
    if raw.hour is None or raw.minute is None or raw.offset is None:
        return raw.date.isoformat()
    tz = dt.timezone(dt.timedelta(minutes=raw.offset))
    moment = dt.datetime(
        raw.date.year, raw.date.month, raw.date.day, raw.hour, raw.minute, raw.second, tzinfo=tz
    )
    return moment.isoformat()


def _cue_before(text: str, lex: MetaLexicon) -> str:
    """``published``/``updated`` when the nearest cue word before a date says so."""
    last = None
    for m in lex.date_cue_re.finditer(text.casefold()):
        last = m.group()
    if last is None:
        return "plain"
    return "updated" if last in lex.updated_cues else "published"


def outside_dates(line: str, found: Iterable[FoundDate]) -> str:
    """``line`` with the span of every date in ``found`` blanked out: what a line
    says besides its dates (cue words, a name, a place)."""
    rest = list(line)
    for d in found:
        end = min(d.end, len(rest))
        rest[d.start : end] = " " * (end - d.start)
    return "".join(rest)


# -- lines that are only a time stamp ------------------------------------------

_LIST_NUMBER = re.compile(r"\d{1,3}[.)][ \t]+(?=\d)")
"""The number of an item in a numbered list of time stamps."""
_TIME_TOKEN = re.compile(r"\d{1,2}(?:[:.h]\d{2}){1,2}(?:[ap]\.?m\.?|h)?", re.IGNORECASE)
"""A time of day as one word: "10:14", "21h05", "1:23p.m.", "10:14h" (Spanish)."""
_EDGE_PUNCT = ".,:;()[]·•|-–—/"
ANY_TIME = dt.datetime(9999, 12, 31, tzinfo=dt.timezone.utc)
"""Reference time for finding where relative dates are printed (not their value)."""


@functools.lru_cache(maxsize=4)
def _stamp_words(lexicon: MetaLexicon) -> frozenset[str]:
    """Words a time stamp may hold besides its dates: cues, weekdays, zones, links."""
    words: set[str] = set(DATE_LINK_WORDS) | {"a.m", "p.m", "pm"}
    for cue in lexicon.published_cues | lexicon.updated_cues:
        words.update(cue.split())
    words.update(lexicon.weekdays, lexicon.zones_fixed, lexicon.zones_generic)
    for zone in lexicon.zones_spelled_out:  # "Eastern Standard Time", "Heure normale de l'Est"
        words.update(zone.split())
    return frozenset(words)


@functools.lru_cache(maxsize=4)
def _cue_words(lexicon: MetaLexicon) -> frozenset[str]:
    """The word that makes a published or updated cue ("posted", "last *updated*")."""
    return frozenset(cue.split()[-1] for cue in lexicon.published_cues | lexicon.updated_cues)


_SPACED_CLOCK = re.compile(r"\b(\d{1,2}) h (\d{2})\b")
"""French clock times printed with spaces: "21 h 05"."""
_CLOCK_WORDS = frozenset({"uhr"})
"""Words that make a number a time of day ("21:15 Uhr"), like a zone does."""
_STAMP_SPLIT = re.compile(r"[\s;|]+")
"""Where a printed stamp splits into words ("AM;Posted" is two)."""


def _is_cued_time(text: str, lexicon: MetaLexicon) -> bool:
    """ "Updated at 1:23 p.m. ET", "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM":
    published or updated cues, each with at most one time of day and a month and
    day with no year (the page prints the year elsewhere), nothing else. A time
    alone is left: it may be a row of a schedule; so is a month and day with no
    time ("Nov 19" may head a list of events). A time and its zone alone, "12:15
    BST", "2:41 p.m. ET", is a live blog's entry stamp: a schedule's row names its
    event."""
    text = _SPACED_CLOCK.sub(r"\1h\2", text)  # "Mis à jour à 21 h 05"
    if " " not in text:
        return False  # a cue and a time are two words at least
    allowed = _stamp_words(lexicon)
    cues = _cue_words(lexicon)
    times = cued = months = days = zoned = 0
    for word in _STAMP_SPLIT.split(text):
        low = word.casefold().strip(_EDGE_PUNCT)
        if not low:
            continue
        if _TIME_TOKEN.fullmatch(low):
            times += 1
        elif low in lexicon.months:  # before the weekdays: "mar" is both
            months += 1
        elif low in allowed:
            cued += low in cues
            # a zone, or "Uhr" after the time ("21:15 Uhr"): the time of a clock
            zoned += (
                low in lexicon.zones_fixed or low in lexicon.zones_generic or low in _CLOCK_WORDS
            )
        elif low.isascii() and low.isdigit() and len(low) <= 2 and 1 <= int(low) <= 31:
            days += 1
        else:
            return False
    if cued == 0 and zoned == 1 and times == 1 and months == days == 0:
        return True  # "12:15 BST"
    return 0 < times <= max(1, cued) and cued > 0 and days <= months <= times


DATE_LIST_MIN_LINES = 3
"""Lines in a row that are each a date and nothing more, with no "Published" or "Updated"
cue, that make a list of the story's (a tour's dates, collection days), not stamps: a
page prints its publication and update stamps on two lines at most, with a cue."""

_AMBIGUOUS_NUMERIC = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(\d{4})(?!\d)")
"""A numeric date whose day and month could be either way round ("11/04/2024")."""


def is_date_only(
    line: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> bool:
    """Whether ``line`` is a time stamp and nothing more: dates (or a relative date),
    with at most cue words, weekdays, times and zones around them.

    Such a line is page furniture wherever it stands (the date of a teaser, of a
    comment, of the story itself printed again), unlike a date inside a
    sentence. Left alone: a line in brackets (an editor's note inside the story,
    "(Published Monday, Nov. 18, 2019)"), two or more dates with no cue word (a
    run of dates such as an exhibition's, "29 November 2018 | 20 January
    2019"), and any line with another word in it (a name, a place, a signature).

    >>> is_date_only("Updated: Tuesday, November 19, 2019 08:38 AM")
    True
    >>> is_date_only("5h ago"), is_date_only("November 19, 2019: the council met")
    (True, False)
    >>> is_date_only("Updated at 1:23 p.m. ET"), is_date_only("1:23 p.m.")
    (True, False)
    >>> is_date_only("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")
    True
    >>> is_date_only("Published: 11/04/2024 - 15:22")  # no date read, but a stamp
    True
    """
    text = line.strip()
    numbered = _LIST_NUMBER.match(text)  # "3. 18 Nov 2019, 4:33pm"
    if numbered is not None:
        text = text[numbered.end() :]
    if not text or len(text) > DATE_ONLY_MAX_CHARS or text[0] in "([":
        return False
    lex = lexicon or meta_lexicon()
    found = find_dates(text, language=language, lexicon=lex)
    if has_relative(text, language=language, lexicon=lex):
        # "Feb 27, 2025 7:42 AM EST · Updated 2 hours ago": a date and a relative one
        relative = find_relative(text, ANY_TIME, language=language, lexicon=lex, coarse=True)
        found = sorted(
            [
                *found,
                *(
                    r
                    for r in relative
                    if not any(r.start < d.end and d.start < r.end for d in found)
                ),
            ],
            key=lambda d: d.start,
        )
    if not found and _AMBIGUOUS_NUMERIC.search(text) is not None:
        # "Published: 11/04/2024 - 15:22": no date is read from it (day and month could
        # be either way round), but it is one; read the line with the day made plain
        text = _AMBIGUOUS_NUMERIC.sub(r"13\2\3\2\4", text)
        found = find_dates(text, language=language, lexicon=lex)
    if not found:
        return _is_cued_time(text, lex)
    if len(found) > 1 and all(d.kind == "plain" for d in found):
        return False
    allowed = _stamp_words(lex)
    # "Wed, 21 February 2024 at 9:31 am AEDT·2-min read": the reading time beside it
    rest = _READING_TIME.sub(" ", outside_dates(text, found))
    for word in rest.split():
        low = word.casefold().strip(_EDGE_PUNCT)
        if not low or low in allowed:
            continue
        if not _TIME_TOKEN.fullmatch(low):
            return False
    return True


_READING_TIME = re.compile(
    r"(?<!\w)\d{1,3}[ \t-]?(?:min|mins|minutes?|minuten|minutos|minuti)\.?[ \t-]?"
    r"(?:read|reading|de lecture|de lectura|di lettura|de leitura|leestijd|lesezeit|lesedauer)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""A reading time printed beside the date ("2-min read", "5 min de lecture", "3 Min.
Lesezeit"): no word of the story."""


# -- relative dates ----------------------------------------------------------

_UNIT_DELTA = {
    "second": dt.timedelta(seconds=1),
    "minute": dt.timedelta(minutes=1),
    "hour": dt.timedelta(hours=1),
    "day": dt.timedelta(days=1),
    "week": dt.timedelta(weeks=1),
}
_COARSE_DELTA = {"month": dt.timedelta(days=30), "year": dt.timedelta(days=365)}
"""Months and years ago, read only to find a stamp's words ("Updated 6 years ago"):
too coarse to give a publication date."""


@functools.lru_cache(maxsize=32)
def _relative_patterns(lexicon: MetaLexicon, language: str) -> tuple[re.Pattern[str], ...]:
    words = lexicon.words(language)
    count = rf"(?P<n>\d{{1,3}}|{alternation(words.one)})"
    unit = rf"(?P<u>{alternation(words.units)})\.?"
    out: list[re.Pattern[str]] = []
    if words.ago_before:
        out.append(
            re.compile(rf"{alternation(words.ago_before)}[ \t]+{count}[ \t]*{unit}", re.IGNORECASE)
        )
    if words.ago_after:
        out.append(
            re.compile(rf"{count}[ \t]*{unit}[ \t]+{alternation(words.ago_after)}", re.IGNORECASE)
        )
    # "Today 12:01 AM", "Today at 12:01", "Yesterday": a day word alone or before a
    # time, not "Today's Paper"
    out.append(
        re.compile(
            rf"(?P<day>{alternation(_curled(words.today + words.yesterday))})"
            rf"(?=[ \t,]*(?:(?:{alternation(_DAY_TIME_LINKS)})[ \t]+)?(?:$|\d))",
            re.IGNORECASE,
        )
    )
    return tuple(out)


def find_relative(
    line: str,
    now: dt.datetime,
    *,
    language: str | None = None,
    lexicon: MetaLexicon | None = None,
    coarse: bool = False,
) -> list[FoundDate]:
    """Relative dates in ``line`` ("2 hours ago", "vor 3 Tagen", "hier"), resolved against ``now``.

    Minutes and hours give a datetime when ``now`` carries a time zone, else
    the date; days, weeks, "today" and "yesterday" give a date. Months and years
    ago ("Updated 6 years ago") give none, unless ``coarse``: then a rough one, for
    callers that only want to know where the stamp stands.

    >>> now = dt.datetime(2019, 11, 20, 12, 0, tzinfo=dt.timezone.utc)
    >>> [d.iso for d in find_relative("Updated 2 hours ago", now)]
    ['2019-11-20T10:00:00+00:00']
    >>> [d.iso for d in find_relative("vor 3 Tagen", now, language="de")]
    ['2019-11-17']
    """
    lex = lexicon or meta_lexicon()
    words = lex.words(language)
    seen: set[tuple[int, int]] = set()
    out: list[FoundDate] = []
    for lang in dict.fromkeys(("en", words.code)):
        for pat in _relative_patterns(lex, lang):
            for m in pat.finditer(line):
                if (m.start(), m.end()) in seen:
                    continue
                seen.add((m.start(), m.end()))
                found = _resolve_relative(m, now, lex.words(lang), coarse=coarse)
                if found is not None:
                    kind = _cue_before(line[: m.start()], lex)
                    out.append(FoundDate(m.start(), m.end(), found[0], found[1], kind, "relative"))
    out.sort(key=lambda d: d.start)
    return out


@functools.lru_cache(maxsize=16)
def _relative_hint(lexicon: MetaLexicon, language: str) -> re.Pattern[str]:
    """Any word a relative date needs ("ago", "vor", "today" …): a cheap first test."""
    ago, day, _ = _relative_words(lexicon, ("en", language))
    return re.compile(alternation(ago | day), re.IGNORECASE)


def _relative_words(
    lexicon: MetaLexicon, languages: Iterable[str]
) -> tuple[set[str], set[str], set[str]]:
    """The words of relative dates in ``languages``: of "ago" ("hace", "vor", "il y
    a"), of "today" and "yesterday" ("hoy", "hier"), and the units ("hours")."""
    ago: set[str] = set()
    day: set[str] = set()
    units: set[str] = set()
    for lang in languages:
        w = lexicon.words(lang)
        ago.update(w.ago_before, w.ago_after)
        day.update(_curled(w.today + w.yesterday))
        units.update(w.units)
    return ago, day, units


def _curled(words: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` and, for those with an apostrophe, their spelling with the curly one
    the quote normaliser prints ("aujourd'hui", "aujourd’hui")."""
    return words + tuple(w.replace("'", "’") for w in words if "'" in w)


@functools.lru_cache(maxsize=4)
def relative_word_patterns(
    languages: tuple[str, ...], lexicon: MetaLexicon | None = None
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of the "ago" words, the "today"/"yesterday" words and the units of
    relative dates in ``languages``: cheap first tests before reading a stamp."""
    ago, day, units = _relative_words(lexicon or meta_lexicon(), languages)
    return (
        re.compile(alternation(ago), re.IGNORECASE),
        re.compile(alternation(day), re.IGNORECASE),
        re.compile(alternation(units), re.IGNORECASE),
    )


def has_relative(
    line: str, *, language: str | None = None, lexicon: MetaLexicon | None = None
) -> bool:
    """Whether ``line`` prints a relative date ("2 hours ago"), resolvable or not.

    >>> has_relative("Published 1 day ago"), has_relative("Published")
    (True, False)
    """
    lex = lexicon or meta_lexicon()
    words = lex.words(language)
    if _relative_hint(lex, words.code).search(line) is None:
        return False
    return any(
        pat.search(line) is not None
        for lang in dict.fromkeys(("en", words.code))
        for pat in _relative_patterns(lex, lang)
    )


def _resolve_relative(
    m: re.Match[str], now: dt.datetime, words: LanguageWords, *, coarse: bool = False
) -> tuple[dt.date, str] | None:
    if m.groupdict().get("day"):
        back = 1 if m["day"].casefold().replace("’", "'") in words.yesterday else 0
        day = now.date() - dt.timedelta(days=back)
        return day, day.isoformat()
    n_text = m["n"].casefold()
    n = int(n_text) if n_text.isdigit() else 1
    unit = words.units.get(m["u"].casefold())
    if unit is None:
        return None
    delta = _UNIT_DELTA.get(unit) or (_COARSE_DELTA.get(unit) if coarse else None)
    if delta is None:
        return None  # "6 years ago": a stamp, but too coarse to give a publication date
    moment = now - n * delta
    if unit in ("second", "minute", "hour") and now.tzinfo is not None:
        return moment.date(), moment.replace(second=0, microsecond=0).isoformat()
    return moment.date(), moment.date().isoformat()
