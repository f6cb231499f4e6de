"""The public strategies generate valid models and refuse bad options."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import policydocs
from policydocs import strategies as pst


@given(pst.documents())
def test_generated_documents_pass_check(doc):
    """Every generated document passes check() with no problem."""
    assert [] == policydocs.check(doc)


@given(st.from_type(policydocs.Document))
def test_from_type_document_is_registered(doc):
    """st.from_type(Document) uses the registered, valid-by-construction strategy."""
    assert [] == policydocs.check(doc)


@given(pst.documents())
def test_spans_point_into_the_documents_text(doc):
    """Stored content, action and metric text equal the text under their spans."""
    for s in doc.statements:
        assert s.content == " ".join(p.slice(doc.text) for p in s.parts)
        assert (s.content_span.start, s.content_span.end) == (
            s.parts[0].start,
            s.parts[-1].end,
        )
    for d in doc.directives:
        assert d.action == doc.text[d.action_span.start : d.action_span.end]
    for m in doc.metrics:
        assert m.text == doc.text[m.span.start : m.span.end]
    for a in doc.actors:
        assert all(span.end <= len(doc.text) for span in a.mentions)


@given(pst.documents())
def test_references_name_listed_actors(doc):
    """Speakers, issuers, addressees, subjects name listed actors; indices fit."""
    listed = {a.name for a in doc.actors}
    refs = [s.speaker for s in doc.statements]
    refs += [d.issuer for d in doc.directives] + [d.addressee for d in doc.directives]
    refs += [m.subject for m in doc.metrics]
    assert set() == {r for r in refs if r is not None} - listed
    for d in doc.directives:
        assert d.statement is None or 0 <= d.statement < len(doc.statements)
    if doc.published is not None:
        assert all(s.date is None or s.date <= doc.published for s in doc.statements)


@given(pst.documents(published=st.just(dt.date(2026, 3, 6)), max_statements=8))
def test_statement_dates_respect_a_fixed_publication_date(doc):
    """A published strategy option bounds every statement date."""
    assert all(s.date is None or s.date <= doc.published for s in doc.statements)


@given(
    st.one_of(
        pst.spans(),
        pst.periods(),
        pst.actors(),
        pst.statements(),
        pst.directives(),
        pst.metrics(),
    )
)
def test_model_strategies_build_valid_models(item):
    """Rebuilding a generated model with evolve() runs every validator and passes."""
    import attrs

    assert item == attrs.evolve(item)


@given(st.data())
def test_spans_in_stays_inside_the_text(data):
    """spans_in(text) gives 0 <= start <= end <= len(text), for texts of any size."""
    text = data.draw(pst.texts(min_size=1, max_size=None))
    span = data.draw(pst.spans_in(text))
    assert 0 <= span.start <= span.end <= len(text)


@given(pst.metrics(values=st.integers(-5, 5).map(float), units=st.just("percent")))
def test_metric_options_take_strategies(metric):
    """The values and units options replace the defaults."""
    assert -5.0 <= metric.value <= 5.0
    assert "percent" == metric.unit
    assert metric.upper is None or metric.upper >= metric.value


@given(pst.periods(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 12, 31)))
def test_periods_respect_bounds(period):
    """periods(min_value, max_value) keeps both ends inside the bounds."""
    assert dt.date(2020, 1, 1) <= period.start <= period.end <= dt.date(2020, 12, 31)


@given(st.builds(policydocs.Span, start=st.just(0), end=st.integers(0, 3)))
def test_builds_can_override_one_field(span):
    """st.builds(Model, field=...) works for the simple models."""
    assert 0 == span.start


BAD_OPTIONS = [
    (pst.texts, {"min_size": -1}),
    (pst.texts, {"min_size": 5, "max_size": 2}),
    (pst.texts, {"max_size": 1.5}),
    (pst.names, {"max_size": 0}),
    (pst.spans, {"min_value": -1}),
    (pst.spans, {"min_value": 5, "max_value": 1}),
    (pst.periods, {"min_value": dt.date(2021, 1, 1), "max_value": dt.date(2020, 1, 1)}),
    (pst.periods, {"min_value": "2020-01-01"}),
    (pst.actors, {"text": 3}),
    (pst.actors, {"ids": "a1"}),
    (pst.actors, {"max_mentions": -1}),
    (pst.statements, {"speakers": "Li"}),
    (pst.directives, {"statement_indices": 0}),
    (pst.metrics, {"values": 1.0}),
    (pst.documents, {"max_metrics": -1}),
    (pst.documents, {"texts": "hello"}),
]


@pytest.mark.parametrize(("factory", "kwargs"), BAD_OPTIONS)
def test_bad_options_raise_invalid_argument(factory, kwargs):
    """A bad option raises InvalidArgument at once, not at the first draw."""
    with pytest.raises(InvalidArgument):
        factory(**kwargs)


def test_spans_in_refuses_a_non_str():
    """spans_in() needs the text itself."""
    with pytest.raises(InvalidArgument):
        pst.spans_in(None)  # type: ignore[arg-type]


@given(pst.metrics(values=st.just(float("inf"))))
def _draw_infinite(metric):
    """Helper: drawing from a values strategy that yields inf."""


def test_an_infinite_value_strategy_is_refused():
    """A values strategy that yields a non-finite float raises InvalidArgument."""
    with pytest.raises(InvalidArgument):
        _draw_infinite()


def test_strategies_dir_is_all():
    """dir(policydocs.strategies) lists exactly the public names."""
    assert sorted(pst.__all__) == dir(pst)
