"""Find the regex shapes that backtrack catastrophically (issue 7).

The package's patterns are collected two ways: compiled ``re.Pattern`` objects
reachable from module globals (inside containers and classes too), and string
literals passed to ``re.compile``/``re.search``/... in the source (an AST
scan, which also finds patterns compiled inside functions). Each is parsed with
the standard library's own regex parser and checked for:

* ``nested-unbounded``: a repetition inside a repetition, one of them
  unbounded and the inner one of variable width, e.g. ``(a+)+``, ``(\\w+\\s?)*``:
  exponential backtracking on a near miss.
* ``star-overlap``: an unbounded repetition of an alternation whose branches
  can start with the same character, e.g. ``(?:a|ab)*``: exponential.
* ``adjacent-overlap``: two unbounded repetitions in a row over overlapping
  characters, e.g. ``\\s*\\s*`` or ``.*\\w+``: polynomial, cubic under search.
* ``bounded-nest``: nested variable-width repetitions whose bounds multiply
  past ``MAX_NEST_PRODUCT``, e.g. ``(?:\\w{1,50}){1,50}``: bounded, but in
  effect unbounded.

Run as a script to print the audit table for docs/reliability.md.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser as sre  # type: ignore[attr-defined]
from typing import Any, Final, NamedTuple

import policydocs

MAX_NEST_PRODUCT: Final = 10_000

#: Characters standing in for the whole of Unicode when comparing classes.
PROBES: Final = frozenset(
    [chr(i) for i in range(128)]
    + list(
        "éÉßİı中文ー٣\u00a0\u2009\u2019\u201c\u201d\u2013\u2014€£¥%\u0301\u2028\ufeff"
    )
)
_REPEATS: Final = {c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT}
_SRC: Final = Path(policydocs.__file__).resolve().parent
_RE_FUNCS: Final = {
    "compile",
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
}


class Finding(NamedTuple):
    """One dangerous shape in one pattern."""

    kind: str
    detail: str


class Located(NamedTuple):
    """A pattern and where it lives."""

    module: str
    name: str
    pattern: str
    flags: int


# --- character sets over the probes ---


def _category(code: Any, ch: str) -> bool:
    name = str(code)
    word = ch.isalnum() or ch == "_"
    table = {
        "CATEGORY_DIGIT": unicodedata.category(ch) == "Nd",
        "CATEGORY_SPACE": ch.isspace(),
        "CATEGORY_WORD": word,
        "CATEGORY_LINEBREAK": ch == "\n",
    }
    for key, value in table.items():
        if name == key:
            return value
        if name == key.replace("CATEGORY_", "CATEGORY_NOT_"):
            return not value
    return True  # unknown category: assume it may match


def _in_class(items: list[tuple[Any, Any]], ch: str, flags: int) -> bool:
    negate = False
    hit = False
    for op, av in items:
        if op is c.NEGATE:
            negate = True
        elif op is c.LITERAL:
            hit |= _eq(av, ch, flags)
        elif op is c.RANGE:
            lo, hi = av
            hit |= any(lo <= ord(x) <= hi for x in _cases(ch, flags))
        elif op is c.CATEGORY:
            hit |= _category(av, ch)
        else:
            hit = True
    return hit != negate


def _cases(ch: str, flags: int) -> set[str]:
    if flags & re.IGNORECASE:
        return {ch, ch.lower()[:1], ch.upper()[:1]}
    return {ch}


def _eq(code: int, ch: str, flags: int) -> bool:
    return chr(code) in _cases(ch, flags)


def _item_chars(op: Any, av: Any, flags: int) -> frozenset[str] | None:
    """Probe characters one single-character item matches; None if not one."""
    if op is c.LITERAL:
        return frozenset(ch for ch in PROBES if _eq(av, ch, flags))
    if op is c.NOT_LITERAL:
        return frozenset(ch for ch in PROBES if not _eq(av, ch, flags))
    if op is c.ANY:
        dotall = bool(flags & re.DOTALL)
        return frozenset(ch for ch in PROBES if dotall or ch != "\n")
    if op is c.IN:
        return frozenset(ch for ch in PROBES if _in_class(av, ch, flags))
    return None


def _first(seq: Any, flags: int) -> tuple[frozenset[str], bool]:
    """Probe characters a match of ``seq`` can start with; whether it can be empty."""
    out: set[str] = set()
    for op, av in seq:
        chars = _item_chars(op, av, flags)
        if chars is not None:
            out |= chars
            return frozenset(out), False
        if op is c.SUBPATTERN:
            sub, nullable = _first(av[-1], flags | (av[1] or 0))
        elif op is c.ATOMIC_GROUP:
            sub, nullable = _first(av, flags)
        elif op is c.BRANCH:
            parts = [_first(alt, flags) for alt in av[1]]
            sub = frozenset().union(*(p[0] for p in parts))
            nullable = any(p[1] for p in parts)
        elif op in _REPEATS:
            sub, nullable = _first(av[2], flags)
            nullable = nullable or av[0] == 0
        elif op is c.GROUPREF or op is c.GROUPREF_EXISTS:
            sub, nullable = PROBES, True
        else:  # AT, ASSERT, ASSERT_NOT: zero width
            sub, nullable = frozenset(), True
        out |= sub
        if not nullable:
            return frozenset(out), False
    return frozenset(out), True


def _width(seq: Any) -> tuple[int, int]:
    lo, hi = sre.SubPattern(sre.State(), list(seq)).getwidth()
    return int(lo), int(hi)


# --- the checks ---


def _repeats_inside(seq: Any) -> list[tuple[int, int, Any]]:
    """Every repetition anywhere below ``seq``, inside lookarounds too."""
    found: list[tuple[int, int, Any]] = []
    for op, av in seq:
        if op in _REPEATS:
            found.append((av[0], av[1], av[2]))
            found.extend(_repeats_inside(av[2]))
        elif op is c.SUBPATTERN:
            found.extend(_repeats_inside(av[-1]))
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found.extend(_repeats_inside(av[1]))
        elif op is c.ATOMIC_GROUP:
            found.extend(_repeats_inside(av))
        elif op is c.BRANCH:
            for alt in av[1]:
                found.extend(_repeats_inside(alt))
    return found


def _check_seq(seq: Any, flags: int, out: list[Finding]) -> None:
    items = list(seq)
    for i, (op, av) in enumerate(items):
        if op is c.SUBPATTERN:
            _check_seq(av[-1], flags | (av[1] or 0), out)
        elif op is c.BRANCH:
            for alt in av[1]:
                _check_seq(alt, flags, out)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            _check_seq(av[1], flags, out)
        elif op is c.ATOMIC_GROUP:
            _check_seq(av, flags, out)
        elif op in _REPEATS:
            _check_repeat(op, av, flags, out)
            _check_seq(av[2], flags, out)
            _check_adjacent(items, i, flags, out)


def _inner_repeats(
    seq: Any, tail: list[Any]
) -> list[tuple[Any, tuple[int, int, Any], list[Any]]]:
    """Every repetition below ``seq``, with the sequences that may follow it."""
    found: list[tuple[Any, tuple[int, int, Any], list[Any]]] = []
    items = list(seq)
    for i, (op, av) in enumerate(items):
        rest = [items[i + 1 :], *tail]
        if op in _REPEATS:
            found.append((op, av, rest))
            # Inside a loop the body may follow itself.
            found.extend(_inner_repeats(av[2], [av[2], *rest]))
        elif op is c.SUBPATTERN:
            found.extend(_inner_repeats(av[-1], rest))
        elif op is c.ATOMIC_GROUP:
            continue  # an atomic group never gives back what it matched
        elif op is c.BRANCH:
            found.append((op, (1, 1, [(op, av)]), rest))
            for alt in av[1]:
                found.extend(_inner_repeats(alt, rest))
    return found


def _follow(tail: list[Any], loop_body: Any, flags: int) -> frozenset[str]:
    """Characters that can come right after a point followed by ``tail`` in a loop."""
    out: set[str] = set()
    for part in tail:
        chars, nullable = _first(part, flags)
        out |= chars
        if not nullable:
            return frozenset(out)
    # The iteration may end here: the next one starts.
    return frozenset(out | _first(loop_body, flags)[0])


def _check_repeat(op: Any, av: Any, flags: int, out: list[Finding]) -> None:
    lo, hi, body = av
    if op is c.POSSESSIVE_REPEAT or hi <= 1:
        return  # possessive repeats never backtrack; x? is not a loop
    outer_unbounded = hi == c.MAXREPEAT
    for iop, (ilo, ihi, ibody), tail in _inner_repeats(body, []):
        if iop is c.POSSESSIVE_REPEAT:
            continue
        wlo, whi = _width(ibody)
        if ilo == ihi and wlo == whi:
            continue  # fixed width (alternations included): one way to match it
        # A loop, an optional part or an alternation inside the loop can end
        # at several places only inside a run of its own characters; if none
        # of them can follow it, it ends at one and nothing is retried.
        common = _first(ibody, flags)[0] & _follow(tail, body, flags)
        if not common:
            continue
        inner = "alternation" if iop is c.BRANCH else f"{{{ilo},{_bound(ihi)}}}"
        shape = f"{inner} inside {{{lo},{_bound(hi)}}}"
        shared = f"both take {''.join(sorted(common))[:10]!r}"
        if ihi <= 1:
            # A choice point: at most 2 ways per iteration.
            if outer_unbounded:
                out.append(Finding("star-overlap", f"{shape}, {shared}"))
            elif 2**hi > MAX_NEST_PRODUCT:
                out.append(Finding("bounded-nest", f"{shape}, {shared}"))
        elif outer_unbounded or ihi == c.MAXREPEAT:
            out.append(Finding("nested-unbounded", f"{shape}, {shared}"))
        elif hi * ihi > MAX_NEST_PRODUCT:
            out.append(Finding("bounded-nest", f"{shape}, {shared}"))


def _check_adjacent(items: list[Any], i: int, flags: int, out: list[Finding]) -> None:
    op, (_, hi, body) = items[i]
    if hi != c.MAXREPEAT or op is c.POSSESSIVE_REPEAT:
        return
    chars, _ = _first(body, flags)
    for nop, nav in items[i + 1 :]:
        if nop in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if nop in _REPEATS and nav[1] == c.MAXREPEAT and nop is not c.POSSESSIVE_REPEAT:
            common = chars & _first(nav[2], flags)[0]
            if common:
                out.append(
                    Finding(
                        "adjacent-overlap",
                        f"two unbounded repeats share {''.join(sorted(common))[:10]!r}",
                    )
                )
        break


def _bound(n: int) -> str:
    return "" if n == c.MAXREPEAT else str(n)


def audit(pattern: str, flags: int = 0) -> list[Finding]:
    """Every dangerous shape in ``pattern``."""
    parsed = sre.parse(pattern, flags)
    out: list[Finding] = []
    _check_seq(parsed.data, flags | parsed.state.flags, out)
    return out


def unbounded(pattern: str, flags: int = 0) -> int:
    """How many unbounded repetitions ``pattern`` has (STYLE §4 asks for none)."""
    found = _repeats_inside(sre.parse(pattern, flags).data)
    return sum(1 for _, hi, _ in found if hi == c.MAXREPEAT)


# --- collecting the package's patterns ---


def package_modules() -> list[Any]:
    """Every module of the package, imported (not ``__main__``: it runs the CLI)."""
    mods = [policydocs]
    for info in pkgutil.walk_packages(policydocs.__path__, "policydocs."):
        if info.name.endswith("__main__"):
            continue
        mods.append(importlib.import_module(info.name))
    return mods


def _walk(
    value: object, name: str, seen: set[int], out: list[tuple[str, re.Pattern[str]]]
) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, re.Pattern):
        out.append((name, value))
    elif isinstance(value, dict):
        for k, v in value.items():
            _walk(v, f"{name}[{k!r}]"[:80], seen, out)
    elif isinstance(value, list | tuple | set | frozenset):
        for i, v in enumerate(value):
            _walk(v, f"{name}[{i}]", seen, out)
    elif type(value).__module__.startswith("policydocs"):
        compiled = getattr(value, "compiled", None)  # lazily compiled wrappers
        if isinstance(compiled, re.Pattern):
            out.append((name, compiled))
        for slot in getattr(type(value), "__slots__", ()):
            _walk(getattr(value, slot, None), f"{name}.{slot}", seen, out)
        for attr, v in getattr(value, "__dict__", {}).items():
            _walk(v, f"{name}.{attr}", seen, out)


def compiled_patterns() -> list[Located]:
    """Compiled patterns reachable from the globals of every policydocs module."""
    out: list[Located] = []
    seen: set[int] = set()
    for mod in package_modules():
        found: list[tuple[str, re.Pattern[str]]] = []
        for key, value in vars(mod).items():
            if isinstance(value, type) and value.__module__ == mod.__name__:
                for attr, v in vars(value).items():
                    _walk(v, f"{key}.{attr}", seen, found)
            else:
                _walk(value, key, seen, found)
        out.extend(Located(mod.__name__, name, p.pattern, p.flags) for name, p in found)
    return out


def literal_patterns() -> list[Located]:
    """String literals passed straight to an ``re`` function in the source."""
    out: list[Located] = []
    for path in sorted(_SRC.rglob("*.py")):
        module = ".".join(path.relative_to(_SRC.parent).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in _RE_FUNCS
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                flags = (
                    re.VERBOSE
                    if "re.VERBOSE" in ast.unparse(node) or "re.X" in ast.unparse(node)
                    else 0
                )
                out.append(
                    Located(module, f"line {node.lineno}", node.args[0].value, flags)
                )
    return out


def _key(r: Located) -> tuple[str, int]:
    return r.pattern, r.flags & ~re.UNICODE


def all_patterns() -> list[Located]:
    """Compiled and literal patterns of the package, each once."""
    rows: list[Located] = []
    known: set[tuple[str, int]] = set()
    for r in (*compiled_patterns(), *literal_patterns()):
        if _key(r) not in known:
            known.add(_key(r))
            rows.append(r)
    return rows


#: Texts made of one shape repeated, on which a backtracking pattern slows down.
PROBE_UNITS: Final = (
    "a", "A", "7", " ", ".", "-", "\n", "\u201c", "aA7 ", "the ", "said ", "1,000",
    "5 percent ", "Mr. ", "2025-", "in 2025 ", "Minister Wang ", "(", ": ",
)  # fmt: skip


def scan_seconds(pattern: re.Pattern[str], n: int, *, repeat: int = 5) -> float:
    """Best time to ``finditer`` over every probe text of ``n`` characters."""
    import time

    total = 0.0
    for unit in PROBE_UNITS:
        text = (unit * (n // len(unit) + 1))[:n]
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            for _match in pattern.finditer(text):
                pass
            best = min(best, time.perf_counter() - start)
        total += best
    return total


def timing(n: int) -> list[dict[str, object]]:
    """Scan time of every package pattern at ``n`` and ``4n`` characters."""
    out: list[dict[str, object]] = []
    for r in all_patterns():
        compiled = re.compile(r.pattern, r.flags)
        small = scan_seconds(compiled, n)
        large = scan_seconds(compiled, 4 * n)
        out.append({"module": r.module, "name": r.name, "small": small, "large": large})
    return out


def main() -> int:
    """Print the audit table (Markdown) for every pattern of the package.

    With ``--timing N`` print instead, as JSON, each pattern's scan time over
    the probe texts at N and 4N characters.
    """
    import json

    if sys.argv[1:2] == ["--timing"]:
        sys.stdout.write(json.dumps(timing(int(sys.argv[2]))) + "\n")
        return 0
    rows = all_patterns()
    sys.stdout.write("| module | pattern | unbounded | verdict |\n|---|---|---|---|\n")
    for r in rows:
        findings = audit(r.pattern, r.flags)
        n = unbounded(r.pattern, r.flags)
        verdict = "; ".join(f"**{f.kind}**: {f.detail}" for f in findings) or (
            "linear; unbounded but no loop can stop in two places" if n else "safe"
        )
        sys.stdout.write(f"| `{r.module}` | `{r.name}` | {n} | {verdict} |\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
