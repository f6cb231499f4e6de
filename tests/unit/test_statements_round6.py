"""Statements of the sixth round (issue 12), on invented sentences.

Each test covers one general mechanism; the sentences are invented, none is
copied from a corpus.
"""

from __future__ import annotations

import policydocs


def speakers(document: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of each statement of a whole document."""
    doc = policydocs.parse(document)
    return [(s.speaker, s.content) for s in doc.statements]


def test_role_labels_of_a_transcript_speak() -> None:
    """'Operator:' and 'MODERATOR:' turns are statements of that role."""
    document = (
        "Title: Press call on the harbor plan\nDate: 2024-05-01\n\n"
        "Operator: Welcome, and thank you for standing by.\n\n"
        "MODERATOR: Thank you for joining this call with Port Director Ana Ortiz.\n\n"
        "DIRECTOR ORTIZ: The harbor will open next year.\n\n"
        "Q: When will the tolls rise?\n\n"
        "MODERATOR: Loud and clear.\n"
    )
    assert [
        ("Operator", "Welcome, and thank you for standing by."),
        ("MODERATOR", "Thank you for joining this call with Port Director Ana Ortiz."),
        ("Ana Ortiz", "The harbor will open next year."),
        ("MODERATOR", "Loud and clear."),
    ] == speakers(document)


def _interview(label: str) -> str:
    """A question-and-answer text whose answers carry ``label``."""
    return (
        "Title: Questions for the lead author\nDate: 2024-05-01\n\n"
        "Questions for Lead Author Rita M. Palmer, Ph.D., Statistician, "
        "of the new survey.\n\n"
        "Q: What are the main findings?\n\n"
        f"{label}: Smoking continues to decline among adults.\n\n"
        "Q: Anything else?\n\n"
        f"{label}: Yes, obesity keeps rising.\n"
    )


def test_a_label_of_initials_is_the_person_introduced_before() -> None:
    """'RP:' turns belong to the 'Rita M. Palmer' the heading names."""
    assert [
        ("Rita M. Palmer", "Smoking continues to decline among adults."),
        ("Rita M. Palmer", "Yes, obesity keeps rising."),
    ] == speakers(_interview("RP"))


def test_initials_that_match_no_name_give_no_turn_speaker() -> None:
    """A label of initials that no earlier name spells names no one."""
    assert [] == [s for s, _ in speakers(_interview("JD")) if s is not None]


def pieces(text: str) -> list[tuple[str | None, list[str]]]:
    """(speaker, each part's text) of each statement of ``text``."""
    doc = policydocs.parse(text)
    return [
        (s.speaker, [doc.text[p.start : p.end] for p in s.parts])
        for s in doc.statements
    ]


def test_a_quotation_after_a_paraphrase_continues_it() -> None:
    """'Y, X said. "B."' and 'X said Y. "B."': B is a further part of Y."""
    assert [
        ("Ana Ortiz", ["The toll plan is reckless", "It leaves me speechless"])
    ] == (
        pieces('The toll plan is reckless, Ana Ortiz said. "It leaves me speechless."')
    )
    assert [("Ana Ortiz", ["the toll plan was reckless", "Nobody asked us"])] == pieces(
        'Ana Ortiz said the toll plan was reckless. "Nobody asked us."'
    )


def test_a_framed_quotation_after_a_paraphrase_is_its_own() -> None:
    """'X said Y. "B," Z said.': B is Z's statement, not a part of X's."""
    assert [
        ("Ana Ortiz", ["the toll plan was reckless"]),
        ("Ray Dalton", ["Nobody asked us"]),
    ] == pieces(
        'Ana Ortiz said the toll plan was reckless. "Nobody asked us," Ray Dalton said.'
    )


def test_an_adjunct_after_an_inverted_frame_ends_at_its_comma() -> None:
    """'"Y," said X at the time, adding that Z': Y is X's, and Z too."""
    assert [
        ("Ana Ortiz", ["The port is full"]),
        ("Ana Ortiz", ["the ships were late"]),
    ] == pieces(
        "“The port is full,” said Ana Ortiz at the time, "
        "adding that the ships were late."
    )


def test_a_verb_pair_after_its_subject_is_finite() -> None:
    """'X smiled and said, "Y"': X's; 'the realized and expected rates' is no cue."""
    assert [("Ana Ortiz", ["I am waiting for the mayor"])] == pieces(
        'Ana Ortiz smiled and said, "I am waiting for the mayor."'
    )
    assert [("Ray Dalton", ["the port was full"])] == pieces(
        "Ray Dalton paused and added the port was full."
    )
    assert [] == pieces("The realized and expected rates were similar.")


def test_an_appositive_summing_up_the_content_is_no_part_of_it() -> None:
    """'X said Y, a claim Z disputed': Y alone; a list item after a comma stays."""
    assert [("Ana Ortiz", ["taxes would fall"])] == pieces(
        "Ana Ortiz said taxes would fall, a claim the mayor disputed."
    )
    assert [("Ana Ortiz", ["the region wanted to join"])] == pieces(
        "Ana Ortiz said the region wanted to join, remarks that aired on Sunday."
    )
    assert [
        ("Ana Ortiz", ["the plan has tax cuts, a pledge to veterans and a port"])
    ] == (
        pieces("Ana Ortiz said the plan has tax cuts, a pledge to veterans and a port.")
    )


def test_an_unquoted_i_with_no_named_speaker_is_the_source() -> None:
    """A department's statement: 'I have asked ...' is the department's."""
    document = (
        "Title: Statement on harbor safety\nDate: 2024-05-01\n"
        "Source: Department of Harbors\n\n"
        "I would like to make a statement about harbor safety.\n\n"
        "I have asked the harbor board to review its inspections.\n"
    )
    assert [
        ("Department of Harbors", "the harbor board to review its inspections")
    ] == (speakers(document))
    outlet = document.replace("Department of Harbors", "Reuters")
    assert [None] == [speaker for speaker, _ in speakers(outlet)]


def test_a_body_speaks_through_its_survey_or_study() -> None:
    """'A Leeds Institute survey found Y', 'X's study into Z revealed Y'."""
    assert [("Leeds Institute", ["most voters distrust the plan"])] == pieces(
        "A Leeds Institute survey released Monday found that most voters "
        "distrust the plan."
    )
    assert [("Harbor Board", ["half the ports ignore the rule"])] == pieces(
        "The Harbor Board’s study into the use of tolls revealed that half the "
        "ports ignore the rule."
    )
    assert [("Office for Harbor Statistics", ["exports rose"])] == pieces(
        "New data from the Office for Harbor Statistics released today "
        "(29 September) shows that exports rose."
    )
    assert [("Harbor Board", ["fares must fall"])] == pieces(
        "The Harbor Board released its report on Monday. "
        "The report stressed that fares must fall."
    )


def test_a_participle_before_its_noun_is_no_cue() -> None:
    """'20 pledged delegates', 'in pledged delegates': adjectives, no cue."""
    assert [] == pieces("She holds a lead in pledged delegates, but that may change.")
    assert [] == pieces("She won 20 pledged delegates, helping her status.")
    assert [("Ray Dalton", ["the port reopened"])] == pieces(
        "Ray Dalton, 32, noted that the port reopened."
    )


def test_a_participle_after_unnamed_people_keeps_its_statement() -> None:
    """'Some growers blocked the road, saying Y': a statement with no speaker."""
    assert [(None, "grain prices were too low")] == speakers(
        "Some farmers blocked the ring road, saying grain prices were too low."
    )
    assert [] == speakers("The index climbed sharply, suggesting that demand held up.")


def test_a_bare_verb_after_a_modal_stays_in_the_content() -> None:
    """'X says she would visit A and tell B Y': one statement; 'and tells' is new."""
    assert [
        ("Ana Ortiz", "she would tour the depot and tell drivers their routes stay"),
        ("Ana Ortiz", "the council the budget was final"),
    ] == speakers(
        "Ana Ortiz says she would tour the depot and tell drivers their routes stay"
        " and tells the council the budget was final."
    )


def test_unnamed_people_after_a_comma_link_open_a_new_statement() -> None:
    """'X said A, while nine in 10 said B': A ends at the comma; B is its own."""
    assert [
        (None, "bus fares were too high"),
        (None, "they would ride more often"),
    ] == speakers(
        "Most riders said bus fares were too high, while nine in 10 said they"
        " would ride more often."
    )
    assert [
        ("Ana Ortiz", "the depot was full"),
        (None, "the trains were late"),
    ] == speakers(
        "Ana Ortiz said the depot was full, and commuters said the trains were late."
    )


def test_the_copula_of_a_pseudo_cleft_is_no_content() -> None:
    """'What X said was that Y': the content is Y, without 'was that'."""
    doc = policydocs.parse(
        "What the harbor board said on Monday was that the ferry would run all winter."
    )
    assert ["the ferry would run all winter"] == [s.content for s in doc.statements]


def test_a_quotation_closed_before_its_cue_takes_a_described_source() -> None:
    """'"Y," said Harbor College economist Ana Ortiz of Leeds, who ...': Ortiz's Y."""
    assert [("Ana Ortiz", "The toll will not last")] == speakers(
        '"The toll will not last," said Harbor College transport economist'
        " Ana Ortiz of Leeds, who studies ferries."
    )
    assert [("Ray Dalton", "The quay is open")] == speakers(
        '"The quay is open," said Harbor Guard 1st Lt. Ray Dalton who runs the base.'
    )


def test_a_participle_after_by_is_the_subjects_statement() -> None:
    """'X angered the board by saying Y': X's statement Y."""
    assert [("Ana Ortiz", "the depot would close")] == speakers(
        "Ana Ortiz angered the harbor board on Friday by saying the depot would close."
    )


def test_an_accusation_is_a_statement_of_its_accuser() -> None:
    """'X accused Y of Z': X's statement 'Y of Z'; 'I'm accused of' is passive."""
    assert [("Ana Ortiz", "the port authority of hiding the toll figures")] == (
        speakers("Ana Ortiz accused the port authority of hiding the toll figures.")
    )
    assert [] == speakers("Now, at times I'm accused of being too close to the unions.")
