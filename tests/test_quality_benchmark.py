"""benchmarks/quality.py on a small JSONL made of the seed corpus and its gold bodies."""

from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEED_NAMES, read_seed, seed_gold

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "quality.py"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    gold = seed_gold()
    path = tmp_path_factory.mktemp("quality") / "seeds.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for name in SEED_NAMES:
            record = {"text": read_seed(name), "gold": "\n\n".join(gold[name]["body"])}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        fh.write(json.dumps({"text": "a record without gold"}) + "\n")
    return path


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _rows(stdout: str) -> dict[tuple[str, str], list[str]]:
    rows = {}
    for line in stdout.splitlines():
        cells = [c.strip().strip("*") for c in line.strip().strip("|").split("|")]
        if len(cells) == 7 and re.fullmatch(r"[0-9.]+", cells[4]):
            rows[cells[0], cells[1]] = cells
    return rows


def test_scores_newsclean_and_the_baselines(corpus: Path) -> None:
    proc = _run(
        "--corpus",
        str(corpus),
        "--input",
        "text",
        "--truth",
        "gold",
        "--methods",
        "input,newsclean,c4",
    )
    assert proc.returncode == 0, proc.stderr
    rows = _rows(proc.stdout)
    assert set(rows) == {("text", "input as is"), ("text", "newsclean"), ("text", "C4 line filter")}
    for cells in rows.values():
        p, r, f1 = (float(x) for x in cells[2:5])
        assert all(0 <= x <= 1 for x in (p, r, f1)), cells
        assert cells[6] == str(len(SEED_NAMES))  # the record without gold is skipped
    # the seeds carry captions, menus and related links: cleaning must beat the raw text
    assert float(rows["text", "newsclean"][4]) > float(rows["text", "input as is"][4])
    assert "lack a string" in proc.stderr


def test_the_gold_against_itself_scores_one(corpus: Path) -> None:
    proc = _run("--corpus", str(corpus), "--input", "gold", "--truth", "gold", "--methods", "input")
    assert proc.returncode == 0, proc.stderr
    p, r, f1 = (float(x) for x in _rows(proc.stdout)["gold", "input as is"][2:5])
    assert (p, r, f1) == (1.0, 1.0, 1.0)


def test_unknown_method_is_a_usage_error(corpus: Path) -> None:
    proc = _run("--corpus", str(corpus), "--input", "text", "--truth", "gold", "--methods", "bogus")
    assert proc.returncode == 2
    assert "bogus" in proc.stderr


@pytest.mark.skipif(importlib.util.find_spec("matplotlib") is None, reason="needs matplotlib")
def test_plot_and_json(corpus: Path, tmp_path: Path) -> None:
    png, out = tmp_path / "q.png", tmp_path / "q.json"
    proc = _run(
        "--corpus", str(corpus), "--input", "text", "--truth", "gold",
        "--methods", "input,c4", "--plot", str(png), "--json", str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    methods = [r["method"] for r in json.loads(out.read_text(encoding="utf-8"))]
    assert methods == ["input as is", "C4 line filter"]


def test_c4_line_filter_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("quality", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    quality = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "quality", quality)  # dataclasses look their module up
    spec.loader.exec_module(quality)
    text = (
        "Home News Sport\n"
        "The harbour board approved the new ferry timetable on Tuesday.\n"
        "Too short.\n"
        "Please enable JavaScript to view the comments below, thank you.\n"
        "This site uses cookies to improve your experience, read more.\n"
        "“We waited three years for this,” said one commuter from the island.”"
    )
    assert quality.c4_line_filter(text).split("\n\n") == [
        "The harbour board approved the new ferry timetable on Tuesday.",
        "“We waited three years for this,” said one commuter from the island.”",
    ]
