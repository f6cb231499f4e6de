"""Fuzzing parse() with real words in random order.

Random Unicode almost never forms "last calendar year" or "date ..." at the
start of a text; sequences of words taken from real policy documents, joined by
random white space and punctuation, reach the extractor's grammars far more
often. Every such text must parse to a valid document.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import policydocs

ROOT = Path(__file__).resolve().parents[2]
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-.]*|\d[\d,.]*|[%$€£¥\"“”‘’:;,()\-/]")


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for path in [*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/gold/dev/*.txt")]:
        words.update(_TOKEN.findall(path.read_text(encoding="utf-8")))
    return sorted(words)


VOCABULARY = _vocabulary()
SEPARATORS = [" ", " ", "\n", "\t", "  ", "\n\n", ", ", "; ", ". ", "-", "\xa0", ""]

word_texts = st.lists(
    st.tuples(st.sampled_from(VOCABULARY), st.sampled_from(SEPARATORS)),
    min_size=1,
    max_size=80,
).map(lambda pairs: "".join(w + s for w, s in pairs))


@given(body=word_texts, dated=st.booleans())
def test_any_word_sequence_parses_to_a_valid_document(body: str, dated: bool) -> None:
    """Words from real documents in any order and spacing extract without error."""
    text = f"date 2026-03-06 {body}" if dated else body
    doc = policydocs.parse(text)
    assert [] == policydocs.check(doc)
