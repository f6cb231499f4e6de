"""Where a directive trigger's addressee and action sit: the frames of the lexicon.

Kept apart from ``_modals`` so that the lexicon loader can check the ``frame``
column of ``triggers.tsv`` against it without importing the stage.
"""

from __future__ import annotations

import enum

__all__ = ["Frame"]


class Frame(enum.Enum):
    """Where a trigger's addressee and action sit around it."""

    #: ``SUBJECT modal ACTION``: must, should, need to; the subject may be an
    #: indicator ("water use ... should fall").
    MODAL = "modal"
    #: A modal that binds only an actor: will, would (a prediction otherwise).
    ACTOR_MODAL = "actor-modal"
    #: may, can: a trigger only when negated ("may not", "cannot") or after
    #: "no X" ("no company may").
    NEGATED_ONLY = "negated-only"
    #: ``SUBJECT pledged to ACTION``: the verb itself commits its subject.
    COMMIT_VERB = "commit-verb"
    #: ``SUBJECT pledged OBJECT``: "pledged an extra £1bn for the NHS".
    COMMIT_OBJECT = "commit-object"
    #: "the need (for X) to ACTION", "the imperative for X to ACTION".
    NEED_NOUN = "need-noun"
    #: "it is imperative/necessary (for X) to ACTION".
    IMPERSONAL = "impersonal"
    #: "call for ACTION" or "call for X to ACTION".
    CALL_FOR = "call-for"
    #: ``urge X to ACTION``; also ``Y are urged to ACTION`` in the passive.
    SPEECH_OBJECT = "speech-object"
    #: ``Y are welcome to ACTION``, ``Y are prohibited from ACTION``.
    STATE_TO = "state-to"
