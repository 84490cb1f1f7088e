"""Documents per second of ``clean_many`` with 1 worker and with N workers.

Builds a corpus of a few thousand documents in memory from a JSONL corpus
(the ``html_text`` of the shared development corpus by default): every copy
of a text has its lines rotated and one line dropped, so no two documents are
equal and no cache of a worker sees the same text twice. Then it cleans the
whole corpus with ``newsclean.clean_many(texts, workers=1)`` (in this
process) and with ``workers=N`` (default: every core), alternating, and
reports documents/s and MB/s of each and their ratio.

The machine may be shared: beside the load average before and after, it
measures the *ceiling* the machine allowed during the run: the same
pure-Python loop in 1 process and in N processes at once, whose ratio is
what N perfectly independent workers could have reached at that moment. On
an idle N-core machine it is close to N; a ratio of ``clean_many`` well below
the ceiling is newsclean's overhead, a low ceiling is other people's work.

It also counts the CPU seconds each run used (this process and its workers):
N times the ratio of the 1-worker CPU time to the N-worker CPU time is the
speed-up the N-worker run would reach with N free cores and evenly loaded
workers, an estimate that a busy machine does not distort much.

Usage, from the repository root::

    .venv/bin/python benchmarks/parallel.py                  # 3000 documents, a few minutes
    .venv/bin/python benchmarks/parallel.py --docs 600       # quicker
    .venv/bin/python benchmarks/parallel.py --to json --workers 2
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

_sys.path.insert(0, str(_Path(__file__).resolve().parent))
import argparse
import json
import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from bench_common import (
    DEFAULT_CORPUS,
    load_average,
)


def load(corpus: Path, field: str) -> list[str]:
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    texts = [r[field] for r in records if isinstance(r.get(field), str) and r[field].strip()]
    if not texts:
        raise SystemExit(f"{corpus}: no string field {field!r} in any record")
    return texts


def mutated_corpus(texts: Sequence[str], n: int, seed: int = 7) -> list[str]:
    """``n`` documents: corpus texts with their lines rotated and one line dropped."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lines = texts[i % len(texts)].split("\n")
        if len(lines) > 2:
            k = rng.randrange(len(lines))
            lines = lines[k:] + lines[:k]
            del lines[rng.randrange(len(lines))]
        out.append("\n".join(lines))
    return out


def spin(n: int) -> float:
    """A pure-Python CPU loop; returns its own wall time."""
    start = time.perf_counter()
    x = 0
    for i in range(n):
        x += i * i
    return time.perf_counter() - start


def ceiling(workers: int, n: int = 4_000_000) -> float:
    """How much faster ``workers`` processes did ``workers`` times the work, right now."""
    one = spin(n)
    with multiprocessing.get_context().Pool(workers) as pool:
        pool.map(spin, [1000] * workers)  # started and warm
        start = time.perf_counter()
        pool.map(spin, [n] * workers)
        many = time.perf_counter() - start
    return workers * one / many


def cpu_seconds() -> tuple[float, float]:
    """CPU time used so far by this process, and by its finished children."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    import newsclean
    from newsclean.parallel import available_cpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--field", default="html_text")
    parser.add_argument("--docs", type=int, default=3000, help="documents (default 3000)")
    parser.add_argument("--workers", type=int, default=available_cpus())
    parser.add_argument("--rounds", type=int, default=1, help="alternating rounds (best kept)")
    parser.add_argument("--to", default="article", choices=("article", "dict", "json", "text"))
    args = parser.parse_args(argv)

    texts = mutated_corpus(load(args.corpus, args.field), args.docs)
    total_mb = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts) / 1e6
    print(f"{len(texts)} documents, {total_mb:.1f} MB, to={args.to}, {os.cpu_count()} cores")
    print(f"python {sys.version.split()[0]}, start method {multiprocessing.get_start_method()}")
    print(f"load average before: {load_average()}")
    ceilings = [ceiling(args.workers)]

    best: dict[int, float] = {}
    cpu: dict[int, tuple[float, float]] = {}
    for _ in range(max(args.rounds, 1)):
        for workers in (1, args.workers):
            me0, kids0 = cpu_seconds()
            start = time.perf_counter()
            for _result in newsclean.clean_many(texts, workers=workers, to=args.to):
                pass
            seconds = time.perf_counter() - start
            me1, kids1 = cpu_seconds()  # the pool's workers have exited and been reaped
            used = (me1 - me0, kids1 - kids0)
            if workers not in best or seconds < best[workers]:
                best[workers], cpu[workers] = seconds, used
            print(
                f"  workers={workers}: {seconds:.1f} s, CPU {used[0]:.1f} s here + "
                f"{used[1]:.1f} s in workers, load average {load_average()}"
            )
    ceilings.append(ceiling(args.workers))

    print()
    print(f"{'workers':<10} {'docs/s':>8} {'MB/s':>7} {'seconds':>8}")
    for workers, seconds in best.items():
        print(f"{workers:<10} {len(texts) / seconds:8.1f} {total_mb / seconds:7.2f} {seconds:8.1f}")
    ratio = best[1] / best[args.workers]
    print(f"speed-up with {args.workers} workers: {ratio:.2f}x")
    cpu_one, cpu_many = sum(cpu[1]), sum(cpu[args.workers])
    print(
        f"CPU seconds: {cpu_one:.1f} with 1 worker, {cpu_many:.1f} with {args.workers} "
        f"({cpu[args.workers][0]:.1f} of them in the parent); speed-up with "
        f"{args.workers} free cores (estimate): {args.workers * cpu_one / cpu_many:.2f}x"
    )
    print(
        f"ceiling ({args.workers} CPU-bound processes vs 1, before and after): "
        + ", ".join(f"{c:.2f}x" for c in ceilings)
    )
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
