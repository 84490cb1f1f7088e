"""Whole pages in other languages through the default pipeline: headline, byline and
the story's first paragraph come out right together."""

from __future__ import annotations

import newsclean

GERMAN_PAGE = "\n".join(
    [
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
        "Akzeptieren",
        "Startseite",
        "Politik",
        "Wirtschaft",
        "Brücke am Hafen wird für ein Jahr gesperrt",
        "Von Anna Schmidt und Peter Müller",
        "19.11.2019, 14:35 Uhr",
        "HAMBURG (dpa) - Der Stadtrat hat am Dienstag nach langem Streit die Sperrung der "
        "alten Hafenbrücke beschlossen. Die Reparatur soll ein Jahr dauern.",
        "Anzeige",
        "Die Opposition kritisierte den Beschluss als überhastet. Viele Pendler seien "
        "verunsichert, sagte ein Sprecher im Anschluss an die Sitzung.",
        "Die Arbeiten sollen im Januar beginnen, wenn das Geld bereitsteht. Der Senat "
        "berät im Dezember darüber.",
        "Lesen Sie auch: Was die Sperrung für Radfahrer bedeutet",
        "Mehr zum Thema",
        "Teilen",
        "Facebook Twitter WhatsApp E-Mail",
        "© 2019 Beispiel Zeitung GmbH. Alle Rechte vorbehalten.",
        "Impressum",
        "Datenschutz",
    ]
)


def test_a_german_page_gives_headline_authors_and_the_whole_story() -> None:
    # the byline is read with the page's language (German "Von … und …"), and the
    # paragraph opening with the dateline is the story's first even on a page this
    # short, where the model alone scores it furniture next to an ad
    art = newsclean.clean(GERMAN_PAGE)
    assert art.title == "Brücke am Hafen wird für ein Jahr gesperrt"
    assert art.authors == ("Anna Schmidt", "Peter Müller")
    assert art.published == "2019-11-19"
    assert art.agency == "dpa"
    assert art.language == "de"
    assert len(art.paragraphs) == 3
    assert art.paragraphs[0].startswith("HAMBURG (dpa) - Der Stadtrat")
    assert not {"Anzeige", "Teilen", "Facebook Twitter WhatsApp E-Mail"} & set(art.paragraphs)


ENGLISH_PAGE = "\n".join(
    [
        "Skip to main content",
        "Sections",
        "U.S.",
        "World",
        "Sign In",
        "Harbour bridge to close for a year of repairs",
        "Officials say the crossing will be checked by spring",
        "By Jane Doe and John Smith, Associated Press",
        "Published 3:04 PM ET, Tue November 19, 2019",
        "Updated 5:10 PM ET, Tue November 19, 2019",
        "PORTLAND, Maine (AP) — City officials on Tuesday ordered the old harbour bridge "
        "closed after inspectors found cracks in two of its piers.",
        "Advertisement",
        "Story continues below advertisement",
        "The bridge had been rated in poor condition for a decade, according to federal "
        "records, and carries about twelve thousand cars a day.",
        '"We are not going to wait for it to fall," the mayor said at a news conference.',
        "RELATED: Here are the worst-rated bridges in the state",
        "Copyright 2019 The Associated Press. All rights reserved.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "12 Comments",
    ]
)


def test_an_english_page_with_a_standfirst_between_headline_and_byline() -> None:
    # the standfirst ("… checked by spring") is neither the headline nor a byline
    art = newsclean.clean(ENGLISH_PAGE)
    assert art.title == "Harbour bridge to close for a year of repairs"
    assert art.subtitle == "Officials say the crossing will be checked by spring"
    assert art.authors == ("Jane Doe", "John Smith")
    assert art.published == "2019-11-19T15:04:00-05:00"
    assert art.updated == "2019-11-19T17:10:00-05:00"
    assert art.agency == "AP"
    assert art.related == ("Here are the worst-rated bridges in the state",)
    assert len(art.paragraphs) == 3
    assert art.paragraphs[0].startswith("PORTLAND, Maine (AP) — City officials")
