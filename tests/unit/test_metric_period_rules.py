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
    text = "Councils in England spent £2.4 billion on ferries in financial year 2024 to 2025."
    assert [("£2.4 billion", _days("2024-04-01", "2025-03-31"))] == _periods(text)


def test_financial_year_named_after_a_pair_of_years() -> None:
    """'the 2024 to 2025 financial year' is the same fiscal year."""
    text = "Ferries in Scotland carried 9 million passengers in the 2024 to 2025 financial year."
    assert [("9 million passengers", _days("2024-04-01", "2025-03-31"))] == _periods(
        text
    )


def test_bare_pair_of_years_stays_two_calendar_years() -> None:
    """'from 2024 to 2025' with no fiscal name keeps both calendar years."""
    text = "Ferry fares in England rose 6% from 2024 to 2025."
    assert [("6%", _days("2024-01-01", "2025-12-31"))] == _periods(text)
