"""Unit tests for indicator structure: spreads, trailing participles, named changes."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)


def _indicators(text: str) -> list[tuple[str, str | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.indicator) for m in doc.metrics]


def test_acres_are_a_unit_and_the_estimated_area_is_the_indicator() -> None:
    """Acres are in unit "ac"; the subject of "estimated at" is what they measure."""
    doc = run(
        "Barley planted area is estimated at 2.6 million acres, down 4 percent.",
        published=PUBLISHED,
        source=None,
    )
    found = [(m.text, m.value, m.unit, m.indicator) for m in doc.metrics]
    assert [
        ("2.6 million acres", 2.6e6, "ac", "Barley planted area"),
        ("4 percent", -4.0, "percent", "Barley planted area"),
    ] == found


def test_a_spread_across_places_is_of_the_subject() -> None:
    """ "X ranged from A in P to B in Q": both amounts measure X, not a place."""
    assert [
        ("2.0 percent", "Jobless rates"),
        ("5.4 percent", "Jobless rates"),
    ] == _indicators(
        "Jobless rates ranged from 2.0 percent in Utah to 5.4 percent in Nevada."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The vacancy rate has undone most of its rise, falling from a 6 "
                "percent peak to 4.5 percent."
            ),
            [("6 percent", "vacancy rate"), ("4.5 percent", "vacancy rate")],
        ),
        (
            "The mill raised output, cutting costs by 5 percent.",
            [("5 percent", "costs")],
        ),
    ],
)
def test_a_trailing_change_participle_takes_the_main_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ ", falling from 6 to 4.5 percent": what falls is the main clause's subject."""
    assert expected == _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aims: output growth of around 5 percent; PPI increase of about 2 percent.",
            [
                ("around 5 percent", "output growth"),
                ("about 2 percent", "PPI increase"),
            ],
        ),
        ("Rents posted a sharp increase of 5 percent.", [("5 percent", None)]),
    ],
)
def test_a_change_noun_with_a_named_modifier_is_the_indicator(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "PPI increase of N" names what changed; "a sharp increase of N" does not."""
    assert expected == _indicators(text)


def test_a_fund_or_reserve_may_be_what_is_measured() -> None:
    """A body's name that is also a sum ("the reserve", "the fund") may be measured."""
    assert [("€5 billion", "reserve"), ("$2 billion", "fund")] == _indicators(
        "The reserve is worth €5 billion. The fund totals $2 billion."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The average herd size on dairy farms is 150 cows.",
            [("150 cows", "average herd size on dairy farms")],
        ),
        (
            "There were 4.2 million pupils in academies.",
            [("4.2 million pupils", "pupils in academies")],
        ),
        # a change verb's level or amount: "fell to N", "rose by N"
        (
            "The detention rate fell to 310 inmates per 100,000 residents.",
            [("310 inmates", "detention rate")],
        ),
        (
            "Ferry traffic rose by 9,000 passengers.",
            [("9,000 passengers", "Ferry traffic")],
        ),
    ],
)
def test_a_count_right_after_a_level_verb_measures_its_subject(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A count right after a level verb: its noun is the unit of the subject's level."""
    assert expected == _indicators(text)
