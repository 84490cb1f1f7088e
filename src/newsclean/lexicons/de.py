"""German boilerplate cues and function words.

Source: written for newsclean from common German news-site furniture
(Kommentarformulare, Teilen-Leisten, Newsletter-Hinweise, Cookie-Banner).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "diskutieren sie mit",
        "zu den kommentaren",
        "kommentare anzeigen",
        "deine e-mail-adresse wird nicht veröffentlicht",
        "deine e-mail-adresse wird nicht veröffentlicht.",
        "ihre e-mail-adresse wird nicht veröffentlicht",
        "ihre e-mail-adresse wird nicht veröffentlicht.",
        "kommentare",
        "kommentar schreiben",
        "kommentieren",
        "schreibe einen kommentar",
        "hinterlasse einen kommentar",
        "keine kommentare",
        "0 kommentare",
        "deine e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert",
        "ihre e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert",
        "jetzt kommentieren",
        "kommentar verfassen",
        "die kommentarfunktion ist für diesen artikel geschlossen",
        "die kommentarfunktion ist für diesen artikel geschlossen.",
        "kommentare sind für diesen artikel geschlossen",
        "kommentare sind für diesen artikel geschlossen.",
        "die kommentarfunktion ist geschlossen",
        "die kommentarfunktion ist geschlossen.",
        "jetzt mitdiskutieren",
        "jetzt mitdiskutieren!",
    ),
    "share": (
        "link kopieren",
        "teilen",
        "artikel teilen",
        "auf facebook teilen",
        "auf twitter teilen",
        "per e-mail teilen",
        "drucken",
        "folgen sie uns",
        "diesen artikel teilen",
        "artikel drucken",
        "artikel versenden",
        "seite drucken",
        "artikel merken",
        "zur merkliste hinzufügen",
        "merken",
        "themen folgen",
        "thema folgen",
        "teilen sie diesen artikel",
        "teilen kommentieren",
        "diese meldung teilen",
        "folgen",
        "autor folgen",
    ),
    "navigation": (
        "mehr laden",
        "weitere einträge laden",
        "ältere einträge laden",
        "artikel vorlesen lassen",
        "artikel zum hören",
        "direkt zum inhalt",
        "zum hauptinhalt springen",
        "zum hauptinhalt",
        "startseite",
        "suche",
        "menü",
        "anmelden",
        "abmelden",
        "registrieren",
        "zurück",
        "weiter",
        "nach oben",
        "zum inhalt springen",
        "mehr anzeigen",
        "schließen",
        "zum seitenanfang",
        "zur startseite",
        "zurück zur startseite",
        "audio abspielen",
        "artikel vorlesen",
        "artikel anhören",
        "jetzt artikel anhören",
        "artikel jetzt anhören",
        "beitrag anhören",
        "nächste seite",
        "vorherige seite",
        "zum artikel",
        "zur übersicht",
        "zurück zur übersicht",
        "jetzt lesen",
        "neueste einträge zuerst",
        "älteste einträge zuerst",
        "seite aktualisieren",
        "nächste seite",
        "vorherige seite",
        "ältere beiträge laden",
        "aktualisieren",
        "inhaltsverzeichnis",
        "dieses thema im programm:",
        "ticker aktualisieren",
        "jetzt aktualisieren",
        "liveblog aktualisieren",
        "neueste beiträge zuerst",
        "älteste beiträge zuerst",
        "liveticker aktualisieren",
    ),
    "metadata": (
        "redaktion",
        "veröffentlicht",
        "aktualisiert",
        "von",
        "stand",
        "schlagworte",
        "themen",
    ),
    "related": (
        "lesen sie mehr",
        "unsere empfehlungen",
        "empfehlungen der redaktion",
        "weitere nachrichten",
        "mehr aus dem ressort",
        "mehr zum thema",
        "weitere artikel",
        "das könnte sie auch interessieren",
        "auch interessant",
        "meistgelesen",
        "empfehlungen",
        "lesen sie auch",
        "mehr lesen",
        "weiterlesen",
        "empfohlene artikel",
        "weitere artikel aus der region",
        "zum thema",
        "weitere nachrufe",
        "weitere ratgeber",
        "mehr nachrufe",
        "artikel zum thema",
        "weitere artikel zum thema",
        "siehe auch",
        "lesen sie dazu",
    ),
    "ads": ("gesponsert", "anzeige", "werbung", "sponsored", "weiterlesen nach der anzeige"),
    "promo": (
        "weiterlesen mit abo",
        "jetzt weiterlesen",
        "jederzeit kündbar",
        "artikel verschenken",
        "push-benachrichtigungen aktivieren",
        "jetzt die app herunterladen",
        "app herunterladen",
        "newsletter",
        "newsletter abonnieren",
        "jetzt abonnieren",
        "jetzt anmelden",
        "plus-artikel",
        "abo-artikel",
        "sie möchten weiterlesen?",
        "abonnieren",
        "jetzt kostenlos anmelden",
        "kostenlos anmelden",
    ),
    "legal": (
        "impressum",
        "datenschutzerklärung",
        "agb",
        "nutzungsbedingungen",
    ),
    "contact": (
        "fehler gefunden? jetzt melden",
        "rückfragen bitte an",
        "kontakt",
        "fehler melden",
        "fehler gefunden?",
    ),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "ads": ("preisvergleich:",),
    "navigation": (
        "artikel anhören ·",
        "sie sind hier:",
        "sie befinden sich hier:",
        "du bist hier:",
        "hören sie diesen artikel",
        "dieses thema im programm:",
    ),
    "metadata": (
        "original-content von:",
        "dieser artikel erschien zuerst",
        "dieser beitrag erschien zuerst",
        "dieser text erschien zuerst",
        "dieser artikel erschien",
        "dieser beitrag erschien",
        "dieser text erschien",
        "schlagwörter zu diesem artikel:",
        "schlagwörter:",
        "dpa-infocom, dpa:",
        "sendung:",
    ),
    "related": (
        "weitere meldungen aus",
        "lesen sie auch:",
        "das könnte sie auch interessieren:",
        "mehr zum thema:",
        "auch interessant:",
        "lesen sie mehr:",
        "also wichtig:",
        "beliebt:",
        "meistgelesen:",
        "im trend:",
    ),
    "section": ("kategorie:", "rubrik:"),
    "comments": (
        "diskutieren sie mit",
        "war dieser artikel hilfreich",
        "kommentare anzeigen (",
    ),
    "promo": (
        "newsletter:",
        "jetzt weiterlesen mit",
        "sie haben bereits ein abo",
        "sie sind bereits abonnent",
        "bereits abonnent?",
        "dieser artikel ist nur für abonnenten",
        "e-mail-adresse eingeben",
    ),
    "legal": (
        "transparenzhinweis:",
        "mit der anmeldung stimmen sie",
    ),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "aber",
        "als",
        "also",
        "am",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "bis",
        "das",
        "dass",
        "dem",
        "den",
        "der",
        "des",
        "die",
        "dies",
        "doch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "es",
        "für",
        "hat",
        "hatte",
        "ich",
        "ihr",
        "im",
        "in",
        "ist",
        "ja",
        "kann",
        "mit",
        "nach",
        "nicht",
        "noch",
        "nur",
        "oder",
        "sich",
        "sie",
        "sind",
        "so",
        "um",
        "und",
        "uns",
        "von",
        "vor",
        "war",
        "wie",
        "wir",
        "wird",
        "wurde",
        "zu",
        "zum",
        "zur",
        "über",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    # a reader's tip asked for ("… Schicken Sie uns einen Hinweis an …")
    "contact": (
        "schicken sie uns einen hinweis",
        "schicken sie uns ihren hinweis",
        "schicken sie sie uns",
        "schicken sie uns ihre",
        "senden sie uns ihre",
        "haben sie fotos oder videos",
    ),
    "legal": (
        "unter umständen eine provision",
        "wenn sie über links in diesem artikel einkaufen",
        "enthält affiliate-links",
        "affiliate-links",
        "diese website verwendet cookies",
        "diese seite verwendet cookies",
        "diese website nutzt cookies",
        "diese seite nutzt cookies",
        "wir verwenden cookies",
        "wir und unsere partner verwenden cookies",
        "wir und unsere partner speichern",
        "sie können ihre einwilligung jederzeit",
        "wir verwenden cookies und ähnliche technologien",
        "cookie-einstellungen",
        "alle rechte vorbehalten",
        "datenschutz",
        "kursangaben ohne gewähr",
        "alle angaben ohne gewähr",
        "impressum",
        "nutzungsbedingungen",
        "gibt die meinung des autors wieder",
        "gibt die meinung der autorin wieder",
    ),
    "promo": (
        "jetzt kostenlos herunterladen",
        "in unserer app",
        "wo es podcasts gibt",
        "plus-abonnent",
        "mit plus weiterlesen",
        "newsletter",
        "jetzt abonnieren",
        "abonnieren sie",
        "probeabo",
        "jetzt kostenlos testen",
        "jetzt kostenlos registrieren",
        "jetzt registrieren und",
        "keinen zugang zu diesem artikel",
        "alle plus-artikel lesen",
        "€ testen",
        "euro testen",
    ),
    "share": ("folgen sie uns",),
    "comments": (
        "um einen kommentar zu schreiben",
        "kommentare sind geschlossen",
        "bitte beachten sie unsere community-richtlinien",
        "um ein posting zu verfassen",
    ),
    "metadata": (),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "das wichtigste in kürze",
    "das wichtigste im überblick",
    "was wir wissen",
    "auf einen blick",
    "in kürze",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "was sie wissen müssen",
    "alles was sie wissen müssen",
    "die wichtigsten fakten",
    "das wichtigste in kürze",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "kommentare",
    "leserkommentare",
    "diskussion",
    "alle kommentare anzeigen",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "mehr zum",
    "mehr rezepte",
    "weitere rezepte",
    "das könnte sie auch interessieren",
    "das könnte dich auch interessieren",
    "mehr zum thema",
    "weitere artikel",
    "verwandte artikel",
    "ähnliche artikel",
    "meistgelesen",
    "meistgelesene artikel",
    "mehr aus",
    "mehr von",
    "lesen sie auch",
    "auch interessant",
    "unsere empfehlungen",
    "weitere artikel von",
    "mehr zur",
    "weitere nachrichten aus",
    "weitere artikel aus",
    "weitere nachrichten zu",
    "weitere nachrichten zum",
    "weitere nachrichten zur",
    "mehr nachrichten zu",
    "mehr nachrichten zum",
    "mehr nachrichten zur",
    "diese artikel könnten sie auch interessieren",
    "diese artikel könnten sie auch interessieren:",
    "neueste nachrichten",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "über",
    "über den autor",
    "über die autorin",
    "über uns",
    "über das unternehmen",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "pressekontakt",
    "medienkontakt",
    "kontakt für medien",
    "kontakt für journalisten",
    "pressekontakte",
    "ansprechpartner für die presse",
    "medienanfragen",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "folgen sie",
    "folge uns",
    "folgt uns",
)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "schreiben sie an",
    "schreiben sie uns",
    "e-mail an",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("foto", "fotos", "bild", "bilder", "videos"),
    "comments": (
        "kommentar",
        "kommentare",
        "leserkommentare",
        "antwort",
        "antworten",
        "posting",
        "postings",
    ),
    "share": ("shares", "likes"),
    "metadata": ("aufrufe", "min. lesezeit", "min lesezeit", "minuten lesezeit"),
}
"""Nouns counted next to a number ("12 Kommentare", "3 Min. Lesezeit")."""

READING_TIME_CUES: tuple[str, ...] = ("lesezeit", "lesedauer")
"""Openings of a reading-time line ("Lesezeit: 4 Minuten")."""

MORE_WORDS: tuple[str, ...] = ("mehr", "weitere", "meistgelesen", "meistgelesene", "beliebt")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "teile",
    "teilen",
    "drucken",
    "herunterladen",
    "senden",
    "twittern",
    "mailen",
    "merken",
    "kopieren",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "kommentieren",
    "kommentare",
    "anhören",
    "vorlesen",
    "speichern",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

FOLLOW_OBJECTS: tuple[str, ...] = ("uns",)
"""Whom a follow prompt asks to follow when not a name ("Follow us at …")."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "gehört zum angebot von",
        "melden sie sich für unseren",
        "laden sie jetzt unsere",
        "hören sie auch die neue folge",
        "für abonnenten",
        "bereits abonnent",
        "bereits ein abo",
        "mit abo",
        "weiterlesen mit",
        "jederzeit kündbar",
        "unseren newsletter",
        "unserem newsletter",
        "newsletter abonnieren",
    ),
    "legal": ("cookies akzeptieren",),
    "share": ("teilen auf",),
    "comments": (
        "kommentare werden moderiert",
        "um kommentare verfassen zu können",
        "um kommentieren zu können",
        "zum kommentieren bitte",
    ),
    "metadata": ("gekürzt und redigiert",),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "du",
    "dein",
    "deine",
    "deinen",
    "dich",
    "dir",
    "ihr",
    "euch",
    "euer",
    "eure",
    "wir",
    "uns",
    "unser",
    "unsere",
    "unseren",
    "unserem",
    "unserer",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "startseite",
    "home",
    "nachrichten",
    "news",
    "lokales",
    "region",
    "regionales",
    "politik",
    "wirtschaft",
    "finanzen",
    "sport",
    "fußball",
    "kultur",
    "unterhaltung",
    "leben",
    "panorama",
    "wissen",
    "gesundheit",
    "reise",
    "auto",
    "digital",
    "meinung",
    "wetter",
    "video",
    "videos",
    "podcast",
    "podcasts",
    "service",
    "abo",
    "e-paper",
    "traueranzeigen",
    "anzeigen",
    "karriere",
    "immobilien",
    "ratgeber",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("hier",)
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "lesen sie",
    "lies",
    "sehen sie",
    "hören sie",
    "mehr dazu",
    "mehr infos",
    "alle infos",
    "zum",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = (
    "lesen sie hier",
    "finden sie hier",
    "sehen sie hier",
    "hören sie hier",
    "gibt es hier",
)
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "korrektur:",
    "berichtigung:",
    "anmerkung der redaktion:",
    "in einer früheren version",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "sonnig",
    "heiter",
    "bewölkt",
    "wolkig",
    "bedeckt",
    "regen",
    "schauer",
    "nebel",
    "schnee",
    "gewitter",
    "klar",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter",
    "newsletters",
)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = (
    "jeden",
    "jede",
    "jeder",
    "täglich",
    "wöchentlich",
)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = (
    "weiterlesen",
    "mehr lesen",
)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
