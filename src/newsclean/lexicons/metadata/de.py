"""German metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way German-language news sites print
bylines and timestamps ("Von Jana Schmidt", "Veröffentlicht am 19. November
2019, 09:01 Uhr", "Aktualisiert vor 2 Stunden"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1,
    "jänner": 1,
    "jan": 1,
    "februar": 2,
    "feber": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mrz": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "dez": 12,
}

WEEKDAYS = (
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonnabend",
    "sonntag",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
)

BYLINE_CUES = (
    "von unserem korrespondenten",
    "von unserer korrespondentin",
    "von unserem reporter",
    "von unserer reporterin",
    "von unserem redakteur",
    "von unserer redakteurin",
    "von unserem mitarbeiter",
    "von unserer mitarbeiterin",
    "von unseren korrespondenten",
    "von unseren redakteuren",
    "veröffentlicht von",
    "von",
    "text",
    "autor",
    "autorin",
    "autoren",
    "geschrieben von",
    "ein beitrag von",
    "ein artikel von",
    "artikel von",
    "eine analyse von",
    "ein kommentar von",
    "ein interview von",
    "interview von",
    "kommentar von",
    "analyse von",
    "rezension von",
    "eine rezension von",
    "eine kritik von",
    "eine reportage von",
    "ein essay von",
    "das gespräch führte",
    "das interview führte",
    "ein nachruf von",
    "eine kolumne von",
    "kolumne von",
    "interview:",  # with its colon: "Interview Anna Lehmann" may name the one asked
    "text und fotos",
    "text und bilder",
)

PUBLISHED_CUES = (
    "veröffentlicht",
    "veröffentlicht am",
    "publiziert",
    "publiziert am",
    "erschienen",
    "erschienen am",
    "erstellt",
    "erstellt am",
    "datum",
)

UPDATED_CUES = (
    "aktualisiert",
    "aktualisiert am",
    "zuletzt aktualisiert",
    "geändert",
    "zuletzt geändert",
    "stand",
)

RELATIVE_UNITS: dict[str, str] = {
    "sekunde": "second",
    "sekunden": "second",
    "minute": "minute",
    "minuten": "minute",
    "min": "minute",
    "stunde": "hour",
    "stunden": "hour",
    "std": "hour",
    "tag": "day",
    "tagen": "day",
    "woche": "week",
    "wochen": "week",
    "monat": "month",
    "monate": "month",
    "monaten": "month",
    "jahr": "year",
    "jahre": "year",
    "jahren": "year",
}

AGO_BEFORE = ("vor",)

AGO_AFTER: tuple[str, ...] = ()

TODAY = (
    "heute",
    "gerade eben",
)

YESTERDAY = ("gestern",)

ONE = (
    "einer",
    "einem",
    "eins",
    "ein",
    "einen",
)

BIO_ROLES = (
    "redakteur",
    "redakteurin",
    "redaktor",
    "redaktorin",
    "reporter",
    "reporterin",
    "korrespondent",
    "korrespondentin",
    "journalist",
    "journalistin",
    "autor",
    "autorin",
    "kolumnist",
    "kolumnistin",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "volontär",
    "volontärin",
    "chefredakteur",
    "chefredakteurin",
    "fotograf",
    "fotografin",
    "leitender",
    "leitende",
    "freier",
    "freie",
    "mitarbeiter",
    "mitarbeiterin",
)

ORG_WORDS = (
    "redaktion",
    "nachrichten",
    "zeitung",
    "verlag",
    "agentur",
    "presse",
    "online",
    "magazin",
    "team",
    "gmbh",
    "ag",
    # public bodies that send press releases ("Polizeipräsidium Niederbayern-Süd")
    "polizeipräsidium",
    "polizeidirektion",
    "polizeiinspektion",
    "polizei",
    "landratsamt",
    "stadtverwaltung",
    "pressestelle",
    "ministerium",
    "feuerwehr",
)

NOT_NAME_WORDS = (
    "der",
    "die",
    "das",
    "und",
    "oder",
    "von",
    "mit",
    "für",
    "auf",
    "im",
    "in",
    "am",
    "zum",
    "zur",
    "ein",
    "eine",
    "teilen",
    "drucken",
    "kommentare",
    "kommentar",
    "folgen",
    "mehr",
    "lesen",
    "artikel",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "video",
    "anzeige",
    "startseite",
    "suche",
    "veröffentlicht",
    "aktualisiert",
    "uhr",
    "heute",
    "gestern",
    "quelle",
    "zurück",
    "weiter",
    "profil",
    "newsletter",
    "abonnieren",
    "merken",
    "lesezeit",
    "minuten",
    "fotografie",
)

AUTHOR_CONNECTORS = (
    "und",
    "&",
)

TAG_CUES = (
    "schlagwörter",
    "schlagworte",
    "themen",
    "stichwörter",
    "tags",
)

SECTION_CUES = (
    "kategorie",
    "kategorien",
    "rubrik",
    "ressort",
)

RELATED_CUES = (
    "mehr zum thema",
    "lesen sie auch",
    "auch interessant",
    "mehr dazu",
    "weiterlesen",
    "das könnte sie auch interessieren",
)

RIGHTS_RESERVED = ("alle rechte vorbehalten",)

STOPWORDS = (
    "der",
    "die",
    "und",
    "in",
    "den",
    "von",
    "zu",
    "das",
    "mit",
    "sich",
    "des",
    "auf",
    "für",
    "ist",
    "im",
    "dem",
    "nicht",
    "ein",
    "eine",
    "als",
    "auch",
    "es",
    "an",
    "werden",
    "aus",
    "er",
    "hat",
    "dass",
    "sie",
    "nach",
    "wird",
    "bei",
    "einer",
    "um",
    "am",
    "sind",
    "noch",
    "wie",
    "einem",
    "über",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "startseite",
    "home",
)

CAPTION_CUES = (
    "foto",
    "bild",
    "bildquelle",
    "quelle",
    "video",
    "grafik",
)

BIO_OPENINGS = (
    "ist",
    "war",
    "schreibt",
    "berichtet",
)

BIO_SIGNALS = (
    "lebt in",
    "lebt mit",
    "lebt und arbeitet",
    "schreibt über",
    "schreibt für",
    "ist autorin",
    "ist autor",
    "ihr neues buch",
    "sein neues buch",
    "ihr jüngstes buch",
    "sein jüngstes buch",
    "und schreibt",
)

COLLECTIVE_WORDS = (
    "redaktion",
    "team",
)

AUTHOR_LINK_WORDS = (
    "artikel",
    "beiträge",
    "profil",
    "autorenseite",
)

BY_MEANS = (
    "hand",
    "oben",
    "unten",
    "außen",
    "innen",
    "vorn",
    "vorne",
    "hinten",
    "links",
    "rechts",
    "weitem",
    "nahem",
    "neuem",
    "heute",
    "morgen",
    "damals",
    "nun",
    "telefon",
    "post",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
