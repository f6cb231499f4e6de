"""Statements on fresh text (issue 12, round seven, second wave), on invented sentences.

Each test covers one general mechanism found among the first-contact errors of
new documents; the sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_real import triples


def test_two_run_in_headings_are_no_transcript_turns() -> None:
    """'Market Access: Y' twice, its words in lower case elsewhere, is a heading."""
    text = (
        "The ministry announced a partnership to widen market access and "
        "public outreach.\n\n"
        "Market Access: Cooperation between the two agencies is vital.\n\n"
        "Public Outreach: The partnership also seeks to reach households."
    )
    assert [
        (
            "ministry",
            "announce",
            "a partnership to widen market access and public outreach",
        )
    ] == triples(text)


def test_two_named_labels_stay_transcript_turns() -> None:
    """'Ana Ortiz: Y' and 'Ray Dalton: Z' are still two speakers' turns."""
    text = "Ana Ortiz: We will cut the fees next year.\n\nRay Dalton: The plan is weak."
    assert [
        ("Ana Ortiz", "say", "We will cut the fees next year."),
        ("Ray Dalton", "say", "The plan is weak."),
    ] == triples(text)


def test_a_participle_with_its_agent_is_no_cue() -> None:
    """'the debt held by the public has fallen': 'held by' opens no content."""
    assert [] == triples("The bonds held by the public have fallen for a third year.")
    # A that-clause after the "by" phrase is still the content.
    assert [("Ana Ortiz", "say", "fees would fall")] == triples(
        "Ana Ortiz said by way of summary that fees would fall."
    )


def test_a_glad_adjective_after_and_keeps_the_clause_subject() -> None:
    """'X met the board and was pleased to report that Y' is X's statement."""
    assert [("Ana Ortiz", "report", "the levees held")] == triples(
        "Ana Ortiz toured the coast and was pleased to report that the levees held."
    )


def test_a_speech_first_person_coordinated_glad_cue() -> None:
    """In a speech, 'I met X and am glad to say that Y' is the speaker's."""
    text = "I met the regulators and am glad to say that the banks are open."
    assert [("Ana Ortiz", "say", "the banks are open")] == triples(
        text, "Department of Finance", "Remarks by Secretary Ana Ortiz on the Floods"
    )


def test_a_partitive_subject_names_the_group() -> None:
    """'Each of the ministers said Y': the ministers, never 'of the ministers'."""
    assert [("ministers", "say", "the budget was too small")] == triples(
        "Each of the ministers said that the budget was too small."
    )


def test_a_progressive_cue_across_adverbs() -> None:
    """'X is also today announcing Y': the auxiliary holds across the adverbs."""
    assert [("Harbor Agency", "announce", "a review of the ferry fees")] == triples(
        "The Harbor Agency is also today announcing a review of the ferry fees."
    )


def test_a_source_name_with_a_comma_is_one_speaker() -> None:
    """The header's comma-holding source name stays one speaker in the body."""
    source = "Department for Ports, Rivers and Canals"
    text = (
        "The rules were published by the Department for Ports, Rivers and "
        "Canals today. The Department for Ports, Rivers and Canals said that "
        "fees would fall."
    )
    assert [(source, "say", "fees would fall")] == triples(text, source)


def test_here_and_present_after_a_subject_are_no_part_of_it() -> None:
    """'The governors here today said Y', 'The ministers present said Y'."""
    assert [("governors", "say", "rates would rise")] == triples(
        "The governors here today said rates would rise."
    )
    assert [("ministers", "say", "rates would rise")] == triples(
        "The ministers present said rates would rise."
    )
