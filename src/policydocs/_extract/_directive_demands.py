"""The directive stage's readers of who presses a demand and who calls.

A part of the stage in ``_directives``: whether an actor presses a demand
("The union demanded …", "agreed to press for …"), who urges or calls (the
issuer when no statement carries the act), a call named by its owner ("its
call for …") and the passive "are still needed to".
"""

from __future__ import annotations

from typing import Final

from ._directive_parts import (
    _ACTOR_DEMANDS,
    _AUX,
    _COMMITTERS,
    _DEGREE,
    _JOINS,
    _POSSESSIVE_ENDINGS,
    _Hit,
    _Scope,
    _Tokens,
)
from ._directive_speech import _SpeechReader
from ._directive_words import (
    _CONDITIONALS,
    _PRESS_PARTICLES,
    _SHARED_SUBJECT_LEADS,
)
from ._lexicon import word_set
from ._modals import ADVERBS, BE_FORMS, PREPOSITIONS, TRIGGERS, Frame

__all__: list[str] = []

#: The base of the "call for" trigger, whose noun a possessive may own.
_CALL_FOR: Final = TRIGGERS["call for"].base

#: Possessive determiners: "reiterated its call for X" names the call's owner.
_POSSESSIVE_DETERMINERS: Final = word_set("directives_possessive_determiners")


#: Sentence adverbs between commas after a subject ("The unions, however,
#: urged …").
_COMMA_ADVERBS: Final = word_set("statements_comma_adverbs")

#: Who can press a demand: an actor, or a people ("the people demanded …").
_PRESSERS: Final = _COMMITTERS | {"populace"}


class _DemandReader(_SpeechReader):
    """Readers of who presses a demand, who calls, and a need stated passively."""

    @staticmethod
    def _owned_call(hit: _Hit, toks: _Tokens) -> bool:
        """Whether "its call for" is the object of a verb: the call made again.

        "The EU reiterated its call for a ceasefire", "we renew our calls
        for …": the owner calls anew. After a preposition ("in its call
        for …") or opening a sentence the call is only talked about.
        """
        verb = toks.word(hit.first - 2)
        return (
            hit.trigger.base == _CALL_FOR
            and toks.word(hit.first - 1) in _POSSESSIVE_DETERMINERS
            and verb.isalpha()
            and verb not in PREPOSITIONS
            and verb not in BE_FORMS
            and not verb[:1].isupper()
        )

    @staticmethod
    def _passive_need(hit: _Hit, toks: _Tokens) -> bool:
        """Whether "needed to" is "are needed to" with an adverb between.

        "Efforts are still needed to …" states what is required, as "are
        needed to" does: reread it so. "Banks needed to raise capital" is the
        past of "need to".
        """
        k = hit.first - 1
        while k > hit.first - 4 and (
            toks.word(k) in ADVERBS or toks.word(k).endswith("ly")
        ):
            k -= 1
        whole = TRIGGERS.get(f"{toks.word(k)} {hit.surface}")
        if k == hit.first - 1 or whole is None or whole.frame is not Frame.STATE_TO:
            return False
        hit.trigger = whole
        return True

    def _speaker(self, hit: _Hit, sc: _Scope) -> None:
        """Who urges or calls: the issuer when no statement carries the act."""
        toks, triggers, lo = sc.toks, sc.bounds, sc.lo
        clause = self._clause(hit.first, toks, triggers, lo)
        hit.cut = clause.cut
        hit.bare = clause.start >= hit.first
        if clause.kind == "question":
            return
        if hit.bare or self._aside_only(clause.start, hit.first, toks):
            # "Police Scotland has, therefore, requested that …": the subject
            # stands before an adverb between commas.
            opening = self._adverb_aside(clause.cut, toks)
            if opening is None:
                return
            clause = self._clause(opening, toks, triggers, lo)
            if clause.kind == "question" or clause.start >= opening:
                return
            hit.bare = False
            end = opening
        else:
            end = hit.first
        while end > clause.start + 1 and (
            toks.words[end - 1] in _AUX or toks.words[end - 1] in ADVERBS
        ):
            end -= 1  # "The unions have urged", "The council also asked"
        # "The meeting also heard a report … and urged …": the first chunk.
        np = self._np_span((clause.start, end), toks)
        if self._head_class(np, toks) in _PRESSERS:
            hit.speaker = np
        elif toks.word(hit.first - 1) in PREPOSITIONS:
            # "The unions joined in calling for …": the one who joins calls.
            hit.speaker = self._leading_actor(clause.start, end, toks, group=True)

    @staticmethod
    def _adverb_aside(comma: int, toks: _Tokens) -> int | None:
        """The comma opening ", therefore," or ", for its part," closed at ``comma``."""
        if toks.word(comma) != ",":
            return None
        for j in range(comma - 2, max(-1, comma - 5), -1):
            if toks.words[j] == ",":
                words = toks.words[j + 1 : comma]
                if " ".join(words) in _COMMA_ADVERBS or all(
                    w in ADVERBS for w in words
                ):
                    return j
                return None
        return None

    @staticmethod
    def _aside_only(start: int, end: int, toks: _Tokens) -> bool:
        """Whether ``toks[start:end]`` holds only auxiliaries and adverbs."""
        return all(
            toks.words[j] in ADVERBS or toks.words[j] in _AUX for j in range(start, end)
        )

    def _conditional(self, hit: _Hit, sc: _Scope) -> bool:
        """Whether the trigger's clause opens with "if" or "unless"."""
        clause = self._clause(hit.first, sc.toks, sc.bounds, sc.lo)
        return sc.toks.word(clause.cut) in _CONDITIONALS

    @staticmethod
    def _pressed_by_someone(hit: _Hit, toks: _Tokens, before: str) -> bool:
        """Whether the demand verb itself shows an actor presses the demand.

        Only an actor insists, named or not: "while insisting that the aid be
        tied to results", "some are insisting that …", "by insisting on
        audits". So it is with "pressing for" ("by pressing for reform",
        "means pressing for wider access"), but not the adjective after a
        word of degree or "be" ("is most pressing for small firms") nor a
        past participle ("pressed for time"). A gerund opening its sentence
        ("Pressing for changes now would be unwise") talks about a demand.
        """
        if not before or hit.trigger.base not in _ACTOR_DEMANDS:
            return False
        if hit.trigger.base.startswith("insist"):
            return True
        return toks.words[hit.first] == "pressing" and not (
            before in _DEGREE or before in BE_FORMS
        )

    def _demander(self, hit: _Hit, sc: _Scope) -> None:
        """Keep a demand only when an actor presses it (EXTRACTION.md, Directive).

        "The markets demand that …" and "innovation demands a system …"
        state a need; a demand is pressed by someone: the clause's subject,
        or the subject of the clause it joins ("…, and pressed for X").
        """
        toks = sc.toks
        clause = self._clause(hit.first, toks, sc.bounds, sc.lo)
        before = toks.word(hit.first - 1)
        # The subject ends before the verb: the trigger's, or the one whose
        # infinitive it is.
        verb = hit.first
        if before == "to":
            # "The ministers agreed to press for …", "people continue to
            # demand …": the infinitive's subject is the one of the clause it
            # completes, who presses the demand.
            if clause.start == hit.first - 1:
                clause = self._clause(hit.first - 1, toks, sc.bounds, sc.lo)
            if clause.start < hit.first - 1:
                verb = hit.first - 2
        if (
            clause.kind == "that"
            and toks.word(clause.cut) != "that"
            and toks.word(verb - 1) in _JOINS
            and toks.word(verb - 1) != ","
        ):
            # "X highlighted concerns … and demanded that …": read as a clause
            # left without "that", but the demand is joined to "highlighted"
            # and shares its subject.
            clause = self._clause(clause.cut, toks, sc.bounds, sc.lo)
        if (
            self._conditional(hit, sc)
            or (hit.first > 0 and self._capitalised(hit.first, toks))
            or toks.word(hit.last) in _PRESS_PARTICLES
        ):
            # "if the EU side insists on …" (a condition), "as Press Secretary"
            # (a title), "pressing forward" (going on, not pressing anyone).
            hit.keep = False
            return
        if clause.kind == "trigger":
            return  # "should demand that …": the modal's subject demands
        if self._pressed_by_someone(hit, toks, before):
            return
        if clause.start >= hit.first:
            # No subject of its own: shared with the clause it joins ("… and
            # pressed for X"), never after a bare comma ("Currently, press
            # opportunities are …").
            hit.keep = before in _SHARED_SUBJECT_LEADS or before in _AUX
            return
        if toks.word(clause.start).endswith("ing"):
            hit.keep = False  # "Meeting the challenges … demands that": a need
            return
        if any(
            self._head_class((j, j + 1), toks) in _PRESSERS
            and not toks.words[j].endswith(_POSSESSIVE_ENDINGS)
            for j in range(clause.start, min(verb, clause.start + 6))
        ):
            # "Last year we also continued to press for …", "The IMF has a
            # key role to play in pressing for …", "the Ukrainian people
            # have … demanded": an actor or a people opens the clause.
            return
        np = self._np_span((clause.start, max(clause.start, verb)), toks)
        while np[1] > np[0] and (
            toks.word(np[1] - 1) in _AUX or toks.word(np[1] - 1) in ADVERBS
        ):
            np = (np[0], np[1] - 1)
        if np[1] <= np[0]:
            return
        if self._head_class(np, toks) is None:
            hit.keep = False
