"""Italian metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way Italian-language news sites print
bylines and timestamps ("di Giulia Rossi", "Pubblicato il 19 novembre 2019",
"Aggiornato 2 ore fa"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "gennaio": 1,
    "gen": 1,
    "febbraio": 2,
    "feb": 2,
    "marzo": 3,
    "mar": 3,
    "aprile": 4,
    "apr": 4,
    "maggio": 5,
    "mag": 5,
    "giugno": 6,
    "giu": 6,
    "luglio": 7,
    "lug": 7,
    "agosto": 8,
    "ago": 8,
    "settembre": 9,
    "set": 9,
    "sett": 9,
    "ottobre": 10,
    "ott": 10,
    "novembre": 11,
    "nov": 11,
    "dicembre": 12,
    "dic": 12,
}

WEEKDAYS = (
    "lunedì",
    "lunedi",
    "martedì",
    "martedi",
    "mercoledì",
    "mercoledi",
    "giovedì",
    "giovedi",
    "venerdì",
    "venerdi",
    "sabato",
    "domenica",
    "lun",
    "mar",
    "mer",
    "gio",
    "ven",
    "sab",
    "dom",
)

BYLINE_CUES = (
    "dal nostro inviato",
    "dalla nostra inviata",
    "dal nostro corrispondente",
    "dalla nostra corrispondente",
    "dall'inviato",
    "dall'inviata",
    "dall’inviato",
    "dall’inviata",
    "un articolo di",
    "articolo di",
    "pubblicato da",
    "di",
    "a cura di",
    "autore",
    "autrice",
    "scritto da",
    "analisi di",
    "intervista di",
    "commento di",
    "testo:",  # with its colon: "Testo integrale" heads a speech's text
    "testo di",
    "testo e foto",
    "testi e foto",
)

PUBLISHED_CUES = (
    "pubblicato",
    "pubblicato il",
    "pubblicata",
    "data di pubblicazione",
)

UPDATED_CUES = (
    "aggiornato",
    "aggiornato il",
    "aggiornata",
    "ultimo aggiornamento",
    "modificato",
)

RELATIVE_UNITS: dict[str, str] = {
    "secondo": "second",
    "secondi": "second",
    "minuto": "minute",
    "minuti": "minute",
    "min": "minute",
    "ora": "hour",
    "ore": "hour",
    "giorno": "day",
    "giorni": "day",
    "settimana": "week",
    "settimane": "week",
    "mese": "month",
    "mesi": "month",
    "anno": "year",
    "anni": "year",
}

AGO_BEFORE: tuple[str, ...] = ()

AGO_AFTER = ("fa",)

TODAY = ("oggi",)

YESTERDAY = ("ieri",)

ONE = (
    "un",
    "una",
    "uno",
)

BIO_ROLES = (
    "giornalista",
    "redattore",
    "redattrice",
    "corrispondente",
    "inviato",
    "inviata",
    "editorialista",
    "collaboratore",
    "collaboratrice",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "speciale",
    "fotografo",
    "fotografa",
)

ORG_WORDS = (
    "redazione",
    "giornale",
    "agenzia",
    "notizie",
    "stampa",
    "rivista",
    "gruppo",
    "radio",
    "televisione",
)

NOT_NAME_WORDS = (
    "il",
    "lo",
    "la",
    "i",
    "gli",
    "le",
    "di",
    "del",
    "della",
    "e",
    "o",
    "in",
    "un",
    "una",
    "per",
    "con",
    "su",
    "condividi",
    "stampa",
    "commenti",
    "commento",
    "segui",
    "leggi",
    "più",
    "articolo",
    "foto",
    "video",
    "pubblicità",
    "home",
    "cerca",
    "pubblicato",
    "aggiornato",
    "oggi",
    "ieri",
    "fonte",
    "torna",
    "iscriviti",
    "lettura",
    "letture",
    "nessun",
    "fotografia",
    "fotografie",
    "immagine",
    "immagini",
)

AUTHOR_CONNECTORS = (
    "e",
    "&",
)

TAG_CUES = (
    "tag",
    "argomenti",
    "parole chiave",
)

SECTION_CUES = (
    "categoria",
    "categorie",
    "sezione",
    "pubblicato in",
)

RELATED_CUES = (
    "leggi anche",
    "potrebbe interessarti",
    "articoli correlati",
    "vedi anche",
)

RIGHTS_RESERVED = (
    "tutti i diritti riservati",
    "riproduzione riservata",
)

STOPWORDS = (
    "di",
    "e",
    "il",
    "la",
    "che",
    "in",
    "a",
    "per",
    "un",
    "è",
    "del",
    "non",
    "della",
    "una",
    "con",
    "le",
    "si",
    "i",
    "da",
    "al",
    "sono",
    "dei",
    "lo",
    "gli",
    "alla",
    "più",
    "anche",
    "come",
    "ha",
    "ma",
    "nel",
    "se",
    "delle",
    "questo",
    "nella",
    "su",
    "o",
    "ci",
    "hanno",
    "essere",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = ("home",)

CAPTION_CUES = (
    "foto",
    "immagine",
    "credito",
    "video",
    "illustrazione",
)

BIO_OPENINGS = (
    "è",
    "era",
    "scrive",
    "segue",
)

BIO_SIGNALS = (
    "vive a",
    "vive in",
    "vive e lavora",
    "è autore di",
    "è autrice di",
    "il suo ultimo libro",
    "scrive di",
    "e scrive",
)

COLLECTIVE_WORDS = ("redazione",)

AUTHOR_LINK_WORDS = (
    "articoli",
    "profilo",
)

BY_MEANS = (
    "notte",
    "giorno",
    "corsa",
    "sera",
    "mattina",
    "nuovo",
    "solito",
    "fatto",
    "certo",
    "sicuro",
    "recente",
    "persona",
    "telefono",
    "posta",
    "treno",
    "auto",
    "lontano",
    "qui",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
