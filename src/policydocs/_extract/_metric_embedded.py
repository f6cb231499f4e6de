"""An amount inside the noun phrase of the next amount's indicator.

"Permits for homes in buildings with ten units or more were 412,000": the
reading of 412,000 starts after the amount before it, so its phrase would be
"units or more". When that earlier amount follows a preposition that holds it
inside a noun phrase, the phrase runs on back over it to the noun phrase
before the preposition ("homes in buildings with ten units or more").
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import alternation as _trie
from ._lexicon import word_set
from ._metric_indicators import _phrase_before as phrase_before

#: The preposition and the amount words up to the earlier amount's end.
_EMBEDDED: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie(word_set("embedding_prepositions"))
    + r") (?:[^\s,;:()]+ ){0,4}[^\s,;:()]*\Z"
)
_REACH: Final = 48


def over_embedded(
    low: str, span: tuple[int, int], clause: int, floor: int
) -> tuple[int, int]:
    """*span* widened back over an amount a preposition embeds, when one does.

    *floor* is where the reading started (the earlier amount's end) and
    *clause* where its clause starts; *span* must open right at *floor*.
    """
    if floor <= clause or low[floor : span[0]].strip():
        return span
    m = _EMBEDDED.search(low[max(clause, floor - _REACH) : floor])
    if m is None:
        return span
    head = phrase_before(low, clause, max(clause, floor - _REACH) + m.start() - 1)
    return span if head is None else (head[0], span[1])
