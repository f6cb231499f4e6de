"""The immutable data model: spans, periods, actors, extracted items, documents.

Every class is ``attrs.frozen`` (slotted, hashable) with keyword-only fields.
Intrinsic invariants are checked when a model is built and raise
:class:`~policydocs.ValidationError`; the invariants that tie items to their
document (spans inside the text, names of listed actors) are checked when the
:class:`Document` is built, by the same code that :func:`policydocs.check` runs.
Change a model with :func:`attrs.evolve`, which runs the checks again.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Iterable
from typing import Any, Final, Self, TypeVar

import attrs

from ._errors import ValidationError, ValidationErrors
from ._vocab import (
    STRENGTH,
    ActorKind,
    Approx,
    Basis,
    Force,
    Mode,
    UnitFamily,
    unit_family,
)

__all__ = ["Actor", "Directive", "Document", "Metric", "Period", "Span", "Statement"]

_UNIT_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_/.\-]{0,31}")


def _fail(code: str, field: str, message: str, value: object) -> ValidationError:
    return ValidationError(code, message, path=(field,), value=value)


# Validators take (instance, attribute, value); values are typed Any so that
# mypy's attrs plugin keeps the annotated field type for __init__.


def _int_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    # bool is an int subclass; a True offset is a bug, not a position.
    if type(value) is not int:
        raise _fail("type", attribute.name, f"expected an int, found {value!r}", value)
    if value < 0:
        raise _fail(
            "negative",
            attribute.name,
            f"expected an offset >= 0, found {value!r}",
            value,
        )


def _date_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.default is None:
        return
    # datetime is a date subclass; a time of day would be silently dropped in JSON.
    if type(value) is not dt.date:
        raise _fail(
            "type", attribute.name, f"expected a datetime.date, found {value!r}", value
        )


def _str_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.default is None:
        return
    if not isinstance(value, str):
        raise _fail("type", attribute.name, f"expected a str, found {value!r}", value)


def _nonempty_str(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise _fail(
            "empty", attribute.name, f"expected a non-empty str, found {value!r}", value
        )


def _span_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.default is None:
        return
    if not isinstance(value, Span):
        raise _fail("type", attribute.name, f"expected a Span, found {value!r}", value)


def _period_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, Period):
        raise _fail(
            "type", attribute.name, f"expected a Period or None, found {value!r}", value
        )


def _bool_field(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if type(value) is not bool:
        raise _fail("type", attribute.name, f"expected a bool, found {value!r}", value)


_ItemT = TypeVar("_ItemT")


def _to_tuple(value: object, kind: type[_ItemT], field: str) -> tuple[_ItemT, ...]:
    """Accept any iterable of ``kind`` and store a tuple."""
    # A tuple or list is an Iterable and no str: skip the abstract-class check,
    # the slowest part of building a model from the tuples the extractor makes.
    if (
        type(value) is not tuple
        and type(value) is not list
        and (isinstance(value, str | bytes) or not isinstance(value, Iterable))
    ):
        # A str is iterable, and tuple("abc") would silently become three aliases.
        raise _fail(
            "type",
            field,
            f"expected a collection of {kind.__name__}, found {value!r}",
            value,
        )
    out = tuple(value)
    for i, item in enumerate(out):
        if not isinstance(item, kind):
            raise ValidationError(
                "type",
                f"expected a {kind.__name__}, found {item!r}",
                path=(field, i),
                value=item,
            )
    return out


_EnumT = TypeVar("_EnumT", bound=enum.Enum)


def _to_enum(value: object, enum_type: type[_EnumT], field: str) -> _EnumT:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(repr(m.value) for m in enum_type)
        raise _fail(
            "enum", field, f"expected one of {allowed}, found {value!r}", value
        ) from None


# Named converters, one per field: mypy's attrs plugin reads their parameter
# types to type the generated __init__, and cannot see through a factory.


def _strings_aliases(value: Iterable[str]) -> tuple[str, ...]:
    return _to_tuple(value, str, "aliases")


def _strings_titles(value: Iterable[str]) -> tuple[str, ...]:
    return _to_tuple(value, str, "titles")


def _spans_mentions(value: Iterable[Span]) -> tuple[Span, ...]:
    return _to_tuple(value, Span, "mentions")


def _spans_parts(value: Iterable[Span]) -> tuple[Span, ...]:
    return _to_tuple(value, Span, "parts")


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return _to_enum(value, ActorKind, "kind")


def _mode(value: Mode | str) -> Mode:
    return _to_enum(value, Mode, "mode")


def _force(value: Force | str) -> Force:
    return _to_enum(value, Force, "force")


def _approx(value: Approx | str | None) -> Approx | None:
    return None if value is None else _to_enum(value, Approx, "approx")


def _basis(value: Basis | str | None) -> Basis | None:
    return None if value is None else _to_enum(value, Basis, "basis")


@attrs.frozen(kw_only=True)
class Span:
    """A half-open range of character offsets into ``Document.text``.

    ``text[span.start:span.end]`` is the spanned text (Python slice semantics).

    >>> Span(start=4, end=9).slice("The State Council said")
    'State'

    Attributes:
        start: The first character's offset, ``>= 0``.
        end: One past the last character's offset, ``>= start``.

    Raises:
        ValidationError: an offset that is not an ``int`` (``type``), is
            negative (``negative``), or ``end < start`` (``span-order``).

    .. versionadded:: 0.1
    """

    start: int = attrs.field(validator=_int_field)
    end: int = attrs.field(validator=_int_field)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise _fail(
                "span-order",
                "end",
                f"expected end >= start {self.start}, found {self.end}",
                self.end,
            )

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers.

        Args:
            text: The document's text the span points into.

        Returns:
            ``text[start:end]``.
        """
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        """Return True when the two spans share at least one character.

        Args:
            other: The span to compare with; touching spans do not overlap.

        Returns:
            Whether some offset lies inside both spans.
        """
        return min(self.end, other.end) > max(self.start, other.start)


def _days_in_month(year: int, month: int) -> int:
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return (nxt - dt.timedelta(days=1)).day


@attrs.frozen(kw_only=True)
class Period:
    """An inclusive range of calendar days that a value refers to.

    >>> Period.quarter(2025, 3)
    Period(start=datetime.date(2025, 7, 1), end=datetime.date(2025, 9, 30))

    Attributes:
        start: The first day.
        end: The last day, ``>= start``.

    Raises:
        ValidationError: a day that is not a ``datetime.date`` (``type``) or
            ``end < start`` (``date-order``).

    .. versionadded:: 0.1
    """

    start: dt.date = attrs.field(validator=_date_field)
    end: dt.date = attrs.field(validator=_date_field)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise _fail(
                "date-order",
                "end",
                f"expected end >= start {self.start.isoformat()}, "
                f"found {self.end.isoformat()}",
                self.end,
            )

    @classmethod
    def year(cls, year: int) -> Self:
        """The calendar year ``year``."""
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Self:
        """Whole years ``first`` to ``last``, e.g. a plan period "2026-30"."""
        return cls(start=dt.date(first, 1, 1), end=dt.date(last, 12, 31))

    @classmethod
    def half(cls, year: int, half: int) -> Self:
        """The first (1) or second (2) half of ``year``.

        Args:
            year: The calendar year.
            half: 1 for January to June, 2 for July to December.

        Raises:
            ValidationError: ``half`` is not 1 or 2 (``range``).
        """
        if half not in (1, 2):
            raise _fail("range", "half", f"expected 1 or 2, found {half!r}", half)
        return cls.months(year, 6 * half - 5, 6 * half)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Self:
        """Quarter 1-4 of ``year``.

        Args:
            year: The calendar year.
            quarter: 1 to 4.

        Raises:
            ValidationError: ``quarter`` is not 1 to 4 (``range``).
        """
        if quarter not in (1, 2, 3, 4):
            raise _fail(
                "range", "quarter", f"expected 1 to 4, found {quarter!r}", quarter
            )
        return cls.months(year, 3 * quarter - 2, 3 * quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Self:
        """One calendar month."""
        return cls.months(year, month, month)

    @classmethod
    def months(cls, year: int, first: int, last: int) -> Self:
        """Months ``first`` to ``last`` of one year, e.g. January-May.

        Args:
            year: The calendar year.
            first: The first month, 1 to 12.
            last: The last month, 1 to 12, both ends included.

        Raises:
            ValidationError: a month outside 1 to 12 (``range``).
        """
        for name, value in (("first", first), ("last", last)):
            if not 1 <= value <= 12:
                raise _fail(
                    "range", name, f"expected a month 1 to 12, found {value!r}", value
                )
        return cls(
            start=dt.date(year, first, 1),
            end=dt.date(year, last, _days_in_month(year, last)),
        )

    @classmethod
    def day(cls, day: dt.date) -> Self:
        """A single day."""
        return cls(start=day, end=day)

    @classmethod
    def parse(cls, text: str, /, *, reference: dt.date | None = None) -> Self:
        """Parse a period such as "2025", "2026-30" or "the first half of 2025".

        Relative forms ("this year", "the first five months") resolve against
        ``reference``, normally the document's publication date.

        >>> Period.parse("2026-30")
        Period(start=datetime.date(2026, 1, 1), end=datetime.date(2030, 12, 31))

        Args:
            text: The period expression.
            reference: The day relative forms count from.

        Returns:
            The period the text names.

        Raises:
            ParseError: the text is not a period expression, or is relative
                and no reference was given.
        """
        from ._dates import parse_period
        from ._errors import ParseError

        try:
            start, end = parse_period(text, reference=reference)
        except ValueError as exc:
            raise ParseError(
                str(exc), snippet=text, col=1, span=(0, len(text))
            ) from None
        return cls(start=start, end=end)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @property
    def days(self) -> int:
        """Number of days covered, both ends included."""
        return (self.end - self.start).days + 1


@attrs.frozen(kw_only=True)
class Actor:
    """A person, organization, place or group that speaks, issues or is addressed.

    ``name`` is the canonical full name that statements, directives and
    metrics use to refer to the actor; ``mentions`` are every place the text
    refers to it, pronouns and role nouns included.

    >>> li = Actor(id="a1", kind="person", name="Li Qiang", titles=["Premier"])
    >>> li.kind, li.titles
    (<ActorKind.PERSON: 'person'>, ('Premier',))

    Attributes:
        id: An identifier unique within the document, such as ``"a1"``.
        kind: Person, organization, place or group; a value such as
            ``"person"`` is converted to the member.
        name: The canonical full name other items use to refer to the actor.
        aliases: Other names the text uses ("the ministry", "Premier Li").
        titles: Titles seen with the name ("Premier").
        mentions: Every place the text refers to the actor.

    Raises:
        ValidationError: a blank ``id`` or ``name`` (``empty``), an unknown
            kind (``enum``), or a bare ``str`` where a collection is expected
            (``type``).

    .. versionadded:: 0.1
    """

    id: str = attrs.field(validator=_nonempty_str)
    kind: ActorKind = attrs.field(converter=_actor_kind)
    name: str = attrs.field(validator=_nonempty_str)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strings_aliases)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_strings_titles)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_spans_mentions)


# Trusted construction, for the extractor only. The actor registry lists every
# actor with its mention spans: offsets of its own matches (ints, start <=
# end), kinds that are ActorKind members, names that are never blank, and
# tuples of str. Converting and validating each field again cost about 2% of
# parse(). These builders set the fields directly; every model a user builds
# (``Span(...)``, ``Actor(...)``, ``attrs.evolve``) or loads from JSON is
# validated in full, and the Document built from extracted items still runs
# every cross-field check. tests/unit/test_fast_paths.py holds them equal to
# the validated models on the news texts.
_new = object.__new__
_set = object.__setattr__


def _trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` without its checks: ints, 0 <= start <= end."""
    span = _new(Span)
    _set(span, "start", start)
    _set(span, "end", end)
    return span


def _trusted_actor(
    index: int,
    kind: ActorKind,
    name: str,
    *,
    aliases: tuple[str, ...],
    titles: tuple[str, ...],
    mentions: tuple[Span, ...],
) -> Actor:
    """``Actor(id=f"a{index}", ...)`` without its converters and checks.

    A blank name is the one thing the registry's types do not rule out: it
    goes through the validated constructor, which rejects it as before.
    """
    if not name.strip():
        return Actor(
            id=f"a{index}",
            kind=kind,
            name=name,
            aliases=aliases,
            titles=titles,
            mentions=mentions,
        )
    actor = _new(Actor)
    _set(actor, "id", f"a{index}")
    _set(actor, "kind", kind)
    _set(actor, "name", name)
    _set(actor, "aliases", aliases)
    _set(actor, "titles", titles)
    _set(actor, "mentions", mentions)
    return actor


@attrs.frozen(kw_only=True)
class Statement:
    """Who said what: one attribution cue with its source and content.

    A quotation interrupted by its cue (``"A," she said. "B."``) is one
    statement in several ``parts``: each piece's span, in order, without the
    quotation marks. ``content_span`` runs from the first piece's start to the
    last piece's end and ``content`` is the pieces' texts joined by one space.
    A contiguous content has one part; ``parts`` left empty is filled with
    ``(content_span,)``, so documents written before it existed load unchanged.

    ``speaker_span`` marks the words that name the source in this attribution
    ("he", "city police Chief Ana Ortiz"), also when ``speaker`` is None
    because the text never says who they are.

    Attributes:
        speaker: The canonical name of a listed actor, or None when unknown.
        cue: The attribution cue's base form, such as ``"say"``.
        content: What was said, as the text writes it.
        content_span: Where ``content`` is in the text.
        mode: Direct (a quotation) or indirect (reported speech).
        date: When it was said, if the text says; never after publication.
        cue_span: Where the cue is in the text.
        rule: Which extraction rule produced the statement.
        parts: The pieces of a split quotation, in order.
        speaker_span: The words that name the source in this attribution.

    Raises:
        ValidationError: a field of the wrong type (``type``), a blank cue
            (``empty``), an unknown mode (``enum``), or parts that overlap
            (``parts-order``) or do not run from ``content_span``'s start to
            its end (``parts-hull``).

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``parts`` and ``speaker_span``.
    """

    speaker: str | None = attrs.field(default=None, validator=_str_field)
    cue: str = attrs.field(validator=_nonempty_str)
    content: str = attrs.field(validator=_str_field)
    content_span: Span = attrs.field(validator=_span_field)
    mode: Mode = attrs.field(default=Mode.INDIRECT, converter=_mode)
    date: dt.date | None = attrs.field(default=None, validator=_date_field)
    cue_span: Span | None = attrs.field(default=None, validator=_span_field)
    rule: str = attrs.field(default="", validator=_str_field)
    parts: tuple[Span, ...] = attrs.field(default=(), converter=_spans_parts)
    speaker_span: Span | None = attrs.field(default=None, validator=_span_field)

    def __attrs_post_init__(self) -> None:
        parts = self.parts
        if not parts:
            # Normalised at construction, so equal statements compare equal
            # whether or not their JSON spelled the single part out.
            object.__setattr__(self, "parts", (self.content_span,))
            return
        for i in range(1, len(parts)):
            if parts[i].start < parts[i - 1].end:
                raise ValidationError(
                    "parts-order",
                    f"expected part {i} to start at or after {parts[i - 1].end}, "
                    f"found {parts[i].start}",
                    path=("parts", i, "start"),
                    value=parts[i].start,
                )
        hull = (parts[0].start, parts[-1].end)
        if hull != (self.content_span.start, self.content_span.end):
            raise ValidationError(
                "parts-hull",
                "expected the parts to run from content_span's start "
                f"{self.content_span.start} to its end {self.content_span.end}, "
                f"found {hull[0]} to {hull[1]}",
                path=("parts",),
                value=hull,
            )


@attrs.frozen(kw_only=True)
class Directive:
    """Who should do what, with what force: one deontic trigger.

    ``statement`` is the index in ``Document.statements`` of the statement the
    directive sits in, or None when the author speaks.

    Attributes:
        issuer: Who gives the directive (a listed actor), or None.
        addressee: Who is asked to act (a listed actor), or None.
        action: What is to be done, as the text writes it.
        action_span: Where ``action`` is in the text.
        force: Obligation, demand, recommendation, commitment, encouragement
            or permission; a value such as ``"obligation"`` is converted.
        negated: True for "must not", "should not", "will not".
        trigger: The trigger as written, such as ``"shall"``.
        trigger_span: Where the trigger is in the text.
        statement: The index of the enclosing statement, or None.
        rule: Which extraction rule produced the directive.

    Raises:
        ValidationError: a field of the wrong type (``type``), an unknown
            force (``enum``) or a negative statement index (``negative``).

    .. versionadded:: 0.1
    """

    issuer: str | None = attrs.field(default=None, validator=_str_field)
    addressee: str | None = attrs.field(default=None, validator=_str_field)
    action: str = attrs.field(validator=_str_field)
    action_span: Span = attrs.field(validator=_span_field)
    force: Force = attrs.field(converter=_force)
    negated: bool = attrs.field(default=False, validator=_bool_field)
    trigger: str = attrs.field(default="", validator=_str_field)
    trigger_span: Span | None = attrs.field(default=None, validator=_span_field)
    statement: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(_int_field)
    )
    rule: str = attrs.field(default="", validator=_str_field)

    @property
    def strength(self) -> int:
        """How strongly the addressee is asked to act, as a sort key.

        Obligation 5 > demand 4 > recommendation 3 > encouragement 2 >
        permission 1; a commitment is 0, since it binds the issuer, not an
        addressee.
        """
        return STRENGTH[self.force]


def _finite(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None and attribute.default is None:
        return
    if type(value) is not float:
        raise _fail("type", attribute.name, f"expected a float, found {value!r}", value)
    if not math.isfinite(value):
        raise _fail(
            "not-finite",
            attribute.name,
            f"expected a finite number, found {value!r}",
            value,
        )


def _to_float(value: float) -> float:
    # Ints are exact in JSON and in the lexicons; store one numeric type.
    if type(value) is int:
        return float(value)
    return value


def _to_float_or_none(value: float | None) -> float | None:
    return None if value is None else _to_float(value)


def _unit(_inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or _UNIT_RE.fullmatch(value) is None:
        raise _fail(
            "unit",
            attribute.name,
            f"expected a unit name such as 'percent', 'CNY' or 'GW', found {value!r}",
            value,
        )


@attrs.frozen(kw_only=True)
class Metric:
    """A number that measures something: value, unit, period and subject.

    >>> m = Metric(text="5 percent", span=Span(start=13, end=22), value=5,
    ...            unit="percent", period=Period.year(2025))
    >>> m.value, m.unit_family
    (5.0, <UnitFamily.PERCENT: 'percent'>)

    Attributes:
        text: The number as written, such as ``"5 percent"``.
        span: Where ``text`` is in the document's text.
        value: The number; ints are stored as floats.
        upper: The upper end of a range ("4 to 5 percent"), or None.
        unit: A unit name such as ``"percent"``, ``"CNY"`` or ``"GW"``.
        approx: How a qualifier ("about", "more than") bounds the value.
        period: The days the value refers to, or None.
        basis: What a change is measured against (year-on-year, ...).
        target: True for a goal ("aims to grow 5 percent"), not an outcome.
        indicator: What is measured, such as ``"exports"``.
        subject: The listed actor the number is about, or None.
        rule: Which extraction rule produced the metric.

    Raises:
        ValidationError: a value that is not a finite number (``type``,
            ``not-finite``), ``upper < value`` (``range-order``), a malformed
            unit (``unit``) or an unknown approx or basis (``enum``).

    .. versionadded:: 0.1
    """

    text: str = attrs.field(validator=_str_field)
    span: Span = attrs.field(validator=_span_field)
    value: float = attrs.field(converter=_to_float, validator=_finite)
    upper: float | None = attrs.field(
        default=None, converter=_to_float_or_none, validator=_finite
    )
    unit: str = attrs.field(validator=_unit)
    approx: Approx | None = attrs.field(default=None, converter=_approx)
    period: Period | None = attrs.field(default=None, validator=_period_field)
    basis: Basis | None = attrs.field(default=None, converter=_basis)
    target: bool = attrs.field(default=False, validator=_bool_field)
    indicator: str | None = attrs.field(default=None, validator=_str_field)
    subject: str | None = attrs.field(default=None, validator=_str_field)
    rule: str = attrs.field(default="", validator=_str_field)

    def __attrs_post_init__(self) -> None:
        if self.upper is not None and self.upper < self.value:
            raise _fail(
                "range-order",
                "upper",
                f"expected upper >= value {self.value!r}, found {self.upper!r}",
                self.upper,
            )

    @property
    def unit_family(self) -> UnitFamily:
        """The family of ``unit``, such as percent, currency or physical."""
        return unit_family(self.unit)


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return _to_tuple(value, Actor, "actors")


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return _to_tuple(value, Statement, "statements")


def _directives(value: Iterable[Directive]) -> tuple[Directive, ...]:
    return _to_tuple(value, Directive, "directives")


def _metrics(value: Iterable[Metric]) -> tuple[Metric, ...]:
    return _to_tuple(value, Metric, "metrics")


@attrs.frozen(kw_only=True, repr=False)
class Document:
    """A policy text with its metadata and everything extracted from it.

    Building a document checks every cross-field invariant (see
    :func:`policydocs.check`) and raises :class:`~policydocs.ValidationErrors`
    listing all problems at once.

    Attributes:
        id: A non-blank identifier, such as the file name.
        text: The body; every span points into it.
        title: The title, or None.
        published: The publication date; relative dates resolve against it.
        source: The author; an unattributed "we will" resolves to it.
        url: Where the text came from, or None.
        language: A language tag, ``"en"`` by default.
        actors: Everyone the text names, each once.
        statements: Who said what.
        directives: Who should do what.
        metrics: The numbers that measure something.

    Raises:
        ValidationErrors: every cross-field problem at once, such as a span
            outside the text or a speaker that is not a listed actor.
        ValidationError: a field of the wrong type, or a blank ``id``.

    .. versionadded:: 0.1
    """

    id: str = attrs.field(validator=_nonempty_str)
    text: str = attrs.field(validator=_str_field)
    title: str | None = attrs.field(default=None, validator=_str_field)
    published: dt.date | None = attrs.field(default=None, validator=_date_field)
    source: str | None = attrs.field(default=None, validator=_str_field)
    url: str | None = attrs.field(default=None, validator=_str_field)
    language: str = attrs.field(default="en", validator=_nonempty_str)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    directives: tuple[Directive, ...] = attrs.field(default=(), converter=_directives)
    metrics: tuple[Metric, ...] = attrs.field(default=(), converter=_metrics)

    def __attrs_post_init__(self) -> None:
        from ._validate import cross_field_problems

        problems = cross_field_problems(self)
        if problems:
            raise ValidationErrors(
                f"{len(problems)} problem(s) in document {self.id!r}",
                [p.to_error() for p in problems],
            )

    def __repr__(self) -> str:
        # Never the whole text: documents are printed in notebooks and logs.
        head = self.text[:40].replace("\n", " ")
        more = "…" if len(self.text) > 40 else ""
        published = self.published.isoformat() if self.published else None
        title = ""
        if self.title is not None:
            clipped = self.title[:60] + ("…" if len(self.title) > 60 else "")
            title = f"title={clipped!r} "
        return (
            f"<Document {self.id!r} {title}published={published} "
            f"{len(self.text)} chars "
            f"{head!r}{more} actors={len(self.actors)} "
            f"statements={len(self.statements)} "
            f"directives={len(self.directives)} metrics={len(self.metrics)}>"
        )

    def _repr_html_(self) -> str:
        """HTML for notebooks: ``policydocs.render(self)`` with its defaults."""
        from ._html import render

        return render(self)

    def actor(self, name: str, /) -> Actor | None:
        """Return the actor whose canonical name or alias is ``name``, or None.

        Args:
            name: A canonical name or an alias, compared exactly.

        Returns:
            The first matching actor, or None.
        """
        for actor in self.actors:
            if actor.name == name or name in actor.aliases:
                return actor
        return None


def _require_document(value: object, where: str = "") -> Document:
    """``value`` itself if it is a Document, else a TypeError naming its place.

    Writers call it before they write an item, so a Metric or a dict passed by
    a caller without a type checker is named with its position and type
    instead of failing deep inside attrs.
    """
    if isinstance(value, Document):
        return value
    prefix = f"{where}: " if where else ""
    msg = f"{prefix}expected a policydocs.Document, found {type(value).__name__}"
    raise TypeError(msg)
