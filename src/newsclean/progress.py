"""A one-line progress report on stderr for long runs.

Shown only when stderr is a terminal (never in logs or pipes) and only once a
run has gone on for :data:`DELAY` seconds, so short runs print nothing.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

__all__ = ["Progress"]

DELAY = 1.0
"""Seconds before the first report: a run shorter than this stays silent."""
INTERVAL = 0.2
"""Seconds between redraws: often enough to look live, rarely enough to cost nothing."""


class Progress:
    """Count finished documents and redraw ``N docs, R docs/s[, ETA]`` now and then."""

    def __init__(
        self, *, enabled: bool, total: int | None = None, stream: TextIO | None = None
    ) -> None:
        self.enabled = enabled
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self._start = time.monotonic()
        self._last = 0.0
        self._shown = False

    def step(self, n: int = 1) -> None:
        """Record ``n`` more finished documents."""
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._start < DELAY or now - self._last < INTERVAL:
            return
        self._last = now
        self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        line = f"{self.done} docs, {rate:.1f} docs/s"
        if self.total:
            left = max(self.total - self.done, 0)
            eta = left / rate if rate else 0.0
            line = f"{self.done}/{self.total} docs, {rate:.1f} docs/s, ETA {eta:.0f}s"
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        """End the progress line, if one was drawn."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False
