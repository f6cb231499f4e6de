"""The day a statement was made: weekday words and dated days around its cue.

:func:`find_statement_date` reads one range of text; :class:`StatementDays`
answers many ranges of one sentence from one scan of it (the statements
stage asks once per statement). Periods come from :mod:`policydocs._dates`.
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from ._dates import find_periods
from ._period_grammar import _WEEKDAYS, PeriodMention, _alternation, _Pattern

if TYPE_CHECKING:
    import re
    from collections.abc import Iterable, Iterator

__all__ = ["StatementDays", "find_statement_date", "resolve_weekday"]


def resolve_weekday(name: str, published: dt.date, /) -> dt.date:
    """Return the most recent ``name`` day on or before ``published``.

    The same day counts: a text published on a Thursday that says "on
    Thursday" means that day.

    Raises:
        ValueError: if ``name`` is not an English weekday name.

    >>> import datetime
    >>> resolve_weekday("Thursday", datetime.date(2026, 3, 6))
    datetime.date(2026, 3, 5)
    """
    from dateutil.relativedelta import relativedelta, weekday

    key = name.strip().lower()
    if key not in _WEEKDAYS:
        raise ValueError(
            f"expected an English weekday name such as 'Thursday', got {name!r}"
        )
    return published + relativedelta(weekday=weekday(_WEEKDAYS[key], -1))


_WEEKDAY_NAMES: Final = _alternation([w.capitalize() for w in _WEEKDAYS])
# Holidays named after a weekday are no statement dates.
_HOLIDAY_BEFORE: Final = (
    "Black ",
    "Good ",
    "Super ",
    "Cyber ",
    "Holy ",
    "Ash ",
    "Maundy ",
)
_STATEMENT_DAY: Final = _Pattern(
    rf"\b(?P<last>last\s)?(?P<wd>{_WEEKDAY_NAMES})\b"
    r"|\b(?P<rel>yesterday|today|tonight|this\s(?:morning|afternoon|evening))\b"
    r"|\b(?P<Rel>Yesterday|Today|Tonight|This\s(?:morning|afternoon|evening))\b"
)


def find_statement_date(
    text: str, start: int, end: int, published: dt.date, /
) -> dt.date | None:
    """Return the date a span of text says a statement was made, or ``None``.

    Looks in ``text[start:end]`` for the first of: a weekday ("on Thursday",
    "said Thursday", "on Monday morning"; "last Thursday" excludes the day of
    publication), "yesterday", "today", "this morning", a day with or without
    a year ("on March 5", "on 5 March", "2026-03-05"). A day without a year is
    the most recent such day on or before ``published``. Vague phrases
    ("earlier this week", "recently") give ``None``, as does a named day
    after ``published``.

    >>> import datetime
    >>> find_statement_date("Xi said on Thursday", 0, 19, datetime.date(2026, 3, 6))
    datetime.date(2026, 3, 5)
    """
    candidates: list[tuple[int, dt.date]] = []
    for m in _STATEMENT_DAY.finditer(text, start, end):
        try:
            resolved = _resolve_statement_day(m, text, published)
        except OverflowError:
            # "on Thursday" or "yesterday" before 0001-01-01: no such day.
            continue
        if resolved is not None:
            candidates.append((m.start(), resolved))
            break
    for mention in find_periods(text, reference=published, start=start, end=end):
        if mention.kind == "day" and mention.period is not None:
            day = mention.period[0]
            if mention.implicit_year and day > published:
                try:
                    day = day.replace(year=day.year - 1)
                except ValueError:
                    continue
            if day <= published:
                candidates.append((mention.start, day))
            break
    if not candidates:
        return None
    return min(candidates)[1]


_T = TypeVar("_T")


class StatementDays:
    """:func:`find_statement_date` for many ranges of one sentence, scanned once.

    The statement stage asks for the day around each statement's cue: ranges
    that open at the sentence start or close at its end. Scanning each range
    afresh made a long sentence of many dated statements quadratic; this
    index scans the sentence once (its period mentions and its weekday
    words) and answers each range from it. Where a range edge could change
    what a scan of the range itself would find (it cuts into a mention or a
    word, or clips the words a mention's meaning looks back on) it scans
    the range as before, so each answer is the one
    :func:`find_statement_date` gives.
    """

    __slots__ = (
        "_days",
        "_end",
        "_mentions",
        "_published",
        "_start",
        "_text",
        "_weekdays",
    )

    def __init__(self, text: str, start: int, end: int, published: dt.date) -> None:
        self._text, self._start, self._end, self._published = (
            text,
            start,
            end,
            published,
        )
        self._mentions = _Spans(
            (m.start, m.end, m)
            for m in find_periods(text, reference=published, start=start, end=end)
        )
        self._days = _Spans(
            (m.start, m.end, _day_outcome(m, published))
            for _, _, m in self._mentions.items
            if m.kind == "day" and m.period is not None
        )
        self._weekdays = _Spans(
            (m.start(), m.end(), _statement_day_or_none(m, text, published))
            for m in _STATEMENT_DAY.finditer(text, start, end)
        )

    def find(self, lo: int, hi: int) -> dt.date | None:
        """``find_statement_date(text, lo, hi, published)``, from the index."""
        if not self._answerable(lo, hi):
            return find_statement_date(self._text, lo, hi, self._published)
        candidates: list[tuple[int, dt.date]] = []
        for start, _, day in self._weekdays.inside(lo, hi):
            if day is not None:
                candidates.append((start, day))
                break
        for start, _, outcome in self._days.inside(lo, hi):
            if outcome is _SKIP:
                continue
            if isinstance(outcome, dt.date):
                candidates.append((start, outcome))
            break
        return min(candidates)[1] if candidates else None

    def _answerable(self, lo: int, hi: int) -> bool:
        """Whether the sentence scan says what a scan of ``[lo, hi)`` would."""
        text = self._text
        if not self._start <= lo <= hi <= self._end:
            return False
        for edge in (lo, hi):
            if self._mentions.straddles(edge) or self._weekdays.straddles(edge):
                return False
        # A cut right after a word or a full stop may end a shorter match there.
        if hi < self._end and (text[hi - 1].isalnum() or text[hi - 1] == "."):
            return False
        if lo > self._start:
            if lo < self._end and text[lo].isalnum() and text[lo - 1].isalnum():
                return False
            # A mention reads up to 24 characters before it ("by the end of").
            first = self._mentions.first_at(lo)
            if first is not None and first < lo + _CONTEXT_REACH:
                return False
        return True


#: How far before a mention its context is read (``_contextualise``), plus a
#: margin: a range opening closer than this to a mention is scanned itself.
_CONTEXT_REACH: Final = 32


class _Skip:
    """A day mention that a range scan steps over (its year cannot go back)."""


_SKIP: Final = _Skip()


def _day_outcome(mention: PeriodMention, published: dt.date) -> dt.date | _Skip | None:
    """What a day mention gives :func:`find_statement_date`: a day, skip or stop."""
    assert mention.period is not None  # noqa: S101 - only day mentions with a period
    day = mention.period[0]
    if mention.implicit_year and day > published:
        try:
            day = day.replace(year=day.year - 1)
        except ValueError:
            return _SKIP
    return day if day <= published else None


def _statement_day_or_none(
    m: re.Match[str], text: str, published: dt.date
) -> dt.date | None:
    try:
        return _resolve_statement_day(m, text, published)
    except OverflowError:
        return None


class _Spans(Generic[_T]):
    """Non-decreasing spans with a value each, searchable by offset."""

    __slots__ = ("_max_end", "_starts", "items")

    def __init__(self, items: Iterable[tuple[int, int, _T]]) -> None:
        self.items = list(items)
        self._starts = [start for start, _, _ in self.items]
        self._max_end: list[int] = []
        reach = -1
        for _, end, _ in self.items:
            reach = max(reach, end)
            self._max_end.append(reach)

    def straddles(self, offset: int) -> bool:
        """Whether a span starts before ``offset`` and ends after it."""
        i = bisect.bisect_left(self._starts, offset) - 1
        return i >= 0 and self._max_end[i] > offset

    def first_at(self, offset: int) -> int | None:
        """The start of the first span starting at or after ``offset``."""
        i = bisect.bisect_left(self._starts, offset)
        return self._starts[i] if i < len(self._starts) else None

    def inside(self, lo: int, hi: int) -> Iterator[tuple[int, int, _T]]:
        """The spans within ``[lo, hi)``, in order."""
        for i in range(bisect.bisect_left(self._starts, lo), len(self.items)):
            item = self.items[i]
            if item[0] >= hi:
                return
            if item[1] <= hi:
                yield item


def _resolve_statement_day(
    m: re.Match[str], text: str, published: dt.date
) -> dt.date | None:
    if m.group("wd"):
        if text.endswith(_HOLIDAY_BEFORE, 0, m.start()):
            return None
        day = resolve_weekday(m.group("wd"), published)
        if m.group("last") and day == published:
            day -= dt.timedelta(days=7)
        return day
    word = (m.group("rel") or m.group("Rel")).lower()
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    return published
