"""News agencies (wire services), by the names and abbreviations they print.

Source: written for newsclean from the agencies' own bylines and the
credits news sites print ("(AP) —", "– Reuters", "PTI, New Delhi"), listed
in the member directories of the European Alliance of News Agencies and the
Organization of Asia-Pacific News Agencies. These are agencies, not outlets:
a byline or credit naming one sets ``Article.agency``, never ``authors``.

Keys are matched case-insensitively, except the short all-capital
abbreviations in :data:`CASE_SENSITIVE`, which are ordinary words in some
languages ("AP", "PA", "TT" …) and only count written in capitals (or, for
the two-letter ones, capitalised as in "Ap Sports Writer").
"""

from __future__ import annotations

AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "dpa-afx": "dpa-AFX",
    "efe": "EFE",
    "agencia efe": "EFE",
    "ansa": "ANSA",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ians": "IANS",
    "ani": "ANI",
    "uni": "UNI",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "jiji press": "Jiji Press",
    "yonhap": "Yonhap",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "upi": "UPI",
    "united press international": "UPI",
    "canadian press": "The Canadian Press",
    "the canadian press": "The Canadian Press",
    "cp": "The Canadian Press",
    "aap": "AAP",
    "australian associated press": "AAP",
    "bernama": "Bernama",
    "anadolu agency": "Anadolu Agency",
    "anadolu": "Anadolu Agency",
    "lusa": "Lusa",
    "agência brasil": "Agência Brasil",
    "europa press": "Europa Press",
    "apa": "APA",
    "kna": "KNA",
    "epd": "epd",
    "belga": "Belga",
    "anp": "ANP",
    "ntb": "NTB",
    "tt": "TT",
    "ritzau": "Ritzau",
    "stt": "STT",
    "ctk": "ČTK",
    "čtk": "ČTK",
    "pap": "PAP",
    "mti": "MTI",
    "keystone-sda": "Keystone-SDA",
    "sda": "Keystone-SDA",
    "ats": "ATS",
    "pa": "PA Media",
    "pa media": "PA Media",
    "press association": "PA Media",
    "antara": "Antara",
    "wam": "WAM",
    "kuna": "KUNA",
    "mena": "MENA",
    "nan": "NAN",
    "notimex": "Notimex",
    "télam": "Télam",
    "telam": "Télam",
    "sputnik": "Sputnik",
    "bloomberg": "Bloomberg",
}
"""Printed name (lower case) → the agency's usual name."""

CASE_SENSITIVE = frozenset(
    {
        "ap",
        "cp",
        "pa",
        "tt",
        "ani",
        "uni",
        "apa",
        "ats",
        "nan",
        "wam",
        "kna",
        "sda",
        "stt",
        "pap",
        "mti",
        "anp",
        "ntb",
        "aap",
        "efe",
        "upi",
        "mena",
    }
)
"""Abbreviations that only count in capitals ("AP"), or capitalised ("Ap") if two letters."""


WITH_AGENCY: tuple[str, ...] = (
    "with",
    "with inputs from",
    "with input from",
    "with additional inputs from",
    "avec",
    "mit",
    "mit material von",
    "con",
    "con información de",
    "com",
    "com informações da",
    "met",
    "с",
)
"""What stands between an outlet and the agency it used in a closing credit line
("Le Monde avec AFP", "(Avec AFP)", "Con información de EFE", "mit Material von
dpa", "(With inputs from PTI)"), in the lexicon languages: the line credits the agency."""
