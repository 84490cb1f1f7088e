"""guard_overremoval: warn when most of a prose-like document was removed; recall keeps it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import Article, InvalidOptionValue, default_pipeline, guard_overremoval, labels
from newsclean.classify.safety import (
    MIN_PROSE_CHARS,
    PROTECTED_LABELS,
    is_prose_like,
    overremoval_stats,
)
from newsclean.editing import as_article, relabel
from strategies import menu_document, mutated_seed

PROSE = [
    "The city council voted on Monday to close the old bridge for repairs.",
    "Engineers found cracks in two of its supports during an inspection last month.",
    "Drivers will have to use the ring road, which adds about ten minutes to the trip.",
    "The mayor said the work should be finished before the end of the year.",
    "“We cannot take any risks with a structure this old,” she told reporters.",
    "Local shop owners worry that fewer people will come to the market street.",
    "A public meeting about the detour is planned for next Thursday evening.",
]
MENU = ["World", "Business", "Sport", "Culture", "Travel", "Video", "Weather"]


def drop_long_lines(doc: str | Article, /) -> Article:
    """An over-eager cleaner: labels every line longer than 40 characters as boilerplate."""
    art = as_article(doc)
    changes = {
        i: (labels.BOILERPLATE, "long") for i, b in enumerate(art.blocks) if len(b.text) > 40
    }
    return relabel(art, changes, cleaner="drop_long_lines")


# strip_boilerplate is left out so the guard is tested against one known over-eager cleaner
OVEREAGER = (
    default_pipeline().without("strip_boilerplate").before("guard_overremoval", drop_long_lines)
)


def test_warns_with_the_share_removed_and_keeps_blocks_as_they_were() -> None:
    text = "\n\n".join(MENU + PROSE)
    art = OVEREAGER(text)
    assert art.body == "\n\n".join(MENU)
    [diag] = [d for d in art.diagnostics if d.kind == "overremoval"]
    stats = overremoval_stats(art.blocks)
    assert f"removed {stats.removed_share:.0%} of the text" in diag.message
    assert (diag.start, diag.end) == (0, len(text))


def test_recall_puts_the_prose_back_with_its_reason() -> None:
    text = "\n\n".join(MENU + PROSE)
    art = OVEREAGER(text, favor="recall")
    assert art.paragraphs == (*MENU, *PROSE)
    restored = [b for b in art.blocks if b.rule == "recall_prose"]
    assert len(restored) == len(PROSE)
    assert {b.reason for b in restored} == {"guard_overremoval.recall_prose"}
    assert any("kept 7 prose-like blocks" in d.message for d in art.diagnostics)


def test_the_guard_can_be_switched_off() -> None:
    art = OVEREAGER("\n\n".join(PROSE), favor="recall", guard_overremoval=False)
    assert art.body == ""
    assert not art.diagnostics


def test_small_removals_are_not_reported() -> None:
    art = newsclean.clean("\n\n".join(["Leave a Reply", *PROSE, "Share this article"]))
    assert len(art.removed) == 2
    assert not [d for d in art.diagnostics if d.kind == "overremoval"]


def test_protected_labels_are_neither_counted_nor_restored() -> None:
    art = as_article("\n".join(PROSE))
    art = relabel(art, dict.fromkeys(range(len(PROSE)), (labels.SUBTITLE, "x")), cleaner="meta")
    guarded = guard_overremoval(art, favor="recall")
    assert guarded == art
    assert {labels.TITLE, labels.BYLINE} <= PROTECTED_LABELS


def test_too_little_prose_is_not_prose_like() -> None:
    short = PROSE[:2]
    assert sum(map(len, short)) < MIN_PROSE_CHARS
    art = as_article("\n".join(short))
    art = relabel(art, {0: (labels.RELATED, "x"), 1: (labels.RELATED, "x")}, cleaner="rel")
    assert guard_overremoval(art, favor="recall") == art


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council met on Monday and approved the budget.", True),
        ("“We will rebuild the bridge,” the mayor said on Monday evening.", True),
        ("市议会周一开会讨论了明年的预算和学校的翻修计划。", True),
        ("Home | World | Business | Sport | Culture | Travel | Video", False),
        ("Read more about the council's new budget plans here", False),
        ("Too short.", False),
        ("12.5 13.7 14.2 15.9 16.1 17.3 18.8 19.0 20.4 21.6.", False),
        ("https://example.com/news/2024/03/council-approves-budget-for-schools.", False),
    ],
)
def test_is_prose_like(text: str, expected: bool) -> None:
    assert is_prose_like(text) is expected


def test_bad_favor_value() -> None:
    with pytest.raises(InvalidOptionValue, match="'recall'"):
        guard_overremoval("x", favor="everything")


@settings(max_examples=60, deadline=None)
@given(menu_document, st.sampled_from(sorted(labels.KNOWN_LABELS - {labels.BODY})))
def test_never_restores_anything_in_a_page_that_is_not_prose(text: str, label: str) -> None:
    art = as_article(text)
    removed_all = relabel(art, dict.fromkeys(range(len(art.blocks)), (label, "x")), cleaner="all")
    assert guard_overremoval(removed_all, favor="recall") == removed_all


@settings(max_examples=40, deadline=None)
@given(mutated_seed(), st.data())
def test_recall_only_restores_removed_prose_like_blocks(text: str, data: st.DataObject) -> None:
    art = as_article(text)
    chosen = data.draw(st.sets(st.integers(0, max(0, len(art.blocks) - 1))))
    label = data.draw(st.sampled_from([labels.BOILERPLATE, labels.CAPTION, labels.TITLE]))
    art = relabel(art, {i: (label, "x") for i in chosen if i < len(art.blocks)}, cleaner="c")
    assert guard_overremoval(art).blocks == art.blocks
    guarded = guard_overremoval(art, favor="recall")
    for before, after in zip(art.blocks, guarded.blocks, strict=True):
        if before != after:
            assert before.label not in PROTECTED_LABELS | {labels.BODY}
            assert after.label == labels.BODY
            assert after.rule == "recall_prose"
            assert is_prose_like(before.text)
