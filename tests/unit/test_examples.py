"""The Python API a user expects: shipped examples, exports, tables, JSON Lines."""

from __future__ import annotations

import importlib.util
import inspect
import io
import os
import subprocess
import sys

import pytest

import policydocs
from policydocs import _serialize, examples

NO_PANDAS = importlib.util.find_spec("pandas") is None


def test_examples_work_from_any_folder(tmp_path):
    """`policydocs.examples.seed().published` works from a folder without a checkout."""
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import policydocs.examples as e; print(e.seed().published)",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert ("2026-03-06", "") == (proc.stdout.strip(), proc.stderr)


@pytest.mark.parametrize("name", examples.names())
def test_every_example_is_a_valid_dated_document(name):
    """Each sample document loads, is dated, valid, and has directives and metrics."""
    doc = examples.load(name)
    assert (name, [], True, True) == (
        doc.id,
        policydocs.check(doc),
        doc.published is not None,
        bool(doc.directives and doc.metrics),
    )


def test_unknown_example_names_the_choices():
    """An unknown name is a KeyError listing the names."""
    with pytest.raises(KeyError, match="central_bank, press_release, seed"):
        examples.text("nope")


def test_batch_and_table_names_are_exported():
    """BatchRun, FileError and TABLE_KINDS are public names of the package."""
    from policydocs import _batch, _table

    assert (_batch.BatchRun, _batch.FileError, _table.TABLE_KINDS) == (
        policydocs.BatchRun,
        policydocs.FileError,
        policydocs.TABLE_KINDS,
    )
    assert "actors" in policydocs.TABLE_KINDS


def test_parse_exposes_no_private_parameter():
    """parse() has no parameter whose name starts with an underscore."""
    params = inspect.signature(policydocs.parse).parameters
    assert [] == [name for name in params if name.startswith("_")]


def test_table_kind_by_keyword_and_an_actors_table():
    """table(docs, kind=...) works, and kind="actors" lists each actor with joins."""
    doc = examples.seed()
    rows = policydocs.table([doc], kind="actors")
    first = rows[0]
    assert (len(doc.actors), doc.actors[0].name) == (len(rows), first["name"])
    assert "; ".join(doc.actors[0].aliases) == first["aliases"]
    assert len(doc.actors[0].mentions) == first["mentions"]


@pytest.mark.skipif(NO_PANDAS, reason="pandas not installed (extra 'pandas')")
def test_to_pandas_enums_are_ordered_categoricals_force_by_strength():
    """force is an ordered categorical by strength; text columns the string dtype."""
    frame = policydocs.to_pandas(examples.seed(), kind="directives")
    order = list(frame["force"].cat.categories)
    assert (True, "commitment", "obligation", "string") == (
        frame["force"].cat.ordered,
        order[0],
        order[-1],
        str(frame["action"].dtype),
    )


def test_dump_jsonl_to_a_path_writes_atomically_and_loads_back(tmp_path):
    """dump_jsonl(docs, path) writes the file that load_jsonl(path) reads back."""
    docs = [examples.load(n) for n in examples.names()]
    path = tmp_path / "docs.jsonl"
    assert 4 == policydocs.dump_jsonl(docs, path)
    assert docs == list(policydocs.load_jsonl(path))
    assert ["docs.jsonl"] == [p.name for p in tmp_path.iterdir()]


def test_load_jsonl_takes_the_orjson_fast_path(monkeypatch):
    """Canonical lines load without the careful decoder (orjson, as loads does)."""
    pytest.importorskip("orjson")

    def careful(*_: object, **__: object) -> object:
        raise AssertionError("the careful path ran")

    buf = io.StringIO()
    policydocs.dump_jsonl([examples.seed()], buf)
    monkeypatch.setattr(_serialize, "_decode", careful)
    assert [examples.seed()] == list(policydocs.load_jsonl(io.StringIO(buf.getvalue())))
