"""Sign sub-rules of the metric stage kept out of ``_metrics`` (its size).

A verb that holds something at a level ("keep", "maintain", "leave") between
a change word and the amount makes the amount a level, not the change:
"production cuts will keep the price near $90" reports a price of 90.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import alternation as _trie
from ._lexicon import word_set

__all__: list[str] = []

_HOLDING: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("holding_verbs")) + r")(?![a-z])"
)


def held_after(window: str, start: int) -> bool:
    """Whether a holding verb lies in ``window[start:]`` (before the amount)."""
    return _HOLDING.search(window, start) is not None
