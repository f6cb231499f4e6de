"""Who a statement's source is: the speaker phrase, descriptors and "according to".

A layer of the statement finder (``_statements``): resolves the phrase that
names a source to an actor through the registry, keeps a statement whose
source is a pronoun without antecedent (``UNRESOLVED``, None in the output),
takes lower-case descriptors before a name into the source ('"Y," city
police Chief Ana Ortiz said') and records the words that named the source
(``subject_span``, the statement's ``speaker_span``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._vocab import ActorKind, Mode
from ._actors import is_generic_source, is_person_title
from ._lexicon import choice, word_set
from ._modals import AGENT_HEADS, POPULACE_HEADS
from ._statement_patterns import (
    _CLOSERS,
    _FINITE,
    _OPEN_QUOTES,
    _SOURCE_OF,
    _SPOKESPERSON_OF,
    _THE_DATA,
    _THE_DOCUMENT,
    _TITLED_DOCUMENT,
)
from ._statement_text import _TextReading

if TYPE_CHECKING:
    from ._context import Sentence

__all__ = [
    "INDEFINITE_BEFORE",
    "UNRESOLVED",
    "head_before_link",
    "modified_source_words",
    "unnamed_source_words",
]

#: A source named only by a pronoun that has no antecedent: the statement
#: stays, its speaker unknown (None in the output).
UNRESOLVED: Final = ""

#: Nouns of a thing that reports, for an "according to" source that names no
#: actor ("according to the latest survey", "according to state data").
_REPORTED_THINGS: Final = word_set("statements_thing_sources") | word_set(
    "statements_data_nouns"
)
#: Up to four lower-case descriptors before a capitalised name.
_DESCRIBED_NAME: Final = re.compile(r"((?:[a-z][a-z\-]{1,25}[ ]){1,4})(?=[A-Z])")
#: Punctuation around a word of a source phrase.
_WORD_PUNCT: Final = ".,;:()\"'“”‘’"

#: Pronouns that name a statement's source ("he said", "they argued").
_SOURCE_PRONOUNS: Final = word_set("statements_source_pronouns")
#: Pronouns of one person ("he", "she").
_PERSON_PRONOUNS: Final = word_set("actors_person_subjects")

#: Sources that name no actor: the statement stays, its speaker unknown.
_NO_SOURCE: Final = word_set("statements_no_source")

#: A word ending where the search ends ("police", "city's", "Republican").
_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])[A-Za-z][A-Za-z'’-]{1,20}$")

#: Words that end a descriptor run: the text before them is a clause.
_NOT_DESCRIPTORS: Final = word_set("statements_not_descriptors")

#: First words of an unnamed source ("The nurse", "Half of the voters").
_UNNAMED_OPENERS: Final = word_set("statements_unnamed_openers")
#: Phrases that open a description after a source's head ("close to").
_DESCRIPTIONS: Final = word_set("statements_descriptions")
#: Words that name people alone as a subject ("Several said", "Those who came").
_QUANTIFIER_SOURCES: Final = word_set("statements_quantifier_sources")
#: Indefinite openers: what they open names no one in particular.
_INDEFINITES: Final = word_set("statements_indefinites")
#: An indefinite article or "one"/"another" ending where the search ends.
INDEFINITE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\Z")
#: Words that may join an unnamed source's words ("three-quarters of").
_UNNAMED_LINKS: Final = word_set("statements_unnamed_links")
#: Words that link a clause to the one before, no part of its subject.
_CLAUSE_LINKS: Final = word_set("statements_clause_links")
_SUBORDINATORS: Final = word_set("statements_subordinators")
#: A lower-case head, maybe hyphenated with a number: "aides", "46-year-old".
_LOWER_HEAD: Final = re.compile(r"(?:\d{1,3}-)?[a-z][a-z'’]{0,30}(?:-[a-z]{1,20}){0,4}")
#: A dateline opening a release: "WASHINGTON, July 9, 2014 – ", "Leeds- ",
#: "LONDON (Wire) - ": a place, maybe a date or an outlet, then a dash.
_DATELINE: Final = re.compile(
    r"[A-Z][A-Za-z.]{1,30}(?:[ ][A-Z][A-Za-z.]{1,30}){0,3}(?:,[ ][^\n–—]{1,30}?)?"
    # A single hyphen needs a space beside it: "Jean-Claude" is a name.
    r"(?:[ ]\([^()\n]{1,30}\))?(?:[ ]?(?:–|—|--)[ ]?|[ ]-[ ]?|-[ ])(?=[A-Z])"
)
#: A verb right after a capitalised "-ing" word: the word is a name ("Ebeling
#: reminisced", "Ming said"), not a gerund subject ("Falling revenues hurt").
_VERB_NEXT: Final = re.compile(rf"[ ](?:[a-z]{{2,20}}ed|said|says|told|{_FINITE})\b")
#: A participle opening its sentence before a lower-case word ("Walking to
#: the next house, X ..."): an adjunct clause, no subject.
_OPENING_PARTICIPLE: Final = re.compile(r"[A-Z][a-z]{2,20}ing[ ](?=[a-z])")
#: A sentence's first word and the space after it.
_WORD_AT_START: Final = re.compile(r"([A-Za-z]{2,12})[ ]")
#: A capitalised adverb opening a sentence: "Shortly", "Separately".
_OPENING_ADVERB: Final = re.compile(
    r"[A-Z][a-z]{2,20}ly(?:,|[ ](?:" + choice("statements_adverb_sequels") + r")[ ])"
)
#: A sentence opening with a determiner and a lower-case noun: "The law ...".
_THE_THING: Final = re.compile(
    r"(?:The|This|That|Its)[ ](?:[a-z][a-z\-]{1,20}[ ]){1,3}"
)
#: Lower-case words after a clause's first word: "Some farmers drove ...".
_LOWER_WORDS: Final = re.compile(
    r"([A-Za-z]{1,20})[ ]((?:[a-z][a-z\-]{1,25}[ ]){1,3})(?=[a-z])"
)
#: A possessive word: "Ortiz's", "Lund’s", "voters'".
_POSSESSIVE: Final = re.compile(r"(?:['’]s|s['’])\Z")


def head_before_link(words: list[str]) -> list[str]:
    """``words`` up to the first link word after the second, else all of them.

    "one person with knowledge of the plans" → "one person": what follows
    the link only describes the head.
    """
    k = next((i for i, w in enumerate(words) if i >= 2 and w in _UNNAMED_LINKS), 0)
    return words[:k] if k else words


def unnamed_source_words(words: list[str]) -> int | None:
    """How many leading words to skip when ``words`` name an unnamed source.

    ``words`` open a clause before its cue. They name a source when their
    last word (the head) is a lower-case noun of people or of a thing that
    reports ("the data", "a report") and they open with a determiner, a
    quantifier, a number, a possessive ("Ortiz's aides"), a capitalised
    modifier ("Harbor officials", "Mr. Lund's advisers"), or are one
    capitalised plural ("Analysts"). A leading "But", "And", "Still" is
    skipped (the count returned). None when they name no source.
    """
    skip = 0
    if len(words) > 1 and words[0].lower() in _CLAUSE_LINKS:
        skip = 1
    words = _before_description(words[skip:])
    if not 1 <= len(words) <= 7:
        return None
    if "and" in words[1:-1]:
        # "Her advisers and allies say", "private firms and ordinary traders
        # say": each side of the "and" names people.
        k = words.index("and")
        left, right = words[:k], words[k + 1 :]
        shared = len(left) <= 3 and all(w[:1].isupper() for w in left)
        # "White House and Pentagon spokesmen": the right side's head is
        # the left's too.
        ok = unnamed_source_words(right) == 0 and (
            shared or unnamed_source_words(left) == 0
        )
        return skip if ok else None
    return skip if _names_people(words) else None


def modified_source_words(words: list[str]) -> int | None:
    """:func:`unnamed_source_words`, the head maybe before a post-modifier.

    "One in four voters in a recent poll", "Majorities of Democrats in five
    states", "Democrats trying to regain the Senate": the phrase up to a link
    word or a participle names people, the rest describes them.
    """
    skip = unnamed_source_words(words)
    if skip is not None or len(words) > 16:
        return skip
    for i in range(1, len(words)):
        low = words[i].lower()
        if (low in _UNNAMED_LINKS or low.endswith("ing")) and (
            unnamed_source_words(words[:i]) is not None
        ):
            return unnamed_source_words(words[:i])
    return None


def _before_description(words: list[str]) -> list[str]:
    """``words`` without a description after the head ("close to her campaign")."""
    k = next(
        (
            i
            for i in range(1, len(words) - 1)
            if " ".join(words[i : i + 2]) in _DESCRIPTIONS
        ),
        0,
    )
    if k:
        # "sources close to her campaign", "officials familiar with the
        # talks": the head is before the description.
        return words[:k]
    return words


def _names_people(words: list[str]) -> bool:
    """Whether one phrase (no "and") names a source: its head, opener and words.

    People ("local officials") or a thing that reports ("the new data").
    """
    head, first = words[-1], words[0]
    low = head.lower()
    polled = len(words) == 2 and words[0].lower() == "those"  # "those surveyed"
    # A thing that reports ("the data", "a report", "polls") is an unnamed
    # source too: EXTRACTION.md lists "a report said" and "the data showed"
    # among the optional statements, and PolNeAR annotates them.
    if low in _NOT_DESCRIPTORS or (low.endswith(("ed", "ing")) and not polled):
        # "The Bank's updated forecasts show": "updated" modifies the cue,
        # a noun here; no source ends in a participle.
        return False
    if len(words) == 1:
        # "Analysts said", "Residents say": a plural noun opening its clause.
        # "Those (who came) said", "Several said": they name people too.
        plural = (
            low.endswith("s") and not low.endswith("ss") and len(low) > 3
        ) or low in _QUANTIFIER_SOURCES
        # Lower case only between commas or after a link ("..., aides said,").
        return plural and head[1:].islower()
    counted = (
        first[:1].isdigit()
        or "percent" in words
        or (
            words[-2] == "in" and head.isdigit()  # "six in 10"
        )
    )
    if (
        not counted
        and _LOWER_HEAD.fullmatch(head) is None
        # "one New Hampshire Democrat", "a Republican": an indefinite one.
        and not (first.lower() in _INDEFINITES and head.isalpha())
    ):
        return False
    opener = (
        counted
        or first.lower() in _UNNAMED_OPENERS
        or first[:1].isupper()  # "Harbor officials", "Mr. Lund's aides"
        or _plain_plural(words)  # "local officials", "many fiscal hawks"
    )
    return opener and all(_describes(w) for w in words[1:-1])


def _describes(word: str) -> bool:
    """Whether ``word`` may stand between an unnamed source's opener and head."""
    if word.lower() in _NOT_DESCRIPTORS and word not in _UNNAMED_LINKS:
        return False
    plain = (
        word.replace("-", "").isalpha()  # "two-thirds", "self-described"
        or word[:1].isdigit()
        or _POSSESSIVE.search(word) is not None
    )
    # "Harbor", "U.S.": a capitalised modifier, dotted or not.
    return plain or (word[:1].isupper() and word.replace(".", "").isalpha())


def _plain_plural(words: list[str]) -> bool:
    """Whether ``words`` are a bare lower-case plural noun phrase ("local officials").

    Up to four plain words, none a function word, the head a plural noun.
    """
    head = words[-1]
    return (
        len(words) <= 4
        and len(head) > 3
        and head.endswith("s")
        and not head.endswith("ss")
        and _LOWER_HEAD.fullmatch(words[0]) is not None
        # "private Chinese companies": a capitalised modifier inside.
        and all(_LOWER_HEAD.fullmatch(w) or w.isalpha() for w in words[1:])
        and not any(w.lower() in _NOT_DESCRIPTORS for w in words)
    )


#: Closing marks of a quotation, the typewriter apostrophe of one inside too.
_INNER_CLOSERS: Final = _CLOSERS + "'"


class _Sources(_TextReading):
    """The finder's source reading (a layer of the statement finder)."""

    def _comma_before(self, pos: int, floor: int) -> bool:
        """Whether a comma (maybe with a closing quote) ends the text before ``pos``."""
        text = self.text
        k = pos
        while k > floor and text[k - 1] == " ":
            k -= 1
        if k > floor and text[k - 1] in _CLOSERS:
            # '"Y," X said', and '"Y!" X insisted' / '"Y?" X asked'; a
            # quotation inside ends both ('"... saying, ‘Z,’" X said'), a
            # space between them too ('"... be 'Z,' " X said').
            j = k - 1
            while (
                j > floor
                and k - j < 4
                and (
                    text[j - 1] in _INNER_CLOSERS
                    or (text[j - 1] == " " and text[j - 2 : j - 1] in _INNER_CLOSERS)
                )
            ):
                j -= 1
            if j > floor and text[j - 1] in ",!?":
                return True
            # '"Y" X said': no comma, but the quotation opens the sentence.
            return text[floor] in _OPEN_QUOTES and text[k - 2 : k - 1].isalnum()
        return k > floor and text[k - 1] == ","

    def _descriptors_before(self, pos: int, floor: int) -> int:
        """Start of the descriptors between a frame's comma and a name.

        '"Y," city police Chief Ana Ortiz said' → the start of "city", '...,
        Republican candidate Ray Dalton said' → "Republican", "Y, a port
        official said" → "a"; ``pos`` itself
        unless up to four plain words (no "and", "that", ...) run back to the
        comma or closing quotation mark of a frame.
        """
        text = self.text
        k = pos
        for _ in range(4):
            j = k - 1
            while j > floor and text[j - 1] == " ":
                j -= 1
            ind = INDEFINITE_BEFORE.search(text, max(floor, j - 10), j)
            if ind is not None and self._comma_before(ind.start(), floor):
                # "Y, a port official said": the article opens the source.
                return ind.start()
            w = _WORD_BEFORE.search(text, max(floor, j - 30), j)
            if w is None or w.group().lower() in _NOT_DESCRIPTORS:
                return pos
            k = w.start()
            if self._comma_before(k, floor):
                return k
        return pos

    def _speaker(self, s: int, e: int) -> str | None:
        """The speaker ``text[s:e]`` names; ``UNRESOLVED`` for a lone pronoun.

        "He said" with no "he" before it is still a statement (its source is
        unknown, not absent); its words are the ``speaker_span``.
        """
        low = self.text[s:e].lower().replace("’", "'")
        if low in _NO_SOURCE:
            # "You said ...": the addressee of a conversation is no actor.
            self.subject_span = (s, e)
            return UNRESOLVED
        if low[:2] == "i'" and len(low) <= 4:
            # "I'd say", "I'm sure": the pronoun without its contraction.
            e = s + 1
        elif "'" in low and low.split("'", 1)[0] in _SOURCE_PRONOUNS:
            # "He's comparing ... and says Y": the pronoun, not "He's".
            e = s + low.index("'")
        paren = self.text.find(" (", s, e)
        close = self.text.find(") ", paren, e) if paren > s else -1
        after = self.text[close + 2 : e].split(" ", 1) if close > 0 else []
        if close > 0 and (
            self.reg.looks_like_name(self.text[close + 2 : e])
            or (
                len(after) == 2
                and is_person_title(after[0])
                and self.reg.looks_like_name(after[1])
            )
        ):
            # "Administrator of the Harbor Agency (HA) Ana Ortiz", "Harbor
            # Agency (HA) Director Ana Ortiz": the name after a title whose
            # body has its acronym in brackets.
            self.subject_span = (s, e)
            return self.reg.mention(close + 2, e, kind=ActorKind.PERSON)
        if paren > s:
            # "Rep. Ana Ortiz (D-Ohio)": a party or state tag, no part of
            # the name (and never half of it, "Ortiz (D-Ohio").
            e = paren
        self.subject_span = (s, e)
        got = self._named_speaker(s, e)
        low = self.text[s:e].lower()
        if got is None and low in _SOURCE_PRONOUNS:
            if low == "it" and self._thing_before(s):
                # "The law requires disclosure. It states that Y": "it" is
                # the thing the sentence before opened with, no source.
                return None
            return UNRESOLVED
        return got

    def _thing_before(self, pos: int) -> bool:
        """Whether the sentence before ``pos`` opens with a common noun ("The law")."""
        si = self._sentence_of(pos)
        if si is None or si == 0:
            return False
        prev = self.sentences[si - 1]
        return _THE_THING.match(self.text, prev.start, prev.end) is not None

    def _document_speaker(self, s: int, e: int) -> str | None:
        """Who speaks through the document or data ``text[s:e]`` names; None if none.

        A document or definite data speak for whoever issued them: the
        owner the text gave them ("X released the report", "data from X"),
        else the body that issued the text itself (the document's source, not
        a news outlet): "This notice announces that Y", "The report states
        that Y", "The Spring 2019 Harbour Outlook shows that Y", "The figures
        reveal that Y".
        """
        phrase = self.text[s:e]
        dm = _THE_DOCUMENT.fullmatch(phrase) or _TITLED_DOCUMENT.fullmatch(phrase)
        if dm is not None:
            owner = self._document_owner(s, dm.group(1).lower())
        elif _THE_DATA.fullmatch(phrase) is not None:
            owner = self._data_owner(s)
        else:
            return None
        if owner is None and phrase[:4].lower() == "this":
            # "This notice announces that Y": the text itself.
            owner = self.reg.author()
        owner = owner or self.reg.issuer()
        self.prev_document = owner
        return owner

    def _named_speaker(self, s: int, e: int) -> str | None:
        phrase = self.text[s:e]
        owner = self._document_speaker(s, e)
        if owner is not None or _THE_DOCUMENT.fullmatch(phrase) is not None:
            return owner
        if phrase in ("It", "it") and self.prev_document is not None:
            # "The report stressed ... It called on ...": the same document.
            return self.prev_document
        self.prev_document = None
        if is_generic_source(phrase):
            return None
        if len(phrase.split()) == 1 and self.reg.looks_like_name(phrase):
            # "Wang said": a lone unknown name before a cue is a person.
            return self.reg.mention(
                s, e, kind=ActorKind.PERSON, prefer=self.prev_speaker
            )
        sp = _SPOKESPERSON_OF.fullmatch(phrase)
        if sp is not None:
            # "The Commission's spokesperson said": the body speaks.
            return self.reg.mention(s + sp.start(1), s + sp.end(1))
        got = self.reg.mention(s, e, prefer=self._pronoun_antecedent(s, phrase))
        if (
            got is not None
            and got != self.prev_speaker
            and phrase.lower() in _PERSON_PRONOUNS
            and self._only_quoted(got, s)
        ):
            # '"Governor Dalton helped us," Ortiz said. He added Y': the
            # governor is only quoted; "he" has no antecedent in the text.
            return UNRESOLVED
        return got

    def _only_quoted(self, name: str, pos: int) -> bool:
        """Whether every mention of ``name`` before ``pos`` is inside a quotation.

        Looks at the last twenty statements only; a mention before them
        counts as outside.
        """
        quoted = [
            (c.content_start, c.content_end)
            for c in self.cands[-20:]
            if c.mode is Mode.DIRECT and c.content_end <= pos
        ]
        if not quoted:
            return False
        start = 0
        for a, b in sorted(quoted):
            if self.reg.mentioned_in(name, start, a):
                return False
            start = max(start, b)
        return not self.reg.mentioned_in(name, start, pos)

    def _pronoun_antecedent(self, pos: int, phrase: str) -> str | None:
        """Who "he"/"she" at ``pos`` most likely continues: the speaker before.

        Unless the sentence before opens with another person, the subject a
        pronoun continues ("Ortiz spoke to Li. "Y," Li said. President Ortiz
        discussed the grid. He said Z": Ortiz, not Li).
        """
        if phrase.lower() not in _PERSON_PRONOUNS:
            return self.prev_speaker
        si = self._sentence_of(pos)
        if si is None or si == 0:
            return self.prev_speaker
        prev = self.sentences[si - 1]
        return self.reg.opening_person(prev.start, prev.end) or self.prev_speaker

    def _source(self, s: int, e: int) -> str | None:
        """The actor named in an "according to" source phrase.

        The whole phrase when it is an actor ("the Ministry of Finance"), else
        the first actor after "of"/"by"/"from" that runs to the phrase's end
        ("figures from the Ministry of Finance", "data cited by Xinhua"), else
        ``UNRESOLVED`` for a thing that reports ("a 2019 survey"), else None
        ("according to plan").
        """
        text = self.text
        k = s
        while k < e and text[k] == " ":
            k += 1
        owner = self._document_speaker(k, e)
        if owner is not None:
            return owner
        starts = [s] + [m.end() for m in _SOURCE_OF.finditer(text, s, e)]
        for start in starts:
            ph = self.reg.phrase_after(start)
            if ph is None:
                continue
            ps, pe = ph
            if pe < e - 1 and start != starts[-1]:
                continue
            pe = min(pe, e)
            if is_generic_source(text[ps:pe]):
                return None
            # A source is more often a body than a person ("NHS England").
            self.subject_span = (ps, pe)
            return self.reg.mention(ps, pe, kind=ActorKind.ORGANIZATION)
        named = _DESCRIBED_NAME.match(text, k, e)
        if named is not None:
            # "according to election lawyer Ana Ortiz": lower-case
            # descriptors, then the name.
            ph = self.reg.phrase_after(named.end(1))
            if ph is not None and ph[1] >= e - 1 and text[ph[0]].isupper():
                self.subject_span = (k, min(ph[1], e))
                return self.reg.mention(ph[0], min(ph[1], e))
        if any(
            w.strip(_WORD_PUNCT).lower() in _REPORTED_THINGS
            for w in text[k:e].split()[:6]
        ):
            # "according to a 2019 survey of traders", "according to state
            # records": a thing that reports, no actor named; the statement
            # stays with no speaker (optional in the contract).
            return UNRESOLVED
        return None

    def _in_opening_clause(self, sent: Sentence, pos: int) -> bool:
        """Whether ``pos`` lies in a subordinate clause opening the sentence.

        "When X said Y, the crowd cheered", "While X argues Y, Z ...": the
        sentence opens with a subordinator and no comma comes before ``pos``.
        """
        start = self._after_dateline(sent)
        link = _WORD_AT_START.match(self.text, start, sent.end)
        if (
            link is not None
            and link.group(1).lower() not in _SUBORDINATORS
            and link.group(1).lower() in _CLAUSE_LINKS
        ):
            # "But while X said Y, ...".
            link = _WORD_AT_START.match(self.text, link.end(), sent.end)
        return (
            link is not None
            and link.group(1).lower() in _SUBORDINATORS
            and self.text.find(", ", link.end(), pos) < 0
        )

    def _after_dateline(self, sent: Sentence) -> int:
        """Where a sentence starts after its dateline ("WASHINGTON, May 9 –")."""
        dm = _DATELINE.match(self.text, sent.start, min(sent.end, sent.start + 80))
        return sent.start if dm is None else dm.end()

    def _clause_subject(
        self, sent: Sentence, cue: int, *, any_head: bool = False
    ) -> str | None:
        """The speaker the subject of the clause holding ``cue`` names.

        With ``any_head``, a common noun phrase opening the clause is an
        unnamed source whatever its head noun (see ``_unnamed_people``).
        """
        start = self._after_dateline(sent)
        link = _WORD_AT_START.match(self.text, start, sent.end)
        if link is not None and link.group(1).lower() in _CLAUSE_LINKS:
            # "But the Board overruled the mayor and said Y": the subject
            # follows the link.
            start = link.end()
        link = _WORD_AT_START.match(self.text, start, sent.end)
        if link is not None and link.group(1).lower() in _SUBORDINATORS:
            comma = self.text.find(", ", link.end(), cue)
            # "When X referred to the flood and said Y, ...": the
            # subordinate clause's own subject; "When Y arrived, X smiled
            # and said Z": the main clause's, after the comma.
            start = link.end() if comma < 0 else comma + 2
        ph = self.reg.phrase_after(start)
        if ph is not None and _OPENING_ADVERB.match(self.text, ph[0]):
            # "Shortly after the vote, X issued ...": an adverb, no subject.
            ph = None
        if (
            ph is not None
            and (op := _OPENING_PARTICIPLE.match(self.text, ph[0])) is not None
            and _VERB_NEXT.match(self.text, op.end() - 1) is None
        ):
            # "Walking to the next house, X reminisced ... and said Y": the
            # subject follows the participle clause's comma.
            ph = None
        if ph is None and _unnamed_people(self.text, start, any_head=any_head):
            # "The farmer toured the site, saying Y": a person the text does
            # not name still speaks (speaker null, never the statement dropped).
            return UNRESOLVED
        if ph is None:
            # "In support of these goals, the Board decided ...": the
            # subject follows an opening adjunct's comma.
            comma = self.text.find(", ", sent.start, min(sent.end, sent.start + 120))
            if comma < 0 or not self.text[sent.start : sent.start + 1].isupper():
                return None
            ph = self.reg.phrase_after(comma + 2)
            if ph is None or ph[0] > comma + 6:
                return None
        first = self.text[ph[0] : ph[1]].split()[0]
        if (
            first.endswith("ing")
            and first[:1].isupper()
            and _VERB_NEXT.match(self.text, ph[0] + len(first)) is None
        ):
            # "Falling revenues hurt the city, underscoring ...": a gerund
            # subject, no source.
            return None
        return self._speaker(*ph)


def _unnamed_people(text: str, start: int, *, any_head: bool = False) -> bool:
    """Whether the clause at ``start`` opens with people the text does not name.

    An opener ("the", "some", "local") and lower-case words whose last before
    the verb is a head of people or bodies ("some farmers"); "the data rose"
    or "the economy grew" name no one. With ``any_head`` (a cue that is a
    verb of saying, not of evidence) no word list of heads decides: "The
    billionaire businessman toured the plant, saying Y" has a source, while
    "The index climbed, suggesting Y" keeps its head check.
    """
    m = _LOWER_WORDS.match(text, start)
    if m is None or m.group(1).lower() not in _UNNAMED_OPENERS:
        return False
    if any_head:
        return True
    # The head is one of the first two words: "the data showed farmers"
    # has its verb before the people.
    return any(w in AGENT_HEADS or w in POPULACE_HEADS for w in m.group(2).split()[:2])
