"""A news API's or dataset's record printed field by field is read as front matter."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.extract.field_record import record_key, record_lines
from newsclean.segment import segment

BODY = [
    "Councillors voted 7-4 on Tuesday night to spend $41 million rebuilding the Pier Street "
    "ferry terminal, ending a two-year argument over whether to repair it.",
    "The decision followed more than three hours of public comment, much of it from "
    "commuters who said the waiting hall flooded every winter.",
    '"We have been putting a bucket under the same leak since 2019," the mayor said.',
]
TITLE = "Council backs $41m ferry terminal rebuild after three-hour debate"

NEWSAPI = [
    "Source: The Harbor Ledger",
    "Author: Dana Whitcombe",
    f"Title: {TITLE}",
    "Description: Councillors voted on Tuesday night to fund a full rebuild of the terminal.",
    "URL: https://www.harbor.example/news/local/council-backs-ferry-terminal-rebuild",
    "URLToImage: https://cdn.harbor.example/images/pier-street-terminal.jpg",
    "PublishedAt: 2024-02-13T23:41:07Z",
    "Content:",
    *BODY,
    "… [+3187 chars]",
]
JSON = [
    "{",
    f'"title": "{TITLE}",',
    '"authors": ["Dana Whitcombe"],',
    '"date_publish": "2024-02-13 23:41:07",',
    '"source_domain": "www.harbor.example",',
    '"url": "https://www.harbor.example/news/local/council-backs-ferry-terminal-rebuild",',
    '"maintext":',
    *BODY,
    "}",
]
EQUALS = [
    f"title = {TITLE}",
    "description = Councillors voted on Tuesday night to fund a full rebuild.",
    "content = ",
    *BODY,
    "... [2870 chars]",
    "url = https://www.harbor.example/news/local/council-backs-ferry-terminal-rebuild",
    "publishedAt = 2024-02-13T23:41:07Z",
    "source.name = The Harbor Ledger",
]


@pytest.mark.parametrize("lines", [NEWSAPI, JSON, EQUALS], ids=["newsapi", "json", "equals"])
def test_a_record_s_fields_are_read_and_only_its_content_is_body(lines: list[str]) -> None:
    art = newsclean.clean("\n".join(lines))
    assert art.title == TITLE
    assert art.published is not None
    assert art.published.startswith("2024-02-13")
    assert [p for p in art.paragraphs if p] == [newsclean.normalize_quotes(b) for b in BODY]
    assert {r.reason for r in art.removed} == {"extract_metadata.front_matter"}


def test_the_fields_fill_authors_and_publisher() -> None:
    art = newsclean.clean("\n".join(NEWSAPI))
    assert art.authors == ("Dana Whitcombe",)
    assert art.publisher == "The Harbor Ledger"


def test_a_story_with_a_few_labelled_lines_is_no_record() -> None:
    # "Source: …" and "Date: …" lines inside a story are the story's
    lines = [BODY[0], "Source: city council minutes", BODY[1], "Date: Tuesday", BODY[2]]
    assert record_lines(segment("\n".join(lines))) == {}


def test_a_field_line_s_key_and_value() -> None:
    assert record_key('"date_publish": "2024-05-07 10:15:00",') == (
        "date_publish",
        "2024-05-07 10:15:00",
    )
    assert record_key("publishedAt = 2024-02-13T23:41:07Z") == (
        "publishedat",
        "2024-02-13T23:41:07Z",
    )
    assert record_key("The mayor: we will rebuild it") is None


def test_names_inside_a_record_s_objects_are_read() -> None:
    # found by held-out probes: Event Registry prints its authors and source as objects
    lines = [
        "uri: 7781234509",
        "lang: eng",
        "date: 2023-11-28",
        f"title: {TITLE}",
        "authors: [{'uri': 'hm@example.org', 'name': 'Helen Mbatha', 'type': 'author'}]",
        "source: {'uri': 'harbor.example', 'title': 'x', 'name': 'The Harbor Ledger'}",
        "body:",
        *BODY,
    ]
    art = newsclean.clean("\n".join(lines))
    assert art.authors == ("Helen Mbatha",)
    assert art.publisher == "The Harbor Ledger"


def test_a_content_value_on_its_key_s_line_stays_in_the_body() -> None:
    # found by review: the record's text itself is the body
    lines = [
        f"title: {TITLE}",
        "author: Dana Whitcombe",
        "publishedAt: 2024-02-13T23:41:07Z",
        "url: https://www.harbor.example/a",
        f"content: {BODY[0]}… [+3187 chars]",
    ]
    art = newsclean.clean("\n".join(lines))
    assert art.title == TITLE
    assert "Councillors voted 7-4" in art.body


@pytest.mark.parametrize(
    "box",
    [
        # found by review: a story's fact box is no record (no key only records have)
        ["Title: The Salt Road", "Author: Mara Lindqvist", "Date: 2024", "Category: Fiction"],
        ["Date: June 8, 2024", "Time: 6 p.m.", "Date: June 9, 2024", "Time: 7 p.m."],
    ],
)
def test_a_story_s_fact_box_is_no_record(box: list[str]) -> None:
    assert record_lines(segment("\n".join([*BODY, *box]))) == {}


@pytest.mark.parametrize("empty", ["null", "None", '""'])
def test_an_empty_field_fills_nothing(empty: str) -> None:
    lines = [f"title: {TITLE}", f"author: {empty}", f"description: {empty}"]
    lines += ["publishedAt: 2024-02-13T23:41:07Z", "url: https://www.harbor.example/a"]
    art = newsclean.clean("\n".join([*lines, "content:", *BODY]))
    assert art.authors == ()
    assert art.subtitle is None


def test_a_field_line_with_a_long_run_of_blanks_is_read_in_linear_time() -> None:
    assert record_key("title: a" + " " * 100_000 + "x") is not None
