"""Directives stage: who should do what, with what force (EXTRACTION.md).

One :class:`~policydocs.Directive` per deontic trigger. The stage works
sentence by sentence on word tokens of ``ctx.lower``:

1. every trigger of the lexicon (``_modals.TRIGGER_RE``) is found and read in
   its *frame* (``_modals.Frame``): where its subject, addressee and action
   sit; hits that fail their frame (a "will" about a thing, "support" as an
   ordinary verb, "can" without negation) are dropped, but a "will" clause
   still bounds its neighbours' actions;
2. each kept hit's action runs from the word after the trigger (the whole
   clause for a passive) to the end of its clause: the next trigger's clause,
   a semicolon, the close of the quotation it sits in, a cue participle
   ("…, adding that"), a trailing attribution ("…, he said") or the end of
   the statement content, and at most 150 tokens;
3. the addressee is resolved through the :class:`ActorRegistry`; the issuer
   is the speaker of the statement the trigger sits in (or of the quotation
   it continues), else the subject of the speech verb ("the bank urged …"),
   else the document's author when the actor list holds it, else None.

Every scan is bounded (a fixed look-back or look-ahead in tokens) so the stage
is linear in the text. ``docs/directives.md`` explains the rules and the
decisions where EXTRACTION.md is silent.
"""

from __future__ import annotations

import bisect
import itertools
from typing import TYPE_CHECKING, Final

from .._dates import is_month_may
from .._vocab import Force
from . import _rules
from ._directive_clauses import _list_relative
from ._directive_demands import _DemandReader
from ._directive_parts import (
    _ACTIVE_SPEECH,
    _AUX,
    _COMMITTERS,
    _DETERMINERS,
    _JOINS,
    _LOOK,
    _MAX_ACTION,
    _MODALS,
    _NEGATORS,
    _NOT_AN_OBJECT,
    _QUOTES,
    _SUBJECT_PRONOUNS,
    _Hit,
    _Scope,
    _Tokens,
)
from ._directive_states import _EXISTENTIAL_NEEDS
from ._directive_words import (
    _ASIDE_NOUNS,
    _ASPECT_VERBS,
    _CHOICE_VERBS,
    _CONTRACTED,
    _DASHES,
    _EFFORT_PARTICLES,
    _ELLIPSIS_ENDS,
    _FINITE_BE,
    _NEED_ADJECTIVES,
    _NEED_BASES,
    _NEEDED_SURFACES,
    _NEGATED_ENDINGS,
    _NO_SUBJECTS,
    _NOR,
    _OBJECT_PRONOUNS,
    _POSSIBILITY_MODALS,
    _STRANDED,
    _SUBJECT_QUALIFIERS,
    _TRAILING_JOINS,
)
from ._directive_words import (
    _STATUS_PARTICIPLES as _STATUS,
)
from ._lexicon import word_set
from ._modals import (
    ABILITY_VERBS,
    ADVERBS,
    BE_FORMS,
    CAP_VERBS,
    CHANGE_VERBS,
    DISCOURSE_PARTICIPLES,
    EFFORT_HEADS,
    HEDGES,
    INDICATOR_PHRASES,
    LEAVE_VERBS,
    NOUN_DETERMINERS,
    POLITE_VERBS,
    POSSIBLE_PARTICIPLES,
    POSSIBLE_VERBS,
    PREPOSITIONS,
    REMARK_VERBS,
    SPEAKER_PRONOUNS,
    TRIGGER_RE,
    TRIGGERS,
    UNDERGO_VERBS,
    WISH_VERBS,
    Frame,
)

if TYPE_CHECKING:
    from .._models import Directive, Statement
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_directives"]

#: The base of the "shall" trigger: its perfect sets a deadline or a bar.
_SHALL: Final = TRIGGERS["shall"].base

#: "you": a "will" of the one spoken to forecasts, it commits nobody.
_LISTENERS: Final = word_set("directives_listener_pronouns")

#: The base of the "may" trigger: its negated passive forbids.
_MAY: Final = TRIGGERS["may"].base

#: Forms of "do" that carry a negation before "need to" ("do not", "don't").
_DO_FORMS: Final = word_set("directives_do_forms")


def find_directives(
    ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
) -> tuple[Directive, ...]:
    """Find who should do what, with what force, in ``ctx.text``."""
    return _Stage(ctx, registry, statements).run()


class _Stage(_DemandReader):
    """One run of the stage over one text."""

    # ------------------------------------------------------------------
    # driver
    # ------------------------------------------------------------------

    def run(self) -> tuple[Directive, ...]:
        out: list[Directive] = []
        for sent in self.ctx.sentences:
            if self._skip_sentence(sent):
                continue
            out.extend(self._sentence(sent))
        return self._listed(out)

    def _sentence(self, sent: Sentence) -> list[Directive]:
        # Matches are read one at a time: a sentence of "must must must ..."
        # would otherwise hold a match object per trigger beside its hits.
        found = TRIGGER_RE.finditer(self.low, sent.start, sent.end)
        head = next(found, None)
        if head is None:
            return []  # most sentences direct nothing: skip tokenizing them
        toks = _Tokens.of(self.low, sent.start, sent.end)
        hits: list[_Hit] = []
        for m in itertools.chain((head,), found):
            first = toks.by_start.get(m.start())
            last = toks.by_end.get(m.end())
            if first is None or last is None:
                continue  # inside a hyphenated word or a token such as "self-will"
            surface = " ".join(m.group().split())
            hits.append(_Hit(TRIGGERS[surface], surface, first, last + 1))
        if not hits:
            return []
        lo = self._statement_floor(sent.start, toks)
        self._hit_starts = {h.first: h for h in hits}
        # Only triggers that held in their frame bound a later clause: a
        # "demand" that is a noun ("domestic demand should …") does not.
        bounds: set[int] = set()
        sc = _Scope(toks, bounds, lo)
        previous: _Hit | None = None
        for hit in hits:
            sc.previous = previous
            self._read(hit, sc)
            if hit.keep:
                previous = hit
                bounds.update(range(hit.first, hit.last))
        stops, opened = self._stops(toks)
        out: list[Directive] = []
        for n, hit in enumerate(hits):
            if not hit.keep:
                continue
            end_tok = self._action_end(hit, hits, n + 1, toks, (stops, opened))
            if end_tok <= hit.action_start:
                continue
            out.append(self._build(hit, toks, end_tok))
        return out

    # ------------------------------------------------------------------
    # frames
    # ------------------------------------------------------------------

    def _read(self, hit: _Hit, sc: _Scope) -> None:
        """Read one trigger in its frame; ``hit.keep`` says whether it holds."""
        toks = sc.toks
        trig = hit.trigger
        hit.force = trig.force
        hit.negated = trig.negated or hit.surface.endswith(_NEGATED_ENDINGS)
        frame = trig.frame
        if frame in (Frame.MODAL, Frame.ACTOR_MODAL, Frame.NEGATED_ONLY):
            if toks.word(hit.first - 1) == "the" and trig.base == "need to":
                hit.trigger = TRIGGERS["need"]  # "the need to": the noun
                self._need_noun(hit, toks, start=hit.first + 1)
            elif self._passive_need(hit, toks):
                self._state_to(hit, sc)
            else:
                self._modal(hit, sc)
        elif frame in (Frame.COMMIT_VERB, Frame.COMMIT_OBJECT):
            self._commit(hit, sc)
        elif frame is Frame.NEED_NOUN and not self._need_object(hit, toks):
            det = hit.first - 1
            if toks.word(det) in _NEED_ADJECTIVES:
                det -= 1
            # The need is asked for as an object ("stressed the need to",
            # "there is a need for"); as a subject ("The need for speed was
            # clear") it is talked about, not asked for.
            if trig.base in _EXISTENTIAL_NEEDS and self._existential(det, toks):
                # "There is no requirement for schools to …": nobody must.
                hit.negated = toks.word(det) == "no"
                self._need_noun(hit, toks, start=hit.last)
            elif (
                toks.word(det) in NOUN_DETERMINERS
                and toks.word(det) != "no"
                and toks.word(det - 1) not in ("", ",", ";", ":")
                and toks.word(det - 1) not in _QUOTES
                and not self._forecast_need(det - 1, toks)
                and hit.trigger.base not in _EXISTENTIAL_NEEDS
            ):
                self._need_noun(hit, toks, start=hit.last)
        elif frame is Frame.IMPERSONAL:
            self._impersonal(hit, toks)
        elif frame is Frame.CALL_FOR:
            if toks.word(hit.first - 1) not in NOUN_DETERMINERS:
                self._call_for(hit, toks, hit.last)
            elif self._owned_call(hit, toks):
                self._call_for(hit, toks, hit.last)
                if hit.keep:
                    hit.rule = _rules.CALL_NOUN
        elif frame is Frame.SPEECH_OBJECT:
            if not self._purpose(hit, toks):
                self._speech(hit, sc)
        elif frame is Frame.STATE_TO:
            self._state_to(hit, sc)
        if hit.keep and hit.rule in _ACTIVE_SPEECH:
            self._speaker(hit, sc)
        if (
            hit.keep
            and hit.force is Force.DEMAND
            and frame is not Frame.MODAL
            and hit.rule != _rules.DEMAND_NOUN
        ):
            self._demander(hit, sc)
        elif (
            hit.keep
            and (frame is Frame.SPEECH_OBJECT or trig.base in _NEED_BASES)
            and self._conditional(hit, sc)
        ):
            # "If they tell you to evacuate, …", "if I need to leave early":
            # a condition, not a duty laid down.
            hit.keep = False

    def _modal(self, hit: _Hit, sc: _Scope) -> None:
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        trig = hit.trigger
        before = toks.word(hit.first - 1)
        if before in NOUN_DETERMINERS or before == "to":
            return  # "a must", "political will", "the will to"
        if self._not_a_modal(hit, toks):
            return
        inverted = self._nor_subject(hit, toks)
        if inverted is not None:
            self._nor_modal(hit, toks, inverted)
            return
        after = self._after_modal(hit, toks)
        if after is None:
            return
        k, hedged = after
        nxt = toks.word(k)
        if nxt == "be" and not toks.word(k + 1)[:1].isalnum():
            return  # "not as high as they should be.": an ellipsis, no act
        do = self._do_negation(hit, toks)
        if _CONTRACTED.search(toks.words[hit.first]):
            # "she'll meet", "we'll have": the pronoun is inside the trigger.
            subj: tuple[int, int] | None = (hit.first, hit.first + 1)
            hit.clause_kind = "contracted"
        else:
            subj = self._subject_of(
                hit,
                hit.first if do is None else do,
                toks,
                triggers,
                lo=lo,
                previous=previous,
            )
        if do is not None:
            hit.negated = True  # "You do not need to register": nobody must
        if subj is None:
            return  # "Should risks rise, …": an inverted conditional
        hit.subject = subj
        self._person_topic(hit, toks, subj)
        passive = nxt == "be" and self._participle(toks.word(k + 1))
        passive = passive or (
            nxt == "be"
            and (toks.word(k + 1) in ADVERBS or toks.word(k + 1).endswith("ly"))
            and self._participle(toks.word(k + 2))
        )
        if nxt in REMARK_VERBS or (nxt == "be" and toks.word(k + 1) == "aware"):
            return  # "users should note that …": a remark to the reader
        if nxt in WISH_VERBS and toks.word(subj[1] - 1) in SPEAKER_PRONOUNS:
            return  # "I should like to make a statement": a polite wish
        if (
            nxt == "be"
            and subj == (subj[0], subj[0] + 1)
            and toks.word(subj[0]) == "it"
            and toks.word(k + 1) in DISCOURSE_PARTICIPLES
        ):
            # "it should be noted that …", "it must be said that …" frame a
            # remark (an irregular participle too).
            return
        part = self._partitive(subj, toks)
        if part is not None:
            subj, hit.negated = part[0], hit.negated or part[1]
            hit.subject = subj  # "each of the operators": the operators
        # "no one" starts with "no"; "Nothing in this Act shall be construed …"
        no_x = toks.word(subj[0]) in _NO_SUBJECTS
        if no_x or toks.word(hit.first - 1) in _NOR:
            hit.negated = True  # "nor shall there be any sale": none shall be
        head_class = self._head_class(subj, toks)
        if no_x and trig.base == "can":
            return  # "nobody can predict": a statement of fact
        if not self._modal_binds(
            hit, toks, (k, subj, head_class), passive=passive, hedged=hedged, no_x=no_x
        ):
            return
        self._modal_rule(hit, toks, (k, subj, head_class), passive=passive, no_x=no_x)

    def _nor_subject(
        self, hit: _Hit, toks: _Tokens
    ) -> tuple[tuple[int, int], int] | None:
        """The subject and verb of "nor shall any driver drive …", or None.

        After "nor"/"neither" the modal comes before its subject. The verb
        follows a noun of one who acts ("nor shall any diver descend
        alone"), else it is the word before an object's determiner, a
        preposition or the clause's end ("nor shall any vessel enter the
        harbour"), or "be"/"have"; "nor shall there be …" keeps its
        existential reading.
        """
        if toks.word(hit.first - 1) not in _NOR:
            return None
        s = hit.last
        first = toks.word(s)
        if first == "there" or not first.isalpha():
            return None
        if first in _SUBJECT_PRONOUNS:
            return (s, s + 1), s + 1
        for j in range(s + 1, min(len(toks.words), s + 7)):
            word, nxt = toks.words[j], toks.word(j + 1)
            if word in BE_FORMS or word == "have":
                return (s, j), j
            if nxt == "of" or word in PREPOSITIONS or word in _DETERMINERS:
                continue  # "nor shall any member of the staff accept …"
            if self._agentive(word) or self._singular_agent(word):
                return (s, j + 1), j + 1
            if (
                nxt in _DETERMINERS
                or nxt in _OBJECT_PRONOUNS
                or nxt in PREPOSITIONS
                or nxt in _NEGATORS
                or not nxt.isalpha()
            ):
                return ((s, j), j) if j - s >= 1 else None
        return None

    def _nor_modal(
        self, hit: _Hit, toks: _Tokens, read: tuple[tuple[int, int], int]
    ) -> None:
        """Keep "nor shall any driver drive …": a prohibition of its subject.

        "nor shall any X" is "no X shall": negated, and "any (such)" is the
        negative quantifier's form, left out of the addressee as "no" is.
        """
        subj, verb = read
        hit.keep, hit.rule, hit.negated = True, _rules.NOR_MODAL, True
        hit.subject = subj
        hit.action_start = verb
        # The clause opens at "nor": the action before it ends there.
        hit.cut = hit.first - 1
        start = subj[0]
        while start < subj[1] - 1 and toks.word(start) in _SUBJECT_QUALIFIERS:
            start += 1
        named = (start, subj[1])
        if self._head_class(named, toks) is not None or self._plural_head(named, toks):
            hit.addressee = self._np_span(named, toks)

    @staticmethod
    def _do_negation(hit: _Hit, toks: _Tokens) -> int | None:
        """Where a negated "do" before "need to" / "have to" stands, or None.

        "You do not need to register", "firms don't have to pay": the
        subject comes before the "do", and nobody is required.
        """
        if hit.trigger.base not in _NEED_BASES:
            return None
        j = hit.first - 1
        if toks.word(j) in _NEGATORS and toks.word(j - 1) in _DO_FORMS:
            return j - 1
        word = toks.word(j).replace("’", "'")
        return j if word in _DO_FORMS and word.endswith("n't") else None

    def _not_a_modal(self, hit: _Hit, toks: _Tokens) -> bool:
        """A "needed to" participle, a hedged "need to", an ability "cannot".

        "the papers needed to open an account" and "act as needed to foster
        …" name what something is for (EXTRACTION.md: not directives); "you
        may only need to go inland" weighs a possibility; "we cannot yet know"
        and "nobody can predict" deny an ability, not a leave.
        """
        base = hit.trigger.base
        before = toks.word(hit.first - 1)
        if hit.surface in _NEEDED_SURFACES and (
            before == "as"
            or (
                before not in BE_FORMS
                and before not in _AUX
                and before not in ADVERBS
                and not before.endswith("ly")
                and toks.word(hit.last) != "be"
                and self._head_class((hit.first - 1, hit.first), toks) is None
            )
        ):
            return True
        if base in _NEED_BASES and self._reduced_relative(hit, toks):
            return True
        if base in _NEED_BASES:
            j = hit.first - 1
            while toks.word(j) in ADVERBS or toks.word(j).endswith("ly"):
                j -= 1
            return toks.word(j) in _POSSIBILITY_MODALS
        if base == "can":
            j = hit.last
            while (
                toks.word(j) in _NEGATORS
                or toks.word(j) in ADVERBS
                or toks.word(j) == "yet"
            ):
                j += 1
            return toks.word(j) in ABILITY_VERBS
        return False

    def _after_modal(self, hit: _Hit, toks: _Tokens) -> tuple[int, bool] | None:
        """Where the modal's verb stands, past a negation and adverbs; and hedged?

        None when what follows makes it no directive ("must have been").
        """
        trig = hit.trigger
        k = hit.last
        # Negation after the modal: "must not", "will never", "should no longer".
        if toks.word(k) in _NEGATORS and toks.word(k + 1) != "only":
            hit.negated = True
            k += 1
        elif toks.word(k) == "no" and toks.word(k + 1) == "longer":
            hit.negated = True
            k += 2
        if toks.word(k) in _DASHES:
            resumed = self._past_dashes(k, toks)
            if resumed is None:
                return None
            k = resumed
        hedged = False
        while k < hit.last + 4 and (toks.word(k) in ADVERBS or toks.word(k) in HEDGES):
            hedged = hedged or toks.word(k) in HEDGES
            k += 1
        nxt = toks.word(k)
        if trig.frame is not Frame.MODAL and (
            nxt in ".!?;"
            or (
                nxt in _ELLIPSIS_ENDS
                and (
                    toks.word(k + 1) in _SUBJECT_PRONOUNS
                    or toks.word(k + 1) in _DETERMINERS
                )
            )
        ):
            # "I don't expect he will when they meet", "she said she will.":
            # the verb is left out, so nothing is promised or allowed.
            return None
        if trig.base == "have to" and nxt == "do" and toks.word(k + 1) == "with":
            return None
        if trig.base != _SHALL and (
            (nxt == "have" and self._participle(toks.word(k + 1)))
            or (nxt == "have" and toks.word(k + 1) == "been")
        ):
            # "must have been": a conclusion about the past; "shall have"
            # never concludes ("No package shall have attached thereto …",
            # "the Board shall have completed the review by June").
            return None
        if k < len(toks.words):
            if k in self._hit_starts and self._hit_starts[k].trigger.frame in _MODALS:
                return None  # "will have to", "will need to": the inner trigger speaks
            if (
                nxt in BE_FORMS
                and self._participle(toks.word(k + 1))
                and (k + 1) in self._hit_starts
                and (
                    toks.word(k + 2) == "to"
                    or self._hit_starts[k + 1].trigger.frame is Frame.STATE_TO
                )
            ):
                return None  # "should be encouraged to": the passive speech act speaks
        return k, hedged

    @staticmethod
    def _past_dashes(k: int, toks: _Tokens) -> int | None:
        """Where the verb stands after a dashed aside opening at ``k``, or None.

        "will — if needed — raise rates" goes on after the aside; "we will —
        and with support — we will be launching" starts over, so the first
        modal is a false start (the second one speaks), and so is a dash
        that never closes.
        """
        for j in range(k + 1, min(len(toks.words), k + 16)):
            if toks.words[j] in _DASHES:
                after = toks.word(j + 1)
                if after in _SUBJECT_PRONOUNS or after in _DETERMINERS:
                    return None
                return j + 1
            if toks.words[j] in ".;:!?":
                break
        return None

    def _modal_binds(
        self,
        hit: _Hit,
        toks: _Tokens,
        read: tuple[int, tuple[int, int], str | None],
        *,
        passive: bool,
        hedged: bool,
        no_x: bool,
    ) -> bool:
        """Whether a "may"/"can" or a "will"/"would" binds its subject here.

        ``read`` is the verb's index, the subject span and its head class.
        """
        trig = hit.trigger
        k, subj, head_class = read
        nxt = toks.word(k)
        if trig.frame is Frame.NEGATED_ONLY:
            if toks.word(hit.first) == "may" and is_month_may(
                self.ctx.text, toks.starts[hit.first]
            ):
                return False  # "in May 1998", "May 2025 figures": the month
            # "may not"/"cannot" bind an actor; about a thing they are epistemic
            # ("prices may not rise", "the data cannot be compared").
            if hit.negated and (
                no_x
                or (head_class is not None and not self._partial(subj, toks))
                or self._cap(hit, toks, read)
                or self._forbidden_passive(hit, toks, k, passive=passive)
            ):
                hit.force = Force.OBLIGATION
            elif not hit.negated and self._leave(hit, toks, read, passive=passive):
                hit.force = Force.PERMISSION
            else:
                return False
            if hedged or (hit.clause_kind == "relative" and hit.first - subj[1] <= 1):
                # "parents who may not be able to …": a relative clause whose
                # modal opens it describes its noun, as "officials who will
                # oversee" does ("the officer who is authorized … may" gives).
                return False
        if trig.frame is Frame.ACTOR_MODAL:
            if nxt in _ASPECT_VERBS and toks.word(k + 1) == "to":
                nxt = toks.word(k + 2)  # "will continue to face": still "face"
            if nxt in UNDERGO_VERBS:
                return (
                    False  # "councils will receive £1.2bn": they are given, not bound
                )
            if head_class == "anaphor" and not (passive or hedged):
                head_class = self._body_pronoun(hit, toks, (k, subj))
            if (
                passive
                and not hedged
                and head_class not in _COMMITTERS  # "We will be guided by"
                and self._passive_agent(k + 1, toks)
            ):
                # "Details will be announced by the Welsh Government": a
                # promise whose agent is named (the whole clause, the agent
                # addressed).
                return hit.clause_kind != "relative"
            if passive or hedged or head_class not in _COMMITTERS:
                # A prediction about a thing, a scheduled passive, or a hedged
                # forecast ("the Fed will likely hold rates").
                return False
            if hit.clause_kind == "relative":
                return False  # "officials who will oversee it" describes, not commits
            if toks.words[subj[0]].replace("’", "'").removesuffix("'ll") in _LISTENERS:
                # "you will have a defence", "you'll see": nobody commits
                # the listener; a need or a duty has its own trigger.
                return False
            if head_class == "reported" and nxt == "be":
                return False  # "warned that it would not be enough": a forecast
            if trig.base == "would" and (
                self._statement_at(toks.starts[hit.first]) is None
                or (toks.word(subj[1] - 1) in SPEAKER_PRONOUNS and nxt in POLITE_VERBS)
            ):
                # Only reported speech backshifts a "will" ("she said she would
                # cut taxes"); outside it "would" is conditional, and "I would
                # stress", "we would like to" are polite frames of a remark.
                return False
        return True

    def _cap(
        self, hit: _Hit, toks: _Tokens, read: tuple[int, tuple[int, int], str | None]
    ) -> bool:
        """Whether "may not"/"cannot" sets a cap on a thing ("the fee may not exceed").

        Rules bound quantities this way; about an indicator ("growth may not
        exceed 2 percent") or in reported speech the same words weigh a
        likelihood.
        """
        k, subj, _head = read
        nxt = toks.word(k)
        if nxt not in CAP_VERBS or hit.clause_kind in ("question", "that"):
            return False
        if nxt == "be" and toks.word(k + 2) != "than":
            return False  # "may not be enough": a likelihood
        words = [w.lower() for w in toks.words[subj[0] : subj[1]]]
        return not any(
            " ".join(words[i:j]) in INDICATOR_PHRASES
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + 4) + 1)
        )

    @staticmethod
    def _forbidden_passive(hit: _Hit, toks: _Tokens, k: int, *, passive: bool) -> bool:
        """Whether "may not be PARTICIPLE" forbids ("records may not be destroyed").

        A thing's "may not be made / sold / disclosed" bars whoever would do
        it, as "shall not be" does; a participle of possibility ("may not be
        affected") weighs a likelihood, as it does without "not".
        """
        if not passive or hit.trigger.base != _MAY or hit.clause_kind == "question":
            return False
        j = k + 1
        while toks.word(j) in ADVERBS or toks.word(j).endswith("ly"):
            j += 1
        return toks.word(j) not in POSSIBLE_PARTICIPLES

    def _vocative(self, subj: tuple[int, int], toks: _Tokens) -> tuple[int, int] | None:
        """The people a "you" is said to: "Residents of the coast, you must leave"."""
        at = subj[0]
        if subj[1] - at != 1 or toks.word(at) != "you" or toks.word(at - 1) != ",":
            return None
        start = at - 1
        while (
            start > 0 and start > at - 10 and toks.words[start - 1] not in ',.;:!?"“”'
        ):
            start -= 1
        if start == at - 1 or self._head_class((start, at - 1), toks) is None:
            return None
        return (start, at - 1)  # the whole phrase: "People in the storm's path"

    def _leave(
        self,
        hit: _Hit,
        toks: _Tokens,
        read: tuple[int, tuple[int, int], str | None],
        *,
        passive: bool,
    ) -> bool:
        """Whether an unnegated "may"/"can" gives leave rather than a likelihood.

        "Member states may grant exemptions" and "copies may be obtained from
        …" give leave; "prices may rise", "it may be necessary" and "the
        rate may have peaked" weigh a possibility. "can" gives leave only
        with a verb of claiming a right ("firms can apply for …").
        """
        k, _subj, head_class = read
        nxt = toks.word(k)
        if (
            hit.clause_kind in ("question", "that")
            or toks.word(hit.first + 1) == "well"
            or self._partial(_subj, toks)
        ):
            # "said the bank may cut rates": a reported likelihood.
            return False
        if hit.trigger.base == "can":
            return head_class is not None and nxt in LEAVE_VERBS
        if passive:
            return toks.word(k + 1) not in POSSIBLE_PARTICIPLES
        if head_class in ("agent", "proper") and nxt in _CHOICE_VERBS:
            return True  # "The Secretary may include other factors": leave
        if head_class is None or nxt in POSSIBLE_VERBS or nxt in UNDERGO_VERBS:
            return False
        return not (head_class == "anaphor" and nxt in CHANGE_VERBS)

    def _modal_rule(
        self,
        hit: _Hit,
        toks: _Tokens,
        read: tuple[int, tuple[int, int], str | None],
        *,
        passive: bool,
        no_x: bool,
    ) -> None:
        """Keep a binding modal and name its rule, action start and addressee."""
        k, subj, head_class = read
        nxt = toks.word(k)
        hit.keep = True
        if (
            toks.word(subj[1] - 1) in EFFORT_HEADS
            and nxt == "be"
            and toks.word(k + 1) == "made"
            and toks.word(k + 2) in _EFFORT_PARTICLES
        ):
            hit.rule = _rules.EFFORTS_MADE
            hit.action_start = k + 3
            return
        if passive:
            hit.rule = _rules.MODAL_PASSIVE
            # "buildings, which must be located in …": the relative clause's
            # own words, not its antecedent, say what is to be done.
            hit.action_start = k if hit.in_relative else subj[0]
            hit.action_floor = hit.last
            hit.addressee = self._passive_agent(k + 1, toks)
            if hit.addressee is None and head_class and toks.word(k + 1) in _STATUS:
                # "Any person who sells X must be registered": the person acts.
                np = self._np_span(subj, toks)
                hit.addressee = self._restricted(np, subj, hit.first, toks)
            return
        if toks.word(k) == "in" and toks.word(k + 1) in _ASIDE_NOUNS:
            k += 2  # "shall in particular ensure", "shall in addition"
        if toks.word(k) == ",":
            # "should, where appropriate, propose": skip the parenthesis.
            for j in range(k + 1, min(k + 20, len(toks.words))):
                if toks.words[j] == ",":
                    k = j + 1
                    break
        hit.action_start = k
        if no_x:
            hit.rule = _rules.NO_X_MODAL
            hit.addressee = (
                subj[0] + (2 if toks.word(subj[0] + 1) == "one" else 1),
                subj[1],
            )
            if hit.addressee[0] >= hit.addressee[1] or (
                head_class is None and not self._plural_head(subj, toks)
            ):
                # "No project shall receive …" binds whoever runs projects; the
                # text names no one ("no company may" names the companies).
                hit.addressee = None
            return
        if head_class is None:
            if self._commencement(k, toks):
                # "This Regulation shall come into force on …": the instrument
                # states its own dates; nobody is asked to act.
                hit.keep = False
                return
            if not (self._plural_head(subj, toks) and nxt not in CHANGE_VERBS):
                hit.rule = _rules.MODAL_INDICATOR
                return
            # "Golf courses and car washes shall not use …": a plural that
            # acts; "exports should grow" changes like an indicator.
        hit.rule = _rules.MODAL
        hit.addressee = self._vocative(subj, toks) or self._restricted(
            self._np_span(subj, toks), subj, hit.first, toks
        )

    def _commit(self, hit: _Hit, sc: _Scope) -> None:
        """Read "X pledged to ACTION" and "X pledged OBJECT"."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        if hit.trigger.frame is Frame.COMMIT_OBJECT and (
            toks.word(hit.first - 1) in NOUN_DETERMINERS
            or toks.word(hit.last) in _NOT_AN_OBJECT
        ):
            return  # "the pledge", "promised that …" (its clause speaks), "pledged."
        subj = self._subject_of(
            hit, hit.first, toks, triggers, lo=lo, previous=previous
        )
        if subj is None:
            if (
                toks.words[hit.first].endswith("ing")
                and toks.word(hit.first - 1) == ","
            ):
                # "…, the minister announced, pledging to end …": the one whose
                # statement this participle continues commits.
                hit.keep, hit.rule, hit.action_start = (
                    True,
                    _rules.COMMIT_PARTICIPLE,
                    hit.last,
                )
                hit.self_commit = True
            elif (
                previous is not None
                and previous.rule in _ACTIVE_SPEECH
                and self._joined(hit, toks)
            ):
                # "The ministry urged banks to lend and vowed to cut fees": the
                # one who urged commits; the request's action ends at "and".
                hit.keep, hit.rule, hit.action_start = (
                    True,
                    _rules.COMMIT_JOINED,
                    hit.last,
                )
                hit.self_commit = True
                hit.speaker = previous.speaker
            return
        # The verb itself commits: "donors pledged to" binds the donors too,
        # and "they committed to" a group the text named (only actors pledge).
        if self._head_class(subj, toks) not in (*_COMMITTERS, "populace", "anaphor"):
            return
        if (
            hit.clause_kind == "relative"
            and hit.trigger.frame is Frame.COMMIT_VERB
            and (
                toks.word(hit.last) in NOUN_DETERMINERS
                or toks.word(hit.last) in _DETERMINERS
            )
        ):
            # "the time that you have committed to this effort": resources
            # given to a thing, described by an object relative clause.
            return
        hit.keep = True
        hit.rule = _rules.for_frame(hit.trigger.frame)
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last

    # ------------------------------------------------------------------
    # action ends
    # ------------------------------------------------------------------

    @staticmethod
    def _prediction_bounds(other: _Hit, toks: _Tokens) -> bool:
        """Whether a trigger that gave nothing still ends the action before it.

        A prediction ("…, and these bonds will help") opens a clause; a
        restrictive relative clause inside the act ("use other funds that
        their committees will choose") does not, nor does any other frame.
        """
        return other.trigger.frame is Frame.ACTOR_MODAL and not (
            (
                other.clause_kind == "relative"
                and other.cut is not None
                and toks.word(other.cut - 1) != ","
            )
            or _list_relative(other.first, toks)
        )

    @staticmethod
    def _parallel_that(floor: int, end: int, toks: _Tokens) -> int:
        """End an action at ", and that": a second complement of the verb before it.

        "The leaders agreed X will end the war, and that peace can be
        achieved": the second "that" clause is the leaders', not X's act. An
        action holding its own "that" ("ensure that A, and that B") goes on.
        """
        words = toks.words
        for j in range(floor + 1, end - 1):
            if words[j] == "that":
                return end
            if (
                words[j] == ","
                and words[j + 1] == "and"
                and toks.word(j + 2) == "that"
                and toks.word(j + 3) not in PREPOSITIONS  # "and that of X": a pronoun
            ):
                return j
        return end

    @staticmethod
    def _relative_close(hit: _Hit, floor: int, end: int, toks: _Tokens) -> int:
        """End a relative clause's action where the main clause's verb resumes.

        "The buildings, which must be located in one town, are listed": the
        comma before "are" closes the relative clause; a comma inside a list
        ("in the same city, town, or village") does not.
        """
        if not hit.in_relative:
            return end
        for j in range(floor + 1, end - 1):
            if toks.words[j] == "," and toks.words[j + 1] in _AUX:
                return j
        return end

    def _action_end(
        self,
        hit: _Hit,
        hits: list[_Hit],
        after: int,
        toks: _Tokens,
        bounds: tuple[list[int], dict[int, int]],
    ) -> int:
        """Token index where the action of ``hit`` ends; ``hits[after:]`` follow it."""
        stops, opened = bounds
        floor = max(hit.action_start, hit.action_floor)
        i = bisect.bisect_right(stops, floor)
        # An opening quotation mark, or the close of a quotation opened inside
        # the action, is no end: skip them (at most a few per sentence).
        skipped = 0
        while i < len(stops) - 1 and toks.words[stops[i]] in _QUOTES and skipped < 8:
            opener = opened.get(stops[i])
            if opener is not None and opener < floor:
                break  # the quotation the action sits in closes here
            i += 1
            skipped += 1
        end = stops[i] if i < len(stops) else len(toks.words)
        # An action is a clause, not a page: without the cap, a run-on text
        # with a trigger every few words would give quadratic output.
        end = min(end, floor + _MAX_ACTION)
        # Only the next few triggers can open the clause that ends this action.
        for j in range(after, min(len(hits), after + _LOOK)):
            other = hits[j]
            if other.first >= end:
                break
            if not other.keep and not self._prediction_bounds(other, toks):
                continue
            own_subject = not other.bare and (other.cut is None or other.cut > floor)
            if (
                not own_subject
                and other.rule in _ACTIVE_SPEECH
                and self._joined(other, toks)
                and hit.trigger.frame in _MODALS
            ):
                # "We will increase X(,) and support enterprises in …": the
                # speech verb is one of the modal's coordinated actions, and
                # a directive of its own too.
                continue
            cut = other.cut
            shared = other.keep and other.subject is not None and cut is None
            if shared or (
                other.keep
                and (cut is None or cut <= floor)
                and self._joined(other, toks)
            ):
                # A shared subject: "…, and will maintain", "… and urged X to"
                # end here.
                cut = other.first
                while cut > floor and (
                    toks.word(cut - 1) in _JOINS
                    or toks.word(cut - 1) in _AUX
                    or toks.word(cut - 1) in _NEGATORS  # "…, and is not required"
                ):
                    cut -= 1
            if cut is not None and cut > floor:
                end = min(end, cut)
                break
        end = self._relative_close(hit, floor, end, toks)
        end = self._parallel_that(floor, end, toks)
        close = self._fronted_close(hit.first, toks)
        if close is not None and close > floor:
            # "While the people demand an end to the war, the commanders …":
            # the main clause after the fronted clause is not the demand.
            end = min(end, close)
        for j in range(floor + 1, end):
            if toks.words[j] in _FINITE_BE and toks.words[j - 1] in _STRANDED:
                # "One area he asked the task force to focus on was ports": a
                # stranded preposition closes the relative clause it ends.
                end = j
                break
        stmt = self._statement_at(toks.starts[hit.first])
        if stmt is not None:
            span = self.statements[stmt].content_span
            # floor is past the last token when the trigger ends the text.
            if floor < len(toks.starts) and span.start <= toks.starts[floor] < span.end:
                j = bisect.bisect_left(toks.ends, span.end + 1)
                end = min(end, j)
        while end > floor and toks.word(end - 1) in _TRAILING_JOINS:
            end -= 1
        return end

    # ------------------------------------------------------------------
    # statements, issuer, addressee
    # ------------------------------------------------------------------
