"""Dutch boilerplate cues and function words.

Source: written for newsclean from common Dutch news-site furniture
(reactieformulieren, deelknoppen, nieuwsbrieven, cookiemeldingen).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "je e-mailadres wordt niet gepubliceerd",
        "je e-mailadres wordt niet gepubliceerd.",
        "uw e-mailadres wordt niet gepubliceerd",
        "uw e-mailadres wordt niet gepubliceerd.",
        "reacties",
        "reageer",
        "laat een reactie achter",
        "geen reacties",
        "0 reacties",
        "je e-mailadres wordt niet gepubliceerd. vereiste velden zijn gemarkeerd met",
        "plaats een reactie",
        "reageer op dit artikel",
        "u moet ingelogd zijn om te reageren.",
        "u moet ingelogd zijn om te reageren",
    ),
    "share": (
        "kopieer link",
        "link kopiëren",
        "delen",
        "deel dit artikel",
        "delen op facebook",
        "delen op twitter",
        "printen",
        "volg ons",
        "deel artikel",
        "bekijk dit bericht op instagram",
        "deel op facebook",
        "deel op x",
        "deel via whatsapp",
        "deel via e-mail",
        "volgen",
        "volg auteur",
    ),
    "navigation": (
        "naar de inhoud",
        "ga naar de inhoud",
        "direct naar de inhoud",
        "naar hoofdinhoud",
        "home",
        "zoeken",
        "inloggen",
        "aanmelden",
        "registreren",
        "abonneren",
        "sluiten",
        "meer weergeven",
        "terug naar boven",
        "vorig artikel",
        "volgend artikel",
        "lees verder",
        "beluister dit artikel",
        "luister naar dit artikel",
        "luister naar dit verhaal",
        "beluister het artikel",
        "volgende pagina",
        "vorige pagina",
        "laad eerdere berichten",
        "oudere berichten laden",
        "meer berichten laden",
    ),
    "metadata": ("redactie", "onderwerpen", "gepubliceerd", "bijgewerkt", "door"),
    "related": (
        "tip van de redactie",
        "lees meer over",
        "gerelateerd",
        "gerelateerde artikelen",
        "lees ook",
        "meer nieuws",
        "meest gelezen",
        "dit vind je misschien ook leuk",
        "lees meer",
        "bekijk ook",
        "ook interessant",
        "zie ook",
    ),
    "ads": (
        "advertentie",
        "gesponsord",
        "lees verder na de advertentie",
        "lees verder onder de advertentie",
        "het artikel gaat verder na de advertentie",
        "gesponsorde inhoud",
    ),
    "legal": (
        "colofon",
        "privacyverklaring",
        "algemene voorwaarden",
        "cookie-instellingen",
        "privacybeleid",
        "cookiebeleid",
        "disclaimer",
        "wij vragen je toestemming",
        "wij vragen uw toestemming",
    ),
    "contact": ("contact",),
    "promo": (
        "dit artikel is exclusief voor abonnees",
        "lees verder met een abonnement",
        "word abonnee",
        "download onze app",
        "meld je aan voor de nieuwsbrief",
        "abonneer",
        "abonneren",
        "nieuwsbrief",
        "inschrijven",
        "schrijf je in",
        "meld je aan",
        "schrijf je gratis in",
    ),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "u bent hier:",
        "je bent hier:",
        "u bevindt zich hier:",
        "luister naar dit artikel",
        "je leest nu:",
    ),
    "metadata": (
        "dit artikel verscheen eerder in",
        "dit artikel is eerder verschenen in",
        "dit artikel verscheen eerder",
        "dit artikel verscheen eerst",
        "laatste update:",
        "laatst bijgewerkt:",
    ),
    "related": (
        "lees verder op",
        "gerelateerd:",
        "lees ook:",
        "lees meer:",
        "bekijk ook:",
        "lees ook.",
        "bekijk ook.",
        "populair:",
        "trending:",
        "meest gelezen:",
    ),
    "section": ("categorie:", "rubriek:"),
    "promo": (
        "al abonnee?",
        "neem nu een proefabonnement",
        "neem een proefabonnement",
        "abonneer nu",
        "ontvang elke ochtend",
        "ontvang elke dag",
        "ontvang elke week",
    ),
    "share": (
        "delen via:",
        "deel dit liveblog",
        "deel dit artikel",
        "een bericht gedeeld door",
    ),
    "contact": ("heb jij iets gezien of weet je meer?",),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "aan",
        "al",
        "als",
        "bij",
        "dat",
        "de",
        "deze",
        "die",
        "dit",
        "door",
        "een",
        "en",
        "er",
        "had",
        "heeft",
        "het",
        "hij",
        "hun",
        "ik",
        "in",
        "is",
        "maar",
        "met",
        "naar",
        "niet",
        "nog",
        "of",
        "om",
        "ook",
        "op",
        "over",
        "te",
        "tot",
        "uit",
        "van",
        "voor",
        "was",
        "we",
        "werd",
        "wij",
        "worden",
        "zal",
        "ze",
        "zich",
        "zij",
        "zijn",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    "legal": (
        "deze website gebruikt cookies",
        "deze site gebruikt cookies",
        "deze website maakt gebruik van cookies",
        "wij gebruiken cookies",
        "wij en onze partners gebruiken cookies",
        "u kunt uw toestemming altijd intrekken",
        "we gebruiken cookies en vergelijkbare technieken",
        "we gebruiken cookies",
        "alle rechten voorbehouden",
        "privacybeleid",
        "cookiebeleid",
        "cookies",
        "onze partners gebruiken cookies en vergelijkbare technieken",
    ),
    "promo": (
        "meld je aan voor onze",
        "meld je aan voor de nieuwsbrief",
        "in onze app",
        "je favoriete podcastapp",
        "schrijf je in voor",
        "nieuwsbrief",
        "abonneer",
        "schrijf je in",
    ),
    "share": ("volg ons op",),
    "comments": ("reacties zijn gesloten",),
    "contact": (),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "in het kort",
    "wat we weten",
    "de belangrijkste punten",
    "het belangrijkste",
    "het belangrijkste in het kort",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "wat je moet weten",
    "wat we weten",
    "de feiten op een rij",
    "in cijfers",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "reacties",
    "alle reacties",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "gerelateerde artikelen",
    "meest gelezen",
    "meer nieuws",
    "meer over dit onderwerp",
    "dit vind je misschien ook leuk",
    "lees ook",
    "meer nieuws uit",
    "tip van de redactie",
    "meer over",
    "meer columns van",
    "meer columns",
    "populair",
    "populairste artikelen",
    "laatste nieuws",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "over de auteur",
    "over ons",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "perscontact",
    "persinformatie",
    "noot voor de redactie",
    "voor meer informatie voor de pers",
    "mediacontact",
    "noot voor de redactie, niet voor publicatie",
    "noot voor de redactie (niet voor publicatie)",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = ("volg",)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "mail naar",
    "schrijf naar",
    "mail ons op",
    "meer informatie op",
    "kijk voor meer informatie op",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("foto", "foto's", "afbeeldingen", "video's"),
    "comments": ("reactie", "reacties", "reageer"),
    "share": ("shares", "likes"),
    "metadata": ("weergaven", "keer gelezen", "min leestijd", "minuten leestijd"),
}
"""Nouns counted next to a number ("12 reacties", "3 min leestijd")."""

READING_TIME_CUES: tuple[str, ...] = ("leestijd",)
"""Openings of a reading-time line ("Leestijd: 4 minuten")."""

MORE_WORDS: tuple[str, ...] = ("meer", "andere")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "deel",
    "delen",
    "printen",
    "downloaden",
    "mailen",
    "bewaar",
    "bewaren",
    "kopieer",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "reageer",
    "reacties",
    "luister",
    "opslaan",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "bekijk de samenvatting",
        "lees onbeperkt",
        "download de app",
        "maandelijks opzegbaar",
        "word nu abonnee",
        "luister ook naar onze podcast",
        "bekijk hier de samenvatting",
        "voor abonnees",
        "al abonnee",
        "premium artikel",
        "neem een abonnement",
        "al een account",
        "verder lezen",
        "onze nieuwsbrief",
        "onze gratis nieuwsbrief",
    ),
    "legal": ("cookies accepteren",),
    "share": ("delen op",),
    "comments": (
        "reageren op dit artikel",
        "lees onze spelregels",
        "reacties worden gemodereerd",
        "onze huisregels",
    ),
    "contact": (
        "heb je een tip",
        "laat het ons weten",
        "stuur ze via whatsapp",
        "heb jij tips of beelden",
        "heb je tips of beelden",
        "heb jij iets gezien of heb je beelden",
        "heb je iets gezien of heb je beelden",
    ),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "je",
    "jij",
    "jouw",
    "jullie",
    "uw",
    "wij",
    "we",
    "ons",
    "onze",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "home",
    "nieuws",
    "binnenland",
    "buitenland",
    "politiek",
    "economie",
    "sport",
    "voetbal",
    "cultuur",
    "media",
    "opinie",
    "gezondheid",
    "wetenschap",
    "tech",
    "regio",
    "video",
    "podcasts",
    "weer",
    "show",
    "geld",
    "wonen",
    "reizen",
    "puzzels",
    "lifestyle",
    "koken",
    "auto",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("hier",)
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "lees",
    "bekijk",
    "kijk",
    "luister",
    "download",
    "klik",
    "meld je",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = (
    "lees je hier",
    "vind je hier",
    "lees hier",
    "kijk je hier",
    "zie je hier",
)
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "correctie:",
    "rectificatie:",
    "noot van de redactie:",
    "in een eerdere versie van",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "zonnig",
    "bewolkt",
    "half bewolkt",
    "regen",
    "buien",
    "mist",
    "sneeuw",
    "onweer",
    "helder",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = (
    "nieuwsbrief",
    "nieuwsbrieven",
    "newsletter",
)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = (
    "elke",
    "iedere",
    "dagelijks",
    "wekelijks",
)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = (
    "lees meer",
    "lees verder",
)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
