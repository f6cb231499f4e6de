"""Sentence segmentation (placeholder until the statements stage lands its splitter)."""

from __future__ import annotations

import re
from typing import Final

from ._context import Sentence

__all__ = ["split_sentences"]

_PARA_RE: Final = re.compile(r"\n[ \t]*\n")
_END_RE: Final = re.compile(r"[.!?][\"'”’)]{0,3}(?=\s{1,50}[A-Z\"“‘(]|\s*\Z)")


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with their paragraph numbers."""
    out: list[Sentence] = []
    para = 0
    pos = 0
    for pm in [*_PARA_RE.finditer(text), None]:
        end = pm.start() if pm is not None else len(text)
        start = pos
        for m in _END_RE.finditer(text, pos, end):
            s, e = _trim(text, start, m.end())
            if e > s:
                out.append(Sentence(s, e, para))
            start = m.end()
        s, e = _trim(text, start, end)
        if e > s:
            out.append(Sentence(s, e, para))
        if pm is not None:
            pos = pm.end()
            para += 1
    return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
