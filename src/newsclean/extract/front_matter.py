"""Front matter: the block of ``key: value`` lines some tools put over the text.

trafilatura with ``with_metadata=True``, static-site generators (Jekyll, Hugo)
and many crawl pipelines print the page's metadata as YAML front matter
between two ``---`` lines, over the story::

    ---
    title: Lagos art fair draws record crowds
    author: Temitope Adeyemi
    date: 2022-11-06
    sitename: The Culture Ledger
    ---

Reader services print a header of the same kind, unfenced, closed by the line
that opens the page's Markdown ("Title: …" / "URL Source: …" / "Published Time:
…" / "Markdown Content:"); scripts printing an extractor's fields over its text
close theirs with a blank line ("Title: …" / "Authors: …" / "Published: …").

Those lines are no story text, and they say plainly what the rest of the text
only implies, so they are read first: a field found here wins over what the
lines of the page suggest. Only a block at the very top counts, its lines all
``key: value`` pairs or list items, with at least :data:`MIN_KNOWN_KEYS` of the
keys in :data:`FIELD_OF_KEY` (a story that opens with a rule and a line like
"Update: …" is no front matter).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from newsclean.extract.bylines import parse_names
from newsclean.extract.dates import find_dates
from newsclean.extract.field_record import RECORD_KEYS, record_lines
from newsclean.extract.titles import strip_site_affixes
from newsclean.model import Block

__all__ = ["FIELD_OF_KEY", "FrontMatter", "find_front_matter"]

FIELD_OF_KEY: dict[str, str] = {
    "title": "title",
    "headline": "title",
    "author": "authors",
    "authors": "authors",
    "byline": "authors",
    "date": "published",
    "published": "published",
    "pubdate": "published",
    "date_published": "published",
    "datepublished": "published",
    "updated": "updated",
    "modified": "updated",
    "lastmod": "updated",
    "date_modified": "updated",
    "datemodified": "updated",
    "sitename": "publisher",
    "site_name": "publisher",
    "publisher": "publisher",
    "description": "subtitle",
    "subtitle": "subtitle",
    "excerpt": "subtitle",
    "categories": "section",
    "category": "section",
    "section": "section",
    "tags": "tags",
    "keywords": "tags",
    "url": "",
    "link": "",
    "permalink": "",
    "canonical": "",
    "hostname": "",
    "id": "",
    "fingerprint": "",
    "license": "",
    "image": "",
    "language": "",
    "lang": "",
    "source": "",
    "pagetype": "",
    "layout": "",
    "slug": "",
    "draft": "",
    "published_time": "published",
    "url_source": "",
    "warning": "",
}
"""The keys front matter uses, and the Article field each fills ("" for keys that
are known but fill none, such as trafilatura's ``fingerprint``; addresses, ``url``
among them, reach ``urls`` as every address in the text does)."""

MIN_KNOWN_KEYS = 2
"""Known keys a block must hold to be front matter: trafilatura always prints title
and url at least, and a generator's front matter has title and date."""
MAX_LINES = 60
"""Longest front matter read: a page's metadata, not a document of its own."""

_FENCE = frozenset({"---", "+++"})
_READER_OPENING = "Title:"
_READER_END = frozenset({"markdown content:", "content:"})
"""The line that closes a reader service's header ("Markdown Content:")."""
_READER_PAIR = re.compile(r"([A-Za-z][\w -]{0,40}?):(?:[ \t]+(?=\S)(.{0,2000}))?")
"""A header line of a reader service: its keys may hold spaces ("URL Source"), its
value may be empty ("Authors:" with no name)."""
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
MIN_KNOWN_KEYS_UNCLOSED = 3
"""Known keys of a header that no "Markdown Content:" line closes ("Title:" /
"Authors:" / "Published:"): a story may open with two labelled lines ("Title: …" /
"Date: …" of a form), seldom with three."""
_END_FENCE = frozenset({"---", "...", "+++"})
_PAIR = re.compile(r"([A-Za-z_][\w-]{0,40})[ \t]*[:=](?:[ \t]*(?=\S)(.{0,2000}))?[ \t]*")
"""A ``key: value`` line; the blanks before the value end where it starts (a lookahead:
a line of blanks and a value too long fails in linear time)."""
_ITEM = re.compile(r"-[ \t]+(.{1,500})")
_QUOTES = "\"'"


@attrs.frozen(slots=True)
class FrontMatter:
    """What front matter held: the blocks it spans and the fields it filled."""

    blocks: tuple[int, ...]
    """Indexes of its blocks, fences included."""
    fields: dict[str, tuple[object, int]]
    """Field name -> (value, index of the block it was read from)."""
    page_title: bool = False
    """Whether its title is the page's ``<title>``, as a reader service's header gives
    it (closed by "Markdown Content:"), not the headline a generator's front matter
    names: a headline the page prints as its first heading is then the better one."""


def find_front_matter(
    blocks: Sequence[Block], *, now: dt.datetime | None = None, original: str | None = None
) -> FrontMatter | None:
    """The front matter over ``blocks``, or ``None`` when the text opens otherwise.

    >>> from newsclean.segment import segment
    >>> text = "---\\ntitle: Bridge to reopen\\nauthor: Jane Doe\\n---\\nThe council met."
    >>> found = find_front_matter(segment(text))
    >>> found.fields["title"][0], found.fields["authors"][0], found.blocks
    ('Bridge to reopen', ('Jane Doe',), (0, 1, 2, 3))
    """
    if not blocks:
        return None
    if blocks[0].text.startswith(_READER_OPENING):
        found = _reader_header(blocks, now, original)
        return found if found is not None else _record(blocks, now)
    if blocks[0].text.strip() not in _FENCE:
        return _record(blocks, now)
    pairs: list[tuple[int, str, list[str]]] = []
    end = None
    for i in range(1, min(len(blocks), MAX_LINES + 2)):
        text = blocks[i].text.strip()
        if text in _END_FENCE:
            end = i
            break
        pair = _PAIR.fullmatch(text)
        if pair is not None:
            pairs.append((i, pair.group(1).lower(), _values(pair.group(2) or "")))
            continue
        item = _ITEM.fullmatch(text)
        if item is None or not pairs:
            return None  # a line of prose: the rule opened the story
        pairs[-1][2].append(_unquoted(item.group(1)))
    if end is None:
        return None
    return _front_matter(pairs, end, now)


def _reader_header(
    blocks: Sequence[Block], now: dt.datetime | None, original: str | None
) -> FrontMatter | None:
    """A reader service's header: "Title: …" and other ``Key: value`` lines up to the
    line that opens the page's Markdown, or, as a script printing an extractor's
    fields writes it ("Title: …" / "Authors: …" / "Published: …"), up to a blank line
    (the ``original`` text says where one stands); else ``None``."""
    pairs: list[tuple[int, str, list[str]]] = []
    for i in range(min(len(blocks), MAX_LINES + 1)):
        text = blocks[i].text.strip()
        if text.casefold() in _READER_END:
            found = _front_matter(pairs, i, now)
            return None if found is None else attrs.evolve(found, page_title=True)
        pair = _READER_PAIR.fullmatch(text)
        if pair is None:
            return None
        key = pair.group(1).strip().lower().replace(" ", "_")
        pairs.append((i, key, _values(pair.group(2) or "")))
        if i + 1 >= len(blocks) or original is None:
            continue
        after = blocks[i + 1]
        if _BLANK_LINE.search(original, blocks[i].end, after.start) and not (
            after.text.strip().casefold() in _READER_END or _known_pair(after.text.strip())
        ):
            # no closing line: the header ends at a blank line with the story under it
            # ("Washington: The council voted …" is the story's, no key of a header)
            return _front_matter(pairs, i, now, least=MIN_KNOWN_KEYS_UNCLOSED)
    return None


def _record(blocks: Sequence[Block], now: dt.datetime | None) -> FrontMatter | None:
    """A news API's or dataset's record printed field by field (see
    :mod:`newsclean.extract.field_record`), its fields read, or ``None``."""
    lines = record_lines(blocks)
    if not lines:
        return None
    fields: dict[str, tuple[object, int]] = {}
    for index in sorted(lines):
        key, raw = lines[index]
        field = RECORD_KEYS.get(key, "")
        if not field or not raw or field in fields:
            continue
        # 'source: {"id": null, "name": "Kessling Valley News"}', "authors: [{'uri': …,
        # 'name': 'Helen Mbatha', …}]": the names inside the objects
        values = _RECORD_NAME.findall(raw) if raw.startswith(("{", "[{")) else _values(raw)
        value = _field_value(field, values, now) if values else None
        if value is not None:
            fields[field] = (value, index)
    _split_site_off_title(fields)
    return FrontMatter(tuple(sorted(lines)), fields)


_RECORD_NAME = re.compile(r"[\"'“]name[\"'”]\s*:\s*[\"'“]([^\"'”]{1,200})[\"'”]")
"""The name inside a source given as an object ('{"id": null, "name": "…"}')."""


def _known_pair(text: str) -> bool:
    """Whether ``text`` is a header line with one of the keys of :data:`FIELD_OF_KEY`
    ("URL Source: …" after a blank line of a reader service's header)."""
    pair = _READER_PAIR.fullmatch(text)
    return pair is not None and pair.group(1).strip().lower().replace(" ", "_") in FIELD_OF_KEY


def _front_matter(
    pairs: list[tuple[int, str, list[str]]],
    end: int,
    now: dt.datetime | None,
    *,
    least: int = MIN_KNOWN_KEYS,
) -> FrontMatter | None:
    """The fields of the ``key: value`` pairs read, when ``least`` keys or more are
    known ones."""
    if sum(key in FIELD_OF_KEY for _, key, _ in pairs) < least:
        return None
    fields: dict[str, tuple[object, int]] = {}
    for index, key, values in pairs:
        field = FIELD_OF_KEY.get(key, "")
        value = _field_value(field, values, now) if field and values else None
        if value is not None and field not in fields:
            fields[field] = (value, index)
    _split_site_off_title(fields)
    return FrontMatter(tuple(range(end + 1)), fields)


def _split_site_off_title(fields: dict[str, tuple[object, int]]) -> None:
    """Strip the site's name off the title field read, and give it as the publisher
    unless one was read ("Headline - Example Post")."""
    title = fields.get("title")
    if title is not None and isinstance(title[0], str):
        headline, site = _title_and_site(title[0])
        fields["title"] = (headline, title[1])
        if site is not None:
            fields.setdefault("publisher", (site, title[1]))


def _title_and_site(title: str) -> tuple[str, str | None]:
    """A page's ``<title>`` without its site's name ("Headline - Example Post", see
    :func:`~newsclean.extract.titles.strip_site_affixes`), or split at its bars when
    the headline comes first and is the longest part ("Headline | Sport | Example
    Gazette"): the headline and the site."""
    core, site = strip_site_affixes(title)
    if core != title:
        return core, site
    parts = [p.strip() for p in title.split(" | ")]
    if len(parts) < 2 or len(parts[0].split()) <= max(len(p.split()) for p in parts[1:]):
        return title, None
    return parts[0], parts[-1]


def _values(raw: str) -> list[str]:
    """A value as a list of strings: a flow list ("['Art', 'Lagos']") is split."""
    raw = raw.strip()
    if raw.startswith("[") and raw.endswith("]"):
        return [v for v in (_unquoted(part) for part in raw[1:-1].split(",")) if v]
    value = _unquoted(raw)
    return [value] if value else []


def _unquoted(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in _QUOTES:
        text = text[1:-1].strip()
    return text


def _field_value(field: str, values: list[str], now: dt.datetime | None) -> object:
    """The Article value of ``field`` from the strings front matter gave it."""
    if field in ("published", "updated"):
        found = find_dates(values[0], now=now)
        return found[0].iso if found else None
    if field == "authors":
        names: list[str] = []
        for value in values:
            for part in value.split(";"):
                byline = parse_names(part, cued=True)
                if byline is not None:
                    names.extend(a for a in byline.authors if a not in names)
        return tuple(names) or None
    if field == "tags":
        return tuple(values)
    return values[0]
