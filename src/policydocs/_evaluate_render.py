"""The ``evaluate`` command's table, line by line."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ._evaluate_gold import KINDS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._evaluate import Finding, Report, Score

_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CLIP: Final = 240


def _clip(text: str) -> str:
    # A gold or document text must not drive the reader's terminal.
    text = _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _cell(s: Score) -> str:
    return f"{s.found}/{s.gold} +{s.extracted - s.found} ~{s.found - s.correct}"


def _f1s(s: Score) -> str:
    return f"{s.f1:.3f}/{s.full_f1:.3f}"


def _finding_lines(f: Finding) -> Iterator[str]:
    yield f"  {f.outcome.upper()} {f.kind} in {_clip(f.document)}: {_clip(f.text)!r}"
    for name, want, got in f.differences:
        yield f"      {name}: expected {_clip(want)!r}, got {_clip(got)!r}"
    yield f"      in: {_clip(f.sentence)}"


def render(report: Report, *, verbose: bool = False) -> Iterator[str]:
    """The command's table, line by line; the last lines are the per-kind totals."""
    width = max([len("document"), *(len(d.id) for d in report.documents)])
    yield f"{'document':<{width}}  {'statements':<16}{'directives':<16}metrics"
    for d in report.documents:
        cells = "".join(f"{_cell(getattr(d, k)):<16}" for k in KINDS)
        yield _clip(f"{d.id:<{width}}  {cells}".rstrip())
        if verbose:
            for f in d.findings:
                yield from _finding_lines(f)
    yield "(found/gold, +extra, ~wrong)"
    genres = report.genres()
    if genres:
        gwidth = max(len("genre"), *(len(g) for g in genres))
        yield ""
        yield f"{'genre':<{gwidth}}  docs  {'statements':<13}{'directives':<13}metrics"
        for g, r in genres.items():
            cells = "".join(f"{_f1s(r.score(k)):<13}" for k in KINDS)
            yield f"{_clip(g):<{gwidth}}  {len(r.documents):>4}  {cells}".rstrip()
        yield "(detection F1/full F1)"
    main = [a for a in report.fields if a.name not in _PERIOD_NAMES]
    yield ""
    yield "fields " + "  ".join(f"{a.name} {a.agreed}/{a.total}" for a in main)
    exact, none = report.field("metrics.period"), report.field("metrics.no_period")
    yield (
        f"metric periods: exact where the gold gives one {exact.agreed}/{exact.total}"
        f" ({exact.rate:.3f}), none where it gives none {none.agreed}/{none.total}"
        f" ({none.rate:.3f})"
    )
    yield "kind        precision  recall  F1     full F1  gold  extracted"
    for k in KINDS:
        s = report.score(k)
        yield (
            f"{k:<11} {s.precision:<10.3f} {s.recall:<7.3f} {s.f1:<6.3f} "
            f"{s.full_f1:<8.3f} {s.gold:<5} {s.extracted}"
        )
    summary = ", ".join(f"{k} {_f1s(report.score(k))}" for k in KINDS)
    yield f"{len(report.documents)} documents: {summary} (detection F1/full F1)"


_PERIOD_NAMES: Final = frozenset({"metrics.period", "metrics.no_period"})
