"""Unit tests for the number formats and signs of real policy texts."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)


def _read(text: str) -> list[tuple[str, float, float | None, str, bool]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.value, m.upper, m.unit, m.target) for m in doc.metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Output should grow about 1½% next year.",
            [("about 1½%", 1.5, None, "percent", True)],
        ),
        (
            "Wage growth held at 4¾ per cent.",
            [("4¾ per cent", 4.75, None, "percent", False)],
        ),
        (
            "The jobless rate rose 0.3%p on the year.",
            [("0.3%p", 0.3, None, "percentage_point", False)],
        ),
        (
            "The council approved a 75- basis-point increase.",
            [("75- basis-point", 0.75, None, "percentage_point", False)],
        ),
        (
            "The 412,000 new permits beat forecasts.",
            [("412,000 new permits", 412000.0, None, "count", False)],
        ),
        (
            "The port slipped to 14th in the league table.",
            [("14th", 14.0, None, "rank", False)],
        ),
        (
            "The vacancy rate edged down by two tenths.",
            [("two tenths", -0.2, None, "percentage_point", False)],
        ),
        (
            "Exports rose by a tenth in 2025.",
            [("a tenth", 10.0, None, "percent", False)],
        ),
        (
            "The office gave a revised lower estimate of $3.2 billion.",
            [("$3.2 billion", 3.2e9, None, "USD", False)],
        ),
        (
            "Arrears fell by $4 billion.",
            [("$4 billion", -4e9, None, "USD", False)],
        ),
        (
            "Crews moved 5 or 8 miles inland.",
            [("5 or 8 miles", 5.0, 8.0, "mi", False)],
        ),
        (
            "One-in-eight tenants are behind on rent.",
            [("One-in-eight", 12.5, None, "percent", False)],
        ),
        (
            "The tide peaked at 11 feet.",
            [("11 feet", 11.0, None, "ft", False)],
        ),
        (
            "Payrolls decreased in mining (-12,000) and rose in retail (+9,000).",
            [
                ("-12,000", -12000.0, None, "count", False),
                ("+9,000", 9000.0, None, "count", False),
            ],
        ),
        (
            "Prices are on a path down toward our 2 percent goal.",
            [("2 percent", 2.0, None, "percent", True)],
        ),
        (
            "Hires edged down and retirements (1.2 million) changed little.",
            [("1.2 million", 1.2e6, None, "count", False)],
        ),
    ],
)
def test_formats_and_signs(
    text: str, expected: list[tuple[str, float, float | None, str, bool]]
) -> None:
    """Each written form reads to its value, sign and unit."""
    assert expected == _read(text)


def test_level_reached_in_a_range_is_not_a_change() -> None:
    """'fall to 1-2 per cent' is the level reached, 1 to 2, not a fall of 1 to 2."""
    found = _read("Inflation should fall to 1–2 per cent next year.")
    assert [(1.0, 2.0, "percent")] == [(v, u, unit) for _, v, u, unit, _ in found]


def test_difference_from_a_past_year_is_no_target() -> None:
    """'up 90 billion from 2025' after a planned total is a difference, not a goal."""
    found = _read("Outlays will be 2.4 trillion yuan, up 90 billion yuan from 2025.")
    assert [True, False] == [target for *_, target in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wool bale shipments were at an annual rate of 1,294,000.",
            [("1,294,000", 1294000.0, None, "count", False)],
        ),
        (
            "Payrolls rose by 142,000 in May compared with 89,000 in April.",
            [
                ("142,000", 142000.0, None, "count", False),
                ("89,000", 89000.0, None, "count", False),
            ],
        ),
    ],
)
def test_bare_number_after_a_measure_noun_is_a_count(
    text: str, expected: list[tuple[str, float, float | None, str, bool]]
) -> None:
    """'a rate of 1,294,000', 'compared with 89,000': a measured bare number."""
    assert expected == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Growers planted 41.2 million acres of wheat.",
            [("41.2 million acres", 41.2e6, None, "ac", False)],
        ),
        (
            "The harvest reached 2.1 billion bushels.",
            [("2.1 billion bushels", 2.1e9, None, "bu", False)],
        ),
        (
            "The average yield reached 48.5 bushels per acre.",
            [("48.5 bushels per acre", 48.5, None, "bu/ac", False)],
        ),
        (
            "Gin output reached 3.4 million bales.",
            [("3.4 million bales", 3.4e6, None, "bale", False)],
        ),
        (
            "Lint yield reached 850 pounds per acre.",
            [("850 pounds", 850.0, None, "lb/ac", False)],
        ),
    ],
)
def test_farm_units(
    text: str, expected: list[tuple[str, float, float | None, str, bool]]
) -> None:
    """Acres, bushels and bales take their symbols; a weight per acre is a yield."""
    assert expected == _read(text)


def test_decimal_before_a_scale_takes_no_later_group() -> None:
    """'9.1 million 480-pound bales' is 9.1 million, not 9,100,480."""
    got = _read("Gin output reached 9.1 million 480-pound bales.")
    assert ("9.1 million", 9.1e6) == got[0][:2]


def test_tons_in_a_dollar_text_are_short_tons() -> None:
    """'tons' beside dollars are US short tons; 'metric tons' stay tonnes."""
    got = _read(
        "The mill shipped 40,000 tons of pulp worth $9 million "
        "and 2,000 metric tons of paper."
    )
    assert [("40,000 tons", "ton"), ("2,000 metric tons", "t")] == [
        (t, unit) for t, _, _, unit, _ in got if unit in {"ton", "t"}
    ]


def test_reduced_amount_of_a_substance_is_positive() -> None:
    """'reduced 9,000 tons of runoff' is an avoided quantity; 'cut by' is a change."""
    got = _read(
        "The grants have reduced 9,000 tons of runoff since 2019, costing $4 million. "
        "Fees were cut by 5 percent."
    )
    assert [("9,000 tons", 9000.0), ("5 percent", -5.0)] == [
        (t, v) for t, v, _, unit, _ in got if unit in {"ton", "percent"}
    ]


def test_cut_the_named_level_is_positive() -> None:
    """'cut the $3bn cost of delays' names the cost's level, not a change."""
    got = _read("The plan will cut the $3bn cost of delays.")
    assert ("$3bn", 3e9) == got[0][:2]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Members rose by 3,000 to reach 117,000.", "117,000"),
        ("Sites numbered 4,100, an increase of 2,300 on the year.", "2,300"),
        ("Claims are now totalling 4,500.", "4,500"),
        ("Visits ended the year hitting 12,000.", "12,000"),
    ],
)
def test_measuring_words_before_a_bare_number(text: str, figure: str) -> None:
    """Every form of 'reach', 'total', 'hit' and a change noun with 'of' measure."""
    assert figure in [t for t, *_ in _read(text)]


def test_floor_and_ceiling_joined_by_and_are_one_range() -> None:
    """'not less than 2 percent and not more than 4 percent' is one range 2-4."""
    doc = run(
        "Lenders shall charge a fee of not less than 2 percent and not more "
        "than 4 percent of the loan.",
        published=PUBLISHED,
        source=None,
    )
    assert [(2.0, 4.0, "percent", None)] == [
        (m.value, m.upper, m.unit, m.approx) for m in doc.metrics
    ]


def test_bounds_of_two_groups_stay_apart() -> None:
    """'more than 40 percent of men and less than 30 percent of women' are two."""
    got = _read("More than 40 percent of men and less than 30 percent of women voted.")
    assert [40.0, 30.0] == [v for _, v, *_ in got]
