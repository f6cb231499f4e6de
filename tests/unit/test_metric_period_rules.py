"""Unit tests for the period rules that read a mention against its words."""

from __future__ import annotations

import datetime as dt

from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 7, 9)


def _periods(text: str, source: str | None = None) -> list[tuple[str, Period | None]]:
    doc = run(text, published=PUBLISHED, source=source)
    return [(m.text, m.period) for m in doc.metrics]


def _days(start: str, end: str) -> Period:
    return Period(start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end))


def test_financial_year_named_before_a_pair_of_years() -> None:
    """'financial year 2024 to 2025' in an English text is April 2024 to March 2025."""
    text = "Councils in England spent £2.4 billion in financial year 2024 to 2025."
    assert [("£2.4 billion", _days("2024-04-01", "2025-03-31"))] == _periods(text)


def test_financial_year_named_after_a_pair_of_years() -> None:
    """'the 2024 to 2025 financial year' is the same fiscal year."""
    text = "Scotland's ferries took 9 million people in the 2024 to 2025 financial year"
    assert [("9 million people", _days("2024-04-01", "2025-03-31"))] == _periods(text)


def test_bare_pair_of_years_stays_two_calendar_years() -> None:
    """'from 2024 to 2025' with no fiscal name keeps both calendar years."""
    text = "Ferry fares in England rose 6% from 2024 to 2025."
    assert [("6%", _days("2024-01-01", "2025-12-31"))] == _periods(text)


def test_previous_month_dates_the_earlier_change() -> None:
    """'after rising 0.2 percent the previous month' is the month before May."""
    text = "Fares rose 0.4 percent in May after rising 0.2 percent the previous month."
    assert [
        ("0.4 percent", _days("2026-05-01", "2026-05-31")),
        ("0.2 percent", _days("2026-04-01", "2026-04-30")),
    ] == _periods(text)


def test_starting_level_a_year_earlier_moves_the_day_back() -> None:
    """'from 48 percent a year earlier' of a day's count is that day a year before."""
    text = (
        "On June 1, 2026, leased ferries made up 46 percent of the fleet, "
        "down from 48 percent a year earlier."
    )
    assert [
        ("46 percent", _days("2026-06-01", "2026-06-01")),
        ("48 percent", _days("2025-06-01", "2025-06-01")),
    ] == _periods(text)


def test_change_over_the_previous_year_keeps_the_report_year() -> None:
    """'an increase of 5 percent over the previous year' is measured from it."""
    text = (
        "In 2025, ferry revenue reached $4 billion, "
        "an increase of 5 percent over the previous year."
    )
    year = _days("2025-01-01", "2025-12-31")
    assert [("$4 billion", year), ("5 percent", year)] == _periods(text)


def test_date_of_an_announcement_is_not_carried_on() -> None:
    """A month that dates an announcement dates no figure of the next sentence."""
    text = (
        "The grant adds to a $30 million package announced last month. "
        "Ferry operators expect 2 million more passengers."
    )
    june = _days("2026-06-01", "2026-06-30")
    assert [("$30 million", june), ("2 million more passengers", None)] == _periods(
        text
    )


def test_starting_level_takes_no_period_of_the_level_reached() -> None:
    """'from 9% to 10% in April 2027': April is the level reached's, not 9%'s."""
    text = "The ferry levy will rise from 9% to 10% in April 2027."
    april = _days("2027-04-01", "2027-04-30")
    assert [("9%", None), ("10%", april)] == _periods(text)


def test_starting_level_keeps_a_period_named_right_after_it() -> None:
    """'from 3.0 percent in April to 2.6 percent in May' keeps April for 3.0."""
    text = "Ferry delays fell from 3.0 percent in April to 2.6 percent in May."
    assert [
        ("3.0 percent", _days("2026-04-01", "2026-04-30")),
        ("2.6 percent", _days("2026-05-01", "2026-05-31")),
    ] == _periods(text)


def test_part_of_a_month_names_no_period_and_ends_the_carry() -> None:
    """'In mid-April, … closed four lines' dates an act: no period, none carried."""
    text = (
        "Ferry traffic rose 3 percent in 2025. "
        "In mid-April, the regulator closed four ferry lines."
    )
    assert [
        ("3 percent", _days("2025-01-01", "2025-12-31")),
        ("four ferry lines", None),
    ] == _periods(text)


def test_most_recent_data_in_a_speech_takes_no_period() -> None:
    """'in the most recent data' names no month: no period, not the one carried."""
    text = (
        "Thank you for having me. Ferry ridership fell 2 percent in January. "
        "Ferry occupancy edged up to 61 percent in the most recent data."
    )
    assert [
        ("2 percent", _days("2026-01-01", "2026-01-31")),
        ("up to 61 percent", None),
    ] == _periods(text)


def test_release_goes_back_to_its_reference_period_after_a_report_ends() -> None:
    """A figureless sentence naming another month ends the report: back to May."""
    doc = run(
        "Ferry fares rose 0.3 percent in May. Fares were last this high in January. "
        "Fares rose 4.1 percent over the past 12 months.",
        published=dt.date(2026, 6, 9),
        source="Bureau of Labor Statistics",
        title="Ferry Fare Index - May 2026",
    )
    may = _days("2026-05-01", "2026-05-31")
    assert [("0.3 percent", may), ("4.1 percent", may)] == [
        (m.text, m.period) for m in doc.metrics
    ]


def test_fiscal_year_of_the_source_when_the_text_names_no_country() -> None:
    """'fiscal 2025' in a release of a US agency is October 2024 to September 2025."""
    text = "Ferry subsidies rose 6 percent in fiscal 2025."
    assert [("6 percent", _days("2024-10-01", "2025-09-30"))] == _periods(
        text, source="Bureau of Labor Statistics"
    )


def test_year_ending_a_day_is_the_twelve_months_to_it() -> None:
    """'in the year ending 31 March 2026' is April 2025 to March 2026."""
    text = "Ferry crossings in England rose 4% in the year ending 31 March 2026."
    assert [("4%", _days("2025-04-01", "2026-03-31"))] == _periods(text)


def test_fiscal_year_that_ended_a_day_is_the_year_to_it() -> None:
    """'the fiscal year that ended June 30, 2026' is July 2025 to June 2026."""
    text = "Toll revenue was $41.5 million in the fiscal year that ended June 30, 2026."
    assert [("$41.5 million", _days("2025-07-01", "2026-06-30"))] == _periods(text)


def test_months_ending_a_day_mid_month() -> None:
    """'the 6 months to 14 May 2026' runs from 15 November 2025."""
    text = "Ferry crossings rose 4% in the 6 months to 14 May 2026."
    assert [("4%", _days("2025-11-15", "2026-05-14"))] == _periods(text)


def test_change_after_two_dated_levels_spans_them() -> None:
    """'from $80 in 2020 to $120 in 2024, an increase of $40' dates $40 by 2020-2024."""
    text = (
        "Ferry fares rose from $80 in 2020 to $120 in 2024, an increase of $40 or 50%."
    )
    span = _days("2020-01-01", "2024-12-31")
    assert [
        ("$80", _days("2020-01-01", "2020-12-31")),
        ("$120", _days("2024-01-01", "2024-12-31")),
        ("$40", span),
        ("50%", span),
    ] == _periods(text)


def test_date_a_rule_takes_effect_from_is_no_period() -> None:
    """A date a rule takes effect from ('on and after …') dates no standard."""
    text = (
        "On and after January 1, 2027, ferries of more than 300 tons shall carry "
        "two life rafts."
    )
    assert [("more than 300 tons", None)] == [
        (t, p) for t, p in _periods(text) if "tons" in t
    ]


def test_weeks_ending_a_day_are_those_days() -> None:
    """'in the 4 weeks to 9 March 2026' is the 28 days ending that day."""
    text = (
        "Ferries took 12,000 people a week, on average, in the 4 weeks to 9 March 2026."
    )
    assert [("12,000 people", _days("2026-02-10", "2026-03-09"))] == _periods(text)


def test_latest_figures_of_a_release_keep_its_reference_period() -> None:
    """'the latest figures' in a May release are May's, not undated."""
    doc = run(
        "Ferry fares rose 0.3 percent in May. "
        "The latest figures show fuel costs up 2 percent.",
        published=dt.date(2026, 6, 9),
        source="Bureau of Labor Statistics",
        title="Ferry Fare Index - May 2026",
    )
    may = _days("2026-05-01", "2026-05-31")
    assert [("0.3 percent", may), ("2 percent", may)] == [
        (m.text, m.period) for m in doc.metrics
    ]


def test_relative_point_at_the_end_of_the_calendar() -> None:
    """A quarter moved back or a span counted from 31 December 9999 raises nothing."""
    doc = run(
        "Fares rose 5 percent in the fourth quarter after rising 2 percent the "
        "previous quarter, and 4% in the year ending 31 December 9999.",
        published=dt.date(9999, 12, 31),
        source=None,
    )
    assert ("2 percent", _days("9999-07-01", "9999-09-30")) == (
        doc.metrics[1].text,
        doc.metrics[1].period,
    )


def test_opening_time_since_an_event_is_no_reference_period() -> None:
    """An opening 'Since the steps of May 2026' dates no figure after a heading."""
    text = (
        "Since the joint steps taken in May 2026, the port authorities have kept "
        "in close contact.\n\nToday the authorities announce new measures.\n\n"
        "New measures\n\n"
        "The authorities will lend up to $5 billion to ferry operators."
    )
    assert [("up to $5 billion", None)] == _periods(text)


def test_fronted_clause_dating_an_act_dates_no_figure_after_it() -> None:
    """'Following rules introduced last month, ...' dates no figure after it."""
    text = (
        "Following rules introduced last month, from 1 March 2027 any kennel "
        "that houses 6 or more dogs must hold a permit."
    )
    assert [("6 or more dogs", None)] == _periods(text)


def _titled(text: str, title: str) -> list[tuple[str, Period | None]]:
    doc = run(text, published=PUBLISHED, source=None, title=title)
    return [(m.text, m.period) for m in doc.metrics]


def test_heading_goes_back_to_a_closed_period_of_the_title() -> None:
    """A heading in 'Port Accounts for Fiscal Year 2025' goes back to that year."""
    text = (
        "Summary\n\nThe port's accounts are final.\n\nRevenue\n\n"
        "Toll revenue was $41.5 million."
    )
    got = _titled(text, "Port Accounts for Fiscal Year 2025")
    assert [("$41.5 million", _days("2024-10-01", "2025-09-30"))] == got


def test_title_naming_a_year_still_to_come_sets_no_period() -> None:
    """'The 2027 Port Budget' names a plan: a figure after a heading has no period."""
    text = (
        "Summary\n\nThe plan is final.\n\nRevenue\n\n"
        "Toll revenue will be $41.5 million."
    )
    assert [("$41.5 million", None)] == _titled(text, "The 2027 Port Budget")


def test_title_month_without_its_year_sets_no_period() -> None:
    """'Kennel permits from May' (published in July) names no closed period."""
    text = "Summary\n\nThe rules are final.\n\nFines\n\nBreaches carry fines of $900."
    assert [("$900", None)] == _titled(text, "Kennel permits from May")


def test_first_clause_reporting_a_figure_keeps_its_act_date() -> None:
    """'4,100 permits were issued in May, 40 percent of ...' keeps May for both."""
    text = "In all, 4,100 permits were issued in May 2026, 40 percent of the target."
    may = _days("2026-05-01", "2026-05-31")
    assert [("4,100 permits", may), ("40 percent", may)] == _periods(text)
