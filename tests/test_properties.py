"""Invariants that hold for any text."""

from __future__ import annotations

import json

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.segment import is_blank
from strategies import any_text, seed_text, structured_text


@given(any_text)
def test_clean_never_raises_and_is_json_serialisable(text: str) -> None:
    art = newsclean.clean(text)
    json.dumps(art.to_dict())


@given(structured_text)
def test_body_plus_removed_cover_every_non_blank_line(text: str) -> None:
    art = newsclean.clean(text)
    spans = sorted((b.start, b.end) for b in art.blocks)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(c for c in covered if not is_blank(c)) == "".join(
        c for c in text if not is_blank(c) and c not in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    )


@settings(max_examples=50)
@given(structured_text)
# found by a random run: a name alone under a cut-short excerpt was the title, printed
# first by to_text, then read as the author over the story
@example(
    "A A A A A A A A A AAAAAA AAAAAAAAA AAAAAAAAAAAA مرحبا بالعالم. … [+2210 chars] A\nB Aƴ\nA\n"
)
def test_idempotent_on_to_text(text: str) -> None:
    once = newsclean.clean(text).to_text()
    assert newsclean.clean(once).to_text() == once


@settings(max_examples=10)
@given(seed_text)
def test_idempotent_on_seeds(text: str) -> None:
    once = newsclean.clean(text).to_text()
    assert newsclean.clean(once).to_text() == once


@given(st.text(max_size=60))
def test_bare_key_keeps_exactly_the_alphanumerics(text: str) -> None:
    from newsclean.classify.features import _bare

    assert _bare(text) == "".join(c for c in text if c.isalnum())


def test_a_wrapped_paragraph_ftfy_reads_differently_whole_cleans_to_a_fixpoint() -> None:
    # found by hypothesis: ftfy judges a text by all of it; line by line it left "AÂ"
    # alone, and on the joined line (the clean text, cleaned again) it repaired it
    text = (
        "A A A A A A A A AAAA AAAßÀ\nAAAAAAAA AAAAAAAAAAA AAAAAAAAAAAA A\n"
        "A AA AÂ AAAAAA AAAAAAAAAAAA\naAAAAAA AAAAAAAAAAAA A A A AA AAAAAAAAAA\n"
    )
    once = newsclean.clean(text)
    assert newsclean.clean(once.to_text()).to_text() == once.to_text()
