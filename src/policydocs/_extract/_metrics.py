"""Metrics stage (placeholder until issue 5 lands)."""

from __future__ import annotations

from .._models import Metric
from ._actors import ActorRegistry
from ._context import Context

__all__ = ["find_metrics"]


def find_metrics(ctx: Context, registry: ActorRegistry) -> tuple[Metric, ...]:
    """Find every number that measures something in ``ctx.text``."""
    del ctx, registry
    return ()
