"""The factored alternation of the lexicons finds what a plain one, longest first, finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsclean.extract.lexicon import alternation

WORDS = st.lists(st.text(alphabet="abcé. ", min_size=1, max_size=6), min_size=1, max_size=12)


def _plain(words: list[str]) -> str:
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(re.escape(w) for w in ordered)
    return rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"


@given(WORDS, st.text(alphabet="abcé. x", max_size=60))
def test_the_factored_alternation_matches_as_the_plain_one(words: list[str], text: str) -> None:
    factored = re.compile(alternation(words), re.IGNORECASE)
    plain = re.compile(_plain(words), re.IGNORECASE)
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_the_longest_word_wins() -> None:
    assert re.findall(alternation(["sep", "sept", "september"]), "september, sept. and sep") == [
        "september",
        "sept",
        "sep",
    ]
