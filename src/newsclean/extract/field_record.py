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
key news records use (:data:`RECORD_KEYS`, :data:`~newsclean.extract.front_matter.
FIELD_OF_KEY`), in a run of two such lines at least (a story's "Source: Reuters"
is one line alone), and only when the text holds :data:`MIN_RECORD_KEYS` of them:
then the fields may stand anywhere, over the content and under it. The braces of
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

_PAIR = re.compile(
    r"[\"“]?(?P<key>[A-Za-z_][\w.]{0,40})[\"”]?[ \t]{0,3}[:=]"
    r"(?:[ \t]*(?P<value>\S.{0,4000}?))?[ \t]*,?[ \t]*"
)
"""A field line: a key, quoted or not, then ":" or "=" and perhaps the value (a JSON
line's comma after it)."""
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
    m = _PAIR.fullmatch(text.strip())
    if m is None:
        return None
    key = m["key"].casefold()
    if key not in RECORD_KEYS:
        return None
    value = (m["value"] or "").strip().rstrip(",").strip()
    if len(value) >= 2 and value[0] in "\"“'" and value[-1] in "\"”'":
        value = value[1:-1].strip()
    return key, value


def record_lines(blocks: Sequence[Block]) -> dict[int, tuple[str, str]]:
    """The field lines of a record printed in ``blocks``: block index -> (key, value),
    and the record's braces and truncation markers (key ``""``); empty when the text
    is no such record."""
    keyed = {i: found for i, b in enumerate(blocks) if (found := record_key(b.text)) is not None}
    if len(keyed) < MIN_RECORD_KEYS:
        return {}
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
    if len(chosen) < MIN_RECORD_KEYS:
        return {}
    for i, block in enumerate(blocks):
        text = block.text.strip()
        if i in chosen:
            continue
        if text in _BRACES and (i - 1 in chosen or i + 1 in chosen or i in (0, len(blocks) - 1)):
            chosen[i] = ("", "")
        elif _TRUNCATED.fullmatch(text) or _TRUNCATED_END.search(text):
            # "… [+3187 chars]", or the content field's cut copy closing with it
            chosen[i] = ("", "")
    return chosen


def _is_brace(blocks: Sequence[Block], i: int) -> bool:
    return 0 <= i < len(blocks) and blocks[i].text.strip() in _BRACES
