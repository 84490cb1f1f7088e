"""Every script in examples/ runs on the seed corpus without error.

A script that needs optional packages says so in a line ``# requires: a, b``
and is skipped when one of them is not installed.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))


def missing_requirements(script: Path) -> list[str]:
    match = re.search(r"^# requires: ([\w., ]+)", script.read_text(encoding="utf-8"), re.MULTILINE)
    names = [n.strip() for n in match.group(1).split(",")] if match else []
    return [n for n in names if importlib.util.find_spec(n) is None]


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
    missing = missing_requirements(script)
    if missing:
        pytest.skip(f"needs {', '.join(missing)}")
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=300, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip()


def test_trafilatura_example_skips_cleanly_without_trafilatura(tmp_path: Path) -> None:
    # a sitecustomize that makes `import trafilatura` fail, as on a machine without it
    (tmp_path / "sitecustomize.py").write_text("import sys\nsys.modules['trafilatura'] = None\n")
    script = next(p for p in EXAMPLES if p.name == "trafilatura_postprocess.py")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    assert "not installed" in proc.stdout
