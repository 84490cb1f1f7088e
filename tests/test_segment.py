"""Segmentation: every kind of line ending, blank lines, offsets exact."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean.segment import BLANK_CHARS, LINE_BREAKS, is_blank, segment
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


_REFERENCE_LINE = re.compile(f"[^{re.escape(LINE_BREAKS)}]+")


def _reference_segment(text: str) -> list[tuple[int, int, str]]:
    """The plain definition segment() must agree with: every maximal run of
    non-break characters, stripped of blanks, with its exact offsets."""
    out = []
    for match in _REFERENCE_LINE.finditer(text):
        line = match.group()
        stripped = line.strip(BLANK_CHARS)
        if stripped:
            start = match.start() + len(line) - len(line.lstrip(BLANK_CHARS))
            out.append((start, start + len(stripped), stripped))
    return out


_SEGMENT_ALPHABET = st.sampled_from(["a", "b", ".", *BLANK_CHARS, *LINE_BREAKS, "\r\n"])


@given(st.lists(_SEGMENT_ALPHABET, max_size=60).map("".join))
def test_fast_segmentation_agrees_with_the_plain_definition(text: str) -> None:
    assert [(b.start, b.end, b.text) for b in segment(text)] == _reference_segment(text)


@given(any_text)
def test_fast_segmentation_agrees_on_any_text(text: str) -> None:
    assert [(b.start, b.end, b.text) for b in segment(text)] == _reference_segment(text)
