"""Thread safety: extraction in threads equals serial, and writes no module state."""

from __future__ import annotations

import enum
import functools
import random
import re
import sys
import types
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from _regex_audit import package_modules
from _reliability_inputs import corpus

import policydocs

if TYPE_CHECKING:
    from collections.abc import Iterator

THREADS = 8


def _serial() -> dict[str, str]:
    return {name: policydocs.dumps(policydocs.parse(text)) for name, text in corpus()}


@pytest.fixture
def fast_switching() -> Iterator[None]:
    """Switch threads every microsecond, so races get their chance."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@pytest.mark.usefixtures("fast_switching")
def test_eight_threads_give_the_serial_results() -> None:
    """The seed and gold documents extracted in 8 threads equal the serial results."""
    texts = dict(corpus())
    expected = _serial()
    # Every document several times, shuffled, so threads work on different
    # documents and on the same one at once.
    jobs = [name for name in texts for _ in range(3)]
    random.Random(7).shuffle(jobs)  # noqa: S311 - an order, not a secret

    def work(name: str) -> tuple[str, str]:
        return name, policydocs.dumps(policydocs.parse(texts[name]))

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(work, jobs))
    assert len(results) == len(jobs)
    mismatched = sorted({name for name, out in results if out != expected[name]})
    assert mismatched == []


def test_serial_results_are_deterministic() -> None:
    """Extracting the same documents twice in one process gives identical JSON."""
    assert _serial() == _serial()


# --- no module-level state written by extraction ---

# Module state extraction may write, each with the reason it is safe.
_ALLOWED = {
    # A regex compiled on first use and stored once: two threads may both
    # compile it, and both store equal patterns.
    "policydocs._dates:*._compiled",
    "policydocs._period_grammar:*._compiled",
    "policydocs._statement_dates:*._compiled",
    # Memo caches of pure functions: bounded, and functools' C
    # implementation is safe under threads (at worst a value is computed twice).
    "policydocs._dates:_lowered()",
    # ``_norm`` is one cache, seen under each actor-registry module importing it.
    *(
        f"policydocs._extract.{module}:_norm()"
        for module in (
            "_actors",
            "_actor_words",
            "_actor_store",
            "_actor_bounds",
            "_actor_recognition",
            "_actor_coref",
        )
    ),
}


def _freeze(value: object, depth: int = 0) -> object:
    """A comparable picture of ``value``: containers by content, code by identity."""
    if depth > 8:
        return ("deep", id(value))
    if value is None or isinstance(value, str | bytes | int | float | complex):
        return value
    if isinstance(value, enum.Enum | re.Pattern):
        return ("value", repr(value))
    if isinstance(value, dict):
        return (
            "dict",
            tuple(
                (_freeze(k, depth + 1), _freeze(v, depth + 1)) for k, v in value.items()
            ),
        )
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(_freeze(v, depth + 1) for v in value))
    if isinstance(value, set | frozenset):
        return ("set", frozenset(_freeze(v, depth + 1) for v in value))
    if isinstance(value, bytearray):
        return ("bytearray", bytes(value))
    if callable(value) or isinstance(value, types.ModuleType):
        return ("ref", id(value))
    return ("object", type(value).__qualname__, id(value), _attrs(value, depth))


def _attrs(value: object, depth: int) -> tuple[tuple[str, object], ...]:
    """The instance state of ``value`` (``__dict__`` and slots)."""
    names = list(getattr(value, "__dict__", {}))
    for klass in type(value).__mro__:
        names.extend(getattr(klass, "__slots__", ()))
    return tuple(
        (name, _freeze(getattr(value, name, None), depth + 1))
        for name in sorted(set(names))
    )


def _state() -> dict[str, object]:
    """Every module global, class attribute and memo cache of the package."""
    out: dict[str, object] = {}
    for mod in package_modules():
        for key, value in vars(mod).items():
            if key.startswith("__"):
                continue  # the interpreter's own: __builtins__, __spec__ ...
            out[f"{mod.__name__}:{key}"] = _freeze(value)
            if isinstance(value, functools._lru_cache_wrapper):
                out[f"{mod.__name__}:{key}()"] = value.cache_info().currsize
            if isinstance(value, type) and value.__module__ == mod.__name__:
                for attr, v in vars(value).items():
                    if not attr.startswith("__"):
                        out[f"{mod.__name__}:{key}.{attr}"] = _freeze(v)
    return out


def _allowed(name: str, before: object, after: object) -> bool:
    if name in _ALLOWED:
        return True
    module, _, _ = name.partition(":")
    if f"{module}:*._compiled" in _ALLOWED:
        # Only the lazily compiled pattern may differ inside the object.
        return _without_compiled(before) == _without_compiled(after)
    return False


def _without_compiled(value: object) -> object:
    if isinstance(value, tuple) and len(value) == 4 and value[0] == "object":
        return (*value[:3], tuple(p for p in value[3] if p[0] != "_compiled"))
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[1], tuple):
        return (value[0], tuple(_without_compiled(v) for v in value[1]))
    return value


def test_extraction_writes_no_module_state() -> None:
    """Extracting documents leaves every module global and class attribute as it was."""
    before = _state()
    for _, text in corpus():
        policydocs.parse(text)
        policydocs.parse(text.upper())
    after = _state()
    changed = sorted(
        name
        for name in before.keys() | after.keys()
        if before.get(name) != after.get(name)
        and not _allowed(name, before.get(name), after.get(name))
    )
    assert changed == []


def test_state_scan_sees_a_mutation() -> None:
    """The scan notices a lexicon dict being written (so a pass means something)."""
    from policydocs._extract import _units

    before = _state()
    _units.SMALL["reliability-probe"] = 0
    try:
        after = _state()
    finally:
        del _units.SMALL["reliability-probe"]
    key = "policydocs._extract._units:SMALL"
    assert before[key] != after[key]
    assert before == _state()
