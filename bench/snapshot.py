"""Snapshot the extractor's JSON output, to prove a refactoring changes nothing.

    .venv/bin/python bench/snapshot.py /tmp/snap-base           # write the snapshot
    .venv/bin/python bench/snapshot.py --check /tmp/snap-base   # compare against it

The snapshot is the canonical JSON (:func:`policydocs.dumps`) of every gold
and seed document (``tests/gold/**/*.txt``, ``seeds/*.txt``), one file per
document, named after its path with ``/`` spelled ``__``. ``--check`` re-runs
the extractor and reports every document whose bytes differ, with the first
differing item, and exits 1 if any does (or if a document appeared or went).

The snapshot also holds ``lists.json``: every module-level constant of the
extraction stages (word sets, tables, regex patterns), by module and name, so
that moving vocabulary into the lexicon can be shown to keep each value. A
constant that changes value fails the check; one that is gone (moved, and now
asked for by name) is only listed.
"""

from __future__ import annotations

import argparse
import difflib
import enum
import importlib
import json
import re
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


_STAGES = (
    "_dates",
    "_period_bounds",
    "_period_grammar",
    "_statement_dates",
    # Every extraction stage module, found on disk, so a constant moved into
    # the lexicon from any of them is compared, not only from a listed few.
    *sorted(
        f"_extract.{path.stem}"
        for path in (ROOT / "src" / "policydocs" / "_extract").glob("_*.py")
        if path.stem != "__init__"
    ),
)


def _plain(value: object) -> object:
    """``value`` as JSON data, sets sorted and patterns as their source, else None."""
    if isinstance(value, re.Pattern):
        return {"pattern": value.pattern, "flags": value.flags}
    if isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    if isinstance(value, (frozenset, set)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return sorted(([_plain(k), _plain(v)] for k, v in value.items()), key=repr)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if hasattr(value, "__attrs_attrs__") or hasattr(value, "_fields"):
        return repr(value)
    return None


def _lists() -> dict[str, object]:
    out: dict[str, object] = {}
    for module_name in _STAGES:
        try:
            module = importlib.import_module(f"policydocs.{module_name}")
        except ImportError:
            continue  # an older or newer version without this module
        for name, value in sorted(vars(module).items()):
            if name.isupper() or (name.startswith("_") and name[1:].isupper()):
                plain = _plain(value)
                if plain is not None:
                    out[f"{module_name}.{name}"] = plain
    return out


def _write(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    outputs = _outputs()
    for stale in folder.glob("*.json"):
        if stale.name not in outputs and stale.name != "lists.json":
            stale.unlink()
    for name, text in outputs.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "lists.json").write_text(json.dumps(_lists(), indent=0), encoding="utf-8")
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


def _check_lists(path: Path) -> int:
    """Count the constants whose value changed; list the ones that are gone."""
    if not path.exists():
        return 0
    old = json.loads(path.read_text(encoding="utf-8"))
    new = json.loads(json.dumps(_lists()))
    gone = sorted(set(old) - set(new))
    # A constant moved to another stage module keeps its name: compare there.
    by_name: dict[str, list[str]] = {}
    for key in sorted(set(new) - set(old)):
        by_name.setdefault(key.rsplit(".", 1)[1], []).append(key)
    moved = {}
    for key in gone:
        there = by_name.get(key.rsplit(".", 1)[1], [])
        # Of several new homes of one name, the one holding the same value.
        same = [k for k in there if new[k] == old[key]]
        if there:
            moved[key] = (same or there)[0]
    gone = [key for key in gone if key not in moved]
    if moved:
        print(f"constants moved to another module: {len(moved)}")
    if gone:
        print(f"constants gone (moved): {len(gone)}: " + " ".join(gone))
    changed = sorted(k for k in old if k in new and old[k] != new[k])
    changed += sorted(k for k, there in moved.items() if old[k] != new[there])
    for key in changed:
        print(f"constant changed: {key}")
    return len(changed)


def _check(folder: Path) -> int:
    if not folder.is_dir():
        print(f"error: no snapshot folder {folder}", file=sys.stderr)
        return 2
    outputs = _outputs()
    stored = {p.name for p in folder.glob("*.json")} - {"lists.json"}
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
            # The real holdout is never tuned on, so its output is not shown.
            if "real__holdout" not in name:
                print(_first_difference(old, text))
            changed += 1
    changed += _check_lists(folder / "lists.json")
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
