"""series(): one indicator's values across a corpus, matched by normalised wording."""

from __future__ import annotations

import datetime as dt

import pytest

import policydocs
from policydocs._compare_text import indicator_words


def edition(year: int, growth: str, jobs: str) -> policydocs.Document:
    return policydocs.parse(
        f"Title: Work report {year}\nDate: {year}-03-05\nSource: Linhai\n\n"
        f"The main targets for development this year are: GDP growth of around "
        f"{growth} percent; over {jobs} new urban jobs.\n\n"
        f"Last year, GDP grew {growth} percent."
    )


@pytest.fixture(scope="module")
def corpus() -> list[policydocs.Document]:
    return [edition(2026, "5", "900,000"), edition(2025, "5.5", "850,000")]


def test_points_are_ordered_by_publication(corpus):
    """Editions come oldest first, whatever order the corpus is given in."""
    s = policydocs.series(corpus, indicator="GDP growth", target=True, unit="percent")
    assert [dt.date(2025, 3, 5), dt.date(2026, 3, 5)] == [p.published for p in s]
    assert [5.5, 5.0] == [p.value for p in s]


def test_abbreviations_plurals_and_case_fold():
    """'GDP' matches 'gross domestic product'; 'Consumer Prices' matches 'CPI'."""
    assert indicator_words("GDP growth") == indicator_words(
        "Gross Domestic Product growth"
    )
    assert indicator_words("CPI") == indicator_words("consumer prices")
    assert indicator_words("consumer price index") == indicator_words("CPI")
    assert indicator_words("new jobs") == indicator_words("new job")


def test_query_words_must_all_be_in_the_indicator(corpus):
    """'unemployment rate' matches nothing in a corpus that never names it."""
    assert 0 == len(policydocs.series(corpus, indicator="unemployment rate"))


def test_target_and_outcome_filters(corpus):
    """target=False keeps outcomes only; None keeps both."""
    both = policydocs.series(corpus, indicator="GDP growth")
    outcomes = policydocs.series(corpus, indicator="GDP growth", target=False)
    assert all(not p.target for p in outcomes)
    assert len(both) > len(outcomes)


def test_unit_by_code_or_family(corpus):
    """unit='count' and unit='percent' split the same corpus."""
    counts = policydocs.series(corpus, unit="count")
    assert counts.points
    assert all(p.unit == "count" for p in counts)
    assert all(p.unit == "percent" for p in policydocs.series(corpus, unit="percent"))


def test_subject_filter_ignores_case_and_leading_the():
    """subject='the linhai province' finds metrics whose subject is Linhai Province."""
    doc = policydocs.parse("date 2026-01-01 Exports rose 5 percent in 2025.")
    s = policydocs.series(doc, subject="Nowhere")
    assert 0 == len(s)


def test_table_and_frames(corpus):
    """table() rows carry the period as two dates; the frames keep every column."""
    s = policydocs.series(corpus, indicator="GDP growth", target=True, unit="percent")
    rows = s.table()
    assert dt.date(2025, 1, 1) == rows[0]["period_start"]
    pytest.importorskip("pandas")
    assert list(rows[0]) == list(s.to_pandas().columns)
    pl = pytest.importorskip("polars")
    assert pl.Date == s.to_polars().schema["period_start"]


def test_an_indicator_without_content_words_is_refused(corpus):
    """indicator='the' is a ValueError, not a query that matches everything."""
    with pytest.raises(ValueError, match="content word"):
        policydocs.series(corpus, indicator="the")


def test_something_else_in_the_corpus_is_a_type_error():
    """A string in the corpus raises TypeError naming what it found."""
    with pytest.raises(TypeError, match="found str"):
        policydocs.series(["not a document"])  # type: ignore[list-item]
