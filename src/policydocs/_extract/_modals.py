"""Trigger lexicon of the directive stage, kept as data.

A trigger is a word or phrase that asks for, requires, commits to or
encourages an action (EXTRACTION.md, "Directive"). Each surface form maps to a
:class:`Trigger`: its base form (what ``Directive.trigger`` stores), its
:class:`~policydocs.Force` and the *frame* that says where the trigger's
addressee and action sit around it. The grammar in ``_directives.py`` reads
only these tables, so a new trigger is one line here.

Every table is lower-case: the stage scans ``Context.lower`` (STYLE.md §10).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

import attrs

from .._vocab import Force
from ._cues import CUES, PARTICIPLE_FORMS
from ._frames import Frame
from ._lexicon import alternation, inflect, rows, texts, word_set, words

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = [
    "ABILITY_VERBS",
    "ADVERBS",
    "AGENT_HEADS",
    "AGENT_SUFFIXES",
    "BE_FORMS",
    "CHANGE_VERBS",
    "COMMENCEMENT",
    "COMPLEMENT_VERBS",
    "CUE_PARTICIPLES",
    "DISCOURSE_PARTICIPLES",
    "EFFORT_HEADS",
    "HEDGES",
    "ING_NOUNS",
    "IRREGULAR_PARTICIPLES",
    "LEAVE_VERBS",
    "NOUN_DETERMINERS",
    "OBJECT_CUES",
    "OUTLET_WORDS",
    "POLITE_VERBS",
    "POPULACE_HEADS",
    "POSSIBLE_PARTICIPLES",
    "POSSIBLE_VERBS",
    "PREPOSITIONS",
    "PRONOUN_AGENTS",
    "QUESTION_WORDS",
    "REMARK_VERBS",
    "REPORT_BASES",
    "REPORT_VERBS",
    "SPEAKER_PRONOUNS",
    "THING_AGENTIVES",
    "THING_HEADS",
    "TRIGGERS",
    "TRIGGER_RE",
    "UNDERGO_VERBS",
    "WISH_VERBS",
    "Frame",
    "Trigger",
    "lexicon",
]


def lexicon(block: str) -> frozenset[str]:
    """The whitespace-separated words of ``block``, as a set."""
    return frozenset(block.split())


@attrs.frozen
class Trigger:
    """One entry of the lexicon."""

    base: str
    force: Force
    frame: Frame
    #: A prohibition by its very word ("prohibited from", "banned from").
    negated: bool = False


def _triggers() -> dict[str, Trigger]:
    """Surface form → trigger, from ``triggers.tsv``."""
    out: dict[str, Trigger] = {}
    for row in rows("triggers"):
        entry = Trigger(
            str(row["base"]),
            Force(str(row["force"])),
            Frame(str(row["frame"])),
            negated=bool(row["negated"]),
        )
        form = str(row["entry"])
        if entry.frame is Frame.IMPERSONAL and form.startswith(_IT_IS):
            surfaces = _impersonal_forms(form.removeprefix(_IT_IS))
        else:
            surfaces = inflect(form) if row["forms"] == "all" else (form,)
        for surface in surfaces:
            # Contractions come with straight or typographic apostrophes.
            out[surface] = entry
            out[surface.replace("'", "’")] = entry
    return out


#: How an impersonal entry of triggers.tsv opens: the copula of its class.
_IT_IS: Final = "it is "


def _impersonal_forms(adjective: str) -> tuple[str, ...]:
    """Every surface of "it is ADJECTIVE": each copula, with or without an adverb.

    "It's vital", "it will be essential", "it is also critical" ask as "it
    is imperative" does (EXTRACTION.md, Directive: obligation).
    """
    adverbs = ("", *(f"{adverb} " for adverb in words("directives_impersonal_adverbs")))
    return tuple(
        f"{copula} {adverb}{adjective}"
        for copula in words("directives_impersonal_copulas")
        for adverb in adverbs
    ) + tuple(
        # "it is not necessary for X to": X need not (a negated trigger).
        f"{copula} {adjective}"
        for copula in words("directives_impersonal_negated_copulas")
    )


#: Surface form (lower-case, single-spaced) -> trigger.
TRIGGERS: Final[dict[str, Trigger]] = _triggers()


def _trigger_alternation(surfaces: Iterable[str]) -> str:
    """The lexicon's prefix-tree alternation of ``surfaces``, a space matching 1-3.

    A tree rejects a position after one character and stays as cheap when a
    class of phrases ("it is / it's / it will be … vital") adds hundreds of
    surfaces sharing their first words (STYLE.md §10).
    """
    return alternation(surfaces).replace(r"\ ", r"\s{1,3}")


#: Every surface form, the longest that fits at each start, on word boundaries.
TRIGGER_RE: Final = re.compile(rf"\b(?:{_trigger_alternation(TRIGGERS)})(?![\w'’-])")

# --- word classes the grammar consults -------------------------------------

#: Heads of noun phrases that name institutions and other actors able to
#: commit, be asked or be addressed: a "will" with one of these as subject is a
#: commitment, not a prediction.
AGENT_HEADS: Final = word_set("modals_agent_heads")

#: Plural endings of agent nouns ("recipients", "lenders", "trustees"); a
#: "-ments" noun ("payments") is excluded by the grammar.
AGENT_SUFFIXES: Final = words("modals_agent_suffixes")

#: Actors that may be asked to act but whose "will" is a forecast:
#: "households will receive", "consumers will benefit", and the private sector
#: in the plural ("exporters will benefit"; "the company will build" commits).
POPULACE_HEADS: Final = word_set("modals_populace_heads")

#: Pronouns that refer to an actor without the registry's help.
PRONOUN_AGENTS: Final = word_set("modals_pronoun_agents")

#: The speaker and the one spoken to: "I/we/you would" + a verb of
#: :data:`POLITE_VERBS` frames a remark ("I would stress one point").
SPEAKER_PRONOUNS: Final = word_set("modals_speaker_pronouns")

#: Heads that name things, not actors: capitalised names ("the Expo will")
#: and plural artefacts ("loan agreements must state …").
THING_HEADS: Final = word_set("modals_thing_heads")

#: Singular nouns of things with the endings of agent nouns ("number",
#: "sector", "chapter"): no one who acts.
THING_AGENTIVES: Final = word_set("modals_thing_agentives")

#: "efforts (should be made to)": the fixed phrase whose action is its "to" clause.
EFFORT_HEADS: Final = word_set("modals_effort_heads")

#: Words that end a noun phrase's first chunk: its head is the word before.
PREPOSITIONS: Final = word_set("modals_prepositions")

#: Nouns in -ing that head a noun phrase rather than open a participle
#: clause: "government spending will rise" is about spending, not government.
ING_NOUNS: Final = word_set("modals_ing_nouns")

#: Adverbs that may stand between a subject and its modal, or a modal and its
#: verb, without being either.
ADVERBS: Final = word_set("modals_adverbs")

#: Adverbs of likelihood: "will likely", "would probably" forecast, not commit.
HEDGES: Final = word_set("modals_hedges")

#: Verbs of quantities and of contents: "exports should grow", "emissions must
#: fall by …", "loan agreements must state the cost" make their plural subject
#: a thing, not an addressee.
CHANGE_VERBS: Final = word_set("modals_change_verbs")

#: Verbs whose subject undergoes rather than acts: "councils will receive
#: £1.2bn", "exporters will benefit" forecast or report a plan for them.
UNDERGO_VERBS: Final = word_set("modals_undergo_verbs")

#: Verbs after "cannot" that deny an ability, not a leave: "we cannot yet
#: know", "nobody can predict", "we cannot rule out".
ABILITY_VERBS: Final = word_set("modals_ability_verbs")

#: Verbs after "can" that claim a right: "small firms can apply for the
#: subsidy" gives leave; "we can see" states an ability.
LEAVE_VERBS: Final = word_set("modals_leave_verbs")

#: Verbs of a bound after "may not"/"cannot" ("the fee may not exceed 40
#: dollars", "the term may not be less than"): a cap a rule sets on a thing.
CAP_VERBS: Final = word_set("modals_cap_verbs")

#: Indicator phrases ("inflation", "retail sales"): under "may not exceed"
#: they are forecast, not capped.
INDICATOR_PHRASES: Final = frozenset(texts("indicators"))

#: Verbs after "may" that weigh a possibility ("it may be necessary", "the
#: rate may have peaked", "it may seem"): no leave is given.
POSSIBLE_VERBS: Final = word_set("modals_possible_verbs")

#: Participles after "may be" that weigh a possibility ("may be affected",
#: "may be needed"): a passive "may" otherwise gives leave ("copies may be
#: obtained from …").
POSSIBLE_PARTICIPLES: Final = word_set("modals_possible_participles")

#: Verbs of "readers should note that …": a remark, not a call to act.
REMARK_VERBS: Final = word_set("modals_remark_verbs")

#: Verbs of wishes ("we would like to thank", "I should like to make …").
WISH_VERBS: Final = word_set("modals_wish_verbs")

#: Verbs after "I/we/you would" that frame a remark instead of promising an
#: act: every speech or cognition cue ("I would stress", "we would argue",
#: "you would think"), the remark verbs, and the verbs of wishes ("we would
#: like to thank").
POLITE_VERBS: Final = (
    frozenset(cue.base.split()[0] for cue in CUES.values()) | REMARK_VERBS | WISH_VERBS
)

#: Participles of "it should be noted that …": a frame for a remark.
DISCOURSE_PARTICIPLES: Final = word_set("modals_discourse_participles")

#: An instrument's own commencement and expiry ("shall enter into force on
#: …"): with a thing as subject, a statement of dates, not a directive.
COMMENCEMENT: Final = words("modals_commencement")

#: Forms of "be" before a passive participle or "welcome to".
BE_FORMS: Final = word_set("modals_be_forms")

#: Participles that do not end in "-ed" ("should be made", "be paid out").
IRREGULAR_PARTICIPLES: Final = word_set("modals_irregular_participles")

#: Determiners and possessives before which "need", "will" or "must" is a noun.
NOUN_DETERMINERS: Final = word_set("modals_noun_determiners")

#: Words after which "that" opens a complement clause, not a relative one.
COMPLEMENT_VERBS: Final = word_set("modals_complement_verbs")

#: Words opening an indirect question: a trigger after them is no directive.
QUESTION_WORDS: Final = word_set("modals_question_words")

#: Participles that open a new statement by the same speaker ("…, adding that"):
#: the action before them ends there (EXTRACTION.md, Statement). Derived from
#: the attribution-cue lexicon, so a cue added there ends actions here too;
#: "citing" names a reason, not a statement, and ends an action all the same.
CUE_PARTICIPLES: Final = frozenset(
    form.split()[0] for form in PARTICIPLE_FORMS
) | word_set("modals_reason_participles")

#: Cues whose verb mostly takes a noun object ("proposed new rules", "found
#: ways", "held talks", "showed growth", "expects a rebound"): attribution
#: cues for the statements stage, but no clause opens after them.
OBJECT_CUES: Final = word_set("modals_object_cues")

#: Words of a transcript label that name a news outlet, not a speaker:
#: "Reuters:", "Economic Daily reporter:", "Reporter from Global Times:".
OUTLET_WORDS: Final = word_set("modals_outlet_words")

#: Base forms of the same cues: "economists say", "critics argue" report
#: too, but only after a plural or personal subject (the grammar checks).
REPORT_BASES: Final = frozenset(
    cue.base
    for cue in CUES.values()
    if " " not in cue.base and cue.base not in OBJECT_CUES
)

#: Reporting verbs of a trailing attribution ("…, he said") and of a "that"
#: clause: the third-person and past forms of every one-word cue outside
#: :data:`OBJECT_CUES` (the -ing forms are :data:`CUE_PARTICIPLES`; base forms
#: are mostly nouns or infinitives), plus "reminded", which takes a listener
#: like "told".
REPORT_VERBS: Final = frozenset(
    form
    for form, cue in CUES.items()
    if " " not in form
    and form != cue.base
    and not form.endswith("ing")
    and cue.base not in OBJECT_CUES
) | word_set("modals_listener_report_verbs")
