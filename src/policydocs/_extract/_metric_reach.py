"""Indicator phrases that lie beyond where the reading of an amount starts.

The phrase of an amount is read back from its verb no further than the
amount before it or its clause's start. Two shapes put it further back:

- an earlier amount held by a preposition inside the noun phrase ("Permits
  for homes in buildings with ten units or more were 412,000"): the phrase
  runs on back over it to the noun phrase before the preposition;
- an aside between the subject and its verb ("Grocery sales, adjusted for
  seasonal effects but not for price changes, were $120 billion"): the
  subject is read before the aside's first comma, also when the aside gives
  the subject's level ("The pig crop, at 30 million head, was up 7 percent"),
  which is that amount's own indicator too.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import alternation as _trie
from ._lexicon import word_set
from ._metric_indicators import _first_verb as first_verb
from ._metric_indicators import _subject as subject
from ._metric_indicators import _trimmed as trimmed
from ._metric_phrases import _phrase_before as phrase_before

#: The preposition and the amount words up to the earlier amount's end.
_EMBEDDED: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie(word_set("embedding_prepositions"))
    + r") (?:[^\s,;:()]+ ){0,4}[^\s,;:()]*\Z"
)
_REACH: Final = 48
_ASIDE_OPENERS: Final = word_set("aside_openers")
#: Words that open an aside giving the subject's level ("…, at 30 million head, …").
_LEVEL_LEADS: Final = word_set("aside_level_leads")
#: An amount in such an aside: the lead right after the aside's comma.
_LEVEL_ASIDE: Final = re.compile(r", {1,2}(?:" + _trie(_LEVEL_LEADS) + r") {1,2}\Z")
# No leading "\s*": a search for it would rescan every run of spaces from each
# of its positions (the regex audit catches that); callers strip instead.
_FIRST_WORD: Final = re.compile(r"[a-z][a-z'’-]*")
#: At most this many comma-delimited asides are read over.
_MAX_ASIDES: Final = 3


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


def _is_aside(segment: str) -> bool:
    """Whether a comma-delimited *segment* opens as an aside, not a subject.

    A segment holding a figure reports it ("reached $3 billion last month"):
    a clause of its own, not an aside.
    """
    m = _FIRST_WORD.match(segment.lstrip())
    if m is None:
        return False
    word = m.group()
    if word in _LEVEL_LEADS:
        return True  # "…, at 30.0 million head, was up 7 percent"
    if any(c.isdigit() for c in segment):
        return False
    return word in _ASIDE_OPENERS or word.endswith(("ed", "ly"))


def level_aside(low: str, sentence_start: int, pos: int) -> tuple[int, int] | None:
    """The subject an amount at *pos* gives the level of, in an aside after it.

    "The March-May pig crop, at 30.0 million head, was up 7 percent" → "March-May
    pig crop": the phrase before the aside's comma.
    """
    lead = _LEVEL_ASIDE.search(low, max(sentence_start, pos - 24), pos)
    if lead is None or lead.start() <= sentence_start:
        return None
    comma = lead.start()
    return trimmed(low, subject(low, sentence_start, (comma, comma)))


def across_aside(
    low: str, bounds: tuple[int, int, int], pos: int
) -> tuple[int, int] | None:
    """The subject before the asides that end right before the amount's verb.

    *bounds* are the sentence's start, the clause's and where the reading of
    the amount at *pos* starts; the subject is looked for back to the
    sentence's start, and not past an earlier amount in the clause.
    """
    sentence_start, clause, floor = bounds
    if floor != clause:
        return None
    verb = first_verb(low, floor, pos)
    if verb is None or not low[sentence_start : verb[0]].rstrip().endswith(","):
        return None
    commas = [i for i in range(sentence_start, verb[0]) if low[i] == ","]
    end = len(commas) - 1
    asides = 0
    while end > 0 and _is_aside(low[commas[end - 1] + 1 : commas[end]]):
        end -= 1
        asides += 1
    if not asides or asides > _MAX_ASIDES:
        return None
    if first_verb(low, sentence_start, commas[end]) is not None:
        return None  # a clause before the asides: its subject is not this one
    return trimmed(low, subject(low, sentence_start, (commas[end], commas[end])))
