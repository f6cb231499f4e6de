"""Number and unit grammar: every quantity in a text, with value, unit and qualifier.

``find_quantities`` scans a lower-cased, whitespace-folded copy of the text (the
same length, so offsets carry over) for anchors: digits and number words. At
each anchor it reads the number (a small state machine over number words and
digit numerals), then looks left for a sign, a currency sign, an opener
("between", "from") and a qualifier ("about", "more than"), and right for a scale,
a unit, a range's second end and a counted noun. Every step matches a bounded
regex at a fixed position, and the scan never revisits text it consumed, so the
work is linear in the input.

The patterns and the readers of one number live in ``_number_reader``, the
vocabulary in the lexicon (through ``_units``); nothing here decides whether
a quantity is a *metric*: that is the metric stage's job (``_metrics``).
"""

from __future__ import annotations

import math
import re
from typing import Final

import attrs

from policydocs._extract import _units as lex

from ._lexicon import word_set
from ._number_reader import (
    _ANCHOR,
    _APPROX_AFTER,
    _APPROX_BEFORE,
    _ARTICLE,
    _BY_BEFORE,
    _CHANGE_WORD,
    _CLAUSE_END,
    _CURRENCY_AFTER,
    _CURRENCY_BEFORE,
    _DECADE,
    _HYPHEN_WORD,
    _INDEX_TALK,
    _LOOKBACK,
    _MAX_POINTS,
    _MINOR_AFTER,
    _MINOR_LEAD,
    _MINOR_WORD,
    _MOVED_TO,
    _MULTIPLIER,
    _OF,
    _OF_A,
    _OF_SCALE,
    _OPENER,
    _PART_OF,
    _PERCENT,
    _PHYSICAL,
    _PRONOUN_ONE,
    _RANGE_SEP,
    _RANK_VERB,
    _RATE_SUBJECT,
    _RATE_TALK,
    _SCALE_ABBREV,
    _SCALE_CASED,
    _SCALE_WORD,
    _SIGN_WORD,
    _SUPERLATIVE,
    _TIME,
    _anchors,
    _fold,
    _next_word,
    _noun_after,
    _Num,
    _read_number,
    plural_noun,
)

__all__ = ["Quantity", "find_quantities"]


#: Percent units that name points, index points outside rate talk.
_POINT_WORDS: Final = word_set("numbers_point_words")

#: Currency words of any dollar: after a currency sign they repeat it.
_DOLLAR_WORDS: Final = word_set("numbers_dollar_words")
_ACCOUNTING_LEADS: Final = word_set("numbers_accounting_leads")
# The word (or bracket) right before an opening bracket.
_BEFORE_BRACKET: Final = re.compile(r"([a-z]+|\)|[=:]) {0,2}\Z")


@attrs.frozen
class Quantity:
    """A quantity found in a text.

    Offsets are Python slice offsets into the text given to ``find_quantities``.

    Attributes:
        start: Start of the quantity's words, its qualifier included.
        end: End of the number and its unit (the counted noun excluded).
        value: The value with its scale multiplied in and its written sign.
        upper: The high end of a range, else None.
        unit: "number", "ordinal", "rank", "percent", "percentage_point",
            an ISO 4217 code, or a physical unit symbol ("GW", "t").
        approx: None or one of "about", "more_than", "at_least", "less_than",
            "up_to".
        num_start: Start of the number itself (sign and currency sign included).
        num_end: End of the number (before its unit).
        upper_start: Start of a range's second number, else None.
        noun_end: End of the counted noun ("300 villages"), else None.
        noun: The counted noun's head word, else None.
        range_kind: How a range was written: "dash", "to", "between", "from".
        fraction: True when the number is a fraction or a share from one.
        compound: True when the number opens a hyphenated modifier
            ("a five-year plan", "10-year bonds").
        signed: True when the text writes a sign ("-3", "minus 5").
        scaled: True when a scale word or abbreviation was applied.
    """

    start: int
    end: int
    value: float
    upper: float | None = None
    unit: str = "number"
    approx: str | None = None
    num_start: int = 0
    num_end: int = 0
    upper_start: int | None = None
    noun_end: int | None = None
    noun: str | None = None
    range_kind: str | None = None
    fraction: bool = False
    compound: bool = False
    signed: bool = False
    scaled: bool = False

    @property
    def is_ordinal(self) -> bool:
        """Whether the quantity is an ordinal or a rank."""
        return self.unit in {"ordinal", "rank"}


@attrs.define
class _Side:
    """One end of a quantity: number, scale and unit read right of an anchor."""

    num: _Num
    start: int
    value: float
    unit: str
    end: int
    num_end: int
    scaled: bool
    currency_before: bool


def _currency_before(low: str, pos: int, floor: int) -> tuple[str, int] | None:
    m = _CURRENCY_BEFORE.search(low, max(floor, pos - 12), pos)
    if m is None:
        return None
    if m.group(1) is not None:
        key = m.group(1)
        code = lex.CURRENCY_PREFIXES.get(key) or lex.ISO_ALIASES.get(key) or key.upper()
        return code, m.start()
    return m.group(2).upper(), m.start()  # "MUSD 30" = USD in millions


def _read_side(
    text: str, low: str, pos: int, end: int, floor: int, *, article: bool
) -> _Side | None:
    """Read a number at *pos* with its currency sign, sign, scale and unit."""
    num = _read_number(low, pos, end, article=article)
    if num is None:
        return None
    # "G20", "COVID19": digits glued to a word are names, unless a currency code
    # precedes ("USD115", "Rs20").
    if (
        pos > floor
        and low[pos - 1].isalpha()
        and not num.words
        and _currency_before(low, pos, floor) is None
    ):
        return None
    start = pos
    negative = False
    if pos > floor and low[pos - 1] in "-+" and (pos < 2 or low[pos - 2] in " ($"):
        negative = low[pos - 1] == "-"
        start = pos - 1
    unit = "number"
    currency_before = False
    cur = _currency_before(low, start, floor)
    if cur is not None:
        unit, start = cur[0], cur[1]
        currency_before = True
        if _CURRENCY_BEFORE.search(low, max(floor, start - 12), start) is None and (
            start > floor
            and low[start - 1] == "-"
            and (start - 1 == floor or low[start - 2] in " (")
        ):
            negative = True
            start -= 1
    elif m := _SIGN_WORD.search(low, max(floor, start - 10), start):
        negative = True
        start = m.start()
    value = num.value
    q = num.end
    scaled = num.scaled
    if (
        cur is not None
        and low[cur[1]] == "m"
        and low[cur[1] : cur[1] + 4].upper()[1:] == unit
    ):
        value *= 1e6
        scaled = True
    if not num.ordinal and not num.fraction:
        if (m := _SCALE_ABBREV.match(low, q, end)) is not None:
            abbr = m.group(1) or m.group(2)
            value *= lex.SCALE_ABBREVIATIONS[abbr]
            q = m.end()
            scaled = True
        elif (m := _SCALE_CASED.match(text, q, end)) is not None:
            value *= lex.SCALE_ABBREVIATIONS_CASED.get(m.group(1), 1e6)
            q = m.end()
            scaled = True
        elif (
            currency_before
            and low.startswith("m", q)
            and (q + 1 >= end or not low[q + 1].isalnum())
        ):
            value *= 1e6  # "£2.5m": after a currency sign, m is million
            q += 1
            scaled = True
        elif _million_before_count(low, q, end):
            value *= 1e6  # "4m households": metres count no households
            q += 1
            scaled = True
        elif (m := _SCALE_WORD.match(low, q, end)) is not None and not num.words:
            value *= lex.SCALES[m.group(1)]
            q = m.end()
            scaled = True
    num_end = q
    if negative:
        value = -value
    return _Side(num, start, value, unit, q, num_end, scaled, currency_before)


#: A lower-case "m" right after digits and the word after it ("4m households").
_M_NOUN: Final = re.compile(r"m {1,2}([a-z]{2,30})(?![a-z'’-])")


def _million_before_count(low: str, q: int, end: int) -> bool:
    """Whether the "m" at *q* is a million before counted things, not metres.

    "4m households", "2.5m people": a plural noun follows ("4m high" and
    "4m of cable" measure a length).
    """
    m = _M_NOUN.match(low, q, end)
    if m is None or not low[q - 1 : q].isdigit():
        return False
    word = m.group(1)
    return word not in lex.NOUN_STOPWORDS and plural_noun(word)


def _read_unit(text: str, low: str, side: _Side, end: int) -> None:
    """Read the unit after a number (percent, currency, physical) into *side*."""
    q = side.end
    if side.num.ordinal:
        return
    # "half a percentage point", "a quarter of a million": skip the article
    if (
        side.num.fraction
        and side.unit == "number"
        and (a := _OF_A.match(low, q, end)) is not None
    ):
        if (s := _SCALE_WORD.match(low, a.end() - 1, end)) is not None:
            side.value *= lex.SCALES[s.group(1)]
            side.end = side.num_end = q = s.end()
            side.scaled = True
            side.num.fraction = False
        elif _PERCENT.match(low, a.end(), end) is not None:
            q = a.end()
    if side.unit == "number":
        if (m := _PERCENT.match(low, q, end)) is not None:
            unit = lex.PERCENT_UNITS[m.group(1)]
            if m.group(1) in _POINT_WORDS and (
                abs(side.value) >= _MAX_POINTS
                or not _rate_talk(low, side.start, m.end())
            ):
                # Index points ("closed at 3,450.3 points", "the PMI rose 0.5
                # points"), not percentage points; "the 50-point mark" is a name.
                if m.group().startswith("-") or not _index_talk(
                    low, side.start, m.end()
                ):
                    return  # "I would stress one point", "a 10-point plan"
                side.unit = "point"
                side.end = m.end()
                return
            if unit == "basis_point":
                side.value /= 100
                unit = "percentage_point"
            side.unit = unit
            side.end = m.end()
            return
        if (m := _CURRENCY_AFTER.match(low, q, end)) is not None:
            if m.group(1) is not None:
                key = m.group(1)
                code = (
                    lex.CURRENCY_WORDS.get(key)
                    or lex.ISO_ALIASES.get(key)
                    or key.upper()
                )
                side.unit = code
                side.end = m.end()
                # "75 USD million"
                if (
                    s := _SCALE_WORD.match(low, side.end, end)
                ) is not None and not side.scaled:
                    side.value *= lex.SCALES[s.group(1)]
                    side.end = s.end()
                    side.scaled = True
            else:
                side.unit = m.group(2).upper()
                side.value *= 1e6
                side.end = m.end()
            _read_minor(low, side, end)
            return
        if (m := _MINOR_AFTER.match(low, q, end)) is not None:
            # "rose by 14 cents": the metric stage puts it in the text's currency
            side.unit = "pence" if m.group().strip("- ").startswith("p") else "cent"
            side.end = m.end()
            return
        if (m := _PHYSICAL.match(low, q, end)) is not None:
            if (
                m.group(1) == "m2"
                or m.group(1) == "m3"
                or text[q : m.end()].strip("- ") not in {"M", "MM"}
            ):
                side.unit = lex.PHYSICAL_UNITS[m.group(1)]
                side.end = m.end()
            return
    elif side.currency_before:
        # "$ 10 dollars": a repeated currency word belongs to the same amount
        if (m := _CURRENCY_AFTER.match(low, q, end)) is not None and m.group(
            1
        ) is not None:
            key = m.group(1)
            code = (
                lex.CURRENCY_WORDS.get(key) or lex.ISO_ALIASES.get(key) or key.upper()
            )
            if key.isalpha() and (code == side.unit or key in _DOLLAR_WORDS):
                side.end = m.end()
        _read_minor(low, side, end)


def _rate_talk(low: str, start: int, end: int) -> bool:
    """Bare "points" is a percentage point only in rate talk ("cut by 25 points")."""
    first = max(0, start - 40)
    return (
        _RATE_TALK.search(low, first, min(len(low), end + 24)) is not None
        or _RATE_SUBJECT.search(low, first, start) is not None
    )


def _index_talk(low: str, start: int, end: int) -> bool:
    """Bare "points" is an index move or level only near a change or index word."""
    first, last = max(0, start - 40), min(len(low), end + 24)
    return (
        _INDEX_TALK.search(low, first, last) is not None
        or _CHANGE_WORD.search(low, first, last) is not None
    )


def _read_minor(low: str, side: _Side, end: int) -> None:
    """Add trailing cents ("20 dollars 43 cents", "$20 and 43c", "15 dollars 50").

    Unmarked cents ("15 dollars 50") must end the clause, so that "50 dollar 40
    rmb" stays two amounts.
    """
    if not side.num.integer or side.scaled:
        return
    m = _MINOR_LEAD.match(low, side.end, end)
    if m is None:
        return
    cents = _read_number(low, m.end(), end, article=False)
    if cents is None or cents.ordinal or not cents.integer or not 0 < cents.value < 100:
        return
    stop = cents.end
    if (unit := _MINOR_WORD.match(low, stop, end)) is not None:
        stop = unit.end()
    elif _CLAUSE_END.match(low, stop, end) is None:
        return
    side.value += cents.value / 100 if side.value >= 0 else -cents.value / 100
    side.end = stop


def _year_like(low: str, side: _Side) -> bool:
    """Whether *side* is written like a year: four bare digits from 1800 to 2200."""
    raw = low[side.start : side.num_end]
    return raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2200


def _find_range(
    text: str,
    low: str,
    first: _Side,
    end: int,
    opener: str | None,
    *,
    by_before: bool = False,
) -> tuple[_Side, str] | None:
    """Read a range's second end after *first*: "6-7", "2 to 3", "2 and 3"."""
    m = _RANGE_SEP.match(low, first.end, end)
    if m is None:
        return None
    word = m.group(1)
    if not _separator_fits(word, first, opener, low):
        return None
    q = m.end()
    if q >= end:
        return None
    anchor = _second_anchor(low, q, end)
    if anchor >= end or not (low[anchor].isalnum() or low[anchor] == "."):
        return None
    if word is None and not low[anchor].isdigit() and anchor == q:
        return None
    second = _read_side(text, low, anchor, end, q, article=False)
    if second is None or second.num.ordinal != first.num.ordinal:
        return None
    second.start = max(second.start, q)
    _read_unit(text, low, second, end)
    low_value = first.value
    if not first.scaled and second.scaled and first.unit in {"number", second.unit}:
        factor = (
            second.value / second.num.value * second.num.trailing_scale
            if second.num.value
            else 1.0
        )
        if first.currency_before or first.unit == "number":
            low_value = first.value * abs(factor)
    if _change_then_level(low, first, second, word, opener, by_before=by_before):
        return None
    if not low_value < second.value:
        return None
    first.value = low_value
    kind = {"to": "to", "through": "to", "and": "between", "or": "to", None: "dash"}[
        word
    ]
    if opener == "from":
        kind = "from"
    return second, kind


def _separator_fits(
    word: str | None, first: _Side, opener: str | None, low: str
) -> bool:
    """Whether the separator after *first* ("-", "to", "and") may open a range."""
    if word == "and" and opener != "between":
        return False
    if word == "or" and (first.unit != "number" or first.num.fraction):
        return False  # "10 or 15 miles": alternatives of one unit, read as a range
    if word is None and first.end != first.num_end and first.unit == "number":
        return False
    if word is None and (first.num.words and not first.num.fraction):
        return False
    # "5 percent-10": unusual; keep the dash form to bare numbers and signs.
    return not (
        word is None
        and first.currency_before is False
        and first.unit != "number"
        and low[first.end - 1] not in "%$€£"
    )


def _second_anchor(low: str, q: int, end: int) -> int:
    """Where a range's second number starts, after a currency sign of its own."""
    anchor = q
    if low[q] in "$€£¥₹":
        anchor = q + 1
        while anchor < end and low[anchor] == " ":
            anchor += 1
    elif low.startswith(("us$", "hk$"), q):
        anchor = q + 3
    return anchor


def _change_then_level(
    low: str,
    first: _Side,
    second: _Side,
    word: str | None,
    opener: str | None,
    *,
    by_before: bool,
) -> bool:
    """Whether two numbers read as a change and a level, or differ, not a range."""
    if first.unit not in {"number", second.unit}:
        return True
    if _year_like(low, first) != _year_like(low, second):
        return True  # "rose 38 percent in 2025 to 21,400": a year, then a level
    if (
        word == "to"
        and first.unit != "number"
        and _CHANGE_WORD.search(low, max(0, first.start - 60), first.start) is not None
    ):
        return True  # "jumped 12p to 245p", "rose 5% to 10%": a change, then a level
    if word == "to" and by_before:
        return True  # "dropped by 12,300 to 148,000": a change, then a level
    # "from 5 percent to 6 percent" is a change, not a range.
    return opener == "from" and first.unit != "number"


def _parse_at(text: str, low: str, pos: int, floor: int, end: int) -> Quantity | None:
    """Parse the quantity whose number starts at *pos*; None if there is none."""
    if (mult := _MULTIPLIER.match(low, pos, end)) is not None:
        return _multiplier(low, mult, floor)
    side = _first_side(text, low, pos, floor, end)
    if side is None:
        return None
    num = side.num
    start = side.start
    unit = side.unit
    opener: str | None = None
    if m := _OPENER.search(low, max(floor, start - 9), start):
        opener = m.group(1)
    if num.ordinal:
        return _ordinal(low, side, floor, end)
    upper = None
    upper_start = None
    range_kind = None
    by_before = _BY_BEFORE.search(low, max(floor, start - 30), start) is not None
    rng = _find_range(text, low, side, end, opener, by_before=by_before)
    end_pos = side.end
    if rng is not None:
        second, range_kind = rng
        upper = second.value
        upper_start = second.start
        unit = second.unit if side.unit == "number" else side.unit
        end_pos = second.end
        if opener is not None:
            start = _OPENER.search(low, max(floor, start - 9), start).start()  # type: ignore[union-attr]
    value = side.value
    fraction = num.fraction
    if rng is None:
        value, unit, end_pos, fraction = _share(low, side, (value, unit, end_pos), end)
    approx, start, end_pos = _approx_around(low, start, end_pos, floor, end)
    noun_end = None
    noun = None
    compound = False
    if unit == "number" and not fraction:
        if _HYPHEN_WORD.match(low, end_pos, end):
            compound = True
        elif (found := _noun_after(low, end_pos, end)) is not None:
            noun_end, noun = found
    # "($99.99)": accounting brackets make a currency amount negative, unless
    # they gloss the word before them ("VAT (£9.0 billion)").
    if (
        side.currency_before
        and approx is None
        and start > floor
        and low[start - 1] == "("
        and low.startswith(")", end_pos)
        and value > 0
        and not _gloss(low, start - 1, floor)
    ):
        value = -value
        start -= 1
        end_pos += 1
    return Quantity(
        start,
        end_pos,
        value,
        upper=upper,
        unit=unit,
        approx=approx,
        num_start=side.start,
        num_end=side.num_end,
        upper_start=upper_start,
        noun_end=noun_end,
        noun=noun,
        range_kind=range_kind,
        fraction=fraction,
        compound=compound,
        signed=side.value < 0 or value < 0,
        scaled=side.scaled,
    )


def _first_side(text: str, low: str, pos: int, floor: int, end: int) -> _Side | None:
    """The number at *pos* with its unit, unless it is a time, a name or a pronoun."""
    article_m = _ARTICLE.search(low, max(floor, pos - 4), pos)
    side = _read_side(text, low, pos, end, floor, article=article_m is not None)
    if side is None:
        return None
    num = side.num
    if num.words and article_m is not None and side.start == pos:
        first_word = _next_word(low, pos, end)
        if first_word is not None and (
            first_word[0] in lex.SCALES
            or first_word[0] in lex.DENOMINATORS
            or first_word[0] in lex.HUNDREDS
        ):
            side.start = article_m.start()
    if not num.words and _TIME.match(low, side.num_end, end) is not None:
        return None
    _read_unit(text, low, side, end)
    if side.unit == "number" and not num.ordinal and not num.words:
        nxt = side.end
        if nxt < end and low[nxt].isalpha() and side.end == side.num_end:
            if _DECADE.match(low, nxt, end) is None or side.value % 10:
                return None  # "5G", "3D", "A320" are names; "1960s" is a number
            side.end += 1
    if (
        low.startswith("one", pos)
        and side.value == 1
        and _PRONOUN_ONE.search(low, max(floor, pos - 8), pos)
        and _PART_OF.match(low, side.end, end) is None  # "that one in three people"
    ):
        return None  # "the one you mentioned", "which one": a pronoun
    return side


def _ordinal(low: str, side: _Side, floor: int, end: int) -> Quantity:
    """An ordinal, or a rank ("the second-largest", "ranked third")."""
    start = side.start
    rank = False
    if (m := _SUPERLATIVE.match(low, side.end, end)) is not None:
        side.end = m.end()
        rank = True
    elif (m := _RANK_VERB.search(low, max(floor, start - 16), start)) is not None:
        start = m.start()
        rank = True
    elif _MOVED_TO.search(low, max(floor, start - 24), start) is not None:
        rank = True  # "dropped to 23rd": a position reached
    unit = "rank" if rank else "ordinal"
    return Quantity(
        start, side.end, side.value, unit=unit, num_start=side.start,
        num_end=side.num_end,
    )  # fmt: skip


def _share(
    low: str, side: _Side, read: tuple[float, str, int], end: int
) -> tuple[float, str, int, bool]:
    """A fraction of a scale or a whole, or "3 in 10": (value, unit, end, fraction).

    ``read`` is the value, unit and end read so far.
    """
    value, unit, end_pos = read
    num = side.num
    fraction = num.fraction
    if num.fraction and unit == "number":
        if (m := _OF_SCALE.match(low, end_pos, end)) is not None:
            value *= lex.SCALES[m.group(1)]
            end_pos = m.end()
            fraction = False
        elif (m := _OF.match(low, end_pos, end)) is not None:
            value *= 100
            unit = "percent"
            end_pos = m.end()
    if (
        unit == "number"
        and num.integer
        and not side.scaled
        and (m := _PART_OF.match(low, end_pos, end)) is not None
    ):
        whole = _read_number(low, m.end(), end, article=False)
        if (
            whole is not None
            and whole.integer
            and not whole.ordinal
            and 0 < value < whole.value
            and (m.group(1) == "out of" or whole.value <= 100)
            and (m.group(1) == "out of" or num.words == whole.words)
            and _TIME.match(low, whole.end, end) is None
            and not (whole.end < end and low[whole.end].isalnum())
        ):
            value = value / whole.value * 100
            unit = "percent"
            end_pos = whole.end
            fraction = True
    return value, unit, end_pos, fraction


def _approx_around(
    low: str, start: int, end_pos: int, floor: int, end: int
) -> tuple[str | None, int, int]:
    """A qualifier after or before the number: (approx, start, end)."""
    approx: str | None = None
    if (m := _APPROX_AFTER.match(low, end_pos, end)) is not None and not (
        _ANCHOR.match(low, m.end() + 1, end)
        or (low.startswith(" a", m.end()) and _ANCHOR.match(low, m.end() + 3, end))
    ):
        approx = lex.APPROX_AFTER[m.group(1)]
        end_pos = m.end()
    elif m := _APPROX_BEFORE.search(low, max(floor, start - _LOOKBACK), start):
        approx = lex.APPROX_BEFORE[m.group(1)]
        start = m.start()
    return approx, start, end_pos


def _multiplier(low: str, m: re.Match[str], floor: int) -> Quantity:
    """A ratio word before a comparison: "nearly twice the global average"."""
    start = m.start()
    approx = None
    if (
        a := _APPROX_BEFORE.search(low, max(floor, start - _LOOKBACK), start)
    ) is not None:
        approx = lex.APPROX_BEFORE[a.group(1)]
        start = a.start()
    return Quantity(
        start,
        m.end(1),
        float(lex.MULTIPLIERS[m.group(1)]),
        unit="ratio",
        approx=approx,
        num_start=m.start(),
        num_end=m.end(1),
    )


def _finite(quantity: Quantity) -> bool:
    return math.isfinite(quantity.value) and (
        quantity.upper is None or math.isfinite(quantity.upper)
    )


def find_quantities(
    text: str, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """Return the quantities in ``text[start:end]`` in text order.

    Args:
        text: The text to scan; offsets in the result refer to it.
        start: Where to start scanning.
        end: Where to stop scanning (default: the end of the text).

    Returns:
        The quantities found, not overlapping, in order of their start.

    >>> [(q.value, q.unit) for q in find_quantities("GDP grew 5.3 percent to $1.2bn")]
    [(5.3, 'percent'), (1200000000.0, 'USD')]
    """
    stop = len(text) if end is None else min(end, len(text))
    low = _fold(text)
    found: list[Quantity] = []
    floor = start
    for m in _anchors(low, start, stop):
        pos = m.start()
        if pos < floor:
            continue
        quantity = _parse_at(text, low, pos, floor, stop)
        if quantity is None:
            continue
        if not _finite(quantity):
            # A scale pushed it past float range ("9e307 billion"): a Metric
            # cannot hold it, so it is no quantity, and it still ends here.
            floor = quantity.end
            continue
        found.append(quantity)
        floor = quantity.end
    return _two_bounds(found, low) if len(found) > 1 else found


_LOWER_BOUNDS: Final = frozenset({"at_least", "more_than"})
_BOUNDS: Final = _LOWER_BOUNDS | frozenset({"up_to", "less_than"})
_BOUNDS_JOIN: Final = re.compile(r",? {1,2}and {1,2}")


def _two_bounds(found: list[Quantity], low: str) -> list[Quantity]:
    """Join a floor and a ceiling written around "and" into one range.

    "a fee of not less than 2 percent and not more than 4 percent", "at most
    100 and at least 20": one quantity bounded on both sides, its value the
    lower bound and ``upper`` the higher, with no qualifier left.
    """
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.upper is None
            and q.upper is None
            and prev.unit == q.unit
            and prev.noun is None
            and prev.approx in _BOUNDS
            and q.approx in _BOUNDS
            and (prev.approx in _LOWER_BOUNDS) != (q.approx in _LOWER_BOUNDS)
            and _BOUNDS_JOIN.fullmatch(low, prev.end, q.start) is not None
        ):
            low_q, high_q = (prev, q) if prev.approx in _LOWER_BOUNDS else (q, prev)
            if low_q.value < high_q.value:
                out[-1] = attrs.evolve(
                    prev,
                    end=q.end,
                    value=low_q.value,
                    upper=high_q.value,
                    approx=None,
                    upper_start=q.num_start,
                    noun_end=q.noun_end,
                    noun=q.noun,
                    range_kind="between",
                )
                continue
        out.append(q)
    return out


def _gloss(low: str, bracket: int, floor: int) -> bool:
    """Whether the bracket at *bracket* glosses the word before it.

    "Income Tax (£23.2 billion)", "(NICs) (£4.1 billion)": a word or a closing
    bracket right before it that is no linking word ("is", "of", "was").
    """
    m = _BEFORE_BRACKET.search(low, max(floor, bracket - 24), bracket)
    return m is not None and m.group(1) not in _ACCOUNTING_LEADS
