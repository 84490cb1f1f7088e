"""Newsletter sign-up boxes inside a story: the whole box goes, the story stays."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import strip_boilerplate
from test_boilerplate import PARAGRAPHS

STORIES = {
    # the English story of the boilerplate tests, cut in two around the box
    "en": (PARAGRAPHS[:2], PARAGRAPHS[2:]),
    "fr": (
        [
            "Le conseil municipal a voté lundi la fermeture du vieux pont pour des travaux, "
            "après la découverte de fissures profondes dans deux de ses piliers.",
            "Les automobilistes devront emprunter la rocade, ce qui allonge le trajet d'une "
            "dizaine de minutes pour la plupart des habitants, selon la mairie.",
        ],
        [
            "Le maire estime que le chantier devrait être achevé avant la fin de l'année, "
            "même si l'entreprise prévient qu'un hiver rigoureux pourrait le retarder.",
            "Les commerçants de la rue du marché craignent une baisse de fréquentation et "
            "demandent une aide de la commune pour payer leurs loyers.",
        ],
    ),
    "it": (
        [
            "Il consiglio comunale ha approvato lunedì la chiusura del vecchio ponte per i "
            "lavori, dopo che i tecnici hanno trovato crepe profonde in due piloni.",
            "Gli automobilisti dovranno usare la tangenziale, che allunga il tragitto di "
            "circa dieci minuti per la maggior parte dei pendolari, ha spiegato il Comune.",
        ],
        [
            "Il sindaco ha detto che il cantiere dovrebbe chiudersi entro la fine dell'anno, "
            "anche se l'impresa avverte che un inverno rigido potrebbe causare ritardi.",
            "I negozianti della via del mercato temono un calo dei clienti e hanno chiesto al "
            "Comune un aiuto per pagare gli affitti durante la chiusura.",
        ],
    ),
    "pt": (
        [
            "A câmara municipal aprovou na segunda-feira o encerramento da ponte velha para "
            "obras, depois de os engenheiros terem encontrado fissuras em dois pilares.",
            "Os condutores terão de usar a circular, o que acrescenta cerca de dez minutos à "
            "viagem da maioria dos utentes, segundo a autarquia.",
        ],
        [
            "O presidente da câmara disse que a obra deverá estar concluída antes do fim do "
            "ano, embora o empreiteiro avise que um inverno rigoroso a pode atrasar.",
            "Os comerciantes da rua do mercado temem perder clientes e pediram à autarquia "
            "ajuda para pagar as rendas enquanto a ponte estiver fechada.",
        ],
    ),
    "de": (
        [
            "Der Gemeinderat hat am Montag beschlossen, die alte Brücke für Reparaturen zu "
            "sperren, nachdem Ingenieure tiefe Risse in zwei Pfeilern gefunden hatten.",
            "Autofahrer müssen über die Umgehungsstraße ausweichen, was die Fahrt für die "
            "meisten Pendler um etwa zehn Minuten verlängert, teilte die Stadt mit.",
        ],
        [
            "Der Bürgermeister sagte, die Arbeiten sollten bis Jahresende abgeschlossen sein, "
            "auch wenn die Baufirma vor Verzögerungen durch einen kalten Winter warnt.",
            "Die Händler in der Marktstraße fürchten weniger Kundschaft und haben die Stadt "
            "um Hilfe bei der Miete gebeten, solange die Brücke gesperrt ist.",
        ],
    ),
}


@pytest.mark.parametrize(
    ("language", "box"),
    [
        (
            "en",
            [
                "Don't miss a story",
                "Get the Valley Briefing newsletter every weekday morning.",
                "Sign up",
            ],
        ),
        (
            "fr",
            [
                "Newsletter Culture",
                "Chaque vendredi, les sorties de la semaine sélectionnées par la rédaction.",
                "Votre adresse e-mail",
                "S'inscrire",
            ],
        ),
        (
            "it",
            [
                "La newsletter di Economia",
                "Ogni mattina le notizie che contano per il tuo portafoglio.",
                "Iscriviti",
            ],
        ),
        (
            "pt",
            [
                "Newsletter",
                "Ciência ao Sábado",
                "Todas as semanas, as descobertas que estão a mudar o mundo.",
                "Subscrever",
            ],
        ),
        (
            "de",
            [
                "Newsletter",
                "Stadt am Morgen: Die wichtigsten Nachrichten – jeden Werktag um 6 Uhr im "
                "Postfach.",
                "Jetzt kostenlos anmelden",
            ],
        ),
    ],
)
def test_a_newsletter_box_inside_the_story_goes_whole(language: str, box: list[str]) -> None:
    # found by held-out probes: extractors keep the box as short lines in the story
    before, after = STORIES[language]
    art = strip_boilerplate("\n\n".join([*before, *box, *after]))
    assert art.paragraphs == (*before, *after)
    assert {r.kind for r in art.removed} == {"promo"}
    assert "strip_boilerplate.newsletter_box" in {r.reason for r in art.removed}


def test_the_story_s_crosshead_under_the_box_stays() -> None:
    before, after = STORIES["en"]
    box = ["Don't miss a story", "Get the Valley Briefing newsletter every weekday.", "Sign up"]
    crosshead = "What happens next"
    art = strip_boilerplate("\n\n".join([*before, *box, crosshead, *after]))
    assert art.paragraphs == (*before, crosshead, *after)


def test_a_crosshead_right_over_the_button_stays() -> None:
    # a heading counts as the newsletter's name only over its pitch
    before, after = STORIES["en"]
    crosshead = "What happens next"
    box = ["Sign up", "Get the Valley Briefing newsletter every weekday."]
    art = strip_boilerplate("\n\n".join([*before, crosshead, *box, *after]))
    assert art.paragraphs == (*before, crosshead, *after)


def test_a_button_over_a_sentence_speaking_to_the_reader_is_no_box() -> None:
    # no newsletter named and no "every …": a story's line under a stray button
    before, after = STORIES["en"]
    line = "If you drive to work, your trip will take longer."
    art = strip_boilerplate("\n\n".join([*before, "Sign up", line, *after]))
    assert line in art.paragraphs


def test_the_rule_can_be_disabled() -> None:
    before, after = STORIES["en"]
    pitch = "Get the Valley Briefing newsletter every weekday morning."
    text = "\n\n".join([*before, pitch, "Sign up", *after])
    assert pitch not in strip_boilerplate(text).paragraphs
    kept = strip_boilerplate(text, disable_rules=["newsletter_box"]).paragraphs
    assert pitch in kept


def test_the_whole_pipeline_leaves_the_story() -> None:
    before, after = STORIES["fr"]
    box = ["Newsletter Culture", "Chaque vendredi, les sorties de la semaine.", "S'inscrire"]
    art = newsclean.clean("\n\n".join([*before, *box, *after]))
    # the pipeline curls the story's apostrophes; the box's lines are gone
    assert len(art.paragraphs) == len(before) + len(after)
    assert [r.text for r in art.removed] == box


@pytest.mark.parametrize(
    "lines",
    [
        # found by review: a crosshead naming a briefing, a menu's button over a story
        # sentence opening with "Every", a story's sentence reporting speech under a box
        ["After the briefing", "We have no plans to stop the strikes, a spokesman said."],
        ["Every sector finished in negative territory. Energy was the best performer.", "VIDEO"],
        ["Newsletter", "Sign up", "Each of the four supports will be replaced, officials said."],
    ],
)
def test_story_lines_next_to_buttons_and_briefings_stay(lines: list[str]) -> None:
    before, after = STORIES["en"]
    art = strip_boilerplate("\n\n".join([*before, *lines, *after]))
    story = [line for line in lines if line.endswith(".")]
    for line in story:
        assert line in art.paragraphs
