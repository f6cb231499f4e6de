"""Statements: who said what, one :class:`Statement` per attribution cue.

The stage works in two passes over the cue matches of the text (one
prefix-tree regex from :mod:`._cues`, scanned on the lower-cased copy):

1. Each cue is read in its sentence by the first construction that fits
   (``rule`` names it):

   ``transcript-turn``   ``Name: Y`` at the start of a line, ``Name, title:``,
                         ``A: Y`` in an interview (questions -- "Q:",
                         "Reporter:", an outlet's -- are skipped with
                         everything inside them);
   ``according-to``      ``according to X, Y`` and ``Y, according to X``;
   ``according-to-aside`` ``Y1, according to X, Y2``: the whole sentence;
   ``participle``        ``..., adding that Y`` / ``while stressing Y`` /
                         ``Noting that Y, X urged``: the clause's speaker;
   ``coordinated``       ``... and urged Y to Z``: same speaker as the clause;
   ``Y-X-said``          ``Y, X said`` / ``"Y," X said`` (also with an
                         appositive: ``Y, Wei Lan, spokesperson of ..., told a
                         press conference``);
   ``Y-said-X``          ``Y, said X`` / ``"Y," said X, who ...``;
   ``X-said-that``       ``X said (that) Y``, ``X said: "Y"``, ``X called for
                         Y``, ``X urged Y to Z`` (content "Y to Z"), ``X told
                         reporters that Y``;
   ``X-said-quote``      ``X said:`` ending a paragraph, then the next one;
   ``quoted-as``         ``Xinhua quoted X as saying (that) Y``.

   Content runs to the end of the sentence, or to the comma / "while" /
   "and" before a participle or coordinated cue that starts a new statement.
   Quoted content (the quotation opens the content) is "direct" and keeps
   only the words inside the marks.
2. A cue inside another statement's content is dropped ("Wang said analysts
   believe ..." is one statement), as are passive cues ("are urged to"),
   strict cues without a clause ("will add 48 GWh"), and sources that are
   not actors ("the data showed", "analysts said").

Speakers are resolved through the :class:`~._actors.ActorRegistry` (names,
titles, pronouns, role nouns); "the report" speaks for whoever issued it
("X delivered the work report"). A statement's date is the day its sentence
names ("on Thursday" → :func:`policydocs._statement_dates.find_statement_date`), else
the last day named in a sentence that mentioned its speaker, else None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._models import Span, Statement
from .._vocab import ActorKind, Mode
from . import _rules
from ._actors import is_generic_source, is_person_title
from ._cues import CUES, PARTICIPLE_FORMS, Cue
from ._lexicon import word_set
from ._statement_parts import join_split_quotes
from ._statement_patterns import (
    _BARE_CLAUSE,
    _CLOSE_FOR,
    _CLOSERS,
    _DATA_NOUNS,
    _FORECAST_CUES,
    _GENERIC_OF,
    _MADE_BY,
    _MAX_SOURCE,
    _NEW_CLAUSE,
    _NEXT_PREDICATE,
    _OBJECT_TO,
    _OBJECT_TO_CUES,
    _OPEN_FOR,
    _OPEN_QUOTES,
    _OWNED_DOCUMENT,
    _POLLED_BY,
    _QUOTED_AS,
    _RECIPIENT,
    _THE_DOCUMENT,
    _TRAIL,
    _TRAIL_INDIRECT,
    _VERB_START,
    _At,
    _Cand,
    _Match,
    cue_matches,
    is_question_turn_label,
)
from ._statement_sources import _NOT_DESCRIPTORS, UNRESOLVED, _Sources
from ._statement_speech import title_speaker
from ._statement_text import _CARRIES_ON, _PAIRED_PARTICIPLE, _QUOTATION_FRAME

if TYPE_CHECKING:
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_statements", "is_question_turn_label"]

_UNNAMED_OPENERS: Final = word_set("statements_unnamed_openers")
_UNNAMED_LINKS: Final = word_set("statements_unnamed_links")


def find_statements(ctx: Context, registry: ActorRegistry) -> tuple[Statement, ...]:
    """Find who said what in ``ctx.text``, in document order."""
    finder = _Finder(ctx, registry)
    return finder.run()


#: The auxiliary of a progressive cue ("is warning", "have been arguing").
_PROGRESSIVE: Final = re.compile(r"\b(?:is|are|was|were|been|be|'s|’s)[ ]$")

#: A lower-case source phrase after a frame's comma ("..., one longtime
#: friend said"), ending where the search ends.
_UNNAMED_SOURCE: Final = re.compile(
    r"[,”\"’][ ]{1,3}((?:[a-z][\w'’-]{0,30}[ ]){0,3}[a-z][\w'’-]{0,30})[ ]?$"
)

#: A lower-case word after a space ("said lobbyist ...").
_LOWER_WORD: Final = re.compile(r"[ ]([a-z][\w'’-]{0,30})")

#: "“Y” ― Ana Ortiz" closing its line: a quotation, a dash, its source.
_DASH_ATTRIBUTION: Final = re.compile(
    r"[“\"](?P<y>[^“”\"\n]{3,1500})[”\"][ \t]*(?P<dash>[―—–]|--)[ \t]*"
    r"(?P<who>[A-Z][^\n]{1,80}?)[ \t]*(?=\n|\Z)"
)

#: A party, state or office tag in brackets after a name: " (R-Utah)".
_PAREN_TAG: Final = re.compile(r" \([^()\n]{1,40}\)")


class _Finder(_Sources):
    # ------------------------------------------------------------------

    def run(self) -> tuple[Statement, ...]:
        cands: list[_Cand] = []
        self.cands = cands
        blocked: list[tuple[int, int]] = []
        speech = title_speaker(self.ctx.title)
        if speech is not None:
            self.reg.first_person(*speech)
        self._turns(cands, blocked)
        self._dash_attributions(cands)
        by_sentence: dict[int, list[_Match]] = {}
        for m in self._cue_matches():
            si = self._sentence_of(m.start)
            if si is not None:
                by_sentence.setdefault(si, []).append(m)
        for si, matches in by_sentence.items():
            self._read_sentence(si, matches, cands)
        self._close_last_turn(cands)
        cands = join_split_quotes(self.text, self.sentences, cands)
        kept = self._drop_nested(cands, blocked)
        out: list[Statement] = []
        for cand in sorted(kept, key=lambda c: (c.cue_start, c.content_start)):
            c = self._trimmed(cand)
            if c is None:
                continue
            speaker = c.speaker or None  # UNRESOLVED: named by a pronoun only
            self.reg.note_statement(c.content_start, c.content_end, speaker)
            out.append(
                Statement(
                    speaker=speaker,
                    cue=c.base,
                    content=(
                        " ".join(self.text[a:b] for a, b in c.parts)
                        if c.parts
                        else self.text[c.content_start : c.content_end]
                    ),
                    parts=tuple(Span(start=a, end=b) for a, b in c.parts),
                    content_span=Span(start=c.content_start, end=c.content_end),
                    mode=c.mode,
                    date=self._date_for(c),
                    cue_span=Span(start=c.cue_start, end=c.cue_end),
                    rule=c.rule,
                    speaker_span=(
                        None
                        if c.speaker_span is None
                        else Span(start=c.speaker_span[0], end=c.speaker_span[1])
                    ),
                )
            )
        return tuple(out)

    def _dash_attributions(self, cands: list[_Cand]) -> None:
        """'“Y” ― Ana Ortiz' at a line's end: Y is the named source's."""
        text = self.text
        for dm in _DASH_ATTRIBUTION.finditer(text):
            ph = self.reg.phrase_after(dm.start("who"))
            si = self._sentence_of(dm.start("y"))
            if ph is None or si is None:
                continue
            speaker = self._speaker(*ph)
            if not speaker:
                continue
            end = dm.end("y")
            while end > dm.start("y") and text[end - 1] in _TRAIL:
                end -= 1
            cand = _Cand(
                dm.start("dash"),
                dm.end("dash"),
                "say",
                speaker,
                dm.start("y"),
                end,
                Mode.DIRECT,
                _rules.DASH_ATTRIBUTION,
                si,
                speaker_span=ph,
            )
            cands.append(cand)

    # ------------------------------------------------------------------
    # cue matches and their kind

    def _cue_matches(self) -> list[_Match]:
        it = cue_matches(self.ctx.folded)
        out: list[_Match] = []
        text = self.text
        for m in it:
            raw = m.group().lower()
            words = raw.split()
            key = f"{words[0]} {words[-1]}" if len(words) > 1 else words[0]
            cue = CUES.get(key)
            if cue is None:
                continue
            s, e = m.start(), m.end()
            if (s > 0 and text[s - 1] == "-") or text[e : e + 1] == "-":
                # "Value-added tax", "tax-stressed firms", "state-run": a
                # cue inside a hyphenated word is no verb.
                continue
            before = text[max(0, s - 12) : s]
            prev = before[:-1].rsplit(" ", 1)[-1] if before.endswith(" ") else ""
            if text[s].isupper() and prev[:1].isupper() and prev[-1:] != ".":
                # "the United States", "Consumer Reports": a capitalised cue
                # after a capitalised word is part of a name.
                continue
            kind = "main"
            if cue.base != "according to" and (
                key in PARTICIPLE_FORMS or words[0].endswith("ing")
            ):
                if _PROGRESSIVE.search(before):
                    # "is warning that", "has been arguing": a finite verb.
                    out.append(_Match(s, e, cue, key, "main"))
                    continue
                if before.endswith((", ", "while ", " and ", "; ")):
                    kind = _rules.PARTICIPLE
                elif text[s : s + 1].isupper() and (s == 0 or text[s - 1] in "\n "):
                    # "Noting that Y, Li urged ...": a participle opening the
                    # sentence belongs to the main clause's subject.
                    kind = "initial"
                elif before.endswith(" as "):
                    # "Xinhua quoted Li as saying that Y": Li speaks.
                    kind = "quoted"
                else:
                    continue
            elif before.endswith((" and ", ", and ", " but ")) or (
                before.endswith(" to ")
                and _CARRIES_ON.search(text, max(0, s - 40), s) is not None
            ):
                # "... and continues to anticipate that Y": the same subject.
                kind = _rules.COORDINATED
                if _PAIRED_PARTICIPLE.search(text, max(0, s - 30), s) and not (
                    text.startswith((" that ", ":"), e)
                ):
                    # "realized and expected conditions": an adjective pair.
                    continue
            out.append(_Match(s, e, cue, key, kind))
        return out

    # ------------------------------------------------------------------
    # transcript turns

    # ------------------------------------------------------------------
    # one sentence

    def _read_sentence(
        self, si: int, matches: list[_Match], cands: list[_Cand]
    ) -> None:
        sent = self.sentences[si]
        # Where each statement's content must stop: before the next
        # participle or coordinated cue of the same sentence, before a new
        # clause with its own subject ("..., and she warned that ..."), and
        # at the comma that opens a closing frame (", Commission President X
        # announced.").
        stops: list[int] = []
        for m in matches:
            if m.kind != "main":
                # "..., adding 300 jobs" is no cue: its clause stays content.
                if self._content_start(m.end, sent, m.cue) is not None:
                    stops.append(self._stop_before(m.start))
                continue
            nc = _NEW_CLAUSE.search(self.text, max(sent.start, m.start - 90), m.start)
            if nc is not None:
                stops.append(nc.start())
            frame = self._frame_comma(sent, m)
            if frame is not None:
                stops.append(frame)
        stops.sort()
        last_speaker: str | None = None
        self.floor = sent.start
        initial: _Match | None = None
        for m in matches:
            if m.kind == "initial":
                initial = m if m.start == sent.start else initial
                continue
            self.subject_span = None
            cand = self._spanned(self._read(si, sent, m, stops, last_speaker))
            if cand is not None and initial is not None:
                opener = self._initial(si, sent, initial, m, cand.speaker)
                if opener is not None:
                    cands.append(opener)
                initial = None
            if cand is not None:
                cands.append(cand)
                last_speaker = cand.speaker
                self.prev_speaker = cand.speaker
                if cand.content_end <= cand.cue_start:
                    # A frame claims the text before it; the next frame
                    # starts after it (keeps "Y, he said, Z, he said" linear).
                    self.floor = max(self.floor, cand.cue_end)

    def _spanned(self, cand: _Cand | None) -> _Cand | None:
        """``cand`` with the words that named its source (set by _speaker)."""
        if cand is None or self.subject_span is None:
            return cand
        s, e = self.subject_span
        last = self.text[s:e].rsplit(" ", 1)[-1]
        if last.endswith(".") and len(last) > 4 and last[-2].islower():
            # "said Ana Ortiz.": the sentence's full stop, not an abbreviation.
            e -= 1
        return cand._replace(speaker_span=(s, e))

    def _frame_comma(self, sent: Sentence, m: _Match) -> int | None:
        """The comma before "X said." when the cue closes its sentence."""
        if m.cue.base == "according to":
            return None
        after = self._skip_adjuncts(m.end, sent.end)
        if m.cue.recipient:
            rm = _RECIPIENT.match(self.text, after, sent.end)
            if rm is not None:
                after = self._skip_adjuncts(rm.end(), sent.end)
        if self._rest_kind(after, sent.end) != "end":
            return None
        subj = self._subject(m.start, sent.start)
        if subj is None or not self._comma_before(subj[2], sent.start):
            return None
        return self.text.rfind(",", sent.start, subj[2])

    def _initial(
        self, si: int, sent: Sentence, m: _Match, main: _Match, speaker: str | None
    ) -> _Cand | None:
        """'Noting that Y, X urged ...': Y up to the comma before X, by X."""
        if speaker is None:
            return None
        start = self._content_start(m.end, sent, m.cue)
        subj = self._subject(main.start, sent.start)
        if start is None or subj is None:
            return None
        comma = self.text.rfind(",", start, subj[0])
        if comma <= start:
            return None
        return self._make(_At(si, sent, m), speaker, start, comma, _rules.PARTICIPLE)

    def _read(
        self, si: int, sent: Sentence, m: _Match, stops: list[int], last: str | None
    ) -> _Cand | None:
        text = self.text
        cue = m.cue
        if cue.base == "according to":
            return self._according(si, sent, m, stops)
        if m.kind == "quoted":
            q = _QUOTED_AS.search(text, max(sent.start, m.start - 120), m.start)
            start = self._content_start(m.end, sent, cue)
            if q is None or start is None:
                return None
            ph = self.reg.phrase_before(q.end(1))
            if ph is None or ph[0] < q.start(1):
                return None
            speaker = self._speaker(*ph)
            if speaker is None:
                return None
            return self._finish(
                _At(si, sent, m), speaker, start, stops, _rules.QUOTED_AS
            )
        if m.kind in (_rules.PARTICIPLE, _rules.COORDINATED):
            # Content first: a speaker is only recorded for a real statement.
            start = self._content_start(m.end, sent, cue)
            if start is None:
                return None
            speaker = last if last is not None else self._clause_subject(sent)
            if speaker is None:
                return None
            return self._finish(_At(si, sent, m), speaker, start, stops, m.kind)
        if (
            self._passive(m.start, sent.start) and not m.form.split()[0].endswith("ing")
        ) or (
            cue.base == "say"
            and text.startswith(" to ", m.end)
            and _QUOTATION_FRAME.search(text, max(sent.start, m.start - 80), m.start)
            is None
        ):
            # "is forecast to", "exports said to be falling"; but '"Y," Lund
            # said to cheers' is a frame.
            return None
        # "Y, said X": the cue right after a comma (or a closing quote).
        head = text[max(sent.start, m.start - 3) : m.start]
        if head.endswith((", ", '," ', ",” ", ",’ ", '!" ', '?" ', "!” ", "?” ")):
            got = self._y_said_x(si, sent, m)
            if got is not None:
                return got
        subj = self._subject(m.start, sent.start)
        if subj is None:
            return self._unnamed_frame(si, sent, m, stops)
        np_s, np_e, clause_s = subj
        described = np_s
        if clause_s == np_s:
            # '"Y," city police Chief Ana Ortiz said': lower-case descriptors
            # before the name belong to the source.
            clause_s = described = self._descriptors_before(np_s, sent.start)
        after = self._skip_adjuncts(m.end, sent.end)
        if cue.recipient:
            rm = _RECIPIENT.match(text, after, sent.end)
            if rm is not None:
                after = self._skip_adjuncts(rm.end(), sent.end)
        rest = self._rest_kind(after, sent.end)
        framed = self._comma_before(clause_s, sent.start)
        at_end = (
            rest == "end"
            or (framed and rest == "comma")
            or self._stop_near(stops, after)
            or (framed and rest == "more" and self._trailing_adjunct(after, sent.end))
            or (
                # '"Y," he said of the mayors', '"Y?" Lund said to cheers
                # at a rally': after a quotation closing right before its
                # subject, only "that" or a colon opens another content.
                rest == "more"
                and self._quotation_closes_before(clause_s, sent.start)
                and not text.startswith(("that ", ":"), after + 1)
                and not text.startswith(("that ", ":"), after)
            )
            or (
                # '"Y," Wang told nearly 3,000 lawmakers in the Great Hall.'
                framed
                and cue.recipient
                and sent.end - after < 160
                and self.text.find(" that ", after, sent.end) < 0
            )
        )
        if at_end and rest == "comma" and self._opens_with_adjunct(sent):
            # "Briefing the media, Minister X said, the plan will ...": the
            # words before the subject are no content; what follows is.
            at_end = False
        if at_end:
            # "Y, X said." — content before the subject.
            if not framed:
                return None
            speaker = self._speaker(np_s, np_e)
            if described < np_s:
                self.subject_span = (described, np_e)
            if speaker is None:
                return None
            return self._frame_before(
                _At(si, sent, m), speaker, clause_s, _rules.Y_X_SAID
            )
        start = self._content_start(m.end, sent, cue)
        if start is None and not self._quote_follows_at(si, sent, m):
            return None
        speaker = self._speaker(np_s, np_e)
        if speaker is None:
            return None
        if start is None:
            return self._quote_follows(si, sent, m, speaker)
        return self._finish(_At(si, sent, m), speaker, start, stops, _rules.X_SAID_THAT)

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
        if got is None:
            return self._unnamed_subject(si, sent, m, stops)
        if self._rest_kind(self._skip_adjuncts(m.end, sent.end), sent.end) != "end":
            return None
        words = got.group(1).lower().split()
        if any(w in _NOT_DESCRIPTORS for w in words):
            return None
        self.subject_span = (got.start(1), got.end(1))
        return self._frame_before(
            _At(si, sent, m), UNRESOLVED, got.start(1), _rules.Y_X_SAID
        )

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
        if m.form == m.cue.base and m.cue.base != "say":
            # "may submit an initial report that ...": a bare form may be a noun.
            return None
        p = self._subject_end(m.start, sent.start)
        lo = max(sent.start, self.floor, p - 80)
        comma = text.rfind(", ", lo, p)
        s = comma + 2 if comma >= 0 else lo
        if s != sent.start and comma < 0:
            return None
        words = text[s:p].split()
        if (
            not 1 <= len(words) <= 7
            or is_generic_source(text[s:p])
            or any(ch in ",;:()" for ch in text[s:p])
        ):
            # "The new rules, announced on Monday, take effect": no source.
            return None
        first = words[0].lower()
        counted = first[:1].isdigit() or "percent" in words
        if not counted and (first not in _UNNAMED_OPENERS or len(words) < 2):
            # "The report said": the cue "report" has no source of its own.
            return None
        for w in words[1:]:
            if not (w.islower() or w[:1].isdigit()) or (
                w in _NOT_DESCRIPTORS and w not in _UNNAMED_LINKS
            ):
                return None
        start = self._content_start(m.end, sent, m.cue)
        if start is None or text[start] in _OPEN_QUOTES:
            return None
        self.subject_span = (s, p)
        return self._finish(
            _At(si, sent, m), UNRESOLVED, start, stops, _rules.X_SAID_THAT
        )

    def _quote_follows_at(self, si: int, sent: Sentence, m: _Match) -> bool:
        """Whether 'X said:' ends its paragraph and another paragraph follows."""
        text = self.text
        k = self._skip_adjuncts(m.end, sent.end)
        return (
            text[k : sent.end].strip() == ":"
            and si + 1 < len(self.sentences)
            and self.sentences[si + 1].paragraph != sent.paragraph
        )

    def _quote_follows(
        self, si: int, sent: Sentence, m: _Match, speaker: str
    ) -> _Cand | None:
        """'X said:' ending its line, then a quotation as the next paragraph."""
        text = self.text
        k = self._skip_adjuncts(m.end, sent.end)
        if text[k : sent.end].strip() != ":" or si + 1 >= len(self.sentences):
            return None
        nxt = self.sentences[si + 1]
        end = self._paragraph_end(si + 1)
        if text[nxt.start] not in _OPEN_QUOTES:
            # A press release's block quotation without marks ("Education
            # Secretary, Ana Ruiz, said:" and a paragraph of her words).
            if nxt.paragraph == sent.paragraph or end - nxt.start < 3:
                return None
            while end > nxt.start and text[end - 1] in _TRAIL:
                end -= 1
            return _Cand(
                m.start,
                m.end,
                m.cue.base,
                speaker,
                nxt.start,
                end,
                Mode.INDIRECT,
                _rules.X_SAID_QUOTE,
                si,
            )
        close = _CLOSE_FOR[text[nxt.start]]
        q = text.find(close, nxt.start + 1, end + 1)
        if q < 0:
            # British style opens every quoted paragraph and closes only the
            # last: the first paragraph is the statement.
            q = end
        stop = q
        while stop > nxt.start + 1 and text[stop - 1] in _TRAIL:
            stop -= 1
        return _Cand(
            m.start,
            m.end,
            m.cue.base,
            speaker,
            nxt.start + 1,
            stop,
            Mode.DIRECT,
            _rules.X_SAID_QUOTE,
            si,
        )

    # ------------------------------------------------------------------
    # constructions

    def _according(
        self, si: int, sent: Sentence, m: _Match, stops: list[int]
    ) -> _Cand | None:
        text = self.text
        # The source phrase is short: look for its comma in a bounded window.
        comma = text.find(",", m.end, min(sent.end, m.end + _MAX_SOURCE))
        src_end = comma if comma >= 0 else min(sent.end, m.end + _MAX_SOURCE)
        while src_end > m.end and text[src_end - 1] in ".!? ":
            src_end -= 1
        speaker = self._source(m.end, src_end)
        if speaker is None:
            return None
        k = m.start
        while k > sent.start and text[k - 1] in ' "“':
            k -= 1
        if k == sent.start or text.endswith(("; ", ": "), 0, m.start):
            # "According to X, Y."
            if comma < 0:
                return None
            start = comma + 1
            while start < sent.end and text[start] == " ":
                start += 1
            end = self._content_end(start, sent, stops)
            return self._make(
                _At(si, sent, m), speaker, start, end, _rules.ACCORDING_TO
            )
        if self._comma_before(m.start, sent.start):
            if (
                comma >= 0
                and self._rest_kind(comma + 1, sent.end) == "more"
                and _VERB_START.match(text, comma + 2, sent.end) is not None
            ):
                # "Growth, according to the IMF, will slow.": the attributed
                # clause is the whole sentence around the aside.
                end = self._content_end(comma, sent, stops)
                return self._make(
                    _At(si, sent, m),
                    speaker,
                    self.floor,
                    end,
                    _rules.ACCORDING_TO_ASIDE,
                )
            # "Y, according to X." / '"Y," according to X.'
            return self._frame_before(
                _At(si, sent, m), speaker, m.start - 1, _rules.ACCORDING_TO
            )
        if comma < 0 and m.start - self.floor > 12:
            # "Income rose 1 percent in May according to estimates released
            # today by the Bureau.": no comma, the source closes the sentence.
            return self._frame_before(
                _At(si, sent, m), speaker, m.start, _rules.ACCORDING_TO
            )
        return None

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
                return None
        text = self.text
        k = text.find(" (", ph[0], ph[1])
        tag = _PAREN_TAG.match(text, k if k >= 0 else ph[1])
        if tag is not None:
            # 'said Rep. Ana Ortiz (D-Ohio), who ...': the tag closes the name.
            ph = (ph[0], tag.start())
            after = self._skip_adjuncts(tag.end(), sent.end)
        else:
            after = self._skip_adjuncts(ph[1], sent.end)
        if self._rest_kind(after, sent.end) == "more":
            # "..., said the province would ..." is no "said X" frame.
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
        speaker = self._speaker(*ph)
        if speaker is None:
            return None
        self.subject_span = (min(lead, ph[0]), ph[1])
        return self._frame_before(_At(si, sent, m), speaker, m.start, _rules.Y_SAID_X)

    def _frame_before(
        self, at: _At, speaker: str, limit: int, rule: str
    ) -> _Cand | None:
        """Content from the sentence start to the comma before ``limit``.

        ``"Y," X said`` keeps only the quoted words and is direct.
        """
        si, sent, m = at
        text = self.text
        end = limit
        while end > sent.start and text[end - 1] == " ":
            end -= 1
        start = self.floor
        while start < end and text[start] in " ,;":
            start += 1
        mode = Mode.INDIRECT
        if end > start and text[end - 1] in _CLOSERS:
            q = end - 1
            opener = _OPEN_FOR[text[q]]
            o = text.rfind(opener, max(0, sent.start - 2000), q) if opener else -1
            if opener == '"':
                # Straight quotes: the opening one is the last unpaired one.
                o = self._straight_open(q, sent.start)
            if o >= 0:
                start, end, mode = o + 1, q, Mode.DIRECT
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        if end - start < 3:
            return None
        return _Cand(m.start, m.end, m.cue.base, speaker, start, end, mode, rule, si)

    def _finish(
        self, at: _At, speaker: str, start: int, stops: list[int], rule: str
    ) -> _Cand | None:
        si, sent, m = at
        text = self.text
        if start < sent.end and text[start] in _OPEN_QUOTES:
            close = _CLOSE_FOR[text[start]]
            q = text.find(close, start + 1, sent.end + 1)
            if q > start:
                end = q
                while end > start + 1 and text[end - 1] in _TRAIL:
                    end -= 1
                tail = text[q + 1 : sent.end].strip()
                if tail in ("", ".", ",") or any(q < s <= q + 3 for s in stops):
                    return _Cand(
                        m.start,
                        m.end,
                        m.cue.base,
                        speaker,
                        start + 1,
                        end,
                        Mode.DIRECT,
                        rule,
                        si,
                    )
        if ":" in text[m.end : start]:
            # 'X said: "A. B."' and 'X said: A. B.': a colon introduces the
            # whole quotation, to its closing mark or the paragraph's end.
            got = self._colon_quotation(at, speaker, start, rule)
            if got is not None:
                return got
        end = self._content_end(start, sent, stops)
        return self._make(at, speaker, start, end, rule)

    def _colon_quotation(
        self, at: _At, speaker: str, start: int, rule: str
    ) -> _Cand | None:
        """The content after 'X said:' when it runs past its sentence."""
        si, sent, m = at
        text = self.text
        para_end = self._paragraph_end(si)
        mode = Mode.INDIRECT
        end = para_end
        if text[start] in _OPEN_QUOTES:
            q = text.find(_CLOSE_FOR[text[start]], start + 1, para_end + 1)
            if q < 0:
                return None
            start, end, mode = start + 1, q, Mode.DIRECT
        elif para_end == sent.end:
            return None
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        if end - start < 3:
            return None
        return _Cand(m.start, m.end, m.cue.base, speaker, start, end, mode, rule, si)

    def _make(
        self, at: _At, speaker: str, start: int, end: int, rule: str
    ) -> _Cand | None:
        si, _, m = at
        text = self.text
        if rule in (_rules.X_SAID_THAT, _rules.PARTICIPLE, _rules.COORDINATED):
            # Bounded: a predicate this far into a sentence is no second one.
            vp = _NEXT_PREDICATE.search(text, start, min(end, start + 600))
            if vp is not None:
                # "Cabinet noted that Y, and directed the Ministry to ...":
                # a second predicate of the subject is no part of Y.
                end = vp.start()
            end = self._speaker_resumes(speaker, start, end)
        while end > start and text[end - 1] in _TRAIL_INDIRECT:
            end -= 1
        if end - start < 3:
            return None
        return _Cand(
            m.start, m.end, m.cue.base, speaker, start, end, Mode.INDIRECT, rule, si
        )

    # ------------------------------------------------------------------
    # pieces

    def _content_start(self, pos: int, sent: Sentence, cue: Cue) -> int | None:
        text = self.text
        pos = self._skip_adjuncts(pos, sent.end)
        if cue.recipient:
            # "told supporters in Lagos that Y", "told a meeting of the
            # provincial Party committee on Tuesday that Y": listener, then that.
            k = self._that_ahead(pos, sent.end)
            if k > pos:
                pos = k
            else:
                rm = _RECIPIENT.match(text, pos, sent.end)
                if rm is not None:
                    pos = self._skip_adjuncts(rm.end(), sent.end)
        if text.startswith(("of ", " of "), pos):
            # "said of the figures that Y": what it is said of is no content.
            pos = max(pos, self._that_ahead(pos, sent.end))
        while pos < sent.end and text[pos] in " :,":
            pos += 1
        strict_ok = False
        if text.startswith("that ", pos):
            pos += 5
            strict_ok = True
        elif (
            pos < sent.end
            and text[pos] in _OPEN_QUOTES
            and (":" in text[pos - 3 : pos] or "," in text[pos - 3 : pos])
        ):
            # 'X commented: "Y"', 'X stated, "Y"' attribute as surely as "that".
            strict_ok = True
        elif (
            cue.base in _FORECAST_CUES
            and not text.startswith("to ", pos)
            and _OBJECT_TO.match(text, pos, sent.end)
        ):
            # "The IMF expects the economy to grow 3.5 percent": a forecast
            # with its object; "expects to finish" is an intention, no content.
            strict_ok = True
        elif cue.strict and _BARE_CLAUSE.match(text, pos, min(sent.end, pos + 90)):
            # "The Board judges it's time to ...", "He added the fund would
            # ...", "Data showed exports rose ...": a clause without "that".
            strict_ok = True
        if cue.strict and not strict_ok:
            return None
        if cue.base in _OBJECT_TO_CUES and not _OBJECT_TO.match(text, pos, sent.end):
            # "asked investors to speed up": a request; "ask for your
            # deliberation" and "asked about tariffs" are not statements.
            return None
        if pos >= sent.end - 2:
            return None
        return pos

    def _subject(self, pos: int, floor: int) -> tuple[int, int, int] | None:
        """The subject phrase of a cue at ``pos``: (start, end, clause start)."""
        text = self.text
        p = self._subject_end(pos, floor)
        while p > floor and text[p - 1] == " ":
            p -= 1
        if p > floor and text[p - 1] == ",":
            found = self._appositive_subject(p, floor)
        else:
            found = self._bare_subject(p, floor)
        if found is None or len(found) == 3:
            return found
        ph: tuple[int, int] | None = found
        if ph is None or ph[0] < floor:
            return None
        s, e = ph
        g = _GENERIC_OF.search(text, max(floor, s - 40), s)
        if g is not None:
            return s, e, g.start()
        if _POLLED_BY.search(text, max(floor, s - 40), s) is not None:
            # "Economists polled by Reuters expect ...": the pollster does
            # not speak; those polled are unnamed.
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
        first = self.reg.phrase_after(floor)
        if (
            first is not None
            and text.startswith(", ", first[1])
            and first[1] < p - 1
            and self.reg.looks_like_name(text[first[0] : first[1]])
            and is_person_title(text[first[1] + 2 : first[1] + 40].split(" ", 1)[0])
        ):
            # "Ana Ortiz, Commissioner for Trade, Customs and Ports, said":
            # the name opening the clause, whatever commas its title holds.
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
        ph = self.reg.phrase_before(q)
        inner = self.reg.phrase_before(p - 1)
        if (
            inner is not None
            and (inner[0] == q + 2 or is_person_title(text[q + 2 : inner[0]].strip()))
            and self.reg.looks_like_name(text[inner[0] : inner[1]])
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
            ph = inner
        return ph

    def _bare_subject(
        self, p: int, floor: int
    ) -> tuple[int, int] | tuple[int, int, int] | None:
        """The phrase before a cue, a source before "data", or a document's owner.

        A pair is the subject phrase; a triple is the whole answer.
        """
        text = self.text
        ph = self.reg.phrase_before(p)
        if ph is None:
            # "PBOC data showed", "customs figures showed": the source
            # named before a generic noun.
            j = text.rfind(" ", max(floor, p - 20), p)
            if j > floor and text[j + 1 : p] in _DATA_NOUNS:
                ph = self.reg.phrase_before(j)
                if ph is not None and not text[ph[0]].isupper():
                    ph = None
            od = (
                None
                if ph is not None
                else _OWNED_DOCUMENT.search(text, max(floor, p - 40), p)
            )
            if od is not None:
                # "The Agency's complaint alleges": the Agency speaks.
                owner = self.reg.phrase_before(od.start())
                if owner is not None and text[owner[0]].isupper():
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

    # ------------------------------------------------------------------
    # nesting and dates
