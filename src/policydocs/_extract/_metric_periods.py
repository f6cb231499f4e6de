"""The period of each metric: the period grammar's mentions, assigned and carried.

For each sentence, :func:`_assign_periods` gives every quantity the period
right after it, else the nearest before it, else one carried from earlier
sentences (deadlines such as "by 2035" govern only their own quantity);
``_Periods`` keeps what is carried from sentence to sentence.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._models import Period
from . import _rules
from . import _units as lex
from ._lexicon import alternation as _trie
from ._lexicon import word_set

if TYPE_CHECKING:
    import datetime as dt

    from .._dates import PeriodMention
    from ._context import Sentence
    from ._numbers import Quantity

__all__: list[str] = []

_EDGE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.EDGE_BEFORE) + r") {0,2}\Z"
)
_AHEAD: Final = re.compile(r"(?<![a-z])(?:next|coming|following)(?![a-z])")
_BY_LEAD: Final = re.compile(r"(?<![a-z])(?:by|until|till|through) (?:the )?\Z")
_HORIZON: Final = re.compile(r"(?<![a-z])(?:" + _trie(lex.HORIZONS) + r")(?![a-z])")
_PRIOR_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:after|following|compared with|versus|vs)(?![a-z])"
)
# A quantity right after one of these is the starting level or the figure a
# change is set against ("rose 5 percent in May from 3 percent in April").
_COMPARISON_LEAD: Final = re.compile(
    # "more than", "less than" and "fewer than" are qualifiers, not comparisons.
    r"(?<![a-z])(?:from|(?<!more )(?<!less )(?<!fewer )than"
    r"|compared (?:with|to)|versus|vs\.?|against)"
    r" {1,2}(?:(?:a|an|the) {1,2})?\Z"
)
_CLAUSE_BREAK: Final = re.compile(
    r"[;:]|, (?:while|whereas|but|and)(?= )| while | whereas "
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

    def carry(self, period: Period | None) -> None:
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


def _assign_periods(
    quantities: list[tuple[Quantity, str, str]],
    sentence: Sentence,
    periods: _Periods,
    low: str,
    goals: list[bool],
) -> list[tuple[Period | None, str]]:
    """Give each quantity of one sentence its period and the rule that chose it.

    Afterwards the period the sentence reports on is carried on: the period of
    its last quantity that named one, else the first period it names ("This
    year is the first year of the plan period (2026-30)" carries this year).
    """
    mentions = periods.in_sentence(sentence)
    carried = periods.carried
    ahead_periods = {
        _period_of(m) for m in mentions if _AHEAD.search(low, m.start, m.end)
    }
    regular, by_year, first_named = _sort_mentions(mentions, sentence, periods, low)
    # Mentions and quantities are in text order, so each lookup is a bisection.
    starts = [s for s, _ in regular]
    out: list[tuple[Period | None, str]] = []
    for i, (q, _, _) in enumerate(quantities):
        next_start = (
            quantities[i + 1][0].start if i + 1 < len(quantities) else sentence.end
        )
        chosen = _choose_period(
            q, next_start, regular, starts, periods=periods, goal=goals[i]
        )
        if chosen[1] in {
            _rules.PERIOD_BEFORE,
            _rules.PERIOD_CARRIED,
            _rules.PERIOD_CURRENT,
        } and (_HORIZON.search(low, max(sentence.start, q.start - 40), next_start)):
            # "1.8 percent a year thereafter", "over the coming decade": a span
            # the period grammar does not name, so no period rather than a wrong one
            chosen = None, ""
        out.append(chosen)
    _apply_by_year(quantities, by_year, out, sentence, low)
    _carry_on(
        quantities,
        out,
        (ahead_periods, first_named, carried),
        sentence=sentence,
        low=low,
        periods=periods,
    )
    return out


def _sort_mentions(
    mentions: list[PeriodMention], sentence: Sentence, periods: _Periods, low: str
) -> tuple[list[tuple[int, Period]], list[tuple[int, int, Period]], Period | None]:
    """A sentence's periods that name one, its deadlines, and the first one named."""
    regular: list[tuple[int, Period]] = []
    by_year: list[tuple[int, int, Period]] = []
    first_named: Period | None = None
    for m in mentions:
        if _EDGE_BEFORE.search(low, max(sentence.start, m.start - 16), m.start):
            continue  # "fiscal 2025, which ended in March": an edge, not a period
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
            # quantity, never carried on.
            period = _period_of(m)
            if period is not None:
                by_year.append((m.start, m.end, period))
        elif m.kind in _NAMING or m.kind in {"day", "fiscal_year"}:
            period = _period_of(m)
            if period is not None:
                regular.append((m.start, period))
                ahead = _AHEAD.search(low, m.start, m.end) is not None
                periods.note(m, period, ahead=ahead)
                if first_named is None and m.kind != "day" and not ahead:
                    first_named = period
    return regular, by_year, first_named


def _choose_period(
    q: Quantity,
    next_start: int,
    regular: list[tuple[int, Period]],
    starts: list[int],
    *,
    periods: _Periods,
    goal: bool,
) -> tuple[Period | None, str]:
    """The period of one quantity, and the rule that chose it.

    "rose 6.0 percent in May, and 5.9 percent in the first five months": a
    period right after a quantity (before the next one) is its own; else the
    nearest before it in the sentence ("In May, …"), then the nearest after
    it, then the carried one.
    """
    carried = periods.carried
    first_after = bisect.bisect_left(starts, q.end)
    last_before = bisect.bisect_left(starts, q.start) - 1
    if first_after < len(starts) and starts[first_after] < next_start:
        return regular[first_after][1], _rules.PERIOD_AFTER
    if last_before >= 0:
        return regular[last_before][1], _rules.PERIOD_BEFORE
    if first_after < len(starts):
        return regular[first_after][1], _rules.PERIOD_AFTER
    if (
        carried is not None
        and goal
        and periods.is_past(carried)
        and periods.current is not None
    ):
        return periods.current, _rules.PERIOD_CURRENT
    if carried is not None:
        return carried, _rules.PERIOD_CARRIED
    return None, ""


def _apply_by_year(
    quantities: list[tuple[Quantity, str, str]],
    by_year: list[tuple[int, int, Period]],
    out: list[tuple[Period | None, str]],
    sentence: Sentence,
    low: str,
) -> None:
    """Give each deadline ("by 2035") to the quantities it governs, in ``out``.

    "by 2035" governs the quantity nearest to it and an appositive that
    restates it ("48 GWh by 2028, roughly one-fifth of demand").
    """
    ends = [q.end for q, _, _ in quantities]
    q_starts = [q.start for q, _, _ in quantities]
    for s, e, period in by_year:
        # The quantity it follows in its clause, else the first one after it.
        before_it = bisect.bisect_right(ends, s) - 1
        after_it = bisect.bisect_left(q_starts, e)
        if before_it >= 0 and _CLAUSE_BREAK.search(low, ends[before_it], s) is None:
            best = before_it
        elif after_it < len(quantities):
            best = after_it
        else:
            continue
        out[best] = (period, _rules.PERIOD_BY_YEAR)
        if not low[sentence.start : s].strip(" \n\"'(-") or (
            before_it < 0 and low.startswith(",", e)
        ):
            # A fronted "By 2027, …" (after a heading such as "Article 3" too)
            # sets the time of its whole sentence.
            for i in range(after_it, len(quantities)):
                if out[i][1] in {_rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT, ""}:
                    out[i] = (period, _rules.PERIOD_BY_YEAR)
        if (
            after_it < len(quantities)
            and after_it != best
            and 0 <= q_starts[after_it] - e <= 3
            and low[e : q_starts[after_it]].strip() == ","
        ):
            out[after_it] = (period, _rules.PERIOD_BY_YEAR)


def _carry_on(
    quantities: list[tuple[Quantity, str, str]],
    out: list[tuple[Period | None, str]],
    seen: tuple[set[Period | None], Period | None, Period | None],
    *,
    sentence: Sentence,
    low: str,
    periods: _Periods,
) -> None:
    """Carry on the period the sentence reports on.

    ``seen`` is the sentence's periods marked as ahead, the first one it
    names, and the period carried into it.
    """
    ahead_periods, first_named, carried = seen
    # The report's own period, not that of an earlier figure it is set against
    # ("rose 0.2% in July after a 0.1% gain in June" carries July).
    # A starting level or a comparison point ("from 3 percent in April") keeps
    # its own period but never sets the one carried on (EXTRACTION.md).
    named: list[Period | None] = []
    compared: set[Period | None] = set()
    for (q, _, _), (p, rule) in zip(quantities, out, strict=True):
        if (
            rule not in {_rules.PERIOD_AFTER, _rules.PERIOD_BEFORE}
            or p in ahead_periods
        ):
            continue
        if _is_comparison(low, q, sentence.start):
            compared.add(p)
        else:
            named.append(p)
    if named:
        periods.carry(named[-1])
    elif first_named is not None and first_named not in compared:
        periods.carry(first_named)
    else:
        periods.carry(carried)


def _is_comparison(low: str, q: Quantity, floor: int) -> bool:
    """Whether *q* is a figure the report is set against, not the report."""
    # The lead may sit inside the quantity's qualifier ("lower than 5.3%").
    return (
        any(
            _COMPARISON_LEAD.search(low, max(floor, pos - 20), pos) is not None
            for pos in {q.start, q.num_start}
        )
        or _PRIOR_BEFORE.search(low, max(floor, q.start - 40), q.start) is not None
    )
