"""Number and unit grammar: every quantity in a text, with value, unit and qualifier.

``find_quantities`` scans a lower-cased, whitespace-folded copy of the text (the
same length, so offsets carry over) for anchors: digits and number words. At
each anchor it reads the number (a small state machine over number words and
digit numerals), then looks left for a sign, a currency sign, an opener
("between", "from") and a qualifier ("about", "more than"), and right for a scale,
a unit, a range's second end and a counted noun. Every step matches a bounded
regex at a fixed position, and the scan never revisits text it consumed, so the
work is linear in the input.

The lexicons live in ``_units``; nothing here decides whether a quantity is a
*metric*: that is the metric stage's job (``_metrics``).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Final

import attrs

from policydocs._extract import _units as lex
from policydocs._extract._lexicon import alternation as _trie
from policydocs._extract._lexicon import word_set

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["Quantity", "find_quantities"]


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


# Characters folded to one ASCII form in the scan copy; every mapping is one
# character to one character so offsets stay valid.
_FOLD: Final = str.maketrans(
    {
        "\t": " ", "\n": " ", "\r": " ", "\u00a0": " ", "\u202f": " ",
        "\u2009": " ", "\u2007": " ", "\u2013": "-", "\u2212": "-",
        "\u2010": "-", "\u2011": "-", "\u2019": "'",
    }
)  # fmt: skip

_NUMBER_WORDS: Final = (
    set(lex.MULTIPLIERS)
    | set(lex.SMALL) | set(lex.TENS) | set(lex.SCALES) | set(lex.ORDINALS)
    | set(lex.DENOMINATORS) | {"hundred", "hundreds"}
)  # fmt: skip

# Where a quantity may begin: a digit not glued to a preceding number, a decimal
# point before a digit, or a number word.
_ANCHOR: Final = re.compile(
    r"(?<![\d.,/:])(?<![\da-z][-+])\d|(?<![\w.])\.\d|(?<![a-z])(?:"
    + _trie(_NUMBER_WORDS)
    + r")(?![a-z])"
)
# The same alternatives without their look-behinds: about twice as fast to
# scan, and it matches wherever _ANCHOR does, which is then tried there.
_ANCHOR_FAST: Final = re.compile(r"\d|\.\d|(?:" + _trie(_NUMBER_WORDS) + r")(?![a-z])")


def _anchors(low: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``_ANCHOR.finditer(low, start, stop)``, found through ``_ANCHOR_FAST``."""
    pos = start
    while True:
        hit = _ANCHOR_FAST.search(low, pos, stop)
        if hit is None:
            return
        m = _ANCHOR.match(low, hit.start(), stop)
        if m is None:
            pos = hit.start() + 1
        else:
            yield m
            pos = m.end()


# A digit numeral: grouped by commas (Western or Indian) or by single spaces, or
# plain; then decimals and an exponent. Every repetition is bounded and no group
# holds a variable-length quantifier inside a repeated group.
_DIGITS: Final = re.compile(
    r"""
    (?:\d{1,3}(?:,\d{3}){1,6}(?![\d])          # 1,234,567
      |\d{1,2}(?:,\d{2}){1,4},\d{3}(?![\d])     # 12,34,567 (Indian grouping)
      |\d{1,3}(?:\ \d{3}){1,5}(?![\d])          # 1 234 567
      |\d{1,30}
    )
    (?:\.\d{1,20})?                             # decimals
    (?:e[+-]?\d{1,3}(?![\w]))?                  # 1.3e6
    |\.\d{1,20}                                 # .77
    """,
    re.VERBOSE,
)
_DIGIT_ORDINAL: Final = re.compile(r"\d{1,6}(?:st|nd|rd|th)(?![a-z])")
_FRACTION: Final = re.compile(r"(\d{1,4}) ?/ ?(\d{1,4})(?![\d/])")
_MIXED: Final = re.compile(r"(?:-| )(\d{1,3})/(\d{1,3})(?![\d/])")
_WORD: Final = re.compile(r"[a-z]{1,20}")
_CONNECTOR: Final = re.compile(r" {0,2}- {0,2}| {1,3}and {1,3}| {1,3}&? {0,2}")
_POINT: Final = re.compile(r" {1,3}point {1,3}")
# What can carry a digit numeral on in words: "4 thousand", "3 hundred",
# "1 point 5", "5 and a half". Without one, the word reader is skipped.
_WORDS_AFTER_DIGITS: Final = re.compile(
    r"[ -]{0,5}(?:hundreds?|point|and|&|" + _trie(lex.SCALES) + r")(?![a-z])"
)
_SCALE_ABBREV: Final = re.compile(r"(?: ?(bn|mn|mln|bln|tn|tln|trn|k)|(b))(?![a-z0-9])")
_SCALE_CASED: Final = re.compile(r" ?(MM|M|K)(?![A-Za-z0-9])")
_SCALE_WORD: Final = re.compile(r"(?: {1,3}|-)(" + _trie(lex.SCALES) + r")(?![a-z])")
_TIME: Final = re.compile(r" ?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?![a-z])|:\d")
_PERCENT: Final = re.compile(
    r"(?: {0,2}|-)(" + _trie(lex.PERCENT_UNITS) + r")(?![a-z])"
)
_CODES: Final = tuple(lex.ISO_CODES)
_CURRENCY_AFTER: Final = re.compile(
    r"(?: {0,2}|-)(" + _trie([*lex.CURRENCY_WORDS, *_CODES]) + r")(?![a-z])"
    r"|(?: |-)?m(" + _trie(_CODES) + r")(?![a-z])"
)
_MINOR_LEAD: Final = re.compile(r"(?: {1,2}and)? {1,2}(?=[\da-z])")
_CLAUSE_END: Final = re.compile(r" {0,2}(?:[.,;:!?)]|\Z)")
_MINOR_AFTER: Final = re.compile(
    r"(?: {0,2}|-)(?:cents|cent|¢|pence|penny|pennies)(?![a-z])|p(?![a-z0-9])"
)
_MINOR_WORD: Final = re.compile(r" {0,2}(?:" + _trie(lex.MINOR_UNITS) + r")(?![a-z])")
_PHYSICAL: Final = re.compile(
    r"(?: {0,2}|-)(" + _trie(lex.PHYSICAL_UNITS) + r")(?![a-z0-9])"
)
_SUPERLATIVE: Final = re.compile(
    r"(?:-| {1,2})(?:" + _trie(lex.SUPERLATIVES) + r")(?![a-z])"
)
_RANGE_SEP: Final = re.compile(r" {0,2}[-~] {0,2}| {1,2}(to|through|and) {1,2}")
_PART_OF: Final = re.compile(r" {1,2}(out of|in)(?: every)? {1,2}")
_OF_A: Final = re.compile(r"(?: {1,2}of)? {1,2}an? ")
_OF: Final = re.compile(r" {1,2}of(?![a-z])")
_OF_SCALE: Final = re.compile(
    r" {1,2}of {1,2}an? {1,2}(" + _trie(lex.SCALES) + r")(?![a-z])"
)
_APPROX_AFTER: Final = re.compile(r" {1,2}(" + _trie(lex.APPROX_AFTER) + r")(?![a-z])")
_HYPHEN_WORD: Final = re.compile(r"-[a-z]")
_NOUN_WORD: Final = re.compile(r" {1,2}([a-z][a-z'-]{0,30})(?![a-z'-])")

# Left context, matched so that it ends exactly where the number begins.
_CURRENCY_BEFORE: Final = re.compile(
    r"(?<![a-z0-9])(?:("
    + _trie([*lex.CURRENCY_PREFIXES, *_CODES])
    + r")|m("
    + _trie(_CODES)
    + r")) {0,2}\Z"
)
_SIGN_WORD: Final = re.compile(r"(?<![a-z])(?:minus|negative) \Z")
_ARTICLE: Final = re.compile(r"(?<![a-z])an? {1,2}\Z")
_OPENER: Final = re.compile(r"(?<![a-z])(between|from) {1,2}\Z")
_APPROX_BEFORE: Final = re.compile(
    r"(?<![a-z])(" + _trie(lex.APPROX_BEFORE) + r") {1,2}\Z"
)
_RANK_VERB: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.RANK_VERBS) + r")(?: the)? {1,2}\Z"
)
# "by" before the amount, a qualifier allowed between ("by about 3 to 4").
_BY_BEFORE: Final = re.compile(r"(?<![a-z])by (?:[a-z]{1,13} ){0,2}\Z")
# "twice the average", "thrice as large"; not "twice a year" (a frequency).
_MULTIPLIER: Final = re.compile(
    r"("
    + _trie(lex.MULTIPLIERS)
    + r")(?= {1,2}(?:the|as|that|what|its|their)(?![a-z]))"
)
# Words that may follow a singular fraction ("a fifth in 2020"); any other word
# makes it an ordinal modifier ("a fifth straight year", "a third party").
_AFTER_FRACTION: Final = word_set("numbers_after_fraction")
_RATE_TALK: Final = re.compile(r"(?<![a-z])(?:" + _trie(lex.RATE_TALK) + r")(?![a-z])")
_RATE_SUBJECT: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.RATE_SUBJECTS) + r")(?![a-z])"
)
_CHANGE_WORD: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie([*lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE])
    + r")(?![a-z])"
)
_INDEX_TALK: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.INDEX_TALK) + r")(?![a-z])"
)
# Percentage points beyond this are index points ("3,450.3 points").
_MAX_POINTS: Final = 100
_PRONOUN_ONE: Final = re.compile(
    r"(?<![a-z])(?:the|this|that|which|each|every|any|no|another) \Z"
)
_DECADE: Final = re.compile(r"s(?![a-z])")
_LOOKBACK: Final = 24


def _fold(text: str) -> str:
    """Return a lower-cased copy of *text* with the same length."""
    low = text.lower()
    if len(low) != len(text):  # e.g. "İ" lower-cases to two characters
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


@attrs.define
class _Num:
    """A number read at one position, before its prefixes and unit."""

    value: float
    end: int
    ordinal: bool = False
    fraction: bool = False
    words: bool = False
    integer: bool = True
    scaled: bool = False
    trailing_scale: float = 1.0


def _digits_value(token: str) -> float:
    return float(token.replace(",", "").replace(" ", ""))


def _read_digits(low: str, pos: int, end: int) -> _Num | None:
    """Read a digit numeral, ordinal, fraction or mixed number at *pos*."""
    if m := _DIGIT_ORDINAL.match(low, pos, end):
        return _Num(float(m.group()[:-2]), m.end(), ordinal=True)
    if m := _FRACTION.match(low, pos, end):
        numerator, denominator = int(m.group(1)), int(m.group(2))
        if denominator == 0:
            return None
        return _Num(numerator / denominator, m.end(), fraction=True, integer=False)
    m = _DIGITS.match(low, pos, end)
    if m is None:
        return None
    token = m.group()
    value = _digits_value(token)
    if not math.isfinite(value):
        return None  # "1e400" overflows a float: no quantity can hold it
    integer = "." not in token and "e" not in token
    if integer and (mixed := _MIXED.match(low, m.end(), end)):
        numerator, denominator = int(mixed.group(1)), int(mixed.group(2))
        if 0 < numerator < denominator:
            return _Num(value + numerator / denominator, mixed.end(), integer=False)
    if (
        low.startswith(".", m.end())
        and m.end() + 1 < end
        and low[m.end() + 1].isdigit()
    ):
        return None  # a version or section number such as 1.2.3
    return _Num(value, m.end(), integer=integer)


class _Words:
    """State machine over number words and digit groups ("4 thousand 3 hundred")."""

    __slots__ = ("cur", "end", "fraction", "last", "last_scale", "ordinal", "total")

    def __init__(self) -> None:
        self.total = 0.0
        self.cur = 0.0
        self.last: str | None = None
        self.last_scale = float("inf")
        self.end = 0
        self.ordinal = False
        self.fraction = False

    @property
    def value(self) -> float:
        return self.total + self.cur

    def snapshot(self) -> tuple[float, float, str | None, float, int, bool]:
        return (
            self.total,
            self.cur,
            self.last,
            self.last_scale,
            self.end,
            self.fraction,
        )

    def restore(self, state: tuple[float, float, str | None, float, int, bool]) -> None:
        (self.total, self.cur, self.last, self.last_scale, self.end, self.fraction) = (
            state
        )


def _next_word(low: str, pos: int, end: int) -> tuple[str, int] | None:
    m = _WORD.match(low, pos, end)
    if m is None or (m.end() < end and low[m.end()].isalpha()):
        return None
    return m.group(), m.end()


def _fraction_after(low: str, pos: int, end: int) -> tuple[float, int] | None:
    """Read "a half", "one fourth", "three quarters", "two thirds" at *pos*."""
    first = _next_word(low, pos, end)
    if first is None:
        return None
    word, after = first
    if word in {"a", "an"}:
        numerator = 1
    elif word in lex.SMALL and 0 < lex.SMALL[word] < 20:
        numerator = lex.SMALL[word]
    else:
        return None
    sep = _CONNECTOR.match(low, after, end)
    if sep is None or "and" in sep.group():
        return None
    second = _next_word(low, sep.end(), end)
    if second is None or second[0] not in lex.DENOMINATORS:
        return None
    return numerator / lex.DENOMINATORS[second[0]], second[1]


def _singular_fraction_ok(low: str, pos: int, end: int) -> bool:
    """Tell a singular fraction ("one third of") from an ordinal ("third party")."""
    nxt = _NOUN_WORD.match(low, pos, end)
    if nxt is None:
        return True
    word = nxt.group(1)
    return word in _AFTER_FRACTION or word in lex.SCALES


def _read_words(low: str, pos: int, end: int, *, article: bool) -> _Num | None:
    """Read a number written in words, possibly mixed with digit groups.

    Grammar (informal)::

        number   = group {scale group} [point digits] [fraction-tail]
        group    = [unit | teen | tens [-unit] | digits] [hundred [and] rest]
        fraction = numerator denominator   ("two thirds", "a half")
    """
    st = _Words()
    q = pos
    connector = ""
    started_digits = False
    saved: tuple[float, float, str | None, float, int, bool] | None = None
    and_after: str | None = None
    for _ in range(40):
        value: float
        if low[q : q + 1].isdigit():
            if st.last not in {None, "hundred", "scale"}:
                break
            if st.last is not None and not (started_digits or connector == "and"):
                break
            num = _read_digits(low, q, end)
            if num is None or num.ordinal or num.fraction:
                break
            value = num.value
            if st.last is not None and (
                not num.integer or value == 0 or value >= min(st.last_scale, 1000)
            ):
                if saved is not None and connector == "and":
                    st.restore(saved)
                break
            if st.last is None:
                started_digits = True
            st.cur += value
            st.last = "digits"
            st.end = num.end
        else:
            got = _next_word(low, q, end)
            if got is None:
                break
            word, w_end = got
            last = st.last
            if word in lex.SMALL:
                value = lex.SMALL[word]
                # A denominator after a numerator makes a fraction: "two thirds".
                if last is None or (last in {"hundred", "scale"} and connector != "-"):
                    if last is not None and value >= st.last_scale:
                        break
                    sep = _CONNECTOR.match(low, w_end, end)
                    den = (
                        _next_word(low, sep.end(), end)
                        if sep is not None and "and" not in sep.group()
                        else None
                    )
                    if den is not None and den[0] in lex.DENOMINATORS and value > 0:
                        d = lex.DENOMINATORS[den[0]]
                        plural = den[0].endswith("s")
                        # "one-sixth" is hyphenated as a fraction, never an ordinal
                        hyphen = sep is not None and "-" in sep.group()
                        if plural or (
                            value == 1
                            and (hyphen or _singular_fraction_ok(low, den[1], end))
                        ):
                            st.cur += value / d
                            st.last = "fraction"
                            st.fraction = True
                            st.end = den[1]
                            q = den[1]
                            nxt = _CONNECTOR.match(low, q, end)
                            if nxt is None:
                                break
                            connector = nxt.group().strip()
                            q = nxt.end()
                            continue
                    if value == 0 and last is not None:
                        if saved is not None and connector == "and":
                            st.restore(saved)
                        break
                    st.cur += value
                    st.last = "unit" if value < 10 else "teen"
                elif last == "tens" and 0 < value < 10 and connector != "and":
                    st.cur += value
                    st.last = "unit"
                else:
                    break
            elif word in lex.TENS:
                if last is None or (last in {"hundred", "scale"} and connector != "-"):
                    if last is not None and lex.TENS[word] >= st.last_scale:
                        break
                    st.cur += lex.TENS[word]
                    st.last = "tens"
                else:
                    break
            elif word in {"hundred", "hundreds"}:
                if last is None:
                    if not article and _SCALE_WORD.match(low, w_end, end) is None:
                        break
                    st.cur = 100
                elif last in {"unit", "teen", "tens", "digits"} and connector != "and":
                    if (st.cur >= 100 and last != "digits") or and_after == "hundred":
                        if saved is not None:
                            st.restore(saved)
                        break
                    st.cur *= 100
                else:
                    break
                st.last = "hundred"
            elif word in lex.SCALES:
                scale = lex.SCALES[word]
                if last is None:
                    if not article:
                        break
                    st.total = scale
                elif last in {"unit", "teen", "tens", "digits", "hundred", "fraction"}:
                    if connector == "and" or scale >= st.last_scale:
                        if saved is not None and scale >= st.last_scale:
                            st.restore(saved)
                        break
                    st.total += st.cur * scale
                    st.cur = 0
                elif last == "scale" and st.cur == 0 and scale > st.last_scale:
                    st.total *= scale
                else:
                    break
                st.last = "scale"
                st.last_scale = scale
            elif (
                word in lex.DENOMINATORS
                and last is None
                and word in {"half", "quarter"}
            ):
                # "half million", "quarter million", "half of", "a quarter"
                if word == "quarter" and not article:
                    scale_m = _SCALE_WORD.match(low, w_end, end)
                    if scale_m is None:
                        break
                st.cur = 1 / lex.DENOMINATORS[word]
                st.last = "fraction"
                st.fraction = True
            elif word in lex.DENOMINATORS and last is None and article:
                if not (word.endswith("s") or _singular_fraction_ok(low, w_end, end)):
                    break
                st.cur = 1 / lex.DENOMINATORS[word]
                st.last = "fraction"
                st.fraction = True
            elif word in lex.ORDINALS:
                value = lex.ORDINALS[word]
                if last is None:
                    st.cur = value
                elif (last == "tens" and value < 10 and connector != "and") or (
                    last in {"hundred", "scale"} and value < 100 and connector == "and"
                ):
                    st.cur += value
                elif last in {"unit", "teen", "tens", "hundred"} and value >= 100:
                    st.cur *= value
                else:
                    break
                st.ordinal = True
                st.last = "ordinal"
                st.end = w_end
                break
            else:
                break
            st.end = w_end
        # Connector to the next token.
        q = st.end
        if m := _POINT.match(low, q, end):
            decimals = _read_point(low, m.end(), end)
            if decimals is not None and st.last in {
                "unit",
                "teen",
                "tens",
                "hundred",
                "digits",
            }:
                digits, d_end = decimals
                st.cur = (
                    float(f"{int(st.cur)}.{digits}")
                    if math.isfinite(st.cur) and st.cur == int(st.cur)
                    else st.cur
                )
                st.end = d_end
                st.last = "decimal"
                q = d_end
        tail = _CONNECTOR.match(low, q, end)
        if tail is None:
            break
        connector = tail.group().strip()
        if connector == "&":
            connector = "and"
        if connector == "and":
            frac = _fraction_after(low, tail.end(), end)
            if frac is not None and st.last in {
                "unit",
                "teen",
                "tens",
                "hundred",
                "scale",
                "digits",
                "decimal",
            }:
                amount, f_end = frac
                scale_m = _SCALE_WORD.match(low, f_end, end)
                scale = lex.SCALES[scale_m.group(1)] if scale_m is not None else 0.0
                if scale_m is not None and st.last != "scale":
                    st.total += (st.cur + amount) * scale
                    st.cur = 0
                    st.last_scale = scale
                    st.end = scale_m.end()
                elif scale_m is not None and scale < st.last_scale:
                    st.total += st.cur + amount * scale
                    st.cur = 0
                    st.end = scale_m.end()
                elif st.last == "scale":
                    st.total += amount * st.last_scale
                    st.end = f_end
                else:
                    st.cur += amount
                    st.end = f_end
                st.fraction = False
                st.last = "fraction"
                q = st.end
                tail = _CONNECTOR.match(low, q, end)
                if tail is None or tail.group().strip() in {"and", "&"}:
                    break
                connector = tail.group().strip()
                q = tail.end()
                continue
            if st.last not in {"hundred", "scale"}:
                break
            saved = st.snapshot()
            and_after = st.last
        q = tail.end()
    if st.last is None:
        return None
    value = st.value
    if not math.isfinite(value):
        return None  # "9e307 billion" overflows a float
    return _Num(
        value,
        st.end,
        ordinal=st.ordinal,
        fraction=st.fraction,
        words=True,
        integer=value == int(value),
        scaled=st.total > 0 and st.last_scale < float("inf"),
        trailing_scale=st.last_scale if st.last == "scale" else 1.0,
    )


def _read_point(low: str, pos: int, end: int) -> tuple[str, int] | None:
    """Read the decimals after "point": "zero three", "seventy-one", "5"."""
    if low[pos : pos + 1].isdigit():
        m = re.compile(r"\d{1,12}").match(low, pos, end)
        return (m.group(), m.end()) if m else None
    digits = ""
    q = pos
    last_end = pos
    for _ in range(12):
        got = _next_word(low, q, end)
        if got is None:
            break
        word, w_end = got
        if word in lex.SMALL and lex.SMALL[word] < 10:
            digits += str(lex.SMALL[word])
        elif word in lex.TENS and not digits:
            value = lex.TENS[word]
            sep = _CONNECTOR.match(low, w_end, end)
            unit = (
                _next_word(low, sep.end(), end)
                if sep and "and" not in sep.group()
                else None
            )
            if (
                unit is not None
                and unit[0] in lex.SMALL
                and 0 < lex.SMALL[unit[0]] < 10
            ):
                value += lex.SMALL[unit[0]]
                w_end = unit[1]
            return str(value), w_end
        else:
            break
        last_end = w_end
        sep = _CONNECTOR.match(low, w_end, end)
        if sep is None or "and" in sep.group():
            break
        q = sep.end()
    return (digits, last_end) if digits else None


def _read_number(low: str, pos: int, end: int, *, article: bool) -> _Num | None:
    """Read the number at *pos*: digits, digits joined to words, or words.

    Digits join the words after them: "4 thousand 3 hundred", "1.2 trillion".
    """
    if pos >= end:
        return None  # "5 in " at the very end: nothing left to read
    if not (low[pos].isdigit() or low[pos] == "."):
        return _read_words(low, pos, end, article=article)
    first = _read_digits(low, pos, end)
    if first is None or first.ordinal or first.fraction:
        return first
    if _WORDS_AFTER_DIGITS.match(low, first.end, end) is None:
        return first
    words = _read_words(low, pos, end, article=False)
    if words is None or words.end <= first.end:
        return first
    words.words = False
    words.integer = words.integer and first.integer
    return words


def _noun_after(low: str, pos: int, end: int) -> tuple[int, str] | None:
    """Find the counted noun after a number: up to four words ending in a plural."""
    q = pos
    for _ in range(4):
        m = _NOUN_WORD.match(low, q, end)
        if m is None:
            return None
        word = m.group(1)
        if word in lex.NOUN_STOPWORDS or word in _NUMBER_WORDS:
            return None
        head = word.rsplit("-", 1)[-1]
        if head in lex.IRREGULAR_PLURALS or (
            len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "us", "is"))
        ):
            return m.end(), head
        q = m.end()
    return None


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
        elif (m := _SCALE_WORD.match(low, q, end)) is not None and not num.words:
            value *= lex.SCALES[m.group(1)]
            q = m.end()
            scaled = True
    num_end = q
    if negative:
        value = -value
    return _Side(num, start, value, unit, q, num_end, scaled, currency_before)


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
            if m.group(1) in {"points", "point"} and (
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
            if key.isalpha() and (code == side.unit or key in {"dollar", "dollars"}):
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
    if word == "and" and opener != "between":
        return None
    if word is None and first.end != first.num_end and first.unit == "number":
        return None
    if word is None and (first.num.words and not first.num.fraction):
        return None
    if (
        word is None
        and first.currency_before is False
        and first.unit != "number"
        and low[first.end - 1] not in "%$€£"
    ):
        # "5 percent-10": unusual; keep the dash form to bare numbers and signs
        return None
    q = m.end()
    if q >= end:
        return None
    anchor = q
    if low[q] in "$€£¥₹":
        anchor = q + 1
        while anchor < end and low[anchor] == " ":
            anchor += 1
    elif low.startswith(("us$", "hk$"), q):
        anchor = q + 3
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
    if first.unit not in {"number", second.unit}:
        return None
    if _year_like(low, first) != _year_like(low, second):
        return None  # "rose 38 percent in 2025 to 21,400": a year, then a level
    if (
        word == "to"
        and first.unit != "number"
        and _CHANGE_WORD.search(low, max(0, first.start - 60), first.start) is not None
    ):
        return None  # "jumped 12p to 245p", "rose 5% to 10%": a change, then a level
    if word == "to" and by_before:
        return None  # "dropped by 12,300 to 148,000": a change, then a level
    if opener == "from" and first.unit != "number":
        return None  # "from 5 percent to 6 percent" is a change, not a range
    if not low_value < second.value:
        return None
    first.value = low_value
    kind = {"to": "to", "through": "to", "and": "between", None: "dash"}[word]
    if opener == "from":
        kind = "from"
    return second, kind


def _parse_at(text: str, low: str, pos: int, floor: int, end: int) -> Quantity | None:
    """Parse the quantity whose number starts at *pos*; None if there is none."""
    if (mult := _MULTIPLIER.match(low, pos, end)) is not None:
        return _multiplier(low, mult, floor)
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
            or first_word[0] in {"hundred", "hundreds"}
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
    start = side.start
    unit = side.unit
    approx: str | None = None
    opener: str | None = None
    if m := _OPENER.search(low, max(floor, start - 9), start):
        opener = m.group(1)
    rank = False
    if num.ordinal:
        if (m := _SUPERLATIVE.match(low, side.end, end)) is not None:
            side.end = m.end()
            rank = True
        elif (m := _RANK_VERB.search(low, max(floor, start - 16), start)) is not None:
            start = m.start()
            rank = True
        unit = "rank" if rank else "ordinal"
        return Quantity(
            start, side.end, side.value, unit=unit, num_start=side.start,
            num_end=side.num_end,
        )  # fmt: skip
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
    if rng is None and num.fraction and unit == "number":
        if (m := _OF_SCALE.match(low, end_pos, end)) is not None:
            value *= lex.SCALES[m.group(1)]
            end_pos = m.end()
            fraction = False
        elif (m := _OF.match(low, end_pos, end)) is not None:
            value *= 100
            unit = "percent"
            end_pos = m.end()
    if (
        rng is None
        and unit == "number"
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
    if (m := _APPROX_AFTER.match(low, end_pos, end)) is not None and not (
        _ANCHOR.match(low, m.end() + 1, end)
        or (low.startswith(" a", m.end()) and _ANCHOR.match(low, m.end() + 3, end))
    ):
        approx = lex.APPROX_AFTER[m.group(1)]
        end_pos = m.end()
    elif m := _APPROX_BEFORE.search(low, max(floor, start - _LOOKBACK), start):
        approx = lex.APPROX_BEFORE[m.group(1)]
        start = m.start()
    noun_end = None
    noun = None
    compound = False
    if unit == "number" and not fraction:
        if _HYPHEN_WORD.match(low, end_pos, end):
            compound = True
        elif (found := _noun_after(low, end_pos, end)) is not None:
            noun_end, noun = found
    # "($99.99)": accounting brackets make a currency amount negative.
    if (
        side.currency_before
        and approx is None
        and start > floor
        and low[start - 1] == "("
        and low.startswith(")", end_pos)
        and value > 0
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
    return found
