"""Option checks for the public strategies: bad options fail at once.

Hypothesis reports a bad option only at the first draw, far from the call
that gave it; these run when the strategy is made. ``_reads_as_call`` also
makes each strategy print as the public call that built it.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from typing import TYPE_CHECKING, Final, ParamSpec, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

if TYPE_CHECKING:
    from collections.abc import Callable

_T = TypeVar("_T")
_P = ParamSpec("_P")


def _check_size(min_size: object, max_size: object) -> None:
    for name, value in (("min_size", min_size), ("max_size", max_size)):
        if value is None and name == "max_size":
            continue
        if type(value) is not int or value < 0:
            msg = f"{name}={value!r} must be a non-negative int"
            raise InvalidArgument(msg)
    if max_size is not None and min_size > max_size:  # type: ignore[operator]
        msg = f"min_size={min_size!r} is larger than max_size={max_size!r}"
        raise InvalidArgument(msg)


def _check_max(name: str, value: object) -> None:
    if type(value) is not int or value < 0:
        msg = f"{name}={value!r} must be a non-negative int"
        raise InvalidArgument(msg)


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        msg = (
            f"{name}={value!r} must be a Hypothesis strategy (or None for the default)"
        )
        raise InvalidArgument(msg)


def _check_text(value: object, *, required: bool = False) -> None:
    if (required or value is not None) and not isinstance(value, str):
        msg = f"text={value!r} must be a str" + (
            "" if required else " (or None to draw one)"
        )
        raise InvalidArgument(msg)


def _check_dates(min_value: object, max_value: object) -> None:
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if type(value) is not dt.date:
            msg = f"{name}={value!r} must be a datetime.date"
            raise InvalidArgument(msg)
    if min_value > max_value:  # type: ignore[operator]
        msg = f"min_value={min_value!r} is after max_value={max_value!r}"
        raise InvalidArgument(msg)


def _or(
    strategy: st.SearchStrategy[_T] | None, default: st.SearchStrategy[_T]
) -> st.SearchStrategy[_T]:
    return default if strategy is None else strategy


def _check_range(kind: str, low: object, high: object) -> None:
    """``min_<kind>`` and ``max_<kind>`` are non-negative ints, in order."""
    _check_max(f"min_{kind}", low)
    _check_max(f"max_{kind}", high)
    if low > high:  # type: ignore[operator]
        msg = f"min_{kind}={low!r} is larger than max_{kind}={high!r}"
        raise InvalidArgument(msg)


#: Items of each kind when no maximum is given: small documents run fast.
_DEFAULT_MAX: Final = 4


def _limits(**counts: tuple[object, object]) -> dict[str, tuple[int, int]]:
    """Check each (min, max) pair; a missing max is ``max(4, min)``."""
    out = {}
    for kind, (low, high) in counts.items():
        _check_max(f"min_{kind}", low)
        top = max(_DEFAULT_MAX, low) if high is None else high  # type: ignore[call-overload]
        _check_range(kind, low, top)
        out[kind] = (low, top)
    return out  # type: ignore[return-value]


def _reads_as_call(
    build: Callable[_P, st.SearchStrategy[_T]],
) -> Callable[_P, st.SearchStrategy[_T]]:
    """Make ``build``'s strategies print as the call that made them.

    Hypothesis prints a strategy as the function that drew it, so without
    this ``documents(min_metrics=2)`` would print as ``_documents(...)`` with
    every private argument. The options are checked at once, when the
    strategy is made, and the strategy is built again from them per draw.
    """
    signature = inspect.signature(build)
    draw_param = inspect.Parameter("draw", inspect.Parameter.POSITIONAL_ONLY)

    def draw_built(draw: st.DrawFn, /, *args: object, **kwargs: object) -> object:
        return draw(build(*args, **kwargs))  # type: ignore[arg-type]

    # Hypothesis reads the name and signature to print the call, leaving out
    # options at their defaults.
    draw_built.__dict__["__signature__"] = signature.replace(
        parameters=[draw_param, *signature.parameters.values()]
    )
    draw_built.__name__ = draw_built.__qualname__ = build.__name__
    as_call = st.composite(draw_built)

    @functools.wraps(build)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> st.SearchStrategy[_T]:
        build(*args, **kwargs)  # bad options fail here, not at the first draw
        return as_call(*args, **kwargs)  # type: ignore[return-value]

    return checked


def _realistic_item(realistic: object, text: object, **strategies: object) -> bool:
    """Check an item strategy's options; whether it is to draw a realistic item.

    ``text`` is a str or None, each of ``strategies`` a strategy or None, and
    ``realistic`` a bool that comes alone: a realistic item brings its own
    sentence and values.
    """
    _check_text(text)
    for name, value in strategies.items():
        _check_strategy(name, value)
    if type(realistic) is not bool:
        msg = f"realistic={realistic!r} must be True or False"
        raise InvalidArgument(msg)
    given = [
        name
        for name, value in (("text", text), *strategies.items())
        if value is not None
    ]
    if realistic and given:
        msg = (
            f"{given[0]}= cannot be combined with realistic=True: a realistic "
            "item comes with its own sentence and values"
        )
        raise InvalidArgument(msg)
    return realistic
