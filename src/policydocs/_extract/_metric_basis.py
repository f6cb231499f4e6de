"""A change's basis when the text names none: the month it reports on.

A monthly release reports a change over its reference month without saying
"from the previous month" ("Personal income increased 1.0 percent in
December"); a comparison date after the amount ("up 12 percent from June
2009" in a June 2010 report) gives the gap instead. Levels, revisions, goals
and changes over a year or a quarter keep no basis unless the text names one
(docs/metrics.md).
"""

from __future__ import annotations

import re
from calendar import monthrange
from typing import TYPE_CHECKING, Final

from . import _units as lex
from ._lexicon import Gated, ints
from ._lexicon import alternation as _trie

if TYPE_CHECKING:
    import datetime as dt

    from .._models import Period
    from ._numbers import Quantity

__all__ = ["implicit_basis"]

_LEVEL_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.LEVEL_BEFORE) + r") {0,2}\Z"
)
_NEXT_WORD: Final = re.compile(r" {1,2}([a-z][a-z-]{0,20})(?![a-z-])")
_NOUN_BRACKET: Final = re.compile(r"[a-z] {0,2}\( {0,2}\Z")
#: How far before an amount a change word governs it: "increased $179.0
#: billion (1.0 percent)" makes both amounts the change.
_CHANGE_REACH: Final = 60
_CHANGE_WORD: Final = re.compile(
    r"(?<![a-z-])(?:" + lex.CHANGE_ALTERNATION + r")"
    r"(?![a-z-])"
)
_MONTH_NUMBERS: Final = ints("months", "month")
#: A comparison date after the amount: "up 12 percent from June 2009".
_COMPARED_DATE: Final = re.compile(
    r"(?<![a-z])(?:from|above|below|than|over|compared (?:with|to)) {1,2}"
    r"(?:(?P<month>"
    + _trie(_MONTH_NUMBERS)
    + r")\.? {1,2})?(?P<year>(?:19|20)[0-9]{2})"
    r"(?![0-9])"
)
_DIGIT: Final = re.compile(r"[0-9]")
_RESTATED: Final = re.compile(r"(?:\(|,? or) {0,2}\Z")
_REVISION: Final = re.compile(r"(?<![a-z])revis(?:ed|es|e|ions?)(?![a-z])")
#: ``_REVISION`` searched from its literal: the look-behind first would make
#: ``re`` try every offset of the clause.
_REVISION_SCAN: Final = Gated(_REVISION, "revis")
_TO_LEVEL: Final = re.compile(r" {1,2}(?:to|at)(?![a-z])")
_BASIS_OF_GAP: Final = {
    1: "month-on-month",
    3: "quarter-on-quarter",
    12: "year-on-year",
}


def _is_change(low: str, q: Quantity, clause: int) -> bool:
    """Whether *q* is an amount of change: signed, or governed by a change word."""
    if low[q.num_start : q.num_start + 1] in {"+", "-", "−"}:
        return True
    after = _NEXT_WORD.match(low, q.end)
    if after is not None and _CHANGE_WORD.fullmatch(after.group(1)):
        return True  # "a $2 billion decrease"
    start = max(clause, q.start - _CHANGE_REACH)
    if _LEVEL_BEFORE.search(low, start, q.start) is not None or (
        _NOUN_BRACKET.search(low, max(start, q.start - 4), q.start) is not None
        and _DIGIT.search(low, max(start, q.start - 16), q.start) is None
    ):
        return False  # "fell to 5.5 million", "quits (3.5 million)": levels
    change = None
    for change in _CHANGE_WORD.finditer(low, start, q.start):  # noqa: B007
        pass
    if change is None or _TO_LEVEL.match(low, change.end()) is not None:
        return False  # "decreased to 5.5 million and 5.3 million": levels
    # Another amount between the change word and this one is the change; this
    # one restates it only in brackets or after "or" ("$179.0 billion (1.0
    # percent)", "$23.8 billion or 1.5 percent"), else it is a level or share
    # of its own ("grew 8.9 percent and accounted for 12.4 percent").
    return (
        _DIGIT.search(low, change.end(), q.start) is None
        or _RESTATED.search(low, max(start, q.start - 5), q.start) is not None
    )


def _months(day: dt.date) -> int:
    """Months since year 0, so two dates' difference is a count of months."""
    return day.year * 12 + day.month - 1


def _one_month(period: Period) -> bool:
    start, end = period.start, period.end
    return (
        start.day == 1
        and (end.year, end.month) == (start.year, start.month)
        and end.day == monthrange(end.year, end.month)[1]
    )


def implicit_basis(
    low: str, q: Quantity, clause: int, stop: int, period: Period | None
) -> str | None:
    """The basis a change over its own month implies, with no basis named.

    A change dated by a comparison ("up 12 percent from June 2009" for June
    2010) compares with that date; a change over one month with no comparison
    compares with the month before (a monthly release's convention: "Personal
    income increased 1.0 percent in December"). A revision compares two
    estimates, not two months, and a year's change or a goal's keeps no basis
    unless the text names one.
    """
    if (
        period is None
        or not _one_month(period)
        or _REVISION_SCAN.search(low, clause, stop) is not None
        or not _is_change(low, q, clause)
    ):
        return None
    compared = _COMPARED_DATE.search(low, q.end, min(stop, q.end + 40))
    if compared is not None:
        month = compared.group("month")
        if month is None:
            return None  # "from 2018": a year's level, not a stated basis
        then = int(compared.group("year")) * 12 + _MONTH_NUMBERS[month] - 1
        return _BASIS_OF_GAP.get(_months(period.start) - then)
    return "month-on-month"
