"""Reading the text around a cue: adjuncts, passives, stops, quotation marks.

The lowest layer of the statement finder (``_statements``) above its state:
where a content stops in a sentence, what follows a reporting frame, which
adjuncts ("on Tuesday", "in a statement") a frame may skip, whether a cue is
passive ("is forecast to"), and which straight quotation mark opens a quote.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from ._lexicon import word_set
from ._statement_context import _FinderState
from ._statement_patterns import _ADJUNCT, _BE, _OPEN_QUOTES

if TYPE_CHECKING:
    from ._context import Sentence

__all__: list[str] = []

#: Adverbs between a subject and its cue ("X also said", "is widely expected").
_SUBJECT_ADVERBS: Final = word_set("statements_subject_adverbs")


class _TextReading(_FinderState):
    """The finder's reading of the text around a cue (a layer of the finder)."""

    def _stop_before(self, pos: int) -> int:
        text = self.text
        for sep in (
            ", and ",
            ", while ",
            ", but ",
            " while ",
            ", ",
            " and ",
            " but ",
            "; ",
        ):
            if text.endswith(sep, 0, pos):
                return pos - len(sep)
        return pos

    @staticmethod
    def _content_end(start: int, sent: Sentence, stops: list[int]) -> int:
        """The sentence end, or the first stop after ``start`` (stops sorted)."""
        i = bisect.bisect_right(stops, start)
        if i < len(stops) and stops[i] < sent.end:
            return stops[i]
        return sent.end

    @staticmethod
    def _stop_near(stops: list[int], pos: int) -> bool:
        i = bisect.bisect_left(stops, pos)
        return i < len(stops) and stops[i] <= pos + 2

    def _rest_kind(self, pos: int, end: int) -> str:
        """What follows a frame: "end" (punctuation only), "comma" or "more"."""
        text = self.text
        while pos < end and text[pos] == " ":
            pos += 1
        if pos >= end:
            return "end"
        if text[pos] == ",":
            k = pos + 1
            while k < end and text[k] == " ":
                k += 1
            # 'she said, "Y"' goes on to its content.
            return "more" if k < end and text[k] in _OPEN_QUOTES else "comma"
        if text[pos] == ":":
            return "colon"
        if end - pos <= 3 and not any(ch.isalnum() for ch in text[pos:end]):
            return "end"
        return "more"

    def _straight_open(self, q: int, floor: int) -> int:
        """The straight quotation mark that the one at ``q`` closes, or -1."""
        text = self.text
        lo = max(0, floor - 2000)
        para = text.rfind("\n\n", lo, q)
        lo = max(lo, para)
        n = text.count('"', lo, q)
        if n % 2 == 0:
            return -1
        return text.rfind('"', lo, q)

    def _skip_adjuncts(self, pos: int, end: int) -> int:
        text = self.text
        for _ in range(4):
            m = _ADJUNCT.match(text, pos, end)
            if m is None:
                break
            pos = m.end()
        return pos

    def _passive(self, pos: int, floor: int) -> bool:
        text = self.text
        k = pos
        for _ in range(3):
            j = text.rfind(" ", max(floor, k - 40), k - 1)
            word = text[j + 1 : k - 1] if j >= 0 else text[floor : k - 1]
            lw = word.lower()
            if lw in _BE:
                return True
            if lw.endswith("ly") or lw in _SUBJECT_ADVERBS:
                k = j + 1 if j >= 0 else floor
                if k <= floor:
                    return False
                continue
            return False
        return False
