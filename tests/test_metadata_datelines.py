"""Datelines and wire credits: where from, which agency; the credit leaves the body."""

from __future__ import annotations

import datetime as dt

import pytest

import newsclean
from newsclean import extract_metadata, labels
from newsclean.extract.datelines import find_dateline, find_wire_credit, is_credit_line

MORE = (
    "Engineers found cracks in two of the piers last spring and asked for the work to start soon."
)


@pytest.mark.parametrize(
    ("paragraph", "dateline", "agency"),
    [
        (
            "KYIV, Ukraine (AP) — Russian forces shelled the city overnight.",
            "KYIV, Ukraine (AP)",
            "AP",
        ),
        ("LONDON (Reuters) - Shares fell on Monday.", "LONDON (Reuters)", "Reuters"),
        ("BERLIN -- The government agreed on a budget.", "BERLIN", None),
        (
            "ST. JOSEPH, Mich. (AP) — Health officials reported a sixth case.",
            "ST. JOSEPH, Mich. (AP)",
            "AP",
        ),
        ("(Reuters) — The attorney general is investigating the company.", "(Reuters)", "Reuters"),
        ("Mexico City (AFP) - Protesters gathered downtown.", "Mexico City (AFP)", "AFP"),
        ("PARIS (AFP) – La grève continue.", "PARIS (AFP)", "AFP"),
        # place names holding words that are never part of a person's name
        ("NEW YORK (AP) — Stocks rose on Tuesday.", "NEW YORK (AP)", "AP"),
        ("LOS ANGELES (AP) — To the coach, records are not a goal.", "LOS ANGELES (AP)", "AP"),
        ("Los Angeles (AP) — The fire spread overnight.", "Los Angeles (AP)", "AP"),
        ("LAS VEGAS — The show closed early.", "LAS VEGAS", None),
        ("RIO DE JANEIRO (Reuters) - Police raided.", "RIO DE JANEIRO (Reuters)", "Reuters"),
        ("THE HAGUE, Netherlands (AP) — The court ruled.", "THE HAGUE, Netherlands (AP)", "AP"),
        ("DES MOINES, Iowa (AP) — The caucus is near.", "DES MOINES, Iowa (AP)", "AP"),
        ("EL PASO, Texas (AP) — The border crossing reopened.", "EL PASO, Texas (AP)", "AP"),
        # the day filed between place and credit, in the lexicon languages
        (
            "NEW DELHI, Nov 19 (Reuters) - The court ruled.",
            "NEW DELHI, Nov 19 (Reuters)",
            "Reuters",
        ),
        ("WASHINGTON, Nov. 19 (UPI) -- The House voted.", "WASHINGTON, Nov. 19 (UPI)", "UPI"),
        ("PARIS, 19 novembre (AFP) - La grève continue.", "PARIS, 19 novembre (AFP)", "AFP"),
        ("Berlin, 19. November (dpa) - Der Bundestag tagte.", "Berlin, 19. November (dpa)", "dpa"),
        ("MADRID, 19 nov (EFE).- El Gobierno aprobó.", "MADRID, 19 nov (EFE)", "EFE"),
        ("ROMA, 19 NOV - Il governo ha approvato.", "ROMA, 19 NOV", None),
        (
            "LONDON, Nov. 19, 2019 /PRNewswire/ -- Example plc announced.",
            "LONDON, Nov. 19, 2019 /PRNewswire/",
            None,
        ),
    ],
)
def test_datelines(paragraph: str, dateline: str, agency: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert (found.text, found.agency) == (dateline, agency)
    assert paragraph[found.body_start].isalpha()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Meanwhile – the talks went on.",
        "DEAR ABBY: My husband bought tickets.",
        "UPDATE: The road is open again.",
        "The minister - who declined to comment - left early.",
        "Indianapolis – Several thousand teachers rallied.",
        # particles of place names alone, or a label opening with one
        "NEW — The council met.",
        "THE — The council met.",
        "THE BOTTOM LINE — The council met.",
        "ON THE RECORD — The mayor spoke.",
        "BREAKING NEWS — The council met.",
        "VIDEO — The council met.",
        "Mayor, 19 Nov - The council met.",  # no place in capitals, no credit
        # found by review: labels in capitals, a correction, a photo agency's caption
        "THE FACTS — The council voted on Monday.",
        "THE HAGUE — The court ruled.",  # "The" opens a place only with a credit after it
        "CORRECTION, Nov. 19, 2019 — An earlier version misstated the date.",
        "KYIV, UKRAINE - MARCH 3: Residents queue for water in the centre.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("Fighting continued there. – Reuters", "Reuters"),
        ("Fighting continued there. (AFP)", "AFP"),
        ("Fighting continued there. — AP", "AP"),
    ],
)
def test_trailing_wire_credit(paragraph: str, agency: str) -> None:
    found = find_wire_credit(paragraph)
    assert found is not None
    pos, name = found
    assert name == agency
    assert paragraph[:pos].rstrip() == "Fighting continued there."


@pytest.mark.parametrize(
    "paragraph",
    ["He said he met Smith – Jones", "The talks ended - for now", "Prices rose (a lot)"],
)
def test_not_wire_credits(paragraph: str) -> None:
    assert find_wire_credit(paragraph) is None


def test_credit_lines() -> None:
    assert is_credit_line("– Reuters") == "agency"
    assert is_credit_line("(Reporting by Jo Lee in Oslo; Editing by Al Roe)") == "credit"
    assert is_credit_line("Reuters reported the talks ended.") is None


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("Le Monde avec AFP", "AFP"),
        ("(Avec AFP)", "AFP"),
        ("Con información de EFE", "EFE"),
        ("mit Material von dpa", "dpa"),
        ("The Example Times with Reuters", "Reuters"),
        ("(With inputs from PTI)", "PTI"),
        ("(With inputs from PTI and ANI)", "PTI"),  # a list of agencies: the first
    ],
)
def test_an_outlet_with_its_agency_closing_the_story_is_a_credit(line: str, agency: str) -> None:
    story = "Le conseil municipal a voté lundi la fermeture du vieux pont pour un an de travaux."
    art = extract_metadata(f"{story}\n\n{story}\n\n{line}")
    assert art.agency == agency
    assert art.paragraphs == (story, story)


@pytest.mark.parametrize(
    "promo",
    [
        "Cet article vous a été offert. Abonnez-vous pour lire l’ensemble de nos contenus.",
        "Get the morning briefing: sign up for our free newsletter and never miss a story.",
    ],
)
def test_a_closing_credit_with_a_promo_under_it_is_still_the_credit(promo: str) -> None:
    # a held-out probe's obituary ended "(avec AFP)" over a gifted-article notice
    story = "Le conseil municipal a voté lundi la fermeture du vieux pont pour un an de travaux."
    art = extract_metadata(f"{story}\n\n{story}\n\n(avec AFP)\n\n{promo}")
    assert art.agency == "AFP"
    assert [r.text for r in art.removed] == ["(avec AFP)"]


@pytest.mark.parametrize(
    "line",
    [
        "talks with AFP reporters",
        "Interview with AFP on Monday",
        "Jane Doe avec Marie Curie",
        "talks with AFP and Reuters reporters",
    ],
)
def test_a_line_naming_an_agency_in_passing_is_no_credit(line: str) -> None:
    assert is_credit_line(line) is None


def test_dateline_stays_in_the_body_by_default() -> None:
    first = (
        "LONDON (Reuters) - Shares fell on Monday as investors weighed the budget, traders said."
    )
    art = extract_metadata(f"Markets slide\n\n{first}\n\n{MORE}")
    assert (art.dateline, art.agency) == ("LONDON (Reuters)", "Reuters")
    assert art.paragraphs[0] == first
    src = art.source_of("dateline")
    assert src is not None
    assert art.original[src.start : src.end] == "LONDON (Reuters)"


def test_strip_dateline_option() -> None:
    first = (
        "LONDON (Reuters) - Shares fell on Monday as investors weighed the budget, traders said."
    )
    art = extract_metadata(f"Markets slide\n\n{first}\n\n{MORE}", strip_dateline=True)
    assert (
        art.paragraphs[0] == "Shares fell on Monday as investors weighed the budget, traders said."
    )
    dl = [r for r in art.removed if r.kind == labels.DATELINE]
    assert [r.text for r in dl] == ["LONDON (Reuters) -"]


def test_trailing_credit_is_cut_off_the_last_paragraph() -> None:
    last = "Most gains were near the port and heavy fighting was under way there. – Reuters"
    art = extract_metadata(f"Talks stall\n\n{MORE}\n\n{last}")
    assert art.agency == "Reuters"
    assert (
        art.paragraphs[-1]
        == "Most gains were near the port and heavy fighting was under way there."
    )
    assert not art.body.endswith("Reuters")
    credit = [r for r in art.removed if r.reason == "extract_metadata.wire_credit"]
    assert [c.text for c in credit] == ["– Reuters"]
    assert art.original[credit[0].start : credit[0].end] == "– Reuters"


def test_agency_and_place_line() -> None:
    art = extract_metadata(f"Talks stall\n\nPTI, New Delhi,\n\n{MORE}\n\n{MORE}")
    assert (art.agency, art.dateline) == ("PTI", "New Delhi")
    assert art.paragraphs == (MORE, MORE)


TEASER_SUMMARIES = [
    "Council Votes To Close Old Bridge For Repairs",
    "The city council voted on Monday to close the old bridge for a year of repairs after "
    "engineers found cracks in two of its piers.",
    "Ferry Fares To Rise In Spring",
    "The ferry operator said on Tuesday that fares would rise by a tenth in the spring "
    "because fuel had become much more expensive.",
]
WIRE_LEAD = (
    "ST. JOSEPH, Mich. (AP) — Health authorities are reporting a sixth death linked to a "
    "mosquito-borne virus, the state said on Tuesday."
)
WIRE_MORE = (
    "Berrien County officials said Monday the victim was an adult who had been in hospital "
    "for several weeks before dying of the illness."
)


@pytest.mark.parametrize("story_goes_on", [True, False])
def test_a_wire_dateline_below_teaser_summaries_marks_the_story(story_goes_on: bool) -> None:
    # the prose seems to start with the teasers' summaries; the story's first
    # paragraph, further down, opens with a wire dateline and the story goes on
    tail = [WIRE_MORE, MORE] if story_goes_on else ["Weather Forecast", "Sports Scores"]
    art = extract_metadata("\n\n".join([*TEASER_SUMMARIES, WIRE_LEAD, *tail]))
    if story_goes_on:
        assert art.dateline == "ST. JOSEPH, Mich. (AP)"
        assert art.agency == "AP"
    else:  # a teaser's summary is one paragraph: no dateline read from it
        assert art.dateline is None


HEADLINE = "Lakers hold off Thunder in overtime thriller"


@pytest.mark.parametrize("headline", [HEADLINE, None])
def test_a_short_first_paragraph_opening_with_a_dateline_is_read(headline: str | None) -> None:
    # one short sentence after the dateline is too short to count as prose: the story
    # was found to start one paragraph later, yet the dateline opens the one above
    opening = "LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal."
    head = f"{headline}\n\n" if headline else ""
    art = extract_metadata(f"{head}{opening}\n\n{MORE}\n\n{MORE}")
    assert (art.dateline, art.agency) == ("LOS ANGELES (AP)", "AP")
    assert art.paragraphs[0] == opening


def test_a_wire_dateline_over_a_quote_box_opens_the_story() -> None:
    # found by a held-out probe: a box of share prices under the lead broke the run of
    # prose, so the story seemed to start under the box; the lead above it is the story's
    box = ["HALD.DE", "Halden Pharma AG", "48.20 EUR", "+8.72 (+22.09%)", "Volume 6.1M"]
    text = "\n\n".join([HEADLINE, "By Jane Doe", WIRE_LEAD, *box, WIRE_MORE, MORE, MORE])
    art = extract_metadata(text)
    assert (art.dateline, art.agency) == ("ST. JOSEPH, Mich. (AP)", "AP")
    assert art.paragraphs[0] == WIRE_LEAD


def test_a_wire_teaser_under_a_related_heading_is_no_lead() -> None:
    # found by review: a teaser of another wire story above a local story
    teaser = (
        "WASHINGTON, March 4 (Reuters) - Federal officials unveiled a $2 billion grant "
        "programme for city cycling projects on Monday."
    )
    box = ["Related coverage", teaser, "Read more", "Cycling", "Transport", "Share", "Email"]
    text = "\n\n".join([HEADLINE, "By Jane Doe", *box, MORE, MORE, WIRE_MORE])
    art = extract_metadata(text)
    assert (art.dateline, art.agency) == (None, None)


def test_a_dateline_above_the_headline_is_not_read_as_the_story_s() -> None:
    # the line just above the prose is read only when it stands under the headline
    teaser = "BERLIN — Another story's teaser."
    art = extract_metadata(f"{teaser}\n\n{HEADLINE}\n\nBy Jane Doe\n\n{MORE}\n\n{MORE}")
    assert art.dateline is None


@pytest.mark.parametrize("credit", ["(Reuters)", "(AFP)"])
def test_an_agency_in_parentheses_closing_the_story_is_its_agency(credit: str) -> None:
    # the caption cleaner takes it for a photo credit; the agency is read all the same
    other = "The mayor said a ferry would run every twenty minutes while the work goes on."
    art = newsclean.clean(f"{HEADLINE}\n\n{MORE}\n\n{other}\n\n{credit}")
    assert art.agency == credit.strip("()")
    assert art.paragraphs == (MORE, other)


def test_the_day_filed_in_the_dateline_is_the_publication_date_when_nothing_else_says() -> None:
    art = newsclean.clean(f"{HEADLINE}\n\nLONDON, 5 March 2024 (AFP) - {MORE}\n\n{MORE}")
    assert art.published == "2024-03-05"


def test_a_dateline_day_without_its_year_needs_a_reference_time() -> None:
    text = f"{HEADLINE}\n\nNEW DELHI, Nov 19 (Reuters) - {MORE}\n\n{MORE}"
    assert newsclean.clean(text).published is None
    now = dt.datetime(2019, 11, 20, tzinfo=dt.timezone.utc)
    assert newsclean.clean(text, now=now).published == "2019-11-19"


def test_a_date_line_beats_the_dateline_s_day() -> None:
    text = f"{HEADLINE}\n\nPublished 3 March 2024\n\nLONDON, 5 March 2024 (AFP) - {MORE}\n\n{MORE}"
    assert newsclean.clean(text).published == "2024-03-03"


def test_a_headline_in_capitals_with_a_dash_stays_the_title() -> None:
    headline = "NEW RULES — Drivers must pay toll from Monday"
    other = "The mayor said a ferry would run every twenty minutes while the work goes on."
    art = newsclean.clean(f"{headline}\n\n{MORE}\n\n{other}")
    assert art.title == headline


def test_a_wire_dateline_further_down_gives_no_publication_date() -> None:
    # the story's head has no dateline; one further down is a teaser's or a quoted story's
    other = "The mayor said a ferry would run every twenty minutes while the work goes on."
    paras = [MORE, other, MORE.replace("Engineers", "Inspectors"), other.replace("mayor", "chief")]
    teaser = f"PARIS, 1 January 2019 (AFP) - {MORE}"
    art = newsclean.clean("\n\n".join([HEADLINE, *paras, teaser, other.upper()]))
    assert art.published is None


def test_a_wire_dateline_below_teaser_summaries_is_cut_off_when_asked() -> None:
    # strip_dateline cuts the dateline whether it opens the story where the prose
    # seemed to start or further down (the publication date is read only in the
    # first case)
    text = "\n\n".join([*TEASER_SUMMARIES, WIRE_LEAD, WIRE_MORE, MORE])
    art = extract_metadata(text, strip_dateline=True)
    assert art.dateline == "ST. JOSEPH, Mich. (AP)"
    assert WIRE_LEAD not in art.paragraphs
    assert WIRE_LEAD[len("ST. JOSEPH, Mich. (AP) — ") :] in art.paragraphs


_CEBU_STORY = [
    "CEBU, Philippines — Police seized around one kilo of suspected shabu and arrested three "
    "suspects, including a woman, in a buy-bust operation in the city on Saturday night.",
    "The suspects were identified as residents of the barangay, police said, adding that "
    "they had been under surveillance for two months before the operation.",
    "They face charges for violating the Comprehensive Dangerous Drugs Act, the regional "
    "police office said in a statement on Sunday.",
]


def test_a_plain_sentence_over_the_dateline_s_paragraph_is_the_picture_s_caption() -> None:
    # found by held-out probes: the caption printed where the story seemed to start, the
    # dateline under it opening the story
    caption = "The suspects and the seized items were presented to the media on Sunday."
    head = ["P6.8-M shabu seized, 3 nabbed in Cebu City buy-bust", "June 3, 2024 | 12:00am"]
    art = newsclean.clean("\n\n".join([*head, caption, *_CEBU_STORY]))
    assert art.paragraphs == tuple(_CEBU_STORY)
    assert art.dateline == "CEBU, Philippines"
    reasons = {r.text: r.reason for r in art.removed}
    assert reasons[caption] == "extract_metadata.caption_over_dateline"


@pytest.mark.parametrize(
    "line",
    [
        "Filed Under: Drugs, Cebu City, Police",  # a label with its colon
        "Shabu haul is the biggest in the city this year",  # no full stop: a headline's
        "“We will not stop,” the regional director said on Sunday.",  # a quotation
    ],
)
def test_no_caption_over_the_dateline_without_a_caption_s_shape(line: str) -> None:
    head = ["P6.8-M shabu seized, 3 nabbed in Cebu City buy-bust", "June 3, 2024 | 12:00am"]
    art = newsclean.clean("\n\n".join([*head, line, *_CEBU_STORY]))
    assert "extract_metadata.caption_over_dateline" not in {r.reason for r in art.removed}


def test_a_sentence_right_under_the_headline_over_the_dateline_is_no_caption() -> None:
    # found by review: the standfirst under the headline
    standfirst = "Ministers agreed the deal after talks lasted through the night."
    art = newsclean.clean("\n\n".join(["Shabu haul seized in Cebu City", standfirst, *_CEBU_STORY]))
    assert "extract_metadata.caption_over_dateline" not in {r.reason for r in art.removed}
