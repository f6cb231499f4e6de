"""Pairing extracted items with gold items, and comparing their fields.

The rules are the extraction contract's: names agree up to aliases, case and
a leading "the"; numbers within a relative 1e-6; indicators when half their
content words are shared; spans pair one to one, best overlap first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ._models import Directive, Metric, Span, Statement

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping, Sequence

    from ._evaluate_gold import Kind, _Gold

#: Secondary fields compared on matched required items, per kind.
_FIELDS: Final[Mapping[Kind, tuple[str, ...]]] = {
    "statements": ("date", "mode"),
    "directives": ("issuer",),
    "metrics": ("indicator", "subject", "target", "basis", "approx"),
}
#: Words that carry no content when comparing indicators.
_STOP: Final = frozenset(
    {"the", "of", "a", "an", "in", "for", "to", "and", "on", "by", "at", "its", "s"}
)
_WORD_RE: Final = re.compile(r"[a-z0-9]+")
_MATCH_AT: Final = 0.5


def _norm(name: str) -> str:
    name = name.strip().strip(".,;:").lower()
    return name.removeprefix("the ")


def _aliases(value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    assert isinstance(value, list)  # noqa: S101 - checked when the gold was read
    return [str(v) for v in value]


def _same_name(got: str | None, accepted: list[str] | None) -> bool:
    """The contract's name rule: aliases, case, a leading "the"; null must be null."""
    if accepted is None:
        return got is None or not got.strip()
    if got is None:
        return False
    return any(_norm(got) == _norm(alias) for alias in accepted)


def _close(got: float | None, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    assert isinstance(want, int | float)  # noqa: S101 - checked when the gold was read
    return abs(got - want) <= 1e-6 * max(1.0, abs(got), abs(want))


def _iso(day: object) -> str | None:
    return None if day is None else str(day)[:10]


def _period_text(metric: Metric) -> str | None:
    p = metric.period
    return None if p is None else f"{p.start.isoformat()}/{p.end.isoformat()}"


def _period_ok(metric: Metric, want: object) -> bool:
    if want is None:
        return True
    assert isinstance(want, list)  # noqa: S101 - checked when the gold was read
    p = metric.period
    return p is not None and [p.start.isoformat(), p.end.isoformat()] == want


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return " | ".join(str(v) for v in value) if value else "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


Item = Statement | Directive | Metric


def _key_differences(
    pred: Item, gold: Mapping[str, object]
) -> list[tuple[str, str, str]]:
    """``(field, expected, got)`` for every key field that does not agree."""
    out: list[tuple[str, str, str]] = []

    def check(ok: bool, name: str, want: object, got: object) -> None:
        if not ok:
            out.append((name, _show(want), _show(got)))

    if isinstance(pred, Statement):
        want = gold["speaker"]
        check(_same_name(pred.speaker, _aliases(want)), "speaker", want, pred.speaker)
    elif isinstance(pred, Directive):
        check(
            pred.force.value == gold["force"], "force", gold["force"], pred.force.value
        )
        negated = gold.get("negated", False)
        check(pred.negated == negated, "negated", negated, pred.negated)
        want = gold.get("addressee")
        check(
            _same_name(pred.addressee, _aliases(want)),
            "addressee",
            want,
            pred.addressee,
        )
    else:
        check(_close(pred.value, gold["value"]), "value", gold["value"], pred.value)
        check(
            _close(pred.upper, gold.get("upper")),
            "upper",
            gold.get("upper"),
            pred.upper,
        )
        check(pred.unit == gold["unit"], "unit", gold["unit"], pred.unit)
        want = gold.get("period")
        shown = "/".join(map(str, want)) if isinstance(want, list) else None
        check(_period_ok(pred, want), "period", shown, _period_text(pred))
    return out


def _words(value: str | None) -> set[str]:
    return {w for w in _WORD_RE.findall((value or "").lower()) if w not in _STOP}


def _field_ok(field: str, pred: Item, gold: Mapping[str, object]) -> bool:
    """Agreement on one secondary field, by the contract's rules for it."""
    want = gold.get(field)
    if field == "indicator":
        got = getattr(pred, "indicator", None)
        if want is None:
            return got is None
        w = _words(str(want))
        return bool(w) and len(w & _words(got)) * 2 >= len(w)
    if field in ("subject", "issuer"):
        return _same_name(getattr(pred, field), _aliases(want))
    if field == "date":
        return _iso(getattr(pred, "date", None)) == want
    if field == "target":
        return bool(getattr(pred, "target", False)) == bool(want)
    value = getattr(pred, field, None)
    got = value.value if value is not None else None
    return (got or None) == (want or None)


# -- matching -----------------------------------------------------------------


def _pred_span(pred: Item) -> Span:
    if isinstance(pred, Statement):
        return pred.content_span
    if isinstance(pred, Directive):
        return pred.action_span
    return pred.span


def _pred_chars(pred: Statement) -> frozenset[int]:
    chars: set[int] = set()
    for p in pred.parts:
        chars.update(range(p.start, p.end))
    return frozenset(chars)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _overlap(kind: Kind, gold: _Gold, pred: Item) -> float:
    span = _pred_span(pred)
    ps = (span.start, span.end)
    if gold.chars is not None and isinstance(pred, Statement):
        mine = _pred_chars(pred)
        return len(gold.chars & mine) / len(gold.chars | mine)
    if kind != "metrics":
        return _iou(gold.span, ps)
    # Any overlap matches a metric; the IoU still ranks competing pairs.
    overlaps = min(gold.span[1], ps[1]) > max(gold.span[0], ps[0])
    return 1.0 + _iou(gold.span, ps) if overlaps else 0.0


def _pairs(
    kind: Kind, golds: Sequence[_Gold], preds: Sequence[Item]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, extraction index), best overlap first."""
    scored = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            score = _overlap(kind, gold, pred)
            if score >= _MATCH_AT:
                scored.append((score, gi, pi))
    # Ties go to the later gold item and the later extraction, so the result
    # is the same whatever order equal scores were found in.
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _field_got(field: str, pred: Item) -> object:
    """The extraction's value of one secondary field, as the gold would write it."""
    value = getattr(pred, field, None)
    if field == "date":
        return _iso(value)
    if field == "target":
        return bool(value)
    if field in ("basis", "approx") and value is not None:
        return value.value
    return value


def _field_checks(
    kind: Kind, pred: Item, gold: Mapping[str, object]
) -> Iterator[tuple[str, bool, str, str]]:
    """``(name, agreed, expected, got)`` for each secondary field the gold gives."""
    for field in _FIELDS[kind]:
        if field in gold:
            yield (
                f"{kind}.{field}",
                _field_ok(field, pred, gold),
                _show(gold[field]),
                _show(_field_got(field, pred)),
            )
    if isinstance(pred, Metric):
        want = gold.get("period")
        got = _show(_period_text(pred))
        if want is not None:
            shown = "/".join(map(str, want)) if isinstance(want, list) else want
            yield "metrics.period", _period_ok(pred, want), _show(shown), got
        elif "period" in gold:
            yield "metrics.no_period", pred.period is None, "null", got
