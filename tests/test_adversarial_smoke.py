"""The adversarial benchmark runs, covers every cleaner of the default pipeline, and can fail.

Timing is the benchmark's job (``benchmarks/adversarial.py``), not the test
suite's: these tests use inputs of a few kilobytes and assert no speed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsclean import default_pipeline

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "adversarial.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("adversarial", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["adversarial"] = module
    spec.loader.exec_module(module)
    return module


def test_every_input_through_every_cleaner(bench: ModuleType) -> None:
    inputs = bench.make_inputs(0.002, line_mb=0.005)
    for name in ("parens", "curly_quotes", "by_prefix", "read_more_lines", "url_run", "digits"):
        assert name in inputs
    table = bench.measure(inputs, bench.targets())
    assert set(table) == set(inputs)
    for row in table.values():
        assert list(row) == ["clean", *default_pipeline().names]


def test_inputs_have_the_requested_size(bench: ModuleType) -> None:
    inputs = bench.make_inputs(0.01, line_mb=0.02)
    # at least the size asked for, and less than one more repeat of the unit over it
    assert all(
        10_000 <= bench._size(t) < 10_000 + bench._size(bench.UNITS[k][0])
        for k, t in inputs.items()
        if k in bench.UNITS
    )
    assert "\n" not in inputs["single_line"]
    assert bench._size(inputs["single_line"]) >= 20_000


def test_exit_status_follows_the_limit(
    bench: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    tiny = ["--mb", "0.001", "--line-mb", "0.001", "--no-regex-scan", "--only", "parens,newlines"]
    assert bench.main([*tiny, "--limit", "1e9"]) == 0
    assert bench.main([*tiny, "--limit", "0"]) == 1
    assert "OVER LIMIT" in capsys.readouterr().out


def test_regex_probe_finds_the_module_patterns(bench: ModuleType) -> None:
    names = [name for name, _ in bench.module_patterns()]
    assert "newsclean.classify.boilerplate._POST_COUNT" in names
    assert {" ", "\n"} <= set(bench.probes(r" +(?=\n)"))
