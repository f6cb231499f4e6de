"""The public API: __all__, docstrings, lazy imports, doctests, import cost."""

from __future__ import annotations

import doctest
import importlib
import inspect
import subprocess
import sys
import types

import pytest

import policydocs
import policydocs.examples
from policydocs import strategies

PUBLIC_MODULES = [policydocs, strategies, policydocs.examples]
# Doctests of the modules this suite owns; the extractor's modules have their own.
DOCTEST_MODULES = [
    "policydocs",
    "policydocs._errors",
    "policydocs._html",
    "policydocs._models",
    "policydocs._readers",
    "policydocs._schema",
    "policydocs._serialize",
    "policydocs._validate",
    "policydocs._vocab",
    "policydocs.strategies",
    "policydocs.examples",
    "policydocs._table",
    "policydocs._batch",
]


def _isort_key(name: str) -> tuple[int, str]:
    kind = 0 if name.isupper() else 1 if name[:1].isupper() else 2
    return kind, name


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_all_is_sorted_and_dir_matches(module):
    """__all__ is sorted (constants, classes, functions: RUF022); dir() lists it."""
    assert sorted(module.__all__, key=_isort_key) == module.__all__
    assert sorted(module.__all__) == dir(module)


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda m: m.__name__)
def test_all_is_complete(module):
    """Every name in __all__ resolves, and every public object is listed."""
    for name in module.__all__:
        getattr(module, name)

    def exported(value: object) -> bool:
        owner = getattr(value, "__module__", None) or ""
        if module is policydocs:
            return owner.startswith("policydocs._")
        return owner == module.__name__

    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and exported(value)
    }
    assert set() == public - set(module.__all__)


def _public_objects():
    for module in PUBLIC_MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if isinstance(obj, str):
                continue  # constants such as SCHEMA are documented where defined
            yield f"{module.__name__}.{name}", obj
            if inspect.isclass(obj) and not issubclass(obj, BaseException):
                for attr, member in vars(obj).items():
                    if attr.startswith("_") or not (
                        callable(member) or isinstance(member, property | classmethod)
                    ):
                        continue
                    yield f"{module.__name__}.{name}.{attr}", member


@pytest.mark.parametrize(
    ("name", "obj"),
    list(_public_objects()),
    ids=lambda x: x if isinstance(x, str) else "",
)
def test_every_public_object_has_a_docstring(name, obj):
    """Every public class, function and method has a docstring."""
    target = obj.__func__ if isinstance(obj, classmethod) else obj
    assert (inspect.getdoc(target) or "").strip(), name


def test_unknown_attribute_raises_attribute_error():
    """A missing name raises AttributeError naming it."""
    with pytest.raises(AttributeError, match="nope"):
        policydocs.nope  # noqa: B018


def test_lazy_names_resolve_to_their_modules():
    """Lazily loaded names are the real functions."""
    from policydocs import _schema, _serialize

    assert (_serialize.dumps, _schema.json_schema) == (
        policydocs.dumps,
        policydocs.json_schema,
    )


@pytest.mark.parametrize("name", DOCTEST_MODULES)
def test_docstring_examples_run(name):
    """The >>> examples in docstrings are correct."""
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS
    )
    assert 0 == result.failed


def test_import_policydocs_does_not_import_hypothesis():
    """`import policydocs` leaves hypothesis, dateutil.parser, pandas, CLI unloaded."""
    proc = run_python(
        "import sys, policydocs\n"
        "heavy = ['hypothesis', 'dateutil.parser', 'pandas', 'policydocs.strategies',"
        " 'policydocs._cli', 'cattrs']\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    assert ("[]", "") == (proc.stdout.strip(), proc.stderr)


def test_importtime_shows_no_heavy_modules():
    """`python -X importtime` shows no hypothesis, dateutil.parser or pandas."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import policydocs"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    modules = {
        line.rsplit("|", 1)[-1].strip()
        for line in proc.stderr.splitlines()
        if "|" in line
    }
    assert "policydocs" in modules
    assert set() == modules & {"hypothesis", "dateutil.parser", "pandas"}


def test_from_type_works_through_the_entry_point():
    """st.from_type(Document) works without importing policydocs.strategies by hand."""
    proc = run_python(
        "from hypothesis import given, settings, strategies as st\n"
        "import policydocs\n"
        "@settings(max_examples=5, database=None)\n"
        "@given(st.from_type(policydocs.Document))\n"
        "def t(doc):\n"
        "    assert policydocs.check(doc) == []\n"
        "t()\nprint('ok')"
    )
    assert ("ok", "") == (proc.stdout.strip(), proc.stderr)
