"""The thing a bare measure noun is of, when the text names it outside the phrase.

"EU exports reached a value of €138 billion": the phrase before "of" is
"value", which says what kind of figure it is; the thing valued is the
clause's subject. "19 million payments, with a total value of $26 billion":
the thing is the noun phrase the "with" clause is attached to. The indicator
is then "value of EU exports", "total value of payments".
"""

from __future__ import annotations

import re
from typing import Final

from . import _units as lex
from ._lexicon import word_set
from ._metric_indicators import _last_verb, agent_of
from ._metric_phrases import _PERIOD_WORDS, _TRAILING, _phrase_before, _tokens

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
_WITH: Final = re.compile(r", {1,2}with(?: (?:a|an|the))? {1,2}\Z")


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
