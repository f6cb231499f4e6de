"""Every source file stays small enough to read (issue 11).

No Python file under ``src/`` may exceed 1,000 lines: a longer one holds
several responsibilities waiting for modules of their own.
"""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
MAX_LINES = 1000


def _line_counts() -> dict[str, int]:
    return {
        path.relative_to(SRC).as_posix(): len(
            path.read_text(encoding="utf-8").splitlines()
        )
        for path in sorted(SRC.rglob("*.py"))
    }


def test_the_scan_sees_the_whole_package() -> None:
    """The scan reaches the package root and the extractor subpackage alike."""
    counts = _line_counts()
    assert {
        "policydocs/__init__.py",
        "policydocs/_serialize.py",
        "policydocs/_extract/_pipeline.py",
    } <= counts.keys()


def test_no_source_file_above_a_thousand_lines() -> None:
    """Every Python file under src/ has at most 1,000 lines."""
    long = {name: n for name, n in _line_counts().items() if n > MAX_LINES}
    assert {} == long
