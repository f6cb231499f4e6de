"""The subject of a cue: the phrase before it, an appositive, a data source.

A layer of the statement finder (``_statements``) above its source reading:
finds the phrase that names who speaks before a cue ("X said", "X, who
chairs ..., said", "Its leader, Ivan Markov, said", "PBOC data showed", "the
report said" of a document whose issuer the text named).
"""

from __future__ import annotations

import re
from typing import Final

from .._vocab import ActorKind
from ._actors import is_generic_source, is_person_title
from ._lexicon import choice, word_set
from ._statement_patterns import (
    _BRACKET_TAIL,
    _COMMA_ADVERB,
    _DATA_NOUNS,
    _GENERIC_OF,
    _MADE_BY,
    _OWNED_DOCUMENT,
    _POLLED_BY,
    _THE_DOCUMENT,
)
from ._statement_sources import _Sources

__all__: list[str] = []

#: Prepositions: after one, a body's name is inside the subject ("voters in a
#: Leeds poll"), not its head.
_PREPOSITIONS: Final = word_set("statements_adjunct_openers")
_DETERMINERS: Final = word_set("statements_noun_determiners")
#: Nouns of a thing that reports ("survey", "poll", "analysis").
_THING_NOUNS: Final = word_set("statements_thing_sources")
#: An age in an appositive after a name: "Ana Ortiz, 21, ...".
_AGE: Final = re.compile(r",[ ]\d{1,3},[ ]")
#: A relative clause's start or a description before a phrase: "who attended
#: ", "sources close to ": the phrase is inside the subject, not its head.
_IN_RELATIVE: Final = re.compile(
    r"[ ](?:who[ ](?:[a-z]{2,20}[ ]){1,3}|close[ ]to[ ]|familiar[ ]with[ ]|"
    r"loyal[ ]to[ ]|opposed[ ]to[ ])\Z"
)
#: The first word of a description after a name and its comma: a
#: determiner, a possessive, a relative pronoun, a participle or a party tag
#: ("Ana Ortiz, the mayor, ...", "X, Leeds's envoy, ...", "X, citing Y, ...",
#: "X, based in Leeds, ...", "X, R-Fla., ...").
_APPOSITIVE_OPENER: Final = re.compile(
    r"(?:the|a|an|his|her|their|who|whose|[A-Z][\w.\-]{1,30}['’]s"
    r"|[a-z]{3,20}(?:ing|ed))[ ]"
    # A party tag: "Sen. Ana Ortiz, R-Fla., appearing on ..., said".
    r"|[DRI]-[A-Z][A-Za-z.]{1,12},[ ]"
)
#: What ends a description before a name, going back ("Y, the minister, X").
_DESCRIPTION_BOUNDS: Final = ',;:"“”‘’(\n'
#: Where a name's affiliation starts: "Ray Dalton of Leeds University".
_AFFILIATION: Final = re.compile(
    r"[ ](?:" + choice("statements_affiliation_links") + r")[ ]"
)


class _Subjects(_Sources):
    """The finder's subject reading (a layer of the statement finder)."""

    def _subject(self, pos: int, floor: int) -> tuple[int, int, int] | None:
        """The subject phrase of a cue at ``pos``: (start, end, clause start)."""
        text = self.text
        p = self._subject_end(pos, floor)
        while p > floor and text[p - 1] == " ":
            p -= 1
        if (
            p > floor
            and (
                text[p - 1] == ","
                # "X, citing ''the magic of Y,'' said": the comma inside the marks.
                or (text[p - 1] in '”"’' and text[p - 2 : p - 1] == ",")
            )
        ):
            found = self._appositive_subject(p, floor)
        else:
            found = self._bare_subject(p, floor)
        if found is None or len(found) == 3:
            return found
        ph: tuple[int, int] | None = found
        if ph is None or ph[0] < floor:
            return None
        s, e = ph
        if text.startswith("of ", s) and s + 3 < e:
            # "Each of the ministers said", "Some of the unions argued": the
            # quantifier picks members; the group after "of" is the source.
            s += 3
        g = _GENERIC_OF.search(text, max(floor, s - 40), s)
        if g is not None:
            return s, e, g.start()
        if _POLLED_BY.search(text, max(floor, s - 40), s) is not None:
            # "Economists polled by Reuters expect ...": the pollster does
            # not speak; those polled are unnamed.
            return None
        if _IN_RELATIVE.search(text, max(floor, s - 60), s) is not None:
            # "Those who attended the meeting said": the meeting is the
            # object of a relative clause inside the subject, no source.
            return None
        phrase = text[s:e]
        if is_generic_source(phrase) or not self.reg.is_actor_phrase(phrase):
            return None
        return s, e, s

    def _appositive_subject(
        self, p: int, floor: int
    ) -> tuple[int, int] | tuple[int, int, int] | None:
        """The subject before an appositive: "X, who is ..., said", "X, T, said".

        A pair is the subject phrase; a triple is the whole answer.
        """
        text = self.text
        first = self._described_opening(p, floor)
        if first is not None:
            return first
        # An appositive: "X, who is ..., said" / "X, spokesperson of Y, said".
        seg_lo = max(floor, p - 400)
        q = text.rfind(", who ", seg_lo, p - 1)
        if q < 0:
            q = text.rfind(", which ", seg_lo, p - 1)
        if q < 0:
            q = text.rfind(", ", seg_lo, p - 1)
        if q < 0:
            return None
        by = _MADE_BY.match(text, q + 2, p - 1)
        if by is not None:
            # "The report, released by the World Bank on Tuesday, warned"
            made = self.reg.phrase_after(by.end())
            if made is not None and not is_generic_source(text[made[0] : made[1]]):
                return made[0], made[1], self._clause_start(q, floor)
        adverb = _COMMA_ADVERB.search(text, max(floor, q - 24), q + 1)
        if adverb is not None:
            # "Sanders, meanwhile, who sits ..., said": the adverb's commas.
            q = adverb.start()
        bt = _BRACKET_TAIL.search(text, max(floor, q - 124), q)
        # "Sen. Ana Ortiz (D-Ohio), who ...,": the name before its tag.
        ph = self.reg.phrase_before(q if bt is None else bt.start())
        inner = self.reg.phrase_before(p - 1)
        named = self.reg.phrase_after(q + 2)
        if named is not None and named[0] == q + 2:
            cut = _AFFILIATION.search(text, named[0], named[1])
            if cut is not None and self.reg.looks_like_name(
                text[named[0] : cut.start()]
            ):
                # "Another pollster, Ray Dalton of Leeds University, said":
                # the name, not its institution.
                inner = (named[0], cut.start())
        if (
            inner is not None
            and (inner[0] == q + 2 or is_person_title(text[q + 2 : inner[0]].strip()))
            and self._titled_name(text[inner[0] : inner[1]])
            and (
                ph is None
                or self.reg.kind_of(text[ph[0] : ph[1]]) is not ActorKind.PERSON
                or any(is_person_title(w) for w in text[ph[0] : ph[1]].split())
            )
        ):
            # "Its leader, Ivan Markov, said" / "The Environment Secretary,
            # Hannah Clarke, said": the name is the subject, the
            # description before it a title.
            if ph is not None and any(
                is_person_title(w) for w in text[ph[0] : ph[1]].split()
            ):
                name = self.reg.mention(inner[0], inner[1], kind=ActorKind.PERSON)
                if name is not None:
                    self.reg.add_title(name, text[ph[0] : ph[1]])
            # 'Y, the minister, Ana Ortiz, said': the description opens the
            # clause, so a frame's content ends before it.
            j = q
            while j > floor and text[j - 1] not in _DESCRIPTION_BOUNDS:
                j -= 1
            while j < q and text[j] == " ":
                j += 1
            return inner[0], inner[1], j if q - j <= 80 else inner[0]
        return ph

    def _described_opening(self, p: int, floor: int) -> tuple[int, int] | None:
        """The name opening the clause when a description follows it up to ``p``."""
        text = self.text
        first = self.reg.phrase_after(floor)
        name_end = None if first is None else first[1]
        if first is not None and not self._titled_name(text[first[0] : first[1]]):
            # "Gov. Ana Ortiz of Ohio, a Republican who ..., said": the name
            # before its affiliation.
            cut = _AFFILIATION.search(text, first[0], first[1])
            if cut is not None and self._titled_name(text[first[0] : cut.start()]):
                name_end = cut.start()
        if (
            first is not None
            and name_end is not None
            and text.startswith(", ", first[1])
            and first[1] < p - 1
            and (
                (
                    self.reg.looks_like_name(text[first[0] : first[1]])
                    and (
                        is_person_title(
                            text[first[1] + 2 : first[1] + 40].split(" ", 1)[0]
                        )
                        or _AGE.match(text, first[1]) is not None
                    )
                )
                or (
                    self._titled_name(text[first[0] : name_end])
                    and _APPOSITIVE_OPENER.match(text, first[1] + 2) is not None
                )
            )
        ):
            # "Ana Ortiz, Commissioner for Trade, Customs and Ports, said",
            # "Ana Ortiz, 21, a student from Leeds, said", "Sen. Ana Ortiz,
            # the Leeds Republican who heads the panel, which ..., said":
            # the name opening the clause, whatever commas its
            # description holds.
            return first[0], name_end
        return None

    def _name_described_at(self, comma: int) -> tuple[int, int] | None:
        """The name ending at ``comma`` when a description follows the comma."""
        ph = self.reg.phrase_before(comma)
        if (
            ph is None
            or ph[1] != comma
            or _APPOSITIVE_OPENER.match(self.text, comma + 2) is None
            or not self._titled_name(self.text[ph[0] : ph[1]])
        ):
            return None
        return ph

    def _opens_described(self, pos: int, floor: int) -> bool:
        """Whether a described name opens the clause of the cue at ``pos``.

        "Sen. X, the Leeds Republican who ..., said the donations raise
        questions": X is the subject, so the words after the cue are no
        source of a "Y, said X" frame.
        """
        p = self._subject_end(pos, floor)
        while p > floor and self.text[p - 1] == " ":
            p -= 1
        if p <= floor or self.text[p - 1] != ",":
            return False
        if self._described_opening(p, floor) is not None:
            return True
        # "Its former manager, Ana Ortiz, said the member who ..., X, should
        # go": a description opening the clause, then the name between commas.
        c = self.text.rfind(", ", floor, p - 1)
        named = None if c < 0 else self.reg.phrase_after(c + 2)
        return (
            named is not None
            and named[1] == p - 1
            and "," not in self.text[floor:c]
            and self._titled_name(self.text[named[0] : named[1]])
        )

    def _titled_name(self, phrase: str) -> bool:
        """Whether ``phrase`` is a name, maybe after a title ("Secretary Ana Ortiz")."""
        if self.reg.looks_like_name(phrase):
            return True
        words = phrase.split()
        last = max((i for i, w in enumerate(words) if is_person_title(w)), default=-1)
        return 0 <= last < len(words) - 1 and self.reg.looks_like_name(
            " ".join(words[last + 1 :])
        )

    def _opens_clause(self, pos: int, floor: int) -> bool:
        """Whether no preposition stands between the clause start and ``pos``."""
        lead = max(floor, self.text.rfind(", ", floor, pos) + 2)
        return not any(w in _PREPOSITIONS for w in self.text[lead:pos].split())

    def _bare_subject(
        self, p: int, floor: int
    ) -> tuple[int, int] | tuple[int, int, int] | None:
        """The phrase before a cue, a source before "data", or a document's owner.

        A pair is the subject phrase; a triple is the whole answer.
        """
        text = self.text
        ph = self.reg.phrase_before(p)
        if ph is None:
            # "PBOC data showed", "customs figures showed", "a Pew Research
            # Center survey found": the source named before a generic noun.
            j = text.rfind(" ", max(floor, p - 20), p)
            noun = text[j + 1 : p]
            if j > floor and (noun in _DATA_NOUNS or noun in _THING_NOUNS):
                ph = self.reg.phrase_before(j)
                if ph is not None and not text[ph[0]].isupper():
                    ph = None
                if (
                    ph is not None
                    and noun not in _DATA_NOUNS
                    and (
                        not self._opens_clause(ph[0], floor)
                        # "The report stressed": a determiner names no body.
                        or text[ph[0] : ph[1]].lower() in _DETERMINERS
                    )
                ):
                    # "One in four voters in a Leeds Times poll said": the
                    # poll is inside the subject, not its head.
                    ph = None
            od = (
                None
                if ph is not None
                else _OWNED_DOCUMENT.search(text, max(floor, p - 100), p)
            )
            if od is not None:
                # "The Agency's complaint alleges": the Agency speaks; not in
                # "Organizers of the boycott of Dalton's speech said".
                owner = self.reg.phrase_before(od.start())
                lead = max(floor, text.rfind(", ", floor, p) + 2)
                if (
                    owner is not None
                    and text[owner[0]].isupper()
                    and not any(
                        w[:1].islower() and w != "the"
                        for w in text[lead : owner[0]].split()
                    )
                ):
                    return owner[0], owner[1], owner[0]
            if ph is None:
                # "..., the report said": a document introduced earlier
                # with its issuer ("X delivered the work report").
                dm = _THE_DOCUMENT.search(text, max(floor, p - 60), p)
                if dm is not None and self._document_owner(
                    dm.start(), dm.group(1).lower()
                ):
                    return dm.start(), p, dm.start()
        return ph
