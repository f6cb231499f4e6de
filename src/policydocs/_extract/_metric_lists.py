"""Amounts written as a list: one unit, one change word, one subject list.

Releases pack several figures into one clause: "Exports and imports rose 2.1
and 3.4 percent, respectively", "Food and energy prices fell 1.2 percent and
2.4 percent in May and June, respectively". The amounts of such a list are
joined by nothing but commas and "and"/"or", and they share what the text
writes once:

- the unit and scale of the last amount ("2.1 and 3.4 percent" → both
  percent; "$2.1 and $3.4 billion" → both billions);
- the change word before the first amount ("fell 1.2 percent and 2.4
  percent" → both falls);
- with "respectively" after them, the items of the subject list and of the
  period list, in order ("Employment in construction, retail and health" →
  "Employment in construction", "Employment in retail", "Employment in
  health"; "Food and energy prices" → "Food prices", "energy prices").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from .._dates import find_periods
from .._models import Period
from ._function_words import GROUP_LEADS, PERIOD_LEADS
from ._lexicon import choice

if TYPE_CHECKING:
    import datetime as dt

    from .._dates import PeriodMention
    from .._models import Metric
    from ._numbers import Quantity

__all__: list[str] = []

#: What may stand between two amounts of one list.
_LINK: Final = re.compile(r"(?:,? {1,2}(?:and|or)|,) {1,2}")
#: "and by" after an amount's place or group: the change verb left out.
_ELLIPSIS: Final = re.compile(
    rf"(?: {{1,2}}(?:{GROUP_LEADS}) {{1,2}}[a-z0-9 .-]{{1,40}}?)?"
    r",? {1,2}and {1,2}by {1,2}"
)
#: Units a list shares: a bare number before a unit'd amount takes its unit.
_SHARED_UNITS: Final = re.compile(r"percent|percentage_point|[A-Z]{3}")
#: "respectively" after a list, a period list or a comma between them.
_RESPECTIVELY: Final = re.compile(r"[^.;:]{0,60}?,? {0,2}respectively(?![a-z])")
#: "respectively" a few words before the first amount of a list.
_RESPECTIVELY_BEFORE: Final = re.compile(
    r"(?<![a-z])respectively(?: [a-z]{1,12}){0,3} {1,2}\Z"
)
_BEFORE_REACH: Final = 48
#: The digits of an amount, after its currency sign ("$3.4 billion" → 3.4).
_DIGITS: Final = re.compile(r"[^\d\s]{0,3}(\d[\d,]*(?:\.\d+)?)(?![\d/])")
#: Between "respectively" and a period named after it.
_LEAD_IN: Final = re.compile(rf",? {{1,2}}(?:{PERIOD_LEADS}) {{1,2}}")
#: Where the items of a subject or period list part.
_ITEMS: Final = re.compile(r",? {1,2}(?:and|or) {1,2}|, {1,2}")
#: A preposition in the first item that the later items share ("Employment
#: in construction, retail and health").
#: The items of a serial list, parted by commas only (", and" closing it).
_SERIAL_ITEMS: Final = re.compile(r", {1,2}(?:(?:and|or) {1,2})?")
_HEAD_LINK: Final = re.compile(
    r"^(.{2,60}? (?:" + choice("metrics_list_head_links") + r") )\S"
)


def joined(low: str, first: Quantity, second: Quantity) -> bool:
    """Whether *second* follows *first* in a list: only a comma or "and" between."""
    return _LINK.fullmatch(low, first.end, second.start) is not None


#: One share of a list, its whole a single word: "77% of men and".
_SHARE_ITEM: Final = re.compile(
    r" {1,2}of {1,2}([a-z][a-z-]{1,30})(?:,? {1,2}and)? {1,2}\Z"
)
#: The whole of the share after it: "63% of women".
_SHARE_WHOLE: Final = re.compile(r" {1,2}of {1,2}([a-z][a-z-]{1,30})")
_SHARE: Final = "share of "


def shared_tail(
    low: str, built: list[tuple[Quantity, Metric]]
) -> list[tuple[Quantity, Metric]]:
    """Shares listed before the last take what the last one's whole is said of.

    "77% of men and 63% of women in middle age are overweight": before,
    "share of men"; now "share of men in middle age are overweight".
    """
    out = list(built)
    for i in range(len(out) - 2, -1, -1):
        (q, metric), (q_next, later) = out[i], out[i + 1]
        item = _SHARE_ITEM.fullmatch(low, q.end, q_next.start)
        nxt = _SHARE_WHOLE.match(low, q_next.end)
        if (
            item is None
            or nxt is None
            or metric.indicator is None
            or later.indicator is None
            or metric.indicator.lower() != _SHARE + item.group(1)
            or not later.indicator.lower().startswith(_SHARE + nxt.group(1) + " ")
        ):
            continue
        tail = later.indicator[len(_SHARE) + len(nxt.group(1)) :]
        out[i] = (q, attrs.evolve(metric, indicator=metric.indicator + tail))
    return out


def elided(low: str, first: Quantity, second: Quantity) -> bool:
    """Whether *second* repeats the change of *first* with its verb left out.

    "decreased by 116 000 in the EU28 and by 96 000 in the euro area".
    """
    return _ELLIPSIS.fullmatch(low, first.end, second.start) is not None


def _raw(text: str, q: Quantity) -> float | None:
    """The number as written, before its scale ("3.4" of "$3.4 billion")."""
    m = _DIGITS.match(text, q.num_start, q.num_end)
    return float(m.group(1).replace(",", "")) if m is not None else None


def share_units(quantities: list[Quantity], text: str, low: str) -> list[Quantity]:
    """Give the amounts of a list the unit and scale written after the last one.

    "2.1 and 3.4 percent" → 2.1 percent; "3.2, 1.4 and 5.6 per cent" → all
    percent; "$2.1 and $3.4 billion" → 2.1e9. A bare number with a noun, a
    range or a fraction keeps its own reading.
    """
    out = list(quantities)
    for i in range(len(out) - 2, -1, -1):
        first, last = out[i], out[i + 1]
        if (
            first.upper is not None
            or first.noun is not None
            or first.fraction
            or first.scaled
            or not joined(low, first, last)
        ):
            continue
        unit = first.unit
        if unit == "number" and _SHARED_UNITS.fullmatch(last.unit) is not None:
            unit = last.unit
        elif unit != last.unit:
            continue
        value = first.value
        raw = _raw(text, last)
        if last.scaled and raw:
            value *= last.value / raw
        if unit != first.unit or value != first.value:
            out[i] = attrs.evolve(first, unit=unit, value=value, scaled=last.scaled)
    return out


def respectively(low: str, members: list[Quantity], end: int) -> int | None:
    """Where "respectively" after the list *members* starts, else None.

    It must follow the last member within its clause (*end*), a period list
    or a comma between them ("2.4 percent in May and June, respectively"),
    or stand just before the first ("was respectively up by 3.6, 0.2 and 1.4
    percent"): then it starts before the members.
    """
    m = _RESPECTIVELY.match(low, members[-1].end, end)
    if m is not None:
        return m.end() - len("respectively")
    before = _RESPECTIVELY_BEFORE.search(
        low, max(0, members[0].start - _BEFORE_REACH), members[0].start
    )
    return None if before is None else before.start()


def items(phrase: str, count: int) -> list[str] | None:
    """The *count* items of a subject list, each named in full, else None.

    A preposition the first item holds is shared by the later bare ones
    ("Employment in construction, retail and health"); the head noun of a
    longer last item by the earlier single words ("Food and energy prices").
    """
    parts = [p for p in _ITEMS.split(phrase) if p]
    if len(parts) != count and ", " in phrase:
        # a serial list whose items hold "and" themselves: "wholesale trade,
        # finance and insurance, and retail trade" has three items
        parts = [p for p in _SERIAL_ITEMS.split(phrase) if p]
    if len(parts) != count:
        return None
    head = _HEAD_LINK.match(parts[0])
    if head is not None and all(_HEAD_LINK.match(p) is None for p in parts[1:]):
        # "unemployment rates for men and women": a list inside the qualifier
        return [parts[0], *(head.group(1) + p for p in parts[1:])]
    last = parts[-1].split(" ")
    if len(last) > 1 and all(" " not in p for p in parts[:-1]):
        return [*(f"{p} {last[-1]}" for p in parts[:-1]), parts[-1]]
    return parts


def _runs(low: str, built: list[tuple[Quantity, Metric]]) -> list[list[int]]:
    """Indexes of the lists of two amounts or more in *built*, in order."""
    runs: list[list[int]] = []
    for i in range(len(built)):
        if i and joined(low, built[i - 1][0], built[i][0]):
            runs[-1].append(i)
        else:
            runs.append([i])
    return [run for run in runs if len(run) > 1]


def spread(
    low: str,
    built: list[tuple[Quantity, Metric]],
    mentions: list[PeriodMention],
    end: int,
    uncarried: set[Period],
) -> list[tuple[Quantity, Metric]]:
    """Give each amount of a "respectively" list its own subject and period.

    *built* are one sentence's amounts and metrics in order, *mentions* its
    period mentions, *end* where it ends; a period named after "respectively"
    that ends the sentence's figures joins *uncarried*.
    """
    out = list(built)
    for run in _runs(low, built):
        members = [built[i][0] for i in run]
        at = respectively(low, members, end)
        if at is None:
            continue
        periods = [
            Period(start=m.period[0], end=m.period[1])
            for m in mentions
            if members[-1].end <= m.start < at and m.period is not None
        ]
        if not periods and at > members[-1].end:
            # "compared with 18.3% and 20.4% respectively in September 2016":
            # one for all, set against the report and so never carried on
            after = _after_respectively(low, mentions, at)
            periods = [after] * len(run) if after is not None else []
            if after is not None and run[-1] == len(built) - 1:
                uncarried.add(after)
        indicator = built[run[0]][1].indicator
        names = (
            items(indicator, len(run))
            if indicator is not None
            and all(built[i][1].indicator == indicator for i in run)
            else None
        )
        for k, i in enumerate(run):
            q, metric = out[i]
            if names is not None:
                metric = attrs.evolve(metric, indicator=names[k])
            if len(periods) == len(run):
                metric = attrs.evolve(metric, period=periods[k])
            out[i] = q, metric
    return out


def _after_respectively(
    low: str, mentions: list[PeriodMention], at: int
) -> Period | None:
    """The period named right after the "respectively" at *at*, else None."""
    end = at + len("respectively")
    for m in mentions:
        if m.period is not None and _LEAD_IN.fullmatch(low, end, m.start):
            return Period(start=m.period[0], end=m.period[1])
    return None


#: "from" right before the first amount of a pair.
_FROM_LEAD: Final = re.compile(r"(?<![a-z])from {1,2}\Z")
#: Between the amounts of a pair: "to", its first period before it.
_PAIR_GAP: Final = re.compile(
    r"(?: {1,2}of {1,2}[a-z.]{1,20})?"  # "9.8 percent of GDP in 2009 to"
    r"(?: {1,2}(?:in|for) {1,2}[^,;:()]{2,30}?)? {1,2}to {1,2}"
)
#: A change amount right before "from" ("fallen by nine per cent from").
_CHANGE_BEFORE_FROM: Final = re.compile(r",? {1,2}from {1,2}")
#: A two-ended span after a pair: "between July 2016 and July 2017".
_TWO_ENDS: Final = re.compile(r"(?:between|from) (.{3,30}?) (?:and|to) (.{3,30})")


def from_to(
    low: str,
    built: list[tuple[Quantity, Metric]],
    mentions: list[PeriodMention],
    published: dt.date | None,
) -> list[tuple[Quantity, Metric]]:
    """Date a pair "from A in P1 to B in P2" and the change it measures.

    "fallen by nine per cent from 28.3 per cent in 2003/04 to 19.3 per cent in
    2011/12": the nine per cent spans 2003/04 to 2011/12; "from 23.4% to
    21.0% between July 2016 and July 2017": each end its month.
    """
    named = sorted(
        (m.start, Period(start=m.period[0], end=m.period[1]))
        for m in mentions
        if m.period is not None
    )
    starts = [s for s, _ in named]
    out = list(built)
    for i in range(len(built) - 1):
        first, second = built[i][0], built[i + 1][0]
        if _FROM_LEAD.search(low, max(0, first.start - 6), first.start) is None:
            continue
        if _PAIR_GAP.fullmatch(low, first.end, second.start) is None:
            continue
        ends = _ends(low, (first, second), (named, starts), published)
        if ends is None:
            continue
        out[i] = first, attrs.evolve(built[i][1], period=ends[0])
        out[i + 1] = second, attrs.evolve(built[i + 1][1], period=ends[1])
        if i and _CHANGE_BEFORE_FROM.fullmatch(low, built[i - 1][0].end, first.start):
            change = Period(start=ends[0].start, end=ends[1].end)
            out[i - 1] = built[i - 1][0], attrs.evolve(built[i - 1][1], period=change)
    return out


def _ends(
    low: str,
    pair: tuple[Quantity, Quantity],
    named: tuple[list[tuple[int, Period]], list[int]],
    published: dt.date | None,
) -> tuple[Period, Period] | None:
    """The periods of a pair's two ends, each named after its amount or as a span.

    *named* is the sentence's periods by start, and their starts.
    """
    first, second = pair
    periods, starts = named
    i = bisect.bisect_right(starts, first.end)
    j = bisect.bisect_left(starts, second.end)
    at_first = i < len(starts) and starts[i] < second.start
    after = j < len(starts) and starts[j] <= second.end + 4
    if at_first and after:
        return periods[i][1], periods[j][1]
    span = _TWO_ENDS.match(low, second.end + 1) if not at_first else None
    if span is None or low[second.end : second.end + 1] != " ":
        return None
    ends = [find_periods(span.group(k), reference=published) for k in (1, 2)]
    if not all(len(e) == 1 for e in ends):
        return None
    first_end, last_end = ends[0][0].period, ends[1][0].period
    if first_end is None or last_end is None:
        return None
    return (
        Period(start=first_end[0], end=first_end[1]),
        Period(start=last_end[0], end=last_end[1]),
    )
