"""What a metric measures and whose: its indicator and its subject.

The indicator is the text's own noun phrase (``_metric_indicators``), narrowed
by a fronted exclusion, carried from the amount before it or taken from a
pronoun's antecedent; the subject is a possessive or a named place or body
before the amount, else the jurisdiction the document's source measures.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from .._vocab import ActorKind
from . import _units as lex
from ._function_words import PLACE_LEADS
from ._lexicon import alternation as _trie
from ._lexicon import choice, word_set, words
from ._metric_counted import (
    SAYING,
    counted_verb,
    group_after,
    money_verb,
    share_holder,
    share_said,
    whole_of,
)
from ._metric_indicators import (
    agent_of,
    antecedent,
    breakdown,
    cost_of,
    indicator_span,
    of_after,
)
from ._metric_phrases import linkers_only
from ._metric_reach import across_aside, level_aside, over_embedded
from ._metric_things import participle_subject

if TYPE_CHECKING:
    from ._actors import ActorRegistry
    from ._numbers import Quantity

#: Where a joint source's bodies part ("HUD and the Census Bureau").
_JOINT: Final = re.compile(r" (?:and|&) |; |, ")
_MEASURING: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(lex.SOURCE_MEASURING_WORDS) + r")(?![a-z])"
)
_JURISDICTION: Final = re.compile(
    r"(?<![a-z.])(" + _trie(lex.JURISDICTION_NAMES) + r")(?![a-z])"
)
_JURISDICTION_WORD: Final = re.compile(
    r"(?<![\w.])(" + _trie(lex.JURISDICTION_NAMES) + r")(?![\w-])", re.IGNORECASE
)
#: A jurisdiction right after an amount: "16.6% in the EU28".
_IN_PLACE: Final = re.compile(
    rf",? {{1,2}}(?:{PLACE_LEADS}) {{1,2}}(?:the {{1,2}})?("
    + _trie(lex.JURISDICTION_NAMES)
    + r")(?![\w-])",
    re.IGNORECASE,
)
#: A place joined by "and" to the one that follows it ("England and Wales").
_JOINT_PLACE: Final = re.compile(
    r"(?<![\w.])(" + _trie(lex.JURISDICTION_NAMES) + r") and \Z", re.IGNORECASE
)
#: A preposition that makes a place a destination or a term of comparison.
_AWAY: Final = re.compile(
    r"(?<![a-z])(?:" + choice("metrics_away_links") + r")"
    r"(?: (?:the|in))? \Z",
    re.IGNORECASE,
)
#: A serial comma's ", and" right before a clause: a list goes on across it.
_SERIAL: Final = re.compile(r"[a-z], (?:and|or) ?\Z")
#: How far before a serial comma its list is read: the reading stays bounded.
_SERIAL_REACH: Final = 200
#: Verbs of a part's share of a whole ("accounted for", "made up", "represented").
_PART_VERB: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(word_set("indicator_part_verbs")) + r") {1,2}\Z"
)
_INDICATOR: Final = re.compile(r"(?<![a-z])(" + _trie(lex.INDICATORS) + r")(?![a-z])")
# A fronted exclusion narrows every figure of its sentence ("Excluding food
# and energy, prices rose 1.7 percent").
_EXCLUDING: Final = re.compile(
    r"[\s\"'“(-]{0,3}(?:" + choice("metrics_exclusions") + r") {1,2}([^,;:.]{1,60}), "
)
_POSSESSIVE: Final = re.compile(
    r"(?:\b[Tt]he [a-z]{3,20}|\b[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30}){0,3})['’]s?\b"
)
_CAPITAL_NAME: Final = re.compile(r"\b[A-Z][a-z]{2,30}(?: [A-Z][a-z]{2,30}){0,2}\b")
_NOT_OWNERS: Final = frozenset((*lex.MONTHS, *lex.NOT_OWNERS))
_SUBJECT_KINDS: Final = frozenset({ActorKind.PLACE, ActorKind.ORGANIZATION})
#: How far back from a quantity a possessive may name its owner: a clause.
_OWNER_WINDOW: Final = 200


def _spaced(text: str, span: tuple[int, int]) -> str:
    """The words of ``text[span]`` with every run of whitespace made one space."""
    return " ".join(text[span[0] : span[1]].split())


def _indicator(
    text: str,
    low: str,
    q: Quantity,
    *,
    floor: int,
    limit: int,
    lookback: int,
    carried: str | None,
    sentence_start: int = 0,
    previous_start: int = 0,
    clause: int = 0,
) -> str | None:
    """The indicator of *q*, narrowed by a fronted exclusion of its sentence.

    "Excluding food and energy, prices increased 1.7 percent" → "prices
    excluding food and energy" (before: "prices"). "This is 2 percent above
    …" takes the subject of the report before it.
    """
    pointed, direct = antecedent(
        low, q, previous_start if q.start - sentence_start < 24 else sentence_start
    )
    if pointed is not None and direct:
        # "… where it increased (from 7.6% to 7.7%)": the pronoun is the
        # amount's own subject, and what it stands for is what is measured
        return _excluding(text, low, _spaced(text, pointed), sentence_start)
    if pointed is not None and carried is None:
        carried = _spaced(text, pointed)

    def read(bounds: tuple[int, int, int]) -> str | None:
        return _own_indicator(
            text, low, q, floor=bounds, limit=limit, lookback=lookback, carried=carried
        )

    parts = breakdown(low, q, sentence_start)
    found = (
        f"{text[slice(*parts[0])]} in {text[slice(*parts[1])]}"
        if parts is not None
        else read((sentence_start, clause, floor))
    )
    if (
        found is not None
        and floor == clause > sentence_start
        and _SERIAL.search(low, max(sentence_start, clause - 8), clause) is not None
    ):
        # "the price of food, fuel, and consumer goods was …": the clause break
        # is a list's serial comma, and the subject runs on before it
        start = max(sentence_start, clause - _SERIAL_REACH)
        wider = read((start, start, start))
        # three items at least, or the comma ended a clause ("…, and imports")
        if wider is not None and wider.endswith(found) and wider.count(",") > 1:
            found = wider
    return _excluding(text, low, found, sentence_start)


def _excluding(
    text: str, low: str, found: str | None, sentence_start: int
) -> str | None:
    """*found* narrowed by a fronted exclusion of its sentence, if any."""
    fronted = _EXCLUDING.match(low, sentence_start)
    if found is None or fronted is None or "excluding" in found.lower():
        return found
    return f"{found} excluding {text[fronted.start(1) : fronted.end(1)]}"


def _own_indicator(
    text: str,
    low: str,
    q: Quantity,
    *,
    floor: tuple[int, int, int],
    limit: int,
    lookback: int,
    carried: str | None,
) -> str | None:
    """What *q* measures, a share of the whole it is a percentage of included.

    "Responding firms account for 65% of the dollar volume" → "share of
    dollar volume" (the firms are whose share it is; before: none); "The
    deficit was 3 percent of GDP" → "deficit as a share of GDP" (before:
    "deficit").
    """
    whole = whole_of(low, q, floor[1], limit)
    if whole is not None and whole[1]:
        holder = share_holder(low, q, floor[1])
        if (
            holder is not None
            and _PART_VERB.search(low, holder[1], q.start) is not None
            and not linkers_only(low[holder[0] : holder[1]])
        ):
            # "Cattle in large feedlots accounted for 84.5 percent of all cattle
            # on feed": the part is what the share measures, with its whole
            # (a holder of a share, "taxpayers hold 17 percent", is its subject)
            return (
                f"share of {_spaced(text, whole[0])} accounted for by "
                f"{_spaced(text, holder)}"
            )
        return f"share of {_spaced(text, whole[0])}"
    said = share_said(low, q, floor[1], limit) if whole is None else None
    if said is not None:
        # "67 per cent said they would use it": the share who said so
        return f"share who {_spaced(text, said)}"
    named = _named(
        text, low, q, floor=floor, limit=limit, lookback=lookback, carried=carried
    )
    group = group_after(low, q, limit)
    if named is not None and group is not None:
        # "costs increased 3.4 percent for non-union workers"
        link, words = group[0], _spaced(text, group[1])
        if named.lower() == words.lower() and carried is not None:
            named = carried  # "an increase of 3.5 percent in urban areas"
        if named == carried and f" {link} " in named:
            # the amount before had a group of its own: "… for union workers
            # and 3.4 percent for non-union workers"
            named = named.rsplit(f" {link} ", 1)[0]
        if words.lower() not in named.lower():
            named = f"{named} {link} {words}"
    if whole is None:
        return named
    share = _spaced(text, whole[0])
    if named is None or (named == carried and named.startswith("share of ")):
        # "77% of men and 63% of women": the share before is no subject of this one
        return f"share of {share}"
    return named if named.endswith(share) else f"{named} as a share of {share}"


def _named(
    text: str,
    low: str,
    q: Quantity,
    *,
    floor: tuple[int, int, int],
    limit: int,
    lookback: int,
    carried: str | None,
) -> str | None:
    """The text's own noun phrase for what *q* measures, else a lexicon name.

    An amount with no phrase of its own continues the indicator of the amount
    before it in the sentence (*carried*: "the deficit was $41 billion, down
    $2 billion"). A lexicon phrase that runs on past the noun phrase into its
    verb says more ("the economy grew" → "economic growth", not "economy").
    *floor* is the sentence's start, the clause's and where the reading starts.
    """
    found = None
    for found in _INDICATOR.finditer(low, lookback, q.start):  # noqa: B007
        pass
    span = (
        level_aside(low, floor[0], q.start)
        # ", falling from a 3 percent peak": the main clause's subject
        or participle_subject(low, floor[0], q)
        or indicator_span(low, q, floor[2], limit)
    )
    span = (
        over_embedded(low, span, *floor[1:])
        if span is not None
        else across_aside(low, floor, q.start)
    )
    if span is not None and not (
        found is not None and span[0] <= found.start() < span[1] < found.end()
    ):
        if span[0] <= q.start and q.end <= span[1]:
            # the phrase around the amount ("a 2 percent inflation target"),
            # "N per month of" left out ("purchases of N per month of bonds")
            cut = of_after(low, q) or q.end
            cut = cut if cut <= span[1] else q.end
            return " ".join((text[span[0] : q.start] + text[cut : span[1]]).split())
        acted = counted_verb(low, q, floor[2], limit)
        if acted is not None and span[0] < acted[0] <= span[1]:
            # "issued 90 million payments to farmers" → "payments issued to farmers"
            head, tail = text[span[0] : acted[0]], text[acted[0] : span[1]]
            return " ".join(f"{head} {acted[1]} {tail}".split())
        return _spaced(text, span)
    if span is None and (priced := cost_of(low, q, floor[1])) is not None:
        # "The scheme costs £30 million a year": the cost of the scheme
        return f"cost of {_spaced(text, priced)}"
    if span is None and (act := money_verb(low, q, floor[1], limit)) is not None:
        # "taxpayers will have recovered $17.7 billion": the amount recovered;
        # "the Program has provided $200 million": by whom, when it is named
        where = "" if act[1] is None else " " + _spaced(text, act[1])
        # who announces or pledges money is no actor of it
        said = low[slice(*act[2])] in SAYING
        agent = None if said else agent_of(low, floor[1], act[2])
        by = "" if agent is None else " by " + _spaced(text, agent)
        return f"amount {act[0]}{by}{where}"
    if carried is not None and span is None:
        return carried
    return lex.INDICATORS[found.group(1)] if found is not None else carried


def _subject(
    text: str,
    registry: ActorRegistry,
    floor: int,
    pos: int,
    sentence_start: int,
    *,
    places: SentencePlaces,
    after: int | None = None,
) -> str | None:
    """Whose quantity it is, for the amount from *pos* to *after*.

    A place right after it ("396 000 in the EU28"), else a possessive before
    it, else the nearest place or body named before it in its reading.
    """
    if after is not None and (placed := _placed_after(text, registry, after)):
        return placed
    owner = _possessive(text, registry, pos, sentence_start)
    if owner is not None:
        return owner
    found = [
        c
        for c in (
            _named_before(text, registry, floor, pos),
            _jurisdiction_named(text, registry, floor, pos, places),
        )
        if c is not None
    ]
    return max(found)[1] if found else None


def _placed_after(text: str, registry: ActorRegistry, pos: int) -> str | None:
    """The jurisdiction named right after an amount ("18.7% in the euro area")."""
    m = _IN_PLACE.match(text, pos)
    if m is None or not (
        text[m.start(1)].isupper() or m.group(1).lower() == "euro area"
    ):
        return None
    return registry.implied(lex.JURISDICTION_NAMES[m.group(1).lower()], ActorKind.PLACE)


def _possessive(
    text: str, registry: ActorRegistry, pos: int, sentence_start: int
) -> str | None:
    """The owner a possessive before *pos* names ("the province's", "Italy’s")."""
    best: re.Match[str] | None = None
    window = max(sentence_start, pos - _OWNER_WINDOW)
    # no apostrophe, straight or curly, no possessive
    if text.find("'", window, pos) >= 0 or text.find("’", window, pos) >= 0:
        for m in _POSSESSIVE.finditer(text, window, pos):
            best = m
    if best is None:
        return None
    start = best.start()
    phrase_end = best.end() - (2 if best.group().endswith(("'s", "’s")) else 1)
    words = text[start:phrase_end].split(" ")
    # Sentence-initial words and dates are not owners ("During Thursday's").
    while words and words[0].lower() in _NOT_OWNERS:
        start += len(words.pop(0)) + 1
    if not words or words[-1].lower() in _NOT_OWNERS or start >= phrase_end:
        return None
    if words[0].lower() == "the":
        return registry.resolve(start, phrase_end)
    return registry.mention(start, phrase_end, kind=ActorKind.PLACE)


def _named_before(
    text: str, registry: ActorRegistry, floor: int, pos: int
) -> tuple[int, str] | None:
    """The nearest place or body the registry knows before *pos*, with its start."""
    for m in reversed(list(_CAPITAL_NAME.finditer(text, floor, pos))):
        if m.group().split(" ")[0].lower() in _NOT_OWNERS:
            continue
        name = registry.resolve(m.start(), m.end())
        # Whose figure it is: a place or a body, not a person named nearby.
        if name is not None and registry.kind_of(name) in _SUBJECT_KINDS:
            return m.start(), name
    return None


class SentencePlaces:
    """The jurisdictions one sentence names as owners, read once for its amounts.

    Each amount asks only for the names between its reading's start and
    itself (:func:`_jurisdiction_named`); the sentence is scanned on the first
    question, not once per amount.
    """

    __slots__ = ("_end", "_ends", "_found", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end
        self._found: list[re.Match[str]] | None = None
        self._ends: list[int] = []

    def before(self, floor: int, pos: int) -> list[re.Match[str]]:
        """The capitalised names (or "euro area") from *floor* to *pos*, last first."""
        if self._found is None:
            text = self._text
            self._found = [
                m
                for m in _JURISDICTION_WORD.finditer(text, self._start, self._end)
                # every name it reads is capitalised but the euro area ("us" is
                # a pronoun)
                if text[m.start(1)].isupper()
                or lex.JURISDICTION_NAMES[m.group(1).lower()] == "euro area"
            ]
            self._ends = [m.end() for m in self._found]
        found: list[re.Match[str]] = []
        i = bisect.bisect_right(self._ends, pos)
        # sorted and apart: walk back from *pos* only as far as *floor*
        while i > 0 and self._found[i - 1].start() >= floor:
            i -= 1
            found.append(self._found[i])
        return found


def _jurisdiction_named(
    text: str, registry: ActorRegistry, floor: int, pos: int, places: SentencePlaces
) -> tuple[int, str] | None:
    """The last jurisdiction named before *pos* as an owner, with its start.

    "the euro area unemployment rate", "German exports", "US retail sales";
    not a destination or a term of comparison ("exports to China", "than in
    Japan"), and only a capitalised name ("us" is a pronoun).
    """
    for m in places.before(floor, pos):
        name = lex.JURISDICTION_NAMES[m.group(1).lower()]
        if _AWAY.search(text, max(floor, m.start(1) - 12), m.start(1)) is None:
            first = _JOINT_PLACE.search(text, max(floor, m.start(1) - 40), m.start(1))
            if first is None or not first.group(1)[0].isupper():
                return m.start(1), registry.implied(name, ActorKind.PLACE)
            if _AWAY.search(text, max(floor, first.start(1) - 12), first.start(1)):
                continue  # "exports to China and Japan": destinations both
            # "the crime survey for England and Wales": both, as one
            both = f"{first.group(1)} and {m.group(1)}"
            return first.start(1), registry.implied(both, ActorKind.PLACE)
    return None


def _source_key(source: str | None) -> str:
    return " ".join((source or "").lower().split()).removeprefix("the ")


# Bounded: a service reading documents from many sources must not grow the
# cache without end; a batch rarely holds more than a few hundred sources.
@functools.lru_cache(maxsize=512)
def _source_jurisdiction(key: str) -> str | None:
    """The jurisdiction a source measures, by its key (:func:`_source_key`).

    A listed source gives its entry; a joint source ("the Census Bureau and
    the Bureau of Economic Analysis") the entry of one of its bodies; a body
    whose name says it measures (a statistics office, a central bank, a
    government) the country its name holds: "Statistics Norway", "Central
    Statistics Office of Ireland", "Bank of Korea".
    """
    listed = lex.SOURCE_JURISDICTIONS.get(key)
    if listed is not None:
        return listed
    for part in _JOINT.split(key):
        listed = lex.SOURCE_JURISDICTIONS.get(part.removeprefix("the "))
        if listed is not None:
            return listed
    if _MEASURING.search(key) is None:
        return None
    named = _JURISDICTION.search(key)
    return lex.JURISDICTION_NAMES[named.group(1)] if named is not None else None


#: Words of a title that mark a statistics release ("Universal Credit
#: statistics", "(monthly bulletin)", "Main Results 2014").
_RELEASE_TITLE: Final = re.compile(
    r"(?<![a-z])(?:" + _trie(words("release_title_words")) + r")(?![a-z])"
)


#: A jurisdiction's name as running text capitalises it: "United States",
#: "UK", "U.S." (never the pronoun "us").
_JURISDICTION_CASED: Final = re.compile(
    r"(?<![\w.])("
    + _trie(
        {name.title() for name in lex.JURISDICTION_NAMES}
        | {name.upper() for name in lex.JURISDICTION_NAMES}
    )
    + r")(?![\w-])"
)


def release_jurisdiction(
    source: str | None, title: str | None, text: str
) -> str | None:
    """The jurisdiction a document's figures measure, read once per document.

    A listed measuring source names it (:func:`_source_jurisdiction`). A
    statistics release (a measuring source, or a title that says it is one)
    by a body whose name holds no jurisdiction measures the one its title
    names ("Reported Road Casualties in Great Britain: Main Results", "tax
    receipts for the UK (monthly bulletin)"), else the one its source's name
    opens with ("U.S. Department of X"), else the one its text names most
    ("United States hog producers …" in a release of the National
    Agricultural Statistics Service): real gold, decision 3, "the subject of
    a national release's figures is the country".
    """
    key = _source_key(source)
    listed = _source_jurisdiction(key)
    if listed is not None or source is None:
        return listed
    heading = title or ""
    if (
        _MEASURING.search(key) is None
        and _RELEASE_TITLE.search(heading.lower()) is None
    ):
        return None
    named = _JURISDICTION_WORD.search(heading) or _JURISDICTION_WORD.match(source)
    if named is not None:
        return lex.JURISDICTION_NAMES[named.group(1).lower()]
    counts = Counter(
        lex.JURISDICTION_NAMES[m.group(1).lower()]
        for m in _JURISDICTION_CASED.finditer(text)
    )
    # most_common keeps the first named on a tie, as the text ordered them
    return counts.most_common(1)[0][0] if counts else None


def _whose(
    found: str | None,
    source: str | None,
    registry: ActorRegistry,
    *,
    instrument: bool,
    jurisdiction: str | None = None,
) -> str | None:
    """*found*, unless missing or the issuing body: then whom the source measures.

    A national statistics office's or central bank's figures are the
    country's unless the sentence names another owner (real gold, decision
    3); a central bank's own instruments (*instrument*: "purchases of
    securities", "the discount rate") are the bank's. *jurisdiction* is the
    document's (:func:`release_jurisdiction`).
    """
    named = lex.JURISDICTION_NAMES.get((found or "").lower())
    if named is not None and named != found:
        # "America's exports" are the United States'
        found = registry.implied(named, ActorKind.PLACE)
    key = _source_key(source)
    if jurisdiction is None or source is None:
        return found
    owner = lex.SOURCE_OWNERS.get(key)
    if (
        found is None
        or found.lower() in source.lower()
        # a body of the same institution ("the FOMC" in a Board governor's speech)
        or (owner is not None and lex.SOURCE_OWNERS.get(_source_key(found)) == owner)
    ):
        owner = owner if instrument else None
        if owner is not None:
            return registry.implied(owner, ActorKind.ORGANIZATION)
        return registry.implied(jurisdiction, ActorKind.PLACE)
    return found


#: Words that alone name no indicator: changes, measures, superlatives.
_EMPTY_WORDS: Final = (
    frozenset(words("change_nouns"))
    | frozenset(words("measure_nouns"))
    | word_set("indicator_superlatives")
    | word_set("indicator_determiners")
)


def names_nothing(indicator: str) -> bool:
    """Whether *indicator* is only a change, a measure or a superlative.

    "the increase", "the lowest rate", "largest decreases", "recorded" (a
    participle left alone) say what kind of figure it is, not of what.
    """
    tokens = indicator.lower().split()
    if len(tokens) == 1 and tokens[0].endswith("ed"):
        return True
    return all(t in _EMPTY_WORDS for t in tokens)


def subject_of(
    text: str,
    low: str,
    registry: ActorRegistry,
    q: Quantity,
    *,
    bounds: tuple[int, int, int],
    after: int,
    carried: str | None,
    places: SentencePlaces,
) -> str | None:
    """Whose figure *q* is, before the source's jurisdiction is considered.

    The holder of a share ("taxpayers will hold 17 percent of the stock"), else
    what :func:`_subject` finds from *bounds* (the sentence's start, the
    clause's and where the reading starts), else *carried*, the owner of the
    amount before it in its clause.
    """
    sentence_start, clause, floor = bounds
    holder = share_holder(low, q, clause)
    if holder is not None:
        words = _spaced(text, holder)
        return registry.resolve(*holder) or registry.implied(words, ActorKind.GROUP)
    return _subject(
        text, registry, floor, q.start, sentence_start, places=places, after=after
    ) or (carried)


# What a counted noun's clause says of it: "1.1 million people have taken the
# quiz", "15 million Britons are living with a condition", "Nearly 250,000
# people have subsequently downloaded the app".
_PREDICATE: Final = re.compile(
    r" {1,2}(?:(?:"
    + choice("metrics_predicate_auxiliaries")
    + r") {1,2}(?:been {1,2})?)?"
    r"(?:[a-z]{2,15}ly {1,2})?"
    r"(?:[a-z]{2,20}(?:ed|en|ing)|went|took|made|got|paid|sent)(?![a-z])"
)
_PREDICATE_END: Final = re.compile(
    r"[,;:.()\n\u2013\u2014]| (?:" + choice("metrics_predicate_ends") + r")(?![a-z])"
)
_PREDICATE_WORDS: Final = 7


def with_predicate(text: str, low: str, q: Quantity, indicator: str, limit: int) -> str:
    """A bare counted noun with what its clause says of it, in the text's words.

    "More than 1.1 million people have taken the quiz": before "people", now
    "people have taken the quiz". An indicator that says more is kept.
    """
    if q.noun_end is None or not low[q.start : q.noun_end].endswith(indicator.lower()):
        return indicator
    verb = _PREDICATE.match(low, q.noun_end, limit)
    if verb is None:
        return indicator
    stop = _PREDICATE_END.search(low, verb.end(), limit)
    end = stop.start() if stop is not None else limit
    words = text[verb.start() : end].split()
    if not words:
        return indicator
    return " ".join([indicator, *words[:_PREDICATE_WORDS]])
