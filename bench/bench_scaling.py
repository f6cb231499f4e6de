"""Measure how extraction time scales on adversarial inputs (issue 7).

    .venv/bin/python bench/bench_scaling.py              # all cases, 256 KiB .. 4 MiB
    .venv/bin/python bench/bench_scaling.py said digits     # some cases
    .venv/bin/python bench/bench_scaling.py --sizes 65536 262144

For each case of ``tests/reliability/_adversarial.py`` it times
``policydocs.parse`` at each size (best of two runs, ``time.perf_counter``)
and prints a Markdown table with the throughput and the ratio of each time to
the previous size's. With sizes four times apart, linear work gives about 4
and quadratic 16. The table goes into docs/reliability.md by hand, with the
date and machine, so the figures stay honest about where they came from.
Never run it in a loop on the shared machine: one run takes a few minutes.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from _adversarial import CASES, measure  # noqa: E402

DEFAULT_SIZES = (1 << 18, 1 << 20, 1 << 22)


def _row(case: str, sizes: list[int]) -> str:
    times = [measure(case, n, repeat=2) for n in sizes]
    ratios = [f"{b / max(a, 1e-4):.1f}" for a, b in itertools.pairwise(times)]
    largest_mb_s = sizes[-1] / 1e6 / max(times[-1], 1e-9)
    cells = [f"{t * 1000:.0f}" for t in times]
    return (
        "| "
        + " | ".join([case, *cells, " / ".join(ratios), f"{largest_mb_s:.1f}"])
        + " |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case names (default: all)")
    parser.add_argument("--sizes", nargs="+", type=int, default=list(DEFAULT_SIZES))
    args = parser.parse_args()
    cases = args.cases or sorted(CASES)
    unknown = sorted(set(cases) - set(CASES))
    if unknown:
        parser.error(f"unknown case(s) {unknown}; known: {sorted(CASES)}")
    sizes = sorted(args.sizes)
    measure(cases[0], 1000)  # imports and regex compilation out of the figures
    print(
        f"Python {platform.python_version()} on {platform.machine()}, "
        f"{len(cases)} cases, sizes {sizes} characters\n"
    )
    head = " | ".join(f"ms @ {n:,}" for n in sizes)
    step = sizes[1] // sizes[0] if len(sizes) > 1 else 1
    print(f"| case | {head} | ratio per x{step} | MB/s at largest |")
    print("|---" * (len(sizes) + 3) + "|")
    for case in cases:
        print(_row(case, sizes), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
