"""Hand-built documents with every kind of item, for table, HTML and batch tests.

The extractor's output changes as its stages improve; these documents do not,
so the tests of the notebook and corpus layers stay about those layers.
"""

from __future__ import annotations

import datetime as dt

from policydocs import Actor, Directive, Document, Metric, Period, Span, Statement

TEXT = (
    "The ministry said provinces must cut coal use by 5.3 percent in 2025, "
    "and it will build 300 stations.\n\n"
    'Officials noted <script>alert("x")</script> & "quotes" stay text.'
)


def _span(part: str, start: int = 0) -> Span:
    i = TEXT.index(part, start)
    return Span(start=i, end=i + len(part))


def sample_document(doc_id: str = "sample-1") -> Document:
    """A statement holding a directive holding a metric (nested spans)."""
    said = _span("said")
    start = TEXT.index("provinces")
    content = Span(start=start, end=TEXT.index("stations") + len("stations"))
    cut = _span("cut coal use by 5.3 percent in 2025")
    build = _span("build 300 stations")
    pct = _span("5.3 percent")
    stations = _span("300 stations")
    noted = _span("noted")
    script = _span('<script>alert("x")</script> & "quotes" stay text')
    return Document(
        id=doc_id,
        text=TEXT,
        title="Coal <b>& power</b>",
        published=dt.date(2026, 3, 6),
        source="Ministry of Energy",
        actors=(
            Actor(
                id="a1",
                kind="organization",
                name="Ministry of Energy",
                mentions=(_span("The ministry"),),
            ),
            Actor(
                id="a2", kind="group", name="provinces", mentions=(_span("provinces"),)
            ),
        ),
        statements=(
            Statement(
                speaker="Ministry of Energy",
                cue="say",
                content=content.slice(TEXT),
                content_span=content,
                cue_span=said,
                date=dt.date(2026, 3, 5),
                rule="verb-that",
            ),
            Statement(
                speaker=None,
                cue="note",
                content=script.slice(TEXT),
                content_span=script,
                cue_span=noted,
                rule="verb-object",
            ),
        ),
        directives=(
            Directive(
                issuer="Ministry of Energy",
                addressee="provinces",
                action=cut.slice(TEXT),
                action_span=cut,
                force="obligation",
                trigger="must",
                trigger_span=_span("must"),
                statement=0,
                rule="modal",
            ),
            Directive(
                issuer="Ministry of Energy",
                addressee="Ministry of Energy",
                action=build.slice(TEXT),
                action_span=build,
                force="commitment",
                trigger="will",
                statement=0,
                rule="will-actor",
            ),
        ),
        metrics=(
            Metric(
                text=pct.slice(TEXT),
                span=pct,
                value=-5.3,
                unit="percent",
                period=Period.year(2025),
                target=True,
                indicator="coal use",
                subject="provinces",
                rule="change-by",
            ),
            Metric(
                text=stations.slice(TEXT),
                span=stations,
                value=300.0,
                unit="count",
                approx="about",
                rule="count",
            ),
        ),
    )


def empty_document(doc_id: str = "empty-1") -> Document:
    """A document with nothing extracted."""
    return Document(id=doc_id, text="Nothing to see.", published=None, source=None)
