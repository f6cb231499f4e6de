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
import math
import re
from typing import TYPE_CHECKING, Final

from .._dates import (
    PeriodMention,
    find_periods,
    fiscal_year_bounds,
    infer_fiscal_year_start,
)
from .._models import Metric, Period, Span
from .._vocab import ActorKind
from . import _rules
from . import _units as lex
from ._lexicon import Gated, word_starts, words
from ._lexicon import alternation as _trie
from ._metric_basis import _LEVEL_BEFORE, _NEXT_WORD, _NOUN_BRACKET, implicit_basis
from ._metric_indicators import (
    antecedent,
    breakdown,
    counted_verb,
    for_purpose,
    indicator_span,
    of_after,
)
from ._metric_periods import (
    _CLAUSE_BREAK,
    _assign_periods,
    _Periods,
)
from ._metric_reach import across_aside, over_embedded
from ._metric_signs import held_after
from ._metric_standards import RULE_WORDS, continues_rule, standard_kind
from ._number_reader import _fold
from ._numbers import Quantity, find_quantities

if TYPE_CHECKING:
    import datetime as dt

    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_metrics"]


def _before(words: object) -> re.Pattern[str]:
    """A pattern for one of *words* ending exactly where the search ends."""
    return re.compile(r"(?<![a-z])(?:" + _trie(words) + r") {0,2}\Z")  # type: ignore[arg-type]


_NEGATIVE: Final = re.compile(
    r"(?<![a-z-])(" + _trie(lex.NEGATIVE_CHANGE) + r")(?![a-z-])"
)
_POSITIVE: Final = re.compile(
    r"(?<![a-z-])(" + _trie(lex.POSITIVE_CHANGE) + r")(?![a-z-])"
)
_NEGATIVE_AFTER: Final = re.compile(
    r" {1,2}(?:" + _trie(lex.NEGATIVE_AFTER) + r")(?![a-z])"
)
_IDENTIFIER_BEFORE: Final = _before(lex.IDENTIFIER_BEFORE)
_MEASURE_BEFORE: Final = _before(lex.MEASURE_BEFORE)
_RATIO_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.RATIO_BEFORE) + r")(?![a-z])"
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
_OUTCOME: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.OUTCOME_VERBS) + r")(?![a-z])"
)
# "will be increased by", "aims to be": a participle or infinitive, no outcome
_NOT_OUTCOME_LEAD: Final = re.compile(r"(?<![a-z])(?:be|been|being|to) {1,2}\Z")
# A list heading that names goals ("The main targets for this year are:").
_TARGET_HEADING: Final = re.compile(
    r"(?<![a-z])(?:targets?|goals?|objectives)(?![a-z])[^.;:\n]{0,80}:"
)
_LIST_ITEM_END: Final = re.compile(r"(?:[;,]|;? {1,2}(?:and|or))\s{0,4}\Z")
_INDICATOR: Final = re.compile(r"(?<![a-z])(" + _trie(lex.INDICATORS) + r")(?![a-z])")
_MONTH_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.MONTHS) + r")\.? {1,2}\Z"
)
_MONTH_AFTER: Final = re.compile(r" {1,2}(?:" + _trie(lex.MONTHS) + r")(?![a-z])")
_DEFINITE_BEFORE: Final = _before(words("metrics_definite_before"))
_COMPARED: Final = re.compile(
    r" {1,2}(?:the|as|that|higher|larger|more|greater|bigger|faster|what)(?![a-z])"
)
_PER_CURRENCY: Final = re.compile(
    r" {1,2}(?:per|a|to the|against the) {1,2}(?:"
    + _trie(lex.CURRENCY_WORDS)
    + r")(?![a-z])"
)
_PER_NUMBER: Final = re.compile(r" {1,2}per {1,2}(?:\d|one |a |every )")
_COMPARATIVE_AFTER: Final = re.compile(
    r" {1,2}(?:higher|lower|more|fewer|less|larger|smaller|above|below)"
    r"(?: {1,2}than)?(?![a-z])"
)
_STOCK_DATE: Final = re.compile(r"(?<![a-z])(?:end|as of|close)(?![a-z])")
# "No. 2" or "number 2" before a lower-case noun ("the No. 2 economy").
_RANK_NO: Final = re.compile(r"(?<![a-z])(?:no\.|number) {1,2}\Z")
_RANK_VERB_BEFORE: Final = re.compile(r"(?<![a-z])(?:ranked|ranks|ranking|rank) ")
_CHINA_CUE: Final = re.compile(r"\b(?:[Yy]uan|RMB|[Rr]enminbi|China|Chinese|Beijing)\b")
_YEN_WORD: Final = re.compile(r"\b(?:[Yy]en|Japan|Japanese|JPY)\b")
# Each searched through the whole text: behind a gate of the words they open
# with, since the leading \b would make ``re`` try every offset.
_CHINA_SCAN: Final = Gated(
    _CHINA_CUE,
    word_starts("Yuan", "yuan", "RMB", "Renminbi", "renminbi", "Chin", "Beijing"),
)
_YEN_SCAN: Final = Gated(_YEN_WORD, word_starts("Yen", "yen", "Japan", "JPY"))
_POSITIONAL: Final = re.compile(r"(?:below|above|beyond) ")
_TARGET_AFTER: Final = re.compile(
    r" {1,2}(?:target|goal|objective|ceiling|cap|quota)s?(?![a-z])"
)
_CHANGE_BY: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie((*lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE))
    + r")(?: by)? {1,2}\Z"
)
_RATE_NAMED: Final = re.compile(
    r"(?<![a-z])(?:rates?|" + _trie(lex.RATE_SUBJECTS) + r")(?![a-z])"
)
_UP_DOWN_BEFORE: Final = re.compile(r"(?<![a-z])(?:up|down)(?: by)? {1,2}\Z")
_FROM_AFTER: Final = re.compile(r" {1,2}(?:from|over|compared (?:with|to))(?![a-z])")
_ADJECTIVE_OF: Final = re.compile(
    r" {1,2}[a-z]{3,} {1,2}(?:of|at) {1,2}(?:(?:about|around|approximately|roughly) )?"
)
_INSTRUMENT: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_instruments")) + r")(?![a-z])"
)
_STANDING: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_standing")) + r")(?![a-z])"
)
# A fronted exclusion narrows every figure of its sentence ("Excluding food
# and energy, prices rose 1.7 percent").
_EXCLUDING: Final = re.compile(
    r"[\s\"'“(-]{0,3}(?:excluding|ex-|leaving out|not counting) {1,2}([^,;:.]{1,60}), "
)
_UNREPORTED: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("metrics_unreported")) + r")(?![a-z])"
)
_SPAN_JOIN: Final = re.compile(r" {0,2}(?:-|to|through|till|until) {0,2}")
_SPLIT_YEAR: Final = re.compile(r"\d[-/]\d")
_OF_THE_BEFORE: Final = re.compile(
    r"(?<![a-z])of {1,2}(?:the|all) {1,2}[\d,]{1,12} {1,2}[a-z][a-z -]{0,60}, {1,2}\Z"
)
_OF_THE: Final = re.compile(r" {1,2}of {1,2}(?:the|all|its|their) ")
_LIST_NUMBER: Final = re.compile(r"[.)] ")
_POSSESSIVE: Final = re.compile(
    r"(?:\b[Tt]he [a-z]{3,20}|\b[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30}){0,3})'s?\b"
)
_CAPITAL_NAME: Final = re.compile(r"\b[A-Z][a-z]{2,30}(?: [A-Z][a-z]{2,30}){0,2}\b")

_NOT_OWNERS: Final = frozenset((*lex.MONTHS, *lex.NOT_OWNERS))
_SUBJECT_KINDS: Final = frozenset({ActorKind.PLACE, ActorKind.ORGANIZATION})
_YEAR_MIN: Final = 1800
_YEAR_MAX: Final = 2200


def _year_like(q: Quantity, text: str) -> bool:
    """Whether *q* is a bare four-digit integer in the range of years ("2025")."""
    raw = text[q.num_start : q.num_end]
    return (
        q.unit == "number"
        and q.upper is None
        and raw.isdigit()
        and len(raw) == 4
        and _YEAR_MIN <= q.value <= _YEAR_MAX
    )


def _in_any(q: Quantity, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether *q* overlaps one of *spans* (sorted by start; *starts* their starts)."""
    i = bisect.bisect_left(starts, q.end)
    # Period expressions are short, so only the few starting just before q reach it.
    return any(spans[j][1] > q.start for j in range(max(0, i - 4), i))


def _is_rank_number(q: Quantity, text: str, low: str, floor: int) -> bool:
    """'the world's No. 2 economy' is a rank; 'No. 1 Central Document' a name."""
    if (
        q.unit != "number"
        or _RANK_NO.search(low, max(floor, q.num_start - 12), q.num_start) is None
    ):
        return False
    after = _NEXT_WORD.match(text, q.num_end)
    if after is not None and after.group(1) not in lex.NOUN_STOPWORDS:
        return True  # "No. 2 economy"; not "Regulation No. 12 of 2026"
    window = max(floor, q.num_start - 24)
    return _RANK_VERB_BEFORE.search(low, window, q.num_start) is not None


def _power_of_ten(value: float) -> bool:
    """Whether *value* is a power of ten: 10, 100, 1,000 and so on."""
    if value < 10:
        return False
    while value >= 10 and value % 10 == 0:
        value /= 10
    return value == 1


def _is_identifier(q: Quantity, text: str, low: str, floor: int) -> bool:
    """Article and section numbers, list numbering, day numbers of dates."""
    window = max(floor, q.num_start - 16)
    if _IDENTIFIER_BEFORE.search(low, window, q.num_start) is not None:
        return not _is_rank_number(q, text, low, floor)
    if _MONTH_BEFORE.search(low, window, q.num_start) or _MONTH_AFTER.match(
        low, q.num_end
    ):
        return q.unit == "number" and q.value <= 31
    # "Grain output (10,000 tons)": a power of ten alone in brackets labels a unit.
    if (
        q.start > 0
        and text[q.start - 1] == "("
        and text.startswith(")", q.end)
        and q.approx is None
        and _power_of_ten(q.value)
    ):
        return True
    # "1." or "2)" opening a line or a paragraph is list numbering. Only a short
    # look back: a list number sits within a few spaces of its line start.
    if _LIST_NUMBER.match(text, q.num_end) is None:
        return False
    window = max(0, q.num_start - 8)
    line_start = text.rfind("\n", window, q.num_start) + 1
    return (line_start > 0 or window == 0) and not text[
        max(line_start, window) : q.num_start
    ].strip()


def _noun_right_after(q: Quantity, low: str) -> int | None:
    """End of the word right after the number, when it is the counted noun."""
    m = _NEXT_WORD.match(low, q.end)
    return m.end() if m is not None else None


def _kind(
    q: Quantity, text: str, low: str, floor: int, currency: str | None
) -> tuple[str, str] | None:
    """Return (unit, rule) for a metric, or None when *q* is not a metric."""
    if q.unit == "ordinal" or q.compound:
        return None
    if q.unit == "rank":
        return "rank", _rules.RANK
    if _is_rank_number(q, text, low, floor):
        return "rank", _rules.RANK_NUMBER
    if q.unit != "number":
        return _unit_kind(q, text, currency)
    if q.fraction and q.value <= 1:
        if "/" in text[q.num_start : q.num_end]:
            return None  # "9/11", "24/7": a bare digit fraction is a date or a name
        if (
            "tenth" in low[q.num_start : q.end]
            and _CHANGE_BY.search(low, max(floor, q.start - 24), q.start)
            and _RATE_NAMED.search(low, floor, q.start)
        ):
            # "the jobless rate edged up by a tenth": a tenth of a point
            return "percentage_point", _rules.TENTH_POINT
        return "percent", _rules.SHARE_FRACTION
    if q.noun is not None:
        return _counted_kind(q, low, floor)
    if _year_like(q, text):
        return None
    return _bare_kind(q, text, low, floor)


def _unit_kind(q: Quantity, text: str, currency: str | None) -> tuple[str, str]:
    """A quantity written with its unit: points, minor currency, percent, money."""
    if q.unit == "point":
        # An index level or move is a unitless ratio.
        return "ratio", _rules.INDEX_POINTS
    if q.unit == "pence":
        return "GBP", _rules.MINOR_UNIT
    if q.unit == "cent":
        # Cents of the text's own currency where it has cents, else of the dollar.
        minor = currency if currency in lex.CENT_CURRENCIES else "USD"
        return minor or "USD", _rules.MINOR_UNIT
    if q.fraction and q.unit == "percent":
        return "percent", _rules.SHARE_OF_WHOLE
    if q.unit == "JPY" and currency == "CNY" and "¥" in text[q.start : q.num_end]:
        return "CNY", _rules.UNIT_YUAN_SIGN  # "¥" is also the yuan's sign
    return q.unit, _rules.UNIT


def _counted_kind(q: Quantity, low: str, floor: int) -> tuple[str, str] | None:
    """A number with a counted noun: a multiple, a duration or a count."""
    if (
        q.noun == "times"
        and q.noun_end is not None
        and _COMPARED.match(low, q.noun_end)
    ):
        return "ratio", _rules.RATIO_TIMES
    if q.noun in lex.DURATION_NOUNS:
        # "rose to 79 years" measures a level in years; "within 18 months"
        # and "for 10 years" are durations, optional in the contract.
        if (
            q.noun in lex.DURATION_UNITS
            and q.noun_end == _noun_right_after(q, low)
            and _MEASURE_BEFORE.search(low, max(floor, q.start - 12), q.start)
        ):
            return lex.DURATION_UNITS[q.noun], _rules.DURATION_MEASURED
        return None
    if (
        q.approx is None
        and not (low[q.num_start].isdigit() and q.value >= _DEFINITE_COUNT)
        and _DEFINITE_BEFORE.search(low, max(floor, q.start - 8), q.start)
    ):
        # "the two sides": a reference to known things, not a count; "the
        # 318,000 new jobs" is a figure reported.
        return None
    return "count", _rules.COUNT_NOUN


def _bare_kind(q: Quantity, text: str, low: str, floor: int) -> tuple[str, str] | None:
    """A bare number: a ratio, a count of a whole or a rate, a measured count."""
    start = q.start
    if _RATIO_BEFORE.search(low, max(floor, start - 30), start) is not None:
        return "ratio", _rules.RATIO_CONTEXT
    if q.scaled:
        return "count", _rules.COUNT_SCALED
    if (
        low[q.num_start] in "+-"
        and low[start - 1 : start] == "("
        and low.startswith(")", q.end)
    ):
        return "count", _rules.COUNT_SIGNED  # "in mining (-12,000)"
    digits = text[q.num_start : q.num_start + 1].isdigit()
    if digits and _OF_THE.match(low, q.end) is not None:
        return "count", _rules.COUNT_OF_WHOLE  # "34 of the 41 sectors", not "one of"
    if digits and _OF_THE_BEFORE.search(low, max(floor, start - 80), start) is not None:
        return "count", _rules.COUNT_OF_WHOLE  # "Of the 41 sectors, 33 grew"
    if _PER_NUMBER.match(low, q.end) is not None:
        return "count", _rules.COUNT_RATE  # "4.5 per 1,000 live births"
    if _PER_CURRENCY.match(low, q.end) is not None:
        return "ratio", _rules.RATIO_EXCHANGE_RATE  # "weakened to 83.2 per dollar"
    measurable = q.value >= 10 or "," in text[q.num_start : q.num_end]
    if _COMPARATIVE_AFTER.match(low, q.end) is not None and measurable:
        return "count", _rules.COUNT_COMPARED  # "49,000 lower than reported"
    if _MEASURE_BEFORE.search(low, max(floor, start - 16), start) is not None and (
        measurable
    ):
        return "count", _rules.COUNT_MEASURED
    return None


def _negative_after(low: str, pos: int) -> bool:
    """A downward word right after the amount, a noun or two between ("rate cut")."""
    for _ in range(3):
        if _NEGATIVE_AFTER.match(low, pos) is not None:
            return True
        m = _NEXT_WORD.match(low, pos)
        if m is None or m.group(1) in lex.NOUN_STOPWORDS:
            return False
        pos = m.end()
    return False


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
    window = low[max(floor, q.start - 90) : q.start]
    negative = list(_NEGATIVE.finditer(window))
    if not negative:
        return 1.0, ""
    if _ADJECTIVE_OF.fullmatch(window, negative[-1].end()):
        return 1.0, ""  # "a lower estimate of $2 billion": a level, described
    last_neg = negative[-1].start()
    positive = [m.start() for m in _POSITIVE.finditer(window)]
    if (positive and positive[-1] > last_neg) or held_after(window, last_neg):
        return 1.0, ""  # "cuts will keep the price near $90": a level held
    return -1.0, _rules.sign(negative[-1].group(1))


#: From this value on a counted number after "the" is a figure, not a reference.
_DEFINITE_COUNT: Final = 100

#: How far back from a quantity a goal word may govern it: a clause or two.
_TARGET_WINDOW: Final = 250


class _GoalWords:
    """The goal words and outcome verbs of one sentence, found in one pass.

    Each quantity then asks by bisection, so a sentence of many numbers costs
    what its length does, not its length times the window.
    """

    def __init__(self, low: str, start: int, end: int) -> None:
        cues = sorted(
            (m.end(), m.start())
            for pattern in (_TARGET, _TARGET_NOUN)
            for m in pattern.finditer(low, start, end)
        )
        self.cue_ends = [e for e, _ in cues]
        self.cue_starts = [s for _, s in cues]
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
        j = bisect.bisect_left(self.outcome_starts, self.cue_ends[i])
        return j >= len(self.outcomes) or self.outcomes[j][1] > q.start


#: How far back from a quantity a possessive may name its owner: a clause.
_OWNER_WINDOW: Final = 200

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


def _indicator(
    text: str,
    low: str,
    q: Quantity,
    *,
    floor: int,
    limit: int,
    lookback: int,
    carried: str | None,
    sentence_start: int = 0,
    previous_start: int = 0,
    clause: int = 0,
) -> str | None:
    """The indicator of *q*, narrowed by a fronted exclusion of its sentence.

    "Excluding food and energy, prices increased 1.7 percent" → "prices
    excluding food and energy" (before: "prices"). "This is 2 percent above
    …" takes the subject of the report before it.
    """
    if carried is None and (
        pointed := antecedent(
            low, q, previous_start if q.start - sentence_start < 24 else sentence_start
        )
    ):
        carried = " ".join(text[slice(*pointed)].split())
    parts = breakdown(low, q, sentence_start)
    found = (
        f"{text[slice(*parts[0])]} in {text[slice(*parts[1])]}"
        if parts is not None
        else _own_indicator(
            text,
            low,
            q,
            floor=(sentence_start, clause, floor),
            limit=limit,
            lookback=lookback,
            carried=carried,
        )
    )
    fronted = _EXCLUDING.match(low, sentence_start)
    if found is None or fronted is None or "excluding" in found.lower():
        return found
    return f"{found} excluding {text[fronted.start(1) : fronted.end(1)]}"


def _own_indicator(
    text: str,
    low: str,
    q: Quantity,
    *,
    floor: tuple[int, int, int],
    limit: int,
    lookback: int,
    carried: str | None,
) -> str | None:
    """The text's own noun phrase for what *q* measures, else a lexicon name.

    An amount with no phrase of its own continues the indicator of the amount
    before it in the sentence (*carried*: "the deficit was $41 billion, down
    $2 billion"). A lexicon phrase that runs on past the noun phrase into its
    verb says more ("the economy grew" → "economic growth", not "economy").
    *floor* is the sentence's start, the clause's and where the reading starts.
    """
    found = None
    for found in _INDICATOR.finditer(low, lookback, q.start):  # noqa: B007
        pass
    span = indicator_span(low, q, floor[2], limit)
    span = (
        over_embedded(low, span, *floor[1:])
        if span is not None
        else across_aside(low, floor, q.start)
    )
    if span is not None and not (
        found is not None and span[0] <= found.start() < span[1] < found.end()
    ):
        if span[0] <= q.start and q.end <= span[1]:
            # the phrase around the amount ("a 2 percent inflation target"),
            # "N per month of" left out ("purchases of N per month of bonds")
            cut = of_after(low, q) or q.end
            cut = cut if cut <= span[1] else q.end
            return " ".join((text[span[0] : q.start] + text[cut : span[1]]).split())
        acted = counted_verb(low, q, floor[2], limit)
        if acted is not None and span[0] < acted[0] <= span[1]:
            # "issued 90 million payments to farmers" → "payments issued to farmers"
            head, tail = text[span[0] : acted[0]], text[acted[0] : span[1]]
            return " ".join(f"{head} {acted[1]} {tail}".split())
        return " ".join(text[span[0] : span[1]].split())
    if carried is not None and span is None:
        return carried
    return lex.INDICATORS[found.group(1)] if found is not None else carried


def _subject(
    text: str, registry: ActorRegistry, floor: int, pos: int, sentence_start: int
) -> str | None:
    """Whose quantity it is: a possessive before it, else the nearest known name."""
    best: re.Match[str] | None = None
    window = max(sentence_start, pos - _OWNER_WINDOW)
    if text.find("'", window, pos) >= 0:  # no apostrophe, no possessive
        for m in _POSSESSIVE.finditer(text, window, pos):
            best = m
    if best is not None:
        start = best.start()
        phrase_end = best.end() - (2 if best.group().endswith("'s") else 1)
        words = text[start:phrase_end].split(" ")
        # Sentence-initial words and dates are not owners ("During Thursday's").
        while words and words[0].lower() in _NOT_OWNERS:
            start += len(words.pop(0)) + 1
        if words and words[-1].lower() not in _NOT_OWNERS and start < phrase_end:
            if words[0].lower() == "the":
                name = registry.resolve(start, phrase_end)
            else:
                name = registry.mention(start, phrase_end, kind=ActorKind.PLACE)
            if name is not None:
                return name
    for m in reversed(list(_CAPITAL_NAME.finditer(text, floor, pos))):
        if m.group().split(" ")[0].lower() in _NOT_OWNERS:
            continue
        name = registry.resolve(m.start(), m.end())
        # Whose figure it is: a place or a body, not a person named nearby.
        if name is not None and registry.kind_of(name) in _SUBJECT_KINDS:
            return name
    return None


def _source_key(source: str | None) -> str:
    return " ".join((source or "").lower().split()).removeprefix("the ")


def _whose(
    found: str | None,
    source: str | None,
    registry: ActorRegistry,
    *,
    instrument: bool,
) -> str | None:
    """*found*, unless missing or the issuing body: then whom the source measures.

    A national statistics office's or central bank's figures are the
    country's unless the sentence names another owner (real gold, decision
    3); a central bank's own instruments (*instrument*: "purchases of
    securities", "the discount rate") are the bank's.
    """
    key = _source_key(source)
    jurisdiction = lex.SOURCE_JURISDICTIONS.get(key)
    if jurisdiction is None or source is None:
        return found
    owner = lex.SOURCE_OWNERS.get(key)
    if (
        found is None
        or found.lower() in source.lower()
        # a body of the same institution ("the FOMC" in a Board governor's speech)
        or (owner is not None and lex.SOURCE_OWNERS.get(_source_key(found)) == owner)
    ):
        owner = owner if instrument else None
        if owner is not None:
            return registry.implied(owner, ActorKind.ORGANIZATION)
        return registry.implied(jurisdiction, ActorKind.PLACE)
    return found


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


def _period_mentions(
    text: str, low: str, reference: dt.date | None, currency: str | None
) -> list[PeriodMention]:
    """Period mentions, read as a metric needs them.

    - Fiscal years follow the convention of the text's country, judged by the
      names it uses (``infer_fiscal_year_start``), else by its main currency.
    - A month, quarter or half named without a year that would lie after the
      publication date is the most recent one ("In December alone" in January).
    - A calendar day ("BEIJING, Jan. 14", "on Tuesday") dates an event, not a
      value; only a stock date ("at the end of 2025", "as of June 30") is a period.
    """
    start_month = infer_fiscal_year_start(text) or lex.FISCAL_YEAR_START.get(
        currency or ""
    )
    by_start = start_month is not None and currency in lex.FISCAL_YEAR_NAMED_BY_START
    out = []
    for m in find_periods(text, reference=reference, fiscal_year_start=start_month):
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
            m = m._replace(period=fiscal_year_bounds(last.year + 1, start_month))  # noqa: PLW2901
        elif (
            m.implicit_year
            and reference is not None
            and first > reference
            and first.year > 1  # no year 0 to move it back to
        ):
            m = m._replace(period=(_year_earlier(first), _year_earlier(last)))  # noqa: PLW2901
        if m.kind == "day" and _STOCK_DATE.search(low, m.start, m.end) is None:
            # after the year is settled too: "on 29 December" in January
            m = m._replace(kind="event_day")  # noqa: PLW2901
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
    quantities = find_quantities(text)
    currency = _main_currency(quantities, text)
    mentions = _period_mentions(text, low, ctx.published, currency)
    date_spans = sorted((m.start, m.end) for m in mentions)
    date_starts = [s for s, _ in date_spans]
    periods = _Periods(mentions, ctx.published)
    by_sentence: dict[int, list[tuple[Quantity, str, str]]] = {}
    rules: dict[int, bool] = {}
    hint = 0
    for q in quantities:
        hint = _sentence_index(ctx.sentences, q.start, hint)
        sentence = ctx.sentences[hint]
        if _in_any(q, date_spans, date_starts):
            continue
        floor = sentence.start
        if _is_identifier(q, text, low, floor):
            continue
        kind = _kind(q, text, low, floor, currency)
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
    in_list = False
    for index, sentence in enumerate(ctx.sentences):
        list_from, in_list = _target_list(low, sentence, in_list=in_list)
        found = by_sentence.get(index)
        if not found:
            _assign_periods([], sentence, periods, low, [])
            continue
        breaks = [
            m.end() for m in _CLAUSE_BREAK.finditer(low, sentence.start, sentence.end)
        ]
        # One "will" may govern several coordinated clauses: look sentence-wide.
        goal_words = _GoalWords(low, sentence.start, sentence.end)
        unreported = _UNREPORTED.search(low, sentence.start, sentence.end) is not None
        goals = [goal_words.governs(q, sentence.start) for q, _, _ in found]
        assigned = _assign_periods(found, sentence, periods, low, goals)
        previous_end = sentence.start
        carried: str | None = None
        next_starts = [q.start for q, _, _ in found[1:]] + [sentence.end]
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
                carried=carried,
                unreported=unreported,
                previous_start=ctx.sentences[index - 1].start if index else 0,
            )
            if metric is not None:
                metrics.append(metric)
                carried = metric.indicator
            previous_end = q.end
    return tuple(metrics)


def _target_list(
    low: str, sentence: Sentence, *, in_list: bool
) -> tuple[int | None, bool]:
    """Where a list of goals starts in *sentence*, and whether it goes on after.

    "The main targets for this year are: GDP growth of around 5 percent; …":
    the items after a heading that names goals are goals, through the
    following sentences while each item ends in ";" or "; and".
    """
    start: int | None = sentence.start if in_list else None
    if start is None:
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
    carried: str | None = None,
    unreported: bool = False,
    previous_start: int = 0,
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
        _TARGET_AFTER.match(low, q.end) is not None
        or _STANDING.search(low, clause, clause_end) is not None
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
    target = listed or (
        not computed
        and (
            goal_words.governs(q, clause)
            or _TARGET_AFTER.match(low, q.end) is not None
            or period_rule == _rules.PERIOD_BY_YEAR
            # a rule's minimum, cap or trigger is what the rule requires
            or rule in {_rules.DURATION_STANDARD, _rules.COUNT_STANDARD}
            # money set aside to do something is planned, not an outcome
            or for_purpose(low, q)
        )
    )
    rules = "+".join(r for r in (rule, sign_rule, period_rule) if r)
    return Metric(
        text=text[start:end],
        span=Span(start=start, end=end),
        value=value,
        upper=upper,
        unit=unit,
        approx=q.approx,
        period=period,
        basis=_basis(low, q, clause, previous_end, min(next_start, clause_end))
        or (
            None
            if target
            else implicit_basis(low, q, clause, min(next_start, clause_end), period)
        ),
        target=target,
        indicator=_indicator(
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
        ),
        subject=_whose(
            _subject(text, registry, floor, q.start, sentence.start),
            ctx.source,
            registry,
            instrument=_source_key(ctx.source) in lex.SOURCE_OWNERS
            and _INSTRUMENT.search(low, clause, clause_end) is not None,
        ),
        rule=rules,
    )
