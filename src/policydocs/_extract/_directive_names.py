"""Who issues a directive and whom it addresses, and the directive itself.

Split from ``_directive_base`` so that each file stays short: the names of
the addressee (a pronoun's role, the topic a "they" takes up, joined
addressees) and the building of a :class:`Directive` from a read trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from .._models import Directive, Span
from .._vocab import ActorKind
from . import _rules
from ._directive_base import (
    _FIRST_PLURAL,
    _FIRST_SINGULAR,
    _FRONTED_CLAUSES,
    _GENERIC_CONDITIONS,
    _INDEFINITE,
    _LIST_JOINERS,
    _OBJECT_PRONOUNS,
    _PERSON_NOUNS,
    _THIRD_PERSON,
    _StageBase,
)
from ._directive_parts import (
    _DETERMINERS,
    _MODALS,
    _QUOTES,
    _TIME_OPENERS,
    _TIME_WORDS,
)
from ._directive_words import _INDEFINITE_ARTICLES
from ._lexicon import word_set
from ._modals import PREPOSITIONS, Frame

if TYPE_CHECKING:
    from ._directive_parts import _Hit, _Tokens

__all__: list[str] = []

#: Legal instruments: a passive's "by" phrase that opens with one ("may be
#: made only by Act of Congress", "by order of the Secretary") names the
#: means, not who is to act.
_INSTRUMENTS: Final = word_set("directives_instruments")

#: Quantifiers of a whole group before "of" ("each of the operators").
_PARTITIVES: Final = word_set("directives_partitives")
#: Those that deny ("none of the operators", "neither party").
_NEGATIVE_PARTITIVES: Final = word_set("directives_negative_partitives")


class _NameReader(_StageBase):
    """Addressee names and the directive built from a read trigger."""

    @staticmethod
    def _partitive(
        subj: tuple[int, int], toks: _Tokens
    ) -> tuple[tuple[int, int], bool] | None:
        """The group inside "each of the operators" and whether it is denied.

        "Each of the port operators must …" binds the port operators; "none
        of the parties may …" and "neither party may …" deny it to them all
        (True), as "no party may" does. None when the subject opens
        otherwise.
        """
        a, b = subj
        first = toks.word(a)
        if first not in _PARTITIVES or b - a < 2:
            return None
        denied = first in _NEGATIVE_PARTITIVES
        if toks.word(a + 1) == "of" and b - a > 2:
            return (a + 2, b), denied
        return ((a + 1, b), True) if denied else None

    def _third_person(
        self, span: tuple[int, int], toks: _Tokens, actor: tuple[int, int] | None
    ) -> str | None:
        """The role earlier in the sentence that "he" or "them" stands for, or None.

        "Where a dealer imports seed, he shall keep records": the actor of a
        fronted clause; "The agency met the growers and urged them to …": the
        nearest role of the pronoun's number (an object pronoun never stands
        for its own clause's subject, so the registry's most recent actor is
        no better). Elsewhere the registry resolves the pronoun first and the
        sentence's nearest role is the fallback; names are the registry's.
        ``actor`` is the span of who asks or acts: an object pronoun is not it.
        """
        a, b = span
        plural = _THIRD_PERSON.get(toks.words[a]) if b - a == 1 else None
        if plural is None:
            return None
        obj = toks.words[a] in _OBJECT_PRONOUNS
        heads = [
            j
            for j in range(a)
            if self._role_head(j, toks, plural=plural)
            and not (obj and actor is not None and actor[0] <= j < actor[1])
        ]
        if not heads:
            return None
        first = 3 if toks.words[0] == "(" and toks.word(2) == ")" else 0
        fronted = toks.word(first) in _FRONTED_CLAUSES and "," in toks.words[first:a]
        if toks.words[a] == "it" and not fronted:
            return None  # outside a fronted clause "it" mostly takes up a thing
        if not fronted and not obj:
            resolved = self.registry.resolve(toks.starts[a], toks.ends[a])
            if resolved is not None:
                return resolved
        j = heads[0] if fronted else heads[-1]
        start = j
        for k in range(j - 1, max(-1, j - 4), -1):
            w = toks.words[k]
            if not w.isalpha() or w in PREPOSITIONS:
                break
            if w in _DETERMINERS:
                start = k
                break
        return self.registry.mention(
            toks.starts[start], toks.ends[j], kind=ActorKind.GROUP
        )

    def _joined_name(
        self, span: tuple[int, int], chars: tuple[int, int], toks: _Tokens
    ) -> str | None:
        """The registry's name for an addressee, or for the first of joined ones.

        "the officer and the appraisers" may name no one actor; the contract
        accepts one of joined addressees, and the first heads the phrase.
        """
        a, b = span
        rest = self.text[toks.starts[a + 1] : chars[1]] if b - a > 1 else ""
        if toks.words[a] in _INDEFINITE and rest.islower():
            # "An agency may not …": any agency, not the last one named.
            return self.registry.implied(rest, ActorKind.GROUP)
        got = self.registry.mention(*chars, kind=ActorKind.GROUP)
        if got is not None:
            return got
        for j in range(a + 1, b - 1):
            if toks.words[j] in _LIST_JOINERS:
                return self.registry.mention(
                    toks.starts[a], toks.ends[j - 1], kind=ActorKind.GROUP
                )
        return None

    def _passive_agent(self, participle: int, toks: _Tokens) -> tuple[int, int] | None:
        """The actor of a passive's "by X": "shall be attested to by the officer".

        Who acts is named, so the agent is the addressee; "demonstrated by
        either of the following qualifications" names a thing, and "shall be
        accompanied by a handler" a kind of companion, not someone bound
        (None).
        """
        n = len(toks.words)
        for j in range(participle + 1, min(n, participle + 4)):
            w = toks.words[j]
            if w == "by":
                end = j + 1
                while (
                    end < min(n, j + 12)
                    and toks.words[end] not in ",;:.()"
                    and toks.words[end] not in _TIME_OPENERS  # "… next month"
                    and toks.words[end] not in _TIME_WORDS
                ):
                    end += 1
                np = (j + 1, end)
                first = (
                    toks.word(j + 2) if toks.word(j + 1) == "the" else toks.word(j + 1)
                )
                if (
                    end > j + 1
                    and toks.words[j + 1] not in _INDEFINITE_ARTICLES
                    and first not in _TIME_WORDS  # "spent by June": a deadline
                    and first not in _INSTRUMENTS  # "by Act of Congress": a law
                    and not first[:1].isdigit()
                    and self._head_class(np, toks) is not None
                ):
                    return self._np_span(np, toks)
                return None
            if w in ",;:." or w in _QUOTES:
                return None
        return None

    def _topic_name(self, hit: _Hit, chars: tuple[int, int]) -> str | None:
        """The name of the topic a pronoun at ``chars`` takes up, or None.

        "The President and the Prime Minister spoke. They will …": the
        joined phrase names them (the contract accepts one of joined
        addressees, and the registry may know only the first). For "he" and
        "she" the topic is preferred where it fits the pronoun.
        """
        if hit.topic is None:
            return None
        s, e = hit.topic
        name = self.registry.mention(s, e, kind=ActorKind.GROUP) or (
            self.registry.resolve(s, e)
        )
        if name is None or self.text[chars[0] : chars[1]].lower() == "they":
            return name
        return self.registry.mention(*chars, prefer=name)

    def _role_head(self, j: int, toks: _Tokens, *, plural: bool) -> bool:
        """Whether token ``j`` is a common noun of actors of the given number."""
        w = toks.words[j]
        if not w.isalpha() or self._capitalised(j, toks):
            return False
        if plural:
            return w.endswith("s") and not w.endswith("ss") and self._agentive(w)
        return self._singular_agent(w) or w in _PERSON_NOUNS

    def _build(self, hit: _Hit, toks: _Tokens, end_tok: int) -> Directive:
        start = toks.starts[hit.action_start]
        end = toks.ends[end_tok - 1]
        # "shall verify that:" and its "(a) …;" items, read as one sentence up
        # to the first item's semicolon: the list is the one action.
        colon = self.text.rfind(":", start, end)
        end = self._listed_paragraphs(colon if colon > 0 else end)
        end = max(end, toks.ends[end_tok - 1])
        stmt = self._statement_of(hit, toks)
        issuer: str | None = None
        quoter: str | None = None
        if stmt is not None:
            issuer = self._voice(stmt)
        elif toks.words and toks.words[0] in _QUOTES:
            # '"A," said X. "B."': a quotation that goes on without a cue of
            # its own is still X's.
            issuer = quoter = self._continued_quote(toks.starts[0])
        if issuer is None and hit.speaker is not None:
            a, b = hit.speaker
            issuer = self.registry.mention(
                toks.starts[a], toks.ends[b - 1], kind=ActorKind.GROUP
            )
        if issuer is None:
            issuer = self._floor_holder(toks.starts[hit.first]) or self._orator
        # Whoever speaks here, before falling back to the publisher: their "I".
        speaking = issuer
        if issuer is None:
            issuer = self.registry.author()
        addressee: str | None = None
        if hit.addressee is not None:
            a, b = hit.addressee
            s0, e0 = toks.starts[a], toks.ends[b - 1]
            if toks.words[b - 1].endswith(("'ll", "’ll")):
                e0 -= 3  # "She'll meet …": the pronoun without its "will"
            addressee = (
                self._third_person((a, b), toks, hit.speaker or hit.subject)
                or self._topic_name(hit, (s0, e0))
                or self._joined_name((a, b), (s0, e0), toks)
            )
            voice = self._voice(stmt) if stmt is not None else quoter
            we = b - a == 1 and toks.words[a] in _FIRST_PLURAL
            if we and self._orator is not None and voice in (None, self._orator):
                # A speech's or testimony's own "we": the speaker, whom the
                # text names, rather than a guess among the bodies the
                # speaker sits on (a governor's board or its policy committee).
                addressee = self._orator
            elif we and voice is not None:
                addressee = self.registry.we_of(voice)
            elif addressee is None and b - a == 1 and toks.words[a] in _FIRST_SINGULAR:
                addressee = speaking  # "he directed me to travel": the speaker
            elif b - a == 1 and toks.words[a] == "you":
                # "If you have not signed up, you should do so today": under a
                # condition a modal's "you" is whoever meets it, an audience
                # the text does not name (addressee null); "You should
                # demand X" and "we ask you to" keep the listener.
                generic = hit.trigger.frame in _MODALS and any(
                    w in _GENERIC_CONDITIONS for w in toks.words[:a]
                )
                addressee = self._recipient(s0) or (None if generic else addressee)
        if hit.self_commit:
            addressee = issuer
        t0, t1 = toks.starts[hit.first], toks.ends[hit.last - 1]
        return Directive(
            issuer=issuer,
            addressee=addressee,
            action=self.text[start:end],
            action_span=Span(start=start, end=end),
            force=hit.force,
            negated=hit.negated,
            # "it is necessary", and the verb of "I need X to": their own words.
            trigger=hit.surface
            if hit.trigger.frame is Frame.IMPERSONAL or hit.rule == _rules.NEED_OBJECT
            else hit.trigger.base,
            trigger_span=Span(start=t0, end=t1),
            statement=stmt,
            rule=hit.rule,
        )
