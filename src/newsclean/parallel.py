"""Map a function over a stream of items in worker processes, in order, in bounded memory.

This is the engine under :func:`newsclean.clean_many` and ``newsclean clean
--workers N``. The standard pools do not fit: ``multiprocessing.Pool.imap``'s
feeder thread drains the whole input into its task queue as fast as it can
read it, ``concurrent.futures.Executor.map`` submits every item before it
yields the first result (either would hold a multi-gigabyte JSONL in memory),
and stopping a ``ProcessPoolExecutor`` early by terminating its workers can
hang its manager thread (seen on Python 3.11). Here each worker process has
a pipe of its own and gets one chunk at a time, so the parent always knows
which worker holds which documents:

* items are cut into chunks (a worker gets a list, to pay the inter-process
  round trip once per chunk rather than once per document); the first chunks
  hold one item and the size doubles up to ``chunksize``, so that even a
  handful of documents is spread over every worker;
* a chunk is also closed when its items weigh ``max_weight`` (characters,
  for texts), so that a run of huge documents does not pile up in one chunk;
* at most ``window`` chunks are sent and not yet handed back; results come
  back in input order, each as soon as it and every earlier one is done;
* the input is read by a thread of its own, so results keep flowing while
  reading blocks (a pipe that pauses); a chunk that has waited :data:`LINGER`
  seconds for its next item is sent as it is.

Worker processes ignore SIGINT: Ctrl-C reaches the parent (the whole
foreground process group receives it), which terminates the workers itself
and lets the caller report the interrupt once. A worker that dies (killed,
out of memory) raises :class:`WorkerDied` naming the documents it held. A
worker whose parent has gone exits by itself.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import signal
import threading
import traceback
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from newsclean.errors import NewscleanError

if TYPE_CHECKING:  # multiprocessing is imported when a pool starts: it takes ~20 ms
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

__all__ = ["WorkerDied", "available_cpus", "map_ordered"]

T = TypeVar("T")
R = TypeVar("R")

Function = Callable[[int, T], R]
"""``fn(index, item) -> result``, ``index`` being the item's 0-based position in the input."""

LINGER = 0.02
"""Seconds a partly filled chunk waits for its next item before it is sent anyway.

Reading a file delivers items in microseconds, so this only matters when the
input pauses (a pipe fed slowly); then 20 ms is unnoticeable to a person and
still groups the items of a burst.
"""
MAX_WEIGHT = 1_000_000
"""Default weight (characters) that closes a chunk before it holds ``chunksize`` items.

News pages are 5 to 50 KB, so ordinary chunks are cut by count; a run of
multi-megabyte documents goes one or two to a chunk, which keeps the memory
held by the chunks in flight to a few megabytes per worker.
"""


class WorkerDied(NewscleanError, RuntimeError):
    """A worker process ended abruptly (killed, out of memory, a crash in C code)."""


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, set as the ``__cause__`` of its copy."""

    def __str__(self) -> str:
        return "\n" + str(self.args[0]) if self.args else ""


def available_cpus() -> int:
    """Cores this process may run on (its CPU affinity where the OS tells it), at least 1."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return int(counter() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def map_ordered(
    fn: Function[T, R],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    weigh: Callable[[T], int] | None = None,
    max_weight: int = MAX_WEIGHT,
    window: int | None = None,
) -> Generator[R, None, None]:
    """Yield ``fn(index, item)`` for every item of ``items``, in order.

    With ``workers == 1`` everything runs in this process, one item at a time,
    with no thread and no pool. Otherwise ``fn`` must be
    picklable (a module-level function, or a :func:`functools.partial` of one)
    and runs in a pool of ``workers`` processes; at most ``window`` chunks
    (default ``3 * workers``) are in flight. An exception raised by ``fn`` or
    by the iteration of ``items`` is raised here after every earlier result
    has been yielded (the results of the same chunk before it too). Closing
    the iterator early stops the workers.

    >>> def double(index, item):
    ...     return 2 * item
    >>> list(map_ordered(double, range(5), workers=1, chunksize=4))
    [0, 2, 4, 6, 8]
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    if workers == 1:
        return _in_process(fn, items)
    return _in_pool(
        fn,
        items,
        workers=workers,
        chunksize=chunksize,
        weigh=weigh,
        max_weight=max_weight,
        window=window or 3 * workers,
    )


def _in_process(fn: Function[T, R], items: Iterable[T]) -> Generator[R, None, None]:
    for index, item in enumerate(items):
        yield fn(index, item)


# -- reading the input on a thread of its own ---------------------------------------------


class _End:
    """Marks the end of the input; carries the exception that ended it, if any."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


class _Reader(Generic[T]):
    """Reads ``items`` on a daemon thread into a small queue.

    A daemon, because reading may block for good (a pipe nobody writes to);
    on an early stop it is abandoned rather than joined.
    """

    def __init__(self, items: Iterable[T], maxsize: int) -> None:
        self.queue: queue.Queue[T | _End] = queue.Queue(maxsize)
        self._stop = threading.Event()
        self._items = items
        self._thread = threading.Thread(target=self._run, name="newsclean-reader", daemon=True)
        self._thread.start()

    def _put(self, value: T | _End) -> bool:
        while not self._stop.is_set():
            try:
                self.queue.put(value, timeout=0.1)
            except queue.Full:
                continue
            return True
        return False

    def _run(self) -> None:
        try:
            for item in self._items:
                if not self._put(item):
                    return
        except BaseException as exc:  # handed to the consumer, raised in its thread
            self._put(_End(exc))
            return
        self._put(_End())

    def stop(self) -> None:
        self._stop.set()


# -- the worker processes -------------------------------------------------------------------


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling both ways, else a RuntimeError saying what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


def _worker(conn: Connection, fn: Function[Any, Any], parent: int) -> None:
    """A worker process: clean the chunks that arrive on ``conn`` until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:  # orphaned: nobody will read our results
                    return
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        chunk_id, start, items = task
        results = []
        reply: tuple[int, list[Any], Any]
        try:
            for i, item in enumerate(items, start):
                results.append(fn(i, item))
            reply = (chunk_id, results, None)
        except BaseException as exc:  # KeyboardInterrupt and SystemExit too: the parent decides
            tb = "".join(traceback.format_exception(exc))
            reply = (chunk_id, results, (_portable(exc), tb))
        try:
            try:
                conn.send(reply)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:  # a result
                tb = "".join(traceback.format_exception(exc))
                conn.send((chunk_id, [], (_portable(exc), tb)))
        except OSError:  # the parent has gone
            return


class _Pool:
    """``workers`` processes, each fed one chunk at a time over a pipe of its own."""

    def __init__(self, fn: Function[Any, Any], workers: int) -> None:
        import multiprocessing

        context = multiprocessing.get_context()
        self.conns: list[Connection] = []
        self.processes: list[BaseProcess] = []
        self.busy: dict[int, tuple[int, int, int]] = {}
        """Worker number -> (chunk id, index of its first item, number of items)."""
        for _ in range(workers):
            mine, theirs = context.Pipe(duplex=True)
            process = context.Process(
                target=_worker, args=(theirs, fn, os.getpid()), name="newsclean-worker"
            )
            process.daemon = True  # never outlives this process
            process.start()
            theirs.close()
            self.conns.append(mine)
            self.processes.append(process)

    def idle(self) -> int | None:
        """A worker with nothing to do, if there is one."""
        for i in range(len(self.conns)):
            if i not in self.busy:
                return i
        return None

    def send(self, worker: int, chunk_id: int, start: int, items: list[Any]) -> None:
        try:
            self.conns[worker].send((chunk_id, start, items))
        except OSError:  # it died while idle
            code = self.processes[worker].exitcode
            raise WorkerDied(
                f"a worker process ended abruptly (exit code {code}: killed, or out of "
                f"memory?) before cleaning documents {start} to {start + len(items) - 1}"
            ) from None
        self.busy[worker] = (chunk_id, start, len(items))

    def collect(self, timeout: float | None) -> list[tuple[int, Any, Any]]:
        """Replies ``(chunk_id, results, error)`` that arrive within ``timeout`` seconds.

        Raises :class:`WorkerDied` when a busy worker has ended without replying.
        """
        from multiprocessing.connection import wait

        if not self.busy:
            return []
        conns = {self.conns[i]: i for i in self.busy}
        sentinels = {self.processes[i].sentinel: i for i in self.busy}
        ready = wait([*conns, *sentinels], timeout)
        replies = []
        for i in sorted({conns[r] if r in conns else sentinels[r] for r in ready}):  # type: ignore[index]
            conn = self.conns[i]
            try:
                if not conn.poll():
                    raise EOFError
                reply = conn.recv()
            except (EOFError, OSError):
                self.processes[i].join(timeout=1)
                code = self.processes[i].exitcode
                _, start, count = self.busy[i]
                raise WorkerDied(
                    f"a worker process ended abruptly (exit code {code}: killed, or out of "
                    f"memory?) while cleaning documents {start} to {start + count - 1}"
                ) from None
            del self.busy[i]
            replies.append(reply)
        return replies

    def close(self, *, finished: bool) -> None:
        """Let idle workers exit after a full run; terminate them after an early stop."""
        for i, (conn, process) in enumerate(zip(self.conns, self.processes, strict=True)):
            if finished and i not in self.busy:
                with contextlib.suppress(OSError):
                    conn.send(None)
            else:
                process.terminate()
        for conn, process in zip(self.conns, self.processes, strict=True):
            process.join(timeout=5)
            if process.exitcode is None:
                process.kill()
                process.join()
            conn.close()


# -- the parent's loop ----------------------------------------------------------------------


class _Failed(Generic[R]):
    """A chunk on which ``fn`` raised: the results before, the exception, its traceback."""

    def __init__(self, results: list[R], error: BaseException, tb: str) -> None:
        self.results = results
        self.error = error
        self.tb = tb


def _in_pool(
    fn: Function[T, R],
    items: Iterable[T],
    *,
    workers: int,
    chunksize: int,
    weigh: Callable[[T], int] | None,
    max_weight: int,
    window: int,
) -> Generator[R, None, None]:
    pool = _Pool(fn, workers)  # before the reader thread exists: fork() stays safe
    reader: _Reader[T] | None = None
    finished = False
    try:
        reader = _Reader(items, maxsize=chunksize)
        done: dict[int, list[R] | _Failed[R]] = {}
        next_out = next_id = 0
        chunk: list[T] = []
        weight = start = 0
        size = 1
        lingered = False
        end: _End | None = None
        while True:
            while next_out in done:
                results = done.pop(next_out)
                if isinstance(results, _Failed):
                    yield from results.results
                    raise results.error from RemoteTraceback(results.tb)
                yield from results
                next_out += 1
            if end is not None and not chunk and next_out == next_id:
                break
            worker = pool.idle() if next_id - next_out < window else None
            if worker is not None and chunk:
                full = len(chunk) >= size or weight >= max_weight
                if full or lingered or end is not None:
                    pool.send(worker, next_id, start, chunk)
                    next_id += 1
                    start += len(chunk)
                    chunk, weight, lingered = [], 0, False
                    if next_id % workers == 0:
                        size = min(size * 2, chunksize)
                    continue
            if worker is not None and end is None:
                try:
                    # block for input only when nothing else can happen meanwhile
                    got = reader.queue.get(timeout=LINGER if chunk or pool.busy else None)
                except queue.Empty:  # the input paused: send what we have, file replies
                    lingered = bool(chunk)
                    _receive(pool, done, timeout=0)
                    continue
                if isinstance(got, _End):
                    end = got
                else:
                    chunk.append(got)
                    weight += weigh(got) if weigh is not None else 0
                continue
            _receive(pool, done, timeout=None)  # a worker is busy: wait for it
        if end is not None and end.error is not None:
            raise end.error
        finished = True
    finally:
        if reader is not None:
            reader.stop()
        pool.close(finished=finished)


def _receive(pool: _Pool, done: dict[int, list[R] | _Failed[R]], *, timeout: float | None) -> None:
    """File the replies that arrive within ``timeout`` seconds under their chunk ids."""
    for chunk_id, results, error in pool.collect(timeout):
        done[chunk_id] = results if error is None else _Failed(results, *error)
