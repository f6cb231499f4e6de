"""The directive stage's patterns, word classes, token view and records.

The token view of a sentence (:class:`_Tokens`), the records of one trigger
hit and its clause, and the tests on words and titles that the stage in
``_directives`` applies.
"""

from __future__ import annotations

import bisect
import re
from array import array
from typing import Final

import attrs

from .._vocab import Force
from . import _rules
from ._lexicon import choice, month_names, word_set
from ._modals import (
    PREPOSITIONS,
    REPORT_BASES,
    REPORT_VERBS,
    Frame,
    Trigger,
)

__all__ = []

# A number keeps its thousands separators ("8,500"): its comma is no clause
# boundary; a dotted abbreviation keeps its last full stop ("U.S.", "U.K.").
_TOKEN_RE: Final = re.compile(
    r"\d{1,3}(?:,\d{3}){1,6}(?!\d)(?:\.\d+)?|(?:[a-z]\.){2,4}(?!\w)"
    r"|\w+(?:[.'’\-]\w+){0,8}|[^\w\s]"
)
_CAP_RE: Final = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z]{1,40}")
#: A question label the statements stage's turn grammar does not read
#: (lower case, full-width colon, "Q&A:").
_ASK_LABEL_RE: Final = re.compile(
    rf"[ \t]{{0,8}}(?P<label>{choice('directives_ask_labels')})"
    r"[ \t]?[:：]"
)
_LINE_END_TRAIL: Final = " \t\"'”’)]"
#: Endings of a possessor ("Scotland's", "the city’s"): a determiner of the
#: noun after it, not the head of its phrase.
_POSSESSIVE_ENDINGS: Final = ("'s", "’s")
_QUOTES: Final = frozenset('"“”')
# Brackets are no boundary: "(2026-30)" and "(excluding rural households)"
# belong to the phrase around them.
_HARD: Final = frozenset(";:")
#: Words that open a subordinate clause: a trigger after one has its own subject.
_SUBORDINATORS: Final = word_set("directives_subordinators")
#: Words of degree before an adjective ("most pressing for"): no demand verb.
_DEGREE: Final = word_set("directives_degree_words")
#: Demand triggers whose subject is always an actor ("insist on", "press for").
_ACTOR_DEMANDS: Final = word_set("directives_actor_demands")
#: Verbs before an indirect yes/no question ("asked if …", "wondered if …").
_ASKING: Final = word_set("directives_asking")
#: Conjunctions that open a clause after a comma (", and importers must …").
_CONJ: Final = _SUBORDINATORS | word_set("coordinators")
#: Speech verbs whose "that" clause is the act asked for ("require that X do").
_THAT_VERBS: Final = word_set("directives_that_verbs")
#: Words after "pledged"/"promised" that open no object.
_NOT_AN_OBJECT: Final = word_set("directives_not_objects") | {",", ".", ";", ":", ""}
_SUBJECT_PRONOUNS: Final = word_set("directives_subject_pronouns")
_PLURAL_PRONOUNS: Final = word_set("directives_plural_pronouns")
_JOINS: Final = word_set("directives_joins")
_RELATIVE: Final = word_set("directives_relative")
_DETERMINERS: Final = word_set("directives_determiners")
_COORDINATING: Final = word_set("coordinators")
_TIME_WORDS: Final = (
    month_names() | word_set("weekdays") | word_set("directives_time_words")
)
#: Words that open a fronted time adverbial ("Next month Treasury will …").
_TIME_OPENERS: Final = word_set("directives_time_openers")
#: Auxiliaries and modals between a subject and the trigger ("the government
#: will need to …", "the ministry has pledged to …").
_AUX: Final = word_set("directives_aux")
_NEGATORS: Final = word_set("directives_negators")
#: Prepositions of an adjunct between a reporting verb and "that".
_ADJUNCT_PREPS: Final = word_set("directives_adjunct_preps")
#: Head classes whose "will" commits: a "will" about anything else predicts.
_COMMITTERS: Final = frozenset({"agent", "pronoun", "proper", "reported"})
#: Frames whose action is a verb phrase that may coordinate further verbs.
_MODALS: Final = frozenset({Frame.MODAL, Frame.ACTOR_MODAL, Frame.NEGATED_ONLY})
#: Rules of acts whose grammatical subject issues them ("the bank urged …").
_ACTIVE_SPEECH: Final = frozenset(
    {
        _rules.SPEECH_OBJECT,
        _rules.PERMIT_TO,
        _rules.SUPPORT_IN,
        _rules.CALL_FOR,
        _rules.CALL_FOR_TO,
        _rules.CALL_NOUN,
        _rules.SPEECH_THAT,
    }
)
_LOOK: Final = 60
#: Longest action, in tokens (the longest in the gold sets is under 60).
_MAX_ACTION: Final = 150  # tokens of look-back or look-ahead for one phrase


class _Offsets:
    """Token index by character offset, looked up in a sorted array."""

    __slots__ = ("_at",)

    def __init__(self, at: array[int]) -> None:
        self._at = at

    def get(self, offset: int) -> int | None:
        i = bisect.bisect_left(self._at, offset)
        return i if i < len(self._at) and self._at[i] == offset else None


@attrs.define
class _Tokens:
    """Word and punctuation tokens of one sentence, lower-cased.

    Compact on purpose: a sentence of a million one-character tokens (a run
    of quotation marks after "must") is tokenized whole, so offsets are
    machine integers and equal words share one string, not a dict entry and
    a string object per token.
    """

    words: list[str]
    starts: array[int]
    ends: array[int]
    by_start: _Offsets
    by_end: _Offsets

    @classmethod
    def of(cls, low: str, start: int, end: int) -> _Tokens:
        words: list[str] = []
        starts = array("q")
        ends = array("q")
        shared: dict[str, str] = {}
        for m in _TOKEN_RE.finditer(low, start, end):
            word = m.group()
            words.append(shared.setdefault(word, word))
            starts.append(m.start())
            ends.append(m.end())
        return cls(words, starts, ends, _Offsets(starts), _Offsets(ends))

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""


@attrs.define
class _Hit:
    """One trigger occurrence and what its frame made of it."""

    trigger: Trigger
    surface: str
    first: int  # token index of the trigger's first word
    last: int  # token index after the trigger's last word
    keep: bool = False
    force: Force = Force.RECOMMENDATION
    negated: bool = False
    rule: str = ""
    #: Token where the trigger's clause begins; the previous action ends before.
    cut: int | None = None
    subject: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    action_start: int = 0
    #: A speech act with no subject of its own ("…, and urged X to").
    bare: bool = False
    #: A participle commitment: the issuer commits itself.
    self_commit: bool = False
    #: What opens the trigger's clause (see :class:`_Clause`).
    clause_kind: str = ""
    #: Tokens of the one who urges or calls for, when no statement names them.
    speaker: tuple[int, int] | None = None
    #: The action may not end before this token (a passive clause's trigger).
    action_floor: int = 0
    #: The trigger is a relative clause's own verb ("buildings, which must be
    #: located …"), not the verb of a subject that holds one.
    in_relative: bool = False
    #: Characters of the topic actor a "they" subject takes up, when found.
    topic: tuple[int, int] | None = None


@attrs.define
class _Scope:
    """What the frame readers of one sentence share."""

    toks: _Tokens
    #: Tokens of the triggers kept so far: they bound a later clause.
    bounds: set[int]
    #: First token a clause may start at (a statement content's start).
    lo: int
    #: The last trigger kept, whose subject a subject-less clause shares.
    previous: _Hit | None = None


@attrs.frozen
class _Clause:
    """Where a trigger's clause begins and what precedes it."""

    start: int  # first token of the clause
    cut: int  # first token of the boundary before it (= start without one)
    kind: str  # "sentence", "comma", "conj", "that", "question", "relative", "trigger"


def _said_with_adjunct(p: int, toks: _Tokens) -> bool:
    """Tell whether "that" after token ``p`` follows "said in the report".

    A short adjunct may stand between a reporting verb (and its listener) and
    "that": "said in the report that", "told reporters at a briefing that".
    """
    for j in range(p, max(p - 4, -1), -1):
        w = toks.word(j)
        if w in _ADJUNCT_PREPS:
            return toks.word(j - 1) in REPORT_VERBS or toks.word(j - 2) in REPORT_VERBS
        if w in _HARD or w in _QUOTES or w in ",.!?":
            return False
    return False


def _reporting(j: int, toks: _Tokens) -> bool:
    """Tell whether token ``j`` is a reporting verb rather than a plural noun.

    A third-person form ("states", "reports", "notes", "claims") is a noun
    after a determiner or before a preposition, an auxiliary or a
    participle: "all states in the region", "member states of the union",
    "notes issued by the bank".
    """
    w = toks.word(j)
    prev = toks.word(j - 1)
    if w in REPORT_BASES:
        # "Economists say", "they argue"; not "stress tests", "the state".
        if not (prev in _PLURAL_PRONOUNS or (prev.endswith("s") and prev[-2:] != "'s")):
            return False
    elif w not in REPORT_VERBS:
        return False
    elif not w.endswith("s"):
        return True  # a past form: "said", "noted", "told"
    nxt = toks.word(j + 1)
    return not (
        prev in _DETERMINERS
        # "to the United States and shall …": a noun joined to what follows.
        or nxt in _COORDINATING
        or (nxt in PREPOSITIONS and nxt != "that")
        or nxt in _AUX
        or nxt.endswith("ed")
    )
