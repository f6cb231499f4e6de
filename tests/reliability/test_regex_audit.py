"""No regular expression of the package can backtrack catastrophically (issue 7).

The shapes are found statically by ``_regex_audit`` (the standard library's
own regex parser, then a check of each repetition against what can follow it)
and, as a second line, every pattern is timed on repetitive probe texts at
two sizes, which also catches polynomial cases no shape rule names.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from _regex_audit import all_patterns, audit

# (pattern, the finding kinds it must produce): the classic ReDoS shapes ...
_DANGEROUS = [
    (r"(a+)+$", {"nested-unbounded"}),
    (r"(\w+\s?)*$", {"nested-unbounded"}),
    (r"^(\w+\.?)+@", {"nested-unbounded"}),
    (r"(?:[a-z]+ ?){1,50}!", {"nested-unbounded"}),
    (r"^(a|aa)+$", {"star-overlap"}),
    (r"(?:ab|abab)*c", {"star-overlap"}),
    (r"(a?a?)*b", {"star-overlap"}),
    (r"\s*\s*x", {"adjacent-overlap"}),
    (r".*\w+=", {"adjacent-overlap"}),
    (r"(?:\w{1,200}){1,200}!", {"bounded-nest"}),
    (r"(a?){20}a{20}", {"bounded-nest"}),
]
# ... and look-alikes that are linear, because each loop has one place to stop.
_SAFE = [
    r"\w+(?:[.'\-]\w+){0,8}",
    r"(a+b)*",
    r"\d{1,3}(?:,\d{3}){1,6}",
    r"(?:\w{1,20}\s){0,5}",
    r"(?:a|ab)*",
    r"(?:ab|cd)*",
    r"(?:\s?x)*",
    r"(?>a+)+",
    r"(?:a++)*",
    r"(?:,\d{3}(?:\.\d+)?)*",
]


@pytest.mark.parametrize(("pattern", "kinds"), _DANGEROUS)
def test_audit_flags_dangerous_shapes(pattern: str, kinds: set[str]) -> None:
    """The audit names each classic catastrophic-backtracking shape."""
    assert {f.kind for f in audit(pattern)} == kinds


@pytest.mark.parametrize("pattern", _SAFE)
def test_audit_passes_linear_look_alikes(pattern: str) -> None:
    """The audit does not flag nested loops that can stop in only one place."""
    assert audit(pattern) == []


def test_audit_sees_the_whole_package() -> None:
    """The scan finds patterns in every module that compiles regexes."""
    modules = {r.module for r in all_patterns()}
    expected = {
        "policydocs._readers",
        "policydocs._dates",
        "policydocs._extract._number_reader",
        "policydocs._extract._segment",
    }
    assert expected <= modules


def test_no_package_pattern_has_a_dangerous_shape() -> None:
    """Every pattern in src/policydocs is free of the catastrophic shapes."""
    flagged = [
        f"{r.module}.{r.name}: {f.kind} ({f.detail}) in {r.pattern[:120]!r}"
        for r in all_patterns()
        for f in audit(r.pattern, r.flags)
    ]
    assert flagged == []


#: Probe texts of 5,000 and 20,000 characters: linear is 4, quadratic 16.
_N = 5000
_MAX_RATIO = 8.0
_FLOOR = 1e-3


def _slow_patterns() -> set[str]:
    """Patterns whose 4x-longer scan took more than ``_MAX_RATIO`` times as long."""
    script = Path(__file__).with_name("_regex_audit.py")
    proc = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(script), "--timing", str(_N)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return {
        f"{r['module']}.{r['name']}"
        for r in json.loads(proc.stdout)
        if r["large"] / max(r["small"], _FLOOR) > _MAX_RATIO
    }


@pytest.mark.slow
def test_every_package_pattern_scans_in_linear_time() -> None:
    """Each pattern scans repetitive text 4x longer in well under 16x the time.

    The machines are shared, so one run's times can spike: a pattern fails
    only when it is slow in three runs in a row, which a super-linear pattern
    always is and a noisy measurement almost never.
    """
    slow = _slow_patterns()
    for _ in range(2):
        if not slow:
            break
        slow &= _slow_patterns()
    assert set() == slow


def test_probe_flags_a_quadratic_pattern() -> None:
    """The timing probe itself sees a quadratic pattern (``.*x`` under search)."""
    from _regex_audit import scan_seconds

    quadratic = re.compile(r"[a-z]*\d")
    # On a busy shared machine a stall during the short scan can hide the growth
    # (a quadratic scan gives about 16x), so one clear try out of three is
    # enough, as the audit retries before it believes a timing.
    ratios = [
        scan_seconds(quadratic, 4 * 500, repeat=3)
        / scan_seconds(quadratic, 500, repeat=3)
        for _ in range(3)
    ]
    assert max(ratios) > _MAX_RATIO
