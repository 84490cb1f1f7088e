"""Bytes and time of pickling Articles: newsclean's compact form against attrs' default.

Cleans the texts of a JSONL corpus (the ``html_text`` of the shared development
corpus by default), then pickles and unpickles every Article with
``Article.__reduce__`` (the compact form process pools and clusters use) and
with it removed (attrs' default pickling of a slotted class). Prints total
bytes and the best of 7 rounds in milliseconds per document. The parent of a
``clean_many(..., to="article")`` pool unpickles every Article, so the load
time is part of its overhead.

Usage, from the repository root::

    .venv/bin/python benchmarks/pickling.py
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "aeb-dev.jsonl"


def best_ms(fn: Callable[[Any], Any], items: Sequence[Any], rounds: int = 7) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for item in items:
            fn(item)
        times.append(time.perf_counter() - start)
    return min(times) / len(items) * 1000


def main(argv: Sequence[str] | None = None) -> int:
    import newsclean
    from newsclean.model import Article

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--field", default="html_text")
    args = parser.parse_args(argv)
    with args.corpus.open(encoding="utf-8") as fh:
        texts = [json.loads(line)[args.field] for line in fh if line.strip()]
    articles = [newsclean.clean(t) for t in texts]
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    print(f"{len(articles)} articles from {size} bytes of UTF-8 text")
    print(f"{'':<16} {'bytes':>10} {'x input':>8} {'dump ms/doc':>12} {'load ms/doc':>12}")

    compact = Article.__reduce__
    for name in ("compact", "attrs default"):
        if name == "attrs default":
            del Article.__reduce__  # type: ignore[misc]
        try:
            data = [pickle.dumps(a) for a in articles]
            assert [pickle.loads(d) for d in data] == articles
            dump, load = best_ms(pickle.dumps, articles), best_ms(pickle.loads, data)
        finally:
            Article.__reduce__ = compact  # type: ignore[method-assign]
        total = sum(map(len, data))
        print(f"{name:<16} {total:>10} {total / size:8.2f} {dump:12.3f} {load:12.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
