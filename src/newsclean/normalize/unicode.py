"""``fix_unicode``: repair mojibake and other encoding damage with ftfy.

ftfy does the repair. newsclean calls it with ``uncurl_quotes=False``, because
quotes are :func:`~newsclean.normalize.quotes.normalize_quotes`' job and
straightening them here would destroy information that cleaner needs.

What any ``str`` becomes (the result is ftfy's, exactly):

* lone surrogates (half of a UTF-16 pair, e.g. from JSON ``"\\ud800"``) become
  U+FFFD; a high and a low surrogate side by side become the character they
  encode. Given an :class:`~newsclean.model.Article`, each run of surrogates
  is also reported as a ``Diagnostic`` of kind ``"surrogate"`` with its
  offsets in ``original`` (a pair too: JSON spells a pair and the character
  it encodes alike, so such an ``original`` reads back from JSON changed);
* NUL and other C0 control characters except tab, newline, form feed and
  carriage return are removed, and so are terminal escape sequences;
* ``\\r\\n``, ``\\r``, U+2028 and U+2029 become ``\\n`` (inside a block there are
  none: the segmenter already cut lines there);
* HTML entities are unescaped, unless the text contains ``<``;
* the text is NFC-normalised (a pile of combining marks stays a pile, in
  canonical order); zero width, bidi and joiner characters, emoji, right to
  left and CJK text pass through unchanged.

ftfy's cost is per line (about 9 µs for a one-character line), so lines it
cannot change skip it: lines made only of printable ASCII other than ``&``,
tab, and letters of scripts that never occur in mojibake and are stable
under NFC (Hebrew, Arabic, kana, CJK ideographs and punctuation, Hangul
syllables). Lines that do need ftfy are remembered (:data:`_CACHE_SIZE`
short ones), so a document of a million identical lines costs one call.
The result equals one call of ``ftfy.fix_text`` on the whole text; tests
compare the two.

>>> fix_unicode("The mayorâ€™s office said")
'The mayor’s office said'
>>> fix_unicode("Plain ASCII stays as it is.")
'Plain ASCII stays as it is.'
>>> fix_unicode("half a pair: \\ud800")
'half a pair: �'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from newsclean.editing import Doc, add_diagnostics, apply_text_fix
from newsclean.model import Article, Diagnostic

if TYPE_CHECKING:
    import ftfy

__all__ = ["fix_unicode", "fix_unicode_text", "surrogate_runs"]

NAME = "fix_unicode"

_INERT = (
    "\t\n -%'-~"  # printable ASCII but "&" (which may start an HTML entity)
    "\u05d0-\u05ea"  # Hebrew letters
    "\u0620-\u064a\u0660-\u0669"  # Arabic letters and digits
    "\u3001-\u3029"  # CJK punctuation and brackets (not U+3000, which ftfy makes a space)
    "\u3041-\u3096\u30a1-\u30fa"  # precomposed hiragana and katakana
    "\u3400-\u4dbf\u4e00-\u9fff"  # CJK unified ideographs
    "\uac00-\ud7a3"  # precomposed Hangul syllables
)
"""Characters ftfy never changes, alone or next to each other.

None of them is in ftfy's mojibake alphabet (Latin-1 and the Windows and Mac
code pages it knows), its control, ligature or width tables, and none
composes or reorders under NFC. ``tests/test_normalize.py`` checks every one
against ftfy."""
_MAY_CHANGE = re.compile(f"[^{_INERT}]")
_ASCII_MAY_CHANGE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f&]")
"""The same test for ASCII text, after the much cheaper ``str.isascii``."""

_CACHE_SIZE = 8192
"""Distinct short segments remembered across calls (a few MB at most)."""
_CACHED_CHARS = 200
"""Segments up to this long are cached: lines of furniture repeat, prose does not."""

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_RUN = re.compile("[\ud800-\udfff]+")
_LONE_SURROGATE = re.compile(
    "[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]"
)
_MAX_REPORTED = 20
"""Runs of surrogates reported one by one; the rest share one Diagnostic."""


@functools.lru_cache(maxsize=2)
def _config(unescape_html: bool) -> ftfy.TextFixerConfig:
    import ftfy  # imported on first use: keeps `import newsclean` cheap

    return ftfy.TextFixerConfig(
        uncurl_quotes=False, explain=False, unescape_html="auto" if unescape_html else False
    )


def _fix_segment(segment: str, unescape_html: bool) -> str:
    import ftfy

    return ftfy.fix_and_explain(segment, _config(unescape_html)).text


_fix_short_segment = functools.lru_cache(maxsize=_CACHE_SIZE)(_fix_segment)


def _segments(text: str, limit: int) -> Iterator[str]:
    """``text`` cut like ``ftfy.fix_text`` cuts it: after each ``\\n``, at most ``limit`` long."""
    pos, n = 0, len(text)
    while pos < n:
        brk = text.find("\n", pos) + 1 or n
        if brk - pos > limit:
            brk = pos + limit
        yield text[pos:brk]
        pos = brk


_TYPOGRAPHIC = "’‘“”–—…«»"
"""Punctuation that is inert *next to ASCII only*.

In every code page ftfy tries, each of these is either not encodable or a
byte that cannot start a UTF-8 sequence with its neighbours, and ASCII bytes
never continue one; so a line of ASCII and these marks can be no mojibake,
and no other ftfy fix touches them. Next to Latin-1 letters they can
(``"é’’"`` encodes to valid UTF-8), so they are not in :data:`_INERT`.
``tests/test_fix_unicode.py`` compares such lines with ftfy."""
_DROP_TYPOGRAPHIC = str.maketrans(dict.fromkeys(_TYPOGRAPHIC))


def _inert(text: str) -> bool:
    """Whether ftfy would return ``text`` unchanged because every character is inert."""
    if text.isascii():
        return _ASCII_MAY_CHANGE.search(text) is None
    if _MAY_CHANGE.search(text) is None:
        return True
    plain = text.translate(_DROP_TYPOGRAPHIC)
    return plain.isascii() and _ASCII_MAY_CHANGE.search(plain) is None


def fix_unicode_text(text: str) -> str:
    """``ftfy.fix_text(text)`` (quotes left alone), skipping what ftfy cannot change."""
    if _inert(text):
        return text
    limit = _config(True).max_decode_length
    if len(text) <= limit and text.find("\n") in (-1, len(text) - 1):
        return _fix(text, True)
    out: list[str] = []
    unescape_html = True
    for segment in _segments(text, limit):
        # ftfy stops unescaping entities from the first segment holding "<" on
        if unescape_html and "<" in segment:
            unescape_html = False
        out.append(segment if _inert(segment) else _fix(segment, unescape_html))
    return "".join(out)


def _fix(segment: str, unescape_html: bool) -> str:
    if len(segment) <= _CACHED_CHARS:
        return _fix_short_segment(segment, unescape_html)
    return _fix_segment(segment, unescape_html)


def surrogate_runs(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, lone)`` of every run of surrogate code points in ``text``.

    ``lone`` counts the lone surrogates of the run; the others form pairs.

    >>> surrogate_runs("a\\ud800\\udc00b\\udfff\\ud800c")
    [(1, 3, 0), (4, 6, 2)]
    """
    if text.isascii() or _SURROGATE.search(text) is None:
        return []
    return [
        (m.start(), m.end(), len(_LONE_SURROGATE.findall(m.group())))
        for m in _SURROGATE_RUN.finditer(text)
    ]


def _describe_run(run: str, lone: int) -> str:
    parts = []
    if lone:
        shown = ", ".join(f"U+{ord(c):04X}" for c in run[:3]) + (", …" if len(run) > 3 else "")
        parts.append(f"{lone} lone surrogate{'s' if lone > 1 else ''} ({shown}) replaced by U+FFFD")
    pairs = (len(run) - lone) // 2
    if pairs:
        parts.append(
            f"{pairs} surrogate pair{'s' if pairs > 1 else ''} joined into the character "
            "they encode (JSON cannot tell a pair from that character)"
        )
    return "; ".join(parts)


def _surrogate_diagnostics(article: Article) -> list[Diagnostic]:
    """One Diagnostic per run of surrogates in blocks not yet fixed."""
    original = article.original
    if original.isascii() or _SURROGATE.search(original) is None:
        return []  # the common path: one cheap check of the whole input
    runs: list[tuple[int, int, int]] = []
    for block in article.blocks:
        if _SURROGATE.search(block.text) is None:
            continue  # clean, or already fixed by an earlier run
        runs.extend(
            (block.start + s, block.start + e, lone)
            for s, e, lone in surrogate_runs(original[block.start : block.end])
        )
    out = [
        Diagnostic("surrogate", _describe_run(original[s:e], lone), s, e)
        for s, e, lone in runs[:_MAX_REPORTED]
    ]
    rest = runs[_MAX_REPORTED:]
    if rest:
        lone = sum(r[2] for r in rest)
        pairs = sum(e - s - n for s, e, n in rest) // 2
        out.append(
            Diagnostic(
                "surrogate",
                f"{len(rest)} more runs of surrogates: {lone} lone ones replaced by U+FFFD, "
                f"{pairs} pairs joined",
                rest[0][0],
                rest[-1][1],
            )
        )
    return out


def fix_unicode(doc: Doc, /) -> Doc:
    """Repair encoding damage (mojibake, HTML entities, control characters) with ftfy.

    Lone surrogates become U+FFFD (reported on an Article), control characters
    other than tab, newline, form feed and carriage return are removed, text is
    NFC-normalised. Quotes are left curly or straight as they were.

    >>> from newsclean.model import Block
    >>> art = fix_unicode(Article("ok \\ud83d!", blocks=[Block(0, 5, "ok \\ud83d!")]))
    >>> art.blocks[0].text, [(d.kind, d.start, d.end) for d in art.diagnostics]
    ('ok �!', [('surrogate', 3, 4)])
    """
    if isinstance(doc, Article):
        diagnostics = _surrogate_diagnostics(doc)
        # a line with no character outside _INERT is inert (the "\n" joining lines is in it)
        fixed = apply_text_fix(doc, fix_unicode_text, where=f"{NAME}()", may_change=_MAY_CHANGE)
        return add_diagnostics(fixed, diagnostics) if diagnostics else fixed
    return apply_text_fix(doc, fix_unicode_text, where=f"{NAME}()")
