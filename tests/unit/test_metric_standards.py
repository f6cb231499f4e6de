"""Unit tests for the quantities that make up a rule's standard."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)


def _found(text: str) -> list[tuple[str, float, str]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.value, m.unit) for m in doc.metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each inspector shall have at least two years of field experience.",
            [("at least two years", 2.0, "year")],
        ),
        (
            "A pilot may not fly without first resting 12 consecutive hours.",
            [("12 consecutive hours", 12.0, "h")],
        ),
        (
            "Flying is not permitted if more than 9 hours have passed.",
            [("more than 9 hours", 9.0, "h")],
        ),
        (
            "A crew may work a total of 10 hours in one shift.",
            [("10 hours", 10.0, "h")],
        ),
        (
            "Each depot shall keep at least one officer responsible for safety.",
            [("at least one", 1.0, "count")],
        ),
        (
            "Each applicant must hold at least one year of practice.",
            [("at least one", 1.0, "year")],
        ),
    ],
)
def test_rule_standard_is_a_metric(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """A minimum, a cap or a trigger a rule sets is measured."""
    assert expected == _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Operators shall reply within 30 days.", []),
        (
            "Crews may not work more than 60 hours in any period of 7 days.",
            [("more than 60 hours", 60.0, "h")],
        ),
        ("The council discussed the plan for two hours.", []),
        ("He worked there at least two years.", []),
    ],
)
def test_deadlines_windows_and_narrative_durations_are_no_standard(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """Deadlines, rolling windows and lengths of time outside a rule stay durations."""
    assert expected == _found(text)


def test_list_item_continues_the_rule_of_its_lead_in() -> None:
    """An enumerated item under a rule's lead-in is part of that rule."""
    text = (
        "An auditor shall hold one of the following:\n"
        "(a) a degree in accounting; or\n"
        "(b) six years of audit experience."
    )
    assert [("six years", 6.0, "year")] == _found(text)
