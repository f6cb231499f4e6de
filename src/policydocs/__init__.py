"""policydocs: policy texts as immutable typed data.

Read a document, get who said what (statements), who should do what
(directives) and the numbers that measure something (metrics), each anchored to
the text by character offsets::

    >>> import policydocs
    >>> doc = policydocs.parse("date 2026-03-06 Exports rose 5 percent in 2025.")
    >>> doc.published
    datetime.date(2026, 3, 6)

Everything listed in ``__all__`` is the stable API; modules whose names start
with ``_`` are private. Serialization, tables and the CLI load lazily, so
``import policydocs`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._errors import (
    ParseError,
    PolicyDocsError,
    PolicyDocsWarning,
    SerializationError,
    ValidationError,
    ValidationErrors,
    format_errors,
)
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._readers import parse, read, to_text
from ._validate import Problem, check, validate
from ._vocab import ActorKind, Approx, Basis, Force, Mode, UnitFamily

if TYPE_CHECKING:
    from ._batch import BatchRun, FileError, extract_many
    from ._diff import Change, DocumentDiff, diff
    from ._evaluate import (
        Agreement,
        DocumentScore,
        Finding,
        Report,
        Score,
        evaluate,
    )
    from ._html import render
    from ._schema import json_schema
    from ._serialize import (
        SCHEMA,
        dump_jsonl,
        dumps,
        from_dict,
        load_jsonl,
        loads,
        to_dict,
    )
    from ._series import Series, SeriesPoint, series
    from ._table import TABLE_KINDS, table, to_pandas, to_polars

__version__ = "0.2.0.dev0"

__all__ = [
    "SCHEMA",
    "TABLE_KINDS",
    "Actor",
    "ActorKind",
    "Agreement",
    "Approx",
    "Basis",
    "BatchRun",
    "Change",
    "Directive",
    "Document",
    "DocumentDiff",
    "DocumentScore",
    "FileError",
    "Finding",
    "Force",
    "Metric",
    "Mode",
    "ParseError",
    "Period",
    "PolicyDocsError",
    "PolicyDocsWarning",
    "Problem",
    "Report",
    "Score",
    "SerializationError",
    "Series",
    "SeriesPoint",
    "Span",
    "Statement",
    "UnitFamily",
    "ValidationError",
    "ValidationErrors",
    "check",
    "diff",
    "dump_jsonl",
    "dumps",
    "evaluate",
    "extract_many",
    "format_errors",
    "from_dict",
    "json_schema",
    "load_jsonl",
    "loads",
    "parse",
    "read",
    "render",
    "series",
    "table",
    "to_dict",
    "to_pandas",
    "to_polars",
    "to_text",
    "validate",
]

# name -> private module that defines it; imported on first attribute access.
_LAZY: dict[str, str] = {
    "SCHEMA": "._serialize",
    "TABLE_KINDS": "._table",
    "BatchRun": "._batch",
    "FileError": "._batch",
    "dump_jsonl": "._serialize",
    "dumps": "._serialize",
    "from_dict": "._serialize",
    "json_schema": "._schema",
    "load_jsonl": "._serialize",
    "loads": "._serialize",
    "to_dict": "._serialize",
    "table": "._table",
    "to_pandas": "._table",
    "to_polars": "._table",
    "extract_many": "._batch",
    "Change": "._diff",
    "DocumentDiff": "._diff",
    "diff": "._diff",
    "Series": "._series",
    "SeriesPoint": "._series",
    "series": "._series",
    "Agreement": "._evaluate",
    "DocumentScore": "._evaluate",
    "Finding": "._evaluate",
    "Report": "._evaluate",
    "Score": "._evaluate",
    "evaluate": "._evaluate",
    "render": "._html",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'policydocs' has no attribute {name!r}"
        raise AttributeError(msg)
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
