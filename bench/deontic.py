"""Directive recall, force and false triggers on the deontic sentence sets.

A script, not a test: it runs ``policydocs.parse`` on every sentence of
``tests/gold/deontic/rules.jsonl`` (statutes and regulations),
``tests/gold/deontic/demands.jsonl`` (demands and calls in Treasury texts) and
``tests/gold/deontic/statutes.jsonl`` (54 U.S.C., added in the fourth round to
test the rules' mechanisms on statute text they were not built on),
each sentence as its own document published on a fixed date, and reports for
each set:

* recall: the share of gold deontic entries found. An entry is found when an
  extracted directive's trigger span covers the gold trigger, or its action
  span overlaps the gold action with intersection over union >= 0.5; gold and
  extracted items are paired one to one, trigger cover first, then by IoU;
* force and negation: the share of found entries whose force and negated flag
  both agree with the gold;
* addressee: the share of found entries whose addressee agrees with the
  gold's (recorded as words of the text): both null; or the gold a pronoun
  ("he", "we", "them") and the extractor naming someone (a "you" may stay
  "you"); or one name, lower
  case and without a leading determiner, inside the other ("manufacturer" in
  "a manufacturer of tobacco products", "Treasury" in "U.S. Department of
  the Treasury"). Lenient on where a phrase ends, it catches a missing, a
  wrong and a garbled addressee;
* false triggers: the share of sentences with no gold entry on which the
  extractor gives any directive;
* recall by gold force, to show which forces the misses fall on.

Where the gold trigger occurs twice in a sentence, the occurrence taken is the
last one that starts at or before the gold action, else the first inside it
(a passive action holds its own trigger).

    PYTHONPATH=src .venv/bin/python bench/deontic.py [--json] [-v]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import policydocs

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "deontic"
SETS = {
    "rules": GOLD / "rules.jsonl",
    "demands": GOLD / "demands.jsonl",
    "statutes": GOLD / "statutes.jsonl",
}
PUBLISHED = dt.date(2026, 12, 7)
MIN_IOU = 0.5
PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "it",
        "him",
        "her",
        "them",
        "us",
        "me",
        "who",
        "whoever",
    ]
)
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "any",
        "each",
        "every",
        "all",
        "no",
        "such",
        "that",
        "this",
        "these",
        "those",
    ]
)

Span = tuple[int, int]


@dataclass
class Tally:
    """Counts for one sentence set."""

    gold: int = 0
    found: int = 0
    right: int = 0
    addressed: int = 0
    plain: int = 0
    triggered: int = 0
    misses: list[str] = field(default_factory=list)
    addressees: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)
    by_force: dict[str, list[int]] = field(default_factory=dict)

    def figures(self) -> dict[str, Any]:
        """Rates and counts, as printed and as written with ``--json``."""
        return {
            "gold_entries": self.gold,
            "found": self.found,
            "recall": _ratio(self.found, self.gold),
            "force_negation_right": self.right,
            "force_negation_accuracy": _ratio(self.right, self.found),
            "addressee_right": self.addressed,
            "addressee_accuracy": _ratio(self.addressed, self.found),
            "non_deontic_sentences": self.plain,
            "with_a_directive": self.triggered,
            "false_trigger_rate": _ratio(self.triggered, self.plain),
            "recall_by_force": {
                force: f"{found}/{gold}"
                for force, (found, gold) in sorted(self.by_force.items())
            },
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _iou(a: Span, b: Span) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _bare(name: str) -> str:
    words = name.lower().strip(" .,;:").split()
    while words and words[0] in DETERMINERS:
        words = words[1:]
    return " ".join(words)


def _same_addressee(gold: str | None, got: str | None) -> bool:
    """Whether an extracted addressee agrees with the gold's words (see above)."""
    if gold is None or got is None:
        return gold is None and got is None
    if gold.lower() in PRONOUNS:
        # One sentence alone cannot say who "you" are; other pronouns have
        # their antecedent in the sentence or in the document's source.
        return got.lower() not in PRONOUNS or got.lower() == gold.lower() == "you"
    a, b = _bare(gold), _bare(got)
    return bool(a and b) and (b in a or a in b)


def _gold_spans(text: str, entry: dict[str, Any]) -> tuple[Span, Span]:
    start = text.index(entry["action"])
    action = (start, start + len(entry["action"]))
    hits = [m.start() for m in re.finditer(re.escape(entry["trigger"]), text)]
    before = [h for h in hits if h <= start]
    at = before[-1] if before else next(h for h in hits if h >= start)
    return (at, at + len(entry["trigger"])), action


def _pairs(
    golds: list[tuple[Span, Span]], found: list[policydocs.Directive]
) -> list[tuple[int, int]]:
    """Pair gold entries with directives one to one, best evidence first."""
    scored = []
    for g, (trigger, action) in enumerate(golds):
        for d, item in enumerate(found):
            iou = _iou(action, (item.action_span.start, item.action_span.end))
            span = item.trigger_span
            covers = (
                span is not None and span.start <= trigger[0] and trigger[1] <= span.end
            )
            if covers or iou >= MIN_IOU:
                scored.append((2.0 + iou if covers else iou, g, d))
    taken_g: set[int] = set()
    taken_d: set[int] = set()
    pairs = []
    for _, g, d in sorted(scored, reverse=True):
        if g not in taken_g and d not in taken_d:
            taken_g.add(g)
            taken_d.add(d)
            pairs.append((g, d))
    return pairs


def _score(rows: list[dict[str, Any]], source: str | None) -> Tally:
    tally = Tally()
    for row in rows:
        text = row["text"]
        doc = policydocs.parse(text, published=PUBLISHED, source=source)
        found = list(doc.directives)
        entries = row["deontic"]
        if not entries:
            tally.plain += 1
            if found:
                tally.triggered += 1
                said = "; ".join(f"{d.trigger!r} {d.force.value}" for d in found)
                tally.false.append(f"{row['id']}: {said} | {text}")
            continue
        golds = [_gold_spans(text, e) for e in entries]
        matched = dict(_pairs(golds, found))
        tally.gold += len(entries)
        for g, entry in enumerate(entries):
            counts = tally.by_force.setdefault(entry["force"], [0, 0])
            counts[1] += 1
            counts[0] += g in matched
            if g not in matched:
                tally.misses.append(f"{row['id']}: {entry['trigger']!r} | {text}")
                continue
            tally.found += 1
            item = found[matched[g]]
            if _same_addressee(entry["addressee"], item.addressee):
                tally.addressed += 1
            else:
                tally.addressees.append(
                    f"{row['id']}: {entry['trigger']!r} gold {entry['addressee']!r}, "
                    f"got {item.addressee!r} | {text}"
                )
            if item.force.value == entry["force"] and item.negated == entry["negated"]:
                tally.right += 1
            else:
                tally.wrong.append(
                    f"{row['id']}: {entry['trigger']!r} gold {entry['force']}"
                    f"{' negated' if entry['negated'] else ''}, got {item.force.value}"
                    f"{' negated' if item.negated else ''} ({item.trigger!r})"
                )
    return tally


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    """Score both sets and print the figures (and, with ``-v``, every error)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("-v", "--verbose", action="store_true", help="list errors")
    args = parser.parse_args()
    sources = {
        "rules": None,
        "demands": "U.S. Department of the Treasury",
        "statutes": None,
    }
    tallies = {name: _score(_load(path), sources[name]) for name, path in SETS.items()}
    if args.json:
        json.dump({k: t.figures() for k, t in tallies.items()}, sys.stdout, indent=2)
        print()
        return
    for name, tally in tallies.items():
        fig = tally.figures()
        print(
            f"{name}: recall {fig['recall']} ({tally.found}/{tally.gold}), "
            f"force+negation {fig['force_negation_accuracy']} "
            f"({tally.right}/{tally.found}), addressee {fig['addressee_accuracy']} "
            f"({tally.addressed}/{tally.found}), false triggers "
            f"{fig['false_trigger_rate']} ({tally.triggered}/{tally.plain})"
        )
        by_force = ", ".join(f"{k} {v}" for k, v in fig["recall_by_force"].items())
        print(f"  found by gold force: {by_force}")
        if args.verbose:
            for label, lines in (
                ("missed", tally.misses),
                ("force/negation wrong", tally.wrong),
                ("addressee wrong", tally.addressees),
                ("false trigger", tally.false),
            ):
                for line in lines:
                    print(f"  {label}: {line}")


if __name__ == "__main__":
    main()
