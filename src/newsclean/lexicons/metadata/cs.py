"""Czech metadata words: months, date and byline cues, roles, page furniture.

Source: written for newsclean from the way Czech-language news sites print
bylines and timestamps ("Autor: Jana Nováková", "12. března 2024, 10:15",
"Publikováno 19. 11. 2019", "Aktualizováno před 2 hodinami"). Month names in the
genitive, as dates print them ("12. března"), in the nominative and in the
locative ("v březnu 2024"), and their three-letter abbreviations. Generic words only.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    # not the abbreviations "led" (January) and "pro" (December): "12 LED lamps" and
    # "iPhone 15 Pro" would read as dates in every language
    "ledna": 1,
    "leden": 1,
    "lednu": 1,
    "února": 2,
    "únor": 2,
    "únoru": 2,
    "úno": 2,
    "března": 3,
    "březen": 3,
    "březnu": 3,
    "bře": 3,
    "dubna": 4,
    "duben": 4,
    "dubnu": 4,
    "dub": 4,
    "května": 5,
    "květen": 5,
    "květnu": 5,
    "kvě": 5,
    "června": 6,
    "červen": 6,
    "červnu": 6,
    "čvn": 6,
    "července": 7,
    "červenec": 7,
    "červenci": 7,
    "čvc": 7,
    "srpna": 8,
    "srpen": 8,
    "srpnu": 8,
    "srp": 8,
    "září": 9,
    "zář": 9,
    "října": 10,
    "říjen": 10,
    "říjnu": 10,
    "říj": 10,
    "listopadu": 11,
    "listopad": 11,
    "lis": 11,
    "prosince": 12,
    "prosinec": 12,
    "prosinci": 12,
}

WEEKDAYS = (
    "pondělí",
    "úterý",
    "středa",
    "středu",
    "čtvrtek",
    "pátek",
    "sobota",
    "sobotu",
    "neděle",
    "neděli",
    "po",
    "út",
    "st",
    "čt",
    "pá",
    "so",
    "ne",
)

BYLINE_CUES = (
    "autor",
    "autorka",
    "autoři",
    "autorky",
    "autor článku",
    "autorka článku",
    "text:",  # with its colon: "Text zákona …" opens headlines
    "text a foto",
    "napsal",
    "napsala",
    "připravil",
    "připravila",
    "zpracoval",
    "zpracovala",
    "ptal se",  # an interview's: "Ptala se Jana Nováková"
    "ptala se",
)

PUBLISHED_CUES = (
    "publikováno",
    "publikován",
    "publikována",
    "zveřejněno",
    "vydáno",
    "přidáno",
    "datum publikace",
    "datum zveřejnění",
)

UPDATED_CUES = (
    "aktualizováno",
    "aktualizován",
    "aktualizována",
    "aktualizace",
    "poslední aktualizace",
    "upraveno",
    "změněno",
)

RELATIVE_UNITS: dict[str, str] = {
    # the instrumental, as "před" ("ago") takes it: "před 5 minutami", "před 1 hodinou"
    "sekundou": "second",
    "sekundami": "second",
    "vteřinou": "second",
    "vteřinami": "second",
    "sek": "second",
    "s": "second",
    "minutou": "minute",
    "minutami": "minute",
    "min": "minute",
    "hodinou": "hour",
    "hodinami": "hour",
    "hod": "hour",
    "h": "hour",
    "dnem": "day",
    "dny": "day",
    "týdnem": "week",
    "týdny": "week",
    "měsícem": "month",
    "měsíci": "month",
    "rokem": "year",
    "lety": "year",
}

AGO_BEFORE = ("před",)

AGO_AFTER: tuple[str, ...] = ()

TODAY = ("dnes", "před chvílí", "právě teď")

YESTERDAY = ("včera",)

ONE = (
    "jednou",
    "jedním",
    "jeden",
    "jedna",
    "jednu",
)

BIO_ROLES = (
    "redaktor",
    "redaktorka",
    "redaktorem",
    "redaktorkou",
    "reportér",
    "reportérka",
    "reportérem",
    "reportérkou",
    "zpravodaj",
    "zpravodajka",
    "zpravodajem",
    "zpravodajkou",
    "komentátor",
    "komentátorka",
    "komentátorem",
    "komentátorkou",
    "novinář",
    "novinářka",
    "novinářem",
    "novinářkou",
    "publicista",
    "publicistka",
    "publicistou",
    "publicistkou",
    "editor",
    "editorka",
    "editorem",
    "editorkou",
    "fotograf",
    "fotografka",
    "fotografem",
    "fotografkou",
    "moderátor",
    "moderátorka",
    "moderátorem",
    "moderátorkou",
    "sloupkař",
    "sloupkařka",
    "sloupkařem",
    "sloupkařkou",
)
"""Jobs that make "Jane Doe is a … writer" an author bio (see ``BIO_ROLES`` in
:mod:`newsclean.lexicons.metadata`): Czech prints them in the nominative ("Jan Novák,
redaktor") and, after "je", in the instrumental ("Jan Novák je redaktorem …")."""

ROLE_WORDS = (
    *BIO_ROLES,
    # the plural a shared byline prints ("Jan Novák a Jana Nováková, redaktoři")
    "redaktoři",
    "zpravodajové",
    "šéfredaktor",
    "šéfredaktorka",
    "šéfredaktora",
    "analytik",
    "analytička",
    "stážista",
    "stážistka",
    # words that qualify a job ("zvláštní zpravodaj", "zástupce šéfredaktora")
    "zvláštní",
    "stálý",
    "stálá",
    "hlavní",
    "zástupce",
    "zástupkyně",
    "vedoucí",
    "externí",
    "politický",
    "politická",
    "ekonomický",
    "ekonomická",
    "sportovní",
    "zahraniční",
    "domácí",
    "kulturní",
    "vědecký",
    "vědecká",
    "investigativní",
    "regionální",
    "datový",
    "datová",
)

ORG_WORDS = (
    "redakce",
    "agentura",
    "deník",
    "noviny",
    "týdeník",
    "časopis",
    "magazín",
    "zprávy",
    "zpravodajství",
    "server",
    "portál",
    "televize",
    "rozhlas",
    "rádio",
    "vydavatelství",
    "tiskové",
    "oddělení",
    "ministerstvo",
    "úřad",
    "policie",
    "magistrát",
    "radnice",
    "univerzita",
    "fakulta",
    "ústav",
    "institut",
    "nadace",
    "spolek",
    "sdružení",
    "společnost",
    "skupina",
)

NOT_NAME_WORDS = (
    "a",
    "v",
    "ve",
    "na",
    "s",
    "z",
    "ze",
    "k",
    "o",
    "do",
    "pro",
    "od",
    "za",
    "sdílet",
    "komentáře",
    "komentář",
    "diskuse",
    "diskuze",
    "číst",
    "více",
    "další",
    "všechny",
    "články",
    "článek",
    "autora",
    "autorky",
    "foto",
    "video",
    "fotogalerie",
    "galerie",
    "reklama",
    "domů",
    "hledat",
    "publikováno",
    "aktualizováno",
    "aktualizace",
    "dnes",
    "včera",
    "zdroj",
    "přihlásit",
    "odebírat",
    "rubrika",
    "téma",
    "témata",
    "rozhovor",
    "analýza",
    "reportáž",
    "glosa",
    "živě",
)

AUTHOR_CONNECTORS = (
    "a",
    "&",
)

TAG_CUES = (
    "štítky",
    "tagy",
    "témata",
    "téma",
    "klíčová slova",
)

SECTION_CUES = (
    "rubrika",
    "rubriky",
    "sekce",
    "kategorie",
)

RELATED_CUES = (
    "čtěte také",
    "čtěte též",
    "čtěte",
    "přečtěte si také",
    "přečtěte si",
    "související",
    "mohlo by vás zajímat",
    "doporučujeme",
    "více",
)

RIGHTS_RESERVED = ("všechna práva vyhrazena", "všechna práva jsou vyhrazena")

STOPWORDS = (
    # not "v", "s", "z", "k", "pro", "za", "po": words the text of other lexicon languages
    # has too (English "pro", "co", the initials in "U.S." and "v."), and the word lists
    # are read together
    "a",
    "ve",
    "se",
    "na",
    "je",
    "že",
    "do",
    "o",
    "i",
    "to",
    "by",
    "jako",
    "ale",
    "od",
    "jsou",
    "jsem",
    "tak",
    "jak",
    "už",
    "který",
    "která",
    "které",
    "jeho",
    "jejich",
    "jen",
    "při",
    "nebo",
    "také",
    "si",
    "byl",
    "byla",
    "bylo",
    "když",
    "podle",
    "ještě",
    "než",
)

NUMERIC_DATE_ORDER: str | None = "dmy"

HOME_WORDS = (
    "domů",
    "úvod",
    "hlavní stránka",
    "úvodní stránka",
    "zprávy",
)

CAPTION_CUES = (
    "foto",
    "fotografie",
    "snímek",
    "ilustrační",
    "ilustrace",
    "video",
)

BIO_OPENINGS = (
    "je",
    "působí jako",
    "pracuje jako",
    "–",
    "-",
)

BIO_SIGNALS = (
    "žije v",
    "žije a pracuje",
    "autorem knihy",
    "autorkou knihy",
    "autorem knih",
    "autorkou knih",
    "napsal knihu",
    "napsala knihu",
    "píše o",
)

COLLECTIVE_WORDS = ("redakce", "redaktoři", "zpravodajové")

AUTHOR_LINK_WORDS = (
    "články",
    "článků",
    "profil",
    "archiv",
    "texty",
)
