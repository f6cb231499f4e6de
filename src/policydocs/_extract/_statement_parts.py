"""Split quotations: one statement whose quotation its cue interrupts.

``"A," Li said, pointing to the audit, "B."`` is one attribution: the second
quotation continues the first when it follows the frame ("Li said") in the
same sentence, after a comma, and no other attribution cue lies between
them. The statement then has ``parts`` (each quotation's words), its content
span is their hull.

A quotation in the next sentence (``"A," Li said. "B."``) is left to a
statement of its own for now: the gold sets, annotated before the contract
took split quotes in, mark only "A" (docs/statements.md).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from .._vocab import Mode
from . import _rules
from ._statement_patterns import _CLOSE_FOR, _OPEN_QUOTES, _TRAIL, _Cand

if TYPE_CHECKING:
    from ._context import Sentence

__all__ = ["join_split_quotes"]

#: Frames whose content is the quotation before the cue.
_FRAMES: Final = frozenset({_rules.Y_X_SAID, _rules.Y_SAID_X})
#: How far a closing quotation mark is looked for (characters).
_MAX_QUOTE: Final = 3000


def join_split_quotes(
    text: str, sentences: tuple[Sentence, ...], cands: list[_Cand]
) -> list[_Cand]:
    """``cands`` with each framed quotation joined to the quotation continuing it."""
    cues = sorted(c.cue_start for c in cands)
    starts = {c.content_start for c in cands}
    out: list[_Cand] = []
    for c in cands:
        joined = None
        if c.mode is Mode.DIRECT and c.rule in _FRAMES and c.content_end <= c.cue_start:
            joined = _continued(text, sentences, c, cues, starts)
        out.append(c if joined is None else joined)
    return out


def _continued(
    text: str,
    sentences: tuple[Sentence, ...],
    c: _Cand,
    cues: list[int],
    starts: set[int],
) -> _Cand | None:
    sent = sentences[c.sentence]
    # The frame's own clause runs to the sentence end or to ', "B."'.
    k = text.find(", ", c.cue_end, sent.end)
    opening = -1
    while 0 <= k < sent.end:
        j = k + 2
        if j < len(text) and text[j] in _OPEN_QUOTES:
            opening = j
            break
        k = text.find(", ", j, sent.end)
    if opening < 0 or opening + 1 in starts:
        # No quotation follows, or it is another statement's own content.
        return None
    i = bisect.bisect_right(cues, c.cue_start)
    if i < len(cues) and cues[i] < opening:
        # Another cue between the frame and the quotation starts a new one.
        return None
    close = text.find(_CLOSE_FOR[text[opening]], opening + 1, opening + _MAX_QUOTE)
    para_end = text.find("\n\n", opening, opening + _MAX_QUOTE)
    if close < 0 or (0 <= para_end < close):
        return None
    end = close
    while end > opening + 1 and text[end - 1] in _TRAIL:
        end -= 1
    if end - opening < 3:
        return None
    first = (c.content_start, c.content_end)
    return c._replace(content_end=end, parts=(first, (opening + 1, end)))
