"""Source files stay small enough to read: none above 1,000 lines (issue 11)."""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "policydocs"
MAX_LINES = 1000


def test_no_source_file_above_a_thousand_lines() -> None:
    """Every module of the package has at most 1,000 lines."""
    long = {
        str(path.relative_to(SRC)): n
        for path in sorted(SRC.rglob("*.py"))
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {} == long
