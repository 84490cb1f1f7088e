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

import importlib
import logging
from typing import TYPE_CHECKING, Any

from newsclean._version import __version__
from newsclean.batch import clean_many
from newsclean.errors import (
    CleaningFailed,
    InvalidInput,
    InvalidOption,
    InvalidOptionValue,
    NewscleanError,
)
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
from newsclean.pipeline import Pipeline, clean, default_pipeline
from newsclean.segment import segment  # eager: the submodule of that name is imported anyway

if TYPE_CHECKING:
    from newsclean.classify.boilerplate import strip_boilerplate
    from newsclean.classify.captions import strip_captions
    from newsclean.classify.safety import guard_overremoval
    from newsclean.extract.metadata import extract_metadata
    from newsclean.extract.quotes import extract_quotes
    from newsclean.normalize.markdown import read_markdown
    from newsclean.normalize.quotes import normalize_quotes
    from newsclean.normalize.unicode import fix_unicode
    from newsclean.normalize.whitespace import normalize_whitespace
    from newsclean.normalize.wrapped_lines import join_wrapped_lines

_LAZY = {
    "strip_boilerplate": "newsclean.classify.boilerplate",
    "strip_captions": "newsclean.classify.captions",
    "guard_overremoval": "newsclean.classify.safety",
    "extract_metadata": "newsclean.extract.metadata",
    "extract_quotes": "newsclean.extract.quotes",
    "read_markdown": "newsclean.normalize.markdown",
    "normalize_quotes": "newsclean.normalize.quotes",
    "fix_unicode": "newsclean.normalize.unicode",
    "normalize_whitespace": "newsclean.normalize.whitespace",
    "join_wrapped_lines": "newsclean.normalize.wrapped_lines",
}
"""The cleaners, imported on first use: their modules compile a few hundred patterns
and phrase lists, which ``import newsclean`` should not pay for (a CLI asked for
``--help``, a worker process that only unpickles Articles). :func:`clean` imports
them when it first builds the default pipeline."""


def __getattr__(name: str) -> Any:
    """Import a cleaner the first time it is asked for (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'newsclean' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
