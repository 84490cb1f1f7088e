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

Workers: ``--workers N`` cleans in N processes (default: every core this
process may use; ``--workers 1`` cleans in this one). Output keeps the input
order whatever the number of workers, and input is streamed: a few chunks of
documents per worker are in flight at a time, so memory does not grow with
the input. One text file or standard input is cleaned in this process.
A progress line (documents, documents/s, MB/s, and an ETA when the input's
size is known) is shown on stderr when it is a terminal (and the output is
not) and the run lasts over a second; ``--quiet`` turns it off.

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
  written, or a worker process died (without ``--keep-going`` nothing was
  written; with it, the output holds every other document);
* 2: usage error (unknown option or cleaner);
* 130: interrupted (Ctrl-C / SIGINT); no output file was written;
* 141: standard output was closed early (e.g. piped into ``head``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import os
import re
import sys
import tempfile
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsclean._version import __version__
from newsclean.classify.boilerplate import FAVOR_CHOICES
from newsclean.editing import add_diagnostics
from newsclean.model import Diagnostic
from newsclean.parallel import WorkerDied, available_cpus, map_ordered
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
    size: int = 0
    """Bytes of input it was read from (for the progress line's rates and ETA)."""


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
    notice: str | None = None
    """A line for stderr, printed by the main loop (never from a reader thread or worker)."""


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
            data = b"".join(_stdin_blocks()) if name == "-" else _read_path(Path(name))
            text, encoding = decode_bytes(data, source)
        except InputError as exc:
            yield Failure(source, str(exc))
            continue
        yield Record(source, text, encoding=encoding, size=len(data))


def _iter_jsonl(name: str, source: str, field: str) -> Iterator[Record | Failure]:
    """Records of a JSONL file, read line by line (JSON text is UTF-8, RFC 8259)."""
    with contextlib.ExitStack() as stack:
        lines: Iterable[bytes]
        if name == "-":
            lines = _lines(_stdin_blocks())
        else:
            try:
                lines = stack.enter_context(open(name, "rb"))
            except OSError as exc:
                yield Failure(source, f"{source}: cannot read: {exc.strerror or exc}")
                return
        # Split on b"\n" only: U+2028 and friends are legal inside JSON strings.
        for lineno, raw in enumerate(lines, start=1):
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
                yield _jsonl_record(where, line, field, len(raw))


def _stdin_blocks(size: int = 1 << 16) -> Iterator[bytes]:
    """Standard input in blocks, read with :func:`os.read` on its file descriptor.

    Not through ``sys.stdin.buffer``: with worker processes the input is read
    on a daemon thread, and a thread waiting inside a buffered reader holds
    its lock, so an early end of the run (a failure, a closed stdout) would
    abort the interpreter when it closes ``sys.stdin`` at exit. A replaced
    ``sys.stdin`` without a descriptor (tests, embedding) is read through its
    buffer.
    """
    try:
        fd = sys.stdin.fileno()
    except (AttributeError, OSError, ValueError):
        yield sys.stdin.buffer.read()
        return
    while data := os.read(fd, size):
        yield data


def _lines(blocks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines ending in ``b"\\n"`` (the last one may not) from blocks of bytes, in linear time.

    >>> list(_lines([b"a\\nb", b"c\\n\\nd"]))
    [b'a\\n', b'bc\\n', b'\\n', b'd']
    """
    parts: list[bytes] = []
    for block in blocks:
        start = 0
        while (end := block.find(b"\n", start)) != -1:
            parts.append(block[start : end + 1])
            yield b"".join(parts)
            parts = []
            start = end + 1
        if start < len(block):
            parts.append(block[start:])
    if parts:
        yield b"".join(parts)


def _jsonl_record(where: str, line: str, field: str, size: int) -> Record | Failure:
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
    return Record(where, text, extra, size=size)


# -- cleaning records (the unit of work of the worker processes) ---------------------


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
    notice = None
    if item.encoding is not None:
        notice = f"{item.source}: not UTF-8, decoded as {item.encoding} (detected)"
    return Cleaned(item.source, rendered, explained, notice)


def clean_nth_record(settings: Settings, index: int, item: Record | Failure) -> Cleaned | Failure:
    """:func:`clean_record` as the worker processes call it (``index`` is not needed)."""
    return clean_record(item, settings)


def _weigh(item: Record | Failure) -> int:
    return len(item.text) if isinstance(item, Record) else 0


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
    c.add_argument(
        "--workers",
        type=_positive_int,
        metavar="N",
        help=f"worker processes (default: every core, here {available_cpus()})",
    )
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return n


CHUNKSIZE = 16
"""Records sent to a worker at once (see :data:`newsclean.batch.CHUNKSIZE`)."""


def _process(
    records: Iterable[Record | Failure], settings: Settings, workers: int = 1
) -> Generator[Cleaned | Failure, None, None]:
    """Clean records in order, in ``workers`` processes (1: in this one)."""
    work = functools.partial(clean_nth_record, settings)
    return map_ordered(work, records, workers=workers, chunksize=CHUNKSIZE, weigh=_weigh)


def _input_size(paths: Sequence[str]) -> int | None:
    """Total bytes of the inputs, or None when one is standard input or cannot be sized."""
    total = 0
    for p in paths:
        if p == "-":
            return None
        try:
            total += os.stat(p).st_size
        except OSError:
            return None
    return total


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
    progress = Progress(enabled=False)
    try:
        with _atomic_output(args.output, args.paths) as out:
            paths = list(expand_paths(args.paths))
            array = args.format == "json" and (args.jsonl or len(paths) > 1)
            # one text document gains nothing from a pool: clean it here
            workers = 1 if not args.jsonl and len(paths) <= 1 else args.workers
            if not args.quiet and sys.stderr.isatty() and not (out is sys.stdout and out.isatty()):
                total = None if args.jsonl else len(paths)
                progress = Progress(enabled=True, total=total, total_bytes=_input_size(paths))
            writer = _Writer(out, args.format, array)
            sizes: deque[int] = deque()  # input bytes of the records in flight, in order
            records = _sized(iter_records(paths, jsonl=args.jsonl, field=args.field), sizes)
            outcomes = _process(records, settings, workers or available_cpus())
            with contextlib.closing(outcomes):  # an early exit stops the workers at once
                for outcome in outcomes:
                    progress.step(nbytes=sizes.popleft())
                    if isinstance(outcome, Failure):
                        progress.clear()
                        print(f"newsclean: {outcome.message}", file=sys.stderr)
                        failures.append(outcome)
                        if not args.keep_going:
                            raise _Stop  # leaves the output context: the output is discarded
                        continue
                    if outcome.notice is not None:
                        progress.clear()
                        print(f"newsclean: {outcome.notice}", file=sys.stderr)
                    if outcome.explained is not None:
                        progress.clear()
                        print(outcome.explained, file=sys.stderr)
                    writer.write(outcome.rendered)
            writer.close()
    except _Stop:
        return EXIT_FAILED
    except InputError as exc:
        print(f"newsclean: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        progress.clear()
        print("newsclean: interrupted; no output written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except WorkerDied as exc:
        progress.clear()
        print(f"newsclean: {exc}; no output written", file=sys.stderr)
        return EXIT_FAILED
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


def _sized(records: Iterable[Record | Failure], sizes: deque[int]) -> Iterator[Record | Failure]:
    """Pass records through, noting each one's input size (deque appends are thread-safe)."""
    for record in records:
        sizes.append(record.size if isinstance(record, Record) else 0)
        yield record


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
