"""The period of each metric: the period grammar's mentions, assigned and carried.

For each sentence, :func:`_assign_periods` gives every quantity the period
right after it, else the nearest before it, else one carried from earlier
sentences (deadlines such as "by 2035" govern only their own quantity);
:func:`_carry_on` decides what is carried to the next sentence. The mentions
are read and sorted in ``_metric_period_mentions`` (with ``_Periods``, the state
carried from sentence to sentence), and those that date no figure (comparison
points, edges, events, names) are told apart in ``_metric_period_points``.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._models import Period
from . import _metric_period_forms as forms
from . import _rules
from . import _units as lex
from ._function_words import ARTICLES, CONTRAST_JOINERS
from ._lexicon import Gated, choice, word_set
from ._lexicon import alternation as _trie
from ._metric_period_mentions import (
    _AHEAD,
    _add_forms,
    _period_of,
    _Periods,
    _sort_mentions,
)
from ._metric_period_points import _COMPARISON_LEAD, _PRIOR_BEFORE, _is_comparison

if TYPE_CHECKING:
    import datetime as dt

    from ._context import Sentence
    from ._numbers import Quantity

__all__: list[str] = []

# A horizon the lexicon lists, or a span of years counted from no named year
# ("a $15 billion investment over 10 years").
_SPAN_OVER: Final = (
    r"over (?:the (?:next |coming |following )?)?[a-z0-9-]{1,12} years"
    # a window counted back from now: "over the most recent three and six months"
    r"|over the (?:" + choice("metrics_recent") + r") (?:[a-z0-9-]{1,12} ){0,3}"
    r"(?:" + _trie(word_set("metrics_window_units")) + r")"
)
# A year the contract names no period for: a vague part of it ("in early 2008",
# "over summer 2022") or an open-ended horizon ("in 2017 and beyond"). Near a
# figure it undates it, as a horizon does.
_VAGUE_YEAR: Final = (
    # not a comparison point's ("the highest since late 2018")
    r"(?<!since )(?<!than )(?<!from )(?<!than in )(?:"
    + _trie(word_set("metrics_vague_before"))
    + r")(?: {1,2}|-)(?:19|20)\d\d"
    r"|(?:19|20)\d\d {1,2}(?:" + _trie(word_set("metrics_open_after")) + r")"
)
_HORIZON: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie(lex.HORIZONS)
    + "|"
    + _SPAN_OVER
    + "|"
    + _VAGUE_YEAR
    + r")(?![a-z])"
)
# Such a span anywhere before a figure undates it: "a $15 billion outlay over 10
# years will raise $47 billion, resulting in $32 billion in savings".
_SPAN_OVER_RE: Final = re.compile(r"(?<![a-z])(?:" + _SPAN_OVER + r")(?![a-z])")
# A sentence opening on the present ("Today, …", "Currently, …").
_PRESENT_OPENING: Final = re.compile(
    r"[\s\"'“(]{0,3}(?:" + choice("metrics_present_openers") + r") {0,2},"
)
# A level reached: "increased by 552,000 to reach 25.83 million", "(to 2.1 million)".
_LEVEL_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_level_leads") + r") {1,2}(?:(?:a|an) {1,2})?\Z"
)
_YEAR_TO_DATE: Final = re.compile(r"(?<![a-z])year[- ]to[- ]date(?![a-z])")
#: Document-wide scans (``_Periods.marked``) behind a gate of the literal
#: words: the leading look-behind would make ``re`` try every offset.
_YEAR_TO_DATE_SCAN: Final = Gated(_YEAR_TO_DATE, "year")
# An appositive restating a deadline's amount: "$600 billion by the end of
# June, a pace of about $75 billion per month".
_APPOSITIVE: Final = re.compile(
    rf" {{0,2}}, {{1,2}}(?:(?:{ARTICLES}) [a-z-]{{1,15}} of {{1,2}}|or {{1,2}})?"
)
_APPOSITIVE_REACH: Final = 24
_CLAUSE_BREAK: Final = re.compile(
    rf"[;:]|, (?:{CONTRAST_JOINERS})(?= )| while | whereas "
)
_REVISION: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_revision_words")) + r")(?![a-z])"
)
_REVISION_SCAN: Final = Gated(_REVISION, _trie(word_set("metrics_revision_words")))


class _FirstSpan:
    """Where a sentence's first span "over N years/months" starts, found once."""

    def __init__(self) -> None:
        self.found: int | None = None

    def at(self, low: str, sentence: Sentence) -> int:
        """The start, else -1; read at the first call only (one scan per sentence)."""
        if self.found is None:
            over = low.find("over ", sentence.start, sentence.end)
            m = _SPAN_OVER_RE.search(low, over, sentence.end) if over >= 0 else None
            self.found = m.start() if m is not None else -1
        return self.found


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
    periods.enter(sentence, low)
    if _PRESENT_OPENING.match(low, sentence.start) is not None:
        # "Today, the markets are worth $100 trillion": the present is a new
        # time, and an earlier report's period is not carried into it
        periods.carry(None)
    mentions = forms.outside_asides(
        periods.in_sentence(sentence),
        [q for q, _, _ in quantities],
        low,
        sentence.start,
        sentence.end,
    )
    carried = periods.carried
    ahead_periods = {
        _period_of(m) for m in mentions if _AHEAD.search(low, m.start, m.end)
    }
    regular, by_year, first_named = _sort_mentions(mentions, sentence, periods, low)
    if first_named is not None:
        periods.stale = False  # the new paragraph names its report's period
    periods.fronted = (
        None
        if quantities
        else forms.fronted_period(regular, first_named, low, sentence)
    )
    _add_forms(mentions, regular, by_year, sentence=sentence, periods=periods, low=low)
    if (ytd := _year_to_date(low, sentence, carried, periods)) is not None:
        bisect.insort(regular, ytd, key=lambda r: r[0])
        periods.carry(ytd[1])
        first_named = first_named or ytd[1]
    # Mentions and quantities are in text order, so each lookup is a bisection.
    starts = [s for s, _ in regular]
    span_over = _FirstSpan()
    out: list[tuple[Period | None, str]] = []
    for i, (q, _, _) in enumerate(quantities):
        next_start = (
            quantities[i + 1][0].start if i + 1 < len(quantities) else sentence.end
        )
        own = periods.compared_figures.get(q.start)
        if own is not None:
            periods.uncarried.add(own)
            out.append((own, _rules.PERIOD_BEFORE))
            continue
        chosen = _choose_period(
            q,
            next_start,
            regular,
            starts,
            periods=periods,
            goal=goals[i],
            low=low,
            carried=periods.carried if ytd is not None else carried,
        )
        carried_in = chosen[1] in {_rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT}
        if (carried_in or chosen[1] == _rules.PERIOD_BEFORE) and (
            _HORIZON.search(low, max(sentence.start, q.start - 40), next_start)
            or (carried_in and 0 <= span_over.at(low, sentence) < next_start)
            or (carried_in and periods.window_at < next_start)
        ):
            # "1.8 percent a year thereafter", "over the coming decade": a span
            # the period grammar does not name, so no period rather than a wrong
            # one; a carried period yields to one anywhere before in the sentence
            chosen = None, ""
        elif carried_in and _PRIOR_BEFORE.search(
            low, max(sentence.start, q.start - 24), q.start
        ):
            # "prices increased 1.7 percent after increasing 2.3 percent": an
            # earlier figure the text does not date is not of the report's period
            chosen = None, ""
        if chosen[0] is not None:
            widened = forms.trailing_window(low, sentence.start, q.start, chosen[0])
            if widened != chosen[0]:
                # the window's span is this figure's, never carried on
                periods.uncarried.add(widened)
                chosen = widened, chosen[1]
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
    _levels_at_span_end(quantities, out, periods.span_ends, low, sentence.start)
    if sentence.start == 0 and periods.measured:
        _read_opening(periods, carried, reports=bool(quantities))
    if (
        periods.awaiting_opening
        and periods.opening is None
        and periods.carried is not None
    ):
        # the first period a sentence reports on is the release's
        periods.opening = periods.carried
    return out


def _read_opening(periods: _Periods, carried: Period | None, *, reports: bool) -> None:
    """Take the text's opening period from its first sentence, as read so far."""
    # a results title's closed period stays the opening when the first
    # sentence names none
    periods.opening = periods.carried or periods.opening
    if not reports and _runs_to_now(periods.opening, periods.published):
        # "Since the actions taken in December, the banks have worked
        # together": a time since an event, no report's period; the
        # figures after a heading have none of their own
        periods.opening = None
    if not reports and forms.names_the_issue(periods.opening, periods.published):
        # "UK Labour Market, July 2014" published in July 2014: the month
        # names the issue; no month's figures are out before it ends
        periods.opening, periods.awaiting_opening = None, True
        periods.carry(carried)


def _runs_to_now(period: Period | None, published: dt.date | None) -> bool:
    """Whether *period* runs up to the publication day ("since December 2007")."""
    return period is not None and published is not None and period.end == published


def _levels_at_span_end(
    quantities: list[tuple[Quantity, str, str]],
    out: list[tuple[Period | None, str]],
    span_ends: dict[Period, Period],
    low: str,
    floor: int,
) -> None:
    """Give a level reached in a span "between A and B" the period B, in ``out``."""
    if not span_ends:
        return
    for i, ((q, _, _), (period, rule)) in enumerate(zip(quantities, out, strict=True)):
        end = span_ends.get(period) if period is not None else None
        if end is not None and _LEVEL_LEAD.search(
            low, max(floor, q.start - 16), q.start
        ):
            out[i] = (end, rule)


def _year_to_date(
    low: str, sentence: Sentence, carried: Period | None, periods: _Periods
) -> tuple[int, Period] | None:
    """Year-to-date in a release: January 1 to the end of its reference period."""
    if carried is None:
        return None
    at = periods.marked(_YEAR_TO_DATE_SCAN, low, sentence.start, sentence.end)
    if at < 0:
        return None
    return at, Period(start=carried.end.replace(month=1, day=1), end=carried.end)


def _choose_period(
    q: Quantity,
    next_start: int,
    regular: list[tuple[int, Period]],
    starts: list[int],
    *,
    periods: _Periods,
    goal: bool,
    low: str | None = None,
    carried: Period | None = None,
) -> tuple[Period | None, str]:
    """The period of one quantity, and the rule that chose it.

    "rose 6.0 percent in May, and 5.9 percent in the first five months": a
    period right after a quantity (before the next one) is its own; else the
    nearest before it in the sentence ("In May, …"), then the nearest after
    it, then the carried one.
    """
    # The period carried into the sentence: its own later mentions (already
    # noted) date a figure only through the rules above.
    first_after = bisect.bisect_left(starts, q.end)
    last_before = bisect.bisect_left(starts, q.start) - 1
    while (
        last_before >= 0
        and low is not None
        and periods.brackets(low).around(starts[last_before], q.start)
    ):
        # "Greece (42.8% in July 2017), Spain (37.2%)": a bracket's date is
        # its own figure's
        last_before -= 1
    # the period after it counts in its own clause only: "… benefitted from
    # the scheme, and I am glad to extend it into 2027" dates no figure
    after_in_clause = first_after < len(starts) and (
        low is None or _CLAUSE_BREAK.search(low, q.end, starts[first_after]) is None
    )
    if after_in_clause and starts[first_after] < next_start:
        return regular[first_after][1], _rules.PERIOD_AFTER
    if last_before >= 0:
        return regular[last_before][1], _rules.PERIOD_BEFORE
    if (
        after_in_clause
        and regular[first_after][1] not in periods.uncarried
        # "rose to 0.6%, up from 0.5% in the March quarter": the date is the
        # comparison figure's, not the level's before it
        and not (
            low is not None
            and next_start < starts[first_after]
            and _COMPARISON_LEAD.search(low, max(0, next_start - 20), next_start)
        )
    ):
        return regular[first_after][1], _rules.PERIOD_AFTER
    if carried is not None and goal and periods.is_past(carried):
        # a goal is not dated by a report already over ("committed to
        # contribute $120 million" after a March figure): the latest period
        # not over, else none
        if periods.current is None:
            return None, ""
        return periods.current, _rules.PERIOD_CURRENT
    if carried is not None and not (periods.stale and not goal):
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
            and 0 <= q_starts[after_it] - e <= _APPOSITIVE_REACH
            and _APPOSITIVE.fullmatch(low, e, q_starts[after_it]) is not None
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
    if (not quantities and not _heads_figures(low, sentence)) or periods.marked(
        _REVISION_SCAN, low, sentence.start, sentence.end
    ) >= 0:
        # A sentence that reports nothing ("The Board met in March") sets no
        # period for the figures after it (EXTRACTION.md) unless it opens on
        # one, nor does a revision of an earlier figure; but naming another
        # period ends the report carried so far ("a period carries on until a
        # new expression naming a period appears").
        ends_report = not quantities and first_named not in {None, carried}
        periods.carry(periods.fronted or (None if ends_report else carried))
        return
    if not quantities and first_named is None and _is_heading(low, sentence):
        # A section heading naming no period ("Changes in Borrowing") opens a
        # new report: back to the release's period, none in a speech.
        periods.carry(periods.opening)
        return
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
            or p in periods.uncarried
            or p in periods.not_carried
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


def _heads_figures(low: str, sentence: Sentence) -> bool:
    """Whether a sentence without figures still dates those that follow it.

    The document's opening (a release's "in the third quarter of 2024"), a
    heading ("Targets and tasks for 2026", a line without a sentence's final
    stop) and the lead-in of a list ("The main targets for this year are:") do.
    """
    tail = low[sentence.start : sentence.end].rstrip(" \n\"'”’)")
    return sentence.start == 0 or not tail.endswith((".", "!", "?", ","))


def _is_heading(low: str, sentence: Sentence) -> bool:
    """Whether a sentence is a heading: no final stop nor colon, not the opening."""
    tail = low[sentence.start : sentence.end].rstrip(" \n\"'”’)")
    return sentence.start > 0 and not tail.endswith((".", "!", "?", ",", ":", ";"))
