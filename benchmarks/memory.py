"""Peak memory of ``newsclean clean`` streaming a large JSONL: flat, whatever the input size.

For each size given (``--size 100MB,1GB``), writes a JSONL file of that size
in a temporary directory by repeating the records of a JSONL corpus (the
shared development corpus by default, every field kept, a fresh ``id`` on
each copy), runs ``python -m newsclean clean FILE --jsonl --field html_text
--format jsonl --workers N --quiet`` on it with standard output thrown away,
and samples the resident memory (RSS, from ``/proc``) of the command and of
each of its worker processes every 50 ms. It prints, per size, the peak RSS
of the parent, of the largest worker and of all of them together, the
documents/s, and the time taken. Memory that does not grow from one size to
the next is what streaming means.

Linux only (``/proc``). Cleaning runs at the speed of the pipeline: 1 GB of
the development corpus's records holds about 270 MB of ``html_text`` and
takes several minutes per core. Usage, from the repository root::

    .venv/bin/python benchmarks/memory.py                          # 20 MB and 100 MB
    .venv/bin/python benchmarks/memory.py --size 100MB,1GB          # the real check
    .venv/bin/python benchmarks/memory.py --size 50MB --workers 1
"""

from __future__ import annotations

import sys as _sys
from pathlib import Path as _Path

_sys.path.insert(0, str(_Path(__file__).resolve().parent))
import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_common import (
    DEFAULT_CORPUS,
    load_average,
)

UNITS = {"KB": 10**3, "MB": 10**6, "GB": 10**9}


def parse_size(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(KB|MB|GB)\s*", text, re.IGNORECASE)
    if not match:
        raise argparse.ArgumentTypeError(f"sizes look like 100MB or 1GB, got {text!r}")
    return int(float(match.group(1)) * UNITS[match.group(2).upper()])


def write_jsonl(corpus: Path, size: int, path: Path) -> int:
    """Repeat the corpus's records into ``path`` until it holds ``size`` bytes."""
    with corpus.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    written = n = 0
    with path.open("w", encoding="utf-8") as out:
        while written < size:
            record = dict(records[n % len(records)], id=n)
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    return n


def rss_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else 0


def children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            found += [int(c) for c in (task / "children").read_text().split()]
    except OSError:
        pass
    return found


def measure(path: Path, field: str, workers: int) -> dict[str, float]:
    cmd = [sys.executable, "-m", "newsclean", "clean", str(path), "--jsonl", "--field", field]
    cmd += ["--format", "jsonl", "--workers", str(workers), "--quiet"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak_parent = peak_worker = peak_total = 0
    while proc.poll() is None:
        parent = rss_kb(proc.pid)
        workers_rss = [rss_kb(c) for c in children(proc.pid)]
        peak_parent = max(peak_parent, parent)
        peak_worker = max([peak_worker, *workers_rss])
        peak_total = max(peak_total, parent + sum(workers_rss))
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"newsclean exited with {proc.returncode}: {err}")
    return {
        "parent": peak_parent / 1024,
        "worker": peak_worker / 1024,
        "total": peak_total / 1024,
        "seconds": seconds,
        "failed": float(err.count("\n")),
    }


def main(argv: Sequence[str] | None = None) -> int:
    from newsclean.parallel import available_cpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--field", default="html_text")
    parser.add_argument(
        "--size",
        default="20MB,100MB",
        type=lambda s: [parse_size(x) for x in s.split(",")],
        help="comma-separated input sizes (default 20MB,100MB)",
    )
    parser.add_argument("--workers", type=int, default=available_cpus())
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    args = parser.parse_args(argv)
    if not Path("/proc/self/status").exists():
        raise SystemExit("needs /proc (Linux)")

    print(f"workers {args.workers}, load average before: {load_average()}")
    print(
        f"{'input':>10} {'records':>9} {'parent MB':>10} {'worker MB':>10} {'total MB':>9}", end=""
    )
    print(f" {'docs/s':>8} {'seconds':>8}")
    with tempfile.TemporaryDirectory(prefix="newsclean-memory-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.size:
            path = folder / f"input-{size // 10**6}MB.jsonl"
            n = write_jsonl(args.corpus, size, path)
            m = measure(path, args.field, args.workers)
            print(
                f"{size / 1e6:8.0f}MB {n:9d} {m['parent']:10.1f} {m['worker']:10.1f} "
                f"{m['total']:9.1f} {n / m['seconds']:8.1f} {m['seconds']:8.1f}",
                flush=True,
            )
            if m["failed"]:
                print(f"  ({m['failed']:.0f} lines on stderr: records that failed)")
            if args.keep is None:
                path.unlink()
    print(f"load average after: {load_average()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
