"""Statements on real-text constructions (issue 12), on invented sentences.

Each test names the failure of the issue it covers: first person in
speeches, transcripts across paragraphs, split quotes, descriptors around a
source, sources without an antecedent, and the cues real news uses.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statement_speech import title_speaker
from policydocs._extract._statements import find_statements

if TYPE_CHECKING:
    from policydocs._models import Statement

PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def extract(
    text: str, source: str | None = "Example News", title: str | None = None
) -> tuple[Statement, ...]:
    ctx = Context.build(
        text,
        published=PUBLISHED,
        source=source,
        sentences=split_sentences(text),
        title=title,
    )
    return find_statements(ctx, ActorRegistry(ctx))


def triples(
    text: str, source: str | None = "Example News", title: str | None = None
) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract(text, source, title)]


# 6. first person in speeches and testimony


def test_title_speaker_names_the_speech_speaker() -> None:
    """A speech's, remarks' or testimony's title names its one speaker."""
    assert ("Ana Ortiz", "Governor") == title_speaker(
        "Remarks by Governor Ana Ortiz at the Harbor Forum, Porto"
    )
    assert ("Tomas K. Lund", "Secretary") == title_speaker(
        "Testimony of Secretary of Finance Tomas K. Lund, Before the Budget Committee"
    )
    assert ("Ruiz", "Baroness") == title_speaker("Baroness Ruiz – Speech on Ports")
    assert ("Mei Chen", "Vice Chair") == title_speaker(
        "Notes on Clearing, Vice Chair Mei Chen, at the Settlement Workshop, Lyon"
    )


def test_title_speaker_none_for_briefings_and_news() -> None:
    """A briefing of several speakers or a news headline names no speaker."""
    briefing = "Press Briefing by Press Secretary A. Ruiz and B. Lund"
    assert None is title_speaker(briefing)
    assert None is title_speaker("Ministry raises fuel subsidy for farmers")
    assert None is title_speaker(None)


def test_first_person_in_a_speech_is_the_title_speaker() -> None:
    """'I believe', 'I urge', 'let me emphasize' are the speech speaker's."""
    text = (
        "Thank you for having me. I believe harbor traffic will recover this year. "
        "Let me emphasize that the port authority is ready. "
        "I urge every shipper to register before June."
    )
    title = "Remarks by Governor Ana Ortiz at the Harbor Forum"
    assert [
        ("Ana Ortiz", "believe", "harbor traffic will recover this year"),
        ("Ana Ortiz", "emphasize", "the port authority is ready"),
        ("Ana Ortiz", "urge", "every shipper to register before June"),
    ] == triples(text, "Port Bank", title)


def test_first_person_outside_a_speech_has_no_speaker() -> None:
    """Without a speech title an unquoted 'I believe' names no source."""
    text = "I believe harbor traffic will recover this year."
    assert [] == [t for t in triples(text) if t[0] is not None]


def test_first_person_cognition_cues() -> None:
    """'I am confident that', 'I worried that', 'I know that' are statements."""
    text = (
        "I am confident that exports will hold up. "
        "I worried that the credit lines were too thin. "
        "I know that the mills have hired again."
    )
    title = "Testimony of Minister Tomas Lund, Before the Trade Committee"
    assert [
        ("Tomas Lund", "be confident", "exports will hold up"),
        ("Tomas Lund", "worry", "the credit lines were too thin"),
        ("Tomas Lund", "know", "the mills have hired again"),
    ] == triples(text, "Trade Ministry", title)


# 7. transcripts


BRIEFING = "Press Briefing by Press Secretary Ana Ortiz and Port Envoy Li Wei"


def test_turn_runs_across_paragraphs_to_the_next_label() -> None:
    """A turn runs from its label to the next label, across paragraphs."""
    text = (
        "MS. ORTIZ: Good afternoon. The ferry deal is done.\n\n"
        "The first boats sail in May.\n\n"
        "Q: Will fares rise?\n\n"
        "MS. ORTIZ: Not this year.\n"
    )
    got = extract(text, "Harbor Office", BRIEFING)
    assert [
        (
            "Ana Ortiz",
            "Good afternoon. The ferry deal is done.\n\nThe first boats sail in May.",
        ),
        ("Ana Ortiz", "Not this year."),
    ] == [(s.speaker, s.content) for s in got]


def test_bare_question_labels_block_their_cues() -> None:
    """'Q' and 'Q.' without a colon label questions, which yield no statements."""
    text = (
        "MS. ORTIZ: Welcome back.\n\n"
        "Q  Thanks. Mayor Dalton said fares would rise. Is that right?\n\n"
        "Q. And the governor warned of delays?\n\n"
        "MS. ORTIZ: We have seen no delays.\n"
    )
    got = triples(text, "Harbor Office", BRIEFING)
    assert [
        ("Ana Ortiz", "say", "Welcome back."),
        ("Ana Ortiz", "say", "We have seen no delays."),
    ] == got


def test_answer_turns_belong_to_the_title_spokesperson() -> None:
    """'A:' turns are the spokesperson's whom the title names first."""
    text = "Q: Did the senator back the plan?\n\nA: The senator said he would.\n"
    got = triples(text, "Harbor Office", BRIEFING)
    assert [("Ana Ortiz", "say", "The senator said he would.")] == got


def test_a_form_of_labelled_fields_is_no_transcript() -> None:
    """Lines of distinct field labels ('Form Number: N/A.') are no turns."""
    text = (
        "The burdens are as follows:\n\n"
        "Harbor Control Number: 4410-0021.\n\n"
        "Form Number: N/A.\n\n"
        "Respondents: Ferry operators.\n\n"
        "Total Annual Cost: $12,000.\n"
    )
    assert [] == triples(text, "Harbor Office")


def test_a_transcript_with_repeated_labels_keeps_its_turns() -> None:
    """Labels that come back are speakers, even without titles."""
    text = (
        "Ana Ortiz: The ferry deal is done.\n\n"
        "Li Wei: The boats sail in May.\n\n"
        "Ana Ortiz: Fares stay the same.\n"
    )
    assert ["Ana Ortiz", "Li Wei", "Ana Ortiz"] == [
        s.speaker for s in extract(text, "Harbor Office")
    ]


# 4. sources without an antecedent; speaker_span


def test_pronoun_without_antecedent_keeps_the_statement() -> None:
    """'he said' with no antecedent: speaker None, speaker_span on 'he'."""
    text = '"We finally have a ferry deal," he said.\n\nShe said the boats would sail.'
    got = extract(text)
    assert [
        (None, "We finally have a ferry deal", "he"),
        (None, "the boats would sail", "She"),
    ] == [
        (
            s.speaker,
            s.content,
            None
            if s.speaker_span is None
            else text[s.speaker_span.start : s.speaker_span.end],
        )
        for s in got
    ]


def test_speaker_span_marks_the_naming_words() -> None:
    """Every statement whose text names its source carries speaker_span."""
    text = (
        "Harbor Minister Tomas Lund said the ferries would run. "
        "Fares will rise, according to the Port Authority."
    )
    got = extract(text)
    assert ["Harbor Minister Tomas Lund", "the Port Authority"] == [
        text[s.speaker_span.start : s.speaker_span.end] for s in got if s.speaker_span
    ]


# 3. split quotes


def test_quote_split_by_its_frame_has_two_parts() -> None:
    """'"A," X said, adding a point, "B."': parts A and B, content joined by a space."""
    text = (
        '"The ferry plan is sound," Tomas Lund said, pointing to the audit, '
        '"but the money is not there yet."'
    )
    (got,) = extract(text)
    assert "The ferry plan is sound but the money is not there yet" == got.content
    assert ["The ferry plan is sound", "but the money is not there yet"] == [
        text[p.start : p.end] for p in got.parts
    ]
    assert (got.parts[0].start, got.parts[-1].end) == (
        got.content_span.start,
        got.content_span.end,
    )


def test_a_new_cue_between_quotes_starts_a_new_statement() -> None:
    """'"A," X said, adding that Y, "B."' does not join A and B."""
    text = (
        '"The ferry plan is sound," Tomas Lund said, adding that fares '
        'would stay flat, "and the boats are ready."'
    )
    got = extract(text)
    assert all(len(s.parts) == 1 for s in got)


def test_quote_continued_in_the_next_sentence_has_two_parts() -> None:
    """'"A," X said. "B."': one statement, parts A and B, content their words."""
    text = '"The canal toll is fair," Mira Sandoval said. "Shippers will adjust."'
    (got,) = extract(text)
    assert ("Mira Sandoval", "The canal toll is fair Shippers will adjust") == (
        got.speaker,
        got.content,
    )
    assert ["The canal toll is fair", "Shippers will adjust"] == [
        text[p.start : p.end] for p in got.parts
    ]


def test_quote_continued_after_a_frame_aside_and_the_next_sentence() -> None:
    """'"A," X said, adding a point, "B." "C."': no new cue starts, three parts."""
    text = (
        '"The canal toll is fair," Mira Sandoval said, holding up the tariff '
        'sheet, "and it is the first rise in ten years." "Shippers will adjust."'
    )
    (got,) = extract(text)
    assert [
        "The canal toll is fair",
        "and it is the first rise in ten years",
        "Shippers will adjust",
    ] == [text[p.start : p.end] for p in got.parts]


def test_quote_continued_in_the_next_paragraph() -> None:
    """A quotation opening the next paragraph continues the turn, nothing between."""
    text = (
        '"The canal toll is fair," Mira Sandoval said.\n\n'
        '"Shippers will adjust."\n\n'
        '"We will appeal," the pilots\' union said.'
    )
    got = extract(text)
    assert [2, 1] == [len(s.parts) for s in got]
    assert ("Mira Sandoval", "The canal toll is fair Shippers will adjust") == (
        got[0].speaker,
        got[0].content,
    )
    assert "We will appeal" == got[1].content


def test_another_attribution_between_quotes_keeps_them_apart() -> None:
    """An intervening attribution, or a frame of B's own, stops the join."""
    aside = (
        '"The canal toll is fair," Mira Sandoval said.\n\n'
        "Port director Ivo Brandt said the toll would hurt trade.\n\n"
        '"Shippers will adjust."'
    )
    own = (
        '"The canal toll is fair," Mira Sandoval said. '
        '"Shippers will adjust," she added.'
    )
    adding = (
        '"The canal toll is fair," Mira Sandoval said, adding that fees '
        'were last raised in 2016. "Shippers will adjust."'
    )
    for text in (aside, own, adding):
        assert all(len(s.parts) <= 1 for s in extract(text)), text
    assert ["The canal toll is fair", "Shippers will adjust"] == [
        s.content for s in extract(own)
    ]


# 1. descriptors before a name; 2. tags and appositions after it


def test_lower_case_descriptors_before_a_name_belong_to_the_source() -> None:
    """'"Y," city police Chief Ortiz said': found, descriptors in speaker_span."""
    text = '"We will find who did this," harbor police Chief Ana Ortiz said Monday.'
    (got,) = extract(text)
    assert ("Ana Ortiz", "We will find who did this") == (got.speaker, got.content)
    assert got.speaker_span is not None
    span = text[got.speaker_span.start : got.speaker_span.end]
    assert "harbor police Chief Ana Ortiz" == span


def test_party_tag_and_apposition_after_a_name() -> None:
    """'said Rep. Ray Dalton (R-Utah), who chairs ...': no bracket in the source."""
    text = (
        '"The ferry budget is fine," said Rep. Ray Dalton (R-Utah), '
        "who chairs the harbor panel."
    )
    (got,) = extract(text)
    assert ("Ray Dalton", "The ferry budget is fine") == (got.speaker, got.content)
    assert got.speaker_span is not None
    assert "(" not in text[got.speaker_span.start : got.speaker_span.end]


# 5. adverbials after the cue


def test_adverbial_after_the_cue_is_no_content() -> None:
    """'Y, Minister Lund said on Tuesday while leaving the summit.': content Y."""
    text = (
        '"We will not back down," Minister Tomas Lund said on Tuesday '
        "while leaving the harbor summit."
    )
    assert [("Tomas Lund", "say", "We will not back down")] == triples(text)


# 8. spurious readings


def test_capitalised_cue_inside_a_name_is_no_verb() -> None:
    """'In the United States, ...' gives no speaker 'United' with cue 'state'."""
    assert [] == triples("In the United States, ferry fares rose sharply.")


def test_gerund_subject_is_no_source() -> None:
    """'Falling revenues ..., underscoring ...' has no speaker 'Falling'."""
    text = "Falling harbor revenues hurt the city, underscoring the need for cuts."
    assert [] == triples(text)


def test_conversational_capitals_are_no_actors() -> None:
    """'You said', "I'd say": statements without an actor named 'You' or "I'd"."""
    got = triples("You said the ferries would run. I'd say the boats are late.")
    assert [
        (None, "say", "the ferries would run"),
        (None, "say", "the boats are late"),
    ] == got


def test_no_name_across_a_paragraph_break() -> None:
    """'said Minister Ana Li.' then a paragraph opening 'Li Wei' stays 'Ana Li'."""
    text = (
        '"The ferries will run," said Minister Ana Li.\n\nLi Wei, the mayor, was away.'
    )
    assert [("Ana Li", "say", "The ferries will run")] == triples(text)


# 9. cues real news uses


def test_progressive_and_new_cues() -> None:
    """'is warning that', 'has been arguing', 'tweeted', 'told him' are cues."""
    text = (
        "Tomas Lund is warning that the ferry budget is short. "
        "Ana Ortiz has been arguing that fares must fall. "
        "Ray Dalton tweeted that the boats were late. "
        "Mei Chen told him the harbor would reopen."
    )
    assert [
        ("Tomas Lund", "warn", "the ferry budget is short"),
        ("Ana Ortiz", "argue", "fares must fall"),
        ("Ray Dalton", "tweet", "the boats were late"),
        ("Mei Chen", "tell", "the harbor would reopen"),
    ] == triples(text)


def test_no_break_space_after_a_full_stop_ends_the_sentence() -> None:
    """'Y.\\xa0 Z' is two sentences: the content of 'I would note that Y' is Y."""
    text = "Tomas Lund noted that the ferries run.\xa0 The boats are new."
    assert [("Tomas Lund", "note", "the ferries run")] == triples(text)


def test_according_to_without_a_comma_closing_the_sentence() -> None:
    """'Y according to estimates released by X.': content Y, source X."""
    text = (
        "Ferry traffic rose 4 percent in May according to estimates released "
        "today by the Harbor Statistics Office."
    )
    assert [
        (
            "Harbor Statistics Office",
            "according to",
            "Ferry traffic rose 4 percent in May",
        )
    ] == triples(text)


def test_frames_real_news_prints() -> None:
    """Nested closing quotes, no comma, 'said in an interview with', 'Tuesday night'."""
    text = (
        "“Nobody says, ‘I love the ferry,’” Tomas Lund said.\n\n"
        "“The harbor is a battle of niches” Ana Ortiz said.\n\n"
        '"Let us go back six months," Ray Dalton said in an interview with '
        "Harbor Radio aired Monday.\n\n"
        '"Imagine a better harbor," Mei Chen said Tuesday night, drawing applause.'
    )
    assert [
        ("Tomas Lund", "Nobody says, ‘I love the ferry,’"),
        ("Ana Ortiz", "The harbor is a battle of niches"),
        ("Ray Dalton", "Let us go back six months"),
        ("Mei Chen", "Imagine a better harbor"),
    ] == [(s.speaker, s.content) for s in extract(text)]


def test_unnamed_source_closing_a_frame_has_no_speaker() -> None:
    """'Y, several harbor pilots said.': kept (optional), speaker None."""
    got = extract("The ferries run late, several harbor pilots said.")
    assert [(None, "The ferries run late")] == [(s.speaker, s.content) for s in got]


def test_lower_case_descriptors_after_said() -> None:
    """'Y, said lobbyist and strategist Ana Ortiz, ...': Ana Ortiz speaks."""
    text = "The firm lobbied for the port, said lobbyist and strategist Ana Ortiz."
    (got,) = extract(text)
    assert ("Ana Ortiz", "The firm lobbied for the port") == (got.speaker, got.content)
    assert got.speaker_span is not None
    span = text[got.speaker_span.start : got.speaker_span.end]
    assert "lobbyist and strategist Ana Ortiz" == span


def test_members_of_a_committee_speak_for_it_in_its_own_minutes() -> None:
    """'Members agreed that Y' in a committee's minutes is the committee's."""
    text = "Members agreed that harbor fees should stay unchanged."
    got = triples(text, "Harbor Oversight Committee")
    assert [
        ("Harbor Oversight Committee", "agree", "harbor fees should stay unchanged")
    ] == got
    # Under a news outlet the members stay a group of their own.
    assert [("Members", "agree", "harbor fees should stay unchanged")] == triples(text)


def test_colon_introduces_the_whole_quotation() -> None:
    """'X, a title with commas, said: “A. B.”' and 'X said: A. B.' keep A and B."""
    text = (
        "Ana Ortiz, Commissioner for Ports, Ferries and Customs, said: "
        "“The harbor is busy. The ferries are full.”\n\n"
        "Tomas Lund said: The fees will stay. We will not raise them."
    )
    assert [
        ("Ana Ortiz", "The harbor is busy. The ferries are full"),
        ("Tomas Lund", "The fees will stay. We will not raise them"),
    ] == [(s.speaker, s.content) for s in extract(text)]


def test_first_person_infinitive_and_progressive_cues() -> None:
    """'I want to call on', 'we are calling on', 'I worried they weren’t', ..."""
    text = (
        "I want to call on every shipper to register. "
        "We are calling on the port to do the same. "
        "I worried they weren’t ready. "
        "I know that the mills have hired, and I am certain that exports will grow."
    )
    title = "Remarks by Governor Ana Ortiz at the Harbor Forum"
    assert [
        ("call on", "every shipper to register"),
        ("call on", "the port to do the same"),
        ("worry", "they weren’t ready"),
        ("know", "the mills have hired"),
        ("be certain", "exports will grow"),
    ] == [(s.cue, s.content) for s in extract(text, "Port Bank", title)]


def test_dash_attribution() -> None:
    """'“Y” ― Ana Ortiz' closing its line: Y is Ana Ortiz's, direct."""
    text = (
        "Notes from the forum.\n\n“The ferries will run.” ― Ana Ortiz, harbor minister"
    )
    (got,) = extract(text)
    assert ("Ana Ortiz", "The ferries will run", "dash-attribution") == (
        got.speaker,
        got.content,
        got.rule,
    )


def test_speaker_resuming_its_own_clause_ends_the_content() -> None:
    """', and it will …' whose 'it' agrees with an organization speaker ends Y."""
    text = (
        "The Harbor Board judges that freight risks remain, and it will keep "
        "watching tariffs closely. "
        "The Harbor Board said the new quay was ready, and they will open it in May."
    )
    assert [
        "freight risks remain",
        "the new quay was ready, and they will open it in May",
    ] == [s.content for s in extract(text)]


def test_quotation_frame_with_trailing_phrase_keeps_the_quotation() -> None:
    """'"Y," he said of Z' and '"Y," X said to cheers at …': Y, not the tail."""
    text = (
        "Notes from the rally.\n\n"
        "“They both need a deal,” Lund said of the two mayors.\n\n"
        "“We will march on,” Ana Ortiz said to cheers at a rally by the harbor.\n\n"
        "Exports rose, Lund said of the figures.\n\n"
        "Lund said of the figures that they were wrong."
    )
    assert [
        "They both need a deal",
        "We will march on",
        "Exports rose",
        "they were wrong",
    ] == [s.content for s in extract(text)]


def test_unnamed_source_opening_its_clause() -> None:
    """'The nurse said Y', 'In Leeds, half of the voters said Y': Y, no speaker."""
    text = (
        "Notes from the count.\n\n"
        "The nurse said she was tired of waiting.\n\n"
        "In Leeds, half of the ferry voters said they were angry.\n\n"
        "Forty percent said the fares were too high.\n\n"
        "The port may file an initial report that is incomplete."
    )
    got = extract(text)
    assert [
        (None, "she was tired of waiting", "The nurse"),
        (None, "they were angry", "half of the ferry voters"),
        (None, "the fares were too high", "Forty percent"),
    ] == [
        (
            s.speaker,
            s.content,
            text[s.speaker_span.start : s.speaker_span.end] if s.speaker_span else "",
        )
        for s in got
    ]


def test_coordinated_cue_after_continues_to_and_an_opening_adjunct() -> None:
    """'... and continues to expect that Y'; 'In X, the Board ... and notes that Y'."""
    text = (
        "The Harbor Board will hold the levy at 2 percent and continues to "
        "anticipate that freight will recover. "
        "In view of these risks, the Harbor Board decided to raise the levy and "
        "anticipates that further rises will be needed. "
        "The Harbor Board will weigh realized and expected costs relative to its goals."
    )
    assert [
        ("Harbor Board", "freight will recover"),
        ("Harbor Board", "further rises will be needed"),
    ] == [(s.speaker, s.content) for s in extract(text)]


def test_a_body_speaks_through_its_own_document() -> None:
    """'The Agency's complaint alleges that Y': the Agency, not the document."""
    text = (
        "The Harbor Agency’s complaint alleges that the ferry firm billed riders "
        "twice. The Harbor Agency's latest annual report said that fares fell."
    )
    assert [
        ("Harbor Agency", "allege", "the ferry firm billed riders twice"),
        ("Harbor Agency", "say", "fares fell"),
    ] == [(s.speaker, s.cue, s.content) for s in extract(text)]


def test_be_concerned_that_is_a_cue() -> None:
    """'X was concerned that Y' attributes Y; 'concerned about' does not."""
    text = (
        "Dalton also was concerned that the levy would raise fares. "
        "Residents are concerned about the noise."
    )
    assert [("Dalton", "be concerned", "the levy would raise fares")] == [
        (s.speaker, s.cue, s.content) for s in extract(text)
    ]
