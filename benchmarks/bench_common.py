"""What the benchmark scripts share: where the development corpus lives, the load.

The scripts run as ``python benchmarks/NAME.py``, so this module is importable
from them by its plain name.
"""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "aeb-dev.jsonl"
"""The shared development corpus next to a checkout (pass --corpus to use another)."""


def load_average() -> str:
    """The 1, 5 and 15 minute load averages, to print next to timings."""
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"
