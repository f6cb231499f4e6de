"""Statements in speeches and releases (issue 12, seventh pass), on invented sentences.

Each test covers one general mechanism found among the errors of the second
half of real dev (devB): who "I" and "we" are in a speech named by its
byline, ...; the sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_real import extract, triples

from policydocs._extract._statement_speech import opening_speaker, title_speaker

__all__ = ["extract", "triples"]


def test_post_nominal_letters_end_the_speakers_name() -> None:
    """'The Rt Hon Ana Ortiz MP' and 'Ray Dalton QC OBE' name Ortiz and Dalton."""
    assert ("Ana Ortiz", "The Rt Hon") == opening_speaker(
        "Statement by The Rt Hon Ana Ortiz MP, Secretary of State for Ports, "
        "on the ferry strike.\n\nWith permission, I will update the House."
    )
    assert ("Ray Dalton", "Judge") == title_speaker(
        "Remarks by Judge Ray Dalton QC OBE at the Harbor Law Society"
    )
    # A name all in capitals keeps its last word: no mixed-case word before it.
    assert None is title_speaker("REMARKS BY ANA ORTIZ")


def test_byline_names_the_first_person_of_a_commons_statement() -> None:
    """A body opening 'Statement by X, ...' makes X the 'I' of what follows."""
    text = (
        "Statement by The Rt Hon Ana Ortiz MP, Secretary of State for Ports.\n\n"
        "I know that the harbour staff worked through the night."
    )
    assert [
        ("Ana Ortiz", "know", "the harbour staff worked through the night")
    ] == triples(text, "Ministry of Ports", "Oral statement on the ferry strike")


def test_we_in_a_speech_is_its_speaker() -> None:
    """Outside quotations a speech's 'we' is its one voice, not the publisher."""
    text = "We also call on the port authority to reopen the north pier."
    title = "Remarks by Ambassador Ana Ortiz at the Harbor Council"
    assert [
        ("Ana Ortiz", "call on", "the port authority to reopen the north pier")
    ] == triples(text, "Ministry of Ports", title)
    # Without a speaker, "we" stays the publisher's.
    assert [
        ("Ministry of Ports", "call on", "the port authority to reopen the north pier")
    ] == triples(text, "Ministry of Ports", "Ferry strike: an update")


def test_unquoted_block_runs_over_paragraphs_to_the_next_block() -> None:
    """'X said:' then plain paragraphs: X's words run to the next lead or heading."""
    text = (
        "Harbor Minister Ana Ortiz said:\n\n"
        "The new ferries are a great step for the islands.\n\n"
        "They will carry twice as many riders by next summer.\n\n"
        "Port engineer Ray Dalton said:\n\n"
        "We built them in our own yards.\n\n"
        "Notes to editors\n\n"
        "The ferries cost 40 million euros."
    )
    got = extract(text, "Ministry of Ports")
    assert [
        (
            "Ana Ortiz",
            [
                "The new ferries are a great step for the islands.",
                "They will carry twice as many riders by next summer",
            ],
        ),
        ("Ray Dalton", ["We built them in our own yards"]),
    ] == [
        (s.speaker, [text[p.start : p.end] for p in s.parts] or [s.content])
        for s in got
    ]


def test_speaker_going_on_after_a_that_clause_ends_the_content() -> None:
    """'X believes that A, and she would welcome B': A is the content."""
    text = (
        "Mayor Ana Ortiz continues to believe that the city ought to repair the "
        "pier, and she would welcome the chance to work with the council on it."
    )
    assert [("Ana Ortiz", "believe", "the city ought to repair the pier")] == triples(
        text
    )
    # Inside a quotation the clause stays the speaker's words.
    quoted = '"We think that the pier is safe, and she will say so," Ray Dalton said.'
    assert [
        ("Ray Dalton", "say", "We think that the pier is safe, and she will say so")
    ] == triples(quoted)


def test_noun_with_a_relative_clause_is_no_bare_clause() -> None:
    """'answer any questions you have' is an object; 'the fares we set are' a clause."""
    title = "Testimony of Minister Ana Ortiz, Before the Port Committee"
    text = (
        "I am happy to answer any questions you have. "
        "I know the risks we face. "
        "I believe the fares we set are fair."
    )
    assert [("Ana Ortiz", "believe", "the fares we set are fair")] == triples(
        text, "Ministry of Ports", title
    )


def test_bare_cue_word_heading_a_singular_noun_phrase_is_a_noun() -> None:
    """'..., the fastest growing state.' names a place; 'the riders say' reports."""
    text = (
        "Fares rose most in Porto, the fastest growing state. "
        "The Harbor Fund, a five-year partnership project, will receive 500 euros. "
        "The ferry is late, the riders say. "
        "The ferry is late, the police say. "
        "The pier is closed, a decision they say was overdue."
    )
    assert [
        ("say", "The ferry is late"),
        ("say", "The ferry is late"),
        ("say", "was overdue"),
    ] == [(cue, content) for _, cue, content in triples(text)]


def test_another_person_in_the_content_keeps_the_pronouns_clause() -> None:
    """'She said that her brother was ill, and he would stay home': all content."""
    text = "Ana Ortiz said that her brother was ill, and he would stay home on Monday."
    assert [
        ("Ana Ortiz", "say", "her brother was ill, and he would stay home on Monday")
    ] == triples(text)


def test_forecast_of_a_quantity_is_a_statement() -> None:
    """'we are expecting a surplus of $79 billion': the forecast quantity."""
    title = "Remarks by Ana Ortiz, Harbor Treasurer, at the Port Council"
    text = (
        "We are expecting a surplus of $79 million for this fiscal year. "
        "We expect to finish the pier soon."
    )
    assert [
        ("Ana Ortiz", "expect", "a surplus of $79 million for this fiscal year")
    ] == triples(text, "Harbor Treasury", title)
