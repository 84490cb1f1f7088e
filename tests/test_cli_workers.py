"""The command line with worker processes: same output as one process, progress, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED_DIR, SEED_NAMES, read_seed, sigint_acted_on
from newsclean import Article, default_pipeline, progress
from newsclean import cli as cli_module
from newsclean.editing import as_article


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_module.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def explode(doc: str | Article, /) -> Article:
    """A module-level cleaner (worker processes import it by name) with a bug."""
    art = as_article(doc)
    if "BOOM" in art.original:
        raise ValueError("cleaner bug")
    return art


@pytest.fixture
def exploding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "default_pipeline", lambda: default_pipeline().then(explode))


def many_records(path: Path) -> Path:
    """A JSONL of seeds and invented records, with a bad line, a bad field and a failing one."""
    lines = []
    for i in range(60):
        if i == 13:
            lines.append("{not json")
        elif i == 29:
            lines.append(json.dumps({"id": i, "text": None}))
        elif i == 41:
            lines.append(json.dumps({"id": i, "text": "BOOM. The cleaner breaks here."}))
        elif i % 5 == 0:
            lines.append(json.dumps({"id": i, "text": read_seed(SEED_NAMES[i % len(SEED_NAMES)])}))
        else:
            text = f"Read more: elsewhere\n\nRecord {i}: the ferry ran {i} minutes late today."
            lines.append(json.dumps({"id": i, "text": text}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "jsonl", "json"])
def test_two_workers_write_what_one_writes_for_a_directory(
    capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    one = run(["clean", str(SEED_DIR), "--format", fmt, "--workers", "1"], capsys)
    two = run(["clean", str(SEED_DIR), "--format", fmt, "--workers", "2"], capsys)
    assert one == two
    assert one[0] == 0
    assert one[1].strip()


def test_two_workers_write_what_one_writes_for_jsonl_with_failures(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exploding: None
) -> None:
    src = many_records(tmp_path / "in.jsonl")
    results = {}
    for workers in ("1", "2"):
        out, errors = tmp_path / f"out{workers}.jsonl", tmp_path / f"errors{workers}.jsonl"
        args = ["clean", str(src), "--jsonl", "--format", "jsonl", "--keep-going"]
        code, _, err = run(
            [*args, "-o", str(out), "--errors", str(errors), "--workers", workers], capsys
        )
        results[workers] = (code, err, out.read_text("utf-8"), errors.read_text("utf-8"))
    assert results["1"] == results["2"]
    code, err, out_text, errors_text = results["2"]
    assert code == 1
    assert [json.loads(line)["id"] for line in out_text.splitlines()] == [
        i for i in range(60) if i not in (13, 29, 41)
    ]
    assert [json.loads(line)["source"] for line in errors_text.splitlines()] == [
        f"{src}:14",
        f"{src}:30",
        f"{src}:42",
    ]
    assert "cleaning failed: ValueError: cleaner bug" in err


def test_without_keep_going_the_first_failure_stops_two_workers_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exploding: None
) -> None:
    src = many_records(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    code, _, err = run(["clean", str(src), "--jsonl", "-o", str(out), "--workers", "2"], capsys)
    assert code == 1
    assert f"{src}:14: bad JSON" in err
    assert "cleaner bug" not in err  # stopped at the first failure, in input order
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_workers_must_be_a_positive_number(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as info:
        cli_module.main(["clean", "-", "--workers", value])
    assert info.value.code == 2
    assert "--workers: expected a whole number of at least 1" in capsys.readouterr().err


def test_progress_on_a_terminal_and_quiet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    monkeypatch.setattr(cli_module.sys.stderr, "isatty", lambda: True, raising=False)
    code, out, err = run(["clean", str(SEED_DIR), "--workers", "2"], capsys)
    assert code == 0
    n = len(SEED_NAMES)
    assert f"\r\x1b[K{n}/{n} docs, " in err
    assert "docs/s" in err
    assert "MB/s" in err
    assert "ETA 0s" in err
    assert "\x1b" not in out
    monkeypatch.setattr(cli_module.sys.stderr, "isatty", lambda: True, raising=False)
    code, _, err = run(["clean", str(SEED_DIR), "--workers", "2", "--quiet"], capsys)
    assert (code, err) == (0, "")


def test_no_progress_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "DELAY", 0.0)
    monkeypatch.setattr(progress, "INTERVAL", 0.0)
    monkeypatch.setattr(cli_module.sys.stderr, "isatty", lambda: False, raising=False)
    assert run(["clean", str(SEED_DIR), "--workers", "2"], capsys)[2] == ""


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


@pytest.mark.skipif(
    not hasattr(os, "mkfifo") or not Path("/proc/self/task").is_dir(),
    reason="needs a named pipe and /proc",
)
def test_ctrl_c_with_workers_exits_130_and_leaves_no_process(tmp_path: Path) -> None:
    first = tmp_path / "first.jsonl"
    first.write_text(
        "".join(json.dumps({"text": f"Record {i}. The tide was high."}) + "\n" for i in range(50)),
        encoding="utf-8",
    )
    fifo = tmp_path / "blocked.jsonl"
    os.mkfifo(fifo)  # opening it blocks: the run waits mid-way, its workers alive
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "newsclean", "clean", str(first), str(fifo), "--jsonl"]
    with sigint_acted_on():
        proc = subprocess.Popen(
            [*cmd, "-o", str(out), "--explain", "--workers", "2"],
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, as a shell gives a job
        )
    assert proc.stderr is not None
    seen = ""
    deadline = time.monotonic() + 60
    while f"{first}:50" not in seen and time.monotonic() < deadline:
        seen += proc.stderr.readline()
    assert f"{first}:50" in seen  # every record so far was handed back while input waits
    workers = _children(proc.pid)
    assert len(workers) == 2
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole group gets it
    try:  # a run that hangs fails the test instead of hanging it
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        raise
    assert proc.returncode == 130
    assert err.count("interrupted") == 1
    assert "Traceback" not in err
    assert not out.exists()
    time.sleep(0.5)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists()] == []


def test_a_failure_while_stdin_is_still_open_ends_cleanly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", "-", "--jsonl", "--workers", "2"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    assert proc.stderr is not None
    proc.stdin.write(b'{"text": "Fine."}\n{broken\n')
    proc.stdin.flush()  # and keep it open: the reader thread is waiting on it at exit
    try:
        code = proc.wait(timeout=60)
        err = proc.stderr.read().decode()
    finally:
        proc.stdin.close()
    assert code == 1
    assert "<stdin>:2: bad JSON" in err
    assert "Fatal Python error" not in err


def test_a_detected_encoding_is_reported_once_with_workers(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("charset_normalizer")
    text = (
        "Городской совет собрался в понедельник вечером. Депутаты обсудили бюджет "
        "на следующий год, и мэр заявил, что школы отремонтируют до лета.\n"
    )
    (tmp_path / "a.txt").write_bytes((text * 3).encode("cp1251"))
    (tmp_path / "b.txt").write_text("Share this article\n\nThe ferry was late.\n", "utf-8")
    one = run(["clean", str(tmp_path), "--workers", "1"], capsys)
    two = run(["clean", str(tmp_path), "--workers", "2"], capsys)
    assert one == two
    assert two[2].count(f"{tmp_path / 'a.txt'}: not UTF-8, decoded as cp1251") == 1
    assert two[1].startswith("Городской совет")
