"""E-mail addresses, web addresses and social handles printed in the text.

Pages print them in contact footers ("Get in touch … at news@example.com"),
feed footers ("from News – Site https://example.com/x"), bylines
("@janedoe") and the story itself. They are collected in reading order,
each once. A cheap test (is there an ``@``, an ``http`` or a ``www.``?)
comes before any pattern, so most lines cost one substring search.

The patterns are linear: bounded runs of disjoint character classes.

>>> find_emails("Write to webnews@example.co.uk or tips@example.com.")
['webnews@example.co.uk', 'tips@example.com']
>>> find_urls("from News – Site https://ift.tt/enQGuV7, see www.example.org.")
['https://ift.tt/enQGuV7', 'www.example.org']
>>> find_handles("Follow @janedoe and @news_desk; mail jo@example.com")
['@janedoe', '@news_desk']
"""

from __future__ import annotations

import re

__all__ = ["WEBMAIL_DOMAINS", "domain_name", "find_emails", "find_handles", "find_urls"]

_EMAIL = re.compile(
    r"(?<![\w.+-])[\w+-](?:[\w.+-]{0,62}[\w+-])?@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,24}(?![\w-])"
)
_URL = re.compile(r"(?<![\w@/])(?:https?://|www\.)[^\s<>\"'`{}|\\^\[\]]{1,2000}", re.IGNORECASE)
_HANDLE = re.compile(r"(?<![\w@./])@[A-Za-z0-9_]{2,30}(?![\w@.-])")
_URL_HINT = re.compile(r"http|www\.", re.IGNORECASE)
_URL_TRAILING = ".,;:!?)]}'\"’”"

WEBMAIL_DOMAINS = frozenset(
    {
        "gmail",
        "googlemail",
        "yahoo",
        "hotmail",
        "outlook",
        "live",
        "msn",
        "icloud",
        "me",
        "aol",
        "protonmail",
        "proton",
        "gmx",
        "web",
        "mail",
        "yandex",
        "zoho",
        "qq",
        "163",
    }
)
"""Mail services whose domain says nothing about the publisher."""

_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ne", "or", "go"})


def find_emails(text: str) -> list[str]:
    """E-mail addresses in ``text``, in order."""
    if "@" not in text:
        return []
    return [m.group() for m in _EMAIL.finditer(text)]


def find_urls(text: str) -> list[str]:
    """Web addresses (``http(s)://…`` or ``www.…``) in ``text``, trailing punctuation dropped."""
    if _URL_HINT.search(text) is None:
        return []
    out = []
    for m in _URL.finditer(text):
        url = m.group().rstrip(_URL_TRAILING)
        if "." in url:
            out.append(url)
    return out


def find_handles(text: str) -> list[str]:
    """Social media handles (``@name``) in ``text``, not counting e-mail addresses."""
    if "@" not in text:
        return []
    return [m.group() for m in _HANDLE.finditer(text)]


def domain_name(email: str) -> str | None:
    """The organisation an address belongs to, from its domain ("Metro" for …@metro.co.uk).

    ``None`` for web mail services and for domains too generic to name anyone.

    >>> domain_name("webnews@metro.co.uk"), domain_name("someone@gmail.com")
    ('Metro', None)
    """
    domain = email.rpartition("@")[2].casefold()
    labels = [p for p in domain.split(".") if p]
    if len(labels) < 2:
        return None
    labels = labels[:-1]  # top-level domain
    if len(labels) >= 2 and labels[-1] in _SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-1]
    if name in WEBMAIL_DOMAINS or len(name) < 2 or not name.isalpha():
        return None
    return name.capitalize()
