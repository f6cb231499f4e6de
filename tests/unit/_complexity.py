"""Cyclomatic complexity of each function, counted as radon counts it.

radon is not a test dependency, so this small counter stands in for it; a
test compares the two wherever radon happens to be installed. A function's
complexity is 1 plus its decision points, not counting those of functions
and classes defined inside it (each of those is a function of its own):

- ``if``, ``elif`` and a conditional expression: 1 each;
- ``for``, ``async for`` and ``while``: 1, and 1 more for an ``else``;
- ``try``: 1 per ``except`` clause, and 1 for an ``else``;
- a comprehension's ``for``: 1, and 1 per ``if`` in it;
- ``and``/``or`` chains: 1 per operator;
- ``match``: 1 per case, less one for a catch-all case;
- ``assert``: 1 (what the assertion tests is not looked into).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


@dataclass(frozen=True)
class Block:
    """One function or method, where it starts and its complexity."""

    name: str
    line: int
    complexity: int


def _catch_all(case: ast.match_case) -> bool:
    return isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None


def _points(node: ast.AST) -> int:
    """The decision points of ``node`` itself, not of its children."""
    match node:
        case ast.If() | ast.IfExp():
            return 1
        case ast.For() | ast.AsyncFor() | ast.While():
            return 1 + bool(node.orelse)
        case ast.Try() | ast.TryStar():
            return len(node.handlers) + bool(node.orelse)
        case ast.comprehension():
            return 1 + len(node.ifs)
        case ast.BoolOp():
            return len(node.values) - 1
        case ast.Match():
            return max(0, len(node.cases) - any(map(_catch_all, node.cases)))
        case ast.Assert():
            return 1
    return 0


def function_complexity(func: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """1 plus the decision points in ``func``'s body, nested definitions aside."""
    total = 1
    stack: list[ast.AST] = list(func.body)
    while stack:
        node = stack.pop()
        if isinstance(node, (*_FUNCTIONS, ast.ClassDef)):
            continue
        total += _points(node)
        if not isinstance(node, ast.Assert):
            stack.extend(ast.iter_child_nodes(node))
    return total


def blocks(source: str) -> list[Block]:
    """Every function of ``source``: top level, methods and nested ones alike.

    Names are qualified by the classes and functions around them
    (``_Finder._read``, ``outer.inner``).
    """
    out: list[Block] = []

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, _FUNCTIONS):
                name = prefix + child.name
                out.append(Block(name, child.lineno, function_complexity(child)))
                walk(child, name + ".")
            elif isinstance(child, ast.ClassDef):
                walk(child, prefix + child.name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(source), "")
    return out
