"""Split quotations: one statement whose quotation its cue interrupts.

``"A," Li said, pointing to the audit, "B."`` is one attribution: the second
quotation continues the first when it follows the frame ("Li said") in the
same sentence, after a comma, and no other attribution cue lies between
them. The statement then has ``parts`` (each piece's words), its content
span is their hull.

A quotation that opens the next sentence (``"A," Li said. "B."``) or the
next paragraph continues the statement the same way when nothing but white
space lies between, no other cue intervenes and the quotation has no frame
of its own (``"B," she added.``); each such quotation may be continued in
turn, so a turn quoted over several paragraphs is one statement. The first
piece need not be quoted (``A, Li said. "B."``, ``Li said A. "B."``): the
speaker's own words go on after a paraphrase as after a quotation.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from .._vocab import Mode
from . import _rules
from ._statement_patterns import _OPEN_QUOTES, _TRAIL, _Cand, quotation_close

if TYPE_CHECKING:
    from ._context import Sentence

__all__ = ["block_quotation", "join_split_quotes", "unquoted_block"]

#: Frames whose content comes before the cue.
_FRAMES: Final = frozenset({_rules.Y_X_SAID, _rules.Y_SAID_X})
#: Frames whose content follows the cue to the sentence's end.
_LEADS: Final = frozenset({_rules.X_SAID_THAT, _rules.X_SAID_QUOTE})
#: How many paragraphs an unquoted block after "X said:" may run over.
_MAX_BLOCK: Final = 6
#: How a paragraph of running text ends (a heading or list item does not).
_SENTENCE_ENDS: Final = (".", "!", "?", '"', "”", "’", ")")
#: Marks that open a list item.
_LIST_MARKS: Final = "-•*–"
#: How far a closing quotation mark is looked for (characters).
_MAX_QUOTE: Final = 3000


def join_split_quotes(
    text: str, sentences: tuple[Sentence, ...], cands: list[_Cand]
) -> list[_Cand]:
    """``cands`` with each framed quotation joined to the quotation continuing it."""
    cues = sorted(c.cue_start for c in cands)
    starts = {c.content_start for c in cands}
    ends = [s.end for s in sentences]
    out: list[_Cand] = []
    for c in cands:
        joined = None
        if (c.rule in _FRAMES and c.content_end <= c.cue_start) or c.rule in _LEADS:
            joined = _continued(text, ends, c, cues, starts)
        out.append(c if joined is None else joined)
    return out


def _continued(
    text: str,
    ends: list[int],
    c: _Cand,
    cues: list[int],
    starts: set[int],
) -> _Cand | None:
    """``c`` with the quotations that continue it as further parts, or None.

    ``ends`` holds each sentence's end offset, in order.
    """
    pieces = [(c.content_start, c.content_end)]
    # A "Y, X said" frame's own clause runs to the sentence end or to ', "B."';
    # an "X said Y" content ends its sentence (or its quotation, later).
    # Only up to the next cue: a long sentence of many frames is then read
    # once, not once per frame (a quotation after a later cue is that cue's).
    nxt = bisect.bisect_right(cues, c.cue_start)
    limit = min(ends[c.sentence], cues[nxt] if nxt < len(cues) else len(text))
    opening = (
        _comma_quote(text, c.cue_end, limit) if c.content_end <= c.cue_start else -1
    )
    after = max(ends[c.sentence], c.content_end)
    if opening >= 0:
        piece = _quotation(text, c, opening, cues, starts)
        if piece is None:
            return None
        pieces.append(piece[:2])
        after = piece[2] + 1
    # After a paraphrase, a quotation in the next paragraph may be anyone's:
    # only the rest of its own paragraph goes on with it.
    quoted = c.mode is Mode.DIRECT
    while (opening := _next_opening(text, after)) >= 0:
        if not quoted and "\n" in text[after:opening]:
            break
        piece = _quotation(text, c, opening, cues, starts)
        if piece is None or text[piece[2] - 1] == ",":
            # '"B," she added': the quotation has a frame of its own.
            break
        # A cue after the closing mark in its sentence frames it anew.
        i = bisect.bisect_right(cues, piece[2])
        k = bisect.bisect_right(ends, piece[2])
        if i < len(cues) and cues[i] < (ends[k] if k < len(ends) else len(text)):
            break
        pieces.append(piece[:2])
        after = piece[2] + 1
    if len(pieces) == 1:
        return None
    return c._replace(content_end=pieces[-1][1], parts=tuple(pieces))


def _comma_quote(text: str, start: int, end: int) -> int:
    """Where ', "' opens a quotation between ``start`` and ``end``, or -1."""
    k = text.find(", ", start, end)
    while 0 <= k < end:
        j = k + 2
        if j < len(text) and text[j] in _OPEN_QUOTES:
            return j
        k = text.find(", ", j, end)
    return -1


def _next_opening(text: str, pos: int) -> int:
    """The opening quotation mark after white space at ``pos``, or -1.

    The white space may hold one paragraph break but no more: a quotation
    after an unquoted paragraph belongs to whoever that paragraph quotes.
    """
    j = pos
    while j < len(text) and text[j] in " \t\r\n":
        j += 1
    if j >= len(text) or text[j] not in _OPEN_QUOTES or text.count("\n", pos, j) > 2:
        return -1
    return j


def _quotation(
    text: str, c: _Cand, opening: int, cues: list[int], starts: set[int]
) -> tuple[int, int, int] | None:
    """The quotation at ``opening`` (words, closing mark) if it continues ``c``."""
    if opening + 1 in starts:
        # It is another statement's own content.
        return None
    i = bisect.bisect_right(cues, c.cue_start)
    if i < len(cues) and cues[i] < opening:
        # Another cue between the frame and the quotation starts a new one.
        return None
    para_end = text.find("\n\n", opening, opening + _MAX_QUOTE)
    limit = para_end if para_end >= 0 else min(len(text), opening + _MAX_QUOTE)
    close = quotation_close(text, opening, limit)
    if close < 0:
        if para_end < 0 and limit < len(text):
            return None
        # A quotation left open at its paragraph's end goes on in the next
        # paragraph (which opens with a mark of its own): this piece ends
        # with the paragraph.
        close = limit
        while close > opening + 1 and text[close - 1].isspace():
            close -= 1
    end = close
    while end > opening + 1 and text[end - 1] in _TRAIL:
        end -= 1
    if end - opening < 3:
        return None
    return opening + 1, end, close


def block_quotation(text: str, opening: int) -> tuple[tuple[int, int], ...] | None:
    """The pieces of a quotation opening a paragraph at ``opening``, or None.

    A quotation that closes in its paragraph is one piece; one left open at
    the paragraph's end goes on in the next paragraph when that opens with a
    mark of its own (British and US style), to the paragraph that closes it.
    """
    pieces: list[tuple[int, int]] = []
    while True:
        para_end = text.find("\n\n", opening)
        limit = para_end if para_end >= 0 else len(text)
        close = quotation_close(text, opening, limit)
        end = close if close >= 0 else limit
        while end > opening + 1 and text[end - 1] in _TRAIL + "\n":
            end -= 1
        if end - opening < 3:
            return None
        pieces.append((opening + 1, end))
        if close >= 0 or para_end < 0:
            return tuple(pieces)
        nxt = _next_opening(text, para_end)
        if nxt < 0:
            return tuple(pieces)
        opening = nxt


def unquoted_block(text: str, start: int) -> tuple[tuple[int, int], ...]:
    """The paragraphs of a press release's unquoted block opening at ``start``.

    After "X said:" ending its paragraph, a release may give X's words as
    plain paragraphs. The block goes on over the paragraphs that follow until
    one opens another block (it ends with a colon), opens with a quotation
    mark, or is a heading or list item (no closing full stop); each paragraph
    is a piece, the last without its final punctuation.
    """
    pieces: list[tuple[int, int]] = []
    pos = start
    while len(pieces) < _MAX_BLOCK:
        para_end = text.find("\n\n", pos)
        limit = para_end if para_end >= 0 else len(text)
        body = text[pos:limit].rstrip()
        if pieces and (
            body[:1] in _OPEN_QUOTES
            or body.endswith(":")
            or not body.endswith(_SENTENCE_ENDS)
            or body[:1] in _LIST_MARKS
        ):
            break
        if len(body) < 3:
            break
        pieces.append((pos, pos + len(body)))
        if para_end < 0:
            break
        pos = para_end
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            break
    if pieces:
        # The block's last full stop is no part of it, as a quotation's.
        start, end = pieces[-1]
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        pieces[-1] = (start, end)
    return tuple(pieces)
