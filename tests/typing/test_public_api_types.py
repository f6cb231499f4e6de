"""Type-checked only (mypy --strict): the public API's static types.

Nothing here needs to run; pytest collects it harmlessly (the functions are
not called ``test_*``), and ``tests/unit/test_typing.py`` runs mypy over it.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import assert_type

import attrs
from hypothesis import strategies as st

import policydocs
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
    Period,
    Problem,
    Span,
    Statement,
    UnitFamily,
)
from policydocs import strategies as pst


def check_models() -> None:
    span = Span(start=0, end=4)
    assert_type(span.start, int)
    assert_type(span.slice("text"), str)
    assert_type(span.overlaps(span), bool)
    period = Period.quarter(2025, 3)
    assert_type(period, Period)
    assert_type(period.start, dt.date)
    assert_type(period.days, int)
    assert_type(Period.parse("2026-30"), Period)
    actor = Actor(id="a", kind="person", name="Li", aliases=["Li Q."])
    assert_type(actor.kind, ActorKind)
    assert_type(actor.aliases, tuple[str, ...])
    assert_type(actor.mentions, tuple[Span, ...])
    said = Statement(cue="say", content="", content_span=span, mode=Mode.DIRECT)
    assert_type(said.speaker, str | None)
    assert_type(said.mode, Mode)
    assert_type(said.date, dt.date | None)
    asked = Directive(action="", action_span=span, force=Force.OBLIGATION)
    assert_type(asked.force, Force)
    assert_type(asked.statement, int | None)
    assert_type(asked.strength, int)
    measured = Metric(text="", span=span, value=5, unit="percent", approx="about")
    assert_type(measured.value, float)
    assert_type(measured.upper, float | None)
    assert_type(measured.approx, Approx | None)
    assert_type(measured.basis, Basis | None)
    assert_type(measured.unit_family, UnitFamily)
    doc = Document(id="d", text="", actors=[actor], metrics=(measured,))
    assert_type(doc.metrics, tuple[Metric, ...])
    assert_type(doc.published, dt.date | None)
    assert_type(doc.actor("Li"), Actor | None)
    assert_type(attrs.evolve(doc, text="x"), Document)


def check_functions(path: str) -> None:
    doc = policydocs.parse("date 2026-03-06 x", published=dt.date(2026, 3, 6))
    assert_type(doc, Document)
    assert_type(policydocs.read(path), Document)
    assert_type(policydocs.to_text(doc), str)
    assert_type(policydocs.check(doc), list[Problem])
    assert_type(policydocs.validate(doc), None)
    assert_type(policydocs.dumps(doc), str)
    assert_type(policydocs.loads(b"{}"), Document)
    assert_type(policydocs.to_dict(doc), dict[str, object])
    assert_type(policydocs.from_dict({}), Document)
    assert_type(policydocs.json_schema(), dict[str, object])
    buf = io.StringIO()
    assert_type(policydocs.dump_jsonl([doc], buf), int)
    for loaded in policydocs.load_jsonl(buf):
        assert_type(loaded, Document)
    assert_type(policydocs.format_errors(ValueError()), list[str])


def check_errors() -> None:
    try:
        policydocs.validate(policydocs.parse(""))
    except policydocs.ValidationErrors as group:
        for error in group.exceptions:
            # A group may nest groups, so members are narrowed before use.
            if isinstance(error, ExceptionGroup):
                continue
            assert_type(error, policydocs.ValidationError)
            assert_type(error.path, tuple[str | int, ...])
            assert_type(error.code, str)
    except policydocs.SerializationError as exc:
        assert_type(exc.problems, tuple[tuple[str, str], ...])
    except policydocs.ParseError as exc:
        assert_type(exc.line, int | None)


def check_strategies() -> None:
    assert_type(pst.documents(), st.SearchStrategy[Document])
    assert_type(pst.spans_in("abc"), st.SearchStrategy[Span])
    assert_type(pst.periods(), st.SearchStrategy[Period])
    assert_type(pst.actors(), st.SearchStrategy[Actor])
    assert_type(pst.statements(speakers=st.none()), st.SearchStrategy[Statement])
    assert_type(pst.directives(), st.SearchStrategy[Directive])
    assert_type(pst.metrics(values=st.just(1.0)), st.SearchStrategy[Metric])
    assert_type(pst.texts(max_size=3), st.SearchStrategy[str])


def check_evaluate(path: str) -> None:
    report = policydocs.evaluate(path)
    assert_type(report, policydocs.Report)
    assert_type(report.metrics, policydocs.Score)
    assert_type(report.score("metrics").full_f1, float)
    assert_type(report.field("metrics.period"), policydocs.Agreement)
    assert_type(report.field("metrics.period").rate, float)
    assert_type(report.documents, tuple[policydocs.DocumentScore, ...])
    assert_type(report.documents[0].genre, str | None)
    assert_type(report.findings, tuple[policydocs.Finding, ...])
    assert_type(report.findings[0].differences, tuple[tuple[str, str, str], ...])
    assert_type(report.genres(), dict[str, policydocs.Report])
    assert_type(report.to_dict(), dict[str, object])
