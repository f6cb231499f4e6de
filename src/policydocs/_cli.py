"""Command-line interface: a thin wrapper over the public API.

Exit codes: 0 success, 1 invalid input (every problem printed), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from ._errors import PolicyDocsError, format_errors

__all__ = ["main"]

_TEXT_SUFFIXES = (".txt", ".json", ".md")


def _expand(paths: Sequence[str]) -> Iterator[Path]:
    """Files as given; folders expand to their documents, sorted, recursively."""
    for name in paths:
        p = Path(name)
        if p.is_dir():
            yield from sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix in _TEXT_SUFFIXES and not f.name.endswith(".gold.json")
            )
        else:
            yield p


def _cmd_extract(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._readers import read
    from ._serialize import dumps

    files = list(_expand(args.files))
    if not files:
        err.write("policydocs extract: no input files\n")
        return 2
    failed = 0
    docs = []
    for path in files:
        try:
            docs.append(read(path))
        except PolicyDocsError as exc:
            failed += 1
            for line in format_errors(exc):
                err.write(f"{path}: {line}\n" if not line.startswith(str(path)) else f"{line}\n")
    if args.format == "json":
        if len(files) == 1 and docs:
            out.write(dumps(docs[0]) + "\n")
        elif docs:
            out.write("[" + ",".join(dumps(d) for d in docs) + "]\n")
    else:
        for doc in docs:
            out.write(dumps(doc) + "\n")
    return 1 if failed else 0


def _cmd_validate(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    from ._readers import read
    from ._validate import check

    bad = 0
    for path in _expand(args.files):
        try:
            problems = [str(p) for p in check(read(path))]
        except PolicyDocsError as exc:
            problems = format_errors(exc)
        if problems:
            bad += 1
            for line in problems:
                err.write(f"{path}: {line}\n")
        else:
            out.write(f"{path}: ok\n")
    return 1 if bad else 0


def _cmd_schema(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    import json

    from ._schema import json_schema

    del args, err
    out.write(json.dumps(json_schema(), indent=2, sort_keys=True) + "\n")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="policydocs",
        description="Turn policy texts into typed data: statements, directives and metrics.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="read documents and print what they say as JSON")
    ex.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    ex.add_argument("--format", choices=("json", "jsonl"), default="json")
    ex.set_defaults(func=_cmd_extract)
    va = sub.add_parser("validate", help="check documents (text or JSON); exit 1 on any problem")
    va.add_argument("files", nargs="+", metavar="FILE_OR_DIR")
    va.set_defaults(func=_cmd_validate)
    sc = sub.add_parser("schema", help="print the JSON Schema of the wire format")
    sc.set_defaults(func=_cmd_schema)
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
