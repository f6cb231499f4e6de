"""JSON wire format: every bad input is one SerializationError listing each problem."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from _sample_docs import empty_document, sample_document

import policydocs
from policydocs import SerializationError, _serialize

GOOD = {
    "schema": "policydocs/1",
    "id": "d1",
    "text": "Exports rose 5 percent.",
    "published": "2026-03-06",
}


def doc_json(**changes: object) -> str:
    data = dict(GOOD)
    data.update(changes)
    return json.dumps(data)


def problems_of(data: str | bytes) -> list[tuple[str, str]]:
    with pytest.raises(SerializationError) as info:
        policydocs.loads(data)
    return list(info.value.problems) or [("", info.value.message)]


def paths_of(data: str | bytes) -> list[str]:
    return [path for path, _ in problems_of(data)]


def test_good_document_loads():
    """A minimal valid document loads with defaults for the optional fields."""
    doc = policydocs.loads(doc_json())
    assert ("d1", "en", ()) == (doc.id, doc.language, doc.metrics)


def test_wire_form_fields():
    """to_dict carries the schema tag, ISO dates and the EXTRACTION.md field names."""
    data = policydocs.to_dict(policydocs.loads(doc_json()))
    assert "policydocs/1" == data["schema"]
    assert "2026-03-06" == data["published"]
    expected = ["actors", "directives", "id", "language", "metrics", "published",
                "schema", "source", "statements", "text", "title", "url"]  # fmt: skip
    assert expected == sorted(data)


@pytest.mark.parametrize(
    "data",
    ["", "{", "[1, 2", '{"id": }', "nul", "{'id': 'x'}", '{"a": 1} trailing'],
)
def test_malformed_json(data):
    """Malformed JSON raises SerializationError saying where."""
    with pytest.raises(SerializationError) as info:
        policydocs.loads(data)
    assert "malformed JSON" in info.value.message


def test_not_an_object():
    """A JSON array or number is not a document."""
    assert ["$"] == paths_of("[1, 2]")


def test_unknown_schema_version():
    """A different or missing schema tag is refused before anything is built."""
    assert [
        ("$.schema", "expected 'policydocs/1', found 'policydocs/2'")
    ] == problems_of(doc_json(schema="policydocs/2"))
    data = dict(GOOD)
    del data["schema"]
    assert ["$.schema"] == paths_of(json.dumps(data))


def test_missing_fields():
    """Missing required fields are each reported with their path."""
    data = dict(GOOD)
    del data["id"], data["text"]
    assert ["$.id", "$.text"] == paths_of(json.dumps(data))
    metric = {"text": "5 percent", "span": {"start": 13}, "unit": "percent"}
    assert ["$.metrics[0].span.end", "$.metrics[0].value"] == sorted(
        paths_of(doc_json(metrics=[metric]))
    )


def test_wrong_types_are_not_coerced():
    """None, 13.5 and True are not silently turned into 'None', 13 and 1."""
    metric = {
        "text": "5 percent",
        "span": {"start": 13.5, "end": True},
        "value": "5",
        "unit": "percent",
    }
    found = dict(problems_of(doc_json(title=None, source=7, metrics=[metric])))
    assert {
        "$.source",
        "$.metrics[0].span.start",
        "$.metrics[0].span.end",
        "$.metrics[0].value",
    } == set(found)
    assert "expected a number, found '5'" == found["$.metrics[0].value"]


def test_str_where_a_list_is_expected():
    """A str where a list is expected is an error, not a list of characters."""
    actor = {"id": "a", "kind": "person", "name": "Li", "aliases": "XY"}
    assert ["$.actors[0].aliases"] == paths_of(doc_json(actors=[actor]))
    assert ["$.metrics"] == paths_of(doc_json(metrics="none"))


def test_unknown_fields_are_refused():
    """Unknown keys at the top and inside items are reported."""
    actor = {"id": "a", "kind": "person", "name": "Li", "age": 3}
    assert {"$", "$.actors[0]"} == set(paths_of(doc_json(colour="red", actors=[actor])))


def test_many_problems_reported_at_once():
    """A wrong type, a span beyond the text and a bad date are all reported."""
    metric = {
        "text": "5 percent",
        "span": {"start": 13, "end": 99},
        "value": "five",
        "unit": "percent",
    }
    found = dict(problems_of(doc_json(published="2026-02-30", metrics=[metric])))
    assert ["$.metrics[0].span.end", "$.metrics[0].value", "$.published"] == sorted(
        found
    )
    assert "[span-bounds]" in found["$.metrics[0].span.end"]


def test_model_invariants_carry_their_codes():
    """Model invariants found while loading keep their code and full path."""
    period = {"start": "2026-03-01", "end": "2026-01-01"}
    metric = {
        "text": "5 percent",
        "span": {"start": 13, "end": 22},
        "value": 5,
        "upper": 1,
        "unit": "percent",
        "period": period,
    }
    found = dict(problems_of(doc_json(metrics=[metric])))
    assert ["$.metrics[0].period.end"] == list(found)
    assert found["$.metrics[0].period.end"].endswith("[date-order]")


def test_cross_field_problems_found_while_loading():
    """Spans not matching their text and unknown actors are reported with paths."""
    st = {
        "speaker": "Nobody",
        "cue": "say",
        "content": "wrong",
        "content_span": {"start": 0, "end": 7},
    }
    found = dict(problems_of(doc_json(statements=[st])))
    assert ["$.statements[0].content", "$.statements[0].speaker"] == sorted(found)


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused(constant):
    """NaN and Infinity are not JSON numbers and are refused."""
    data = doc_json().replace('"d1"', '"d1", "x": ' + constant)
    with pytest.raises(SerializationError) as info:
        policydocs.loads(data)
    assert constant.lstrip("-") in str(info.value)


def test_duplicate_keys_are_refused():
    """A key given twice in one object is refused, not last-one-wins."""
    data = '{"schema": "policydocs/1", "id": "a", "id": "b", "text": ""}'
    assert [("$", "expected each key once, found 'id' again")] == problems_of(data)


def test_excessive_nesting_is_refused():
    """Nesting over MAX_DEPTH levels is refused before decoding."""
    data = doc_json().replace('"d1"', '"d1", "x": ' + "[" * 100 + "]" * 100)
    with pytest.raises(SerializationError) as info:
        policydocs.loads(data)
    assert "nested deeper" in str(info.value)


def test_brackets_inside_strings_do_not_count_as_nesting():
    """Deep-looking brackets inside a string are text, not nesting."""
    doc = policydocs.loads(doc_json(text="[" * 100))
    assert "[" * 100 == doc.text


def test_oversized_integers_are_refused():
    """An integer beyond Python's digit limit is refused with a SerializationError."""
    data = doc_json().replace('"d1"', '"d1", "x": ' + "9" * 5000)
    with pytest.raises(SerializationError):
        policydocs.loads(data)


def test_non_utf8_bytes():
    """Bytes that are not UTF-8 raise SerializationError naming the offset."""
    with pytest.raises(SerializationError) as info:
        policydocs.loads(b'{"id": "\xff"}')
    assert "0xff" in str(info.value)


def test_from_dict_does_not_change_its_input():
    """from_dict leaves the caller's dict as it was."""
    data = json.loads(doc_json())
    before = json.dumps(data)
    policydocs.from_dict(data)
    assert before == json.dumps(data)


def test_from_dict_of_a_non_dict():
    """from_dict of a list raises SerializationError, not AttributeError."""
    with pytest.raises(SerializationError):
        policydocs.from_dict([])


def test_jsonl_reports_the_line_and_can_skip():
    """A bad record names its line; with on_error reading goes on."""
    good = policydocs.dumps(policydocs.loads(doc_json()))
    stream = good + "\n\n{bad\n" + good + "\n"
    with pytest.raises(SerializationError) as info:
        list(policydocs.load_jsonl(io.StringIO(stream)))
    assert 3 == info.value.line
    errors: list[SerializationError] = []
    docs = list(policydocs.load_jsonl(io.StringIO(stream), on_error=errors.append))
    assert (2, [3]) == (len(docs), [e.line for e in errors])
    assert "line 3: " in str(errors[0])


def test_jsonl_invalid_record_line(tmp_path):
    """An invalid (not malformed) record also carries its line; paths are read too."""
    good = policydocs.dumps(policydocs.loads(doc_json()))
    path = tmp_path / "corpus.jsonl"
    path.write_text(good + "\n" + doc_json(id=3) + "\n", encoding="utf-8")
    with pytest.raises(SerializationError) as info:
        list(policydocs.load_jsonl(path))
    assert (2, ["$.id"]) == (info.value.line, [p for p, _ in info.value.problems])


def test_dumps_is_compact_sorted_and_unescaped():
    """No whitespace, keys sorted, non-ASCII written as is."""
    doc = policydocs.loads(doc_json(text="Exports rose 5 percent — 增长."))
    out = policydocs.dumps(doc)
    assert out.startswith('{"actors":[],"directives":[],"id":"d1","language":"en",')
    assert "增长" in out


def test_stdlib_and_orjson_paths_agree(monkeypatch):
    """With orjson switched off, dumps writes the same bytes."""
    doc = policydocs.loads(doc_json(text="a\x00\x1f\u2028b"))
    fast = policydocs.dumps(doc)
    monkeypatch.setattr(_serialize, "_orjson", None)
    assert fast == policydocs.dumps(doc)


def test_write_atomic_replaces_or_leaves_nothing(tmp_path):
    """write_atomic writes all, or on error keeps the old file and no temp file."""
    path = tmp_path / "out.json"
    _serialize.write_atomic(path, lambda fh: fh.write("one"))
    assert "one" == path.read_text(encoding="utf-8")

    def fail(fh):
        fh.write("partial")
        raise RuntimeError

    with pytest.raises(RuntimeError):
        _serialize.write_atomic(path, fail)
    assert ("one", ["out.json"]) == (
        path.read_text(encoding="utf-8"),
        [p.name for p in tmp_path.iterdir()],
    )


def test_every_bad_field_of_one_item_is_reported():
    """An unknown enum value is reported alongside other bad fields of the same item."""
    actor = {"id": "a1", "kind": "robot", "name": "R2", "aliases": "R", "titles": [1]}
    found = dict(problems_of(doc_json(actors=[actor])))
    expected = ["$.actors[0].aliases", "$.actors[0].kind", "$.actors[0].titles[0]"]
    assert expected == sorted(found)
    assert found["$.actors[0].kind"].endswith("found 'robot' [enum]")


@pytest.mark.parametrize("fast", [True, False])
def test_lone_surrogates_raise_a_serialization_error(fast, monkeypatch):
    """A lone surrogate in a hand-built document: both encoders raise alike."""
    if not fast:
        monkeypatch.setattr(_serialize, "_orjson", None)
    elif _serialize._orjson is None:
        pytest.skip("orjson is not installed")
    doc = policydocs.Document(id="d", text="a\ud800b")
    with pytest.raises(SerializationError, match="lone surrogate"):
        policydocs.dumps(doc)


def test_scalar_hooks_refuse_other_types():
    """A non-bool flag and a non-ISO date are refused with what was expected."""
    metric = {
        "text": "",
        "span": {"start": 0, "end": 0},
        "value": 1,
        "unit": "t",
        "target": 1,
    }
    found = dict(problems_of(doc_json(published="6 March 2026", metrics=[metric])))
    assert "expected true or false, found 1" == found["$.metrics[0].target"]
    assert found["$.published"].startswith("expected an ISO date such as '2026-03-06'")


def test_empty_id_is_reported_with_other_problems():
    """A blank id is reported by the detailed pass, next to the other problems."""
    found = dict(problems_of(doc_json(id="", title=3)))
    assert ["$.id", "$.title"] == sorted(found)
    assert found["$.id"].endswith("[empty]")


def test_valid_items_beside_a_failed_one_do_not_add_problems():
    """Only the broken item is reported; its well-formed neighbour passes."""
    good = {
        "id": "a1",
        "kind": "person",
        "name": "Li",
        "aliases": ["L"],
        "mentions": [],
    }
    bad = {
        "id": "a2",
        "kind": "robot",
        "name": "R",
        "mentions": [{"start": 0, "end": 50}],
    }
    found = dict(problems_of(doc_json(actors=[good, bad])))
    assert ["$.actors[1].kind", "$.actors[1].mentions[0].end"] == sorted(found)


def test_items_that_are_not_objects():
    """A number where an item object is expected is reported at that index."""
    found = dict(problems_of(doc_json(metrics=[7], statements=[None])))
    assert ["$.metrics[0]", "$.statements[0]"] == sorted(found)
    assert found["$.metrics[0]"].startswith("expected an object")


def test_failed_statements_and_directives_keep_later_paths_right():
    """Failed items are skipped by cross-field checks; later paths stay right."""
    st = {
        "speaker": "X",
        "cue": "",
        "content": "",
        "content_span": {"start": 0, "end": 0},
    }
    di = {"action": "", "action_span": {"start": 0, "end": 0}, "force": "must"}
    di_ok = {
        "issuer": "Y",
        "action": "",
        "action_span": {"start": 0, "end": 0},
        "force": "obligation",
    }
    found = dict(problems_of(doc_json(statements=[st], directives=[di, di_ok])))
    assert [
        "$.directives[0].force",
        "$.directives[1].issuer",
        "$.statements[0].cue",
    ] == sorted(found)


def test_nesting_scan_skips_escaped_quotes_in_strings():
    """Escaped quotes inside strings do not confuse the nesting scan."""
    text = '\\"' + "[" * 70
    assert (
        '"' + "[" * 70 == policydocs.loads(doc_json(text=text.replace('\\"', '"'))).text
    )


def test_jsonl_from_a_path(tmp_path):
    """load_jsonl reads a file path lazily and closes it."""
    path = tmp_path / "ok.jsonl"
    doc = policydocs.loads(doc_json())
    path.write_text(policydocs.dumps(doc) + "\n", encoding="utf-8")
    assert [doc] == list(policydocs.load_jsonl(path))


def test_orjson_errors_other_than_surrogates(monkeypatch):
    """Any other encoder failure is a SerializationError too."""
    if _serialize._orjson is None:
        pytest.skip("orjson is not installed")
    doc = policydocs.loads(doc_json())
    monkeypatch.setattr(_serialize, "_to_wire", lambda _doc: {"n": 2**70})
    with pytest.raises(SerializationError, match="cannot write JSON"):
        policydocs.dumps(doc)


def test_refused_json_values_are_reported_with_their_paths():
    """NaN, Infinity, huge ints and repeated keys are each reported at their path."""
    metric = '{"value": -Infinity, "x": 1, "x": 2}'
    data = doc_json().replace('"d1"', f'"d1", "n": {"9" * 5000}, "metrics": [{metric}]')
    data = data.replace('"published"', '"q": NaN, "published"')
    assert [
        "$.n",
        "$.metrics[0]",
        "$.metrics[0].value",
        "$.q",
    ] == paths_of(data)


def _seed_document() -> policydocs.Document:
    return policydocs.read(next((Path(__file__).parents[2] / "seeds").glob("*.txt")))


def test_fast_path_and_careful_path_build_the_same_document(monkeypatch):
    """The orjson fast path of loads gives exactly what the careful path gives."""
    doc = _seed_document()
    text = policydocs.dumps(doc)
    fast = _serialize._fast_load(text)
    if _serialize._orjson is None:
        assert fast is None
    else:
        assert doc == fast
    monkeypatch.setattr(_serialize, "_fast_load", lambda _data: None)
    assert doc == policydocs.loads(text)


def test_fast_path_only_vouches_for_canonical_input():
    """Pretty-printed JSON is not canonical: it loads, but through the careful path."""
    if _serialize._orjson is None:
        pytest.skip("orjson is not installed")
    doc = _seed_document()
    pretty = json.dumps(json.loads(policydocs.dumps(doc)), indent=2)
    assert _serialize._fast_load(pretty) is None
    assert doc == policydocs.loads(pretty)


def test_repeated_key_cannot_slip_through_the_fast_path():
    """A repeated key in otherwise canonical JSON is refused with its path."""
    data = doc_json().replace('"id":"d1"', '"id":"d1","id":"d2"', 1)
    if '"id":"d1","id":"d2"' not in data:
        data = doc_json().replace('"id": "d1"', '"id": "d1", "id": "d2"', 1)
    with pytest.raises(SerializationError, match="'id' again"):
        policydocs.loads(data)


_DENSE = (
    "date 2026-03-06 Premier Li said exports rose 5% in May. "
    "Firms must cut fees by 1e-7 percent. Output hit 3.2e25 yuan. " * 20
)


@pytest.mark.parametrize("fast", [True, False])
def test_streamed_json_is_byte_identical_to_dumps(monkeypatch, fast):
    """The chunks the CLI and dump_jsonl write join to exactly dumps(doc)."""
    if not fast:
        monkeypatch.setattr(_serialize, "_orjson", None)
    docs = [
        sample_document(),
        empty_document(),
        policydocs.parse(_DENSE),
        policydocs.parse("x", extract=False),
    ]
    assert [policydocs.dumps(d) for d in docs] == [
        "".join(_serialize._json_chunks(d)) for d in docs
    ]


def test_writing_jsonl_does_not_build_the_whole_tree(tmp_path):
    """Writing a metric-dense document streams it: no tree of every item at once."""
    import tracemalloc

    doc = policydocs.parse("5% " * 10_000)
    with (tmp_path / "out.jsonl").open("w", encoding="utf-8") as fh:
        tracemalloc.start()
        try:
            policydocs.dump_jsonl([doc], fh)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    # dumps() peaked near 500 bytes per input character on this shape.
    assert peak < 20 * len(doc.text), peak


@pytest.mark.parametrize("data", [None, -1, 10**9, 1.5, ["{}"]])
def test_loads_refuses_what_is_not_text_or_bytes(data):
    """loads(None/-1/10**9) is a TypeError naming the type, with no huge allocation."""
    with pytest.raises(TypeError, match=f"found {type(data).__name__}$"):
        policydocs.loads(data)


@pytest.mark.parametrize("kind", [bytearray, memoryview])
def test_loads_takes_bytearray_and_memoryview(kind):
    """bytearray and memoryview are read as bytes."""
    doc = policydocs.parse("date 2026-03-06 Hi.", extract=False)
    assert doc == policydocs.loads(kind(policydocs.dumps(doc).encode()))


def test_dumps_of_an_item_is_a_type_error():
    """dumps(metric) raises TypeError naming what it got, not AttributeError."""
    doc = policydocs.parse("date 2026-03-06 Exports rose 5 percent.")
    with pytest.raises(TypeError, match=r"a policydocs\.Document, found Metric"):
        policydocs.dumps(doc.metrics[0])


def test_dump_jsonl_names_the_position_and_type_of_a_non_document():
    """A non-Document item is a TypeError naming place and type, none of it written."""
    doc = policydocs.parse("date 2026-03-06 Exports rose 5 percent.")
    buf = io.StringIO()
    with pytest.raises(TypeError) as info:
        policydocs.dump_jsonl([doc, doc.metrics[0], doc], buf)
    assert "docs[1]: expected a policydocs.Document, found Metric" == str(info.value)
    assert policydocs.dumps(doc) + "\n" == buf.getvalue()


def test_dump_jsonl_to_a_path_leaves_the_file_as_it_was_on_a_bad_item(tmp_path):
    """With a path, a non-Document item leaves the old file whole and no temp file."""
    doc = policydocs.parse("date 2026-03-06 Hi.", extract=False)
    out = tmp_path / "out.jsonl"
    out.write_text("old\n", encoding="utf-8")
    with pytest.raises(TypeError, match=r"^docs\[2\]: .* found dict$"):
        policydocs.dump_jsonl([doc, doc, policydocs.to_dict(doc)], out)
    assert "old\n" == out.read_text(encoding="utf-8")
    assert [out] == list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("docs", "found"),
    [("a.jsonl", "str"), (None, "NoneType"), (5, "int")],
    ids=["str", "None", "int"],
)
def test_dump_jsonl_refuses_what_is_not_an_iterable_of_documents(tmp_path, docs, found):
    """A string, None or a number as ``docs`` is a TypeError and no file appears."""
    out = tmp_path / "out.jsonl"
    with pytest.raises(
        TypeError, match=rf"iterable of policydocs\.Document, found {found}$"
    ):
        policydocs.dump_jsonl(docs, out)
    assert not out.exists()


def test_dump_jsonl_of_a_single_document_says_to_pass_an_iterable():
    """One Document where an iterable is expected is a TypeError, nothing written."""
    doc = policydocs.parse("date 2026-03-06 Hi.", extract=False)
    buf = io.StringIO()
    with pytest.raises(
        TypeError, match=r"iterable of policydocs\.Document, found Document$"
    ):
        policydocs.dump_jsonl(doc, buf)
    assert "" == buf.getvalue()


@pytest.mark.parametrize(
    ("write", "message"),
    [
        (policydocs.to_text, "expected a policydocs.Document"),
        (lambda bad: policydocs.table([bad], "metrics"), "docs[0]: expected"),
        (lambda bad: policydocs.series([bad]), "docs[0]: expected"),
        (lambda bad: policydocs.render([bad]), "doc_or_docs[0]: expected"),
    ],
    ids=["to_text", "table", "series", "render"],
)
def test_sibling_writers_name_a_non_document_the_same_way(write, message):
    """to_text, table, series and render name a non-Document's place and type."""
    with pytest.raises(TypeError) as info:
        write({"id": "d1"})
    assert str(info.value).startswith(message)
    assert str(info.value).endswith("policydocs.Document, found dict")


def test_load_problems_are_structured_with_codes():
    """Every load problem is a Problem(code, path, message); pairs stay as before."""
    raw = json.loads(doc_json())
    raw["metrics"] = [{"text": "5", "span": {"start": 0, "end": 999}, "value": "x"}]
    raw["extra"] = 1
    with pytest.raises(SerializationError) as info:
        policydocs.loads(json.dumps(raw))
    codes = {(p.code, p.where) for p in info.value.details}
    assert {
        ("unknown-field", "$"),
        ("json-type", "$.metrics[0].value"),
        ("missing-field", "$.metrics[0].unit"),
        ("span-bounds", "$.metrics[0].span.end"),
    } <= codes
    plain = [(p.where, p.message) for p in info.value.details if "span" not in p.code]
    assert plain == [p for p in info.value.problems if "[span-bounds]" not in p[1]]


def test_malformed_json_has_a_code_and_its_line_and_column():
    """A JSON syntax error carries code json-syntax and (line, column)."""
    with pytest.raises(SerializationError) as info:
        policydocs.loads('{\n  "id": ,\n}')
    assert ("json-syntax", (2, 9)) == (info.value.code, info.value.position)
    assert ["json-syntax"] == [p.code for p in info.value.details]


def test_one_bad_actor_gives_no_follow_on_unknown_actor_problems():
    """An actor that fails to load is reported once, not once per item naming it."""
    doc = policydocs.parse(
        "date 2026-03-06 Premier Li said exports rose. Li said firms must hire."
    )
    raw = json.loads(policydocs.dumps(doc))
    speaker = raw["statements"][0]["speaker"]
    index = next(i for i, a in enumerate(raw["actors"]) if a["name"] == speaker)
    raw["actors"][index]["kind"] = "alien"
    with pytest.raises(SerializationError) as info:
        policydocs.loads(json.dumps(raw))
    assert ["enum"] == [p.code for p in info.value.details]


def test_serialization_error_pickles_with_its_details():
    """details, code and position survive pickling."""
    import pickle

    with pytest.raises(SerializationError) as info:
        policydocs.loads("{oops")
    again = pickle.loads(pickle.dumps(info.value))  # noqa: S301 - our own object
    assert (info.value.details, info.value.position, str(info.value)) == (
        again.details,
        again.position,
        str(again),
    )
