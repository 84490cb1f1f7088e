"""The command line: formats, inputs, errors, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from conftest import SEED_DIR, SEED_NAMES, read_seed
from newsclean.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_json_output_equals_library(capsys: pytest.CaptureFixture[str]) -> None:
    name = SEED_NAMES[0]
    code, out, _ = run(["clean", str(SEED_DIR / name), "--format", "json"], capsys)
    assert code == 0
    assert json.loads(out) == json.loads(json.dumps(newsclean.clean(read_seed(name)).to_dict()))


def test_text_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Leave a Reply\n\nThe text.\n", encoding="utf-8")
    code, out, _ = run(["clean", str(f)], capsys)
    assert (code, out) == (0, "The text.\n")


def test_directory_is_recursive_and_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["clean", str(SEED_DIR), "--format", "jsonl"], capsys)
    assert code == 0
    assert len(out.splitlines()) == len(SEED_NAMES)


def test_json_of_many_is_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["clean", str(SEED_DIR), "--format", "json"], capsys)
    assert code == 0
    assert len(json.loads(out)) == len(SEED_NAMES)


def test_jsonl_input_passes_fields_through(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": 7, "body": "Trending\n\nText."}) + "\n", encoding="utf-8")
    code, out, _ = run(["clean", str(f), "--jsonl", "--field", "body", "--format", "jsonl"], capsys)
    record = json.loads(out)
    assert code == 0
    assert record["id"] == 7
    assert record["newsclean"]["body"] == "Text."


def test_bad_jsonl_line_is_reported_with_its_number(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text('{"text": "ok"}\n{broken\n{"text": "ok too"}\n', encoding="utf-8")
    code, out, err = run(["clean", str(f), "--jsonl", "--format", "jsonl"], capsys)
    assert code == 1
    assert f"{f}:2" in err
    assert out.count("\n") <= 1
    code, out, err = run(["clean", str(f), "--jsonl", "--format", "jsonl", "--keep-going"], capsys)
    assert code == 1
    assert len(out.splitlines()) == 2
    assert f"{f}:2" in err


def test_undecodable_file_names_file_and_offset(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "charset_normalizer", None)  # the extra not installed
    f = tmp_path / "latin1.txt"
    f.write_bytes(b"caf\xe9 au lait")
    code, _, err = run(["clean", str(f)], capsys)
    assert code == 1
    assert "offset 3" in err
    assert str(f) in err
    assert len(err.strip().splitlines()) == 1


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(["clean", str(tmp_path / "nope.txt")], capsys)
    assert code == 1
    assert "cannot read" in err


def test_output_file_is_written_and_input_never_overwritten(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Text.", encoding="utf-8")
    out_file = tmp_path / "out.json"
    assert run(["clean", str(f), "--format", "json", "-o", str(out_file)], capsys)[0] == 0
    assert json.loads(out_file.read_text(encoding="utf-8"))["body"] == "Text."
    code, _, err = run(["clean", str(f), "-o", str(f)], capsys)
    assert code == 1
    assert "refusing to overwrite" in err
    assert f.read_text(encoding="utf-8") == "Text."


def test_explain_goes_to_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("0 Comments\n\nText.", encoding="utf-8")
    code, out, err = run(["clean", str(f), "--explain"], capsys)
    assert code == 0
    assert out == "Text.\n"
    assert "strip_boilerplate.exact_line" in err


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b"Trending\n\nFrom stdin."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert run(["clean", "-"], capsys)[1] == "From stdin.\n"


def test_version_and_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean", "--version"], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == f"newsclean {newsclean.__version__}"


def test_unknown_cleaner_in_without(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["clean", "--without", "nope", "-"], capsys)
    assert code == 2
    assert "no cleaner named 'nope'" in err
