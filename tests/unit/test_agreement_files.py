"""The blind second annotations in tests/agreement are valid gold files."""

from __future__ import annotations

from pathlib import Path

import pytest

from policydocs import read
from policydocs._evaluate_gold import _load_gold

_ROOT = Path(__file__).resolve().parents[1]
_FILES = sorted((_ROOT / "agreement").glob("*.gold.json"))


def test_there_are_second_annotations() -> None:
    """The folder holds the six documents the agreement figures cite."""
    assert 6 == len(_FILES)


@pytest.mark.parametrize("path", _FILES, ids=lambda p: p.name)
def test_each_second_annotation_locates_in_its_holdout_text(path: Path) -> None:
    """Every item's text is found in the holdout document it annotates."""
    text = _ROOT / "gold" / "real" / "holdout" / path.name.replace(".gold.json", ".txt")
    items = _load_gold(path, read(text).text)
    assert sum(len(v) for v in items.values()) > 0
