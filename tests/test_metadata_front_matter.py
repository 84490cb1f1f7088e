"""Front matter over the text (trafilatura with metadata, Jekyll, Hugo) is read first."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.extract.front_matter import find_front_matter
from newsclean.segment import segment

STORY = (
    "Ferries between the mainland and Eastpoint resumed on Monday morning after crews voted "
    "to accept a revised pay offer, ending a three-week strike.\n"
    "The first sailing left the harbour at 6.15am with about 140 passengers on board, the "
    "operator said."
)
FRONT = """---
title: Ferry service to Eastpoint restored after strike
author: Hannah Okafor; Tom Reyes
url: https://ledger.example/news/ferry-restored
hostname: ledger.example
description: Crews voted to accept a revised pay offer on Sunday night.
sitename: The Harbour Ledger
date: 2025-03-03
categories: ['Local']
tags: ['Transport', 'Strikes']
---
"""


def test_front_matter_fills_the_fields_and_leaves_the_body() -> None:
    art = newsclean.clean(FRONT + STORY)
    assert art.title == "Ferry service to Eastpoint restored after strike"
    assert art.authors == ("Hannah Okafor", "Tom Reyes")
    assert art.published == "2025-03-03"
    assert art.publisher == "The Harbour Ledger"
    assert art.subtitle == "Crews voted to accept a revised pay offer on Sunday night."
    assert art.section == "Local"
    assert art.tags == ("Transport", "Strikes")
    assert art.urls[0] == "https://ledger.example/news/ferry-restored"
    assert art.body == STORY.replace("\n", "\n\n")
    assert {r.reason for r in art.removed} == {"extract_metadata.front_matter"}
    sources = {s.field: s.rule for s in art.sources}
    assert sources["title"] == sources["authors"] == "front_matter"


def test_front_matter_wins_over_the_page_s_own_lines() -> None:
    page = FRONT + "By Someone Else\n\n" + STORY
    assert newsclean.clean(page).authors == ("Hannah Okafor", "Tom Reyes")


def test_an_organisation_as_author_gives_no_author() -> None:
    front = "---\ntitle: Ferry service restored\nauthor: Reuters\n---\n"
    art = newsclean.clean(front + STORY)
    assert art.authors == ()
    assert art.title == "Ferry service restored"


def test_a_list_of_items_under_a_key_is_read() -> None:
    front = "---\ntitle: Ferry service restored\ntags:\n  - Transport\n  - Strikes\n---\n"
    assert newsclean.clean(front + STORY).tags == ("Transport", "Strikes")


@pytest.mark.parametrize(
    "text",
    [
        "---\nUpdate: the vote was moved to Friday.\n---\n" + STORY,  # one key, none known
        "---\ntitle: Ferry\nThe crews voted on Sunday.\n---\n" + STORY,  # a line of prose
        "title: Ferry\nauthor: Jane Doe\n\n" + STORY,  # no opening rule
        "---\ntitle: Ferry\nauthor: Jane Doe\n" + STORY,  # never closed
    ],
)
def test_text_opening_otherwise_has_no_front_matter(text: str) -> None:
    assert find_front_matter(segment(text)) is None
    assert "extract_metadata.front_matter" not in {r.reason for r in newsclean.clean(text).removed}


def test_the_cleaned_text_cleans_to_itself() -> None:
    art = newsclean.clean(FRONT + STORY)
    again = newsclean.clean(art.to_text())
    assert again.to_text() == art.to_text()


READER_HEADER = (
    "Title: Ferry service to Eastpoint restored after strike | Local | The Harbour Ledger\n"
)
READER_HEADER += """
URL Source: https://ledger.example/news/ferry-restored

Published Time: 2025-03-03T07:12:00.000Z

Markdown Content:
"""


def test_a_reader_service_s_header_is_read_like_front_matter() -> None:
    # found by held-out probes: "Title:" / "URL Source:" / "Published Time:" / "Markdown
    # Content:" over the page's Markdown; the title is the page's <title>, site and all
    art = newsclean.clean(READER_HEADER + STORY)
    assert art.title == "Ferry service to Eastpoint restored after strike"
    assert art.publisher == "The Harbour Ledger"
    assert art.published == "2025-03-03T07:12:00+00:00"
    assert art.body == STORY.replace("\n", "\n\n")
    dashed = READER_HEADER.replace(" | Local | The Harbour Ledger", " - The Harbour Ledger")
    assert newsclean.clean(dashed + STORY).title == art.title


def test_a_story_opening_with_title_and_a_colon_has_no_reader_header() -> None:
    text = "Title: the council's new plan\n\nThe crews voted on Sunday.\n\n" + STORY
    assert find_front_matter(segment(text)) is None


def test_an_extractor_s_fields_printed_over_the_story_are_read_like_front_matter() -> None:
    # found by held-out probes: a script printing newspaper4k's fields over the text,
    # closed by a blank line, no "Markdown Content:" line
    header = (
        "Title: Ferry service to Eastpoint restored after strike\n"
        "Authors: Jane Roe, John Doe\n"
        "Published: 2025-03-03 00:00:00\n\n"
    )
    art = newsclean.clean(header + STORY)
    assert art.title == "Ferry service to Eastpoint restored after strike"
    assert art.authors == ("Jane Roe", "John Doe")
    assert art.published == "2025-03-03"
    assert art.body == STORY.replace("\n", "\n\n")
    # an empty field is still one of the header's lines
    empty = header.replace("Jane Roe, John Doe", "")
    assert newsclean.clean(empty + STORY).title == art.title


def test_two_labelled_lines_over_a_blank_line_are_no_header() -> None:
    # a form's labels opening a story: fewer than three known keys, no closing line
    text = "Title: the council's new plan\nDate: Monday\n\nThe crews voted on Sunday.\n\n" + STORY
    assert find_front_matter(segment(text), original=text) is None


def test_a_story_opening_with_a_place_and_a_colon_is_no_line_of_the_header() -> None:
    # found by review: the first paragraph "Washington: …" under a blank line looked
    # like one more key of the header
    header = "Title: Council approves budget\nAuthors: Jane Doe\nPublished: 2024-03-01\n\n"
    first = "Washington: The city council voted on Monday to approve the budget, officials said."
    art = newsclean.clean(header + first + "\n\n" + STORY)
    assert art.title == "Council approves budget"
    assert art.paragraphs[0] == first


def test_a_header_line_of_blanks_and_a_long_value_is_read_in_linear_time() -> None:
    from newsclean.extract.front_matter import _PAIR, _READER_PAIR

    line = "Title:" + " " * 100_000 + "x" * 2100
    assert _READER_PAIR.fullmatch(line) is None
    assert _PAIR.fullmatch(line) is None


PRINTED = "Crews back pay deal as Eastpoint ferries sail again"


@pytest.mark.parametrize("heading", [f"# {PRINTED}", f"{PRINTED}\n{'=' * len(PRINTED)}"])
def test_a_reader_header_s_page_title_gives_way_to_the_printed_headline(heading: str) -> None:
    # found by held-out probes: a reader service's "Title:" is the page's <title>,
    # reworded for search; the page's own first-level heading is the headline
    menu = "* [News](https://ledger.example/news)\n* [Sport](https://ledger.example/sport)"
    text = f"{READER_HEADER}{menu}\n\n{heading}\n\nBy Hannah Okafor\n\n{STORY}"
    art = newsclean.clean(text)
    assert art.title == PRINTED
    assert PRINTED not in art.body
    assert art.source_of("title").rule in ("markdown_heading", "underlined_heading")


def test_a_generator_s_front_matter_title_outranks_a_heading_in_the_text() -> None:
    # a static site's front matter names the headline; a heading in the text is the
    # story's section
    art = newsclean.clean(f"{FRONT}\n# {PRINTED}\n\n{STORY}")
    assert art.title == "Ferry service to Eastpoint restored after strike"


def test_a_first_level_heading_outranks_a_second_level_one_above_it() -> None:
    # found by a held-out probe: "Liga 3 · Série A · 16.ª jornada" underlined with "-"
    # over the headline underlined with "="
    label = "Liga 3 · Série A · 16.ª jornada"
    text = f"{label}\n{'-' * len(label)}\n\n{PRINTED}\n{'=' * len(PRINTED)}\n\n"
    art = newsclean.clean(text + "By Hannah Okafor | 3 March 2025\n\n" + STORY)
    assert art.title == PRINTED


@pytest.mark.parametrize(
    "heading",
    [
        "# We value your privacy",
        "# Subscribe to continue reading",
        "# Crews back pay deal as Eastpoint…",  # cut short: the header's title is whole
    ],
)
def test_a_reader_header_s_title_stays_over_furniture_headings(heading: str) -> None:
    # found by review: a consent or paywall heading is no reworded headline
    menu = "* [News](https://ledger.example/news)\n* [Sport](https://ledger.example/sport)"
    art = newsclean.clean(f"{READER_HEADER}{menu}\n\n{heading}\n\n{STORY}")
    assert art.title == "Ferry service to Eastpoint restored after strike"


def test_a_headline_sharing_no_word_with_the_reader_header_s_title_still_wins() -> None:
    # found by review: "PM to quit - BBC News" over "# Sunak resigns after election defeat"
    header = (
        "Title: PM to quit - Example News\n\nURL Source: https://x.test/s\n\nMarkdown Content:\n"
    )
    menu = "* [News](https://x.test/news)\n* [Sport](https://x.test/sport)"
    art = newsclean.clean(f"{header}{menu}\n\n# Sunak resigns after election defeat\n\n{STORY}")
    assert art.title == "Sunak resigns after election defeat"
