"""Who "I" is in a speech, remarks or testimony: the speaker its title names.

A one-speaker text (the title holds a word of ``statements_speech_titles``)
names its speaker in the title: "Remarks by Governor Ana Ortiz at the Harbor
Forum", "Testimony of Secretary of the Treasury Ana L. Ortiz, Before ...",
"Baroness Ortiz – Speech on Trade". The name is the capitalised run after the
last title word of the title's first clause that has one (or after "by" /
"of"): a given name, its initials and the family name ("Ana L. Ortiz"), the
family name alone after a title of nobility ("Baroness Ortiz"). A briefing
with several speakers ("Press Briefing by A and B") has no one speaker.
"""

from __future__ import annotations

import re
from typing import Final

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
# "Press Briefing by A and B": several speakers.
_SEVERAL: Final = re.compile(r"\b(?:by|of) [^,]{0,80}? (?:and|with) [A-Z]")
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
_PEOPLE: Final = re.compile(r"\s(?:and|with)\s")
_WORD: Final = re.compile(r"[A-Z][A-Za-z'’\-]*\.?|[a-z][A-Za-z'’\-]*|\S+")
_INITIAL: Final = re.compile(r"[A-Z]\.")
_POST_NOMINAL: Final = re.compile(r"[A-Z]{2,5}")

#: Words before the speaker's name in a speech title ("Remarks by X").
_TITLE_LINKS: Final = word_set("statements_title_links")


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
    for clause in _portfolio_clauses(title):
        got = _name_in(clause.strip())
        if got is None:
            continue
        if _SEVERAL.search(clause) is not None:
            # "Joint Statement by A and B": one text both sign; the first
            # signs for both. "Remarks by A and B" has several speakers.
            # Only the speaker's clause counts: "at the Meeting of Ministers
            # and Governors" names a venue.
            people = title_people(title) if _JOINT.match(title) else []
            return people[0] if people else None
        return got
    return None


def _portfolio_clauses(title: str) -> list[str]:
    """The title's clauses, a portfolio kept with its title.

    "Under Secretary for Domestic Finance Nellie Liang": the "for" after a
    person's title names the office, it opens no topic.
    """
    out: list[str] = []
    start = 0
    for m in _CLAUSES.finditer(title):
        words = title[start : m.start()].split()
        if m.group().strip() == "for" and words and is_person_title(words[-1]):
            continue
        out.append(title[start : m.start()])
        start = m.end()
    out.append(title[start:])
    return out


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
        if is_person_title(tok.rstrip(".")) or tok in _TITLE_LINKS:
            anchor = i
    if anchor < 0:
        return None
    run: list[str] = []
    person = is_person_title(tokens[anchor].rstrip("."))
    for tok in tokens[anchor + 1 :]:
        if tok.lower() in _SPEECH_TITLES or tok.lower() in _TITLE_VERBS:
            # "Secretary Ana Ortiz Remarks at …", "… Ortiz Delivers Remarks":
            # the name ends there.
            break
        if tok[:1].isupper() and not is_person_title(tok.rstrip(".")):
            if person and tok.endswith(("'s", "’s")):
                # "Chancellor Ana Ortiz's Mansion House speech": the titled
                # person owns the speech; the words after name its venue.
                run.append(tok[:-2])
                break
            run.append(tok)
        else:
            run = []
    # Letters after a name ("Ana Ortiz MP", "Ray Dalton QC OBE") are honours
    # and offices, not its family name: all capitals after a mixed-case word.
    while len(run) > 1 and _POST_NOMINAL.fullmatch(run[-1]) and not run[0].isupper():
        run.pop()
    if not run or len(run) > 6:
        return None
    # From the right: the family name, its initials, one given name.
    name = [run.pop()]
    while run and _INITIAL.fullmatch(run[-1]):
        name.insert(0, run.pop())
    if run and not _INITIAL.fullmatch(run[-1]) and len(name) >= 1:
        given = run.pop()
        if len(given) > 1 and not given.isupper():
            name.insert(0, given)
    if len(name) == 1 and tokens[anchor] in _TITLE_LINKS:
        # A family name alone follows a title or a form of address
        # ("Secretary Ortiz", "Baroness Ortiz"), never a bare "by" ("Speech
        # by Treasury").
        return None
    if (
        len(name[-1]) < 2
        or name[-1].isupper()
        or any(w.endswith(("'s", "’s")) for w in name)
    ):
        return None
    titled = [i for i in range(anchor + 1) if is_person_title(tokens[i].rstrip("."))]
    if not titled:
        return " ".join(name), ""
    k = titled[-1]
    while (
        k > 0
        and tokens[k - 1][:1].isupper()
        and tokens[k - 1].lower() not in (_SPEECH_TITLES)
    ):
        k -= 1
    end = len(tokens) - len(name) if portfolio else titled[-1] + 1
    return " ".join(name), " ".join(tokens[k:end])
