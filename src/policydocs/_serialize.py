"""The JSON wire format: one configured cattrs converter behind every function.

Wire form (``"schema": "policydocs/1"``): the field names of EXTRACTION.md,
dates as ISO strings, enums as their values, spans as ``{"start", "end"}``,
``null`` for absent values, keys sorted, no insignificant whitespace.

Loading runs a fast converter first (no detailed validation, about 1.25x
faster here, STYLE.md §10) and only when that fails re-reads the input part by
part with detailed validation, so a bad document costs more but reports every
problem with its path, and a good one is never half-built.

The private parts live beside this module: the converters and their strict
hooks (``_serialize_convert``), safe JSON decoding (``_serialize_decode``),
the careful path's problem reports (``_serialize_problems``) and the fast
path's direct structuring (``_serialize_direct``).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, cast

import attrs

from ._errors import Problem, SerializationError
from ._models import Actor, Directive, Document, Metric, Statement, _require_document
from ._output import write_atomic
from ._serialize_convert import _FAST, _SURROGATE_RE
from ._serialize_decode import _decode
from ._serialize_direct import _direct_document
from ._serialize_problems import _detailed_document

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
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
    # Callers without a type checker pass anything; a Metric or Statement
    # alone has no wire form: it is part of a document.
    _require_document(doc)
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
        TypeError: ``docs`` is a single Document or not iterable, or yields
            something that is not a Document (the message names its
            position and type); it is raised before that item is written,
            and with a path the file is left as it was.
        SerializationError: a string holds a lone surrogate; with a path,
            the file is then left as it was.
        OSError: the path cannot be written.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``target`` may be a path.
    """
    given: object = docs  # callers without a type checker pass anything
    if isinstance(given, Document | str) or not isinstance(given, Iterable):
        msg = (
            f"expected an iterable of policydocs.Document, found {type(given).__name__}"
        )
        raise TypeError(msg)
    if isinstance(target, str | os.PathLike):
        counted: list[int] = []
        write_atomic(target, lambda fh: counted.append(dump_jsonl(docs, fh)))
        return counted[0]
    fp = target
    n = 0
    for doc in docs:
        fp.writelines(_json_chunks(_require_document(doc, f"docs[{n}]")))
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
