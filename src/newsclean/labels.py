"""The labels a block can carry, as plain strings.

A label says what a block *is*; only ``body`` blocks make up
:attr:`Article.body`. Everything else is a removal that keeps its text and
offsets in :attr:`Article.removed`. Labels are plain strings so custom
cleaners can add their own; the ones below are what the built-in cleaners use.
"""

from __future__ import annotations

__all__ = [
    "ADS",
    "BODY",
    "BOILERPLATE",
    "BYLINE",
    "CAPTION",
    "COMMENTS",
    "CONTACT",
    "DATELINE",
    "DUPLICATE_TITLE",
    "KNOWN_LABELS",
    "LEGAL",
    "METADATA",
    "NAVIGATION",
    "PROMO",
    "RELATED",
    "SECTION",
    "SHARE",
    "SUBTITLE",
    "TITLE",
]

BODY = "body"
"""Article prose: the only label kept in the body."""
TITLE = "title"
"""The headline."""
SUBTITLE = "subtitle"
"""The standfirst (dek) under the headline."""
BYLINE = "byline"
"""Author lines ("By Jane Doe")."""
DATELINE = "dateline"
"""A line that only carries the place and date of the story."""
CAPTION = "caption"
"""Image captions, photo credits, gallery and video labels."""
RELATED = "related"
"""Related / read-more / more-from lists and teaser headlines."""
NAVIGATION = "navigation"
"""Menus, breadcrumbs, section lists, pagination."""
PROMO = "promo"
"""Newsletter, subscription, app, podcast and donation prompts."""
SHARE = "share"
"""Social buttons and share prompts."""
COMMENTS = "comments"
"""Comment forms, comment counts and threads."""
LEGAL = "legal"
"""Copyright, cookie, consent, privacy and terms notices."""
ADS = "ads"
"""Advertisement markers ("Advertisement", "Story continues below")."""
CONTACT = "contact"
"""Tip, contact and correction footers."""
DUPLICATE_TITLE = "duplicate_title"
"""The headline repeated inside the text."""
METADATA = "metadata"
"""Timestamps, tags, category lines and similar page furniture."""
SECTION = "section"
"""Section labels ("NEWS", "Categorized as News")."""
BOILERPLATE = "boilerplate"
"""Anything else that is not article text."""

KNOWN_LABELS = frozenset(
    {
        BODY,
        TITLE,
        SUBTITLE,
        BYLINE,
        DATELINE,
        CAPTION,
        RELATED,
        NAVIGATION,
        PROMO,
        SHARE,
        COMMENTS,
        LEGAL,
        ADS,
        CONTACT,
        DUPLICATE_TITLE,
        METADATA,
        SECTION,
        BOILERPLATE,
    }
)
