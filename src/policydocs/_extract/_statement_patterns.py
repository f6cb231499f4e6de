"""The statement stage's patterns, word lists and records.

Cue and adjunct patterns, transcript labels (:func:`is_question_turn_label`,
which the directive stage asks too), and the small records the finder in
``_statements`` passes around.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, NamedTuple

from .._vocab import Mode
from . import _rules
from ._actors import is_person_title
from ._cues import Cue, cue_gate_pattern, cue_pattern
from ._function_words import CONTRAST_JOINERS, DETERMINERS, SOURCE_LINKS
from ._lexicon import (
    Gated,
    alternation,
    choice,
    month_names,
    rows,
    word_set,
    words,
)
from ._modals import OUTLET_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._context import Sentence

__all__ = [
    "cue_matches",
    "day_hint_starts",
    "is_question_turn_label",
    "quotation_close",
    "turn_label",
]

_CUE_RE: Final = re.compile(cue_pattern())
#: ``_CUE_RE`` tried only where a cue's first word is: the document-wide
#: scan for cues, about three times faster on news text.
_CUE_SCAN: Final = Gated(_CUE_RE, cue_gate_pattern())


def cue_matches(low: str) -> Iterator[re.Match[str]]:
    """``_CUE_RE.finditer(low)``, through its gate."""
    return _CUE_SCAN.finditer(low)


_BE: Final = word_set("statements_be")
#: Words between a subject and its cue ("Xi also said", "has said").
_SKIP_BEFORE: Final = word_set("statements_skip_before")
#: A manner or time adverb in "-ly" between a subject and its cue ("The
#: Committee currently expects", "Ortiz bluntly told"): any such word, not
#: a list of them; nouns in "-ly" ("the family said") are kept.
_LY_ADVERB: Final = re.compile(r"[a-z]{4,20}ly")
_LY_NOUNS: Final = word_set("statements_ly_nouns")
#: Parts of a day after a weekday or a date ("on Monday morning").
_DAY_PARTS: Final = alternation(words("statements_day_parts"))
#: "on", "last", "this" before a weekday or a date.
_DAY_LEADS: Final = alternation(words("statements_day_leads"))
#: "last", "this", "that", "next" before a period ("last week").
_PERIOD_DEICTICS: Final = alternation(words("statements_period_deictics"))
#: Periods a subject's cue is timed by ("last week", "this spring").
_PERIOD_NOUNS: Final = alternation(words("statements_period_nouns"))
#: Periods of a time adjunct after a cue ("this morning", "last year").
_ADJUNCT_PERIODS: Final = alternation(words("statements_adjunct_periods"))
#: "late", "early", "earlier", "later" before a period.
_PERIOD_MODIFIERS: Final = alternation(words("statements_period_modifiers"))
#: Meetings a cue is made at ("at a briefing", "at the summit").
_GATHERINGS: Final = alternation(words("statements_gatherings"))
_WEEKDAY_TAIL: Final = re.compile(
    rf"(?:(?:{_DAY_LEADS})[ ]"
    r"(?:[A-Z][a-z]{2,8}day|[A-Z][a-z]{2,8}[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8})"
    rf"(?:[ ](?:{_DAY_PARTS}))?"
    # "X last week said", "X earlier this month said": a period before the cue.
    rf"|(?:(?:earlier|later)[ ])?(?:{_PERIOD_DEICTICS})[ ]"
    rf"(?:{_PERIOD_NOUNS}))\Z"
)
_WEEKDAY_NAMES: Final = alternation(w.capitalize() for w in words("weekdays"))
#: Adjuncts after a cue, before its content or the end of a frame.
_ADJUNCT: Final = re.compile(
    r"[ ]?(?:"
    r"on[ ](?:[A-Z][a-z]{2,8}day|[A-Z][a-z]{2,8}[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8})"
    rf"(?:[ ](?:{_DAY_PARTS}))?"
    rf"|(?:{choice('statements_adjunct_adverbs')})"
    rf"|(?:(?:late|early)[ ])?(?:{_WEEKDAY_NAMES})"
    rf"(?:[ ](?:{_DAY_PARTS}))?"
    rf"|in[ ](?:{DETERMINERS})[ ]"
    r"(?:[a-z\-]{2,20}[ ])?"
    rf"(?:{choice('statements_media')})"
    # The medium's addressee: "in a letter to donors", "in an email to the board".
    r"(?:[ ]to[ ](?:the[ ]|his[ ]|her[ ]|its[ ]|their[ ])?[A-Za-z\-]{2,20})?"
    rf"|in[ ](?:{DETERMINERS})[ ]"
    r"[a-z\-]{2,20}(?:[ ][a-z\-]{2,20})?"
    r"(?:[ ][a-z\-]{2,20})?(?=[ ]that[ ])"
    rf"|on[ ](?:{choice('statements_online_owners')})[ ]"
    rf"(?:{choice('statements_online_places')})"
    r"|on[ ](?:social[ ]media|television|radio|X|Twitter|Weibo|WeChat)"
    r"|at[ ](?:a|the)[ ](?:daily[ ]|regular[ ]|weekly[ ]|joint[ ])?"
    r"(?:press|news)[ ](?:conference|briefing)"
    r"|at[ ](?:a|the)[ ]"
    rf"(?:{_GATHERINGS})"
    rf"|(?:(?:{_PERIOD_MODIFIERS})[ ])?(?:last|this)[ ]"
    rf"(?:{_ADJUNCT_PERIODS})"
    r"|by[ ](?:telephone|phone|email|e-mail|text[ ]message)"
    r"|in[ ][A-Z][a-z]{2,20}(?=[ ](?:that|on)[ ]|[,.])"
    r"|in[ ](?:19|20)\d\d(?=[ ](?:that|on)[ ]|[,.])"
    r")(?=[ ,.:;]|\Z)"
)
_NEXT_PREDICATE: Final = re.compile(
    r",[ ]and[ ](?:also[ ]|further[ ])?"
    rf"(?:{choice('statements_decision_verbs')})[ ]"
    rf"|,?[ ](?:and|but)[ ](?:(?:{choice('statements_second_predicates')})[ ])"
)
#: ", and it will ...", ", and she would ...": a pronoun that may be the
#: speaker, then a modal or a verb of carrying on; the clause is the
#: speaker's own when the pronoun agrees with the speaker (``_Finder._make``).
_SPEAKER_RESUMES: Final = re.compile(
    r"[,;][ ](?:and|but)[ ]"
    rf"({choice('statements_resuming_pronouns')})[ ](?:also[ ]|further[ ])?"
    rf"(?:{choice('statements_resuming_verbs')})[ ]"
)
_SPOKESPERSON_OF: Final = re.compile(
    r"(?:[Tt]he[ ])?([A-Z][^']{1,80})['’]s[ ](?:spokesperson|spokesman|spokeswoman|"
    r"spokespeople|press[ ]office)"
)
#: "The Agency's complaint", "the Bank's latest annual report", "the
#: Bureau's figures": a body's own document or findings, ending where its cue
#: starts; the body speaks through it.
_OWNED_DOCUMENT: Final = re.compile(
    r"['’]s[ ](?:[a-z\-]{2,20}[ ]){0,2}"
    rf"(?:{choice('document_nouns')}|{choice('statements_thing_sources')})"
    # "The Board's study into the use of tolls revealed": a phrase on its topic.
    rf"(?:[ ](?:{choice('statements_topic_links')})"
    r"(?:[ ][a-z][a-z\-]{0,20}){1,6})?[ ]?\Z"
)
_OBJECT_TO_CUES: Final = word_set("statements_object_to_cues")
#: Cues of forecasting: "X expects Y to Z" attributes "Y to Z" to X.
_FORECAST_CUES: Final = word_set("statements_forecast_cues")
_OBJECT_TO: Final = re.compile(
    r"(?!for[ ]|about[ ]|whether[ ]|if[ ])[A-Za-z][A-Za-z'’\-]{0,30}"
    r"(?:[ ][A-Za-z][A-Za-z'’\-]{0,30}){0,5}[ ]to[ ]"
)
#: A forecast's object and its verb: "expect U.S. output to fall", "expect 1%
#: less gas will be produced", "expect higher rates and weak demand will
#: weigh on ...": up to twelve words, with digits, dots and signs, and no
#: clause punctuation before "to" or a modal.
_FORECAST_OBJECT: Final = re.compile(
    rf"(?!(?:{choice('statements_forecast_object_breaks')})[ ])"
    r"(?:[A-Za-z0-9$£€][^\s,;:]{0,30}[ ]){1,12}?"
    rf"(?:{choice('statements_forecast_verb_leads')})[ ]"
    # A quantity forecast: "expecting a surplus of $79 billion", "project
    # growth of 2.5 percent".
    r"|(?:a[ ]|an[ ])?(?:[a-z\-]{2,20}[ ]){1,3}of[ ]"
    r"(?:about[ ]|around[ ]|roughly[ ]|nearly[ ]|some[ ])?[$£€]?\d"
)
_THE_DOCUMENT: Final = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat)[ ](?:[a-z\-]{2,20}[ ]){0,4}"
    rf"({choice('document_nouns')})"
)
#: A document named by its title, its head noun capitalised ("The Spring 2019
#: Harbour Outlook", "This Annual Report"): a document, never an actor of its own.
_TITLED_DOCUMENT: Final = re.compile(
    r"(?:(?:[Tt]he|[Tt]his)[ ](?:[A-Z0-9][\w\-]{0,20}[ ]){0,5}"
    r"|(?:[A-Z0-9][\w\-]{0,20}[ ]){1,5})(?=[A-Z])"
    rf"((?i:{choice('document_nouns')}|{choice('statements_thing_sources')}))"
)
#: Definite findings ("the figures", "the latest data", "these estimates"):
#: data that point back to whoever released them.
_THE_DATA: Final = re.compile(
    # Not "the provincial bureau of statistics": a body named by its field.
    r"(?:[Tt]he|[Tt]hese|[Tt]his)[ ]"
    rf"(?:(?!(?:{SOURCE_LINKS})[ ])[a-z\-]{{2,20}}[ ]){{0,3}}"
    rf"(?:{choice('statements_data_nouns')})"
)
#: Data tied to who released them ("data from the Office for Port
#: Statistics", "figures published by the agency"), up to the source's name.
_DATA_FROM: Final = re.compile(
    rf"\b(?:{choice('statements_data_nouns')})[ ]"
    rf"(?:(?:{choice('actors_document_agent_verbs')})[ ])?"
    rf"(?:{SOURCE_LINKS})[ ](?=the[ ]|[A-Z])"
)
#: Finite verbs that open a predicate, shared by the clause and predicate tests.
_FINITE: Final = (
    r"is|are|was|were|will|would|should|must|can|could|may|might|has|have|had|"
    r"remains?|remained|rose|fell|grew|stood|reached|increased|decreased|declined|"
    r"slowed|eased|expanded|contracted|cannot|gave|began|wants|plans"
)
#: A finite verb or modal anywhere: a clause, not a bare adjunct.
_FINITE_WORD: Final = re.compile(rf"\b(?:{_FINITE})\b")
#: Words after a pronoun that show it opens no clause ("they in turn", "they
#: did" of an act, not a report).
_OBJECT_AFTER: Final = (
    r"to|and|or|for|in|on|at|with|from|of|as|by|into|up|out|off|over|the|a|an|"
    r"this|that|all|not|because|if|when|did|do|does"
)
#: A clause opening: a subject of up to five words, then a finite verb, before
#: any punctuation ("it's time", "the fund would", "exports rose"); or a
#: subject pronoun and a verb ("insisted she gave", "believes they lost"; not
#: "I" or "you": "you know", "I mean" are fillers, nor "it", often an object).
_BARE_CLAUSE: Final = re.compile(
    # A number or "of" opens no subject ("the value added of industrial
    # firms rose": "added" has no clause).
    r"(?!\d[ ,]|of[ ])"
    rf"(?:(?!(?:{choice('statements_subject_breaks')})[ ])"
    r"[A-Za-z][A-Za-z.'’\-]{0,25}[ ]){1,8}"
    rf"(?:{_FINITE}|needs?|needed)(?:n['’]t)?[ ,.]"
    rf"|(?:{choice('statements_clause_pronouns')})[ ](?!(?:{_OBJECT_AFTER})[ ,.])"
    r"[a-z][a-z'’]{1,20}[ ,.]"
    rf"|(?:{choice('statements_contracted_subjects')})['’](?:s|re|ll|d|ve)[ ]"
    r"|(?:[A-Za-z][A-Za-z'’\-]{0,25}[ ]){1,5}(?:won|can|ain)['’]t[ ]"
    # A longer subject with a determiner and a regular past tense: "the risks
    # of more bond purchases outweighed", not "the newly revised figures" nor
    # "the figures released by".
    rf"|(?:{choice('statements_past_subject_determiners')})[ ]"
    rf"(?:(?!(?:{choice('statements_past_subject_breaks')})[ ]|[a-z]{{2,20}}ly[ ])"
    r"[A-Za-z][A-Za-z'’\-]{0,25}[ ]){1,5}[a-z]{3,20}ed[ ](?!by[ ])"
)
#: A predicate opening: "Growth, according to the IMF, will slow" continues
#: with a verb, while "..., according to Eurostat, the statistical office of
#: the EU." continues with an appositive.
_VERB_START: Final = re.compile(
    rf"(?:also[ ]|still[ ]|now[ ])?(?:{_FINITE}|[a-z]{{3,20}}ed)[ ,.]"
)
#: "quoted Li as saying": the person between the verb and "as".
_QUOTED_AS: Final = re.compile(
    r"\b(?:quoted|cited)[ ]([A-Za-z][^,;:.]{1,80})[ ]as[ ]\Z"
)
_WORD_AT: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]{0,30}")
#: Words that open an adverbial before a subject, not reported content.
_OPENERS: Final = word_set("statements_openers")
_DATA_NOUNS: Final = word_set("statements_data_nouns")
#: Prepositions that open an adjunct closing a reporting frame.
_ADJUNCT_OPENER: Final = re.compile(rf"(?:{choice('statements_adjunct_openers')})[ ]")
_RECIPIENT: Final = re.compile(
    rf"[ ](?:{choice('statements_listeners')}|"
    r"(?:a|the)[ ](?:press|news)[ ](?:conference|briefing)|(?:a|the)[ ]briefing|"
    rf"(?:a|the)[ ](?:{choice('statements_events')})|"
    r"(?:(?:the|a)[ ])?(?:[A-Z][A-Za-z]{1,20}[ ]){1,3}"
    rf"(?:{choice('statements_audiences')})|"
    # A named listener, maybe with "the": "told the Leeds Gazette".
    r"(?:the[ ])?[A-Z][A-Za-z]{1,20}(?:[ ][A-Z][A-Za-z]{1,20}){0,3})(?=[ ,.:;]|\Z)"
)
_TURN_RE: Final = re.compile(
    r"([A-Z][A-Za-z.'’\-]{0,30}(?:,?[ ][A-Za-z][A-Za-z.'’\-]{0,30}){0,13})"
    r"(?:[ ]\([^()\n]{1,40}\))?:[ ]"
)


def turn_label(text: str, pos: int, endpos: int) -> re.Match[str] | None:
    """``_TURN_RE.match(text, pos, endpos)``: a transcript label at ``pos``.

    Asked at the start of every line. Most lines hold no colon, and on each of
    them the pattern reads and backtracks through up to fourteen words before
    it fails; a label needs its colon, so a line without one is no label.
    """
    if text.find(":", pos, endpos) < 0:
        return None
    return _TURN_RE.match(text, pos, endpos)


#: A question label without its colon: "Q  Thanks." and "Q. What ...".
_BARE_QUESTION: Final = re.compile(r"(Q)\.?[ \t]+(?=[A-Z“\"‘'(—-])")
_ANSWER_TURN: Final = word_set("statements_answer_turn")
#: Labels of a question turn, alone or as the label's last word ("CCTV
#: reporter"). The directives stage imports this set too.
_QUESTION_TURN: Final = word_set("statements_question_turn")


def is_question_turn_label(label: str) -> bool:
    """Whether a transcript label (the text before the colon) asks, not answers.

    True for "Q", "Question", "Reporter", "Correspondent", an outlet's
    reporter ("CCTV reporter", "Reporter (Nikkei)", "QUESTION (Radio X)")
    and an outlet named alone ("Reuters", "Bloomberg News", "Xinhua").
    A label with a comma names an official ("Zheng Hao, deputy head of
    ..."), and a title word makes it a person ("Spokesperson Liu"): neither
    is a question, whatever words follow.
    """
    core = label.strip().rstrip(":").strip()
    if "(" in core:
        # "Reporter (Outlet)": the part before the bracket says who asks.
        core = core[: core.index("(")].strip()
    if not core:
        return False
    low = core.lower().rstrip(".")
    if low in _QUESTION_TURN:
        return True
    if "," in core:
        return False
    words = low.split()
    if is_person_title(words[0]):
        return False
    if words[-1] in _QUESTION_TURN:
        return True
    # An outlet named alone: "Reuters", "Bloomberg News", "Economic Daily".
    return any(w.strip(".'’") in OUTLET_WORDS for w in words)


#: What a content span never ends with (quoted content keeps "!" and "?").
_TRAIL: Final = " \t\n\r,.;:"
_TRAIL_INDIRECT: Final = _TRAIL + "!?"
_OPEN_QUOTES: Final = '"“‘'
_CLOSERS: Final = '"”’'
_OPEN_FOR: Final = {'"': '"', "”": "“", "’": "‘"}
_CLOSE_FOR: Final = {'"': '"', "“": "”", "‘": "’"}
#: The other mark that closes a quotation in hand-edited copy, which mixes
#: straight and curly marks ('“Y," X said', '"Y.”').
_MIXED_CLOSE: Final = {'"': "”", "“": '"'}


def quotation_close(text: str, opening: int, end: int) -> int:
    """Where the quotation opened at ``opening`` closes before ``end``, or -1.

    The matching mark first; with none, the other kind of double mark, so a
    quotation whose marks were mixed by hand still closes.
    """
    q = text.find(_CLOSE_FOR[text[opening]], opening + 1, end)
    if q < 0 and text[opening] in _MIXED_CLOSE:
        q = text.find(_MIXED_CLOSE[text[opening]], opening + 1, end)
    return q


#: Typewriter quotation marks: a pair of apostrophes or of backticks.
_MARK_PAIR: Final = re.compile(r"'''|''|``")
#: What may stand before an opening pair of marks.
_BEFORE_OPENING: Final = "([{—–-/"


def typeset_mark_pairs(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with each typewriter pair of quotation marks as curly marks.

    Wire and newspaper copy quotes with two apostrophes (``''Y,'' X said``),
    older corpora open with two backticks. An opening pair becomes ``“‘``
    and a closing pair ``’”``, a quotation holding a nested one, which the
    finder reads like any other; the copy is as long as ``text``, so every
    offset holds. Also returns where the inner marks (‘ and ’) stand: they
    are never part of a content.
    """
    if "''" not in text and "``" not in text:
        return text, frozenset()
    chars = list(text)
    inner: set[int] = set()
    for m in _MARK_PAIR.finditer(text):
        i = m.start()
        before = text[i - 1] if i > 0 else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        if m.group() == "``" or (
            (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
        ):
            # A third apostrophe opens a nested quotation: ''' Hey, ...
            chars[i], chars[i + 1] = "“", "‘"
            inner.add(i + 1)
        else:
            # ",''' X said": the first apostrophe closes a nested quotation.
            j = m.end() - 2
            chars[j], chars[j + 1] = "’", "”"
            inner.add(j)
    return "".join(chars), frozenset(inner)


#: A bracketed day between a subject and its cue: "(22nd December)", "(29 May)".
#: A release between a source phrase and its cue: "data from X released
#: today show", "a survey out on Monday found", "a poll published last week".
_RELEASE_TAIL: Final = re.compile(
    rf"[ ](?:{choice('statements_release_words')})[ ](?:(?:{_DAY_LEADS})[ ])?"
    rf"(?i:{choice('statements_release_days')}|week|month)\Z"
)
_DATE_ASIDE: Final = re.compile(
    r"[ ]\((?:[A-Za-z]{3,9}[ ])?\d{1,2}(?:st|nd|rd|th)?[ ][A-Z][a-z]{2,8}"
    r"(?:[ ]\d{4})?\)\Z"
)
#: A bracketed aside closing a subject: a party tag "(R-Utah)", an acronym,
#: "(who has 25 delegates)", "(a Leeds Democrat)".
_BRACKET_TAIL: Final = re.compile(r"[ ]\([^()\n]{1,120}\)\Z")
#: An aside between dashes closing a subject: "Ray Dalton — after a pause —",
#: "X - who said Y -" (a spaced hyphen as typed dash).
_DASH_TAIL: Final = re.compile(
    r"[ ](?:—|--|–|-(?=[ ]))[^—–\n]{1,120}?(?:—|--|–|[ ]-)\Z"
)
#: A sentence adverb between commas closing a subject: "X, however, said".
_COMMA_ADVERB: Final = re.compile(rf",[ ](?:{choice('statements_comma_adverbs')}),\Z")
#: An "including" aside closing a subject: "Several candidates, including X,".
_INCLUDING_TAIL: Final = re.compile(r",[ ]including[ ][^,;:()\n]{1,80},\Z")
#: An exception closing a subject: "all members but one", "everyone except two".
_EXCEPT_TAIL: Final = re.compile(
    rf"[ ](?:{choice('statements_except_words')})"
    rf"[ ](?:{choice('statements_except_counts')})\Z"
)
#: A wish or feeling before an infinitive cue: "I want to call on",
#: "we are pleased to announce", "I am proud to report"; or carrying on:
#: "Members continued to anticipate".
_WANT_TO: Final = re.compile(
    rf"(?:{choice('statements_wish_verbs')}|"
    rf"(?:am|{choice('finite_be')})[ ](?:{choice('statements_glad_adjectives')}))"
    r"[ ]to\b"
)
#: A new clause with its own short subject before a cue: content of an
#: earlier statement in the sentence stops there.
_NEW_CLAUSE: Final = re.compile(
    r"(?:,[ ]and|,[ ]but|,[ ]while|,[ ]whereas|,[ ]after|;|[ ]and|[ ]but|[ ]while)[ ]"
    r"(?:he|she|they|it|we|I|the[ ][a-z]{2,20}|(?:the[ ])?"
    r"[A-Z][A-Za-z.'’\-]{1,30}(?:[ ][A-Z][A-Za-z.'’\-]{1,30}){0,3}"
    # "..., while only 49 percent of drivers say ...", "..., after half said".
    r"|(?:only[ ]|just[ ])?(?:\d[\d.,]*%?|half|most|many|some|others|a[ ]majority)"
    r"(?:[ ][A-Za-z][a-z\-]{1,20}){0,4})"
    r"(?:[ ]also)?[ ]\Z"
)
#: ", and nearly three in five said", "; local officials say": after a comma's
#: link, unnamed people (an opener such as a number or quantifier, or a bare
#: plural, maybe with a place) open their own clause before a later cue.
_NEW_UNNAMED_CLAUSE: Final = re.compile(
    rf"(?:,[ ](?:{CONTRAST_JOINERS})|;)[ ](?:"
    rf"(?:(?:{choice('statements_unnamed_openers')}|\d[\d.,]*%?)[ ]){{1,3}}"
    r"(?:[A-Za-z\d][\w\-]{0,20}[ ]){0,4}"
    r"|(?:[a-z][a-z\-]{1,20}[ ]){0,2}[a-z]{2,20}(?<!s)s[ ]"
    rf"(?:(?:{choice('statements_unnamed_place_links')})[ ]"
    r"[A-Za-z][a-z\-]{1,20}[ ])?"
    r")\Z"
)
_POLLED_BY: Final = re.compile(
    rf"[ ](?:{choice('statements_polled_participles')})[ ]by[ ](?:the[ ])?\Z"
)
_MADE_BY: Final = re.compile(rf"(?:{choice('statements_issuing_participles')})[ ]by[ ]")
#: Longest "according to" source phrase looked at, in characters.
_MAX_SOURCE: Final = 240
_SOURCE_OF: Final = re.compile(rf"(?<=[ ])(?:{SOURCE_LINKS})[ ](?=the[ ]|[A-Z])")
_GENERIC_OF: Final = re.compile(
    rf"(?:{choice('statements_generic_sources')})[ ]"
    r"(?:released[ ]|published[ ]|cited[ ]|compiled[ ]|issued[ ])?"
    rf"(?:{SOURCE_LINKS})[ ]\Z"
)
_DAY_HINT_WORDS: Final = (
    r"day\b",
    "today",
    "yesterday",
    "tonight",
    "morning",
    *sorted(m.capitalize() for m in month_names()),
    *sorted(
        str(r["entry"]).capitalize() + r"\." for r in rows("months") if r["dotted"]
    ),
)
_DAY_HINT: Final = re.compile(
    r"day\b|today|yesterday|tonight|morning|"
    + alternation(m.capitalize() for m in month_names())
    + "|(?:"
    + alternation(str(r["entry"]).capitalize() for r in rows("months") if r["dotted"])
    + r")\.|\d{4}-\d\d-\d\d"
)
#: ``_DAY_HINT`` in two parts for the document-wide scan: its words as a flat
#: alternation whose every branch opens with a letter (so ``re`` skips ahead
#: to those letters) and the ISO day. No match of one can overlap a match of
#: the other (letters against digits), so together they start where
#: ``_DAY_HINT``'s matches start.
_DAY_HINT_SCANS: Final = (
    re.compile("|".join(_DAY_HINT_WORDS)),
    re.compile(r"\d{4}-\d\d-\d\d"),
)


def day_hint_starts(text: str) -> list[int]:
    """Where the matches of ``_DAY_HINT.finditer(text)`` start, in order."""
    return sorted(m.start() for scan in _DAY_HINT_SCANS for m in scan.finditer(text))


class _Cand(NamedTuple):
    cue_start: int
    cue_end: int
    base: str
    speaker: str | None
    content_start: int
    content_end: int
    mode: Mode
    rule: str
    sentence: int
    #: The words that name the source ("he", "Minister Ana Ortiz"), if any.
    speaker_span: tuple[int, int] | None = None
    #: The pieces of a split quotation, in order; empty when contiguous.
    parts: tuple[tuple[int, int], ...] = ()


class _Match(NamedTuple):
    start: int
    end: int
    cue: Cue
    form: str
    kind: str  # "participle", "coordinated" or "main"


def _mentions_noun(text: str, c: _Cand, noun: str) -> bool:
    """Whether a statement's content names a document: "a plan", "the report"."""
    low = text[c.content_start : c.content_end].lower()
    return f" {noun}" in low or low.startswith(noun)


class _At(NamedTuple):
    """Where a cue sits: sentence index, sentence, match."""

    si: int
    sent: Sentence
    m: _Match


def _turn_cand(m: re.Match[str], si: int, speaker: str, body: int, end: int) -> _Cand:
    """A transcript turn as a statement: the label is the cue, the words the content."""
    return _Cand(
        m.start(1),
        m.end(1) + 1,
        "say",
        speaker,
        body,
        end,
        Mode.INDIRECT,
        _rules.TRANSCRIPT_TURN,
        si,
    )
