"""The JSON Schema accepts exactly what loads() accepts, but for cross-field rules."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policydocs
from policydocs import strategies as pst

jsonschema = pytest.importorskip("jsonschema")

#: The rules JSON Schema cannot state (they compare two values), as listed in
#: docs/wire-format.md: a document the schema accepts may still be refused by
#: loads() for these, and for nothing else.
CROSS_FIELD = frozenset(
    {
        "span-order",
        "span-bounds",
        "text-mismatch",
        "range-order",
        "date-order",
        "date-after-published",
        "duplicate-actor",
        "unknown-actor",
        "bad-reference",
        "parts-order",
        "parts-hull",
    }
)

VALIDATOR = jsonschema.Draft202012Validator(
    policydocs.json_schema(),
    format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
)

# Values a mutation puts in place of another: each kind the wire format
# tells apart, and the near misses of issue 15 (79.0, "percent\n", 2026-02-30).
_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=8)
_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 10**6),
    st.integers(0, 500).map(float),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(
        [
            "",
            " ",
            "\u00a0",
            "\ufeff",
            "x",
            "percent",
            "percent\n",
            "2026-03-06",
            "2026-02-30",
            "2026-13-01",
            "2026-3-6",
            "\u0662\u0660\u0662\u0666-03-06",
            "obligation",
            "person",
            "year-on-year",
            "policydocs/1",
        ]
    ),
    _TEXT,
    st.just([]),
    st.just({}),
)


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path inside ``value``, the root included."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out.extend(_places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_places(item, (*path, index)))
    return out


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


_ACTIONS = {
    # action: which places it applies to
    "replace": lambda _: True,
    "drop": lambda _: True,
    "add": lambda value: isinstance(value, dict),
    "newline": lambda value: isinstance(value, str),
    "float": lambda value: type(value) is int,
}


@st.composite
def _mutated(draw: st.DrawFn, raw: dict[str, Any]) -> Any:
    """``raw`` with up to three edits: a value replaced, a key dropped or added."""
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.sampled_from(sorted(_ACTIONS)))
        places = [p for p in _places(raw) if p and _ACTIONS[action](_get(raw, p))]
        if not places:
            continue
        path = draw(st.sampled_from(places))
        parent, last = _get(raw, path[:-1]), path[-1]
        current = parent[last]
        if action == "drop" and isinstance(parent, dict):
            del parent[last]
        elif action == "add":
            current[draw(st.sampled_from(["extra", "start", "name", "value"]))] = 1
        elif action == "newline":
            parent[last] = current + "\n"
        elif action == "float":
            parent[last] = float(current)
        else:
            parent[last] = draw(_VALUES)
    return raw


def _loads_problems(value: Any) -> set[str] | None:
    """The codes loads() refuses ``value`` with, or None when it loads."""
    try:
        policydocs.loads(json.dumps(value))
    except policydocs.SerializationError as exc:
        return {p.code for p in exc.details}
    return None


@given(pst.documents(), st.data())
def test_schema_accepts_what_loads_accepts_but_cross_field_rules(doc, data):
    """Schema (with formats) and loads agree on mutated documents, cross-field aside."""
    raw = data.draw(_mutated(json.loads(policydocs.dumps(doc))))
    schema_ok = VALIDATOR.is_valid(raw)
    refused = _loads_problems(raw)
    if refused is None:
        assert schema_ok, [e.message for e in VALIDATOR.iter_errors(raw)]
    elif schema_ok:
        assert set() == refused - CROSS_FIELD


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("start", "79.5"),
        ("value", "1e400"),
        ("value", "-1e400"),
    ],
)
def test_numbers_json_cannot_hold_are_refused_by_both(field, text):
    """1e400 (infinity once decoded) and a fractional offset: both refuse."""
    raw = json.loads(policydocs.dumps(policydocs.parse("date 2026-03-06 Up 5%.")))
    where = raw["metrics"][0] if field == "value" else raw["metrics"][0]["span"]
    where[field] = "@@"
    data = json.dumps(raw).replace('"@@"', text)
    with pytest.raises(policydocs.SerializationError):
        policydocs.loads(data)
    assert not VALIDATOR.is_valid(json.loads(data))


def test_integral_float_offsets_load_as_integers():
    """79.0 is JSON Schema's integer 79, and loads() reads it as 79 too."""
    raw = json.loads(policydocs.dumps(policydocs.parse("date 2026-03-06 Up 5%.")))
    raw["metrics"][0]["span"]["start"] = float(raw["metrics"][0]["span"]["start"])
    assert VALIDATOR.is_valid(raw)
    doc = policydocs.loads(json.dumps(raw))
    assert int is type(doc.metrics[0].span.start)


def test_schema_has_an_id_and_end_anchors_refuse_a_final_newline():
    """$id names the format; "percent\\n" fails the unit pattern as loads fails it."""
    raw = json.loads(policydocs.dumps(policydocs.parse("date 2026-03-06 Up 5%.")))
    raw["metrics"][0]["unit"] = "percent\n"
    assert "urn:policydocs:schema:policydocs:1" == policydocs.json_schema()["$id"]
    assert (False, True) == (VALIDATOR.is_valid(raw), _loads_problems(raw) is not None)
