"""The second speed round's fast paths answer as the plain paths they replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydocs._extract import _segment

ROOT = Path(__file__).resolve().parents[2]
#: The seed and development texts: the news text the benchmark measures.
_TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))
]

#: Sentence ends, their closers and what may follow: texts dense in near misses.
_END_PIECES = [*".!?;:\"'”’)]“‘([ \t\xa0\r\nAa7", "word", "U.S."]


def _boundaries(pattern: object, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


@pytest.mark.parametrize("index", range(len(_TEXTS)))
def test_boundary_scan_equals_the_boundary_pattern_on_news(index: int) -> None:
    """The charset-led boundary scan finds the readable pattern's ends in news."""
    text = _TEXTS[index]
    expected = _boundaries(_segment._BOUNDARY_RE, text)
    assert expected == _boundaries(_segment._BOUNDARY_SCAN, text)


@given(st.lists(st.sampled_from(_END_PIECES), max_size=40).map("".join))
def test_boundary_scan_equals_the_boundary_pattern(text: str) -> None:
    """The charset-led boundary scan finds the readable pattern's ends anywhere."""
    expected = _boundaries(_segment._BOUNDARY_RE, text)
    assert expected == _boundaries(_segment._BOUNDARY_SCAN, text)
