"""Clean news texts on Dask: a ``dask.bag`` of texts and a Dask DataFrame column.

Needs the ``dask`` extra: ``pip install 'newsclean[dask]'``.

Usage: python examples/dask_clean.py [CORPUS.jsonl [FIELD]]
(defaults to the seed articles in tests/data/seeds, repeated a few times)

The map function is :func:`newsclean.batch.clean_partition`: it takes a
partition (a list of texts, or a pandas Series) and returns one result per
text (a list, or a Series with the same index). Dask ships it to the workers
by reference, so nothing here has to be importable on the cluster except
newsclean itself. This script starts a ``LocalCluster`` of 2 worker
processes; on a real cluster, connect the ``Client`` to its scheduler
instead (``Client("tcp://scheduler:8786")``) and read the data where it
lives (``db.read_text("s3://bucket/*.jsonl").map(json.loads)``,
``dd.read_parquet(...)``).
"""

# requires: dask, distributed  (tests/test_examples.py skips this script without them)

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.distributed import Client, LocalCluster

import newsclean
from newsclean.batch import clean_partition

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def clean_bag(texts: db.Bag, **options: Any) -> db.Bag:
    """A bag of texts -> a bag of ``Article.to_dict()`` (JSON-ready; Articles work too)."""
    return texts.map_partitions(clean_partition, to="dict", **options)


def clean_column(frame: dd.DataFrame, column: str, **options: Any) -> dd.DataFrame:
    """``frame`` with a ``clean_text`` column: the cleaned text of ``frame[column]``.

    ``meta`` tells Dask the result's name and type without running anything.
    """
    cleaned = frame[column].map_partitions(
        clean_partition, to="text", meta=(column, "object"), **options
    )
    return frame.assign(clean_text=cleaned)


def load_texts(argv: list[str]) -> list[str]:
    if len(argv) > 1:
        field = argv[2] if len(argv) > 2 else "text"
        with open(argv[1], encoding="utf-8") as fh:
            return [json.loads(line)[field] for line in fh if line.strip()]
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return seeds * 4


def main(argv: list[str]) -> int:
    texts = load_texts(argv)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        print(f"cluster: {len(client.scheduler_info()['workers'])} worker processes")

        bag = db.from_sequence(texts, npartitions=4)
        articles = clean_bag(bag).compute()
        print(f"bag: {len(articles)} articles; the first begins {articles[0]['body'][:50]!r}")

        frame = dd.from_pandas(
            pd.DataFrame({"doc_id": range(len(texts)), "text": texts}), npartitions=4
        )
        cleaned = clean_column(frame, "text").compute()
        words = cleaned["clean_text"].str.split().str.len().sum()
        print(f"data frame: {len(cleaned)} rows, {words} words of clean text")

    same = articles == [newsclean.clean(t).to_dict() for t in texts] and list(
        cleaned["clean_text"]
    ) == [newsclean.clean(t).to_text() for t in texts]
    print(f"same as newsclean.clean in one process: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
