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
from typing import TYPE_CHECKING

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

# A module, not names: importing _grammar first imports Hypothesis, whose
# entry point imports this module while _grammar is still half-built.
from . import _grammar
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._strategy_builders import (
    _REALISTIC_DAYS,
    _actors,
    _directives,
    _document_diffs,
    _documents,
    _metrics,
    _names,
    _one_realistic_item,
    _periods_between,
    _spans_between,
    _statements,
    _texts,
    _units,
)
from ._strategy_checks import (
    _check_dates,
    _check_max,
    _check_range,
    _check_size,
    _check_strategy,
    _check_text,
    _limits,
    _or,
    _reads_as_call,
    _realistic_item,
)

if TYPE_CHECKING:
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


def __dir__() -> list[str]:
    return sorted(__all__)


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
    return _texts(min_size, max_size)


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
    return _names(max_size)


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
    return _units()


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


# --- models ---


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
    return _actors(text, ids, names, (min_mentions, max_mentions))


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
    if _realistic_item(realistic, text, speakers=speakers, dates=dates):
        return _one_realistic_item("statements")
    return _statements(text, speakers, dates)


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
    if _realistic_item(
        realistic,
        text,
        issuers=issuers,
        addressees=addressees,
        statement_indices=statement_indices,
    ):
        return _one_realistic_item("directives")
    return _directives(text, issuers, addressees, statement_indices)


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
    if _realistic_item(
        realistic,
        text,
        values=values,
        units=units,
        periods=periods,
        subjects=subjects,
    ):
        return _one_realistic_item("metrics")
    return _metrics(
        text,
        values=values,
        unit_strategy=units,
        period_strategy=periods,
        subjects=subjects,
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
