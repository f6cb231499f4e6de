"""Inclusive date bounds of years, halves, quarters, months and fiscal years.

Each constructor checks its arguments and returns ``(first day, last day)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

__all__ = [
    "Bounds",
    "fiscal_part",
    "fiscal_year_bounds",
    "half_bounds",
    "month_bounds",
    "months_bounds",
    "quarter_bounds",
    "year_bounds",
    "years_bounds",
]

Bounds = tuple[dt.date, dt.date]

_MIN_YEAR: Final = 1
_MAX_YEAR: Final = 9999

# --------------------------------------------------------------------------
# Constructors of inclusive bounds
# --------------------------------------------------------------------------


def _check_year(year: int) -> None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        raise ValueError(f"expected a year between 1 and 9999, got {year!r}")


def _month_end(year: int, month: int) -> dt.date:
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def year_bounds(year: int, /) -> Bounds:
    """Return the first and last day of ``year``.

    Raises:
        ValueError: if ``year`` is outside 1..9999.

    >>> year_bounds(2025)
    (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    """
    _check_year(year)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def half_bounds(year: int, half: int, /) -> Bounds:
    """Return the first and last day of half ``half`` (1 or 2) of ``year``.

    Raises:
        ValueError: if ``half`` is not 1 or 2, or ``year`` is out of range.

    >>> half_bounds(2025, 2)
    (datetime.date(2025, 7, 1), datetime.date(2025, 12, 31))
    """
    if half not in (1, 2):
        raise ValueError(f"expected half 1 or 2, got {half!r}")
    return months_bounds(year, 6 * half - 5, 6 * half)


def quarter_bounds(year: int, quarter: int, /) -> Bounds:
    """Return the first and last day of quarter ``quarter`` (1..4) of ``year``.

    Raises:
        ValueError: if ``quarter`` is not in 1..4, or ``year`` is out of range.

    >>> quarter_bounds(2025, 4)
    (datetime.date(2025, 10, 1), datetime.date(2025, 12, 31))
    """
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"expected quarter 1 to 4, got {quarter!r}")
    return months_bounds(year, 3 * quarter - 2, 3 * quarter)


def month_bounds(year: int, month: int, /) -> Bounds:
    """Return the first and last day of ``month`` (1..12) of ``year``.

    Raises:
        ValueError: if ``month`` is not in 1..12, or ``year`` is out of range.

    >>> month_bounds(2024, 2)
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    return months_bounds(year, month, month)


def months_bounds(year: int, first: int, last: int, /) -> Bounds:
    """Return the bounds of months ``first`` through ``last`` of ``year``.

    Raises:
        ValueError: if a month is outside 1..12 or ``last`` precedes ``first``.

    >>> months_bounds(2026, 1, 5)
    (datetime.date(2026, 1, 1), datetime.date(2026, 5, 31))
    """
    _check_year(year)
    if not (1 <= first <= 12 and 1 <= last <= 12):
        raise ValueError(f"expected months 1 to 12, got {first!r} and {last!r}")
    if last < first:
        raise ValueError(f"expected month {last!r} not to precede month {first!r}")
    return dt.date(year, first, 1), _month_end(year, last)


def years_bounds(first: int, last: int, /) -> Bounds:
    """Return the bounds of the whole years ``first`` through ``last``.

    Raises:
        ValueError: if ``last`` precedes ``first`` or a year is out of range.

    >>> years_bounds(2026, 2030)
    (datetime.date(2026, 1, 1), datetime.date(2030, 12, 31))
    """
    _check_year(first)
    _check_year(last)
    if last < first:
        raise ValueError(f"expected year {last!r} not to precede year {first!r}")
    return dt.date(first, 1, 1), dt.date(last, 12, 31)


def fiscal_year_bounds(year: int, start_month: int, /) -> Bounds:
    """Return the bounds of the fiscal year that ends in ``year``.

    ``start_month`` is the month the fiscal year opens with: 7 for Kenya or
    Australia (July-June), 4 for the United Kingdom or India, 10 for the US
    federal government; 1 makes fiscal years calendar years.

    Raises:
        ValueError: if ``start_month`` is not in 1..12 or ``year`` is out of range.

    >>> fiscal_year_bounds(2026, 7)
    (datetime.date(2025, 7, 1), datetime.date(2026, 6, 30))
    """
    if not 1 <= start_month <= 12:
        raise ValueError(f"expected a start month 1 to 12, got {start_month!r}")
    if start_month == 1:
        return year_bounds(year)
    _check_year(year - 1)
    _check_year(year)
    return dt.date(year - 1, start_month, 1), _month_end(year, start_month - 1)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def fiscal_part(bounds: Bounds, year: int, start_month: int, /) -> Bounds:
    """Return ``bounds``, a part of calendar ``year``, moved into its fiscal year.

    The fiscal year is the one that ends in ``year`` (:func:`fiscal_year_bounds`);
    the part keeps its place in it: the first quarter of fiscal 2008 opening in
    October is October to December 2007.

    >>> fiscal_part((dt.date(2008, 1, 1), dt.date(2008, 3, 31)), 2008, 10)
    (datetime.date(2007, 10, 1), datetime.date(2007, 12, 31))
    """
    first = fiscal_year_bounds(year, start_month)[0]
    delta = (first.year - year) * 12 + first.month - 1
    start = _add_months(bounds[0].year, bounds[0].month, delta)
    end = _add_months(bounds[1].year, bounds[1].month, delta)
    return dt.date(start[0], start[1], 1), _month_end(*end)
