"""Exceptions raised by newsclean.

Every exception subclasses :class:`NewscleanError` *and* the builtin that a
caller would naturally catch, so ``except TypeError`` keeps working for code
that does not know about newsclean, and ``except NewscleanError`` catches
everything this library raises on purpose.

Messages name the offending value and say what to do instead.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
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


def describe_bad_input(value: object, *, where: str = "clean()") -> str:
    """Explain why ``value`` is not a document and what to pass instead."""
    kind = type(value).__name__
    if isinstance(value, (bytes, bytearray, memoryview)):
        return (
            f"{where} takes text (str), got {kind} of length {len(value)}. "
            "Decode it first, e.g. data.decode('utf-8', errors='replace'), "
            "or run the `newsclean clean FILE` command, which reads files as bytes "
            "and reports undecodable ones."
        )
    if value is None:
        return f"{where} takes text (str), got None. Pass '' for an empty document."
    return f"{where} takes text (str) or a newsclean.Article, got {kind}: {value!r:.80}"


def unknown_option_message(name: str, valid: Iterable[str]) -> str:
    """Message for an option that no cleaner of the pipeline accepts."""
    names = ", ".join(sorted(valid))
    return f"unknown option {name!r}; valid options are: {names}"


def bad_choice_message(option: str, value: object, choices: Iterable[str]) -> str:
    """Message for an option set to a value outside its choices."""
    allowed = ", ".join(repr(c) for c in choices)
    return f"{option}={value!r} is not one of {allowed}"
