"""Score the extractor on every gold set and write the figures to docs/scores.md.

    .venv/bin/python bench/score_gold.py            # print and rewrite docs/scores.md
    .venv/bin/python bench/score_gold.py --check    # print only

Scores with :func:`policydocs.evaluate` (the rules of EXTRACTION.md, the same
figures as the shared scorer ``../shared/tools/score.py``) the seed's gold file,
our development set (``tests/gold/dev``) and the held-out set
(``tests/gold/holdout``, written by a separate annotator and never used to tune
rules). A set whose folder is absent is skipped.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import policydocs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = {
    "seed": SHARED / "examples" / "gold",
    "dev": ROOT / "tests" / "gold" / "dev",
    "holdout": ROOT / "tests" / "gold" / "holdout",
}
KINDS = ("statements", "directives", "metrics")
POLNEAR_HEADING = "## PolNeAR (train split, development signal)"


#: Measured once, by hand, the first time the extractor saw each batch: these
#: are the fairest figures for unseen text besides the holdout set, because
#: the rules were tuned on the batches afterwards.
FIRST_RUNS = [
    "",
    "## First runs on fresh batches",
    "",
    "Each batch below was annotated before the extractor ever ran on it; the figure is",
    "its first score (detection F1 / full F1), before any rule was tuned on it. Later",
    "runs on the same documents are tuning figures, not estimates.",
    "",
    "| batch | documents | statements | directives | metrics |",
    "|---|---:|---:|---:|---:|",
    "| `tests/gold/statements` (statements only) | 5 | 0.963 / 0.926 | | |",
    "| `tests/gold/directives`, first half (directives only) | 3 | | 0.936 / 0.766 | |",
    "| `tests/gold/directives`, second half (directives only) | 3 | | 1.000 / 0.833 | |",
    "| `tests/gold/dev`, fourth batch (2026-11-28 22:17 UTC) | 5 | 1.000 / 0.944 "
    "| 0.984 / 0.885 | 0.983 / 0.915 |",
]


def score(folder: Path) -> tuple[list[str], list[str]]:
    """Score one folder; return its summary table rows and per-document lines."""
    report = policydocs.evaluate(folder)
    rows = []
    for kind in KINDS:
        s = report.score(kind)
        rows.append(
            f"{kind} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | "
            f"{s.full_f1:.3f} | {s.gold} | {s.extracted} |"
        )
    docs = []
    for d in report.documents:
        cells = [f"{d.id}.txt"]
        for kind in KINDS:
            s = getattr(d, kind)
            cells.append(
                f"{kind[:3]} {s.found}/{s.gold} found, {s.extracted - s.found} extra, "
                f"{s.found - s.correct} wrong"
            )
        docs.append(" | ".join(cells))
    docs.append(
        "fields " + "  ".join(f"{a.name} {a.agreed}/{a.total}" for a in report.fields)
    )
    return rows, docs


def kept_section(heading: str) -> list[str]:
    """One section of the current docs/scores.md, written by another script."""
    path = ROOT / "docs" / "scores.md"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if heading not in lines:
        return []
    start = lines.index(heading)
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
        len(lines),
    )
    return ["", *lines[start:end]]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "--check", action="store_true", help="print only; do not rewrite docs/scores.md"
    )
    args = ap.parse_args()
    out = [
        "# Extraction scores",
        "",
        "Measured with `policydocs.evaluate` (the rules of EXTRACTION.md; the same figures as",
        "the shared scorer `../shared/tools/score.py`) by `.venv/bin/python bench/score_gold.py` on "
        f"{dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}.",
        "Detection counts a match by span overlap (IoU >= 0.5 for statements and directives, any",
        "overlap for metrics); full F1 also needs the key fields right (speaker; force, negated and",
        "addressee; value, upper, unit and period).",
        "",
        "- **seed**: the seed article's gold file (one Xinhua news article).",
        "- **dev**: our development set (`tests/gold/dev/`), other genres and countries; rules were tuned on it.",
        "- **holdout**: a held-out set (`tests/gold/holdout/`) written by a separate annotator and",
        "  never used to tune rules: the best estimate of quality on text the extractor has not seen.",
        "",
        "| set | kind | precision | recall | detection F1 | full F1 | gold | extracted |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    details = []
    for name, folder in SETS.items():
        if not folder.is_dir():
            continue
        rows, docs = score(folder)
        out.extend(f"| {name} | {row}" for row in rows)
        details.append(f"\n### {name}\n")
        details.extend(f"    {line}" for line in docs)
    out.extend(FIRST_RUNS)
    # bench/polnear.py measures that section by hand on a corpus outside the repo.
    out.extend(kept_section(POLNEAR_HEADING))
    out.append("\n## Per document\n")
    out.append(
        "`found` counts gold items matched, `extra` extracted items matching no gold item,"
    )
    out.append(
        "`wrong` matched items whose key fields differ; `fields` the agreement on secondary"
    )
    out.append(
        "fields of matched required items (`metrics.period`: exact where the gold gives a"
    )
    out.append("period; `metrics.no_period`: none where it gives none).")
    out.extend(details)
    text = "\n".join(out) + "\n"
    print(text)
    if not args.check:
        (ROOT / "docs" / "scores.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
