"""HTML view of documents: :func:`policydocs.render` and ``Document._repr_html_``.

The text is shown as written, with statements, directives (coloured by force),
metrics and actor mentions marked, a label per item equal to its Python index
(``statements[0]``, ``directives[3]``, actor id ``a0``), then counts and
collapsible summary tables.

Spans may nest or cross (a metric inside a directive inside a statement is the
common case), so the text is cut at every span boundary (a segment sweep) and
each segment gets one element whose classes name every item covering it. The
markup is flat and well-formed however the spans cross.

Styles are one ``<style>`` block of short class rules scoped under
``.policydocs-document``, not inline styles: that keeps the view near the
text's size, and the hover and focus effects (tooltips, a coreference chain
lighting up) need selectors, which inline styles cannot express. Tooltips are
CSS ``::after`` boxes fed from a ``data-tip`` attribute and shown on
``:hover`` and ``:focus``; every element with one has ``tabindex="0"``, so
keyboard users reach them and no JavaScript is needed. Where a sanitiser drops
the ``<style>`` block the text, labels and tables still read as plain HTML.

Everything from the document is escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import string
from collections.abc import Collection, Iterable
from typing import TYPE_CHECKING, Final

import attrs

from ._models import Document, _require_document
from ._vocab import STRENGTH, Force

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._models import Actor, Directive, Metric, Span, Statement

__all__ = ["render"]

#: Kinds ``render`` can show, named like the ``Document`` attributes.
KINDS: Final = ("statements", "directives", "metrics")

#: Forces from the strongest ask to the weakest, then commitment, which binds
#: its issuer and sits apart from that scale.
_FORCE_ORDER: Final = tuple(sorted(Force, key=lambda f: -STRENGTH[f]))
_FORCE_CODE: Final = {
    Force.OBLIGATION: "fo",
    Force.DEMAND: "fd",
    Force.RECOMMENDATION: "fr",
    Force.ENCOURAGEMENT: "fe",
    Force.PERMISSION: "fp",
    Force.COMMITMENT: "fc",
}
# (fill, line). Fills are light so that #111 text on them keeps a contrast
# above 12:1; lines double as label and legend text colours on white, and
# each passes WCAG AA (4.5:1) there. The ask scale runs dark red to pale
# stone, so the strength reads without the legend; commitment is violet.
_FORCE_COLOUR: Final = {
    Force.OBLIGATION: ("#fecaca", "#991b1b"),
    Force.DEMAND: ("#fed7aa", "#9a3412"),
    Force.RECOMMENDATION: ("#fde68a", "#92400e"),
    Force.ENCOURAGEMENT: ("#fef9c3", "#854d0e"),
    Force.PERMISSION: ("#e7e5e4", "#44403c"),
    Force.COMMITMENT: ("#e9d5ff", "#6b21a8"),
}
_STATEMENT: Final = ("#dbeafe", "#1d4ed8")
_METRIC: Final = ("#bbf7d0", "#15803d")
_MAX_CELL: Final = 120
_NOWRAP: Final = 24

#: Beyond these a notebook slows to a crawl; the rest is a click away in
#: ``policydocs.table`` or ``doc.text``.
MAX_CHARS: Final = 200_000
MAX_ROWS: Final = 500


# "$R" scopes every rule to the view, so that a notebook's own styles and
# ours never meet; the line breaks and indents are for reading only.
_CSS: Final = string.Template("""
.policydocs-document{font-family:system-ui,sans-serif;line-height:1.9;max-width:60em}
$R.policydocs-text{white-space:pre-wrap;border-left:3px solid #ccc;padding-left:10px}
$R.policydocs-text span{border-radius:2px}
$R.s{background:$s_fill;color:#111;box-shadow:inset 0 -2px 0 $s_line}
$R.k{font-style:italic}
$R.b{font-weight:bold}
$forces
$R.n{border-bottom-style:dashed}
$R.m{background:$m_fill;color:#111;box-shadow:inset 0 -2px 0 $m_line}
$R.s.m{box-shadow:inset 0 -2px 0 $m_line,inset 0 -4px 0 $s_line}
$R.a{text-decoration:underline 2px;text-underline-offset:4px}
$R.l{font-size:70%;font-weight:bold;background:#fff;padding:0 2px;
 margin-right:2px;border:1px solid #ccc;border-radius:3px;cursor:help}
$R.l.ls{color:$s_line}
$R.l.lm{color:$m_line}
$R[data-tip]{position:relative}
$R[data-tip]:is(:hover,:focus)::after{content:attr(data-tip);position:absolute;
 left:0;top:1.6em;z-index:9;width:max-content;max-width:26em;white-space:pre-line;
 background:#111;color:#fff;font:normal 13px/1.4 system-ui,sans-serif;
 padding:4px 8px;border-radius:4px;box-shadow:0 2px 6px #0006}
$R:focus{outline:2px solid #2563eb;outline-offset:1px}
$R.pm{opacity:.75}
$R.pc{margin:6px 0}
$R.pc span{display:inline-block;padding:0 6px;margin:0 6px 4px 0;
 border-radius:3px}
$R.pc span[style]{color:#111}
$R details{margin:4px 0}
$R summary{cursor:pointer;font-weight:bold}
$R.pw{overflow-x:auto}
$R table{border-collapse:collapse;font-size:90%}
$R th,$R td{text-align:left;vertical-align:top;padding:2px 8px;
 border-bottom:1px solid #8884;white-space:nowrap}
$R td.w{white-space:normal;min-width:14em}
$R td span{color:#111}
$R td:first-child{font-family:monospace}
""")


def _css() -> str:
    r = ".policydocs-document "
    forces = "".join(
        f"{r}.{_FORCE_CODE[f]}{{background:{fill};color:#111;"
        f"border-bottom:3px solid {line}}}"
        f"{r}.l.{_FORCE_CODE[f]}{{color:{line}}}"
        for f, (fill, line) in _FORCE_COLOUR.items()
    )
    css = _CSS.substitute(
        R=r,
        forces=forces,
        s_fill=_STATEMENT[0],
        s_line=_STATEMENT[1],
        m_fill=_METRIC[0],
        m_line=_METRIC[1],
    )
    return re.sub(r"\n ?", "", css)


def _actor_css(count: int) -> str:
    """One rule per actor: focusing one mention lights up its whole chain."""
    return "".join(
        f".policydocs-document:has(.x{i}:is(:hover,:focus)) .x{i}"
        "{background:#fde047;color:#111;outline:1px solid #111}"
        for i in range(count)
    )


@attrs.frozen
class _Mark:
    classes: str
    start: int
    end: int
    label: str = ""  # shown once, where the item starts
    tip: str = ""
    label_class: str = ""


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


def _clip(text: str, limit: int = _MAX_CELL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _force_label(d: Directive) -> str:
    return ("not " if d.negated else "") + d.force.value


def _statement_fields(s: Statement) -> list[tuple[str, str]]:
    fields = [
        ("speaker", _opt(s.speaker)),
        ("cue", s.cue),
        ("mode", s.mode.value),
        ("date", _opt(s.date)),
    ]
    if len(s.parts) > 1:
        fields.append(("parts", str(len(s.parts))))
    return fields


def _directive_fields(d: Directive) -> list[tuple[str, str]]:
    return [
        ("force", _force_label(d)),
        ("issuer", _opt(d.issuer)),
        ("addressee", _opt(d.addressee)),
        ("trigger", d.trigger or "–"),
    ]


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


_STATEMENT_HEADERS: Final = ("", "speaker", "cue", "mode", "date", "content")
_DIRECTIVE_HEADERS: Final = ("", "force", "issuer", "addressee", "trigger", "action")
_ACTOR_HEADERS: Final = ("id", "name", "kind", "titles", "aliases", "mentions")
_METRIC_HEADERS: Final = (
    *("", "text", "value", "unit", "approx", "period", "basis", "target"),
    *("indicator", "subject"),
)


def _metric_fields(m: Metric) -> list[tuple[str, str]]:
    value = _num(m.value) + (f" to {_num(m.upper)}" if m.upper is not None else "")
    return [
        ("value", value),
        ("unit", m.unit),
        ("approx", _opt(m.approx and m.approx.value)),
        ("period", _short_period(m)),
        ("basis", _opt(m.basis and m.basis.value)),
        ("target", "yes" if m.target else "no"),
        ("indicator", _opt(m.indicator)),
        ("subject", _opt(m.subject)),
    ]


def _tip(label: str, fields: list[tuple[str, str]]) -> str:
    # Tooltips stay short: the tables below hold the full values.
    return label + "\n" + "\n".join(f"{k}: {_clip(v, 60)}" for k, v in fields)


@attrs.frozen
class _Options:
    kinds: frozenset[str]
    forces: frozenset[Force]
    actors: bool


def _item_marks(
    spans: list[tuple[Span | None, str]], label: str, tip: str, label_class: str
) -> Iterator[_Mark]:
    """One item's marks; the first non-empty one carries its label and tooltip.

    A split quote's pieces are thus one statement: one label, one tooltip.
    """
    shown = sorted(
        ((span, classes) for span, classes in spans if span and span.end > span.start),
        key=lambda pair: pair[0].start,
    )
    for n, (span, classes) in enumerate(shown):
        extra = (label, tip, label_class) if n == 0 else ()
        yield _Mark(classes, span.start, span.end, *extra)


def _statement_marks(doc: Document) -> Iterator[_Mark]:
    for i, s in enumerate(doc.statements):
        label = f"statements[{i}]"
        spans: list[tuple[Span | None, str]] = [(p, "s") for p in s.parts]
        spans += [(s.cue_span, "s b"), (s.speaker_span, "k")]
        yield from _item_marks(spans, label, _tip(label, _statement_fields(s)), "ls")


def _directive_marks(doc: Document, forces: frozenset[Force]) -> Iterator[_Mark]:
    for i, d in enumerate(doc.directives):
        if d.force in forces:
            force = _FORCE_CODE[d.force]
            code = force + (" n" if d.negated else "")
            yield from _item_marks(
                [(d.action_span, code), (d.trigger_span, code + " b")],
                f"{'¬' if d.negated else ''}directives[{i}]",
                _tip(f"directives[{i}]", _directive_fields(d)),
                force,
            )


def _metric_marks(doc: Document) -> Iterator[_Mark]:
    for i, m in enumerate(doc.metrics):
        if m.span.end > m.span.start:
            label = f"metrics[{i}]"
            tip = _tip(label, _metric_fields(m))
            yield _Mark("m", m.span.start, m.span.end, label, tip, "lm")


def _actor_marks(doc: Document) -> Iterator[_Mark]:
    for i, a in enumerate(doc.actors):
        tip = f"{a.id}: {_clip(a.name, 60)} ({a.kind.value})"
        for span in a.mentions:
            if span.end > span.start:
                yield _Mark(f"a x{i}", span.start, span.end, tip=tip)


def _marks(doc: Document, options: _Options) -> list[_Mark]:
    marks: list[_Mark] = []
    if "statements" in options.kinds:
        marks += _statement_marks(doc)
    if "directives" in options.kinds:
        marks += _directive_marks(doc, options.forces)
    if "metrics" in options.kinds:
        marks += _metric_marks(doc)
    if options.actors:
        marks += _actor_marks(doc)
    return marks


def _label(mark: _Mark) -> str:
    return (
        f'<sup class="l {mark.label_class}" tabindex="0" data-tip="{_esc(mark.tip)}">'
        f"{_esc(mark.label)}</sup>"
    )


def _body(doc: Document, options: _Options, limit: int) -> Iterator[str]:
    """The text cut at every span boundary, each piece classed by what covers it."""
    text = doc.text[:limit]
    marks = [
        attrs.evolve(m, end=min(m.end, limit))
        for m in _marks(doc, options)
        if m.start < limit
    ]
    bounds = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starts: dict[int, list[_Mark]] = {}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
    active: list[_Mark] = []
    for a, b in itertools.pairwise(bounds):
        active = [m for m in active if m.end > a]
        for m in starts.get(a, ()):
            active.append(m)
            if m.label:
                yield _label(m)
        piece = _esc(text[a:b])
        if not active:
            yield piece
            continue
        classes = " ".join(dict.fromkeys(c for m in active for c in m.classes.split()))
        # An actor mention starting here carries the canonical name; the
        # segment is focusable so that keyboard users get it too.
        tip = next(
            (m.tip for m in active if m.start == a and m.tip and not m.label), ""
        )
        extra = f' tabindex="0" data-tip="{_esc(tip)}"' if tip else ""
        yield f'<span class="{classes}"{extra}>{piece}</span>'


#: A table cell: its text, or its text and the class of a swatch around it.
_Cell = str | tuple[str, str]


def _cell(cell: _Cell) -> str:
    text, swatch = (cell, "") if isinstance(cell, str) else cell
    inner = f'<span class="{swatch}">{_esc(text)}</span>' if swatch else _esc(text)
    # Names, dates and values stay on one line; sentences wrap.
    return f'<td class="w">{inner}</td>' if len(text) > _NOWRAP else f"<td>{inner}</td>"


def _table(
    kind: str, headers: tuple[str, ...], rows: list[list[_Cell]], max_rows: int
) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{_esc(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(_cell(c) for c in row) + "</tr>" for row in rows[:max_rows]
    )
    more = ""
    if len(rows) > max_rows:
        where = "doc.actors" if kind == "actors" else f'policydocs.table(doc, "{kind}")'
        more = (
            f'<div class="pm">… and {len(rows) - max_rows:,} more; '
            f"<code>{_esc(where)}</code> lists all</div>"
        )
    return (
        f"<details><summary>{kind.capitalize()} ({len(rows)})</summary>"
        f'<div class="pw"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>{more}</details>"
    )


def _statement_row(i: int, s: Statement) -> list[_Cell]:
    fields = [v for _, v in _statement_fields(s)[:4]]
    return [f"statements[{i}]", *fields, _clip(s.content)]


def _directive_row(i: int, d: Directive) -> list[_Cell]:
    force = (_force_label(d), _FORCE_CODE[d.force])
    fields = [v for _, v in _directive_fields(d)[1:]]
    return [f"directives[{i}]", force, *fields, _clip(d.action)]


def _metric_row(i: int, m: Metric) -> list[_Cell]:
    return [f"metrics[{i}]", _clip(m.text), *(v for _, v in _metric_fields(m))]


def _actor_row(a: Actor) -> list[_Cell]:
    titles = _clip(", ".join(a.titles)) or "–"
    aliases = _clip(", ".join(a.aliases)) or "–"
    return [a.id, a.name, a.kind.value, titles, aliases, str(len(a.mentions))]


def _tables(doc: Document, options: _Options, max_rows: int) -> str:
    tables: list[tuple[str, tuple[str, ...], list[list[_Cell]]]] = []
    if "statements" in options.kinds:
        rows = [_statement_row(i, s) for i, s in enumerate(doc.statements)]
        tables.append(("statements", _STATEMENT_HEADERS, rows))
    if "directives" in options.kinds:
        rows = [
            _directive_row(i, d)
            for i, d in enumerate(doc.directives)
            if d.force in options.forces
        ]
        tables.append(("directives", _DIRECTIVE_HEADERS, rows))
    if "metrics" in options.kinds:
        rows = [_metric_row(i, m) for i, m in enumerate(doc.metrics)]
        tables.append(("metrics", _METRIC_HEADERS, rows))
    if options.actors:
        tables.append(("actors", _ACTOR_HEADERS, [_actor_row(a) for a in doc.actors]))
    return "".join(_table(*t, max_rows) for t in tables)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _counts(doc: Document, options: _Options) -> str:
    """One line of swatches: items per kind, directives per force."""
    pills: list[tuple[tuple[str | None, str | None], str]] = []
    if "statements" in options.kinds:
        pills.append((_STATEMENT, _plural(len(doc.statements), "statement")))
    if "directives" in options.kinds:
        shown = [d for d in doc.directives if d.force in options.forces]
        pills.append(((None, None), _plural(len(shown), "directive")))
        for force in _FORCE_ORDER:
            n = sum(d.force is force for d in shown)
            if n:
                neg = sum(d.force is force and d.negated for d in shown)
                note = f" ({neg} negated)" if neg else ""
                pills.append((_FORCE_COLOUR[force], f"{n} {force.value}{note}"))
    if "metrics" in options.kinds:
        pills.append((_METRIC, _plural(len(doc.metrics), "metric")))
    if options.actors:
        pills.append(((None, None), _plural(len(doc.actors), "actor")))
    out = []
    for (fill, line), text in pills:
        style = (
            f' style="background:{fill};box-shadow:inset 0 -2px 0 {line}"'
            if fill
            else ""
        )
        out.append(f"<span{style}>{_esc(text)}</span>")
    return f'<div class="pc">{"".join(out)}</div>'


def _header(doc: Document, options: _Options) -> str:
    meta = [f"id {doc.id}"]
    if doc.published is not None:
        meta.append(f"published {doc.published.isoformat()}")
    if doc.source is not None:
        meta.append(f"source {doc.source}")
    meta.append(f"{len(doc.text):,} characters")
    title = f"<b>{_esc(doc.title)}</b><br>" if doc.title else ""
    url = f'<br><span class="pm">{_esc(doc.url)}</span>' if doc.url else ""
    return (
        f"<div>{title}"
        f'<span class="pm">{_esc(" · ".join(meta))}</span>{url}'
        f"{_counts(doc, options)}</div>"
    )


def _legend() -> str:
    def swatch(colours: tuple[str, str], text: str) -> str:
        fill, line = colours
        return (
            f'<span style="background:{fill};box-shadow:inset 0 -2px 0 {line}">'
            f"{_esc(text)}</span>"
        )

    forces = "".join(
        swatch(
            _FORCE_COLOUR[f],
            f.value + (" (binds the issuer)" if f is Force.COMMITMENT else ""),
        )
        for f in _FORCE_ORDER
    )
    return (
        '<div class="policydocs-document"><details open><summary>Legend</summary>'
        f'<div class="pc">{swatch(_STATEMENT, "statement")}'
        f"{swatch(_METRIC, 'metric')}"
        '<span class="a">actor mention</span></div>'
        f'<div class="pc">directives, strongest ask first: {forces}</div>'
        '<div class="pm">Labels are Python indices: <code>doc.statements[0]</code>, '
        "<code>doc.directives[3]</code>; actor ids as in <code>doc.actors</code>. "
        "<b>Bold</b>: the cue or trigger word; <i>italic</i>: the words naming a "
        "speaker; a dashed line and ¬: a negated directive. Hover or focus (Tab) "
        "a label for the item's fields, a mention for its actor's name and "
        "every other mention of that actor.</div></details></div>"
    )


def _render_one(
    doc: Document, options: _Options, *, style: bool, max_chars: int, max_rows: int
) -> str:
    hidden = len(doc.text) - max_chars
    note = ""
    if hidden > 0:
        note = (
            f'<div class="pm">… {hidden:,} more characters not shown; '
            "<code>doc.text</code> has them all</div>"
        )
    css = ""
    if style:
        css = f"<style>{_css()}</style>"
    if options.actors and doc.actors:
        css += f"<style>{_actor_css(len(doc.actors))}</style>"
    return (
        f'<div class="policydocs-document">{css}{_header(doc, options)}'
        f'<div class="policydocs-text">{"".join(_body(doc, options, max_chars))}'
        f"</div>{note}{_tables(doc, options, max_rows)}</div>"
    )


def _options(kinds: object, forces: object, actors: object) -> _Options:
    if isinstance(kinds, str) or not isinstance(kinds, Collection):
        msg = f"kinds={kinds!r}: expected a collection such as {KINDS!r}"
        raise TypeError(msg)
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        msg = f"kinds: unknown kind {unknown[0]!r}; expected some of {KINDS!r}"
        raise ValueError(msg)
    if forces is None:
        chosen = frozenset(Force)
    else:
        if isinstance(forces, str) or not isinstance(forces, Collection):
            msg = f"forces={forces!r}: expected a collection of Force values"
            raise TypeError(msg)
        values = {f.value for f in Force}
        bad = [f for f in forces if f not in values]
        if bad:
            msg = (
                f"forces: unknown force {bad[0]!r}; expected some of "
                f"{tuple(sorted(values))!r}"
            )
            raise ValueError(msg)
        chosen = frozenset(Force(f) for f in forces)
    _check_bool("actors", actors)
    return _Options(frozenset(kinds), chosen, actors is True)


def _check_bool(name: str, value: object) -> None:
    if type(value) is not bool:
        msg = f"{name}={value!r}: expected True or False"
        raise TypeError(msg)


def render(
    doc_or_docs: Document | Iterable[Document],
    /,
    *,
    kinds: Collection[str] = KINDS,
    forces: Collection[Force | str] | None = None,
    actors: bool = True,
    page: bool = False,
) -> str:
    """Return an HTML view of one document or several.

    Each document shows its text with statements (blue), directives (coloured
    by force, from obligation in dark red down to permission in grey;
    commitments violet) and metrics (green) highlighted, actor mentions
    underlined, then counts per kind and force and a collapsible table per
    kind. Labels are the items' Python indices (``statements[0]``,
    ``directives[3]``) and actor ids (``a0``). Hovering or focusing a label
    (Tab reaches it) shows the item's fields; hovering or focusing a mention
    shows its actor's canonical name and highlights every mention of that
    actor. No JavaScript: the effects are CSS.

    ``Document._repr_html_`` (the notebook view) is ``render(doc)``.

    >>> import policydocs
    >>> doc = policydocs.parse("The ministry said ports must cut fees.")
    >>> "directives[0]" in policydocs.render(doc)
    True

    Args:
        doc_or_docs: A :class:`~policydocs.Document` or an iterable of them.
        kinds: Which of ``"statements"``, ``"directives"`` and ``"metrics"``
            to highlight and tabulate.
        forces: Show only directives with these forces (``Force`` members or
            their values); all when None.
        actors: Underline actor mentions and list the actors.
        page: Return a standalone HTML page with a legend, for a file or a
            browser, instead of a fragment for a notebook.

    Returns:
        The HTML. Everything taken from the documents is escaped. Past
        200,000 characters of text or 500 rows a table, the view stops with a
        note saying how much is left out.

    Raises:
        TypeError: ``doc_or_docs`` is not a document or an iterable of
            documents, or an option has the wrong type.
        ValueError: an unknown kind or force.

    .. versionadded:: 0.2.0
    """
    return _render(
        doc_or_docs,
        _options(kinds, forces, actors),
        page=page,
        max_chars=MAX_CHARS,
        max_rows=MAX_ROWS,
    )


def _render(
    doc_or_docs: object,
    options: _Options,
    *,
    page: object = False,
    max_chars: int = MAX_CHARS,
    max_rows: int = MAX_ROWS,
) -> str:
    if isinstance(doc_or_docs, Document):
        docs: list[Document] = [doc_or_docs]
    elif isinstance(doc_or_docs, Iterable) and not isinstance(doc_or_docs, str):
        docs = []
        for i, doc in enumerate(doc_or_docs):
            docs.append(_require_document(doc, f"doc_or_docs[{i}]"))
    else:
        msg = f"expected a Document or an iterable of them, found {type(doc_or_docs)!r}"
        raise TypeError(msg)
    _check_bool("page", page)
    views = [
        _render_one(d, options, style=i == 0, max_chars=max_chars, max_rows=max_rows)
        for i, d in enumerate(docs)
    ]
    if not views:
        empty = '<span class="pm">no documents</span>'
        views = [
            f'<div class="policydocs-document"><style>{_css()}</style>{empty}</div>'
        ]
    body = "<hr>".join(views)
    if not page:
        return body
    title = docs[0].title or docs[0].id if len(docs) == 1 else f"{len(docs)} documents"
    if not docs:
        title = "no documents"
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_esc(title)} · policydocs</title></head>"
        '<body style="margin:2em;background:#fff;color:#111">'
        f"{_legend()}{body}</body></html>"
    )
