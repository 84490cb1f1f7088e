"""Curly-quote restoration accuracy on publisher-typeset text.

Takes every gold body (``truth``) of the development corpus that uses curly
quotes, straightens its quote marks, curls them back with
``newsclean.normalize_quotes(style="curly")`` and counts the curly marks
(‘ ’ “ ”) of the published text that come back exactly. Marks the publisher
left straight are not counted: there is no published curly form to compare
with. Repairs that move a mark (a closing mark typeset after a space) count
as not restored.

Run from the repository root with the project's environment::

    .venv/bin/python benchmarks/curly_quotes.py [--corpus PATH] [--errors N]

The corpus text is read at run time and never stored in the project.
"""

from __future__ import annotations

import argparse
import collections
import difflib
import json
import sys
import time
from pathlib import Path

import newsclean

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "aeb-dev.jsonl"
CURLY = "‘’“”"
STRAIGHTEN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
TARGET = 0.995


def restored(published: str) -> tuple[str, str]:
    """The straightened text and what ``normalize_quotes`` makes of it."""
    straight = published.translate(STRAIGHTEN)
    return straight, newsclean.normalize_quotes(straight, style="curly")


def compare(published: str, output: str) -> list[tuple[int, str, str]]:
    """(position, published mark, output character) for every curly mark of ``published``."""
    result: list[tuple[int, str, str]] = []
    if len(output) == len(published):
        return [(i, ch, output[i]) for i, ch in enumerate(published) if ch in CURLY]
    # a repair removed whitespace: align the two texts first
    matcher = difflib.SequenceMatcher(
        None, published.translate(STRAIGHTEN), output.translate(STRAIGHTEN), autojunk=False
    )
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        for i in range(i1, i2):
            if published[i] in CURLY:
                got = output[j1 + i - i1] if tag == "equal" else ""
                result.append((i, published[i], got))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--field", default="truth", help="corpus field to read (truth: the gold bodies)"
    )
    parser.add_argument("--errors", type=int, default=0, help="print up to N misses with context")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    by_mark: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    docs = 0
    nbytes = 0
    seconds = 0.0
    misses: list[str] = []
    for row in rows:
        published = row[args.field] or ""
        if not any(ch in published for ch in CURLY):
            continue
        docs += 1
        straight = published.translate(STRAIGHTEN)
        nbytes += len(straight.encode())
        t0 = time.perf_counter()
        output = newsclean.normalize_quotes(straight, style="curly")
        seconds += time.perf_counter() - t0
        for i, want, got in compare(published, output):
            by_mark[want][0] += want == got
            by_mark[want][1] += 1
            if want != got and len(misses) < args.errors:
                context = published[max(0, i - 40) : i + 40].replace("\n", " | ")
                misses.append(f"  {want}→{got or '∅'}  …{context}…")
    good = sum(v[0] for v in by_mark.values())
    total = sum(v[1] for v in by_mark.values())
    print(
        f"curly quote restoration: {docs} {args.field} texts with curly quotes, {args.corpus.name}"
    )
    print(f"{'mark':<6}{'restored':>10}{'of':>8}{'share':>9}")
    for mark in CURLY:
        ok, n = by_mark[mark]
        print(f"{mark:<6}{ok:>10}{n:>8}{ok / max(n, 1):>9.2%}")
    share = good / max(total, 1)
    print(f"{'all':<6}{good:>10}{total:>8}{share:>9.2%}   target {TARGET:.1%}")
    print(f"speed: {nbytes / max(seconds, 1e-9) / 1e6:.1f} MB/s")
    if misses:
        print("misses:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
