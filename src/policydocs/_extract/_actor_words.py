"""The actor registry's vocabulary views and small helpers, shared by its layers.

Word lists come from the lexicon (``lexicon/actors.tsv``, ``titles.tsv``,
``pronouns.tsv``, ``role_fits.tsv``); the patterns, the entry record and the
helpers here are what the layers of :class:`~._actors.ActorRegistry` share.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from ._function_words import BODY_LINKS, DETERMINERS
from ._lexicon import (
    Gated,
    choice,
    month_names,
    rows,
    table,
    word_set,
    word_starts,
    words,
)
from ._modals import lexicon as _lex

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .._vocab import ActorKind

__all__ = ["is_generic_source", "is_person_title", "is_pronoun"]


# --------------------------------------------------------------------------
# Lexicons (data). Lower-case; multi-word entries are matched word by word.
# --------------------------------------------------------------------------


def _titles(column: str, value: object = True) -> frozenset[str]:
    """The titles of ``titles.tsv`` whose ``column`` holds ``value``."""
    return frozenset(
        str(row["entry"]) for row in rows("titles") if row[column] == value
    )


#: Titles that precede or follow a person's name. A title word alone after
#: "the" is a role noun ("the president") that resolves to a titled person.
_PERSON_TITLES: Final = _titles("title")
#: Words that extend a title ("vice president", "general secretary",
#: "executive vice-president", "prime minister", "chief executive").
_TITLE_MODIFIERS: Final = _titles("modifier")
#: Titles that are also family names or words ("Barr", "King", "Sen"): a
#: title only before a capitalised name or after a modifier ("Chief Judge").
_SURNAME_TITLES: Final = _titles("surname")
_MALE_TITLES: Final = _titles("gender", "male")
_FEMALE_TITLES: Final = _titles("gender", "female")
#: A small given-name lexicon: only to pick the antecedent of "he"/"she"
#: when two people are in play; unknown names stay compatible with both.
_FEMALE_NAMES: Final = word_set("actors_female_names")
_MALE_NAMES: Final = word_set("actors_male_names")

#: Head nouns of organizations (lower-case); "the <head>" is a role noun.
_ORG_HEADS: Final = word_set("actors_org_heads")
_ORG_HEADS_PLURAL: Final = word_set("actors_org_heads_plural")
#: Lower-case words allowed between a capitalised name and a lower-case
#: organization head ("Jiangsu provincial government", "State Council
#: executive meeting").
_ORG_PREMODIFIERS: Final = word_set("actors_org_premodifiers")
#: Head nouns of places; the canonical name drops them ("Jiangsu province").
_PLACE_HEADS: Final = word_set("actors_place_heads")
#: Role nouns that also fit a body headed by another noun: a bureau, an
#: office or a statistics institute is "the agency", the Federal Reserve is
#: "the (central) bank", an authority or a commission is "the regulator".
#: A role noun not listed here fits only its own head ("the ministry").
_ROLE_FITS: Final = {
    role: frozenset(str(heads).split()) for role, heads in table("role_fits").items()
}
#: Place heads below a country: "the country" is never a province.
_SUBNATIONAL_HEADS: Final = word_set("actors_subnational_heads")
#: Plural common nouns that name a group acting or addressed.
_GROUP_HEADS: Final = word_set("actors_group_heads")
_PLURAL_PLACES: Final = word_set("actors_plural_places")
_BODY_MEMBERS: Final = word_set("actors_body_members")
_MEMBER_QUANTIFIERS: Final = word_set("actors_member_quantifiers")
_DELIBERATIVE_HEADS: Final = word_set("actors_deliberative_heads")
_GENERIC_SOURCES: Final = word_set("actors_generic_sources")

_PRONOUNS: Final = {word: str(person) for word, person in table("pronouns").items()}
#: Plural nouns of people that point back to the two parties of a meeting
#: ("the leaders", "the two presidents"), with the title both hold ("" for
#: any two people).
_PAIR_NOUNS: Final = {n: str(t or "") for n, t in table("pair_nouns").items()}
_PAIR_DETERMINERS: Final = word_set("pair_determiners")


def _pair_noun(raw: str) -> str | None:
    """The noun of "the leaders" / "both countries" (lower case), else None."""
    determiner, _, noun = raw.rpartition(" ")
    return noun if determiner in _PAIR_DETERMINERS and noun in _PAIR_NOUNS else None


_SUBJECT_PRONOUNS: Final = word_set("actors_subject_pronouns")
_CONNECTORS: Final = word_set("actors_connectors")
_STOP_CAPS: Final = word_set("actors_stop_caps") | {
    word.capitalize() for word in month_names() | word_set("weekdays")
}

_BIG: Final = 1 << 62
_DOC_NOUNS: Final = f"({choice('document_nouns')})"
_DOC_BY_VERB: Final = re.compile(
    rf"[ ](?:{choice('actors_document_verbs')})[ ](?:{DETERMINERS})[ ]"
    r"(?:[A-Za-z\-]{2,20}[ ]){0,4}" + _DOC_NOUNS + r"\b"
)
_DOC_BY_AGENT: Final = re.compile(
    _DOC_NOUNS + rf"[ ](?:{choice('actors_document_agent_verbs')})[ ]by[ ]"
)
#: What every match of it holds; most texts hold none and are not scanned.
_DOC_AGENT_CUES: Final = tuple(
    f" {v} by " for v in words("actors_document_agent_verbs")
)
_OWN_BODY: Final = re.compile(
    rf"(?:[ ][a-z\-]{{3,20}}){{0,2}}[ ](?:{choice('actors_meeting_nouns')})\b"
)
_HONORIFICS: Final = _titles("honorific")
_ANY_PERSON_ROLES: Final = word_set("actors_any_person_roles")
#: "The Political Bureau ... held a meeting": the meeting is the body's own.
_HELD_MEETING: Final = re.compile(
    r"[ ](?:(?:" + choice("actors_meeting_verbs") + r")[ ]"
    r"(?:" + choice("actors_meeting_determiners") + r")[ ]"
    r"(?:[a-z\-]{2,20}[ ])?(?P<noun>meeting|session|plenary|conference)|met)\b"
)
_MEETING_CUES: Final = (*(f" {v} " for v in words("actors_meeting_verbs")), " met")


def scan_if(
    pattern: re.Pattern[str], text: str, cues: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, or nothing when ``text`` holds none of ``cues``.

    For a document-wide pattern each of whose matches holds one of ``cues``:
    a text without any (most texts) costs a few substring searches in C, not
    a regex scan that enters the pattern at every offset its first character
    allows.
    """
    if any(cue in text for cue in cues):
        return pattern.finditer(text)
    return iter(())


#: Possessives that are part of a name ("People's Bank of China").
_NAME_POSSESSIVES: Final = word_set("actors_name_possessives")
#: Degrees and generational suffixes after a name ("Tom Ortiz, M.D."): the
#: name before the comma is the actor, the suffix names nobody.
_NAME_SUFFIXES: Final = word_set("actors_name_suffixes")
_NAME_SUFFIX_END: Final = re.compile(
    rf"(?<=[A-Za-z]),[ ](?:{choice('actors_name_suffixes')})\.?\Z"
)
_POSSESSIVES: Final = word_set("actors_possessives")
#: Words after which a cue form is a noun ("the report", "its note").
_DETERMINERS: Final = _POSSESSIVES | _lex("the a an this that these those every each")
#: Fields that name a public body with a place ("Statistics Canada",
#: "Transport Canada", "Statistics Norway"); no person's name holds them.
_AGENCY_FIELDS: Final = word_set("actors_agency_fields")
#: Last words of company names ("Volta Motors", "Kestrel Mining Ltd").
_COMPANY_ENDS: Final = word_set("actors_company_ends")
#: First words of place names, never of a person's ("South Sudan").
_COMPASS_WORDS: Final = word_set("actors_compass_words")
_PLURAL_AGENT_ENDS: Final = words("actors_plural_agent_ends")
#: Rank words of a title: "Prime", "Deputy" name no body.
_RANK_WORDS: Final = word_set("actors_rank_words")
#: Heads shared by many bodies: "Ministry" in a title does not say which.
_CONTAINER_HEADS: Final = word_set("actors_container_heads")
#: Words that end a person's name ("Rahul Mehta of ..."); particles such as
#: "von der" belong to it.
_NAME_CUT: Final = word_set("actors_name_cut")
_NAME_PARTICLES: Final = word_set("actors_name_particles")
_INITIAL_ENDS: Final = tuple(f" {c}." for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ABBREVIATIONS: Final = word_set("actors_abbreviations")
#: Latin letters with diacritics ("Günther", "Věra Jourová", "Łódź"): names of
#: many countries are written with them.
_LATIN: Final = "À-ÖØ-öø-ÿĀ-ž"
_CAP_TOKEN: Final = re.compile(rf"[A-ZÀ-ÖØ-ÞĀ-ž][A-Za-z{_LATIN}'’\-]{{0,40}}\.?")
_WORD: Final = re.compile(rf"[A-Za-z{_LATIN}][A-Za-z{_LATIN}'’\-]{{0,40}}\.?")
_PRONOUN_RE: Final = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b"
)
#: The document-wide scan for ``_PRONOUN_RE``: its leading ``\b`` makes ``re``
#: try every offset; the gate (words opening as a pronoun does) skips ahead.
_PRONOUN_SCAN: Final = Gated(
    _PRONOUN_RE, word_starts("He", "he", "Hi", "hi", "She", "she")
)
#: A title's body: "Governor of the Central Bank of Kenya", "Minister for
#: Trade" (the body runs to the end of the title).
_TITLE_BODY: Final = re.compile(
    r"\b(?P<title>[A-Za-z\-]{2,30})[ ](?P<prep>of|for|at)[ ](?:the[ ])?"
    r"(?P<org>[A-Z][A-Za-z'’\-]{0,40}(?:[ ][A-Za-z'’\-]{1,40}){0,10})"
)
#: An affiliation after a titled name: "Rahul Mehta of the Reserve Bank".
_TAIL_BODY: Final = re.compile(
    r"[ ](?:of|at)[ ](?:the[ ])?"
    r"(?P<org>[A-Z][A-Za-z'’\-]{0,40}(?:[ ][A-Za-z'’\-().]{1,40}){0,10})"
)
_WHO_IS: Final = re.compile(
    r",[ ]who[ ](?:is|was|has been|is also|was also|also serves as|serves as)[ ]"
)


def is_pronoun(phrase: str) -> bool:
    """Return True when ``phrase`` is a personal pronoun ("he", "It", "they")."""
    return phrase.strip().lower() in _PRONOUNS


_ROLE_RE: Final = re.compile(
    rf"\bthe[ ]((?:vice[ -])?(?:{choice('actors_role_nouns')}))\b"
)
#: The document-wide scan for ``_ROLE_RE``, skipping ahead to each word "the".
_ROLE_SCAN: Final = Gated(_ROLE_RE, word_starts("the "))

#: The articles: no part of a generic source's name.
_ARTICLES: Final = word_set("articles")


def _outermost(mentions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted mentions without those inside another ("Jiangsu" in "the Jiangsu ...")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(mentions), key=lambda m: (m[0], -m[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _ends_sentence(word: str) -> bool:
    """A word with a full stop that is no initial or dotted abbreviation."""
    if not word.endswith("."):
        return False
    core = word[:-1]
    return len(core) > 2 and "." not in core and core.lower() not in _ABBREVIATIONS


def is_generic_source(phrase: str) -> bool:
    """Return True for an unnamed source ("the data", "analysts", "a report")."""
    raw = phrase.strip().split()
    words = [w.lower() for w in raw]
    if not words or words[-1] not in _GENERIC_SOURCES:
        return False
    # "the bureau of statistics" and "Customs statistics" name a source.
    return not any(
        w in _ORG_HEADS or r[:1].isupper()
        for w, r in zip(words[:-1], raw[:-1], strict=True)
        if w not in _ARTICLES
    )


def is_person_title(word: str) -> bool:
    """Return True when ``word`` is a title word ("Premier", "spokesperson")."""
    return word.lower() in _PERSON_TITLES


@functools.lru_cache(maxsize=8192)
def _norm(name: str) -> str:
    name = name.strip().strip(".,;:").lower().replace("’", "'")
    return name.removeprefix("the ").removesuffix("'s")


class _Entry:
    __slots__ = (
        "affiliation",
        "aliases",
        "gender",
        "heads",
        "idx",
        "kind",
        "mentions",
        "name",
        "plural",
        "titles",
    )

    def __init__(self, idx: int, name: str, kind: ActorKind) -> None:
        self.idx = idx
        self.name = name
        self.kind = kind
        self.aliases: list[str] = []
        self.titles: list[str] = []
        self.mentions: list[tuple[int, int]] = []
        self.heads: set[str] = set()
        self.gender = ""
        self.plural = False
        self.affiliation: str | None = None


class _DocumentRun(NamedTuple):
    """Documents of one noun and definiteness from one in-order pass."""

    run: int
    starts: list[int]
    indexes: list[int]


#: A lower-case body ending a title: "of the provincial department of
#: commerce", "at the central bank".
_COMMON_BODY: Final = re.compile(
    rf"\b(?:{BODY_LINKS})[ ]the[ ](?P<org>"
    r"(?P<mods>(?:[a-z\-]{2,20}[ ]){0,2})"
    r"(?P<head>[a-z]{3,20})(?P<field>[ ](?:of|for)[ ][a-z\-]{2,30}"
    r"(?:[ ]and[ ][a-z\-]{2,30})?)?)$"
)

#: Words that end a group phrase: they are verbs, not part of the noun.
_VERBISH: Final = word_set("actors_verbish")

#: Lower-case modifiers of group nouns ("local governments", "relevant
#: departments", "member states", "commercial banks").
_GROUP_MODIFIERS: Final = word_set("actors_group_modifiers")
