"""newsclean: turn raw news text into clean, typed articles.

>>> import newsclean
>>> article = newsclean.clean("Leave a Reply\\n\\nThe council met on Monday.")
>>> article.body
'The council met on Monday.'
>>> article.removed[0].kind
'comments'

Every cleaner is also a function of its own: text normalisers return what
they are given (``str`` or :class:`Article`), block cleaners and extractors
return an :class:`Article`. :func:`default_pipeline` gives the
:class:`Pipeline` that :func:`clean` runs, to reorder, trim or extend.
"""

from __future__ import annotations

import logging

from newsclean._version import __version__
from newsclean.batch import clean_many
from newsclean.classify.boilerplate import strip_boilerplate
from newsclean.classify.captions import strip_captions
from newsclean.classify.safety import guard_overremoval
from newsclean.errors import (
    CleaningFailed,
    InvalidInput,
    InvalidOption,
    InvalidOptionValue,
    NewscleanError,
)
from newsclean.extract.metadata import extract_metadata
from newsclean.extract.quotes import extract_quotes
from newsclean.model import (
    Article,
    Block,
    Caption,
    Diagnostic,
    FieldSource,
    Quote,
    Removal,
    Verdict,
)
from newsclean.normalize.markdown import read_markdown
from newsclean.normalize.quotes import normalize_quotes
from newsclean.normalize.unicode import fix_unicode
from newsclean.normalize.whitespace import normalize_whitespace
from newsclean.normalize.wrapped_lines import join_wrapped_lines
from newsclean.pipeline import Pipeline, clean, default_pipeline
from newsclean.segment import segment

__all__ = [
    "Article",
    "Block",
    "Caption",
    "CleaningFailed",
    "Diagnostic",
    "FieldSource",
    "InvalidInput",
    "InvalidOption",
    "InvalidOptionValue",
    "NewscleanError",
    "Pipeline",
    "Quote",
    "Removal",
    "Verdict",
    "__version__",
    "clean",
    "clean_many",
    "default_pipeline",
    "extract_metadata",
    "extract_quotes",
    "fix_unicode",
    "guard_overremoval",
    "join_wrapped_lines",
    "normalize_quotes",
    "normalize_whitespace",
    "read_markdown",
    "segment",
    "strip_boilerplate",
    "strip_captions",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
