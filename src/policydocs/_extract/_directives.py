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
from typing import TYPE_CHECKING, Final

from .._vocab import Force
from . import _rules
from ._directive_base import _StageBase
from ._directive_parts import (
    _ACTIVE_SPEECH,
    _ASKING,
    _AUX,
    _COMMITTERS,
    _CONJ,
    _DETERMINERS,
    _HARD,
    _JOINS,
    _LOOK,
    _MAX_ACTION,
    _MODALS,
    _NEGATORS,
    _NOT_AN_OBJECT,
    _QUOTES,
    _RELATIVE,
    _SUBORDINATORS,
    _THAT_VERBS,
    _TIME_WORDS,
    _Clause,
    _Hit,
    _reporting,
    _said_with_adjunct,
    _Scope,
    _Tokens,
)
from ._lexicon import word_set
from ._modals import (
    ADVERBS,
    BE_FORMS,
    CHANGE_VERBS,
    COMPLEMENT_VERBS,
    DISCOURSE_PARTICIPLES,
    EFFORT_HEADS,
    HEDGES,
    NOUN_DETERMINERS,
    POLITE_VERBS,
    PREPOSITIONS,
    QUESTION_WORDS,
    REMARK_VERBS,
    REPORT_VERBS,
    SPEAKER_PRONOUNS,
    TRIGGER_RE,
    TRIGGERS,
    UNDERGO_VERBS,
    Frame,
)

if TYPE_CHECKING:
    from .._models import Directive, Statement
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_directives"]


def find_directives(
    ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
) -> tuple[Directive, ...]:
    """Find who should do what, with what force, in ``ctx.text``."""
    return _Stage(ctx, registry, statements).run()


#: Adjectives before "need" ("the urgent need to").
_NEED_ADJECTIVES: Final = word_set("directives_need_adjectives")


class _Stage(_StageBase):
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
        found = list(TRIGGER_RE.finditer(self.low, sent.start, sent.end))
        if not found:
            return []  # most sentences direct nothing: skip tokenizing them
        toks = _Tokens.of(self.low, sent.start, sent.end)
        hits: list[_Hit] = []
        for m in found:
            first = toks.by_start.get(m.start())
            last = toks.by_end.get(m.end())
            if first is None or last is None:
                continue  # inside a hyphenated word or a token such as "self-will"
            surface = " ".join(m.group().split())
            hits.append(_Hit(TRIGGERS[surface], surface, first, last + 1))
        if not hits:
            return []
        lo = self._statement_floor(sent.start, toks)
        self._hit_starts = {h.first for h in hits}
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
        hit.negated = trig.negated or hit.surface.endswith(("n't", "n’t", "not"))
        frame = trig.frame
        if frame in (Frame.MODAL, Frame.ACTOR_MODAL, Frame.NEGATED_ONLY):
            if toks.word(hit.first - 1) == "the" and trig.base == "need to":
                hit.trigger = TRIGGERS["need"]  # "the need to": the noun
                self._need_noun(hit, toks, start=hit.first + 1)
            else:
                self._modal(hit, sc)
        elif frame in (Frame.COMMIT_VERB, Frame.COMMIT_OBJECT):
            self._commit(hit, sc)
        elif frame is Frame.NEED_NOUN:
            det = hit.first - 1
            if toks.word(det) in _NEED_ADJECTIVES:
                det -= 1
            # The need is asked for as an object ("stressed the need to",
            # "there is a need for"); as a subject ("The need for speed was
            # clear") it is talked about, not asked for.
            if (
                toks.word(det) in NOUN_DETERMINERS
                and toks.word(det) != "no"
                and toks.word(det - 1) not in ("", ",", ";", ":")
                and toks.word(det - 1) not in _QUOTES
            ):
                self._need_noun(hit, toks, start=hit.last)
        elif frame is Frame.IMPERSONAL:
            self._impersonal(hit, toks)
        elif frame is Frame.CALL_FOR:
            if toks.word(hit.first - 1) not in NOUN_DETERMINERS:
                self._call_for(hit, toks, hit.last)
        elif frame is Frame.SPEECH_OBJECT:
            self._speech(hit, sc)
        elif frame is Frame.STATE_TO:
            self._state_to(hit, sc)
        if hit.keep and hit.rule in _ACTIVE_SPEECH:
            self._speaker(hit, sc)

    def _speaker(self, hit: _Hit, sc: _Scope) -> None:
        """Who urges or calls: the issuer when no statement carries the act."""
        toks, triggers, lo = sc.toks, sc.bounds, sc.lo
        clause = self._clause(hit.first, toks, triggers, lo)
        hit.cut = clause.cut
        hit.bare = clause.start >= hit.first
        if clause.kind == "question" or hit.bare:
            return
        # "The meeting also heard a report … and urged …": the first chunk.
        np = self._np_span((clause.start, hit.first), toks)
        if self._head_class(np, toks) in _COMMITTERS:
            hit.speaker = np

    def _modal(self, hit: _Hit, sc: _Scope) -> None:
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        trig = hit.trigger
        before = toks.word(hit.first - 1)
        if before in NOUN_DETERMINERS or before == "to":
            return  # "a must", "political will", "the will to"
        after = self._after_modal(hit, toks)
        if after is None:
            return
        k, hedged = after
        nxt = toks.word(k)
        subj = self._subject_of(
            hit, hit.first, toks, triggers, lo=lo, previous=previous
        )
        if subj is None:
            return  # "Should risks rise, …": an inverted conditional
        hit.subject = subj
        passive = nxt == "be" and self._participle(toks.word(k + 1))
        passive = passive or (
            nxt == "be"
            and (toks.word(k + 1) in ADVERBS or toks.word(k + 1).endswith("ly"))
            and self._participle(toks.word(k + 2))
        )
        if nxt in REMARK_VERBS or (nxt == "be" and toks.word(k + 1) == "aware"):
            return  # "users should note that …": a remark to the reader
        if (
            passive
            and subj == (subj[0], subj[0] + 1)
            and toks.word(subj[0]) == "it"
            and toks.word(k + 1) in DISCOURSE_PARTICIPLES
        ):
            return  # "it should be noted that …" frames a remark
        no_x = toks.word(subj[0]) in ("no", "nobody")  # "no one" starts with "no"
        if no_x:
            hit.negated = True
        head_class = self._head_class(subj, toks)
        if no_x and trig.base == "can":
            return  # "nobody can predict": a statement of fact
        if not self._modal_binds(
            hit, toks, (k, subj, head_class), passive=passive, hedged=hedged, no_x=no_x
        ):
            return
        self._modal_rule(hit, toks, (k, subj, head_class), passive=passive, no_x=no_x)

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
        hedged = False
        while k < hit.last + 4 and (toks.word(k) in ADVERBS or toks.word(k) in HEDGES):
            hedged = hedged or toks.word(k) in HEDGES
            k += 1
        nxt = toks.word(k)
        if trig.base == "have to" and nxt == "do" and toks.word(k + 1) == "with":
            return None
        if (nxt == "have" and self._participle(toks.word(k + 1))) or (
            nxt == "have" and toks.word(k + 1) == "been"
        ):
            return None  # "must have been": a conclusion about the past
        if k < len(toks.words):
            if k in self._hit_starts:
                return None  # "will have to", "will need to": the inner trigger speaks
            if (
                nxt in BE_FORMS
                and self._participle(toks.word(k + 1))
                and (k + 1) in self._hit_starts
            ):
                return None  # "should be encouraged to": the passive speech act speaks
        return k, hedged

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
            # "may not"/"cannot" bind an actor; about a thing they are epistemic
            # ("prices may not rise", "the data cannot be compared").
            if not (hit.negated and (no_x or head_class is not None)):
                return False
            hit.force = Force.OBLIGATION
        if trig.frame is Frame.ACTOR_MODAL:
            if nxt in UNDERGO_VERBS:
                return (
                    False  # "councils will receive £1.2bn": they are given, not bound
                )
            if passive or hedged or head_class not in _COMMITTERS:
                # A prediction about a thing, a scheduled passive, or a hedged
                # forecast ("the Fed will likely hold rates").
                return False
            if hit.clause_kind == "relative":
                return False  # "officials who will oversee it" describes, not commits
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
            and toks.word(k + 2) in ("to", "in")
        ):
            hit.rule = _rules.EFFORTS_MADE
            hit.action_start = k + 3
            return
        if passive:
            hit.rule = _rules.MODAL_PASSIVE
            hit.action_start = subj[0]
            hit.action_floor = hit.last
            return
        if toks.word(k) == ",":
            # "should, where appropriate, propose": skip the parenthesis.
            for j in range(k + 1, min(k + 12, len(toks.words))):
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
        hit.addressee = self._np_span(subj, toks)

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
        # The verb itself commits: "donors pledged to" binds the donors too.
        if self._head_class(subj, toks) not in (*_COMMITTERS, "populace"):
            return
        hit.keep = True
        hit.rule = _rules.for_frame(hit.trigger.frame)
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last

    def _need_noun(self, hit: _Hit, toks: _Tokens, *, start: int) -> None:
        """Read "the need (for X) to ACTION" and "the imperative for X to ACTION"."""
        k = start
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
        hit.keep, hit.rule, hit.action_start = True, _rules.NEED_FOR, k + 1

    def _impersonal(self, hit: _Hit, toks: _Tokens) -> None:
        """Read "it is imperative (for X) to ACTION" or "… that CLAUSE"."""
        k = hit.last
        if toks.word(k) == "that":
            stop = toks.ends[min(len(toks.words), k + _LOOK) - 1]
            if TRIGGER_RE.search(self.low, toks.starts[k], stop):
                return  # the clause's own modal is the trigger
            hit.keep, hit.rule, hit.action_start = True, _rules.IMPERSONAL_THAT, k + 1
            return
        self._need_noun(hit, toks, start=k)
        if hit.keep:
            hit.rule = _rules.IMPERSONAL

    def _call_for(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "call for ACTION"; "call for X to ACTION" names X the addressee."""
        if start >= len(toks.words) or toks.words[start] in ";:,.":
            return
        hit.keep = True
        hit.force = Force.RECOMMENDATION
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

    def _speech(self, hit: _Hit, sc: _Scope) -> None:
        """Read "urge X to ACTION" (active) and "Y are urged to ACTION" (passive)."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        k = hit.first - 1
        while k > hit.first - 3 and (
            toks.word(k) in ADVERBS or toks.word(k).endswith("ly")
        ):
            k -= 1
        if toks.word(k) in BE_FORMS:
            if toks.word(hit.last) != "to" or hit.trigger.base == "support":
                return
            subj = self._subject_of(hit, k, toks, triggers, lo=lo, previous=previous)
            if subj is None:
                return
            hit.keep, hit.rule = True, _rules.SPEECH_PASSIVE
            hit.subject = subj
            hit.addressee = self._np_span(subj, toks)
            hit.action_start = hit.last + 1
            return
        if toks.word(hit.first - 1) in NOUN_DETERMINERS:
            return  # "the required ratio", "a request to"
        start = hit.last
        if hit.trigger.base == "call on" and toks.word(start) in _TIME_WORDS:
            # "called on Thursday for X": a date, then "call for".
            for j in range(start, min(start + 6, len(toks.words))):
                if toks.words[j] == "for":
                    hit.trigger = TRIGGERS["call for"]
                    self._call_for(hit, toks, j + 1)
                    return
                if toks.words[j] in (",", ";", ":", "to"):
                    break
        if toks.word(start) == "that" and hit.trigger.base in _THAT_VERBS:
            self._that_clause(hit, toks, start + 1)
            return
        if toks.word(start) in PREPOSITIONS or toks.word(start) in ",;:.":
            return
        to = self._infinitive_after(start, toks)
        rule = _rules.SPEECH_OBJECT
        if to is None and hit.trigger.base == "support":
            to = self._gerund_after(start, toks)
            rule = _rules.SUPPORT_IN
        if to is None or to == start:
            return
        np_end = to
        if toks.words[to - 1] == "not" and to - 1 > start:
            # "urged banks not to raise fees": a negated request.
            np_end = to - 1
            hit.negated = True
        if self._head_class((start, np_end), toks) is None:
            # Not someone asked: "support the construction of …", or a noun
            # ("external demand added 0.4 point to growth").
            return
        hit.keep, hit.rule = True, rule
        hit.addressee = self._np_span((start, np_end), toks)
        hit.action_start = to + 1

    def _that_clause(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "require that X do Y": the subjunctive clause is the action.

        A clause with its own modal ("urged that banks should …") is left to
        that modal.
        """
        stop = toks.ends[min(len(toks.words), start + _LOOK) - 1]
        if start >= len(toks.words) or TRIGGER_RE.search(
            self.low, toks.starts[start], stop
        ):
            return
        hit.keep, hit.rule = True, _rules.SPEECH_THAT
        actor = self._leading_actor(start, min(len(toks.words), start + 6), toks)
        if actor is None:
            for j in range(start, min(len(toks.words), start + 4)):
                if self._agentive(toks.words[j]):
                    actor = (start, j + 1)
                    break
        if actor is not None and actor[1] < len(toks.words):
            hit.addressee = actor
            hit.action_start = actor[1]
        else:
            hit.action_start = start

    def _state_to(self, hit: _Hit, sc: _Scope) -> None:
        """Read "Y are welcome to ACTION" and "Y are prohibited from ACTION"."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        k = hit.first - 1
        while k > hit.first - 4 and (toks.word(k) in ADVERBS or toks.word(k) == "not"):
            k -= 1
        if toks.word(k) not in BE_FORMS and not (
            hit.surface.startswith("not") and toks.word(hit.first - 1) in BE_FORMS
        ):
            return
        if hit.surface.startswith("not"):
            k = hit.first - 1
        subj = self._subject_of(hit, k, toks, triggers, lo=lo, previous=previous)
        if subj is None:
            return
        hit.keep, hit.rule = True, _rules.STATE_TO
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last

    # ------------------------------------------------------------------
    # phrase helpers
    # ------------------------------------------------------------------

    def _clause(self, at: int, toks: _Tokens, triggers: set[int], lo: int) -> _Clause:
        """The clause that ends at token ``at`` begins after the nearest boundary."""
        words = toks.words
        floor = max(lo, at - _LOOK)
        k = at - 1
        while k >= floor:
            w = words[k]
            if w in _QUOTES or w in _HARD or w in ",.!?":
                return _Clause(k + 1, k, "comma")
            if w in _CONJ and (k > 0 and words[k - 1] == ","):
                return _Clause(k + 1, k - 1, "conj")
            if w == "if" and toks.word(k - 1) in _ASKING:
                return _Clause(k + 1, k, "question")  # "asked if the ministry will"
            if w in _SUBORDINATORS:
                return _Clause(k + 1, k, "conj")
            if w == "that":
                # "told residents on Monday that": the day is no antecedent.
                p = k - 1
                if toks.word(p) in _TIME_WORDS:
                    p -= 2 if toks.word(p - 1) == "on" else 1
                prev = toks.word(p)
                if (
                    prev in COMPLEMENT_VERBS
                    or prev.endswith(("ed", "ing"))
                    or prev in REPORT_VERBS
                    # "told reporters that", "assured the markets that"
                    or toks.word(p - 1) in REPORT_VERBS
                    or toks.word(p - 2) in REPORT_VERBS
                    or _said_with_adjunct(p, toks)
                ):
                    cut = k
                    if prev in ("and", "but"):
                        cut = k - 2 if toks.word(k - 2) == "," else k - 1
                    return _Clause(k + 1, cut, "that")
                return _Clause(k + 1, k, "relative")
            if k + 1 < at and _reporting(k, toks):
                # "the company said it would …": a complement clause without "that".
                return _Clause(k + 1, k, "that")
            if w in QUESTION_WORDS or w in _RELATIVE:
                return _Clause(
                    k + 1, k, "question" if w in QUESTION_WORDS else "relative"
                )
            if k in triggers:
                return _Clause(k + 1, k + 1, "trigger")
            k -= 1
        return _Clause(floor, floor, "sentence")

    def _subject_of(
        self,
        hit: _Hit,
        at: int,
        toks: _Tokens,
        triggers: set[int],
        *,
        lo: int,
        previous: _Hit | None,
    ) -> tuple[int, int] | None:
        """Find the subject of the clause ending at token ``at``; set ``hit.cut``.

        A clause with no subject of its own after "and" or another trigger
        shares the previous directive's ("…, and will maintain").
        """
        clause = self._clause(at, toks, triggers, lo)
        hit.clause_kind = clause.kind
        if clause.kind == "question":
            return None
        # A verb right after the relative pronoun ("that fail the test", "that
        # fail to comply") makes the pronoun the subject of its own clause.
        verb_first = toks.word(clause.start) in _AUX or (
            toks.word(clause.start) not in _DETERMINERS
            and (
                toks.word(clause.start + 1) in _DETERMINERS
                or toks.word(clause.start + 1) == "to"
            )
        )
        relative_subject = (
            clause.start == at or toks.word(clause.cut) == "whose" or verb_first
        )
        if clause.kind == "relative" and clause.cut > lo and relative_subject:
            # "banks that must …", "Operators whose ratio exceeds 5 percent
            # must …", "Batteries that fail the test shall not …": the
            # antecedent acts. In "the rules that companies must follow" the
            # relative clause's own subject does.
            outer = self._clause(clause.cut, toks, triggers, lo)
            if outer.kind != "question" and clause.cut > outer.start:
                hit.cut = outer.cut
                return (outer.start, clause.cut)
        subj = self._subject(clause, at, toks)
        if subj is not None:
            hit.cut = clause.cut
            return subj
        opener = self._relative_opener(clause, toks, lo)
        if opener is not None:
            # "The bank, which has kept its rate since March, should not rush":
            # the subject stands before the non-restrictive relative clause.
            outer = self._clause(opener, toks, triggers, lo)
            subj = self._subject(outer, opener, toks)
            if outer.kind != "question" and subj is not None:
                hit.cut = outer.cut
                return subj
        if clause.kind in ("conj", "trigger") and previous is not None:
            return previous.subject
        if clause.start < at and self._joined(hit, toks):
            # "The Board remains resolute … and will do what is necessary":
            # the clause's own subject, an actor named at its start.
            return self._leading_actor(clause.start, at, toks)
        return None

    def _leading_actor(
        self, start: int, at: int, toks: _Tokens
    ) -> tuple[int, int] | None:
        """The actor phrase that opens ``toks[start:at]`` ("The Board", "China")."""
        for j in range(start, min(at, start + 4)):
            if toks.words[j] in _DETERMINERS:
                continue
            if self._head_class((j, j + 1), toks) in _COMMITTERS:
                end = j + 1
                # The rest of a capitalised name: "The European Commission".
                while end < at and end < j + 8 and self._capitalised(end, toks):
                    end += 1
                return (start, end)
            if not self._capitalised(j, toks):
                break  # a lower-case word that names no actor: a verb or a thing
        return None

    def _subject(
        self, clause: _Clause, at: int, toks: _Tokens
    ) -> tuple[int, int] | None:
        """The subject tokens between a clause's start and token ``at``."""
        s, e = clause.start, at
        words = toks.words
        while e > s and (
            words[e - 1] in ADVERBS
            or words[e - 1] in _AUX
            or words[e - 1].endswith("ly")
        ):
            e -= 1
        if e > s and words[e - 1] in ("and", "or", "but"):
            return None  # "…, and will maintain": the subject is shared
        if clause.kind == "relative" and e == s:
            return None
        return (s, e) if e > s else None

    # ------------------------------------------------------------------
    # action ends
    # ------------------------------------------------------------------

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
            # A prediction ("…, and these bonds will help") still opens a clause.
            if not other.keep and other.trigger.frame is not Frame.ACTOR_MODAL:
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
                    toks.word(cut - 1) in _JOINS or toks.word(cut - 1) in _AUX
                ):
                    cut -= 1
            if cut is not None and cut > floor:
                end = min(end, cut)
                break
        stmt = self._statement_at(toks.starts[hit.first])
        if stmt is not None:
            span = self.statements[stmt].content_span
            # floor is past the last token when the trigger ends the text.
            if floor < len(toks.starts) and span.start <= toks.starts[floor] < span.end:
                j = bisect.bisect_left(toks.ends, span.end + 1)
                end = min(end, j)
        while end > floor and toks.word(end - 1) in (
            ",",
            ".",
            "and",
            "or",
            "but",
            "!",
            "—",
            "-",
        ):
            end -= 1
        return end

    # ------------------------------------------------------------------
    # statements, issuer, addressee
    # ------------------------------------------------------------------
