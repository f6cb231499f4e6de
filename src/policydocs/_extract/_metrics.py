"""Metrics stage: which quantities measure something, with sign, period and basis.

The number grammar (``_numbers.find_quantities``) reads every quantity; this
stage decides, sentence by sentence, which of them are metrics (EXTRACTION.md,
"Metric") and fills the fields an analyst needs:

1. *Filter.* Dates and years, ordinal names, identifiers ("Article 12"), list
   numbers, times, hyphenated modifiers ("a five-year plan"), durations and the
   base of a rate ("per 1,000 residents") are not metrics. A bare number is a
   metric only where its context measures it: a scale ("7.1 million"), a
   measuring verb ("dropped by 12,300"), a ratio or an index.
2. *Unit.* Quantities keep the grammar's unit; a number with a counted noun is
   a ``count``; a fraction of a whole ("one-fifth") is a share in percent.
3. *Sign.* The closest change word before the amount in the same clause decides
   ("fell 1.7 percent" → -1.7), unless the amount is a level reached ("to",
   "at", "from").
4. *Period.* Period expressions from ``_dates.find_periods``: the one right
   after the quantity, else the nearest in the sentence, else the period
   carried from earlier sentences; "by 2035" (or "until …") governs only its
   own quantity, or its whole sentence when it opens it; comparison points,
   event days and horizons ahead never set a period; "in the same period"
   points back. docs/metrics.md lists every decision.
5. *Basis, target, indicator, subject* from cue lexicons in ``_units``.

Each Metric records in ``rule`` the decisions that produced it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from typing import TYPE_CHECKING, Final

import attrs

from .._dates import (
    PeriodMention,
    find_periods,
    fiscal_year_bounds,
)
from .._models import Metric, Period, Span
from . import _metric_lists as lists
from . import _metric_period_forms as forms
from . import _rules
from . import _units as lex
from ._lexicon import Gated, choice, word_starts, words
from ._lexicon import alternation as _trie
from ._metric_allocations import allocated
from ._metric_basis import (
    _LEVEL_BEFORE,
    _NEXT_WORD,
    _NOUN_BRACKET,
    Comparisons,
    implicit_basis,
    span_basis,
)
from ._metric_counted import for_purpose
from ._metric_kinds import (
    _RANK_NO,
    _is_identifier,
    _kind,
    pounds_weigh,
    short_tons,
)
from ._metric_labels import (
    SentencePlaces,
    _indicator,
    _source_jurisdiction,
    _source_key,
    _whose,
    names_nothing,
    release_jurisdiction,
    subject_of,
    with_predicate,
)
from ._metric_period_heads import Headlines
from ._metric_period_mentions import _Periods
from ._metric_period_rules import (
    fiscal_start,
    read_mention,
    settle_periods,
    undate_standing,
    undate_targets,
)
from ._metric_period_threads import Thread
from ._metric_periods import _CLAUSE_BREAK, _assign_periods
from ._metric_signs import held_after
from ._metric_standards import RULE_WORDS, continues_rule, standard_kind
from ._number_reader import _fold
from ._numbers import Quantity, find_quantities

if TYPE_CHECKING:
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_metrics"]


_NEGATIVE: Final = re.compile(
    r"(?<![a-z-])(" + _trie(lex.NEGATIVE_CHANGE) + r")(?![a-z-])"
)
_POSITIVE: Final = re.compile(
    r"(?<![a-z-])(" + _trie(lex.POSITIVE_CHANGE) + r")(?![a-z-])"
)
# A sampling margin or gloss in brackets right after an amount, "(±8.1 percent)*".
_ASIDE_AFTER: Final = re.compile(r" {0,2}\([^()]{1,40}\)\*?")
_NEGATIVE_AFTER: Final = re.compile(
    r" {1,2}(?:" + _trie(lex.NEGATIVE_AFTER) + r")(?![a-z])"
)
# A cue alone ("year-on-year"), or a lead and a reference point ("from a year
# earlier", "from April"); a month before a day number is a date ("on April 20").
_BASIS: Final = re.compile(
    r"(?<![a-z])(?:("
    + _trie(lex.BASIS_CUES)
    + r")|(?:"
    + _trie(lex.BASIS_LEADS)
    + r") {1,2}("
    + _trie(lex.BASIS_REFERENCES)
    + r")(?! {1,2}\d))(?![a-z])"
)
_TARGET: Final = re.compile(r"(?<![a-z])(?:" + _trie(lex.TARGET_CUES) + r")(?![a-z])")
_TARGET_NOUN: Final = re.compile(
    r"(?<![a-z-])(?:" + _trie(lex.TARGET_NOUNS) + r")(?:"
    r" {1,2}(?:" + _trie(lex.TARGET_NOUN_LINKS) + r")(?![a-z])| {0,2}:)"
)
#: A verb of forecasting with a clause after it (not "expected to").
_FORECAST: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("forecast_verbs")) + r")(?![a-z])(?! {1,2}to )"
)
_FORECAST_WILL: Final = re.compile(r"will(?![a-z])")
_OUTCOME: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.OUTCOME_VERBS) + r")(?![a-z])"
)
# "will be increased by", "aims to be": a participle or infinitive, no outcome
_NOT_OUTCOME_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_not_outcome_leads") + r") {1,2}\Z"
)
# A list heading that names goals ("The main targets for this year are:").
_TARGET_HEADING: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_heading_goals") + r")(?![a-z])[^.;:\n]{0,80}:"
)
_LIST_ITEM_END: Final = re.compile(r"(?:[;,]|;? {1,2}(?:and|or))\s{0,4}\Z")
_STOCK_DATE: Final = re.compile(r"(?<![a-z])(?:end|as of|close)(?![a-z])")
_YEAR_IN: Final = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
#: A week named by its last or its first day: "the week ending August 11".
_WEEK_END: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_week_ends") + r") {1,2}\Z"
)
_WEEK_START: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_week_starts") + r") {1,2}\Z"
)
_WEEK: Final = dt.timedelta(days=6)
#: "as of" / "as at" right before a day: the stock's reference date.
_STOCK_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_stock_leads") + r") {1,2}\Z"
)
_CHINA_CUE: Final = re.compile(r"\b(?:[Yy]uan|RMB|[Rr]enminbi|China|Chinese|Beijing)\b")
_YEN_WORD: Final = re.compile(r"\b(?:[Yy]en|Japan|Japanese|JPY)\b")
# Each searched through the whole text: behind a gate of the words they open
# with, since the leading \b would make ``re`` try every offset.
_CHINA_SCAN: Final = Gated(
    _CHINA_CUE,
    word_starts("Yuan", "yuan", "RMB", "Renminbi", "renminbi", "Chin", "Beijing"),
)
_YEN_SCAN: Final = Gated(_YEN_WORD, word_starts("Yen", "yen", "Japan", "JPY"))
_POSITIONAL: Final = re.compile(r"(?:" + choice("metrics_positional") + r") ")
_TARGET_AFTER: Final = re.compile(
    r" {1,2}(?:" + choice("metrics_target_after") + r")s?(?![a-z])"
)
_UP_DOWN_BEFORE: Final = re.compile(r"(?<![a-z])(?:up|down)(?: by)? {1,2}\Z")
_FROM_AFTER: Final = re.compile(r" {1,2}(?:from|over|compared (?:with|to))(?![a-z])")
_ADJECTIVE_OF: Final = re.compile(
    r" {1,2}[a-z]{3,} {1,2}(?:of|at) {1,2}(?:(?:"
    + choice("metrics_level_approx")
    + r") )?"
)
_INSTRUMENT: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_instruments")) + r")(?![a-z])"
)
_STANDING: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_standing")) + r")(?![a-z])"
)
_UNREPORTED: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_unreported")) + r")(?![a-z])"
)
_SPAN_JOIN: Final = re.compile(r" {0,2}(?:-|to|through|till|until) {0,2}")
_SPLIT_YEAR: Final = re.compile(r"\d[-/]\d")


def _in_any(q: Quantity, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether *q* overlaps one of *spans* (sorted by start; *starts* their starts)."""
    i = bisect.bisect_left(starts, q.end)
    # Period expressions are short, so only the few starting just before q reach it.
    return any(spans[j][1] > q.start for j in range(max(0, i - 4), i))


def _negative_after(low: str, pos: int) -> bool:
    """A downward word right after the amount, a noun or two between ("rate cut").

    A bracket right after the amount is an aside ("2.1 percent (±8.1 percent)*
    below the April estimate"): the word after it still speaks of the amount.
    """
    if (aside := _ASIDE_AFTER.match(low, pos)) is not None:
        pos = aside.end()
    for _ in range(3):
        if _NEGATIVE_AFTER.match(low, pos) is not None:
            return True
        m = _NEXT_WORD.match(low, pos)
        if m is None or m.group(1) in lex.NOUN_STOPWORDS:
            return False
        pos = m.end()
    return False


# "cut the £15bn cost of X": a determiner between the verb and the amount
_DETERMINED: Final = re.compile(
    r" {1,2}(?:" + choice("metrics_definite_before") + r") {1,2}\Z"
)
_OF_NOUN: Final = re.compile(r" {1,2}of {1,2}[a-z]")
_BY_WORD: Final = re.compile(r"(?<![a-z])by(?![a-z])")


def _reduced_object(q: Quantity, low: str, window: str, neg_end: int) -> bool:
    """Whether the amount measures what a change verb acts on, not the change.

    "projects that reduced 800,000 tons of sediment" (an avoided quantity) and
    "cut the £15bn cost of reoffending" (the level of what is cut) are
    positive; "cut costs by 5 percent" keeps the sign of its "by".
    """
    if _BY_WORD.search(window, neg_end) is not None:
        return False
    if _DETERMINED.fullmatch(window, neg_end) is not None:
        return True
    return q.unit not in {"percent", "percentage_point"} and (
        _OF_NOUN.match(low, q.end) is not None
    )


def _sign(q: Quantity, low: str, floor: int) -> tuple[float, str]:
    """Return the sign the change words give the amount, and the rule."""
    if q.value < 0 or q.unit == "rank":
        return 1.0, ""
    # "were 2 percent lower": a word after the amount speaks of the amount itself.
    if _negative_after(low, q.end):
        return -1.0, _rules.SIGN_AFTER
    if _LEVEL_BEFORE.search(low, max(floor, q.start - 12), q.start) is not None:
        return 1.0, ""
    if _POSITIONAL.match(low, q.start) is not None:
        return 1.0, ""  # "fall below 65 percent": a level passed, not an amount
    if _TARGET_AFTER.match(low, q.end) is not None:
        return 1.0, ""  # "a path down to our 2 percent goal": a level aimed at
    if _NOUN_BRACKET.search(low, max(floor, q.start - 4), q.start) is not None:
        return 1.0, ""  # "layoffs (1.5 million) changed little": the noun's level
    if low[q.start - 1 : q.start] == "(" and low.startswith(")", q.end):
        return 1.0, ""  # "lower than in May (4.3%)": a level restated in brackets
    window = low[max(floor, q.start - 90) : q.start]
    negative = list(_NEGATIVE.finditer(window))
    if not negative:
        return 1.0, ""
    if _ADJECTIVE_OF.fullmatch(window, negative[-1].end()):
        return 1.0, ""  # "a lower estimate of $2 billion": a level, described
    if _reduced_object(q, low, window, negative[-1].end()):
        return 1.0, ""
    last_neg = negative[-1].start()
    positive = [m.start() for m in _POSITIVE.finditer(window)]
    if (positive and positive[-1] > last_neg) or held_after(window, last_neg):
        return 1.0, ""  # "cuts will keep the price near $90": a level held
    return -1.0, _rules.sign(negative[-1].group(1))


#: How far back from a quantity a goal word may govern it: a clause or two.
_TARGET_WINDOW: Final = 250


class _GoalWords:
    """The goal words and outcome verbs of one sentence, found in one pass.

    Each quantity then asks by bisection, so a sentence of many numbers costs
    what its length does, not its length times the window.
    """

    def __init__(self, low: str, start: int, end: int) -> None:
        self.low = low
        cues = sorted(
            (m.end(), m.start())
            for pattern in (_TARGET, _TARGET_NOUN)
            for m in pattern.finditer(low, start, end)
        )
        self.cue_ends = [e for e, _ in cues]
        self.cue_starts = [s for _, s in cues]
        # "We expect that prices will average $90": a forecast verb before
        # "will" makes what follows a forecast, not a goal
        forecast = _FORECAST.search(low, start, end)
        self.forecast_end = forecast.end() if forecast is not None else end
        # "will be increased by": a participle after "be" or "to" is no outcome
        self.outcomes = [
            (m.start(), m.end())
            for m in _OUTCOME.finditer(low, start, end)
            if _NOT_OUTCOME_LEAD.search(low, max(start, m.start() - 8), m.start())
            is None
        ]
        self.outcome_starts = [s for s, _ in self.outcomes]

    def governs(self, q: Quantity, floor: int) -> bool:
        """Whether a goal word before *q* makes it a goal.

        The goal word lies within ``_TARGET_WINDOW`` characters and after
        *floor*; a noun cue needs a preposition or a copula after it ("a target
        of", "the budget for"); an outcome verb between the cue and the number
        ("the reform will help, after exports rose 5 percent") makes it an
        outcome.
        """
        i = bisect.bisect_right(self.cue_ends, q.start) - 1
        if i < 0 or self.cue_starts[i] < max(floor, q.start - _TARGET_WINDOW):
            return False
        if self.cue_starts[i] >= self.forecast_end and _FORECAST_WILL.match(
            self.low, self.cue_starts[i]
        ):
            return False
        j = bisect.bisect_left(self.outcome_starts, self.cue_ends[i])
        return j >= len(self.outcomes) or self.outcomes[j][1] > q.start


#: How far back from a quantity its clause, owner and cues are looked for.
#: Policy sentences are far shorter; the bound keeps a sentence of a million
#: characters with a number every few words linear instead of quadratic.
_LOOKBACK: Final = 1000


def _clause_floor(breaks: list[int], sentence_start: int, pos: int) -> int:
    """Start of the clause holding *pos*; *breaks* are its sentence's clause ends."""
    i = bisect.bisect_right(breaks, pos) - 1
    return max(sentence_start, pos - _LOOKBACK, breaks[i] if i >= 0 else 0)


def _basis(
    low: str, q: Quantity, clause: int, previous_end: int, stop: int
) -> str | None:
    """The basis named right after the amount, else just before it.

    The clause and the neighbouring quantities bound the search, so one
    amount's basis does not leak to the next ("reached 9.35 trillion yuan, up
    5.6 percent year-on-year": only 5.6 is year-on-year).
    """
    m = _BASIS.search(low, q.end, min(stop, q.end + 60))
    window = max(clause, q.start - 40)
    if m is None and previous_end <= window:
        # "a year-on-year rise of 5 percent"; not when an earlier amount sits
        # in the window, whose basis the phrase is ("6.8 percent year on year
        # to 272.5 trillion yuan").
        m = _BASIS.search(low, window, q.start)
    if m is None:
        return None
    if m.group(1) is not None:
        return lex.BASIS_CUES[m.group(1)]
    return lex.BASIS_REFERENCES[m.group(2)]


def _basis_of(
    low: str,
    q: Quantity,
    bounds: tuple[int, int, int, int, int],
    period: Period | None,
    comparisons: Comparisons | None,
) -> str | None:
    """The basis the text names for *q*, else the one its span implies.

    *bounds* are the sentence's and the clause's starts, the end of the
    amount before *q*, where *q*'s own stretch ends and where its clause
    ends; *comparisons* is None for a goal, which keeps only a basis the text
    names.
    """
    sentence_start, clause, previous_end, stop, clause_end = bounds
    named = _basis(low, q, clause, previous_end, stop)
    if named is not None or comparisons is None:
        return named
    return (
        span_basis(low, q, (clause, previous_end, stop), period, comparisons)
        or comparisons.basis(q, period, (sentence_start, previous_end, clause_end))
        or implicit_basis(low, q, clause, stop, period)
    )


def _main_currency(quantities: list[Quantity], text: str) -> str | None:
    """The currency the text reports most amounts in.

    "¥" counts for the yuan in a text about China that never names the yen.
    """
    china = _CHINA_SCAN.search(text) is not None and _YEN_SCAN.search(text) is None
    counts: dict[str, int] = {}
    for q in quantities:
        unit = q.unit
        if unit == "JPY" and china and "¥" in text[q.start : q.num_end]:
            unit = "CNY"
        if len(unit) == 3 and unit.isupper():
            counts[unit] = counts.get(unit, 0) + 1
    return max(counts, key=lambda unit: counts[unit]) if counts else None


def _week_of(m: PeriodMention, low: str) -> PeriodMention:
    """A day that ends or opens a week named by it, read as that week's seven days."""
    if m.period is None:
        return m
    day = m.period[0]
    floor = max(0, m.start - 24)
    # the mention takes in "week ending": the day is no edge of another span
    end = _WEEK_END.search(low, floor, m.start)
    if end is not None:
        return m._replace(start=end.start(), kind="range", period=(day - _WEEK, day))
    start = _WEEK_START.search(low, floor, m.start)
    if start is not None:
        return m._replace(start=start.start(), kind="range", period=(day, day + _WEEK))
    return m


def _results_title(
    title: str | None,
    published: dt.date | None,
    currency: str | None,
    named_start: int | None,
) -> Period | None:
    """The one period a title names when it ended before publication, else None.

    "Budget Results for Fiscal Year 1998", published in October 1998, reports
    on a closed year: a section heading goes back to it. A year still running or
    to come ("the 2027 Budget") names a plan, a day dates an event, and a month
    without its year ("Riders get contracts from May") is no reference period.
    """
    if not title or published is None:
        return None
    found = {
        m.period
        for m in _period_mentions(title, _fold(title), published, currency, named_start)
        if m.period is not None and m.kind != "day"
    }
    if len(found) != 1:
        return None
    first, last = found.pop()
    if last >= published or not {str(first.year), str(last.year)} & set(
        _TITLE_YEAR.findall(title)
    ):
        # still running or to come, or a month without its year ("from May")
        # read back to the last one
        return None
    return Period(start=first, end=last)


_TITLE_YEAR: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _period_mentions(
    text: str,
    low: str,
    reference: dt.date | None,
    currency: str | None,
    named_start: int | None,
) -> list[PeriodMention]:
    """Period mentions, read as a metric needs them.

    - Fiscal years follow the convention of the text's country, judged by the
      names it uses or its source (*named_start*, from ``fiscal_start``), else by
      its main currency.
    - A month, quarter or half named without a year that would lie after the
      publication date is the most recent one ("In December alone" in January).
    - A calendar day without its year ("BEIJING, Jan. 14", "on Tuesday") or
      the publication's own day (a dateline, "out today (28 December 2016)")
      dates an event, not a value; a stock date ("at the end of 2025", "as of
      June 30") and a full date with its year ("on 13 January 2022") are
      periods, carried on like any named period.
    """
    start_month = named_start or lex.FISCAL_YEAR_START.get(currency or "")
    by_start = start_month is not None and currency in lex.FISCAL_YEAR_NAMED_BY_START
    out = []
    for found in find_periods(text, reference=reference, fiscal_year_start=start_month):
        m = read_mention(found, low, start_month)
        if m.period is None:
            out.append(m)
            continue
        first, last = m.period
        if (
            by_start
            and start_month is not None
            and m.kind == "fiscal_year"
            and _SPLIT_YEAR.search(text, m.start, m.end) is None
        ):
            m = m._replace(period=fiscal_year_bounds(last.year + 1, start_month))
        elif (
            m.implicit_year
            and reference is not None
            and first > reference
            and first.year > 1  # no year 0 to move it back to
        ):
            m = m._replace(period=(_year_earlier(first), _year_earlier(last)))
        if m.kind == "day":
            m = _week_of(m, low)
        if (
            m.kind == "day"
            and _STOCK_DATE.search(low, m.start, m.end) is None
            and _STOCK_LEAD.search(low, max(0, m.start - 8), m.start) is None
            and (
                m.implicit_year
                or not _YEAR_IN.search(text, m.start, m.end)
                # a dateline's or "out today (28 December 2016)": the day of
                # the text itself, not of its figures
                or (reference is not None and first == reference)
            )
        ):
            # after the year is settled too: "on 29 December" in January
            m = m._replace(kind="event_day")
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.period is not None
            and m.period is not None
            and previous.kind == m.kind == "fiscal_year"
            and _SPAN_JOIN.fullmatch(low, previous.end, m.start) is not None
        ):
            # "the financial years 2026-27 to 2030-31": one span of fiscal years
            out[-1] = previous._replace(
                end=m.end, period=(previous.period[0], m.period[1])
            )
            continue
        out.append(m)
    return out


def _year_earlier(day: dt.date) -> dt.date:
    """The same day a year earlier (February 29 becomes February 28)."""
    if day.month == 2 and day.day == 29:
        return day.replace(year=day.year - 1, day=28)
    return day.replace(year=day.year - 1)


def _in_rule(
    rules: dict[int, bool], sentences: tuple[Sentence, ...], index: int, low: str
) -> bool:
    """Whether sentence *index* sets a rule, looked up once per sentence.

    A list item ("(b) four years of experience") continues the rule of the
    sentence before it: the walk back crosses items, each looked up once.
    """
    i = index
    while i not in rules:
        sentence = sentences[i]
        if RULE_WORDS.search(low, sentence.start, sentence.end) is not None:
            rules[i] = True
        elif i > 0 and continues_rule(low, sentence.start):
            i -= 1
        else:
            rules[i] = False
    for j in range(i + 1, index + 1):
        rules[j] = rules[i]
    return rules[index]


def _sentence_index(sentences: tuple[Sentence, ...], pos: int, hint: int) -> int:
    i = hint
    while i + 1 < len(sentences) and sentences[i].end <= pos:
        i += 1
    return i


def find_metrics(ctx: Context, registry: ActorRegistry) -> tuple[Metric, ...]:
    """Find every number that measures something in ``ctx.text``."""
    text = ctx.text
    if not ctx.sentences:
        return ()
    low = ctx.lower if ctx.lower is not None else _fold(text)
    quantities = lists.share_units(find_quantities(text), text, low)
    currency = _main_currency(quantities, text)
    named_start = fiscal_start(text, ctx.source)
    weigh = pounds_weigh(text, low, named_start)
    short = short_tons(currency, named_start)
    mentions = _period_mentions(text, low, ctx.published, currency, named_start)
    date_spans = sorted((m.start, m.end) for m in mentions)
    date_starts = [s for s, _ in date_spans]
    periods = _Periods(mentions, ctx.published)
    comparisons = Comparisons(low, mentions)
    measured = _source_jurisdiction(_source_key(ctx.source)) is not None
    headlines = Headlines(open=measured)
    thread = Thread(release=measured)
    periods.measured = measured
    if measured:
        # a measuring body's release: its title's month or quarter dates the
        # figures until the text names another period
        title = forms.title_period(ctx.title, ctx.published)
        if forms.names_the_issue(title, ctx.published):
            periods.awaiting_opening = True
        else:
            periods.carry(title)
            periods.opening = periods.carried
            periods.release = title is not None
    else:
        periods.opening = _results_title(
            ctx.title, ctx.published, currency, named_start
        )
    by_sentence: dict[int, list[tuple[Quantity, str, str]]] = {}
    rules: dict[int, bool] = {}
    jurisdiction = release_jurisdiction(ctx.source, ctx.title, text)
    hint = 0
    for q in quantities:
        hint = _sentence_index(ctx.sentences, q.start, hint)
        sentence = ctx.sentences[hint]
        if _in_any(q, date_spans, date_starts):
            continue
        floor = sentence.start
        if _is_identifier(q, text, low, floor):
            continue
        kind = _kind(q, text, low, floor, currency, weigh=weigh, short=short)
        if (
            kind is None
            and q.unit == "number"
            and _in_rule(rules, ctx.sentences, hint, low)
        ):
            kind = standard_kind(q, low, floor)
        if kind is None:
            continue
        by_sentence.setdefault(hint, []).append((q, kind[0], kind[1]))
    metrics: list[Metric] = []
    # The indicator the latest report named: what "the increase" is of.
    reported: str | None = None
    in_list = False
    for index, sentence in enumerate(ctx.sentences):
        list_from, in_list = _target_list(low, sentence, in_list=in_list)
        found = by_sentence.get(index)
        if not found:
            settle_periods(
                [],
                _assign_periods([], sentence, periods, low, []),
                periods,
                low,
                sentence,
            )
            continue
        breaks = [
            m.end() for m in _CLAUSE_BREAK.finditer(low, sentence.start, sentence.end)
        ]
        # One "will" may govern several coordinated clauses: look sentence-wide.
        goal_words = _GoalWords(low, sentence.start, sentence.end)
        unreported = _UNREPORTED.search(low, sentence.start, sentence.end) is not None
        goals = [goal_words.governs(q, sentence.start) for q, _, _ in found]
        # a rule's qualified amounts are its minimums, caps and triggers
        # (case-sensitive: "in May" is no "may")
        ruled = RULE_WORDS.search(text, sentence.start, sentence.end) is not None
        assigned = settle_periods(
            found,
            _assign_periods(found, sentence, periods, low, goals),
            periods,
            low,
            sentence,
        )
        if ruled:
            assigned = undate_standing(assigned)
        assigned = undate_targets(found, assigned, low, sentence.start)
        assigned = thread.settle(low, sentence, assigned, goals)
        previous_end = sentence.start
        carried: str | None = None
        next_starts = [q.start for q, _, _ in found[1:]] + [sentence.end]
        built: list[tuple[Quantity, Metric]] = []
        places = SentencePlaces(text, sentence.start, sentence.end)
        for (q, unit, rule), (period, period_rule), next_start in zip(
            found, assigned, next_starts, strict=True
        ):
            metric = _build(
                ctx,
                registry,
                low,
                sentence,
                q,
                unit=unit,
                rule=rule,
                period=period,
                period_rule=period_rule,
                previous_end=previous_end,
                breaks=breaks,
                next_start=next_start,
                goal_words=goal_words,
                listed=list_from is not None and q.start >= list_from,
                standard=ruled and q.approx is not None,
                carried=carried,
                unreported=unreported,
                previous_start=ctx.sentences[index - 1].start if index else 0,
                shared_sign=_listed_sign(low, built, q),
                owner=_same_clause_owner(built, breaks, q),
                places=places,
                comparisons=comparisons,
                jurisdiction=jurisdiction,
            )
            if metric is not None:
                if metric.indicator and names_nothing(metric.indicator) and reported:
                    # "In September 2023, the increase was 4.3 percent": of what
                    # the report before says
                    metric = attrs.evolve(metric, indicator=reported)
                built.append((q, metric))
                carried = metric.indicator
            previous_end = q.end
        if len(built) > 1:
            built = lists.shared_tail(low, built)
        if len(built) > 1 and low.find("from ", sentence.start, sentence.end) >= 0:
            built = lists.from_to(
                low, built, periods.in_sentence(sentence), ctx.published
            )
        first = len(metrics)
        metrics.extend(_spread(low, built, periods, sentence))
        headlines.settle(metrics, first, low, sentence, periods.carried)
        reported = next(
            (
                m.indicator
                for _, m in reversed(built)
                if m.indicator and not names_nothing(m.indicator)
            ),
            reported,
        )
    return tuple(metrics)


def _listed_sign(low: str, built: list[tuple[Quantity, Metric]], q: Quantity) -> str:
    """The sign rule of the amount *q* follows in a list, when that one fell.

    "fell 1.2 percent and 2.4 percent": the change word before the first
    amount is the second's too.
    """
    if not built or not (
        lists.joined(low, built[-1][0], q) or lists.elided(low, built[-1][0], q)
    ):
        return ""
    before = built[-1][1]
    if before.value >= 0:
        return ""
    return next(
        (r for r in before.rule.split("+") if r.startswith(f"{_rules.SIGN}:")), ""
    )


def _same_clause_owner(
    built: list[tuple[Quantity, Metric]], breaks: list[int], q: Quantity
) -> str | None:
    """The subject of the amount before *q*, when no clause break parts them.

    "Cyprus (from 13.0% to 10.3%)": the second amount names no owner of its
    own and is Cyprus's too.
    """
    if not built:
        return None
    before = built[-1][0]
    i = bisect.bisect_right(breaks, before.end)
    if i < len(breaks) and breaks[i] <= q.start:
        return None
    return built[-1][1].subject


def _spread(
    low: str,
    built: list[tuple[Quantity, Metric]],
    periods: _Periods,
    sentence: Sentence,
) -> list[Metric]:
    """A sentence's metrics with each amount of a "respectively" list its own.

    When the sentence's last amount takes its own period so, that is the
    period carried on.
    """
    if len(built) < 2 or "respectively" not in low[sentence.start : sentence.end]:
        return [metric for _, metric in built]
    uncarried: set[Period] = set()
    spread = lists.spread(
        low, built, periods.in_sentence(sentence), sentence.end, uncarried
    )
    last = spread[-1][1].period
    if last is not None and last != built[-1][1].period and last not in uncarried:
        periods.carry(last)
    return [metric for _, metric in spread]


def _instrument(low: str, indicator: str | None, start: int, end: int) -> bool:
    """Whether a figure measures a central bank's own instrument.

    Its indicator names one, or its own stretch of the clause does (up to the
    next amount): "raised the rate by 25 basis points and cut its holdings
    by $95 billion" makes only the $95 billion the bank's.
    """
    return (
        indicator is not None and _INSTRUMENT.search(indicator.lower()) is not None
    ) or _INSTRUMENT.search(low, start, end) is not None


def _target_list(
    low: str, sentence: Sentence, *, in_list: bool
) -> tuple[int | None, bool]:
    """Where a list of goals starts in *sentence*, and whether it goes on after.

    "The main targets for this year are: GDP growth of around 5 percent; …":
    the items after a heading that names goals are goals, through the
    following sentences while each item ends in ";" or "; and".
    """
    start: int | None = sentence.start if in_list else None
    if start is None and low.find(":", sentence.start, sentence.end) >= 0:
        # A heading ends with a colon: most sentences hold none, and the
        # pattern (led by a look-behind) would be tried at each offset.
        heading = _TARGET_HEADING.search(low, sentence.start, sentence.end)
        start = heading.end() if heading is not None else None
    if start is None:
        return None, False
    tail = low[sentence.start : sentence.end].rstrip()
    goes_on = tail.endswith(":") or _LIST_ITEM_END.search(tail) is not None
    return start, goes_on


def _build(
    ctx: Context,
    registry: ActorRegistry,
    low: str,
    sentence: Sentence,
    q: Quantity,
    *,
    unit: str,
    rule: str,
    period: Period | None,
    period_rule: str,
    previous_end: int,
    breaks: list[int],
    next_start: int,
    goal_words: _GoalWords,
    listed: bool = False,
    standard: bool = False,
    carried: str | None = None,
    unreported: bool = False,
    previous_start: int = 0,
    shared_sign: str = "",
    owner: str | None = None,
    places: SentencePlaces,
    comparisons: Comparisons,
    jurisdiction: str | None = None,
) -> Metric | None:
    text = ctx.text
    clause = _clause_floor(breaks, sentence.start, q.start)
    floor = max(clause, previous_end)
    later = bisect.bisect_right(breaks, q.end)
    clause_end = breaks[later] if later < len(breaks) else sentence.end
    value, upper = q.value, q.upper
    if rule == _rules.MINOR_UNIT:
        value /= 100
        upper = upper / 100 if upper is not None else None
    if rule.startswith(_rules.SHARE_FRACTION):
        value *= 100
        upper = upper * 100 if upper is not None else None
    sign, sign_rule = _sign(q, low, max(clause, previous_end))
    if shared_sign and not sign_rule and q.value > 0:
        sign, sign_rule = -1.0, shared_sign  # "fell 1.2 and 2.4 percent"
    if sign < 0:
        # "fell 2-3 percent" is a fall of 2 to 3: the range -3 to -2
        value, upper = (-value, None) if upper is None else (-upper, -value)
    if not math.isfinite(value) or (upper is not None and not math.isfinite(upper)):
        return None  # scaled past float range ("1.7e308 in 1" as a share)
    if upper is not None and upper < value:
        upper = None  # never a reversed range, whatever the rules above did
    spans_noun = unit == "count" or rule in {
        _rules.DURATION_MEASURED,
        _rules.DURATION_STANDARD,
    }
    end = q.noun_end if spans_noun and q.noun_end is not None else q.end
    start = q.start
    if rule == _rules.RANK_NUMBER and (
        no := _RANK_NO.search(low, max(0, q.num_start - 12), q.num_start)
    ):
        start = no.start()  # "No. 2", not "2"
    if period_rule in {_rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT} and (
        _STANDING.search(low, clause, clause_end) is not None
        # "To date, the fund has awarded …": a running total, sentence-wide
        or unreported
    ):
        # A policy rate or a standing objective ("our 2 percent goal") has no
        # period of its own: an earlier report's is not its (EXTRACTION.md).
        period, period_rule = None, ""
    # "will be 3 trillion yuan, up 150 billion yuan from 2024": the difference
    # from a past figure is reported, not aimed at.
    computed = (
        _UP_DOWN_BEFORE.search(low, max(clause, q.start - 8), q.start) is not None
        and _FROM_AFTER.match(low, end) is not None
    )
    target = (
        listed
        or standard
        or (
            not computed
            and (
                goal_words.governs(q, clause)
                or _TARGET_AFTER.match(low, q.end) is not None
                or period_rule == _rules.PERIOD_BY_YEAR
                # a rule's minimum, cap or trigger is what the rule requires
                or rule in {_rules.DURATION_STANDARD, _rules.COUNT_STANDARD}
                # money set aside to do something is planned, not an outcome
                or for_purpose(low, q)
                or allocated(low, q, clause, (sentence.start, sentence.end))
            )
        )
    )
    rules = "+".join(r for r in (rule, sign_rule, period_rule) if r)
    indicator = _indicator(
        text,
        low,
        q,
        floor=floor,
        limit=min(next_start, clause_end),
        lookback=max(sentence.start, floor - 80),
        carried=carried,
        sentence_start=sentence.start,
        previous_start=previous_start,
        clause=clause,
    )
    if unit == "count" and indicator is not None:
        indicator = with_predicate(text, low, q, indicator, min(next_start, clause_end))
    return Metric(
        text=text[start:end],
        span=Span(start=start, end=end),
        value=value,
        upper=upper,
        unit=unit,
        approx=q.approx,
        period=period,
        basis=_basis_of(
            low,
            q,
            (
                sentence.start,
                clause,
                previous_end,
                min(next_start, clause_end),
                clause_end,
            ),
            period,
            comparisons if not target else None,
        ),
        target=target,
        indicator=indicator,
        subject=_whose(
            subject_of(
                text,
                low,
                registry,
                q,
                bounds=(sentence.start, clause, floor),
                after=end,
                carried=owner,
                places=places,
            ),
            ctx.source,
            registry,
            jurisdiction=jurisdiction,
            instrument=_source_key(ctx.source) in lex.SOURCE_OWNERS
            and _instrument(low, indicator, clause, min(next_start, clause_end)),
        ),
        rule=rules,
    )
