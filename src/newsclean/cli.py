"""The ``newsclean`` command.

``newsclean clean [PATH ...|-]`` cleans text files, directories (every
``*.txt`` below them), standard input, or JSONL (``--jsonl``: one record a
line, the text in ``--field``) and writes text, JSON or JSONL.

Exit status: 0 when every document was cleaned; 1 when a document could not
be read or cleaned (the run stops at the first one, or with ``--keep-going``
finishes and reports them all); 2 for a usage error; 130 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsclean._version import __version__
from newsclean.classify.boilerplate import FAVOR_CHOICES
from newsclean.pipeline import default_pipeline
from newsclean.progress import Progress

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class InputError(Exception):
    """A document that cannot be read: its message is one line naming the place."""


@attrs.frozen(slots=True)
class Record:
    """One document to clean: where it came from, its text, other JSONL fields."""

    source: str
    text: str
    extra: dict[str, Any] | None = None


@attrs.frozen(slots=True)
class Failure:
    """A document that could not be read, kept so ``--keep-going`` can report it."""

    source: str
    message: str


def decode_bytes(data: bytes, source: str) -> str:
    """Decode file contents as UTF-8 (a BOM selects UTF-8 or UTF-16), or fail clearly."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: undecodable bytes at offset {exc.start} (not valid {encoding}); "
            "convert the file to UTF-8, e.g. with iconv"
        ) from None


def _read_path(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def expand_paths(paths: Sequence[str]) -> Iterator[str]:
    """Inputs in order: ``-`` as is, directories expanded to their ``*.txt`` (sorted)."""
    for p in paths:
        if p != "-" and Path(p).is_dir():
            yield from (str(f) for f in sorted(Path(p).rglob("*.txt")) if f.is_file())
        else:
            yield p


def iter_records(paths: Sequence[str], *, jsonl: bool, field: str) -> Iterator[Record | Failure]:
    """Yield a Record for every document, or a Failure for one that cannot be read."""
    for name in expand_paths(paths):
        try:
            data = sys.stdin.buffer.read() if name == "-" else _read_path(Path(name))
            source = "<stdin>" if name == "-" else name
            text = decode_bytes(data, source)
        except InputError as exc:
            yield Failure(name, str(exc))
            continue
        if not jsonl:
            yield Record(source, text)
            continue
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            yield _jsonl_record(source, lineno, line, field)


def _jsonl_record(source: str, lineno: int, line: str, field: str) -> Record | Failure:
    where = f"{source}:{lineno}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(where, f"{where}: bad JSON at column {exc.colno}: {exc.msg}")
    if not isinstance(obj, dict):
        return Failure(where, f"{where}: expected a JSON object, got {type(obj).__name__}")
    text = obj.get(field)
    if not isinstance(text, str):
        got = "no such field" if field not in obj else type(text).__name__
        return Failure(where, f"{where}: field {field!r} must be a string ({got})")
    extra = {k: v for k, v in obj.items() if k != field}
    return Record(where, text, extra)


def _render(record: Record, article_dict: dict[str, Any], text: str, fmt: str, key: str) -> str:
    if fmt == "text":
        return text
    payload = article_dict if record.extra is None else {**record.extra, key: article_dict}
    if fmt == "json":
        return json.dumps(payload, ensure_ascii=False, indent=2)
    return json.dumps(payload, ensure_ascii=False)


@contextlib.contextmanager
def _open_output(output: str | None, inputs: Sequence[str]) -> Iterator[IO[str]]:
    """stdout, or a temporary file renamed over ``output`` only on success."""
    if output is None or output == "-":
        yield sys.stdout
        return
    target = Path(output)
    resolved = target.resolve()
    for p in inputs:
        if p != "-" and Path(p).resolve() == resolved:
            raise InputError(f"{output}: refusing to overwrite an input file")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean", description="Turn raw news text into clean, typed articles."
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("clean", help="clean files, directories, stdin or JSONL")
    c.add_argument("paths", nargs="*", default=["-"], help="files, directories or - (stdin)")
    c.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    c.add_argument("--jsonl", action="store_true", help="inputs are JSONL, one record a line")
    c.add_argument("--field", default="text", help="JSONL field holding the text (default: text)")
    c.add_argument(
        "--output-field",
        default="newsclean",
        help="JSONL output: key for the cleaned article next to the passed-through fields",
    )
    c.add_argument("-o", "--output", help="write here instead of stdout (atomically)")
    c.add_argument("--explain", action="store_true", help="report removals on stderr")
    c.add_argument("--keep-going", action="store_true", help="skip unreadable documents")
    c.add_argument("--favor", choices=FAVOR_CHOICES, default="balanced")
    c.add_argument(
        "--without", action="append", default=[], metavar="CLEANER", help="skip a cleaner"
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsclean`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        pipeline = default_pipeline().without(*args.without)
    except Exception as exc:  # an unknown cleaner name
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    failures: list[Failure] = []
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        with _open_output(args.output, args.paths) as out:
            first = True
            many = args.format == "json" and (args.jsonl or len(list(expand_paths(args.paths))) > 1)
            if many:
                out.write("[\n")
            for item in iter_records(args.paths, jsonl=args.jsonl, field=args.field):
                if isinstance(item, Failure):
                    print(f"newsclean: {item.message}", file=sys.stderr)
                    failures.append(item)
                    if not args.keep_going:
                        raise InputError(item.message)
                    continue
                article = pipeline(item.text, favor=args.favor)
                if args.explain:
                    print(f"== {item.source}\n{article.explain()}", file=sys.stderr)
                rendered = _render(
                    item, article.to_dict(), article.to_text(), args.format, args.output_field
                )
                if not first:
                    out.write(",\n" if many else ("\n\f\n" if args.format == "text" else "\n"))
                out.write(rendered)
                first = False
                progress.step()
            if many:
                out.write("\n]")
            if not first or many:
                out.write("\n")
    except InputError as exc:
        if not failures:
            print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        progress.close()
    return EXIT_FAILED if failures else EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
