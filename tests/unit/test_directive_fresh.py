"""Directives, seventh round second wave: first-contact errors on fresh text."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, Force, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def test_a_clause_that_is_prohibited_is_a_negated_obligation() -> None:
    """ "The use of drones is prohibited": nobody may; the clause is the action."""
    found = directives(
        "The use of drones over the harbour is prohibited. "
        "Fishing in the reservoirs is banned. "
        "Open fires on the dunes are forbidden."
    )
    assert [(Force.OBLIGATION, True, None)] * 3 == [
        (d.force, d.negated, d.addressee) for d in found
    ]
    assert "The use of drones over the harbour is prohibited" == found[0].action


def test_prohibited_from_keeps_its_addressee_after_the_be_form() -> None:
    """ "Brokers are prohibited from …" still names the brokers and the act barred."""
    (found,) = directives("Brokers are prohibited from selling client data.")
    assert ("Brokers", "selling client data", True) == (
        found.addressee,
        found.action,
        found.negated,
    )


def test_topic_labels_of_a_colon_list_are_no_speakers() -> None:
    """ "two areas:" then "Port Regulation: …" lines: topics, not transcript turns."""
    doc = parse(
        "The ministry set up a port forum. It will work in two areas:\n\n"
        "Port Regulation: Lenders will share data on loans.\n\n"
        "Harbour Engagement: The agency will publish a code for pilots.",
        published=DAY,
        source="Ministry of Ports",
    )
    assert [] == [s.speaker for s in doc.statements]
    assert {"Ministry of Ports"} == {d.issuer for d in doc.directives}


def test_named_speakers_after_a_colon_line_still_hold_the_floor() -> None:
    """ "as follows:" then "Ana Berg: …" lines are still a transcript's turns."""
    doc = parse(
        "The briefing went as follows:\n\n"
        "Ana Berg: We will publish the code in May.\n\n"
        "Tom Lind: The agency will consult on fees.",
        published=DAY,
    )
    assert ["Ana Berg", "Tom Lind"] == [d.issuer for d in doc.directives]


def test_a_title_with_its_body_after_the_is_no_person_named_by_the_body() -> None:
    """ "Captain of the Port may …" names the office, not a person called Port."""
    found = directives(
        "The Captain of the Harbour may close the quay. "
        "Each Regional Inspector or Captain of the Port may board a vessel."
    )
    assert [
        "Captain of the Harbour",
        "Each Regional Inspector or Captain of the Port",
    ] == [d.addressee for d in found]


def test_a_bar_already_in_place_is_a_decision_taken() -> None:
    """ "When a ship has been barred from X, the master may …": only "may" directs."""
    found = directives(
        "When a ship has been barred from entering the port, the harbour master "
        "may allow entry. The firm had been banned from bidding."
    )
    assert [(Force.PERMISSION, "harbour master")] == [
        (d.force, d.addressee) for d in found
    ]


def test_a_need_inside_an_if_clause_is_a_condition() -> None:
    """ "if they need to rest", "If a bank has to close …": no duty laid down."""
    found = directives(
        "Pilots take a short break if they need to rest. "
        "If a bank has to close a branch, the bank must notify the regulator."
    )
    assert [("bank", "notify the regulator")] == [
        (d.addressee, d.action) for d in found
    ]
