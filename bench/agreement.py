"""Agreement between two annotators' gold files of the same documents.

Usage::

    .venv/bin/python bench/agreement.py FIRST_DIR SECOND_DIR

Both folders hold ``NAME.gold.json`` files; the document texts are read beside
the first annotator's files. The second annotator's required items are scored
against the first's by the extraction contract's rules, exactly as an
extraction would be (spans paired one to one, best overlap first; the first's
optional items count neither way), then the other way round. Names agree when
the two alias lists share a name (case and a leading "the" aside), so full F1
asks the two annotators to accept a common name, not the same canonical one.

The figures bound what any extractor can reach on the corpus: where two
careful annotators who read the same contract and decisions differ, the
extractor is scored against one of them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from policydocs._evaluate_gold import _Gold, _load_gold
from policydocs._evaluate_match import _iou, _norm

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

KINDS = ("statements", "directives", "metrics")
MATCH_AT = 0.5


def _overlap(kind: str, ref: _Gold, other: _Gold) -> float:
    if kind == "statements" and ref.chars is not None and other.chars is not None:
        return len(ref.chars & other.chars) / len(ref.chars | other.chars)
    if kind != "metrics":
        return _iou(ref.span, other.span)
    overlaps = min(ref.span[1], other.span[1]) > max(ref.span[0], other.span[0])
    return 1.0 + _iou(ref.span, other.span) if overlaps else 0.0


def _pairs(
    kind: str, refs: Sequence[_Gold], others: Sequence[_Gold]
) -> list[tuple[int, int]]:
    scored = [
        (s, ri, oi)
        for ri, r in enumerate(refs)
        for oi, o in enumerate(others)
        if (s := _overlap(kind, r, o)) >= MATCH_AT
    ]
    scored.sort(reverse=True)
    used_r: set[int] = set()
    used_o: set[int] = set()
    out = []
    for _, ri, oi in scored:
        if ri not in used_r and oi not in used_o:
            used_r.add(ri)
            used_o.add(oi)
            out.append((ri, oi))
    return out


def _names(value: object) -> set[str] | None:
    if value is None:
        return None
    values = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    return {_norm(str(v)) for v in values}


def _same_names(a: object, b: object) -> bool:
    na, nb = _names(a), _names(b)
    if na is None or nb is None:
        return na is None and nb is None
    return bool(na & nb)


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    x, y = float(a), float(b)  # type: ignore[arg-type]
    return abs(x - y) <= 1e-6 * max(1.0, abs(x), abs(y))


def _keys_agree(
    kind: str, ref: Mapping[str, object], other: Mapping[str, object]
) -> bool:
    if kind == "statements":
        return _same_names(ref.get("speaker"), other.get("speaker"))
    if kind == "directives":
        return (
            ref.get("force") == other.get("force")
            and bool(ref.get("negated", False)) == bool(other.get("negated", False))
            and _same_names(ref.get("addressee"), other.get("addressee"))
        )
    period = ref.get("period")
    return (
        _close(ref.get("value"), other.get("value"))
        and _close(ref.get("upper"), other.get("upper"))
        and ref.get("unit") == other.get("unit")
        and (period is None or period == other.get("period"))
    )


def _score(
    kind: str, refs: Sequence[_Gold], others: Sequence[_Gold]
) -> tuple[int, int, int, int]:
    """(reference items, other's items, found, correct) as the scorer counts them."""
    required = [o for o in others if not o.optional]
    pairs = _pairs(kind, refs, required)
    found = correct = optional_hits = 0
    for ri, oi in pairs:
        if refs[ri].optional:
            optional_hits += 1
            continue
        found += 1
        correct += _keys_agree(kind, refs[ri].data, required[oi].data)
    gold = sum(1 for r in refs if not r.optional)
    return gold, len(required) - optional_hits, found, correct


def _f1(hits: int, gold: int, extracted: int) -> float:
    return 2 * hits / (gold + extracted) if gold + extracted else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args()
    seconds = sorted(args.second.glob("*.gold.json"))
    if not seconds:
        print(f"agreement.py: {args.second}: no *.gold.json files", file=sys.stderr)
        return 1
    totals = {(d, k): [0, 0, 0, 0] for d in ("first", "second") for k in KINDS}
    for path in seconds:
        first = args.first / path.name
        body_path = args.first / path.name.replace(".gold.json", ".txt")
        if not first.is_file() or not body_path.is_file():
            print(
                f"agreement.py: {first}: missing first annotation or text",
                file=sys.stderr,
            )
            return 1
        from policydocs import read

        body = read(body_path).text
        a, b = _load_gold(first, body), _load_gold(path, body)
        for kind in KINDS:
            for direction, (ref, other) in (("first", (a, b)), ("second", (b, a))):
                got = _score(kind, ref[kind], other[kind])  # type: ignore[index]
                acc = totals[(direction, kind)]
                for i, v in enumerate(got):
                    acc[i] += v
    print(f"{len(seconds)} documents annotated twice")
    print("reference  kind        gold  other  found  correct  detection F1  full F1")
    for direction in ("first", "second"):
        for kind in KINDS:
            gold, extracted, found, correct = totals[(direction, kind)]
            print(
                f"{direction:<10} {kind:<11} {gold:>4} {extracted:>6} {found:>6} "
                f"{correct:>8}  {_f1(found, gold, extracted):>12.3f}"
                f"  {_f1(correct, gold, extracted):>7.3f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
