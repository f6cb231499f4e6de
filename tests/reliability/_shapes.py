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
    # A line break inside a paragraph: where transcript turns begin.
    "paragraph": lambda example: example + "\n",
    "paragraphs": lambda example: example + "\n\n",
}


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


#: Triggers of the reader paths the catalogue's examples do not exercise: the
#: statement date reader, transcript turns, owners found by coreference.
READER_TRIGGERS: Final = {
    "dated-statement": "Li said on March 5 that growth rose.",
    "weekday-statement": "Li said on Monday that growth rose.",
    "question-answer": "Q: Will growth rise?\nA: Yes, it must rise.",
    "report-owner": "Premier Li gave the report. The report said growth rose.",
    "pronoun-speaker": "Li spoke. He said growth would rise.",
}


def _rule_shape(example: str, layout: str) -> Callable[[int], str]:
    # Many paragraphs keep the example's own breaks; one paragraph keeps its
    # lines but no blank line; one sentence keeps no break at all.
    if layout == "paragraphs":
        flat = example
    elif layout == "paragraph":
        flat = "\n".join(line.strip() for line in example.splitlines() if line.strip())
    else:
        flat = " ".join(example.split())
    unit = LAYOUTS[layout](flat)
    return lambda n: _repeat(unit, n)


_REAL_DEV: Final = Path(__file__).parents[1] / "gold" / "real" / "dev"


def _news(n: int) -> str:
    bodies = [
        policydocs.read(path, extract=False).text
        for path in sorted(_REAL_DEV.glob("*.txt"))
    ]
    return _repeat("\n\n".join(bodies) + "\n\n", n)


#: Every shape opens with a publication date: without one, relative dates
#: ("on Monday") and the statement dating built on them are never read.
DATED: Final = "date 2026-03-06 "


def _dated(build: Callable[[int], str]) -> Callable[[int], str]:
    return lambda n: DATED + build(n - len(DATED))


def _build() -> dict[str, Callable[[int], str]]:
    shapes: dict[str, Callable[[int], str]] = {}
    for rule in CATALOGUE.values():
        for layout in LAYOUTS:
            shapes[f"{rule.name}/{layout}"] = _rule_shape(rule.example, layout)
    for name, example in READER_TRIGGERS.items():
        for layout in LAYOUTS:
            shapes[f"reader-{name}/{layout}"] = _rule_shape(example, layout)
    for name, build in CASES.items():
        shapes[f"reader/{name}"] = build
    shapes["news/real"] = _news
    return {name: _dated(build) for name, build in shapes.items()}


#: Shape name ("<rule>/<layout>", "reader/<case>" or "news/real") -> builder of
#: a text of n characters.
SHAPES: Final = _build()
