"""``normalize_quotes``: one quote style, and the quote damage of scraping repaired.

Styles:

* ``"curly"`` (the pipeline's default): “double”, ‘single’ and ’ for
  apostrophes, restored from straight or mixed text, including the hard cases:
  ’90s, ’em, rock ’n’ roll, the Smiths’ house, quotations that open a
  paragraph or follow a dash or bracket, nesting, and British style where the
  single marks are the outer ones.
* ``"straight"``: ASCII ``"`` and ``'`` only.
* ``"keep"``: each mark keeps its style; only the repairs below are made.

Repairs, in every style (none invents text):

* a closing mark rendered as an opening one after a space at the end of a
  quotation ("as a winner. ‘" → "as a winner.’");
* stray spaces inside quotation marks (“ text ” → “text”);
* doubled marks (""text"" → “text”) when every double mark of the line is doubled;
* quote marks left as HTML entities (``&quot;``, ``&#8217;``, ``&amp;quot;``).

Left alone on purpose: primes in measurements (5'10", 6'2" and the real
primes 5′10″), code-like lines and backtick spans, other locales' marks
(„German“, «French» with their spaces, 「Japanese」; pass
``other_locales="convert"`` to convert them), and mojibake such as ``â€œ``,
which :func:`~newsclean.normalize.unicode.fix_unicode` repairs and which must
never be straightened first. A quotation that runs over several paragraphs
(each opening with a mark, only the last closing) is correct style. What
cannot be repaired with certainty, such as a closing mark with no opening one,
is left as it is and, on an :class:`~newsclean.model.Article`, reported as a
:class:`~newsclean.model.Diagnostic` of kind ``unmatched_quote``.

>>> normalize_quotes('"It\\'s the \\'90s," she said.')
'“It’s the ’90s,” she said.'
>>> normalize_quotes("He must find a way out of this as a winner. ‘", style="keep")
'He must find a way out of this as a winner. ‘'
>>> normalize_quotes("‘He must find a way out of this as a winner. ‘")
'‘He must find a way out of this as a winner.’'
>>> normalize_quotes("“Don’t,” he said.", style="straight")
'"Don\\'t," he said.'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator

import attrs

from newsclean.editing import Doc, add_diagnostics
from newsclean.errors import (
    InvalidInput,
    InvalidOptionValue,
    bad_choice_message,
    describe_bad_input,
)
from newsclean.model import Article, Diagnostic
from newsclean.normalize.quote_marks import (
    APOS,
    CLOSE,
    DOUBLE,
    KEEP,
    OPEN,
    QUOTE_CHARS,
    SINGLE,
    LineScan,
    Mark,
    has_candidates,
    only_curly_apostrophes,
    only_inner_apostrophes,
    scan_line,
)
from newsclean.normalize.quote_offsets import offset_mapper
from newsclean.segment import BLANK_CHARS

__all__ = [
    "LOCALE_CHOICES",
    "STYLE_CHOICES",
    "QuoteRepair",
    "count_quote_marks",
    "explain_quotes",
    "normalize_quotes",
]

NAME = "normalize_quotes"
MAX_REPORTED = 20
"""Unmatched marks reported one by one; the rest share one Diagnostic."""
MAX_MARKS_PER_LINE = 2000
"""A line with more quote marks than this is no prose (a long paragraph holds a few
dozen): it is left exactly as it is, which keeps the cost of a pathological
megabyte of quote marks at a count instead of a pairing."""
STYLE_CHOICES = ("curly", "straight", "keep")
LOCALE_CHOICES = ("keep", "convert")

_CURLY = {
    (DOUBLE, OPEN): "“",
    (DOUBLE, CLOSE): "”",
    (SINGLE, OPEN): "‘",
    (SINGLE, CLOSE): "’",
    (SINGLE, APOS): "’",
}
_STRAIGHT = {DOUBLE: '"', SINGLE: "'"}
_STRAIGHT_GLYPHS = frozenset("\"'")
_CURLY_GLYPHS = frozenset("‘’“”")


def _risky(cp: int) -> bool:
    # Capital Latin-1 and Latin Extended-A letters, and the digraph letters:
    # followed by ‘ “ ” they read to ftfy as UTF-8 misdecoded as cp1252
    # ("Ã”" is how "Ô" looks then), and a second cleaning would "repair" them.
    return (
        0xC0 <= cp <= 0xDF or 0x100 <= cp <= 0x17F or 0x1C4 <= cp <= 0x1CC or 0x1F1 <= cp <= 0x1F3
    )


_LIGATURES = frozenset("Ĳĳŉ") | frozenset(
    chr(c) for c in (*range(0x1C4, 0x1CD), 0x1F1, 0x1F2, 0x1F3)
)
_RISKY_AFTER_ANY = _LIGATURES | frozenset("¨ªº")
_RISKY_AFTER_RDQ = frozenset(chr(c) for c in range(0xA2, 0x100))
"""After ” these also read as mojibake to ftfy (”é, ”£)."""


def _ftfy_would_change(prev: str, glyph: str, nxt: str) -> bool:
    """Whether ftfy would read ``prev + glyph + nxt`` as mojibake and rewrite it.

    Writing such a mark would make cleaning not idempotent (ftfy runs before
    the quotes on the next pass), so the mark is left as it was found. Found by running
    ftfy 6 on every Latin-1 and Latin Extended-A letter next to each mark.
    """
    if glyph not in _CURLY_GLYPHS:
        return False
    if prev and (_risky(ord(prev)) if glyph != "’" else prev in _LIGATURES):
        return True
    return nxt in _RISKY_AFTER_ANY or (glyph == "”" and nxt in _RISKY_AFTER_RDQ)


@attrs.frozen(slots=True)
class QuoteRepair:
    """A repair that changed more than a mark's style, with its place in the input."""

    kind: str
    """``closing_mark_as_opening``, ``stray_space``, ``doubled_mark``,
    ``html_entity`` or ``opening_mark_as_apostrophe``."""
    start: int
    end: int
    before: str
    after: str
    delta: int = 0
    """Change in the number of quote marks (see :func:`count_quote_marks`)."""


def count_quote_marks(text: str) -> int:
    """Number of quote marks in ``text`` (straight, curly and other locales').

    >>> count_quote_marks("“Don’t,” he said, 'no'.")
    5
    """
    return sum(1 for ch in text if ch in QUOTE_CHARS)


def _check(style: str, other_locales: str) -> None:
    if style not in STYLE_CHOICES:
        raise InvalidOptionValue(bad_choice_message("style", style, STYLE_CHOICES))
    if other_locales not in LOCALE_CHOICES:
        raise InvalidOptionValue(bad_choice_message("other_locales", other_locales, LOCALE_CHOICES))


def _glyph(mark: Mark, style: str) -> str:
    role = mark.role
    if role == KEEP:
        return mark.source
    if mark.foreign:
        return mark.glyph if style == "curly" else mark.source
    if style == "straight":
        return _STRAIGHT[mark.kind]
    if style == "keep" and mark.glyph in _STRAIGHT_GLYPHS:
        return mark.glyph
    if mark.keep_glyph:
        return mark.glyph
    return _CURLY.get((mark.kind, role), mark.glyph)


_NO_MARKS = LineScan([], [], [])


class _Rendered:
    __slots__ = ("positions", "repairs", "scan", "text")

    def __init__(
        self, text: str, scan: LineScan, positions: dict[int, int], repairs: list[QuoteRepair]
    ) -> None:
        self.text = text
        self.scan = scan
        self.positions = positions
        """id(mark) -> position of the rendered mark in ``text``."""
        self.repairs = repairs


def _render_line(line: str, style: str, convert: bool, offset: int = 0) -> _Rendered:
    if offset == 0 and len(line) <= _CACHED_CHARS:
        return _render_short_line(line, style, convert)
    return _render_any_line(line, style, convert, offset)


_CACHED_CHARS = 200
"""Lines up to this long are remembered: furniture lines repeat, prose lines do not."""


@functools.lru_cache(maxsize=8192)
def _render_short_line(line: str, style: str, convert: bool) -> _Rendered:
    return _render_any_line(line, style, convert, 0)


def _render_any_line(line: str, style: str, convert: bool, offset: int) -> _Rendered:
    if len(line) > MAX_MARKS_PER_LINE and count_quote_marks(line) > MAX_MARKS_PER_LINE:
        return _Rendered(line, _NO_MARKS, {}, [])  # not prose: left exactly as it is
    # the two commonest lines with marks, without a scan (same result as one)
    if style != "straight" and only_curly_apostrophes(line):
        return _Rendered(line, _NO_MARKS, {}, [])
    if style == "curly" and only_inner_apostrophes(line):
        return _Rendered(line.replace("'", "’"), _NO_MARKS, {}, [])
    scan = scan_line(line, convert_locales=convert, ignore_glyphs=style == "straight")
    if not scan.marks:
        return _Rendered(line, scan, {}, [])
    out: list[str] = []
    positions: dict[int, int] = {}
    repairs: list[QuoteRepair] = []
    last = 0
    length = 0
    for mark in scan.marks:
        cut = max(last, mark.start - mark.drop_before)
        end = mark.end + mark.drop_after
        glyph = _glyph(mark, style)
        names = mark.repairs
        if (glyph != mark.source or cut != mark.start or end != mark.end) and _ftfy_would_change(
            line[cut - 1] if cut > 0 else "", glyph, line[end] if end < len(line) else ""
        ):
            # left exactly as it was, for ftfy's sake (see _risky)
            cut, end, glyph, names = max(last, mark.start), mark.end, mark.source, ()
        piece = line[last:cut]
        out.append(piece)
        length += len(piece)
        positions[id(mark)] = length
        out.append(glyph)
        length += len(glyph)
        last = end
        if glyph != mark.source and "&" in mark.source:
            names = ("html_entity", *names)
        if names:
            delta = count_quote_marks(glyph) - count_quote_marks(mark.source)
            before = line[cut:last]
            for name in names:
                repairs.append(QuoteRepair(name, offset + cut, offset + last, before, glyph, delta))
                delta = 0
    out.append(line[last:])
    return _Rendered("".join(out), scan, positions, repairs)


def _lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, line, line break) for every line of ``text``."""
    pos = 0
    for chunk in text.splitlines(keepends=True):
        body = chunk.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        yield pos, body, chunk[len(body) :]
        pos += len(chunk)


def explain_quotes(
    text: str, /, *, style: str = "curly", other_locales: str = "keep"
) -> tuple[str, tuple[QuoteRepair, ...]]:
    """:func:`normalize_quotes` on a ``str``, with the repairs it made.

    The number of quote marks of the result is that of ``text`` plus the
    ``delta`` of the repairs; no other character changes except the
    whitespace a ``stray_space`` or ``closing_mark_as_opening`` repair removes.

    >>> explain_quotes('""Yes,"" he said.')[1][0].kind
    'doubled_mark'
    """
    _check(style, other_locales)
    if not isinstance(text, str):
        raise InvalidInput(describe_bad_input(text, where=f"{NAME}()"))
    if not has_candidates(text):
        return text, ()
    convert = other_locales == "convert"
    parts: list[str] = []
    repairs: list[QuoteRepair] = []
    for offset, line, brk in _lines(text):
        rendered = _render_line(line, style, convert, offset)
        parts.append(rendered.text)
        parts.append(brk)
        repairs.extend(rendered.repairs)
    return "".join(parts), tuple(repairs)


_RENDER_ROUNDS = 3
"""A repair can expose another (two stray spaces around one mark): render again, at
most this often, so normalising normalised text changes nothing."""


def _render_settled(line: str, style: str, convert: bool) -> _Rendered:
    """:func:`_render_line` run to its fixpoint; marks and positions refer to the result.

    A line whose repairs would hand ftfy something to repair that it left alone
    before is left as it is ("” Ÿ Â" made "”Ÿ Â" reads as mojibake of a
    no-break space): cleaning the cleaned text would otherwise change it again.
    """
    original = line
    result = _render_line(line, style, convert)
    for _ in range(_RENDER_ROUNDS - 1):
        if result.text == line:
            break
        line = result.text
        result = _render_line(line, style, convert)
    if result.text != original and _exposes_mojibake(original, result.text):
        return _Rendered(original, LineScan([], [], []), {}, [])
    return result


def _exposes_mojibake(before: str, after: str) -> bool:
    """Whether ftfy would change ``after`` otherwise than ``before``, quote glyphs
    aside: a line it leaves alone that the marks made into mojibake, or mojibake it
    would repair one way that a curled mark makes it read another ('"ß¬™' repairs to
    '"߬™', '“ß¬™' to 'ҧª')."""
    from newsclean.normalize.unicode import fix_unicode_text

    fixed_after = fix_unicode_text(after)
    if fixed_after == after:
        return False
    fixed_before = fix_unicode_text(before)
    if fixed_before == before:
        return True
    return fixed_after.translate(_UNCURL) != fixed_before.translate(_UNCURL)


_UNCURL = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def _normalize_text(text: str, style: str, convert: bool) -> str:
    if not has_candidates(text):
        return text
    if "\n" not in text and "\r" not in text:
        return _render_settled(text, style, convert).text
    return "".join(
        _render_settled(line, style, convert).text + brk for _, line, brk in _lines(text)
    )


def normalize_quotes(doc: Doc, /, *, style: str = "curly", other_locales: str = "keep") -> Doc:
    """Put quote marks and apostrophes in one ``style`` and repair scraping damage.

    ``style`` is ``"curly"``, ``"straight"`` or ``"keep"``; ``other_locales``
    is ``"keep"`` („…“, «…», 「…」 left as they are) or ``"convert"`` (made
    English quotation marks of the chosen style). On an Article, every block
    is normalised (offsets unchanged) and quotation marks that cannot be
    paired are reported as ``unmatched_quote`` diagnostics; a quotation
    continued over paragraphs, each opening with a mark, is not an error.
    """
    _check(style, other_locales)
    convert = other_locales == "convert"
    if isinstance(doc, str):
        return _normalize_text(doc, style, convert)
    if not isinstance(doc, Article):
        raise InvalidInput(describe_bad_input(doc, where=f"{NAME}()"))
    return _normalize_article(doc, style, convert)


def _normalize_article(article: Article, style: str, convert: bool) -> Article:
    blocks = list(article.blocks)
    rendered: dict[int, _Rendered] = {}
    changed = False
    for i, block in enumerate(blocks):
        text = block.text
        if not has_candidates(text):
            continue
        if "\n" in text or "\r" in text:  # not from the segmenter: no diagnostics
            fixed = _normalize_text(text, style, convert)
        else:
            result = _render_settled(text, style, convert)
            if result.scan.marks:
                rendered[i] = result
            fixed = result.text
        if fixed != text and fixed.strip(BLANK_CHARS):
            blocks[i] = attrs.evolve(block, text=fixed)
            changed = True
    if changed:
        article = attrs.evolve(article, blocks=tuple(blocks))
    diagnostics = _diagnose(article, rendered)
    if diagnostics:
        existing = set(article.diagnostics)
        article = add_diagnostics(article, [d for d in diagnostics if d not in existing])
    return article


def _opens_with(result: _Rendered | None, kind: str) -> bool:
    """Whether a block starts with an opening mark of ``kind`` (a continued quotation)."""
    if result is None or not result.scan.marks:
        return False
    first = result.scan.marks[0]
    return first.role == OPEN and first.kind == kind and result.positions.get(id(first)) == 0


_Unmatched = tuple[int, "_Rendered", Mark, str]


def _diagnose(article: Article, rendered: dict[int, _Rendered]) -> list[Diagnostic]:
    """Unpaired marks, except those of a quotation continued over paragraphs.

    The first :data:`MAX_REPORTED` are reported one by one, the rest in one
    Diagnostic that counts them: a text can hold a million stray marks, and a
    report of each would be larger than the text and useless to read.
    """
    mappers: dict[int, Callable[[int], int]] = {}
    out: list[Diagnostic] = []
    rest = 0
    last: _Unmatched | None = None
    for item in _unmatched(rendered, len(article.blocks)):
        if len(out) < MAX_REPORTED:
            out.append(_diagnostic(article, mappers, item))
        else:
            rest += 1
            last = item
    if rest and last is not None:
        end = _diagnostic(article, mappers, last).end
        out.append(
            Diagnostic("unmatched_quote", f"{rest} more unmatched quote marks", out[-1].end, end)
        )
    return out


def _unmatched(rendered: dict[int, _Rendered], n_blocks: int) -> Iterator[_Unmatched]:
    carried: set[str] = set()  # kinds of quotation the previous block left open
    for i in range(n_blocks):
        result = rendered.get(i)
        if result is None:
            carried = set()
            continue
        for mark in result.scan.unopened:
            if mark.kind not in carried:
                yield i, result, mark, "closing mark with no opening mark"
        nxt = rendered.get(i + 1)
        closed_next = {m.kind for m in nxt.scan.unopened} if nxt is not None else set()
        for mark in result.scan.unclosed:
            if not (_opens_with(nxt, mark.kind) or mark.kind in closed_next):
                yield i, result, mark, "opening mark never closed"
        carried = {m.kind for m in result.scan.unclosed}


def _diagnostic(
    article: Article, mappers: dict[int, Callable[[int], int]], item: _Unmatched
) -> Diagnostic:
    index, result, mark, message = item
    pos = result.positions.get(id(mark), 0)
    mapper = mappers.get(index)
    if mapper is None:
        mapper = mappers[index] = offset_mapper(article, index)
    start, end = mapper(pos), mapper(pos + 1)
    block = article.blocks[index]
    if end <= start:
        end = min(start + 1, block.end)
    return Diagnostic("unmatched_quote", f"{message}: {article.original[start:end]!r}", start, end)
