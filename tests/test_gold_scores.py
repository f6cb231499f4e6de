"""The extractor's scores on the gold sets, measured by the project's own scorer.

The seed thresholds are the acceptance criteria of issues 3, 4 and 5. The dev
and holdout floors are regression guards set a little below the figures in
docs/scores.md: a change that lowers a score past them must be looked at, not
waved through. The scorer lives in ``../shared/tools/score.py`` and is run as
a program, exactly as it judges the extractor.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score.py"
_LINE = re.compile(
    r"^(statements|directives|metrics)\s+detection P=\S+ R=\S+"
    r" F1=([\d.]+)\s+full F1=([\d.]+)"
)

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
}


def _folder(name: str) -> Path:
    if name == "seed":
        return SHARED / "examples" / "gold"
    return ROOT / "tests" / "gold" / name


def _scores(folder: Path, tmp: Path) -> dict[str, tuple[float, float]]:
    for f in folder.iterdir():
        if f.name.endswith((".gold.json", ".txt")):
            shutil.copy(f, tmp)
    proc = subprocess.run(  # noqa: S603 - our own interpreter and the shared scorer
        [
            sys.executable,
            str(SCORER),
            str(tmp),
            "--cmd",
            f"{sys.executable} -m policydocs extract --format json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    assert "ERROR" not in proc.stdout, proc.stdout
    out = {}
    for line in proc.stdout.splitlines():
        m = _LINE.match(line)
        if m:
            out[m.group(1)] = (float(m.group(2)), float(m.group(3)))
    return out


@pytest.mark.parametrize("gold_set", ["seed", "dev", "holdout"])
def test_scores_reach_their_floors(gold_set: str, tmp_path: Path) -> None:
    """The shared scorer's detection and full F1 reach each set's floors."""
    if not SCORER.exists():
        pytest.skip(
            f"the shared scorer is not at {SCORER} (a checkout without ../shared)"
        )
    folder = _folder(gold_set)
    if not folder.is_dir():
        pytest.skip(f"gold folder {folder} is absent")
    scores = _scores(folder, tmp_path)
    low = []
    for kind in ("statements", "directives", "metrics"):
        det, full = scores[kind]
        need_det, need_full = FLOORS[(gold_set, kind)]
        if det < need_det or full < need_full:
            low.append(
                f"{kind}: detection {det:.3f} (floor {need_det}), "
                f"full {full:.3f} (floor {need_full})"
            )
    assert [] == low
