"""Segmentation: every kind of line ending, blank lines, offsets exact."""

from __future__ import annotations

import pytest
from hypothesis import given

from newsclean.segment import is_blank, segment
from strategies import any_text, structured_text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("\n\n\n", []),
        ("one", ["one"]),
        ("one\ntwo", ["one", "two"]),
        ("one\r\ntwo\r\n", ["one", "two"]),
        ("one\rtwo", ["one", "two"]),
        ("one\u2028two\u2029three", ["one", "two", "three"]),
        ("one\x0ctwo", ["one", "two"]),
        ("  padded \t\n\n  next  ", ["padded", "next"]),
        ("para one\n\npara two\n\n\n", ["para one", "para two"]),
        ("\u200b\n\ufeffText\u00a0\n", ["Text"]),
    ],
)
def test_lines_become_blocks(text: str, expected: list[str]) -> None:
    assert [b.text for b in segment(text)] == expected


def test_one_line_per_paragraph_and_blank_line_paragraphs_agree() -> None:
    compact = "First paragraph.\nSecond paragraph.\nThird."
    spaced = "First paragraph.\n\nSecond paragraph.\n\nThird.\n"
    assert [b.text for b in segment(compact)] == [b.text for b in segment(spaced)]


def test_very_long_line_is_one_block() -> None:
    text = "word " * 200_000
    (block,) = segment(text)
    assert block.start == 0
    assert block.end == len(text) - 1


def test_only_newlines_is_empty() -> None:
    assert segment("\n" * 100_000) == ()


def test_blank() -> None:
    assert is_blank("\u200b \t\ufeff")
    assert not is_blank(".")


@given(any_text)
def test_offsets_slice_the_input(text: str) -> None:
    prev = 0
    for b in segment(text):
        assert text[b.start : b.end] == b.text
        assert b.start >= prev
        assert not is_blank(b.text)
        prev = b.end


@given(structured_text)
def test_every_non_blank_line_is_covered(text: str) -> None:
    covered = "".join(text[b.start : b.end] for b in segment(text))
    visible = "".join(ch for ch in text if not is_blank(ch))
    assert "".join(ch for ch in covered if not is_blank(ch)) == visible
