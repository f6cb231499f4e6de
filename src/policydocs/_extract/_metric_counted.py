"""What counted things, money and shares are of (indicator shapes 3 and 4).

A counted noun with the nouns joined to it and what qualifies them ("1,000
partnerships between universities"), money in, for or on something or to a
purpose ("$2 billion to repair rural roads"), the whole a share in words is
of, and the goal noun an amount modifies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from . import _units as lex
from ._cues import CUES
from ._function_words import GROUP_LEADS
from ._lexicon import alternation as _trie
from ._lexicon import choice, inflect, month_names, rows, word_set, words
from ._metric_phrases import (
    _AGE,
    _AUXILIARIES,
    _CHANGES,
    _DETERMINERS,
    _HOLDING,
    _LIST_JOINERS,
    _MAX_WORDS,
    _NEXT_WORD,
    _PERIOD_WORDS,
    _PHRASE_REACH,
    _STOPS,
    _TO,
    _TRAILING,
    _VERBS,
    _WORD,
    _after_change_noun,
    _bare,
    _phrase_after,
    _phrase_before,
    _tokens,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._numbers import Quantity
_OF_LEAD: Final = re.compile(r" {0,2}of {1,2}")
#: Goal nouns an amount may modify ("a 2 percent inflation target").
_GOAL_NOUNS: Final = word_set("indicator_goal_nouns")
#: Nouns read after the amount for its goal noun, the goal noun included.
_GOAL_REACH: Final = 4
#: Words of one noun joined to a counted one ("organised activities").
_CONJUNCT_WORDS: Final = 4
#: "in", "of", "for", "on" between money and what it is in ("$2 billion in aid").
_MONEY_LINKS: Final = _trie(words("metrics_money_links"))
#: A relative clause or a participle after a counted noun.
_RELATIVE: Final = re.compile(r" {1,2}(who|that|[a-z]{3,}ing)(?![a-z'’-])")
_MONEY_LINK: Final = re.compile(rf" (?:{_MONEY_LINKS}) ")
#: An adjective between money and what it is in ("$2 billion available in aid").
_MONEY_ADJECTIVE: Final = re.compile(
    r" (?:" + choice("metrics_money_adjectives") + r""
    # "$2.5 billion would be provided in disaster relief"
    r"|(?:" + choice("metrics_money_auxiliaries") + r")"
    r"(?: (?:" + choice("metrics_nonfinite_be") + r"))? [a-z]{3,30}ed)"
    rf"(?= (?:{_MONEY_LINKS}) )"
)
_PURPOSE: Final = re.compile(
    r" {1,2}to {1,2}(?:" + _trie(frozenset(words("purpose_verbs"))) + r")(?![a-z])"
)
#: Words that end a purpose: another clause, another purpose, a time.
#: Words that open another clause: they end a purpose and a predicate.
#: Where money a verb acts on goes: "deposited $30 billion into the bank".
_DESTINATION: Final = re.compile(
    r" {1,2}(" + choice("metrics_destination_links") + r") {1,2}"
)
#: A verb whose object is part of a whole, right before the amount.
_SHARE_VERB: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("indicator_share_verbs")) + r") {1,2}\Z"
)
_CLAUSE_ENDS: Final = word_set("indicator_clause_ends")
_PURPOSE_ENDS: Final = _CLAUSE_ENDS | word_set("indicator_purpose_ends")
_QUALIFIER: Final = re.compile(r" (?:" + choice("metrics_group_links") + r") ")
#: Words that open a time, not a group ("200 people on Tuesday").
_TIME_STARTS: Final = month_names() | word_set("weekdays") | _PERIOD_WORDS
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
#: Words after "one" that are no counted noun ("one of", "one in five").
#: A length of time counts: its qualifier is the thing ("one year of practice").
_NOT_COUNTED: Final = (_STOPS | _VERBS | _PERIOD_WORDS | _TRAILING) - set(
    lex.DURATION_UNITS
)
#: An adjective after a counted noun that takes a qualifier ("officers
#: responsible for safety", "households eligible for aid").
_POSTPOSED: Final = re.compile(
    r" (?:" + _trie(word_set("postposed_adjectives")) + r")"
    r"(?= (?:" + choice("postposed_links") + r") )"
)
#: Relative pronouns that open a clause qualifying a counted noun.
_RELATIVES: Final = word_set("indicator_relatives")


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
    age = _AGE.match(low, end + 1) if low.startswith(" aged ", end) else None
    if age is not None:
        end = age.end()  # "children aged 5 to 11"
    m = _QUALIFIER.match(low, end)
    tail = _phrase_after(low, m.end(), limit, participles=True) if m else None
    if (
        tail is not None
        and _bare(low[slice(*_tokens(low, *tail)[0])]) not in _TIME_STARTS
    ):
        end = tail[1]
    # "personnel from FEMA that are already in these states": a relative
    # clause after the qualifier too, not after a postposed adjective's
    if (
        (m is None or postposed is None)
        and (clause := _RELATIVE.match(low, end)) is not None
    ) and (clause.group(1) not in _STOPS or clause.group(1) in _RELATIVES):
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


def money_verb(
    low: str, q: Quantity, floor: int, limit: int
) -> tuple[str, tuple[int, int] | None, tuple[int, int]] | None:
    """The act money is the object of, else None: its participle, where to, the verb.

    "taxpayers will have recovered $17.7 billion" → "recovered", "banks
    deposited $30 billion into First Republic Bank" → "deposited into First
    Republic Bank" (the participle, and the span from the preposition to
    the end of the destination); "the fund will pay out $40 million" (a
    particle after the verb is none) → None. The verb's own span comes
    last, for its subject.
    """
    if not _is_money(q):
        return None
    toks = _tokens(low, max(floor, q.start - 60), q.start)
    participle = _participle(low, toks) if toks else None
    if participle is None:
        return None
    lead = _DESTINATION.match(low, q.end)
    where = _phrase_after(low, lead.end(), limit) if lead is not None else None
    if lead is None or where is None:
        return participle, None, toks[-1]
    return participle, (lead.start(1), where[1]), toks[-1]


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


#: A short aside in brackets between a share and its "of": "a quarter (26%) of".
_BRACKET: Final = re.compile(r" {0,2}\([^()]{1,24}\)")


def _past_bracket(low: str, pos: int, *, closing: bool = False) -> int:
    """*pos* moved past a short bracketed aside, or past the ")" closing one.

    "Over a quarter (26%) of firms": the fraction's whole after the aside,
    and the bracketed share's after its own closing bracket.
    """
    if closing:
        return pos + 1 if low.startswith(") of ", pos) else pos
    m = _BRACKET.match(low, pos)
    return m.end() if m is not None else pos


def _share_of(low: str, pos: int, limit: int) -> tuple[int, int] | None:
    """The whole a share in words is of, with its predicate ("adults are hungry")."""
    m = _OF_LEAD.match(low, _past_bracket(low, pos))
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


_MONEY_NOUN_STOPS: Final = word_set("metrics_money_noun_stops")
#: A determiner and up to two modifiers right before money that modifies a noun
#: ("a new £3 million unit", "the £15bn cost").
_MODIFIER_LEAD: Final = re.compile(
    r"(?<![a-z])(?:"
    + _trie(_DETERMINERS)
    + r")(?: {1,2}[a-z][a-z-]{1,20}){0,2} {1,2}\Z"
)


#: A participle after money, with its particle or preposition: "$5 billion set
#: aside to", "£2m allocated to", "$300 million earmarked for".
_MONEY_PARTICIPLE: Final = re.compile(
    r" {1,2}((?:set|put|[a-z]{3,20}ed) {1,2}(?:aside {1,2})?"
    r"(?:" + choice("metrics_money_participle_links") + r")(?![a-z]))"
)


def money_set(low: str, q: Quantity, limit: int) -> tuple[int, int] | None:
    """What money is set aside, allocated or earmarked for, from its participle on.

    "We have $5 billion set aside to address homeless issues" → "set aside
    to address homeless issues"; a change verb is the clause's own ("$5
    billion increased to") and no participle of the money.
    """
    if not _is_money(q):
        return None
    m = _MONEY_PARTICIPLE.match(low, q.end, limit)
    if m is None or m.group(1).split()[0] in _CHANGES:
        return None
    # what follows the preposition: a purpose's words or a noun phrase
    after = _run_end(low, m.end() + 1, limit)
    return (m.start(1), after) if after > m.end() + 1 else None


def money_noun(low: str, q: Quantity, floor: int, limit: int) -> tuple[int, int] | None:
    """The noun phrase money modifies, with what it is of or for, else None.

    "a £40m sports centre to serve the city" → "sports centre to serve the
    city"; "the £2bn cost of late payments" → "cost of late payments". Only
    after a determiner: "$5 billion set aside" is the money's own clause.
    """
    if (
        not _is_money(q)
        or _MODIFIER_LEAD.search(low, max(floor, q.start - 40), q.start) is None
        # "the $2 billion in grants", "$3 billion available in aid": what the
        # money is in, read by _money_phrase
        or _MONEY_LINK.match(low, q.end) is not None
        or _QUALIFIER.match(low, q.end) is not None
        or _MONEY_ADJECTIVE.match(low, q.end) is not None
    ):
        return None
    noun = _phrase_after(low, q.end + 1, limit) if low.startswith(" ", q.end) else None
    if noun is None:
        return None
    toks = _tokens(low, *noun)
    first = _bare(low[slice(*toks[0])])
    if first in _MONEY_NOUN_STOPS or first in _AUXILIARIES or first in _MODALS:
        return None
    after = _NEXT_WORD.match(low, noun[1])
    if (
        len(toks) == 1
        and first.endswith("s")
        and not first.endswith("ss")
        and (after is None or after.group(1) in _TRAILING)
    ):
        return None  # "the remaining $10 million comes from": a verb
    end = noun[1]
    of = _OF_LEAD.match(low, end)
    tail = _phrase_after(low, of.end(), limit) if of is not None else None
    if tail is not None:
        end = tail[1]
    purpose = _purpose(low, end, limit)
    return noun[0], end if purpose is None else purpose[1]


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


def whole_of(
    low: str, q: Quantity, floor: int, limit: int
) -> tuple[tuple[int, int], bool] | None:
    """The whole a percentage is a share of, and whether a share verb governs it.

    "Responding firms account for 65% of the dollar volume" → ("dollar
    volume", True): the subject is whose share it is; "a cost bond of ten
    percent of the value of the property" → ("value of the property", False).
    """
    if q.unit != "percent" or q.fraction:
        return None
    m = _OF_LEAD.match(low, _past_bracket(low, q.end, closing=True))
    if m is None:
        return None
    whole = _phrase_after(low, m.end(), limit)
    if whole is None:
        return None
    qualifier = _QUALIFIER.match(low, whole[1]) or _TO.match(low, whole[1])
    if qualifier is not None:
        # "the value of the claimed property", "stock in the company", "loans
        # to small businesses"
        tail = _phrase_after(low, qualifier.end(), limit)
        whole = whole if tail is None else (whole[0], tail[1])
    toks = _tokens(low, *whole)
    while len(toks) > 1 and low[slice(*toks[-1])] in _TRAILING:
        toks.pop()  # "of GDP in 2009": the preposition before a time
    whole = whole[0], toks[-1][1]
    verb = _SHARE_VERB.search(low, max(floor, q.start - 40), q.start)
    if verb is None and (
        _opens_clause(low, floor, q.start)
        # "77% of men and 63% of women …": the last share of a list of them
        or _LISTED_SHARE.search(low, max(floor, q.start - 48), q.start) is not None
    ):
        # "Some 45% of farmers have adopted the seed", "60 per cent of parents
        # say they would vote for it": the share is the subject, and what its
        # clause says of the whole is what is measured
        said = _predicate_end(low, whole[1], limit, copula=True) or _said_end(
            low, whole[1], limit
        )
        whole = whole if said is None else (whole[0], said)
    return whole, verb is not None


#: Single-word attribution verbs ("say", "said", "believe"): after a bare share
#: that opens its clause they report what the share of respondents said.
SAYING: Final = frozenset(k for k in CUES if " " not in k)
#: Most words of what a share of respondents said.
_SAID_WORDS: Final = 14


def share_said(low: str, q: Quantity, floor: int, limit: int) -> tuple[int, int] | None:
    """What a bare share opening its clause did or said, else None.

    "67 per cent said they would use the service if they needed advice" →
    the words from "said" to the clause's end; "The majority (76 per cent)
    trusted it" → "trusted it". A share of a named whole ("of adults") is
    read by :func:`whole_of`.
    """
    if q.unit != "percent" or q.fraction or _OF_LEAD.match(low, q.end) is not None:
        return None
    pos = q.end + 1 if low.startswith(")", q.end) else q.end
    verb = _NEXT_WORD.match(low, pos)
    if verb is None or not _opens_clause(low, floor, q.start):
        return None
    word = verb.group(1)
    if not (
        word in SAYING
        or word in _MODALS
        or word in _IRREGULAR_PAST
        or (word.endswith("ed") and word not in _CHANGES)
    ):
        return None
    toks = _tokens(low, verb.start(1), min(limit, verb.start(1) + _PHRASE_REACH))
    last = 0
    for j, (s, e) in enumerate(toks[:_SAID_WORDS]):
        if _WORD.match(_bare(low[s:e])) is None:
            break
        last = j
    return verb.start(1), toks[last][0] + len(_bare(low[slice(*toks[last])]))


#: A share of a whole listed right before another: "77% of men and".
_LISTED_SHARE: Final = re.compile(
    r"(?:%|percent|per cent) {1,2}of {1,2}[a-z][a-z-]{1,30}"
    r"(?:,| {1,2}and| {1,2}or) {1,2}\Z"
)
#: Most words before an amount that opens its clause: "Some", "nearly all of".
_OPENING_WORDS: Final = 3
#: Characters those words may take, so that the check reads no whole clause.
_OPENING_REACH: Final = 48


def _opens_clause(low: str, floor: int, pos: int) -> bool:
    """Whether only a qualifier stands between the clause's start and *pos*."""
    if pos - floor > _OPENING_REACH:
        return False  # more than a few words: bounded, never a whole clause read
    toks = _tokens(low, floor, pos)
    return len(toks) <= _OPENING_WORDS and not any(
        _bare(low[s:e]) in _VERBS or _bare(low[s:e]) in _AUXILIARIES for s, e in toks
    )


def _said_end(low: str, pos: int, limit: int) -> int | None:
    """The end of a present-tense predicate opening at *pos* ("say they would")."""
    toks = _tokens(low, pos, min(limit, pos + _PHRASE_REACH))
    if not toks or _WORD.match(_bare(low[slice(*toks[0])])) is None:
        return None
    first = _bare(low[slice(*toks[0])])
    if (
        first in _TRAILING
        or first in _PERIOD_WORDS
        or first in _PREDICATE_ENDS | _LIST_JOINERS
    ):
        return None
    last = 0
    for j in range(1, min(len(toks), _MAX_WORDS)):
        word = _bare(low[slice(*toks[j])])
        if (
            _WORD.match(word) is None
            or word in _PREDICATE_ENDS
            or word in _PERIOD_WORDS
        ):
            break
        last = j
    while last and _bare(low[slice(*toks[last])]) in _TRAILING:
        last -= 1  # "were in work for March to May": the time's preposition
    return toks[last][0] + len(_bare(low[slice(*toks[last])]))


#: "for", "among" or "in" right after a percentage: the group it is of.
_GROUP_LEAD: Final = re.compile(rf",? {{1,2}}({GROUP_LEADS}) {{1,2}}")
#: Words of a time or an occasion: "for the first time" names no group.
_NOT_GROUPS: Final = _PERIOD_WORDS | word_set("indicator_not_groups")


def group_after(
    low: str, q: Quantity, limit: int
) -> tuple[str, tuple[int, int]] | None:
    """The preposition and group a percentage right before it is of, else None.

    "increased 3.4 percent for non-union workers" → ("for", "non-union
    workers"); "3.5 percent in urban areas" → ("in", "urban areas"); "for
    the 12-month period", "for the first time" and a place ("in the euro
    area": whose, not which part) name no group.
    """
    if q.unit not in {"percent", "percentage_point"}:
        return None
    m = _GROUP_LEAD.match(low, q.end)
    if m is None:
        return None
    group = _phrase_after(low, m.end(), limit)
    if (
        group is None
        or any(_bare(low[s:e]) in _NOT_GROUPS for s, e in _tokens(low, *group))
        or low[group[0] : group[1]].removeprefix("the ") in lex.JURISDICTION_NAMES
    ):
        return None
    return m.group(1), group


def share_holder(low: str, q: Quantity, floor: int) -> tuple[int, int] | None:
    """Whose share a percentage after a share verb is: the verb's subject.

    "taxpayers will hold approximately 17 percent of common stock" →
    "taxpayers"; "Smaller banks provide 60% of loans" → "Smaller banks".
    """
    if q.unit != "percent" or _OF_LEAD.match(low, q.end) is None:
        return None
    verb = _SHARE_VERB.search(low, max(floor, q.start - 40), q.start)
    if verb is None:
        return None
    toks = _tokens(low, max(floor, verb.start() - _PHRASE_REACH // 2), verb.start())
    end = verb.start()
    while toks and _bare(low[slice(*toks[-1])]) in _AUXILIARIES:
        end = toks.pop()[0]
    return _phrase_before(low, floor, end)
