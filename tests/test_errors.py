"""Non-text input fails early with a message that says what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean import InvalidInput, NewscleanError, default_pipeline
from newsclean.pipeline import cleaner_name


@pytest.mark.parametrize("bad", [None, b"bytes", bytearray(b"x"), 42, ["text"], 3.5])
def test_clean_refuses_non_text(bad: object) -> None:
    with pytest.raises(TypeError) as info:
        newsclean.clean(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, NewscleanError)
    assert isinstance(info.value, InvalidInput)
    assert (type(bad).__name__ if bad is not None else "None") in str(info.value)


def test_bytes_message_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match=r"decode\('utf-8'"):
        newsclean.clean(b"caf\xc3\xa9")  # type: ignore[arg-type]


def test_none_message_suggests_empty_string() -> None:
    with pytest.raises(TypeError, match="Pass ''"):
        newsclean.clean(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "cleaner", [newsclean.fix_unicode, newsclean.normalize_whitespace, newsclean.strip_boilerplate]
)
def test_each_cleaner_refuses_non_text(cleaner: object) -> None:
    with pytest.raises(TypeError, match="got int"):
        cleaner(42)  # type: ignore[operator]


DEFAULT_CLEANERS = [pytest.param(c, id=cleaner_name(c)) for c in default_pipeline()]


@pytest.mark.parametrize("cleaner", DEFAULT_CLEANERS)
@pytest.mark.parametrize("bad", [b"caf\xc3\xa9", bytearray(b"x"), None, 42, ["text"]])
def test_every_default_cleaner_explains_bad_input(cleaner: Callable[..., Any], bad: object) -> None:
    with pytest.raises(InvalidInput) as info:
        cleaner(bad)
    message = str(info.value)
    assert message.startswith(f"{cleaner_name(cleaner)}() takes text")
    assert (type(bad).__name__ if bad is not None else "None") in message
    if isinstance(bad, (bytes, bytearray)):
        assert "decode('utf-8'" in message
        assert "newsclean[detect]" in message


def test_pipeline_call_explains_bad_input() -> None:
    with pytest.raises(InvalidInput, match=r"^Pipeline\(\) takes text \(str\), got bytes"):
        default_pipeline()(b"x")  # type: ignore[arg-type]


def test_clean_of_an_article_says_how_to_run_it_again() -> None:
    article = newsclean.clean("Text.")
    with pytest.raises(InvalidInput, match=r"default_pipeline\(\)\(article\)"):
        newsclean.clean(article)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("bad", "hint"),
    [
        (float("nan"), "fillna('')"),
        (Path("story.txt"), "read_text(encoding='utf-8')"),
        ({"text": "x"}, "clean(record['text'])"),
        (("a", "b"), "one document at a time"),
    ],
)
def test_common_mistakes_get_a_hint(bad: object, hint: str) -> None:
    with pytest.raises(InvalidInput) as info:
        newsclean.clean(bad)  # type: ignore[arg-type]
    assert hint in str(info.value)


def test_a_broken_repr_does_not_hide_the_error() -> None:
    class Weird:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    with pytest.raises(InvalidInput, match="got Weird: <Weird instance at"):
        newsclean.clean(Weird())  # type: ignore[arg-type]


def test_a_huge_value_is_not_dumped_into_the_message() -> None:
    with pytest.raises(InvalidInput) as info:
        newsclean.clean(["word"] * 1_000_000)  # type: ignore[arg-type]
    assert len(str(info.value)) < 300
