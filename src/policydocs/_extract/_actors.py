"""Actors and coreference (placeholder: the statements stage replaces this)."""

from __future__ import annotations

from .._models import Actor, Span
from .._vocab import ActorKind
from ._context import Context

__all__ = ["ActorRegistry"]


class ActorRegistry:
    """Per-run registry of actors and their mentions.

    Stages call :meth:`mention` with the offsets of a phrase that refers to an
    actor (a name, a title and name, a role noun, a pronoun); it returns the
    canonical name that items store, or None when nothing resolves.
    """

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._actors: dict[str, tuple[ActorKind, list[Span]]] = {}

    def mention(self, start: int, end: int, *, kind: ActorKind = ActorKind.GROUP) -> str | None:
        """Record a mention at ``text[start:end]`` and return its canonical name."""
        name = self._ctx.text[start:end].strip()
        if not name:
            return None
        entry = self._actors.setdefault(name, (kind, []))
        entry[1].append(Span(start=start, end=end))
        return name

    def to_actors(self) -> tuple[Actor, ...]:
        """The actors found, in order of first mention."""
        return tuple(
            Actor(id=f"a{i}", kind=kind, name=name, mentions=tuple(spans))
            for i, (name, (kind, spans)) in enumerate(self._actors.items())
        )
