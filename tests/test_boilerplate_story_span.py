"""The story_span rule: tables, lists and the sentences after them stay in the story.

The learned model judges a page's lines by their neighbours; a results table or a
list of key points reads to it like a menu, and the sentences after such a list
then read like the page's tail. These tests pin what the rule gives back and what
it leaves removed (teaser lists between or after paragraphs).
"""

from __future__ import annotations

import attrs
import pytest

import newsclean
from newsclean import labels
from newsclean.classify.boilerplate import (
    _keep_fact_boxes_in_story,
    _keep_fact_rows,
    _keep_items_in_lower_case,
    _keep_review_box,
    _keep_story_span,
    _keep_story_under_read_more,
    _teaser_lines,
)
from newsclean.classify.cues import cue_index
from newsclean.classify.features import LineInfo, line_info
from newsclean.editing import as_article

PROSE = [
    "The county council voted on Tuesday evening to close two of its four recycling "
    "centres next spring, ending a row that has run through three budget rounds.",
    "Councillors said the savings, about 1.4 million a year, would protect the bus "
    "services that the last budget had put at risk, and that opening hours would grow.",
    "The remaining centres at Eastfield and Harrow Lane will open seven days a week "
    "from April, and a booking system for vans and trailers will be dropped in May.",
    "Residents who want to comment on the changes can write to the council until the "
    "end of the month, and a public meeting is planned for January.",
]

RESULTS = [
    "Eastfield Rovers 3 Hill Town 1",
    "Marsh United 0 Kingsbridge 2",
    "Old Quay 1 Ferry Lane 1",
    "Westgate 4 Priory Park 0",
]

KEY_POINTS = [
    "What we know so far",
    "• Two of the four centres close in March",
    "• The savings go to rural bus routes",
    "• Opening hours grow at the other two sites",
]

TEASERS = [
    "MORE FROM NEWS",
    "Bridge repairs to shut the ring road for a month",
    "SPORT",
    "Rovers appoint former captain as head coach",
    "WEATHER",
    "Frost warning issued for the whole county tonight",
]

MENU = ["Home", "News", "Sport", "Business", "Opinion", "Weather", "Sign in", "Search"]
FOOTER = [
    "Share this article",
    "Facebook",
    "Email",
    "© 2026 The Example Gazette. All rights reserved.",
    "Privacy policy",
]


def _infos(lines: list[str]) -> list[LineInfo]:
    return [line_info(t, cue_index()) for t in lines]


def _span(lines: list[str], removed: set[int]) -> dict[int, tuple[str, str]]:
    """Run the rule on ``lines`` as if the model had removed ``removed``."""
    return _run(lines, dict.fromkeys(removed, ("navigation", "model")))


def _run(lines: list[str], changes: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Run the rule on ``lines`` (all in the model's view) with earlier ``changes``."""
    blocks = as_article("\n\n".join(lines)).blocks
    _keep_story_span(_infos(lines), list(range(len(lines))), changes, blocks)
    return changes


def test_a_list_between_two_paragraphs_comes_back() -> None:
    lines = [PROSE[0], *KEY_POINTS, PROSE[1]]
    assert _span(lines, set(range(1, 5))) == {}


def test_a_table_after_the_last_paragraph_comes_back_up_to_the_closing_sentence() -> None:
    lines = [PROSE[0], "Results from Saturday", *RESULTS, "Kick-off next week is at 3pm.", "Home"]
    changes = _span(lines, set(range(1, 8)))
    # everything up to the sentence ending the story; the menu entry after it stays out
    assert changes == {7: ("navigation", "model")}


def test_a_promotion_inside_the_story_does_not_end_the_span() -> None:
    # found by a held-out probe: a trade paper's "WEBINAR: …" line between a table and
    # the story's closing sentence; the cue rule keeps it, the rest comes back
    promo = "WEBINAR: Marketing your crop in a falling market"
    lines = [PROSE[0], *RESULTS, promo, PROSE[1], "Home"]
    changes: dict[int, tuple[str, str]] = dict.fromkeys(range(1, 5), ("navigation", "model"))
    changes[5] = ("promo", "line_prefix")
    changes[6] = changes[7] = ("navigation", "model")
    assert _run(lines, changes) == {5: ("promo", "line_prefix"), 7: ("navigation", "model")}


def test_teasers_between_two_paragraphs_stay_removed() -> None:
    lines = [PROSE[0], *TEASERS, PROSE[1]]
    removed = set(range(1, 7))
    assert set(_span(lines, removed)) == removed


def test_a_results_box_of_label_value_facts_after_the_story_comes_back() -> None:
    facts = [
        "Brief scores",
        "Eastfield 168-7 in 20 overs (Ann Lee 48, Raj Patel 37)",
        "Kingsbridge 164-9 in 20 overs (Tom Baptiste 61)",
        "Result: Eastfield won by 4 runs",
        "Player of the match: Ann Lee (Eastfield)",
        "The winners received a cheque of 10,000 pounds from the league.",
    ]
    lines = [PROSE[0], *facts, "Home"]
    changes = _span(lines, set(range(1, 8)))
    assert changes == {7: ("navigation", "model")}


def test_kicker_headlines_after_the_story_are_no_facts() -> None:
    teasers = [
        "Cricket: Eastfield beat Kingsbridge in final-over thriller",
        "Opinion: Why the league must change its rules now",
        "Football: Rovers appoint former captain as head coach",
        "The council says the work cannot wait for the summer.",
    ]
    lines = [PROSE[0], *teasers]
    removed = set(range(1, 5))
    assert set(_span(lines, removed)) == removed


def test_teasers_after_the_story_stay_removed_even_before_a_sentence() -> None:
    """No figures lead the lines: a teaser list with a blurb is no table."""
    lines = [PROSE[0], *TEASERS, "The council says the work cannot wait for the summer."]
    removed = set(range(1, 8))
    assert set(_span(lines, removed)) == removed


@pytest.mark.parametrize(
    "verse",
    [
        # verse lines run on in lower case; no teaser headline opens so
        [
            "The gulls keep count of every boat",
            "that slips the harbour wall,",
            "and when the last one swings for home",
            "they do not count at all.",
        ],
        # a line ending with a comma or semicolon runs on: no headline ends so
        [
            "Mill Song",
            "We kept the hours the looms kept,",
            "We woke before the bell,",
            "Our mothers wound the shuttles;",
            "Our fathers knew it well.",
        ],
    ],
    ids=["lower-case run-on", "capitals and commas"],
)
def test_a_poem_quoted_between_two_paragraphs_comes_back(verse: list[str]) -> None:
    lines = [PROSE[0], *verse, PROSE[1]]
    assert _span(lines, set(range(1, len(verse) + 1))) == {}


def test_lines_without_capitals_count_as_verse_only_in_a_cased_script() -> None:
    verse = ["that slips the harbour wall and sails", "and when the last one swings for home"]
    teasers = [
        "ノートパソコンの選び方と注意点まとめ 最新版",
        "ワイヤレスイヤホン おすすめ 比較 レビュー",
    ]
    assert _teaser_lines(_infos(verse)) == 0
    assert _teaser_lines(_infos(teasers)) == 2


def test_a_list_of_names_between_paragraphs_stays_removed() -> None:
    names = ["Editors", "Jane Holloway", "Tom Baptiste", "Amira Khan", "Rob Ellis"]
    lines = [PROSE[0], *names, PROSE[1]]
    removed = set(range(1, 6))
    assert set(_span(lines, removed)) == removed


def test_a_cue_rule_s_removal_ends_the_run() -> None:
    lines = [PROSE[0], *KEY_POINTS[:2], "Share this article", *KEY_POINTS[2:], PROSE[1]]
    changes = dict.fromkeys((1, 2, 4, 5), ("navigation", "model"))
    changes[3] = ("share", "exact_line")
    before = dict(changes)
    assert _run(lines, changes) == before


def test_a_live_report_s_time_stamps_stay_out_but_do_not_end_the_run() -> None:
    entries = [
        "Update 4:15pm",
        "Kingsbridge confirm the signing of a new goalkeeper on a two-year deal.",
        "Update 2:40pm",
        "Old Quay have released two players after the end of their contracts.",
    ]
    lines = [PROSE[0], *entries, PROSE[1]]
    changes = {1: ("metadata", "bare_timestamp"), 3: ("metadata", "bare_timestamp")}
    changes |= {2: ("boilerplate", "model"), 4: ("boilerplate", "model")}
    assert _run(lines, changes) == {
        1: ("metadata", "bare_timestamp"),
        3: ("metadata", "bare_timestamp"),
    }


def _page(story: list[str]) -> str:
    head = [*MENU, "Council to close two recycling centres", "By Dana Whitlow"]
    return "\n\n".join([*head, *story, *FOOTER])


@pytest.mark.parametrize(
    "story",
    [
        [PROSE[0], PROSE[1], *KEY_POINTS, PROSE[2], PROSE[3]],
        [
            PROSE[0],
            PROSE[1],
            "Results from Saturday",
            *RESULTS,
            "Team P W D L Pts",
            "Eastfield Rovers 14 10 3 1 33",
            "Kingsbridge 14 9 2 3 29",
            "Westgate 14 8 3 3 27",
            "Old Quay 14 7 4 3 25",
            "Rovers travel to Kingsbridge next Saturday for the top-of-the-table match.",
        ],
    ],
    ids=["key points", "results and table"],
)
def test_on_a_whole_page_the_story_s_lists_stay(story: list[str]) -> None:
    article = newsclean.clean(_page(story))
    assert article.paragraphs == tuple(story)
    assert article.title == "Council to close two recycling centres"
    without = newsclean.clean(_page(story), disable_rules=["story_span", "whole_table"])
    # the list rules are what keep them (the key points under their crosshead also come
    # back by whole_table's bulleted-list rule): the model alone takes some lines out
    assert set(without.paragraphs) < set(story)


TABLE = [
    "Party | Seats | Change | Vote share",
    "Labour | 31 | -2 | 38.0%",
    "Greens | 12 | +7 | 24.1%",
]


def test_the_header_of_a_pipe_table_stays_with_its_rows() -> None:
    article = newsclean.clean("\n".join([PROSE[0], "", *TABLE, "", PROSE[1]]))
    assert article.removed == ()


def test_the_header_of_a_markdown_table_over_its_rule_stays_with_its_rows() -> None:
    # found by a held-out probe: html2text's table, its rule under the header
    table = [TABLE[0], "---|---|---|---", *TABLE[1:]]
    article = newsclean.clean("\n".join([PROSE[0], "", *table, "", PROSE[1]]))
    assert [r.text for r in article.removed] == ["---|---|---|---"]


@pytest.mark.parametrize(
    "below",
    [PROSE[1], "Council results | Local | Example Gazette"],
    ids=["prose", "another title"],
)
def test_a_pasted_page_title_over_other_lines_still_goes(below: str) -> None:
    title = "Greens gain seven seats in county vote | Politics | Example Gazette"
    article = newsclean.clean("\n".join([PROSE[0], "", title, below, "", PROSE[2]]))
    assert title in [r.text for r in article.removed]


# -- the story's head: from its byline or date down to the first kept paragraph ---------

KEY_BOX = [
    "Key points",
    "- Two of the four centres close in March",
    "- The savings go to rural bus routes",
    "- Opening hours grow at the other two sites",
]


def test_a_key_points_box_between_the_byline_and_the_story_stays() -> None:
    head = [*MENU, "Council to close two recycling centres", "By Jane Holloway"]
    page = "\n".join([*head, *KEY_BOX, *PROSE, *FOOTER])
    art = newsclean.clean(page)
    assert [line for line in KEY_BOX if line not in art.paragraphs] == []
    assert art.authors == ("Jane Holloway",)
    off = newsclean.clean(page, disable_rules=["story_span"])
    assert [line for line in KEY_BOX if line not in off.paragraphs] != []


def _head_span(head: list[str], removed: list[str]) -> dict[int, tuple[str, str]]:
    """Run the rule over a byline, ``removed`` (as the model's removals) and the story."""
    article = as_article("\n\n".join([*head, *removed, *PROSE]))
    blocks = [
        attrs.evolve(b, label=labels.BYLINE) if k < len(head) else b
        for k, b in enumerate(article.blocks)
    ]
    view = list(range(len(head), len(blocks)))
    changes = {len(head) + k: ("navigation", "model") for k in range(len(removed))}
    _keep_story_span(_infos([b.text for b in blocks]), view, changes, blocks)
    return changes


def test_names_and_job_titles_over_the_story_stay_removed() -> None:
    """A name, a job title or a desk the metadata cleaner did not read is no story."""
    removed = ["Aled Pryce", "Arts Correspondent"]
    assert len(_head_span(["By Jane Holloway"], removed)) == len(removed)


def test_a_list_under_the_byline_comes_back_in_the_unit() -> None:
    assert _head_span(["By Jane Holloway"], KEY_BOX) == {}


FIRST_PERSON_PAGE_HEAD = [
    "Acme Engineering",
    "Product",
    "Pricing",
    "Docs",
    "Blog",
    "Sign in",
    "How we made our nightly backups four times faster",
    "Posted by Tomas Lindqvist on March 3, 2025",
    "6 min read",
]
FIRST_PERSON_STORY = [
    "Last spring our nightly database backup took almost five hours, and on busy days it "
    "ran into the morning traffic peak.",
    "The problem",
    "We were copying every table in full each night, even though most of them change very "
    "little from one day to the next.",
    "Our first idea was to compress harder, which saved disk space but made the job slower.",
    "The fix",
    "We switched to incremental snapshots, which only copy the pages that changed since "
    "the last run.",
    "The settings we ended up with are short:",
    "mode: incremental",
    "retention: 14d",
    "verify: true",
    "We also verify every snapshot by restoring it to a scratch server once a week.",
    "The numbers",
    "After a month on the new setup, we compared the runs:",
    "Measure | Before | After",
    "Backup time | 4h 50m | 1h 10m",
    "Storage used | 3.1 TB | 1.2 TB",
    "Failed runs | 4 | 0",
    "Storage costs fell by more than half, and nobody has been paged for a slow backup since.",
    "What we would change",
    "We waited too long to test restores, and we would start with that next time.",
]
FIRST_PERSON_PAGE_TAIL = [
    "Tomas Lindqvist is a site reliability engineer on the Acme storage team.",
    "Share on X",
    "Share on LinkedIn",
    "Copy link",
    "Related posts",
    "Why we stopped using cron",
    "Our incident review template",
    "© 2025 Acme Inc.",
    "Privacy · Terms · Status",
]


def test_a_story_told_as_we_keeps_the_sentences_the_model_took_after_its_settings_block() -> None:
    """A company's blog says "we" throughout: its sentences are the narrator's, not the
    site speaking to the reader, and come back like any story sentence."""
    page = "\n".join([*FIRST_PERSON_PAGE_HEAD, *FIRST_PERSON_STORY, *FIRST_PERSON_PAGE_TAIL])
    art = newsclean.clean(page)
    assert art.paragraphs == tuple(FIRST_PERSON_STORY)
    assert art.authors == ("Tomas Lindqvist",)


ANNOUNCED_PAGE_MENU = ["Home", "News", "Sport", "Business", "Opinion", "Weather", "Sign in"]
ANNOUNCED_STORY = [
    "Thousands of commuters face a week of cancelled trains after drivers at two operators "
    "voted to strike over a new rota.",
    "The drivers' union said its members had been left with no choice after talks broke "
    "down on Friday evening.",
    "Both operators urged passengers to travel only if it was absolutely necessary and to "
    "check before setting out.",
]
ANNOUNCED_LIST = [
    "The Valley Line said it would run the following reduced timetable from Monday to Friday:",
    "Millbrook to Eastgate: two trains per hour",
    "Eastgate to Hollins Cross: one train per hour",
    "Hollins Cross to Sandford: no service",
]
ANNOUNCED_AFTER = [
    "Passengers with advance tickets for strike days can use them the day before or up to "
    "two days after the strike.",
    "Further strike dates have not been announced, but the union's current mandate runs "
    "until the end of May.",
]


def test_a_list_a_sentence_announces_with_its_colon_stays_when_the_story_goes_on() -> None:
    box = ["Advertisement", "Get the morning briefing", "Sign up"]
    tail = ["Topics", "Rail", "Strikes", "Related stories", "Bus fares frozen for another year"]
    headline = "Rail strike: what you need to know"
    text = "\n\n".join(
        [
            f"{headline} | The Valley Post",
            *ANNOUNCED_PAGE_MENU,
            headline,
            *ANNOUNCED_STORY,
            *box,
            *ANNOUNCED_LIST,
            *ANNOUNCED_AFTER,
            *tail,
        ]
    )
    art = newsclean.clean(text)
    expected = [*ANNOUNCED_STORY, *ANNOUNCED_LIST, *ANNOUNCED_AFTER]
    assert list(art.paragraphs) == [newsclean.normalize_quotes(p) for p in expected]


MATCH_STORY = [
    "Eintracht Hollfeld hat am Samstag einen Rückstand gegen den FC Rotenbach gedreht und "
    "drei Punkte im Abstiegskampf geholt.",
    "Die Gäste gingen früh durch einen Kopfball von Voigt in Führung, doch nach der Pause "
    "übernahm Hollfeld die Kontrolle.",
    "Yilmaz traf zweimal innerhalb von zwölf Minuten, in der Nachspielzeit machte Otte mit "
    "einem Konter alles klar.",
]
MATCH_FACTS = [
    "Statistik",
    "Eintracht Hollfeld: Brunner – Kessler, Dogan, Albrecht, Hinz – Feig, Marquardt, Yilmaz",
    "FC Rotenbach 09: Lenz – Weiß, Schäfer, Pohl, Ebert – Voigt, Lindner – Graf, Özdemir",
    "Tore: 0:1 Voigt (9.), 1:1 Yilmaz (52.), 2:1 Yilmaz (64.), 3:1 Otte (90.+2)",
    "Rote Karte: Schäfer (70., Notbremse)",
    "Schiedsrichter: Matthias Grob (Wendlingen)",
    "Zuschauer: 3.412",
]


def test_the_rows_of_a_fact_box_under_a_kept_row_stay() -> None:
    headline = "Hollfeld dreht das Spiel gegen Rotenbach"
    menu = ["Startseite", "Sport", "Fußball", "Regionalliga", "Anmelden", "Abo"]
    tail = [
        "Tabelle Regionalliga Süd",
        "Das könnte Sie auch interessieren",
        "Hollfelder Talent wechselt in die 2. Liga",
        "Rotenbach trennt sich von Sportdirektor",
        "Impressum",
    ]
    text = "\n\n".join(
        [f"{headline} | Sportbote", *menu, headline, *MATCH_STORY, *MATCH_FACTS, *tail]
    )
    art = newsclean.clean(text)
    assert list(art.paragraphs[:3]) == MATCH_STORY
    # the rows from the scorers on: the referee's and the crowd's rows stay with them
    assert list(art.paragraphs[-4:]) == MATCH_FACTS[-4:]


def _fact_rows_left(lines: list[str], removed: set[int]) -> set[int]:
    art = as_article("\n\n".join(lines))
    infos = [line_info(b.text, cue_index()) for b in art.blocks]
    changes = dict.fromkeys(removed, (labels.BOILERPLATE, "model"))
    _keep_fact_rows(art.blocks, infos, list(range(len(lines))), changes)
    return set(changes)


EVENT_BOX = [
    "Harvest Lantern Walk",
    "Where: Abbey Green to the river steps",
    "When: Saturday, 6pm",
    "Price: Free, but bring a torch",
    "Volunteers will lead the walk along the old towpath, with music at the river steps "
    "and hot drinks sold by the scouts.",
]


def _boxes_left(lines: list[str], changes: dict[int, tuple[str, str]]) -> set[int]:
    art = as_article("\n\n".join(lines))
    infos = [line_info(b.text, cue_index()) for b in art.blocks]
    _keep_fact_boxes_in_story(art.blocks, infos, list(range(len(lines))), changes)
    return set(changes)


def test_a_fact_box_the_story_goes_on_after_stays_whole() -> None:
    # the model took the place and the price of an event's box and left its time
    model = (labels.BOILERPLATE, "model")
    assert _boxes_left(EVENT_BOX, {1: model, 3: model}) == set()


def test_a_box_with_no_prose_under_it_or_no_kept_row_is_left_to_the_model() -> None:
    model = (labels.BOILERPLATE, "model")
    footer = [*EVENT_BOX[:4], "Contact us"]
    assert _boxes_left(footer, {1: model, 3: model}) == {1, 3}
    assert _boxes_left(EVENT_BOX, {1: model, 2: model, 3: model}) == {1, 2, 3}
    # a row a cue rule took keeps the box as it is
    cue = (labels.METADATA, "line_prefix")
    assert _boxes_left(EVENT_BOX, {1: model, 3: cue}) == {1, 3}


def test_one_kept_row_gives_no_footer_box_back() -> None:
    # found by review: "Newsroom: 555 0100" alone pulled a footer's address box back
    lines = [
        "Correction: An earlier version of this story gave the wrong number of homes.",
        "Newsroom: 555 0100",
        "Main office: 12 Mill Road, Aldersfield",
        "Opening hours: Mon to Fri",
    ]
    assert _fact_rows_left(lines, {2, 3}) == {2, 3}


def test_two_kept_rows_give_the_rows_under_them_back() -> None:
    lines = ["Tore: 0:1 Voigt (9.)", "Rote Karte: Schäfer (70.)", "Zuschauer: 3.412"]
    assert _fact_rows_left(lines, {2}) == set()


def test_rows_printed_with_full_stops_are_rows_too() -> None:
    # some papers end every row of a match's facts with a full stop
    lines = [
        "Goals: Ward 58, Achebe 78; Ferris 12.",
        "Booked: Grady, Moran; Costello, Keenan.",
        "Referee: Martin Coyle.",
        "Attendance: 2,417.",
    ]
    assert _fact_rows_left(lines, {2, 3}) == set()
    # a note of a sentence or two is no row, full stop or not
    note = ["Correction: An earlier version of this story gave the wrong date for the vote."]
    assert _fact_rows_left([*note, *lines[1:]], {2, 3}) == {2, 3}


def test_a_figures_box_closing_the_story_over_the_writer_s_bio_stays() -> None:
    # the bio (taken by the metadata cleaner) closes the story: the film's details
    # above it are the review's, though no sentence of the story follows them
    menu = ["Home", "Film", "TV", "Music", "Reviews", "Newsletter", "Subscribe", "Log in"]
    review = [
        "Halfway through the film, the lighthouse keeper spends nearly four minutes "
        "cleaning the lens in silence, and it is the most gripping scene of the year.",
        "The director's second feature follows the last keeper of a Hebridean light as "
        "the board that runs it prepares to automate the station.",
        "The lead, until now best known for supporting roles on television, is a "
        "revelation, holding the screen with the smallest of gestures.",
        "At 128 minutes the film tests the patience, and its subplot about an engineer "
        "sent to close the station never quite earns its place.",
    ]
    details = [
        "The Salt Meridian",
        "Director: Mairead Cullinane",
        "Starring: Ruth Adeyemi, Tobias Hale",
        "Running time: 128 minutes",
        "Certificate: 12A",
        "In cinemas from: March 28",
        "Rating: 4/5",
    ]
    tail = [
        "Owen Pryce is Reel Dispatch's chief film critic.",
        "More Reviews",
        "'Parallel Hours' Review: Time-Loop Thriller Runs Out of Time",
        "'Granite' Review: Mountain Survival Film Gets the Cold Right",
        "About Reel Dispatch Contact Advertise Privacy Terms",
        "© 2025 Reel Dispatch Media. All rights reserved.",
    ]
    head = ["'The Salt Meridian' Review: A Lighthouse Drama", "By Owen Pryce", "March 28, 2025"]
    art = newsclean.clean("\n\n".join([*menu, *head, *review, *details, *tail]))
    kept = [newsclean.normalize_quotes(p) for p in details[1:]]
    assert [p for p in art.paragraphs if p in kept] == kept
    assert all("chief film critic" not in p for p in art.paragraphs)


def test_a_recipe_card_under_its_buttons_and_over_its_steps_stays() -> None:
    # the card (times, ingredients, "Instructions") stands between a teaser list and
    # the steps, under the card's buttons: the model takes its short lines for a menu
    menu = ["Home", "Recipes", "Dinner", "Desserts", "About", "Subscribe", "Search"]
    intro = [
        "This one-pan lemon orzo with chicken and spinach is the dinner I make when I "
        "have thirty minutes and a tired family to feed.",
        "Everything, including the pasta, cooks in the same skillet, so there is only "
        "one pan to wash once the plates are empty.",
        "Leftovers keep in an airtight container in the fridge for up to three days, "
        "and the orzo thickens as it sits, so loosen it with a little broth.",
    ]
    teasers = [
        "You might also like",
        "Creamy Tuscan White Bean Soup",
        "Sheet Pan Honey Garlic Salmon",
        "20-Minute Peanut Noodles",
    ]
    buttons = ["Print", "Pin", "Rate"]
    card = [
        "Prep Time: 10 minutes",
        "Cook Time: 20 minutes",
        "Servings: 4",
        "1 tablespoon olive oil",
        "1 1/4 lb chicken thighs, cut into pieces",
        "1 teaspoon salt, divided",
        "3 cloves garlic, minced",
        "1 1/2 cups dry orzo",
        "3 1/2 cups chicken broth",
        "Instructions",
    ]
    steps = [
        "Heat the olive oil in a large, deep skillet over medium-high heat and brown "
        "the chicken on all sides, about five minutes.",
        "Add the garlic and the orzo and stir for a minute, then pour in the broth and "
        "bring everything to a simmer.",
        "Cover and cook for ten to twelve minutes, stirring now and then, until the "
        "orzo is tender and most of the liquid is gone.",
        "Stir in the spinach a handful at a time until it wilts, then take the pan off "
        "the heat and stir in the lemon juice and the Parmesan.",
        "Taste and add more salt or lemon if it needs it, scatter the parsley over the "
        "top and serve it straight from the pan while it is hot.",
        "If the orzo absorbs all of the liquid before it is tender, add a splash more "
        "broth or water and keep cooking for a few minutes.",
    ]
    footer = ["Privacy Policy", "Terms", "Contact", "© 2024 Example Table"]
    title = "One-Pan Lemon Orzo with Chicken and Spinach"
    lines = [*menu, title, "By Jane Doe", "April 4, 2024", *intro, *teasers, *buttons]
    art = newsclean.clean("\n\n".join([*lines, *card, *steps, *footer]))
    kept = set(art.paragraphs)
    assert [c for c in card[:-1] if c not in kept] == []
    assert "Pin" not in kept


def test_a_weather_widget_between_the_story_and_the_bio_stays_out() -> None:
    # found by review: rows of bare figures over the writer's bio are a widget, not the
    # story's box (a box of "Label: value" facts there is the story's)
    menu = ["Home", "News", "Sport", "Weather", "Opinion", "Subscribe", "Log in"]
    story = [
        "The council voted on Monday to close the old bridge for a year of repairs, "
        "officials said after a long debate in the town hall.",
        "Engineers found cracks in two of the piers last spring and asked for the work "
        "to start before the winter storms arrive on the coast.",
        "Drivers will be sent over the ring road while the work goes on, and the ferry "
        "will run every half hour at peak times, the council said.",
    ]
    widget = ["Weather", "Mon 12° 5°", "Tue 10° 4°", "Wed 9° 3°", "Thu 11° 6°", "Fri 13° 7°"]
    tail = [
        "Jane Doe is our local government reporter.",
        "Most Read",
        "Ferry fares to rise in spring",
        "New school opens its doors",
        "© 2025 Example Herald",
    ]
    head = ["Bridge to close for a year of repairs", "By Jane Doe", "March 3, 2025"]
    art = newsclean.clean("\n\n".join([*menu, *head, *story, *widget, *tail]))
    assert not any("12°" in p for p in art.paragraphs)


def test_a_button_row_under_the_lead_leaves_the_lead_in_the_story() -> None:
    # found by review: a row of bracketed buttons read as a cue made the model drop the
    # paragraph beside it; like an ad marker it is now out of the model's view
    head = ["Council approves budget with more for buses", "By Jane Doe", "March 3, 2025"]
    lead = (
        "The city council voted on Tuesday night to approve a new budget that increases "
        "spending on public transit and parks, after a debate that lasted six hours."
    )
    more = [
        "The measure passed by a vote of seven to four, with several members saying they "
        "had concerns about the cost of the plan over the next decade.",
        "Supporters pointed to a survey showing that most residents wanted better bus "
        "service and more green space, and said the cost was worth it.",
        "The budget takes effect on July 1, and the council will review its progress in "
        "the autumn, officials said after the meeting.",
    ]
    art = newsclean.clean(
        "\n\n".join([*head, lead, "[ Gift this article ] [ Save ] [ Share ]", *more])
    )
    assert lead in art.paragraphs
    assert "[ Gift this article ] [ Save ] [ Share ]" not in art.paragraphs
    art = newsclean.clean("\n\n".join([*head, lead, "[Applause] [Laughter]", *more]))
    assert "[Applause] [Laughter]" in art.paragraphs  # a transcript's cues, no buttons


def _under_read_more(lines: list[str], changes: dict[int, tuple[str, str]]) -> set[int]:
    blocks = as_article("\n\n".join(lines)).blocks
    _keep_story_under_read_more(blocks, _infos(lines), list(range(len(lines))), changes)
    return set(changes)


READ_MORE_BOX = ["READ MORE", "* Why small towns are betting on co-ops again"]


def test_the_story_under_a_read_more_box_in_its_middle_comes_back() -> None:
    # found by a held-out probe: the model took the story's last two paragraphs, under a
    # "READ MORE" box, for the page's tail; a source's "we" is no word to the reader
    tail = [
        "The family say they will help the new owners however they can.",
        "\u201cWe are not going anywhere,\u201d Dale said. \u201cWe will just be buying our "
        "milk somewhere else, like everybody.\u201d",
    ]
    lines = [PROSE[0], PROSE[1], *READ_MORE_BOX, *tail, "Home"]
    changes = {2: ("related", "exact_line")} | dict.fromkeys(range(3, 7), ("navigation", "model"))
    assert _under_read_more(lines, changes) == {2, 3, 6}


def test_a_fact_box_and_the_story_under_a_read_more_box_come_back() -> None:
    # found by a held-out probe: under the "Read more" box (a teaser the model kept, one
    # it took) the story's own fact box and its last paragraphs, all taken by the model
    facts = ["Plant at a glance", "Location: Aldermoor", "Reactors: two", "First power: 1989"]
    tail = [
        "The operator said it would invest £120m at the site over the next five years.",
        "Shares in its parent company rose 3.1% in London after the announcement was made.",
    ]
    teasers = ["Which plants are closing and when?", "Reactor site shortlist revealed"]
    lines = [PROSE[0], PROSE[1], "Read more", *teasers, *facts, *tail, "Home"]
    changes = {2: ("related", "exact_line")} | dict.fromkeys(range(4, 12), ("navigation", "model"))
    # the teaser the model took stays removed; the box's heading, rows and sentences come back
    assert _under_read_more(lines, changes) == {2, 4, 11}
    # with no sentences under it, a fact box is no sign the story goes on
    lines = [PROSE[0], PROSE[1], "Read more", *teasers, *facts, "Home"]
    changes = {2: ("related", "exact_line")} | dict.fromkeys(range(4, 10), ("navigation", "model"))
    assert _under_read_more(lines, dict(changes)) == set(changes)


def test_the_paragraph_over_a_read_more_box_in_the_story_s_middle_comes_back() -> None:
    # found by a held-out probe: an ad marker (out of view), the story's paragraph, a
    # "LEER MÁS" box the model took with the paragraph over it, the story going on
    lines = [PROSE[0], PROSE[1], *READ_MORE_BOX, PROSE[2], PROSE[3]]
    changes = {1: ("navigation", "model"), 2: ("related", "exact_line")}
    changes[3] = ("navigation", "model")
    assert _run(lines, dict(changes)) == {2: ("related", "exact_line"), 3: ("navigation", "model")}
    # a teaser's headline over the box is no sentence of the story: it stays removed
    lines[1] = TEASERS[1]
    assert _run(lines, dict(changes)) == changes
    # another cue removal than a related box (a share bar) keeps what the model took
    lines[1] = PROSE[1]
    changes[2] = ("share", "exact_line")
    assert _run(lines, dict(changes)) == changes


def test_the_story_under_a_box_whose_headline_reads_as_prose_comes_back() -> None:
    # found by a held-out probe (pandoc): the teaser's headline is full of function
    # words, so it read as prose and the box seemed to hold no teaser at all
    teaser = "Maltempo, frana sulla provinciale 59: strada chiusa per una settimana"
    tail = [
        "Sulla viabilità, la Provincia ha predisposto squadre di pronto intervento lungo "
        "le strade più esposte. Ferrovie ha annunciato possibili rallentamenti sulla linea.",
        "Per segnalazioni è attivo il numero verde della Protezione civile 800 425 425.",
    ]
    lines = [PROSE[0], PROSE[1], "Leggi anche", teaser, *tail, "Tag"]
    changes = {2: ("related", "exact_line"), 6: ("metadata", "exact_line")}
    changes |= dict.fromkeys(range(3, 6), ("navigation", "model"))
    assert _under_read_more(lines, changes) == {2, 3, 6}


def test_a_teaser_s_summary_and_the_next_headline_in_title_case_stay_removed() -> None:
    # found on the development corpus: "Editors' Picks", a headline, its date and
    # section, its summary, then the next headline, asking a question in Title Case
    box = ["How a Pro-Trump Network Is Building a Fake Empire on Facebook", "12 November 2019"]
    box += ["News", "Hundreds of fake account admins only begin to tell the story of the empire."]
    box += ["Did Pelosi Divert $2.4 Billion from Social Security to Cover Impeachment Costs?"]
    lines = [PROSE[0], PROSE[1], "Editors' Picks", *box, "8 October 2019"]
    changes = {2: ("related", "exact_line")} | dict.fromkeys(range(3, 9), ("related", "model"))
    assert _under_read_more(lines, dict(changes)) == set(changes)


def test_teasers_with_summaries_under_a_read_more_heading_stay_removed() -> None:
    summaries = [
        "Bridge repairs to shut the ring road for a month",
        "Drivers face a month of diversions from Monday while engineers replace the joints.",
        "Rovers appoint former captain as head coach",
        "The club said on Friday that the former captain had signed a two-year contract.",
    ]
    lines = [PROSE[0], PROSE[1], "READ MORE", *summaries]
    changes = {2: ("related", "exact_line")} | dict.fromkeys(range(3, 7), ("related", "model"))
    assert _under_read_more(lines, dict(changes)) == set(changes)


@pytest.mark.parametrize(
    ("items", "given_back"),
    [
        # found by a held-out probe: a German list running on its sentence
        (["zwölf Klassenzimmer und vier Gruppenräume", "eine Mensa mit 120 Plätzen"], True),
        (["- consultas de segunda a quinta-feira;", "- visitas domiciliárias."], True),
        (["Home", "News"], False),  # a menu under a line with a colon: capitalised
        (["one classroom for the youngest pupils"], False),  # one item is no list
    ],
)
def test_items_in_lower_case_under_a_kept_colon_line(items: list[str], given_back: bool) -> None:
    lines = [PROSE[0], "Geplant sind:", *items, "Home"]
    removed = set(range(2, len(lines)))
    changes = dict.fromkeys(removed, ("navigation", "model"))
    blocks = as_article("\n\n".join(lines)).blocks
    _keep_items_in_lower_case(blocks, _infos(lines), list(range(len(lines))), changes)
    assert set(changes) == ({len(lines) - 1} if given_back else removed)


@pytest.mark.parametrize(
    ("opening", "items", "given_back"),
    [
        # found by a held-out probe: a council's other decisions, one sentence in items
        (
            "Außerdem hat der Gemeinderat",
            ["– die Hundesteuer ab 2025 erhöht,", "– dem neuen Löschfahrzeug zugestimmt."],
            True,
        ),
        # the items do not close the sentence: no list of the story's
        ("Außerdem hat der Gemeinderat", ["– die Hundesteuer", "– das Löschfahrzeug"], False),
        # an opening of one word is no sentence's opening
        ("Außerdem", ["– die Hundesteuer erhöht,", "– dem Löschfahrzeug zugestimmt."], False),
    ],
)
def test_a_sentence_run_on_through_its_items_comes_back_with_its_opening(
    opening: str, items: list[str], given_back: bool
) -> None:
    lines = [PROSE[0], opening, *items, "Home"]
    removed = set(range(1, len(lines)))
    changes = dict.fromkeys(removed, ("navigation", "model"))
    blocks = as_article("\n\n".join(lines)).blocks
    _keep_items_in_lower_case(blocks, _infos(lines), list(range(len(lines))), changes)
    assert set(changes) == ({len(lines) - 1} if given_back else removed)


REVIEW_BOX = [
    "Pros",
    "Outstanding battery life",
    "Bright, smooth screen",
    "Cons",
    "Weak ultrawide camera",
    "No wireless charging",
    "Verdict",
    "If you want a phone that lasts, the Pulse 8 is the easiest one to recommend.",
    "Rating: 4 out of 5",
]


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        # found by held-out probes: a review's verdict box, which the model took for a menu
        (REVIEW_BOX, True),
        (["Vorteile", "große Reichweite", "sehr gute Bremsen", "Nachteile", "hohes Gewicht"], True),
        # a heading of good points with no bad points under it is no verdict box
        (["Pros", "Outstanding battery life", "Bright, smooth screen", "Home", "News"], False),
        # a shop widget's heading after the cons is none of them
        ([*REVIEW_BOX[:6], "Today's best Pulse 8 deals"], "all but the last"),
        # found by review: the verdict three lines over the pros, its rating among them
        ([*REVIEW_BOX[6:], *REVIEW_BOX[:6]], True),
        # a held-out probe's laptop review: the bad points' heading cut short
        (["What we liked", "* Under 1kg", "* Superb screen", "What we didn’t", "* Warm"], True),
    ],
)
def test_a_review_s_verdict_box_comes_back(box: list[str], kept: bool | str) -> None:
    lines = [PROSE[0], *box, "Home"]
    removed = set(range(1, len(lines)))
    changes = dict.fromkeys(removed, ("navigation", "model"))
    changes[len(lines) - 1] = ("navigation", "exact_line")  # the menu under it: a cue's
    boxed = _keep_review_box(_infos(lines), list(range(len(lines))), changes)
    if kept is True:
        assert set(changes) == {len(lines) - 1}
        assert boxed == set(range(1, len(lines) - 1))
    elif kept is False:
        assert set(changes) == removed
    else:
        assert set(changes) == {len(lines) - 2, len(lines) - 1}


def test_bad_points_run_at_most_two_past_the_good_ones_without_a_verdict() -> None:
    # found by review: related links after the box read as more bad points; a review
    # may also find more faults than merits (two more are kept)
    links = ["Best phones 2024", "Best budget phones", "iPhone 16 review", "Galaxy review"]
    lines = [PROSE[0], *REVIEW_BOX[:6], *links, "Home"]
    changes = dict.fromkeys(range(1, len(lines)), ("navigation", "model"))
    changes[len(lines) - 1] = ("navigation", "exact_line")
    _keep_review_box(_infos(lines), list(range(len(lines))), changes)
    assert set(changes) == set(range(9, len(lines)))


def _news_page(
    headline: str, site: str, menu: list[str], *, head: list[str], body: list[str], tail: list[str]
) -> str:
    """A whole page: its title with the site's name, the menu, the headline over its byline
    and date lines, the story, the page's tail."""
    return "\n\n".join([f"{headline} | {site}", *menu, headline, *head, *body, *tail])


WAITING_STORY = [
    "Patients with urgent but not life-threatening conditions waited more than nine hours to "
    "be seen at the county's busiest emergency department on Monday, figures show.",
    "The recommended time for these patients, classed as urgent at triage, is one hour. The "
    "health board said a rise in flu cases had filled its wards over the weekend.",
    '"We have corridors full of trolleys and elderly patients spending the night in chairs," '
    "said a nurse who asked not to be named.",
    "The health board asked people to call the advice line before going to a hospital.",
]


@pytest.mark.parametrize(
    "rows",
    [
        ["Westfield General: 9h12", "Carrow Road: 7h48", "Millbrook: 6h30", "St Anne's: 5h55"],
        ["Millbrook: +18.1%", "Eastgate: +17.3%", "Centre: +11.2%", "Harbourside: +8.9%"],
    ],
)
def test_facts_a_kept_sentence_announces_at_the_story_s_end_stay(rows: list[str]) -> None:
    # a held-out probe's stories ended with such lists; the model took all but the first row
    headline = "Urgent patients wait nine hours as flu fills the wards"
    menu = ["Home", "News", "Health", "Sport", "Business", "Opinion", "Sign in", "Subscribe"]
    tail = ["Related stories", "Flu vaccinations pass two million", "Ambulance handover delays"]
    tail += ["Comments", "Show comments", "About us", "Privacy policy", "© 2025 The County Post"]
    body = [*WAITING_STORY, "Average waiting times at the four hospitals on Monday:", *rows]
    text = _news_page(
        headline, "The County Post", menu, head=["By Dana Whitfield"], body=body, tail=tail
    )
    art = newsclean.clean(text)
    for row in rows:
        assert newsclean.normalize_quotes(row) in art.paragraphs
    assert "Flu vaccinations pass two million" not in art.paragraphs


def test_teasers_under_a_kept_sentence_with_a_colon_stay_out() -> None:
    teasers = [
        "Guide: what to do when your landlord will not renew the contract next year",
        "Explainer: why rents in the south of the city are rising fastest of all",
        "Analysis: the council's housing plan leaves the hardest questions for later",
    ]
    menu = ["Home", "News", "Health", "Sport", "Business", "Opinion", "Sign in", "Subscribe"]
    text = "\n\n".join(
        [*menu, *WAITING_STORY, "The health board said:", *teasers, "© 2025 The County Post"]
    )
    art = newsclean.clean(text)
    # the first may pass for the story's last line; the list is not given back
    assert not set(teasers[1:]) & set(art.paragraphs)


TOUR_STORY = [
    "The Harbour Lights are going back on the road for the first time since 2015.",
    "The folk trio confirmed the fourteen-date tour on Tuesday, three months before the release "
    "of their first album in nine years.",
    "\"We didn't break up. We just stopped,\" the band's singer said in a statement.",
]
TOUR_DATES = [
    "October 3 – Newcastle, City Hall",
    "October 4 – Leeds, Howard Assembly Room",
    "October 6 – Glasgow, Old Fruitmarket",
    "October 7 – Edinburgh, Queen's Hall",
    "October 9 – Manchester, Albert Hall",
    "October 12 – Birmingham, Town Hall",
]
TOUR_AFTER = [
    "Tickets go on sale at 10am on Friday, May 10. A fan pre-sale opens on Wednesday for those "
    "who signed up to the band's mailing list.",
    "Support on all dates will come from the Shetland singer-songwriter Ailsa Nicolson.",
]


def test_a_list_of_dates_the_story_announces_stays_with_the_story_under_it() -> None:
    # a held-out probe's tour story lost its dates and both paragraphs under them: the
    # metadata reader took the dates for date lines, the model the rest for the tail
    headline = "Harbour Lights announce first tour in nine years"
    menu = ["Home", "News", "Reviews", "Features", "Tickets", "Podcasts", "Sign in"]
    tail = ["Get tickets for The Harbour Lights here", "Read More"]
    tail += ["Festival news: Greenmoor confirms final acts", "Review: Kestrel Moon"]
    tail += ["Newsletter", "Sign up", "About us", "Privacy", "© 2024 Amplify Media Ltd."]
    body = [*TOUR_STORY, "Listen to the band's last live album below.", "Watch on YouTube"]
    body += ["The full list of dates for the tour is:", *TOUR_DATES, *TOUR_AFTER]
    head = ["By Jess Okonkwo", "May 7, 2024"]
    text = _news_page(headline, "Amplify", menu, head=head, body=body, tail=tail)
    art = newsclean.clean(text)
    paragraphs = set(art.paragraphs)
    for line in [*TOUR_DATES, *TOUR_AFTER]:
        assert newsclean.normalize_quotes(line) in paragraphs, line
    assert art.published == "2024-05-07"
    assert "Festival news: Greenmoor confirms final acts" not in paragraphs


FINES_ROWS = [
    "      Driving in the bus and taxi lane            Dh1,000      4",
    "      Using the hard shoulder to overtake         Dh1,000      6",
    "      Stopping at a bus stop (private vehicle)    Dh500        -",
    "      Exceeding the limit by more than 20kph      Dh600        -",
    "      Exceeding the limit by more than 40kph      Dh1,000      6",
]


def test_a_table_laid_out_in_cells_stays_under_its_kept_header() -> None:
    # a held-out probe's inscriptis page: the rows hold one figure each by the number
    # rule, but the renderer set them out in cells; the model had taken all five
    from newsclean.classify.boilerplate import _keep_whole_tables

    header = "      Violation                                   Fine         Black points"
    text = "\n".join(["The main penalties are:", header, *FINES_ROWS, "ALSO READ:"])
    article = newsclean.Article(text, blocks=newsclean.segment(text))
    rows = range(2, 2 + len(FINES_ROWS))
    changes = dict.fromkeys(rows, ("boilerplate", "model"))
    changes[len(article.blocks) - 1] = ("related", "exact_line")
    view = list(range(len(article.blocks)))
    _keep_whole_tables(article.blocks, view, changes, original=text)
    assert set(changes) == {len(article.blocks) - 1}


def test_a_menu_laid_out_in_cells_is_no_table_without_a_figure() -> None:
    from newsclean.classify.boilerplate import _laid_out_row

    assert _laid_out_row(FINES_ROWS[0])
    assert not _laid_out_row("    Home     News     Sport     Weather")
    assert not _laid_out_row("    It cost   Dh1,000   and more   than that.")


def test_a_list_a_removed_colon_line_opens_comes_back_with_the_sentences_under_it() -> None:
    # a held-out probe's health story: the announcing line, its items running on to a
    # full stop and the paragraph under them had all been taken
    items = ["febre alta de início repentino;", "dores no corpo e nas articulações;"]
    items += ["náuseas e vômitos."]
    after = "A orientação é procurar uma unidade de saúde ao primeiro sinal da doença."
    lines = [PROSE[0], "Os sintomas mais comuns da dengue são:", *items, after, "Home"]
    changes = dict.fromkeys(range(1, len(lines)), ("navigation", "model"))
    changes[len(lines) - 1] = ("navigation", "exact_line")
    blocks = as_article("\n\n".join(lines)).blocks
    _keep_items_in_lower_case(blocks, _infos(lines), list(range(len(lines))), changes)
    assert set(changes) == {len(lines) - 1}


def test_a_related_list_stops_at_the_story_announcing_its_own_list() -> None:
    story = [
        "Temperatures in the capital reached 34 degrees on Saturday, the weather service said.",
        "Read also:",
        "How to choose a fan without paying too much",
        "Doctors advise on hot days:",
        "drink more water and avoid alcohol;",
        "stay out of the sun between noon and four.",
        "The heat is expected to last at least until Wednesday, forecasters said on Sunday.",
    ]
    art = newsclean.strip_boilerplate("\n\n".join(story))
    assert {"drink more water and avoid alcohol;", "Doctors advise on hot days:"} <= set(
        art.paragraphs
    )
    assert "How to choose a fan without paying too much" not in art.paragraphs


def test_a_source_credit_under_a_table_does_not_end_the_span() -> None:
    # found by a held-out probe: "Fonte: …" under a table of prices, then the story's
    # last paragraphs; the credit stays removed, the rest comes back
    lines = [PROSE[0], *RESULTS, "Source: County FA", PROSE[1], PROSE[2], "Home"]
    changes: dict[int, tuple[str, str]] = dict.fromkeys(range(1, 5), ("navigation", "model"))
    changes[5] = ("metadata", "source_credit")
    changes[6] = changes[7] = changes[8] = ("navigation", "model")
    assert _run(lines, changes) == {
        5: ("metadata", "source_credit"),
        8: ("navigation", "model"),
    }


CREDITS_BOX = [
    "Cast and credits",
    "Director: Sam Okafor",
    "Screenplay: Sam Okafor, Hannah Lyle",
    "Running time: 1 hr 58 mins",
    "Rated R for language and some violence",
]


def test_a_fact_box_closing_the_story_over_cue_furniture_comes_back() -> None:
    # a film's credits under the review, then "Related Stories" a cue rule took
    related = ("related", "exact_line")
    lines = [PROSE[0], PROSE[1], *CREDITS_BOX, "Related Stories", "Sign up"]
    changes = dict.fromkeys(range(2, 7), ("navigation", "model"))
    assert _run(lines, {**changes, 7: related}) == {7: related}
    # at the text's end too; a newsletter's heading in Title Case over the furniture
    # stays out
    assert _span([PROSE[0], PROSE[1], *CREDITS_BOX], set(range(2, 7))) == {}
    heading = "The Weekly Screen Briefing"
    lines = [PROSE[0], PROSE[1], *CREDITS_BOX, heading, "Sign up"]
    changes = dict.fromkeys(range(2, 8), ("navigation", "model"))
    assert _run(lines, {**changes, 8: ("promo", "exact_line")}) == {
        7: ("navigation", "model"),
        8: ("promo", "exact_line"),
    }


def test_lines_under_the_story_with_few_facts_stay_out() -> None:
    # teasers with a kicker's colon or a contact box of two rows are no fact box
    lines = [PROSE[0], PROSE[1], "Contact: newsroom desk", "Phone: 555 0100", *TEASERS[:3]]
    removed = set(range(2, len(lines)))
    assert _span(lines, removed) == dict.fromkeys(removed, ("navigation", "model"))


def test_a_box_of_key_figures_closing_the_story_comes_back() -> None:
    # found by a held-out probe: bulleted figures with their colons under "Key figures"
    figures = ["Key figures", "• £4.23: average price of a dozen eggs", "• 27%: rise in a year"]
    figures += ["• 71: outbreaks in commercial flocks since October", "• 3.1m: birds culled"]
    related = ("related", "exact_line")
    lines = [PROSE[0], PROSE[1], *figures, "Related stories"]
    changes = dict.fromkeys(range(2, 7), ("navigation", "model"))
    assert _run(lines, {**changes, 7: related}) == {7: related}
    # bulleted teasers with no figures are no such box
    teasers = ["More news", "• Bird flu found at a second farm", "• Egg farmers demand help"]
    teasers += ["• Shoppers face limits on boxes"]
    lines = [PROSE[0], PROSE[1], *teasers, "Related stories"]
    changes = dict.fromkeys(range(2, 6), ("navigation", "model"))
    assert _run(lines, {**changes, 6: related}) == {**changes, 6: related}


def test_tables_of_names_and_changes_closing_the_story_come_back() -> None:
    # found by a held-out probe: a market report's biggest risers and fallers, each row a
    # name and a signed change, under the story and over "Leia mais"
    rows = ["Biggest risers", "Northvale PN  +3,4%", "Banco Sul ON  +2,6%", "Aço Norte ON  +2,5%"]
    rows += ["Biggest fallers", "Casa Lumen ON  -8,9%", "Aérea Sul PN  -2,3%"]
    related = ("related", "exact_line")
    lines = [PROSE[0], PROSE[1], *rows, "Leia mais"]
    changes = dict.fromkeys(range(3, 2 + len(rows)), ("navigation", "model"))
    closer = 2 + len(rows)
    assert _run(lines, {**changes, closer: related}) == {closer: related}


def test_a_heading_over_the_bio_does_not_hide_that_the_bio_closes_the_story() -> None:
    # found by a held-out probe: "Getting there" / "Where to stay" closing a travel
    # guide, then "About the author" over the bio the metadata cleaner read
    closing = ["Getting there", PROSE[1], "Where to stay", PROSE[2]]
    bio = "Lucy Farrant is our Europe editor and writes about rail travel."
    lines = [PROSE[0], *closing, "About the author", bio, "You might also like"]
    art = as_article("\n\n".join(lines))
    blocks = list(art.blocks)
    blocks[6] = attrs.evolve(blocks[6], label=labels.METADATA, rule="author_bio")
    view = [0, 1, 2, 3, 4, 5, 7]
    model = ("navigation", "model")
    changes = {**dict.fromkeys(range(1, 6), model), 7: ("related", "exact_line")}
    _keep_story_span(_infos(lines), view, changes, blocks)
    assert changes == {5: model, 7: ("related", "exact_line")}


def test_a_guide_s_last_sections_over_the_bio_and_its_heading_stay() -> None:
    # found by a held-out probe: "Getting there" / "Where to stay" closing a travel
    # guide, then "About the author" over the writer's bio; the heading between the
    # story and the bio no longer hides that the bio closes the story
    menu = ["Home", "Destinations", "City breaks", "Rail", "Newsletter", "Search"]
    guide = [
        "Ghent has the medieval lanes of Bruges without the coach parties, and a student "
        "population that keeps its bars and cafes busy well into the night.",
        "Start at the Graslei, where the old guild houses lean over the water, and take "
        "one of the small open boats that leave from the bridge every half hour.",
        "The castle of the counts is worth the climb for the views over the rooftops, "
        "and its collection of torture instruments delights most teenagers.",
    ]
    closing = [
        "Getting there",
        "Eurostar runs from London to Brussels in around two hours; from there, trains "
        "to Ghent take thirty minutes and run up to four times an hour.",
        "Where to stay",
        "The Post, in a former post office on the main square, has doubles from 165 "
        "euros a night. For something cheaper, the hostel by the canal has private rooms.",
    ]
    tail = [
        "About the author",
        "Lucy Farrant is our Europe editor. She has written about rail travel and city "
        "breaks for more than a decade.",
        "You might also like",
        "48 hours in Antwerp: diamonds, fashion and moules-frites",
        "Bruges without the crowds: a local guide",
        "© 2025 Wanderline Ltd. All rights reserved.",
    ]
    head = ["10 things to do in Ghent", "By Lucy Farrant", "12 March 2025", "Share"]
    art = newsclean.clean("\n".join([*menu, *head, *guide, *closing, *tail]))
    for line in [*guide, *closing]:
        assert line in art.paragraphs, line
    assert "About the author" not in art.paragraphs


def test_a_review_s_shop_buttons_between_its_lines_do_not_end_the_span() -> None:
    # found by a held-out probe: "See price at …" between the story and a spec table the
    # model took; the buttons stay removed, the table comes back
    lines = [PROSE[0], "See price at BestMart", *RESULTS, PROSE[1]]
    changes: dict[int, tuple[str, str]] = {1: ("ads", "shop_widget")}
    changes.update(dict.fromkeys(range(2, 2 + len(RESULTS)), ("navigation", "model")))
    assert _run(lines, changes) == {1: ("ads", "shop_widget")}


def test_a_closing_box_comes_back_up_to_the_story_s_last_sentence_not_a_teaser_s() -> None:
    # found by a held-out probe: facts, their source and the story's last paragraph
    # after the last kept one, then a related box whose summary reads as a sentence;
    # the run up to that summary reads as teasers, the run up to the story's end not
    facts = ["Visitors: 1.14 million (+9%)", "Nights: 2.31 million (+7%)"]
    facts += ["Average stay: 2.0 nights", "Revenue per room: 96 euros (+11%)"]
    last = "Despite the figures, hotel owners remain cautious about next year, the survey found."
    teasers = ["Related", "Harvest starts early because of the heat"]
    teasers += ["New five-star hotel opens in the spring", "The last workshop for river boats"]
    summary = "The regional paper sends its main stories by email every morning at seven."
    lines = [PROSE[0], PROSE[1], *facts, "Source: Regional tourism board", last]
    lines += [*teasers, summary, "Home"]
    removed = set(range(2, len(lines)))
    changes = _span(lines, removed)
    assert set(changes) == set(range(2 + len(facts) + 2, len(lines)))


def test_a_list_of_tips_in_short_sentences_closing_the_story_comes_back() -> None:
    # found by a held-out probe: a crosshead, short advice sentences, the story's last
    # paragraph; a teaser's headline ends with no full stop
    tips = ["Tips for the storm", "Stay indoors as much as you can.", "Avoid woods and parks."]
    tips += ["Tie down loose garden furniture.", "Put off journeys if you can."]
    last = "On Saturday the wind eases, with showers and a top temperature of around 7C."
    lines = [PROSE[0], PROSE[1], *tips, last, "Home"]
    changes = _span(lines, set(range(2, len(lines))))
    assert changes == {len(lines) - 1: ("navigation", "model")}


def test_a_list_of_news_in_brief_closing_the_story_comes_back() -> None:
    # found by a held-out probe: a world briefing ending with "In brief" and its items,
    # each a short sentence with its full stop, over the page's furniture
    brief = ["In brief", "- The central bank held its cash rate at 3.6%, as expected."]
    brief += ["- Congress approved a bill to privatise the state water company."]
    brief += ["- A strong earthquake struck off the coast. No tsunami warning was issued."]
    lines = [PROSE[0], PROSE[1], *brief, "Share this article"]
    changes = dict.fromkeys(range(2, 2 + len(brief)), ("navigation", "model"))
    changes[len(lines) - 1] = ("share", "exact_line")
    assert _run(lines, changes) == {len(lines) - 1: ("share", "exact_line")}


def test_a_list_the_story_announces_after_its_last_paragraph_comes_back() -> None:
    # the items have no figure first and no full stop ("Eastfield – 14 bins"): what
    # makes them the story's is the sentence announcing them with its colon
    lines = [
        *PROSE[:2],
        "Collection days at the remaining recycling centres this winter:",
        "Eastfield – Mondays",
        "Harrow Lane – Thursdays",
        "Marsh End – Saturdays",
        "A council spokesman said the timetable would be reviewed in the spring.",
        "Home",
    ]
    changes = _span(lines, set(range(3, 8)))
    assert changes == {7: ("navigation", "model")}
    # without the announcing sentence, short lines after the story are no list of it
    lines[2] = "Eastfield centre"
    assert 6 in _span(lines, set(range(2, 8)))


def test_the_story_s_last_section_after_its_last_kept_paragraph_comes_back() -> None:
    # found by a held-out probe: a table split the run of prose, and the model took the
    # story's last section, a crosshead over two sentences, with the page's tail
    lines = [PROSE[0], PROSE[1], "A public meeting in January", PROSE[2], PROSE[3], "Home"]
    assert _span(lines, set(range(2, 6))) == {5: ("navigation", "model")}


@pytest.mark.parametrize(
    "section",
    [
        # a one-word label over teasers that happen to read as sentences
        ["News", PROSE[2], PROSE[3]],
        # a teaser's headline cut short with an ellipsis, a question
        ["More from the council", "Councillors back the plan for the ring road after...", PROSE[3]],
        ["More from the council", "Will the ring road close again next spring?", PROSE[3]],
    ],
)
def test_a_heading_over_teasers_after_the_story_stays_removed(section: list[str]) -> None:
    lines = [PROSE[0], PROSE[1], *section, "Home"]
    removed = set(range(2, len(lines)))
    assert set(_span(lines, removed)) == removed


def test_a_table_set_out_with_bars_after_the_story_comes_back() -> None:
    # found by a held-out probe: a Markdown table of results (scores as "1:2", one match
    # called off) and a sentence under it; its rows are the story's, header and all
    table = [
        "| Home | Away | Result |",
        "| Eastfield Rovers | Hill Town | 3:1 |",
        "| Marsh United | Kingsbridge | 0:2 |",
        "| Old Quay | Ferry Lane | called off |",
        "| Westgate | Priory Park | 4:0 |",
    ]
    lines = [PROSE[0], PROSE[1], *table, PROSE[2], "Home"]
    assert _span(lines, set(range(2, len(lines)))) == {len(lines) - 1: ("navigation", "model")}
    # bars make no teaser of a line either
    assert _teaser_lines(_infos(table)) == 0


def test_a_numbered_list_the_story_announces_over_an_ad_marker_comes_back() -> None:
    # found by a held-out probe: "Results" / "The six groups to qualify were:" / "1. …"
    # closing the story over "Advertisement" and the page's teasers
    from newsclean.classify.boilerplate import _keep_announced_lines

    items = ["1. Te Rōpū o Ngāti Whakaue", "2. Ngā Uri o Tūhourangi", "3. Te Hiku o Te Arawa"]
    lines = [PROSE[0], PROSE[1], "Results", "The three groups to qualify for the final were:"]
    lines += [*items, "Advertisement", *TEASERS[1::2]]
    changes: dict[int, tuple[str, str]] = dict.fromkeys(range(2, 7), ("navigation", "model"))
    changes[7] = ("ads", "exact_line")
    changes |= dict.fromkeys(range(8, len(lines)), ("related", "model"))
    view = [i for i in range(len(lines)) if i != 7]  # the ad marker is out of the view
    _keep_announced_lines(_infos(lines), view, changes)
    assert set(changes) == {7, *range(8, len(lines))}
    # numbered out of order, or announced by no sentence: a "Most read" list stays out
    shuffled = [*lines[:4], items[1], items[0], items[2], *lines[7:]]
    again = dict.fromkeys(range(2, 7), ("navigation", "model")) | {7: ("ads", "exact_line")}
    again |= dict.fromkeys(range(8, len(lines)), ("related", "model"))
    before = dict(again)
    _keep_announced_lines(_infos(shuffled), view, again)
    assert again == before


DISTRICT_ROWS = ["Lenzburg       74,3", "Aarau          66,1", "Baden          63,8"]
DISTRICT_ROWS += ["Brugg          59,0", "Kulm           52,4", "Zurzach        47,9"]


def test_a_two_column_table_under_its_dash_rule_stays_under_its_kept_heading() -> None:
    # a held-out probe's pandoc page: one gap between the cells, so no laid-out row,
    # and one figure per row; the model had taken the header, the rows and the rule
    from newsclean.classify.boilerplate import _keep_whole_tables

    header, rule = "Bezirk         Ja in %", "-------------- ---------"
    lines = [PROSE[0], "So haben die Bezirke abgestimmt", header, rule, *DISTRICT_ROWS]
    text = "\n".join([*lines, "Mehr zu den Abstimmungen"])
    blocks = newsclean.segment(text)
    table = range(2, 4 + len(DISTRICT_ROWS))
    changes = dict.fromkeys(table, ("navigation", "model"))
    changes[3] = ("boilerplate", "rule_line")
    view = [i for i in range(len(blocks)) if i != 3]  # a rule line is out of the view
    _keep_whole_tables(blocks, view, changes, original=text)
    assert set(changes) == set()  # the rule stays with its table too


def test_a_two_column_table_under_its_dash_rule_survives_cleaning_again() -> None:
    # cleaned again, the kept text no longer shows the runs of spaces between the cells
    headline = "Aargau bekommt neue Kantonsschule"
    menu = ["Startseite", "Aargau", "Schweiz", "Sport", "Kultur", "Anmelden", "Abo"]
    tail = ["Mehr zu den Abstimmungen", "Impressum", "Datenschutz", "© 2024 Landbote AG"]
    table = ["So haben die Bezirke abgestimmt", "Bezirk         Ja in %"]
    table += ["-------------- ---------", *DISTRICT_ROWS]
    after = "Einzig der Bezirk Zurzach lehnte die Vorlage knapp ab, mit 47,9 Prozent Ja."
    body = [*PROSE[:2], *table, after, *PROSE[2:]]
    text = _news_page(headline, "Landbote", menu, head=["Von Anna Keller"], body=body, tail=tail)
    art = newsclean.clean(text)
    kept = " ".join(art.paragraphs)
    for row in DISTRICT_ROWS:
        assert " ".join(row.split()) in kept, row
    assert after in art.paragraphs
    assert newsclean.clean(art.to_text()).paragraphs == art.paragraphs


def test_a_tight_ruled_table_ends_at_its_blank_line() -> None:
    # found by review: short lines with a figure after the table ("Tweet 4", "Login
    # 24/7") had been read as more rows
    from newsclean.classify.boilerplate import _ruled_table_rows

    header, rule = "Bezirk         Ja in %", "-------------- ---------"
    text = "\n".join([PROSE[0], header, rule, *DISTRICT_ROWS[:3]]) + "\n\nTweet 4\n\nLogin 24/7"
    blocks = newsclean.segment(text)
    assert sorted(_ruled_table_rows(blocks, text)) == [1, 3, 4, 5]
    # the kept text cleaned again has a blank line between all its lines: rows go on
    spaced = "\n\n".join([PROSE[0], header, rule, *DISTRICT_ROWS[:3]])
    assert sorted(_ruled_table_rows(newsclean.segment(spaced), spaced)) == [1, 3, 4, 5]
