"""Unit tests for periods from structure: which sentences set the period carried on."""

from __future__ import annotations

import datetime as dt

from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 3, 6)


def _periods(text: str) -> list[tuple[str, Period | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.period) for m in doc.metrics]


def test_sentence_that_reports_nothing_dates_no_later_figure() -> None:
    """A meeting's month in a sentence without a figure dates no policy rate."""
    text = (
        "Rates were reviewed at length.\n\nThe Board met in February. "
        "The discount rate stands at 4 percent."
    )
    assert [("4 percent", None)] == _periods(text)


def test_heading_line_dates_the_figures_under_it() -> None:
    """A heading without a final stop names the period of the report below it."""
    text = (
        "Rates were reviewed at length.\n\nReview of work in 2025\n\n"
        "Exports rose 4.1 percent."
    )
    assert [("4.1 percent", Period.year(2025))] == _periods(text)


def test_list_lead_in_dates_its_items() -> None:
    """A lead-in ending in a colon dates the items of the list it opens."""
    text = (
        "Rates were reviewed at length. The goals for 2027 are:\n"
        "grain output of over 650 million tonnes;\n"
        "at least 1.1 million new jobs."
    )
    assert all(Period.year(2027) == p for _, p in _periods(text))


def test_opening_sentence_sets_the_release_reference_period() -> None:
    """A release's opening names the period of its figures though it has none."""
    text = "This release covers the third quarter of 2025.\n\nOutput rose 0.8 percent."
    expected = Period(start=dt.date(2025, 7, 1), end=dt.date(2025, 9, 30))
    assert [("0.8 percent", expected)] == _periods(text)
