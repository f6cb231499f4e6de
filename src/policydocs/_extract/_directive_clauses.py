"""Clauses of the directive stage: where a clause begins, its subject, its topic.

Split from ``_directives`` (the frame readers) so that each file stays short:
the clause and subject finders, and the topic a pronoun takes up ("The Board
met …. It will …").
"""

from __future__ import annotations

from typing import Final

from .._vocab import ActorKind, Force
from ._directive_base import _FINITE_BE, _FRONTED_CLAUSES, _LIST_JOINERS
from ._directive_names import _NameReader
from ._directive_parts import (
    _ASKING,
    _AUX,
    _COMMITTERS,
    _CONJ,
    _DETERMINERS,
    _HARD,
    _LOOK,
    _POSSESSIVE_ENDINGS,
    _QUOTES,
    _RELATIVE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _TIME_OPENERS,
    _TIME_WORDS,
    _Clause,
    _Hit,
    _reporting,
    _said_with_adjunct,
    _Tokens,
)
from ._directive_words import _CONTENT_NOUNS, _OBJECT_RELATIVES, _RELATIVE_BREAKERS
from ._lexicon import word_set
from ._modals import (
    ADVERBS,
    BE_FORMS,
    COMPLEMENT_VERBS,
    CUE_PARTICIPLES,
    PREPOSITIONS,
    QUESTION_WORDS,
    REPORT_VERBS,
    Frame,
)

__all__: list[str] = []

#: Words that open an aside between a subject and its modal ("The
#: Administrator, in consultation with …, shall").
_ASIDE_OPENERS: Final = word_set("directives_aside_openers")

#: Prepositions that open a fronted adverbial ("Over the summer the Board …").
_FRONTING: Final = word_set("directives_fronting")
#: Words a fronted time adverbial before its subject may span ("In the
#: coming months", "Later this year").
_MAX_TIME_ADVERBIAL: Final = 5
#: Marks that open a list item ("- Banks should …", "• Banks should …").
_BULLETS: Final = word_set("directives_bullets")
#: Words that count a group before its noun ("the two ministers").
_COUNTS: Final = word_set("small") | word_set("directives_group_quantifiers")


#: Finite auxiliaries: a "that" clause opening with one states a fact.
_INDICATIVE_AUX: Final = word_set("directives_indicative_aux")
#: Verbs whose complement clause may follow without "that" ("this means
#: banks must …"): the subject is the clause's, after the verb.
_IMPLYING: Final = word_set("directives_implying_verbs")
#: Pronouns that open "this means …", "that implies …".
_DEMONSTRATIVES: Final = word_set("directives_demonstratives")

#: Conjunctions of time that open a clause of their own ("before Congress
#: will act").
_TIME_SUBORDINATORS: Final = word_set("directives_time_subordinators")

#: Tokens after a possessor within which the noun it owns is looked for.
_POSSESSED_REACH: Final = 4

#: Conjunctions that join a sentence on to the one before ("But they will …").
_SENTENCE_CONJUNCTIONS: Final = word_set("directives_sentence_conjunctions")

#: Conjunctions before a second "that" clause: the first act ends before them.
_THAT_JOINS: Final = word_set("directives_that_joins")

#: Relative words that open a condition at a clause's start ("Where there
#: is …").
_CONDITION_RELATIVES: Final = word_set("directives_condition_relatives")

#: The articles: after a comma one opens an aside's noun phrase.
_ARTICLES: Final = word_set("articles")

#: Coordinators: a subject ending in one is shared with the clause before.
_COORDINATORS: Final = word_set("coordinators")

#: Quantifiers a restrictive relative clause narrows ("every dealer who …").
_RESTRICTED: Final = word_set("directives_restricted_quantifiers")

#: Pronouns of a restrictive relative clause right after its noun.
_RESTRICTIVE: Final = word_set("directives_restrictive_relatives")
#: Relative pronouns that may stand for a thing as well as an actor.
_THING_RELATIVES: Final = word_set("directives_thing_relatives")


#: Words of a subject that directly follows a noun ("the rules the banks
#: have to follow"): a short noun phrase, no clause.
_MAX_CONTACT_SUBJECT: Final = 4

#: Tokens a fronted subordinate clause may run past its trigger.
_MAX_FRONTED: Final = 60


def _list_relative(first: int, toks: _Tokens) -> bool:
    """Whether the trigger at ``first`` ends a restrictive relative clause's list.

    "any jurisdiction in which such offer, solicitation or sale would be
    unlawful": the comma before "solicitation" lists nouns of one subject
    ("W, W or W"), and the clause is the "which" one, bound to the noun
    before it (no comma before "which").
    """
    words = toks.words
    comma = next(
        (j for j in range(first - 1, max(-1, first - 6), -1) if words[j] == ","), None
    )
    if comma is None or not any(
        words[j] in _LIST_JOINERS for j in range(comma + 2, first - 1)
    ):
        return False
    if not all(words[j].isalpha() for j in range(comma + 1, first)):
        return False
    for j in range(comma - 1, max(-1, comma - 6), -1):
        if words[j] in _RELATIVE:
            return j > 0 and words[j - 1] != ","
        if not words[j].isalpha():
            return False
    return False


class _ClauseReader(_NameReader):
    """Clause, subject and topic finders of one run of the stage."""

    @staticmethod
    def _fronted_close(at: int, toks: _Tokens) -> int | None:
        """The comma that closes a fronted subordinate clause holding token ``at``.

        "While the people continue to demand an end to the war, the
        commanders …": the clause opened by "while" (or "if", "when", …)
        ends at its first comma after ``at``; None when the sentence opens
        otherwise or a comma comes before ``at``.
        """
        lead = 0
        while lead < at and not toks.words[lead][:1].isalnum():
            lead += 1  # an opening quotation mark or bracket
        word = toks.word(lead)
        if (word not in _SUBORDINATORS and word not in _FRONTED_CLAUSES) or (
            "," in toks.words[lead:at]
        ):
            return None
        for j in range(at + 1, min(len(toks.words), at + _MAX_FRONTED)):
            if toks.words[j] == ",":
                return j
        return None

    @staticmethod
    def _indicative(at: int, toks: _Tokens) -> bool:
        """Whether the verb group at token ``at`` is indicative ("is", "rose")."""
        j = at
        while toks.word(j) in ADVERBS or toks.word(j).endswith("ly"):
            j += 1
        verb = toks.word(j)
        if verb in BE_FORMS:
            return verb != "be"
        if verb not in _DETERMINERS and (
            verb in _INDICATIVE_AUX
            or verb.endswith(("ed", "es"))
            or (verb.endswith("s") and not verb.endswith("ss"))
        ):
            # A determiner ("this", "its") opens the subject, it is no verb.
            return True
        # No subject was told apart: the first verb of the next few words.
        for w in toks.words[j + 1 : j + 6]:
            if w in BE_FORMS or w in _INDICATIVE_AUX:
                return w != "be"
        return False

    def _clause(self, at: int, toks: _Tokens, triggers: set[int], lo: int) -> _Clause:
        """The clause that ends at token ``at`` begins after the nearest boundary."""
        words = toks.words
        floor = max(lo, at - _LOOK)
        k = at - 1
        joined = None  # the last "and the …" passed: a clause of its own
        while k >= floor:
            w = words[k]
            if w in _QUOTES or w in _HARD or w in ",.!?—–":
                return _Clause(k + 1, k, "comma")
            if w in _CONJ and (k > 0 and words[k - 1] in ",—–"):
                return _Clause(k + 1, k - 1, "conj")
            if w == "if" and toks.word(k - 1) in _ASKING:
                return _Clause(k + 1, k, "question")  # "asked if the ministry will"
            if w in _SUBORDINATORS or w in _TIME_SUBORDINATORS:
                # "… before Congress will consider": a clause of its own.
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
                    if prev in _THAT_JOINS:
                        cut = k - 2 if toks.word(k - 2) == "," else k - 1
                    return _Clause(k + 1, cut, "that")
                return _Clause(k + 1, k, "relative")
            if k + 1 < at and _reporting(k, toks):
                # "the company said it would …": a complement clause without "that".
                return _Clause(k + 1, k, "that")
            if w in QUESTION_WORDS or w in _RELATIVE:
                if w in _CONDITION_RELATIVES and (
                    k == floor or toks.word(k - 1) in ",;:)"
                ):
                    # "Where there is a change …, he shall": a condition opens.
                    return _Clause(k + 1, k, "conj")
                asked = w in QUESTION_WORDS and not self._relative_here(k, toks)
                return _Clause(k + 1, k, "question" if asked else "relative")
            if k in triggers:
                end = at
                while end > k + 1 and words[end - 1] in ADVERBS:
                    end -= 1  # "and the holder thereupon shall": past the adverb
                if joined is not None and self._head_class((joined + 1, end), toks):
                    # "X shall cause a list to be prepared and the officer
                    # shall make …": the second modal has a subject of its own.
                    return _Clause(joined + 1, joined, "conj")
                return _Clause(k + 1, k + 1, "trigger")
            if w in _CONJ and self._opens_subject(k + 1, at, toks):
                joined = k
            k -= 1
        return _Clause(floor, floor, "sentence")

    def _opens_subject(self, j: int, at: int, toks: _Tokens) -> bool:
        """Whether a subject of its own opens at token ``j``, after "and".

        "and the officer shall", "and then the Prime Minister will", "and
        then President Ortiz will": a determiner or a name, past "then".
        """
        if toks.word(j) in _TIME_OPENERS:
            j += 1
        word = toks.word(j)
        return (word in _DETERMINERS and word != "that") or (
            j < at and self._capitalised(j, toks)
        )

    @staticmethod
    def _relative_here(k: int, toks: _Tokens) -> bool:
        """Whether the "which"/"who" at ``k`` opens a relative clause, not a question.

        After a noun ("a Member State which has concerns"), a comma ("the
        buildings, which must …") or a coordinator (", and which must …") it
        is relative; after "asked"/"decide" or a reporting verb it asks.
        """
        prev = toks.word(k - 1)
        if toks.words[k] not in _RELATIVE and toks.words[k] not in _CONDITION_RELATIVES:
            return False  # "the place where the records are kept": relative too
        if prev == "," or prev in _COORDINATORS:
            return True
        return (
            prev.isalpha()
            and prev not in _ASKING
            and prev not in REPORT_VERBS
            and prev not in COMPLEMENT_VERBS
            and not prev.endswith("ed")
        )

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
        shares the previous directive's ("…, and will maintain"). A clause
        that finds no actor of its own may be the tail of a long relative
        clause opening the sentence (see :meth:`_opening_relative`).
        """
        subj = self._own_subject_of(hit, at, toks, triggers, lo=lo, previous=previous)
        if subj is None or self._head_class(subj, toks) is None:
            opening = self._opening_relative(at, toks, triggers, lo)
            if opening is not None:
                hit.clause_kind, hit.cut = "sentence", opening[0]
                return opening
        return subj

    def _opening_relative(
        self, at: int, toks: _Tokens, triggers: set[int], lo: int
    ) -> tuple[int, int] | None:
        """The noun before a sentence-opening "who" clause ended by the modal ``at``.

        "Any person who handles (…), or who desires to handle, the drug must
        be registered", "Makers who believe that a product, which they sold,
        is unsafe shall recall it": commas and parentheses inside the
        relative clause hid its antecedent. The modal must be the first
        trigger after "who", with no semicolon or colon before it.
        """
        s = self._past_opening(lo, at, toks)
        words = toks.words
        who = next(
            (
                j
                for j in range(s + 1, min(at, s + 8))
                if not words[j].isalpha() or words[j] == "who"
            ),
            None,
        )
        if who is None or words[who] != "who" or at - who < 3:
            return None
        if any(t in triggers for t in range(who + 1, at)):
            return None
        if any(words[j] in ";:" for j in range(who + 1, at)):
            return None
        np = (s, who)
        return np if self._head_class(np, toks) is not None else None

    def _restricted(
        self, np: tuple[int, int], subj: tuple[int, int], at: int, toks: _Tokens
    ) -> tuple[int, int]:
        """The addressee ``np`` with the relative clause that narrows its quantifier.

        "Every dealer who imports seed must keep a ledger" binds the dealers
        who import seed, not every dealer: after "all", "every", "each" or
        "any" the restrictive "who"/"that" clause up to the modal at ``at``
        stays in the name. Elsewhere ``np`` is unchanged.
        """
        words = toks.words
        if np != subj or words[np[0]] not in _RESTRICTED:
            return np
        if toks.word(np[1]) not in _RESTRICTIVE:
            return np
        end = at
        while end > np[1] + 2 and (
            words[end - 1] in ADVERBS or words[end - 1] in _AUX or words[end - 1] == ","
        ):
            end -= 1
        return (np[0], end) if end > np[1] + 1 else np

    def _past_reduced_clause(
        self, subj: tuple[int, int], toks: _Tokens
    ) -> tuple[int, int]:
        """Skip a subjectless fronted clause: "If approved by him the officer shall".

        After "if", "when", "unless" … a participle ("approved by him", "so
        requested") has no subject of its own; with no comma to close it,
        the main subject opens at the first determiner that does not follow
        a preposition.
        """
        words = toks.words
        s = subj[0] + (words[subj[0]] in ADVERBS)
        if not self._participle(words[s]):
            return subj
        for j in range(s + 1, subj[1] - 1):
            if words[j] in _DETERMINERS and words[j - 1] not in PREPOSITIONS:
                return (j, subj[1])
        return subj

    @staticmethod
    def _reduced_relative(hit: _Hit, toks: _Tokens) -> bool:
        """Whether "they need to" sits in a relative clause without "that".

        "the information they need to make choices" says what the
        information is for; "…, and they need to act" and "we think they
        need to act" do ask.
        """
        pronoun = toks.word(hit.first - 1)
        noun = toks.word(hit.first - 2)
        if pronoun not in _SUBJECT_PRONOUNS:
            # "the infrastructure that businesses need to grow": an object
            # relative clause after "that"/"which", its subject a bare noun.
            that = hit.first - 2 if pronoun.isalpha() else -1
            if toks.word(that) not in _OBJECT_RELATIVES or not pronoun.endswith("s"):
                return False
            noun = toks.word(that - 1)
            if noun in _CONTENT_NOUNS or not (
                toks.word(that - 2) in _DETERMINERS
                or toks.word(that - 3) in _DETERMINERS
            ):
                return False  # "the view that banks need to lend": it asks
        return (
            noun.isalpha()
            and noun not in _CONJ
            and noun not in _AUX
            and noun not in BE_FORMS
            and noun not in COMPLEMENT_VERBS
            and noun not in REPORT_VERBS
            and noun not in _DETERMINERS
            and noun not in PREPOSITIONS
            and noun not in _RELATIVE_BREAKERS
            and not noun.endswith(("ed", "ly"))
        )

    def _own_subject_of(
        self,
        hit: _Hit,
        at: int,
        toks: _Tokens,
        triggers: set[int],
        *,
        lo: int,
        previous: _Hit | None,
    ) -> tuple[int, int] | None:
        """The subject the modal's own clause names (see :meth:`_subject_of`)."""
        clause = self._clause(at, toks, triggers, lo)
        hit.clause_kind = clause.kind
        if clause.kind == "question":
            return None
        # A verb right after the relative pronoun ("that fail the test", "that
        # fail to comply") makes the pronoun the subject of its own clause.
        verb_first = toks.word(clause.start) in _AUX or (
            toks.word(clause.start) not in _DETERMINERS
            and (
                # "people around the world should": "around" is a preposition
                # here, not a determiner of an object ("around 5 percent").
                (
                    toks.word(clause.start + 1) in _DETERMINERS
                    and (
                        toks.word(clause.start + 1) not in PREPOSITIONS
                        or toks.word(clause.start + 2)[:1].isdigit()
                    )
                )
                or toks.word(clause.start + 1) == "to"
            )
        )
        if clause.kind == "relative" and not verb_first and at - clause.start >= 2:
            # "each operator that handles waste must": a finite verb, then its
            # object, and nobody named: the pronoun is the verb's subject.
            first = toks.word(clause.start)
            verb_first = (
                (first.endswith(("s", "ed")) or self._who_verb(clause, toks))
                and self._head_class((clause.start, clause.start + 1), toks) is None
                and self._head_class((clause.start, at), toks) is None
            )
        relative_subject = (
            clause.start == at or toks.word(clause.cut) == "whose" or verb_first
        )
        hit.in_relative = clause.kind == "relative" and clause.start == at
        if clause.kind == "relative" and clause.cut > lo and relative_subject:
            # "banks that must …", "Operators whose ratio exceeds 5 percent
            # must …", "Batteries that fail the test shall not …": the
            # antecedent acts. In "the rules that companies must follow" the
            # relative clause's own subject does.
            comma = clause.cut - 1
            if toks.word(comma) in _COORDINATORS and toks.word(comma - 1) == ",":
                comma -= 1  # "The bank, which …, and which must …"
            if toks.word(comma) == ",":
                # "three appraisers, chosen by the officer, who shall be …":
                # the antecedent stands before the comma (and its asides).
                return self._comma_antecedent(hit, comma, toks, lo)
            outer = self._clause(clause.cut, toks, triggers, lo)
            if outer.kind != "question" and clause.cut > outer.start:
                hit.cut = outer.cut
                # "(c) A person who violates …": the enumerator is no part of it.
                return (self._past_opening(outer.start, clause.cut, toks), clause.cut)
        subj = self._subject(clause, at, toks)
        if subj is not None and toks.word(clause.cut) in _FRONTED_CLAUSES:
            subj = self._past_reduced_clause(subj, toks)
        if subj is not None:
            hit.cut = clause.cut
            if subj[0] > clause.start + 1 and toks.words[subj[0]] in _SUBJECT_PRONOUNS:
                hit.cut = subj[0]  # a pronoun opening a clause mid-run ends one
            return subj
        named = self._appositive_name(clause, at, toks, lo)
        if named is not None:
            hit.cut = named[0] - 1
            return named
        opener = self._relative_opener(clause, toks, lo) or self._aside_opener(
            clause, toks, lo
        )
        if opener is not None:
            # "The bank, which has kept its rate since March, should not rush":
            # the subject stands before the non-restrictive relative clause.
            outer = self._clause(opener, toks, triggers, lo)
            subj = self._subject(outer, opener, toks)
            if outer.kind != "question" and subj is not None:
                hit.cut = outer.cut
                return subj
        if previous is not None and self._shares_subject(hit, clause, toks):
            if previous.in_relative:
                # "which need not be contiguous but must be located …": the
                # second modal is in the same relative clause.
                hit.clause_kind, hit.in_relative = previous.clause_kind, True
            return previous.subject
        return self._last_subject(hit, clause, (at, lo), toks)

    def _last_subject(
        self, hit: _Hit, clause: _Clause, at_lo: tuple[int, int], toks: _Tokens
    ) -> tuple[int, int] | None:
        """The subject of a clause that has none of its own between its bounds."""
        at, lo = at_lo
        binding = hit.trigger.frame is Frame.MODAL
        if clause.start < at and self._joined(hit, toks):
            # "The Board remains resolute … and will do what is necessary":
            # the clause's own subject, an actor named at its start.
            return self._leading_actor(clause.start, at, toks) or (
                self._be_subject(clause.start, at, toks)
                if toks.word(hit.last) == "be" and binding
                else None
            )
        if hit.trigger.force is Force.OBLIGATION and binding:
            # Not "should" (", should inflation persist," is a condition), nor a
            # "may" of likelihood ("Figures for May, when revised, may rise").
            return self._long_subject(clause, at, toks, lo)
        return None

    def _long_subject(
        self, clause: _Clause, at: int, toks: _Tokens, lo: int
    ) -> tuple[int, int] | None:
        """A subject that a comma closes right before its modal, or None.

        Statutes close a long subject with a comma: "Personal property seized
        …, and any carrier appraised …, shall be forfeited", "The Chief
        Counsel of the Bureau of Alcohol, Tobacco and Firearms, shall
        authorize …". With nothing but the comma between them, the subject
        runs from the sentence's start (past an enumerator or a conjunction)
        when it opens like a noun phrase.
        """
        comma = clause.cut
        if clause.kind != "comma" or toks.word(comma) != ",":
            return None
        if any(toks.words[j] not in ADVERBS for j in range(clause.start, at)):
            return None
        s = self._past_opening(lo, comma, toks)
        first = toks.word(s)
        opens = first in _DETERMINERS or first == "no" or self._capitalised(s, toks)
        if first in PREPOSITIONS or first in _FRONTING:
            return None  # "In the long run, …": a fronted adverbial
        return (s, comma) if opens and comma - s >= 2 else None

    def _shares_subject(self, hit: _Hit, clause: _Clause, toks: _Tokens) -> bool:
        """Whether a clause with no subject of its own shares the previous one's.

        After "and" or another trigger it does ("…, and will maintain"); so it
        does after an aside that opens with a comma when the trigger itself is
        joined: "shall be available, without further appropriation and shall
        remain available". So it does after a relative clause with a subject
        of its own ("at the site where the costs are collected and shall
        remain available"): the joined modal cannot be that clause's.
        """
        if clause.kind in ("conj", "trigger"):
            return True
        if clause.kind == "relative" and toks.word(clause.start) in _DETERMINERS:
            return self._joined(hit, toks)
        return clause.kind == "comma" and self._joined(hit, toks)

    @staticmethod
    def _be_subject(start: int, at: int, toks: _Tokens) -> tuple[int, int] | None:
        """The subject before the first "is"/"are" of ``toks[start:at]``, or None.

        "The substance is subject to schedule I controls and must be stored …":
        the passive modal after "and" shares the sentence's subject, a thing
        (an active one about a thing, "prices are high and must fall", and a
        "may" of likelihood, "are provisional and may be revised", are left
        alone).
        """
        for j in range(start + 1, min(at, start + 8)):
            w = toks.words[j]
            if w in _FINITE_BE:
                return (start, j)
            if not w.isalnum():
                return None
        return None

    def _who_verb(self, clause: _Clause, toks: _Tokens) -> bool:
        """Whether "who" is followed by its own verb ("registrants who distribute …").

        After "who" a lower-case word that is no determiner, pronoun or name
        is the verb of the relative clause, whatever its ending; "the firms
        that banks serve" keeps its object reading, as "that" may.
        """
        first = toks.word(clause.start)
        pronoun = toks.word(clause.cut)
        if pronoun in _THING_RELATIVES:
            # "companies which own ports must …": after "which" or "that" the
            # word must be no noun ("the rules which banks must follow").
            if (
                first in PREPOSITIONS
                or toks.word(clause.cut - 1) in PREPOSITIONS  # "for which X may"
                or self._head_class((clause.start, clause.start + 1), toks)
            ):
                return False
        elif pronoun != "who":
            return False
        return (
            first.isalpha()
            and first not in _DETERMINERS
            and first not in _SUBJECT_PRONOUNS
            and not self._capitalised(clause.start, toks)
        )

    def _comma_antecedent(
        self, hit: _Hit, comma: int, toks: _Tokens, lo: int
    ) -> tuple[int, int] | None:
        """The noun phrase a non-restrictive ", which/who …" clause is about.

        The clause before the comma ends with it ("several buildings, which
        need not …"); a participial or relative aside ("appraisers, chosen by
        the officer, who shall …", "The bank, which insists on X, and which
        must …") is stepped over to the noun before it.
        """
        # The relative clause begins at its comma: an action before it ends.
        hit.cut = comma
        for _ in range(3):
            # Triggers inside an aside ("which insists on X,") are no bound.
            outer = self._clause(comma, toks, set(), lo)
            if outer.kind == "question" or outer.start >= comma:
                return None
            if outer.kind == "relative" and toks.word(outer.cut - 1) == ",":
                comma = outer.cut - 1  # a relative aside: ", which reviews …,"
                continue
            if toks.word(outer.cut) == "," and self._participle(toks.word(outer.start)):
                comma = outer.cut  # a participial aside: ", chosen by …,"
                continue
            return self._antecedent_np(outer.start, comma, toks)
        return None

    def _antecedent_np(self, start: int, end: int, toks: _Tokens) -> tuple[int, int]:
        """The last noun phrase of ``toks[start:end]``: from its determiner on."""
        for j in range(end - 1, start, -1):
            w = toks.words[j]
            if w in PREPOSITIONS or not w[:1].isalnum():
                return (j + 1, end) if j + 1 < end else (start, end)
            if w in _DETERMINERS or (
                toks.word(j - 1) not in _DETERMINERS and w[:1].isdigit()
            ):
                return (j, end)
        return self._past_opening(start, end, toks), end

    def _appositive_name(
        self, clause: _Clause, at: int, toks: _Tokens, lo: int
    ) -> tuple[int, int] | None:
        """The person's name set off by commas between a role and its modal.

        "The Director of the Port Authority, Ana Ortiz, will visit …" and
        "The agency's director, Ana Ortiz, will …": the name, which the
        registry knows as a person, is who acts (None elsewhere).
        """
        close = clause.cut
        if (
            clause.kind != "comma"
            or toks.word(close) != ","
            or any(toks.words[j] not in ADVERBS for j in range(clause.start, at))
        ):
            return None
        opening = close - 1
        while opening > max(lo, close - 6) and toks.words[opening] != ",":
            if not self._capitalised(opening, toks):
                return None
            opening -= 1
        if toks.word(opening) != "," or opening >= close - 1 or opening <= lo:
            return None
        name = self.text[toks.starts[opening + 1] : toks.ends[close - 1]]
        kind = self.registry.kind_of(name)
        if kind is ActorKind.PERSON:
            return (opening + 1, close)
        if kind is not None or close - opening < 3:
            return None
        # An unknown name: a person's, after a role ("The Director of X,").
        outer = self._clause(opening, toks, set(), lo)
        role = (self._past_opening(outer.start, opening, toks), opening)
        if (
            outer.kind in ("sentence", "conj")
            and self.registry.looks_like_name(name)
            and self._head_class(role, toks) in ("agent", "populace")
        ):
            return (opening + 1, close)
        return None

    def _aside_opener(self, clause: _Clause, toks: _Tokens, lo: int) -> int | None:
        """The comma opening an aside between a subject and its modal.

        "The Administrator, in consultation with the Secretary, shall …" and
        "Every person, before commencing business, shall …": the clause after
        the aside has no subject; the subject stands before its opening comma.
        """
        close = clause.cut
        if clause.kind != "comma" or toks.word(close) != ",":
            return None
        commas = 0
        appositive: int | None = None
        for j in range(close - 1, max(lo, close - _LOOK) - 1, -1):
            w = toks.words[j]
            if w == ",":
                first = toks.word(j + 1)
                if first in _ARTICLES:
                    if any(toks.words[t] in REPORT_VERBS for t in range(j + 2, close)):
                        return None  # "…, the minister announced, pledging to …"
                    # "Local councils, the main providers of care, should": an
                    # appositive, unless it is an item of a list inside a
                    # longer aside ("in consultation with A, the Chair of B,
                    # and C,"): look on for the aside's opening preposition.
                    appositive = j if appositive is None else appositive
                elif (
                    first in _ASIDE_OPENERS
                    or first.endswith("ing")
                    or self._participle(first)  # "appointed by the minister"
                ):
                    return j
                commas += 1
                if commas > 4:
                    return appositive  # "in consultation with A, B, and C,": a list
            if w in _HARD or w in _QUOTES or (w in ".!?" and toks.word(j + 1) != ","):
                return appositive  # "Ltd.," is an abbreviation, no sentence end
        return appositive

    def _leading_actor(
        self, start: int, at: int, toks: _Tokens, *, group: bool = False
    ) -> tuple[int, int] | None:
        """The actor phrase that opens ``toks[start:at]`` ("The Board", "China").

        With ``group`` a counted group of people or roles counts too ("The
        two ministers", "Port operators"): what "they" may take up.
        """
        takers = (*_COMMITTERS, "populace") if group else _COMMITTERS
        for j in range(start, min(at, start + 4)):
            if toks.words[j] in _DETERMINERS or (group and toks.words[j] in _COUNTS):
                continue
            if self._head_class((j, j + 1), toks) in takers:
                end = j + 1
                # The rest of a capitalised name: "The European Commission".
                while end < at and end < j + 8 and self._capitalised(end, toks):
                    end += 1
                # A compound whose head is the next noun: "council leaders".
                while end < at and end < j + 3 and self._agentive(toks.words[end]):
                    end += 1
                return (start, self._possessed(end, at, toks))
            if group and self._head_class((j + 1, j + 2), toks) in takers:
                continue  # a compound's first noun: "the two trade ministers"
            if not self._capitalised(j, toks):
                break  # a lower-case word that names no actor: a verb or a thing
        return None

    def _possessed(self, end: int, at: int, toks: _Tokens) -> int:
        """Where an actor phrase ends when its last word is a possessor.

        "Scotland's two governments", "the city's housing officers": the
        possessor is a determiner, and the actor is the noun it owns, so
        the phrase goes on to that noun when it names an actor too.
        """
        if not toks.words[end - 1].endswith(_POSSESSIVE_ENDINGS):
            return end
        for j in range(end, min(at, end + _POSSESSED_REACH)):
            word = toks.words[j]
            if not word.isalnum() or word in PREPOSITIONS or word in _AUX:
                break
            if self._head_class((j, j + 1), toks) in _COMMITTERS:
                return j + 1
        return end

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
        if e > s and words[e - 1] in _COORDINATORS:
            return None  # "…, and will maintain": the subject is shared
        if clause.kind == "relative" and e == s:
            return None
        if e - s > 1 and words[e - 1] in _SUBJECT_PRONOUNS and words[e - 2].isalpha():
            # "Where the dealer is authorized to repackage he shall …": with no
            # comma, a subject pronoun right before the modal opens its clause.
            return (e - 1, e)
        s = self._past_opening(s, e, toks)
        s = self._past_contact_clause(s, e, toks)
        return (s, e) if e > s else None

    def _past_contact_clause(self, s: int, e: int, toks: _Tokens) -> int:
        """Where the modal's own subject starts after a noun it follows directly.

        "These are the rules the banks have to follow", "We cut the money
        the states have to spend": a noun phrase right after a common noun
        opens a clause of its own (a relative clause without "that"), and
        the modal's subject is that phrase, not the words before it.
        """
        words = toks.words
        for j in range(e - 2, s, -1):
            w = words[j]
            if w not in _ARTICLES and w not in _DEMONSTRATIVES:
                continue
            prev = words[j - 1]
            if (
                e - j <= _MAX_CONTACT_SUBJECT
                and all(w.isalpha() and w not in PREPOSITIONS for w in words[j + 1 : e])
                and prev.isalpha()
                and toks.word(j - 2) != "to"  # "calculated to reach the person"
                and not self._capitalised(j - 1, toks)
                and prev not in PREPOSITIONS
                and prev not in _DETERMINERS
                and prev not in _CONJ
                and prev not in _AUX
                and prev not in BE_FORMS
                and not prev.endswith("ly")
                and not prev.endswith("ing")
                and not self._participle(prev)
            ):
                return j
            return s
        return s

    def _past_opening(self, s: int, e: int, toks: _Tokens) -> int:
        """Skip a conjunction, an enumerator ("(a)", "2.") and a fronted adverbial.

        "(b) the inspector shall" binds the inspector; "Over the summer the
        Board will" commits the Board (EXTRACTION.md: fronted adverbials are
        never part of the addressee).
        """
        words = toks.words
        if s + 1 < e and words[s] in _BULLETS:
            s += 1  # "- This means borrowers should …": a list item's marker
        if s + 1 < e and words[s] in _SENTENCE_CONJUNCTIONS:
            s += 1  # "But they will …": the conjunction joins the sentence on
        if s + 1 < e and (words[s] in _IMPLYING or words[s] in CUE_PARTICIPLES):
            # "that means policymakers must", "…, saying the agency will":
            # the clause after the verb, past its "that".
            s += 1 + (s + 2 < e and words[s + 1] == "that")
        elif s + 2 < e and words[s + 1] in _IMPLYING and words[s] in _DEMONSTRATIVES:
            s += 2  # "This means banks must hold more capital"
        if words[s] == "(" and s + 2 < e and words[s + 2] == ")":
            s += 3
        elif s + 1 < e and words[s + 1] in (")", ".") and len(words[s]) <= 3:
            s += 2
        if s < e and (words[s] in _FRONTING or words[s] in _TIME_OPENERS):
            return self._past_fronted(s, e, toks)
        return s

    def _past_fronted(self, s: int, e: int, toks: _Tokens) -> int:
        """Where the actor starts after a fronted adverbial with no comma, or ``s``.

        The actor opens at the last determiner that follows no preposition
        ("Over the summer the Board will …", "Later this year the ministry
        will …"), or at a name right after the adverbial's last word ("In
        the coming months Treasury will …", "In March Treasury will …"). A
        time adverbial without a preposition is a few words with no verb:
        "This plan would help the Board" opens with its subject.
        """
        words = toks.words
        timed = words[s] not in _FRONTING
        for j in range(e - 1, s, -1):
            near = j - s <= _MAX_TIME_ADVERBIAL and not any(
                w in _AUX for w in words[s:j]
            )
            if timed and not near:
                continue
            if words[j] in _DETERMINERS and words[j - 1] not in PREPOSITIONS:
                return j if self._head_class((j, e), toks) in _COMMITTERS else s
            prev = words[j - 1]
            if (
                near
                and self._capitalised(j, toks)
                and prev.isalpha()
                and prev not in PREPOSITIONS
                and prev not in _DETERMINERS
                and (
                    j - 1 == s
                    or prev in _TIME_WORDS
                    or not self._capitalised(j - 1, toks)
                )
            ):
                return j if self._head_class((j, e), toks) in _COMMITTERS else s
        return s
