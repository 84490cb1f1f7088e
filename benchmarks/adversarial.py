"""Adversarial timing benchmark: pathological inputs through every cleaner.

Feeds each input below to :func:`newsclean.clean` and to every cleaner of
:func:`newsclean.default_pipeline` on its own (so a cleaner added to the
default pipeline is covered without editing this file), prints seconds per
MB in a table, and exits 1 when any cell exceeds ``--limit`` (3 s/MB by
default): a cleaner that is linear in its input stays far below that on a
2-core machine, a quadratic one does not survive 1 MB of the wrong character.

A MB here is 10**6 bytes of the input encoded as UTF-8 (lone surrogates
counted as the 3 bytes ``surrogatepass`` gives them).

It then probes every compiled regular expression found at module level in
``newsclean`` with strings made of the pattern's own characters at two sizes,
and lists the patterns whose time grows more than :data:`SUSPECT_GROWTH` times
when the input grows 4 times (linear: about 4, quadratic: about 16). That
list is advice for review, not a failure: a pattern applied only to short
lines may be superlinear and harmless.

Usage (from the repository root, with the project's venv)::

    .venv/bin/python benchmarks/adversarial.py                 # 1 MB inputs, a 10 MB line
    .venv/bin/python benchmarks/adversarial.py --mb 0.1        # quicker
    .venv/bin/python benchmarks/adversarial.py --only parens,newlines --no-regex-scan
"""

from __future__ import annotations

import argparse
import importlib
import math
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import regex

import newsclean
from newsclean.pipeline import cleaner_name, default_pipeline

LIMIT_S_PER_MB = 3.0
"""The ceiling from the reliability issue: any input, any cleaner."""
SUSPECT_GROWTH = 8.0
"""Time ratio for a 4x longer probe above which a regex is listed for review."""
SEED_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "seeds"

# name -> (repeated unit, what it attacks)
UNITS: dict[str, tuple[str, str]] = {
    "parens": ("(", "bracket scanners, credit and caption patterns"),
    "curly_quotes": ("“", "quote pairing"),
    "straight_quotes": ('"', "quote pairing"),
    "by_prefix": ("By ", "byline detection on one endless line"),
    "read_more_lines": ("Read more\n", "cue lookups, one block per line"),
    "button_lines": ("Next\n", "a page of nothing but one-word buttons"),
    "mixed_buttons": ("Next\nPrevious\nTop\nNew\n", "buttons, one of them unknown"),
    "read_more_colon": ("Read More: ", "prefix cues on one endless line"),
    "url_run": ("https://www.example.com/news/", "URL patterns: one endless URL"),
    "url_starts": ("http://", "URL patterns: many starts, no host"),
    "email_like": ("a.b@", "e-mail patterns"),
    "digits": ("7", "number and date patterns: one endless number"),
    "digit_groups": ("2024 ", "number and date patterns: many numbers"),
    "date_like": ("Monday, 12 March 2024 10:45 GMT ", "date parsing"),
    "iso_dates": ("2024-03-12T10:45:00Z/", "date parsing"),
    "newlines": ("\n", "segmentation of nothing"),
    "crlf": ("\r\n", "line endings"),
    "separators": ("\u2028\u2029\x0c", "exotic line breaks"),
    "one_char": ("a", "one endless word"),
    "short_lines": ("ab\n", "hundreds of thousands of tiny blocks"),
    "numbered_lines": (
        "1. Foo Bar Baz\n2. Foo Bar Baz\n3. Foo Bar Baz\n",
        "numbered lists by the thousand (each list once, not the page above it again)",
    ),
    "blank_lines": (" \t\u00a0\n", "lines that are only whitespace"),
    "spaces": (" ", "whitespace runs without a line break"),
    "space_newline": (" \n ", "space before and after line breaks"),
    "tabs_nbsp": ("\t\u00a0\u2009", "exotic space runs"),
    "zero_width": ("a\u200b\u200d\ufeff", "invisible characters"),
    "bidi": ("\u202eabc\u202c\u200f", "bidi controls"),
    "controls": ("\x00\x07\x1b[0m", "NUL, bell, terminal escapes"),
    "combining": ("e\u0301\u0302\u0303\u0304\u0305", "combining-mark pile-up"),
    "emoji_zwj": ("👩\u200d👩\u200d👧\u200d👦 🏳️\u200d🌈 ", "emoji sequences"),
    "rtl_text": ("مرحبا بالعالم. שלום עולם. ", "right-to-left scripts"),
    "cjk": ("新闻报道今天发布了消息。", "CJK without spaces"),
    "lone_surrogates": ("x\ud800\udfff\udc00", "lone surrogates"),
    "mojibake": ("The mayorâ€™s â€œofficeâ€\x9d ", "encoding repair"),
    "entities": ("&amp;&#8217;&quot;&", "HTML entities"),
    "angle": ("<", "ftfy's HTML switch"),
    "colons": (":", "prefix cues ending in a colon"),
    "from_footer": ("from ", "feed-footer pattern"),
    "punctuation": ("!?.…—–-|»•*", "edge-junk stripping"),
    "photo_credit": ("Photo: AP/", "caption credit patterns"),
    "said_quote": ("“x,” said ", "quote attribution"),
    "live_report": (
        "12:00\n\nOfficials said the rescue effort was continuing through the night.\n\n"
        "Share\n\n— Jane Doe\n\nRead more\n\n",
        "a live report of thousands of stamped entries (each entry read once)",
    ),
    "wrapped_text": (
        "The council met on Monday to discuss the new bridge over the river, which\n"
        "has been closed since the floods and which residents say has cut the town\n"
        "in two, the clerk said in a statement on Tuesday afternoon at the hall.\n\n",
        "hard-wrapped paragraphs by the thousand",
    ),
    "date_lines": ("01/05/2024\nJune 14, 2024\n", "lines that are only dates"),
}

SENTENCE = "The council met on Monday to discuss the budget, and café owners said “no”. "


def _size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def repeat_to(unit: str, nbytes: int) -> str:
    """``unit`` repeated until it is at least ``nbytes`` UTF-8 bytes long."""
    return unit * max(1, math.ceil(nbytes / max(1, _size(unit))))


def single_line(nbytes: int) -> str:
    """One line of words (some non-ASCII, so encoding repair cannot skip it)."""
    return repeat_to(SENTENCE, nbytes)


def realistic(nbytes: int) -> str:
    """The seed articles repeated: the speed on ordinary news text, for comparison."""
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt")))
    return repeat_to(seeds + "\n\n", nbytes)


def distinct_lines(nbytes: int) -> str:
    """Short lines that all differ (so no cache helps), mixing Latin-1 and CJK."""
    out: list[str] = []
    size = i = 0
    while size < nbytes:
        line = f"é{i % 1000}\n" if i % 2 else chr(0x4E00 + i % 20000) + "\n"
        out.append(line)
        size += _size(line)
        i += 1
    return "".join(out)


def near_repeats(nbytes: int) -> str:
    """A headline-like line printed over and over with a changing number: the page
    title, its repeats and near-repeats, share rows (each found in one pass, not in
    one more window per settle round)."""
    out: list[str] = []
    size = i = 0
    while size < nbytes:
        line = f"Whatsapp Facebook Pint Baixar{i % 50}\n"
        out.append(line)
        size += _size(line)
        i += 1
    return "".join(out)


def make_inputs(mb: float, *, line_mb: float | None = None) -> dict[str, str]:
    """Every adversarial input at ``mb`` MB, plus one single line of ``line_mb`` MB."""
    nbytes = int(mb * 1e6)
    out = {name: repeat_to(unit, nbytes) for name, (unit, _) in UNITS.items()}
    out["distinct_lines"] = distinct_lines(nbytes)
    out["near_repeats"] = near_repeats(nbytes)
    out["realistic"] = realistic(nbytes)
    out["single_line"] = single_line(int((line_mb if line_mb is not None else 10 * mb) * 1e6))
    return out


def targets() -> list[tuple[str, Callable[..., Any]]]:
    """``clean`` and every cleaner of the default pipeline, by name."""
    return [("clean", newsclean.clean)] + [(cleaner_name(c), c) for c in default_pipeline()]


def measure(
    inputs: dict[str, str], funcs: Sequence[tuple[str, Callable[..., Any]]]
) -> dict[str, dict[str, float]]:
    """Seconds per MB of every function on every input (one run each)."""
    table: dict[str, dict[str, float]] = {}
    for name, text in inputs.items():
        mb = _size(text) / 1e6
        row: dict[str, float] = {}
        for fname, func in funcs:
            t0 = time.perf_counter()
            func(text)
            row[fname] = (time.perf_counter() - t0) / mb
        table[name] = row
        print(_format_row(name, mb, row), flush=True)
    return table


def _format_row(name: str, mb: float, row: dict[str, float]) -> str:
    cells = "".join(f"{v:>{max(9, len(k) + 1)}.3f}" for k, v in row.items())
    return f"{name:<18}{mb:>7.2f}{cells}"


def _header(funcs: Sequence[tuple[str, Callable[..., Any]]]) -> str:
    cells = "".join(f"{k:>{max(9, len(k) + 1)}}" for k, _ in funcs)
    return f"{'input':<18}{'MB':>7}{cells}"


# -- regex probe -----------------------------------------------------------------

_PATTERN_TYPES = (re.Pattern, type(regex.compile("")))
_CLASS_STANDINS = {"s": " ", "d": "7", "w": "a", "W": "!", "S": "x", "n": "\n", "b": " "}


def module_patterns() -> Iterator[tuple[str, Any]]:
    """``(module.attribute, pattern)`` for every compiled regex at module level."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(newsclean.__path__, "newsclean."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for attr, value in vars(module).items():
            if isinstance(value, _PATTERN_TYPES) and id(value) not in seen:
                seen.add(id(value))
                yield f"{info.name}.{attr}", value


def probes(source: str) -> list[str]:
    """Probe units made of a pattern's own characters and literal runs."""
    units = {" ", "a", "a ", "\n", "7", ".", "(", "x\n"}
    units.update(ch for ch in source if ch.isprintable() or ch.isspace())
    units.update(_CLASS_STANDINS[c] for c in re.findall(r"\\([sdwWSnb])", source))
    for run in re.findall(r"[^\\()\[\]{}?*+|^$.]{2,}", source):
        units.update((run, run + " ", run + "\n"))
    return sorted(units)


def _time_finditer(pattern: Any, text: str) -> float:
    best = math.inf
    for _ in range(3):
        t0 = time.perf_counter()
        for _m in pattern.finditer(text):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def regex_scan(n: int = 2000) -> list[tuple[str, str, float, float]]:
    """Patterns whose time grows superlinearly: ``(name, probe unit, t(n), t(4n))``."""
    suspects = []
    for name, pattern in module_patterns():
        for unit in probes(pattern.pattern):
            small = unit * max(1, n // len(unit))
            t_small = _time_finditer(pattern, small)
            t_big = _time_finditer(pattern, small * 4)
            if t_big > 0.005 and t_big > SUSPECT_GROWTH * max(t_small, 1e-6):
                suspects.append((name, unit, t_small, t_big))
    return suspects


# -- main -------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; return 1 when a cell is over the limit, else 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="size of each input (default 1)")
    ap.add_argument("--line-mb", type=float, help="size of the single line (default 10 x --mb)")
    ap.add_argument("--limit", type=float, default=LIMIT_S_PER_MB, help="max seconds per MB")
    ap.add_argument("--only", help="comma-separated input names")
    ap.add_argument("--no-regex-scan", action="store_true")
    args = ap.parse_args(argv)

    inputs = make_inputs(args.mb, line_mb=args.line_mb)
    if args.only:
        wanted = args.only.split(",")
        unknown = sorted(set(wanted) - set(inputs))
        if unknown:
            ap.error(f"unknown inputs {unknown}; known: {', '.join(inputs)}")
        inputs = {k: v for k, v in inputs.items() if k in wanted}
    funcs = targets()
    print(f"newsclean {newsclean.__version__}; pipeline: {', '.join(default_pipeline().names)}")
    print(f"seconds per MB (limit {args.limit:g})")
    print(_header(funcs), flush=True)
    table = measure(inputs, funcs)
    over = [(i, f, v) for i, row in table.items() for f, v in row.items() if v > args.limit]
    worst = max(((v, i, f) for i, row in table.items() for f, v in row.items()), default=None)
    if worst:
        print(f"worst: {worst[0]:.3f} s/MB ({worst[2]} on {worst[1]})")
    for i, f, v in over:
        print(f"OVER LIMIT: {f} on {i}: {v:.2f} s/MB")

    if not args.no_regex_scan:
        suspects = regex_scan()
        print(f"regex scan: {sum(1 for _ in module_patterns())} module-level patterns probed")
        for name, unit, t1, t4 in suspects:
            print(f"  SUSPECT {name} on {unit!r}: {t1 * 1e3:.1f} ms -> {t4 * 1e3:.1f} ms at 4x")
        if not suspects:
            print("  no superlinear growth found")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
