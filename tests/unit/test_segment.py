"""The regex sentence splitter: abbreviations, decimals, initials, quotations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydocs._extract._segment import split_sentences


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dr. Amara Lewis met U.S. envoys. They left at noon.",
            ["Dr. Amara Lewis met U.S. envoys.", "They left at noon."],
        ),
        (
            "The rate rose 3.25 percent in Jan. and fell in Feb. The bank held.",
            ["The rate rose 3.25 percent in Jan. and fell in Feb. The bank held."],
        ),
        (
            "Circular No. 7 took effect. It replaces No. 4.",
            ["Circular No. 7 took effect.", "It replaces No. 4."],
        ),
        (
            "The session opens at 9 a.m. Delegates arrive at 8 a.m. on Monday.",
            ["The session opens at 9 a.m. Delegates arrive at 8 a.m. on Monday."],
        ),
        (
            "Trading halted at 3 p.m. The exchange reopened later.",
            ["Trading halted at 3 p.m.", "The exchange reopened later."],
        ),
        (
            "Voting for it were Karen J. Boyd and Luis M. Ortega. Nobody abstained.",
            [
                "Voting for it were Karen J. Boyd and Luis M. Ortega.",
                "Nobody abstained.",
            ],
        ),
    ],
)
def test_abbreviations_decimals_initials(text, expected):
    """Abbreviations, decimals and initials do not end sentences; openers do."""
    assert expected == texts(text)


def test_quotation_spanning_sentences_stays_with_its_attribution():
    """A quoted passage of two sentences stays in the sentence that attributes it."""
    text = 'The minister said: "We cut rates. We will cut again." Markets rose.'
    assert [
        'The minister said: "We cut rates. We will cut again."',
        "Markets rose.",
    ] == texts(text)


def test_curly_quotes():
    """Curly quotation marks behave like straight ones."""
    text = "“Prices are stable. Wages are rising,” the governor said. Bonds fell."
    assert [
        "“Prices are stable. Wages are rising,” the governor said.",
        "Bonds fell.",
    ] == texts(text)


def test_paragraph_numbers_and_headings():
    """Blank lines separate paragraphs; a heading line is its own sentence."""
    text = "Background\n\nThe fund was set up in 2020. It grew.\n\nNext steps"
    got = split_sentences(text)
    assert [0, 1, 1, 2] == [s.paragraph for s in got]
    assert ["Background", "The fund was set up in 2020.", "It grew.", "Next steps"] == [
        text[s.start : s.end] for s in got
    ]


def test_legal_citations_stay_in_their_sentence():
    """A citation's abbreviations before a section number never end a sentence."""
    text = (
        "Each carrier must register under 46 U.S.C. 3302 and 33 CFR part 12. "
        "See Pub. L. 118-2, 137 Stat. 44, and 88 Fed. Reg. 9120. "
        "The rule was issued under 46 U.S.C. The carriers agreed."
    )
    assert [
        "Each carrier must register under 46 U.S.C. 3302 and 33 CFR part 12.",
        "See Pub. L. 118-2, 137 Stat. 44, and 88 Fed. Reg. 9120.",
        "The rule was issued under 46 U.S.C.",
        "The carriers agreed.",
    ] == texts(text)


def test_list_items_on_separate_lines():
    """A line ending in ';' or ':' ends a sentence."""
    text = (
        "The targets are:\nGDP growth of 5 percent;\n"
        "an unemployment rate of 5.5 percent."
    )
    assert [
        "The targets are:",
        "GDP growth of 5 percent;",
        "an unemployment rate of 5.5 percent.",
    ] == texts(text)


def test_offsets_are_exact():
    """Every sentence is an exact, trimmed slice of the text."""
    text = "  One.  Two?   Three!  "
    for s in split_sentences(text):
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    assert ["One.", "Two?", "Three!"] == texts(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("word " * 200_000, 1),
        ('"' * 100_000, 1),
        ("U.S. " * 50_000, 1),
        ("said. " * 50_000, 1),
        ("“”" * 50_000, 1),
    ],
)
def test_adversarial_inputs(text, count):
    """Unpunctuated text, runs of quotes and of abbreviations split sensibly.

    Their scaling is measured by tests/reliability (issue 7), not here.
    """
    got = split_sentences(text)
    assert count == len(got)
    assert (0, len(text.rstrip())) == (got[0].start, got[-1].end)


def test_crlf_line_ends():
    """Windows line ends separate paragraphs and lines as LF does."""
    text = "Heading\r\n\r\nThe minister spoke.\r\nNext line"
    got = split_sentences(text)
    assert [("Heading", 0), ("The minister spoke.", 1), ("Next line", 1)] == [
        (text[s.start : s.end], s.paragraph) for s in got
    ]


def test_no_break_space_before_a_line_break():
    """A no-break space left before a line end (web copy) still ends the line."""
    text = (
        "The mayor said the fund was small.\xa0\nThe council met.\xa0\n\xa0\nA new day."
    )
    got = split_sentences(text)
    assert [
        ("The mayor said the fund was small.", 0),
        ("The council met.", 0),
        ("A new day.", 1),
    ] == [(text[s.start : s.end], s.paragraph) for s in got]


@given(
    st.lists(
        st.sampled_from(
            [
                "Dr.",
                "U.S.",
                "a.m.",
                "5.3",
                "R.",
                "He",
                "said",
                ".",
                "!",
                "?",
                '"',
                "“",
                "”",
                "\n",
                "\n\n",
                " ",
                "The",
                "bank",
                ";",
                ":",
                "(",
                ")",
                "\r\n",
            ]
        ),
        max_size=60,
    )
)
@settings(max_examples=300, deadline=None)
def test_sentences_are_ordered_trimmed_and_disjoint(pieces):
    """Sentences never overlap, are trimmed and keep paragraph order."""
    text = "".join(pieces)
    got = split_sentences(text)
    prev_end, prev_para = 0, 0
    for s in got:
        assert prev_end <= s.start < s.end <= len(text)
        piece = text[s.start : s.end]
        assert piece == piece.strip()
        assert s.paragraph >= prev_para
        prev_end, prev_para = s.end, s.paragraph


def test_sentences_run_together_without_a_space_are_split():
    """'in 2027.The pace' ends a sentence; web addresses and quotations do not."""
    text = "Traffic is back.The port expects growth in 2027.The pace varies."
    assert [
        "Traffic is back.",
        "The port expects growth in 2027.",
        "The pace varies.",
    ] == [text[s.start : s.end] for s in split_sentences(text)]
    for kept in (
        "See www.Harbor.Example for the fares.",
        'She said "the ferry left.The rest" stayed.',
    ):
        assert [kept] == [kept[s.start : s.end] for s in split_sentences(kept)]
