"""No function of the package ranks F in radon: complexity at most 40 (issue 11).

A function above 40 is several rules waiting for names (STYLE.md §3a). The
check runs once per source file, so a failure names the file, and its message
lists each offending function with its line and complexity.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from _complexity import blocks

SRC = Path(__file__).resolve().parents[2] / "src"
#: radon's rank F starts above this.
MAX_COMPLEXITY = 40
FILES = sorted(SRC.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


@pytest.mark.parametrize("path", FILES, ids=_rel)
def test_no_function_ranks_f(path: Path) -> None:
    """Every function and method of the file has complexity at most 40."""
    offenders = {
        f"{_rel(path)}:{b.line} {b.name}": b.complexity
        for b in blocks(path.read_text(encoding="utf-8"))
        if b.complexity > MAX_COMPLEXITY
    }
    assert {} == offenders


_CASES = [
    ("straight line", "def f():\n    return 1\n", 1),
    (
        "if, elif, else",
        """
        def f(x):
            if x:
                a
            elif y:
                b
            else:
                c
        """,
        3,
    ),
    ("conditional expression", "def f(x):\n    return a if x else b\n", 2),
    (
        "for with else",
        "def f(x):\n    for i in x:\n        a\n    else:\n        b\n",
        3,
    ),
    ("while", "def f(x):\n    while x:\n        a\n", 2),
    (
        "try: handlers and else",
        """
        def f():
            try:
                a
            except A:
                b
            except B:
                c
            else:
                d
            finally:
                e
        """,
        4,
    ),
    ("boolean chain", "def f(a, b, c):\n    return a and b or c\n", 3),
    (
        "comprehension with ifs",
        "def f(x):\n    return [i for i in x if i if i > 1]\n",
        4,
    ),
    (
        "match with catch-all",
        """
        def f(x):
            match x:
                case 1:
                    a
                case 2:
                    b
                case _:
                    c
        """,
        3,
    ),
    ("assert, test not looked into", "def f(x):\n    assert x and y\n", 2),
    (
        "lambda counts for its function",
        "def f():\n    return lambda x: a if x else b\n",
        2,
    ),
    (
        "nested function counts apart",
        "def f():\n    def g(x):\n        if x:\n            a\n    return g\n",
        1,
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [c[1:] for c in _CASES], ids=[c[0] for c in _CASES]
)
def test_counter_counts_each_construct(source: str, expected: int) -> None:
    """The counter gives each construct the weight radon gives it."""
    assert expected == blocks(textwrap.dedent(source))[0].complexity


def test_nested_functions_and_methods_are_named_by_their_place() -> None:
    """Methods and closures are qualified by the class or function around them."""
    source = "class C:\n    def m(self):\n        def inner():\n            pass\n"
    assert [("C.m", 2), ("C.m.inner", 3)] == [(b.name, b.line) for b in blocks(source)]


def test_counter_agrees_with_radon_on_the_package() -> None:
    """Where radon is installed, it and the counter agree on every function of src/."""
    complexity = pytest.importorskip("radon.complexity")
    differ = []
    for path in FILES:
        source = path.read_text(encoding="utf-8")
        mine = {(b.name, b.line): b.complexity for b in blocks(source)}
        for found in complexity.cc_visit(source):
            for block in [found, *getattr(found, "methods", [])]:
                if type(block).__name__ == "Class":
                    continue
                name = (
                    f"{block.classname}.{block.name}" if block.is_method else block.name
                )
                if mine.get((name, block.lineno)) != block.complexity:
                    differ.append(
                        (
                            _rel(path),
                            name,
                            block.complexity,
                            mine.get((name, block.lineno)),
                        )
                    )
    assert [] == differ
