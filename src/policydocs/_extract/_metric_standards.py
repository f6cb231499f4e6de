"""Quantities that make up a rule's standard: lengths of time and qualified counts.

Outside a rule a length of time is a duration, optional in the contract, and
a small bare number names no count. In a sentence that sets a rule ("shall",
"must", "may", "is not permitted") the minimum, the cap and the trigger are
what the rule measures: "at least two years of experience", "10 consecutive
hours off duty", "if more than 8 hours have passed", "at least one person
responsible". The items of an enumerated list ("(a) …", "(2) …") continue
the rule of the sentence before them. Deadlines, frequencies and rolling
windows ("within 30 days", "in any period of 7 days") stay durations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _rules
from . import _units as lex
from ._lexicon import alternation as _trie
from ._lexicon import choice, word_set

if TYPE_CHECKING:
    from ._numbers import Quantity

__all__: list[str] = []

RULE_WORDS: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_rule_words")) + r")(?![a-z])"
)
_WINDOW_BEFORE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("metrics_window_before")) + r")"
    r" {1,2}(?:the {1,2})?\Z"
)
# "two years of professional experience", "10 consecutive hours off duty",
# "a total of 11 hours"
_STANDARD_AFTER: Final = re.compile(
    r" (?:" + choice("metrics_standard_links") + r") [a-z]"
)
_CONSECUTIVE: Final = re.compile(r" consecutive ")
_TOTAL_BEFORE: Final = re.compile(r"(?<![a-z])(?:a )?total of \Z")
# A bare small count a rule sets needs a noun after it: "at least one person".
_NOUN_AFTER: Final = re.compile(r" ([a-z]{3,})(?![a-z])")
_ENUMERATOR: Final = re.compile(r"\s{0,4}\((?:[a-z]|[0-9]{1,2}|[ivx]{1,4})\)")


def standard_kind(q: Quantity, low: str, floor: int) -> tuple[str, str] | None:
    """(unit, rule) when *q*, in a rule's sentence, is part of its standard."""
    if _WINDOW_BEFORE.search(low, max(floor, q.start - 24), q.start):
        return None
    if q.noun in lex.DURATION_UNITS and q.noun_end is not None:
        if (
            q.approx is not None
            or _CONSECUTIVE.search(low, q.end, q.noun_end) is not None
            or _STANDARD_AFTER.match(low, q.noun_end) is not None
            or _TOTAL_BEFORE.search(low, max(floor, q.start - 12), q.start)
        ):
            return lex.DURATION_UNITS[q.noun], _rules.DURATION_STANDARD
        return None
    if q.noun is None and q.approx is not None:
        noun = _NOUN_AFTER.match(low, q.end)
        if noun is not None and noun.group(1) in lex.DURATION_UNITS:
            # "at least one year": the reader counts no singular noun
            return lex.DURATION_UNITS[noun.group(1)], _rules.DURATION_STANDARD
        if noun is not None:
            return "count", _rules.COUNT_STANDARD
    return None


def continues_rule(low: str, start: int) -> bool:
    """Whether a sentence opens with a list item's enumerator ("(a)", "(2)")."""
    return _ENUMERATOR.match(low, start) is not None
