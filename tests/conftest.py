"""Shared fixtures: the seed corpus shipped with the tests."""

from __future__ import annotations

import contextlib
import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# CI runs the same examples every time (no flaky builds); a local run explores
# new ones. HYPOTHESIS_PROFILE=explore runs many more, to hunt for bugs.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

DATA = Path(__file__).parent / "data"
SEED_DIR = DATA / "seeds"
SEED_NAMES = sorted(p.name for p in SEED_DIR.glob("*.txt"))


def read_seed(name: str) -> str:
    """A seed exactly as received (newline=\"\" keeps its line endings)."""
    with open(SEED_DIR / name, encoding="utf-8", newline="") as fh:
        return fh.read()


def seed_gold() -> dict[str, Any]:
    result: dict[str, Any] = json.loads((DATA / "seeds.gold.json").read_text(encoding="utf-8"))
    return result


@pytest.fixture(params=SEED_NAMES)
def seed_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@contextlib.contextmanager
def sigint_acted_on() -> Iterator[None]:
    """Start children with Ctrl-C's default action, as a terminal's foreground job has
    it: under a background job (``cmd &``, CI under ``nohup``) this process has SIGINT
    ignored, a child would inherit that, and Python keeps an ignored SIGINT ignored. A
    signal this process handles is reset to its default in a child at exec."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
