"""Statements in ordinary news phrasing (issue 12, sixth pass), on invented sentences.

Each test covers one general mechanism found among the PolNeAR train misses
(split quotations with mixed marks, a bracketed tag after a subject, ...);
the sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_frames import extract, triples

__all__ = ["extract", "triples"]


def pieces(text: str) -> list[list[str]]:
    """Each statement's parts as text."""
    return [[text[p.start : p.end] for p in s.parts] for s in extract(text)]


def test_split_quotation_with_mixed_marks() -> None:
    """'“A,” X said. “B."': the second piece closes with a straight mark."""
    text = (
        "“The ferry is late again,” Ray Dalton said at the pier. "
        '“Nobody here is surprised."'
    )
    assert [["The ferry is late again", "Nobody here is surprised"]] == pieces(text)
    text = '"The ferry is late," said Ana Ortiz. "Nobody is surprised.”'
    assert [["The ferry is late", "Nobody is surprised"]] == pieces(text)


def test_bracketed_tag_after_the_subject() -> None:
    """'Sen. X (D-Ohio) said Y' and 'X (D-Ohio), who ..., said Y': X's."""
    assert [("Ana Ortiz", "say", "the ferry must run")] == triples(
        "Sen. Ana Ortiz (D-Ohio) said the ferry must run."
    )
    assert [("Ana Ortiz", "say", "the ferry must run")] == triples(
        "Sen. Ana Ortiz (D-Ohio), who chairs the panel, said the ferry must run."
    )
    assert [("Ray Dalton", "say", "it was possible")] == triples(
        "Ray Dalton (who has 25 votes so far) said it was possible."
    )


def test_clause_after_said_is_no_source() -> None:
    """'X, who ..., said the ferry must run': the ferry is no unnamed source."""
    assert [("Ana Ortiz", "say", "the ferry must run")] == triples(
        "Sen. Ana Ortiz, who chairs the panel, said the ferry must run."
    )
    assert [(None, "say", "We lost")] == triples('"We lost," said the 46-year-old.')


def test_verbs_of_complaining_conceding_and_suspicion() -> None:
    """'X complained that Y', 'X conceded Y', 'X suspects that Y': X's statements."""
    assert [("Ray Dalton", "complain", "the fares were too high")] == triples(
        "On Monday, Ray Dalton complained that the fares were too high."
    )
    assert [("Ana Ortiz", "concede", "the vote was close")] == triples(
        "Ana Ortiz conceded the vote was close."
    )
    assert [("Ana Ortiz", "suspect", "the ferry will run")] == triples(
        "Ana Ortiz suspects that the ferry will run."
    )
    # Strict: without a clause they are ordinary verbs.
    assert [] == triples("Ana Ortiz complained about the fares.")


def test_day_after_the_cue_is_no_source() -> None:
    """'"Y," X, the adviser, said Sunday.': X's, never a speaker 'Sunday'."""
    assert [("Ana Ortiz", "say", "The ferry is late")] == triples(
        '"The ferry is late," Ana Ortiz, the deputy adviser, said Sunday.'
    )


def test_as_frames() -> None:
    """'As X noted, Y' whatever Y's verb, and 'Y, as X noted.': X's statements."""
    assert [("Harbor Times", "note", "the ferry carried 3,000 riders")] == triples(
        "As the Harbor Times noted, the ferry carried 3,000 riders."
    )
    assert [("Ray Dalton", "note", "The ferry is often late")] == triples(
        "The ferry is often late, as Ray Dalton noted."
    )


def test_lower_case_plural_source_after_an_opening_adjunct() -> None:
    """'Despite the rain, local officials said Y': an unnamed source, kept."""
    got = extract("Despite the rain, local officials said the ferry would run.")
    assert [(None, "the ferry would run")] == [(s.speaker, s.content) for s in got]
    span = got[0].speaker_span
    assert span is not None
    assert (
        "local officials"
        == "Despite the rain, local officials said"[span.start : span.end]
    )


def test_dash_aside_and_reflexive_before_the_cue() -> None:
    """'X — after a pause — said Y' and 'X itself said Y': X's statements."""
    assert [("Ray Dalton", "say", "the ferry would run")] == triples(
        "Ray Dalton — after a long pause — said the ferry would run."
    )
    assert [("Harbor Board", "say", "the ferry would run")] == triples(
        "The Harbor Board itself said the ferry would run."
    )


def test_joined_unnamed_sources() -> None:
    """'Her aides and allies say Y', 'private firms and local traders say Y'."""
    for source in ("Her aides and allies", "Private Dutch firms and local traders"):
        got = extract(f"{source} say the ferry will run.")
        assert [(None, "the ferry will run")] == [(s.speaker, s.content) for s in got]


def test_issued_medium_with_a_participle_cue() -> None:
    """'X issued a statement saying Y': X's, as '..., saying Y' is."""
    assert [("Harbor Board", "say", "fares would rise")] == triples(
        "Shortly after the vote, the Harbor Board issued a statement saying "
        "fares would rise."
    )
    assert [("Harbor Board", "warn", "fares would rise")] == triples(
        "The Harbor Board posted a short video warning that fares would rise."
    )
    # A medium someone else wrote is no participle of the clause's subject.
    assert [] == triples("Ray Dalton attacked a Harbor Times article saying he lied.")


def test_unnamed_source_introducing_a_quotation() -> None:
    """'Another rider said, "Y"': kept, direct, no speaker; 'The sign said "Y"' none."""
    got = extract("Another rider said, “The ferry is never on time.”")
    assert [(None, "The ferry is never on time", "direct")] == [
        (s.speaker, s.content, s.mode.value) for s in got
    ]
    assert [] == triples('The sign said "Stop".')


def test_short_adjunct_between_cue_and_content() -> None:
    """'X declared on radio that Y', 'X added about the fares: "Y"': Y is X's."""
    assert [("Ana Ortiz", "declare", "the ferry would run")] == triples(
        "Ana Ortiz declared on local radio that the ferry would run."
    )
    assert [("Ana Ortiz", "add", "They are too high")] == triples(
        "Ana Ortiz added about the fares: “They are too high.”"
    )
    assert [] == triples("Ana Ortiz agreed to a plan that would cut fares.")


def test_period_between_subject_and_cue() -> None:
    """'X last week said Y', 'X earlier this month said Y': X's statements."""
    assert [("Ana Ortiz", "say", "the ferry would run")] == triples(
        "Ana Ortiz, who chairs the board, last week said the ferry would run."
    )
    assert [("Ana Ortiz", "say", "the ferry would run")] == triples(
        "Ana Ortiz earlier this month said the ferry would run."
    )


def test_unnamed_source_with_a_relative_clause() -> None:
    """'Riders who came to the rally say Y': unnamed; never 'the rally' speaking."""
    for source in ("Many riders who came to the rally", "Those who attended the rally"):
        got = extract(f"{source} said the ferry was late.")
        assert [(None, "the ferry was late")] == [(s.speaker, s.content) for s in got]
        span = got[0].speaker_span
        assert span is not None
        assert source == (f"{source} said the ferry was late."[span.start : span.end])


def test_adjunct_alone_after_the_cue_is_no_content() -> None:
    """'X said in response.', 'what X told Y before her speech': no adjunct content."""
    got = triples(
        "“How long is the new quay?” Ana Ortiz said in response. “Long enough.”"
    )
    assert [("Ana Ortiz", "say", "How long is the new quay? Long enough")] == got
    assert [] == triples(
        "The plan differed from what Ana Ortiz told Harbor Radio before her speech."
    )
    assert [("Ana Ortiz", "say", "after the vote the ferry would run")] == triples(
        "Ana Ortiz said after the vote the ferry would run."
    )


def test_capitalised_descriptor_before_a_name_in_a_frame() -> None:
    """'Y, Republican candidate X said after the vote.': Y is X's, the words his."""
    text = "The toll is fair, Republican candidate Ray Dalton said after the vote."
    got = extract(text)
    assert [("Ray Dalton", "The toll is fair")] == [(s.speaker, s.content) for s in got]
    span = got[0].speaker_span
    assert span is not None
    assert "Republican candidate Ray Dalton" == text[span.start : span.end]


def test_clause_subject_after_a_link_word() -> None:
    """'But the Board overruled the mayor and said Y': the Board's."""
    assert [("Harbor Board", "say", "the ferry would run")] == triples(
        "But the Harbor Board overruled the mayor and said the ferry would run."
    )


def test_it_and_we_without_antecedent_keep_the_statement() -> None:
    """'"Y," it added.' and 'We believe Y' with no antecedent: kept, speaker None."""
    got = extract("“The ferry must run,” it added.")
    assert [(None, "The ferry must run")] == [(s.speaker, s.content) for s in got]
    got = extract("We believe that the ferry must run.")
    assert [(None, "the ferry must run")] == [(s.speaker, s.content) for s in got]
    assert [] == triples("It is clear that fares will rise.")


def test_adjunct_opened_by_aboard_or_amid_closes_the_frame() -> None:
    """'"Y," he said aboard the ferry on Monday as he left.': Y, not the adjunct."""
    assert [(None, "say", "We will win")] == triples(
        "''We will win,'' he said aboard the ferry on Monday as he crossed the bay."
    )


def test_appositive_name_with_its_title() -> None:
    """'Another ally, Harbor Secretary Ana Ortiz, told Y that Z': Ortiz's."""
    assert [("Ana Ortiz", "tell", "the toll was fair")] == triples(
        "Another ally, Harbor Secretary Ana Ortiz, told HarborRadio that the "
        "toll was fair."
    )


def test_descriptor_with_inner_capitals_before_a_name() -> None:
    """'"Y," HarborLink co-founder Ana Ortiz told POLITICO.': Ortiz's."""
    assert [("Ana Ortiz", "tell", "The data is sound")] == triples(
        "“The data is sound,” HarborLink co-founder Ana Ortiz told POLITICO."
    )


def test_opening_adjunct_alone_is_no_framed_content() -> None:
    """'In May, the Board agreed with the plan.': no content 'In May'."""
    assert [] == triples("In May, the Harbor Board agreed with the plan.")
    assert [] == triples("After the vote, Ana Ortiz explained at length.")
    assert [("Ana Ortiz", "say", "In any case the ferry was late")] == triples(
        "In any case, Ana Ortiz said, the ferry was late."
    )


def test_indefinite_and_described_sources_after_the_cue() -> None:
    """'"Y," said one Harbor Democrat.' and 'said one person with knowledge of Z'."""
    for source in ("one Harbor Democrat", "one person with knowledge of the plans"):
        got = extract(f"“The toll is too high,” said {source}, who left early.")
        assert [(None, "The toll is too high")] == [(s.speaker, s.content) for s in got]


def test_sentence_adverb_and_pronoun_head_in_the_subject() -> None:
    """'X, however, said Y' is X's; 'Most of them said Y' an unnamed source."""
    assert [("Harbor Board", "say", "fares would rise")] == triples(
        "The Harbor Board, for its part, said fares would rise."
    )
    got = extract("Most of them said they had loved the ferry.")
    assert [(None, "they had loved the ferry")] == [(s.speaker, s.content) for s in got]


def test_unnamed_sources_with_hyphens_and_descriptions() -> None:
    """'two-thirds of Harbor voters said Y', 'sources close to the board say Y'."""
    for source in (
        "Nearly two-thirds of Harbor voters",
        "Sources close to the board",
        "Officials familiar with the talks",
    ):
        got = extract(f"{source} said the ferry would run.")
        assert [(None, "the ferry would run")] == [(s.speaker, s.content) for s in got]


def test_quotation_after_an_adjunct_and_that() -> None:
    """'X insisted on radio that "Y"', 'An aide said Monday, "Y"': both kept."""
    assert [("Ana Ortiz", "insist", "there's no toll")] == triples(
        'Ana Ortiz insisted on local radio that "there\'s no toll."'
    )
    got = extract('An aide who spoke anonymously said Monday, "There is a deal."')
    assert [(None, "There is a deal")] == [(s.speaker, s.content) for s in got]


def test_quotation_left_open_at_the_paragraph_end() -> None:
    """'"A," X said. "B.' then '"C."': one statement, its pieces A, B and C."""
    text = (
        "“The toll is fair,” Ana Ortiz said. “Riders will pay it.\n\n"
        "“They always have.”\n\nThe board met later."
    )
    assert [["The toll is fair", "Riders will pay it", "They always have"]] == pieces(
        text
    )


def test_curly_quotation_closed_by_a_straight_mark_before_its_frame() -> None:
    """'“A," he said. "B.”': A without its marks, direct, joined to B."""
    text = '“The ferry is late," he said. "It always is.”'
    assert [["The ferry is late", "It always is"]] == pieces(text)


def test_bare_clause_with_a_long_subject() -> None:
    """'X believed the risks of more fare cuts outweighed Y': a clause, X's."""
    clause = "the risks of more fare cuts outweighed the gains"
    assert [("Ray Dalton", "believe", clause)] == triples(
        f"Ray Dalton believed {clause}."
    )
    assert [] == triples("Ray Dalton added the newly revised figures to the report.")
    assert [] == triples("Ray Dalton noted the figures released by the agency.")


def test_issued_statement_with_a_block_quotation() -> None:
    """'X issued the following statement:' then quoted paragraphs: one statement."""
    text = (
        "LEEDS — Administrator of the Harbor Agency (HA) Ana Ortiz issued the "
        "following statement today on the ferry:\n\n"
        "“The toll is fair. Riders will pay it.\n\n"
        "“They always have.”\n\nThe board met later."
    )
    got = extract(text)
    assert [("Ana Ortiz", "issue")] == [(s.speaker, s.cue) for s in got]
    assert [["The toll is fair. Riders will pay it", "They always have"]] == pieces(
        text
    )


def test_condition_clause_and_question_infinitive_are_no_statements() -> None:
    """'until we are confident that Y' and 'tell them what to do': nothing asserted."""
    assert [] == triples("We keep fares high until we are confident that costs fell.")
    assert [] == triples("What you do not do is call and tell them what to do.")


def test_names_with_diacritics() -> None:
    """'Commissioner Günther Brandt', 'Věra Jourová': whole names, accents kept."""
    assert [("Günther Brandt", "say", "the budget was fair")] == triples(
        "Commissioner Günther Brandt said the budget was fair."
    )
    assert [("Věra Ortová", "say", "We are aware")] == triples(
        "Harbor Commissioner for Ports, Věra Ortová, said: “We are aware.”"
    )


def test_cue_word_after_a_possessive_is_a_noun() -> None:
    """'this year's stress test are ...' gives nothing; 'he's argued that Y' does."""
    assert [] == triples("Losses in this year's stress test are like last year's.")
    assert [(None, "argue", "the toll is fair")] == triples(
        "He's argued that the toll is fair."
    )


def test_opening_participle_without_its_comma() -> None:
    """'Announcing the deal Secretary X, Y, said: "Z"': no participle statement."""
    assert [("Ana Ortiz", "say", "This is great")] == triples(
        "Announcing the deal Secretary of State for Harbors, Ana Ortiz, said: "
        "“This is great.”"
    )


def test_more_unnamed_subject_shapes() -> None:
    """Dotted modifiers, a shared capitalised modifier, a spaced-hyphen aside."""
    for source in (
        "A U.S. port official familiar with the talks",
        "Harbor Board and Port Authority spokesmen",
    ):
        got = extract(f"{source} said the ferry would run.")
        assert [(None, "the ferry would run")] == [(s.speaker, s.content) for s in got]
    assert [("Ana Ortiz", "say", "the ferry would run")] == triples(
        "Ana Ortiz - who once ran the ferry - said on Monday that the ferry would run."
    )


def test_including_aside_adverb_before_who_and_quoted_adjunct() -> None:
    """', including X,' and 'X, meanwhile, who ...,' before the cue; a quoted show."""
    got = extract("Several riders, including Ana Ortiz, said the ferry was late.")
    assert [(None, "the ferry was late")] == [(s.speaker, s.content) for s in got]
    assert [("Ray Dalton", "say", "the ferry was late")] == triples(
        "Ray Dalton, meanwhile, who rides daily, said the ferry was late."
    )
    assert [("Ana Ortiz", "say", "the ferry was late")] == triples(
        "Ana Ortiz said on Harbor Radio's “Morning Show” on Monday that the "
        "ferry was late."
    )


def test_name_ending_in_ing_is_no_gerund_subject() -> None:
    """'Ebeling reminisced ..., and said Y': Ebeling's; 'Falling revenues' no one."""
    assert [("Ebeling", "say", "their views had changed")] == triples(
        "Ebeling reminisced about her school days, and said their views had changed."
    )
    assert [] == triples("Falling revenues hurt the city, underscoring its debts.")
