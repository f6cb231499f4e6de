"""Who issues a directive in a one-speaker text: bylines, joint statements, "we"."""

from __future__ import annotations

import datetime as dt

from policydocs import parse
from policydocs._extract._statement_speech import opening_speaker, title_speaker

DAY = dt.date(2026, 3, 5)


def issuers(text: str, title: str | None = None) -> list[str | None]:
    doc = parse(text, published=DAY, source="Ministry of Harbours", title=title)
    return [d.issuer for d in doc.directives]


def test_a_title_and_a_family_name_name_the_speaker() -> None:
    """ "Statement by Secretary Lund at the Meeting of A and B": Lund alone."""
    assert ("Lund", "Secretary") == title_speaker(
        "Statement by Secretary Lund at the Meeting of Port Ministers and Mayors"
    )
    assert None is title_speaker("Speech by Treasury at the Harbor Forum")


def test_a_joint_statement_is_issued_by_its_first_signatory() -> None:
    """ "Joint Statement by A and B" names A; "Remarks by A and B" names no one."""
    assert ("Ana Ortiz", "Port Minister") == title_speaker(
        "Joint Statement by Port Minister Ana Ortiz and Rail Minister Li Wei on Fares"
    )
    assert None is title_speaker("Remarks by Governor Ana Ortiz and Mayor Li Wei")


def test_an_opening_byline_names_the_speaker() -> None:
    """A first paragraph "Statement by Ambassador X, …" names the text's speaker."""
    text = "Statement by Ambassador Ana Ortiz, Envoy to the Council, at the debate.\n\n"
    assert ("Ana Ortiz", "Ambassador") == opening_speaker(text)
    assert None is opening_speaker("The ministry said fares would rise.\n\n")
    body = text + "The harbour board must reopen the berths. We will fund the repairs."
    assert ["Ana Ortiz", "Ana Ortiz"] == issuers(body, title="Council debate on ports")


def test_a_speech_we_statement_is_the_speakers() -> None:
    """ "We urge X to …" in a speech is its speaker's, not the publisher's."""
    got = issuers(
        "We urge the port authorities to publish the fees.",
        title="Remarks by Governor Ana Ortiz at the Harbor Forum",
    )
    assert ["Ana Ortiz"] == got


def test_a_speech_word_after_the_name_ends_it() -> None:
    """ "Harbour Minister Ana Ortiz Remarks at …": the speaker is Ana Ortiz."""
    assert ("Ana Ortiz", "Harbour Minister") == title_speaker(
        "Harbour Minister Ana Ortiz Remarks at the Port Forum"
    )


def test_a_portfolio_after_for_stays_with_the_title() -> None:
    """ "Testimony of Minister for Ports Ana Ortiz Before …" names Ana Ortiz."""
    title = "Testimony of Minister for Ports Ana Ortiz Before the Committee"
    assert ("Ana Ortiz", "Minister") == title_speaker(title)
    body = "We must reopen the berths before the winter."
    assert ["Ana Ortiz"] == issuers(body, title=title)
