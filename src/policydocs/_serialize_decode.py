"""JSON text to plain values, refusing what the wire form never holds.

NaN and Infinity, integers past Python's digit limit, repeated keys and
nesting past :data:`MAX_DEPTH` are each refused with the path where they
stand, never half-loaded.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final

from ._errors import Problem, SerializationError

if TYPE_CHECKING:
    from collections.abc import Callable

#: Nesting deeper than this is refused before decoding: the format itself is
#: never deeper than 5 levels, and deep nesting is a classic way to exhaust a
#: parser's stack.
MAX_DEPTH: Final = 64


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
