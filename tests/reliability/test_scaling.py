"""Extraction time grows linearly with the input, whatever its shape (issue 7).

Each case is timed at n and 4n characters in a fresh process (so a hang is
killed after a minute instead of blocking the suite). Linear work gives a
ratio near 4, quadratic near 16; the bound of 8 leaves room for a noisy,
shared machine. The figures themselves come from ``bench/bench_scaling.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _adversarial import CASES

#: 256 KiB, so the larger input is 1 MiB (a million blank lines, a 1 MB line).
N = 1 << 18
#: Linear is 4, quadratic 16.
MAX_RATIO = 8.0
#: Per case, both sizes included: generous, it only catches hangs.
CAP_SECONDS = 60
#: Timer noise floor for cases that take almost nothing.
FLOOR_SECONDS = 0.005

_SCRIPT = Path(__file__).with_name("_adversarial.py")


def _ratio(case: str) -> tuple[float, str]:
    """Time ``case`` at N and 4N in a fresh process; the ratio and a description."""
    try:
        proc = subprocess.run(  # noqa: S603 - our own script, fixed arguments
            [sys.executable, str(_SCRIPT), case, str(N)],
            capture_output=True,
            text=True,
            timeout=CAP_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{case}: sizes {N} and {4 * N} did not finish in {CAP_SECONDS} s")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    ratio = result["large"] / max(result["small"], FLOOR_SECONDS)
    return ratio, (
        f"{case}: {result['small']:.3f} s at {N} chars, "
        f"{result['large']:.3f} s at {4 * N} chars (ratio {ratio:.1f})"
    )


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_extraction_time_is_linear(case: str) -> None:
    """An adversarial input four times longer takes well under sixteen times as long."""
    ratio, seen = _ratio(case)
    if ratio >= MAX_RATIO:
        # One retry: a neighbour's job on a shared machine can stall one run;
        # a real quadratic case is slow both times.
        ratio, again = _ratio(case)
        seen += "; again " + again
    assert ratio < MAX_RATIO, seen


#: Memory is measured at smaller sizes: tracemalloc slows extraction down,
#: and allocation counts, unlike times, do not jitter.
MEMORY_N = 1 << 13
#: Linear is 4; allocations are not noisy, so the bound is tighter than for time.
MAX_MEMORY_RATIO = 6.0
#: Peak bytes allocated per input character that no shape may exceed.
MAX_BYTES_PER_CHAR = 1000


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_extraction_memory_is_linear(case: str) -> None:
    """Peak memory on an input four times longer grows about four times, not more."""
    proc = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(_SCRIPT), "--memory", case, str(MEMORY_N)],
        capture_output=True,
        text=True,
        timeout=CAP_SECONDS,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    ratio = result["large"] / max(result["small"], 1)
    per_char = result["large"] / (4 * MEMORY_N)
    seen = f"{case}: {result['small']} -> {result['large']} bytes (ratio {ratio:.1f})"
    assert ratio < MAX_MEMORY_RATIO, seen
    assert per_char < MAX_BYTES_PER_CHAR, seen
