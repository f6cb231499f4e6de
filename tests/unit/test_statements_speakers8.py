"""Statement speakers by structure (issue 12, round eight), on invented sentences.

Each test covers one general mechanism of speaker resolution: how a name is
bounded, what a title or pronoun refers back to, who a document speaks for.
The sentences are invented, none is copied from a corpus.
"""

from __future__ import annotations

from test_statements_real import triples


def test_her_majestys_opens_an_institutional_name() -> None:
    """'Her Majesty's Inspectorate of Prisons' keeps its honorific possessive."""
    text = (
        "His Majesty’s Inspectorate of Prisons said that two wings were unsafe. "
        "Her Majesty's Revenue and Customs said that receipts rose."
    )
    assert [
        ("His Majesty’s Inspectorate of Prisons", "say", "two wings were unsafe"),
        ("Her Majesty's Revenue and Customs", "say", "receipts rose"),
    ] == triples(text)


def test_a_degree_or_suffix_after_a_name_is_no_name() -> None:
    """'Ana Ortiz, M.D., said' is Ana Ortiz, never a speaker named 'M.D.'."""
    text = (
        "Harbor Agency Director Ana Ortiz, M.D. said that clinics reopened. "
        "Ray Dalton, Jr. said that the port was calm."
    )
    assert [
        ("Ana Ortiz", "say", "clinics reopened"),
        ("Ray Dalton", "say", "the port was calm"),
    ] == triples(text)


def test_a_title_after_a_bracketed_acronym_names_the_person() -> None:
    """'Harbor Agency (HA) Director Ana Ortiz said': the person, not the agency."""
    assert [("Ana Ortiz", "say", "the levees held")] == triples(
        "Harbor Agency (HA) Director Ana Ortiz said that the levees held."
    )


def test_a_document_without_a_named_issuer_speaks_for_the_source() -> None:
    """'The report states Y', 'The Spring Outlook shows Y': the header's source."""
    text = (
        "The Spring 2031 Harbour Outlook shows that traffic will grow. "
        "The report states that tolls fell. "
        "The proposed revised pier safety standards state that piers must be lit."
    )
    assert [
        ("Department for Harbours", "show", "traffic will grow"),
        ("Department for Harbours", "state", "tolls fell"),
        ("Department for Harbours", "state", "piers must be lit"),
    ] == triples(text, "Department for Harbours")


def test_definite_data_speak_for_whoever_released_them() -> None:
    """'data from X ... The figures reveal Y': X; with no source named, the header's."""
    text = (
        "New data from the Office for Port Statistics (OPS) show that exports rose.\n\n"
        "The figures reveal that imports fell."
    )
    assert [
        ("Office for Port Statistics", "show", "exports rose"),
        ("Office for Port Statistics", "reveal", "imports fell"),
    ] == triples(text, "Department for Harbours")
    assert [("Department for Harbours", "show", "imports fell")] == triples(
        "The latest figures show that imports fell.", "Department for Harbours"
    )


def test_he_continues_the_person_who_opens_the_sentence_before() -> None:
    """'President Kerr discussed the grid. He said Y': Kerr, not the last speaker."""
    text = (
        "President Kerr spoke with Chancellor Brandt. Brandt said "
        "that the talks were useful. President Kerr also discussed the power "
        "grid. He said that the plants could be run jointly."
    )
    assert [
        ("Brandt", "say", "the talks were useful"),
        ("Kerr", "say", "the plants could be run jointly"),
    ] == triples(text)


def test_a_shown_gender_of_an_earlier_paragraph_does_not_displace_the_subject() -> None:
    """'Putin' of an earlier paragraph does not take 'he' from the subject before it."""
    text = (
        "Mr. Ray Dalton called Chancellor Lund. Lund said that the call went well.\n\n"
        "President Kerr also discussed the ports. He said that tariffs would fall."
    )
    assert "Kerr" == triples(text)[-1][0]


def test_an_office_label_is_the_person_the_title_names() -> None:
    """'THE GOVERNOR:' under 'Remarks by Governor Ana Ortiz' is Ana Ortiz's turn."""
    text = (
        "THE GOVERNOR: Thank you all. I believe the levees will hold.\n\n"
        "Q: Governor, when will the roads reopen?\n\n"
        "THE GOVERNOR: By Friday, I think."
    )
    assert ["Ana Ortiz", "Ana Ortiz"] == [
        speaker
        for speaker, _, _ in triples(
            text, "Office of the Governor", "Remarks by Governor Ana Ortiz on Floods"
        )
    ]


def test_a_pronoun_never_resolves_to_a_person_only_quoted() -> None:
    """'"Governor Dalton helped," she said. He added Y': he is no one in the text."""
    text = (
        "Director Ana Ortiz spoke at the port. “Governor Ray Dalton has been a "
        "great partner,” she said.\n\nHe added that the levees held."
    )
    assert [
        ("Ana Ortiz", "say", "Governor Ray Dalton has been a great partner"),
        (None, "add", "the levees held"),
    ] == triples(text)
    # Named outside the quotation too, he is the antecedent.
    assert ("Ray Dalton", "add", "the levees held") == triples(
        "Governor Ray Dalton toured the port. " + text
    )[-1]
