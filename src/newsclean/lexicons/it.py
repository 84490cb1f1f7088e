"""Italian boilerplate cues and function words.

Source: written for newsclean from common Italian news-site furniture
(moduli per i commenti, pulsanti di condivisione, newsletter, cookie).
"""

from __future__ import annotations

LINES: dict[str, tuple[str, ...]] = {
    "comments": (
        "commenta per primo",
        "il tuo indirizzo email non sarà pubblicato",
        "il tuo indirizzo email non sarà pubblicato.",
        "commenti",
        "lascia un commento",
        "nessun commento",
        "0 commenti",
        "il tuo indirizzo email non sarà pubblicato. i campi obbligatori sono contrassegnati",
        "commenta",
        "scrivi un commento",
    ),
    "share": (
        "copia link",
        "invia per email",
        "condividi",
        "condividi su facebook",
        "condividi su twitter",
        "stampa",
        "seguici",
        "condividi questo articolo",
        "salva",
        "regala",
        "condividi l'articolo",
        "ottieni il codice embed",
        "segui",
        "segui l'autore",
    ),
    "navigation": (
        "carica altri",
        "ascolta l'articolo",
        "ascolta questo articolo",
        "ascolta la notizia",
        "vai al contenuto",
        "vai al contenuto principale",
        "salta al contenuto",
        "home",
        "cerca",
        "accedi",
        "registrati",
        "abbonati",
        "chiudi",
        "mostra di più",
        "torna su",
        "mostra altro",
        "leggi tutto",
        "articolo precedente",
        "articolo successivo",
        "pagina successiva",
        "pagina precedente",
        "aggiorna la diretta",
        "caricamento in corso...",
        "caricamento in corso",
        "mostra aggiornamenti precedenti",
        "ascolta questo articolo ora",
    ),
    "metadata": ("redazione", "argomenti", "tag", "pubblicato", "aggiornato", "di"),
    "related": (
        "vedi anche",
        "ultime notizie",
        "articoli correlati",
        "leggi anche",
        "potrebbe interessarti",
        "potrebbe interessarti anche",
        "i più letti",
        "altre notizie",
        "leggi di più",
        "ti potrebbero interessare",
        "i più letti di oggi",
        "dello stesso autore",
    ),
    "ads": (
        "pubblicità",
        "annuncio",
        "contenuto sponsorizzato",
        "adv",
        "continua a leggere dopo la pubblicità",
        "l'articolo continua dopo la pubblicità",
    ),
    "promo": (
        "clicca per il video",
        "guarda il video",
        "contenuto riservato agli abbonati",
        "abbonati per continuare a leggere",
        "scarica la nostra app",
        "iscriviti alla newsletter",
        "newsletter",
        "iscriviti",
        "iscriviti ora",
        "iscriviti gratis",
    ),
    "legal": (
        "riproduzione riservata",
        "note legali",
    ),
    "contact": (
        "contatti",
        "contattaci",
    ),
}

PREFIXES: dict[str, tuple[str, ...]] = {
    "navigation": (
        "sei qui:",
        "ti trovi qui:",
        "ti trovi in:",
        "ascolta l'articolo",
        "sei in:",
    ),
    "metadata": (
        "questo articolo è stato pubblicato originariamente",
        "questo articolo è apparso originariamente",
    ),
    "related": (
        "continua a leggere su",
        "leggi anche:",
        "vedi anche:",
        "clicca qui per",
        "potrebbe interessarti:",
        "potrebbe interessarti anche:",
        "leggi anche >>",
        "leggi anche »",
        "di tendenza:",
        "più letti:",
    ),
    "section": ("categoria:", "sezione:"),
    "promo": (
        "sei già abbonato?",
        "clicca qui per iscriverti",
        "iscriviti al canale whatsapp",
    ),
    "contact": ("hai una segnalazione?",),
}

STOPWORDS: frozenset[str] = frozenset(
    [
        "a",
        "al",
        "alla",
        "anche",
        "che",
        "come",
        "con",
        "da",
        "dal",
        "del",
        "della",
        "delle",
        "dei",
        "di",
        "e",
        "è",
        "gli",
        "ha",
        "i",
        "il",
        "in",
        "la",
        "le",
        "lo",
        "ma",
        "mi",
        "ne",
        "nel",
        "nella",
        "non",
        "per",
        "più",
        "si",
        "sono",
        "su",
        "sua",
        "suo",
        "tra",
        "un",
        "una",
        "uno",
        "questo",
        "questa",
    ]
)

KEYWORDS: dict[str, tuple[str, ...]] = {
    # a reader's tip asked for ("… Schicken Sie uns einen Hinweis an …")
    "contact": (
        "segnalacela su",
        "segnalacela alla redazione",
        "segnalaci la notizia",
        "inviaci le tue foto",
        "inviateci le vostre foto",
        "mandaci le tue foto",
    ),
    "legal": (
        "link di affiliazione",
        "questo sito utilizza cookie",
        "questo sito utilizza i cookie",
        "questo sito usa cookie",
        "questo sito usa i cookie",
        "utilizziamo i cookie",
        "noi e i nostri partner utilizziamo cookie",
        "noi e terze parti selezionate utilizziamo cookie",
        "revocare il consenso in qualsiasi momento",
        "utilizziamo cookie tecnici e di profilazione",
        "usiamo i cookie",
        "tutti i diritti riservati",
        "cookie",
        "utilizziamo cookie o tecnologie simili",
    ),
    "promo": (
        "iscriviti al nostro canale",
        "iscriviti al nostro canale whatsapp",
        "contenuto è riservato agli abbonati",
        "iscriviti alla",
        "newsletter",
        "iscriviti",
        "abbonati",
    ),
    "share": ("seguici su",),
    "comments": ("i commenti sono chiusi",),
}

KEY_POINT_HEADERS: tuple[str, ...] = (
    "in breve",
    "i punti chiave",
    "cosa sappiamo",
)
"""Headings of the story's own box of key points at its head (its items are the story's)."""

BOX_HEADERS: tuple[str, ...] = (
    "cosa sapere",
    "tutto quello che c'è da sapere",
    "i numeri",
    "le tappe",
)
"""Endings of the headers of background boxes appended to stories."""

THREAD_HEADERS: tuple[str, ...] = (
    "commenti",
    "tutti i commenti",
)
"""Headings over readers' comment threads (a form prompt is not one)."""

TEASER_HEADERS: tuple[str, ...] = (
    "altre notizie di",
    "altre notizie",
    "altre ricette",
    "articoli correlati",
    "notizie correlate",
    "potrebbe interessarti",
    "potrebbe interessarti anche",
    "ti potrebbe interessare",
    "i più letti",
    "altre notizie",
    "altre notizie da",
    "altri articoli",
    "leggi anche",
    "ultime notizie",
)
"""Headings over the lists of other stories printed after the story ("Related
stories", "More from …": a heading that ends with "from", "aus", "von" or "de"
takes a site name after it). Inline "Read also:" links are not among them: they stand
inside stories."""

ABOUT_HEADERS: tuple[str, ...] = (
    "l'autore",
    "chi siamo",
    "chi è",
)
"""Headings of the boxes about the publisher, the company behind a press release
or the author, printed after the story ("About Example Corp": a heading ending in
"about", "über" or "de" takes a capitalised name after it)."""

CONTACT_HEADERS: tuple[str, ...] = (
    "contatti stampa",
    "contatto stampa",
    "ufficio stampa",
    "per informazioni alla stampa",
    "contatti per la stampa",
)
"""Headings of the press contacts printed after a press release or a story
("Media contact:", then a name, a telephone number and an address)."""

FOLLOW_OPENINGS: tuple[str, ...] = (
    "seguici",
    "segui",
)
"""Openings of a prompt to follow the publisher on social networks ("Follow us on
Facebook and Twitter"); the line must also name two networks."""

CONTACT_OPENINGS: tuple[str, ...] = (
    "scrivi a",
    "scrivete a",
    "scriveteci a",
    "maggiori informazioni su",
    "per maggiori informazioni visita",
)
"""Openings of a short line that gives an e-mail address to write to ("Write to Jane
Doe at jane@example.com"); the line must hold the address."""

COUNTER_NOUNS: dict[str, tuple[str, ...]] = {
    # a gallery's count of its pictures ("12 photos", "Fotos (8)")
    "caption": ("foto", "immagine", "immagini", "video"),
    "comments": ("commento", "commenti", "risposta", "risposte"),
    "share": ("condivisioni", "mi piace"),
    "metadata": ("visualizzazioni", "letture", "min di lettura", "minuti di lettura"),
}
"""Nouns counted next to a number ("12 commenti", "3 min di lettura")."""

READING_TIME_CUES: tuple[str, ...] = ("tempo di lettura",)
"""Openings of a reading-time line ("Tempo di lettura: 4 minuti")."""

MORE_WORDS: tuple[str, ...] = ("altre", "altri")
"""First words of a heading over other stories ("More World News"): a crosshead of the
story opens otherwise."""

SHARE_BUTTON_WORDS: tuple[str, ...] = (
    "condividere",
    "condividi",
    "stampa",
    "scarica",
    "invia",
    "copia",
)
"""Words of share buttons, found between the network names of a share bar."""
SIDE_BUTTON_WORDS: tuple[str, ...] = (
    "commenta",
    "commenti",
    "salva",
    "ascolta",
)
"""Buttons a share bar holds beside its share buttons (comment, save, listen): they
count as the bar's only on a line with a share button."""

STORY_TOPICS: dict[str, tuple[str, ...]] = {
    "promo": (
        "questo articolo è riservato",
        "riservato agli abbonati",
        "scarica l'app",
        "disdici quando vuoi",
        "leggi senza limiti",
        "ascolta il podcast",
        "guarda il video",
        "agli abbonati",
        "già abbonato",
        "già un abbonamento",
        "continuare a leggere",
        "nostra newsletter",
    ),
    "legal": (
        "informativa sulla privacy",
        "cookie policy",
        "accetta i cookie",
    ),
    "share": ("condividi su",),
    "comments": (
        "i commenti sono moderati",
        "si riserva di non pubblicare",
    ),
}
"""Keyword phrases that stories use too, by label as in ``KEYWORDS`` (and not repeated
there): they mark a line only when it is no running text, opens with the phrase (in
English) or speaks to the reader (:data:`READER_WORDS`)."""

READER_WORDS: tuple[str, ...] = (
    "tu",
    "tuo",
    "tua",
    "tuoi",
    "tue",
    "voi",
    "vostro",
    "vostra",
    "noi",
    "nostro",
    "nostra",
    "nostri",
    "nostre",
)
"""Words by which furniture speaks to the reader: "Sign up for *our* newsletter"."""


SECTION_WORDS: tuple[str, ...] = (
    "home",
    "cronaca",
    "politica",
    "economia",
    "esteri",
    "cultura",
    "spettacoli",
    "sport",
    "calcio",
    "motori",
    "salute",
    "viaggi",
    "tecnologia",
    "scienze",
    "ambiente",
    "opinioni",
    "video",
    "podcast",
    "meteo",
    "regioni",
    "mondo",
    "abbonati",
)
"""Names of a site's sections and menu items ("News", "Sport", "Opinion"): a line
of them run together, with nothing else, is a menu."""


POINTER_HERE_WORDS: tuple[str, ...] = ("qui",)
"""See ``POINTER_HERE_WORDS`` in :mod:`newsclean.lexicons.en`."""

POINTER_OPENINGS: tuple[str, ...] = (
    "leggi",
    "legga",
    "guarda",
    "ascolta",
    "scopri",
    "consulta",
    "clicca",
    "scarica",
    "iscriviti",
)
"""See ``POINTER_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

POINTER_ENDINGS: tuple[str, ...] = ("si può leggere qui", "è disponibile qui")
"""See ``POINTER_ENDINGS`` in :mod:`newsclean.lexicons.en`."""

STORY_NOTE_OPENINGS: tuple[str, ...] = (
    "correzione:",
    "rettifica:",
    "errata corrige:",
    "nota della redazione:",
    "una versione precedente di",
)
"""See ``STORY_NOTE_OPENINGS`` in :mod:`newsclean.lexicons.en`."""

WEATHER_WORDS: tuple[str, ...] = (
    "sereno",
    "soleggiato",
    "nuvoloso",
    "coperto",
    "pioggia",
    "rovesci",
    "nebbia",
    "neve",
    "temporali",
    "poco nuvoloso",
)
"""Conditions a weather widget prints beside its temperature ("Brisbane 26° Fine")."""

NEWSLETTER_WORDS: tuple[str, ...] = ("newsletter",)
"""See ``NEWSLETTER_WORDS`` in :mod:`newsclean.lexicons.en`."""

FREQUENCY_WORDS: tuple[str, ...] = ("ogni",)
"""See ``FREQUENCY_WORDS`` in :mod:`newsclean.lexicons.en`."""

LINK_PROMPTS: tuple[str, ...] = (
    "leggi tutto",
    "leggi",
)
"""See ``LINK_PROMPTS`` in :mod:`newsclean.lexicons.en`."""
