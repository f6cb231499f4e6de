"""The second speed round's fast paths answer as the plain paths they replace."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydocs._extract import _number_reader, _segment

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


#: Digits, dots, number words and what glues to them.
_NUMBER_PIECES = [*"0123456789.,-+/: ax", "٣", "one", "ten", "twenty", "million",
                  "often", "tone", "half", "a half", "\n"]  # fmt: skip


def _anchor_spans(low: str, start: int, stop: int) -> list[tuple[int, int]]:
    return [m.span() for m in _number_reader._anchors(low, start, stop)]


@pytest.mark.parametrize("index", range(len(_TEXTS)))
def test_anchor_gate_finds_every_anchor_on_news(index: int) -> None:
    """The gated anchor scan finds what the anchor pattern finds in news."""
    low = _number_reader._fold(_TEXTS[index])
    for start, stop in ((0, len(low)), (7, len(low) - 5), (200, 900)):
        expected = [m.span() for m in _number_reader._ANCHOR.finditer(low, start, stop)]
        assert expected == _anchor_spans(low, start, stop)


@given(
    st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_anchor_gate_finds_every_anchor(text: str, start: int, cut: int) -> None:
    """The gated anchor scan finds the anchor pattern's matches in any range."""
    low = _number_reader._fold(text)
    start = min(start, len(low))
    stop = max(start, len(low) - cut)
    expected = [m.span() for m in _number_reader._ANCHOR.finditer(low, start, stop)]
    assert expected == _anchor_spans(low, start, stop)
