"""Non-text input fails early with a message that says what to do."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import InvalidInput, NewscleanError


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
