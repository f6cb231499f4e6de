"""The extractor's scores on the gold sets, measured by policydocs.evaluate.

The seed thresholds are the acceptance criteria of issues 3, 4 and 5. The dev
and holdout floors are regression guards set a little below the figures in
docs/scores.md: a change that lowers a score past them must be looked at, not
waved through. ``policydocs.evaluate`` scores by the rules of EXTRACTION.md and
gives the shared scorer's figures (``tests/unit/test_evaluate.py`` checks that).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import policydocs

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

#: (set, kind) -> (detection F1, full F1) that must be reached.
FLOORS = {
    ("seed", "statements"): (0.95, 0.90),
    ("seed", "directives"): (0.90, 0.80),
    ("seed", "metrics"): (0.95, 0.90),
    ("dev", "statements"): (0.97, 0.95),
    ("dev", "directives"): (0.97, 0.93),
    ("dev", "metrics"): (0.97, 0.95),
    ("holdout", "statements"): (0.92, 0.88),
    ("holdout", "directives"): (0.89, 0.83),
    ("holdout", "metrics"): (0.95, 0.85),
    # Real public texts (tests/gold/real): regression guards a little below the
    # figures measured at the end of the eighth round, 2026-12-08 (docs/scores.md),
    # not goals. That round real dev grew by a 13-document check set (178 in all,
    # annotated and reviewed before the extractor ran on it; its statements score
    # .735, which is why the dev statement floor is lower than the seventh round's) and
    # the real holdout by 27 (125 in all; their single first run is in docs/scores.md).
    # End figures: real dev statements 0.895/0.872, directives 0.905/0.840, metrics
    # 0.971/0.898; real holdout 0.797/0.705, 0.796/0.685, 0.960/0.815.
    ("real/dev", "statements"): (0.89, 0.86),
    ("real/dev", "directives"): (0.90, 0.83),
    ("real/dev", "metrics"): (0.96, 0.89),
    ("real/holdout", "statements"): (0.79, 0.70),
    ("real/holdout", "directives"): (0.79, 0.68),
    ("real/holdout", "metrics"): (0.95, 0.81),
}


def _folder(name: str) -> Path:
    if name == "seed":
        return SHARED / "examples" / "gold"
    return ROOT / "tests" / "gold" / name


@pytest.mark.parametrize(
    "gold_set", ["seed", "dev", "holdout", "real/dev", "real/holdout"]
)
def test_scores_reach_their_floors(gold_set: str) -> None:
    """Detection and full F1 reach each set's floors."""
    folder = _folder(gold_set)
    if not folder.is_dir():
        pytest.skip(f"gold folder {folder} is absent")
    report = policydocs.evaluate(folder)
    low = []
    for kind in ("statements", "directives", "metrics"):
        det, full = report.score(kind).f1, report.score(kind).full_f1
        need_det, need_full = FLOORS[(gold_set, kind)]
        if det < need_det or full < need_full:
            low.append(
                f"{kind}: detection {det:.3f} (floor {need_det}), "
                f"full {full:.3f} (floor {need_full})"
            )
    assert [] == low
