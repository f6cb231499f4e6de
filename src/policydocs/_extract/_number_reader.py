"""Reading one number: digits, number words, fractions, and the words around it.

The lower layer of the number grammar (``_numbers``): the scan copy of the
text, the patterns of its anchors and context, and the readers that turn the
characters at an offset into a value.
"""

from __future__ import annotations

import math
import re
import unicodedata
from typing import TYPE_CHECKING, Final

import attrs

from policydocs._extract import _units as lex
from policydocs._extract._context import fold_case
from policydocs._extract._lexicon import alternation as _trie
from policydocs._extract._lexicon import choice, word_set

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = []

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
    | set(lex.DENOMINATORS) | lex.HUNDREDS
)  # fmt: skip

# Where a quantity may begin: a digit not glued to a preceding number, a decimal
# point before a digit, or a number word.
_ANCHOR: Final = re.compile(
    r"(?<![\d.,/:])(?<![\da-z][-+])\d|(?<![\w.])\.\d|(?<![a-z])(?:"
    + _trie(_NUMBER_WORDS)
    + r")(?![a-z])"
)
# Where an anchor can start, found by a pattern that opens with a character
# class, so that ``re`` skips the letters inside words in C (an alternation
# of a digit, a dot and the number-word tree is entered at every offset;
# this is about twice as fast to scan). It stands on a character that is no
# lower-case letter: a digit or dot, which may start an anchor itself, or the
# character before a number word (group 1 then takes part), where the word
# may start one. Every candidate is tried with _ANCHOR itself.
_ANCHOR_GATE: Final = re.compile(
    r"[^a-z](?:(?=(?:" + _trie(_NUMBER_WORDS) + r")(?![a-z]))()|(?<=[\d.]))"
)


def _anchors(low: str, start: int, stop: int) -> Iterator[re.Match[str]]:
    """``_ANCHOR.finditer(low, start, stop)``, tried only where the gate says.

    A number word at ``start`` has its preceding character outside the
    range: it is tried first, and the gate scan opens one character early.
    """
    match = _ANCHOR.match
    pos = start
    m = match(low, start, stop)
    if m is not None:
        yield m
        pos = m.end()
    for hit in _ANCHOR_GATE.finditer(low, max(start - 1, 0), stop):
        at = hit.start()
        if hit.lastindex:
            # A number word follows; the character itself may be a digit.
            if at >= pos and (m := match(low, at, stop)) is not None:
                yield m
                pos = m.end()
            at += 1
        if at >= pos and (m := match(low, at, stop)) is not None:
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
# What shows the digits matched are only the start of a longer numeral: more
# digits, or one more thousands or Indian group than the grouped forms allow.
_CUT_SHORT: Final = re.compile(r"\d|,\d{3}(?!\d)|,\d{2}(?:,\d{2}){0,8},\d{3}(?!\d)")
_CUT_SHORT_SPACED: Final = re.compile(r" \d{3}(?!\d)")
_SPACED_HEAD: Final = re.compile(r"\d{1,3}(?: \d{3}){0,8} ")
_SPACED_REACH: Final = 40


def _inside_spaced(low: str, pos: int) -> bool:
    """Whether *pos* follows the leading groups of a space-grouped numeral."""
    start = pos
    while start > 0 and pos - start < _SPACED_REACH and low[start - 1] in "0123456789 ":
        start -= 1
    while start < pos and low[start] == " ":
        start += 1
    return start < pos and _SPACED_HEAD.fullmatch(low, start, pos) is not None


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
# "50- basis-point": a hyphen left hanging before the unit's own hyphen.
_PERCENT: Final = re.compile(
    r"(?: {0,2}|- ?)(" + _trie(lex.PERCENT_UNITS) + r")(?![a-z])"
)
# Vulgar fractions glued to a whole number: "2½", "3¼" (U+00BC-U+00BE and
# U+2150-U+215E, read by their Unicode numeric value).
_VULGAR: Final = re.compile("[\u00bc-\u00be\u2150-\u215e]")
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
_RANGE_SEP: Final = re.compile(
    r" {0,2}[-~] {0,2}| {1,2}(" + choice("numbers_range_joins") + r") {1,2}"
)
_PART_OF: Final = re.compile(r"(?: {1,2}|-)(out of|in)(?: every)?(?: {1,2}|-)")
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
# A change verb with "to" before an ordinal: a position reached ("dropped to
# 23rd", "climbed to third place").
_MOVED_TO: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie((*lex.NEGATIVE_CHANGE, *lex.POSITIVE_CHANGE))
    + r") {1,2}to(?: the)? {1,2}\Z"
)
# "by" before the amount, a qualifier allowed between ("by about 3 to 4").
_BY_BEFORE: Final = re.compile(r"(?<![a-z])by (?:[a-z]{1,13} ){0,2}\Z")
# "twice the average", "thrice as large"; not "twice a year" (a frequency).
_MULTIPLIER: Final = re.compile(
    r"("
    + _trie(lex.MULTIPLIERS)
    + r")(?= {1,2}(?:"
    + choice("numbers_multiplier_follows")
    + r")(?![a-z]))"
)
# Words that may follow a singular fraction ("a fifth in 2020"); any other word
# makes it an ordinal modifier ("a fifth straight year", "a third party").
_AFTER_FRACTION: Final = word_set("numbers_after_fraction")
_RATE_TALK: Final = re.compile(r"(?<![a-z])(?:" + _trie(lex.RATE_TALK) + r")(?![a-z])")
_RATE_SUBJECT: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.RATE_SUBJECTS) + r")(?![a-z])"
)
_CHANGE_WORD: Final = re.compile(
    r"(?<![a-z])(?:" + lex.CHANGE_ALTERNATION + r")(?![a-z])"
)
_INDEX_TALK: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.INDEX_TALK) + r")(?![a-z])"
)
# Percentage points beyond this are index points ("3,450.3 points").
_MAX_POINTS: Final = 100
_PRONOUN_ONE: Final = re.compile(
    r"(?<![a-z])(?:" + choice("numbers_pronoun_one_leads") + r") \Z"
)
_DECADE: Final = re.compile(r"s(?![a-z])")
_LOOKBACK: Final = 24


#: ``_FOLD`` as (character, replacement) pairs. No replacement is itself a
#: key, so replacing them one after another is the same as translating.
_FOLD_PAIRS: Final = tuple((chr(k), v) for k, v in _FOLD.items())

#: The indefinite articles: "a third" is one third.
_INDEFINITE_ARTICLES: Final = word_set("indefinite_articles")

#: Fraction words that open a number alone ("half million", "a quarter").
_BARE_FRACTIONS: Final = word_set("numbers_bare_fractions")


def _fold(text: str) -> str:
    """Return a lower-cased copy of *text* with the same length.

    ``str.translate`` looks every character up in the table once the text
    holds one character beyond ASCII (a curly quote does), about ten times
    slower on news than a ``str.replace`` per table entry that occurs.
    """
    low = fold_case(text)
    for char, replacement in _FOLD_PAIRS:
        if char in low:
            low = low.replace(char, replacement)
    return low


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
    grouped = " " in token or len(token) == len("000")
    if _CUT_SHORT.match(low, m.end(), end) or (
        grouped
        and (_CUT_SHORT_SPACED.match(low, m.end(), end) or _inside_spaced(low, pos))
    ):
        return None  # a numeral longer than any reading: whole or not at all
    value = _digits_value(token)
    if not math.isfinite(value):
        return None  # "1e400" overflows a float: no quantity can hold it
    integer = "." not in token and "e" not in token
    if integer and (vulgar := _VULGAR.match(low, m.end(), end)):
        return _Num(
            value + unicodedata.numeric(vulgar.group()), vulgar.end(), integer=False
        )
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
    if word in _INDEFINITE_ARTICLES:
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


class _Reading:
    """Where :func:`_read_words` stands: its number, offset and last connector."""

    __slots__ = (
        "and_after",
        "article",
        "connector",
        "end",
        "low",
        "q",
        "saved",
        "st",
        "started_digits",
    )

    def __init__(self, low: str, pos: int, end: int, *, article: bool) -> None:
        self.low = low
        self.end = end
        self.article = article
        self.st = _Words()
        self.q = pos
        self.connector = ""
        self.started_digits = False
        self.saved: tuple[float, float, str | None, float, int, bool] | None = None
        self.and_after: str | None = None

    def give_back(self) -> None:
        """Undo what an "and" read, when what followed it did not belong."""
        if self.saved is not None and self.connector == "and":
            self.st.restore(self.saved)


#: What one step of :func:`_read_words` says: stop, go on at ``q``, or read the
#: connector after the token first.
_STOP: Final = 0
_NEXT: Final = 1
_ON: Final = 2


def _read_words(low: str, pos: int, end: int, *, article: bool) -> _Num | None:
    """Read a number written in words, possibly mixed with digit groups.

    Grammar (informal)::

        number   = group {scale group} [point digits] [fraction-tail]
        group    = [unit | teen | tens [-unit] | digits] [hundred [and] rest]
        fraction = numerator denominator   ("two thirds", "a half")
    """
    r = _Reading(low, pos, end, article=article)
    st = r.st
    for _ in range(40):
        digits = low[r.q : r.q + 1].isdigit()
        step = _digits_step(r) if digits else _word_step(r)
        if step == _NEXT:
            continue
        if step == _STOP or not _connector_step(r):
            break
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


def _digits_step(r: _Reading) -> int:
    """A digit group inside a worded number ("4 thousand", "300 million")."""
    st = r.st
    if st.last not in {None, "hundred", "scale"}:
        return _STOP
    if st.last is not None and not (r.started_digits or r.connector == "and"):
        return _STOP
    num = _read_digits(r.low, r.q, r.end)
    if num is None or num.ordinal or num.fraction:
        return _STOP
    value = num.value
    if st.last is not None and (
        not num.integer
        or value == 0
        or value >= min(st.last_scale, 1000)
        # "480-pound bales": a group that opens a compound modifier is no part
        or r.low.startswith("-", num.end)
    ):
        r.give_back()
        return _STOP
    if st.last is None:
        # "2 million 300 thousand" goes on; "12.5 million 480" never does
        r.started_digits = num.integer
    st.cur += value
    st.last = "digits"
    st.end = num.end
    return _ON


def _word_step(r: _Reading) -> int:
    """One number word: a unit, a ten, "hundred", a scale, a fraction or an ordinal."""
    got = _next_word(r.low, r.q, r.end)
    if got is None:
        return _STOP
    word, w_end = got
    if word in lex.SMALL:
        step = _small_step(r, word, w_end)
    elif word in lex.TENS:
        step = _tens_step(r, word)
    elif word in lex.HUNDREDS:
        step = _hundred_step(r, w_end)
    elif word in lex.SCALES:
        step = _scale_step(r, word)
    elif word in lex.DENOMINATORS and r.st.last is None:
        step = _denominator_step(r, word, w_end)
    elif word in lex.ORDINALS:
        _ordinal_step(r, word, w_end)
        return _STOP
    else:
        return _STOP
    if step == _ON:
        r.st.end = w_end
    return step


def _small_step(r: _Reading, word: str, w_end: int) -> int:
    """A word below twenty, or the numerator of a fraction ("two thirds")."""
    st, low, end, connector = r.st, r.low, r.end, r.connector
    last = st.last
    value = lex.SMALL[word]
    # A denominator after a numerator makes a fraction: "two thirds".
    if last is None or (last in {"hundred", "scale"} and connector != "-"):
        if last is not None and value >= st.last_scale:
            return _STOP
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
                value == 1 and (hyphen or _singular_fraction_ok(low, den[1], end))
            ):
                st.cur += value / d
                st.last = "fraction"
                st.fraction = True
                st.end = den[1]
                r.q = den[1]
                nxt = _CONNECTOR.match(low, r.q, end)
                if nxt is None:
                    return _STOP
                r.connector = nxt.group().strip()
                r.q = nxt.end()
                return _NEXT
        if value == 0 and last is not None:
            r.give_back()
            return _STOP
        st.cur += value
        st.last = "unit" if value < 10 else "teen"
    elif last == "tens" and 0 < value < 10 and connector != "and":
        st.cur += value
        st.last = "unit"
    else:
        return _STOP
    return _ON


def _tens_step(r: _Reading, word: str) -> int:
    """A multiple of ten ("twenty", "three hundred and forty")."""
    st = r.st
    last = st.last
    if last is None or (last in {"hundred", "scale"} and r.connector != "-"):
        if last is not None and lex.TENS[word] >= st.last_scale:
            return _STOP
        st.cur += lex.TENS[word]
        st.last = "tens"
        return _ON
    return _STOP


def _hundred_step(r: _Reading, w_end: int) -> int:
    """The word "hundred" after a unit, or alone after an article or before a scale."""
    st, connector = r.st, r.connector
    last = st.last
    if last is None:
        if not r.article and _SCALE_WORD.match(r.low, w_end, r.end) is None:
            return _STOP
        st.cur = 100
    elif last in {"unit", "teen", "tens", "digits"} and connector != "and":
        if (st.cur >= 100 and last != "digits") or r.and_after == "hundred":
            if r.saved is not None:
                st.restore(r.saved)
            return _STOP
        st.cur *= 100
    else:
        return _STOP
    st.last = "hundred"
    return _ON


def _scale_step(r: _Reading, word: str) -> int:
    """A scale word ("thousand", "million") multiplying what came before."""
    st, connector = r.st, r.connector
    last = st.last
    scale = lex.SCALES[word]
    if last is None:
        if not r.article:
            return _STOP
        st.total = scale
    elif last in {"unit", "teen", "tens", "digits", "hundred", "fraction"}:
        if connector == "and" or scale >= st.last_scale:
            if r.saved is not None and scale >= st.last_scale:
                st.restore(r.saved)
            return _STOP
        st.total += st.cur * scale
        st.cur = 0
    elif last == "scale" and st.cur == 0 and scale > st.last_scale:
        st.total *= scale
    else:
        return _STOP
    st.last = "scale"
    st.last_scale = scale
    return _ON


def _denominator_step(r: _Reading, word: str, w_end: int) -> int:
    """A fraction word opening the number: "half million", "a quarter", "a third"."""
    st, low, end = r.st, r.low, r.end
    if word in _BARE_FRACTIONS:
        # "half million", "quarter million", "half of", "a quarter"
        if word == "quarter" and not r.article:
            scale_m = _SCALE_WORD.match(low, w_end, end)
            if scale_m is None:
                return _STOP
    elif not r.article:
        return _STOP if word not in lex.ORDINALS else _ordinal_fallback(r, word, w_end)
    elif not (word.endswith("s") or _singular_fraction_ok(low, w_end, end)):
        return _STOP
    st.cur = 1 / lex.DENOMINATORS[word]
    st.last = "fraction"
    st.fraction = True
    return _ON


def _ordinal_fallback(r: _Reading, word: str, w_end: int) -> int:
    """An ordinal that is also a denominator, read without an article ("third")."""
    _ordinal_step(r, word, w_end)
    return _STOP


def _ordinal_step(r: _Reading, word: str, w_end: int) -> None:
    """An ordinal word, which ends the number ("twenty-first", "the hundredth")."""
    st, connector = r.st, r.connector
    last = st.last
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
        return
    st.ordinal = True
    st.last = "ordinal"
    st.end = w_end


def _connector_step(r: _Reading) -> bool:
    """Decimals after "point", then the connector to the next token; False: stop."""
    st, low, end = r.st, r.low, r.end
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
        return False
    connector = tail.group().strip()
    if connector == "&":
        connector = "and"
    r.connector = connector
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
            return _and_fraction(r, frac)
        if st.last not in {"hundred", "scale"}:
            return False
        r.saved = st.snapshot()
        r.and_after = st.last
    r.q = tail.end()
    return True


def _and_fraction(r: _Reading, frac: tuple[float, int]) -> bool:
    """A fraction after "and" ("and a half", "and three quarters"), maybe scaled."""
    st, low, end = r.st, r.low, r.end
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
    r.q = st.end
    tail = _CONNECTOR.match(low, r.q, end)
    if tail is None or tail.group().strip() in {"and", "&"}:
        return False
    r.connector = tail.group().strip()
    r.q = tail.end()
    return True


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
        if plural_noun(head):
            return m.end(), head
        q = m.end()
    return None


def plural_noun(word: str) -> bool:
    """Whether *word* reads as a plural noun ("households", "people")."""
    return word in lex.IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )
