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
from .._vocab import Mode
from . import _rules
from ._actors import is_person_title
from ._lexicon import choice, word_set
from ._statement_contents import _TO_LISTENER
from ._statement_cues import cue_matches
from ._statement_frames import _Frames
from ._statement_parts import block_quotation, join_split_quotes, unquoted_block
from ._statement_patterns import (
    _BARE_CLAUSE,
    _CLOSE_FOR,
    _CLOSERS,
    _FINITE_WORD,
    _MAX_SOURCE,
    _NEW_CLAUSE,
    _NEW_UNNAMED_CLAUSE,
    _OPEN_QUOTES,
    _QUOTED_AS,
    _TRAIL,
    _VERB_START,
    _At,
    _Cand,
    _Match,
    is_question_turn_label,
)
from ._statement_sources import (
    INDEFINITE_BEFORE,
    UNRESOLVED,
    unnamed_source_words,
)
from ._statement_speech import opening_speaker, title_speaker
from ._statement_text import _QUOTATION_FRAME

if TYPE_CHECKING:
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_statements", "is_question_turn_label"]


def find_statements(ctx: Context, registry: ActorRegistry) -> tuple[Statement, ...]:
    """Find who said what in ``ctx.text``, in document order."""
    finder = _Finder(ctx, registry)
    return finder.run()


#: Cues an expletive "it" may open ("It is clear that Y"): no one's statement.
_EXPLETIVE_CUES: Final = word_set("statements_expletive_cues")
#: An impersonal frame before a cue: "It is important to stress", "it's
#: necessary to note".
_IMPERSONAL: Final = re.compile(
    r"\b[Ii]t(?:[ ]is|['’]s|[ ]was)[ ](?:also[ ]|very[ ]|therefore[ ])?"
    rf"(?:{choice('statements_importance_adjectives')})[ ]to[ ]\Z"
)
#: "As" right before a frame's subject: "As I said, ...".
_AS_BEFORE: Final = re.compile(r"(?:^|(?<=[ ,]))[Aa]s[ ]\Z")


#: A subordinator of condition or time right before a subject ("until we are
#: confident that"); "if" and "whether" are left out: PolNeAR shows them
#: framing real reports ("if they believe Y" of voters polled).
_CONDITION_BEFORE: Final = re.compile(
    r"\b(?:" + choice("statements_condition_subordinators") + r")[ ]\Z"
)
#: "X issued the following statement today on Y:" closing its paragraph.
_ISSUED_STATEMENT: Final = re.compile(
    rf"({choice('statements_issue_verbs')})[ ](?:the[ ]following|this|a|a[ ]joint)"
    rf"[ ](?:joint[ ])?(?:{choice('statements_issued_texts')})\b[^\n:]{{0,200}}:"
    r"[ \t]*(?=\n[ \t]*\n)"
)
#: "“Y” ― Ana Ortiz" closing its line: a quotation, a dash, its source.
_DASH_ATTRIBUTION: Final = re.compile(
    r"[“\"](?P<y>[^“”\"\n]{3,1500})[”\"][ \t]*(?P<dash>[―—–]|--)[ \t]*"
    r"(?P<who>[A-Z][^\n]{1,80}?)[ \t]*(?=\n|\Z)"
)


#: A past form not right after a comma: "the economy expanded" is a clause,
#: ", led by" opens an appositive.
_PAST_WORD: Final = re.compile(r"(?<![,])[ ][a-z]{2,20}ed\b")
#: A comma closing a clause, maybe with a closing quotation mark after it.
_CLAUSE_COMMA: Final = re.compile(r"(,[”\"’]?)[ ]")


def _open_quotes(text: str, start: int, end: int) -> bool:
    """Whether a quotation opened in ``text[start:end]`` is still open at ``end``."""
    piece = text[start:end]
    return piece.count("“") > piece.count("”") or piece.count('"') % 2 == 1


#: Sentence adverbs that may open a sentence before an aside ("In addition").
_COMMA_ADVERBS: Final = word_set("statements_comma_adverbs")
#: What may follow a frame's cue when its sentence goes on ("more", "comma").
_GOING_ON: Final = frozenset({"more", "comma"})
#: Words that may open a clause before an inverted cue ("But, said X, ...").
_LEAD_LINKS: Final = word_set("statements_clause_links")
#: The comma and opening mark of the quotation after an inverted cue's source.
_QUOTE_AFTER_COMMA: Final = re.compile(r",[ ]([“\"])")


class _Finder(_Frames):
    # ------------------------------------------------------------------

    def run(self) -> tuple[Statement, ...]:
        cands: list[_Cand] = []
        self.cands = cands
        blocked: list[tuple[int, int]] = []
        speech = title_speaker(self.ctx.title) or opening_speaker(self.text)
        if speech is not None:
            self.speech_speaker = self.reg.first_person(*speech)
        self._turns(cands, blocked)
        self._dash_attributions(cands)
        self._issued_statements(cands)
        by_sentence: dict[int, list[_Match]] = {}
        for m in cue_matches(self.text, self.folded):
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
                        " ".join(self.ctx.text[a:b] for a, b in c.parts)
                        if c.parts
                        else self.ctx.text[c.content_start : c.content_end]
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

    def _issued_statements(self, cands: list[_Cand]) -> None:
        """'X issued the following statement:' ending its paragraph, then its words.

        A release's frame with a medium as its cue: the quotation in the
        next paragraph (over several, in block style) is X's.
        """
        text = self.text
        if ":\n" not in text and ": \n" not in text:
            # No paragraph ends with a colon: no such frame (a fast path).
            return
        for im in _ISSUED_STATEMENT.finditer(text):
            si = self._sentence_of(im.start())
            if si is None or si + 1 >= len(self.sentences):
                continue
            sent, nxt = self.sentences[si], self.sentences[si + 1]
            if nxt.paragraph == sent.paragraph or text[nxt.start] not in _OPEN_QUOTES:
                continue
            self.subject_span = None
            subj = self._subject(im.start(), self._after_dateline(sent))
            speaker = None if subj is None else self._speaker(subj[0], subj[1])
            if not speaker:
                continue
            cand = self._block_quoted(
                (im.start(), im.end(1), "issue"), speaker, si, nxt.start
            )
            if cand is not None:
                cands.append(self._spanned(cand) or cand)

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
            lo = max(sent.start, m.start - 90)
            nc = _NEW_CLAUSE.search(self.text, lo, m.start) or (
                _NEW_UNNAMED_CLAUSE.search(self.text, lo, m.start)
            )
            if nc is not None:
                stops.append(nc.start())
            frame = self._frame_comma(sent, m)
            if frame is not None:
                stops.append(frame)
        stops.sort()
        last_speaker: str | None = None
        self.floor = self._after_dateline(sent)
        initial: _Match | None = None
        last_main = max((x.start for x in matches if x.kind == "main"), default=-1)
        for m in matches:
            if m.kind == "initial":
                initial = m if m.start == sent.start else initial
                continue
            self.subject_span = None
            self.cue_follows = m.start < last_main
            cand = self._spanned(self._read(si, sent, m, stops, last_speaker))
            if cand is not None and self._in_opening_clause(sent, m.start):
                cand = self._clause_bounded(cand)
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

    def _clause_bounded(self, cand: _Cand) -> _Cand:
        """``cand`` ending at the comma that closes its opening subordinate clause.

        "When X said he would protect the towns, the crowd cheered": the
        main clause after the comma is the writer's. A comma inside a
        quotation the content opens does not count.
        """
        text = self.text
        s, e = cand.content_start, cand.content_end
        if cand.parts or s < cand.cue_end:
            return cand
        for comma in _CLAUSE_COMMA.finditer(text, s, e):
            # 'he would "protect our towns," the crowd ...': the mark closes
            # the quotation before the clause's comma ends.
            end = comma.end() - 1
            if not _open_quotes(text, s, end):
                if end - s < 8:
                    return cand
                mark = len(comma.group(1)) - 1
                return cand._replace(content_end=comma.start() + (mark and 2))
        return cand

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
        after = self._after_cue(sent, m)
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
        if comma <= start or any(
            w[:1].isupper() and is_person_title(w)
            for w in self.text[start:comma].split()
        ):
            # "Announcing the deal Secretary of State X, Y, said": the title
            # opens the subject; the participle's own comma is missing.
            return None
        return self._make(_At(si, sent, m), speaker, start, comma, _rules.PARTICIPLE)

    def _read(
        self, si: int, sent: Sentence, m: _Match, stops: list[int], last: str | None
    ) -> _Cand | None:
        """Read one cue by the first construction that fits its sentence."""
        if m.cue.base == "according to":
            return self._according(si, sent, m, stops)
        if m.kind == "quoted":
            return self._quoted_as(si, sent, m, stops)
        if m.kind in (_rules.PARTICIPLE, _rules.COORDINATED):
            return self._continuing(si, sent, m, stops, last)
        if self._no_frame(sent, m):
            return None
        inverted = self._inverted(si, sent, m, stops)
        if inverted is not None:
            return inverted
        # "Y, said X": the cue right after a comma (or a closing quote); a
        # name after "told" is the listener, never the source ("X, who ...,
        # told Harbor Radio, "Y""), and what follows a phrasal cue is its
        # object ("On Tuesday, his wife, Jane, called for a recount").
        if (
            not m.cue.recipient
            and " " not in m.cue.base
            and self._comma_before(m.start, sent.start)
            and not self._only_adjuncts_after(m.end, sent.end)
            and not self._opens_described(m.start, sent.start)
            and not self._subject_with_appositive(sent, m.start)
        ):
            got = (
                self._y_said_x(si, sent, m)
                or self._said_described(si, sent, m)
                or self._quoted_said(si, sent, m)
            )
            if got is not None:
                return got
        if self.speech_speaker is not None and _IMPERSONAL.search(
            self.text, max(sent.start, m.start - 40), m.start
        ):
            # "It is important to reiterate that Y" in a speech: the speaker's.
            return self._speaker_says(_At(si, sent, m), self.speech_speaker, stops)
        subj = self._subject(m.start, sent.start)
        if subj is None and (rel := self._relative_subject(sent, m)) is not None:
            return self._in_relative_clause(_At(si, sent, m), stops, rel)
        if (
            subj is not None
            and m.cue.base in _EXPLETIVE_CUES
            and self.text[subj[0] : subj[1]].lower() == "it"
        ):
            # "It is clear that Y", "it was certain that": no one is sure.
            return None
        if subj is None:
            return self._unnamed_frame(si, sent, m, stops)
        return self._with_subject(_At(si, sent, m), stops, subj)

    def _subject_with_appositive(self, sent: Sentence, pos: int) -> bool:
        """Whether the words before the cue's comma are a subject and its appositive.

        "Authorities in Leeds, the county town, announced Y", "Ana Ortiz,
        60, a nurse, said Y": the words hold a comma of their own but no
        finite verb and no quotation, so they state nothing and are no
        content of a "Y, said X" frame.
        """
        body = self.text[self._after_dateline(sent) : pos].rstrip(" ,")
        return (
            "," in body
            and not any(q in body for q in '"“”‘’')
            and _FINITE_WORD.search(body) is None
            and _PAST_WORD.search(body) is None
        )

    def _inverted(
        self, si: int, sent: Sentence, m: _Match, stops: list[int]
    ) -> _Cand | None:
        """'Said X, who grew up here, “Y.”', 'But, said X, "Y"': the cue first.

        The cue opens its clause (after a link word at most), a name follows
        it, and the quotation after the next comma is the content.
        """
        text = self.text
        lead = text[self._after_dateline(sent) : m.start].strip(" ,")
        if lead and lead.lower() not in _LEAD_LINKS:
            return None
        ph = self.reg.phrase_after(m.end)
        if ph is None or not text[ph[0]].isupper() or ph[0] > m.end + 1:
            return None
        quote = _QUOTE_AFTER_COMMA.search(text, ph[1], sent.end)
        speaker = None if quote is None else self._speaker(*ph)
        if quote is None or not speaker:
            return None
        self.subject_span = ph
        return self._finish(
            _At(si, sent, m), speaker, quote.start(1), stops, _rules.X_SAID_THAT
        )

    def _speaker_says(self, at: _At, speaker: str, stops: list[int]) -> _Cand | None:
        """The content after a cue whose speaker is known without a subject."""
        start = self._content_start(at.m.end, at.sent, at.m.cue)
        if start is None:
            return None
        return self._finish(at, speaker, start, stops, _rules.X_SAID_THAT)

    def _relative_subject(
        self, sent: Sentence, m: _Match
    ) -> tuple[int, int, int] | None:
        """'Ana Ortiz, who said Y': the name before "who" is the subject."""
        text = self.text
        p = self._subject_end(m.start, sent.start)
        while p > sent.start and text[p - 1] == " ":
            p -= 1
        if not text.endswith(" who", max(sent.start, p - 4), p):
            return None
        q = p - 4
        while q > sent.start and text[q - 1] in " ,":
            q -= 1
        ph = self.reg.phrase_before(q)
        if ph is None or ph[1] != q or not text[ph[0]].isupper():
            # "X, the Chamber's chief strategist, who added Y": the name
            # before the description.
            c = text.rfind(", ", max(sent.start, q - 120), q)
            ph = None if c < 0 else self._name_described_at(c)
            if ph is None:
                return self._unnamed_before_who(sent, q)
        # The clause after the cue is the content; what precedes the name
        # belongs to the main clause.
        return ph[0], ph[1], ph[0]

    def _unnamed_before_who(
        self, sent: Sentence, q: int
    ) -> tuple[int, int, int] | None:
        """'the Mexican president, who said Y', 'legal experts, who worry Y'.

        The shortest run of words ending at ``q`` that names people (a
        determiner or quantifier and a noun, or a plural); optional in the
        contract, kept with the speaker the registry resolves, or none.
        """
        text = self.text
        lo = max(sent.start, q - 60)
        for bound in ",;:(":
            lo = max(lo, text.rfind(bound, lo, q) + 1)
        words = text[lo:q].split()[-5:]
        for k in range(len(words) - 1, -1, -1):
            if unnamed_source_words(words[k:]) == 0:
                s = q - len(" ".join(words[k:]))
                return s, q, s
        return None

    def _relative_says(
        self, at: _At, stops: list[int], rel: tuple[int, int, int]
    ) -> _Cand | None:
        """'"Y," said X, who said Z': Z after the relative cue, by X.

        The frame reading of the name fails there (a quotation closes
        before it, for the first cue); the relative clause's content follows
        its own cue.
        """
        speaker = self._speaker_or_unnamed(rel[0], rel[1])
        return None if speaker is None else self._speaker_says(at, speaker, stops)

    def _in_relative_clause(
        self, at: _At, stops: list[int], rel: tuple[int, int, int]
    ) -> _Cand | None:
        """'Ana Ortiz, who said Y, chairs the panel': Y ends at the clause's comma.

        When the name opens its sentence, the relative clause sits inside
        the subject and the main predicate follows its closing comma.
        """
        got = self._with_subject(at, stops, rel) or self._relative_says(at, stops, rel)
        text = self.text
        if (
            got is None
            or got.mode is Mode.DIRECT
            or text[at.sent.start : rel[0]].strip(" \"“‘'")
        ):
            return got
        comma = text.find(", ", got.content_start, got.content_end)
        if comma - got.content_start < 3 or any(
            c in _OPEN_QUOTES for c in text[got.content_start - 1 : comma]
        ):
            return got
        return got._replace(content_end=comma)

    def _quoted_as(
        self, si: int, sent: Sentence, m: _Match, stops: list[int]
    ) -> _Cand | None:
        """'Xinhua quoted X as saying (that) Y': X says Y."""
        text = self.text
        q = _QUOTED_AS.search(text, max(sent.start, m.start - 120), m.start)
        start = self._content_start(m.end, sent, m.cue)
        if q is None or start is None:
            return None
        ph = self.reg.phrase_before(q.end(1))
        if ph is None or ph[0] < q.start(1):
            return None
        speaker = self._speaker(*ph)
        if speaker is None:
            return None
        return self._finish(_At(si, sent, m), speaker, start, stops, _rules.QUOTED_AS)

    def _continuing(
        self, si: int, sent: Sentence, m: _Match, stops: list[int], last: str | None
    ) -> _Cand | None:
        """'..., adding that Y' / '... and urged Y': the clause's speaker goes on."""
        # Content first: a speaker is only recorded for a real statement.
        start = self._content_start(m.end, sent, m.cue)
        if start is None:
            return None
        speaker = last
        if speaker is None:
            # A verb of saying ("saying", "telling") tells that someone
            # speaks; a strict cue ("suggesting") may have a thing as subject.
            speaker = self._clause_subject(sent, m.start, any_head=not m.cue.strict)
        if speaker is None:
            return None
        return self._finish(_At(si, sent, m), speaker, start, stops, m.kind)

    def _no_frame(self, sent: Sentence, m: _Match) -> bool:
        """A passive cue ("is forecast to") or "said to be": no attribution."""
        text = self.text
        if self._passive(m.start, sent.start) and not m.form.split()[0].endswith("ing"):
            return True
        # "exports said to be falling"; but '"Y," Lund said to cheers' is a frame.
        return (
            m.cue.base == "say"
            and text.startswith(" to ", m.end)
            and _QUOTATION_FRAME.search(text, max(sent.start, m.start - 80), m.start)
            is None
            # "said to reporters that Y", '"Y!" X said to People.': a listener.
            and _TO_LISTENER.match(text, m.end) is None
        )

    def _with_subject(
        self, at: _At, stops: list[int], subj: tuple[int, int, int]
    ) -> _Cand | None:
        """A cue with its subject before it: "Y, X said" or "X said (that) Y"."""
        si, sent, m = at
        np_s, np_e, clause_s = subj
        if np_s < self.floor < np_e and clause_s == np_s:
            # "Leeds- The Harbor Department announced": no dateline in a name.
            np_s = clause_s = self.floor
        if _CONDITION_BEFORE.search(self.text, max(sent.start, np_s - 8), np_s):
            # "until we are confident that Y", "if they believe Y": a
            # condition, nothing anyone asserts.
            return None
        if self.cue_follows and _AS_BEFORE.search(
            self.text, max(sent.start, clause_s - 4), clause_s
        ):
            # "As I said at the outset, ... I believe Y": a reference back,
            # the sentence's own later cue says Y.
            return None
        if _AS_BEFORE.search(self.text, max(sent.start, clause_s - 4), clause_s):
            got = self._as_frame(at, stops, np_s, np_e, clause_s - 3)
            if got is not None:
                return got
        described = np_s
        if clause_s == np_s:
            # '"Y," city police Chief Ana Ortiz said': lower-case descriptors
            # before the name belong to the source.
            clause_s = described = self._descriptors_before(np_s, sent.start)
        after, rest = self._frame_rest(sent, m)
        framed = self._comma_before(clause_s, sent.start)
        if (
            rest in _GOING_ON
            and clause_s == sent.start
            and self._asked_quotation_before(si)
            and not self.text.startswith(("that ", ":"), after + 1)
            and not self.text.startswith(("that ", ":"), after)
        ):
            # '"Who are they?" Ortiz said of the board, when ...': a question
            # or an exclamation closing its quotation ends the sentence
            # before the frame, whatever follows the cue.
            got = self._after_quotation(at, np_s, np_e, clause_s, "end")
            if got is not None:
                return got
        if self._frame_closes(at, stops, after, rest, clause_s):
            # "Y, X said." — content before the subject.
            if not framed:
                return self._after_quotation(at, np_s, np_e, clause_s, rest)
            speaker = self._speaker_or_unnamed(np_s, np_e)
            if self._indefinite_source(described, np_s, np_e):
                # "Y, a port official said": someone the text does not name.
                speaker = UNRESOLVED
            if described < np_s:
                self.subject_span = (described, np_e)
            if speaker is None:
                return None
            cand = self._frame_before(at, speaker, clause_s, _rules.Y_X_SAID)
            if cand is not None and rest == "comma":
                return self._frame_resumed(cand, sent, after, stops)
            return cand
        start = self._content_start(m.end, sent, m.cue)
        if start is None and not self._quote_follows_at(si, sent, m):
            return None
        speaker = self._speaker_or_unnamed(np_s, np_e)
        if speaker is None:
            # "Most of them said Y": the phrase before the cue names no
            # actor, the clause's words may still name people.
            return self._unnamed_subject(si, sent, m, stops)
        if start is None:
            return self._quote_follows(si, sent, m, speaker)
        return self._finish(at, speaker, start, stops, _rules.X_SAID_THAT)

    def _asked_quotation_before(self, si: int) -> bool:
        """Whether sentence ``si - 1`` ends with '?' or '!' and a closing mark."""
        if si == 0:
            return False
        prev = self.sentences[si - 1]
        end = prev.end
        text = self.text
        while end > prev.start and text[end - 1].isspace():
            end -= 1
        return (
            end - 2 > prev.start and text[end - 1] in _CLOSERS and text[end - 2] in "?!"
        )

    def _after_quotation(
        self, at: _At, np_s: int, np_e: int, clause_s: int, rest: str
    ) -> _Cand | None:
        """'"Y." Ortiz said.': a bare frame after a quotation sentence.

        The frame is its own sentence (the quotation closed with a full
        stop) and opens with its subject; the quotation is the whole
        sentence before it, in the same paragraph.
        """
        si, sent, m = at
        text = self.text
        if rest != "end" or clause_s != sent.start or si == 0:
            return None
        prev = self.sentences[si - 1]
        if prev.paragraph != sent.paragraph:
            return None
        end = prev.end
        while end > prev.start and text[end - 1].isspace():
            end -= 1
        if text[prev.start] not in _OPEN_QUOTES or text[end - 1] not in _CLOSERS:
            return None
        if _CLOSE_FOR[text[prev.start]] != text[end - 1] or text.count(
            text[end - 1], prev.start + 1, end - 1
        ):
            # One quotation only, opened and closed by the sentence.
            return None
        stop = end - 1
        while stop > prev.start + 1 and text[stop - 1] in _TRAIL:
            stop -= 1
        speaker = self._speaker_or_unnamed(np_s, np_e)
        if speaker is None or stop - prev.start < 4:
            return None
        return _Cand(
            m.start,
            m.end,
            m.cue.base,
            speaker,
            prev.start + 1,
            stop,
            Mode.DIRECT,
            _rules.Y_X_SAID,
            si,
        )

    def _frame_closes(
        self, at: _At, stops: list[int], after: int, rest: str, clause_s: int
    ) -> bool:
        """Whether the cue and its subject close the sentence's frame ("Y, X said.")."""
        _, sent, m = at
        text = self.text
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
                and m.cue.recipient
                and sent.end - after < 160
                and self.text.find(" that ", after, sent.end) < 0
                # "Reached by phone, X told the Gazette he was not ...": the
                # clause after the listener is the content.
                and _BARE_CLAUSE.match(
                    text, after + (text[after : after + 1] == " "), sent.end
                )
                is None
            )
        )
        # "Briefing the media, Minister X said, the plan will ...": the
        # words before the subject are no content; what follows is.
        return at_end and not (rest == "comma" and self._opens_with_adjunct(sent))

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
            # Her words may run over several paragraphs, to the next block.
            pieces = unquoted_block(text, nxt.start)
            if not pieces:
                return None
            return _Cand(
                m.start,
                m.end,
                m.cue.base,
                speaker,
                nxt.start,
                pieces[-1][1],
                Mode.INDIRECT,
                _rules.X_SAID_QUOTE,
                si,
                parts=pieces if len(pieces) > 1 else (),
            )
        return self._block_quoted((m.start, m.end, m.cue.base), speaker, si, nxt.start)

    def _block_quoted(
        self, cue: tuple[int, int, str], speaker: str, si: int, opening: int
    ) -> _Cand | None:
        """The quotation opening at ``opening`` (maybe over paragraphs) as content.

        British and US style open every quoted paragraph and close only the
        last: each paragraph is a part, as EXTRACTION.md joins a quotation
        continued in the next paragraph.
        """
        pieces = block_quotation(self.text, opening)
        if pieces is None:
            return None
        return _Cand(
            *cue,
            speaker,
            pieces[0][0],
            pieces[-1][1],
            Mode.DIRECT,
            _rules.X_SAID_QUOTE,
            si,
            parts=pieces if len(pieces) > 1 else (),
        )

    # ------------------------------------------------------------------
    # constructions

    def _indefinite_source(self, described: int, np_s: int, np_e: int) -> bool:
        """Whether an article opens the source's descriptors and its head is common.

        "a port official", "one Cairo airport official": no one named.
        """
        text = self.text
        return (
            described < np_s
            and text[np_s : np_e + 1][:1].islower()
            and INDEFINITE_BEFORE.search(text, described, text.find(" ", described))
            is not None
        )

    def _adverb_only(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is only a sentence adverb ("In addition").

        It links the sentence to the one before and says nothing itself; a
        time or place ("Since last May, according to X, Y") stays content.
        """
        return self.text[start:end].strip(" ,").lower() in _COMMA_ADVERBS

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
        if (
            k == sent.start
            or text.endswith(("; ", ": "), 0, m.start)
            or self._adverb_only(self.floor, k)
        ):
            # "According to X, Y."; "In addition, according to X, Y": a
            # sentence adverb is no part of Y.
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
            cand = self._frame_before(
                _At(si, sent, m), speaker, m.start - 1, _rules.ACCORDING_TO
            )
            if cand is not None and comma >= 0:
                # "Since May, according to X, police have ...": Y1 and Y2.
                return self._frame_resumed(cand, sent, comma, stops, clause=True)
            return cand
        if comma < 0 and m.start - self.floor > 12:
            # "Income rose 1 percent in May according to estimates released
            # today by the Bureau.": no comma, the source closes the sentence.
            return self._frame_before(
                _At(si, sent, m), speaker, m.start, _rules.ACCORDING_TO
            )
        return None
