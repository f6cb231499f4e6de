"""What an amount in a trailing participial clause measures.

"The quits rate has retraced half of its rise, falling from a 3 percent peak
to 2.5 percent": the participle has no subject of its own; what falls is the
main clause's subject, not the object before the comma.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ._lexicon import alternation as _trie
from ._lexicon import word_set
from ._metric_indicators import _first_verb, _subject
from ._metric_phrases import _AUXILIARIES, _last, _tokens, linkers_only

if TYPE_CHECKING:
    from ._numbers import Quantity

#: ", falling 4 percent", ", rising steadily from": a trailing participle of a
#: change that takes no object, before the words that lead to its amount.
_TRAILING_CHANGE: Final = re.compile(
    r", {1,2}(?:"
    + _trie(word_set("indicator_participle_changes"))
    + r")(?: [a-z]{2,20}ly)?(?= (?:"
    + _trie(word_set("indicator_amount_leads") | word_set("indicator_participle_leads"))
    + r"|[$£€\d])(?![a-z]))"
)
#: How far before the amount the participle may stand.
_PARTICIPLE_REACH: Final = 100


def participle_subject(
    low: str, sentence_start: int, q: Quantity
) -> tuple[int, int] | None:
    """The main clause's subject for an amount in a trailing participial clause.

    "The quits rate has retraced half of its rise, falling from a 3 percent
    peak to 2.5 percent" → "quits rate" (before: "pandemic-era rise"). A
    participle that takes an object of its own (", cutting costs by 5
    percent") opens no such clause.
    """
    reach = max(sentence_start, q.start - _PARTICIPLE_REACH)
    lead = _last(_TRAILING_CHANGE, low, reach, q.start)
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
    if found is None or linkers_only(low[found[0] : found[1]]):
        return None
    return found
