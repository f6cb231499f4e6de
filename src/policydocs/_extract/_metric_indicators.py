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
from ._function_words import ARTICLES, FINITE_HAVE, PLACE_LEADS
from ._lexicon import alternation as _trie
from ._lexicon import choice, word_set
from ._metric_counted import (
    _IRREGULAR_PAST,
    _MODALS,
    _counted_noun,
    _goal_after,
    _is_money,
    _money_phrase,
    _purpose,
    _share_of,
    money_noun,
    money_set,
)
from ._metric_phrases import (
    _AGE,
    _AUXILIARIES,
    _CHANGE_NOUNS,
    _CHANGES,
    _DETERMINERS,
    _HOLDING,
    _INNER_LINKS,
    _LIST_JOINERS,
    _NEXT_WORD,
    _PERIOD_WORDS,
    _PHRASE_REACH,
    _STOPS,
    _TO,
    _TRAILING,
    _VERBS,
    _WORD,
    MEASURE_NOUNS,
    _after_change_noun,
    _bare,
    _last,
    _phrase_after,
    _phrase_before,
    _tokens,
    is_measure,
    named_change,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._numbers import Quantity

_ACTOR_HEADS: Final = word_set("actors_org_heads") - word_set("indicator_money_bodies")
#: Change words that govern an object: not nouns only ("growth") nor
#: particles ("bring inflation down to 2 percent": the verb is "bring").
_GOVERNING: Final = (
    _CHANGES
    - word_set("indicator_noun_changes")
    - word_set("indicator_change_particles")
)
_VERB_RE: Final = re.compile(
    r"(?<![a-z'’-])(?:(?:to|"
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
    + r" {1,2}at(?: (?:"
    + choice("metrics_level_approx")
    + r"))? {1,2}\Z"
)
#: "the deficit at 4 trillion": "at" and a qualifier right before an amount.
_AT_LEVEL: Final = re.compile(
    r"(?<=[a-z]) at(?: (?:" + choice("metrics_level_approx") + r"))? \Z"
)
#: The verb of what a thing costs, right before the amount ("costs £30 million").
_COST_VERB: Final = re.compile(r"(?<![a-z])(costs?|costing) {1,2}\Z")
#: What opens a clause whose verb is left out: "…, and the deficit at", "with".
_ELLIPSIS_LEAD: Final = re.compile(
    r"(?:^|[,;:] {1,2}(?:and {1,2})?|(?<![a-z])(?:with|and) {1,2})(?:(?:"
    + _trie(_DETERMINERS)
    + r") {1,2})?\Z"
)
#: "purchases of bonds at a pace of": the measure noun's determiner and "at".
_AT_MEASURE: Final = re.compile(rf" at(?: (?:{ARTICLES}))? \Z")
#: A qualifier that is the clause's verb ("exports exceeded $4 trillion").
_QUALIFYING_VERB: Final = re.compile(
    r"(?:(?:not|never) {1,2})?"  # a cap: "shall not exceed $50"
    r"(exceed(?:ed|s)?|top(?:ped|s)|surpass(?:ed|es)?)(?![a-z]) {1,2}"
)
#: A verb of what an amount comes to, right before it ("support totalling").
_SUM_VERB: Final = re.compile(
    r" (?:"
    + choice("metrics_sum_verbs")
    + r")(?: (?:"
    + choice("metrics_level_approx")
    + r"|over|nearly|almost|more than|less than|some))? \Z"
)
_OF_AFTER: Final = re.compile(
    r"(?: {1,2}(?:"
    + choice("metrics_distributives")
    + r") {1,2}(?:"
    + choice("metrics_time_units")
    + r"))? {1,2}of "
    r"(?!(?:" + choice("metrics_not_of_objects") + r") )"
)
_FRONTED: Final = re.compile(
    r"[\s\"'“(]{0,3}(?:" + choice("metrics_fronted_leads") + r") {1,2}"
    r"[a-z]{2,30}ing(?![a-z])"
)
_THIS_IS: Final = re.compile(
    r"(?<![a-z])(?:"
    + choice("indicator_this_is_pronouns")
    + r") {1,2}(?:is|was) {1,2}\Z"
)
# "…, and it increased 2.7 percent": a pronoun subject after a clause break;
# "… Lithuania where it increased (from 7.6%": after a subordinator, where the
# pronoun is the amount's own subject.
_PRONOUN_VERB: Final = (
    rf" {{1,2}}(?:it|they) {{1,2}}(?:(?:{FINITE_HAVE}) {{1,2}})?"
    r"[a-z]{3,14} {1,2}(?:by {1,2}|\((?:from {1,2})?)?"
    r"(?:about |around |nearly |almost )?\Z"
)
_IT_VERB: Final = re.compile(r"(?:,|;|, and|, but| and)" + _PRONOUN_VERB)
_SUBORDINATE_IT: Final = re.compile(
    r" (?:" + choice("metrics_pronoun_leads") + r")" + _PRONOUN_VERB
)
#: A change named by a noun, its object after "in" ("an increase in the limit").
_CHANGE_IN: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(_CHANGE_NOUNS) + r") {1,2}in {1,2}"
)
#: The second object of a change, right after the amount before it.
_AND_OBJECT: Final = re.compile(
    r"(?: {1,2}(?:"
    + choice("metrics_distributives")
    + r") {1,2}(?:"
    + choice("metrics_time_units")
    + r"))?"
    r"[ ,]{0,3}and {1,2}"
)
_EXPECTS: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_forecast_verbs") + r") {1,2}"
)
_NOT_AMOUNTS_OF: Final = frozenset(
    ("percent", "percentage_point", "number", "ordinal", "ratio", "point")
)
#: "decreased in transportation, warehousing, and utilities (-128,000)".
_IN_PART: Final = re.compile(
    r"(?<![a-z])in (?!the (?:" + choice("indicator_quarter_ordinals") + r") )"
)
_PART: Final = re.compile(r"[a-z][a-z ,&'’-]{0,80}?,? {0,2}")
_PARTICIPLE_BY: Final = re.compile(r" [a-z]{3,30}ed {1,2}by {1,2}\Z")
_OWNER: Final = re.compile(r"['’]s ")
#: A share written as a count in a whole ("8 in 10", "3 out of 4").
_SHARE_IN: Final = re.compile(r"\d (?:in|out of) (?:\d|[a-z])")
#: How far before the clause's start its conjunction may be (", while ").
_GAP_BACK: Final = 8
#: Words of an adjunct ("in May", "from the month before") between two amounts.
_ADJUNCT_WORDS: Final = (
    _STOPS
    | _PERIOD_WORDS
    | _INNER_LINKS
    | _DETERMINERS
    | word_set("indicator_gap_adverbs")
)
#: A clause with its verb left out: "and imports" before the amount ("by" kept out).
_GAP_LEAD: Final = re.compile(
    r"(?:(?:, {0,2}|(?<![a-z]))(?:" + choice("indicator_gap_joiners") + r")|,) {1,2}"
    r"(?P<phrase>[a-z][a-z’'&-]*(?: {1,2}[a-z][a-z’'&-]*){0,4}?)(?: {1,2}by)? {0,2}\Z"
)
_AMOUNT_LEAD: Final = re.compile(
    r" (?:" + choice("indicator_amount_leads") + r")"
    r"(?: (?:" + choice("metrics_level_approx") + r"|a range of))? \Z"
)
#: A verb of a level or a change right before an amount ("is 27.1 pupils",
#: "totalled about", "fell to").
_LEVEL_VERB: Final = re.compile(
    r"(?<![a-z])("
    + _trie(
        (word_set("report_verbs") - word_set("indicator_reach_verbs"))
        | frozenset(lex.POSITIVE_CHANGE)
        | frozenset(lex.NEGATIVE_CHANGE)
    )
    + r")(?: (?:"
    + choice("indicator_amount_leads")
    + r"|"
    + choice("metrics_level_approx")
    + r"))? {1,2}\Z"
)
#: Subjects that name nothing measured ("there were 300 pupils").
_PRONOUN_SUBJECTS: Final = word_set("indicator_this_is_pronouns") | word_set(
    "indicator_empty_subjects"
)
#: How far before "by/to N" a governing change verb is looked for.
_GOVERN_REACH: Final = 160
#: Words read past the amount for a phrase after it.
_AHEAD: Final = 120


_PARTICLES: Final = word_set("indicator_change_particles")
_PARTICLE_VERBS: Final = word_set("indicator_particle_verbs")
_TIME_GLUE: Final = word_set("indicator_time_glue") | frozenset(lex.SMALL)
#: Prepositions after a change word that make it a noun ("a cut in rates").
_CHANGE_LINKS: Final = word_set("indicator_change_links")


def _subject(low: str, floor: int, verb: tuple[int, int]) -> tuple[int, int] | None:
    """The subject before *verb*: auxiliaries skipped, joined or in apposition.

    A relative clause between the subject and its verb is read over.
    """
    start = verb[0]
    if _bare(low[verb[0] : verb[1]]) in _PARTICLES:
        # "prices went up 4 percent": the particle's verb is no word of the subject
        toks = _tokens(low, max(floor, start - 16), start)
        if toks and _bare(low[slice(*toks[-1])]) in _PARTICLE_VERBS:
            start = toks[-1][0]
    end = _before_time(low, floor, _before_auxiliaries(low, floor, start))
    return (
        _relative_head(low, floor, end)
        or _joined(low, floor, _reduced(low, floor, _phrase_before(low, floor, end)))
        or _appositive(low, floor, end)
    )


def _fronted_time_dropped(
    low: str, toks: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """*toks* after a fronted time and its comma ("in october , sales of cars")."""
    comma = next((i for i, t in enumerate(toks) if low[slice(*t)] == ","), None)
    if comma is None or comma < 2:
        return toks
    words = [_bare(low[slice(*t)]) for t in toks[:comma]]
    if words[0] not in _TRAILING or not all(
        w.isdigit() or w in _PERIOD_WORDS or w in _TIME_GLUE for w in words[1:]
    ):
        return toks
    return toks[comma + 1 :]


def _elided_level(low: str, q: Quantity, floor: int) -> tuple[int, int] | None:
    """The phrase before "at" a level whose verb is left out, else None.

    "…, and the government deficit at 4.06 trillion yuan", "with the jobless
    rate at 4.1 percent"; "appraised by the officer at" is an agent, no level.
    """
    at = _AT_LEVEL.search(low, max(floor, q.start - 24), q.start)
    level = _phrase_before(low, floor, at.start()) if at is not None else None
    if level is None or not _ELLIPSIS_LEAD.search(
        low, max(floor - 8, level[0] - 12), level[0]
    ):
        return None
    return level


def cost_of(low: str, q: Quantity, floor: int) -> tuple[int, int] | None:
    """What costs the amount *q*: the subject of "costs" right before it, else None.

    "The scheme costs £30 million per annum" → "scheme".
    """
    verb = _COST_VERB.search(low, max(floor, q.start - 12), q.start)
    return None if verb is None else agent_of(low, floor, verb.span(1))


def agent_of(low: str, floor: int, verb: tuple[int, int]) -> tuple[int, int] | None:
    """Who does what *verb* names: its subject, a noun phrase, else None.

    "the Program has provided $200 million" → "Program"; a pronoun ("we
    spent") or a clause of no subject names none.
    """
    span = _subject(low, floor, verb)
    if span is None or _bare(low[slice(*_tokens(low, *span)[-1])]) in _STOPS:
        return None
    return span


def _before_time(low: str, floor: int, end: int) -> int:
    """*end* moved before a time that closes the subject, with its preposition.

    "Housing starts in August 2024 were", "Total receipts for April 2023 to
    February 2024 were": the subject is the phrase before "in"/"for". The
    time ends in a year or a period word ("and" after one opens a clause;
    "aged from 16 to 64" is no time).
    """
    toks = _tokens(low, max(floor, end - _PHRASE_REACH // 2), end)
    words = [_bare(low[slice(*t)]) for t in toks]
    if not words or not (_YEAR_WORD.fullmatch(words[-1]) or words[-1] in _PERIOD_WORDS):
        return end
    i = len(words) - 1
    while i >= 0 and (
        words[i].isdigit() or words[i] in _PERIOD_WORDS or words[i] in _TIME_GLUE
    ):
        i -= 1
    if i < 1 or words[i] not in _TRAILING:
        return end
    return toks[i][0] - 1


_YEAR_WORD: Final = re.compile(r"(?:19|20)\d\d")


def _relative_head(low: str, floor: int, end: int) -> tuple[int, int] | None:
    """The noun a relative clause ending at *end* qualifies, else None.

    "The share of firms that reported shortages fell" → "share of firms";
    "Earnings in industry, which grew in 2023, rose" → "Earnings in industry".
    A clause set off by a comma must close with one right before *end*; a
    "that" with no verb before *end* opens a reported clause, not a relative
    one ("data showed that exports rose").
    """
    m = _last(_RELATIVE_PRONOUN, low, max(floor, end - _RELATIVE_REACH), end)
    if m is None or _CLAUSE_MARK.search(low, m.end(), end) is not None:
        return None
    if m.group(1) and not low[m.end() : end].rstrip().endswith(","):
        return None
    if m.group(2) == "that" and not _has_verb(low, m.end(), end):
        return None
    head = _phrase_before(low, floor, m.start())
    return None if head is None else _joined(low, floor, head)


def _has_verb(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` holds a verb: a past form, an auxiliary, a modal."""
    previous = ""
    for s, e in _tokens(low, start, end):
        word = _bare(low[s:e])
        if (
            word in _VERBS
            or word in _AUXILIARIES
            or word in _MODALS
            or word in _IRREGULAR_PAST
            # "the registered unemployment rate": after a determiner, an adjective
            or (len(word) > 4 and word.endswith("ed") and previous not in _DETERMINERS)
        ):
            return True
        previous = word
    return False


def _reduced(
    low: str, floor: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* with the noun a participle before it qualifies, when one does.

    "prices of goods and services purchased by residents increased": the
    phrase after "by" is the agent of a reduced relative clause, whose noun
    comes before the participle.
    """
    return _head_before(low, floor, span, _PARTICIPLE_BY, 40)


def _head_before(
    low: str,
    floor: int,
    span: tuple[int, int] | None,
    link: re.Pattern[str],
    reach: int,
) -> tuple[int, int] | None:
    """*span* widened to the phrase before the *link* that ends right before it."""
    if span is None:
        return None
    m = link.search(low, max(floor, span[0] - reach), span[0])
    if m is None:
        return span
    head = _phrase_before(low, floor, m.start())
    return span if head is None else (head[0], span[1])


def _last_verb(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The last verb in ``low[start:end]``, else None."""
    found = None
    for m in _VERB_RE.finditer(low, start, end):
        group = "verb" if m.group("verb") is not None else "noun"
        found = m.start(group), m.end(group)
    return found


def _reported_level(low: str, q: Quantity, floor: int) -> tuple[int, int] | None:
    """The subject of a verb of level or change right before *q*, else None.

    "The average class size is 27.1 pupils", "the rate fell to 310 inmates
    per 100,000": the counted noun is the unit. "There were 300 pupils"
    names nothing before the verb.
    """
    verb = _LEVEL_VERB.search(low, max(floor, q.start - 40), q.start)
    if verb is None:
        return None
    span = _subject(low, floor, verb.span(1))
    if (
        span is None
        or low[span[1] : verb.start(1)].strip()  # a subject before an aside
        or any(w in _PRONOUN_SUBJECTS for w in low[span[0] : span[1]].split())
    ):
        return None
    return span


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
        span = _before_owner(low, span, owner.start())
    return span


def _before_owner(low: str, span: tuple[int, int], owner: int) -> tuple[int, int]:
    """*span* without the owner's possessive at *owner* and what it owns.

    "the province's exports" → "exports"; in a post-modifier the owner's
    phrase after any preposition but "of" is an adjunct, and the phrase ends
    before that preposition
    ("projects in rural states under the agency's programme" → "projects in
    rural states").
    """
    links = [(s, e) for s, e in _tokens(low, span[0], owner) if low[s:e] in _TRAILING]
    if not links or links[-1][0] == span[0] or low[slice(*links[-1])] == "of":
        # "the value of the region's exports": what is owned is the thing
        return owner + 3, span[1]
    return span[0], len(low[: links[-1][0]].rstrip())


def _find(low: str, q: Quantity, floor: int, limit: int) -> tuple[int, int] | None:
    # "N per month of" inside a phrase around the amount is no period of it
    hole = q.start, of_after(low, q) or q.end
    for found in _candidates(low, q, floor, limit):
        span = _without_place(low, floor, _trimmed(low, found, hole))
        if span is not None and not is_measure(low[span[0] : span[1]]):
            return span
    return None


def _without_place(
    low: str, floor: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* without the place it ends with: whose figure it is, not what.

    "unemployment rate in the euro area" → "unemployment rate", also when the
    reading stopped at "the" before the place; a place alone ("Malta
    (4.1%)") or after a participle ("recorded in Greece") names nothing
    measured.
    """
    if span is None:
        return None
    m = _PLACE.search(low, *span)
    if m is None:
        return span
    head = low[span[0] : m.start()].split()
    if not head:
        link = _PLACE_LINK.search(low, max(floor, span[0] - 12), span[0])
        before = _phrase_before(low, floor, link.start()) if link else None
        return None if before is None else _without_place(low, floor, before)
    if len(head) == 1 and head[0].endswith("ed"):
        return None
    if m.group(1) is None:
        return span  # "exports to Chile": a destination is part of the phrase
    return span[0], span[0] + len(low[span[0] : m.start()].rstrip())


def _trimmed(
    low: str, span: tuple[int, int] | None, hole: tuple[int, int] = (0, 0)
) -> tuple[int, int] | None:
    """*span* without a trailing preposition; None when it names a period.

    Words inside *hole* (the amount and its "per month of") are not read.
    """
    if span is None:
        return None
    toks = _fronted_time_dropped(low, _tokens(low, *span))
    if not toks:
        return None
    span = toks[0][0], span[1]
    ages = [(m.start(), m.end()) for m in _AGE.finditer(low, *span)]
    when = next(
        (
            k
            for k, (s, e) in enumerate(toks)
            if _bare(low[s:e]) in _PERIOD_WORDS
            and not hole[0] <= s < hole[1]
            and not any(a <= s < b for a, b in ages)  # "16 to 24 year olds"
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


def _worded_share(low: str, q: Quantity) -> bool:
    """Whether *q* is a share in words or as a count in a whole ("8 in 10")."""
    return (
        q.unit == "percent"
        and q.fraction
        and (
            not any(c.isdigit() for c in low[q.start : q.end])
            or _SHARE_IN.search(low, q.start, q.end) is not None
        )
    )


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
    if _worded_share(low, q):
        # "one-in-five renters are behind on their rent", "half of all
        # payments have been made": the whole and what is said of the share
        yield _share_of(low, q.end, limit)
    before = low[max(floor, q.start - 4) : q.start]
    if q.noun_end is not None and (before.endswith(" of ") or before == "of "):
        # "reports of more than 400 civilians killed": the things counted,
        # not the noun they are counted in
        yield from _counted_noun(low, q, limit)
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
        span = _linked(low, floor, _phrase_before(low, floor, q.start - 4))
        if span is not None:
            at = _AT_MEASURE.search(low, max(floor, span[0] - 8), span[0])
            if at is not None and low[span[0] : span[1]] in MEASURE_NOUNS:
                # "purchases of bonds at a pace of $40 billion": the pace or
                # level is the thing's, named before "at"
                yield _phrase_before(low, floor, at.start())
            if _bare(low[span[0] : span[1]]).split()[-1] in _CHANGE_NOUNS:
                # "a decrease of 0.5 percent": the change names no indicator;
                # what follows it may ("in spending"), else the sentence's
                yield _after_change_noun(low, q.end, limit)
                if named_change(low[span[0] : span[1]]):
                    yield span  # "CPI increase of around 3 percent"
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
        # "a £40m sports centre", "the £2bn cost of late payments"
        yield money_noun(low, q, floor, limit)
        # "$5 billion set aside to address homeless issues"
        yield money_set(low, q, limit)
        # money spent on something: "$200 million in grants for schools",
        # "$9 billion for broadband", "$4 billion on road repairs"
        yield _money_phrase(low, q.end, limit)
        # "$30 billion to help renters at risk of losing their homes"
        yield _purpose(low, q.end, limit)
    if q.noun_end is not None:
        # "The average class size is 27.1 pupils": the counted noun is the
        # unit of a level the subject of the report verb names
        yield _reported_level(low, q, floor)
    yield from _counted_noun(low, q, limit)
    yield _elided_level(low, q, floor)
    estimated = _ESTIMATED_AT.search(low, max(floor, q.start - 40), q.start)
    if estimated is not None:
        yield _phrase_before(
            low, floor, _before_auxiliaries(low, floor, estimated.start())
        )
    yield _gapped(low, floor, q.start)
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
    summed = _SUM_VERB.search(low, max(floor, q.start - 24), q.start)
    # "a package of support totalling £2.9 million": the noun before it
    yield (
        _joined(low, floor, _phrase_before(low, floor, summed.start()))
        if summed is not None
        else None
    )
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


#: A relative pronoun opening a clause inside a subject; group 1 the comma
#: of a clause set off by commas.
_RELATIVE_PRONOUN: Final = re.compile(
    r"(,)? {1,2}(" + choice("indicator_relative_pronouns") + r") "
)
#: How far before its verb a subject's relative clause may open.
_RELATIVE_REACH: Final = 120
_CLAUSE_MARK: Final = re.compile(r"[;:]")
#: Words inside a verb group before its verb ("are now running").
_VERB_GROUP: Final = _AUXILIARIES | word_set("indicator_verb_adverbs")
#: "to the" or "for" between a noun and the phrase it is linked to.
_LINK_BEFORE: Final = re.compile(rf" (?:to|for)(?: (?:{ARTICLES}))? \Z")
#: A phrase that names a place, owner of a figure rather than what it measures.
_PLACE: Final = re.compile(
    rf"(?:(?<= )({PLACE_LEADS}) )?(?:the )?(?<![a-z.])(?:"
    + _trie(lex.JURISDICTION_NAMES)
    + r")\Z"
)
#: "in the" before a place a subject phrase's reading stopped at.
_PLACE_LINK: Final = re.compile(rf" (?:{PLACE_LEADS})(?: the)? \Z")
#: Items read back over commas for a subject list ("A, B, C and D").
_LIST_ITEMS: Final = 6


def _linked(
    low: str, floor: int, span: tuple[int, int] | None
) -> tuple[int, int] | None:
    """*span* with the noun before it that "to"/"for" links it to, when one does.

    "a price to the public of $25 per share" → "price to the public";
    "exports to Chile of $5 billion" → "exports to Chile".
    """
    return _head_before(low, floor, span, _LINK_BEFORE, 12)


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
    # "foodstuff, non-foodstuff, and consumer goods": a serial comma
    joint = toks[-1][0] - (2 if low[max(0, toks[-1][0] - 2)] == "," else 1)
    before = _phrase_before(low, floor, joint)
    if before is None or _trimmed(low, before) is None:
        return span  # none, or a time ("2 percent over time and prices rose")
    before = _listed(low, floor, before)
    return (before[0], span[1]) if _opens(low, floor, before[0]) else span


def _opens(low: str, floor: int, pos: int) -> bool:
    """Whether a phrase may open at *pos*: after a determiner, a mark or the start."""
    lead = _tokens(low, max(floor, pos - 40), pos)
    opener = _bare(low[slice(*lead[-1])]) if lead else ""
    return not lead or opener in _DETERMINERS or _WORD.match(opener) is None


def _listed(low: str, floor: int, item: tuple[int, int]) -> tuple[int, int]:
    """*item* with the items of its list before it ("Employment in mining, retail").

    The list opens where the text before its first item is no word: a
    determiner, a mark or the clause's start. Where it does not, the item
    stands alone.
    """
    first = item
    for _ in range(_LIST_ITEMS):
        inner = first[0] - 5
        if (
            inner > floor
            and low[inner : first[0]] == " and "
            and low[inner - 1] != ","
            and (joined := _phrase_before(low, floor, inner)) is not None
            and low[joined[0] - 2 : joined[0]] == ", "
        ):
            # "information services, finance and insurance, and retail": an
            # item holding "and" between the list's commas
            first = joined
        comma = first[0] - 2
        if comma < floor or low[comma : first[0]] != ", ":
            break
        found = _phrase_before(low, floor, comma)
        if found is None:
            return item
        if " " not in low[slice(*found)] and low[slice(*found)].endswith("ly"):
            break  # "Nationally, wholesale trade, …": a fronted adverb, no item
        first = found
    if first == item or not _opens(low, floor, first[0]):
        return item
    return first[0], item[1]


def antecedent(
    low: str, q: Quantity, start: int
) -> tuple[tuple[int, int] | None, bool]:
    """What "this is N" measures: the subject of the clause before, else None.

    "Single-family housing starts in August were at a rate of 919,000; this is
    4.4 percent above the revised July figure": the pronoun stands for the
    subject of the report before it, read from *start* (the previous
    sentence's start when the pronoun opens its sentence). The flag says the
    pronoun follows a subordinator ("… except Lithuania where it increased
    (from 7.6%"): then it is surely the amount's own subject.
    """
    pronoun = _THIS_IS.search(low, max(start, q.start - 24), q.start)
    reach = max(start, pronoun.start() - _PHRASE_REACH) if pronoun else start
    direct = False
    if pronoun is None:
        # "Core inflation, which …, is a guide, and it rose 2.7 percent": the
        # pronoun stands for the subject the sentence opened with
        pronoun = _IT_VERB.search(low, max(start, q.start - 40), q.start)
        if pronoun is None:
            pronoun = _SUBORDINATE_IT.search(low, max(start, q.start - 40), q.start)
            direct = pronoun is not None
        if pronoun is None:
            return None, False
    verb = _first_verb(low, reach, pronoun.start())
    if verb is None:
        return None, False
    subject = _subject(low, start, verb)
    comma = low.find(",", start, verb[0])
    if subject is None and comma > 0:
        # the subject opens the sentence before an aside ("Core inflation,
        # which excludes fuel, is …")
        subject = _phrase_before(low, start, comma)
        if subject is not None and low[start : subject[0]].strip(" \n\"'"):
            subject = None
    return _trimmed(low, subject), direct


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


def _gapped(low: str, floor: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase of a clause whose verb is left out, right before the amount.

    "Exports rose 3 percent and imports 2 percent", "wheat rose 4 percent,
    corn 6 percent": the second amount's clause repeats the first's verb
    unsaid, and its own subject is what it measures.
    """
    # a clause break may have moved *floor* past the conjunction itself
    gap = _GAP_LEAD.search(low, max(0, floor - _GAP_BACK), pos)
    if gap is None or "(" in low[pos - 1 : pos + 1] or _first_verb(low, floor, pos):
        return None  # a bracketed amount is an aside of the phrase before it
    # only adjuncts ("in May") between the amount before and the conjunction:
    # "total imports and exports exceeded" joins nouns, not clauses
    between = (_bare(w) for w in low[floor : gap.start()].split())
    if any(w not in _ADJUNCT_WORDS and not w.isdigit() for w in between):
        return None
    span = _phrase_before(low, gap.start("phrase"), gap.end("phrase"))
    lead = low[gap.start("phrase") : span[0]].strip() if span is not None else "?"
    if span is None or lead not in _DETERMINERS | {""}:
        return None
    words = [_bare(w) for w in low[span[0] : span[1]].split()]
    if words[-1] in _CHANGE_NOUNS or any(w in _ADJUNCT_WORDS for w in words):
        return None  # "an increase of 2%": the change names no indicator
    return span


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
    """Where a verb group starts: auxiliaries and adverbs before its verb skipped."""
    toks = _tokens(low, max(floor, pos - _PHRASE_REACH // 2), pos)
    while toks and _bare(low[toks[-1][0] : toks[-1][1]]) in _VERB_GROUP:
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
