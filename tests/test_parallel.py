"""The ordered, bounded process map under clean_many and the CLI's --workers."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Iterator

import pytest

from newsclean.parallel import RemoteTraceback, WorkerDied, map_ordered


def square_slowly(index: int, item: int) -> tuple[int, int, int]:
    """Uneven work, so that chunks finish out of order."""
    time.sleep(0.002 * (item % 4))
    return index, item * item, os.getpid()


def fail_on_seven(index: int, item: int) -> int:
    if item == 7:
        raise ValueError(f"no sevens (item {index})")
    return item


def die_on_seven(index: int, item: int) -> int:
    if item == 7:
        os._exit(3)  # like a worker killed by the kernel: no exception, no reply
    return item


def interrupt_on_seven(index: int, item: int) -> int:
    if item == 7:
        raise KeyboardInterrupt
    return item


def identity(index: int, item: int) -> int:
    return item


def workers_alive() -> list[str]:
    return [p.name for p in multiprocessing.active_children() if p.name == "newsclean-worker"]


def test_results_come_in_input_order_from_every_worker() -> None:
    results = list(map_ordered(square_slowly, range(200), workers=2, chunksize=8))
    assert [(i, sq) for i, sq, _ in results] == [(i, i * i) for i in range(200)]
    assert len({pid for _, _, pid in results}) == 2
    assert os.getpid() not in {pid for _, _, pid in results}
    assert workers_alive() == []


def test_one_worker_runs_in_this_process() -> None:
    results = list(map_ordered(square_slowly, range(10), workers=1, chunksize=8))
    assert {pid for _, _, pid in results} == {os.getpid()}


@pytest.mark.parametrize("workers", [1, 2])
def test_an_error_comes_after_every_earlier_result(workers: int) -> None:
    got: list[int] = []
    with pytest.raises(ValueError, match=r"no sevens \(item 7\)") as info:  # noqa: PT012
        for item in map_ordered(fail_on_seven, range(20), workers=workers, chunksize=4):
            got.append(item)
    assert got == list(range(7))
    if workers > 1:
        assert isinstance(info.value.__cause__, RemoteTraceback)
        assert "fail_on_seven" in str(info.value.__cause__)
    assert workers_alive() == []


def test_an_interrupt_in_a_worker_reaches_the_parent() -> None:
    with pytest.raises(KeyboardInterrupt):
        list(map_ordered(interrupt_on_seven, range(20), workers=2, chunksize=4))
    assert workers_alive() == []


@pytest.mark.parametrize("workers", [1, 2])
def test_an_input_that_raises_ends_the_results_with_its_exception(workers: int) -> None:
    def broken_input() -> Iterator[int]:
        yield from range(30)
        raise OSError("disk gone")

    got: list[int] = []
    with pytest.raises(OSError, match="disk gone"):  # noqa: PT012
        for item in map_ordered(identity, broken_input(), workers=workers, chunksize=4):
            got.append(item)
    assert got == list(range(30))


def test_a_worker_that_dies_is_reported_with_its_documents() -> None:
    with pytest.raises(WorkerDied, match=r"exit code 3.*documents \d+ to \d+") as info:
        list(map_ordered(die_on_seven, range(40), workers=2, chunksize=4))
    first, last = (int(n) for n in str(info.value).split("documents ")[1].split(" to "))
    assert first <= 7 <= last
    assert workers_alive() == []


def test_stopping_early_stops_the_workers() -> None:
    results = map_ordered(square_slowly, iter(range(10**9)), workers=2, chunksize=4)
    assert [sq for _, sq, _ in (next(results), next(results))] == [0, 1]
    assert len(workers_alive()) == 2
    results.close()
    assert workers_alive() == []


def test_results_flow_while_the_input_waits() -> None:
    received_three = threading.Event()

    def paused_input() -> Iterator[int]:
        yield from (1, 2, 3)
        # a pipe that goes quiet: the three results must arrive before more input does
        if not received_three.wait(timeout=30):
            raise TimeoutError("results were held back until more input came")
        yield 4

    got = []
    for item in map_ordered(identity, paused_input(), workers=2, chunksize=16):
        got.append(item)
        if len(got) == 3:
            received_three.set()
    assert got == [1, 2, 3, 4]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="workers"):
        map_ordered(identity, [], workers=0, chunksize=1)
    with pytest.raises(ValueError, match="chunksize"):
        map_ordered(identity, [], workers=2, chunksize=0)
    assert list(map_ordered(identity, [], workers=2, chunksize=4)) == []
