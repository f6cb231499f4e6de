"""Who a directive binds: heads, enumerators, pronouns and joined agents (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def only(text: str, *, source: str | None = None) -> Directive:
    found = parse(text, published=DAY, source=source).directives
    assert len(found) == 1, [(d.trigger, d.action) for d in found]
    return found[0]


def test_enumerator_left_out_of_a_subject_with_a_relative_clause() -> None:
    """ "(d) A vendor who sells … shall": the vendor, without "d)"."""
    d = only("(d) A vendor who sells bait without a licence shall pay a fine.")
    assert ("vendor", "pay a fine") == (d.addressee, d.action)
