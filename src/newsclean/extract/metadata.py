"""``extract_metadata``: headline, standfirst, byline, dates, dateline, agency and more.

The text usually says who wrote it, when, for whom and from where. This
extractor reads that from the lines around the start of the story (the
*head zone*) and after its end (the *tail zone*), fills the Article's
metadata fields, and labels the lines it consumed so they leave the body:

========================  ==========================================  ===============
field                     read from                                   line labelled
========================  ==========================================  ===============
``title``                 first line / its repeat / a line printed     ``title``,
                          twice (:mod:`.titles`)                       ``duplicate_title``
``subtitle``              the standfirst under the headline            ``subtitle``
``authors``               bylines (:mod:`.bylines`)                    ``byline``
``published``/``updated``  date lines and bylines (:mod:`.dates`)       ``metadata``
``dateline``              the opening of the first paragraph           (kept; option)
``agency``                dateline credit, byline, trailing credit,    ``metadata`` for
                          copyright (:mod:`.datelines`)                 credit lines
``publisher``             ``<title>`` suffix, copyright, feed footer,  ``metadata`` for
                          byline organisation, contact address          copyright lines
``section``               category line, breadcrumb, label above the   ``section``
                          headline (:mod:`.site`)
``tags``                  tag lines                                    ``metadata``
``emails``/``urls``        anywhere in the text (:mod:`.contacts`)      (unchanged)
``related``               lines other cleaners labelled ``related``    (unchanged)
``language``              the prose (:mod:`.language`)                 (unchanged)
========================  ==========================================  ===============

Every field records the block and rule it came from (``Article.sources``,
shown by ``explain()``). It reads blocks whatever label an earlier cleaner
gave them, so it works before or after any boilerplate classifier, and it
never relabels running prose.

Options:

* ``now``: a :class:`datetime.datetime`; relative dates ("2 hours ago")
  are resolved against it, and dates after it are rejected. Without it,
  relative dates stay unread and dates after the current time are rejected.
* ``strip_dateline``: cut the dateline ("LONDON (Reuters) -") off the first
  paragraph and label it ``dateline`` (by default it stays in the body).

>>> art = extract_metadata("Bridge to close for repairs\\n\\nBy Jane Doe\\n\\nPublished "
...     "19 November 2019\\n\\nLONDON (Reuters) - The council voted on Monday to close the "
...     "old bridge for a year of repairs, officials said.\\n\\nWork starts in March.")
>>> art.title, art.authors, art.published, art.dateline, art.agency
('Bridge to close for repairs', ('Jane Doe',), '2019-11-19', 'LONDON (Reuters)', 'Reuters')
>>> [r.kind for r in art.removed]
['title', 'byline', 'metadata']
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from newsclean import labels
from newsclean.classify.cues import LINK_MARK
from newsclean.editing import as_article, original_span, record_field, relabel, split_block
from newsclean.errors import InvalidOptionValue
from newsclean.extract.archive_banner import find_archive_banner
from newsclean.extract.bylines import (
    PAPER_ONLY_NOUNS,
    PLACE_AFTER_NAME,
    PORTRAIT_PLACEHOLDER,
    ROLE_MODIFIERS,
    Byline,
    byline_cue_search,
    credited_writers,
    cue_before_name,
    cue_language,
    cue_only,
    for_outlet,
    is_job_title,
    is_paper_name,
    one_word_cues,
    parse_bio,
    parse_byline,
    parse_names,
    parse_writer_bio,
    starts_with_cue,
)
from newsclean.extract.contacts import domain_name, find_emails, find_handles, find_urls
from newsclean.extract.datelines import (
    Dateline,
    find_dateline,
    find_wire_credit,
    is_credit_line,
    line_agency,
    parse_place_line,
)
from newsclean.extract.dates import (
    ANY_TIME,
    DATE_LINK_WORDS,
    DATE_LIST_MIN_LINES,
    DATE_ONLY_MAX_CHARS,
    FoundDate,
    find_dates,
    find_relative,
    has_relative,
    is_date_only,
    outside_dates,
)
from newsclean.extract.front_matter import find_front_matter
from newsclean.extract.language import guess_language
from newsclean.extract.layout import (
    HEADLINE_LABELS,
    Layout,
    is_furniture,
    is_prose,
    layout,
    match_key,
    printed_again,
    strip_list_bullet,
    word_count,
)
from newsclean.extract.lexicon import MetaLexicon, meta_lexicon
from newsclean.extract.related import related_field
from newsclean.extract.site import (
    breadcrumb_section,
    copyright_holder,
    feed_footer_site,
    kicker_section,
    nice_case,
    section_from_cue,
    section_path_steps,
    tags_from_line,
)
from newsclean.extract.titles import (
    BARE_NAME_MAX_WORDS,
    TitleResult,
    byline_in_parts,
    company_name,
    find_title,
    freelance_credit,
    is_section_trail,
    name_alone_in,
    name_over_story,
    name_pair,
    opens_with_date_cue,
    portrait_alt,
)
from newsclean.model import Article
from newsclean.segment import one_break_between

__all__ = ["extract_metadata"]


NAME = "extract_metadata"

MAX_META_CHARS = 250
"""Lines longer than this are never metadata lines (bylines, date lines)."""
DATE_LINE_WORDS = 3
"""Words besides its dates, cues and furniture a date line may hold (a name)."""
DATE_LINE_CUED_WORDS = 6
"""… when a cue word ("Updated") says it is a date line."""
HEAD_PROSE_LINES = 5
HEAD_MAX_LINES = 1000
"""...but never more lines than this: the menus above a story run to a few hundred
lines; a text of a hundred thousand short lines and no prose has no head to read."""
"""Prose lines into the story still read for bylines and dates printed under the lead."""
ABOVE_HEADLINE_LINES = 12
"""Lines above a confirmed headline read for its date or byline."""
PAGE_GAP = 30
"""A ``<title>`` line this far above the prose (no repeat found) does not anchor the head."""
DATE_MAX_DISTANCE = 15
"""A date further than this from the headline (in lines) is not the article's date."""
BYLINE_MAX_PROSE_ABOVE = 2
"""Prose lines of the story (from where it starts, under the headline) above a line
read as a byline: fewer than this. A standfirst may stand over the byline; after
two paragraphs the story is under way and a "Posted by …" heads a reader's
comment. Counted only under a headline the extractor found (without one, page
junk above may read as prose)."""
BYLINE_BELOW_START = 2
"""Lines under the start of the prose where a byline still counts as the story's
when the headline is a first line far above: a one-sentence standfirst opens the
prose, and the byline follows it."""
AUTHOR_MAX_DISTANCE = 15
"""Nor is a byline."""
FURNITURE_GAP_LIMIT = 60
"""Lines between a byline or date and the headline beyond which share buttons are not
counted out (a byline 60 lines away is not the story's, buttons or not); this keeps
the count to a few dozen lines per candidate."""
NAME_UNDER_HEADLINE = 3
"""A bare name with at most this many lines between it and the headline is a byline
if something else says so (a handle, a job title, an author-page link, a repeat)."""
STANDFIRST_MIN_WORDS = 8
"""A line between the headline and a bare name this long is the standfirst."""
BARE_NAME_MAX_POS = 3
"""A bare name over the story is read among the text's first four lines: a kicker, the
headline and its standfirst may stand above it."""
PIPED_BYLINE_MAX_POS = 2
"""A byline set out with pipes (a name, a job or desk, a date) is read among the text's
first three lines: an extractor's or an API's output opening with its byline."""
COMPOUND_ROLE_MIN_CHARS = 7
"""A job noun this long ending a longer word makes a compound job ("…redacteur",
"…korrespondentin"); shorter ones end ordinary words too ("Motor" ends with "autor")."""
BEAT_MAX_WORDS = 2
"""Words of the beat after a job and a comma ("Senior Editor, Reviews")."""
JOB_AT_MAX_WORDS = 8
"""Longest job line naming where the writer works ("Journaliste de l'Initiative de
journalisme local")."""
_JOB_AT = frozenset({"at", "for", "de", "du", "des", "à", "bei", "für", "di", "del", "do"})
"""Words joining a job to its employer ("Reporter at The Herald", "Journaliste de …")."""
JOB_LINE_MAX_WORDS = 4
"""Longest writer's job on a line of its own between a name and a date ("Local Democracy
Reporter", "Chief Political Correspondent")."""
NAME_LINE_MAX_CAPITALS = 3
"""Capitalised words of a person's name alone on its line (particles aside)."""
MAX_NAME_LINE = 60
"""Longest line read as one person's name alone."""
_ANY_DIGIT = re.compile(r"\d")
_DASHES = "-–—"
"""A credit line opens with one of these ("- The Associated Press", "— Reuters")."""


TAG_LIST_MIN_ITEMS = 2
TAG_LIST_MAX_ITEMS = 12
TAG_ITEM_MAX_WORDS = 4
"""A list of tags under its cue: two labels or more, a dozen at most, each of one to
four words with no sentence mark ("Retail industry"); one label alone may be a
crosshead, and a longer run or a longer line is something else."""


def _tag_item(text: str) -> bool:
    """One tag of a list printed one per line."""
    words = text.split()
    return 0 < len(words) <= TAG_ITEM_MAX_WORDS and text.rstrip()[-1:] not in ".!?:;,"


_PLACE_PREPOSITIONS = "in|at|near|from|de|da|do|em|à|di|del|della|nel|bei|aus|dans|na|no|в"
"""Prepositions of place before a town's name, in the lexicon languages ("en", "a",
"von" and "van" are left out: they also stand before a person's name)."""


_PLACE_ONLY = "in|at|near|en|em|à|nel|dans|im"
"""Prepositions that stand before a place and hardly ever before a person's name in the
lexicon languages ("en Santiago", "em Lisboa", "dans Paris")."""


def _named_as_place(name: str, story: str, *, prepositions: str = _PLACE_PREPOSITIONS) -> bool:
    """Whether ``story`` speaks of ``name`` after a preposition of place ("in Porto
    Serrano", "o metrô de Porto Serrano"): a town, not a person. "Photo by Jane Doe"
    and "Jane Doe is our reporter" name a person."""
    if name not in story:
        return False
    pattern = rf"\b(?:{prepositions}) {re.escape(name)}\b"
    return re.search(pattern, story, re.IGNORECASE) is not None


CLOSING_SENTENCE_MIN_WORDS = 4
"""Words of a sentence short enough to be no running prose that may still close the
story above its byline ("The team has already applied for observing time.")."""


def _closing_sentence(text: str) -> bool:
    """Whether ``text`` is a sentence of the story too short to count as running prose:
    it ends with a full stop. A title over a box's "By …" line ends with none, and a
    teaser's headline may end with a question ("Is this the end of the high street?"
    / "By John Roe")."""
    return (
        text.rstrip("\"”’»)' ").endswith(".")
        and len(text.split()) >= CLOSING_SENTENCE_MIN_WORDS
        and len(text) <= MAX_META_CHARS
    )


LIFESPAN_KIND = "lifespan"
"""The kind given to the dates of a span of years (:func:`_lifespan`): neither
published nor updated."""
LIFESPAN_MIN_DAYS = 366
"""Days between two dates joined by a dash that make a span of years, a life's or an
office's ("April 3, 1931 - January 22, 2024"), no stamp of the page."""


def _lifespan(text: str, dates: Sequence[FoundDate]) -> bool:
    """Whether ``text`` is two dates a dash joins, a year or more apart: an
    obituary's birth and death, not the day the page was published."""
    if len(dates) != 2:
        return False
    first, second = dates
    between = text[first.end : second.start].strip()
    return between in ("-", "–", "—") and (second.date - first.date).days >= LIFESPAN_MIN_DAYS


def _lone_token(text: str) -> bool:
    """Whether ``text`` is one word with no space, a text browser's link number aside
    ("[15]jack.marsden", "@janedoe"): a picture's or a handle's link, no standfirst's
    next line."""
    return len(LINK_MARK.sub("", text).split()) == 1


_HEADLINE_PUNCT = ".,;:!?\"'“”‘’«»()[]"
"""Marks a headline's words carry that a name does not ("Mar:", "Mar,")."""


def _portrait_stripped(text: str) -> str:
    """``text`` without a text browser's link numbers and picture placeholders around a
    writer's name ("[7][IMG] [8]Renata Albuquerque": their portrait and the link to
    their page)."""
    if "[" not in text:
        return text
    return " ".join(PORTRAIT_PLACEHOLDER.sub(" ", LINK_MARK.sub(" ", text)).split())


def _signed_bio(text: str) -> str:
    """``text`` without the dash and space a bio or a credit after the story may open
    with ("— Jane Doe covers education …", "— Compiled by Jane Doe"); a dash run onto
    the word, or a second dash further on, is a line of dialogue ("—Ana es una
    periodista irrepetible —dijo.")."""
    if text[:2] in ("— ", "– ") and "—" not in text[2:] and "–" not in text[2:]:
        return text[2:].lstrip()
    return text


def _dashed_credit(text: str) -> str:
    """``text`` without the dash opening a credit of two words or more ("— Compiled by
    Jane Doe", "— Reporting by …"); a dash before a one-word cue is left."""
    undashed = _signed_bio(text)  # the same dash as a signed bio's, not dialogue's
    first = undashed.split(" ", 1)[0].casefold().rstrip(":")
    cues = one_word_cues(meta_lexicon())
    if undashed is text or first in cues or f"{first}:" in cues:
        return text  # "— By Royal Appointment", "—Por Dios.": no credit of its own
    return undashed


def _undashed(text: str) -> str:
    """``text`` without the dash a writer's signature may open with ("— Jane Doe")."""
    return text[1:].lstrip() if text[:1] in "—–" else text


def _furniture_sentence(text: str) -> bool:
    """A sentence holding a furniture keyword of the lexicons ("The views expressed in
    this column are those of the author …", "Submit a letter to the editor")."""
    from newsclean.classify.cues import cue_index
    from newsclean.classify.features import line_info

    info = line_info(text, cue_index())
    return (
        info.keyword_label is not None
        or info.cue_label is not None
        or info.cue_prefix_label is not None
    )


BIO_BOX_LINES = 3
"""Visible lines above a bio that calls the writer by their first name ("Roberto covers
…") searched for their full name: the name, a job line and a portrait's line."""
BIO_BOX_JOB_WORDS = 5
"""Words of a line between the name and the bio in a writer's box (a job: "Senior
Reporter"); a longer line is a paragraph."""


FOLLOW_BUTTON_WORDS = frozenset(
    {"follow", "folgen", "suivre", "seguir", "segui", "volgen", "подписаться", "abonnieren"}
)
"""A follow button's word, alone on its line under a writer's name ("+ Follow",
"Folgen", "Suivre")."""
FOLLOWED_NAME_MAX_LINES = 3
"""Lines under the headline within which a name over a follow button is the byline (a
standfirst and a date line may stand between); further down, a box in a sidebar."""


_MARKED_HEADING_RULES = frozenset({"markdown_heading", "underlined_heading"})
"""Title rules that read a heading the text marks as one (``# …``, a line underlined
with ``===``)."""


def _own_handle(name: str, under: str) -> bool:
    """Whether ``under`` is a social handle alone that spells ``name`` ("Tom Baccarella"
    over "@tombaccarella", "Ana Ruiz" over "@ana_ruiz"): the writer's own account under
    their name, as a byline box prints it; a handle of another spelling may be the
    outlet's or a source's."""
    handle = under.strip()
    if handle[:1] != "@" or find_handles(handle) != [handle]:
        return False
    letters = "".join(c for c in handle[1:].casefold() if c.isalpha())
    spelled = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if c.isalpha())
    return len(letters) >= OWN_HANDLE_MIN_LETTERS and letters == spelled


NAME_WORD_MIN_CHARS = 3
"""Letters of a name's word looked for in the headline ("Musk"); shorter ones are
particles ("de", "da")."""
OWN_HANDLE_MIN_LETTERS = 6
"""Letters of a handle that spells its writer's name: shorter ones match by chance."""


def _follow_button(text: str) -> bool:
    """Whether ``text`` is a follow button alone ("Follow", "+ Folgen", "[BUTTON] Suivre")."""
    key = text.strip(" +[]()").casefold()
    if key.startswith("button"):
        key = key[len("button") :].strip(" +[]()")
    return key in FOLLOW_BUTTON_WORDS


_STAMP_SEPARATOR = re.compile(r"[|•·]")
"""What a date line sets its parts apart with ("Jun 09, 2021 • 3 minute read • Join the
conversation")."""


def _without_cue_segments(text: str) -> str:
    """``text`` without the parts, between bars or bullets, that are a furniture line of
    the lexicons on their own: a stamp shares its line with a link to the comments
    ("… • Join the conversation") or a share prompt, and those words are no sentence
    of the story."""
    from newsclean.classify.cues import cue_index
    from newsclean.classify.features import line_info

    index = cue_index()
    kept = [
        part
        for part in _STAMP_SEPARATOR.split(text)
        if not part.strip() or line_info(part.strip(), index).cue_label is None
    ]
    return " | ".join(kept)


def _employer(word: str) -> bool:
    """Whether ``word``, after "Reporter at", opens an employer's name: a capital, past
    an elided article ("l’Initiative", "d'Ouest-France")."""
    for elided in ("l'", "l’", "d'", "d’"):
        if word[:2].casefold() == elided:
            word = word[2:]
            break
    return word[:1].isupper()


def _beat_after_job(beat: str) -> bool:
    """Whether ``beat``, after a job and a comma, is a beat ("Reviews", "Arts and
    Culture"): capitalised words, one or two, and no figure."""
    words = [w for w in beat.split() if w.casefold() not in ("and", "&")]
    return (
        0 < len(words) <= BEAT_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and not _ANY_DIGIT.search(beat)
    )


def _dated(line: _Line | None) -> bool:
    """Whether ``line`` is a date line or a date with its cue ("Updated …")."""
    return line is not None and (line.date_line or line.date_cue is not None)


SUBTITLE_CHARS = (30, 350)
"""Length range of a standfirst."""
SUBTITLE_MAX_WORDS = 45
CUED_SUBTITLE_MAX_WORDS = 12
"""Words of a line under the headline with a byline cue before a capital ("A film
review by Jane Doe") that make it a byline not read, not a standfirst. A longer one
is a standfirst whose sentences name people after the cue's word ("l'inno di Mameli",
"la vuelta de Messi"), as Romance languages do all the time."""
LAST_PARAGRAPH_MIN_WORDS = 6
"""The last paragraph, which may end with a wire credit, has at least this many words."""
TAIL_SCAN_LINES = 40
"""Last lines of the text read for copyright, feed footers and credits."""
LANGUAGE_SAMPLE_LINES = 12


def _part_of_site(key: str, site_key: str) -> bool:
    """Whether a name (its match key) is the site's name cut short at either end
    ("evening star" of "tillbrook evening star"): a desk's byline ("By Evening Star
    Reporter"). The whole name is not: a blog's writer may be its site."""
    return key != site_key and (site_key.endswith(f" {key}") or site_key.startswith(f"{key} "))


def _byline_words_only(text: str, lex: MetaLexicon) -> bool:
    """Whether every word of ``text`` in lower case is a byline's own (a cue, "and",
    a particle, "edited", "on" before a date, an agency spelled in lower case: "Von
    Jens Hallmann, dpa"): "By Christmas Eve, the Shelves Were Empty" is a headline."""
    allowed = {"edited", "reporting", "additional", "and", "by", "with", "from", "in", "for"}
    allowed |= DATE_LINK_WORDS
    cues = {c for words in lex.languages.values() for c in words.byline_cues}
    connectors = {c for words in lex.languages.values() for c in words.connectors}
    previous = ""
    for word in text.split():
        low = word.strip(",.;:()|–—-")
        if not low or not low[0].islower():
            previous = low.casefold()
            continue
        if low == "the" and previous in ("for", "at", "of"):
            previous = low
            continue  # "By Jane Doe for the Valley News"
        previous = low
        if (
            low not in allowed
            and low not in cues
            and low not in connectors
            and (low not in lex.particles)
            and lex.agency(low) is None
        ):
            return False
    return True


TAIL_BYLINE_LINES = 3
"""Lines after the story's last paragraph read for a byline printed there."""
TAIL_DATE_LINES = TAIL_BYLINE_LINES + 2
"""Lines after the story's last paragraph read for a cued date: under the byline, with
the story's last short sentence or a "Read more" pointer between."""
MAX_BYLINE_LINE = 120
"""A byline line after the story is short; a longer one is a sentence or a bio."""
CUED_BYLINE_BELOW = 3
"""Lines under a name-and-agency line searched for a cued byline ("By Lisa Friedman"):
with one there, the name over it credits the picture."""
_FILED_IN = frozenset({"in", "à", "aus", "en", "em", "at"})
"""Words before the place a writer filed from ("in Edinburgh", "à Lyon"), or the ground
a match reporter writes at ("Jane Doe at the Riverside Park", "… at Semple Stadium");
"a" joins a headline's words too ("… Makes a Statement")."""
PLACE_MAX_WORDS = 2
"""Words of the place after a byline's names ("…, Ikore", "…, Port Harcourt")."""
COMMENTS_HEADING_MAX_CHARS = 40
"""Longest line read as the heading of a comment thread ("23 Comments", "Leave a Reply")."""
MAX_CREDIT_LINE = 250
"""Longest line read as a wire story's credits (a few names and places, an editor)."""
BIO_SCAN_LINES = 120
TEASERS_AFTER_BIO_MAX_PROSE = 4
"""Prose lines under a "Related" heading after a bio that may all be teasers (their
headlines may read as sentences); more is the story going on under a box."""
_EMPHASIS = "_*"
"""Markdown emphasis around a whole line ("_Jane Doe is a …_"), set aside to read it."""
PLACE_LINE_MAX_WORDS = 3
"""Words of a place alone on its line between a byline's name and its date ("Marta
Ibáñez Soler" / "Madrid" / "16/04/2024 - 13:27"). A place of two capitalised words
("Buenos Aires") reads as a second name, a co-author's, as it did before."""


def _place_alone(text: str) -> bool:
    """Whether ``text`` could be a place printed alone: a few words, the first and last
    capitalised, no digit, no closing punctuation."""
    words = text.split()
    return (
        0 < len(words) <= PLACE_LINE_MAX_WORDS
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and not any(c.isdigit() for c in text)
        and text[-1].isalpha()
    )


WIRE_DATELINE_ABOVE = 12
"""Lines searched above where the prose seemed to start, under the headline, for a lead
opening with a wire dateline (a quote box or a gallery under the lead broke the run)."""
WIRE_DATELINE_SCAN = 400
"""Lines searched past the head of the story for a wire dateline ("(AP) —") that
shows where a story under a block of teaser summaries starts."""
"""Last lines of the text searched for an author bio when there is no byline."""


def extract_metadata(
    doc: str | Article,
    /,
    *,
    now: dt.datetime | None = None,
    strip_dateline: bool = False,
) -> Article:
    """Read title, subtitle, authors, dates, dateline, agency, publisher, section,
    tags, emails, urls, related titles and language; label the lines consumed."""
    if now is not None and not isinstance(now, dt.datetime):
        raise InvalidOptionValue(
            f"now={now!r} is not a datetime.datetime; pass e.g. "
            "datetime.datetime.now(datetime.timezone.utc), or None"
        )
    if not isinstance(strip_dateline, bool):
        raise InvalidOptionValue(f"strip_dateline={strip_dateline!r} is not one of True, False")
    article = as_article(doc, where=f"{NAME}()")
    if not article.blocks:
        return article
    banner = find_archive_banner(article.blocks)
    if banner:
        # a web archive's toolbar over the saved page: its capture dates and its
        # collection's description are no date, headline or story of the page
        article = relabel(
            article, dict.fromkeys(banner, (labels.NAVIGATION, "archive_banner")), cleaner=NAME
        )
    front = find_front_matter(article.blocks, now=now, original=article.original)
    if front is None:
        return _Extraction(article, layout(article, hidden=banner), now, strip_dateline).run()
    # the front matter's lines are out of the page's layout: no headline or byline is
    # looked for among them, and what they say wins over what the page suggests
    article = relabel(
        article, dict.fromkeys(front.blocks, (labels.METADATA, "front_matter")), cleaner=NAME
    )
    hidden = (*banner, *front.blocks)
    extraction = _Extraction(article, layout(article, hidden=hidden), now, strip_dateline)
    extraction.front_page_title = front.page_title
    for name, (value, index) in front.fields.items():
        extraction.field(name, value, "front_matter", extraction.block_span(index))
    return extraction.run()


def _lone_dateline(text: str) -> bool:
    """Whether ``text`` is a dateline on a line of its own, its dash closing it and the
    story on the next line ("VANCOUVER, British Columbia, June 11, 2024 (GLOBE
    NEWSWIRE) --"): a place in capitals first, no writer ("Lisa Mascaro, WASHINGTON
    (AP) --" opens with the writer)."""
    first = text.split(",", 1)[0].strip()
    return (
        text.rstrip().endswith(("--", "—", "–"))
        and first.isupper()
        and find_dateline(f"{text} …") is not None
    )


def _sender_name(text: str) -> bool:
    """Whether ``text`` is a company's name closed by its legal form and nothing else
    ("Halvorsen Therapeutics, Inc."): no writer's name with their firm before it ("By
    Priya Raman, Northgate Capital Ltd.")."""
    head = text.rsplit(None, 1)[0].rstrip(", ") if " " in text.strip() else ""
    return text[:1].isalpha() and company_name(text) and "," not in head


_INTRODUCED = (", a ", ", an ", " (", " today ", " announce", " annonce", " anuncia", " kündigt")
"""What follows a company's name where a press release introduces it ("Kindred Minds
Health, a virtual practice …", "… (Nasdaq: HLVT)", "La Station Mont-Bérard annonce …")."""
SENDER_LABELS = frozenset(
    {"news provided by", "provided by", "distributed by", "issued by", "press release by"}
)
"""Labels over the name of whoever sent or syndicated the text (a newswire's "News
provided by" over the company): that name is an organisation's, never a writer's."""
_CLOSED_SENTENCE = (".", "!", "?", "…", ":", "。", "！", "？", "：")
"""How a line ends that closes its sentence (a standfirst under the headline may not)."""
_CONTACT_HINT = re.compile(r"@|http|www\.", re.IGNORECASE)
_SLASH_CREDIT = re.compile(r"[^\W\d_]/[^\W\d_]")
_Site = tuple[str, tuple[int, int]]
"""A publisher candidate and where it was read."""


@attrs.define
class _Line:
    """What the head scan found on one visible line."""

    pos: int
    index: int
    dates: list[FoundDate]
    relative: bool
    date_line: bool
    byline_cue: bool
    date_cue: str | None
    byline: Byline | None = None
    byline_rule: str = ""


def _same_headline(named: str, line: str) -> bool:
    """Whether ``line`` prints the headline a header ``named`` (the same words, or one
    the other cut short: "Headline" / "Headline - Site")."""
    a, b = match_key(named), match_key(line)
    return bool(a and b) and (a == b or a.startswith(b) or b.startswith(a))


def _marked_headline(heading: str) -> bool:
    """Whether a heading the page marks is its headline, the page title
    reworded ("Sunak resigns after election defeat" under "PM to quit - BBC News"): no
    furniture ("We value your privacy", "Subscribe to continue reading"), not cut
    short ("… Eastpoint…")."""
    from newsclean.classify.boilerplate import cue_kind

    return not (
        is_furniture(heading)
        or cue_kind(heading) is not None
        or heading.rstrip().endswith(("…", "..."))
    )


def _caption_sentence(text: str) -> bool:
    """Whether ``text`` reads as a picture's caption: one plain sentence (see
    :func:`newsclean.classify.captions.one_plain_sentence`) closed by a full stop, with
    no colon (a label's: "Filed Under: …", "Indexes: …"); a headline has no full stop."""
    from newsclean.classify.captions import one_plain_sentence

    body = text.rstrip()
    return body.endswith(".") and ":" not in body and one_plain_sentence(body)


@attrs.define
class _Extraction:
    article: Article
    lay: Layout
    now: dt.datetime | None
    strip_dateline: bool
    lex: MetaLexicon = attrs.field(factory=meta_lexicon)
    changes: dict[int, tuple[str, str]] = attrs.field(factory=dict)
    fields: dict[str, tuple[object, str, int, int]] = attrs.field(factory=dict)
    splits: list[tuple[int, int, str, str, str]] = attrs.field(factory=list)
    """(block, position in its text, label, which part gets it, rule)"""
    vis: tuple[int, ...] = ()
    language: str | None = None
    confirmed: bool = False
    headline_anchor: int | None = None
    """Visible position of the printed headline, when there is one."""
    story_start: int | None = None
    """Visible position where the story starts, when the headline is the first line
    (dates and bylines are then measured from here too)."""
    front_page_title: bool = False
    """Whether the front matter's title is the page's ``<title>`` (a reader service's
    header), which a headline printed as the page's first heading outranks."""
    copyright: _Site | None = None
    feed_site: _Site | None = None
    byline_org: _Site | None = None
    contact_site: _Site | None = None

    # -- small helpers -------------------------------------------------------

    def label(self, index: int, label: str, rule: str) -> None:
        self.changes.setdefault(index, (label, rule))

    def field(self, name: str, value: object, rule: str, span: tuple[int, int]) -> None:
        if value in (None, "", (), []):
            return
        self.fields.setdefault(name, (value, rule, span[0], span[1]))

    def block_span(self, index: int) -> tuple[int, int]:
        block = self.article.blocks[index]
        return block.start, block.end

    def text_span(self, index: int, start: int, end: int) -> tuple[int, int]:
        return original_span(self.article, index, start, end)

    # -- the run -------------------------------------------------------------

    def run(self) -> Article:
        lay = self.lay
        vis = lay.visible
        self.vis = vis
        self.language = self._language(vis, lay.start)
        lay = self.lay = attrs.evolve(lay, language=self.language)
        title = find_title(lay)
        self.confirmed = title.confirmed
        anchor, start = self._anchor(title, lay.start)
        self._title(title)
        lines = self._scan_head(anchor, start)
        # a first line as headline is a page title that may stand far above the story:
        # then a line just above where the story starts is as near as one under it
        self.story_start = start if title.rule == "first_line" else None
        self._pick_dates(lines, anchor)
        if "published" not in self.fields:
            self._tail_date()
        self._pick_byline(lines, anchor)
        self._newsroom_agency(anchor, start)
        self._portraits()
        self._subtitle(title, lines)
        self._section(title, anchor, start, lay.end)
        self._dateline(start, anchor)
        self._tail(start)
        self._credited_writers()
        self._dashed_credits(start)
        self._contacts()
        self._related()
        self._publisher_fallbacks(title)
        self._above_headline(title)
        return self._apply()

    def _newsroom_agency(self, anchor: int, start: int) -> None:
        """The agency a newsroom's byline names under the headline ("Le Quotidien du Nord
        (avec AFP)", "Redacción con EFE"): the line is the boilerplate cleaner's to take
        as a desk's byline, its agency the story's."""
        from newsclean.classify.boilerplate import desk_agency

        if "agency" in self.fields:
            return
        blocks = self.article.blocks
        for pos in range(anchor, min(start + 1, len(self.vis))):
            i = self.vis[pos]
            agency = None if i in self.changes else desk_agency(blocks[i].text)
            if agency is not None:
                self.field("agency", agency, "desk_byline", self.block_span(i))
                return

    def _page_year(self, first: int, end: int) -> int | None:
        """The latest year among the time stamps of the story's head (visible lines
        ``first`` to ``end``: lines that are a date and nothing more): a page that
        prints a date without its year prints it in the year it shows there.
        Teasers lower down and tables of past events are no witnesses, nor is a
        copyright line's year (footers go stale)."""
        lex = self.lex
        years = [
            found.date.year
            for pos in range(first, end)
            for text in (self.article.blocks[self.vis[pos]].text,)
            if len(text) <= DATE_ONLY_MAX_CHARS
            and _FULL_YEAR.search(text) is not None
            and is_date_only(text, language=self.language, lexicon=lex)
            for found in find_dates(text, language=self.language, lexicon=lex)
        ]
        return max(years, default=None)

    def _language(self, vis: tuple[int, ...], start: int) -> str | None:
        """Guess from the prose lines (the first few of them), else from what there is."""
        blocks = self.article.blocks
        prose = self.lay.prose
        picked = [i for i in vis[start:] if prose[i]][:LANGUAGE_SAMPLE_LINES]
        if not picked:
            picked = list(vis[:LANGUAGE_SAMPLE_LINES])
        if not picked:
            return None
        sample = "\n".join(blocks[i].text for i in picked)
        code = guess_language(sample, lexicon=self.lex)
        if code is not None:
            span = (blocks[picked[0]].start, blocks[picked[-1]].end)
            self.field("language", code, "stopwords", span)
        return code

    def _anchor(self, title: TitleResult, prose_pos: int) -> tuple[int, int]:
        """(visible position of the headline, visible position where the prose starts)."""
        vis = self.vis
        n = len(vis)
        if title.block is None:
            return min(prose_pos, max(n - 1, 0)), prose_pos
        anchor = bisect.bisect_left(vis, title.block)
        if title.rule == "first_line" and prose_pos - anchor > PAGE_GAP:
            return min(prose_pos, max(n - 1, 0)), prose_pos
        start = self.lay.prose_start(anchor + 1)
        anchor = min(anchor, max(n - 1, 0))
        self.headline_anchor = anchor
        return anchor, start

    # -- title ---------------------------------------------------------------

    def _title(self, title: TitleResult) -> None:
        if title.title is None or title.block is None:
            return
        front = self.fields.get("title")
        if front is not None and front[1] == "front_matter":
            if (
                self.front_page_title
                and title.rule in _MARKED_HEADING_RULES
                and _marked_headline(title.title)
            ):
                # a reader service's "Title:" is the page's <title>, often reworded for
                # search ("… | Fußball-Rundschau"); the heading the page prints over
                # the story is its headline as printed
                del self.fields["title"]
            else:
                # the header named the headline: a line of the page is only its repeat
                # (the story's first paragraph under a header is no headline)
                if _same_headline(str(front[0]), title.title):
                    self.label(title.block, labels.DUPLICATE_TITLE, "repeated_title")
                return
        self.field("title", title.title, title.rule, self.block_span(title.block))
        if title.page_title is not None:
            self.label(title.page_title, labels.TITLE, "page_title")
            self.label(title.block, labels.DUPLICATE_TITLE, title.rule)
        else:
            self.label(title.block, labels.TITLE, title.rule)
        for dup in title.duplicates:
            self.label(dup, labels.DUPLICATE_TITLE, "repeated_title")
        if title.publisher:
            where = title.page_title if title.page_title is not None else title.block
            text = self.article.blocks[where].text
            at = text.rfind(title.publisher)
            span = self.text_span(where, at, at + len(title.publisher)) if at >= 0 else None
            self.field("publisher", title.publisher, "title_suffix", span or self.block_span(where))

    # -- head zone: bylines and dates ------------------------------------------

    def _window_end(self, start: int) -> int:
        """Just after the ``HEAD_PROSE_LINES``-th prose line from ``start``.

        Counted in prose lines, which are never consumed, so that cleaning the
        cleaned text again looks at the same lines.
        """
        prose = self.lay.prose
        seen = 0
        for pos in range(start, min(len(self.vis), start + HEAD_MAX_LINES)):
            if prose[self.vis[pos]]:
                seen += 1
                if seen >= HEAD_PROSE_LINES:
                    return pos + 1
        return min(len(self.vis), start + HEAD_MAX_LINES)

    def _scan_head(self, anchor: int, start: int) -> list[_Line]:
        blocks = self.article.blocks
        lex = self.lex
        end = self._window_end(start)
        # above a confirmed headline the lines go anyway (``_above_headline``):
        # only the few just above it can hold its date or byline
        first = 0
        if self.confirmed and self.headline_anchor is not None:
            first = max(0, self.headline_anchor - ABOVE_HEADLINE_LINES)
        first = max(first, end - HEAD_MAX_LINES)  # bylines and dates sit just above the story
        page_year = functools.cache(
            lambda: self._page_year(first, min(end, start + PAGE_YEAR_BELOW_START))
        )
        lines: list[_Line] = []
        for pos in range(first, end):
            index = self.vis[pos]
            if index in self.changes:
                continue
            text = blocks[index].text
            if len(text) > MAX_META_CHARS or (
                self.lay.prose[index]
                and not self._piped_cued_byline(text)
                # "Published October 14, 2023 at 6:12 a.m. | Updated …": as long as
                # a sentence and ending with a stop, but a stamp if its dates leave
                # nothing else (read below)
                and not opens_with_date_cue(text)
            ):
                continue
            dates = find_dates(text, language=self.language, now=self.now, lexicon=lex)
            if not dates and self.now is None and _YEARLESS_HINT.search(text):
                # "Updated Nov 19, 9:41 AM": a day without its year, in the year the
                # time stamps of the story's head print (read once, when first needed)
                dates = find_dates(text, language=self.language, lexicon=lex, year_hint=page_year())
                if dates and not self._stamp_without_year(text, dates):
                    dates = []
            if _lifespan(text, dates):
                # "April 3, 1931 - January 22, 2024": an obituary's dates, a date line
                # that gives no publication date
                dates = [attrs.evolve(d, kind=LIFESPAN_KIND) for d in dates]
            # "Gold Rate Today": a label naming today, no stamp, with or without `now`
            relative = has_relative(text, language=self.language, lexicon=lex) and not (
                not dates and self._day_in_a_label(text)
            )
            if relative and self.now is not None:
                dates = sorted(
                    dates + find_relative(text, self.now, language=self.language, lexicon=lex),
                    key=lambda d: d.start,
                )
            key = text.casefold().strip(" :")
            date_cue = (
                "updated"
                if key in lex.updated_cues
                else "published"
                if key in lex.published_cues
                else None
            )
            line = _Line(
                pos,
                index,
                dates,
                relative,
                date_line=bool(dates or relative) and self._only_dates(text, dates),
                byline_cue=cue_only(text, language=self.language, lexicon=lex),
                date_cue=date_cue,
            )
            lines.append(line)
        self._drop_date_lists(lines)
        by_pos = {line.pos: line for line in lines}
        # a cue line alone ("Publish date:") passes its meaning to the date under it
        for line in lines:
            prev = by_pos.get(line.pos - 1)
            if prev is not None and prev.date_cue and line.dates:
                line.dates = [
                    attrs.evolve(d, kind=prev.date_cue) if d.kind == "plain" else d
                    for d in line.dates
                ]
        self._bylines(lines, by_pos, anchor, start)
        for line in lines:
            if line.byline is not None:
                self.label(line.index, labels.BYLINE, line.byline_rule)
            elif line.date_line:
                self.label(line.index, labels.METADATA, "date_line")
            elif line.byline_cue:
                self.label(line.index, labels.BYLINE, "byline_cue")
            elif line.date_cue:
                self.label(line.index, labels.METADATA, "date_cue")
        self._place_lines(lines)
        return lines

    def _drop_date_lists(self, lines: list[_Line]) -> None:
        """Forget the dates of a line in a run of :data:`DATE_LIST_MIN_LINES` or more date
        lines (one other line may stand between two), counted past the head's window
        too, with no published or updated cue
        ("October 3 – Newcastle, City Hall" / "October 4 – Leeds, …"): the story's list,
        neither a stamp nor its date."""
        candidates = [line for line in lines if line.date_line]
        if not candidates:
            return
        known = {line.pos: line for line in lines}

        def plain_date_line(pos: int) -> bool:
            line = known.get(pos)
            if line is not None:
                return line.date_line and all(d.kind == "plain" for d in line.dates)
            if not 0 <= pos < len(self.vis) or self.vis[pos] in self.changes:
                return False
            text = self.article.blocks[self.vis[pos]].text
            if len(text) > MAX_META_CHARS or self.lay.prose[self.vis[pos]]:
                return False
            dates = find_dates(text, language=self.language, lexicon=self.lex)
            return (
                bool(dates)
                and all(d.kind == "plain" for d in dates)
                and (self._only_dates(text, dates))
            )

        listed: list[_Line] = []

        def short_line(pos: int) -> bool:
            if not 0 <= pos < len(self.vis):
                return False
            index = self.vis[pos]
            text = self.article.blocks[index].text
            return (
                len(text) <= MAX_META_CHARS
                and not self.lay.prose[index]
                and not text.rstrip(" \"'”’»)").endswith((".", "!", "?"))  # an item, no sentence
            )

        for line in candidates:
            if not all(d.kind == "plain" for d in line.dates):
                continue
            run = 1
            for step in (-1, 1):
                pos = line.pos + step
                while run < DATE_LIST_MIN_LINES:
                    if plain_date_line(pos):
                        run += 1
                    elif not (short_line(pos) and plain_date_line(pos + step)):
                        # one item the date reader does not take may stand between;
                        # a paragraph between a stamp and a list is no item
                        break
                    pos += step
            if run >= DATE_LIST_MIN_LINES:
                listed.append(line)
        for line in listed:  # after every run is measured: a cleared line ends no other's
            line.dates, line.date_line, line.relative = [], False, False

    def _stamp_without_year(self, text: str, dates: list[FoundDate]) -> bool:
        """Whether ``text``, where ``dates`` were read without their year, is a time
        stamp: it holds a time ("Nov 19, 9:41 AM"), opens with a date cue ("Posted
        Nov 18"), or is the date alone, perhaps with its weekday ("Sat 4 May"). A
        menu's "Bigg Boss OTT 3" has a month's abbreviation of another language among
        other words, and is no stamp."""
        if _CLOCK.search(text):
            return True
        if opens_with_date_cue(text):
            return True
        lex = self.lex
        rest = (w.strip(".,:;·|-–—") for w in outside_dates(text, dates).casefold().split())
        return all(not w or w in lex.weekdays or w in lex.date_line_words for w in rest)

    def _day_in_a_label(self, text: str) -> bool:
        """Whether ``text`` names today or yesterday among words that are no date cue
        and no figure: a menu's or a trending list's item ("Gold Rate Today", "Match
        of the Day Today"), not a stamp ("Today", "Updated today", "Yesterday 14:05")."""
        if any(c.isdigit() for c in text):
            return False
        lex = self.lex
        days: set[str] = set()
        for code in dict.fromkeys(("en", self.language or "en")):
            words = lex.words(code)
            days.update(w for phrase in (*words.today, *words.yesterday) for w in phrase.split())
        folded = [w.casefold().strip(".,:;·|-–—") for w in text.split()]
        if days.isdisjoint(folded):
            return False  # "an hour ago", "Updated a day ago": a stamp, read as such
        return any(w and w not in days and w not in lex.date_line_words for w in folded)

    def _only_dates(self, text: str, dates: list[FoundDate]) -> bool:
        """Whether ``text`` holds little besides its dates: cue words, a name, a site.

        A lower-case word of running text ("On 3 May 2019, work began.") makes it a
        sentence of the story, not a date line.
        """
        if _TWEET_SIGNATURE.match(text):
            return False  # "— Jane Doe (@janedoe) May 3, 2019": the end of an embedded post
        lex = self.lex
        words = []
        rest = _READING_TIME.sub(" ", outside_dates(text, dates))  # "5 March 2024 | 3 min read"
        if _STAMP_SEPARATOR.search(rest):
            rest = _without_cue_segments(rest)
        if rest.rstrip()[-1:] not in ".!?" and has_relative(
            text, language=self.language, lexicon=lex
        ):
            # "12/03/2024 14h05 · Atualizado há 2 horas": a relative stamp beside the
            # date, not a sentence's "two weeks ago"
            stamps = find_relative(text, ANY_TIME, language=self.language, lexicon=lex, coarse=True)
            rest = outside_dates(rest, stamps)
        for word in rest.replace("|", " ").split():
            low = word.casefold().strip(".,:;()[]·•-–—/@!")
            if not low or any(c.isdigit() for c in low):
                continue
            if (
                low in lex.date_line_words
                or low in lex.weekdays
                or low in lex.zones_fixed
                or low in lex.zones_generic
                or low in lex.not_name_words
                or low in DATE_LINK_WORDS
            ):
                continue
            if word[0].islower() and len(low) > 3 and low.isalpha() and low not in lex.months:
                return False
            words.append(low)
        if not dates:  # a relative date line: "1 day ago", "Published 2 hours ago"
            return len(words) <= 3 and len(text) <= 60
        # a cue says it is a date line: a place and a desk may come with it
        # ("New Delhi, Example Bureau | Updated : 19 November 2019")
        cued = any(d.kind not in ("plain", LIFESPAN_KIND) for d in dates)
        return len(words) <= (DATE_LINE_CUED_WORDS if cued else DATE_LINE_WORDS)

    def _bylines(
        self, lines: list[_Line], by_pos: dict[int, _Line], anchor: int, start: int
    ) -> None:
        """Decide which lines are bylines.

        Every rule is local (the line itself, or its neighbours among the lines
        read) or counts distance in lines that stay in the text, so that the
        cleaned text, cleaned again, loses no further line.
        """
        lex = self.lex
        blocks = self.article.blocks
        accepted_keys: set[str] = set()
        consumed = {
            line.pos for line in lines if line.date_line or line.byline_cue or line.date_cue
        }
        near = _StayingLines(self, consumed)
        prose_flags = self.lay.prose
        prose_seen = 0  # prose lines of the story (from its start) above the line read
        last_pos = max(anchor, start - 1)  # counted from here (lines are in order)
        for line in lines:
            if line.pos > last_pos:
                prose_seen += sum(
                    1 for p in range(last_pos + 1, line.pos) if prose_flags[self.vis[p]]
                )
                last_pos = line.pos
            raw = blocks[line.index].text
            text = strip_list_bullet(raw)
            prev = by_pos.get(line.pos - 1)
            after_cue = prev is not None and prev.byline_cue
            if line.byline_cue or line.date_cue:
                continue
            named_above = prev is not None and prev.byline is not None and prev.byline.authors
            if named_above and (
                self._job_over_date(line, by_pos)
                or freelance_credit(text)
                or (
                    _place_alone(text)
                    and not self._name_alone(text)  # a co-author on a line of their own
                    and _dated(by_pos.get(line.pos + 1))
                )
            ):
                # "Jane Doe" / "Local Democracy Reporter" / date, "Jane Doe" / "Special
                # to the Valley Sentinel", "Marta Ibáñez Soler" / "Madrid" / date: the
                # writer's job, credit or place, no name
                line.byline, line.byline_rule = Byline(), "role"
                consumed.add(line.pos)
                continue
            if _lone_dateline(text):
                continue  # "VANCOUVER, British Columbia, June 11, 2024 (GLOBE NEWSWIRE) --"
            if not prose_seen and (_sender_name(text) or self._under_sender_label(line)):
                # "Halvorsen Therapeutics, Inc.", or a name under "News provided by": the
                # company that sent the release, no writer; the line leaves the body, so
                # that cleaning the text again does not read it as a byline either
                self.label(self.vis[line.pos], labels.METADATA, "sender")
                continue
            if self.headline_anchor is not None and prose_seen >= BYLINE_MAX_PROSE_ABOVE:
                continue  # the story is under way: a comment's "Posted by …", not the byline
            near_headline = near.close_under_headline(line.pos)
            if text is not raw and (
                not (near_headline or self._has_cue_word(text)) or self._in_list(line, by_pos)
            ):
                continue  # a list item is a byline under the headline or with its cue, alone
            meta_near: bool | None = None  # read once: the gate and the rule below ask it
            piped = line.pos <= PIPED_BYLINE_MAX_POS and byline_in_parts(text, self.language)
            bare = line.pos <= BARE_NAME_MAX_POS and self._bare_name_over_story(line)
            if not (
                after_cue
                or piped
                or bare
                or line.date_line
                or near_headline
                or self._has_cue_word(text)
                or (accepted_keys and match_key(text) in accepted_keys)
                or (meta_near := self._meta_neighbour(line, by_pos))
                or (prev is not None and prev.byline is not None)
            ):
                continue  # nothing around it says it could be a byline: do not parse it
            # a cue of another language than the guessed one ("Par …" on a page too
            # short to guess) still reads as that language's byline
            language = cue_language(text, language=self.language, lexicon=lex) or self.language
            found = parse_byline(
                text, cued=after_cue, language=language, dates=line.dates, lexicon=lex
            )
            if (found is None or found.empty) and not after_cue:
                found = self._names_and_place(text, language)
            if found is None or found.empty:
                if prev is not None and prev.byline is not None and self._role_only(text):
                    line.byline, line.byline_rule = Byline(), "role"
                    consumed.add(line.pos)
                continue
            key = match_key(text)
            if after_cue:
                rule = "after_cue"
            elif found.cued:
                rule = "byline"
            elif key in accepted_keys:
                rule = "repeated_byline"
            elif not (found.authors or found.agency):
                continue
            elif (piped or line.date_line or line.dates) and self._in_headline(found.authors):
                continue  # "Villanueva del Mar | 14/03/2024": the headline's town, no writer
            elif piped:
                rule = "piped_byline"  # "Jane Doe, Housing Reporter | 14 November 2024"
            elif bare:
                rule = "bare_name"  # "Jane Doe" over the story, named nowhere in it
            elif _SLASH_CREDIT.search(text):
                continue  # "Jane Doe/Agency": a photo credit
            elif is_section_trail(text):
                continue  # "T R D NATIONAL /": a logo and a section, not a name
            elif line.date_line or (line.dates and near_headline):
                rule = "name_and_date"
            elif meta_near if meta_near is not None else self._meta_neighbour(line, by_pos):
                if not prose_seen and self._opening_names(text):
                    # "Kindred Minds Health" over "… / Kindred Minds Health, a …"
                    self.label(self.vis[line.pos], labels.METADATA, "sender")
                    continue
                rule = "name_line"
            elif near_headline and (
                # a name with its agency or outlet ("Samira Haddad, Associated Press",
                # "Harriet Calloway for The Sunday Review") right under the headline is
                # a byline as printed, unless a cued byline follows: then, as under a
                # caption, it credits the picture
                (
                    found.authors
                    and (
                        found.agency
                        or (found.org and (for_outlet(text) or is_paper_name(found.org)))
                    )
                    and self.headline_anchor is not None
                    and line.pos == self.headline_anchor + 1  # a credit follows a caption
                    and not self._cued_byline_below(line.pos)
                )
                or self._name_signal(text, line, by_pos)
            ):
                rule = "name_under_headline"
            else:
                continue
            line.byline, line.byline_rule = found, rule
            accepted_keys.add(key)
            consumed.add(line.pos)

    def _cued_byline_below(self, pos: int) -> bool:
        """Whether one of the visible lines under ``pos`` opens with a byline cue."""
        blocks = self.article.blocks
        return any(
            starts_with_cue(blocks[self.vis[p]].text, language=self.language, lexicon=self.lex)
            for p in range(pos + 1, min(len(self.vis), pos + 1 + CUED_BYLINE_BELOW))
        )

    def _names_and_place(self, text: str, language: str | None) -> Byline | None:
        """The names of "Chinedu Eze and Bukola Adeyemi, Ikore" or "Hannah Frew in
        Edinburgh": names and, after the last comma or "in"/"à"/"aus", the place they
        filed from (one or two capitalised words, no figure, no agency). The caller
        still asks for a date or a headline beside it."""
        filed = PLACE_AFTER_NAME.search(text)
        if filed is not None and filed.group().split(None, 1)[0] in _FILED_IN:
            # "Hannah Frew in Edinburgh", "Thomas Rivière, à Lyon"
            head, comma, place = (
                text[: filed.start()].rstrip(" ,"),
                ", ",
                filed.group().split(None, 1)[1].removeprefix("the "),
            )
        else:
            head, comma, place = text.rpartition(", ")
        words = place.split()
        if (
            not comma
            or not 1 <= len(words) <= PLACE_MAX_WORDS
            or not all(w[:1].isupper() and w.isalpha() for w in words)
            or self.lex.agency(place) is not None
        ):
            return None
        found = parse_byline(head, cued=False, language=language, lexicon=self.lex)
        if found is None or not found.authors or found.agency or found.org:
            return None
        if any(len(name.split()) < 2 for name in found.authors):
            return None
        return found

    def _in_list(self, line: _Line, by_pos: dict[int, _Line]) -> bool:
        """Whether a neighbour of the list item ``line`` is another list item that is
        no date and no button: names in a row are a list (of people, of books), while
        a byline set as a list item has only the date and buttons ("* Leave a
        comment") as fellow items."""
        blocks = self.article.blocks
        for near in (by_pos.get(line.pos - 1), by_pos.get(line.pos + 1)):
            if near is None or near.date_line or near.date_cue:
                continue
            text = blocks[near.index].text
            item = strip_list_bullet(text)
            if item is not text and not is_furniture(item):
                return True
        return False

    def _has_cue_word(self, text: str) -> bool:
        return byline_cue_search(text, language=self.language, lexicon=self.lex)

    def _name_signal(self, text: str, line: _Line, by_pos: dict[int, _Line]) -> bool:
        """A name line under the headline that says it is a byline: a handle, a job
        title or an author-page link after the name, or the name printed twice."""
        if find_handles(text):
            return True
        words = [w.casefold().strip(".,") for w in text.split()]
        if any(w in self.lex.role_words for w in words):
            return True
        names = parse_names(text, cued=False, language=self.language, lexicon=self.lex)
        if names is not None and names.authors:
            rest = text
            for author in names.authors:
                rest = rest.replace(author, " ")
            rest_words = [w.casefold() for w in rest.split()]
            if any(w in self.lex.author_link_words for w in rest_words) and all(
                w in self.lex.not_name_words or w in self.lex.author_link_words for w in rest_words
            ):
                return True
        nxt = by_pos.get(line.pos + 1)
        if nxt is None:
            return False
        under = self.article.blocks[nxt.index].text
        # the name printed twice, or over its job alone ("Local Democracy Reporter")
        return match_key(under) == match_key(text) or is_job_title(under, lexicon=self.lex)

    def _bare_name_over_story(self, line: _Line) -> bool:
        """A name alone over the story's first paragraph, right under a headline that
        is the text's first line (or second, under its kicker), or under that
        headline's standfirst, or first with no headline (see
        :func:`~newsclean.extract.titles.name_over_story`)."""
        anchor = self.headline_anchor
        if anchor is None:
            placed = line.pos == 0
        else:
            # a standfirst between, with or without its full stop
            under_standfirst = (
                line.pos == anchor + 2
                and word_count(self.article.blocks[self.vis[anchor + 1]].text)
                >= STANDFIRST_MIN_WORDS
            )
            placed = anchor <= 1 and (line.pos == anchor + 1 or under_standfirst)
        return placed and name_over_story(self.lay, line.pos)

    def _role_only(self, text: str) -> bool:
        if len(text) > 60:
            return False
        found = parse_names(text, cued=False, language=self.language, lexicon=self.lex)
        words = [w.casefold().strip(".,") for w in text.split()]
        return found is None and bool(words) and all(w in self.lex.role_words for w in words)

    def _meta_neighbour(self, line: _Line, by_pos: dict[int, _Line]) -> bool:
        """A name line next to a date line, a byline or a byline cue, or over a line
        that is the writer's job or a second name with the date line under it
        ("Jane Doe" / "Senior Reviews Editor" / date, "Jane Doe" / "John Roe" / date,
        "Jane Doe and John Roe" / "Health Reporter and Data Journalist" / date)."""
        prev = by_pos.get(line.pos - 1)
        nxt = by_pos.get(line.pos + 1)
        if prev is not None and (prev.date_line or prev.byline is not None or prev.byline_cue):
            return True
        text = self.article.blocks[line.index].text
        if self._bio_under(text, line.pos + 1):
            return True  # "Jane Doe and John Roe" over "Jane Doe is a reporter at …"
        if nxt is None:
            return False
        if nxt.date_line or nxt.date_cue is not None:
            return True
        under = self.article.blocks[nxt.index].text
        if is_furniture(_portrait_stripped(under)) and _dated(by_pos.get(nxt.pos + 1)):
            # "Jane Doe" / "Follow" / date: the writer's follow button between
            return self._name_alone(_portrait_stripped(text))
        if (
            _follow_button(under)
            and self.headline_anchor is not None
            and 0 < line.pos - self.headline_anchor <= FOLLOWED_NAME_MAX_LINES
            and not self._cued_byline_under(nxt.pos)
        ):
            # "Marco Feldhaus" / "Folgen" under the headline and standfirst: the writer
            # with the button to follow them, the date printed elsewhere
            return self._name_alone(_portrait_stripped(text))
        if _own_handle(text, under) and self._name_alone(text) and not self._headline_names(text):
            # "Tom Baccarella" / "@tombaccarella": the writer over their own handle, the
            # date printed further down (past "5 min read")
            return True
        if name_pair(text, self.language):
            # "Jane Doe and John Roe" / their job (or their place) / date; a pair over a
            # third name is a headline naming two people over its byline
            from newsclean.classify.boilerplate import cue_kind

            return (
                self._job_over_date(nxt, by_pos)
                or (_place_alone(under) and _dated(by_pos.get(nxt.pos + 1)))
                # right under the headline over a reading time ("4 Min Read"), the date
                # printed over the headline
                or (
                    self.headline_anchor is not None
                    and line.pos == self.headline_anchor + 1
                    and cue_kind(under) == labels.METADATA
                )
            )
        if not self._name_alone(text):
            return False
        return (
            self._job_over_date(nxt, by_pos)
            or self._name_alone(under)
            or _place_alone(under)
            or find_handles(under.strip()) == [under.strip()]  # "@nfairbanks" alone
        ) and _dated(by_pos.get(nxt.pos + 1))

    def _headline_names(self, name: str) -> bool:
        """Whether the headline names the person ("Musk says cheap Tesla will be
        delayed" over "Elon Musk" / "@elonmusk"): an embedded post of the story's
        subject under it, not its writer's byline; writers are seldom in their
        headlines."""
        if self.headline_anchor is None:
            return False
        headline = match_key(self.article.blocks[self.vis[self.headline_anchor]].text).split()
        return any(w in headline for w in match_key(name).split() if len(w) >= NAME_WORD_MIN_CHARS)

    def _cued_byline_under(self, pos: int) -> bool:
        """Whether one of the two visible lines under ``pos`` opens with a byline cue: a
        name over a follow button above "By Jane Doe" is a topic one may follow."""
        blocks = self.article.blocks
        return any(
            starts_with_cue(blocks[self.vis[p]].text, language=self.language)
            for p in range(pos + 1, min(len(self.vis), pos + 3))
        )

    def _piped_cued_byline(self, text: str) -> bool:
        """Whether ``text`` is a byline set out with bars that reads as prose by its
        length ("By Jane Doe and John Roe | jdoe@example.com | The Harbor City
        Courier"): it opens with a byline cue and holds a bar."""
        return " | " in text and starts_with_cue(text, language=self.language)

    def _in_headline(self, names: Sequence[str]) -> bool:
        """Whether the headline holds each of ``names`` whole, past its first word:
        uncued before a date, they name the place or the person the story is about
        ("… la depuradora de Villanueva del Mar"), not its writer."""
        read = self.fields.get("title")
        if not names or read is None or not isinstance(read[0], str):
            return False
        words = [w.strip(_HEADLINE_PUNCT).casefold() for w in read[0].split()]
        for name in names:
            parts = [w.casefold() for w in name.split()]
            at = next((k for k in range(len(words)) if words[k : k + len(parts)] == parts), None)
            if not at:
                # not in the headline, or opening it: a columnist's headline names her
                # ("Sarah Collins on why the bridge must close")
                return False
        return True

    def _bio_under(self, text: str, pos: int) -> bool:
        """Whether the visible line at ``pos`` is the bio of a person named by ``text``
        (a byline without its cue, the writers' bios printed under it)."""
        if pos >= len(self.vis) or len(text) > MAX_NAME_LINE or not text.split():
            return False
        if not self.article.blocks[self.vis[pos]].text.startswith(text.split(maxsplit=1)[0]):
            return False  # one look before parsing: most lines open otherwise
        found = parse_names(text, cued=False, language=self.language, lexicon=self.lex)
        return found is not None and self._bio_of(found.authors, pos)

    def _bio_of(self, authors: Sequence[str], pos: int) -> bool:
        """Whether the visible line at ``pos`` is the bio of one of ``authors`` naming a
        newsroom job ("Jane Doe is a journalist at …"): under a name, a line opening
        with it and saying anything else is the story's first paragraph ("John
        Whitfield was a pioneering surgeon …" under an obituary's name)."""
        if not authors or pos >= len(self.vis):
            return False
        bio = self.article.blocks[self.vis[pos]].text
        name = parse_bio(bio, language=self.language, lexicon=self.lex)
        return name is not None and name in authors

    def _job_over_date(self, line: _Line, by_pos: dict[int, _Line]) -> bool:
        """Whether ``line`` is a writer's job ("Local Democracy Reporter", "Senior Reviews
        Editor", "Enviada especial") with the date line right under it: up to
        :data:`JOB_LINE_MAX_WORDS` words, a job noun last (or first, in languages that
        put the adjective after it), no figure and no comma. Only under a name line
        and over a date is such a line read so: alone, "Appoints New Editor" is a
        headline's end."""
        text = self.article.blocks[line.index].text.strip()
        job, comma, beat = text.partition(", ")
        if comma and _beat_after_job(beat):
            text = job  # "Senior Editor, Reviews": the job and its beat
        if is_job_title(text, lexicon=self.lex):
            return _dated(by_pos.get(line.pos + 1))  # "Health Reporter and Data Journalist"
        words = [w.casefold().strip(".,;:") for w in text.split()]
        roles = self.lex.role_words
        if (
            2 < len(words) <= JOB_AT_MAX_WORDS
            and words[0] in roles
            and words[0] not in ROLE_MODIFIERS  # "Health at risk …" is a headline
            and words[1] in _JOB_AT
            and text[:1].isupper()
            and _employer(text.split()[2])
            and not _ANY_DIGIT.search(text)
        ):
            # "Journaliste de l'Initiative de journalisme local", "Reporter at The Herald"
            return _dated(by_pos.get(line.pos + 1))
        if not 1 <= len(words) <= JOB_LINE_MAX_WORDS or "," in text or _ANY_DIGIT.search(text):
            return False
        if words[-1] not in roles and words[0] not in roles and not self._compound_job(words):
            return False
        return _dated(by_pos.get(line.pos + 1))

    def _compound_job(self, words: list[str]) -> bool:
        """One word that ends with a long job noun: the compounds of German and Dutch
        ("wetenschapsredacteur", "Wirtschaftskorrespondentin")."""
        if len(words) != 1:
            return False
        word = words[0]
        return any(
            len(role) >= COMPOUND_ROLE_MIN_CHARS
            and len(word) > len(role) + 2
            and word.endswith(role)
            and role not in ROLE_MODIFIERS  # "Cybersecurity" ends with a beat, no job
            for role in self.lex.role_words
        )

    def _name_alone(self, text: str) -> bool:
        """A line that is one person's name and nothing else ("Lucía Arrabal", "Pieter
        Van den Broeck"): three capitalised words at most ("Miguel Bernal North
        Diving" names a swimmer and his event)."""
        if len(text) > MAX_NAME_LINE or _ANY_DIGIT.search(text):
            return False
        if sum(1 for w in text.split() if w[:1].isupper()) > NAME_LINE_MAX_CAPITALS:
            return False
        if is_furniture(text):
            return False  # "Sign Up" over "Business Editor": a button, not a name
        found = parse_names(text, cued=False, language=self.language, lexicon=self.lex)
        return found is not None and list(found.authors) == [text.strip()]

    def _place_lines(self, lines: list[_Line]) -> None:
        blocks = self.article.blocks
        for line in lines:
            if line.index in self.changes:
                continue
            found = parse_place_line(blocks[line.index].text, lexicon=self.lex)
            if found is None:
                continue
            agency, place = found
            span = self.block_span(line.index)
            self.label(line.index, labels.DATELINE, "place_line")
            self.field("dateline", place, "place_line", span)
            self.field("agency", agency, "place_line", span)

    def _job_after_name(self, index: int, name: str) -> bool:
        """Whether a job or desk word follows ``name`` in block ``index`` ("By Evening
        Star Reporter"); a blog's "Posted by Vortex" on "Vortex Cannon Entertainment"
        names its writer by the site's first word and no job."""
        text = self.article.blocks[index].text
        at = text.find(name)
        if at < 0:
            return False
        jobs = self.lex.role_words | self.lex.collective_words
        return any(w.strip(".,;:|").casefold() in jobs for w in text[at + len(name) :].split())

    def _pick_byline(self, lines: list[_Line], anchor: int) -> None:
        near = sorted(
            (self._distance(line.pos, anchor, below=BYLINE_BELOW_START), line.pos, line)
            for line in lines
            if line.byline is not None
        )
        candidates = [line for gap, _, line in near if gap <= AUTHOR_MAX_DISTANCE]
        span_of = self.block_span
        site = self.fields.get("publisher")
        # "Por Ana Ruiz e Rui Lopes, Correio Serrano": the page title's site is no author
        site_key = match_key(str(site[0])) if site is not None else None
        for line in candidates:
            assert line.byline is not None
            if (
                line.byline.authors
                and site_key
                and all(_part_of_site(match_key(a), site_key) for a in line.byline.authors)
                and (
                    self._job_after_name(line.index, line.byline.authors[-1])
                    # "By Sentinel" on The Lagos Sentinel: the paper's noun names no one
                    or all(a.casefold() in PAPER_ONLY_NOUNS for a in line.byline.authors)
                )
            ):
                # "By Evening Star Reporter" on the Tillbrook Evening Star: the paper's
                # desk, no person
                self.label(line.index, labels.BYLINE, "desk_byline")
                continue
            if line.byline_rule == "name_and_date" and self._places_the_story_names(
                line.byline.authors
            ):
                # "Santiago de Compostela - 11 FEB 2024 - 13:40 CET" with "murió en
                # Santiago de Compostela" in the story: where it was filed, no writer
                continue
            if line.byline.authors:
                authors = line.byline.authors
                if line.byline_rule == "name_line":
                    authors = self._names_in_a_row(line, lines)
                # the site's name goes only beside another name: a blog's byline may
                # name its writer, whose name is the site's ("… | Jane Doe")
                named = tuple(a for a in authors if match_key(a) != site_key)
                authors = named or authors
                self.field("authors", authors, line.byline_rule, span_of(line.index))
                under = line.pos + 1
                if self._bio_of(authors, under) and self.vis[under] not in self.changes:
                    # the writers' bio printed under the byline: no story text either
                    self.label(self.vis[under], labels.METADATA, "author_bio")
                # a byline named the author: a bio after the story is no story text still
                self._author_bio(record=False)
                break
        else:
            if not self._tail_byline():
                self._author_bio()
        for line in candidates:
            assert line.byline is not None
            if line.byline.agency:
                self.field("agency", line.byline.agency, "byline", span_of(line.index))
                break
        for line in candidates:
            assert line.byline is not None
            org = self._desk_owner(line.byline.org)
            if org:
                self.byline_org = (org, span_of(line.index))
                break

    def _places_the_story_names(self, names: Sequence[str]) -> bool:
        """Whether the story speaks of each of ``names`` after a preposition that stands
        before places only ("murió en Santiago de Compostela", "in Porto Serrano"; not
        "de", "di", "from": "una crónica de María López")."""
        if not names:
            return False
        story = " ".join(
            self.article.blocks[i].text for i in self.vis[self.lay.start : self.lay.end]
        )
        return all(_named_as_place(n, story, prepositions=_PLACE_ONLY) for n in names)

    def _names_in_a_row(self, first: _Line, lines: list[_Line]) -> tuple[str, ...]:
        """The authors of ``first`` and of the name lines right under it ("Lucía Arrabal"
        / "Íñigo Zabaleta" over the date): co-authors printed one per line."""
        by_pos = {line.pos: line for line in lines}
        # the text under the byline (the names' own lines are bare names)
        story = " ".join(
            self.article.blocks[i].text
            for i in self.vis[max(self.lay.start, first.pos + 1) : self.lay.end]
        )

        def places(line: _Line) -> bool:
            # "Porto Serrano" over the date and "o metrô de Porto Serrano" in the story:
            # the place the writer files from, not a second writer
            authors = line.byline.authors if line.byline else ()
            return bool(authors) and all(_named_as_place(a, story) for a in authors)

        prev = by_pos.get(first.pos - 1)
        if (
            prev is not None
            and prev.byline is not None
            and prev.byline_rule == "name_line"
            and places(first)
            and not places(prev)
        ):
            first = prev  # "Rafael Lins" over the place: the row starts with him
        names = list(first.byline.authors) if first.byline else []
        nxt = by_pos.get(first.pos + 1)
        while nxt is not None and nxt.byline is not None and nxt.byline_rule == "name_line":
            names.extend(a for a in nxt.byline.authors if a not in names)
            nxt = by_pos.get(nxt.pos + 1)
        writers = [n for n in names if not _named_as_place(n, story)]
        return tuple(writers or names)

    def _desk_owner(self, org: str | None) -> str | None:
        """The organisation of a byline's credit, without the desk or job words after
        it: "HNN Staff" and "Example Riding Editorial Staff" credit HNN and Example
        Riding. ``None`` when only such words are left."""
        if not org:
            return None
        lex = self.lex
        desk = lex.role_words | lex.collective_words
        words = org.split()
        while words and words[-1].casefold().strip(".,") in desk:
            words.pop()
        if not words or any(w.casefold().strip(".,") in lex.role_words for w in words):
            return None
        generic = lex.not_name_words | _DESK_KINDS
        if all(w.casefold().strip(".,") in generic for w in words):
            return None  # "Online Desk", "der Redaktion", "La Rédaction": no one's name
        return " ".join(words)

    def _portraits(self) -> None:
        """The alt text of the writer's portrait right over a byline ("Photo of Jane
        Doe" over "Jane Doe"): metadata, so the line over it reads as the standfirst."""
        vis = self.vis
        blocks = self.article.blocks
        bylines = [i for i, (label, _) in self.changes.items() if label == labels.BYLINE]
        for index in bylines:
            pos = bisect.bisect_left(vis, index)
            over = vis[pos - 1] if 0 < pos < len(vis) and vis[pos] == index else None
            if over is not None and over not in self.changes and portrait_alt(blocks[over].text):
                self.label(over, labels.METADATA, "portrait_alt")

    def _last_prose_pos(self) -> int:
        """The visible position of the last line of running prose, or -1."""
        if not self.vis or self.lay.end < 1:
            return -1
        prose = self.lay.prose
        return max((p for p, i in enumerate(self.vis) if prose[i]), default=-1)

    def _tail_date(self) -> None:
        """No date over the story: a date line with a publishing cue among the few lines
        after its last paragraph ("Articolo pubblicato il 18 marzo 2025", "Published
        March 3, 2024"), where an extractor leaves the foot of the story. Only a cued
        date: a bare one there may be a comment's or a teaser's."""
        blocks = self.article.blocks
        vis = self.vis
        last_prose = self._last_prose_pos()
        if last_prose < 0:
            return
        for pos in range(last_prose + 1, min(len(vis), last_prose + 1 + TAIL_DATE_LINES)):
            i = vis[pos]
            text = blocks[i].text
            if i in self.changes or blocks[i].label != labels.BODY or len(text) > MAX_META_CHARS:
                continue
            dates = find_dates(text, language=self.language, now=self.now, lexicon=self.lex)
            published = [d for d in dates if d.kind == "published"]
            if published and self._only_dates(text, dates):
                day = published[0]
                self.field("published", day.iso, "tail_date", self.text_span(i, day.start, day.end))
                self.label(i, labels.METADATA, "tail_date")
                return

    def _tail_byline(self) -> bool:
        """No byline over the story: one of the few lines after its last paragraph that
        opens with a byline cue and names somebody ("By Jane Doe", "Written by Jane
        Doe; edited by John Roe"), as blogs and some wires print it. Whether found."""
        blocks = self.article.blocks
        vis = self.vis
        last_prose = self._last_prose_pos()
        if last_prose < 0:
            return False
        for pos in range(last_prose + 1, min(len(vis), last_prose + 1 + TAIL_BYLINE_LINES)):
            i = vis[pos]
            block = blocks[i]
            text = _dashed_credit(block.text)  # "— Compiled by Jane Doe" signs with a dash
            if block.label != labels.BODY or i in self.changes:
                if block.label != labels.BODY or is_furniture(text):
                    continue  # a share button between the story and its byline
                return False
            if cue_language(text, language=self.language, lexicon=self.lex) is None:
                if _closing_sentence(text) or _furniture_sentence(text):
                    continue  # the story's last short sentence, a "Read more: …" pointer
                if pos == last_prose + 1 and self._signature(pos):
                    # "Sophie Delaunay" under the last paragraph, named nowhere else: the
                    # writer signing the story, as regional papers print it
                    name = " ".join(_undashed(text).split())
                    self.field("authors", (name,), "tail_name", self.block_span(i))
                    self.label(i, labels.BYLINE, "tail_name")
                    return True
                return False  # a book's title over "By …" in a box after the story
            if len(text) > MAX_BYLINE_LINE:
                return False
            found = parse_byline(text, cued=False, language=self.language, lexicon=self.lex)
            if found is not None and found.authors and _byline_words_only(text, self.lex):
                self.field("authors", found.authors, "tail_byline", self.block_span(i))
                self.label(i, labels.BYLINE, "tail_byline")
                return True
        return False

    def _signature(self, pos: int) -> bool:
        """Whether the visible line at ``pos``, right under the story's last paragraph,
        is a name alone that signs it: the paragraph ends a sentence (an item's
        colon or a list of names does not), the text ends under it or the page's
        furniture or a date follows, and the name's words occur nowhere else in the
        text (:func:`name_alone_in`)."""
        blocks = self.article.blocks
        vis = self.vis
        text = _undashed(blocks[vis[pos]].text)
        above = blocks[vis[pos - 1]].text.rstrip("\"”’»)' ")
        if above[-1:] not in ".!?…" or len(text.split()) > BARE_NAME_MAX_WORDS:
            return False
        if pos + 1 < len(vis) and name_pair(blocks[vis[pos + 1]].text, self.language):
            return False
        if "[" in text or "#" in text:
            return False  # a link or a tag, not a signature
        under = blocks[vis[pos + 1]].text if pos + 1 < len(vis) else None
        # the signature closes the story: the text ends, or the page's furniture or a
        # date follows it (a tag or a topic line, "Premier League", has more under it)
        if under is not None and not (
            is_furniture(under)
            or _furniture_sentence(under)
            or find_dates(under, language=self.language, lexicon=self.lex)
        ):
            return False
        lines = [_undashed(blocks[i].text) for i in vis]
        return name_alone_in(text, lines, self.language)

    def _author_bio(self, *, record: bool = True) -> None:
        """Author bios after the story ("Jane Doe is a staff writer …"): their names are
        the authors when no byline gave one (``record``), and the lines leave the body
        when they stand after the story. The first bio found may stand anywhere in the
        text's last lines; more bios count only after the story (co-writers' bios)."""
        blocks = self.article.blocks
        n = len(blocks)
        # the byline's names, when it gave some: a bio opening with one needs no
        # newsroom job ("… is a staff engineer")
        read = self.fields.get("authors")
        authors = read[0] if read is not None and isinstance(read[0], tuple) else ()
        names: list[str] = []
        span: tuple[int, int] | None = None
        for i in range(max(0, n - BIO_SCAN_LINES), n):
            block = blocks[i]
            if block.label == labels.CAPTION or len(block.text) < 20:
                continue
            # "_Jane Doe is …_" in Markdown, "— Jane Doe covers …" signed with a dash
            text = _signed_bio(block.text.strip(_EMPHASIS))
            name = parse_bio(text, language=self.language, lexicon=self.lex, authors=authors)
            box: list[int] = []
            if name is None and authors:
                # "Roberto Villaseñor" / "Reporter" / "Roberto covers county government …":
                # the writer's box calls them by their first name under their full name
                box, expanded = self._first_name_bio(i, text, authors)
                if expanded is not None:
                    name = parse_bio(
                        expanded, language=self.language, lexicon=self.lex, authors=authors
                    )
            guest = False
            if name is None:
                # no newsroom job, but after the story and about a writer the story
                # never names ("Jane Doe is a nurse in Ashford. She writes about …")
                name = parse_writer_bio(text, language=self.language, lexicon=self.lex)
                guest = name is not None
            if name is None or name in names:
                continue
            # where the line stands is read only for a bio found (a walk to the text's end)
            after = block.label == labels.BODY and self._after_the_story(i)
            if (guest and (not after or self._named_in_the_story(name, i))) or (
                names and not after
            ):
                continue
            at = block.text.find(name)
            end = self.text_span(i, at, at + len(name))
            span = end if span is None else (span[0], end[1])
            names.append(name)
            if after:
                self.label(i, labels.METADATA, "author_bio")
                for j in box:
                    self.label(j, labels.METADATA, "author_bio")
        if record and span is not None:
            self.field("authors", tuple(names), "author_bio", span)

    def _first_name_bio(
        self, index: int, text: str, authors: Sequence[str]
    ) -> tuple[list[int], str | None]:
        """The box's lines over block ``index`` and its bio with the full name, when
        ``text`` opens with an author's first name alone and that author's full name
        stands on its own line at most :data:`BIO_BOX_LINES` visible lines above, with
        only short lines (a job, "Reporter") between; else ``([], None)``."""
        position = bisect.bisect_left(self.vis, index)
        blocks = self.article.blocks
        for author in authors:
            first, _, rest = author.partition(" ")
            if not rest or not text.startswith(first + " ") or text.startswith(author):
                continue
            box: list[int] = []
            for pos in range(position - 1, max(-1, position - 1 - BIO_BOX_LINES), -1):
                above = blocks[self.vis[pos]].text.strip()
                box.append(self.vis[pos])
                if above == author:
                    return box, author + text[len(first) :]
                if len(above.split()) > BIO_BOX_JOB_WORDS:
                    break
        return [], None

    def _named_in_the_story(self, name: str, index: int) -> bool:
        """Whether a prose line other than block ``index`` uses the surname of ``name``:
        then a line opening with the name is about someone in the story."""
        surname = name.rsplit(maxsplit=1)[-1]
        blocks = self.article.blocks
        return any(i != index and self.lay.prose[i] and surname in blocks[i].text for i in self.vis)

    def _opening_names(self, text: str) -> bool:
        """Whether the story's first paragraph names ``text`` as printed: a press
        release's sender over its date ("Kindred Minds Health" / "… / Kindred Minds
        Health, a virtual practice, today announced …"), no writer of it."""
        if self.lay.start >= len(self.vis):
            return False
        first = self.article.blocks[self.vis[self.lay.start]].text
        name = text.strip()
        # introduced as a company is: "X, a …", "X (Nasdaq: …)", "X today announced"
        return len(name.split()) >= 2 and any(f"{name}{after}" in first for after in _INTRODUCED)

    def _under_sender_label(self, line: _Line) -> bool:
        """Whether the visible line above ``line`` is a label naming who sent what
        follows ("News provided by", "Distributed by"): the sender is an organisation."""
        if line.pos == 0:
            return False
        above = self.article.blocks[self.vis[line.pos - 1]].text
        return match_key(above).rstrip(": ") in SENDER_LABELS

    def _after_the_story(self, index: int) -> bool:
        """Whether block ``index`` comes after the last line of running prose but
        one: a bio is a paragraph itself, the story's last or after it."""
        vis = self.vis
        if not vis or self.lay.end < 1:
            return False  # no running prose at all
        prose = self.lay.prose
        position = bisect.bisect_left(vis, index)
        blocks = self.article.blocks
        # a disclaimer or a letters prompt after the bio is furniture, not more story;
        # so is a comment thread or a list of other stories, from its heading on ("23
        # Comments", "Related")
        from newsclean.classify.boilerplate import opens_comments, opens_teasers

        story_above = position > self.lay.start  # the bio follows story prose
        later = vis[position + 1 :]
        for k, i in enumerate(later):
            text = blocks[i].text
            if story_above and len(text) <= COMMENTS_HEADING_MAX_CHARS:
                if opens_comments(text):
                    return True
                if opens_teasers(text):
                    # a list of other stories closes the page, unless the story goes on
                    # under it (a box in its middle): then more prose follows than a
                    # list's teasers
                    rest = sum(1 for j in later[k + 1 :] if prose[j])
                    return rest <= TEASERS_AFTER_BIO_MAX_PROSE
            if (
                prose[i]
                and not _furniture_sentence(text)
                # a co-writer's bio under this one ("Marcus Webb is a congressional
                # reporter …") is no more of the story either
                and parse_bio(text, language=self.language, lexicon=self.lex) is None
            ):
                return False
        return True

    def _gap(self, pos: int, anchor: int) -> float:
        """Lines between ``pos`` and the headline, not counting share buttons and
        other known furniture ("Pinterest", "0 shares") that pages print between
        a byline and the story; lines under the headline count as nearer (:data:`ABOVE_PENALTY`)."""
        lo, hi = (anchor, pos) if pos >= anchor else (pos, anchor)
        if hi - lo > FURNITURE_GAP_LIMIT:
            return float(hi - lo)  # too far whatever lies between: not worth counting
        blocks = self.article.blocks
        skipped = sum(1 for p in range(lo + 1, hi) if is_furniture(blocks[self.vis[p]].text))
        return _distance(pos, anchor) - skipped

    def _distance(self, pos: int, anchor: int, *, below: int = 0) -> float:
        """How far the line at ``pos`` is from the headline, or, for a line above where
        the story starts, from there when the headline is a first line
        (:attr:`story_start`): a date inside the story is no publication date. A
        byline may stand ``below`` lines under that start (a one-sentence
        standfirst reads as the first line of prose)."""
        gap = self._gap(pos, anchor)
        if self.story_start is not None and pos <= self.story_start + below:
            gap = min(gap, self._gap(pos, self.story_start))  # above the story, not in it
        return gap

    def _prose_after(self, line: _Line) -> bool:
        """Whether the visible line right under ``line`` is prose."""
        nxt = line.pos + 1
        return nxt < len(self.vis) and self.lay.prose[self.vis[nxt]]

    def _pick_dates(self, lines: list[_Line], anchor: int) -> None:
        """The published and updated dates: those of the date lines and bylines
        nearest the headline."""
        found: list[tuple[float, int, int, FoundDate]] = []
        start = self.story_start
        dated_above = start is not None and any(
            (line.date_line or line.byline is not None) and line.dates and line.pos <= start
            for line in lines
        )
        for line in lines:
            if not (line.date_line or line.byline is not None):
                continue
            # a date line under a standfirst that opens the prose is the story's stamp,
            # as a byline there is, when no prose follows it right away (the writer's
            # name does) and no date stands above the story: between two paragraphs,
            # or under the stamp read above, it is a date the story lists
            below = (
                BYLINE_BELOW_START
                if line.date_line and not dated_above and not self._prose_after(line)
                else 0
            )
            gap = self._distance(line.pos, anchor, below=below)
            if gap > DATE_MAX_DISTANCE:
                continue
            for d in line.dates:
                found.append((gap, line.pos, line.index, d))
        found.sort(key=lambda f: (f[0], f[1], f[3].start))
        for kind, rule in (("published", "published_cue"), ("plain", "date_line")):
            pick = next((f for f in found if f[3].kind == kind), None)
            if pick is not None:
                self.field(
                    "published",
                    pick[3].iso,
                    f"{rule}_year_of_page" if pick[3].form == "year_hint" else rule,
                    self.text_span(pick[2], pick[3].start, pick[3].end),
                )
                break
        upd = next((f for f in found if f[3].kind == "updated"), None)
        if upd is not None:
            span = self.text_span(upd[2], upd[3].start, upd[3].end)
            self.field("updated", upd[3].iso, "updated_cue", span)
            # a page that prints only an update time: the story cannot be later than it
            self.field("published", upd[3].iso, "updated_only", span)

    # -- subtitle, section -----------------------------------------------------

    def _subtitle(self, title: TitleResult, lines: list[_Line]) -> None:
        from newsclean.classify.boilerplate import is_newsroom_byline

        if title.block is None:
            return
        blocks = self.article.blocks
        vis = self.vis
        pos = bisect.bisect_right(vis, title.block)
        while pos < len(vis) and self.changes.get(vis[pos], ("", ""))[0] == labels.DUPLICATE_TITLE:
            pos += 1
        if pos >= len(vis):
            return
        index = vis[pos]
        if index in self.changes or blocks[index].label != labels.BODY:
            return
        text = blocks[index].text
        lo, hi = SUBTITLE_CHARS
        words = word_count(text)
        if not lo <= len(text) <= hi or words < 5 or words > SUBTITLE_MAX_WORDS:
            return
        if is_furniture(text) or self._looks_like_caption(text) or _is_cue_line(text):
            return  # a promo, a share prompt …: the boilerplate cleaner's, wherever it stands
        if parse_bio(text, language=self.language, lexicon=self.lex) is not None:
            return  # "Jane Doe is a senior reporter …": an author bio, read as such
        if (
            find_dates(text, language=self.language, lexicon=self.lex)
            or is_date_only(text, language=self.language, lexicon=self.lex)
            or (
                words <= CUED_SUBTITLE_MAX_WORDS
                and cue_before_name(text, language=self.language, lexicon=self.lex)
            )
        ):
            return  # a date, a time stamp or a byline cue: a metadata line not read
        nxt = vis[pos + 1] if pos + 1 < len(vis) else None
        repeats = [
            j
            for j in vis[pos + 1 : pos + 1 + REPEAT_LOOKAHEAD]
            if j not in self.changes and printed_again(text, blocks[j].text)
        ]
        meta_next = nxt
        if (
            nxt is not None
            and pos + 2 < len(vis)
            and nxt not in self.changes
            and _lone_token(blocks[nxt].text)
        ):
            # "[15]jack.marsden" (the writer's picture, linked) between it and the byline
            meta_next = vis[pos + 2]
        nxt_change = self.changes.get(meta_next, ("", ""))[0] if meta_next is not None else ""
        structural = nxt_change in (labels.BYLINE, labels.METADATA) or (
            meta_next is not None
            and meta_next not in self.changes
            and is_newsroom_byline(blocks[meta_next].text)  # the boilerplate cleaner's to take
        )
        # Chinese and Japanese close a sentence with their own full-width marks
        ends_open = not text.rstrip("”’\"'」』").endswith(_CLOSED_SENTENCE)
        nxt_prose = nxt is not None and nxt not in self.changes and is_prose(blocks[nxt].text)
        if repeats and text.rstrip().endswith(("...", "…")):
            # the opening of a paragraph printed again whole further down: the cut copy
            # goes, the paragraph stays (left in the body, the two copies would touch
            # once cleaned and the repeat rule would take the first on a second cleaning)
            self.label(index, labels.BOILERPLATE, "repeated_standfirst")
            return
        if not structural and self._standfirst_on_two_lines(index, pos):
            # "Aveva 84 anni. …" / "Domani la camera ardente …" / the byline: one
            # standfirst broken over two lines of one paragraph
            assert nxt is not None
            self.label(index, labels.SUBTITLE, "standfirst")
            self.label(nxt, labels.SUBTITLE, "standfirst")
            both = f"{text} {blocks[nxt].text}"
            self.field("subtitle", both, "standfirst", (blocks[index].start, blocks[nxt].end))
            return
        if structural or (ends_open and nxt_prose):
            self.label(index, labels.SUBTITLE, "standfirst")
            self.field("subtitle", text, "standfirst", self.block_span(index))
            if repeats:  # the standfirst printed again word for word goes from the body
                self.label(repeats[0], labels.BOILERPLATE, "repeated_standfirst")

    def _standfirst_on_two_lines(self, index: int, pos: int) -> bool:
        """Whether the line at visible ``pos`` (block ``index``, under the headline)
        ends a sentence and goes on, after one line break, to a line of the same
        paragraph with the byline or date right under it: a standfirst printed on two
        lines."""
        from newsclean.classify.boilerplate import is_newsroom_byline

        vis = self.vis
        if pos + 2 >= len(vis):
            return False
        blocks = self.article.blocks
        nxt, after = vis[pos + 1], vis[pos + 2]
        raw = self.article.original
        second = blocks[nxt].text
        return (
            nxt not in self.changes
            and blocks[nxt].label == labels.BODY
            and blocks[index].text.rstrip("”’\"'」』")[-1:] in ".!?。！？"
            and one_break_between(raw, blocks[index], blocks[nxt])
            and (
                self.changes.get(after, ("", ""))[0] in (labels.BYLINE, labels.METADATA)
                or is_newsroom_byline(blocks[after].text)  # "Redazione Cultura" over the date
            )
            and word_count(second) >= 3
            and not is_furniture(second)
            and not find_dates(second, language=self.language, lexicon=self.lex)
            # a newsroom's byline over the date ("Le Quotidien du Nord (avec AFP)")
            and not is_newsroom_byline(second)
        )

    def _looks_like_caption(self, text: str) -> bool:
        """A line ending with a photo credit in parentheses ("… (Image: Reuters)")."""
        if not text.endswith(")"):
            return False
        inner = text[text.rfind("(") + 1 : -1].casefold()
        return (
            any(cue in inner for cue in self.lex.caption_cues) or self.lex.agency(inner) is not None
        )

    def _section(self, title: TitleResult, anchor: int, start: int, end: int) -> None:
        blocks = self.article.blocks
        n = len(blocks)
        head_end = self.vis[min(self._window_end(start), len(self.vis)) - 1] if self.vis else 0
        tail_start = self.vis[min(end, len(self.vis) - 1)] if self.vis else n
        # the category line sits near the headline or after the story
        head_start = self.vis[max(0, anchor - ABOVE_HEADLINE_LINES)] if self.vis else 0
        zones = [
            *range(head_start, min(n, head_end + 1)),
            *range(max(tail_start, head_end + 1, n - TAIL_SCAN_LINES), n),
        ]
        for i in zones:
            block = blocks[i]
            if block.label == labels.CAPTION or len(block.text) > 100:
                continue
            value = section_from_cue(block.text, lexicon=self.lex)
            if value is not None:
                if block.label in (labels.BODY, labels.METADATA) and i not in self.changes:
                    self.label(i, labels.SECTION, "section_cue")
                self.field("section", value, "section_cue", self.block_span(i))
                return
        if title.block is None:
            return
        lo = max(0, title.block - 10)
        for i in range(title.block - 1, lo - 1, -1):
            value = breadcrumb_section(blocks[i].text, self.lex.home_words)
            if value is not None:
                self.field("section", value, "breadcrumb", self.block_span(i))
                return
        # a path of sections right over the headline ("Sport > Fußball > 2. Bundesliga"):
        # its last step is the section, and the line leaves the body (under the headline
        # of the cleaned text it would read as the standfirst)
        above = title.block - 1
        if above >= 0 and above not in self.changes and blocks[above].label == labels.BODY:
            steps = section_path_steps(blocks[above].text)
            if steps is not None:
                self.label(above, labels.SECTION, "section_path")
                self.field("section", nice_case(steps[-1]), "section_path", self.block_span(above))
                return
        # the label over the headline, or over the page title when the headline is
        # printed twice ("NEWS" / <title> / … / <headline>)
        heads = [title.block] if title.page_title is None else [title.block, title.page_title]
        for head in heads:
            above = head - 1
            if above < 0 or above in self.changes or blocks[above].label == labels.CAPTION:
                continue
            text = blocks[above].text
            value = kicker_section(text, lexicon=self.lex)
            if value is not None and not is_furniture(text):
                if blocks[above].label == labels.BODY:
                    self.label(above, labels.SECTION, "kicker")
                self.field("section", value, "kicker", self.block_span(above))
                return

    # -- dateline, tail ----------------------------------------------------------

    def _dateline(self, start: int, anchor: int) -> None:
        """The dateline opening the story's first paragraph; failing that, a wire
        dateline further down (:meth:`_wire_dateline_below`, looked for only then).

        The line just above where the prose was found to start is read first when
        it is under the headline or the first line of all: a short first paragraph
        ("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.") is too
        short to count as prose.
        """
        blocks = self.article.blocks
        first = start - 1 if start - 1 > anchor or start == 1 else start
        passed = False  # a caption where the story seemed to start, over the dateline
        for pos in range(first, min(len(self.vis), start + 3)):
            index = self.vis[pos]
            if index in self.changes or blocks[index].label != labels.BODY:
                continue
            found = find_dateline(blocks[index].text, lexicon=self.lex)
            if found is not None:
                self._record_dateline(index, found, opens_story=True)
                self._caption_over_dateline(pos)
                return
            if pos >= start:
                if not passed and _caption_sentence(blocks[index].text):
                    passed = True
                    continue
                break  # the first paragraph opens otherwise
        above = self._wire_dateline_above(anchor, first)
        if above is not None:
            index = self.vis[above]
            found = find_dateline(blocks[index].text, lexicon=self.lex)
            if found is not None:
                self._record_dateline(index, found, opens_story=True)
                return
        for pos in self._wire_dateline_below(start + 3):
            index = self.vis[pos]
            found = find_dateline(blocks[index].text, lexicon=self.lex)
            if found is not None and index not in self.changes:
                self._record_dateline(index, found)

    def _caption_over_dateline(self, pos: int) -> None:
        """A plain sentence right over the paragraph a dateline opens ("The State Courts
        in Singapore." / "SINGAPORE: A 27-year-old woman …"): the dateline says where
        the story starts, so the line over it, under the head, is the picture's caption
        (one sentence of a few words, no quotation; a standfirst read already is left)."""
        if pos < 1:
            return
        index = self.vis[pos - 1]
        block = self.article.blocks[index]
        if index in self.changes or block.label != labels.BODY:
            return
        over = self.changes.get(self.vis[pos - 2], ("", ""))[0] if pos >= 2 else ""
        if over in HEADLINE_LABELS:
            return  # right under the headline: its standfirst ("Ministers agreed …")
        if _caption_sentence(block.text):
            self.label(index, labels.CAPTION, "caption_over_dateline")

    def _record_dateline(self, index: int, found: Dateline, *, opens_story: bool = False) -> None:
        span = self.text_span(index, 0, len(found.text))
        self.field("dateline", found.text, "dateline", span)
        if found.agency:
            self.field("agency", found.agency, "dateline", span)
        # the day filed ("LONDON, 5 March 2024 (AFP) -"), when no date line gave one and
        # the dateline opens the story where it starts (one found further down may be a
        # teaser's or a quoted wire story's); a day without its year ("Nov 19") is read
        # only against a reference time
        if opens_story:
            dates = find_dates(found.text, language=self.language, now=self.now, lexicon=self.lex)
            if dates:
                day = dates[0]
                span = self.text_span(index, day.start, day.end)
                self.field("published", day.iso, "dateline", span)
        if self.strip_dateline:
            self.splits.append((index, found.body_start, labels.DATELINE, "head", "dateline"))

    def _wire_dateline_above(self, anchor: int, first: int) -> int | None:
        """The visible position of a prose paragraph opening with a wire dateline between
        the headline and where the prose seemed to start ("FRANKFURT, March 5 (Reuters) -
        …" over a box of share prices that broke the run of prose): the story's lead."""
        blocks = self.article.blocks
        prose = self.lay.prose
        from newsclean.classify.boilerplate import cue_kind

        for pos in range(max(anchor + 1, first - WIRE_DATELINE_ABOVE), first):
            index = self.vis[pos]
            if not prose[index] or index in self.changes or blocks[index].label != labels.BODY:
                continue
            found = find_dateline(blocks[index].text, lexicon=self.lex)
            if found is None or not found.agency:
                continue
            around = [self.vis[p] for p in (pos - 1, pos + 1) if 0 <= p < len(self.vis)]
            if any(cue_kind(blocks[i].text) == labels.RELATED for i in around):
                continue  # "Related coverage" / a teaser / "Read more": another story's
            return pos
        return None

    def _wire_dateline_below(self, begin: int) -> list[int]:
        """The visible position of the first prose paragraph from ``begin`` on that
        opens with a wire dateline ("ST. JOSEPH, Mich. (AP) — …"), as a one-item list,
        when the head of the story was not found where the prose seemed to start (a
        page opening with teaser summaries); else an empty list."""
        blocks = self.article.blocks
        prose = self.lay.prose
        for pos in range(begin, min(len(self.vis), begin + WIRE_DATELINE_SCAN)):
            index = self.vis[pos]
            if not prose[index] or blocks[index].label != labels.BODY:
                continue
            found = find_dateline(blocks[index].text, lexicon=self.lex)
            # the story goes on under it; a teaser's summary is one paragraph
            goes_on = any(prose[i] for i in self.vis[pos + 1 : pos + 3])
            if found is not None and found.agency and goes_on:
                return [pos]
        return []

    def _tag_list(self, first: int) -> None:
        """A tag cue alone on its line ("Topics", "Tags", "Themen") after the story,
        over a few short labels one per line ("Town planning" / "Housing"): the
        story's tags, the way a page prints its tag links. The cue is furniture to the
        boilerplate cleaner, which leaves the labels under it; "Tags: a, b" on one
        line is read by :func:`tags_from_line`."""
        blocks = self.article.blocks
        cues = frozenset(c.casefold() for c in self.lex.tag_cues)
        for i in range(first, len(blocks) - 1):
            if blocks[i].text.strip().rstrip(":").rstrip().casefold() not in cues:
                continue
            items: list[int] = []
            for j in range(i + 1, min(len(blocks), i + 1 + TAG_LIST_MAX_ITEMS + 1)):
                if blocks[j].label != labels.BODY or j in self.changes:
                    break
                if not _tag_item(blocks[j].text):
                    items = []  # a crosshead over the story's lines, not a list of tags
                    break
                items.append(j)
            if TAG_LIST_MIN_ITEMS <= len(items) <= TAG_LIST_MAX_ITEMS and self._after_the_story(i):
                tags = tuple(blocks[j].text.strip() for j in items)
                self.field(
                    "tags", tags, "tag_list", (blocks[items[0]].start, blocks[items[-1]].end)
                )
                for j in items:
                    self.label(j, labels.METADATA, "tag_list")
            return

    def _tail(self, start: int) -> None:
        art = self.article
        blocks = art.blocks
        n = len(blocks)
        first = max(0, n - TAIL_SCAN_LINES)
        self._tag_list(first)
        for i in range(n - 1, first - 1, -1):
            block = blocks[i]
            text = block.text
            if block.label == labels.CAPTION or i in self.changes:
                continue
            holder = copyright_holder(text, lexicon=self.lex)
            if holder is not None:
                agency = self.lex.agency(holder)
                if agency:
                    self.field("agency", agency, "copyright", self.block_span(i))
                else:
                    self.copyright = (holder, self.block_span(i))
                if block.label == labels.BODY and text.lstrip("(").casefold().startswith(
                    ("©", "(c)", "copyright")
                ):
                    self.label(i, labels.METADATA, "copyright")
                continue
            site = feed_footer_site(text)
            if site is not None:
                self.feed_site = (site, self.block_span(i))
                continue
            tags = tags_from_line(text, lexicon=self.lex)
            if tags:
                self.field("tags", tuple(tags), "tags", self.block_span(i))
                if block.label == labels.BODY:
                    self.label(i, labels.METADATA, "tags")
        # credits closing the story: the last body lines, up to the last paragraph
        for i in range(n - 1, first - 1, -1):
            block = blocks[i]
            if block.label == labels.CAPTION and block.text.startswith("("):
                # "(Reuters)" closing the story: the caption cleaner took it for a photo
                # credit; the agency is the story's all the same
                agency = line_agency(block.text, lexicon=self.lex)
                if agency is not None and self._after_the_story(i):
                    self.field("agency", agency, "wire_credit", self.block_span(i))
                continue
            if block.label != labels.BODY or i in self.changes:
                continue
            kind = is_credit_line(block.text, lexicon=self.lex)
            if kind == "agency":
                agency = line_agency(block.text, lexicon=self.lex)
                self.label(i, labels.METADATA, "wire_credit")
                self.field("agency", agency, "wire_credit", self.block_span(i))
                continue
            if kind == "credit":
                self.label(i, labels.METADATA, "credit_line")
                continue
            if word_count(block.text) < LAST_PARAGRAPH_MIN_WORDS:
                continue  # a stray short line after the story; the credit is on the paragraph
            if _is_cue_line(block.text):
                continue  # a promo or a notice under the story ("Abonnez-vous …"): not its end
            found = find_wire_credit(block.text, lexicon=self.lex)
            if found is not None and word_count(block.text[: found[0]]) >= LAST_PARAGRAPH_MIN_WORDS:
                pos, agency = found
                self.field("agency", agency, "wire_credit", self.text_span(i, pos, len(block.text)))
                self.splits.append((i, pos, labels.METADATA, "tail", "wire_credit"))
            break

    def _credited_writers(self) -> None:
        """No byline named anybody: the reporters a wire story's credits name under it
        ("(Reporting by Jane Doe in Lisbon; Editing by John Roe)") are its authors, not
        its editors. The line itself goes as the cleaners decide (credit or metadata)."""
        if "authors" in self.fields:
            return
        blocks = self.article.blocks
        for i in range(len(blocks) - 1, max(-1, len(blocks) - 1 - BIO_SCAN_LINES), -1):
            text = blocks[i].text
            if len(text) > MAX_CREDIT_LINE:
                continue
            writers = credited_writers(text)  # one anchored test for most lines
            if writers:
                self.field("authors", writers, "credited_writers", self.block_span(i))
                return

    def _dashed_credits(self, start: int) -> None:
        """An agency's name alone after a dash under the story's start ("- The Associated
        Press"): each item of a digest closes with its own, where the tail scan sees
        only the last."""
        blocks = self.article.blocks
        for i in range(start, len(blocks)):
            text = blocks[i].text
            if text[:1] not in _DASHES or blocks[i].label != labels.BODY or i in self.changes:
                continue
            agency = line_agency(text, lexicon=self.lex)
            if agency is not None:
                self.label(i, labels.METADATA, "wire_credit")
                self.field("agency", agency, "wire_credit", self.block_span(i))

    def _contacts(self) -> None:
        blocks = self.article.blocks
        emails: dict[str, tuple[int, int]] = {}
        urls: dict[str, tuple[int, int]] = {}
        contact_site: tuple[str, tuple[int, int]] | None = None
        # one scan of the whole text finds the few lines worth reading
        starts = [b.start for b in blocks]
        candidates = sorted(
            {
                bisect.bisect_right(starts, m.start()) - 1
                for m in _CONTACT_HINT.finditer(self.article.original)
            }
            - {-1}
        )
        for i in candidates:
            block = blocks[i]
            text = block.text
            for email in find_emails(text):
                at = text.find(email)
                emails.setdefault(email, self.text_span(i, at, at + len(email)))
                if contact_site is None and self._contact_line(block.label, text):
                    name = domain_name(email)
                    if name:
                        contact_site = (name, self.text_span(i, at, at + len(email)))
            for url in find_urls(text):
                at = text.find(url)
                urls.setdefault(url, self.text_span(i, at, at + len(url)))
        if emails:
            first = next(iter(emails.values()))
            self.field("emails", tuple(emails), "contacts", first)
        if urls:
            first = next(iter(urls.values()))
            self.field("urls", tuple(urls), "contacts", first)
        self.contact_site = contact_site

    def _contact_line(self, label: str, text: str) -> bool:
        if label == labels.CONTACT:
            return True
        low = text.casefold()
        return any(
            cue in low
            for cue in (
                "contact",
                "get in touch",
                "email us",
                "e-mail us",
                "write to",
                "tips",
                "send us",
            )
        )

    def _related(self) -> None:
        field = related_field(self.article, lexicon=self.lex)
        if field is not None:
            titles, start, end = field
            self.field("related", titles, "related_lines", (start, end))

    def _publisher_fallbacks(self, title: TitleResult) -> None:
        for found, rule in (
            (self.copyright, "copyright"),
            (self.feed_site, "feed_footer"),
            (self.byline_org, "byline_org"),
            (self.contact_site, "contact_email"),
        ):
            if found is not None:
                self.field("publisher", found[0], rule, found[1])

    def _above_headline(self, title: TitleResult) -> None:
        """On a whole page, the body lines above a confirmed printed headline are
        page furniture (menus, teasers, tickers): the story starts at its headline."""
        if not title.confirmed or title.block is None:
            return
        blocks = self.article.blocks
        for i in range(title.block):
            if blocks[i].label == labels.BODY and i not in self.changes:
                self.label(i, labels.BOILERPLATE, "above_headline")

    # -- apply -----------------------------------------------------------------

    def _apply(self) -> Article:
        art = relabel(self.article, self.changes, cleaner=NAME)
        for name, (value, rule, start, end) in self.fields.items():
            art = record_field(art, name, value, cleaner=NAME, rule=rule, start=start, end=end)
        for index, pos, label, part, rule in sorted(self.splits, reverse=True):
            art, second = split_block(art, index, pos)
            if second < 0:
                continue
            target = second if part == "tail" else index
            art = relabel(art, {target: (label, rule)}, cleaner=NAME)
        return art


def _is_cue_line(text: str) -> bool:
    """A line the boilerplate cleaner removes wherever it stands ("Subscribe to our
    magazine"): never a standfirst, or cleaning the clean text would remove it."""
    from newsclean.classify.boilerplate import is_cue_line

    return is_cue_line(text)


PAGE_YEAR_BELOW_START = 2
"""Lines under the story's start still read for the year of its time stamps (a stamp
right under the first paragraph); lower down are teasers and tables."""
_FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
"""A year of four digits: a time stamp that prints one."""
_CLOCK = re.compile(r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?!\d)")
"""A time of day ("9:41", "18.54", "14h05")."""
_YEARLESS_HINT = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
"""A day of the month: a line without a readable date may print one without its year."""

_READING_TIME = re.compile(
    r"(?:\b(?:reading|read|lese|lees|lectura|lecture|leitura|lettura)\w{0,4}"
    r"[ \t]?(?:time|zeit|tijd|de lectura)?[ \t]?:?[ \t]*)?"
    r"\b\d{1,3}[ \t]?(?:min|mins|minute|minutes|minuten|minuti|minutos)\b\.?"
    r"(?:[ \t]+(?:read|reading|de lecture|de lectura|de leitura|di lettura|lezen|lesen))?",
    re.IGNORECASE,
)
"""A reading time printed with the date ("3 min read", "Lesezeit: 4 Min.")."""

_DESK_KINDS = frozenset(
    {"web", "online", "digital", "city", "metro", "night", "news", "agency", "wire", "wires"}
)
"""Words naming the kind of desk, not whose it is ("By Web Desk", "By Night Desk")."""


REPEAT_LOOKAHEAD = 16
"""Lines under a standfirst looked at for its second copy (furniture the boilerplate
cleaner removes may stand between; once it is gone the copies touch)."""


class _StayingLines:
    """Counts the lines under the headline that stay in the body, as the scan goes.

    Positions are asked for in increasing order; a line consumed by the scan
    (a date line, a byline) does not count, so a name is "close under the
    headline" in the same way in the text and in the text cleaned once.
    """

    def __init__(self, run: _Extraction, consumed: set[int]) -> None:
        self.run = run
        self.consumed = consumed
        self.head = run.headline_anchor
        self.next_pos = (self.head + 1) if self.head is not None else 0
        self.count = 0

    def close_under_headline(self, pos: int) -> bool:
        if self.head is None or pos <= self.head:
            return False
        run = self.run
        blocks = run.article.blocks
        while self.next_pos < pos:
            i = run.vis[self.next_pos]
            if (
                blocks[i].label == labels.BODY
                and i not in run.changes
                and self.next_pos not in self.consumed
            ):
                self.count += 1
            self.next_pos += 1
        return self.count < NAME_UNDER_HEADLINE


_TWEET_SIGNATURE = re.compile(r"[—–-]{1,2}\s?[^\n()]{1,80}\(@\w{1,30}\)")
"""The signature line of an embedded social post: a dash, a name, the handle in
parentheses and the date. It is part of the quoted post, not the story's date."""


ABOVE_PENALTY = 1.5
"""Extra distance of a line above the headline: the story's byline and date stand
under it far more often, and the line just above a headline is often the last
line of a teaser (its date) or of a menu."""


def _distance(pos: int, anchor: int) -> float:
    """Lines from the headline; lines under it count as nearer than lines above."""
    return pos - anchor if pos >= anchor else (anchor - pos) + ABOVE_PENALTY
