"""Reading the text around a cue: adjuncts, passives, stops, quotation marks.

The lowest layer of the statement finder (``_statements``) above its state:
where a content stops in a sentence, what follows a reporting frame, which
adjuncts ("on Tuesday", "in a statement") a frame may skip, whether a cue is
passive ("is forecast to"), and which straight quotation mark opens a quote.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._vocab import ActorKind
from ._lexicon import choice, texts, word_set
from ._statement_context import _FinderState
from ._statement_patterns import (
    _ADJUNCT,
    _ADJUNCT_OPENER,
    _BE,
    _BRACKET_TAIL,
    _CLOSERS,
    _COMMA_ADVERB,
    _DASH_TAIL,
    _DATE_ASIDE,
    _EXCEPT_TAIL,
    _INCLUDING_TAIL,
    _LY_ADVERB,
    _LY_NOUNS,
    _OPEN_QUOTES,
    _OPENERS,
    _RELEASE_TAIL,
    _SKIP_BEFORE,
    _SPEAKER_RESUMES,
    _TRAIL,
    _WANT_TO,
    _WEEKDAY_TAIL,
    _WORD_AT,
    _Cand,
)

if TYPE_CHECKING:
    from ._context import Sentence

__all__: list[str] = []

#: A quotation closing with ',' '!' or '?', then up to six words of a subject
#: before the cue ('"Y," Senator Ana Ortiz said').
_QUOTATION_FRAME: Final = re.compile(r"[,!?][\"”’]{1,2}[ ](?:[\w.’'\-]+[ ]){1,6}\Z")

#: "and continues to" or "and am pleased to" before a cue: a coordinated cue
#: of the clause's subject ("I met the board and am glad to say that Y").
_CARRIES_ON: Final = re.compile(
    r"[ ](?:and|but)[ ](?:also[ ])?"
    rf"(?:(?:{choice('statements_continue_forms')})|(?:am|{choice('finite_be')})[ ]"
    rf"(?:also[ ]|very[ ]|so[ ])?(?:{choice('statements_glad_adjectives')}))[ ]to[ ]\Z"
)

#: "realized and " before a cue: the cue may be the second of two participles.
_PAIRED_PARTICIPLE: Final = re.compile(r"[ ][a-z]{3,20}ed[ ]and[ ]\Z")

#: The kinds of speaker each resuming pronoun's class may stand for.
_RESUMING_KINDS: Final[dict[str, frozenset[ActorKind]]] = {
    "it": frozenset({ActorKind.ORGANIZATION, ActorKind.PLACE}),
    "pl": frozenset({ActorKind.GROUP}),
    "m": frozenset({ActorKind.PERSON}),
    "f": frozenset({ActorKind.PERSON}),
}
#: The class of each pronoun ("he" -> "m").
_PRONOUN_CLASS: Final = texts("pronouns")
#: A third person in the content: then "he"/"she" may be that person ("her
#: brother was ill, and he would stay home"), not the speaker.
_THIRD_PERSON: Final = re.compile(
    r"\b(?:" + choice("statements_third_persons") + r")\b"
)

#: Adverbs between a subject and its cue ("X also said", "is widely expected").
_SUBJECT_ADVERBS: Final = word_set("statements_subject_adverbs")


#: Words after which a quotation is a title or a name ("on “Hannity,”").
_TITLE_BEFORE: Final = word_set("statements_title_before")


#: A capitalised word or a subject pronoun ending right before an adverb.
_NAME_OR_PRONOUN_END: Final = re.compile(
    r"(?:^|(?<=[ ]))(?:[A-Z][\w.'’\-]{0,30}"
    rf"|(?i:{choice('statements_source_pronouns')}))\Z"
)


class _TextReading(_FinderState):
    """The finder's reading of the text around a cue (a layer of the finder)."""

    def _stop_before(self, pos: int) -> int:
        text = self.text
        for sep in (
            ", and ",
            ", while ",
            ", but ",
            " while ",
            ", ",
            " and ",
            " but ",
            "; ",
            " – ",
            " — ",
            " -- ",
        ):
            if text.endswith(sep, 0, pos):
                return pos - len(sep)
        return pos

    @staticmethod
    def _content_end(start: int, sent: Sentence, stops: list[int]) -> int:
        """The sentence end, or the first stop after ``start`` (stops sorted)."""
        i = bisect.bisect_right(stops, start)
        if i < len(stops) and stops[i] < sent.end:
            return stops[i]
        return sent.end

    @staticmethod
    def _stop_near(stops: list[int], pos: int) -> bool:
        i = bisect.bisect_left(stops, pos)
        return i < len(stops) and stops[i] <= pos + 2

    def _rest_kind(self, pos: int, end: int) -> str:
        """What follows a frame: "end" (punctuation only), "comma" or "more"."""
        text = self.text
        while pos < end and text[pos] == " ":
            pos += 1
        if pos >= end:
            return "end"
        if text[pos] == ",":
            k = pos + 1
            while k < end and text[k] == " ":
                k += 1
            # 'she said, "Y"' goes on to its content.
            return "more" if k < end and text[k] in _OPEN_QUOTES else "comma"
        if text[pos] == ":":
            return "colon"
        if text[pos] == ";":
            # "Y, analysts say; in 2012 ...": a semicolon ends the clause.
            return "end"
        if end - pos <= 3 and not any(ch.isalnum() for ch in text[pos:end]):
            return "end"
        return "more"

    def _straight_open(self, q: int, floor: int) -> int:
        """The straight quotation mark that the one at ``q`` closes, or -1."""
        text = self.text
        lo = max(0, floor - 2000)
        para = text.rfind("\n\n", lo, q)
        lo = max(lo, para)
        n = text.count('"', lo, q)
        if n % 2 == 0:
            return -1
        return text.rfind('"', lo, q)

    def _quotation_end(self, pos: int, sent: Sentence) -> int:
        """Where the quotation holding ``pos`` closes in its sentence, or -1.

        Bounded: only a quotation opened in the 600 characters before
        ``pos`` counts (a cue deep inside a long quotation is rare).
        """
        text = self.text
        lo = max(sent.start, pos - 600)
        o = text.rfind("“", lo, pos)
        if o >= 0 and text.find("”", o, pos) < 0:
            return text.find("”", pos, sent.end)
        if lo == sent.start and text.count('"', lo, pos) % 2 == 1:
            return text.find('"', pos, sent.end)
        return -1

    def _skip_adjuncts(self, pos: int, end: int) -> int:
        text = self.text
        for _ in range(4):
            m = _ADJUNCT.match(text, pos, end)
            if m is None:
                break
            pos = m.end()
        return pos

    def _only_adjuncts_after(self, pos: int, end: int) -> bool:
        """Whether only adjuncts close the sentence after ``pos`` ("said Sunday.")."""
        k = self._skip_adjuncts(pos, end)
        return k > pos and self._rest_kind(k, end) == "end"

    def _passive(self, pos: int, floor: int) -> bool:
        text = self.text
        k = pos
        for _ in range(3):
            j = text.rfind(" ", max(floor, k - 40), k - 1)
            word = text[j + 1 : k - 1] if j >= 0 else text[floor : k - 1]
            lw = word.lower()
            if lw in _BE or lw.endswith(("'m", "’m", "'re", "’re")):
                # "I'm accused of", "they're told to": a contracted "be".
                return True
            if lw.endswith("ly") or lw in _SUBJECT_ADVERBS:
                k = j + 1 if j >= 0 else floor
                if k <= floor:
                    return False
                continue
            return False
        return False

    def _opens_with_adjunct(self, sent: Sentence) -> bool:
        """Whether the clause before a frame is a participle or adjunct opener."""
        first = _WORD_AT.match(self.text, max(sent.start, self.floor))
        if first is None:
            return False
        word = first.group()
        return (word.endswith("ing") and word[:1].isupper()) or word in _OPENERS

    def _quotation_closes_before(self, pos: int, floor: int) -> bool:
        """Whether a quotation ends with ',' '!' or '?' just before ``pos``."""
        text = self.text
        k = pos
        while k > floor and text[k - 1] == " ":
            k -= 1
        # Closing marks, a nested quotation's too ('... ‘Z,’” X said', and
        # typewriter pairs read as such: ",''" is ",’”").
        j = k
        while j > floor and k - j < 2 and text[j - 1] in _CLOSERS:
            j -= 1
        if not (j < k and j - 1 > floor and text[j - 1] in ",!?"):
            return False
        # 'on the channel's “Evening Show,” X said Y', 'to chants of "Ana!,"':
        # a quoted title or cry after a preposition or a possessive is a
        # name inside an adjunct, no quotation of the speaker's.
        o = max(text.rfind(mark, floor, j - 1) for mark in _OPEN_QUOTES)
        before = text[max(floor, o - 30) : o].rstrip().rsplit(" ", 1)[-1]
        return o < 0 or not (
            before.lower() in _TITLE_BEFORE or before.endswith(("'s", "’s"))
        )

    def _trailing_adjunct(self, pos: int, end: int) -> bool:
        """'..., X said during a tour of Y on Monday.': a closing adjunct, no clause."""
        text = self.text
        while pos < end and text[pos] == " ":
            pos += 1
        # The adjunct runs to its comma: ", adding that Y" after it opens
        # another statement, no "that" clause of this cue.
        comma = text.find(", ", pos, end)
        return (
            end - pos < 160
            and _ADJUNCT_OPENER.match(text, pos, end) is not None
            and text.find(" that ", pos, comma if comma >= 0 else end) < 0
        )

    def _speaker_resumes(self, speaker: str, start: int, end: int) -> int:
        """Where the speaker takes up its own clause again, or ``end``.

        "The Board judges that risks remain, and it will watch prices": "it"
        agrees with the speaker (an organization), so "it will ..." is the
        Board's act, not what it judges; "and she would welcome ..." a
        person's, when no other person is named before it.
        """
        kind = self.reg.kind_of(speaker)
        if kind is None:
            return end
        for m in _SPEAKER_RESUMES.finditer(self.text, start, min(end, start + 600)):
            cls = _PRONOUN_CLASS.get(m.group(1), "")
            if kind not in _RESUMING_KINDS.get(cls, frozenset()):
                continue
            if kind is ActorKind.PERSON and _THIRD_PERSON.search(
                self.text, start, m.start()
            ):
                # A person resumes only when no one else is in play.
                continue
            return m.start()
        return end

    def _that_ahead(self, pos: int, end: int) -> int:
        """Where "that" starts within a short unpunctuated phrase, or -1."""
        text = self.text
        k = text.find(" that ", pos, min(end, pos + 100))
        if k > pos and not any(ch in ',.;:"“' for ch in text[pos:k]):
            return k + 1
        return -1

    def _subject_end(self, pos: int, floor: int) -> int:
        """Where a cue's subject ends: before a day, "also", "has" and the like."""
        text = self.text
        p = pos
        for _ in range(6):
            while p > floor and text[p - 1] == " ":
                p -= 1
            wm = _WEEKDAY_TAIL.search(text, max(floor, p - 30), p)
            if wm is None:
                wm = _WANT_TO.search(text, max(floor, p - 30), p)
                if wm is not None and text[wm.end() : p].strip():
                    wm = None
            if wm is None:
                # "all members but one agreed": the exception is no subject.
                wm = _EXCEPT_TAIL.search(text, max(floor, p - 30), p)
            if wm is None:
                wm = _RELEASE_TAIL.search(text, max(floor, p - 40), p)
            # The asides below end with a bracket, a comma or a dash: only
            # such a character before the cue makes them worth a search.
            last = text[p - 1] if p > floor else " "
            if wm is None and last == ")":
                # "the Government today (22nd December) confirms": an aside.
                wm = _DATE_ASIDE.search(text, max(floor, p - 40), p)
            if wm is None and last == ")":
                # "Sen. Ana Ortiz (D-Ohio) said": a tag or aside after the name.
                wm = _BRACKET_TAIL.search(text, max(floor, p - 124), p)
            if wm is None and last == ",":
                # "Proponents of the bill, however, say": a sentence adverb;
                # "Several candidates, including X, said": an example.
                wm = _COMMA_ADVERB.search(
                    text, max(floor, p - 24), p
                ) or _INCLUDING_TAIL.search(text, max(floor, p - 96), p)
            if wm is None and last in "—–-":
                # "Ray Dalton — after a pause — said": an aside in dashes.
                wm = _DASH_TAIL.search(text, max(floor, p - 126), p)
            if wm is not None:
                p = wm.start()
                continue
            j = text.rfind(" ", floor, p)
            word = text[j + 1 : p] if j >= 0 else text[floor:p]
            if word.lower() in _SKIP_BEFORE or (
                _LY_ADVERB.fullmatch(word) is not None
                and word not in _LY_NOUNS
                # A name or a pronoun before the adverb: "The Committee
                # currently expects", "she quickly added"; not "want to
                # briefly tell", nor a common noun ("the rule expressly says").
                and _NAME_OR_PRONOUN_END.search(text, max(floor, j - 30), max(floor, j))
                is not None
            ):
                p = j + 1 if j >= 0 else floor
                continue
            break
        return p

    def _clause_start(self, q: int, floor: int) -> int:
        """Start of the subject phrase that ends at ``q`` (or ``q`` itself)."""
        ph = self.reg.phrase_before(q)
        if ph is not None:
            return ph[0]
        k = self.text.rfind(",", max(floor, q - 200), q)
        return k + 2 if k >= 0 else floor

    def _trimmed(self, c: _Cand) -> _Cand | None:
        """The candidate with no white space at either end of its content."""
        s, e = self._trim_span(c.content_start, c.content_end)
        if e - s < 2:
            return None
        if self.inner_marks and c.parts:
            parts = tuple(self._trim_span(a, b) for a, b in c.parts)
            s, e = parts[0][0], parts[-1][1]
            return c._replace(content_start=s, content_end=e, parts=parts)
        return c._replace(content_start=s, content_end=e)

    def _trim_span(self, s: int, e: int) -> tuple[int, int]:
        """``s:e`` without white space, nor the inner mark of a typewriter pair.

        "''Y,''" reads as "“‘Y,’”": the content between the outer marks
        loses the inner ones and, after the closing one, its trailing comma.
        """
        text, inner = self.text, self.inner_marks
        while s < e and (text[s].isspace() or s in inner):
            s += 1
        while e > s and (text[e - 1].isspace() or e - 1 in inner):
            e -= 1
            while inner and e > s and text[e - 1] in _TRAIL:
                e -= 1
        return s, e
