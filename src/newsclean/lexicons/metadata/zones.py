"""Time-zone abbreviations news sites print after a time, and their offsets.

Source: the abbreviations of the IANA time zone database (tzdata) for the
zones news sites print most, with their standard UTC offsets. Abbreviations
shared by several zones are resolved to the one news pages use most (IST:
India; CST: US Central) and documented here; generic North American names
("ET", "PT") depend on daylight saving time and are resolved with
:mod:`zoneinfo` on the date in question (see :data:`GENERIC`).
"""

from __future__ import annotations

FIXED: dict[str, int] = {
    "utc": 0,
    "gmt": 0,
    "z": 0,
    "wet": 0,
    "bst": 60,
    "ist": 330,
    "cet": 60,
    "cest": 120,
    "mez": 60,
    "mesz": 120,
    "eet": 120,
    "eest": 180,
    "msk": 180,
    "est": -300,
    "edt": -240,
    "cst": -360,
    "cdt": -300,
    "mst": -420,
    "mdt": -360,
    "pst": -480,
    "pdt": -420,
    "akst": -540,
    "akdt": -480,
    "hst": -600,
    "ast": -240,
    "adt": -180,
    "nzst": 720,
    "nzdt": 780,
    "aest": 600,
    "aedt": 660,
    "acst": 570,
    "acdt": 630,
    "awst": 480,
    "jst": 540,
    "kst": 540,
    "hkt": 480,
    "sgt": 480,
    "pht": 480,
    "wib": 420,
    "pkt": 300,
    "sast": 120,
    "wat": 60,
    "cat": 120,
    "eat": 180,
    "brt": -180,
    "art": -180,
}
"""Abbreviation (lower case) → offset from UTC in minutes."""

GENERIC: dict[str, str] = {
    "et": "America/New_York",
    "ct": "America/Chicago",
    "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}
"""Zone names without standard/daylight distinction → IANA zone to resolve them."""

SPELLED_OUT: dict[str, str] = {
    "eastern standard time": "est",
    "eastern daylight time": "edt",
    "central standard time": "cst",
    "central daylight time": "cdt",
    "mountain standard time": "mst",
    "mountain daylight time": "mdt",
    "pacific standard time": "pst",
    "pacific daylight time": "pdt",
    "alaska standard time": "akst",
    "alaska daylight time": "akdt",
    "hawaii standard time": "hst",
    "atlantic standard time": "ast",
    "atlantic daylight time": "adt",
    "eastern time": "et",
    "central time": "ct",
    "mountain time": "mt",
    "pacific time": "pt",
    "greenwich mean time": "gmt",
    "coordinated universal time": "utc",
    "british summer time": "bst",
    "central european time": "cet",
    "central european summer time": "cest",
    "eastern european time": "eet",
    "eastern european summer time": "eest",
    "heure normale de l'est": "est",
    "heure avancée de l'est": "edt",
    "heure normale du pacifique": "pst",
    "heure avancée du pacifique": "pdt",
    "heure normale d'europe centrale": "cet",
    "heure avancée d'europe centrale": "cest",
    "mitteleuropäische zeit": "mez",
    "mitteleuropäische sommerzeit": "mesz",
}
"""Zone names spelled out after a time, as wire services print them ("04:05 PM Eastern
Standard Time", "02:00 AM Heure normale de l'Est"), and the abbreviation each stands for."""
