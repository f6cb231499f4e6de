"""Actors and coreference: the per-run :class:`ActorRegistry`.

One registry is made per extraction run (``_pipeline.run``) and shared by the
statements, directives and metrics stages. It knows every actor the text
names (people with titles, organizations, places, groups), their aliases and
titles, and every mention, pronouns and role nouns included.

API used by the other stages (all offsets are into ``ctx.text``):

``ActorRegistry(ctx)``
    Builds the registry and scans the text once (linear) for named actors:
    titled people ("President Xi Jinping", "spokesperson Liu"), names with an
    appositive title ("Wei Lan, spokesperson of the NBS"), organizations
    ("the State Council", "Ministry of Commerce", "Jiangsu provincial
    government", "a State Council executive meeting") and places with a
    head noun ("Jiangsu province"), plus he/she/his/her pronouns.

``mention(start, end, *, kind=ActorKind.GROUP) -> str | None``
    Record a mention of the phrase ``text[start:end]`` and return the
    canonical name to store in items. Pronouns and role nouns ("he", "it",
    "they", "the meeting", "the premier") are resolved like :meth:`resolve`;
    a name already known (full name, alias such as "Xi", acronym such as
    "NBS") returns the known actor; any other phrase becomes a new actor of
    the kind inferred from its words, else ``kind``. A leading article and a
    possessive "'s" are dropped from the name.

``resolve(start, end) -> str | None``
    Same as :meth:`mention`, but never creates an actor: a pronoun, role noun
    or name phrase resolves to the most recent compatible actor mentioned
    before ``start`` (gender and number for pronouns, the role noun for
    "the president" / "the Committee" / "the province", a fitting head for
    "the agency" (a bureau) or "the central bank" (the Federal Reserve),
    "a ministry statement" too); a role noun with no antecedent falls back
    to the document's source when its head fits ("the Committee" →
    "Federal Open Market Committee"). "we"/"our"/"us"/"I"
    inside a statement's content resolve to that statement's speaker's
    organization (or the speaker), elsewhere to :meth:`author`.
    The mention is recorded when it resolves.

``author() -> str | None``
    The document's ``ctx.source`` as an organization actor (for unattributed
    "we" in a work report or a press release).

``phrase_before(end) -> tuple[int, int] | None`` /
``phrase_after(start) -> tuple[int, int] | None``
    The actor noun phrase (name, title + name, organization, place, group,
    pronoun, role noun) that ends at ``end`` / starts at ``start`` (spaces
    skipped), as offsets suitable for :meth:`mention`; None when there is
    none. "the government work report of the Jiangsu provincial government"
    yields only the actor part after "of".

``note_statement(start, end, speaker)``
    Called by the statements stage for each statement's content, so that
    "we" inside a quotation resolves to the speaker's side.

``to_actors() -> tuple[Actor, ...]``
    The actors in order of first mention, each with kind, canonical name,
    aliases (other surface names used), titles and mention spans in order;
    actors handed out without a mention (the source) come last.

Smaller helpers: ``speaker_at(pos)`` (the speaker whose statement content
holds ``pos``), ``affiliation(name)`` (the organization of a person's
appositive title), ``kind_of(name)``, ``mentioned_in(name, start, end)``,
``recent_person(pos)``, ``add_title(name, title)``, ``looks_like_name(phrase)``
and ``is_actor_phrase(phrase)``. ``mention`` and ``resolve`` take
``prefer=name``: a pronoun takes that actor when it fits (the previous
statement's speaker).
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING, Final, NamedTuple

from .._models import Actor, Span
from .._vocab import ActorKind
from ._cues import CUES
from ._lexicon import month_names, rows, table, word_set, words
from ._modals import OUTLET_WORDS
from ._modals import lexicon as _lex

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._context import Context

__all__ = ["ActorRegistry", "is_generic_source", "is_person_title", "is_pronoun"]


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
_GENERIC_SOURCES: Final = word_set("actors_generic_sources")

_PRONOUNS: Final = {word: str(person) for word, person in table("pronouns").items()}
_SUBJECT_PRONOUNS: Final = word_set("actors_subject_pronouns")
_CONNECTORS: Final = word_set("actors_connectors")
_STOP_CAPS: Final = word_set("actors_stop_caps") | {
    word.capitalize() for word in month_names() | word_set("weekdays")
}

_BIG: Final = 1 << 62
_DOC_NOUNS: Final = (
    r"(report|statement|plan|communique|communiqué|document|blueprint|guideline|"
    r"outlook|bulletin|review|speech|address|letter|notice)"
)
_DOC_BY_VERB: Final = re.compile(
    r"[ ](?:delivered|presented|released|published|issued|submitted|unveiled|"
    r"tabled|gave|made)[ ](?:the|a|an|its|his|her|their)[ ]"
    r"(?:[A-Za-z\-]{2,20}[ ]){0,4}" + _DOC_NOUNS + r"\b"
)
_DOC_BY_AGENT: Final = re.compile(
    _DOC_NOUNS + r"[ ](?:released|published|issued|compiled|prepared|submitted)"
    r"[ ]by[ ]"
)
_OWN_BODY: Final = re.compile(
    r"(?:[ ][a-z\-]{3,20}){0,2}[ ](?:meeting|session|plenary|conference|plenum)\b"
)
_HONORIFICS: Final = _titles("honorific")
_ANY_PERSON_ROLES: Final = word_set("actors_any_person_roles")
#: "The Political Bureau ... held a meeting": the meeting is the body's own.
_HELD_MEETING: Final = re.compile(
    r"[ ](?:(?:held|convened|hosted|opened)[ ](?:a|an|its)[ ]"
    r"(?:[a-z\-]{2,20}[ ])?(?P<noun>meeting|session|plenary|conference)|met)\b"
)
#: Possessives that are part of a name ("People's Bank of China").
_NAME_POSSESSIVES: Final = word_set("actors_name_possessives")
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
_CAP_TOKEN: Final = re.compile(r"[A-Z][A-Za-z'’\-]{0,40}\.?")
_WORD: Final = re.compile(r"[A-Za-z][A-Za-z'’\-]{0,40}\.?")
_PRONOUN_RE: Final = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]im|[Hh]er|[Hh]imself|[Hh]erself)\b"
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
    r"\bthe[ ]((?:vice[ -])?(?:president|premier|minister|chancellor|governor|mayor|"
    r"spokesperson|spokesman|spokeswoman|commissioner|secretary|chairman|"
    r"chairwoman|chair|director|ambassador|ministry|bureau|committee|commission|"
    r"council|agency|administration|department|meeting|cabinet|board|bank|fund|"
    r"authority|parliament|province|city|county|prefecture))\b"
)


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
        if w not in ("the", "a", "an")
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


class ActorRegistry:
    """Per-run registry of actors, their mentions and coreference.

    See the module docstring for the API the stages use.
    """

    def __init__(self, ctx: Context) -> None:
        """Scan ``ctx.text`` for named actors and pronouns of people."""
        self._ctx = ctx
        self._text = ctx.text
        self._entries: list[_Entry] = []
        self._keys: dict[str, int] = {}
        self._timeline: list[tuple[int, int, int]] = []  # (start, end, entry index)
        self._seen: set[tuple[int, int]] = set()
        self._regions: list[tuple[int, int, str]] = []
        self._author: int | None = None
        self._documents: list[tuple[int, str, int, bool]] = []
        # (noun, definite) -> runs of (starts, entry indexes); see _document_runs.
        self._document_index: dict[tuple[str, bool], list[_DocumentRun]] = {}
        self._document_indexed = 0
        self._hints: dict[int, list[str]] = {}
        self._shared: dict[str, list[int]] = {}
        self._classified: dict[
            str, tuple[ActorKind | None, str, list[str], str, set[str]]
        ] = {}
        self._scan()

    # ------------------------------------------------------------------
    # public API
    # ------------------------------------------------------------------

    def mention(
        self,
        start: int,
        end: int,
        *,
        kind: ActorKind = ActorKind.GROUP,
        prefer: str | None = None,
    ) -> str | None:
        """Record a mention at ``text[start:end]`` and return its canonical name.

        ``prefer`` names the actor a pronoun should take when it fits (the
        speaker of the previous statement: "It estimates ..." after
        "According to the bank, ..."), before the most recent compatible one.
        """
        start, end = self._trim(start, end)
        start = self._after_cue_verb(start, end)
        if end <= start:
            return None
        start = self._subject_pronoun(start, end)
        phrase = self._text[start:end]
        low = _norm(phrase)
        if low in _PRONOUNS:
            return self.resolve(start, end, prefer=prefer)
        author = self._author_entry() if low in _GROUP_HEADS else None
        if author is not None and low in author.name.lower().split():
            # "Ministers agreed ..." in a communique issued by "G20 Finance
            # Ministers and Central Bank Governors".
            self._add(author, start, end)
            return author.name
        titled = self._titled_role(start, low)
        if titled is not None:
            self._add(titled, start, end)
            return titled.name
        role = self._role_of(low, phrase)
        if role is not None:
            got = self.resolve(start, end, prefer=prefer)
            if got is not None:
                return got
            # A definite description with no antecedent ("the central bank",
            # "the mayor") names an actor of its own.
            own = self._role_entry(low, role, phrase)
            self._add(own, start, end)
            return own.name
        found = (
            self._lookup(phrase, start)
            or self._described(start, phrase)
            or self._create(start, end, kind)
        )
        if found is None:
            return None
        self._add(found, start, end)
        return found.name

    def resolve(self, start: int, end: int, *, prefer: str | None = None) -> str | None:
        """Resolve a pronoun, role noun or name at ``text[start:end]``."""
        start, end = self._trim(start, end)
        if end <= start:
            return None
        phrase = self._text[start:end]
        entry = None
        raw = phrase.strip().lower()
        if prefer is not None and raw in _PRONOUNS:
            idx = self._keys.get(_norm(prefer))
            cls = _PRONOUNS[raw]
            if idx is not None and self._fits(self._entries[idx], cls):
                entry = self._entries[idx]
                if cls in ("m", "f") and entry.gender != cls:
                    # A person whose gender the text shows beats a guess.
                    other = self._resolve_pronoun(start, cls)
                    if other is not None and other.gender == cls:
                        entry = other
        if entry is None:
            entry = self._resolve_entry(start, phrase)
        if entry is None:
            return None
        self._add(entry, start, end)
        return entry.name

    def author(self) -> str | None:
        """The document's source as an organization actor, or None without a source."""
        entry = self._author_entry()
        return entry.name if entry is not None else None

    def note_statement(self, start: int, end: int, speaker: str | None) -> None:
        """Remember a statement's content span, for "we" inside quotations."""
        if speaker is not None:
            bisect.insort(self._regions, (start, end, speaker))

    def speaker_at(self, pos: int) -> str | None:
        """The speaker of the statement whose content contains ``pos``, or None."""
        i = bisect.bisect_right(self._regions, (pos, _BIG, ""))
        # Contents rarely nest: a few steps back find the enclosing one.
        for s, e, who in reversed(self._regions[max(0, i - 4) : i]):
            if s <= pos < e:
                return who
        return None

    def mentioned_in(self, name: str, start: int, end: int) -> bool:
        """Return True when the actor ``name`` has a mention inside ``[start, end)``."""
        idx = self._keys.get(_norm(name))
        if idx is None:
            return False
        i = bisect.bisect_left(self._timeline, (start, -1, -1))
        while i < len(self._timeline) and self._timeline[i][0] < end:
            if self._timeline[i][2] == idx:
                return True
            i += 1
        return False

    def affiliation(self, name: str) -> str | None:
        """The organization a person belongs to, when the text says it."""
        idx = self._keys.get(_norm(name))
        return self._entries[idx].affiliation if idx is not None else None

    @staticmethod
    def is_actor_phrase(phrase: str) -> bool:
        """Whether ``phrase`` can name a speaker (no bare determiner/possessive)."""
        words = phrase.split()
        if not words:
            return False
        if len(words) == 1:
            w = words[0]
            low = w.lower()
            if low in _POSSESSIVES or (w in _STOP_CAPS and low not in _PRONOUNS):
                return False
        return not all(w in _STOP_CAPS and w.lower() not in _PRONOUNS for w in words)

    def add_title(self, name: str, title: str) -> None:
        """Record ``title`` for the known actor ``name`` (turn label, appositive)."""
        idx = self._keys.get(_norm(name))
        title = title.strip().removeprefix("the ").removeprefix("The ").strip(" ,")
        if idx is None or not title:
            return
        entry = self._entries[idx]
        if title not in entry.titles:
            entry.titles.append(title)
        if len(title.split()) > 1:
            self._keys.setdefault(_norm(title), idx)

    def document_owner(self, pos: int, noun: str) -> str | None:
        """Who issued the "report"/"statement"/... introduced before ``pos``.

        "The report" points back to the last one introduced as definite ("the
        government work report"); one introduced with "a" ("a draft budget
        report released by ...") is only taken when there is no other.
        """
        # The last one in list order before ``pos``: definite first, else
        # indefinite. Bisection per run keeps each question logarithmic.
        runs = self._document_runs()
        for definite in (True, False):
            for _, starts, indexes in reversed(runs.get((noun, definite), ())):
                i = bisect.bisect_left(starts, pos) - 1
                if i >= 0:
                    return self._entries[indexes[i]].name
        return None

    def _document_runs(self) -> dict[tuple[str, bool], list[_DocumentRun]]:
        """The documents by noun and definiteness, split into runs sorted by start.

        ``_documents`` is built by passes that each go through the text in
        order, so it is a few sorted runs; within a run the last document
        before an offset is found by bisection, and a later run's document
        comes later in list order, as the scan it replaces read it.
        """
        if self._document_indexed != len(self._documents):
            index: dict[tuple[str, bool], list[_DocumentRun]] = {}
            run, previous = 0, -1
            for start, kind, idx, definite in self._documents:
                if start < previous:
                    run += 1
                previous = start
                runs = index.setdefault((kind, definite), [])
                if not runs or runs[-1].run != run:
                    runs.append(_DocumentRun(run, [], []))
                runs[-1].starts.append(start)
                runs[-1].indexes.append(idx)
            self._document_index = index
            self._document_indexed = len(self._documents)
        return self._document_index

    def recent_person(self, pos: int) -> str | None:
        """The person mentioned last before ``pos`` (an interview's "A:"), or None."""
        for e in self._recent(pos):
            if e.kind is ActorKind.PERSON:
                return e.name
        return None

    def looks_like_name(self, phrase: str) -> bool:
        """Whether ``phrase`` reads as a person's name: 1-4 capitalised words."""
        words = phrase.split()
        if len(words) > 1 and words[0].lower() in _HONORIFICS:
            words = words[1:]
        return (
            0 < len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and self._name_like(words)
            and not any(w.lower() in _PERSON_TITLES for w in words)
        )

    def kind_of(self, name: str) -> ActorKind | None:
        """The kind of the actor called ``name``, or None when unknown."""
        idx = self._keys.get(_norm(name))
        return self._entries[idx].kind if idx is not None else None

    def phrase_before(self, end: int) -> tuple[int, int] | None:
        """The actor phrase that ends at ``end`` (trailing spaces skipped), or None."""
        text = self._text
        while end > 0 and text[end - 1] == " ":
            end -= 1
        lo = max(0, end - 160)
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, end)]
        # Keep only the words that are contiguous with ``end`` (spaces between).
        chain: list[tuple[int, int]] = []
        pos = end
        for ws, we in reversed(words):
            gap = text[we:pos]
            if we != pos and gap.strip(" ") != "" and gap.strip() not in ("(", ")"):
                break
            if chain and _ends_sentence(text[ws:we]):
                break
            chain.append((ws, we))
            pos = ws
            if len(chain) >= 14:
                break
        chain.reverse()
        if not chain or _ends_sentence(text[chain[-1][0] : chain[-1][1]]):
            # "... by importers. State banks": no phrase across a full stop.
            return None
        return self._best_tail(chain, end)

    def phrase_after(self, start: int) -> tuple[int, int] | None:
        """The actor phrase that starts at ``start`` (spaces skipped), or None."""
        text = self._text
        while start < len(text) and text[start] == " ":
            start += 1
        hi = min(len(text), start + 200)
        chain: list[tuple[int, int]] = []
        pos = start
        for m in _WORD.finditer(text, start, hi):
            if chain and _ends_sentence(text[chain[-1][0] : chain[-1][1]]):
                break
            gap = text[pos : m.start()]
            if chain and gap != " " and gap.strip() not in ("(", ")", ""):
                break
            if not chain and m.start() != start:
                break
            chain.append((m.start(), m.end()))
            pos = m.end()
            if len(chain) >= 16:
                break
        if not chain:
            return None
        return self._best_head(chain)

    def to_actors(self) -> tuple[Actor, ...]:
        """The actors, in order of first mention, with every mention in text order.

        Actors the registry handed out without a mention in the text (the
        document's source, an affiliation named inside a title) come last,
        so every name a stage stored is listed.
        """
        out: list[Actor] = []
        order = sorted(
            (e for e in self._entries if e.mentions),
            key=lambda e: min(e.mentions),
        )
        order += [e for e in self._entries if not e.mentions]
        for i, e in enumerate(order):
            spans = _outermost(e.mentions)
            aliases = [a for a in dict.fromkeys(e.aliases) if a != e.name]
            out.append(
                Actor(
                    id=f"a{i}",
                    kind=e.kind,
                    name=e.name,
                    aliases=tuple(aliases),
                    titles=tuple(dict.fromkeys(e.titles)),
                    mentions=tuple(Span(start=s, end=t) for s, t in spans),
                )
            )
        return tuple(out)

    # ------------------------------------------------------------------
    # noun-phrase recognition
    # ------------------------------------------------------------------

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        text = self._text
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)'’"):
            end -= 1
        if (
            end > start
            and text[end - 1] in ".)"
            and not self._keeps_final_dot(start, end)
        ):
            end -= 1
        return start, end

    def _after_cue_verb(self, start: int, end: int) -> int:
        """Where a phrase starts once a reporting clause is cut off its front.

        A noun phrase crosses no sentence end ("on Monday. Value") and holds
        no speech verb: "Some analysts say China" is "China", "Economists
        believe the central bank" is "the central bank".
        A cue word that heads a noun ("member states", "the report") stays.
        """
        text = self._text
        prev = ""
        cut = start
        for m in _WORD.finditer(text, start, end):
            w = m.group().lower()
            if _ends_sentence(m.group()) and m.end() < end:
                # "said on Monday. Value ...": no name crosses a sentence end.
                cut = m.end()
            elif (
                prev
                and w in CUES
                and not m.group()[:1].isupper()
                and prev not in _DETERMINERS
                and w not in _GROUP_HEADS
                and w not in _ORG_HEADS
                and m.end() < end
            ):
                cut = m.end()
            prev = w
        while cut < end and text[cut] == " ":
            cut += 1
        return cut

    def _subject_pronoun(self, start: int, end: int) -> int:
        """Start of a subject pronoun that ends the phrase, else ``start``.

        A pronoun takes no modifiers, so words before it are an adjunct a
        caller swept in ("said on Tuesday it would invest" gives "on Tuesday
        it"): the pronoun alone is the actor.
        """
        text = self._text
        k = text.rfind(" ", start, end)
        if k < 0 or text[k + 1 : end].lower() not in _SUBJECT_PRONOUNS:
            return start
        return k + 1

    def _keeps_final_dot(self, start: int, end: int) -> bool:
        # "U.S." and "Jr." keep their dot; a sentence full stop does not.
        text = self._text
        if text[end - 1] == ")":
            return "(" in text[start:end]
        return end - start >= 2 and text[end - 3 : end - 1].count(".") > 0

    def _best_tail(
        self, chain: list[tuple[int, int]], end: int
    ) -> tuple[int, int] | None:
        """Choose the longest actor phrase among suffixes of ``chain``."""
        text = self._text
        words = [text[s:e] for s, e in chain]
        n = len(words)
        last = words[-1].rstrip(".")
        lowlast = last.lower()
        if lowlast in _PRONOUNS:
            return chain[-1][0], end
        # Extend backwards over capitalised words, connectors and modifiers.
        i = n - 1
        if not (
            last[:1].isupper()
            or lowlast in _ORG_HEADS
            or lowlast in _GROUP_HEADS
            or lowlast in _PERSON_TITLES
            or lowlast in _PLACE_HEADS
        ):
            return None
        while i > 0:
            w = words[i - 1]
            lw = w.lower()
            if (
                w[:1].isupper()
                or lw in _PERSON_TITLES
                or lw in _TITLE_MODIFIERS
                or lw in _ORG_PREMODIFIERS
            ):
                if lw == "according":
                    break
                i -= 1
                continue
            if (
                lw in _CONNECTORS
                and i - 1 > 0
                and words[i - 2][:1].isupper()
                and lw != "the"
            ):
                i -= 1
                continue
            if (
                lw in _NAME_PARTICLES
                and i >= 2
                and (words[i - 2][:1].isupper() or words[i - 2] in _NAME_PARTICLES)
            ):
                # "Ursula von der Leyen", "Luiz Inacio da Silva"
                i -= 1
                continue
            if (
                lw == "the"
                and i >= 3
                and words[i - 2].lower() in ("of", "for", "and")
                and words[i - 3][:1].isupper()
            ):
                # "Department of the Treasury"
                i -= 2
                continue
            if lw in ("the", "a", "an") or lw.endswith(("'s", "’s")):
                break
            if (
                lw.endswith("-level")
                or lw in _GROUP_MODIFIERS
                or (lw in _ORG_HEADS and lowlast == last)
            ):
                # "cabinet meeting", "party committee", "county-level governments"
                i -= 1
                continue
            break
        if (
            i == n - 1
            and lowlast == last
            and lowlast in _ORG_HEADS
            and i >= 2
            and words[i - 1].islower()
            and (words[i - 2].lower() == "the" or words[i - 2].endswith(("'s", "’s")))
        ):
            # "the health ministry", "the province's health commission"
            i -= 1
        # Drop leading capitalised sentence words that are not names ("In", "The").
        while i < n - 1 and words[i] in _STOP_CAPS:
            i += 1
        if i > 0 and words[i - 1].lower() == "the":
            i -= 1
        return chain[i][0], end

    def _best_head(self, chain: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Choose an actor phrase among prefixes of ``chain``."""
        text = self._text
        words = [text[s:e] for s, e in chain]
        first = words[0]
        lf = first.lower()
        if lf in _PRONOUNS:
            return chain[0]
        i = 0
        if lf in ("the", "a", "an"):
            i = 1
        elif first in _STOP_CAPS and lf.rstrip(".") not in _PERSON_TITLES:
            # "In May, ...", "According to ..." open no actor phrase.
            return None
        j = i
        last_good = -1
        n = len(words)
        while j < n:
            w = words[j]
            lw = w.lower().rstrip(".")
            if w[:1].isupper() or lw in _PERSON_TITLES:
                last_good = j
                j += 1
                continue
            if lw in _TITLE_MODIFIERS:
                # "the first ..." is no actor until a head or a name follows.
                j += 1
                continue
            if (
                lw in _ORG_PREMODIFIERS
                or lw.endswith("-level")
                or lw in _GROUP_MODIFIERS
            ):
                j += 1
                continue
            if lw in _ORG_HEADS or lw in _GROUP_HEADS or lw in _PLACE_HEADS:
                last_good = j
                j += 1
                continue
            if (
                lw == "of"
                and j + 1 < n
                and last_good == j - 1
                and words[j - 1].lower() in _ORG_HEADS
                and words[j + 1].islower()
                and words[j + 1].rstrip(".") not in _CONNECTORS
            ):
                # "the provincial bureau of statistics,": one lower-case word.
                last_good = j + 1
                break
            if lw in _CONNECTORS and lw != "the" and j + 1 < n:
                nxt = words[j + 1]
                if (nxt[:1].isupper() and nxt.rstrip(".,") not in _STOP_CAPS) or (
                    nxt == "the" and j + 2 < n and words[j + 2][:1].isupper()
                ):
                    j += 2 if nxt == "the" else 1
                    continue
            break
        if last_good < 0:
            return None
        # A parenthesised acronym directly after the phrase belongs to it.
        e = chain[last_good][1]
        if text.startswith(" (", e):
            close = text.find(")", e, e + 14)
            if close > 0 and text[e + 2 : close].isupper():
                e = close + 1
        return chain[0][0], e

    # ------------------------------------------------------------------
    # classification and lookup
    # ------------------------------------------------------------------

    def _classify(
        self, phrase: str
    ) -> tuple[ActorKind | None, str, list[str], str, set[str]]:
        """Split a phrase into (kind, canonical name, titles, gender, heads)."""
        got = self._classified.get(phrase)
        if got is None:
            got = self._classify_uncached(phrase)
            self._classified[phrase] = got
        kind, name, titles, gender, heads = got
        return kind, name, list(titles), gender, set(heads)

    def _classify_uncached(
        self, phrase: str
    ) -> tuple[ActorKind | None, str, list[str], str, set[str]]:
        name = phrase.strip()
        acronym = ""
        if name.endswith(")") and "(" in name:
            k = name.rfind("(")
            acronym = name[k + 1 : -1].strip()
            name = name[:k].strip()
        if name[:4].lower() == "the ":
            name = name[4:]
        elif name[:2].lower() == "a ":
            name = name[2:]
        elif name[:3].lower() == "an ":
            name = name[3:]
        name = name.removesuffix("'s").removesuffix("’s").strip()
        words = name.split()
        if not words:
            return None, "", [], "", set()
        lows = [w.lower() for w in words]
        heads: set[str] = set()
        if acronym:
            heads.add("acronym:" + acronym)
        # Organization: a head noun anywhere after the first word, or first
        # word "Ministry of ..." etc.
        for i, lw in enumerate(lows):
            # A head noun ends the name or precedes "of"/"for": "Bank of
            # England", "Ministry for Roads", but not "Bank Rate".
            if lw in _ORG_HEADS and (
                i == len(lows) - 1 or lows[i + 1] in ("of", "for", "and", "&")
            ):
                heads.add(lw)
        last = lows[-1]
        if self._titled_name(words):
            # "Governor Rahul Mehta of the Reserve Bank" is a person.
            heads = {h for h in heads if h.startswith("acronym:")}
        if heads - {h for h in heads if h.startswith("acronym:")} and (
            any(w[:1].isupper() for w in words) or last in _ORG_HEADS
        ):
            if last in _GROUP_HEADS and not any(w[:1].isupper() for w in words):
                return ActorKind.GROUP, name, [], "pl", {last}
            poss = [
                i
                for i, w in enumerate(words[:-2])
                if w.endswith(("'s", "’s"))
                and w[:1].isupper()
                and w.lower().replace("’", "'") not in _NAME_POSSESSIVES
                and words[i + 1][:1].isupper()
            ]
            if poss:
                # "Japan's Cabinet Office" is the Cabinet Office, "the Bank of
                # England's Monetary Policy Committee" its committee.
                name = " ".join(words[poss[-1] + 1 :])
            return ActorKind.ORGANIZATION, name, [], "", heads
        if last in _PLACE_HEADS and len(words) >= 2 and words[0][:1].isupper():
            return ActorKind.PLACE, " ".join(words[:-1]), [], "", {last}
        if last in _GROUP_HEADS:
            return ActorKind.GROUP, name, [], "pl", {last}
        # Person: title words, then a capitalised name. The title ends at
        # the last title word that a name follows ("Agriculture Minister N.
        # Ramesh Gowda", "NBS spokesperson Wei Lan"); a title with a "for"/
        # "of" block keeps all but the name ("Commissioner for Energy and
        # Housing Markus Brandt").
        t = 0
        qualified = False
        for k in range(len(words) - 1):
            if lows[k] not in _PERSON_TITLES:
                continue
            nxt = lows[k + 1]
            if nxt in _CONNECTORS:
                qualified = True
            elif words[k + 1][:1].isupper() and nxt not in _PERSON_TITLES:
                t = k + 1
                qualified = False
        if qualified:
            k = len(words) - 1
            while k > 0 and len(words[k - 1]) == 2 and words[k - 1].endswith("."):
                k -= 1
            if k > 0 and words[k - 1][:1].isupper() and lows[k - 1] not in _CONNECTORS:
                k -= 1
            while k > 0 and len(words[k - 1]) == 2 and words[k - 1].endswith("."):
                k -= 1
            conn = next(i for i in range(len(lows)) if lows[i] in _CONNECTORS)
            # "Minister of Energy" alone is a title, not a person named Energy.
            t = k if k > conn + 1 else 0
        if t > 0:
            rest = words[t:]
            # "Governor Rahul Mehta of the Reserve Bank": the name stops at
            # a connector; the rest is the affiliation, kept in the title.
            cut = next(
                (k for k, w in enumerate(rest) if k > 0 and w.lower() in _NAME_CUT),
                len(rest),
            )
            if cut < len(rest) and not qualified:
                words = words[:t] + rest[:cut]
                lows = [w.lower() for w in words]
                rest = rest[:cut]
            if len(rest) == 1 and (
                rest[0].lower() in _PERSON_TITLES
                or rest[0].lower()[:-1] in _PERSON_TITLES
            ):
                return ActorKind.GROUP, name, [], "pl", {rest[0].lower()}
            gender = ""
            for lw in lows[:t]:
                if lw in _MALE_TITLES:
                    gender = "m"
                elif lw in _FEMALE_TITLES:
                    gender = "f"
            title = " ".join(words[:t])
            if not rest or not rest[0][:1].isupper():
                return None, "", [], "", set()
            titles = (
                []
                if title.lower().rstrip(".") in ("mr", "ms", "mrs", "dr", "miss")
                else [title]
            )
            return (
                ActorKind.PERSON,
                " ".join(rest),
                titles,
                gender,
                {lw for lw in lows[:t] if lw in _PERSON_TITLES},
            )
        if all(w[:1].isupper() for w in words) and len(words) <= 4:
            if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
                return ActorKind.ORGANIZATION, name, [], "", set()
            return None, name, [], "", set()
        return None, name, [], "", set()

    @staticmethod
    def _titled_name(words: list[str]) -> bool:
        """Title word(s), then a capitalised name, then a connector or the end.

        "Governor Rahul Mehta of the Reserve Bank" and "China's Ministry of
        Foreign Affairs spokesperson Mao Ning" are people, though they name
        an organization too; so is "Governor of the Central Bank of Kenya
        Amina Otieno", a title with its body, then two name words.
        """
        lows = [w.lower() for w in words]
        n = len(words)
        if (
            n >= 6
            and lows[0] in _PERSON_TITLES
            and lows[1] in ("of", "for")
            and lows[-3] not in _CONNECTORS
            and all(
                w[:1].isupper()
                and w.lower() not in _ORG_HEADS
                and w.lower() not in _PERSON_TITLES
                and w.lower() not in _PLACE_HEADS
                and w not in _STOP_CAPS
                for w in words[-2:]
            )
        ):
            return True
        if (
            n >= 3
            and words[-1][:1].isupper()
            and lows[-1] not in _ORG_HEADS
            and lows[-1] not in _PERSON_TITLES
        ):
            # A title word followed by name words that end the phrase.
            for k in range(n - 2, max(0, n - 6), -1):
                if (
                    k > 0
                    and lows[k] in _PERSON_TITLES
                    and words[k + 1][:1].isupper()
                    and not any(
                        w in _ORG_HEADS or w in _PERSON_TITLES or w in _NAME_CUT
                        for w in lows[k + 1 :]
                    )
                ):
                    return True
        for k in range(len(words) - 2):
            if lows[k] in _PERSON_TITLES and words[k + 1][:1].isupper():
                name: list[str] = []
                for w in lows[k + 1 :]:
                    if w in _NAME_CUT:
                        break
                    name.append(w)
                return len(name) < len(lows) - k - 1 and not any(
                    w in _ORG_HEADS or w in _PERSON_TITLES for w in name
                )
        return False

    def _lookup(self, phrase: str, pos: int | None = None) -> _Entry | None:
        kind, name, _titles, _g, heads = self._classify(phrase)
        del kind, heads
        for key in (_norm(phrase), _norm(name)):
            shared = self._shared.get(key)
            if pos is not None and shared is not None and len(shared) > 1:
                # "Wang" after "Wang Yi" and "Wang Lin": the one named last
                # (bounded look-back, like pronouns).
                for e in self._recent(pos):
                    if e.idx in shared:
                        return e
            idx = self._keys.get(key)
            if idx is not None:
                return self._entries[idx]
        return None

    def _create(self, start: int, end: int, kind: ActorKind) -> _Entry | None:
        phrase = self._text[start:end]
        got, name, titles, gender, heads = self._classify(phrase)
        if not name:
            return None
        if got is None:
            words = name.split()
            if (
                len(words) >= 2
                and words[-1].lower().rstrip(".") in _COMPANY_ENDS
                and not any(w.lower() in _PERSON_TITLES for w in words)
            ):
                # "Calder Therapeutics said on Tuesday it would invest": a
                # company, so "it" finds it.
                got = ActorKind.ORGANIZATION
            elif self._agency_name(words):
                got = ActorKind.ORGANIZATION
                heads |= self._agency_heads(words)
            elif len(words) >= 2 and words[0].lower() in _COMPASS_WORDS:
                # "South Korea", "North Macedonia", "West Java": a place.
                got = ActorKind.PLACE
            elif len(words) == 1 and self._plural_noun(words[0], kind):
                # "Municipalities shall not ...", "Developers are encouraged".
                got = ActorKind.GROUP
            elif (
                kind is ActorKind.GROUP
                and all(w[:1].isupper() for w in words)
                and self._name_like(words)
            ):
                # An unknown proper name with no title: two or three words
                # read as a person ("Ivan Markov"), one as a place ("China",
                # an addressee); a speaker's single name comes with
                # kind=PERSON from the statements stage.
                got = ActorKind.PERSON if 2 <= len(words) <= 3 else ActorKind.PLACE
            else:
                got = kind
        entry = self._get_or_make(name, got)
        for t in titles:
            if t not in entry.titles:
                entry.titles.append(t)
        if gender and not entry.gender:
            entry.gender = gender
        entry.heads |= {h for h in heads if not h.startswith("acronym:")}
        for h in heads:
            if h.startswith("acronym:"):
                self._alias(entry, h[8:])
        if got is ActorKind.PERSON:
            self._person_aliases(entry)
        elif got is ActorKind.PLACE and heads:
            self._alias(entry, f"{name} {next(iter(heads))}")
        elif got is ActorKind.GROUP:
            entry.plural = True
        if _norm(phrase) != _norm(name):
            self._alias(entry, phrase.strip().removeprefix("the ").removeprefix("The "))
        return entry

    @staticmethod
    def _agency_name(words: list[str]) -> bool:
        """A public body named by field and place ("Statistics Canada", "Eurostat")."""
        if len(words) == 1:
            return len(words[0]) > 5 and words[0].lower().endswith("stat")
        return any(w.lower() in _AGENCY_FIELDS for w in words)

    @staticmethod
    def _agency_heads(words: list[str]) -> set[str]:
        """What a field-and-place body is called later: "the agency", "the department".

        "Eurostat" is an agency; "Statistics Korea", "Transport Canada" and
        "Indigenous Services Canada" are agencies or departments.
        """
        return {"agency", "department"} if len(words) > 1 else {"agency"}

    @staticmethod
    def _plural_noun(word: str, kind: ActorKind) -> bool:
        """A capitalised common noun in the plural, not a proper name.

        The singular is a known head ("Municipalities", "Developers",
        "Governors"); for a phrase handed over as a group, a plural ending
        of agent nouns is enough ("Retailers", "Landlords" stay unknown).
        """
        low = word.lower()
        if word.isupper() or not low.endswith("s") or len(low) < 5:
            return False
        singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        if singular in _ORG_HEADS or singular in _PLACE_HEADS:
            return True
        if singular in _PERSON_TITLES or low in _GROUP_HEADS:
            return True
        return kind is ActorKind.GROUP and low.endswith(_PLURAL_AGENT_ENDS)

    @staticmethod
    def _name_like(words: list[str]) -> bool:
        return not any(w in _STOP_CAPS or w.lower() in _ORG_HEADS for w in words)

    def _get_or_make(self, name: str, kind: ActorKind) -> _Entry:
        key = _norm(name)
        idx = self._keys.get(key)
        if idx is not None:
            return self._entries[idx]
        entry = _Entry(len(self._entries), name, kind)
        entry.plural = " and " in name
        self._entries.append(entry)
        self._keys[key] = entry.idx
        if kind is ActorKind.ORGANIZATION:
            words = name.split()
            if words and words[-1].lower() in _ORG_HEADS_PLURAL:
                entry.plural = True
            acr = "".join(w[0] for w in words if w[:1].isupper())
            if len(acr) >= 3 and acr not in self._keys:
                self._keys.setdefault(acr.lower(), entry.idx)
        return entry

    def _person_aliases(self, entry: _Entry) -> None:
        words = entry.name.split()
        if len(words) >= 2:
            # Either end may be the family name (Chinese order puts it
            # first); both become lookup keys, only used ones are listed.
            for w in (words[0], words[-1]):
                if len(w) >= 2 and not w.endswith("."):
                    self._keys.setdefault(_norm(w), entry.idx)
                    shared = self._shared.setdefault(_norm(w), [])
                    if entry.idx not in shared:
                        shared.append(entry.idx)
            if len(words) >= 3:
                self._keys.setdefault(_norm(" ".join(words[-2:])), entry.idx)
            if not entry.gender:
                given = words[0].lower()
                if given in _FEMALE_NAMES:
                    entry.gender = "f"
                elif given in _MALE_NAMES:
                    entry.gender = "m"

    def _alias(self, entry: _Entry, alias: str) -> None:
        alias = alias.strip()
        if alias and alias != entry.name:
            self._keys.setdefault(_norm(alias), entry.idx)

    def _add(self, entry: _Entry, start: int, end: int) -> None:
        if (start, end) in self._seen:
            return
        self._seen.add((start, end))
        entry.mentions.append((start, end))
        surface = self._text[start:end]
        low = _norm(surface)
        if low not in _PRONOUNS and self._role_of(low, surface) is None:
            clean = (
                surface.removeprefix("the ")
                .removeprefix("The ")
                .removesuffix("'s")
                .removesuffix("’s")
            )
            if (
                clean != entry.name
                and clean not in entry.aliases
                and clean.lower() not in {t.lower() for t in entry.titles}
                and _norm(clean) != _norm(entry.name)
                and not any(clean == f"{t} {entry.name}" for t in entry.titles)
            ):
                entry.aliases.append(clean)
        bisect.insort(self._timeline, (start, end, entry.idx))

    # ------------------------------------------------------------------
    # coreference
    # ------------------------------------------------------------------

    @staticmethod
    def _role_of(low: str, phrase: str = "") -> str | None:
        """The role noun of "the president" / "the Committee" / "the province".

        Modifiers must be lower case in ``phrase``: "the State Department" is
        a name, "the state department" a role noun.
        """
        if any(
            w[:1].isupper()
            for w in phrase.split()[:-1]
            if w.lower() not in ("the", "a", "an")
        ):
            return None
        words = low.split()
        if words and words[0] in ("a", "an"):
            # "according to a ministry statement": the ministry named before.
            words = words[1:]
        if not words or len(words) > 3:
            return None
        head = words[-1]
        if (
            head in _PERSON_TITLES or head in _ORG_HEADS or head in _PLACE_HEADS
        ) and all(w in _TITLE_MODIFIERS or w in _ORG_PREMODIFIERS for w in words[:-1]):
            return head
        return None

    def _resolve_entry(self, start: int, phrase: str) -> _Entry | None:
        low = _norm(phrase)
        raw = phrase.strip().lower()
        if raw in _PRONOUNS:
            return self._resolve_pronoun(start, _PRONOUNS[raw])
        role = self._role_of(low, phrase)
        if role is not None and phrase.strip().lower().startswith(
            ("the ", "this ", "that ", "a ", "an ")
        ):
            return self._resolve_role(start, role)
        entry = self._lookup(phrase) or self._described(start, phrase)
        if entry is not None:
            return entry
        if role is not None:
            return self._resolve_role(start, role)
        return None

    def _described(self, start: int, phrase: str) -> _Entry | None:
        """A body described in lower case by its field: "the health ministry".

        The most recent body whose head fits the noun and whose name holds
        every field word ("Ministry of Health", "Department of Labor" for
        "the labor department", "Statistics Korea" for "the statistics
        agency"), else None (the description is then an actor of its own).
        """
        words = phrase.split()
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if not 2 <= len(words) <= 4 or not all(w.islower() for w in words):
            return None
        head = words[-1]
        fields = [
            w[:4]
            for w in words[:-1]
            if w not in _ORG_PREMODIFIERS and w not in _TITLE_MODIFIERS
        ]
        if head not in _ORG_HEADS or not fields:
            return None
        for e in self._recent(start):
            if e.kind is ActorKind.ORGANIZATION and self._role_fits(e, head):
                name = e.name.lower().split()
                if all(any(n.startswith(f) for n in name) for f in fields):
                    return e
        return None

    def _recent(self, start: int) -> Iterator[_Entry]:
        """Entries mentioned before ``start``, most recent first (bounded look-back)."""
        i = bisect.bisect_left(self._timeline, (start, -1, -1))
        seen: set[int] = set()
        k = i - 1
        floor = max(0, i - 400)
        while k >= floor:
            idx = self._timeline[k][2]
            if idx not in seen:
                seen.add(idx)
                yield self._entries[idx]
            k -= 1

    def _titled_role(self, start: int, low: str) -> _Entry | None:
        """'the Environment Secretary': the most recent person with that title."""
        words = low.split()
        if len(words) < 2 or words[-1] not in _PERSON_TITLES or len(words) > 5:
            # One word ("the minister") is a role noun: _resolve_role.
            return None
        for e in self._recent(start):
            if e.kind is ActorKind.PERSON and any(
                t.lower() == low or t.lower().endswith(" " + low) for t in e.titles
            ):
                return e
        return None

    def _role_entry(self, low: str, role: str, phrase: str) -> _Entry:
        if role in _PERSON_TITLES:
            kind = ActorKind.PERSON
        elif role in _PLACE_HEADS:
            kind = ActorKind.PLACE
        else:
            kind = ActorKind.ORGANIZATION
        # Keep the text's casing: "Cabinet", "the central bank".
        name = phrase.strip()
        first, _, rest = name.partition(" ")
        if rest and first.lower() in ("the", "a", "an"):
            name = rest
        first, _, rest = low.partition(" ")
        if rest and first in ("a", "an"):
            low = rest
        entry = self._get_or_make(name if _norm(name) == low else low, kind)
        entry.heads.add(role)
        if kind is ActorKind.PERSON:
            entry.titles.append(low)
        return entry

    @staticmethod
    def _fits(e: _Entry, cls: str) -> bool:
        """Whether a third-person pronoun of class ``cls`` can refer to ``e``."""
        if cls in ("m", "f"):
            return e.kind is ActorKind.PERSON and e.gender in (cls, "")
        if cls == "it":
            return e.kind in (ActorKind.ORGANIZATION, ActorKind.PLACE) and not e.plural
        if cls == "pl":
            return e.plural or e.kind is ActorKind.GROUP
        return False

    def _resolve_pronoun(self, start: int, cls: str) -> _Entry | None:
        if cls in ("we", "i"):
            who = self.speaker_at(start)
            if who is not None:
                idx = self._keys.get(_norm(who))
                if idx is not None:
                    entry = self._entries[idx]
                    return self._we_of(entry) if cls == "we" else entry
            if cls != "we":
                return None
            author = self._author_entry()
            # A news outlet's story has no unquoted "we" of the outlet's own.
            return None if author is None or self._is_outlet(author) else author
        recent = self._recent(start)
        if cls in ("m", "f"):
            fallback: _Entry | None = None
            for e in recent:
                if e.kind is not ActorKind.PERSON:
                    continue
                if e.gender == cls:
                    return e
                if not e.gender and fallback is None:
                    fallback = e
            return fallback
        if cls == "it":
            for e in recent:
                if e.kind in (ActorKind.ORGANIZATION, ActorKind.PLACE) and not e.plural:
                    return e
            # No antecedent: "it" may be a law or a report, not the author.
            return None
        for e in recent:
            if e.plural or e.kind is ActorKind.GROUP:
                return e
        return None

    def _we_of(self, speaker: _Entry) -> _Entry:
        """Who "we" is in the words of ``speaker``.

        The organization the text ties the speaker to (an appositive "of X"),
        an organization or place speaking as itself, the document's source
        when the speaker's title names it ("Foreign Ministry spokesperson"
        under "Ministry of Foreign Affairs", "PBOC Governor" under "People's
        Bank of China"), else the speaker: a finance minister quoted by the
        prime minister's office, or anyone quoted by a news outlet, does not
        speak for the source.
        """
        if speaker.affiliation is not None:
            aff = self._keys.get(_norm(speaker.affiliation))
            if aff is not None:
                return self._entries[aff]
        if speaker.kind is not ActorKind.PERSON:
            return speaker
        for title in speaker.titles:
            # "Foreign Ministry spokesperson", "NBS director": the body named
            # before the title words, when the text knows it as a body.
            words = title.split()
            while words and (
                words[-1].lower() in _PERSON_TITLES or words[-1].lower() in _RANK_WORDS
            ):
                words.pop()
            body = self._lookup(" ".join(words)) if words else None
            if body is not None and body.kind is not ActorKind.PERSON:
                return body
        author = self._author_entry()
        if author is None or self._is_outlet(author):
            return speaker
        return author if self._title_names(speaker, author) else speaker

    @staticmethod
    def _is_outlet(entry: _Entry) -> bool:
        """Whether an actor's name reads as a news outlet ("Daily Wire", "Xinhua")."""
        return any(w.lower() in OUTLET_WORDS for w in entry.name.split())

    @staticmethod
    def _title_names(person: _Entry, org: _Entry) -> bool:
        """Whether ``person``'s titles fit ``org``, the document's source.

        Yes when a title word is the organization's acronym or alias, or
        shares a stem with one of its distinctive words ("Foreign" with
        "Foreign Affairs", "Commissioner" with "Commission"), and when the
        titles name no portfolio at all ("Spokesperson Li", a bare name in
        the source's own transcript). Person titles and container heads
        ("Minister", "Office", "Ministry") name no one body, so "Finance
        Minister" does not fit the "Office of the Prime Minister".
        """
        own = {
            w[:6]
            for w in re.findall(r"[a-z][a-z'’\-]{1,30}", org.name.lower())
            if w not in _CONNECTORS
            and w not in _PERSON_TITLES
            and w not in _RANK_WORDS
            and w not in _CONTAINER_HEADS
        }
        words = org.name.lower().split()
        names = {_norm(a) for a in org.aliases} | {
            "".join(w[0] for w in words if w not in _CONNECTORS),
            "".join(w[0] for w in words if w not in ("the", "and", "&")),
        }
        portfolio = False
        for title in person.titles:
            for w in re.findall(r"[A-Za-z][A-Za-z'’\-]{1,30}", title):
                lw = w.lower()
                if lw in names or (lw not in _PERSON_TITLES and lw[:6] in own):
                    return True
                portfolio = portfolio or not (
                    lw in _PERSON_TITLES or lw in _RANK_WORDS or lw in _CONNECTORS
                )
            if " " in title and title.lower() in org.name.lower():
                # "Prime Minister" of the "Office of the Prime Minister".
                return True
        return not portfolio

    @staticmethod
    def _role_fits(e: _Entry, role: str) -> bool:
        """Whether the role noun ``role`` ("the agency") can name ``e``."""
        if role in e.heads:
            return True
        if e.kind is ActorKind.PERSON:
            return False
        if role == "country":
            # "the country" after "Ghana": a place that is no province.
            return e.kind is ActorKind.PLACE and not (e.heads & _SUBNATIONAL_HEADS)
        fits = _ROLE_FITS.get(role)
        return fits is not None and bool(fits & e.heads)

    def _resolve_role(self, start: int, role: str) -> _Entry | None:
        for e in self._recent(start):
            if self._role_fits(e, role):
                return e
            if role in _ANY_PERSON_ROLES and e.kind is ActorKind.PERSON:
                # "the official said": the most recent person, whatever the title.
                return e
            if (
                e.kind is ActorKind.PERSON
                and role in _PERSON_TITLES
                and any(role in t.lower().split() for t in e.titles)
            ):
                return e
        author = self._author_entry()
        if author is not None and self._role_fits(author, role):
            # "the Committee" in the Committee's own release, "the agency" in
            # a statistics bureau's; a "Board" in a
            # prime minister's office release is some other board, named by
            # its first mention.
            return author
        return None

    def _author_entry(self) -> _Entry | None:
        if self._author is not None:
            return self._entries[self._author]
        source = (self._ctx.source or "").strip()
        if not source:
            return None
        existing = self._keys.get(_norm(source))
        if existing is not None:
            entry = self._entries[existing]
        else:
            entry = self._get_or_make(source, ActorKind.ORGANIZATION)
            words = source.split()
            entry.heads |= {w.lower() for w in words if w.lower() in _ORG_HEADS}
            if (
                not entry.heads
                and self._agency_name(words)
                and not self._is_outlet(entry)
            ):
                entry.heads |= self._agency_heads(words)
        self._author = entry.idx
        return entry

    # ------------------------------------------------------------------
    # the scan
    # ------------------------------------------------------------------

    def _scan(self) -> None:
        """Find named actors in one left-to-right pass over capitalised runs."""
        text = self._text
        runs: list[tuple[int, int]] = []
        cur_s = cur_e = -1
        for m in _CAP_TOKEN.finditer(text):
            s, e = m.start(), m.end()
            if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "'’"):
                continue
            if cur_s >= 0:
                gap = text[cur_e:s]
                # A full stop ends a run unless it closes an initial ("R.").
                dotted = (
                    text[cur_e - 1] == "."
                    and cur_e - 2 >= 0
                    and text[cur_e - 3 : cur_e - 1].isalpha()
                )
                joined = (
                    gap == " "
                    # an acronym inside a name: "Party of China (CPC) Central ..."
                    or (
                        gap == " ("
                        and text[s:e].isupper()
                        and text.startswith(") ", e)
                        and text[e + 2 : e + 3].isupper()
                    )
                    or (gap == ") " and text[cur_e - 1].isupper())
                    or (
                        gap in (" of ", " for ", " and ", " of the ", " de ")
                        and text[s:e] not in ("The", "In", "On")
                    )
                )
                # "U.S." is two tokens with nothing between them.
                if (not dotted and joined) or (gap == "" and text[cur_e - 1] == "."):
                    cur_e = e
                    continue
                runs.append((cur_s, cur_e))
            cur_s, cur_e = s, e
        if cur_s >= 0:
            runs.append((cur_s, cur_e))
        for s, e in runs:
            self._scan_run(s, e)
        for person, hints in self._hints.items():
            # "Minister of Labor X" belongs to the "Ministry of Labor" when
            # the text names it anywhere (before or after the title).
            for hint in hints:
                idx = self._keys.get(_norm(hint))
                who = self._entries[person]
                if idx is not None and who.affiliation is None:
                    who.affiliation = self._entries[idx].name
        self._hints.clear()
        for m in _DOC_BY_VERB.finditer(text):
            # "Premier Wang delivered the government work report": the report
            # speaks for him ("..., the report said").
            ph = self.phrase_before(m.start())
            entry = self._lookup(text[ph[0] : ph[1]]) if ph is not None else None
            if entry is not None:
                definite = m.group(0).split()[1] not in ("a", "an")
                self._documents.append(
                    (m.start(), m.group(1).lower(), entry.idx, definite)
                )
        for m in _DOC_BY_AGENT.finditer(text):
            # "a draft budget report released by the Ministry of Finance"
            ph = self.phrase_after(m.end())
            if ph is not None:
                owner = self.mention(ph[0], ph[1], kind=ActorKind.ORGANIZATION)
                idx = self._keys.get(_norm(owner)) if owner is not None else None
                if idx is not None:
                    before = text[max(0, m.start() - 40) : m.start()].split()
                    definite = not ({"a", "an"} & set(before[-4:]))
                    self._documents.append(
                        (m.start(), m.group(1).lower(), idx, definite)
                    )
        for m in _HELD_MEETING.finditer(text):
            ph = self.phrase_before(m.start())
            entry = self._lookup(text[ph[0] : ph[1]]) if ph is not None else None
            if entry is not None and entry.kind is ActorKind.ORGANIZATION:
                # "The Cabinet met on Monday": "met" carries no noun.
                noun = m.group("noun") or "meeting"
                entry.heads.add(noun.lower())
        for m in _PRONOUN_RE.finditer(text):
            # Only mentions the statements stage does not resolve itself:
            # the possessive "his"/"her" and object pronouns of people.
            word = m.group().lower()
            if word in ("he", "she"):
                continue
            entry = self._resolve_pronoun(m.start(), _PRONOUNS[word])
            if entry is not None and entry.kind is ActorKind.PERSON:
                self._add(entry, m.start(), m.end())
        # Role nouns ("the president", "the province", "the Committee") that
        # refer back to a known actor are mentions of it too.
        for m in _ROLE_RE.finditer(self._ctx.folded):
            s, e = m.start(), m.end()
            # "the President Xi" and "the Ministry of Commerce" are names.
            nxt = text[e + 1 : e + 2] if text[e : e + 1] == " " else ""
            of = (
                4
                if text.startswith(" of ", e)
                else 5
                if text.startswith(" for ", e)
                else 0
            )
            if nxt.isupper() or (of and text[e + of : e + of + 1].isupper()):
                continue
            entry = self._resolve_role(s, m.group(1))
            if entry is not None and entry.idx != self._author:
                self._add(entry, s, e)

    def _scan_run(self, s: int, e: int) -> None:
        text = self._text
        # Trim a trailing connector word and a leading sentence word.
        run = text[s:e]
        if run.endswith(("'s", "’s")):
            own = _OWN_BODY.match(text, e)
            if own is not None:
                # "the Government's regular meeting": the body's meeting is
                # an actor of its own, the speaker of "the meeting noted".
                entry = self._lookup(text[s : own.end()]) or self._create(
                    s, own.end(), ActorKind.ORGANIZATION
                )
                if entry is not None:
                    self._add(entry, s, own.end())
            e -= 2
            run = run[:-2]
        run = run if run.endswith(_INITIAL_ENDS) else run.rstrip(".")
        e = s + len(run)
        while True:
            head, _, rest = run.partition(" ")
            if (
                rest
                and (
                    head in _STOP_CAPS or head.rstrip(".") in ("Mr", "Ms", "Mrs", "Dr")
                )
                and head not in ("Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Mrs.", "Dr.")
            ):
                s += len(head) + 1
                run = rest
                continue
            break
        if run in _STOP_CAPS or len(run) < 2:
            return
        # Extend over lower-case title words before ("spokesperson Liu",
        # "NBS spokesperson Wei Lan") and org premodifiers + head after
        # ("Jiangsu provincial government", "State Council executive meeting").
        ext_s = s
        k = s
        while True:
            m = self._word_before(k)
            if m is None:
                break
            ws, we = m
            w = text[ws:we].lower()
            if w in _PERSON_TITLES or (
                w in _TITLE_MODIFIERS
                and w not in ("state", "party", "finance", "trade")
            ):
                ext_s = ws
                k = ws
                continue
            break
        ext_s = self._head_of_before(ext_s)
        ext_e = e
        if text.startswith(" (", e):
            close = text.find(")", e, e + 12)
            if close > e + 3 and text[e + 2 : close].isupper():
                # "National Bureau of Statistics (NBS)": the acronym is an alias.
                ext_e = close + 1
        k = e
        steps = 0
        while steps < 3:
            m = self._word_after(k)
            if m is None:
                break
            ws, we = m
            w = text[ws:we].lower()
            if w in _ORG_PREMODIFIERS and steps < 2:
                k = we
                steps += 1
                continue
            if w in _ORG_HEADS or w in _PLACE_HEADS:
                ext_e = we
            break
        words = run.split()
        if len(words) == 1 and ext_s == s and ext_e == e:
            if (
                text[max(0, s - 4) : s].lower() == "the "
                and words[0].lower() in _ORG_HEADS | _PERSON_TITLES | _PLACE_HEADS
            ):
                if words[0].lower() in _ORG_HEADS:
                    # "The Cabinet met ...", "The Board raised ...": a body
                    # with no antecedent is an actor of its own, so that "It"
                    # and "the meeting" later find it.
                    self.mention(s - 4, e, kind=ActorKind.ORGANIZATION)
                else:
                    self.resolve(s - 4, e)
                return
            if words[0].isupper() and self._lookup(run) is None:
                return
            low0 = words[0].lower()
            if (
                (low0 in _ORG_HEADS or low0 in _GROUP_HEADS or low0 in _PLACE_HEADS)
                and self._lookup(run) is None
                and not text.startswith((" of ", " from "), e)
            ):
                # "Hospital trusts must ...": a capitalised common noun.
                return
        if (
            words[0].lower() in _PERSON_TITLES
            and len(words) > 2
            and words[1].lower() in ("of", "for")
            and (
                words[-1].lower() in _ORG_HEADS
                or words[-1].lower() in _PLACE_HEADS
                or not self._name_like(words[-2:])
            )
        ):
            # "Premier of the State Council": a title, then an organization.
            k = s + len(words[0]) + len(words[1]) + 2
            if text.startswith("the ", k):
                k += 4
            self._scan_run(k, e)
            return
        if (
            len(words) == 1
            and words[0].lower() in _GROUP_HEADS
            and text.startswith((" of ", " from "), e)
        ):
            # "Leaders of the forum's smaller island states welcomed ..."
            ext_e = self._extend_group(e)
        kind = self._classify(text[ext_s:ext_e])[0]
        if kind is None and ext_s == s:
            # A bare capitalised run: only a person when an appositive title
            # follows ("Wei Lan, spokesperson of ...") or a known key matches.
            entry = self._lookup(text[s:e], s)
            if entry is not None:
                self._add(entry, s, e)
                if entry.kind is ActorKind.PERSON and text.startswith(", ", e):
                    self._appositive_titles(entry, e + 2)
                return
            tail = text[e : e + 120]
            if (
                tail.startswith(", ")
                and self._title_phrase(e + 2) is not None
                and self.looks_like_name(text[s:e])
            ):
                entry = self._get_or_make(text[s:e], ActorKind.PERSON)
                self._person_aliases(entry)
                self._add(entry, s, e)
                self._appositive_titles(entry, e + 2)
            return
        if kind is None:
            return
        entry = self._lookup(text[ext_s:ext_e]) or self._create(ext_s, ext_e, kind)
        if entry is None:
            return
        self._add(entry, ext_s, ext_e)
        if entry.kind is ActorKind.PERSON:
            self._title_affiliation(entry, ext_s, ext_e)
            self._body_before_title(entry, ext_s)
            after = text[ext_e : ext_e + 2]
            if after == ", ":
                self._appositive_titles(entry, ext_e + 2)

    def _title_affiliation(self, entry: _Entry, start: int, end: int) -> None:
        """The body a titled person's run names: a mention and an affiliation.

        "Governor of the Central Bank of Kenya Amina Otieno" and "Governor
        Amina Otieno of the Central Bank of Kenya" mention the bank, so a
        later "the bank" finds it. A portfolio title names its ministry
        only when the text names that ministry too ("Minister of Labor X",
        "Labor Minister X": "Ministry of Labor", "Labor Ministry"), which the
        scan checks once every name is known.
        """
        text = self._text
        at = text.find(entry.name, start, end)
        if at < 0 or entry.affiliation is not None:
            return
        title = text[start:at].rstrip()
        tail = _TAIL_BODY.match(text, at + len(entry.name), end)
        body = _TITLE_BODY.search(text, start, start + len(title))
        for m in (tail, body):
            if m is None or m.end() not in (end, start + len(title)):
                continue
            org_s, org_e = m.start("org"), m.end()
            kind = self._classify(text[org_s:org_e])[0]
            if kind is ActorKind.ORGANIZATION:
                org = self._lookup(text[org_s:org_e]) or self._create(
                    org_s, org_e, ActorKind.ORGANIZATION
                )
                if org is not None:
                    self._add(org, org_s, org_e)
                    entry.affiliation = org.name
                    return
        words = title.split()
        if not words:
            return
        if body is not None and body.group("title").lower() == "minister":
            field = text[body.start("org") : start + len(title)]
            self._hints.setdefault(entry.idx, []).extend(
                (f"Ministry of {field}", f"Ministry for {field}")
            )
        elif words[-1].lower() == "minister":
            field = " ".join(
                w
                for w in words[:-1]
                if w[:1].isupper() and w.lower() not in _RANK_WORDS
            )
            if field:
                self._hints.setdefault(entry.idx, []).extend(
                    (f"{field} Ministry", f"Ministry of {field}")
                )

    def _body_before_title(self, entry: _Entry, pos: int) -> None:
        """A body just before a person's title is theirs ("Ministry spokesperson X")."""
        i = bisect.bisect_left(self._timeline, (pos, -1, -1)) - 1
        if entry.affiliation is not None or i < 0:
            return
        _s, e, idx = self._timeline[i]
        body = self._entries[idx]
        if e == pos - 1 and self._text[e] == " " and body.kind is not ActorKind.PERSON:
            entry.affiliation = body.name

    def _head_of_before(self, pos: int) -> int:
        """Start of "executive meeting of (the)" before a name at ``pos``."""
        text = self._text
        k = pos
        if text.endswith(" of the ", 0, k):
            k -= 8
        elif text.endswith(" of ", 0, k):
            k -= 4
        else:
            return pos
        wb = self._word_before(k + 1)
        if wb is None or text[wb[0] : wb[1]] not in _ORG_HEADS:
            return pos
        k = wb[0]
        for _ in range(2):
            wb = self._word_before(k)
            if wb is None or text[wb[0] : wb[1]] not in _ORG_PREMODIFIERS:
                break
            k = wb[0]
        return k

    def _extend_group(self, pos: int) -> int:
        """End of the "of/from ..." phrase after a group noun.

        It runs to the last plural noun before a verb-like word or punctuation
        (at most ten words).
        """
        text = self._text
        best = pos
        for _ in range(10):
            if text[pos : pos + 1] != " ":
                break
            m = _WORD.match(text, pos + 1)
            if m is None:
                break
            w = m.group().lower()
            if w.endswith(".") or (w.endswith("ed") and len(w) > 4) or w in _VERBISH:
                break
            pos = m.end()
            if w.endswith("s") and not w.endswith(("'s", "’s")) and len(w) > 3:
                best = pos
        return best

    def _word_before(self, pos: int) -> tuple[int, int] | None:
        text = self._text
        if pos < 2 or text[pos - 1] != " ":
            return None
        end = pos - 1
        st = end
        while (
            st > 0
            and end - st < 30
            and (text[st - 1].isalpha() or text[st - 1] in "-.")
        ):
            st -= 1
        return (st, end) if st < end else None

    def _word_after(self, pos: int) -> tuple[int, int] | None:
        text = self._text
        if pos >= len(text) - 1 or text[pos] != " ":
            return None
        st = pos + 1
        end = st
        n = len(text)
        while end < n and end - st < 30 and (text[end].isalpha() or text[end] == "-"):
            end += 1
        return (st, end) if st < end else None

    def _title_phrase(self, pos: int) -> tuple[int, int] | None:
        """A title phrase at ``pos`` ("spokesperson of the NBS"), up to , ; or '.'."""
        text = self._text
        m = _WORD.match(text, pos)
        if m is None:
            return None
        w = m.group().lower()
        if w in ("the", "a", "an", "also"):
            m = _WORD.match(text, m.end() + 1)
            if m is None:
                return None
            w = m.group().lower()
        if w not in _PERSON_TITLES and w not in _TITLE_MODIFIERS:
            return None
        # The title words must end the appositive or lead into "of/for/at":
        # "spokesperson of the NBS," "Chair;" -- not "the governor encouraged"
        # nor "Governor Xu Anping said" (a new subject).
        k = m.end()
        while True:
            nm = _WORD.match(text, k + 1) if text.startswith(" ", k) else None
            if (
                nm is None
                or nm.group().lower() not in _PERSON_TITLES | _TITLE_MODIFIERS
            ):
                break
            k = nm.end()
        nxt = _WORD.match(text, k + 1) if text.startswith(" ", k) else None
        if not (
            text[k : k + 1] in (",", ";", ".", "")
            or (
                nxt is not None
                and nxt.group().lower() in ("of", "for", "at", "to", "in")
            )
        ):
            return None
        end = pos
        limit = min(len(text), pos + 160)
        while end < limit and text[end] not in ",;\n":
            if text[end] == "." and (end + 1 >= len(text) or text[end + 1] in " \n"):
                break
            end += 1
        return pos, end

    def _appositive_titles(self, entry: _Entry, pos: int) -> None:
        """Record the titles of ", who is also X and Y," or ", X," after a name."""
        text = self._text
        m = _WHO_IS.match(text, pos - 2)
        if m is not None:
            pos = m.end()
            if text.startswith("also ", pos):
                pos += 5
        got = self._title_phrase(pos)
        if got is None:
            return
        s, e = got
        phrase = text[s:e]
        # "general secretary of X and chairman of Y": split at "and <title>".
        parts: list[str] = []
        start = 0
        for am in re.finditer(r" and (?:the )?", phrase):
            nxt = _WORD.match(phrase, am.end())
            if (
                nxt is not None
                and nxt.group().lower() in _PERSON_TITLES | _TITLE_MODIFIERS
            ):
                parts.append(phrase[start : am.start()])
                start = am.end()
        parts.append(phrase[start:])
        for part in parts:
            p = part.strip().removeprefix("the ").removeprefix("a ")
            if p and p not in entry.titles:
                entry.titles.append(p)
            om = re.search(r"\b(?:of|at|for) (?:the )?([A-Z][^,;]{2,100})$", p)
            if om is not None and entry.affiliation is None:
                org = om.group(1).strip()
                acr = ""
                if org.endswith(")") and "(" in org:
                    acr = org[org.rfind("(") + 1 : -1]
                    org = org[: org.rfind("(")].strip()
                entry.affiliation = org
                oe = self._get_or_make(org, ActorKind.ORGANIZATION)
                oe.heads |= {w.lower() for w in org.split() if w.lower() in _ORG_HEADS}
                if acr:
                    self._alias(oe, acr)
            elif om is None and entry.affiliation is None:
                self._common_body(entry, p, s, e)

    def _common_body(self, entry: _Entry, title: str, start: int, end: int) -> None:
        """A body in lower case at the end of a title, the person's affiliation.

        "head of the provincial department of commerce" names a body the scan
        of capitalised runs never sees; it becomes an actor with a mention,
        so "the department" later in the text is that department (gold
        decision 48). A bare role noun ("director of the bureau") is the body
        it resolves to, else a body of its own.
        """
        m = _COMMON_BODY.search(title)
        if m is None or m.group("head") not in _ORG_HEADS:
            return
        if not all(w in _ORG_PREMODIFIERS for w in m.group("mods").split()):
            return
        org_s = self._text.find(m.group("org"), start, end)
        if org_s < 0:
            return
        org_e = org_s + len(m.group("org"))
        if m.group("field") is None:
            # "an economist at the central bank": the bank named before,
            # else a body of its own, as for any role noun.
            body = self._resolve_role(org_s, m.group("head")) or self._role_entry(
                m.group("org"), m.group("head"), m.group("org")
            )
        else:
            body = self._get_or_make(m.group("org"), ActorKind.ORGANIZATION)
            body.heads.add(m.group("head"))
        if body is not entry:
            self._add(body, org_s, org_e)
            entry.affiliation = body.name


#: A lower-case body ending a title: "of the provincial department of
#: commerce", "at the central bank".
_COMMON_BODY: Final = re.compile(
    r"\b(?:of|at|for)[ ]the[ ](?P<org>(?P<mods>(?:[a-z\-]{2,20}[ ]){0,2})"
    r"(?P<head>[a-z]{3,20})(?P<field>[ ](?:of|for)[ ][a-z\-]{2,30}"
    r"(?:[ ]and[ ][a-z\-]{2,30})?)?)$"
)

#: Words that end a group phrase: they are verbs, not part of the noun.
_VERBISH: Final = word_set("actors_verbish")

#: Lower-case modifiers of group nouns ("local governments", "relevant
#: departments", "member states", "commercial banks").
_GROUP_MODIFIERS: Final = word_set("actors_group_modifiers")
