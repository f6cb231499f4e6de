"""Directives, eighth round: the modal clause's subject by structure (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def test_an_adverb_after_a_joined_clause_subject_keeps_that_subject() -> None:
    """ "… and the holder thereupon shall surrender it": the holder, past the adverb."""
    found = directives(
        "Late payment shall cancel the licence and the holder thereupon shall "
        "return the badge to the harbour office."
    )
    assert [None, "holder"] == [d.addressee for d in found]
    assert "return the badge to the harbour office" == found[1].action
