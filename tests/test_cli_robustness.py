"""The command line under failure: bad encodings, bad records, crashes, interrupts, closed pipes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import newsclean
from conftest import sigint_acted_on
from newsclean import Article, Pipeline, default_pipeline
from newsclean import cli as cli_module
from newsclean.editing import as_article

RUSSIAN = (
    "Городской совет собрался в понедельник вечером. Депутаты обсудили бюджет "
    "на следующий год, и мэр заявил, что школы будут отремонтированы до лета.\n"
)


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli_module.main(args)
    out, err = capsys.readouterr()
    return code, out, err


def leftovers(directory: Path) -> list[str]:
    """Temporary files the atomic writer would have left behind."""
    return sorted(p.name for p in directory.iterdir() if p.name.startswith("."))


def explode(doc: str | Article, /) -> Article:
    """A cleaner with a bug that shows on some documents."""
    art = as_article(doc)
    if "BOOM" in art.original:
        raise ValueError("cleaner bug")
    if "STOP" in art.original:
        raise KeyboardInterrupt
    return art


@pytest.fixture
def exploding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_module, "default_pipeline", lambda: default_pipeline().then(explode))


def write_jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return path


# -- encodings ---------------------------------------------------------------------------------


def test_undecodable_file_is_decoded_with_detection(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("charset_normalizer")
    f = tmp_path / "cp1251.txt"
    f.write_bytes((RUSSIAN * 3).encode("cp1251"))
    code, out, err = run(["clean", str(f), "--format", "json"], capsys)
    assert code == 0
    article = json.loads(out)
    assert article["body"].startswith("Городской совет собрался")
    assert f"{f}: not UTF-8, decoded as cp1251" in err
    assert [d["kind"] for d in article["diagnostics"]] == ["encoding"]


def test_without_the_detector_the_error_names_file_offset_and_extra(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)
    f = tmp_path / "cp1251.txt"
    f.write_bytes(b"OK " + RUSSIAN.encode("cp1251"))
    code, _, err = run(["clean", str(f)], capsys)
    assert code == 1
    assert f"{f}: undecodable bytes at offset 3" in err
    assert "newsclean[detect]" in err


def test_jsonl_lines_split_on_newline_only(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    record = json.dumps({"text": "One\u2028Two\u2029Three"}, ensure_ascii=False)
    f.write_text(record + "\r\n" + record + "\n", encoding="utf-8")
    code, out, err = run(["clean", str(f), "--jsonl", "--format", "jsonl"], capsys)
    assert (code, err) == (0, "")
    lines = out.split("\n")[:-1]  # not splitlines(): U+2028 is written raw inside strings
    bodies = [json.loads(line)["newsclean"]["paragraphs"] for line in lines]
    assert bodies == [["One", "Two", "Three"]] * 2


def test_undecodable_jsonl_line_is_reported_with_its_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n{"text": "also fine"}\n')
    code, out, err = run(["clean", str(f), "--jsonl", "--format", "jsonl", "--keep-going"], capsys)
    assert code == 1
    assert f"{f}:2: undecodable bytes at offset 13 of the line" in err
    assert len(out.splitlines()) == 2


# -- failures: --keep-going, --errors, nothing partial left behind ----------------------------


def test_keep_going_writes_failures_to_the_errors_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exploding: None
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        '{"text": "First."}\n{broken\n{"text": "BOOM."}\n{"text": "Last."}\n', encoding="utf-8"
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["clean", str(src), "--jsonl", "--format", "jsonl", "-o", str(out)]
    code, _, err = run([*args, "--keep-going", "--errors", str(errors)], capsys)
    assert code == 1
    bodies = [json.loads(line)["newsclean"]["body"] for line in out.read_text().splitlines()]
    assert bodies == ["First.", "Last."]
    failures = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert [f["source"] for f in failures] == [f"{src}:2", f"{src}:3"]
    assert "bad JSON" in failures[0]["message"]
    assert "cleaning failed: ValueError: cleaner bug" in failures[1]["message"]
    assert f"{src}:3: cleaning failed" in err
    assert leftovers(tmp_path) == []


def test_a_failure_without_keep_going_leaves_no_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exploding: None
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ["First.", "BOOM.", "Last."])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    out.write_text("previous run\n", encoding="utf-8")
    args = ["clean", str(src), "--jsonl", "--format", "jsonl", "-o", str(out)]
    code, _, err = run([*args, "--errors", str(errors)], capsys)
    assert code == 1
    assert out.read_text(encoding="utf-8") == "previous run\n"  # untouched, not half-written
    [failure] = [json.loads(line) for line in errors.read_text().splitlines()]
    assert failure["source"] == f"{src}:2"
    assert "ValueError" in err
    assert leftovers(tmp_path) == []


def test_no_failures_gives_an_empty_errors_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ["Fine."])
    errors = tmp_path / "errors.jsonl"
    errors.write_text("stale\n", encoding="utf-8")
    code, out, _ = run(["clean", str(src), "--jsonl", "--errors", str(errors)], capsys)
    assert (code, out) == (0, "Fine.\n")
    assert errors.read_text(encoding="utf-8") == ""


def test_interrupt_mid_run_leaves_no_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, exploding: None
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ["First.", "Second.", "STOP.", "Last."])
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["clean", str(src), "--jsonl", "-o", str(out), "--errors", str(errors)]
    code, _, err = run(args, capsys)
    assert code == 130
    assert "interrupted" in err
    assert not out.exists()
    assert not errors.exists()
    assert leftovers(tmp_path) == []


def test_unwritable_output_is_a_clear_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ["Fine."])
    target = tmp_path / "missing" / "out.txt"
    code, _, err = run(["clean", str(src), "--jsonl", "-o", str(target)], capsys)
    assert code == 1
    assert f"{target}: cannot write" in err


def test_clean_record_is_a_picklable_unit_of_work() -> None:
    import pickle

    settings = cli_module.Settings(Pipeline([*default_pipeline()]), {"favor": "balanced"})
    record = cli_module.Record("a.txt", "Trending\n\nText.")
    result = pickle.loads(pickle.dumps(cli_module.clean_record))(record, settings)
    assert result == cli_module.Cleaned("a.txt", "Text.")
    assert pickle.loads(pickle.dumps(settings)) == settings


# -- real signals and pipes, in a subprocess ---------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_sigint_stops_cleanly_with_130_and_no_partial_output(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "first.jsonl", [f"Record {i}." for i in range(50)])
    fifo = tmp_path / "blocked.jsonl"
    os.mkfifo(fifo)  # opening it blocks: the run is stuck mid-way with output already written
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "newsclean", "clean", str(first), str(fifo), "--jsonl"]
    with sigint_acted_on():
        proc = subprocess.Popen(
            [*cmd, "--format", "jsonl", "-o", str(out), "--explain"],
            stderr=subprocess.PIPE,
            text=True,
        )
    assert proc.stderr is not None
    seen = ""
    deadline = time.monotonic() + 60
    while f"{first}:50" not in seen and time.monotonic() < deadline:
        seen += proc.stderr.readline()  # --explain reports each record as it is written
    assert f"{first}:50" in seen
    time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    try:  # a run that hangs fails the test instead of hanging it
        _, rest = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    err = seen + rest
    assert proc.returncode == 130
    assert "interrupted" in err
    assert "Traceback" not in err
    assert not out.exists()
    assert leftovers(tmp_path) == []


def test_closed_stdout_is_not_a_crash(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", ["A short record. " * 20] * 3000)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", "clean", str(src), "--jsonl", "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err


def test_library_result_equals_cli_result_after_detection(tmp_path: Path) -> None:
    pytest.importorskip("charset_normalizer")
    f = tmp_path / "cp1251.txt"
    f.write_bytes((RUSSIAN * 3).encode("cp1251"))
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "clean", str(f)],
        capture_output=True,
        check=True,
    )
    assert proc.stdout.decode("utf-8") == newsclean.clean(RUSSIAN * 3).to_text() + "\n"
