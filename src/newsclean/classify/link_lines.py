"""Lines that point elsewhere or credit a source instead of telling the story.

Three shapes that extractors leave after (and sometimes inside) a story and
that no phrase list can name, because their words are the site's own:

* a link line: a short label and web addresses ("More football: https://…",
  "Download: https://…"); a bare address stays, since a post of links (a deals
  list, a reading list) prints its links as its content;
* a source credit: "SOURCE: Al Jazeera and news agencies", "Quelle: dpa";
* a tagged teaser: a headline with a bracketed tag in capitals, the way
  tabloids print links to their other stories inside the text ("Fury at fare
  rise [VIDEO]", "Minister quits [LATEST]");
* a row of numbered links: a text browser's links one after another, each a few
  words, perhaps under a label ("[22]Ekurhuleni [23]Kempton Park [24]Rand Water",
  "Tags: [23]AMI, [24]leakage"): tags, topics or share buttons, no sentence.

Each test is a few C-level calls on one line; all patterns are linear.
"""

from __future__ import annotations

import functools
import re

from newsclean.classify.cues import LINK_MARK
from newsclean.classify.features import LineInfo
from newsclean.lexicons import credits

__all__ = ["is_link_line", "is_link_row", "is_source_credit", "is_tagged_teaser"]

_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"]{1,2000}", re.IGNORECASE)
LINK_LINE_MAX_WORDS = 12
"""A label and two or three addresses; a longer line is a sentence with a link in it."""
LINK_LABEL_MAX_WORDS = 4
"""Words of the label before the first address: "More wire football:", "iTunes:",
"Full report:"; a longer one is a sentence ("Yes, the state really spent half a
million dollars on it: https://…")."""
_JOINERS = frozenset({"and", "or", "&", "|", "/", "-", "–", "—", "·", "•", "+"})
"""What may stand between two addresses of one link line."""
_LEAD = " \t-–—•*·>|+"
"""A list bullet before the label."""


def is_link_line(text: str, info: LineInfo) -> bool:
    """A short label and web addresses: "More wire football:
    https://example.com/football and https://example.com/sports", "Download:
    https://example.com/ep615". A bare address stays: posts of links (deals,
    reading lists) print them as their content.

    >>> from newsclean.classify.features import line_info
    >>> from newsclean.classify.cues import cue_index
    >>> def test(t): return is_link_line(t, line_info(t, cue_index()))
    >>> test("Download: https://example.com/ep615"), test("https://example.com/a")
    (True, False)
    >>> test("The full report is at https://example.com/report, officials said.")
    False
    """
    if info.words > LINK_LINE_MAX_WORDS:
        return False
    pieces = _LINK.split(text)
    if len(pieces) < 2:
        return False
    for gap in pieces[1:]:
        for word in gap.replace(",", " ").split():
            if word.strip(".;:()") and word.strip(".;:()").casefold() not in _JOINERS:
                return False
    head = pieces[0].strip(_LEAD)
    if not head.endswith(":"):
        return False
    words = [w for w in head[:-1].split() if any(c.isalnum() for c in w)]
    # a label has a capital in its first word ("Download:", "iTunes:"); a sentence
    # run into a link in lower case is a post's own text
    return 1 <= len(words) <= LINK_LABEL_MAX_WORDS and any(c.isupper() for c in words[0])


LINK_ROW_MIN_LINKS = 3
"""Numbered links on a line that make it a row of links; two may be a sentence's
("see [12]the report and [13]the reply")."""
LINK_ROW_ITEM_MAX_WORDS = 4
"""Words of one link of a row ("[24]non-revenue water", "[22]Non-League football");
more is a sentence going on between its links."""
LINK_ROW_MAX_STOP_SHARE = 0.2
"""Share of function words a row of links may hold ("Share *this* article:"); a
sentence with links in it holds more."""
_ROW_SEPARATORS = ",;|·•/–—-"


def is_link_row(text: str, info: LineInfo) -> bool:
    """A row of links a text browser numbered, each a few words, with nothing but
    separators between them and at most a short label before the first: "[22]Ekurhuleni
    [23]Kempton Park [24]Rand Water", "Tags: [23]AMI, [24]leakage, [25]smart metering".

    >>> from newsclean.classify.features import line_info
    >>> from newsclean.classify.cues import cue_index
    >>> def test(t): return is_link_row(t, line_info(t, cue_index()))
    >>> test("[13]caribou, [14]Cambridge Bay, [15]Kugluktuk, [16]wildlife")
    True
    >>> test("Read the [12]full report, the [13]council's reply and [14]our story.")
    False
    """
    if info.ends_sentence:
        return False
    parts = LINK_MARK.split(text)
    if len(parts) < LINK_ROW_MIN_LINKS + 1:
        return False
    label = parts[0].strip(_LEAD)
    if label and (not label.endswith(":") or len(label.split()) > LINK_ROW_ITEM_MAX_WORDS):
        return False  # words before the first link: a label with its colon, or a sentence
    # links each closed by a bar are buttons set apart, whatever their words ("[35]Réagir
    # | [36]Imprimer | [37]Augmenter la taille du texte"): no sentence runs on so
    barred = all(part.rstrip().endswith("|") for part in parts[1:-1])
    if not barred and info.stop_share > LINK_ROW_MAX_STOP_SHARE:
        return False
    longest = BARRED_LINK_MAX_WORDS if barred else LINK_ROW_ITEM_MAX_WORDS
    for part in parts[1:]:
        words = [w for w in part.split() if w.strip(_ROW_SEPARATORS)]
        if not words or len(words) > longest:
            return False
    return True


BARRED_LINK_MAX_WORDS = 6
"""Words of one link of a row whose links a bar sets apart: a button's label ("Augmenter
la taille du texte", "Reageer op dit artikel"); a headline runs longer."""


SOURCE_CREDIT_MAX_WORDS = 10
"""A label and a few names: "SOURCE: Al Jazeera and news agencies"."""
SOURCE_NAME_MAX_WORDS = 5
"""Words after the label: a name or two and "news agencies"; a headline runs longer."""
_SOURCE_NOUNS = frozenset(
    {
        "news",
        "agency",
        "agencies",
        "wire",
        "wires",
        "services",
        "reports",
        "staff",
        "agences",
        "agence",
        "agencias",
        "agencia",
        "agenturen",
        "agentur",
        "agenzie",
        "agenzia",
        "agências",
        "agência",
        "agentschappen",
        "агентства",
    }
)
"""Lower-case words a source credit may name besides names: "news agencies"."""
_CONNECTORS = frozenset(
    {"and", "&", "of", "the", "und", "et", "y", "e", "en", "и", "de", "des", "du", "la", "le"}
    | {"del", "da", "do", "dos", "van", "der", "die"}
)
_NAME_WORD = re.compile(r"[^\s,;/]+")
_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}")


@functools.lru_cache(maxsize=1)
def _agency_words() -> frozenset[str]:
    """Agency names written in lower case ("dpa"), folded: a source credit names them."""
    return frozenset(
        spelling.casefold()
        for table in (credits.WIRE_AGENCIES, credits.PHOTO_AGENCIES)
        for spellings in table.values()
        for spelling in spellings
        if " " not in spelling
    )


@functools.lru_cache(maxsize=1)
def _source_words() -> frozenset[str]:
    return frozenset(
        w for phrases in credits.SOURCE_LABELS.values() for w in phrases if w != "copyright"
    )


@functools.lru_cache(maxsize=1)
def _source_starts() -> tuple[str, ...]:
    return tuple(sorted(_source_words()))


@functools.lru_cache(maxsize=1)
def _source_label() -> re.Pattern[str]:
    plural = "|".join(re.escape(w) + "s?" for w in sorted(_source_words()))
    return re.compile(rf"(?:{plural})[ \t]?:[ \t]?", re.IGNORECASE)


def _source_rest(text: str) -> int | None:
    """Where the names of a source credit start: after "Source:" (any case), or after
    "SOURCE" in capitals without a colon (the last line of a wire press release,
    "SOURCE Example Corp")."""
    m = _source_label().match(text)
    if m is not None:
        return m.end()
    first, _, rest = text.partition(" ")
    if (
        first.isupper()
        and first.casefold() in _source_words()
        and rest[:1].isupper()
        and not rest.isupper()  # "SOURCE OF CONTAMINATION FOUND" is a crosshead
    ):
        return len(first) + 1
    return None


def is_source_credit(text: str, info: LineInfo) -> bool:
    """ "SOURCE: Al Jazeera and news agencies", "Sources: Reuters, AFP", "Quelle: dpa":
    a source label and nothing but names, agencies and joining words. "Source: the
    ministry said on Monday that …" names no source and stays.

    >>> from newsclean.classify.features import line_info
    >>> from newsclean.classify.cues import cue_index
    >>> def test(t): return is_source_credit(t, line_info(t, cue_index()))
    >>> test("SOURCE: Al Jazeera and news agencies"), test("Source: the ministry said so")
    (True, False)
    """
    if info.words > SOURCE_CREDIT_MAX_WORDS:
        return False
    if not info.key.startswith(_source_starts()):
        return False  # one C-level test: most lines open otherwise
    first = info.key.split(" ", 1)[0].rstrip(":")
    if first not in _source_words() and first.removesuffix("s") not in _source_words():
        return False
    stripped = text.strip()
    start = _source_rest(stripped)
    if start is None:
        return False
    words = _NAME_WORD.findall(stripped.rstrip(".")[start:])
    if not words or len(words) > SOURCE_NAME_MAX_WORDS:
        return False  # "Sources: Yankees Close To Deal With Juan Soto" is a headline
    for word in words:
        bare = word.strip("().'\"")
        if not bare:
            continue
        if bare[:1].isupper() or bare[:1].isdigit() or _DOMAIN.fullmatch(bare):
            continue  # a name, or a web site named as the source ("Bron: politie.nl")
        folded = bare.casefold()
        if not (folded in _SOURCE_NOUNS or folded in _CONNECTORS or folded in _agency_words()):
            return False
    return True


_TAGGED_TEASER = re.compile(r"[^.!?:;\s]\s{0,3}\[(?P<tag>[A-Z][A-Z ]{1,18}[A-Z])\][\s|]{0,4}$")
TEASER_TAGS = frozenset(
    {"VIDEO", "VIDEOS", "PICTURES", "PICS", "PHOTOS", "GALLERY", "INSIGHT", "REACTION"}
    | {"REVEALED", "LATEST", "LIVE", "UPDATES", "POLL", "QUIZ", "LISTEN", "WATCH", "AUDIO"}
    | {"MAP", "ANALYSIS", "OPINION", "EXCLUSIVE", "INTERVIEW", "READ MORE", "LIVE BLOG"}
    | {"EXPLAINED", "COMMENT", "PODCAST", "FULL STORY", "MORE", "SEE IT", "IN PICTURES"}
)
"""The tags tabloids put on links to their other stories; a transcript's "[APPLAUSE]"
or an agency's "[REUTERS]" is none."""
TAGGED_TEASER_MAX_WORDS = 20
"""A headline and its tag; longer is a paragraph that ends with an editor's note."""


def is_tagged_teaser(text: str, info: LineInfo) -> bool:
    """A headline ending with a tag in capitals in brackets, "Fury at fare rise
    [VIDEO]", "Minister quits over leak [INSIGHT]|": the way tabloids link their other
    stories between a story's paragraphs. A sentence ending with "[sic]" or a
    paragraph ending with "... [UPDATED]" after its full stop stays.

    >>> from newsclean.classify.features import line_info
    >>> from newsclean.classify.cues import cue_index
    >>> def test(t): return is_tagged_teaser(t, line_info(t, cue_index()))
    >>> test("Fury at fare rise [VIDEO]"), test("He said it was final. [UPDATED]")
    (True, False)
    """
    if info.words > TAGGED_TEASER_MAX_WORDS or "[" not in text or text[:1] in "([—–-":
        return False
    m = _TAGGED_TEASER.search(text, max(0, len(text) - 30))
    return m is not None and m["tag"] in TEASER_TAGS
