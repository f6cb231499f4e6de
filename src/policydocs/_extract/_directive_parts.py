"""The directive stage's patterns, word classes, token view and records.

The token view of a sentence (:class:`_Tokens`), the records of one trigger
hit and its clause, and the tests on words and titles that the stage in
``_directives`` applies.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from .._vocab import Force
from . import _rules
from ._actors import is_person_title
from ._lexicon import month_names, word_set
from ._modals import (
    OUTLET_WORDS,
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
    r"[ \t]{0,8}(?P<label>q|q&a|question|reporter|journalist|correspondent)"
    r"[ \t]?[:：]"
)
_LINE_END_TRAIL: Final = " \t\"'”’)]"
_QUOTES: Final = frozenset('"“”')
# Brackets are no boundary: "(2026-30)" and "(excluding rural households)"
# belong to the phrase around them.
_HARD: Final = frozenset(";:")
#: Words that open a subordinate clause: a trigger after one has its own subject.
_SUBORDINATORS: Final = word_set("directives_subordinators")
#: Verbs before an indirect yes/no question ("asked if …", "wondered if …").
_ASKING: Final = word_set("directives_asking")
#: Conjunctions that open a clause after a comma (", and importers must …").
_CONJ: Final = _SUBORDINATORS | {"and", "but", "or"}
#: Speech verbs whose "that" clause is the act asked for ("require that X do").
_THAT_VERBS: Final = word_set("directives_that_verbs")
#: Words after "pledged"/"promised" that open no object.
_NOT_AN_OBJECT: Final = frozenset({"that", "to", ",", ".", ";", ":", "", "and", "by"})
_SUBJECT_PRONOUNS: Final = word_set("directives_subject_pronouns")
_PLURAL_PRONOUNS: Final = word_set("directives_plural_pronouns")
_JOINS: Final = word_set("directives_joins")
_RELATIVE: Final = word_set("directives_relative")
_DETERMINERS: Final = word_set("directives_determiners")
_TIME_WORDS: Final = (
    month_names() | word_set("weekdays") | word_set("directives_time_words")
)
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
    {_rules.SPEECH_OBJECT, _rules.SUPPORT_IN, _rules.CALL_FOR, _rules.CALL_FOR_TO}
)
_LOOK: Final = 60
_WORD_RE: Final = re.compile(r"[a-z][a-z.'’\-]{0,30}")
#: Words of a name that say nothing about which body it is.
_NAME_GLUE: Final = word_set("directives_name_glue")
#: Rank words of a title, beside the person titles of the actor lexicon.
_RANKS: Final = word_set("directives_ranks")
#: Heads shared by many bodies: "department" in a title does not name the
#: author's department.
_CONTAINERS: Final = word_set("actors_container_heads")
#: Longest action, in tokens (the longest in the gold sets is under 60).
_MAX_ACTION: Final = 150  # tokens of look-back or look-ahead for one phrase


@attrs.define
class _Tokens:
    """Word and punctuation tokens of one sentence, lower-cased."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    by_start: dict[int, int]
    by_end: dict[int, int]

    @classmethod
    def of(cls, low: str, start: int, end: int) -> _Tokens:
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN_RE.finditer(low, start, end):
            words.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        return cls(
            words,
            starts,
            ends,
            {s: i for i, s in enumerate(starts)},
            {e: i for i, e in enumerate(ends)},
        )

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
        or (nxt in PREPOSITIONS and nxt != "that")
        or nxt in _AUX
        or nxt.endswith("ed")
    )


def _stem(word: str) -> str:
    # Six letters join "commissioner" to "commission", "ministry's" to "ministry".
    return word[:6]


def _content_words(phrase: str) -> list[str]:
    return [w for w in _WORD_RE.findall(phrase.lower()) if w not in _NAME_GLUE]


def _initials(name: str) -> set[str]:
    """Acronyms of ``name``, with and without its glue words (PBOC, CBN)."""
    words = name.lower().replace("'s", "").split()
    return {
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in _NAME_GLUE),
    }


def _title_fits_author(titles: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Tell whether a person with ``titles`` speaks for the document's author.

    ``names`` are the author's name and aliases. Never for a news outlet.
    Yes when a title word is an alias or the initials of the author ("PBOC
    Governor" under the People's Bank of China), when a title word shares
    the author's head ("Commissioner" of the "European Commission"), when a
    title word beyond
    rank and office names part of the author ("director of the equipment
    industry department" under the Ministry of Industry and Information
    Technology), and for a bare rank ("Deputy Secretary", "Spokesperson", no
    title at all); no when the title names another portfolio ("Finance
    Minister" under the Office of the Prime Minister).
    """
    author = names[0]
    own = _content_words(author)
    if not own or any(w in OUTLET_WORDS for w in own):
        return False
    words = [w for t in titles for w in _content_words(t)]
    aliases = _initials(author) | {a.lower() for a in names[1:]}
    head = own[0] if " of " in author.lower() else own[-1]
    if any(w in aliases or _stem(w) == _stem(head) for w in words):
        return True
    portfolio = [w for w in words if not is_person_title(w) and w not in _RANKS]
    if not portfolio:
        return True
    stems = {_stem(w) for w in own if w not in _CONTAINERS}
    return any(_stem(w) in stems for w in portfolio)
