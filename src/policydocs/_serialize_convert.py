"""The two cattrs converters behind the wire format, with their strict hooks.

cattrs' default hooks coerce (``None`` to ``'None'``, ``1.7`` to ``1``, a
string to a tuple of its characters); these accept only what the wire form
writes. The fast converter builds a document in one go; the detailed one
collects every problem with its path, and runs only once the fast one failed.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from typing import TYPE_CHECKING, Any, Final

import cattrs
from cattrs.errors import IterableValidationError, IterableValidationNote

from ._errors import ValidationError
from ._vocab import ActorKind, Approx, Basis, Force, Mode

if TYPE_CHECKING:
    import enum
    from collections.abc import Callable

_ISO_RE: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")

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
