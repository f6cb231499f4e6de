"""Document._repr_html_: well-formed, escaped, each item highlighted with its fields."""

from __future__ import annotations

import attrs
from _sample_docs import TEXT, empty_document, sample_document

from _html_check import Checker, body_text, check
from policydocs import Document, Span, Statement
from policydocs._html import render


def _check(markup: str) -> Checker:
    return check(markup)


def _highlighted_text(doc: Document) -> str:
    return body_text(render(doc))


def test_html_is_well_formed_with_nested_spans():
    """Tags balance even though a metric sits in a directive inside a statement."""
    checker = _check(sample_document()._repr_html_())
    assert "table" in checker.tags
    assert "sup" in checker.tags


def test_text_survives_exactly():
    """The body shows the document text exactly once, in order, after unescaping."""
    assert _highlighted_text(sample_document()) == TEXT
    assert _highlighted_text(empty_document()) == empty_document().text


def test_script_is_escaped_and_cannot_run():
    """A document containing <script> shows it as text: no script tag, no handler."""
    markup = sample_document()._repr_html_()
    checker = _check(markup)
    assert "script" not in checker.tags
    assert "<script" not in markup.lower()
    assert "&lt;script&gt;" in markup
    assert not [a for a in checker.attrs_seen if a.startswith("on")]
    assert "Coal <b>& power</b>" in "".join(checker.text)  # the title, as text


def test_quotes_in_fields_cannot_break_out_of_attributes():
    """A name with quotes and angle brackets stays inside its title attribute."""
    doc = sample_document()
    evil = '"><img src=x onerror=alert(1)>'
    statements = (attrs.evolve(doc.statements[0], speaker=evil), *doc.statements[1:])
    actors = (attrs.evolve(doc.actors[0], name=evil), *doc.actors[1:])
    directives = tuple(
        attrs.evolve(
            d,
            issuer=evil,
            addressee=d.addressee and d.addressee.replace("Ministry of Energy", evil),
        )
        for d in doc.directives
    )
    doc = attrs.evolve(doc, actors=actors, statements=statements, directives=directives)
    checker = _check(doc._repr_html_())
    assert "img" not in checker.tags
    assert any(evil in t for t in checker.titles)


def test_every_item_has_its_fields_on_hover():
    """Each statement, directive and metric appears in a title with its key fields."""
    titles = "\n".join(_check(render(sample_document())).titles)
    for needle in (
        "S1 statement\nspeaker: Ministry of Energy\ncue: say",
        "S2 statement\nspeaker: –\ncue: note",
        (
            "D1 directive\nforce: obligation\nissuer: Ministry of Energy\n"
            "addressee: provinces"
        ),
        "D2 directive\nforce: commitment",
        (
            "M1 metric\nvalue: -5.3\nunit: percent\napprox: –\n"
            "period: 2025-01-01 to 2025-12-31"
        ),
        "M2 metric\nvalue: 300\nunit: count\napprox: about",
    ):
        assert needle in titles


def test_overlapping_segment_lists_all_covering_items():
    """'5.3 percent' lies in S1, D1 and M1, and its tooltip names all three."""
    checker = _check(render(sample_document()))
    names = ("S1 statement", "D1 directive", "M1 metric")
    assert any(all(n in t for n in names) for t in checker.titles)


def test_distinct_colours_per_kind():
    """Statements, directives and metrics use three different fills."""
    markup = render(sample_document())
    fills = ("#dbeafe", "#fed7aa", "#bbf7d0")
    assert all(f in markup for f in fills)


def test_summary_tables_and_empty_document():
    """A summary table per kind with one row per item; none for an empty document."""
    markup = render(sample_document())
    assert markup.count("<table") == 4
    assert "Actors (2)" in markup
    assert "Statements (2)" in markup
    assert "Metrics (2)" in markup
    empty = render(empty_document())
    _check(empty)
    assert "<table" not in empty
    assert "0 statements" in empty
    one = render(attrs.evolve(sample_document(), metrics=sample_document().metrics[:1]))
    assert "1 metric<" in one


def test_crossing_spans_stay_well_formed():
    """Two statements whose spans cross (neither contains the other) render balanced."""
    text = "alpha beta gamma delta"
    doc = Document(
        id="x",
        text=text,
        statements=(
            Statement(
                cue="say", content="alpha beta", content_span=Span(start=0, end=10)
            ),
            Statement(
                cue="say", content="beta gamma", content_span=Span(start=6, end=16)
            ),
            Statement(cue="say", content="", content_span=Span(start=3, end=3)),
        ),
    )
    checker = _check(render(doc))
    assert _highlighted_text(doc) == text
    # The shared word "beta" is covered by both and says so on hover.
    assert any("S1 statement" in t and "S2 statement" in t for t in checker.titles)


def test_short_periods_in_the_summary_table():
    """The table names whole years and months briefly; odd ranges keep full dates."""
    import datetime as dt

    from policydocs import Period
    from policydocs._html import _short_period

    metric = sample_document().metrics[0]
    cases = {
        Period.year(2025): "2025",
        Period.years(2026, 2030): "2026–2030",
        Period.months(2025, 1, 5): "2025-01–2025-05",
        Period.month(2025, 12): "2025-12",
        Period(
            start=dt.date(2025, 3, 6), end=dt.date(2025, 3, 6)
        ): "2025-03-06 to 2025-03-06",
        None: "–",
    }
    for period, label in cases.items():
        assert _short_period(attrs.evolve(metric, period=period)) == label
    assert ">2025</td>" in render(sample_document())


def test_long_documents_and_tables_are_cut_with_a_note():
    """Past max_chars and max_rows the view stops, says so, and stays well-formed."""
    doc = sample_document()
    markup = render(doc, max_chars=55, max_rows=1)
    check(markup)
    assert body_text(markup) == TEXT[:55]
    assert f"{len(TEXT) - 55:,} more characters not shown" in markup
    assert markup.count("… and 1 more;") == 4  # statements, directives, metrics, actors
    assert "<code>doc.actors</code>" in markup
    assert "Metrics (2)" in markup
    assert "more characters" not in render(doc)
