"""HTML view of a DocumentDiff: both texts side by side, changes highlighted.

Removed items are marked in the old text, added items in the new one, and
changed items in both, each with a label equal to its Python index
(``directives[3]``) and its change in a tooltip that also shows on keyboard
focus. Spans may overlap (a metric inside a directive), so each text is cut at
every mark boundary and a segment takes the innermost mark covering it, so the
markup stays flat and well-formed however the spans cross.
"""

from __future__ import annotations

import html
import itertools
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ._diff import Change, DocumentDiff
    from ._models import Document, Span

__all__ = ["render_diff"]

_COLOUR: Final = {"removed": "#fecaca", "added": "#bbf7d0", "changed": "#fde68a"}
_KINDS: Final = ("statements", "directives", "metrics")


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _span_of(change: Change, side: str) -> Span | None:
    item = getattr(change, side)
    if item is None:
        return None
    for name in ("action_span", "content_span", "span"):
        span = getattr(item, name, None)
        if span is not None:
            return span  # type: ignore[no-any-return]
    return None


def _marks(diff: DocumentDiff, side: str) -> list[tuple[int, int, str, str]]:
    """(start, end, change kind, tooltip) for each change shown on one side."""
    from ._diff import _summary_line

    out: list[tuple[int, int, str, str]] = []
    for kind in _KINDS:
        for change in getattr(diff, kind):
            span = _span_of(change, side)
            if span is None:
                continue
            index = getattr(change, f"{side}_index")
            tip = f"{kind}[{index}] {_summary_line(kind, change)}"
            out.append((span.start, span.end, change.kind, tip))
    return out


def _pane(doc: Document, marks: list[tuple[int, int, str, str]]) -> str:
    text = doc.text
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    ordered = sorted(marks)
    parts: list[str] = []
    active: list[tuple[int, int, str, str]] = []
    starts: dict[int, list[tuple[int, int, str, str]]] = {}
    for m in ordered:
        starts.setdefault(m[0], []).append(m)
    for a, b in itertools.pairwise(cuts):
        # Marks still open at a cover the whole segment up to the next cut.
        active = [m for m in active if m[1] > a] + starts.get(a, [])
        piece = _esc(text[a:b])
        if not active:
            parts.append(piece)
            continue
        inner = min(active, key=lambda m: (m[1] - m[0], m[0]))
        parts.append(
            f'<mark tabindex="0" class="pd-{inner[2]}" '
            f'style="background:{_COLOUR[inner[2]]}" '
            f'title="{_esc(inner[3])}" aria-label="{_esc(inner[3])}">{piece}</mark>'
        )
    return "".join(parts)


def render_diff(diff: DocumentDiff) -> str:
    """Return the side-by-side HTML of ``diff`` (escaped, inline styles only)."""
    rows = "".join(f"<li><code>{_esc(line)}</code></li>" for line in diff.summary())
    counts = ", ".join(f"{len(getattr(diff, k))} {k}" for k in _KINDS)
    legend = " ".join(
        f'<span style="background:{c};padding:0 4px">{_esc(k)}</span>'
        for k, c in _COLOUR.items()
    )
    style = "white-space:pre-wrap;vertical-align:top;width:50%;padding:6px"
    return (
        '<div class="policydocs-diff">'
        f"<p><b>{_esc(diff.old.id)}</b> → <b>{_esc(diff.new.id)}</b>: "
        f"{_esc(counts)} changed. {legend}</p>"
        '<table style="width:100%;table-layout:fixed"><tr>'
        f'<td style="{style}">{_pane(diff.old, _marks(diff, "old"))}</td>'
        f'<td style="{style}">{_pane(diff.new, _marks(diff, "new"))}</td>'
        "</tr></table>"
        f"<details><summary>{len(diff)} changes</summary><ul>{rows}</ul></details>"
        "</div>"
    )
