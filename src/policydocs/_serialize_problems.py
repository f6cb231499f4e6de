"""The careful path of loading: every problem of a document, with its path.

Runs only after the fast converter refused a document, so a bad document
costs more but reports everything that is wrong with it at once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

import attrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from ._errors import (
    PolicyDocsError,
    Problem,
    ValidationError,
    ValidationErrors,
)
from ._models import Actor, Directive, Document, Metric, Statement
from ._serialize_convert import _DETAILED
from ._validate import cross_field_problems

_LIST_FIELDS: Final = {
    "actors": Actor,
    "statements": Statement,
    "directives": Directive,
    "metrics": Metric,
}


def _problem(exc: BaseException, path: tuple[str | int, ...]) -> Problem:
    """One problem: ours verbatim, cattrs' and Python's made readable, with a code."""
    if isinstance(exc, ValidationError):
        return Problem(code=exc.code, path=(*path, *exc.path), message=exc.message)
    if isinstance(exc, KeyError):
        return Problem(code="missing-field", path=path, message=_MISSING)
    if isinstance(exc, ForbiddenExtraKeysError):
        message = f"unknown field(s) {sorted(exc.extra_fields)!r}"
        return Problem(code="unknown-field", path=path, message=message)
    text = str(exc)
    # The strict scalar hooks above phrase their errors as "expected ...".
    if isinstance(exc, TypeError) and text.startswith("expected"):
        return Problem(code="json-type", path=path, message=text)
    if isinstance(exc, ValueError) and text.startswith("expected"):
        code = "json-surrogate" if "surrogate" in text else "json-date"
        return Problem(code=code, path=path, message=text)
    if isinstance(exc, AttributeError | TypeError):
        message = f"expected an object with named fields, found something else ({text})"
        return Problem(code="json-type", path=path, message=message)
    return Problem(
        code="json-invalid", path=path, message=f"{type(exc).__name__}: {text}"
    )


_MISSING: Final = "required field is missing"


def _cattrs_problems(
    exc: BaseException, prefix: tuple[str | int, ...]
) -> list[Problem]:
    """Flatten a cattrs or policydocs error tree into problems with their paths."""
    out: list[Problem] = []
    if isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            out.extend(_cattrs_problems(sub, (*prefix, note.name)))
        for sub in others:
            out.extend(_cattrs_problems(sub, prefix))
    elif isinstance(exc, IterableValidationError):
        indexed, others_i = exc.group_exceptions()
        for sub, inote in indexed:
            index = inote.index if isinstance(inote.index, int) else str(inote.index)
            out.extend(_cattrs_problems(sub, (*prefix, index)))
        for sub in others_i:
            out.extend(_cattrs_problems(sub, prefix))
    elif isinstance(exc, ValidationErrors):
        for sub in exc.exceptions:
            out.extend(_cattrs_problems(sub, prefix))
    else:
        out.append(_problem(exc, prefix))
    return out


_SPAN_FIELDS: Final = (
    "span",
    "content_span",
    "cue_span",
    "speaker_span",
    "action_span",
    "trigger_span",
)


def _raw_span_problems(
    raw: object, path: tuple[str | int, ...], text_len: int
) -> list[Problem]:
    """Spans beyond the text in an item that could not be built.

    Such an item is left out of the cross-field checks, yet a span of it that
    reaches past the text is a problem of its own, reported with the others.
    """
    if not isinstance(raw, dict):
        return []
    spans: list[tuple[tuple[str | int, ...], object]] = [
        ((name,), raw.get(name)) for name in _SPAN_FIELDS
    ]
    for name in ("mentions", "parts"):
        listed = raw.get(name)
        if isinstance(listed, list):
            spans += [((name, i), m) for i, m in enumerate(listed)]
    out = []
    for where, span in spans:
        end = span.get("end") if isinstance(span, dict) else None
        if type(end) is int and end > text_len:
            message = (
                f"expected a span inside the text (length {text_len}), found end {end}"
            )
            where_end = (*path, *where, "end")
            out.append(Problem(code="span-bounds", path=where_end, message=message))
    return out


def _structure_part(
    value: object,
    kind: Any,
    prefix: tuple[str | int, ...],
    problems: list[Problem],
) -> Any:
    try:
        return _DETAILED.structure(value, kind)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a reported problem with its path
        problems.extend(_cattrs_problems(exc, prefix))
        return None


_DOC_FIELDS: Final[dict[str, Any]] = {
    "id": str,
    "text": str,
    "title": str | None,
    "published": dt.date | None,
    "source": str | None,
    "url": str | None,
    "language": str,
}


def _field_validator_problems(
    name: str, value: object, problems: list[Problem]
) -> None:
    """Run a document field's own validator (a non-empty id, say) on its value."""
    field = attrs.fields_dict(Document)[name]
    if value is None or field.validator is None:
        return
    try:
        field.validator(None, field, value)
    except ValidationError as exc:
        problems.append(Problem(code=exc.code, path=(name,), message=exc.message))


def _detailed_document(raw: dict[str, Any], problems: list[Problem]) -> Document | None:
    """Structure ``raw`` part by part, recording every problem; None if any."""
    parts: dict[str, Any] = {}
    failed: dict[str, list[tuple[int, object]]] = {}
    for name, kind in _DOC_FIELDS.items():
        if name not in raw:
            if name in ("id", "text"):
                problems.append(
                    Problem(code="missing-field", path=(name,), message=_MISSING)
                )
            continue
        parts[name] = _structure_part(raw[name], kind, (name,), problems)
        _field_validator_problems(name, parts[name], problems)
    for name, kind in _LIST_FIELDS.items():
        items = raw.get(name, [])
        if not isinstance(items, list):
            message = f"expected a list, found {items!r:.60}"
            problems.append(Problem(code="json-type", path=(name,), message=message))
            parts[name] = []
            continue
        parts[name] = [
            _structure_part(item, kind, (name, i), problems)
            for i, item in enumerate(items)
        ]
        failed[name] = [
            (i, item) for i, item in enumerate(items) if parts[name][i] is None
        ]
    extra = set(raw) - set(_DOC_FIELDS) - set(_LIST_FIELDS) - {"schema"}
    if extra:
        message = f"unknown field(s) {sorted(extra)!r}"
        problems.append(Problem(code="unknown-field", path=(), message=message))
    text = parts.get("text") if isinstance(parts.get("text"), str) else None
    published = (
        parts.get("published") if isinstance(parts.get("published"), dt.date) else None
    )
    # An actor that could not be built is reported once; the items naming
    # it would each add an "unknown-actor" that only repeats that problem.
    unbuilt = frozenset(
        raw_actor["name"]
        for _, raw_actor in failed.get("actors", [])
        if isinstance(raw_actor, dict) and isinstance(raw_actor.get("name"), str)
    )
    problems.extend(
        cross_field_problems(
            text=text,
            published=published,
            actors=parts["actors"],
            statements=parts["statements"],
            directives=parts["directives"],
            metrics=parts["metrics"],
            unbuilt_actors=unbuilt,
        )
    )
    if text is not None:
        for name, items_failed in failed.items():
            for i, item in items_failed:
                problems.extend(_raw_span_problems(item, (name, i), len(text)))
    if problems:
        return None
    try:
        return Document(**parts)
    except PolicyDocsError as exc:
        problems.extend(_cattrs_problems(exc, ()))
        return None
