"""Statement.parts and speaker_span: split quotes and named sources in the model."""

from __future__ import annotations

import pytest

import policydocs
from policydocs import (
    Actor,
    ActorKind,
    Document,
    Span,
    Statement,
    ValidationError,
    ValidationErrors,
)

TEXT = '"The plan is sound," Ortiz said. "The money is not."'


def span_of(part: str) -> Span:
    start = TEXT.index(part)
    return Span(start=start, end=start + len(part))


def split_statement(**changes: object) -> Statement:
    first, second = span_of("The plan is sound,"), span_of("The money is not.")
    fields: dict[str, object] = {
        "speaker": "Ana Ortiz",
        "cue": "say",
        "content": "The plan is sound, The money is not.",
        "content_span": Span(start=first.start, end=second.end),
        "parts": (first, second),
        "speaker_span": span_of("Ortiz"),
    }
    fields.update(changes)
    return Statement(**fields)  # type: ignore[arg-type]


def document(*statements: Statement) -> Document:
    ortiz = Actor(
        id="a0", name="Ana Ortiz", kind=ActorKind.PERSON, mentions=[span_of("Ortiz")]
    )
    return Document(id="d", text=TEXT, actors=[ortiz], statements=statements)


def test_contiguous_content_has_one_part_by_default():
    """A statement built without parts gets its content_span as its one part."""
    span = span_of("The plan is sound,")
    st = Statement(cue="say", content="The plan is sound,", content_span=span)
    assert (span,) == st.parts
    assert st == Statement(
        cue="say", content="The plan is sound,", content_span=span, parts=[span]
    )


def test_split_quote_is_valid_and_round_trips():
    """A two-part quote with its speaker span passes check() and survives JSON."""
    doc = document(split_statement())
    assert [] == policydocs.check(doc)
    assert doc == policydocs.loads(policydocs.dumps(doc))


def test_json_written_before_parts_existed_still_loads():
    """A statement with neither parts nor speaker_span in its JSON loads, one part."""
    doc = document(
        split_statement(
            parts=(),
            content_span=span_of("The plan is sound,"),
            content="The plan is sound,",
        )
    )
    raw = (
        policydocs.dumps(doc)
        .replace(',"parts":[{"end":19,"start":1}]', "")
        .replace(',"speaker_span":{"end":26,"start":21}', "")
    )
    assert '"parts"' not in raw
    assert '"speaker_span"' not in raw
    loaded = policydocs.loads(raw)
    assert (span_of("The plan is sound,"),) == loaded.statements[0].parts
    assert loaded.statements[0].speaker_span is None


def test_parts_out_of_order_are_refused():
    """Overlapping or reversed parts raise parts-order with the index."""
    first, second = span_of("The plan is sound,"), span_of("The money is not.")
    with pytest.raises(ValidationError) as info:
        split_statement(
            parts=(second, first), content_span=Span(start=first.start, end=first.end)
        )
    assert "parts-order" == info.value.code
    assert ("parts", 1, "start") == info.value.path


def test_parts_must_span_the_content():
    """Parts whose hull is not content_span raise parts-hull."""
    with pytest.raises(ValidationError) as info:
        split_statement(parts=(span_of("The plan is sound,"),))
    assert "parts-hull" == info.value.code


def problems_of(*statements: Statement) -> list[tuple[str, tuple[str | int, ...]]]:
    with pytest.raises(ValidationErrors) as info:
        document(*statements)
    return [(e.code, e.path) for e in info.value.exceptions]


def test_content_must_be_the_parts_joined():
    """A split quote whose content is not its pieces joined by a space is refused."""
    bad = split_statement(content="The plan is sound, The money")
    assert [("text-mismatch", ("statements", 0, "content"))] == problems_of(bad)


def test_speaker_span_outside_the_text_is_reported():
    """A speaker_span past the text's end is a span-bounds problem at its path."""
    bad = split_statement(speaker_span=Span(start=40, end=90))
    assert [("span-bounds", ("statements", 0, "speaker_span", "end"))] == problems_of(
        bad
    )


def test_new_forces_order_by_strength():
    """demand sits between obligation and recommendation; permission is weakest."""

    def strength(force: policydocs.Force) -> int:
        return policydocs.Directive(
            action="", action_span=Span(start=0, end=0), force=force
        ).strength

    order = sorted(policydocs.Force, key=strength, reverse=True)
    assert [
        "obligation",
        "demand",
        "recommendation",
        "encouragement",
        "permission",
        "commitment",
    ] == [f.value for f in order]
