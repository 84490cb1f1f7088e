"""``strip_boilerplate``: label every block that is not article prose, and say why.

Decisions come in layers, each a named rule (the name is what
``removed[].reason`` shows after ``strip_boilerplate.`` and what
``disable_rules`` accepts):

``user_phrase``
    a line the caller listed in ``drop_phrases``.
``exact_line``
    a whole line that *is* page furniture in one of the lexicon languages
    ("Leave a Reply", "0 Comments", "Trending", "Teilen", "Publicité").
``glued_buttons``
    two or more such lines run together on one line, as a page's text prints a
    row of buttons ("Subscribe Log in", "Sign In Register"): three to six words,
    one button of two words or more.
``line_prefix``
    a line that *opens* with a cue ("Get in touch with our news team …",
    "Read More: …", "Lesen Sie auch: …"); a licence or promotion cue of five
    words or more takes a long line too (a notice or an appeal of a paragraph).
``link_pointer``
    a short line pointing to a link with "here": it opens with a pointer's verb
    ("Read the full budget document here.", "You can watch the hearing here.")
    or ends with a pointer's phrase ("Mehr Nachrichten aus Leipzig lesen Sie
    hier."); quotations and reported sentences stay.
``feed_footer``
    "from <feed name> https://…", the footer feed readers append.
``keyword_phrase``
    a short line holding a furniture phrase of several words or a copyright
    sign ("All rights reserved", "Sign up for our newsletter", "We use cookies").
``link_title``
    a page title pasted as a link ("Name | Section | Site").
``bare_timestamp``
    a line that is only a date or time stamp, ISO 8601 or as pages print it
    ("Updated: Tuesday, November 19, 2019 08:38 AM", "5h ago", "Updated at
    1:23 p.m."): the date of a
    teaser, a comment or the story printed again. A bare web address is left
    alone: in lists of links it is part of the story as often as not.
``bare_image_url``
    a line that is only the address of an image file (".jpg", ".png" …).
``shop_widget``
    a shop's widget in a review or deals post, alone on its line: a price and the
    shop ("$449 at Best Buy"), a button ("See at Amazon"), a star rating with the
    count of its ratings ("Rated 4.6 out of 5 (318 ratings)").
``markup_line``
    a line of raw HTML that the text renderer let through (``<script …></script>``,
    ``<img … >``, an editor's ``<span …>`` bookmark): it opens with an HTML
    tag and ends with ``>``. A title in angle brackets ("<The Palace>") stays.
``counter_line``
    a count and what it counts, alone on a line ("12 Comments", "1.2K Shares",
    "Comments (3)", "5 min read", "Reading time: 4 minutes", "12 Kommentare"),
    with the nouns kept as data per language.
``follow_prompt``
    "Follow us on Facebook, Twitter and Instagram": a follow opening and two
    social networks named in a short line.
``share_bar``
    a row of share buttons printed as one line ("Facebook Twitter WhatsApp Email"):
    network names and button words only, two or more, no sentence; or a row
    naming two networks with one word besides ("Whatsapp Facebook Pint Baixar")
    printed twice or more (under each item of a page).
    Spelled out, the buttons may have the words that join them ("Partager sur
    Facebook Partager sur X Envoyer par e-mail Copier le lien").
``menu_line``
    a menu run together on one line ("News Nation Regions Business Sports
    Opinion"): capitalised section names with no function word, figure or
    punctuation, three in four of them or more known section names or furniture lines.
``contact_line``
    "Write to Jane Doe at jane@example.com": a short line opening with a
    write-to phrase and holding an e-mail address.
``bare_address``
    a line that is nothing but an e-mail address or a social handle, perhaps
    after a list bullet and a word for it ("jane.doe@example.com", "* @janedoe",
    "Email: jane@example.com"): the author's contact printed by the byline.
``desk_byline``
    a byline naming a desk and nobody ("By Staff", "Von der Redaktion", "Por
    Redacción"): the metadata extractor finds no author in it.
``sign_off``
    a dash and a name alone on a line under a paragraph of prose: the writer
    signing a live report's entry ("— Omar Haddad"); not under a quotation,
    nor among other lines opening with a dash (a list).
``breadcrumb``
    a trail of links from the home page: "Home > News > World", "Startseite »
    Politik", "Accueil / Monde / Europe".
``truncation_marker``
    what news APIs append to content they cut short ("… [+2345 chars]"): cut off
    the paragraph it ends, the ellipsis left in place.
``reporting_credit``
    a wire story's credit line, every part a cue and names: "Reporting by Jane
    Doe in London; Editing by John Smith", "Additional reporting by Jane Doe".
``far_from_prose``
    a line of a few words with no prose within :data:`FAR_FROM_PROSE` lines
    either side: the inside of a menu or a link list.
``model``
    the learned classifier (:mod:`newsclean.classify.model`): per-line
    features, the document's structure and the neighbours' scores, weighed by
    two logistic regressions trained on pages with gold bodies.
``whole_table``
    the rows of a table of figures or a schedule (four or more lines in a row
    with three numbers or more each, or opening with a date: standings,
    results, polls, tour dates) are kept together when
    the model kept one of them or the line just above them: a table that
    starts in the story goes on in the story. Likewise a numbered list
    ("1) …", "2) …", "3) …" in sequence) whose first item stays keeps its
    items and what the model removed between them.
``related_list``
    headline-like lines right after a "Read more:" / "Related:" header.
``explainer_box``
    "…: Everything you need to know" and what follows it, at the end of a story.
``comment_thread``
    a comment section's header near the end of a page, and the posts under it.
``teaser_section``
    a heading over other stories ("Related stories", "More from …", "You may
    also like") once most of the story's prose is above it, and what follows.
``about_box``
    "About Example Corp", "About the author" and what follows, once most of
    the story's prose is above the heading.
``company_profile``
    a press release's company profile closing the text without its "About …"
    heading: the last paragraphs, each opening with the name of a company the story
    names earlier, the first "<Name> is a/an/the …", one of them with a profile's
    words ("headquartered in", "listed on", "employs").
``leading_teasers``
    in an extractor's output (not a whole page), three or more Title Case headlines
    in a row right over the story's first sentence: a box of other stories whose
    heading was dropped.
``teaser_list``
    after most of the story, a bulleted list of headlines (two or more "- Title"
    lines, none a sentence): links to other stories whose heading was lost.
``menu_list``
    on a whole page, four or more bulleted lines in a row of a few words each
    ("* Home", "+ Sport", "o Contact"): a menu rendered as a nested list.
``glued_teaser``
    on a page holding three such lines or more, a title-case headline run
    into the first sentence of its summary with no space between
    ("… Student-AthleteA 24-year-old woman was …", "… In DetroitHoodline
    crunched …"): teasers of other stories whose link text a renderer
    printed as one line. One such line alone is left to the model.
``repeated_text``
    a long line that repeats the story kept above it (the whole article again
    as one line, as pages print it for sharing widgets or a print view).
``never_empty``
    if everything would go although the text has prose, the main run of
    prose is kept: an empty body is never the answer for an article.

The kind of a removal (``navigation``, ``related``, ``promo`` …) comes from
the cue that matched, or for the model's removals from what the line looks
like (see :func:`_kind_of`).

>>> art = strip_boilerplate("Trending\\n\\nThe vote passed after a long debate.\\n\\n0 Comments")
>>> [(r.kind, r.reason) for r in art.removed]
[('navigation', 'strip_boilerplate.exact_line'), ('comments', 'strip_boilerplate.exact_line')]
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence

import attrs

from newsclean import labels, lexicons
from newsclean.classify.cues import (
    GLUED_MAX_WORDS,
    GLUED_MIN_WORDS,
    LINK_MARK,
    NAMED_ABOUT_OPENINGS,
    QUOTATION_MARKS,
    SOCIAL_NETWORKS,
    SPEECH,
    CueIndex,
    about_headers,
    box_headers,
    build_index,
    contact_headers,
    contact_openings,
    counter_nouns,
    cue_index,
    follow_objects,
    follow_openings,
    key_point_headers,
    line_key,
    more_words,
    pointer_cues,
    reading_time_cues,
    section_words,
    share_button_words,
    side_button_words,
    story_note_openings,
    tail_heading_words,
    teaser_headers,
    thread_headers,
    weather_words,
)
from newsclean.classify.features import (
    LineInfo,
    block_features,
    capitals_label,
    line_info,
    marks_any_length,
    reader_words,
    speaks_to_reader,
)
from newsclean.classify.link_lines import (
    is_link_line,
    is_link_row,
    is_source_credit,
    is_tagged_teaser,
)
from newsclean.classify.model import score_rows
from newsclean.classify.newsletter_boxes import RULE as NEWSLETTER_BOX
from newsclean.classify.newsletter_boxes import mark_newsletter_boxes
from newsclean.editing import as_article, relabel, split_block
from newsclean.errors import InvalidOptionValue, bad_choice_message
from newsclean.extract.bylines import JOB_TITLE_MAX_WORDS, credit_parts, is_job_title
from newsclean.extract.dates import (
    DATE_LIST_MIN_LINES,
    find_dates,
    has_relative,
    is_date_only,
    relative_word_patterns,
)
from newsclean.extract.language import guess_language
from newsclean.extract.layout import (
    HEADLINE_LABELS,
    MARKER_TAIL,
    TRUNCATION_MARKER,
    printed_again,
)
from newsclean.extract.related import record_related
from newsclean.extract.site import MAX_SECTION_WORDS, is_breadcrumb
from newsclean.lexicons.credits import MASTHEAD_WORDS
from newsclean.lexicons.metadata import names as name_lexicon
from newsclean.model import Article, Block, Verdict
from newsclean.rules import own_disabled_rules
from newsclean.segment import one_break_between

__all__ = ["FAVOR_CHOICES", "RULES", "strip_boilerplate"]

NAME = "strip_boilerplate"
FAVOR_CHOICES = ("precision", "balanced", "recall")
RULES = (
    "user_phrase",
    "exact_line",
    "glued_buttons",
    "line_prefix",
    "link_pointer",
    "feed_footer",
    "keyword_phrase",
    "link_title",
    "bare_timestamp",
    "live_stamps",
    "link_references",
    "bare_image_url",
    "weather_widget",
    "rating_line",
    "whole_link",
    "link_line",
    "link_row",
    "tagged_teaser",
    "source_credit",
    "markup_line",
    "rule_line",
    "feed_links",
    "button_row",
    "shop_widget",
    "counter_line",
    "pagination",
    "follow_prompt",
    "share_bar",
    "menu_line",
    "contact_line",
    "bare_address",
    "desk_byline",
    "sign_off",
    "newsletter_box",
    "job_title",
    "breadcrumb",
    "reporting_credit",
    "far_from_prose",
    "model",
    "whole_table",
    "story_span",
    "review_box",
    "related_list",
    "explainer_box",
    "comment_thread",
    "teaser_section",
    "about_box",
    "company_profile",
    "caption_over_credit",
    "contact_box",
    "teaser_list",
    "menu_list",
    "glued_teaser",
    "repeated_text",
    "trailing_teasers",
    "leading_teasers",
    "orphan_heading",
    "truncation_marker",
    "story_sentence",
    "never_empty",
)
"""Names of the rules this cleaner applies, in order of precedence."""

_GUESSED_KIND_RULES = frozenset({"model", "far_from_prose"})
"""Rules whose removals get their kind from how the line looks (:func:`_kind_of`)."""
_NO_RELATED_TITLE_RULES = _GUESSED_KIND_RULES | {"orphan_heading"}
"""Rules whose ``related`` lines are not read as related articles' titles."""
MODEL_MIN_BLOCKS = 8
"""The model judges a line by its surroundings; a text of fewer lines than this has
none to speak of, so only the cue rules apply to it."""
FAR_FROM_PROSE = 10
"""Lines of a few words further than this from any prose are furniture (see
:func:`far_from_prose`); on the development corpus's pages the model removes 99%
of such lines anyway."""
SHORT_LINE_WORDS = 3
"""A line of this many words or fewer is a menu item, a label, a button."""
PAGE_HEAD_LINES = 20
PAGE_HEAD_SHORT_LINES = 7
"""Short lines among the first :data:`PAGE_HEAD_LINES` that make a text a whole page."""
PAGE_SHORT_LINES = 20
PAGE_SHORT_SHARE = 0.3
"""...or this many short lines overall, making up at least this share of them..."""
PAGE_PROSE_START_MIN = 3
"""...with no prose in its first three lines (a page opens with its title and menus)."""

_MAX_CUE_CHARS = 200
"""A line longer than this is prose that happens to start with a cue word, not a cue."""
_KEYWORD_RULE_MAX_WORDS = 40
"""A furniture phrase marks a line up to this long; a longer one is prose about it."""
_RELATED_LIST_MAX_WORDS = 20
"""Lines after a "Read more:" header longer than this are prose again, not a list."""
_LINK_TITLE_MAX_WORDS = 20
"""Longer than this, a line with pipes is a table row or prose, not a link title."""
_SITE_NAME_MAX_WORDS = 4
"""The last segment of a link title names the site: a few words at most."""
_BOX_HEADER_MAX_WORDS = 12
"""A section header (box or thread) is a short line; longer ones are prose."""
_TAIL_MAX_SHARE = 0.4
"""An explainer-box header counts when at most this share of the body follows it."""
_THREAD_MIN_PROSE_BEFORE = 3
_THREAD_MIN_SHARE_BEFORE = 0.15
"""A comment-section header counts after this many prose paragraphs making up this
share of the body: readers' threads are often several times longer than the story
(a 300-word story under 1,500 words of posts is 17% of the text)."""
_TEASER_MIN_SHARE_BEFORE = 0.7
"""A teaser heading ends the story when this share of the body's prose is above it:
the same words inside a story ("Related stories" boxes between paragraphs) stand
earlier, with much of the story still to come."""
_TEASER_MAX_WORDS = 8
_ARTICLES = frozenset(
    {"the", "der", "die", "das", "le", "la", "les", "l'", "el", "los", "las", "il", "lo", "gli"}
    | {"o", "os", "as", "de", "het", "een", "dem", "den", "des"}
)
"""Articles that may come between an opening and the name ("More from the Times"); not
"a", or "About a Boy" would open a box."""
_CONTACT_LINE_MAX_WORDS = 20
"""A write-to line is a name and an address; a longer one is a sentence of the story."""
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_BARE_ADDRESS = re.compile(
    r"(?:[*•·-] )?(?:(?:e-?mail|mail|twitter|x|instagram|threads|bluesky)\s?:\s?)?"
    r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}|@\w{1,30})",
    re.IGNORECASE,
)
"""An e-mail address or a handle alone on its line, after a bullet or a word for it."""
_BARE_ADDRESS_MAX_WORDS = 3
_ON_WORDS = frozenset({"on", "auf", "sur", "en", "su", "no", "nas", "op", "at"})
"""The word before the networks in a follow prompt, in the lexicon languages."""
_FOLLOW_PROMPT_MAX_WORDS = 30
_FOLLOW_ONE_NETWORK_MAX_WORDS = 8
"""A prompt naming one network is short: "Follow Jane Doe on Twitter" (five words)."""
"""A follow prompt is a line or two; longer text naming networks is prose about them."""
_TEASER_ITEM_WORDS = (4, 16)
_TEASER_ITEM_CAPS = 0.6
"""A bulleted headline: four to sixteen words, most of them capitalised, no full stop."""
_BULLET_CHARS = "*+•·▪‣◦-–"
"""The bullets of a list rendered to text; "o" is one too (the third level of nested
lists in text renderings such as inscriptis and lynx)."""
_MENU_BULLET = re.compile(rf"\s{{0,40}}(?:[{re.escape(_BULLET_CHARS)}]|o)\s{{1,40}}\S")
_MENU_ITEM_MAX_WORDS = 6
"""A menu entry is a few words (with its bullet)."""
_MENU_MIN_ITEMS = 4
"""Bulleted short lines in a row that make a menu rather than a list in a story."""
_REPEAT_MIN_SHINGLES = 60
"""A line repeating the story is long: short repeats (an interviewer's question put
to each guest, a recipe line per day) are the story's own."""
_REPEAT_MIN_SHARE = 0.8
"""Share of a line's four-word runs already printed above for it to be a repeat."""
_REPEAT_RUN_MIN_SHINGLES = 8
_REPEAT_RUN_MIN_SHARE = 0.9
_REPEAT_RUN_MIN_LINES = 3
"""Three paragraphs in a row, each 90% printed above, are a copy of the story; one
or two are the story's own refrains (a question put to each guest, a recipe line)."""
_WORD = re.compile(r"\w+")
_ARTICLE_MIN_WORDS = 40
"""Fewer body words than this and the text is not an article (a stub, a wall, a list)."""
_LIST_SHARE = 0.6
"""If this share of the body lines are list items or headlines, it is a list page."""

_POST_COUNT = re.compile(r"(?P<n>\d{1,6})\s\w{1,20}|\w{1,20}\s?\((?P<n2>\d{1,6})\)?")
"""'3 comments', 'Kommentare (12)': a count of posts and the word for them (in a line
key, which drops the closing bracket: 'kommentare (12')."""

_BARE_TIMESTAMP = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
)
"""A line that is nothing but an ISO 8601 date or time stamp (page metadata)."""
_STAMP_MAX_WORDS = 12
"""Most words of a printed time stamp ("Last updated on Wednesday, November 20, 2019
at 10:42 AM EST" has 12); longer lines are not read for dates here."""
_BRACKET_BUTTONS = re.compile(r"\[ [^\[\]\n]{1,30}? \](?:[ \t]{0,8}\[ [^\[\]\n]{1,30}? \]){1,7}")
"""Buttons a text renderer prints in brackets padded with spaces, two or more on a
line ("[ Accept all ] [ Necessary only ]", "[ Gift this article ] [ Save ] [ Share ]");
a transcript's "[Applause] [Laughter]" has no padding."""


def _is_link_pointer(key: str, info: LineInfo) -> bool:
    """A short line pointing to a link with "here": "Read the full budget document
    here.", "You can watch the hearing here.", "Mehr Nachrichten aus Leipzig lesen Sie
    hier.". It opens with a pointer's verb or ends with a pointer's phrase; a story's
    sentence ending with "here" ("He has lived here.") does neither, and a quotation,
    a sentence of clauses or a reported one ("…, she said.") is the story's."""
    if info.words > _POINTER_MAX_WORDS:
        return False
    bare = key.rstrip(".!:»›>→ ")
    here_words, openings, endings = pointer_cues()
    if bare.rsplit(" ", 1)[-1] not in here_words:  # most lines end otherwise
        return False
    if key[:1] in "\"'" or "," in key or _ATTRIBUTED.search(key) is not None:
        return False  # a quotation, a sentence of clauses, a reported sentence
    return bare.startswith(openings) or bare.endswith(endings)


_POINTER_MAX_WORDS = 14
"""Words of a line pointing to a link: a verb, what it points to, "here"
("Read our full guide to avoiding parking scams here." has nine)."""


def _marked_buttons(text: str, index: CueIndex) -> str | None:
    """The label of a row of links a text browser numbered, each one a button ("[13]Share
    on X  [14]Share on LinkedIn  [15]Email this page"): the numbers mark where each
    button starts, however many words it has (a button is a whole-line cue or holds a
    cue phrase: "Share on X")."""
    parts = LINK_MARK.split(text)
    if parts[0].strip() or len(parts) < _MARKED_MIN_BUTTONS + 1:
        return None
    found = []
    for part in parts[1:]:
        if not part.strip():
            return None
        info = line_info(part.strip(), index)
        found.append(info.cue_label or info.keyword_phrase)
    return found[0] if None not in found else None


def _row_label(text: str, index: CueIndex) -> str:
    """The label of a row of numbered links: that of its label, or of its first link
    when it has none, if a cue names it ("Tags:", "[17]Partager" over share buttons),
    else ``navigation`` (a footer's "[30]About [31]Contact" is a menu, whatever its
    links' cues)."""
    head = next(part for part in LINK_MARK.split(text) if part.strip())
    found = line_info(head.strip(" ,;|·•"), index).cue_label
    return found if found is not None else labels.NAVIGATION


_MARKED_MIN_BUTTONS = 2
"""Two numbered links on a line, both cues: a single one is a cue line already."""
_AD_SLOT_DIGITS = 2
"""Digits of an ad slot's number after its marker ("Advertisement 12")."""
_WIRE_SLUG = re.compile(r"\(?(?:[a-z]{2,4}-)?[a-z]{2,4}(?:/[a-z]{2,4}){1,4}\)?")
"""The initials of a wire story's writers and editors closing it ("hv/jkl/rl",
"bur-mdv/ito", "(ats/cfa)"): lower case, two to five groups joined by slashes."""
_BRACKETED_IMAGE_FILE = re.compile(
    r"\[[^\[\]\s/]{1,200}\.(?:jpe?g|png|gif|webp|svg|avif)\]", re.IGNORECASE
)
"""An image's file name in brackets, alone on its line: how lynx and w3m print an
image without alt text ("[bus-stop-hetton.jpg]")."""
_BARE_IMAGE_URL = re.compile(
    # a press release's "Photo - https://…" or "Logo - https://…" too
    r"(?:(?:photo|logo|image|video) ?[-–:] ?)?"
    r"(?:https?:)?//[^\s/]{1,255}/\S{0,2000}?\.(?:jpe?g|png|gif|webp|svg|avif)(?:[?#]\S{0,2000})?",
    re.IGNORECASE,
)
"""A line that is nothing but the address of an image (an ``og:image`` or a logo
printed by the text renderer): never story text, unlike a bare link to a page."""

# "from News – Metro https://ift.tt/…": the footer feed readers and
# cross-posting services append (source name, then the item's link).
_FEED_FOOTER = re.compile(r"from\s[^\n]{1,80}?\shttps?://\S+", re.IGNORECASE)


_SHOP_AT = r"(?:at|bei|chez|su|bij)"
"""Words joining a price to its shop; "on", "en", "da" join prices to days and places
too ("$25 on Friday", "1.450 euros en Barcelona")."""
_SHOP_WIDGET = re.compile(
    # "$449 at Best Buy", "£49.99 at Currys", "129 € bei Otto"
    r"(?:[$£€]\s?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:€|euros?|EUR))"
    rf"\s{_SHOP_AT}\s[A-Z][\w&'.-]{{0,30}}(?:\s[\w&'.-]{{1,30}}){{0,3}}"
    # "See at Amazon", "Buy it at Walmart", "Check price at Argos", "See price at …"
    rf"|(?i:see|buy|shop|view|check price|see price)(?:\s(?i:it|now))?\s(?i:{_SHOP_AT})"
    r"\s[A-Z][\w&'.-]{0,30}(?:\s[\w&'.-]{1,30}){0,2}"
    # "Pre-order Fold Air at Veltrix Store": the product between the button and the shop
    rf"|(?i:pre-?order)(?:\s[\w&'.-]{{1,30}}){{1,4}}\s(?i:{_SHOP_AT})"
    r"\s[A-Z][\w&'.-]{0,30}(?:\s[\w&'.-]{1,30}){0,2}"
    # "Rated 4.6 out of 5 (318 ratings)": a shop's rating, with its count
    r"|(?i:rated\s)?\d(?:[.,]\d)?\s(?i:out of|von|sur|de|su|em|van)\s(?:5|10)(?:\s(?i:stars?))?"
    r"\s?\(\d[\d,.]{0,9}\s(?i:ratings?|reviews?|bewertungen|avis|valoraciones|"
    r"recensioni|avaliações|beoordelingen)\)"
)
"""A shop's widget in a review or a deals post: a price and the shop, a button to a
shop, or a star rating with the count of its ratings. A story prints prices in
sentences ("It costs $449 at Best Buy, …") and ratings without a count."""
_SHOP_WIDGET_MAX_WORDS = 10
_SHOP_WIDGET_MAX_OFFERS = 4
"""Offers a widget lists on one line, between bars ("429 € chez Boulanger | 449 € chez Fnac")."""
_WIDGET_LABEL = re.compile(r"[^\W\d_][^:\n]{0,30}?[ \t]?:[ \t]*")
"""A widget's own label before its offers: "Meilleur prix : ", "Best price: "."""


def _is_shop_widget(text: str, info: LineInfo) -> bool:
    """A shop's widget (:data:`_SHOP_WIDGET`) alone on its line, or a few of its offers
    between bars after a label ("Meilleur prix : 429 € chez Boulanger | 449 € chez Fnac")."""
    if info.words > _SHOP_WIDGET_MAX_WORDS * _SHOP_WIDGET_MAX_OFFERS:
        return False
    text = text.strip()
    if info.words <= _SHOP_WIDGET_MAX_WORDS and _SHOP_WIDGET.fullmatch(text):
        return True
    label = _WIDGET_LABEL.match(text)
    offers = text[label.end() if label else 0 :].split(" | ")
    return (
        (label is not None or len(offers) > 1)
        and len(offers) <= _SHOP_WIDGET_MAX_OFFERS
        and all(
            len(o.split()) <= _SHOP_WIDGET_MAX_WORDS and _SHOP_WIDGET.fullmatch(o.strip())
            for o in offers
        )
    )


_FEED_POST_OPENINGS: tuple[str, ...] = (
    *("the post ", "the entry ", "der beitrag ", "l'article ", "la entrada ", "o post "),
    *("l'articolo ", "het bericht ", "this article ", "this story ", "dieser artikel "),
    *("cet article ", "este artículo ", "este artigo ", "questo articolo ", "dit artikel "),
)
_FEED_POST = re.compile(
    "(?:" + "|".join(re.escape(o.strip()) for o in _FEED_POST_OPENINGS) + ")"
    r"(?: [^\n]{1,200}?)? (?:appeared first on|first appeared on|erschien zuerst auf"
    r"|est apparu en premier sur|se publicó primero en|apareció primero en"
    r"|apareceu primeiro em|è apparso per la prima volta su|verscheen eerst op)"
    r" [^\n]{1,80}"
    # "L'articolo … proviene da <site>.": the site's name and no more ("L'articolo 3
    # della legge proviene da una proposta …" is a sentence about a law)
    r"|l'articolo [^\n]{1,200}? proviene da \S+(?: \S+){0,3}"
)
"""The footer blog engines add to feed items, matched on the line key as a whole:
"The post <title> appeared first on <site>." (in the lexicon languages); a sentence
that says something "appeared first on TikTok" is no such line."""


def strip_boilerplate(
    doc: str | Article,
    /,
    *,
    favor: str = "balanced",
    drop_phrases: Iterable[str] = (),
    keep_phrases: Iterable[str] = (),
    disable_rules: Iterable[str] = (),
) -> Article:
    """Label navigation, related links, promos, share bars, comments, legal notices, ads.

    Options:

    * ``favor``: ``"precision"`` keeps only what is surely article text,
      ``"recall"`` keeps anything that might be, ``"balanced"`` sits between.
    * ``drop_phrases``: extra whole lines to remove (matched like the lexicon).
    * ``keep_phrases``: whole lines never to remove, whatever a rule says.
    * ``disable_rules``: names from :data:`RULES` to switch off.
    """
    if favor not in FAVOR_CHOICES:
        raise InvalidOptionValue(bad_choice_message("favor", favor, FAVOR_CHOICES))
    disabled = own_disabled_rules(disable_rules, cleaner=NAME, rules=RULES)
    article = as_article(doc, where=f"{NAME}()")
    blocks = article.blocks
    if not blocks:
        return attrs.evolve(article, verdict=Verdict(False, "empty text"))
    index = cue_index()
    infos = [line_info(b.text, index) for b in blocks]
    keep = {line_key(p).rstrip(".:!? ") for p in keep_phrases}
    protected = {i for i, info in enumerate(infos) if info.key.rstrip(".:!? ") in keep}
    opening = _dateline_paragraph(article)
    if opening is not None:
        protected.add(opening)
    changes = cue_changes(
        article, infos, drop_phrases=drop_phrases, protected=protected, disabled=disabled
    )
    _keep_date_lists(blocks, changes)
    if "link_references" not in disabled:
        _mark_link_references(blocks, changes, protected)
    if "job_title" not in disabled:
        _mark_job_titles(blocks, infos, changes, protected)
    if "live_stamps" not in disabled:
        _mark_live_stamps(blocks, changes, protected)
    if "sign_off" not in disabled:
        _mark_sign_offs(blocks, infos, changes, protected)
    _keep_link_lists(changes)
    if "whole_table" not in disabled:
        _keep_table_headers(blocks, changes)

    page = looks_like_page(infos, head_lines(article))
    far: dict[int, tuple[str, str]] = {}
    if "far_from_prose" not in disabled and page:
        far = far_from_prose(article, infos, changes, protected)
    changes.update(far)
    probs: dict[int, float] = {}
    view = model_view(article, far)
    # an ad marker or an inline "Read also: …" link inside the story is no boundary of
    # it: out of the model's view, the paragraphs around it stay neighbours
    view = [i for i in view if changes.get(i) not in _INLINE_FURNITURE]
    if any(rule == "live_stamps" for _, rule in changes.values()):
        # a live report's entries each end with their own share button
        view = [i for i in view if not _entry_share_button(changes.get(i), infos[i])]
    # the model only decides lines no rule decided: with none left (a page of buttons),
    # scoring every line would change nothing
    undecided = any(i not in changes and i not in protected for i in view)
    if "model" not in disabled and len(view) >= MODEL_MIN_BLOCKS and page and undecided:
        rows = block_features([infos[i] for i in view], headline_at=headline_at(article, view))
        known = [i in changes for i in view]
        probs = dict(zip(view, score_rows(rows, known), strict=True))
        threshold = _threshold(favor)
        for i in view:
            if probs[i] < threshold and i not in protected and i not in changes:
                changes[i] = (_kind_of(infos, i), "model")
        if "story_sentence" not in disabled:
            _keep_story_sentences(blocks, infos, changes)
        if "whole_table" not in disabled:
            _keep_whole_tables(blocks, view, changes, original=article.original, infos=infos)
            _keep_numbered_lists(blocks, infos, view, changes)
            _keep_announced_bullets(blocks, view, changes, infos)
            _keep_bullets_under_crosshead(blocks, infos, view, changes)
            _keep_announced_lines(infos, view, changes)
            _keep_fact_rows(blocks, infos, view, changes)
            _keep_headed_fact_box(infos, view, changes)
            _keep_key_points(infos, view, changes)
        if "story_span" not in disabled:
            # a box given back over a kept paragraph is the story's: no later list rule
            # reads it as related headlines ("You might also like" above a recipe's card)
            protected |= _keep_story_span(infos, view, changes, blocks)
            _keep_story_under_read_more(blocks, infos, view, changes)
        if "live_stamps" not in disabled:
            _keep_live_entries(infos, view, changes)
        if "whole_table" not in disabled:
            # after the story span: items it gave back already count in its runs, and
            # rows it gave back head a fact box whose last rows the model took
            _keep_items_in_lower_case(blocks, infos, view, changes)
            _keep_fact_rows(blocks, infos, view, changes)
            _keep_fact_boxes_in_story(blocks, infos, view, changes)
        if "review_box" not in disabled:
            protected |= _keep_review_box(infos, view, changes)

    if "rating_line" not in disabled:
        _mark_ratings(blocks, changes, protected)
    if NEWSLETTER_BOX not in disabled:
        # after the model: the box's lines taken before it would tell it that the
        # story's crosshead under the box opens more furniture
        mark_newsletter_boxes(
            blocks,
            infos,
            changes,
            protected,
            lambda: article.language or guess_language("\n".join(b.text for b in blocks)),
        )
    if "whole_table" not in disabled:
        # on the page and when the kept text is cleaned again (no model then)
        _keep_barred_tables(blocks, infos, changes)
        protected |= _announced_lists(blocks, infos, changes)
    if "related_list" not in disabled:
        _mark_related_lists(blocks, infos, changes, protected)
    _tail_sections(blocks, infos, changes, protected, disabled)
    if "teaser_list" not in disabled:
        _mark_teaser_lists(blocks, infos, changes, protected)
    if "menu_list" not in disabled and page:
        _mark_menu_lists(blocks, infos, changes, protected)
    if "glued_teaser" not in disabled:
        _mark_glued_teasers(blocks, infos, changes, protected)
    if "repeated_text" not in disabled:
        _mark_repeats(blocks, infos, changes, protected)
        _mark_doubled(blocks, infos, changes, protected)
    if "trailing_teasers" not in disabled:
        _mark_trailing_teasers(blocks, infos, changes, protected)
    if "leading_teasers" not in disabled and not page:
        _mark_leading_teasers(blocks, infos, changes, protected)
    if "whole_link" not in disabled:
        _mark_whole_links(article, infos, changes, protected)
    if "orphan_heading" not in disabled:
        _mark_orphan_headings(blocks, infos, changes, protected)
    if "company_profile" not in disabled:
        _mark_company_profile(blocks, infos, changes, protected)
    captions_over_credits: dict[int, int] = {}
    if "caption_over_credit" not in disabled and favor != "recall":
        captions_over_credits = _mark_captions_over_credits(blocks, infos, changes, protected)
    if "never_empty" not in disabled:
        _keep_main_prose(blocks, infos, probs, changes)

    cuts: list[tuple[int, int]] = []
    if "truncation_marker" not in disabled:
        cuts = _truncation_markers(blocks, changes)
    article = relabel(article, changes, cleaner=NAME)
    article = _fill_captions(article, captions_over_credits)
    # the titles of the related lines become data; the model's guesses at a
    # line's kind are no evidence that a line names an article, and a heading left
    # over related lines ("More on the buses") heads them, it names none
    article = record_related(article, cleaner=NAME, exclude_rules=_NO_RELATED_TITLE_RULES)
    # the verdict reads the blocks as ``infos`` describes them: before any is split
    article = attrs.evolve(article, verdict=_verdict(article, infos))
    for i, pos in reversed(cuts):
        article, tail = split_block(article, i, pos)
        if tail >= 0:
            article = relabel(
                article, {tail: (labels.BOILERPLATE, "truncation_marker")}, cleaner=NAME
            )
    return article


CAPTION_OVER_CREDIT_MAX_WORDS = 30
CAPTION_OVER_CREDIT_MAX_SENTENCES = 2
"""A caption is a sentence or two: "Traders watch screens on Tuesday afternoon." On
the probe pages the captions found this way had 5 to 23 words; a story's opening
paragraph under the share buttons runs longer."""
_CREDIT_LINE_REASON = "strip_captions.credit_line"


def _mark_captions_over_credits(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> dict[int, int]:
    """Take the line between furniture and a photo's credit for that photo's caption.

    The caption cleaner runs first and removes a credit line ("Photo: Jane Roe/The
    Post"); it takes the line above as the caption only when it reads like one (a
    "pictured" or "left", a weekday's date), since a story's paragraph may stand there
    too. Once this cleaner has removed the share buttons, the menu or the byline's
    furniture right above that line, the line stands between furniture and a credit,
    where pictures stand at the head of a story: "Share" / "Email" / "A nurse prepares a
    vaccine at a surgery." / "Image: The Post". On 240 probe pages written for the
    purpose, all 23 such lines were captions; on the development corpus's pages none
    stands there. A line of more than two sentences or thirty words is a paragraph.
    Returns ``{caption block: credit block}``."""
    found: dict[int, int] = {}
    for i in range(2, len(blocks)):
        if blocks[i].reason != _CREDIT_LINE_REASON:
            continue
        line, above = i - 1, i - 2
        info = infos[line]
        if (
            blocks[line].label == labels.BODY
            and line not in changes
            and line not in protected
            # furniture or the head's metadata above; a caption above has its credit here
            and (above in changes or blocks[above].label not in (labels.BODY, labels.CAPTION))
            and info.words <= CAPTION_OVER_CREDIT_MAX_WORDS
            and info.sentences <= CAPTION_OVER_CREDIT_MAX_SENTENCES
            and not info.ends_colon
            and not info.has_link
        ):
            changes[line] = (labels.CAPTION, "caption_over_credit")
            found[line] = i
    return found


def _fill_captions(article: Article, found: dict[int, int]) -> Article:
    """Put the caption text of each line :func:`_mark_captions_over_credits` found
    into the caption cleaner's record of its credit, which had no text of its own."""
    if not found:
        return article
    blocks = article.blocks
    by_credit = {blocks[credit].start: blocks[line] for line, credit in found.items()}
    captions = tuple(
        attrs.evolve(entry, text=block.text, start=block.start)
        if (block := by_credit.get(entry.start)) is not None and not entry.text
        else entry
        for entry in article.captions
    )
    return attrs.evolve(article, captions=captions)


_TRUNCATION_MARKER = re.compile(TRUNCATION_MARKER + r"[ \t]*$")
"""What news APIs append to content they cut short: "… [+2345 chars]"."""


def _truncation_markers(
    blocks: Sequence[Block], changes: dict[int, tuple[str, str]]
) -> list[tuple[int, int]]:
    """Where a news API's truncation marker ends a body paragraph ("The council met
    on Monday to… [+2345 chars]"): ``(block, position)`` of each marker run into a
    paragraph, to be cut off; a marker alone on its line goes into ``changes``. The
    ellipsis before it stays: it says the paragraph is cut short."""
    cuts: list[tuple[int, int]] = []
    for i, block in enumerate(blocks):
        text = block.text
        # a protected paragraph (the one the dateline opens) loses its marker too
        if block.label != labels.BODY or i in changes or "[+" not in text:
            continue
        start = _marker_run_start(text)
        if start is None:
            continue
        if not text[:start].strip():
            changes[i] = (labels.BOILERPLATE, "truncation_marker")
        else:
            cuts.append((i, start))
    return cuts


def _marker_run_start(text: str) -> int | None:
    """Where the truncation markers that end ``text`` begin: all of them, so that the
    cut paragraph ends with none ("… [+2210 chars] [+1 char]" loses both; cutting one
    would leave the other for the next cleaning). Each step looks at the last
    :data:`MARKER_TAIL` characters of what is left: linear in the markers cut."""
    found = None
    end = len(text)
    while True:
        m = _TRUNCATION_MARKER.search(text, max(0, end - MARKER_TAIL), end)
        if m is None:
            return found
        found = m.start()
        end = len(text[:found].rstrip(" \t"))


def _dateline_paragraph(article: Article) -> int | None:
    """The body block holding the dateline the metadata extractor read, if any.

    "BERLIN (dpa) - …", "KYIV, Ukraine (AP) —": the extractor looks for a
    dateline only where the story starts, and a paragraph opening with one is
    the story's first, whatever its neighbours (on a short page the model saw
    it next to an ad and the menus and scored it furniture).
    """
    source = article.source_of("dateline")
    if source is None:
        return None
    for i, block in enumerate(article.blocks):
        if block.start <= source.start < block.end:
            return i if block.label == labels.BODY else None
    return None


def cue_changes(
    article: Article,
    infos: Sequence[LineInfo],
    *,
    drop_phrases: Iterable[str] = (),
    protected: Collection[int] = (),
    disabled: Collection[str] = (),
) -> dict[int, tuple[str, str]]:
    """``{index: (label, rule)}`` for the body blocks a cue rule removes."""
    index = cue_index()
    user = build_index((), extra_lines=((p, labels.BOILERPLATE) for p in drop_phrases))
    changes: dict[int, tuple[str, str]] = {}
    off = frozenset(disabled)
    seen: dict[str, tuple[str, str] | None] = {}  # a decision depends on the text alone
    for i, (block, info) in enumerate(zip(article.blocks, infos, strict=True)):
        if block.label != labels.BODY or i in protected:
            continue
        text = block.text
        if len(text) <= _MAX_CUE_CHARS:
            if text in seen:
                decision = seen[text]
            else:
                decision = seen[text] = _cue_decision(text, info, user, index, off)
            if decision is not None:
                changes[i] = decision
        elif "markup_line" not in off and _is_empty_link_row(text):
            # icons linked to share pages: long only by their addresses
            changes[i] = (labels.BOILERPLATE, "markup_line")
        elif info.cue_prefix_label is not None and "line_prefix" not in disabled:
            decision = _long_prefix_decision(block.text, info, index)
            if decision is not None:
                changes[i] = decision
        elif (
            info.keyword_phrase is not None
            and marks_any_length(info)
            and "keyword_phrase" not in off
        ):
            changes[i] = (info.keyword_phrase, "keyword_phrase")
    if "share_bar" not in disabled:
        _mark_repeated_share_rows(article.blocks, infos, changes, protected)
    return changes


_LIST_ITEM_SPLIT = re.compile(r"[,;|·•]")


_POINTER_ENDS = ("→", "»", "›", "…", "...", ">")


def _pointer_in_a_sentence(text: str, info: LineInfo, index: CueIndex) -> bool:
    """Whether a line opening with a related-link cue without its colon ("Continue
    reading", "Read more at") is a sentence of the story: running text of more than
    one clause that ends with no arrow ("Continue reading the report, and the
    picture gets worse.")."""
    if not info.is_prose or text.rstrip().endswith(_POINTER_ENDS):
        return False
    if info.commas == 0 and ". " not in text.rstrip(". "):
        return False  # one clause: "Continue reading the full story on the site."
    if text[:2].isupper() and capitals_label(text, info.key, index) is not None:
        return False  # "LEGGI ANCHE Rifiuti, la Tari …": the capitals close the label
    found = index.longest_prefix(info.key)
    # a cue closed by its own colon or full stop ("LEES OOK. Onweer en hevige buien:
    # …") is a label over a headline, whatever runs after it
    return found is not None and not found[0].endswith((":", "."))


_WEAK_LABELS = frozenset({"read:", "next:", "previous:"})
"""Link labels that open a story's sentences too ("Next: the House votes on Tuesday,
and leaders expect it to pass."): a line opening with one is a link only when it does
not end like a sentence ("Read: Residents march over water cuts")."""


def _weak_label(info: LineInfo, index: CueIndex) -> bool:
    found = index.longest_prefix(info.key)
    return found is not None and found[0] in _WEAK_LABELS


def _runs_on(text: str) -> bool:
    """Whether a line opening with a category cue runs on as a sentence: an item of
    more than a few words ("Posted in Kabul for two years, the diplomat said …")."""
    # the words of a category name ("Local News"), and the cue's in the first item
    return any(len(p.split()) > MAX_SECTION_WORDS + 2 for p in _LIST_ITEM_SPLIT.split(text))


_LONG_PREFIX_WORDS = 5
_LONG_PREFIX_LABELS = frozenset({labels.LEGAL, labels.PROMO, labels.CONTACT})
_MAX_LONG_PREFIX_CHARS = 600
"""A line opening with a licence, promotion or contact cue of five words or more ("This
copy is for your personal, non-commercial use only", "If you enjoyed this article",
"Readers can contact the readers' editor") is
furniture up to this long: such an opening is no accident of a sentence, and the
notices and appeals it opens run to several sentences. Shorter cues and other kinds
open real paragraphs too ("Market data provided by the exchange showed …", "A
version of this story has circulated since 2016 …")."""


def _long_prefix_decision(text: str, info: LineInfo, index: CueIndex) -> tuple[str, str] | None:
    """``line_prefix`` for a line longer than :data:`_MAX_CUE_CHARS` with a long cue."""
    if len(text) > _MAX_LONG_PREFIX_CHARS:
        return None
    found = index.longest_prefix(info.key)
    if found is None or len(found[0].split()) < _LONG_PREFIX_WORDS:
        return None
    if found[1] not in _LONG_PREFIX_LABELS:
        return None
    return found[1], "line_prefix"


WEATHER_WIDGET_MAX_WORDS = 12
"""Words of a weather widget's line: a place, a temperature, a condition, perhaps the
date before them ("Domingo 16 de febrero de 2020 | Villa Laguna Seca 31°C Despejado")."""
WEATHER_CONDITION_MAX_WORDS = 2
"""Words of the condition closing the widget's line ("Fine", "Pluie faible")."""
_TEMPERATURE = re.compile(r"(?<![\d.,])-?\d{1,3} ?°[CF]?(?!\w)")
_WEATHER_SYMBOLS = frozenset("☀☁⛅⛈🌤🌥🌦🌧🌨🌩☂❄")


def is_weather_widget(text: str) -> bool:
    """Whether ``text`` is a weather widget's reading: a short line that is no sentence
    and ends with a temperature and the weather's condition or symbol ("Brisbane 26°
    Fine", "Galway 17°C ☁ Cloudy", "Dimanche 11° Pluie faible"). A headline names the
    weather elsewhere or says more after it: "Sydney swelters at 45°C", "Snow to hit
    Scotland as temperatures plunge to -5°C", "Clear skies and 3° frost forecast for
    Sunday".

    >>> is_weather_widget("Log in Brisbane 26° Fine"), is_weather_widget("Sydney swelters at 45°C")
    (True, False)
    """
    return "°" in text and _weather_reading(text, line_info(text, cue_index()))


def _weather_reading(text: str, info: LineInfo) -> bool:
    if info.words > WEATHER_WIDGET_MAX_WORDS or info.ends_sentence:
        return False
    found = list(_TEMPERATURE.finditer(text))
    if not found:
        return False
    after = text[found[-1].end() :]
    symbol = not _WEATHER_SYMBOLS.isdisjoint(after)
    words = [w for w in after.lower().split() if _WEATHER_SYMBOLS.isdisjoint(w)]
    if not words:
        return symbol
    conditions = weather_words()
    return len(words) <= WEATHER_CONDITION_MAX_WORDS and (
        words[0] in conditions or " ".join(words) in conditions
    )


_STAR_GLYPHS = frozenset("★☆⭐✩✪✭✮✯")
_RATING_LINE = re.compile(
    r"[*_]{0,2}(?:[^\W\d_][\w'’. ]{0,30}?[ \t]?:[*_]{0,2}[ \t]?)?"
    r"(?P<stars>[★☆⭐✩✪✭✮✯]{1,10}(?:½|1/2)?)"
    r"(?:[ \t]?\(?(?:/|(?:out[ \t]of|sur|von|de|su|van|of|op)[ \t])[ \t]?\d{1,2}\)?)?"
    r"[*_]{0,2}"
)
"""A review's rating and nothing more: "★★★★☆", "Rating: ★★★½", "Notre avis : ★★★★☆",
"★★★½ out of 4", "VOTO: ★★★★☆"; at most a short label before the stars and the
scale after them."""


def _mark_ratings(
    blocks: Sequence[Block], changes: dict[int, tuple[str, str]], protected: Collection[int]
) -> None:
    """Take a review's star rating alone on its line ("★★★★☆", "Rating: ★★★½"), or
    name it so when the model took it. After the model: the model read the stars as a
    line like any other, and its neighbours (the standfirst under the headline, a
    teaser over its stars) keep the scores they had beside it."""
    found = [
        i
        for i, block in enumerate(blocks)
        if block.label == labels.BODY
        and i not in protected
        and (changes.get(i) is None or changes[i][1] in _GUESSED_KIND_RULES)
        and not _STAR_GLYPHS.isdisjoint(block.text)
        and is_rating_line(block.text)
    ]
    labelled = {i for i in found if ":" in blocks[i].text}
    for i in found:
        # graded items in a row, or under a line announcing them, are the story's list
        # ("The new three-star restaurants are:" / "Le Cinq: ★★★" / "Kei: ★★★"); a
        # review prints its own rating once
        if i in labelled and (i - 1 in labelled or i + 1 in labelled):
            continue
        if (
            i in labelled
            and i > 0
            and i - 1 not in changes
            and blocks[i - 1].text.rstrip().endswith(":")
        ):
            continue  # a labelled grade under a colon line; "Our verdict:" / "★★★★☆" goes
        changes[i] = (labels.BOILERPLATE, "rating_line")


def is_rating_line(text: str) -> bool:
    """Whether ``text`` is a review's star rating alone ("★★★★☆", "Rating: ★★★½",
    "★★★★ (out of 5)"): furniture of the review's box, never a sentence of it. A
    single star with no label before it is a symbol, not a rating.

    >>> is_rating_line("Notre avis : ★★★★☆"), is_rating_line("★ Fair")
    (True, False)
    """
    m = _RATING_LINE.fullmatch(text.strip())
    return m is not None and (len(m["stars"]) >= 2 or ":" in text)


def cue_kind(text: str) -> str | None:
    """The label a cue rule of this cleaner gives ``text`` wherever it stands
    ("related" for "Read more", "metadata" for "Updated 3 hours ago"), or ``None``."""
    if len(text) > _MAX_CUE_CHARS:
        return None
    index = cue_index()
    decision = _cue_decision(text, line_info(text, index), _no_user_phrases(), index, frozenset())
    return None if decision is None else decision[0]


def is_cue_line(text: str, *, spare_link_title: bool = True) -> bool:
    """Whether a cue rule of this cleaner removes ``text`` wherever it stands ("Share
    this on WhatsApp", "Jane Doe contributed to this report."): other cleaners use it
    so as not to read such a line as a headline. A page title pasted as a link
    ("Headline | Section | Site") is a headline's form, so ``link_title`` is spared
    unless ``spare_link_title`` is false (for a title already stripped of its site)."""
    if len(text) > _MAX_CUE_CHARS:
        return False
    index = cue_index()
    info = line_info(text, index)
    spared = frozenset({"link_title"}) if spare_link_title else frozenset()
    return _cue_decision(text, info, _no_user_phrases(), index, spared) is not None


def is_box_heading(text: str) -> bool:
    """Whether ``text`` heads a box of other content wherever it stands: a teaser,
    about, explainer or comment-section heading ("More from the Example Times",
    "Popular on Example", "About the author"). Other cleaners use it so as not to
    read such a heading as an article's title."""
    if len(text) > _MAX_CUE_CHARS:
        return False
    info = line_info(text, cue_index())
    return (
        _is_teaser_header(text, info)
        or _is_tail_heading(text, info, about_headers())
        or _is_thread_header(info)
    )


@functools.lru_cache(maxsize=1)
def _no_user_phrases() -> CueIndex:
    return build_index(())


def looks_like_page(infos: Sequence[LineInfo], texts: Sequence[str] = ()) -> bool:
    """Whether the text is a whole page (menus and all) rather than extracted text.

    Text that an extractor (or newsclean itself) already cleaned has few
    short lines; a page rendered to text opens with menus. On such text the
    model has much to find; on extracted text it mostly costs recall (on the
    development corpus, trafilatura's output loses 0.02 F1 to it), so there
    only the cue rules run. The counts below separate the two kinds of input
    of the development corpus: pages have 9 or more short lines in their first
    20, extracted texts 5 or fewer. Bare web addresses do not count as short
    lines: an article listing products, each with its link, is not a menu; nor
    do short lines that open with a number (a recipe's quantities, "250 g Mehl", a
    rating, a results list's rows: menus name sections). A page's score bar ("2-1
    FT") is then no menu either; a page has menus enough without it. A menu set
    out in a row counts as its entries (see :func:`_menu_entries`); the lines'
    raw ``texts`` (:func:`head_lines`) show the gaps between its cells and tell a
    table's rows from such a menu.
    """
    head_short = sum(
        _menu_entries(info, texts[k] if k < len(texts) else "")
        for k, info in enumerate(infos[:PAGE_HEAD_LINES])
    )
    if head_short >= PAGE_HEAD_SHORT_LINES:
        return True
    short = sum(1 for info in infos if _menu_like(info))
    if short < PAGE_SHORT_LINES or short < PAGE_SHORT_SHARE * len(infos):
        return False
    # many short lines, but the story starts on the first lines: an extracted
    # article with headings and lists (a recipe, a product list), not a page
    first_prose = next((k for k, info in enumerate(infos) if info.is_prose), len(infos))
    return first_prose >= PAGE_PROSE_START_MIN


MENU_ROW_MIN_SEPARATORS = 3
"""Separators ("·", "|", "›" …) on one line that make it a menu set out in a row ("Primo
piano · Ancona · Pesaro · Sport") when its items are short: a byline with its date and
reading time has two."""
MENU_ROW_ITEM_WORDS = 2.5
"""Words per item, on average, of a menu in a row: section names are a word or two."""


def _menu_entries(info: LineInfo, text: str) -> int:
    """How many menu entries a line of the page's head counts for: a short line is one,
    a menu set out in a row as many as it has items (a page may print its menus that
    way, one row each, and has no run of short lines then), other lines none. A
    table's row is no menu: it opens with its bar, or holds figures."""
    if _menu_like(info):
        return 1
    # the marks between the entries ("·", "|"), else the gaps: "Home  ·  News" has a
    # gap on each side of its one mark
    separators = info.separators or len(_MENU_GAP.findall(text))
    items = separators + 1
    if (
        separators >= MENU_ROW_MIN_SEPARATORS
        and text[:1] not in _TABLE_EDGES
        and not info.digit_share
        and not info.ends_sentence
        and info.words <= MENU_ROW_ITEM_WORDS * items
    ):
        return items
    return 0


_TABLE_EDGES = frozenset("|│┃+")
_MENU_GAP = re.compile(r"[^.!?:;\s][ \t]{2,}(?=\S)")
"""Two blanks or more between words, not after a sentence: the gap a text renderer
leaves between a row's cells or links ("Home  Rovigo  Adria  Sport")."""


def head_lines(article: Article) -> list[str]:
    """The raw text of the first :data:`PAGE_HEAD_LINES` blocks, spacing kept (the
    normalised text has lost the gaps between a menu's cells), for
    :func:`looks_like_page`."""
    return [article.original[b.start : b.end] for b in article.blocks[:PAGE_HEAD_LINES]]


def _menu_like(info: LineInfo) -> bool:
    """A short line that could be a menu entry: a few words, not a bare web address
    (the links of a list in an article), not opening with a number."""
    return info.words <= SHORT_LINE_WORDS and not info.has_link and not info.key[:1].isdigit()


def headline_at(article: Article, view: Sequence[int]) -> int | None:
    """How many blocks of ``view`` come before the headline an earlier cleaner labelled.

    ``None`` when no block is labelled ``title`` or ``duplicate_title``.
    """
    marks = [i for i, b in enumerate(article.blocks) if b.label in HEADLINE_LABELS]
    if not marks:
        return None
    return bisect.bisect_left(view, marks[-1])


def far_from_prose(
    article: Article,
    infos: Sequence[LineInfo],
    decided: Collection[int],
    protected: Collection[int] = (),
) -> dict[int, tuple[str, str]]:
    """Short lines with no prose within :data:`FAR_FROM_PROSE` lines either side.

    Deep inside the menus of a whole page (:func:`looks_like_page`; a short
    text is left alone) a line of a word or two is furniture
    whatever the model would say (it says so for nearly all of them), and
    deciding them up front keeps a text of a hundred thousand such lines cheap.
    Lines a rule already decided keep their decision.
    """
    view = model_view(article, ())
    n = len(view)
    prose = [k for k, i in enumerate(view) if infos[i].is_prose]
    # the stretches of the view more than FAR_FROM_PROSE lines from every prose line:
    # the gaps between prose lines, shrunk by that many lines at both ends
    edges = [-FAR_FROM_PROSE - 1, *prose, n + FAR_FROM_PROSE]
    far = itertools.chain.from_iterable(
        range(max(0, left + FAR_FROM_PROSE + 1), min(n, right - FAR_FROM_PROSE))
        for left, right in itertools.pairwise(edges)
    )
    return {
        i: (labels.NAVIGATION, "far_from_prose")
        for i in (view[k] for k in far)
        if infos[i].words <= SHORT_LINE_WORDS and i not in protected and i not in decided
    }


_INLINE_FURNITURE = frozenset(
    {(labels.ADS, "exact_line"), (labels.RELATED, "line_prefix"), (labels.ADS, "line_prefix")}
    | {(labels.METADATA, "job_title"), (labels.METADATA, "live_stamps")}
    | {(labels.METADATA, "sign_off")}
    | {(labels.NAVIGATION, "glued_buttons"), (labels.SHARE, "glued_buttons")}
    | {(labels.BOILERPLATE, "rule_line")}
)
"""Cue removals that stand inside a story as often as around it (an "Anzeige" or
"Advertisement" marker, a "Read also: …" link, a row of buttons such as "[ Gift this
article ] [ Save ]", a live report's entry stamps and its writers' sign-offs), or
in the story's own head (a job title under the byline, which the metadata
extractor takes out of view like the byline itself)."""


ENTRY_SHARE_MAX_WORDS = 3
"""A live entry's own share button is a word or two ("Share", "Share this update")."""


def _entry_share_button(change: tuple[str, str] | None, info: LineInfo) -> bool:
    """A share button standing alone under an entry of a live report ("Share", "Share
    this update": a known line or a line with a share phrase)."""
    return (
        change is not None
        and change[0] == labels.SHARE
        and change[1] in _BUTTON_RULES
        and info.words <= ENTRY_SHARE_MAX_WORDS
    )


_BUTTON_RULES = frozenset({"exact_line", "keyword_phrase"})


def model_view(article: Article, far: Collection[int]) -> list[int]:
    """The blocks the model sees: every block earlier cleaners left as body, but
    the insides of menus (``far``, from :func:`far_from_prose`).

    Blocks a cue rule of this cleaner already removed stay in the view as
    known furniture: the model does not judge them again, but its second
    stage reads them as "not body" neighbours (see ``score_rows``). Leaving
    them out instead made a teaser list look like prose once the time stamps
    and share buttons between its items were gone; with them in, a share bar
    between two teasers still says where the story ends (on the development
    corpus, 5-fold held out: html_text F1 +0.005, inscriptis +0.006). Lines
    deep inside menus are left out: they are far from anything the model
    judges, and a page of a hundred thousand of them must stay cheap.
    """
    return [i for i, b in enumerate(article.blocks) if b.label == labels.BODY and i not in far]


def _threshold(favor: str) -> float:
    from newsclean.classify import weights

    return float(weights.THRESHOLDS[favor])


def _cue_decision(
    text: str, info: LineInfo, user: CueIndex, index: CueIndex, disabled: frozenset[str]
) -> tuple[str, str] | None:
    key = info.key
    # cheap gates first (a page can have hundreds of thousands of lines): most lines
    # have no digit, no link and open with no cue word
    digits = info.digit_share > 0
    if "user_phrase" not in disabled and user.lines:
        label = user.match_line(key)
        if label is not None:
            return label, "user_phrase"
    if "exact_line" not in disabled and info.cue_label is not None:
        return info.cue_label, "exact_line"
    if (
        "exact_line" not in disabled
        and info.words <= _TEASER_MAX_WORDS
        and key.split(" ", 1)[0] in tail_heading_words()
        and _is_teaser_header(text, info)
    ):
        # a heading over other stories naming a site or a section ("Popular on The
        # Ledger", "More in Politics"), anywhere: a box set into the story goes too
        return labels.RELATED, "exact_line"
    if "exact_line" not in disabled and digits and key[-1:].isdigit():
        # a numbered ad slot: "Advertisement 2", "Anzeige 3"
        slot = key.rstrip("0123456789").rstrip()
        if len(key) - len(slot) <= _AD_SLOT_DIGITS + 1 and index.match_line(slot) == labels.ADS:
            return labels.ADS, "exact_line"
    if (
        "glued_buttons" not in disabled
        and GLUED_MIN_WORDS <= info.words <= GLUED_MAX_WORDS
        and not info.ends_sentence
        and (label := index.match_glued(key)) is not None
    ):
        return label, "glued_buttons"
    if "glued_buttons" not in disabled and text[:1] == "[" and _BRACKET_BUTTONS.fullmatch(text):
        return labels.NAVIGATION, "glued_buttons"  # "[ Gift this article ] [ Save ] [ Share ]"
    if "glued_buttons" not in disabled and text[:1] == "[":
        label = _marked_buttons(text, index)
        if label is not None:
            return label, "glued_buttons"
    if "line_prefix" not in disabled:
        label = info.cue_prefix_label or (index.match_prefix(key) if info.cue_label else None)
        if (
            label is not None
            and not (label == labels.SECTION and _runs_on(text))
            and not (label == labels.RELATED and _pointer_in_a_sentence(text, info, index))
            and not (info.ends_sentence and _weak_label(info, index))
        ):
            return label, "line_prefix"
    if key.startswith(_NOTE_OPENINGS) or " published by " in key:
        note = _shaped_note(text, key, info, disabled)  # most lines open otherwise
        if note is not None:
            return note
    if "link_pointer" not in disabled and _is_link_pointer(key, info):
        return labels.RELATED, "link_pointer"
    if "feed_footer" not in disabled and (
        (key.startswith("from ") and _FEED_FOOTER.fullmatch(text))
        or (key.startswith(_FEED_POST_OPENINGS) and _FEED_POST.fullmatch(key))
    ):
        return labels.BOILERPLATE, "feed_footer"
    if (
        "keyword_phrase" not in disabled
        and info.keyword_phrase is not None
        and (info.words <= _KEYWORD_RULE_MAX_WORDS or marks_any_length(info))
    ):
        return info.keyword_phrase, "keyword_phrase"
    if "link_title" not in disabled and _is_link_title(text, info):
        return labels.RELATED, "link_title"
    if (
        "bare_timestamp" not in disabled
        and digits
        and (_BARE_TIMESTAMP.fullmatch(text) or _is_printed_stamp(text, info))
    ):
        return labels.METADATA, "bare_timestamp"
    if (
        "bare_image_url" not in disabled
        and "//" in text
        and _BARE_IMAGE_URL.fullmatch(text.strip())
    ):
        return labels.BOILERPLATE, "bare_image_url"
    if (
        "bare_image_url" not in disabled
        and text[:1] == "["
        and _BRACKETED_IMAGE_FILE.fullmatch(text.strip())
    ):
        return labels.BOILERPLATE, "bare_image_url"  # "[bus-stop-hetton.jpg]"
    if "weather_widget" not in disabled and digits and "°" in text and _weather_reading(text, info):
        return labels.BOILERPLATE, "weather_widget"
    has_link = "//" in text or "www." in text
    if "link_line" not in disabled and has_link and is_link_line(text, info):
        return labels.RELATED, "link_line"
    if (
        "link_row" not in disabled
        and "[" in text
        and is_link_row(text, info)
        and not is_breadcrumb(text)  # "[11]Accueil > [12]Bretagne": the page's place
    ):
        return _row_label(text, index), "link_row"
    if (
        "tagged_teaser" not in disabled
        and text.endswith(("]", "|", " "))
        and is_tagged_teaser(text, info)
    ):
        return labels.RELATED, "tagged_teaser"
    if "source_credit" not in disabled and is_source_credit(text, info):
        return labels.METADATA, "source_credit"
    if (
        "bare_address" not in disabled
        and "@" in text
        and info.words <= _BARE_ADDRESS_MAX_WORDS
        and _BARE_ADDRESS.fullmatch(text.strip())
    ):
        return labels.CONTACT, "bare_address"
    if (
        "reporting_credit" not in disabled
        and info.words == 1
        and "/" in text
        and _WIRE_SLUG.fullmatch(text.strip())
    ):
        return labels.METADATA, "reporting_credit"  # "hv/jkl/rl": the wire's editors
    if "markup_line" not in disabled and text.lstrip().startswith("<") and _is_markup(text):
        return labels.BOILERPLATE, "markup_line"
    if "markup_line" not in disabled and _is_empty_link_row(text):
        return labels.BOILERPLATE, "markup_line"  # Markdown links with no text: icons
    if "rule_line" not in disabled and text[:1] in _RULE_CHARS and _RULE_LINE.fullmatch(text):
        return labels.BOILERPLATE, "rule_line"  # "----------", "* * *", "=========="
    if "feed_links" not in disabled and text[:2] == "#[" and _FEED_LINKS.match(text):
        return labels.NAVIGATION, "feed_links"  # "#[1]Example News RSS [2]alternate"
    if "button_row" not in disabled and text.lstrip()[:1] == "[" and _is_button_row(text, index):
        return labels.NAVIGATION, "button_row"  # "[f] [x] [in] [mail]", "[Accueil] [Sport]"
    if (
        "button_row" not in disabled
        # a text field's blank in a sentence is a quiz's or a redaction's ("The ____ won
        # the 2022 World Cup."): a form's row ends with no full stop
        and ("(BUTTON)" in text or ("____" in text and not info.ends_sentence))
        and len(_FORM_MARKS.sub(" ", text).split()) <= FORM_ROW_MAX_WORDS
    ):
        return labels.NAVIGATION, "button_row"  # "(BUTTON) Partager", "Nom ________"
    if "shop_widget" not in disabled and _is_shop_widget(text, info):
        return labels.ADS, "shop_widget"
    if "pagination" not in disabled and digits and _is_pagination(key):
        return labels.NAVIGATION, "pagination"  # "Page 1 of 3", "1 2 3 Next »"
    if "counter_line" not in disabled and (digits or info.key[:4] == "one "):
        label = _counter_label(info)  # "One thought on “…”": a blog's count in words
        if label is not None:
            return label, "counter_line"
    if "desk_byline" not in disabled and (
        (
            info.words <= _DESK_BYLINE_MAX_WORDS
            and (_is_desk_byline(info.key) or (info.words >= 2 and is_desk_line(text)))
        )
        # a cheap count first: the name, perhaps a cue, the joining word and the agency
        or (3 <= info.words <= DESK_WITH_AGENCY_MAX_WORDS + 3 and is_desk_with_agency(text))
    ):
        return labels.METADATA, "desk_byline"  # "By Staff", "Our Correspondent"
    if "breadcrumb" not in disabled and is_breadcrumb(text, key=info.key):
        return labels.NAVIGATION, "breadcrumb"
    if info.words < 2:
        return None  # the rules below need two words or more
    if "follow_prompt" not in disabled and _is_follow_prompt(text, info):
        return labels.SHARE, "follow_prompt"
    if "share_bar" not in disabled and (
        _is_share_bar(info) or _is_share_on(info) or _is_share_phrases(info)
    ):
        return labels.SHARE, "share_bar"
    if "menu_line" not in disabled and (_is_menu_line(text, info) or _is_marked_menu(text)):
        return labels.NAVIGATION, "menu_line"
    if "contact_line" not in disabled and _is_contact_line(text, info):
        return labels.CONTACT, "contact_line"
    if "reporting_credit" not in disabled and _is_reporting_credit(text, info):
        return labels.METADATA, "reporting_credit"
    return None


LINK_LIST_MIN_LINES = 3
"""Labelled links in a row that are a post's content (a links-of-the-week list,
"Climate report: https://…"), not a download or "more" pointer."""


def _keep_link_lists(changes: dict[int, tuple[str, str]]) -> None:
    """Give back the link lines that stand in a run of :data:`LINK_LIST_MIN_LINES` or
    more: one or two after a story ("Download: …", "iTunes: …") point elsewhere, a
    list of them is what the post is."""
    links = sorted(i for i, (_, rule) in changes.items() if rule == "link_line")
    run: list[int] = []
    for i in [*links, -2]:
        if run and i == run[-1] + 1:
            run.append(i)
            continue
        if len(run) >= LINK_LIST_MIN_LINES:
            for j in run:
                del changes[j]
        run = [i]


TABLE_HEADER_MIN_CELLS = 3
"""Cells of a pipe-separated row that make it the header of a table below it."""


def _keep_table_headers(blocks: Sequence[Block], changes: dict[int, tuple[str, str]]) -> None:
    """Give back a pipe-separated row read as a pasted page title when it heads a table:
    "Party | Seats | Change | Vote share" over "Greens | 12 | +7 | 24.1%". The row
    under it has as many cells, holds a figure and stays in the story; a Markdown
    table's rule under the header ("---|---|---") is read past."""
    for i, (_, rule) in list(changes.items()):
        if rule != "link_title":
            continue
        j = i + 1
        if j < len(blocks) and changes.get(j, ("", ""))[1] == "rule_line" and "|" in blocks[j].text:
            j += 1
        if j >= len(blocks) or j in changes:
            continue
        cells = blocks[i].text.count(" | ") + 1
        below = blocks[j].text
        if (
            cells >= TABLE_HEADER_MIN_CELLS
            and below.count(" | ") + 1 == cells
            and _ANY_DIGIT.search(below) is not None
        ):
            del changes[i]


def _mark_job_titles(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """A job title alone on its line next to the byline ("By Jane Doe" / "Senior Phones
    Editor"): the byline's. Elsewhere the same words are a crosshead, an award
    category or a transcript's speaker ("Young Photographer", "REPORTER")."""
    from newsclean.extract.bylines import starts_with_cue

    roles = _role_words()
    longest = 2 * JOB_TITLE_MAX_WORDS + 1  # two jobs and a connector
    for i, (block, info) in enumerate(zip(blocks, infos, strict=True)):
        if (
            info.words > longest
            or info.key.rsplit(" ", 1)[-1].strip(",.;:|()–—-") not in roles
            or block.label != labels.BODY
            or i in changes
            or i in protected
            or not is_job_title(block.text)
        ):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(blocks) and (
                blocks[j].label == labels.BYLINE
                or (blocks[j].label == labels.BODY and starts_with_cue(blocks[j].text))
            ):
                changes[i] = (labels.METADATA, "job_title")
                break


def _keep_date_lists(blocks: Sequence[Block], changes: dict[int, tuple[str, str]]) -> None:
    """Give back :data:`DATE_LIST_MIN_LINES` or more lines in a row that ``bare_timestamp``
    took when none prints a cue ("Published", "Updated") or a time of day: a stamp
    stands alone or with one other, a list of dates ("01/05/2024" / "02/06/2024" /
    "03/07/2024") is the story's."""

    def plain_stamp(i: int) -> bool:
        text = blocks[i].text
        if _CLOCK.search(text):
            return False  # a time of day: a page's stamps ("2019-11-19T08:57:40+01:00")
        return not any(c.isalpha() for c in text) or all(
            d.kind == "plain" for d in find_dates(text)
        )

    # the stamps are few: walk them, not every block
    stamps = sorted(i for i, change in changes.items() if change == _BARE_STAMP)
    runs: list[list[int]] = []
    for i in stamps:
        if not plain_stamp(i):
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) >= DATE_LIST_MIN_LINES:
            for k in run:
                del changes[k]


_BARE_STAMP = (labels.METADATA, "bare_timestamp")
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:h]\d\d(?!\d)")
_SIGN_OFF_DASHES = "—–"
_NAME_PARTICLES = frozenset(name_lexicon.PARTICLES)
SIGN_OFF_MAX_NAME_WORDS = 4
"""Words of the name a writer signs an entry or a letter with ("— Jane van der Berg")."""


def _is_sign_off(text: str) -> bool:
    """A dash and a name alone on a line: the writer signing a live entry or a short
    item ("— Omar Haddad"). Names are capitalised words and particles, nothing else: a
    dash opening a sentence ("— and then the rain came") or a figure is no sign-off."""
    words = text[1:].split()
    named = [w for w in words if w.casefold() not in _NAME_PARTICLES]
    return (
        2 <= len(named) <= SIGN_OFF_MAX_NAME_WORDS
        and len(words) - len(named) <= 2
        and all(w[:1].isupper() and w.strip(".'’-").replace("-", "").isalpha() for w in named)
    )


def _mark_sign_offs(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """A writer signing the paragraph above ("— Omar Haddad" under a live entry): a
    dash and a name alone on a line (:func:`_is_sign_off`) right under a paragraph of
    prose. Not a quotation's author ("— Franklin Delano Roosevelt" under a quote) nor
    an item of a list of dashed lines ("– Neue Turnhalle" / "– Größere Mensa")."""

    def dashed(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].text[:1] in _SIGN_OFF_DASHES

    for i, block in enumerate(blocks):
        text = block.text
        if text[:1] not in _SIGN_OFF_DASHES or i == 0 or i in changes or i in protected:
            continue
        if block.label != labels.BODY or not _is_sign_off(text):
            continue
        above = blocks[i - 1].text
        if (
            dashed(i - 1)
            or dashed(i + 1)
            or not infos[i - 1].is_prose
            # a quotation alone over it: the name is its author's ("“…” / — Roosevelt");
            # a paragraph quoting somebody ("“…,” he wrote.") is a writer's entry
            or not _outside_quotes(above).strip(" .,;:!?—–-")
        ):
            continue
        changes[i] = (labels.METADATA, "sign_off")
    _mark_entry_names(blocks, infos, changes, protected)


ENTRY_NAMES_MIN = 2
"""Entries of a live report one name signs before it counts as a signature: a name
printed once by a stamp may be an entry's heading ("Karen Doyle" over her entry, "Biden
Wins Vermont")."""


def _mark_entry_names(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Live entries signed by their writer's bare name (no dash): a name alone on a
    line right under an entry's prose and right over the next entry's time stamp
    ("… may not be decided tonight." / "Tom Nguyen" / "9:40pm"), the same name over two
    stamps at least; such names right under prose elsewhere sign entries too (the last
    entry, with no stamp under it)."""
    stamps = [i for i, change in changes.items() if change[1] == "live_stamps"]
    if len(stamps) < ENTRY_NAMES_MIN:
        return

    def signature(i: int) -> bool:
        return (
            0 < i < len(blocks)
            and i not in changes
            and i not in protected
            and blocks[i].label == labels.BODY
            and infos[i - 1].is_prose
            and _is_sign_off(" " + blocks[i].text)
        )

    signed = collections.Counter(blocks[i - 1].text for i in stamps if signature(i - 1))
    # a writer signs several entries; an entry's heading in Title Case over the next
    # stamp ("Polls Close In Georgia") is printed once
    names = {name for name, count in signed.items() if count >= ENTRY_NAMES_MIN}
    if not names:
        return
    for i, block in enumerate(blocks):
        if block.text in names and signature(i):
            changes[i] = (labels.METADATA, "sign_off")


_DESK_BYLINE_MAX_WORDS = 5
"""A cue and a desk: "By the Editorial Staff", "Par la rédaction"."""


@functools.lru_cache(maxsize=1)
def _desk_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(byline cue words of every lexicon language, words a desk byline may hold, the
    words of which it must hold one: a desk's or nobody's)."""
    from newsclean.extract.lexicon import meta_lexicon

    lex = meta_lexicon()
    cues = frozenset(
        c for words in lex.languages.values() for c in words.byline_cues if " " not in c
    )
    # "By our reporter", "Door onze sportredactie": the reader words are possessives
    desk = lex.collective_words | lex.org_words | _ARTICLES | _NOBODY | _possessives()
    return cues, desk - cues, (lex.collective_words | _NOBODY) - cues


@functools.lru_cache(maxsize=1)
def _possessives() -> frozenset[str]:
    """The reader words of every lexicon language ("our", "onze", "notre")."""
    return frozenset().union(*(reader_words(lang) for lang in lexicons.LANGUAGES))


@functools.lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    from newsclean.extract.lexicon import meta_lexicon

    return meta_lexicon().role_words


@functools.lru_cache(maxsize=1)
def _job_nouns() -> frozenset[str]:
    """Job nouns ("correspondent", "reporter"): the word a job ends with; a beat
    alone ("By Sport") is no job."""
    from newsclean.extract.lexicon import meta_lexicon

    return meta_lexicon().bio_roles


_COMPOUND_DESK_MIN_CHARS = 7
"""A desk word this long ends compounds that name a desk ("Sportredaktion",
"sportredactie", "Lokalredaktion"); a shorter one ("team") ends other words too."""


@functools.lru_cache(maxsize=1024)
def _compound_desk(word: str) -> bool:
    _, _, needed = _desk_words()
    return any(
        len(w) >= _COMPOUND_DESK_MIN_CHARS and len(word) > len(w) + 2 and word.endswith(w)
        for w in needed
    )


_NOBODY = frozenset({"agencies", "guest", "anonymous", "admin", "administrator"})
"""Byline words that stand for no one in particular."""


DESK_LINE_MAX_WORDS = 3
"""Words of a desk named alone on a byline's line ("Our Correspondent", "Staff Reporter")."""
NEWSROOM_DESK_MAX_WORDS = 6
"""Words of a newsroom's byline: its word and a desk or the paper's name ("Redacción
Diario Valle de México")."""


def is_desk_line(text: str) -> bool:
    """Whether ``text`` is a byline naming a desk and no one, without its cue: "Our
    Correspondent", "Staff Reporter", "Notre correspondant" (read like "By …").

    >>> is_desk_line("Our Correspondent"), is_desk_line("Our Town")
    (True, False)
    """
    key = line_key(text)
    desk, comma, place = key.partition(",")
    if comma and 0 < len(place.split()) <= DESK_PLACE_MAX_WORDS:
        key = desk.strip()  # "Da redação, em Fortaleza", "Redacción, Madrid"
    words = key.split()
    if (
        2 <= len(words) <= NEWSROOM_DESK_MAX_WORDS
        and words[0] in _NEWSROOM_NOUNS
        and (_capitalised_name(text.split()[1:]) or set(words[1:]) <= _ONLINE_DESKS)
    ):
        # "Redazione Cultura", "Redaktion Politik": the newsroom's desk; "Redacción
        # Diario Valle de México": the paper's newsroom
        return True
    if (
        3 <= len(words) <= NEWSROOM_DESK_MAX_WORDS
        and tuple(words[-2:]) in _BOARD_NOUNS
        and words[-3] in MASTHEAD_WORDS
        and _capitalised_name(text.split())
    ):
        # "The Statesman Ledger Editorial Board": an editorial's byline, the paper's
        # name before it ("Meet the Editorial Board" is a headline)
        return True
    if key in _STAFF_REPORT:
        return True  # "Staff report": a story no one signs
    if _CALL_SIGN_STAFF.fullmatch(text.strip()):
        return True  # "KSLN 12 Staff", "HNN Staff": a station's or a site's staff
    if not 1 <= len(words) <= DESK_LINE_MAX_WORDS or words[-1] not in _DESK_NOUNS:
        return False  # "Our team", "Medical team", "Your health": crossheads
    if words[0] in _FROM_THE_DESK:
        key = " ".join(words[1:])  # "Da redação", "Dalla redazione": from the newsroom
    elif words[0] in _desk_words()[0]:
        return _is_desk_byline(key)  # "Von der Redaktion": its own cue
    return words[0] not in _READER_OPENINGS and _is_desk_byline(f"by {key}")


_CALL_SIGN_STAFF = re.compile(r"[A-Z]{2,5}(?: \d{1,3})? (?:Staff|STAFF)")
"""A station's call sign or a site's initials, perhaps its channel, and "Staff": the
byline of a story no one signs ("KSLN 12 Staff", "HNN Staff")."""


_AGENCY_JOINS = frozenset({"avec", "with", "con", "mit", "com"})
_WITH_AGENCY = re.compile(
    rf"^(?P<desk>.{{2,80}}?) (?:{'|'.join(sorted(_AGENCY_JOINS))}) (?P<agency>[^ ]+(?: [^ ]+)?)$"
)
"""A newsroom and the wire it drew on: "Infos France 24h avec AFP", "Redacción con EFE".
The lazy desk part meets one joining word at a time (linear)."""
DESK_WITH_AGENCY_MAX_WORDS = 6
"""Words of the newsroom's name before "avec AFP" ("Infos France 24h")."""
DESK_WITH_AGENCY_MAX_CHARS = 100
"""Longest line read as a newsroom's byline with its agency."""
NAME_PARTICLE_MAX_CHARS = 3
"""A word in lower case inside a name is a particle ("de", "des", "la": "Região de
Leiria", "L'Écho des Régions")."""


def _capitalised_name(words: Sequence[str], *, figures: bool = False) -> bool:
    """Whether ``words`` are a name: every word capitalised (or a figure, with
    ``figures``: "Infos France 24h"), bar short particles after the first."""
    return all(
        w[:1].isupper()
        or (figures and w[:1].isdigit())
        or (k > 0 and w.isalpha() and len(w) <= NAME_PARTICLE_MAX_CHARS)
        for k, w in enumerate(words)
    )


def is_desk_with_agency(text: str) -> bool:
    """Whether ``text`` is a byline naming a newsroom and a wire agency and no one
    (see :func:`desk_agency`).

    >>> is_desk_with_agency("Le Quotidien du Nord (avec AFP)")
    True
    """
    return desk_agency(text) is not None


def desk_agency(text: str) -> str | None:
    """The agency of a byline naming a newsroom and a wire agency and no one ("Par
    Infos France 24h avec AFP", "Redacción con EFE", "Le Monde avec AFP", "Le
    Quotidien du Nord (avec AFP)"), else ``None``: perhaps a byline cue, a capitalised
    name of at most six words, a joining word, an agency, perhaps in brackets. A
    sentence ends with a stop, or has a word in lower case before the agency ("He
    spoke with AFP"). Dutch "met" is left out: English "met" is a verb.

    >>> desk_agency("Le Quotidien du Nord (avec AFP)"), desk_agency("He spoke with AFP")
    ('AFP', None)
    """
    from newsclean.extract.bylines import BRACKETED_NOTE
    from newsclean.extract.lexicon import meta_lexicon

    stripped = text.strip()
    if not stripped or stripped[-1] in ".!?:" or len(stripped) > DESK_WITH_AGENCY_MAX_CHARS:
        return None
    stripped = BRACKETED_NOTE.sub(r" \g<note>", stripped)
    if _AGENCY_JOINS.isdisjoint(stripped.split()[-3:-1]):
        return None  # one set test: the joining word stands before the agency's one or two
    first, _, rest = stripped.partition(" ")
    if first.casefold().rstrip(":") in _SHORT_BYLINE_CUES:
        stripped = rest.lstrip(" :")
    m = _WITH_AGENCY.match(stripped)
    agency = meta_lexicon().agency(m.group("agency")) if m is not None else None
    if m is None or agency is None:
        return None
    desk = m.group("desk").split()
    if 0 < len(desk) <= DESK_WITH_AGENCY_MAX_WORDS and _capitalised_name(desk, figures=True):
        return agency
    return None


_SHORT_BYLINE_CUES = frozenset({"by", "par", "von", "por", "di", "door", "de"})
"""One-word byline cues that may open a newsroom's byline ("Par …", "Von …")."""


_NEWSROOM_NOUNS = frozenset(
    {"redazione", "redacción", "rédaction", "redaktion", "redactie", "redação", "redacção"}
)
"""A newsroom, named first before its desk ("Redazione Cultura", "Redaktion Politik")."""


_ONLINE_DESKS = frozenset({"online", "web", "digital", "digitale", "internet"})
"""A newsroom's online desk, in lower case after the newsroom's noun ("Redazione
online", "Redacción digital", "Rédaction web")."""


DESK_PLACE_MAX_WORDS = 3
"""Words of the place after a desk's byline and its comma ("…, em Fortaleza")."""
_FROM_THE_DESK = frozenset({"da", "do", "dalla", "della", "dal", "del", "vom"})
""""From the" opening a desk's byline ("Da redação", "Dalla redazione"): a preposition
and an article in one word."""


_BOARD_NOUNS = frozenset({("editorial", "board")})
"""The words an editorial's byline ends with, after the paper's name."""
_STAFF_REPORT = frozenset({"staff report", "staff reports", "from staff reports"})
"""A story's byline when no one signs it."""
_DESK_NOUNS = frozenset(
    {"correspondent", "correspondents", "reporter", "reporters", "bureau", "desk", "staff"}
    | {"correspondant", "correspondante", "corresponsal", "correspondente", "corrispondente"}
    | {"redaktion", "redacción", "redação", "redazione", "redactie", "корреспондент"}
)
"""The nouns a desk's byline ends with ("Our Correspondent", "Staff Reporter")."""
_READER_OPENINGS = frozenset({"your", "votre", "vos", "tu", "tus", "ihr", "ihre", "il", "la"})
_COUNT_BUTTON_VERBS = frozenset(
    {"show", "view", "read", "see", "load", "open", "voir", "lire", "ver", "leer", "mostra"}
    | {"leggi", "zeige", "lees", "bekijk", "afficher", "mostrar", "anzeigen"}
)
"""Verbs a button puts before the count of comments it opens ("Show 23 comments",
"Voir les 12 commentaires" reads the article first and is left alone)."""


def is_newsroom_byline(text: str) -> bool:
    """Whether ``text`` is a byline naming a newsroom and no one: a desk alone ("Our
    Correspondent", "Redazione Cultura", "Redazione online"), a cue and a desk ("Par la
    rédaction", "By Staff"), or a newsroom with its agency ("Le Quotidien du Nord (avec
    AFP)"). The metadata cleaner reads the line under a headline so; this cleaner takes
    it out as a desk's byline."""
    return is_desk_line(text) or is_cued_desk_byline(text) or is_desk_with_agency(text)


def is_cued_desk_byline(text: str) -> bool:
    """Whether ``text`` is a byline cue and a desk, no name: "By Staff", "Par la
    rédaction", "Von der Redaktion" (see :func:`_is_desk_byline`).

    >>> is_cued_desk_byline("Par la rédaction"), is_cued_desk_byline("By post")
    (True, False)
    """
    return _is_desk_byline(line_key(text))


def _is_desk_byline(key: str) -> bool:
    """ "By Staff", "Von der Redaktion", "Por Redacción", "By Agencies": a byline cue
    and words naming a desk or an organisation's kind, no name."""
    first, _, rest = key.partition(" ")
    cues, desk, needed = _desk_words()
    if first.rstrip(":") not in cues or not rest:
        return False
    words = [w.strip(".,:;") for w in rest.split()]
    if len(words) == 2 and words[0] in _possessives() and words[1] in _role_words():
        return True  # "By our reporter", "Par notre correspondant"
    # "By post" names a way of voting: an organisation's kind alone is no desk; a job
    # beside the desk word is still nobody's name ("By Staff Reporter")
    roles = _role_words()
    if words[-1] in _job_nouns() and all(w in roles for w in words):
        return True  # a job and no name: "By Correspondent", "By Special Correspondent"
    return all(w in desk or w in roles or _compound_desk(w) for w in words) and any(
        w in needed or _compound_desk(w) for w in words
    )


_CREDIT_MIN_WORDS = 4
"""A cue and a name: "Reporting by Jane Doe"."""


def _is_reporting_credit(text: str, info: LineInfo) -> bool:
    """ "Reporting by Jane Doe in London; Editing by John Smith", "Additional reporting
    by Jane Doe": a wire story's credits, every part of them a cue and names (see
    :func:`~newsclean.extract.bylines.credit_parts`). A sentence opening alike
    ("Writing by hand is a lost art", "Reporting by Robots Is Here") names nobody and
    stays."""
    return info.words >= _CREDIT_MIN_WORDS and credit_parts(text) is not None


_RULE_CHARS = "-–—=_*~·•#+|:"
_RULE_LINE = re.compile(
    r"[-–—=_~·•#+][-–—=_~·•#+ ]{2,}|\*{10,}|\* \* \*(?: \*)*"
    r"|\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?"
)
"""A horizontal rule a renderer printed as characters ("-----", "* * *", "====") or
the row under a Markdown table's header ("|---|:---:|"). Asterisks count only spaced
("* * *") or ten and more: "****" under a review's byline is its rating."""
_EMPTY_LINKS = re.compile(
    r"(?:\[[ \t]?\]\([^()\s]{0,2000}(?:[ \t]+[\"“][^\"“”\n]{0,200}[\"”])?\)[ \t]*)+"
)
"""Markdown links with no text, run together: a row of icon buttons ("[](…/share/x)"),
or with the one blank html2text keeps of an icon's markup ("[ ](…/share/x)"), and with
the link's title if it has one ("[ ](…/share/x \"Share on X\")")."""
_EMPTY_LINK_OPENINGS = ("[](", "[ ](", "[\t](")


def _is_empty_link_row(text: str) -> bool:
    """Whether ``text`` is only Markdown links with no text (:data:`_EMPTY_LINKS`)."""
    return text.startswith(_EMPTY_LINK_OPENINGS) and _EMPTY_LINKS.fullmatch(text) is not None


_BUTTON_ROW = re.compile(
    r"[ \t]*(?:\[[^\[\]\n]{1,40}\][ \t]*){2,}(?:(?:[^\w\s\[\]]{1,3}[ \t]?)?\d{1,6}[ \t]*)?"
)
"""Two or more bracketed words and nothing else: how w3m and lynx print a row of
buttons, icons or form fields ("[f] [x] [in] [mail]", "[Accueil] [Environnement]
[Agenda]", "[Votre e-mail] [S'inscrire]"), perhaps closed by a count with its icon
("[Compartir en X] [Compartir en WhatsApp] 💬 3": the comments or shares). Each item
opens where the one before it closes, so the pattern cannot backtrack."""
_BUTTON_ITEM = re.compile(r"\[([^\[\]\n]{1,40})\]")
_FORM_MARKS = re.compile(r"\(BUTTON\)|_{4,}|\[\d{1,4}\]|\[IMG\]")
"""What lynx prints for a form and its links: a button ("(BUTTON) Partager"), a text
field ("Nome ____________"), a link's number, a picture."""
FORM_ROW_MAX_WORDS = 10
"""Words left on a line of form controls once they are taken out: the buttons' labels
("(BUTTON) Accepter et fermer (BUTTON) Continuer sans accepter [11]Paramétrer"); prose
never holds a control."""
ICON_MAX_CHARS = 2
"""An icon's letters in brackets ("[f]", "[in]"): a button's word is longer."""


def _is_button_row(text: str, index: CueIndex) -> bool:
    """A row of bracketed items (:data:`_BUTTON_ROW`) of which one at least is an icon
    or a button's or menu's cue ("[f] [x] [in] [mail]", "[Accueil] [Environnement]",
    "[Je e-mailadres] [Aanmelden]"). A transcript's "[Applause] [Laughter]" names no
    cue and stays."""
    if _BUTTON_ROW.fullmatch(text) is None:
        return False
    for m in _BUTTON_ITEM.finditer(text):
        item = m.group(1).strip()
        if len(item) <= ICON_MAX_CHARS:
            return True
        info = line_info(item, index)
        if info.cue_label is not None or info.keyword_phrase is not None:
            return True
    return False


_FEED_LINKS = re.compile(r"#\[\d{1,4}\]")
"""How lynx prints a page's ``<link rel=…>`` targets (its feeds, alternate languages) on
the dump's first line: "#[1]Example News RSS [2]alternate"."""
_MARKUP_OPEN = re.compile(
    r"</?(?:a|b|br|div|embed|figure|i|iframe|img|input|ins|link|meta|noscript|object|p|picture"
    r"|script|source|span|style|svg|video)(?=[\s/>])",
    re.IGNORECASE,
)


_TAG = re.compile(r"<[^<>]{0,2000}>")
_MARKUP_MAX_WORDS = 2
"""Words left once the tags are taken out: more is text wrapped in tags ("<p>The
company apologised …</p>"), not markup."""


def _is_markup(text: str) -> bool:
    """ "<script src=…></script>", "<img height="1" …>": a tag opens the line, ">" ends
    it, and hardly a word is left between the tags."""
    stripped = text.strip()
    if not stripped.endswith(">") or _MARKUP_OPEN.match(stripped) is None:
        return False
    return len(_WORD.findall(_TAG.sub(" ", stripped))) <= _MARKUP_MAX_WORDS


_COUNT = r"(?:\d{1,3}(?: \d{3}){1,4}|\d[\d.,]{0,12})\s?[km]?"
"""A count as pages print it: "87", "1,204", "4 812" (thousands set apart by a space), "1.2k"."""
_COUNT_FIRST = re.compile(rf"{_COUNT}\s{{1,3}}(?P<noun>\D{{1,40}})")
_COUNT_AFTER = re.compile(
    rf"(?P<noun>[^\d(:]{{1,40}}?)(?:\s{{0,3}}(?P<sep>[(:])\s{{0,3}}|\s{{1,3}}){_COUNT}\)?"
)
_BARE_COUNT_LABELS = frozenset({labels.COMMENTS, labels.SHARE})
"""Counts printed after their noun with only a space: "Comments 87", "Shares 12"."""
_AFTER_READING_CUE = frozenset(":0123456789")
_READ_MINUTES = re.compile(r"(?:read|estimated):? \d{1,3} ?(?:min|mins|minutes)\.?(?: read)?")
"""A reading time with the verb first ("Read 3 Min", "Estimated 4 minutes"); "Read 3
stories" is a link, "Estimated 40,000 people" a sentence's start."""
_COUNTER_MAX_WORDS = 6
"""Longest counter line ("1.2K comments", "3 minutes de lecture", "Reading time: 4 min")."""


_COUNT_ON_TITLE = re.compile(
    r"(?:\d{1,6}|one)\s(?P<noun>[^\W\d_]{1,20})\s(?:on|to)\s[\"“‘'«]\w[^\"”’'»]{0,300}"
)
"""A blog's comment header naming the post: "2 thoughts on “Autumn planting day”",
"One response to 'Harvest swap'": the whole line key (which drops the closing quote),
so the post's title ends the line; "One response to “the squeeze” has been a wave
of strikes." goes on after it and is a sentence."""
COUNT_ON_TITLE_MAX_WORDS = 16
"""Most words of such a header: the count, its noun and a post's title."""


def _count_on_title(info: LineInfo) -> str | None:
    """The noun of a blog's comment header naming the post, if the line is one."""
    if info.words > COUNT_ON_TITLE_MAX_WORDS or info.ends_sentence:
        return None
    m = _COUNT_ON_TITLE.fullmatch(info.key)
    return m["noun"] if m is not None else None


def opens_comments(text: str) -> bool:
    """Whether ``text`` heads a comment thread: a comments cue line ("Leave a Reply",
    "Comments") or a count of comments ("23 Comments", "Kommentare (4)")."""
    info = line_info(text, cue_index())
    return info.cue_label == labels.COMMENTS or _counter_label(info) == labels.COMMENTS


def opens_teasers(text: str) -> bool:
    """Whether ``text`` heads a list of other stories ("Related", "More from Example
    News"): what stands under it is no more of the story above it."""
    return _is_teaser_header(text, line_info(text, cue_index()))


_PAGE_OF = re.compile(
    r"(?:page|seite|página|pagina|pag\.|pág\.|страница) ?\d{1,3}"
    r" ?(?:of|/|von|de|di|van|sur|из) ?\d{1,3}"
)
"""A page counter of a story split over pages ("Page 1 of 3", "Seite 2 von 4")."""
_PAGE_WORDS = frozenset(
    {"«", "»", "‹", "›", "<", ">", "|", "·", "…", "...", "next", "prev", "previous", "weiter"}
    | {"zurück", "suivant", "précédent", "siguiente", "anterior", "successivo", "volgende"}
)
"""What a row of page links holds besides its numbers."""
PAGINATION_MAX_CHARS = 60


def _is_pagination(key: str) -> bool:
    """A story split over pages: its page counter ("Page 1 of 3") or its row of page
    links, the numbers from 1 in order with arrows or a "next" beside them ("1 2 3",
    "« 1 | 2 | 3 »"). A line of other numbers ("4 7 12") is no row of pages."""
    if len(key) > PAGINATION_MAX_CHARS:
        return False
    if _PAGE_OF.fullmatch(key):
        return True
    numbers = []
    for token in key.split():
        if token.isdigit():
            numbers.append(int(token))
        elif token not in _PAGE_WORDS:
            return False
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1))


def _counter_label(info: LineInfo) -> str | None:
    """The label of a line that is a count and its noun ("12 Comments" is
    ``comments``), or of a reading-time line (``metadata``); else ``None``."""
    key = info.key
    noun = _count_on_title(info)
    if noun is not None:  # "2 thoughts on “Autumn planting day”"
        return counter_nouns().get(noun)
    if info.words > _COUNTER_MAX_WORDS:
        return None
    m = _COUNT_FIRST.fullmatch(key)
    if m is not None:
        return counter_nouns().get(m["noun"].strip())
    verb, _, counted = key.partition(" ")
    if verb in _COUNT_BUTTON_VERBS:
        # "Show 23 comments", "Read 318 Comments": a button opening the thread
        m = _COUNT_FIRST.fullmatch(counted)
        if m is not None and counter_nouns().get(m["noun"].strip()) == labels.COMMENTS:
            return labels.COMMENTS
    if key.split(" ", 1)[0] in _READER_OPENINGS:
        key = key.split(" ", 1)[-1]  # "Vos réactions (1)", "Your comments (3)"
    m = _COUNT_AFTER.fullmatch(key)
    if m is not None:
        label = counter_nouns().get(m["noun"].strip())
        # "Comments 87" without a bracket or colon; "Pictures 2023" is a heading
        if label in _BARE_COUNT_LABELS or m["sep"] is not None:
            return label
    for cue in reading_time_cues():
        # "Reading time: 4 minutes", not "Reading time is falling 4%"
        if key.startswith(cue) and key[len(cue) :].lstrip()[:1] in _AFTER_READING_CUE:
            return labels.METADATA
    if key.startswith(("read", "estimated")) and _READ_MINUTES.fullmatch(key):
        return labels.METADATA  # "Read 3 Min": the reading time, its verb first
    return None


def _is_printed_stamp(text: str, info: LineInfo) -> bool:
    """ "Updated: Tuesday, November 19, 2019 08:38 AM", "5h ago": a short line with a
    digit that is a time stamp and nothing more (most lines have no digit, and
    the caller tests for a digit first)."""
    if info.words > _STAMP_MAX_WORDS:
        return False
    if is_date_only(text):
        return True
    # "Hace 3 horas", "Il y a 2 heures", "2 uur geleden": a relative stamp of another
    # lexicon language (the decision reads the text alone, whatever the page's language)
    ago, day, unit = relative_word_patterns(_STAMP_LANGUAGES)
    if day.search(text) is None and (ago.search(text) is None or unit.search(text) is None):
        return False  # every language's words first: "today", or "ago" and a unit of time
    return any(
        has_relative(text, language=code) and is_date_only(text, language=code)
        for code in _STAMP_LANGUAGES
    )


_CLOCK_LINE = re.compile(
    r"([01]?\d|2[0-3])[:.h]([0-5]\d)(?: ?(?:[Uu]hr|h|([AaPp])\.?[Mm]\.?))?(?: [A-Z]{2,4})?"
)
"""A time of day alone: "20:14", "16h51", "21:15 Uhr", "11.40 h", "4:30pm", "11:40 a.m.",
with its zone or not ("22:49 IST", "10:42 BST", "4:30pm ET")."""
_CLOCK_LINE_CHARS = 16
"""Longest line :func:`_mark_live_stamps` reads ("11:40 a.m. CEST")."""
LIVE_STAMPS_MIN = 3
"""Bare times of day ("20:14") in a run that make a live report's entry stamps."""
_LINK_REFERENCE = re.compile(r"(\d{1,5})\.[ \t]+[A-Za-z][A-Za-z0-9+.-]{1,20}:\S{1,4000}")
"""One entry of the list of links a text browser prints under the page ("12.
https://example.com/news/", "15. whatsapp://send?text=…", "16. tel:+3120…"): the number
it printed in brackets in the text, and an address of any scheme."""
_REFERENCES_HEADINGS = frozenset(
    {"references", "visible links", "visible links:", "hidden links:"}
    | {"referencias", "références", "referências", "riferimenti", "verweise", "verwijzingen"}
)
"""The headings lynx prints over that list, in English or in its translations (it
follows the locale it runs in, not the page's language)."""
LINK_REFERENCES_MIN_RUN = 3
"""Numbered addresses in a row, counting up by one, that make a list of references
without its heading: a story may print an address or two in a numbered list of
sources, not three numbered in sequence with nothing else on their lines."""


def _mark_link_references(
    blocks: Sequence[Block], changes: dict[int, tuple[str, str]], protected: set[int]
) -> None:
    """Label the list of links a text browser prints under the page (``lynx -dump``'s
    "References" and its numbered addresses) ``navigation``: the page's links, every
    one, not the story's sources."""
    i = 0
    n = len(blocks)
    while i < n:
        first = _LINK_REFERENCE.fullmatch(blocks[i].text)
        if first is None:
            i += 1
            continue
        run = [i]
        expected = int(first.group(1)) + 1
        j = i + 1
        while j < n:
            text = blocks[j].text
            entry = _LINK_REFERENCE.fullmatch(text)
            if entry is not None and int(entry.group(1)) == expected:
                run.append(j)
                expected += 1
            elif text.casefold() in _REFERENCES_HEADINGS:
                run.append(j)  # "Hidden links:" between the two lists
            else:
                break
            j += 1
        # the headings over it: "References", then perhaps "Visible links"
        top = i
        while top > 0 and blocks[top - 1].text.casefold() in _REFERENCES_HEADINGS:
            top -= 1
        heading = top < i
        run[:0] = range(top, i)
        entries = sum(1 for k in run if blocks[k].text.casefold() not in _REFERENCES_HEADINGS)
        if heading or entries >= LINK_REFERENCES_MIN_RUN:
            for k in run:
                if k not in protected:
                    changes[k] = (labels.NAVIGATION, "link_references")
        i = j


_LIVE_STAMP = (labels.METADATA, "live_stamps")


def _mark_live_stamps(
    blocks: Sequence[Block], changes: dict[int, tuple[str, str]], protected: Collection[int]
) -> None:
    """A live report's entry stamps printed as a bare time ("20:14", "19:40", …):
    :data:`LIVE_STAMPS_MIN` or more lines that are a time of day and nothing else,
    each followed by a line that is not one, newest first. One such line alone may
    be a score or a schedule's row; so may a block of them in a row, times out of
    order, or times oldest first (a day's timetable, "09:00" / "Guests arrive")
    (``live_stamps``). Unlike a teaser's time stamp, they are left out of the model's
    view: the entries between them stay neighbours."""
    stamps: list[tuple[int, int]] = []
    for i, block in enumerate(blocks):
        text = block.text
        if not text[:1].isdigit() or len(text) > _CLOCK_LINE_CHARS:
            continue  # most lines, at the cost of one look
        if i in protected or block.label != labels.BODY:
            continue
        if i in changes and changes[i][1] != "bare_timestamp":
            continue  # a time alone that no other rule took, or that bare_timestamp did
        m = _CLOCK_LINE.fullmatch(text.strip())
        if m is not None:
            stamps.append((i, _minutes_of_day(m)))
    if len(stamps) < LIVE_STAMPS_MIN:
        return
    at = {i for i, _ in stamps}
    if any(i + 1 in at or i + 1 >= len(blocks) for i, _ in stamps):
        return  # two stamps in a row: a column of times, not entries
    minutes = [m for _, m in stamps]
    # newest first; the first entry may be a pinned summary stamped later than the rest
    # would let it be ("What we know so far" at 14:58 over the 15:04 entry)
    if all(a >= b for a, b in itertools.pairwise(minutes)) or (
        len(minutes) > LIVE_STAMPS_MIN and all(a >= b for a, b in itertools.pairwise(minutes[1:]))
    ):
        for i, _ in stamps:
            changes[i] = _LIVE_STAMP


LIVE_ENTRY_MAX_LINES = 15
"""Lines read as the last entry of a live report (it has no stamp under it to end it)."""


def _ends_entry(change: tuple[str, str] | None, info: LineInfo) -> bool:
    """A line a cue rule removed that no live entry holds (a related heading, a promo)."""
    return (
        change is not None
        and change[1] != "model"
        and change not in _INLINE_FURNITURE
        and not _entry_share_button(change, info)
    )


def _keep_live_entries(
    infos: Sequence[LineInfo], view: Sequence[int], changes: dict[int, tuple[str, str]]
) -> None:
    """Give back the entries of a live report the model removed: the lines from one
    entry stamp (``live_stamps``) to the next are one entry, and an entry next to a
    kept one is the report's too when it holds a sentence; inside a kept entry, its
    heading comes back as well ("Governor: 'This is your last chance to leave'").

    The model judges each line by its neighbours; between stamps, share buttons and
    short entry headings, a report's later entries look like the tail of a page. An
    entry holding a line a cue rule removed (a related heading, a newsletter box) is
    no entry, and ends the chain: a rail of stamped teasers under the report stays
    out. The last entry ends at its last sentence, before the page's furniture.
    """
    stamps = sorted(i for i, change in changes.items() if change == _LIVE_STAMP)
    if len(stamps) < LIVE_STAMPS_MIN:
        return
    entries: list[list[int]] = []
    for k, stamp in enumerate(stamps):
        stop = stamps[k + 1] if k + 1 < len(stamps) else None
        # the view is in block order: the entry is one slice of it
        lo = bisect.bisect_right(view, stamp)
        hi = len(view) if stop is None else bisect.bisect_left(view, stop)
        lines = list(view[lo:hi])
        if stop is None:
            lines = lines[:LIVE_ENTRY_MAX_LINES]
            cut = next(
                (n for n, i in enumerate(lines) if _ends_entry(changes.get(i), infos[i])),
                len(lines),
            )
            lines = lines[:cut]
            # its first paragraph may speak to the reader ("Welcome to our live coverage
            # …": the report's opening entry); the page's own calls under it do too ("Send
            # us your pictures …"), so past the first, only plain sentences count
            sentences = [
                n
                for n, i in enumerate(lines)
                if _sentence_shaped_apart_from_quotes(infos[i])
                and (
                    n == 0
                    or _sentence_shaped(infos[i])
                    or not any(_sentence_shaped_apart_from_quotes(infos[j]) for j in lines[:n])
                )
            ]
            lines = lines[: sentences[-1] + 1] if sentences else []
        entries.append(lines)

    def kept(lines: Sequence[int]) -> bool:
        return any(i not in changes and infos[i].is_prose for i in lines)

    def story(lines: Sequence[int]) -> bool:
        return bool(lines) and not any(_ends_entry(changes.get(i), infos[i]) for i in lines)

    chained = [story(lines) and kept(lines) for lines in entries]
    for order in (range(len(entries)), range(len(entries) - 1, -1, -1)):
        before = None
        for k in order:
            lines = entries[k]
            if not chained[k] and before is not None and chained[before] and story(lines):
                chained[k] = any(_sentence_shaped_apart_from_quotes(infos[i]) for i in lines)
            before = k
    for lines, keep in zip(entries, chained, strict=True):
        if keep:
            _undo_model((i for i in lines if _WORD_CHAR.search(infos[i].key)), changes)


def _minutes_of_day(clock: re.Match[str]) -> int:
    """Minutes since midnight of a :data:`_CLOCK_LINE` match; "12:05am" is 5, "1:20pm"
    is 800 (a 12-hour time out of range, "14:10pm", counts as written)."""
    hour, minute, half = int(clock.group(1)), int(clock.group(2)), clock.group(3)
    if half is not None and hour <= 12:
        hour = hour % 12 + (12 if half in "Pp" else 0)
    return hour * 60 + minute


_STAMP_LANGUAGES = tuple(code for code in lexicons.LANGUAGES if code != "en")
"""The languages whose relative stamps are read besides English ("Hace 3 horas")."""


_SHARE_BAR_MAX_WORDS = 10
_BAR_PUNCT = str.maketrans(dict.fromkeys(",.:;!?()[]|•·/", " "))
"""Read as spaces between the words of a share bar; a hyphen stays ("e-mail" is one
button)."""
_SHARE_ROW_MIN_NETWORKS = 2
_SHARE_ROW_MIN_REPEATS = 2
"""A row with a word that is neither a network nor a button word is a share bar
when it names two networks and comes twice or more in the text."""
"""Longest row of share buttons read as one line."""
_SHARE_SITES = frozenset(
    {"reddit", "tumblr", "messenger", "vk", "xing", "viber", "вконтакте", "одноклассники"}
)
"""Sites found in share bars but not in follow prompts."""
_BAR_SITES = SOCIAL_NETWORKS | _SHARE_SITES


def _is_share_bar(info: LineInfo) -> bool:
    """Share buttons run together: network names and button words only ("Facebook
    Twitter WhatsApp Email"), two or more of them."""
    counts = _share_bar_counts(info)
    if counts is None:
        return False
    networks, buttons, words = counts
    # nothing but names and buttons: "Facebook Instagram WhatsApp outage" is a heading;
    # a row of buttons alone ("Teilen Twittern Mailen", "Deel Bewaar") has two or more;
    # a button may name what it shares ("Artikel teilen Facebook WhatsApp E-Mail")
    shared = int(buttons > 0 and not _SHARED_OBJECTS.isdisjoint(info.key.split()))
    return networks + buttons >= 2 and networks + buttons + shared == words


_SHARED_OBJECTS = frozenset(
    {"article", "artikel", "beitrag", "articolo", "artículo", "artigo", "story"}
    | {"nota", "noticia", "notícia", "notizia", "reportagem", "bericht"}
)
"""What a share button names beside its verb ("Share article", "Artikel teilen")."""
_SHARE_ON_WORDS = _ON_WORDS | {"no", "na", "på", "em", "via", "w"}
"""The word between a share button and its network, in more languages than the
lexicons ("Dela på Facebook", "Udostępnij na Facebooku")."""


def _is_share_on(info: LineInfo) -> bool:
    """A share button spelled out: a share word, "on" and one network ("Deel op
    Facebook", "Partilhar no Facebook"); "Reaction on Twitter" is a crosshead."""
    if info.words != 3 or info.ends_sentence:
        return False
    words = info.key.split()
    return (
        len(words) == 3
        and words[1] in _SHARE_ON_WORDS
        and words[2] in _BAR_SITES
        and words[0] in share_button_words()
    )


_SHARE_JOINERS = _SHARE_ON_WORDS | frozenset(
    {"par", "por", "per", "via", "le", "la", "el", "de"}
    | {"copier", "copiar", "copia", "kopieren", "kopiëren", "kopiere", "lien", "enlace"}
    | {"link", "liens", "lenk", "correo", "courriel", "e-mail", "mail", "email"}
)
"""Words a share bar spells its buttons out with besides the network names and the
button words: "Partager sur Facebook … Envoyer par e-mail Copier le lien"."""
_SHARE_PHRASES_MAX_WORDS = 20
_SHARE_PHRASE_MIN_BUTTONS = 2
_SHARE_PHRASE_MIN_NETWORKS = 3
"""Spelled out, a share bar has two button words or more ("Partager … Partager …"), or
three networks or more ("Facebook X LinkedIn WhatsApp Copier le lien")."""

MENU_LINE_MIN_WORDS = 5
MENU_LINE_MAX_WORDS = 16
MENU_LINE_SECTION_SHARE = 0.75
"""A menu run together on one line ("News Nation Regions Business Sports Opinion"):
five to sixteen capitalised words (one word in lower case at most, "Faits divers"),
no function word, figure, link or punctuation, three in four of them or more the
names of sections or furniture lines ("Subscribe"). A headline in Title Case has
function words or names things no menu holds ("Trump Signs Executive Order Banning
TikTok", "Local Business Community Mourns City Council Member")."""


def is_menu_line(text: str) -> bool:
    """Whether ``text`` is a menu run together on one line (the ``menu_line`` rule)."""
    return _is_menu_line(text, line_info(text, cue_index()))


def _is_menu_line(text: str, info: LineInfo) -> bool:
    if not MENU_LINE_MIN_WORDS <= info.words <= MENU_LINE_MAX_WORDS or info.stop_share > 0:
        return False
    if info.ends_sentence or info.has_link or any(c in text for c in _MENU_LINE_PUNCT):
        return False
    raw = LINK_MARK.sub(" ", text).split() if "[" in text else text.split()
    if sum(1 for w in raw if not w[:1].isupper()) > 1 or any(c.isdigit() for c in "".join(raw)):
        return False
    words = info.key.split()
    index = cue_index()
    named = section_words()
    known = sum(1 for w in words if w in named or index.match_line(w) is not None)
    return known >= MENU_LINE_SECTION_SHARE * len(words)


_MENU_LINE_PUNCT = frozenset(',:;|()"“”«»')

MARKED_MENU_ITEM_MAX_WORDS = 3
"""Words of one entry of a menu a text browser numbered ("[3]Marinha Grande"); a
teaser's headline is longer."""


def _is_marked_menu(text: str) -> bool:
    """A row of links a text browser numbered, nothing before the first, each entry a
    name of one to three capitalised words and no sentence: "[1]Região de Leiria Info
    [2]Leiria [3]Marinha Grande", "[16]Weerbericht [17]Verkeersinformatie". The numbers
    say where each link starts; a link inside a sentence has the sentence's words
    before it."""
    if "[" not in text:
        return False
    parts = LINK_MARK.split(text)
    if parts[0].strip() or len(parts) < _MARKED_MIN_BUTTONS + 1:
        return False
    for part in parts[1:]:
        words = part.split()
        if not 0 < len(words) <= MARKED_MENU_ITEM_MAX_WORDS or part.rstrip()[-1:] in ".!?:,;":
            return False
        if not _capitalised_name(words):
            return False
    return True


def _is_share_phrases(info: LineInfo) -> bool:
    """Share buttons spelled out and run together: two networks or more, and besides
    them only button words and the words joining them ("Partager sur Facebook
    Partager sur X Envoyer par e-mail Copier le lien", "Delen via Facebook Delen via
    WhatsApp"); a sentence naming networks has other words."""
    if info.words > _SHARE_PHRASES_MAX_WORDS or info.ends_sentence:
        return False
    counts = _bar_word_counts(info.key)
    if counts is None or counts[0] < _SHARE_ROW_MIN_NETWORKS:
        return False
    if counts[1] < _SHARE_PHRASE_MIN_BUTTONS and counts[0] < _SHARE_PHRASE_MIN_NETWORKS:
        return False  # "Share a TikTok on Instagram" is a how-to's heading
    buttons = share_button_words()
    head, colon, tail = info.key.partition(":")
    words = info.key.translate(_BAR_PUNCT).split()
    if (
        colon
        and len(head.split()) <= _SHARE_LABEL_MAX_WORDS
        and not buttons.isdisjoint(head.translate(_BAR_PUNCT).split())
    ):
        # "Partager l'article sur les réseaux sociaux : Facebook X LinkedIn Copier le
        # lien": the bar's label, with its share word, before the colon, and the bar's
        # networks after it ("Reader comments from Facebook and X:" names them before)
        words = tail.translate(_BAR_PUNCT).split()
        if sum(1 for w in words if w in _BAR_SITES) < _SHARE_ROW_MIN_NETWORKS:
            return False
    if not buttons.isdisjoint(words):
        buttons = buttons | side_button_words()  # "Compartir … Comentarios"
    return all(w in _BAR_SITES or w in buttons or w in _SHARE_JOINERS or w == "x" for w in words)


_SHARE_LABEL_MAX_WORDS = 8
"""Words of a share bar's label before its colon ("Partager l'article sur les réseaux
sociaux :", "Share this story:")."""


def _share_bar_counts(info: LineInfo) -> tuple[int, int, int] | None:
    """(network names, button words, words) of a short line naming a network, no
    sentence and no function word; ``None`` for any other line."""
    if info.words > _SHARE_BAR_MAX_WORDS or info.ends_sentence or info.stop_share > 0:
        return None
    return _bar_word_counts(info.key)


_BUTTON_ROW_MAX_WORDS = 5
"""A row of share buttons without a network's name: "Share Print Email", "Deel Bewaar"."""


@functools.lru_cache(maxsize=4096)
def _bar_word_counts(key: str) -> tuple[int, int, int] | None:
    """The counts of :func:`_share_bar_counts` for a line key, cached: the cue rules
    and the repeated-rows rule both ask for the same short lines."""
    words = key.translate(_BAR_PUNCT).split()
    button_words = share_button_words()
    if _BAR_SITES.isdisjoint(words) and (
        len(words) > _BUTTON_ROW_MAX_WORDS or button_words.isdisjoint(words)
    ):
        return None  # most lines name no network and hold no button word: set tests
    networks = sum(1 for w in words if w in _BAR_SITES)
    if networks:
        networks += words.count("x")  # "X" is a network only beside another one
    buttons = sum(1 for w in words if w in button_words)
    if buttons:
        # comment, save and listen buttons beside a share button ("Partilhar Comentar
        # (87)"); without one, "Comments on Twitter" is a crosshead
        buttons += sum(1 for w in words if w in side_button_words())
    if networks + buttons >= 2:
        # a button's counter beside it ("Like 0 Tweet Share", "Share 12 Tweet 3"): part of
        # the bar
        buttons += sum(1 for w in words if w.isdigit() and len(w) <= _COUNTER_MAX_DIGITS)
    return networks, buttons, len(words)


_COUNTER_MAX_DIGITS = 6
"""Digits of a share or like counter run into a row of buttons."""


def _mark_repeated_share_rows(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Rows naming two networks with one word besides, printed again and again.

    A site's own button word ("Whatsapp Facebook Pint Baixar", with its own
    short form of Pinterest) is in no lexicon; the row coming back under every
    item of the page is what gives it away. A heading naming networks
    ("Facebook Instagram WhatsApp outage") is printed once.
    """
    rows: dict[str, list[int]] = {}
    for i, info in enumerate(infos):
        if info.words < _SHARE_ROW_MIN_NETWORKS or blocks[i].label != labels.BODY:
            continue
        if i in changes or i in protected:
            continue
        counts = _share_bar_counts(info)
        if counts is None:
            continue
        networks, buttons, words = counts
        if networks >= _SHARE_ROW_MIN_NETWORKS and words - networks - buttons <= 1:
            rows.setdefault(info.key, []).append(i)
    for group in rows.values():
        if len(group) >= _SHARE_ROW_MIN_REPEATS:
            for i in group:
                changes[i] = (labels.SHARE, "share_bar")


def _shaped_note(
    text: str, key: str, info: LineInfo, disabled: Collection[str]
) -> tuple[str, str] | None:
    """``(label, rule)`` of a note known by its opening and its shape, not by a fixed
    phrase: each opening alone also starts story sentences, so each has its test
    (:data:`_SHAPED_NOTES`)."""
    for openings, label, rule, fits in _SHAPED_NOTES:
        if rule not in disabled and key.startswith(openings) and fits(text, key, info):
            return label, rule
    return None


def _review_date(_text: str, key: str, _info: LineInfo) -> bool:
    return _LAST_REVIEWED.fullmatch(key) is not None


def _with_colon(_text: str, key: str, _info: LineInfo) -> bool:
    """ "Why you can trust Example Reviews: …": a name of a few words, then the colon."""
    head, colon, _rest = key.partition(":")
    return bool(colon) and len(head.split()) <= _TRUST_HEAD_WORDS


_TRUST_HEAD_WORDS = 7
"""Words up to the colon: "why you can trust", then the outlet's name."""


def _app_prompt(_text: str, key: str, info: LineInfo) -> bool:
    return (
        info.words <= _APP_PROMPT_MAX_WORDS
        and _APP_WORD.search(key, 0, _APP_WITHIN_CHARS) is not None
        and _ATTRIBUTED.search(key) is None  # "…, the minister said": reported speech
    )


_ATTRIBUTED = re.compile(r"\b(?:said|says|told|urged|urges|asked|according to)\b")


def _book_details(text: str, key: str, info: LineInfo) -> bool:
    return (
        " published by " in key
        and info.words <= _BOOK_DETAILS_MAX_WORDS
        and _BOOK_DETAILS.search(text) is not None
    )


def _print_edition(_text: str, key: str, info: LineInfo) -> bool:
    return info.words <= _PUBLISHED_IN_MAX_WORDS and _PUBLISHED_IN.fullmatch(key) is not None


def _syndication_note(_text: str, key: str, _info: LineInfo) -> bool:
    note = _FIRST_PUBLISHED.match(key)
    return (
        note is not None
        and len(key[note.end() :].split()) <= _FIRST_PUBLISHED_TAIL_WORDS
        and _NOTE_TAIL.fullmatch(key, note.end()) is not None
    )


_NoteTest = Callable[[str, str, LineInfo], bool]
_SHAPED_NOTES: tuple[tuple[str | tuple[str, ...], str, str, _NoteTest], ...] = (
    # "Last reviewed: February 20, 2024" (a date alone after it)
    (("last reviewed", "reviewed on"), labels.METADATA, "line_prefix", _review_date),
    # "Why you can trust Example Reviews: we test …" (a crosshead has no colon)
    ("why you can trust ", labels.METADATA, "line_prefix", _with_colon),
    # "Download the Example 7 Weather app for live radar and alerts"
    ("download the ", labels.PROMO, "line_prefix", _app_prompt),
    # "The Year is published by Example Press, £16.99." (any opening: the title)
    ("", labels.METADATA, "source_credit", _book_details),
    # "Published in Example Mirror, June 18th, 2024"
    ("published in ", labels.METADATA, "line_prefix", _print_edition),
    # "This report by … was first published March 28, 2024."
    ("this ", labels.METADATA, "line_prefix", _syndication_note),
)
"""Notes known by their shape: (openings of the line key, label, rule, test)."""
_NOTE_OPENINGS = tuple(
    o
    for openings, *_ in _SHAPED_NOTES
    for o in ((openings,) if isinstance(openings, str) else openings)
    if o
)
"""Every non-empty opening of :data:`_SHAPED_NOTES`, for one test of a line first."""

_APP_WORD = re.compile(r" app\b")
_APP_PROMPT_MAX_WORDS = 25
_APP_WITHIN_CHARS = 60
"""An app prompt opens "Download the" and names the app within these characters
("Download the Example 7 First Alert Weather app for live radar and alerts")."""
_BOOK_DETAILS = re.compile(r" is published by [^,;]{2,60}(?:,| at) [£$€]\s?\d[\d.,]{0,8}\.?$")
"""A review's details of the book under it: "The Harmattan Year is published by Example
Press, £16.99." (the publisher and the price close the line)."""
_BOOK_DETAILS_MAX_WORDS = 20
_PUBLISHED_IN = re.compile(
    r"published in [^,]{2,60}, (?:[^\W\d_]{3,12}\.? \d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:st|nd|rd|th)? [^\W\d_]{3,12}\.?),? (?:19|20)\d\d\.?"
)
"""A newspaper's web footer naming the print edition, in a line key: "Published in
Example Mirror, June 18th, 2024" (the outlet, then the day and year)."""
_PUBLISHED_IN_MAX_WORDS = 12
_FIRST_PUBLISHED = re.compile(
    r"this (?:report|story|article|piece|post)(?: by [^,;:]{1,60}?)? was (?:first|originally) "
    r"published\b"
)
"""A syndicated story's note, in a line key: "This report by The Canadian Press was first
published March 28, 2024.", "This story was originally published by …"."""
_LAST_REVIEWED = re.compile(
    r"(?:last reviewed|reviewed on)(?: on)?:? (?:[^\W\d_]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? "
    r"|\d{1,2}(?:st|nd|rd|th)? [^\W\d_]{3,9}\.?,? |\d{1,2}[./-]\d{1,2}[./-])?\d{2,4}\.?"
)
"""A health page's review date alone: "Last reviewed: February 20, 2024"."""
_NOTE_TAIL = re.compile(r"[^,;]*(?:, (?:19|20)\d\d)?[.]?")
"""After "published": a day, "by"/"in"/"on" and an outlet, no clause ("… in 2019,
officials said." is the story's)."""
_FIRST_PUBLISHED_TAIL_WORDS = 6
"""Words after "published" in the note: a date, "by"/"in" and an outlet. More is a
sentence of the story about a report ("… in 1998 and has since been cited by …")."""
_WRITE_IN = ("get in touch", "contact us", "write to", "tell us")
_WRITE_IN_WORDS = frozenset({"email", "e-mail", "send", "message", "write", "contact"})
"""How a call for readers' stories says to write in, after its question (its phrases,
and its first words)."""
_AFTER_ADDRESS = re.compile(r"[\s.,;:)]*(?:or (?:call |at )?\+?[\d(][\d ().-]{5,20}[\s.]*)?")
"""What may follow the address that closes a contact line: a phone number."""


def _address_closes(text: str) -> bool:
    """Whether an e-mail address closes ``text``, or a phone number after it ("… at
    jdoe@example.com or 601-555-0134.")."""
    addresses = list(_EMAIL.finditer(text))
    return bool(addresses) and _AFTER_ADDRESS.fullmatch(text, addresses[-1].end()) is not None


_WRITE_IN_MAX_WORDS = 10
"""Words of the write-in part: a verb, perhaps a name, the address."""
_REACHED_AT = re.compile(r"\b(?:can|may) be (?:reached|contacted) (?:at|by|via|on)\b")
"""A writer's contact note after the story: "Jane Doe can be reached at jane@…"."""


def _is_contact_line(text: str, info: LineInfo) -> bool:
    """ "Write to Jane Doe at jane@example.com", "Reach the reporters on Twitter at
    https://…": a write-to opening and an address (e-mail, link or handle); or "Jane
    Doe can be reached at jane@example.com or 555-0134", which needs the e-mail (a
    road "can be reached on foot" is story)."""
    if info.words > _CONTACT_LINE_MAX_WORDS:
        return False
    reach = _REACH_NAME_AT.match(text)
    if reach is not None and _contact_rest(text[reach.end() :]):
        return True  # "Reach Kelsey Ortiz at 555-0134 or follow her on X @kortiz."
    if "@" in text and _REACHED_AT.search(info.key) and _address_closes(text):
        return True  # not "The clerk can be reached at clerk@…, the county said."
    if "?" in text and "@" in text and _address_closes(text):
        # "Are you at the airport? Get in touch by emailing live@…": a call for readers'
        # stories (a question to the reader, then how to write in)
        answer = info.key.rsplit("?", 1)[1].strip()
        first = answer.split(" ", 1)[0]
        if (first in _WRITE_IN_WORDS or answer.startswith(_WRITE_IN)) and len(
            answer.split()
        ) <= _WRITE_IN_MAX_WORDS:
            return True  # "Emails obtained by the paper were sent to …" is the story's
    return info.key.startswith(contact_openings()) and (
        _EMAIL.search(text) is not None
        # an address last, on a line that does not end like a sentence of the
        # story, or right after the opening ("For more information, visit
        # www.example.com."; not "You can reach the summit by the trail at …")
        or (
            _ends_with_address(text)
            and (not info.ends_sentence or _address_follows_opening(info.key))
        )
    )


_REACH_NAME_AT = re.compile(
    r"(?:Reach|Contact|Email|E-mail|Call)[ \t]+(?:[A-Z][\w'’.-]{0,30}[ \t]+){1,3}at[ \t]+"
    r"(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}"  # an e-mail address
    r"|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|\d{3}[ .-]\d{4})\b"  # a phone number
)
"""A writer's contact line: a contact verb, the writer's name (one to three capitalised
words) and "at" an e-mail address or a phone number ("Reach Kelsey Ortiz at 555-0134",
"Contact Jane Doe at jdoe@example.com"); "Reach the summit at 2,000 metres" names
nobody and gives no number of a phone's shape."""


_CONTACT_REST = re.compile(r"[ \t]*[.;]?[ \t]*(?:(?:or|and)[ \t][^\n]{0,120})?")
"""What may follow the address on a writer's contact line: nothing, or another way to
reach them ("or follow her on X @kortiz", "and Megan Porter at …")."""


def _contact_rest(rest: str) -> bool:
    """Whether ``rest``, after a contact line's address, is another way to reach the
    writer or nothing ("… to take part in the survey, the council said" is a sentence)."""
    return _CONTACT_REST.fullmatch(rest) is not None and SPEECH.search(rest) is None


_OPENING_TO_ADDRESS_WORDS = 2
"""Words a pointer puts between its opening and the address ("Reach us at")."""


def _address_follows_opening(key: str) -> bool:
    opening = next(o for o in contact_openings() if key.startswith(o))
    return len(key[len(opening) :].split()) <= _OPENING_TO_ADDRESS_WORDS + 1


def _ends_with_address(text: str) -> bool:
    """Whether the line's last word is a web address or a handle: "… at
    https://twitter.com/janedoe", not "… at www.example.org, the campaign urged"."""
    words = text.rstrip(" .;,:!)").split()
    return bool(words) and words[-1].lower().startswith(("http://", "https://", "www.", "@"))


def _is_follow_prompt(text: str, info: LineInfo) -> bool:
    """ "Follow us on Facebook, Twitter and Instagram": a follow opening and two networks,
    or a follow opening, someone to follow and the address to follow them at, or a
    handle alone after the opening ("Follow @janedoe")."""
    key = info.key
    if info.words > _FOLLOW_PROMPT_MAX_WORDS or not key.startswith(follow_openings()):
        return False
    if _ends_with_address(text):
        # "Follow our full coverage at https://…", "Follow Jane Doe at @jane", not
        # "Follow the money at www.example.org"
        opening = next(o for o in follow_openings() if key.startswith(o))
        words = text.split()
        after = words[len(opening.split())] if len(words) > len(opening.split()) else ""
        if (
            after[:1].isupper()
            or after.casefold().strip(",") in follow_objects()
            or (after.startswith("@") and len(words) == len(opening.split()) + 1)
        ):
            return True  # "Follow @janedoe", "Siga @example": the handle alone
        if (
            3 <= len(words) <= _FOLLOW_ONE_NETWORK_MAX_WORDS + 4
            and words[-1].startswith("@")
            and words[-3].casefold() in _ON_WORDS
            and (words[-2].casefold() in SOCIAL_NETWORKS or words[-2] == "X")
        ):
            return True  # "Follow the Star's sport team on X @StarSport": where, and the handle
    # "Follow X on Facebook and Twitter": the networks come after "on" (or its kin)
    words = _WORD.findall(key)
    at = next((k for k, w in enumerate(words) if w in _ON_WORDS), None)
    if at is None:
        return False
    networks = set(words[at:]) & SOCIAL_NETWORKS
    if len(networks) >= 2:
        return True
    # "Follow Jane on Twitter", "Follow us on Instagram": one network ends a short line
    # that follows a name or "us"; "Follow the money on Facebook" follows no one
    opening = next(o for o in follow_openings() if key.startswith(o))
    raw = text.split()
    while raw and not any(c.isalnum() for c in raw[0]):
        raw.pop(0)  # a list bullet the line key leaves out
    n = len(opening.split())
    after = raw[n] if len(raw) > n else ""
    if after.startswith("@") and len(raw) == n + 3 and raw[n + 1].casefold() in _ON_WORDS:
        # "Follow @janedoe on X": after a handle, the one capitalised word is a network
        return raw[n + 2][:1].isupper()
    return (
        len(networks) == 1
        and info.words <= _FOLLOW_ONE_NETWORK_MAX_WORDS
        and words[-1] in SOCIAL_NETWORKS
        and (after[:1].isupper() or after.casefold().strip(",") in follow_objects())
    )


def _is_link_title(text: str, info: LineInfo) -> bool:
    """A page title pasted as a link: "Vladimir Putin | Biography, Facts | Britannica".

    Segments joined by " | ", none a sentence, the last one short like a site
    name; prose does not use the pipe.
    """
    if " | " not in text or info.words > _LINK_TITLE_MAX_WORDS or info.ends_sentence:
        return False
    if text.startswith("|") or text.endswith("|"):
        return False  # a table row
    parts = [p.strip() for p in text.split(" | ")]
    if len(parts) < 2 or not all(parts):
        return False
    if all(_ANY_DIGIT.search(part) for part in parts):
        return False  # a row of figures ("Prep 15 minutes | Cook 50 minutes"); site names have none
    if len(parts) == 2 and _CLOCK_LINE.fullmatch(parts[0]):
        return False  # "20:00 | Cierran los colegios": a live report's entry, its time first
    return len(parts[-1].split()) <= _SITE_NAME_MAX_WORDS and parts[-1][0].isupper()


def _tail_sections(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
    disabled: Collection[str],
) -> None:
    """Sections that close a page after the story, taken to the end.

    ``explainer_box``: "<topic>: Everything you need to know" and the background
    prose and links under it (the cue alone heads a section of the story).
    ``comment_thread``: a comment section header ("Top Rated Comments", "3
    comments") and the readers' posts under it.
    A box header counts only in the last part of the text (less than
    :data:`_TAIL_MAX_SHARE` of the body's words after it); a comment header only
    after a good part of the story, so the same words inside a story, or a
    "Comments" button near its top, change nothing.
    """
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    in_body = set(body)
    # words, prose lines and prose words of the body above each line, read off running
    # sums at the few lines that can head a section (a page of a hundred thousand short
    # lines has next to none, and no loop over every line then runs in Python)
    words_above = [0, *itertools.accumulate(infos[i].words for i in body)]
    prose_above = [0, *itertools.accumulate(infos[i].is_prose for i in body)]
    prose_words_above = [
        0,
        *itertools.accumulate(infos[i].words if infos[i].is_prose else 0 for i in body),
    ]
    total = words_above[-1] or 1
    prose_total = prose_words_above[-1]
    headers = box_headers()
    heading_words = tail_heading_words()
    # the lines that may open a teaser, about or contact heading (a short body line whose
    # first word opens one), the body's section headers, and the comment lines a cue took
    heading_words = heading_words | more_words()
    headings = {
        i
        for i, (block, info) in enumerate(zip(blocks, infos, strict=True))
        if info.words <= _TEASER_MAX_WORDS
        and block.label == labels.BODY
        and info.key.split(" ", 1)[0].rstrip(".:!?…· ") in heading_words
    }
    candidates = sorted(
        headings
        | {i for i in body if _is_section_header(infos[i])}
        | {i for i, change in changes.items() if change[0] == labels.COMMENTS}
    )
    # only the first teaser (about) heading of the body may end it: a later one would
    # count its share on what the first removal left, and cleaning again would cut more
    teaser_seen = about_seen = contact_seen = False
    for i in candidates:
        info = infos[i]
        above = bisect.bisect_left(body, i)
        before = words_above[above]
        prose_before = prose_above[above]
        prose_words_before = prose_words_above[above]
        rule = label = None
        is_teaser = is_about = is_contact = False
        if i in headings:
            is_teaser = _is_teaser_header(blocks[i].text, info) or _more_over_teasers(
                blocks, infos, changes, protected, i
            )
            is_about = (
                not is_teaser
                and _is_tail_heading(blocks[i].text, info, about_headers())
                and _about_box_named(blocks, infos, i)
            )
            is_contact = not (is_teaser or is_about) and _is_tail_heading(
                blocks[i].text, info, contact_headers()
            )
        if (
            i in in_body
            and "explainer_box" not in disabled
            and (total - before) / total <= _TAIL_MAX_SHARE
            and _is_section_header(info)
            and _is_box_title(info.key, headers)
        ):
            rule, label = "explainer_box", labels.RELATED
        if (
            rule is None
            and "comment_thread" not in disabled
            and (
                changes.get(i, ("", ""))[0] == labels.COMMENTS
                and _is_thread_header(info)
                and prose_before >= _THREAD_MIN_PROSE_BEFORE
                and before / total >= _THREAD_MIN_SHARE_BEFORE
            )
        ):
            if _reported_under(blocks, infos, changes, i):
                # "Reacties" over reported speech: the story's crosshead for reactions
                if changes[i][1] == "exact_line":
                    del changes[i]
                continue
            rule, label = "comment_thread", labels.COMMENTS
        story_above = (
            prose_before >= _THREAD_MIN_PROSE_BEFORE
            and prose_words_before >= _TEASER_MIN_SHARE_BEFORE * prose_total
        )
        if rule is None and story_above and (is_teaser or is_about or is_contact):
            for name, heading, seen, kind in (
                ("teaser_section", is_teaser, teaser_seen, labels.RELATED),
                ("about_box", is_about, about_seen, labels.BOILERPLATE),
                ("contact_box", is_contact, contact_seen, labels.CONTACT),
            ):
                if rule is None and heading and not seen and name not in disabled:
                    rule, label = name, kind
        if rule is not None and label is not None:
            if i in in_body:
                changes[i] = (label, rule)
            # what the model took right under the heading gets the heading's kind (the
            # model only guessed what a line is, and related titles are read from it),
            # up to the first line a cue rule named: the next box begins there
            under_heading = True
            notes = story_note_openings()
            box = 0  # lines under the heading so far, while all are short
            for j in range(i + 1, len(blocks)):
                if blocks[j].label != labels.BODY or j in protected:
                    continue
                decided = changes.get(j)
                if decided is not None and decided[1] == "rating_line":
                    continue  # a teaser's stars under its headline ("★★☆☆☆"): still the box
                if (
                    rule == "teaser_section"
                    and 0 < box <= RESUMED_STORY_MAX_BOX
                    and (decided is None or decided[1] in _GUESSED_KIND_RULES)
                    and (
                        _story_resumes(blocks, infos, changes, j)
                        or _story_resumes_under_crosshead(blocks, infos, changes, j)
                        or _story_resumes_with_a_list(blocks, infos, j)
                    )
                ):
                    # a box inside the story: the story goes on under it (a crosshead
                    # the model took with the box comes back, with the items of a list
                    # run on in lower case under it)
                    changes.pop(j, None)
                    k = _next_body(blocks, j)
                    items = 0
                    while (
                        k is not None
                        and items < CROSSHEAD_LIST_MAX_ITEMS
                        and changes.get(k, ("", "model"))[1] in _GUESSED_KIND_RULES
                        and _run_on_item(blocks[k].text, infos[k])
                        and not infos[k].has_link
                    ):
                        changes.pop(k, None)
                        items += 1
                        k = _next_body(blocks, k)
                    if (
                        items
                        and k is not None
                        and changes.get(k, ("", ""))[1] in _GUESSED_KIND_RULES
                        and _long_prose(infos[k])
                    ):
                        changes.pop(k)  # the story's paragraph under the list, its last
                    return
                if (
                    (decided is None or decided[1] in _GUESSED_KIND_RULES)
                    and infos[j].is_prose
                    and infos[j].key.startswith(notes)
                ):
                    changes.pop(j, None)  # "Correction: An earlier version …": the story's
                    continue
                # a teaser's headline may be long, with a comma, or a question; it ends
                # with no full stop
                stop = blocks[j].text.rstrip("\"”’»)' ")[-1:] in ".。"
                box = box + 1 if box >= 0 and not stop else -1
                if decided is not None and decided[1] not in _GUESSED_KIND_RULES:
                    under_heading = False
                elif decided is None or under_heading:
                    changes[j] = (label, rule)
            return
        # a heading counts as seen only inside the story (a menu entry above it does not)
        in_story = prose_before >= _THREAD_MIN_PROSE_BEFORE
        teaser_seen = teaser_seen or (is_teaser and in_story)
        about_seen = about_seen or (is_about and in_story)
        contact_seen = contact_seen or (is_contact and in_story)


RESUMED_STORY_MIN_WORDS = 12
"""Words of the paragraph the model kept, with a sentence after it, that shows a story
going on under a box in its middle ("Read Next" and a teaser, then more of the story);
a list's items are shorter, a teaser's summary has the next headline under it."""


RESUMED_STORY_MAX_BOX = 4
"""Short lines (a teaser or two, each perhaps under its kicker, and a "more" link)
between a heading and the prose that shows the story going on under them; a longer
list is the page's tail. Two teasers with their kickers ("SOFA SO GOOD" / "Breakfast
host reveals …" / "OFF AIR" / "Radio legend …") make four."""


def _story_resumes(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: Mapping[int, tuple[str, str]],
    j: int,
) -> bool:
    """Whether line ``j`` is a paragraph of running prose and the next kept line a
    sentence at least, both kept by the model: the story again, not more of the box
    over them (a teaser's summary is followed by the next teaser's headline)."""
    if not _long_prose(infos[j]):
        return False
    from newsclean.extract.bylines import opens_like_a_bio

    if opens_like_a_bio(blocks[j].text):
        return False  # "Jane Doe has covered transport since 2015, …": the writer's bio
    for k in range(j + 1, len(blocks)):
        if blocks[k].label != labels.BODY:
            continue
        if changes.get(k, ("", ""))[1] in _STORY_CLOSING_CREDITS:
            return True  # the story's last paragraph over its credits ("dpa/rwz")
        info = infos[k]
        return (
            k not in changes
            and _sentence_shaped_apart_from_quotes(info)
            and info.keyword_phrase is None
            and info.cue_label is None
            and info.cue_prefix_label is None
        )
    return False


_STORY_CLOSING_CREDITS = frozenset({"reporting_credit", "sign_off"})
"""Cue rules that take the credits closing a story ("dpa/rwz", "Reporting by …")."""


RESUMING_LIST_MIN_WORDS = 5
"""Words of a sentence announcing a list with its colon ("Le classement général après
la 5e étape :"); a teaser's headline ends with no colon, a label has fewer words."""


def _story_resumes_with_a_list(blocks: Sequence[Block], infos: Sequence[LineInfo], j: int) -> bool:
    """Whether line ``j`` is a sentence announcing a list, with its colon, and the list
    under it: the story going on under a box in its middle ("À LIRE AUSSI" and a
    teaser, then "Le classement général après la 5e étape :" and the standings)."""
    info = infos[j]
    if (
        not blocks[j].text.rstrip().endswith(":")
        or info.words < RESUMING_LIST_MIN_WORDS
        or info.cue_label is not None
        or info.cue_prefix_label is not None
        or info.keyword_phrase is not None
    ):
        return False
    below = _next_body(blocks, j)
    return below is not None and infos[below].list_marker


SHORT_CROSSHEAD_WORDS = 4
"""Words of a crosshead that need not be a question ("Schools", "What to do")."""


def _story_resumes_under_crosshead(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: Mapping[int, tuple[str, str]],
    j: int,
) -> bool:
    """Whether line ``j`` is a crosshead kept by the model, a question or a few words
    ("How often does this happen?"), with the story resuming under it
    (:func:`_story_resumes`). A teaser's headline over its summary is longer and no
    question; a comment section's header ("Kommentare (18)") is a cue."""
    info = infos[j]
    if (
        changes.get(j, ("", "model"))[1] not in _GUESSED_KIND_RULES
        or info.is_prose
        or info.words > _CROSSHEAD_MAX_WORDS
        or not (info.words <= SHORT_CROSSHEAD_WORDS or blocks[j].text.rstrip().endswith("?"))
        or info.cue_label is not None
        or info.keyword_phrase is not None
        or _is_thread_header(info)
        or _counter_label(info) is not None
    ):
        return False
    below = _next_body(blocks, j)
    items = 0
    run_on = 0  # items of a list whose bullets the renderer dropped
    while (
        below is not None
        and items < CROSSHEAD_LIST_MAX_ITEMS
        and changes.get(below, ("", "model"))[1] in _GUESSED_KIND_RULES
        and not infos[below].has_link
    ):
        # a list the crosshead heads ("Das raten Verbraucherschützer" / "* Abschlag
        # prüfen: …"; a renderer may drop the bullets: "vyšší platovou základnu …,"),
        # then the story's prose
        if _run_on_item(blocks[below].text, infos[below]):
            run_on += 1
        elif not infos[below].list_marker or below in changes:
            break
        items += 1
        below = _next_body(blocks, below)
    if below is None or changes.get(below, ("", "model"))[1] not in _GUESSED_KIND_RULES:
        return False
    if run_on:
        # a crosshead over a sentence run on through its items in lower case: no box
        # of teasers reads so, and the paragraph under it may be the story's last
        return _long_prose(infos[below])
    return below not in changes and _story_resumes(blocks, infos, changes, below)


CROSSHEAD_LIST_MAX_ITEMS = 8
"""Bulleted items a crosshead may head before the story's prose resumes under them."""


def _run_on_item(text: str, info: LineInfo) -> bool:
    """An item of a list whose bullets the renderer dropped, going on the sentence the
    list opens: in lower case, closed by a comma, a semicolon or a full stop ("zrušení
    dočasného zmrazení platů z roku 2021,"); a teaser's headline opens with a capital."""
    return text[:1].islower() and (info.ends_clause or info.ends_sentence)


def _next_body(blocks: Sequence[Block], index: int) -> int | None:
    """The first block under ``index`` that no earlier cleaner took, if any."""
    return next((k for k in range(index + 1, len(blocks)) if blocks[k].label == labels.BODY), None)


def _long_prose(info: LineInfo) -> bool:
    """A paragraph of the story: running prose, no furniture phrase (a cookie notice)."""
    return (
        info.is_prose
        and info.ends_sentence
        and info.words >= RESUMED_STORY_MIN_WORDS
        and info.keyword_phrase is None
        and info.cue_label is None
        and info.cue_prefix_label is None
    )


NAMED_ABOUT_MAX_LINES = 3
"""Lines under a "Sobre <name>" heading, to the end, for it to be an author or company
box; an interview's section under such a crosshead runs longer."""


def _about_box_named(blocks: Sequence[Block], infos: Sequence[LineInfo], i: int) -> bool:
    """For an about opening that crossheads use too ("Sobre …", "Chi è …"): whether a
    short box follows whose first line names what the heading names."""
    key = infos[i].key
    opening = next((o for o in NAMED_ABOUT_OPENINGS if key.startswith(o)), None)
    if opening is None:
        return True
    rest = [k for k in range(i + 1, len(blocks)) if blocks[k].label == labels.BODY]
    if not rest or len(rest) > NAMED_ABOUT_MAX_LINES:
        return False
    name = [w for w in key[len(opening) :].split() if w not in _ARTICLES]
    return bool(name) and all(w in infos[rest[0]].key for w in name)


def _is_box_title(key: str, headers: Sequence[str]) -> bool:
    """ "Russia-Ukraine war: Everything you need to know", "Brexit – explained": a
    topic, a colon or dash, and a box cue. The cue alone ("What we know so far",
    "Key facts") is as often a crosshead of the story's last section."""
    for cue in headers:
        if key.endswith(cue):
            head = key[: len(key) - len(cue)].rstrip()
            return head.endswith((":", " -")) and len(head) > 2
    return False


def _is_teaser_header(text: str, info: LineInfo) -> bool:
    """A heading over a list of other stories: "Related Stories", "YOU MAY LIKE",
    "More from Example News"."""
    return _is_tail_heading(text, info, teaser_headers(), plain_after=_PLAIN_AFTER_WORDS)


_PLAIN_AFTER_WORDS = 3
"""An opening of this many words ("Most read in", "More stories from") heads a list
whatever follows it, a section in lower case too ("Most read in world news"); after
a shorter one ("More in", "More from") a capital tells a name from a crosshead of the
story ("More in store for fans")."""


def _is_tail_heading(
    text: str,
    info: LineInfo,
    headings: tuple[frozenset[str], tuple[str, ...]],
    *,
    plain_after: int | None = None,
) -> bool:
    """A short heading line that is one of ``headings`` (whole, or an opening and a
    name; with ``plain_after``, an opening of that many words and any words)."""
    if info.words > _TEASER_MAX_WORDS or info.ends_sentence:
        return False
    key = info.key.rstrip(".:!?…· ")
    whole, openings = headings
    if key in whole:
        return True
    if plain_after is not None and _heading_and_section(text, key, whole):
        return True
    if not key.startswith(openings):  # one C-level test for the common case
        return False
    opening = next(o for o in openings if key.startswith(o))
    # "About Example Corp", not "About 200 teachers" or "About the bridge": a name follows
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    size = len(opening.split())
    if len(words) > size + 1 and words[size].casefold() in _ARTICLES:
        size += 1  # "More from the Example Times"
    if plain_after is not None and len(opening.split()) >= plain_after:
        return len(words) > size
    return len(words) > size and words[size][:1].isupper()


SECTION_AFTER_HEADING_WORDS = 2
"""Capitalised words of a section's name after a whole teaser heading of two words or
more in sentence case ("Ultime notizie Economia")."""


def _heading_and_section(text: str, key: str, whole: frozenset[str]) -> bool:
    """Whether ``text`` is a whole teaser heading of two words or more, in sentence case,
    followed by a section's name of one or two capitalised words ("Ultime notizie
    Economia", "Latest news Sport")."""
    words = key.split()
    raw = text.split()
    if len(raw) != len(words):
        return False
    for n in range(1, SECTION_AFTER_HEADING_WORDS + 1):
        head = words[:-n]
        if len(head) >= 2 and " ".join(head) in whole:
            # "Ultime notizie Economia": the section's capitals set it apart from a
            # heading in sentence case; "Most Viewed Films" in title case is a crosshead
            return all(w[:1].isupper() for w in raw[-n:]) and any(
                w[:1].islower() for w in raw[1:-n]
            )
    return False


MORE_HEADING_MAX_WORDS = 6
"""A "more" heading names a topic, a section or a writer in a few words ("More Music",
"Mehr Biathlon-News", "Meer van Merel van Dijk"); a longer line opening with "More" is
a sentence or a crosshead of the story."""
MORE_TEASERS_MAX = 12
"""Lines under a "more" heading read for teasers: a box of other stories holds a few
(three to eight on most sites); a longer run is a page's menus, left to the model."""
TEASER_MAX_WORDS_UNDER_MORE = 20
"""Words of a teaser's headline under a "more" heading; a longer line is prose. A
headline has four words at least: shorter lines under such a heading are the items of
the story's own list ("Other measures" / "Free parking on Sundays")."""


def _more_over_teasers(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: Mapping[int, tuple[str, str]],
    protected: Collection[int],
    i: int,
) -> bool:
    """A short heading opening with a "more" word of the lexicons (``MORE_WORDS``: "More
    Music", "Meer wielrennen", "Altri editoriali"), no figure in it, over nothing but
    other stories' headlines to the end of the text or the next box a cue rule named,
    most of them naming someone or something (:func:`_names_something`). The words
    alone would head a crosshead of the story as well ("More rain on the way"): under
    one, the story's prose goes on, with its full stops, or its own list, whose items
    name little ("Drink plenty of water")."""
    info = infos[i]
    if not 2 <= info.words <= MORE_HEADING_MAX_WORDS or info.ends_sentence or info.is_prose:
        return False
    if info.key.split(" ", 1)[0] not in more_words() or info.digit_share > 0:
        return False  # another word, or a figure ("Plus de 200 habitants évacués")
    if not _names_a_topic(blocks[i].text):
        return False  # "More tips for staying cool": a crosshead's phrase, no section
    teasers = named = 0
    for j in range(i + 1, len(blocks)):
        if blocks[j].label != labels.BODY:
            continue
        decided = changes.get(j)
        if decided is not None and decided[1] not in _GUESSED_KIND_RULES:
            break  # the next box: a cue rule named it
        if j in protected or teasers == MORE_TEASERS_MAX:
            return False
        under = infos[j]
        text = blocks[j].text.rstrip("\"”’»)' ")
        stop = text[-1:] in ".!" and not text.endswith(("...", "…"))
        if stop or under.bar_row or not 4 <= under.words <= TEASER_MAX_WORDS_UNDER_MORE:
            return False
        if len(_BARE_NUMBER.findall(blocks[j].text)) >= 2:
            return False  # "Arsenal 2 Chelsea 1": a result, no headline
        teasers += 1
        named += _names_something(blocks[j].text)
    # headlines name someone or something, or open with a kicker; a story's own list
    # under its crosshead ("More tips for staying cool" / "Drink plenty of water")
    # mostly does not
    return teasers > 0 and 2 * named >= teasers


_BARE_NUMBER = re.compile(r"(?<![\w.,:])\d{1,3}(?![\w.,:%])")
"""A number standing alone, as a score does ("Arsenal 2 Chelsea 1")."""
_TOPIC_PREPOSITIONS = frozenset(
    {"of", "from", "on", "in", "by", "de", "del", "da", "do", "des", "du", "di", "van", "von"}
    | {"aus", "zu", "zum", "zur", "uit", "sur", "about", "sobre"}
)
"""Words that may join a "more" heading to the name it gives ("Más columnas de Beatriz
Oñate", "Meer van Merel van Dijk"): a capital follows them."""


@functools.lru_cache(maxsize=1)
def _meta_stopwords_and_dates() -> tuple[frozenset[str], frozenset[str]]:
    """(the frequent words of every lexicon language, the names of months and weekdays)."""
    from newsclean.extract.lexicon import meta_lexicon

    lex = meta_lexicon()
    stop = frozenset().union(*(w.stopwords for w in lex.languages.values()))
    return stop, frozenset(lex.months) | frozenset(lex.weekdays)


def _names_a_topic(heading: str) -> bool:
    """Whether the words after a "more" word name a section, a topic or a writer ("More
    Music", "Meer wielrennen", "Más columnas de Beatriz Oñate"): no frequent word but a
    preposition before a capital. A crosshead runs on in a phrase ("More tips for
    staying cool", "More rain on the way")."""
    stop, _ = _meta_stopwords_and_dates()
    words = heading.split()[1:]
    for k, word in enumerate(words):
        bare = word.strip(".,:;!?\"'“”‘’«»()").casefold()
        if bare not in stop:
            continue
        after = words[k + 1] if k + 1 < len(words) else ""
        if bare not in _TOPIC_PREPOSITIONS or not after[:1].isupper():
            return False
    return True


_LINKED = re.compile(r"\[[^\]]{1,300}\]\(|\[\d{1,4}\]")
"""A Markdown link ("[Title](…)") or a text browser's link number ("[12]Title")."""


def _names_something(text: str) -> bool:
    """Whether a line under a "more" heading reads as another story's headline: a
    link, a kicker and its colon ("Cricket: …"), a quotation, or a capitalised word
    past its first (a name: "… on the Oilers' road trip")."""
    if _LINKED.search(text) or ": " in text or not QUOTATION_MARKS.isdisjoint(text):
        return True
    _, dates = _meta_stopwords_and_dates()
    words = [w.strip("*-•#([\"'“‘.,;") for w in text.split()]
    return any(w[:1].isupper() and w != "I" and w.casefold() not in dates for w in words[1:])


REPORTED_UNDER_LINES = 2
"""Lines under a comment heading read for the story going on: two paragraphs of
reported prose in a row are a crosshead's ("Reacties" / "De wethouders … spreken in een
verklaring van '…'. …"), not readers' posts, which stand under their names and times."""


def _reported_under(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    index: int,
) -> bool:
    """Whether the first lines under a comment heading are the story's: paragraphs of
    prose, each quoting somebody or reporting what was said, no reader's word in
    them. A word for "Comments" is also one for "Reactions", a story's crosshead."""
    under: list[int] = []
    for j in range(index + 1, len(blocks)):
        if blocks[j].label != labels.BODY:
            continue
        if j in changes and changes[j][1] != "model":
            return False  # a button or a form right under it: the comment section
        under.append(j)
        if len(under) == REPORTED_UNDER_LINES:
            break
    return len(under) == REPORTED_UNDER_LINES and all(
        infos[j].is_prose
        and _OPENING_QUOTE.search(blocks[j].text) is not None
        and not speaks_to_reader(infos[j].key)
        for j in under
    )


_OPENING_QUOTE = re.compile(r"(?:^|[\s(])[\"'“‘«„‚]\w")
"""A quotation opening at a word's start ("… van 'een zwarte dag'", "“We tried,” …");
an apostrophe inside a word ("don't") opens none."""


def _is_thread_header(info: LineInfo) -> bool:
    """A heading that announces readers' posts below it: "Top Rated Comments",
    "3 comments", "Comments (12)". A form prompt ("Leave a Reply") or "0 Comments"
    announces none, so it takes nothing with it."""
    noun = _count_on_title(info)
    if noun is not None:
        return counter_nouns().get(noun) == labels.COMMENTS and not info.key.startswith("0")
    if not _is_section_header(info):
        return False
    key = info.key.rstrip(".:!? ")
    if key in thread_headers():
        return True
    count = _POST_COUNT.fullmatch(key)
    return count is not None and int(count.group("n") or count.group("n2")) > 0


def _is_section_header(info: LineInfo) -> bool:
    """A short heading line ("Comments", "Top Rated Comments", "3 comments")."""
    return info.words <= _BOX_HEADER_MAX_WORDS and not info.ends_sentence


def _kind_of(infos: Sequence[LineInfo], i: int) -> str:
    """What a line the model removed most likely is, from how it looks."""
    info = infos[i]
    if info.keyword_label is not None:
        return info.keyword_label
    if info.cue_prefix_label is not None:
        return info.cue_prefix_label
    if info.words <= 3:
        return labels.NAVIGATION
    if info.digit_share >= 0.2 and info.words <= 8:
        return labels.METADATA
    if info.separators and info.cap_share >= 0.5:
        return labels.RELATED
    if 3 <= info.words <= 20 and info.cap_share >= 0.6 and not info.ends_sentence:
        return labels.RELATED
    return labels.BOILERPLATE


_OWN_LIST_MAX_WORDS = 3
"""Lines this short under a related header without colon, with the story going on
after them, are a crosshead or names of the story's own, not teaser headlines."""


def _topic_pointer(text: str, info: LineInfo, change: tuple[str, str]) -> bool:
    """A related cue opening a short heading that names a topic, not one story ("Read
    more on the drought in the West"): no colon, no sentence's end, a heading's length.
    "Read more: Tram line delayed again" points to one story and heads nothing."""
    return (
        change[1] == "line_prefix"
        and ":" not in text
        and not info.ends_sentence
        and info.words <= _TEASER_MAX_WORDS
    )


def _mark_related_lists(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """Headline lines right after a related-links header are related links too.

    A header with its colon ("Read more:") takes the short lines under it; a whole
    line of the lexicons without one ("Related Articles", "Mehr zum Thema", "Lire
    aussi") below some prose takes the headline-like lines under it, up to the first
    that ends like a sentence, unless the story goes on right after them (a stray
    header keeps the crosshead and paragraphs under it; above all prose such a line
    is a menu entry over the headline). Each line is read under one header at most.
    """
    n = len(infos)
    first_prose = next((k for k in range(n) if infos[k].is_prose), n)
    headers = {i for i, (label, _) in changes.items() if label == labels.RELATED}

    def is_header(i: int) -> bool:
        if i not in headers:
            return False
        return infos[i].ends_colon or (
            i >= first_prose
            and (
                changes[i][1] == "exact_line"
                or _topic_pointer(blocks[i].text, infos[i], changes[i])
            )
        )

    done = 0  # lines up to here were read under a header already
    # the headers are few: walk them, not every line
    for i in sorted(h for h in headers if is_header(h)):
        if i < done:
            continue
        strict = not infos[i].ends_colon
        j = i + 1
        run: list[int] = []
        # each line is read under one header at most: the next header starts its own run
        while j < n and j not in protected and not is_header(j):
            nxt = infos[j]
            # a headline may close on a quotation's sentence mark ("…: “We got her!”")
            quoted = _quote_headline(blocks[j].text)
            if nxt.words > _RELATED_LIST_MAX_WORDS or (
                nxt.ends_sentence and nxt.words > 8 and not quoted
            ):
                break
            # a teaser headline is full of function words ("ce que les réformes ont
            # changé") and reads as prose by them; it has no full stop all the same
            if (
                strict
                and not quoted
                and (nxt.ends_sentence or (nxt.is_prose and not _open_headline(nxt)))
            ):
                break
            if nxt.ends_colon or nxt.ends_clause:
                # the story announcing its own list ("Die wichtigsten Punkte:", "Врачи
                # советуют в жаркие дни:") or its items running on ("пить больше воды;")
                break
            if j not in changes:
                run.append(j)
            j += 1
        # without its colon, a header over short lines with the story going on under them
        # was a crosshead or a list of the story's own ("Read more" / "A long campaign" /
        # paragraph; "Most popular" / "Olivia" / "Noah"); teaser headlines are longer
        story_goes_on = j < n and j not in changes and infos[j].is_prose
        own_list = all(infos[k].words <= _OWN_LIST_MAX_WORDS for k in run)
        if strict and story_goes_on and own_list:
            run = []
        elif (
            story_goes_on
            and run
            # under a header with its colon the box's last headline may be as short: a
            # crosshead there names nobody ("Calmer by the weekend", not "Trump blames
            # Biden for Russia-Ukraine conflict")
            and (strict or _names_nobody(blocks[run[-1]].text))
            and j - 1 - i > 1  # the box's headlines above it, kept or taken by another rule
            and run[-1] == j - 1
            and _crosshead_shaped(infos[run[-1]])
            and all(infos[k].words > infos[run[-1]].words for k in range(i + 1, j - 1))
        ):
            # an inline link box in the story ("Read more from us:" and its headlines):
            # they go, the crosshead the story goes on under ("Les syndicats vent
            # debout"), shorter than each, stays
            run.pop()
        elif story_goes_on and run:
            pairs = _teaser_summaries(infos, changes, protected, j) if run[-1] == j - 1 else []
            if pairs:
                # "Un automobiliste flashé …" / its summary / the next headline / its
                # summary …: teasers with their summaries, no story under the header
                run.extend(pairs)
                j = pairs[-1] + 1
            else:
                run = run[: len(run) - _headed_list_at_end(infos, run, j)]
        for k in run:
            changes[k] = (labels.RELATED, "related_list")
        done = j


TEASER_SUMMARY_MAX_WORDS = 35
"""Words of a teaser's summary under its headline: a sentence, two at most."""
TEASER_BOX_AFTER = 3
"""Lines after a box of teasers with summaries where kept prose says the story goes on
(a crosshead may stand between)."""
TEASER_SUMMARIES_MIN = 2
"""Summaries, each under its headline, that make a related box of teasers rather than
a headline over the story going on."""


def _teaser_summaries(
    infos: Sequence[LineInfo],
    changes: Mapping[int, tuple[str, str]],
    protected: Collection[int],
    j: int,
) -> list[int]:
    """The lines from ``j`` on that alternate a teaser's summary (one or two sentences of
    at most :data:`TEASER_SUMMARY_MAX_WORDS` words) and the next teaser's headline (no
    mark at its end), closing on a summary, when they hold two summaries or more and no
    kept prose follows within :data:`TEASER_BOX_AFTER` lines; else an empty list. A
    story going on under a related box has its paragraphs there, perhaps under a
    crosshead."""

    def free(k: int) -> bool:
        return k < len(infos) and k not in changes and k not in protected

    def summary(k: int) -> bool:
        info = infos[k]
        return (
            free(k)
            and info.ends_sentence
            and info.sentences <= 2
            and info.words <= TEASER_SUMMARY_MAX_WORDS
            and not info.list_marker
        )

    taken: list[int] = []
    k = j
    while summary(k):
        taken.append(k)
        if free(k + 1) and _open_headline(infos[k + 1]) and summary(k + 2):
            taken.append(k + 1)
            k += 2
            continue
        break
    if len(taken) < 2 * TEASER_SUMMARIES_MIN - 1:
        return []
    after = taken[-1] + 1
    if any(free(m) and infos[m].is_prose for m in range(after, after + TEASER_BOX_AFTER)):
        return []  # the story's paragraphs go on under the last one
    return taken


def _headed_list_at_end(infos: Sequence[LineInfo], run: Sequence[int], end: int) -> int:
    """How many lines at the end of ``run`` are a list of the story's under its own
    crosshead, right over the story's prose at ``end``: a crosshead ("Le misure") and
    two bulleted items or more under it, in a row. A box of links in the story has its
    headlines under the box's header; the story goes on under its own list. 0 if none."""
    items = 0
    k = len(run) - 1
    while k >= 0 and run[k] == end - 1 - items and infos[run[k]].list_marker:
        items += 1
        k -= 1
    if (
        items >= HEADED_LIST_MIN_ITEMS
        and k >= 0
        and run[k] == end - 1 - items
        and not infos[run[k]].list_marker
        and _crosshead_shaped(infos[run[k]])
        and not infos[run[k]].ends_colon
    ):
        return items + 1
    return 0


HEADED_LIST_MIN_ITEMS = 2
"""Bulleted items under a crosshead that make a list of the story's."""


def _names_nobody(text: str) -> bool:
    """Whether no word of ``text`` but its first is capitalised."""
    return not any(word[:1].isupper() for word in text.split()[1:])


_CROSSHEAD_MAX_WORDS = 8
"""A line this short over the story's next paragraph, after an inline link box's
headline, is a crosshead of the story's; a teaser headline mostly runs longer (9-15 words)."""


def _crosshead_shaped(info: LineInfo) -> bool:
    return info.words <= _CROSSHEAD_MAX_WORDS and not info.ends_sentence


_QUOTE_HEADLINE = re.compile(r"[^\W\d_][^:]{0,150}: [“\"‘'][^“”\"]{1,80}[.!?][”\"’']$")
"""A headline closing on a quotation after its colon: "Video shows rescue of kidnapped
girl: “We got her!”" (the sentence mark is the quotation's)."""


_QUOTE_HEADLINE_MAX_CHARS = 160


def _quote_headline(text: str) -> bool:
    return len(text) <= _QUOTE_HEADLINE_MAX_CHARS and _QUOTE_HEADLINE.match(text) is not None


def _open_headline(info: LineInfo) -> bool:
    """A line of headline length with no mark at its end: under a related header, a
    teaser headline even when its function words make it read as prose."""
    return (
        info.words <= _RELATED_LIST_MAX_WORDS
        and not info.ends_sentence
        and not info.ends_colon
        and not info.ends_clause
        and info.commas <= 1
    )


def _is_listed_headline(info: LineInfo, text: str) -> bool:
    """A bulleted headline ("- Moon Rush: Private Lunar Lander Plans"); a numbered
    one ("22) Board Game Deluxe") is more likely an item of a listicle, and one with a
    figure after a colon a fact ("• Tageskarte Gesamtnetz: 12,80 Euro": German
    capitalises its nouns; "• Winners: Hollis 24, Kowalska 27")."""
    return (
        info.list_marker
        and not text[:1].isdigit()
        and _TEASER_ITEM_WORDS[0] <= info.words <= _TEASER_ITEM_WORDS[1]
        and info.cap_share >= _TEASER_ITEM_CAPS
        and not info.ends_sentence
        and _ANY_DIGIT.search(info.key.partition(": ")[2]) is None
    )


def _mark_teaser_lists(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """Runs of bulleted headlines after most of the story's prose."""
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    total = sum(infos[i].words for i in body if infos[i].is_prose)
    before = 0
    k = 0
    while k < len(body):
        i = body[k]
        if not _is_listed_headline(infos[i], blocks[i].text):
            before += infos[i].words if infos[i].is_prose else 0
            k += 1
            continue
        end = k
        while end < len(body) and _is_listed_headline(infos[body[end]], blocks[body[end]].text):
            end += 1
        run = [j for j in body[k:end] if j not in protected]
        # its lines are not prose: removing them leaves the share of every other list as it
        # was, so cleaning the text again takes nothing more
        if end - k >= 2 and total and before >= _TEASER_MIN_SHARE_BEFORE * total:
            for j in run:
                changes[j] = (labels.RELATED, "teaser_list")
        k = end


def _is_menu_item(text: str, info: LineInfo) -> bool:
    return (
        info.words <= _MENU_ITEM_MAX_WORDS
        and not info.ends_sentence
        and _MENU_BULLET.match(text) is not None
    )


def _mark_menu_lists(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """Runs of short bulleted lines among the lines kept so far: menus that a
    renderer printed as nested lists, close enough to prose for the model to keep."""
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    k = 0
    while k < len(body):
        end = k
        while end < len(body) and _is_menu_item(blocks[body[end]].text, infos[body[end]]):
            end += 1
        if end - k >= _MENU_MIN_ITEMS:
            for j in body[k:end]:
                if j not in protected:
                    changes[j] = (labels.NAVIGATION, "menu_list")
        k = max(end, k + 1)


_GLUE = re.compile(r"(?:[a-zß-öø-ÿ]{3}|[\d?!])(?=[A-ZÀ-ÖØ-Þ])")
"""Where a word runs into the next with no space: a capital right after three
lower-case letters, a digit or a question mark. Three letters, because brand and
family names glue a shorter part ("LeBron", "McKinley"); Latin letters only, the
script of title case."""
_GLUE_MAX_CHARS = 600
"""Lines longer than this are paragraphs, not a teaser (and the search stays cheap)."""
_GLUE_MAX_TRIES = 6
"""Glue points tried per line; a headline has its glue within the first few."""
_GLUED_HEAD_MIN_WORDS = 5
_GLUED_HEAD_CAPS = 0.9
"""The headline part: five words or more, nine in ten of its words capitalised
(title case), small words aside, and its first three words all. Shorter runs of
capitals are names with a capital inside a word ("Elon Musk's SpaceX launched …",
"Microsoft Office PowerPoint slides …"), the opening of ordinary sentences."""
_GLUED_TAIL_MIN_WORDS = 6
"""The summary part: a sentence of six words or more..."""
_GLUED_TAIL_LOWER = 0.5
"""...most of its words after the first in lower case."""
_GLUED_LEAD_CAPS = 0.4
"""Share of capitalised words among a line's first six below which it cannot open
with a title-case headline (a cheap test on what was measured for every line)."""
_GLUED_MIN_LINES = 3
"""Glued teasers on a page before any is removed: a list of them is a teaser block;
one alone may be a story line that lost a space."""
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by"}
    | {"with", "from", "as", "v", "vs", "via"}
)
"""Words title case leaves in lower case ("Find Burgers & More at Downtown's …")."""


def glued_teaser(text: str) -> tuple[str, str] | None:
    """``(headline, summary)`` when ``text`` is a title-case headline run into a
    sentence without a space, else ``None``.

    >>> glued_teaser("Diners Leave Without Paying At Troy SteakhouseA party of six left the bill.")
    ('Diners Leave Without Paying At Troy Steakhouse', 'A party of six left the bill.')
    >>> glued_teaser("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.") is None
    True
    """
    if len(text) > _GLUE_MAX_CHARS or not all(map(_title_word, text.split(None, 3)[:3])):
        return None  # the cheap test first: most lines do not open with three title words
    for tries, m in enumerate(_GLUE.finditer(text)):
        if tries >= _GLUE_MAX_TRIES:
            break
        at = m.end()
        head, tail = text[:at], text[at:]
        if _is_title_case(head) and _is_sentence_start(tail):
            return head.strip(), tail
    return None


def _title_word(word: str) -> bool:
    return not word[0].isalpha() or word[0].isupper() or word in _TITLE_SMALL_WORDS


def _is_title_case(head: str) -> bool:
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    if len(words) < _GLUED_HEAD_MIN_WORDS:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    capital = sum(1 for w in big if not w[0].isalpha() or w[0].isupper())
    return bool(big) and capital >= _GLUED_HEAD_CAPS * len(big)


def _is_sentence_start(tail: str) -> bool:
    words = tail.split()
    if len(words) < _GLUED_TAIL_MIN_WORDS:
        return False
    lower = sum(1 for w in words[1:] if w[0].islower())
    return lower >= _GLUED_TAIL_LOWER * (len(words) - 1)


def _mark_glued_teasers(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """Headlines glued to their summaries, when the page has a list of them.

    The lines are counted whether or not an earlier rule removed them (they are
    evidence of a teaser block all the same); removing the rest leaves none, so
    cleaning the text again finds nothing more.
    """
    least = _GLUED_HEAD_MIN_WORDS + _GLUED_TAIL_MIN_WORDS - 1  # the glue joins two words
    glued = [
        i
        for i, b in enumerate(blocks)
        if infos[i].words >= least
        and infos[i].lead_caps >= _GLUED_LEAD_CAPS
        and infos[i].chars <= _GLUE_MAX_CHARS
        and b.label == labels.BODY
        and glued_teaser(b.text.strip())
    ]
    if len(glued) < _GLUED_MIN_LINES:
        return
    for i in glued:
        if i not in changes and i not in protected:
            changes[i] = (labels.RELATED, "glued_teaser")


def _mark_repeats(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """Text printed twice: a long line whose four-word runs were nearly all printed
    above in the body (the story again as one line), or a run of paragraphs that
    each repeat what was printed above (the story again, paragraph by paragraph).
    When such a run repeats one long line above it, that line is the copy and goes.
    A paragraph whose earlier copy another rule removed stays (it is the only one
    left) without ending the run it stands in."""
    first_line: dict[tuple[str, str, str, str], int] = {}  # where each run was first seen
    run: list[int] = []  # body lines in a row that repeat earlier text
    sources: set[int] = set()

    def close_run() -> None:
        if len(run) >= _REPEAT_RUN_MIN_LINES:
            copy = next(iter(sources)) if len(sources) == 1 else None
            long_copy = copy is not None and infos[copy].words >= _REPEAT_MIN_SHINGLES
            if copy is not None and long_copy and copy not in protected:
                changes[copy] = (labels.BOILERPLATE, "repeated_text")
            else:
                for j in run:
                    changes[j] = (labels.BOILERPLATE, "repeated_text")
        run.clear()
        sources.clear()

    removed_seen: set[tuple[str, str, str, str]] = set()  # runs of lines removed above
    for i, block in enumerate(blocks):
        if block.label != labels.BODY:
            continue
        if i in changes:
            # only paragraphs long enough to be part of a run of repeats matter here
            if infos[i].words >= _REPEAT_RUN_MIN_SHINGLES + 3:
                words = _WORD.findall(block.text.lower())
                removed_seen.update(zip(words, words[1:], words[2:], words[3:], strict=False))
            continue
        words = _WORD.findall(block.text.lower())
        grams = list(zip(words, words[1:], words[2:], words[3:], strict=False))
        if len(grams) >= _REPEAT_RUN_MIN_SHINGLES and i not in protected:
            seen_in = [first_line[g] for g in grams if g in first_line]
            printed = len(seen_in)
            if len(grams) >= _REPEAT_MIN_SHINGLES and printed >= _REPEAT_MIN_SHARE * len(grams):
                changes[i] = (labels.BOILERPLATE, "repeated_text")  # the story as one line
                continue
            if printed >= _REPEAT_RUN_MIN_SHARE * len(grams):
                run.append(i)
                sources.update(seen_in)
                continue
            if sum(g in removed_seen for g in grams) >= _REPEAT_RUN_MIN_SHARE * len(grams):
                # the copy above went (another rule took it): this one stays, the only
                # one left, but a run of copies goes on through it
                for gram in grams:
                    first_line.setdefault(gram, i)
                continue
        close_run()
        for gram in grams:
            first_line.setdefault(gram, i)
    close_run()


DOUBLED_MIN_WORDS = 8
"""A paragraph printed twice in a row is a copy from this long; shorter lines repeat
on purpose ("Meal 2" / "Meal 2" in a plan, a chorus)."""


_ORPHAN_MAX_WORDS = 8
"""A heading's length: "How to listen to the Example Podcast", "Most read in world news"."""
_ORPHAN_MIN_PROSE_ABOVE = 3
"""Story paragraphs that must stand above: a text of a few short lines has no tail."""
_ORPHAN_OPENERS = "\"'“‘«„—–-(["
"""First characters of a line that is no heading: a quotation, a tweet's "— Name
(@handle)" signature, a bracketed note."""
_SIGN_OFFS = ("with ", "contributing", "contributed", "contributors", "additional reporting")
"""Openings of the story's own credit line ("With Post wires", "Contributing: Jane
Doe"): it signs the story off and is kept with it, like a byline at the end."""


_WHOLE_MARKDOWN_LINK = re.compile(
    r"(?:[*+•-][ \t]+|\d{1,3}[.)][ \t]+|#{1,6}[ \t]+)?[*_]{0,2}"
    r"\[(?P<words>[^\[\]\n]{1,300})\]\([^()\s]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)[*_]{0,2}"
)
"""A Markdown paragraph that is one link and nothing more, perhaps a list item or a
heading: "* [Why property taxes are rising](https://…)", "[Show latest updates](#live)"."""
_WHOLE_NUMBERED_LINK = re.compile(
    r"(?:[*+•-][ \t]+|\d{1,3}[.)][ \t]+)?\[\d{1,4}\](?! )[^\[\]]{1,300}"
)
"""A text browser's line that is one numbered link: "[15]Appleby Horse Fair clean-up
cost revealed", "* [9]Inflation im August leicht gesunken". The browser sets the
number right against the link's words; "[2] Joint Commission …" is a footnote."""
LINKS_ANNOUNCING_MIN_WORDS = 4
"""Words of a kept line ending with a colon that announces the story's own list of
links ("The three finalists are:"); a shorter one is a box's heading."""
WHOLE_LINK_MAX_WORDS = 20
"""Words of a numbered link line read as a link alone: a longer line is a paragraph
that happens to open with a link."""
WHOLE_LINK_HEADLINE_WORDS = 5
"""Words of a link alone that make it another story's headline (``related``); a shorter
one is a button, a menu entry or a name ("Zur kompletten Tabelle", "Seguir a la
autora", "Navidad a plazos")."""


def _announces_links(text: str, info: LineInfo) -> bool:
    """Whether a kept line announces the story's own list of links under it: a sentence
    of :data:`LINKS_ANNOUNCING_MIN_WORDS` words or more ending with a colon ("The three
    finalists are:"), not a box's heading, which is a cue ("À lire aussi sur le même
    sujet :"), speaks to the reader ("You might also be interested in:") or is short
    ("Also in News:")."""
    from newsclean.extract.lexicon import meta_lexicon

    key = text.casefold()
    return (
        text.endswith(":")
        and info.words >= LINKS_ANNOUNCING_MIN_WORDS
        and info.cue_label is None
        and info.cue_prefix_label is None
        and info.keyword_label is None
        and not speaks_to_reader(key)
        and not key.startswith(tuple(f"{cue} " for cue in meta_lexicon().related_cues))
    )


def _mark_whole_links(
    article: Article,
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Take the kept paragraphs that are one link and nothing more: a Markdown link
    alone on its line (read in the raw text, since the Markdown reader left only its
    words) or a text browser's numbered link alone. A story links its words inside
    its sentences; a link standing alone points elsewhere: another story's headline,
    a "more" button, a table's "full results" link. After the model and the boxes: a
    list the story announces is protected, and a heading over such links has been
    read with them."""
    blocks = article.blocks
    original = article.original
    markdown = "](" in original
    numbered = "]" in original
    if not (markdown or numbered):
        return
    announced = False  # under a kept line ending with a colon: the story's own list
    for i, block in enumerate(blocks):
        if (
            block.label != labels.BODY
            or changes.get(i, ("", "model"))[1] not in _GUESSED_KIND_RULES
        ):
            announced = False  # a cue rule's furniture ends the list ("Advertisement")
            continue
        if i in protected or i in changes:
            # the model's guess may be given back later (the over-removal guard): a
            # colon line it took still announces the list under it
            announced = _announces_links(block.text.rstrip(), infos[i])
            continue
        raw = original[block.start : block.end].strip()
        info = infos[i]
        text = block.text.rstrip()
        whole = _WHOLE_MARKDOWN_LINK.fullmatch(raw) if markdown and raw[-1:] == ")" else None
        if whole is not None:
            text = whole["words"].rstrip()  # the link's words, read or not as Markdown
        linked = whole is not None or (
            "[" in raw[:8]
            and _WHOLE_NUMBERED_LINK.fullmatch(" ".join(block.text.split())) is not None
            and info.words <= WHOLE_LINK_MAX_WORDS
        )
        if not linked:
            # a sentence announcing a list ("The three finalists are:"); a box's heading
            # of a few words ("Also in News:") heads other stories
            announced = _announces_links(text, info)
            continue
        alone = (
            not announced  # the list a kept line announces ("The three finalists are:")
            # a sentence or an introduction linked whole is the story's ("[The council
            # has published every submission …](…)", "[7]Tim Cook … told staff:")
            # an introduction linked whole ("[7]Tim Cook … told staff in an email:"), or
            # a text browser's paragraph opening with a link ("[5]Smith said …."); a
            # Markdown teaser may end with its stop
            and not text.endswith(":")
            and not (whole is None and text.endswith(".") and not text.endswith(("...", "…")))
            and not (raw[:1] == "#" and "](#" in raw)  # a crosshead linked to itself
        )
        if alone:
            # a share button or a promo says so in its words; else its length tells
            bare = LINK_MARK.sub("", block.text)
            words = line_info(bare, cue_index())
            kind = words.cue_label or words.keyword_label
            if kind is None:
                size = sum(1 for w in bare.split() if any(c.isalnum() for c in w))
                kind = labels.RELATED if size >= WHOLE_LINK_HEADLINE_WORDS else labels.NAVIGATION
            changes[i] = (kind, "whole_link")


def _mark_orphan_headings(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Headings left last in the story with nothing but furniture under them.

    "How to listen to the Example Podcast" over two download links, "Most read in
    world news" over a list an extractor dropped: once the lines under it are gone
    the heading heads nothing of the story, and it goes with them (with their kind).
    Only over lines a rule removed: under the model's guesses it may head the
    story's last section, which the model took for furniture (a listicle's entries).
    A heading is short (at most :data:`_ORPHAN_MAX_WORDS` words), does not end like
    a sentence or with a colon (a list's introduction), holds no digit (a score
    line, a date) and no link, and opens with a capital, not with a quotation mark
    or dash. At most :data:`_ORPHAN_MAX_RUN` such lines in a row go, and only right
    after a paragraph that ends like a sentence: lines under a colon or under other
    short lines are a list or a poem, the story's own. Cleaning the result again
    finds nothing more: the paragraph above ends the story.
    """
    kept = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    if sum(1 for i in kept if infos[i].is_prose) < _ORPHAN_MIN_PROSE_ABOVE:
        return
    run: list[int] = []
    for k in range(len(kept) - 1, -1, -1):
        i = kept[k]
        if _is_orphan_candidate(blocks[i].text, infos[i]) and i not in protected:
            if len(run) == _ORPHAN_MAX_RUN:
                return  # a run of short lines: a list or a poem
            run.append(i)
            continue
        if not run or not _ends_a_story(blocks[i].text, infos[i]):
            return  # the run does not follow a paragraph of the story
        break
    else:
        return
    last = run[0]
    if last == len(blocks) - 1:
        return
    under, rule = changes.get(last + 1, ("", ""))
    below = blocks[last + 1]
    if below.label == labels.CAPTION and below.rule in _MEDIA_LABEL_RULES:
        under, rule = labels.PROMO, below.rule  # "Listen: https://…", "Watch: …"
    if not rule or rule in _GUESSED_KIND_RULES:
        return  # nothing this cleaner's rules removed under it: it may head the story's
    kind = under if under in _TAIL_KINDS else labels.BOILERPLATE
    for i in run:
        changes[i] = (kind, "orphan_heading")


_MEDIA_LABEL_RULES = frozenset({"video_label", "gallery_label"})
"""Caption rules that take a player's or gallery's label, furniture like a cue line
(a photo's caption under a line is no such thing: the line may be the story's)."""
_PARAGRAPH_MIN_CHARS = 100
"""A paragraph of the story that ends with a link rather than a full stop is this long;
a poem's or a list's line is shorter."""


PROFILE_MAX_PARAGRAPHS = 3
"""Paragraphs of a company profile closing a press release (what it does, where it
sits and whom it employs, how to reach it)."""
PROFILE_MIN_STORY = 3
"""Kept paragraphs of prose above the profile: a release is a story first."""
_PROFILE_OPENING = re.compile(
    r"([A-Z][\w&.’'-]{0,40}(?: [A-Z][\w&.’'-]{0,40}){0,3}) (?:is|was) (?:a|an|the) "
)
""""Example Corp is a …": the company's name (up to four capitalised words) and how a
profile opens."""


def _mark_company_profile(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """A press release's company profile printed without its "About …" heading (which
    ``about_box`` reads): up to :data:`PROFILE_MAX_PARAGRAPHS` last paragraphs of the
    text, each opening with the name of a company the story names above them, the
    first with "<Name> is a/an/the …", one of them holding a profile's words
    (:data:`~newsclean.lexicons.en.COMPANY_PROFILE_CUES`: "headquartered in", "listed
    on", "employs"). A story's closing background sentence names no stock listing or
    head count, and is one sentence among the story's, not the last paragraphs."""
    kept = [
        i
        for i, b in enumerate(blocks)
        if b.label == labels.BODY and i not in changes and infos[i].is_prose
    ]
    if len(kept) < PROFILE_MIN_STORY + 1:
        return
    cues = _profile_cues()
    for size in range(min(PROFILE_MAX_PARAGRAPHS, len(kept) - PROFILE_MIN_STORY), 0, -1):
        run = kept[-size:]
        opening = _PROFILE_OPENING.match(blocks[run[0]].text)
        if opening is None or any(i in protected for i in run):
            continue
        name = opening.group(1)
        if not all(blocks[i].text.startswith(name) for i in run):
            continue
        if not any(name in blocks[i].text for i in kept[:-size]):
            continue  # the company of the release is the story's subject
        if not any(cue in blocks[i].text.lower() for i in run for cue in cues):
            continue
        for i in run:
            changes[i] = (labels.BOILERPLATE, "company_profile")
        return


@functools.lru_cache(maxsize=1)
def _profile_cues() -> tuple[str, ...]:
    """Every lexicon language's words of a company profile (``COMPANY_PROFILE_CUES``)."""
    return tuple(
        cue
        for code in lexicons.LANGUAGES
        for cue in getattr(lexicons.load(code), "COMPANY_PROFILE_CUES", ())
    )


def _ends_a_story(text: str, info: LineInfo) -> bool:
    """Whether a line can be the story's last paragraph: it ends like a sentence, or is
    a long paragraph ("… Find out more details: https://…"), and introduces no list."""
    if text.rstrip().endswith(":"):
        return False
    return info.ends_sentence or (info.is_prose and info.chars >= _PARAGRAPH_MIN_CHARS)


_ORPHAN_MAX_RUN = 2
"""A kicker and a heading ("Podcasts" / "How to listen"); more short lines are a list."""


def _is_orphan_candidate(text: str, info: LineInfo) -> bool:
    text = text.strip()
    return not (
        info.words > _ORPHAN_MAX_WORDS
        or info.ends_sentence
        or text.endswith(":")
        or info.digit_share > 0
        or text[:1] in _ORPHAN_OPENERS
        or not text[:1].isupper()
        or "@" in text
        or "," in text  # a sign-off ("John Smith, Leeds"), a list's item
        or info.has_link
        or info.key.startswith(_SIGN_OFFS)
    )


_TRAILING_TEASER_WORDS = (4, 20)
"""Words of a headline of another story ("Man hurt in Rotterdam stabbing")."""
_TRAILING_TEASERS_MIN = 2
"""Headlines in a row: one short line after the story may be its own last word."""
_TAG_ROW_SEPARATORS = (" · ", " | ", " • ", " / ")
_TAG_ROW_MIN_ITEMS = 3
_TAG_ROW_ITEM_WORDS = 4


def _mark_trailing_teasers(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Headlines of other stories printed after the story, their heading gone.

    An extractor keeps the story, drops the box heading ("Lees ook", "Most read")
    and lets the headlines under it through, after the paywall notice or share row
    that closed the story. What is left at the end of the text, after the story's
    last sentence and some removed furniture, is then two or more headline-shaped
    lines (four to twenty words, a capital first, no sentence end, no list bullet:
    bulleted ones are ``teaser_list``'s), perhaps with a row of tags ("Almería ·
    Sucesos · Agricultura"), and nothing else. A story that ends with lines like
    these has them right after its last sentence, with nothing removed between.
    """
    kept = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    last_sentence = next(
        (k for k in reversed(range(len(kept))) if infos[kept[k]].ends_sentence), None
    )
    if last_sentence is None or last_sentence + 1 >= len(kept):
        return
    story_end, first = kept[last_sentence], kept[last_sentence + 1]
    closers = [
        changes[j]
        for j in range(story_end + 1, first)
        if j in changes and changes[j][1] not in _GUESSED_KIND_RULES
    ]
    if not any(c not in _INLINE_FURNITURE for c in closers):
        # nothing a rule removed between, or only an ad marker (a caption, a guess):
        # the lines go on from the story's last sentence
        return
    tail = kept[last_sentence + 1 :]
    if any(i in protected for i in tail):
        return
    headlines = 0
    for i in tail:
        if _is_tag_row(blocks[i].text):
            continue
        if not _is_trailing_headline(blocks[i].text, infos[i]):
            return
        headlines += 1
    if headlines >= _TRAILING_TEASERS_MIN:
        for i in tail:
            changes[i] = (labels.RELATED, "trailing_teasers")


LEADING_TEASERS_MIN = 3
"""Headlines in Title Case in a row over an extractor's story that make a box of other
stories: a headline and a standfirst, or a crosshead, are one or two lines."""
LEADING_TEASERS_MAX = 8
"""More lines in a row than a box of other stories holds are a list of the page's own
(the rows of a standings table, names)."""
LEADING_TEASER_CAPS = 0.6
"""Least share of capitalised words of such a headline (Title Case)."""


def _mark_leading_teasers(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: Collection[int],
) -> None:
    """Headlines of other stories over an extractor's story, their box heading gone:
    :data:`LEADING_TEASERS_MIN` or more lines in a row right over the story's first
    sentence, each headline-shaped (as ``trailing_teasers`` reads them) and in Title
    Case ("Jonas Brothers Added to 2019 Awards Performance Lineup"). Not on a whole
    page, where the model reads the head of the page."""
    kept = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    first = next((k for k, i in enumerate(kept) if infos[i].ends_sentence), None)
    if first is None or first < LEADING_TEASERS_MIN:
        return
    run: list[int] = []
    for i in reversed(kept[:first]):
        info = infos[i]
        text = blocks[i].text
        if (
            i in protected
            or not (_is_trailing_headline(text, info) and info.cap_share >= LEADING_TEASER_CAPS)
            or _is_table_row(text)
        ):
            break  # a table's row ("12 Alex Bowman 2257 1 0 7 12") is no headline
        run.append(i)
    if LEADING_TEASERS_MIN <= len(run) <= LEADING_TEASERS_MAX:
        for i in run:
            changes[i] = (labels.RELATED, "leading_teasers")


def _is_trailing_headline(text: str, info: LineInfo) -> bool:
    low, high = _TRAILING_TEASER_WORDS
    first = text.lstrip()[:1]
    return (
        low <= info.words <= high
        and not info.ends_sentence
        and not info.list_marker
        and (first.isupper() or first.isdigit())
    )


def _is_tag_row(text: str) -> bool:
    """ "Almería · Guardia Civil · Sucesos · Agricultura": three or more short items
    joined by one separator."""
    for sep in _TAG_ROW_SEPARATORS:
        if sep in text:
            items = text.split(sep)
            return len(items) >= _TAG_ROW_MIN_ITEMS and all(
                0 < len(item.split()) <= _TAG_ROW_ITEM_WORDS for item in items
            )
    return False


_TAIL_KINDS = frozenset(
    {
        labels.RELATED,
        labels.PROMO,
        labels.SHARE,
        labels.COMMENTS,
        labels.LEGAL,
        labels.ADS,
        labels.CONTACT,
        labels.NAVIGATION,
    }
)
"""Kinds an orphan heading takes from the line under it; under anything else
(a caption, a byline) it is plain ``boilerplate``."""


def _mark_doubled(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """A paragraph printed twice in a row, or cut short ("…") right over its whole
    self: a feed's or an API's description over the content that opens with it, a
    photo's caption printed under it and in the gallery. The first copy goes
    (``repeated_text``); a chorus sung twice in a row goes too (not told apart)."""
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    for first, second in itertools.pairwise(body):
        if first in protected or infos[first].words < DOUBLED_MIN_WORDS:
            continue
        if printed_again(blocks[first].text, blocks[second].text):
            changes[first] = (labels.BOILERPLATE, "repeated_text")
    _mark_cut_copies(blocks, infos, changes, protected)


CUT_COPY_MIN_CHARS = 80
"""Shortest cut-short paragraph (ellipsis and marker taken off) that
:func:`_mark_cut_copies` compares with the story: an API's description or content
field runs to a few hundred characters; a line of a few words may repeat by chance."""

CUT_COPY_OPENING = 40
"""Characters of a paragraph's opening that :func:`_mark_cut_copies` looks up to find
where a copy may start; shorter than any candidate, so a cut copy always has it."""
CUT_COPY_MAX_TRIES = 3
"""Paragraphs with the same opening a cut copy is compared with: a page of one line
printed a thousand times costs three comparisons a line, not a thousand."""


def _mark_cut_copies(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    changes: dict[int, tuple[str, str]],
    protected: set[int],
) -> None:
    """A paragraph cut short ("…", "… [+2817 chars]") that is the story's text from
    one of its paragraphs on, word for word and across the paragraph breaks: a news
    API's content field printed before or after the full story. The copy goes
    (``repeated_text``), wherever it stands; the paragraphs it copies stay.

    Only a cut paragraph is a candidate, and it must be at least
    :data:`CUT_COPY_MIN_CHARS` long: whole paragraphs printed twice are
    :func:`_mark_doubled`'s, and a story may quote its own short lines again."""
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    folded: dict[int, str] = {}

    def fold(i: int) -> str:
        if i not in folded:
            folded[i] = " ".join(blocks[i].text.split()).casefold()
        return folded[i]

    starts: dict[str, list[int]] | None = None  # opening -> positions in body, built once
    for i in body:
        text = blocks[i].text
        if i in protected or infos[i].words < DOUBLED_MIN_WORDS:
            continue
        marker = _marker_run_start(text) if "[+" in text else None
        cut = text[:marker] if marker is not None else text
        cut = cut.rstrip()
        if marker is None and not cut.endswith(("...", "…")):
            continue
        copy = " ".join(cut.rstrip(".…").split()).casefold()
        if len(copy) < CUT_COPY_MIN_CHARS:
            continue
        opening = copy[:CUT_COPY_OPENING]
        if starts is None:
            starts = {}
            for k, j in enumerate(body):
                starts.setdefault(fold(j)[:CUT_COPY_OPENING], []).append(k)
        others = (k for k in starts.get(opening, ()) if body[k] != i)
        for k in itertools.islice(others, CUT_COPY_MAX_TRIES):
            story = []
            length = 0
            for m in body[k:]:
                if m == i:
                    break
                story.append(fold(m))
                length += len(story[-1]) + 1
                if length > len(copy):
                    break
            if " ".join(story).startswith(copy):
                changes[i] = (labels.BOILERPLATE, "repeated_text")
                break


def _undo_model(indexes: Iterable[int], changes: dict[int, tuple[str, str]]) -> None:
    """Give back to the body the blocks among ``indexes`` that the model removed
    (a cue rule's removals stand)."""
    for i in indexes:
        if changes.get(i, ("", ""))[1] == "model":
            del changes[i]


_ANY_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(?<![\w.])[-+±$€£]?\d[\d.,:/%]{0,15}(?![\w])")
TABLE_ROW_NUMBERS = 3
"""Numbers that make a line a row of a table of figures ("3 Kevin Harvick 5033 4 6")."""
_SENTENCE_ENDS = (".", "!", "?", "。")
TABLE_MIN_ROWS = 4
"""Rows in a row that make a table: fewer are a few lines that happen to hold figures."""


def _is_table_row(text: str) -> bool:
    """Three figures or more, or a date first ("June 17 – Nashville, TN @ Arena"), and
    not a sentence ("He scored 3 goals in 2 games over 4 days.")."""
    if _ANY_DIGIT.search(text) is None or text.rstrip().endswith(_SENTENCE_ENDS):
        return False
    return len(_NUMBER.findall(text)) >= TABLE_ROW_NUMBERS or _dated_entry().match(text) is not None


@functools.lru_cache(maxsize=1)
def _dated_entry() -> re.Pattern[str]:
    """A line opening with a day and a month, either order: the entry of a schedule."""
    from newsclean.extract.lexicon import meta_lexicon

    month = meta_lexicon().month_pattern
    day = r"\d{1,2}(?:st|nd|rd|th|er|º)?"
    month_day = rf"(?:{month})\.?[ \t]{{1,3}}{day}\b"
    day_month = rf"{day}\.?[ \t]{{1,3}}(?:de[ \t]+)?(?:{month})\b"
    return re.compile(rf"[\W_]{{0,3}}(?:{month_day}|{day_month})", re.IGNORECASE)


_CELL_GAP = re.compile(r"\S[ \t]{3,}(?=\S)")
"""Three spaces or more between two words: a gap between a table's cells, as a layout
renderer (inscriptis, lynx) sets a row out ("Using the hard shoulder    Dh1,000    6")."""
TABLE_ROW_CELL_GAPS = 2
"""Cell gaps in a line that set it out as a row of three cells or more."""


def _laid_out_row(raw: str) -> bool:
    """A line of three cells or more set out with runs of spaces, holding a figure."""
    return (
        _ANY_DIGIT.search(raw) is not None
        and not raw.rstrip().endswith(_SENTENCE_ENDS)
        and len(_CELL_GAP.findall(raw)) >= TABLE_ROW_CELL_GAPS
    )


_DASH_GROUPS = re.compile(r"-{3,}(?: {1,8}-{3,})+")
"""The rule under a simple table's header, one run of dashes per column ("-------
-----"), as pandoc's plain text and reStructuredText print it."""


def _ruled_table_rows(blocks: Sequence[Block], original: str) -> dict[int, int]:
    """The header and rows of every simple table ruled by :data:`_DASH_GROUPS`, each
    mapped to its rule: the line right above the rule and the lines under it that are
    short, no sentence, and (under the header) hold a figure ("Bezirk Ja in %" /
    "-------------- ---------" / "Lenzburg 74,3"). A table of two columns sets its
    cells out with one gap, which :func:`_laid_out_row` does not count as a row, and
    the kept text, cleaned again, no longer shows the gaps at all; the rule shows
    the columns either way. A table printed tight, its rule one line break under its
    header, ends at the first blank line (the page's furniture may follow: "Tweet 4");
    in text with a blank line between all its lines (the kept text cleaned again) the
    rows run to the first line that is none."""
    rows: dict[int, int] = {}
    for i, block in enumerate(blocks):
        if block.text[:3] != "---" or _DASH_GROUPS.fullmatch(block.text.strip()) is None:
            continue
        tight = bool(original) and (
            (i > 0 and one_break_between(original, blocks[i - 1], block))
            or (i + 1 < len(blocks) and one_break_between(original, block, blocks[i + 1]))
        )

        def fits(k: int, *, header: bool = False) -> bool:
            text = blocks[k].text
            return (
                blocks[k].label == labels.BODY
                and 0 < len(text.split()) <= RULED_ROW_MAX_WORDS
                and not text.rstrip().endswith(_SENTENCE_ENDS)
                and (header or _ANY_DIGIT.search(text) is not None)
            )

        if i > 0 and fits(i - 1, header=True):
            rows[i - 1] = i
        k = i + 1
        while (
            k < len(blocks)
            and fits(k)
            and not (tight and not one_break_between(original, blocks[k - 1], blocks[k]))
        ):
            rows[k] = i
            k += 1
    return rows


RULED_ROW_MAX_WORDS = 12
"""Words of a row under a table's rule: cells are a name and figures, no sentence."""


def _keep_whole_tables(
    blocks: Sequence[Block],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
    *,
    original: str = "",
    infos: Sequence[LineInfo] = (),
) -> None:
    """Keep every row of a table the model cut into: one row kept, or the line just
    above the rows (its heading or the sentence introducing it), means the table
    belongs to the story; the model judges rows one by one and, having seen few
    tables, drops most of a long one. A row holds three figures or more, or a date
    first (:func:`_is_table_row`), or is laid out in cells with runs of spaces in the
    raw text (:func:`_laid_out_row`, read in ``original``), which the normalised text
    no longer shows."""

    ruled = _ruled_table_rows(blocks, original)

    def row(i: int) -> bool:
        block = blocks[i]
        return (
            _is_table_row(block.text)
            or _laid_out_row(original[block.start : block.end])
            or _piped_row(block.text)
            or i in ruled
        )

    def closing_table(k: int, j: int) -> bool:
        # its heading the model took too, the story's kept prose a few lines above the
        # heading, and the end of the text or a cue rule's furniture under the rows
        # ("Five-day outlook" / "Thursday    Wet and windy    Max 13C" / … / "Related")
        if not infos or k < 2 or changes.get(view[k - 1], ("", ""))[1] != "model":
            return False
        heading = infos[view[k - 1]]
        return (
            not heading.is_prose
            and 0 < heading.words <= BOX_HEADING_MAX_WORDS
            and _story_above(infos, view, changes, k - 1)
            and (j == n or changes.get(view[j], ("", "model"))[1] != "model")
        )

    n = len(view)
    k = 0
    while k < n:
        if not row(view[k]):
            k += 1
            continue
        j = k
        while j < n and row(view[j]):
            j += 1
        rows = view[k:j]
        if len(rows) >= TABLE_MIN_ROWS:
            above_kept = k > 0 and view[k - 1] not in changes
            if above_kept or any(i not in changes for i in rows):
                _undo_model(rows, changes)
            elif closing_table(k, j):
                _undo_model(view[k - 1 : j], changes)
        k = j
    for i, rule in ruled.items():
        if i not in changes and changes.get(rule, ("", ""))[1] == "rule_line":
            # the rule under a kept header stays with it: cleaned again, the kept text
            # shows the same table
            del changes[rule]


_TABLE_RULES = frozenset({"model", "link_title"})
"""Removals a table's rows get back: the model's, and the page-title rule's, which reads
a row of cells between bars ("Grieskai | 14.7. – 22.8. | Fahrstreifenreduktion") as
"Title | Section | Site"."""


def _keep_barred_tables(
    blocks: Sequence[Block], infos: Sequence[LineInfo], changes: dict[int, tuple[str, str]]
) -> None:
    """Keep a table printed with bars between its cells, its header row too, when it
    stands in the story: :data:`TABLE_MIN_ROWS` lines or more in a row with as many bars
    each and a different last cell each. Page titles pasted as links ("How to … |
    Example Site") end alike, a table's rows do not; with no figure in them
    ("Vert | Pas de vigilance particulière") the rows escape :func:`_piped_row`.
    Read over the whole body, not the model's view (the page-title rule's removals
    are out of it), and also when the kept text is cleaned again."""
    view = [i for i, b in enumerate(blocks) if b.label == labels.BODY]
    n = len(view)
    k = 0
    while k < n:
        text = blocks[view[k]].text
        if " | " not in text and "│" not in text:
            k += 1  # most lines: no bar, no split
            continue
        cells = _bar_cells(text)
        if len(cells) < 2:
            k += 1
            continue
        j = k + 1
        while j < n and len(_bar_cells(blocks[view[j]].text)) == len(cells):
            j += 1
        rows = view[k:j]
        lasts = {_bar_cells(blocks[i].text)[-1].casefold() for i in rows}
        drawn = blocks[view[k]].text.startswith("│")  # a box drawn round it: no page title
        if (
            len(rows) >= TABLE_MIN_ROWS
            and (drawn or len(lasts) == len(rows))
            and (
                any(i not in changes for i in rows)
                or (k > 0 and view[k - 1] not in changes)
                or _story_above(infos, view, changes, k - 1)
            )
        ):
            for i in rows:
                if changes.get(i, ("", ""))[1] in _TABLE_RULES:
                    del changes[i]
        k = j


def _bar_cells(text: str) -> list[str]:
    """The cells of a row set out with bars ("a | b | c", "│ a │ b │ c │"), or the line
    as one cell when it has no bar between words."""
    if "│" in text:
        text = text.strip("│ ").replace(" │ ", " | ")
    return [cell.strip() for cell in text.split(" | ")]


def _piped_row(text: str) -> bool:
    """A table row with its cells between pipes and a figure in one of them ("Giovedì |
    Piogge diffuse | 16-21°C"); a menu's links joined by pipes hold no figure."""
    return text.count(" | ") >= PIPED_ROW_MIN_BARS and _ANY_DIGIT.search(text) is not None


PIPED_ROW_MIN_BARS = 2
"""Bars of a row of three cells or more."""


_ITEM_NUMBER = re.compile(r"[ \t]{0,40}(\d{1,3})[.)][ \t]{1,40}\S")
NUMBERED_MIN_ITEMS = 3
"""Items numbered in sequence that make a numbered list."""
NUMBERED_MAX_GAP = 3
"""Most lines between two items of one list (a link, a price, a line of description)."""


def _keep_numbered_lists(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Keep a numbered list whole when the story announces it: items numbered 1),
    2), 3) … in sequence, the first one kept, right under a kept line ending with
    a colon ("Here are the best deals:"), or when its items are the story's steps
    (:func:`_numbered_steps`); the model's removals among the items are undone.
    The model, judging items one by one, drops most of a long list; a "Most read"
    list under its heading, or after the story's last paragraph with nothing to
    announce it, is left to it."""
    numbers: list[tuple[int, int]] = []  # (position in view, item number)
    for k, i in enumerate(view):
        m = _ITEM_NUMBER.match(blocks[i].text)
        if m is not None:
            numbers.append((k, int(m[1])))
    # where the kept story starts in the view: steps stand under it (found once, so
    # that a page of numbered lines costs one pass, not one per list)
    first_prose = next(
        (k for k, i in enumerate(view) if i not in changes and infos[i].is_prose), len(view)
    )

    at = 0
    while at < len(numbers):
        chain = [at]  # indexes into ``numbers``
        nxt = at + 1
        while nxt < len(numbers):
            (k0, n0), (k1, n1) = numbers[chain[-1]], numbers[nxt]
            if k1 - k0 > NUMBERED_MAX_GAP + 1:
                break
            if n1 == n0 + 1:
                chain.append(nxt)
            nxt += 1
        at = chain[-1] + 1
        start, end = numbers[chain[0]][0], numbers[chain[-1]][0]
        if len(chain) < NUMBERED_MIN_ITEMS or start == 0:
            continue
        above = view[start - 1]
        announced = (
            view[start] not in changes
            and above not in changes
            and blocks[above].text.rstrip().endswith(":")
        )
        items = [view[numbers[c][0]] for c in chain]
        heading = view[max(0, start - NUMBERED_HEADING_LINES) : start]
        if announced or (
            first_prose < start and _numbered_steps(blocks, infos, heading, items, changes)
        ):
            _undo_model(view[start : end + 1], changes)


NUMBERED_HEADING_LINES = 3
"""Lines over a numbered list looked at for a heading over other stories ("Most read")."""


STEPS_MEAN_WORDS = 8
"""Least mean length in words of numbered steps: an instruction says what to do and how
("Heat the oven to 200C and oil a large tin."), not in two words ("Stir. Serve.")."""
_LIST_HEADING_KINDS = frozenset({labels.RELATED, labels.NAVIGATION})
"""Kinds of a heading a cue rule removed over a numbered list that make it other
stories' list ("Most read"); an ad marker between the story and its steps does not,
nor does the model's guess at a heading's kind ("Method")."""


def _numbered_steps(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    heading: Sequence[int],
    items: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
) -> bool:
    """Whether numbered ``items`` under the kept story are its steps: each a sentence
    of more than five words ending with a full stop, :data:`STEPS_MEAN_WORDS` words on
    average ("3. Roast for 30 minutes, until the skin is golden."), with no heading a
    cue rule removed right over them ("Most read"). A recipe's method or a how-to's
    steps; a "Most read" list numbers shorter headlines, mostly with no full stop."""
    for i in heading:
        kind, rule = changes.get(i, ("", ""))
        if kind in _LIST_HEADING_KINDS and rule not in _GUESSED_KIND_RULES:
            return False  # "Most read", "More stories": a list of other stories
    if not all(
        blocks[i].text.rstrip().endswith(".") and infos[i].words > STORY_SENTENCE_MIN_WORDS
        for i in items
    ):
        return False
    return sum(infos[i].words for i in items) >= STEPS_MEAN_WORDS * len(items)


_BULLETS = frozenset([*(c + " " for c in _BULLET_CHARS), "o ", "— "])
"""Openings of bulleted list items as text renderings print them, and the em dash
that Russian and French typography lists with (not a menu's bullet: it opens lines of
dialogue too, so only a list announced by a colon counts)."""
BULLETED_MIN_ITEMS = 3
"""Items under an announcing line that make a bulleted list of the story."""


def _keep_announced_bullets(
    blocks: Sequence[Block],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
    infos: Sequence[LineInfo] | None = None,
) -> None:
    """Keep a bulleted list the story announces: three items or more with the same
    bullet right under a kept line ending with a colon ("What's new in this
    version:"). The model reads bullets as menus; a menu is not announced by a
    sentence ending in a colon, and this undoes only the model's removals. With
    ``infos``, an announcing line the model removed counts too when kept prose stands
    a few lines above it and the story's sentences the model removed close the list
    (:func:`_story_resumes_after_list`): they all come back ("Также в МЧС напомнили:"
    / "— не подходите к оборванным проводам;" / … / the last paragraph), and so does an
    announcing sentence the model removed with its list right over a kept paragraph
    of the story, and the crosshead over it."""
    for k, j in _bullet_runs(blocks, view, BULLETED_MIN_ITEMS):
        above = view[k - 1]
        if not blocks[above].text.rstrip().endswith(":"):
            continue
        if above not in changes:
            _undo_model(view[k:j], changes)
        elif (
            infos is not None
            and changes[above][1] == "model"
            and j < len(view)
            and _story_resumes_after_list(infos, view, changes, k, j)
        ):
            _undo_model(view[k - 1 : _sentences_from(infos, view, changes, j)], changes)
        elif (
            infos is not None
            and changes[above][1] == "model"
            and infos[above].is_prose
            and j < len(view)
            and view[j] not in changes
            and infos[view[j]].is_prose
        ):
            # "According to council papers, the shortfall will be met through:" / the
            # items / the story's kept paragraph: the list stands inside the story, with
            # the crosshead over the announcing sentence ("How the gap was closed")
            start = k - 1
            if start > 0 and _crosshead_taken(infos, changes, view[start - 1]):
                start -= 1
            _undo_model(view[start:j], changes)


def _crosshead_taken(
    infos: Sequence[LineInfo], changes: Mapping[int, tuple[str, str]], i: int
) -> bool:
    """Whether line ``i`` is a short heading the model removed (no sentence, no colon)."""
    info = infos[i]
    return (
        changes.get(i, ("", ""))[1] == "model"
        and 0 < info.words <= BOX_HEADING_MAX_WORDS
        and not info.ends_sentence
        and not info.ends_colon
        and not info.list_marker
    )


def _announced_lists(
    blocks: Sequence[Block], infos: Sequence[LineInfo], changes: Mapping[int, tuple[str, str]]
) -> set[int]:
    """The items of bulleted lists the story announces and goes on under: a kept line
    ending with a colon, :data:`BULLETED_MIN_ITEMS` or more kept items with the same
    bullet, and a kept sentence of the story right after them ("Among the confirmed
    launch titles:" / "* Tidecaller (Marrow Bay Games)" / … / "Kestrel also showed a
    dock …"). No later list rule reads them as teaser headlines or a menu."""
    body = [i for i, b in enumerate(blocks) if b.label == labels.BODY and i not in changes]
    announced: set[int] = set()
    for k, j in _bullet_runs(blocks, body, BULLETED_MIN_ITEMS):
        if (
            blocks[body[k - 1]].text.rstrip().endswith(":")
            and j < len(body)
            and _sentence_shaped(infos[body[j]])
        ):
            announced.update(body[k:j])
    return announced


def _bullet_runs(
    blocks: Sequence[Block], view: Sequence[int], least: int
) -> Iterator[tuple[int, int]]:
    """``(k, j)``: view positions ``k`` to ``j`` (excluded) of ``least`` or more items
    in a row with the same bullet, under a line (``k`` is 1 or more)."""
    n = len(view)
    k = 1
    while k < n:
        marker = blocks[view[k]].text[:2]
        if marker not in _BULLETS:
            k += 1
            continue
        j = k
        while j < n and blocks[view[j]].text[:2] == marker:
            j += 1
        if j - k >= least:
            yield k, j
        k = j


def _keep_bullets_under_crosshead(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Keep a bulleted list the story heads with a crosshead of its own, no colon
    ("What not to do" / "* Do not post your number …" / …): a kept short heading with
    kept prose a few lines above it, then :data:`BULLETED_MIN_ITEMS` or more items with
    the same bullet that the model removed or kept and that do not read as teasers (a
    list of other stories under a heading is headlines)."""
    for k, j in _bullet_runs(blocks, view, BULLETED_MIN_ITEMS):
        heading = view[k - 1]
        info = infos[heading]
        items = view[k:j]
        # items that are sentences ("• Best time: March to May. Summer is hot.") are
        # the story's advice; a teaser is a headline, its kicker's colon no label's
        sentences = all(infos[i].ends_sentence for i in items)
        end = j
        if sentences:
            end = _sentences_from(infos, view, changes, j)  # a closing line of the story
        # a heading the model took too counts when the story's kept prose goes on
        # right under the list (the list sits inside the story), or when the list of
        # sentences closes the story: the end of the text or a cue rule's furniture next
        heading_kept = heading not in changes or (
            changes[heading][1] == "model"
            and (
                (j < len(view) and view[j] not in changes and infos[view[j]].is_prose)
                or (
                    sentences
                    and (end == len(view) or changes.get(view[end], ("", "model"))[1] != "model")
                )
            )
        )
        if (
            heading_kept
            and info.key.split(" ", 1)[0] not in more_words()
            and not info.is_prose
            and not info.ends_sentence
            and info.words <= BOX_HEADING_MAX_WORDS
            # removed by the model, the last kept at times (it sits next to kept prose)
            and all(changes.get(i, ("", "model"))[1] == "model" for i in items)
            and _story_above(infos, view, changes, k - 1)
            and _teaser_lines([infos[i] for i in items]) <= STORY_SPAN_TEASER_SHARE * len(items)
            and (sentences or sum(_kicker_opens(infos[i].key) for i in items) * 3 <= len(items))
        ):
            _undo_model([heading, *view[k:end]], changes)


def _kicker_opens(key: str) -> bool:
    """Whether a line opens with a kicker and its colon, in its first words: a teaser
    ("Editorial: La Ribera no puede esperar", "Columna: El invierno …")."""
    return ": " in " ".join(key.split()[: KICKER_MAX_WORDS + 1])


KICKER_MAX_WORDS = 3
"""Words of a teaser's kicker before its colon ("Cartas al director:")."""


_FACT_ROW = re.compile(r"[^\W\d_][\w’'.-]{0,30}(?: [\w’'.-]{1,30}){0,2}: \S")
"""A row of a fact box: a label of one to three words, a colon, a value ("Tore: 0:1
Voigt (9.)", "Referee: Jane Roe", "Attendance: 4,812")."""
FACT_ROW_MAX_WORDS = 30
"""A row may be long: a team's line-up runs to twenty words and more."""


FACT_ROWS_KEPT_MIN = 2
"""Kept rows in a row that make a fact box the story prints ("Tore: …" under the two
line-ups); one kept row ("Newsroom: 555 0100") may head a footer's contact box."""
FACT_ROWS_MAX = 6
"""Rows given back under them at most: a fact box is short; a run past it is a
footer's address box."""


def _fact_row(block: Block, info: LineInfo) -> bool:
    """A label, a colon and a value, no sentence ("Correction: An earlier version …
    said …." is a note, and a note is no box's row)."""
    text = block.text.rstrip()
    if text.endswith((".", "!", "?")) and not (  # "(9.)" closes a row
        # "Attendance: 2,417.", "Referee: Jane Roe.": a short row with its full stop
        text.endswith(".") and info.words <= FACT_ROW_STOP_MAX_WORDS and info.sentences <= 1
    ):
        return False
    return (
        info.words <= FACT_ROW_MAX_WORDS
        and not info.has_link
        and _FACT_ROW.match(block.text) is not None
    )


FACT_ROW_STOP_MAX_WORDS = 12
"""Most words of a fact row ending with a full stop, as some papers print every row."""


def _keep_fact_rows(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Keep the rows of a fact box the story prints, once two are kept: a match's
    line-ups and scorers, then its referee and attendance ("Schiedsrichter: …",
    "Zuschauer: 3.412"), each a label, a colon and a value, right under kept rows. The model
    reads the short rows as menu items; only its removals are undone, so a cue
    rule's "Tags: …" under the box still goes."""
    run = given = 0  # kept rows in a row up to the line above, and rows given back
    for k in range(1, len(view)):
        above, here = view[k - 1], view[k]
        if above not in changes and _fact_row(blocks[above], infos[above]):
            run += 1
        else:
            run = given = 0
            continue
        if (
            run >= FACT_ROWS_KEPT_MIN
            and given < FACT_ROWS_MAX
            and changes.get(here, ("", ""))[1] == "model"
            and _fact_row(blocks[here], infos[here])
        ):
            del changes[here]
            given += 1


def _keep_fact_boxes_in_story(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Keep a fact box printed between the story's lines whole: two or more rows in a
    row ("Where: …", "When: …", "Price: …" under an event's name), one of them kept, a
    kept line over the box and a kept paragraph of prose under it. The model reads each
    short row on its own and takes some of a box and leaves the rest; a box the story
    goes on after is the story's. Only the model's removals are undone; a box with a
    row a cue rule removed ("Tags: …") is left as it is."""
    k = 0
    while k < len(view):
        end = k
        while end < len(view) and _fact_row(blocks[view[end]], infos[view[end]]):
            end += 1
        if end == k:
            k += 1
            continue
        run = view[k:end]
        if (
            len(run) >= FACT_BOX_MIN_ROWS
            and k > 0
            and view[k - 1] not in changes
            and end < len(view)
            and view[end] not in changes
            and infos[view[end]].is_prose
            and any(i not in changes for i in run)
            and all(changes.get(i, ("", "model"))[1] == "model" for i in run)
        ):
            _undo_model(run, changes)
        k = end


FACT_BOX_MIN_ROWS = 2
"""Rows of a fact box between the story's lines: one row alone may be a label the
model was right to take."""


STORY_SENTENCE_MIN_WORDS = 5
STORY_SENTENCE_MIN_STOP_SHARE = 0.2
STORY_SENTENCE_MAX_CAPS = 0.5
"""A line the model removed is given back as a sentence of the story when it ends
like a sentence, has five words or more, a fifth of them function words, at most
half of them capitalised (a headline in Title Case ending with "?" is a teaser),
no link, no list bullet and no word speaking to the reader ("Community rules
apply to all content you upload"), and stands next to a kept paragraph of prose,
or next to such a sentence: a story of one-sentence paragraphs ("The warehouse
employed 40 people.") scores low line by line, but its sentences hold together."""


ANNOUNCING_MIN_WORDS = 6
"""A line announcing a list with its colon is a sentence of this many words or more,
a fifth of them function words (:data:`STORY_SENTENCE_MIN_STOP_SHARE`): "Northern
Link will run the following timetable:"; a shorter one may be a label ("Links:",
"More from us:")."""
ANNOUNCED_MIN_ITEMS = 2
ANNOUNCED_ITEM_MAX_WORDS = 15
"""Plain lines of a list a sentence announces: two or more, each short."""


def _announced_item(info: LineInfo, change: tuple[str, str] | None) -> bool:
    """An item of an announced list: short, not ending with a colon, no link, and
    removed by the model only or kept but no paragraph of prose (the story going on)."""
    if change is None:
        if info.is_prose:
            return False
    elif change[1] != "model":
        return False
    return info.words <= ANNOUNCED_ITEM_MAX_WORDS and not info.ends_colon and not info.has_link


def _announced_list_lines(run: Sequence[int], infos: Sequence[LineInfo]) -> set[int]:
    """The lines of ``run`` that are a list a sentence announces, the sentence with them:
    a sentence of :data:`ANNOUNCING_MIN_WORDS` or more ending with a colon, no cue
    and no link ("Pump prices across selected states (NNPC retail outlets):"), and the
    short lines right under it that end no sentence (its items: "Lagos – N897")."""
    listed: set[int] = set()
    announcing: int | None = None
    for i in run:
        info = infos[i]
        if (
            info.ends_colon
            and info.words >= ANNOUNCING_MIN_WORDS
            and not info.has_link
            and info.cue_label is None
            and info.cue_prefix_label is None
        ):
            announcing = i
            continue
        if (
            announcing is not None
            and info.words <= ANNOUNCED_ITEM_MAX_WORDS
            and not info.ends_sentence
            and not info.ends_colon
            and not info.has_link
        ):
            listed.update((announcing, i))
            continue
        announcing = None
    return listed


def _dashed_row(info: LineInfo) -> bool:
    """A row of a schedule: a time or date, a dash, what happens then ("Sunday 10.30am –
    St Brendan's", "14 March - Leeds, First Direct Arena"); a figure before the dash."""
    head, dash, rest = info.key.partition(" - ")
    return bool(dash) and bool(rest) and _ANY_DIGIT.search(head) is not None


def _keep_announced_lines(
    infos: Sequence[LineInfo], view: Sequence[int], changes: dict[int, tuple[str, str]]
) -> None:
    """Keep a list of plain lines the story announces and then goes on after: a
    sentence ending with a colon ("… the following reduced timetable:"), two or more
    short lines ("Aldersfield to Port Carrow: two trains per hour"), and a kept
    paragraph of prose right under them. Only the model's removals are undone, the
    announcing sentence's too. A menu is announced by no sentence, and a list of
    teasers has no story under it. A list closing the story is kept too when the kept
    sentence announces "Label: value" facts (:func:`_fact_line`) or a schedule's rows
    (:func:`_dashed_row`) and furniture a cue rule removed, or nothing, follows them."""
    n = len(view)
    for k in range(1, n):
        above = view[k - 1]
        info = infos[above]
        if (
            not info.ends_colon
            or (
                info.words < ANNOUNCING_MIN_WORDS
                # "The RFS says residents should:": a short one reports someone's word
                and not (info.words >= ANNOUNCING_REPORTED_MIN_WORDS and SPEECH.search(info.key))
            )
            # a sentence the model kept reads as one; one it removed needs function words
            or (above in changes and info.stop_share < STORY_SENTENCE_MIN_STOP_SHARE)
            or info.has_link
            or changes.get(above, ("", "model"))[1] != "model"
        ):
            continue  # kept, or removed by the model only: a cue rule's removal stands
        j = k
        while j < n and _announced_item(infos[view[j]], changes.get(view[j])):
            j += 1
        if j - k < ANNOUNCED_MIN_ITEMS:
            continue
        if j < n and view[j] not in changes and infos[view[j]].is_prose:
            _undo_model(view[k - 1 : j], changes)
        elif j < n and _story_resumes_after_list(infos, view, changes, k, j):
            # the model took the story's sentences under the list as well: they come
            # back with it ("The full list of dates is:" / 14 dates / "Tickets go on sale …")
            _undo_model(view[k - 1 : _sentences_from(infos, view, changes, j)], changes)
        elif (
            above not in changes
            and all(_fact_line(infos[i]) or _dashed_row(infos[i]) for i in view[k:j])
            and (j == n or changes.get(view[j], ("", "model"))[1] != "model")
        ):
            # the list closes the story: the kept sentence announces facts ("Waiting
            # times on Monday:" / "Setúbal: 9h12" / …), and a cue rule's furniture or
            # the end of the text comes next, no teaser's headline
            _undo_model(view[k:j], changes)
        elif (
            (m := k + _numbered_in_order(infos, view[k:j])) - k >= ANNOUNCED_MIN_NUMBERED
            and _furniture_after(changes, view[m - 1], view[m] if m < n else None)
            and _story_above(infos, view, changes, k - 1)
        ):
            # "The six groups to qualify were:" / "1. …" / "2. …" / … closing the story
            # over a cue rule's furniture ("Advertisement"): a list the story numbers;
            # a "Most read" list is announced by its heading, no sentence. The story's
            # crosshead right over the sentence ("Results") comes back with it
            start = k - 1
            if (
                start > 0
                and changes.get(view[start - 1], ("", ""))[1] == "model"
                and _crosshead_shaped(infos[view[start - 1]])
                and infos[view[start - 1]].words <= LIST_HEADING_MAX_WORDS
            ):
                start -= 1
            _undo_model(view[start:m], changes)
        elif (
            j - k <= ANNOUNCED_CLOSING_MAX_ITEMS
            # numbered items have their own test above (in order, over furniture)
            and not any(infos[i].key[:1].isdigit() for i in view[k:j])
            # a sentence reporting someone's word ("The RFS says residents should:"); a
            # box's heading names stories ("Trending stories from across the network:")
            and SPEECH.search(info.key) is not None
            and _possessives().isdisjoint(_words_of(info.key))
            and _closing_furniture(changes, view, j)
            and _story_above(infos, view, changes, k - 1)
        ):
            # the story's closing list ("The RFS says residents should:" / "Check the
            # Fires Near Me app regularly" / …) over the page's furniture or a date:
            # a box of other stories is announced by its heading, and speaks to the
            # reader ("Our latest stories include:")
            _undo_model(view[k - 1 : j], changes)


ANNOUNCING_REPORTED_MIN_WORDS = 4
"""Words of a short announcing sentence that reports someone's word ("The RFS says
residents should:")."""
ANNOUNCED_CLOSING_MAX_ITEMS = 10
"""Items of a list closing the story over the page's furniture; a longer run is a
menu's."""


def _closing_furniture(changes: Mapping[int, tuple[str, str]], view: Sequence[int], j: int) -> bool:
    """Whether the list ending before ``view[j]`` closes the story: the view ends, a
    block out of the view (a date line another cleaner read) follows it, or a cue
    rule's furniture."""
    if j == len(view):
        return True
    return view[j] != view[j - 1] + 1 or changes.get(view[j], ("", "model"))[1] != "model"


LIST_HEADING_MAX_WORDS = 4
"""Words of the story's crosshead over a numbered list it announces ("Results")."""


def _numbered_in_order(infos: Sequence[LineInfo], items: Sequence[int]) -> int:
    """How many of ``items``, from the first, are numbered 1, 2, 3 … in order."""
    for number, i in enumerate(items, start=1):
        head = infos[i].key.split(" ", 1)[0]
        if head not in (f"{number}.", f"{number})"):
            return number - 1
    return len(items)


ANNOUNCED_MIN_NUMBERED = 3
"""Numbered items under an announcing sentence that make a list of the story's."""


def _furniture_after(changes: Mapping[int, tuple[str, str]], last: int, nxt: int | None) -> bool:
    """Whether the block right after ``last`` is a cue rule's furniture (an ad marker
    out of the model's view included), or the view ends there (``nxt`` is ``None``)."""
    if nxt is None:
        return True
    rule = changes.get(last + 1, ("", ""))[1]
    return rule not in ("", "model")


ANNOUNCED_STORY_ABOVE = 6
"""Lines of the view above an announcing sentence searched for a kept paragraph of the
story: the list stands in the story, not in the page's tail."""


def _story_above(
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
    k: int,
) -> bool:
    """Whether kept prose of the story stands within :data:`ANNOUNCED_STORY_ABOVE` lines
    of the view over position ``k``: what opens there stands in the story."""
    above = view[max(0, k - ANNOUNCED_STORY_ABOVE) : k]
    return any(i not in changes and infos[i].is_prose for i in above)


def _sentences_from(
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
    j: int,
) -> int:
    """The view position after the run of the story's sentences (:func:`_sentence_shaped`)
    the model removed from position ``j`` on."""
    return _model_run(view, changes, j, lambda i: _sentence_shaped(infos[i]))


def _model_run(
    view: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
    j: int,
    test: Callable[[int], bool],
) -> int:
    """The view position after the run of blocks from position ``j`` on that the model
    removed and that pass ``test``."""
    end = j
    while end < len(view) and changes.get(view[end], ("", ""))[1] == "model" and test(view[end]):
        end += 1
    return end


HEADED_BOX_MIN_ROWS = 3
"""Rows of "Label: value" facts under a kept crosshead that make a fact box of the story
("Die Eckdaten des Projekts" / "Anlagen: 3" / "Nabenhöhe: 166 Meter" / …)."""
BOX_HEADING_MAX_WORDS = 6


def _keep_headed_fact_box(
    infos: Sequence[LineInfo], view: Sequence[int], changes: dict[int, tuple[str, str]]
) -> None:
    """Give back a fact box the story heads with a crosshead of its own: a kept short
    heading under kept prose, :data:`HEADED_BOX_MIN_ROWS` or more fact lines
    (:func:`_fact_line`) the model removed, and under them the story's end: kept prose,
    the story's sentences the model removed (given back too) and then the end of the
    text or furniture a cue rule removed. A list of teasers under a heading has more
    headlines under it, not sentences."""
    n = len(view)
    k = 1
    while k < n:
        heading = view[k - 1]
        info = infos[heading]
        j = _model_run(view, changes, k, lambda i: _fact_line(infos[i]))
        if (
            j - k < HEADED_BOX_MIN_ROWS
            or heading in changes
            or info.is_prose
            or info.words > BOX_HEADING_MAX_WORDS
            or not _story_above(infos, view, changes, k - 1)
        ):
            k = max(j, k + 1)
            continue
        end = _sentences_from(infos, view, changes, j)
        if end == j and j + 1 < n and _crosshead_removed(infos, changes, view[j]):
            # the story's crosshead between the box and its last paragraphs ("Should
            # you buy one?" under a review's specifications); a paragraph of several
            # sentences there is the story's even when it speaks to the reader (a
            # review's verdict: "If your priorities are space …")
            after = _model_run(
                view,
                changes,
                j + 1,
                lambda i: (
                    _sentence_shaped(infos[i])
                    or (_long_prose(infos[i]) and infos[i].sentences >= 2)
                ),
            )
            end = after if after > j + 1 else j
        # under the sentences: the end, a kept line, or a cue rule's furniture; or the
        # sentences hold a paragraph of the story's (a teaser's summary is one sentence)
        closes = (
            end == n
            or changes.get(view[end], ("", ""))[1] != "model"
            or any(_long_prose(infos[view[x]]) for x in range(j, end))
        )
        if (end == j and j < n and view[j] not in changes and infos[view[j]].is_prose) or (
            end > j and closes
        ):
            _undo_model(view[k:end], changes)
        k = j


KEY_POINTS_MAX_ITEMS = 8
KEY_POINT_MAX_WORDS = 30
"""A box of key points holds two to eight short items (a sentence each at most)."""
KEY_POINTS_STORY_WITHIN = 4
"""Lines under the box searched for the story's kept prose (a live entry's time and
heading may stand between)."""


def _keep_key_points(
    infos: Sequence[LineInfo], view: Sequence[int], changes: dict[int, tuple[str, str]]
) -> None:
    """Give back a box of key points the story prints at its head: a heading of the
    lexicons' ``KEY_POINT_HEADERS`` ("Key points", "Das Wichtigste in Kürze", "Ce qu'il
    faut retenir"), two to :data:`KEY_POINTS_MAX_ITEMS` short items under it, and the
    story's kept prose within :data:`KEY_POINTS_STORY_WITHIN` lines under them. The
    model reads the items as a menu; a background box closing the page has no story
    under it and stays removed. Only the model's removals are undone."""
    headers = key_point_headers()
    n = len(view)
    no_change = ("", "")
    for k in range(n - 1):
        head = view[k]
        if infos[head].words > BOX_HEADING_MAX_WORDS or changes.get(head, no_change)[1] not in (
            "",
            "model",
        ):
            continue
        if infos[head].key.rstrip(":") not in headers:
            continue
        j = k + 1
        while (
            j < n
            and j - k <= KEY_POINTS_MAX_ITEMS
            and _key_point(infos[view[j]], changes.get(view[j]))
        ):
            j += 1
        story_under = any(
            view[x] not in changes and infos[view[x]].is_prose
            for x in range(j, min(n, j + KEY_POINTS_STORY_WITHIN))
        )
        if j - k - 1 >= 2 and story_under:
            _undo_model(view[k:j], changes)
            above = view[k - 1] if k > 0 else None
            if (
                above is not None
                and changes.get(above, no_change)[1] == "model"
                and infos[above].is_prose
                and infos[above].ends_sentence
            ):
                # the story's opening paragraph over its box: the model read the two
                # together as the page's furniture
                del changes[above]


def _key_point(info: LineInfo, change: tuple[str, str] | None) -> bool:
    """An item of a box of key points: short, no link, no colon at its end, kept or
    removed by the model only."""
    return (
        (change is None or change[1] == "model")
        and 0 < info.words <= KEY_POINT_MAX_WORDS
        and not info.has_link
        and not info.ends_colon
    )


def _crosshead_removed(
    infos: Sequence[LineInfo], changes: Mapping[int, tuple[str, str]], i: int
) -> bool:
    """Whether block ``i`` is a short heading the model removed (no prose, no colon at
    its end, :data:`BOX_HEADING_MAX_WORDS` words at most)."""
    info = infos[i]
    return (
        changes.get(i, ("", ""))[1] == "model"
        and not info.is_prose
        and not info.ends_colon
        and 0 < info.words <= BOX_HEADING_MAX_WORDS
    )


def _story_resumes_after_list(
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
    k: int,
    j: int,
) -> bool:
    """Whether the story goes on under an announced list the model removed with what
    follows: two sentences of the story's shape (:func:`_sentence_shaped`) the model
    removed right under the items, or one and then the end of the text or furniture a
    cue rule removed (the story's last sentence), and kept prose a few lines over the
    announcing sentence. A list of teasers has headlines, not plain sentences, under it."""

    def story_sentence(i: int) -> bool:
        return changes.get(i, ("", ""))[1] == "model" and _sentence_shaped(infos[i])

    after = view[j : j + 2]
    if not after or not story_sentence(after[0]):
        return False
    # two sentences, or the story's last one and then the end or a cue rule's furniture
    closes = len(after) == 1 or changes.get(after[1], ("", "model"))[1] != "model"
    if not (closes or story_sentence(after[-1])):
        return False
    return _story_above(infos, view, changes, k - 1)


REVIEW_ITEMS_MAX = 8
"""Items under a pros or a cons heading of a review's verdict box."""
REVIEW_EXTRA_CONS = 2
"""Bad points beyond the number of good ones kept when no verdict closes the list: a
review may find more faults than merits, a related list after it goes on."""
REVIEW_ITEM_MAX_WORDS = 12
"""Words of one good or bad point ("Eight-hour battery with ANC on")."""
REVIEW_VERDICT_LINES = 2
"""Lines under a verdict heading given back with the box: the verdict and a rating."""
_SHOP_HEADING_WORDS = frozenset({"deal", "deals", "price", "prices", "angebote", "offres"})
"""Last words of a shop widget's heading under a review's box ("Today's best … deals"):
no point of the review."""


@functools.lru_cache(maxsize=1)
def _review_headings() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from newsclean.lexicons import reviews

    return frozenset(reviews.PROS), frozenset(reviews.CONS), frozenset(reviews.VERDICTS)


def _keep_review_box(
    infos: Sequence[LineInfo], view: Sequence[int], changes: dict[int, tuple[str, str]]
) -> set[int]:
    """Give back a review's verdict box the model removed: a pros heading and its points,
    then a cons heading and its points ("Pros" / "Outstanding battery life" / … /
    "Cons" / "No wireless charging" / …), with a verdict heading and its lines just
    above or below. The pair of headings over short points is a review's, never a
    menu's. Only the model's removals are undone; the box is protected from the list
    rules after."""
    pros, cons, verdicts = _review_headings()

    def heading(k: int) -> str:
        return infos[view[k]].key.rstrip(":").strip()

    def point(k: int) -> bool:
        i = view[k]
        decided = changes.get(i)
        key = infos[i].key
        return (
            (decided is None or decided[1] == "model")
            and 0 < infos[i].words <= REVIEW_ITEM_MAX_WORDS
            and key.rsplit(" ", 1)[-1] not in _SHOP_HEADING_WORDS
        )

    def points_from(k: int) -> int:
        end = k
        while end < len(view) and end - k < REVIEW_ITEMS_MAX and point(end):
            if heading(end) in cons or heading(end) in verdicts:
                break
            end += 1
        return end

    def verdict_run(k: int) -> list[int]:
        """The verdict heading at ``k`` and the lines under it that belong to it."""
        run = [k]
        for x in range(k + 1, min(len(view), k + 1 + REVIEW_VERDICT_LINES)):
            decided = changes.get(view[x])
            info = infos[view[x]]
            # the verdict, then a rating ("Rating: 4 out of 5"); a bio after it is not
            sentence = x == k + 1 and _sentence_shaped_apart_from_quotes(info)
            if (decided is not None and decided[1] != "model") or not (
                sentence or _fact_line(info)
            ):
                break
            run.append(x)
        return run

    boxed: set[int] = set()
    for k in range(len(view)):
        if heading(k) not in pros or not point(k):
            continue
        middle = points_from(k + 1)
        if middle == k + 1 or middle >= len(view) or heading(middle) not in cons:
            continue
        end = points_from(middle + 1)
        if end == middle + 1:
            continue
        if end - middle - 1 > middle - k - 1 and not (end < len(view) and heading(end) in verdicts):
            # more bad points than good ones and no verdict closing them: the run may
            # go on into other short lines (related links); keep a few more than the good
            end = min(end, middle + 1 + (middle - k - 1) + REVIEW_EXTRA_CONS)
        box = list(range(k, end))
        if end < len(view) and heading(end) in verdicts:
            box += verdict_run(end)
        for above in range(k - 1, max(-1, k - 2 - REVIEW_VERDICT_LINES), -1):
            if heading(above) in verdicts and k - 1 in verdict_run(above):
                box = [*verdict_run(above), *box]
                break
        indexes = [view[x] for x in box]
        _undo_model(indexes, changes)
        boxed.update(i for i in indexes if i not in changes)
    return boxed


LOWER_CASE_ITEM_MAX_WORDS = 15
"""Words of an item that runs on the sentence announcing it ("Geplant sind:" / "eine
Mensa mit 120 Plätzen")."""


def _keep_items_in_lower_case(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Give back the items the model removed under a kept line ending with a colon when
    two or more in a row open in lower case: they run on its sentence ("Geplant sind:"
    / "zwölf Klassenzimmer …" / "eine Mensa …"), as no menu or teaser does. A sentence
    opened with no colon and run on through its items to a full stop ("Außerdem hat
    der Gemeinderat" / "– die Hundesteuer … erhöht," / "– … zugestimmt.") comes back
    with its opening, when kept prose stands a few lines above it."""
    for k in range(1, len(view)):
        above = view[k - 1]
        opened = above not in changes and infos[above].ends_colon
        if not opened and not _sentence_opening(infos, view, changes, k - 1):
            continue
        j = k
        while j < len(view):
            i = view[j]
            opening = blocks[i].text.lstrip("-–•*·▪ ")[:1]
            if (
                changes.get(i, ("", ""))[1] != "model"
                or not opening.islower()
                or infos[i].words > LOWER_CASE_ITEM_MAX_WORDS
            ):
                break
            j += 1
        if j - k < ANNOUNCED_MIN_ITEMS:
            continue
        if opened:
            _undo_model(view[k:j], changes)
        elif blocks[view[j - 1]].text.rstrip().endswith(".") and all(
            blocks[i].text.rstrip()[-1:] in ",;" for i in view[k : j - 1]
        ):
            # the story's own sentence through its items: the sentences the model
            # removed right under it go on with the story too
            _undo_model(view[k - 1 : _sentences_from(infos, view, changes, j)], changes)


SENTENCE_OPENING_MIN_WORDS = 3
"""Words of a sentence's opening run on into list items ("Außerdem hat der Gemeinderat")."""


def _sentence_opening(
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: Mapping[int, tuple[str, str]],
    k: int,
) -> bool:
    """Whether the line at view position ``k`` opens a sentence its items go on with:
    no closing mark or a colon ("Врачи советуют в жаркие дни:"), a few words with
    function words among them, and kept prose of the story a few lines above."""
    info = infos[view[k]]
    if (
        info.ends_sentence
        or info.ends_clause
        or info.words < SENTENCE_OPENING_MIN_WORDS
        or info.stop_share < STORY_SENTENCE_MIN_STOP_SHARE
        or info.has_link
        or changes.get(view[k], ("", "model"))[1] != "model"
    ):
        return False
    return _story_above(infos, view, changes, k)


def _sentence_shaped(info: LineInfo, *, first_person: bool = False) -> bool:
    """A line that ends like a sentence of five words or more, with no link, list
    bullet, furniture keyword ("All content is copyright of …", "Comments are …") or
    word speaking to the reader: what a story's sentence the model removed looks like.
    With ``first_person`` (the kept story says "we" itself, see
    :func:`_told_in_first_person`) "we", "our" and "us" are the narrator's words and
    only "you" and "your" speak to the reader."""
    if not _sentence_shaped_apart_from_quotes(info):
        return False
    if not first_person:
        return not speaks_to_reader(info.key)
    return _words_of(info.key).isdisjoint(reader_words("en") - _FIRST_PERSON)


_FIRST_PERSON = frozenset({"we", "our", "ours", "us"})
"""The English reader words (:func:`reader_words`) a first-person story narrates with."""
_NARRATOR_WORDS = frozenset({"we", "We", "our", "Our", "ours", "us"})
"""The same as written: "US" is a country, not the narrator."""
_QUOTE_OPENERS = frozenset("\"“‘'«„")
"""Marks a paragraph quoting somebody opens with."""
_QUOTES_AS_ONE = str.maketrans(dict.fromkeys("“”„«»", '"'))
"""Double quotation marks of every style read as one, to cut quotations out."""


def _outside_quotes(text: str) -> str:
    """The words of ``text`` outside double quotation marks of any style."""
    return " ".join(text.translate(_QUOTES_AS_ONE).split('"')[::2])


FIRST_PERSON_MIN_LINES = 2
"""Kept paragraphs saying "we" or "our" that make the story a first-person one (a
company's engineering blog, a column): one such paragraph may quote somebody."""


def _words_of(key: str) -> frozenset[str]:
    return frozenset(w.strip(".,;:!?\"'()") for w in key.split())


def _told_in_first_person(
    blocks: Sequence[Block], infos: Sequence[LineInfo], changes: Mapping[int, tuple[str, str]]
) -> bool:
    """Whether :data:`FIRST_PERSON_MIN_LINES` kept paragraphs of prose narrate in the
    first person plural, outside quotation marks ("we measured four weeks of runs")."""
    told = 0
    for i, info in enumerate(infos):
        if i in changes or not info.is_prose or blocks[i].label != labels.BODY:
            continue
        if _FIRST_PERSON.isdisjoint(_words_of(info.key)):
            continue  # the cheap test first: most paragraphs say no "we" at all
        text = blocks[i].text
        if text.lstrip()[:1] in _QUOTE_OPENERS:
            continue  # a source speaking ("‘We will not accept a deal,’ she said")
        # a source's "we" is not the narrator's
        if _NARRATOR_WORDS.isdisjoint(_words_of(_outside_quotes(text))):
            continue
        told += 1
        if told >= FIRST_PERSON_MIN_LINES:
            return True
    return False


def _keep_story_sentences(
    blocks: Sequence[Block], infos: Sequence[LineInfo], changes: dict[int, tuple[str, str]]
) -> None:
    """Give back the model's removals that read as sentences and touch the kept story."""

    first_person = _told_in_first_person(blocks, infos, changes)

    def sentence(i: int) -> bool:
        info = infos[i]
        return (
            changes.get(i, ("", ""))[1] == "model"
            and _sentence_shaped(info, first_person=first_person)
            and info.stop_share >= STORY_SENTENCE_MIN_STOP_SHARE
            and info.cap_share <= STORY_SENTENCE_MAX_CAPS
        )

    def kept(i: int) -> bool:
        info = infos[i]
        return (
            blocks[i].label == labels.BODY
            and i not in changes
            and (info.is_prose or (info.ends_sentence and info.words >= STORY_SENTENCE_MIN_WORDS))
        )

    n = len(blocks)
    seeds = [
        i
        for i in range(n)
        if sentence(i) and ((i > 0 and kept(i - 1)) or (i + 1 < n and kept(i + 1)))
    ]
    for start in seeds:
        i = start
        while i >= 0 and sentence(i):  # up from the seed, then down from past it
            del changes[i]
            i -= 1
        i = start + 1
        while i < n and sentence(i):
            del changes[i]
            i += 1


STORY_SPAN_MAX_GAP = 30
"""Most lines between two kept paragraphs of the story, or after its last one, that
:func:`_keep_story_span` gives back: a table or a recipe, not a page's worth of
teasers."""
BOX_OVER_STORY_MIN_LINES = 5
BOX_OVER_STORY_ITEM_SHARE = 0.6
"""A box over a kept paragraph that :func:`_keep_story_span` gives back: five lines or
more, three in five of them items or facts ("1 1/2 cups dry orzo", "Servings: 4")."""
SHORT_STATEMENT_MIN_WORDS = 3
"""Words of a short statement closing a story's list ("Avoid woods and parks."): a name
with an initial ("Margaret P.") has two."""
_CLOSING_MARKS = "\"'”’»)] "
"""Quotes and brackets after a sentence's last mark."""
STORY_SPAN_TEASER_SHARE = 0.25
"""Most share of teaser lines (:func:`_teaser_lines`) among the model's removals of a
run that :func:`_keep_story_span` gives back. A quarter lets a list keep a heading
or two ("Key points", "What we know so far"); the related-article lists found
between two paragraphs of the development corpus's pages have a third or more."""
BIO_CLOSED_MIN_SENTENCES = 2
"""Sentences of the story the model removed between its last kept paragraph and the
writer's bio under it that make the whole run the story's, whatever the lines between
them look like (a crosshead, a list of advice): a widget there has no sentences."""
BIO_GAP_MAX_LINES = 2
"""Lines the model removed between the story's last sentence and the writer's bio that
still let the bio close the story: its heading ("About the author"), a disclosure."""
HEADING_CAPS = 0.5
"""More than half of its words capitalised: a heading in Title Case ("Weekly Transport
Briefing"), not a sentence-case note of a fact box ("Rated R for language")."""
CLOSING_FACTS_MIN = 3
CLOSING_FACTS_SHARE = 0.6
"""A box closing the story with nothing of the story under it: three "Label: value"
facts or more, three in five of its lines at least (its heading, a line of notes
beside them: "Cast and credits" / "Director: …" / "Running time: 1 hr 58 mins"). The
page's furniture under a story has other shapes: headlines, buttons, links."""


def _ends_full_stop(text: str) -> bool:
    """Whether ``text`` ends with one full stop: not a question, not an ellipsis (a
    teaser's headline cut short, "… after...")."""
    end = text.rstrip(_CLOSING_MARKS)
    return end[-1:] == "." and end[-2:] != ".."


TAIL_SECTION_MIN_SENTENCES = 2
"""Sentences of the story's right under a crosshead that make it the heading of the
story's last section in the run after the last kept paragraph (one sentence under a
heading may be a teaser's summary)."""
STORY_SPAN_TAIL_ITEMS = 0.5
"""Least share of figure-led items (:func:`_item_shaped`) among the non-sentences of
a run after the story's last kept paragraph that :func:`_keep_story_span` gives
back: a results table or a timeline ending the story, not the teasers under it."""
_WORD_CHAR = re.compile(r"[^\W_]")
_STORY_STAMPS = frozenset(
    {"bare_timestamp", "live_stamps", "source_credit", "shop_widget", "link_pointer"}
)
"""Cue removals that do not end a story: the time stamps of a live report's entries, a
table's source, a review's shop buttons between its paragraphs, a pointer to a link
("Read the full budget document here.") with the story going on under it."""
_IN_STORY_PROMO = (labels.PROMO, "line_prefix")
"""A promotion opening a line ("WEBINAR: …", "Get unlimited access to …") stands inside a
story as often as after it: it ends no run the story span gives back (it stays removed)."""
_STORY_HEAD_LABELS = frozenset({labels.BYLINE, labels.DUPLICATE_TITLE, labels.METADATA})
"""What the metadata cleaner labels right over a story: its byline, its headline
printed again, its date line."""
LABEL_RUN = 3
"""Short labels in a row that make a menu or a list of names, not a list's heading."""
TEASER_BULLET_CAPS = 0.5
"""Least share of capitalised words that makes a bulleted line a headline: a story's
bullet points are written as sentences, a bulleted teaser list often in Title Case."""


def _label_like(info: LineInfo) -> bool:
    """A line of a few words with no figure, comma, colon or end punctuation: a
    kicker or section name over a teaser, a menu entry, a name. A list bullet
    changes nothing: text renderings put one before every entry of a menu."""
    return (
        info.words <= SHORT_LINE_WORDS + info.list_marker
        and not info.ends_sentence
        and info.commas == 0
        and not info.ends_colon
        and not info.ends_clause
        and _ANY_DIGIT.search(info.key) is None
    )


def _headline_like(info: LineInfo) -> bool:
    """Four words or more ending in no punctuation and with no figure: the teaser of
    another article, rarely a line of a story's list, table, recipe, schedule or poem
    (their items hold figures and labels, or end like sentences or verse lines). A
    bulleted line counts only in Title Case, and one of a cased script with no
    capital at all is a line of verse or the run-on of a list item: headlines open
    with a capital (scripts without case, Chinese or Japanese, have none to show)."""
    if (
        info.words < 4
        or (info.cap_share == 0 and any(c != c.upper() for c in info.key))
        or info.ends_sentence
        or info.ends_colon
        or info.ends_clause
        or (info.list_marker and info.cap_share < TEASER_BULLET_CAPS)
        or _ANY_DIGIT.search(info.key) is not None
    ):
        return False
    # "Label: value" is an item of a fact box or a list of winners ("Cost: £86m",
    # "Best Poetry Collection: Fiona Reddish, Salt Lick"); a headline's colon
    # opens a clause ("Moon rush: private landers head for the south pole")
    _, colon, after = info.key.partition(":")
    return not colon or (len(after.split()) >= 4 and "," not in after)


def _item_shaped(info: LineInfo) -> bool:
    """The item of a table, schedule or timeline: led by a figure ("1962 – …", "300 g
    flour", "6.00pm …", "3. Tomasz Wrobel (POL) 2:08:40"), or holding two figures or
    more ("Leeds 2 Burnley 1"), or a row of a table set out with bars ("| SV Wardenburg |
    TSV Haffkrug | 1:2 |", its header too). A bullet is no sign: text renderings print
    one before every entry of a menu or a teaser list."""
    return (
        info.key[:1].isdigit()
        or len(_NUMBER.findall(info.key)) >= 2
        or (info.bar_row and info.separators >= PIPE_ROW_MIN_BARS)
    )


PIPE_ROW_MIN_BARS = 3
"""Bars of a table's row set out with them, both ends included: two cells at least."""


FACT_LABEL_WORDS = 4
"""Most words of the label, and of a value without a figure, of a fact line."""


def _fact_line(info: LineInfo) -> bool:
    """A fact of a results box or a fact file: "Label: value" with a short label and a
    value of a few words or with a figure ("Player of the match: Zubair Ahmed",
    "Result: Hawks won by 4 runs"); a kicker's colon opens a headline of more words
    ("Cricket: Pakistan beat India in final-over thriller")."""
    label, colon, value = info.key.partition(": ")
    if not colon or not value or len(label.split()) > FACT_LABEL_WORDS:
        return False
    return len(value.split()) <= FACT_LABEL_WORDS or _ANY_DIGIT.search(value) is not None


def _closing_fact(info: LineInfo) -> bool:
    """A fact of a box closing the story: "Label: value" (:func:`_fact_line`), or a
    bulleted item holding a colon and a figure ("• 27%: rise in a year", "• £4.23:
    average price of a dozen eggs"), as a box of key figures prints them."""
    if _fact_line(info) or (
        bool(info.list_marker) and ": " in info.key and _ANY_DIGIT.search(info.key) is not None
    ):
        return True
    # a table's row of a name and a change ("Petrovale PN  +3,4%", "Dax  -0,8 %")
    words = info.key.split()
    return (
        1 < len(words) <= FIGURE_ROW_MAX_WORDS and _SIGNED_FIGURE.fullmatch(words[-1]) is not None
    )


FIGURE_ROW_MAX_WORDS = 6
_SIGNED_FIGURE = re.compile(r"[+\-−–]\d[\d.,]*%?|\d[\d.,]*%")
"""The change closing a table's row: signed, or a percentage ("+3,4%", "-0.8", "12%");
a year or a count closing a headline ("… of 2025") is neither."""


def _teaser_lines(infos: Sequence[LineInfo]) -> int:
    """How many of the lines read as teasers of other articles: headline-like lines,
    the labels (kickers, section names, authors' names) right above them, and labels
    in runs of :data:`LABEL_RUN` or more (a menu, a list of names)."""
    # a table's row set out with bars is none of them, its header included
    headline = [_headline_like(info) and not info.bar_row for info in infos]
    label = [_label_like(info) and not info.bar_row for info in infos]
    count = 0
    k = 0
    n = len(infos)
    while k < n:
        if not label[k]:
            count += headline[k]
            k += 1
            continue
        j = k
        while j < n and label[j]:
            j += 1
        if j - k >= LABEL_RUN:
            count += j - k
        elif j < n and headline[j]:
            count += 1
        k = j
    return count


def _story_head_line(infos: Sequence[LineInfo], run: Sequence[int], k: int) -> bool:
    """Whether the ``k``-th line of a run over the story's first paragraph is of the
    story: prose, a list item or a table row, or a short heading right over one
    ("Key points"). A name, a job title, a desk or a date the metadata cleaner did
    not read stands there as often, and is no story."""
    info = infos[run[k]]
    if info.is_prose or info.list_marker or info.separators >= 2:
        return True
    if k + 1 >= len(run) or info.words > SHORT_LINE_WORDS or info.ends_sentence:
        return False
    below = infos[run[k + 1]]
    return below.list_marker or below.separators >= 2


def _keep_story_span(
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
    blocks: Sequence[Block],
) -> set[int]:
    """Give back what the model removed inside the story: the run of lines between
    two kept paragraphs of prose, the run after the last one up to a sentence the
    model removed ("Kick-off is at 3pm."; the farthest one, else a nearer one ending
    with a full stop, when the longer run reads as teasers), and the run from the
    byline, date line or headline repeat down to the first one (a "Key points" box;
    only prose, list items, table rows and headings over them, see
    :func:`_story_head_line`), when no
    cue rule removed a line of the run (a live report's time stamps aside) and the
    run does not read as teasers.

    The model judges a line by its neighbours; once it takes a table, a recipe's
    ingredients or a list of key points for furniture, it takes the sentences after
    them too. On the development corpus, 5-fold held out, whole pipeline: html_text
    recall 0.969 -> 0.974 (seed 0); on pages written with such lists, two thirds of
    the story lines the model removed come back.
    """

    def by_model(i: int) -> bool:
        return changes.get(i, ("", ""))[1] == "model"

    def ends_run(i: int) -> bool:
        return (
            i in changes
            and not by_model(i)
            and changes[i][1] not in _STORY_STAMPS
            and changes[i] != _IN_STORY_PROMO
        )

    first_person = _told_in_first_person(blocks, infos, changes)

    def story_sentence(i: int) -> bool:
        return by_model(i) and _sentence_shaped(infos[i], first_person=first_person)

    def full_stop(i: int) -> bool:
        return blocks[i].text.rstrip(_CLOSING_MARKS)[-1:] == "."

    def short_statement(i: int) -> bool:
        # "Vermijd bossen en parken.": a tip of a list the story closes with ends with a
        # full stop, a teaser's headline does not
        return (
            full_stop(i) and infos[i].words >= SHORT_STATEMENT_MIN_WORDS and not infos[i].has_link
        )

    def last_section_heading(i: int, run: Sequence[int]) -> bool:
        # "Volksabstimmung im März" over the story's sentences to the run's end: the
        # heading of the story's last section (a table above split the run of prose);
        # a teaser heading has headlines, dates or labels among the lines under it
        under = run[run.index(i) + 1 :]
        return (
            len(under) >= TAIL_SECTION_MIN_SENTENCES
            and _crosshead_shaped(infos[i])
            and infos[i].words >= 2  # a one-word label ("News", "Sports") heads teasers
            and infos[i].cue_label is None
            and all(story_sentence(j) and _ends_full_stop(blocks[j].text) for j in under)
        )

    def give_back(run: Sequence[int], *, after_story: bool, facts_only: bool = False) -> bool:
        removed = [i for i in run if by_model(i)]
        if not removed or any(ends_run(i) for i in run):
            return False
        listed: set[int] = set()
        if after_story:
            items = [i for i in removed if not story_sentence(i)]
            # a list the story announces ("Pump prices across selected states:"), the
            # announcing sentence perhaps the kept line right above the run
            at = bisect.bisect_left(view, run[0])
            if not facts_only:
                listed = _announced_list_lines([*view[max(0, at - 1) : at], *run], infos)
                # the heading of the story's last section is no teaser either
                listed |= {i for i in items if last_section_heading(i, run)}
            figures = sum(
                1
                for i in items
                if _closing_fact(infos[i])
                or i in listed
                or (not facts_only and (_item_shaped(infos[i]) or short_statement(i)))
            )
            # the story's sentences in the run, those given back already among them
            sentences = sum(
                1
                for i in run
                if story_sentence(i)
                or (i not in changes and _sentence_shaped(infos[i], first_person=first_person))
            )
            told = facts_only and sentences >= BIO_CLOSED_MIN_SENTENCES
            if figures < STORY_SPAN_TAIL_ITEMS * len(items) and not told:
                return False
        # an announced list's items read like teasers ("Harrow Lane – Thursdays")
        unlisted = [infos[i] for i in removed if i not in listed]
        if _teaser_lines(unlisted) > STORY_SPAN_TEASER_SHARE * len(removed):
            return False
        # a rule of dashes or stars between the items is no text to give back
        _undo_model((i for i in run if _WORD_CHAR.search(infos[i].key)), changes)
        return True

    boxed: set[int] = set()
    kept = [k for k, i in enumerate(view) if i not in changes and infos[i].is_prose]
    if not kept:
        return boxed
    # the story's head: from the byline, date or headline the metadata cleaner read
    # down to the first kept paragraph (a "Key points" box over the story)
    first = kept[0]
    start = first
    while start > 0 and first - start < STORY_SPAN_MAX_GAP and not ends_run(view[start - 1]):
        start -= 1
    if start < first and view[start] > 0:
        above = blocks[view[start] - 1].label
        run = view[start:first]
        if (
            above in _STORY_HEAD_LABELS
            and (start == 0 or view[start - 1] < view[start] - 1)
            and all(_story_head_line(infos, run, k) for k in range(len(run)))
        ):
            give_back(run, after_story=False)
    for a, b in itertools.pairwise(kept):
        if b - a - 1 <= STORY_SPAN_MAX_GAP and not give_back(view[a + 1 : b], after_story=False):
            # a "Read more" box in the story's middle ends the run: the paragraphs the
            # model took right over its heading are the story's still (the box's own
            # teasers and what follows it are left to _keep_story_under_read_more)
            over = list(itertools.takewhile(lambda i: not ends_run(i), view[a + 1 : b]))
            heading = view[a + 1 + len(over)]
            taken = [i for i in over if i in changes]
            if (
                taken
                and heading in changes
                and changes[heading][0] == labels.RELATED
                and all(story_sentence(i) for i in taken)
                and any(_long_prose(infos[i]) for i in taken)
            ):
                _undo_model(taken, changes)
    for b in kept[1:]:
        # a box of items the model took right over a kept paragraph, under furniture a
        # cue rule took (a recipe's card under "Print" / "Rate": its times, its
        # ingredients, "Instructions", then the steps)
        start = b
        while start > 0 and b - start < STORY_SPAN_MAX_GAP and by_model(view[start - 1]):
            start -= 1
        if start == 0 or not ends_run(view[start - 1]):
            continue
        run = view[start:b]
        # the box opens with its first item: buttons above it ("Pin", "Rate") stay out
        while run and not (_item_shaped(infos[run[0]]) or _fact_line(infos[run[0]])):
            run = run[1:]
        items = sum(1 for i in run if _item_shaped(infos[i]) or _fact_line(infos[i]))
        if (
            len(run) >= BOX_OVER_STORY_MIN_LINES
            and items >= BOX_OVER_STORY_ITEM_SHARE * len(run)
            # a card has its "Label: value" facts ("Servings: 4"); a table of bare
            # figures under a share button may be standings or listings
            and any(_fact_line(infos[i]) for i in run)
            and give_back(run, after_story=False)
        ):
            boxed.update(run)
    last = kept[-1]
    end = None
    ends: list[int] = []  # the story's sentences the model removed after the last kept one
    bio_closed = False
    closer: int | None = None  # where a cue rule's furniture or the text's end closes the run
    for k in range(last + 1, min(len(view), last + 1 + STORY_SPAN_MAX_GAP) + 1):
        if k == len(view):
            closer = k
            break
        if _bio_between(blocks, view[k - 1], view[k]):
            # the writer's bio closes the story: a box of facts above it is the
            # story's ("Director: …", "Running time: 128 minutes" / "Jane Doe is our
            # film critic."); rows of bare figures may be a widget (weather, a table).
            # Nothing under the bio is the story's
            if end is None:
                end = k - 1
            # the bio's own heading ("About the author") or a disclosure ("Jane travelled
            # as a guest of …") may stand between
            bio_closed = k - 1 - end <= BIO_GAP_MAX_LINES and all(
                by_model(view[h]) for h in range(end + 1, k)
            )
            break
        if ends_run(view[k]):
            closer = k
            break
        if story_sentence(view[k]):
            end = k
            ends.append(k)
    if end is not None and end > last:
        # the farthest sentence first; a teaser's summary may read as one, so a run
        # ending at a nearer sentence is tried next ("Key figures" rows, "Source: …",
        # the story's last paragraph, then a related box with summaries): one ending
        # with a full stop, where a teaser's headline may end with a question mark
        nearer = [k for k in ends[:-1] if full_stop(view[k])]
        for stop in [end] if bio_closed else [end, *reversed(nearer)]:
            if give_back(view[last + 1 : stop + 1], after_story=True, facts_only=bio_closed):
                break
    elif end is None and closer is not None and closer > last + 1:
        # a box of facts closing the story right over the page's furniture or at the
        # text's end: a film's credits, a company's profile ("Founded: 2021")
        run = view[last + 1 : closer]
        while run and not _closing_fact(infos[run[-1]]) and infos[run[-1]].cap_share > HEADING_CAPS:
            run = run[:-1]  # a heading in Title Case over the furniture: a newsletter box's
        removed = [i for i in run if i in changes]
        # or a list of short news items ("In brief" / "- The central bank held its rate.")
        facts = sum(
            1
            for i in removed
            if _closing_fact(infos[i]) or (infos[i].list_marker and short_statement(i))
        )
        if facts >= CLOSING_FACTS_MIN and facts >= CLOSING_FACTS_SHARE * len(removed):
            give_back(run, after_story=True)
    return boxed


READ_MORE_BOX_MIN_WORDS = 25
"""Words of the sentences under a "Read more" box that show the story going on under
it (two sentences at least, one of them a paragraph of plain prose)."""


def _sentence_shaped_apart_from_quotes(info: LineInfo) -> bool:
    """:func:`_sentence_shaped` but for the reader words, which the caller looks for
    outside quotation marks."""
    return (
        info.ends_sentence
        and info.words >= STORY_SENTENCE_MIN_WORDS
        and not info.has_link
        and not info.list_marker
        and info.keyword_label is None
    )


def _keep_story_under_read_more(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    view: Sequence[int],
    changes: dict[int, tuple[str, str]],
) -> None:
    """Give back the story's sentences the model removed under a "Read more" box in its
    middle: a related heading a cue rule took ("READ MORE", "Related") under kept prose,
    one to :data:`RESUMED_STORY_MAX_BOX` short lines (the teasers), then sentences the
    model removed, two or more in a row, one a plain paragraph
    (:func:`_long_prose`), :data:`READ_MORE_BOX_MIN_WORDS` words together. The model
    took the rest of the story for the tail of the page; a related list ending the
    page has its headlines between its summaries, or no short line over them."""

    def sentence(i: int) -> bool:
        info = infos[i]
        if changes.get(i, ("", ""))[1] != "model" or not _sentence_shaped_apart_from_quotes(info):
            return False
        if info.cap_share >= LEADING_TEASER_CAPS and not blocks[i].text.rstrip().endswith("."):
            return False  # "Did Pelosi Divert $2.4 Billion …?": the next teaser's headline
        # a source's "we" or "you" inside quotation marks does not speak to the reader
        return not speaks_to_reader(_outside_quotes(blocks[i].text).casefold())

    prose_above = False
    k = 0
    while k < len(view):
        i = view[k]
        if i not in changes:
            prose_above = prose_above or infos[i].is_prose
            k += 1
            continue
        if not (prose_above and changes[i][0] == labels.RELATED and changes[i][1] != "model"):
            k += 1
            continue
        box = k + 1
        while (
            box < len(view)
            and box - k <= RESUMED_STORY_MAX_BOX
            # a teaser's headline may read as prose by its function words ("Maltempo,
            # frana sulla provinciale 59: strada chiusa per una settimana"); it has
            # no full stop
            and not (infos[view[box]].is_prose and infos[view[box]].ends_sentence)
            and (view[box] in changes or box == k + 1)  # a teaser the model kept
            and not sentence(view[box])
            and not _fact_line(infos[view[box]])
        ):
            box += 1
        facts = _model_run(view, changes, box, lambda i: _fact_line(infos[i]))
        if facts - box < HEADED_BOX_MIN_ROWS or view[box - 1] not in changes:
            facts = box  # no fact box of the story's under its heading between
        run = facts
        while run < len(view) and sentence(view[run]):
            run += 1
        lines = [view[x] for x in range(facts, run)]
        if (
            0 < box - k - 1 <= RESUMED_STORY_MAX_BOX
            and len(lines) >= 2
            and any(_long_prose(infos[x]) for x in lines)
            and sum(infos[x].words for x in lines) >= READ_MORE_BOX_MIN_WORDS
        ):
            # a fact box between, the story's: its heading is the box's last line
            _undo_model(view[box - 1 : run] if facts > box else lines, changes)
        k = max(run, k + 1)


def _bio_between(blocks: Sequence[Block], above: int, below: int) -> bool:
    """Whether the metadata cleaner read a writer's bio between blocks ``above`` and
    ``below`` (out of the model's view)."""
    return any(blocks[x].rule == "author_bio" for x in range(above + 1, below))


def _keep_main_prose(
    blocks: Sequence[Block],
    infos: Sequence[LineInfo],
    probs: Mapping[int, float],
    changes: dict[int, tuple[str, str]],
) -> None:
    """If no prose would remain in the body but the model removed some, keep the most
    likely prose run (a share bar left alone is no article)."""
    n = len(infos)
    if any(
        info.is_prose and blocks[i].label == labels.BODY and i not in changes
        for i, info in enumerate(infos)
    ):
        return
    no_change = ("", "")

    def removed_prose(i: int) -> bool:
        return infos[i].is_prose and changes.get(i, no_change)[1] == "model"

    prose = [i for i, info in enumerate(infos) if info.is_prose and removed_prose(i)]
    if not prose:
        return
    best = max(prose, key=lambda i: probs.get(i, 0.0))
    lo = hi = best
    while lo - 1 >= 0 and removed_prose(lo - 1):
        lo -= 1
    while hi + 1 < n and removed_prose(hi + 1):
        hi += 1
    for i in range(lo, hi + 1):
        changes[i] = (labels.BODY, "never_empty")


def _verdict(article: Article, infos: Sequence[LineInfo]) -> Verdict:
    """Whether the kept text reads like an article, with the reason."""
    body = [i for i, b in enumerate(article.blocks) if b.label == labels.BODY]
    if not body:
        return Verdict(False, "no article text: every line is page furniture")
    words = sum(infos[i].words for i in body)
    prose = [i for i in body if infos[i].is_prose]
    if words < _ARTICLE_MIN_WORDS or not prose:
        return Verdict(False, f"too little prose ({words} words)")
    listy = sum(
        1
        for i in body
        if infos[i].list_marker or (not infos[i].ends_sentence and infos[i].cap_share >= 0.6)
    )
    if listy >= _LIST_SHARE * len(body) and len(prose) < 3:
        return Verdict(False, "mostly a list of links or headlines")
    return Verdict(True, f"{len(prose)} paragraphs of prose, {words} words")
