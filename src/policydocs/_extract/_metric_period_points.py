"""Period mentions that are no period of the figures near them.

A comparison point ("up 3 percent from June 2024", "higher than for December
to February"), the edge of a period ("fiscal 2025, which ended in March"), a
vague part of a year ("early 2008"), an event's date or a name ("the July
meeting", "the 2025 Budget"): :func:`_skipped` tells the metric stage to pass
such a mention by, and :func:`_is_comparison` tells it which figures are the
ones a change is set against. These predicates only read the words around a
mention; they hold no state, so they live apart from the walk that assigns
and carries periods (``_metric_periods``) and from the sorting of a
sentence's mentions (``_metric_period_mentions``), both of which ask them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _metric_period_forms as forms
from . import _units as lex
from ._function_words import ARTICLES
from ._lexicon import alternation as _trie
from ._lexicon import choice, word_set

if TYPE_CHECKING:
    from .._dates import PeriodMention
    from .._models import Period
    from ._numbers import Quantity

__all__: list[str] = []

_EDGE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.EDGE_BEFORE) + r") {0,2}\Z"
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
    r"(?<![a-z])comparing [^,;:]{1,60} (?:"
    + choice("metrics_comparing_links")
    + r") {1,2}(?:the {1,2})?\Z"
)
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
    r" {1,2}(?:" + choice("metrics_compared_noun_determiners") + r") {1,2}"
    r"(?:[a-z-]{2,20} {1,2}){1,3}"
    r"(?:" + choice("metrics_compared_noun_links") + r") {1,2}(?:the {1,2})?\Z"
)


def _change_then(link: str) -> re.Pattern[str]:
    """A change word in the clause, then ``link`` ending right before a mention.

    After a change, the link sets the point the change is measured from; the
    clause may hold digit groups ("of 30,000 on 2011") but no other comma.
    """
    return re.compile(
        r"(?<![a-z])(?:"
        + lex.CHANGE_ALTERNATION
        + r")(?![a-z])(?:[^,;:()]|(?<=\d),(?=\d)){0,48} "
        + link
        + r" {1,2}(?:the {1,2})?\Z"
    )


# "an increase of 1.1 trillion yuan over last year", "up 4 percent over 2023".
_CHANGE_OVER: Final = _change_then("over")
# "up 3.9 per cent on 2016", "an increase of 30,000 on 2011" (British usage).
_CHANGE_ON: Final = _change_then("on")
# A date in brackets right after a comparison point ("a year earlier (Q1 2013)").
_COMPARISON_GLOSS: Final = re.compile(
    r"(?<![a-z])(?:a year (?:" + choice("metrics_year_back") + r")"
    r"|the (?:" + choice("metrics_previous") + r") "
    r"(?:" + choice("metrics_previous_units") + r")|last year) {0,2}\( {0,2}\Z"
)
# "higher than for December to February", "compared with those for 2023".
_COMPARED_FOR: Final = re.compile(
    r"(?<![a-z])(?:than(?: {1,2}(?:" + choice("metrics_than_fillers") + r"))?"
    r"|(?:" + choice("metrics_compared_for_links") + r") {1,2}(?:those|that))"
    r" {1,2}(?:" + choice("metrics_compared_for_leads") + r") {1,2}\Z"
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
# A range's second end: "from 2014 to 2018" is a period, "from the three
# months ending in June 2018" a comparison point.
_SPAN_END: Final = re.compile(r" (?:" + choice("metrics_span_ends") + r") |-|\u2013")
# "down from a series high of 12.0 million", "below its average monthly gain
# of 54,000": the figure set against.
_FROM_NOUN_OF: Final = re.compile(
    r"(?<![a-z])(?:from|against|"
    + choice("metrics_positional")
    + r") (?:an? |the |its |their )?(?:[a-z-]+ ){1,3}of \Z"
)
_RELATIVE: Final = frozenset({"relative", "relative_year"})


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
    if (
        m.kind not in {"day", "event_day"}
        and _CHANGE_ON.search(low, max(floor, m.start - 80), m.start) is not None
    ):
        return True  # "up 3.9 per cent on 2016"
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
