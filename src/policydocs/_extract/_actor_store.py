"""The actor registry's store: its entries, their names, aliases and mentions.

The bottom layer of :class:`~._actors.ActorRegistry`: it holds the state
of one run and adds, finds and lists entries. The layers above read
phrase bounds (``_actor_bounds``), recognise names (``_actor_recognition``)
and resolve references (``_actor_coref``); a method a lower layer calls in a
higher one is declared here for the type checker only.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from .._models import Actor, _trusted_actor, _trusted_span
from .._vocab import ActorKind
from ._actor_words import (
    _AGENCY_FIELDS,
    _BIG,
    _COMPANY_ENDS,
    _COMPASS_WORDS,
    _FEMALE_NAMES,
    _GROUP_HEADS,
    _MALE_NAMES,
    _ORG_HEADS,
    _ORG_HEADS_PLURAL,
    _PAIR_NOUNS,
    _PERSON_TITLES,
    _PLACE_HEADS,
    _PLURAL_AGENT_ENDS,
    _PRONOUNS,
    _STOP_CAPS,
    _DocumentRun,
    _Entry,
    _norm,
    _outermost,
    _pair_noun,
)
from ._lexicon import word_set

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._context import Context

__all__: list[str] = []

#: What a field-and-place body is called later ("the agency").
_AGENCY_HEADS: Final = word_set("actors_agency_heads")


def _listing(e: _Entry) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """An entry's name, aliases (without the name) and titles, each once."""
    aliases = tuple(a for a in dict.fromkeys(e.aliases) if a != e.name)
    return e.name, aliases, tuple(dict.fromkeys(e.titles))


class _Store:
    """The actor registry's store (a layer of ActorRegistry)."""

    _ctx: Context
    _text: str
    _entries: list[_Entry]
    _keys: dict[str, int]
    #: (start, end, entry index) of every mention, in text order.
    _timeline: list[tuple[int, int, int]]
    _seen: set[tuple[int, int]]
    #: Starts of mentions by "the leaders"/"both countries" (one of a pair).
    _pair_starts: set[int]
    _regions: list[tuple[int, int, str]]
    #: Where the body names the header's source in full when that name holds
    #: a comma ("Ministry of Housing, Communities and Local Government").
    _whole_names: list[tuple[int, int]]
    _author: int | None
    _first_person: int | None
    _documents: list[tuple[int, str, int, bool]]
    #: (noun, definite) -> runs of (starts, entry indexes); see _document_runs.
    _document_index: dict[tuple[str, bool], list[_DocumentRun]]
    _document_indexed: int
    _hints: dict[int, list[str]]
    _shared: dict[str, list[int]]
    _classified: dict[str, tuple[ActorKind | None, str, list[str], str, set[str]]]

    if TYPE_CHECKING:
        # Methods of higher layers that this and lower layers call.
        def _author_entry(self) -> _Entry | None: ...

        def _classify(
            self, phrase: str
        ) -> tuple[ActorKind | None, str, list[str], str, set[str]]: ...

        def _class_of(
            self, phrase: str
        ) -> tuple[ActorKind | None, str, list[str], str, set[str]]: ...

        def _recent(self, start: int) -> Iterator[_Entry]: ...

        def _resolve_pronoun(self, start: int, cls: str) -> _Entry | None: ...

        def _resolve_role(self, start: int, role: str) -> _Entry | None: ...

        def _role_entry(self, low: str, role: str, phrase: str) -> _Entry: ...

        @staticmethod
        def _role_of(low: str, phrase: str = "") -> str | None: ...

        def mention(
            self,
            start: int,
            end: int,
            *,
            kind: ActorKind = ActorKind.GROUP,
            prefer: str | None = None,
        ) -> str | None: ...

        def resolve(
            self, start: int, end: int, *, prefer: str | None = None
        ) -> str | None: ...

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

    def implied(self, name: str, kind: ActorKind) -> str:
        """The canonical name of an actor the document implies without naming it.

        A national statistics office's release measures its country: the
        metric stage names the country as a subject though the text may not.
        A known actor of that name is reused.
        """
        return self._get_or_make(name, kind).name

    def kind_of(self, name: str) -> ActorKind | None:
        """The kind of the actor called ``name``, or None when unknown."""
        idx = self._keys.get(_norm(name))
        return self._entries[idx].kind if idx is not None else None

    def to_actors(self) -> tuple[Actor, ...]:
        """The actors, in order of first mention, with every mention in text order.

        Actors the registry handed out without a mention in the text (the
        document's source, an affiliation named inside a title) come last,
        so every name a stage stored is listed.
        """
        out: list[Actor] = []
        for i, e in enumerate(self._in_order()):
            name, aliases, titles = _listing(e)
            spans = _outermost(e.mentions)
            # The registry's own offsets and names: built without re-checks.
            mentions = tuple(_trusted_span(s, t) for s, t in spans)
            out.append(
                _trusted_actor(
                    i, e.kind, name, aliases=aliases, titles=titles, mentions=mentions
                )
            )
        return tuple(out)

    def listed(self) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """Name, aliases and titles of each actor :meth:`to_actors` lists, in order.

        For a stage that reads the actors so far: building the validated
        models (their mention spans above all) would cost it about as much
        as the final list does.
        """
        return [_listing(e) for e in self._in_order()]

    def _in_order(self) -> list[_Entry]:
        """The entries by first mention; those without a mention last."""
        order = sorted(
            (e for e in self._entries if e.mentions),
            key=lambda e: min(e.mentions),
        )
        return order + [e for e in self._entries if not e.mentions]

    def _lookup(self, phrase: str, pos: int | None = None) -> _Entry | None:
        name = self._class_of(phrase)[1]
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
        return set(_AGENCY_HEADS) if len(words) > 1 else {"agency"}

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

    def _pair_noun_at(self, start: int, raw: str) -> str | None:
        """The noun of a pair phrase at ``start`` ("the leaders"), else None.

        A bare noun counts when its determiner stands just before it: a
        subject found without "the two" in front is still "the two leaders".
        """
        if raw.rpartition(" ")[2] not in _PAIR_NOUNS:
            return None  # most phrases: no pair noun, nothing to build
        if " " not in raw:
            before = self._text[max(0, start - 12) : start].lower().split()[-2:]
            for k in (2, 1):
                noun = _pair_noun(" ".join([*before[-k:], raw]))
                if noun is not None:
                    return noun
            return None
        return _pair_noun(raw)

    def _add(self, entry: _Entry, start: int, end: int) -> None:
        if (start, end) in self._seen:
            return
        self._seen.add((start, end))
        entry.mentions.append((start, end))
        surface = self._text[start:end]
        low = _norm(surface)
        if self._pair_noun_at(start, surface.lower()) is not None:
            # "The leaders" is no other name of the one it points to.
            self._pair_starts.add(start)
        elif low not in _PRONOUNS and self._role_of(low, surface) is None:
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


def whole_name_spans(text: str, source: str | None) -> list[tuple[int, int]]:
    """Where ``text`` names ``source`` in full, when the name holds a comma.

    The header names the source whole, so the body's commas inside it hold
    one name, not a list of two.
    """
    name = (source or "").strip()
    if ", " not in name:
        return []
    spans: list[tuple[int, int]] = []
    k = text.find(name)
    while k >= 0:
        spans.append((k, k + len(name)))
        k = text.find(name, k + len(name))
    return spans
