"""Exceptions raised by newsclean.

Every exception subclasses :class:`NewscleanError` *and* the builtin that a
caller would naturally catch, so ``except TypeError`` keeps working for code
that does not know about newsclean, and ``except NewscleanError`` catches
everything this library raises on purpose.

Messages name the offending value and say what to do instead.
"""

from __future__ import annotations

import math
import os
import reprlib
from collections.abc import Iterable, Mapping

__all__ = [
    "CleaningFailed",
    "InvalidInput",
    "InvalidOption",
    "InvalidOptionValue",
    "NewscleanError",
    "describe_bad_input",
]


class NewscleanError(Exception):
    """Base class of every error newsclean raises deliberately."""


class InvalidInput(NewscleanError, TypeError):
    """The document handed to a cleaner is not text.

    >>> import newsclean
    >>> newsclean.clean(b"Hello")
    Traceback (most recent call last):
      ...
    newsclean.errors.InvalidInput: clean() takes text (str), got bytes ...
    """


class InvalidOption(NewscleanError, TypeError):
    """An option name that no cleaner accepts, or an option given the wrong type."""


class InvalidOptionValue(NewscleanError, ValueError):
    """An option given a value outside the values it accepts."""


class CleaningFailed(NewscleanError):
    """A document of a batch could not be cleaned; ``index`` is its 0-based position.

    Raised by :func:`newsclean.clean_many` and :func:`newsclean.batch.clean_partition`
    with the document's own exception as ``__cause__`` (from a worker process,
    the cause is the worker's formatted traceback).
    """

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index

    def __reduce__(self) -> tuple[type[CleaningFailed], tuple[str, int]]:
        # exceptions pickle as cls(*args); ours has two arguments, args has one
        return type(self), (str(self.args[0]), self.index)


def describe_bad_input(value: object, *, where: str = "clean()", article_ok: bool = True) -> str:
    """Explain why ``value`` is not a document and what to pass instead.

    ``article_ok`` says whether ``where`` also takes an :class:`Article`
    (cleaners and pipelines do, :func:`newsclean.clean` does not).

    >>> print(describe_bad_input(["a", "b"], article_ok=False))
    clean() takes text (str), got list: ['a', 'b']. Clean one document
    at a time: [newsclean.clean(t) for t in texts].
    """
    kind = type(value).__name__
    takes = "text (str) or a newsclean.Article" if article_ok else "text (str)"
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (
            f"{where} takes text (str), got {kind} of length {len(value)}. "
            "Decode it first, e.g. data.decode('utf-8', errors='replace'); if the encoding "
            "is unknown, install newsclean[detect] and use "
            "str(charset_normalizer.from_bytes(data).best()), or run the "
            "`newsclean clean FILE` command, which detects encodings and reports "
            "undecodable files."
        )
    if value is None:
        return f"{where} takes {takes}, got None. Pass '' for an empty document."
    from newsclean.model import Article  # here: errors must stay importable from anywhere

    if isinstance(value, Article) and not article_ok:
        return (
            f"{where} takes text (str), got an Article. To run cleaners again on an "
            "Article, call a pipeline with it: newsclean.default_pipeline()(article)."
        )
    shown = reprlib.repr(value)  # short, and safe from a failing __repr__
    hint = ""
    if isinstance(value, float) and math.isnan(value):
        hint = " A missing value? Replace missing texts with '' first, e.g. .fillna('')."
    elif isinstance(value, os.PathLike):
        hint = (
            " Read the file first, e.g. path.read_text(encoding='utf-8'), or run "
            "`newsclean clean FILE`."
        )
    elif isinstance(value, Mapping):
        hint = " Pass the text field of the record, e.g. clean(record['text'])."
    elif isinstance(value, Iterable):
        hint = " Clean one document at a time: [newsclean.clean(t) for t in texts]."
    return f"{where} takes {takes}, got {kind}: {shown}.{hint}"


def unknown_option_message(name: str, valid: Iterable[str]) -> str:
    """Message for an option that no cleaner of the pipeline accepts."""
    names = ", ".join(sorted(valid))
    return f"unknown option {name!r}; valid options are: {names}"


def bad_choice_message(option: str, value: object, choices: Iterable[str]) -> str:
    """Message for an option set to a value outside its choices."""
    allowed = ", ".join(repr(c) for c in choices)
    return f"{option}={value!r} is not one of {allowed}"
