"""Unit tests for amounts written as a list: one unit, one sign, "respectively"."""

from __future__ import annotations

import datetime as dt

from policydocs._extract._metric_lists import items
from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 3, 6)


def _metrics(text: str) -> list[tuple[str, float, str, str | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.value, m.unit, m.indicator) for m in doc.metrics]


def test_unit_written_once_is_every_amounts() -> None:
    """'2.1 and 3.4 percent': the bare number takes the unit after the last."""
    found = _metrics("Wool and cotton exports rose 2.1 and 3.4 percent, respectively.")
    assert [
        ("2.1", 2.1, "percent", "Wool exports"),
        ("3.4 percent", 3.4, "percent", "cotton exports"),
    ] == found


def test_scale_written_once_is_every_amounts() -> None:
    """'$2.1 and $3.4 billion': the first amount is billions too."""
    doc = run(
        "Grants and loans were $2.1 and $3.4 billion.", published=PUBLISHED, source=None
    )
    assert [2.1e9, 3.4e9] == [m.value for m in doc.metrics]


def test_change_word_before_the_first_amount_signs_the_list() -> None:
    """'fell 1.2 percent and 2.4 percent': both are falls."""
    doc = run(
        "Timber and pulp prices fell 1.2 percent and 2.4 percent.",
        published=PUBLISHED,
        source=None,
    )
    assert [-1.2, -2.4] == [m.value for m in doc.metrics]


def test_a_new_clause_keeps_its_own_sign() -> None:
    """'fell 1.2 percent and imports rose 2 percent' is no list."""
    doc = run(
        "Exports fell 1.2 percent and imports rose 2 percent.",
        published=PUBLISHED,
        source=None,
    )
    assert [-1.2, 2.0] == [m.value for m in doc.metrics]


def test_respectively_gives_each_amount_its_subject_and_period() -> None:
    """A subject list and a period list are read in order."""
    doc = run(
        "Employment in mining, farming and fishing rose 3.2%, 1.4% and 5.6% "
        "in 2023, 2024 and 2025, respectively.",
        published=PUBLISHED,
        source=None,
    )
    assert [
        "Employment in mining",
        "Employment in farming",
        "Employment in fishing",
    ] == [m.indicator for m in doc.metrics]
    assert [Period.year(y) for y in (2023, 2024, 2025)] == [
        m.period for m in doc.metrics
    ]


def test_items_share_a_head_or_a_qualifier() -> None:
    """A head noun after the last item or a preposition in the first is shared."""
    assert ["Food prices", "energy prices"] == items("Food and energy prices", 2)
    assert ["rates for men", "rates for women"] == items("rates for men and women", 2)
    assert ["exports", "imports"] == items("exports and imports", 2)
    assert items("exports and imports", 3) is None


def test_one_period_after_respectively_dates_the_whole_list() -> None:
    """'18.3% and 20.4% respectively in September 2024': both September 2024."""
    doc = run(
        "In January 2026, the rates were 16.6% and 18.7%, compared with 18.3% and "
        "20.4% respectively in September 2024.",
        published=PUBLISHED,
        source=None,
    )
    september = Period.month(2024, 9)
    january = Period.month(2026, 1)
    assert [january, january, september, september] == [m.period for m in doc.metrics]


def test_respectively_before_the_amounts_and_a_serial_comma() -> None:
    """'the price of wool, cotton, and silk was respectively up by 3.6, 0.2 and 1.4'."""
    doc = run(
        "In October, the price of wool, cotton, and silk was respectively up by "
        "3.6, 0.2 and 1.4 percent.",
        published=PUBLISHED,
        source=None,
    )
    assert ["price of wool", "price of cotton", "price of silk"] == [
        m.indicator for m in doc.metrics
    ]


def test_a_change_repeated_with_its_verb_left_out_keeps_its_sign() -> None:
    """'decreased by 116 000 in the north and by 96 000 in the south': both falls."""
    doc = run(
        "Unemployment decreased by 116 000 in the north and by 96 000 in the south. "
        "Exports fell by 2 percent in May and rose by 3 percent in June.",
        published=PUBLISHED,
        source=None,
    )
    assert [-116000.0, -96000.0, -2.0, 3.0] == [m.value for m in doc.metrics]


def test_a_pair_from_to_dates_its_ends_and_the_change() -> None:
    """'fell by nine per cent from 28.3 per cent in 2003 to 19.3 per cent in 2011'."""
    doc = run(
        "The share has fallen by nine per cent from 28.3 per cent in 2003 to 19.3 "
        "per cent in 2011. In Greece it went from 23.4% to 21.0% between July "
        "2016 and July 2017.",
        published=PUBLISHED,
        source=None,
    )
    assert [
        Period.years(2003, 2011),
        Period.year(2003),
        Period.year(2011),
        Period.month(2016, 7),
        Period.month(2017, 7),
    ] == [m.period for m in doc.metrics]


def test_a_pair_of_shares_of_a_whole_and_the_cut_before_it() -> None:
    """'cut by more than half, from 9.8 percent of GDP in 2009 to 2.8 percent'."""
    doc = run(
        "The deficit has been cut by more than half, from 9.8 percent of GDP in 2009 "
        "to 2.8 percent in 2014.",
        published=PUBLISHED,
        source=None,
    )
    assert [Period.years(2009, 2014), Period.year(2009), Period.year(2014)] == [
        m.period for m in doc.metrics
    ]
    assert "deficit as a share of GDP" == doc.metrics[1].indicator
