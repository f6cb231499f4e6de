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
