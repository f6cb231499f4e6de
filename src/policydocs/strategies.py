"""Hypothesis strategies for every policydocs model, valid by construction.

Use them in your own property-based tests (this module needs the ``testing``
extra, ``pip install policydocs[testing]``; ``import policydocs`` alone never
imports Hypothesis)::

    from hypothesis import given
    import policydocs
    from policydocs import strategies as pst

    @given(pst.documents())
    def test_round_trip(doc):
        assert doc == policydocs.loads(policydocs.dumps(doc))

Every generated :class:`~policydocs.Document` passes
:func:`policydocs.check` with no problem: each span points into the
document's own text and the stored ``content``, ``action`` or ``text`` equals
the spanned text; every speaker, issuer, addressee and subject names a listed
actor; statement dates are not after ``published``; a directive's
``statement`` index is in range.

Importing this module also registers the strategies, so
``st.from_type(policydocs.Document)`` works (Hypothesis also does this at
start-up through the ``hypothesis`` entry point).

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import math
from typing import TYPE_CHECKING, Final, Literal, ParamSpec, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

# A module, not names: importing _grammar first imports Hypothesis, whose
# entry point imports this module while _grammar is still half-built.
from . import _grammar
from ._models import _UNIT_RE as UNIT_RE
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._vocab import ActorKind, Approx, Basis, Force, Mode

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._diff import DocumentDiff

__all__ = [
    "actors",
    "directives",
    "document_diffs",
    "documents",
    "metrics",
    "names",
    "periods",
    "realistic_documents",
    "spans",
    "spans_in",
    "statements",
    "texts",
    "units",
]

_T = TypeVar("_T")
_P = ParamSpec("_P")
_Category = Literal["Cs", "Cc", "Zl", "Zp"]
#: Lone surrogates: no reader produces them and no JSON encoder writes them.
_NO_SURROGATES: Final[tuple[_Category, ...]] = ("Cs",)
#: Names stay on one line, so they survive the header-block format.
_ONE_LINE: Final[tuple[_Category, ...]] = ("Cs", "Cc", "Zl", "Zp")

#: Common units first, so shrinking goes towards "percent".
_COMMON_UNITS: Final = (
    "percent",
    "percentage_point",
    "count",
    "rank",
    "ratio",
    "CNY",
    "USD",
    "EUR",
    "GW",
    "t",
)


def __dir__() -> list[str]:
    return sorted(__all__)


# --- argument checks: bad options fail at once, not at the first draw ---


def _check_size(min_size: object, max_size: object) -> None:
    for name, value in (("min_size", min_size), ("max_size", max_size)):
        if value is None and name == "max_size":
            continue
        if type(value) is not int or value < 0:
            msg = f"{name}={value!r} must be a non-negative int"
            raise InvalidArgument(msg)
    if max_size is not None and min_size > max_size:  # type: ignore[operator]
        msg = f"min_size={min_size!r} is larger than max_size={max_size!r}"
        raise InvalidArgument(msg)


def _check_max(name: str, value: object) -> None:
    if type(value) is not int or value < 0:
        msg = f"{name}={value!r} must be a non-negative int"
        raise InvalidArgument(msg)


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        msg = (
            f"{name}={value!r} must be a Hypothesis strategy (or None for the default)"
        )
        raise InvalidArgument(msg)


def _check_text(value: object, *, required: bool = False) -> None:
    if (required or value is not None) and not isinstance(value, str):
        msg = f"text={value!r} must be a str" + (
            "" if required else " (or None to draw one)"
        )
        raise InvalidArgument(msg)


def _check_dates(min_value: object, max_value: object) -> None:
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not dt.date:
            msg = f"{name}={value!r} must be a datetime.date"
            raise InvalidArgument(msg)
    if min_value > max_value:  # type: ignore[operator]
        msg = f"min_value={min_value!r} is after max_value={max_value!r}"
        raise InvalidArgument(msg)


def _or(
    strategy: st.SearchStrategy[_T] | None, default: st.SearchStrategy[_T]
) -> st.SearchStrategy[_T]:
    return default if strategy is None else strategy


def _check_range(kind: str, low: object, high: object) -> None:
    """``min_<kind>`` and ``max_<kind>`` are non-negative ints, in order."""
    _check_max(f"min_{kind}", low)
    _check_max(f"max_{kind}", high)
    if low > high:  # type: ignore[operator]
        msg = f"min_{kind}={low!r} is larger than max_{kind}={high!r}"
        raise InvalidArgument(msg)


def _raw(made: Callable[_P, _T]) -> Callable[_P, _T]:
    """The builder behind a public strategy, for use inside other strategies."""
    return made.__wrapped__  # type: ignore[attr-defined,no-any-return]


#: Items of each kind when no maximum is given: small documents run fast.
_DEFAULT_MAX: Final = 4


def _limits(**counts: tuple[object, object]) -> dict[str, tuple[int, int]]:
    """Check each (min, max) pair; a missing max is ``max(4, min)``."""
    out = {}
    for kind, (low, high) in counts.items():
        _check_max(f"min_{kind}", low)
        top = max(_DEFAULT_MAX, low) if high is None else high  # type: ignore[call-overload]
        _check_range(kind, low, top)
        out[kind] = (low, top)
    return out  # type: ignore[return-value]


def _reads_as_call(
    build: Callable[_P, st.SearchStrategy[_T]],
) -> Callable[_P, st.SearchStrategy[_T]]:
    """Make ``build``'s strategies print as the call that made them.

    Hypothesis prints a strategy as the function that drew it, so without
    this ``documents(min_metrics=2)`` would print as ``_documents(...)`` with
    every private argument. The options are checked at once, when the
    strategy is made, and the strategy is built again from them per draw.
    """
    signature = inspect.signature(build)
    draw_param = inspect.Parameter("draw", inspect.Parameter.POSITIONAL_ONLY)

    def draw_built(draw: st.DrawFn, /, *args: object, **kwargs: object) -> object:
        return draw(build(*args, **kwargs))  # type: ignore[arg-type]

    # Hypothesis reads the name and signature to print the call, leaving out
    # options at their defaults.
    draw_built.__dict__["__signature__"] = signature.replace(
        parameters=[draw_param, *signature.parameters.values()]
    )
    draw_built.__name__ = draw_built.__qualname__ = build.__name__
    as_call = st.composite(draw_built)

    @functools.wraps(build)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> st.SearchStrategy[_T]:
        build(*args, **kwargs)  # bad options fail here, not at the first draw
        return as_call(*args, **kwargs)  # type: ignore[return-value]

    return checked


# --- per-field strategies ---


@_reads_as_call
def texts(*, min_size: int = 0, max_size: int | None = 200) -> st.SearchStrategy[str]:
    """Document bodies: text over every Unicode category except lone surrogates.

    Surrogates are left out because no reader can produce them (they map to
    U+FFFD) and no JSON encoder can write them; everything else, control
    characters, NUL, CJK, right-to-left and combining marks included, is fair.

    >>> from hypothesis import given
    >>> @given(texts(max_size=10))
    ... def test(text):
    ...     assert len(text) <= 10
    >>> test()

    Args:
        min_size: At least this many characters; 0 by default.
        max_size: At most this many characters; 200 by default, None for no
            bound.

    Returns:
        A strategy drawing str.

    Raises:
        InvalidArgument: a size is not a non-negative int, or ``min_size``
            is above ``max_size``.

    .. versionadded:: 0.1
    """
    _check_size(min_size, max_size)
    return st.text(
        st.characters(exclude_categories=_NO_SURROGATES),
        min_size=min_size,
        max_size=max_size,
    )


@_reads_as_call
def names(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank single-line strings, for actor names, ids, cues and triggers.

    >>> from hypothesis import given
    >>> @given(names(max_size=8))
    ... def test(name):
    ...     assert name.strip() and len(name.splitlines()) == 1
    >>> test()

    Args:
        max_size: At most this many characters (at least 1); 40 by default.

    Returns:
        A strategy drawing str with at least one non-space character and no
        line break.

    Raises:
        InvalidArgument: ``max_size`` is not an int of at least 1.

    .. versionadded:: 0.1
    """
    _check_max("max_size", max_size)
    if max_size < 1:
        msg = f"max_size={max_size!r} must be at least 1: a name is never empty"
        raise InvalidArgument(msg)
    return st.text(
        st.characters(exclude_categories=_ONE_LINE),
        min_size=1,
        max_size=max_size,
    ).filter(lambda s: bool(s.strip()))


@_reads_as_call
def units() -> st.SearchStrategy[str]:
    """Unit names that :class:`~policydocs.Metric` accepts: common ones first, then any.

    >>> from hypothesis import given
    >>> from policydocs import Metric, Span
    >>> @given(units())
    ... def test(unit):
    ...     Metric(text="", span=Span(start=0, end=0), value=1.0, unit=unit)
    >>> test()

    Returns:
        A strategy drawing str: a common unit ("percent", "CNY", "GW" ...) or
        any string the unit pattern of :class:`~policydocs.Metric` accepts.

    .. versionadded:: 0.1
    """
    return st.sampled_from(_COMMON_UNITS) | st.from_regex(UNIT_RE, fullmatch=True)


@_reads_as_call
def spans(*, min_value: int = 0, max_value: int = 10_000) -> st.SearchStrategy[Span]:
    """Spans whose offsets lie between ``min_value`` and ``max_value``.

    >>> from hypothesis import given
    >>> @given(spans(max_value=5))
    ... def test(span):
    ...     assert 0 <= span.start <= span.end <= 5
    >>> test()

    Args:
        min_value: The lowest offset; 0 by default.
        max_value: The highest offset; 10,000 by default.

    Returns:
        A strategy drawing :class:`~policydocs.Span` (empty spans included).

    Raises:
        InvalidArgument: a bound is not a non-negative int, or ``min_value``
            is above ``max_value``.

    .. versionadded:: 0.1
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        _check_max(name, value)
    if min_value > max_value:
        msg = f"min_value={min_value!r} is larger than max_value={max_value!r}"
        raise InvalidArgument(msg)
    return _spans_between(min_value, max_value)


@st.composite
def _spans_between(draw: st.DrawFn, low: int, high: int) -> Span:
    start = draw(st.integers(low, high))
    end = draw(st.integers(start, high))
    return Span(start=start, end=end)


@_reads_as_call
def spans_in(text: str, /) -> st.SearchStrategy[Span]:
    """Spans that point into ``text`` (``0 <= start <= end <= len(text)``).

    >>> from hypothesis import given
    >>> @given(spans_in("Exports rose."))
    ... def test(span):
    ...     assert span.end <= len("Exports rose.")
    >>> test()

    Args:
        text: The text the spans point into.

    Returns:
        A strategy drawing :class:`~policydocs.Span` (empty spans included).

    Raises:
        InvalidArgument: ``text`` is not a str.

    .. versionadded:: 0.1
    """
    _check_text(text, required=True)
    return _spans_between(0, len(text))


_spans_in = _raw(spans_in)


@_reads_as_call
def periods(
    *, min_value: dt.date = dt.date.min, max_value: dt.date = dt.date.max
) -> st.SearchStrategy[Period]:
    """Periods whose start and end lie between ``min_value`` and ``max_value``.

    >>> from hypothesis import given
    >>> @given(periods(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
    ... def test(period):
    ...     assert period.start <= period.end
    >>> test()

    Args:
        min_value: The earliest day; ``datetime.date.min`` by default.
        max_value: The latest day; ``datetime.date.max`` by default.

    Returns:
        A strategy drawing :class:`~policydocs.Period` (one-day periods
        included).

    Raises:
        InvalidArgument: a bound is not a ``datetime.date`` (a datetime is
            refused too), or ``min_value`` is after ``max_value``.

    .. versionadded:: 0.1
    """
    _check_dates(min_value, max_value)
    return _periods_between(min_value, max_value)


@st.composite
def _periods_between(draw: st.DrawFn, low: dt.date, high: dt.date) -> Period:
    start = draw(st.dates(low, high))
    end = draw(st.dates(start, high))
    return Period(start=start, end=end)


def _finite_floats() -> st.SearchStrategy[float]:
    return st.floats(allow_nan=False, allow_infinity=False)


# --- models ---


@st.composite
def _text_or_drawn(draw: st.DrawFn, text: str | None) -> str:
    return draw(_texts()) if text is None else text


@_reads_as_call
def actors(
    *,
    text: str | None = None,
    ids: st.SearchStrategy[str] | None = None,
    names: st.SearchStrategy[str] | None = None,
    min_mentions: int = 0,
    max_mentions: int = 3,
) -> st.SearchStrategy[Actor]:
    """Actors whose mention spans point into ``text`` (drawn when None).

    >>> from hypothesis import given
    >>> @given(actors(text="Premier Li Qiang said", max_mentions=2))
    ... def test(actor):
    ...     assert all(m.end <= 21 for m in actor.mentions)
    >>> test()

    Args:
        text: The body the mentions point into; a fresh one per example when None.
        ids: Strategy for ``id``; non-blank strings by default.
        names: Strategy for the canonical ``name``.
        min_mentions: At least this many mention spans; 0 by default.
        max_mentions: At most this many mention spans; 3 by default.

    Returns:
        A strategy drawing :class:`~policydocs.Actor`.

    Raises:
        InvalidArgument: ``text`` is neither a str nor None, ``ids`` or
            ``names`` is not a strategy, a mention count is not a
            non-negative int, or ``min_mentions`` is above ``max_mentions``.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``min_mentions``.
    """
    _check_text(text)
    _check_strategy("ids", ids)
    _check_strategy("names", names)
    _check_range("mentions", min_mentions, max_mentions)
    return _actors(
        text, _or(ids, _names()), _or(names, _names()), (min_mentions, max_mentions)
    )


# `names` is shadowed by the keyword of the same name inside actors().
_names = _raw(names)


@st.composite
def _actors(
    draw: st.DrawFn,
    text: str | None,
    ids: st.SearchStrategy[str],
    name_strategy: st.SearchStrategy[str],
    mentions: tuple[int, int],
) -> Actor:
    body = draw(_text_or_drawn(text))
    return Actor(
        id=draw(ids),
        kind=draw(st.sampled_from(ActorKind)),
        name=draw(name_strategy),
        aliases=draw(st.lists(_names(), max_size=2)),
        titles=draw(st.lists(_names(), max_size=2)),
        mentions=draw(
            st.lists(_spans_in(body), min_size=mentions[0], max_size=mentions[1])
        ),
    )


@_reads_as_call
def statements(
    *,
    text: str | None = None,
    speakers: st.SearchStrategy[str | None] | None = None,
    dates: st.SearchStrategy[dt.date | None] | None = None,
    realistic: bool = False,
) -> st.SearchStrategy[Statement]:
    """Statements whose ``content`` is the text under their ``parts``.

    Most have one part, ``content_span`` itself; some are split quotes of
    several pieces, whose content is the pieces' texts joined by a space.

    >>> from hypothesis import given, strategies as st
    >>> body = "Li said exports rose."
    >>> @given(statements(text=body, speakers=st.just("Li Qiang")))
    ... def test(said):
    ...     assert said.content == " ".join(p.slice(body) for p in said.parts)
    >>> test()

    Args:
        text: The body the spans point into; a fresh one per example when None.
        speakers: Strategy for ``speaker``; any name or None by default (pass
            ``st.sampled_from(actor_names)`` to stay inside a document).
        dates: Strategy for ``date``; any date or None by default.
        realistic: Draw instead the statement of one English sentence from
            :func:`realistic_documents` (its spans point into that
            document's text); the other options must then be left out.

    Returns:
        A strategy drawing :class:`~policydocs.Statement`.

    Raises:
        InvalidArgument: ``text`` is neither a str nor None, ``speakers`` or
            ``dates`` is not a strategy, ``realistic`` is not a bool, or
            ``realistic`` is combined with another option.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``realistic``.
    """
    _check_text(text)
    _check_strategy("speakers", speakers)
    _check_strategy("dates", dates)
    if _realistic_only(realistic, text=text, speakers=speakers, dates=dates):
        return _one_realistic("statements").map(lambda d: d.statements[0])
    return _statements(
        text, _or(speakers, st.none() | _names()), _or(dates, st.none() | st.dates())
    )


@st.composite
def _statements(
    draw: st.DrawFn,
    text: str | None,
    speakers: st.SearchStrategy[str | None],
    dates: st.SearchStrategy[dt.date | None],
) -> Statement:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    # A split quote: cut points inside the span give pieces in order, the
    # first starting and the last ending where the span does.
    cuts = draw(
        st.lists(st.integers(span.start, span.end), max_size=4, unique=True).map(sorted)
    )
    if len(cuts) % 2:
        cuts = cuts[:-1]
    bounds = [span.start, *cuts, span.end]
    parts = tuple(
        Span(start=bounds[i], end=bounds[i + 1]) for i in range(0, len(bounds), 2)
    )
    return Statement(
        speaker=draw(speakers),
        cue=draw(_names(max_size=20)),
        content=" ".join(p.slice(body) for p in parts),
        content_span=span,
        parts=parts,
        mode=draw(st.sampled_from(Mode)),
        date=draw(dates),
        cue_span=draw(st.none() | _spans_in(body)),
        speaker_span=draw(st.none() | _spans_in(body)),
        rule=draw(st.text(max_size=20)),
    )


@_reads_as_call
def directives(
    *,
    text: str | None = None,
    issuers: st.SearchStrategy[str | None] | None = None,
    addressees: st.SearchStrategy[str | None] | None = None,
    statement_indices: st.SearchStrategy[int | None] | None = None,
    realistic: bool = False,
) -> st.SearchStrategy[Directive]:
    """Directives whose ``action`` is the text under ``action_span``.

    >>> from hypothesis import given, strategies as st
    >>> @given(directives(text="Ports must cut fees.", addressees=st.none()))
    ... def test(directive):
    ...     assert directive.addressee is None
    >>> test()

    Args:
        text: The body the spans point into; a fresh one per example when None.
        issuers: Strategy for ``issuer``; any name or None by default.
        addressees: Strategy for ``addressee``; any name or None by default.
        statement_indices: Strategy for ``statement``, the index of the
            statement the directive sits in; None by default, since a
            directive alone has no statements to point at.
        realistic: Draw instead the directive of one English sentence from
            :func:`realistic_documents`; the other options must then be left
            out.

    Returns:
        A strategy drawing :class:`~policydocs.Directive`.

    Raises:
        InvalidArgument: ``text`` is neither a str nor None, an option meant
            to be a strategy is not one, ``realistic`` is not a bool, or
            ``realistic`` is combined with another option.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``realistic``.
    """
    _check_text(text)
    for name, value in (
        ("issuers", issuers),
        ("addressees", addressees),
        ("statement_indices", statement_indices),
    ):
        _check_strategy(name, value)
    if _realistic_only(
        realistic,
        text=text,
        issuers=issuers,
        addressees=addressees,
        statement_indices=statement_indices,
    ):
        return _one_realistic("directives").map(lambda d: d.directives[0])
    return _directives(
        text,
        _or(issuers, st.none() | _names()),
        _or(addressees, st.none() | _names()),
        _or(statement_indices, st.none()),
    )


@st.composite
def _directives(
    draw: st.DrawFn,
    text: str | None,
    issuers: st.SearchStrategy[str | None],
    addressees: st.SearchStrategy[str | None],
    statement_indices: st.SearchStrategy[int | None],
) -> Directive:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    return Directive(
        issuer=draw(issuers),
        addressee=draw(addressees),
        action=span.slice(body),
        action_span=span,
        force=draw(st.sampled_from(Force)),
        negated=draw(st.booleans()),
        trigger=draw(st.text(max_size=20)),
        trigger_span=draw(st.none() | _spans_in(body)),
        statement=draw(statement_indices),
        rule=draw(st.text(max_size=20)),
    )


@_reads_as_call
def metrics(
    *,
    text: str | None = None,
    values: st.SearchStrategy[float] | None = None,
    units: st.SearchStrategy[str] | None = None,
    periods: st.SearchStrategy[Period | None] | None = None,
    subjects: st.SearchStrategy[str | None] | None = None,
    realistic: bool = False,
) -> st.SearchStrategy[Metric]:
    """Metrics whose ``text`` is the text under ``span``, with ``upper >= value``.

    >>> from hypothesis import given, strategies as st
    >>> @given(metrics(values=st.floats(0, 100), units=st.just("percent")))
    ... def test(metric):
    ...     assert 0 <= metric.value <= 100 and metric.unit == "percent"
    >>> test()

    Args:
        text: The body the span points into; a fresh one per example when None.
        values: Strategy for ``value``; any finite float by default.
        units: Strategy for ``unit``; see :func:`units`.
        periods: Strategy for ``period``; any period or None by default.
        subjects: Strategy for ``subject``; any name or None by default.
        realistic: Draw instead the metric of one English sentence from
            :func:`realistic_documents`, with a value in a sensible range, a
            unit and a period shortly before publication; the other options
            must then be left out.

    Returns:
        A strategy drawing :class:`~policydocs.Metric`.

    Raises:
        InvalidArgument: ``text`` is neither a str nor None, an option meant
            to be a strategy is not one, ``realistic`` is not a bool, or
            ``realistic`` is combined with another option; when drawing, the
            ``values`` strategy gives a NaN or an infinity.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``realistic``.
    """
    _check_text(text)
    for name, value in (
        ("values", values),
        ("units", units),
        ("periods", periods),
        ("subjects", subjects),
    ):
        _check_strategy(name, value)
    if _realistic_only(
        realistic,
        text=text,
        values=values,
        units=units,
        periods=periods,
        subjects=subjects,
    ):
        return _one_realistic("metrics").map(lambda d: d.metrics[0])
    return _metrics(
        text,
        values=_or(values, _finite_floats()),
        unit_strategy=_or(units, _units()),
        period_strategy=_or(periods, st.none() | _periods()),
        subjects=_or(subjects, st.none() | _names()),
    )


_units = _raw(units)
_periods = _raw(periods)


@st.composite
def _metrics(
    draw: st.DrawFn,
    text: str | None,
    *,
    values: st.SearchStrategy[float],
    unit_strategy: st.SearchStrategy[str],
    period_strategy: st.SearchStrategy[Period | None],
    subjects: st.SearchStrategy[str | None],
) -> Metric:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    value = draw(values)
    if not math.isfinite(value):
        msg = f"the values strategy drew {value!r}; a metric's value must be finite"
        raise InvalidArgument(msg)
    upper = draw(
        st.none() | st.floats(min_value=value, allow_nan=False, allow_infinity=False)
    )
    return Metric(
        text=span.slice(body),
        span=span,
        value=value,
        upper=upper,
        unit=draw(unit_strategy),
        approx=draw(st.none() | st.sampled_from(Approx)),
        period=draw(period_strategy),
        basis=draw(st.none() | st.sampled_from(Basis)),
        target=draw(st.booleans()),
        indicator=draw(st.none() | st.text(max_size=30)),
        subject=draw(subjects),
        rule=draw(st.text(max_size=20)),
    )


@_reads_as_call
def documents(
    *,
    texts: st.SearchStrategy[str] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    titles: st.SearchStrategy[str | None] | None = None,
    sources: st.SearchStrategy[str | None] | None = None,
    urls: st.SearchStrategy[str | None] | None = None,
    languages: st.SearchStrategy[str] | None = None,
    published: st.SearchStrategy[dt.date | None] | None = None,
    min_actors: int = 0,
    max_actors: int | None = None,
    min_statements: int = 0,
    max_statements: int | None = None,
    min_directives: int = 0,
    max_directives: int | None = None,
    min_metrics: int = 0,
    max_metrics: int | None = None,
) -> st.SearchStrategy[Document]:
    """Whole documents that pass :func:`policydocs.check` with no problem.

    Actors have unique ids and names; statements, directives and metrics
    refer only to listed actors, point into the document's text, and
    statement dates are never after ``published``.

    >>> from hypothesis import given
    >>> import policydocs
    >>> @given(documents(min_metrics=2, min_directives=1))
    ... def test(doc):
    ...     assert policydocs.check(doc) == []
    ...     assert len(doc.metrics) >= 2 and len(doc.directives) >= 1
    >>> test()

    The ``min_*`` counts are drawn, not filtered for, so they cost nothing.
    For documents of readable English whose items the extractor finds, see
    :func:`realistic_documents`.

    Args:
        texts: Strategy for the body; :func:`texts` by default.
        ids: Strategy for ``id``.
        titles: Strategy for ``title`` (None allowed).
        sources: Strategy for ``source`` (None allowed).
        urls: Strategy for ``url`` (None allowed).
        languages: Strategy for ``language``.
        published: Strategy for ``published`` (None allowed).
        min_actors: At least this many actors.
        max_actors: At most this many actors; ``max(4, min_actors)`` when None.
        min_statements: At least this many statements.
        max_statements: At most this many; ``max(4, min_statements)`` when None.
        min_directives: At least this many directives.
        max_directives: At most this many; ``max(4, min_directives)`` when None.
        min_metrics: At least this many metrics.
        max_metrics: At most this many; ``max(4, min_metrics)`` when None.

    Returns:
        A strategy drawing :class:`~policydocs.Document`.

    Raises:
        InvalidArgument: an option is not a strategy, a count is negative, or
            a minimum is above its maximum.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``min_actors``, ``min_statements``, ``min_directives``, ``min_metrics``.
    """
    options = {
        "texts": texts,
        "ids": ids,
        "titles": titles,
        "sources": sources,
        "urls": urls,
        "languages": languages,
        "published": published,
    }
    for name, value in options.items():
        _check_strategy(name, value)
    limits = _limits(
        actors=(min_actors, max_actors),
        statements=(min_statements, max_statements),
        directives=(min_directives, max_directives),
        metrics=(min_metrics, max_metrics),
    )
    optional_text = st.none() | st.text(max_size=40)
    return _documents(
        body_strategy=_or(texts, _texts()),
        ids=_or(ids, _names()),
        titles=_or(titles, optional_text),
        sources=_or(sources, optional_text),
        urls=_or(urls, optional_text),
        languages=_or(
            languages, st.sampled_from(("en", "zh", "fr", "de")) | _names(max_size=8)
        ),
        published_strategy=_or(published, st.none() | st.dates()),
        limits=limits,
    )


_texts = _raw(texts)
_raw_actors = _raw(actors)
_raw_statements = _raw(statements)
_raw_directives = _raw(directives)
_raw_metrics = _raw(metrics)


@st.composite
def _documents(
    draw: st.DrawFn,
    *,
    body_strategy: st.SearchStrategy[str],
    ids: st.SearchStrategy[str],
    titles: st.SearchStrategy[str | None],
    sources: st.SearchStrategy[str | None],
    urls: st.SearchStrategy[str | None],
    languages: st.SearchStrategy[str],
    published_strategy: st.SearchStrategy[dt.date | None],
    limits: dict[str, tuple[int, int]],
) -> Document:
    text = draw(body_strategy)
    published = draw(published_strategy)
    low, high = limits["actors"]
    actor_names = draw(st.lists(_names(), unique=True, min_size=low, max_size=high))
    actor_ids = draw(
        st.lists(
            _names(max_size=12),
            unique=True,
            min_size=len(actor_names),
            max_size=len(actor_names),
        )
    )
    listed = tuple(
        draw(_raw_actors(text=text, ids=st.just(actor_id), names=st.just(name)))
        for actor_id, name in zip(actor_ids, actor_names, strict=True)
    )
    refs: st.SearchStrategy[str | None] = st.none()
    if actor_names:
        refs = st.none() | st.sampled_from(actor_names)
    dates: st.SearchStrategy[dt.date | None] = st.none() | st.dates(
        max_value=published or dt.date.max
    )
    said = tuple(
        draw(
            st.lists(
                _raw_statements(text=text, speakers=refs, dates=dates),
                min_size=limits["statements"][0],
                max_size=limits["statements"][1],
            )
        )
    )
    indices: st.SearchStrategy[int | None] = st.none()
    if said:
        indices = st.none() | st.integers(0, len(said) - 1)
    asked = draw(
        st.lists(
            _raw_directives(
                text=text, issuers=refs, addressees=refs, statement_indices=indices
            ),
            min_size=limits["directives"][0],
            max_size=limits["directives"][1],
        )
    )
    low, high = limits["metrics"]
    measured = draw(
        st.lists(_raw_metrics(text=text, subjects=refs), min_size=low, max_size=high)
    )
    return Document(
        id=draw(ids),
        text=text,
        title=draw(titles),
        published=published,
        source=draw(sources),
        url=draw(urls),
        language=draw(languages),
        actors=listed,
        statements=said,
        directives=asked,
        metrics=measured,
    )


@_reads_as_call
def document_diffs(
    *, docs: st.SearchStrategy[Document] | None = None
) -> st.SearchStrategy[DocumentDiff]:
    """Diffs of two drawn documents: unrelated ones, or one and an edited copy.

    The edited copy keeps some of the first document's directives and metrics
    with their force, negation or value changed, so that "changed" items are
    drawn as well as added and removed ones.

    >>> from hypothesis import given
    >>> @given(document_diffs())
    ... def test(d):
    ...     assert all(c.kind in ("added", "removed", "changed") for c in d)
    >>> test()

    Args:
        docs: Strategy for each side; :func:`documents` by default.

    Returns:
        A strategy drawing :class:`~policydocs.DocumentDiff`.

    Raises:
        InvalidArgument: ``docs`` is neither a strategy nor None.

    .. versionadded:: 0.2.0
    """
    _check_strategy("docs", docs)
    return _document_diffs(_or(docs, documents()))


@st.composite
def _document_diffs(draw: st.DrawFn, docs: st.SearchStrategy[Document]) -> DocumentDiff:
    from ._diff import diff

    old = draw(docs)
    if draw(st.booleans()):
        return diff(old, draw(docs))
    directives = tuple(
        attrs.evolve(d, negated=not d.negated) if draw(st.booleans()) else d
        for d in old.directives
    )
    metrics = tuple(
        attrs.evolve(m, value=m.value + 1, upper=None) if draw(st.booleans()) else m
        for m in old.metrics
    )
    return diff(old, attrs.evolve(old, directives=directives, metrics=metrics))


#: Publication dates of realistic documents when not given.
_REALISTIC_DAYS: Final = st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31))


@_reads_as_call
def realistic_documents(
    *,
    published: st.SearchStrategy[dt.date] | None = None,
    min_statements: int = 0,
    max_statements: int | None = None,
    min_directives: int = 0,
    max_directives: int | None = None,
    min_metrics: int = 0,
    max_metrics: int | None = None,
) -> st.SearchStrategy[Document]:
    """Documents of English policy prose whose items the extractor finds again.

    The text is a few paragraphs built from a small grammar: attributions
    (``Finance Minister Ana Ortiz said on Tuesday that …``, quotations,
    ``According to the Ministry of Finance, …``), directives with the forces
    obligation (must, need to), recommendation (should), commitment (will)
    and encouragement (are encouraged to), some negated, and metrics with
    units (percent, yuan, euros, dollars, GW, jobs), periods of the two years
    before publication, and indicators. Names are plausible, values in
    sensible ranges, statement dates the latest given weekday on or before
    ``published``. The drawn statements, directives and metrics are the
    items of the sentences, written down with the text, not found by
    running the extractor; so ``policydocs.parse(doc.text,
    published=doc.published, source=doc.source)`` gives them back, which
    makes this both a property test of the extractor and fixtures for
    exporters, dashboards and snapshot tests.

    The extractor does not yet find ``demand`` or ``permission`` directives
    in plain sentences ("The union demanded that …", "Firms may …"), so the
    grammar has none; nor does it write split quotes.

    >>> from hypothesis import given
    >>> import policydocs
    >>> @given(realistic_documents(min_metrics=1, max_statements=2))
    ... def test(doc):
    ...     assert policydocs.check(doc) == []
    ...     assert doc.metrics and doc.metrics[0].period is not None
    >>> test()

    Args:
        published: Strategy for the publication date; any day from 2000 to
            2035 by default.
        min_statements: At least this many statements.
        max_statements: At most this many (each has its own speaker, so at
            most 20); ``max(4, min_statements)`` when None.
        min_directives: At least this many directives.
        max_directives: At most this many; ``max(4, min_directives)`` when None.
        min_metrics: At least this many metrics.
        max_metrics: At most this many; ``max(4, min_metrics)`` when None.

    Returns:
        A strategy drawing :class:`~policydocs.Document` that pass
        :func:`policydocs.check`.

    Raises:
        InvalidArgument: a count is negative or too large, a minimum is
            above its maximum, or ``published`` is not a strategy.

    .. versionadded:: 0.2.0
    """
    _check_strategy("published", published)
    limits = _limits(
        statements=(min_statements, max_statements),
        directives=(min_directives, max_directives),
        metrics=(min_metrics, max_metrics),
    )
    if limits["statements"][1] > _grammar.MAX_SPEAKERS:
        msg = (
            f"max_statements={limits['statements'][1]!r} is more than "
            f"{_grammar.MAX_SPEAKERS}, the speakers the grammar has"
        )
        raise InvalidArgument(msg)
    counts = _grammar.Counts(
        *limits["statements"], *limits["directives"], *limits["metrics"]
    )
    return _grammar.realistic(counts, _or(published, _REALISTIC_DAYS))


def _realistic_only(realistic: object, **options: object) -> bool:
    """Whether an item strategy is asked for a realistic item, and may be."""
    if type(realistic) is not bool:
        msg = f"realistic={realistic!r} must be True or False"
        raise InvalidArgument(msg)
    given = [name for name, value in options.items() if value is not None]
    if realistic and given:
        msg = (
            f"{given[0]}= cannot be combined with realistic=True: a realistic "
            "item comes with its own sentence and values"
        )
        raise InvalidArgument(msg)
    return realistic


def _one_realistic(kind: str) -> st.SearchStrategy[Document]:
    counts = {k: (1, 1) if k == kind else (0, 0) for k in _KINDS}
    return _grammar.realistic(
        _grammar.Counts(
            *counts["statements"], *counts["directives"], *counts["metrics"]
        ),
        _REALISTIC_DAYS,
    )


_KINDS: Final = ("statements", "directives", "metrics")


def _register() -> None:
    st.register_type_strategy(Span, spans())
    st.register_type_strategy(Period, periods())
    st.register_type_strategy(Actor, actors())
    st.register_type_strategy(Statement, statements())
    st.register_type_strategy(Directive, directives())
    st.register_type_strategy(Metric, metrics())
    st.register_type_strategy(Document, documents())
    from ._diff import DocumentDiff

    st.register_type_strategy(DocumentDiff, document_diffs())


_register()
