"""Shared inputs for the reliability tests: the seed, the gold texts, the repo root."""

from __future__ import annotations

from pathlib import Path
from typing import Final

REPO: Final = Path(__file__).resolve().parents[2]
SEEDS: Final = tuple(sorted((REPO / "seeds").glob("*.txt")))
GOLD_TEXTS: Final = tuple(sorted((REPO / "tests" / "gold").glob("*/*.txt")))


def seed_text() -> str:
    """The first seed document, as stored."""
    return SEEDS[0].read_text(encoding="utf-8")


def corpus() -> list[tuple[str, str]]:
    """Every seed and gold text as (name, content) pairs."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in (*SEEDS, *GOLD_TEXTS)]
