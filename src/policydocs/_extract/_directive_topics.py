"""The topic a pronoun takes up, for the directive stage.

Split from ``_directive_clauses`` so that each file stays short: whether
"it"/"they" stand for a body ("The Board met …. It will …"), the group or
joined actors a sentence-opening "they" takes up, and the topic a "he" or
"she" opening a sentence prefers to the object nearer it.
"""

from __future__ import annotations

import bisect
from typing import Final

from ._directive_base import _LIST_JOINERS
from ._directive_clauses import _SENTENCE_CONJUNCTIONS, _ClauseReader
from ._directive_parts import _LOOK, _Hit, _Tokens
from ._lexicon import word_set
from ._modals import (
    BE_FORMS,
    CHANGE_VERBS,
    PREPOSITIONS,
    SPEAKER_PRONOUNS,
    UNDERGO_VERBS,
)

__all__: list[str] = []

#: Pronouns of a person as subject ("he", "she").
_PERSON_PRONOUNS: Final = word_set("actors_person_subjects")
#: Sentences a pronoun opening its own looks back for its topic.
_TOPIC_BACK: Final = 4
#: Topics a third-person pronoun looks past: the speaker's side, or itself.
_TAKEN_UP: Final = SPEAKER_PRONOUNS | word_set("institution_pronouns")


class _TopicReader(_ClauseReader):
    """Readers of the topic a subject pronoun takes up."""

    def _body_pronoun(
        self, hit: _Hit, toks: _Tokens, read: tuple[int, tuple[int, int]]
    ) -> str | None:
        """Say "agent" when the pronoun of "it/they will VERB" stands for a body.

        A central bank's "it will keep watching the figures" commits the
        body named before; "it will help" (a plan) or "they will rise"
        (prices) predicts, so a verb of change or of undergoing keeps the
        pronoun a thing.
        """
        k, subj = read
        nxt = toks.word(k)
        if (
            subj[1] - subj[0] != 1
            or nxt in CHANGE_VERBS
            or nxt in UNDERGO_VERBS
            or nxt in BE_FORMS
            or hit.clause_kind in ("relative", "question")
        ):
            return "anaphor"
        pronoun = toks.words[subj[0]]
        pos = toks.starts[subj[0]]
        if not self._topic_is_body(pos, toks, subj[0], plural=pronoun == "they"):
            return "anaphor"
        if pronoun == "they" and self._topic_chars is not None:
            # "The two ministers met. They will …": the topic itself is the
            # antecedent, named or not.
            hit.topic = self._topic_chars
            return "agent"
        return "agent" if self.registry.body_before(pos, pronoun) else "anaphor"

    def _topic_is_body(self, pos: int, toks: _Tokens, at: int, *, plural: bool) -> bool:
        """Whether the sentence's topic before a pronoun at ``at`` is a body.

        The topic is the subject that opens the pronoun's sentence ("The
        Committee judges …, and it will"), or, when the pronoun opens it, the
        previous sentence's ("The Board met on Tuesday. It will …"): a pronoun
        takes up the topic, so "Opportunity Zones are …, and they will help"
        speaks of the zones, not of whoever spoke. For "they", a topic that
        is the speaker ("We did not set line items.") or a pronoun itself is
        passed over for the sentences before it, up to four back: "they" is
        never the "we" who speaks.
        """
        self._topic_chars = None
        lead = self._leading_word(toks, at)
        while lead < at and toks.words[lead] in _SENTENCE_CONJUNCTIONS:
            lead += 1  # "But they will …" opens with the pronoun all the same
        if lead != at:
            topic = self._topic_of(toks, at, plural=plural)
            if topic is not None:
                return topic
        i = bisect.bisect_right(self._sentence_starts, pos) - 2
        for back in range(i, max(-1, i - _TOPIC_BACK), -1):
            prev = self.ctx.sentences[back]
            here = _Tokens.of(self.low, prev.start, prev.end)
            end = len(here.words)
            while end > 0 and here.words[end - 1] in ".!?":
                end -= 1
            # "I note that the zones are …, and they will": past a nearer
            # noun, a group of people ("companies") is no safe antecedent.
            opens = lead == at
            topic = self._topic_of(here, end, plural=plural, group=plural and opens)
            if topic is not None:
                if not opens:
                    self._topic_chars = None  # only the registry names it
                return topic
        return False

    def _person_topic(self, hit: _Hit, toks: _Tokens, subj: tuple[int, int]) -> None:
        """Note the previous sentence's topic for a "he"/"she" opening its own.

        "Secretary Austin will introduce President Ortiz. He'll make brief
        remarks": the pronoun takes up the topic, not the object nearer it
        (the registry checks that the topic fits the pronoun).
        """
        word = toks.words[subj[0]].replace("’", "'").removesuffix("'ll")
        if subj[1] - subj[0] != 1 or word not in _PERSON_PRONOUNS:
            return
        lead = self._leading_word(toks, subj[0])
        while lead < subj[0] and toks.words[lead] in _SENTENCE_CONJUNCTIONS:
            lead += 1
        i = bisect.bisect_right(self._sentence_starts, toks.starts[subj[0]]) - 2
        if lead != subj[0] or i < 0:
            return
        prev = self.ctx.sentences[i]
        here = _Tokens.of(self.low, prev.start, prev.end)
        n = len(here.words)
        start = self._leading_word(here, n)
        if here.word(start) in _SENTENCE_CONJUNCTIONS:
            start = self._leading_word(here, n, start + 1)  # "So, per X, Y will"
        actor = self._leading_actor(start, min(n, start + 8), here)
        if actor is not None:
            hit.topic = (here.starts[actor[0]], here.ends[actor[1] - 1])

    def _topic_of(
        self, here: _Tokens, at: int, *, plural: bool, group: bool = False
    ) -> bool | None:
        """Whether the topic opening ``here`` before ``at`` is a body of that number.

        None, for a plural, when the topic is the speaker ("we", "I", "you")
        or a pronoun: the pronoun takes up an earlier topic. With ``group``
        a group of people or roles ("The two ministers") is a topic too.
        """
        begin = 0
        for j in range(at - 1, max(0, at - _LOOK), -1):
            if here.words[j] in ".!?":
                begin = j + 1  # two sentences the segmenter left joined
                break
        start = self._leading_word(here, at, begin)
        actor = self._leading_actor(start, min(at, start + 8), here, group=group)
        if here.word(start) in _TAKEN_UP:
            actor = (start, start + 1)
        if actor is None:
            return False
        if here.words[actor[0]] in _TAKEN_UP:
            # "We are seeing …, because it will": not "we". For "they" the
            # referent is looked for further back; an "it" after the
            # speaker's sentence is mostly a thing that sentence named ("I
            # urge Congress to pass the bill. It will create jobs").
            return None if plural else False
        head = here.words[actor[1] - 1]
        many = head.endswith("s") and not head.endswith("ss")
        last = actor[1]
        if not many and here.word(actor[1]) in _LIST_JOINERS:
            # "The President and the Prime Minister spoke. They will …": two
            # actors joined are a plural topic.
            end = min(at, actor[1] + 9)
            other = self._leading_actor(actor[1] + 1, end, here)
            many = other is not None
            last = other[1] if other is not None else last
        if (
            plural
            and many
            and (last > actor[1] or not self._capitalised(last - 1, here))
        ):
            # A plural name ("Opportunity Zones are …, and they will") is
            # left to the registry, which knows whether it names actors.
            self._topic_chars = (here.starts[actor[0]], here.ends[last - 1])
        return plural == many

    @staticmethod
    def _leading_word(toks: _Tokens, at: int, begin: int = 0) -> int:
        """The first word of the sentence, past a label, bracket or quote."""
        j = begin
        while j < at and not toks.words[j][:1].isalnum():
            j += 1
        # A fronted adverbial ("In this context, the Committee …", "Again,
        # we …") is no topic.
        if toks.word(j + 1) == "," and j + 2 < at:
            return j + 2
        if toks.word(j) in PREPOSITIONS or toks.word(j).endswith("ly"):
            for c in range(j + 1, min(at, j + 10)):
                if toks.words[c] == ",":
                    return c + 1
        return j
