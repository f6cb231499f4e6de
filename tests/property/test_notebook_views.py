"""Tables and HTML views hold for any valid document (policydocs.strategies)."""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

from hypothesis import given

from _html_check import body_text, check
from policydocs._cli import _cell, _Options, _write_csv
from policydocs._html import render
from policydocs._table import columns, table
from policydocs.strategies import documents

if TYPE_CHECKING:
    from policydocs import Document


@given(documents())
def test_html_view_is_well_formed_and_shows_the_text(doc: Document):
    """Any document renders to balanced HTML whose text is the document's text."""
    markup = render(doc)
    checker = check(markup)
    assert "script" not in checker.tags
    assert body_text(markup) == doc.text


@given(documents())
def test_table_has_one_row_per_item_with_its_spans(doc: Document):
    """Rows match items one to one, in order, with each item's offsets."""
    for kind, field in (
        ("statements", "content_span"),
        ("directives", "action_span"),
        ("metrics", "span"),
    ):
        rows = table(doc, kind)
        items = getattr(doc, kind)
        assert len(rows) == len(items)
        stem = "span" if field == "span" else field.removesuffix("_span")
        for row, item in zip(rows, items, strict=True):
            assert list(row) == list(columns(kind))
            span = getattr(item, field)
            assert (row[f"{stem}_start"], row[f"{stem}_end"]) == (span.start, span.end)


@given(documents())
def test_csv_rows_read_back_with_the_same_cells(doc: Document):
    """The CLI's CSV cells survive a csv round trip, newlines and quotes included."""
    buf = io.StringIO(newline="")
    _write_csv([doc], buf, options=_Options(single=True))
    cells = [[_cell(v) for v in row.values()] for row in table(doc, "all")]
    back = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert back[0] == list(columns("all"))
    assert back[1:] == cells
