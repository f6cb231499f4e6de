"""Command-line interface: a thin wrapper over the public API.

Exit codes: 0 success, 1 invalid input (every problem printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import signal
import sys
import time
from typing import IO, TYPE_CHECKING

from ._errors import PolicyDocsError, format_errors

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

    from ._batch import FileError
    from ._models import Document
    from ._table import Kind

__all__ = ["main"]


class _Progress:
    """A one-line progress bar on a terminal, redrawn at most ten times a second."""

    WIDTH = 28

    def __init__(self, stream: IO[str], total: int) -> None:
        self.stream = stream
        self.total = total
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.drawn = 0.0

    def advance(self, *, failed: bool) -> None:
        self.done += 1
        self.failed += failed
        now = time.monotonic()
        if now - self.drawn >= 0.1 or self.done == self.total:
            self.drawn = now
            self.draw()

    def draw(self) -> None:
        frac = self.done / self.total if self.total else 1.0
        filled = int(frac * self.WIDTH)
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.done / elapsed
        eta = (self.total - self.done) / rate if rate else 0.0
        bar = "#" * filled + "." * (self.WIDTH - filled)
        failed = f" {self.failed} failed" if self.failed else ""
        self.stream.write(
            f"\r\x1b[K[{bar}] {self.done}/{self.total} files {frac:4.0%} "
            f"{rate:6.1f}/s ETA {eta:4.0f}s{failed}"
        )
        self.stream.flush()

    def message(self, text: str) -> None:
        # Clear the bar, print the line, redraw: errors stay readable above it.
        self.stream.write(f"\r\x1b[K{text}\n")
        self.draw()

    def close(self) -> None:
        self.draw()
        self.stream.write("\n")
        self.stream.flush()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _write_json(
    docs: Iterable[Document], fh: IO[str], *, single: bool, table: Kind
) -> None:
    from ._serialize import dumps

    del table
    if single:
        for doc in docs:
            fh.write(dumps(doc) + "\n")
        return
    fh.write("[")
    for i, doc in enumerate(docs):
        fh.write(",\n" if i else "")
        fh.write(dumps(doc))
    fh.write("]\n")


def _write_jsonl(
    docs: Iterable[Document], fh: IO[str], *, single: bool, table: Kind
) -> None:
    from ._serialize import dump_jsonl

    del single, table
    dump_jsonl(docs, fh)


def _write_csv(
    docs: Iterable[Document], fh: IO[str], *, single: bool, table: Kind
) -> None:
    import csv

    from ._table import columns, iter_rows

    del single
    # RFC 4180 line ends: with "\r\n" as the terminator the writer quotes any
    # cell holding a CR or LF, which a "\n" terminator would leave bare.
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(columns(table))
    for row in iter_rows(docs, table):
        writer.writerow([_cell(v) for v in row.values()])


# C0 and C1 control characters other than tab: a document's text must not
# drive the reader's terminal (escape sequences, bells, cursor moves).
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _write_summary(
    docs: Iterable[Document], fh: IO[str], *, single: bool, table: Kind
) -> None:
    del single, table
    for doc in docs:
        published = doc.published.isoformat() if doc.published else "undated"
        source = doc.source or "no source"
        fh.write(
            _printable(
                f"{doc.id} ({published}, {source}): {len(doc.statements)} statements, "
                f"{len(doc.directives)} directives, {len(doc.metrics)} metrics"
            )
            + "\n"
        )
        for d in doc.directives:
            force = d.force.value + (" NOT" if d.negated else "")
            action = " ".join(d.action.split())
            who = f"{d.issuer or '?'} -> {d.addressee or '?'}"
            fh.write(_printable(f"  {force:<18} {who}: {action}") + "\n")


def _write_html(
    docs: Iterable[Document], fh: IO[str], *, single: bool, table: Kind
) -> None:
    from ._html import render

    del single, table
    fh.write(render(list(docs), page=True))


_WRITERS: dict[str, Callable[..., None]] = {
    "json": _write_json,
    "jsonl": _write_jsonl,
    "csv": _write_csv,
    "summary": _write_summary,
    "html": _write_html,
}


def _error_lines(error: FileError) -> Iterator[str]:
    for line in error.messages:
        text = line if error.kind == "input" else f"internal error: {line}"
        yield text if text.startswith(error.path) else f"{error.path}: {text}"


def _cmd_extract(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._batch import FileError, expand_paths, iter_results

    files = [str(p) for p in expand_paths(args.files)]
    if not files:
        err.write("policydocs extract: no input files\n")
        return 2
    # A bar only for a person watching stderr, and not over output on the
    # same terminal.
    show = _isatty(err) and not args.quiet and (args.output or not _isatty(out))
    progress = _Progress(err, len(files)) if show else None
    failed = 0

    def documents() -> Iterator[Document]:
        nonlocal failed
        for result in iter_results(files, jobs=args.jobs):
            if isinstance(result, FileError):
                failed += 1
                for line in _error_lines(result):
                    if progress is not None:
                        progress.message(line)
                    else:
                        err.write(line + "\n")
            else:
                yield result
            if progress is not None:
                progress.advance(failed=isinstance(result, FileError))

    writer = _WRITERS[args.format]
    single = len(files) == 1

    def write(fh: IO[str]) -> None:
        writer(documents(), fh, single=single, table=args.table)

    try:
        if args.output is None:
            write(out)
        else:
            from ._serialize import write_atomic

            with _sigterm_as_exit():
                write_atomic(args.output, write)
    finally:
        if progress is not None:
            progress.close()
    if failed:
        err.write(f"policydocs extract: {failed} of {len(files)} file(s) failed\n")
    return 1 if failed else 0


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit, so ``write_atomic`` removes its temporary file."""

    def handler(signum: int, frame: object) -> None:
        del frame
        raise SystemExit(128 + signum)

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cmd_validate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._batch import expand_paths
    from ._readers import read
    from ._validate import check

    bad = 0
    for path in expand_paths(args.files):
        try:
            problems = [str(p) for p in check(read(path))]
        except PolicyDocsError as exc:
            problems = format_errors(exc)
        if problems:
            bad += 1
            for line in problems:
                # ParseError lines already start with the file name.
                prefix = "" if line.startswith(str(path)) else f"{path}: "
                err.write(f"{prefix}{line}\n")
        else:
            out.write(f"{path}: ok\n")
    return 1 if bad else 0


def _cmd_schema(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from ._schema import json_schema

    del args, err
    out.write(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from ._evaluate import evaluate, render

    try:
        report = evaluate(args.gold_dir)
    except PolicyDocsError as exc:
        for line in format_errors(exc):
            err.write(f"policydocs evaluate: {line}\n")
        return 1
    if args.json:
        text = json.dumps(
            report.to_dict(), sort_keys=True, indent=2, ensure_ascii=False
        )
        out.write(text + "\n")
    else:
        for line in render(report, verbose=args.verbose):
            out.write(line + "\n")
    return 0


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        msg = f"expected a whole number >= 0, found {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return jobs


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policydocs",
        description="Turn policy texts into statements, directives and metrics.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="read documents and write what they say (JSON, JSON Lines, CSV, summary)",
        description=(
            "Read files (folders are searched for .txt, .md and .json documents) "
            "and write their extraction. Failed files are reported on stderr and "
            "the rest processed; the exit code is 1 if any failed. With -o the "
            "output file appears only when complete."
        ),
    )
    ex.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    ex.add_argument(
        "--format",
        choices=tuple(_WRITERS),
        default="json",
        help="json: one object for one file, else an array; jsonl: one document "
        "a line; csv: one row per item (see --table); summary: each directive's "
        "force, issuer, addressee and action; html: a standalone page to view",
    )
    ex.add_argument(
        "--table",
        choices=("all", "statements", "directives", "metrics"),
        default="all",
        help="which items --format csv lists (default all, with a kind column)",
    )
    ex.add_argument(
        "-o", "--output", metavar="OUT", help="write to OUT atomically (default stdout)"
    )
    ex.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (0: one per core; default 1)",
    )
    ex.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar, even on a terminal"
    )
    ex.set_defaults(func=_cmd_extract)
    va = sub.add_parser(
        "validate", help="check documents (text or JSON); exit 1 on any problem"
    )
    va.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    va.set_defaults(func=_cmd_validate)
    ev = sub.add_parser(
        "evaluate",
        help="score the extractor on a folder of gold annotations (docs/evaluate.md)",
        description=(
            "Score the extractor on every NAME.txt + NAME.gold.json pair below "
            "GOLD_DIR: detection and full precision, recall and F1 per kind, "
            "secondary-field agreement, and a per-genre breakdown when a "
            "MANIFEST.tsv is found. Exit 1 on an unreadable or malformed gold file."
        ),
    )
    ev.add_argument("gold_dir", metavar="GOLD_DIR")
    ev.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every miss, extra and wrong item with its sentence",
    )
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.set_defaults(func=_cmd_evaluate)
    sc = sub.add_parser("schema", help="print the JSON Schema of the wire format")
    sc.set_defaults(func=_cmd_schema)
    from ._cli_compare import add_commands

    add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    args = _parser().parse_args(argv)
    try:
        code: int = args.func(args, sys.stdout, sys.stderr)
    except BrokenPipeError:  # `policydocs extract ... | head` is normal use
        return 0
    except KeyboardInterrupt:
        return 130
    return code
