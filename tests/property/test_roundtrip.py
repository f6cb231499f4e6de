"""Round trips through every wire and text form are lossless and deterministic."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import policydocs
from policydocs import _serialize
from policydocs import strategies as pst


def _stdlib_dumps(doc: policydocs.Document) -> str:
    """dumps() with the orjson fast path switched off."""
    saved = _serialize._orjson
    _serialize._orjson = None
    try:
        return policydocs.dumps(doc)
    finally:
        _serialize._orjson = saved


def _one_metric_doc(value: float, upper: float | None = None) -> policydocs.Document:
    text = "rose 5 percent"
    return policydocs.Document(
        id="d",
        text=text,
        metrics=[
            policydocs.Metric(
                text="5 percent",
                span=policydocs.Span(start=5, end=14),
                value=value,
                upper=upper,
                unit="percent",
            )
        ],
    )


@given(pst.documents())
def test_loads_dumps_round_trip(doc):
    """loads(dumps(x)) == x."""
    assert doc == policydocs.loads(policydocs.dumps(doc))


@given(pst.documents())
def test_from_dict_to_dict_round_trip(doc):
    """from_dict(to_dict(x)) == x."""
    assert doc == policydocs.from_dict(policydocs.to_dict(doc))


@given(pst.documents())
def test_loads_accepts_utf8_bytes(doc):
    """loads() reads the UTF-8 bytes of dumps() output as well as the str."""
    assert doc == policydocs.loads(policydocs.dumps(doc).encode("utf-8"))


@given(pst.documents())
def test_dumps_is_deterministic_with_sorted_keys(doc):
    """dumps() gives the same bytes twice and after a round trip, keys sorted."""
    first = policydocs.dumps(doc)
    assert first == policydocs.dumps(doc)
    assert first == policydocs.dumps(policydocs.loads(first))

    def sorted_pairs(pairs):
        keys = [k for k, _ in pairs]
        assert sorted(keys) == keys
        return dict(pairs)

    json.loads(first, object_pairs_hook=sorted_pairs)


@given(pst.documents())
def test_stdlib_path_writes_the_same_bytes_as_orjson(doc):
    """The stdlib encoder and the orjson encoder write byte-identical JSON."""
    pytest.importorskip("orjson")
    assert policydocs.dumps(doc).encode() == _stdlib_dumps(doc).encode()


@given(st.floats(allow_nan=False, allow_infinity=False), st.none() | st.just(1e300))
def test_float_spelling_is_the_same_on_both_paths(value, upper):
    """Every finite float (subnormals, exponents, -0.0) is spelled alike."""
    pytest.importorskip("orjson")
    doc = _one_metric_doc(
        value, upper if upper is not None and upper >= value else None
    )
    assert policydocs.dumps(doc) == _stdlib_dumps(doc)
    assert doc == policydocs.loads(_stdlib_dumps(doc))


@pytest.mark.parametrize(
    "value",
    [
        0.0,
        -0.0,
        1e-5,
        1.5e-5,
        -2.5e-5,
        1e-7,
        1e16,
        1.2e12,
        5e-324,
        1.7976931348623157e308,
    ],
)
def test_float_edge_cases_match(value):
    """Known tricky floats are spelled identically by both encoders."""
    pytest.importorskip("orjson")
    doc = _one_metric_doc(value)
    assert policydocs.dumps(doc) == _stdlib_dumps(doc)


@given(pst.documents())
def test_stdlib_output_round_trips(doc):
    """The stdlib path alone is lossless too (no orjson installed)."""
    assert doc == policydocs.loads(_stdlib_dumps(doc))


@given(st.lists(pst.documents(), max_size=4))
def test_jsonl_round_trip(docs):
    """dump_jsonl then load_jsonl gives the same documents in order."""
    buf = io.StringIO()
    assert len(docs) == policydocs.dump_jsonl(docs, buf)
    assert len(docs) == buf.getvalue().count("\n")
    assert docs == list(policydocs.load_jsonl(io.StringIO(buf.getvalue())))


_header_values = pst.names().map(str.strip).filter(bool)


@given(
    pst.documents(
        ids=_header_values,
        titles=st.none() | _header_values,
        sources=st.none() | _header_values,
        urls=st.none() | _header_values,
        languages=_header_values,
    )
)
def test_to_text_then_parse_gives_back_metadata_and_body(doc):
    """parse(to_text(doc)) has the same metadata and (line-end normalised) body."""
    back = policydocs.parse(policydocs.to_text(doc), extract=False)
    body = doc.text.replace("\r\n", "\n").replace("\r", "\n")
    expected = (
        doc.id,
        doc.title,
        doc.published,
        doc.source,
        doc.url,
        doc.language,
        body,
    )
    actual = (
        back.id,
        back.title,
        back.published,
        back.source,
        back.url,
        back.language,
        back.text,
    )
    assert expected == actual


@given(pst.documents())
def test_dumps_output_validates_against_the_json_schema(doc):
    """Every dumps() output is valid under json_schema() (draft 2020-12)."""
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(
        policydocs.json_schema(),
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    )
    assert [] == [
        e.message for e in validator.iter_errors(json.loads(policydocs.dumps(doc)))
    ]


@given(pst.documents())
def test_to_text_round_trips_or_refuses(doc):
    """Any document reads back from to_text() or is refused with ValidationError."""
    try:
        text = policydocs.to_text(doc)
    except policydocs.ValidationError as exc:
        assert "header-value" == exc.code
        return
    back = policydocs.parse(text, extract=False)
    body = doc.text.replace("\r\n", "\n").replace("\r", "\n")
    assert (doc.id, doc.title, doc.source, doc.url, body) == (
        back.id,
        back.title,
        back.source,
        back.url,
        back.text,
    )
