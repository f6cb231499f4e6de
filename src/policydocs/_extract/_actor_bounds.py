"""Phrase bounds of the actor registry: where an actor phrase starts and ends.

Titles, appositives, group phrases and the word before or after a
phrase: the second layer of :class:`~._actors.ActorRegistry`.
"""

from __future__ import annotations

import bisect
import re
from typing import Final

from .._vocab import ActorKind
from ._actor_store import _Store
from ._actor_words import (
    _COMMON_BODY,
    _CONNECTORS,
    _DETERMINERS,
    _GROUP_HEADS,
    _GROUP_MODIFIERS,
    _NAME_PARTICLES,
    _NAME_POSSESSIVES,
    _NAME_SUFFIX_END,
    _ORG_HEADS,
    _ORG_PREMODIFIERS,
    _PERSON_TITLES,
    _PLACE_HEADS,
    _PRONOUNS,
    _RANK_WORDS,
    _STOP_CAPS,
    _SUBJECT_PRONOUNS,
    _TAIL_BODY,
    _TITLE_BODY,
    _TITLE_MODIFIERS,
    _VERBISH,
    _WHO_IS,
    _WORD,
    _ends_sentence,
    _Entry,
)
from ._cues import CUES
from ._function_words import BODY_LINKS
from ._lexicon import word_set

__all__: list[str] = []

#: Words before "the" inside a name ("Department of the Treasury").
_THE_LINKS: Final = word_set("actors_the_links")

#: The articles: no part of a name.
_ARTICLES: Final = word_set("articles")
#: A body after a title: "minister of Finance", "economist at the Bank".
_BODY_NAME: Final = re.compile(rf"\b(?:{BODY_LINKS}) (?:the )?([A-Z][^,;]{{2,100}})$")

#: Words before an appositive's title ("…, the spokesperson of the NBS,").
_TITLE_LEADS: Final = word_set("actors_title_leads")

#: Prepositions that lead a title on ("spokesperson of the NBS").
_TITLE_LINKS: Final = word_set("actors_title_links")


class _Bounds(_Store):
    """Phrase bounds of the actor registry (a layer of ActorRegistry)."""

    def phrase_before(self, end: int) -> tuple[int, int] | None:
        """The actor phrase that ends at ``end`` (trailing spaces skipped), or None."""
        text = self._text
        while end > 0 and text[end - 1] == " ":
            end -= 1
        suffix = _NAME_SUFFIX_END.search(text, max(0, end - 12), end)
        if suffix is not None:
            # "Secretary Tom Ortiz, M.D. said": the name before the suffix.
            end = suffix.start()
        lo = max(0, end - 160)
        words = [(m.start(), m.end()) for m in _WORD.finditer(text, lo, end)]
        # Keep only the words that are contiguous with ``end`` (spaces between).
        chain: list[tuple[int, int]] = []
        pos = end
        for ws, we in reversed(words):
            gap = text[we:pos]
            if (
                we != pos
                and gap.strip(" ") != ""
                and gap.strip() not in ("(", ")")
                and not (gap == ", " and self._in_whole_name(ws, end))
            ):
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

    def _in_whole_name(self, start: int, end: int) -> bool:
        """Whether ``start:end`` lies inside a full naming of the source."""
        return any(a <= start and end <= b for a, b in self._whole_names)

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
            if chain and gap != " " and gap.strip(" ") not in ("(", ")", ""):
                # Never across a line break ("Ana Li.\n\nLi Wei").
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
        while i > 0 and (step := self._step_back(words, i, last)) > 0:
            i -= step
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
        while (
            i < n - 1
            and words[i] in _STOP_CAPS
            and words[i + 1].lower().replace("’", "'") not in _NAME_POSSESSIVES
        ):
            i += 1
        if i > 0 and words[i - 1].lower() == "the":
            i -= 1
        return chain[i][0], end

    @staticmethod
    def _step_back(words: list[str], i: int, last: str) -> int:
        """How many words before ``words[i]`` still belong to the phrase (0: none)."""
        lowlast = last.lower()
        w = words[i - 1]
        lw = w.lower()
        if (
            w[:1].isupper()
            or lw in _PERSON_TITLES
            or lw in _TITLE_MODIFIERS
            or lw in _ORG_PREMODIFIERS
        ):
            return 0 if lw == "according" else 1
        if (
            lw in _CONNECTORS
            and i - 1 > 0
            and words[i - 2][:1].isupper()
            and lw != "the"
        ):
            return 1
        if (
            lw in _NAME_PARTICLES
            and i >= 2
            and (words[i - 2][:1].isupper() or words[i - 2] in _NAME_PARTICLES)
        ):
            return 1  # "Ursula von der Leyen", "Luiz Inacio da Silva"
        if (
            lw == "the"
            and i >= 3
            and words[i - 2].lower() in _THE_LINKS
            and words[i - 3][:1].isupper()
        ):
            return 2  # "Department of the Treasury"
        if lw in _ARTICLES or lw.endswith(("'s", "’s")):
            return 0
        if (
            lw.endswith("-level")
            or lw in _GROUP_MODIFIERS
            or (lw in _ORG_HEADS and lowlast == last)
        ):
            return 1  # "cabinet meeting", "party committee", "county-level governments"
        return 0

    def _best_head(self, chain: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Choose an actor phrase among prefixes of ``chain``."""
        text = self._text
        words = [text[s:e] for s, e in chain]
        first = words[0]
        lf = first.lower()
        if lf in _PRONOUNS:
            return chain[0]
        i = 0
        if lf in _ARTICLES:
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
            kind = self._class_of(text[org_s:org_e])[0]
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
        if w in _TITLE_LEADS:
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
            or (nxt is not None and nxt.group().lower() in _TITLE_LINKS)
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
            om = re.search(_BODY_NAME, p)
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
