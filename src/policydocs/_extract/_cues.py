"""The attribution-cue lexicon, as data: base forms, inflections, frames.

Each :class:`Cue` names a speech or cognition verb (or phrase) that
attributes content to a source. Its fields say how the statements stage
reads the content that follows it:

* ``strict``: the verb only attributes when a clause follows ("added that
  ...", "data showed that ..."), or when it closes a reporting frame ("...,
  he added"); otherwise it is an ordinary verb ("the projects will add 48
  GWh", "member states").
* ``recipient``: a listener may come before the content ("told reporters on
  Tuesday that ...").

The cues are rows of ``lexicon/cues.tsv``; :data:`CUES` maps every inflected
form (lower case) to its cue and :func:`cue_pattern` builds one prefix-tree regex over
them (STYLE.md §10: a tree-shaped alternation scans about twice as fast as a
flat one).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from ._lexicon import alternation, inflect, rows, words

__all__ = ["CUES", "PARTICIPLE_FORMS", "Cue", "cue_gate_pattern", "cue_pattern"]


class Cue(NamedTuple):
    """One attribution cue: its base form and how its content is read."""

    base: str
    strict: bool = False
    recipient: bool = False


def _build() -> tuple[dict[str, Cue], frozenset[str]]:
    table: dict[str, Cue] = {}
    participles: set[str] = set()
    for row in rows("cues"):
        base = str(row["entry"])
        verb, _, particle = base.partition(" ")
        forms = inflect(verb) if row["forms"] == "all" else (verb,)
        # "expressed the hope that" is the cue "express hope".
        cue = Cue(
            base=base.replace(" the ", " "),
            strict=bool(row["strict"]),
            recipient=bool(row["recipient"]),
        )
        for form in forms:
            key = f"{form} {particle}" if particle else form
            table.setdefault(key, cue)
            if form.endswith("ing"):
                participles.add(key)
    return table, frozenset(participles)


_TABLES: Final = _build()
#: Every inflected form (lower case, phrasal ones with their particle) → cue.
CUES: Final[dict[str, Cue]] = _TABLES[0]
#: The -ing forms: a participle continuing a clause ("..., adding that").
PARTICIPLE_FORMS: Final[frozenset[str]] = _TABLES[1]


def cue_pattern() -> str:
    r"""A regex (lower-case text) matching every cue form at word boundaries.

    Phrasal cues allow a weekday between verb and particle ("called on
    Thursday for"). The regex has no nested unbounded repetition.
    """
    singles = sorted({k for k in CUES if " " not in k})
    phrasal: dict[str, list[str]] = {}
    for key in CUES:
        if " " in key:
            verb, particle = key.split(" ", 1)
            phrasal.setdefault(particle, []).append(verb)
    day = rf"(?:\ on\ (?:{alternation(words('weekdays'))})|\ today|\ yesterday)?"
    alts = [
        rf"(?P<pv_{i}>{alternation(sorted(set(verbs)))}){day}\ (?P<pp_{i}>{particle})\b"
        for i, (particle, verbs) in enumerate(sorted(phrasal.items()))
    ]
    alts.append(rf"(?P<single>{alternation(singles)})\b")
    return r"\b(?:" + "|".join(alts) + ")"


def cue_gate_pattern() -> str:
    r"""A regex matching wherever :func:`cue_pattern` can: a cue's first word.

    :func:`cue_pattern` is one alternative per particle, each opening with its
    own group of verbs, so a scan tries every one of them at every word
    start. This one prefix tree of all first words is several times cheaper
    to scan; the full pattern is tried only where it matches
    (:func:`~._lexicon.gated_finditer`).
    """
    return r"\b(?:" + alternation(sorted({key.split(" ", 1)[0] for key in CUES})) + ")"
