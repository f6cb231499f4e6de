"""Statements in frames of the fourth pass (issue 12), on invented sentences.

Each test covers one general mechanism: a forecast's object before its verb,
a cue whose only words after it are an adjunct, and the rest; the sentences
are invented, none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import policydocs
from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements

if TYPE_CHECKING:
    from policydocs._models import Statement

PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def extract(text: str, source: str = "Example News") -> tuple[Statement, ...]:
    ctx = Context.build(
        text,
        published=PUBLISHED,
        source=source,
        sentences=split_sentences(text),
    )
    return find_statements(ctx, ActorRegistry(ctx))


def triples(
    text: str, source: str = "Example News"
) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract(text, source)]


def test_forecast_object_with_digits_dots_and_a_modal() -> None:
    """'We expect U.S. output to fall', 'We expect 4% more X will ...': forecasts."""
    agency = "Harbor Statistics Office"
    assert [(agency, "expect", "U.S. ferry traffic to fall by 3% in 2027")] == triples(
        "We expect U.S. ferry traffic to fall by 3% in 2027.", agency
    )
    assert [
        (agency, "expect", "4% more freight will pass through the port next year")
    ] == triples(
        "We expect 4% more freight will pass through the port next year.", agency
    )
    assert [
        (
            agency,
            "predict",
            "higher fuel costs and a weaker pound will keep fares near record levels",
        )
    ] == triples(
        "We predict higher fuel costs and a weaker pound will keep fares near "
        "record levels.",
        agency,
    )


def test_forecast_cue_with_an_intention_stays_silent() -> None:
    """'expects to finish', 'expects a decision, and ...' are no forecasts."""
    assert [] == triples("The Harbor Board expects to finish the review in May.")
    assert [] == triples(
        "The Harbor Board expects a decision soon, and the ferry will wait."
    )


def test_year_after_the_cue_is_an_adjunct() -> None:
    """'the $4 million that the Board announced in 2025.' has no content."""
    assert [] == triples(
        "These grants add to the $4 million that the Harbor Board announced in 2025."
    )
    assert [("Harbor Board", "say", "fares would rise")] == triples(
        "The Harbor Board said in 2025 that fares would rise."
    )


MINUTES = "Harbor Policy Committee"


def test_expressed_stance_is_the_content() -> None:
    """'expressed concerns about Y', 'expressed his opposition to Y': the stance."""
    assert [
        ("Dalton", "express", "concerns about the cost of the new quay")
    ] == triples(
        "Dalton expressed concerns about the cost of the new quay, and Ortiz "
        "left early."
    )
    assert [(None, "express", "his opposition to the ferry levy")] == triples(
        "He expressed his opposition to the ferry levy because fares would rise."
    )
    assert [("Dalton", "express concern", "fares would rise")] == triples(
        "Dalton expressed concern that fares would rise."
    )
    assert [] == triples("The firm expressed the parcels by air.")


def test_exception_after_subject_and_quantified_members() -> None:
    """'all members but one agreed that Y' in minutes: the committee's."""
    got = triples(
        "Members expressed doubts about the pace of hiring and all members but "
        "one agreed that the levy should stay.",
        MINUTES,
    )
    assert [
        (MINUTES, "express", "doubts about the pace of hiring"),
        (MINUTES, "agree", "the levy should stay"),
    ] == got
    assert [(MINUTES, "agree", "fares were too high")] == triples(
        "Most participants agreed that fares were too high.", MINUTES
    )


SPEECH_HEADER = (
    "Title: Remarks by Governor Ana Ortiz at the Harbor Forum\n"
    "Date: 2026-03-06\nSource: Harbor Reserve Bank\n\n"
)


def test_impersonal_frame_in_a_speech_is_the_speaker() -> None:
    """'It is important to stress that Y' in a speech: the speaker's; elsewhere none."""
    body = "It is important to stress that the levy is not on a preset course."
    doc = policydocs.parse(SPEECH_HEADER + body)
    assert [("Ana Ortiz", "stress", "the levy is not on a preset course")] == [
        (s.speaker, s.cue, s.content) for s in doc.statements
    ]
    assert [] == triples(body)


def test_quantified_source_of_a_second_clause_ends_the_first() -> None:
    """'..., while only 40 percent of drivers say Z': Y stops before the clause."""
    assert [
        (None, "say", "they would back the toll"),
        (None, "say", "the same of the levy"),
    ] == triples(
        "Most riders say they would back the toll, while only 40 percent of "
        "drivers say the same of the levy."
    )
    assert [(None, "say", "the mayor is firm")] == triples(
        "Six in 10 say the mayor is firm, after half said so in May."
    )


def test_object_of_confirm_reveal_deny() -> None:
    """'The Board confirms £20m for X', 'denies any wrongdoing': the object."""
    assert [
        ("Harbor Board", "confirm", "£20m for the ferry service in 2027")
    ] == triples("The Harbor Board has confirmed £20m for the ferry service in 2027.")
    assert [("Harbor Board", "reveal", "plans to widen the quay")] == triples(
        "Today the Harbor Board revealed plans to widen the quay."
    )
    assert [("Harbor Board", "deny", "any wrongdoing")] == triples(
        "The Harbor Board denies any wrongdoing."
    )
    assert [] == triples("The Harbor Board confirmed it.")
    assert [] == triples("The court denied bail.")


def test_bracketed_day_between_subject_and_cue() -> None:
    """'the Board today (22nd May) confirms Y': the Board, not 'May'."""
    assert [("Harbor Board", "confirm", "£5m for the ferries")] == triples(
        "Fares will fall, as the Harbor Board today (22nd May) confirms £5m for "
        "the ferries."
    )


def test_titled_role_with_its_portfolio_after_of() -> None:
    """'Deputy Governor of the Harbor Bank Ana Ortiz ... The Deputy Governor noted'."""
    got = triples(
        "Deputy Governor of the Harbor Bank Ana Ortiz met lenders on Monday. "
        "The Deputy Governor also noted that fares had risen. She also "
        "highlighted that loans were cheap."
    )
    assert [
        ("Ana Ortiz", "note", "fares had risen"),
        ("Ana Ortiz", "highlight", "loans were cheap"),
    ] == got


def test_hyphenated_given_name_is_no_dateline() -> None:
    """'Jean-Luc Ortiz said Y': the whole name; 'Leeds- The Board said' a dateline."""
    assert [("Jean-Luc Ortiz", "say", "fares rose")] == triples(
        "Jean-Luc Ortiz said fares rose."
    )
    assert [("Harbor Board", "say", "fares rose")] == triples(
        "Leeds- The Harbor Board said fares rose."
    )


def test_requested_that() -> None:
    """'X requested that Y': a statement; 'requested a meeting' is none."""
    assert [("Ortiz", "request", "the vote be delayed")] == triples(
        "In her letter, Minister Ortiz requested that the vote be delayed."
    )
    assert [] == triples("Minister Ortiz requested a meeting with the board.")


def test_name_after_told_is_the_listener() -> None:
    """'X, who ..., told Harbor Radio, "Y"': X's, never Harbor Radio's."""
    assert [("Ray Dalton", "tell", "Of the two, I like Ortiz best")] == triples(
        "Ray Dalton, who sits on the board, told HARBORRADIO, “Of the two, I "
        "like Ortiz best.”"
    )


def test_according_to_a_document_owned_earlier() -> None:
    """'The Agency's complaint ... According to the complaint, Y': the Agency's."""
    got = triples(
        "The Harbor Agency’s complaint asks the court to act. According to the "
        "complaint, in many cases, the firm billed riders twice."
    )
    assert (
        "Harbor Agency",
        "according to",
        "in many cases, the firm billed riders twice",
    ) == got[-1]
    assert [] == triples("According to the complaint, the firm billed riders twice.")


def test_be_clear_that_and_the_expletive_it() -> None:
    """'X has long been clear that Y' is X's; 'It is clear that Y' no one's."""
    assert [("Harbor Board", "be clear", "fares must fall")] == triples(
        "The Harbor Board has long been clear that fares must fall."
    )
    assert [] == triples(
        "The Harbor Board met on Monday. It is clear that fares will rise."
    )
    assert [] == triples(
        "The Harbor Board met on Monday. It is certain that fares will rise."
    )
    assert [("Harbor Board", "be confident", "fares will rise")] == triples(
        "The Harbor Board met on Monday. It is confident that fares will rise."
    )
