"""The headline: from the page's ``<title>`` line, its repeat, or the first line.

Whole-page text starts with the page's ``<title>``, which usually carries the
site's name ("… - News Nation", "… | Daily Mail Online") and sometimes a
section ("… | World | News | Express.co.uk"); the headline itself is printed
again as its own line just above the article. Plain article text starts with
the headline. So:

1. The first line is the title candidate when it looks like a headline
   (menu lines, bylines and time stamps above it are skipped; buttons,
   datelines in capitals, social posts and lines with links are not
   headlines).
2. A line further down that repeats it (same words, or nearly: the
   ``<title>`` is often a longer or shorter wording; on a whole page also a
   rewording above its byline or date) is the printed headline; the repeat
   nearest the start of the prose wins, and the title is read from it.
   Every repeat is labelled ``duplicate_title``.
3. Without a first-line candidate, two identical headline-like lines above
   the prose are the headline printed twice; the copy with the byline or
   date under it is the headline (``printed_twice``).
4. Otherwise the title is the first line, site affixes stripped.
5. With no first line to go by, or a first line with no site name and menus
   under it (a page rendered without its ``<title>`` opens with a banner or a
   notice), the topmost headline-like line just above the prose with a date
   or byline right under it, or further down, one with a byline under it
   below teaser paragraphs (``above_meta``).

Site affixes (:func:`strip_site_affixes`) are the separated segments at the
end (and a short one at the start) that look like a name: a few capitalised
words or a domain. What is left alone on purpose: a colon ("Fact Check: Is
…" is a headline, not a site), and segments in lower case ("… – shoots for
the moon, lands among the stars").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

import attrs

from newsclean import labels
from newsclean.classify.cues import LINK_MARK, is_browser_dump
from newsclean.extract.bylines import (
    JOB_MAX_WORDS,
    JOB_TITLE_MAX_WORDS,
    PAPER_ONLY_NOUNS,
    ROLE_MODIFIERS,
    is_job_title,
)
from newsclean.extract.datelines import find_dateline
from newsclean.extract.layout import (
    MARKER_TAIL,
    MY_LABELS,
    TITLE_MAX_WORDS,
    TRUNCATION_MARKER,
    Layout,
    is_furniture,
    is_title_like,
    match_key,
    strip_list_bullet,
    word_count,
)
from newsclean.extract.site import is_breadcrumb, section_path_steps
from newsclean.normalize.markdown import is_markdown
from newsclean.normalize.wrapped_lines import line_indent
from newsclean.segment import one_break_between

__all__ = ["TitleResult", "find_title", "is_section_trail", "strip_site_affixes"]

SITE_MAX_WORDS = 5
"""A site name in a ``<title>`` has at most this many words ("The New York Times")."""
SITE_MAX_CHARS = 45
"""… and at most this many characters."""
META_BELOW_HEADLINE = 5
"""Lines under a headline searched for its byline or date."""
META_ABOVE_HEADLINE = 2
"""Lines above it searched too (some pages print the date over the headline)."""
REPEAT_SEARCH_LINES = 2000
"""How many lines below the ``<title>`` are searched for the printed headline, not
counting the repeats found."""
REPEAT_MAX_GAP = 12
"""A repeat is the printed headline when the prose starts within this many lines of it."""
PREFIX_MIN_WORDS = 4
"""A headline that is the start of the other wording (and at least half of it),
this long or longer, is the same headline."""
FUZZY_MIN_SHARE = 0.75
"""Share of words two wordings must have in common to count as the same headline."""
REWORDED_MIN_SHARE = 0.3
"""Share of the shorter one's words a reworded headline shares with the ``<title>``.

A reworded headline only counts where the story starts right under it."""

_READ = MY_LABELS
_NOT_HEADLINE = re.compile(r"^(?:(?:[-–—•*+·▪►o]|\d{1,2}[.)])\s|\|)")
_ENTRY_HEADING = re.compile(
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:[ \t]?(?i:[ap]\.?m\.?|uhr|h))?[ \t]*[:–—-][ \t]"
)
"""A live report's entry heading opened by its time ("7:05 p.m.: Officials report …",
"14.32 – …"): a text opening with one, with another such line further down, opens
with the report's first entry (alone, the figures may be a score: "22:19 - …")."""


def _another_entry(page: Layout, index: int) -> bool:
    """Whether a line other than block ``index`` opens with a time like an entry
    heading: a live report has several entries ("7:05 p.m.: …", "5:40 p.m.: …"); one
    such line alone may be a score opening a headline ("22:19 - Füchse schlagen …")."""
    return any(
        i != index and _ENTRY_HEADING.match(page.blocks[i].text) is not None for i in page.visible
    )


_FULL_STOPS = (".", "。")
TITLE_CASE_SHARE = 0.6
"""Share of capitalised long words above which a line is in title case (a
headline's style): "Watch a Clip of the Band!" is, "Watch a clip!" is not."""
_SENTENCE_BREAK = re.compile(r"(?:[!?]|[^\W\d_A-Z]{3}\.)[\"'”’)]?\s+[\"'“‘(¿¡]?[^\W\d_a-z]")
"""The end of one sentence and the start of the next inside a line ("…? Watch …",
"… said. The …"); "U.S. Troops" is not one (the word before the stop is too short)."""
_DATELINE_PLACE = r"[^\W\d_a-z]{2,30}(?: [^\W\d_a-z]{1,30}){0,2}"
_DATELINE_REGION = r"[^\W\d_a-z]{2,30}(?: [^\W\d_a-z.]{1,30})?\.?"
_PLACE_IN_CAPS = re.compile(rf"{_DATELINE_PLACE}, {_DATELINE_REGION},?")
"""A place printed in capitals as a dateline on its own line ("ZUG, SWITZERLAND",
"NEW DELHI, INDIA"): a region of one or two words after the comma, so that a
headline in capitals ("FRANCE, GERMANY SIGN TREATY") is not one."""
_HAS_LINK = re.compile(r"https?://|:\s*www\.", re.IGNORECASE)
"""A web address given as a link or after a label ("More info: www.…"); a site
named in a headline ("How www.example.gov changed …") is not one."""
_CALL_TO_ACTION = re.compile(r"(?:click|tap)\s+(?:here|for|to|on|below)\b", re.IGNORECASE)
"""A line that asks for a click ("Click here …", "Click for full results"): a button."""
DATEISH_MAX_CHARS = 200
"""Longest line read as a time stamp by :func:`_dateish` (the longest printed ones
run to about 100 characters)."""
DATEISH_DIGIT_SHARE = 1 / 2
"""More than this share of words with digits makes a line a time stamp ("Nov. 20,
2019, 9:28 AM UTC"), not a headline ("COVID-19 cases rise in 3 states")."""
DATEISH_RELATIVE_MAX_WORDS = 5
"""A short line opening with a number and holding a relative date ("17H ago 50 photos")
is a stamp; a longer one may be a headline ("3 Hours Ago, The Storm Hit Town")."""
DATEISH_CUE_MAX_WORDS = 4
"""A line opening with a date cue is a stamp when it holds a figure or is this short
("Updated", "Posted on Monday"); longer, with no figure, it is a headline ("Updated
flu vaccine cut hospital admissions by half")."""
DATEISH_DATE_SHARE = 0.4
"""...or dates found by the date parser covering this share of the line."""
_HASHTAG = re.compile(r"(?<![\w&])#[^\W\d_]\w{0,50}")
"""A hashtag. Two of them, or one ending the line ("… mine alone. #ad"), make a social
post or a sponsorship disclosure; one inside a headline ("Why #MeToo …") does not."""
_NOT_HEADLINE_IN_PLACE = re.compile(r"^\W*[\w ]{1,20}:\s*\S+$|^[\"“”‘’«]\S.*[\"“”‘’»]$")
"""A breadcrumb ("You are here: Home") or a pull quote (a line that is one quotation)."""
SITE_NAME_MAX_WORDS = 4
"""A first line this short that the story does not speak of may be the site's name
over a page rendered without its ``<title>`` ("Acme Engineering"), menus or not."""
PAGE_LINES = 15
"""Lines between the first line and the story that make a text a whole page (menus)."""
BANNER_GAP_LINES = 4
"""Lines between a short first line and a headline read in place that make the first
line a banner: a tagline and a menu of three entries at least stand between."""
HEAD_LINES = 16
"""Lines above the prose searched for a headline when the text has no page title: a
head of headline, standfirst, two writers, their places and the date, then a player's
and a share bar's buttons, is this long (12 lost such headlines on held-out probes; 16
found three more there and two on the development corpus's inscriptis pages)."""
MAX_META_LINE = 120
"""A byline or date line is short; a longer line is a paragraph."""
BYLINE_HEAD_SEARCH = 200
"""Lines past the first prose searched for a headline with a byline under it."""
BYLINE_ABOVE_START = 48
"""Visible lines above the story's first paragraph searched for a headline over its
byline: twice :data:`HEAD_LINES`, room for a box of key points under the byline."""
GAP_SAMPLE = 6
"""Gaps between the following lines compared with the gap under the first line."""
SENTENCE_TITLE_SAMPLE = 3
"""Paragraphs under a sentence-like first line that its length is compared with."""
SENTENCE_TITLE_SHARE = 0.7
"""A first line ending with a full stop is a headline only when it has at most this
share of the words of the paragraphs under it (median): seed 004's headline has 11
words over paragraphs of 13-40; a first paragraph is about as long as the rest."""
_SEPARATORS = re.compile(r" (?:\||-|–|—|::|»|·|•|~) ")
_NOT_SITE_START = frozenset(
    {
        "and",
        "but",
        "or",
        "as",
        "at",
        "in",
        "on",
        "for",
        "with",
        "to",
        "of",
        "from",
        "by",
        "when",
        "why",
        "how",
        "what",
        "who",
        "where",
        "is",
        "are",
        "was",
        "will",
        "so",
        "then",
        "yet",
    }
)
_CONTRACTION = re.compile(r"[A-Za-z]['’](?:re|t|ll|ve|m|d)\b")
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "&",
        "de",
        "la",
        "le",
        "du",
        "des",
        "di",
        "do",
        "da",
        "en",
        "y",
        "on",
    }
)


@attrs.frozen(slots=True)
class TitleResult:
    """The headline and the blocks it was read from."""

    title: str | None = None
    block: int | None = None
    """Index of the block the title text was read from."""
    rule: str = ""
    page_title: int | None = None
    """Index of the page's ``<title>`` line when the headline was read from a repeat."""
    duplicates: tuple[int, ...] = ()
    publisher: str | None = None
    """Site name stripped from the ``<title>`` line, if any."""
    confirmed: bool = False
    """Whether the printed headline stands where a headline stands (byline or date
    under it, or the story right after it) with no story above it."""


def strip_site_affixes(text: str) -> tuple[str, str | None]:
    """``text`` without trailing (and leading) site-name segments, and the site name.

    Applying it twice gives the same result as applying it once.

    >>> strip_site_affixes("Is Football Violence a Crime? - WSJ")
    ('Is Football Violence a Crime?', 'WSJ')
    >>> strip_site_affixes("The Guardian view on Hong Kong | Editorial | Opinion | The Guardian")
    ('The Guardian view on Hong Kong', 'The Guardian')
    >>> strip_site_affixes("Opinion | Republicans Are Following Trump to Nowhere")
    ('Republicans Are Following Trump to Nowhere', None)
    >>> strip_site_affixes("Fallen Order review – shoots for the moon, lands among the stars")
    ('Fallen Order review – shoots for the moon, lands among the stars', None)
    >>> strip_site_affixes("Storm batters coast (AP) - Eastport Gazette")
    ('Storm batters coast', 'Eastport Gazette')
    >>> strip_site_affixes("Storm batters coast - NEW YORK (AP) - Gazette")  # a credit hid one
    ('Storm batters coast', 'Gazette')
    """
    out, site = _strip_affixes_once(text)
    # a wire credit cut off may bare one more site segment: to the fixpoint, within
    # a few passes (a title of a thousand "- NEW YORK (AP)" would take a thousand)
    for _ in range(AFFIX_PASSES):
        again, more = _strip_affixes_once(out)
        if again == out:
            break
        out, site = again, site if site is not None else more
    return out, site


AFFIX_PASSES = 4
"""Passes over a title after the first: each may cut one segment a wire credit hid."""


def _strip_affixes_once(text: str) -> tuple[str, str | None]:
    parts = _SEPARATORS.split(text)
    seps = _SEPARATORS.findall(text)
    site: str | None = None
    while len(parts) > 1 and _site_like(parts[-1]) and _enough(parts[:-1]):
        if site is None:
            site = parts[-1].strip()
        parts.pop()
        seps.pop()
    # leading segments one by one, as the trailing ones: stripping once more must
    # change nothing
    while len(parts) > 1 and seps[0] == " | " and _site_like(parts[0], max_words=3):
        rest = parts[1:]
        if not (_enough(rest) and len(" ".join(rest)) > len(parts[0])):
            break
        parts, seps = rest, seps[1:]
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=True):
        out += sep + part
    out = out.strip()
    if site is not None:
        out = _without_wire_credit(out)  # "Storm batters coast (AP) - Eastport Gazette"
    return out, site


def _without_wire_credit(title: str) -> str:
    """A syndicated headline without the agency credit its site appended ("Storm
    batters coast (AP)" → "Storm batters coast"); as printed, the line reads as a
    photo credit."""
    if not title.endswith(")"):
        return title
    at = title.rfind("(")
    if at <= 0:
        return title
    from newsclean.extract.lexicon import meta_lexicon

    head = title[:at].rstrip()
    if meta_lexicon().agency(title[at + 1 : -1]) is None or len(head.split()) < 2:
        return title
    return head


def _enough(parts: list[str]) -> bool:
    joined = " ".join(parts)
    return len(joined.split()) >= 2 or (len(joined) >= 4 and not joined.isascii())


def _site_like(segment: str, *, max_words: int = SITE_MAX_WORDS) -> bool:
    segment = segment.strip()
    words = segment.split()
    if not words or len(words) > max_words or len(segment) > SITE_MAX_CHARS:
        return False
    if segment[-1] in "?!,;:" or (segment[-1] == "." and "." not in segment[:-1]):
        return False
    if words[0].casefold() in _NOT_SITE_START or _CONTRACTION.search(segment):
        return False  # "… — And They're Not Great": the headline goes on
    for i, word in enumerate(words):
        first = word[0]
        if first.isupper() or first.isdigit() or not any(c.isalpha() and c.isascii() for c in word):
            continue
        if "." in word.strip(".") and word[-1] != ".":  # a domain: nj.com, www.wday.ru
            continue
        if i > 0 and word.casefold() in _CONNECTORS:
            continue
        return False
    return True


def _similarity(key: str, target: str) -> int:
    """How alike two headline keys are: 3 equal, 2 nearly the same wording,
    1 the same story told differently (shared words), 0 unrelated."""
    if key == target:
        return 3
    a, b = key.split(), target.split()
    if len(a) < 3 or len(b) < 3:
        return 0
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if (
        longer[: len(shorter)] == shorter
        and len(shorter) >= PREFIX_MIN_WORDS
        and 2 * len(shorter) >= len(longer)
    ):
        return 2  # one wording is the other cut short: "Headline" / "Headline - Site"
    shared = set(a) & set(b)  # headlines rarely repeat a word: sets are enough
    common = len(shared)
    if common >= FUZZY_MIN_SHARE * max(len(a), len(b)):
        return 2
    content = sum(1 for w in shared if len(w) > 3)
    return 1 if content >= 2 and common >= REWORDED_MIN_SHARE * min(len(a), len(b)) else 0


def find_title(page: Layout) -> TitleResult:
    """Find the headline of the Article laid out as ``page``.

    A headline whose site affixes were stripped is tested again as it will be
    printed: what is left of "News | World | Example | Storm Hits Town" may be a
    menu ("News | World") that cleaning the clean text would remove; then there is
    no headline.
    """
    found = _find_title(page)
    title, block = found.title, found.block
    if title is None or block is None:
        return found
    if LINK_MARK.match(title):
        # "[17]Bridge closed for repairs": the headline linked to its own page, its
        # number printed by a text browser
        title = LINK_MARK.sub("", title, count=1).strip()
        found = attrs.evolve(found, title=title)
    if _furniture_once_stripped(page.blocks[block].text.strip(), title):
        return TitleResult()
    return found


def _furniture_once_stripped(text: str, title: str) -> bool:
    """Whether ``title``, read from ``text`` by stripping site affixes, is a line the
    boilerplate cleaner would remove (every cue rule, the link-title rule too), or
    a caption ("NEW YORK (AP)" once " — A" is stripped)."""
    if title == text:
        return False
    from newsclean.classify.captions import is_caption_line

    return (
        _is_cue_line(title, spare_link_title=False)
        or is_caption_line(title)
        or _CUT_SHORT.search(title[-CUT_SHORT_TAIL:]) is not None
    )


def _menu_under(page: Layout, index: int) -> bool:
    """Whether one of the two visible lines under ``index`` is a menu run together on
    one line, a row of links joined by pipes or a breadcrumb ("Portada España Comarcas
    Deportes", "News | Sport | Weather | Business", "Portada › Comarcas"): the first
    line is then the site's banner over its navigation."""
    from newsclean.classify.boilerplate import is_menu_line
    from newsclean.extract.site import is_breadcrumb

    pos = bisect.bisect_right(page.visible, index)
    for under_pos in range(pos, min(pos + MENU_UNDER_LINES, len(page.visible))):
        under = page.blocks[page.visible[under_pos]].text
        if is_menu_line(under) or is_breadcrumb(under) or _is_menu_row(under):
            return True
    return False


MENU_ENTRY_MAX_WORDS = 3
"""Words of a menu's entry ("New York", "Real Estate News"); a page title is longer."""
MENU_UNDER_LINES = 2
"""Lines under the first line read for its navigation (a menu, then a breadcrumb)."""


_MARKDOWN_H1 = re.compile(r"#[ \t]+\S")
"""A level-one heading in Markdown: the page's ``<h1>``, as html2text and the crawlers
for language models print it."""


def _markdown_headline(page: Layout) -> TitleResult | None:
    """The first level-one Markdown heading over the story's end that reads as a
    headline: the page said which line is its headline (``# Stocks slide …``),
    whatever stands above it. A site's logo is an ``<h1>`` on some pages, so a line
    named in the copyright line or a line of furniture is passed over."""
    original = page.article.original
    if "# " not in original or not is_markdown(original):
        return None
    blocks = page.blocks
    end = page.visible[page.end - 1] if 0 < page.end <= len(page.visible) else len(blocks)
    for i in page.visible:
        if i > end:
            break
        block = blocks[i]
        if not _MARKDOWN_H1.match(original, block.start):
            continue
        if block.label not in _READ:
            continue
        found = _marked_heading(page, i, "markdown_heading")
        if found is not None:
            return found
    return None


def _marked_heading(
    page: Layout, index: int, rule: str, *, never: bool = False
) -> TitleResult | None:
    """The heading at block ``index`` that the page marked as one (a Markdown "#", an
    underline) as the headline, its site name stripped, when it reads as one: four
    words or more, headline-like, no furniture, not the site's name in its copyright
    line (and, with ``never``, no line that is never a headline)."""
    text = page.blocks[index].text.strip()
    core, site = strip_site_affixes(text)
    if (
        word_count(core) < PREFIX_MIN_WORDS
        or not is_title_like(text)
        or is_furniture(text)
        or (never and _never_headline(text, page.language))
        or _named_in_copyright(page, core)
    ):
        return None
    return TitleResult(core, index, rule, publisher=site, confirmed=_confirmed(page, index))


_UNDERLINE = re.compile(r"[ \t]*(?:={3,}|-{3,})[ \t]*")
UNDERLINED_MAX_TRIES = 5
"""Underlined headings read at most before giving up: the headline is among the first
(a site's name, a section's heading over it); reading each against the page's
copyright lines would make a page of thousands of them quadratic."""
UNDERLINE_MIN_SHARE = 0.6
"""An underline of "=" or "-" at least this share of its heading's length (a text
browser or a Markdown writer underlines the heading's width, give or take)."""


def _underlined_headline(page: Layout) -> TitleResult | None:
    """The first heading above the story that the text underlines with a row of "="
    or "-" on the next line (w3m's headings, Markdown's setext headings), when it reads
    as a headline: the page said which line is its headline."""
    original = page.article.original
    if "---" not in original and "===" not in original:
        return None
    blocks = page.blocks
    vis = page.visible
    tried = 0
    first: TitleResult | None = None
    for pos in range(min(page.start, len(vis) - 1)):
        i = vis[pos]
        text = blocks[i].text.strip()
        under = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            under is None
            or _UNDERLINE.fullmatch(under.text) is None
            or not one_break_between(original, blocks[i], under)
            or not UNDERLINE_MIN_SHARE * len(text) <= len(under.text.strip()) <= len(text) + 4
        ):
            continue
        tried += 1
        if tried > UNDERLINED_MAX_TRIES:
            return None if first is None else first  # a page of underlined headings
        found = _marked_heading(page, i, "underlined_heading", never=True)
        if found is None:
            continue
        if under.text.strip()[:1] == "=":
            # a first-level heading ("===") outranks a second-level one ("---") over it:
            # "Liga 3 · Série A · 16.ª jornada" / "-----" is the section's, over the headline
            return found
        first = first or found
    return first


INDENTED_PROSE_SHARE = 0.8
"""Share of the prose lines indented that makes a text a dump in which a text browser
(lynx) indents every paragraph and prints headings flush left."""
INDENTED_PROSE_MIN = 3
"""Prose lines a text needs before its indentation is read at all."""
WRAPPED_HEADLINE_MIN_CHARS = 55
"""A flush-left headline this long may go on on the next flush-left line: a text
browser wraps lines at about 70 to 80 columns."""
WRAP_TAIL_MAX_WORDS = 5
"""Words of the wrapped end of a headline on its own line ("hectares", "Hallett")."""


def _indent(page: Layout, index: int) -> int:
    """Blanks before block ``index`` on its line of the original text."""
    return line_indent(page.article.original, page.blocks[index])


def _flush_left_headline(page: Layout) -> TitleResult | None:
    """The headline of a text browser's dump that indents its paragraphs: the first
    line printed flush left above the story's first paragraph that reads as a headline
    (lynx prints headings flush left, the page's ``<h1>`` first; a live report's entry
    headings come after it), with its end when it wrapped onto the next flush-left
    line."""
    vis, prose = page.visible, page.prose
    indents = [_indent(page, i) for i in vis if prose[i]]
    if len(indents) < INDENTED_PROSE_MIN:
        return None
    if sum(1 for n in indents if n > 0) < INDENTED_PROSE_SHARE * len(indents):
        return None
    if not is_browser_dump(page.blocks[i].text for i in vis):
        return None  # indented, but no text browser's marks: another renderer's
    flush = [pos for pos in range(min(page.start, len(vis))) if _indent(page, vis[pos]) == 0]
    k = 0
    while k < len(flush):
        pos = flush[k]
        k += 1
        head = vis[pos]
        text = page.blocks[head].text
        under: tuple[int, ...] = ()
        if (
            pos + 1 < len(vis)
            and _indent(page, vis[pos + 1]) == 0
            and _wrapped_headline(page, head, page.blocks[vis[pos + 1]].text)
        ):
            under = (vis[pos + 1],)
            text = f"{text} {page.blocks[vis[pos + 1]].text}"
            k += k < len(flush) and flush[k] == pos + 1  # the wrapped end is read
        if (
            prose[head]
            or not is_title_like(text)
            or is_furniture(text)
            or _never_headline(text, page.language)
            or _MARKED_START.match(text)
        ):
            continue  # a sidebar's heading ("Most read"), a logo's link: read on
        return TitleResult(text, head, "flush_left_heading", duplicates=under, confirmed=True)
    return None


def _wrapped_headline(page: Layout, head: int, tail: str) -> bool:
    """Whether ``tail``, flush left under the flush-left line ``head``, is that line's
    wrapped end: the line above is long, so long that the tail's first word would not
    have fitted on it at a text browser's width, and the tail is a few words and no
    byline, date, name or furniture of its own."""
    text = page.blocks[head].text
    words = tail.split()
    return (
        len(text) >= WRAPPED_HEADLINE_MIN_CHARS
        and 0 < len(words) <= WRAP_TAIL_MAX_WORDS
        and len(text) + 1 + len(words[0]) > BROWSER_MIN_WIDTH
        and not tail.endswith(":")
        and not is_furniture(tail)
        and not _never_headline(tail, page.language)
        and not _name_alone(tail, page.language)
    )


BROWSER_MIN_WIDTH = 70
"""Columns at which text browsers wrap at the least (lynx and w3m wrap near 76-80): a
headline line and the next line's first word fit in fewer only when the headline ended
there."""


def _find_title(page: Layout) -> TitleResult:
    blocks = page.blocks
    prose_start_block = page.visible[page.start] if page.start < len(page.visible) else len(blocks)
    if not blocks:
        return TitleResult()
    marked = _markdown_headline(page) or _flush_left_headline(page) or _underlined_headline(page)
    if marked is not None:
        return marked
    first = _first_candidate(page)
    if first is not None:
        text = blocks[first].text
        core, site = strip_site_affixes(text)
        # a whole page: the first line is a page title, or menus stand between it and the story
        banner = _menu_under(page, first)  # the site's name over its navigation
        whole_page = (
            core != text
            or page.start - bisect.bisect_left(page.visible, first) >= PAGE_LINES
            or banner
        )
        # a reworded headline only counts against a page title (a site name after it, or
        # menus under it); it must then stand where headlines stand (see _best_repeat)
        allow_reworded = whole_page
        repeat = _best_repeat(
            page, first, (match_key(text), match_key(core)), allow_reworded, site=site
        )
        if (
            repeat is not None
            and whole_page
            and core == text  # no site name after it: no page title
            and _word_tokens(core) <= MENU_ENTRY_MAX_WORDS
            and not _headline_above_meta(page, repeat[0])
        ):
            repeat = None  # a menu's first entry ("New York") printed again in another menu
        if repeat is not None and core == text and _after_all_prose(page, repeat[0]):
            repeat = None  # the site's name over its footer, past the story's end
        if (
            repeat is not None
            and bisect.bisect_left(page.visible, repeat[0]) > page.start
            and _headline_above_meta(page, first)
            and not _headline_above_meta(page, repeat[0])
        ):
            # the headline over its byline and date, printed again in a "Trending" list
            # under the story's start: a teaser of the story, no headline
            repeat = None
        if repeat is not None:
            best, dups = repeat
            title, _ = strip_site_affixes(blocks[best].text)
            return TitleResult(
                title,
                best,
                "repeated_title",
                page_title=first,
                duplicates=tuple(d for d in dups if d != best),
                publisher=site,
                confirmed=whole_page
                and (
                    _confirmed(page, best)
                    or (match_key(blocks[best].text) == match_key(core) and _story_head(page, best))
                ),
            )
        pair = _repeated_pair(page, prose_start_block, after=first) if core != text else None
        if pair is not None and _gap_to_prose(page, pair[1][-1]) <= REPEAT_MAX_GAP:
            head, repeats = pair
            return _printed_copy(
                page, repeats[-1], page_title=first, others=(head, *repeats[:-1]), site=site
            )
        if banner or (
            (whole_page or word_count(core) <= SITE_NAME_MAX_WORDS or _menu_of_names(core, page))
            and not _about_the_story(page, core)
        ):
            # menus under it or a short line, and not about the story: the first line
            # of a page rendered without its <title> (a site banner, a notice); a
            # headline standing over the story with its byline or date is the better
            # reading
            found = _in_place_title(page)
            if found is None and whole_page and core == text:
                # a banner, not a page title: the head may stand over a long box
                found = _title_over_byline_above(page)
            if found is not None and (
                whole_page
                or _lines_between(page, first, found) > 0
                or _capitalised(core)
                or _kicker_over_headline(page, first, least=KICKER_HEADLINE_META)
            ):
                # a short first line in sentence case right over the line read in place
                # is a headline over its standfirst ("Time to act" / "Ministers must not
                # back down …" / byline); a site's name is capitalised ("The Guardian"),
                # or has menus or a kicker under it
                return found
        elif core == text and word_count(core) <= SITE_NAME_MAX_WORDS:
            # a short first line the story speaks of ("Elmwood Park Neighbors" over a
            # story on Elmwood): with no byline or date of its own, and a run of lines
            # (a tagline, a menu) between it and a headline with its byline or date
            # right under, it is the site's name
            found = _in_place_title(page)
            if (
                found is not None
                and _lines_between(page, first, found) >= BANNER_GAP_LINES
                and not _meta_right_under(page, bisect.bisect_left(page.visible, first))
            ):
                return found
        if core == text and _outranked_in_place(page, first):
            # "[Andalucía Hoy] Noticias de Andalucía" over today's date, then menus, then
            # a headline with its standfirst, writer and date: both stand over meta,
            # and the one with a byline under it heads the story
            found = _in_place_title(page)
            if found is not None:
                return found
        if _ticker_label(text) or _LIVE_LABEL.match(text):
            # "LIVE: Snow updates as schools close" over another story's headline with
            # its byline or date under it: a teaser of the live page
            found = _in_place_title(page)
            if found is not None and found.block is not None and found.block > first:
                return found
        # lines above it no headline could be (menus, buttons, a kicker): with its
        # byline or date under it, the story starts here and they go
        confirmed = first > 0 and (
            (_headline_above_meta(page, first) and _confirmed(page, first))
            # under the stack of section labels opening the text: they go with it
            or (_in_label_stack(page, 0) and _under_labels_only(page, first))
        )
        return TitleResult(core, first, "first_line", publisher=site, confirmed=confirmed)
    pair = _repeated_pair(page, prose_start_block)
    if pair is not None:
        head, repeats = pair
        printed = [j for j in repeats if j < prose_start_block]
        if printed and not _headline_above_meta(page, head):
            # the first copy is the page's <title>, far above the story; the copy
            # with the byline and date under it is where the head of the story is
            best = printed[-1]
            others = tuple(j for j in repeats if j != best)
            return _printed_copy(page, best, page_title=head, others=others)
        return _printed_copy(page, head, page_title=None, others=repeats)
    found = _in_place_title(page) or _title_over_byline_above(page)
    return found or TitleResult()


def _outranked_in_place(page: Layout, first: int) -> bool:
    """Whether the first line, with a date under it, loses to a headline further down
    with a byline under it (see :func:`_meta_right_under`): a site's banner over
    today's date is no headline, and a teaser seldom prints a byline."""
    vis = page.visible
    own = _meta_right_under(page, bisect.bisect_left(vis, first))
    if not own:
        return False  # the cheap test first: most first lines have no date under them
    in_place = _headline_in_place(page)
    if in_place is None or in_place <= first:
        return False
    return own < _meta_right_under(page, bisect.bisect_left(vis, in_place))


def _title_over_byline_above(page: Layout) -> TitleResult | None:
    """Nothing right over the story: a headline over its byline further up, a box
    between them and the story (a live page's results table, key points)."""
    blocks = page.blocks
    above = _headline_with_byline(page, above=True)
    if above is None:
        return None
    pos = bisect.bisect_left(page.visible, above)
    over = page.visible[pos - 1] if pos > 0 else None
    if (
        over is not None
        and blocks[over].label in _READ
        and is_title_like(blocks[over].text)
        and word_count(blocks[over].text) >= PREFIX_MIN_WORDS  # not a kicker
        and blocks[over].text[:1].isalnum()  # nor a menu's item
        and _STEP_SEPARATOR.search(blocks[over].text) is None  # nor a trail
        and not is_furniture(blocks[over].text)
        and _standfirst_under(blocks[over].text, blocks[above].text, page.language)
    ):
        above = over  # the line found is the standfirst under the headline
    title, site = strip_site_affixes(blocks[above].text.strip())
    return TitleResult(
        title, above, "above_meta", publisher=site, confirmed=_confirmed(page, above)
    )


TOPIC_SAMPLE_LINES = 40
"""Prose lines from the start of the story read to tell what it is about."""
TOPIC_MIN_WORDS = 3
TOPIC_MIN_SHARE = 0.5
"""A first line is about the story when three of its content words or more, and half
of them, occur in the story's first prose lines (a site name, "Live Science", has
two words at most that the story may use too)."""
TOPIC_MIN_LETTERS = 4
"""Words this long or longer count as content words (shorter ones are mostly
function words in the lexicon languages)."""


MENU_OF_NAMES_MIN_WORDS = 5
"""Words of a first line made only of capitalised names that reads as a menu run
together ("Startseite Inland Ausland Wirtschaft Wissen Sport"): five, past the four of
a site's name (:data:`SITE_NAME_MAX_WORDS`)."""


def _menu_of_names(line: str, page: Layout) -> bool:
    """Whether ``line`` is a menu's entries run together: five capitalised words or more
    with no function word and no mark between them, which the story does not speak of
    (:func:`_about_the_story`). A headline in title case has the same form, but shares
    its words with its story; with no story found to compare, it is no menu."""
    from newsclean.extract.lexicon import meta_lexicon

    words = [w for w in line.split() if w[:1].isalnum()]
    if len(words) < MENU_OF_NAMES_MIN_WORDS or any(c in line for c in ",.:;!?"):
        return False
    lex = meta_lexicon()
    stop = lex.words(page.language).stopwords | lex.words("en").stopwords
    if not all(w[:1].isupper() and w.casefold() not in stop for w in words):
        return False
    return page.start < len(page.visible) and not _about_the_story(page, line)


def _capitalised(line: str) -> bool:
    """Every word opens with a capital, is no word or a conjunction joining two ("Kent
    Online", "The Guardian", "Polícia e Justiça")."""
    words = line.split()
    return all(
        w[:1].isupper()
        or not w[:1].isalpha()
        or (w in _TITLE_CONJUNCTIONS and 0 < k < len(words) - 1)
        for k, w in enumerate(words)
    )


_TITLE_CONJUNCTIONS = frozenset({"and", "e", "et", "und", "y", "en", "i"})
"""Conjunctions a name in capitals keeps in lower case ("Crime and Justice")."""


def _lines_between(page: Layout, first: int, found: TitleResult) -> int:
    """Visible lines between block ``first`` and the headline ``found`` read under it."""
    assert found.block is not None
    return bisect.bisect_left(page.visible, found.block) - bisect.bisect_right(page.visible, first)


def _content_words(page: Layout, line: str) -> set[str]:
    """The words of ``line`` that carry its topic: long enough and no stopword of the
    page's language or English."""
    from newsclean.extract.lexicon import meta_lexicon

    lex = meta_lexicon()
    stop = lex.words(page.language).stopwords | lex.words("en").stopwords
    return {w for w in match_key(line).split() if len(w) >= TOPIC_MIN_LETTERS and w not in stop}


def _story_words(page: Layout, *, named: str | None = None) -> set[str]:
    """The words of the story's first :data:`TOPIC_SAMPLE_LINES` prose lines, leaving
    out the lines that hold ``named`` as a name ("… a reporter at The Example Post")."""
    vis = page.visible
    story: set[str] = set()
    read = 0
    marker = f" the {match_key(named)} " if named is not None else None
    for pos in range(page.start, len(vis)):
        i = vis[pos]
        if page.prose[i]:
            key = match_key(page.blocks[i].text)
            if marker is not None and marker in f" {key} ":
                continue
            story.update(key.split())
            read += 1
            if read >= TOPIC_SAMPLE_LINES:
                break
    return story


def _about_the_story(page: Layout, line: str) -> bool:
    """Whether ``line`` speaks of what the story does: a page's ``<title>`` names the
    story's subject ("WeWork employees to be laid off this week" over a story on
    WeWork's layoffs), while the first line of a page rendered without its title is
    a banner or a button ("Customize Your Weather", "Dow Jones, a News Corp
    company") whose words the story does not use."""
    content = _content_words(page, line)
    if len(content) < TOPIC_MIN_WORDS:
        return False
    shared = len(content & _story_words(page, named=line))
    return shared >= TOPIC_MIN_WORDS and shared >= TOPIC_MIN_SHARE * len(content)


BANNER_UNDER_MIN_SHARED = 2
"""Content words the line under a banner must share with the story (a headline's
nouns and names) for the banner, sharing none, to be passed over."""


def _banner_over(page: Layout, text: str, under: str) -> bool:
    """Whether ``text``, over a line that reads as its standfirst, is a banner over the
    headline instead: it shares no content word with the story's first prose lines
    while the line under it shares some ("Wind Advisory in effect until 9 PM" over
    "Police: Man arrested after overnight chase ends in crash"). A headline speaks of
    its story; a weather or traffic alert, a promotion or a ticker does not."""
    words = _content_words(page, text)
    if not (any(c.isdigit() for c in text) or not _BANNER_WORDS.isdisjoint(words)):
        return False  # a feature's headline may share no word with its story's start
    story = _story_words(page)
    return not words & story and len(_content_words(page, under) & story) >= BANNER_UNDER_MIN_SHARED


_BANNER_WORDS = frozenset({"alert", "advisory", "warning", "watch", "breaking", "live"})
"""Words of an alert banner ("Wind Advisory in effect until 9 PM"); a banner without
one names a time or a figure."""


_TRAIL_SEPARATORS = (" / ", " > ", " » ", " › ", " | ")
TRAIL_SEARCH_LINES = 6
"""Lines over a headline searched for the breadcrumb that ends with it."""


def _named_by_trail(page: Layout, index: int) -> int:
    """The line over block ``index`` when a breadcrumb a few lines above ends with it
    ("Cricket / Domestic / Kestrels hold on for draw …"): the page names its headline
    there, and the line found under it is the standfirst; else ``index``."""
    vis = page.visible
    pos = bisect.bisect_left(vis, index)
    if pos < 1:
        return index
    over = vis[pos - 1]
    text = page.blocks[over].text.strip()
    if len(text.split()) < PREFIX_MIN_WORDS:
        return index
    for i in vis[max(0, pos - 1 - TRAIL_SEARCH_LINES) : pos - 1]:
        trail = page.blocks[i].text.strip()
        if any(trail.endswith(sep + text) for sep in _TRAIL_SEPARATORS):
            return over
    return index


def _in_place_title(page: Layout) -> TitleResult | None:
    """The headline read where it stands over the story (``above_meta``), if any."""
    in_place = _headline_in_place(page)
    if in_place is None:
        in_place = _headline_with_byline(page)
    if in_place is None:
        in_place = _headline_under_meta(page)
    if in_place is None:
        return None
    in_place = _named_by_trail(page, in_place)
    title, site = strip_site_affixes(page.blocks[in_place].text.strip())
    return TitleResult(
        title,
        in_place,
        "above_meta",
        publisher=site,
        confirmed=_confirmed(page, in_place),
    )


META_OVER_HEADLINE_LINES = 4
"""Visible lines above the story's start searched for a headline printed under its
byline and date: the headline, its standfirst and a row of buttons at most."""


def _headline_under_meta(page: Layout) -> int | None:
    """A headline printed under its date line ("Kommentar von Jane Doe" / "24.09.2024 |
    06:00 Uhr" / headline / standfirst / the story), as opinion pages and some sites set
    their head: the headline-like line just above the story whose line above is a date
    alone, with only its standfirst and buttons between it and the story (a writer's
    job or credit under the date is none)."""
    from newsclean.extract.bylines import starts_with_cue
    from newsclean.extract.dates import find_dates, is_date_only

    vis, blocks = page.visible, page.blocks
    standfirst_seen = False
    for pos in range(page.start - 1, max(0, page.start - 1 - META_OVER_HEADLINE_LINES), -1):
        i = vis[pos]
        text = blocks[i].text
        if blocks[i].label not in _READ or page.prose[i]:
            return None
        if is_furniture(text) or len(text.split()) == 1:
            continue  # "Teilen", "Anhören": the buttons over the story
        if (
            is_date_only(blocks[vis[pos - 1]].text, language=page.language)
            and is_title_like(text)
            and word_count(text) >= PREFIX_MIN_WORDS
            and not _never_headline(text, page.language)
            and not writer_job(text)  # "Special to The Example Times" under the byline
            and not starts_with_cue(text, language=page.language)
            and not find_dates(text, language=page.language)
        ):
            return i
        if standfirst_seen or pos + 1 >= len(vis):
            return None
        standfirst_seen = True  # one line between the headline and the story: its standfirst
    return None


def _printed_copy(
    page: Layout,
    index: int,
    *,
    page_title: int | None,
    others: tuple[int, ...],
    site: str | None = None,
) -> TitleResult:
    """The headline read from the copy at ``index`` of a headline printed twice."""
    title, _ = strip_site_affixes(page.blocks[index].text)
    return TitleResult(
        title,
        index,
        "printed_twice",
        page_title=page_title,
        duplicates=others,
        publisher=site,
        confirmed=_confirmed(page, index),
    )


def _headline_with_byline(page: Layout, *, above: bool = False) -> int | None:
    """Teaser paragraphs above the story can pass for its start: further down, the
    first headline-like line with a byline just under it (teasers carry a date at
    most) and the story right after opens the story. With ``above``, the nearest such
    line above the story's start instead (see :data:`BYLINE_ABOVE_START`)."""
    from newsclean.extract.bylines import starts_with_cue

    vis = page.visible
    blocks = page.blocks
    stop = min(len(vis), page.start + BYLINE_HEAD_SEARCH)
    search = range(page.start, stop)
    if above:
        # upwards from a little above the story's start: a box of key points or a live
        # report's pinned entry can stand between the headline's byline and the story
        search = range(page.start - 1, max(-1, page.start - 1 - BYLINE_ABOVE_START), -1)
    for pos in search:
        i = vis[pos]
        text = blocks[i].text
        if (
            page.prose[i]
            or blocks[i].label not in _READ
            or word_count(text) < PREFIX_MIN_WORDS
            or _NOT_HEADLINE.match(text)
            or _NOT_HEADLINE_IN_PLACE.search(text)
            or not is_title_like(text)
            or is_furniture(text)
            or _never_headline(text, page.language)
        ):
            continue
        below = vis[pos + 1 : pos + 1 + META_BELOW_HEADLINE]
        # a byline line of its own ("By Jane Doe"), not a paragraph opening "By Monday, …",
        # or a name alone over its date ("Bec Donnelly" / "Updated November 8 2024")
        byline = next(
            (
                j
                for k, j in enumerate(below, start=pos + 1)
                if not page.prose[j]
                and len(blocks[j].text) <= MAX_META_LINE
                and (
                    starts_with_cue(blocks[j].text, language=page.language)
                    # "Written by" alone over the linked name
                    or _cue_over_name(page, k)
                    # "Jane Doe, Diplomatic Correspondent": a name and a writer's job
                    or _name_and_role(blocks[j].text, page.language)
                    # "Jane Doe and John Roe" over the date
                    or (name_pair(blocks[j].text, page.language) and _date_under(page, k))
                    or (
                        _name_alone(blocks[j].text, page.language)
                        and _date_under(page, k)
                        # one name: several in a row are a list of people
                        and not _name_alone(blocks[vis[k - 1]].text, page.language)
                    )
                )
            ),
            None,
        )
        # above the story's start, the box under the byline may be a long one
        max_gap = REPEAT_MAX_GAP if pos >= page.start else BYLINE_ABOVE_START
        if (
            byline is not None
            and _gap_to_prose(page, i) <= max_gap
            and _story_follows(page, i, byline)
            and not _question_among_questions(page, pos)
        ):
            return i
    return None


def _date_under(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` is a date line or a stamp with its cue."""
    from newsclean.extract.dates import find_dates

    if pos + 1 >= len(page.visible):
        return False
    under = page.blocks[page.visible[pos + 1]].text
    if _handle_alone(under) and pos + 2 < len(page.visible):
        # the writer's handle between the name and the date ("@noahfeld")
        under = page.blocks[page.visible[pos + 2]].text
    return len(under) <= MAX_META_LINE and (
        _cued_stamp(under) or bool(find_dates(under, language=page.language))
    )


def _handle_alone(text: str) -> bool:
    """Whether ``text`` is a social handle and nothing else ("@noahfeld")."""
    from newsclean.extract.contacts import find_handles

    bare = text.strip()
    return bare[:1] == "@" and find_handles(bare) == [bare]


QUESTIONS_ABOVE = 6
"""Visible lines above a question looked at for another: an interview asks several."""


def _question_among_questions(page: Layout, pos: int) -> bool:
    """Whether the line at visible position ``pos`` is a question with another question
    a few lines above it: an interview's, over its answer and the closing credit
    ("Tekst: Pieter Wolters"), not a headline over its byline."""
    text = page.blocks[page.visible[pos]].text.rstrip()
    if not text.endswith("?"):
        return False
    above = page.visible[max(0, pos - QUESTIONS_ABOVE) : pos]
    return any(page.blocks[k].text.rstrip().endswith("?") for k in above)


def _story_follows(page: Layout, headline: int, byline: int) -> bool:
    """Whether the byline stands right under the headline, no paragraph of the story
    between them (a date or a standfirst may be), and the story under it.

    An interview's question over its last answers and the credit that closes it
    ("Propos recueillis par Camille Roux", "Interview by Jane Doe") looks like a
    headline over its byline; the answers between them are the story.
    """
    between = sum(1 for k in page.visible if headline < k < byline and page.prose[k])
    after = sum(1 for k in page.visible if k > byline and page.prose[k])
    return between <= STANDFIRST_LINES_MAX and after >= STORY_MIN_LINES


STANDFIRST_LINES_MAX = 1
"""Prose lines a headline may have between it and its byline: the standfirst."""
STORY_MIN_LINES = 2
"""Prose lines under the byline for the story to stand there: a closing credit has a
newsletter prompt under it at most."""


_SENTENCE_STOPS = frozenset(".!?…。！？:;")
"""How a paragraph of prose ends (before its closing quote): a line of prose ending
otherwise, over its byline, is a long headline."""


def _headline_in_place(page: Layout) -> int | None:
    """No page title and no repeat (text rendered without its ``<title>``): the
    headline is the topmost headline-like line of the head of the story, the lines
    just above the prose, with a date or byline right under it."""
    vis = page.visible
    blocks = page.blocks
    prose_lines = 0
    found: int | None = None
    found_at = -1  # the visible position of the line found
    best = 0.0
    top = min(page.start, len(vis)) - 1
    if top + 1 < len(vis) and _headline_reads_as_prose(
        blocks[vis[top + 1]].text,
        bylined=top + 2 < len(vis)
        and (
            _byline_at(page, top + 2)
            # past its standfirst: "… per 20mila euro. Arrestato un 23enne" / "Il giovane
            # …" / "Simone Bartoli" / "05 Marzo 2024"
            or _meta_right_under(page, top + 1) >= BYLINED_META
        ),
    ):
        top += 1  # the story was taken to start at its own headline
    for pos in range(top, max(-1, page.start - 1 - HEAD_LINES), -1):
        i = vis[pos]
        text = blocks[i].text
        if page.prose[i]:
            stops = text.rstrip("\"”’»)' ")[-1:] in _SENTENCE_STOPS
            # a line of headline length with no stop at its end is no paragraph of the
            # story, however it reads ("Sciopero dei trasporti venerdì 8 novembre: a
            # Milano metro e tram a rischio dalle 8.45" over its standfirst)
            prose_lines += stops or word_count(text) > HEADLINE_AT_START_MAX_WORDS
            if prose_lines > 1:
                break  # a standfirst may stand between headline and story; more is story
            if stops:
                continue
            # a long headline with a comma reads as prose but ends with no full stop:
            # "Former county treasurer convicted of stealing $1.4M to pay for gambling,
            # vacations" over its byline
        if (
            blocks[i].label not in _READ
            or word_count(strip_site_affixes(text)[0]) < PREFIX_MIN_WORDS
            or _NOT_HEADLINE.match(text)
            or _NOT_HEADLINE_IN_PLACE.search(text)
            or _never_headline(text, page.language)
            or _menu_of_names(text, page)
        ):
            continue
        strength, meta_at = _meta_under(page, pos)
        if strength and _under_a_writer(page, pos):
            # "Rafael Moreira" / "Bianca Toledo" / "Brasília e Rio de Janeiro" / date:
            # the place the writers filed from, under their names, is no headline
            continue
        if strength and _kicker_over_headline(page, i, least=KICKER_HEADLINE_META):
            # "Faits divers / Insolite" over the headline with its byline and date under
            continue
        if strength and _ticker_label(text):
            strength -= TICKER_PENALTY  # "Breaking: …" over the headline: the news ticker's
        if found is not None and strength == best and found_at - meta_at > BANNER_GAP_LINES:
            # its own date stands well above the line found, as sure: a unit of its own
            # ("Diario de la Ribera" over today's date, a menu, buttons, a notice, then the
            # headline with its date); a headline over its standfirst shares the meta under
            # both, and a teaser with its date right under the headline's is no banner
            continue
        if strength and strength >= best:
            found_at = pos
            # the topmost line with the surest meta under it: a byline or a full date
            # right under it beats one past a share bar, and either beats a relative
            # stamp ("5 hours ago"): teasers above the story carry those
            found, best = i, strength
    return found


HEADLINE_AT_START_MAX_WORDS = 22
"""Words of a line read as the headline where the story seemed to start (the first
line's limit, :func:`_first_candidate`)."""


def _headline_reads_as_prose(text: str, *, bylined: bool = False) -> bool:
    """A line where the story seemed to start that may be its headline all the same: no
    sentence stop at its end, few enough words for a headline ("Preço das casas no Porto
    sobe 11,2% num ano e já supera os 3.000 euros por metro quadrado"), and one
    sentence: two are a caption over its credit ("The line ends at the square today.
    It will reach the hospital. Photo DR") unless a byline stands right under the line
    (``bylined``: "Influenza, il picco è arrivato: … in una settimana. Bambini i più
    colpiti" / "di Francesca Lo Russo"); no caption has one."""
    return (
        text.rstrip("\"”’»)' ")[-1:] not in _SENTENCE_STOPS
        and text.rstrip()[-1:] not in ",;:"
        and word_count(text) <= HEADLINE_AT_START_MAX_WORDS
        and (bylined or _SENTENCE_BREAK.search(text) is None)
    )


DATED_HEADLINE_MIN_WORDS = 8
"""Words of a line holding a date that may still be a headline ("Mortgage rates today,
October 5, 2020: 30-year fixed holds near record low"); a shorter one is a date line
or a stamp ("Updated Oct. 5, 2020 at 4:12 PM")."""
LONG_HEADLINE_MAX_SENTENCES = 2


def _two_sentence_headline(text: str) -> bool:
    """Whether ``text`` may be a headline too long for :func:`is_title_like`: headline
    length (:data:`HEADLINE_AT_START_MAX_WORDS` words at most) and two sentences, with or
    without the stop at its end (one long sentence with its stop is a standfirst)."""
    return (
        word_count(text) <= HEADLINE_AT_START_MAX_WORDS
        and text.rstrip()[-1:] not in ",;:"
        and len(_SENTENCE_BREAK.findall(text)) == LONG_HEADLINE_MAX_SENTENCES - 1
    )


COMPANY_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "gmbh", "corp", "s.a", "s.l", "b.v"})
"""Legal forms closing a company's name ("Brightwater Solar Inc."): such a line under a
headline is a press release's sender, not another headline."""
COMPANY_NAME_MAX_WORDS = 6


def company_name(line: str) -> bool:
    """Whether ``line`` is a company's name closed by its legal form ("Brightwater
    Solar Inc.", "Halvorsen Therapeutics, Inc.")."""
    words = line.split()
    return (
        0 < len(words) <= COMPANY_NAME_MAX_WORDS
        and words[-1].casefold().rstrip(".,") in COMPANY_SUFFIXES
    )


TICKER_LABELS = frozenset(
    {
        "breaking",
        "breaking news",
        "alert",
        "just in",
        "latest",
        "developing",
        "news alert",
        "eilmeldung",
        "dernière minute",
        "última hora",
        "ultim'ora",
        "ultima ora",
        "urgente",
        "срочно",
    }
)
"""Labels opening a news ticker's line ("Breaking: PSX gains 620 points …"), in the
lexicon languages."""
_LIVE_LABEL = re.compile(r"(?i:live|en direct|en vivo|in diretta|ao vivo|liveblog)\b ?[:|–-] ")
"""A live report's label opening a line ("LIVE: …", "EN DIRECT - …"): on a first line
over another headline with its byline, a teaser of the live page."""
TICKER_PENALTY = 1.0
"""What a ticker's label takes off a headline candidate's strength: with the same meta
under both, the plain line nearer the story is the headline; alone, the label's line
still is one."""


def _standfirst_next(page: Layout, index: int) -> bool:
    """Whether the visible line after block ``index`` reads as its standfirst (a
    labelled headline, "Breaking: Earthquake strikes …", over its deck)."""
    pos = bisect.bisect_right(page.visible, index)
    if pos >= len(page.visible):
        return False
    return _standfirst_under(
        page.blocks[index].text, page.blocks[page.visible[pos]].text, page.language
    )


def _ticker_label(text: str) -> bool:
    """Whether ``text`` opens with a ticker's label and a colon or a bar."""
    head = _TICKER_SPLIT.split(text[:TICKER_LABEL_CHARS], maxsplit=1)
    return len(head) == 2 and head[0].strip(" *").casefold() in TICKER_LABELS


_TICKER_SPLIT = re.compile(r" ?[:|] ")
TICKER_LABEL_CHARS = 24
"""A ticker's label and its separator stand in the first characters of the line."""


BYLINE_BONUS = 0.5
"""What a byline under a headline candidate adds to a date alone: a teaser above
the story prints its date under it as the story does, but seldom a byline."""
BYLINED_META = 3.0 + BYLINE_BONUS
"""The strength of :func:`_meta_right_under` with a byline right under a line or under
its standfirst, no buttons between."""


def _byline_at(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` is a byline: a cue and a name ("By Jane
    Doe", "* By Jane Doe"), a cue alone over the name ("By" / "Jane Doe"), or a
    name and a job title ("Jane Doe, AP Sports Writer") or an outlet ("Kavita Rao,
    Chronicle News Service")."""
    from newsclean.extract.bylines import starts_with_cue

    if pos >= len(page.visible):
        return False
    line = strip_list_bullet(page.blocks[page.visible[pos]].text)
    return len(line) <= MAX_META_LINE and (
        starts_with_cue(line, language=page.language)
        or _cue_over_name(page, pos)
        or _name_and_role(line, page.language)
        or _name_and_outlet(line, page.language)
        or _name_over_job(page, pos)
    )


def _name_over_job(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` is a name alone over a job title alone
    ("Jane Doe" / "Local Democracy Reporter"): a byline broken over two lines."""
    from newsclean.extract.bylines import is_job_title

    vis = page.visible
    if pos + 1 >= len(vis):
        return False
    under = page.blocks[vis[pos + 1]].text
    return (
        len(under) <= MAX_META_LINE
        and is_job_title(under)
        and _name_alone(page.blocks[vis[pos]].text, page.language)
    )


def _meta_right_under(page: Layout, pos: int) -> float:
    """The strength of :func:`_meta_under` alone."""
    return _meta_under(page, pos)[0]


def _meta_under(page: Layout, pos: int) -> tuple[float, int]:
    """How surely the line at ``pos`` is a headline with its meta right under it: 3
    when one of the two visible lines under it is a byline or a date, 2 when the
    byline or date is reached only past buttons, labels or a name (a teaser over
    the story has its date past a share bar too), :data:`BYLINE_BONUS` more when a
    byline is among them, 1 when it is only a relative stamp ("5 hours ago"), 0
    when none or when the line could not be a headline. Lines that are neither
    story nor another headline are passed over and are not one of the two: a
    section trail ("NATIONAL /"), a one-word label ("Editorial"), a button or
    counter ("No comments"), an author's or an agency's name alone (the date under
    it says it is a byline). Also the visible position of that meta line (-1 when none)."""
    from newsclean.classify.boilerplate import is_newsroom_byline
    from newsclean.extract.dates import find_dates, is_date_only

    vis = page.visible
    text = page.blocks[vis[pos]].text
    if not is_title_like(text) and not (
        # a headline of two sentences with its stop ("The wells are going dry in Sorrel
        # Valley. Nobody is sure who should fix it.") over a byline, or over its
        # standfirst and a byline: no caption or paragraph has one under it
        _two_sentence_headline(text) and (_byline_at(page, pos + 1) or _byline_at(page, pos + 2))
    ):
        return 0.0, -1
    if is_furniture(text) or _is_menu_row(text):
        return 0.0, -1
    if word_count(text) < DATED_HEADLINE_MIN_WORDS and find_dates(text):
        return 0.0, -1  # a date line or a stamp; a long headline may hold a date
    if (
        writer_job(text)
        or (name_pair(text, page.language) and not _byline_below(page, pos))
        # "Mark van den Heuvel" over "11 feb. 2026, 14:32": the byline as printed
        or (
            _name_alone(text, page.language, ground=_under_headline(page, pos))
            and (_date_under(page, pos) or _co_author_over_date(page, pos))
        )
        or (
            pos > 0
            and _job_in_sentence_case(text)
            and _name_alone(page.blocks[vis[pos - 1]].text, page.language)
        )
    ):
        # "Jane Doe and John Roe" or "Health Reporter" over the date, or "Channel 6
        # Weather presenter" under "Jane Doe": the byline's; a pair over a byline of
        # its own is a headline naming two people
        return 0.0, -1
    seen = names = passed = labels_passed = 0
    last_name = ""  # the name alone passed over, which a page may print twice
    first_seen = -1  # the block of the first line under it that is neither meta nor passed
    for k, nxt in enumerate(vis[pos + 1 : pos + 1 + META_UNDER_MAX_LINES]):
        line = strip_list_bullet(page.blocks[nxt].text)
        # a long byline with the writers' addresses and the paper ("By Jane Doe and John
        # Roe | jdoe@… | The Harbor City Courier") reads as prose by its length
        if len(line) <= MAX_META_LINE and (
            not page.prose[nxt]
            or (line[:3].casefold() == "by " and _byline_at(page, pos + 1 + k))
            # "Published October 14, 2023 at 6:12 a.m. | Updated …" reads as a sentence
            or opens_with_date_cue(line)
        ):
            bylined = (
                _byline_at(page, pos + 1 + k)
                # "Our Correspondent", "Par la rédaction", "Le Quotidien du Nord (avec AFP)"
                or is_newsroom_byline(line)
                or _desk_and_outlet(line)
            )
            if bylined or _cued_stamp(line) or find_dates(line, language=page.language):
                # "Pilar Gavilán" right over "Sevilla, 23 Julio, 2024": the one name
                # passed over is the byline as printed, no box between it and the headline
                named = names == 1 and k > 0 and page.blocks[vis[pos + k]].text == last_name
                strength = 2.0 if passed - named or labels_passed > 1 else 3.0
                if bylined or named or _byline_at(page, pos + 2 + k):
                    strength += BYLINE_BONUS  # teasers carry dates, seldom bylines
                return strength, pos + 1 + k
            if is_date_only(line, language=page.language):
                return 1.0, pos + 1 + k
        if len(line.split()) == 1 and not is_furniture(line):
            labels_passed += 1  # a label ("Editorial"); a run of them is a menu
            continue
        if (
            is_section_trail(line)
            or is_furniture(line)
            or company_name(line)
            or _organisation_name(line)  # "Cedar Plains Register" under the writer's name
            or portrait_alt(line)  # "Photo of Jane Doe" over her name
        ):
            passed += 1
            continue
        if names and (writer_job(line) or _job_in_sentence_case(line)):
            passed += 1  # "Jane Doe" / "Health Reporter": the job under the name
            continue
        if not names and name_pair(line, page.language):
            if k == seen and _furniture_under(page, pos + 1 + k):
                # "Sophie Lindqvist, Rahul Mehta" right under it (or its standfirst)
                # over "4 Min Read": the writers, the date printed over the headline
                return (2.0 if passed or labels_passed > 1 else 3.0) + BYLINE_BONUS, pos + 1 + k
            names += 1  # "Jane Doe and John Roe": one byline
            passed += 1
            continue
        if (
            0 < names < CO_AUTHOR_LINES
            and line != last_name  # the name printed twice is one writer
            and _name_alone(line, page.language)
            and (_places_under(page, pos + 1 + k) or (seen and _date_under(page, pos + 1 + k)))
        ):
            # "Rafael Moreira" / "Bianca Toledo" / "Brasília e Rio de Janeiro": co-authors
            # one per line over the places they filed from, or over the date under the
            # headline's standfirst ("Lucía Fernández Ortega" / "Javier Molina" / "Madrid -
            # 27 feb 2024"); names in a row right under a line, with no place under them,
            # are a list: a gallery's captions, the people a story names
            names += 1
            passed += 1
            continue
        if names and _filing_places(line) and not _name_alone(line, page.language):
            passed += 1  # "Brasília e Rio de Janeiro" under the names: where they filed
            continue
        if not names and _name_alone(line, page.language, ground=True):
            if pos <= 1 and pos + 2 + k < len(vis) and name_over_story(page, pos + 1 + k):
                # the name right over the story, named nowhere in it, under a headline
                # opening the text (past its kicker at most): the byline as an extractor
                # prints it ("Jane Doe" under the headline and standfirst); further down
                # a page, the line under a headline may be anything
                return (2.0 if passed or labels_passed > 1 else 3.0) + BYLINE_BONUS, pos + 1 + k
            if k == seen and _buttons_under(page, pos + 1 + k):
                # "Jane Doe" right under it (or under its standfirst) and a share bar
                # under the name: a byline as a page prints it with its buttons, where
                # a teaser has none
                return 2.0 + BYLINE_BONUS, pos + 1 + k
            if k == seen and _job_under(page, pos + 1 + k):
                # "Daniel Osei" / "Business reporter" right under it (or under its
                # standfirst): the writer and their job, a byline
                return (2.0 if passed or labels_passed > 1 else 3.0) + BYLINE_BONUS, pos + 1 + k
            names += 1  # one name: several names in a row are a list (of captions, of people)
            passed += 1
            last_name = line
            continue
        if names and line == last_name:
            passed += 1  # "Ryan Thibodeau" twice: the name as a link, then as text
            continue
        if seen <= 1 and not passed and _outlet_line(line):
            # "Capitol News Service" right under it (or under its standfirst) over the
            # date: a wire's or a bureau's byline, as syndicated stories print it
            continue
        seen += 1
        if seen == 1:
            first_seen = nxt
        elif seen == 2 and _standfirst_goes_on(page, vis[pos], first_seen, nxt):
            seen = 1  # the standfirst's second line: "Aveva 84 anni. …" / "Domani la …"
            continue
        if is_title_like(line):
            if (
                seen == 1
                and _standfirst_under(text, line, page.language)
                and not _banner_over(page, text, line)
            ):
                continue  # a standfirst between the headline and its byline
            return 0.0, -1  # another headline-like line is nearer: "Home News <headline>" above it
        if seen == 2:
            break
    return 0.0, -1


def _under_a_writer(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` stands right under a name alone that the
    text names nowhere else (a writer's, :func:`name_alone_in`) and is only place
    names (:func:`_filing_places`)."""
    if pos < 1 or not _filing_places(page.blocks[page.visible[pos]].text):
        return False
    above = page.blocks[page.visible[pos - 1]].text
    if not _name_alone(above, page.language):
        return False
    lines = [page.blocks[k].text for k in page.visible]
    return name_alone_in(above, lines, page.language)


def _places_under(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` is only place names (:func:`_filing_places`)."""
    if pos + 1 >= len(page.visible):
        return False
    under = page.blocks[page.visible[pos + 1]].text
    return _filing_places(under) and not _name_alone(under, page.language)


CO_AUTHOR_LINES = 3
"""Names one per line under a headline read as one byline (co-authors)."""
FILING_PLACES_MAX_WORDS = 6
_PLACE_JOINERS = frozenset({"e", "and", "y", "et", "und", "en", "de", "do", "da", "del", "di"})


def _filing_places(line: str) -> bool:
    """Whether ``line`` is only capitalised place names and the words joining them
    ("Brasília e Rio de Janeiro", "Madrid"): where the writers named above it filed
    from."""
    words = line.split()
    return (
        0 < len(words) <= FILING_PLACES_MAX_WORDS
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w in _PLACE_JOINERS for w in words)
        and not any(c.isdigit() for c in line)
    )


def _standfirst_goes_on(page: Layout, headline: int, first: int, second: int) -> bool:
    """Whether block ``second`` goes on the paragraph of block ``first``, the line under
    a headline: one line break between them where a blank line sets the headline
    apart (a page that separates its blocks so), and ``first`` a sentence ("Aveva 84
    anni. Il suo romanzo … nel 1983." / "Domani la camera ardente in municipio ad
    Adria"): a standfirst printed on two lines, not a second headline."""
    blocks = page.blocks
    text = page.article.original  # block offsets are the raw text's
    if not (headline < first < second):
        return False
    return (
        not one_break_between(text, blocks[headline], blocks[first])
        and one_break_between(text, blocks[first], blocks[second])
        and blocks[first].text.rstrip("\"”’»)' ")[-1:] in _SENTENCE_STOPS
    )


def _job_under(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` names a writer's job ("Business reporter",
    "Senior Correspondent, Europe"): the line at ``pos`` is the writer's name."""
    vis = page.visible
    if pos + 1 >= len(vis):
        return False
    line = page.blocks[vis[pos + 1]].text
    return len(line) <= MAX_META_LINE and (writer_job(line) or _job_in_sentence_case(line))


def _buttons_under(page: Layout, pos: int) -> bool:
    """Whether the two visible lines under ``pos`` are buttons, one of them to share
    ("Share" / "Save"): the other is a button too or a single word."""
    from newsclean.classify.boilerplate import cue_kind

    under = [page.blocks[i].text for i in page.visible[pos + 1 : pos + 3]]
    kinds = [cue_kind(text) for text in under]
    return (
        len(under) == 2
        and labels.SHARE in kinds
        and all(
            kind is not None or len(text.split()) == 1
            for kind, text in zip(kinds, under, strict=True)
        )
    )


NAME_ALONE_MAX_WORDS = 4
"""A line holding a person's name and nothing else has four words at most."""


PLACE_MAX_WORDS = 2
"""Words of the town after a name and a comma ("Jane Doe, Port Carrow")."""


def _name_alone(line: str, language: str | None, *, ground: bool = False) -> bool:
    """Whether ``line`` is a person's name and nothing more ("Jane Doe"), perhaps with
    the town the writer files from after a comma or "in" (German, Dutch and Italian
    say it so too), or an agency's ("The Associated Press"). With ``ground``, for a line
    under a headline, the ground a match report comes from may follow "at" ("Liam
    Fairweather at Merrow Park"); a line of its own so is as often a review's headline
    ("Taylor Swift at Wembley")."""
    from newsclean.extract.bylines import parse_byline

    head, comma, place = line.rpartition(",")
    if comma and 0 < len(place.split()) <= PLACE_MAX_WORDS and place.strip().istitle():
        line = head  # "Kwabena Owusu-Ansah, Kumasi": the name and where the writer files from
    else:
        for joint in (" in ", " at ") if ground else (" in ",):
            head, at, place = line.rpartition(joint)
            if at and 0 < len(place.split()) <= PLACE_MAX_WORDS and place.strip().istitle():
                # "Hannah Whitcombe in Melbourne", "Liam Fairweather at Merrow Park":
                # where the writer files from, or the ground a match report comes from
                line = head
                break
    if len(line.split()) > NAME_ALONE_MAX_WORDS:
        return False
    found = parse_byline(line, cued=False, language=language)
    if found is None:
        return False
    # one name, perhaps with the agency the story draws on ("Ricardo Sousa com Lusa"),
    # or an agency alone
    return len(found.authors) == 1 or (not found.authors and found.agency is not None)


def _furniture_under(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` is page furniture alone: a reading time,
    a share button ("4 Min Read", "Share")."""
    from newsclean.classify.boilerplate import cue_kind

    if pos + 1 >= len(page.visible):
        return False
    under = page.blocks[page.visible[pos + 1]].text
    return len(under) <= MAX_META_LINE and (is_furniture(under) or cue_kind(under) is not None)


def _co_author_over_date(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` is a name alone over a date: the line at
    ``pos`` is then the first of two co-authors ("Pieter Van den Broeck" / "Els
    Maertens" / date), no headline."""
    if pos + 1 >= len(page.visible):
        return False
    under = page.blocks[page.visible[pos + 1]].text
    return _name_alone(under, page.language) and _date_under(page, pos + 1)


def _under_headline(page: Layout, pos: int) -> bool:
    """Whether the visible line over ``pos`` reads as a headline, longer than a name:
    the line at ``pos`` may then be its byline."""
    if pos == 0:
        return False
    above = page.blocks[page.visible[pos - 1]].text
    return is_title_like(above) and word_count(above) >= UNDER_HEADLINE_MIN_WORDS


UNDER_HEADLINE_MIN_WORDS = 6
"""Words of a headline over a byline: fewer may be a name, a kicker or a menu entry."""


JOB_OUTLET_MAX_WORDS = 4
"""Words of the outlet named after a job and its comma ("…, Marlshire Today")."""


def _job_in_sentence_case(line: str) -> bool:
    """A job in sentence case under a name ("Chief football writer"): a job noun last,
    four words at most, the first capitalised; or a job noun first in lower case and
    its beat after it ("redacteur Wetenschap")."""
    from newsclean.extract.lexicon import meta_lexicon

    job, comma, outlet = line.partition(",")
    if comma and 0 < len(outlet.split()) <= JOB_OUTLET_MAX_WORDS:
        line = job  # "Health correspondent, Marlshire Today": the job and its outlet
    words = line.split()
    if not 1 < len(words) <= JOB_TITLE_MAX_WORDS:
        return False
    roles = meta_lexicon().role_words
    first = words[0].casefold().strip(".,")
    if words[0][:1].islower():
        # the job noun first in lower case, then its beat, as Dutch, German or French
        # print it under the name ("redacteur Wetenschap")
        return first in roles and first not in ROLE_MODIFIERS
    last = words[-1].casefold().strip(".,")
    return words[0][:1].isupper() and last in roles and last not in ROLE_MODIFIERS


def _byline_below(page: Layout, pos: int) -> bool:
    """Whether the visible line under ``pos`` is a byline or a name alone."""
    if pos + 1 >= len(page.visible):
        return False
    under = strip_list_bullet(page.blocks[page.visible[pos + 1]].text)
    return _byline_at(page, pos + 1) or _name_alone(under, page.language, ground=True)


NAME_PAIR_MAX_WORDS = 8
"""Two names of up to three words each and the connector between them."""


def name_pair(line: str, language: str | None) -> bool:
    """Whether ``line`` is two people's names joined by one connector or a comma and
    nothing more ("Sophie Carrow and Nathan Ellery", "Andrés Molina y Carla Fuentes",
    "Sophie Lindqvist, Rahul Mehta"): a byline printed without its cue."""
    from newsclean.extract.bylines import parse_byline

    words = line.split()
    if not 4 <= len(words) <= NAME_PAIR_MAX_WORDS:
        return False  # two words a name at least, and the connector (perhaps a comma)
    found = parse_byline(line, cued=False, language=language)
    if found is None or found.agency is not None or len(found.authors) != 2:
        return False
    first, second = found.authors
    between = line.strip()
    if not (between.startswith(first) and between.endswith(second)):
        return False
    joint = between[len(first) : len(between) - len(second)].split()
    return len(joint) == 1 and all(len(name.split()) >= 2 for name in found.authors)


def _cue_over_name(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` is a byline cue alone ("By") with a
    capitalised line under it: a page rendered to text often breaks the byline
    there, the cue in one element and the linked name in the next."""
    from newsclean.extract.bylines import cue_only

    vis = page.visible
    if pos + 1 >= len(vis) or not cue_only(page.blocks[vis[pos]].text, language=page.language):
        return False
    name = page.blocks[vis[pos + 1]].text
    return not page.prose[vis[pos + 1]] and name[:1].isupper() and len(name) <= MAX_META_LINE


META_UNDER_MAX_LINES = 12
"""Lines read under a headline for its byline or date: two lines that count, and
what is passed over between them (trails, one-word labels, buttons and counters,
one name alone): a share bar of single words can stand between headline and date."""

STANDFIRST_MIN_WORDS = 8
"""Shortest standfirst let stand between a headline and its byline; shorter lines
under a headline are more often another headline (a teaser) or a kicker."""


def _standfirst_under(headline: str, line: str, language: str | None) -> bool:
    """Whether ``line``, right under ``headline``, reads as its standfirst: at least
    as long as it (or with a semicolon or a full stop), eight words or more, and in
    sentence case (a teaser headline under another is in the same case as it). In a
    language that capitalises its nouns no case tells them apart: the length does."""
    words = word_count(line)
    # shorter than the headline, it still reads as a standfirst with a clause after a
    # semicolon or a full stop, which headlines do not have ("Reajuste de 8% foi
    # autorizado pela prefeitura; estudantes e idosos mantêm gratuidade")
    sentence = ";" in line or line.rstrip("\"”’»)' ")[-1:] == "."
    if words < STANDFIRST_MIN_WORDS:
        return False
    if _opens_with_capitals_label(headline) and not headline.isupper() and not sentence:
        # a ticker's label run onto its news ("WINTER STORM WARNING in effect until 12 PM
        # Friday") over the headline: the line under it is no standfirst of it
        return False
    if words < word_count(headline) and not sentence:
        # a little shorter, it still reads as one when it runs on like a sentence
        # ("Campaigners say they will consider a legal challenge after the decision"
        # under a headline of thirteen words)
        # "Home News Business News <headline>" over the headline, or a ticker's label
        # run onto its news ("WEATHER ALERT Frost advisory …") over it, is no headline
        # over its standfirst
        return (
            words >= SHORTER_STANDFIRST_SHARE * word_count(headline)
            and _lower_case_run(line)
            and match_key(line) not in match_key(headline)
            and not _opens_with_capitals_label(headline)
        )
    if language in NOUN_CAPITALS:
        # "Der Lahrer Hersteller reagiert auf den Einbruch bei den Aufträgen": a sentence's
        # verbs, articles and prepositions in lower case, more than a headline has
        lower = sum(1 for w in line.split() if w[:1].islower())
        return lower >= NOUN_CAPITALS_STANDFIRST_LOWER_WORDS
    long_words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    # names make a sentence look capitalised ("The Lantern Club, Polar Echo and Jasmine
    # Okoro will top the bill in July"); its run of words in lower case gives it away
    return capitalised < TITLE_CASE_SHARE * len(long_words) or _lower_case_run(line)


def _opens_with_capitals_label(text: str) -> bool:
    """Whether two words in capitals open ``text`` and more follow: a label run onto
    what follows it ("WEATHER ALERT Frost advisory …", "BREAKING NEWS Fire on …")."""
    words = text.split(maxsplit=2)
    return len(words) == 3 and all(len(w) >= 3 and w.isalpha() and w.isupper() for w in words[:2])


NOUN_CAPITALS = frozenset({"de", "lb"})
"""Languages that capitalise every noun: a sentence in them has the capitals of a
headline in title case (German, Luxembourgish)."""
NOUN_CAPITALS_STANDFIRST_LOWER_WORDS = 5
"""Words in lower case (verbs, articles, prepositions) that make a German line under a
headline its standfirst: "reagiert auf den … bei den … stimmt … zu" has seven, a
headline under a teaser ("Maschinenbauer kürzt Arbeitszeit für 1200 Beschäftigte in
Lahr") three or four."""


SHORTER_STANDFIRST_SHARE = 0.75
"""Share of the headline's words a standfirst with no stop at its end must reach when
it is shorter than the headline: with a run of words in lower case it reads as a
sentence; a shorter line is more often a teaser's headline."""


LOWER_CASE_RUN_WORDS = 4
"""Words in lower case in a row that mark a sentence: a line in title case leaves at
most its short function words in lower case, two or three in a row ("Back to the
Future", "Out of the Blue")."""


def _lower_case_run(line: str) -> bool:
    """Whether ``line`` holds four words in a row that open in lower case."""
    run = 0
    for word in line.split():
        run = run + 1 if word[0].islower() else 0
        if run >= LOWER_CASE_RUN_WORDS:
            return True
    return False


def _cued_stamp(text: str) -> bool:
    """A time stamp opening with its cue and holding a digit ("Updated Nov 19, 9:41 AM",
    "Published Tue, Nov 19 20197:05 AM EST"), read where the date parser finds no
    full date. A bare relative stamp ("5 hours ago") is left out: teasers carry those."""
    return (
        len(text) <= DATEISH_MAX_CHARS
        and any(c.isdigit() for c in text)
        and opens_with_date_cue(text)
    )


def opens_with_date_cue(text: str) -> bool:
    """Whether ``text`` opens with a published or updated cue of one or two words
    ("Updated:", "Last updated")."""
    from newsclean.extract.lexicon import meta_lexicon

    lex = meta_lexicon()
    words = text.split(None, 2)
    first = words[0].casefold().strip(":") if words else ""
    if first in lex.published_cues or first in lex.updated_cues:
        return True
    # a cue of two words: "Last updated", "Zuletzt aktualisiert"
    two = " ".join(words[:2]).casefold().strip(":")
    return len(words) > 1 and (two in lex.published_cues or two in lex.updated_cues)


def _dateish(text: str, language: str | None = None) -> bool:
    """A time stamp line, even one without a year that the date parser leaves alone
    ("Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"): it opens with a date cue
    word and holds a figure or is short, or half of its words hold digits. A time
    stamp is a short line: longer text is not read for dates here (that would cost
    time on a page-long line)."""
    if len(text) > DATEISH_MAX_CHARS:
        return False
    words = text.split()
    if not words:
        return False
    with_digits = sum(1 for w in words if any(c.isdigit() for c in w))
    if opens_with_date_cue(text) and (
        with_digits or len(words) <= DATEISH_CUE_MAX_WORDS or _relative_or_weekday(text)
    ):
        return True
    if with_digits > DATEISH_DIGIT_SHARE * len(words):
        return True
    if not with_digits:
        return False
    from newsclean.extract.dates import find_dates, has_relative

    if len(words) <= DATEISH_RELATIVE_MAX_WORDS and words[0][:1].isdigit() and has_relative(text):
        return True  # "17H ago 50 photos", "5 hours ago": a teaser's stamp

    # the page's language reads an all-numeric date ("02/03/2026 - 06:00 h" in Spanish)
    dated = sum(d.end - d.start for d in find_dates(text, language=language))
    return dated >= DATEISH_DATE_SHARE * len(text.strip())


def _relative_or_weekday(text: str) -> bool:
    """Whether ``text`` holds a weekday or a word of a relative date ("Published less
    than an hour ago", "Updated on Monday"): a stamp with no figure."""
    from newsclean.extract.dates import relative_word_patterns
    from newsclean.extract.lexicon import meta_lexicon

    ago, day, _ = relative_word_patterns(tuple(meta_lexicon().languages))
    if ago.search(text) or day.search(text):
        return True  # units alone ("year", "week") are words of headlines too
    weekdays = meta_lexicon().weekdays
    return any(w.casefold().strip(".,:;") in weekdays for w in text.split())


def _is_post(text: str) -> bool:
    tags = _HASHTAG.findall(text)
    return len(tags) >= 2 or (len(tags) == 1 and text.rstrip(" .!").endswith(tags[0]))


SLOGAN_MAX_WORDS = 3
"""Words of each sentence of a site's slogan ("Your community. Your news.")."""


def _slogan(text: str) -> bool:
    """Two or more sentences of a few words each, closed by full stops: a site's motto
    under its name ("Your community. Your news.", "Local. Independent. Trusted.")."""
    parts = [p for p in text.rstrip().split(". ") if p]
    return (
        text.rstrip().endswith(".")
        and len(parts) >= 2
        and all(1 <= len(p.rstrip(".").split()) <= SLOGAN_MAX_WORDS for p in parts)
        # each a word of four letters or more: "U.S. Senate passes bill." is no motto
        and all(any(sum(c.isalpha() for c in w) >= 4 for w in p.split()) for p in parts)
    )


def _never_headline(text: str, language: str | None = None) -> bool:
    """A byline, a time stamp, a section trail, a site's slogan, or a line the
    boilerplate cleaner removes wherever it stands: whatever its place, not a headline."""
    return (
        _slogan(text)
        or is_section_trail(text)
        or _is_byline(text, language)
        or _dateish(text, language)
        or _is_cue_line(text)
        or byline_in_parts(text, language)
        or _CUT_SHORT.search(text[-CUT_SHORT_TAIL:]) is not None  # an excerpt: "… [+2210 chars]"
        or _name_and_date(text, language)
        or _figures_row(text)
        or _slashed_labels(text)
        or _name_and_outlet(text, language)
        or _ends_with_buttons(text)
        or _ends_with_link_cue(text)
        or _score_line(text)
        or _weather(text)
        or _organisation_name(text)
        or portrait_alt(text)
        or _desk_and_outlet(text)
        or _BRACKETED_ITEMS.fullmatch(text.strip()) is not None
        or _FORM_CONTROL.search(text) is not None
        or _logo_alt(text)
    )


def _logo_alt(text: str) -> bool:
    """A logo's alt text printed as a line ("The Harlow Ledger logo", "Logo: Example
    News"): the site's name, no headline."""
    raw = text.rstrip(" .").split()
    words = [w.casefold() for w in raw]
    if not 0 < len(words) <= LOGO_ALT_MAX_WORDS:
        return False
    if words[0] in _LOGO_OPENINGS:
        return True
    # a name before it, every word capitalised: "Olympics unveil LA28 logo" is a headline
    return words[-1] == "logo" and len(raw) > 1 and all(w[:1].isupper() for w in raw[:-1])


LOGO_ALT_MAX_WORDS = 6
"""Words of a logo's alt text: a site's name and the word "logo"."""
_LOGO_OPENINGS = frozenset({"logo", "logo:"})


_BRACKETED_ITEMS = re.compile(r"(?:\[[^\[\]]{1,300}\][ \t]*){1,12}")
"""A line wholly in square brackets: a picture's alt text as a text browser prints it
("[A metro train on the viaduct]"), or a row of buttons ("[Assinante? Entre aqui]
[Assine agora]"); a headline is printed plain."""
_FORM_CONTROL = re.compile(r"\(BUTTON\)|_{8}")
"""A form as a text browser prints it: a button ("(BUTTON) Search") or a text field
("Search ____________________")."""


def _desk_and_outlet(text: str) -> bool:
    """A newsroom's desk, a bar and the outlet ("Redacción | El Heraldo del Bajío"):
    the byline of a story with no writer named."""
    head, bar, _ = text.partition("|")
    if not bar or len(head.split()) > DESK_BEFORE_BAR_MAX_WORDS:
        return False
    from newsclean.classify.boilerplate import is_desk_line

    return is_desk_line(head.strip())


DESK_BEFORE_BAR_MAX_WORDS = 3


_PORTRAIT_WORDS = frozenset(
    {"photo", "picture", "image", "portrait", "headshot", "avatar", "foto", "imagen", "immagine"}
)
_PORTRAIT_OF = frozenset({"of", "de", "di", "von"})
PORTRAIT_NAME_MAX_WORDS = 4
_NAME_PUNCT = re.compile(r"[-'’.]")


def portrait_alt(text: str) -> bool:
    """The alt text of a writer's portrait, a name after "Photo of" and nothing else
    ("Photo of Jeremy Lutz"): printed over the byline, never a headline ("Portrait of
    a Lady on Fire" goes on in small letters)."""
    words = text.split()
    return (
        3 <= len(words) <= 2 + PORTRAIT_NAME_MAX_WORDS
        and words[0].casefold() in _PORTRAIT_WORDS
        and words[1] in _PORTRAIT_OF
        and all(w[:1].isupper() and _NAME_PUNCT.sub("", w).isalpha() for w in words[2:])
    )


ORGANISATION_NAME_MAX_WORDS = 6


def _organisation_name(text: str) -> bool:
    """A masthead or a body's name alone, every word capitalised and the last one a
    newspaper's noun or a company's or association's ending ("The Lakeport
    Herald-Dispatch", "Oak Hollow Neighborhood Association"), or a paper named after
    its place: the site's name over the page, never its headline, which says what
    happened. Words that also close headlines ("Media", "Council", "Police") do not
    count."""
    words = text.split()
    if not 2 <= len(words) <= ORGANISATION_NAME_MAX_WORDS:
        return False
    from newsclean.extract.bylines import PAPER_ONLY_NOUNS

    if _paper_of_a_place(words):
        return True
    if not all(w[:1].isupper() for w in words):
        return False
    last = words[-1].casefold().strip(".,:;!?")
    names = PAPER_ONLY_NOUNS | _BODY_ENDINGS
    return last in names or any(part in names for part in last.split("-"))


_BODY_ENDINGS = frozenset({"inc", "ltd", "llc", "plc", "gmbh", "corp", "association", "foundation"})
"""Last words of a company's or an association's name that no headline ends with (a
headline may end with "Media", "Systems" or "Police": "Elon Musk Slams Social
Media")."""


_PLACE_LINKS = frozenset({"de", "del", "do", "da", "di", "du", "des", "of", "von", "van"})
"""Words joining a paper's noun to its place ("El Heraldo del Bajío", "Diario de
Sevilla", "Giornale di Brescia")."""


def _paper_of_a_place(words: Sequence[str]) -> bool:
    """Whether ``words`` are an article at most, a capitalised newspaper's noun, a
    joining word and one capitalised word (or two, after a newspaper's noun that is
    nothing else), nothing more: a masthead named after its place ("El Heraldo del
    Bajío", "Diario de Sevilla"). "University of Michigan Wins" and "City of Light
    Reopens" go on with a verb."""
    from newsclean.extract.bylines import PAPER_ONLY_NOUNS

    rest = list(words)
    if rest and rest[0].casefold() in _MASTHEAD_ARTICLES:
        rest = rest[1:]
    if len(rest) < 3 or not rest[0][:1].isupper() or rest[1].casefold() not in _PLACE_LINKS:
        return False
    noun = rest[0].casefold()
    if noun not in _PAPER_NOUNS_OF_PLACES and noun not in PAPER_ONLY_NOUNS:
        return False
    return len(rest) == 3 and rest[2][:1].isupper()


_MASTHEAD_ARTICLES = frozenset({"the", "el", "la", "le", "il", "o", "lo", "het"})
_PAPER_NOUNS_OF_PLACES = frozenset(
    {"heraldo", "diario", "periódico", "jornal", "giornale", "gazzetta", "corriere"}
    | {"mercurio", "correio", "folha", "zeitung", "krant", "dagblad", "gazet"}
)
"""Newspapers' nouns of the lexicon languages, which open a masthead named after its
place ("Diario de Sevilla", "Giornale di Brescia")."""


def _weather(text: str) -> bool:
    """A weather widget's reading ("Log in Brisbane 26° Fine"): never a headline."""
    if "°" not in text:
        return False
    from newsclean.classify.boilerplate import is_weather_widget

    return is_weather_widget(text)


SCORE_LINE_MAX_WORDS = 12


def _score_line(text: str) -> bool:
    """A result as a scoreboard prints it: a team, its score, the other team, its score
    and nothing else ("Coventry 31 Ealing Trailfinders 24"); a headline has a verb."""
    words = text.split()
    if not 4 <= len(words) <= SCORE_LINE_MAX_WORDS or not words[-1].isdigit():
        return False
    figures = [k for k, w in enumerate(words) if w.isdigit()]
    return (
        len(figures) == 2
        and 0 < figures[0] < len(words) - 2
        and all(w[:1].isupper() or w == "&" for k, w in enumerate(words) if k not in figures)
    )


SLASHED_LABELS_MIN = 3
SLASHED_LABEL_MAX_WORDS = 2
"""Labels joined by slashes ("Entertainment / Bollywood / News", "Sport / Football /
Premier League"): a section trail or a row of tags, never a headline. Two parts may be
one ("Israel / Hamas War"); three of two words or fewer each are a trail."""


def _slashed_labels(text: str) -> bool:
    """Three or more capitalised labels of one or two words joined by " / "."""
    if text.count(" / ") < SLASHED_LABELS_MIN - 1:
        return False
    parts = [p.strip() for p in text.split(" / ")]
    return all(
        0 < len(p.split()) <= SLASHED_LABEL_MAX_WORDS
        and (p[0].isupper() or p[0].isdigit())
        and not p.endswith((".", "!", "?", ":"))
        for p in parts
    )


_NAME_OUTLET_JOINS = (", ", " - ", " – ", " — ", " | ")
"""What joins a writer's name and their outlet's on a byline with no cue."""


def _name_and_outlet(text: str, language: str | None) -> bool:
    """A person's name, a comma (or a dash, a bar) and an outlet's name, nothing else
    ("Kavita Rao, Chronicle News Service", "Jane Doe, The Harbour Ledger", "Inês
    Carvalho - RTL Notícias"): a byline printed without its cue. The outlet is a few
    capitalised words opening with an article or holding an outlet word (see
    :func:`newsclean.extract.bylines.names_an_outlet`); after a dash or a bar, an
    outlet word it must hold: "Taylor Swift – The Eras Tour" is a headline."""
    from newsclean.extract.bylines import (
        OUTLET_MAX_WORDS,
        holds_outlet_word,
        names_an_outlet,
        parse_names,
    )

    line = text.strip()
    join = next((j for j in _NAME_OUTLET_JOINS if j in line), None)
    if join is None:
        return False
    name, _, outlet = line.partition(join)
    words = outlet.split()
    if not 0 < len(words) <= OUTLET_MAX_WORDS or any(j in outlet for j in _NAME_OUTLET_JOINS):
        return False
    if not all(w[:1].isupper() for w in words) or not names_an_outlet(words):
        return False
    if join != ", " and not holds_outlet_word(words[-1:]):
        return False  # "Lionel Messi – The Club Years": an outlet's name ends with its noun
    names = parse_names(name, cued=False, language=language, strict=True)
    return names is not None and list(names.authors) == [" ".join(name.split())]


BUTTONS_TAIL_MAX_WORDS = 6
_BUTTON_SEPARATORS = frozenset({"|", "·", "•", "/"})
"""Words read at a line's end for buttons run into it ("… NEWS Log in Subscribe")."""


def _ends_with_buttons(text: str) -> bool:
    """Whether ``text`` ends with two or more buttons run together ("HARROWBY NEWS Log
    in Subscribe", "… Saber mais Aceitar Recusar"): a masthead or a banner whose line
    breaks were lost, never a headline (see :meth:`CueIndex.match_glued`)."""
    from newsclean.classify.cues import cue_index, line_key

    # separators between the buttons ("Subscribe | Log in") are no words
    words = [w for w in line_key(text).split() if w not in _BUTTON_SEPARATORS]
    if len(words) < BUTTONS_TAIL_MAX_WORDS // 2:
        return False
    index = cue_index()
    tail_start = max(0, len(words) - BUTTONS_TAIL_MAX_WORDS)
    return any(
        index.match_glued(" ".join(words[i:])) is not None
        for i in range(tail_start, len(words) - 2)
    )


def _ends_with_link_cue(text: str) -> bool:
    """Whether ``text`` closes with a bar and a link's cue ("School board votes to delay
    start of new bell schedule | Read more"): a ticker's or a teaser's line pointing to
    another story, never the page's headline (``LINK_PROMPTS`` of the lexicons)."""
    if " | " not in text:
        return False
    from newsclean.classify.cues import line_key, link_prompts

    return line_key(text.rsplit(" | ", 1)[1]).rstrip(" .:»›>…") in link_prompts()


FIGURES_ROW_MIN = 4
"""Figures in a row of prices ("DAX 23.418,55 +0,38 % | MDAX 27.904,12 +0,71 %"): a
headline prints three at most ("FTSE 100 up 0.6% at 8,912")."""


def _figures_row(text: str) -> bool:
    """A ticker's or a table's row: four figures or more, half of its words or more."""
    words = _words(text)
    figures = sum(1 for w in words if any(c.isdigit() for c in w))
    return figures >= FIGURES_ROW_MIN and 2 * figures >= len(words)


_NAME_DATE_SEPARATORS = ("·", "|", "-", "–", "—", ",", "•")


def _name_and_date(text: str, language: str | None) -> bool:
    """A name, a separator and a date on one line, nothing else ("Kelsey Droumbakis ·
    Mar. 5, 2024"): a byline printed without its cue."""
    from newsclean.extract.bylines import parse_byline
    from newsclean.extract.dates import find_dates

    if len(text) > MAX_META_LINE or not any(c.isdigit() for c in text):
        return False
    dates = find_dates(text, language=language)
    if not dates or not text[: dates[0].start].rstrip().endswith(_NAME_DATE_SEPARATORS):
        return False  # "Opening Bell 11.18.19": a newsletter's name and issue, no byline
    found = parse_byline(text, cued=False, language=language, dates=dates)
    return found is not None and bool(found.authors)


MENU_ROW_MIN_ITEMS = 4
"""Links of a menu printed on one line ("Fútbol | LaLiga | Champions | Motor"): a page
title has its headline and a site name, a section at most, between its pipes."""
MENU_ITEM_MAX_WORDS = 3


def _byline_next_to(page: Layout, index: int) -> bool:
    """Whether the visible line just above or under ``index`` opens with a byline cue."""
    from newsclean.extract.bylines import starts_with_cue

    pos = bisect.bisect_left(page.visible, index)
    near = page.visible[max(0, pos - 1) : pos] + page.visible[pos + 1 : pos + 2]
    return any(starts_with_cue(page.blocks[j].text, language=page.language) for j in near)


MENU_HEADLINE_MIN_WORDS = 5


def _headline_under(page: Layout, index: int) -> bool:
    """Whether a headline-like line of five words or more, no sentence, comes right
    under ``index``: a menu row over a headline (a page title stuffed with section
    names, "Classificação NASCAR | Autoracing | F1 | Indy", has menus under it)."""
    pos = bisect.bisect_right(page.visible, index)
    if pos >= len(page.visible):
        return False
    nxt = page.blocks[page.visible[pos]].text.strip()
    return (
        word_count(nxt) >= MENU_HEADLINE_MIN_WORDS
        and is_title_like(nxt)
        and not _sentence_like(nxt)
        and not page.prose[page.visible[pos]]
    )


def _is_menu_row(text: str) -> bool:
    """A row of short links joined by pipes, middle dots or bullets ("Serie A | Serie B
    | Champions League | Calciomercato", "Home · Start Here · Budgeting"): a menu, not
    a headline, when a headline stands under it."""
    for separator in _MENU_SEPARATORS:
        if text.count(separator) >= MENU_ROW_MIN_ITEMS - 1:
            items = text.split(separator)
            return all(0 < len(item.split()) <= MENU_ITEM_MAX_WORDS for item in items)
    return False


_MENU_SEPARATORS = (" | ", " · ", " • ")
"""What joins the links of a menu printed on one line."""
_STEP_SEPARATOR = re.compile(r" [/>›»|] ")
"""What joins the steps of a breadcrumb ("Reviews / Kestrel / Vanta", "News > World")."""


_TRAIL_ENDS = ("/", "|", " >", " »", " ›")
"""How a breadcrumb or section label ends when its last step is a link ("NEWS /",
"World >", "News »"). A "»" or "›" that closes a quotation opened on the line
("« Nous gagnerons »", "закон «О бюджете»") is no trail end."""
_TRAIL_MIN_LETTERS = 3
"""A logo spelled out has three letters or more ("T R D")."""
"""How a breadcrumb or section label ends when its last step is a link ("NEWS /")."""


def is_section_trail(text: str) -> bool:
    """A section label or breadcrumb: a trail from the home page ("Home > News"), a
    line ending with a trail separator, or one most of whose words are single
    letters (a logo spelled out, "T R D NATIONAL /"). A text browser's link numbers
    are read past ("[9]News > [10]Traffic")."""
    stripped = text.rstrip()
    if "[" in stripped:
        stripped = LINK_MARK.sub("", stripped)
    if is_breadcrumb(stripped) or section_path_steps(stripped) is not None:
        return True
    if stripped.endswith(_TRAIL_ENDS) and not (
        (stripped.endswith("»") and "«" in stripped) or (stripped.endswith("›") and "‹" in stripped)
    ):
        return True
    words = stripped.split()
    if len(words) < _TRAIL_MIN_LETTERS:
        return False  # one short word (a CJK headline may be one character)
    return 2 * sum(1 for w in words if len(w) == 1) > len(words)


def _is_lexicon_heading(text: str) -> bool:
    """Whether ``text`` is a heading the lexicons know: furniture, a box heading, or
    a story's key points ("Key Points", "Das Wichtigste in Kürze"), which a name's
    test of capitalised words alone would pass."""
    from newsclean.classify.cues import key_point_headers, line_key

    return _is_cue_line(text) or line_key(text).rstrip(":") in key_point_headers()


def _is_cue_line(text: str, *, spare_link_title: bool = True) -> bool:
    """A line the boilerplate cleaner removes wherever it stands, or a heading over
    other stories ("More from Example News"): never a headline (it would leave the
    text the second time round, and cleaning would not settle)."""
    from newsclean.classify.boilerplate import is_box_heading, is_cue_line

    return is_cue_line(text, spare_link_title=spare_link_title) or is_box_heading(text)


def _is_byline(text: str, language: str | None = None) -> bool:
    """Whether ``text`` opens with a byline cue, of the page's language or of any
    other ("Текст: Иван Петров" on a page the guess took for English), and names
    somebody; or is an author bio ("Jane Doe is a senior reporter …"). Either
    way the metadata extractor reads it, so it is never the headline."""
    from newsclean.extract.bylines import cue_language, parse_bio, parse_byline

    if len(text) > MAX_META_LINE * 2:
        return False
    own = cue_language(text, language=language)
    if own is None:
        return parse_bio(text, language=language) is not None or _name_and_role(text, language)
    found = parse_byline(text, cued=False, language=own)
    if found is not None and (found.authors or found.org):
        return True  # a person, or a newsroom ("Author: KPVN 12 Digital Staff")
    # the cue's colon run into what follows: "Author:The Example DeskPublish date:…"
    head, colon, rest = text.partition(":")
    return bool(colon) and rest[:1].isupper() and len(head.split()) <= CUE_MAX_WORDS


CUE_MAX_WORDS = 2
"""Words of a byline cue before its colon ("Author:", "Written by:")."""
NAME_AND_ROLE_MAX_WORDS = 8
"""A name and a job title: "Greg Beacham, AP Sports Writer", "Bruce Y. Lee Senior
Contributor"."""


def _name_and_role(text: str, language: str | None) -> bool:
    """Whether ``text`` is a person's name followed by nothing but a job title and an
    agency ("Jane Doe, Staff Writer", "Greg Beacham, AP Sports Writer", "Dr Hannah
    Lowe, Space Editor"): a byline printed without its cue, never a headline."""
    from newsclean.extract.bylines import is_job_title, parse_byline, parse_names
    from newsclean.extract.lexicon import meta_lexicon

    words = text.split()
    lex = meta_lexicon()
    if len(words) > NAME_AND_ROLE_MAX_WORDS:
        # two writers with their jobs: "Jane Doe, Health Editor and John Roe, Political
        # Correspondent"
        if len(words) > 2 * NAME_AND_ROLE_MAX_WORDS + 1:
            return False
        connectors = {*lex.words("en").connectors, *lex.words(language or "en").connectors}
        for connector in sorted(connectors):
            # every place the connector stands: "Science and Health Editor and …"
            at = text.find(f" {connector} ")
            while at >= 0:
                first, second = text[:at], text[at + len(connector) + 2 :]
                if (
                    len(first.split()) <= NAME_AND_ROLE_MAX_WORDS
                    and len(second.split()) <= NAME_AND_ROLE_MAX_WORDS
                    and _name_and_role(first, language)
                    and _name_and_role(second, language)
                ):
                    return True  # one level deep: each half is one writer
                at = text.find(f" {connector} ", at + 1)
        return False
    if len(words) > 3 and words[0].casefold().strip(".") in lex.honorifics:
        words = words[1:]  # "Dr Hannah Lowe, Space Editor"
        text = " ".join(words)
    if not 3 <= len(words) <= NAME_AND_ROLE_MAX_WORDS:
        return False
    last = words[-1].strip(",.;:|()–—-")
    low = last.casefold()
    if (low not in lex.role_words or low in ROLE_MODIFIERS) and lex.agency(last) is None:
        return False  # one set test before parsing: most lines end otherwise

    def job(rest: list[str]) -> bool:
        # a job noun with its beat ("Space Editor") or only job words and agencies
        return bool(rest) and (
            is_job_title(" ".join(rest), lexicon=lex)
            or all(w.casefold() in lex.role_words or lex.agency(w) is not None for w in rest)
        )

    name, comma, after = text.partition(", ")
    if comma:
        names = parse_names(name, cued=False, language=language, strict=True)
        if names is not None and (
            list(names.authors) == [name.strip()]
            or (len(names.authors) > 1 and low.endswith("s"))  # "…, Staff Writers"
        ):
            rest = [w.strip(",.;:|()–—-") for w in after.split()]
            # after a name and its comma, a capitalised programme's or desk's name may
            # stand before the job noun ("Jane Doe, Local Journalism Initiative Reporter")
            # ... or in lower case, as Russian, French or Spanish print a job ("Дмитрий
            # Волков, научный обозреватель")
            return job(rest) or (
                len(rest) <= JOB_TITLE_MAX_WORDS
                and (all(w[:1].isupper() for w in rest) or all(w.islower() for w in rest))
                and rest[-1].casefold() in lex.role_words
                and rest[-1].casefold() not in ROLE_MODIFIERS
            )
    found = parse_byline(text, cued=False, language=language)
    if found is None or len(found.authors) != 1 or not text.startswith(found.authors[0]):
        return False
    rest = [w.strip(",.;:|()–—-") for w in text[len(found.authors[0]) :].split()]
    return job([w for w in rest if w])


BARE_NAME_MAX_WORDS = 4
"""Most words of a name alone that :func:`name_alone_in` reads ("Anna van der Berg");
two names joined by "and" are longer and need another sign of a byline."""
_NAME_WORD = re.compile(r"[^\W\d_]{2,}")


def name_alone_in(text: str, lines: Iterable[str], language: str | None) -> bool:
    """Whether ``text`` is a person's name and nothing else, and its words occur in no
    other line of ``lines`` (the text's visible lines, ``text`` among them): an
    author's name over the story, since a story is seldom about its writer, while a
    topic line ("Donald Trump") or a heading ("Climate Crisis") names what it tells.
    The writer's bio after the story (past the lines right under the name, where a
    line opening with it starts a story about them) is no mention."""
    from newsclean.extract.bylines import parse_names
    from newsclean.extract.lexicon import meta_lexicon

    particles = meta_lexicon().particles
    # "Le", "van", "de" inside a name are words of every sentence of the language
    words = {w.casefold() for w in _NAME_WORD.findall(text)} - particles
    if not words or len(text.split()) > BARE_NAME_MAX_WORDS:
        return False
    names = parse_names(text, cued=False, language=language, strict=True)
    if names is None or " ".join(names.authors) != " ".join(text.split()):
        return False
    if _is_lexicon_heading(text):
        return False  # "Key Points", "Related Stories": capitalised words of a heading
    from newsclean.extract.bylines import parse_bio

    name = " ".join(text.split())
    seen_self = False
    since = 0  # lines read after the name's own
    for line in lines:
        if not seen_self and line == text:
            seen_self = True  # the name's own line, once
            continue
        since += seen_self
        bio = since > BIO_AFTER_LINES and line.startswith(name)
        if bio and parse_bio(line, language=language, authors=(name,)):
            continue  # the writer's bio after the story ("Jane Doe is our crime reporter.")
        if any(w.casefold() in words for w in _NAME_WORD.findall(line)):
            return False
    return True


BIO_AFTER_LINES = 2
"""Lines under a name before a line opening with it may be the writer's bio: right
under it, "John Whitfield was a pioneering surgeon …" opens the story about him."""


def name_over_story(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` is a name alone right over the story's first
    paragraph whose words occur nowhere else in the text (:func:`name_alone_in`): the
    author, as an extractor or an API prints it ("Jane Doe" under the headline, or
    first with no headline). A headline shares its words with its story ("Golden
    Hour" over a review of "Golden Hour"), a writer seldom does. A job title and a
    date line may stand between the name and the story: the date goes, and the
    cleaned text, cleaned again, must read the name the same way ("Market Wrap" /
    "March 3, 2024" over a story that never says "market" is read as a byline)."""
    visible = page.visible
    under = pos + 1
    if under + 1 < len(visible) and writer_job(page.blocks[visible[under]].text):
        under += 1  # "Jane Doe" / "Transport Correspondent" / the story
    if under + 1 < len(visible) and _date_line(page.blocks[visible[under]].text, page.language):
        under += 1  # "Jane Doe" / "21 Mar 2025, 12:05" / the story
    if under >= len(visible) or not page.prose[visible[under]]:
        return False
    own = visible[pos]
    text = page.blocks[own].text
    name, comma, job = text.partition(", ")
    if comma and writer_job(job):
        text = name  # "Jane Doe, Contributing Columnist" over the story: the name and its job
    lines = (text if j == own else page.blocks[j].text for j in visible)
    return name_alone_in(text, lines, page.language)


def _date_line(line: str, language: str | None) -> bool:
    """A short line holding a date ("21 Mar 2025, 12:05", "Updated Nov 19")."""
    from newsclean.extract.dates import find_dates

    return len(line) <= MAX_META_LINE and (
        _dateish(line) or bool(find_dates(line, language=language))
    )


_SPECIAL_TO = re.compile(r"(?:special|exclusive) to (?:the )?[A-Z]", re.IGNORECASE)
"""A freelancer's credit under the name: "Special to the Valley Sentinel"."""


def writer_job(line: str) -> bool:
    """A writer's job on its own line ("Transport Correspondent") or a freelancer's
    credit ("Special to the Valley Sentinel")."""
    from newsclean.extract.bylines import is_job_title

    line = line.strip()
    return len(line) <= MAX_META_LINE and (is_job_title(line) or freelance_credit(line))


def freelance_credit(line: str) -> bool:
    """ "Special to the Valley Sentinel": a freelancer's credit under the name (a job
    title alone is the boilerplate cleaner's ``job_title``)."""
    return len(line) <= MAX_META_LINE and _SPECIAL_TO.match(line.strip()) is not None


BYLINE_PARTS = 3
"""Most parts of a byline joined by pipes: the name, a job or desk, a date."""


def byline_in_parts(text: str, language: str | None) -> bool:
    """Whether ``text`` is a byline set out with pipes or middle dots: a name, or a name
    and its job, then only a desk or job ("Media Desk", "Housing Reporter") and a date
    ("Nkechi Barrow, Housing Reporter | 14 November 2024", "Jane Doe | Staff
    Writer"), perhaps the outlet last after a job ("Jane Doe · Health Reporter · The
    Northern Dispatch"). A page title's last part is its site, which names no job or
    desk, and no job stands before it."""
    from newsclean.extract.bylines import names_an_outlet, parse_names
    from newsclean.extract.lexicon import meta_lexicon

    separator = " | " if " | " in text else " · "
    if separator not in text or len(text) > MAX_META_LINE * 2:
        return False
    first, *others = (part.strip() for part in text.split(separator))
    if len(others) >= BYLINE_PARTS or not first:
        return False
    lex = meta_lexicon()
    jobs = lex.role_words | lex.collective_words

    def job_or_date(part: str) -> bool:
        words = part.split()
        return _dateish(part) or (
            0 < len(words) <= JOB_MAX_WORDS and words[-1].strip(",.").casefold() in jobs
        )

    name, comma, job = first.partition(", ")
    if comma and not job_or_date(job):
        return False
    if not _name_and_role(first, language):
        names = parse_names(name, cued=False, language=language, strict=True)
        if names is None or " ".join(names.authors) != " ".join(name.split()):
            return False
    if len(others) >= 2 and job_or_date(others[0]) and names_an_outlet(others[-1].split()):
        others = others[:-1]  # "Jane Doe · Health Reporter · The Northern Dispatch"
    return all(job_or_date(part) for part in others)


FIRST_CANDIDATE_LINES = 1000
"""Lines of furniture read past at the top of a text looking for its first line: a
page of nothing but buttons is not read to its end (the headline, if any, is then
read where it stands over the story)."""


def _first_candidate(page: Layout) -> int | None:
    """The first line, when it is headline-like: the page's ``<title>`` or the headline.

    A line with no story after it is not a headline: a one-line text is body.
    """
    for i, block in enumerate(page.blocks[:FIRST_CANDIDATE_LINES]):
        text = block.text
        if (
            is_furniture(text)
            or block.label not in _READ
            or (
                _never_headline(text, page.language)
                and not _WHOLLY_BRACKETED.fullmatch(text.strip())  # a logo: see below
            )
        ):
            continue  # a menu line, a byline or date, a line another cleaner takes
        pos = bisect.bisect_left(page.visible, i)
        if pos == len(page.visible) or page.visible[pos] != i:
            continue  # a line read already (front matter)
        if (
            _MARKED_START.match(text)
            or _WHOLLY_BRACKETED.fullmatch(text.strip())
            or len(_BRACKETED.findall(text)) >= BRACKETED_BUTTONS_MIN
        ):
            # "[2]Ouest Info", "[Logo] The Courier": a link or a picture a text browser
            # numbered or named, the site's logo; "SPORT IM KREIS [Suche] [Login] [Abo]":
            # its buttons. A page's <title> is printed plain: the headline is read in place
            return None
        if _masthead_in_capitals(text) and page.start - pos > MASTHEAD_MIN_LINES_OVER:
            return None  # "IL GAZZETTINO DEL DELTA" over menus: the site's masthead
        if _kicker_over_headline(page, i) or _in_label_stack(page, pos):
            continue  # "ANALYSIS", "Climate crisis" over the headline: its section
        if _ticker_label(text) and _headline_under(page, i) and not _standfirst_next(page, i):
            continue  # "Breaking: PSX gains 620 points …" over the headline: a ticker
        if _is_menu_row(text) and _headline_under(page, i):
            continue  # "Fútbol | LaLiga | Champions | Motor" over the headline
        if is_job_title(text) and _byline_next_to(page, i):
            continue  # "By Jane Doe" / "Senior Phones Editor": the byline's job title
        if name_over_story(page, pos):
            return None  # "Jane Doe" over the story, named nowhere in it: its author
        if (
            pos > 0
            and _name_alone(text, page.language)
            and name_alone_in(text, (page.blocks[j].text for j in page.visible), page.language)
        ):
            # a name alone, named nowhere else, under a line no headline could be (an
            # excerpt "… [+2210 chars]"): printed first as the title, the clean text
            # would read it as the name over the story, its author; no headline is
            # the fixpoint
            return None
        if block.label in _READ or is_title_like(text):
            if not is_title_like(text) or block.label == labels.CAPTION:
                return None
            if page.visible and page.visible[-1] <= i:
                return None
            if _NOT_HEADLINE.match(text):
                return None  # a list item or a table row
            if _ENTRY_HEADING.match(text) and _another_entry(page, i):
                return None  # "7:05 p.m.: Health officials report …": a live report's entry
            if _PLACE_IN_CAPS.fullmatch(text.strip()) or _HAS_LINK.search(
                strip_site_affixes(text)[0]
            ):
                return None  # "BAAR, SWITZERLAND" (a dateline) or "More info: www.…"
            opening = find_dateline(text)
            if opening is not None and (
                opening.agency or opening.credit or word_count(text) > DATELINE_HEADLINE_MAX_WORDS
            ):
                return None  # "NEW YORK (AP) — …": the story's first paragraph
            if _CALL_TO_ACTION.match(text) or _is_post(text):
                return None  # "Click for full results"; "… All opinions are mine. #ad"
            core = strip_site_affixes(text)[0]
            if word_count(core) > TITLE_MAX_WORDS and not _long_headline(page, i, core):
                return None  # the lead paragraph of a text without a headline
            if _furniture_once_stripped(text, core):
                return None  # "Email • Twitter" left of a share bar, "Home | News" of a menu
            if _named_in_copyright(page, core):
                # "Fox News" over "©2019 FOX News Network": the site's logo, with its
                # section after a bar at times ("East Africa Wire | Business")
                return None
            if _sentence_like(text) and not (
                _set_apart(page, i) and _shorter_than_what_follows(page, i)
            ):
                return None  # a sentence run on like the paragraphs after it: the story
            return i
    return None


_CUT_SHORT = re.compile(rf"(?:{TRUNCATION_MARKER}|\[(?:…|\.\.\.)\])[ \t]*$")
"""How a news API or a feed ends an excerpt it cut short: "[+2210 chars]", "[…]"."""
CUT_SHORT_TAIL = MARKER_TAIL
"""The end of a line looked at for those marks."""


_MARKED_START = re.compile(
    r"\[(?:\d{1,4}|(?i:logo|image|img|photo|foto|imagen|imagem|immagine|bild|afbeelding))\]"
)
"""A line opening with a text browser's link number or a picture's placeholder (a tag
such as "[VIDEO]" or "[Updated]" may open a headline)."""
_WHOLLY_BRACKETED = re.compile(r"\[[^\[\]]{1,80}\]")
"""A first line wholly in square brackets: a picture's alt text as a text browser prints
it (the site's logo, "[Jornal da Beira e Vouga]"); a page's ``<title>`` is plain."""
_BRACKETED = re.compile(r"\[[^\[\]]{1,20}\]")
BRACKETED_BUTTONS_MIN = 2
"""Short bracketed labels on a line that make it a row of buttons ("[Login] [Abo]"): a
headline may end with one tag ("… [VIDEO]"), not two."""
MASTHEAD_MAX_WORDS = 6
"""Words of a site's name in capitals over its page ("IL GAZZETTINO DEL DELTA")."""
MASTHEAD_MIN_LINES_OVER = 3
"""Lines between a line in capitals and the story's start that make it a masthead over
the page's menus and head; a headline in capitals stands right over its story, its
standfirst and byline at most between them (an extractor's output)."""


def _masthead_in_capitals(text: str) -> bool:
    """Whether ``text`` is two to six words all in capitals: the site's masthead. A
    headline in capitals over a whole page is rare (the page's ``<title>``, printed
    first, is in sentence or title case); a tabloid's is longer or has figures."""
    words = text.split()
    return (
        2 <= len(words) <= MASTHEAD_MAX_WORDS
        and text.upper() == text
        and any(c.isalpha() for c in text)
        and not any(c.isdigit() for c in text)
    )


def _named_in_copyright(page: Layout, text: str) -> bool:
    """Whether ``text``, a short line, is the name a copyright line of the page holds
    ("The Hollywood Reporter" and "© 2019 The Hollywood Reporter"): the site's logo
    rendered as the first line of a page without its ``<title>``. A headline is no
    holder of rights."""
    if word_count(text) > SITE_MAX_WORDS:
        return False
    name = " ".join(text.split()).casefold()
    for block in page.blocks:
        line = block.text
        if len(line) > COPYRIGHT_LINE_MAX_CHARS or not (
            "©" in line or line.lstrip("( ").casefold().startswith("copyright")
        ):
            continue  # a copyright line, not a sentence that mentions copyright
        at = " ".join(line.split()).casefold().find(name)
        if at >= 0:
            return True
    return False


COPYRIGHT_LINE_MAX_CHARS = 200
"""Copyright lines are short; a paragraph naming the site and "©" is prose."""


CUT_SHORT_MIN_WORDS = 10
"""Words of a line ending with an ellipsis that make it an excerpt cut short rather
than a headline trailing off ("Só quem se Ama…")."""


DATELINE_HEADLINE_MAX_WORDS = 14
"""A first line opening like a dateline without a credit ("NEW RULES — Drivers must
pay toll from Monday") is still a headline up to this long; longer, it is the first
paragraph."""
LONG_TITLE_MAX_COMMAS = 3
"""Commas from which a long first line is a run of clauses, not a headline."""
LONG_TITLE_MAX_WORDS = 45
"""Some tabloids write headlines of up to forty words ("Hunter diagnosed with bubonic
plague after eating a rabbit making him third Beijing local to …")."""


def _long_headline(page: Layout, index: int, core: str) -> bool:
    """Whether a first line longer than :data:`TITLE_MAX_WORDS` is still a headline: at
    most :data:`LONG_TITLE_MAX_WORDS` words, no sentence end and no comma or
    semicolon-run of clauses ending it, with prose under it (a lead paragraph ends
    like a sentence)."""
    if word_count(core) > LONG_TITLE_MAX_WORDS:
        return False
    end = core.rstrip("”’\"')")
    if end.endswith((".", "!", "?", "…", ":", ";", ",", "。")):
        return False
    if ". " in core or core.count(",") >= LONG_TITLE_MAX_COMMAS:
        return False  # a sentence inside, or a run of clauses: a lead missing its full stop
    pos = bisect.bisect_right(page.visible, index)
    return pos < len(page.visible) and page.prose[page.visible[pos]]


KICKER_MAX_WORDS = 3
"""A section label over a headline ("ANALYSIS", "Climate crisis", "Politics |
Analysis") has three words at most, none of them a function word."""
KICKER_CAPS_MIN_CHARS = 4
"""A kicker in capitals alone ("NEWS", "ANALYSIS") has four letters or more."""
META_RIGHT_UNDER = 3.0
"""The strength :func:`_meta_right_under` gives a byline or date right under a line."""


OUTLET_LINE_MAX_WORDS = 5
"""Words of an outlet's name standing alone as a byline ("Capitol News Service")."""


SERVICE_NOUNS = frozenset(
    {"news", "service", "wire", "newswire", "agency", "bureau", "press", "nachrichten"}
    | {"agentur", "agence", "agencia", "agência", "agenzia", "noticias", "notícias"}
    | {"notizie", "nieuws", "nouvelles", "prensa", "imprensa", "presse", "pers", "stampa"}
)
"""Words naming a news service in its name ("Capitol News Service", "Da Agência Ciência
Hoje"); an article or a capital alone opens many a headline ("The Bridge Nobody
Wanted")."""


def _outlet_line(line: str) -> bool:
    """Whether ``line`` is an outlet's or a news service's name alone, as a wire story
    prints its byline ("Capitol News Service", "National News Wire", "Telegraph Sport"):
    a few capitalised words, one of them a service's noun or a newspaper's ("Courier"),
    no sentence end."""
    words = line.split()
    if not 1 < len(words) <= OUTLET_LINE_MAX_WORDS or line.rstrip().endswith((".", "!", "?", ":")):
        return False
    folded = [w.casefold().strip(".,'’") for w in words]
    return all(w[:1].isupper() for w in words if len(w) > 3) and any(
        w in SERVICE_NOUNS or w in PAPER_ONLY_NOUNS for w in folded
    )


def _kicker_over_headline(page: Layout, index: int, *, least: float = META_RIGHT_UNDER) -> bool:
    """Whether the line at ``index`` is a kicker: three words or fewer, no sentence end
    and no function word, right over a longer headline-like line that does not end
    like a sentence either ("ANALYSIS" / "Council votes to close the old bridge"), a
    word in capitals alone or over a line with its byline or date right under it. A
    short headline over its standfirst ("Bridge Closes" / "The crossing will shut for
    a year.") is no kicker, nor is a name or the site's logo."""
    from newsclean.extract.lexicon import meta_lexicon

    text = page.blocks[index].text.strip()
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if not words or len(words) > KICKER_MAX_WORDS or text.endswith((".", "!", "?", ":", "…")):
        return False
    if page.prose[index]:
        return False
    stop = meta_lexicon().words(page.language).stopwords
    if any(w.casefold() in stop for w in words):
        return False  # "Bridge to close": a short headline has function words, a label none
    pos = _headline_under_label(page, index, len(words))
    if pos is None:
        return False
    if _name_alone(text, page.language) or _named_in_copyright(page, text):
        return False  # "Jane Doe", the site's logo over the headline
    # one word in capitals is a label ("ANALYSIS"); any other short line is one only when
    # the line under it has its byline or date right under it, as a headline does (a
    # short headline over its standfirst, "Brückensperrung" / deck, is no label, and
    # reads the same once the byline is gone: cleaning the clean text agrees)
    if len(words) == 1 and text.isupper() and len(text) >= KICKER_CAPS_MIN_CHARS:
        return True
    return _meta_right_under(page, pos) >= least


LABEL_STACK_MIN = 2
"""Section labels one under the other at the top of a text ("Kultur" / "Nachruf",
"València" / "Sucesos") that make the line under them its headline, wherever its
byline stands; one label alone may be a short headline over its standfirst."""
LABEL_STACK_MAX = 3
"""More labels in a row at the top are a menu, and the line under it a teaser as
likely as the headline."""
LABEL_STACK_STORY_GAP = 6
"""Lines at most between that headline and the story's first paragraph (a
standfirst, a caption and its credit, a byline and a date)."""


def _in_label_stack(page: Layout, pos: int) -> bool:
    """Whether the visible line at ``pos`` is one of the two or three section labels
    that open the text over its headline, as an extractor keeps the page's kicker and
    section ("Actualités" / "Météo" / "Tempête hivernale : jusqu'à 40 centimètres …"):
    short labels from the text's first line, then a headline-like line of seven words or
    more, the story starting a few lines under it."""
    vis = page.visible
    if pos >= LABEL_STACK_MAX:
        return False
    end = 0
    while end < min(len(vis), LABEL_STACK_MAX + 1) and _stack_label(page, vis[end]):
        end += 1
    if not LABEL_STACK_MIN <= end <= LABEL_STACK_MAX or pos >= end or end >= len(vis):
        return False
    headline = page.blocks[vis[end]].text
    if not (
        not page.prose[vis[end]]
        and is_title_like(headline)
        and word_count(headline) >= LABEL_STACK_HEADLINE_MIN_WORDS
        and not headline.rstrip().endswith(".")
        and not _never_headline(headline, page.language)
        and not is_furniture(headline)
        and page.start - end <= LABEL_STACK_STORY_GAP
    ):
        return False
    # another headline-like line right under it, no standfirst of it: the first is a
    # teaser ("Live-Ticker: Alle Entwicklungen …") over the page's own headline
    under = page.blocks[vis[end + 1]].text if end + 1 < len(vis) else ""
    return not (
        under
        and not page.prose[vis[end + 1]]
        and is_title_like(under)
        and word_count(under) >= LABEL_STACK_HEADLINE_MIN_WORDS
        and not under.rstrip().endswith(".")
        and not _standfirst_under(headline, under, page.language)
    )


def _under_labels_only(page: Layout, index: int) -> bool:
    """Whether every visible line above block ``index`` is a section label."""
    return all(_stack_label(page, i) for i in page.visible if i < index)


LABEL_STACK_HEADLINE_MIN_WORDS = 7
"""Words of the headline under a stack of labels: a headline's full sentence. A shorter
line under a few short lines may as well be a menu's last entries over a teaser, and
the labels no section's."""


def _stack_label(page: Layout, index: int) -> bool:
    """A section label: three words at most with a letter, no sentence's end, not prose,
    no date and no person's name alone (a byline's)."""
    text = page.blocks[index].text.strip()
    words = text.split()
    return (
        0 < len(words) <= KICKER_MAX_WORDS
        and any(c.isalpha() for c in text)
        and not text.endswith((".", "!", "?", ":", "…"))
        and not page.prose[index]
        and not _dateish(text, page.language)
        and not _name_alone(text, page.language)
    )


def _headline_under_label(page: Layout, index: int, words: int) -> int | None:
    """The visible position of the line right under the line at ``index`` (of ``words``
    words) when it is a longer headline-like line that does not end like a sentence."""
    pos = bisect.bisect_right(page.visible, index)
    if pos >= len(page.visible):
        return None
    nxt = page.blocks[page.visible[pos]].text.strip()
    if (
        word_count(nxt) > words + 1
        and is_title_like(nxt)
        and not nxt.endswith((".", "!", "?", "…", "。"))
        and not page.prose[page.visible[pos]]
        and not _never_headline(nxt, page.language)  # a date or byline under a headline
    ):
        return pos
    return None


def _menu_entry_over_headline(page: Layout, index: int) -> bool:
    """Whether the line at ``index``, a menu's entry printed again, stands right over a
    longer headline with the byline or date under it: the story's section as its kicker
    ("Mercado de fichajes" in the menu, "MERCADO DE FICHAJES" over the headline)."""
    pos = _headline_under_label(page, index, word_count(page.blocks[index].text))
    return pos is not None and _meta_right_under(page, pos) >= KICKER_HEADLINE_META


KICKER_HEADLINE_META = 2.0
"""Least strength (:func:`_meta_right_under`) of the meta under the line below a short
label for the headline finder to pass the label over: a name alone and then the date
("Antoine Ferrand" / "Le 14 avril 2025") are 2."""


def _sentence_like(text: str) -> bool:
    """Whether ``text`` ends like running text: a full stop, an ellipsis after ten
    words or more, or two sentences or more ("Never heard them? Watch a clip!"). A
    headline may end in "!" or "?", but it is one sentence; a standfirst or a first
    paragraph runs on."""
    end = text.rstrip("”’\"')")
    if end.endswith(_FULL_STOPS):
        return True
    if end.endswith("…") and word_count(end) >= CUT_SHORT_MIN_WORDS:
        return True  # "… leaving dozens of ships waiting…": an excerpt cut short
    if not end.endswith(("!", "?")) or _SENTENCE_BREAK.search(end) is None:
        return False
    # "… Festival! To the Actual Scene!" in title case is still a headline
    long_words = [w for w in end.split() if len(w) > 3 and w[0].isalpha()]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised < TITLE_CASE_SHARE * len(long_words)


def _shorter_than_what_follows(page: Layout, index: int) -> bool:
    """Whether the line at ``index`` is much shorter than the paragraphs under it.

    A headline that ends like a sentence is still a headline's length; a first
    paragraph as short as the ones after it is just the start of the story.
    """
    following = [
        word_count(b.text)
        for b in page.blocks[index + 1 : index + 1 + SENTENCE_TITLE_SAMPLE]
        if b.label == labels.BODY
    ]
    if not following:
        return False
    median = sorted(following)[len(following) // 2]
    return word_count(page.blocks[index].text) <= SENTENCE_TITLE_SHARE * median


def _set_apart(page: Layout, index: int) -> bool:
    """Whether a blank line, or more breaks than between the lines after it, follow ``index``
    (when the lines after it are all set apart by blank lines, only a wider gap counts).

    A headline ending like a sentence ("…, according to Putin.") is told from a
    first paragraph by the blank line under it when the paragraphs are not
    separated that way.
    """
    blocks = page.blocks
    text = page.article.original
    gaps = [
        _breaks(text[blocks[k].end : blocks[k + 1].start])
        for k in range(index, min(len(blocks) - 1, index + 1 + GAP_SAMPLE))
    ]
    if not gaps:
        return False
    after, rest = gaps[0], sorted(gaps[1:])
    if rest and rest[0] >= 2:
        # every paragraph is set apart (newsclean's own output among such texts):
        # a blank line under the first says nothing, only a wider gap does
        return after > rest[0]
    return after >= 2 or (bool(rest) and after > rest[len(rest) // 2])


def _breaks(gap: str) -> int:
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n") + gap.count("\u2029")


def _confirmed(page: Layout, index: int) -> bool:
    """A printed headline in its place: meta or prose under it, no story above it."""
    if not (_headline_above_meta(page, index) or _gap_to_prose(page, index) <= REPEAT_MAX_GAP):
        return False
    prose = page.prose
    return sum(prose[:index]) < sum(prose[index + 1 :])


CLEAR_ABOVE_HEADLINE = 2
"""Lines just above a headline that must not be prose for it to open the story."""


def _story_head(page: Layout, index: int) -> bool:
    """The page title printed again word for word, with its byline or date under
    it, the story right after and no prose just above: the story starts here, even
    when more teaser prose stands above it than story below (a short wire story)."""
    if len(page.blocks[index].text.split()) < PREFIX_MIN_WORDS:
        return False  # "Support Us" repeated: a menu entry, not a headline
    if not _headline_above_meta(page, index) or _gap_to_prose(page, index) > REPEAT_MAX_GAP:
        return False
    pos = bisect.bisect_left(page.visible, index)
    above = page.visible[max(0, pos - CLEAR_ABOVE_HEADLINE) : pos]
    return not any(page.prose[i] for i in above)


REPEAT_META_LOOKUPS = 32
"""Copies of a headline looked at for the byline or date under them: a page prints
its headline a few times, a page of thousands of copies is a list."""


def _best_repeat(
    page: Layout,
    first: int,
    targets: tuple[str, str],
    allow_reworded: bool,
    *,
    site: str | None = None,
) -> tuple[int, list[int]] | None:
    blocks = page.blocks
    lengths = [len(t) for t in targets if t]
    if not lengths:
        return None
    lo, hi = 0.25 * min(lengths), 2.5 * max(lengths)
    scored: list[tuple[int, int]] = []  # (similarity, index)
    # the window counts the lines that are no repeat: a page printing its headline
    # thousands of times has every copy found in one pass (else each re-clean of the
    # cleaned text would find the next window's copies)
    stop = len(blocks)
    misses = 0
    # cheap test first: a repeat contains at least two of the headline's longer words
    probe_sets = [{w for w in t.split() if len(w) > 3} for t in targets if t]
    need = min(2, *(len(p) for p in probe_sets))
    probes = set().union(*probe_sets)
    probe_re = re.compile("|".join(re.escape(w) for w in sorted(probes, key=len, reverse=True)))
    site_key = match_key(site) if site else ""
    first_breaks = _SENTENCE_BREAK.search(blocks[first].text) is not None
    cue_lines: dict[str, bool] = {}
    for i in range(first + 1, len(blocks)):
        if misses >= REPEAT_SEARCH_LINES:
            stop = i
            break
        misses += 1
        block = blocks[i]
        text = block.text
        if not lo <= len(text) <= hi or block.label == labels.CAPTION:
            continue
        if need and len(set(probe_re.findall(text.lower()))) < need:
            continue
        if not is_title_like(text) or _NOT_HEADLINE.match(text):
            continue  # a list item repeating the headline is a link to the story
        key = match_key(text)
        if site_key and key == site_key:
            continue  # the site's name printed as its logo: no repeat of the headline
        score = max(_similarity(key, t) for t in targets if t)
        if score < 1 or (score == 1 and not allow_reworded):
            continue
        if (
            score < 3
            and not first_breaks
            and _sentence_after_headline(text)
            and bisect.bisect_left(page.visible, i) > page.start
        ):
            # "The jeepney is not the enemy. Poverty is." under the story's first lines:
            # its closing sentences, no headline printed again
            continue
        cue_line = cue_lines.get(text)
        if cue_line is None:
            cue_line = cue_lines[text] = _is_cue_line(text)  # a repeat is read once
        if not cue_line:
            # ("Headline ©" is a line the boilerplate cleaner takes wherever it is)
            scored.append((score, i))
            misses -= 1
    # a reworded headline only counts when no repeat of the wording was found
    if any(score > 1 for score, _ in scored):
        scored = [(score, i) for score, i in scored if score > 1]
    found: list[tuple[int, int, int, bool]] = []  # (similarity, index, gap, above meta)
    for k, (score, i) in enumerate(scored):
        # where the headline stands (a byline or date under it) is only worth
        # looking up when there is a choice to make, and among the first copies: a
        # line printed thousands of times is no headline with its byline under each
        above_meta = (len(scored) > 1 or score == 1) and k < REPEAT_META_LOOKUPS
        above_meta = above_meta and _headline_above_meta(page, i)
        if score == 1 and not above_meta:
            continue
        found.append((score, i, _gap_to_prose(page, i), above_meta))
    if not found:
        return None
    # a repeat in the headline's place (byline or date under it, prose soon after) wins
    ranked = sorted(
        found, key=lambda f: (-min(f[0], 2), not f[3], -f[0], f[2] > REPEAT_MAX_GAP, f[1])
    )
    best = ranked[0][1]
    # every repeat of either wording goes, so that the cleaned text holds the headline once
    best_key = match_key(blocks[best].text)
    dups = {f[1] for f in found if f[0] >= 2}
    dups.update(
        i
        for i in range(first + 1, stop)
        if abs(len(blocks[i].text) - len(blocks[best].text)) <= 3
        and match_key(blocks[i].text) == best_key
    )
    return best, sorted(dups)


def _sentence_after_headline(text: str) -> bool:
    """Whether ``text`` goes on past a sentence's end with a sentence in sentence case
    ("… the enemy. Poverty is."): a headline's second sentence is mostly in Title Case
    ("… Release. Why You Shouldn't Worry.")."""
    found = _SENTENCE_BREAK.search(text)
    if found is None:
        return False
    words = _NAME_WORD.findall(text[found.end() - 1 :])
    # Title Case keeps its short words low ("… Rescue of Kidnapped Girl"): half the
    # words in lower case make sentence case
    return bool(words) and 2 * sum(w[:1].islower() for w in words) >= len(words)


def _after_all_prose(page: Layout, index: int) -> bool:
    """Whether block ``index`` stands under the last line of prose of the page (a
    copyright line reads as prose, and is no story)."""
    return not any(
        page.prose[i] and "©" not in page.blocks[i].text for i in page.visible if i > index
    )


def _headline_above_meta(page: Layout, index: int) -> bool:
    """Whether a byline or a date line is printed next to ``index`` (mostly under it).

    A reworded headline (the ``<title>`` says it differently) is only
    trusted where it stands where headlines stand: above the byline and date.
    """
    from newsclean.extract.bylines import starts_with_cue
    from newsclean.extract.dates import find_dates
    from newsclean.extract.lexicon import meta_lexicon

    lex = meta_lexicon()
    blocks = page.blocks
    text = blocks[index].text
    if not is_title_like(text) or is_furniture(text):
        return False
    below = range(index + 1, min(len(blocks), index + 1 + META_BELOW_HEADLINE))
    above = range(max(0, index - META_ABOVE_HEADLINE), index)
    for i in (*below, *above):
        line = blocks[i].text
        if len(line) > 120 or page.prose[i]:
            continue
        if starts_with_cue(line, language=page.language) or find_dates(
            line, language=page.language
        ):
            return True
        if _cued_stamp(line):
            return True  # "Publiziert heute um 17:52 Uhr": a stamp whose date is relative
        key = line.casefold().strip(" :")
        if key in lex.published_cues or key in lex.updated_cues:
            return True  # "Published" alone, its date printed as an image or elsewhere
    return False


def _gap_to_prose(page: Layout, index: int) -> int:
    """Lines from ``index`` to the next run of prose (a large number if none)."""
    prose = page.prose
    last_prose = -10
    for i in range(index + 1, min(len(prose), index + 1 + 4 * REPEAT_MAX_GAP)):
        if not prose[i]:
            continue
        if i - last_prose <= 3:
            return last_prose - index
        last_prose = i
    return 10 * REPEAT_MAX_GAP


REPEAT_MIN_WORDS = 3
"""Words of a headline printed twice; a shorter line printed twice is a section's name
in the menu and over the story ("Defence & Security": an ampersand is no word)."""


def _word_tokens(text: str) -> int:
    """How many words ``text`` holds (see :func:`_words`)."""
    return len(_words(text))


def _words(text: str) -> list[str]:
    """The words of ``text`` that hold a letter or a digit ("&", "|" and dashes are none)."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def _repeated_pair(
    page: Layout, prose_start_block: int, *, after: int = -1
) -> tuple[int, tuple[int, ...]] | None:
    """A headline printed twice above the prose, in a headline's place (a byline or
    date under one of the two): (first index, every later repeat)."""
    seen: dict[str, int] = {}
    blocks = page.blocks
    stop = min(prose_start_block, len(blocks), after + 1 + REPEAT_SEARCH_LINES)
    for i in range(after + 1, stop):
        block = blocks[i]
        text = block.text
        if block.label not in _READ or not is_title_like(text) or is_furniture(text):
            continue
        if _NOT_HEADLINE.match(text) or _word_tokens(text) < REPEAT_MIN_WORDS:
            continue
        if _never_headline(text, page.language):
            continue  # a byline or a share prompt printed twice is not a headline
        key = match_key(text)
        head = seen.setdefault(key, i)
        if head == i:
            continue
        if not (_headline_above_meta(page, head) or _headline_above_meta(page, i)):
            continue
        if _menu_entry_over_headline(page, i):
            continue
        # every later repeat goes, so that the cleaned text holds the headline once
        dups = tuple(
            j
            for j in range(head + 1, min(len(blocks), head + 1 + REPEAT_SEARCH_LINES))
            if len(blocks[j].text) == len(text) and match_key(blocks[j].text) == key
        )
        return head, dups
    return None
