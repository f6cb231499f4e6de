"""Which quantities are metrics, and in what unit (metrics stage, steps 1-2).

Dates, ordinal names, identifiers, list numbers and durations are filtered
out; a bare number is a metric only where its context measures it; the unit
comes from the grammar, a counted noun or a fraction of a whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _rules
from . import _units as lex
from ._lexicon import alternation as _trie
from ._lexicon import choice, words
from ._metric_basis import _NEXT_WORD

if TYPE_CHECKING:
    from ._numbers import Quantity


def _before(words: object) -> re.Pattern[str]:
    """A pattern for one of *words* ending exactly where the search ends."""
    return re.compile(r"(?<![a-z])(?:" + _trie(words) + r") {0,2}\Z")  # type: ignore[arg-type]


_IDENTIFIER_BEFORE: Final = _before(lex.IDENTIFIER_BEFORE)
#: A measuring word or a change word ("up 120,000", "fell 40,000") before a
#: bare number.
_MEASURE_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie(lex.MEASURE_BEFORE)
    # a change word, or its noun with "of": "an increase of 30,000"
    + r"|(?:"
    + lex.CHANGE_ALTERNATION
    + r")(?: of)?) {0,2}\Z"
)
_AGE_NOUNS: Final = frozenset(words("age_nouns"))
_CODE_AFTER: Final = re.compile(
    r" {1,2}(?:" + _trie(lex.IDENTIFIER_AFTER) + r")(?![a-z])"
)
_RATIO_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.RATIO_BEFORE) + r")(?![a-z])"
)
_MONTH_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.MONTHS) + r")\.? {1,2}\Z"
)
_MONTH_AFTER: Final = re.compile(r" {1,2}(?:" + _trie(lex.MONTHS) + r")(?![a-z])")
_DEFINITE_BEFORE: Final = _before(words("metrics_definite_before"))
_COMPARED: Final = re.compile(
    r" {1,2}(?:" + choice("metrics_compared_after") + r")(?![a-z])"
)
_PER_CURRENCY: Final = re.compile(
    r" {1,2}(?:per|a|to the|against the) {1,2}(?:"
    + _trie(lex.CURRENCY_WORDS)
    + r")(?![a-z])"
)
_PER_NUMBER: Final = re.compile(r" {1,2}per {1,2}(?:\d|one |a |every )")
_COMPARATIVE_AFTER: Final = re.compile(
    r" {1,2}(?:" + choice("metrics_comparatives") + r")"
    r"(?: {1,2}than)?(?![a-z])"
)
# "No. 2" or "number 2" before a lower-case noun ("the No. 2 economy").
_RANK_NO: Final = re.compile(r"(?<![a-z])(?:no\.|number) {1,2}\Z")
_RANK_VERB_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_rank_forms") + r") "
)
_CHANGE_BY: Final = re.compile(
    r"(?<![a-z])(?:" + lex.CHANGE_ALTERNATION + r")(?: by)? {1,2}\Z"
)
_RATE_NAMED: Final = re.compile(
    r"(?<![a-z])(?:rates?|" + _trie(lex.RATE_SUBJECTS) + r")(?![a-z])"
)
_OF_THE_BEFORE: Final = re.compile(
    r"(?<![a-z])of {1,2}(?:the|all) {1,2}[\d,]{1,12} {1,2}[a-z][a-z -]{0,60}, {1,2}\Z"
)
_OF_THE: Final = re.compile(
    r" {1,2}of {1,2}(?:" + choice("metrics_of_the_determiners") + r") "
)
_LIST_NUMBER: Final = re.compile(r"[.)] ")
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
    if q.unit == "number" and _CODE_AFTER.match(low, q.num_end) is not None:
        return True  # "21 U.S.C. 811": the title of the code cited
    if q.noun in _AGE_NOUNS:
        return True  # "16 to 24 year olds", "a 15-year-old": an age group
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


_UK_FISCAL_START: Final = 4
_POUND_WORD: Final = re.compile(r"(?<![a-z])pounds?(?![a-z])")
_PER_UNIT: Final = re.compile(
    r" {1,2}per {1,2}(" + _trie(lex.PHYSICAL_UNITS) + r")(?![a-z])"
)


def pounds_weigh(text: str, low: str, fiscal_start: int | None) -> bool:
    """Whether "pounds" in *text* are the weight: no "£", no sterling, no UK.

    *fiscal_start* is the month the fiscal years of the country the text names
    open with (4 for the United Kingdom, ``infer_fiscal_year_start``).
    """
    return (
        "£" not in text and "sterling" not in low and fiscal_start != _UK_FISCAL_START
    )


_US_FISCAL_START: Final = 10
# "tons" alone: not "tonnes", not "metric tons"
_SHORT_TON: Final = re.compile(r"(?<![a-z])(?<!metric )tons?(?![a-z])")


def short_tons(currency: str | None, fiscal_start: int | None) -> bool:
    """Whether "tons" in the text are US short tons (a US text: dollars, US years)."""
    return currency == "USD" or fiscal_start == _US_FISCAL_START


def _kind(
    q: Quantity,
    text: str,
    low: str,
    floor: int,
    currency: str | None,
    *,
    weigh: bool = False,
    short: bool = False,
) -> tuple[str, str] | None:
    """Return (unit, rule) for a metric, or None when *q* is not a metric.

    *weigh* (:func:`pounds_weigh`) makes a spelled "pounds" the weight;
    *short* (:func:`short_tons`) makes a spelled "tons" the US short ton.
    """
    if q.unit == "ordinal" or q.compound:
        return None
    if q.unit == "rank":
        return "rank", _rules.RANK
    if _is_rank_number(q, text, low, floor):
        return "rank", _rules.RANK_NUMBER
    if q.unit != "number":
        if weigh and q.unit == "GBP" and _POUND_WORD.search(low, q.num_end, q.end):
            per = _PER_UNIT.match(low, q.end)
            if per is not None:
                # "3,900 pounds per acre": a yield, the weight over the area
                return "lb/" + lex.PHYSICAL_UNITS[
                    per.group(1)
                ], _rules.UNIT_POUND_WEIGHT
            return "lb", _rules.UNIT_POUND_WEIGHT
        if short and q.unit == "t" and _SHORT_TON.search(low, q.num_end, q.end):
            return "ton", _rules.UNIT
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
    if (
        measurable
        and (
            _MEASURE_BEFORE.search(low, max(floor, start - 16), start) is not None
            # "it's fewer than 1,000": a qualified number is a count given
            or (q.approx is not None and "," in text[q.num_start : q.num_end])
        )
    ):
        return "count", _rules.COUNT_MEASURED
    return None


#: From this value on a counted number after "the" is a figure, not a reference.
_DEFINITE_COUNT: Final = 100
