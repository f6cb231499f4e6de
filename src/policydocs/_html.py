"""HTML view of a document for notebooks (``Document._repr_html_``).

The text is shown as written, with each statement, directive and metric
highlighted in its own colour and its fields in a tooltip (``title``), then a
summary table per kind. Spans may nest or overlap (a metric inside a
directive inside a statement is the common case), so the text is cut at every
span boundary (a segment sweep) and each segment gets one element whose style
combines every item covering it: the background of the innermost kind, an
underline per kind, bold for cue and trigger words. The markup is therefore
flat and always well-formed, however the spans cross.

Everything from the document is escaped; styles are inline so that the view
survives notebook sanitisers that drop ``<style>`` blocks.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._models import Directive, Document, Metric, Span, Statement

__all__ = ["render"]

# Light fills and strong underlines that stay distinct for colour-blind readers
# (blue / orange / green differ in lightness as well as hue).
_FILL: Final = {"statement": "#dbeafe", "directive": "#fed7aa", "metric": "#bbf7d0"}
_LINE: Final = {
    "statement": "#1d4ed8",
    "directive": "#c2410c",
    "metric": "#15803d",
    "actor": "#555",
}
_LETTER: Final = {"statement": "S", "directive": "D", "metric": "M", "actor": "A"}
# Innermost first: a metric sits in a directive's action, which sits in a
# statement's content; the innermost kind gives the background.
_PRIORITY: Final = ("metric", "directive", "statement")
_MAX_CELL: Final = 200


@attrs.frozen
class _Mark:
    kind: str
    label: str
    start: int
    end: int
    tooltip: str
    strong: bool = False  # a cue or trigger word, shown bold


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _num(value: float) -> str:
    if value.is_integer() and abs(value) < 1e18:
        return f"{value:,.0f}"
    return f"{value:,}"


def _opt(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_CELL else text[: _MAX_CELL - 1] + "…"


def _statement_fields(s: Statement) -> list[tuple[str, str]]:
    return [
        ("speaker", _opt(s.speaker)),
        ("cue", s.cue),
        ("mode", s.mode.value),
        ("date", _opt(s.date)),
        ("rule", s.rule or "–"),
    ]


def _directive_fields(d: Directive) -> list[tuple[str, str]]:
    return [
        ("force", d.force.value + (" (negated)" if d.negated else "")),
        ("issuer", _opt(d.issuer)),
        ("addressee", _opt(d.addressee)),
        ("trigger", d.trigger or "–"),
        ("rule", d.rule or "–"),
    ]


def _period(m: Metric) -> str:
    if m.period is None:
        return "–"
    return f"{m.period.start.isoformat()} to {m.period.end.isoformat()}"


def _short_period(m: Metric) -> str:
    """Whole years as "2025" or "2026–2030", whole months as "2025-01–2025-05"."""
    p = m.period
    if p is None:
        return "–"
    after = p.end + dt.timedelta(days=1)
    if p.start.day != 1 or after.day != 1:
        return f"{p.start.isoformat()} to {p.end.isoformat()}"
    if p.start.month == 1 and after.month == 1:
        first, last = p.start.year, p.end.year
        return str(first) if first == last else f"{first}–{last}"
    first_m, last_m = f"{p.start:%Y-%m}", f"{p.end:%Y-%m}"
    return first_m if first_m == last_m else f"{first_m}–{last_m}"


def _metric_fields(m: Metric) -> list[tuple[str, str]]:
    value = _num(m.value) + (f" to {_num(m.upper)}" if m.upper is not None else "")
    return [
        ("value", value),
        ("unit", m.unit),
        ("approx", _opt(m.approx and m.approx.value)),
        ("period", _period(m)),
        ("basis", _opt(m.basis and m.basis.value)),
        ("target", "yes" if m.target else "no"),
        ("indicator", _opt(m.indicator)),
        ("subject", _opt(m.subject)),
        ("rule", m.rule or "–"),
    ]


def _tooltip(label: str, kind: str, fields: list[tuple[str, str]]) -> str:
    return f"{label} {kind}\n" + "\n".join(f"{k}: {v}" for k, v in fields)


def _marks(doc: Document) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(
        kind: str, label: str, span: Span | None, tip: str, *, strong: bool
    ) -> None:
        # Empty spans have nothing to highlight; the summary table lists them.
        if span is not None and span.end > span.start:
            marks.append(_Mark(kind, label, span.start, span.end, tip, strong))

    for i, s in enumerate(doc.statements, 1):
        tip = _tooltip(f"S{i}", "statement", _statement_fields(s))
        add("statement", f"S{i}", s.content_span, tip, strong=False)
        add("statement", f"S{i}", s.cue_span, tip, strong=True)
    for i, d in enumerate(doc.directives, 1):
        tip = _tooltip(f"D{i}", "directive", _directive_fields(d))
        add("directive", f"D{i}", d.action_span, tip, strong=False)
        add("directive", f"D{i}", d.trigger_span, tip, strong=True)
    for i, m in enumerate(doc.metrics, 1):
        tip = _tooltip(f"M{i}", "metric", _metric_fields(m))
        add("metric", f"M{i}", m.span, tip, strong=False)
    return marks


def _segment_style(active: list[_Mark]) -> str:
    kinds = {m.kind for m in active}
    inner = next(k for k in _PRIORITY if k in kinds)
    # One underline per kind, stacked from the innermost kind outwards.
    shadows = ", ".join(
        f"inset 0 -{2 * n}px 0 {_LINE[k]}"
        for n, k in enumerate((k for k in _PRIORITY if k in kinds), 1)
    )
    # Dark text on the light fill, also under a notebook's dark theme.
    style = (
        f"background:{_FILL[inner]};color:#111;box-shadow:{shadows};border-radius:2px;"
    )
    if any(m.strong for m in active):
        style += "font-weight:bold;"
    return style


def _label(mark: _Mark) -> str:
    return (
        f'<sup style="color:{_LINE[mark.kind]};font-size:70%;font-weight:bold;'
        f'margin-right:3px" title="{_esc(mark.tooltip)}">{mark.label}</sup>'
    )


def _body(doc: Document, limit: int) -> Iterator[str]:
    """The text cut at every span boundary, each piece styled by what covers it."""
    text = doc.text[:limit]
    marks = [
        attrs.evolve(m, end=min(m.end, limit)) for m in _marks(doc) if m.start < limit
    ]
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starts: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    active: list[_Mark] = []
    labelled: set[str] = set()
    for a, b in itertools.pairwise(bounds):
        active = [m for m in active if m.end > a]
        for m in starts.get(a, ()):
            active.append(m)
            if m.label not in labelled:
                labelled.add(m.label)
                yield _label(m)
        piece = _esc(text[a:b])
        if not active:
            yield piece
            continue
        seen: dict[str, None] = {}
        for m in active:
            seen.setdefault(m.tooltip)
        tip = _esc("\n\n".join(seen))
        yield f'<span style="{_segment_style(active)}" title="{tip}">{piece}</span>'


_TH: Final = 'style="text-align:left;padding:2px 8px;border-bottom:1px solid #999"'
_TD: Final = (
    'style="text-align:left;vertical-align:top;padding:2px 8px;'
    'border-bottom:1px solid rgba(128,128,128,0.25)"'
)
_TD_NOWRAP: Final = _TD[:-1] + ';white-space:nowrap"'
_NOWRAP: Final = 16


def _table(kind: str, headers: list[str], rows: list[list[str]], max_rows: int) -> str:
    if not rows:
        return ""
    head = "".join(f"<th {_TH}>{_esc(h)}</th>" for h in ["", *headers])
    body = []
    for i, row in enumerate(rows[:max_rows], 1):
        label = f'<td {_TD}><b style="color:{_LINE[kind]}">{_LETTER[kind]}{i}</b></td>'
        # Short cells (names, dates, values) stay on one line; text wraps.
        cells = "".join(
            f"<td {_TD if len(c) > _NOWRAP else _TD_NOWRAP}>{_esc(c)}</td>" for c in row
        )
        body.append(f"<tr>{label}{cells}</tr>")
    more = ""
    if len(rows) > max_rows:
        where = (
            "doc.actors"
            if kind == "actor"
            else f"policydocs.table(doc, &quot;{kind}s&quot;)"
        )
        more = (
            f'<div style="color:#555">… and {len(rows) - max_rows:,} more; '
            f"<code>{where}</code> lists all</div>"
        )
    return (
        f'<h4 style="margin:12px 0 4px">{kind.capitalize()}s ({len(rows)})</h4>'
        # Wide tables scroll inside the view instead of overflowing the page.
        '<div style="overflow-x:auto">'
        '<table style="border-collapse:collapse;font-size:90%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        f"{more}"
    )


def _summary(doc: Document, max_rows: int) -> str:
    parts = []
    s_keys = ["speaker", "cue", "mode", "date"]
    parts.append(
        _table(
            "statement",
            [*s_keys, "content"],
            [
                [dict(_statement_fields(s))[k] for k in s_keys] + [_clip(s.content)]
                for s in doc.statements
            ],
            max_rows,
        )
    )
    d_keys = ["force", "issuer", "addressee", "trigger"]
    parts.append(
        _table(
            "directive",
            [*d_keys, "action"],
            [
                [dict(_directive_fields(d))[k] for k in d_keys] + [_clip(d.action)]
                for d in doc.directives
            ],
            max_rows,
        )
    )
    m_keys = ["value", "unit", "approx", "period", "basis", "target"]
    m_keys += ["indicator", "subject"]
    parts.append(
        _table(
            "metric",
            ["text", *m_keys],
            [
                [_clip(m.text)]
                + [dict(_metric_fields(m), period=_short_period(m))[k] for k in m_keys]
                for m in doc.metrics
            ],
            max_rows,
        )
    )
    parts.append(
        _table(
            "actor",
            ["name", "kind", "titles", "aliases", "mentions"],
            [
                [
                    a.name,
                    a.kind.value,
                    _clip(", ".join(a.titles)) or "–",
                    _clip(", ".join(a.aliases)) or "–",
                    str(len(a.mentions)),
                ]
                for a in doc.actors
            ],
            max_rows,
        )
    )
    return "".join(parts)


def _header(doc: Document) -> str:
    meta = [f"id {doc.id}"]
    if doc.published is not None:
        meta.append(f"published {doc.published.isoformat()}")
    if doc.source is not None:
        meta.append(f"source {doc.source}")
    meta.append(f"{len(doc.text):,} characters")
    counts = tuple(
        f"{n} {kind}{'' if n == 1 else 's'}"
        for n, kind in (
            (len(doc.statements), "statement"),
            (len(doc.directives), "directive"),
            (len(doc.metrics), "metric"),
        )
    )
    swatches = "".join(
        f'<span style="background:{_FILL[k]};color:#111;'
        f"box-shadow:inset 0 -2px 0 {_LINE[k]};"
        f'padding:0 6px;margin-right:8px">{text}</span>'
        for k, text in zip(_PRIORITY[::-1], counts, strict=True)
    )
    title = f"<b>{_esc(doc.title)}</b><br>" if doc.title else ""
    url = f'<br><span style="color:#555">{_esc(doc.url)}</span>' if doc.url else ""
    return (
        f'<div style="margin-bottom:8px">{title}'
        f'<span style="color:#555">{_esc(" · ".join(meta))}</span>{url}'
        f'<div style="margin-top:4px">{swatches}'
        '<span style="color:#555">hover a highlight for its fields; '
        "<b>bold</b>: cue or trigger</span></div></div>"
    )


#: Beyond these, a notebook slows to a crawl; the rest is a click away in
#: ``policydocs.table`` or ``doc.text``.
MAX_CHARS: Final = 200_000
MAX_ROWS: Final = 500


def render(
    doc: Document, /, *, max_chars: int = MAX_CHARS, max_rows: int = MAX_ROWS
) -> str:
    """Return the HTML view of ``doc``: header, highlighted text, summary tables.

    Only the first ``max_chars`` characters of the text and ``max_rows`` rows
    of each table are shown, with a note saying how much was left out.
    """
    hidden = len(doc.text) - max_chars
    note = ""
    if hidden > 0:
        note = (
            f'<div style="color:#555">… {hidden:,} more characters not shown; '
            "<code>doc.text</code> has them all</div>"
        )
    return (
        '<div class="policydocs-document" style="font-family:system-ui,sans-serif;'
        'line-height:1.7;max-width:60em">'
        f"{_header(doc)}"
        '<div class="policydocs-text" style="white-space:pre-wrap;'
        'border-left:3px solid #ddd;padding-left:10px">'
        f"{''.join(_body(doc, max_chars))}</div>{note}"
        f"{_summary(doc, max_rows)}</div>"
    )
