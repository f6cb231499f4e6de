"""Cue matches in a text and their kind: main verb, participle, coordinated.

The first step of the statement finder (``_statements``): the cue lexicon's
prefix-tree regex (:mod:`._cues`) over the lower-cased text, each match kept
with the construction its position allows ("..., adding that" is a
participle, "... and warned" a coordinated cue, "is warning" a finite verb)
or dropped (a cue inside a hyphenated word or a capitalised name).
"""

from __future__ import annotations

import re
from typing import Final

from . import _rules
from ._cues import CUES, PARTICIPLE_FORMS, Cue
from ._function_words import DETERMINERS
from ._lexicon import Gated, alternation, choice, inflect, word_set, word_starts, words
from ._statement_patterns import _Match
from ._statement_patterns import cue_matches as shared_cue_matches
from ._statement_text import _CARRIES_ON, _PAIRED_PARTICIPLE

__all__ = ["cue_matches", "title_case_line"]

#: The auxiliary of a progressive cue ("is warning", "have been arguing").
#: Adverbs may stand between: "is also today announcing", "are now warning".
_PROGRESSIVE: Final = re.compile(
    r"\b(?:is|are|was|were|been|be|'s|’s)[ ]"
    rf"(?:(?:{choice('statements_adjunct_adverbs')}|now|still|[a-z]{{2,14}}ly)[ ])"
    r"{0,2}$"
)

#: Words after which a cue word is a noun ("a few highlights").
_NOUN_DETERMINERS: Final = word_set("statements_noun_determiners")
_SOURCE_PRONOUNS: Final = word_set("statements_source_pronouns")
_PREPOSITIONS: Final = word_set("statements_adjunct_openers")
#: The plain lower-case word after a position.
_NEXT_WORD: Final = re.compile(r"[ ]([a-z][a-z\-]+)\b")
#: The word ending just before a position.
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][A-Za-z.’'\-]*)\Z")

#: Words whose "'s" is "is" or "has" before a cue ("he's argued", "who's said").
_CONTRACTING: Final = word_set("statements_contracting")

#: Cue forms a headline uses ("Ortiz Says She Will Run"); capitalised in
#: a title-case line they are verbs, not part of a name.
_HEADLINE_CUES: Final = word_set("statements_headline_cues")

#: A medium the subject issued, right before a participle cue: "issued a
#: statement saying", "posted a video warning": the subject speaks through it.
_ISSUED_MEDIUM: Final = re.compile(
    rf"\b(?:{choice('statements_issuing_verbs')})[ ](?:{DETERMINERS})[ ]"
    rf"(?:[a-z\-]{{2,20}}[ ])?(?:{choice('statements_media')})[ ]\Z"
)

#: Up to three lower-case words and a determiner right before a cue word;
#: a link word, a pronoun or a number among them opens a clause ("a decision
#: they say", "the two write").
_PHRASE_BEFORE: Final = re.compile(
    r"(?:^|(?<=[ (]))([A-Za-z]+)[ ]"
    r"((?:(?!(?:" + choice("statements_phrase_breaks") + r")[ ])"
    r"[a-z][a-z\-]{0,25}[ ]){1,3})\Z"
)
#: A plural's ending: "riders", "aides", not "press", "status" or "analysis".
_PLURAL_END: Final = re.compile(r"(?<![sui])s\Z")
#: Plural nouns without a final "s" ("the police say").
_PLURAL_HEADS: Final = word_set("statements_plural_heads")

#: What links a participle cue to its clause ("..., adding", "after noting").
_PARTICIPLE_LINKS: Final = (
    ", ",
    "while ",
    " and ",
    "; ",
    " before ",
    " after ",
    # "distanced himself from the plan by saying Y": the subject's means.
    " by ",
    # 'a defense of "Leeds values," saying Y', "flipped his choice – saying Y".
    ",” ",
    '," ',
    ",’ ",
    " – ",
    " — ",
    " -- ",
)


#: Cues of naming ("called the plan “a disgrace”") and describing ("described
#: X as Y"): strict, read only by this stage (the directives stage derives
#: its reporting verbs from the shared cue lexicon, where they do not belong).
_NAMING: Final = {
    form: Cue(base, strict=True)
    for base in words("statements_naming_cues")
    for form in inflect(base)
}
_NAMING_RE: Final = re.compile(rf"\b(?:{alternation(_NAMING)})\b")
#: The document-wide scan for them, tried only where a word opens with the first
#: four letters of one ("call", "desc", ...): re skips to those in C.
_NAMING_SCAN: Final = Gated(_NAMING_RE, word_starts(*{f[:4] for f in _NAMING}))


def cue_matches(text: str, folded: str) -> list[_Match]:
    """Every cue of ``text`` with its kind, in order; ``folded`` is its lower case."""
    found = [(m, CUES) for m in shared_cue_matches(folded)]
    taken = {m.start() for m, _ in found}
    naming = [
        (m, _NAMING) for m in _NAMING_SCAN.finditer(folded) if m.start() not in taken
    ]
    if naming:
        found = sorted(found + naming, key=lambda pair: pair[0].start())
    out: list[_Match] = []
    for m, table in found:
        raw = m.group().lower()
        words_ = raw.split()
        key = f"{words_[0]} {words_[-1]}" if len(words_) > 1 else words_[0]
        cue = table.get(key)
        if cue is None:
            continue
        s, e = m.start(), m.end()
        if (s > 0 and text[s - 1] == "-") or text[e : e + 1] == "-":
            # "Value-added tax", "tax-stressed firms", "state-run": a
            # cue inside a hyphenated word is no verb.
            continue
        before = text[max(0, s - 12) : s]
        prev = before[:-1].rsplit(" ", 1)[-1] if before.endswith(" ") else ""
        if prev.lower() in _NOUN_DETERMINERS or (
            len(words_) == 1
            and prev.endswith(("'s", "’s"))
            and prev[:-2].lower() not in _CONTRACTING
        ):
            # "a few highlights from", "our estimates", "this year's stress
            # test": a noun ("Obama's call for Y" keeps its phrasal cue, and
            # "he's argued" is "he has").
            continue
        if len(words_) == 1 and _participle_modifier(text, raw, prev, e):
            # "20 pledged delegates", "in pledged delegates": an adjective.
            continue
        if key == cue.base and _noun_phrase_head(text, s):
            # "the fastest growing state", "a five-year partnership project":
            # a bare form after a singular noun phrase is its head noun.
            continue
        if (
            text[s].isupper()
            and prev[:1].isupper()
            and prev[-1:] != "."
            and not (key in _HEADLINE_CUES and title_case_line(text, s))
        ):
            # "the United States", "Consumer Reports": a capitalised cue
            # after a capitalised word is part of a name.
            continue
        kind: str | None = "main"
        if cue.base != "according to" and (
            key in PARTICIPLE_FORMS or words_[0].endswith("ing")
        ):
            kind = _participle_kind(text, s, before)
        elif before.endswith((" and ", ", and ", " but ")) or (
            before.endswith(" to ")
            and _CARRIES_ON.search(text, max(0, s - 40), s) is not None
        ):
            # "... and continues to anticipate that Y": the same subject.
            kind = (
                None
                if _adjective_pair(text, s, e) or _after_modal(text, s, key, cue.base)
                else _rules.COORDINATED
            )
        if kind is not None:
            out.append(_Match(s, e, cue, key, kind))
    return out


def _participle_kind(text: str, s: int, before: str) -> str | None:
    """The kind of a participle cue at ``s`` after ``before``, or None for none."""
    if _PROGRESSIVE.search(text, max(0, s - 40), s):
        # "is warning that", "has been arguing": a finite verb.
        return "main"
    if before.endswith(_PARTICIPLE_LINKS):
        # "..., adding that Y", "paused before adding that Y".
        return _rules.PARTICIPLE
    if text[s : s + 1].isupper() and (s == 0 or text[s - 1] in "\n "):
        # "Noting that Y, Li urged ...": a participle opening the
        # sentence belongs to the main clause's subject.
        return "initial"
    if _ISSUED_MEDIUM.search(text, max(0, s - 60), s) is not None:
        # "X issued a statement saying that Y": X's, as "..., saying".
        return _rules.PARTICIPLE
    if before.endswith(" as "):
        # "Xinhua quoted Li as saying that Y": Li speaks.
        return "quoted"
    return None


def _adjective_pair(text: str, s: int, e: int) -> bool:
    """Whether the coordinated cue at ``s:e`` ends an adjective pair.

    "realized and expected conditions" pairs two participles before a noun;
    "that", a colon or a quotation after the cue, or a subject before the
    pair ("Ortiz smiled and said"), make both verbs.
    """
    pair = _PAIRED_PARTICIPLE.search(text, max(0, s - 30), s)
    return (
        pair is not None
        and not text.startswith((" that ", ":", ", “", ', "', " “", ' "'), e)
        and not _finite_pair(text, pair.start())
    )


#: A modal or "to" earlier in the same clause, no comma or stop between:
#: "he would sit X down and tell him Y".
_MODAL_BEFORE: Final = re.compile(
    r"(?:\b(?:" + choice("statements_modal_leads") + r")|[a-z]['’](?:d|ll))[ ]"
    r"[^,.;:!?“”\"]{1,80}\Z"
)


def _after_modal(text: str, s: int, key: str, base: str) -> bool:
    """Whether the bare coordinated cue at ``s`` continues a modal's verb.

    "Ortiz says she would visit the town and tell residents Y": the bare form
    "tell" pairs with "visit" after "would", inside what Ortiz says; a
    finite second verb ("and told", "and tells") starts her next statement.
    """
    return (
        key == base
        and text.endswith((" and ", " but "), 0, s)
        and _MODAL_BEFORE.search(text, max(0, s - 90), s) is not None
    )


def _participle_modifier(text: str, word: str, prev: str, end: int) -> bool:
    """Whether the "-ed" cue ``word`` ending at ``end`` modifies the noun after it.

    After a number or a preposition ("20 pledged delegates", "in reported
    cases") and before a plain lower-case word that opens no phrase or
    clause, a participle is an adjective, not the verb of an attribution.
    """
    # "Ortiz, 32, noted ...": a number closing an aside is no modifier.
    number = prev[:1].isdigit() and prev[-1:].isdigit()
    if not word.endswith("ed") or not (number or prev in _PREPOSITIONS):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) not in _PREPOSITIONS and m.group(1) != "that"


def _finite_pair(text: str, pos: int) -> bool:
    """Whether the "-ed and" pair before ``pos`` follows its subject.

    "Ortiz smiled and said", "she paused and added": a name or a subject
    pronoun before the first verb makes both finite, no adjective pair.
    """
    m = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in _SOURCE_PRONOUNS:
        return True
    return word[:1].isupper() and word.lower() not in _NOUN_DETERMINERS


def title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in title case.

    Most of its words (at least four, and three in four of those longer than
    three letters) start with a capital, and it ends without a full stop or
    with at most one.
    """
    start = text.rfind("\n", max(0, pos - 200), pos) + 1
    end = text.find("\n", pos, pos + 200)
    line = text[start : end if end >= 0 else min(len(text), pos + 200)]
    long_words = [w for w in line.split() if len(w) > 3]
    if len(line.split()) < 4 or len(long_words) < 3:
        return False
    capital = sum(1 for w in long_words if w[:1].isupper())
    return 4 * capital >= 3 * len(long_words) and line.count(". ") == 0


def _noun_phrase_head(text: str, s: int) -> bool:
    """Whether the bare cue word at ``s`` heads a noun phrase of singular words.

    A bare present form agrees with a plural subject ("the riders say", "his
    aides report"); after a determiner and singular words ("the fastest
    growing state", "a joint report") it is a noun.
    """
    m = _PHRASE_BEFORE.search(text, max(0, s - 80), s)
    if m is None or m.group(1).lower() not in _NOUN_DETERMINERS:
        return False
    return not any(_plural(w) for w in m.group(2).split())


def _plural(word: str) -> bool:
    return word in _PLURAL_HEADS or _PLURAL_END.search(word) is not None
