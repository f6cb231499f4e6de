"""Direct structuring: the models built straight from canonical JSON.

On the fast path of ``loads`` the models' own validators and converters do
the type checks (they run on every construction anyway), so the JSON needs
only its nested objects turned into models and its dates parsed; cattrs would
check every scalar a second time. Anything unexpected raises, and the caller
falls back to the careful path.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs

from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._serialize_convert import _structure_date

_SPAN_KEYS: Final = frozenset({"start", "end"})
_ACTOR_KEYS: Final = frozenset(f.name for f in attrs.fields(Actor))
_STATEMENT_KEYS: Final = frozenset(f.name for f in attrs.fields(Statement))
_DIRECTIVE_KEYS: Final = frozenset(f.name for f in attrs.fields(Directive))
_METRIC_KEYS: Final = frozenset(f.name for f in attrs.fields(Metric))
_DOCUMENT_KEYS: Final = frozenset(f.name for f in attrs.fields(Document))


def _checked(raw: Any, allowed: frozenset[str]) -> dict[str, Any]:
    if type(raw) is not dict or not raw.keys() <= allowed:
        raise TypeError("not the wire form")
    return raw


def _direct_span(raw: Any) -> Span:
    if type(raw) is not dict or raw.keys() != _SPAN_KEYS:
        raise TypeError("not a span")
    return Span(start=raw["start"], end=raw["end"])


def _direct_list(raw: Any) -> list[Any]:
    if type(raw) is not list:
        raise TypeError("not a list")
    return raw


def _direct_actor(raw: Any) -> Actor:
    kw = dict(_checked(raw, _ACTOR_KEYS))
    if "mentions" in kw:
        kw["mentions"] = [_direct_span(m) for m in _direct_list(kw["mentions"])]
    if "aliases" in kw:
        kw["aliases"] = _direct_list(kw["aliases"])
    if "titles" in kw:
        kw["titles"] = _direct_list(kw["titles"])
    return Actor(**kw)


def _direct_statement(raw: Any) -> Statement:
    kw = dict(_checked(raw, _STATEMENT_KEYS))
    kw["content_span"] = _direct_span(kw["content_span"])
    for name in ("cue_span", "speaker_span"):
        if kw.get(name) is not None:
            kw[name] = _direct_span(kw[name])
    if "parts" in kw:
        kw["parts"] = [_direct_span(p) for p in _direct_list(kw["parts"])]
    if kw.get("date") is not None:
        kw["date"] = _structure_date(kw["date"], dt.date)
    return Statement(**kw)


def _direct_directive(raw: Any) -> Directive:
    kw = dict(_checked(raw, _DIRECTIVE_KEYS))
    kw["action_span"] = _direct_span(kw["action_span"])
    if kw.get("trigger_span") is not None:
        kw["trigger_span"] = _direct_span(kw["trigger_span"])
    return Directive(**kw)


def _direct_metric(raw: Any) -> Metric:
    kw = dict(_checked(raw, _METRIC_KEYS))
    kw["span"] = _direct_span(kw["span"])
    period = kw.get("period")
    if period is not None:
        if type(period) is not dict or period.keys() != _SPAN_KEYS:
            raise TypeError("not a period")
        kw["period"] = Period(
            start=_structure_date(period["start"], dt.date),
            end=_structure_date(period["end"], dt.date),
        )
    return Metric(**kw)


def _direct_document(raw: dict[str, Any]) -> Document:
    kw = _checked(raw, _DOCUMENT_KEYS)
    if kw.get("published") is not None:
        kw["published"] = _structure_date(kw["published"], dt.date)
    for name, build in (
        ("actors", _direct_actor),
        ("statements", _direct_statement),
        ("directives", _direct_directive),
        ("metrics", _direct_metric),
    ):
        if name in kw:
            kw[name] = [build(item) for item in _direct_list(kw[name])]
    return Document(**kw)
