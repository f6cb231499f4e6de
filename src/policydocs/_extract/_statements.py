"""Statements stage (placeholder until issue 3 lands)."""

from __future__ import annotations

from .._models import Statement
from ._actors import ActorRegistry
from ._context import Context

__all__ = ["find_statements"]


def find_statements(ctx: Context, registry: ActorRegistry) -> tuple[Statement, ...]:
    """Find who said what in ``ctx.text``."""
    del ctx, registry
    return ()
