"""Name recognition of the actor registry: classifying phrases, scanning the text.

The third layer of :class:`~._actors.ActorRegistry`: what kind of actor a
phrase names, and the one scan of the text that registers every name.
"""

from __future__ import annotations

from typing import Final, TypeAlias

from .._vocab import ActorKind
from ._actor_bounds import _Bounds
from ._actor_words import (
    _ARTICLES,
    _CAP_TOKEN,
    _CONNECTORS,
    _DOC_AGENT_CUES,
    _DOC_BY_AGENT,
    _DOC_BY_VERB,
    _FEMALE_TITLES,
    _GROUP_HEADS,
    _HELD_MEETING,
    _HONORIFICS,
    _INITIAL_ENDS,
    _MALE_TITLES,
    _MEETING_CUES,
    _NAME_CUT,
    _NAME_POSSESSIVES,
    _NAME_SUFFIXES,
    _ORG_HEADS,
    _ORG_PREMODIFIERS,
    _OWN_BODY,
    _PERSON_TITLES,
    _PLACE_HEADS,
    _PLURAL_PLACES,
    _PRONOUN_SCAN,
    _PRONOUNS,
    _ROLE_SCAN,
    _STOP_CAPS,
    _TITLE_MODIFIERS,
    _norm,
    scan_if,
)
from ._lexicon import word_set

__all__: list[str] = []

#: What a phrase names: kind, canonical name, titles, gender, heads.
_Class: TypeAlias = "tuple[ActorKind | None, str, list[str], str, set[str]]"


#: Title modifiers that name a portfolio, not a rank: no title extends over them.
_PORTFOLIO_MODIFIERS: Final = word_set("actors_portfolio_modifiers")

#: Forms of address that hold no office: "Mr Lee" keeps no title.
_COURTESY_TITLES: Final = word_set("actors_courtesy_titles")

#: Words before "State" that name a kind of state ("Member State"), no place.
_STATE_KINDS: Final = word_set("actors_state_kinds")

#: Prepositions that join a title to its body ("Governor of the Central
#: Bank").
_NAME_LINKS: Final = word_set("name_links")

#: The indefinite articles: "a report released by X" is not X's own report.
_INDEFINITE_ARTICLES: Final = word_set("indefinite_articles")

#: Subject pronouns of a person, which the statements stage resolves itself.
_PERSON_SUBJECTS: Final = word_set("actors_person_subjects")

#: Words a name goes on through after its head noun ("Bank of England").
_HEAD_CONTINUATIONS: Final = word_set("actors_head_continuations")


#: Lists a capitalised word after "the" is read against (a union per run was a
#: new set of some 200 words each time).
_THE_HEADS: Final = (_ORG_HEADS, _PERSON_TITLES, _PLACE_HEADS)


class _Recognition(_Bounds):
    """Name recognition of the actor registry (a layer of ActorRegistry)."""

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

    def _classify(
        self, phrase: str
    ) -> tuple[ActorKind | None, str, list[str], str, set[str]]:
        """Split a phrase into (kind, canonical name, titles, gender, heads)."""
        kind, name, titles, gender, heads = self._class_of(phrase)
        return kind, name, list(titles), gender, set(heads)

    def _class_of(self, phrase: str) -> _Class:
        """:meth:`_classify`'s answer as cached: to read, never to change.

        Most callers want only the kind or the name; copying the titles and
        heads for them cost more than the lookup.
        """
        got = self._classified.get(phrase)
        if got is None:
            got = self._classify_uncached(phrase)
            self._classified[phrase] = got
        return got

    def _classify_uncached(self, phrase: str) -> _Class:
        name, acronym = self._bare_name(phrase)
        words = name.split()
        if not words:
            return None, "", [], "", set()
        lows = [w.lower() for w in words]
        heads = self._org_heads(words, lows, acronym)
        last = lows[-1]
        if heads - {h for h in heads if h.startswith("acronym:")} and (
            any(w[:1].isupper() for w in words) or last in _ORG_HEADS
        ):
            return self._as_organization(name, words, heads)
        if last in _PLACE_HEADS and len(words) >= 2 and words[0][:1].isupper():
            if lows[-2] in _STATE_KINDS:
                # "a Member State", "the Contracting State": a kind of state,
                # not the state of "Member" as "Washington State" is Washington's.
                return ActorKind.PLACE, name, [], "", {last}
            return ActorKind.PLACE, " ".join(words[:-1]), [], "", {last}
        if " ".join(lows).removeprefix("the ") in _PLURAL_PLACES:
            # "the United States": one country, not a group of states.
            return ActorKind.PLACE, name, [], "", set()
        if last in _GROUP_HEADS:
            return ActorKind.GROUP, name, [], "pl", {last}
        # Person: title words, then a capitalised name.
        t, qualified = self._title_end(words, lows)
        if t > 0:
            return self._as_person(name, words, t, qualified=qualified)
        if all(w[:1].isupper() for w in words) and len(words) <= 4:
            if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
                return ActorKind.ORGANIZATION, name, [], "", set()
            return None, name, [], "", set()
        return None, name, [], "", set()

    @staticmethod
    def _bare_name(phrase: str) -> tuple[str, str]:
        """A phrase without article, possessive and bracketed acronym; the acronym."""
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
        return name, acronym

    def _org_heads(self, words: list[str], lows: list[str], acronym: str) -> set[str]:
        """The organization heads of a name (none for a titled person's name)."""
        heads: set[str] = set()
        if acronym:
            heads.add("acronym:" + acronym)
        # Organization: a head noun anywhere after the first word, or first
        # word "Ministry of ..." etc.
        for i, lw in enumerate(lows):
            # A head noun ends the name or precedes "of"/"for": "Bank of
            # England", "Ministry for Roads", but not "Bank Rate".
            if lw in _ORG_HEADS and (
                i == len(lows) - 1 or lows[i + 1] in _HEAD_CONTINUATIONS
            ):
                heads.add(lw)
        if self._titled_name(words):
            # "Governor Rahul Mehta of the Reserve Bank" is a person.
            heads = {h for h in heads if h.startswith("acronym:")}
        return heads

    @staticmethod
    def _as_organization(name: str, words: list[str], heads: set[str]) -> _Class:
        """An organization (or a group: "local governments") named by its heads."""
        last = words[-1].lower()
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

    @staticmethod
    def _title_end(words: list[str], lows: list[str]) -> tuple[int, bool]:
        """Where a person's title words end; whether an "of"/"for" block qualifies it.

        The title ends at the last title word that a name follows ("Agriculture
        Minister N. Ramesh Gowda", "NBS spokesperson Wei Lan"); a title with a
        "for"/"of" block keeps all but the name ("Commissioner for Energy and
        Housing Markus Brandt").
        """
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
            body = next(i for i in range(len(lows)) if lows[i] in _CONNECTORS) + 1
            while (
                body < len(lows) - 1
                and lows[body] in _ARTICLES
                and words[body + 1][:1].isupper()
            ):
                body += 1  # "of the Port": the body's article
            # "Minister of Energy" and "Captain of the Port" alone are titles,
            # not people named Energy and Port.
            t = k if k > body else 0
        return t, qualified

    @staticmethod
    def _as_person(name: str, words: list[str], t: int, *, qualified: bool) -> _Class:
        """A titled person: the name after the title words, titles, gender, heads."""
        lows = [w.lower() for w in words]
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
            rest[0].lower() in _PERSON_TITLES or rest[0].lower()[:-1] in _PERSON_TITLES
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
        titles = [] if title.lower().rstrip(".") in _COURTESY_TITLES else [title]
        return (
            ActorKind.PERSON,
            " ".join(rest),
            titles,
            gender,
            {lw for lw in lows[:t] if lw in _PERSON_TITLES},
        )

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
            and lows[1] in _NAME_LINKS
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

    def _scan(self) -> None:
        """Find named actors in one left-to-right pass over capitalised runs."""
        for s, e in self._capitalised_runs():
            self._scan_run(s, e)
        self._apply_hints()
        self._scan_documents()
        self._scan_meetings()
        self._scan_pronouns()
        self._scan_roles()

    def _capitalised_runs(self) -> list[tuple[int, int]]:
        """The runs of capitalised words (with the glue names hold) in the text."""
        text = self._text
        runs: list[tuple[int, int]] = []
        cur_s = cur_e = -1
        # "Ministry of Housing, Communities and Local Government": the header
        # names the source whole, so its commas hold one name in the body too.
        whole = self._whole_names
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
                    or (gap == ", " and any(a <= cur_s and e <= b for a, b in whole))
                )
                # "U.S." is two tokens with nothing between them.
                if (not dotted and joined) or (gap == "" and text[cur_e - 1] == "."):
                    cur_e = e
                    continue
                runs.append((cur_s, cur_e))
            cur_s, cur_e = s, e
        if cur_s >= 0:
            runs.append((cur_s, cur_e))
        return runs

    def _apply_hints(self) -> None:
        """Tie titled people to the bodies their titles name, once all are known."""
        for person, hints in self._hints.items():
            # "Minister of Labor X" belongs to the "Ministry of Labor" when
            # the text names it anywhere (before or after the title).
            for hint in hints:
                idx = self._keys.get(_norm(hint))
                who = self._entries[person]
                if idx is not None and who.affiliation is None:
                    who.affiliation = self._entries[idx].name
        self._hints.clear()

    def _scan_documents(self) -> None:
        """Documents introduced with their issuer, for "the report said"."""
        text = self._text
        for m in _DOC_BY_VERB.finditer(text):
            # "Premier Wang delivered the government work report": the report
            # speaks for him ("..., the report said").
            ph = self.phrase_before(m.start())
            entry = self._lookup(text[ph[0] : ph[1]]) if ph is not None else None
            if entry is not None:
                definite = m.group(0).split()[1] not in _INDEFINITE_ARTICLES
                self._documents.append(
                    (m.start(), m.group(1).lower(), entry.idx, definite)
                )
        for m in scan_if(_DOC_BY_AGENT, text, _DOC_AGENT_CUES):
            # "a draft budget report released by the Ministry of Finance"
            ph = self.phrase_after(m.end())
            if ph is not None:
                owner = self.mention(ph[0], ph[1], kind=ActorKind.ORGANIZATION)
                idx = self._keys.get(_norm(owner)) if owner is not None else None
                if idx is not None:
                    before = text[max(0, m.start() - 40) : m.start()].split()
                    definite = not (_INDEFINITE_ARTICLES & set(before[-4:]))
                    self._documents.append(
                        (m.start(), m.group(1).lower(), idx, definite)
                    )

    def _scan_meetings(self) -> None:
        """Meetings an organization held: "the meeting" is then the body's own."""
        text = self._text
        for m in scan_if(_HELD_MEETING, text, _MEETING_CUES):
            ph = self.phrase_before(m.start())
            entry = self._lookup(text[ph[0] : ph[1]]) if ph is not None else None
            if entry is not None and entry.kind is ActorKind.ORGANIZATION:
                # "The Cabinet met on Monday": "met" carries no noun.
                noun = m.group("noun") or "meeting"
                entry.heads.add(noun.lower())

    def _scan_pronouns(self) -> None:
        """Possessive and object pronouns of people, as mentions."""
        text = self._text
        for m in _PRONOUN_SCAN.finditer(text):
            # Only mentions the statements stage does not resolve itself:
            # the possessive "his"/"her" and object pronouns of people.
            word = m.group().lower()
            if word in _PERSON_SUBJECTS:
                continue
            entry = self._resolve_pronoun(m.start(), _PRONOUNS[word])
            if entry is not None and entry.kind is ActorKind.PERSON:
                self._add(entry, m.start(), m.end())

    def _scan_roles(self) -> None:
        """Role nouns ("the president", "the province") that refer back, as mentions."""
        text = self._text
        for m in _ROLE_SCAN.finditer(self._ctx.folded):
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
        s, e, run = self._trim_run(s, e)
        if run in _STOP_CAPS or len(run) < 2:
            return
        if text[s - 2 : s] == ", " and (
            run in _NAME_SUFFIXES or f"{run}." in _NAME_SUFFIXES
        ):
            # "Tom Ortiz, Jr.": the suffix names nobody.
            return
        # Extend over lower-case title words before ("spokesperson Liu",
        # "NBS spokesperson Wei Lan") and org premodifiers + head after
        # ("Jiangsu provincial government", "State Council executive meeting").
        ext_s = self._extend_before(s)
        ext_e = self._extend_after(e)
        words = run.split()
        if len(words) == 1 and ext_s == s and ext_e == e and self._lone_word(run, s, e):
            return
        if (
            words[0].lower() in _PERSON_TITLES
            and len(words) > 2
            and words[1].lower() in _NAME_LINKS
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
        kind = self._class_of(text[ext_s:ext_e])[0]
        if kind is None and ext_s == s:
            self._bare_run(s, e)
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

    def _trim_run(self, s: int, e: int) -> tuple[int, int, str]:
        """A run without its possessive, final full stop and opening sentence words."""
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
                # "Her Majesty's Treasury": the pronoun opens the name.
                and rest.split(" ", 1)[0].lower().replace("’", "'")
                not in _NAME_POSSESSIVES
            ):
                s += len(head) + 1
                run = rest
                continue
            break
        return s, e, run

    def _extend_before(self, s: int) -> int:
        """Where a run starts with the lower-case title words before it."""
        text = self._text
        ext_s = s
        k = s
        while True:
            m = self._word_before(k)
            if m is None:
                break
            ws, we = m
            w = text[ws:we].lower()
            if w in _PERSON_TITLES or (
                w in _TITLE_MODIFIERS and w not in _PORTFOLIO_MODIFIERS
            ):
                ext_s = ws
                k = ws
                continue
            break
        return self._head_of_before(ext_s)

    def _extend_after(self, e: int) -> int:
        """Where a run ends with an acronym, or premodifiers and a head, after it."""
        text = self._text
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
            if steps and text[ws].isupper():
                # "As part of FLEC reform Treasury is …": a name after the
                # lower-case words is a run of its own, not their head.
                break
            w = text[ws:we].lower()
            if w in _ORG_PREMODIFIERS and steps < 2:
                k = we
                steps += 1
                continue
            if w in _ORG_HEADS or w in _PLACE_HEADS:
                ext_e = we
            break
        return ext_e

    def _lone_word(self, run: str, s: int, e: int) -> bool:
        """Read a one-word run that extends nowhere; whether that settles it."""
        text = self._text
        words = run.split()
        if text[max(0, s - 4) : s].lower() == "the " and any(
            words[0].lower() in heads for heads in _THE_HEADS
        ):
            if words[0].lower() in _ORG_HEADS:
                # "The Cabinet met ...", "The Board raised ...": a body
                # with no antecedent is an actor of its own, so that "It"
                # and "the meeting" later find it.
                self.mention(s - 4, e, kind=ActorKind.ORGANIZATION)
            else:
                self.resolve(s - 4, e)
            return True
        if words[0].isupper() and self._lookup(run) is None:
            return True
        low0 = words[0].lower()
        # "Hospital trusts must ...": a capitalised common noun.
        return (
            (low0 in _ORG_HEADS or low0 in _GROUP_HEADS or low0 in _PLACE_HEADS)
            and self._lookup(run) is None
            and not text.startswith((" of ", " from "), e)
        )

    def _bare_run(self, s: int, e: int) -> None:
        """A bare capitalised run: a person only with an appositive title or a key.

        "Wei Lan, spokesperson of ...", or a name the registry already knows.
        """
        text = self._text
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
