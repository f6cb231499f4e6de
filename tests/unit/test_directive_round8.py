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


def test_a_legal_instrument_in_a_passive_by_phrase_is_no_agent() -> None:
    """ "may be changed only by Act of Parliament": the means, nobody bound."""
    found = directives(
        "The harbour limits may be changed only by Act of Parliament. "
        "Pilot fees shall be fixed by order of the Harbour Master. "
        "Pilot fees shall be collected by the harbour office."
    )
    assert [None, None, "harbour office"] == [d.addressee for d in found]


def test_a_noun_phrase_right_after_a_noun_opens_the_modal_clause() -> None:
    """ "These are the rules the pilots have to follow": the pilots, not the run."""
    found = directives(
        "These are the rules the pilots have to follow. "
        "The board cut the fees the ferry lines must pay. "
        "A notice calculated to reach the owner shall be posted."
    )
    assert ["pilots", "ferry lines", None] == [d.addressee for d in found]


def test_a_cue_participle_opening_the_clause_is_no_part_of_the_subject() -> None:
    """ "…, noting the pilots must …": the pilots, not "noting the pilots"."""
    found = directives(
        "The harbour board welcomed the ruling, noting the pilots must renew "
        "their licences by June. The board met, adding that ferry lines should "
        "publish their fares."
    )
    assert ["pilots", "ferry lines"] == [d.addressee for d in found]
