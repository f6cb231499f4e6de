"""A metric's values across a corpus: ``series(docs, indicator=...)``.

One point per matching metric, in order of publication and period, so a
growth target can be followed from one work report to the next and set
against the outcomes the following editions report. Indicators match by
normalised wording (``_compare_text.indicator_words``): every content word
of the query must be among the metric's, after case folding, plural folding
and spelling out "GDP", "CPI", "PPI", "PMI" and "M2".
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Final, cast

import attrs

from ._compare_text import indicator_words
from ._models import Document, Metric, Period, Span, _require_document
from ._vocab import UnitFamily

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]
    import polars as pl  # type: ignore[import-not-found, unused-ignore]

__all__ = ["Series", "SeriesPoint", "series"]


@attrs.frozen(kw_only=True)
class SeriesPoint:
    """One metric of a series, with the document it comes from.

    .. versionadded:: 0.2.0
    """

    doc_id: str
    published: dt.date | None
    item: int
    period: Period | None
    value: float
    upper: float | None
    unit: str
    target: bool
    subject: str | None
    indicator: str | None
    text: str
    span: Span


def _points(value: Iterable[SeriesPoint]) -> tuple[SeriesPoint, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Series:
    """The points of one indicator across a corpus, oldest first.

    ``indicator``, ``subject``, ``target`` and ``unit`` record the query.

    .. versionadded:: 0.2.0
    """

    indicator: str | None = None
    subject: str | None = None
    target: bool | None = None
    unit: str | None = None
    points: tuple[SeriesPoint, ...] = attrs.field(default=(), converter=_points)

    def __len__(self) -> int:
        return len(self.points)

    def __iter__(self) -> Iterator[SeriesPoint]:
        return iter(self.points)

    def table(self) -> list[dict[str, Any]]:
        """One flat record per point; a period and a span become two columns each."""
        return [_record(p) for p in self.points]

    def to_pandas(self) -> pd.DataFrame:
        """:meth:`table` as a pandas DataFrame (needs the ``pandas`` extra)."""
        import pandas as pd

        frame = pd.DataFrame.from_records(self.table(), columns=list(COLUMNS))
        for name in ("published", "period_start", "period_end"):
            frame[name] = pd.to_datetime(frame[name])
        return frame

    def to_polars(self) -> pl.DataFrame:
        """:meth:`table` as a polars DataFrame (needs the ``polars`` extra)."""
        import polars as pl

        types = {
            "str": pl.String,
            "int": pl.Int64,
            "float": pl.Float64,
            "bool": pl.Boolean,
            "date": pl.Date,
        }
        schema = {name: types[ctype] for name, ctype in COLUMNS.items()}
        return pl.from_dicts(self.table(), schema=schema)


#: The columns of :meth:`Series.table` with their scalar types.
COLUMNS: Final[dict[str, str]] = {
    "doc_id": "str",
    "published": "date",
    "item": "int",
    "period_start": "date",
    "period_end": "date",
    "value": "float",
    "upper": "float",
    "unit": "str",
    "target": "bool",
    "subject": "str",
    "indicator": "str",
    "text": "str",
    "span_start": "int",
    "span_end": "int",
}


def _record(p: SeriesPoint) -> dict[str, Any]:
    return {
        "doc_id": p.doc_id,
        "published": p.published,
        "item": p.item,
        "period_start": p.period.start if p.period else None,
        "period_end": p.period.end if p.period else None,
        "value": p.value,
        "upper": p.upper,
        "unit": p.unit,
        "target": p.target,
        "subject": p.subject,
        "indicator": p.indicator,
        "text": p.text,
        "span_start": p.span.start,
        "span_end": p.span.end,
    }


def _name_key(name: str | None) -> str | None:
    return None if name is None else name.casefold().removeprefix("the ").strip()


def _unit_matches(metric: Metric, unit: str) -> bool:
    # A family name ("currency", "percent") selects the family; else the unit.
    if unit in {f.value for f in UnitFamily}:
        return metric.unit_family.value == unit
    return metric.unit == unit


def _matcher(
    indicator: str | None, subject: str | None, target: bool | None, unit: str | None
) -> Any:
    wanted = indicator_words(indicator) if indicator is not None else None
    if wanted is not None and not wanted:
        msg = (
            f"expected an indicator with at least one content word, found {indicator!r}"
        )
        raise ValueError(msg)
    subject_key = _name_key(subject)

    def matches(metric: Metric) -> bool:
        if target is not None and metric.target != target:
            return False
        if unit is not None and not _unit_matches(metric, unit):
            return False
        if subject_key is not None and _name_key(metric.subject) != subject_key:
            return False
        return wanted is None or wanted <= indicator_words(metric.indicator)

    return matches


def series(
    docs: Document | Iterable[Document],
    /,
    *,
    indicator: str | None = None,
    subject: str | None = None,
    target: bool | None = None,
    unit: str | None = None,
) -> Series:
    """Return the values of one indicator across ``docs``, one point per metric.

    >>> import policydocs
    >>> docs = [
    ...     policydocs.parse("date 2025-03-05 GDP growth was 5 percent in 2024."),
    ...     policydocs.parse("date 2026-03-05 GDP growth was 4.8 percent in 2025."),
    ... ]
    >>> growth = policydocs.series(docs, indicator="GDP growth")
    >>> [(p.period.start.year, p.value) for p in growth]
    [(2024, 5.0), (2025, 4.8)]

    Args:
        docs: One document or any iterable of documents (consumed once).
        indicator: Keep metrics whose indicator holds every content word of
            this one (case, plurals and "GDP"/"gross domestic product" style
            abbreviations folded); None keeps every indicator.
        subject: Keep metrics of this subject (case-insensitive, a leading
            "the" ignored).
        target: True for targets only, False for outcomes only, None for both.
        unit: A unit ("percent", "CNY") or a unit family ("currency", "count").

    Returns:
        A :class:`Series` ordered by publication date, then period, document
        and position.

    Raises:
        TypeError: ``docs`` yields something that is not a Document.
        ValueError: ``indicator`` has no content word (e.g. "the").

    .. versionadded:: 0.2.0
    """
    matches = _matcher(indicator, subject, target, unit)
    points: list[SeriesPoint] = []
    source = (docs,) if isinstance(docs, Document) else docs
    for index, given in enumerate(cast("Iterable[object]", source)):
        doc = _require_document(given, f"docs[{index}]")
        for i, metric in enumerate(doc.metrics):
            if matches(metric):
                points.append(
                    SeriesPoint(
                        doc_id=doc.id,
                        published=doc.published,
                        item=i,
                        period=metric.period,
                        value=metric.value,
                        upper=metric.upper,
                        unit=metric.unit,
                        target=metric.target,
                        subject=metric.subject,
                        indicator=metric.indicator,
                        text=metric.text,
                        span=metric.span,
                    )
                )
    never = dt.date.min
    points.sort(
        key=lambda p: (
            p.published or never,
            p.period.start if p.period else never,
            p.doc_id,
            p.item,
        )
    )
    return Series(
        indicator=indicator, subject=subject, target=target, unit=unit, points=points
    )
