"""Actors and coreference: the per-run :class:`ActorRegistry`.

One registry is made per extraction run (``_pipeline.run``) and shared by the
statements, directives and metrics stages. It knows every actor the text
names (people with titles, organizations, places, groups), their aliases and
titles, and every mention, pronouns and role nouns included.

The class is built in layers, one module each: ``_actor_store`` (entries,
names, mentions), ``_actor_bounds`` (where an actor phrase starts and ends),
``_actor_recognition`` (what a phrase names; the one scan of the text) and
``_actor_coref`` (pronouns, role nouns, "we", the owner of "the report");
this module adds the public methods the stages call. The shared word lists
and helpers live in ``_actor_words``.

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

from typing import TYPE_CHECKING

from .._vocab import ActorKind
from ._actor_coref import _Coreference
from ._actor_store import whole_name_spans
from ._actor_words import (
    _BODY_MEMBERS,
    _DELIBERATIVE_HEADS,
    _GROUP_HEADS,
    _MEMBER_QUANTIFIERS,
    _POSSESSIVES,
    _PRONOUNS,
    _STOP_CAPS,
    _DocumentRun,
    _Entry,
    _norm,
    is_generic_source,
    is_person_title,
    is_pronoun,
)
from ._context import plain_spaces

if TYPE_CHECKING:
    from ._context import Context

__all__ = ["ActorRegistry", "is_generic_source", "is_person_title", "is_pronoun"]


class ActorRegistry(_Coreference):
    """Per-run registry of actors, their mentions and coreference.

    See the module docstring for the API the stages use.
    """

    def __init__(self, ctx: Context) -> None:
        """Scan ``ctx.text`` for named actors and pronouns of people."""
        self._ctx = ctx
        # A no-break space reads as a space ("Ted\xa0Cruz"); same offsets.
        self._text = plain_spaces(ctx.text)
        self._entries: list[_Entry] = []
        self._keys: dict[str, int] = {}
        self._timeline: list[tuple[int, int, int]] = []  # (start, end, entry index)
        self._seen: set[tuple[int, int]] = set()
        self._pair_starts: set[int] = set()
        self._regions: list[tuple[int, int, str]] = []
        self._whole_names = whole_name_spans(self._text, ctx.source)
        self._author: int | None = None
        # Who an unquoted "I" is: a speech's speaker (see first_person).
        self._first_person: int | None = None
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
        pair = self._pair_member(start, phrase.strip().lower())
        if pair is not None:
            # "The two leaders agreed …" after a call between two of them.
            self._add(pair, start, end)
            return pair.name
        lead, _, head = low.rpartition(" ")
        members = low in _BODY_MEMBERS or (
            # "all members agreed", "most participants judged".
            head in _BODY_MEMBERS and lead in _MEMBER_QUANTIFIERS
        )
        author = self._author_entry() if low in _GROUP_HEADS or members else None
        if author is not None and (
            low in author.name.lower().split()
            # "Members agreed ..." in a committee's own minutes.
            or (members and bool(author.heads & _DELIBERATIVE_HEADS))
        ):
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
