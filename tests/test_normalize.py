"""Text normalisers: type in, same type out; ftfy fast path equals ftfy."""

from __future__ import annotations

from collections.abc import Callable

import ftfy
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Article
from newsclean.model import Block
from newsclean.normalize.unicode import fix_unicode_text
from newsclean.normalize.whitespace import normalize_whitespace_text
from newsclean.segment import BLANK_CHARS
from strategies import any_text, structured_text

CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False)


@pytest.mark.parametrize("fix", [newsclean.fix_unicode, newsclean.normalize_whitespace])
def test_str_in_str_out_article_in_article_out(fix: object) -> None:
    assert isinstance(fix("text"), str)  # type: ignore[operator]
    art = newsclean.clean("text", fix_unicode=False, normalize_whitespace=False)
    assert isinstance(fix(art), Article)  # type: ignore[operator]


def test_mojibake_is_repaired_and_quotes_stay_curly() -> None:
    assert newsclean.fix_unicode("â€œHello,â€\x9d she said") == "“Hello,” she said"
    assert newsclean.fix_unicode("“Curly” stays") == "“Curly” stays"


def test_html_entities_are_unescaped() -> None:
    assert newsclean.fix_unicode("Tom &amp; Jerry") == "Tom & Jerry"


def test_article_blocks_are_fixed_offsets_kept() -> None:
    text = "The mayorâ€™s office\n\nPlain"
    art = newsclean.clean(text)
    first = art.blocks[0]
    assert first.text == "The mayor’s office"
    assert text[first.start : first.end] == "The mayorâ€™s office"


@given(any_text)
def test_fast_path_equals_ftfy_per_line(text: str) -> None:
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


@given(structured_text)
def test_fast_path_equals_ftfy_structured(text: str) -> None:
    assert fix_unicode_text(text) == ftfy.fix_text(text, CONFIG)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a  b", "a b"),
        ("a\tb", "a b"),
        ("a\u00a0b", "a b"),
        ("a\u200bb", "ab"),
        ("soft\u00adhyphen", "softhyphen"),
        ("emoji 👩\u200d👩\u200d👧 kept", "emoji 👩\u200d👩\u200d👧 kept"),
        ("  edges  ", "edges"),
        ("line one  \n  line two", "line one\nline two"),
    ],
)
def test_whitespace(raw: str, expected: str) -> None:
    assert newsclean.normalize_whitespace(raw) == expected


@given(any_text)
def test_whitespace_is_idempotent(text: str) -> None:
    once = newsclean.normalize_whitespace(text)
    assert newsclean.normalize_whitespace(once) == once


_block_texts = st.lists(
    st.one_of(any_text, st.text(alphabet=" a\t\u00a0\u200b\n&é’\x7f", max_size=6)).filter(
        str.strip
    ),
    min_size=1,
    max_size=8,
)
"""Lines for a hand-built Article: arbitrary ones, and short ones made of the characters
the screens look for (edge spaces, exotic and invisible spaces, "&", a Latin-1 letter)."""


@pytest.mark.parametrize(
    ("fix", "fix_text"),
    [
        (newsclean.fix_unicode, fix_unicode_text),
        (newsclean.normalize_whitespace, normalize_whitespace_text),
    ],
)
@given(texts=_block_texts)
def test_screened_article_fix_equals_fixing_every_block(
    fix: Callable[[Article], Article], fix_text: Callable[[str], str], texts: list[str]
) -> None:
    """The normalisers only pass the lines a scan of the joined text flags to the fix;
    the result must be what fixing every line one by one gives."""
    original = "x" * len(texts)
    blocks = [Block(i, i + 1, text) for i, text in enumerate(texts)]
    fixed = fix(Article(original, blocks=blocks))
    expected = []
    for text in texts:
        once = fix_text(text)
        expected.append(once if once.strip(BLANK_CHARS) else text)
    assert [b.text for b in fixed.blocks] == expected
