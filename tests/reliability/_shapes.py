"""Generated input shapes for the scaling test and ``bench/bench_scaling.py``.

Every rule of the rule catalogue (``policydocs._extract._rules.CATALOGUE``)
gets three shapes built from its example sentence, which fires the rule: the
example repeated inside one endless sentence (joined by ", and "), in one
paragraph, and in many paragraphs. Every reader path gets the character-level
shapes of ``_adversarial.CASES`` (quotes, brackets, digits, speaker turns,
header lines...), which stress the segmenter and the number, quote and
header readers rather than one rule. ``news/real`` is the real-text gold
documents (``tests/gold/real/dev``) one after another, the yardstick for
ordinary input. A new rule gets its shapes without anyone editing this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

from _adversarial import CASES

import policydocs
from policydocs._extract._rules import CATALOGUE

if TYPE_CHECKING:
    from collections.abc import Callable

#: How the trigger is repeated: unit of repetition from the example sentence.
LAYOUTS: Final[dict[str, Callable[[str], str]]] = {
    "sentence": lambda example: example.rstrip('.!?"\u201d ') + ", and ",
    "paragraph": lambda example: example + " ",
    "paragraphs": lambda example: example + "\n\n",
}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def _rule_shape(example: str, layout: str) -> Callable[[int], str]:
    # One sentence or paragraph may not hold the example's own paragraph break.
    flat = example if layout == "paragraphs" else " ".join(example.split())
    unit = LAYOUTS[layout](flat)
    return lambda n: _repeat(unit, n)


_REAL_DEV: Final = Path(__file__).parents[1] / "gold" / "real" / "dev"


def _news(n: int) -> str:
    bodies = [
        policydocs.read(path, extract=False).text
        for path in sorted(_REAL_DEV.glob("*.txt"))
    ]
    return _repeat("\n\n".join(bodies) + "\n\n", n)


def _build() -> dict[str, Callable[[int], str]]:
    shapes: dict[str, Callable[[int], str]] = {}
    for rule in CATALOGUE.values():
        for layout in LAYOUTS:
            shapes[f"{rule.name}/{layout}"] = _rule_shape(rule.example, layout)
    for name, build in CASES.items():
        shapes[f"reader/{name}"] = build
    shapes["news/real"] = _news
    return shapes


#: Shape name ("<rule>/<layout>", "reader/<case>" or "news/real") -> builder of
#: a text of n characters.
SHAPES: Final = _build()
