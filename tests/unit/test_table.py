"""Flat tables of statements, directives and metrics, and their data frames."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys

import pytest
from _sample_docs import empty_document, sample_document

import policydocs
from policydocs._table import columns, iter_rows, table

KINDS = ("statements", "directives", "metrics")


def test_one_record_per_item_with_document_fields():
    """Each item becomes one record led by the document's id, date and source."""
    doc = sample_document()
    for kind in KINDS:
        rows = table(doc, kind)
        assert len(getattr(doc, kind)) == len(rows)
        for i, row in enumerate(rows):
            assert ("sample-1", dt.date(2026, 3, 6), "Ministry of Energy", i) == (
                row["doc_id"],
                row["published"],
                row["source"],
                row["item"],
            )
            assert list(columns(kind)) == list(row)


def test_periods_become_two_date_columns_and_spans_start_end():
    """A period flattens to period_start/period_end dates, a span to start/end ints."""
    row = table(sample_document(), "metrics")[0]
    assert (dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == (
        row["period_start"],
        row["period_end"],
    )
    assert (row["span_start"], row["span_end"]) == (49, 60)
    assert sample_document().text[49:60] == "5.3 percent"
    assert (table(sample_document(), "metrics")[1]["period_start"], None) == (
        None,
        None,
    )


def test_enums_are_plain_strings():
    """Enum fields hold their plain string value, not the enum member."""
    rows = table(sample_document(), "directives")
    assert [r["force"] for r in rows] == ["obligation", "commitment"]
    assert all(type(r["force"]) is str for r in rows)
    assert table(sample_document(), "statements")[0]["mode"] == "indirect"
    assert type(table(sample_document(), "statements")[0]["mode"]) is str


def test_optional_span_absent_gives_empty_cells():
    """A directive without a trigger span has None in trigger_start/trigger_end."""
    row = table(sample_document(), "directives")[1]
    assert (row["trigger_start"], row["trigger_end"]) == (None, None)
    assert row["statement"] == 0


def test_all_stacks_kinds_with_union_columns():
    """kind='all' lists each item once, with a kind column and None where n/a."""
    rows = table([sample_document(), empty_document()], "all")
    assert [r["kind"] for r in rows] == ["statement"] * 2 + ["directive"] * 2 + [
        "metric"
    ] * 2
    assert all(list(columns("all")) == list(r) for r in rows)
    assert rows[0]["value"] is None
    assert rows[4]["value"] == -5.3
    assert columns("all")[:5] == ("doc_id", "published", "source", "kind", "item")


def test_accepts_one_document_or_an_iterable_and_streams():
    """A single document, a list or a generator all work; iter_rows is lazy."""
    docs = (sample_document(f"d{i}") for i in range(3))
    assert [r["doc_id"] for r in table(docs, "metrics")[::2]] == ["d0", "d1", "d2"]
    it = iter_rows(iter([sample_document()]), "statements")
    assert next(it)["doc_id"] == "sample-1"


def test_empty_documents_give_no_rows():
    """A document with no items contributes nothing."""
    assert table(empty_document(), "metrics") == []
    assert table([], "all") == []


def test_bad_kind_and_bad_items_are_refused():
    """A bad kind is a ValueError naming the choices; a non-document a TypeError."""
    with pytest.raises(ValueError, match="'metrics'"):
        table(sample_document(), "metric")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str"):
        table(["not a doc"], "metrics")  # type: ignore[list-item]


def test_public_names_are_lazy():
    """table & co. are public and lazy: import policydocs loads no pandas or polars."""
    assert policydocs.table is table
    code = (
        "import sys, policydocs; "
        "assert 'policydocs._table' not in sys.modules; "
        "policydocs.table; "
        "assert 'pandas' not in sys.modules and 'polars' not in sys.modules; "
        "print('ok')"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "ok"


NO_PANDAS = importlib.util.find_spec("pandas") is None
NO_POLARS = importlib.util.find_spec("polars") is None


@pytest.mark.skipif(NO_PANDAS, reason="pandas not installed (extra 'pandas')")
def test_to_pandas_types_columns():
    """to_pandas: datetime64 dates, nullable ints, every column even when empty."""
    frame = policydocs.to_pandas([sample_document(), empty_document()], "metrics")
    assert list(columns("metrics")) == list(frame.columns)
    assert len(frame) == 2
    assert str(frame["period_start"].dtype).startswith("datetime64")
    assert str(frame["span_start"].dtype) == "Int64"
    assert frame["period_start"].iloc[0].year == 2025
    empty = policydocs.to_pandas([], "directives")
    assert (0, len(columns("directives"))) == empty.shape


@pytest.mark.skipif(NO_POLARS, reason="polars not installed (extra 'polars')")
def test_to_polars_types_columns():
    """to_polars gives a fixed schema with Date columns, even when empty."""
    import polars as pl

    frame = policydocs.to_polars(sample_document(), "metrics")
    assert pl.Date == frame.schema["period_end"]
    assert frame["value"].to_list() == [-5.3, 300.0]
    assert [dt.date(2025, 12, 31), None] == frame["period_end"].to_list()
    empty = policydocs.to_polars([], "all")
    assert list(columns("all")) == empty.columns
    assert pl.Boolean == empty.schema["negated"]


def test_plan_same_whether_or_not_field_types_are_resolved():
    """Column plans don't depend on cattrs having resolved the models' string types."""
    import attrs

    from policydocs import Directive, Metric, Statement
    from policydocs._table import _plan

    before = [_plan(m)[0] for m in (Statement, Directive, Metric)]
    for model in (Statement, Directive, Metric):
        attrs.resolve_types(model)
    assert [_plan(m)[0] for m in (Statement, Directive, Metric)] == before


def test_unknown_field_types_have_no_column_rule():
    """A type the flattener does not know is reported as None, not guessed."""
    from policydocs._table import _column_type

    assert _column_type(list[int]) is None
    assert _column_type(dict) is None
    assert _column_type(int | str) is None
    assert _column_type(int | None) == ("scalar", "int")


def test_to_polars_refuses_an_unknown_kind():
    """to_polars with a kind that is no table kind raises ValueError, as table does."""
    import pytest

    pytest.importorskip("polars")
    import policydocs

    with pytest.raises(ValueError, match="kind"):
        policydocs.to_polars([], kind="bogus")  # type: ignore[arg-type]
