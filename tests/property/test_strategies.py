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
    (pst.documents, {"min_metrics": -1}),
    (pst.documents, {"min_metrics": 3, "max_metrics": 2}),
    (pst.documents, {"min_actors": 1.5}),
    (pst.actors, {"min_mentions": 4, "max_mentions": 3}),
    (pst.realistic_documents, {"min_directives": 2, "max_directives": 1}),
    (pst.realistic_documents, {"max_statements": 21}),
    (pst.realistic_documents, {"published": dt.date(2026, 3, 6)}),
    (pst.statements, {"realistic": True, "text": "x"}),
    (pst.directives, {"realistic": True, "issuers": st.none()}),
    (pst.metrics, {"realistic": True, "units": st.just("percent")}),
    (pst.metrics, {"realistic": 1}),
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


@given(pst.documents(min_metrics=2, min_directives=1, min_actors=1))
def test_minimum_counts_hold_without_filtering(doc):
    """min_* counts are drawn, so every document has them and passes check()."""
    assert len(doc.metrics) >= 2
    assert len(doc.directives) >= 1
    assert len(doc.actors) >= 1
    assert [] == policydocs.check(doc)


@given(pst.documents(min_statements=6))
def test_a_minimum_above_the_default_maximum_raises_the_maximum(doc):
    """With no max given, the max is max(4, min): min_statements=6 gives six."""
    assert 6 == len(doc.statements)


@given(pst.actors(text="Li Qiang said exports rose.", min_mentions=2))
def test_actors_min_mentions(actor):
    """min_mentions gives at least that many mention spans."""
    assert len(actor.mentions) >= 2


def test_strategy_reprs_read_like_calls():
    """A strategy prints as the call that made it, default options left out."""
    assert "documents(min_metrics=2)" == repr(pst.documents(min_metrics=2))
    assert "documents()" == repr(pst.documents())
    assert "realistic_documents(max_statements=2)" == repr(
        pst.realistic_documents(max_statements=2)
    )
    assert "statements(realistic=True)" == repr(pst.statements(realistic=True))
    assert "spans_in('abc')" == repr(pst.spans_in("abc"))
    assert "metrics(text='x')" == repr(pst.metrics(text="x"))


@given(pst.realistic_documents())
def test_realistic_documents_pass_check(doc):
    """Realistic documents are valid, dated, sourced, and read as English."""
    assert [] == policydocs.check(doc)
    assert doc.published is not None
    assert doc.source is not None
    assert doc.text.isascii() or "\u201c" in doc.text
    for s in doc.statements:
        assert s.date is None or doc.published - dt.timedelta(days=6) <= s.date
        assert s.date is None or s.date <= doc.published
    for m in doc.metrics:
        assert m.period is not None
        assert m.period.end < doc.published
        assert m.period.start.year >= doc.published.year - 2


@given(pst.realistic_documents(min_statements=2, min_directives=3, min_metrics=1))
def test_realistic_minimum_counts(doc):
    """realistic_documents honours its min_* counts."""
    assert len(doc.statements) >= 2
    assert len(doc.directives) >= 3
    assert len(doc.metrics) >= 1


@given(
    pst.statements(realistic=True),
    pst.directives(realistic=True),
    pst.metrics(realistic=True),
)
def test_realistic_items(said, asked, measured):
    """Realistic items come from one-sentence documents: English, sane values."""
    assert said.cue in {"say", "note", "stress", "emphasize", "according to"}
    assert said.content.strip() == said.content
    assert asked.force in {
        "obligation",
        "recommendation",
        "commitment",
        "encouragement",
    }
    assert measured.unit in {"percent", "CNY", "EUR", "USD", "GW", "count"}
    assert 0 < abs(measured.value) <= 3e13  # at most 30 trillion
