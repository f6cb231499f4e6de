"""The second speed round's fast paths answer as the plain paths they replace."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import policydocs
from policydocs import (
    Actor,
    Directive,
    Document,
    Metric,
    Span,
    ValidationError,
    _models,
    _validate,
)
from policydocs._extract import _number_reader, _segment
from policydocs._vocab import ActorKind

ROOT = Path(__file__).resolve().parents[2]
#: The seed and development texts: the news text the benchmark measures.
_TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))
]

#: Sentence ends, their closers and what may follow: texts dense in near misses.
_END_PIECES = [*".!?;:\"'”’)]“‘([ \t\xa0\r\nAa7", "word", "U.S."]


#: The sentence-end pattern in its readable form: three alternatives, the
#: splitter's ``_BOUNDARY_SCAN`` must match exactly what this matches.
_BOUNDARY_REFERENCE = re.compile(
    r"(?P<para>\n[ \t\r\xa0]{0,40}\n)"
    r"|[.!?][.!?\"'”’)\]]{0,4}(?=[ \t\xa0]{1,20}(?:''|``|[\"“‘(\[])?[A-Z0-9])"
    r"|[.!?;:][\"'”’)\]]{0,3}(?=[ \t\r\xa0]{0,20}\n)"
)


def _boundaries(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("index", range(len(_TEXTS)))
def test_boundary_scan_equals_the_boundary_pattern_on_news(index: int) -> None:
    """The charset-led boundary scan finds the readable pattern's ends in news."""
    text = _TEXTS[index]
    expected = _boundaries(_BOUNDARY_REFERENCE, text)
    assert expected == _boundaries(_segment._BOUNDARY_SCAN, text)


@given(st.lists(st.sampled_from(_END_PIECES), max_size=40).map("".join))
def test_boundary_scan_equals_the_boundary_pattern(text: str) -> None:
    """The charset-led boundary scan finds the readable pattern's ends anywhere."""
    expected = _boundaries(_BOUNDARY_REFERENCE, text)
    assert expected == _boundaries(_segment._BOUNDARY_SCAN, text)


#: Digits, dots, number words and what glues to them.
_NUMBER_PIECES = [*"0123456789.,-+/: ax", "٣", "one", "ten", "twenty", "million",
                  "often", "tone", "half", "a half", "\n"]  # fmt: skip


def _anchor_spans(low: str, start: int, stop: int) -> list[tuple[int, int]]:
    return [m.span() for m in _number_reader._anchors(low, start, stop)]


@pytest.mark.parametrize("index", range(len(_TEXTS)))
def test_anchor_gate_finds_every_anchor_on_news(index: int) -> None:
    """The gated anchor scan finds what the anchor pattern finds in news."""
    low = _number_reader._fold(_TEXTS[index])
    for start, stop in ((0, len(low)), (7, len(low) - 5), (200, 900)):
        expected = [m.span() for m in _number_reader._ANCHOR.finditer(low, start, stop)]
        assert expected == _anchor_spans(low, start, stop)


@given(
    st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_anchor_gate_finds_every_anchor(text: str, start: int, cut: int) -> None:
    """The gated anchor scan finds the anchor pattern's matches in any range."""
    low = _number_reader._fold(text)
    start = min(start, len(low))
    stop = max(start, len(low) - cut)
    expected = [m.span() for m in _number_reader._ANCHOR.finditer(low, start, stop)]
    assert expected == _anchor_spans(low, start, stop)


@pytest.mark.parametrize("index", range(0, len(_TEXTS), 2))
def test_trusted_actors_equal_validated_actors_on_news(index: int) -> None:
    """Each actor the registry builds unchecked equals the validated model."""
    for actor in policydocs.parse(_TEXTS[index]).actors:
        rebuilt = Actor(
            id=actor.id,
            kind=actor.kind.value,
            name=actor.name,
            aliases=list(actor.aliases),
            titles=list(actor.titles),
            mentions=[Span(start=m.start, end=m.end) for m in actor.mentions],
        )
        assert rebuilt == actor
        assert hash(rebuilt) == hash(actor)
        for field in attrs.fields(Actor):
            want, got = getattr(rebuilt, field.name), getattr(actor, field.name)
            assert type(want) is type(got)


def test_trusted_span_equals_the_validated_span() -> None:
    """A span built unchecked equals, hashes and slices as the validated one."""
    trusted, checked = _models._trusted_span(3, 9), Span(start=3, end=9)
    assert checked == trusted
    assert hash(checked) == hash(trusted)
    assert "hecked" == trusted.slice("a checked span")


def test_user_built_models_keep_full_validation() -> None:
    """The trusted builders leave Span and Actor, as users build them, checked."""
    with pytest.raises(ValidationError) as span_error:
        Span(start=5, end=2)
    assert "span-order" == span_error.value.code
    with pytest.raises(ValidationError) as actor_error:
        Actor(id="a0", kind="person", name="X", mentions="ab")
    assert "type" == actor_error.value.code


def test_trusted_actor_rejects_a_blank_name_as_before() -> None:
    """A blank name falls back to the validated constructor, which rejects it."""
    with pytest.raises(ValidationError) as error:
        _models._trusted_actor(
            0, ActorKind.PERSON, "  ", aliases=(), titles=(), mentions=()
        )
    assert "empty" == error.value.code


@pytest.mark.parametrize(
    "value",
    [[Span(start=0, end=1)], (Span(start=0, end=1),), iter([Span(start=0, end=1)])],
)
def test_collection_fields_accept_lists_tuples_and_iterables(value: object) -> None:
    """A list, a tuple and any other iterable of spans become the same tuple."""
    assert (Span(start=0, end=1),) == _models._to_tuple(value, Span, "mentions")


@pytest.mark.parametrize("value", ["ab", b"ab", 3, [Span(start=0, end=1), "x"]])
def test_collection_fields_reject_strings_and_wrong_items(value: object) -> None:
    """A str, bytes, a non-iterable or a wrong item is rejected, list or not."""
    with pytest.raises(ValidationError) as error:
        _models._to_tuple(value, Span, "mentions")
    assert "type" == error.value.code


_TEXT = "Li said exports rose 5 percent."
_OFFSETS = st.integers(0, len(_TEXT) + 3)
_STORED = st.sampled_from(["Li", "exports", "5 percent", "", "x"])


def _span_at(start: int, size: int) -> Span:
    return Span(start=start, end=start + size)


def _plain_cross_field(doc: Document) -> list[object]:
    """The anchor and mention problems as the generators alone report them."""
    text = doc.text
    out: list[object] = []
    for i, actor in enumerate(doc.actors):
        for j, span in enumerate(actor.mentions):
            out.extend(
                _validate._span_problems(span, len(text), ("actors", i, "mentions", j))
            )
    for i, di in enumerate(doc.directives):
        out.extend(
            _validate._anchor_problems(
                text,
                ("directives", i),
                ("action_span", di.action_span, "action", di.action),
                ("trigger_span", di.trigger_span),
            )
        )
    for i, me in enumerate(doc.metrics):
        out.extend(
            _validate._anchor_problems(
                text, ("metrics", i), ("span", me.span, "text", me.text)
            )
        )
    return out


@given(
    st.lists(st.tuples(_OFFSETS, st.integers(0, 9)), max_size=3),
    st.lists(
        st.tuples(_OFFSETS, st.integers(0, 9), _STORED, st.none() | _OFFSETS),
        max_size=3,
    ),
    st.lists(st.tuples(_OFFSETS, st.integers(0, 9), _STORED), max_size=3),
)
def test_inline_anchor_checks_find_what_the_generators_find(
    mentions: list[tuple[int, int]],
    directives: list[tuple[int, int, str, int | None]],
    metrics: list[tuple[int, int, str]],
) -> None:
    """Skipping the generators for valid items loses no problem and adds none."""
    doc = object.__new__(Document)
    fields = {f.name: f.default for f in attrs.fields(Document)}
    fields.update(
        id="d",
        text=_TEXT,
        actors=(
            Actor(
                id="a0",
                kind="person",
                name="Li",
                mentions=[_span_at(s, k) for s, k in mentions],
            ),
        ),
        directives=tuple(
            Directive(
                action=stored,
                action_span=_span_at(s, k),
                force="obligation",
                trigger_span=None if t is None else _span_at(t, 1),
            )
            for s, k, stored, t in directives
        ),
        metrics=tuple(
            Metric(text=stored, span=_span_at(s, k), value=5, unit="percent")
            for s, k, stored in metrics
        ),
    )
    for name, value in fields.items():
        object.__setattr__(doc, name, value)
    assert _plain_cross_field(doc) == _validate.cross_field_problems(doc)
