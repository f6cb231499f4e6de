"""The extractor's source files stay small enough to read (issue 11).

Scoped to the extraction stages and the period grammar, the code issue 11
split; no file there may exceed 1,000 lines.
"""

from __future__ import annotations

from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "policydocs"
MAX_LINES = 1000
SCOPE = (
    *sorted((SRC / "_extract").glob("*.py")),
    SRC / "_dates.py",
    SRC / "_period_bounds.py",
    SRC / "_period_grammar.py",
    SRC / "_statement_dates.py",
)


def test_no_extractor_file_above_a_thousand_lines() -> None:
    """Every module of the extractor and the period grammar has at most 1,000 lines."""
    long = {
        str(path.relative_to(SRC)): n
        for path in SCOPE
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert {} == long
