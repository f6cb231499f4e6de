"""Unit tests for indicator structure: elided subjects, inner modifiers, list lines."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)


def _indicators(text: str) -> list[tuple[str, str | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.indicator) for m in doc.metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tin prices climbed 3.1 percent in May, yet slid 6.4 percent in the year.",
            [("3.1 percent", "Tin prices"), ("6.4 percent", "Tin prices")],
        ),
        (
            "Ferry traffic grew 8 percent, then dropped 2 percent in the autumn.",
            [("8 percent", "Ferry traffic"), ("2 percent", "Ferry traffic")],
        ),
        (
            "The vacancy rate eased to 3.9 percent, having climbed to 4.4 percent.",
            [("3.9 percent", "vacancy rate"), ("4.4 percent", "vacancy rate")],
        ),
    ],
)
def test_a_verb_whose_subject_is_left_out_keeps_the_indicator_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A verb with no subject of its own ("…, yet slid 6 percent") names no linker."""
    assert expected == _indicators(text)


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle after a preposition modifies the noun after it
        (
            "The number of passengers hurt in reported rail incidents rose 4 percent.",
            [("4 percent", "number of passengers hurt in reported rail incidents")],
        ),
        # the preposition of a reduced relative clause inside the subject
        (
            "Electricity generated from wind was 20 TWh.",
            [("20 TWh", "Electricity generated from wind")],
        ),
        # a dated time inside the subject, with the comma between day and year
        (
            "The stock of dairy cows on March 1, 2024 was 9.4 million head.",
            [("9.4 million", "stock of dairy cows")],
        ),
    ],
)
def test_a_subject_runs_on_over_its_inner_modifiers(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """Participles, their prepositions and a dated time keep a subject whole."""
    assert expected == _indicators(text)


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
            "Timber exports reached a value of €2 billion.",
            [("€2 billion", "value of Timber exports")],
        ),
        (
            "Nearly 40,000 grants, with a total value of $90 million, were paid.",
            [
                ("Nearly 40,000 grants", "grants"),
                ("$90 million", "total value of grants"),
            ],
        ),
    ],
)
def test_a_bare_value_noun_is_the_value_of_its_thing(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """ "reached a value of N" and ", with a total value of N" name the thing valued."""
    assert expected == _indicators(text)


def test_advance_is_a_change_noun() -> None:
    """ "A 3.2 percent advance in fuel prices": the change's object is the indicator."""
    assert [("3.2 percent", "fuel prices")] == _indicators(
        "A 3.2 percent advance in fuel prices also contributed to the rise."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fees are:\n\n(a) First licence—$400;\n\n(b) Renewal—$150.",
            [("$400", "First licence"), ("$150", "Renewal")],
        ),
        (
            "Maximum levels:\n\n1. arsenic, 10 mg/L\n\n2. nitrate, 50 mg/L",
            [("10 mg/L", "arsenic"), ("50 mg/L", "nitrate")],
        ),
        ("Total Annual Cost: $75,000.", [("$75,000", "Total Annual Cost")]),
    ],
)
def test_a_list_line_of_a_name_and_an_amount_names_the_indicator(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """A line holding only a name, a dash, colon or comma and an amount: the name."""
    assert expected == _indicators(text)


def test_a_unit_noun_counted_is_no_indicator() -> None:
    """A counted unit ("4.2 billion bushels") is no indicator: the subject is."""
    assert [("4.2 billion bushels", "Wheat production")] == _indicators(
        "Wheat production is forecast at 4.2 billion bushels."
    )


def test_a_threshold_inside_the_subject_is_read_over() -> None:
    """A threshold defining the group ("weighing under 40 pounds") is in the subject."""
    found = _indicators("Sales of lambs weighing under 40 pounds were 2,000 head.")
    assert ("2,000", "Sales of lambs weighing under 40 pounds") == found[-1]


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
