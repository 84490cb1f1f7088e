"""clean_many and clean_partition: order, streaming, errors, outputs, pickling."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import given, settings

import newsclean
from conftest import SEED_NAMES, read_seed
from newsclean import Article, Block, CleaningFailed, InvalidInput, InvalidOption
from newsclean.batch import FAILED, clean_partition
from newsclean.editing import as_article
from newsclean.errors import InvalidOptionValue
from strategies import mutated_seed, structured_text

SEEDS = [read_seed(n) for n in SEED_NAMES]


def explode(doc: str | Article, /) -> Article:
    """A module-level (so picklable) cleaner with a bug that shows on some documents."""
    art = as_article(doc)
    if "BOOM" in art.original:
        raise ValueError("cleaner bug")
    return art


EXPLODING = newsclean.default_pipeline().then(explode)


def invented_texts(n: int) -> Iterator[str]:
    """Short invented news texts, each different, with some boilerplate to remove."""
    for i in range(n):
        yield (
            f"Share this article\n\nCouncil item {i}: the committee met on day {i % 28 + 1} "
            f"and approved {i * 3} new benches for the park.\n\nLeave a Reply"
        )


# -- same results as clean(), in order ---------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_clean_many_equals_clean_in_order(workers: int) -> None:
    texts = SEEDS * 3 + list(invented_texts(40))
    expected = [newsclean.clean(t) for t in texts]
    assert list(newsclean.clean_many(texts, workers=workers, chunksize=4)) == expected


@pytest.mark.parametrize("to", ["dict", "json", "text"])
def test_outputs_are_the_articles_renderings(to: str) -> None:
    texts = SEEDS[:3]
    articles = [newsclean.clean(t) for t in texts]
    render = {"dict": Article.to_dict, "json": Article.to_json, "text": Article.to_text}[to]
    got = list(newsclean.clean_many(texts, workers=2, to=to))  # type: ignore[call-overload]
    assert got == [render(a) for a in articles]


def test_options_reach_the_cleaners() -> None:
    text = "Trending\n\nThe council met."
    kept = list(newsclean.clean_many([text] * 3, workers=2, strip_boilerplate=False))
    assert [a.body for a in kept] == [newsclean.clean(text, strip_boilerplate=False).body] * 3
    assert kept[0].body != newsclean.clean(text).body


# -- streaming -------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_an_endless_input_is_read_only_a_bounded_way_ahead(workers: int) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        for text in itertools.cycle(invented_texts(50)):
            pulled += 1
            yield text

    results = newsclean.clean_many(endless(), workers=workers, chunksize=8)
    first = list(itertools.islice(results, 20))
    results.close()  # type: ignore[attr-defined]
    assert len(first) == 20
    # 3 chunks of 8 per worker in flight, 8 more queued by the reader, one being read
    assert pulled <= 20 + 3 * workers * 8 + 8 + 8 + 1


# -- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_document_raises_with_its_index_after_the_earlier_results(
    workers: int,
) -> None:
    texts = [*invented_texts(7), "BOOM goes the cleaner.", *invented_texts(5)]
    got: list[Article] = []
    with pytest.raises(CleaningFailed) as info:  # noqa: PT012
        for article in newsclean.clean_many(
            texts, workers=workers, pipeline=EXPLODING, chunksize=2
        ):
            got.append(article)
    assert info.value.index == 7
    assert "document 7: cleaning failed: ValueError: cleaner bug" in str(info.value)
    assert "cleaner bug" in str(info.value.__cause__)  # the exception, or the worker's trace
    assert [a.original for a in got] == texts[:7]


@pytest.mark.parametrize("workers", [1, 2])
def test_report_puts_a_diagnosed_empty_article_in_place_of_a_failure(workers: int) -> None:
    texts: list[object] = ["Rain fell.", "BOOM.", None, "Sun shone."]
    got = list(
        newsclean.clean_many(
            texts,  # type: ignore[arg-type]
            workers=workers,
            pipeline=EXPLODING,
            errors="report",
        )
    )
    assert [a.body for a in got] == ["Rain fell.", "", "", "Sun shone."]
    assert [a.original for a in got] == ["Rain fell.", "BOOM.", "", "Sun shone."]
    failed = [a.diagnostics for a in got[1:3]]
    assert [d[0].kind for d in failed] == [FAILED, FAILED]
    assert "document 1: cleaning failed: ValueError" in failed[0][0].message
    assert "document 2: cleaning failed: InvalidInput" in failed[1][0].message
    assert (failed[0][0].start, failed[0][0].end) == (0, len("BOOM."))
    assert got[0].diagnostics == got[3].diagnostics == ()


def test_arguments_are_checked_before_the_first_result() -> None:
    with pytest.raises(InvalidOption, match="unknown option 'colour'"):
        newsclean.clean_many(["a"], colour="blue")
    with pytest.raises(InvalidOptionValue, match="'xml'"):
        newsclean.clean_many(["a"], to="xml")  # type: ignore[call-overload]
    with pytest.raises(InvalidOptionValue, match="errors='ignore'"):
        newsclean.clean_many(["a"], errors="ignore")
    with pytest.raises(InvalidOptionValue, match="workers=0"):
        newsclean.clean_many(["a"], workers=0)
    with pytest.raises(InvalidOptionValue, match="chunksize=0"):
        newsclean.clean_many(["a"], chunksize=0)
    with pytest.raises(InvalidInput, match="for one document call newsclean"):
        newsclean.clean_many("one text, not many")


def test_a_pipeline_that_cannot_reach_the_workers_says_what_to_do() -> None:
    def local_cleaner(doc: str | Article, /) -> Article:
        return as_article(doc)

    pipeline = newsclean.default_pipeline().then(local_cleaner)
    with pytest.raises(InvalidOption, match="module-level functions, or pass workers=1"):
        newsclean.clean_many(["a", "b"], workers=2, pipeline=pipeline)
    assert [a.body for a in newsclean.clean_many(["a", "b"], workers=1, pipeline=pipeline)] == [
        "a",
        "b",
    ]


def test_cleaning_failed_survives_pickling() -> None:
    error = CleaningFailed("document 3: cleaning failed: ValueError: x", 3)
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), str(copy), copy.index) == (CleaningFailed, str(error), 3)


# -- clean_partition -------------------------------------------------------------------------


def test_clean_partition_takes_any_iterable_and_keeps_order() -> None:
    texts = list(invented_texts(6))
    expected = [newsclean.clean(t).to_dict() for t in texts]
    assert clean_partition(texts, to="dict") == expected
    assert clean_partition(iter(texts), to="dict") == expected  # Spark gives an iterator
    assert clean_partition(tuple(texts)) == [newsclean.clean(t) for t in texts]


def test_clean_partition_keeps_a_pandas_series_index() -> None:
    pd = pytest.importorskip("pandas")
    texts = list(invented_texts(4))
    series = pd.Series(texts, index=[10, 3, 7, 1], name="html_text")
    out = clean_partition(series, to="text")
    assert isinstance(out, pd.Series)
    assert list(out.index) == [10, 3, 7, 1]
    assert out.name == "html_text"
    assert list(out) == [newsclean.clean(t).to_text() for t in texts]


def test_clean_partition_reports_missing_values_when_asked() -> None:
    out = clean_partition([float("nan"), "Rain fell."], errors="report")
    assert out[0].diagnostics[0].kind == FAILED
    assert "fillna" in out[0].diagnostics[0].message
    assert out[1].body == "Rain fell."
    with pytest.raises(CleaningFailed, match="document 0"):
        clean_partition([float("nan")])


# -- pickling Articles cheaply ---------------------------------------------------------------


def test_blocks_pickle_without_repeating_the_input() -> None:
    for text in SEEDS:
        article = newsclean.clean(text)
        data = pickle.dumps(article)
        assert pickle.loads(data) == article
        rest = pickle.dumps(
            (article.original, article.captions, article.quotes, article.verdict, article.sources)
        )
        original = article.original
        changed = sum(
            len(b.text.encode()) for b in article.blocks if b.text != original[b.start : b.end]
        )
        # attrs' default pickling took about 70 bytes a block plus a copy of its text
        assert len(data) - len(rest) - changed < 25 * len(article.blocks) + 200


def test_pickling_keeps_every_block_field_and_changed_text() -> None:
    # A field added to Block must be added to model._pack_article too.
    assert [f.name for f in attrs.fields(Block)] == [
        "start",
        "end",
        "text",
        "label",
        "cleaner",
        "rule",
    ]
    original = "Caf&eacute; opens\nShare this"
    article = Article(
        original,
        [Block(0, 17, "Café opens"), Block(18, 28, "Share this", "share", "strip_x", "cue")],
        title="A title",
        authors=["A. Writer"],
    )
    assert pickle.loads(pickle.dumps(article)) == article


@settings(max_examples=40, deadline=None)
@given(text=structured_text | mutated_seed())
def test_any_cleaned_article_survives_pickling(text: str) -> None:
    article = newsclean.clean(text)
    assert pickle.loads(pickle.dumps(article)) == article


def test_pipelines_pickle_by_reference() -> None:
    data = pickle.dumps(newsclean.default_pipeline())
    assert len(data) < 1000
    assert pickle.loads(data) == newsclean.default_pipeline()
