"""Directives, sixth round: structure that transfers to unseen text (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def test_it_after_a_fronted_clause_stands_for_its_role() -> None:
    """ "Where a distributor …, it shall …": the distributor; a plain "it" is no one."""
    found = directives(
        "Where a distributor finds that a toy is unsafe, it shall notify the maker. "
        "The levy is small and it shall be reviewed each year."
    )
    assert [
        ("distributor", "notify the maker"),
        (None, "it shall be reviewed each year"),
    ] == [(d.addressee, d.action) for d in found]
