"""policydocs.render and Document._repr_html_: well-formed, escaped, labelled, small."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest
from _sample_docs import TEXT, empty_document, sample_document

import policydocs
from _html_check import Checker, body_text, check
from policydocs import Actor, Document, Force, Period, Span, Statement
from policydocs._cli import main
from policydocs._html import (
    _FORCE_COLOUR,
    _METRIC,
    _STATEMENT,
    _options,
    _render,
    _short_period,
)

SEED = next(Path(__file__).parents[2].glob("seeds/*.txt"))


def _tips(doc: Document, **options: object) -> str:
    return "\n\n".join(check(policydocs.render(doc, **options)).tips)  # type: ignore[arg-type]


def _split_quote_document() -> Document:
    text = '"Exports held up," Li Qiang said. "Imports fell."'
    first = Span(start=1, end=16)
    second = Span(start=text.index("Imports"), end=text.index("fell.") + 5)
    speaker = Span(start=text.index("Li"), end=text.index("Li") + len("Li Qiang"))
    return Document(
        id="split",
        text=text,
        actors=(Actor(id="a0", kind="person", name="Li Qiang", mentions=(speaker,)),),
        statements=(
            Statement(
                speaker="Li Qiang",
                cue="say",
                content="Exports held up Imports fell.",
                content_span=Span(start=first.start, end=second.end),
                parts=(first, second),
                mode="direct",
                cue_span=Span(start=text.index("said"), end=text.index("said") + 4),
                speaker_span=speaker,
            ),
        ),
    )


def test_html_is_well_formed_with_nested_spans():
    """Tags balance though a metric sits in a directive inside a statement."""
    checker = check(sample_document()._repr_html_())
    assert "table" in checker.tags
    assert "sup" in checker.tags
    assert "details" in checker.tags


def test_repr_html_is_render_with_defaults():
    """The notebook view is policydocs.render(doc) with every option at its default."""
    doc = sample_document()
    assert policydocs.render(doc) == doc._repr_html_()


def test_text_survives_exactly():
    """The body shows the document text exactly once, in order, after unescaping."""
    assert TEXT == body_text(policydocs.render(sample_document()))
    assert empty_document().text == body_text(policydocs.render(empty_document()))


def test_script_is_escaped_and_cannot_run():
    """A document containing <script> shows it as text: no script tag, no handler."""
    markup = sample_document()._repr_html_()
    checker = check(markup)
    assert "script" not in checker.tags
    assert "<script" not in markup.lower()
    assert "&lt;script&gt;" in markup
    assert [] == [a for a in checker.attrs_seen if a.startswith("on")]
    assert "Coal <b>& power</b>" in "".join(checker.text)  # the title, as text


def test_quotes_in_fields_cannot_break_out_of_attributes():
    """A name with quotes and angle brackets stays inside its data-tip attribute."""
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
    for markup in (doc._repr_html_(), policydocs.render(doc, page=True)):
        checker = check(markup)
        assert "img" not in checker.tags
        assert any(evil in t for t in checker.tips)
        assert any(evil in t for t in checker.text)  # the actor table


def test_labels_are_python_indices():
    """Each item's label is its index in the document; the actor table shows ids."""
    doc = sample_document()
    checker = check(policydocs.render(doc))
    labels = [t for t in checker.tips if t.split("\n")[0].endswith("]")]
    firsts = [t.split("\n")[0] for t in labels]
    expected = ["statements[0]", "directives[0]", "metrics[0]", "directives[1]"]
    expected += ["metrics[1]", "statements[1]"]
    assert expected == firsts
    text = "".join(checker.text)
    for i in range(2):
        assert f"statements[{i}]" in text
        assert f"directives[{i}]" in text
        assert f"metrics[{i}]" in text
    assert "S1" not in text
    assert "D1" not in text
    assert "a1" in text  # the actor ids, as the model spells them


def test_every_item_has_its_fields_in_a_focusable_tooltip():
    """Tooltips list each item's key fields and sit on elements reachable by Tab."""
    tips = _tips(sample_document())
    for needle in (
        "statements[0]\nspeaker: Ministry of Energy\ncue: say\nmode: indirect",
        "statements[1]\nspeaker: –\ncue: note",
        (
            "directives[0]\nforce: obligation\nissuer: Ministry of Energy\n"
            "addressee: provinces"
        ),
        "directives[1]\nforce: commitment",
        "metrics[0]\nvalue: -5.3\nunit: percent\napprox: –\nperiod: 2025",
        "metrics[1]\nvalue: 300\nunit: count\napprox: about",
        "a1: Ministry of Energy (organization)",
        "a2: provinces (group)",
    ):
        assert needle in tips
    markup = policydocs.render(sample_document())
    tagged = re.findall(r"<(\w+)([^>]*)data-tip=", markup)
    assert tagged
    assert all('tabindex="0"' in attrs_ for _, attrs_ in tagged)


def test_actor_mentions_underlined_with_their_chain_rule():
    """Every mention is a span of its actor's class; one :has rule per actor."""
    doc = attrs.evolve(
        sample_document(),
        actors=(
            attrs.evolve(
                sample_document().actors[0],
                mentions=(
                    Span(start=0, end=12),
                    Span(start=TEXT.index(" it ") + 1, end=TEXT.index(" it ") + 3),
                ),
            ),
            sample_document().actors[1],
        ),
    )
    markup = policydocs.render(doc)
    assert 2 == len(re.findall(r'class="[^"]*\ba x0"', markup))
    assert 1 == len(re.findall(r'class="[^"]*\ba x1"', markup))
    for i in range(2):
        assert f".policydocs-document:has(.x{i}:is(:hover,:focus)) .x{i}{{" in markup
    assert ".x2" not in markup
    no_actors = policydocs.render(doc, actors=False)
    assert 'class="a ' not in no_actors
    assert "Actors (" not in no_actors


def test_directives_coloured_by_force_and_negation_marked():
    """A directive's segments carry its force's class; a negated one is dashed, ¬."""
    doc = sample_document()
    negated = attrs.evolve(doc.directives[0], force="demand", negated=True)
    doc = attrs.evolve(doc, directives=(negated, doc.directives[1]))
    markup = policydocs.render(doc)
    assert "¬directives[0]" in markup
    assert re.search(r'class="[^"]*\bfd n\b', markup)
    assert re.search(r'class="[^"]*\bfc\b', markup)  # the commitment
    assert "1 demand (1 negated)" in markup
    assert "1 commitment" in markup
    assert "force: not demand" in "".join(check(markup).tips)
    colours = {fill for fill, _ in _FORCE_COLOUR.values()}
    assert len(Force) == len(colours)


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_meet_wcag_aa_for_text():
    """Text on every fill, and every label colour on white, reaches 4.5:1."""
    pairs = [*_FORCE_COLOUR.values(), _STATEMENT, _METRIC]
    for fill, line in pairs:
        assert _contrast("#111111", fill) >= 4.5
        assert _contrast(line, "#ffffff") >= 4.5


def test_split_quote_is_one_statement_with_its_speaker_marked():
    """The pieces of a split quote share one label; the speaker span is italic."""
    doc = _split_quote_document()
    markup = policydocs.render(doc)
    check(markup)
    assert 1 == markup.count(">statements[0]</sup>")
    assert "parts: 2" in _tips(doc)
    # The pieces are highlighted, the cue bold, the speaker italic; the
    # quotation marks and the gap between the pieces stay plain.
    assert re.search(r'<span class="s">Exports held up</span>', markup)
    assert re.search(r'<span class="k[^"]*"[^>]*>Li Qiang</span>', markup)
    assert re.search(r'<span class="s b">said</span>', markup)
    assert re.search(r'<span class="s">Imports fell\.</span>', markup)
    assert doc.text == body_text(markup)


def test_kinds_and_forces_choose_what_is_shown():
    """kinds= and forces= leave out other items from the text and the tables."""
    doc = sample_document()
    only_metrics = policydocs.render(doc, kinds=("metrics",), actors=False)
    assert "metrics[0]" in only_metrics
    assert "statements[0]" not in only_metrics
    assert "directives[0]" not in only_metrics
    assert "Statements (" not in only_metrics
    assert TEXT == body_text(only_metrics)
    obligations = policydocs.render(doc, forces=[Force.OBLIGATION])
    assert "directives[0]" in obligations
    assert "directives[1]" not in obligations
    assert "Directives (1)" in obligations
    assert obligations == policydocs.render(doc, forces={"obligation"})


@pytest.mark.parametrize(
    ("options", "error", "needle"),
    [
        ({"kinds": ("statement",)}, ValueError, "unknown kind 'statement'"),
        ({"kinds": "metrics"}, TypeError, "kinds='metrics'"),
        ({"forces": ("must",)}, ValueError, "unknown force 'must'"),
        ({"forces": "obligation"}, TypeError, "forces='obligation'"),
        ({"actors": 1}, TypeError, "actors=1"),
        ({"page": "yes"}, TypeError, "page='yes'"),
    ],
)
def test_bad_options_name_what_is_wrong(options, error, needle):
    """An unknown kind or force, or a wrong type, raises naming the option."""
    with pytest.raises(error, match=re.escape(needle)):
        policydocs.render(sample_document(), **options)


def test_bad_documents_are_refused():
    """A string, or a list holding something else, is a TypeError naming the index."""
    with pytest.raises(TypeError, match="expected a Document"):
        policydocs.render("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=re.escape("doc_or_docs[1]")):
        policydocs.render([sample_document(), "x"])  # type: ignore[list-item]


def test_several_documents_share_one_style_block():
    """A list renders each document in turn, with the main styles once."""
    docs = [sample_document("one"), sample_document("two"), empty_document()]
    markup = policydocs.render(docs)
    check(markup)
    assert 3 == markup.count('<div class="policydocs-document">')
    assert 1 == markup.count("white-space:pre-wrap")
    assert "id one" in markup
    assert "id two" in markup
    assert "no documents" in policydocs.render([])


def test_page_is_a_standalone_document_with_a_legend():
    """page=True gives <!DOCTYPE html>, a title, a charset, a legend and the view."""
    markup = policydocs.render(sample_document(), page=True)
    checker = check(markup)
    assert markup.startswith("<!DOCTYPE html><html lang=")
    assert markup.endswith("</html>")
    assert "<title>Coal &lt;b&gt;&amp; power&lt;/b&gt; · policydocs</title>" in markup
    assert '<meta charset="utf-8">' in markup
    text = "".join(checker.text)
    assert "Legend" in text
    for force in Force:
        assert force.value in text
    assert "Labels are Python indices" in text


def test_summary_counts_and_collapsed_tables():
    """Counts per kind and force; one closed <details> table per non-empty kind."""
    markup = policydocs.render(sample_document())
    assert 4 == markup.count("<details>")
    assert "<details open" not in markup
    for needle in (
        "2 statements",
        "2 directives",
        "1 obligation",
        "1 commitment",
        "2 metrics",
        "2 actors",
        "Statements (2)",
        "Actors (2)",
    ):
        assert needle in markup
    empty = policydocs.render(empty_document())
    check(empty)
    assert "<table" not in empty
    assert "0 statements" in empty
    one = policydocs.render(
        attrs.evolve(sample_document(), metrics=sample_document().metrics[:1])
    )
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
    markup = policydocs.render(doc)
    check(markup)
    assert text == body_text(markup)
    assert 1 == markup.count(">statements[1]</sup>")
    assert ">statements[2]</sup>" not in markup  # empty: only in the table
    assert "statements[2]" in markup


def test_short_periods_in_the_summary_table():
    """The table names whole years and months briefly; odd ranges keep full dates."""
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
        assert label == _short_period(attrs.evolve(metric, period=period))
    assert "<td>2025</td>" in policydocs.render(sample_document())


def test_long_documents_and_tables_are_cut_with_a_note():
    """Past max_chars and max_rows the view stops, says so, and stays well-formed."""
    doc = sample_document()
    markup = _render(
        doc,
        _options(("statements", "directives", "metrics"), None, actors=True),
        max_chars=55,
        max_rows=1,
    )
    check(markup)
    assert TEXT[:55] == body_text(markup)
    assert f"{len(TEXT) - 55:,} more characters not shown" in markup
    assert 4 == markup.count("… and 1 more;")  # statements, directives, metrics, actors
    assert "<code>doc.actors</code>" in markup
    assert "Metrics (2)" in markup
    assert "more characters" not in policydocs.render(doc)


def test_seed_view_is_at_most_eight_times_its_text():
    """The seed's notebook view stays within 8x the text's length (88 KB was 21x)."""
    doc = policydocs.read(SEED)
    markup = doc._repr_html_()
    check(markup)
    assert len(markup) <= 8 * len(doc.text)


def test_view_size_grows_linearly_with_the_text():
    """Four times the text gives about four times the HTML, not more."""
    text = SEED.read_text(encoding="utf-8")
    head, body = text.split("\n", 1)
    small = policydocs.parse(text)
    large = policydocs.parse(head + "\n" + "\n\n".join([body] * 4))
    small_size, large_size = len(small._repr_html_()), len(large._repr_html_())
    assert len(large.text) >= 3.5 * len(small.text)
    # Bytes per character of text stay put (within a generous quarter).
    assert large_size / len(large.text) <= 1.25 * small_size / len(small.text)
    assert large_size <= 8 * len(large.text)


def test_repr_shows_the_title():
    """repr(doc) names the title after the id, and cuts a long one."""
    assert "<Document 'sample-1' title='Coal <b>& power</b>' published=" in repr(
        sample_document()
    )
    long = attrs.evolve(sample_document(), title="x" * 100)
    assert f"title='{'x' * 60}…'" in repr(long)
    assert "title=" not in repr(empty_document())


def test_cli_writes_an_html_page(tmp_path, capsys):
    """extract --format html -o writes a standalone, well-formed page."""
    out = tmp_path / "report.html"
    assert 0 == main(["extract", str(SEED), "--format", "html", "-o", str(out), "-q"])
    capsys.readouterr()
    markup = out.read_text(encoding="utf-8")
    checker: Checker = check(markup)
    assert markup.startswith("<!DOCTYPE html>")
    assert "Legend" in "".join(checker.text)
    assert "statements[0]" in markup
