"""Dates and periods: the grammar of time expressions in policy texts.

Three groups of pure functions make it up:

* constructors of inclusive ``(start, end)`` bounds: :func:`year_bounds`,
  :func:`half_bounds`, :func:`quarter_bounds`, :func:`month_bounds`,
  :func:`years_bounds` (defined in ``_period_bounds``, exported here);
* :func:`parse_period` for one whole period expression and :func:`find_periods`
  for the period expressions inside running text (here, with the words and
  atom patterns of ``_period_grammar``);
* ``resolve_weekday`` and ``find_statement_date`` for the day a statement was
  made (``_statement_dates``, the one module that touches dateutil, lazily).

Every period is a pair of :class:`datetime.date` with both ends included, as
EXTRACTION.md writes them ("2025" is 2025-01-01 to 2025-12-31).

Scanning works on a lower-cased copy of the text whose offsets equal the
original's (STYLE §10): the grammar is spelled in lower case and the few
decisions that depend on capitals (the month "May" against the modal "may")
look back at the original text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from ._extract._context import fold_case
from ._extract._lexicon import Gated, alternation, ints
from ._period_bounds import (
    Bounds,
    _add_months,
    _month_end,
    fiscal_part,
    fiscal_year_bounds,
    half_bounds,
    month_bounds,
    months_bounds,
    quarter_bounds,
    year_bounds,
    years_bounds,
)
from ._period_grammar import (
    _ATOM_PATTERNS,
    _BARE_PERIOD_LEAD,
    _BY_LEAD,
    _COMPARISON_BEFORE,
    _COUNT_NOUNS,
    _DATE_PREPOSITIONS,
    _DAY_WORDS,
    _END_LEAD,
    _LEADING_PREPOSITION,
    _LEADS,
    _MONTHS,
    _NOT_YEAR_AFTER_NAMES,
    _NOT_YEAR_BEFORE,
    _NUMBERS,
    _ORDINALS,
    _RANGE_JOIN,
    _RANGE_LEAD,
    _SPLIT_YEAR,
    _UNIT_WORDS,
    PeriodMention,
    _Atom,
    _confirmed,
    _Pattern,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "PeriodMention",
    "find_periods",
    "fiscal_year_bounds",
    "half_bounds",
    "infer_fiscal_year_start",
    "is_month_may",
    "month_bounds",
    "months_bounds",
    "parse_period",
    "quarter_bounds",
    "year_bounds",
    "years_bounds",
]

# --------------------------------------------------------------------------
# Atom interpretation
# --------------------------------------------------------------------------


def _opt(m: re.Match[str], name: str) -> str | None:
    """A group's text, or ``None`` when it did not take part or does not exist."""
    if name not in m.re.groupindex:
        return None
    return m.group(name)


def _rel_offset(rel: str | None) -> int:
    """Years (or units) that "last", "next", "this" move from the reference."""
    if rel is None:
        return 0
    word = rel.rsplit(" ", 1)[-1]
    if word in ("last", "previous", "past"):
        return -1
    if word in ("next", "coming", "following"):
        return 1
    return 0


def _tail_year(m: re.Match[str], reference: dt.date | None) -> tuple[int | None, bool]:
    """The year a ``_TAIL`` names: ``(year, implicit)``.

    ``year`` is ``None`` when the tail is relative (or absent) and there is no
    reference; ``implicit`` is true when the text named no year at all.
    """
    if _opt(m, "y"):
        return int(m.group("y")), False
    rel = _opt(m, "rel")
    implicit = rel is None
    if reference is None:
        return None, implicit
    return reference.year + _rel_offset(rel), implicit


def _tail_named(m: re.Match[str]) -> bool:
    return bool(_opt(m, "y") or _opt(m, "rel") or _opt(m, "theyear"))


_RANGE_AFTER: Final = _Pattern(r"\s?(?:-|–|to\s|through\s|till\s|until\s|and\s)")
_STANDALONE_MONTH_LEAD: Final = _Pattern(
    r"(?:\b(?:in|during|since|by|until|till|through|from|for|of|between|before"
    r"|after|this|last|next|early|late|mid|end|to|and|or)\s|[-–])$"
)


#: What may stand between a sentence's end and the word opening the next one.
_SENTENCE_OPENERS: Final = frozenset(" \t\r\n\"'“‘([")


def is_month_may(text: str, start: int) -> bool:
    """Whether the "may" at ``text[start:start + 3]`` is the month, not the modal.

    The modal is written "may" except where it opens a sentence, so a
    capitalised "May" inside a sentence ("in May", "April and May") or
    before a number ("May 2025 figures", "May 12") names the month (or a
    person: "Theresa May"). Every stage asks this one rule: a date is no
    leave to act, and "May we …" is no date.
    """
    if text[start : start + 1] != "M":
        return False
    after = start + 3
    while after < len(text) and text[after] in " \t":
        after += 1
    if text[after : after + 1].isdigit():
        return True
    before = start - 1
    while before >= 0 and text[before] in _SENTENCE_OPENERS:
        before -= 1
    return before >= 0 and text[before] not in ".!?:"


def _month_strength(text: str, low: str, m: re.Match[str]) -> str | None:
    """Whether a month name with no day or year counts: "strong", "weak" or None.

    Capitalised full names count ("in January"). "May" needs a preposition
    before it, so the modal and the surname stay out. Abbreviations and
    lower-case names count only inside a range ("Nov-Feb 2017", "april to
    June"): they are weak atoms, dropped unless joined.
    """
    name = m.group("mon")
    s, e = m.start("mon"), m.end("mon")
    capital = text[s].isupper()
    lead = bool(_STANDALONE_MONTH_LEAD.search(low, max(0, s - 9), s)) or s == 0
    in_range = bool(_RANGE_AFTER.match(low, e)) or lead
    if name == "may":
        if not is_month_may(text, s):
            return None
        return "strong" if lead else ("weak" if in_range else None)
    full = len(name) > 4 or name in ("june", "july")
    if full and capital:
        return "strong"
    return "weak" if in_range else None


class _Context(NamedTuple):
    """What every atom needs besides its match."""

    text: str
    low: str
    reference: dt.date | None
    fiscal_start: int | None


def _interpret(kind: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    """Turn one regex match into an atom, or ``None`` when it is no period."""
    try:
        return _interpret_checked(kind, m, ctx)
    except ValueError:
        # An impossible date ("feb 30 2019", "2015-13") is no period, and its
        # parts ("2019") are not periods either: the atom blocks them.
        return _Atom(*m.span(), "invalid", None)


def _interpret_checked(kind: str, m: re.Match[str], ctx: _Context) -> _Atom | None:
    text, low, reference, fiscal_start = ctx
    s, e = m.span()
    g = m.group
    if kind == "comparison":
        period = year_bounds(int(g("y"))) if g("y") else None
        if period is None and reference is not None and "last year" in g():
            period = year_bounds(reference.year - 1)
        return _Atom(s, e, "comparison", period)
    if kind == "anaphor":
        if g("bare") and _previous_word(low, s) not in _BARE_PERIOD_LEAD:
            return None
        refers = "plan" if g("plan") else g("same")
        return _Atom(
            s,
            e,
            "anaphor",
            None,
            refers_to=None if refers in (None, "period", "time") else refers,
        )
    if kind == "day":
        y, mo, d = int(g("y")), int(g("m")), int(g("d"))
        day = dt.date(y, mo, d)
        return _Atom(s, e, "day", (day, day), year=y, month=mo, day=d)
    if kind == "year_dash":
        return _year_dash(m)
    if kind == "month_dash_year":
        y, mo = int(g("y")), int(g("m"))
        return _Atom(s, e, "month", month_bounds(y, mo), year=y, month=mo)
    if kind == "word_day":
        return _word_day(m, reference)
    if kind in ("month_first", "day_first", "year_first"):
        return _month_atom(m, text, low, reference)
    if kind in _PART_KINDS:
        return _of_fiscal(_part_atom(kind, m, reference), m, fiscal_start)
    if kind == "month_quarter":
        return _month_quarter(m, reference)
    if kind == "first_n":
        return _of_fiscal(_first_n(m, reference), m, fiscal_start)
    if kind == "months_to":
        return _months_to(m, reference)
    if kind == "relative":
        return _relative(m, reference)
    if kind in ("fiscal", "split_year"):
        return _fiscal(m, reference, fiscal_start)
    y = int(g("y"))
    if kind == "decade":
        return _Atom(s, e, "decade", years_bounds(y, y + 9))
    if kind == "year" and not _year_in_context(low, s, e):
        return None
    return _Atom(s, e, "year", year_bounds(y), year=y)


def _fiscal(
    m: re.Match[str], reference: dt.date | None, fiscal_start: int | None
) -> _Atom | None:
    """Fiscal years: resolved only when the caller knows the starting month."""
    s, e = m.span()
    if m.re is _SPLIT_YEAR.compiled:
        y = int(m.group("y"))
        follower = int(m.group("y2")) if m.group("y2") else None
        if follower is None and int(m.group("yy")) != (y + 1) % 100:
            return None  # "2026-30" is a plan period, handled elsewhere
        if follower is not None and follower != y + 1:
            return None
        if fiscal_start is None:
            return _Atom(s, e, "fiscal_year", None)
        if fiscal_start == 1:
            # Where fiscal years are calendar years, "2024-25" is two years.
            return _Atom(s, e, "plan", years_bounds(y, y + 1))
        return _Atom(s, e, "fiscal_year", fiscal_year_bounds(y + 1, fiscal_start))
    named = m.group("y") or m.group("y2") or m.group("y3")
    if fiscal_start is None:
        return _Atom(s, e, "fiscal_year", None)
    if named:
        year = int(named) + (2000 if len(named) == 2 else 0)
    elif reference is None:
        return _Atom(s, e, "fiscal_year", None, needs_reference=True)
    else:
        ends_in = reference.year + (reference.month >= fiscal_start > 1)
        year = ends_in + _rel_offset(m.group("rel"))
    return _Atom(s, e, "fiscal_year", fiscal_year_bounds(year, fiscal_start))


def _of_fiscal(
    atom: _Atom | None, m: re.Match[str], fiscal_start: int | None
) -> _Atom | None:
    """*atom* in the fiscal year its tail names ("the first quarter of FY2008")."""
    if atom is None or atom.period is None or atom.year is None or not fiscal_start:
        return atom
    if "fy" not in m.re.groupindex or not m.group("fy"):
        return atom
    return atom._replace(period=fiscal_part(atom.period, atom.year, fiscal_start))


def _word_day(m: re.Match[str], reference: dt.date | None) -> _Atom | None:
    s, e = m.span()
    mon = _MONTHS[m.group("mon")]
    day = _DAY_WORDS[m.group("dw")]
    named = m.group("y")
    if named:
        year = int(named)
    elif reference is None:
        return _Atom(s, e, "day", None, month=mon, day=day, implicit_year=True)
    else:
        year = reference.year
    d = dt.date(year, mon, day)
    return _Atom(
        s,
        e,
        "day",
        (d, d),
        year=int(named) if named else None,
        month=mon,
        day=day,
        implicit_year=not named,
    )


def _year_dash(m: re.Match[str]) -> _Atom | None:
    s, e = m.span()
    y = int(m.group("y"))
    if m.group("y2"):
        y2 = int(m.group("y2"))
        return _Atom(s, e, "plan", years_bounds(y, y2)) if y2 > y else None
    if m.group("yy"):
        yy = int(m.group("yy"))
        # "2026-30" is a plan period; "2015-12" (end before start) is a month.
        if yy > y % 100:
            return _Atom(s, e, "plan", years_bounds(y, y - y % 100 + yy))
        return _Atom(s, e, "month", month_bounds(y, yy), year=y, month=yy)
    mo = int(m.group("m"))
    return _Atom(s, e, "month", month_bounds(y, mo), year=y, month=mo)


def _month_atom(
    m: re.Match[str], text: str, low: str, reference: dt.date | None
) -> _Atom | None:
    s, e = m.span()
    mon = _MONTHS[m.group("mon")]
    day = int(m.group("d")) if m.group("d") else None
    year = int(m.group("y")) if m.group("y") else None
    weak = False
    if day is None and year is None:
        strength = _month_strength(text, low, m)
        if strength is None:
            return None
        weak = strength == "weak"
    elif m.group("mon") == "may" and text[m.start("mon")] != "M":
        return None
    implicit = year is None
    kind = "month" if day is None else "day"
    if year is None:
        if reference is None:
            return _Atom(
                s,
                e,
                kind,
                None,
                month=mon,
                day=day,
                implicit_year=True,
                needs_reference=True,
                weak=weak,
            )
        year = reference.year
    if day is not None:
        d = dt.date(year, mon, day)
        period = (d, d)
    else:
        period = month_bounds(year, mon)
    return _Atom(
        s,
        e,
        kind,
        period,
        year=None if implicit else year,
        month=mon,
        day=day,
        implicit_year=implicit,
        weak=weak,
    )


_PART_KINDS: Final = frozenset(
    {
        "quarter",
        "half",
        "year_quarter",
        "year_half",
        "number_quarter",
        "number_half",
        "possessive",
    }
)
#: A two-digit year up to this many years after the reference is of its century.
_AHEAD_YEARS: Final = 30


def _two_digit_year(m: re.Match[str], reference: dt.date | None) -> int:
    """The year of "2Q24" or "1H 2025": four digits as written, two in a century.

    Two digits are read in the century that puts the year at most
    ``_AHEAD_YEARS`` after the reference (the 2000s without one).
    """
    if m.group("y"):
        return int(m.group("y"))
    two = int(m.group("yy"))  # a quarter's only: a half takes four digits
    if reference is None:
        return 2000 + two
    year = reference.year - reference.year % 100 + two
    return year - 100 if year > reference.year + _AHEAD_YEARS else year


def _month_quarter(m: re.Match[str], reference: dt.date | None) -> _Atom:
    """The June quarter (of 2024): the quarter that month ends."""
    s, e = m.span()
    number = _MONTHS[m.group("mon")] // 3
    year, implicit = _tail_year(m, reference)
    if year is None:
        return _Atom(
            s, e, "quarter", None, implicit_year=implicit, needs_reference=True
        )
    return _Atom(
        s, e, "quarter", quarter_bounds(year, number), year=year, implicit_year=implicit
    )


def _part_atom(kind: str, m: re.Match[str], reference: dt.date | None) -> _Atom | None:
    """Quarters and halves: "Q3 2025", "the first half", "2019-H2"."""
    s, e = m.span()
    unit = "half" if kind in ("half", "year_half", "number_half") else "quarter"
    if kind == "possessive":
        unit = m.group("unit")
    ordinal = _opt(m, "ord")
    if ordinal in ("last", "final"):
        if ordinal == "last" and not _tail_named(m):
            # "(the) last quarter" is the quarter before the reference's.
            return None
        number = 4 if unit == "quarter" else 2
    elif ordinal == "latter":
        number = 2
    elif ordinal:
        number = _ORDINALS[ordinal]
    else:
        number = int(m.group("qn" if unit == "quarter" else "hn"))
    implicit = False
    year: int | None
    if kind in ("year_quarter", "year_half"):
        year = int(m.group("y"))
    elif kind in ("number_quarter", "number_half"):
        year = _two_digit_year(m, reference)
    elif kind == "possessive" and not m.group("y"):
        year = (
            None if reference is None else reference.year + _rel_offset(m.group("rel"))
        )
    elif kind == "possessive":
        year = int(m.group("y"))
    else:
        year, implicit = _tail_year(m, reference)
    if year is None:
        return _Atom(s, e, unit, None, implicit_year=implicit, needs_reference=True)
    bounds = (
        quarter_bounds(year, number) if unit == "quarter" else half_bounds(year, number)
    )
    return _Atom(s, e, unit, bounds, year=year, implicit_year=implicit)


def _count(word: str) -> int:
    return _NUMBERS[word] if word in _NUMBERS else int(word)


def _first_n(m: re.Match[str], reference: dt.date | None) -> _Atom | None:
    """Parse "the first five months (of 2026)", "the last four months of 2021"."""
    s, e = m.span()
    n = _count(m.group("n"))
    per = 3 if m.group("unit") == "quarters" else 1
    if n * per > 12:
        return None
    kind = "first_n_quarters" if per == 3 else "first_n_months"
    first = m.group("which") == "first"
    if not first and not _tail_named(m):
        # "the last three months" without a year is a rolling window.
        return None
    year, implicit = _tail_year(m, reference)
    if year is None:
        return _Atom(s, e, kind, None, implicit_year=implicit, needs_reference=True)
    months = n * per
    bounds = (
        months_bounds(year, 1, months)
        if first
        else months_bounds(year, 13 - months, 12)
    )
    return _Atom(s, e, kind, bounds, year=year, implicit_year=implicit)


_UNIT_MONTHS: Final = {"year": 12, "quarter": 3, "month": 1}


def _months_to(m: re.Match[str], reference: dt.date | None) -> _Atom:
    """Parse "the three months to April", a run of months ending in one named."""
    s, e = m.span()
    count = _UNIT_MONTHS[m.group("unit")] if m.group("unit") else _count(m.group("n"))
    last = _MONTHS[m.group("mon")]
    if m.group("y"):
        year, implicit = int(m.group("y")), False
    elif reference is None:
        return _Atom(
            s, e, "month_range", None, implicit_year=True, needs_reference=True
        )
    else:
        year, implicit = reference.year, True
    first_year, first = _add_months(year, last, 1 - count)
    period = (dt.date(first_year, first, 1), _month_end(year, last))
    return _Atom(s, e, "month_range", period, year=year, implicit_year=implicit)


def _relative(m: re.Match[str], reference: dt.date | None) -> _Atom | None:
    """Parse "this year", "last quarter", "the past five years", "next 7 quarters"."""
    s, e = m.span()
    # The pattern allows any white space between words ("calendar\nyear" at a
    # line break), so words are split on white space, not on one space.
    rel = m.group("rel").split()[-1]
    unit_word = m.group("unit").split()[-1]
    unit = unit_word.removesuffix("s")
    n = _count(m.group("n")) if m.group("n") else None
    if (n is not None and n > 1) != (unit_word != unit):
        return None  # "last years", "next 3 quarter"
    if rel in ("this", "current") and n is not None:
        return None
    kind = "relative_year" if unit == "year" and n is None else "relative"
    if reference is None:
        return _Atom(s, e, kind, None, needs_reference=True)
    count = 1 if n is None else n
    size = _UNIT_MONTHS[unit]
    # The unit holding the reference date, as (year, first month).
    base = (reference.year, reference.month - (reference.month - 1) % size)
    offset = _rel_offset(rel)
    if offset == 0:
        first, last = base, _add_months(*base, size - 1)
    elif offset < 0:
        first, last = _add_months(*base, -size * count), _add_months(*base, -1)
    else:
        first, last = (
            _add_months(*base, size),
            _add_months(*base, size * (count + 1) - 1),
        )
    period = (dt.date(first[0], first[1], 1), _month_end(*last))
    return _Atom(s, e, kind, period, year=first[0] if kind == "relative_year" else None)


def _previous_word(low: str, s: int) -> str:
    """The word (letters, digits, dots) ending one space before offset ``s``."""
    j = s - 1 if s > 0 and low[s - 1] == " " else s
    i = j
    while i > 0 and j - i < 20 and (low[i - 1].isalnum() or low[i - 1] == "."):
        i -= 1
    return low[i:j]


def _next_word(low: str, e: int) -> str:
    i = e + 1 if e < len(low) and low[e] == " " else e
    j = i
    while j < len(low) and j - i < 20 and low[j].isalpha():
        j += 1
    return low[i:j]


def _year_in_context(low: str, s: int, e: int) -> bool:
    """A bare four-digit number is a year unless its neighbours say otherwise.

    "2025 tonnes", "2000 pieces" and "more than 2000" are quantities; "No.
    2025" and "the 2030 Agenda" are names; "in 2025 companies invested" is
    a year.
    """
    after = _next_word(low, e)
    before = _previous_word(low, s)
    if after in _UNIT_WORDS or after in _NOT_YEAR_AFTER_NAMES:
        return False
    if after in _COUNT_NOUNS and before not in _DATE_PREPOSITIONS:
        return False
    if before in _NOT_YEAR_BEFORE:
        return False
    return not (before == "to" and _previous_word(low, s - 3) == "up")


# --------------------------------------------------------------------------
# Scanning
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """A lower-cased copy with the same offsets as ``text``.

    Cached, so that a caller scanning a document sentence by sentence
    (``start``/``end``) lower-cases it once, not once per sentence. Two
    entries, not more: a service keeps the cache between documents, and each
    entry holds a whole text and its copy.
    """
    return fold_case(text)


def _occurrences(
    low: str, span: tuple[int, int], triggers: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Every ``(offset, length)`` of a trigger in ``span`` that could open a match."""
    start, end = span
    found: list[tuple[int, int]] = []
    for trigger in triggers:
        size = len(trigger)
        i = low.find(trigger, start, end)
        while i >= 0:
            found.append((i, size))
            i = low.find(trigger, i + 1, end)
    return _confirmed(low, end, triggers, found)


def _windows(
    occurrences: list[tuple[int, int]],
    start: int,
    width: int,
    lead: int | None = None,
) -> list[tuple[int, int]]:
    """Where a match of at most ``width`` characters holding a trigger can start.

    Merged, sorted ``(first, last)`` ranges of start offsets from ``start`` on.
    With ``lead``, a trigger starts at most ``lead`` characters into a match.
    """
    if lead is None:
        ranges = sorted((max(start, i - width + size), i) for i, size in occurrences)
    else:
        ranges = sorted((max(start, i - lead), i) for i, _ in occurrences)
    merged: list[tuple[int, int]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1] + 1:
            if last > merged[-1][1]:
                merged[-1] = (merged[-1][0], last)
        else:
            merged.append((first, last))
    return merged


def _finditer(
    pattern: re.Pattern[str],
    low: str,
    span: tuple[int, int],
    windows: list[tuple[int, int]],
    reach: int,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(low, *span)``, searching only where a match can start.

    Every match starts inside one of ``windows``, and an attempt at offset
    ``s`` reads no further than ``s + reach``; so a search from a window's
    first offset, stopped ``reach`` characters past its last, finds exactly
    the matches the whole-span scan finds there. Lookbehinds see the text
    before the search's start, as they do in the whole-span scan.
    """
    end = span[1]
    pos = span[0]
    for first, last in windows:
        if last < pos:
            continue
        at = max(pos, first)
        stop = min(end, last + reach)
        while at <= last:
            if last - at < _SHORT_WINDOW:
                m = _match_within(pattern, low, (at, last), stop)
            else:
                m = pattern.search(low, at, stop)
            if m is None or m.start() > last:
                break
            yield m
            pos = at = m.end()


#: Windows of fewer start offsets than this are tried offset by offset: a
#: search would go on trying offsets up to ``reach`` past the window's end.
_SHORT_WINDOW: Final = 3


def _match_within(
    pattern: re.Pattern[str], low: str, starts: tuple[int, int], stop: int
) -> re.Match[str] | None:
    """The first match starting in ``starts`` (inclusive), as a search finds it."""
    match = pattern.match
    for at in range(starts[0], starts[1] + 1):
        m = match(low, at, stop)
        if m is not None:
            return m
    return None


def _collect_atoms(ctx: _Context, span: tuple[int, int]) -> list[_Atom]:
    """Every atom in text order; where two overlap, the earlier and longer wins."""
    found: list[tuple[int, int, int, _Atom]] = []
    low, start = ctx.low, span[0]
    seen: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for priority, entry in enumerate(_ATOM_PATTERNS):
        kind, pattern, triggers, inside, width, reach = entry
        gate = seen.get(triggers)
        if gate is None:
            gate = seen[triggers] = _occurrences(low, span, triggers)
        if not gate:
            continue
        occurrences = seen.get(inside)
        if occurrences is None:
            occurrences = seen[inside] = _occurrences(low, span, inside)
        windows = _windows(occurrences, start, width, _LEADS.get(pattern))
        for m in _finditer(pattern.compiled, low, span, windows, reach):
            atom = _interpret(kind, m, ctx)
            if atom is not None:
                found.append((atom.start, atom.start - atom.end, priority, atom))
    found.sort(key=lambda t: t[:3])
    chosen: list[_Atom] = []
    covered = -1
    for _, _, _, atom in found:
        if atom.start >= covered:
            chosen.append(atom)
            covered = atom.end
    return chosen


_JOINABLE: Final = frozenset({"year", "month", "day", "quarter", "half"})


def _join(a: _Atom, b: _Atom, low: str) -> _Atom | None:
    """Join "January-May 2026", "2014 to 2018", "Nov 18-Dec 19, 2015"."""
    if a.kind not in _JOINABLE or b.kind not in _JOINABLE:
        return None
    gap = low[a.end : b.start]
    if len(gap) > 24 or not _RANGE_JOIN.fullmatch(gap):
        return None
    lead = _RANGE_LEAD.search(low, max(0, a.start - 9), a.start)
    if gap.strip() == "and" and (
        lead is None or not lead.group().startswith("between")
    ):
        return None
    start = a.start if lead is None else lead.start()
    if b.period is None:
        if not (b.needs_reference and a.needs_reference):
            return None
        # "January-May" with no reference: one unresolved range, not two months.
        return _Atom(
            start, b.end, "range", None, implicit_year=True, needs_reference=True
        )
    a_period = a.period
    if a.year is None and a.month is not None:
        # "January-May 2026": the first month takes the year of the second,
        # or the year before when it comes later in the calendar ("Nov-Feb").
        end = b.period[1]
        year = end.year
        if (a.month, a.day or 1) > (end.month, end.day if a.day else 1):
            year -= 1
        try:
            if a.day is not None:
                d = dt.date(year, a.month, a.day)
                a_period = (d, d)
            else:
                a_period = month_bounds(year, a.month)
        except ValueError:
            return None
    if a_period is None or a_period[0] > b.period[1]:
        return None
    if a.kind == b.kind == "month":
        kind = "month_range"
    elif a.kind == b.kind == "year":
        kind = "plan"
    else:
        kind = "range"
    return _Atom(
        start,
        b.end,
        kind,
        (a_period[0], b.period[1]),
        implicit_year=a.implicit_year and b.implicit_year,
    )


def find_periods(
    text: str,
    *,
    reference: dt.date | None,
    start: int = 0,
    end: int | None = None,
    fiscal_year_start: int | None = None,
) -> list[PeriodMention]:
    """Find the period expressions in ``text[start:end]``, in text order.

    Relative forms ("this year", "the third quarter", "January-May") resolve
    against ``reference``; without one they are reported with ``period``
    ``None``. Comparison points ("than a year ago", "from last year") come
    back with kind ``"comparison"`` and anaphors ("in the same period") with
    kind ``"anaphor"``, so the caller can ignore or resolve them. Durations
    ("for a fifth straight year", "within three months"), ordinal names ("the
    14th National People's Congress") and quantities ("2025 tonnes") are not
    reported.

    Args:
        text: the document body.
        reference: the publication date, or ``None``.
        start: offset where the search starts.
        end: offset where it stops (default: the end of ``text``).
        fiscal_year_start: the month fiscal years open with where the text
            comes from (see :func:`fiscal_year_bounds`); without it, fiscal
            years ("FY2026", "2025/26") are reported with ``period`` ``None``.

    Returns:
        The mentions, with offsets into ``text``.

    >>> [(m.kind, m.period[0].year) for m in find_periods(
    ...     "grew 5.3 percent year-on-year in 2025", reference=None)]
    [('year', 2025)]
    """
    stop = len(text) if end is None else end
    low = _lowered(text)
    ctx = _Context(text, low, reference, fiscal_year_start)
    atoms = _collect_atoms(ctx, (start, stop))
    out: list[PeriodMention] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        joined = _join(atom, atoms[i + 1], low) if i + 1 < len(atoms) else None
        if joined is not None:
            atom = joined
            i += 1
        i += 1
        if not atom.weak and atom.kind != "invalid":
            out.append(_contextualise(atom, low, start))
    return out


_NOT_CONTEXTUAL: Final = frozenset({"comparison", "anaphor", "fiscal_year"})
_END_OF_KINDS: Final = frozenset({"year", "relative_year", "month", "quarter", "half"})


def _contextualise(atom: _Atom, low: str, floor: int) -> PeriodMention:
    """Apply the words before an atom: "by 2035", "than last year"."""
    kind, s, period = atom.kind, atom.start, atom.period
    window = max(floor, s - 24)
    lead = _RANGE_LEAD.search(low, window, s)
    if lead is not None and kind in ("plan", "range", "month_range"):
        # "from 2014-2018": the range's own lead, not a comparison.
        s = lead.start()
    elif kind not in _NOT_CONTEXTUAL and not low.startswith(("from", "between"), s):
        by = _BY_LEAD.search(low, window, s)
        end = _END_LEAD.search(low, window, s)
        if _COMPARISON_BEFORE.search(low, window, s):
            kind = "comparison"
        elif by is not None and kind in ("year", "relative_year"):
            kind, s = "by_year", by.start()
        elif end is not None and period is not None and kind in _END_OF_KINDS:
            kind, s, period = "day", end.start(), (period[1], period[1])
    return PeriodMention(s, atom.end, period, kind, atom.implicit_year, atom.refers_to)


# --------------------------------------------------------------------------
# Fiscal-year conventions
# --------------------------------------------------------------------------


# Names and signs that place a text in a jurisdiction, by the month its
# government's fiscal year opens with (1: the calendar year).
def _by_month() -> dict[int, tuple[str, ...]]:
    cues: dict[int, tuple[str, ...]] = {}
    for cue, month in ints("fiscal_cues").items():
        cues[month] = (*cues.get(month, ()), cue)
    return cues


_FISCAL_CUES: Final = _by_month()
# Only names that identify one country count: "federal government" is as
# common in Australia, Canada, Germany and Nigeria as in the United States,
# and "Washington" is also a state, a surname and a place in England.
_FISCAL_CUE: Final = _Pattern(
    "|".join(
        rf"(?P<m{month}>(?<!\w)(?:{'|'.join(re.escape(c) for c in cues)})(?!\w))"
        for month, cues in _FISCAL_CUES.items()
    )
)
# The same cues without the leading look-behind, as a prefix tree of literals:
# re skips to the cues' first characters and rejects most after one (a flat list
# tried every cue at each "e" or "c"). Where it matches, _FISCAL_CUE is tried.
_FISCAL_CUE_FAST: Final = _Pattern(
    "(?:" + alternation(c for cues in _FISCAL_CUES.values() for c in cues) + r")(?!\w)"
)


def _fiscal_cues(text: str) -> Iterator[re.Match[str]]:
    """``_FISCAL_CUE.finditer(text)``, skipping to where a cue could start."""
    return Gated(_FISCAL_CUE.compiled, _FISCAL_CUE_FAST.compiled).finditer(text)


def infer_fiscal_year_start(text: str, /) -> int | None:
    """Guess the month fiscal years open with from the jurisdiction a text names.

    Counts names and signs of countries and institutions ("Bank of England",
    "£", "Kenya", "U.S.") and returns the opening month of the jurisdiction
    named most often: 1 (the calendar year), 4 (April), 7 (July) or 10
    (October). Returns ``None``
    when the text names none of them or two conventions equally often; the
    caller then leaves fiscal years unresolved rather than guess.

    >>> infer_fiscal_year_start("HM Treasury said the deficit fell to £40bn.")
    4
    """
    votes: dict[int, int] = {}
    for m in _fiscal_cues(text):
        month = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        votes[month] = votes.get(month, 0) + 1
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(votes, key=votes.__getitem__)


# --------------------------------------------------------------------------
# Whole-expression parsing
# --------------------------------------------------------------------------


def parse_period(
    text: str,
    /,
    *,
    reference: dt.date | None = None,
    fiscal_year_start: int | None = None,
) -> Bounds:
    """Parse one whole period expression into inclusive ``(start, end)`` dates.

    Accepts every form :func:`find_periods` finds, with an optional leading
    preposition ("in 2025", "during January-May"): years, year ranges
    ("2026-30"), halves, quarters, months, month ranges, "the first five
    months", relative years and parts ("this year", "the third quarter"),
    "by 2035" (the year 2035), "at the end of 2025" (its last day) and single
    days ("2026-03-05"). The whole text must be one expression.

    Args:
        text: the expression, and nothing else.
        reference: the date relative forms resolve against (the publication
            date).
        fiscal_year_start: the month fiscal years open with, if the text's
            jurisdiction is known (see :func:`fiscal_year_bounds`).

    Returns:
        The first and last day of the period.

    Raises:
        ValueError: if ``text`` is not one period expression, names a
            comparison point or an anaphor, names a fiscal year while
            ``fiscal_year_start`` is ``None``, or is relative while
            ``reference`` is ``None``.

    >>> parse_period("the first half of 2025")
    (datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    >>> import datetime
    >>> parse_period("the first five months", reference=datetime.date(2026, 3, 6))
    (datetime.date(2026, 1, 1), datetime.date(2026, 5, 31))
    """
    body = text.strip()
    lead = _LEADING_PREPOSITION.match(_lowered(body))
    if lead is not None:
        body = body[lead.end() :]
    mentions = find_periods(
        body, reference=reference, fiscal_year_start=fiscal_year_start
    )
    if len(mentions) != 1 or mentions[0][:2] != (0, len(body)):
        raise ValueError(
            "expected one period expression such as '2025', '2026-30', 'the first"
            f" half of 2025', 'Q3 2025', 'January-May' or 'this year', got {text!r}"
        )
    mention = mentions[0]
    if mention.kind == "comparison":
        raise ValueError(f"{text!r} names a comparison point, not a period")
    if mention.kind == "anaphor":
        raise ValueError(
            f"{text!r} points back to an earlier period and cannot be parsed alone"
        )
    if mention.kind == "fiscal_year" and fiscal_year_start is None:
        raise ValueError(
            f"{text!r} names a fiscal year, whose months depend on the jurisdiction:"
            " pass fiscal_year_start= (the month it opens with)"
        )
    if mention.period is None:
        raise ValueError(
            f"{text!r} is relative: pass reference= (the publication date)"
        )
    return mention.period
