"""Limits: oversized or malformed input is refused, naming the limit or the path."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import policydocs
from policydocs import ParseError, SerializationError


def test_parse_refuses_text_over_max_chars() -> None:
    """parse() refuses text longer than max_chars and the message names the limit."""
    with pytest.raises(ParseError) as info:
        policydocs.parse("x" * 101, max_chars=100)
    assert "max_chars" in str(info.value)
    assert "100" in str(info.value)
    assert "101" in str(info.value)


def test_parse_accepts_text_at_max_chars() -> None:
    """Text of exactly max_chars characters is accepted; None lifts the limit."""
    assert len(policydocs.parse("x" * 100, max_chars=100).text) == 100
    assert len(policydocs.parse("x" * 5000, max_chars=None).text) == 5000


def test_default_limit_is_finite() -> None:
    """parse() and read() have a finite default limit (a service is safe by default)."""
    from policydocs._readers import DEFAULT_MAX_CHARS

    assert 0 < DEFAULT_MAX_CHARS < 10**9
    with pytest.raises(ParseError, match="max_chars"):
        policydocs.parse(" " * (DEFAULT_MAX_CHARS + 1), extract=False)


def test_parse_refuses_text_over_max_items_naming_the_limit() -> None:
    """A text giving more items than max_items is refused whole, never truncated."""
    with pytest.raises(ParseError) as info:
        policydocs.parse("5% " * 300, max_items=100)
    expected = (
        "<string>: extraction gave 300 items by its metric stage, over the "
        "limit of 100 (max_items); raise max_items, pass None for no limit, "
        "or extract=False"
    )
    assert expected == str(info.value)


def test_max_items_none_or_enough_keeps_every_item() -> None:
    """At or under max_items, and with None, every item is kept."""
    assert 300 == len(policydocs.parse("5% " * 300, max_items=300).metrics)
    assert 300 == len(policydocs.parse("5% " * 300, max_items=None).metrics)


def test_read_passes_max_items_and_names_the_file(tmp_path: Path) -> None:
    """read() applies max_items to a text file and names the file in the error."""
    path = tmp_path / "dense.txt"
    path.write_text("Firms must cut fees. " * 50, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        policydocs.read(path, max_items=10)
    assert str(path) in str(info.value)
    assert "directive stage" in str(info.value)
    assert 50 == len(policydocs.read(path, max_items=50).directives)


def test_read_refuses_file_over_max_chars(tmp_path: Path) -> None:
    """read() refuses a text file over the limit, naming the file and max_chars."""
    path = tmp_path / "big.txt"
    path.write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(ParseError) as info:
        policydocs.read(path, max_chars=1000)
    assert str(path) in str(info.value)
    assert "max_chars" in str(info.value)


def test_read_bounds_a_device_without_size(tmp_path: Path) -> None:
    """read() of an endless device is refused before a byte is read, not exhausted."""
    del tmp_path
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero on this system")
    with pytest.raises(ParseError, match="not a regular file"):
        policydocs.read(zero, max_chars=1000)


def test_read_refuses_json_document_over_max_chars(tmp_path: Path) -> None:
    """A JSON file's document text is held to max_chars as a text file's is."""
    path = tmp_path / "doc.json"
    path.write_text(policydocs.dumps(policydocs.parse("x" * 500, extract=False)))
    with pytest.raises(ParseError, match="max_chars"):
        policydocs.read(path, max_chars=300)
    assert len(policydocs.read(path, max_chars=600).text) == 500


# --- JSON: refused with the path, never half-loaded ---


def _wire() -> dict[str, Any]:
    doc = policydocs.parse(
        "date 2026-03-06 Exports rose 5 percent in 2025, the ministry said."
    )
    data: dict[str, Any] = json.loads(policydocs.dumps(doc))
    assert data["metrics"], "the sample needs a metric to corrupt"
    return data


def _with_value(raw_value: str) -> str:
    """The sample's JSON with the first metric's value replaced by raw JSON text."""
    data = _wire()
    data["metrics"][0]["value"] = "@@VALUE@@"
    return json.dumps(data).replace('"@@VALUE@@"', raw_value)


def _problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(SerializationError) as info:
        policydocs.loads(text)
    return list(info.value.problems)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_non_finite_constants_are_refused_with_path(constant: str) -> None:
    """NaN and Infinity in JSON are refused, naming the field that held them."""
    problems = _problems(_with_value(constant))
    assert [p for p, _ in problems] == ["$.metrics[0].value"]
    assert constant in problems[0][1]


def test_json_number_overflowing_a_float_is_refused_with_path() -> None:
    """A number like 1e400 (infinite as a float) is refused at its path."""
    problems = _problems(_with_value("1e400"))
    assert "$.metrics[0].value" in [p for p, _ in problems]


def test_json_oversized_integer_is_refused_with_path() -> None:
    """An integer of thousands of digits is refused at its path, not converted."""
    problems = _problems(_with_value("1" + "0" * 5000))
    assert [p for p, _ in problems] == ["$.metrics[0].value"]
    assert "digits" in problems[0][1]


def test_json_duplicate_keys_are_refused_with_path() -> None:
    """A key repeated in one object is refused with the object's path."""
    text = _with_value('5.0, "value": 6.0')
    problems = _problems(text)
    assert [p for p, _ in problems] == ["$.metrics[0]"]
    assert "'value'" in problems[0][1]


def test_json_duplicate_top_level_key_is_refused() -> None:
    """A document that gives its id twice is refused (which one would win?)."""
    text = json.dumps(_wire())[:-1] + ', "id": "other"}'
    problems = _problems(text)
    assert [p for p, _ in problems] == ["$"]
    assert "'id'" in problems[0][1]


def test_json_excessive_nesting_is_refused_with_path() -> None:
    """JSON nested past the limit is refused before decoding, with the path."""
    from policydocs._serialize_decode import MAX_DEPTH

    deep = "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1)
    problems = _problems(_with_value(deep))
    # document, metrics list, metric object: three levels before the value.
    assert [p for p, _ in problems] == ["$.metrics[0].value" + "[0]" * (MAX_DEPTH - 3)]
    assert str(MAX_DEPTH) in problems[0][1]
    with pytest.raises(SerializationError, match=f"deeper than {MAX_DEPTH}"):
        policydocs.loads("[" * 1_000_000)


def test_json_nesting_inside_strings_is_not_counted() -> None:
    """Brackets inside strings (escaped quotes included) are text, not nesting."""
    text = '[{"\\"' + "[" * 500 + "x"
    doc = policydocs.parse(text, extract=False)
    assert policydocs.loads(policydocs.dumps(doc)) == doc


def test_json_every_problem_is_reported_at_once() -> None:
    """Several refused values are all reported, each with its own path."""
    data = _wire()
    data["metrics"].append(dict(data["metrics"][0]))
    for m in data["metrics"]:
        m["value"] = "@@VALUE@@"
    text = json.dumps(data).replace('"@@VALUE@@"', "NaN")
    problems = _problems(text)
    assert [p for p, _ in problems] == ["$.metrics[0].value", "$.metrics[1].value"]


def test_loader_refuses_rather_than_half_loads() -> None:
    """A refused document yields nothing: loads raises, never returns a partial one."""
    good = json.dumps(_wire())
    assert policydocs.loads(good).metrics
    for bad in (_with_value("NaN"), good[:-1] + ', "id": "x"}', good[:-20]):
        with pytest.raises(SerializationError):
            policydocs.loads(bad)


def test_json_lone_surrogate_is_refused_with_path() -> None:
    """A lone surrogate escaped in JSON (dumps could not write it) is refused."""
    data = _wire()
    data["title"] = "a\ud800b"
    problems = _problems(json.dumps(data))
    assert [p for p, _ in problems] == ["$.title"]
    assert "surrogate" in problems[0][1]
