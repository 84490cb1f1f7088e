"""The Article model: derived views, dict round trip, rendering."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Article, Block
from newsclean.model import check_offsets, make_block
from strategies import any_text, structured_text

CONTRACT_KEYS = {
    "title",
    "subtitle",
    "body",
    "paragraphs",
    "authors",
    "published",
    "section",
    "publisher",
    "agency",
    "dateline",
    "captions",
    "quotes",
    "emails",
    "urls",
    "related",
    "removed",
}


def test_to_dict_has_contract_keys() -> None:
    d = newsclean.clean("Headline\n\nSome text.").to_dict()
    assert d.keys() >= CONTRACT_KEYS
    json.dumps(d)


def test_article_is_frozen() -> None:
    art = newsclean.clean("Text.")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        art.title = "x"  # type: ignore[misc]


def test_body_and_removed_are_derived_from_blocks() -> None:
    text = "Keep me.\n\nDrop me."
    art = Article(
        original=text,
        blocks=[Block(0, 8, "Keep me."), Block(10, 18, "Drop me.", "promo", "custom", "rule")],
    )
    assert art.paragraphs == ("Keep me.",)
    assert art.body == "Keep me."
    (removal,) = art.removed
    assert (removal.text, removal.kind, removal.reason) == ("Drop me.", "promo", "custom.rule")
    assert text[removal.start : removal.end] == removal.text


def test_to_text_puts_title_and_subtitle_first() -> None:
    art = Article("b", blocks=[Block(0, 1, "b")], title="T", subtitle="S")
    assert art.to_text() == "T\n\nS\n\nb"


def test_from_dict_rejects_offsets_outside_original() -> None:
    d = newsclean.clean("Some text.").to_dict()
    d["blocks"][0]["end"] = 999
    with pytest.raises(ValueError, match="outside"):
        Article.from_dict(d)


def test_explain_lists_every_removal() -> None:
    art = newsclean.clean("Trending\n\nThe vote passed.\n\n0 Comments")
    report = art.explain()
    assert report.count("strip_boilerplate.exact_line") == 2
    assert "'0 Comments'" in report


@given(any_text)
def test_dict_round_trip(text: str) -> None:
    art = newsclean.clean(text)
    data = json.loads(json.dumps(art.to_dict()))
    assert Article.from_dict(data) == art


@given(structured_text)
def test_offsets_slice_original(text: str) -> None:
    art = newsclean.clean(text)
    assert art.original is text
    check_offsets(art)
    for r in art.removed:
        assert text[r.start : r.end] == r.text


def test_split_block_keeps_offsets_exact() -> None:
    from newsclean.editing import split_block

    text = "Smoke rises over the plant.  REUTERS/Jane Doe"
    art = newsclean.clean(text)
    art2, second = split_block(art, 0, art.blocks[0].text.index("REUTERS"))
    assert second == 1
    assert [b.text for b in art2.blocks] == ["Smoke rises over the plant.", "REUTERS/Jane Doe"]
    check_offsets(art2)
    for b in art2.blocks:
        assert text[b.start : b.end] == b.text


def test_split_block_after_normalisation_maps_to_raw() -> None:
    from newsclean.editing import original_span, split_block

    text = "The mayorâ€™s  office said  â€“ Reuters"
    art = newsclean.clean(text, strip_boilerplate=False)
    block_text = art.blocks[0].text
    assert block_text == "The mayor’s office said – Reuters"
    art2, second = split_block(art, 0, block_text.index("–"))
    assert text[art2.blocks[second].start : art2.blocks[second].end] == "â€“ Reuters"
    assert art2.blocks[0].text == "The mayor’s office said"
    start, end = original_span(art, 0, block_text.index("Reuters"), len(block_text))
    assert text[start:end] == "Reuters"


def test_record_field_keeps_source() -> None:
    from newsclean.editing import record_field

    art = record_field(
        newsclean.clean("x"),
        "title",
        "T",
        cleaner="extract_metadata",
        rule="first_line",
        start=0,
        end=1,
    )
    assert art.title == "T"
    src = art.source_of("title")
    assert src is not None
    assert (src.cleaner, src.rule) == ("extract_metadata", "first_line")


def test_block_has_nothing_the_fast_constructor_would_skip() -> None:
    # make_block writes the slots directly: right only while Block validates and
    # converts nothing and runs no post-init hook
    assert all(f.validator is None and f.converter is None for f in attrs.fields(Block))
    assert not hasattr(Block, "__attrs_post_init__")
    # make_block sets the fields in this order, positionally
    assert " ".join(f.name for f in attrs.fields(Block)) == "start end text label cleaner rule"


@given(
    st.tuples(
        st.integers(0, 10**6),
        st.integers(0, 10**6),
        st.text(max_size=20),
        st.sampled_from(["body", "navigation", "caption"]),
        st.none() | st.text(max_size=8),
        st.none() | st.text(max_size=8),
    )
)
def test_fast_block_constructor_builds_the_same_block(
    fields: tuple[int, int, str, str, str | None, str | None],
) -> None:
    start, end, text, label, cleaner, rule = fields
    fast = make_block(start, end, text, label, cleaner, rule)
    slow = Block(start, end, text, label, cleaner, rule)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert attrs.asdict(fast) == attrs.asdict(slow)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.label = "body"  # type: ignore[misc]
    assert make_block(1, 2, "x") == Block(1, 2, "x")
