"""Swedish metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from common Swedish news-site furniture: the way
Swedish-language news sites print bylines and timestamps ("Av Anna Andersson",
"Text: Anna Andersson Foto: Erik Berg", "Publicerad 2019-11-19 10:15", "Uppdaterad
19 november 2019", "för 2 timmar sedan"). Month names as dates print them, in full
("19 november 2019") and abbreviated with or without a dot ("19 nov. 2019").
Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "jan.": 1,
    "februari": 2,
    "feb": 2,
    "feb.": 2,
    "mars": 3,
    "mar": 3,
    "mar.": 3,
    "april": 4,
    "apr": 4,
    "apr.": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "jun.": 6,
    "juli": 7,
    "jul": 7,
    "jul.": 7,
    "augusti": 8,
    "aug": 8,
    "aug.": 8,
    "september": 9,
    "sep": 9,
    "sep.": 9,
    "sept": 9,
    "sept.": 9,
    "oktober": 10,
    "okt": 10,
    "okt.": 10,
    "november": 11,
    "nov": 11,
    "nov.": 11,
    "december": 12,
    "dec": 12,
    "dec.": 12,
}

WEEKDAYS = (
    "måndag",
    "tisdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lördag",
    "söndag",
    "mån",
    "tis",
    "tors",
    "fre",
    "lör",
    "sön",
    # not "ons" and "tor": a Dutch ("ons", our) and a German word ("Tor", goal) too
    "må",
    "ti",
    "on",
    "to",
    "fr",
    "lö",
    "sö",
)

BYLINE_CUES = (
    "av",
    "text",
    "text:",
    "skriven av",
    "skrivet av",
    "publicerad av",
    "publicerat av",
    "sammanställd av",
    "sammanställt av",
    "författare",
    "skribent",
    "text och foto",
    "text och bild",
    "text & foto",
    "text & bild",
    "text och bilder",
    "text och foto:",
    "text och bild:",
)

PUBLISHED_CUES = (
    "publicerad",
    "publicerat",
    "publicerades",
    "publ",
    "först publicerad",
    "publiceringsdatum",
    "datum",
    "inlagd",
)

UPDATED_CUES = (
    "uppdaterad",
    "uppdaterat",
    "uppdaterades",
    "uppd",
    "senast uppdaterad",
    "senast uppdaterat",
    "senaste uppdatering",
    "ändrad",
    "senast ändrad",
)

RELATIVE_UNITS: dict[str, str] = {
    # Swedish puts the count between two words, "för 2 timmar sedan": "för" is the
    # word before it (AGO_BEFORE) and "sedan" goes with the unit, so that one match
    # takes the whole stamp ("för 2 timmar" alone is a duration, no stamp)
    "sekund sedan": "second",
    "sekunder sedan": "second",
    "sek sedan": "second",
    "minut sedan": "minute",
    "minuter sedan": "minute",
    "min sedan": "minute",
    "timme sedan": "hour",
    "timmar sedan": "hour",
    "tim sedan": "hour",
    "dag sedan": "day",
    "dagar sedan": "day",
    "dygn sedan": "day",
    "vecka sedan": "week",
    "veckor sedan": "week",
    # months and years mark a stamp ("för 6 år sedan") but resolve to no date
    "månad sedan": "month",
    "månader sedan": "month",
    "år sedan": "year",
}

AGO_BEFORE = ("för",)

AGO_AFTER: tuple[str, ...] = ()

TODAY = ("idag", "i dag", "nyss")

YESTERDAY = ("igår", "i går")

ONE = (
    "en",
    "ett",
)

BIO_ROLES = (
    "reporter",
    "journalist",
    "redaktör",
    "korrespondent",
    "krönikör",
    "kolumnist",
    "skribent",
    "medarbetare",
    "fotograf",
    "kritiker",
    "recensent",
    "programledare",
    "ledarskribent",
    "kulturskribent",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    # the compound jobs a byline prints after the name ("Anna Andersson, nyhetsreporter")
    "chefredaktör",
    "nyhetschef",
    "redaktionschef",
    "kulturchef",
    "nyhetsreporter",
    "sportreporter",
    "kriminalreporter",
    "ekonomireporter",
    "utrikesreporter",
    "inrikesreporter",
    "lokalreporter",
    "sportjournalist",
    "kulturjournalist",
    "ekonomijournalist",
    "vetenskapsjournalist",
    "frilansjournalist",
    "utrikeskorrespondent",
    "kulturredaktör",
    "debattredaktör",
    "ledarredaktör",
    "nyhetsredaktör",
    "webbredaktör",
    "filmkritiker",
    "musikkritiker",
    "litteraturkritiker",
    "analytiker",
    "kommentator",
    "meteorolog",
    "praktikant",
    "bloggare",
    # words that qualify a job ("politisk reporter", "ansvarig utgivare")
    "politisk",
    "ekonomisk",
    "grävande",
    "biträdande",
    "ställföreträdande",
    "ansvarig",
    "utgivare",
    "frilans",
    "inrikes",
    "utrikes",
    "kultur",
    "chef",
)

ORG_WORDS = (
    "redaktionen",
    "redaktion",
    "nyheter",
    "nyhetsbyrå",
    "nyhetsbyrån",
    "tidning",
    "tidningen",
    "tidningar",
    "förlag",
    "förlaget",
    "radio",
    "tv",
    "ab",
    "pressavdelningen",
    "presstjänst",
    "kommun",
    "kommunen",
    "regionen",
    "polisen",
    "myndigheten",
    "förbundet",
    "föreningen",
    "universitet",
    "högskola",
    "stiftelsen",
    "institutet",
)

NOT_NAME_WORDS = (
    "och",
    "i",
    "på",
    "av",
    "för",
    "med",
    "från",
    "det",
    "är",
    "kommentarer",
    "kommentar",
    "kommentera",
    "läs",
    "fler",
    "foto",
    "bild",
    "bilder",
    "video",
    "annons",
    "startsida",
    "sök",
    "meny",
    "publicerad",
    "uppdaterad",
    "idag",
    "igår",
    "sedan",
    "timmar",
    "minuter",
    "källa",
    "prenumerera",
    "nyhetsbrev",
    "senaste",
    "krönika",
    "ledare",
    "debatt",
    "recension",
    "analys",
    "direkt",
    "taggar",
    "ämnen",
    "kategori",
    "mejl",
    "e-post",
    "tipsa",
    "artikel",
    "artiklar",
)

AUTHOR_CONNECTORS = (
    "och",
    "&",
)

TAG_CUES = (
    "taggar",
    "ämnen",
    "ämnen i artikeln",
    "ämnesord",
    "nyckelord",
    "etiketter",
)

SECTION_CUES = (
    "kategori",
    "kategorier",
    "avdelning",
    "sektion",
    "publicerat i",
)

RELATED_CUES = (
    "läs också",
    "läs även",
    "läs mer",
    "se också",
    "se även",
    "relaterat",
    "mer om",
    "mest läst",
)

RIGHTS_RESERVED = ("alla rättigheter förbehållna", "med ensamrätt", "eftertryck förbjudet")

STOPWORDS = (
    # not "till", "har", "hon", "men", "kan", "mot", "sedan": words the text of other
    # lexicon languages has too (English "pro", "co", the initials in "U.S." and "v."),
    # and the word lists are read together
    "och",
    "att",
    "det",
    "som",
    "på",
    "är",
    "av",
    "för",
    "med",
    "den",
    "inte",
    "ett",
    "han",
    "jag",
    "från",
    "sig",
    "så",
    "när",
    "också",
    "efter",
    "eller",
    "ska",
    "säger",
    "hade",
    "skulle",
    "blir",
    "blev",
    "där",
    "här",
    "då",
    "mycket",
    "även",
    "detta",
    "vilket",
    "utan",
    "bara",
    "hur",
    "vad",
    "sina",
    "över",
)

NUMERIC_DATE_ORDER: str | None = "dmy"
"""Swedish pages mostly print ISO dates (2019-11-19), read whatever this says; the
other all-numeric dates they print put the day first (19/11 2019, 19.11.2019), never
the month."""

HOME_WORDS = ("startsida", "startsidan", "hem", "start")

CAPTION_CUES = (
    "foto",
    "bild",
    "fotograf",
    "arkivbild",
    "arkivfoto",
    "illustration",
    "grafik",
    "montage",
    "skärmdump",
    "skärmbild",
    "video",
    "källa",
)

BIO_OPENINGS = (
    "är",
    "var",
    "skriver",
    "bevakar",
)

BIO_SIGNALS = (
    "bor i",
    "bor och arbetar",
    "skriver om",
    "är författare till",
    "hennes senaste bok",
    "hans senaste bok",
    "hennes nya bok",
    "hans nya bok",
    "och skriver",
)

COLLECTIVE_WORDS = (
    "redaktionen",
    "nyhetsredaktionen",
    "sportredaktionen",
    "kulturredaktionen",
    "webbredaktionen",
    "nyhetsdesken",
)

AUTHOR_LINK_WORDS = (
    "artiklar",
    "texter",
    "profil",
    "arkiv",
)
