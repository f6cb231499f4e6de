"""The README's interactive examples run and print what the README says."""

from __future__ import annotations

import doctest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_examples_run(monkeypatch) -> None:
    """Every ``>>>`` example in README.md gives the output written under it."""
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.attempted > 0
    assert 0 == result.failed
