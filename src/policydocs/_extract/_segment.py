"""Sentence segmentation: a regex splitter that knows policy-text abbreviations.

One regex finds every candidate end (a run of ``.``, ``!`` or ``?`` with any
closing quotes or brackets, followed by space and a capital, a digit or an
opening quote), and a line break that ends a line with punctuation or a
heading. A candidate is dropped when

* the word before a full stop is an abbreviation that never ends a sentence
  ("Dr.", "No.", "Jan.", "Gov."), or an initial ("Daniel R. Whitcombe");
* the word is an abbreviation that may end one ("U.S.", "a.m.", "etc.") and
  the next word is not a usual sentence opener ("The", "It", "He", ...);
* it lies inside a quotation that closes later in the same paragraph, so a
  quoted passage of several sentences stays in the sentence that attributes
  it (``X said: "A. B."``), as long as the quotation is short (bounded).

A full stop with no space between a word and a capitalised word ("in
2011.The pace") also ends a sentence, outside quotations and web addresses.

Paragraphs are separated by blank lines; ``Sentence.paragraph`` counts them.
Everything is a single left-to-right pass: linear in the input, no nested
quantifiers, and about as fast as ``re`` can scan (STYLE.md §10).
"""

from __future__ import annotations

import re
from typing import Final

from ._context import Sentence
from ._lexicon import Gated, word_set

__all__ = ["split_sentences"]


# A candidate end: terminal punctuation, closing quotes/brackets, space, and
# what may open a sentence (typewriter pairs too: ''A or ``A). Or a line
# break after a line that ends in punctuation, a colon or nothing
# sentence-like (a heading, a list item). The pattern opens with a character
# class so that ``re`` skips to the next candidate in C (an alternation whose
# first branch is a group is entered at every offset: about four times
# slower); each branch checks the character it stood on with a look-behind.
# tests/unit/test_fast_paths.py holds the plain alternation it must equal.
_BOUNDARY_SCAN: Final = re.compile(
    r"[\n.!?;:](?:(?<=\n)[ \t\r]{0,40}\n"
    r"|(?<=[.!?])[.!?\"'”’)\]]{0,4}(?=[ \t\xa0]{1,20}(?:''|``|[\"“‘(\[])?[A-Z0-9])"
    r"|(?<=[.!?;:])[\"'”’)\]]{0,3}(?=[ \t\r]{0,20}\n))"
)
#: Quotation marks; a typewriter pair ('' or ``) counts as one mark.
_QUOTE_RE: Final = re.compile(r"[\"“”]|''|``")
#: A typewriter pair read as the mark it stands for: '' either way, `` opening.
_AS_MARK: Final = {"''": '"', "``": "“"}
_PARA_RE: Final = re.compile(r"\n[ \t\r]{0,40}\n")
#: A full stop with no space between two sentences: "in 2011.The pace".
_RUN_TOGETHER: Final = re.compile(r"(?<=[a-z0-9][a-z0-9])\.(?=[A-Z][a-z]*[ ,])")
_WORD_BEFORE: Final = re.compile(r"[A-Za-z][A-Za-z.]{0,12}\Z")
#: The quotation and run-together scans behind literal gates: a pattern that
#: opens with a group or a look-behind is tried at every offset, the gate skips
#: in C to a mark (either half of a typewriter pair) or a full stop.
_QUOTE_SCAN: Final = Gated(_QUOTE_RE, "[\"“”'`]")
_RUN_TOGETHER_SCAN: Final = Gated(_RUN_TOGETHER, r"\.")

#: Abbreviations after which a full stop never ends a sentence (lower-case,
#: without their final dot).
_NEVER_END: Final = word_set("segment_never_end")
#: Abbreviations that may also end a sentence ("... in the U.S. The ...").
_MAY_END: Final = word_set("segment_may_end")
#: Words that usually open a sentence: after an ambiguous abbreviation they
#: decide for a boundary.
_OPENERS: Final = word_set("segment_openers")
_MAX_QUOTE: Final = 1200


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with their paragraph numbers.

    >>> [text[s.start : s.end] for text in ["Dr. Li met U.S. envoys. They left."]
    ...  for s in split_sentences(text)]
    ['Dr. Li met U.S. envoys.', 'They left.']
    """
    out: list[Sentence] = []
    regions = _quote_regions(text)
    r = 0
    para = 0
    sent_start = 0
    n = len(text)
    # One pass over paragraph breaks and candidate ends together.
    nreg = len(regions)
    for m in _BOUNDARY_SCAN.finditer(text):
        start, cut = m.span()
        if text[start] == "\n":
            if _emit(text, sent_start, start, para, out) or (
                out and out[-1].paragraph == para
            ):
                para += 1
            sent_start = cut
            continue
        if nreg:
            while r < nreg and regions[r][1] < start:
                r += 1
            if r < nreg and regions[r][0] < start and cut <= regions[r][1]:
                # Inside a quotation that closes later in this paragraph.
                continue
        if text[start] == "." and not _ends_here(text, start, cut, n):
            continue
        _emit(text, sent_start, cut, para, out)
        sent_start = cut
    _emit(text, sent_start, n, para, out)
    return tuple(out)


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Offsets (open, close) of balanced, short quotations, never across paragraphs."""
    regions: list[tuple[int, int]] = []
    open_at = -1
    for m in _QUOTE_SCAN.finditer(text):
        ch = _AS_MARK.get(m.group(), m.group())
        i = m.start()
        if open_at >= 0 and (
            i - open_at > _MAX_QUOTE or _PARA_RE.search(text, open_at, i) is not None
        ):
            open_at = -1  # too long, or a paragraph break in between
        if open_at < 0:
            if ch != "”":
                open_at = i
        elif ch != "“":
            regions.append((open_at, i))
            open_at = -1
        else:
            open_at = i
    return regions


def _ends_here(text: str, dot: int, cut: int, end: int) -> bool:
    wm = _WORD_BEFORE.search(text, max(0, dot - 13), dot)
    if wm is None:
        return True
    word = wm.group().lower()
    if wm.start() > 0 and text[wm.start() - 1].isalnum():
        return True
    if len(word) == 1 and text[wm.start()].isupper():
        # An initial ("R."), unless a single capital ends a list ("Plan B.").
        return _next_word(text, cut, end) in _OPENERS
    if word in _NEVER_END:
        return False
    if word in _MAY_END or _initialism(word):
        return _next_word(text, cut, end) in _OPENERS
    return True


def _initialism(word: str) -> bool:
    """A dotted abbreviation of short parts ("e.g", "U.S.C", "C.F.R", "Ph.D").

    Statute citations ("21 U.S.C. 811") go on after them; any length counts,
    as long as each part is a letter or a short syllable.
    """
    return "." in word and all(0 < len(part) <= 3 for part in word.split("."))


def _next_word(text: str, pos: int, end: int) -> str:
    i = pos
    while i < end and text[i] in ' \t"“‘([':
        i += 1
    j = i
    while j < end and j - i < 20 and text[j].isalpha():
        j += 1
    return text[i:j]


def _emit(text: str, start: int, end: int, para: int, out: list[Sentence]) -> bool:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return False
    for cut in _run_together(text, start, end):
        out.append(Sentence(start, cut, para))
        start = cut
    out.append(Sentence(start, end, para))
    return True


def _run_together(text: str, start: int, end: int) -> list[int]:
    """Where sentences run together with no space ("in 2011.The pace ..."), if any.

    A full stop between a word (or number) and a capitalised word is read
    as an end when the word before it is no web or mail address and the
    sentence holds no quotation (whose own ends the scan keeps).
    """
    cuts: list[int] = []
    for m in _RUN_TOGETHER_SCAN.finditer(text, start, end):
        token = text.rfind(" ", start, m.start()) + 1
        word = text[token : m.start()]
        if "/" in word or "@" in word or word.lower().startswith("www."):
            continue
        cuts.append(m.end())
    if cuts and _QUOTE_SCAN.search(text, start, end) is not None:
        return []
    return cuts
