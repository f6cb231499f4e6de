"""Unit tests for figures that stand without a period: horizons and rules' standards."""

from __future__ import annotations

import datetime as dt

from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 3, 6)
YEAR = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31))


def _periods(text: str) -> list[tuple[str, Period | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.period) for m in doc.metrics]


def test_next_years_is_a_horizon() -> None:
    """'over the next four years' is no period of the contract's list."""
    text = "The port will spend $80 million over the next four years on new quays."
    assert [("$80 million", None)] == _periods(text)


def test_coming_months_is_a_horizon() -> None:
    """'in the coming 18 months' dates no figure either."""
    text = "The lender plans to hire 250 engineers in the coming 18 months."
    assert [("250 engineers", None)] == _periods(text)


def test_next_year_still_resolves() -> None:
    """A single 'next year' stays the calendar year after publication."""
    text = "The lender plans to hire 250 engineers next year."
    next_year = Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 12, 31))
    assert [("250 engineers", next_year)] == _periods(text)


def test_rule_cap_takes_no_carried_period() -> None:
    """A cap a rule sets stands: the year of the report before is not its period."""
    text = (
        "In 2026 the regulator fined lenders $4 million. "
        "No lender may charge fees above 3 percent of the balance."
    )
    assert [("$4 million", YEAR), ("above 3 percent", None)] == _periods(text)


def test_rule_keeps_its_own_period() -> None:
    """A period the rule's sentence names still dates its figure."""
    text = (
        "In 2026 the regulator fined lenders $4 million. "
        "Each lender must hold reserves of at least 8 percent in 2027."
    )
    year_after = Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 12, 31))
    assert ("at least 8 percent", year_after) == _periods(text)[1]


def test_report_carries_past_a_rule() -> None:
    """The report's period still carries on to the figures after the rule."""
    text = (
        "In 2026 the regulator fined lenders $4 million. "
        "No lender may charge fees above 3 percent of the balance. "
        "Complaints fell 12 percent."
    )
    assert ("12 percent", YEAR) == _periods(text)[-1]


def test_change_on_a_year_is_a_comparison() -> None:
    """'up 3.9 per cent on 2025' measures from 2025; the report's year stays."""
    text = (
        "Ferry trips rose to 41,000 in 2026. "
        "Cargo was up 3.9 per cent on 2025, an increase of 12,000 on 2025."
    )
    assert [
        ("41,000", YEAR),
        ("3.9 per cent", YEAR),
        ("12,000", YEAR),
    ] == _periods(text)


def test_figure_set_against_below_an_average_dates_no_report() -> None:
    """'below its average gain of 54,000 in 2025' does not carry 2025 on."""
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    text = (
        "Hiring rose by 44,000 in January, below its average monthly gain of "
        "54,000 in 2025. Retail employment increased by 34,000."
    )
    got = _periods(text)
    assert ("34,000", january) == got[-1]


def test_last_four_quarters_is_the_reference_quarter() -> None:
    """'over the last four quarters' is the year-on-year change of the quarter."""
    text = (
        "Ferry fares rose 1.2 percent in the fourth quarter of 2025. "
        "Fares rose 4.0 percent over the last four quarters."
    )
    quarter = Period(start=dt.date(2025, 10, 1), end=dt.date(2025, 12, 31))
    assert [("1.2 percent", quarter), ("4.0 percent", quarter)] == _periods(text)


def _release(text: str) -> list[tuple[str, Period | None]]:
    doc = run(
        text, published=PUBLISHED, source="National Agricultural Statistics Service"
    )
    return [(m.text, m.period) for m in doc.metrics]


def test_release_headline_takes_the_first_report_period() -> None:
    """A headline figure before the opening report takes that report's period."""
    text = (
        "Barley Acreage Up 6 Percent\n\n"
        "Barley planted area for 2026 is estimated at 3.1 million acres, "
        "up 6 percent from last year."
    )
    assert [
        ("6 Percent", YEAR),
        ("3.1 million acres", YEAR),
        ("6 percent", YEAR),
    ] == _release(text)


def test_headline_in_a_speech_stays_undated() -> None:
    """Outside a measuring body's release a headline figure keeps no period."""
    doc = run(
        "Barley Acreage Up 6 Percent\n\nIn 2026 growers planted 3.1 million acres.",
        published=PUBLISHED,
        source="Ministry of Farming",
    )
    assert ("6 Percent", None) == (doc.metrics[0].text, doc.metrics[0].period)


def test_new_paragraph_of_a_press_release_starts_a_new_report() -> None:
    """Outside a release, an outcome in a new paragraph does not inherit the year."""
    text = (
        "In 2026 the helpline answered 41,000 calls.\n\n"
        "More than 70 percent of callers say they trust the service."
    )
    assert [("41,000 calls", YEAR), ("More than 70 percent", None)] == _periods(text)


def test_goal_in_a_new_paragraph_keeps_the_plan_year() -> None:
    """A goal with no period of its own still takes the year the text set."""
    text = (
        "This year, the economy should grow by about 5 percent.\n\n"
        "We will create over 12 million new urban jobs."
    )
    assert [
        ("about 5 percent", YEAR),
        ("over 12 million new urban jobs", YEAR),
    ] == _periods(text)


def test_release_report_runs_on_across_paragraphs() -> None:
    """In a measuring body's release the report's period crosses paragraphs."""
    text = (
        "Barley planted area for 2026 is estimated at 3.1 million acres.\n\n"
        "Oat planted area is estimated at 2.4 million acres."
    )
    assert [("3.1 million acres", YEAR), ("2.4 million acres", YEAR)] == _release(text)


def test_year_end_is_a_stock_day() -> None:
    """'at year-end 2025' is the last day of 2025, like 'at the end of 2025'."""
    text = "At year-end 2025, 41,200 inmates were held in county jails."
    day = Period(start=dt.date(2025, 12, 31), end=dt.date(2025, 12, 31))
    assert [("41,200 inmates", day)] == _periods(text)


def test_from_year_end_is_a_comparison_point() -> None:
    """'up 2% from year-end 2024' measures from that day; it dates nothing."""
    text = "Inmates rose to 41,200 in 2025, up 2% from year-end 2024."
    year_2025 = Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert [("41,200", year_2025), ("2%", year_2025)] == _periods(text)


def test_standing_target_takes_no_period() -> None:
    """'its 2 percent medium-term target' is a norm held over time: no period."""
    text = "Inflation was 2.6 percent in 2026, above the bank's 2 percent target."
    assert [("2.6 percent", YEAR), ("2 percent", None)] == _periods(text)


def test_standard_named_by_of_takes_no_carried_period() -> None:
    """'against a standard of 95 per cent' is not dated by the report's year."""
    text = (
        "In 2026 the clinics saw 80 per cent of patients within four hours, "
        "against a standard of 95 per cent."
    )
    assert [("80 per cent", YEAR), ("95 per cent", None)] == _periods(text)


def test_share_of_a_target_keeps_its_period() -> None:
    """'47 percent of the annual target' measures progress, dated like a report."""
    text = "In 2026 the city built 4,700 homes, 47 percent of the annual target."
    assert ("47 percent", YEAR) == _periods(text)[-1]


def test_sentence_on_another_subject_starts_a_new_report() -> None:
    """In a press release a figure about something else is not the report's year."""
    text = (
        "In 2026 road deaths fell to 1,200. "
        "Cycling is popular: 4 million people own a bicycle."
    )
    assert [("1,200", YEAR), ("4 million people", None)] == _periods(text)


def test_sentence_sharing_the_subject_continues_the_report() -> None:
    """A later sentence about the same things keeps the report's period."""
    text = (
        "In 2026 road deaths fell to 1,200. "
        "Road deaths among cyclists numbered 180 in the capital."
    )
    assert [("1,200", YEAR), ("180", YEAR)] == _periods(text)


def test_change_or_pointer_continues_the_report() -> None:
    """A change ('also rose') or a pointer back ('That was') continues the report."""
    text = (
        "In 2026 road deaths fell to 1,200. "
        "Insurance payouts grew 3 percent. "
        "That was the lowest toll in 40 years, with 900 serious injuries."
    )
    assert [YEAR, YEAR, YEAR] == [p for _, p in _periods(text)][:3]
