"""Extraction time and memory grow linearly with the input, whatever its shape.

The shapes are generated (``_shapes.SHAPES``): every catalogued rule's
example repeated in one sentence, one paragraph and many paragraphs, and the
character-level reader shapes. Each is parsed at N and 4N characters in this
process; linear work gives a CPU-time ratio near 4, quadratic near 16. No
absolute time is asserted. At these small sizes the linear part still
dilutes a quadratic one: before their fix, the three paths of issue 18 gave
16 (a dated statement per clause of one sentence), 10 ("on Monday") and 7
(question and answer turns in one paragraph), while every shape of the fixed
code stays under 5. So the bound is 6.5, with one retry for a noisy, shared
machine. The larger sizes are ``bench/bench_scaling.py``'s.
"""

from __future__ import annotations

import time
import tracemalloc

import pytest
from _shapes import SHAPES

import policydocs

N = 1 << 13
#: Four times the input may take at most this many times as long.
MAX_RATIO = 6.5
#: Below this a CPU time is mostly timer and cache noise.
FLOOR_SECONDS = 0.002


def _best_cpu(text: str, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        policydocs.parse(text, max_chars=None)
        best = min(best, time.process_time() - start)
    return best


def _ratio(shape: str) -> tuple[float, str]:
    small = _best_cpu(SHAPES[shape](N))
    large = _best_cpu(SHAPES[shape](4 * N))
    ratio = large / max(small, FLOOR_SECONDS)
    return ratio, f"{shape}: {small:.4f} s at {N}, {large:.4f} s at {4 * N} chars"


@pytest.mark.slow
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_extraction_time_grows_linearly(shape: str) -> None:
    """A generated shape four times longer takes well under sixteen times as long."""
    ratio, seen = _ratio(shape)
    if ratio >= MAX_RATIO:
        # One retry: a neighbour's job can stall one run; quadratic work is
        # slow both times.
        ratio, again = _ratio(shape)
        seen += "; again " + again
    assert ratio < MAX_RATIO, seen


#: Peak bytes allocated per input character that no shape may exceed. The
#: goal is 100; the metric-dense shapes are bounded by their output (see
#: docs/reliability.md), so the test holds the line the code keeps today.
MAX_BYTES_PER_CHAR = 250


def _peak(text: str) -> int:
    tracemalloc.start()
    try:
        policydocs.parse(text, max_chars=None)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
@pytest.mark.parametrize(
    "shape", [s for s in sorted(SHAPES) if s.startswith("reader/")]
)
def test_extraction_memory_is_linear_and_bounded(shape: str) -> None:
    """Peak memory grows about 4x for 4x the input and stays under the bound."""
    # Warm the process first: caches filled by the first parse (compiled
    # patterns, the lexicon) would otherwise land in whichever run comes
    # first, so the ratio would depend on which tests ran before this one.
    policydocs.parse(SHAPES[shape](N // 4), max_chars=None)
    small, large = _peak(SHAPES[shape](N)), _peak(SHAPES[shape](4 * N))
    seen = f"{shape}: {small} -> {large} bytes"
    # Linear growth gives 4x, quadratic 16x; the bound is their geometric
    # midpoint, because fixed per-document costs make small inputs grow a
    # little faster than 4x (about 6x for some shapes, 4x again from 4N on).
    assert large / max(small, 1) < 8.0, seen
    assert large / (4 * N) < MAX_BYTES_PER_CHAR, seen


#: The goal for ordinary text, in peak bytes per input character.
NEWS_BYTES_PER_CHAR = 60


@pytest.mark.slow
def test_news_text_memory_is_within_its_goal() -> None:
    """Real news and policy text peaks under 60 bytes per input character."""
    text = SHAPES["news/real"](8 * N)
    assert _peak(text) / len(text) < NEWS_BYTES_PER_CHAR
