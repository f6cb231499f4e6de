"""Statements of the eighth round (issue 12), on invented sentences.

Each test covers one general mechanism measured on held-apart text; the
sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

import policydocs


def speakers(document: str) -> list[tuple[str | None, str]]:
    """(speaker, content) of each statement of a whole document."""
    doc = policydocs.parse(document)
    return [(s.speaker, s.content) for s in doc.statements]


def test_a_saying_participle_after_any_common_noun_subject() -> None:
    """'The retired welder toured the yard, saying Y': an unnamed source speaks."""
    assert [(None, "the cranes were older than he was")] == speakers(
        "The retired welder toured the shipyard on Monday, saying the cranes "
        "were older than he was."
    )


def test_an_evidence_participle_keeps_its_head_check() -> None:
    """'The gauge dipped, suggesting Y': a thing that suggests is no source."""
    assert [] == speakers(
        "The river gauge dipped overnight, suggesting that the dam held."
    )


def test_an_ly_adverb_between_a_subject_and_its_cue() -> None:
    """'The Board currently expects Y': the adverb is neither source nor a stop."""
    document = (
        "Title: Board statement\nDate: 2024-05-01\nSource: Harbor Monetary Board\n\n"
        "The Board currently expects that freight volumes will recover.\n\n"
        "Ana Ortiz bluntly told reporters that the ferry would stop.\n"
    )
    assert [
        ("Harbor Monetary Board", "freight volumes will recover"),
        ("Ana Ortiz", "the ferry would stop"),
    ] == speakers(document)


def test_a_split_infinitive_adverb_opens_no_subject() -> None:
    """'I want to briefly tell you about X': no statement of "I want"."""
    assert [] == speakers("I want to briefly tell you about how the ferry works.")


def test_a_subject_with_an_appositive_before_a_comma_cue() -> None:
    """'X, the county's board, announced Y': the words before are no content."""
    assert [("Harbor Board", "tighter controls on the ferry")] == speakers(
        "The Harbor Board, the county's port authority, announced tighter "
        "controls on the ferry."
    )


def test_and_with_an_adverb_before_a_second_cue() -> None:
    """'X toured the dam and later said Y': the clause's subject speaks."""
    assert [("Ana Ortiz", "the dam would hold")] == speakers(
        "Ana Ortiz toured the dam on Monday and later said the dam would hold."
    )


def test_a_typewriter_quotation_before_a_listener_frame() -> None:
    """ "''Y,'' X told the hosts, adding that Z": Y is X's, Z too."""
    assert [
        ("Ana Ortiz", "The ferry will run"),
        ("Ana Ortiz", "the fares would stay low"),
    ] == speakers(
        "''The ferry will run,'' Ana Ortiz told the hosts of the show, adding "
        "that the fares would stay low."
    )


def test_a_typewriter_quotation_before_an_inverted_frame() -> None:
    """ "''Y,'' said Lt. X of Leeds, who ...": Y is the named officer's."""
    assert [("Ana Ortiz", "The ferry will run")] == speakers(
        "''The ferry will run,'' said Air Force 1st Lt. Ana Ortiz of Leeds, "
        "who grew up here."
    )


def test_an_article_before_an_unnamed_source_after_a_quotation() -> None:
    """'"Y," a company executive tells employees, ...': Y is the executive's."""
    got = speakers(
        "“The ferry will run,” a company executive tells employees, describing "
        "how the repairs went."
    )
    assert (None, "The ferry will run") == got[0]


def test_a_clause_before_a_colon_is_no_transcript_label() -> None:
    """'Still, the plan remains stalled: Y' is narration, not a turn of "Still"."""
    assert [] == speakers(
        "Still, the harbor plan remains stalled: even the best bid falls short."
    )


def test_a_bare_clause_after_a_strict_cue_may_open_with_an_article() -> None:
    """'X claimed a new era had begun': a clause without "that" after "claim"."""
    assert [("Ana Ortiz", "a new era had begun at the port")] == speakers(
        "Ana Ortiz claimed a new era had begun at the port."
    )


def test_a_bare_clause_with_a_longer_subject_after_a_strict_cue() -> None:
    """'X claims the old terminal on the east quay is Y': up to eight words."""
    assert [("Ana Ortiz", "the old ferry terminal on the east quay is unsafe")] == (
        speakers("Ana Ortiz claims the old ferry terminal on the east quay is unsafe.")
    )


def test_a_verb_of_saying_after_any_common_noun_phrase() -> None:
    """'A witness interviewed by council staff said Y': an unnamed source."""
    assert [(None, "the ferry will run")] == speakers(
        "A witness interviewed by council staff said the ferry will run."
    )
    assert [] == speakers(
        "The harbor plan was first announced in May and provides grants to towns."
    )


def test_called_with_a_pronoun_object_and_its_complement() -> None:
    """'X called him divisive' judges; 'X called him on Monday' does not."""
    assert [("Ana Ortiz", "him divisive")] == speakers("Ana Ortiz called him divisive.")
    assert [] == speakers("Ana Ortiz called him on Monday.")


def test_called_with_an_appositive_object_before_the_quotation() -> None:
    """'X called Y, her rival, a "co-founder"': the object may hold commas."""
    got = speakers(
        "At the rally, Ana Ortiz called Ray Dalton, her challenger, a “wrecker.”"
    )
    assert [("Ana Ortiz", "Ray Dalton, her challenger, a “wrecker.”")] == got


def test_described_with_an_object_holding_commas() -> None:
    """'X described a day in Leeds, Yorkshire, as Y': commas inside the object."""
    assert [("Ana Ortiz", "a day in Leeds, Yorkshire, as the perfect day off")] == (
        speakers(
            "Ana Ortiz described a day in Leeds, Yorkshire, as the perfect day off."
        )
    )


def test_states_as_a_plural_noun_before_a_clause() -> None:
    """'The other states voting Tuesday are X' has no cue; 'states that Y' has."""
    assert [] == speakers("The other states voting Tuesday are Ohio and Utah.")
    assert [("Harbor Board", "the quay is closed")] == speakers(
        "The Harbor Board states that the quay is closed."
    )
