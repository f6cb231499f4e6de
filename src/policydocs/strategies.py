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
import math
from typing import Final, Literal, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from ._models import _UNIT_RE as UNIT_RE
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._vocab import ActorKind, Approx, Basis, Force, Mode

__all__ = [
    "actors",
    "directives",
    "documents",
    "metrics",
    "names",
    "periods",
    "spans",
    "spans_in",
    "statements",
    "texts",
    "units",
]

_T = TypeVar("_T")
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


# --- per-field strategies ---


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

    .. versionadded:: 0.1
    """
    _check_size(min_size, max_size)
    return st.text(
        st.characters(exclude_categories=_NO_SURROGATES),
        min_size=min_size,
        max_size=max_size,
    )


def names(*, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-blank single-line strings, for actor names, ids, cues and triggers.

    >>> from hypothesis import given
    >>> @given(names(max_size=8))
    ... def test(name):
    ...     assert name.strip() and len(name.splitlines()) == 1
    >>> test()

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


def units() -> st.SearchStrategy[str]:
    """Unit names that :class:`~policydocs.Metric` accepts: common ones first, then any.

    >>> from hypothesis import given
    >>> from policydocs import Metric, Span
    >>> @given(units())
    ... def test(unit):
    ...     Metric(text="", span=Span(start=0, end=0), value=1.0, unit=unit)
    >>> test()

    .. versionadded:: 0.1
    """
    return st.sampled_from(_COMMON_UNITS) | st.from_regex(UNIT_RE, fullmatch=True)


def spans(*, min_value: int = 0, max_value: int = 10_000) -> st.SearchStrategy[Span]:
    """Spans whose offsets lie between ``min_value`` and ``max_value``.

    >>> from hypothesis import given
    >>> @given(spans(max_value=5))
    ... def test(span):
    ...     assert 0 <= span.start <= span.end <= 5
    >>> test()

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


def spans_in(text: str, /) -> st.SearchStrategy[Span]:
    """Spans that point into ``text`` (``0 <= start <= end <= len(text)``).

    >>> from hypothesis import given
    >>> @given(spans_in("Exports rose."))
    ... def test(span):
    ...     assert span.end <= len("Exports rose.")
    >>> test()

    .. versionadded:: 0.1
    """
    _check_text(text, required=True)
    return _spans_between(0, len(text))


def periods(
    *, min_value: dt.date = dt.date.min, max_value: dt.date = dt.date.max
) -> st.SearchStrategy[Period]:
    """Periods whose start and end lie between ``min_value`` and ``max_value``.

    >>> from hypothesis import given
    >>> @given(periods(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
    ... def test(period):
    ...     assert period.start <= period.end
    >>> test()

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
    return draw(texts()) if text is None else text


def actors(
    *,
    text: str | None = None,
    ids: st.SearchStrategy[str] | None = None,
    names: st.SearchStrategy[str] | None = None,
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
        max_mentions: At most this many mention spans.

    .. versionadded:: 0.1
    """
    _check_text(text)
    _check_strategy("ids", ids)
    _check_strategy("names", names)
    _check_max("max_mentions", max_mentions)
    return _actors(text, _or(ids, _names()), _or(names, _names()), max_mentions)


# `names` is shadowed by the keyword of the same name inside actors().
_names = names


@st.composite
def _actors(
    draw: st.DrawFn,
    text: str | None,
    ids: st.SearchStrategy[str],
    name_strategy: st.SearchStrategy[str],
    max_mentions: int,
) -> Actor:
    body = draw(_text_or_drawn(text))
    return Actor(
        id=draw(ids),
        kind=draw(st.sampled_from(ActorKind)),
        name=draw(name_strategy),
        aliases=draw(st.lists(_names(), max_size=2)),
        titles=draw(st.lists(_names(), max_size=2)),
        mentions=draw(st.lists(spans_in(body), max_size=max_mentions)),
    )


def statements(
    *,
    text: str | None = None,
    speakers: st.SearchStrategy[str | None] | None = None,
    dates: st.SearchStrategy[dt.date | None] | None = None,
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

    .. versionadded:: 0.1
    """
    _check_text(text)
    _check_strategy("speakers", speakers)
    _check_strategy("dates", dates)
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
    span = draw(spans_in(body))
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
        cue_span=draw(st.none() | spans_in(body)),
        speaker_span=draw(st.none() | spans_in(body)),
        rule=draw(st.text(max_size=20)),
    )


def directives(
    *,
    text: str | None = None,
    issuers: st.SearchStrategy[str | None] | None = None,
    addressees: st.SearchStrategy[str | None] | None = None,
    statement_indices: st.SearchStrategy[int | None] | None = None,
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

    .. versionadded:: 0.1
    """
    _check_text(text)
    for name, value in (
        ("issuers", issuers),
        ("addressees", addressees),
        ("statement_indices", statement_indices),
    ):
        _check_strategy(name, value)
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
    span = draw(spans_in(body))
    return Directive(
        issuer=draw(issuers),
        addressee=draw(addressees),
        action=span.slice(body),
        action_span=span,
        force=draw(st.sampled_from(Force)),
        negated=draw(st.booleans()),
        trigger=draw(st.text(max_size=20)),
        trigger_span=draw(st.none() | spans_in(body)),
        statement=draw(statement_indices),
        rule=draw(st.text(max_size=20)),
    )


def metrics(
    *,
    text: str | None = None,
    values: st.SearchStrategy[float] | None = None,
    units: st.SearchStrategy[str] | None = None,
    periods: st.SearchStrategy[Period | None] | None = None,
    subjects: st.SearchStrategy[str | None] | None = None,
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

    .. versionadded:: 0.1
    """
    _check_text(text)
    for name, value in (
        ("values", values),
        ("units", units),
        ("periods", periods),
        ("subjects", subjects),
    ):
        _check_strategy(name, value)
    return _metrics(
        text,
        values=_or(values, _finite_floats()),
        unit_strategy=_or(units, _units()),
        period_strategy=_or(periods, st.none() | _periods()),
        subjects=_or(subjects, st.none() | _names()),
    )


_units = units
_periods = periods


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
    span = draw(spans_in(body))
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


def documents(
    *,
    texts: st.SearchStrategy[str] | None = None,
    ids: st.SearchStrategy[str] | None = None,
    titles: st.SearchStrategy[str | None] | None = None,
    sources: st.SearchStrategy[str | None] | None = None,
    urls: st.SearchStrategy[str | None] | None = None,
    languages: st.SearchStrategy[str] | None = None,
    published: st.SearchStrategy[dt.date | None] | None = None,
    max_actors: int = 4,
    max_statements: int = 4,
    max_directives: int = 4,
    max_metrics: int = 4,
) -> st.SearchStrategy[Document]:
    """Whole documents that pass :func:`policydocs.check` with no problem.

    Actors have unique ids and names; statements, directives and metrics
    refer only to listed actors, point into the document's text, and
    statement dates are never after ``published``.

    >>> from hypothesis import given
    >>> import policydocs
    >>> @given(documents(max_metrics=2))
    ... def test(doc):
    ...     assert policydocs.check(doc) == []
    >>> test()

    Args:
        texts: Strategy for the body; :func:`texts` by default.
        ids: Strategy for ``id``.
        titles: Strategy for ``title`` (None allowed).
        sources: Strategy for ``source`` (None allowed).
        urls: Strategy for ``url`` (None allowed).
        languages: Strategy for ``language``.
        published: Strategy for ``published`` (None allowed).
        max_actors: At most this many actors.
        max_statements: At most this many statements.
        max_directives: At most this many directives.
        max_metrics: At most this many metrics.

    Raises:
        InvalidArgument: an option is not a strategy or a count is negative.

    .. versionadded:: 0.1
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
    limits = (max_actors, max_statements, max_directives, max_metrics)
    for name, limit in zip(
        ("max_actors", "max_statements", "max_directives", "max_metrics"),
        limits,
        strict=True,
    ):
        _check_max(name, limit)
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


_texts = texts


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
    limits: tuple[int, int, int, int],
) -> Document:
    max_actors, max_statements, max_directives, max_metrics = limits
    text = draw(body_strategy)
    published = draw(published_strategy)
    actor_names = draw(st.lists(_names(), unique=True, max_size=max_actors))
    actor_ids = draw(
        st.lists(
            _names(max_size=12),
            unique=True,
            min_size=len(actor_names),
            max_size=len(actor_names),
        )
    )
    listed = tuple(
        draw(actors(text=text, ids=st.just(actor_id), names=st.just(name)))
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
                statements(text=text, speakers=refs, dates=dates),
                max_size=max_statements,
            )
        )
    )
    indices: st.SearchStrategy[int | None] = st.none()
    if said:
        indices = st.none() | st.integers(0, len(said) - 1)
    asked = draw(
        st.lists(
            directives(
                text=text, issuers=refs, addressees=refs, statement_indices=indices
            ),
            max_size=max_directives,
        )
    )
    measured = draw(st.lists(metrics(text=text, subjects=refs), max_size=max_metrics))
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


def _register() -> None:
    st.register_type_strategy(Span, spans())
    st.register_type_strategy(Period, periods())
    st.register_type_strategy(Actor, actors())
    st.register_type_strategy(Statement, statements())
    st.register_type_strategy(Directive, directives())
    st.register_type_strategy(Metric, metrics())
    st.register_type_strategy(Document, documents())


_register()
