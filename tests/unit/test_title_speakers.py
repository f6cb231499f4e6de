"""The speaker a speech's, testimony's or remarks' title names (eighth round).

Invented titles for each numbered failure of the title reading: titles that
are also family names, portfolios with lower-case links, portfolios holding
"and", and the title forms real headers use.
"""

from __future__ import annotations

import datetime as dt

from policydocs import parse
from policydocs._extract._statement_speech import title_speaker

DAY = dt.date(2026, 3, 5)


# 1. titles that are also family names or words


def test_a_title_that_is_a_family_name_ends_the_name() -> None:
    """ "Governor Barr", "Mervyn King", "Amartya Sen": the title word is the name."""
    assert ("Barr", "Governor") == title_speaker("Speech by Governor Barr")
    assert ("Tomas Barr", "Governor") == title_speaker(
        "Speech by Governor Tomas Barr on Harbor Capital"
    )
    assert ("Ray King", "Governor") == title_speaker(
        "Speech by Governor Ray King at the Mansion Dinner"
    )
    assert ("Lena Sen", "Professor") == title_speaker("Lecture by Professor Lena Sen")
    assert ("Ray Judge", "Judge") == title_speaker("Statement of Judge Ray Judge")
    assert ("Ana Bishop", "Chair") == title_speaker(
        "Remarks by Chair Ana Bishop at the Ports Summit"
    )


def test_a_family_name_title_before_a_name_stays_a_title() -> None:
    """ "Barr Ana Ortiz" (a barrister) and "the Hon Ana Ortiz" keep their title."""
    assert ("Ana Ortiz", "Barr") == title_speaker("Keynote Address by Barr Ana Ortiz")
    assert ("Ana Ortiz", "Hon") == title_speaker("Speech by the Hon Ana Ortiz MP")
    assert ("Ray Pope", "Governor") == title_speaker(
        "Governor Ray Pope delivers remarks at the Harbor Forum"
    )
    # After a modifier it is a compound title: "Chief Judge" names no one.
    assert None is title_speaker("Speech by the Chief Judge at the Law Society")
    assert ("Ana Ortiz", "Chief Justice") == title_speaker(
        "Speech by Chief Justice Ana Ortiz"
    )


# 2. portfolios with "for", "of", "the"


def test_a_portfolio_with_lower_case_links_keeps_the_name() -> None:
    """ "Vice Chair for Supervision X", "Minister of State for Trade Policy X"."""
    assert ("Ana L. Ortiz", "Vice Chair") == title_speaker(
        "Speech by Vice Chair for Supervision Ana L. Ortiz at the Credit Conference"
    )
    assert ("Ana Ortiz", "Minister") == title_speaker(
        "Remarks by Minister of State for Trade Policy Ana Ortiz at the Port Forum"
    )
    assert ("Ray T. Dalton", "Secretary") == title_speaker(
        "Testimony of Secretary of the Treasury Ray T. Dalton before the Committee"
    )


def test_a_body_after_a_portfolio_is_no_name() -> None:
    """ "Governor of the Harbor Bank" names an office; the name stands apart."""
    assert None is title_speaker("Speech by the Governor of the Harbor Bank")
    assert ("Ana Ortiz", "Governor") == title_speaker(
        "Ana Ortiz, Governor of the Harbor Bank - Remarks at the Port Forum"
    )


# 3. portfolios with "and"


def test_and_inside_a_portfolio_joins_no_speakers() -> None:
    """ "Secretary of Health and Human Services X" is one speaker."""
    assert ("Ana Ortiz", "Secretary") == title_speaker(
        "Remarks by Secretary of Health and Human Services Ana Ortiz"
    )
    assert ("Ana Ortiz", "") == title_speaker(
        "Speech by the Minister for Ports and Trade, Ana Ortiz"
    )
    assert ("Ana Ortiz", "Secretary") == title_speaker(
        "Secretary of State for Ports and Trade Ana Ortiz's speech at the Port Forum"
    )
    # An "and" after a name, or before another title, still joins two people.
    assert None is title_speaker("Remarks by Ana Ortiz and Li Wei at the Forum")
    assert None is title_speaker("Remarks by the President and First Lady at the Fair")
    assert None is title_speaker(
        "Remarks by Secretary of Ports and Harbors Ana Ortiz and Deputy Mayor Li Wei"
    )


# 4. the title forms of real headers


def test_the_title_forms_of_real_headers_name_the_speaker() -> None:
    """Remarks by, Speech by, Testimony of, Statement of, X's remarks, X, Title."""
    titles = [
        "Remarks by Ana Ortiz at the Harbor Forum",
        "Speech by Ana Ortiz",
        "Testimony of Ana Ortiz before the Committee on Ports",
        "Statement of Ana Ortiz, Director of the Port Agency",
        "Prepared Remarks of Ana Ortiz at the Port Summit",
        "Ana Ortiz's remarks at the Harbor Forum",
        "Remarks as prepared for delivery by Ana Ortiz",
        "Ana Ortiz, Governor: Speech at the Harbor Forum",
    ]
    assert ["Ana Ortiz"] * len(titles) == [
        got[0] for got in map(title_speaker, titles) if got is not None
    ]


def test_the_title_speaker_says_and_issues_in_the_body() -> None:
    """ "Speech by Governor Barr": "I" is Barr, and so is the issuer of "we will"."""
    text = (
        "I believe that the harbour rules are too complex. "
        "We will publish simpler rules by June."
    )
    doc = parse(
        text,
        published=DAY,
        source="Harbor Bank",
        title="Speech by Vice Chair for Supervision Tomas Barr at the Port Forum",
    )
    assert ["Tomas Barr"] == [s.speaker for s in doc.statements]
    assert ["Tomas Barr"] == [d.issuer for d in doc.directives]
