"""The period grammar's words and patterns: one constant per construct, lower case.

Lexicons come from the lexicon files (months, weekdays, date words); the
atom patterns below are what :mod:`policydocs._dates` scans a text with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from ._extract._lexicon import ints, word_set, words

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._period_bounds import Bounds

__all__ = ["PeriodMention"]

# --------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------


class _Pattern:
    """A regex compiled on first use.

    The grammar has some thirty patterns with long alternations; compiling
    them at import would cost about 10 ms for every ``import policydocs``,
    whether or not a date is ever parsed.
    """

    __slots__ = ("_compiled", "_source")

    def __init__(self, source: str) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source)
        return self._compiled

    def search(
        self, text: str, pos: int = 0, endpos: int = 2**62
    ) -> re.Match[str] | None:
        return self.compiled.search(text, pos, endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int = 2**62
    ) -> re.Match[str] | None:
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self.compiled.fullmatch(text)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = 2**62
    ) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, pos, endpos)


_MONTHS: Final = ints("months", "month")

_ORDINALS: Final = ints("period_ordinals")

_NUMBERS: Final = {
    word: value for word, value in ints("small").items() if 1 <= value <= 12
}

_DAY_WORDS: Final = ints("day_words")

_WEEKDAYS: Final = ints("weekdays")


# A four-digit number followed by a unit measures something; it is no year
# ("2025 tonnes", "2020 yuan").
_UNIT_WORDS: Final = word_set("dates_unit_words")
# Followed by a counted noun it is a count ("deliver 2000 pieces of toys"),
# unless a date preposition comes before ("in 2025 companies invested").
_COUNT_NOUNS: Final = word_set("dates_count_nouns")
_DATE_PREPOSITIONS: Final = word_set("dates_date_prepositions")

# Words before a four-digit number that make it an identifier or a quantity.
_NOT_YEAR_BEFORE: Final = word_set("dates_not_year_before")
# "the 2030 Agenda for Sustainable Development" names a programme, not a year.
_NOT_YEAR_AFTER_NAMES: Final = word_set("dates_not_year_after_names")

# Prepositions that make a period a point of comparison ("up 5 percent from
# last year", "higher than in 2024", "since 2020").
_COMPARISON_BEFORE: Final = _Pattern(
    r"(?:\bthan|\bfrom|\bsince|\bcompared\s(?:with|to)|\bversus|\bvs\.?|\bagainst)"
    r"(?:\s(?:in|the|that\sof|those\sof|(?:the\s)?end\sof(?:\sthe)?|year[\s-]?end))?\s$"
)
_RANGE_LEAD: Final = _Pattern(r"(?:\bfrom|\bbetween)\s$")
_BY_LEAD: Final = _Pattern(
    r"\bby\s(?:the\send\sof\s|end[\s-]|end\sof\s|year[\s-]?end\s)?$"
)
# "at the end of 2025", "end-June", "at year-end 2016": the last day of what
# follows.
_END_LEAD: Final = _Pattern(
    r"(?:(?:\bthe\s)?\bend(?:\sof\s(?:the\s)?|-)|\byear[\s-]?end\s)$"
)
_RANGE_JOIN: Final = _Pattern(
    r"\s?(?:-|–|—|~|to|through|thru|till|until|and)\s?(?:the\s)?"
    r"(?:end\sof\s(?:the\s)?)?"
)
_LEADING_PREPOSITION: Final = _Pattern(r"(?:in|during|for|over|throughout|at)\s(?=\S)")


def _alternation(words: Iterable[str]) -> str:
    """Longest-first alternation, so "september" wins over "sep"."""
    return "|".join(sorted(words, key=lambda w: (-len(w), w)))


_Y: Final = r"(?:19\d\d|20\d\d|2100)"
_YEAR_END: Final = r"(?![\w%]|[.,]\d)"
# The dot belongs to an abbreviation ("Dec. 31"), never to "June." or "May.".
_MON: Final = (
    rf"(?P<mon>{_alternation(_MONTHS)})\b"
    r"(?:(?<=[a-z]{3})(?<![a-z]{4})(?<!may)\.|(?<=sept)\.)?"
)
_NUM: Final = rf"(?P<n>{_alternation(_NUMBERS)}|1[0-2]|[2-9])"
_REL_YEAR: Final = (
    r"(?P<rel>this|last|next|the\scurrent|the\sprevious|the\snext|the\scoming"
    r"|the\sfollowing|current)\syear"
)
# The year a part of a year belongs to: "of 2025", "of this year", " 2025",
# "of fiscal year 2008" (a part of a fiscal year counts from its first month).
_TAIL: Final = (
    rf"(?:[\s-](?:of\s)?(?:{_REL_YEAR}|(?P<theyear>the\syear)"
    rf"|(?:the\syear\s)?(?P<fy>fiscal\syear\s|fiscal\s|fy\s?)?(?P<y>{_Y}){_YEAR_END}))?"
)
# A half or quarter of something other than a year is no period here.
_NOT_OF_OTHER: Final = (
    r"(?!\sof\s(?:the\s)?(?:month|week|decade|century|day|\d{1,2}(?:st|nd|rd|th)"
    rf"|{_alternation(_MONTHS)}))"
)

# --------------------------------------------------------------------------
# Atom grammar: one constant per construct, spelled in lower case
# --------------------------------------------------------------------------

# 2026-03-05
_ISO_DAY: Final = _Pattern(
    rf"(?<![\w.-])(?P<y>{_Y})-(?P<m>[01]\d)-(?P<d>[0-3]\d){_YEAR_END}(?!-)"
)
# 2026-30, 2026-2030, 2014~2018 (a year range); 2015-12, 2015-3 (a month)
_YEAR_DASH: Final = _Pattern(
    rf"(?<![\w$€£¥.,/])(?<!\d-)(?P<y>{_Y})\s?[-–~](?:\s?(?P<y2>{_Y})"
    rf"|(?P<yy>\d\d)|(?P<m>[1-9]))(?![\w%/-]|[.,]\d)"
)
# 12-2015 (a month)
_MONTH_DASH_YEAR: Final = _Pattern(
    rf"(?<![\w$.,/-])(?P<m>1[0-2]|0[1-9])-(?P<y>{_Y}){_YEAR_END}(?!-)"
)
# March 5, March 5th, March 5, 2026, Dec. 31 , 1994, Sep-23-2020, January 2026,
# Jan-2017, Dec/2018, January of 2026, January, 2026
_MONTH_FIRST: Final = _Pattern(
    rf"(?<!\w){_MON}"
    r"(?:[\s-]?(?:the\s)?(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%]))?"
    rf"(?:(?:\s?,\s?|\s|\s?[-/]\s?|\sof\s|\sin\s)(?P<y>{_Y}){_YEAR_END})?"
)
# 5 March 2026, 04th Jan 2019, 05-Aug-2016, 4th of July of 1995, 23/Sep/2020
_DAY_FIRST: Final = _Pattern(
    r"(?<![\w$.,/-])(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\sof)?[\s/-]"
    rf"{_MON}(?:(?:,\s?|\s|-|/|\sof\s|\sin\s)(?P<y>{_Y}){_YEAR_END})?"
)
# the fourth of July (1995)
_WORD_DAY: Final = _Pattern(
    rf"(?:the\s)?(?P<dw>{_alternation(_DAY_WORDS)})\sof\s{_MON}"
    rf"(?:(?:,\s?|\s|\sof\s)(?P<y>{_Y}){_YEAR_END})?"
)
# January first 2000 (a year is required: "March first" alone is too vague)
_MONTH_WORD_DAY: Final = _Pattern(
    rf"(?<!\w){_MON}\s(?:the\s)?(?P<dw>{_alternation(_DAY_WORDS)}),?\s(?P<y>{_Y})"
    rf"{_YEAR_END}"
)
# 2017 April, 2019/aug/01, 2019-aug-1
_YEAR_FIRST: Final = _Pattern(
    rf"(?<![\w$.,/-])(?P<y>{_Y})[\s/-]{_MON}"
    r"(?:[/-](?P<d>3[01]|[12]\d|0?[1-9])(?![\d%]))?"
)
# the third quarter (of 2025), Q3 2025, q1-2019, q1 of 2017, first-quarter
_QUARTER: Final = _Pattern(
    rf"(?:(?:the\s)?(?P<ord>{_alternation(_ORDINALS)}|final|last)[\s-]quarter"
    rf"|\bq(?P<qn>[1-4])\b){_NOT_OF_OTHER}{_TAIL}"
)
# 2017-q1, 2019 Q3
_YEAR_QUARTER: Final = _Pattern(rf"(?<![\w$.,/])(?P<y>{_Y})[\s-]?q(?P<qn>[1-4])\b")
# the June quarter (of 2024): the quarter a month ends, as Australia and New
# Zealand name them
_MONTH_QUARTER: Final = _Pattern(
    rf"(?:the\s)?(?P<mon>march|june|september|december)\squarter\b{_TAIL}"
)
# 2Q24, 3Q 2019, 4q-23: the quarter's number first, a year of two or four digits
_NUMBER_QUARTER: Final = _Pattern(
    rf"(?<![\w$.,/-])(?P<qn>[1-4])q[\s-]?(?:(?P<y>{_Y})|(?P<yy>\d\d))(?![\w%/-])"
)
# the first half (of 2025), H1 2025, first-half
_HALF: Final = _Pattern(
    r"(?:(?:the\s)?(?P<ord>first|second|1st|2nd|latter)[\s-]half"
    rf"|\bh(?P<hn>[12])\b){_NOT_OF_OTHER}{_TAIL}"
)
# 1H 2024, 2H-2025: the half's number first; only a four-digit year, since
# "2h30" is a time of day
_NUMBER_HALF: Final = _Pattern(
    rf"(?<![\w$.,/-])(?P<hn>[12])h[\s-]?(?P<y>{_Y})(?![\w%/-])"
)
# 2019 H2, 2019-H2
_YEAR_HALF: Final = _Pattern(rf"(?<![\w$.,/])(?P<y>{_Y})[\s-]?h(?P<hn>[12])\b")
# next year's first quarter, 2025's second half
_POSSESSIVE_PART: Final = _Pattern(
    rf"(?:{_REL_YEAR}|(?P<y>{_Y}))['’]s\s(?P<ord>{_alternation(_ORDINALS)})\s"
    r"(?P<unit>quarter|half)\b"
)
# the first five months (of this year), the last four months of 2021,
# the first three quarters
_FIRST_N: Final = _Pattern(
    rf"(?:the\s)?(?P<which>first|last|final)\s{_NUM}\s(?P<unit>months|quarters)"
    rf"\b{_TAIL}"
)
# the three months to April, the 12 months ending March 2026, the year to June,
# the 12-month period ending in September 2024
_MONTHS_TO: Final = _Pattern(
    rf"(?:the\s)?(?:{_NUM}(?:\smonths|-month\speriod)|(?P<unit>year|quarter))\s"
    rf"(?:to|ending(?:\sin)?|ended(?:\sin)?)\s{_MON}(?:,?\s(?P<y>{_Y}){_YEAR_END})?"
)
# this year, last quarter, next month, the past five years, the next 7 quarters
_RELATIVE: Final = _Pattern(
    r"\b(?P<rel>this|last|next|current|previous|past|coming|following|the\scurrent"
    r"|the\sprevious|the\spast|the\scoming|the\sfollowing|the\snext|the\slast)"
    rf"\s(?:{_NUM}\s)?(?P<unit>calendar\syear|years?|quarters?|months?)\b(?!-)"
)
# the year 2008, calendar year 2008, cy 2008, year of 2008
_NAMED_YEAR: Final = _Pattern(
    rf"(?:(?:the\s)?(?:calendar\s)?year\s(?:of\s)?|\bcy\s?)(?P<y>{_Y}){_YEAR_END}"
)
# fiscal 2026, fiscal year 2026, FY2026, (last) fiscal year
_FISCAL: Final = _Pattern(
    r"(?:(?P<rel>this|last|next|current|previous|coming)\s)?"
    rf"(?:\bfiscal\syear\b(?:\s(?P<y>{_Y}|\d\d)(?![\w%/-]))?"
    rf"|\bfiscal\s(?P<y2>{_Y}|\d\d)(?![\w%/-])|\bfy\s?(?P<y3>{_Y}|\d\d)(?![\w%/-]))"
)
# 2025/26, FY2025/26, 2025-26, 2025/2026: a split (fiscal) year
_SPLIT_YEAR: Final = _Pattern(
    r"(?<![\w$.,/])(?:(?:fy|fiscal\syear|fiscal)\s?)?"
    rf"(?P<y>{_Y})(?:[-–/](?P<yy>\d\d)|/(?P<y2>{_Y}))(?![\w%/-]|[.,]\d)"
)
# the 1990s, the 2020s
_DECADE: Final = _Pattern(r"(?:the\s)?(?<![\w$.,/])(?P<y>(?:19|20)\d0)['’]?s\b")
# 2025, standalone
_YEAR: Final = _Pattern(rf"(?<![\w$€£¥.,/])(?<!\d-)(?P<y>{_Y}){_YEAR_END}(?![-/]\d)")
# than a year ago, the same period last year, the previous year
_COMPARISON: Final = _Pattern(
    r"(?:the\s)?same\s(?:period|quarter|month|time)\s(?:of\s|in\s)?"
    rf"(?:last\syear|the\sprevious\syear|a\syear\s(?:ago|earlier)|(?P<y>{_Y}))"
    r"|\ba\syear\s(?:ago|earlier|before)"
    r"|\bthe\s(?:previous|prior|preceding)\s(?:year|quarter|month|period)\b"
    r"|\bthe\syear\sbefore\b|\bthe\syear-(?:earlier|ago)\b"
)
# in the same period, over the plan period, the 15th Five-Year Plan period
_ANAPHOR: Final = _Pattern(
    r"\bthe\ssame\s(?P<same>period|quarter|month|time)\b"
    r"|\bthe\s(?:[\w-]{1,30}\s){0,3}(?P<plan>plan)\speriod\b"
    r"|\bthe\s(?:review|reporting|report|target)\speriod\b"
    r"|\bthe\s(?P<bare>period)\b(?!\sof\b)"
)
# "during the period" points back; "the period" as a subject usually does not.
_BARE_PERIOD_LEAD: Final = word_set("dates_bare_period_lead")

# Substrings one of which every match of a pattern contains: a pattern whose
# triggers are all absent from the span is skipped. Scanning a sentence at a
# time (as the statement stage does) then runs a handful of patterns, not all.
_YEARS: Final = ("19", "20", "21")
_MONTH_STEMS: Final = words("dates_month_stems")
_QUARTER_TRIGGERS: Final = words("dates_quarter_triggers")
_HALF_TRIGGERS: Final = words("dates_half_triggers")
_NUMBER_QUARTERS: Final = ("1q", "2q", "3q", "4q")
_NUMBER_HALVES: Final = ("1h", "2h")
_COMPARISON_TRIGGERS: Final = words("dates_comparison_triggers")
_RELATIVE_TRIGGERS: Final = words("dates_relative_triggers")

# What a trigger occurrence must open for a match to hold it there: a year
# trigger a whole year ("2025", not "120" or "20%"), a month stem a month's name
# as a word ("mar" of "march", not of "market"). Every pattern placed by these
# triggers holds one such occurrence (its year or month group), so windows
# placed by the confirmed occurrences alone still hold every match; in news
# text about a third of the occurrences fail it, and their windows go.
_CONFIRM: Final = {
    _YEARS: _Pattern(_Y),
    _MONTH_STEMS: _Pattern(rf"(?<!\w)(?:{_alternation(_MONTHS)})\b"),
}


def _confirmed(
    low: str, end: int, triggers: tuple[str, ...], found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The occurrences in ``found`` that :data:`_CONFIRM` keeps for ``triggers``."""
    confirm = _CONFIRM.get(triggers)
    if confirm is None or not found:
        return found
    match = confirm.compiled.match
    return [o for o in found if match(low, o[0], end) is not None]


# Order sets priority when two atoms cover the same characters. Each entry:
# kind, pattern, the triggers one of which the span must contain for the
# pattern to run at all, the substrings one of which every match contains
# (used to place the windows the pattern is searched in; "to " is no such
# substring of "to\tApril", so the months-to pattern is placed by its month),
# the longest match and the farthest character a match attempt reads past
# its start (lookaheads included). tests/unit/test_dates_windows.py derives
# the last two from the regexes and checks these figures bound them.
_ATOM_PATTERNS: Final[
    tuple[tuple[str, _Pattern, tuple[str, ...], tuple[str, ...], int, int], ...]
] = (
    ("comparison", _COMPARISON, _COMPARISON_TRIGGERS, _COMPARISON_TRIGGERS, 37, 37),
    ("anaphor", _ANAPHOR, ("same", "period"), ("same", "period"), 108, 109),
    ("day", _ISO_DAY, _YEARS, _YEARS, 10, 12),
    ("split_year", _SPLIT_YEAR, _YEARS, _YEARS, 21, 23),
    ("year_dash", _YEAR_DASH, _YEARS, _YEARS, 11, 13),
    ("possessive", _POSSESSIVE_PART, ("'s", "’s"), ("'s", "’s"), 35, 36),
    ("first_n", _FIRST_N, ("months", "quarters"), ("months", "quarters"), 54, 56),
    ("months_to", _MONTHS_TO, ("to ", "ending", "ended"), _MONTH_STEMS, 50, 52),
    ("month_quarter", _MONTH_QUARTER, ("quarter",), ("quarter",), 50, 52),
    ("quarter", _QUARTER, _QUARTER_TRIGGERS, _QUARTER_TRIGGERS, 47, 49),
    ("year_quarter", _YEAR_QUARTER, _QUARTER_TRIGGERS[1:], _QUARTER_TRIGGERS[1:], 7, 8),
    ("number_quarter", _NUMBER_QUARTER, _NUMBER_QUARTERS, _NUMBER_QUARTERS, 7, 8),
    ("half", _HALF, _HALF_TRIGGERS, _HALF_TRIGGERS, 44, 46),
    ("number_half", _NUMBER_HALF, _NUMBER_HALVES, _NUMBER_HALVES, 7, 8),
    ("year_half", _YEAR_HALF, _HALF_TRIGGERS[1:], _HALF_TRIGGERS[1:], 7, 8),
    ("month_first", _MONTH_FIRST, _MONTH_STEMS, _MONTH_STEMS, 27, 29),
    ("day_first", _DAY_FIRST, _MONTH_STEMS, _MONTH_STEMS, 26, 28),
    ("word_day", _WORD_DAY, _MONTH_STEMS, _MONTH_STEMS, 40, 42),
    ("word_day", _MONTH_WORD_DAY, _MONTH_STEMS, _MONTH_STEMS, 35, 37),
    ("year_first", _YEAR_FIRST, _MONTH_STEMS, _MONTH_STEMS, 18, 19),
    ("month_dash_year", _MONTH_DASH_YEAR, _YEARS, _YEARS, 7, 9),
    ("relative", _RELATIVE, _RELATIVE_TRIGGERS, _RELATIVE_TRIGGERS, 34, 35),
    ("named_year", _NAMED_YEAR, _YEARS, _YEARS, 25, 27),
    ("fiscal", _FISCAL, ("fiscal", "fy"), ("fiscal", "fy"), 25, 26),
    ("decade", _DECADE, _YEARS, _YEARS, 10, 11),
    ("year", _YEAR, _YEARS, _YEARS, 4, 6),
)


# How far into a match its window trigger can start, for the patterns whose
# trigger opens a group at the top level: a month name opens with its stem,
# a year with "19", "20" or "21". Their windows start that far before a
# trigger rather than a whole match width before it, and a pattern that
# opens with its trigger is tried at the trigger alone.
# tests/unit/test_dates_windows.py derives the figures from the regexes.
_LEADS: Final[dict[_Pattern, int]] = {
    _ISO_DAY: 0,
    _SPLIT_YEAR: 12,
    _YEAR_DASH: 0,
    _MONTHS_TO: 34,
    _MONTH_FIRST: 0,
    _DAY_FIRST: 8,
    _WORD_DAY: 22,
    _MONTH_WORD_DAY: 0,
    _YEAR_FIRST: 5,
    _MONTH_DASH_YEAR: 3,
    _NAMED_YEAR: 21,
    _DECADE: 4,
    _YEAR: 0,
}


class PeriodMention(NamedTuple):
    """A period expression found in running text.

    Attributes:
        start: offset of the first character (Python slice semantics).
        end: offset just past the last character.
        period: inclusive ``(start, end)`` dates, or ``None`` when the
            expression cannot be resolved here (an anaphor, a fiscal year, a
            relative form without a reference date).
        kind: one of ``"year"``, ``"half"``, ``"quarter"``, ``"month"``,
            ``"month_range"``, ``"first_n_months"``, ``"first_n_quarters"``,
            ``"plan"`` (a range of whole years), ``"range"`` (any other
            range), ``"by_year"``, ``"relative_year"``, ``"relative"``
            (a relative quarter, month or run of units), ``"day"``,
            ``"decade"``, ``"fiscal_year"``, ``"anaphor"``, ``"comparison"``.
        implicit_year: the text named no year and the reference date's year
            was used ("the third quarter", "January-May").
        refers_to: for an anaphor, the kind of period it points back to
            (``"plan"``, ``"quarter"``, ``"month"``) or ``None`` for any.
    """

    start: int
    end: int
    period: Bounds | None
    kind: str
    implicit_year: bool = False
    refers_to: str | None = None


class _Atom(NamedTuple):
    """One matched construct before ranges are joined and context applied."""

    start: int
    end: int
    kind: str
    period: Bounds | None
    # Fields kept so that "January-May 2026" can lend its year to "January".
    year: int | None = None
    month: int | None = None
    day: int | None = None
    implicit_year: bool = False
    needs_reference: bool = False
    refers_to: str | None = None
    # A bare month that only counts inside a range ("april to June 2017").
    weak: bool = False
