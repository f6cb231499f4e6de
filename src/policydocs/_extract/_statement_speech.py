"""Who "I" is in a speech, remarks or testimony: the speaker its title names.

A one-speaker text (the title holds a word of ``statements_speech_titles``)
names its speaker in the title: "Remarks by Governor Ana Ortiz at the Harbor
Forum", "Testimony of Secretary of the Treasury Ana L. Ortiz, Before ...",
"Baroness Ortiz – Speech on Trade". The name is the capitalised run after the
last title word of the title's first clause that has one (or after "by" /
"of"): a given name, its initials and the family name ("Ana L. Ortiz"), the
family name alone after a title of nobility ("Baroness Ortiz"). A briefing
with several speakers ("Press Briefing by A and B") has no one speaker.

An office's portfolio belongs to the title, lower-case links and "and"
included ("Vice Chair for Supervision Ana L. Ortiz", "Secretary of Health and
Human Services Ana Ortiz"); a title that is also a family name ("Barr",
"King", the ``surname`` column of ``titles.tsv``) is a title only before a
capitalised name, so "Speech by Governor Barr" names Barr. A bare name set
off by a comma from its title ("Ana Ortiz, Governor: Speech at …") counts too.
"""

from __future__ import annotations

import re
from typing import Final

from ._actor_words import _ORG_HEADS, _SURNAME_TITLES, _TITLE_MODIFIERS
from ._actors import is_person_title
from ._function_words import SOURCE_LINKS
from ._lexicon import word_set

__all__ = ["opening_speaker", "title_people", "title_speaker"]

_SPEECH_TITLES: Final = word_set("statements_speech_titles")
#: Verbs of a title after the speaker's name ("X Delivers Remarks").
_TITLE_VERBS: Final = word_set("statements_title_verbs")

# Where a title's clauses part: punctuation, dashes, and the words that open
# a venue, an audience or a topic.
_CLAUSES: Final = re.compile(
    r"[,:;()\[\]]|[ ][–—-][ ]|[ ](?:at|before|Before|on|to|in|for)[ ]"
)
# "Press Briefing by A and B": the link before the speakers' names.
_SPEAKER_LINK: Final = re.compile(r"\b(?:by|of) ")
# "Update on Payments, Vice Chair Ana Ortiz, at the ... Workshop": a titled
# name between commas before the venue marks a speech too.
_TITLED_AT: Final = re.compile(
    r", (?:[A-Z][\w.'’\-]{0,30} ){1,6}[A-Z][\w'’\-]{1,30}, at "
)
# "Joint Statement by …", "Joint Remarks of …": several sign one text.
_JOINT: Final = re.compile(
    r"Joint (?:[A-Z][a-z]+ )?(?:Statement|Remarks|Declaration)s? "
)
# A body that opens with its own byline: "Statement by Ambassador Ana Ortiz,
# … at the Council" as its first paragraph, under a title that names no one.
_BYLINE: Final = re.compile(
    r"(?:[A-Z][a-z]+ ){0,2}(?:Statement|Remarks|Speech|Address|Testimony|Keynote)"
    rf" (?:{SOURCE_LINKS}) [^\n]{{1,400}}"
)
# "Ana Ortiz's speech at …": a person's name (two to four capitalised words,
# no title among them) owning the speech word.
_OWNED_SPEECH: Final = re.compile(
    r"((?:[A-Z][a-z][\w\-]*|[A-Z]\.) (?:[A-Z][\w\-]*\.? ){0,2}[A-Z][a-z][\w\-]*)"
    r"['’]s ([A-Za-z]+)\b"
)
# "Ana L. Ortiz" alone between commas: a given name, initials, a family name.
_BARE_NAME: Final = re.compile(
    r"[A-Z][a-z][\w'’\-]*(?: [A-Z]\.){0,2}(?: [A-Z][a-z][\w'’\-]*){1,2}"
)
_PEOPLE: Final = re.compile(r"\s(?:and|with)\s")
_WORD: Final = re.compile(r"[A-Z][A-Za-z'’\-]*\.?|[a-z][A-Za-z'’\-]*|\S+")
_INITIAL: Final = re.compile(r"[A-Z]\.")
_POST_NOMINAL: Final = re.compile(r"[A-Z]{2,5}")

#: Words before the speaker's name in a speech title ("Remarks by X").
_TITLE_LINKS: Final = word_set("statements_title_links")
#: Lower-case words of an office's portfolio ("Secretary of Health and Human
#: Services", "Minister of State for Trade Policy").
_PORTFOLIO_LINKS: Final = word_set("statements_label_links")


def title_speaker(title: str | None) -> tuple[str, str] | None:
    """The speaker a speech's title names, as (name, title), or None."""
    if not title or len(title) > 400:
        return None
    words = {w.lower().strip(".,:;") for w in title.split()}
    if not words & _SPEECH_TITLES and _TITLED_AT.search(title) is None:
        return None
    owner = _OWNED_SPEECH.match(title)
    if (
        owner is not None
        and owner.group(2).lower() in _SPEECH_TITLES
        and owner.group(2).lower() != "statement"  # "New Zealand's statement"
        and not any(is_person_title(w.rstrip(".")) for w in owner.group(1).split())
    ):
        # "Ana Ortiz's speech at the Summit": the name owns the speech.
        return owner.group(1), ""
    clauses = _portfolio_clauses(title)
    for i, clause in enumerate(clauses):
        got = _name_in(clause.strip()) or _apposed_name(clauses, i)
        if got is None:
            continue
        if _several(clause):
            # "Joint Statement by A and B": one text both sign; the first
            # signs for both. "Remarks by A and B" has several speakers.
            # Only the speaker's clause counts: "at the Meeting of Ministers
            # and Governors" names a venue.
            people = title_people(title) if _JOINT.match(title) else []
            return people[0] if people else None
        return got
    return None


def _apposed_name(clauses: list[str], i: int) -> tuple[str, str] | None:
    """A bare name set off by a comma from the title it holds.

    "Ana Ortiz, Governor: Speech at …" (the title follows the name) and
    "Speech by the Minister for Trade, Ana Ortiz" (the title or its portfolio
    ends the clause before) name the speaker too.
    """
    m = _BARE_NAME.fullmatch(clauses[i].strip())
    if m is None:
        return None
    words = m.group().split()
    if any(is_person_title(w) or w.lower() in _SPEECH_TITLES for w in words):
        return None
    if i + 1 < len(clauses):
        nxt = _WORD.findall(clauses[i + 1])[:3]
        head = [w for w in nxt if w[:1].isupper()]
        if head and head == nxt[: len(head)] and _is_title(head, len(head) - 1):
            return m.group(), " ".join(head)
    if i > 0 and _in_portfolio(clauses[i - 1].rstrip()):
        return m.group(), ""
    return None


def _several(clause: str) -> bool:
    """Whether ``clause`` names several speakers ("by A and B").

    An "and" inside a portfolio ("Secretary of Health and Human Services Ana
    Ortiz", "Minister for Business and Trade") joins no people.
    """
    link = _SPEAKER_LINK.search(clause)
    if link is None:
        return False
    for m in _PEOPLE.finditer(clause, link.end()):
        nxt = _WORD.findall(clause[m.end() : m.end() + 80])[:3]
        if not nxt or not nxt[0][:1].isupper():
            continue
        if any(_is_title(nxt, i) for i in range(len(nxt))) or not _in_portfolio(
            clause[: m.start()], opened=True
        ):
            return True
    return False


def _portfolio_clauses(title: str) -> list[str]:
    """The title's clauses, a portfolio kept with its title.

    "Under Secretary for Domestic Finance Nellie Liang": the "for" after a
    person's title names the office, it opens no topic.
    """
    out: list[str] = []
    start = 0
    for m in _CLAUSES.finditer(title):
        if m.group().strip() == "for" and _in_portfolio(title[start : m.start()]):
            continue
        out.append(title[start : m.start()])
        start = m.end()
    out.append(title[start:])
    return out


def _in_portfolio(head: str, *, opened: bool = False) -> bool:
    """Whether ``head`` ends inside an office's portfolio.

    True when it ends on a person's title ("Vice Chair") or on the title's
    portfolio opened by a link ("Minister of State", "Secretary of Health"):
    a "for" or "and" there continues the office ("Minister of State for
    Trade Policy", "Secretary of Health and Human Services"), while after a
    name ("Governor Ana Ortiz and …") it opens another clause or person.
    With ``opened`` the portfolio must have begun: "the President and First
    Lady" joins two people.
    """
    words = head.split()
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if _is_title(words, i):
            rest = words[i + 1 :]
            return (not rest and not opened) or (
                bool(rest)
                and rest[0] in _PORTFOLIO_LINKS
                and all(w in _PORTFOLIO_LINKS or w[:1].isupper() for w in rest)
            )
        if not (word in _PORTFOLIO_LINKS or word[:1].isupper()):
            return False
    return False


def _is_title(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a person's title where it stands.

    A title that is also a family name ("Barr", "King", "Sen") is one only
    after a modifier ("Chief Judge") or before a capitalised name ("King
    Charles"); at a name's end ("Governor Barr", "Mervyn King") it is the name.
    """
    word = tokens[i].rstrip(".,:;")
    if not is_person_title(word):
        return False
    if word.lower() not in _SURNAME_TITLES or (
        i > 0 and tokens[i - 1].lower() in _TITLE_MODIFIERS
    ):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        nxt[:1].isupper()
        and nxt.lower() not in _SPEECH_TITLES
        and nxt.lower() not in _TITLE_VERBS
    )


def opening_speaker(text: str) -> tuple[str, str] | None:
    """The speaker a text's opening byline names, as (name, title), or None.

    "Statement by Ambassador Ana Ortiz, Permanent Representative, at the
    Security Council" as the first paragraph names the one speaker of what
    follows, as a speech's title does.
    """
    m = _BYLINE.match(text)
    return title_speaker(m.group()) if m is not None else None


def title_people(title: str | None) -> list[tuple[str, str]]:
    """Every titled person a title names, as (name, title): a briefing's speakers.

    "Press Briefing by Press Secretary Ana Ortiz and Port Envoy Li Wei" gives
    both; a transcript's labels ("MS. ORTIZ:") and its "A:" turns resolve to
    them.
    """
    if not title or len(title) > 400:
        return []
    out: list[tuple[str, str]] = []
    for part in _people(title):
        for clause in _CLAUSES.split(part):
            got = _name_in(clause.strip(), portfolio=True)
            if got is not None and got[1] and got not in out:
                out.append(got)
    return out


def _people(title: str) -> list[str]:
    """The title cut before each "and"/"with" that opens another titled person.

    "by Press Secretary A and Secretary of Housing and Urban Development B"
    has two speakers: the "and" inside the portfolio opens no title.
    """
    parts: list[str] = []
    start = 0
    for m in _PEOPLE.finditer(title):
        nxt = _WORD.findall(title[m.end() : m.end() + 80])[:3]
        if any(is_person_title(w.rstrip(".")) for w in nxt if w[:1].isupper()):
            parts.append(title[start : m.start()])
            start = m.end()
    parts.append(title[start:])
    return parts


def _name_in(clause: str, *, portfolio: bool = False) -> tuple[str, str] | None:
    """The name after the last title word (or "by"/"of") of ``clause``.

    With ``portfolio`` the words between the title and the name belong to the
    title: at a briefing, "Secretary of Agriculture Tom Kessler" speaks for a
    department, not for the press secretary's White House.
    """
    tokens = _WORD.findall(clause)
    anchor = -1
    for i, tok in enumerate(tokens):
        # An "of" inside a portfolio ("Secretary of State") opens no name.
        if _is_title(tokens, i) or (
            tok in _TITLE_LINKS and not _in_portfolio(" ".join(tokens[:i]))
        ):
            anchor = i
    if anchor < 0:
        return None
    run, after_link = _name_run(tokens, anchor)
    name = _family_name(run)
    if name is None or (len(name) == 1 and tokens[anchor] in _TITLE_LINKS):
        # A family name alone follows a title or a form of address
        # ("Secretary Ortiz", "Baroness Ortiz"), never a bare "by" ("Speech
        # by Treasury").
        return None
    if after_link and (len(name) == 1 or name[-1].lower() in _ORG_HEADS):
        # After a portfolio ("Minister for Business and Trade", "Governor of
        # the Central Bank") a name has its given name and is no body.
        return None
    titled = [i for i in range(anchor + 1) if _is_title(tokens, i)]
    if not titled:
        return " ".join(name), ""
    k = titled[-1]
    while (
        k > 0
        and tokens[k - 1][:1].isupper()
        and tokens[k - 1].lower() not in _SPEECH_TITLES
    ):
        k -= 1
    end = len(tokens) - len(name) if portfolio else titled[-1] + 1
    return " ".join(name), " ".join(tokens[k:end])


def _name_run(tokens: list[str], anchor: int) -> tuple[list[str], bool]:
    """The capitalised run after ``anchor`` that holds the name.

    The flag tells whether a lower-case word (a portfolio's "of the") came
    between the title and the run.
    """
    run: list[str] = []
    after_link = False
    person = _is_title(tokens, anchor)
    for i in range(anchor + 1, len(tokens)):
        tok = tokens[i]
        if tok.lower() in _SPEECH_TITLES or tok.lower() in _TITLE_VERBS:
            # "Secretary Ana Ortiz Remarks at …", "… Ortiz Delivers Remarks":
            # the name ends there.
            break
        if tok[:1].isupper() and not _is_title(tokens, i):
            if person and tok.endswith(("'s", "’s")):
                # "Chancellor Ana Ortiz's Mansion House speech": the titled
                # person owns the speech; the words after name its venue.
                run.append(tok[:-2])
                break
            run.append(tok)
        else:
            run = []
            after_link = tok in _PORTFOLIO_LINKS
    return run, after_link


def _family_name(run: list[str]) -> list[str] | None:
    """A given name, its initials and the family name, from a run's right end."""
    # Letters after a name ("Ana Ortiz MP", "Ray Dalton QC OBE") are honours
    # and offices, not its family name: all capitals after a mixed-case word.
    while len(run) > 1 and _POST_NOMINAL.fullmatch(run[-1]) and not run[0].isupper():
        run.pop()
    if not run or len(run) > 6:
        return None
    name = [run.pop()]
    while run and _INITIAL.fullmatch(run[-1]):
        name.insert(0, run.pop())
    if run and not _INITIAL.fullmatch(run[-1]):
        given = run.pop()
        if len(given) > 1 and not given.isupper():
            name.insert(0, given)
    if (
        len(name[-1]) < 2
        or name[-1].isupper()
        or any(w.endswith(("'s", "’s")) for w in name)
    ):
        return None
    return name
