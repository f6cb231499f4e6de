"""Measure the cost of `import policydocs` against `import attrs, cattrs`.

Runs each import in fresh interpreters, interleaved so that machine noise hits
both alike, and reports best-of-N and median wall times with the bare
interpreter start subtracted, plus the ratio. Usage::

    .venv/bin/python bench/bench_import.py [N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CASES = {
    "python -c pass": "pass",
    "import attrs, cattrs": "import attrs, cattrs",
    "import policydocs": "import policydocs",
}


def _once(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def _importtime(module_code: str) -> int:
    """Sum of the top-level cumulative times (us) reported by -X importtime."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", module_code],
        capture_output=True,
        text=True,
        check=True,
    )
    total = 0
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and not parts[2].startswith("  "):
            name = parts[2].strip()
            if name.split(".")[0] in {"attrs", "attr", "cattrs", "cattr", "policydocs"}:
                total += int(parts[1])
    return total


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(n):
        for name, code in CASES.items():
            times[name].append(_once(code))
    base_best = min(times["python -c pass"])
    base_med = statistics.median(times["python -c pass"])
    print(f"Python {sys.version.split()[0]}, {n} runs each, interleaved;")
    print("wall times over a bare `python -c pass` start")
    rows = {}
    for name in CASES:
        best = min(times[name]) - base_best
        med = statistics.median(times[name]) - base_med
        rows[name] = (best, med)
        print(f"{name:24} best {best * 1e3:6.1f} ms   median {med * 1e3:6.1f} ms")
    ours, theirs = rows["import policydocs"], rows["import attrs, cattrs"]
    print(
        "ratio policydocs / (attrs, cattrs): "
        f"best {ours[0] / theirs[0]:.2f}x, median {ours[1] / theirs[1]:.2f}x"
    )
    a = min(_importtime("import attrs, cattrs") for _ in range(5))
    p = min(_importtime("import policydocs") for _ in range(5))
    print(
        f"-X importtime (best of 5): attrs+cattrs {a / 1e3:.1f} ms, "
        f"policydocs {p / 1e3:.1f} ms, ratio {p / a:.2f}x"
    )


if __name__ == "__main__":
    main()
