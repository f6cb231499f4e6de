"""Directives stage (placeholder until issue 4 lands)."""

from __future__ import annotations

from .._models import Directive, Statement
from ._actors import ActorRegistry
from ._context import Context

__all__ = ["find_directives"]


def find_directives(
    ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
) -> tuple[Directive, ...]:
    """Find who should do what, with what force, in ``ctx.text``."""
    del ctx, registry, statements
    return ()
