"""Publisher, section, tags, contacts, related titles and language."""

from __future__ import annotations

import attrs
import pytest

import newsclean
from newsclean import extract_metadata, labels
from newsclean.editing import as_article
from newsclean.extract.contacts import domain_name, find_emails, find_handles, find_urls
from newsclean.extract.language import guess_language
from newsclean.extract.related import related_title
from newsclean.extract.site import (
    breadcrumb_section,
    copyright_holder,
    feed_footer_site,
    kicker_section,
    section_from_cue,
    tags_from_line,
)

STORY = (
    "The council voted on Monday to close the old bridge for a year of repairs, "
    "officials said after a long debate."
)
MORE = (
    "Engineers found cracks in two of the piers last spring and asked for the work to start soon."
)


@pytest.mark.parametrize(
    ("line", "holder"),
    [
        ("© 2019 Example Media Group. All rights reserved.", "Example Media Group"),
        ("Copyright © 2008-2019 Example News Ltd", "Example News Ltd"),
        ("(c) 2020 The Example Post", "The Example Post"),
        ("© 2019 Example Verlag. Alle Rechte vorbehalten.", "Example Verlag"),
        ("Copyright 2014", None),
        ("The copyright on the song expired in 1990 after a long fight over the rights.", None),
    ],
)
def test_copyright_holder(line: str, holder: str | None) -> None:
    assert copyright_holder(line) == holder


def test_feed_footer_and_contact_domain() -> None:
    assert feed_footer_site("from News – Example https://ift.tt/abc") == "Example"
    assert feed_footer_site("from the river to the sea") is None
    assert domain_name("tips@example.co.uk") == "Example"
    assert domain_name("someone@gmail.com") is None


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("Categorized as News", "News"),
        ("Category: POLITICS", "Politics"),
        ("Posted in Business, Markets", "Business"),
        ("Kategorie: Wirtschaft", "Wirtschaft"),
        ("Posted in 2015, the video went viral and was shared by millions of people.", None),
    ],
)
def test_section_cue(line: str, section: str | None) -> None:
    assert section_from_cue(line) == section


def test_breadcrumb() -> None:
    homes = frozenset({"home"})
    assert breadcrumb_section("Home » Tech » Gadgets", homes) == "Gadgets"
    assert breadcrumb_section("Tech » Gadgets", homes) is None


def test_tags() -> None:
    assert tags_from_line("Tags: Brexit, EU, trade policy") == ["Brexit", "EU", "trade policy"]
    assert tags_from_line("Filed Under: bridges, repairs") == ["bridges", "repairs"]
    assert tags_from_line("Tagged people walked by") == []
    # a one-word cue without its colon: a list of short tags with no function word
    assert tags_from_line("Tagged bridges, city council, repairs") == [
        "bridges",
        "city council",
        "repairs",
    ]
    assert tags_from_line("Tagged as a liar, he left the party") == []
    assert tags_from_line("Topics covered, such as rent, were many") == []
    assert tags_from_line("Keywords matter, officials said.") == []
    assert tags_from_line("Tagged bridges") == []
    assert tags_from_line("Labels: masking tape, a marker") == []  # a list item, not tags
    assert tags_from_line("Tópicos: Cibersegurança, Dados pessoais") == [
        "Cibersegurança",
        "Dados pessoais",
    ]


def test_a_colonless_tag_line_after_the_story_is_metadata() -> None:
    art = newsclean.clean(f"{STORY}\n\n{MORE}\n\nTagged bridges, city council, repairs")
    assert art.tags == ("bridges", "city council", "repairs")
    assert art.paragraphs == (STORY, MORE)


@pytest.mark.parametrize("cue", ["Topics", "Tags:", "Themen"])
def test_tags_printed_one_per_line_under_their_cue_after_the_story(cue: str) -> None:
    tags = ["Town planning", "Housing", "Retail industry"]
    art = newsclean.clean("\n\n".join([STORY, MORE, cue, *tags]))
    assert art.tags == tuple(tags)
    assert art.paragraphs == (STORY, MORE)
    assert {r.text: r.reason for r in art.removed if r.text in tags} == dict.fromkeys(
        tags, "extract_metadata.tag_list"
    )


def test_a_cue_word_over_the_story_s_own_lines_takes_none() -> None:
    # one label, or lines with a sentence among them, are no list of tags
    for after in (["Housing"], ["Housing", "The plan is due in May."]):
        art = newsclean.clean("\n\n".join([STORY, MORE, "Topics", *after]))
        assert art.tags == ()
        assert not any(r.reason.endswith("tag_list") for r in art.removed)


def test_contacts() -> None:
    assert find_emails("Mail news@example.com, not user@localhost.") == ["news@example.com"]
    assert find_urls("See https://example.com/a/b?c=1. Or www.example.org!") == [
        "https://example.com/a/b?c=1",
        "www.example.org",
    ]
    assert find_handles("Follow @jane_doe, mail jane@example.com") == ["@jane_doe"]


def test_fields_read_from_the_tail() -> None:
    text = "\n\n".join(
        [
            "Bridge to close",
            STORY,
            MORE,
            "Get in touch with our news team by emailing us at tips@example-herald.co.uk.",
            "Tags: bridges, repairs",
            "Categorized as Local",
            "© 2019 Example Herald Media. All rights reserved.",
        ]
    )
    art = extract_metadata(text)
    assert art.publisher == "Example Herald Media"
    assert art.emails == ("tips@example-herald.co.uk",)
    assert art.tags == ("bridges", "repairs")
    assert art.section == "Local"
    assert art.paragraphs[:2] == (STORY, MORE)
    for field in ("publisher", "emails", "tags", "section"):
        src = art.source_of(field)
        assert src is not None
        assert src.cleaner == "extract_metadata"
        assert 0 <= src.start < src.end <= len(text)


def test_related_titles_from_related_lines() -> None:
    lines = [
        "Bridge to close",
        STORY,
        "Read More:",
        "Council approves new ferry timetable",
        "MORE : Engineers warn of rust on second bridge",
        MORE,
    ]
    art = as_article("\n\n".join(lines))
    blocks = list(art.blocks)
    for i in (2, 3, 4):
        blocks[i] = attrs.evolve(blocks[i], label=labels.RELATED, cleaner="test", rule="r")
    art = extract_metadata(attrs.evolve(art, blocks=tuple(blocks)))
    assert art.related == (
        "Council approves new ferry timetable",
        "Engineers warn of rust on second bridge",
    )


def test_explainer_box_is_not_a_list_of_titles() -> None:
    lines = ["Bridge to close", STORY, "Bridges: what you need to know", MORE, MORE, STORY]
    art = as_article("\n\n".join(lines))
    blocks = list(art.blocks)
    for i in (2, 3, 4):
        blocks[i] = attrs.evolve(blocks[i], label=labels.RELATED, cleaner="test", rule="r")
    assert extract_metadata(attrs.evolve(art, blocks=tuple(blocks))).related == ()


@pytest.mark.parametrize(
    "line",
    ["Read more: Council approves bridge plan", "Lire aussi | Council approves bridge plan"],
)
def test_a_related_cue_with_a_colon_or_a_pipe_leaves_the_title(line: str) -> None:
    assert related_title(line) == "Council approves bridge plan"


@pytest.mark.parametrize("line", ["Read More:", "Related Articles", "MORE :"])
def test_bare_related_headers_are_not_titles(line: str) -> None:
    assert related_title(line) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Der Rat hat am Montag beschlossen, dass die alte Brücke für ein Jahr gesperrt wird.",
            "de",
        ),
        (
            "Le conseil a décidé lundi que le vieux pont sera fermé pour des travaux.",
            "fr",
        ),
        (
            "El consejo decidió el lunes que el viejo puente se cerrará por obras durante un año.",
            "es",
        ),
        (
            "Il consiglio ha deciso lunedì che il vecchio ponte sarà chiuso per lavori.",
            "it",
        ),
        (
            "O conselho decidiu que a ponte será fechada para obras, "
            "e os moradores não foram ouvidos pela prefeitura.",
            "pt",
        ),
        (
            "De raad heeft maandag besloten dat de oude brug een jaar dicht gaat.",
            "nl",
        ),
        (STORY, "en"),
        ("Городской совет в понедельник решил закрыть старый мост на ремонт.", "ru"),
        ("市議会は月曜日、古い橋を修理のために一年間閉鎖することを決めた。", "ja"),
        ("12345 67890", None),
    ],
)
def test_language_guess(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@pytest.mark.parametrize(
    ("line", "section"),
    [
        ("NEWS", "News"),
        ("Science & Astronomy", "Science & Astronomy"),
        ("Watch Live", None),  # a button
        ("Follow Example Business", None),
        ("Copy", None),
        ("November", None),  # a date part
        ("Five Words Are Too Many", None),
    ],
)
def test_kicker_section(line: str, section: str | None) -> None:
    assert kicker_section(line) == section
