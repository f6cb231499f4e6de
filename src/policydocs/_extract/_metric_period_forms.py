"""Period forms the period grammar does not report, read by the metric stage.

- "up to 2020" after an amount: a deadline like "by 2020" (the grammar reads
  "up to 2020" as a qualified number);
- abbreviated years, "for '24 and '25": the years, one span when joined;
- "since then": from the latest date named before the sentence (an event's
  day included) to publication, for that sentence's figures only;
- a date inside a relative clause set off by commas ("Earnings, which grew
  strongly in 2023, rose 2.2 percent") dates the figures of that clause only;
- "over the year" or "through the year" in a release: the twelve months
  ending with its reference period ("Benefit costs increased 3.7 percent over
  the year" in a September release → October to September), never carried
  on; "in the quarter" or "in the month" is the reference period itself;
- a date inside brackets dates the figures in those brackets only ("Greece
  (42.8% in July 2017), Spain (37.2%)");
- a release's title naming one month, quarter or half ("Retail Trade, June
  2024", "Labour Force Survey, 2Q24"): the reference period of its figures
  until the text names another.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from .._dates import find_periods
from .._models import Period
from ._function_words import PERIOD_LEADS
from ._lexicon import choice

if TYPE_CHECKING:
    from .._dates import PeriodMention
    from ._context import Sentence
    from ._numbers import Quantity

__all__: list[str] = []

_UP_TO_YEAR: Final = re.compile(
    r"(?<![a-z])up to (?:the end of )?((?:19|20)\d\d)"
    r"(?=[,.;:)]| (?:" + choice("metrics_up_to_year_follows") + r")(?![a-z])|\Z)"
)
_QUOTE: Final = "['\u2018\u2019]"
_SHORT_YEARS: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_short_year_leads") + r") {1,2}"
    r"(?:fiscal {1,2}|fy {0,2})?"
    + _QUOTE
    + r"(\d\d)(?:(?: {1,2}(?:"
    + choice("metrics_short_year_joins")
    + r") {1,2}|-)"
    + _QUOTE
    + r"?(\d\d))?(?![\d%])"
)
_SINCE_THEN: Final = re.compile(r"(?<![a-z])since then(?![a-z])")
#: A two-digit year up to this many years after publication is of its century.
_AHEAD_YEARS: Final = 30


def _full_year(two: str, published: dt.date | None) -> int:
    # Without a publication date the run has no "now": read the 2000s.
    if published is None:
        return 2000 + int(two)
    base = published.year - published.year % 100
    year = base + int(two)
    return year - 100 if year > published.year + _AHEAD_YEARS else year


def deadlines(low: str, start: int, end: int) -> list[tuple[int, int, Period]]:
    """The "up to YEAR" deadlines of ``low[start:end]``, as (start, end, period)."""
    if low.find("up to ", start, end) < 0:
        return []
    return [
        (m.start(1), m.end(1), Period.year(int(m.group(1))))
        for m in _UP_TO_YEAR.finditer(low, start, end)
    ]


def short_years(
    low: str, start: int, end: int, published: dt.date | None
) -> list[tuple[int, Period]]:
    """The abbreviated years of ``low[start:end]`` ("for '24 and '25")."""
    found: list[tuple[int, Period]] = []
    for m in _SHORT_YEARS.finditer(low, start, end):
        first = _full_year(m.group(1), published)
        last = _full_year(m.group(2), published) if m.group(2) else first
        if last >= first:
            found.append(
                (
                    m.start(),
                    Period(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31)),
                )
            )
    return found


def since_then(
    low: str, start: int, end: int, point: dt.date | None, published: dt.date | None
) -> tuple[int, Period] | None:
    """The "since then" of ``low[start:end]``: from *point* to publication."""
    if point is None or published is None or point > published:
        return None
    m = _SINCE_THEN.search(low, start, end)
    if m is None:
        return None
    return m.start(), Period(start=point, end=published)


_COUNTS: Final = {"two": 2, "three": 3, "six": 6, "nine": 9, "twelve": 12}
# "a three-month annualized pace of 3.8 percent in August": a trailing window.
_WINDOW: Final = re.compile(
    r"(?<![a-z0-9])(two|three|six|nine|twelve|[2-9]|1[0-2])-month"
    r"(?: {1,2}[a-z-]{2,12}){0,2} {1,2}(?:" + choice("metrics_window_nouns") + r")"
    r"(?:(?: {1,2}[a-z-]{2,12}){0,2} {1,2}(?:" + choice("metrics_window_links") + r")"
    r"(?: {1,2}(?:" + choice("metrics_window_approx") + r"))?)? {0,2}\Z"
)
#: How far before an amount its window's modifier may start.
_WINDOW_REACH: Final = 72


def trailing_window(low: str, floor: int, q_start: int, period: Period) -> Period:
    """Widen a month to the N months ending in it after an "N-month" window.

    Only a single month is widened; the window must lead straight to the amount
    ("rose at a three-month annualized pace of 3.8 percent in August" →
    June to August).
    """
    if period.start.day != 1 or (period.start.year, period.start.month) != (
        period.end.year,
        period.end.month,
    ):
        return period
    if low.find("-month", max(floor, q_start - _WINDOW_REACH), q_start) < 0:
        return period
    m = _WINDOW.search(low, max(floor, q_start - _WINDOW_REACH), q_start)
    if m is None:
        return period
    months = _COUNTS.get(m.group(1)) or int(m.group(1))
    index = period.start.year * 12 + period.start.month - 1 - (months - 1)
    return Period(start=dt.date(index // 12, index % 12 + 1, 1), end=period.end)


#: Kinds of period a release's title names as its reference period: a year
#: alone is left out, since titles name years of plans, budgets and forecasts.
_TITLE_KINDS: Final = frozenset(
    {"month", "quarter", "half", "month_range", "first_n_months", "first_n_quarters"}
)


def title_period(title: str | None, published: dt.date | None) -> Period | None:
    """The one reference period a release's title names, else None.

    "Job Openings and Labor Turnover – November 2023" → November 2023;
    "Personal Income, February 2019; Personal Outlays, January 2019" names two
    and so none; a day ("Press Briefing – August 18, 2022") dates an event.
    """
    if not title:
        return None
    found = {
        m.period
        for m in find_periods(title, reference=published)
        if m.period is not None and m.kind in _TITLE_KINDS
    }
    if len(found) != 1:
        return None
    first, last = found.pop()
    return Period(start=first, end=last)


#: No month's figures are out before it ends: a period this short that holds
#: the publication day names an issue, not a reference period.
_ISSUE_DAYS: Final = 31


def names_the_issue(period: Period | None, published: dt.date | None) -> bool:
    """Whether an opening's period names the issue ("UK Labour Market, July 2014").

    It does when it lasts a month or less and holds the publication day.
    """
    return (
        period is not None
        and published is not None
        and period.start <= published <= period.end
        and (period.end - period.start).days < _ISSUE_DAYS
    )


#: A relative clause set off by commas: an aside about its noun.
_RELATIVE_ASIDE: Final = re.compile(
    r", {1,2}(?:" + choice("metrics_aside_relatives") + r") [^,;:.]{1,120},"
)


def outside_asides(
    mentions: list[PeriodMention],
    quantities: list[Quantity],
    low: str,
    start: int,
    end: int,
) -> list[PeriodMention]:
    """A sentence's period *mentions* without those of a figureless aside.

    "Earnings in industry, which grew strongly in 2023, rose 2.2 percent":
    2023 dates what the aside says of the earnings, not the 2.2 percent.
    """
    if low.find(", wh", start, end) < 0:
        return mentions
    asides = [
        (m.start(), m.end())
        for m in _RELATIVE_ASIDE.finditer(low, start, end)
        if not any(m.start() <= q.start < m.end() for q in quantities)
    ]
    return [m for m in mentions if not any(s <= m.start < e for s, e in asides)]


_OVER_THE_YEAR: Final = re.compile(
    r"(?<![a-z])(?:over|through) the year"
    r"(?! {1,2}(?:to|ending|ended|of|before|ahead|\d))(?![a-z-])"
)
#: "in the quarter", "over the month": the release's reference period.
_IN_THE_PART: Final = re.compile(
    rf"(?<![a-z])(?:{PERIOD_LEADS}) the (month|quarter)"
    r"(?! {1,2}(?:of|to|ending|ended|before|after|ahead|\d))(?![a-z-])"
)
#: The length in months of the reference period each part word points to.
_PART_MONTHS: Final = {"month": 1, "quarter": 3}


def over_the_year(
    low: str, start: int, end: int, reference: Period | None
) -> tuple[int, Period] | None:
    """The "over the year" of ``low[start:end]``: twelve months to *reference*'s end.

    *reference* is the release's reference period ("for the 3-month period
    ending in September 2024" → October 2023 to September 2024).
    """
    if reference is None or low.find("the year", start, end) < 0:
        return None
    m = _OVER_THE_YEAR.search(low, start, end)
    if m is None:
        return None
    last = reference.end
    index = last.year * 12 + last.month - 12  # the month after, a year before
    return m.start(), Period(start=dt.date(index // 12, index % 12 + 1, 1), end=last)


_OPEN: Final = re.compile(r"\(")
_CLOSE: Final = re.compile(r"\)")


class Brackets:
    """Where a text's round brackets open and close, found once per text.

    Each question is two bisections however long the sentence or the
    bracket: no look runs back to the sentence's start or ahead to its end.
    """

    __slots__ = ("_closes", "_opens")

    def __init__(self, low: str) -> None:
        self._opens = [m.start() for m in _OPEN.finditer(low)]
        self._closes = [m.start() for m in _CLOSE.finditer(low)]

    def around(self, pos: int, end: int) -> bool:
        """Whether *pos* lies inside brackets that close before *end*.

        "Greece (42.8% in July 2017), Spain (37.2%)": the date at *pos* is
        inside the bracket that closes before Spain's figure at *end*.
        """
        i = bisect.bisect_left(self._opens, pos)
        if i == 0:
            return False
        opened = self._opens[i - 1]
        closes = self._closes
        first = bisect.bisect_left(closes, opened)
        if first < len(closes) and closes[first] < pos:
            return False  # the last bracket before *pos* closed before it
        after = bisect.bisect_left(closes, pos, first)
        return after < len(closes) and closes[after] < end


def in_the_part(
    low: str, start: int, end: int, reference: Period | None
) -> tuple[int, Period] | None:
    """The "in the quarter" of ``low[start:end]`` when the release's is a quarter.

    "Nominal GDP rose 0.6% in the quarter" in a June-quarter release → April
    to June; a month's release answers "in the month" so.
    """
    if reference is None or (
        low.find("the quarter", start, end) < 0
        and low.find("the month", start, end) < 0
    ):
        return None
    m = _IN_THE_PART.search(low, start, end)
    if m is None:
        return None
    months = (reference.end.year - reference.start.year) * 12 + (
        reference.end.month - reference.start.month + 1
    )
    return (m.start(), reference) if _PART_MONTHS[m.group(1)] == months else None


_SINCE: Final = re.compile(r"(?<![a-z])since {1,2}(?:the {1,2})?\Z")
# "the lowest since late 2021", "its strongest pace since March": the point a
# superlative is measured against, never a period of the figure.
SUPERLATIVE_SINCE: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_superlative_determiners") + r") {1,2}"
    r"(?:[a-z]{2,12}est|most|least)"
    r"(?: {1,2}[a-z-]{1,15}){0,2} {1,2}since {1,2}"
    r"(?:(?:the|late|early|mid|mid-) {0,2})?\Z"
)
#: A "since" opening its sentence: "Since February 2012, ...".
_SINCE_FRONTED: Final = re.compile(r"[\s\"'\u201c\u2018(-]{0,4}since ")


def since_span(
    m: PeriodMention,
    low: str,
    floor: int,
    published: dt.date | None,
    *,
    measured: bool,
) -> Period | None:
    """From a date "since" names to publication ("$40 million since March"), else None.

    A superlative's point of comparison ("the lowest since March") is none,
    and so is a change "since Q4 2013" in a release with a reference period
    (*measured*): it is measured to that period, "since" names the
    comparison point only. *floor* is the sentence's start.
    """
    if (
        m.period is None
        or published is None
        or measured
        or _SINCE.search(low, max(floor, m.start - 8), m.start) is None
        or SUPERLATIVE_SINCE.search(low, max(floor, m.start - 48), m.start)
    ):
        return None
    first = m.period[0]
    if m.implicit_year and first > published:
        first = first.replace(year=first.year - 1)  # the latest such month
    return Period(start=first, end=published) if first <= published else None


def fronted_since(low: str, start: int) -> bool:
    """Whether the sentence at *start* opens with "since" ("Since May 2024, …")."""
    return _SINCE_FRONTED.match(low, start) is not None


_FIRST_PERSON: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_first_person") + r")(?![a-z])"
)
#: How far into a sentence a period still opens it ("Looking back at 2013").
_FRONT: Final = 16
# "the past 12 months", "the last twelve months": a year-on-year window.
# "the past four years", "the last 18 months": a run of units counted back.
BACK_WINDOW: Final = re.compile(
    r"(?:" + choice("metrics_recent") + r") {1,2}[a-z0-9-]{1,12} {1,2}"
    r"(?:" + choice("metrics_back_window_units") + r")\Z"
)
# "the next three years", "the coming 18 months": a run of units counted
# forward, a horizon outside the contract's list (gold decision 22).
AHEAD_WINDOW: Final = re.compile(
    r"(?:" + choice("metrics_ahead") + r") {1,2}[a-z0-9-]{1,12} {1,2}"
    r"(?:" + choice("metrics_back_window_units") + r")\Z"
)
# A window one year long: "the past 12 months", "the last four quarters".
YEAR_WINDOW: Final = re.compile(
    r"(?:" + choice("metrics_recent") + r") {1,2}"
    r"(?:(?:12|twelve) {1,2}months|(?:4|four) {1,2}quarters"
    r"|(?:52|fifty-two) {1,2}weeks)\Z"
)


def fronted_period(
    regular: list[tuple[int, Period]],
    first_named: Period | None,
    low: str,
    sentence: Sentence,
) -> Period | None:
    """The period a sentence without figures opens on, which frames the report.

    "In the third quarter, the economy kept recovering. Output rose 0.8
    percent.": the quarter is the report's (EXTRACTION.md: a period carries
    on until a new one is named). A sentence in the first person narrates
    the speaker's acts ("In September, we rolled out tests"), not a report.
    """
    if first_named is None or _FIRST_PERSON.search(low, sentence.start, sentence.end):
        return None
    return next(
        (p for at, p in regular if p == first_named and at - sentence.start <= _FRONT),
        None,
    )


def back_window(m: PeriodMention, low: str) -> bool:
    """Whether a mention is a window counted from now ("the past four years").

    Such a window, back ("the past four years") or ahead ("over the next
    five years"), names no period of the contract's (a horizon): its figures
    take none, and the window is not carried on.
    """
    return m.kind == "relative" and (
        BACK_WINDOW.search(low, m.start, m.end) is not None
        or AHEAD_WINDOW.search(low, m.start, m.end) is not None
    )


def year_window(m: PeriodMention, low: str, carried: Period | None) -> Period | None:
    """The reference period a change "over the past 12 months" is reported for.

    A twelve-month window counted back from now that holds the end of the
    period carried on is a year-on-year change of that period's figures ("The
    index rose 2.7 percent over the last 12 months" in a November release →
    November), not a report on the window.
    """
    if (
        carried is None
        or m.kind != "relative"
        or m.period is None
        or YEAR_WINDOW.search(low, m.start, m.end) is None
    ):
        return None
    return carried if m.period[0] <= carried.end <= m.period[1] else None
