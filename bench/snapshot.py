"""Snapshot the extractor's JSON output, to prove a refactoring changes nothing.

    .venv/bin/python bench/snapshot.py /tmp/snap-base           # write the snapshot
    .venv/bin/python bench/snapshot.py --check /tmp/snap-base   # compare against it

The snapshot is the canonical JSON (:func:`policydocs.dumps`) of every gold
and seed document (``tests/gold/**/*.txt``, ``seeds/*.txt``), one file per
document, named after its path with ``/`` spelled ``__``. ``--check`` re-runs
the extractor and reports every document whose bytes differ, with the first
differing item, and exits 1 if any does (or if a document appeared or went).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _documents() -> list[Path]:
    gold = sorted((ROOT / "tests" / "gold").rglob("*.txt"))
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    return gold + seeds


def _name(path: Path) -> str:
    return str(path.relative_to(ROOT)).replace("/", "__").removesuffix(".txt") + ".json"


def _outputs() -> dict[str, str]:
    import policydocs

    return {_name(p): policydocs.dumps(policydocs.read(p)) + "\n" for p in _documents()}


def _write(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    outputs = _outputs()
    for stale in folder.glob("*.json"):
        if stale.name not in outputs:
            stale.unlink()
    for name, text in outputs.items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(outputs)} documents to {folder}")
    return 0


def _first_difference(old: str, new: str) -> str:
    """The first item (per list of the document) that differs, as a short diff."""
    before, after = json.loads(old), json.loads(new)
    for key in sorted(set(before) | set(after)):
        if before.get(key) == after.get(key):
            continue
        a, b = before.get(key), after.get(key)
        if isinstance(a, list) and isinstance(b, list):
            lines_a = [json.dumps(x, sort_keys=True) for x in a]
            lines_b = [json.dumps(x, sort_keys=True) for x in b]
            diff = difflib.unified_diff(lines_a, lines_b, lineterm="", n=0)
            return f"  {key}:\n" + "\n".join("    " + line for line in list(diff)[2:12])
        return f"  {key}: {a!r} -> {b!r}"
    return "  (bytes differ, values equal)"


def _check(folder: Path) -> int:
    if not folder.is_dir():
        print(f"error: no snapshot folder {folder}", file=sys.stderr)
        return 2
    outputs = _outputs()
    stored = {p.name for p in folder.glob("*.json")}
    changed = 0
    for name in sorted(stored - set(outputs)):
        print(f"gone: {name}")
        changed += 1
    for name, text in outputs.items():
        path = folder / name
        if not path.exists():
            print(f"new: {name}")
            changed += 1
            continue
        old = path.read_text(encoding="utf-8")
        if old != text:
            print(f"differs: {name}")
            print(_first_difference(old, text))
            changed += 1
    print(f"{len(outputs)} documents, {changed} differ from {folder}")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    """Write or check a snapshot; the exit status is 1 when a check finds a change."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("folder", type=Path, help="the snapshot folder")
    args = ap.parse_args(argv)
    return _check(args.folder) if args.check else _write(args.folder)


if __name__ == "__main__":
    sys.exit(main())
