"""The period grammar searches each pattern only near its trigger words.

`_collect_atoms` relies on two figures per pattern: the longest match and
the farthest character a match attempt reads past its start. Both are
derived here from the regexes themselves, so a grammar edit that lengthens
a pattern fails this test instead of silently losing matches.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest

from policydocs import _dates, _period_grammar

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse


def _extent(items: Any) -> tuple[int, int]:
    """(longest match, farthest character read) of a parsed pattern."""
    width = reach = 0
    for op, av in items:
        if op in (sc.LITERAL, sc.NOT_LITERAL, sc.ANY, sc.IN):
            width += 1
        elif op is sc.BRANCH:
            parts = [_extent(alt) for alt in av[1]]
            reach = max(reach, width + max(r for _, r in parts))
            width += max(w for w, _ in parts)
        elif op is sc.SUBPATTERN:
            w, r = _extent(av[3])
            reach, width = max(reach, width + r), width + w
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
            _, high, sub = av
            assert high != sc.MAXREPEAT, "unbounded repetition"
            w, r = _extent(sub)
            if high:
                reach = max(reach, width + (high - 1) * w + r)
            width += high * w
        elif op in (sc.ASSERT, sc.ASSERT_NOT):
            direction, sub = av
            if direction == 1:  # a lookahead reads past the match
                reach = max(reach, width + _extent(sub)[1])
        elif op is sc.AT:
            assert av in (sc.AT_BOUNDARY, sc.AT_NON_BOUNDARY), "anchor depends on end"
            reach = max(reach, width + 1)
        else:
            raise AssertionError(f"unexpected regex op {op}")
        reach = max(reach, width)
    return width, reach


@pytest.mark.parametrize(
    "entry", _dates._ATOM_PATTERNS, ids=[e[0] for e in _dates._ATOM_PATTERNS]
)
def test_pattern_figures_bound_the_regex(entry: Any) -> None:
    _, pattern, _, inside, width, reach = entry
    parsed = sre_parse.parse(pattern._source)
    assert parsed.getwidth()[0] > 0, "a pattern matching nothing would loop"
    longest, farthest = _extent(parsed)
    assert longest <= width
    assert farthest <= reach
    assert inside
    assert all(t == t.lower() for t in inside)


def test_windowed_search_equals_whole_span_scan() -> None:
    text = (
        "Output in the three months to\tApril 2025 rose; FY2025/26, 2021-22, "
        "Q3 2019, the 1990s, 2019-aug-01, Dec. 31 , 1994 and the same period "
        "of 2019. The first half of 2025 and next year's first quarter. "
    ) * 3
    low = text.lower()
    for _, pattern, _, inside, width, reach in _dates._ATOM_PATTERNS:
        for start, end in ((0, len(low)), (17, 150), (40, 41)):
            span = (start, end)
            windows = _dates._windows(
                _dates._occurrences(low, span, inside),
                start,
                width,
                _dates._LEADS.get(pattern),
            )
            got = [
                m.span()
                for m in _dates._finditer(pattern.compiled, low, span, windows, reach)
            ]
            want = [m.span() for m in pattern.compiled.finditer(low, start, end)]
            assert got == want, pattern._source


def _lead(parsed: Any, group: str) -> int | None:
    """The longest text before ``group`` when it opens at the top level, else None."""
    index = parsed.state.groupdict[group]
    lead = 0
    for op, av in parsed:
        if op is sc.SUBPATTERN and av[0] == index:
            return lead
        lead += _extent([(op, av)])[0]
    return None


@pytest.mark.parametrize(
    "entry",
    [e for e in _dates._ATOM_PATTERNS if e[1] in _period_grammar._LEADS],
    ids=[e[0] for e in _dates._ATOM_PATTERNS if e[1] in _period_grammar._LEADS],
)
def test_leads_bound_where_the_trigger_opens(entry: Any) -> None:
    """A lead is the longest text before the month or year group that opens a match."""
    _, pattern, _, inside, _, _ = entry
    group = {_period_grammar._MONTH_STEMS: "mon", _period_grammar._YEARS: "y"}[inside]
    lead = _lead(sre_parse.parse(pattern._source), group)
    assert lead is not None
    assert lead <= _period_grammar._LEADS[pattern]


def test_lead_groups_open_with_a_trigger() -> None:
    """Every month name opens with a month stem, every year with 19, 20 or 21."""
    stems = _period_grammar._MONTH_STEMS
    assert all(name.startswith(stems) for name in _period_grammar._MONTHS)
    year = re.compile(_period_grammar._Y)
    years = [f"{n:04d}" for n in range(10000) if year.fullmatch(f"{n:04d}")]
    assert years
    assert all(y.startswith(_period_grammar._YEARS) for y in years)


@pytest.mark.parametrize("starts", [(5, 5), (5, 6), (5, 7), (5, 30)])
def test_short_windows_match_as_a_search_does(starts: tuple[int, int]) -> None:
    """Trying each start of a short window finds what a bounded search finds."""
    low = "in 2025, march 2025 and may 5, 2026; 1990s"
    for _, pattern, _, _, _, reach in _dates._ATOM_PATTERNS:
        for first in range(len(low)):
            window = (first, min(len(low), first + starts[1] - starts[0]))
            stop = min(len(low), window[1] + reach)
            found = pattern.compiled.search(low, window[0], stop)
            want = found.span() if found and found.start() <= window[1] else None
            got = _dates._match_within(pattern.compiled, low, window, stop)
            assert want == (got and got.span())


def test_windows_merge_and_clip() -> None:
    # A trigger of 2 characters in a match of at most 6 starts it 0-4 earlier.
    occurrences = [(10, 2), (12, 2), (40, 2), (3, 2)]
    assert _dates._windows(occurrences, 0, 6) == [(0, 3), (6, 12), (36, 40)]
    assert _dates._windows(occurrences[:2], 8, 6) == [(8, 12)]
    # A trigger at most 1 character into a match: windows of two starts.
    assert _dates._windows(occurrences, 0, 6, 1) == [(2, 3), (9, 12), (39, 40)]


@pytest.mark.parametrize(
    "text",
    [
        "HM Treasury and the Bank of England; UK, U.K. and £5bn; the EU's euro area",
        "USA, U.S. and the United States; ChinaX, xChina, China_, 中China, Chinese",
        "Kenyan KSh, ₹ crore and lakh in India; Indianapolis is no cue; EUR, €",
        "",
    ],
)
def test_fiscal_cue_scan_equals_full_scan(text: str) -> None:
    want = [(m.span(), m.groupdict()) for m in _dates._FISCAL_CUE.finditer(text)]
    got = [(m.span(), m.groupdict()) for m in _dates._fiscal_cues(text)]
    assert got == want


_NEWS = [
    p.read_text(encoding="utf-8").lower()
    for p in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    + sorted(
        (Path(__file__).resolve().parents[2] / "tests" / "gold" / "dev").glob("*.txt")
    )
]


def _assert_windowed_scans_match(low: str) -> None:
    """Each atom pattern's windowed search finds what its whole-span scan finds."""
    span = (0, len(low))
    for _, pattern, _, inside, width, reach in _dates._ATOM_PATTERNS:
        occurrences = _dates._occurrences(low, span, inside)
        windows = _dates._windows(occurrences, 0, width, _dates._LEADS.get(pattern))
        got = [
            m.span()
            for m in _dates._finditer(pattern.compiled, low, span, windows, reach)
        ]
        assert [m.span() for m in pattern.compiled.finditer(low)] == got


@pytest.mark.parametrize("index", range(len(_NEWS)))
def test_windowed_search_equals_whole_span_scan_on_news(index: int) -> None:
    """Lead windows and short-window matches find every match in the news texts."""
    _assert_windowed_scans_match(_NEWS[index])


@pytest.mark.parametrize(
    "text",
    [
        "the market in march 2025, 120 units, 20% and 2019-03-05; summary of may",
        "fy2025/26, cy2008, the 1990s, 12-2015, 2015-12, 2100 and 21 or 219",
        "marchers in decembers; 5 march, march 5th, 2017 april, the fourth of july",
        "the three months to april 2026; the year ended march; 2026-30 and 1919",
        "inmarch 2025 and mar.2025, sept. 9, dec/2018, 23/sep/2020, 05-aug-2016",
    ],
)
def test_confirmed_triggers_keep_every_match(text: str) -> None:
    """Windows from the confirmed year and month triggers find each whole-scan match."""
    _assert_windowed_scans_match(text)
