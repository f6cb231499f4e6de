"""The directive stage's reader of speech acts: "urge X to", "are urged to".

A part of the stage in ``_directives``: the active "urge / ask / require X to
ACTION", the passive "Y are urged to ACTION", "require that X do Y", "its
demand that …", "called on Thursday for …" and "are demanding OBJECT".
"""

from __future__ import annotations

from typing import Final

from .._vocab import Force
from . import _rules
from ._directive_base import _FINITE_BE
from ._directive_parts import (
    _AUX,
    _DETERMINERS,
    _LOOK,
    _MODALS,
    _NEGATORS,
    _POSSESSIVE_ENDINGS,
    _QUOTES,
    _RELATIVE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _THAT_VERBS,
    _TIME_WORDS,
    _Hit,
    _Scope,
    _Tokens,
)
from ._directive_states import _StateReader
from ._lexicon import word_set
from ._modals import (
    ADVERBS,
    BE_FORMS,
    CHANGE_VERBS,
    EFFORT_HEADS,
    NOUN_DETERMINERS,
    PREPOSITIONS,
    TRIGGER_RE,
    TRIGGERS,
    UNDERGO_VERBS,
)

__all__: list[str] = []

#: Speech verbs whose object before "to" is always someone asked to act.
_ADDRESSING: Final = word_set("directives_addressing")

#: Conjunctions of two verbs under one negation ("shall not permit or
#: require").
_LIST_JOINERS: Final = word_set("list_joiners")

#: Object pronouns: after "to demand" one shows the verb ("to demand it").
_OBJECTS: Final = word_set("object_pronouns")

#: Conjunctions of time that open a clause of their own ("before", "until").
_TIME_SUBORDINATORS: Final = word_set("directives_time_subordinators")

#: Trigger bases whose object is the act demanded ("demanded an inquiry").
_OBJECT_DEMANDS: Final = word_set("directives_object_demand_bases")


class _SpeechReader(_StateReader):
    """Readers of the speech-object frame: who is urged, asked or required."""

    def _speech(self, hit: _Hit, sc: _Scope) -> None:
        """Read "urge X to ACTION" (active) and "Y are urged to ACTION" (passive)."""
        toks = sc.toks
        if toks.word(hit.first - 1) == "for" and hit.surface.endswith("ing"):
            # "Thank you for inviting me to testify", "praised them for urging
            # restraint": the act is a reason given, no one is asked here.
            return
        if self._infinitive_bullet(toks.starts[hit.first]):
            return  # "… the power to:" then "- Require banks to report …"
        if self._speech_inside_previous(hit, sc):
            return
        if self._speech_passive(hit, sc):
            return
        start = self._past_aside(hit.last, toks)
        if toks.word(hit.first - 1).endswith(_POSSESSIVE_ENDINGS) and toks.words[
            hit.first
        ].endswith("ed"):
            # "the manufacturer's authorised representative": an adjective
            # ("the people's demand that …" is the noun, read below).
            return
        if toks.word(hit.first - 1) in NOUN_DETERMINERS:
            self._speech_noun(hit, toks, start)
            return  # "the required ratio", "a request to"
        if (
            hit.trigger.base == "call on"
            and toks.word(start) in _TIME_WORDS
            and self._call_on_date(hit, toks, start)
        ):
            return
        if toks.word(start) == "that" and hit.trigger.base in _THAT_VERBS:
            self._that_clause(hit, toks, start + 1)
            return
        if toks.word(start) in PREPOSITIONS or toks.word(start) in ",;:.":
            return
        self._speech_active(hit, toks, start)

    @staticmethod
    def _past_aside(start: int, toks: _Tokens) -> int:
        """Skip an aside between a speech verb and its object.

        "has urged, at the highest levels, the Bank and the Fund to …": a
        prepositional phrase between commas; anything else after a comma
        (", and", a list) is left as it is.
        """
        if toks.word(start) != "," or toks.word(start + 1) not in PREPOSITIONS:
            return start
        for j in range(start + 2, min(len(toks.words) - 1, start + 10)):
            w = toks.words[j]
            if w == ",":
                return j + 1
            if w in ";:." or w in _QUOTES:
                break
        return start

    def _speech_inside_previous(self, hit: _Hit, sc: _Scope) -> bool:
        """Whether the speech verb belongs to the previous trigger's act.

        "shall not require workers to …" requires nobody, nor does "shall
        not permit or require workers to …"; "asks the court
        to freeze the assets and order them to stop": a bare verb joined to
        the act asked for is part of it.
        """
        previous = sc.previous
        if previous is None:
            return False
        if previous.action_start == hit.first and hit.trigger.force is Force.PERMISSION:
            # "We will allow local governments to issue bonds": the leave is
            # what the modal commits to or requires, one directive.
            return True
        if previous.negated and (
            previous.action_start == hit.first
            or (
                previous.action_start == hit.first - 2
                and sc.toks.word(hit.first - 1) in _LIST_JOINERS
            )
        ):
            # "shall not permit or require any driver to …": one prohibition.
            return True
        return (
            previous.rule == _rules.SPEECH_OBJECT
            and sc.toks.words[hit.first] == hit.trigger.base.split()[0]
            and self._joined(hit, sc.toks)
        )

    def _speech_passive(self, hit: _Hit, sc: _Scope) -> bool:
        """Read "Y are urged to ACTION"; whether the verb was a passive.

        A negation before the participle or its auxiliary refuses the act:
        "Applicants are not required to pay a fee", "shall not be required to".
        """
        toks = sc.toks
        k = hit.first - 1
        refused = False
        while k > hit.first - 4 and (
            toks.word(k) in ADVERBS
            or toks.word(k).endswith("ly")
            or toks.word(k) in _NEGATORS
        ):
            refused = refused or toks.word(k) in _NEGATORS
            k -= 1
        if toks.word(k) not in BE_FORMS or toks.words[hit.first].endswith("ing"):
            return False
        to = self._to_past_adjunct(hit.last, toks)
        # "is required in order to …" names a purpose; only a thing is so required.
        purpose = toks.word(hit.last) == "in" and toks.word(hit.last + 1) == "order"
        if (to is None and not purpose) or hit.trigger.base == "support":
            return True
        while k > hit.first - 7 and (
            toks.word(k - 1) in _NEGATORS or toks.word(k - 1) in _AUX
        ):
            refused = refused or toks.word(k - 1) in _NEGATORS
            k -= 1
        subj = self._subject_of(hit, k, toks, sc.bounds, lo=sc.lo, previous=sc.previous)
        if subj is None:
            return True
        hit.negated = hit.negated or refused
        if (
            hit.trigger.force is Force.OBLIGATION
            and self._head_class(subj, toks) is None
        ):
            # "A permit is required to build a shed": the thing is what is
            # required, of whoever builds; the whole clause says so.
            hit.keep, hit.rule = True, _rules.REQUIRED_THING
            hit.subject, hit.action_start, hit.action_floor = subj, subj[0], hit.last
            return True
        if to is None:
            return True
        # Nobody is required: "Applicants are not required to pay a fee".
        hit.keep, hit.rule = True, _rules.SPEECH_PASSIVE
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = to + 1
        return True

    @staticmethod
    def _to_past_adjunct(at: int, toks: _Tokens) -> int | None:
        """The "to" of "is required (under the Act) to ACT", or None.

        A short prepositional adjunct may stand between the participle and
        its infinitive ("is not required under section 4(d) to make …",
        "are urged by the ministry to …"); a comma or clause end stops it.
        """
        if toks.word(at) == "to":
            return at
        if toks.word(at) not in PREPOSITIONS or toks.word(at + 1) == "order":
            return None  # "is required in order to …" names a purpose
        for j in range(at + 1, min(len(toks.words) - 1, at + 16)):
            w = toks.words[j]
            if w in ",;:." or w in _QUOTES:
                return None
            if w == "to":
                nxt = toks.words[j + 1]
                ok = nxt.isalpha() and nxt not in _DETERMINERS
                return j if ok and not nxt[:1].isupper() else None
        return None

    def _speech_noun(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "its demand that X be done": the noun names the demand."""
        if (
            hit.trigger.force is Force.DEMAND
            and toks.word(hit.first - 1) != "a"
            and toks.word(start) == "that"
        ):
            # "reiterated its demand that the port be reopened": the noun
            # names the demand, and its clause is the act demanded.
            self._that_clause(hit, toks, start + 1)
            if hit.keep:
                hit.rule = _rules.DEMAND_NOUN

    def _call_on_date(self, hit: _Hit, toks: _Tokens, start: int) -> bool:
        """Read "called on Thursday for X": a date, then "call for"."""
        for j in range(start, min(start + 6, len(toks.words))):
            if toks.words[j] == "for":
                hit.trigger = TRIGGERS["call for"]
                self._call_for(hit, toks, j + 1)
                return True
            if toks.words[j] in (",", ";", ":", "to"):
                break
        return False

    def _speech_active(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "urge X to ACTION", "support X in V-ing", "demanding OBJECT"."""
        to = self._infinitive_after(start, toks)
        close = self._fronted_close(hit.first, toks)
        if to is not None and close is not None and to > close:
            to = None  # "While they demand an end to it, others are expanding to …"
        rule = _rules.SPEECH_OBJECT
        if to is None and hit.trigger.base == "support":
            to = self._gerund_after(start, toks)
            rule = _rules.SUPPORT_IN
        if to is None and self._demand_object(hit, toks, start):
            return
        if to is None or to == start:
            return
        if hit.trigger.base == "support" and "," in toks.words[start:to]:
            # "a new support programme for Greece, today the Commission
            # revealed plans to help …": "support" names the programme, and
            # the "to" belongs to another clause.
            return
        if self._clause_before_to(start, to, toks):
            return
        np_end = to
        effort = start + (toks.word(start) in _DETERMINERS)
        if toks.word(effort) in EFFORT_HEADS and toks.word(effort + 1) == "of":
            start = effort + 2  # "support the efforts of the agency to": the agency
        if toks.words[to - 1] == "not" and to - 1 > start:
            # "urged banks not to raise fees": a negated request.
            np_end = to - 1
            hit.negated = True
        while np_end - 1 > start and toks.words[np_end - 1] in _TIME_WORDS:
            np_end -= 1  # "appealed to residents yesterday to": the residents
        if hit.trigger.force is Force.PERMISSION:
            leave = self._leave_given(hit, toks, (start, np_end))
            if leave is None:
                return
            rule = leave
        elif self._head_class((start, np_end), toks) is None and not (
            hit.trigger.base in _ADDRESSING and toks.word(start) not in PREPOSITIONS
        ):
            # Not someone asked: "support the construction of …", or the noun
            # of "external demand added 0.4 point to growth". Whoever is urged
            # or asked to act is an actor, named or not: "urged them to",
            # "called upon all jurisdictions to".
            return
        hit.keep, hit.rule = True, rule
        hit.addressee = self._np_span((start, np_end), toks)
        hit.action_start = to + 1

    @staticmethod
    def _clause_before_to(start: int, to: int, toks: _Tokens) -> bool:
        """Whether the words before "to" hold a finite "be" of their own.

        "Direct deposits are more likely to be delivered": a clause, so the
        capitalised word is no verb and names no one asked; "urge those who
        are eligible to apply" keeps its relative clause in the object.
        """
        for j in range(start + 1, to):
            word = toks.words[j]
            if word in _RELATIVE or word == "that":
                return False
            if word in _FINITE_BE:
                return True
        return False

    def _leave_given(self, hit: _Hit, toks: _Tokens, np: tuple[int, int]) -> str | None:
        """Read "X allows / permits / authorizes Y to ACTION": leave given to Y.

        Y must be able to act: an actor, or a plural whose verb after "to"
        is no change ("allows non-profits to apply"; "the delay allowed
        prices to rise" gives none). "does not allow Y to" forbids, as "Y
        are not allowed to" does; "Allowing firms to merge would …" opening
        a sentence, or "seen as allowing Y to", is a gerund, not leave given.
        """
        word = toks.words[hit.first]
        if word.endswith("ing") and (
            hit.first == 0
            or toks.word(hit.first - 1) in _QUOTES
            or toks.word(hit.first - 1) in PREPOSITIONS
        ):
            # A gerund: "Allowing firms to merge would …", "seen as allowing
            # the board to …" describe a leave, they do not give it.
            return None
        at = np[1] + 1 + (toks.word(np[1]) == "not")
        verb = toks.word(at)
        if verb == "be" and self._participle(toks.word(at + 1)):
            return None  # "to allow them to be made available": things handled
        if self._head_class(np, toks) is None and not (
            self._plural_head(np, toks)
            and verb not in CHANGE_VERBS
            and verb not in UNDERGO_VERBS
        ):
            return None
        if toks.word(hit.first - 1) in _NEGATORS:
            hit.force, hit.negated = Force.OBLIGATION, True
        return _rules.PERMIT_TO

    def _demand_object(self, hit: _Hit, toks: _Tokens, start: int) -> bool:
        """Read "X are demanding lower prices", "X urged swift approval of Y".

        The object is the act demanded or urged.

        Only a verb form reads so ("demanded", "demanding", or "demand" after
        an auxiliary): "domestic demand rose" is the economist's noun.
        """
        base = hit.trigger.base
        if base not in _OBJECT_DEMANDS:
            return False
        word = toks.words[hit.first]
        if not (
            word.endswith(("ed", "ing"))
            or toks.word(hit.first - 1) in _AUX
            or toks.word(hit.first - 1) in _SUBJECT_PRONOUNS
            or (
                # "continue to demand an end to …": an infinitive with its
                # object; the noun ("due to demand for oil") takes none.
                toks.word(hit.first - 1) == "to"
                and (toks.word(start) in _DETERMINERS or toks.word(start) in _OBJECTS)
            )
        ):
            return False
        if (
            toks.word(start) in _DETERMINERS
            or self._capitalised(start, toks)
            or (toks.word(start).isalpha() and toks.word(start) not in PREPOSITIONS)
        ):
            if base == "urge":
                # "urged continued progress on the accord", "I urge swift
                # approval of the bill": the act urged; "urged the minister"
                # without "to" names someone, and asks nothing yet.
                end = start + 1
                while end < min(len(toks.words), start + 8) and not (
                    toks.words[end] in PREPOSITIONS or toks.words[end] in ",;:."
                ):
                    end += 1  # the object's first chunk: "of the X Act" is its topic
                if any(
                    self._head_class((start, j), toks) is not None
                    for j in range(start + 1, end + 1)
                ):
                    return False
                hit.rule = _rules.URGE_OBJECT
            else:
                hit.rule = _rules.DEMAND_OBJECT
            hit.keep, hit.action_start = True, start
            return True
        return False

    def _that_clause(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "require that X do Y": the subjunctive clause is the action.

        A clause with its own modal ("urged that banks should …") is left to
        that modal.
        """
        end = min(len(toks.words), start + _LOOK)
        for j in range(start + 1, end):
            if toks.words[j] in _SUBORDINATORS or toks.words[j] in _TIME_SUBORDINATORS:
                end = j  # "… change its laws before Congress will act": not its own
                break
        stop = toks.ends[end - 1]
        if start >= len(toks.words) or any(
            TRIGGERS[" ".join(m.group().split())].frame in _MODALS
            for m in TRIGGER_RE.finditer(self.low, toks.starts[start], stop)
        ):
            return
        hit.keep, hit.rule = True, _rules.SPEECH_THAT
        actor = self._clause_actor(start, toks)
        if actor is not None and actor[1] < len(toks.words):
            hit.addressee = actor
            hit.action_start = actor[1]
        else:
            hit.action_start = start
        if hit.trigger.base == "insist" and self._indicative(hit.action_start, toks):
            # "insisted that education is a public good" asserts a fact; only
            # a subjunctive ("insisted that the company pay") demands.
            hit.keep = False
