"""Publisher, section and tags: what the page says about where the story sits.

* Publisher: the holder of a copyright line (``© 2019 Example Media. All
  rights reserved``), the site named in a feed footer (``from News – Metro
  https://…``), or the organisation of a contact address
  (``webnews@metro.co.uk`` in "Get in touch … at …"). The extractor adds
  two more sources: the site name stripped from the page's ``<title>`` and
  an organisation named in the byline.
* Section: a category line (``Categorized as News``, ``Category: Politics``,
  ``Posted in Business``), the last step of a breadcrumb (``Home » Tech »``),
  or a one-to-three word label printed just above the headline (``NEWS``).
* Tags: a tag line (``Tags: Brexit, EU, Trade``, ``Filed under: …``).
* Breadcrumbs: a trail of links from the home page (``Home > News > World``),
  which the boilerplate cleaner removes and the headline finder passes over.

All values are read from short lines only; a capitalised label such as
``NEWS`` is given in title case (``News``).

>>> copyright_holder("© 2019 Vortex Cannon Entertainment. All rights reserved")
'Vortex Cannon Entertainment'
>>> feed_footer_site("from News – Metro https://ift.tt/enQGuV7")
'Metro'
>>> section_from_cue("Categorized as News")
'News'
>>> tags_from_line("Tags: Brexit, EU, trade policy")
['Brexit', 'EU', 'trade policy']
"""

from __future__ import annotations

import functools
import re

from newsclean.classify.cues import LINK_MARK
from newsclean.extract.lexicon import MetaLexicon, alternation, meta_lexicon

__all__ = [
    "breadcrumb_section",
    "copyright_holder",
    "feed_footer_site",
    "is_breadcrumb",
    "kicker_section",
    "nice_case",
    "section_from_cue",
    "tags_from_line",
]

MAX_LINE_CHARS = 200
"""Longer lines are prose, never read for these fields."""
MAX_SECTION_WORDS = 4
"""A section name is short ("Science & Astronomy")."""

_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)[ \t]*(?:©[ \t]*)?(?:\d{4}(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,?[ \t]*)?"
    r"(?P<holder>[^\d\W][^.|•·\n]{1,80})",
    re.IGNORECASE,
)
_HOLDER_END = re.compile(r"\s(?:[-–—|]|\d)")
"""A holder's name ends before a dash, a bar or a number ("Example 2019 - ISSN …")."""
_FEED_FOOTER = re.compile(r"^from\s(?P<what>[^\n]{1,80}?)\shttps?://\S+$", re.IGNORECASE)
# no leading \s*: tried at every position of a long run of spaces it would walk the
# rest of the run each time (quadratic); the pieces are stripped where used
_CRUMB_SEP = re.compile(r"(?:»|›|>|/|\\|→|::)\s*")
_TAG_SPLIT = re.compile(r"[,;|·•#]\s*")
_DASHES = re.compile(r"\s[-–—|]\s")


def nice_case(value: str) -> str:
    """``NEWS`` → ``News``: a label shouted in capitals, in title case; others unchanged."""
    if value.isupper() and any(c.isalpha() for c in value):
        return " ".join(w if len(w) <= 1 else w[0] + w[1:].lower() for w in value.split())
    return value


def copyright_holder(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """Who holds the copyright of a ``© 2019 X. All rights reserved`` line."""
    if len(text) > MAX_LINE_CHARS:
        return None
    low = text.casefold()
    if "©" not in text and "(c)" not in low and "copyright" not in low:
        return None
    m = _COPYRIGHT.search(text)
    if m is None:
        return None
    lex = lexicon or meta_lexicon()
    holder = m["holder"]
    hold_low = holder.casefold()
    for phrase in lex.rights_reserved:
        at = hold_low.find(phrase)
        if at >= 0:
            holder = holder[:at]
            hold_low = hold_low[:at]
    holder = _HOLDER_END.split(holder, maxsplit=1)[0].strip(" ,;:-–—")
    if holder.casefold().startswith(("by ", "the author")):
        return None
    words = holder.split()
    if not 1 <= len(words) <= 6 or not words[0][0].isupper():
        return None
    return holder


def feed_footer_site(text: str) -> str | None:
    """The site a feed footer names ("from News – Metro https://…" → "Metro")."""
    if len(text) > MAX_LINE_CHARS or not text[:5].casefold().startswith("from "):
        return None
    m = _FEED_FOOTER.match(text)
    if m is None:
        return None
    parts = _DASHES.split(m["what"])
    site = parts[-1].strip()
    return site if site and len(site.split()) <= 5 else None


@functools.lru_cache(maxsize=4)
def _cue_re(lexicon: MetaLexicon, which: str) -> re.Pattern[str]:
    """A cue opening the line: a one-word cue needs its colon ("Tags:"), a phrase
    does not ("Categorized as News", "Filed under bridges")."""
    cues = lexicon.section_cues if which == "section" else lexicon.tag_cues
    phrases = [c for c in cues if " " in c]
    words = [c for c in cues if " " not in c]
    return re.compile(
        rf"^(?:{alternation(phrases)}[ \t]*:?|{alternation(words)}[ \t]*:)[ \t]*(?=\S)",
        re.IGNORECASE,
    )


def section_from_cue(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """The section a category line names ("Categorized as News" → "News"): the first
    of its items, every item a few words ("Posted in Kabul for two years, the
    diplomat said …" is a sentence)."""
    if len(text) > 100:
        return None
    lex = lexicon or meta_lexicon()
    m = _cue_re(lex, "section").match(text)
    if m is None:
        return None
    items = [p.strip(" .:") for p in _TAG_SPLIT.split(text[m.end() :].strip())]
    first = items[0]
    if not first or first[0].isdigit():
        return None
    if any(len(item.split()) > MAX_SECTION_WORDS for item in items):
        return None  # "Posted in Kabul for two years, the diplomat said …": a sentence
    return nice_case(first)


def tags_from_line(text: str, *, lexicon: MetaLexicon | None = None) -> list[str]:
    """The tags of a tag line ("Tags: a, b, c"), or ``[]``.

    A one-word cue without its colon ("Tagged bridges, council, repairs") opens a
    tag line only when a list follows: two tags or more, each of a few words and
    no function word, and no full stop ("Tagged as a liar, he left" is a sentence).

    >>> tags_from_line("Tagged bridges, council, repairs")
    ['bridges', 'council', 'repairs']
    >>> tags_from_line("Tagged as a liar, he left"), tags_from_line("Topics covered, such as rent")
    ([], [])
    """
    if len(text) > 2 * MAX_LINE_CHARS:
        return []
    lex = lexicon or meta_lexicon()
    m = _cue_re(lex, "tags").match(text)
    bare = m is None
    if m is None:
        m = _bare_cue_re(lex).match(text)
        if m is None or text.rstrip().endswith((".", "!", "?")):
            return []
    out = []
    stop = lex.words("en").stopwords
    for piece in _TAG_SPLIT.split(text[m.end() :]):
        tag = piece.strip(" .:")
        if bare and (
            not tag
            or len(tag.split()) > BARE_TAG_MAX_WORDS
            or any(w.casefold() in stop for w in tag.split())
        ):
            return []  # a phrase with function words: a sentence, not a list of tags
        if tag and len(tag.split()) <= 6:
            out.append(tag)
    return out if not bare or len(out) >= 2 else []


BARE_TAG_MAX_WORDS = 3
"""Words of one tag in a list with no colon after its cue; longer pieces are a sentence."""


@functools.lru_cache(maxsize=4)
def _bare_cue_re(lexicon: MetaLexicon) -> re.Pattern[str]:
    """A one-word tag cue that goes without its colon, and a space ("Tagged bridges,
    council"). Only the lexicons' ``BARE_TAG_CUES``: most cues are also ordinary
    words that open crossheads ("Themen gibt es genug, …", "TAG Heuer, Omega")."""
    return re.compile(
        rf"^(?:{alternation(lexicon.bare_tag_cues) or '(?!)'})[ \t]+(?=\S)", re.IGNORECASE
    )


_CRUMB_ARROWS = re.compile(r"»|›|>|→|::")
_CRUMB_SLASHES = re.compile(r"[/\\]")
"""The separators of a trail's steps; the steps are stripped once split (blanks
around the separator in the pattern would make a search of a run of blanks
quadratic)."""
_FIRST_WORD = re.compile(r"[^\W\d_]+")
BREADCRUMB_MAX_CHARS = 200
BREADCRUMB_STEP_MAX_WORDS = 4
"""Words of a step of a breadcrumb before its last: section names are short ("Home
> Local News > Crime"); a longer step is a sentence's words around a "/" or ">"."""
BREADCRUMB_LAST_MAX_WORDS = 20
"""The last step may be the story's own headline ("Home > News > Storm hits town")."""
BREADCRUMB_MIN_SLASH_STEPS = 3
"""Steps of a trail joined by slashes: "Home / News / World"; two ("Home / Away")
are as often words paired by a slash."""


@functools.lru_cache(maxsize=1)
def _home_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the home words of every lexicon language, the first words among them)."""
    home = frozenset(w for w in meta_lexicon().home_words if ":" not in w)
    return home, frozenset(w.split()[0] for w in home)


SENTENCE_STEP_MIN_WORDS = 5


def _sentence_step(step: str) -> bool:
    """A step of a would-be trail that is a sentence: five words or more ending with a
    full stop ("Neutral: The league will decide where the final is played."), or a
    colon running into lower case ("Podcast: the three formats she tried"). "U.K.",
    "What is Brexit?" and "Man Utd 2-1 Spurs: Player ratings" are steps."""
    if step.endswith(".") and len(step.split()) >= SENTENCE_STEP_MIN_WORDS:
        return True
    at = step.find(": ")
    return at >= 0 and step[at + 2 : at + 3].islower()


def is_breadcrumb(text: str, *, key: str | None = None) -> bool:
    """Whether ``text`` is a trail of links that opens with the home page's name (the
    lexicons' home words): "Home > News > World", "Startseite » Politik",
    "Accueil / Monde / Europe". Its steps are joined by arrows (two steps or more)
    or slashes (three or more); every step but the last is a few words, and every
    step is capitalised. "Home > away from here" is in lower case, "Home/away
    kits" has too few slash steps. ``key`` is the line's folded cue key
    (:func:`newsclean.classify.cues.line_key`), when the caller has it.

    >>> is_breadcrumb("Home › News › World"), is_breadcrumb("Home / Away")
    (True, False)
    """
    if "[" in text:
        text = LINK_MARK.sub("", text)  # "[11]Accueil > [12]Bretagne": a text browser's
    if len(text) > BREADCRUMB_MAX_CHARS:
        return False
    home, first_words = _home_words()
    first = _FIRST_WORD.match(key if key is not None else text.lstrip("*•·-– \t").casefold())
    if first is None or first.group() not in first_words:
        return False  # one set lookup: most lines open otherwise
    stripped = text.strip().lstrip("*•·-– ").strip()
    for splitter, min_steps in ((_CRUMB_ARROWS, 2), (_CRUMB_SLASHES, BREADCRUMB_MIN_SLASH_STEPS)):
        steps = [p.strip() for p in splitter.split(stripped)]
        if steps and not steps[-1]:
            steps.pop()  # a trail ending with its separator: "Home > News >"
        if len(steps) < min_steps or any(not p for p in steps):
            continue
        if steps[0].casefold() not in home or any(p[0].islower() for p in steps[1:]):
            continue  # section names are capitalised: "Home > away from here" is prose
        if any(_sentence_step(p) for p in steps):
            continue  # "Home / Away / Neutral: The league will decide …" is a sentence
        *inner, last = steps
        if all(len(p.split()) <= BREADCRUMB_STEP_MAX_WORDS for p in inner) and (
            len(last.split()) <= BREADCRUMB_LAST_MAX_WORDS
        ):
            return True
    return False


SECTION_PATH_MAX_CHARS = 60
SECTION_PATH_STEP_MAX_WORDS = 3
"""A section path names sections only: "Sport > Fußball > 2. Bundesliga"; a longer
step is a headline's words."""


def section_path_steps(text: str) -> list[str] | None:
    """The steps of a trail of section names without the home page's name, or
    ``None``: two or more capitalised steps of at most three words joined by arrows
    ("Tech > Apps", "Régions › Bretagne › Finistère"), the line short. Slashes do not
    join one: "Israel / Hamas War" is a headline, "Anna Schmidt / Peter Müller" a
    byline. "Inflation > 5% in May" is no trail.

    >>> section_path_steps("Sport > Fußball > 2. Bundesliga")
    ['Sport', 'Fußball', '2. Bundesliga']
    >>> section_path_steps("Prices rise > 5% in May") is None
    True
    """
    stripped = text.strip()
    if len(stripped) > SECTION_PATH_MAX_CHARS or _CRUMB_ARROWS.search(stripped) is None:
        return None  # one search for an arrow: most lines have none
    steps = [p.strip() for p in _CRUMB_ARROWS.split(stripped)]
    if (
        len(steps) >= 2
        and all(steps)
        and all(
            (p[0].isupper() or p[0].isdigit())
            and len(p.split()) <= SECTION_PATH_STEP_MAX_WORDS
            and not p.endswith((".", "!", "?", ":"))
            and not any(c in p for c in "%$€£")
            for p in steps
        )
        and any(c.isalpha() for c in steps[-1])
    ):
        return steps
    return None


def breadcrumb_section(text: str, home_words: frozenset[str]) -> str | None:
    """The last step of a breadcrumb line ("Home » Tech » Gadgets" → "Gadgets")."""
    if len(text) > 120:
        return None
    parts = [p.strip() for p in _CRUMB_SEP.split(text) if p.strip()]
    if len(parts) < 2 or parts[0].casefold() not in home_words:
        return None
    if _CRUMB_SEP.search(text) is None:
        return None
    last = parts[-1]
    if len(last.split()) > MAX_SECTION_WORDS or not last[0].isupper():
        return None
    return nice_case(last)


def kicker_section(text: str, *, lexicon: MetaLexicon | None = None) -> str | None:
    """A section label printed above a headline ("NEWS", "Science & Astronomy")."""
    if len(text) > 30:
        return None
    words = text.split()
    if not 1 <= len(words) <= 3 or not text[0].isupper():
        return None
    if not all(c.isalpha() or c in " &-'’" for c in text):
        return None
    lex = lexicon or meta_lexicon()
    if any(w.casefold() in lex.weekdays or w.casefold() in lex.months for w in words):
        return None
    if words[0].casefold() in _BUTTON_VERBS:
        return None  # "Watch Live", "Follow Example Business": a button, not a section
    return nice_case(text)


_BUTTON_VERBS = frozenset(
    {"watch", "follow", "copy", "listen", "subscribe", "share", "sign", "download", "view"}
    | {"click", "tap", "join", "stream", "play", "print", "email", "log", "register"}
)
"""Words that open a button's label; a section name is a noun."""
