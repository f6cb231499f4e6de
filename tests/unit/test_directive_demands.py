"""Demands and calls whose act is a noun phrase or a gerund (issue 13, demands)."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs import Directive, Force, parse
from policydocs._extract import _rules

DAY = dt.date(2026, 3, 5)


def directives(text: str) -> tuple[Directive, ...]:
    return parse(text, published=DAY).directives


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "The plan lifts growth by cutting fees and pressing for court reform.",
            "court reform",
        ),
        (
            "That means pressing for wider access to credit markets.",
            "wider access to credit markets",
        ),
        (
            "Lenders can help by insisting on audits of every branch.",
            "audits of every branch",
        ),
    ],
)
def test_a_gerund_press_for_or_insist_on_is_a_demand(
    sentence: str, action: str
) -> None:
    """ "by pressing for X", "means insisting on X": only an actor presses."""
    (d,) = directives(sentence)
    assert (Force.DEMAND, action) == (d.force, d.action)


@pytest.mark.parametrize(
    "sentence",
    [
        "Pressing for changes now would be unwise.",
        "The shortage is most pressing for small bakeries.",
    ],
)
def test_a_gerund_subject_or_adjective_pressing_is_no_demand(sentence: str) -> None:
    """A gerund subject talks about pressing; "most pressing for" is an adjective."""
    assert () == directives(sentence)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "I urge swift approval of the harbour bill.",
            "swift approval of the harbour bill",
        ),
        (
            "In talks abroad, she urged continued progress on the fisheries accord.",
            "continued progress on the fisheries accord",
        ),
        ("The mayor urged caution.", "caution"),
        (
            "I urge your prompt consideration of the Harbour Renewal Act.",
            "your prompt consideration of the Harbour Renewal Act",
        ),
    ],
)
def test_urge_with_a_noun_object_recommends_it(sentence: str, action: str) -> None:
    """ "urged continued progress on X": the noun phrase is the act urged."""
    (d,) = directives(sentence)
    assert (Force.RECOMMENDATION, action, _rules.URGE_OBJECT) == (
        d.force,
        d.action,
        d.rule,
    )
    assert None is d.addressee


def test_urge_with_a_person_and_no_infinitive_asks_nothing() -> None:
    """ "We urged the minister yesterday" names someone but no act."""
    assert () == directives("We urged the minister yesterday.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Critics are insisting that the grant be tied to results.",
        "She backed the loan, while insisting that the grant be tied to results.",
    ],
)
def test_insisting_needs_no_named_subject(sentence: str) -> None:
    """Only an actor insists: "while insisting that X be …" demands it."""
    (d,) = directives(sentence)
    assert (Force.DEMAND, "the grant be tied to results") == (d.force, d.action)


def test_pressed_for_time_is_no_demand() -> None:
    """A past participle "pressed for time" describes, it presses for nothing."""
    assert () == directives("The minister, pressed for time, left early.")


def test_joined_actors_of_a_that_clause_are_one_addressee() -> None:
    """ "insisted that Chile, Peru and Panama change …": all three are asked."""
    (d,) = directives(
        "The envoy insisted that Chile, Peru and Panama change their laws."
    )
    assert ("Chile, Peru and Panama", "change their laws") == (d.addressee, d.action)


def test_a_time_word_after_the_one_asked_is_no_part_of_them() -> None:
    """ "appealed to residents yesterday to save water": the residents."""
    (d,) = directives("The mayor appealed to residents yesterday to save water.")
    assert ("residents", "save water") == (d.addressee, d.action)
