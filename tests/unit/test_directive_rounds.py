"""Directives on real texts, fourth round's second pass (issue 13): invented sentences."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str) -> tuple[Directive, ...]:
    return parse(text, published=DAY).directives


def test_poll_share_saying_they_would_is_an_answer_not_a_pledge() -> None:
    """ "61 per cent said they would …": a survey answer, no commitment."""
    text = (
        "In the survey, 61 per cent said they would visit a clinic if they felt ill. "
        "Half of respondents said they would switch banks."
    )
    assert () == directives(text)


def test_body_saying_it_would_still_commits() -> None:
    """ "The council said it would …": a reported pledge of the council."""
    found = directives("The council said it would repave the square by June.")
    assert [("commitment", "repave the square by June")] == [
        (d.force.value, d.action) for d in found
    ]
