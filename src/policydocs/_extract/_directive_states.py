"""The directive stage's readers of need nouns, "call for" and states.

A part of the stage in ``_directives``: "the need (for X) to …", "it is
imperative to …", "call for X (to …)", "X is (not) permitted", "X is
necessary to …" and "Y are welcome / prohibited / allowed to …".
"""

from __future__ import annotations

import re
from typing import Final

from .._vocab import Force
from . import _rules
from ._directive_base import _PURPOSE_LEADS
from ._directive_parts import _AUX, _Hit, _Scope, _Tokens
from ._directive_topics import _TopicReader
from ._lexicon import word_set
from ._modals import (
    ADVERBS,
    BE_FORMS,
    PREPOSITIONS,
    QUESTION_WORDS,
    REMARK_VERBS,
    TRIGGER_RE,
    TRIGGERS,
)

__all__: list[str] = []

#: Tokens after "it is essential that" where the clause's own modal may stand.
_OWN_MODAL_REACH: Final = 10

#: Pronouns before which "need" is a verb: "I need everybody to …".
_NEEDING: Final = word_set("directives_plural_pronouns")

#: Modals of a forecast: "there will be a need for X" predicts a need.
_FORECAST_MODALS: Final = word_set("directives_forecast_modals")

#: Adverbs between a pronoun and "need" ("I just need …").
_NEED_ADVERBS: Final = word_set("directives_need_adverbs")

#: First words of a subject that make "is permitted" a prohibition.
_PERMIT_NEGATORS: Final = word_set("directives_permit_negators")
_PERFECT: Final = word_set("directives_perfect_auxiliaries")
#: Trigger bases of "X is permitted" / "X is prohibited": the clause is the act.
_BE_STATES: Final = word_set("directives_be_states")

#: One-word subjects of "X is necessary to" that name nothing required.
_IMPERSONAL_SUBJECTS: Final = word_set("directives_impersonal_subjects")

#: "there will" contracted: "there'll be a need for" foresees a need.
_THERE_WILL: Final = word_set("directives_there_will")

#: Conjunctions that join actors into one addressee ("Chile, Peru and
#: Panama").
_LIST_JOINERS: Final = word_set("list_joiners")


#: Determiners that open the subject of a clause whose "that" is left out
#: ("it is vital the partners act", "it is essential all banks report").
_CLAUSE_DETERMINERS: Final = word_set("directives_clause_determiners")

#: Verbs of "it is important to stress / know that …": a remark, no act asked.
_FRAMING_VERBS: Final = REMARK_VERBS | word_set("directives_framing_verbs")

#: Subject pronouns: one opens a clause whose "that" is left out.
_SUBJECT_PRONOUNS: Final = word_set("directives_subject_pronouns")

#: Words between "the need" and its "to" ("the need both to …").
_NEED_PARTICLES: Final = word_set("directives_need_particles")

#: Need nouns that ask only in "there is (no) X for Y to …": elsewhere "the
#: requirement to file" is mostly a rule talked about ("waived the
#: requirement to file"), not one laid down.
_EXISTENTIAL_NEEDS: Final = word_set("directives_existential_needs")

#: Determiners of the noun in "there is a need", "there is no requirement".
_EXISTENTIAL_DETERMINERS: Final = word_set("directives_existential_determiners")

#: Present forms of "be" after "there": a need that stands now ("there was a
#: need for" tells a story).
_PRESENT_BE: Final = word_set("directives_present_be")

#: The negation inside a negated impersonal copula ("is not", "isn't").
_NOT: Final = re.compile(r"\bnot\b|n['’]t\b")

#: Quantifiers of a subject that make "can" a statement about some of a
#: group ("many can't tell", "some firms can"), not leave given to it.
_SOME_OF: Final = word_set("directives_partial_quantifiers")


class _StateReader(_TopicReader):
    """Readers of the need-noun, impersonal, call-for and state-to frames."""

    @staticmethod
    def _partial(subj: tuple[int, int], toks: _Tokens) -> bool:
        """Whether a subject is some of a group: "many adults", "many of you".

        What some may or cannot do is a likelihood or an ability ("as many
        of you may know", "many cannot name …"), no leave or bar for all.
        """
        a = subj[0]
        return toks.words[a] in _SOME_OF or (
            toks.word(a - 1) == "of" and toks.word(a - 2) in _SOME_OF
        )

    @staticmethod
    def _purpose(hit: _Hit, toks: _Tokens) -> bool:
        """Whether a verb trigger opens a purpose clause: "in order to allow them to".

        A purpose says why the act is done, it asks nothing itself ("shall
        provide the data, in order to allow them to investigate").
        """
        lead = f"{toks.word(hit.first - 3)} {toks.word(hit.first - 2)}"
        return toks.word(hit.first - 1) == "to" and lead in _PURPOSE_LEADS

    @staticmethod
    def _existential(det: int, toks: _Tokens) -> bool:
        """Whether ``det`` opens the noun of "there is (no) need …" ("there are")."""
        return (
            toks.word(det) in _EXISTENTIAL_DETERMINERS
            and toks.word(det - 1) in _PRESENT_BE
            and toks.word(det - 2) == "there"
        )

    @staticmethod
    def _forecast_need(be: int, toks: _Tokens) -> bool:
        """Whether "be" at ``be`` is "there will (…) be": a need foreseen.

        "There is an urgent need for reform" asks for it; "there will, of
        course, still be a need for coal" and "there may be a need to …"
        say what is to come.
        """
        if toks.word(be) != "be":
            return False
        for j in range(be - 1, max(-1, be - 8), -1):
            word = toks.word(j)
            if word in _THERE_WILL:
                return True
            if word in _FORECAST_MODALS:
                return toks.word(j - 1) == "there"
        return False

    def _need_noun(self, hit: _Hit, toks: _Tokens, *, start: int) -> None:
        """Read "the need (for X) to ACTION" and "the imperative for X to ACTION"."""
        k = start
        if toks.word(k) in _NEED_PARTICLES and toks.word(k + 1) == "to":
            k += 1  # "the need both to protect A and to avoid B"
        word = toks.word(k)
        if word == "to":
            hit.keep, hit.rule, hit.action_start = True, _rules.NEED_NOUN, k + 1
            return
        if word != "for":
            return
        to = self._infinitive_after(k + 1, toks)
        if to is not None and self._head_class((k + 1, to), toks) is not None:
            hit.addressee = self._np_span((k + 1, to), toks)
            hit.keep, hit.rule, hit.action_start = True, _rules.NEED_FOR_TO, to + 1
            return
        if hit.trigger.base != "the need to":
            return  # "an imperative for the poor": whom it serves, no act named
        hit.keep, hit.rule, hit.action_start = True, _rules.NEED_FOR, k + 1

    def _need_object(self, hit: _Hit, toks: _Tokens) -> bool:
        """Read "I need everybody to ACTION": whether "need" is this verb.

        After a personal pronoun "need" is a verb; with an actor object
        before "to" the speaker requires the act of it ("We need banks to
        lend more"). "we need more time to …" needs a thing: no directive.
        """
        if toks.words[hit.first] != "need":
            return False
        j = hit.first - 1
        while toks.word(j) in ADVERBS or toks.word(j) in _NEED_ADVERBS:
            j -= 1
        if toks.word(j) not in _NEEDING:
            return False
        to = self._infinitive_after(hit.last, toks)
        if to is not None and to > hit.last:
            np = (hit.last, to)
            if self._head_class(np, toks) is not None:
                hit.keep, hit.rule = True, _rules.NEED_OBJECT
                hit.addressee = self._np_span(np, toks)
                hit.action_start = to + 1
        return True

    def _clause_actor(self, start: int, toks: _Tokens) -> tuple[int, int] | None:
        """The actor opening a subjunctive clause ("that the company pay …").

        Joined actors are one addressee: "that Chile, Peru and Panama change
        their laws" asks all three, and the act starts at "change".
        """
        n = len(toks.words)
        actor = self._leading_actor(start, min(n, start + 6), toks)
        if actor is not None:
            end = actor[1]
            for _ in range(4):
                if toks.word(end) != "," and toks.word(end) not in _LIST_JOINERS:
                    break
                nxt = end + 1 + (toks.word(end + 1) in _LIST_JOINERS)
                more = self._leading_actor(nxt, min(n, nxt + 6), toks)
                if more is None:
                    break
                end = more[1]
            return self._of_complement((actor[0], end), toks)
        for j in range(start, min(len(toks.words), start + 4)):
            if toks.words[j] in BE_FORMS or toks.words[j] in _AUX:
                break  # "insisted that teaching is …": past the subject
            if self._agentive(toks.words[j]) or (
                toks.word(j + 1) not in PREPOSITIONS
                and self._head_class((start, j + 1), toks) is not None
            ):
                return self._of_complement((start, j + 1), toks)
        return None

    def _of_complement(self, actor: tuple[int, int], toks: _Tokens) -> tuple[int, int]:
        """An actor with its "of" complement: "the members of the board".

        In "that the members of the board not continue" the whole phrase
        acts, and the act starts after it.
        """
        end = actor[1]
        if toks.word(end) != "of":
            return actor
        whose = self._leading_actor(end + 1, min(len(toks.words), end + 7), toks)
        return (actor[0], whose[1]) if whose is not None else actor

    def _impersonal(self, hit: _Hit, toks: _Tokens) -> None:
        """Read "it is imperative (for X) to ACTION" or "… (that) CLAUSE"."""
        k = hit.last
        # "it is not necessary", "it isn't essential": nobody is required.
        hit.negated = hit.negated or _NOT.search(hit.surface) is not None
        if toks.word(k) == "that":
            self._impersonal_clause(hit, toks, k + 1)
            return
        if self._bare_clause_opener(k, toks):
            # "It's vital the partners work together": the "that" left out.
            actor = self._clause_actor(k, toks)
            if actor is not None and toks.word(actor[1]) not in PREPOSITIONS:
                self._impersonal_clause(hit, toks, k, actor=actor)
            return
        if toks.word(k) == "to" and toks.word(k + 1) in _FRAMING_VERBS:
            return  # "it is vital to note that …" frames a remark
        self._need_noun(hit, toks, start=k)
        if hit.rule == _rules.NEED_FOR:
            hit.keep = False  # "it was crucial for the rebound": no act asked
        elif hit.keep:
            hit.rule = _rules.IMPERSONAL

    def _bare_clause_opener(self, k: int, toks: _Tokens) -> bool:
        """Whether a clause's subject opens at ``k`` with no "that" before it.

        A determiner, a subject pronoun or a name opens one ("it is vital
        the councils act", "it's essential we act", "it is critical
        Congress acts"); a noun ("it is critical infrastructure") does not.
        """
        word = toks.word(k)
        return (
            word in _CLAUSE_DETERMINERS
            or word in _SUBJECT_PRONOUNS
            or (k < len(toks.words) and self._capitalised(k, toks))
        )

    def _impersonal_clause(
        self,
        hit: _Hit,
        toks: _Tokens,
        start: int,
        *,
        actor: tuple[int, int] | None = None,
    ) -> None:
        """Read the clause of "it is imperative (that) CLAUSE" from ``start``."""
        if actor is None:
            actor = self._clause_actor(start, toks)
        # The clause's own modal stands after its subject ("it is
        # essential that banks should …"); one deep in a relative clause
        # ("refrain from any action that may raise tensions") is not it.
        at = actor[1] if actor is not None else start
        while toks.word(at) in ADVERBS or toks.word(at).endswith("ly"):
            at += 1
        if at >= len(toks.words):
            return  # "… it is vital that" and nothing after it
        reach = at + 2 if actor is not None else start - 1 + _OWN_MODAL_REACH
        stop = toks.ends[min(len(toks.words), reach) - 1]
        if TRIGGER_RE.search(self.low, toks.starts[at], stop):
            return  # the clause's own modal is the trigger
        hit.keep, hit.rule, hit.action_start = True, _rules.IMPERSONAL_THAT, start
        if actor is not None and actor[1] < len(toks.words):
            # "It is vital that all parties exercise restraint": the
            # parties are asked, the act starts at their verb.
            hit.addressee, hit.action_start = actor, actor[1]

    def _call_for(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "call for ACTION"; "call for X to ACTION" names X the addressee."""
        if start >= len(toks.words) or toks.words[start] in ";:,.":
            return
        hit.keep = True
        hit.force = hit.trigger.force  # "call for" recommends, "press for" demands
        to = self._infinitive_after(start, toks)
        if to is not None and self._head_class((start, to), toks) in (
            "agent",
            "proper",
            "pronoun",
            "populace",
        ):
            hit.addressee = self._np_span((start, to), toks)
            hit.rule, hit.action_start = _rules.CALL_FOR_TO, to + 1
            return
        hit.rule, hit.action_start = _rules.CALL_FOR, start

    def _be_permitted(self, hit: _Hit, sc: _Scope) -> None:
        """Read "X is permitted", "No X is permitted", "X is prohibited".

        With "no" or "not", or a verb that bars ("The use of drones is
        prohibited"), nobody is allowed: an obligation, negated, with
        addressee null ("No increase in staff is permitted"); otherwise leave
        is given ("Overtime is permitted on Sundays"). The clause is the action.
        """
        toks = sc.toks
        subj = self._subject_of(
            hit, hit.first, toks, sc.bounds, lo=sc.lo, previous=sc.previous
        )
        if subj is None:
            return
        refused = (
            hit.trigger.negated
            or " not " in hit.surface
            or toks.word(subj[0]) in _PERMIT_NEGATORS
        )
        hit.keep, hit.rule = True, _rules.BE_PERMITTED
        hit.force = Force.OBLIGATION if refused else Force.PERMISSION
        hit.negated = refused
        hit.subject = subj
        hit.action_start = subj[0]
        hit.action_floor = hit.last

    def _be_necessary(self, hit: _Hit, sc: _Scope) -> None:
        """Read "X is necessary / needed / essential to Y": X is required for Y.

        The clause is the action and nobody is named ("Stronger supervision
        is necessary to protect depositors"); "what is needed to …" asks and
        "it is necessary to" is the impersonal frame's.
        """
        toks = sc.toks
        be = hit.first
        if toks.word(be) not in BE_FORMS:
            # "further efforts are still needed to …": "be", an adverb, the
            # participle read as the past of "need to".
            be -= 1
            while be > hit.first - 4 and (
                toks.word(be) in ADVERBS or toks.word(be).endswith("ly")
            ):
                be -= 1
            if toks.word(be) not in BE_FORMS:
                return
        subj = self._subject_of(
            hit, be, toks, sc.bounds, lo=sc.lo, previous=sc.previous
        )
        if (
            subj is None
            or hit.clause_kind in ("question", "relative")
            or toks.word(subj[0]) in QUESTION_WORDS
            or (subj[1] - subj[0] == 1 and toks.word(subj[0]) in _IMPERSONAL_SUBJECTS)
            # "It does not stop them doing things they feel is necessary to
            # …": a subject holding a verb of its own is a clause, no subject.
            or any(w in _AUX or w in BE_FORMS for w in toks.words[subj[0] : subj[1]])
        ):
            return
        hit.keep, hit.rule = True, _rules.BE_NECESSARY
        hit.subject = subj
        hit.action_start = subj[0]
        hit.action_floor = hit.last
        # "No action is needed to …": nobody is required.
        hit.negated = toks.word(subj[0]) in _PERMIT_NEGATORS

    def _state_to(self, hit: _Hit, sc: _Scope) -> None:
        """Read "Y are welcome to ACTION" and "Y are prohibited from ACTION"."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        if hit.trigger.base == "be necessary":
            self._be_necessary(hit, sc)
            return
        if hit.trigger.base in _BE_STATES:
            # "are allowed to", "are prohibited from": the participle's own
            # entry, after "be"; otherwise the clause is what is let or barred.
            inner = " ".join(
                [*toks.words[hit.first + 1 : hit.last], toks.word(hit.last)]
            )
            if inner not in TRIGGERS:
                self._be_permitted(hit, sc)
                return
            hit.trigger, hit.surface = TRIGGERS[inner], inner
            hit.first, hit.last = hit.first + 1, hit.last + 1
            hit.force, hit.negated = hit.trigger.force, hit.trigger.negated
        k = hit.first - 1
        while k > hit.first - 4 and (toks.word(k) in ADVERBS or toks.word(k) == "not"):
            k -= 1
        if toks.word(k) not in BE_FORMS and not (
            hit.surface.startswith("not") and toks.word(hit.first - 1) in BE_FORMS
        ):
            return
        if hit.surface.startswith("not"):
            k = hit.first - 1
        if toks.word(k) == "been" and toks.word(k - 1) in _PERFECT:
            # "A vessel which has been prohibited from operating …": a bar
            # already in place is reported, a decision taken, not laid down.
            return
        subj = self._subject_of(hit, k, toks, triggers, lo=lo, previous=previous)
        if subj is None:
            return
        if hit.force is Force.PERMISSION and self._head_class(subj, toks) is None:
            return  # "lending was allowed to grow": a thing let happen, no leave
        hit.keep, hit.rule = True, _rules.STATE_TO
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last
