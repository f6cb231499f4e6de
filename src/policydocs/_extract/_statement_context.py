"""The statement finder's state and what it knows around a statement.

The base of the finder in ``_statements``: the run's state, transcript turns
and where their paragraph ends, the day a sentence names (one
:class:`~policydocs._statement_dates.StatementDays` index per sentence), the
day a statement carries, the owner of "the report", and nested candidates.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from .._statement_dates import StatementDays
from .._vocab import ActorKind, Mode
from . import _rules
from ._actors import is_person_title
from ._context import plain_spaces
from ._cues import CUES
from ._lexicon import word_set, words
from ._statement_patterns import (
    _ANSWER_TURN,
    _BARE_QUESTION,
    _DATA_FROM,
    _DAY_HINT,
    _FINITE,
    _OWNED_DOCUMENT,
    _Cand,
    _mentions_noun,
    _turn_cand,
    day_hint_starts,
    is_question_turn_label,
    turn_label,
    typeset_mark_pairs,
)
from ._statement_speech import title_people

if TYPE_CHECKING:
    import datetime as dt

    from ._actors import ActorRegistry
    from ._context import Context

__all__: list[str] = []

#: Lower-case words a speaker label's name may hold
#: ("Commissioner for Ports:").
_LABEL_LINKS: Final = word_set("statements_label_links")
#: One-word turn labels naming a part played on the call ("Operator:").
_ROLE_TURNS: Final = word_set("statements_role_turns")
_TOPIC_SUFFIXES: Final = words("statements_topic_suffixes")
#: A turn label of initials ("TC:", "JPM:").
_INITIALS: Final = re.compile(r"[A-Z]{2,4}")
#: A run of capitalised words and initials ("Lead Author Tainya C. Clarke"),
#: ending with a word.
_NAME_RUN: Final = re.compile(
    r"\b[A-Z][a-z]+(?:[ ](?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?))*[ ][A-Z][a-z]+\b"
)
_RUN_WORD: Final = re.compile(r"[A-Z][a-z.]*(?:-[A-Z][a-z]+)?")


#: A finite verb in the part of a label after its comma: a clause ("Still,
#: the plan remains stalled:"), where a title ("Ana Ortiz, Director of
#: Ports:") holds none.
_CLAUSE_VERB: Final = re.compile(rf"(?i:\b(?:{_FINITE})\b)")


class _Turn(NamedTuple):
    """A transcript turn being read: its label and where it ends."""

    sentence: int
    label: re.Match[str]
    end: int
    transcript: bool
    #: Where the first turn starts: an answer's speaker is named before it.
    first: int


class _FinderState:
    """The statement finder's state and what it knows around a statement."""

    def __init__(self, ctx: Context, registry: ActorRegistry) -> None:
        self.ctx = ctx
        # Typewriter quotation marks ('') read as curly ones (same offsets).
        typeset, self.inner_marks = typeset_mark_pairs(ctx.text)
        # A no-break space (web copy: "Trump\xa0said") reads as a space, so
        # every pattern's "[ ]" sees it; output is still cut from ``ctx.text``.
        self.text = plain_spaces(typeset)
        self.folded = plain_spaces(ctx.folded)
        self.reg = registry
        self.sentences = ctx.sentences
        self.starts = [s.start for s in ctx.sentences]
        self.prev_speaker: str | None = None
        self.prev_document: str | None = None
        self.cands: list[_Cand] = []
        # Start of the text a "Y, X said" frame may claim in this sentence.
        self.floor = 0
        self.day_cache: dict[int, dt.date | None] = {}
        self.day_index: dict[int, StatementDays] = {}
        self.turn_day: dt.date | None = None
        self.hinted: list[int] | None = None
        self.paragraph_last: list[int] | None = None
        # (index in cands, end of its first paragraph) of a transcript's last turn.
        self.last_turn: tuple[int, int] | None = None
        # The words naming the source of the cue being read (see _speaker).
        self.subject_span: tuple[int, int] | None = None
        # Whether another main cue follows the one being read in its sentence.
        self.cue_follows = False
        # Who an unquoted "I" is: the speaker a speech's title names.
        self.speech_speaker: str | None = None

    def _sentence_of(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i < 0 or pos >= self.sentences[i].end:
            return None
        return i

    def _turns(self, cands: list[_Cand], blocked: list[tuple[int, int]]) -> None:
        """Transcript turns: ``Label: words`` at the start of a line.

        A label is a speaker when it starts with a title, names a known actor,
        or the text has several such lines (a transcript); "Q:" and
        "Reporter:" turns are questions, skipped with everything inside them.
        A turn runs to the next turn of its paragraph or the paragraph's end.
        """
        heads = self._turn_heads()
        # Several labels, or one in capitals ("ADMINISTRATOR ORTIZ:"), as
        # transcripts print them.
        transcript = (
            len(heads) >= 2
            or any(
                not q and m.group(1).isupper() and len(m.group(1)) > 3
                for _, m, q in heads
            )
        ) and not self._field_block(heads)
        people = title_people(self.ctx.title) if heads else []
        for name, title in people:
            # "MS. ORTIZ:" is the "Press Secretary Ana Ortiz" of the title.
            self.reg.title_person(name, title)
        if heads:
            # A transcript's heading names the day of the whole briefing; a
            # transcript that names none is taken as published that day.
            self.turn_day = self.ctx.published
            for si in range(min(heads[0][0], 12)):
                day = self._day_of(si)
                if day is not None:
                    self.turn_day = day
                    break
        for k, (si, m, question) in enumerate(heads):
            if transcript:
                nxt = heads[k + 1][0] if k + 1 < len(heads) else len(self.sentences)
                end = self._turn_end(si, nxt)
                if k + 1 == len(heads):
                    # The last turn may end where a story's narration resumes
                    # (see _close_last_turn).
                    self.last_turn = (len(cands), self._paragraph_end(si))
            else:
                end = self._paragraph_end(si)
            if question:
                blocked.append((m.end(), end))
                continue
            first = self.sentences[heads[0][0]].start
            self._turn(_Turn(si, m, end, transcript, first), people, cands, blocked)

    def _common(self, label: str) -> bool:
        """Whether the text also writes every word of ``label`` in lower case."""
        return all(
            re.search(rf"(?<![A-Za-z]){re.escape(w.lower())}(?![A-Za-z])", self.text)
            for w in label.split()
        )

    def _field_block(self, heads: list[tuple[int, re.Match[str], bool]]) -> bool:
        """Whether labelled lines are a form's fields, not a transcript's turns.

        A rule's burden statement ("Form Number: N/A.", "Total Annual Cost:
        $450,000.") labels each line with a different field. People in a
        transcript speak more than once, are asked questions, or carry a
        title or a known name; fields do none of that. So three or more
        labels, all different, none asking, titled or known, are fields. Two
        such labels are fields too when the text writes each of their words in
        lower case elsewhere, so they are common nouns, not names: a press
        release's run-in headings ("Market Access: Cooperation ..."); and when
        they follow a line that ends with a colon ("will focus on two areas:")
        and each names a topic by an abstract noun: the items of its list.
        """
        labels = [m.group(1) for _, m, _ in heads]
        if len(heads) < 2 or (
            len(heads) == 2
            and not all(map(self._common, labels))
            and not (
                self._after_colon(heads[0][0])
                and all(label.lower().endswith(_TOPIC_SUFFIXES) for label in labels)
            )
        ):
            return False
        if len({label.lower() for label in labels}) < len(labels):
            return False
        return not any(
            question
            or ", " in label
            or is_person_title(label.split()[0])
            or self.reg.kind_of(label) is not None
            for label, (_, _, question) in zip(labels, heads, strict=True)
        )

    def _after_colon(self, si: int) -> bool:
        """Whether the text before sentence ``si``'s line ends with a colon."""
        j = self.sentences[si].start
        while j > 0 and self.text[j - 1].isspace():
            j -= 1
        return j > 0 and self.text[j - 1] == ":"

    def _turn_heads(self) -> list[tuple[int, re.Match[str], bool]]:
        """(sentence, label match, is a question) of each line opening a turn."""
        text = self.text
        heads: list[tuple[int, re.Match[str], bool]] = []
        for si, sent in enumerate(self.sentences):
            j = sent.start
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if j > 0 and text[j - 1] != "\n":
                continue
            # The label may hold a full stop ("ENGR. BELLO HASSAN:"), so look
            # past the sentence, to the line's end.
            line_end = text.find("\n", sent.start, sent.start + 200)
            m = turn_label(
                text, sent.start, line_end if line_end >= 0 else sent.start + 200
            ) or _BARE_QUESTION.match(text, sent.start)
            if m is None:
                continue
            label = m.group(1)
            if label.rsplit(" ", 1)[-1].lower() in CUES:
                # "Ana Ortiz, Commissioner for Ports, said: ...": a frame.
                continue
            title = label.split(", ", 1)[1] if ", " in label else ""
            if _CLAUSE_VERB.search(title) is not None:
                # "Still, the plan remains stalled: ...", "Now, with X, the
                # party confronts a choice: ...": a clause, no title.
                continue
            question = is_question_turn_label(m.group(1))
            # A name part is capitalised; a title after a comma need not be
            # ("Zheng Hao, deputy head of the ... Commission:").
            words = label.split(", ", 1)[0].split()
            if not question and not all(
                w[:1].isupper() or w.lower() in _LABEL_LINKS for w in words
            ):
                continue
            heads.append((si, m, question))
        return heads

    def _turn(
        self,
        turn: _Turn,
        people: list[tuple[str, str]],
        cands: list[_Cand],
        blocked: list[tuple[int, int]],
    ) -> None:
        """One answer or speaker's turn: its label's speaker says the turn."""
        text = self.text
        si, m, end = turn.sentence, turn.label, turn.end
        body = m.end()
        # "Minister of Power, Chief Adebayo Adelabu:" names the person
        # after the comma, "Chen Bo, spokesperson of the SCIO:" before it.
        name_start, name_end = m.start(1), m.end(1)
        title_span: tuple[int, int] | None = None
        comma = text.find(", ", m.start(1), m.end(1))
        if comma >= 0:
            left = text[m.start(1) : comma]
            if self.reg.looks_like_name(left):
                name_end = comma
                title_span = (comma + 2, m.end(1))
            else:
                name_start = comma + 2
                title_span = (m.start(1), comma)
        label = text[name_start:name_end]
        if label.lower() in _ANSWER_TURN:
            # "Q: ... A: ...": the answers are the interviewee's, the
            # person the text last named before the turn.
            # Named before the first turn: a question may name others.
            speaker = people[0][0] if people else self.reg.recent_person(turn.first)
            if speaker is not None and end > body:
                cands.append(_turn_cand(m, si, speaker, body, end))
            return
        titled = is_person_title(label.split()[0]) or comma >= 0
        initialled = (
            self._initialled(label, turn.first)
            if turn.transcript and _INITIALS.fullmatch(label)
            else None
        )
        if initialled is not None:
            # "TC:" is the "Tainya C. Clarke" the heading introduced.
            cands.append(_turn_cand(m, si, initialled, body, end))
            return
        role = turn.transcript and label.lower() in _ROLE_TURNS
        if not (titled or role or self.reg.kind_of(label) is not None):
            if self._asking_turn(turn, label):
                # "Bloomberg News: ... Will rates rise?": a question, skipped
                # with the cues inside it.
                blocked.append((body, end))
                return
            if not (turn.transcript and len(label.split()) > 1):
                return
        # A bare name that labels a turn is a person ("Mao Ning:").
        kind = ActorKind.PERSON if self.reg.looks_like_name(label) else ActorKind.GROUP
        family = label.split()[-1].lower()
        office = label.lower().removeprefix("the ")
        speaker = next(
            (
                n
                for n, t in people
                # "THE PRESIDENT:" under "Remarks by President Ortiz" is Ortiz,
                # "THE SECRETARY:" the title's "Secretary of Energy".
                if n.split()[-1].lower() == family
                or t.lower() == office
                or t.lower().startswith(f"{office} of ")
            ),
            None,
        ) or self.reg.mention(name_start, name_end, kind=kind)
        if speaker is None or end <= body:
            return
        if title_span is not None:
            self.reg.add_title(speaker, text[title_span[0] : title_span[1]])
        cand = _turn_cand(m, si, speaker, body, end)
        cands.append(cand._replace(speaker_span=(m.start(1), m.end(1))))

    def _initialled(self, letters: str, first: int) -> str | None:
        """The person a label of initials stands for, named before the first turn.

        A transcript may label its turns by initials ("TC:") after a heading
        that names the person in full ("Questions for Lead Author Tainya C.
        Clarke"): the last name before the first turn whose initials, of all
        its parts or of its first and last, are the label's.
        """
        found: tuple[int, int] | None = None
        for m in _NAME_RUN.finditer(self.text, 0, first):
            words = list(_RUN_WORD.finditer(m.group()))
            # "Lead Author Tainya C. Clarke": the name is a tail of the run.
            for i in range(len(words) - 1):
                initials = "".join(w.group()[0] for w in words[i:])
                if words[i].group()[-1] != "." and letters in {
                    initials,
                    initials[0] + initials[-1],
                }:
                    found = (m.start() + words[i].start(), m.end())
                    break
        if found is None:
            return None
        return self.reg.mention(found[0], found[1], kind=ActorKind.PERSON)

    def _asking_turn(self, turn: _Turn, label: str) -> bool:
        """Whether the transcript turn of an untitled, unknown label asks.

        It does when it ends with "?", or, under a one-word label (an outlet:
        "Reuters: ... What is China's response?"), when it holds a "?".
        """
        if not turn.transcript:
            return False
        words = self.text[turn.label.end() : turn.end]
        return words.rstrip().endswith("?") or (
            len(label.split()) <= 1 and "?" in words
        )

    def _close_last_turn(self, cands: list[_Cand]) -> None:
        """End a transcript's last turn before narration that quotes another source.

        The last turn runs to the text's end unless a later paragraph holds a
        statement by someone else ("Premier Li urged ..."): a transcript
        quoted in a story, whose narration resumes there.
        """
        if self.last_turn is None:
            return
        idx, first_end = self.last_turn
        if idx >= len(cands) or cands[idx].rule != _rules.TRANSCRIPT_TURN:
            return
        turn = cands[idx]
        others = [
            c.cue_start
            for c in cands
            if first_end < c.cue_start < turn.content_end
            and c.rule != _rules.TRANSCRIPT_TURN
            and c.speaker  # neither None nor unresolved
            and c.speaker != turn.speaker
            # Named in its own sentence, not a "we" or "he" of the turn.
            and c.speaker.split()[-1]
            in self.text[self.sentences[c.sentence].start : c.cue_start]
        ]
        if not others:
            return
        si = self._sentence_of(min(others))
        if si is None:
            return
        para = self.sentences[si].paragraph
        while si > 0 and self.sentences[si - 1].paragraph == para:
            si -= 1
        end = self.sentences[si - 1].end if si > 0 else first_end
        cands[idx] = turn._replace(content_end=max(first_end, end))

    def _turn_end(self, si: int, nxt: int) -> int:
        """Where the turn opening sentence ``si`` ends: before the next label.

        A turn runs across paragraphs, short of a line without lower-case
        words ("END 2:14 P.M.", a section heading in capitals).
        """
        sentences = self.sentences
        last = nxt - 1
        while last > si and not any(
            ch.islower()
            for ch in self.text[sentences[last].start : sentences[last].end]
        ):
            last -= 1
        return sentences[last].end

    def _paragraph_end(self, si: int) -> int:
        """The end of the last sentence of sentence ``si``'s paragraph."""
        if self.paragraph_last is None:
            # One backward pass: each sentence's last paragraph-mate, so a
            # paragraph of many turns costs its length once, not per turn.
            sentences = self.sentences
            last = list(range(len(sentences)))
            for j in range(len(sentences) - 2, -1, -1):
                if sentences[j + 1].paragraph == sentences[j].paragraph:
                    last[j] = last[j + 1]
            self.paragraph_last = last
        return self.sentences[self.paragraph_last[si]].end

    def _document_owner(self, pos: int, noun: str) -> str | None:
        """Who issued "the <noun>".

        As introduced ("X released the plan"), else the speaker of a recent
        statement whose content names such a document ("China has released a
        plan ..., the ministry said").
        """
        owner = self.reg.document_owner(pos, noun)
        if owner is not None:
            return owner
        text = self.text
        for c in reversed(self.cands[-20:]):
            if c.content_start < pos and _mentions_noun(text, c, noun):
                return c.speaker
        return self._owned_before(pos, noun)

    def _owned_before(self, pos: int, noun: str) -> str | None:
        """Who owns a document named before as "X's <noun>" ("the FTC's complaint").

        Looks back over a bounded window and at most a few earlier uses of
        the noun, so "according to the complaint" stays cheap.
        """
        text = self.text
        lo = max(0, pos - 3000)
        k = pos
        for _ in range(8):
            k = self.folded.rfind(noun, lo, k)
            if k < 0:
                return None
            om = _OWNED_DOCUMENT.search(text, max(lo, k - 40), k + len(noun))
            if om is not None:
                owner = self.reg.phrase_before(om.start())
                if owner is not None and text[owner[0]].isupper():
                    return self.reg.resolve(owner[0], owner[1])
        return None

    def _data_owner(self, pos: int) -> str | None:
        """Who released the data last tied to a source before ``pos``.

        "New data from the Office for Port Statistics show ... The figures
        reveal that Y": the office. Looks back over a bounded window only.
        """
        text = self.text
        owner = None
        for m in _DATA_FROM.finditer(text, max(0, pos - 3000), pos):
            ph = self.reg.phrase_after(m.end())
            name = "" if ph is None else text[ph[0] : ph[1]].removeprefix("the ")
            if ph is not None and name[:1].isupper():
                # "the Office for Port Statistics (OPS)": the name, not its acronym.
                bracket = text.find(" (", ph[0], ph[1])
                owner = ph[0], bracket if bracket > 0 else ph[1]
        return None if owner is None else self.reg.resolve(*owner)

    @staticmethod
    def _drop_nested(cands: list[_Cand], blocked: list[tuple[int, int]]) -> list[_Cand]:
        spans = sorted([(c.content_start, c.content_end) for c in cands] + blocked)
        starts = [s for s, _ in spans]
        # Running maximum of ends, so a query is a bisect plus a lookup.
        maxend: list[int] = []
        cur = -1
        for _, e in spans:
            cur = max(cur, e)
            maxend.append(cur)
        out: list[_Cand] = []
        seen: set[tuple[int, int]] = set()
        rescued = _mutual_winners(cands)
        for c in cands:
            i = bisect.bisect_left(starts, c.cue_start) - 1
            if i >= 0 and maxend[i] > c.cue_start:
                own = c.content_start <= c.cue_start < c.content_end
                partner = rescued.get(id(c))
                # An aside sits inside its own content; only another
                # statement's content (a few spans back) can hold it.
                if (not own and partner is None) or any(
                    s <= c.cue_start < e
                    and (s, e) != (c.content_start, c.content_end)
                    and (s, e) != partner
                    for s, e in spans[max(0, i - 8) : i + 1]
                ):
                    continue
            key = (c.content_start, c.content_end)
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
        return out

    def _day_of(self, si: int) -> dt.date | None:
        """The statement day sentence ``si`` names (cached: one scan each)."""
        if si in self.day_cache:
            return self.day_cache[si]
        published = self.ctx.published
        sent = self.sentences[si]
        day = None
        if published is not None and _DAY_HINT.search(self.text, sent.start, sent.end):
            day = self._days_in(si, published).find(sent.start, sent.end)
        self.day_cache[si] = day
        return day

    def _days_in(self, si: int, published: dt.date) -> StatementDays:
        """The statement-day index of sentence ``si`` (built once, on first need)."""
        index = self.day_index.get(si)
        if index is None:
            sent = self.sentences[si]
            index = StatementDays(self.text, sent.start, sent.end, published)
            self.day_index[si] = index
        return index

    def _date_for(self, c: _Cand) -> dt.date | None:
        """The day named around the cue (outside the content), else carried."""
        published = self.ctx.published
        if published is None:
            return None
        if self._day_of(c.sentence) is not None:
            sent = self.sentences[c.sentence]
            text = self.text
            # Around the cue only: before the content of "X said on Monday
            # that Y", after the content of "Y, X said on Monday".
            if c.content_end <= c.cue_start:
                ranges = ((c.content_end, sent.end),)
            else:
                ranges = ((sent.start, c.content_start),)
            for lo, hi in ranges:
                if hi - lo > 2 and _DAY_HINT.search(text, lo, hi) is not None:
                    day = self._days_in(c.sentence, published).find(lo, hi)
                    if day is not None:
                        return day
        if c.rule == _rules.TRANSCRIPT_TURN:
            return self.turn_day
        return self._carried(c)

    def _carried(self, c: _Cand) -> dt.date | None:
        published = self.ctx.published
        if published is None or c.speaker is None:
            return None
        if self.hinted is None:
            # Sentences that may name a day, found in one pass over the text.
            marks = {self._sentence_of(start) for start in day_hint_starts(self.text)}
            self.hinted = sorted(si for si in marks if si is not None)
        # The last earlier sentence (at most 60 back) naming a day and
        # mentioning the speaker.
        i = bisect.bisect_left(self.hinted, c.sentence) - 1
        while i >= 0 and self.hinted[i] >= c.sentence - 60:
            si = self.hinted[i]
            i -= 1
            day = self._day_of(si)
            sent = self.sentences[si]
            if day is not None and self.reg.mentioned_in(
                c.speaker, sent.start, sent.end
            ):
                return day
        return None


def _holds(c: _Cand, pos: int) -> bool:
    return c.content_start <= pos < c.content_end


def _mutual_winners(cands: list[_Cand]) -> dict[int, tuple[int, int]]:
    """Of two statements that each hold the other's cue, the one that stays.

    Each would drop the other ("Ortiz said on Monday that the fees were
    unfair, given her earlier comments": "comments" read as a closing frame
    holds "said"), so both were lost. One of them misreads its sentence; the
    earlier cue opens the sentence's attribution and stays, unless it sits
    inside the other's quotation ('"The levy is what the owners
    recommended," said Dalton'). Maps the winner's ``id`` to the loser's
    content span, the one span that may hold the winner's cue.
    """
    won: dict[int, tuple[int, int]] = {}
    for k, a in enumerate(cands):
        # Candidates come in text order: a partner is among the next few.
        for b in cands[k + 1 : k + 9]:
            if b.sentence != a.sentence or not (
                _holds(a, b.cue_start) and _holds(b, a.cue_start)
            ):
                continue
            first, second = (a, b) if a.cue_start < b.cue_start else (b, a)
            if second.mode is Mode.DIRECT and first.mode is not Mode.DIRECT:
                first, second = second, first
            won[id(first)] = (second.content_start, second.content_end)
    return won
