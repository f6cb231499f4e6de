"""Word normalisation shared by ``diff`` (aligning items) and ``series`` (indicators).

Both compare wordings that editors change a little between editions ("expand
credit to exporters" → "further expand credit to exporters", "GDP growth" →
"growth of gross domestic product"), so both reduce a phrase to a set of
content words: lower case, no punctuation or numbers, no function words,
plurals folded to the singular, and a few standard abbreviations spelled out.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["content_words", "dice", "indicator_words"]

_WORD: Final = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Function words carry no meaning an analyst would align on.
_STOP: Final = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "as",
        "its",
        "their",
        "our",
        "his",
        "her",
        "it",
        "this",
        "that",
        "these",
        "those",
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "which",
        "who",
        "whom",
        "whose",
        "than",
        "then",
        "there",
        "into",
        "over",
        "under",
        "about",
        "per",
    ]
)

# Abbreviations users and texts write for the same indicator, spelled out so
# that either form matches the other (docs/compare.md lists them).
_EXPANSIONS: Final[dict[str, tuple[str, ...]]] = {
    "gdp": ("gross", "domestic", "product"),
    "cpi": ("consumer", "price"),
    "ppi": ("producer", "price"),
    "pmi": ("purchasing", "manager", "index"),
    "m2": ("broad", "money"),
}


def _singular(word: str) -> str:
    """Fold the regular English plural; short words and "-ss" words stay."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str | None) -> frozenset[str]:
    """The set of content words of ``text`` (empty for None)."""
    if not text:
        return frozenset()
    out: set[str] = set()
    for match in _WORD.finditer(text.lower()):
        word = match.group().replace("’", "'")
        if word in _STOP:
            continue
        out.add(_singular(word))
    return frozenset(out)


def indicator_words(text: str | None) -> frozenset[str]:
    """Content words of an indicator with abbreviations spelled out.

    "Consumer prices" and "CPI" both give {"consumer", "price"}; "GDP" gives
    {"gross", "domestic", "product"}.
    """
    words = set(content_words(text))
    for abbreviation, spelled in _EXPANSIONS.items():
        if abbreviation in words:
            words.discard(abbreviation)
            words.update(spelled)
    # "consumer price index" and "consumer prices" name the same series.
    if {"consumer", "price"} <= words or {"producer", "price"} <= words:
        words.discard("index")
    return frozenset(words)


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Sørensen–Dice overlap of two word sets: 1.0 identical, 0.0 disjoint."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))
