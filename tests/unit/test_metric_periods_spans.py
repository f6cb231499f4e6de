"""Unit tests for periods a figure's own words widen, narrow or refuse."""

from __future__ import annotations

import datetime as dt

from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 3, 6)


def _metrics(text: str) -> list[tuple[str, float, Period | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.value, m.period) for m in doc.metrics]


def test_superlative_since_point_is_no_period() -> None:
    """'the highest since 2018' measures against 2018; the report's month stays."""
    text = (
        "Ferry trips rose 4.2 percent in January. "
        "Cargo volumes grew 1.9 percent, the highest since late 2018."
    )
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [
        ("4.2 percent", 4.2, january),
        ("1.9 percent", 1.9, january),
    ] == _metrics(text)


def test_superlative_since_month_is_not_a_running_total() -> None:
    """'its lowest level since March 2021' is no span from March to publication."""
    text = "Ferry trips rose 4.2 percent in January, its lowest level since March 2021."
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [("4.2 percent", 4.2, january)] == _metrics(text)


def test_remainder_of_year_runs_from_publication() -> None:
    """'for the rest of 2026' is publication to the end of 2026."""
    text = "Analysts expect copper to trade near $9,800 a tonne for the rest of 2026."
    rest = Period(start=PUBLISHED, end=dt.date(2026, 12, 31))
    assert [rest] == [p for _, _, p in _metrics(text)]


def test_holding_verb_after_change_word_makes_a_level() -> None:
    """'cuts will keep the price near $90' is a price held, not a fall of 90."""
    text = "Export cuts will keep the barley price near $210 per tonne in April."
    assert [210.0] == [v for _, v, _ in _metrics(text)]


def test_two_years_joined_by_and_are_one_span() -> None:
    """'grow 4 percent in 2027 and 2028' refers to both years together."""
    text = "The fund expects trade to grow 4 percent in 2027 and 2028."
    span = Period(start=dt.date(2027, 1, 1), end=dt.date(2028, 12, 31))
    assert [span] == [p for _, _, p in _metrics(text)]


def test_joined_years_without_a_figure_stay_apart() -> None:
    """'covers estimates for May and June' names two reports, not one span."""
    text = (
        "This report covers estimates for May 2025 and June 2025.\n\n"
        "Output rose 0.4 percent in May."
    )
    may = Period(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31))
    assert [may] == [p for _, _, p in _metrics(text)]


def test_respectively_keeps_each_year_apart() -> None:
    """A 'respectively' list is no span of its two years."""
    text = "Wool exports rose 3 percent and 5 percent in 2024 and 2025, respectively."
    spans = [p for _, _, p in _metrics(text)]
    assert [False, False] == [
        p is not None and p.start.year != p.end.year for p in spans
    ]


def test_change_between_two_month_ends_is_the_month() -> None:
    """'at the end of January compared to the end of December' is January's change."""
    text = (
        "Shelf stocks rose 0.5 percent at the end of January compared to "
        "the end of December, to exceed earlier levels."
    )
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [january] == [p for _, _, p in _metrics(text)]


def test_up_to_year_is_a_deadline() -> None:
    """'€8 billion up to 2029 to support' is dated 2029, not the carried month."""
    text = (
        "Farm output rose 2 percent in January. The plan will raise more than "
        "€8 billion up to 2029 to support rural roads."
    )
    assert Period.year(2029) == _metrics(text)[-1][2]


def test_abbreviated_years_joined_are_one_span() -> None:
    """'for \u201827 and \u201828' names the years 2027 and 2028 together."""
    text = "The council will use about $4 billion in grants for \u201827 and \u201828."
    span = Period(start=dt.date(2027, 1, 1), end=dt.date(2028, 12, 31))
    assert [span] == [p for _, _, p in _metrics(text)]


def test_since_then_runs_from_the_last_date_named() -> None:
    """'Since then' spans from the date named before it to publication."""
    text = (
        "Grain sales rose 3 percent in October 2024. Sign-ups opened on "
        "January 12, 2026, after the 2024 Harbour Renewal Act.\n\n"
        "Since then, staff have paid over $40 million to growers."
    )
    since = Period(start=dt.date(2026, 1, 12), end=PUBLISHED)
    assert since == _metrics(text)[-1][2]


def test_year_inside_a_name_after_the_is_no_period() -> None:
    """'the 2019 Coastal Water Act' names a law; the report's month stays."""
    text = (
        "Fish landings fell 3 percent in January. Under the 2019 Coastal "
        "Water Act, catches rose 1.5 percent."
    )
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [january, january] == [p for _, _, p in _metrics(text)]


def test_trailing_window_widens_its_month() -> None:
    """'a three-month annualized pace of 3.8 percent in January' is November-January."""
    text = (
        "Hourly pay rose at a three-month annualized pace of 3.8 percent in "
        "January. Hours rose 0.2 percent."
    )
    window = Period(start=dt.date(2025, 11, 1), end=dt.date(2026, 1, 31))
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [window, january] == [p for _, _, p in _metrics(text)]


def test_vague_part_of_a_year_is_no_period() -> None:
    """'in early 2019', 'over summer 2025': a part the contract names no period for."""
    text = (
        "The ferry fund was set at £90m for 2026. Wheat output peaked at 40 "
        "million tonnes in early 2019. About 300,000 pupils joined the clubs "
        "over summer 2025 across 5,000 sites."
    )
    found = {t: p for t, _, p in _metrics(text)}
    assert Period.year(2026) == found["£90m"]
    assert found["40 million tonnes"] is None
    assert found["About 300,000 pupils"] is None
    assert found["5,000 sites"] is None


def test_open_ended_year_is_no_period() -> None:
    """'in 2027 and beyond' opens a horizon: no period, and none carried on."""
    text = (
        "The campaign reaches the 70% of adults over 50 who smoke, to help "
        "them quit in 2027 and beyond. Nearly 2 million people took the test."
    )
    assert [
        ("70%", 70.0, None),
        ("Nearly 2 million people", 2e6, None),
    ] == _metrics(text)


def test_comparing_lead_names_the_report_then_the_comparison() -> None:
    """'Comparing A with B, …': A is the report's period, B the comparison point."""
    text = (
        "Comparing July to September 2025 with April to June 2025, payroll "
        "jobs rose by 40,000 (to 2.5 million)."
    )
    quarter = Period.months(2025, 7, 9)
    assert [
        ("40,000", 40000.0, quarter),
        ("2.5 million", 2.5e6, quarter),
    ] == _metrics(text)


def test_date_in_a_scheme_name_is_no_period() -> None:
    """'under the May 2024 scheme' names the scheme; its month dates no figure."""
    text = "Member states resettled 9,000 people under the May 2024 scheme."
    assert [("9,000 people", 9000.0, None)] == _metrics(text)


def test_relative_year_before_a_verb_is_the_period() -> None:
    """'The budget this year requests': a relative year is never part of a name."""
    text = "The budget this year requests an additional $15 million for roads."
    assert [("$15 million", 15e6, Period.year(2026))] == _metrics(text)
