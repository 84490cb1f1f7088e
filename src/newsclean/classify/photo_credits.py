"""Read photo credits: which words of a line are a credit, and which agency it names.

A credit is a short run of names joined by slashes, bars, commas or "via"
("REUTERS/Jane Roe", "Sputnik / Jo Bloggs / Kremlin via REUTERS",
"Jane Roe, AP", "AFP via Getty Images"). :func:`parse_credit` decides
whether a stretch of text reads as one, trims what a credit carries but is
not (wire editors' notes, "file", trailing full stops) and names the agencies
it recognises from :mod:`newsclean.lexicons.credits`.

All patterns are compiled once per set of user agencies (:func:`credit_vocab`)
and are literal alternations or bounded repetitions: none can backtrack.

>>> v = credit_vocab()
>>> text = "REUTERS / Alexander Ermochenko ATTENTIVE EDITORS - THIS PICTURE WAS PROVIDED"
>>> c = parse_credit(v, text, 0, len(text), strict=True)
>>> text[c.start : c.end], c.agency
('REUTERS / Alexander Ermochenko', 'Reuters')
>>> parse_credit(v, "Reuters could not verify it", 0, 27, strict=True) is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from newsclean.lexicons import credits as lex

__all__ = ["Credit", "CreditVocab", "credit_vocab", "parse_credit"]

MAX_CREDIT = 120
"""Longest credit accepted ("Name Surname/Agency via Other Agency for Client")."""
MAX_CREDIT_WORDS = 16

TOKEN = re.compile(r"\w+")
"""Words as the cheap pre-checks see them."""


@attrs.frozen(slots=True)
class CreditVocab:
    """The credit lexicon compiled for matching (built by :func:`credit_vocab`)."""

    agency: re.Pattern[str]
    spellings: dict[str, tuple[str, str]]
    """lower-case spelling -> (canonical name, spelling as written)"""
    photo: frozenset[str]
    """canonical names of picture agencies"""
    ambiguous: frozenset[str]
    """lower-case spellings that need a slash or a label to count"""
    agency_words: frozenset[str]
    label_words: frozenset[str]
    """first words of credit labels"""
    source_words: frozenset[str]
    label_at: re.Pattern[str]
    """a credit label and its separator (colon, ellipsis, or a space after by/via/of)"""
    source_at: re.Pattern[str]
    caption_at: re.Pattern[str]
    video_prefix: re.Pattern[str]
    gallery_lines: frozenset[str]
    video_lines: frozenset[str]
    plural_labels: frozenset[str]
    label_only: frozenset[str]
    cues: tuple[str, ...]
    abbreviations: frozenset[str]
    corporate: frozenset[str]
    triggers: frozenset[str]
    """every word whose presence makes a block worth a closer look"""


@attrs.frozen(slots=True)
class Credit:
    """Where a credit sits in a text and what it names."""

    start: int
    end: int
    agency: str | None
    """Canonical names of the agencies it names, in order, joined by " / "."""
    has_person: bool
    """Whether a name other than an agency's remains (a photographer, a source)."""
    full_name: bool
    """Whether some part between separators holds two or more such names ("Jane Roe")."""
    has_photo_agency: bool
    joined: bool
    """Whether names are joined by a slash, a bar or "via" (the wire-credit shape)."""


def _alternation(phrases: Iterable[str]) -> str:
    unique = sorted({p.lower() for p in phrases}, key=lambda p: (-len(p), p))
    return "|".join(re.escape(p).replace(r"\ ", r"\s") for p in unique)


def _all(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [p for phrases in table.values() for p in phrases]


def _first_word(phrase: str) -> str:
    tokens = TOKEN.findall(phrase.lower())
    return tokens[0] if tokens else ""


def _longest_word(phrase: str) -> str:
    tokens = TOKEN.findall(phrase.lower())
    return max(tokens, key=len) if tokens else ""


@functools.lru_cache(maxsize=16)
def credit_vocab(extra_agencies: tuple[str, ...] = ()) -> CreditVocab:
    """Compile the credit lexicon (once per tuple of extra agency names)."""
    spellings: dict[str, tuple[str, str]] = {}
    for table in (lex.WIRE_AGENCIES, lex.PHOTO_AGENCIES):
        for canonical, names in table.items():
            for name in names:
                spellings.setdefault(name.lower(), (canonical, name))
    for name in extra_agencies:
        if name.strip():
            spellings.setdefault(name.strip().lower(), (name.strip(), name.strip()))
    agency = re.compile(rf"(?<![\w-])(?:{_alternation(spellings)})(?![\w-])", re.IGNORECASE)

    credit_labels = _all(lex.CREDIT_LABELS)
    # labels that run into the name with a word for "by": "Photo by …", "Foto di …", "Foto von …"
    spaced = [
        p for p in credit_labels if p.split()[-1] in {"by", "via", "of", "courtesy", "di", "von"}
    ]
    spaced.append("image copyright")
    colon = [p for p in credit_labels if p not in spaced]
    # "Image source, Getty Images" / "Image copyright Getty Images": a broadcaster's
    # credit under its picture, a comma or nothing after the label
    spaced.append("image source")
    # "Photo AFP", "FOTO ANSA": a label run into an agency's name without a colon
    # (French and Italian papers print credits so); before any other name it is a
    # sentence ("Photo opportunities abound")
    label_at = re.compile(
        rf"(?P<label>{_alternation(colon)})\s?(?::|\.\.\.|…)\s?"
        rf"|(?P<spaced>{_alternation(spaced)}),?\s"
        rf"|(?P<bare>{_alternation(colon)})\s(?=(?:{_alternation(spellings)})(?![\w-]))"
        r"|(?P<copy>©)\s?",
        re.IGNORECASE,
    )
    source_labels = _all(lex.SOURCE_LABELS)
    source_at = re.compile(rf"(?:{_alternation(source_labels)})\s?:\s?", re.IGNORECASE)
    caption_labels = _all(lex.CAPTION_LABELS)
    bare_caption = [p for p in caption_labels if p.endswith(" caption")]
    caption_at = re.compile(
        rf"(?:{_alternation(caption_labels)})\s?[:–—-]\s?|(?:{_alternation(bare_caption)}),?\s(?=\S)",
        re.IGNORECASE,
    )
    video_prefix = re.compile(
        rf"(?:{_alternation(_all(lex.VIDEO_PREFIXES))})(?:\s?[:|]|\s[–—-])\s?\S", re.IGNORECASE
    )
    gallery_lines = frozenset(p.lower() for p in _all(lex.GALLERY_LINES))
    video_lines = frozenset(p.lower() for p in _all(lex.VIDEO_LINES))
    agency_words = frozenset(w for s in spellings for w in TOKEN.findall(s))
    label_words = frozenset(_first_word(p) for p in credit_labels)
    source_words = frozenset(_first_word(p) for p in source_labels)
    # One word per phrase is enough to notice it: its longest, the least common.
    triggers = {
        _longest_word(p)
        for p in (
            *spellings,
            *credit_labels,
            *source_labels,
            *caption_labels,
            *gallery_lines,
            *video_lines,
            *_all(lex.VIDEO_PREFIXES),
            *lex.VIDEO_TAGS,
            *lex.PLAYER_LENGTH_WORDS,
            *lex.GALLERY_COUNTER_WORDS,  # "Slide 1 of 24": a counter opening with its word
            "mandatory",
        )
    }
    triggers.discard("")
    return CreditVocab(
        agency=agency,
        spellings=spellings,
        photo=frozenset(lex.PHOTO_AGENCIES),
        ambiguous=frozenset(s.lower() for s in lex.AMBIGUOUS_AGENCIES),
        agency_words=agency_words,
        label_words=label_words,
        source_words=source_words,
        label_at=label_at,
        source_at=source_at,
        caption_at=caption_at,
        video_prefix=video_prefix,
        gallery_lines=gallery_lines,
        video_lines=video_lines,
        plural_labels=frozenset(p.lower() for p in lex.PLURAL_LABELS),
        label_only=frozenset(p.lower() for p in credit_labels if " " not in p),
        cues=tuple(sorted({c.lower() for c in _all(lex.CAPTION_CUES)})),
        abbreviations=frozenset(_all(lex.ABBREVIATIONS)),
        corporate=frozenset(w.lower() for w in lex.CORPORATE_WORDS),
        triggers=frozenset(triggers),
    )


_WIRE_NOTE = re.compile("|".join(re.escape(n) for n in lex.WIRE_NOTES))
"""An editors' note that wire services append after the credit (matched as written)."""
_FILE_MARKER = re.compile(
    # the look-behind starts a match only where a run of separators starts, so
    # a long run is walked once, not once per position (linear)
    r"(?<![\s,/;-])(?:[\s,/;]|-\s)+(?:"
    + "|".join(re.escape(m) for m in lex.FILE_MARKERS)
    + r")\W{0,2}$",
    re.IGNORECASE,
)
_CREDIT_WORD = re.compile(r"[^\s/|,;()\[\]]+")
_LONG_WORD_STOP = re.compile(r"(?<!\w)\w{4,}\.\s")  # from a word's start only: linear
_WORDS = re.compile(r"\w+")
_SEGMENT_SPLIT = re.compile(r"[/|,;()]|\s(?:via|for|and)\s")


def is_wire_note(text: str, pos: int) -> bool:
    """Whether a wire editors' note ("ATTENTIVE EDITORS …") starts at ``pos``."""
    return _WIRE_NOTE.match(text, pos) is not None


def agencies(
    vocab: CreditVocab, value: str, *, strict: bool
) -> tuple[list[str], list[tuple[int, int]], bool]:
    """Canonical agencies named in ``value``, their spans, and whether one is a picture agency.

    Short spellings ("AP", "REX", "dpa") count only as written or in capitals,
    so "Rex Smith" is a person; long ones ("getty") count in any case unless
    ``strict``. Ambiguous spellings ("PA") need a slash when ``strict``.
    """
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    photo = False
    slashed = "/" in value
    for m in vocab.agency.finditer(value):
        found = m.group()
        canonical, written = vocab.spellings[" ".join(found.lower().split())]
        if (
            (len(written) < 5 or strict)
            and found not in (written, written.upper())
            and not _alone_in_title_case(found, written, value)
        ):
            continue
        if strict and not slashed and " ".join(found.lower().split()) in vocab.ambiguous:
            continue
        spans.append(m.span())
        if canonical not in names:
            names.append(canonical)
        photo = photo or canonical in vocab.photo
    return names, spans, photo


TITLE_CASE_AGENCY_MIN_CHARS = 3
"""Letters of an agency's acronym that may be printed in title case ("(Ansa)", "(Efe)")
when it is the whole credit; two letters ("Ap") are too often something else."""


def _alone_in_title_case(found: str, written: str, value: str) -> bool:
    """Whether ``found`` is an agency's acronym printed in title case ("Ansa" for
    "ANSA") and the credit holds nothing else: some papers print "… nel 1994 (Ansa)".
    A title-case acronym beside other words is a name ("Ansa Rossi")."""
    return (
        len(written) >= TITLE_CASE_AGENCY_MIN_CHARS
        and written.isupper()
        and found == written.title()
        and value.strip(" .") == found
    )


def _trim(value: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``value[start:end]`` to the credit: no notes, file markers or edge punctuation."""
    note = _WIRE_NOTE.search(value, start, end)
    if note is not None:
        end = note.start()
    for _ in range(4):
        while end > start and value[end - 1] in " ,;:-–—(/|":
            end -= 1
        if end > start and value[end - 1] == ".":
            words = _WORDS.findall(value[start : end - 1])
            last = words[-1] if words else ""
            initial = end - 2 - len(last) >= start and value[end - 2 - len(last)] == "."
            if len(last) > 3 and not initial:
                end -= 1
                continue
        marker = _FILE_MARKER.search(value, start, end)
        if marker is not None and marker.start() > start:
            end = marker.start()
            continue
        break
    while start < end and value[start] in " :-–—©":
        start += 1
    return start, end


def file_marker_at(value: str, at: int) -> bool:
    """Whether a file marker (" archive", "/File") runs from ``at`` to the end of ``value``."""
    marker = _FILE_MARKER.search(value, at)
    return marker is not None and marker.start() == at


def parse_credit(
    vocab: CreditVocab, value: str, start: int, end: int, *, strict: bool
) -> Credit | None:
    """Read ``value[start:end]`` as a credit, or ``None`` when it reads as prose.

    ``strict`` (no label said "this is a credit"): every word is a name or a
    connector and an agency is named. Otherwise up to two ordinary words may
    appear ("courtesy of the family", "личный архив …").
    """
    raw_end = end
    start, end = _trim(value, start, end)
    credit = value[start:end]
    # "AFP/File": an agency joined to a file marker is a photo credit's shape
    filed = value[end : end + 1] == "/" and file_marker_at(value[:raw_end], end)
    if not credit or len(credit) > MAX_CREDIT or "?" in credit or "!" in credit:
        return None
    words = _CREDIT_WORD.findall(credit)
    if not words or len(words) > MAX_CREDIT_WORDS:
        return None
    names, spans, photo = agencies(vocab, credit, strict=strict)
    lowercase = 0
    for m in _CREDIT_WORD.finditer(credit):
        core = m.group().strip(".:'’\"-–—&+")
        if any(a <= m.start() < b for a, b in spans):
            continue  # an agency as it spells itself ("picture alliance", "dpa")
        if core and core.lower() not in lex.CREDIT_CONNECTORS and core[0].islower():
            lowercase += 1
    if strict:
        if lowercase or ":" in credit or _LONG_WORD_STOP.search(credit):
            return None
    elif lowercase > 2 or 2 * lowercase > len(words):
        return None
    if strict and not names:
        return None
    rest = credit
    for a, b in reversed(spans):
        rest = rest[:a] + " " + rest[b:]
    longest = 0
    for part in _SEGMENT_SPLIT.split(rest):
        named = sum(
            w[:1].isupper() and w.lower() not in lex.CREDIT_CONNECTORS for w in part.split()
        )
        longest = max(longest, named)
    joined = filed or "/" in credit or "|" in credit or " via " in credit
    return Credit(start, end, " / ".join(names) or None, longest > 0, longest > 1, photo, joined)
