"""Frames around a cue: "Y, X said", "Y, said X", "As X noted, Y", unnamed sources.

A layer of the statement finder (``_statements``) above its content reading:
reads a frame that closes or interrupts its clause ("Y, X said", '"Y," said
X, who ...', "Y1, X said, Y2", "As X noted, Y", "Y, as X noted."), and a
source that names no one ("several friends said", "said the 46-year-old"),
kept with no speaker (``UNRESOLVED``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._vocab import ActorKind, Mode
from . import _rules
from ._actors import is_person_title
from ._lexicon import choice, word_set
from ._statement_contents import _TO_LISTENER, _Contents
from ._statement_patterns import (
    _BARE_CLAUSE,
    _BE,
    _FINITE,
    _FINITE_WORD,
    _OPEN_QUOTES,
    _RECIPIENT,
    _TRAIL_INDIRECT,
    _VERB_START,
    _WORD_AT,
    _At,
    _Cand,
    _Match,
)
from ._statement_sources import (
    _INDEFINITES,
    _NOT_DESCRIPTORS,
    _UNNAMED_OPENERS,
    UNRESOLVED,
    head_before_link,
    modified_source_words,
    unnamed_source_words,
)

if TYPE_CHECKING:
    from ._context import Sentence

__all__: list[str] = []

#: What may follow a closing "as" frame: the sentence's end or a comma.
_CLOSING_RESTS: Final = frozenset({"end", "comma"})

_FRAME_ENDERS: Final = word_set("statements_frame_enders")

#: A source phrase after a frame's comma ("..., one longtime friend said",

#: "..., one Ortiz aide said"): its first and last words in lower case,

#: ending where the search ends.
_UNNAMED_SOURCE: Final = re.compile(
    r"[,”\"’][ ]{1,3}((?:[a-z][\w'’-]{0,30}[ ](?:[\w.'’-]{1,30}[ ]){0,2})?"
    r"[a-z][\w'’-]{0,30})[ ]?$"
)

#: The words after a cue that closes a quotation's frame: up to a comma,

#: "who" or the sentence's end ('said former adviser Ray Dalton, who ...').
_SAID_TAIL: Final = re.compile(
    r"[ ]([\w.'’\-]{1,40}(?:[ ][\w.'’\-]{1,40}){0,7}?)"
    r"(?=,|[ ]who\b|[.!?]?[ ]{0,3}\Z)"
)

#: A quotation closed by its comma right before a cue: '"Y," said'.
_QUOTE_CLOSED: Final = re.compile(r",[”\"’]{1,2}[ ]{1,3}\Z")
#: Where the words naming a source after its cue end: a comma, a relative
#: or time clause, a bracket, "of" before a place or a topic, the stop.
_SOURCE_STOP: Final = re.compile(
    rf",|[ ](?:{choice('statements_source_stops')})[ ]|[ ]\("
)

#: A name closing a phrase: two to four capitalised words.
_NAME_END: Final = re.compile(r"(?:[A-Z][\w.'’\-]{0,30}[ ]){1,3}[A-Z][\w'’\-]{1,30}\Z")

#: A comma and an opening quotation mark: a split quotation goes on.
_SPLIT_ON: Final = re.compile(r"[ ]{0,3},[ ]{1,3}[\"“‘]")

#: A lower-case word after a space ("said lobbyist ...").
_LOWER_WORD: Final = re.compile(r"[ ]([a-z][\w'’-]{0,30})")

#: A party, state or office tag in brackets after a name: " (R-Utah)".
_PAREN_TAG: Final = re.compile(r" \([^()\n]{1,40}\)")


#: A clause after a mid-sentence frame: a short subject (maybe "a", a title)
#: and a finite verb, no comma between.
_CLAUSE_AFTER_FRAME: Final = re.compile(
    rf"(?:a|an|[A-Z][\w.'’\-]{{0,25}})[ ]"
    rf"(?:(?!(?:{choice('statements_frame_subject_breaks')})[ ])"
    r"[\w.'’\-]{1,25}[ ]){0,5}"
    rf"(?:{_FINITE})(?:n['’]t)?[ ,.]"
)
#: Adverbs that may stand between a cue and what follows ("said later").
_ADJUNCT_ADVERBS: Final = word_set("statements_adjunct_adverbs")
#: Subject pronouns: after a cue they open its content, never name its source.
_SOURCE_PRONOUNS: Final = word_set("statements_source_pronouns")


def _adjunct_before_name(words_after_cue: str) -> bool:
    """Whether the words after a cue, up to a name, are no source's descriptors.

    The phrase after a cue names its source through descriptors ("said
    former adviser Ray Dalton", "said master of ceremonies Ana Ortiz"), not
    through an adjunct ("said in his office near Leeds Bay", "said of the
    Ortizes"; an adverb may come first: "said later in Leeds") nor a clause
    ("said Tuesday that he had voted for Ms. Ortiz").
    """
    words = words_after_cue.split()
    if _FINITE_WORD.search(words_after_cue) or any(
        w == "that" or w in _SOURCE_PRONOUNS for w in words
    ):
        return True
    for word in words[:2]:
        if word.endswith("ly") or word in _ADJUNCT_ADVERBS:
            continue
        return word != "and" and word in _NOT_DESCRIPTORS
    return False


class _Frames(_Contents):
    """The finder's frame reading (a layer of the statement finder)."""

    def _frame_rest(self, sent: Sentence, m: _Match) -> tuple[int, str]:
        """Where a frame's cue ends and what follows it (``_rest_kind``).

        An adjunct alone closing the sentence ("X said in response.", "X
        told NBC before her speech.") ends the frame like a full stop: it
        holds no comma, no "that" and no finite verb, so it is no content.
        """
        after = self._after_cue(sent, m)
        rest = self._rest_kind(after, sent.end)
        if (
            rest == "more"
            and (
                self._trailing_adjunct(after, sent.end)
                # '"Y!" X said to People.': the listener alone.
                or _TO_LISTENER.match(self.text, after) is not None
            )
            and "," not in self.text[after : sent.end]
            and (
                _FINITE_WORD.search(self.text, after, sent.end) is None
                # "X said of the talks he had with Y.": what "said of" is
                # about, a relative clause and all, is no content.
                or self.text.startswith(("of ", " of "), after)
            )
        ):
            rest = "end"
        return after, rest

    def _after_cue(self, sent: Sentence, m: _Match) -> int:
        """Where a frame's cue ends: past its adjuncts and its listener."""
        after = self._skip_adjuncts(m.end, sent.end)
        if m.cue.recipient:
            rm = _RECIPIENT.match(self.text, after, sent.end)
            if rm is not None:
                after = self._skip_adjuncts(rm.end(), sent.end)
        return after

    def _as_frame(
        self, at: _At, stops: list[int], np_s: int, np_e: int, as_at: int
    ) -> _Cand | None:
        """'As X noted, Y' and 'Y, as X noted.': "as" makes the clause a frame.

        Y is the main clause whatever its verb (a strict cue needs no clause
        of its own here); a frame inside the sentence ('Y1, as X noted, Y2')
        gives two parts.
        """
        _, sent, m = at
        text = self.text
        after, rest = self._frame_rest(sent, m)
        opening = text[max(sent.start, self.floor) : as_at].strip(' "“‘') == ""
        if opening:
            if rest != "comma":
                return None
            speaker = self._speaker_or_unnamed(np_s, np_e)
            start = text.find(",", after, sent.end) + 1
            while start < sent.end and text[start] == " ":
                start += 1
            if speaker is None or start >= sent.end - 2:
                return None
            end = self._content_end(start, sent, stops)
            return self._make(at, speaker, start, end, _rules.X_SAID_THAT)
        if not self._comma_before(as_at, sent.start) or rest not in _CLOSING_RESTS:
            return None
        speaker = self._speaker_or_unnamed(np_s, np_e)
        if speaker is None:
            return None
        cand = self._frame_before(at, speaker, as_at, _rules.Y_X_SAID)
        if cand is not None and rest == "comma":
            return self._frame_resumed(cand, sent, after, stops)
        return cand

    def _speaker_or_unnamed(self, s: int, e: int) -> str | None:
        """The speaker ``text[s:e]`` names, ``UNRESOLVED`` for unnamed people."""
        speaker = self._speaker(s, e)
        if speaker is None and unnamed_source_words(self.text[s:e].split()) == 0:
            # "other voters said": a phrase the registry holds, naming no one.
            self.subject_span = (s, e)
            return UNRESOLVED
        return speaker

    def _frame_resumed(
        self,
        cand: _Cand,
        sent: Sentence,
        after: int,
        stops: list[int],
        *,
        clause: bool = False,
    ) -> _Cand:
        """'Y1, X said, Y2': the clause the frame interrupts goes on after it.

        Only an unquoted Y1, and only when the words after the frame's comma
        are no participle ("..., pointing to"), conjunction or relative
        clause, nor the source's title (with ``clause``, they must open a
        clause or a predicate): then the statement has two parts, Y1 and Y2.
        """
        text = self.text
        if cand.mode is not Mode.INDIRECT:
            return cand
        k = text.find(",", after, sent.end) + 1
        while 0 < k < sent.end and text[k] == " ":
            k += 1
        word = _WORD_AT.match(text, k) if k > 0 else None
        if word is None or word.group().endswith("ing"):
            return cand
        # "In Leeds, he said, Mr. Dalton is seen as ...", "Overall, she said,
        # a number of groups are ...": a clause goes on after the frame.
        goes_on = _CLAUSE_AFTER_FRAME.match(text, k, sent.end) is not None
        if (word.group().lower() in _FRAME_ENDERS and not goes_on) or (
            self._trailing_adjunct(k, sent.end) and "," not in text[k : sent.end]
        ):
            # "..., X said, and Z", "..., X said, in a statement".
            return cand
        if (
            any(is_person_title(w) for w in text[k : min(sent.end, k + 40)].split()[:3])
            and not goes_on
        ) or (
            clause
            and _VERB_START.match(text, k, sent.end) is None
            and _BARE_CLAUSE.match(text, k, min(sent.end, k + 90)) is None
        ):
            # "..., according to Wang Li, vice governor of Henan.", "according
            # to Statistica, the statistical office": an appositive of the
            # source, no clause.
            return cand
        end = self._content_end(k, sent, stops)
        while end > k and text[end - 1] in _TRAIL_INDIRECT:
            end -= 1
        if end - k < 8:
            return cand
        return cand._replace(
            content_end=end, parts=((cand.content_start, cand.content_end), (k, end))
        )

    def _unnamed_frame(
        self, si: int, sent: Sentence, m: _Match, stops: list[int]
    ) -> _Cand | None:
        """'Y, several friends said.': an unnamed source closing its frame.

        The contract makes such statements optional; they are kept with no
        speaker (None), the words in ``speaker_span``.
        """
        text = self.text
        p = self._subject_end(m.start, sent.start)
        got = _UNNAMED_SOURCE.search(text, max(sent.start, p - 60), p)
        after, rest = self._frame_rest(sent, m)
        if (
            got is None
            or any(w in _NOT_DESCRIPTORS for w in got.group(1).lower().split())
            or (
                rest != "end"
                and (
                    # A frame in mid-sentence needs a phrase that surely
                    # names people ("Y1, several pilots said, Y2", '"A," one
                    # aide said, "B."'), not "..., territories, freely
                    # associated states".
                    unnamed_source_words(got.group(1).split()) is None
                    or (
                        rest == "more"
                        and not self._quotation_closes_before(got.start(1), sent.start)
                    )
                )
            )
        ):
            # No frame: perhaps a source opening its clause ("..., while
            # other voters said they ...").
            return self._unnamed_subject(si, sent, m, stops)
        self.subject_span = (got.start(1), got.end(1))
        cand = self._frame_before(
            _At(si, sent, m), UNRESOLVED, got.start(1), _rules.Y_X_SAID
        )
        if cand is not None and rest == "comma":
            # "Y1, one aide said, Y2": the clause goes on after the frame.
            return self._frame_resumed(cand, sent, after, stops)
        return cand

    def _unnamed_subject(
        self, si: int, sent: Sentence, m: _Match, stops: list[int]
    ) -> _Cand | None:
        """'The actress said Y', 'Half of the voters said Y': an unnamed source.

        The source opens its clause (the sentence, or after an opening
        adjunct's comma) with a determiner, a quantifier or a number, and
        holds only lower-case words; the statement is kept with no speaker,
        like an unnamed source closing its frame (optional in the contract).
        """
        text = self.text
        p = self._subject_end(m.start, sent.start)
        lo = max(sent.start, self.floor, p - 160)
        comma = text.rfind(", ", lo, p)
        s = comma + 2 if comma >= 0 else lo
        if s != sent.start and comma < 0:
            return None
        if any(ch in ",;:()" for ch in text[s:p]):
            # "The new rules, announced on Monday, take effect": no source.
            return None
        words = text[s:p].split()
        if "who" in words[1:]:
            # "Many supporters who came to the rally say Y": the source is
            # the words before its relative clause.
            k = words.index("who", 1)
            if len(words) - k > 13:
                return None
            words = words[:k]
        elif p - s > 80:
            return None
        skip = modified_source_words(words)
        if skip is None and not self._any_noun_source(words, m):
            return None
        skip = skip or 0
        if skip:
            s = text.index(words[skip], s + len(words[0]))
        if m.form == m.cue.base and m.cue.base != "say" and len(words) - skip > 1:
            low = words[-1].lower()
            if not (low.endswith("s") and not low.endswith("ss")) and low != "people":
                # "may submit an initial report that ...": a bare form after
                # a singular head may be a noun; after a plural it is a verb
                # ("officials believe prices will rise").
                return None
        start = self._content_start(m.end, sent, m.cue)
        if start is None or (
            # 'The sign said "Stop"' names a thing; 'Another commenter
            # said, "Y"' and 'One voter said: "Y"' introduce a quotation.
            text[start] in _OPEN_QUOTES
            and text[self._skip_adjuncts(m.end, sent.end) : start].strip()
            not in (",", ":")
        ):
            return None
        # "The plan says Y", "This notice announces Y", "The figures show
        # Y": a document or data speak for whoever issued them.
        speaker = self._document_speaker(s, p)
        self.subject_span = (s, p)
        return self._finish(
            _At(si, sent, m), speaker or UNRESOLVED, start, stops, _rules.X_SAID_THAT
        )

    @staticmethod
    def _any_noun_source(words: list[str], m: _Match) -> bool:
        """Whether ``words`` are a common noun phrase a verb of saying makes a source.

        "Several people I have spoken with said Y", "A statement posted on
        the site said Y": "say" or "tell" after an opener and a head,
        whatever the head noun; never a lone opener ("The recommended
        limits": an adjective) nor a phrase holding "be" (a passive, "The
        plan was first announced").
        """
        return (
            # "say" and the verbs of telling a listener; "his appeal to",
            # "pledged delegates" make nouns and adjectives of other cues.
            (m.cue.base == "say" or m.cue.recipient)
            and len(words) >= 2
            and words[0].lower() in _UNNAMED_OPENERS
            and not any(w.lower() in _BE for w in words)
        )

    def _y_said_x(self, si: int, sent: Sentence, m: _Match) -> _Cand | None:
        ph = self.reg.phrase_after(m.end)
        lead = ph[0] if ph is not None else m.end + 1
        if ph is None:
            # "..., said lobbyist and party strategist Ana Ortiz.": lower-case
            # descriptors before the name.
            k = m.end
            for _ in range(5):
                w = _LOWER_WORD.match(self.text, k, sent.end)
                if w is None or (
                    w.group(1) in _NOT_DESCRIPTORS and w.group(1) != "and"
                ):
                    break
                k = w.end()
            ph = self.reg.phrase_after(k) if k > m.end else None
            if ph is None or not self.text[ph[0]].isupper():
                return self._unnamed_after(si, sent, m)
        text = self.text
        if _adjunct_before_name(text[m.end : ph[1]]):
            # '"Y," X said of the Clintons', "said in his office overlooking
            # Biscayne Bay": a name inside an adjunct after the cue is no
            # source; the subject stands before the cue.
            return None
        k = text.find(" (", ph[0], ph[1])
        tag = _PAREN_TAG.match(text, k if k >= 0 else ph[1])
        if tag is not None:
            # 'said Rep. Ana Ortiz (D-Ohio), who ...': the tag closes the name.
            ph = (ph[0], tag.start())
            after = self._skip_adjuncts(tag.end(), sent.end)
        else:
            after = self._skip_adjuncts(ph[1], sent.end)
        if (
            self._rest_kind(after, sent.end) == "more"
            and not _SPLIT_ON.match(text, after, sent.end)
            and not self._trailing_adjunct(after, sent.end)
        ):
            # "..., said the province would ..." is no "said X" frame; but
            # '"A," said the mayor, "B."' is, its quotation split.
            return None
        if text.startswith(", ", ph[1]):
            name = self.reg.phrase_after(ph[1] + 2)
            if (
                name is not None
                and self.reg.looks_like_name(text[name[0] : name[1]])
                and any(is_person_title(w) for w in text[ph[0] : ph[1]].split())
            ):
                # "..., said the Minister for Roads, Ana Ruiz.": the name is
                # the speaker, the description her title.
                speaker = self.reg.mention(name[0], name[1], kind=ActorKind.PERSON)
                if speaker is not None:
                    self.reg.add_title(speaker, text[ph[0] : ph[1]])
                    return self._frame_before(
                        _At(si, sent, m), speaker, m.start, _rules.Y_SAID_X
                    )
        before = text[m.end : ph[0]].split()
        if before and before[-1].lower() in _INDEFINITES:
            # "said one Harbor Democrat": one of a kind, no one named.
            speaker = UNRESOLVED
        else:
            speaker = self._speaker(*ph)
        if speaker is None:
            return None
        self.subject_span = (min(lead, ph[0]), ph[1])
        return self._frame_before(_At(si, sent, m), speaker, m.start, _rules.Y_SAID_X)

    def _said_described(self, si: int, sent: Sentence, m: _Match) -> _Cand | None:
        """'"Y," said former Ortiz adviser Ray Dalton, who ...': a described name.

        The words after the cue, up to a comma, "who" or the sentence's end,
        name the source: a name closing them (two capitalised words or more)
        is the speaker, the words before it its description; words that name
        people without a name ("a former port official") are an unnamed
        source.
        """
        text = self.text
        tail = _SAID_TAIL.match(text, m.end, min(sent.end, m.end + 120))
        if tail is None or not self._comma_before(m.start, sent.start):
            return None
        s, e = tail.start(1), tail.end(1)
        while e > s and text[e - 1] in ". ":
            e -= 1
        rest = self._rest_kind(tail.end(), sent.end)
        if rest == "more" and not text.startswith((" who", ", who"), tail.end(1)):
            return None
        name = _NAME_END.search(text, s, e)
        if name is not None and _adjunct_before_name(text[s : name.start()]):
            return None
        if name is not None and self.reg.looks_like_name(name.group()):
            speaker = self.reg.mention(name.start(), e, kind=ActorKind.PERSON)
        elif (
            unnamed_source_words(head_before_link(text[s:e].split())) == 0
            and _BARE_CLAUSE.match(text, s, min(sent.end, e + 1)) is None
        ):
            # Words naming people; "the ferry must run" is a clause.
            speaker = UNRESOLVED
        else:
            return None
        return self._source_after_cue(si, sent, m, (s, e), speaker)

    def _source_after_cue(
        self,
        si: int,
        sent: Sentence,
        m: _Match,
        span: tuple[int, int],
        speaker: str | None,
    ) -> _Cand | None:
        """The 'Y, said X' frame whose source X stands at ``span`` after the cue."""
        if speaker is None:
            return None
        self.subject_span = span
        return self._frame_before(_At(si, sent, m), speaker, m.start, _rules.Y_SAID_X)

    def _quoted_said(self, si: int, sent: Sentence, m: _Match) -> _Cand | None:
        """'"Y," said Air Force 1st Lt. Ana Ortiz of Leeds, who ...': the source.

        A quotation closed by its comma right before the cue is surely
        attributed: the name closing the words after the cue (up to a comma,
        a clause, a bracket or "of") is its source, or people it does not
        name ("said a longtime adviser to both candidates").
        """
        text = self.text
        if _QUOTE_CLOSED.search(text, max(sent.start, m.start - 5), m.start) is None:
            return None
        s = m.end
        while s < sent.end and text[s] == " ":
            s += 1
        stop = _SOURCE_STOP.search(text, s, sent.end)
        e = stop.start() if stop is not None else sent.end
        while e > s and text[e - 1] == " ":
            e -= 1
        if e > s and text[e - 1] in ".!?":
            # The sentence's own stop.
            e -= 1
        if e <= s:
            return None
        name = _NAME_END.search(text, s, e)
        ns = -1 if name is None else name.start()
        if name is not None:
            # "Sen. Jim Whelan", "1st Lt. Ana Ortiz": titles open no name.
            for w in name.group().split()[:-1]:
                if not is_person_title(w):
                    break
                ns += len(w) + 1
        speaker: str | None
        if ns >= 0 and self.reg.looks_like_name(text[ns:e]):
            speaker = self.reg.mention(ns, e, kind=ActorKind.PERSON)
        elif unnamed_source_words(head_before_link(text[s:e].split())) == 0:
            speaker = UNRESOLVED
        else:
            return None
        return self._source_after_cue(si, sent, m, (s, e), speaker)

    def _unnamed_after(self, si: int, sent: Sentence, m: _Match) -> _Cand | None:
        """'"Y," said the 46-year-old.': an unnamed source after its cue."""
        text = self.text
        end = sent.end
        comma = text.find(",", m.end, end)
        if comma >= 0:
            end = comma
        while end > m.end and text[end - 1] in _TRAIL_INDIRECT:
            end -= 1
        s = m.end
        while s < end and text[s] == " ":
            s += 1
        words = text[s:end].split()
        if (
            not words
            or unnamed_source_words(words) != 0
            or _BARE_CLAUSE.match(text, s, min(sent.end, end + 1)) is not None
        ):
            # "X, who chairs the panel, said the ferry must run": a clause.
            return None
        self.subject_span = (s, end)
        return self._frame_before(
            _At(si, sent, m), UNRESOLVED, m.start, _rules.Y_SAID_X
        )
