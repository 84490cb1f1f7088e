"""Speed on one core: ``clean`` and each cleaner against ``ftfy.fix_text``, in one process.

Prints, for the texts of a JSONL corpus (the ``html_text`` of the shared
development corpus by default):

1. MB/s and documents/s of ``ftfy.fix_text`` (its defaults), of
   ``newsclean.clean`` and of every cleaner of ``default_pipeline()`` called on
   its own on the raw text; the rounds alternate between them, so that a
   change in the machine's load hits them alike, and each row keeps its best
   round (the least disturbed one). ``clean / ftfy`` is the ratio of their
   MB/s: above 1, newsclean's whole pipeline is faster than ftfy alone.
2. ``clean`` on documents of 10 KB, 100 KB, 1 MB and 10 MB built by joining
   corpus texts: linear cost shows as equal MB/s at every size.
3. The time ``import newsclean`` takes in a fresh interpreter (best of 5), and the time
   to the first result (import, then cleaning one short text: the cleaners load on first
   use). Both include compiling the sources when Python writes no bytecode cache
   (``PYTHONDONTWRITEBYTECODE``), which the report says.

A MB is 10**6 bytes of text encoded as UTF-8. The machine's load average is
printed before and after: on a shared machine, compare runs made at similar
loads. Usage, from the repository root::

    .venv/bin/python benchmarks/speed.py                       # about 2 minutes
    .venv/bin/python benchmarks/speed.py --rounds 1 --max-size 1MB   # quicker
    .venv/bin/python benchmarks/speed.py --corpus other.jsonl --field text
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

_sys.path.insert(0, str(_Path(__file__).resolve().parent))
import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench_common import (
    DEFAULT_CORPUS,
    load_average,
)

SIZES = {"10KB": 10_000, "100KB": 100_000, "1MB": 1_000_000, "10MB": 10_000_000}


def mb(text: str) -> float:
    return len(text.encode("utf-8", "surrogatepass")) / 1e6


def load(corpus: Path, field: str, limit: int | None) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                value = json.loads(line).get(field)
                if isinstance(value, str) and value.strip():
                    texts.append(value)
            if limit and len(texts) >= limit:
                break
    if not texts:
        raise SystemExit(f"{corpus}: no string field {field!r} in any record")
    return texts


def time_over(fn: Callable[[str], Any], texts: Sequence[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        fn(text)
    return time.perf_counter() - start


def best_time(fn: Callable[[str], Any], doc: str, budget: float = 1.0) -> float:
    """Best of repeated runs on ``doc``: at least one, more while under ``budget`` seconds."""
    times: list[float] = []
    while not times or (sum(times) < budget and len(times) < 20):
        times.append(time_over(fn, [doc]))
    return min(times)


def import_time(repeats: int = 5, *, first_clean: bool = False) -> float:
    """Best time over ``repeats`` fresh interpreters to import newsclean (and, with
    ``first_clean``, to clean one short text after it)."""
    then = "; newsclean.clean('A line.')" if first_clean else ""
    code = (
        "import time; t = time.perf_counter(); import newsclean"
        f"{then}; print(time.perf_counter() - t)"
    )
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(repeats)
    ]
    return min(runs)


def build_document(texts: Sequence[str], size: int) -> str:
    """Corpus texts joined by blank lines until ``size`` bytes, cut at a line break."""
    parts: list[str] = []
    total = 0
    i = 0
    while total < size:
        text = texts[i % len(texts)]
        parts.append(text)
        total += len(text.encode("utf-8")) + 2
        i += 1
    doc = "\n\n".join(parts).encode("utf-8")[:size].decode("utf-8", "ignore")
    cut = doc.rfind("\n")
    return doc[:cut] if cut > size // 2 else doc


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--field", default="html_text")
    parser.add_argument("--limit", type=int, help="use only the first N documents")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument(
        "--max-size",
        default="10MB",
        choices=[*SIZES, "0"],
        help="largest single document (0: none)",
    )
    args = parser.parse_args(argv)

    import ftfy

    import newsclean
    from newsclean.pipeline import cleaner_name

    texts = load(args.corpus, args.field, args.limit)
    total_mb = sum(mb(t) for t in texts)
    print(f"corpus: {args.corpus} field {args.field}: {len(texts)} documents, {total_mb:.2f} MB")
    versions = f"newsclean {newsclean.__version__}, ftfy {ftfy.__version__}"
    print(f"python {sys.version.split()[0]}, {versions}")
    print(f"load average before: {load_average()}")

    candidates: dict[str, Callable[[str], Any]] = {
        "ftfy.fix_text": ftfy.fix_text,
        "clean": newsclean.clean,
    }
    for cleaner in newsclean.default_pipeline():
        candidates[f"  {cleaner_name(cleaner)} alone"] = cleaner
    for fn in candidates.values():  # warm up: lazy patterns, caches of compiled tables
        fn(texts[0])

    best: dict[str, float] = {}
    for _ in range(max(args.rounds, 1)):
        for name, fn in candidates.items():
            seconds = time_over(fn, texts)
            best[name] = min(best.get(name, seconds), seconds)

    print()
    print(f"{'':<30} {'MB/s':>8} {'docs/s':>9} {'s/round':>8}")
    for name, seconds in best.items():
        print(f"{name:<30} {total_mb / seconds:8.2f} {len(texts) / seconds:9.1f} {seconds:8.2f}")
    ratio = best["ftfy.fix_text"] / best["clean"]
    print(f"clean's MB/s / ftfy's MB/s: {ratio:.2f}x (best of {args.rounds} alternating rounds)")

    if args.max_size != "0":
        limit = SIZES[args.max_size]
        print()
        print(f"{'clean, one document of':<30} {'MB/s':>8} {'seconds':>9}")
        rates = []
        for label, size in SIZES.items():
            if size > limit:
                break
            doc = build_document(texts, size)
            seconds = best_time(newsclean.clean, doc)
            rates.append(mb(doc) / seconds)
            print(f"{label:<30} {rates[-1]:8.2f} {seconds:9.2f}")
        if len(rates) > 1:
            spread = (max(rates) - min(rates)) / statistics.median(rates)
            print(f"spread of MB/s across sizes: {spread:.0%} of the median")

    print()
    cache = "no bytecode cache" if sys.dont_write_bytecode else "bytecode cached"
    print(
        f"import newsclean: {import_time() * 1000:.0f} ms, to the first result: "
        f"{import_time(first_clean=True) * 1000:.0f} ms (best of 5, fresh interpreter, {cache})"
    )
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
