"""Three paths that were quadratic (issue 18) do linear work, by operation counts.

Each shape repeats its trigger densely at n and 4n copies and counts the work
of the path that used to grow with the square of the input: linear work gives
a ratio of about 4, quadratic about 16; the bound of 8 is generous. No test
here measures time.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING, Any

import pytest

from policydocs import _dates, _statement_dates
from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements
from policydocs._statement_dates import StatementDays, find_statement_date

if TYPE_CHECKING:
    from collections.abc import Iterator

PUBLISHED = dt.date(2026, 3, 6)
#: Linear is 4, quadratic 16.
MAX_RATIO = 8.0
SMALL = 40


def _context(text: str) -> Context:
    return Context.build(
        text, published=PUBLISHED, source=None, sentences=split_sentences(text)
    )


def _ratio(count: Any, unit: str) -> float:
    """The work counted at 4n copies of ``unit`` over the work at n copies."""
    return float(count(unit * 4 * SMALL)) / max(1, count(unit * SMALL))


def _period_chars_scanned(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    scanned = 0
    real = _statement_dates.find_periods

    def counting(text: str, **kwargs: Any) -> list[_dates.PeriodMention]:
        nonlocal scanned
        start, end = kwargs.get("start", 0), kwargs.get("end")
        scanned += (len(text) if end is None else end) - start
        return real(text, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(_statement_dates, "find_periods", counting)
        ctx = _context(text)
        find_statements(ctx, ActorRegistry(ctx))
    return scanned


@pytest.mark.parametrize(
    "unit",
    [
        "Li said on March 5 that growth rose, and ",
        "Li said on Monday that growth rose, and ",
        "growth rose, Li said on Monday, and ",
    ],
)
def test_dated_statements_in_one_sentence(
    unit: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dating many statements of one sentence scans its periods about once."""
    ratio = _ratio(lambda text: _period_chars_scanned(text, monkeypatch), unit)
    assert ratio < MAX_RATIO


class _CountingTuple(tuple[Any, ...]):
    """A tuple that counts reads by index."""

    __slots__ = ()

    reads = 0

    def __getitem__(self, key: Any) -> Any:
        _CountingTuple.reads += 1
        return super().__getitem__(key)


def _sentence_reads(text: str) -> int:
    _CountingTuple.reads = 0
    ctx = Context.build(
        text,
        published=PUBLISHED,
        source=None,
        sentences=_CountingTuple(split_sentences(text)),
    )
    find_statements(ctx, ActorRegistry(ctx))
    return _CountingTuple.reads


def test_transcript_turns_in_one_paragraph() -> None:
    """Turns of one long paragraph find its end without walking it per turn."""
    ratio = _ratio(_sentence_reads, "Q: Will growth rise?\nA: Yes, it must rise.\n")
    assert ratio < MAX_RATIO


class _CountingList(list[Any]):
    """A list that counts the items its iterators give."""

    given = 0

    def __iter__(self) -> Iterator[Any]:
        for item in super().__iter__():
            _CountingList.given += 1
            yield item

    def __reversed__(self) -> Iterator[Any]:
        for item in super().__reversed__():
            _CountingList.given += 1
            yield item


def _owner_reads(text: str) -> int:
    ctx = _context(text)
    registry = ActorRegistry(ctx)
    registry._documents = _CountingList(registry._documents)
    _CountingList.given = 0
    find_statements(ctx, registry)
    return _CountingList.given


def test_document_owner_for_many_subjects() -> None:
    """Each "the report" finds its owner without reading every document."""
    unit = "Premier Li gave the report. The report said growth rose. "
    assert _owner_reads(unit * SMALL) > 0
    assert _ratio(_owner_reads, unit) < MAX_RATIO


def _owner_by_scan(
    documents: list[tuple[int, str, int, bool]], pos: int, noun: str
) -> int | None:
    """The scan ``document_owner`` replaced: last definite before pos, else any."""
    fallback = None
    for start, kind, idx, definite in reversed(documents):
        if start < pos and kind == noun:
            if definite:
                return idx
            fallback = idx if fallback is None else fallback
    return fallback


def test_document_owner_answers_as_the_scan_did() -> None:
    """The indexed owner is the scan's at every offset, across runs and kinds."""
    text = (
        "Premier Li gave the report. A draft budget report released by the "
        "Ministry of Finance said revenue rose. The Cabinet issued a statement. "
        "Governor Wang delivered the work report. The report said jobs grew. "
        "A statement issued by the State Council said prices fell."
    )
    registry = ActorRegistry(_context(text))
    documents = registry._documents
    assert len(documents) >= 3
    entries = registry._entries
    for noun in {kind for _, kind, _, _ in documents} | {"plan"}:
        for pos in range(len(text) + 1):
            idx = _owner_by_scan(documents, pos, noun)
            expected = None if idx is None else entries[idx].name
            assert expected == registry.document_owner(pos, noun)


def _sentences_with_days() -> list[str]:
    return [
        (
            "By the end of March 5 officials said on Tuesday, last Thursday that the "
            "2025-26 plan, Jan. 3 to Feb. 4, 2026, would start, Li said on March 4."
        ),
        (
            "Growth rose, Li said on Monday, and jobs grew, Wang said yesterday, and "
            "on Feb. 29 prices fell, Zhao said on 2026-03-02 at the end of the day."
        ),
        (
            "Black Friday sales rose, Li said this morning, and Good Monday, Wang "
            "said on March 7, and on January 5 2026 exports fell, Zhao told "
            "reporters today."
        ),
    ]


def test_statement_days_answer_as_a_scan_of_each_range() -> None:
    """The per-sentence index gives find_statement_date's answer for every range."""
    rng = random.Random(7)  # noqa: S311 - a fixed sample of cut points
    for sentence in _sentences_with_days():
        index = StatementDays(sentence, 0, len(sentence), PUBLISHED)
        cuts = [i for i in range(1, len(sentence)) if sentence[i - 1] in " ,"]
        for cut in [*rng.sample(cuts, min(40, len(cuts))), len(sentence)]:
            for lo, hi in ((0, cut), (cut, len(sentence))):
                expected = find_statement_date(sentence, lo, hi, PUBLISHED)
                assert expected == index.find(lo, hi), (lo, hi)


def _index_reads(text: str) -> int:
    index = StatementDays(text, 0, len(text), PUBLISHED)
    fallbacks = 0
    real = _statement_dates.find_statement_date

    def counting(*args: Any) -> dt.date | None:
        nonlocal fallbacks
        fallbacks += 1
        return real(*args)

    _statement_dates.find_statement_date = counting  # type: ignore[assignment]
    try:
        for i in range(len(text)):
            if text.endswith("that ", 0, i):
                index.find(0, i)
    finally:
        _statement_dates.find_statement_date = real
    return fallbacks


def test_statement_days_rarely_fall_back() -> None:
    """Ranges ending where a statement's content starts never need their own scan."""
    assert 0 == _index_reads("Li said on March 5 that growth rose, and " * 10)
