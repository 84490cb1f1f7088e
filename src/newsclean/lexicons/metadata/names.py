"""Pieces of personal names that are not capitalised words, and what follows names.

Source: written for newsclean from common naming conventions (Dutch, German,
French, Iberian, Italian and Arabic particles; generational suffixes) and the
academic and professional credentials bylines print after a name
("Jane Doe, MS, RD"). Lower case; matching folds case.
"""

from __future__ import annotations

PARTICLES = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "del",
        "della",
        "der",
        "den",
        "di",
        "van",
        "von",
        "ter",
        "ten",
        "la",
        "le",
        "lo",  # "Andrea Lo Cascio"
        "dal",
        "dalla",
        "dei",
        "degli",
        "bin",
        "binti",
        "al",
        "el",
        "ibn",
        "st.",
        "y",
        "e",
        "zu",
    }
)
"""Particles allowed inside a name ("Anna de Vries", "Marcus De Guzman")."""

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
"""Generational suffixes allowed at the end of a name."""

CREDENTIALS = frozenset(
    {
        "phd",
        "ph.d.",
        "md",
        "m.d.",
        "ms",
        "rd",
        "rn",
        "mba",
        "ma",
        "msc",
        "bsc",
        "mph",
        "dds",
        "cfa",
        "cpa",
        "esq",
        "esq.",
        "dr",
        "prof",
    }
)
"""Credentials printed after a name, dropped from it."""

TITLES = frozenset(
    {"dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs", "mrs.", "ms.", "sir", "dame"}
    | {"rev", "rev.", "revd", "revd."}  # a priest's ("Rev. Jane Doe")
)
"""Honorifics printed before a name, dropped from it."""

PLACE_PARTICLES = frozenset(
    {
        *PARTICLES,
        "new",  # New York, New Delhi, NEW ORLEANS
        "the",  # The Hague, THE WOODLANDS
        "los",  # Los Angeles
        "las",  # Las Vegas, Las Palmas
        "les",  # Les Cayes
        "des",  # Des Moines
        "au",  # Port-au-Prince printed with spaces
        "aux",
        "am",  # Frankfurt am Main
        "an",  # Neustadt an der Weinstraße
        "im",
        "es",  # Dar es Salaam
    }
)
"""Words that open or join place names (the "New" of New York, the "Los" of Los
Angeles). Datelines may hold them although most are words never part of a
personal name; a place made of these words alone ("THE —") is no place."""

NAMES_TOO = frozenset({"oleh"})
"""One-word byline cues that are people's first names too (Indonesian "Oleh …", the
Ukrainian name Oleh): left out of the words never part of a name, so "By Oleh Pavliuk"
names him; a cue of the page's language still opens its byline."""

SURNAMES_TOO = frozenset(
    {"piątek", "piatek", "środa", "sroda", "sobota", "niedziela", "pátek", "středa", "pazar"}
    | {"середа", "sereda"}
)
"""Weekday names that are common surnames too (Polish, Czech, Turkish, Ukrainian
"Середа"): never the first word of a name ("Środa, 14 lutego 2024" is a date line),
but a surname after a first name ("Tomasz Piątek", "Magdalena Środa")."""
