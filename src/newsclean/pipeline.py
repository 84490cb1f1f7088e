"""Compose cleaners into a :class:`Pipeline` and run it.

A cleaner is a plain function: it takes a document (``str`` or
:class:`~newsclean.model.Article`) as its only positional argument and its
options as keyword-only arguments, and returns an Article (text normalisers
return whatever type they were given). Its ``__name__`` (or a ``name``
attribute) is its one name everywhere: the option that switches it off or
configures it, the prefix of the reasons it records, its docs heading.

Options reach cleaners by name, with no central table to keep in sync:

* ``clean(text, normalize_quotes=False)`` skips a cleaner;
* ``clean(text, normalize_quotes={"style": "straight"})`` passes options to one;
* ``clean(text, favor="recall")`` passes ``favor`` to every cleaner that has a
  keyword-only parameter called ``favor``.

A name that no cleaner accepts is an error that lists the valid ones.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from newsclean.editing import as_article
from newsclean.errors import (
    InvalidInput,
    InvalidOption,
    NewscleanError,
    describe_bad_input,
    unknown_option_message,
)
from newsclean.model import Article
from newsclean.settle import carry_back

__all__ = ["Cleaner", "Pipeline", "clean", "cleaner_name", "default_pipeline"]

SETTLE_ROUNDS = 5
"""Re-cleaning rounds at most; each only removes, and one is nearly always enough (one
development page, a digest of teasers, takes four: each round's removals change what
the next sees as context)."""

Cleaner = Callable[..., Any]
"""A callable ``cleaner(doc, /, **options) -> Article`` with a name."""


def cleaner_name(cleaner: Cleaner) -> str:
    """The one name of ``cleaner``: its ``name`` attribute, else ``__name__``."""
    name = getattr(cleaner, "name", None) or getattr(cleaner, "__name__", None)
    if not isinstance(name, str) or not name.isidentifier() or name == "<lambda>":
        raise InvalidOption(
            f"cleaner {cleaner!r} needs a name: define it with `def`, or give it a "
            "`name` attribute that is a valid Python identifier"
        )
    return name


@functools.lru_cache(maxsize=256)
def _keyword_options(cleaner: Cleaner) -> frozenset[str]:
    """Keyword-only parameter names of ``cleaner`` (its options)."""
    try:
        params = inspect.signature(cleaner).parameters.values()
    except (TypeError, ValueError):
        return frozenset()
    return frozenset(p.name for p in params if p.kind is inspect.Parameter.KEYWORD_ONLY)


def _check_cleaners(_instance: object, _attribute: object, value: tuple[Cleaner, ...]) -> None:
    seen: set[str] = set()
    for cleaner in value:
        if not callable(cleaner):
            raise InvalidOption(f"pipeline steps must be callable, got {cleaner!r}")
        name = cleaner_name(cleaner)
        if name in seen:
            raise InvalidOption(f"two cleaners are named {name!r}; names must be unique")
        seen.add(name)


def _cleaners(value: Iterable[Cleaner]) -> tuple[Cleaner, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Pipeline:
    """An ordered, immutable tuple of cleaners.

    >>> from newsclean import default_pipeline
    >>> p = default_pipeline().without("strip_boilerplate")
    >>> "strip_boilerplate" in p.names
    False
    >>> p("Leave a Reply\\n\\nText.").body
    'Leave a Reply\\n\\nText.'
    """

    cleaners: tuple[Cleaner, ...] = attrs.field(converter=_cleaners, validator=_check_cleaners)

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaners' names, in order."""
        return tuple(cleaner_name(c) for c in self.cleaners)

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self.cleaners)

    def __len__(self) -> int:
        return len(self.cleaners)

    def _index(self, name: str) -> int:
        names = self.names
        if name not in names:
            raise InvalidOption(f"no cleaner named {name!r}; this pipeline has: {', '.join(names)}")
        return names.index(name)

    def without(self, *names: str) -> Pipeline:
        """This pipeline minus the named cleaners."""
        for name in names:
            self._index(name)
        return Pipeline(c for c in self.cleaners if cleaner_name(c) not in names)

    def replace(self, name: str, cleaner: Cleaner) -> Pipeline:
        """This pipeline with the cleaner called ``name`` swapped for ``cleaner``."""
        i = self._index(name)
        return Pipeline((*self.cleaners[:i], cleaner, *self.cleaners[i + 1 :]))

    def then(self, cleaner: Cleaner) -> Pipeline:
        """This pipeline with ``cleaner`` appended."""
        return Pipeline((*self.cleaners, cleaner))

    def before(self, name: str, cleaner: Cleaner) -> Pipeline:
        """This pipeline with ``cleaner`` inserted just before the one called ``name``."""
        i = self._index(name)
        return Pipeline((*self.cleaners[:i], cleaner, *self.cleaners[i:]))

    def options(self) -> dict[str, tuple[str, ...]]:
        """Every option name this pipeline accepts, mapped to the cleaners that take it."""
        out: dict[str, tuple[str, ...]] = {}
        for cleaner in self.cleaners:
            name = cleaner_name(cleaner)
            out[name] = (name,)
            for opt in sorted(_keyword_options(cleaner)):
                out[opt] = (*out.get(opt, ()), name)
        return out

    def plan(self, options: Mapping[str, Any]) -> list[tuple[Cleaner, dict[str, Any]]]:
        """Validate ``options`` and return the cleaners to run with their keyword arguments."""
        names = self.names
        kwargs: dict[str, dict[str, Any]] = {n: {} for n in names}
        accepted = {n: _keyword_options(c) for n, c in zip(names, self.cleaners, strict=True)}
        disabled: set[str] = set()
        per_cleaner: list[tuple[str, Mapping[str, Any]]] = []
        for key, value in options.items():
            if key in kwargs:
                if value is False:
                    disabled.add(key)
                elif value is True or value is None:
                    continue
                elif isinstance(value, Mapping):
                    per_cleaner.append((key, value))
                else:
                    raise InvalidOption(
                        f"{key}= takes True, False or a dict of {key}'s options, "
                        f"got {type(value).__name__}"
                    )
                continue
            targets = [n for n in names if key in accepted[n]]
            if not targets:
                raise InvalidOption(unknown_option_message(key, self.options()))
            for n in targets:
                kwargs[n][key] = value
        for key, mapping in per_cleaner:
            for opt, value in mapping.items():
                if opt not in accepted[key]:
                    valid = ", ".join(sorted(accepted[key])) or "none"
                    raise InvalidOption(f"{key} has no option {opt!r}; its options are: {valid}")
                kwargs[key][opt] = value
        return [
            (c, kwargs[n]) for n, c in zip(names, self.cleaners, strict=True) if n not in disabled
        ]

    def __call__(self, doc: str | Article, /, *, settle: bool = True, **options: Any) -> Article:
        """Run every cleaner in order on ``doc`` and return the Article.

        With ``settle`` (the default) the result is also a fixpoint: the kept
        text is cleaned again and what that removes is removed here too (see
        :mod:`newsclean.settle`), so cleaning :meth:`Article.to_text` gives
        the same text back.
        """
        article = self._run(as_article(doc, where="Pipeline()"), options)
        if not settle:
            return article
        for _ in range(SETTLE_ROUNDS):
            again = self._run(as_article(article.to_text()), options, removing_only=True)
            settled = carry_back(article, again)
            if settled is None:
                break
            article = settled
        return article

    def _run(
        self, article: Article, options: Mapping[str, Any], *, removing_only: bool = False
    ) -> Article:
        """Run the plan; with ``removing_only``, skip the built-in cleaners that never
        remove a block (the settle pass only looks at what is removed, and the text it
        reads was normalised once already: the normalisers are idempotent)."""
        skip = _never_removing() if removing_only else frozenset()
        for cleaner, kwargs in self.plan(options):
            if cleaner in skip:
                continue
            result = cleaner(article, **kwargs)
            if not isinstance(result, Article):
                raise NewscleanError(
                    f"cleaner {cleaner_name(cleaner)!r} returned {type(result).__name__}; "
                    "cleaners must return an Article when given one"
                )
            article = result
        return article


@functools.lru_cache(maxsize=1)
def _never_removing() -> frozenset[Callable[..., Any]]:
    """The built-in cleaners that edit text or add data but never relabel a block."""
    from newsclean.extract.quotes import extract_quotes
    from newsclean.normalize.markdown import read_markdown
    from newsclean.normalize.quotes import normalize_quotes
    from newsclean.normalize.unicode import fix_unicode
    from newsclean.normalize.whitespace import normalize_whitespace
    from newsclean.normalize.wrapped_lines import join_wrapped_lines

    return frozenset(
        {
            fix_unicode,
            normalize_whitespace,
            join_wrapped_lines,
            read_markdown,
            normalize_quotes,
            extract_quotes,
        }
    )


@functools.lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The pipeline :func:`clean` runs, in data-flow order.

    >>> default_pipeline().names[:3]
    ('join_wrapped_lines', 'fix_unicode', 'normalize_whitespace')
    """
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

    return Pipeline(
        (
            join_wrapped_lines,
            # after joining: ftfy judges a text by all of it, so a paragraph is repaired
            # the same whether it came wrapped or, cleaned again, on one line
            fix_unicode,
            normalize_whitespace,
            read_markdown,  # after joining: html2text wraps its lines markup and all
            normalize_quotes,
            strip_captions,
            extract_metadata,
            strip_boilerplate,
            guard_overremoval,  # last of the classifiers: it judges what they removed
            extract_quotes,  # reads the body the classifiers left
        )
    )


def clean(text: str, /, **options: Any) -> Article:
    """Clean one news text with the default pipeline and return an :class:`Article`.

    Options are keyword-only and validated; see :meth:`Pipeline.options`.

    >>> art = clean("Leave a Reply\\n\\nThe council met on Monday.")
    >>> art.body
    'The council met on Monday.'
    >>> clean("x", colour="blue")
    Traceback (most recent call last):
      ...
    newsclean.errors.InvalidOption: unknown option 'colour'; valid options are: ...
    """
    if not isinstance(text, str):
        raise InvalidInput(describe_bad_input(text, article_ok=False))
    return default_pipeline()(text, **options)
