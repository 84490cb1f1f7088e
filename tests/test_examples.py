"""Every script in examples/ runs on the seed corpus without error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))


@pytest.mark.parametrize("script", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_runs(script: Path) -> None:
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
