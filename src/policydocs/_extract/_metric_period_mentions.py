"""A text's period mentions, and each sentence's sorted into what dates figures.

``_Periods`` holds the period grammar's mentions of a text with the state
carried from sentence to sentence (the carried period, the release's opening
period, the spans never carried on). :func:`_sort_mentions` reads one
sentence's mentions into the periods it names, its deadlines ("by 2035") and
the first period it names, narrowing or widening each by the words around it;
:func:`_add_forms` adds the forms the period grammar does not report. Which
quantity gets which of these periods, and what is carried on, is decided in
``_metric_periods``; this module only reads the mentions, so that the choice
stays short enough to read in one place.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._dates import parse_period
from .._models import Period
from . import _metric_period_forms as forms
from ._function_words import PERIOD_LEADS
from ._lexicon import choice, word_set
from ._metric_period_points import (
    _COMPARED_FIGURE,
    _EVENT_AFTER,
    _NAMED_AFTER,
    _compared,
    _skipped,
)

if TYPE_CHECKING:
    import datetime as dt

    from .._dates import PeriodMention
    from ._context import Sentence
    from ._lexicon import Gated

__all__: list[str] = []

_AHEAD: Final = re.compile(r"(?<![a-z])(?:" + choice("metrics_ahead") + r")(?![a-z])")
_BY_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_by_leads") + r") (?:the )?\Z"
)
# "since issuing its first award in 2012": an event's date after "since".
_SINCE_EVENT: Final = re.compile(
    r"(?<![a-z])since {1,2}[a-z][a-z'’ -]{2,44}? {1,2}(?:in|on) {1,2}(?:the {1,2})?\Z"
)
# "for the remainder of 2024": from publication to the period's end.
_REMAINDER: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_remainder") + r") {1,2}of {1,2}(?:the {1,2})?\Z"
)
# "at the end of November compared to the end of October": a change between
# two stocks is the flow over the period whose end the first names.
_STOCK_COMPARED: Final = re.compile(
    r" {0,2},? {0,2}(?:compared (?:to|with)|from|versus|over) {1,2}the end of "
)
# Two periods joined by "and" after a figure ("in 2010 and 2011") are one span,
# unless a "respectively" list gives each item its own.
_JOINED: Final = re.compile(r" {1,2}and {1,2}(?:in {1,2})?")
_BULLETS: Final = ("- ", "\u2022", "* ", "\u2013 ", "\u00b7")
_RESPECTIVELY: Final = re.compile(r"[^.;]{0,80}respectively")
# Only a span that dates a figure right before it ("4 percent in 2010 and
# 2011"); "estimates for December 2018 and January 2019" names two reports.
_FIGURE_BEFORE: Final = re.compile(
    r"(?:\d|percent|per cent|%|[a-z]{0,8}illion)(?: [a-z]{1,10})? {1,2}"
    rf"(?:{PERIOD_LEADS}) {{1,2}}(?:the {{1,2}})?\Z"
)
_LAST_DAY_OF: Final = re.compile(
    r"(?<![a-z])last (?:(?:"
    + choice("metrics_day_kinds")
    + r") )?day of (?:the {1,2})?\Z"
)
# Period kinds that name a period; the others point back, compare or set a day.
_NAMING: Final = word_set("metrics_naming")


def _period_of(mention: PeriodMention) -> Period | None:
    if mention.period is None:
        return None
    start, end = mention.period
    return Period(start=start, end=end)


class _Periods:
    """The period mentions of a text, walked sentence by sentence."""

    def __init__(
        self, mentions: list[PeriodMention], published: dt.date | None
    ) -> None:
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.published = published
        self.carried: Period | None = None
        # The latest carried period not over by publication: what a goal or a
        # commitment ("We will raise … by 20 yuan") refers to when an aside
        # about the past ("Last year, …") came between.
        self.current: Period | None = None
        self.last_by_kind: dict[str, Period] = {}
        self._marks: dict[Gated, list[int]] = {}
        self._brackets: forms.Brackets | None = None
        # Spans up to publication ("since March") and stock days ("the last
        # business day of May"): one figure's, never carried on to the next.
        self.uncarried: set[Period] = set()
        # This sentence's spans "over the year": its figures', not carried on.
        self.not_carried: set[Period] = set()
        # A release's reference period: what its first sentence reports on.
        # Each new paragraph without a period of its own goes back to it.
        self.opening: Period | None = None
        # The opening named only the issue ("UK Labour Market, July 2014"):
        # the first period a sentence reports on becomes the opening's.
        self.awaiting_opening = False
        # Whether the text is a measuring body's release (its source measures
        # a jurisdiction): its changes "since" a period are of its own period.
        self.release = False
        # Whether the latest sentence leads in a list, and whether a list's
        # items are being read: they continue the lead-in's period.
        self.lead_in = False
        self.in_list = False
        # Spans "between A and B": the later period B, which a level reached
        # ("to reach 25.8 million") is of, while a change spans both.
        self.span_ends: dict[Period, Period] = {}
        self.paragraph = 0
        # Whether the text is a measuring body's own (its report runs on
        # across paragraphs), and whether the carried period was named before
        # the current paragraph of a text that is not.
        self.measured = False
        self.stale = False
        self.headed = False
        # Figures a comparison point introduces ("the July rate of 911,000"),
        # by where they start: dated by the point, never carried on.
        self.compared_figures: dict[int, Period | None] = {}
        # Where the latest date named so far starts: what "since then" means.
        self.last_point: dt.date | None = None
        # Where the sentence's first window counted back ("in the last two
        # years") starts: no carried period reaches past it.
        self.window_at = 0
        # The period the sentence opens on ("In 2013, …"), if it names one.
        self.fronted: Period | None = None

    def enter(self, sentence: Sentence, low: str) -> None:
        """Start *sentence*; a new paragraph goes back to the opening's period.

        The items of a list (bulleted lines after a lead-in ending in a colon)
        continue their lead-in's report instead.
        """
        if sentence.paragraph != self.paragraph:
            self.paragraph = sentence.paragraph
            item = low.startswith(_BULLETS, sentence.start)
            self.in_list = self.lead_in or (self.in_list and item)
            if self.opening is not None and not self.in_list:
                self.carry(self.opening)
            elif not (self.measured or self.in_list or self.headed):
                # outside a release a new paragraph opens a new report: the
                # period carried so far dates its goals, not its outcomes (a
                # heading's period still dates the report under it)
                self.stale = True
        tail = low[sentence.start : sentence.end].rstrip(" \n\"'”’)")
        self.lead_in = tail.endswith(":")
        self.headed = not tail.endswith((".", "!", "?", ",", ";"))

    def brackets(self, low: str) -> forms.Brackets:
        """The text's bracket index, built on first use."""
        if self._brackets is None:
            self._brackets = forms.Brackets(low)
        return self._brackets

    def marked(self, pattern: Gated, low: str, start: int, end: int) -> int:
        """Where *pattern* first matches in ``low[start:end]``, else -1.

        Each pattern is searched once over the whole text; sentences look its
        matches up by bisection, so a long text stays linear.
        """
        found = self._marks.get(pattern)
        if found is None:
            found = [m.start() for m in pattern.finditer(low)]
            self._marks[pattern] = found
        i = bisect.bisect_left(found, start)
        return found[i] if i < len(found) and found[i] < end else -1

    def carry(self, period: Period | None) -> None:
        if period != self.carried:
            self.stale = False
        self.carried = period
        if period is not None and (
            self.published is None or period.end >= self.published
        ):
            self.current = period

    def is_past(self, period: Period) -> bool:
        return self.published is not None and period.end < self.published

    def in_sentence(self, sentence: Sentence) -> list[PeriodMention]:
        first = bisect.bisect_left(self.starts, sentence.start)
        last = bisect.bisect_left(self.starts, sentence.end, first)
        return self.mentions[first:last]

    def resolve_anaphor(self, mention: PeriodMention) -> Period | None:
        if mention.refers_to is not None and mention.refers_to in self.last_by_kind:
            return self.last_by_kind[mention.refers_to]
        return self.carried

    def note(self, mention: PeriodMention, period: Period, *, ahead: bool) -> None:
        # A dated event ("on March 5") and a horizon ahead ("over the next five
        # years") do not set the period later figures report on.
        if mention.kind == "day" or ahead:
            return
        self.carry(period)
        self.last_by_kind[mention.kind] = period
        if mention.kind in {"plan", "range"}:
            self.last_by_kind["plan"] = period


def _add_forms(
    mentions: list[PeriodMention],
    regular: list[tuple[int, Period]],
    by_year: list[tuple[int, int, Period]],
    *,
    sentence: Sentence,
    periods: _Periods,
    low: str,
) -> None:
    """Add the forms the period grammar does not report (``_metric_period_forms``).

    "since then" spans from the latest date named before the sentence to
    publication, for this sentence's figures only.
    """
    point = periods.last_point
    for m in reversed(mentions):
        # an event's date counts ("would open on April 15"), a name's does not
        if (
            m.period is not None
            and m.kind not in {"comparison", "anaphor"}
            and _EVENT_AFTER.match(low, m.end) is None
            and _NAMED_AFTER.match(low, m.end) is None
        ):
            periods.last_point = m.period[0]
            break
    found = forms.short_years(low, sentence.start, sentence.end, periods.published)
    then = forms.since_then(low, sentence.start, sentence.end, point, periods.published)
    year = forms.over_the_year(
        low, sentence.start, sentence.end, periods.opening or periods.carried
    )
    if then is not None:
        periods.uncarried.add(then[1])
        found.append(then)
    periods.not_carried = set()
    if year is not None:
        periods.not_carried.add(year[1])  # the report's period stays the one on
        found.append(year)
    part = forms.in_the_part(low, sentence.start, sentence.end, periods.opening)
    if part is not None:
        found.append(part)
    for entry in found:
        bisect.insort(regular, entry, key=lambda r: r[0])
    if deadlines := forms.deadlines(low, sentence.start, sentence.end):
        by_year.extend(deadlines)
        by_year.sort(key=lambda b: b[0])


def _sort_mentions(
    mentions: list[PeriodMention], sentence: Sentence, periods: _Periods, low: str
) -> tuple[list[tuple[int, Period]], list[tuple[int, int, Period]], Period | None]:
    """A sentence's periods that name one, its deadlines, and the first one named."""
    regular: list[tuple[int, Period]] = []
    by_year: list[tuple[int, int, Period]] = []
    periods.window_at = sentence.end
    first_named: Period | None = None
    prev: PeriodMention | None = None
    for m in mentions:
        if m.kind == "comparison" and m.period is not None and periods.published:
            since_then = forms.since_span(
                m,
                low,
                sentence.start,
                periods.published,
                measured=periods.release and periods.opening is not None,
            )
            if since_then is not None:
                regular.append((m.start, since_then))
                if forms.fronted_since(low, sentence.start):
                    # "Since February 2012, the police have cut …": the span
                    # the report is about, carried on like any named period
                    periods.carry(since_then)
                    periods.last_by_kind[m.kind] = since_then
                else:
                    periods.uncarried.add(since_then)
            continue
        if _skipped(m, low, sentence.start, periods.opening):
            figure = _COMPARED_FIGURE.match(low, m.end)
            if (
                figure is not None
                and m.period is not None
                and _compared(low, sentence.start, m.start)
            ):
                # "above the revised July estimate of 1,264,000": the date is
                # no period of the report, but it is that figure's own
                periods.compared_figures[figure.end()] = _period_of(m)
            continue
        if m.kind == "anaphor":
            # "over the same period" points back to the latest period, this
            # sentence's own included.
            period = periods.resolve_anaphor(m)
            if period is not None:
                regular.append((m.start, period))
        elif m.kind == "by_year" or (
            m.kind in {"quarter", "half", "month", "day", "year"}
            and _BY_LEAD.search(low, max(0, m.start - 10), m.start) is not None
        ):
            # "by 2035", "by the fourth quarter of 2026": a deadline for its own
            # quantity, never carried on; "by the end of the second quarter"
            # is that quarter.
            period = (
                _whole_after_end(m, low, periods.published)
                or _to_date(m, low, periods.carried)
                or _period_of(m)
            )
            if period is not None:
                by_year.append((m.start, m.end, period))
        elif m.kind in _NAMING or m.kind in {"day", "fiscal_year"}:
            period = _named_period(m, low, periods)
            if period is not None and _LAST_DAY_OF.search(
                low, max(sentence.start, m.start - 32), m.start
            ):
                # "on the last business day of November": a stock on that day;
                # the flows reported after it keep the month
                regular.append((m.start, Period(start=period.end, end=period.end)))
                periods.uncarried.add(regular[-1][1])
                periods.note(m, period, ahead=False)
                first_named = first_named or period
                continue
            if period is not None:
                period = _own_span(m, period, low, periods.published, sentence)
                if regular and prev is not None and _between(prev, m, low):
                    # "between March to May 2013 and March to May 2014": a
                    # change over the whole span, a level at its end
                    span = Period(start=regular[-1][1].start, end=period.end)
                    periods.span_ends[span] = period
                    if first_named == regular[-1][1]:
                        first_named = span
                    regular[-1] = (regular[-1][0], span)
                    periods.note(m, span, ahead=False)
                    prev = m
                    continue
                if regular and prev is not None and _joins(prev, m, low, sentence):
                    # "in 2010 and 2011": one span from the first to the second
                    regular[-1] = (
                        regular[-1][0],
                        Period(start=regular[-1][1].start, end=period.end),
                    )
                    periods.note(m, regular[-1][1], ahead=False)
                    if first_named is not None and first_named.end < period.end:
                        first_named = regular[-1][1]
                    prev = m
                    continue
                prev = m
                regular.append((m.start, period))
                ahead = _AHEAD.search(low, m.start, m.end) is not None
                periods.note(m, period, ahead=ahead)
                if first_named is None and m.kind != "day" and not ahead:
                    first_named = period
    return regular, by_year, first_named


def _named_period(m: PeriodMention, low: str, periods: _Periods) -> Period | None:
    """A naming mention's period; none for "the past four years", nor a carried one."""
    period = forms.year_window(m, low, periods.carried)
    if period is None and forms.back_window(m, low):
        periods.window_at = min(periods.window_at, m.start)
        return None
    return period or _period_of(m)


def _own_span(
    m: PeriodMention,
    period: Period,
    low: str,
    published: dt.date | None,
    sentence: Sentence,
) -> Period:
    """A named period narrowed or widened by the words around it.

    "for the remainder of 2024" runs from publication to the end of 2024; "at
    the end of November compared to the end of October" is November's change.
    """
    if (
        published is not None
        and period.start < published <= period.end
        and _REMAINDER.search(low, max(sentence.start, m.start - 24), m.start)
    ):
        return Period(start=published, end=period.end)
    if (
        published is not None
        and period.start <= published
        and _SINCE_EVENT.search(low, max(sentence.start, m.start - 56), m.start)
    ):
        # "has awarded $1.2 billion since issuing its first award in 2012":
        # from the event's period to publication
        return Period(start=period.start, end=published)
    if m.kind == "day" and _STOCK_COMPARED.match(low, m.end):
        # the month's name is read in lower case, which the grammar may refuse:
        # the month the day closes is then the period
        whole = _whole_after_end(m, low, published)
        return whole or Period(start=period.end.replace(day=1), end=period.end)
    return period


def _between(prev: PeriodMention, m: PeriodMention, low: str) -> bool:
    """Whether *prev* and *m* are the ends of "between A and B"."""
    return (
        low.startswith("between ", prev.start)
        and prev.period is not None
        and m.period is not None
        and prev.period[1] < m.period[0]
        and _JOINED.fullmatch(low, prev.end, m.start) is not None
    )


def _joins(prev: PeriodMention, m: PeriodMention, low: str, sentence: Sentence) -> bool:
    """Whether *m* continues *prev* as one span ("in 2010 and 2011")."""
    return (
        prev.kind == m.kind
        and prev.kind in {"year", "quarter", "half", "month", "fiscal_year"}
        and _JOINED.fullmatch(low, prev.end, m.start) is not None
        and _FIGURE_BEFORE.search(low, max(sentence.start, prev.start - 32), prev.start)
        is not None
        and _RESPECTIVELY.match(low, m.end, sentence.end) is None
    )


def _whole_after_end(
    m: PeriodMention, low: str, published: dt.date | None
) -> Period | None:
    """The period whose end a deadline names ("the end of the second quarter")."""
    if m.kind != "day" or not low.startswith("the end of ", m.start):
        return None
    try:
        start, end = parse_period(
            low[m.start + len("the end of ") : m.end], reference=published
        )
    except ValueError:
        return None
    return Period(start=start, end=end)


def _to_date(m: PeriodMention, low: str, carried: Period | None) -> Period | None:
    """The report's period to date when "through" a month ends it, else None.

    "Receipts through July rose 1 percent" after a report of the first ten
    months of fiscal year 2008 covers those months (the carried period that
    ends in July); "estimated at 3.7 percent through September" with no
    such period is the month's.
    """
    if (
        carried is None
        or m.kind != "month"
        or m.period is None
        or not low.endswith("through ", 0, m.start)
    ):
        return None
    start, end = m.period
    return carried if carried.end == end and carried.start < start else None
