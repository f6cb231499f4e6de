"""Every gold annotation under tests/gold/ is well-formed and anchored in its body.

The scorer (EXTRACTION.md, ``shared/tools/score.py``) locates each gold item by
searching its exact text in the document body, so a gold file with a typo, a
wrong ``nth`` or a period that ends before it starts would silently turn into a
miss for every extractor.  These checks catch that when the gold is written.

The body is computed here with a small local reader on purpose: the gold files
must be checkable without the ``policydocs`` package, whose readers are the
thing under test elsewhere.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest

GOLD_ROOT = Path(__file__).resolve().parents[1] / "gold"
GOLD_FILES = sorted(GOLD_ROOT.rglob("*.gold.json"))

_HEADER_LINE = re.compile(r"(Title|Date|Source|URL|Language):[^\n]{0,4000}")
_SEED_PREFIX = re.compile(r"[ \t\n]{0,200}date (\d{4}-\d{2}-\d{2}) ")

FORCES = frozenset(
    {
        "obligation",
        "demand",
        "recommendation",
        "commitment",
        "encouragement",
        "permission",
    }
)
MODES = frozenset({"direct", "indirect"})
APPROX = frozenset({None, "about", "more_than", "at_least", "less_than", "up_to"})
BASES = frozenset({None, "year-on-year", "month-on-month", "quarter-on-quarter"})
UNIT_WORDS = frozenset({"percent", "percentage_point", "rank", "count", "ratio"})
# An ISO 4217 code, or a unit symbol such as GW, t, km, ha, GWh or a time unit;
# spaces, "%" and plurals of the fixed words are what this rules out.
_UNIT_CODE = re.compile(r"[A-Z]{3}")
_UNIT_SYMBOL = re.compile(r"[A-Za-z][A-Za-z0-9/.]{0,9}")
_PLURAL_UNIT_WORDS = frozenset({w + "s" for w in UNIT_WORDS})

STATEMENT_KEYS = frozenset({"speaker", "cue", "content", "mode", "date"})
DIRECTIVE_KEYS = frozenset({"issuer", "addressee", "action", "force", "negated"})
METRIC_KEYS = frozenset(
    {
        "text",
        "value",
        "upper",
        "unit",
        "period",
        "subject",
        "indicator",
        "approx",
        "basis",
        "target",
    }
)
SHARED_OPTIONAL_KEYS = frozenset({"optional", "nth", "parts"})
SPAN_KEY = {"statements": "content", "directives": "action", "metrics": "text"}


def _split_document(raw: str) -> tuple[dt.date | None, str]:
    """Return the publication date and the body of a header-block or seed file."""
    raw = raw.replace("\r\n", "\n")
    lines = raw.split("\n")
    if lines and _HEADER_LINE.fullmatch(lines[0]):
        published = None
        for i, line in enumerate(lines):
            if line == "":
                return published, "\n".join(lines[i + 1 :])
            if not _HEADER_LINE.fullmatch(line):
                break
            if line.startswith("Date:"):
                published = dt.date.fromisoformat(line.removeprefix("Date:").strip())
        pytest.fail("header block is not ended by a blank line")
    match = _SEED_PREFIX.match(raw)
    if match is None:
        pytest.fail("document is neither a header block nor 'date YYYY-MM-DD ' form")
    return dt.date.fromisoformat(match.group(1)), raw[match.end() :]


@functools.cache
def _load(path: Path) -> tuple[dict[str, Any], dt.date | None, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
    published, body = _split_document(doc.read_text(encoding="utf-8"))
    return gold, published, body


def _locate(body: str, needle: str, nth: int) -> int:
    """Start of the nth (0-based) occurrence, as the scorer finds it; -1 if absent."""
    start = -1
    for _ in range(nth + 1):
        start = body.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def _iso_date(value: object) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _is_names(value: object) -> bool:
    """A non-empty list of non-empty names, the form the scorer matches aliases in."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, str) and v.strip() == v and v for v in value)
    )


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _unit_ok(unit: object) -> bool:
    if not isinstance(unit, str) or unit in _PLURAL_UNIT_WORDS:
        return False
    return (
        unit in UNIT_WORDS
        or _UNIT_CODE.fullmatch(unit) is not None
        or _UNIT_SYMBOL.fullmatch(unit) is not None
    )


def _keys_problems(
    where: str, item: dict[str, Any], required: frozenset[str]
) -> list[str]:
    problems = [f"{where}: missing {k!r}" for k in sorted(required - item.keys())]
    unknown = item.keys() - required - SHARED_OPTIONAL_KEYS
    problems += [f"{where}: unknown key {k!r}" for k in sorted(unknown)]
    if "optional" in item and not isinstance(item["optional"], bool):
        problems.append(f"{where}: optional must be a bool, got {item['optional']!r}")
    nth = item.get("nth", 0)
    if not isinstance(nth, int) or isinstance(nth, bool) or nth < 0:
        problems.append(f"{where}: nth must be an int >= 0, got {nth!r}")
    return problems


def _statement_problems(
    where: str, item: dict[str, Any], published: dt.date
) -> list[str]:
    problems = []
    if not _is_names(item.get("speaker")):
        problems.append(f"{where}: speaker must be a list of names")
    cue = item.get("cue")
    if not isinstance(cue, str) or not cue or cue != cue.lower():
        problems.append(f"{where}: cue must be a lowercase base form, got {cue!r}")
    if item.get("mode") not in MODES:
        problems.append(f"{where}: mode {item.get('mode')!r} not in {sorted(MODES)}")
    date = item.get("date")
    if date is not None:
        parsed = _iso_date(date)
        if parsed is None:
            problems.append(f"{where}: date {date!r} is not an ISO date")
        elif parsed > published:
            problems.append(f"{where}: date {date} is after publication {published}")
    return problems


def _directive_problems(where: str, item: dict[str, Any]) -> list[str]:
    problems = [
        f"{where}: {key} must be null or a list of names"
        for key in ("issuer", "addressee")
        if item.get(key) is not None and not _is_names(item.get(key))
    ]
    if item.get("force") not in FORCES:
        problems.append(f"{where}: force {item.get('force')!r} not in {sorted(FORCES)}")
    if not isinstance(item.get("negated"), bool):
        problems.append(f"{where}: negated must be a bool")
    return problems


def _metric_problems(where: str, item: dict[str, Any]) -> list[str]:
    problems = []
    value, upper = item.get("value"), item.get("upper")
    if not _is_number(value):
        problems.append(f"{where}: value must be a finite number, got {value!r}")
    if upper is not None and (
        not _is_number(upper) or (_is_number(value) and upper < value)
    ):
        problems.append(f"{where}: upper {upper!r} must be a number >= value {value!r}")
    if not _unit_ok(item.get("unit")):
        problems.append(f"{where}: unit {item.get('unit')!r} is not a unit form")
    if item.get("approx") not in APPROX:
        problems.append(f"{where}: approx {item.get('approx')!r} not in vocabulary")
    if item.get("basis") not in BASES:
        problems.append(f"{where}: basis {item.get('basis')!r} not in vocabulary")
    if not isinstance(item.get("target"), bool):
        problems.append(f"{where}: target must be a bool")
    problems.extend(
        f"{where}: {key} must be null or a string"
        for key in ("subject", "indicator")
        if item.get(key) is not None and not isinstance(item.get(key), str)
    )
    period = item.get("period")
    if period is not None:
        bounds = [_iso_date(p) for p in period] if isinstance(period, list) else []
        if len(bounds) != 2 or None in bounds:
            problems.append(f"{where}: period must be null or [start, end] ISO dates")
        elif bounds[0] > bounds[1]:  # type: ignore[operator]
            problems.append(f"{where}: period {period} ends before it starts")
    return problems


def _ids(paths: list[Path]) -> list[str]:
    return [p.relative_to(GOLD_ROOT).as_posix() for p in paths]


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_gold_fields_have_the_contract_types_and_vocabularies(path: Path) -> None:
    """Each gold item carries the seed's keys, with EXTRACTION.md's types and values."""
    gold, published, _ = _load(path)
    assert isinstance(gold, dict)
    problems = [
        f"top level: unknown key {k!r}"
        for k in sorted(gold.keys() - {"published", *SPAN_KEY})
    ]
    gold_published = _iso_date(gold.get("published"))
    if gold_published is None:
        problems.append(f"published {gold.get('published')!r} is not an ISO date")
    elif published is not None and gold_published != published:
        problems.append(f"published {gold_published} is not the document's {published}")
    checks = {
        "statements": (
            STATEMENT_KEYS,
            lambda w, i: _statement_problems(w, i, gold_published or dt.date.max),
        ),
        "directives": (DIRECTIVE_KEYS, _directive_problems),
        "metrics": (METRIC_KEYS, _metric_problems),
    }
    for kind, (required, check) in checks.items():
        items = gold.get(kind)
        if not isinstance(items, list):
            problems.append(f"{kind} must be a list")
            continue
        for index, item in enumerate(items):
            where = f"$.{kind}[{index}]"
            if not isinstance(item, dict):
                problems.append(f"{where}: must be an object")
                continue
            problems += _keys_problems(where, item, required)
            problems += check(where, item)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", GOLD_FILES, ids=_ids(GOLD_FILES))
def test_gold_spans_are_found_in_the_body(path: Path) -> None:
    """Every content, action and text occurs in the body at its nth occurrence, once."""
    gold, _, body = _load(path)
    problems = []
    for kind, key in SPAN_KEY.items():
        seen: dict[tuple[int, int], int] = {}
        for index, item in enumerate(gold.get(kind) or []):
            needle, nth = item.get(key), item.get("nth", 0)
            where = f"$.{kind}[{index}].{key}"
            if kind == "statements" and "parts" in item:
                problems += _parts_problems(where, item, body)
                continue
            if not isinstance(needle, str) or not needle or needle.strip() != needle:
                problems.append(f"{where}: must be non-empty text without outer spaces")
                continue
            start = _locate(body, needle, nth if isinstance(nth, int) else 0)
            if start < 0:
                problems.append(f"{where}: {needle[:60]!r} (nth={nth}) not in the body")
                continue
            span = (start, start + len(needle))
            if span in seen:
                problems.append(f"{where}: same span as $.{kind}[{seen[span]}]")
            seen[span] = index
    assert not problems, "\n".join(problems)


def _parts_problems(where: str, item: dict[str, Any], body: str) -> list[str]:
    """A split quote's pieces occur in order, and its content is them joined by a space.

    The scorer locates ``parts[0]`` at its ``nth`` occurrence and each later piece at
    its first occurrence after the previous one (EXTRACTION.md, split quotes).
    """
    parts, nth = item["parts"], item.get("nth", 0)
    if (
        not isinstance(parts, list)
        or not parts
        or not all(isinstance(p, str) and p and p.strip() == p for p in parts)
    ):
        return [f"{where}: parts must be a non-empty list of trimmed texts"]
    if item.get("content") != " ".join(parts):
        return [f"{where}: content is not the parts joined by one space"]
    start = _locate(body, parts[0], nth if isinstance(nth, int) else 0)
    for piece in parts:
        at = body.find(piece, start) if start >= 0 else -1
        if at < 0:
            return [f"{where}: part {piece[:60]!r} not found in order in the body"]
        start = at + len(piece)
    return []


def test_every_gold_document_has_its_annotation() -> None:
    """Each .txt under tests/gold/ has a .gold.json beside it, and the reverse."""
    texts = {p.with_suffix("") for p in GOLD_ROOT.rglob("*.txt")}
    golds = {p.with_name(p.name.removesuffix(".gold.json")) for p in GOLD_FILES}
    assert sorted(texts) == sorted(golds)


def test_split_document_reads_both_formats() -> None:
    """The local reader strips a header block or the seed's date prefix, no more."""
    header = "Title: T\nDate: 2026-01-02\nSource: S\n\nBody: with a colon.\n"
    seed = " date 2026-03-06 President Xi said."
    assert (dt.date(2026, 1, 2), "Body: with a colon.\n") == _split_document(header)
    assert (dt.date(2026, 3, 6), "President Xi said.") == _split_document(seed)
