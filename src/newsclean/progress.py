"""A one-line progress report on stderr for long runs.

Shown only when stderr is a terminal (never in logs or pipes) and only once a
run has gone on for :data:`DELAY` seconds, so short runs print nothing.

It shows documents done (out of the total when the total is known: files
and directories), documents and megabytes per second, and an estimate of the
time left when the input's size is known. The estimate is by bytes when they
are known (a JSONL file's size is known though its number of records is not;
cleaning costs time in proportion to text length), else by documents.

>>> import io
>>> clock = iter([0.0, 5.0]).__next__
>>> out = io.StringIO()
>>> bar = Progress(enabled=True, total=10, total_bytes=1_000_000, stream=out, clock=clock)
>>> bar.step(4, nbytes=250_000)
>>> out.getvalue().strip("\\r\\x1b[K")
'4/10 docs, 0.8 docs/s, 0.05 MB/s, ETA 15s'
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]

DELAY = 1.0
"""Seconds before the first report: a run shorter than this stays silent."""
INTERVAL = 0.2
"""Seconds between redraws: often enough to look live, rarely enough to cost nothing."""
_ERASE = "\r\x1b[K"
"""Back to the start of the line, erase it (ANSI, understood by every terminal in use)."""


class Progress:
    """Count finished documents and redraw ``N docs, R docs/s, M MB/s[, ETA]`` now and then."""

    def __init__(
        self,
        *,
        enabled: bool,
        total: int | None = None,
        total_bytes: int | None = None,
        stream: TextIO | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.enabled = enabled
        self.total = total
        self.total_bytes = total_bytes
        self.stream = stream if stream is not None else sys.stderr
        self.done = 0
        self.bytes = 0
        self._clock = clock
        self._start = clock()
        self._last = 0.0
        self._shown = False

    def step(self, n: int = 1, *, nbytes: int = 0) -> None:
        """Record ``n`` more finished documents that held ``nbytes`` bytes of input."""
        self.done += n
        self.bytes += nbytes
        if not self.enabled:
            return
        now = self._clock()
        if now - self._start < DELAY or now - self._last < INTERVAL:
            return
        self._last = now
        self.stream.write(_ERASE + self.line(now))
        self.stream.flush()
        self._shown = True

    def line(self, now: float) -> str:
        """The report as of ``now`` (a value of the clock)."""
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        done = f"{self.done}/{self.total}" if self.total else f"{self.done}"
        parts = [f"{done} docs", f"{rate:.1f} docs/s"]
        if self.bytes:
            parts.append(f"{self.bytes / elapsed / 1e6:.2f} MB/s")
        eta: float | None = None
        if self.total_bytes and self.bytes:
            eta = max(self.total_bytes - self.bytes, 0) * elapsed / self.bytes
        elif self.total and self.done:
            eta = max(self.total - self.done, 0) / rate
        if eta is not None:
            parts.append(f"ETA {_duration(eta)}")
        return ", ".join(parts)

    def clear(self) -> None:
        """Erase the progress line, so that a message can be printed on stderr."""
        if self._shown:
            self.stream.write(_ERASE)
            self.stream.flush()
            self._shown = False

    def close(self) -> None:
        """End the progress line, if one was drawn."""
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def _duration(seconds: float) -> str:
    """``42s``, ``3m05s``, ``2h07m``.

    >>> _duration(42.4), _duration(185), _duration(7650)
    ('42s', '3m05s', '2h07m')
    """
    s = round(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"
