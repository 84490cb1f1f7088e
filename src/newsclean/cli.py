"""The ``newsclean`` command.

``newsclean clean [PATH ...|-]`` cleans text files, directories (every
``*.txt`` below them), standard input, or JSONL (``--jsonl``: one record a
line, the text in ``--field``) and writes text, JSON or JSONL.

Reading: files are read as bytes and decoded as UTF-8 (a byte-order mark
selects UTF-8 or UTF-16). A file that is not valid UTF-8 is decoded with
the encoding ``charset-normalizer`` detects when it is installed
(``pip install 'newsclean[detect]'``; the guess is reported on stderr and as
an ``encoding`` diagnostic); without it the file fails with its name and the
offset of the first bad byte. JSONL is read line by line and must be UTF-8;
a bad line fails with its line number.

Failures: a document that cannot be read or cleaned stops the run, and no
output file is written. With ``--keep-going`` the run skips it and goes on;
every failure is printed on stderr and, with ``--errors FILE``, written to
``FILE`` as JSONL (``{"source": ..., "message": ...}``, an empty file when
nothing failed).

Output: ``-o FILE`` (and ``--errors FILE``) are written to a temporary file
next to ``FILE`` and renamed over it only when the run ends, so an
interrupted or failed run never leaves a partial file behind.

Exit status:

* 0: every document was cleaned and written;
* 1: a document could not be read or cleaned, or the output could not be
  written (without ``--keep-going`` nothing was written; with it, the output
  holds every other document);
* 2: usage error (unknown option or cleaner);
* 130: interrupted (Ctrl-C / SIGINT); no output file was written;
* 141: standard output was closed early (e.g. piped into ``head``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsclean._version import __version__
from newsclean.classify.boilerplate import FAVOR_CHOICES
from newsclean.editing import add_diagnostics
from newsclean.model import Diagnostic
from newsclean.pipeline import Pipeline, default_pipeline
from newsclean.progress import Progress

__all__ = ["clean_record", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

_SURROGATE = re.compile("[\ud800-\udfff]")


class InputError(Exception):
    """A document that cannot be read: its message is one line naming the place."""


@attrs.frozen(slots=True)
class Record:
    """One document to clean: where it came from, its text, other JSONL fields."""

    source: str
    text: str
    extra: dict[str, Any] | None = None
    encoding: str | None = None
    """The detected encoding, when the bytes were not UTF-8."""


@attrs.frozen(slots=True)
class Failure:
    """A document that could not be read or cleaned, kept so ``--keep-going`` can report it."""

    source: str
    message: str


@attrs.frozen(slots=True)
class Cleaned:
    """One cleaned document, rendered and ready to write."""

    source: str
    rendered: str
    explained: str | None = None


@attrs.frozen(slots=True)
class Settings:
    """What every record is cleaned and rendered with (picklable, for worker processes)."""

    pipeline: Pipeline
    options: dict[str, Any]
    fmt: str = "text"
    output_field: str = "newsclean"
    explain: bool = False


# -- reading --------------------------------------------------------------------


def decode_bytes(data: bytes, source: str) -> tuple[str, str | None]:
    """Decode file contents: UTF-8 (a BOM selects UTF-8 or UTF-16), else detect, else fail.

    Returns the text and, when it was not UTF-8, the detected encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        where = f"{source}: undecodable bytes at offset {exc.start} (not valid {encoding})"
        error = exc
    try:
        import charset_normalizer
    except ImportError:
        raise InputError(
            f"{where}; convert the file to UTF-8 (e.g. with iconv), or install "
            "newsclean[detect] to detect its encoding"
        ) from None
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise InputError(f"{where}; charset-normalizer could not detect its encoding") from error
    return str(best), best.encoding


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
        source = "<stdin>" if name == "-" else name
        if jsonl:
            yield from _iter_jsonl(name, source, field)
            continue
        try:
            data = sys.stdin.buffer.read() if name == "-" else _read_path(Path(name))
            text, encoding = decode_bytes(data, source)
        except InputError as exc:
            yield Failure(source, str(exc))
            continue
        if encoding is not None:
            print(
                f"newsclean: {source}: not UTF-8, decoded as {encoding} (detected)", file=sys.stderr
            )
        yield Record(source, text, encoding=encoding)


def _iter_jsonl(name: str, source: str, field: str) -> Iterator[Record | Failure]:
    """Records of a JSONL file, read line by line (JSON text is UTF-8, RFC 8259)."""
    try:
        fh: IO[bytes] = sys.stdin.buffer if name == "-" else open(name, "rb")  # noqa: SIM115
    except OSError as exc:
        yield Failure(source, f"{source}: cannot read: {exc.strerror or exc}")
        return
    with contextlib.ExitStack() as stack:
        if fh is not sys.stdin.buffer:
            stack.enter_context(fh)
        # Split on b"\n" only: U+2028 and friends are legal inside JSON strings.
        for lineno, raw in enumerate(fh, start=1):
            where = f"{source}:{lineno}"
            bom = 3 if lineno == 1 and raw.startswith(b"\xef\xbb\xbf") else 0
            try:
                line = raw[bom:].decode("utf-8")
            except UnicodeDecodeError as exc:
                yield Failure(
                    where, f"{where}: undecodable bytes at offset {exc.start} of the line"
                )
                continue
            if line.strip():
                yield _jsonl_record(where, line, field)


def _jsonl_record(where: str, line: str, field: str) -> Record | Failure:
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


# -- cleaning one record (the unit of work a process pool would map) -----------------


def clean_record(item: Record | Failure, settings: Settings) -> Cleaned | Failure:
    """Clean and render one record; a Failure passes through unchanged.

    A cleaner that raises is reported as this document's failure (with the
    exception's type and message) rather than ending the whole run, so that
    ``--keep-going`` can go on. ``KeyboardInterrupt`` is not caught.
    """
    if isinstance(item, Failure):
        return item
    try:
        article = settings.pipeline(item.text, **settings.options)
        if item.encoding is not None:
            note = f"not UTF-8; decoded as {item.encoding} (detected by charset-normalizer)"
            article = add_diagnostics(article, [Diagnostic("encoding", note)])
        rendered = _render(item, article.to_dict(), article.to_text(), settings)
    except Exception as exc:  # reported per document; the run decides whether to go on
        return Failure(item.source, f"{item.source}: cleaning failed: {type(exc).__name__}: {exc}")
    explained = f"== {item.source}\n{article.explain()}" if settings.explain else None
    return Cleaned(item.source, rendered, explained)


def _render(record: Record, article_dict: dict[str, Any], text: str, settings: Settings) -> str:
    if settings.fmt == "text":
        # lone surrogates (left by --without fix_unicode) cannot be written as UTF-8
        return _SURROGATE.sub("\ufffd", text)
    payload = (
        article_dict
        if record.extra is None
        else {**record.extra, settings.output_field: article_dict}
    )
    indent = 2 if settings.fmt == "json" else None
    rendered = json.dumps(payload, ensure_ascii=False, indent=indent)
    if not rendered.isascii() and _SURROGATE.search(rendered):
        # keep the exact text: JSON escapes lone surrogates as \\udXXX
        rendered = json.dumps(payload, ensure_ascii=True, indent=indent)
    return rendered


# -- writing --------------------------------------------------------------------------


@contextlib.contextmanager
def _atomic_output(output: str | None, inputs: Sequence[str]) -> Iterator[IO[str]]:
    """stdout, or a temporary file renamed over ``output`` only when the block succeeds."""
    if output is None or output == "-":
        yield sys.stdout
        return
    target = Path(output)
    resolved = target.resolve()
    for p in inputs:
        if p != "-" and Path(p).resolve() == resolved:
            raise InputError(f"{output}: refusing to overwrite an input file")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise InputError(f"{output}: cannot write: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class _Writer:
    """Writes cleaned documents with the separators of the chosen format."""

    def __init__(self, out: IO[str], fmt: str, array: bool) -> None:
        self.out = out
        self.array = array
        self.sep = ",\n" if array else ("\n\f\n" if fmt == "text" else "\n")
        self.first = True
        if array:
            out.write("[\n")

    def write(self, rendered: str) -> None:
        if not self.first:
            self.out.write(self.sep)
        self.out.write(rendered)
        self.first = False

    def close(self) -> None:
        if self.array:
            self.out.write("\n]")
        if not self.first or self.array:
            self.out.write("\n")


class _Stop(Exception):
    """The first failure without ``--keep-going``: end the run, keep no output."""


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
    c.add_argument(
        "--keep-going", action="store_true", help="skip documents that fail instead of stopping"
    )
    c.add_argument(
        "--errors", metavar="FILE", help="write failures here as JSONL (source, message)"
    )
    c.add_argument("--favor", choices=FAVOR_CHOICES, default="balanced")
    c.add_argument(
        "--without", action="append", default=[], metavar="CLEANER", help="skip a cleaner"
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _process(
    records: Iterable[Record | Failure], settings: Settings
) -> Iterator[Cleaned | Failure]:
    """Clean records in order. A ``--workers`` option would map a pool here."""
    return (clean_record(item, settings) for item in records)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsclean`` command; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        pipeline = default_pipeline().without(*args.without)
    except Exception as exc:  # an unknown cleaner name
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_USAGE
    settings = Settings(
        pipeline, {"favor": args.favor}, args.format, args.output_field, args.explain
    )
    failures: list[Failure] = []
    try:
        status = _run(args, settings, failures)
        if args.errors and status != EXIT_INTERRUPTED:
            status = max(status, _write_errors(args.errors, failures, args.paths))
    except KeyboardInterrupt:  # between the run and the errors file: still no partial file
        print("newsclean: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    return status


def _run(args: argparse.Namespace, settings: Settings, failures: list[Failure]) -> int:
    """Clean every record into the output; collect failures. Returns the exit status."""
    progress = Progress(enabled=not args.quiet and sys.stderr.isatty())
    try:
        with _atomic_output(args.output, args.paths) as out:
            array = args.format == "json" and (
                args.jsonl or len(list(expand_paths(args.paths))) > 1
            )
            writer = _Writer(out, args.format, array)
            records = iter_records(args.paths, jsonl=args.jsonl, field=args.field)
            for outcome in _process(records, settings):
                if isinstance(outcome, Failure):
                    print(f"newsclean: {outcome.message}", file=sys.stderr)
                    failures.append(outcome)
                    if not args.keep_going:
                        raise _Stop  # leaves the output context: the output is discarded
                    continue
                if outcome.explained is not None:
                    print(outcome.explained, file=sys.stderr)
                writer.write(outcome.rendered)
                progress.step()
            writer.close()
    except _Stop:
        return EXIT_FAILED
    except InputError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("newsclean: interrupted; no output written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        print(
            f"newsclean: cannot write {args.output or '<stdout>'}: {exc.strerror or exc}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    finally:
        progress.close()
    return EXIT_FAILED if failures else EXIT_OK


def _write_errors(path: str, failures: Sequence[Failure], inputs: Sequence[str]) -> int:
    """Write ``failures`` to ``path`` as JSONL, atomically; 0 on success, 1 if it cannot."""
    try:
        with _atomic_output(path, inputs) as fh:
            for failure in failures:
                fh.write(json.dumps(attrs.asdict(failure), ensure_ascii=False) + "\n")
    except InputError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(f"newsclean: cannot write {path}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the exit flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
