"""How long diff() takes on two editions of about 100 KB each (issue 17: at most 1 s).

The old edition is every development gold document and the seed concatenated
(real and invented policy prose), cut to 100 KB; the new edition is the same
text with every fifth sentence reworded ("should" → "must", one number
changed, a word inserted), so most items align and many change. Prints the
items per side, the changes found and the best-of time of diff() alone,
with extraction done beforehand.

    .venv/bin/python bench/bench_diff.py
"""

from __future__ import annotations

import re
from pathlib import Path

from _timing import best_of

import policydocs

ROOT = Path(__file__).resolve().parents[1]
SIZE = 100_000


def _corpus() -> str:
    texts = [
        p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/gold/dev/*.txt"))
    ]
    bodies = [policydocs.parse(t, extract=False).text for t in texts]
    body = "\n\n".join(bodies)
    while len(body) < SIZE:
        body += "\n\n" + body
    return body[:SIZE]


def _edit(body: str) -> str:
    sentences = re.split(r"(?<=[.!?])\s+", body)
    for i in range(0, len(sentences), 5):
        s = sentences[i].replace("should", "must", 1)
        s = re.sub(r"\d+(?:\.\d+)?", lambda m: str(float(m.group()) + 1), s, count=1)
        sentences[i] = s.replace(" the ", " the new ", 1)
    return " ".join(sentences)


def main() -> None:
    old_body = _corpus()
    old = policydocs.parse("date 2025-03-05 " + old_body)
    new = policydocs.parse("date 2026-03-05 " + _edit(old_body))
    d = policydocs.diff(old, new)
    seconds, _ = best_of(3, policydocs.diff, old, new)
    counts = {
        k: (len(getattr(old, k)), len(getattr(new, k)))
        for k in ("statements", "directives", "metrics")
    }
    print(f"chars old/new: {len(old.text)} / {len(new.text)}")
    print(f"items old/new: {counts}")
    print(
        f"changes: {len(d)} ("
        + ", ".join(f"{k} {len(getattr(d, k))}" for k in counts)
        + ")"
    )
    print(f"diff(): {seconds:.3f} s (CPU, best of 3; goal <= 1 s)")


if __name__ == "__main__":
    main()
