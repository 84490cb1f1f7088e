"""Romanian metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from common Romanian news-site furniture: the way
Romanian-language news sites print bylines and timestamps ("Autor: Ana Popescu",
"de Ion Ionescu", "Foto: …", "24 septembrie 2018, 10:15", "Publicat: 19.11.2019",
"Actualizat acum 2 ore", "acum 20 de minute"). Month names as dates print them (one
form for every case), abbreviated with and without their dot ("24 sept. 2018", "24 iul
2018"). Words with ș and ț are written again with the cedilla letters ş and ţ that
many sites print. Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    # not "ian" (a name), "mar" (the sea in Spanish and Portuguese), "mart", "sept"
    # (French "seven") or "noi" ("we" in Italian and Romanian) without their dot
    "ianuarie": 1,
    "ian.": 1,
    "februarie": 2,
    "feb": 2,
    "feb.": 2,
    "febr": 2,
    "febr.": 2,
    "martie": 3,
    "mar.": 3,
    "mart.": 3,
    "aprilie": 4,
    "apr": 4,
    "apr.": 4,
    "mai": 5,
    "iunie": 6,
    "iun": 6,
    "iun.": 6,
    "iulie": 7,
    "iul": 7,
    "iul.": 7,
    "august": 8,
    "aug": 8,
    "aug.": 8,
    "septembrie": 9,
    "sep": 9,
    "sep.": 9,
    "sept.": 9,
    "octombrie": 10,
    "oct": 10,
    "oct.": 10,
    "noiembrie": 11,
    "nov": 11,
    "nov.": 11,
    "noi.": 11,
    "decembrie": 12,
    "dec": 12,
    "dec.": 12,
}

WEEKDAYS = (
    "luni",
    "marți",
    "marţi",
    "miercuri",
    "joi",
    "vineri",
    "sâmbătă",
    "sambata",
    "duminică",
    "duminica",
    "lun",
    "sâm",
)

BYLINE_CUES = (
    "autor",
    "autori",
    "autoare",
    "text",
    "text:",
    "scris de",
    "articol scris de",
    "un articol de",
    "articol de",
    "publicat de",
    "postat de",
    "realizat de",
    "material realizat de",
    "interviu realizat de",
    "interviu de",
    "reportaj de",
    "semnat de",
    "a consemnat",  # an interview's: "A consemnat Maria Ionescu"
)

PUBLISHED_CUES = (
    "publicat",
    "publicată",
    "publicat la",
    "publicat pe",
    "publicat în data de",
    "data publicării",
    "postat",
    "postat la",
    "postat pe",
    "adăugat",
    "adăugat la",
)

UPDATED_CUES = (
    "actualizat",
    "actualizată",
    "actualizat la",
    "actualizat pe",
    "actualizare",
    "ultima actualizare",
    "modificat",
    "modificat la",
    "editat",
)

RELATIVE_UNITS: dict[str, str] = {
    # past nineteen a Romanian count takes "de": "acum 20 de minute"
    "secundă": "second",
    "secunde": "second",
    "de secunde": "second",
    "sec": "second",
    "minut": "minute",
    "minute": "minute",
    "de minute": "minute",
    "min": "minute",
    "oră": "hour",
    "ora": "hour",
    "ore": "hour",
    "de ore": "hour",
    "h": "hour",
    "zi": "day",
    "zile": "day",
    "de zile": "day",
    "săptămână": "week",
    "saptamana": "week",
    "săptămâni": "week",
    "saptamani": "week",
    "de săptămâni": "week",
    "lună": "month",
    "luna": "month",
    "luni": "month",
    "de luni": "month",
    "an": "year",
    "ani": "year",
    "de ani": "year",
}

AGO_BEFORE = (
    "acum",
    "în urmă cu",
)

AGO_AFTER: tuple[str, ...] = ()

TODAY = (
    "azi",
    "astăzi",
)

YESTERDAY = ("ieri",)

ONE = (
    "un",
    "o",
)

BIO_ROLES = (
    "jurnalist",
    "jurnalistă",
    "reporter",
    "reporteră",
    "redactor",
    "redactoră",
    "editor",
    "editoare",
    "corespondent",
    "corespondentă",
    "comentator",
    "comentatoare",
    "editorialist",
    "editorialistă",
    "publicist",
    "publicistă",
    "fotograf",
    "fotoreporter",
    "realizator",
    "realizatoare",
    "prezentator",
    "prezentatoare",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`)."""

ROLE_WORDS = (
    *BIO_ROLES,
    # the plural a shared byline prints, and the words that qualify a job ("trimis
    # special", "redactor-șef", "editor coordonator")
    "jurnaliști",
    "jurnalişti",
    "reporteri",
    "redactori",
    "corespondenți",
    "corespondenţi",
    "colaborator",
    "colaboratoare",
    "analist",
    "analistă",
    "stagiar",
    "stagiară",
    "trimis",
    "trimisă",
    "special",
    "specială",
    "șef",
    "şef",
    "șefă",
    "şefă",
    "redactor-șef",
    "redactor-şef",
    "redactor-șefă",
    "redactor-şefă",
    "adjunct",
    "adjunctă",
    "coordonator",
    "coordonatoare",
    "principal",
    "principală",
    "politic",
    "economic",
    "sportiv",
    "cultural",
)

ORG_WORDS = (
    "redacția",
    "redacţia",
    "redactia",
    "redacție",
    "redacţie",
    "agenția",
    "agenţia",
    "agentia",
    "agenție",
    "agenţie",
    "ziarul",
    "revista",
    "cotidianul",
    "săptămânalul",
    "știri",
    "ştiri",
    "știrile",
    "ştirile",
    "stiri",
    "radio",
    "televiziunea",
    "presă",
    "biroul",
    "serviciul",
    "departamentul",
    "ministerul",
    "primăria",
    "consiliul",
    "universitatea",
    "asociația",
    "asociaţia",
    "fundația",
    "fundaţia",
    "compania",
)

NOT_NAME_WORDS = (
    "și",
    "şi",
    "în",
    "pentru",
    "despre",
    "prin",
    "către",
    "distribuie",
    "comentarii",
    "comentariu",
    "citește",
    "citeşte",
    "citiți",
    "citiţi",
    "articol",
    "articole",
    "știre",
    "ştire",
    "foto",
    "fotografie",
    "fotografii",
    "video",
    "galerie",
    "imagine",
    "publicitate",
    "reclamă",
    "sponsorizat",
    "acasă",
    "meniu",
    "căutare",
    "caută",
    "publicat",
    "actualizat",
    "actualizare",
    "astăzi",
    "ieri",
    "acum",
    "sursa",
    "sursă",
    "abonează-te",
    "abonare",
    "urmărește",
    "urmăreşte",
    "etichete",
    "categorie",
    "categoria",
    "profil",
    "arhivă",
    "exclusiv",
)

AUTHOR_CONNECTORS = (
    "și",
    "şi",
    "si",
    "&",
)

TAG_CUES = (
    "etichete",
    "taguri",
    "tag-uri",
    "cuvinte cheie",
    "cuvinte-cheie",
    "subiecte",
)

SECTION_CUES = (
    "categorie",
    "categoria",
    "categorii",
    "secțiune",
    "secţiune",
    "secțiunea",
    "secţiunea",
    "rubrica",
    "rubrică",
    "publicat în",
)

RELATED_CUES = (
    "citește și",
    "citeşte şi",
    "citeste si",
    "citiți și",
    "citiţi şi",
    "cititi si",
    "vezi și",
    "vezi şi",
    "vezi si",
    "citește mai mult",
    "citeşte mai mult",
    "citește continuarea",
    "citeşte continuarea",
    "pe același subiect",
    "pe acelaşi subiect",
)

RIGHTS_RESERVED = (
    "toate drepturile rezervate",
    "toate drepturile sunt rezervate",
)

STOPWORDS = (
    # not "de", "la", "din", "cu", "un", "care", "mai", "se", "nu", "este", "sau", "dar":
    # words the text of other lexicon languages has too, and the word lists are read
    # together
    "și",
    "şi",
    "în",
    "că",
    "să",
    "pe",
    "pentru",
    "după",
    "fost",
    "sunt",
    "iar",
    "însă",
    "această",
    "acest",
    "acum",
    "foarte",
    "despre",
    "până",
    "prin",
    "între",
    "fără",
    "către",
    "lor",
    "său",
    "când",
    "unde",
    "dacă",
    "încă",
    "toate",
    "unei",
    "unui",
    "unor",
    "avea",
    "fiind",
    "poate",
    "trebuie",
    "astfel",
    "cea",
    "cei",
    "nici",
    "dintre",
    "potrivit",
    "își",
    "îşi",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "acasă",
    "acasa",
    "pagina principală",
    "prima pagină",
)

CAPTION_CUES = (
    "foto",
    "fotografie",
    "imagine",
    "ilustrație",
    "ilustraţie",
    "grafică",
    "video",
    "sursa",
    "sursă",
    "captură video",
    "captură foto",
)

BIO_OPENINGS = (
    "este",  # "… este jurnalist la …": a job without its article
    "este un",
    "este o",
    "scrie despre",
    "scrie pentru",
    "lucrează ca",
    "a lucrat ca",
    "—",
    "-",
)

BIO_SIGNALS = (
    "scrie despre",
    "locuiește în",
    "locuieşte în",
    "trăiește în",
    "trăieşte în",
    "este autorul cărții",
    "este autorul cărţii",
    "este autoarea cărții",
    "este autoarea cărţii",
    "autor al cărții",
    "autor al cărţii",
    "autorul volumului",
    "autoarea volumului",
    "îl puteți contacta",
    "îl puteţi contacta",
    "o puteți contacta",
    "o puteţi contacta",
)

COLLECTIVE_WORDS = (
    "redacția",
    "redacţia",
    "redactia",
    "echipa",
)

AUTHOR_LINK_WORDS = (
    "toate articolele",
    "toate articolele autorului",
    "articolele autorului",
    "mai multe articole",
    "profil",
)
