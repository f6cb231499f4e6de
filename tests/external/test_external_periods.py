"""The period grammar against Recognizers-Text's English date-period specs.

The cases live outside the repository (``../shared/external`` beside the repo
root, see its README); they are read, never copied. Each case gives a sentence,
the "today" to resolve against (``reference_datetime``) and the periods it
names, with end-exclusive bounds; policydocs' periods are end-inclusive, so an
upstream range ``[a, b)`` is compared as ``(a, b - 1 day)``.

A case passes when :func:`find_periods` reports exactly the expected periods
(kinds ``comparison`` and ``anaphor`` and unresolved mentions are not periods),
each overlapping the upstream text span. Upstream entities marked "not
resolved" (impossible dates such as "feb 30 2019") pass when no period is
reported there. Cases outside policydocs' scope are listed by category with
the reason (``OUT_OF_SCOPE``), printed and counted apart; none is dropped
silently.

Run ``pytest tests/external/test_external_periods.py -s`` to see the figures.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from policydocs._dates import find_periods, parse_period

REPO_ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = REPO_ROOT.parent / "shared" / "external"
CASES = EXTERNAL / "recognizers_datetime_periods.jsonl"

#: Regression floors: the in-scope pass rates measured when this file was
#: written, rounded down. Raise them when the grammar improves.
SCANNER_FLOOR = 0.93
PARSER_FLOOR = 0.98

#: (category, reason, test) in order; the first category that fits a case wins.
OUT_OF_SCOPE: list[tuple[str, str, Any]] = [
    (
        "no calendar dates upstream",
        (
            "upstream resolves seasons, fiscal and school years to no dates at all,"
            " so there is nothing to compare with"
        ),
        lambda c: any(
            _bounds_raw(e) == (None, None)
            and e["value"] != "not resolved"
            and "PXD" not in str(e["timex"])
            for e in c["expected"]
        ),
    ),
    (
        "open-ended ranges",
        (
            "'before 2010', 'after 2018', 'since January 1, 2010', '2018 or later':"
            " a metric's period is a closed span; open bounds are comparison points"
            " or deadlines, which never set a period (EXTRACTION.md)"
        ),
        lambda c: any(_is_open(e) for e in c["expected"]),
    ),
    (
        "end-exclusive range convention",
        (
            "Recognizers-Text's default mode reads 'X to Y' as ending before Y"
            " ('2014-2018' ends on 2017-12-31, 'Jan-Feb 2017' is January only);"
            " policydocs includes Y, as statistical texts do ('January-May'), and"
            " as the same inputs' ExperimentalMode cases (kept in scope) do"
        ),
        lambda c: (
            c["mode"] == "default" and any(_is_joined_range(e) for e in c["expected"])
        ),
    ),
    (
        "week-based periods",
        (
            "ISO weeks ('first week of 2015', 'week 3 of 2027') do not occur as"
            " metric periods in policy texts"
        ),
        lambda c: re.search(r"\bweeks?\b", c["input"], re.IGNORECASE),
    ),
    (
        "holidays",
        (
            "named holidays ('black friday 2010', 'easter 2018') need a holiday"
            " calendar; policy texts date their figures by calendar units"
        ),
        lambda c: re.search(
            r"friday 20|earth day|easter|saint patrick", c["input"], re.IGNORECASE
        ),
    ),
    (
        "date arithmetic",
        (
            "offsets from an anchor ('16 days from 01/02/2018', 'in two years since"
            " 2011') are durations, which policydocs does not turn into periods"
        ),
        lambda c: re.search(
            r"\b(?:days|weeks|years)\s(?:from|before|since)\b",
            c["input"],
            re.IGNORECASE,
        ),
    ),
    (
        "fuzzy parts of a year",
        (
            "Recognizers-Text splits a year into thirds for 'beginning/middle/end"
            " of 2000' (Sep-Dec for 'end of'); policydocs reads 'the end of 2025'"
            " as its last day and has no period for 'mid 1989'"
        ),
        lambda c: re.search(
            r"\b(?:beginning|middle|end|mid)\b", c["input"], re.IGNORECASE
        ),
    ),
    (
        "numeric dates with slashes",
        (
            "'1/1/2016', '5/1-5/7/2020': day and month order is ambiguous across"
            " jurisdictions; policydocs reads ISO dates and dates with month names"
        ),
        lambda c: re.search(r"\d/\d", c["input"]),
    ),
    (
        "conversational anchors",
        (
            "ranges ending at 'today', 'now', 'tomorrow', 'current date' or"
            " starting 'next friday' or 'this May' belong to scheduling dialogue,"
            " not to dated policy reports"
        ),
        lambda c: re.search(
            r"\b(?:today|tomorrow|yesterday|now|current date|"
            r"next friday|this may)\b",
            c["input"],
            re.IGNORECASE,
        ),
    ),
    (
        "relative decades",
        (
            "'the next decade', 'the next two decades' are vague in policy use"
            " (the coming ten years, or the 2030s?)"
        ),
        lambda c: re.search(r"\bdecades?\b", c["input"], re.IGNORECASE),
    ),
    (
        "comparison operators",
        "'=2019', '> = 2019' are query syntax, not prose",
        lambda c: "=" in c["input"],
    ),
    (
        "unusual orders and spacing",
        (
            "'2020/23/Sep', '23-2020-September', 'September-2020-23', '2016 10 16',"
            " 'Dec31 , 1994', '1990 s': forms no edited text uses"
        ),
        lambda c: re.search(
            r"\d{4}/\d\d/[a-z]|\d\d-\d{4}-[a-z]|[a-z]-\d{4}-\d|\d{4} \d\d \d\d"
            r"|[a-z]\d\d ,|\d{4} s\b",
            c["input"],
            re.IGNORECASE,
        ),
    ),
]


# Two named ends joined by a connector: "2014-2018", "Jan-Feb", "from May to
# Oct 2020", "between 2007 and 2009"; not "2017-q1" (one quarter).
_RANGE_CONNECTOR = re.compile(
    r"[\da-z]\s?(?:[-~–]|\s(?:to|till|through|until|and)\s)\s?"
    r"(?:\d{1,4}(?:st|nd|rd|th)?\b|(?<=\s)q[1-4]|the\s(?:\d|end|start|middle)|today|tomorrow|now"
    r"|yesterday|current|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def _is_joined_range(entity: dict[str, Any]) -> bool:
    """An upstream range whose end-exclusive bound follows its last named end.

    A parenthesised timex, "(start,end,duration)", marks a computed range;
    a single unit ("2015-03") has a plain timex.
    """
    return str(entity["timex"]).startswith("(") and bool(
        _RANGE_CONNECTOR.search(entity["text"])
    )


def _bounds_raw(entity: dict[str, Any]) -> tuple[str | None, str | None]:
    value = entity["value"]
    if isinstance(value, list):
        return value[0], value[1]
    if value == "not resolved":
        return None, None
    return value, value


def _is_open(entity: dict[str, Any]) -> bool:
    first, last = _bounds_raw(entity)
    return (first is None) != (last is None)


def _expected_bounds(entity: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    """Upstream bounds made end-inclusive; None for an unresolved date."""
    first, last = _bounds_raw(entity)
    if first is None or last is None:
        return None
    start = dt.date.fromisoformat(first)
    end = dt.date.fromisoformat(last)
    if entity["unit"] == "date_range":
        end -= dt.timedelta(days=1)
    return start, end


def _reference(case: dict[str, Any]) -> dt.date | None:
    ref = case.get("reference_datetime")
    return None if ref is None else dt.date.fromisoformat(ref[:10])


def _category(case: dict[str, Any]) -> str | None:
    for name, _, test in OUT_OF_SCOPE:
        if test(case):
            return name
    return None


def _scanner_passes(case: dict[str, Any]) -> bool:
    text = case["input"]
    found = [
        m
        for m in find_periods(text, reference=_reference(case))
        if m.period is not None and m.kind not in ("comparison", "anaphor")
    ]
    wanted = [(e, _expected_bounds(e)) for e in case["expected"]]
    resolved = [(e, b) for e, b in wanted if b is not None]
    if len(found) != len(resolved):
        return False
    for mention, (entity, bounds) in zip(found, resolved, strict=True):
        overlaps = mention.start < entity["end"] and entity["start"] < mention.end
        if not overlaps or mention.period != bounds:
            return False
    return True


def _parser_passes(case: dict[str, Any]) -> bool:
    """parse_period on each resolved upstream text gives the upstream bounds."""
    for entity in case["expected"]:
        bounds = _expected_bounds(entity)
        try:
            got: tuple[dt.date, dt.date] | None = parse_period(
                entity["text"], reference=_reference(case)
            )
        except ValueError:
            got = None
        if got != bounds:
            return False
    return True


def _load() -> list[dict[str, Any]]:
    if not CASES.is_file():
        pytest.skip(f"external cases not found at {CASES} (../shared/external absent)")
    with CASES.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _measure() -> dict[str, Any]:
    cases = _load()
    out_of_scope: dict[str, list[str]] = {}
    in_scope: list[dict[str, Any]] = []
    for case in cases:
        category = _category(case)
        if category is None:
            in_scope.append(case)
        else:
            out_of_scope.setdefault(category, []).append(case["id"])
    scanner_failures = [c for c in in_scope if not _scanner_passes(c)]
    parser_cases = [c for c in in_scope if c["expected"]]
    parser_failures = [c for c in parser_cases if not _parser_passes(c)]
    return {
        "total": len(cases),
        "in_scope": in_scope,
        "out_of_scope": out_of_scope,
        "scanner_failures": scanner_failures,
        "parser_cases": parser_cases,
        "parser_failures": parser_failures,
    }


@pytest.fixture(scope="module")
def measured() -> dict[str, Any]:
    return _measure()


def test_report(measured: dict[str, Any]) -> None:
    """Print the pass rates, the out-of-scope categories and the failures."""
    reasons = {name: reason for name, reason, _ in OUT_OF_SCOPE}
    in_scope = len(measured["in_scope"])
    passed = in_scope - len(measured["scanner_failures"])
    parsed = len(measured["parser_cases"]) - len(measured["parser_failures"])
    total = measured["total"]
    print(f"\nrecognizers_datetime_periods: {total} cases, {in_scope} in scope")
    print(f"  find_periods: {passed}/{in_scope} = {passed / in_scope:.3f}")
    print(
        f"  parse_period on upstream spans: {parsed}/{len(measured['parser_cases'])}"
        f" = {parsed / len(measured['parser_cases']):.3f}"
    )
    for name, ids in measured["out_of_scope"].items():
        print(f"  out of scope, {name} ({len(ids)}): {reasons[name]}")
        print(f"    {', '.join(ids)}")
    for case in measured["scanner_failures"]:
        got = [
            (case["input"][m.start : m.end], m.kind, m.period)
            for m in find_periods(case["input"], reference=_reference(case))
        ]
        print(f"  FAIL {case['id']} {case['input']!r} -> {got}")
    assert measured["total"] == in_scope + sum(
        len(ids) for ids in measured["out_of_scope"].values()
    )


def test_scanner_floor(measured: dict[str, Any]) -> None:
    """find_periods keeps at least the measured in-scope pass rate."""
    in_scope = len(measured["in_scope"])
    rate = (in_scope - len(measured["scanner_failures"])) / in_scope
    assert rate >= SCANNER_FLOOR


def test_parser_floor(measured: dict[str, Any]) -> None:
    """parse_period keeps at least the measured rate on the upstream spans."""
    total = len(measured["parser_cases"])
    rate = (total - len(measured["parser_failures"])) / total
    assert rate >= PARSER_FLOOR
