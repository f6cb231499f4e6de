"""The assert_type checks in tests/typing pass under mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_public_api_types_check_under_mypy():
    """mypy --strict accepts tests/typing, so the public types are what they claim."""
    pytest.importorskip("mypy")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "tests/typing"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert (0, "") == (proc.returncode, proc.stderr), proc.stdout
