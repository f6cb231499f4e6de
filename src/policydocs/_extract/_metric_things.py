"""The thing a bare measure noun is of, when the text names it outside the phrase.

"EU exports reached a value of €138 billion": the phrase before "of" is
"value", which says what kind of figure it is; the thing valued is the
clause's subject. "19 million payments, with a total value of $26 billion":
the thing is the noun phrase the "with" clause is attached to. The indicator
is then "value of EU exports", "total value of payments".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _units as lex
from ._function_words import ARTICLES
from ._lexicon import alternation as _trie
from ._lexicon import word_set
from ._metric_indicators import _first_verb, _last_verb, _subject, agent_of
from ._metric_phrases import (
    _AUXILIARIES,
    _PERIOD_WORDS,
    _TRAILING,
    _last,
    _phrase_before,
    _tokens,
    linkers_only,
)

if TYPE_CHECKING:
    from ._numbers import Quantity

#: Nouns of a measure that the thing measured follows with "of" ("the value of").
_VALUE_NOUNS: Final = word_set("indicator_value_nouns")
#: Words a bare value noun may carry and still name no thing ("a total value").
_MOST_WORDS: Final = 3
_SCALES: Final = frozenset(lex.SCALES)
#: Words of a clause, not of a name: a line holding one is no name and amount.
_NOT_LABELS: Final = (
    word_set("indicator_stops") | word_set("report_verbs") | _PERIOD_WORDS
)
#: ", with a total value of": the noun phrase before the comma is the thing.
_WITH: Final = re.compile(rf", {{1,2}}with(?: (?:{ARTICLES}))? {{1,2}}\Z")


def measured_thing(
    low: str, span: tuple[int, int], floor: int
) -> tuple[int, int] | None:
    """What the value noun phrase at *span* is the value of, else None.

    *floor* is where the amount's clause starts; the thing is looked for
    between it and the phrase.
    """
    words = low[span[0] : span[1]].split()
    if len(words) > _MOST_WORDS or words[-1] not in _VALUE_NOUNS:
        return None
    with_clause = _WITH.search(low, max(floor, span[0] - 12), span[0])
    if with_clause is not None:
        return _without_amount(low, _phrase_before(low, floor, with_clause.start()))
    verb = _last_verb(low, floor, span[0])
    return None if verb is None else agent_of(low, floor, verb)


def _without_amount(low: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """*span* without the scale words an amount opens it with ("million payments")."""
    toks = _tokens(low, *span) if span is not None else []
    while toks and low[slice(*toks[0])] in _SCALES:
        toks.pop(0)
    return (toks[0][0], toks[-1][1]) if toks else None


#: A line that is only a name and an amount: "(2) Renewal—$250", "- lead, 10 mg/L",
#: "Exports: €12 billion". The marker is no part of the name.
_ITEM_LABEL: Final = re.compile(
    r"[ \t]*(?:[-•*►▪–]+|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])?[ \t]*"
    r"(?P<label>[^\W\d][\w’'&/().-]*(?: [\w’'&/().-]+){0,7}?)"
    r" {0,2}(?:[—–:,]| - ) {0,2}\Z"
)
#: What may follow the amount on such a line: nothing but an end mark.
_ITEM_END: Final = re.compile(r" {0,2}[;.,]? {0,2}(?:and|or)? {0,2}(?:\n|\Z)")


def item_label(low: str, q_start: int, q_end: int) -> tuple[int, int] | None:
    """The name a list line gives its amount, else None.

    "(2) Renewal—$250;" → "Renewal"; "- lead, 10 mg/L" → "lead". The line
    holds the name, a dash, colon or comma, and the amount alone: the name is
    what the amount measures, and a list marker or bullet is never part of it.
    """
    line = low.rfind("\n", 0, q_start) + 1
    if _ITEM_END.match(low, q_end) is None:
        return None
    m = _ITEM_LABEL.fullmatch(low, line, q_start)
    if m is None:
        return None
    words = m.group("label").split()
    if (
        words[0] in _TRAILING  # "In 2023, 5 percent": a time, no name
        or any(w in _NOT_LABELS or any(c.isdigit() for c in w) for w in words)
    ):
        return None
    return m.span("label")


#: ", falling 4 percent", ", rising steadily from": a trailing participle of change.
_TRAILING_CHANGE: Final = re.compile(
    r", {1,2}(?:" + _trie(word_set("indicator_participle_changes")) + r")"
    r"(?: [a-z]{2,20}ly)?(?= (?:by|to|from|at|over|for|in|some|about|nearly|almost|"
    r"more|less|[$£€\d]))"
)
#: How far before the amount the participle may stand.
_PARTICIPLE_REACH: Final = 100


def participle_subject(
    low: str, sentence_start: int, q: Quantity
) -> tuple[int, int] | None:
    """The main clause's subject for an amount in a trailing participial clause.

    "The quits rate has retraced half of its rise, falling from a 3 percent
    peak to 2.5 percent": what falls is the main clause's subject, not the
    object before the comma. A participle that takes an object of its own
    (", cutting costs by 5 percent") opens no such clause.
    """
    lead = _last(
        _TRAILING_CHANGE, low, max(sentence_start, q.start - _PARTICIPLE_REACH), q.start
    )
    if lead is None or any(c in low[lead.end() : q.start] for c in ",;:()"):
        return None
    verb = _first_verb(low, sentence_start, lead.start()) or next(
        # a verb of no known class after an auxiliary ("has retraced")
        (
            t
            for t in _tokens(low, sentence_start, lead.start())
            if low[slice(*t)] in _AUXILIARIES
        ),
        None,
    )
    if verb is None:
        return None
    found = _subject(low, sentence_start, verb)
    return None if found is None or linkers_only(low[found[0] : found[1]]) else found
