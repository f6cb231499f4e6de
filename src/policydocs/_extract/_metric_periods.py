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

from .._dates import parse_period
from .._models import Period
from . import _metric_period_forms as forms
from . import _rules
from . import _units as lex
from ._function_words import ARTICLES, CONTRAST_JOINERS, PERIOD_LEADS
from ._lexicon import Gated, choice, word_set
from ._lexicon import alternation as _trie

if TYPE_CHECKING:
    import datetime as dt

    from .._dates import PeriodMention
    from ._context import Sentence
    from ._numbers import Quantity

__all__: list[str] = []

_EDGE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.EDGE_BEFORE) + r") {0,2}\Z"
)
_AHEAD: Final = re.compile(r"(?<![a-z])(?:" + choice("metrics_ahead") + r")(?![a-z])")
_BY_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_by_leads") + r") (?:the )?\Z"
)
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
_VAGUE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_vague_before")) + r")(?: {1,2}|-)\Z"
)
_OPEN_AFTER: Final = re.compile(
    r" {1,2}(?:" + _trie(word_set("metrics_open_after")) + r")(?![a-z])"
)
# "Comparing March to May 2014 with December 2013 to February 2014, …": the
# second period is the comparison point, the first the report's.
_COMPARING: Final = re.compile(
    r"(?<![a-z])comparing [^,;:]{1,60} (?:with|to|against|and) {1,2}(?:the {1,2})?\Z"
)
# Such a span anywhere before a figure undates it: "a $15 billion outlay over 10
# years will raise $47 billion, resulting in $32 billion in savings".
_SPAN_OVER_RE: Final = re.compile(r"(?<![a-z])(?:" + _SPAN_OVER + r")(?![a-z])")
_PRIOR_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:after|following|compared with|versus|vs|peak(?:ed|ing)? at)(?![a-z])"
)
# A quantity right after one of these is the starting level or the figure a
# change is set against ("rose 5 percent in May from 3 percent in April").
_COMPARISON_LEAD: Final = re.compile(
    # "more than", "less than" and "fewer than" are qualifiers, not comparisons.
    r"(?<![a-z])(?:from|(?<!more )(?<!less )(?<!fewer )than"
    r"|compared (?:with|to)|versus|vs\.?|against)"
    rf" {{1,2}}(?:(?:{ARTICLES}) {{1,2}})?\Z"
)
# A period right after one of these is the point a change is measured from
# ("up 3 percent from June 2024", "above last year", "from the same period in
# 2018"): never the report's own period (EXTRACTION.md).
_COMPARED_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:from|than|above|below|compared (?:with|to)|versus|vs\.?|against)"
    r" {1,2}(?:the (?:same )?(?:period|month|quarter|half|year|three months"
    r"|twelve months|12 months)(?: ending)? (?:in|of) {1,2}|the {1,2}"
    # "above the revised July estimate": a revision's adjective before the date
    r"(?:(?:" + _trie(word_set("metrics_comparison_adjectives")) + r") {1,2}){0,2})?\Z"
)
# "more than the shortfall recorded through July 2007", "compared with the
# level reached in 2019": the date of the figure a comparison names.
_COMPARED_NOUN: Final = re.compile(
    r"(?<![a-z])(?:than|compared (?:with|to))"
    r" {1,2}(?:the|that|those|its|their) {1,2}(?:[a-z-]{2,20} {1,2}){1,3}"
    r"(?:" + choice("metrics_compared_noun_links") + r") {1,2}(?:the {1,2})?\Z"
)
# "an increase of 1.1 trillion yuan over last year", "up 4 percent over 2023":
# after a change in its clause, "over" sets the point it is measured from.
_CHANGE_OVER: Final = re.compile(
    r"(?<![a-z])(?:"
    + lex.CHANGE_ALTERNATION
    + r")(?![a-z])[^,;:()]{0,48} over {1,2}(?:the {1,2})?\Z"
)
# A sentence opening on the present ("Today, …", "Currently, …").
_PRESENT_OPENING: Final = re.compile(
    r"[\s\"'“(]{0,3}(?:" + choice("metrics_present_openers") + r") {0,2},"
)
# "since issuing its first award in 2012": an event's date after "since".
_SINCE_EVENT: Final = re.compile(
    r"(?<![a-z])since {1,2}[a-z][a-z'’ -]{2,44}? {1,2}(?:in|on) {1,2}(?:the {1,2})?\Z"
)
# A date in brackets right after a comparison point ("a year earlier (Q1 2013)").
_COMPARISON_GLOSS: Final = re.compile(
    r"(?<![a-z])(?:a year (?:earlier|ago|before)|the (?:previous|prior|preceding) "
    r"(?:year|quarter|month)|last year) {0,2}\( {0,2}\Z"
)
# "higher than for December to February", "compared with those for 2023".
_COMPARED_FOR: Final = re.compile(
    r"(?<![a-z])(?:than(?: {1,2}(?:those|that|recorded|reported|registered|seen))?"
    r"|(?:with|to|from) {1,2}(?:those|that))"
    r" {1,2}(?:for|in|of) {1,2}\Z"
)
# The figure a comparison point introduces: "the August 2018 rate of".
_COMPARED_FIGURE: Final = re.compile(
    r"(?: [a-z-]{2,15}){1,2} {1,2}of {1,2}(?:about |around |approximately )?"
    # "lower than for December to February (4.3%)": the figure in brackets
    r"| {1,2}\("
)
_EVENT_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_event_before")) + r") {1,2}(?:the )?\Z"
)
# The words of a name may sit between the date and its noun ("the March
# 10-year note auction").
_EVENT_AFTER: Final = re.compile(
    r"(?:(?:-[a-z0-9-]{0,12}| \d[a-z0-9-]{0,12})(?: [a-z]{1,20})?)? (?:"
    + _trie(word_set("metrics_event_after"))
    + r")(?![a-z])"
)
# "the 2008 Farm Bill", "the 2019 Clean Water Act": a name with words
# between its year and its noun, after "the".
_NAMED_AFTER: Final = re.compile(
    r"(?: [a-z-]{2,20}){1,3} (?:"
    + _trie(word_set("metrics_event_after"))
    + r")(?![a-z])"
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
# A level reached: "increased by 552,000 to reach 25.83 million", "(to 2.1 million)".
_LEVEL_LEAD: Final = re.compile(
    r"(?<![a-z])(?:to|reach|reached|reaching|at) {1,2}(?:(?:a|an) {1,2})?\Z"
)
_BULLETS: Final = ("- ", "\u2022", "* ", "\u2013 ", "\u00b7")
_RESPECTIVELY: Final = re.compile(r"[^.;]{0,80}respectively")
# Only a span that dates a figure right before it ("4 percent in 2010 and
# 2011"); "estimates for December 2018 and January 2019" names two reports.
_FIGURE_BEFORE: Final = re.compile(
    r"(?:\d|percent|per cent|%|[a-z]{0,8}illion)(?: [a-z]{1,10})? {1,2}"
    rf"(?:{PERIOD_LEADS}) {{1,2}}(?:the {{1,2}})?\Z"
)
# A range's second end: "from 2014 to 2018" is a period, "from the three
# months ending in June 2018" a comparison point.
_SPAN_END: Final = re.compile(r" (?:to|through|till|until|and) |-|\u2013")
_YEAR_TO_DATE: Final = re.compile(r"(?<![a-z])year[- ]to[- ]date(?![a-z])")
#: Document-wide scans (``_Periods.marked``) behind a gate of the literal
#: words: the leading look-behind would make ``re`` try every offset.
_YEAR_TO_DATE_SCAN: Final = Gated(_YEAR_TO_DATE, "year")
# "down from a series high of 12.0 million": the figure set against.
_FROM_NOUN_OF: Final = re.compile(
    r"(?<![a-z])from (?:an? |the )?(?:[a-z-]+ ){1,3}of \Z"
)
# An appositive restating a deadline's amount: "$600 billion by the end of
# June, a pace of about $75 billion per month".
_APPOSITIVE: Final = re.compile(
    rf" {{0,2}}, {{1,2}}(?:(?:{ARTICLES}) [a-z-]{{1,15}} of {{1,2}}|or {{1,2}})?"
)
_APPOSITIVE_REACH: Final = 24
_LAST_DAY_OF: Final = re.compile(
    r"(?<![a-z])last (?:(?:"
    + choice("metrics_day_kinds")
    + r") )?day of (?:the {1,2})?\Z"
)
_CLAUSE_BREAK: Final = re.compile(
    rf"[;:]|, (?:{CONTRAST_JOINERS})(?= )| while | whereas "
)
_REVISION: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_revision_words")) + r")(?![a-z])"
)
_REVISION_SCAN: Final = Gated(_REVISION, _trie(word_set("metrics_revision_words")))
# Period kinds that name a period; the others point back, compare or set a day.
_NAMING: Final = word_set("metrics_naming")
_RELATIVE: Final = frozenset({"relative", "relative_year"})


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
        self.lead_in = low[sentence.start : sentence.end].rstrip().endswith(":")

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
    if sentence.start == 0:
        periods.opening = periods.carried
        if not quantities and forms.names_the_issue(periods.opening, periods.published):
            # "UK Labour Market, July 2014" published in July 2014: the month
            # names the issue; no month's figures are out before it ends
            periods.opening, periods.awaiting_opening = None, True
            periods.carry(carried)
    if (
        periods.awaiting_opening
        and periods.opening is None
        and periods.carried is not None
    ):
        # the first period a sentence reports on is the release's
        periods.opening = periods.carried
    return out


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


def _compared(low: str, floor: int, start: int) -> bool:
    """Whether the mention at *start* follows a comparison's lead."""
    return (
        _COMPARED_BEFORE.search(low, max(floor, start - 48), start) is not None
        or _COMPARED_FOR.search(low, max(floor, start - 24), start) is not None
        or _COMPARED_NOUN.search(low, max(floor, start - 90), start) is not None
        # "compared with a year earlier (Q1 2013)": the comparison's own date
        or _COMPARISON_GLOSS.search(low, max(floor, start - 24), start) is not None
        or _COMPARING.search(low, max(floor, start - 80), start) is not None
    )


def _vague(m: PeriodMention, low: str, floor: int) -> bool:
    """Whether a year is only part of one ("early 2008") or opens a horizon."""
    return m.kind == "year" and (
        _VAGUE_BEFORE.search(low, max(floor, m.start - 16), m.start) is not None
        or _OPEN_AFTER.match(low, m.end) is not None
    )


def _skipped(
    m: PeriodMention, low: str, floor: int, opening: Period | None = None
) -> bool:
    """Whether a mention is no period of the figures near it.

    An edge ("fiscal 2025, which ended in March"), a comparison point ("up 3
    percent from June 2024", "from the three months ending in June 2018",
    "higher than for December to February", or a span "from … to …" over
    before the release's reference period *opening* begins), an event's date
    or a name ("the July meeting", "the 2025 Budget").
    """
    if (
        _EDGE_BEFORE.search(low, max(floor, m.start - 16), m.start)
        or forms.SUPERLATIVE_SINCE.search(low, max(floor, m.start - 48), m.start)
        or _vague(m, low, floor)
    ):
        return True
    if (
        m.kind in _RELATIVE
        and _CHANGE_OVER.search(low, max(floor, m.start - 80), m.start) is not None
        # "rose 2.5 percent over the last 12 months" names a window, no point
        and forms.YEAR_WINDOW.search(low, m.start, m.end) is None
    ):
        return True  # "an increase of 1.1 trillion yuan over last year"
    if _compared(low, floor, m.start) or (
        low.startswith("from ", m.start)
        and _SPAN_END.search(low, m.start + 5, m.end) is None
    ):
        return True
    if (
        opening is not None
        and m.period is not None
        and low.startswith("from ", m.start)
        and m.period[1] < opening.start
    ):
        return True  # "up 120,000 from December to February" in a May release
    return bool(
        _EVENT_BEFORE.search(low, max(floor, m.start - 24), m.start)
        # a name holds a named date, never "this year" ("The budget this year
        # requests $15 million": a verb after it, no name)
        or (m.kind not in _RELATIVE and _EVENT_AFTER.match(low, m.end))
        or (low.endswith("the ", floor, m.start) and _NAMED_AFTER.match(low, m.end))
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


def _is_comparison(low: str, q: Quantity, floor: int) -> bool:
    """Whether *q* is a figure the report is set against, not the report."""
    # The lead may sit inside the quantity's qualifier ("lower than 5.3%").
    return (
        _FROM_NOUN_OF.search(low, max(floor, q.start - 48), q.start) is not None
        or any(
            _COMPARISON_LEAD.search(low, max(floor, pos - 20), pos) is not None
            for pos in {q.start, q.num_start}
        )
        or _PRIOR_BEFORE.search(low, max(floor, q.start - 40), q.start) is not None
    )
