"""What a metric measures: the noun phrase the text itself gives it.

The contract asks for the indicator "in the text's own words". Without a
parser the phrase is found from the few shapes reports take, tried in order:

1. ``NP of N`` ("industrial output growth of about 6 percent"); when the NP is
   a change noun, the phrase after the amount ("a decrease of $5 billion in
   spending on goods" → "spending on goods");
2. ``N <change noun> in NP`` ("a $2 billion increase in exports");
3. ``NP (N)`` ("quits (3.5 million)"); money ``N in NP`` or ``N of NP``
   ("$200 million in grants for schools"), or ``N to VERB …`` with a purpose
   verb ("$2 billion to repair rural roads");
4. a counted noun and what qualifies it ("1,000 partnerships between
   universities");
5. the subject of the clause's report verb ("the hires rate was little changed
   at 3.5 percent", "real exports fell 2 percent"), or the object of a change
   verb with no subject of its own ("has cut the discount rate to 4 percent").

A noun phrase is read backwards from its verb or "of" and ends at a
punctuation mark, a number, a clause word (``indicator_stops``) or right after
a determiner, which is dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _units as lex
from ._lexicon import alternation as _trie
from ._lexicon import inflect, rows, word_set, words

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._numbers import Quantity

_STOPS: Final = frozenset(words("indicator_stops"))
_DETERMINERS: Final = frozenset(words("indicator_determiners"))
_CHANGE_NOUNS: Final = frozenset(words("change_nouns"))
_MEASURE_NOUNS: Final = frozenset(words("measure_nouns"))
_MEASURE_MODIFIERS: Final = frozenset(words("measure_modifiers"))
_SPAN_MODIFIER: Final = re.compile(r"[a-z0-9]{1,8}-(?:month|year|quarter|week|day)")
_AUXILIARIES: Final = frozenset(words("auxiliaries"))
_ACTOR_HEADS: Final = word_set("actors_org_heads")
_VERBS: Final = (
    frozenset((*words("report_verbs"), *lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE))
    - _CHANGE_NOUNS
    - word_set("indicator_noun_changes")
)
_CHANGES: Final = frozenset((*lex.POSITIVE_CHANGE, *lex.NEGATIVE_CHANGE))
#: Change words that govern an object: not nouns only ("growth") nor
#: particles ("bring inflation down to 2 percent": the verb is "bring").
_GOVERNING: Final = (
    _CHANGES
    - word_set("indicator_noun_changes")
    - word_set("indicator_change_particles")
)
#: Verbs whose object is held at the amount ("left the rate at 2 percent").
_HOLDING: Final = word_set("holding_verbs")
_VERB_RE: Final = re.compile(
    r"(?<![a-z'’])(?:(?:to|"
    + _trie(_AUXILIARIES | {"to"})
    + r") {1,2}(?P<noun>"
    + _trie(_CHANGE_NOUNS | word_set("aux_report_verbs"))
    + r")|(?P<verb>"
    + _trie(_VERBS)
    # "real growth forecast at 2 percent": a participle reporting a level
    + r"))(?![a-z'’-])"
)
#: "real growth forecast at 2 percent": a participle reporting a level.
_ESTIMATED_AT: Final = re.compile(
    r"(?<![a-z])"
    + _trie(word_set("estimate_participles"))
    + r" {1,2}at(?: (?:about|around|approximately|roughly))? {1,2}\Z"
)
#: "purchases of bonds at a pace of": the measure noun's determiner and "at".
_AT_MEASURE: Final = re.compile(r" at(?: (?:a|an|the))? \Z")
#: A qualifier that is the clause's verb ("exports exceeded $4 trillion").
_QUALIFYING_VERB: Final = re.compile(
    r"(exceed(?:ed|s)?|top(?:ped|s)|surpass(?:ed|es)?)(?![a-z]) {1,2}"
)
_OF_AFTER: Final = re.compile(
    r"(?: {1,2}(?:per|a|each|every) {1,2}(?:month|year|week|day|quarter))? {1,2}of "
    r"(?!(?:the|this|that|which|whom|its|their|all|them|it) )"
)
#: Words of a rate before a period noun ("a month", "per year").
_RATE_WORDS: Final = word_set("indicator_rate_words")
_FRONTED: Final = re.compile(
    r"[\s\"'“(]{0,3}(?:after|before|since|while|despite|following) {1,2}"
    r"[a-z]{2,30}ing(?![a-z])"
)
_THIS_IS: Final = re.compile(r"(?<![a-z])(?:this|that|it) {1,2}(?:is|was) {1,2}\Z")
# "…, and it increased 2.7 percent": a pronoun subject after a clause break.
_IT_VERB: Final = re.compile(
    r"(?:,|;|, and|, but| and) {1,2}(?:it|they) {1,2}(?:(?:has|have|had) {1,2})?"
    r"[a-z]{3,14} {1,2}(?:by {1,2})?(?:about |around |nearly |almost )?\Z"
)
#: A change named by a noun, its object after "in" ("an increase in the limit").
_CHANGE_IN: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(_CHANGE_NOUNS) + r") {1,2}in {1,2}"
)
#: The second object of a change, right after the amount before it.
_AND_OBJECT: Final = re.compile(
    r"(?: {1,2}(?:per|a|each|every) {1,2}(?:month|year|week|day|quarter))?"
    r"[ ,]{0,3}and {1,2}"
)
_EXPECTS: Final = re.compile(
    r"(?<![a-z])(?:expects?|expected|forecasts?|projects?|predicts?|sees) {1,2}"
)
_OF_LEAD: Final = re.compile(r" {0,2}of {1,2}")
_NOT_AMOUNTS_OF: Final = frozenset(
    ("percent", "percentage_point", "number", "ordinal", "ratio", "point")
)
#: "decreased in transportation, warehousing, and utilities (-128,000)".
_IN_PART: Final = re.compile(r"(?<![a-z])in (?!the (?:first|second|third|fourth) )")
_PART: Final = re.compile(r"[a-z][a-z ,&'’-]{0,80}?,? {0,2}")
_GLOSS: Final = re.compile(r"(?<=[a-z]) \([a-z][a-z .&-]{1,60}\) (?=[a-z])")
_PARTICIPLE_BY: Final = re.compile(r" [a-z]{3,30}ed {1,2}by {1,2}\Z")
_ABBREVIATION: Final = re.compile(r" {0,2}\([a-z0-9.&/-]{1,12}\) {0,2}\Z")
_OWNER: Final = re.compile(r"['’]s ")
_NEXT_WORD: Final = re.compile(r" ([a-z]+)")
_LINK: Final = re.compile(r" (?:in|of) ")
_AMOUNT_LEAD: Final = re.compile(
    r" (?:by|to|at|near)(?: (?:about|around|approximately|roughly|a range of))? \Z"
)
#: How far before "by/to N" a governing change verb is looked for.
_GOVERN_REACH: Final = 160
#: Goal nouns an amount may modify ("a 2 percent inflation target").
_GOAL_NOUNS: Final = word_set("indicator_goal_nouns")
#: Nouns read after the amount for its goal noun, the goal noun included.
_GOAL_REACH: Final = 4
#: Words of one noun joined to a counted one ("organised activities").
_CONJUNCT_WORDS: Final = 4
#: A relative clause or a participle after a counted noun.
_RELATIVE: Final = re.compile(r" {1,2}(who|that|[a-z]{3,}ing)(?![a-z'’-])")
_MONEY_LINK: Final = re.compile(r" (?:in|of|for|on) ")
#: An adjective between money and what it is in ("$2 billion available in aid").
_MONEY_ADJECTIVE: Final = re.compile(
    r" (?:available|more|extra|additional|annually|overall"
    # "$2.5 billion would be provided in disaster relief"
    r"|(?:would|will|was|were|is|are|has|have|had|be|been)"
    r"(?: (?:be|been|being))? [a-z]{3,30}ed)(?= (?:in|of|for|on) )"
)
_TO: Final = re.compile(r" {1,2}to {1,2}")
_PURPOSE: Final = re.compile(
    r" {1,2}to {1,2}(?:" + _trie(frozenset(words("purpose_verbs"))) + r")(?![a-z])"
)
#: Words that end a purpose: another clause, another purpose, a time.
#: Words that open another clause: they end a purpose and a predicate.
_CLAUSE_ENDS: Final = word_set("indicator_clause_ends")
_PURPOSE_ENDS: Final = _CLAUSE_ENDS | word_set("indicator_purpose_ends")
_QUALIFIER: Final = re.compile(r" (?:of|for|in|between|from|under|with) ")
#: Modal verbs: after a counted subject they open its predicate.
_MODALS: Final = word_set("indicator_modals")
#: Irregular verbs of a counted object: past → participle, base → participle.
_IRREGULAR_PAST: Final = {
    str(r["past"]): str(r["past_participle"]) for r in rows("count_participles")
}
_IRREGULAR_BASE: Final = {
    str(r["entry"]): str(r["past_participle"]) for r in rows("count_participles")
}
#: Words that end a counted subject's predicate ("150 people lost their lives").
_PREDICATE_ENDS: Final = _CLAUSE_ENDS | word_set("indicator_predicate_ends")
#: Words of a time ("May", "the quarter", "this winter"): no phrase ends with one.
_PERIOD_WORDS: Final = frozenset((*lex.MONTHS, *words("indicator_period_words")))
#: Prepositions a phrase of what is measured never ends with.
_TRAILING: Final = word_set("indicator_trailing")
#: A phrase longer than this is a clause, not a name of what is measured.
_MAX_WORDS: Final = 10
#: Words after "one" that are no counted noun ("one of", "one in five").
#: A length of time counts: its qualifier is the thing ("one year of practice").
_NOT_COUNTED: Final = (_STOPS | _VERBS | _PERIOD_WORDS | _TRAILING) - set(
    lex.DURATION_UNITS
)
#: An adjective after a counted noun that takes a qualifier ("officers
#: responsible for safety", "households eligible for aid").
_POSTPOSED: Final = re.compile(
    r" (?:" + _trie(word_set("postposed_adjectives")) + r")(?= (?:for|to|in|of) )"
)
#: Characters read for a phrase: ten words and more, so the reading of each
#: amount stays bounded however long its clause.
_PHRASE_REACH: Final = 200
#: Words read past the amount for a phrase after it.
_AHEAD: Final = 120

_TOKEN: Final = re.compile(r"[^\s,;:()\[\]\"“”—]+|[,;:()\[\]\"“”—]")
_WORD: Final = re.compile(r"[a-z][a-z0-9.’'&/-]*\Z")

#: Conjunctions that join the items of a list ("A and B").
_LIST_JOINERS: Final = word_set("list_joiners")
#: Relative pronouns that open a clause qualifying a counted noun.
_RELATIVES: Final = word_set("indicator_relatives")
#: Prepositions after a change word that make it a noun ("a cut in rates").
_CHANGE_LINKS: Final = word_set("indicator_change_links")


def _tokens(low: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(low, start, end)]


def _bare(token: str) -> str:
    return token.rstrip(".’'")


def _phrase_before(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase that ends at *end*, read backwards no further than *start*.

    An abbreviation in brackets after it is left out ("personal consumption
    expenditures (PCE) increased").
    """
    abbreviation = _ABBREVIATION.search(low, max(start, end - 16), end)
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
    first = len(toks)
    for i in range(len(toks) - 1, -1, -1):
        token = low[toks[i][0] : toks[i][1]]
        word = _bare(token)
        if _WORD.match(word) is None or word in _STOPS or word in _VERBS:
            break
        if i < len(toks) - 1 and token.endswith(".") and "." not in word:
            break  # a sentence end the splitter missed ("Warsh. Voting")
        if word in _DETERMINERS:
            break
        first = i
        if len(toks) - first > _MAX_WORDS:
            return None
    if first == len(toks) or (first == 0 and window > start):
        return None  # none, or one running past the reach: a clause
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
    for i in range(lo, len(toks)):
        word = _bare(low[toks[i][0] : toks[i][1]])
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
    for k, (s, e) in enumerate(toks):
        if _bare(low[s:e]) in _PERIOD_WORDS:
            # "in exports for the first time last year": the phrase ends
            # before the preposition that opens the time
            cut = [j for j in range(1, k) if low[slice(*toks[j])] in _TRAILING]
            return (found[0], toks[cut[-1] - 1][1]) if cut else None
    return found


def _subject(low: str, floor: int, verb: tuple[int, int]) -> tuple[int, int] | None:
    """The subject before *verb*: auxiliaries skipped, joined or in apposition."""
    end = _before_auxiliaries(low, floor, verb[0])
    return _joined(
        low, floor, _reduced(low, floor, _phrase_before(low, floor, end))
    ) or (_appositive(low, floor, end))


def _reduced(
    low: str, floor: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* with the noun a participle before it qualifies, when one does.

    "prices of goods and services purchased by residents increased": the
    phrase after "by" is the agent of a reduced relative clause, whose noun
    comes before the participle.
    """
    if span is None:
        return None
    by = _PARTICIPLE_BY.search(low, max(floor, span[0] - 40), span[0])
    if by is None:
        return span
    head = _phrase_before(low, floor, by.start())
    return span if head is None else (head[0], span[1])


def _last_verb(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The last verb in ``low[start:end]``, else None."""
    found = None
    for m in _VERB_RE.finditer(low, start, end):
        group = "verb" if m.group("verb") is not None else "noun"
        found = m.start(group), m.end(group)
    return found


def _first_verb(low: str, start: int, end: int) -> tuple[int, int] | None:
    # "to increase its holdings", "will rise": a change noun's form as verb
    m = _VERB_RE.search(low, start, end)
    if m is None:
        return None
    group = "verb" if m.group("verb") is not None else "noun"
    return m.start(group), m.end(group)


def indicator_span(
    low: str, q: Quantity, floor: int, limit: int
) -> tuple[int, int] | None:
    """Where the text names what *q* measures, else None.

    *floor* is where the quantity's clause (or the text after the previous
    amount) starts; *limit* where the next amount or the clause ends. An
    owner's possessive is left out: it names the subject ("the province's
    exports" → "exports").
    """
    span = _find(low, q, floor, min(limit, q.end + _AHEAD))
    if span is None:
        return None
    owner = _OWNER.search(low, span[0], span[1])
    if owner is not None and owner.end() < span[1]:
        span = owner.end(), span[1]
    return span


def _find(low: str, q: Quantity, floor: int, limit: int) -> tuple[int, int] | None:
    # "N per month of" inside a phrase around the amount is no period of it
    hole = q.start, of_after(low, q) or q.end
    for found in _candidates(low, q, floor, limit):
        span = _trimmed(low, found, hole)
        if span is not None and not _is_measure(low[span[0] : span[1]]):
            return span
    return None


def _is_measure(phrase: str) -> bool:
    """Whether *phrase* is a measure noun with at most modifiers of measure.

    "the rate", "an annualized rate", "a three-month annualized pace",
    "seasonally adjusted annual rate" name nothing: the indicator is the
    thing whose rate it is, looked for elsewhere.
    """
    if phrase in _MEASURE_NOUNS:
        return True
    *mods, head = phrase.split()
    return (
        bool(mods)
        and head in _MEASURE_NOUNS
        and all(w in _MEASURE_MODIFIERS or _SPAN_MODIFIER.fullmatch(w) for w in mods)
    )


def _trimmed(
    low: str, span: tuple[int, int] | None, hole: tuple[int, int] = (0, 0)
) -> tuple[int, int] | None:
    """*span* without a trailing preposition; None when it names a period.

    Words inside *hole* (the amount and its "per month of") are not read.
    """
    if span is None:
        return None
    toks = _tokens(low, *span)
    when = next(
        (
            k
            for k, (s, e) in enumerate(toks)
            if _bare(low[s:e]) in _PERIOD_WORDS and not hole[0] <= s < hole[1]
        ),
        None,
    )
    if when is not None:
        # "Single-family housing starts in August were": the phrase ends
        # before the preposition that opens the time; a phrase that is a time
        # ("the first three quarters") names no indicator
        cut = [j for j in range(1, when) if low[slice(*toks[j])] in _TRAILING]
        toks = toks[: cut[-1]] if cut else []
    while toks and low[toks[-1][0] : toks[-1][1]] in _TRAILING:
        toks.pop()
    if not toks:
        return None
    if len(toks) == 1 and low[slice(*toks[0])].endswith("ly"):
        return None  # "moderately": how, not what
    head = next(
        (i - 1 for i, t in enumerate(toks) if i and low[slice(*t)] in _TRAILING),
        len(toks) - 1,
    )
    if _bare(low[slice(*toks[head])]) in _ACTOR_HEADS:
        # "the Governing Council": who acts, not what is measured; the head
        # comes before any preposition ("arrears to the World Bank")
        return None
    return toks[0][0], toks[-1][1]


def _candidates(
    low: str, q: Quantity, floor: int, limit: int
) -> Iterator[tuple[int, int] | None]:
    """The phrases each shape of report gives, most specific first."""
    goal = _goal_after(low, q.end, limit)
    if goal is not None:
        # "our symmetric 2 percent inflation objective": the phrase around the
        # amount, its modifiers before it and the goal noun after it
        lead = _phrase_before(low, floor, q.start - 1)
        yield (lead[0] if lead is not None else q.end + 1), goal
    if (
        q.unit == "percent"
        and q.fraction
        and not any(c.isdigit() for c in low[q.start : q.end])
    ):
        # "one-in-five renters are behind on their rent", "half of all
        # payments have been made": the whole and what is said of the share
        yield _share_of(low, q.end, limit)
    before = low[max(floor, q.start - 4) : q.start]
    of_end = of_after(low, q)
    if of_end is not None:
        # "20 feet of storm surge", "a target of £1 trillion of exports a
        # year": what the amount is of, with the phrase the amount belongs to
        after = _phrase_after(low, of_end, limit, nouns=True)
        lead = (
            _phrase_before(low, floor, q.start - 4)
            if before.endswith(" of ") or before == "of "
            else None
        )
        if (
            after is not None
            and lead is not None
            and _bare(low[lead[0] : lead[1]]).split()[-1] not in _CHANGE_NOUNS
        ):
            yield lead[0], after[1]
        yield after
    if before.endswith(" of ") or before == "of ":
        span = _phrase_before(low, floor, q.start - 4)
        if span is not None:
            at = _AT_MEASURE.search(low, max(floor, span[0] - 8), span[0])
            if at is not None and low[span[0] : span[1]] in _MEASURE_NOUNS:
                # "purchases of bonds at a pace of $40 billion": the pace or
                # level is the thing's, named before "at"
                yield _phrase_before(low, floor, at.start())
            if _bare(low[span[0] : span[1]]).split()[-1] in _CHANGE_NOUNS:
                # "a decrease of 0.5 percent": the change names no indicator;
                # what follows it may ("in spending"), else the sentence's
                yield _after_change_noun(low, q.end, limit)
            else:
                if _is_money(q) and low.startswith(" in ", q.end):
                    # "the approval of $140 million in federal funds": the
                    # money is the funds; the noun before "of" is the act
                    yield _money_phrase(low, q.end, limit)
                yield span
    noun = _NEXT_WORD.match(low, q.end)
    if noun is not None and noun.group(1) in _CHANGE_NOUNS:
        yield _after_change_noun(low, noun.end(), limit)
    if before.endswith("("):
        yield _phrase_before(low, floor, q.start - 1)
    if _is_money(q):
        # money spent on something: "$200 million in grants for schools",
        # "$9 billion for broadband", "$4 billion on road repairs"
        yield _money_phrase(low, q.end, limit)
        # "$30 billion to help renters at risk of losing their homes"
        yield _purpose(low, q.end, limit)
    yield from _counted_noun(low, q, limit)
    estimated = _ESTIMATED_AT.search(low, max(floor, q.start - 40), q.start)
    if estimated is not None:
        yield _phrase_before(
            low, floor, _before_auxiliaries(low, floor, estimated.start())
        )
    change = _governing_change(low, floor, q.start)
    if change is not None:
        # "raised the target range for the policy rate by 25 basis points":
        # the object of the change verb that governs the amount
        yield _phrase_after(low, change + 1, q.start)
    yield from _objects(low, floor, q.start)
    qualifying = _QUALIFYING_VERB.match(low, q.start)
    if qualifying is not None:
        # "Total exports exceeded $4 trillion": the qualifier is the verb
        yield _subject(low, floor, qualifying.span(1))
    verb = _first_verb(low, floor, q.start)
    if verb is not None:
        last = _last_verb(low, verb[1], q.start)
        if last is not None:
            # "Exports rose and imports fell 2 percent": the amount's own verb
            yield _subject(low, floor, last)
        yield _subject(low, floor, verb)
        if _bare(low[verb[0] : verb[1]]) in _CHANGES:
            yield _phrase_after(low, verb[1] + 1, q.start)
    yield _fronted_subject(low, q, floor, limit)
    expects = _last(_EXPECTS, low, max(floor, q.start - _GOVERN_REACH), q.start)
    if expects is not None:
        # a forecast's object: "The Commission expects growth to continue at"
        found = _phrase_after(low, expects.end(), q.start)
        if found is not None and _TO.match(low, found[1]) is not None:
            yield found


def _joined(
    low: str, floor: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* with the phrase joined to it by "and"/"or" before it, when one is.

    "Total imports and exports exceeded $4 trillion": the subject is both. A
    phrase before "and" that a verb or clause word ends is another clause
    ("Exports rose and imports fell 2 percent").
    """
    if span is None:
        return None
    if not low[max(floor, span[0] - 5) : span[0]].endswith((" and ", " or ")):
        return span
    toks = _tokens(low, max(floor, span[0] - _PHRASE_REACH), span[0])
    if not toks or low[slice(*toks[-1])] not in _LIST_JOINERS:
        return span
    before = _phrase_before(low, floor, toks[-1][0] - 1)
    if before is None:
        return span
    lead = _tokens(low, max(floor, before[0] - 40), before[0])
    opener = _bare(low[slice(*lead[-1])]) if lead else ""
    if lead and opener not in _DETERMINERS and _WORD.match(opener) is not None:
        return span
    return before[0], span[1]


def antecedent(low: str, q: Quantity, start: int) -> tuple[int, int] | None:
    """What "this is N" measures: the subject of the clause before, else None.

    "Single-family housing starts in August were at a rate of 919,000; this is
    4.4 percent above the revised July figure": the pronoun stands for the
    subject of the report before it, read from *start* (the previous
    sentence's start when the pronoun opens its sentence).
    """
    pronoun = _THIS_IS.search(low, max(start, q.start - 24), q.start)
    reach = max(start, pronoun.start() - _PHRASE_REACH) if pronoun else start
    if pronoun is None:
        # "Core inflation, which …, is a guide, and it rose 2.7 percent": the
        # pronoun stands for the subject the sentence opened with
        pronoun = _IT_VERB.search(low, max(start, q.start - 40), q.start)
        if pronoun is None:
            return None
    verb = _first_verb(low, reach, pronoun.start())
    if verb is None:
        return None
    subject = _subject(low, start, verb)
    comma = low.find(",", start, verb[0])
    if subject is None and comma > 0:
        # the subject opens the sentence before an aside ("Core inflation,
        # which excludes fuel, is …")
        subject = _phrase_before(low, start, comma)
        if subject is not None and low[start : subject[0]].strip(" \n\"'"):
            subject = None
    return _trimmed(low, subject)


def of_after(low: str, q: Quantity) -> int | None:
    """Where the phrase after "N of" starts, for an amount of money or a measure.

    "$45 billion per month of Treasury securities", "20 feet of storm surge";
    a share ("3 percent of GDP") or a count ("five of the firms") is part of
    a whole, not an amount of it.
    """
    if q.unit in _NOT_AMOUNTS_OF:
        return None
    m = _OF_AFTER.match(low, q.end)
    return m.end() if m is not None else None


def breakdown(
    low: str, q: Quantity, sentence_start: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The subject and the part of a change broken down by part, else None.

    "job openings decreased in transportation and utilities (-128,000) and
    in federal government (-58,000)": each bracketed amount is the change in
    the part named after "in" before it, of the subject of the change verb.
    """
    if low[q.start - 1 : q.start] != "(":
        return None
    lead = _last(_IN_PART, low, max(sentence_start, q.start - 100), q.start)
    if lead is None or not _PART.fullmatch(low, lead.end(), q.start - 1):
        return None
    verb = _first_verb(
        low, max(sentence_start, lead.start() - _PHRASE_REACH), lead.start()
    )
    if verb is None or _bare(low[verb[0] : verb[1]]) not in _CHANGES:
        return None
    subject = _subject(low, sentence_start, verb)
    if subject is None:
        return None
    return subject, (lead.end(), len(low[: q.start - 1].rstrip()))


def _appositive(low: str, floor: int, pos: int) -> tuple[int, int] | None:
    """A subject set off by commas just before its verb, else None.

    "our preferred measure, real retail inventories without autos, rose": the
    phrase between the commas. One that opens with a preposition or "not" is
    an aside ("…, but not for price changes, were"), not the subject.
    """
    comma = low.rfind(",", max(floor, pos - 3), pos)
    if comma < 0 or low[comma + 1 : pos].strip():
        return None
    span = _phrase_before(low, floor, comma)
    if span is None or low[max(floor, span[0] - 2) : span[0]] != ", ":
        return None
    first = _bare(low[span[0] : span[1]].split(maxsplit=1)[0])
    if first in _TRAILING or first == "not" or first.endswith("ly"):
        return None
    return span


def _fronted_subject(
    low: str, q: Quantity, floor: int, limit: int
) -> tuple[int, int] | None:
    """The main clause's subject for an amount in a fronted participial clause.

    "After rising to 4.3 percent in July, the unemployment rate ticked down":
    the participle's subject is the main clause's.
    """
    if _FRONTED.match(low, floor, q.start) is None:
        return None
    comma = low.find(", ", q.end, limit)
    if comma < 0:
        return None
    verb = _first_verb(low, comma + 2, limit)
    return None if verb is None else _subject(low, comma + 2, verb)


def _last(
    pattern: re.Pattern[str], low: str, start: int, end: int
) -> re.Match[str] | None:
    """The last match of *pattern* in ``low[start:end]``, else None."""
    found = None
    for found in pattern.finditer(low, start, end):  # noqa: B007
        pass
    return found


def _objects(low: str, floor: int, pos: int) -> Iterator[tuple[int, int] | None]:
    """Objects of a change named by a noun or joined to an earlier one.

    "the proposed increase in the deposit limit to $80 billion" → "deposit
    limit"; "raise wages by 3 percent and pensions by 2 percent" → the
    second amount's "pensions".
    """
    lead = _AMOUNT_LEAD.search(low, max(floor, pos - 24), pos)
    if lead is None:
        return
    change_in = _last(
        _CHANGE_IN, low, max(floor, lead.start() - _GOVERN_REACH), lead.start()
    )
    if change_in is not None:
        found = _phrase_after(low, change_in.end(), lead.start())
        if found is not None and lead.start() - found[1] <= 1:
            yield found
    joined = _AND_OBJECT.match(low, floor, lead.start())
    if joined is not None:
        yield _phrase_after(low, joined.end(), lead.start())


def _before_auxiliaries(low: str, floor: int, pos: int) -> int:
    """Where a verb group starts: auxiliaries before its verb skipped."""
    toks = _tokens(low, max(floor, pos - _PHRASE_REACH // 2), pos)
    while toks and _bare(low[toks[-1][0] : toks[-1][1]]) in _AUXILIARIES:
        pos = toks.pop()[0]
    return pos


def _governing_change(low: str, floor: int, pos: int) -> int | None:
    """The end of a change verb whose object runs up to "by"/"to" the amount.

    A verb that holds its object at a level counts too ("kept the rate at 2
    percent", "keep the price near $90").
    """
    lead = _AMOUNT_LEAD.search(low, max(floor, pos - 24), pos)
    if lead is None:
        return None
    previous = ""
    found = None
    toks = _tokens(low, max(floor, lead.start() - _GOVERN_REACH), lead.start())
    at_level = low.startswith(" at", lead.start())
    for i, (s, e) in enumerate(toks):
        word = _bare(low[s:e])
        following = _bare(low[slice(*toks[i + 1])]) if i + 1 < len(toks) else ""
        # a change noun's form is a verb unless a determiner, "in/of" or the
        # amount's own "at/by" marks the noun ("a cut in rates", "the
        # increase of", "leaving the payroll gain at 116,000")
        if word in _HOLDING or (
            word in _GOVERNING
            and (
                word not in _CHANGE_NOUNS
                or (
                    previous not in _DETERMINERS
                    and following not in _CHANGE_LINKS
                    and (i + 1 < len(toks) or not at_level)
                )
            )
        ):
            found = e
        previous = word
    return found


def _counted_noun(
    low: str, q: Quantity, limit: int
) -> Iterator[tuple[int, int] | None]:
    """The counted noun's phrase, or what a counted length of time is of.

    The number reader counts no singular noun ("at least one officer
    responsible for safety"): a noun after "one" is read here.
    """
    noun, noun_end = q.noun, q.noun_end
    bare_one = noun_end is None and q.value == 1 and q.unit == "number"
    single = _NEXT_WORD.match(low, q.end) if bare_one else None
    if single is not None and single.group(1) not in _NOT_COUNTED:
        noun, noun_end = single.group(1), single.end()
    if noun_end is None or noun_end <= q.end:
        return
    if noun in lex.DURATION_UNITS:
        # "four years of experience": the years are the unit, not the thing
        tail = _QUALIFIER.match(low, noun_end)
        if tail is not None:
            yield _phrase_after(low, tail.end(), limit)
    else:
        yield _counted(low, q.end, noun_end, limit)


def _counted(low: str, pos: int, noun_end: int, limit: int) -> tuple[int, int]:
    """The counted noun, the nouns joined to it and what qualifies them.

    A qualifier is a phrase after a preposition ("partnerships between
    universities"), a relative clause ("households who cannot pay their bills")
    or a participle ("laboratories conducting trials").
    """
    start = pos + 1 if low[pos : pos + 1] == " " else pos
    end = _coordinated(low, noun_end, limit)
    postposed = _POSTPOSED.match(low, end)
    if postposed is not None:
        end = postposed.end()  # "officers responsible for safety"
    m = _QUALIFIER.match(low, end)
    if m is not None:
        tail = _phrase_after(low, m.end(), limit, participles=True)
        if tail is not None:
            end = tail[1]
    elif (clause := _RELATIVE.match(low, end)) is not None and (
        clause.group(1) not in _STOPS or clause.group(1) in _RELATIVES
    ):
        end = _run_end(low, clause.start(1), limit)
    # "150 people lost their lives": the counted things' own verb phrase
    predicate = _predicate_end(low, end, limit)
    return start, end if predicate is None else predicate


def _money_phrase(low: str, pos: int, limit: int) -> tuple[int, int] | None:
    """What money is in, for or on, with whom or what it goes to.

    "$350 billion in aid to city governments", "$120 million in grants to fund
    debt relief", "$2 billion available in humanitarian aid".
    """
    lead = _MONEY_ADJECTIVE.match(low, pos)
    found = _after_change_noun(
        low, lead.end() if lead is not None else pos, limit, link=_MONEY_LINK
    )
    if found is None:
        return None
    # "$9 billion for roads, bridges, and rural broadband": the whole list
    found = found[0], _coordinated(low, found[1], limit)
    purpose = _purpose(low, found[1], limit)
    if purpose is not None:
        return found[0], purpose[1]
    to = _TO.match(low, found[1])
    if to is not None:
        tail = _phrase_after(low, to.end(), limit)
        if tail is not None:
            return found[0], tail[1]
    return found


def counted_verb(
    low: str, q: Quantity, floor: int, limit: int
) -> tuple[int, str] | None:
    """Where the counted nouns end and the participle of the verb acting on them.

    "issued over 90 million payments" → "payments issued", "will sell 2
    million bonds" → "bonds sold": the counted things are those the verb acts
    on. A word after a determiner is an adjective ("an estimated 300 firms").
    """
    toks = _tokens(low, max(floor, q.start - 60), q.start)
    if not toks or q.unit != "number" or q.noun_end is None:
        return None
    participle = _participle(low, toks)
    at = _coordinated(low, q.noun_end, limit)
    if participle is None or _RELATIVE.match(low, at) is not None:
        return None  # "funded 75 laboratories conducting trials": no room
    return at, participle


def _participle(low: str, toks: list[tuple[int, int]]) -> str | None:
    word = low[slice(*toks[-1])]
    before = low[slice(*toks[-2])] if len(toks) > 1 else ""
    if (
        re.fullmatch(r"[a-z]{3,40}", word) is None
        # a verb of the stop list takes counts too ("provided 900 payments")
        or (word in _STOPS and not word.endswith("ed"))
        or word in _VERBS
        or word in _HOLDING
        or word in _TRAILING
        or word in _AUXILIARIES
        or before in _DETERMINERS
    ):
        return None
    if word.endswith("ed"):
        return word
    if word in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[word]
    if before in _MODALS or before == "to":
        return _IRREGULAR_BASE.get(word) or inflect(word)[2]
    return None


def _share_of(low: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The whole a share in words is of, with its predicate ("adults are hungry")."""
    m = _OF_LEAD.match(low, pos)
    whole = _phrase_after(low, m.end() if m is not None else pos, limit)
    if whole is None:
        return None
    end = whole[1]
    qualifier = _QUALIFIER.match(low, end)
    if qualifier is not None:
        # "homeowners with a mortgage are behind on their payments"
        tail = _phrase_after(low, qualifier.end(), limit)
        end = tail[1] if tail is not None else end
    predicate = _predicate_end(low, end, limit, copula=True)
    return whole[0], end if predicate is None else predicate


def _predicate_end(
    low: str, pos: int, limit: int, *, copula: bool = False
) -> int | None:
    """The end of a counted subject's verb phrase that opens at *pos*, else None.

    "over 600,000 pupils attended the camps", "homes will have new service":
    a past verb, or a verb after a modal; a copula with an adjective ("are
    hungry") or a report verb ("rose") is no such phrase.
    """
    toks = _tokens(low, pos, min(limit, pos + _PHRASE_REACH))
    i = 0
    while i < len(toks) and _bare(low[slice(*toks[i])]) in _AUXILIARIES - {"to"}:
        i += 1
    if i == len(toks):
        return None
    verb = _bare(low[slice(*toks[i])])
    # after a modal any verb, and with *copula* any word after an auxiliary,
    # as in "renters are behind on their rent"
    free = i > 0 and (copula or _bare(low[slice(*toks[0])]) in _MODALS)
    if (
        re.fullmatch(r"[a-z]{3,40}", verb) is None
        or verb in _VERBS
        or verb in _STOPS - _AUXILIARIES
        or not (free or verb.endswith("ed") or verb in _IRREGULAR_PAST)
    ):
        return None
    last = i
    for j in range(i + 1, min(len(toks), i + _MAX_WORDS)):
        word = _bare(low[slice(*toks[j])])
        if _WORD.match(word) is None or word in _PREDICATE_ENDS:
            break
        if word in _PERIOD_WORDS:
            # "benefitted from the scheme over the summer": up to the time
            while last > i and low[slice(*toks[last])] not in _TRAILING | {"over"}:
                last -= 1
            last = last - 1 if last > i else i
            break
        last = j
    return toks[last][0] + len(_bare(low[slice(*toks[last])]))


def _is_money(q: Quantity) -> bool:
    return len(q.unit) == 3 and q.unit.isupper()


def for_purpose(low: str, q: Quantity) -> bool:
    """Whether money *q* is set aside for a purpose ("$2 billion to repair roads")."""
    return (
        len(q.unit) == 3 and q.unit.isupper() and _PURPOSE.match(low, q.end) is not None
    )


def _purpose(low: str, pos: int, limit: int) -> tuple[int, int] | None:
    """What money after "to" and a purpose verb is for, up to the clause's end."""
    m = _PURPOSE.match(low, pos)
    if m is None:
        return None
    start = m.end() - len(m.group().split()[-1])
    return start, _run_end(low, start, limit)


def _run_end(low: str, start: int, limit: int) -> int:
    """Where words from *start* end: punctuation, a number, a clause word, ten words."""
    toks = _tokens(low, start, min(limit, start + _PHRASE_REACH))
    last = 0
    for i, (s, e) in enumerate(toks[: _MAX_WORDS + 1]):
        word = _bare(low[s:e])
        if _WORD.match(word) is None or (i and word in _PURPOSE_ENDS):
            break
        last = i
    if not toks:
        return start
    return toks[last][0] + len(_bare(low[slice(*toks[last])]))


def _coordinated(low: str, noun_end: int, limit: int) -> int:
    """The end of nouns joined to the counted one ("homes, shops and farms")."""
    if low.endswith((", and", ", or"), 0, limit) and "," in low[noun_end : limit - 5]:
        # "homes, shops, and farms": the clause break is a list's serial comma
        limit = len(low)
    toks = _tokens(low, noun_end, min(limit, noun_end + _PHRASE_REACH))
    end = noun_end
    words = 1  # words of the conjunct being read: the counted noun first
    closing = False  # the conjunct after "and"/"or" is the last one
    comma = False  # the word before was a comma ("roads, bridges, and ports")
    for s, e in toks:
        word = _bare(low[s:e])
        if word == "," or word in _LIST_JOINERS:
            serial = comma and word != ","
            if not serial and (closing or words == 0):
                return noun_end if not closing else end
            closing, comma, words = word != ",", word == ",", 0
            continue
        comma = False
        if (
            _WORD.match(word) is None
            or word in _STOPS
            or word in _VERBS
            or word in _TRAILING
            or word in _DETERMINERS
            or word in _PERIOD_WORDS
            or words == _CONJUNCT_WORDS
        ):
            break
        words += 1
        if closing:
            end = s + len(word)
    if low[end : end + 3].lstrip()[:1].isdigit():
        return noun_end  # "hired 900 nurses and built 40 clinics": a verb
    return end if closing and words else noun_end


def _goal_after(low: str, pos: int, limit: int) -> int | None:
    """The end of a goal noun the amount ending at *pos* modifies, else None."""
    for s, e in _tokens(low, pos, min(limit, pos + _PHRASE_REACH))[:_GOAL_REACH]:
        word = _bare(low[s:e])
        if word.removesuffix("s") in _GOAL_NOUNS:
            return s + len(word)
        if _WORD.match(word) is None or word in _STOPS or word in _VERBS:
            return None
    return None
