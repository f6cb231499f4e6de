"""Unit tests for indicator structure: elided subjects, complements, phrases inside subjects."""

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
            "Tin prices climbed 3.1 percent in March, yet slid 6.4 percent over the year.",
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
    """A second verb with no subject of its own ("…, yet slid 6 percent") names no linker."""
    assert expected == _indicators(text)


def test_acres_are_a_unit_and_the_estimated_area_is_the_indicator() -> None:
    """"92.0 million acres" is in unit "ac", measuring the subject of "estimated at"."""
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
