"""Which sentences continue a dated report, outside a statistics release.

EXTRACTION.md carries a period "through the following sentences that continue
the same report". In a statistics release the whole text is one report (its
reference period dates every figure until another is named). Elsewhere (a
press release, a speech, a briefing) a dated figure starts a report, and a
later sentence continues it only when it says so by its structure:

- it speaks of the same things: it shares a content word with the report so
  far ("Road deaths fell to 26,000 in 2015. Deaths of cyclists rose 2
  percent.");
- it reports a change ("Exports also rose 3 percent"): a change is measured
  over a period, the report's;
- it points back: it opens on "that", "this", "it", … or says "also".

Any other sentence's figures are about something else ("Veterans make up 7
percent of adults"): the period carried from the report does not date them
(gold decision 22); the report's period still carries on past them. A goal
keeps the carried period either way (a plan's targets continue its year).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from . import _rules
from . import _units as lex
from ._lexicon import choice, word_set

if TYPE_CHECKING:
    from .._models import Period
    from ._context import Sentence

__all__: list[str] = []

_WORD: Final = re.compile(r"[a-z]{4,}")
_IGNORED: Final = frozenset(
    word_set("metrics_thread_stopwords") | frozenset(lex.NOUN_STOPWORDS)
)
_CHANGE: Final = re.compile(r"(?<![a-z])(?:" + lex.CHANGE_ALTERNATION + r")(?![a-z])")
_POINTS_BACK: Final = re.compile(
    r"(?:" + choice("metrics_thread_openers") + r")(?![a-z])"
)
#: What may stand before a sentence's first word: spaces, quotation marks.
_LEADING: Final = " \n\t\"'“‘("
_ALSO: Final = re.compile(r"(?<![a-z])also(?![a-z])")
_CARRIED: Final = frozenset({_rules.PERIOD_CARRIED, _rules.PERIOD_CURRENT})
_NAMED: Final = frozenset({_rules.PERIOD_AFTER, _rules.PERIOD_BEFORE})


@attrs.define
class Thread:
    """The content words of the report a carried period belongs to.

    *words* is None until a sentence names a period for a figure; inside a
    measuring body's release (*release*) every sentence continues the report.
    """

    release: bool
    words: frozenset[str] | None = None

    def settle(
        self,
        low: str,
        sentence: Sentence,
        assigned: list[tuple[Period | None, str]],
        goals: list[bool],
    ) -> list[tuple[Period | None, str]]:
        """The sentence's periods, without a carried one where it starts anew."""
        if self.release:
            return assigned
        words = frozenset(_WORD.findall(low, sentence.start, sentence.end)) - _IGNORED
        if any(rule in _NAMED for _, rule in assigned):
            self.words = words  # a dated report starts here
            return assigned
        if self.words is None or not any(rule in _CARRIED for _, rule in assigned):
            return assigned
        if self._continues(low, sentence, words):
            self.words |= words
            return assigned
        return [
            (None, "") if rule in _CARRIED and not goal else (period, rule)
            for (period, rule), goal in zip(assigned, goals, strict=True)
        ]

    def _continues(self, low: str, sentence: Sentence, words: frozenset[str]) -> bool:
        return bool(
            (self.words is not None and words & self.words)
            or _CHANGE.search(low, sentence.start, sentence.end)
            or _POINTS_BACK.match(low, _first_word(low, sentence), sentence.end)
            or _ALSO.search(low, sentence.start, sentence.end)
        )


def _first_word(low: str, sentence: Sentence) -> int:
    """Where the sentence's first word starts, past spaces and quotation marks."""
    pos = sentence.start
    while pos < sentence.end and low[pos] in _LEADING:
        pos += 1
    return pos
