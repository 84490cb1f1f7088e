"""The toolbar a web archive prints over a saved page.

A page saved from the Internet Archive's Wayback Machine, dumped to text by a text
browser or copied from a browser window, opens with the archive's toolbar, not the
site's::

    The Wayback Machine - https://web.archive.org/web/20091121044512/http://…
    Go
    47 captures
    19 Nov 2009 - 02 Aug 2016
    Oct NOV Dec
    21
    2008 2009 2010
    success
    fail
    About this capture
    COLLECTED BY
    Organization: Alexa Crawls
    Starting in 1996, Alexa Internet has been donating their crawl data to …
    Collection: Alexa Crawl DH
    TIMESTAMPS
    loading

None of it is the page's: not its headline, not its date (the capture's), not its
story, though the collection's description reads as prose. The toolbar is found by
its shape, which is the archive's and the same on every site it saved: the line
naming the archive and the saved address (or the capture count) at the very top,
down to the "TIMESTAMPS" panel that closes it; without that panel only the lines
that are plainly the toolbar's (counts, dates, month and year rows, its buttons).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsclean.model import Block

__all__ = ["find_archive_banner"]

HEAD_BLOCKS = 3
"""Blocks the toolbar may sit under at the top of the text (a saved file's title, a
blank the dump kept): further down, the page has begun."""
MAX_BLOCKS = 40
"""Longest toolbar read: the panel with two collections' descriptions is about 20
lines; the page starts long before 40."""

_ARCHIVE_LINE = re.compile(
    r"(?:the )?wayback machine[ \t]*(?:[-–—:][ \t]*)?https?://web\.archive\.org/web/\d{4,14}"
    r"\S{0,2000}",
    re.IGNORECASE,
)
"""The line the archive prints (hidden on screen, kept by text dumps) with the saved
address: "The Wayback Machine - https://web.archive.org/web/2019…/https://…"."""
_CAPTURES = re.compile(r"[\d,.]{1,12}[ \t]+captures?", re.IGNORECASE)
"""The capture count: "47 captures", "1,234 captures"."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_TOOLBAR_LINE = re.compile(
    r"go|success|fail|about this capture|collected by|timestamps|loading"
    r"|[\d,.]{1,12}[ \t]+captures?"
    rf"|\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}[ \t]*[-–][ \t]*\d{{1,2}}[ \t]+{_MONTH}[ \t]+\d{{4}}"
    rf"|{_MONTH}[ \t]+{_MONTH}[ \t]+{_MONTH}"
    r"|\d{1,2}|\d{4}[ \t]+\d{4}[ \t]+\d{4}"
    r"|(?:organization|collection):[ \t]+[^\n]{1,200}",
    re.IGNORECASE,
)
"""The toolbar's own lines: its buttons, the capture count, the span of captures
("19 Nov 2009 - 02 Aug 2016"), the month and year rows of its calendar and the day
between them, and the panel's headings; matched on the whole line with its blanks squeezed."""
_CLOSING = "timestamps"
"""The last heading of the panel: after it only the "loading" of its list."""
_AFTER_CLOSING = frozenset({"loading"})
_PANEL_OPENINGS = frozenset({"about this capture", "collected by"})
"""The headings that open the toolbar's panel, above its "TIMESTAMPS"."""


def find_archive_banner(blocks: Sequence[Block]) -> tuple[int, ...]:
    """Indexes of the web archive's toolbar over the page, ``()`` when there is none.

    >>> from newsclean.segment import segment
    >>> text = ("The Wayback Machine - https://web.archive.org/web/2009/http://x.example/a\\n"
    ...         "Go\\n3 captures\\nsuccess\\nfail\\nAbout this capture\\nTIMESTAMPS\\nloading\\n"
    ...         "Council approves new bridge\\nThe council voted on Monday.")
    >>> find_archive_banner(segment(text))
    (0, 1, 2, 3, 4, 5, 6, 7)
    """
    start = next(
        (
            i
            for i, block in enumerate(blocks[:HEAD_BLOCKS])
            if _ARCHIVE_LINE.fullmatch(block.text.strip())
            or _CAPTURES.fullmatch(block.text.strip())
        ),
        None,
    )
    if start is None:
        return ()
    end = min(len(blocks), start + 1 + MAX_BLOCKS)
    closing = next(
        (j for j in range(start + 1, end) if blocks[j].text.strip().casefold() == _CLOSING), None
    )
    # the panel's closing heading counts under its own opening only: a podcast's
    # "Timestamps" further down the page is the page's
    if closing is not None and not any(
        blocks[j].text.strip().casefold() in _PANEL_OPENINGS for j in range(start + 1, closing)
    ):
        closing = None
    if closing is not None:
        last = closing
        if last + 1 < len(blocks) and blocks[last + 1].text.strip().casefold() in _AFTER_CLOSING:
            last += 1
        return tuple(range(start, last + 1))
    last = start
    while last + 1 < end and _TOOLBAR_LINE.fullmatch(" ".join(blocks[last + 1].text.split())):
        last += 1
    if last == start and not _ARCHIVE_LINE.fullmatch(blocks[start].text.strip()):
        return ()  # "12 captures" alone: a page's own line, not the archive's toolbar
    return tuple(range(start, last + 1))
