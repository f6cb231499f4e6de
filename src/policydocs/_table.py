"""Flat tables of extracted items, for notebooks, CSV files and data frames.

One record per statement, directive or metric, led by the document's id,
publication date and source. Nested values are flattened so that every column
holds a scalar: a span becomes ``<name>_start``/``<name>_end`` columns (the
``_span`` suffix dropped, so ``content_span`` gives ``content_start``), a period
``period_start``/``period_end`` dates, an enum its string value.

The column layout depends only on ``kind``, never on the data, so an empty
table still has its columns and frames built from different corpora concatenate.
pandas and polars are imported only by :func:`to_pandas` and :func:`to_polars`.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
from collections.abc import Callable, Iterable, Iterator
from typing import (
    TYPE_CHECKING,
    Final,
    Literal,
    Union,
    cast,
    get_args,
    get_origin,
    get_type_hints,
)

import attrs

from ._models import (
    Actor,
    Directive,
    Document,
    Metric,
    Period,
    Span,
    Statement,
    _require_document,
)
from ._vocab import STRENGTH, Force

if TYPE_CHECKING:
    # Optional extras: without them (or their stubs) the frames type as Any.
    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars as pl  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "TABLE_KINDS",
    "Kind",
    "Record",
    "columns",
    "iter_rows",
    "table",
    "to_pandas",
    "to_polars",
]

#: Which items a table lists; ``"all"`` stacks statements, directives and
#: metrics with a ``kind`` column (actors, a different shape, stay apart).
Kind = Literal["actors", "statements", "directives", "metrics", "all"]
#: Every table kind, in the order of :data:`Kind`.
#:
#: .. versionadded:: 0.2.0
TABLE_KINDS: Final[tuple[Kind, ...]] = get_args(Kind)
#: One row: column name to a scalar (str, int, float, bool, date or None).
Record = dict[str, str | int | float | bool | dt.date | None]
#: A column's scalar type, used to type empty and all-null columns in frames.
ColumnType = Literal["str", "int", "float", "bool", "date"]

_ITEM_KINDS: Final = ("statements", "directives", "metrics")
_MODELS: Final[dict[str, type]] = {
    "actors": Actor,
    "statements": Statement,
    "directives": Directive,
    "metrics": Metric,
}
_DOC_COLUMNS: Final[tuple[tuple[str, ColumnType], ...]] = (
    ("doc_id", "str"),
    ("published", "date"),
    ("source", "str"),
    ("item", "int"),
)

_Getter = Callable[[object], object]


def _column_type(hint: object) -> tuple[str, ColumnType] | None:
    """("nested", "count" or "scalar", column type) of a field type, or None."""
    if get_origin(hint) is tuple:
        # Names (an actor's aliases) join into one cell; spans (a split
        # quote's pieces, an actor's mentions) are counted.
        if get_args(hint)[0] is str:
            return "joined", "str"
        return "count", "int"
    if get_origin(hint) in (Union, types.UnionType):
        args = [a for a in get_args(hint) if a is not type(None)]
        if len(args) != 1:  # only X | None flattens to one column
            return None
        hint = args[0]
    if not isinstance(hint, type):
        return None
    if issubclass(hint, Span):
        return "nested", "int"
    if issubclass(hint, Period):
        return "nested", "date"
    for base, ctype in _SCALARS:
        if issubclass(hint, base):
            return "scalar", ctype
    return None


# bool before int (a subclass); str covers the StrEnum vocabularies.
_SCALARS: Final[tuple[tuple[type, ColumnType], ...]] = (
    (bool, "bool"),
    (int, "int"),
    (float, "float"),
    (str, "str"),
    (dt.date, "date"),
)


def _plan(
    model: type,
) -> tuple[tuple[tuple[str, ColumnType], ...], tuple[tuple[str, _Getter], ...]]:
    """Columns and one getter per column for an item model, in field order."""
    cols: list[tuple[str, ColumnType]] = []
    getters: list[tuple[str, _Getter]] = []
    # Resolved hints, not field.type: that is a string until something (cattrs)
    # resolves it in place, so it is not stable.
    hints = get_type_hints(model)
    for field in attrs.fields(model):
        name = field.name
        found = _column_type(hints[name])
        if found is None:  # pragma: no cover - a new nested field needs a rule here
            msg = f"no table column rule for {model.__name__}.{name}: {hints[name]}"
            raise TypeError(msg)
        shape, ctype = found
        if shape == "nested":
            stem = "span" if name == "span" else name.removesuffix("_span")
            for part in ("start", "end"):
                cols.append((f"{stem}_{part}", ctype))
                getters.append((f"{stem}_{part}", _part_getter(name, part)))
        elif shape == "count":
            cols.append((name, ctype))
            getters.append((name, _count_getter(name)))
        elif shape == "joined":
            cols.append((name, ctype))
            getters.append((name, _joined_getter(name)))
        else:
            cols.append((name, ctype))
            getters.append((name, _scalar_getter(name)))
    return tuple(cols), tuple(getters)


def _part_getter(name: str, part: str) -> _Getter:
    def get(item: object) -> object:
        value: Span | Period | None = getattr(item, name)
        return None if value is None else getattr(value, part)

    return get


#: Between an actor's aliases (or titles) in one cell.
JOIN: Final = "; "


def _joined_getter(name: str) -> _Getter:
    def get(item: object) -> object:
        value: tuple[str, ...] = getattr(item, name)
        return JOIN.join(value)

    return get


def _categories(hint: object) -> tuple[str, ...] | None:
    """The ordered values of an enum column (force by strength), or None."""
    if get_origin(hint) in (Union, types.UnionType):
        hint = next(a for a in get_args(hint) if a is not type(None))
    if not (isinstance(hint, type) and issubclass(hint, enum.Enum)):
        return None
    if hint is Force:
        return tuple(f.value for f in sorted(Force, key=STRENGTH.__getitem__))
    return tuple(member.value for member in hint)


def _count_getter(name: str) -> _Getter:
    def get(item: object) -> object:
        value: tuple[object, ...] = getattr(item, name)
        return len(value)

    return get


def _scalar_getter(name: str) -> _Getter:
    def get(item: object) -> object:
        value = getattr(item, name)
        # StrEnum values compare equal to str but are not plain str; frames
        # and CSV writers want the plain value.
        return value.value if isinstance(value, enum.Enum) else value

    return get


_PLANS: Final = {kind: _plan(model) for kind, model in _MODELS.items()}


def _enum_columns(model: type) -> dict[str, tuple[str, ...]]:
    hints = get_type_hints(model)
    found = {f.name: _categories(hints[f.name]) for f in attrs.fields(model)}
    return {name: cats for name, cats in found.items() if cats is not None}


#: Enum columns of each kind with their values in order, for ordered
#: categorical columns in data frames.
_ENUMS: Final = {kind: _enum_columns(model) for kind, model in _MODELS.items()}
_ENUMS["all"] = {
    name: cats for kind in _ITEM_KINDS for name, cats in _ENUMS[kind].items()
}


def _all_columns() -> tuple[tuple[str, ColumnType], ...]:
    out: dict[str, ColumnType] = {}
    for kind in _ITEM_KINDS:
        for name, ctype in _PLANS[kind][0]:
            out.setdefault(name, ctype)
    return tuple(out.items())


_ALL_ITEM_COLUMNS: Final = _all_columns()


def _check_kind(kind: object) -> Kind:
    if kind not in get_args(Kind):
        allowed = ", ".join(repr(k) for k in get_args(Kind))
        msg = f"expected kind to be one of {allowed}, found {kind!r}"
        raise ValueError(msg)
    return kind  # type: ignore[return-value]


def column_types(kind: Kind, /) -> tuple[tuple[str, ColumnType], ...]:
    """Every column of a ``kind`` table with its scalar type, in order."""
    kind = _check_kind(kind)
    if kind == "all":
        return (*_DOC_COLUMNS[:3], ("kind", "str"), _DOC_COLUMNS[3], *_ALL_ITEM_COLUMNS)
    return _DOC_COLUMNS + _PLANS[kind][0]


def columns(kind: Kind, /) -> tuple[str, ...]:
    """The column names of a ``kind`` table, in order.

    >>> columns("metrics")[:6]
    ('doc_id', 'published', 'source', 'item', 'text', 'span_start')

    Raises:
        ValueError: ``kind`` is not one of the table kinds.

    .. versionadded:: 0.1
    """
    return tuple(name for name, _ in column_types(kind))


def _as_docs(docs: Document | Iterable[Document]) -> Iterable[Document]:
    if isinstance(docs, Document):
        return (docs,)
    return docs


def iter_rows(docs: Document | Iterable[Document], /, kind: Kind) -> Iterator[Record]:
    """Yield the records of :func:`table` one at a time (for large corpora).

    .. versionadded:: 0.1
    """
    kind = _check_kind(kind)
    kinds = _ITEM_KINDS if kind == "all" else (kind,)
    all_names = columns("all") if kind == "all" else ()
    # Typed as objects: callers without a type checker pass anything.
    for index, given in enumerate(cast("Iterable[object]", _as_docs(docs))):
        doc = _require_document(given, f"docs[{index}]")
        for item_kind in kinds:
            getters = _PLANS[item_kind][1]
            for i, item in enumerate(getattr(doc, item_kind)):
                row: Record = dict.fromkeys(all_names) if all_names else {}
                row["doc_id"] = doc.id
                row["published"] = doc.published
                row["source"] = doc.source
                row["item"] = i
                if all_names:
                    row["kind"] = item_kind[:-1]
                for name, get in getters:
                    row[name] = get(item)  # type: ignore[assignment]
                yield row


def table(docs: Document | Iterable[Document], /, kind: Kind) -> list[Record]:
    """Return one flat record per extracted item of ``docs``.

    ``kind`` is ``"statements"``, ``"directives"``, ``"metrics"``, or
    ``"all"`` for the three stacked with a ``kind`` column ("statement",
    "directive", "metric") and empty cells where a field does not apply.
    Each record starts with ``doc_id``, ``published``, ``source`` and
    ``item`` (the item's index in its document), then the item's fields in
    model order; spans become ``<name>_start``/``<name>_end`` and periods
    ``period_start``/``period_end`` (dates). Every record of a kind has the
    same columns in the same order, so the rows load straight into a CSV
    writer or a data frame.

    >>> import policydocs
    >>> doc = policydocs.parse("date 2026-03-06 Hello.", extract=False)
    >>> policydocs.table(doc, "metrics")
    []

    Args:
        docs: One document or any iterable of documents (consumed once).
        kind: Which items to list: one of :data:`policydocs.TABLE_KINDS`.

    Returns:
        A new list of records (dicts of column name to str, int, float,
        bool, date or None), documents in the order given and items in
        their document's order; empty when no document has such items.

    Raises:
        ValueError: ``kind`` is not a table kind.
        TypeError: ``docs`` yields something that is not a Document.

    .. versionadded:: 0.1
    """
    return list(iter_rows(docs, kind))


def to_pandas(docs: Document | Iterable[Document], /, kind: Kind) -> pd.DataFrame:
    """Return :func:`table` as a pandas DataFrame (needs the ``pandas`` extra).

    Date columns are ``datetime64``, integer columns nullable ``Int64``, text
    columns pandas' ``string`` dtype, and the vocabulary columns (``force``,
    ``mode``, ``approx``, ``basis``, an actor's ``kind``) ordered categoricals:
    ``force`` by strength (commitment, permission, encouragement,
    recommendation, demand, obligation), so ``frame.force.max()`` is the
    strongest; the others in their enum's order. The columns are there even
    when no item is.

    Args:
        docs: One document or any iterable of documents (consumed once).
        kind: Which items to list: one of :data:`policydocs.TABLE_KINDS`.

    Returns:
        A new DataFrame with a default integer index, one row per record of
        :func:`table` and its columns in the same order.

    Raises:
        ImportError: pandas is not installed.
        ValueError: ``kind`` is not a table kind.
        TypeError: ``docs`` yields something that is not a Document.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``kind`` may be given by keyword; ordered categoricals and the
       ``string`` dtype.
    """
    import pandas as pd

    types = column_types(kind)
    names = [name for name, _ in types]
    frame = pd.DataFrame.from_records(table(docs, kind), columns=names)
    enums = _ENUMS[kind]
    for name, ctype in types:
        if name in enums:
            dtype = pd.CategoricalDtype(enums[name], ordered=True)
            frame[name] = frame[name].astype(dtype)
        elif ctype == "date":
            frame[name] = pd.to_datetime(frame[name])
        elif ctype == "int":
            frame[name] = frame[name].astype("Int64")
        elif ctype == "float":
            frame[name] = frame[name].astype("float64")
        elif ctype == "bool":
            frame[name] = frame[name].astype("boolean")
        else:
            frame[name] = frame[name].astype("string")
    return frame


def to_polars(docs: Document | Iterable[Document], /, kind: Kind) -> pl.DataFrame:
    """Return :func:`table` as a polars DataFrame (needs the ``polars`` extra).

    The schema is fixed by ``kind`` (``pl.Date`` for dates, ``pl.Enum`` in
    :func:`to_pandas`' order for the vocabulary columns), so an empty frame
    still has typed columns.

    Args:
        docs: One document or any iterable of documents (consumed once).
        kind: Which items to list: one of :data:`policydocs.TABLE_KINDS`.

    Returns:
        A new DataFrame, one row per record of :func:`table` and its columns
        in the same order.

    Raises:
        ImportError: polars is not installed.
        ValueError: ``kind`` is not a table kind.
        TypeError: ``docs`` yields something that is not a Document.

    .. versionadded:: 0.1
    """
    import polars as pl

    dtypes = {
        "str": pl.String,
        "int": pl.Int64,
        "float": pl.Float64,
        "bool": pl.Boolean,
        "date": pl.Date,
    }
    types = column_types(kind)  # first: an unknown kind is a ValueError
    enums = _ENUMS[kind]
    schema = {
        name: pl.Enum(list(enums[name])) if name in enums else dtypes[ctype]
        for name, ctype in types
    }
    return pl.from_dicts(table(docs, kind), schema=schema)
