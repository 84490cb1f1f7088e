"""Clean a JSONL corpus: one record a line in, the same records with the cleaned article out.

Each output record keeps the input's fields and adds ``body``, ``title``,
``removed_kinds`` and ``is_article``; a record whose text field is missing or
not a string is passed through with ``error`` set, so nothing is lost
silently. ``--workers N`` cleans in N processes (the order of the records is
kept); on one machine the CLI does the same:
``newsclean clean IN.jsonl --jsonl --field text --format jsonl -o OUT.jsonl``.
For a cluster, see docs/scale.md.

Usage: python examples/batch_jsonl.py [IN.jsonl OUT.jsonl] [--field text] [--workers N]
       (without files: a JSONL corpus is made from the seed articles in a
       temporary folder, cleaned, and summarised)
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import newsclean

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"


def clean_record(line: str, field: str) -> str:
    """One JSONL line in, one JSONL line out (a module-level function: it pickles)."""
    record: dict[str, Any] = json.loads(line)
    text = record.get(field)
    if not isinstance(text, str):
        record["error"] = f"field {field!r} is missing or not a string"
        return json.dumps(record, ensure_ascii=False)
    article = newsclean.clean(text)
    record["title"] = article.title
    record["body"] = article.body
    record["removed_kinds"] = sorted({r.kind for r in article.removed})
    record["is_article"] = bool(article.verdict and article.verdict.is_article)
    return json.dumps(record, ensure_ascii=False)


def records(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        yield from (line for line in fh if line.strip())


BATCH = 2000
"""Records handed to the process pool at a time."""


def batched(lines: Iterator[str], size: int) -> Iterator[list[str]]:
    while batch := list(itertools.islice(lines, size)):
        yield batch


def clean_file(src: Path, dst: Path, *, field: str, workers: int) -> int:
    """Clean every record of ``src`` into ``dst``; return the number of records."""
    n = 0
    with dst.open("w", encoding="utf-8") as out:
        if workers > 1:
            # Executor.map submits everything it is given at once: feed it a
            # batch at a time so memory stays flat on a corpus of any size.
            with ProcessPoolExecutor(workers) as pool:
                for batch in batched(records(src), BATCH):
                    fields = itertools.repeat(field, len(batch))
                    for cleaned in pool.map(clean_record, batch, fields, chunksize=16):
                        out.write(cleaned + "\n")
                        n += 1
        else:
            for line in records(src):
                out.write(clean_record(line, field) + "\n")
                n += 1
    return n


def seed_corpus(folder: Path) -> Path:
    """A small JSONL corpus made of the seed articles, plus one broken record."""
    path = folder / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for seed in sorted(SEEDS.glob("*.txt")):
            fh.write(json.dumps({"id": seed.stem, "text": seed.read_text(encoding="utf-8")}) + "\n")
        fh.write(json.dumps({"id": "no-text", "html": "<p>not cleaned</p>"}) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="IN.jsonl OUT.jsonl")
    parser.add_argument(
        "--field", default="text", help="the field holding the text (default: text)"
    )
    parser.add_argument("--workers", type=int, default=1, help="processes (default: 1)")
    args = parser.parse_args()
    if len(args.paths) not in (0, 2):
        parser.error("give both IN.jsonl and OUT.jsonl, or neither")

    with tempfile.TemporaryDirectory() as tmp:
        src, dst = args.paths or (seed_corpus(Path(tmp)), Path(tmp) / "clean.jsonl")
        start = time.perf_counter()
        n = clean_file(src, dst, field=args.field, workers=args.workers)
        seconds = time.perf_counter() - start
        mb = src.stat().st_size / 1e6
        print(f"cleaned {n} records ({mb:.2f} MB) in {seconds:.2f} s with {args.workers} worker(s)")
        for line in records(dst):
            out = json.loads(line)
            if "error" in out:
                print(f"  {out.get('id', '?')}: {out['error']}")
            else:
                words = len(out["body"].split())
                kinds = ", ".join(out["removed_kinds"]) or "nothing"
                print(f"  {out.get('id', '?')}: {words} words kept; removed {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
