"""Period rules of the metrics stage that read a mention against its words.

Each rule here takes one period mention (or a figure and its neighbours) and
the text around it, and says what period, if any, the figures it governs
report on:

- a pair of consecutive years that the text calls a fiscal or financial year
  ("financial year 2023 to 2024", "the 2023 to 2024 financial year") is that
  fiscal year, as "2023-24" is (gold decision 27);
- a figure right after which the text sets a point relative to the report
  ("rose 0.2 percent the previous month", "from 48 percent a year earlier")
  takes the report's period moved back by that unit (gold decisions 455-459).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Final

from .._dates import fiscal_year_bounds, infer_fiscal_year_start
from .._models import Period
from . import _rules
from . import _units as lex
from ._lexicon import choice
from ._metric_labels import _source_jurisdiction, _source_key

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .._dates import PeriodMention
    from ._context import Sentence
    from ._metric_period_mentions import _Periods
    from ._numbers import Quantity

__all__: list[str] = []

_FISCAL_NAME: Final = "(?:" + choice("metrics_fiscal_year_names") + ")"
# "financial year 2023 to 2024": the name before the pair (the grammar may
# take "year" into the mention, "year 2023 to 2024").
_NAME_BEFORE: Final = re.compile(r"(?<![a-z])" + _FISCAL_NAME + r" {1,2}\Z")
# "the 2023 to 2024 financial year"
_NAME_AFTER: Final = re.compile(r" {1,2}" + _FISCAL_NAME + r"(?![a-z])")
# The pair itself: two four-digit years one apart, "2023 to 2024".
_PAIR: Final = re.compile(r"(?:year {1,2})?(\d{4}) {1,2}to {1,2}(\d{4})\Z")


def fiscal_start(text: str, source: str | None) -> int | None:
    """The month the fiscal years of the text's country open with, else None.

    The countries the text names decide (``infer_fiscal_year_start``); a text
    that names none ("fiscal 2025" in a release of the Bureau of Labor
    Statistics) takes its source's: the jurisdiction it measures, else the
    country its name holds ("U.S. Department of the Treasury").
    """
    named = infer_fiscal_year_start(text)
    if named is not None or not source:
        return named
    measured = _source_jurisdiction(_source_key(source))
    return infer_fiscal_year_start(measured or source)


def fiscal_pair(m: PeriodMention, low: str, start_month: int | None) -> PeriodMention:
    """*m* read as a fiscal year when the text names it one, else *m* itself.

    "financial year 2023 to 2024" in a text whose fiscal years open in April
    is 2023-04-01 to 2024-03-31; a bare "from 2023 to 2024" stays two years.
    """
    if start_month is None or start_month == 1 or m.kind != "plan":
        return m
    pair = _PAIR.match(low, m.start, m.end)
    if pair is None or int(pair.group(2)) != int(pair.group(1)) + 1:
        return m
    named = (
        _NAME_BEFORE.search(low, max(0, m.start - 24), pair.start(1)) is not None
        or _NAME_AFTER.match(low, m.end) is not None
    )
    if not named:
        return m
    bounds = fiscal_year_bounds(int(pair.group(2)), start_month)
    return m._replace(kind="fiscal_year", period=bounds)


# "in mid-April", "in early March": part of a month, no period of the
# contract's list; it dates an act ("ordered five stations off the air in
# mid-April"), not a report (gold decision 507), like "early 2008" for a year.
_VAGUE_MONTH: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_vague_before") + r")(?: {1,2}|-)\Z"
)
_VAGUE_REACH: Final = 16
# "the year ending 31 March 2026", "the 12 months to 30 June 2026", "the six
# months ended 30 September", "the fiscal year that ended September 30": a span
# that closes on the day named.
_MONTHS_TO_DAY: Final = re.compile(
    r"(?<![a-z])(?:the {1,2})?"
    r"(?:(?:(?:" + choice("metrics_span_years") + r") {1,2})?(year)"
    r"|(\d{1,2}) {1,2}(months|weeks))"
    r" {1,2}(?:" + choice("metrics_span_closers") + r") {1,2}\Z"
)
_MONTHS_TO_REACH: Final = 40
_WEEK: Final = 7
_MAX_WEEKS: Final = 53
# "in the most recent data", "in the latest figures": a time with no period.
_LATEST_DATA: Final = re.compile(
    r"(?<![a-z])the (?:"
    + choice("metrics_latest_words")
    + r") (?:"
    + choice("metrics_latest_nouns")
    + r")(?![a-z])"
)


def read_mention(m: PeriodMention, low: str, start_month: int | None) -> PeriodMention:
    """*m* as the metrics stage reads it: a named fiscal year, a vague month.

    A part of a month becomes the kind ``"vague"``, which dates no figure
    and is never carried on.
    """
    if (
        m.kind == "month"
        and _VAGUE_MONTH.search(low, max(0, m.start - _VAGUE_REACH), m.start)
        is not None
    ):
        return m._replace(kind="vague")
    if m.kind == "day" and m.period is not None:
        return _months_to_day(m, low)
    return fiscal_pair(m, low, start_month)


def _months_to_day(m: PeriodMention, low: str) -> PeriodMention:
    """A day that ends a span of months or weeks: "the year ending 31 March 2026"."""
    lead = _MONTHS_TO_DAY.search(low, max(0, m.start - _MONTHS_TO_REACH), m.start)
    if lead is None or m.period is None:
        return m
    day = m.period[1]
    if lead.group(3) == "weeks":
        # "in the 4 weeks to 9 March 2027": the 28 days ending that day
        weeks = int(lead.group(2))
        if not 0 < weeks <= _MAX_WEEKS or day.toordinal() <= _WEEK * weeks:
            return m
        start_day = day - dt.timedelta(days=_WEEK * weeks - 1)
        return m._replace(start=lead.start(), kind="range", period=(start_day, day))
    months = _UNIT_MONTHS["year"] if lead.group(1) else int(lead.group(2))
    if not 0 < months <= _UNIT_MONTHS["year"]:
        return m
    if day == dt.date.max:
        return m  # no day after it to count back from
    following = day + dt.timedelta(days=1)
    index = _month_index(following) - months
    if index < _UNIT_MONTHS["year"]:
        return m  # no year 0 to open in
    last = _last_of_month(index)
    start = last.replace(day=min(following.day, last.day))
    return m._replace(start=lead.start(), kind="range", period=(start, day))


_UNIT_MONTHS: Final = {"month": 1, "quarter": 3, "year": 12}
# Right after a figure: "rose 0.2 percent the previous month", "48 percent in the
# previous quarter", "3.1 percent a year earlier"; "an increase of 5 percent over
# the previous year" names the point a change is measured from, no period.
_RELATIVE_POINT: Final = re.compile(
    r" {1,2}(?:(?:"
    + choice("metrics_relative_point_leads")
    + r") {1,2})?(?:"
    + choice("metrics_relative_points")
    + r")(?![a-z])"
)
_UNIT_WORD: Final = re.compile(r"month|quarter|year")
# "down from 48 percent last year" in a report on a month, quarter or day: the
# starting level of a comparison, dated a year before the report.
_LAST_YEAR: Final = re.compile(r" {1,2}last {1,2}year(?![a-z])")
_STARTING_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_starting_leads") + r") {1,2}\Z"
)
_LEAD_REACH: Final = 16


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _last_of_month(index: int) -> dt.date:
    following = index + 1
    if following // 12 > dt.MAXYEAR:
        return dt.date.max  # December of the last year the calendar holds
    return dt.date(following // 12, following % 12 + 1, 1) - dt.timedelta(days=1)


def _moved_back(report: Period, months: int) -> Period | None:
    """*report* moved back by *months*, month ends kept as month ends."""
    start_index = _month_index(report.start) - months
    end_index = _month_index(report.end) - months
    if min(start_index, end_index) < _UNIT_MONTHS["year"]:  # no year 0 to move into
        return None
    start_last = _last_of_month(start_index)
    end_last = _last_of_month(end_index)
    start = start_last.replace(day=min(report.start.day, start_last.day))
    month_end = report.end == _last_of_month(_month_index(report.end))
    end = (
        end_last
        if month_end
        else end_last.replace(day=min(report.end.day, end_last.day))
    )
    return Period(start=start, end=end)


def _span_months(report: Period) -> int | None:
    """How many whole calendar months *report* covers, else None."""
    if report.start.day != 1 or report.end != _last_of_month(_month_index(report.end)):
        return None
    return _month_index(report.end) - _month_index(report.start) + 1


def _relative_months(low: str, q: Quantity, report: Period) -> int | None:
    """How far back the point right after *q* moves *report*, else None."""
    point = _RELATIVE_POINT.match(low, q.end)
    span = _span_months(report)
    if point is not None:
        unit = _UNIT_MONTHS[_UNIT_WORD.findall(point.group())[-1]]
        if unit == _UNIT_MONTHS["year"]:
            return unit if span is None or span <= unit else None
        return unit if span == unit else None
    if (
        _LAST_YEAR.match(low, q.end) is not None
        and (span is None or span < _UNIT_MONTHS["year"])
        and _STARTING_LEAD.search(low, max(0, q.start - _LEAD_REACH), q.start)
        is not None
    ):
        return _UNIT_MONTHS["year"]
    return None


def _relative_points(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    low: str,
    report: Period | None,
) -> list[tuple[Period | None, str]]:
    """Date the figures of one sentence that a relative point follows.

    "rose 0.4 percent in May after rising 0.2 percent the previous month": the
    point names the figure's period relative to the *report*'s (the period the
    sentence carries on, which no comparison figure sets), here April. A month
    or a quarter moves a report of that length only; a year moves any report
    up to a year long ("48 percent a year earlier" of a day's inventory).
    """
    out = list(assigned)
    if report is None:
        return out
    for i, (q, _, _) in enumerate(quantities):
        months = _relative_months(low, q, report)
        moved = _moved_back(report, months) if months else None
        if moved is not None:
            out[i] = (moved, _rules.PERIOD_RELATIVE)
    return out


# The date of an act ("a package announced last month", "the fund, created by
# statute in 2003"): a few words may sit between the verb and the date.
_ACT_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:"
    + choice("metrics_act_verbs")
    + r")(?: [a-z-]{1,12}){0,3} {1,2}(?:(?:"
    + choice("metrics_act_date_leads")
    + r") {1,2})?\Z"
)
_ACT_REACH: Final = 48


def _drop_act_date(
    periods: _Periods,
    low: str,
    mentions: Sequence[PeriodMention],
    sentence: Sentence,
) -> None:
    """Carry no period on from *sentence* when the one it would carry dates an act.

    The period carried before the sentence is not restored: the act's date is
    a new period named, which ends the report carried so far; a release goes
    back to its reference period.
    """
    if periods.carried not in _act_dates(low, mentions, sentence):
        return
    if periods.opening == periods.carried:
        periods.opening = None  # the text's opening dates an act, not its figures
    periods.carry(periods.opening)


def _act_dates(
    low: str, mentions: Sequence[PeriodMention], sentence: Sentence
) -> set[Period]:
    """The periods of *mentions* that date an act rather than a report.

    "comes on top of a £50 million package announced last month": the month
    dates the announcement; it may date the package's own amount, but it is
    no report the next sentences continue (EXTRACTION.md: a period comes from
    the metric's own report), nor, in the text's first sentence, its
    reference period.
    """
    out: set[Period] = set()
    floor = sentence.start
    for m in mentions:
        if m.period is None:
            continue
        if (
            _ACT_BEFORE.search(low, max(floor, m.start - _ACT_REACH), m.start)
            is not None
        ):
            start, end = m.period
            out.add(Period(start=start, end=end))
    return out


def _undate_fronted_acts(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    low: str,
    mentions: Sequence[PeriodMention],
    sentence: Sentence,
) -> list[tuple[Period | None, str]]:
    """No period for figures after a fronted clause that dates an act.

    "Following rules introduced last month, any site with 5 or more staff
    must register": the month dates the rules, set off by a comma before the
    main clause; it is no report of the figures after it (EXTRACTION.md: a
    period comes from the metric's own report).
    """
    comma = low.find(",", sentence.start, sentence.end)
    if comma < 0 or quantities[0][0].start < comma:
        # no clause set off, or the first clause reports a figure itself:
        # jobs "created in May, 47 percent of the target" keep May
        return assigned
    fronted = [m for m in mentions if m.end <= comma]
    acts = _act_dates(low, fronted, sentence)
    if not acts:
        return assigned
    return [
        (None, "") if p in acts and q.start > comma else (p, rule)
        for (q, _, _), (p, rule) in zip(quantities, assigned, strict=True)
    ]


# A starting level: "from 9%", "from a peak of 9.1 percent", "from a 3 percent
# peak"; not the low end of a range ("ranged from 5.8 percent in Washington").
_FROM_LEVEL: Final = re.compile(
    r"(?<![a-z])(?<!rang(?:ed|es) )(?<!ranging )from"
    r"(?: {1,2}(?:an?|the)(?: {1,2}[a-z-]{2,15}){0,2}(?: {1,2}of)?)? {1,2}\Z"
)
# The level reached after the starting level, a few words on: "from 9% to
# 10%", "from a 3 percent peak in late 2021 to 2.5 percent".
_TO_LEVEL: Final = re.compile(r"(?<![a-z])to {1,2}\Z")
_TO_REACH: Final = 40
_FROM_REACH: Final = 40
_CARRIED: Final = frozenset({_rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT})
# Rules that date a figure by another's period: the one after the next figure,
# or one carried from earlier sentences.
_UNOWNED: Final = frozenset(
    {_rules.PERIOD_AFTER, _rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT}
)


def _starting_levels(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    low: str,
    mentions: Sequence[PeriodMention],
) -> list[tuple[Period | None, str]]:
    """Undate a starting level that only the level reached or a report dates.

    "rose from 9% to 10% in April 2018": April is the period of 10%, the level
    reached; 9% names none of its own, so its period is null (gold decision
    29), as a starting level "from £5,000" is when the date sits elsewhere.
    A period named between the two levels is the starting level's own and
    stays ("from 3.0 percent in April to 2.6 percent in May").
    """
    out = list(assigned)
    for i, ((q, _, _), (period, rule)) in enumerate(
        zip(quantities, assigned, strict=True)
    ):
        if (
            period is None
            or rule not in _UNOWNED
            or i + 1 >= len(quantities)
            or _FROM_LEVEL.search(low, max(0, q.start - _FROM_REACH), q.start) is None
        ):
            continue
        reached = quantities[i + 1][0].start
        if not q.end <= reached <= q.end + _TO_REACH or not _TO_LEVEL.search(
            low, q.end, reached
        ):
            continue
        if not any(
            q.end <= m.start < reached and m.period == (period.start, period.end)
            for m in mentions
        ):
            out[i] = (None, "")
    return out


def _latest_data(low: str, sentence: Sentence) -> bool:
    """Whether *sentence* dates its figures only by "the most recent data"."""
    if (
        low.find("latest", sentence.start, sentence.end) < 0
        and low.find("recent", sentence.start, sentence.end) < 0
    ):
        return False
    return _LATEST_DATA.search(low, sentence.start, sentence.end) is not None


def _undate_near_vague(
    assigned: list[tuple[Period | None, str]],
    periods: _Periods,
    mentions: Sequence[PeriodMention],
    low: str,
    sentence: Sentence,
) -> list[tuple[Period | None, str]]:
    """Carry no period into or out of a sentence that names part of a month.

    "In mid-April, the government ordered five stations off the air": the
    sentence names a time the contract gives no period for, which ends the
    report carried so far (as a vague year does), so its figures take none;
    so does "in the most recent data" in a speech that names no month for
    it (gold decision 494).
    """
    # a release's "latest figures" are those of its reference period
    latest = periods.opening is None and _latest_data(low, sentence)
    if not latest and not any(m.kind == "vague" for m in mentions):
        return assigned
    periods.carry(periods.opening)
    return [(None, "") if rule in _CARRIED else (p, rule) for p, rule in assigned]


def settle_periods(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    periods: _Periods,
    low: str,
    sentence: Sentence,
) -> list[tuple[Period | None, str]]:
    """The periods of one sentence's figures, settled after the walk assigned them.

    *assigned* is what ``_assign_periods`` gave; this reads relative points,
    starting levels, vague months and the dates of acts (see the module's
    docstring), and may change what *periods* carries on.
    """
    mentions = periods.in_sentence(sentence)
    out = assigned
    if quantities:
        out = _relative_points(quantities, out, low, periods.carried)
        out = _starting_levels(quantities, out, low, mentions)
    if quantities and mentions:
        out = _undate_fronted_acts(quantities, out, low, mentions, sentence)
    if mentions and periods.carried is not None:
        _drop_act_date(periods, low, mentions, sentence)
    out = _undate_near_vague(out, periods, mentions, low, sentence)
    if len(quantities) > 1:
        out = _changes_between_levels(quantities, out, low)
    if periods.release and periods.carried is None:
        # a release's report ended ("contributed to the September advance"
        # names a period but reports nothing): back to its reference period
        periods.carry(periods.opening)
    return out


# The amount of change after two dated levels: "from $2,784 in 2013 to $5,712
# in 2017 – an increase of $2,928 or 105%".
_CHANGE_AMOUNT: Final = re.compile(
    r"(?<![a-z])(?:(?:an? {1,2})?(?:"
    + lex.CHANGE_ALTERNATION
    + r")(?: {1,2}(?:of|by))?|or) {1,2}\Z"
)
_CHANGE_REACH: Final = 32


def _changes_between_levels(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    low: str,
) -> list[tuple[Period | None, str]]:
    """Date a change stated after its two dated levels by the span between them.

    "premiums rose from $2,784 in 2013 to $5,712 in 2017 – an increase of
    $2,928 or 105%": the increase is over 2013 to 2017 (the span rule of "from
    Q4 of 2020 to Q4 of 2021"), not the year of the level reached.
    """
    out = list(assigned)
    reached: Period | None = None  # the level reached's period, while a span is open
    whole: Period | None = None
    for i in range(1, len(quantities)):
        q, prev = quantities[i][0], quantities[i - 1][0]
        if (
            whole is not None
            and out[i][0] == reached
            and _CHANGE_AMOUNT.search(low, max(0, q.start - _CHANGE_REACH), q.start)
        ):
            out[i] = (whole, out[i][1])
            continue
        whole = None
        start, end = out[i - 1][0], out[i][0]
        if (
            start is not None
            and end is not None
            and start.end < end.start
            and _FROM_LEVEL.search(low, max(0, prev.start - _FROM_REACH), prev.start)
            and _TO_LEVEL.search(low, prev.end, q.start)
        ):
            reached, whole = end, Period(start=start.start, end=end.end)
    return out


def undate_standing(
    assigned: list[tuple[Period | None, str]],
) -> list[tuple[Period | None, str]]:
    """No carried period for the figures of a sentence that sets a rule.

    "No operator may charge more than 0.2 percent a day": a cap, minimum or
    trigger a rule lays down stands until the rule changes, so the period of
    an earlier report is not its own (EXTRACTION.md: a standing target with no
    period of its own has none); a period the sentence itself names still
    dates it, and the report's period carries on past the rule.
    """
    return [(None, "") if rule in _CARRIED else (p, rule) for p, rule in assigned]


_STANDING: Final = "(?:" + choice("metrics_standing_nouns") + ")"
# "against a target of 82,000 hectares", "the longer-run objective of 2 percent"
_STANDING_BEFORE: Final = re.compile(
    r"(?<![a-z])" + _STANDING + r" {1,2}of {1,2}(?:[a-z]+ {1,2})?\Z"
)
# "its 2 percent medium-term target", "the 2% inflation goal"; not "47.3
# percent of the annual target", a share of one
_STANDING_AFTER: Final = re.compile(
    r"(?: {1,2}(?!of |to |for )[a-z-]{2,20}){0,3} {1,2}" + _STANDING + r"(?![a-z])"
)


# The norm a figure is set against or moves toward, a word or two before it:
# "against a standard of", "above the bank's 2 percent target".
_NORM_LEAD: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_norm_leads") + r")"
    r"(?: {1,2}[a-z'’-]{1,20}){0,2} {1,2}\Z"
)


def undate_targets(
    quantities: Sequence[tuple[Quantity, str, str]],
    assigned: list[tuple[Period | None, str]],
    low: str,
    floor: int,
) -> list[tuple[Period | None, str]]:
    """No period for a standing target, objective or standard the text names.

    "inflation stabilises at its 2 percent medium-term target", "against a
    constitutional standard of 92 per cent": a level held as a norm has no
    period of its own (EXTRACTION.md), so neither a carried period nor one
    named earlier in the sentence dates it; a period right after it or a
    deadline ("a target of 5 percent for 2027", "by 2030") still does.
    """
    out = list(assigned)
    for i, ((q, _, _), (period, rule)) in enumerate(zip(quantities, out, strict=True)):
        if period is None or rule not in _CARRIED | {_rules.PERIOD_BEFORE}:
            continue
        before = _STANDING_BEFORE.search(low, max(floor, q.start - 40), q.start)
        if before is None and _STANDING_AFTER.match(low, q.end) is None:
            continue
        start = before.start() if before is not None else q.start
        if rule in _CARRIED or _NORM_LEAD.search(low, max(floor, start - 24), start):
            # "This year, the government set a target of 5 percent": a target
            # set for the period its sentence names keeps it; "61 per cent in
            # July, against a standard of 92 per cent" does not
            out[i] = (None, "")
    return out
