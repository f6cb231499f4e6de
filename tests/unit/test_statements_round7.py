"""Statements on text nobody tuned on (issue 12, round seven), on invented sentences.

Each test covers one general mechanism found among the misses of PolNeAR's
train split; the sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_real import triples


def test_two_readings_that_hold_each_others_cue_keep_the_first() -> None:
    """A noun misread as a closing frame no longer takes the real cue down with it."""
    text = (
        "Ana Ortiz said on Monday that the harbour fees were unfair to small "
        "fishing fleets, given her earlier comments."
    )
    assert [
        (
            "Ana Ortiz",
            "say",
            (
                "the harbour fees were unfair to small fishing fleets, "
                "given her earlier comments"
            ),
        )
    ] == triples(text)


def test_a_cue_inside_the_others_quotation_loses() -> None:
    """'"Y, what the owners recommended," said X' stays X's one statement."""
    text = '"The levy is what the ferry owners recommended," said Ray Dalton.'
    assert [
        ("Ray Dalton", "say", "The levy is what the ferry owners recommended")
    ] == triples(text)


def test_a_thing_that_reports_is_an_unnamed_source() -> None:
    """'The survey suggests that Y' keeps an optional statement, no speaker."""
    assert [(None, "suggest", "ferry use will fall next year")] == triples(
        "The survey suggests that ferry use will fall next year."
    )


def test_this_document_speaks_for_the_body_that_issued_it() -> None:
    """'This notice announces that Y' in a body's own text is that body's statement."""
    text = "This notice announces that the harbour fee rules take effect in May."
    assert [
        ("Harbor Agency", "announce", "the harbour fee rules take effect in May")
    ] == triples(text, source="Harbor Agency")


def test_according_to_a_thing_that_reports_keeps_the_statement() -> None:
    """'Y, according to a 2019 survey' is an optional statement, no speaker."""
    assert [(None, "according to", "Ferry use fell in May")] == triples(
        "Ferry use fell in May, according to a 2019 survey of traders."
    )
    # "according to plan" names no source: no statement.
    assert [] == triples("The ferry will sail at noon, according to plan.")


def test_an_opening_adverbial_before_according_to_is_no_content() -> None:
    """'In addition, according to X, Y': Y alone, as after a sentence-initial cue."""
    assert [
        ("Harbor Agency", "according to", "nine more ferries will run next year")
    ] == triples(
        "In addition, according to the Harbor Agency, nine more ferries "
        "will run next year."
    )


def test_a_phrasal_cue_after_a_comma_is_no_inverted_frame() -> None:
    """'On Tuesday, his aide, Ana Ortiz, called for X': Ortiz calls for X."""
    assert [("Ana Ortiz", "call for", "an open review of the port")] == triples(
        "On Tuesday, his aide, Ana Ortiz, called for an open review of the port."
    )


def test_an_indefinite_source_closing_a_frame_is_unnamed() -> None:
    """'Y, a port official said' keeps Y, an optional statement with no speaker."""
    assert [(None, "say", "The night ferry will stop in May")] == triples(
        "The night ferry will stop in May, a port official said."
    )


def test_evidence_cues_take_a_small_clause() -> None:
    """'The poll showed Ortiz leading the field': the object and its predicate."""
    assert [(None, "show", "Ortiz leading the field with 31 percent")] == triples(
        "The latest poll showed Ortiz leading the field with 31 percent."
    )
    # A determiner and a participle are a noun phrase, no small clause.
    assert [] == triples("The report shows the growing cost of ferries.")


def test_a_question_quotation_before_its_frame_is_the_content() -> None:
    """'"Who pays?" Ortiz said of the levy, when ...': the question is Ortiz's."""
    assert [("Ana Ortiz", "say", "Who pays for the new quay?")] == triples(
        '"Who pays for the new quay?" Ana Ortiz said of the levy in May, '
        "when the board met."
    )


def test_according_to_a_described_name() -> None:
    """'Y, according to port spokesman Ray Dalton' is Dalton's statement."""
    assert [("Ray Dalton", "according to", "The night ferry will stop in May")] == (
        triples(
            "The night ferry will stop in May, according to port spokesman Ray Dalton."
        )
    )
    # "according to" a measure names no source.
    assert [] == triples("Fees are set according to the size of the vessel.")
