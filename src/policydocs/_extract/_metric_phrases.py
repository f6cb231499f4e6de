"""The noun phrase reader the indicator shapes share.

Tokens, the word classes that end a phrase (clause words, verbs, periods,
trailing prepositions, determiners) and the two readers: the phrase ending at
a point, read backwards, and the phrase opening at a point.
"""

from __future__ import annotations

import re
from typing import Final

from . import _units as lex
from ._lexicon import choice, word_set, words

_STOPS: Final = frozenset(words("indicator_stops"))
_DETERMINERS: Final = frozenset(words("indicator_determiners"))
#: Prepositions inside a subject before a determined noun phrase.
_INNER_LINKS: Final = word_set("indicator_inner_links")
_CHANGE_NOUNS: Final = frozenset(words("change_nouns"))
_AUXILIARIES: Final = frozenset(words("auxiliaries"))
_VERBS: Final = (
    frozenset((*words("report_verbs"), *lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE))
    - _CHANGE_NOUNS
    - word_set("indicator_noun_changes")
)
_CHANGES: Final = frozenset((*lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE))
#: Verbs whose object is held at the amount ("left the rate at 2 percent").
_HOLDING: Final = word_set("holding_verbs")
#: Words of a rate before a period noun ("a month", "per year").
_RATE_WORDS: Final = word_set("indicator_rate_words")
_GLOSS: Final = re.compile(r"(?<=[a-z]) \([a-z][a-z .&-]{1,60}\) (?=[a-z])")
_ABBREVIATION: Final = re.compile(r" {0,2}\([a-z0-9.&/-]{1,12}\) {0,2}\Z")
_NEXT_WORD: Final = re.compile(r" ([a-z]+)")
_LINK: Final = re.compile(r" (?:in|of) ")
_TO: Final = re.compile(r" {1,2}to {1,2}")
#: Words of a time ("May", "the quarter", "this winter"): no phrase ends with one.
_PERIOD_WORDS: Final = frozenset((*lex.MONTHS, *words("indicator_period_words")))
#: Prepositions a phrase of what is measured never ends with.
_TRAILING: Final = word_set("indicator_trailing")
#: Number words ("ten months"), for a time a phrase runs into.
_SMALL: Final = frozenset(lex.SMALL)
#: A phrase longer than this is a clause, not a name of what is measured;
#: post-modifiers ("cattle on feed for the slaughter market in the United
#: States for all feedlots") are part of what is measured, so it is generous.
_MAX_WORDS: Final = 14
#: Characters read for a phrase: ten words and more, so the reading of each
#: amount stays bounded however long its clause.
_PHRASE_REACH: Final = 200
_TOKEN: Final = re.compile(r"[^\s,;:?!()\[\]\"“”—]+|[,;:?!()\[\]\"“”—]")
_WORD: Final = re.compile(r"[a-z][a-z0-9.’'&/-]*\Z")
#: Conjunctions that join the items of a list ("A and B").
_LIST_JOINERS: Final = word_set("list_joiners")


#: An age group inside a noun phrase: "aged from 16 to 64", "16 to 24 year
#: olds", "aged 65 and over".
_AGE: Final = re.compile(
    r"(?<![a-z0-9])(?:aged (?:from )?\d{1,3}(?: (?:to|and) (?:\d{1,3}|over|older))?"
    r"(?: years)?|\d{1,3}(?: to |-)\d{1,3}[ -]year[ -]olds)(?![a-z0-9])"
)


def _tokens(low: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(low, start, end)]


def _bare(token: str) -> str:
    return token.rstrip(".’'")


def _inner(low: str, toks: list[tuple[int, int]], i: int, first: int) -> bool:
    """Whether the determiner at ``toks[i]`` opens a phrase inside a longer one.

    It does after an inner preposition that follows a word of the phrase
    ("sales in the retail sector"), when a noun follows it (*first* is the
    phrase's first token so far).
    """
    if i < 2 or first >= len(toks):
        return False
    link = _bare(low[toks[i - 1][0] : toks[i - 1][1]])
    head = _bare(low[toks[i - 2][0] : toks[i - 2][1]])
    return (
        link in _INNER_LINKS
        and _WORD.match(head) is not None
        and head not in _STOPS
        and head not in _VERBS
        and head not in _DETERMINERS
        and head not in _INNER_LINKS
    )


def _phrase_before(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at *end*, read backwards no further than *start*.

    An abbreviation in brackets after it is read over and kept, the text's
    own short name of the phrase ("personal consumption expenditures (PCE)
    increased").
    """
    abbreviation = _ABBREVIATION.search(low, max(start, end - 16), end)
    kept = end
    if abbreviation is not None:
        end = abbreviation.start()
    window = max(start, end - _PHRASE_REACH)
    toks = _tokens(low, window, end)
    gloss = (
        _GLOSS.search(low, window, end) if low.find(" (", window, end) >= 0 else None
    )
    if gloss is not None:
        # "headline PCE (personal consumption expenditure) inflation": a gloss
        # in brackets inside the phrase is read over, not a boundary
        toks = [t for t in toks if not gloss.start() <= t[0] < gloss.end()]
    ages = (
        [(m.start(), m.end()) for m in _AGE.finditer(low, window, end)]
        if "year" in low[window:end] or "aged" in low[window:end]
        else []
    )
    first = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        token = low[toks[i][0] : toks[i][1]]
        word = _bare(token)
        if any(s <= toks[i][0] < e for s, e in ages):
            # "the rate for people aged 16 to 64", "16 to 24 year olds": an
            # age group is words of the phrase, its numbers and "to" included
            first = i
            continue
        if _WORD.match(word) is None or word in _STOPS or word in _VERBS:
            break
        if i < len(toks) - 1 and token.endswith(".") and "." not in word:
            break  # a sentence end the splitter missed ("Warsh. Voting")
        if word in _DETERMINERS:
            if not _inner(low, toks, i, first):
                break
            continue  # "Sales in the retail sector": the phrase runs on
        first = i
        if len(toks) - first > _MAX_WORDS:
            return None
    if first == len(toks) or (first == 0 and window > start):
        return None  # none, or one running past the reach: a clause
    if abbreviation is not None:
        # "the Consumer Price Index (CPI) rose": the abbreviation is the
        # text's own name of the phrase too
        return toks[first][0], len(low[:kept].rstrip())
    return toks[first][0], toks[-1][1]


def _phrase_after(
    low: str, start: int, end: int, *, nouns: bool = False, participles: bool = False
) -> tuple[int, int] | None:
    """The noun phrase that opens at *start*: a determiner skipped, up to a stop.

    With *nouns*, a change word after the first word is a noun ("storm
    surge"); a rate's "a year" ends the phrase ("exports a year"). With
    *participles*, a change word in "-ed" is an adjective ("expanded access").
    """
    toks = _tokens(low, start, min(end, start + _PHRASE_REACH))
    lo = 0
    if toks and _bare(low[toks[0][0] : toks[0][1]]) in _DETERMINERS:
        lo = 1
    last = None
    age_end = -1
    for i in range(lo, len(toks)):
        word = _bare(low[toks[i][0] : toks[i][1]])
        if toks[i][1] <= age_end:
            last = i
            continue
        if word == "aged" and (age := _AGE.match(low, toks[i][0])) is not None:
            # "children aged 5 to 11": an age group is words of the phrase
            age_end, last = age.end(), i
            continue
        if (
            nouns
            and i > lo
            and word in _RATE_WORDS
            and i + 1 < len(toks)
            and _bare(low[slice(*toks[i + 1])]) in _PERIOD_WORDS
        ):
            break
        if ((nouns and i > lo) or (participles and word.endswith("ed"))) and (
            word in _CHANGES and word not in _STOPS
        ):
            last = i
            continue
        if _WORD.match(word) is None or word in _STOPS or word in _VERBS:
            break
        if word in _PERIOD_WORDS and last is None:
            return None  # "in December" is a period, not what is measured
        last = i
        if last - lo >= _MAX_WORDS:
            return None
    if last is None:
        return None
    end = toks[last][0] + len(_bare(low[toks[last][0] : toks[last][1]]))
    return toks[lo][0], end


def _after_change_noun(
    low: str, pos: int, limit: int, *, link: re.Pattern[str] = _LINK
) -> tuple[int, int] | None:
    m = link.match(low, pos)
    if m is None:
        return None
    found = _phrase_after(low, m.end(), limit)
    if found is None:
        return None
    toks = _tokens(low, *found)
    counted = _tokens(low, found[1], min(limit, found[1] + 24))[:2]
    if (
        len(counted) == 2
        and (low[slice(*counted[0])].isdigit() or low[slice(*counted[0])] in _SMALL)
        and _bare(low[slice(*counted[1])]) in _PERIOD_WORDS
    ):
        return None  # "in the first 10 months": a time the number cut short
    for k, (s, e) in enumerate(toks):
        if _bare(low[s:e]) in _PERIOD_WORDS:
            # "in exports for the first time last year": the phrase ends
            # before the preposition that opens the time
            cut = [j for j in range(1, k) if low[slice(*toks[j])] in _TRAILING]
            return (found[0], toks[cut[-1] - 1][1]) if cut else None
    return found


def _last(
    pattern: re.Pattern[str], low: str, start: int, end: int
) -> re.Match[str] | None:
    """The last match of *pattern* in ``low[start:end]``, else None."""
    found = None
    for found in pattern.finditer(low, start, end):  # noqa: B007
        pass
    return found


#: Words that name nothing measured: a phrase of these alone is no indicator.
_LINKERS: Final = (
    word_set("indicator_linkers")
    | word_set("indicator_gap_adverbs")
    | _STOPS
    | _TRAILING
    | _DETERMINERS
    | _SMALL
)


def linkers_only(phrase: str) -> bool:
    """Whether *phrase* holds no word that could name a thing measured.

    "…, yet", "having": a reading stopped on a linker, a preposition or a
    number, where a clause's subject is left out.
    """
    return all(
        w in _LINKERS or w.isdigit() or w.endswith("ly")
        for w in map(_bare, phrase.split())
    )


#: Words before a change noun that say how large or how often, not of what.
_DEGREE: Final = (
    word_set("indicator_degree_words")
    | word_set("measure_modifiers")
    | _DETERMINERS
    | _PERIOD_WORDS
    | _SMALL
)


def named_change(phrase: str) -> bool:
    """Whether a change noun *phrase* names what changed before the noun.

    "CPI increase", "wage growth" name it; "a sharp increase", "an annual
    rise", "further growth" say only how large or how often.
    """
    *mods, _ = map(_bare, phrase.split())
    return any(
        m not in _DEGREE and not m.endswith("ly") and not m[:1].isdigit() for m in mods
    )


MEASURE_NOUNS: Final = frozenset(words("measure_nouns"))
_MEASURE_MODIFIERS: Final = frozenset(words("measure_modifiers"))
_SPAN_MODIFIER: Final = re.compile(
    r"[a-z0-9]{1,8}-(?:" + choice("metrics_time_units") + r")"
)
#: Heads of a body's name that also name a sum of money ("the fund", "the reserve"):
#: what is measured when a figure is theirs.


def is_measure(phrase: str) -> bool:
    """Whether *phrase* is a measure noun with at most modifiers of measure.

    "the rate", "an annualized rate", "a three-month annualized pace",
    "seasonally adjusted annual rate" name nothing: the indicator is the
    thing whose rate it is, looked for elsewhere.
    """
    if phrase in MEASURE_NOUNS:
        return True
    *mods, head = phrase.split()
    return (
        bool(mods)
        and head in MEASURE_NOUNS
        and all(w in _MEASURE_MODIFIERS or _SPAN_MODIFIER.fullmatch(w) for w in mods)
    )
