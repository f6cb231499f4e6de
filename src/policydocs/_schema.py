"""JSON Schema (draft 2020-12) of the wire format, derived from the models.

The schema is built from the attrs field definitions, so a field added to a
model appears here without a second list to keep in step. It describes the
shape of the JSON (types, required fields, enums, date strings, no unknown
keys); the cross-field rules (a span inside the text, a speaker listed in
``actors``) are beyond JSON Schema and stay with :func:`policydocs.check`.
"""

from __future__ import annotations

import datetime as dt
import enum
import sys
import types
import typing
from typing import Any, Final

import attrs

from ._models import (
    _UNIT_RE,
    Actor,
    Directive,
    Document,
    Metric,
    Period,
    Span,
    Statement,
    _nonempty_str,
    _unit,
)
from ._serialize import SCHEMA

__all__ = ["SCHEMA_ID", "json_schema"]

_MODELS: Final = (Span, Period, Actor, Statement, Directive, Metric)
#: The end of the string. ``$`` would also match before a final newline in
#: Python's ``re`` (which Python validators use), so ``"percent\n"`` would
#: pass; ``\z`` is not ECMA-262. A lookahead for "no character follows"
#: means the same in both dialects.
_END: Final = r"(?![\s\S])"
#: Month and day ranges in the pattern; the calendar (no 30 February) needs
#: the ``date`` format checked, as the loader checks it.
_DATE: Final = {
    "type": "string",
    "format": "date",
    "pattern": r"^[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])" + _END,
}
#: JSON numbers beyond a double (``1e400``) decode to infinity in Python; the
#: loader refuses them, and these bounds make validators refuse them too.
_FINITE: Final = {"minimum": -sys.float_info.max, "maximum": sys.float_info.max}
#: The identifier of this schema (a URN: it names the format, not a download).
SCHEMA_ID: Final = f"urn:policydocs:schema:{SCHEMA.replace('/', ':')}"


def _non_space_class() -> str:
    r"""A character class of every character that ``str.strip`` keeps.

    Written out, not ``\S``: the ``\s`` of ECMA-262 and of Python's ``re``
    cover different characters, and the loader's rule is Python's
    ``str.isspace``.
    """
    spaces = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()]
    ranges: list[list[int]] = []
    for code in map(ord, spaces):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    parts = [f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges]
    return "[^" + "".join(parts) + "]"


_NON_SPACE: Final = _non_space_class()


def _type_schema(tp: object) -> dict[str, Any]:
    """The schema of one annotated type."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = typing.get_args(tp)
        inner = [_type_schema(a) for a in args if a is not type(None)]
        schema = inner[0] if len(inner) == 1 else {"anyOf": inner}
        return {"anyOf": [schema, {"type": "null"}]} if type(None) in args else schema
    if origin is tuple:
        item, _ = typing.get_args(tp)
        return {"type": "array", "items": _type_schema(item)}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if tp in _MODELS:
        return {"$ref": f"#/$defs/{tp.__name__}"}
    scalars: dict[object, dict[str, Any]] = {
        str: {"type": "string"},
        # Every int in the models is an offset or an index: never negative.
        int: {"type": "integer", "minimum": 0},
        float: {"type": "number", **_FINITE},
        bool: {"type": "boolean"},
        dt.date: _DATE,
    }
    return dict(scalars[tp])


def _model_schema(cls: type, *, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = dict(extra or {})
    required = sorted(extra or {})
    for field in attrs.fields(cls):
        schema = _type_schema(hints[field.name])
        if field.validator is _nonempty_str:
            schema |= {"minLength": 1, "pattern": _NON_SPACE}
        elif field.validator is _unit:
            schema |= {"pattern": f"^(?:{_UNIT_RE.pattern}){_END}"}
        if field.default is attrs.NOTHING:
            required.append(field.name)
        else:
            default = field.default
            if isinstance(default, enum.Enum):
                default = default.value
            schema["default"] = [] if default == () else default
        properties[field.name] = schema
    doc = (cls.__doc__ or "").strip().split("\n", 1)[0]
    return {
        "type": "object",
        "description": doc,
        "properties": properties,
        "required": sorted(required),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, object]:
    """Return a JSON Schema (draft 2020-12) of the document wire format.

    Services in other languages can validate policydocs JSON with it. It
    covers the shape; cross-field rules (spans inside the text, speakers
    listed in ``actors``) are checked by :func:`policydocs.check`.

    >>> schema = json_schema()
    >>> schema["$schema"]
    'https://json-schema.org/draft/2020-12/schema'
    >>> schema["properties"]["schema"]
    {'const': 'policydocs/1'}

    Returns:
        A new dict, ready for ``json.dumps``: the document's properties at
        the root and each nested model under ``"$defs"``.

    .. versionadded:: 0.1
    """
    root = _model_schema(Document, extra={"schema": {"const": SCHEMA}})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"policydocs document ({SCHEMA})",
        **root,
        "$defs": {cls.__name__: _model_schema(cls) for cls in _MODELS},
    }
