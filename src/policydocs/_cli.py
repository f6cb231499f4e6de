"""Command-line interface: a thin wrapper over the public API.

Exit codes: 0 success, 1 invalid input (every problem printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import signal
import sys
import time
from typing import IO, TYPE_CHECKING, Final

import attrs

from ._errors import PolicyDocsError, _printable, format_errors
from ._table import Kind

if TYPE_CHECKING:
    from collections.abc import Callable, Generator, Iterable, Iterator, Sequence

    from ._batch import FileError, Result, Source
    from ._models import Document

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

    def clear(self) -> None:
        """Remove the bar, so a last message starts on a clean line."""
        self.stream.write("\r\x1b[K")
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


@attrs.frozen(kw_only=True)
class _Options:
    """How a writer lays its output out."""

    single: bool  # one input: a bare object, not an array (--format json)
    table: Kind = "all"
    indent: int | None = None


def _write_doc(doc: Document, fh: IO[str], indent: int | None) -> None:
    """One document's JSON: streamed item by item, or indented for people."""
    from ._serialize import _json_chunks

    if indent is None:
        # Item by item, so a huge document never sits in memory as one string.
        fh.writelines(_json_chunks(doc))
        return
    import json

    from ._serialize import dumps

    # Indented for people: the keys stay sorted, and loads() reads it back.
    fh.write(json.dumps(json.loads(dumps(doc)), indent=indent, ensure_ascii=False))


def _write_json(docs: Iterable[Document], fh: IO[str], *, options: _Options) -> None:
    stream = iter(docs)
    first = next(stream, None)
    second = next(stream, None) if options.single else None
    if options.single and first is not None and second is None:
        # One input holding one document: the object itself. A single
        # JSON Lines or array input with several still gives an array.
        _write_doc(first, fh, options.indent)
        fh.write("\n")
        return
    fh.write("[")
    head = [d for d in (first, second) if d is not None]
    for i, doc in enumerate(itertools.chain(head, stream)):
        fh.write(",\n" if i else "")
        _write_doc(doc, fh, options.indent)
    fh.write("]\n")


def _write_jsonl(docs: Iterable[Document], fh: IO[str], *, options: _Options) -> None:
    from ._serialize import dump_jsonl

    del options
    dump_jsonl(docs, fh)


def _write_csv(docs: Iterable[Document], fh: IO[str], *, options: _Options) -> None:
    import csv

    from ._table import columns, iter_rows

    # RFC 4180 line ends: with "\r\n" as the terminator the writer quotes any
    # cell holding a CR or LF, which a "\n" terminator would leave bare.
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerow(columns(options.table))
    for row in iter_rows(docs, options.table):
        writer.writerow([_cell(v) for v in row.values()])


def _write_summary(docs: Iterable[Document], fh: IO[str], *, options: _Options) -> None:
    del options
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


def _write_html(docs: Iterable[Document], fh: IO[str], *, options: _Options) -> None:
    from ._html import render

    del options
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
        text = text if text.startswith(error.path) else f"{error.path}: {text}"
        yield _printable(text)


class _Refused(Exception):  # noqa: N818 - a usage refusal, not an error of the code
    """The command line asks for something unsafe: one line on stderr, exit 2."""


def _list_sources(
    names: Sequence[str], output: str | None, failures: list[FileError]
) -> list[Source]:
    """The files to read with their default ids; unreadable folders to ``failures``.

    Raises:
        _Refused: standard input named twice, or the output is one of the inputs.
    """
    from ._batch import iter_sources
    from ._output import same_file
    from ._readers import STDIN

    if names.count(STDIN) > 1:
        msg = f"standard input ({STDIN}) can be read once only"
        raise _Refused(msg)
    sources = list(iter_sources(names, on_error=failures.append))
    if output not in (None, STDIN):
        for path, _ in sources:
            if path != STDIN and same_file(path, output):
                msg = f"-o {output} is also an input ({path}); refusing to overwrite it"
                raise _Refused(_printable(msg))
    return sources


def _results(
    sources: Sequence[Source], jobs: int
) -> Generator[tuple[str, Result], None, None]:
    """Every result with its file, in input order.

    Standard input is read here: worker processes cannot read it. The files
    before and after it run in the pool as usual.
    """
    from ._batch import _extract_one, iter_source_results
    from ._readers import STDIN

    segment: list[Source] = []
    for source in sources:
        if source[0] == STDIN:
            yield from iter_source_results(segment, jobs=jobs)
            segment = []
            yield from ((STDIN, r) for r in _extract_one(source))
        else:
            segment.append(source)
    yield from iter_source_results(segment, jobs=jobs)


def _cmd_extract(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._batch import FileError

    if args.table is not None and args.format != "csv":
        err.write("policydocs extract: --table needs --format csv\n")
        return 2
    if args.indent is not None and args.format != "json":
        err.write("policydocs extract: --indent and --pretty need --format json\n")
        return 2
    failures: list[FileError] = []
    try:
        sources = _list_sources(args.files, args.output, failures)
    except _Refused as exc:
        err.write(f"policydocs extract: {exc}\n")
        return 2
    for failure in failures:
        for line in _error_lines(failure):
            err.write(line + "\n")
    if not sources:
        err.write("policydocs extract: no input files\n")
        return 1 if failures else 2
    to_stdout = args.output in (None, "-")
    # A bar only for a person watching stderr, and not over output on the
    # same terminal.
    show = _isatty(err) and not args.quiet and (not to_stdout or not _isatty(out))
    progress = _Progress(err, len(sources)) if show else None
    failed = len(failures)
    first_of: dict[str, str] = {}  # id -> the file it came from

    def report(error: FileError) -> None:
        nonlocal failed
        failed += 1
        for line in _error_lines(error):
            if progress is not None:
                progress.message(line)
            else:
                err.write(line + "\n")

    results = _results(sources, args.jobs)

    def documents() -> Iterator[Document]:
        for path, result in results:
            interrupts.check()
            if isinstance(result, FileError):
                report(result)
            elif result.id in first_of:
                # Every table keys on the id: a second document with it would
                # silently merge with the first.
                report(_duplicate(result.id, path, first_of[result.id]))
            else:
                first_of[result.id] = path
                yield result
            if progress is not None:
                progress.advance(failed=isinstance(result, FileError))

    writer = _WRITERS[args.format]
    single = len(sources) == 1 and not failures

    options = _Options(single=single, table=args.table or "all", indent=args.indent)

    interrupts = _Interrupts()

    def write(fh: IO[str]) -> None:
        try:
            writer(documents(), fh, options=options)
        except BaseException:
            interrupts.cleaning = True
            raise

    try:
        with interrupts:
            try:
                if to_stdout:
                    write(out)
                else:
                    from ._serialize import write_atomic

                    write_atomic(args.output, write)
            finally:
                # Now, not when the generator is collected: an interrupted
                # run must stop its workers before the interpreter exits.
                results.close()
    except OSError as exc:
        if isinstance(exc, BrokenPipeError) and to_stdout:
            raise
        if progress is not None:
            progress.clear()
        reason = exc.strerror or str(exc)
        line = f"policydocs: cannot write {args.output}: {reason}"
        err.write(_printable(line) + "\n")
        return 1
    except KeyboardInterrupt:
        if progress is not None:
            progress.clear()
        raise
    if progress is not None:
        progress.close()
    if failed:
        total = len(sources) + len(failures)
        err.write(f"policydocs extract: {failed} of {total} file(s) failed\n")
    return 1 if failed else 0


def _duplicate(doc_id: str, path: str, first: str) -> FileError:
    from ._batch import FileError

    message = (
        f"duplicate document id {doc_id!r} (first from {first}): left out; ids "
        "come from the path below the folder given, so give the folders' "
        "common parent to tell equal file names apart"
    )
    return FileError(path=path, kind="input", messages=(message,))


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def _handling(signum: int, handler: Callable[[int, object], None]) -> Iterator[None]:
    """Install ``handler`` for ``signum`` inside the block (main thread only)."""
    try:
        previous = signal.signal(signum, handler)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signum, previous)


class _Interrupts:
    """Ctrl-C and SIGTERM end the run; once it is cleaning up, they are ignored.

    Ctrl-C raises KeyboardInterrupt (exit 130), SIGTERM SystemExit (143), so
    the temporary output is removed on the way out. That clean-up (workers
    stopped, temporary file removed) takes moments; another signal landing
    inside it would cut it short and leave a worker or a temporary file
    behind, so it is ignored. A signal whose exception Python swallows (it
    landed in a callback, whose errors are only printed) is remembered, and
    :meth:`check` raises it again at the next document.
    """

    def __init__(self) -> None:
        self.cleaning = False
        self.pending: int | None = None
        self._stack = contextlib.ExitStack()

    def handler(self, signum: int, frame: object) -> None:
        del frame
        if not self.cleaning:
            self.pending = signum
            self.check()

    def check(self) -> None:
        if self.pending is None or self.cleaning:
            return
        if self.pending == signal.SIGINT:
            raise KeyboardInterrupt
        raise SystemExit(128 + self.pending)

    def __enter__(self) -> None:
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._stack.enter_context(_handling(signum, self.handler))

    def __exit__(self, *exc_info: object) -> None:
        self._stack.close()


def _cmd_validate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._batch import iter_sources
    from ._readers import iter_file
    from ._validate import check

    failures: list[FileError] = []
    bad = 0

    def complain(path: str, lines: Iterable[str]) -> None:
        for line in lines:
            # ParseError lines already start with the file name.
            prefix = "" if line.startswith(path) else f"{path}: "
            err.write(_printable(f"{prefix}{line}") + "\n")

    sources = list(iter_sources(args.files, on_error=failures.append))
    for failure in failures:
        bad += 1
        complain(failure.path, failure.messages)
    for path, default_id in sources:
        errors: list[PolicyDocsError] = []
        checked: list[tuple[str, list[str]]] = []
        docs = iter_file(path, default_id=default_id, on_error=errors.append)
        try:
            checked.extend((doc.id, [str(p) for p in check(doc)]) for doc in docs)
        except PolicyDocsError as exc:
            errors.append(exc)
        for doc_id, problems in checked:
            # In a file of several documents, say which one.
            where = f"{doc_id}: " if len(checked) > 1 else ""
            complain(path, [where + p for p in problems])
        for error in errors:
            complain(path, format_errors(error))
        if errors or any(problems for _, problems in checked):
            bad += 1
        else:
            count = "" if len(checked) == 1 else f" ({len(checked)} documents)"
            out.write(_printable(f"{path}: ok{count}") + "\n")
    return 1 if bad else 0


def _cmd_schema(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from ._schema import json_schema

    del args, err
    out.write(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")
    return 0


def _cmd_evaluate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from ._evaluate import evaluate
    from ._evaluate_render import render

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


#: Every subcommand's help ends with its exit codes.
_EXIT_CODES: Final = (
    "exit codes: 0 success; 1 invalid input or output (every problem is "
    "printed on stderr); 2 usage error; 130 interrupted"
)


def _indent(value: str) -> int:
    try:
        indent = int(value)
    except ValueError:
        indent = -1
    if not 0 <= indent <= 16:
        msg = f"expected a whole number from 0 to 16, found {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return indent


def _subcommand(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    *,
    help: str,  # noqa: A002 - argparse's own keyword
    description: str | None = None,
) -> argparse.ArgumentParser:
    return sub.add_parser(
        name, help=help, description=description or help, epilog=_EXIT_CODES
    )


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="policydocs",
        description="Turn policy texts into statements, directives and metrics.",
        epilog=_EXIT_CODES,
    )
    parser.add_argument(
        "--version", action="version", version=f"policydocs {__version__}"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    ex = _subcommand(
        sub,
        "extract",
        help="read documents and write what they say (JSON, JSON Lines, CSV, summary)",
        description=(
            "Read files (- is standard input; folders are searched for .txt, .md, "
            ".json and .jsonl documents) and write their extraction. A text's id "
            "is its path below the folder given, without extension. Failed files "
            "are reported on stderr and the rest processed; the exit code is 1 if "
            "any failed. With -o the output file appears only when complete."
        ),
    )
    ex.add_argument(
        "files",
        nargs="+",
        metavar="FILE_OR_DIR",
        help="documents to read, folders to search, or - for standard input",
    )
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
        default=None,
        help="which items --format csv lists (default all, with a kind column)",
    )
    ex.add_argument(
        "--indent",
        type=_indent,
        metavar="N",
        help="indent --format json by N spaces (default: compact)",
    )
    ex.add_argument(
        "--pretty",
        dest="indent",
        action="store_const",
        const=2,
        help="indent --format json by 2 spaces",
    )
    ex.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write to OUT atomically, through a symlink to its target, keeping "
        "an existing file's mode (default or -: stdout)",
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
    va = _subcommand(
        sub,
        "validate",
        help="check documents (text, JSON, JSON Lines); exit 1 on any problem",
    )
    va.add_argument(
        "files",
        nargs="+",
        metavar="FILE_OR_DIR",
        help="documents to check, folders to search, or - for standard input",
    )
    va.set_defaults(func=_cmd_validate)
    ev = _subcommand(
        sub,
        "evaluate",
        help="score the extractor on a folder of gold annotations (docs/evaluate.md)",
        description=(
            "Score the extractor on every NAME.txt + NAME.gold.json pair below "
            "GOLD_DIR: detection and full precision, recall and F1 per kind, "
            "secondary-field agreement, and a per-genre breakdown when a "
            "MANIFEST.tsv is found. Exit 1 on an unreadable or malformed gold file."
        ),
    )
    ev.add_argument(
        "gold_dir",
        metavar="GOLD_DIR",
        help="folder searched for NAME.txt + NAME.gold.json pairs",
    )
    ev.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help=(
            "list every miss, extra, wrong match and field disagreement,"
            " with its sentence"
        ),
    )
    ev.add_argument("--json", action="store_true", help="machine-readable output")
    ev.set_defaults(func=_cmd_evaluate)
    sc = _subcommand(sub, "schema", help="print the JSON Schema of the wire format")
    sc.set_defaults(func=_cmd_schema)
    from ._cli_compare import add_commands

    add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stdout)
        return 0
    try:
        code: int = args.func(args, sys.stdout, sys.stderr)
    except BrokenPipeError:  # `policydocs extract ... | head` is normal use
        return 0
    except KeyboardInterrupt:
        # The run is over and cleaned up; another Ctrl-C during the
        # interpreter's exit would only print a traceback.
        with contextlib.suppress(ValueError):
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        sys.stderr.write("policydocs: interrupted\n")
        return 130
    return code
