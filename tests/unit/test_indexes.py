"""The per-document indexes and faster scans answer as the plain scans they replace."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydocs._extract._cues import CUES
from policydocs._extract._lexicon import fold_case, gated_finditer
from policydocs._extract._statement_patterns import _CUE_RE, cue_matches

if TYPE_CHECKING:
    from collections.abc import Iterable

ROOT = Path(__file__).resolve().parents[2]
#: The seed and development texts: the news text the benchmark measures.
_TEXTS = [
    p.read_text(encoding="utf-8")
    for p in sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT / "tests" / "gold" / "dev").glob("*.txt"))
]
#: Cue words, their neighbours and glue: texts dense in near misses.
_PIECES = [
    *sorted({w for key in CUES for w in key.split()})[:400],
    " ",
    "  ",
    "-",
    "on monday ",
    "today ",
    "un",
    "s",
    ", ",
    "'",
    "Said",
]


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def test_gated_finditer_equals_finditer_on_literals() -> None:
    """A gate that matches where the pattern can gives finditer's matches."""
    pattern = re.compile(r"(?<![a-z])(?:ab|abc|b)(?![a-z])")
    gate = re.compile(r"ab|b")
    text = "ab abc xab b bb abcd ab-b"
    assert _spans(pattern.finditer(text)) == _spans(gated_finditer(gate, pattern, text))


@pytest.mark.parametrize("index", range(len(_TEXTS)))
def test_cue_matches_equal_the_plain_scan_on_news(index: int) -> None:
    """On the benchmark's news texts the gated cue scan finds every cue."""
    low = fold_case(_TEXTS[index])
    assert _spans(_CUE_RE.finditer(low)) == _spans(cue_matches(low))


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map(" ".join))
def test_cue_matches_equal_the_plain_scan(text: str) -> None:
    """On texts made of cue words and glue the gated cue scan finds every cue."""
    low = fold_case(text)
    assert _spans(_CUE_RE.finditer(low)) == _spans(cue_matches(low))
