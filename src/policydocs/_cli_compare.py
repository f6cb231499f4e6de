"""The ``diff`` and ``series`` subcommands: compare editions, follow an indicator.

Kept apart from ``_cli`` so that the extraction commands and these read as
separate units; ``_cli._parser`` calls :func:`add_commands`.
"""

from __future__ import annotations

import csv
import json
from typing import IO, TYPE_CHECKING

from ._errors import PolicyDocsError, format_errors

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterator

    from ._models import Document
    from ._series import Series

__all__ = ["add_commands"]

_DIFF_EXIT = """exit codes: 0 compared (with --exit-code: 0 no change, 1 changes),
1 an input could not be read, 2 usage error"""
_SERIES_EXIT = """exit codes: 0 listed, 1 an input could not be read
(the others are still listed), 2 usage error"""


def _emit(
    args: argparse.Namespace,
    out: IO[str],
    err: IO[str],
    inputs: list[str],
    write: Callable[[IO[str]], None],
) -> int:
    """Write to ``-o`` atomically, or to standard output (also ``-o -``).

    Returns 0, or 1 after one line on stderr when the output cannot be
    written or would replace one of the inputs.
    """
    if args.output in (None, "-"):
        write(out)
        return 0
    from ._output import same_file, write_atomic

    if any(same_file(args.output, path) for path in inputs):
        err.write(f"policydocs {args.command}: -o {args.output} is one of the inputs\n")
        return 1
    try:
        write_atomic(args.output, write)
    except OSError as exc:
        err.write(f"policydocs: cannot write {args.output}: {exc.strerror or exc}\n")
        return 1
    return 0


def _read(path: str, command: str, err: IO[str]) -> Document | None:
    from ._readers import read

    try:
        return read(path)
    except (OSError, PolicyDocsError) as exc:
        # Read errors name the file already.
        lines = format_errors(exc) if isinstance(exc, PolicyDocsError) else [str(exc)]
        for line in lines:
            err.write(f"policydocs {command}: {line}\n")
        return None


def _cmd_diff(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._diff import diff
    from ._diff_html import render_diff

    old, new = _read(args.old, "diff", err), _read(args.new, "diff", err)
    if old is None or new is None:
        return 1
    d = diff(old, new)

    def write(fh: IO[str]) -> None:
        if args.format == "json":
            fh.write(d.to_json() + "\n")
        elif args.format == "html":
            fh.write(render_diff(d) + "\n")
        else:
            for line in d.summary():
                fh.write(line + "\n")

    code = _emit(args, out, err, [args.old, args.new], write)
    return code or (1 if args.exit_code and len(d) else 0)


def _documents(paths: list[str], err: IO[str], failed: list[int]) -> Iterator[Document]:
    from ._batch import FileError, expand_paths, iter_results

    for result in iter_results([str(p) for p in expand_paths(paths)], jobs=1):
        if isinstance(result, FileError):
            failed[0] += 1
            err.write(f"policydocs series: {result}\n")
        else:
            yield result


def _series_csv(s: Series, fh: IO[str]) -> None:
    from ._cli import _cell
    from ._series import COLUMNS

    writer = csv.DictWriter(fh, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in s.table():
        writer.writerow({k: _cell(v) for k, v in row.items()})


def _series_text(s: Series, fh: IO[str]) -> None:
    for p in s:
        period = (
            f"{p.period.start.isoformat()}..{p.period.end.isoformat()}"
            if p.period
            else "-"
        )
        role = "target " if p.target else "outcome"
        published = p.published.isoformat() if p.published else "-"
        fh.write(
            f"{published}  {p.doc_id}  {role}  {period}  {p.value:g} {p.unit}  "
            f"{p.indicator or '-'}  {p.text!r}\n"
        )


def _cmd_series(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._series import series

    failed = [0]
    try:
        s = series(
            _documents(args.corpus, err, failed),
            indicator=args.indicator,
            subject=args.subject,
            target=args.target,
            unit=args.unit,
        )
    except ValueError as exc:
        err.write(f"policydocs series: {exc}\n")
        return 2

    def write(fh: IO[str]) -> None:
        if args.format == "csv":
            _series_csv(s, fh)
        elif args.format == "json":
            rows = [
                {
                    k: v.isoformat() if hasattr(v, "isoformat") else v
                    for k, v in r.items()
                }
                for r in s.table()
            ]
            fh.write(json.dumps(rows, sort_keys=True, ensure_ascii=False) + "\n")
        else:
            _series_text(s, fh)

    code = _emit(args, out, err, list(args.corpus), write)
    return code or (1 if failed[0] else 0)


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``diff`` and ``series`` to the CLI's subcommands."""
    di = sub.add_parser(
        "diff",
        help="what changed between two editions of a document",
        description="Align statements, directives and metrics of two editions by "
        "meaning and list what was added, removed or changed (docs/compare.md).",
        epilog=_DIFF_EXIT,
    )
    di.add_argument("old", help="the earlier edition (text, header block or JSON)")
    di.add_argument("new", help="the later edition")
    di.add_argument(
        "--format",
        choices=("summary", "json", "html"),
        default="summary",
        help="one line a change (default), the diff as JSON, or both texts as HTML",
    )
    di.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    di.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when anything changed, as git diff --exit-code does",
    )
    di.set_defaults(func=_cmd_diff)

    se = sub.add_parser(
        "series",
        help="one indicator's values across a corpus",
        description="List every metric whose indicator holds the query's words "
        "(case, plurals and GDP/CPI-style abbreviations folded), oldest first.",
        epilog=_SERIES_EXIT,
    )
    se.add_argument("corpus", nargs="+", help="files or folders of documents")
    se.add_argument("--indicator", help='e.g. "GDP growth"')
    se.add_argument("--subject", help="whose: a country, province or body")
    role = se.add_mutually_exclusive_group()
    role.add_argument(
        "--target", dest="target", action="store_const", const=True, help="goals only"
    )
    role.add_argument(
        "--outcome",
        dest="target",
        action="store_const",
        const=False,
        help="outcomes only",
    )
    se.add_argument("--unit", help='a unit ("percent", "CNY") or a family ("currency")')
    se.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="one line a point (default), CSV with a header, or a JSON array",
    )
    se.add_argument("-o", "--output", help="write here (atomically) instead of stdout")
    se.set_defaults(func=_cmd_series)
