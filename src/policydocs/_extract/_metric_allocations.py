"""Money set aside for someone or something: an allocation is a goal.

The contract's ``target`` is true for goals and plans; the gold decisions read
allocations the same way (decision 26: "goals, plans, allocations, caps,
standards and proposed settings"; real gold: amounts announced, awarded,
offered or requested, a fund's size, "£X to fund Y"). A sum of money is an
allocation when

- a word of funding follows it: "$22 million in grants", "£157 million of
  new funding", "an initial $8.7 million investment", "the £150m funding
  package";
- an allocation verb governs it, with only determiners and qualifiers between
  ("announced more than $18 million", "provides a total of $10 billion",
  "announced an award of $3.5 million"); or
- it is the subject of a future allocation ("£20 million will be provided
  for school repairs", "A further £200,000 will go to the Trust").

A running total ("To date, the fund has awarded $9 billion") reports what was
paid out, an outcome: it is no allocation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ._lexicon import alternation as _trie
from ._lexicon import word_set

if TYPE_CHECKING:
    from ._numbers import Quantity

__all__ = ["allocated"]

_NOUN_AFTER: Final = re.compile(
    r" {1,2}(?:(?:in|of) {1,2})?(?:(?:"
    + _trie(word_set("allocation_fillers"))
    + r") {1,2}){0,2}(?:"
    + _trie(word_set("allocation_nouns"))
    + r")(?![a-z])"
)
_VERB: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("allocation_verbs")) + r")(?![a-z])"
)
#: The single words of fillers and funding nouns ("more than", "financial
#: assistance" word by word): a run of them may stand between verb and money.
_FILLER_WORDS: Final = frozenset(
    part
    for entry in word_set("allocation_fillers") | word_set("allocation_nouns")
    for part in entry.split()
)
_FUTURE_AFTER: Final = re.compile(
    r"(?: {1,2}(?:of|in) {1,2}[a-z -]{1,40}?)? {1,2}will {1,2}(?:be {1,2})?(?:"
    + _trie(word_set("allocation_future"))
    + r")(?![a-z])"
)
_RUNNING_TOTAL: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("allocation_running_totals")) + r")(?![a-z])"
)
#: How far before an amount its allocation verb may stand: a verb and a few
#: determiners or qualifiers ("announced an award of more than").
_VERB_REACH: Final = 60


def _money(q: Quantity) -> bool:
    return len(q.unit) == 3 and q.unit.isupper()


def allocated(low: str, q: Quantity, clause: int, sentence: tuple[int, int]) -> bool:
    """Whether the money *q* is set aside rather than reported as spent.

    *clause* is where *q*'s clause starts; *sentence* its sentence's bounds,
    searched for a running total ("to date", "so far").
    """
    if not _money(q):
        return False
    if (
        _NOUN_AFTER.match(low, q.end) is None
        and _FUTURE_AFTER.match(low, q.end) is None
        and not _governed(low, q, clause)
    ):
        return False
    return _RUNNING_TOTAL.search(low, *sentence) is None


def _governed(low: str, q: Quantity, clause: int) -> bool:
    """An allocation verb before *q*, with only fillers between."""
    start = max(clause, q.start - _VERB_REACH)
    verb = None
    for verb in _VERB.finditer(low, start, q.start):  # noqa: B007
        pass
    return verb is not None and all(
        word in _FILLER_WORDS for word in low[verb.end() : q.start].split()
    )
