"""The progress line: silent at first, rates, ETA by bytes or by documents, clean erasing."""

from __future__ import annotations

import io
from collections.abc import Callable

from newsclean.progress import DELAY, Progress


def clock(*times: float) -> Callable[[], float]:
    return iter(times).__next__


def test_nothing_is_drawn_before_the_delay_or_when_disabled() -> None:
    out = io.StringIO()
    bar = Progress(enabled=True, total=5, stream=out, clock=clock(0.0, DELAY / 2))
    bar.step()
    off = Progress(enabled=False, total=5, stream=out, clock=clock(0.0))
    off.step(3)
    off.close()
    assert out.getvalue() == ""
    assert (bar.done, off.done) == (1, 3)


def test_eta_by_documents_when_the_size_is_unknown() -> None:
    bar = Progress(enabled=False, total=40, clock=clock(0.0))
    bar.step(10)
    assert bar.line(now=20.0) == "10/40 docs, 0.5 docs/s, ETA 1m00s"


def test_eta_by_bytes_when_known_and_no_eta_without_totals() -> None:
    bar = Progress(enabled=False, total_bytes=10_000_000, clock=clock(0.0))
    bar.step(3, nbytes=2_000_000)
    assert bar.line(now=100.0) == "3 docs, 0.0 docs/s, 0.02 MB/s, ETA 6m40s"
    endless = Progress(enabled=False, clock=clock(0.0))
    endless.step(7, nbytes=7000)
    assert endless.line(now=7.0) == "7 docs, 1.0 docs/s, 0.00 MB/s"


def test_clear_erases_the_line_for_a_message_and_close_ends_it() -> None:
    out = io.StringIO()
    bar = Progress(enabled=True, total=4, stream=out, clock=clock(0.0, 2.0, 3.0))
    bar.step()
    drawn = out.getvalue()
    assert drawn == "\r\x1b[K1/4 docs, 0.5 docs/s, ETA 6s"
    bar.clear()
    assert out.getvalue() == drawn + "\r\x1b[K"
    bar.clear()  # nothing shown: nothing to erase
    bar.step()
    bar.close()
    assert out.getvalue().endswith("2/4 docs, 0.7 docs/s, ETA 3s\n")
