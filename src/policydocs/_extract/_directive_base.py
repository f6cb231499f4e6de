"""The directive stage's state, its links to statements and its phrase helpers.

The base of the stage in ``_directives``: the run's state; question turns
and listed items to skip; which statement a trigger stands in and who speaks
there; where a noun phrase ends and what heads it; infinitives, gerunds and
clause stops; and the building of a Directive from a kept hit.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

import attrs

from .._vocab import ActorKind, Mode
from . import _rules
from ._directive_parts import (
    _ASK_LABEL_RE,
    _AUX,
    _CAP_RE,
    _CONJ,
    _DETERMINERS,
    _HARD,
    _JOINS,
    _LINE_END_TRAIL,
    _LOOK,
    _MODALS,
    _QUOTES,
    _RELATIVE,
    _SUBJECT_PRONOUNS,
    _SUBORDINATORS,
    _Clause,
    _Hit,
    _reporting,
    _Tokens,
)
from ._lexicon import alternation, inflect, rows, table, word_set, words
from ._modals import (
    ADVERBS,
    AGENT_HEADS,
    AGENT_SUFFIXES,
    COMMENCEMENT,
    CUE_PARTICIPLES,
    ING_NOUNS,
    IRREGULAR_PARTICIPLES,
    POPULACE_HEADS,
    PREPOSITIONS,
    PRONOUN_AGENTS,
    QUESTION_WORDS,
    REPORT_VERBS,
    THING_AGENTIVES,
    THING_HEADS,
    TRIGGER_RE,
    TRIGGERS,
)
from ._statement_patterns import is_question_turn_label, turn_label
from ._statement_speech import opening_speaker, title_speaker

if TYPE_CHECKING:
    from .._models import Directive, Statement
    from ._actors import ActorRegistry
    from ._context import Context, Sentence

__all__: list[str] = []


#: Prefixes of a verb whose participle is irregular ("repaid", "undertaken").
_VERB_PREFIXES: Final = words("directives_verb_prefixes")
#: Compound adjectives from a noun ("clear-eyed"): a state after "be".
_STATE_COMPOUNDS: Final = word_set("directives_state_compounds")
#: "a", "an": an addressee they open is anyone of its kind.
_INDEFINITE: Final = word_set("indefinite_articles")


#: Third-person verbs that, after "and", open a clause of their own
#: ("… and continues to anticipate that …").
_FINITE_VERBS: Final = word_set("directives_finite_verbs")

#: Words that open each item of a list under one trigger ("whether A; whether B").
_LIST_MARKERS: Final = word_set("directives_list_markers")

#: Adjectives after their noun ("the person responsible for …").
_POSTPOSED: Final = word_set("directives_postposed")

#: A colon or dash that closes its paragraph opens a list of paragraphs.
_LIST_OPENER: Final = re.compile(r"[ \t]{0,8}(?::|[-–—])[ \t]{0,8}(?=\r?\n)")
#: Endings no verb has: after "to" they open a noun phrase, not a verb.
_ADJECTIVE_ENDINGS: Final = tuple(sorted(word_set("directives_adjective_endings")))

#: The words before "to" that make an infinitive a purpose ("in order to").
_PURPOSE_LEADS: Final = word_set("directives_purpose_leads")

#: Marks that open a bullet item ("- Require banks to …").
_BULLETS: Final = frozenset({"-", "–", "•", "*", "▪"})
#: One paragraph of such a list: "(a) …", "(1) …", "ii) …", to its line end.
_LIST_ITEM: Final = re.compile(
    r"\s{0,8}\n[ \t]{0,8}(?:\([a-z0-9]{1,4}\)|[a-z0-9]{1,3}\))[ \t][^\n]{0,2000}"
)
#: A letter, or writing one: its nouns (capitalised too) and the inflected
#: forms of its verbs, not the bare lemma ("write to" asks, it names no letter).
_LETTER_WORDS: Final = alternation(
    [
        *(w for noun in words("directives_letter_nouns") for w in (noun, noun.title())),
        *(w for verb in words("directives_letter_verbs") for w in inflect(verb)[1:]),
    ]
)
#: Auxiliaries contracted onto a pronoun ("we've", "they’re"), both apostrophes.
_CONTRACTED: Final = tuple(
    sorted(
        form
        for aux in words("directives_contracted_auxiliaries")
        for form in (aux, aux.replace("'", "’"))
    )
)
#: Contracted finite verbs ("'s" of "that's", "'re", "'ve", "'ll", "'d").
_FINITE_CONTRACTIONS: Final = frozenset(
    {"'s", *words("directives_contracted_auxiliaries")}
)
#: Demonstratives that may be a clause's subject ("that's focused on …").
_DEMONSTRATIVES: Final = word_set("directives_demonstratives")
#: Whom a letter is addressed to: "In her letter to the 21 Councils",
#: "has written to Councils that …": the "you" of the letter.
_LETTER_TO: Final = re.compile(
    rf"\b(?:{_LETTER_WORDS}) to (?:the )?"
    r"((?:\d+ )?[A-Z][\w'’\-]*(?: (?:of |and )?[A-Z][\w'’\-]*){0,5})"
)
#: How far back a letter's recipient may be named, in characters.
_LETTER_REACH: Final = 3000
#: At most this many paragraphs continue one action (a linear bound).
_MAX_LIST_ITEMS: Final = 40

#: Conjunctions that join the items of a list: joined heads share a class.
_LIST_JOINERS: Final = word_set("list_joiners")

#: Pronoun heads that may be the speaker itself
#: ("the ministry said it will …").
_ANAPHORS: Final = word_set("institution_pronouns")

#: Prepositions inside a name ("Ministry of Finance"): the phrase goes on.
_NAME_LINKS: Final = word_set("name_links")

#: Quantifiers of "governments at all levels", one name.
_LEVEL_QUANTIFIERS: Final = word_set("directives_level_quantifiers")

#: Finite forms of "be": "what is to come" is no action.
_FINITE_BE: Final = word_set("finite_be")

#: Words after "and" + a finite verb that open that verb's own clause.
_FINITE_COMPLEMENTS: Final = word_set("directives_finite_complements")

#: Conjunctions of reason or time that open a new clause after a comma.
_REASON_OPENERS: Final = word_set("directives_reason_openers")

#: "we"/"us" as the addressee: the speaker's side.
_FIRST_PLURAL: Final = word_set("first_plural_pronouns")

#: "I"/"me" as the addressee: the speaker.
_FIRST_SINGULAR: Final = word_set("first_singular_pronouns")

#: First-person speakers: the orator's own voice.
_FIRST_PERSON: Final = word_set("first_person_subjects")

#: Pronouns that may stand for a role noun ("he", "them"), and whether each
#: asks for a group (its class in the pronoun table is "pl").
_THIRD_PERSON: Final = {
    word: table("pronouns")[word] == "pl"
    for word in word_set("directives_role_pronouns")
}

#: "him", "her", "them": an object never stands for its own clause's subject.
_OBJECT_PRONOUNS: Final = word_set("object_pronouns")

#: Conjunctions that open a clause before the main one ("Where a dealer …,").
_FRONTED_CLAUSES: Final = word_set("directives_fronted_clauses")

#: Titles of an office its holder is named by ("the Treasurer", "the
#: Commissioner"): not the forms of address ("Mr", "Dr").
_OFFICE_TITLES: Final = frozenset(
    str(row["entry"])
    for row in rows("titles")
    if row["title"] is True and row["honorific"] is False
)
#: What may stand before a number ("more than", "about").
_APPROX_BEFORE: Final = word_set("approx_before")
#: Number words below a hundred ("six", "twenty").
_NUMBER_WORDS: Final = word_set("small") | word_set("tens")
#: Nouns of an amount before "of" ("a number of councils").
_QUANTITY_NOUNS: Final = word_set("directives_quantity_nouns")
#: Words after a number that still count the group ("six more countries").
_COUNT_MODIFIERS: Final = word_set("directives_count_modifiers")
#: The articles before a noun of amount ("a number of").
_ARTICLES: Final = word_set("articles")

#: Names of countries and other jurisdictions (one word): actors wherever
#: they stand.
_JURISDICTIONS: Final = word_set("jurisdiction_names")

#: Conjunctions of a condition that make a later "you must" generic ("If a
#: spill exceeds 5 litres, you must …").
_GENERIC_CONDITIONS: Final = word_set("directives_generic_conditions")

#: Singular nouns of a person that the agent endings miss ("a surety").
_PERSON_NOUNS: Final = word_set("directives_person_nouns")

#: Shares of people polled ("67 per cent said they would"): an answer, no pledge.
_POLL_SHARES: Final = word_set("directives_poll_shares")


def _gerund_item(j: int, toks: _Tokens) -> bool:
    """Whether a ";" at ``j`` opens a gerund item ("; advancing the process")."""
    nxt = toks.word(j + 1)
    return toks.words[j] == ";" and nxt.endswith("ing") and nxt not in CUE_PARTICIPLES


def _contracted_subject(word: str) -> bool:
    """Whether ``word`` is a subject with its verb contracted onto it.

    "that's", "it's", "we're", "they've": a finite verb, so a clause opens.
    """
    stem, mark, rest = word.replace("’", "'").partition("'")
    return (
        bool(mark)
        and f"'{rest}" in _FINITE_CONTRACTIONS
        and (stem in _SUBJECT_PRONOUNS or stem in _DEMONSTRATIVES)
    )


class _StageBase:
    """The directive stage's state, its links to statements and its phrase helpers."""

    def __init__(
        self, ctx: Context, registry: ActorRegistry, statements: tuple[Statement, ...]
    ) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.low = ctx.folded
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
        # A speech's or testimony's one speaker, named in its title: what it
        # asks or promises outside any statement is theirs, not the publisher's.
        speech = title_speaker(ctx.title) or opening_speaker(self.text)
        self._orator = registry.first_person(*speech) if speech else None
        # Answering turns of a transcript, by where their label starts: a
        # speaker holds the floor until the next label.
        answers = sorted(
            (s.cue_span.start, s.speaker)
            for s in statements
            if s.rule == _rules.TRANSCRIPT_TURN
            and s.cue_span is not None
            and s.speaker is not None
        )
        self._answer_starts = [a[0] for a in answers]
        self._answer_speakers = [a[1] for a in answers]
        # Capitalised words seen inside sentences: names, not sentence openers.
        #: Token where each trigger of the sentence starts -> its hit.
        self._hit_starts: dict[int, _Hit] = {}
        self._sentence_starts = [s.start for s in ctx.sentences]
        self._proper = {m.group().lower() for m in _CAP_RE.finditer(self.text)}
        #: Recipients named as "letter to X", found on the first "you".
        self._recipients: list[tuple[int, int]] | None = None
        #: Characters of the last topic actor ``_topic_of`` found ("The two
        #: ministers met …"), for the "they" that takes it up.
        self._topic_chars: tuple[int, int] | None = None

    def _voice(self, stmt: int) -> str | None:
        """Who speaks in statement ``stmt``: a speech's "we"/"I" is its speaker.

        "We agreed that the stimulus must …" in a speech whose title or
        byline names its speaker is that speaker's directive, not a guess at
        the body behind the "we" (the publisher, a board the speaker sits on).
        """
        st = self.statements[stmt]
        span = st.speaker_span
        if (
            self._orator is not None
            and span is not None
            and self.low[span.start : span.end] in _FIRST_PERSON
        ):
            return self._orator
        return st.speaker

    def _recipient(self, pos: int) -> str | None:
        """Who "you" is in a letter: the recipient named last before ``pos``.

        "In her letter to the 21 Councils, the minister said: … I am
        requesting that you find ways to cap this expenditure": the councils.
        """
        if self._recipients is None:
            self._recipients = [m.span(1) for m in _LETTER_TO.finditer(self.text)]
        i = bisect.bisect_right(self._recipients, (pos, pos)) - 1
        if i < 0 or pos - self._recipients[i][0] > _LETTER_REACH:
            return None
        s, e = self._recipients[i]
        return self.registry.mention(s, e, kind=ActorKind.GROUP)

    def _floor_holder(self, pos: int) -> str | None:
        """Who holds the floor of a transcript at ``pos``: the last answer's speaker.

        "MS. PSAKI: … The President will meet …" and the paragraphs after it,
        up to the next label, are hers; a question turn in between ends it.
        """
        i = bisect.bisect_right(self._answer_starts, pos) - 1
        if i < 0:
            return None
        q = bisect.bisect_right(self._turn_starts, pos) - 1
        if q >= 0 and self._turn_starts[q] > self._answer_starts[i]:
            return None
        return self._answer_speakers[i]

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
                label = turn_label(text, j, end)
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

    def _listed(self, found: list[Directive]) -> tuple[Directive, ...]:
        """Drop an issuer the actor list will not hold.

        The registry lists only actors with a mention, and a header-only
        source (no mention in the body) has none; a document naming an unlisted
        issuer would fail validation, so such an issuer is left unknown.
        """
        author = self.registry.author()
        if author is None or not any(author in (d.issuer, d.addressee) for d in found):
            return tuple(found)
        names = {name for name, _, _ in self.registry.listed()}
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

    def _head_class(self, np: tuple[int, int], toks: _Tokens) -> str | None:
        """Classify a noun phrase by its head.

        Returns agent, pronoun, proper, populace, reported, or None (a thing).
        Joined heads ("the Director or his delegate") take the first one's
        class when the last names no one.
        """
        got = self._one_head_class(np, toks)
        if got is not None or self._capitalised(np[1] - 1, toks):
            return got  # "the China Import and Export Fair": one name
        for j in range(np[0] + 1, min(np[1] - 1, np[0] + 8)):
            if toks.words[j] in _LIST_JOINERS:
                if toks.word(j + 1).endswith("ing"):
                    return None  # "the people and seeking solutions": a verb
                return self._one_head_class((np[0], j), toks)
        return None

    @staticmethod
    def _past_quantity(np: tuple[int, int], toks: _Tokens) -> int:
        """Where a noun phrase's counted group starts, past its quantity.

        "More than 95 countries", "129 jurisdictions", "six more countries",
        "a number of councils", "hundreds of firms": the group after the
        amount is the phrase's head, who acts.
        """
        s, e = np
        words = toks.words
        for n in (3, 2, 1):
            if s + n < e and " ".join(words[s : s + n]) in _APPROX_BEFORE:
                s += n
                break
        if s + 1 < e and (words[s][:1].isdigit() or words[s] in _NUMBER_WORDS):
            s += 1 + (s + 2 < e and words[s + 1] in _COUNT_MODIFIERS)
        elif s + 3 < e and words[s] in _ARTICLES and words[s + 1] in _QUANTITY_NOUNS:
            s += 3 if words[s + 2] == "of" else 0
        elif s + 2 < e and words[s] in _QUANTITY_NOUNS and words[s + 1] == "of":
            s += 2
        return s

    def _one_head_class(self, np: tuple[int, int], toks: _Tokens) -> str | None:
        """The class of a noun phrase's one head (see :meth:`_head_class`)."""
        np = (self._past_quantity(np, toks), np[1])
        s = np[0]
        words = toks.words
        head_at = self._chunk_end(np, toks) - 1
        if head_at > s + 1 and words[head_at] in _POSTPOSED:
            head_at -= 1  # "the Member State concerned": the Member State
        for j in range(s + 1, min(head_at, s + 4)):
            if words[j] in _POSTPOSED:
                head_at = j - 1  # "the person responsible for …": the person
                break
        head = words[head_at].removesuffix("'s").removesuffix("’s")
        if head.endswith(_CONTRACTED):
            # "she'll" (a trigger), "we've", "they're": the pronoun heads it.
            head = head[: head.replace("’", "'").rindex("'")]
        if head in PRONOUN_AGENTS:
            return "pronoun"
        if head in _ANAPHORS:
            # "the ministry said it will …": the pronoun is the speaker itself;
            # elsewhere it may be a thing, and only the registry can tell.
            verb = s - 2 if toks.word(s - 1) == "that" else s - 1
            if toks.word(verb) not in REPORT_VERBS:
                return "anaphor"
            # "67 per cent said they would use it": a poll's answer, no pledge.
            return "populace" if toks.word(verb - 1) in _POLL_SHARES else "reported"
        if head in AGENT_HEADS or head in _OFFICE_TITLES:
            # "The Treasurer will …", "the Commissioner will …": an office.
            return "agent"
        if (
            head in POPULACE_HEADS
            or head in _PERSON_NOUNS
            or self._singular_agent(head)
        ):
            if self._named_person(head_at, toks):
                return "proper"  # "Secretary Ana Kessler will …": a surname
            return "populace"
        if self._agentive(head):
            # A plural role that no list names ("appropriators", "negotiators")
            # acts for an office; the private sector is listed as populace.
            return "agent"
        raw = self.text[toks.starts[head_at] : toks.ends[head_at]]
        if raw[:1].isupper() and (
            self.registry.kind_of(raw) is not None
            or (head in _JURISDICTIONS and head_at - s <= (words[s] == "the"))
        ):
            # A name the registry found ("Beijing will …"), or a country's
            # name as the whole phrase, also opening a sentence ("France
            # will …") or as an acronym after "the" ("the UK will …").
            return "proper"
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

    def _named_person(self, head_at: int, toks: _Tokens) -> bool:
        """Whether the capitalised head at ``head_at`` ends a known person's name.

        A surname may end like a role noun ("Kessler", "Baker", "Taylor"):
        the registry, which found the person, tells the name from the role.
        """
        start, end = toks.starts[head_at], toks.ends[head_at]
        if not self.text[start : start + 1].isupper():
            return False
        if self.registry.kind_of(self.text[start:end]) is ActorKind.PERSON:
            return True
        before = toks.starts[head_at - 1] if head_at > 0 else start
        return self.registry.kind_of(self.text[before:end]) is ActorKind.PERSON

    def _np_span(self, np: tuple[int, int], toks: _Tokens) -> tuple[int, int]:
        """The actor part of a noun phrase: "Prime Minister X" of "… X on Monday".

        A counted group keeps its quantity ("more than 95 countries", "a
        range of countries including the UK"), its head the group's.
        """
        end = self._chunk_end((self._past_quantity(np, toks), np[1]), toks)
        if end > np[0] + 2 and toks.words[end - 1] in _POSTPOSED:
            end -= 1  # "the Member State concerned": the Member State
        return (np[0], end)

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
            if (
                toks.word(j + 1) in PREPOSITIONS
                and words[j - 1] not in _DETERMINERS
                and w not in PREPOSITIONS
                and self._participle(w)
            ):
                return j  # "Firms based in Lima", "vessels registered in Peru"
            if w == "such" and (words[j - 1] in _DETERMINERS or words[j - 1] in _JOINS):
                continue  # "any such driver", "and such appraisers": a determiner
            if w == "," and self._name_list(j, e, toks) and "of" in words[s:j]:
                continue  # "the Bureau of Alcohol, Tobacco and Firearms"
            if w in PREPOSITIONS or w == ",":
                if w != "," and words[j - 1] in _POSTPOSED and j - 1 > s:
                    break  # "the person responsible for X": X is part of it
                nxt = j + 2 if toks.word(j + 1) == "the" else j + 1
                if w in _NAME_LINKS and nxt < e and self._capitalised(nxt, toks):
                    continue
                if w == "at" and toks.word(j + 1) in _LEVEL_QUANTIFIERS:
                    continue  # "governments at all levels" is one name
                return j
        while e > s + 1 and words[e - 1] in ",.":
            e -= 1
        return e

    def _name_list(self, comma: int, e: int, toks: _Tokens) -> bool:
        """Whether a name's words go on past ``comma`` as a list to ``e``.

        "Alcohol, Tobacco and Firearms": capitalised words and commas, then
        "and" and a capitalised word, with nothing lower-case in between.
        """
        if not self._capitalised(comma - 1, toks):
            return False
        joined = False
        for j in range(comma + 1, min(e, comma + 8)):
            w = toks.words[j]
            if w in ("and", "&"):
                joined = True
            elif w != "," and not self._capitalised(j, toks):
                return False
            elif joined and w != ",":
                return True
        return False

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
            or (
                word.endswith(AGENT_SUFFIXES)
                and not word.endswith("ments")
                and word.removesuffix("s") not in THING_AGENTIVES
            )
        )

    @staticmethod
    def _singular_agent(word: str) -> bool:
        """Tell whether a singular noun names one who acts ("operator", "employee").

        Rules bind "the manufacturer" and "each applicant" as they bind
        "manufacturers"; nouns of things with the same endings ("number",
        "sector") are listed apart.
        """
        return (
            len(word) > 5
            and (word + "s").endswith(AGENT_SUFFIXES)
            and not word.endswith(("ment", "ent"))
            and word not in THING_AGENTIVES
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
            if (
                j > start
                and (w in _SUBORDINATORS or (w == "as" and words[j - 1] != "such"))
                and (
                    toks.word(j + 1) in _SUBJECT_PRONOUNS
                    or toks.word(j + 1) in _DETERMINERS
                )
            ):
                return None  # "support Sudan as it implements reforms needed to"
            if j > start and re.split("['’]", w)[0] in _SUBJECT_PRONOUNS - {"it"}:
                return None  # "telling them we're going to …": another clause
            if w == "to":
                if toks.word(j - 1) in QUESTION_WORDS:
                    return None  # "tell them what to do": an indirect question
                if f"{toks.word(j - 2)} {toks.word(j - 1)}" in _PURPOSE_LEADS:
                    return None  # "…, in order to allow them": a purpose, no object's
                if toks.word(j - 1) in _FINITE_BE:
                    return None  # "support them for what is to come": "be to"
                nxt = toks.word(j + 1)
                if not nxt or nxt in _DETERMINERS or nxt[0].isdigit() or nxt in ",;:.":
                    continue
                if nxt.endswith(_ADJECTIVE_ENDINGS):
                    continue  # "threats to national security": a noun phrase
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
        if "-" in word and word.rsplit("-", 1)[1] in _STATE_COMPOUNDS:
            return False  # "should be clear-eyed about …": a state, no passive
        if word.endswith("ed") or word in IRREGULAR_PARTICIPLES:
            return True
        # "repaid", "rewritten", "undertaken", "overseen": a prefixed form.
        for prefix in _VERB_PREFIXES:
            if word.startswith(prefix) and word[len(prefix) :] in IRREGULAR_PARTICIPLES:
                return True
        return False

    @staticmethod
    def _list_goes_on(j: int, toks: _Tokens) -> bool:
        """Whether the ";" or ":" at ``j`` runs on into a list under one trigger.

        "shall report the following: (a) …; (b) …" and "will examine whether
        A; whether B; and how C" are one action each (EXTRACTION.md: a list
        under one trigger is one action). An item that opens with a marker
        word repeats one used before it in the sentence.
        """
        hard = toks.words[j]
        nxt = toks.word(j + 1)
        joined = nxt in _LIST_JOINERS
        if joined:
            j, nxt = j + 1, toks.word(j + 2)
        if nxt == "(" and toks.word(j + 3) == ")" and len(toks.word(j + 2)) <= 4:
            return True  # "(a)", "(ii)", "(12)"
        if hard == ";" and (
            _gerund_item(j, toks)
            or (
                joined
                and any(_gerund_item(i, toks) for i in range(max(0, j - _LOOK), j))
            )
        ):
            return True  # "include A; advancing B; and C": a list of gerund items
        if hard == ":" or nxt not in _LIST_MARKERS:
            return False
        return joined or nxt in toks.words[max(0, j - _LOOK) : j]

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
                if (
                    w == ":"
                    and toks.word(j - 1).isdigit()
                    and toks.word(j + 1)[:1].isdigit()
                ):
                    continue  # "10:30AM": a time, not a colon
                if not self._list_goes_on(j, toks):
                    stops.append(j)
            elif w in ".!?" and j + 1 < n and self._capitalised(j + 1, toks):
                # A quotation's sentences are one segment ("… look to the
                # future. This new start …"): the full stop still ends the act.
                stops.append(j)
            elif w == "and" and _reporting(j + 1, toks):
                stops.append(j)  # "…, and said they would …": a new statement
            elif (
                w == "and"
                and toks.word(j + 1) in _FINITE_VERBS
                and toks.word(j + 2) in _FINITE_COMPLEMENTS
            ):
                # "will maintain the rate and continues to anticipate that …":
                # a finite verb opens a clause of its own, no longer the act.
                stops.append(j)
            elif w == ",":
                nxt = toks.word(j + 1)
                if nxt in CUE_PARTICIPLES or (
                    nxt == "while" and toks.word(j + 2) in CUE_PARTICIPLES
                ):
                    stops.append(j)
                elif (nxt in _CONJ or nxt in _REASON_OPENERS) and (
                    toks.word(j + 2) in _SUBJECT_PRONOUNS
                    or _contracted_subject(toks.word(j + 2))
                ):
                    # "…, and we expect them to …", "…, and that's focused
                    # on …": a new clause
                    stops.append(j)
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
        """Tell whether a comma opens a tail such as "…, he said".

        A tail opened by a preposition is a phrase of the act ("…, with a
        limit added to the law later"), its participle no speech verb.
        """
        words = toks.words
        n = len(words)
        if toks.word(comma + 1) in PREPOSITIONS:
            return False
        for j in range(comma + 1, min(n, comma + 7)):
            if _reporting(j, toks):
                return j > comma + 1
            if words[j] in ",;:":
                return False
        return False

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

    def _infinitive_bullet(self, pos: int) -> bool:
        """Whether ``pos`` opens a bullet item under a heading ending in "to:".

        "This bill would give us the discretion to:" then "- Require banks to
        report …": each item is an infinitive of the heading, whose act (if
        the heading has a trigger) the list is; the item asks nothing itself.
        """
        start = self.text.rfind("\n", 0, pos) + 1
        if self.text[start:pos].strip() not in _BULLETS:
            return False
        for _ in range(_MAX_LIST_ITEMS):
            if start == 0:
                return False
            prev = self.text.rfind("\n", 0, start - 1) + 1
            line = self.text[prev : start - 1].strip()
            start = prev
            if line and line[0] not in _BULLETS:
                return line.endswith((" to:", " to :"))
        return False

    def _listed_paragraphs(self, end: int) -> int:
        """Carry an action ending in "that:" over the lettered paragraphs below it.

        "shall report the following:" and "shall ensure that:" end their
        paragraph; the list under them, one "(a) …;" paragraph each, is the
        rest of the one action. A paragraph with a trigger of its own is a
        directive of its own and stops the list.
        """
        opener = _LIST_OPENER.match(self.text, end)
        if opener is None:
            return end
        pos, last = opener.end(), end
        for _ in range(_MAX_LIST_ITEMS):
            item = _LIST_ITEM.match(self.low, pos)
            if item is None or self._own_modal(item.start(), item.end()):
                break
            pos = last = item.end()
        while last > end and self.text[last - 1] in " \t\r.;,":
            last -= 1
        return last

    def _own_modal(self, start: int, end: int) -> bool:
        """Whether a list paragraph holds a modal of its own ("(b) X shall …").

        Verbs and participles of other triggers are mostly adjectives in an
        item ("an authorised representative", "the required instructions").
        """
        return any(
            TRIGGERS[" ".join(m.group().split())].frame in _MODALS
            for m in TRIGGER_RE.finditer(self.low, start, end)
        )
