"""Match whole lines and line openings against the phrase lexicons.

Lines are folded to a *key* before lookup: case folded, typographic quotes and
dashes made plain, runs of spaces collapsed, a space before a colon dropped,
and non-alphanumeric characters stripped from both ends (bullets, arrows,
asterisks, "»"). Whole-line cues are then a ``dict`` lookup and openings a
lookup by first word, so matching costs the same however many phrases there
are, and no pattern can backtrack.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from newsclean import lexicons

__all__ = [
    "CueIndex",
    "box_headers",
    "cue_index",
    "is_browser_dump",
    "line_key",
    "pointer_cues",
    "story_note_openings",
    "thread_headers",
]

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        # "İ" lowers to "i" and a combining dot: Turkish "İlgili Haberler" is the
        # lexicons' "ilgili haberler"
        "\u0307": None,
    }
)
_FINAL_PUNCT = ".:!? "
_KEEP_AT_END = frozenset(".:!?")


LINK_MARK = re.compile(r"\[\d{1,4}\]")
"""The number a text browser (lynx, w3m) prints before each link: "[13]Share"."""
_BRACKETED_ROW = re.compile(r"(?:\[[^\[\]\s][^\[\]\n]{0,298}\][ \t]*){1,12}")
"""A line of bracketed items alone ("[Accept] [Reject]"), unpadded (a list of sources
printed "[ Example News ]" is no browser's)."""
BROWSER_MARKS_MIN = 3
"""Lines with a link's number ("[12]Home") that make a text a text browser's dump
(lynx, w3m): one or two may be a story's citations."""
BROWSER_ROWS_MIN = 2
"""Rows of two bracketed buttons or more ("[Menú] [Buscar]") that make a text a text
browser's dump without link numbers (w3m); a transcript's "[Laughter]" is one item."""


def is_browser_dump(texts: Iterable[str]) -> bool:
    """Whether the lines ``texts`` read as a text browser's dump of a page, where a
    picture prints as its alt text in brackets and headings as lines of their own (see
    :data:`BROWSER_MARKS_MIN`, :data:`BROWSER_ROWS_MIN`)."""
    marks = rows = 0
    for raw in texts:
        text = raw.strip()
        if LINK_MARK.search(text):
            marks += 1
        elif text.count("[") >= 2 and _BRACKETED_ROW.fullmatch(text):
            rows += 1
        if marks >= BROWSER_MARKS_MIN or rows >= BROWSER_ROWS_MIN:
            return True
    return False


QUOTATION_MARKS = frozenset('"“”«»„')
"""Double quotation marks of every style: a line holding one quotes somebody (single
marks double as apostrophes: "Oilers’", "Don’t")."""
SPEECH = re.compile(
    r"\b(?:said|says|told|added|according to|sagte|sagt|erklärte|a déclaré|a dit|selon"
    r"|dijo|afirmó|según|ha detto|secondo|disse|afirmou|zei|volgens)\b",
    re.IGNORECASE,
)
"""Words that report speech, in the lexicons' languages: a line holding one is a
sentence of the story ("…, the ministry said."), no caption or contact note."""


ICON_MARK = re.compile(r"\[[^\[\]\s\d]{1,2}\]")
"""An icon's letter or symbol a text renderer prints in brackets before a button's
word: "[f] Share", "[in] Share", "[✉] Email"."""


def line_key(text: str, lower: str | None = None) -> str:
    """The folded form of a line used for cue lookups (``lower``: ``text.lower()``, if
    the caller has it already).

    >>> line_key("  LEAVE A REPLY »")
    'leave a reply'
    >>> line_key("[f] Share   [x] Post   [✉] Email")
    'share post email'
    >>> line_key("MORE : Russia says UK is escalating war")
    'more: russia says uk is escalating war'
    >>> line_key("Your email address will not be published. Required fields are marked *")
    'your email address will not be published. required fields are marked'
    """
    key = text.lower() if lower is None else lower
    if "[" in key:
        # a text browser's link numbers ("[13]Share") and icons ("[f] Share")
        key = ICON_MARK.sub("", LINK_MARK.sub("", key))
    if not key.isascii():
        key = key.translate(_FOLD)
    key = " ".join(key.split())
    if " :" in key:
        key = key.replace(" :", ":")
    # strip what is not a letter or digit from both ends (bullets, arrows,
    # asterisks), keeping a final .:!? which some cues need; a loop from
    # each end touches only the few characters it strips
    start, end = 0, len(key)
    while start < end and not key[start].isalnum():
        start += 1
    while end > start and not key[end - 1].isalnum() and key[end - 1] not in _KEEP_AT_END:
        end -= 1
    return key[start:end]


GLUED_MIN_WORDS = 3
GLUED_MAX_WORDS = 6
GLUED_CUE_MAX_WORDS = 3
"""Buttons run together on one line: three to six words, each button of three or fewer,
one of two words or more ("Subscribe Log in"); two one-word cues side by side are as
often a crosshead ("Next Door", "Home Video", "Live Report")."""


@attrs.frozen(slots=True)
class CueIndex:
    """Compiled lookups for a set of languages (and the user's own phrases)."""

    lines: dict[str, str]
    """line key -> label"""
    prefixes: dict[str, tuple[tuple[str, str], ...]]
    """first word of a prefix key -> ((prefix key, label), ...)"""

    def match_line(self, key: str) -> str | None:
        """Label of a whole-line cue equal to ``key`` (final ``.:!?`` ignored), if any."""
        return self.lines.get(key.rstrip(_FINAL_PUNCT))

    def match_glued(self, key: str) -> str | None:
        """Label of the first of two or more whole-line cues printed as one line
        ("subscribe log in", "sign in register"): buttons a page's text lost the
        breaks between. ``None`` unless every word belongs to one of them."""
        words = key.split()
        n = len(words)
        if not GLUED_MIN_WORDS <= n <= GLUED_MAX_WORDS:
            return None
        # ends[i]: the label of the first cue of a split of words[:i] into cues, if any
        ends: list[str | None] = [None] * (n + 1)
        ends[0] = ""
        lines = self.lines
        long_cue = False
        for i in range(1, n + 1):
            for j in range(max(0, i - GLUED_CUE_MAX_WORDS), i):
                if ends[j] is None or (j == 0 and i == n):
                    continue  # the whole line as one cue is match_line's case
                label = lines.get(" ".join(words[j:i]).rstrip(_FINAL_PUNCT))
                if label is not None:
                    ends[i] = ends[j] or label
                    long_cue = long_cue or i - j > 1
                    break
            if i == GLUED_CUE_MAX_WORDS and not any(ends[1:i]) and ends[i] is None:
                return None  # no button opens the line: most lines end here
        return (ends[n] or None) if long_cue else None

    def match_prefix(self, key: str) -> str | None:
        """Label of the longest opening cue that ``key`` starts with, if any."""
        found = self.longest_prefix(key)
        return found[1] if found else None

    def longest_prefix(self, key: str) -> tuple[str, str] | None:
        """(prefix key, label) of the longest opening cue ``key`` starts with, if any.

        A cue ending with a colon matches with a pipe in its place too ("Lire aussi |
        …", "Read more | …"): sites print either after a label."""
        best = self._longest_prefix(key)
        if best is None and key.find(" | ", 0, PIPE_LABEL_CHARS) >= 0:  # no slice a line
            head, _, rest = key.partition(" | ")
            colon = self._longest_prefix(f"{head}: {rest}")
            if colon is not None and colon[0] == f"{head}:":
                best = colon
        return best

    def _longest_prefix(self, key: str) -> tuple[str, str] | None:
        first = key.split(" ", 1)[0]
        best: tuple[str, str] | None = None
        for candidates in (self.prefixes.get(first, ()), self.prefixes.get(first.rstrip(":"), ())):
            for prefix, label in candidates:
                if (
                    key.startswith(prefix)
                    and (
                        len(key) == len(prefix)
                        or not key[len(prefix)].isalnum()
                        or prefix[-1] == ":"
                    )
                    and (best is None or len(prefix) > len(best[0]))
                ):
                    best = (prefix, label)
        return best


PIPE_LABEL_CHARS = 30
"""A label before a pipe is short: "lire aussi", "read more"."""


def build_index(
    languages: Iterable[str],
    *,
    extra_lines: Iterable[tuple[str, str]] = (),
) -> CueIndex:
    """Compile the lexicons of ``languages`` plus ``(phrase, label)`` pairs."""
    lines: dict[str, str] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for lang in languages:
        module = lexicons.load(lang)
        for label, phrases in module.LINES.items():
            for phrase in phrases:
                lines.setdefault(line_key(phrase).rstrip(_FINAL_PUNCT), label)
        # a heading over other stories ("You may like", "Ti potrebbe interessare") is a
        # related line by itself wherever it stands, whatever comes under it
        for phrase in getattr(module, "TEASER_HEADERS", ()):
            lines.setdefault(line_key(phrase).rstrip(_FINAL_PUNCT), "related")
        for label, phrases in module.PREFIXES.items():
            for phrase in phrases:
                key = line_key(phrase) + (":" if phrase.rstrip().endswith(":") else "")
                key = key.replace("::", ":")
                first = key.split(" ", 1)[0].rstrip(":")
                prefixes.setdefault(first, []).append((key, label))
    for phrase, label in extra_lines:
        lines[line_key(phrase).rstrip(_FINAL_PUNCT)] = label
    return CueIndex(lines, {k: tuple(v) for k, v in prefixes.items()})


@functools.lru_cache(maxsize=8)
def cue_index(languages: tuple[str, ...] = lexicons.LANGUAGES) -> CueIndex:
    """The compiled cue index for ``languages`` (built once, then cached)."""
    return build_index(languages)


def _lexicon_keys(attribute: str) -> tuple[str, ...]:
    """The keys of one phrase list (``BOX_HEADERS``, ``FOLLOW_OPENINGS`` …) in every
    lexicon language that has it, in language order."""
    return tuple(
        line_key(phrase)
        for lang in lexicons.LANGUAGES
        for phrase in getattr(lexicons.load(lang), attribute, ())
    )


@functools.lru_cache(maxsize=1)
def more_words() -> frozenset[str]:
    """First words of a heading over other stories ("More World News", "Weitere
    Artikel"), in every lexicon language."""
    return frozenset(_lexicon_keys("MORE_WORDS"))


@functools.lru_cache(maxsize=1)
def link_prompts() -> frozenset[str]:
    """Keys of the prompts that point to another page ("Read more", "Lire la suite"), in
    every lexicon language."""
    return frozenset(_lexicon_keys("LINK_PROMPTS"))


@functools.lru_cache(maxsize=1)
def newsletter_words() -> frozenset[str]:
    """Words naming a newsletter ("newsletter", "nieuwsbrief"), in every lexicon
    language."""
    return frozenset(_lexicon_keys("NEWSLETTER_WORDS"))


@functools.lru_cache(maxsize=1)
def frequency_words() -> frozenset[str]:
    """Words that say how often something arrives ("every", "chaque", "jeden"), in
    every lexicon language."""
    return frozenset(_lexicon_keys("FREQUENCY_WORDS"))


@functools.lru_cache(maxsize=1)
def pointer_cues() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """What makes a line a pointer to a link, in every lexicon language: (the words
    for "here" that end it, openings before such an end, endings whatever opens it)."""
    return (
        frozenset(_lexicon_keys("POINTER_HERE_WORDS")),
        tuple(k + " " for k in _lexicon_keys("POINTER_OPENINGS")),
        tuple(" " + k for k in _lexicon_keys("POINTER_ENDINGS")),
    )


@functools.lru_cache(maxsize=1)
def story_note_openings() -> tuple[str, ...]:
    """Keys of the openings of a newsroom's note on its story ("Correction:", "Editor's
    note:", "Berichtigung:"), in every lexicon language."""
    return _lexicon_keys("STORY_NOTE_OPENINGS")


@functools.lru_cache(maxsize=1)
def box_headers() -> tuple[str, ...]:
    """Keys of the endings of explainer-box headers in every lexicon language."""
    return _lexicon_keys("BOX_HEADERS")


@functools.lru_cache(maxsize=1)
def key_point_headers() -> frozenset[str]:
    """Keys of the headings of a story's box of key points ("Key points", "Das
    Wichtigste in Kürze"), in every lexicon language."""
    return frozenset(_lexicon_keys("KEY_POINT_HEADERS"))


@functools.lru_cache(maxsize=1)
def thread_headers() -> frozenset[str]:
    """Keys of the headings over readers' comment threads, in every lexicon language."""
    return frozenset(_lexicon_keys("THREAD_HEADERS"))


_OPEN_HEADER_ENDS = frozenset(
    {"from", "in", "on", "aus", "von", "de", "about", "über", "da", "do", "uit", "sobre", "è"}
    | {"en", "em", "thema", "zu", "zum", "zur", "di", "by"}
)
"""Last words of a heading that goes on with a name ("More from The Example Times",
"More in Politics", "More by Jane Doe", "Mehr aus Berlin", "Mehr zur OB-Wahl",
"Popular on Example News", "About Example
Corp", "À propos de l'auteur", "Acerca da Example", "Sobre Jane Doe", "Meer nieuws
uit Rotterdam"). Not the Dutch "Over": an English crosshead ("Over Christmas") reads
the same. "Mehr zum Thema" and "Mehr zum" take their topic after them ("Mehr zum Thema
Klima", "Mehr zum Hochwasser"), "Weitere Nachrichten zu" a company's name.
"Sobre" and "Chi è" open interview crossheads too ("Sobre Ucrania"): see
``NAMED_ABOUT_OPENINGS``."""

NAMED_ABOUT_OPENINGS = ("sobre ", "chi è ")
"""About openings that a story's crosshead uses too: they head an about box only over
a short box that names what the heading names ("Sobre Carlos Nadalim" / "Pai de …,
Carlos Nadalim é coordenador …")."""


def _headings(attribute: str) -> tuple[frozenset[str], tuple[str, ...]]:
    keys = _lexicon_keys(attribute)
    openings = tuple(k + " " for k in keys if k.rsplit(" ", 1)[-1] in _OPEN_HEADER_ENDS)
    return frozenset(keys), openings


@functools.lru_cache(maxsize=1)
def teaser_headers() -> tuple[frozenset[str], tuple[str, ...]]:
    """Keys of the headings over lists of other stories, in every lexicon language:
    (whole headings, openings that a site or section name follows)."""
    return _headings("TEASER_HEADERS")


@functools.lru_cache(maxsize=1)
def about_headers() -> tuple[frozenset[str], tuple[str, ...]]:
    """Keys of the headings of "About the company / the author" boxes, in every
    lexicon language: (whole headings, openings that a name follows)."""
    return _headings("ABOUT_HEADERS")


SOCIAL_NETWORKS = frozenset(
    {
        "facebook",
        "twitter",
        "instagram",
        "youtube",
        "linkedin",
        "tiktok",
        "pinterest",
        "snapchat",
        "whatsapp",
        "telegram",
        "threads",
        "mastodon",
        "bluesky",
        "flipboard",
    }
)
"""Names of social networks, as they appear in follow prompts."""


@functools.lru_cache(maxsize=1)
def follow_openings() -> tuple[str, ...]:
    """Keys of the openings of follow prompts, in every lexicon language."""
    return tuple(key + " " for key in _lexicon_keys("FOLLOW_OPENINGS"))


@functools.lru_cache(maxsize=1)
def contact_openings() -> tuple[str, ...]:
    """Keys of the openings of write-to lines, in every lexicon language."""
    # the opening ends with a blank or its colon ("Schreiben Sie uns: leserbriefe@…")
    return tuple(key + end for key in _lexicon_keys("CONTACT_OPENINGS") for end in (" ", ":"))


@functools.lru_cache(maxsize=1)
def counter_nouns() -> dict[str, str]:
    """Keys of the nouns pages count ("comments", "shares", "min read") in every
    lexicon language, each with the label of a line that counts it."""
    nouns: dict[str, str] = {}
    for lang in lexicons.LANGUAGES:
        for label, words in getattr(lexicons.load(lang), "COUNTER_NOUNS", {}).items():
            for word in words:
                nouns.setdefault(line_key(word), label)
    return nouns


@functools.lru_cache(maxsize=1)
def reading_time_cues() -> tuple[str, ...]:
    """Keys of the openings of reading-time lines, in every lexicon language."""
    return _lexicon_keys("READING_TIME_CUES")


@functools.lru_cache(maxsize=1)
def contact_headers() -> tuple[frozenset[str], tuple[str, ...]]:
    """Keys of the headings over press contacts ("Media contact", "Pressekontakt"), in
    every lexicon language: (whole headings, openings that a name follows)."""
    return _headings("CONTACT_HEADERS")


@functools.lru_cache(maxsize=1)
def tail_heading_words() -> frozenset[str]:
    """First words of every teaser, about and contact heading (whole or opening), in
    every lexicon language: a line opening with another word is none, whatever follows."""
    words: set[str] = set()
    for whole, openings in (teaser_headers(), about_headers(), contact_headers()):
        words.update(k.split(" ", 1)[0] for k in (*whole, *openings))
    return frozenset(words)


@functools.lru_cache(maxsize=1)
def share_button_words() -> frozenset[str]:
    """Words of share buttons ("email", "print", "teilen") in every lexicon language:
    they come between the network names of a share bar."""
    return frozenset(_lexicon_keys("SHARE_BUTTON_WORDS"))


@functools.lru_cache(maxsize=1)
def side_button_words() -> frozenset[str]:
    """Words of the buttons a share bar holds beside its share buttons ("comentar",
    "guardar", "ouvir"), in every lexicon language: they count as the bar's only on a
    line with a share button ("Comments on Twitter" is a crosshead)."""
    return frozenset(_lexicon_keys("SIDE_BUTTON_WORDS"))


@functools.lru_cache(maxsize=1)
def weather_words() -> frozenset[str]:
    """Weather conditions in every lexicon language ("fine", "bewölkt", "despejado"):
    beside a temperature, a weather widget's reading."""
    return frozenset(_lexicon_keys("WEATHER_WORDS"))


@functools.lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    """Names of site sections and menu items in every lexicon language ("news",
    "sport", "cronaca"): a line of them run together is a menu."""
    return frozenset(_lexicon_keys("SECTION_WORDS"))


@functools.lru_cache(maxsize=1)
def follow_objects() -> frozenset[str]:
    """Whom a follow prompt asks to follow when not a name ("us", "our", "uns"), in
    every lexicon language."""
    return frozenset(_lexicon_keys("FOLLOW_OBJECTS"))
