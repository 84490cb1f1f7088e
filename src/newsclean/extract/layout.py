"""Where the article is on the page: the lines the metadata extractors look at.

Whole-page text (a page rendered to text, menus and all) puts the page's
``<title>`` on the first line, then navigation, then the headline, standfirst,
byline and date just above the first paragraphs, and the footer last. Plain
article text starts with the headline. Either way the metadata sits in a
*head zone* around the start of the prose and, for credits and copyright, in
a *tail zone* after it. Reading only those zones, and only their short lines,
keeps the extractors fast and keeps dates and names inside the story (which
are not metadata) out of reach.

The article start is computed here, from the text alone, and does not rely
on what other cleaners labelled: a run of long prose lines.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection

import attrs

from newsclean import labels
from newsclean.model import Article, Block

__all__ = [
    "HEADLINE_LABELS",
    "MARKER_TAIL",
    "MY_LABELS",
    "TRUNCATION_MARKER",
    "Layout",
    "is_furniture",
    "is_prose",
    "is_title_like",
    "layout",
    "match_key",
    "printed_again",
    "strip_list_bullet",
    "word_count",
]

PROSE_MIN_CHARS = 80
"""A line shorter than this is not counted as running prose."""
PROSE_MIN_WORDS = 12
"""Nor is one with fewer words (about one short sentence)."""
TITLE_MAX_CHARS = 300
"""Longer lines are paragraphs, not headlines."""
TITLE_MAX_WORDS = 22
"""Headlines run to about twenty words at most; a longer first line is the lead
paragraph of text that has no headline (an extractor's output often starts so)."""
TITLE_MAX_WORDS_WITH_STOP = 14
"""A line ending with a full stop and longer than this reads as prose, not a headline
(headlines end in "!" or "?" often, in "." rarely and then briefly)."""

HEADLINE_LABELS = frozenset({labels.TITLE, labels.DUPLICATE_TITLE})
"""Labels the metadata extractor gives the headline and its repeats."""
MY_LABELS = frozenset(
    {
        labels.BODY,
        labels.TITLE,
        labels.SUBTITLE,
        labels.BYLINE,
        labels.DATELINE,
        labels.DUPLICATE_TITLE,
        labels.METADATA,
        labels.SECTION,
    }
)
"""Labels whose blocks the extractors read as metadata candidates.

Blocks another cleaner labelled as something else (captions, navigation,
share bars …) are skipped, except when looking for a repeated headline.
"""

_NON_WORD = re.compile(r"[\W_]+")
_QUOTES = str.maketrans("", "", "'\"`´‘’‚‛“”„‟«»‹›")
_FULL_STOP = (".", '."', ".”", ".’", ".'")
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def match_key(text: str) -> str:
    """Fold ``text`` for comparing headlines: case, quotes and punctuation ignored.

    >>> match_key("‘We had some issues,’ exec says")
    'we had some issues exec says'
    """
    text = unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES)
    return _NON_WORD.sub(" ", text).strip()


_LIST_BULLET = re.compile(r"[*•·–+-][ \t]+")
"""The bullet a text renderer prints before a list item ("* Published …"; lynx marks
items of a nested list "+")."""


def strip_list_bullet(text: str) -> str:
    """``text`` without the list bullet a text renderer put before it.

    Pages set the byline and the date of a story as list items; rendered to text
    they read "* Jane Doe", "* Published 18 November 2019".

    >>> strip_list_bullet("* Jane Doe"), strip_list_bullet("-5 degrees - low")
    ('Jane Doe', '-5 degrees - low')
    """
    m = _LIST_BULLET.match(text)
    return text[m.end() :] if m else text


def word_count(text: str) -> int:
    """Number of whitespace-separated words (CJK text counts one per 2 characters;
    a name in Cyrillic or with accents, "Дмитрий Ковалёв", is two words)."""
    words = len(text.split())
    if words <= 2 and len(text) > 12 and not text.isascii() and _CJK.search(text):
        return max(words, len(text) // 2)
    return words


_CJK = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
)
"""Thai, Lao, Myanmar, Khmer, kana, CJK ideographs and Hangul: scripts written
without spaces between words (Hangul with some)."""


def is_prose(text: str) -> bool:
    """Whether ``text`` reads as a paragraph of running prose.

    >>> is_prose("The council voted on Monday to close the bridge for repairs, "
    ...          "officials said, after a long debate.")
    True
    >>> is_prose("Putin rejects peace talks with Ukraine")
    False
    """
    if len(text) < PROSE_MIN_CHARS:
        return False
    if word_count(text) < PROSE_MIN_WORDS:
        return False
    return any(p in text for p in ".!?。") or len(text) >= 2 * PROSE_MIN_CHARS


def is_furniture(text: str) -> bool:
    """Whether ``text`` is a known piece of page furniture ("Share", "Connect with us").

    Uses the shared boilerplate cue lexicon (:mod:`newsclean.classify.cues`),
    whatever label the boilerplate cleaner gave the line.

    >>> is_furniture("Connect with us"), is_furniture("Putin rejects peace talks")
    (True, False)
    >>> is_furniture("Listen · 3 min"), is_furniture("(BUTTON) Follow")
    (True, True)
    """
    if len(text) > 60:
        return False
    if "(BUTTON)" in text:
        return True  # a form's button as lynx prints it: "(BUTTON) Seguir"
    from newsclean.classify.cues import cue_index, line_key

    index = cue_index()
    # buttons and labels run together with middle dots ("Listen · 3 min", "Plus-Artikel ·
    # Jetzt 4 Wochen testen"): one known piece makes the line furniture
    return any(
        index.match_line(key) is not None or index.match_prefix(key) is not None
        for key in map(line_key, text.split(" · "))
    )


def is_notice(text: str) -> bool:
    """Whether a line reads as a site's legal or consent notice ("Questo sito utilizza
    cookie tecnici e, previo tuo consenso, …"): a phrase of the boilerplate lexicon's
    legal keywords in it (see :mod:`newsclean.classify.features`)."""
    from newsclean.classify.cues import cue_index
    from newsclean.classify.features import line_info

    return line_info(text, cue_index()).keyword_phrase == labels.LEGAL


TRUNCATION_MARKER = r"\[\+\d{1,9}[ \t]?chars?\]"
"""What news APIs append to content they cut short: "… [+2345 chars]" (a pattern)."""
MARKER_TAIL = 24
"""Such marks are looked for in the last characters of a line only."""


def printed_again(line: str, following: str) -> bool:
    """Whether ``line`` is ``following`` printed before it whole, or cut short with an
    ellipsis ("The council voted on Monday to…" over the paragraph): a feed's or an
    API's description over the content, a caption printed twice. Spacing and case
    are ignored.

    >>> printed_again("The council met…", "The council met on Monday.")
    True
    """
    cut = line.endswith(("...", "…"))
    if not cut and abs(len(line) - len(following)) > PRINTED_AGAIN_SLACK:
        return False  # one comparison of lengths: most neighbours differ in length
    a = " ".join(line.split()).casefold()
    b = " ".join(following.split()).casefold()
    return a == b or (cut and b.startswith(a.rstrip(".…").rstrip()))


PRINTED_AGAIN_SLACK = 8
"""Two copies of a paragraph differ in length by a few spaces at most."""


def is_title_like(text: str) -> bool:
    """Whether ``text`` could be a headline: short, several words, not a sentence run.

    >>> is_title_like("Putin rejects peace talks with Ukraine")
    True
    >>> is_title_like("Ukraine peace talks have reached a stalemate, according to Putin.")
    True
    >>> is_title_like("Vladimir Putin may be closed to holding direct peace talks than ever "
    ...               "after his soldiers were chased out of Kyiv.")
    False
    """
    if not 3 <= len(text) <= TITLE_MAX_CHARS or _URLISH.match(text):
        return False
    words = word_count(text)
    if words < 2 or text.endswith((":", ",", ";")):
        return False
    return not (text.endswith(_FULL_STOP) and words > TITLE_MAX_WORDS_WITH_STOP)


@attrs.frozen(slots=True, eq=False)
class Layout:
    """The lines of an Article the extractors read, and where its prose starts.

    Built once per Article (:func:`layout`); whether a line is prose is
    computed once here and looked up everywhere else.
    """

    article: Article
    visible: tuple[int, ...]
    """Indexes of blocks the extractors read (labels in :data:`MY_LABELS`), in order."""
    prose: tuple[bool, ...]
    """For every block: whether it is visible and running prose."""
    start: int
    """Position in :attr:`visible` of the first line of running prose (``len(visible)`` if none)."""
    end: int
    """Position in :attr:`visible` just after the last line of running prose."""
    language: str | None = None
    """The text's language when the caller guessed it (bylines are cued per language)."""

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The Article's blocks."""
        return self.article.blocks

    def prose_start(self, begin: int) -> int:
        """First visible position from ``begin`` where running prose starts.

        Preferably three prose lines within six (a browser notice or a teaser
        pair is two at most) or two long paragraphs in a row (see
        :meth:`_two_paragraphs`), else two within three, else the first prose line.
        """
        vis, flags = self.visible, self.prose
        found = [pos for pos in range(begin, len(vis)) if flags[vis[pos]]]
        if found and is_notice(self.blocks[vis[found[0]]].text):
            # a cookie or consent notice over the menus reads as prose; the story
            # starts further down (a notice's like is rare among the story's lines,
            # so only the first prose line is read)
            found = found[1:]
        # the items of a list a line announces with its colon ("Le zone interessate
        # sono:" / "* zona A …" / "* zona B …") are the story's: they count no distance
        # (a sidebar's bulleted menus between its blurbs are announced by no colon)
        items = 0
        announced = False
        reach: dict[int, int] = {}  # position -> position with such items before it left out
        for pos in range(begin, len(vis)):
            text = self.blocks[vis[pos]].text
            item = not flags[vis[pos]] and strip_list_bullet(text) is not text
            if item and announced:
                items += 1
            else:
                announced = text.rstrip().endswith(":")
            reach[pos] = pos - items
        for k, pos in enumerate(found):
            if k + 2 < len(found) and reach[found[k + 2]] - reach[pos] <= 5:
                return pos
            if k + 1 < len(found) and found[k + 1] == pos + 1 and self._two_paragraphs(pos):
                # two long paragraphs in a row: a list of short items under them (not
                # prose) would push the three-in-six run far down the story
                return pos
        for k, pos in enumerate(found):
            if k + 1 < len(found) and found[k + 1] - pos <= 3:
                return pos
        return found[0] if found else len(vis)

    def _two_paragraphs(self, pos: int) -> bool:
        """Whether the visible lines at ``pos`` and after it are both paragraphs of
        :data:`STORY_PARAGRAPH_WORDS` words or more, each with two sentences or more:
        a teaser's summary or a notice is a sentence or two of a box, seldom two such
        paragraphs in a row."""
        for at in (pos, pos + 1):
            text = self.blocks[self.visible[at]].text
            if word_count(text) < STORY_PARAGRAPH_WORDS or len(_SENTENCE_STOP.findall(text)) < 2:
                return False
        return True


STORY_PARAGRAPH_WORDS = 30
"""Words of a paragraph that, with another such right under it, starts the story."""
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def layout(article: Article, *, hidden: Collection[int] = ()) -> Layout:
    """Compute the visible lines, the prose lines and the prose start of ``article``
    (``hidden``: block indexes read already, such as front matter, left out)."""
    blocks = article.blocks
    visible = tuple(i for i, b in enumerate(blocks) if b.label in MY_LABELS and i not in hidden)
    prose = [False] * len(blocks)
    for i in visible:
        prose[i] = is_prose(blocks[i].text)
    draft = Layout(article, visible, tuple(prose), 0, 0)
    start = draft.prose_start(0)
    end = start + 1
    for pos in range(len(visible) - 1, start - 1, -1):
        i = visible[pos]
        if prose[i] and blocks[i].label == labels.BODY:
            end = pos + 1
            break
    return attrs.evolve(draft, start=start, end=min(end, len(visible)))
