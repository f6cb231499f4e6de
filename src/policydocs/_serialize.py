"""The JSON wire format: one configured cattrs converter behind every function.

Wire form (``"schema": "policydocs/1"``): the field names of EXTRACTION.md,
dates as ISO strings, enums as their values, spans as ``{"start", "end"}``,
``null`` for absent values, keys sorted, no insignificant whitespace.

Loading runs a fast converter first (no detailed validation, about 1.25x
faster here, STYLE.md §10) and only when that fails re-reads the input part by
part with detailed validation, so a bad document costs more but reports every
problem with its path, and a good one is never half-built.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import types
import typing
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, cast

import attrs
import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from ._errors import (
    PolicyDocsError,
    Problem,
    SerializationError,
    ValidationError,
    ValidationErrors,
)
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._output import write_atomic
from ._validate import cross_field_problems
from ._vocab import ActorKind, Approx, Basis, Force, Mode

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable, Iterable, Iterator
    from types import ModuleType

_orjson: ModuleType | None
try:  # optional speed-up; the stdlib path below writes the same bytes
    import orjson as _orjson
except ImportError:  # pragma: no cover - exercised in environments without the extra
    _orjson = None

__all__ = [
    "SCHEMA",
    "dump_jsonl",
    "dumps",
    "from_dict",
    "iter_json_documents",
    "load_jsonl",
    "loads",
    "to_dict",
    "write_atomic",
]

#: The format tag of the wire form.
#:
#: The ``"schema"`` value that :func:`to_dict` and :func:`dumps` write and
#: that :func:`from_dict` and :func:`loads` require; it changes only when the
#: format does.
#:
#: .. versionadded:: 0.1
SCHEMA: Final = "policydocs/1"
_ISO_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
#: Nesting deeper than this is refused before decoding: the format itself is
#: never deeper than 5 levels, and deep nesting is a classic way to exhaust a
#: parser's stack.
MAX_DEPTH: Final = 64
_LIST_FIELDS: Final = {
    "actors": Actor,
    "statements": Statement,
    "directives": Directive,
    "metrics": Metric,
}


# --- strict scalar hooks: cattrs' defaults coerce None to 'None', 1.7 to 1 ---


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, found {value!r}")
    if _SURROGATE_RE.search(value) is not None:
        # JSON may escape one ("\ud800"), but dumps() could never write the
        # document back: refused on the way in, as on the way out.
        raise ValueError(
            "expected text without lone surrogates (U+D800 to U+DFFF), "
            f"found {value[:40]!r}"
        )
    return value


def _structure_int(value: object, _: type) -> int:
    if type(value) is int:
        return value
    # JSON has one number type: 79.0 is the integer 79 to JSON Schema (and
    # to most JSON writers), so it is read as 79, and dumps() writes 79.
    if type(value) is float and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, found {value!r}")


def _structure_float(value: object, _: type) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise TypeError(f"expected a number, found {value!r}")


def _structure_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise TypeError(f"expected true or false, found {value!r}")
    return value


def _structure_date(value: object, _: type) -> dt.date:
    if not isinstance(value, str) or _ISO_RE.fullmatch(value) is None:
        raise ValueError(f"expected an ISO date such as '2026-03-06', found {value!r}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"expected a real calendar date, found {value!r}") from None


def _is_tuple(tp: object) -> bool:
    return typing.get_origin(tp) is tuple


def _strict_tuple_factory(
    conv: cattrs.Converter, *, detailed: bool
) -> Callable[[Any], Callable[[object, Any], tuple[Any, ...]]]:
    """Hooks for ``tuple[X, ...]`` that accept only a JSON list.

    cattrs' default iterates whatever it gets, so ``"aliases": "XY"`` would
    silently become ``("X", "Y")``.
    """

    def factory(tp: Any) -> Callable[[object, Any], tuple[Any, ...]]:
        item = typing.get_args(tp)[0]
        item_hook = conv.get_structure_hook(item)

        def hook(value: object, _: Any) -> tuple[Any, ...]:
            if type(value) is not list:
                raise TypeError(f"expected a list, found {value!r:.60}")
            if not detailed:
                return tuple([item_hook(v, item) for v in value])
            out: list[Any] = []
            errors: list[Exception] = []
            for i, v in enumerate(value):
                try:
                    out.append(item_hook(v, item))
                except Exception as exc:  # noqa: BLE001 - collected, then raised as a group
                    exc.add_note(IterableValidationNote(f"@ index {i}", i, item))
                    errors.append(exc)
            if errors:
                raise IterableValidationError(f"While structuring {tp!r}", errors, tp)
            return tuple(out)

        return hook

    return factory


def _is_optional(tp: object) -> bool:
    args = typing.get_args(tp)
    return (
        typing.get_origin(tp) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_factory(
    conv: cattrs.Converter,
) -> Callable[[Any], Callable[[object, Any], Any]]:
    """Hooks for ``X | None`` that look X's hook up once, not on every value.

    cattrs' generic optional hook dispatches on every call; the documents
    have a dozen optional fields per item, so this is a measurable part of
    ``loads``.
    """

    def factory(tp: Any) -> Callable[[object, Any], Any]:
        inner = next(a for a in typing.get_args(tp) if a is not type(None))
        inner_hook = conv.get_structure_hook(inner)

        def hook(value: object, _: Any) -> Any:
            return None if value is None else inner_hook(value, inner)

        return hook

    return factory


def _enum_hook(tp: type[enum.Enum]) -> Callable[[object, Any], enum.Enum]:
    allowed = ", ".join(repr(m.value) for m in tp)

    def hook(value: object, _: Any) -> enum.Enum:
        try:
            return tp(value)
        except ValueError:
            message = f"expected one of {allowed}, found {value!r}"
            raise ValidationError("enum", message, value=value) from None

    return hook


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
    conv.register_structure_hook_factory(
        _is_tuple, _strict_tuple_factory(conv, detailed=detailed)
    )
    conv.register_structure_hook(str, _structure_str)
    # The enums are str subclasses, so without these the str hook above would
    # let any string through and leave the check to the model's converter,
    # which never runs when another field of the same item fails.
    for vocabulary in (ActorKind, Approx, Basis, Force, Mode):
        conv.register_structure_hook(vocabulary, _enum_hook(vocabulary))
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(float, _structure_float)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_structure_hook_factory(_is_optional, _optional_factory(conv))
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    return conv


_FAST: Final = _make_converter(detailed=False)
_DETAILED: Final = _make_converter(detailed=True)


def to_dict(doc: Document, /) -> dict[str, object]:
    """Return the wire form of ``doc`` as plain dicts, lists, strings and numbers.

    >>> import policydocs
    >>> to_dict(policydocs.parse("date 2026-03-06 Hi.", extract=False))["published"]
    '2026-03-06'

    Args:
        doc: The document to convert.

    Returns:
        A new dict of JSON-compatible values, with ``"schema"`` set to
        :data:`policydocs.SCHEMA`; :func:`from_dict` reads it back.

    Raises:
        TypeError: ``doc`` is not a Document (a Metric, say).

    .. versionadded:: 0.1
    """
    return _to_wire(doc)


def _to_wire(doc: Document) -> dict[str, Any]:
    given: object = doc  # callers without a type checker pass anything
    if not isinstance(given, Document):
        # A Metric or Statement alone has no wire form: it is part of a document.
        msg = f"expected a policydocs.Document, found {type(given).__name__}"
        raise TypeError(msg)
    out: dict[str, Any] = _FAST.unstructure(doc, Document)
    out["schema"] = SCHEMA
    return out


# --- encoding ---


def _float_repr(value: float) -> str:
    # orjson's shortest-round-trip form; repr() differs only in exponents
    # (1e-07 vs 1e-7) and in the 1e-5 decade, which orjson writes in full.
    r = repr(value)
    if "e" not in r:
        return r
    mantissa, exp_s = r.split("e")
    exp = int(exp_s)
    if exp == -5:
        sign = "-" if mantissa.startswith("-") else ""
        return f"{sign}0.0000{mantissa.lstrip('-').replace('.', '')}"
    return f"{mantissa}e{'+' if exp > 0 else '-'}{abs(exp)}"


def _encode_slow(obj: object, out: list[str]) -> None:
    if isinstance(obj, dict):
        out.append("{")
        for i, key in enumerate(sorted(obj)):
            if i:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _encode_slow(obj[key], out)
        out.append("}")
    elif isinstance(obj, list | tuple):
        out.append("[")
        for i, item in enumerate(obj):
            if i:
                out.append(",")
            _encode_slow(item, out)
        out.append("]")
    elif isinstance(obj, float):
        out.append(_float_repr(obj))
    else:
        out.append(json.dumps(obj, ensure_ascii=False))


def _needs_slow_floats(metrics: list[dict[str, Any]]) -> bool:
    for metric in metrics:
        for key in ("value", "upper"):
            v = metric[key]
            if v is not None and "e" in repr(v):
                return True
    return False


_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


def _surrogate_error() -> SerializationError:
    # orjson refuses lone surrogates and the stdlib would write a str that
    # cannot be encoded as UTF-8; both paths raise this instead.
    return SerializationError(
        "cannot write a lone surrogate (U+D800 to U+DFFF) as UTF-8 JSON; "
        "parse() and read() replace them with U+FFFD, a document built by hand "
        "must do the same"
    )


def _encode(data: dict[str, Any], *, metrics: list[dict[str, Any]]) -> str:
    """``data`` as compact JSON with sorted keys; ``metrics`` hold its floats."""
    if _orjson is not None:
        try:
            raw: bytes = _orjson.dumps(data, option=_orjson.OPT_SORT_KEYS)
        except _orjson.JSONEncodeError as exc:
            if "surrogate" in str(exc):
                raise _surrogate_error() from None
            raise SerializationError(f"cannot write JSON: {exc}") from None
        return raw.decode("utf-8")
    if _needs_slow_floats(metrics):
        parts: list[str] = []
        _encode_slow(data, parts)
        out = "".join(parts)
    else:
        out = json.dumps(
            data, ensure_ascii=False, sort_keys=True, separators=(",", ":")
        )
    if _SURROGATE_RE.search(out) is not None:
        raise _surrogate_error()
    return out


def dumps(doc: Document, /) -> str:
    """Serialise ``doc`` to its JSON wire form (deterministic, keys sorted).

    >>> import policydocs
    >>> doc = policydocs.parse("date 2026-03-06 Hi.", id="d1", extract=False)
    >>> dumps(doc)[:48]
    '{"actors":[],"directives":[],"id":"d1","language'

    Args:
        doc: The document to serialise.

    Returns:
        Compact JSON text (no spaces, keys sorted, non-ASCII kept as is);
        equal documents give equal strings.

    Raises:
        TypeError: ``doc`` is not a Document (a Metric, say).
        SerializationError: a string holds a lone surrogate, which UTF-8
            JSON cannot carry (readers never produce one).

    .. versionadded:: 0.1
    """
    wire = _to_wire(doc)
    return _encode(wire, metrics=wire.get("metrics", []))


#: The lists of a document, in the (sorted) order of their keys.
_ITEM_LISTS: Final = (
    ("actors", Actor),
    ("directives", Directive),
    ("metrics", Metric),
    ("statements", Statement),
)


def _json_chunks(doc: Document) -> Iterator[str]:
    """The text of ``dumps(doc)`` in pieces, its lists encoded item by item.

    A document dense in items (a metric every three characters) would
    otherwise build its whole tree of dicts and one string of it: about 500
    bytes per input character at the peak, against a few while streaming.
    """
    shell = attrs.evolve(doc, actors=(), statements=(), directives=(), metrics=())
    head = dumps(shell)
    pos = 0
    for key, cls in _ITEM_LISTS:
        # Strings escape their quotes, so '"key":[]' can only be the key itself.
        at = head.index(f'"{key}":[]', pos) + len(key) + 4
        yield head[pos:at]
        pos = at
        for i, item in enumerate(getattr(doc, key)):
            data = _FAST.unstructure(item, cls)
            yield ("," if i else "") + _encode(
                data, metrics=[data] if cls is Metric else []
            )
    yield head[pos:]


# --- decoding ---


#: Python refuses to convert longer digit strings (``sys.get_int_max_str_digits``).
_MAX_INT_DIGITS: Final = 4300


class _Refused:
    """Stands in for a JSON value the decoder refuses, until its path is known."""

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


class _DuplicateKeys(dict[str, Any]):
    """An object that repeated a key; the decoder reports it with its path."""

    __slots__ = ("keys_repeated",)
    keys_repeated: list[str]


def _decoder_hooks(
    refused: list[object],
) -> tuple[
    Callable[[str], _Refused],
    Callable[[str], int | _Refused],
    Callable[[list[tuple[str, Any]]], dict[str, Any]],
]:
    """Hooks that mark NaN, huge integers and repeated keys instead of raising.

    Raising inside a hook loses the position; a marker is found again after
    decoding, with its path. ``refused`` records that a marker exists, so a
    clean document is never walked twice.
    """

    def constant(name: str) -> _Refused:
        marker = _Refused(f"expected a finite number, found {name}")
        refused.append(marker)
        return marker

    def integer(digits: str) -> int | _Refused:
        if len(digits) > _MAX_INT_DIGITS:
            marker = _Refused(
                f"expected an integer of at most {_MAX_INT_DIGITS} digits, "
                f"found {len(digits.lstrip('-'))} digits"
            )
            refused.append(marker)
            return marker
        return int(digits)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) == len(items):
            return out
        flagged = _DuplicateKeys(out)
        seen: set[str] = set()
        repeated: set[str] = set()
        for key, _ in items:
            (repeated if key in seen else seen).add(key)
        flagged.keys_repeated = sorted(repeated)
        refused.append(flagged)
        return flagged

    return constant, integer, pairs


def _refused_problems(value: object, path: tuple[str | int, ...]) -> list[Problem]:
    """Paths of the markers left by :func:`_decoder_hooks` (depth is bounded)."""
    if isinstance(value, _Refused):
        return [Problem(code="json-number", path=path, message=value.message)]
    out: list[Problem] = []
    if isinstance(value, dict):
        if isinstance(value, _DuplicateKeys):
            keys = ", ".join(repr(k) for k in value.keys_repeated)
            message = f"expected each key once, found {keys} again"
            out.append(Problem(code="duplicate-key", path=path, message=message))
        for key, item in value.items():
            out.extend(_refused_problems(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out.extend(_refused_problems(item, (*path, index)))
    return out


# Strings are removed before brackets are counted; escapes first, so that an
# escaped quote does not end a string. Each pattern is a single class or
# literal: no nested quantifiers.
_ESCAPE_RE: Final = re.compile(r"\\.", re.DOTALL)
_STRING_RE: Final = re.compile(r'"[^"]*"')
_NOT_BRACKET_RE: Final = re.compile(r"[^\[\]{}]+")


def _depth_ok(data: str) -> bool:
    # Cheap upper bound: nesting can't exceed the count of openers. Only when
    # that is high are the brackets outside strings counted properly.
    if data.count("{") + data.count("[") <= MAX_DEPTH:
        return True
    if "\\" in data:
        data = _ESCAPE_RE.sub("", data)
    depth = 0
    for ch in _NOT_BRACKET_RE.sub("", _STRING_RE.sub("", data)):
        if ch in "{[":
            depth += 1
            if depth > MAX_DEPTH:
                return False
        else:
            depth -= 1
    return True


def _nesting_path(data: str) -> tuple[str | int, ...]:
    """Path of the first container nested past MAX_DEPTH in ``data``.

    Only called once :func:`_depth_ok` has refused the input, so this slow
    character walk never runs on a good document; it stops where the input
    gets too deep.
    """
    path: list[str | int] = []
    kinds: list[str] = []
    expect_key = False
    i, n = 0, len(data)
    while i < n:
        ch = data[i]
        if ch == '"':
            j = i + 1
            while j < n and data[j] != '"':
                j += 2 if data[j] == "\\" else 1
            if expect_key:
                try:
                    path[-1] = json.loads(data[i : j + 1])
                except ValueError:
                    path[-1] = data[i + 1 : j]
                expect_key = False
            i = j + 1
            continue
        if ch in "{[":
            if len(kinds) == MAX_DEPTH:
                break
            kinds.append(ch)
            path.append("" if ch == "{" else 0)
            expect_key = ch == "{"
        elif ch in "}]" and kinds:
            kinds.pop()
            path.pop()
            expect_key = False
        elif ch == "," and kinds:
            if kinds[-1] == "[":
                index = path[-1]
                path[-1] = index + 1 if isinstance(index, int) else 0
            else:
                expect_key = True
        i += 1
    return tuple(path)


def _decode(
    data: str | bytes | bytearray | memoryview, *, line: int | None = None
) -> object:
    if not isinstance(data, str):
        raw = bytes(data)
        try:
            data = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SerializationError(
                f"expected UTF-8, found byte {raw[exc.start]:#04x} "
                f"at offset {exc.start}",
                line=line,
                code="encoding",
            ) from None
    if not _depth_ok(data):
        message = f"expected at most {MAX_DEPTH} levels of nesting, found more"
        raise SerializationError(
            f"JSON nested deeper than {MAX_DEPTH} levels",
            [Problem(code="too-deep", path=_nesting_path(data), message=message)],
            line=line,
        )
    refused: list[object] = []
    try:
        constant, integer, pairs = _decoder_hooks(refused)
        value = json.loads(
            data, parse_constant=constant, parse_int=integer, object_pairs_hook=pairs
        )
    except json.JSONDecodeError as exc:
        raise SerializationError(
            f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            line=line,
            code="json-syntax",
            position=(exc.lineno, exc.colno),
        ) from None
    except RecursionError:  # pragma: no cover - _depth_ok refuses such input first
        raise SerializationError(
            "JSON nested too deeply", line=line, code="too-deep"
        ) from None
    if refused:
        # NaN/Infinity, a huge integer or a repeated key: refused, not half-loaded.
        problems = _refused_problems(value, ())
        raise SerializationError(
            f"invalid JSON ({len(problems)} problem(s))", problems, line=line
        )
    return value


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


def from_dict(data: object, /) -> Document:
    """Build a document from its wire form (as :func:`to_dict` returns it).

    >>> import policydocs
    >>> doc = policydocs.parse("date 2026-03-06 Hi.", id="d1", extract=False)
    >>> from_dict(to_dict(doc)) == doc
    True

    Args:
        data: The decoded JSON object; its ``"schema"`` must be
            :data:`policydocs.SCHEMA`.

    Returns:
        The validated document.

    Raises:
        SerializationError: listing every problem with its path (a wrong type,
            a missing field, an unknown schema, a span beyond the text ...);
            nothing is half-built.

    .. versionadded:: 0.1
    """
    return _from_dict(data, None)


def _from_dict(data: object, _line: int | None) -> Document:
    """:func:`from_dict`, with the JSON Lines line number for error messages."""
    if not isinstance(data, dict):
        raise SerializationError(
            "expected a JSON object for a document",
            [
                Problem(
                    code="not-a-document",
                    path=(),
                    message=f"found {type(data).__name__}",
                )
            ],
            line=_line,
        )
    schema = data.get("schema")
    if schema != SCHEMA:
        message = f"expected {SCHEMA!r}, found {schema!r}"
        raise SerializationError(
            "unsupported schema",
            [Problem(code="schema", path=("schema",), message=message)],
            line=_line,
        )
    raw = {k: v for k, v in data.items() if k != "schema"}
    try:
        return _FAST.structure(raw, Document)
    except Exception:  # noqa: BLE001, S110 - re-read slowly to report every problem
        pass
    problems: list[Problem] = []
    doc = _detailed_document(raw, problems)
    if doc is None:
        raise SerializationError(
            f"invalid document ({len(problems)} problem(s))", problems, line=_line
        )
    # The fast path failing means the slow one finds a problem.
    return doc  # pragma: no cover


def loads(data: str | bytes | bytearray | memoryview, /) -> Document:
    """Read a document from its JSON wire form.

    ``loads(dumps(doc)) == doc`` for every valid document.

    Args:
        data: The JSON text of one document, or its UTF-8 bytes.

    Returns:
        The validated document.

    Raises:
        TypeError: ``data`` is not a str, bytes, bytearray or memoryview.
        SerializationError: malformed JSON (NaN, duplicate keys, nesting over
            64 levels included) or an invalid document, with every problem and
            its path.

    .. versionadded:: 0.1
    """
    given: object = data  # callers without a type checker pass anything
    if not isinstance(given, str | bytes | bytearray | memoryview):
        # bytes(10**9) would allocate a gigabyte of NULs before failing.
        msg = (
            "expected the JSON as str, bytes, bytearray or memoryview, "
            f"found {type(given).__name__}"
        )
        raise TypeError(msg)
    fast = _fast_load(data)
    return fast if fast is not None else from_dict(_decode(data))


def _fast_load(data: str | bytes | bytearray | memoryview) -> Document | None:
    """Load JSON exactly as :func:`dumps` writes it, or return None.

    orjson parses several times faster than ``json.loads`` with the hooks that
    find NaN, huge integers and repeated keys, but it silently keeps the last
    of two equal keys. So the fast path only vouches for input that is
    byte for byte the canonical form of what it parsed (sorted keys, no
    spaces, orjson's escapes): such input cannot hide a repeated key. Anything
    else, and any document that does not build, takes the careful path, which
    reports every problem with its path.
    """
    if _orjson is None:
        return None
    try:
        raw = (data.encode("utf-8") if isinstance(data, str) else bytes(data)).strip()
        value = _orjson.loads(raw)
    except (UnicodeEncodeError, _orjson.JSONDecodeError):
        return None
    if (
        not isinstance(value, dict)
        or value.get("schema") != SCHEMA
        or _orjson.dumps(value, option=_orjson.OPT_SORT_KEYS) != raw
    ):
        return None
    del value["schema"]
    try:
        return _direct_document(value)
    except Exception:  # noqa: BLE001 - the careful path reports what is wrong
        return None


# --- direct structuring: the loads fast path ---
#
# On the fast path the models' own validators and converters do the type
# checks (they run on every construction anyway), so the JSON needs only its
# nested objects turned into models and its dates parsed; cattrs would check
# every scalar a second time. Anything unexpected raises, and the caller
# falls back to the careful path.

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


def dump_jsonl(
    docs: Iterable[Document], target: IO[str] | str | os.PathLike[str], /
) -> int:
    """Write documents as JSON Lines, one object per line; return how many.

    ``target`` is an open text file, or a path: a path is written
    atomically as :func:`policydocs.read` and the CLI's ``-o`` do (the file
    appears only when complete, a symlink's target is replaced, an existing
    file keeps its mode). :func:`load_jsonl` reads it back.

    >>> import io, policydocs
    >>> buf = io.StringIO()
    >>> dump_jsonl([policydocs.parse("date 2026-03-06 Hi.", extract=False)], buf)
    1

    Args:
        docs: The documents to write, consumed one at a time.
        target: An open text file, or the path of the file to create or
            replace.

    Returns:
        The number of documents written.

    Raises:
        SerializationError: a string holds a lone surrogate; with a path,
            the file is then left as it was.
        OSError: the path cannot be written.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``target`` may be a path.
    """
    if isinstance(target, str | os.PathLike):
        counted: list[int] = []
        write_atomic(target, lambda fh: counted.append(dump_jsonl(docs, fh)))
        return counted[0]
    fp = target
    n = 0
    for doc in docs:
        fp.writelines(_json_chunks(doc))
        fp.write("\n")
        n += 1
    return n


def load_jsonl(
    source: IO[str] | IO[bytes] | str | os.PathLike[str],
    /,
    *,
    on_error: Callable[[SerializationError], object] | None = None,
) -> Iterator[Document]:
    """Yield documents from JSON Lines, one at a time (streaming).

    Blank lines are skipped. A bad record raises :class:`SerializationError`
    carrying its 1-based ``line``; with ``on_error`` the error is passed to
    that callback instead and reading goes on.

    Args:
        source: An open file (text or binary) of JSON Lines, or its path.
        on_error: Called with each bad record's error instead of raising;
            None (the default) raises at the first bad record.

    Yields:
        Each document, in the order of the lines.

    Raises:
        SerializationError: a line is not valid JSON or not a valid
            document, and ``on_error`` is None.
        OSError: the path cannot be opened or read.

    .. versionadded:: 0.1
    """
    if isinstance(source, str | os.PathLike):
        with Path(source).open("rb") as fh:
            yield from load_jsonl(fh, on_error=on_error)
        return
    # IO[str] | IO[bytes] iterates as a union mypy cannot name per item.
    lines = cast("Iterable[str | bytes]", source)
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        # Lines that dumps() wrote take the loads() fast path.
        doc = _fast_load(line)
        try:
            if doc is None:
                doc = _from_dict(_decode(line, line=lineno), lineno)
        except SerializationError as exc:
            # Both _decode and from_dict were given the line, so exc names it.
            if on_error is None:
                raise
            on_error(exc)
            continue
        yield doc


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}
    if value is None:
        return "null"
    return names.get(type(value), "a number")


def iter_json_documents(
    data: str,
    /,
    *,
    lines: bool = False,
    on_error: Callable[[SerializationError], object] | None = None,
) -> Iterator[Document]:
    """The documents of a JSON text: one document, an array of them, or JSON Lines.

    Anything else that is JSON (a number, an array of numbers) is an error,
    never text. A bad element of an array or line of JSON Lines goes to
    ``on_error`` when given, and reading goes on.
    """
    if lines:
        yield from load_jsonl(io.StringIO(data), on_error=on_error)
        return
    if data.lstrip(" \t\r\n").startswith("{"):
        yield loads(data)
        return
    value = _decode(data)
    if not isinstance(value, list):
        raise SerializationError(
            "expected a document or an array of documents",
            [
                Problem(
                    code="not-a-document", path=(), message=f"found {_json_type(value)}"
                )
            ],
        )
    for index, item in enumerate(value):
        try:
            yield _from_dict(item, None)
        except SerializationError as exc:
            error = exc.located(index=index)
            if on_error is None:
                raise error from None
            on_error(error)
