"""Dutch metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way Dutch-language news sites print
bylines and timestamps ("Door Anna de Vries", "Gepubliceerd 19 november 2019
09:01", "Bijgewerkt 2 uur geleden"). Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "februari": 2,
    "feb": 2,
    "maart": 3,
    "mrt": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "juni": 6,
    "jun": 6,
    "juli": 7,
    "jul": 7,
    "augustus": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "okt": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
    "ma",
    "di",
    "wo",
    "do",
    "vr",
    "za",
    "zo",
)

BYLINE_CUES = (
    "een artikel van",
    "artikel van",
    "geplaatst door",
    "door",
    "auteur",
    "auteurs",
    "geschreven door",
    "tekst",
    "analyse door",
    "interview door",
    "recensie door",
    "tekst en foto's",
    "tekst en beeld",
    "van onze correspondent",
    "van onze correspondente",
    "van onze verslaggever",
    "liveblog door",
)

PUBLISHED_CUES = (
    "gepubliceerd",
    "gepubliceerd op",
    "geplaatst",
    "geplaatst op",
    "verschenen",
)

UPDATED_CUES = (
    "bijgewerkt",
    "bijgewerkt op",
    "laatst bijgewerkt",
    "gewijzigd",
    "aangepast",
    "laatste update",
    "update:",  # with its colon: "UPDATE 2-Oil prices rise …" is an English wire headline
)

RELATIVE_UNITS: dict[str, str] = {
    "seconde": "second",
    "seconden": "second",
    "minuut": "minute",
    "minuten": "minute",
    "min": "minute",
    "uur": "hour",
    "uren": "hour",
    "dag": "day",
    "dagen": "day",
    "week": "week",
    "weken": "week",
    "maand": "month",
    "maanden": "month",
    "jaar": "year",
    "jaren": "year",
}

AGO_BEFORE: tuple[str, ...] = ()

AGO_AFTER = ("geleden",)

TODAY = ("vandaag",)

YESTERDAY = ("gisteren",)

ONE = (
    "een",
    "één",
)

BIO_ROLES = (
    "journalist",
    "verslaggever",
    "redacteur",
    "correspondent",
    "columnist",
    "schrijver",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    "redactrice",
    "verslaggeefster",
    "fotograaf",
    "medewerker",
)

ORG_WORDS = (
    "redactie",
    "nieuws",
    "krant",
    "dagblad",
    "persbureau",
    "omroep",
    "team",
    "groep",
)

NOT_NAME_WORDS = (
    "de",
    "het",
    "een",
    "en",
    "of",
    "in",
    "op",
    "aan",
    "met",
    "voor",
    "van",
    "delen",
    "printen",
    "reacties",
    "reactie",
    "volgen",
    "lees",
    "meer",
    "artikel",
    "foto",
    "video",
    "advertentie",
    "home",
    "zoeken",
    "gepubliceerd",
    "bijgewerkt",
    "vandaag",
    "gisteren",
    "bron",
    "terug",
    "abonneren",
    "leestijd",
    "foto's",
    "fotografie",
    "beeld",
)

AUTHOR_CONNECTORS = (
    "en",
    "&",
)

TAG_CUES = (
    "tags",
    "trefwoorden",
    "onderwerpen",
)

SECTION_CUES = (
    "categorie",
    "rubriek",
    "sectie",
)

RELATED_CUES = (
    "lees ook",
    "lees meer",
    "meer over",
    "gerelateerd",
    "bekijk ook",
)

RIGHTS_RESERVED = ("alle rechten voorbehouden",)

STOPWORDS = (
    "de",
    "en",
    "van",
    "het",
    "een",
    "in",
    "is",
    "dat",
    "op",
    "te",
    "zijn",
    "met",
    "voor",
    "niet",
    "die",
    "er",
    "aan",
    "ook",
    "als",
    "bij",
    "door",
    "maar",
    "om",
    "hij",
    "nog",
    "ze",
    "wordt",
    "naar",
    "uit",
    "dan",
    "over",
    "was",
    "heeft",
    "worden",
    "kan",
    "werd",
    "hun",
    "meer",
    "tot",
    "wel",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "home",
    "voorpagina",
)

CAPTION_CUES = (
    "foto",
    "beeld",
    "afbeelding",
    "video",
    "illustratie",
)

BIO_OPENINGS = (
    "is",
    "was",
    "schrijft",
)

BIO_SIGNALS = (
    "woont in",
    "woont en werkt",
    "schrijft over",
    "is auteur van",
    "haar nieuwste boek",
    "zijn nieuwste boek",
    "en schrijft",
)

COLLECTIVE_WORDS = ("redactie",)

AUTHOR_LINK_WORDS = (
    "artikelen",
    "profiel",
)

BY_MEANS = (
    "elkaar",
    "telefoon",
    "post",
    "trein",
    "auto",
    "vliegtuig",
    "toeval",
)
"""Words that follow the byline cue as a means or manner, never a user name (see en.py)."""
