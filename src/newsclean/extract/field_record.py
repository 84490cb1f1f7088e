"""A record of a news API or dataset printed as text, field by field.

People save articles from news APIs and crawl datasets (NewsAPI, GDELT, Event
Registry, news-please's CC-News) by printing each record's fields one per line,
in whatever shape their script gave them::

    title: Council backs $41m ferry terminal rebuild
    author: Dana Whitcombe
    publishedAt: 2024-02-13T23:41:07Z
    url: https://www.example.com/news/ferry-terminal
    content:
    Councillors voted 7-4 on Tuesday night to spend $41 million …

    title = …                      "title": "…",
    source.name = The Daily …      "date_publish": "2024-05-07 10:15:00",

The field lines are no story text, and they say plainly what the page leaves to
be guessed, so they are read first, like front matter. A line counts only with a
key news records use (:data:`RECORD_KEYS`), in a run of two such lines at least (a
story's "Source: Reuters" is one line alone), and only when the text holds
:data:`MIN_RECORD_KEYS` different keys, one of them a key only records have
(:data:`RECORD_ONLY_KEYS`: a book review's fact box, "Title: … / Author: … / Date:
…", has none) or a JSON brace: then the fields may stand anywhere, over the content
and under it. A content field's value on its own line stays in the body. The braces of
a JSON record and an API's truncation marker ("… [+3187 chars]") go with them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.model import Block

__all__ = ["RECORD_KEYS", "record_lines"]

RECORD_KEYS: dict[str, str] = {
    # field -> the Article field it fills ("" for none)
    "publishedat": "published",
    "published_at": "published",
    "date_publish": "published",
    "datepublished": "published",
    "pubdate": "published",
    "seendate": "published",
    "datetime": "published",
    "date_modify": "updated",
    "date_download": "",
    "source": "publisher",
    "source.name": "publisher",
    "source_name": "publisher",
    "source_domain": "",
    "source.url": "",
    "source_id": "",
    "domain": "",
    "author": "authors",
    "authors": "authors",
    "creator": "authors",
    "byline": "authors",
    "title": "title",
    "headline": "title",
    "description": "subtitle",
    "summary": "subtitle",
    "snippet": "subtitle",
    "excerpt": "subtitle",
    "url": "",
    "link": "",
    "urltoimage": "",
    "image": "",
    "image_url": "",
    "socialimage": "",
    "uri": "",
    "lang": "",
    "language": "",
    "country": "",
    "category": "section",
    "categories": "section",
    "keywords": "tags",
    "tags": "tags",
    "isduplicate": "",
    "datatype": "",
    "sim": "",
    "time": "",
    "date": "published",
    "id": "",
    "article_id": "",
    "content": "",
    "maintext": "",
    "body": "",
    "text": "",
    "full_text": "",
}
"""The keys of news API and dataset records, and the Article field each fills."""

MIN_RECORD_KEYS = 4
"""Field lines with a record's key a text must hold to be read as a record: a
story may hold a line or two of the shape ("Source: Reuters", "Date: Monday")."""

_PAIR = re.compile(r"[\"“]?(?P<key>[A-Za-z_][\w.]{0,40})[\"”]?[ \t]{0,3}[:=](?P<value>.*)")
"""A field line: a key, quoted or not, then ":" or "=" and the rest of the line, its
value (blanks and a JSON line's comma are stripped in Python: one pass)."""
RECORD_ONLY_KEYS = frozenset(
    {"url", "link", "urltoimage", "image_url", "socialimage", "publishedat", "published_at"}
    | {"date_publish", "date_download", "date_modify", "source_domain", "source.name"}
    | {"source.url", "source_id", "maintext", "content", "uri", "datatype", "isduplicate"}
    | {"sim", "seendate", "article_id", "full_text"}
)
"""Keys only a record has: a story's fact box ("Title: … / Author: … / Date: …" under a
book review, "Date: … / Time: …" in a listing) has none of them."""
BODY_KEYS = frozenset({"content", "maintext", "body", "text", "full_text"})
"""Keys whose value is the article's text: a value on their line stays in the body
(unless it is the API's cut copy of a text printed in full elsewhere)."""
_EMPTY_VALUES = frozenset({"", "null", "none", "nan", "undefined", "[]", "{}"})
"""Values that say a field is empty: no title, no author."""
_BRACES = frozenset({"{", "}", "[", "]", "},", "],"})
_TRUNCATED = re.compile(r"(?:…|\.\.\.)?[ \t]*\[\+?\d{1,7}[ \t]+chars?\]|(?:…|\.\.\.)")
"""An API's truncation marker alone on its line: "… [+3187 chars]", "... [2870 chars]"."""
_TRUNCATED_END = re.compile(r"\[\+?\d{1,7}[ \t]+chars?\][ \t]*$")
"""The marker closing the cut copy of the content an API gives ("… st… [+4468 chars]")."""


def record_key(text: str) -> tuple[str, str] | None:
    """(key, value) of a record's field line, the key folded ("publishedAt" is
    "publishedat"), or ``None`` when the line is no field line of a known key.

    >>> record_key('"date_publish": "2024-05-07 10:15:00",')
    ('date_publish', '2024-05-07 10:15:00')
    >>> record_key("Source: Reuters")
    ('source', 'Reuters')
    >>> record_key("The mayor: we will rebuild") is None
    True
    """
    m = _PAIR.match(text.strip())
    if m is None:
        return None
    key = m["key"].casefold()
    if key not in RECORD_KEYS:
        return None
    value = m["value"].strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] in "\"“'" and value[-1] in "\"”'":
        value = value[1:-1].strip()
    empty = value.casefold() in _EMPTY_VALUES or not value.strip("\"“”'‘’")
    return key, "" if empty else value


def record_lines(blocks: Sequence[Block]) -> dict[int, tuple[str, str]]:
    """The field lines of a record printed in ``blocks``: block index -> (key, value),
    and the record's braces and truncation markers (key ``""``); empty when the text
    is no such record."""
    keyed = {i: found for i, b in enumerate(blocks) if (found := record_key(b.text)) is not None}
    if len({key for key, _ in keyed.values()}) < MIN_RECORD_KEYS:
        return {}  # "Date: … / Time: …" twice over is a listing's, no record
    if not any(key in RECORD_ONLY_KEYS for key, _ in keyed.values()) and not any(
        b.text.strip() in _BRACES for b in blocks
    ):
        return {}  # a story's fact box: "Title: … / Author: … / Date: … / Category: …"
    full_text = sum(1 for i, b in enumerate(blocks) if i not in keyed and len(b.text) > 200)
    for i, (key, value) in list(keyed.items()):
        # "content: Councillors voted …": the text itself stays in the body, unless it is
        # the API's cut copy ("… [+3187 chars]") of a text printed in full below
        if key in BODY_KEYS and value and not (full_text and _TRUNCATED_END.search(value)):
            del keyed[i]
    # a field line stands next to another field line (or a brace, or the record's
    # body opening, "content:" with no value): a line of the story alone is no field
    chosen: dict[int, tuple[str, str]] = {}
    for i, found in keyed.items():
        near = (
            (i - 1 in keyed or i + 1 in keyed)
            or _is_brace(blocks, i - 1)
            or _is_brace(blocks, i + 1)
        )
        if near:
            chosen[i] = found
    if len({key for key, _ in chosen.values()}) < MIN_RECORD_KEYS:
        return {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if i in chosen:
            continue
        if text in _BRACES and (i - 1 in chosen or i + 1 in chosen or i in (0, len(blocks) - 1)):
            chosen[i] = ("", "")
        elif _TRUNCATED.fullmatch(text) or (full_text and _TRUNCATED_END.search(text)):
            # "… [+3187 chars]", or the content field's cut copy closing with it
            chosen[i] = ("", "")
    return chosen


def _is_brace(blocks: Sequence[Block], i: int) -> bool:
    return 0 <= i < len(blocks) and blocks[i].text.strip() in _BRACES
