"""The number grammar's vocabulary, as named views of the lexicon.

Data lives in ``lexicon/*.tsv`` (see ``docs/lexicon.md``); this module only
gives the number grammar (``_numbers``) and the metric stage (``_metrics``)
the lists they read, in the shapes they read them. Every key is lower case:
the grammar scans a lower-cased copy of the text (same length, so offsets
carry over). Where case decides the meaning ("10M" is ten million, "10m" ten
metres) the entry lives in ``cased_scales.tsv``, matched on the original text.
"""

from __future__ import annotations

from typing import Final

from ._lexicon import (
    alternation,
    floats,
    inflect,
    ints,
    month_names,
    rows,
    texts,
    word_set,
    words,
)

SMALL: Final = ints("small")
TENS: Final = ints("tens")
MULTIPLIERS: Final = ints("multipliers")
SCALES: Final = floats("scales")
SCALE_ABBREVIATIONS: Final = floats("scale_abbreviations")
SCALE_ABBREVIATIONS_CASED: Final = floats("cased_scales")
ORDINALS: Final = ints("ordinals")

#: Denominator words of fractions ("two thirds", "a quarter", "three halves").
#: The ordinals give them from "third" on: "second" is absent on purpose, "a
#: second" is never a half.
DENOMINATORS: Final[dict[str, int]] = {
    **ints("fractions"),
    **{
        word + suffix: value
        for word, value in ORDINALS.items()
        if value >= 3
        for suffix in ("", "s")
    },
}

#: "hundred" and "hundreds": a step of a number of its own, no scale.
HUNDREDS: Final = word_set("numbers_hundreds")

SUPERLATIVES: Final = words("superlatives")
RANK_VERBS: Final = words("rank_verbs")
PERCENT_UNITS: Final = texts("percent_units", "symbol")
CURRENCY_PREFIXES: Final = texts("currency_prefixes", "symbol")
ISO_CODES: Final = words("currencies")
#: Codes that stand for another ("rmb" is the renminbi's common abbreviation).
ISO_ALIASES: Final = {
    key: code
    for key, code in texts("currencies", "code").items()
    if key.upper() != code
}
CURRENCY_WORDS: Final = texts("currency_words", "symbol")
MINOR_UNITS: Final = words("minor_units")
PHYSICAL_UNITS: Final = texts("physical_units", "symbol")
APPROX_BEFORE: Final = texts("approx_before")
APPROX_AFTER: Final = texts("approx_after")
NOUN_STOPWORDS: Final = word_set("noun_stopwords")
IRREGULAR_PLURALS: Final = word_set("irregular_plurals")


def _change_words(direction: str) -> tuple[str, ...]:
    """Every form of the change words of one direction (``change_words.tsv``)."""
    out: dict[str, None] = {}
    for row in rows("change_words"):
        if row["direction"] == direction:
            entry = str(row["entry"])
            forms = inflect(entry) if row["forms"] != "as-is" else (entry,)
            out.update(dict.fromkeys(forms[row["forms"] == "inflected" :]))
    return tuple(out)


NEGATIVE_CHANGE: Final = _change_words("down")
POSITIVE_CHANGE: Final = _change_words("up")
#: Every change word as one prefix-tree alternation, built once for the metric
#: stages' patterns (periods, kinds, basis, the number reader) that all need it.
CHANGE_ALTERNATION: Final = alternation((*POSITIVE_CHANGE, *NEGATIVE_CHANGE))
LEVEL_BEFORE: Final = words("level_before")
NEGATIVE_AFTER: Final = words("negative_after")
EDGE_BEFORE: Final = words("edge_before")
IDENTIFIER_BEFORE: Final = words("identifier_before")
IDENTIFIER_AFTER: Final = words("identifier_after")
DURATION_UNITS: Final = texts("duration_units")
DURATION_NOUNS: Final = word_set("duration_nouns")
MEASURE_BEFORE: Final = words("measure_before")
RATIO_BEFORE: Final = words("ratio_before")
BASIS_CUES: Final = texts("basis_cues")
MONTHS: Final = words("months")
#: Reference points that name a basis only after a comparison lead; a month
#: name after one is the month before ("rose 0.6 percent in May from April").
BASIS_REFERENCES: Final[dict[str, str]] = {
    **texts("basis_references"),
    **dict.fromkeys(
        sorted(month_names(), key=ints("months", "month").__getitem__),
        "month-on-month",
    ),
}
BASIS_LEADS: Final = words("basis_leads")
RATE_TALK: Final = words("rate_talk")
RATE_SUBJECTS: Final = words("rate_subjects")
INDEX_TALK: Final = words("index_talk")
TARGET_CUES: Final = words("target_cues")
TARGET_NOUNS: Final = words("target_nouns")
TARGET_NOUN_LINKS: Final = words("target_noun_links")
OUTCOME_VERBS: Final = words("outcome_verbs")
INDICATORS: Final = texts("indicators")
SOURCE_JURISDICTIONS: Final = texts("source_jurisdictions", "jurisdiction")
#: Country and jurisdiction names and adjectives → the jurisdiction they name.
JURISDICTION_NAMES: Final = texts("jurisdiction_names", "jurisdiction")
#: Words of a source's name that make it a body measuring a jurisdiction.
SOURCE_MEASURING_WORDS: Final = words("source_measuring_words")
SOURCE_OWNERS: Final = {
    str(row["entry"]): str(row["owner"])
    for row in rows("source_jurisdictions")
    if row["owner"] is not None
}
_CURRENCIES: Final = rows("currencies")
#: Currencies of countries that name a fiscal year by the calendar year it
#: opens in (Japan's "fiscal 2025" runs April 2025 to March 2026).
FISCAL_YEAR_NAMED_BY_START: Final = frozenset(
    str(row["code"]) for row in _CURRENCIES if row["fiscal_named"] == "start"
)
#: The month a government's fiscal year opens with, by its currency.
FISCAL_YEAR_START: Final = {
    str(row["code"]): int(str(row["fiscal_start"]))
    for row in _CURRENCIES
    if row["fiscal_start"] is not None
}
NOT_OWNERS: Final = (*words("weekdays"), *words("not_owners"))
CENT_CURRENCIES: Final = frozenset(
    str(row["code"]) for row in _CURRENCIES if row["cents"]
)
HORIZONS: Final = words("horizons")
