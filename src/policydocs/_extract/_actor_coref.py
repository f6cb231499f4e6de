"""Coreference of the actor registry: pronouns, role nouns, "we", the report's owner.

The fourth layer of :class:`~._actors.ActorRegistry`: what a pronoun, a
role noun ("the ministry") or "we" refers to, and who issued "the report".
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from .._vocab import ActorKind
from ._actor_recognition import _Recognition
from ._actor_words import (
    _ANY_PERSON_ROLES,
    _CONNECTORS,
    _CONTAINER_HEADS,
    _DELIBERATIVE_HEADS,
    _ORG_HEADS,
    _ORG_PREMODIFIERS,
    _PAIR_NOUNS,
    _PERSON_TITLES,
    _PLACE_HEADS,
    _PRONOUNS,
    _RANK_WORDS,
    _ROLE_FITS,
    _SUBNATIONAL_HEADS,
    _TITLE_MODIFIERS,
    _DocumentRun,
    _Entry,
    _norm,
)
from ._lexicon import word_set, words
from ._modals import OUTLET_WORDS

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__: list[str] = []

#: The articles: no part of a name, never capitalised as one.
_ARTICLES: Final = word_set("articles")

#: The indefinite articles: "a ministry statement" names a body told before.
_INDEFINITE_ARTICLES: Final = word_set("indefinite_articles")

#: How a role phrase that refers back opens ("the ministry", "this agency"):
#: a determiner and its space.
_ROLE_OPENINGS: Final = tuple(f"{w} " for w in words("actors_role_determiners"))

#: Words the fuller acronym of a name leaves out, keeping "of" and "for".
_ACRONYM_SKIPS: Final = word_set("actors_acronym_skips")


class _Coreference(_Recognition):
    """Coreference of the actor registry (a layer of ActorRegistry)."""

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
                    # A person whose gender the text shows beats a guess,
                    # when named since: the most recent compatible person.
                    entry = self._gendered_since(start, cls, entry)
        if entry is None:
            entry = self._resolve_entry(start, phrase)
        if entry is None:
            return None
        self._add(entry, start, end)
        return entry.name

    def we_of(self, speaker: str) -> str:
        """Who "we" is in the words of the actor ``speaker``.

        The one rule for a quoted "we" (see :meth:`_we_of`), for stages that
        know the speaker from elsewhere (a quotation continued without a
        cue); an actor the registry does not know speaks for itself.
        """
        idx = self._keys.get(_norm(speaker))
        if idx is None:
            return speaker
        return self._we_of(self._entries[idx]).name

    def body_before(self, start: int, pronoun: str) -> bool:
        """Whether ``pronoun`` ("it", "they") at ``start`` can stand for a body.

        True when an organisation, place or group was named before it (the
        antecedent :meth:`resolve` would take); nothing is recorded. "It will
        set policy meeting by meeting" after "The Board met …" commits the
        Board; with no body named before, "it" is a thing.
        """
        cls = _PRONOUNS.get(pronoun)
        if cls not in ("it", "pl"):
            return False
        return self._resolve_pronoun(start, cls) is not None

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

    def title_person(self, name: str, title: str) -> str:
        """Know the person ``name`` that the document's title names, with ``title``.

        A transcript label ("MS. ORTIZ:") then finds the full name.
        """
        entry = self._get_or_make(name, ActorKind.PERSON)
        self._person_aliases(entry)
        if title and title not in entry.titles:
            entry.titles.append(title)
        return entry.name

    def first_person(self, name: str, title: str) -> str:
        """Make ``name`` (a person) what "I" outside quotations stands for.

        A speech's or testimony's speaker, named only in its title.
        """
        name = self.title_person(name, title)
        self._first_person = self._keys[_norm(name)]
        return name

    def recent_person(self, pos: int) -> str | None:
        """The person mentioned last before ``pos`` (an interview's "A:"), or None."""
        for e in self._recent(pos):
            if e.kind is ActorKind.PERSON:
                return e.name
        return None

    @staticmethod
    def _role_of(low: str, phrase: str = "") -> str | None:
        """The role noun of "the president" / "the Committee" / "the province".

        Modifiers must be lower case in ``phrase``: "the State Department" is
        a name, "the state department" a role noun.
        """
        if any(
            w[:1].isupper() for w in phrase.split()[:-1] if w.lower() not in _ARTICLES
        ):
            return None
        words = low.split()
        if words and words[0] in _INDEFINITE_ARTICLES:
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
        pair = self._pair_member(start, raw)
        if pair is not None:
            return pair
        role = self._role_of(low, phrase)
        if role is not None and phrase.strip().lower().startswith(_ROLE_OPENINGS):
            return self._resolve_role(start, role)
        entry = self._lookup(phrase) or self._described(start, phrase)
        if entry is not None:
            return entry
        if role is not None:
            return self._resolve_role(start, role)
        return None

    def _pair_member(self, start: int, raw: str) -> _Entry | None:
        """One of the two people "the leaders" or "both presidents" points back to.

        The most recent person who fits, when a second, different one was
        named before (a call or a meeting has two sides); with only one, the
        phrase is a group of its own ("the leaders" of a sector), None.
        Either party is a right name for both (the contract's joined actors).
        """
        noun = self._pair_noun_at(start, raw)
        if noun is None:
            return None
        title = _PAIR_NOUNS[noun]
        found: _Entry | None = None
        for e in self._recent(start):
            if e.kind is not ActorKind.PERSON or (
                # "The presidents" are two presidents; "the leaders" any two.
                title and not any(title in t.lower().split() for t in e.titles)
            ):
                continue
            if found is not None:
                return found
            found = e
        return None

    def _described(self, start: int, phrase: str) -> _Entry | None:
        """A body described in lower case by its field: "the health ministry".

        The most recent body whose head fits the noun and whose name holds
        every field word ("Ministry of Health", "Department of Labor" for
        "the labor department", "Statistics Korea" for "the statistics
        agency"), else None (the description is then an actor of its own).
        """
        words = phrase.split()
        if words and words[0].lower() in _ARTICLES:
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

    def _mentions_before(self, start: int) -> Iterator[tuple[int, int]]:
        """(start, entry index) of mentions before ``start``, most recent first.

        The look-back is bounded to 400 mentions, so resolving a phrase costs
        the same early and late in a long document.
        """
        i = bisect.bisect_left(self._timeline, (start, -1, -1))
        for k in range(i - 1, max(0, i - 400) - 1, -1):
            at, _, idx = self._timeline[k]
            yield at, idx

    def _recent(self, start: int) -> Iterator[_Entry]:
        """Entries mentioned before ``start``, most recent first (bounded look-back)."""
        seen: set[int] = set()
        for _, idx in self._mentions_before(start):
            if idx not in seen:
                seen.add(idx)
                yield self._entries[idx]

    def _titled_role(self, start: int, low: str) -> _Entry | None:
        """'the Environment Secretary': the most recent person with that title."""
        words = low.split()
        if len(words) < 2 or words[-1] not in _PERSON_TITLES or len(words) > 5:
            # One word ("the minister") is a role noun: _resolve_role.
            return None
        for e in self._recent(start):
            if e.kind is ActorKind.PERSON and any(
                t.lower() == low
                or t.lower().endswith(" " + low)
                # "Deputy Secretary of the Treasury X" ... "the Deputy Secretary".
                or t.lower().startswith(low + " of ")
                for t in e.titles
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
        if rest and first.lower() in _ARTICLES:
            name = rest
        first, _, rest = low.partition(" ")
        if rest and first in _INDEFINITE_ARTICLES:
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
            return _they_fits(e)
        return False

    def _resolve_pronoun(self, start: int, cls: str) -> _Entry | None:
        if cls in ("we", "i"):
            who = self.speaker_at(start)
            if who is not None:
                idx = self._keys.get(_norm(who))
                if idx is not None:
                    entry = self._entries[idx]
                    return self._we_of(entry) if cls == "we" else entry
            # Outside quotations, a speech's "I" and "we" are its speaker:
            # the one voice of the text, not the body that published it.
            fp = self._first_person
            if fp is not None:
                return self._entries[fp]
            # With no speaker named, the body that published the text speaks
            # ("I would like to make a statement" in a department's release).
            author = self._author_entry()
            # A news outlet's story has no unquoted "I" or "we" of its own.
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
        # Mention by mention, not entry by entry: an entry once named by "the
        # leaders" is one of that pair even if named otherwise since.
        for at, idx in self._mentions_before(start):
            e = self._entries[idx]
            if _they_fits(e) or at in self._pair_starts:
                # "The two leaders spoke. They agreed …": one of the pair.
                return e
        author = self._author_entry()
        if author is not None and author.heads & _DELIBERATIVE_HEADS:
            # "They noted that ..." in a committee's minutes: its members.
            return author
        for e in self._recent(start):
            if e.kind is ActorKind.ORGANIZATION:
                # "We are asking Congress to act. They should …": with no group
                # named, "they" stands for the last body (an American usage).
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

    def _gendered_since(self, start: int, cls: str, guess: _Entry) -> _Entry:
        """The most recent person of gender ``cls`` in the paragraph, else ``guess``.

        A gender the text shows beats a guess within the pronoun's paragraph
        or when named after the guess; a person of an earlier paragraph does
        not displace the guess ("Putin spoke. / Trump discussed the grid. He
        said Y": Trump).
        """
        floor = self._text.rfind("\n\n", max(0, start - 3000), start)
        seen = False
        for at, idx in self._mentions_before(start):
            e = self._entries[idx]
            if seen and at < floor:
                return guess
            seen = seen or e is guess
            if e.kind is ActorKind.PERSON and e.gender == cls:
                return e
        return guess

    def opening_person(self, start: int, end: int) -> str | None:
        """The person whose name opens the sentence ``text[start:end]``, if any.

        The subject a following "he" or "she" most likely continues
        ("President Ortiz discussed the grid. He said Y").
        """
        i = bisect.bisect_left(self._timeline, (start, -1, -1))
        if i >= len(self._timeline):
            return None
        at, _, idx = self._timeline[i]
        entry = self._entries[idx]
        if (
            at >= end
            or entry.kind is not ActorKind.PERSON
            or self._text[start:at].strip() not in ("", "The")
        ):
            return None
        return entry.name

    def issuer(self) -> str | None:
        """The document's source when it issues what it reports; None for a news outlet.

        A release's "the report" and "the figures" are its source's own; a
        news story's are somebody else's.
        """
        author = self._author_entry()
        return None if author is None or self._is_outlet(author) else author.name

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
        # The head noun ("Commission" of "European Commission", "Ministry" of
        # "Ministry of Finance"): "Commissioner" shares it, title or not.
        content = [w for w in words if w not in _CONNECTORS]
        head = (content[0] if " of " in org.name.lower() else content[-1])[:6]
        names = {_norm(a) for a in org.aliases} | {
            "".join(w[0] for w in words if w not in _CONNECTORS),
            "".join(w[0] for w in words if w not in _ACRONYM_SKIPS),
        }
        portfolio = False
        for title in person.titles:
            for w in re.findall(r"[A-Za-z][A-Za-z'’\-]{1,30}", title):
                lw = w.lower()
                if (
                    lw in names
                    or lw[:6] == head
                    or (lw not in _PERSON_TITLES and lw[:6] in own)
                ):
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


def _they_fits(e: _Entry) -> bool:
    """Whether "they" can stand for ``e``: a group or a plural body.

    A place named in the plural ("the United States", "the Netherlands") is
    one country, "it", never "they".
    """
    return e.kind is ActorKind.GROUP or (e.plural and e.kind is not ActorKind.PLACE)
