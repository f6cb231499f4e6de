"""check() finds every problem with its path; validate() raises them together."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import policydocs
from policydocs import (
    Actor,
    Directive,
    Document,
    Metric,
    Period,
    Problem,
    Span,
    Statement,
    ValidationError,
    ValidationErrors,
)

TEXT = "Li said exports rose 5 percent."


def unchecked(**fields: object) -> Document:
    """A document built around its validation, as corrupted data could be."""
    doc = object.__new__(Document)
    defaults = {f.name: f.default for f in attrs.fields(Document)}
    defaults.update({"id": "d", "text": TEXT})
    defaults.update(fields)
    for name, value in defaults.items():
        object.__setattr__(doc, name, value)
    return doc


def codes(doc: Document) -> list[tuple[str, str]]:
    return [(p.code, p.where) for p in policydocs.check(doc)]


def test_valid_document_has_no_problem():
    """A parsed document passes check() and validate()."""
    doc = policydocs.parse("date 2026-03-06 " + TEXT)
    assert [] == policydocs.check(doc)
    assert policydocs.validate(doc) is None


def test_span_beyond_the_text():
    """span-bounds names the span's end."""
    m = Metric(text="x", span=Span(start=0, end=99), value=1.0, unit="percent")
    assert ("span-bounds", "$.metrics[0].span.end") in codes(unchecked(metrics=(m,)))


def test_text_mismatch():
    """text-mismatch when the stored content is not the spanned text."""
    s = Statement(cue="say", content="imports", content_span=Span(start=8, end=15))
    assert [("text-mismatch", "$.statements[0].content")] == codes(
        unchecked(statements=(s,))
    )


def test_unknown_actor_and_duplicates():
    """unknown-actor for an unlisted name; duplicate-actor for a repeated id/name."""
    li = Actor(id="a1", kind="person", name="Li")
    d = Directive(
        issuer="Wang",
        addressee="Li",
        action="",
        action_span=Span(start=0, end=0),
        force="obligation",
    )
    found = codes(unchecked(actors=(li, li), directives=(d,)))
    assert [
        ("duplicate-actor", "$.actors[1].name"),
        ("duplicate-actor", "$.actors[1].id"),
        ("unknown-actor", "$.directives[0].issuer"),
    ] == found


def test_statement_date_after_publication():
    """date-after-published names the statement's date."""
    s = Statement(
        cue="say",
        content="",
        content_span=Span(start=0, end=0),
        date=dt.date(2026, 3, 7),
    )
    found = codes(unchecked(published=dt.date(2026, 3, 6), statements=(s,)))
    assert [("date-after-published", "$.statements[0].date")] == found


def test_directive_statement_index_out_of_range():
    """bad-reference when a directive points past the statements."""
    d = Directive(
        action="", action_span=Span(start=0, end=0), force="obligation", statement=2
    )
    assert [("bad-reference", "$.directives[0].statement")] == codes(
        unchecked(directives=(d,))
    )


def test_item_invariants_skipped_by_disabled_validators_are_found():
    """Items built with attrs validators off are re-checked, with full paths."""
    with attrs.validators.disabled():
        m = Metric(text="", span=Span(start=0, end=0), value=float("nan"), unit="%")
        p = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 2))
    object.__setattr__(p, "end", dt.date(2025, 1, 1))
    m2 = Metric(text="", span=Span(start=0, end=0), value=1.0, unit="percent")
    object.__setattr__(m2, "period", p)
    found = codes(unchecked(metrics=(m, m2)))
    assert ("not-finite", "$.metrics[0].value") in found
    assert ("date-order", "$.metrics[1].period.end") in found


def test_validate_raises_every_problem_at_once():
    """validate() raises one ValidationErrors holding a ValidationError per problem."""
    s = Statement(
        speaker="X", cue="say", content="no", content_span=Span(start=0, end=50)
    )
    with pytest.raises(ValidationErrors) as info:
        policydocs.validate(unchecked(statements=(s,)))
    members = info.value.exceptions
    assert all(isinstance(e, ValidationError) for e in members)
    assert [("statements", 0, "speaker"), ("statements", 0, "content_span", "end")] == [
        e.path for e in members
    ]


def test_problem_renders_its_path():
    """Problem.where and str() show the JSONPath-like path and code."""
    p = Problem(
        code="span-bounds", path=("metrics", 2, "span", "end"), message="too far"
    )
    assert "$.metrics[2].span.end" == p.where
    assert "$.metrics[2].span.end: too far [span-bounds]" == str(p)
    assert ("span-bounds", ("metrics", 2, "span", "end")) == (
        p.to_error().code,
        p.to_error().path,
    )
