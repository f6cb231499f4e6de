"""The extractor's vocabulary, read from the data files in ``lexicon/``.

Every word class the stages consult (months, change verbs, unit names,
trigger phrases, ...) lives once, as a row of a tab-separated file in
``lexicon/``; stages ask for a list by its name (:func:`words`,
:func:`word_set`, :func:`table`, :func:`rows`). The files are read and
checked together on the first request, which comes when the extraction
stages are first imported, that is at the first ``parse()``: ``import
policydocs`` never reads them.

A file's first line that is not a comment is its header: tab-separated column
names, each optionally typed as ``name:type`` (see ``docs/lexicon.md``). A
column named ``list`` splits the file into several named lists; otherwise the
file is one list named after the file. The first other column is the entry,
unique within its list. Anything malformed (a wrong number of cells, an empty
or padded cell, an unknown type or value, a duplicate entry or list name)
raises :class:`LexiconError` naming the file and line: there is no fallback.

The module also holds the one inflector (:func:`inflect`), the one regex
alternation builder (:func:`alternation`) and the case fold the stages share
(:func:`fold_case`, from ``_context``).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Final, TypeAlias

from .._vocab import Approx, Basis, Force, UnitFamily
from ._context import fold_case
from ._frames import Frame

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping

__all__ = [
    "Gated",
    "LexiconError",
    "Value",
    "alternation",
    "choice",
    "floats",
    "fold_case",
    "inflect",
    "ints",
    "month_names",
    "rows",
    "table",
    "texts",
    "word_set",
    "word_starts",
    "words",
]

#: A cell's value once read: text, a number, or a flag.
Value: TypeAlias = "str | int | float | bool | None"
_Row: TypeAlias = "dict[str, Value]"


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


def _enum(*values: str) -> Callable[[str], Value]:
    allowed = frozenset(values)

    def read(cell: str) -> Value:
        if cell not in allowed:
            msg = f"{cell!r} is not one of: {', '.join(sorted(allowed))}"
            raise ValueError(msg)
        return cell

    return read


def _lower(cell: str) -> Value:
    if fold_case(cell) != cell:
        msg = f"{cell!r} is not lower-case"
        raise ValueError(msg)
    return cell


def _number(cell: str) -> Value:
    return int(cell) if re.fullmatch(r"-?[0-9]+", cell) else float(cell)


def _flag(cell: str) -> Value:
    if cell not in {"yes", "no"}:
        msg = f"{cell!r} is not yes or no"
        raise ValueError(msg)
    return cell == "yes"


def _code(cell: str) -> Value:
    if not re.fullmatch(r"[A-Z]{3}", cell):
        msg = f"{cell!r} is not a three-letter upper-case code"
        raise ValueError(msg)
    return cell


#: Column types: each reads a non-empty cell or raises ValueError. A type
#: written with a final ``?`` (``int?``) also accepts an empty cell (None).
_TYPES: Final[dict[str, Callable[[str], Value]]] = {
    "text": str,
    "lower": _lower,
    "int": int,
    "number": _number,
    "flag": _flag,
    "code": _code,
    "force": _enum(*(f.value for f in Force)),
    "frame": _enum(*(f.value for f in Frame)),
    "family": _enum(*(f.value for f in UnitFamily)),
    "approx": _enum(*(a.value for a in Approx)),
    "basis": _enum(*(b.value for b in Basis)),
    "direction": _enum("up", "down"),
    "gender": _enum("male", "female"),
    "pronoun": _enum("m", "f", "it", "pl", "we", "i"),
    "fiscal_naming": _enum("start", "end"),
    "forms": _enum("all", "inflected", "as-is"),
}


class _Column:
    __slots__ = ("name", "optional", "read")

    def __init__(self, spec: str) -> None:
        name, _, kind = spec.partition(":")
        kind = kind or "text"
        self.optional = kind.endswith("?")
        kind = kind.removesuffix("?")
        if not re.fullmatch(r"[a-z][a-z_0-9]*", name):
            msg = f"bad column name {name!r}"
            raise ValueError(msg)
        if kind not in _TYPES:
            msg = f"unknown column type {kind!r} (known: {', '.join(sorted(_TYPES))})"
            raise ValueError(msg)
        self.name = name
        self.read = _TYPES[kind]


class _List:
    """One named list: its entries in file order, each with its attributes."""

    __slots__ = ("columns", "entries", "origin")

    def __init__(self, origin: str, columns: tuple[str, ...]) -> None:
        self.origin = origin
        self.columns = columns
        self.entries: dict[str, _Row] = {}


def _read_file(name: str, text: str, lists: dict[str, _List]) -> None:
    header: list[_Column] | None = None
    grouped = False
    for number, line in enumerate(text.split("\n"), 1):
        where = f"lexicon/{name}, line {number}"
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        try:
            if header is None:
                header = [_Column(spec) for spec in cells]
                grouped = header[0].name == "list"
                names = [c.name for c in header]
                if len(set(names)) != len(names) or len(header) < 1 + grouped:
                    msg = "a header needs distinct column names and an entry column"
                    raise ValueError(msg)  # noqa: TRY301
                continue
            _read_row(name, header, grouped, cells, lists)
        except (ValueError, LexiconError) as exc:
            raise LexiconError(f"{where}: {exc}") from None
    if header is None:
        raise LexiconError(f"lexicon/{name}: no header line")


def _read_row(
    name: str,
    header: list[_Column],
    grouped: bool,
    cells: list[str],
    lists: dict[str, _List],
) -> None:
    if len(cells) != len(header):
        msg = f"{len(cells)} cells, the header has {len(header)}"
        raise ValueError(msg)
    row: _Row = {}
    for column, cell in zip(header, cells, strict=True):
        if cell != cell.strip(" "):
            msg = f"cell {cell!r} of column {column.name!r} has spaces around it"
            raise ValueError(msg)
        if not cell:
            if not column.optional:
                msg = f"empty cell in column {column.name!r}"
                raise ValueError(msg)
            row[column.name] = None
            continue
        row[column.name] = column.read(cell)
    list_name = str(row.pop("list")) if grouped else name.removesuffix(".tsv")
    target = lists.get(list_name)
    if target is None:
        target = lists[list_name] = _List(name, tuple(c.name for c in header[grouped:]))
    elif target.origin != name:
        msg = f"list {list_name!r} is already defined in lexicon/{target.origin}"
        raise ValueError(msg)
    key = str(row[header[grouped].name])
    if key in target.entries:
        msg = f"duplicate entry {key!r} in list {list_name!r}"
        raise ValueError(msg)
    target.entries[key] = row


@functools.cache
def _lists() -> dict[str, _List]:
    """Every list of every file, read and checked once per process."""
    lists: dict[str, _List] = {}
    folder = resources.files(__package__).joinpath("lexicon")
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".tsv"):
            _read_file(item.name, item.read_text(encoding="utf-8"), lists)
    return lists


def _get(name: str) -> _List:
    found = _lists().get(name)
    if found is None:
        msg = f"no lexicon list named {name!r}"
        raise LookupError(msg)
    return found


def words(name: str, /) -> tuple[str, ...]:
    """The entries of list ``name``, in file order."""
    return tuple(_get(name).entries)


def word_set(name: str, /) -> frozenset[str]:
    """The entries of list ``name``, as a set."""
    return frozenset(_get(name).entries)


def table(name: str, /, column: str | None = None) -> dict[str, Value]:
    """Entry → value of ``column`` (by default the list's only attribute column)."""
    found = _get(name)
    attributes = found.columns[1:]
    if column is None:
        if len(attributes) != 1:
            msg = f"list {name!r} has columns {attributes}: name one"
            raise LookupError(msg)
        column = attributes[0]
    elif column not in attributes:
        msg = f"list {name!r} has no column {column!r}"
        raise LookupError(msg)
    return {key: row[column] for key, row in found.entries.items()}


def ints(name: str, /, column: str | None = None) -> dict[str, int]:
    """:func:`table` for a column of whole numbers."""
    return {key: int(str(value)) for key, value in table(name, column).items()}


def floats(name: str, /, column: str | None = None) -> dict[str, float]:
    """:func:`table` for a column of numbers, each as a float."""
    return {key: float(str(value)) for key, value in table(name, column).items()}


def texts(name: str, /, column: str | None = None) -> dict[str, str]:
    """:func:`table` for a column of text."""
    return {key: str(value) for key, value in table(name, column).items()}


def rows(name: str, /) -> tuple[Mapping[str, Value], ...]:
    """Every row of list ``name`` as a mapping of column → value, in file order."""
    return tuple(_get(name).entries.values())


def month_names() -> frozenset[str]:
    """The full month names of ``months.tsv`` ("january"), no abbreviations."""
    return frozenset(str(r["entry"]) for r in rows("months") if not r["abbreviation"])


# --- the one inflector --------------------------------------------------------


@functools.cache
def _irregular() -> dict[str, tuple[str, ...]]:
    """Lemma → third person, past, participle, -ing, then any variant spellings."""
    return {
        str(row["entry"]): (
            *(str(row[c]) for c in ("third", "past", "participle", "ing")),
            *str(row["variants"] or "").split(),
        )
        for row in rows("irregular_verbs")
    }


def _regular(verb: str) -> tuple[str, str, str]:
    """The third person, past and -ing forms of a regular verb."""
    if verb in word_set("double_final_verbs"):
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"
    elif verb.endswith("ee"):
        past, ing = verb + "d", verb + "ing"
    elif verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    return third, past, ing


def inflect(phrase: str, /) -> tuple[str, ...]:
    """The forms of a verb or of a phrase led by one, its particle kept.

    Base, third person, past, -ing; an irregular verb (``irregular_verbs``)
    gives its past participle too where it differs, and variant spellings.

    >>> inflect("note")
    ('note', 'notes', 'noted', 'noting')
    >>> inflect("call for")
    ('call for', 'calls for', 'called for', 'calling for')
    """
    verb, _, rest = phrase.partition(" ")
    irregular = _irregular().get(verb)
    if irregular is None:
        third, past, ing = _regular(verb)
        forms: tuple[str, ...] = (verb, third, past, ing)
    else:
        forms = tuple(dict.fromkeys((verb, *irregular)))
    return tuple(f"{form} {rest}" if rest else form for form in forms)


# --- the alternation builders ---------------------------------------------------


def choice(name: str, /) -> str:
    """A regex alternation of list ``name``'s entries, in file order.

    For patterns where the first entry that fits must win, as in a hand-written
    alternation; :func:`alternation` builds the faster prefix tree where the
    order does not matter.
    """
    return "|".join(re.escape(entry) for entry in words(name))


_Trie: TypeAlias = "dict[str, _Trie]"


def alternation(entries: Iterable[str], /) -> str:
    """A regex alternation of ``entries`` shaped as a prefix tree.

    A tree lets ``re`` reject a position after one character instead of trying
    every word (STYLE.md §10: about twice as fast as a flat alternation). At
    each node the longer continuation is tried first, so a boundary check
    after the group falls back to a shorter entry.
    """
    root: _Trie = {}
    for entry in entries:
        node = root
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [
            re.escape(char) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root)


def word_starts(*prefixes: str) -> str:
    r"""A regex matching where a word (``\w`` run) opens with one of ``prefixes``.

    Each alternative opens with its literal and checks the word boundary
    after it (a look-behind over the literal), so ``re`` can skip ahead to
    the literals' first characters; a leading ``\b`` would make it try every
    offset. A cheap gate for :class:`Gated`.
    """
    return "|".join(
        f"{re.escape(p)}(?<!\\w{re.escape(p)})" for p in sorted(set(prefixes))
    )


class Gated:
    """A pattern that ``re`` cannot skip through, scanned behind a cheap gate.

    A long alternation that opens with a look-around, a boundary or a group of
    alternatives gives ``re`` no first character to skip ahead to, so a
    document-wide scan enters every branch at every offset. The gate is a
    pattern that does give one (it opens with literals) and that matches at
    every offset where the pattern can match, within the same bounds; the
    pattern is tried only where the gate matches. Each attempt is the one
    ``re`` makes at that offset, so :meth:`search` and :meth:`finditer`
    find what the pattern's own do, for a pattern that never matches the
    empty string.
    """

    __slots__ = ("gate", "pattern")

    def __init__(self, pattern: re.Pattern[str], gate: str | re.Pattern[str]) -> None:
        self.pattern = pattern
        self.gate = re.compile(gate)

    def search(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """``pattern.search(text, pos, endpos)``."""
        return next(self.finditer(text, pos, endpos), None)

    def finditer(
        self, text: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, pos, endpos)``."""
        end = len(text) if endpos is None else endpos
        gate, pattern = self.gate.search, self.pattern.match
        while True:
            hit = gate(text, pos, end)
            if hit is None:
                return
            m = pattern(text, hit.start(), end)
            if m is None:
                pos = hit.start() + 1
            else:
                yield m
                pos = max(m.end(), hit.start() + 1)  # always forward
