"""A change's basis when the text names none: the month it reports on.

A monthly release reports a change over its reference month without saying
"from the previous month" ("Personal income increased 1.0 percent in
December"); a comparison date after the amount ("up 12 percent from June
2009" in a June 2010 report) gives the gap instead. Levels, revisions, goals
and changes over a year or a quarter keep no basis unless the text names one
(docs/metrics.md).
"""

from __future__ import annotations

import bisect
import re
from calendar import monthrange
from typing import TYPE_CHECKING, Final

from . import _units as lex
from ._lexicon import Gated, choice, ints, texts, words
from ._lexicon import alternation as _trie

if TYPE_CHECKING:
    import datetime as dt

    from .._dates import PeriodMention
    from .._models import Period
    from ._numbers import Quantity

__all__ = ["Comparisons", "implicit_basis", "span_basis"]

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


#: A comparison lead between an amount and the point it is compared with:
#: "4.5 percent (±0.8 percent) above the revised July figure", "by 3.5%
#: compared with June 2013", "up 1 percent from last quarter".
_COMPARISON_LEAD: Final = re.compile(
    r"(?: {0,2}\([^()]{0,30}\)\*?)?,? {1,2}(?:"
    + _trie((*lex.BASIS_LEADS, *words("basis_point_leads")))
    + r")(?: {1,2}(?:"
    + choice("basis_point_articles")
    + r"))?(?: {1,2}(?:"
    + choice("basis_point_qualifiers")
    + r"))? {1,2}\Z"
)
#: How far after an amount its comparison point may start.
_POINT_REACH: Final = 60
#: A comparison that opens its sentence ("Compared with September 2016, …")
#: governs every change of the sentence, not only the first.
_OPENING: Final = 20
#: Two spans of the same length differ by at most this many days (months of
#: 28 to 31 days, quarters of 90 to 92).
_SAME_LENGTH: Final = 3
#: More days than this between a change's start and an earlier point: the
#: point lies before the year the change is compared with.
_YEAR_GAP: Final = 366
_FROM_POINT: Final = re.compile(r"(?<![a-z])(?:from|since)(?![a-z])")
#: How many period mentions back a comparison point before an amount is looked for.
_BACK_POINTS: Final = 4
_ELIDED_CHANGE: Final = re.compile(r"(?:,|and|or) {1,2}by {1,2}\Z")
#: Period kinds a comparison point can be named by.
_POINT_KINDS: Final = frozenset(words("basis_point_kinds"))


class Comparisons:
    """The comparison points of one text, looked up by position.

    A change with a period and a comparison point of the same length ("up 9
    percent from June 1, 2014" for June 1, 2015; "compared with 2013" for
    2014; "since Q4 2013" for Q1 2014) has the basis of the gap between them:
    a month, a quarter or a year (``_BASIS_OF_GAP``).
    """

    def __init__(self, low: str, mentions: list[PeriodMention]) -> None:
        self._low = low
        self._points = [
            (m.start, m.end, m.period[0], m.period[1], m.kind == "comparison")
            for m in mentions
            if m.period is not None and m.kind in _POINT_KINDS
        ]
        #: Points named without their year ("above the July figure"): the
        #: latest such span before the change's is meant.
        self._yearless = {m.start for m in mentions if m.implicit_year}
        self._starts = [p[0] for p in self._points]

    def basis(
        self,
        q: Quantity,
        period: Period | None,
        bounds: tuple[int, int, int],
    ) -> str | None:
        """The basis of the gap from *q*'s comparison point to *period*.

        *bounds* are the sentence's start, the end of the amount before *q*
        (or the sentence's start) and the end of *q*'s clause. The point
        is the first one after the amount behind a comparison lead, else one
        before it in a lead ("Compared with September 2016, unemployment fell
        by …", "a decrease, since Q4 2013, of 253,000"): that needs a change
        word, and no amount between it and *q* unless it opens the sentence.
        """
        if period is None:
            return None
        sentence_start, previous_end, stop = bounds
        low = self._low
        i = bisect.bisect_left(self._starts, q.end)
        if i < len(self._points):
            start, _, first, last, _ = self._points[i]
            if (
                start < min(stop, q.end + _POINT_REACH)
                and _COMPARISON_LEAD.fullmatch(low, q.end, start) is not None
            ):
                if start in self._yearless:
                    first, last = _latest_before(period.start, first, last)
                return _gap_basis(period, first, last)
        # the nearest comparison point before the amount: a few periods of
        # its own sentence may lie between ("in March 2025")
        j = i - 1
        while j >= max(0, i - _BACK_POINTS) and not self._points[j][4]:
            j -= 1
        if j < max(0, i - _BACK_POINTS):
            return None
        start, end, first, last, _ = self._points[j]
        if (
            start < sentence_start
            or end > q.start
            or (previous_end > start and start - sentence_start > _OPENING)
            or not (
                _is_change(low, q, sentence_start)
                # "fell by 12,000 in A and by 8,000 in B": the change word's
                # second amount
                or _ELIDED_CHANGE.search(low, max(sentence_start, q.start - 9), q.start)
            )
        ):
            return None
        return _gap_basis(period, first, last)

    def from_long_before(self, day: dt.date, start: int, end: int) -> bool:
        """Whether a change between *start* and *end* runs from before last year.

        "rose from $2,784 in 2013 to $5,712 in 2017": a point more than a
        year before *day* after "from" or "since" is where the change starts.
        """
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._points) and self._points[i][0] < end:
            point, _, _, last, _ = self._points[i]
            if (day - last).days > _YEAR_GAP and _FROM_POINT.search(
                self._low, max(start, point - _POINT_REACH), point
            ):
                return True
            i += 1
        return False


def _latest_before(
    day: dt.date, first: dt.date, last: dt.date
) -> tuple[dt.date, dt.date]:
    """The span *first*-*last* moved by whole years to end just before *day*."""
    years = (
        day.year
        - last.year
        - (1 if (last.month, last.day) >= (day.month, day.day) else 0)
    )
    try:
        return first.replace(year=first.year + years), last.replace(
            year=last.year + years
        )
    except ValueError:  # February 29 in a year without one
        return first, last


def _gap_basis(period: Period, first: dt.date, last: dt.date) -> str | None:
    """The basis of a change over *period* against the span *first*-*last*."""
    length = (period.end - period.start).days
    if (
        abs(length - (last - first).days) > _SAME_LENGTH
        or period.start.day != first.day
    ):
        return None
    return _BASIS_OF_GAP.get(_months(period.start) - _months(first))


#: Spans of a year that make a change over them year-on-year: "rose 2.5
#: percent over the last 12 months", "for the 12-month period ending in
#: September", "increased 3.6 percent over the year".
_YEAR_SPAN: Final = re.compile(
    r"(?<![a-z0-9-])(?:" + _trie(words("basis_year_spans")) + r")(?![a-z-])"
)
_REFERENCES: Final = texts("basis_references")
#: A reference point right after the amount, with no lead: "after falling
#: 0.2 percent the previous month".
_BARE_REFERENCE: Final = re.compile(r" {1,2}(" + _trie(_REFERENCES) + r")(?![a-z])")
#: Days from the first to the last day of a year, leap or not.
_YEAR_DAYS: Final = frozenset({364, 365})


def span_basis(
    low: str,
    q: Quantity,
    bounds: tuple[int, int, int],
    period: Period | None,
    comparisons: Comparisons,
) -> str | None:
    """The basis the span a change covers gives it, with no basis named.

    *bounds* are the clause's start, the end of the amount before *q* (or the
    sentence's start) and where *q*'s own stretch ends. A reference point
    right after a changed amount names it ("0.2 percent the previous month"); a
    change over twelve months ("over the last 12 months", "for the year
    ended in September") or over one whole year ("GDP grew by 1.2% in 2011")
    is year-on-year (EXTRACTION.md's basis; real gold, a change in an annual
    total against the year before), unless its clause counts it from a point
    further back ("from 28.3 per cent in 2003/04").
    """
    clause, previous_end, stop = bounds
    change = _is_change(low, q, clause)
    bare = _BARE_REFERENCE.match(low, q.end)
    if bare is not None and change:
        return _REFERENCES[bare.group(1)]
    if (change or q.unit == "percent") and (
        _YEAR_SPAN.search(low, q.end, min(stop, q.end + _POINT_REACH)) is not None
        or _YEAR_SPAN.search(low, previous_end, q.start) is not None
    ):
        return "year-on-year"
    if (
        change
        and period is not None
        and (period.end - period.start).days in _YEAR_DAYS
        and not comparisons.from_long_before(period.start, clause, stop)
    ):
        return "year-on-year"
    return None
