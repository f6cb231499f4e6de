"""Regex alternations of the function-word classes several stages share.

Each is built once, from its ``function_words.tsv`` class, as a prefix tree
(:func:`._lexicon.alternation`: the longest entry tried first), for a stage to
set inside a group of its own pattern: ``rf" (?:{ARTICLES}) "``. The module is
imported by the stages only, so ``import policydocs`` still reads no lexicon.
"""

from __future__ import annotations

from typing import Final

from ._lexicon import alternation, words

__all__ = [
    "ARTICLES",
    "BODY_LINKS",
    "CONTRAST_JOINERS",
    "DETERMINERS",
    "FINITE_HAVE",
    "GROUP_LEADS",
    "PERIOD_LEADS",
    "PLACE_LEADS",
    "SOURCE_LINKS",
]

#: "a", "an", "the".
ARTICLES: Final = alternation(words("articles"))
#: An article or a possessive determiner of the third person ("its").
DETERMINERS: Final = alternation(words("determiners"))
#: "has", "have", "had".
FINITE_HAVE: Final = alternation(words("finite_have"))
#: "in", "for", "during", "over" before a period.
PERIOD_LEADS: Final = alternation(words("period_leads"))
#: "in", "for", "across" before a place.
PLACE_LEADS: Final = alternation(words("place_leads"))
#: "in", "for", "among" before a group.
GROUP_LEADS: Final = alternation(words("group_leads"))
#: "by", "from", "of" before a source.
SOURCE_LINKS: Final = alternation(words("source_links"))
#: "of", "at", "for" between a title and its body.
BODY_LINKS: Final = alternation(words("body_links"))
#: "and", "but", "while", "whereas" after a comma, opening a second clause.
CONTRAST_JOINERS: Final = alternation(words("contrast_joiners"))
