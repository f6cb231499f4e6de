"""Run the extraction stages in order over one body text.

Each stage is a pure function of its inputs; the only state is the
per-run :class:`~._actors.ActorRegistry`, created here and dropped with the
result, so extraction is thread-safe and deterministic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .._models import Actor, Directive, Metric, Statement
from ._actors import ActorRegistry
from ._context import Context
from ._directives import find_directives
from ._metrics import find_metrics
from ._segment import split_sentences
from ._statements import find_statements

if TYPE_CHECKING:
    import datetime as dt

__all__ = ["Found", "run"]


@attrs.frozen(slots=True)
class Found:
    """Everything extracted from one text."""

    actors: tuple[Actor, ...]
    statements: tuple[Statement, ...]
    directives: tuple[Directive, ...]
    metrics: tuple[Metric, ...]


def run(
    text: str,
    *,
    published: dt.date | None,
    source: str | None,
    max_items: int | None = None,
    title: str | None = None,
) -> Found:
    """Extract actors, statements, directives and metrics from ``text``.

    Raises:
        ItemLimitError: the stages found more than ``max_items`` items; checked
            after each stage, so a pathological text stops at the first stage
            that overflows instead of building and serialising them all.
    """
    ctx = Context.build(
        text,
        published=published,
        source=source,
        sentences=split_sentences(text),
        max_items=max_items,
        title=title,
    )
    registry = ActorRegistry(ctx)
    statements = find_statements(ctx, registry)
    ctx.check_items(len(statements), "statement")
    directives = find_directives(ctx, registry, statements)
    ctx.check_items(len(statements) + len(directives), "directive")
    metrics = find_metrics(ctx, registry)
    ctx.check_items(len(statements) + len(directives) + len(metrics), "metric")
    return Found(
        actors=registry.to_actors(),
        statements=statements,
        directives=directives,
        metrics=metrics,
    )
