"""``join_wrapped_lines``: read a hard-wrapped paragraph as one paragraph.

Some text arrives with its paragraphs broken at a fixed width: pages rendered by
html2text, lynx or w3m, e-mail and newsletter text, wire feeds, plain-text
archives. Every later cleaner judges a block on its own, and a block is a line,
so a wrapped paragraph becomes five short lines that end mid-sentence: each
looks like a headline or a menu item, and a story loses its paragraphs (a
table inside the story was enough to lose everything under it).

A greedy wrapper breaks a line only where the next word would not fit, so a
wrapped line is both *long* (within about a word of the width) and *full* (it
plus the next line's first word would pass the width). Both are checked
against the width the document itself shows, and a document is read as
wrapped only when many of its lines end within a word of that width and
hardly any run past it: ordinary text, one paragraph per line, has lines of
every length and is left alone.

The joined lines become one block whose ``start``/``end`` span them (the raw
text keeps its line breaks) and whose ``text`` has one space where the breaks
and the indentation were: the body comes out as paragraphs, and cleaning
:meth:`~newsclean.model.Article.to_text` again finds the same paragraphs.

>>> wrapped = ("The council met on Monday to discuss the new bridge over the river,\\n"
...            "which has been closed since the floods of last winter.\\n\\n"
...            "Members voted to reopen it to cyclists and walkers before the summer\\n"
...            "holidays, with cars to follow once the inspection is complete.\\n\\n"
...            "The mayor said the work had taken longer than anyone had wanted, but\\n"
...            "that the engineers had been right to take their time over it.\\n")
>>> [len(line) for line in join_wrapped_lines(wrapped).splitlines()]
[122, 0, 131, 0, 130]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsclean import lexicons
from newsclean.classify.captions import ends_with_credit, ends_with_credit_label
from newsclean.editing import Doc
from newsclean.errors import InvalidInput, describe_bad_input
from newsclean.model import Article, Block
from newsclean.segment import BLANK_CHARS, one_break_between, segment

__all__ = ["join_wrapped_lines", "line_indent", "wrap_width", "wrapped_runs"]

WRAP_MIN_WIDTH = 40
"""Narrower than this, lines of a menu or a list could pass for wrapped text; no
tool wraps prose this narrow (html2text wraps at 78, lynx and w3m at 80)."""
WRAP_MAX_WIDTH = 200
"""Wider than this is no wrapping width: text with lines this long is one paragraph
per line (wrappers stop at 72-132 columns)."""
WRAP_BAND = 15
"""A wrapped line ends within about one word of the width: the longest common words
and a space fit in 15 characters, so a full line is at least width - 15 long."""
WRAP_MIN_FULL_LINES = 4
"""A document shows its width in at least four full lines: two wrapped paragraphs."""
WRAP_MAX_LONGER_SHARE = 0.25
"""Lines past the width (a URL, a table row a wrapper does not break) may be at most a
quarter as many as the full lines; ordinary paragraphs run past any width."""
WRAP_FIT_SLACK = 6
"""A hand-wrapped line, or one a wrapper broke before a long word's hyphen, may end
a short word early: the next word must overrun the width less this many characters."""
WRAP_MAX_HANG = 4
"""A continuation line may be indented up to this much more than the line above (a
bullet's hanging indent), never less."""
WRAP_TOP_BAND = 5
"""A greedy wrapper fills lines to within a few characters of the width: the lines
at most this much shorter than a true width are many (see :data:`WRAP_MIN_TOP_SHARE`)."""
WRAP_MIN_TOP_SHARE = 0.3
"""Share of the full lines that must lie in :data:`WRAP_TOP_BAND` of the width. One
long menu line over a page wrapped at 78 (its full lines at 63-78) would otherwise
pass for a width of 92 with the page's longest lines as its full ones, and none
of them would be joined; at a true width a third of the full lines or more end
within five characters of it."""
WRAP_MIN_JOINS = 2
"""Fewer joins than this in a whole document are chance, not wrapping."""
WRAP_MIN_WORDS = 4
"""A wrapped line of prose holds at least this many words; a line of a few long words
(a URL, a run of names, text without spaces between words) is not joined."""

_SENTENCE_END = frozenset(".!?…:。！？")
_INNER_MARKS = re.compile(r"[,.;:!?]| [—–] ")
"""Marks inside a paragraph's first line that a headline seldom has (a dateline's dash
counts: "ILOILO CITY — Police on Wednesday arrested …")."""
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")
"""A line broken after a hyphen ("cross-" / "border"): joined with no space."""
_CLOSERS = "\"'”’»)]"
_CELL_GAP = re.compile(r"[^.!?:;\s][ \t]{2,}(?=\S)")
"""Two blanks or more between words (not after a sentence, where typists put two):
a row of cells or buttons a renderer laid out ("Share on X  Share on LinkedIn"); a
greedy wrapper puts one space between the words of a paragraph."""
_ITEM_MARKERS = frozenset("-•*·–—►▶+▪‣◦>|")
_UNBREAKABLE = re.compile(r"://|\]\(")
"""An address or a Markdown link target: a wrapper never breaks one, so a line holding
it may run past the width and says nothing about where the width is."""


def line_indent(original: str, block: Block) -> int:
    """Blank characters between the line's start and the block's first character."""
    k = block.start
    while k > 0 and original[k - 1] in BLANK_CHARS:
        k -= 1
    return block.start - k


def wrap_width(lengths: Sequence[int]) -> int | None:
    """The width the lines were wrapped at, or ``None`` when they do not look wrapped.

    The widest length with enough full lines under it (within :data:`WRAP_BAND`),
    many of them right at it (:data:`WRAP_MIN_TOP_SHARE`), and few lines over it.

    >>> wrap_width([78, 75, 71, 40, 77, 69, 12, 74])
    78
    >>> wrap_width([310, 75, 1200, 40, 520, 96, 12, 240]) is None
    True
    """
    ordered = sorted(lengths)
    n = len(ordered)
    for width in sorted(
        {x for x in ordered if WRAP_MIN_WIDTH <= x <= WRAP_MAX_WIDTH}, reverse=True
    ):
        upto = bisect.bisect_right(ordered, width)
        longer = n - upto
        full = upto - bisect.bisect_left(ordered, width - WRAP_BAND)
        top = upto - bisect.bisect_left(ordered, width - WRAP_TOP_BAND)
        if (
            full >= WRAP_MIN_FULL_LINES
            and longer <= WRAP_MAX_LONGER_SHARE * full
            and top >= WRAP_MIN_TOP_SHARE * full
        ):
            return width
    return None


def _starts_item(text: str) -> bool:
    """A list item or a table cell starts here: a new line, not a continuation."""
    head = text[:3]
    return (
        head[0] in _ITEM_MARKERS
        or (head[0].isdigit() and head[1:3] in (". ", ") "))
        or (head[:2] == "o " and head[2:3].isupper())  # inscriptis's third-level bullet
    )


def _continues(
    original: str,
    first: Block,
    second: Block,
    width: int,
    sizes: Sequence[int],
    *,
    opens_paragraph: bool,
) -> bool:
    """Whether ``second`` is the rest of the paragraph that ``first`` was broken from.

    ``opens_paragraph``: ``first`` is no continuation of the line above it."""
    first_len, second_indent, second_len = sizes
    if first_len < width - WRAP_BAND or second_len > width or first.label != second.label:
        return False
    # mostly words, not indentation: a short item deep in an indented menu is no wrap
    if 2 * len(first.text) < width or first.text.count(" ") + 1 < WRAP_MIN_WORDS:
        return False
    if not one_break_between(original, first, second):
        return False
    if _CELL_GAP.search(original, first.start, first.end) or _CELL_GAP.search(
        original, second.start, second.end
    ):
        return False
    first_indent = line_indent(original, first)
    # a paragraph's first line may be indented more than the rest (plain text, wire copy)
    lowest = first_indent - WRAP_MAX_HANG if opens_paragraph else first_indent
    if not (
        lowest <= second_indent <= first_indent + WRAP_MAX_HANG
        or _centred(first_indent, len(first.text), second_indent, len(second.text))
    ):
        return False
    text = second.text
    if _starts_item(text):
        return False
    if opens_paragraph and text[0].isupper() and not _INNER_MARKS.search(first.text):
        # a line with no comma or stop over a line opening a sentence ("The council met
        # …"): a headline or a crosshead over its paragraph; a capital inside a sentence
        # opens a name ("… the old Mill" / "Street bridge …") and the lines join
        opening = text.split(" ", 1)[0].strip("\"'“‘(").casefold()
        if opening in lexicons.stopwords():
            return False
    next_word = text.split(" ", 1)[0]
    if first_len + 1 + len(next_word) <= width - WRAP_FIT_SLACK:
        return False
    ending = first.text.rstrip(_CLOSERS)[-1:]
    if text[0].isupper() and ending not in _SENTENCE_END and ends_with_credit(first.text):
        # "… Immunology. Credit: Kingsbridge University" / "Researchers at …": a credit
        # ends its caption with no stop after it, and the story's paragraph opens below
        return False
    if ending == ":" and ends_with_credit_label(first.text):
        return True  # "… em janeiro — Foto:" / "Reprodução/Redes sociais": the credit
    # a sentence ending at a line's end followed by a capital may be a paragraph's
    # end as well as a wrap; splitting there leaves two sentence-like paragraphs
    return not (ending in _SENTENCE_END and not text[0].islower())


WRAP_CENTRE_SLACK = 3
"""How far apart, in half characters, the middles of two lines may be and the lines
still be one centred heading (a centring renderer rounds each line's margin)."""


def _centred(first_indent: int, first_len: int, second_indent: int, second_len: int) -> bool:
    """Whether the second line is the rest of a centred line over it: indented further,
    with the same middle. w3m and lynx centre a page's headings; a long one breaks into
    lines centred one under the other ("    In memoriam Wim Kersbergen (1940-2020): …" /
    "                 concertzaal bracht")."""
    return (
        first_indent > 0
        and second_indent > first_indent + WRAP_MAX_HANG
        and abs((2 * first_indent + first_len) - (2 * second_indent + second_len))
        <= WRAP_CENTRE_SLACK
    )


_OPENERS = "\"'“‘«„(["
"""Quotation marks and brackets that may open a line before its first word."""


def _reads_as_paragraph(blocks: Sequence[Block], run: range) -> bool:
    """A wrapped paragraph ends its last line with a sentence (or a caption with its
    photo credit, which may start on the line above), or runs a sentence on into a
    line starting in lower case; a stack of headlines does neither."""
    last_line = blocks[run.stop - 1].text
    return (
        last_line.rstrip(_CLOSERS)[-1:] in _SENTENCE_END
        # past an opening quote: '"stranded" when the services end …' goes on a sentence
        or any(blocks[i].text.lstrip(_OPENERS)[:1].islower() for i in run[1:])
        # a credit broken over the last two lines: "… during the sitting (photo" / "Panato)"
        or ends_with_credit(f"{blocks[run.stop - 2].text} {last_line}")
        # a line ending with an article or a preposition: "… its platform to" / "Karnataka
        # and Maharashtra …" is a sentence going on, no headline ends so
        or any(_ends_run_on(blocks[i].text) for i in run[:-1])
        # a Markdown heading is one line: a full one with a line right under it (the
        # renderer puts a blank after every heading) was broken at the width, unless that
        # line reads as the byline or date under it
        or (
            _MARKDOWN_HEADING.match(blocks[run.start].text) is not None
            and not any(_meta_like(blocks[i].text) for i in run[1:])
        )
    )


def _meta_like(text: str) -> bool:
    """Whether a line reads as a byline or a date: a date in it, a byline's cue opening
    it ("By Jane Doe"), or a name and a job set apart by a comma or a bar ("Jane Doe,
    Staff Writer")."""
    from newsclean.extract.bylines import is_job_title, starts_with_cue
    from newsclean.extract.dates import find_dates

    words = text.split()
    if bool(find_dates(text)) or starts_with_cue(text):
        return True
    _, sep, job = text.replace("|", ",").partition(",")
    return bool(sep) and len(words) <= META_LINE_MAX_WORDS and is_job_title(job.strip(" ,|"))


META_LINE_MAX_WORDS = 6
"""Words of a name and a job ("Jane Doe, Staff Writer"); a heading's wrapped end with a
comma holds a place or runs on ("Little Harwood, Lancashire")."""


_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]")


_RUN_ON_WORDS = frozenset(
    {
        *("a", "the", "to", "of", "and", "or", "for", "with", "from", "into", "than"),
        *("der", "den", "dem", "des", "eine", "einen", "und", "von", "für"),
        *("le", "la", "les", "un", "une", "du", "et", "à", "au", "aux", "pour", "avec"),
        *("dans", "el", "los", "las", "una", "y", "del", "con", "para", "al", "il", "gli"),
        *("di", "della", "per", "os", "uma", "da", "com", "een", "en", "van", "met"),
    }
)
"""Articles, prepositions and conjunctions (en, de, fr, es, it, pt, nl) that end no
headline and no sentence: a line ending with one goes on on the next line. Words that
also close a clause are left out: German and Dutch separable particles ("nimmt zu",
"führt ein", "stellt um", "stellt voor"), "das" ("Was bringt das"), "an", "do", "lo",
"het"."""


def _ends_run_on(text: str) -> bool:
    """Whether ``text`` ends with one of :data:`_RUN_ON_WORDS`."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return last in _RUN_ON_WORDS


def wrapped_runs(original: str, blocks: Sequence[Block]) -> list[range]:
    """The runs of block indexes that are one hard-wrapped paragraph each (two or more
    lines), in order; empty when the text does not look wrapped, except for Markdown
    links broken over two lines (see :func:`_link_broken`), which are always joined."""
    width = _width(original, blocks)
    if width is None and "](" not in original:
        return []
    indents = [line_indent(original, b) for b in blocks]
    lengths = [ind + b.end - b.start for ind, b in zip(indents, blocks, strict=True)]
    runs: list[range] = []
    start = 0
    joins = 0
    linked = False  # the run holds a link broken over its lines, or is a centred heading
    in_target = False  # a link's address opened above and is not closed yet
    target_lines = 0  # lines joined so far to an open address
    for i in range(1, len(blocks) + 1):
        if i < len(blocks):
            in_target = _target_still_open(in_target, blocks[i - 1].text)
            if _link_broken(original, blocks[i - 1], blocks[i]):
                linked = True
                continue
            if (
                in_target
                and target_lines < TARGET_MAX_LINES
                and _target_goes_on(original, blocks[i - 1], blocks[i])
            ):
                linked = True
                target_lines += 1
                continue
            if width is not None and _continues(
                original,
                blocks[i - 1],
                blocks[i],
                width,
                (lengths[i - 1], indents[i], lengths[i]),
                opens_paragraph=start == i - 1,
            ):
                # a centred heading ends with no stop: its lines are one all the same
                linked = linked or _centred(
                    indents[i - 1], len(blocks[i - 1].text), indents[i], len(blocks[i].text)
                )
                continue
        if i - start > 1 and (linked or _reads_as_paragraph(blocks, range(start, i))):
            runs.append(range(start, i))
            joins += 0 if linked else i - start - 1
        start = i
        linked = in_target = False
        target_lines = 0
    if joins < WRAP_MIN_JOINS:
        # too few joins for wrapping: only the broken links are joined
        runs = [run for run in runs if _has_broken_link(original, blocks, run)]
    return runs


def _width(original: str, blocks: Sequence[Block]) -> int | None:
    """The width the text's lines were wrapped at, or ``None`` (see :func:`wrap_width`)."""
    if len(blocks) < WRAP_MIN_FULL_LINES:
        return None
    # a full line is at least half text (see _continues): a page of short lines ends here
    if sum(b.end - b.start >= WRAP_MIN_WIDTH // 2 for b in blocks) < WRAP_MIN_FULL_LINES:
        return None
    lengths = [line_indent(original, b) + b.end - b.start for b in blocks]
    return wrap_width(
        [n for n, b in zip(lengths, blocks, strict=True) if not _UNBREAKABLE.search(b.text)]
    )


def _link_broken(original: str, first: Block, second: Block) -> bool:
    """Whether a Markdown link's text (or an image's alt text, in Markdown or as a text
    browser prints it) opens on ``first`` and closes on ``second``, the line under it:
    "By [Jane" / "Doe](/authors/jane-doe)".
    html2text wraps its lines inside a link's text; read apart, the halves are markup
    that no later cleaner can read."""
    text = first.text
    opened = text.rfind("[")
    if opened < 0 or text.rfind("]") > opened or first.label != second.label:
        return False
    closes = second.text.find("](")
    if closes < 0 and opened == 0 and second.text.endswith("]"):
        # a picture's alt text a text browser wrapped: "[Smoke rises above the ridge
        # on Saturday, Aug." / "3, 2024. (Jane Roe/Example News)]"
        closes = len(second.text) - 1
    # the second line may open with the bracket that closes the text: an icon's link
    # broken at its only blank ("[" / "](https://…"), a name's at its last ("[ Daily
    # Courier" / "](/)")
    return (
        closes >= 0
        and "[" not in second.text[:closes]
        and one_break_between(original, first, second)
    )


def _target_still_open(was_open: bool, text: str) -> bool:
    """Whether a Markdown link's address (with its title) is still open at the end of
    ``text``: the last "](" on the line has no ")" after it, or, with none on the line,
    an address opened above (``was_open``) runs on through it."""
    opened = text.rfind("](")
    if opened >= 0:
        return text.find(")", opened) < 0
    return was_open and ")" not in text


TARGET_MAX_LINES = 6
"""Lines a link's address (with its title) may be broken over: the longest share link's
address runs to four or five lines of 78 columns; an address never closed is no reason
to join the paragraphs under it."""


def _target_goes_on(original: str, first: Block, second: Block) -> bool:
    """Whether ``second`` goes on with the link address open at the end of ``first``:
    html2text breaks a long address at its hyphens ("…%2Fwww.dunmore-" / "echo.co.uk%2F…
    \"Share" / "on Facebook\")"), and a half of an address is no line a cleaner can read.
    Only a line broken at a hyphen, or inside the link's quoted title, goes on so: a link
    left open by its page ("[Share](https://…/bridge" over the story) joins nothing."""
    text = first.text
    opened = text.rfind("](")
    tail = text[opened + 2 :] if opened >= 0 else text
    broken = text.endswith("-") or tail.count('"') % 2 == 1
    return (
        broken
        and first.label == second.label
        and not _starts_item(second.text)
        and one_break_between(original, first, second)
    )


def _has_broken_link(original: str, blocks: Sequence[Block], run: range) -> bool:
    in_target = False
    for i in run[1:]:
        in_target = _target_still_open(in_target, blocks[i - 1].text)
        if in_target or _link_broken(original, blocks[i - 1], blocks[i]):
            return True
    return False


def _glue(before: str, after: str) -> str:
    """What joins two wrapped lines: a space, or nothing after a hyphen the line broke
    at when the next line goes on in lower case ("cross-" + "border"), or whatever the
    case, inside an address ("…/wiki/Jean-" + "Paul_Sartre", "%2FBaden-" +
    "Wuerttemberg")."""
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if last.endswith("-") and any(mark in last for mark in _ADDRESS_MARKS):
        return ""
    return "" if _HYPHEN_BREAK.search(before) and after[:1].islower() else " "


_ADDRESS_MARKS = ("://", "/", "%", "=", "&", "?")
"""Marks of an address: a line whose last word holds one and ends with a hyphen was
broken inside the address."""


def _joined(blocks: Sequence[Block], run: range) -> Block:
    first, last = blocks[run.start], blocks[run.stop - 1]
    parts = [first.text]
    for i in run[1:]:
        parts.append(_glue(blocks[i - 1].text, blocks[i].text))
        parts.append(blocks[i].text)
    text = "".join(parts)
    return Block(first.start, last.end, text, first.label, first.cleaner, first.rule)


def join_wrapped_lines(doc: Doc, /) -> Doc:
    """Join the lines of hard-wrapped paragraphs (a ``str`` gets one space where each
    break was; an Article gets one block per paragraph)."""
    if isinstance(doc, str):
        blocks = segment(doc)
        runs = wrapped_runs(doc, blocks)
        if not runs:
            return doc
        parts: list[str] = []
        pos = 0
        for run in runs:
            for i in run[1:]:
                parts.append(doc[pos : blocks[i - 1].end])
                parts.append(_glue(blocks[i - 1].text, blocks[i].text))
                pos = blocks[i].start
        parts.append(doc[pos:])
        return "".join(parts)
    if not isinstance(doc, Article):
        raise InvalidInput(describe_bad_input(doc, where="join_wrapped_lines()"))
    runs = wrapped_runs(doc.original, doc.blocks)
    if not runs:
        return doc
    old = doc.blocks
    new: list[Block] = []
    pos = 0
    for run in runs:
        new.extend(old[pos : run.start])
        new.append(_joined(old, run))
        pos = run.stop
    new.extend(old[pos:])
    return attrs.evolve(doc, blocks=tuple(new))
