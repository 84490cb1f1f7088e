"""The Dask recipe (examples/dask_clean.py) on a real LocalCluster of 2 worker processes.

Skipped when the ``dask`` extra is not installed (``pip install -e '.[dask]'``).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import newsclean
from conftest import SEED_NAMES, read_seed
from newsclean.batch import FAILED, clean_partition

db = pytest.importorskip("dask.bag")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dask_clean.py"
TEXTS = [read_seed(n) for n in SEED_NAMES] + [
    f"Share this article\n\nThe ferry to island {i} ran {i} minutes late.\n\nLeave a Reply"
    for i in range(11)
]


@pytest.fixture(scope="module")
def example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_clean_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_the_cluster_has_two_worker_processes(client: Any) -> None:
    pids = set(client.run(os.getpid).values())
    assert len(pids) == 2
    assert os.getpid() not in pids


def test_a_bag_cleans_as_one_process_does(client: Any, example: ModuleType) -> None:
    bag = db.from_sequence(TEXTS, npartitions=4)
    got = example.clean_bag(bag).compute()
    assert got == [newsclean.clean(t).to_dict() for t in TEXTS]


def test_a_data_frame_column_cleans_as_one_process_does(client: Any, example: ModuleType) -> None:
    frame = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(TEXTS))], "text": TEXTS})
    frame.index = pd.RangeIndex(100, 100 + len(TEXTS))
    got = example.clean_column(dd.from_pandas(frame, npartitions=3), "text").compute()
    assert list(got.index) == list(frame.index)
    assert list(got["doc_id"]) == list(frame["doc_id"])
    assert list(got["clean_text"]) == [newsclean.clean(t).to_text() for t in TEXTS]


def test_articles_travel_between_workers_and_missing_values_are_reported(client: Any) -> None:
    texts: list[object] = [TEXTS[0], None, TEXTS[-1]]
    bag = db.from_sequence(texts, npartitions=2)
    got = bag.map_partitions(clean_partition, errors="report", favor="recall").compute()
    assert got[0] == newsclean.clean(TEXTS[0], favor="recall")  # an Article, pickled back
    assert got[1].diagnostics[0].kind == FAILED
    assert got[2] == newsclean.clean(TEXTS[-1], favor="recall")
