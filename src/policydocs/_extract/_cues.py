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

The lexicon holds 80 cues; :data:`CUES` maps every inflected form (lower
case) to its cue and :func:`cue_pattern` builds one prefix-tree regex over
them (STYLE.md §10: a tree-shaped alternation scans about twice as fast as a
flat one).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from ._lexicon import inflect

__all__ = ["CUES", "PARTICIPLE_FORMS", "Cue", "cue_pattern"]


class Cue(NamedTuple):
    """One attribution cue: its base form and how its content is read."""

    base: str
    strict: bool = False
    recipient: bool = False


#: (base, strict, recipient, irregular forms or "") — the lexicon proper.
#: Phrasal cues are written "verb particle"; only the verb inflects.
_LEXICON: Final[tuple[tuple[str, bool, bool, str], ...]] = (
    ("say", False, False, "says said saying"),
    ("state", True, False, ""),
    ("stress", False, False, ""),
    ("emphasize", False, False, ""),
    ("emphasise", False, False, ""),
    ("highlight", False, False, ""),
    ("point out", False, False, ""),
    ("note", True, False, ""),
    ("add", True, False, ""),
    ("call for", False, False, ""),
    ("call on", False, False, ""),
    ("call upon", False, False, ""),
    ("urge", False, False, ""),
    ("encourage", False, False, ""),
    ("tell", False, True, "tells told telling"),
    ("announce", False, False, ""),
    ("warn", False, False, ""),
    ("pledge", False, False, ""),
    ("vow", False, False, ""),
    ("argue", False, False, ""),
    ("believe", True, False, ""),
    ("explain", True, False, ""),
    ("insist", True, False, ""),
    ("reiterate", False, False, ""),
    ("underline", False, False, ""),
    ("underscore", False, False, ""),
    ("affirm", False, False, ""),
    ("reaffirm", False, False, ""),
    ("acknowledge", True, False, ""),
    ("confirm", True, False, ""),
    ("declare", True, False, ""),
    ("remark", True, False, ""),
    ("report", True, False, ""),
    ("suggest", True, False, ""),
    ("propose", False, False, ""),
    ("show", True, False, "shows showed shown showing"),
    ("judge", True, False, ""),
    ("hold", True, False, "holds held holding"),
    ("claim", True, False, ""),
    ("assert", True, False, ""),
    ("maintain", True, False, ""),
    ("observe", True, False, ""),
    ("predict", True, False, ""),
    ("forecast", True, False, "forecasts forecast forecasted forecasting"),
    ("estimate", True, False, ""),
    ("conclude", True, False, ""),
    ("indicate", True, False, ""),
    ("disclose", True, False, ""),
    ("reveal", True, False, ""),
    ("admit", True, False, "admits admitted admitting"),
    ("deny", True, False, "denies denied denying"),
    ("comment", True, False, ""),
    ("mention", True, False, ""),
    ("write", True, False, "writes wrote written writing"),
    ("reply", True, False, "replies replied replying"),
    ("respond", True, False, ""),
    ("answer", True, False, ""),
    ("agree", True, False, "agrees agreed agreeing"),
    ("find", True, False, "finds found finding"),
    ("think", True, False, "thinks thought thinking"),
    ("recall", True, False, ""),
    ("caution", True, False, ""),
    ("contend", True, False, ""),
    ("recommend", False, False, ""),
    ("promise", False, False, ""),
    ("assure", False, True, ""),
    ("inform", False, True, ""),
    ("advise", False, False, ""),
    ("ask", False, False, ""),
    ("invite", False, False, ""),
    ("exhort", False, False, ""),
    ("appeal for", False, False, ""),
    ("appeal to", False, False, ""),
    ("press for", False, False, ""),
    ("signal", True, False, "signals signaled signalled signaling signalling"),
    ("hint", True, False, ""),
    ("expect", True, False, ""),
    ("project", True, False, ""),
    ("anticipate", True, False, ""),
    ("specify", True, False, "specifies specified specifying"),
    ("elaborate", True, False, ""),
    ("stipulate", True, False, ""),
    ("express hope", True, False, ""),
    ("express the hope", True, False, ""),
    ("express confidence", True, False, ""),
    ("express concern", True, False, ""),
    ("according to", False, False, "according"),
)


def _build() -> tuple[dict[str, Cue], frozenset[str]]:
    table: dict[str, Cue] = {}
    participles: set[str] = set()
    for base, strict, recipient, irregular in _LEXICON:
        verb, _, particle = base.partition(" ")
        forms = irregular.split() if irregular else list(inflect(verb))
        if verb not in forms and base != "according to":
            forms.insert(0, verb)
        # "expressed the hope that" is the cue "express hope".
        cue = Cue(base=base.replace(" the ", " "), strict=strict, recipient=recipient)
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


def _tree(words: list[str]) -> str:
    """A regex alternation over ``words`` shaped as a prefix tree."""
    groups: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if not w:
            ends = True
            continue
        groups.setdefault(w[0], []).append(w[1:])
    parts = []
    for first in sorted(groups):
        rest = _tree(groups[first])
        esc = "\\ " if first == " " else first
        parts.append(esc + rest)
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return "(?:" + body + ")?"
    return body


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
    day = r"(?:\ on\ (?:mon|tues|wednes|thurs|fri|satur|sun)day|\ today|\ yesterday)?"
    alts = [
        rf"(?P<pv_{i}>{_tree(sorted(set(verbs)))}){day}\ (?P<pp_{i}>{particle})\b"
        for i, (particle, verbs) in enumerate(sorted(phrasal.items()))
    ]
    alts.append(rf"(?P<single>{_tree(singles)})\b")
    return r"\b(?:" + "|".join(alts) + ")"
