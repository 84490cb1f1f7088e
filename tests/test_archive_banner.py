"""The web archive's toolbar over a saved page is removed and read for nothing."""

from __future__ import annotations

import newsclean
from newsclean.extract.archive_banner import find_archive_banner
from newsclean.segment import segment

TOOLBAR = [
    "The Wayback Machine - https://web.archive.org/web/20091121044512/http://www.example.org/news/bridge",
    "Go",
    "47 captures",
    "19 Nov 2009 - 02 Aug 2016",
    "Oct\tNOV\tDec",
    " \t21\t ",
    "2008\t2009\t2010",
    "success",
    "fail",
    " About this capture",
    "COLLECTED BY",
    "Organization: Alexa Crawls",
    "Starting in 1996, Alexa Internet has been donating their crawl data to the Internet "
    "Archive. Flowing in every day, these data are added to the Wayback Machine after an "
    "embargo period.",
    "Collection: Alexa Crawl DH",
    "this data is currently not publicly accessible.",
    "TIMESTAMPS",
    "loading",
]
STORY = [
    "Councillors clash over leisure centre budget",
    "By Dana Whitfield",
    "Councillors clashed on Tuesday night over plans to cut the opening hours of the two "
    "leisure centres in the town to save £400,000 a year.",
    "The cabinet member for finance said the council had no choice after a fall in its grant, "
    "but opposition members said the cuts would hit families hardest.",
    "A final decision will be taken at the full council meeting next month.",
]


def test_the_toolbar_goes_and_the_page_is_read_under_it() -> None:
    article = newsclean.clean("\n".join([*TOOLBAR, "", *STORY]))
    assert article.title == STORY[0]
    assert article.authors == ("Dana Whitfield",)
    assert [line for line in article.body.splitlines() if line] == STORY[2:]
    assert article.published is None  # the capture's dates are not the story's
    banner = [r for r in article.removed if r.reason == "extract_metadata.archive_banner"]
    assert len(banner) == len(TOOLBAR)
    assert banner[0].text == TOOLBAR[0]


def test_a_toolbar_without_its_panel_goes_as_far_as_its_own_lines() -> None:
    blocks = segment("\n".join([*TOOLBAR[:9], *STORY]))
    assert find_archive_banner(blocks) == tuple(range(9))


def test_a_capture_count_opening_a_story_is_no_toolbar() -> None:
    text = "\n".join(["12 captures", *STORY])
    assert find_archive_banner(segment(text)) == ()
    # the address line lower down the page is the page's, not the toolbar over it
    lower = "\n".join([*STORY[:3], TOOLBAR[0], *STORY[3:]])
    assert find_archive_banner(segment(lower)) == ()


def test_a_podcast_s_timestamps_under_a_toolbar_without_its_panel_stay() -> None:
    # found by review: the panel's closing heading counts under its opening only
    page = [
        *TOOLBAR[:9],
        "Episode 12: How the council rebuilt the river bridge",
        "By Dana Whitfield",
        *STORY[2:],
        "Timestamps",
        "00:00 Introduction",
        "04:30 The floods of 2019",
    ]
    art = newsclean.clean("\n".join(page))
    assert art.title == "Episode 12: How the council rebuilt the river bridge"
    assert art.authors == ("Dana Whitfield",)
    banner = [r.text for r in art.removed if r.reason.endswith("archive_banner")]
    assert banner == [line.strip() for line in TOOLBAR[:9]]


def test_the_archive_line_is_read_in_linear_time() -> None:
    blocks = segment("Wayback Machine" + " " * 100_000 + "x\n\nThe council voted on Monday.")
    assert find_archive_banner(blocks) == ()
