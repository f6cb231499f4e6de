"""The directive stage's word classes, asked from the lexicon by name.

They sit apart from the stage's rules (``_directives``) so that the rules'
module keeps its room; every list itself lives in ``lexicon/*.tsv``.
"""

from __future__ import annotations

import re
from typing import Final

from ._lexicon import word_set, words
from ._modals import PREPOSITIONS

#: A pronoun with a contracted "will" ("we'll", "she’ll").
_CONTRACTED: Final = re.compile(r"^[a-z]+['’]ll$")

#: Nouns of "in particular", "in addition": an adverb between a modal and its verb.
_ASIDE_NOUNS: Final = word_set("directives_aside_nouns")

#: Words after "press" that make it a verb of going on ("pressing forward").
_PRESS_PARTICLES: Final = word_set("directives_press_particles")

#: Adjectives before "need" ("the urgent need to").
_NEED_ADJECTIVES: Final = word_set("directives_need_adjectives")

#: Verbs of phase before "to": "will continue to face" undergoes as "will face".
_ASPECT_VERBS: Final = word_set("directives_aspect_verbs")

#: Subordinators after a "will"/"may" whose verb is left out ("I doubt he

#: will when they meet"): nothing is promised or allowed.
_ELLIPSIS_ENDS: Final = word_set("directives_ellipsis_ends")

#: Dashes that set off an aside ("will — if needed — raise rates").
_DASHES: Final = frozenset({"—", "–", "--"})

#: Pronouns as objects: "nor shall any broker resell it" has its verb before one.
_OBJECT_PRONOUNS: Final = word_set("object_pronouns")

#: Finite forms of "be" that open a main clause after a stranded preposition.
_FINITE_BE: Final = word_set("finite_be")

#: Prepositions that end a relative clause ("the area he asked them to focus on").
_STRANDED: Final = PREPOSITIONS - word_set("directives_unstranded")

#: Conjunctions of a condition: a trigger's clause opening with one asks for

#: nothing ("if", "unless").
_CONDITIONALS: Final = word_set("directives_conditionals")

#: Words that join a trigger without a subject to a clause whose subject it

#: shares ("… and pressed for X").
_SHARED_SUBJECT_LEADS: Final = word_set("directives_shared_subject_leads")

#: First words of a subject that denies ("Nothing in this Act shall …").
_NO_SUBJECTS: Final = word_set("directives_no_subjects")

#: Words after which the modal precedes its subject ("nor shall any driver …").
_NOR: Final = word_set("directives_nor")

#: Determiners skipped before a subject's head ("any such person").
_SUBJECT_QUALIFIERS: Final = word_set("directives_subject_qualifiers")

#: Past forms of a need trigger: "as needed to" sets a condition.
_NEEDED_SURFACES: Final = word_set("directives_needed_surfaces")

#: Trigger bases of a need, which a modal of possibility or a reduced relative

#: clause makes a forecast.
_NEED_BASES: Final = word_set("directives_need_bases")

#: Modals of possibility: "may need to" foresees a need.
_POSSIBILITY_MODALS: Final = word_set("directives_possibility_modals")

#: Words that cannot be the noun a reduced relative clause describes.
_RELATIVE_BREAKERS: Final = word_set("directives_relative_breakers")

#: Nouns whose "that" clause is their content ("the view that banks need to").
_CONTENT_NOUNS: Final = word_set("directives_content_nouns")

#: Relative pronouns of a clause whose object is their noun ("roads that …").
_OBJECT_RELATIVES: Final = word_set("directives_object_relatives")

#: Words after "efforts should be made" that open its action.
_EFFORT_PARTICLES: Final = word_set("directives_effort_particles")

#: The indefinite articles.
_INDEFINITE_ARTICLES: Final = word_set("indefinite_articles")

#: Marks and coordinators an action never ends with ("… to act, and").
_TRAILING_JOINS: Final = word_set("coordinators") | {",", ".", "!", "—", "-"}

#: Endings of a trigger's text that negate it ("mustn't", "need not").
_NEGATED_ENDINGS: Final = words("directives_negated_endings")

#: Verbs after "may" that give an office leave to choose ("may include").
_CHOICE_VERBS: Final = word_set("directives_choice_verbs")

#: Participles of a status its holder obtains ("must be registered").
_STATUS_PARTICIPLES: Final = word_set("directives_status_participles")
