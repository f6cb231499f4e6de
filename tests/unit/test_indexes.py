"""The per-document indexes and faster scans answer as the plain scans they replace."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policydocs._extract import (
    _actor_words,
    _metric_basis,
    _metric_periods,
    _metrics,
    _number_reader,
    _segment,
    _statement_cues,
)
from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import _NO_BREAK, Context, plain_spaces
from policydocs._extract._cues import CUES
from policydocs._extract._lexicon import Gated, fold_case, word_starts
from policydocs._extract._segment import split_sentences
from policydocs._extract._statement_patterns import (
    _CUE_RE,
    _DAY_HINT,
    _TURN_RE,
    cue_matches,
    day_hint_starts,
    turn_label,
)
from policydocs._extract._statements import find_statements

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


def test_gated_scan_equals_the_plain_scan() -> None:
    """A gate that matches where the pattern can gives the pattern's matches."""
    pattern = re.compile(r"(?<![a-z])(?:ab|abc|b)(?![a-z])")
    gated = Gated(pattern, r"ab|b")
    text = "ab abc xab b bb abcd ab-b"
    for pos, endpos in ((0, len(text)), (1, 11), (4, 5), (8, len(text))):
        assert _spans(pattern.finditer(text, pos, endpos)) == _spans(
            gated.finditer(text, pos, endpos)
        )
        want = pattern.search(text, pos, endpos)
        got = gated.search(text, pos, endpos)
        assert (want and want.span()) == (got and got.span())


def test_word_starts_gate_is_a_word_boundary() -> None:
    """The word-start gate matches a prefix only at the start of a word."""
    gate = re.compile(word_starts("he", "She"))
    text = "he the She usher she-he _he 1he"
    assert [0, 7, 21] == [m.start() for m in gate.finditer(text)]


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


#: Every gated document-wide scan, the pattern it stands for, and whether it
#: scans the case-folded text.
_SCANS = {
    "pronouns": (_actor_words._PRONOUN_SCAN, _actor_words._PRONOUN_RE, False),
    "roles": (_actor_words._ROLE_SCAN, _actor_words._ROLE_RE, True),
    "year to date": (
        _metric_periods._YEAR_TO_DATE_SCAN,
        _metric_periods._YEAR_TO_DATE,
        True,
    ),
    "revision": (_metric_periods._REVISION_SCAN, _metric_periods._REVISION, True),
    "revision basis": (_metric_basis._REVISION_SCAN, _metric_basis._REVISION, True),
    "china": (_metrics._CHINA_SCAN, _metrics._CHINA_CUE, False),
    "yen": (_metrics._YEN_SCAN, _metrics._YEN_WORD, False),
    "quotes": (_segment._QUOTE_SCAN, _segment._QUOTE_RE, False),
    "run together": (_segment._RUN_TOGETHER_SCAN, _segment._RUN_TOGETHER, False),
    "naming": (_statement_cues._NAMING_SCAN, _statement_cues._NAMING_RE, True),
}
#: Near misses for the gated scans: words they open with, inside other words,
#: after digits, hyphens and underscores.
_SCAN_PIECES = [
    *[
        "he",
        "He",
        "she",
        "She",
        "his",
        "him",
        "her",
        "himself",
        "Herself",
        "the",
        "usher",
        "other",
    ],
    *["the", "president", "vice-president", "Vice", "ministry", "bank"],
    *[
        "year-to-date",
        "year",
        "to",
        "date",
        "years",
        "revised",
        "revision",
        "revisions",
        "revise",
    ],
    *["yuan", "Yuan", "RMB", "renminbi", "China", "Chinese", "Beijing"],
    *["yen", "Yen", "Japan", "Japanese", "JPY"],
    *["2", "_", "-", " ", "x", ".", "the "],
    *['"', "“", "”", "'", "''", "`", "``", "’", "in 2011", ".The", "The ", "a, "],
    *["call", "called", "recall", "calls", "describing", "express", "requests"],
]


@pytest.mark.parametrize("name", sorted(_SCANS))
def test_gated_scans_equal_their_patterns_on_news(name: str) -> None:
    """On the benchmark's news texts each gated scan finds its pattern's matches."""
    gated, plain, folded = _SCANS[name]
    for raw in _TEXTS:
        text = fold_case(raw) if folded else raw
        assert _spans(plain.finditer(text)) == _spans(gated.finditer(text))


@pytest.mark.parametrize("name", sorted(_SCANS))
@given(
    pieces=st.lists(st.sampled_from(_SCAN_PIECES), max_size=30),
    pos=st.integers(0, 40),
    cut=st.integers(0, 40),
)
def test_gated_scans_equal_their_patterns(
    name: str, pieces: list[str], pos: int, cut: int
) -> None:
    """On texts of near misses each gated scan's search and finditer are exact."""
    gated, plain, folded = _SCANS[name]
    text = "".join(pieces)
    text = fold_case(text) if folded else text
    end = max(pos, len(text) - cut)
    assert _spans(plain.finditer(text, pos, end)) == _spans(
        gated.finditer(text, pos, end)
    )
    want, got = plain.search(text, pos, end), gated.search(text, pos, end)
    assert (want and want.span()) == (got and got.span())


_DAY_PIECES = [
    *["Monday", "day", "days", "today", "Today", "yesterday", "tonight", "morning"],
    *["May", "Sept.", "Sep.", "September", "Jan.", "January", "Mar.", "March"],
    *["2026-03-05", "2026-3-05", "12026-03-05", "٢٠٢٦-٠٣-٠٥", " ", ".", "x", "1"],
]


@given(st.lists(st.sampled_from(_DAY_PIECES), max_size=30).map("".join))
def test_day_hint_starts_equal_the_plain_scan(text: str) -> None:
    """The split day-hint scan starts where the one pattern's matches start."""
    assert [m.start() for m in _DAY_HINT.finditer(text)] == day_hint_starts(text)


def test_day_hint_starts_equal_the_plain_scan_on_news() -> None:
    """On the benchmark's news texts the split day-hint scan is exact."""
    for text in _TEXTS:
        assert [m.start() for m in _DAY_HINT.finditer(text)] == day_hint_starts(text)


_LABEL_PIECES = [
    *["Q", "A", "Li", "Wang Yi", "MR. ORTIZ", "Minister", "of", "said", "(R-Utah)"],
    *[":", ": ", " ", ", ", "\n", "x", "?"],
]


@given(st.lists(st.sampled_from(_LABEL_PIECES), max_size=20).map("".join))
def test_turn_label_equals_the_plain_match(text: str) -> None:
    """A transcript label is found exactly where the label pattern matches."""
    for pos in range(min(len(text), 6)):
        for end in (len(text), max(pos, len(text) - 3)):
            want = _TURN_RE.match(text, pos, end)
            got = turn_label(text, pos, end)
            assert (want and want.span()) == (got and got.span())


@pytest.mark.parametrize("index", range(0, len(_TEXTS), 3))
def test_listed_actors_equal_the_actor_models(index: int) -> None:
    """The registry's cheap listing names what its actor models hold, in order."""
    text = _TEXTS[index]
    ctx = Context.build(
        text, published=None, source=None, sentences=split_sentences(text)
    )
    registry = ActorRegistry(ctx)
    find_statements(ctx, registry)
    assert [(a.name, a.aliases, a.titles) for a in registry.to_actors()] == (
        registry.listed()
    )


@given(st.text(alphabet=st.sampled_from("aB \t\n\r\xa0\u202f–−‐‑’'-İx1")))
def test_number_fold_equals_the_translation(text: str) -> None:
    """The number reader's fold replaces exactly what its table translates."""
    assert fold_case(text).translate(_number_reader._FOLD) == (
        _number_reader._fold(text)
    )


_CUED_SCANS = {
    "document by agent": (_actor_words._DOC_BY_AGENT, _actor_words._DOC_AGENT_CUES),
    "held meeting": (_actor_words._HELD_MEETING, _actor_words._MEETING_CUES),
}
_CUED_PIECES = [
    *["report", "plan", "statement", " released", " issued", " by ", "by", " "],
    *[" held", " convened", " a ", " the ", "meeting", " met", "met", "ing", "."],
]


@pytest.mark.parametrize("name", sorted(_CUED_SCANS))
def test_cued_scans_equal_their_patterns_on_news(name: str) -> None:
    """A scan skipped for want of its cues finds what its pattern finds in news."""
    pattern, cues = _CUED_SCANS[name]
    for text in _TEXTS:
        want = _spans(pattern.finditer(text))
        assert want == _spans(_actor_words.scan_if(pattern, text, cues))


@pytest.mark.parametrize("name", sorted(_CUED_SCANS))
@given(st.lists(st.sampled_from(_CUED_PIECES), max_size=30).map("".join))
def test_cued_scans_equal_their_patterns(name: str, text: str) -> None:
    """On near misses each cued scan finds exactly its pattern's matches."""
    pattern, cues = _CUED_SCANS[name]
    want = _spans(pattern.finditer(text))
    assert want == _spans(_actor_words.scan_if(pattern, text, cues))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain text",
        "5\u00a0000",
        "10\u202f%",
        "1\u2007234",
        "a\u00a0b\u202fc\u2007d",
    ],
)
def test_plain_spaces_equals_the_substitution(text: str) -> None:
    """The substring tests before the substitution change no answer."""
    assert _NO_BREAK.sub(" ", text) == plain_spaces(text)
