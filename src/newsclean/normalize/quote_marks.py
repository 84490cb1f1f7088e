"""Find the quote marks of a line and decide what each one *is*.

A straight ``"`` or ``'`` does not say whether it opens or closes a
quotation, and ``'`` may be an apostrophe. This module reads each mark's
neighbours and the quotations still open to its left and gives it a *role*:

* ``open`` / ``close``: a quotation mark (``kind`` ``double`` or ``single``);
* ``apostrophe``: ’ in don’t, the Smiths’, ’90s, rock ’n’ roll;
* ``keep``: not ours to touch: primes in 5'10" and 6'2", marks in code-like
  text, other locales' marks („…“, «…», 「…」), mojibake that ftfy repairs.

Curly marks already in the text are trusted (they are what the publisher
typeset) except where they are certainly wrong: an opening mark in a closing
position while a quotation of its kind is open ("a winner. ‘" at the end of
a paragraph), or ‘ between two letters. Both :func:`normalize_quotes
<newsclean.normalize.quotes.normalize_quotes>` (which renders the roles in a
style) and :func:`extract_quotes <newsclean.extract.quotes.extract_quotes>`
(which pairs them into quotations) use this one reading, so they agree.

The scan is one left-to-right pass over the candidate marks of a line with a
small stack of open quotations; it never backtracks, and every pattern here
is a character class or a bounded literal.

>>> [(m.glyph, m.role) for m in scan_line("'Tis the '90s,\\" he said.").marks]
[("'", 'apostrophe'), ("'", 'apostrophe'), ('"', 'close')]
"""

from __future__ import annotations

import re

from newsclean.lexicons.quotes_en import ELISIONS, WEAK_ELISIONS

__all__ = [
    "APOS",
    "CLOSE",
    "DOUBLE",
    "KEEP",
    "LOOKAHEAD",
    "MAX_DEPTH",
    "OPEN",
    "QUOTE_CHARS",
    "SINGLE",
    "LineScan",
    "Mark",
    "has_candidates",
    "looks_like_code",
    "only_curly_apostrophes",
    "only_inner_apostrophes",
    "scan_line",
]

DOUBLE = "double"
SINGLE = "single"
OPEN = "open"
CLOSE = "close"
APOS = "apostrophe"
KEEP = "keep"

QUOTE_CHARS = frozenset("\"'‘’“”„‚«»‹›「」『』")
"""Every character counted as a quote mark (the count a repair must report)."""

_ENGLISH = {'"': DOUBLE, "“": DOUBLE, "”": DOUBLE, "'": SINGLE, "‘": SINGLE, "’": SINGLE}
_LOW_OPENERS = {"„": DOUBLE, "‚": SINGLE}
"""German, Polish, Czech … openers; their closer is the next English-looking mark."""
_OTHER_PAIRS = {
    "«": (DOUBLE, OPEN),
    "»": (DOUBLE, CLOSE),
    "‹": (SINGLE, OPEN),
    "›": (SINGLE, CLOSE),
    "「": (DOUBLE, OPEN),
    "」": (DOUBLE, CLOSE),
    "『": (SINGLE, OPEN),
    "』": (SINGLE, CLOSE),
}
_FOREIGN_OPENERS = frozenset("„‚«‹「『")
_SINGLE_GLYPHS = frozenset("'‘’")
_DOUBLE_GLYPHS = frozenset('"“”')
_AS_STRAIGHT = {"“": '"', "”": '"', "‘": "'", "’": "'"}

_CANDIDATE = re.compile(
    "[\"'‘’“”„‚«»‹›「」『』]"
    r"|&(?:amp;)?(?i:quot|apos|[lr][sd]quo|#0{0,4}(?:34|39|821[67]|822[01])"
    r"|#x0{0,4}(?:2[27]|201[89cd]));"
)
"""A quote mark, or an HTML entity for one (possibly escaped twice: ``&amp;quot;``)."""

_ENTITY_CHARS = {
    "quot": '"',
    "apos": "'",
    "lsquo": "‘",
    "rsquo": "’",
    "ldquo": "“",
    "rdquo": "”",
}
_CODEPOINT_CHARS = {34: '"', 39: "'", 0x2018: "‘", 0x2019: "’", 0x201C: "“", 0x201D: "”"}

_ASSIGNED = re.compile(r"""=\s?["'`]|==|=>""")
_CALLED = re.compile(r"""\w\(["']""")
_CODE_PAIRS = ('["', "['", '{"', "{'", "&&", "||")


def looks_like_code(line: str) -> bool:
    """Whether ``line`` is code or markup, whose quotes are syntax, not prose.

    Signs: an assignment or attribute (``x = "a"``, ``href="…"``), ``==``,
    ``=>``, a call (``f('b')``), ``["`` or ``{"``, ``&&``, ``||``, or a line
    ending in ``{``, ``}`` or ``);``. Plain substring checks first: a regex
    alternation over every line with a mark cost as much as the rest of the
    scan.

    >>> looks_like_code('<a href="/x">'), looks_like_code('He said "(yes)".')
    (True, False)
    """
    if "=" in line and _ASSIGNED.search(line):
        return True
    if ("('" in line or '("' in line) and _CALLED.search(line):
        return True
    if any(pair in line for pair in _CODE_PAIRS):
        return True
    end = line.rstrip()
    return end.endswith(("{", "}")) or (end.endswith(";") and end[:-1].rstrip().endswith(")"))


LOOKAHEAD = 2000
"""How far (in characters) a mark looks ahead for a closing mark: about a long
paragraph. Bounded so that a megabyte-long line costs linear time."""
MAX_DEPTH = 16
"""Open quotations tracked at once; deeper nesting never occurs in prose, and
a line of unpaired openers must not make every mark scan a long stack."""

_BEYOND_APOSTROPHES = re.compile("[\"'‘“”„‚«»‹›「」『』&]")
_NOT_INNER_APOSTROPHE = re.compile(r"(?<![^\W\d_])'|'(?![^\W\d_])")
_BACKTICKS = re.compile(r"`[^`\n]{1,200}`")
_MOJIBAKE_LEAD = "â€"
"""UTF-8 quotes and dashes misread as cp1252 start like this (â€œ, â€™, â€”):
the mark after it is ftfy's to repair, never ours to straighten."""

_SINGLE_MARK = (
    r"(?:['‘’]|&(?:amp;)?(?i:apos|[lr]squo|#0{0,4}(?:39|821[67])|#x0{0,4}(?:27|201[89]));)"
)
_LATER_CLOSER = re.compile(r"[^\s]" + _SINGLE_MARK + r"(?:[\s.,;:!?)\]}”\"—–]|$)")
"""A single mark in closing position later in the line (for ’cause and the Smiths’)."""
_LATER_SINGLE = re.compile(_SINGLE_MARK)
_LATER_ANY = re.compile(
    r"[\"'‘’“”]|&(?:amp;)?(?i:quot|apos|[lr][sd]quo|#0{0,4}(?:34|39|821[67]|822[01])"
    r"|#x0{0,4}(?:2[27]|201[89cd]));"
)
"""A single mark (or an HTML entity for one): entities count as the mark they
stand for, so a line reads the same before and after they are decoded."""
_DECADE = re.compile(r"\d\d(?!\d)")
_WORD = re.compile(r"[^\W\d_]{1,9}")

_OPEN_BRACKETS = frozenset("([{<")
_MARKISH = QUOTE_CHARS | {";", "&"}
"""Characters next to which whitespace is never dropped (an entity is ``&…;``)."""
_DASHES = frozenset("—–")
_CLOSE_NEXT = frozenset(".,;:!?)]}>…—–-/*%")

# contexts: where a mark stands between its neighbours
_OPENING = 1  # after space/bracket/opening mark, before text: “word
_CLOSING = 2  # after text, before space/punctuation/end: word”
_TIGHT = 3  # between two non-spaces: a"b, ."The
_ISOLATED = 4  # space (or line edge) on both sides: a " b


class Mark:
    """One quote mark of a line and the role the scan gave it.

    ``start``/``end`` slice the line (an HTML entity spans several
    characters, a merged doubled mark two); ``glyph`` is the mark it stands
    for; ``drop_before``/``drop_after`` are lengths of stray whitespace to
    remove next to it; ``repairs`` names the repairs applied to it.
    """

    __slots__ = (
        "delta",
        "drop_after",
        "drop_before",
        "end",
        "foreign",
        "glyph",
        "keep_glyph",
        "kind",
        "repairs",
        "role",
        "source",
        "start",
    )

    def __init__(self, start: int, end: int, source: str, glyph: str) -> None:
        self.start = start
        self.end = end
        self.source = source
        """The text the mark was found as (``"``, ``&quot;``, ``""``)."""
        self.glyph = glyph
        self.kind = _ENGLISH.get(glyph, DOUBLE)
        self.role = KEEP
        self.keep_glyph = False
        self.foreign = False
        """The closer of a „German“ quotation: its glyph is that locale's."""
        """Render ``glyph`` as it is in curly styles (a ” trusted as an opener)."""
        self.drop_before = 0
        self.drop_after = 0
        self.repairs: tuple[str, ...] = ()
        self.delta = 0
        """Change in the number of quote marks this mark's repair makes."""

    def __repr__(self) -> str:
        return f"Mark({self.start}, {self.glyph!r}, {self.kind}, {self.role})"

    def _repair(self, name: str) -> None:
        self.repairs = (*self.repairs, name)


class LineScan:
    """The marks of one line, and the quotations left open or closed twice."""

    __slots__ = ("marks", "unclosed", "unopened")

    def __init__(self, marks: list[Mark], unclosed: list[Mark], unopened: list[Mark]) -> None:
        self.marks = marks
        self.unclosed = unclosed
        """Opening marks with no closing mark in the line, outermost first."""
        self.unopened = unopened
        """Closing double marks with no opening mark before them in the line."""


_EMPTY = LineScan([], [], [])


def has_candidates(line: str) -> bool:
    """Whether ``line`` holds anything this module could act on (a fast check)."""
    if line.isascii():
        return '"' in line or "'" in line or "&" in line
    return _CANDIDATE.search(line) is not None


def only_curly_apostrophes(line: str) -> bool:
    """Whether the only marks of ``line`` are ’ (then no quotation, nothing to curl).

    The commonest line of typeset news with any mark at all; its marks all
    read as apostrophes, so the curly and keep styles leave it as it is.
    """
    return _BEYOND_APOSTROPHES.search(line) is None


def only_inner_apostrophes(line: str) -> bool:
    """Whether ``line`` is ASCII prose whose only marks are ' between two letters.

    The commonest line of straight-typed text with a mark (don't, O'Brien):
    every mark is an apostrophe, so curling it is a plain replacement.
    """
    return (
        line.isascii()
        and '"' not in line
        and "&" not in line
        and "`" not in line
        and _NOT_INNER_APOSTROPHE.search(line) is None
        and not looks_like_code(line)
    )


def _decode(source: str) -> str:
    if len(source) == 1:
        return source
    name = source[1:-1].lower()
    if name.startswith("amp;"):
        name = name[4:]
    if name.startswith("#x"):
        return _CODEPOINT_CHARS[int(name[2:], 16)]
    if name.startswith("#"):
        return _CODEPOINT_CHARS[int(name[1:])]
    return _ENTITY_CHARS[name]


def _candidates(line: str, ignore_glyphs: bool) -> list[Mark]:
    protected: list[tuple[int, int]] = []
    if "`" in line:
        protected = [m.span() for m in _BACKTICKS.finditer(line)]
        protected.reverse()  # popped from the end as the scan moves on
    mojibake = _MOJIBAKE_LEAD in line
    marks: list[Mark] = []
    for match in _CANDIDATE.finditer(line):
        start, end = match.span()
        source = match.group()
        glyph = source if end - start == 1 else _decode(source)
        if ignore_glyphs:
            glyph = _AS_STRAIGHT.get(glyph, glyph)
        mark = Mark(start, end, source, glyph)
        while protected and protected[-1][1] <= start:
            protected.pop()
        if (mojibake and line[start - 2 : start] == _MOJIBAKE_LEAD) or (
            protected and protected[-1][0] <= start
        ):
            mark.role = KEEP
            mark.kind = ""
        marks.append(mark)
    return marks


def _merge_doubled(marks: list[Mark]) -> list[Mark]:
    """Merge ""doubled"" marks when every double mark of the line is doubled.

    CSV export and some CMSs escape a quote by doubling it. When *all* double
    marks come in adjacent identical pairs the doubling is certain; a lone
    ``""`` next to single marks may be nesting (``"he said "no""``) and stays.
    """
    runs: list[list[Mark]] = []
    for mark in marks:
        if mark.glyph not in '"“”' or mark.kind == "":
            continue
        if runs and runs[-1][-1].end == mark.start and runs[-1][-1].glyph == mark.glyph:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    if not runs or any(len(run) != 2 for run in runs):
        return marks
    merged: list[Mark] = []
    seconds = {id(run[1]) for run in runs}
    firsts = {id(run[0]): run[1] for run in runs}
    for mark in marks:
        if id(mark) in seconds:
            continue
        second = firsts.get(id(mark))
        if second is not None:
            mark.end = second.end
            mark.source += second.source
            mark._repair("doubled_mark")
            mark.delta -= 1
        merged.append(mark)
    return merged


def _elision(line: str, after: int, marks: list[Mark], index: int) -> bool:
    """Whether a mark before ``line[after:]`` at a word start is an apostrophe."""
    decade = _DECADE.match(line, after)
    if decade is not None:
        nxt = line[decade.end() : decade.end() + 1]
        return nxt in ("", "s") or not nxt.isalnum()
    word = _WORD.match(line, after)
    if word is None:
        return False
    end = word.end()
    if end < len(line) and line[end].isalnum():
        return False
    w = word.group().lower()
    if w in ELISIONS:
        # 'em' quoted alone is a quotation; rock 'n' roll is the exception
        return w == "n" or line[end : end + 1] not in _SINGLE_GLYPHS
    return w in WEAK_ELISIONS and _LATER_CLOSER.search(line, end, end + LOOKAHEAD) is None


def _closer_comes_first(line: str, pos: int, *, inside_double: bool = False) -> bool:
    """Whether the next single mark after ``pos`` that is not inside a word closes.

    Decides ’ after an s inside a single quotation: ‘The Smiths’ house is
    big,’ (a closer follows: an apostrophe) against ‘cars’ and ‘bikes’ (an
    opener follows: this one closes). With ``inside_double`` (the single
    quotation is nested in a double one), a double mark coming first means
    this one closes: “… ‘the bosses’ …” ends before the double does. Looks
    at neighbours only, never at glyphs, so it reads the same before and
    after curling.
    """
    pattern = _LATER_ANY if inside_double else _LATER_SINGLE
    for match in pattern.finditer(line, pos, pos + LOOKAHEAD):
        i, j = match.span()
        if line[i] in _DOUBLE_GLYPHS or (
            match.group() != line[i] and _decode_double(match.group())
        ):
            return False
        p = line[i - 1] if i > 0 else ""
        nx = line[j] if j < len(line) else ""
        if p.isalnum() and nx.isalnum():
            continue  # don't
        if (not p or p.isspace() or p in _OPEN_BRACKETS) and nx and not nx.isspace():
            return False  # an opener
        if p and not p.isspace():
            return True
    return False


def _decode_double(entity: str) -> bool:
    return _decode(entity) in _DOUBLE_GLYPHS


def _detached_s(line: str, after: int) -> bool:
    """``'s`` standing alone ("the Senate 's session"): a possessive cut off its word."""
    nxt = line[after + 1 : after + 2]
    return (
        line[after : after + 1] == "s"
        and not nxt.isalnum()
        and nxt not in _MARKISH
        and not _closer_comes_first(line, after + 1)  # 's a' is a quotation
    )


def scan_line(line: str, *, convert_locales: bool = False, ignore_glyphs: bool = False) -> LineScan:
    """Read the quote marks of one line (no line breaks inside) and give each a role.

    ``convert_locales`` treats „…“, «…», ‹…›, 「…」 and 『…』 as quotation marks to
    convert; by default they are kept as they are. ``ignore_glyphs`` reads
    curly English marks as if they were straight (for the straight style,
    which must decide the same whatever the glyphs were).

    >>> [(m.glyph, m.role) for m in scan_line('She said "yes" at 6\\'2".').marks]
    [('"', 'open'), ('"', 'close'), ("'", 'keep'), ('"', 'keep')]
    >>> [m.role for m in scan_line("He must find a way out of this as a winner. ‘").marks]
    ['open']
    >>> [m.role for m in scan_line("‘He must win. ‘").marks]
    ['open', 'close']
    """
    if not has_candidates(line):
        return _EMPTY
    if looks_like_code(line):
        return _EMPTY
    marks = _candidates(line, ignore_glyphs)
    if not marks:
        return _EMPTY
    marks = _merge_doubled(marks)
    stack: list[Mark] = []
    unopened: list[Mark] = []
    unclosed: list[Mark] = []
    n = len(line)
    count = len(marks)
    for i, mark in enumerate(marks):
        if mark.kind == "":  # protected (code span, mojibake)
            continue
        glyph = mark.glyph
        # neighbours: an adjacent mark counts by its role (prev) or as punctuation (next)
        prev_mark = marks[i - 1] if i > 0 and marks[i - 1].end == mark.start else None
        next_is_mark = i + 1 < count and marks[i + 1].start == mark.end
        p = line[mark.start - 1] if mark.start > 0 else ""
        nx = line[mark.end] if mark.end < n else ""
        ctx = _context(p, prev_mark, nx, next_is_mark)

        if glyph in _LOW_OPENERS:
            mark.kind = _LOW_OPENERS[glyph]
            if convert_locales:
                mark.role = OPEN
                _spaces(line, mark, ctx, opening=True)
            else:
                mark.role = KEEP
            _push(stack, mark, unclosed)
            continue
        if glyph in _OTHER_PAIRS:
            if not convert_locales:
                continue
            kind, role = _OTHER_PAIRS[glyph]
            mark.kind = kind
            if role == OPEN:
                mark.role = OPEN
                _spaces(line, mark, ctx, opening=True, always=True)
                _push(stack, mark, unclosed)
            else:
                mark.role = CLOSE
                _spaces(line, mark, ctx, opening=False, always=True)
                _close(stack, mark, unclosed, unopened)
            continue

        kind = mark.kind
        # the closer of a „German“ or ‚German‘ quotation
        opener = _innermost(stack, kind)
        if (
            opener is not None
            and opener.glyph in _LOW_OPENERS
            and ctx != _OPENING
            and not (ctx == _TIGHT and p.isalnum() and nx.isalnum())
        ):
            mark.role = CLOSE
            _close(stack, mark, unclosed, unopened)
            if not convert_locales:
                mark.foreign = True
                if glyph in "\"'":
                    mark.glyph = "“" if kind == DOUBLE else "‘"
            continue

        is_open = opener is not None
        if kind == DOUBLE:
            _double(line, mark, ctx, p, is_open)
        else:
            _single(line, mark, ctx, p=p, nx=nx, is_open=is_open, marks=marks, i=i, stack=stack)
        if mark.role == OPEN:
            _push(stack, mark, unclosed)
        elif mark.role == CLOSE:
            _close(stack, mark, unclosed, unopened)
    unclosed.extend(m for m in stack if m.role == OPEN)
    unclosed.sort(key=lambda m: m.start)
    return LineScan(marks, unclosed, unopened)


def _context(p: str, prev_mark: Mark | None, nx: str, next_is_mark: bool) -> int:
    p_space = not p or p.isspace()
    n_space = not nx or nx.isspace()
    if prev_mark is not None:
        p_opener = prev_mark.role == OPEN or (
            prev_mark.role == KEEP and prev_mark.glyph in _FOREIGN_OPENERS
        )
    else:
        p_opener = p in _OPEN_BRACKETS
    if p_space or p_opener:
        return _ISOLATED if n_space else _OPENING
    if p in _DASHES:
        return _CLOSING if (n_space or next_is_mark or nx in _CLOSE_NEXT) else _OPENING
    if n_space or next_is_mark or nx in _CLOSE_NEXT:
        return _CLOSING
    return _TIGHT


def _push(stack: list[Mark], mark: Mark, unclosed: list[Mark]) -> None:
    if len(stack) >= MAX_DEPTH:
        dropped = stack.pop(0)
        if dropped.role == OPEN:
            unclosed.append(dropped)
    stack.append(mark)


def _innermost(stack: list[Mark], kind: str) -> Mark | None:
    for mark in reversed(stack):
        if mark.kind == kind:
            return mark
    return None


def _close(stack: list[Mark], mark: Mark, unclosed: list[Mark], unopened: list[Mark]) -> None:
    for j in range(len(stack) - 1, -1, -1):
        if stack[j].kind == mark.kind:
            unclosed.extend(m for m in stack[j + 1 :] if m.role == OPEN)
            del stack[j:]
            return
    if mark.kind == DOUBLE:
        unopened.append(mark)


def _spaces(line: str, mark: Mark, ctx: int, *, opening: bool, always: bool = False) -> None:
    """Mark stray whitespace inside a quotation (“ text ”) for removal.

    Only when the mark stands alone between spaces (or ``always``, for the
    spaces French puts inside «…» when they are converted), and never when
    the whitespace separates two quote marks: removing it would make them
    look doubled.
    """
    if ctx != _ISOLATED and not always:
        return
    if opening:
        j = mark.end
        while j < len(line) and line[j].isspace() and j - mark.end < 8:
            j += 1
        if j < len(line) and j > mark.end and not line[j].isspace() and line[j] not in _MARKISH:
            mark.drop_after = j - mark.end
            mark._repair("stray_space")
    else:
        j = mark.start
        while j > 0 and line[j - 1].isspace() and mark.start - j < 8:
            j -= 1
        if j > 0 and j < mark.start and not line[j - 1].isspace() and line[j - 1] not in _MARKISH:
            mark.drop_before = mark.start - j
            mark._repair("stray_space")


def _double(line: str, mark: Mark, ctx: int, p: str, is_open: bool) -> None:
    glyph = mark.glyph
    if glyph == "“":
        if is_open and ctx in (_CLOSING, _ISOLATED):
            # “ where a closing mark belongs, with a quotation open: a closer
            # rendered as an opener ("winner. “")
            mark.role = CLOSE
            mark._repair("closing_mark_as_opening")
            _spaces(line, mark, ctx, opening=False)
        else:
            mark.role = OPEN
            _spaces(line, mark, ctx, opening=True)
        return
    if glyph == "”":
        if ctx in (_OPENING, _ISOLATED) and not is_open:
            mark.role = OPEN  # Swedish ”…”, or a misoriented opener: kept as it is
            mark.keep_glyph = True
            _spaces(line, mark, ctx, opening=True)
        else:
            mark.role = CLOSE
            if is_open:
                _spaces(line, mark, ctx, opening=False)
        return
    # straight "
    if ctx == _OPENING:
        mark.role = OPEN
    elif ctx == _CLOSING:
        mark.role = KEEP if (p.isdigit() and not is_open) else CLOSE
    elif ctx == _TIGHT:
        if p.isdigit() and not is_open:
            mark.role = KEEP  # 5"x7"
        else:
            mark.role = CLOSE if is_open else OPEN
    elif is_open:
        mark.role = CLOSE
        _spaces(line, mark, ctx, opening=False)
    else:
        mark.role = OPEN
        _spaces(line, mark, ctx, opening=True)
    if mark.role == KEEP:
        mark.kind = ""


def _single(
    line: str,
    mark: Mark,
    ctx: int,
    *,
    p: str,
    nx: str,
    is_open: bool,
    marks: list[Mark],
    i: int,
    stack: list[Mark],
) -> None:
    glyph = mark.glyph
    if ctx == _TIGHT and p.isalnum() and nx.isalnum():
        if p.isdigit() and nx.isdigit() and glyph == "'":
            mark.role = KEEP  # 5'10
            mark.kind = ""
            return
        mark.role = APOS  # don't, O'Brien, rock'n'roll (and ‘ misplaced there)
        if glyph == "‘":
            mark._repair("opening_mark_as_apostrophe")
        return
    if ctx == _OPENING:
        if glyph == "’" or (glyph == "'" and _detached_s(line, mark.end)):
            mark.role = APOS  # ’90s, ’em trusted as typeset; "Senate 's" cut off its word
        elif nx.isalnum() and _elision(line, mark.end, marks, i):
            mark.role = APOS if glyph == "'" else OPEN
        else:
            mark.role = OPEN
        return
    if ctx == _ISOLATED:
        if is_open:
            mark.role = CLOSE
            if glyph == "‘":
                mark._repair("closing_mark_as_opening")
            _spaces(line, mark, ctx, opening=False)
        elif glyph == "’" or (mark.start >= 2 and line[mark.start - 2] in "sS"):
            mark.role = APOS  # "the Browns ' game": a possessive cut off its word
        else:
            mark.role = OPEN
            if _LATER_SINGLE.search(line, mark.end, mark.end + LOOKAHEAD) is not None:
                # "' text'": a stray space after an opener, when a mark follows
                # that can close it (whatever role that mark then takes, it
                # stays a single mark, so a second pass decides the same)
                _spaces(line, mark, ctx, opening=True)
        return
    # _CLOSING, or _TIGHT after punctuation (."The, U.S.'s)
    prev = marks[i - 1] if i > 0 else None
    if (
        prev is not None
        and prev.role == APOS
        and line[prev.end : mark.start] in ("n", "N")
        and prev.start + 2 == mark.start
    ):
        mark.role = APOS  # the second mark of ’n’
        return
    if ctx == _TIGHT and not (is_open and nx.isupper()):
        mark.role = APOS
        return
    if not is_open:
        if glyph == "'" and p.isdigit() and ctx == _CLOSING:
            mark.role = KEEP  # 10' tall
            mark.kind = ""
        elif glyph == "‘":
            mark.role = OPEN  # misplaced, nothing to close: reported as unclosed
        else:
            mark.role = APOS
        return
    inside_double = any(m.kind == DOUBLE for m in stack)
    if p in ("s", "S") and _closer_comes_first(line, mark.end, inside_double=inside_double):
        mark.role = APOS  # the Smiths’ house, inside a quotation that closes later
        return
    mark.role = CLOSE
    if glyph == "‘":
        mark._repair("closing_mark_as_opening")
