"""Models: invariants raise ValidationError naming field and value; models pickle."""

from __future__ import annotations

import datetime as dt
import math
import pickle

import attrs
import pytest

from policydocs import (
    Actor,
    ActorKind,
    Approx,
    Basis,
    Directive,
    Document,
    Force,
    Metric,
    Mode,
    ParseError,
    Period,
    Span,
    Statement,
    UnitFamily,
    ValidationError,
    ValidationErrors,
)

TEXT = "The ministry said exports rose 5 percent in 2025."


def span_of(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part))


def metric(**changes: object) -> Metric:
    fields: dict[str, object] = {
        "text": "5 percent",
        "span": span_of("5 percent"),
        "value": 5.0,
        "unit": "percent",
    }
    fields.update(changes)
    return Metric(**fields)  # type: ignore[arg-type]


def full_document() -> Document:
    ministry = Actor(
        id="a1",
        kind=ActorKind.ORGANIZATION,
        name="Ministry of Commerce",
        aliases=["the ministry"],
        mentions=[span_of("The ministry")],
    )
    said = Statement(
        speaker="Ministry of Commerce",
        cue="say",
        content="exports rose 5 percent in 2025",
        content_span=span_of("exports rose 5 percent in 2025"),
        date=dt.date(2026, 3, 5),
        cue_span=span_of("said"),
    )
    asked = Directive(
        issuer="Ministry of Commerce",
        action="rose 5 percent",
        action_span=span_of("rose 5 percent"),
        force="commitment",
        statement=0,
    )
    return Document(
        id="d1",
        text=TEXT,
        published=dt.date(2026, 3, 6),
        actors=[ministry],
        statements=[said],
        directives=[asked],
        metrics=[metric(period=Period.year(2025), subject="Ministry of Commerce")],
    )


INVALID = [
    # Each case: a label, a builder, the expected code and the expected path.
    ("end before start", lambda: Span(start=5, end=2), "span-order", ("end",)),
    ("negative start", lambda: Span(start=-1, end=2), "negative", ("start",)),
    ("negative end", lambda: Span(start=0, end=-3), "negative", ("end",)),
    ("bool offset", lambda: Span(start=True, end=2), "type", ("start",)),
    ("float offset", lambda: Span(start=0, end=2.0), "type", ("end",)),
    (
        "period ends before it starts",
        lambda: Period(start=dt.date(2026, 3, 1), end=dt.date(2026, 2, 1)),
        "date-order",
        ("end",),
    ),
    (
        "datetime as a date",
        lambda: Period(start=dt.datetime(2026, 1, 1), end=dt.date(2026, 2, 1)),  # noqa: DTZ001
        "type",
        ("start",),
    ),
    (
        "string date",
        lambda: Period(start="2026-01-01", end=dt.date(2026, 2, 1)),
        "type",
        ("start",),
    ),
    ("half 3", lambda: Period.half(2026, 3), "range", ("half",)),
    ("quarter 0", lambda: Period.quarter(2026, 0), "range", ("quarter",)),
    ("month 13", lambda: Period.months(2026, 1, 13), "range", ("last",)),
    (
        "upper below value",
        lambda: metric(value=5.0, upper=4.0),
        "range-order",
        ("upper",),
    ),
    ("NaN value", lambda: metric(value=math.nan), "not-finite", ("value",)),
    ("infinite value", lambda: metric(value=math.inf), "not-finite", ("value",)),
    ("infinite upper", lambda: metric(upper=-math.inf), "not-finite", ("upper",)),
    ("str value", lambda: metric(value="5"), "type", ("value",)),
    ("bad unit", lambda: metric(unit="per cent"), "unit", ("unit",)),
    ("unknown approx", lambda: metric(approx="roughly"), "enum", ("approx",)),
    ("unknown basis", lambda: metric(basis="yoy"), "enum", ("basis",)),
    ("non-bool target", lambda: metric(target=1), "type", ("target",)),
    ("period not a Period", lambda: metric(period=(1, 2)), "type", ("period",)),
    ("span not a Span", lambda: metric(span=(0, 1)), "type", ("span",)),
    (
        "unknown actor kind",
        lambda: Actor(id="a", kind="robot", name="R"),
        "enum",
        ("kind",),
    ),
    (
        "empty actor name",
        lambda: Actor(id="a", kind="person", name="  "),
        "empty",
        ("name",),
    ),
    (
        "str where a collection is expected",
        lambda: Actor(id="a", kind="person", name="Li", aliases="Li Qiang"),
        "type",
        ("aliases",),
    ),
    (
        "wrong item in a collection",
        lambda: Actor(id="a", kind="person", name="Li", titles=["Premier", 3]),
        "type",
        ("titles", 1),
    ),
    (
        "unknown mode",
        lambda: Statement(
            cue="say", content="", content_span=Span(start=0, end=0), mode="shout"
        ),
        "enum",
        ("mode",),
    ),
    (
        "empty cue",
        lambda: Statement(cue="", content="", content_span=Span(start=0, end=0)),
        "empty",
        ("cue",),
    ),
    (
        "unknown force",
        lambda: Directive(action="", action_span=Span(start=0, end=0), force="must"),
        "enum",
        ("force",),
    ),
    (
        "negative statement index",
        lambda: Directive(
            action="",
            action_span=Span(start=0, end=0),
            force="obligation",
            statement=-1,
        ),
        "negative",
        ("statement",),
    ),
    (
        "non-bool negated",
        lambda: Directive(
            action="",
            action_span=Span(start=0, end=0),
            force="obligation",
            negated="yes",
        ),
        "type",
        ("negated",),
    ),
    ("str actors", lambda: Document(id="d", text="", actors="Li"), "type", ("actors",)),
    ("empty id", lambda: Document(id="", text=""), "empty", ("id",)),
    ("bytes text", lambda: Document(id="d", text=b"x"), "type", ("text",)),
]


@pytest.mark.parametrize(
    ("what", "build", "code", "path"), INVALID, ids=[c[0] for c in INVALID]
)
def test_invalid_model_raises_validation_error(what, build, code, path):  # noqa: ARG001
    """Each invariant raises a ValidationError with its code, field path and value."""
    with pytest.raises(ValidationError) as info:
        build()
    assert (code, path) == (info.value.code, info.value.path)
    assert isinstance(info.value, ValueError)
    assert str(path[0]) in str(info.value)


def test_validation_error_names_the_value():
    """The message shows the offending value with repr()."""
    with pytest.raises(ValidationError) as info:
        metric(value=5.0, upper=4.5)
    assert 4.5 == info.value.value
    assert "4.5" in info.value.message


def test_document_cross_field_problems_raise_a_group():
    """Items that do not fit the text raise ValidationErrors listing all."""
    bad = Statement(
        speaker="Nobody", cue="say", content="zzz", content_span=Span(start=0, end=99)
    )
    with pytest.raises(ValidationErrors) as info:
        Document(id="d", text=TEXT, statements=[bad])
    codes = sorted(e.code for e in info.value.exceptions)
    assert ["span-bounds", "unknown-actor"] == codes


def test_collections_become_tuples():
    """Any iterable is stored as a tuple."""
    actor = Actor(
        id="a", kind="person", name="Li", aliases=iter(["Li Q."]), mentions=[]
    )
    assert (("Li Q.",), ()) == (actor.aliases, actor.mentions)


def test_enum_fields_accept_their_string_values():
    """Enum fields accept the wire values and store enum members."""
    d = Directive(action="", action_span=Span(start=0, end=0), force="obligation")
    assert Force.OBLIGATION is d.force
    m = metric(approx="about", basis="year-on-year")
    assert (Approx.ABOUT, Basis.YEAR_ON_YEAR) == (m.approx, m.basis)
    assert (
        Mode.INDIRECT
        is Statement(cue="say", content="", content_span=Span(start=0, end=0)).mode
    )


def test_int_metric_values_are_stored_as_floats():
    """An int value becomes a float, so equality does not depend on input type."""
    m = metric(value=5, upper=6)
    assert (5.0, 6.0) == (m.value, m.upper)
    assert float is type(m.value)


def test_metric_unit_family():
    """unit_family classifies fixed names, currencies and physical units."""
    assert UnitFamily.PERCENT == metric().unit_family
    assert UnitFamily.CURRENCY == metric(unit="CNY").unit_family
    assert UnitFamily.PHYSICAL == metric(unit="GW").unit_family


def test_span_helpers():
    """slice, len and overlaps follow Python slice semantics."""
    s = span_of("exports")
    assert "exports" == s.slice(TEXT)
    assert 7 == len(s)
    assert s.overlaps(Span(start=s.end - 1, end=s.end + 3))
    assert not s.overlaps(Span(start=s.end, end=s.end + 3))


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        (Period.year(2025), dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        (Period.years(2026, 2030), dt.date(2026, 1, 1), dt.date(2030, 12, 31)),
        (Period.half(2025, 2), dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
        (Period.quarter(2024, 1), dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        (Period.month(2024, 2), dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (Period.months(2026, 1, 5), dt.date(2026, 1, 1), dt.date(2026, 5, 31)),
        (Period.day(dt.date(2026, 3, 6)), dt.date(2026, 3, 6), dt.date(2026, 3, 6)),
        (Period.month(2025, 12), dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
    ],
)
def test_period_constructors(period, start, end):
    """Year, years, half, quarter, month(s) and day cover the right days."""
    assert (start, end) == (period.start, period.end)


def test_period_parse_and_helpers():
    """Period.parse reads a plan period; days and `in` work."""
    p = Period.parse("2026-30")
    assert Period.years(2026, 2030) == p
    assert dt.date(2027, 5, 1) in p
    assert "2027" not in p
    assert 365 == Period.year(2025).days


def test_period_parse_failure_is_a_parse_error():
    """An unreadable period raises ParseError, a PolicyDocsError and ValueError."""
    with pytest.raises(ParseError):
        Period.parse("sometime soon")


def test_evolve_revalidates():
    """attrs.evolve runs the validators again."""
    with pytest.raises(ValidationError):
        attrs.evolve(Span(start=0, end=3), end=-1)
    with pytest.raises(ValidationErrors):
        attrs.evolve(full_document(), text="short")


def test_models_are_frozen():
    """Assigning to a field raises."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Span(start=0, end=1).end = 5  # type: ignore[misc]


def test_models_pickle_and_hash():
    """Every model round-trips through pickle and is hashable."""
    doc = full_document()
    items = [
        doc,
        *doc.actors,
        *doc.statements,
        *doc.directives,
        *doc.metrics,
        Period.year(2025),
        Span(start=0, end=1),
    ]
    for item in items:
        assert item == pickle.loads(pickle.dumps(item))  # noqa: S301 - our own data
        assert hash(item) == hash(pickle.loads(pickle.dumps(item)))  # noqa: S301


def test_document_repr_is_short_and_actor_lookup_works():
    """repr() never prints the whole text; actor() finds by name or alias."""
    doc = attrs.evolve(full_document(), text=TEXT + " " * 5000)
    assert len(repr(doc)) < 300
    assert "Ministry of Commerce" == doc.actor("the ministry").name
    assert doc.actor("Nobody") is None


def test_directive_strength_orders_forces():
    """strength: obligation > demand > recommendation > encouragement > permission."""
    forces = [
        "commitment",
        "permission",
        "encouragement",
        "recommendation",
        "demand",
        "obligation",
    ]
    strengths = [
        Directive(action="", action_span=Span(start=0, end=0), force=f).strength
        for f in forces
    ]
    assert [0, 1, 2, 3, 4, 5] == strengths
