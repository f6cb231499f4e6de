"""The number grammar against cases converted from public extractors' test suites.

The cases live outside the repository (``../shared/external`` beside the repo
root, see its README); they are read, never copied. Each suite is projected to
what its upstream model reports (the number model reports numbers, the currency
model money, …) and compared as a multiset of (value, unit) pairs. Cases that
fall outside policydocs' scope are listed per category with the reason, and
counted separately; they are not dropped silently.

Run ``pytest tests/external/test_external_numbers.py -s`` to see the table.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from policydocs._extract._numbers import Quantity, find_quantities
from policydocs._extract._units import PHYSICAL_UNITS as _PHYSICAL

PHYSICAL_UNITS = frozenset(_PHYSICAL.values())

REPO_ROOT = Path(__file__).resolve().parents[2]
EXTERNAL = REPO_ROOT.parent / "shared" / "external"

#: Upstream unit names → policydocs units. None: no ISO 4217 code applies
#: (obsolete currencies, minor units, a bare "franc" that could be one of five).
UPSTREAM_UNITS: dict[str, str | None] = {
    "number": "number",
    "ordinal": "ordinal",
    "percent": "percent",
    "currency:Dollar": "USD",
    "currency:Pound": "GBP",
    "currency:Rupee": "INR",
    "currency:Franc": None,
    "currency:Finnish markka": None,
    "currency:Peseta": None,
    "currency:Netherlands guilder": None,
    "currency:Cent": None,
    "currency:cent": None,
    "currency:Penny": None,
    "currency:penny": None,
    "currency:Pence": None,
    "currency:dime": None,
}

#: Recognizers-Text 1.0.2a2 and quantulum3 0.10.0 on the same cases (exact value
#: and unit), from the external README.
RECOGNIZERS_TEXT = {
    "recognizers_number": 78,
    "recognizers_percent": 20,
    "recognizers_currency": 129,
    "quantulum3_quantities": 22,
}
QUANTULUM3 = {
    "recognizers_number": 70,
    "recognizers_percent": 15,
    "recognizers_currency": 44,
    "quantulum3_quantities": 34,
}

#: Regression floors: the exact-match counts measured when this file was written.
FLOORS = {
    "recognizers_number": 104,
    "recognizers_percent": 21,
    "recognizers_number_range": 36,
    "recognizers_ordinal": 17,
    "recognizers_currency": 145,
    "quantulum3_quantities": 27,
    "duckling_en_number_ordinal_money": 158,
}

Pair = tuple[float | None, float | None, str]


def _is_currency(unit: str) -> bool:
    return re.fullmatch(r"[A-Z]{3}", unit) is not None


def _bounds(q: Quantity) -> tuple[float | None, float | None]:
    if q.upper is not None:
        return q.value, q.upper
    if q.approx in {"more_than", "at_least"}:
        return q.value, None
    if q.approx in {"less_than", "up_to"}:
        return None, q.value
    return q.value, q.value


def _project(suite: str, quantities: list[Quantity]) -> list[Pair]:
    """Keep what the suite's upstream model reports, as (low, high, unit)."""
    out: list[Pair] = []
    for q in quantities:
        if suite == "recognizers_number":
            # The number model leaves numbers glued to dimensions ("180.25ml")
            # to its unit models.
            if not q.is_ordinal and q.unit not in PHYSICAL_UNITS:
                out.append((q.value, q.value, "number"))
                if q.upper is not None:
                    out.append((q.upper, q.upper, "number"))
        elif suite == "recognizers_percent":
            if q.unit == "percent":
                out.append((q.value, q.value, "percent"))
        elif suite == "recognizers_ordinal":
            if q.is_ordinal:
                out.append((q.value, q.value, "ordinal"))
        elif suite == "recognizers_number_range":
            if not q.is_ordinal and (
                q.upper is not None or q.approx not in {None, "about"}
            ):
                low, high = _bounds(q)
                out.append((low, high, "number"))
        elif suite == "recognizers_currency":
            if _is_currency(q.unit):
                out.append((q.value, q.value, q.unit))
        else:  # quantulum3, duckling: every kind
            unit = "ordinal" if q.is_ordinal else q.unit
            if suite == "quantulum3_quantities" and unit == "ordinal":
                continue
            low, high = (
                _bounds(q)
                if q.upper is not None
                or (suite.startswith("duckling") and q.approx not in {None, "about"})
                else (q.value, q.value)
            )
            out.append((low, high, unit))
    return out


def _expected(case: dict[str, Any]) -> list[Pair] | None:
    """The case's expectation as (low, high, unit); None if a unit has no mapping."""
    out: list[Pair] = []
    for item in case["expected"]:
        unit = UPSTREAM_UNITS.get(item["unit"], item["unit"])
        if unit is None:
            return None
        value = item["value"]
        if isinstance(value, list):
            out.append((value[0], value[1], unit))
        else:
            out.append((value, value, unit))
    return out


def _same(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _matches(got: list[Pair], want: list[Pair]) -> bool:
    if len(got) != len(want):
        return False
    left = list(got)
    for w in want:
        for i, g in enumerate(left):
            if g[2] == w[2] and _same(g[0], w[0]) and _same(g[1], w[1]):
                del left[i]
                break
        else:
            return False
    return True


# Out-of-scope rules: (reason, predicate over the case). A case is out of scope
# when a rule names it; the reason says why policy texts do not need it.
_Rule = tuple[str, Callable[[str, dict[str, Any]], bool]]


def _inp(case: dict[str, Any]) -> str:
    return str(case["input"])


OUT_OF_SCOPE: list[_Rule] = [
    (
        (
            "currency without an ISO 4217 code (francs of unknown country, markka, "
            "peseta, guilder) or a minor unit (cent, penny, pence, dime)"
        ),
        lambda _suite, case: _expected(case) is None,
    ),
    (
        "the word 'percent' with no number: nothing to measure",
        lambda _suite, case: any(e["value"] is None for e in case["expected"]),
    ),
    (
        "reversed phrasing 'percent of N' (conversational, never in policy texts)",
        lambda _suite, case: re.match(r"\s*per ?cents? of", _inp(case)) is not None,
    ),
    (
        (
            "query-language comparisons ('<= 30', 'equal to 20', 'larger than X "
            "and smaller than Y'): policy texts bound a value with one qualifier "
            "or a range"
        ),
        lambda suite, case: (
            suite == "recognizers_number_range"
            and (
                re.search(
                    r"[<>=]|equal|than .{1,40} (?:and|but) .{0,20}than", _inp(case)
                )
                is not None
            )
        ),
    ),
]


def _scope(suite: str, case: dict[str, Any]) -> str | None:
    for reason, rule in OUT_OF_SCOPE:
        if rule(suite, case):
            return reason
    return None


def _cases(suite: str) -> Iterator[dict[str, Any]]:
    path = EXTERNAL / f"{suite}.jsonl"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def evaluate(suite: str) -> dict[str, Any]:
    """Run one suite; return counts, failures and out-of-scope cases by reason."""
    passed = 0
    total = 0
    failures: list[tuple[str, list[Pair], list[Pair]]] = []
    skipped: dict[str, list[str]] = {}
    all_cases = 0
    for case in _cases(suite):
        all_cases += 1
        reason = _scope(suite, case)
        if reason is not None:
            skipped.setdefault(reason, []).append(str(case["id"]))
            continue
        total += 1
        want = _expected(case)
        assert want is not None
        got = _project(suite, find_quantities(_inp(case)))
        if _matches(got, want):
            passed += 1
        else:
            failures.append((_inp(case), got, want))
    return {
        "suite": suite,
        "cases": all_cases,
        "in_scope": total,
        "passed": passed,
        "failures": failures,
        "out_of_scope": skipped,
    }


SUITES = sorted(FLOORS)


@pytest.fixture(scope="module", autouse=True)
def _need_external() -> None:
    if not EXTERNAL.is_dir():
        pytest.skip(
            f"external test cases not found at {EXTERNAL} (see the README there)"
        )


@pytest.mark.parametrize("suite", SUITES)
def test_suite_pass_rate(suite: str) -> None:
    """Each suite passes at least its regression floor and Recognizers-Text's figure."""
    result = evaluate(suite)
    theirs = RECOGNIZERS_TEXT.get(suite, "-")
    print(
        f"\n{suite}: {result['passed']}/{result['in_scope']} in scope "
        f"({result['cases']} cases; Recognizers-Text {theirs}, "
        f"quantulum3 {QUANTULUM3.get(suite, '-')})"
    )
    for reason, ids in result["out_of_scope"].items():
        print(f"  out of scope ({len(ids)}): {reason}")
    assert result["passed"] >= FLOORS[suite]
    if suite in RECOGNIZERS_TEXT:
        assert result["passed"] >= RECOGNIZERS_TEXT[suite]


def test_out_of_scope_reasons_are_listed() -> None:
    """Every out-of-scope case is accounted for under a named reason."""
    for suite in SUITES:
        result = evaluate(suite)
        skipped = sum(len(ids) for ids in result["out_of_scope"].values())
        assert result["cases"] == result["in_scope"] + skipped


if __name__ == "__main__":  # pragma: no cover - a debugging aid
    import sys

    for name in sys.argv[1:] or SUITES:
        res = evaluate(name)
        print(f"== {name}: {res['passed']}/{res['in_scope']} (of {res['cases']})")
        for text, got, want in res["failures"]:
            print(f"  {text[:110]!r}\n      got  {got}\n      want {want}")
