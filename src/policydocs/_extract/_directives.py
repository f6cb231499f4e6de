"""Directives stage: who should do what, with what force (EXTRACTION.md).

One :class:`~policydocs.Directive` per deontic trigger. The stage works
sentence by sentence on word tokens of ``ctx.lower``:

1. every trigger of the lexicon (``_modals.TRIGGER_RE``) is found and read in
   its *frame* (``_modals.Frame``): where its subject, addressee and action
   sit; hits that fail their frame (a "will" about a thing, "support" as an
   ordinary verb, "can" without negation) are dropped, but a "will" clause
   still bounds its neighbours' actions;
2. each kept hit's action runs from the word after the trigger (the whole
   clause for a passive) to the end of its clause: the next trigger's clause,
   a semicolon, the close of the quotation it sits in, a cue participle
   ("…, adding that"), a trailing attribution ("…, he said") or the end of
   the statement content, and at most 150 tokens;
3. the addressee is resolved through the :class:`ActorRegistry`; the issuer
   is the speaker of the statement the trigger sits in (or of the quotation
   it continues), else the subject of the speech verb ("the bank urged …"),
   else the document's author when the actor list holds it, else None.

Every scan is bounded (a fixed look-back or look-ahead in tokens) so the stage
is linear in the text. ``docs/directives.md`` explains the rules and the
decisions where EXTRACTION.md is silent.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from .._models import Directive, Span, Statement
from .._vocab import ActorKind, Force, Mode
from . import _rules
from ._actors import is_person_title
from ._lexicon import month_names, word_set
from ._modals import (
    ADVERBS,
    AGENT_HEADS,
    AGENT_SUFFIXES,
    BE_FORMS,
    CHANGE_VERBS,
    COMMENCEMENT,
    COMPLEMENT_VERBS,
    CUE_PARTICIPLES,
    DISCOURSE_PARTICIPLES,
    EFFORT_HEADS,
    HEDGES,
    ING_NOUNS,
    IRREGULAR_PARTICIPLES,
    NOUN_DETERMINERS,
    OUTLET_WORDS,
    POLITE_VERBS,
    POPULACE_HEADS,
    PREPOSITIONS,
    PRONOUN_AGENTS,
    QUESTION_WORDS,
    REMARK_VERBS,
    REPORT_BASES,
    REPORT_VERBS,
    SPEAKER_PRONOUNS,
    THING_HEADS,
    TRIGGER_RE,
    TRIGGERS,
    UNDERGO_VERBS,
    Frame,
    Trigger,
)
from ._statement_patterns import _TURN_RE as _LABEL_RE
from ._statement_patterns import is_question_turn_label

if TYPE_CHECKING:
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__ = ["find_directives"]

# A number keeps its thousands separators ("8,500"): its comma is no clause
# boundary; a dotted abbreviation keeps its last full stop ("U.S.", "U.K.").
_TOKEN_RE: Final = re.compile(
    r"\d{1,3}(?:,\d{3}){1,6}(?!\d)(?:\.\d+)?|(?:[a-z]\.){2,4}(?!\w)"
    r"|\w+(?:[.'’\-]\w+){0,8}|[^\w\s]"
)
_CAP_RE: Final = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z]{1,40}")
#: A question label the statements stage's turn grammar does not read
#: (lower case, full-width colon, "Q&A:").
_ASK_LABEL_RE: Final = re.compile(
    r"[ \t]{0,8}(?P<label>q|q&a|question|reporter|journalist|correspondent)"
    r"[ \t]?[:：]"
)
_LINE_END_TRAIL: Final = " \t\"'”’)]"
_QUOTES: Final = frozenset('"“”')
# Brackets are no boundary: "(2026-30)" and "(excluding rural households)"
# belong to the phrase around them.
_HARD: Final = frozenset(";:")
#: Words that open a subordinate clause: a trigger after one has its own subject.
_SUBORDINATORS: Final = word_set("directives_subordinators")
#: Verbs before an indirect yes/no question ("asked if …", "wondered if …").
_ASKING: Final = word_set("directives_asking")
#: Conjunctions that open a clause after a comma (", and importers must …").
_CONJ: Final = _SUBORDINATORS | {"and", "but", "or"}
#: Speech verbs whose "that" clause is the act asked for ("require that X do").
_THAT_VERBS: Final = word_set("directives_that_verbs")
#: Words after "pledged"/"promised" that open no object.
_NOT_AN_OBJECT: Final = frozenset({"that", "to", ",", ".", ";", ":", "", "and", "by"})
_SUBJECT_PRONOUNS: Final = word_set("directives_subject_pronouns")
_PLURAL_PRONOUNS: Final = word_set("directives_plural_pronouns")
_JOINS: Final = word_set("directives_joins")
_RELATIVE: Final = word_set("directives_relative")
_DETERMINERS: Final = word_set("directives_determiners")
_TIME_WORDS: Final = (
    month_names() | word_set("weekdays") | word_set("directives_time_words")
)
#: Auxiliaries and modals between a subject and the trigger ("the government
#: will need to …", "the ministry has pledged to …").
_AUX: Final = word_set("directives_aux")
_NEGATORS: Final = word_set("directives_negators")
#: Prepositions of an adjunct between a reporting verb and "that".
_ADJUNCT_PREPS: Final = word_set("directives_adjunct_preps")
#: Head classes whose "will" commits: a "will" about anything else predicts.
_COMMITTERS: Final = frozenset({"agent", "pronoun", "proper", "reported"})
#: Frames whose action is a verb phrase that may coordinate further verbs.
_MODALS: Final = frozenset({Frame.MODAL, Frame.ACTOR_MODAL, Frame.NEGATED_ONLY})
#: Rules of acts whose grammatical subject issues them ("the bank urged …").
_ACTIVE_SPEECH: Final = frozenset(
    {_rules.SPEECH_OBJECT, _rules.SUPPORT_IN, _rules.CALL_FOR, _rules.CALL_FOR_TO}
)
_LOOK: Final = 60
_WORD_RE: Final = re.compile(r"[a-z][a-z.'’\-]{0,30}")
#: Words of a name that say nothing about which body it is.
_NAME_GLUE: Final = word_set("directives_name_glue")
#: Rank words of a title, beside the person titles of the actor lexicon.
_RANKS: Final = word_set("directives_ranks")
#: Heads shared by many bodies: "department" in a title does not name the
#: author's department.
_CONTAINERS: Final = word_set("actors_container_heads")
#: Longest action, in tokens (the longest in the gold sets is under 60).
_MAX_ACTION: Final = 150  # tokens of look-back or look-ahead for one phrase


@attrs.define
class _Tokens:
    """Word and punctuation tokens of one sentence, lower-cased."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    by_start: dict[int, int]
    by_end: dict[int, int]

    @classmethod
    def of(cls, low: str, start: int, end: int) -> _Tokens:
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for m in _TOKEN_RE.finditer(low, start, end):
            words.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        return cls(
            words,
            starts,
            ends,
            {s: i for i, s in enumerate(starts)},
            {e: i for i, e in enumerate(ends)},
        )

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""


@attrs.define
class _Hit:
    """One trigger occurrence and what its frame made of it."""

    trigger: Trigger
    surface: str
    first: int  # token index of the trigger's first word
    last: int  # token index after the trigger's last word
    keep: bool = False
    force: Force = Force.RECOMMENDATION
    negated: bool = False
    rule: str = ""
    #: Token where the trigger's clause begins; the previous action ends before.
    cut: int | None = None
    subject: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    action_start: int = 0
    #: A speech act with no subject of its own ("…, and urged X to").
    bare: bool = False
    #: A participle commitment: the issuer commits itself.
    self_commit: bool = False
    #: What opens the trigger's clause (see :class:`_Clause`).
    clause_kind: str = ""
    #: Tokens of the one who urges or calls for, when no statement names them.
    speaker: tuple[int, int] | None = None
    #: The action may not end before this token (a passive clause's trigger).
    action_floor: int = 0


@attrs.define
class _Scope:
    """What the frame readers of one sentence share."""

    toks: _Tokens
    #: Tokens of the triggers kept so far: they bound a later clause.
    bounds: set[int]
    #: First token a clause may start at (a statement content's start).
    lo: int
    #: The last trigger kept, whose subject a subject-less clause shares.
    previous: _Hit | None = None


@attrs.frozen
class _Clause:
    """Where a trigger's clause begins and what precedes it."""

    start: int  # first token of the clause
    cut: int  # first token of the boundary before it (= start without one)
    kind: str  # "sentence", "comma", "conj", "that", "question", "relative", "trigger"


def _said_with_adjunct(p: int, toks: _Tokens) -> bool:
    """Tell whether "that" after token ``p`` follows "said in the report".

    A short adjunct may stand between a reporting verb (and its listener) and
    "that": "said in the report that", "told reporters at a briefing that".
    """
    for j in range(p, max(p - 4, -1), -1):
        w = toks.word(j)
        if w in _ADJUNCT_PREPS:
            return toks.word(j - 1) in REPORT_VERBS or toks.word(j - 2) in REPORT_VERBS
        if w in _HARD or w in _QUOTES or w in ",.!?":
            return False
    return False


def _reporting(j: int, toks: _Tokens) -> bool:
    """Tell whether token ``j`` is a reporting verb rather than a plural noun.

    A third-person form ("states", "reports", "notes", "claims") is a noun
    after a determiner or before a preposition, an auxiliary or a
    participle: "all states in the region", "member states of the union",
    "notes issued by the bank".
    """
    w = toks.word(j)
    prev = toks.word(j - 1)
    if w in REPORT_BASES:
        # "Economists say", "they argue"; not "stress tests", "the state".
        if not (prev in _PLURAL_PRONOUNS or (prev.endswith("s") and prev[-2:] != "'s")):
            return False
    elif w not in REPORT_VERBS:
        return False
    elif not w.endswith("s"):
        return True  # a past form: "said", "noted", "told"
    nxt = toks.word(j + 1)
    return not (
        prev in _DETERMINERS
        or (nxt in PREPOSITIONS and nxt != "that")
        or nxt in _AUX
        or nxt.endswith("ed")
    )


def _stem(word: str) -> str:
    # Six letters join "commissioner" to "commission", "ministry's" to "ministry".
    return word[:6]


def _content_words(phrase: str) -> list[str]:
    return [w for w in _WORD_RE.findall(phrase.lower()) if w not in _NAME_GLUE]


def _initials(name: str) -> set[str]:
    """Acronyms of ``name``, with and without its glue words (PBOC, CBN)."""
    words = name.lower().replace("'s", "").split()
    return {
        "".join(w[0] for w in words),
        "".join(w[0] for w in words if w not in _NAME_GLUE),
    }


def _title_fits_author(titles: tuple[str, ...], names: tuple[str, ...]) -> bool:
    """Tell whether a person with ``titles`` speaks for the document's author.

    ``names`` are the author's name and aliases. Never for a news outlet.
    Yes when a title word is an alias or the initials of the author ("PBOC
    Governor" under the People's Bank of China), when a title word shares
    the author's head ("Commissioner" of the "European Commission"), when a
    title word beyond
    rank and office names part of the author ("director of the equipment
    industry department" under the Ministry of Industry and Information
    Technology), and for a bare rank ("Deputy Secretary", "Spokesperson", no
    title at all); no when the title names another portfolio ("Finance
    Minister" under the Office of the Prime Minister).
    """
    author = names[0]
    own = _content_words(author)
    if not own or any(w in OUTLET_WORDS for w in own):
        return False
    words = [w for t in titles for w in _content_words(t)]
    aliases = _initials(author) | {a.lower() for a in names[1:]}
    head = own[0] if " of " in author.lower() else own[-1]
    if any(w in aliases or _stem(w) == _stem(head) for w in words):
        return True
    portfolio = [w for w in words if not is_person_title(w) and w not in _RANKS]
    if not portfolio:
        return True
    stems = {_stem(w) for w in own if w not in _CONTAINERS}
    return any(_stem(w) in stems for w in portfolio)


def find_directives(
    ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
) -> tuple[Directive, ...]:
    """Find who should do what, with what force, in ``ctx.text``."""
    return _Stage(ctx, registry, statements).run()


def _same_length_lower(text: str) -> str:
    # A few characters lower-case to two; keep those as they are so offsets hold.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class _Stage:
    """One run of the stage over one text."""

    def __init__(
        self, ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
    ) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.low = ctx.lower if ctx.lower is not None else _same_length_lower(ctx.text)
        self.registry = registry
        self.statements = statements
        order = sorted(
            range(len(statements)), key=lambda i: statements[i].content_span.start
        )
        self._stmt_order = order
        self._stmt_starts = [statements[i].content_span.start for i in order]
        cues = sorted(
            (s.cue_span.start, s.cue_span.end, i)
            for i, s in enumerate(statements)
            if s.cue_span is not None
        )
        self._cues = cues
        self._cue_starts = [c[0] for c in cues]
        self._turns = self._question_turns()
        self._turn_starts = [t[0] for t in self._turns]
        # Capitalised words seen inside sentences: names, not sentence openers.
        self._hit_starts: set[int] = set()
        self._proper = {m.group().lower() for m in _CAP_RE.finditer(self.text)}
        #: Titles of each listed actor, built on the first quoted "we".
        self._titles: dict[str, tuple[str, ...]] | None = None

    def _question_turns(self) -> list[tuple[int, int]]:
        """Spans of the transcript turns that ask rather than answer.

        A turn asks when its label names a journalist or an outlet ("Q:",
        "Correspondent:", "Reuters:", "CCTV reporter:"), or when the
        statements stage did not take its label for a speaker and the turn
        ends with "?". A turn is its line.
        """
        text = self.text
        speakers = {
            s.cue_span.start
            for s in self.statements
            if s.rule == _rules.TRANSCRIPT_TURN and s.cue_span is not None
        }
        out: list[tuple[int, int]] = []
        pos = 0
        n = len(text)
        while pos < n:
            end = text.find("\n", pos)
            end = n if end < 0 else end
            m = _ASK_LABEL_RE.match(self.low, pos, end)
            if m is not None:
                out.append((pos, end))
            else:
                j = pos
                while j < min(end, pos + 8) and text[j] in " \t":
                    j += 1
                label = _LABEL_RE.match(text, j, end)
                if (
                    label is not None
                    and label.start(1) not in speakers
                    and (
                        is_question_turn_label(label.group(1))
                        or text[label.end() : end].rstrip(_LINE_END_TRAIL).endswith("?")
                    )
                ):
                    out.append((pos, end))
            pos = end + 1
        return out

    # ------------------------------------------------------------------
    # driver
    # ------------------------------------------------------------------

    def run(self) -> tuple[Directive, ...]:
        out: list[Directive] = []
        for sent in self.ctx.sentences:
            if self._skip_sentence(sent):
                continue
            out.extend(self._sentence(sent))
        return self._listed(out)

    def _listed(self, found: list[Directive]) -> tuple[Directive, ...]:
        """Drop an issuer the actor list will not hold.

        The registry lists only actors with a mention, and a header-only
        source (no mention in the body) has none; a document naming an unlisted
        issuer would fail validation, so such an issuer is left unknown.
        """
        author = self.registry.author()
        if author is None or not any(author in (d.issuer, d.addressee) for d in found):
            return tuple(found)
        names = {a.name for a in self.registry.to_actors()}
        if author in names:
            return tuple(found)
        return tuple(
            attrs.evolve(
                d,
                issuer=None if d.issuer == author else d.issuer,
                addressee=None if d.addressee == author else d.addressee,
            )
            if author in (d.issuer, d.addressee)
            else d
            for d in found
        )

    def _skip_sentence(self, sent: Sentence) -> bool:
        tail = self.text[sent.start : sent.end].rstrip(" \"'”’)]")
        if tail.endswith("?"):
            return True  # questions are not directives
        i = bisect.bisect_right(self._turn_starts, sent.start) - 1
        # A journalist's question turn ("Q: …") asks, it does not direct.
        return i >= 0 and self._turns[i][0] <= sent.start < self._turns[i][1]

    def _sentence(self, sent: Sentence) -> list[Directive]:
        found = list(TRIGGER_RE.finditer(self.low, sent.start, sent.end))
        if not found:
            return []  # most sentences direct nothing: skip tokenizing them
        toks = _Tokens.of(self.low, sent.start, sent.end)
        hits: list[_Hit] = []
        for m in found:
            first = toks.by_start.get(m.start())
            last = toks.by_end.get(m.end())
            if first is None or last is None:
                continue  # inside a hyphenated word or a token such as "self-will"
            surface = " ".join(m.group().split())
            hits.append(_Hit(TRIGGERS[surface], surface, first, last + 1))
        if not hits:
            return []
        lo = self._statement_floor(sent.start, toks)
        self._hit_starts = {h.first for h in hits}
        # Only triggers that held in their frame bound a later clause: a
        # "demand" that is a noun ("domestic demand should …") does not.
        bounds: set[int] = set()
        sc = _Scope(toks, bounds, lo)
        previous: _Hit | None = None
        for hit in hits:
            sc.previous = previous
            self._read(hit, sc)
            if hit.keep:
                previous = hit
                bounds.update(range(hit.first, hit.last))
        stops, opened = self._stops(toks)
        out: list[Directive] = []
        for n, hit in enumerate(hits):
            if not hit.keep:
                continue
            end_tok = self._action_end(hit, hits, n + 1, toks, (stops, opened))
            if end_tok <= hit.action_start:
                continue
            out.append(self._build(hit, toks, end_tok))
        return out

    # ------------------------------------------------------------------
    # frames
    # ------------------------------------------------------------------

    def _read(self, hit: _Hit, sc: _Scope) -> None:
        """Read one trigger in its frame; ``hit.keep`` says whether it holds."""
        toks = sc.toks
        trig = hit.trigger
        hit.force = trig.force
        hit.negated = trig.negated or hit.surface.endswith(("n't", "n’t", "not"))
        frame = trig.frame
        if frame in (Frame.MODAL, Frame.ACTOR_MODAL, Frame.NEGATED_ONLY):
            if toks.word(hit.first - 1) == "the" and trig.base == "need to":
                hit.trigger = TRIGGERS["need"]  # "the need to": the noun
                self._need_noun(hit, toks, start=hit.first + 1)
            else:
                self._modal(hit, sc)
        elif frame in (Frame.COMMIT_VERB, Frame.COMMIT_OBJECT):
            self._commit(hit, sc)
        elif frame is Frame.NEED_NOUN:
            det = hit.first - 1
            if toks.word(det) in ("urgent", "pressing", "real", "clear", "growing"):
                det -= 1
            # The need is asked for as an object ("stressed the need to",
            # "there is a need for"); as a subject ("The need for speed was
            # clear") it is talked about, not asked for.
            if (
                toks.word(det) in NOUN_DETERMINERS
                and toks.word(det) != "no"
                and toks.word(det - 1) not in ("", ",", ";", ":")
                and toks.word(det - 1) not in _QUOTES
            ):
                self._need_noun(hit, toks, start=hit.last)
        elif frame is Frame.IMPERSONAL:
            self._impersonal(hit, toks)
        elif frame is Frame.CALL_FOR:
            if toks.word(hit.first - 1) not in NOUN_DETERMINERS:
                self._call_for(hit, toks, hit.last)
        elif frame is Frame.SPEECH_OBJECT:
            self._speech(hit, sc)
        elif frame is Frame.STATE_TO:
            self._state_to(hit, sc)
        if hit.keep and hit.rule in _ACTIVE_SPEECH:
            self._speaker(hit, sc)

    def _speaker(self, hit: _Hit, sc: _Scope) -> None:
        """Who urges or calls: the issuer when no statement carries the act."""
        toks, triggers, lo = sc.toks, sc.bounds, sc.lo
        clause = self._clause(hit.first, toks, triggers, lo)
        hit.cut = clause.cut
        hit.bare = clause.start >= hit.first
        if clause.kind == "question" or hit.bare:
            return
        # "The meeting also heard a report … and urged …": the first chunk.
        np = self._np_span((clause.start, hit.first), toks)
        if self._head_class(np, toks) in _COMMITTERS:
            hit.speaker = np

    def _modal(self, hit: _Hit, sc: _Scope) -> None:
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        trig = hit.trigger
        before = toks.word(hit.first - 1)
        if before in NOUN_DETERMINERS or before == "to":
            return  # "a must", "political will", "the will to"
        k = hit.last
        # Negation after the modal: "must not", "will never", "should no longer".
        if toks.word(k) in _NEGATORS and toks.word(k + 1) != "only":
            hit.negated = True
            k += 1
        elif toks.word(k) == "no" and toks.word(k + 1) == "longer":
            hit.negated = True
            k += 2
        hedged = False
        while k < hit.last + 4 and (toks.word(k) in ADVERBS or toks.word(k) in HEDGES):
            hedged = hedged or toks.word(k) in HEDGES
            k += 1
        nxt = toks.word(k)
        if trig.base == "have to" and nxt == "do" and toks.word(k + 1) == "with":
            return
        if (nxt == "have" and self._participle(toks.word(k + 1))) or (
            nxt == "have" and toks.word(k + 1) == "been"
        ):
            return  # "must have been": a conclusion about the past
        if k < len(toks.words):
            if k in self._hit_starts:
                return  # "will have to", "will need to": the inner trigger speaks
            if (
                nxt in BE_FORMS
                and self._participle(toks.word(k + 1))
                and (k + 1) in self._hit_starts
            ):
                return  # "should be encouraged to": the passive speech act speaks
        subj = self._subject_of(
            hit, hit.first, toks, triggers, lo=lo, previous=previous
        )
        if subj is None:
            return  # "Should risks rise, …": an inverted conditional
        hit.subject = subj
        passive = nxt == "be" and self._participle(toks.word(k + 1))
        passive = passive or (
            nxt == "be"
            and (toks.word(k + 1) in ADVERBS or toks.word(k + 1).endswith("ly"))
            and self._participle(toks.word(k + 2))
        )
        if nxt in REMARK_VERBS or (nxt == "be" and toks.word(k + 1) == "aware"):
            return  # "users should note that …": a remark to the reader
        if (
            passive
            and subj == (subj[0], subj[0] + 1)
            and toks.word(subj[0]) == "it"
            and toks.word(k + 1) in DISCOURSE_PARTICIPLES
        ):
            return  # "it should be noted that …" frames a remark
        no_x = toks.word(subj[0]) in ("no", "nobody")  # "no one" starts with "no"
        if no_x:
            hit.negated = True
        head_class = self._head_class(subj, toks)
        if no_x and trig.base == "can":
            return  # "nobody can predict": a statement of fact
        if trig.frame is Frame.NEGATED_ONLY:
            # "may not"/"cannot" bind an actor; about a thing they are epistemic
            # ("prices may not rise", "the data cannot be compared").
            if not (hit.negated and (no_x or head_class is not None)):
                return
            hit.force = Force.OBLIGATION
        if trig.frame is Frame.ACTOR_MODAL:
            if nxt in UNDERGO_VERBS:
                return  # "councils will receive £1.2bn": they are given, not bound
            if passive or hedged or head_class not in _COMMITTERS:
                # A prediction about a thing, a scheduled passive, or a hedged
                # forecast ("the Fed will likely hold rates").
                return
            if hit.clause_kind == "relative":
                return  # "officials who will oversee it" describes, not commits
            if head_class == "reported" and nxt == "be":
                return  # "warned that it would not be enough": a forecast
            if trig.base == "would" and (
                self._statement_at(toks.starts[hit.first]) is None
                or (toks.word(subj[1] - 1) in SPEAKER_PRONOUNS and nxt in POLITE_VERBS)
            ):
                # Only reported speech backshifts a "will" ("she said she would
                # cut taxes"); outside it "would" is conditional, and "I would
                # stress", "we would like to" are polite frames of a remark.
                return
        hit.keep = True
        if (
            toks.word(subj[1] - 1) in EFFORT_HEADS
            and nxt == "be"
            and toks.word(k + 1) == "made"
            and toks.word(k + 2) in ("to", "in")
        ):
            hit.rule = _rules.EFFORTS_MADE
            hit.action_start = k + 3
            return
        if passive:
            hit.rule = _rules.MODAL_PASSIVE
            hit.action_start = subj[0]
            hit.action_floor = hit.last
            return
        if toks.word(k) == ",":
            # "should, where appropriate, propose": skip the parenthesis.
            for j in range(k + 1, min(k + 12, len(toks.words))):
                if toks.words[j] == ",":
                    k = j + 1
                    break
        hit.action_start = k
        if no_x:
            hit.rule = _rules.NO_X_MODAL
            hit.addressee = (
                subj[0] + (2 if toks.word(subj[0] + 1) == "one" else 1),
                subj[1],
            )
            if hit.addressee[0] >= hit.addressee[1] or (
                head_class is None and not self._plural_head(subj, toks)
            ):
                # "No project shall receive …" binds whoever runs projects; the
                # text names no one ("no company may" names the companies).
                hit.addressee = None
            return
        if head_class is None:
            if self._commencement(k, toks):
                # "This Regulation shall come into force on …": the instrument
                # states its own dates; nobody is asked to act.
                hit.keep = False
                return
            if not (self._plural_head(subj, toks) and nxt not in CHANGE_VERBS):
                hit.rule = _rules.MODAL_INDICATOR
                return
            # "Golf courses and car washes shall not use …": a plural that
            # acts; "exports should grow" changes like an indicator.
        hit.rule = _rules.MODAL
        hit.addressee = self._np_span(subj, toks)

    def _commit(self, hit: _Hit, sc: _Scope) -> None:
        """Read "X pledged to ACTION" and "X pledged OBJECT"."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        if hit.trigger.frame is Frame.COMMIT_OBJECT and (
            toks.word(hit.first - 1) in NOUN_DETERMINERS
            or toks.word(hit.last) in _NOT_AN_OBJECT
        ):
            return  # "the pledge", "promised that …" (its clause speaks), "pledged."
        subj = self._subject_of(
            hit, hit.first, toks, triggers, lo=lo, previous=previous
        )
        if subj is None:
            if (
                toks.words[hit.first].endswith("ing")
                and toks.word(hit.first - 1) == ","
            ):
                # "…, the minister announced, pledging to end …": the one whose
                # statement this participle continues commits.
                hit.keep, hit.rule, hit.action_start = (
                    True,
                    _rules.COMMIT_PARTICIPLE,
                    hit.last,
                )
                hit.self_commit = True
            elif (
                previous is not None
                and previous.rule in _ACTIVE_SPEECH
                and self._joined(hit, toks)
            ):
                # "The ministry urged banks to lend and vowed to cut fees": the
                # one who urged commits; the request's action ends at "and".
                hit.keep, hit.rule, hit.action_start = (
                    True,
                    _rules.COMMIT_JOINED,
                    hit.last,
                )
                hit.self_commit = True
                hit.speaker = previous.speaker
            return
        # The verb itself commits: "donors pledged to" binds the donors too.
        if self._head_class(subj, toks) not in (*_COMMITTERS, "populace"):
            return
        hit.keep = True
        hit.rule = _rules.for_frame(hit.trigger.frame)
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last

    def _need_noun(self, hit: _Hit, toks: _Tokens, *, start: int) -> None:
        """Read "the need (for X) to ACTION" and "the imperative for X to ACTION"."""
        k = start
        word = toks.word(k)
        if word == "to":
            hit.keep, hit.rule, hit.action_start = True, _rules.NEED_NOUN, k + 1
            return
        if word != "for":
            return
        to = self._infinitive_after(k + 1, toks)
        if to is not None and self._head_class((k + 1, to), toks) is not None:
            hit.addressee = self._np_span((k + 1, to), toks)
            hit.keep, hit.rule, hit.action_start = True, _rules.NEED_FOR_TO, to + 1
            return
        hit.keep, hit.rule, hit.action_start = True, _rules.NEED_FOR, k + 1

    def _impersonal(self, hit: _Hit, toks: _Tokens) -> None:
        """Read "it is imperative (for X) to ACTION" or "… that CLAUSE"."""
        k = hit.last
        if toks.word(k) == "that":
            stop = toks.ends[min(len(toks.words), k + _LOOK) - 1]
            if TRIGGER_RE.search(self.low, toks.starts[k], stop):
                return  # the clause's own modal is the trigger
            hit.keep, hit.rule, hit.action_start = True, _rules.IMPERSONAL_THAT, k + 1
            return
        self._need_noun(hit, toks, start=k)
        if hit.keep:
            hit.rule = _rules.IMPERSONAL

    def _call_for(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "call for ACTION"; "call for X to ACTION" names X the addressee."""
        if start >= len(toks.words) or toks.words[start] in ";:,.":
            return
        hit.keep = True
        hit.force = Force.RECOMMENDATION
        to = self._infinitive_after(start, toks)
        if to is not None and self._head_class((start, to), toks) in (
            "agent",
            "proper",
            "pronoun",
            "populace",
        ):
            hit.addressee = self._np_span((start, to), toks)
            hit.rule, hit.action_start = _rules.CALL_FOR_TO, to + 1
            return
        hit.rule, hit.action_start = _rules.CALL_FOR, start

    def _speech(self, hit: _Hit, sc: _Scope) -> None:
        """Read "urge X to ACTION" (active) and "Y are urged to ACTION" (passive)."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        k = hit.first - 1
        while k > hit.first - 3 and (
            toks.word(k) in ADVERBS or toks.word(k).endswith("ly")
        ):
            k -= 1
        if toks.word(k) in BE_FORMS:
            if toks.word(hit.last) != "to" or hit.trigger.base == "support":
                return
            subj = self._subject_of(hit, k, toks, triggers, lo=lo, previous=previous)
            if subj is None:
                return
            hit.keep, hit.rule = True, _rules.SPEECH_PASSIVE
            hit.subject = subj
            hit.addressee = self._np_span(subj, toks)
            hit.action_start = hit.last + 1
            return
        if toks.word(hit.first - 1) in NOUN_DETERMINERS:
            return  # "the required ratio", "a request to"
        start = hit.last
        if hit.trigger.base == "call on" and toks.word(start) in _TIME_WORDS:
            # "called on Thursday for X": a date, then "call for".
            for j in range(start, min(start + 6, len(toks.words))):
                if toks.words[j] == "for":
                    hit.trigger = TRIGGERS["call for"]
                    self._call_for(hit, toks, j + 1)
                    return
                if toks.words[j] in (",", ";", ":", "to"):
                    break
        if toks.word(start) == "that" and hit.trigger.base in _THAT_VERBS:
            self._that_clause(hit, toks, start + 1)
            return
        if toks.word(start) in PREPOSITIONS or toks.word(start) in ",;:.":
            return
        to = self._infinitive_after(start, toks)
        rule = _rules.SPEECH_OBJECT
        if to is None and hit.trigger.base == "support":
            to = self._gerund_after(start, toks)
            rule = _rules.SUPPORT_IN
        if to is None or to == start:
            return
        np_end = to
        if toks.words[to - 1] == "not" and to - 1 > start:
            # "urged banks not to raise fees": a negated request.
            np_end = to - 1
            hit.negated = True
        if self._head_class((start, np_end), toks) is None:
            # Not someone asked: "support the construction of …", or a noun
            # ("external demand added 0.4 point to growth").
            return
        hit.keep, hit.rule = True, rule
        hit.addressee = self._np_span((start, np_end), toks)
        hit.action_start = to + 1

    def _that_clause(self, hit: _Hit, toks: _Tokens, start: int) -> None:
        """Read "require that X do Y": the subjunctive clause is the action.

        A clause with its own modal ("urged that banks should …") is left to
        that modal.
        """
        stop = toks.ends[min(len(toks.words), start + _LOOK) - 1]
        if start >= len(toks.words) or TRIGGER_RE.search(
            self.low, toks.starts[start], stop
        ):
            return
        hit.keep, hit.rule = True, _rules.SPEECH_THAT
        actor = self._leading_actor(start, min(len(toks.words), start + 6), toks)
        if actor is None:
            for j in range(start, min(len(toks.words), start + 4)):
                if self._agentive(toks.words[j]):
                    actor = (start, j + 1)
                    break
        if actor is not None and actor[1] < len(toks.words):
            hit.addressee = actor
            hit.action_start = actor[1]
        else:
            hit.action_start = start

    def _state_to(self, hit: _Hit, sc: _Scope) -> None:
        """Read "Y are welcome to ACTION" and "Y are prohibited from ACTION"."""
        toks, triggers, lo, previous = sc.toks, sc.bounds, sc.lo, sc.previous
        k = hit.first - 1
        while k > hit.first - 4 and (toks.word(k) in ADVERBS or toks.word(k) == "not"):
            k -= 1
        if toks.word(k) not in BE_FORMS and not (
            hit.surface.startswith("not") and toks.word(hit.first - 1) in BE_FORMS
        ):
            return
        if hit.surface.startswith("not"):
            k = hit.first - 1
        subj = self._subject_of(hit, k, toks, triggers, lo=lo, previous=previous)
        if subj is None:
            return
        hit.keep, hit.rule = True, _rules.STATE_TO
        hit.subject = subj
        hit.addressee = self._np_span(subj, toks)
        hit.action_start = hit.last

    # ------------------------------------------------------------------
    # phrase helpers
    # ------------------------------------------------------------------

    def _clause(self, at: int, toks: _Tokens, triggers: set[int], lo: int) -> _Clause:
        """The clause that ends at token ``at`` begins after the nearest boundary."""
        words = toks.words
        floor = max(lo, at - _LOOK)
        k = at - 1
        while k >= floor:
            w = words[k]
            if w in _QUOTES or w in _HARD or w in ",.!?":
                return _Clause(k + 1, k, "comma")
            if w in _CONJ and (k > 0 and words[k - 1] == ","):
                return _Clause(k + 1, k - 1, "conj")
            if w == "if" and toks.word(k - 1) in _ASKING:
                return _Clause(k + 1, k, "question")  # "asked if the ministry will"
            if w in _SUBORDINATORS:
                return _Clause(k + 1, k, "conj")
            if w == "that":
                # "told residents on Monday that": the day is no antecedent.
                p = k - 1
                if toks.word(p) in _TIME_WORDS:
                    p -= 2 if toks.word(p - 1) == "on" else 1
                prev = toks.word(p)
                if (
                    prev in COMPLEMENT_VERBS
                    or prev.endswith(("ed", "ing"))
                    or prev in REPORT_VERBS
                    # "told reporters that", "assured the markets that"
                    or toks.word(p - 1) in REPORT_VERBS
                    or toks.word(p - 2) in REPORT_VERBS
                    or _said_with_adjunct(p, toks)
                ):
                    cut = k
                    if prev in ("and", "but"):
                        cut = k - 2 if toks.word(k - 2) == "," else k - 1
                    return _Clause(k + 1, cut, "that")
                return _Clause(k + 1, k, "relative")
            if k + 1 < at and _reporting(k, toks):
                # "the company said it would …": a complement clause without "that".
                return _Clause(k + 1, k, "that")
            if w in QUESTION_WORDS or w in _RELATIVE:
                return _Clause(
                    k + 1, k, "question" if w in QUESTION_WORDS else "relative"
                )
            if k in triggers:
                return _Clause(k + 1, k + 1, "trigger")
            k -= 1
        return _Clause(floor, floor, "sentence")

    def _subject_of(
        self,
        hit: _Hit,
        at: int,
        toks: _Tokens,
        triggers: set[int],
        *,
        lo: int,
        previous: _Hit | None,
    ) -> tuple[int, int] | None:
        """Find the subject of the clause ending at token ``at``; set ``hit.cut``.

        A clause with no subject of its own after "and" or another trigger
        shares the previous directive's ("…, and will maintain").
        """
        clause = self._clause(at, toks, triggers, lo)
        hit.clause_kind = clause.kind
        if clause.kind == "question":
            return None
        # A verb right after the relative pronoun ("that fail the test", "that
        # fail to comply") makes the pronoun the subject of its own clause.
        verb_first = toks.word(clause.start) in _AUX or (
            toks.word(clause.start) not in _DETERMINERS
            and (
                toks.word(clause.start + 1) in _DETERMINERS
                or toks.word(clause.start + 1) == "to"
            )
        )
        relative_subject = (
            clause.start == at or toks.word(clause.cut) == "whose" or verb_first
        )
        if clause.kind == "relative" and clause.cut > lo and relative_subject:
            # "banks that must …", "Operators whose ratio exceeds 5 percent
            # must …", "Batteries that fail the test shall not …": the
            # antecedent acts. In "the rules that companies must follow" the
            # relative clause's own subject does.
            outer = self._clause(clause.cut, toks, triggers, lo)
            if outer.kind != "question" and clause.cut > outer.start:
                hit.cut = outer.cut
                return (outer.start, clause.cut)
        subj = self._subject(clause, at, toks)
        if subj is not None:
            hit.cut = clause.cut
            return subj
        opener = self._relative_opener(clause, toks, lo)
        if opener is not None:
            # "The bank, which has kept its rate since March, should not rush":
            # the subject stands before the non-restrictive relative clause.
            outer = self._clause(opener, toks, triggers, lo)
            subj = self._subject(outer, opener, toks)
            if outer.kind != "question" and subj is not None:
                hit.cut = outer.cut
                return subj
        if clause.kind in ("conj", "trigger") and previous is not None:
            return previous.subject
        if clause.start < at and self._joined(hit, toks):
            # "The Board remains resolute … and will do what is necessary":
            # the clause's own subject, an actor named at its start.
            return self._leading_actor(clause.start, at, toks)
        return None

    @staticmethod
    def _relative_opener(clause: _Clause, toks: _Tokens, lo: int) -> int | None:
        """The comma opening ", which/who …," when ``clause`` starts after its close."""
        close = clause.cut
        if clause.kind != "comma" or toks.word(close) != ",":
            return None
        for j in range(close - 1, max(lo, close - _LOOK) - 1, -1):
            w = toks.words[j]
            if w == "," and toks.word(j + 1) in _RELATIVE:
                return j
            if w in _HARD or w in _QUOTES or w in ",.!?":
                return None
        return None

    def _leading_actor(
        self, start: int, at: int, toks: _Tokens
    ) -> tuple[int, int] | None:
        """The actor phrase that opens ``toks[start:at]`` ("The Board", "China")."""
        for j in range(start, min(at, start + 4)):
            if toks.words[j] in _DETERMINERS:
                continue
            if self._head_class((j, j + 1), toks) in _COMMITTERS:
                end = j + 1
                # The rest of a capitalised name: "The European Commission".
                while end < at and end < j + 8 and self._capitalised(end, toks):
                    end += 1
                return (start, end)
            if not self._capitalised(j, toks):
                break  # a lower-case word that names no actor: a verb or a thing
        return None

    def _subject(
        self, clause: _Clause, at: int, toks: _Tokens
    ) -> tuple[int, int] | None:
        """The subject tokens between a clause's start and token ``at``."""
        s, e = clause.start, at
        words = toks.words
        while e > s and (
            words[e - 1] in ADVERBS
            or words[e - 1] in _AUX
            or words[e - 1].endswith("ly")
        ):
            e -= 1
        if e > s and words[e - 1] in ("and", "or", "but"):
            return None  # "…, and will maintain": the subject is shared
        if clause.kind == "relative" and e == s:
            return None
        return (s, e) if e > s else None

    def _head_class(self, np: tuple[int, int], toks: _Tokens) -> str | None:
        """Classify a noun phrase by its head.

        Returns agent, pronoun, proper, populace, reported, or None (a thing).
        """
        s = np[0]
        words = toks.words
        head_at = self._chunk_end(np, toks) - 1
        head = words[head_at].removesuffix("'s").removesuffix("’s")
        if head in PRONOUN_AGENTS:
            return "pronoun"
        if head in ("it", "they"):
            # "the ministry said it will …": the pronoun is the speaker itself;
            # elsewhere it may be a thing, and only the registry can tell.
            before = toks.word(s - 1)
            if before == "that":
                before = toks.word(s - 2)
            return "reported" if before in REPORT_VERBS else "anaphor"
        if head in AGENT_HEADS:
            return "agent"
        if self._agentive(head):
            return "populace"
        raw = self.text[toks.starts[head_at] : toks.ends[head_at]]
        if raw[:1].isupper() and self.registry.kind_of(raw) is not None:
            return "proper"  # a name the registry found ("Beijing will …")
        if raw[:1].isupper() and head not in THING_HEADS:
            before = self.text[toks.starts[head_at - 1]] if head_at > s else ""
            if raw.isupper() and len(raw) > 1 and before.islower():
                return None  # "the average RRR", "core CPI": a measure's acronym
            if (
                head_at > 0 and toks.words[head_at - 1] not in _QUOTES
            ) or head in self._proper:
                return "proper"
            if raw.isupper() and len(raw) > 1:
                return "proper"
        return None

    def _np_span(self, np: tuple[int, int], toks: _Tokens) -> tuple[int, int]:
        """The actor part of a noun phrase: "Prime Minister X" of "… X on Monday"."""
        return (np[0], self._chunk_end(np, toks))

    def _chunk_end(self, np: tuple[int, int], toks: _Tokens) -> int:
        """End of a noun phrase's first chunk: before a preposition, participle, comma.

        "of", "for" and "on" go on inside a name ("Ministry of Commerce", "Bank
        of Japan", "Department of the Treasury").
        """
        s, e = np
        words = toks.words
        for j in range(s + 1, e):
            w = words[j]
            if w.endswith("ing") and w not in PREPOSITIONS and w not in ING_NOUNS:
                # "provinces serving as …" ends at the participle; "our trading
                # partners" and "foreign banking regulators" go on.
                if words[j - 1] in _DETERMINERS or self._agentive(toks.word(j + 1)):
                    continue
                return j
            if w == "(":
                return j  # "The People's Bank of China (PBOC)": the name ends
            if w in PREPOSITIONS or w == ",":
                nxt = j + 2 if toks.word(j + 1) == "the" else j + 1
                if w in ("of", "for") and nxt < e and self._capitalised(nxt, toks):
                    continue
                if w == "at" and toks.word(j + 1) in ("all", "every", "various"):
                    continue  # "governments at all levels" is one name
                return j
        while e > s + 1 and words[e - 1] in ",.":
            e -= 1
        return e

    def _plural_head(self, np: tuple[int, int], toks: _Tokens) -> bool:
        """Tell whether a noun phrase's head is a plural common noun."""
        head = toks.words[self._chunk_end(np, toks) - 1]
        return (
            len(head) > 3
            and head.endswith("s")
            and not head.endswith(("ss", "us", "is", "'s", "’s"))
            and head not in THING_HEADS
        )

    @staticmethod
    def _agentive(word: str) -> bool:
        """Tell whether a common noun names actors ("regulators", "banks", "staff")."""
        return (
            word in AGENT_HEADS
            or word in POPULACE_HEADS
            or (word.endswith(AGENT_SUFFIXES) and not word.endswith("ments"))
        )

    def _capitalised(self, i: int, toks: _Tokens) -> bool:
        return self.text[toks.starts[i]].isupper()

    def _infinitive_after(self, start: int, toks: _Tokens) -> int | None:
        """Find the "to" that ends a noun phrase at ``start`` and opens a verb."""
        words = toks.words
        for j in range(start, min(len(words), start + 25)):
            w = words[j]
            if w in ";:." or w in _QUOTES or w == "that":
                return None
            if w == "to":
                nxt = toks.word(j + 1)
                if not nxt or nxt in _DETERMINERS or nxt[0].isdigit() or nxt in ",;:.":
                    continue
                raw = self.text[toks.starts[j + 1]]
                if raw.isupper():
                    continue  # "to China": a place, not a verb
                return j if j > start else None
        return None

    def _gerund_after(self, start: int, toks: _Tokens) -> int | None:
        """Index of the "in" before a gerund: "support firms in expanding"."""
        words = toks.words
        for j in range(start, min(len(words), start + 15)):
            w = words[j]
            if w in ";:.," or w in _QUOTES:
                return None
            if w == "in" and toks.word(j + 1).endswith("ing"):
                return j if j > start else None
        return None

    @staticmethod
    def _participle(word: str) -> bool:
        if word.endswith("ed") or word in IRREGULAR_PARTICIPLES:
            return True
        # "repaid", "rewritten", "undertaken", "overseen": a prefixed form.
        for prefix in ("re", "un", "over", "under", "with", "out", "mis"):
            if word.startswith(prefix) and word[len(prefix) :] in IRREGULAR_PARTICIPLES:
                return True
        return False

    # ------------------------------------------------------------------
    # action ends
    # ------------------------------------------------------------------

    def _stops(self, toks: _Tokens) -> tuple[list[int], dict[int, int]]:
        """Token indices where an action may end, in order.

        Also returns, for each closing quotation mark, where its quotation
        opened: a quotation that opens inside an action ("pledging to end the
        'pothole plague' within a decade") does not end it.
        """
        words = toks.words
        stops: list[int] = []
        opened: dict[int, int] = {}
        open_at: int | None = None
        n = len(words)
        for j, w in enumerate(words):
            if w in _QUOTES:
                if w == "“" or (w == '"' and open_at is None):
                    open_at = j
                else:
                    opened[j] = -1 if open_at is None else open_at
                    open_at = None
                stops.append(j)
            elif w in _HARD:
                stops.append(j)
            elif w == "and" and _reporting(j + 1, toks):
                stops.append(j)  # "…, and said they would …": a new statement
            elif w == ",":
                nxt = toks.word(j + 1)
                if nxt in CUE_PARTICIPLES or (
                    nxt == "while" and toks.word(j + 2) in CUE_PARTICIPLES
                ):
                    stops.append(j)
                elif (nxt in _CONJ or nxt in ("as", "since")) and toks.word(
                    j + 2
                ) in _SUBJECT_PRONOUNS:
                    stops.append(j)  # "…, and we expect them to …": a new clause
                elif nxt == "so" and toks.word(j + 2) == "that":
                    stops.append(j)  # "…, so that X": the outcome hoped for
                elif nxt == "as" and self._participle(toks.word(j + 2)):
                    stops.append(
                        j
                    )  # "…, as provided in Section 7": a source, not the act
                elif (
                    (nxt == "according" and toks.word(j + 2) == "to")
                    or nxt == "said"
                    or self._trailing_attribution(j, toks)
                ):
                    stops.append(j)
        stops.append(n)
        return stops, opened

    @staticmethod
    def _commencement(k: int, toks: _Tokens) -> bool:
        """Tell whether the verb at ``k`` opens "enter into force", "take effect"…."""
        phrase = " ".join(toks.words[k : k + 3])
        return phrase.startswith(COMMENCEMENT)

    @staticmethod
    def _joined(hit: _Hit, toks: _Tokens) -> bool:
        """Tell whether a trigger follows a conjunction: "… and urged X to"."""
        k = hit.first - 1
        while k > max(0, hit.first - 4) and (
            toks.word(k) in ADVERBS or toks.word(k) in _AUX
        ):
            k -= 1
        return toks.word(k) in _JOINS and toks.word(k) != ","

    @staticmethod
    def _trailing_attribution(comma: int, toks: _Tokens) -> bool:
        """Tell whether a comma opens a tail such as "…, he said"."""
        words = toks.words
        n = len(words)
        for j in range(comma + 1, min(n, comma + 7)):
            if _reporting(j, toks):
                return j > comma + 1
            if words[j] in ",;:":
                return False
        return False

    def _action_end(
        self,
        hit: _Hit,
        hits: list[_Hit],
        after: int,
        toks: _Tokens,
        bounds: tuple[list[int], dict[int, int]],
    ) -> int:
        """Token index where the action of ``hit`` ends; ``hits[after:]`` follow it."""
        stops, opened = bounds
        floor = max(hit.action_start, hit.action_floor)
        i = bisect.bisect_right(stops, floor)
        # An opening quotation mark, or the close of a quotation opened inside
        # the action, is no end: skip them (at most a few per sentence).
        skipped = 0
        while i < len(stops) - 1 and toks.words[stops[i]] in _QUOTES and skipped < 8:
            opener = opened.get(stops[i])
            if opener is not None and opener < floor:
                break  # the quotation the action sits in closes here
            i += 1
            skipped += 1
        end = stops[i] if i < len(stops) else len(toks.words)
        # An action is a clause, not a page: without the cap, a run-on text
        # with a trigger every few words would give quadratic output.
        end = min(end, floor + _MAX_ACTION)
        # Only the next few triggers can open the clause that ends this action.
        for j in range(after, min(len(hits), after + _LOOK)):
            other = hits[j]
            if other.first >= end:
                break
            # A prediction ("…, and these bonds will help") still opens a clause.
            if not other.keep and other.trigger.frame is not Frame.ACTOR_MODAL:
                continue
            own_subject = not other.bare and (other.cut is None or other.cut > floor)
            if (
                not own_subject
                and other.rule in _ACTIVE_SPEECH
                and self._joined(other, toks)
                and hit.trigger.frame in _MODALS
            ):
                # "We will increase X(,) and support enterprises in …": the
                # speech verb is one of the modal's coordinated actions, and
                # a directive of its own too.
                continue
            cut = other.cut
            shared = other.keep and other.subject is not None and cut is None
            if shared or (
                other.keep
                and (cut is None or cut <= floor)
                and self._joined(other, toks)
            ):
                # A shared subject: "…, and will maintain", "… and urged X to"
                # end here.
                cut = other.first
                while cut > floor and (
                    toks.word(cut - 1) in _JOINS or toks.word(cut - 1) in _AUX
                ):
                    cut -= 1
            if cut is not None and cut > floor:
                end = min(end, cut)
                break
        stmt = self._statement_at(toks.starts[hit.first])
        if stmt is not None:
            span = self.statements[stmt].content_span
            # floor is past the last token when the trigger ends the text.
            if floor < len(toks.starts) and span.start <= toks.starts[floor] < span.end:
                j = bisect.bisect_left(toks.ends, span.end + 1)
                end = min(end, j)
        while end > floor and toks.word(end - 1) in (
            ",",
            ".",
            "and",
            "or",
            "but",
            "!",
            "—",
            "-",
        ):
            end -= 1
        return end

    # ------------------------------------------------------------------
    # statements, issuer, addressee
    # ------------------------------------------------------------------

    def _statement_floor(self, pos: int, toks: _Tokens) -> int:
        """First token a clause may start at: a statement content's start."""
        stmt = self._statement_at(pos)
        if stmt is None:
            return 0
        start = self.statements[stmt].content_span.start
        j = bisect.bisect_left(toks.starts, start)
        return j if j < len(toks.words) else 0

    def _statement_at(self, pos: int) -> int | None:
        """Index of the innermost statement whose content contains ``pos``."""
        i = bisect.bisect_right(self._stmt_starts, pos) - 1
        best: int | None = None
        best_len = 0
        # Contents nest rarely and shallowly: a few candidates back suffice.
        for k in range(i, max(-1, i - 4), -1):
            idx = self._stmt_order[k]
            span = self.statements[idx].content_span
            if span.start <= pos < span.end and (best is None or len(span) < best_len):
                best, best_len = idx, len(span)
        return best

    def _statement_of(self, hit: _Hit, toks: _Tokens) -> int | None:
        """Find the statement the trigger sits in, by its content or as its cue."""
        pos = toks.starts[hit.first]
        end = toks.ends[hit.last - 1]
        i = bisect.bisect_right(self._cue_starts, end) - 1
        for k in range(i, max(-1, i - 3), -1):
            s, e, idx = self._cues[k]
            if s < end and pos < e:
                return idx
        return self._statement_at(pos)

    def _continued_quote(self, pos: int) -> str | None:
        """Speaker of the direct quotation just before ``pos`` in its paragraph."""
        i = bisect.bisect_right(self._stmt_starts, pos) - 1
        for k in range(i, max(-1, i - 3), -1):
            st = self.statements[self._stmt_order[k]]
            if not 0 <= pos - st.content_span.end < 400:
                continue
            gap = self.text[st.content_span.end : pos]
            if st.mode is Mode.DIRECT and "\n" not in gap:
                return st.speaker
        return None

    def _we_of(self, speaker: str) -> str:
        """Who "we" is in the words of ``speaker``.

        The speaker's organization when the text gives one; an organization
        speaking is itself; a person's "we" is the document's author only
        when the person's title is compatible with it (see
        :func:`_title_fits_author`): a finance minister quoted under "Source:
        Office of the Prime Minister", or anyone quoted by a news outlet, is
        not the source speaking. Otherwise the speaker: the group is left
        unnamed, and the speaker is the member of it the text names.
        """
        reg = self.registry
        aff = reg.affiliation(speaker)
        if aff is not None:
            return aff
        if reg.kind_of(speaker) in (ActorKind.ORGANIZATION, ActorKind.PLACE):
            return speaker
        author = reg.author()
        if author is None:
            return speaker
        if self._titles is None:
            actors = reg.to_actors()
            self._titles = {a.name: a.titles for a in actors}
            self._titles[""] = next((a.aliases for a in actors if a.name == author), ())
        titles = self._titles.get(speaker, ())
        names = (author, *self._titles[""])
        return author if _title_fits_author(titles, names) else speaker

    def _build(self, hit: _Hit, toks: _Tokens, end_tok: int) -> Directive:
        start = toks.starts[hit.action_start]
        end = toks.ends[end_tok - 1]
        stmt = self._statement_of(hit, toks)
        issuer: str | None = None
        quoter: str | None = None
        if stmt is not None:
            issuer = self.statements[stmt].speaker
        elif toks.words and toks.words[0] in _QUOTES:
            # '"A," said X. "B."': a quotation that goes on without a cue of
            # its own is still X's.
            issuer = quoter = self._continued_quote(toks.starts[0])
        if issuer is None and hit.speaker is not None:
            a, b = hit.speaker
            issuer = self.registry.mention(
                toks.starts[a], toks.ends[b - 1], kind=ActorKind.GROUP
            )
        if issuer is None:
            issuer = self.registry.author()
        addressee: str | None = None
        if hit.addressee is not None:
            a, b = hit.addressee
            s0, e0 = toks.starts[a], toks.ends[b - 1]
            addressee = self.registry.mention(s0, e0, kind=ActorKind.GROUP)
            voice = self.statements[stmt].speaker if stmt is not None else quoter
            if voice is not None and b - a == 1 and toks.words[a] in ("we", "us"):
                addressee = self._we_of(voice)
        if hit.self_commit:
            addressee = issuer
        t0, t1 = toks.starts[hit.first], toks.ends[hit.last - 1]
        return Directive(
            issuer=issuer,
            addressee=addressee,
            action=self.text[start:end],
            action_span=Span(start=start, end=end),
            force=hit.force,
            negated=hit.negated,
            trigger=hit.surface
            if hit.trigger.frame is Frame.IMPERSONAL
            else hit.trigger.base,
            trigger_span=Span(start=t0, end=t1),
            statement=stmt,
            rule=hit.rule,
        )
