"""Body extraction quality of newsclean and its peers on any JSONL corpus.

Each line of the corpus is a JSON object with a text field (``--input``, the
text to clean: a page rendered to text, an extractor's output …) and a gold
field (``--truth``, the article body a person would keep). Every method turns
the input into a body; the body is scored against the gold with the shingle
measure of the public article-extraction benchmark
(:mod:`newsclean.evaluation`: 4-token shingles, per-document precision and
recall averaged over documents, F1 of the two averages). Speed is the input's
UTF-8 size divided by the time the method took, in MB/s.

Methods (peers run only when installed: ``pip install 'newsclean[bench]'``):

``input as is``
    the input unchanged: the score to beat.
``newsclean``
    ``newsclean.clean(text).body`` with the default pipeline.
``newsclean favor=precision``, ``newsclean favor=recall``
    the same with ``clean(text, favor=...)``: every cleaner that has the
    option leans the same way.
``C4 line filter``
    the line rules used to build the C4 corpus (Raffel et al. 2020), written
    here: keep lines that end in terminal punctuation and hold at least five
    words, drop lines that mention JavaScript or a cookie, privacy or terms
    policy. C4's page-level rules (drop pages with fewer than three sentences,
    with "lorem ipsum" or a curly bracket) are left out: they drop whole
    documents, which a body extractor cannot do.
``jusText``
    ``justext.justext`` on an HTML page made of the input's lines, one ``<p>``
    each, keeping the paragraphs it does not mark as boilerplate. The stop
    list is the one of jusText's 100 lists that covers the largest share of
    the document's words (``--justext-stoplist NAME`` fixes one instead);
    choosing it is part of the timed work.
``trafilatura (text)``
    ``trafilatura.extract`` on the same one-``<p>``-per-line page, comments
    excluded. trafilatura is built for HTML: on text it has no markup to go
    by (no ``<nav>``, no link density, no classes), so this row shows what it
    can still do, not how it does on the page's HTML.

Run it on your own data:

    python benchmarks/quality.py --corpus pages.jsonl --input text --truth gold
    python benchmarks/quality.py --corpus ../shared/corpus/aeb-dev.jsonl \\
        --input html_text trafilatura --truth truth --plot docs/img/quality.png

Each method is first run on one document untimed (imports, lazy set-up).
The machine is whatever you run it on: say which when you quote the numbers.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import newsclean
from newsclean.evaluation import Summary, shingle_counts, summary

Method = Callable[[str], str]

# -- the methods ---------------------------------------------------------------


def as_is(text: str) -> str:
    """The input unchanged."""
    return text


def newsclean_body(text: str) -> str:
    """newsclean's default pipeline."""
    return newsclean.clean(text).body


def newsclean_favoring(favor: str) -> Method:
    """newsclean's default pipeline with ``favor`` passed to every cleaner that has it."""

    def run(text: str) -> str:
        return newsclean.clean(text, favor=favor).body

    return run


C4_MIN_WORDS = 5
"""C4 keeps only lines of at least five words."""
C4_TERMINAL = (".", "!", "?", '"', "”", "’", "'")
"""A line must end in terminal punctuation; C4 counts a closing quote as one."""
C4_DROP_SUBSTRINGS = (
    "javascript",
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
"""Lines mentioning these (lowercased) are dropped: script warnings and policy notices."""


def c4_line_filter(text: str) -> str:
    """The C4 corpus's line rules (see the module docstring)."""
    kept = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line.endswith(C4_TERMINAL) or len(line.split()) < C4_MIN_WORDS:
            continue
        lowered = line.lower()
        if any(s in lowered for s in C4_DROP_SUBSTRINGS):
            continue
        kept.append(line)
    return "\n\n".join(kept)


def lines_as_html(text: str) -> str:
    """A minimal HTML page with one ``<p>`` per non-blank line of ``text``."""
    paras = "".join(
        f"<p>{html.escape(line.strip())}</p>\n" for line in text.splitlines() if line.strip()
    )
    return f"<html><head><meta charset='utf-8'></head><body>\n{paras}</body></html>"


@lru_cache(maxsize=1)
def _justext_stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in sorted(justext.get_stoplists())}


def best_stoplist(text: str) -> frozenset[str]:
    """The jusText stop list that covers the largest share of ``text``'s words."""
    words = [w.lower() for w in text.split()]
    best: frozenset[str] = frozenset()
    best_hits = -1
    for stoplist in _justext_stoplists().values():
        hits = sum(w in stoplist for w in words)
        if hits > best_hits:
            best, best_hits = stoplist, hits
    return best


def make_justext(stoplist_name: str | None) -> Method:
    """jusText on the input's lines, with a fixed or a per-document stop list."""
    import justext

    fixed = frozenset(justext.get_stoplist(stoplist_name)) if stoplist_name else None

    def run(text: str) -> str:
        stoplist = fixed if fixed is not None else best_stoplist(text)
        page = lines_as_html(text).encode("utf-8")
        paragraphs = justext.justext(page, stoplist, encoding="utf-8")
        return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def make_trafilatura() -> Method:
    """trafilatura on the input's lines, comments excluded."""
    import trafilatura

    def run(text: str) -> str:
        out = trafilatura.extract(lines_as_html(text), include_comments=False)
        return out or ""

    return run


@dataclass(frozen=True)
class MethodSpec:
    name: str
    key: str
    module: str | None
    """The package the method needs, or None for one that needs only newsclean."""
    build: Callable[[argparse.Namespace], Method]


METHODS = (
    MethodSpec("input as is", "input", None, lambda _a: as_is),
    MethodSpec("newsclean", "newsclean", None, lambda _a: newsclean_body),
    MethodSpec(
        "newsclean favor=precision",
        "newsclean-precision",
        None,
        lambda _a: newsclean_favoring("precision"),
    ),
    MethodSpec(
        "newsclean favor=recall", "newsclean-recall", None, lambda _a: newsclean_favoring("recall")
    ),
    MethodSpec("C4 line filter", "c4", None, lambda _a: c4_line_filter),
    MethodSpec("jusText", "justext", "justext", lambda a: make_justext(a.justext_stoplist)),
    MethodSpec("trafilatura (text)", "trafilatura", "trafilatura", lambda _a: make_trafilatura()),
)

# -- running -----------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    input_field: str
    method: str
    score: Summary
    mb_per_s: float
    seconds: float


def read_corpus(
    path: Path, input_field: str, truth_field: str, limit: int | None
) -> list[tuple[str, str]]:
    """``(input, truth)`` pairs of the records that have both fields as strings."""
    pairs: list[tuple[str, str]] = []
    skipped = 0
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc})") from None
            text, truth = record.get(input_field), record.get(truth_field)
            if isinstance(text, str) and isinstance(truth, str):
                pairs.append((text, truth))
            else:
                skipped += 1
            if limit is not None and len(pairs) >= limit:
                break
    if skipped:
        print(
            f"note: {skipped} records lack a string {input_field!r} or {truth_field!r}",
            file=sys.stderr,
        )
    if not pairs:
        raise SystemExit(f"{path}: no record has both {input_field!r} and {truth_field!r}")
    return pairs


def run_method(
    method: Method, pairs: Sequence[tuple[str, str]], repeat: int
) -> tuple[Summary, float]:
    """Score ``method`` on ``pairs``; also return its best total time of ``repeat`` runs."""
    method(pairs[0][0])  # warm-up, untimed
    best = float("inf")
    outputs: list[str] = []
    for _ in range(repeat):
        outputs = []
        start = time.perf_counter()
        for text, _truth in pairs:
            outputs.append(method(text))
        best = min(best, time.perf_counter() - start)
    scores = [
        shingle_counts(truth, out) for (_text, truth), out in zip(pairs, outputs, strict=True)
    ]
    return summary(scores), best


def available(specs: Iterable[MethodSpec], wanted: set[str] | None) -> list[MethodSpec]:
    """The methods asked for whose packages import; say which are skipped and why."""
    out = []
    for spec in specs:
        if wanted is not None and spec.key not in wanted:
            continue
        if spec.module and importlib.util.find_spec(spec.module) is None:
            print(f"note: {spec.name} skipped ({spec.module} is not installed)", file=sys.stderr)
            continue
        out.append(spec)
    return out


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table (readable as plain text too)."""
    rows = [
        "| input | method | precision | recall | F1 | MB/s | docs |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        speed = "–" if r.method == "input as is" else f"{r.mb_per_s:.2f}"
        f1 = f"{r.score.f1:.3f}"
        if r.method.startswith("newsclean"):
            f1 = f"**{f1}**"
        rows.append(
            f"| {r.input_field} | {r.method} | {r.score.precision:.3f} | {r.score.recall:.3f} "
            f"| {f1} | {speed} | {r.score.documents} |"
        )
    return "\n".join(rows)


def plot(results: Sequence[Result], path: Path, title: str) -> None:
    """F1 against MB/s (log scale), one colour per method, one marker per input."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    methods = [m.name for m in METHODS if m.name != "input as is"]
    colours = dict(zip(methods, plt.get_cmap("tab10").colors, strict=False))
    inputs = list(dict.fromkeys(r.input_field for r in results))
    markers = dict(zip(inputs, "os^Dv", strict=False))
    fig, ax = plt.subplots(figsize=(8, 4.2), dpi=100)
    for r in results:
        if r.method == "input as is":
            ax.axhline(r.score.f1, color="grey", linewidth=0.8, linestyle=":")
            ax.annotate(
                f"{r.input_field} as is",
                (0, r.score.f1),
                xycoords=("axes fraction", "data"),
                xytext=(4, 3),
                textcoords="offset points",
                fontsize=7,
                color="grey",
            )
            continue
        ax.scatter(
            r.mb_per_s,
            r.score.f1,
            color=colours[r.method],
            marker=markers[r.input_field],
            s=50,
            zorder=3,
        )
    # Two legends in one: colour says the method, marker shape says the input.
    shown = {r.method for r in results}
    handles = [
        Line2D([], [], color=colours[m], marker="o", linestyle="", label=m)
        for m in methods
        if m in shown
    ]
    handles += [
        Line2D([], [], color="black", marker=markers[i], linestyle="", label=f"input: {i}")
        for i in inputs
    ]
    ax.legend(handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1))
    ax.set_xscale("log")
    ax.set_xlabel("speed (MB of input text per second, log scale)")
    ax.set_ylabel("body F1 (shingles)")
    ax.set_title(title, fontsize=10)
    ax.grid(True, which="both", linewidth=0.3)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="See the module docstring (or docs/benchmarks.md) for what each method runs.",
    )
    parser.add_argument("--corpus", type=Path, required=True, help="JSONL file, one record a line")
    parser.add_argument(
        "--input", nargs="+", required=True, metavar="FIELD", help="text field(s) to clean"
    )
    parser.add_argument("--truth", required=True, metavar="FIELD", help="gold article body field")
    parser.add_argument(
        "--methods",
        default="all",
        help="comma-separated subset of: "
        + ", ".join(m.key for m in METHODS)
        + " (default: all installed)",
    )
    parser.add_argument(
        "--justext-stoplist",
        metavar="NAME",
        help="one jusText stop list (default: best per document)",
    )
    parser.add_argument("--limit", type=int, help="score only the first N usable records")
    parser.add_argument(
        "--repeat", type=int, default=1, help="time each method N times, keep the best"
    )
    parser.add_argument(
        "--plot", type=Path, metavar="FILE.png", help="write the F1-vs-MB/s plot here"
    )
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results as JSON")
    args = parser.parse_args(argv)

    if args.plot and importlib.util.find_spec("matplotlib") is None:
        parser.error("--plot needs matplotlib: pip install matplotlib (or 'newsclean[bench]')")
    keys = {m.key for m in METHODS}
    wanted = (
        None if args.methods == "all" else {k.strip() for k in args.methods.split(",") if k.strip()}
    )
    if wanted is not None and not wanted <= keys:
        parser.error(f"unknown method(s) {sorted(wanted - keys)}; choose from {sorted(keys)}")
    specs = available(METHODS, wanted)
    built = [(spec, spec.build(args)) for spec in specs]

    results: list[Result] = []
    for field in args.input:
        pairs = read_corpus(args.corpus, field, args.truth, args.limit)
        mb = sum(len(text.encode("utf-8")) for text, _ in pairs) / 1e6
        for spec, method in built:
            score, seconds = run_method(method, pairs, max(1, args.repeat))
            results.append(
                Result(field, spec.name, score, mb / seconds if seconds else float("inf"), seconds)
            )
            print(
                f"  {field:>14} {spec.name:<20} F1 {score.f1:.3f}  {mb / seconds:8.2f} MB/s",
                file=sys.stderr,
            )

    print(table(results))
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "input": r.input_field,
                        "method": r.method,
                        "precision": r.score.precision,
                        "recall": r.score.recall,
                        "f1": r.score.f1,
                        "documents": r.score.documents,
                        "seconds": r.seconds,
                        "mb_per_s": r.mb_per_s,
                    }
                    for r in results
                ],
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    if args.plot:
        plot(
            results,
            args.plot,
            f"Body F1 against speed on {args.corpus.name} (newsclean {newsclean.__version__})",
        )
        print(f"plot written to {args.plot}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
