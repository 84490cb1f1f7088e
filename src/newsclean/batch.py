"""Clean many documents: on every core with :func:`clean_many`, or on a cluster.

:func:`clean_many` streams an iterable of texts through a process pool and
yields the results in input order, holding only a bounded window of
documents in memory (see :mod:`newsclean.parallel`), so it can run over a
multi-gigabyte dump. :func:`clean_partition` is the same cleaning as a plain
function of a list of texts, run in the calling process: the map function
for engines that bring their own workers, such as Dask
(``bag.map_partitions``, ``Series.map_partitions``), Spark
(``rdd.mapPartitions``) and Ray Data (``map_batches``). ``docs/scale.md`` has
the recipes.

Both take the same options as :func:`newsclean.clean`, plus:

* ``to``: what each result is: ``"article"`` (an :class:`Article`, the
  default), ``"dict"`` (:meth:`Article.to_dict`, for data frames and
  Parquet), ``"json"`` (:meth:`Article.to_json`) or ``"text"``
  (:meth:`Article.to_text`). Rendering happens where the cleaning happens, in
  the worker, so the parent of a pool receives a string rather than
  rebuilding an Article.
* ``errors``: what a document whose cleaning raises does. ``"raise"`` (the
  default) raises :class:`~newsclean.errors.CleaningFailed` with the
  document's 0-based ``index`` and its exception as cause; the results before
  it have been yielded. ``"report"`` puts in its place an Article with no
  blocks (an empty body), the input as ``original`` (``""`` when the input was
  not a ``str``) and one :class:`Diagnostic` of kind :data:`FAILED` saying
  what went wrong, and goes on. :func:`clean` never raises on a ``str``, so
  in practice this catches non-text values (``None``, NaN from a data frame)
  and bugs in custom cleaners.
* ``pipeline``: the :class:`Pipeline` to run (default
  :func:`default_pipeline`). With worker processes it is pickled, so its
  cleaners must be module-level functions.

>>> import newsclean
>>> texts = ["Leave a Reply\\n\\nThe council met.", "Share this article\\n\\nRain."]
>>> [a.body for a in newsclean.clean_many(texts, workers=1)]
['The council met.', 'Rain.']
>>> clean_partition([None, "Rain fell."], to="text", errors="report")
['', 'Rain fell.']
"""

from __future__ import annotations

import functools
import pickle
import sys
from collections.abc import Iterable, Iterator, Sized
from typing import Any, Literal, overload

import attrs

from newsclean.errors import (
    CleaningFailed,
    InvalidInput,
    InvalidOption,
    InvalidOptionValue,
    bad_choice_message,
    describe_bad_input,
)
from newsclean.model import Article, Diagnostic
from newsclean.pipeline import Pipeline, default_pipeline

__all__ = ["CHUNKSIZE", "ERRORS", "FAILED", "OUTPUTS", "clean_many", "clean_partition"]

OUTPUTS = ("article", "dict", "json", "text")
"""Values of ``to``."""
ERRORS = ("raise", "report")
"""Values of ``errors``."""
FAILED = "cleaning_failed"
"""Diagnostic kind of the Article that stands for a document whose cleaning raised."""
CHUNKSIZE = 16
"""Default number of documents sent to a worker at once.

A round trip to a worker costs the parent roughly 0.1 to 0.3 ms; cleaning a
news page costs milliseconds, so 16 pages a trip make the parent's share
negligible while keeping the documents in flight (3 chunks per worker) few.
"""

To = Literal["article", "dict", "json", "text"]


@attrs.frozen(slots=True)
class _Job:
    """What every document of a batch is cleaned and rendered with (picklable)."""

    pipeline: Pipeline
    options: dict[str, Any]
    to: str
    errors: str


def _job(pipeline: Pipeline | None, to: str, errors: str, options: dict[str, Any]) -> _Job:
    """Validate everything that does not depend on a document, in the caller's process."""
    if to not in OUTPUTS:
        raise InvalidOptionValue(bad_choice_message("to", to, OUTPUTS))
    if errors not in ERRORS:
        raise InvalidOptionValue(bad_choice_message("errors", errors, ERRORS))
    pipeline = default_pipeline() if pipeline is None else pipeline
    if not isinstance(pipeline, Pipeline):
        raise InvalidOption(f"pipeline= takes a newsclean.Pipeline, got {type(pipeline).__name__}")
    pipeline.plan(options)  # unknown options fail here, not as document 0's failure
    return _Job(pipeline, options, to, errors)


@overload
def clean_many(
    texts: Iterable[str],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    pipeline: Pipeline | None = ...,
    to: Literal["article"] = ...,
    errors: str = ...,
    **options: Any,
) -> Iterator[Article]: ...


@overload
def clean_many(
    texts: Iterable[str],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    pipeline: Pipeline | None = ...,
    to: Literal["dict"],
    errors: str = ...,
    **options: Any,
) -> Iterator[dict[str, Any]]: ...


@overload
def clean_many(
    texts: Iterable[str],
    *,
    workers: int | None = ...,
    chunksize: int = ...,
    pipeline: Pipeline | None = ...,
    to: Literal["json", "text"],
    errors: str = ...,
    **options: Any,
) -> Iterator[str]: ...


def clean_many(
    texts: Iterable[str],
    *,
    workers: int | None = None,
    chunksize: int = CHUNKSIZE,
    pipeline: Pipeline | None = None,
    to: To = "article",
    errors: str = "raise",
    **options: Any,
) -> Iterator[Any]:
    """Clean every text of ``texts`` and yield the results in the same order.

    ``workers``: processes to use; ``None`` (the default) means every core
    this process may run on, ``1`` runs in this process with no pool. An
    input with at most one document (a sized one, such as a list) is also
    cleaned in this process. ``texts`` is consumed lazily: a generator over
    a huge file is never read whole. ``chunksize`` is the largest number of
    documents sent to a worker at once. ``to``, ``errors``, ``pipeline`` and
    the cleaning options are described in the module docstring.

    Arguments are checked at once (unknown options raise here, not when the
    first result is asked for). Stopping early (``break``, closing the
    iterator) stops the workers.

    >>> import newsclean
    >>> out = newsclean.clean_many(["Read more: x\\n\\nIt rained.", "Sun."], to="text")
    >>> list(out)
    ['It rained.', 'Sun.']
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise InvalidInput(
            f"clean_many() takes an iterable of texts, got {type(texts).__name__}; "
            "for one document call newsclean.clean(text)"
        )
    job = _job(pipeline, to, errors, options)
    if workers is None:
        from newsclean.parallel import available_cpus

        workers = available_cpus()
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise InvalidOptionValue(f"workers={workers!r} must be a whole number of at least 1")
    if isinstance(chunksize, bool) or not isinstance(chunksize, int) or chunksize < 1:
        raise InvalidOptionValue(f"chunksize={chunksize!r} must be a whole number of at least 1")
    if isinstance(texts, Sized) and len(texts) <= 1:
        workers = 1
    if workers > 1:
        _check_picklable(job)
    from newsclean.parallel import map_ordered

    work = functools.partial(_clean_one, job)
    return map_ordered(work, texts, workers=workers, chunksize=chunksize, weigh=_weigh)


def clean_partition(
    partition: Iterable[Any],
    /,
    *,
    to: To = "article",
    errors: str = "raise",
    pipeline: Pipeline | None = None,
    **options: Any,
) -> Any:
    """Clean a partition of texts in this process: the map function for cluster engines.

    ``partition`` is any iterable of texts: a list (Dask bag partitions), an
    iterator (Spark ``mapPartitions``), a NumPy array (a Ray Data batch
    column) or a pandas Series (a Dask DataFrame column). A pandas Series
    gives a pandas Series with the same index and name; anything else gives
    a list, one result per text, in order. Options as for :func:`clean_many`.

    >>> clean_partition(["Share this article\\n\\nRain fell."], to="dict")[0]["body"]
    'Rain fell.'
    """
    if isinstance(partition, (str, bytes, bytearray)):
        raise InvalidInput(
            f"clean_partition() takes an iterable of texts, got {type(partition).__name__}"
        )
    job = _job(pipeline, to, errors, options)
    results = [_clean_one(job, i, text) for i, text in enumerate(partition)]
    pandas = sys.modules.get("pandas")  # a Series can only come from an imported pandas
    if pandas is not None and isinstance(partition, pandas.Series):
        return pandas.Series(results, index=partition.index, name=partition.name, dtype=object)
    return results


# -- the unit of work (runs in the worker processes) --------------------------------------


def _weigh(text: object) -> int:
    return len(text) if isinstance(text, str) else 0


def _clean_one(job: _Job, index: int, text: object) -> Any:
    try:
        if not isinstance(text, str):
            raise InvalidInput(describe_bad_input(text, article_ok=False))
        article = job.pipeline(text, **job.options)
    except Exception as exc:  # reported per document, as ``errors`` says
        message = f"document {index}: cleaning failed: {type(exc).__name__}: {exc}"
        if job.errors == "raise":
            raise CleaningFailed(message, index) from exc
        article = failed_article(text, message)
    return _render(article, job.to)


def failed_article(text: object, message: str) -> Article:
    """The Article that stands for a document that could not be cleaned (``errors="report"``).

    >>> failed_article(None, "document 3: bad").diagnostics[0].kind
    'cleaning_failed'
    """
    original = text if isinstance(text, str) else ""
    return Article(original, diagnostics=[Diagnostic(FAILED, message, 0, len(original))])


def _render(article: Article, to: str) -> Any:
    if to == "article":
        return article
    if to == "dict":
        return article.to_dict()
    if to == "json":
        return article.to_json()
    return article.to_text()


def _check_picklable(job: _Job) -> None:
    try:
        pickle.dumps(job)
    except Exception as exc:  # any pickling failure: name it and say what to do
        raise InvalidOption(
            f"cannot send the pipeline and options to worker processes "
            f"({type(exc).__name__}: {exc}); define cleaners as module-level functions, "
            "or pass workers=1"
        ) from exc
