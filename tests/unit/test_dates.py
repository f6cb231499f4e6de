"""Unit tables for the period grammar and statement dates (policydocs._dates)."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydocs._dates import (
    PeriodMention,
    find_periods,
    fiscal_year_bounds,
    half_bounds,
    infer_fiscal_year_start,
    is_month_may,
    month_bounds,
    months_bounds,
    parse_period,
    quarter_bounds,
    year_bounds,
    years_bounds,
)
from policydocs._statement_dates import find_statement_date, resolve_weekday

D = dt.date
PUBLISHED = D(2026, 3, 6)  # the seed's publication date, a Friday


# --------------------------------------------------------------------------
# Constructors
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        (year_bounds(2025), (D(2025, 1, 1), D(2025, 12, 31))),
        (half_bounds(2025, 1), (D(2025, 1, 1), D(2025, 6, 30))),
        (half_bounds(2025, 2), (D(2025, 7, 1), D(2025, 12, 31))),
        (quarter_bounds(2025, 1), (D(2025, 1, 1), D(2025, 3, 31))),
        (quarter_bounds(2025, 2), (D(2025, 4, 1), D(2025, 6, 30))),
        (quarter_bounds(2025, 4), (D(2025, 10, 1), D(2025, 12, 31))),
        (month_bounds(2024, 2), (D(2024, 2, 1), D(2024, 2, 29))),
        (month_bounds(2025, 2), (D(2025, 2, 1), D(2025, 2, 28))),
        (month_bounds(1900, 2), (D(1900, 2, 1), D(1900, 2, 28))),
        (month_bounds(2000, 2), (D(2000, 2, 1), D(2000, 2, 29))),
        (month_bounds(2025, 12), (D(2025, 12, 1), D(2025, 12, 31))),
        (months_bounds(2026, 1, 5), (D(2026, 1, 1), D(2026, 5, 31))),
        (years_bounds(2026, 2030), (D(2026, 1, 1), D(2030, 12, 31))),
        (years_bounds(2025, 2025), (D(2025, 1, 1), D(2025, 12, 31))),
        (fiscal_year_bounds(2026, 7), (D(2025, 7, 1), D(2026, 6, 30))),
        (fiscal_year_bounds(2026, 4), (D(2025, 4, 1), D(2026, 3, 31))),
        (fiscal_year_bounds(2026, 10), (D(2025, 10, 1), D(2026, 9, 30))),
        (fiscal_year_bounds(2026, 1), (D(2026, 1, 1), D(2026, 12, 31))),
    ],
)
def test_constructors(bounds, expected):
    """Each constructor returns the inclusive first and last day."""
    assert expected == bounds


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: year_bounds(0), "year between 1 and 9999"),
        (lambda: year_bounds(10000), "year between 1 and 9999"),
        (lambda: half_bounds(2025, 3), "half 1 or 2"),
        (lambda: quarter_bounds(2025, 0), "quarter 1 to 4"),
        (lambda: quarter_bounds(2025, 5), "quarter 1 to 4"),
        (lambda: month_bounds(2025, 13), "months 1 to 12"),
        (lambda: months_bounds(2025, 5, 1), "not to precede month 5"),
        (lambda: years_bounds(2030, 2026), "not to precede year 2030"),
        (lambda: fiscal_year_bounds(2026, 13), "start month 1 to 12"),
    ],
)
def test_constructors_reject(call, message):
    """Out-of-range arguments raise ValueError saying what was expected."""
    with pytest.raises(ValueError, match=message):
        call()


# --------------------------------------------------------------------------
# parse_period: whole expressions
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", (D(2025, 1, 1), D(2025, 12, 31))),
        ("in 2025", (D(2025, 1, 1), D(2025, 12, 31))),
        ("2026-30", (D(2026, 1, 1), D(2030, 12, 31))),
        ("2026-2030", (D(2026, 1, 1), D(2030, 12, 31))),
        ("2026–30", (D(2026, 1, 1), D(2030, 12, 31))),
        ("from 2014 to 2018", (D(2014, 1, 1), D(2018, 12, 31))),
        ("between 2007 and 2009", (D(2007, 1, 1), D(2009, 12, 31))),
        ("the first half of 2025", (D(2025, 1, 1), D(2025, 6, 30))),
        ("the second half of 2025", (D(2025, 7, 1), D(2025, 12, 31))),
        ("H1 2025", (D(2025, 1, 1), D(2025, 6, 30))),
        ("2019-H2", (D(2019, 7, 1), D(2019, 12, 31))),
        ("first half", (D(2026, 1, 1), D(2026, 6, 30))),
        ("Q3 2025", (D(2025, 7, 1), D(2025, 9, 30))),
        ("2017-Q1", (D(2017, 1, 1), D(2017, 3, 31))),
        ("q1 of 2017", (D(2017, 1, 1), D(2017, 3, 31))),
        # the quarter's or half's number first (issue 14 formats)
        ("2Q24", (D(2024, 4, 1), D(2024, 6, 30))),
        ("3Q 2019", (D(2019, 7, 1), D(2019, 9, 30))),
        ("4q-99", (D(1999, 10, 1), D(1999, 12, 31))),
        ("1H 2025", (D(2025, 1, 1), D(2025, 6, 30))),
        # an N-month period ending in a month
        (
            "the 12-month period ending in September 2024",
            (D(2023, 10, 1), D(2024, 9, 30)),
        ),
        ("the 3-month period ended in June 2025", (D(2025, 4, 1), D(2025, 6, 30))),
        # the quarter a month ends, named by it (Australia, New Zealand)
        ("the June quarter 2024", (D(2024, 4, 1), D(2024, 6, 30))),
        ("the September quarter of 2023", (D(2023, 7, 1), D(2023, 9, 30))),
        ("the third quarter", (D(2026, 7, 1), D(2026, 9, 30))),
        ("The fourth quarter of 2025", (D(2025, 10, 1), D(2025, 12, 31))),
        ("fourth-quarter", (D(2026, 10, 1), D(2026, 12, 31))),
        ("the first quarter of this year", (D(2026, 1, 1), D(2026, 3, 31))),
        ("the third quarter of last year", (D(2025, 7, 1), D(2025, 9, 30))),
        ("next year's first quarter", (D(2027, 1, 1), D(2027, 3, 31))),
        ("the final quarter", (D(2026, 10, 1), D(2026, 12, 31))),
        ("last quarter", (D(2025, 10, 1), D(2025, 12, 31))),
        ("this quarter", (D(2026, 1, 1), D(2026, 3, 31))),
        ("next quarter", (D(2026, 4, 1), D(2026, 6, 30))),
        ("the past two quarters", (D(2025, 7, 1), D(2025, 12, 31))),
        ("January 2026", (D(2026, 1, 1), D(2026, 1, 31))),
        ("Jan. 2026", (D(2026, 1, 1), D(2026, 1, 31))),
        ("February of 2024", (D(2024, 2, 1), D(2024, 2, 29))),
        ("2017 April", (D(2017, 4, 1), D(2017, 4, 30))),
        ("2015-12", (D(2015, 12, 1), D(2015, 12, 31))),
        ("January", (D(2026, 1, 1), D(2026, 1, 31))),
        ("January-May", (D(2026, 1, 1), D(2026, 5, 31))),
        ("during January-May", (D(2026, 1, 1), D(2026, 5, 31))),
        ("January to May 2026", (D(2026, 1, 1), D(2026, 5, 31))),
        ("from January to May 2025", (D(2025, 1, 1), D(2025, 5, 31))),
        ("Nov-Feb 2017", (D(2016, 11, 1), D(2017, 2, 28))),
        ("the first five months", (D(2026, 1, 1), D(2026, 5, 31))),
        ("the first 11 months of 2025", (D(2025, 1, 1), D(2025, 11, 30))),
        ("the first two months of this year", (D(2026, 1, 1), D(2026, 2, 28))),
        ("the first three quarters", (D(2026, 1, 1), D(2026, 9, 30))),
        ("the last four months of 2021", (D(2021, 9, 1), D(2021, 12, 31))),
        ("this year", (D(2026, 1, 1), D(2026, 12, 31))),
        ("This year", (D(2026, 1, 1), D(2026, 12, 31))),
        ("last year", (D(2025, 1, 1), D(2025, 12, 31))),
        ("next year", (D(2027, 1, 1), D(2027, 12, 31))),
        ("this calendar year", (D(2026, 1, 1), D(2026, 12, 31))),
        ("the past five years", (D(2021, 1, 1), D(2025, 12, 31))),
        ("last month", (D(2026, 2, 1), D(2026, 2, 28))),
        ("by 2035", (D(2035, 1, 1), D(2035, 12, 31))),
        ("by the end of 2035", (D(2035, 1, 1), D(2035, 12, 31))),
        ("by next year", (D(2027, 1, 1), D(2027, 12, 31))),
        ("at the end of 2025", (D(2025, 12, 31), D(2025, 12, 31))),
        ("end-June", (D(2026, 6, 30), D(2026, 6, 30))),
        ("the end of the third quarter", (D(2026, 9, 30), D(2026, 9, 30))),
        ("2026-03-05", (D(2026, 3, 5), D(2026, 3, 5))),
        ("2024-02-29", (D(2024, 2, 29), D(2024, 2, 29))),
        ("March 5, 2026", (D(2026, 3, 5), D(2026, 3, 5))),
        ("5 March 2026", (D(2026, 3, 5), D(2026, 3, 5))),
        ("Dec. 31, 1994", (D(1994, 12, 31), D(1994, 12, 31))),
        ("the fourth of July", (D(2026, 7, 4), D(2026, 7, 4))),
        ("March 5", (D(2026, 3, 5), D(2026, 3, 5))),
        ("the year 2008", (D(2008, 1, 1), D(2008, 12, 31))),
        ("12-2015", (D(2015, 12, 1), D(2015, 12, 31))),
        ("the three months to April", (D(2026, 2, 1), D(2026, 4, 30))),
        ("the 12 months ending March 2026", (D(2025, 4, 1), D(2026, 3, 31))),
        ("the year to January", (D(2025, 2, 1), D(2026, 1, 31))),
        ("the quarter to March 2025", (D(2025, 1, 1), D(2025, 3, 31))),
        ("2015-3", (D(2015, 3, 1), D(2015, 3, 31))),
        ("the fourth of July 1995", (D(1995, 7, 4), D(1995, 7, 4))),
        ("January first 2000", (D(2000, 1, 1), D(2000, 1, 1))),
        ("the latter half of 2025", (D(2025, 7, 1), D(2025, 12, 31))),
        ("2025's second half", (D(2025, 7, 1), D(2025, 12, 31))),
        ("from 2014-2018", (D(2014, 1, 1), D(2018, 12, 31))),
        ("March 31-April 5, 2025", (D(2025, 3, 31), D(2025, 4, 5))),
        ("Dec 18-Jan 5, 2026", (D(2025, 12, 18), D(2026, 1, 5))),
        ("the 1990s", (D(1990, 1, 1), D(1999, 12, 31))),
        ("  2025\n", (D(2025, 1, 1), D(2025, 12, 31))),
    ],
)
def test_parse_period(text, expected):
    """Every supported form parses to inclusive bounds against the reference."""
    assert expected == parse_period(text, reference=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("fiscal 2026", 7, (D(2025, 7, 1), D(2026, 6, 30))),
        ("FY2026", 10, (D(2025, 10, 1), D(2026, 9, 30))),
        ("FY26", 4, (D(2025, 4, 1), D(2026, 3, 31))),
        ("2025/26", 7, (D(2025, 7, 1), D(2026, 6, 30))),
        ("FY 2025/26", 4, (D(2025, 4, 1), D(2026, 3, 31))),
        ("2025-26", 7, (D(2025, 7, 1), D(2026, 6, 30))),
        ("this fiscal year", 7, (D(2025, 7, 1), D(2026, 6, 30))),
        ("next fiscal year", 4, (D(2026, 4, 1), D(2027, 3, 31))),
        ("last fiscal year", 7, (D(2024, 7, 1), D(2025, 6, 30))),
        ("2024-25", 1, (D(2024, 1, 1), D(2025, 12, 31))),
        ("fiscal 2026", 1, (D(2026, 1, 1), D(2026, 12, 31))),
        # a part of a fiscal year counts from the fiscal year's first month
        (
            "the first quarter of fiscal year 2026",
            10,
            (D(2025, 10, 1), D(2025, 12, 31)),
        ),
        ("the first 10 months of FY2026", 10, (D(2025, 10, 1), D(2026, 7, 31))),
        ("the second half of fiscal 2026", 7, (D(2026, 1, 1), D(2026, 6, 30))),
        ("the first three months of fiscal 2026", 1, (D(2026, 1, 1), D(2026, 3, 31))),
    ],
)
def test_parse_fiscal_year(text, start, expected):
    """Fiscal years resolve once the month they open with is known."""
    assert expected == parse_period(text, reference=PUBLISHED, fiscal_year_start=start)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "expected one period expression"),
        ("yesterday's news", "expected one period expression"),
        ("2025 tonnes", "expected one period expression"),
        ("5,300 yuan", "expected one period expression"),
        ("2025 and 2026", "expected one period expression"),
        ("the 14th National People's Congress", "expected one period expression"),
        ("for a fifth straight year", "expected one period expression"),
        ("within three months", "expected one period expression"),
        ("February 30, 2025", "expected one period expression"),
        ("2025-13", "expected one period expression"),
        ("a year ago", "comparison point"),
        ("the previous year", "comparison point"),
        ("the same period last year", "comparison point"),
        ("the same period", "points back"),
        ("the plan period", "points back"),
        ("fiscal 2026", "fiscal_year_start="),
        ("2025/26", "fiscal_year_start="),
    ],
)
def test_parse_period_rejects(text, message):
    """Text that is not exactly one period raises ValueError naming the text."""
    with pytest.raises(ValueError, match=message) as info:
        parse_period(text, reference=PUBLISHED)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "this year",
        "last year",
        "first half",
        "the third quarter",
        "the first quarter of this year",
        "January-May",
        "the first five months",
        "March 5",
        "last quarter",
        "next year's first quarter",
        "the fourth of July",
        "the past five years",
        "the three months to April",
    ],
)
def test_parse_period_relative_needs_reference(text):
    """A relative form without a reference raises, naming the text."""
    with pytest.raises(ValueError, match="is relative: pass reference=") as info:
        parse_period(text)
    assert repr(text) in str(info.value)


@pytest.mark.parametrize("text", ["2025", "2026-30", "Q3 2025", "2026-03-05"])
def test_parse_period_absolute_needs_no_reference(text):
    """Absolute forms parse without a reference date."""
    assert parse_period(text) == parse_period(text, reference=PUBLISHED)


def test_relative_quarter_wraps_year():
    """'last quarter' in January is the previous year's fourth quarter."""
    assert (D(2025, 10, 1), D(2025, 12, 31)) == parse_period(
        "last quarter", reference=D(2026, 1, 15)
    )
    assert (D(2027, 1, 1), D(2027, 3, 31)) == parse_period(
        "next quarter", reference=D(2026, 12, 28)
    )


# --------------------------------------------------------------------------
# find_periods: running text
# --------------------------------------------------------------------------


def _found(text: str, reference: dt.date | None = PUBLISHED) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], m.kind) for m in find_periods(text, reference=reference)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the province's economy grew 5.3 percent year-on-year in 2025, with",
            [("2025", "year")],
        ),
        (
            "retail sales rose 4 percent in the first five months of this year",
            [("the first five months of this year", "first_n_months")],
        ),
        ("exports during January-May grew", [("January-May", "month_range")]),
        ("targets for 2026-30 were set", [("2026-30", "plan")]),
        ("forest cover will reach 26 percent by 2035", [("by 2035", "by_year")]),
        ("growth slowed in the fourth quarter", [("the fourth quarter", "quarter")]),
        ("imports fell 2 percent in the same period", [("the same period", "anaphor")]),
        ("over the plan period, output doubles", [("the plan period", "anaphor")]),
        ("sales rose during the period", [("the period", "anaphor")]),
        ("the period of 2021-2025", [("2021-2025", "plan")]),
        ("the period ahead is hard", []),
        (
            (
                "a deputy to the 14th National People's Congress, the 15th"
                " Five-Year Plan (2026-30)"
            ),
            [("2026-30", "plan")],
        ),
        (
            "output was 6.1 percent higher than a year ago",
            [("a year ago", "comparison")],
        ),
        ("up 3 percent from the previous year", [("the previous year", "comparison")]),
        ("up 3 percent from last year", [("last year", "comparison")]),
        ("higher than in 2024", [("2024", "comparison")]),
        (
            "compared with the same period last year",
            [
                ("the same period last year", "comparison"),
            ],
        ),
        (
            "in the first half of 2025 and H2 2025",
            [
                ("the first half of 2025", "half"),
                ("H2 2025", "half"),
            ],
        ),
        ("Q3 2025 and 2019-Q1", [("Q3 2025", "quarter"), ("2019-Q1", "quarter")]),
        (
            "On March 5, 2026, and 2026-03-06",
            [
                ("March 5, 2026", "day"),
                ("2026-03-06", "day"),
            ],
        ),
        ("at the end of 2025 the count was", [("the end of 2025", "day")]),
        (
            "from January to May 2026 sales",
            [("from January to May 2026", "month_range")],
        ),
        ("between 2014 and 2018 it grew", [("between 2014 and 2018", "plan")]),
        ("from 2014 to the end of 2018", [("from 2014 to the end of 2018", "plan")]),
        ("in the 1990s", [("the 1990s", "decade")]),
        (
            "last year, this year and next year",
            [
                ("last year", "relative_year"),
                ("this year", "relative_year"),
                ("next year", "relative_year"),
            ],
        ),
        ("over the past five years", [("the past five years", "relative")]),
        ("in the last three months", [("the last three months", "relative")]),
        ("2018 to 2014 fell", [("2018", "year"), ("2014", "year")]),
        ("in fiscal 2026", [("fiscal 2026", "fiscal_year")]),
        ("BEIJING, May 15 (Xinhua)", [("May 15", "day")]),
        ("In May, CPI rose", [("May", "month")]),
        ("In 2025 companies invested more", [("2025", "year")]),
    ],
)
def test_find_periods(text, expected):
    """Period expressions inside sentences are found with their kinds."""
    assert expected == _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "the 14th National People's Congress",
        "the nation's 15th Five-Year Plan",
        "incomes rose to 5,300 yuan",
        "output reached 2025 tonnes",
        "deliver 2000 pieces of toys",
        "more than 2000 villages took part",
        "at least 2030 households",
        "Article 2025 of the code",
        "the 2030 Agenda for Sustainable Development",
        "growth for a fifth straight year",
        "within three months",
        "in recent years",
        "year-on-year growth",
        "the share rose to 62.2 percent",
        "companies may see gains",
        "Theresa May said",
        "to march on",
        "a 10-year plan",
        "the H1N1 virus",
        "fiscal policy and fiscal deficits",
        "the first half of March",
        "2015-1-32 is a wrong date",
        "it may 12 be",
        "2025/2027",
        "the first five quarters",
        "in the last years",
        "this 3 quarters",
        "February 30, 2025",
        "$2025 was paid",
        "2026.5 units",
        "It is 2025.5",
        "the race starts at 2h30",
        "a 5Q24 code",
    ],
)
def test_not_periods(text):
    """Ordinals, quantities, durations, names and impossible dates are no periods."""
    found = [
        (text[m.start : m.end], m.kind)
        for m in find_periods(text, reference=PUBLISHED)
        if m.kind != "month"
    ]
    assert not found


def test_first_half_of_march_keeps_the_month():
    """'the first half of March' is not a half-year; March itself is found."""
    expected = [("March", "month")]
    assert expected == _found("the first half of March")


def test_offsets_are_slices_of_the_original_text():
    """Offsets index the original text even when lower-casing changes length."""
    text = "İİ grew in Q3 2025 and by 2035"
    found = find_periods(text, reference=PUBLISHED)
    expected = ["Q3 2025", "by 2035"]
    assert expected == [text[m.start : m.end] for m in found]


def test_start_and_end_bound_the_search():
    """Only mentions inside text[start:end] are reported."""
    text = "in 2024 and in 2025 and in 2026"
    found = find_periods(text, reference=None, start=8, end=20)
    expected = [("2025", 15, 19)]
    assert expected == [(text[m.start : m.end], m.start, m.end) for m in found]


def test_relative_without_reference_has_no_period():
    """Without a reference, relative mentions are reported unresolved."""
    found = find_periods("in the third quarter of this year", reference=None)
    expected = [PeriodMention(3, 33, None, "quarter")]
    assert expected == found


def test_range_end_without_reference():
    """An absolute start and an unresolved end are not joined into a range."""
    found = find_periods("2025 to March", reference=None)
    expected = [("year", True), ("month", False)]
    assert expected == [(m.kind, m.period is not None) for m in found]


def test_range_start_invalid_in_end_year():
    """A start day that does not exist in the end's year blocks the join."""
    found = find_periods("February 29 - March 1, 2025", reference=D(2024, 6, 1))
    expected = [(D(2024, 2, 29), D(2024, 2, 29)), (D(2025, 3, 1), D(2025, 3, 1))]
    assert expected == [m.period for m in found]


def test_fiscal_year_needs_reference_when_relative():
    """'this fiscal year' needs the reference even when the opening month is known."""
    with pytest.raises(ValueError, match="is relative"):
        parse_period("this fiscal year", fiscal_year_start=7)


def test_split_year_with_four_digits():
    """'2025/2026' is a split (fiscal) year."""
    found = find_periods("in 2025/2026", reference=None, fiscal_year_start=4)
    expected = [(D(2025, 4, 1), D(2026, 3, 31))]
    assert expected == [m.period for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HM Treasury said borrowing fell to £40bn.", 4),
        ("The Bank of England held rates; the NHS budget rose.", 4),
        ("Karnataka released ₹1,250 crore.", 4),
        ("Kenya's Treasury set aside KSh 9.7 billion.", 7),
        ("The U.S. Department of the Treasury awarded $4.5 billion.", 10),
        ("Xinhua reported that China's output rose; the US objected.", 1),
        ("The committee raised rates.", None),
        ("Officials in the UK and the U.S. met.", None),
        ("The federal government in Berlin cut the deficit.", None),
        ("Lawmakers in Washington debated the bill.", None),
        (
            "The federal government plans cuts, Australia's treasurer said.",
            7,
        ),
        ("Ottawa said the federal government would post a deficit.", None),
    ],
)
def test_infer_fiscal_year_start(text, expected):
    """The jurisdiction named most often gives the fiscal year's opening month."""
    assert expected == infer_fiscal_year_start(text)


def test_federal_government_does_not_make_an_australian_fiscal_year_american():
    """An Australian 'fiscal 2026' runs July-June, not October-September."""
    text = (
        "The federal government expects a deficit of 1.5 percent of GDP in "
        "fiscal 2026, Australia's treasurer said. The federal government will "
        "also trim spending."
    )
    start = infer_fiscal_year_start(text)
    found = find_periods(text, reference=D(2026, 3, 5), fiscal_year_start=start)
    expected = [(D(2025, 7, 1), D(2026, 6, 30))]
    assert expected == [m.period for m in found if m.kind == "fiscal_year"]


def test_implicit_year_flag():
    """A part of a year with no year named is flagged as taking the reference year."""
    found = find_periods("in the third quarter and Q3 2025", reference=PUBLISHED)
    expected = [True, False]
    assert expected == [m.implicit_year for m in found]


def test_anaphor_refers_to():
    """Anaphors say which kind of period they point back to."""
    text = "in the same quarter, over the 15th Five-Year Plan period, the same period"
    found = find_periods(text, reference=PUBLISHED)
    expected = ["quarter", "plan", None]
    assert expected == [m.refers_to for m in found]
    assert all(m.period is None and m.kind == "anaphor" for m in found)


def test_fiscal_year_with_start_month():
    """find_periods resolves fiscal years when given the opening month."""
    found = find_periods(
        "budget for FY 2025/26", reference=PUBLISHED, fiscal_year_start=7
    )
    expected = [(D(2025, 7, 1), D(2026, 6, 30))]
    assert expected == [m.period for m in found]


def test_scanning_is_linear_on_adversarial_input():
    """Long runs of near-matches finish (bounded regexes, no backtracking blow-up)."""
    for text in ("2025-" * 5000, "the " * 10000, "1" * 50000, "q1 " * 5000):
        find_periods(text, reference=PUBLISHED)


# --------------------------------------------------------------------------
# Statement dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "published", "expected"),
    [
        ("Thursday", D(2026, 3, 6), D(2026, 3, 5)),
        ("Friday", D(2026, 3, 6), D(2026, 3, 6)),
        ("Saturday", D(2026, 3, 6), D(2026, 2, 28)),
        ("monday", D(2026, 3, 2), D(2026, 3, 2)),
        (" Sunday ", D(2026, 1, 1), D(2025, 12, 28)),
    ],
)
def test_resolve_weekday(name, published, expected):
    """A weekday is the most recent such day on or before publication."""
    assert expected == resolve_weekday(name, published)


def test_resolve_weekday_rejects():
    """A word that is no weekday raises ValueError naming it."""
    with pytest.raises(ValueError, match="'Someday'"):
        resolve_weekday("Someday", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("President Xi Jinping called on Thursday for provinces", D(2026, 3, 5)),
        ("Xi said Thursday", D(2026, 3, 5)),
        ("During Thursday's deliberation, Xi spoke", D(2026, 3, 5)),
        ("on Monday morning, he said", D(2026, 3, 2)),
        ("told reporters on Friday", D(2026, 3, 6)),
        ("he said last Friday", D(2026, 2, 27)),
        ("the ministry said yesterday", D(2026, 3, 5)),
        ("Today, the ministry said", D(2026, 3, 6)),
        ("said this morning", D(2026, 3, 6)),
        ("on March 5 the premier said", D(2026, 3, 5)),
        ("on 5 March, she said", D(2026, 3, 5)),
        ("on 2026-03-05 it said", D(2026, 3, 5)),
        ("said on March 7", D(2025, 3, 7)),
        ("said on March 4, 2026", D(2026, 3, 4)),
        ("earlier this week, officials said", None),
        ("recently, officials said", None),
        ("said on Good Friday", None),
        ("he said the plan runs to 2030", None),
        ("on March 9, 2026 it will say", None),
    ],
)
def test_find_statement_date(text, expected):
    """The first date a span names, resolved against the publication date."""
    assert expected == find_statement_date(text, 0, len(text), PUBLISHED)


def test_find_statement_date_leap_day_of_last_year():
    """A leap day that would lie after publication has no earlier year to go to."""
    assert None is find_statement_date("on February 29", 0, 14, D(2024, 2, 1))


def test_find_statement_date_respects_span():
    """Dates outside the span are not seen; the earliest inside wins."""
    text = "On Monday he met them. He said on Thursday that on March 1 it began."
    assert D(2026, 3, 5) == find_statement_date(text, 23, len(text), PUBLISHED)
    assert D(2026, 3, 2) == find_statement_date(text, 0, len(text), PUBLISHED)
    assert None is find_statement_date(text, 10, 22, PUBLISHED)


_SNIPPETS = st.sampled_from(
    [
        "2025", "2026-30", "-", "Q3", "H1", " of ", "the ", "first ", "half",
        "quarter", "May", "may", "January", "Jan.", " to ", "by ", "end of ",
        "fiscal ", "FY", "/26", "than ", "from ", "same period", "last year",
        "31", "th", ",", " ", "İ", "five months", "\n", "1990s", "Thursday",
    ]
)  # fmt: skip


@given(st.lists(_SNIPPETS, max_size=12).map("".join) | st.text(max_size=60))
def test_scanning_never_raises(text):
    """Any text scans without error, and every mention lies inside it."""
    for reference in (None, PUBLISHED):
        for m in find_periods(text, reference=reference, fiscal_year_start=4):
            assert 0 <= m.start < m.end <= len(text)
            assert m.period is None or m.period[0] <= m.period[1]
    with contextlib.suppress(ValueError):
        parse_period(text, reference=PUBLISHED)
    result = find_statement_date(text, 0, len(text), PUBLISHED)
    assert result is None or result <= PUBLISHED


@pytest.mark.parametrize("gap", ["\n", "\t"])
def test_relative_period_across_a_line_break(gap):
    """'last calendar<line break>year' reads as last year (it once raised KeyError)."""
    found = find_periods(
        f"Sales rose 5 percent last calendar{gap}year.", reference=dt.date(2026, 3, 6)
    )
    assert [(dt.date(2025, 1, 1), dt.date(2025, 12, 31))] == [p.period for p in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output peaked in May and fell in June.", True),
        ("The May 2025 figures were revised.", True),
        ("Shipments fell. May 2025 was the low point.", True),
        ("Between April and May exports rose.", True),
        ("Prime Minister Theresa May spoke.", True),
        ("Operators may defer payment.", False),
        ("Exports fell. May operators defer payment?", False),
        ('He asked: "May we defer payment?"', False),
        ("May operators defer payment?", False),
    ],
)
def test_may_is_the_month_only_when_capitalised_inside_a_sentence_or_before_a_number(
    text: str, expected: bool
) -> None:
    """A capitalised "May" mid-sentence or before a number is the month."""
    start = text.lower().index("may")
    assert expected == is_month_may(text, start)


def test_a_bare_may_opening_a_sentence_is_no_period() -> None:
    """ "May we …" opening a text names no month; "in May" does."""
    ref = dt.date(2026, 7, 1)
    assert [] == find_periods("May we begin with the figures?", reference=ref)
    assert 1 == len(find_periods("Output peaked in May.", reference=ref))
