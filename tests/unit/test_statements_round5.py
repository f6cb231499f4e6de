"""Statements in news phrasing (issue 12, fifth round), on invented sentences.

Each test covers one general mechanism found among the PolNeAR train misses;
the sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_frames import extract, triples

__all__ = ["extract", "triples"]


def pieces(text: str) -> list[list[str]]:
    """Each statement's parts as text."""
    return [[text[p.start : p.end] for p in s.parts] for s in extract(text)]


def test_no_break_spaces_read_as_spaces() -> None:
    """No-break spaces (web copy) read as spaces; the content is cut as typed."""
    text = "Sen.\u00a0Ana\u00a0Ortiz\u00a0said the ferry must\u00a0run."
    assert [("Ana Ortiz", "say", "the ferry must\u00a0run")] == triples(text)
    text = "“The ferry is late,” Ray\u00a0Dalton said.\u00a0“Nobody is surprised.”"
    assert [["The ferry is late", "Nobody is surprised"]] == [
        [text[p.start : p.end] for p in s.parts] for s in extract(text)
    ]


def test_a_name_inside_an_adjunct_after_the_cue_is_no_source() -> None:
    """'"Y," X, a title, said in his office near Leeds Bay': X's, not the bay's."""
    assert [("Ray Dalton", "say", "We were all in")] == triples(
        '"We were all in," Ray Dalton, the mayor of Leeds, said in his office '
        "overlooking Leeds Bay."
    )
    assert [("Tamsin Rizzo", "say", "They expect us to know this")] == triples(
        "“They expect us to know this,” Tamsin Rizzo, the chair of the county "
        "party, said of the Ortizes."
    )


def test_an_adjunct_alone_after_the_cue_closes_the_frame() -> None:
    """'"Y?" X said into the phone.', '"Y," X said of the talks he had': Y is X's."""
    assert [("Ray Dalton", "say", "How are you today?")] == triples(
        '"How are you today?" Ray Dalton said into the phone.'
    )
    assert [("Ray Dalton", "say", "We are ready")] == triples(
        '"We are ready." Ray Dalton said of the talks he had last week with the mayor.'
    )


def test_participle_after_a_quotation_or_a_dash() -> None:
    """'a defense of "Leeds values," saying Y' and 'X flipped – saying Y': X's."""
    assert [("Ana Ortiz", "say", "the city was the heart of England")] == triples(
        'Ana Ortiz delivered a defense of "Leeds values," saying the city was '
        "the heart of England."
    )
    assert [("Ray Dalton", "say", "he was rooting for Leeds")] == triples(
        "Ray Dalton changed his mind on the spot – saying he was rooting for Leeds."
    )


def test_a_described_name_opening_the_clause_is_the_subject() -> None:
    """'Sen. X, the Leeds Republican who heads the panel, which ..., said Y': X's."""
    assert [("Ray Dalton", "say", "the donations raise questions")] == triples(
        "Senator Ray Dalton, the Leeds Republican who heads the Banking Committee, "
        "which oversees the bank, said the donations raise questions."
    )


def test_descriptors_with_of_before_a_name_after_the_cue() -> None:
    """'"Y," said master of ceremonies X, a ... who ...': X's."""
    assert [("Ray Dalton", "say", "Thanks for coming")] == triples(
        '"Thanks for coming," said master of ceremonies Ray Dalton, an engineer '
        "who moved to Leeds decades ago."
    )


def test_a_subordinate_clause_opening_the_sentence() -> None:
    """'While X said Y, Z ...': Y ends at the clause's comma; 'When X ... said Y'."""
    assert [("Ana Ortiz", "say", "the plan would work")] == triples(
        "While Ana Ortiz said the plan would work, critics were not convinced."
    )
    assert [("Ray Dalton", "say", 'he would "protect our towns,"')] == triples(
        "When Ray Dalton referred to the flood and said he would "
        '"protect our towns," the crowd applauded.'
    )


def test_a_relative_cue_after_a_source_named_after_its_cue() -> None:
    """'"Y," said X, the ..., who added that Z': Z is X's too."""
    assert [
        ("Ray Dalton", "say", "Early money sets the terms"),
        ("Ray Dalton", "add", "his group plans to focus on local issues"),
    ] == triples(
        '"Early money sets the terms," said Ray Dalton, the Chamber\'s chief '
        "strategist, who added that his group plans to focus on local issues."
    )
    assert [
        ("Ray Dalton", "say", "We chase every request"),
        ("Ray Dalton", "predict", "a third of the vote will be cast early"),
    ] == triples(
        '"We chase every request," said Ray Dalton, who predicted a third of the '
        "vote will be cast early."
    )


def test_to_and_a_listener_before_that() -> None:
    """'X wrote to the minister that Y', 'X said to reporters that Y': X's Y."""
    assert [("Ana Ortiz", "write", "the ferry was late")] == triples(
        "Ana Ortiz wrote to the minister that the ferry was late."
    )
    assert [("Ray Dalton", "say", "the ferry would run")] == triples(
        "Ray Dalton said to reporters that the ferry would run."
    )


def test_add_to_is_no_listener() -> None:
    """'These grants add to the pressure that X announced' holds no statement."""
    assert [] == triples(
        "These grants add to the pressure that the Harbor Board announced in 2025."
    )


def test_a_party_tag_or_participle_after_the_opening_name() -> None:
    """'Sen. X, R-Fla., appearing on ..., said Y' and 'X, based in Leeds, said Y'."""
    assert [("Ray Dalton", "say", "the plan failed")] == triples(
        "Sen. Ray Dalton, R-Fla., appearing on the radio after the speech, "
        "said the plan failed."
    )
    assert [("Ana Ortiz", "say", "the plan failed")] == triples(
        "Ana Ortiz, based in Leeds since 2010, said the plan failed."
    )


def test_a_quotation_closing_a_clause_it_does_not_open() -> None:
    """'The failure was "heartbreaking," she said': the clause, indirect."""
    got = extract('The failure was "heartbreaking," Ana Ortiz said.')
    assert [('The failure was "heartbreaking,"', "indirect")] == [
        (s.content, s.mode.value) for s in got
    ]
    # A cue before the quotation keeps its own content; the frame keeps Y.
    assert [
        ("say", "he was ''very comfortable with the plan"),
        ("report", "very comfortable with the plan"),
    ] == [
        (s.cue, s.content)
        for s in extract(
            "He said at a conference that he was ''very comfortable with the "
            "plan,'' the Leeds Post reported."
        )
    ]


def test_a_frame_after_a_short_opening_goes_on() -> None:
    """'In Leeds, he said, Mr. X is seen as Y': two parts; 'X said, a sign ...' one."""
    assert [["In Leeds", "Mr. Dalton is seen as a bully"]] == pieces(
        "In Leeds, he said, Mr. Dalton is seen as a bully."
    )
    assert [["The ferry is late"]] == pieces(
        "The ferry is late, Ray Dalton said, a sign that the talks had moved on."
    )


def test_a_quoted_title_in_an_opening_adjunct_is_no_quotation() -> None:
    """'Wednesday on the channel's “Evening Show,” X said if Y': Y is the content."""
    assert [("Ray Dalton", "say", "if Ortiz ran it would be a close race")] == triples(
        "Wednesday on the channel’s “Evening Show,” Ray Dalton said if Ortiz ran "
        "it would be a close race."
    )


def test_an_opening_name_with_its_affiliation_and_a_description() -> None:
    """'Gov. X of Ohio, a Republican who ..., said Y': X's Y."""
    assert [("Ray Dalton", "say", "the family deserved better")] == triples(
        "Gov. Ray Dalton of Ohio, a Republican who has refused to endorse "
        "Ms. Ortiz, said the family deserved better."
    )


def test_a_clause_after_the_cue_names_no_inverted_source() -> None:
    """'Leeds's mayor, X, a Republican, said Tuesday that he had voted for Ms. Y'."""
    assert [("Ray Dalton", "say", "he had voted for Ms. Ortiz")] == triples(
        "Leeds's mayor, Ray Dalton, a Republican, said Tuesday that he had voted "
        "for Ms. Ortiz."
    )


def test_a_description_then_a_name_closing_a_frame() -> None:
    """'Y, the minister, X, said.': Y ends before the description; 'Its manager, X'."""
    assert [("Ana Ortiz", "say", "The plan is sound")] == triples(
        '"The plan is sound," the minister, Ana Ortiz, said.'
    )
    assert [("Ana Ortiz", "say", "the man who replaced her should go")] == triples(
        "Mr. Dalton's former manager, Ana Ortiz, said the man who replaced her "
        "should go."
    )


def test_a_sentence_adverb_between_commas_after_the_cue() -> None:
    """'X said, however, that Y': Y without the adverb."""
    assert [("Ray Dalton", "say", "the ferry would run")] == triples(
        "Ray Dalton said, however, that the ferry would run."
    )


def test_an_owned_document_deep_in_a_subject_names_no_speaker() -> None:
    """'Organizers of the boycott of Dalton's speech said Y': not Dalton's."""
    assert [] == [
        s
        for s in extract(
            "Organizers of the boycott of Dalton's speech said they are worried."
        )
        if s.speaker == "Dalton"
    ]
    assert [("Agency", "allege", "the firm lied")] == triples(
        "The Agency's complaint alleges that the firm lied."
    )


def test_said_to_a_listener_closing_a_frame() -> None:
    """'“Y!” X said to People.': a listener, not 'said to be'."""
    assert [("Ana Ortiz", "say", "We need our fix!")] == triples(
        "“We need our fix!” Ana Ortiz said to People."
    )
    assert [] == triples("Exports were said to be falling.")


def test_a_participle_clause_opening_the_sentence_is_no_subject() -> None:
    """'Walking to the next house, X reminisced ..., and said Y': X's Y."""
    assert [("Ana Ortiz", "say", "their views had changed")] == triples(
        "Walking to the next house, Ana Ortiz reminisced about her youth, "
        "and said their views had changed."
    )


def test_told_a_named_listener_then_a_clause() -> None:
    """'Reached by phone, X told the Leeds Gazette he was not ...': the clause."""
    assert [("Ray Dalton", "tell", "he was not planning an appeal")] == triples(
        "Reached by phone on Tuesday, Ray Dalton told the Leeds Gazette he was "
        "not planning an appeal."
    )
    assert [("Ray Dalton", "tell", "We will win")] == triples(
        '"We will win," Ray Dalton told the Leeds Gazette.'
    )


def test_who_after_an_unnamed_source() -> None:
    """'..., among legal experts, who worry that Y': kept with no named speaker."""
    got = extract(
        "The attacks set off alarm among legal experts, who worry that the "
        "vendetta signals a disregard for the courts."
    )
    assert [("worry", "the vendetta signals a disregard for the courts")] == [
        (s.cue, s.content) for s in got
    ]


def test_an_inverted_cue_opening_its_clause() -> None:
    """'Said X, who ..., “Y.”' and 'But, said X, "Y."': X's Y."""
    assert [("Ana Ortiz", "say", "We were all so proud of him")] == triples(
        "Said Ana Ortiz, who grew up with him in the town, “We were all so proud "
        "of him.”"
    )
    assert [("Ray Dalton", "say", "I don't think so")] == triples(
        'But, said Ray Dalton, "I don\'t think so."'
    )


def test_an_unnamed_source_with_a_post_modifier() -> None:
    """'One in four voters in a recent poll said Y': kept, no named speaker."""
    assert [(None, "say", "migrants should be required to leave")] == triples(
        "One in four voters in a Leeds Times poll last year said migrants should "
        "be required to leave."
    )
    assert [(None, "say", "they would back either candidate")] == triples(
        "Majorities of voters in five states going to the polls say they would "
        "back either candidate."
    )


def test_more_sentence_adverbs_between_commas() -> None:
    """'X believes, for example, that Y', 'X, for instance, said Y'."""
    assert [("Ray Dalton", "believe", "the ferry should run")] == triples(
        "Ray Dalton believes, for example, that the ferry should run."
    )
    assert [("Ray Dalton", "say", "the plan would fail")] == triples(
        "Ray Dalton, for instance, said the plan would fail."
    )


def test_a_contracted_pronoun_opening_the_clause() -> None:
    """'He's comparing A to B and says Y': the pronoun's statement (unresolved)."""
    assert [(None, "say", "the mayor is flouting the rules")] == triples(
        "He's comparing the plan to the old one and says the mayor is flouting "
        "the rules."
    )


def test_a_plural_source_with_a_participle_phrase() -> None:
    """'Democrats trying to win the Senate in November say Y': kept, no speaker."""
    assert [(None, "say", "they have a new weapon")] == triples(
        "Democrats trying to regain control of the Senate in November say they "
        "have a new weapon."
    )


def test_a_headline_content_ends_with_its_line() -> None:
    """'Ortiz Says She Will Run For Mayor\\nAna Ortiz said ...': two statements."""
    text = "Ortiz Says She Will Run For Mayor In Leeds\nAna Ortiz said she would run."
    assert [
        ("say", "She Will Run For Mayor In Leeds"),
        ("say", "she would run"),
    ] == [(s.cue, s.content) for s in extract(text)]


def test_a_semicolon_ends_a_reported_clause() -> None:
    """'X estimates that Y; about Z was due to ...': Y only."""
    assert [("Leeds Office", "estimate", "a deficit of $10 million was recorded")] == (
        triples(
            "The Leeds Office estimates that a deficit of $10 million was recorded; "
            "about $4 million of that was due to rebates."
        )
    )
