"""Where a statement's content starts and ends, and how it is cut.

A layer of the statement finder (``_statements``) above its subject reading:
the content after a cue (skipping adjuncts and a listener, "that", a colon;
strict cues need a clause, a quotation or, for "describe" and "call", "as"
or a quotation after their object), the content before a closing frame
(``"Y," X said`` keeps the quoted words), a quotation a colon introduces,
and the cut of an indirect content at a second predicate or where the
speaker resumes its own clause.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._vocab import Mode
from . import _rules
from ._lexicon import choice, word_set
from ._statement_cues import title_case_line
from ._statement_patterns import (
    _BARE_CLAUSE,
    _CLOSERS,
    _FINITE,
    _FINITE_WORD,
    _FORECAST_CUES,
    _FORECAST_OBJECT,
    _NEXT_PREDICATE,
    _OBJECT_TO,
    _OBJECT_TO_CUES,
    _OPEN_FOR,
    _OPEN_QUOTES,
    _RECIPIENT,
    _TRAIL,
    _TRAIL_INDIRECT,
    _At,
    _Cand,
    quotation_close,
)
from ._statement_subjects import _Subjects

if TYPE_CHECKING:
    from ._context import Sentence
    from ._cues import Cue

__all__: list[str] = []

#: The copula of a pseudo-cleft after its cue: "(What I said) was that Y".
_CLEFT_COPULA: Final = re.compile(r"(?:is|was)[ ](?=that[ ])")
#: "What" opening the clause of a cue, no comma between: "What we argued".
_WHAT_BEFORE: Final = re.compile(r"(?:^|(?<=[ ]))[Ww]hat[ ][^,;:]{1,70}\Z")
#: "described X as Y": up to eight words of an object (commas too), then "as".
_DESCRIBED_AS: Final = re.compile(r"(?:[\w'’.\-]{1,30},?[ ]){0,8}as[ ]")
#: 'called X "Y"': up to eight words of an object (an appositive's commas
#: too: 'called Ray Dalton, her rival, a "wrecker"'), then a quotation.
_CALLED_QUOTED: Final = re.compile(
    r"(?:[\w'’.\-]{1,30},?[ ]){1,8}(?:a[ ]|an[ ])?[“\"‘]"
)
#: "called him divisive": an object pronoun, then a word that is no
#: preposition or particle (the complement judging the object).
_CALLED_PRONOUN: Final = re.compile(
    rf"(?:{choice('statements_object_pronouns')})[ ]"
    rf"(?!(?:{choice('statements_not_complements')})\b)[a-z]"
)
#: "expressed (his) concerns about": a stance noun as the object of "express".
_EXPRESSED_STANCE: Final = re.compile(
    rf"(?:(?:{choice('statements_stance_modifiers')})[ ]){{0,3}}"
    rf"(?:{choice('statements_attitude_nouns')})\b"
)
#: Cues that are far more often nouns ("other states voting Tuesday are",
#: "Rust Belt states that have"): a clause without "that" is no content.
_THAT_ONLY_CUES: Final = word_set("statements_that_only_cues")
#: Cues whose noun-phrase object is their content ("denied any wrongdoing").
_OBJECT_CUES: Final = word_set("statements_object_cues")
#: Such an object: not a pronoun, an infinitive or a thing withheld ("denied
#: them entry", "confirmed it", "confirmed to reporters").
_NP_OBJECT: Final = re.compile(
    r"(?!(?:" + choice("statements_not_np_objects") + r")\b)"
    r"[A-Za-z£$€\d“\"‘]"
)
#: A noun with a relative clause and nothing after it: "answer any questions
#: you have", "know the risks we face." (the pronoun's verb is the last).
_RELATIVE_OBJECT: Final = re.compile(
    r"(?:(?!(?:you|we|they|I|he|she)[ ])[A-Za-z][\w'’\-]{0,25}[ ]){1,4}"
    r"(?:you|we|they|I|he|she)[ ][a-z]{2,20}"
    rf"(?:[ ](?!(?:{_FINITE})\b)[a-z]{{1,20}}){{0,3}}[ .!?]*\Z"
)
#: Where a stance's object ends: "concerns about hiring, because ...",
#: "his opposition to the plan and all members but one agreed that ...".
_STANCE_END: Final = re.compile(
    r"[,;]|[ ](?:" + choice("statements_stance_ends") + r")[ ]"
)
#: An adjunct opening a sentence, up to its comma: "In May", "After the vote".
_OPENING_ADJUNCT: Final = re.compile(
    r"(?:In|On|At|After|Before|During|Since|Following|With|From|For|Over|Under|"
    r"Despite|Amid|By|Until|Through|Throughout|Earlier|Later)[ ][^,;:]{1,60}\Z"
)
#: An adjunct of place, time or medium before a that-clause ("on television
#: that"); after "to", "about" or "with" a "that" is mostly relative ("add
#: to the $4 million that the Board announced").
_PLACE_OR_TIME: Final = re.compile(
    r"[ ]?(?:" + choice("statements_place_or_time_leads") + r")[ ]"
)
#: "to" and a listener after a cue ("wrote to the minister that Y", "said to
#: reporters that Y"), not an infinitive ("said to be").
_TO_LISTENER: Final = re.compile(
    r"[ ]?to[ ](?:(?:" + choice("statements_listener_determiners") + r")[ ][A-Za-z]"
    r"|[A-Z]|[a-z]{2,20}s[ ,.])"
)
#: A break before a quotation that ends a frame's content: the words before
#: it are another sentence, an aside or a label, not the quotation's clause.
_CLAUSE_BREAK: Final = re.compile(r"[!?:;()\n\u00a0]|[a-z]{3}\.[ ]")
#: A sentence adverb between commas right after a cue ("said, however, that").
_ADVERB_ASIDE: Final = re.compile(rf",[ ](?:{choice('statements_comma_adverbs')}),[ ]")
#: Cues that "to" turns into another verb ("adds to the costs that ...").
_TO_PHRASAL: Final = word_set("statements_to_phrasal_cues")
#: An appositive summing up the content: a determiner, up to two modifiers,
#: a noun of saying, then a relative or subject word, a name, a participle
#: or the content's end.
_SUMMARY: Final = re.compile(
    rf",[ ](?:(?:{choice('statements_noun_determiners')})[ ])?(?:[a-z\-]+[ ]){{0,2}}"
    rf"(?:{choice('statements_summary_nouns')})"
    rf"(?:[ ](?:{choice('statements_summary_links')})\b"
    r"|[ ][A-Z]|[ ][a-z]+ed[ ]|(?=[.,;]?\Z))"
)
#: A question word and an infinitive: "what to do", "how to apply".
_WH_INFINITIVE: Final = re.compile(r"(?:what|how|where|when|whether|why|which)[ ]to[ ]")
#: A preposition opening an adjunct after a cue ("on television", "about X").
_PREPOSITION: Final = re.compile(
    r"[ ]?(?:" + choice("statements_adjunct_prepositions") + r")[ ]"
)
#: "a group called": a noun with an indefinite article before "called".
_NAMED_THING: Final = re.compile(
    r"\b(?:a|an)[ ][a-z]{1,30}[ ][Cc]all(?:ed|s)?[ ]{1,3}\Z"
)


#: Cues of evidence that take a small clause ("showed Ortiz leading").
_EVIDENCE_CUES: Final = word_set("statements_evidence_cues")
#: A small clause: up to four words of an object (no determiner but the
#: first: "the growing cost" is a noun phrase), then a participle or a
#: particle of position ("Ortiz leading", "Ortiz up by 10 points").
_SMALL_CLAUSE: Final = re.compile(
    rf"(?:(?:{choice('statements_noun_determiners')})[ ])?"
    rf"(?:(?!(?:{choice('statements_small_clause_stops')})[ ])"
    r"[A-Za-z][\w.'’\-]{0,25}[ ]){1,4}?"
    rf"(?:[a-z]{{2,20}}ing|{choice('statements_small_clause_particles')})[ ]"
)


class _Contents(_Subjects):
    """The finder's content reading (a layer of the statement finder)."""

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
                # Straight quotes: the opening one is the last unpaired one;
                # with none, a curly one the hand-edited copy closed straight
                # ('“Y," he said').
                o = self._straight_open(q, sent.start)
                if (
                    o < 0
                    and text[sent.start] == "“"
                    and "”" not in text[sent.start : q]
                ):
                    o = sent.start
            elif text[q] == "”" and (o < 0 or o < text.rfind('"', o + 1, q)):
                # Mixed marks, a straight opener closed by a curly one
                # ('"Y,” X said'), as copy edited by hand often has.
                o = self._straight_open(q, sent.start)
            if (
                o >= start
                and any(ch.isalnum() for ch in text[start:o])
                and _CLAUSE_BREAK.search(text, start, o) is None
                # 'He said that he was "Y," the Post reported': a cue before
                # the quotation has its own content; the frame keeps Y.
                and not self._cue_read_between(si, start, o)
            ):
                # 'The bill's failure was "heartbreaking," she said': the
                # quotation closes a clause it does not open; the clause is
                # the content, its marks and all.
                end = q + 1
            elif o >= 0:
                start, end, mode = o + 1, q, Mode.DIRECT
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
        if (
            end - start < 3
            or (
                mode is Mode.INDIRECT
                # "In any case, X said, Y" goes on: the frame resumes after it.
                and "," not in text[m.end : sent.end]
                and _OPENING_ADJUNCT.match(text, start, end) is not None
                and _FINITE_WORD.search(text, start, end) is None
            )
        ):
            # "In May, the Board said.": an opening adjunct is no content.
            return None
        return _Cand(m.start, m.end, m.cue.base, speaker, start, end, mode, rule, si)

    def _cue_read_between(self, si: int, start: int, end: int) -> bool:
        """Whether a statement of sentence ``si`` has its cue in ``[start, end)``.

        Candidates come in text order, so only the last ones are looked at.
        """
        for c in reversed(self.cands):
            if c.sentence != si:
                return False
            if start <= c.cue_start < end:
                return True
        return False

    def _finish(
        self, at: _At, speaker: str, start: int, stops: list[int], rule: str
    ) -> _Cand | None:
        si, sent, m = at
        text = self.text
        if start < sent.end and text[start] in _OPEN_QUOTES:
            q = quotation_close(text, start, sent.end + 1)
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
        semi = text.find("; ", start, end)
        if semi - start >= 8 and text[start] not in _OPEN_QUOTES:
            # "X estimates that Y; approximately Z was due to ...": a
            # semicolon ends the reported clause.
            end = semi
        summary = _SUMMARY.search(text, start, end)
        if summary is not None and text[start] not in _OPEN_QUOTES:
            # "X said taxes would fall, a claim critics doubt": the
            # appositive sums the content up in the reporter's words.
            end = summary.start()
        line_end = text.find("\n", start, end)
        if line_end > start and title_case_line(text, m.start):
            # "Ortiz Says She Will Run\nAna Ortiz said ...": a headline's
            # content ends with its line.
            end = line_end
        quote_end = self._quotation_end(m.start, sent)
        if start < quote_end < end:
            # '"I think she is right," the mayor said': a cue inside a
            # quotation attributes no further than the quotation.
            end = quote_end
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
            q = quotation_close(text, start, para_end + 1)
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
        if m.cue.base == "express":
            # A stance is a noun phrase: the next clause is no part of it.
            cut = _STANCE_END.search(text, start, end)
            end = cut.start() if cut is not None else end
        while end > start and text[end - 1] in _TRAIL_INDIRECT:
            end -= 1
        if end - start < 3:
            return None
        return _Cand(
            m.start, m.end, m.cue.base, speaker, start, end, Mode.INDIRECT, rule, si
        )

    # ------------------------------------------------------------------
    # pieces

    def _past_passive_agent(self, pos: int, end: int) -> int:
        """``pos``, or past a "by" phrase to its "that"; -1 when "by" opens no clause.

        "the debt held by the public has fallen", "loans reported by banks
        rose": a participle with its agent modifies a noun; "by" opens the
        source of a passive, never what is said. "said by way of summary
        that Y" still reads its clause.
        """
        if not self.text.startswith("by ", pos):
            return pos
        k = self._that_ahead(pos, end)
        return k if k > pos else -1

    def _content_start(self, pos: int, sent: Sentence, cue: Cue) -> int | None:
        text = self.text
        pos = self._skip_adjuncts(pos, sent.end)
        aside = _ADVERB_ASIDE.match(text, pos, sent.end)
        if aside is not None:
            # "X said, however, that Y": the adverb between commas is no content.
            pos = aside.end()
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
        elif _PREPOSITION.match(text, pos) is not None:
            # "declared on national television that Y", "added about the
            # ferry: "Y"": a short adjunct, then the clause or quotation.
            pos = self._past_adjunct(
                pos, sent.end, listener=cue.base not in _TO_PHRASAL
            )
        while pos < sent.end and text[pos] in " :,":
            pos += 1
        cleft = _CLEFT_COPULA.match(text, pos, sent.end)
        if cleft is not None and _WHAT_BEFORE.search(
            text, max(sent.start, pos - 80), pos
        ):
            # "What I want to say today is that Y": the copula of the
            # pseudo-cleft is no content; "that" is read next.
            pos = cleft.end()
        pos = self._past_passive_agent(pos, sent.end)
        if pos < 0:
            return None
        strict_ok = False
        if text.startswith(("that ", "that, "), pos):
            # "agreed that, in assessing the outlook, they would ...".
            pos += 6 if text[pos + 4] == "," else 5
            strict_ok = True
        elif (
            pos < sent.end
            and text[pos] in _OPEN_QUOTES
            and (":" in text[pos - 3 : pos] or "," in text[pos - 3 : pos])
        ):
            # 'X commented: "Y"', 'X stated, "Y"' attribute as surely as "that".
            strict_ok = True
        elif self._object_attributes(pos, sent, cue):
            strict_ok = True
        if cue.strict and not strict_ok:
            return None
        if cue.base in _OBJECT_TO_CUES and not _OBJECT_TO.match(text, pos, sent.end):
            # "asked investors to speed up": a request; "ask for your
            # deliberation" and "asked about tariffs" are not statements.
            return None
        if pos >= sent.end - 2 or _WH_INFINITIVE.match(text, pos) is not None:
            # "tell them what to do", "explained how to apply": no claim.
            return None
        return pos

    def _object_attributes(self, pos: int, sent: Sentence, cue: Cue) -> bool:
        """Whether what follows a cue at ``pos`` (no "that", no quotation) is content.

        A forecast's object, a clause without "that", a judgment ("described
        X as Y", 'called X "Y"'), an object with its own predicate, an object
        that is itself the content, a stance.
        """
        text = self.text
        if cue.base in _FORECAST_CUES and _FORECAST_OBJECT.match(text, pos, sent.end):
            # "The IMF expects the economy to grow 3.5 percent", "We expect 1%
            # less gas will be produced": a forecast with its object;
            # "expects to finish" is an intention, no content.
            return True
        if (
            cue.strict
            and cue.base not in _THAT_ONLY_CUES
            and _BARE_CLAUSE.match(text, pos, min(sent.end, pos + 90))
            and not _RELATIVE_OBJECT.match(text, pos, sent.end)
        ):
            # "The Board judges it's time to ...", "He added the fund would
            # ...", "Data showed exports rose ...": a clause without "that".
            return True
        if (cue.base == "describe" and _DESCRIBED_AS.match(text, pos, sent.end)) or (
            cue.base == "call"
            and (
                _CALLED_QUOTED.match(text, pos, sent.end)
                # "called him divisive", "calling them a risk": a pronoun
                # object and its complement; not "called him on Monday".
                or _CALLED_PRONOUN.match(text, pos, sent.end)
            )
            # "a group called the Harbor Friends" names, it judges nothing.
            and _NAMED_THING.search(text, max(0, pos - 40), pos) is None
        ):
            # "described the levy as a tax on the poor", 'called the plan
            # "a disgrace"': a judgment the source names.
            return True
        if cue.base in _EVIDENCE_CUES and _SMALL_CLAUSE.match(text, pos, sent.end):
            # "The poll showed Ortiz leading the field", "Polls show Ortiz up
            # by 10 points": an object with its own predicate.
            return True
        if cue.base in _OBJECT_CUES and _NP_OBJECT.match(text, pos, sent.end):
            # "The Government confirms £200m for ...", "X denied any
            # wrongdoing": the object, as after "announce".
            return True
        # "expressed concerns about Y", "expressed his opposition to Y": the
        # stance and what it is about; "expressed the goods" is none.
        return (
            cue.base == "express"
            and _EXPRESSED_STANCE.match(text, pos, sent.end) is not None
        )

    def _past_adjunct(self, pos: int, end: int, *, listener: bool = True) -> int:
        """After a short adjunct, the "that" of a clause or a colon's quotation.

        ``pos`` itself when neither follows within the adjunct's few words.
        """
        text = self.text
        k = -1
        if _PLACE_OR_TIME.match(text, pos) or (
            listener and _TO_LISTENER.match(text, pos)
        ):
            # The adjunct may hold a quoted name ("on NBC's “Meet the Press”").
            k = text.find(" that ", pos, min(end, pos + 100)) + 1
            if k <= pos or any(ch in ",.;:" for ch in text[pos:k]):
                k = -1
        q = k + 6 if k > pos and text[k + 5 : k + 6] in _OPEN_QUOTES else k + 5
        if k > pos and _BARE_CLAUSE.match(text, q, min(end, q + 90)):
            # 'insisted on CNN that "there's no ..."': a quotation may open it.
            return k
        c = text.find(": ", pos, min(end, pos + 80))
        if (
            c > pos
            and c + 2 < end
            and text[c + 2] in _OPEN_QUOTES
            and not any(ch in ',.;"“' for ch in text[pos:c])
        ):
            return c + 2
        return pos

    # ------------------------------------------------------------------
    # nesting and dates
