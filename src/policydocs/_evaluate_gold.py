"""Gold files: reading, checking and locating the hand-annotated items.

Each gold item is checked for the form of its keys and found in the body
(its ``nth`` occurrence), so a malformed or misplaced annotation is a
:class:`~policydocs.ParseError` naming the file and the item's JSON path,
never a silent miss in the scores.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final, Literal

import attrs

from ._errors import ParseError, format_path

if TYPE_CHECKING:
    from pathlib import Path

Kind = Literal["statements", "directives", "metrics"]
KINDS: Final[tuple[Kind, ...]] = ("statements", "directives", "metrics")

#: The gold key that holds each kind's anchored text.
_TEXT_KEY: Final[Mapping[Kind, str]] = {
    "statements": "content",
    "directives": "action",
    "metrics": "text",
}
_MANIFEST: Final = "MANIFEST.tsv"
_GOLD_SUFFIX: Final = ".gold.json"


class _GoldProblem(Exception):  # noqa: N818 - internal signal, never escapes
    """A malformed gold item: its JSON path and what is wrong."""

    def __init__(self, path: Sequence[str | int], message: str) -> None:
        super().__init__(message)
        self.path = tuple(path)
        self.message = message


@attrs.frozen(kw_only=True)
class _Gold:
    """One gold item, located in the body."""

    index: int
    span: tuple[int, int]
    chars: frozenset[int] | None
    optional: bool
    text: str
    data: Mapping[str, object]


def _expect(ok: bool, path: Sequence[str | int], what: str, value: object) -> None:
    if not ok:
        raise _GoldProblem(path, f"expected {what}, found {value!r}")


def _is_names(value: object) -> bool:
    return (
        value is None
        or isinstance(value, str)
        or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    )


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _is_period(value: object) -> bool:
    return value is None or (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, str) for v in value)
    )


#: key -> (test, description) for the gold keys whose form is checked.
_KEY_FORMS: Final[Mapping[str, tuple[Callable[[object], bool], str]]] = {
    "nth": (lambda v: type(v) is int and v >= 0, "an int >= 0"),
    "optional": (lambda v: type(v) is bool, "true or false"),
    "speaker": (_is_names, "null, a name or a list of names"),
    "issuer": (_is_names, "null, a name or a list of names"),
    "addressee": (_is_names, "null, a name or a list of names"),
    "subject": (_is_names, "null, a name or a list of names"),
    "force": (lambda v: isinstance(v, str), "a string"),
    "negated": (lambda v: type(v) is bool, "true or false"),
    "value": (_is_number, "a finite number"),
    "upper": (lambda v: v is None or _is_number(v), "null or a finite number"),
    "unit": (lambda v: isinstance(v, str), "a string"),
    "period": (_is_period, 'null or ["YYYY-MM-DD", "YYYY-MM-DD"]'),
    "date": (lambda v: v is None or isinstance(v, str), "null or a date string"),
    "mode": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "indicator": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "basis": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "approx": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "target": (lambda v: type(v) is bool, "true or false"),
}
#: Keys that ``full`` needs, per kind.
_REQUIRED: Final[Mapping[Kind, tuple[str, ...]]] = {
    "statements": ("speaker",),
    "directives": ("force",),
    "metrics": ("value", "unit"),
}


def _check_item(kind: Kind, item: Mapping[str, object], path: list[str | int]) -> None:
    for key in _REQUIRED[kind]:
        _expect(key in item, [*path, key], f"the key {key!r}", None)
    for key, value in item.items():
        form = _KEY_FORMS.get(key)
        if form is not None:
            test, what = form
            _expect(test(value), [*path, key], what, value)
    parts = item.get("parts")
    if kind == "statements" and parts is not None:
        _expect(
            isinstance(parts, list)
            and bool(parts)
            and all(isinstance(p, str) and p for p in parts),
            [*path, "parts"],
            "a non-empty list of non-empty strings",
            parts,
        )
        return
    key = _TEXT_KEY[kind]
    text = item.get(key)
    _expect(
        isinstance(text, str) and bool(text), [*path, key], "a non-empty string", text
    )


def _locate(body: str, needle: str, nth: int, path: list[str | int]) -> int:
    start = -1
    for _ in range(nth + 1):
        start = body.find(needle, start + 1)
        if start < 0:
            raise _GoldProblem(
                path, f"text not found in the body (nth={nth}): {needle[:80]!r}"
            )
    return start


def _part_chars(
    body: str, parts: Sequence[str], nth: int, path: list[str | int]
) -> frozenset[int]:
    # The first piece is found at its nth occurrence, each next one after the
    # end of the one before: a split quote reads in order.
    start = _locate(body, parts[0], nth, [*path, "parts", 0])
    chars: set[int] = set()
    for i, piece in enumerate(parts):
        at = body.find(piece, start)
        if at < 0:
            raise _GoldProblem(
                [*path, "parts", i],
                f"part not found in the body after the one before: {piece[:80]!r}",
            )
        chars.update(range(at, at + len(piece)))
        start = at + len(piece)
    return frozenset(chars)


def _gold_items(kind: Kind, body: str, items: object) -> list[_Gold]:
    _expect(isinstance(items, list), [kind], "a list", items)
    assert isinstance(items, list)  # noqa: S101 - narrowed by _expect
    out = []
    for i, item in enumerate(items):
        path: list[str | int] = [kind, i]
        _expect(isinstance(item, dict), path, "an object", item)
        _check_item(kind, item, path)
        nth = item.get("nth", 0)
        parts = item.get("parts") if kind == "statements" else None
        if parts:
            chars = _part_chars(body, parts, nth, path)
            span = (min(chars), max(chars) + 1)
            text = " ".join(parts)
        else:
            chars = None
            text = item[_TEXT_KEY[kind]]
            at = _locate(body, text, nth, [*path, _TEXT_KEY[kind]])
            span = (at, at + len(text))
        out.append(
            _Gold(
                index=i,
                span=span,
                chars=chars,
                optional=item.get("optional", False),
                text=text,
                data=item,
            )
        )
    return out


def _load_gold(path: Path, body: str) -> dict[Kind, list[_Gold]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ParseError(
            f"cannot read gold file: {exc.strerror or exc}", source=str(path)
        ) from None
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"gold file is not UTF-8: {exc.reason}", source=str(path)
        ) from None
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"gold file is not JSON: {exc.msg}",
            source=str(path),
            line=exc.lineno,
            col=exc.colno,
        ) from None
    try:
        _expect(isinstance(data, dict), [], "a JSON object", type(data).__name__)
        return {k: _gold_items(k, body, data.get(k, [])) for k in KINDS}
    except _GoldProblem as exc:
        raise ParseError(
            f"{format_path(exc.path)}: {exc.message}", source=str(path)
        ) from None


def load_manifest(gold_dir: Path) -> tuple[Path | None, dict[str, str]]:
    """Find ``MANIFEST.tsv`` in ``gold_dir`` or a parent; return it and id -> genre."""
    for folder in (gold_dir, *gold_dir.parents):
        candidate = folder / _MANIFEST
        if candidate.is_file():
            return candidate, _read_manifest(candidate)
    return None, {}


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read manifest: {exc}", source=str(path)) from None
    header = lines[0].split("\t") if lines else []
    if "id" not in header or "genre" not in header:
        raise ParseError(
            f"expected a header line with 'id' and 'genre' columns, found {header!r}",
            source=str(path),
            line=1,
        )
    id_at, genre_at = header.index("id"), header.index("genre")
    genres = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) <= max(id_at, genre_at):
            raise ParseError(
                f"expected {len(header)} tab-separated columns, found {len(cells)}",
                source=str(path),
                line=number,
            )
        genres[cells[id_at]] = cells[genre_at]
    return genres


def gold_files(gold_dir: Path) -> list[Path]:
    """Every ``*.gold.json`` below ``gold_dir``, sorted."""
    return sorted(p for p in gold_dir.rglob("*" + _GOLD_SUFFIX) if p.is_file())
