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
