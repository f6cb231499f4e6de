"""Statements in ordinary news phrasing (issue 12, third pass), on invented sentences.

Each test covers one general mechanism: typewriter quotation marks, bare
content clauses, frames in mid-sentence, nominal sources and the rest; the
sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements
from policydocs._models import Mode
from policydocs._vocab import ActorKind

if TYPE_CHECKING:
    from policydocs._models import Statement

PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def extract(text: str) -> tuple[Statement, ...]:
    ctx = Context.build(
        text,
        published=PUBLISHED,
        source="Example News",
        sentences=split_sentences(text),
    )
    return find_statements(ctx, ActorRegistry(ctx))


def triples(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract(text)]


# typewriter quotation marks


def test_apostrophe_pairs_quote_like_curly_marks() -> None:
    """''Y,'' X said gives Y, direct, its span inside the marks."""
    text = "''We will keep the ferry running,'' Mr. Dalton said."
    (st,) = extract(text)
    assert ("Dalton", "say") == (st.speaker, st.cue)
    assert "We will keep the ferry running" == st.content
    assert st.content == text[st.content_span.start : st.content_span.end]
    assert Mode.DIRECT == st.mode


def test_apostrophe_pairs_split_quote_joins_next_sentence() -> None:
    """''A,'' X said. ''B.'' is one statement with two parts."""
    text = "''The levy is fair,'' Ms. Ortiz said. ''And it will stay.''"
    (st,) = extract(text)
    assert "The levy is fair And it will stay" == st.content
    assert ["The levy is fair", "And it will stay"] == [
        text[p.start : p.end] for p in st.parts
    ]


def test_apostrophe_pairs_before_said_and_name() -> None:
    """Y ''quoted,'' said X: the cue before its speaker."""
    assert [("Ray Dalton", "say", "The port will reopen in May")] == triples(
        "''The port will reopen in May,'' said Ray Dalton, the harbor master."
    )


def test_backtick_pairs_open_a_quotation() -> None:
    """``Y,'' X said (older corpora) reads the same."""
    assert [("minister", "say", "We will not retreat")] == triples(
        "``We will not retreat,'' the minister said."
    )


def test_apostrophe_pair_inside_indirect_content_stays() -> None:
    """A quoted phrase inside an indirect clause keeps its marks."""
    assert [("Dalton", "say", "the ferry was ''a disgrace'' and would be sold")] == (
        triples("Mr. Dalton said the ferry was ''a disgrace'' and would be sold.")
    )


# a cue inside a quotation


def test_cue_inside_quotation_keeps_the_frame() -> None:
    """'"I think Y," the mayor said, adding Z': the quotation is the mayor's."""
    got = triples(
        '"I think the levy is fair," the mayor said, adding that the vote was close.'
    )
    assert [
        ("mayor", "say", "I think the levy is fair"),
        ("mayor", "add", "the vote was close"),
    ] == got


def test_cue_inside_quotation_ends_at_its_mark() -> None:
    """A cue inside curly quotes attributes no further than the closing mark."""
    got = triples(
        "“We know the count is fair, and we believe it,” Ortiz said, "
        "pointing to the tally board."
    )
    assert [("Ortiz", "say", "We know the count is fair, and we believe it")] == got


# participles after "before" and "after"


def test_participle_after_before_and_after() -> None:
    """'paused before adding that Y', 'after saying Y': the clause's speaker."""
    assert [("minister", "add", "the budget was tight")] == triples(
        "The minister paused before adding that the budget was tight."
    )
    assert [("Ortiz", "say", "the port needed cash")] == triples(
        "Ortiz backed the levy last year after saying the port needed cash."
    )


# a frame in mid-sentence


def test_mid_sentence_frame_gives_two_parts() -> None:
    """'Y1, X said, Y2': one statement whose parts are Y1 and Y2."""
    text = "A new harbor master, Ms. Ortiz said, could set a new tone for the port."
    (st,) = extract(text)
    assert "Ortiz" == st.speaker
    assert ["A new harbor master", "could set a new tone for the port"] == [
        text[p.start : p.end] for p in st.parts
    ]
    assert "A new harbor master could set a new tone for the port" == st.content


def test_mid_sentence_frame_stops_at_conjunction_and_adjunct() -> None:
    """'Y, X said, and Z' and 'Y, X said, in a statement' keep Y alone."""
    for text in (
        "Exports rose sharply, the ministry said, and imports fell.",
        "Exports rose sharply, the ministry said, in a statement on Monday.",
        "Exports rose sharply, the ministry said, citing customs data.",
    ):
        (st,) = extract(text)
        assert "Exports rose sharply" == st.content
        assert 1 >= len(st.parts)


# nominal sources


def test_nominal_sources_give_statements_without_speaker() -> None:
    """Aides, analysts, shares of voters: kept with speaker None and their words."""
    cases = {
        "Mr. Dalton's aides said he meant to spend the summer in Leeds.": (
            "Mr. Dalton's aides"
        ),
        "Ortiz aides said details of the levy will come next week.": "Ortiz aides",
        "Analysts said the port had little choice.": "Analysts",
        "But critics say the levy is unfair.": "critics",
        "Six in 10 Leeds voters said the mayor was honest.": "Six in 10 Leeds voters",
        "More than six in 10 said they were tired of the race.": "More than six in 10",
        "A clear majority of Green voters say they follow the race.": (
            "A clear majority of Green voters"
        ),
    }
    for text, words in cases.items():
        (st,) = extract(text)
        assert st.speaker is None
        assert st.speaker_span is not None
        assert words == text[st.speaker_span.start : st.speaker_span.end]


def test_plural_source_with_bare_cognition_verb() -> None:
    """'Harbor pilots believe fares will rise': a plural source's present tense."""
    assert [(None, "believe", "fares will rise")] == triples(
        "Harbor pilots believe fares will rise."
    )


def test_things_that_report_are_unnamed_sources() -> None:
    """'The report said Y', 'Figures show that Y': optional statements, no speaker."""
    assert [(None, "say", "exports rose")] == triples("The report said exports rose.")
    assert [(None, "show", "exports rose")] == triples(
        "Figures show that exports rose."
    )


def test_cues_used_as_nouns_give_no_statement() -> None:
    """A cue used as a noun gives no statement."""
    assert [] == triples("The firm may submit an initial report that lists its debts.")


def test_a_bodys_forecasts_speak_for_it() -> None:
    """'The Bank's updated forecasts show inflation easing' is the Bank's statement."""
    assert [("Bank", "show", "inflation easing to 2.6 per cent")] == triples(
        "The Bank's updated forecasts show inflation easing to 2.6 per cent."
    )


# bare content clauses after strict cues


def test_bare_clause_after_strict_cue() -> None:
    """'insisted she gave', 'thinks Ms. Ortiz will', 'believes they lost'."""
    assert [("Ortiz", "insist", "she gave the council every paper it needed")] == (
        triples("Ortiz insisted she gave the council every paper it needed.")
    )
    assert [("Dalton", "think", "Ms. Ortiz will win the farm vote")] == triples(
        "Dalton thinks Ms. Ortiz will win the farm vote."
    )
    assert [("Ortiz", "believe", "they lost the vote")] == triples(
        "Ortiz believes they lost the vote."
    )


def test_object_pronoun_after_strict_cue_is_no_clause() -> None:
    """'added it to the list', 'you know', 'I mean' open no content."""
    for text in (
        "The minister added it to the list of projects.",
        "She noted it in the report.",
        "The firm will add 48 GWh of storage.",
    ):
        assert [] == triples(text)


# nominal sources in closing frames


def test_nominal_source_closing_a_frame() -> None:
    """'"A," one Ortiz aide said, "B."', '"Y," the candidate told X on Sunday.'."""
    (st,) = extract('"That is no answer," one Ortiz aide said, "but a delay."')
    assert (None, "That is no answer but a delay") == (st.speaker, st.content)
    assert [(None, "tell", "There is no doubt")] == triples(
        '"There is no doubt," the candidate told Leeds Radio on Sunday.'
    )
    assert [(None, "say", "That is no answer")] == triples(
        '"That is no answer," one aide said late last month.'
    )


def test_nominal_source_frame_in_mid_sentence() -> None:
    """'Y1, several pilots said, Y2' is kept; a list of places is no source."""
    assert [(None, "say", "Fares will rise")] == triples(
        "Fares will rise, several pilots said, as the levy takes hold."
    )
    assert [] == triples(
        "The fund gives $10 million to cities, territories, freely associated "
        "states, and tribes to build ports."
    )


def test_people_familiar_with_the_talks() -> None:
    """'Two people familiar with the talks said Y': an unnamed source."""
    assert [(None, "say", "the deal was close")] == triples(
        "Two people familiar with the talks said the deal was close."
    )


# relative clauses


def test_relative_clause_source() -> None:
    """'..., Mr. Dalton, who said Y': the name before "who" speaks."""
    assert [("Dalton", "say", "he would run again")] == triples(
        "The vote was lost by Mr. Dalton, who said he would run again."
    )
    assert [("Ortiz", "say", "the port should close")] == triples(
        "It was Ortiz who said the port should close."
    )


def test_unnamed_sources_after_links_and_before_semicolons() -> None:
    """'..., while other voters said Y', 'Y, aides said, Z', 'Y, analysts say; Z'."""
    assert [(None, "say", "they had not heard enough")] == triples(
        "Some voters backed the levy, while other voters said they had not "
        "heard enough."
    )
    (st,) = extract(
        "The thing the mayor most needs, aides said, is for the council to back down."
    )
    assert (None, 2) == (st.speaker, len(st.parts))
    assert [(None, "say", "Fares will rise by a third")] == triples(
        "Fares will rise by a third, local analysts say; in 2012 they rose by half."
    )


# appositives


def test_appositive_with_age_or_affiliation() -> None:
    """'X, 21, a student, said' and 'A pollster, X of Y University, said'."""
    assert [("Ana Ortiz", "say", "she would vote for the levy")] == triples(
        "Ana Ortiz, 21, a student from Leeds, said she would vote for the levy."
    )
    assert [("Ray Dalton", "say", "his survey showed support holding")] == triples(
        "Another pollster, Ray Dalton of Leeds University, said his survey "
        "showed support holding."
    )


def test_apostrophe_pair_quotation_of_several_sentences() -> None:
    """'X said, ''A. B.''' keeps both sentences of the quotation."""
    assert [
        ("Ray Dalton", "say", "A raid is a combat act. There is no way around it")
    ] == (
        triples(
            "Col. Ray Dalton, a spokesman in Leeds, said, ''A raid is a combat "
            "act. There is no way around it.''"
        )
    )


# the cue before its source


def test_said_x_with_split_quote_and_unnamed_descriptor() -> None:
    """'"A," said the mayor, "B."' is one statement; 'said the 46-year-old' too."""
    (st,) = extract(
        '"It is a hard choice," said the Leeds mayor, "because it puts two '
        'rights in conflict."'
    )
    assert "It is a hard choice because it puts two rights in conflict" == (st.content)
    (st,) = extract('"It is good that my voice is low," said the 46-year-old.')
    assert (None, "It is good that my voice is low") == (st.speaker, st.content)
    assert st.speaker_span is not None


def test_bare_frame_after_a_quotation_sentence() -> None:
    """'"Y." Ortiz said.': the frame after a full stop takes the quotation."""
    assert [("Ortiz", "say", "We will find the funds. The port stays open")] == (
        triples("“We will find the funds. The port stays open.” Ortiz said.")
    )
    assert [] == triples("The port will stay open. Ortiz said.")


# naming cues


def test_described_as_and_called_quoted() -> None:
    """'described X as Y' and 'called X "Y"' attribute a judgment."""
    assert [("Ortiz", "describe", 'the levy as "a tax on the poor."')] == triples(
        'Ortiz described the levy as "a tax on the poor."'
    )
    assert [("Dalton", "call", 'the plan "a disgrace"')] == triples(
        'Dalton called the plan "a disgrace".'
    )


def test_called_without_judgment_is_no_statement() -> None:
    """'called a meeting', 'a group called "X"', 'described the port' give nothing."""
    for text in (
        "The mayor called a meeting for Monday.",
        'Members of a group called the "Harbor Friends" marched.',
        "The report described the port in detail.",
    ):
        assert [] == triples(text)


def test_according_to_in_mid_sentence_gives_two_parts() -> None:
    """'Y1, according to X, Y2' has parts Y1 and Y2; X's title is no Y2."""
    text = (
        "Since last May, according to the Leeds Rights Trust, police have "
        "detained more than 400 people."
    )
    (st,) = extract(text)
    assert ["Since last May", "police have detained more than 400 people"] == [
        text[p.start : p.end] for p in st.parts
    ]
    assert [("Wang Li", "according to", "Grain output rose")] == triples(
        "Grain output rose, according to Wang Li, deputy head of the provincial group."
    )


# "they" in a committee's text


def test_they_in_minutes_is_the_committee_not_a_plural_country() -> None:
    """'They noted' in minutes is the committee; 'the United States' no group."""
    text = (
        "Members saw trade with the United States as weak. They noted that "
        "exports to the United States had fallen."
    )
    ctx = Context.build(
        text,
        published=PUBLISHED,
        source="Harbor Policy Committee",
        sentences=split_sentences(text),
    )
    registry = ActorRegistry(ctx)
    got = [(s.speaker, s.cue) for s in find_statements(ctx, registry)]
    assert [("Harbor Policy Committee", "note")] == got
    assert ActorKind.PLACE is registry.kind_of("United States")


def test_that_comma_and_continued_to() -> None:
    """'agreed that, in doing so, it would' and 'continued to anticipate that'."""
    assert [("Board", "agree", "in reviewing the levy, it would consult farmers")] == (
        triples(
            "The Board agreed that, in reviewing the levy, it would consult farmers."
        )
    )
    assert [("Board", "anticipate", "freight will recover")] == triples(
        "The Board continued to anticipate that freight will recover."
    )


def test_cue_word_after_a_determiner_is_a_noun() -> None:
    """'a few highlights from', 'our estimates show' hold no cue of their own."""
    assert [] == triples("Let me give you a few highlights from our talks.")


def test_dateline_is_no_part_of_the_source() -> None:
    """'Leeds- The Harbor Department announced', 'LEEDS, July 9 – X ..., announcing'."""
    assert [("Harbor Department", "announce", "it would expand ferry service")] == (
        triples(
            "Leeds- The Harbor Department announced today that it would expand "
            "ferry service."
        )
    )
    got = triples(
        "LEEDS, July 9, 2014 – Harbor Secretary Ana Ortiz today gave an update on "
        "the levy, announcing that the port has paid 1,000 claims."
    )
    assert [("Ana Ortiz", "announce", "the port has paid 1,000 claims")] == got


def test_as_i_said_before_another_cue_is_no_statement() -> None:
    """'As I said, ..., I believe Y': Y is the belief's, not the saying's."""
    got = triples(
        "As Ortiz said at the outset, given the progress on prices, she believes "
        "the time has come to cut the levy."
    )
    assert [("believe", "the time has come to cut the levy")] == [
        (cue, content) for _, cue, content in got
    ]


def test_headline_in_title_case() -> None:
    """'Harbor Board Says Ferry Fares Will Rise In May': a headline's statement."""
    assert [("Harbor Board", "say", "Ferry Fares Will Rise In May")] == triples(
        "Harbor Board Says Ferry Fares Will Rise In May"
    )
    assert [] == triples("In the United States, fares rose in May.")


def test_said_then_described_name_or_unnamed_person() -> None:
    """'said former Ortiz adviser Ray Dalton.' and 'said a former port official'."""
    assert [("Ray Dalton", "say", "October gave her a lift")] == triples(
        '"October gave her a lift," said former Ortiz adviser Ray Dalton.'
    )
    (st,) = extract(
        '"It was handled lightly," said a former port official who oversaw the case.'
    )
    assert (None, "It was handled lightly") == (st.speaker, st.content)


def test_those_surveyed_his_advisers_and_late_weekday() -> None:
    """'Those surveyed said Y', 'His advisers say Y', 'said late Wednesday that Y'."""
    assert [(None, "say", "the mayor was best placed")] == triples(
        "Those surveyed said the mayor was best placed."
    )
    assert [(None, "say", "their field offices were better")] == triples(
        "His advisers say their field offices were better."
    )
    assert [("Ortiz", "say", "she would go ahead with the meeting")] == triples(
        "Ortiz said late Wednesday that she would go ahead with the meeting."
    )


def test_medium_with_its_addressee_closes_the_frame() -> None:
    """'Y, X said in a letter to donors.': "to donors" is no content."""
    assert [("Ray Dalton", "write", "The levy would hurt growers")] == triples(
        "The levy would hurt growers, Ray Dalton wrote in a letter to donors."
    )
    assert [("Ray Dalton", "say", "the levy would hurt growers")] == triples(
        "Ray Dalton said in an email to the board that the levy would hurt growers."
    )


def test_quotation_inside_closing_before_the_outer_mark() -> None:
    """'"... 'Z,' " X said': an inner quotation ends the quoted content."""
    assert [("Ray Dalton", "say", "She went as far as to call it 'settled,'")] == (
        triples("\"She went as far as to call it 'settled,' \" said Ray Dalton.")
    )
    assert [("Ray Dalton", "say", "She called the deal ‘settled,’")] == triples(
        "“She called the deal ‘settled,’ ” Ray Dalton said."
    )


def test_second_predicate_of_the_speaker_ends_the_content() -> None:
    """'X said Y, but declined to say when': the refusal is X's own act."""
    assert [("Ray Dalton", "say", "the ferry would stop")] == triples(
        "Ray Dalton said the ferry would stop, but declined to say when."
    )
    assert [("Ray Dalton", "say", "the ferry would stop")] == triples(
        "Ray Dalton said the ferry would stop and would not say when."
    )
    assert [("Ray Dalton", "say", "fares rose in May and fell in June")] == triples(
        "Ray Dalton said fares rose in May and fell in June."
    )


def test_straight_opener_closed_by_a_curly_mark() -> None:
    """'"Y,” X said': mixed quotation marks still bound a direct quotation."""
    (st,) = extract('"The tolls are too steep,” Ray Dalton said.')
    assert ("Ray Dalton", "The tolls are too steep", Mode.DIRECT) == (
        st.speaker,
        st.content,
        st.mode,
    )


def test_relative_clause_inside_the_subject_ends_at_its_comma() -> None:
    """'X, who said Y, chairs the panel': the main predicate is not Y."""
    assert [("Ray Dalton", "believe", "the toll should go")] == triples(
        "Ray Dalton, who believes the toll should go, chairs the panel."
    )


def test_only_and_simply_between_subject_and_cue() -> None:
    """'X would only say that Y', 'X simply said Y': the adverb is skipped."""
    assert [("Ray Dalton", "say", "the cost was a worry")] == triples(
        "Ray Dalton would only say that the cost was a worry."
    )
    assert [("Ray Dalton", "say", "the cost was a worry")] == triples(
        "Ray Dalton simply said the cost was a worry."
    )
