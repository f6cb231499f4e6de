"""The statements stage: one test per construction, on invented sentences.

The sentences come from several genres (central-bank decisions, ministry
press releases, cabinet readouts, statistics bulletins, press-conference
transcripts, company news), never from the gold documents.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policydocs._extract._actors import ActorRegistry
from policydocs._extract._context import Context
from policydocs._extract._cues import CUES, cue_pattern, inflect
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements, is_question_turn_label
from policydocs._vocab import Mode

if TYPE_CHECKING:
    from policydocs._models import Statement

PUBLISHED = dt.date(2026, 3, 6)  # a Friday


def extract(text: str, source: str | None = "Example News") -> tuple[Statement, ...]:
    ctx = Context.build(
        text, published=PUBLISHED, source=source, sentences=split_sentences(text)
    )
    return find_statements(ctx, ActorRegistry(ctx))


def triples(
    text: str, source: str | None = "Example News"
) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue, s.content) for s in extract(text, source)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance Minister Ana Castillo said that the deficit would narrow soon.",
            [("Ana Castillo", "say", "the deficit would narrow soon")],
        ),
        (
            "Governor Kamau Njoroge said the shilling had stabilised.",
            [("Kamau Njoroge", "say", "the shilling had stabilised")],
        ),
        (
            (
                "The Ministry of Transport announced a 2 billion euro rail fund, "
                "bringing total rail support to 9 billion euros."
            ),
            [
                (
                    "Ministry of Transport",
                    "announce",
                    (
                        "a 2 billion euro rail fund, bringing total rail support to "
                        "9 billion euros"
                    ),
                )
            ],
        ),
        (
            "The cabinet meeting called for faster approval of wind farms.",
            [("cabinet meeting", "call for", "faster approval of wind farms")],
        ),
    ],
)
def test_x_said_that_y(text, expected):
    """X said (that) Y, X announced Y, X called for Y give Y as content."""
    assert expected == triples(text)


def test_y_x_said():
    """Y, X said: the content is the clause before the comma."""
    text = (
        "Exports will recover in the second half, the trade ministry said on Thursday."
    )
    got = extract(text)
    assert [("trade ministry", "say", "Exports will recover in the second half")] == [
        (s.speaker, s.cue, s.content) for s in got
    ]
    assert "Y-X-said" == got[0].rule
    assert dt.date(2026, 3, 5) == got[0].date


def test_y_said_x_with_appositive():
    """Y, said X, who ...: the speaker follows the cue."""
    text = (
        "The reforms are overdue, said Senator Hannah Ortiz, who chairs the "
        "banking committee."
    )
    assert [("Hannah Ortiz", "say", "The reforms are overdue")] == triples(text)


def test_quoted_frames_are_direct():
    """ "Y," X said and X said: "Y" keep only the quoted words, mode direct."""
    text = (
        '"We will not raise the retirement age," Labour Minister Tomas Berg told '
        'reporters. Berg said: "Pensions are safe. Contributions will not rise."'
    )
    got = extract(text)
    assert [
        ("Tomas Berg", "tell", "We will not raise the retirement age"),
        ("Tomas Berg", "say", "Pensions are safe. Contributions will not rise"),
    ] == [(s.speaker, s.cue, s.content) for s in got]
    assert [Mode.DIRECT, Mode.DIRECT] == [s.mode for s in got]


def test_curly_quotes_and_said_x():
    """Curly quotation marks work like straight ones."""
    text = "“Capital must reach small firms,” said Deputy Governor Lena Vogel."
    got = extract(text)
    assert [("Lena Vogel", "say", "Capital must reach small firms")] == [
        (s.speaker, s.cue, s.content) for s in got
    ]
    assert Mode.DIRECT == got[0].mode


def test_mixed_quotes_are_indirect():
    """X said the plan was "a turning point": the quoted part stays in the content."""
    text = 'Mayor Olu Adeyemi said the budget was "a turning point for the city".'
    got = extract(text)
    assert 'the budget was "a turning point for the city"' == got[0].content
    assert Mode.INDIRECT == got[0].mode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "According to the National Statistics Office, unemployment fell to 4.1 "
                "percent."
            ),
            [
                (
                    "National Statistics Office",
                    "according to",
                    "unemployment fell to 4.1 percent",
                )
            ],
        ),
        (
            (
                "Unemployment fell to 4.1 percent, according to figures from the "
                "National Statistics Office."
            ),
            [
                (
                    "National Statistics Office",
                    "according to",
                    "Unemployment fell to 4.1 percent",
                )
            ],
        ),
        (
            "According to a report of the Central Bank of Chile, lending slowed.",
            [("Central Bank of Chile", "according to", "lending slowed")],
        ),
    ],
)
def test_according_to(text, expected):
    """according to X, Y and Y, according to X; the actor inside the source phrase."""
    assert expected == triples(text)


def test_urge_keeps_object_and_infinitive():
    """X urged Y to Z gives "Y to Z"."""
    text = "The regulator urged banks to raise their capital buffers."
    assert [("regulator", "urge", "banks to raise their capital buffers")] == triples(
        text
    )


def test_call_on_with_a_weekday_inside():
    """'called on Monday for' is call for; 'called on Y to' is call on."""
    text = (
        "Premier Zhao Ming called on Monday for steady growth. He called on "
        "provinces to cut fees."
    )
    got = extract(text)
    assert [
        ("Zhao Ming", "call for", "steady growth"),
        ("Zhao Ming", "call on", "provinces to cut fees"),
    ] == [(s.speaker, s.cue, s.content) for s in got]
    assert dt.date(2026, 3, 2) == got[0].date


def test_participles_start_new_statements():
    """'..., adding that Y' and 'while stressing Y' belong to the same speaker."""
    text = (
        "The central bank kept rates unchanged, saying inflation was easing, while "
        "stressing the need to watch food prices. It said the economy was sound, "
        "adding that credit would grow."
    )
    assert [
        ("central bank", "say", "inflation was easing"),
        ("central bank", "stress", "the need to watch food prices"),
        ("central bank", "say", "the economy was sound"),
        ("central bank", "add", "credit would grow"),
    ] == triples(text)


def test_coordinated_cue_shares_the_subject():
    """X called for A and urged B to C: two statements by X."""
    text = (
        "The State Council executive meeting called for lower logistics costs and "
        "urged local governments to clear arrears."
    )
    got = triples(text)
    assert [
        ("State Council executive meeting", "call for", "lower logistics costs"),
        (
            "State Council executive meeting",
            "urge",
            "local governments to clear arrears",
        ),
    ] == got


def test_new_clause_with_its_own_subject():
    """'..., and she warned that Y' stops the earlier content."""
    text = (
        "Minister Clara Jensen noted that exports had grown, and she warned that "
        "tariffs could hurt farmers."
    )
    assert [
        ("Clara Jensen", "note", "exports had grown"),
        ("Clara Jensen", "warn", "tariffs could hurt farmers"),
    ] == triples(text)


def test_transcript_turns():
    """Name: Y turns give the whole turn; question turns and cues inside are skipped."""
    text = (
        "Spokesperson Zhou Lan: We firmly oppose the new tariffs. We urge the other "
        "side to stop.\n\nQ: Officials say talks will resume. Is that true?\n\n"
        "Zhou Lan: We have noted the reports."
    )
    got = extract(text)
    assert [
        (
            "Zhou Lan",
            "We firmly oppose the new tariffs. We urge the other side to stop.",
        ),
        ("Zhou Lan", "We have noted the reports."),
    ] == [(s.speaker, s.content) for s in got]
    assert {"transcript-turn"} == {s.rule for s in got}


@pytest.mark.parametrize(
    ("label", "asks"),
    [
        ("Q", True),
        ("Q.", True),
        ("Question", True),
        ("QUESTION (Radio Sahel)", True),
        ("Reporter", True),
        ("Reporter (Nikkei)", True),
        ("Correspondent", True),
        ("CCTV reporter", True),
        ("Economic Daily reporter", True),
        ("Interviewer", True),
        ("Reuters", True),
        ("Bloomberg", True),
        ("Bloomberg News", True),
        ("Xinhua", True),
        ("Kyodo News:", True),
        ("Spokesperson Zhou Lan", False),
        ("Mao Ning", False),
        ("Zheng Hao, deputy head of the National Development Commission", False),
        ("MINISTER OF POWER, ENGR. BELLO HASSAN", False),
        ("Governor Ama Owusu", False),
        ("A", False),
    ],
)
def test_question_turn_labels(label: str, asks: bool) -> None:
    """One predicate tells a journalist's turn from an official's, for both stages."""
    assert asks == is_question_turn_label(label)


def test_an_outlet_turn_is_a_question_even_without_a_question_mark():
    """'Reuters: ...' asks, though it ends with a full stop; its cues are skipped."""
    text = (
        "Spokesperson Ines Varga: Talks will resume next week.\n\n"
        "Reuters: Some analysts say Hungary should retaliate. Please comment.\n\n"
        "Ines Varga: We have noted the reports.\n\n"
        "Interviewer: The minister said tariffs would rise.\n\n"
        "Ines Varga: No comment.\n\n"
        "Kyodo: Finance Minister Ivan Horak said tariffs would rise. Please "
        "comment.\n\n"
        "Ines Varga: That is not our position."
    )
    got = extract(text, source="Ministry of Foreign Affairs")
    assert [
        ("Ines Varga", "Talks will resume next week."),
        ("Ines Varga", "We have noted the reports."),
        ("Ines Varga", "No comment."),
        ("Ines Varga", "That is not our position."),
    ] == [(s.speaker, s.content) for s in got]


def test_an_outlet_named_earlier_is_still_a_questioner():
    """'told Bloomberg' makes Bloomberg an actor; its turn still asks."""
    text = (
        "Finance Minister Sara Lind told Bloomberg last week that taxes would fall.\n\n"
        "Bloomberg: Economists expect growth to slow.\n\n"
        "Sara Lind: Growth will hold up."
    )
    assert ["taxes would fall", "Growth will hold up."] == [
        s.content for s in extract(text)
    ]


def test_an_actor_phrase_stops_at_a_cue_verb():
    """'Some analysts say China' handed over by another stage names China."""
    text = (
        "Some analysts say China should retaliate. Economists believe banks must "
        "act. All member states must act."
    )
    ctx = Context.build(
        text, published=PUBLISHED, source=None, sentences=split_sentences(text)
    )
    reg = ActorRegistry(ctx)
    assert "China" == reg.mention(text.index("Some"), text.index(" should"))
    assert "banks" == reg.mention(text.index("Economists"), text.index(" must"))
    start = text.index("member")
    assert "member states" == reg.mention(start, start + len("member states"))
    assert not any(" say " in a.name for a in reg.to_actors())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices rose, the minister said on Monday. Value-added tax will rise.",
            [("minister", "say", "Prices rose")],
        ),
        (
            (
                "Output fell, the agency said on Friday. Drought-stressed farms cut "
                "planting."
            ),
            [("agency", "say", "Output fell")],
        ),
        ("State-run lenders said-so stories spread.", []),
        (
            (
                "Exports grew, Governor Ama Owusu said on Tuesday. Well-noted risks "
                "remain."
            ),
            [("Ama Owusu", "say", "Exports grew")],
        ),
    ],
)
def test_a_cue_inside_a_hyphenated_word_is_no_verb(text, expected):
    """'Value-added', 'drought-stressed': no cue, so no speaker 'Value'."""
    assert expected == triples(text)


def test_a_name_never_crosses_a_sentence_end():
    """A phrase handed to the registry is cut at a full stop that ends a sentence."""
    text = "The minister spoke on Monday. Value Partners said fees would fall."
    ctx = Context.build(
        text, published=PUBLISHED, source=None, sentences=split_sentences(text)
    )
    reg = ActorRegistry(ctx)
    start = text.index("Monday")
    assert "Value Partners" == reg.mention(start, text.index(" said"))
    assert all("." not in a.name for a in reg.to_actors())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The IMF expects the economy to grow 3.5 percent in 2026.",
            [("IMF", "expect", "the economy to grow 3.5 percent in 2026")],
        ),
        (
            "The Treasury projects the deficit to narrow to 2 percent of GDP.",
            [("Treasury", "project", "the deficit to narrow to 2 percent of GDP")],
        ),
        (
            "Statistics Norway forecasts unemployment to stay at 4 percent.",
            [("Statistics Norway", "forecast", "unemployment to stay at 4 percent")],
        ),
        (
            "The Asian Development Bank predicts rice prices to rise this year.",
            [("Asian Development Bank", "predict", "rice prices to rise this year")],
        ),
        # An intention without an object is no statement.
        ("The ministry expects to finish the review by May.", []),
        ("The bank expects to cut rates to 2 percent.", []),
        # No named source: passive, or those polled by an outlet.
        ("Exports are expected to rise 4 percent.", []),
        ("Economists polled by the Daily Wire expect the bank to cut rates.", []),
        ("Traders surveyed by Kenya Post said prices would climb.", []),
    ],
)
def test_a_named_forecaster_with_an_object_and_infinitive(text, expected):
    """'X expects Y to Z' gives X the content 'Y to Z'."""
    assert expected == triples(text)


def test_transcript_turns_on_consecutive_lines():
    """Turns separated by single line breaks end at the next label."""
    text = (
        "Chancellor Maya Lund: The budget is balanced.\nReporter: And debt?\n"
        "Maya Lund: Debt will fall."
    )
    assert ["The budget is balanced.", "Debt will fall."] == [
        s.content for s in extract(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Xu spoke at the forum.",
        "Prime Minister Ola Berg made the remarks during a visit to Oslo.",
        "The board decided to raise the dividend.",
        "The cabinet endorsed a plan to expand broadband.",
        "Small firms are urged to apply early.",
        "Growth is forecast to slow next year.",
        "The new plant will add 500 jobs.",
        "The data showed a rise in exports.",
        "The ministry intends to publish the rules.",
        "The proposed rules would cut emissions.",
        "Its pledge to cut coal use was welcomed.",
        "Exports to the U.S. said to be falling sharply.",
        "The law requires disclosure. It states that fines apply.",
        "The new rules, announced on Monday, take effect in June.",
        "Traders noted buying by importers. State banks were seen selling.",
    ],
)
def test_not_statements(text):
    """No content, decisions, passives, bare strict cues, generic sources."""
    assert [] == triples(text)


def test_cue_inside_content_is_one_statement():
    """Wang said analysts believe Y is Wang's statement only."""
    text = "Trade Minister Wang Hui said analysts believe the yuan will weaken."
    assert [("Wang Hui", "say", "analysts believe the yuan will weaken")] == triples(
        text
    )


def test_pronouns_and_role_nouns_resolve():
    """he/she/it/the premier/the meeting resolve to the most recent compatible actor."""
    text = (
        "Premier Zhao Ming chaired an executive meeting of the State Council. "
        "The meeting said consumption must grow. The premier stressed that jobs come "
        "first. Health Minister Sofia Reyes attended. Commissioner Piet de Vries "
        "spoke next. She said hospitals would get more funds."
    )
    assert [
        ("executive meeting of the State Council", "say"),
        ("Zhao Ming", "stress"),
        ("Sofia Reyes", "say"),
    ] == [(s.speaker, s.cue) for s in extract(text)]


def test_she_resolves_to_a_person_with_a_female_title():
    """'She' after "Queen X" and "Premier Y" resolves to the queen."""
    text = (
        "Queen Lerato Dube met Premier Li Wei on Tuesday. "
        "She said the new dam must open in May."
    )
    assert ["Lerato Dube"] == [s.speaker for s in extract(text)]


def test_it_prefers_the_previous_speaker():
    """'It' after an organization's statement refers to that organization."""
    text = (
        "According to the Asian Infrastructure Fund, ports need 40 billion dollars. "
        "It estimates that demand will double by 2035."
    )
    assert ["Asian Infrastructure Fund", "Asian Infrastructure Fund"] == [
        s.speaker for s in extract(text)
    ]


def test_committee_without_antecedent_is_the_source():
    """'The Committee' with no earlier committee is the document's source."""
    text = "The Committee judges that risks to employment have risen."
    got = extract(text, source="Monetary Policy Committee")
    assert [("Monetary Policy Committee", "judge")] == [(s.speaker, s.cue) for s in got]


def test_offsets_and_cue_spans():
    """content_span and cue_span slice the text exactly."""
    text = "As markets opened, Governor Rui Lopes said rates would hold."
    for s in extract(text):
        assert s.content == text[s.content_span.start : s.content_span.end]
        assert s.cue_span is not None
        assert "said" == text[s.cue_span.start : s.cue_span.end]


def test_lexicon_size_and_forms():
    """The lexicon has at least 60 cues and inflects regular verbs."""
    assert len({c.base for c in CUES.values()}) >= 60
    assert ("urge", "urges", "urged", "urging") == inflect("urge")
    assert ("deny", "denies", "denied", "denying") == inflect("deny")
    assert ("admit", "admits", "admitted", "admitting") == inflect("admit")
    assert CUES["pointed out"].base == "point out"
    assert CUES["told"].recipient
    assert CUES["added"].strict
    assert "(?:" in cue_pattern()


def test_closing_frame_wins_over_a_cue_inside_it():
    """'X proposed Y, Commission President A von der B announced.' is A's statement."""
    text = (
        "The Commission has proposed rules to cut methane leaks, Commission "
        "President Ana de la Vega announced."
    )
    assert [
        (
            "Ana de la Vega",
            "announce",
            "The Commission has proposed rules to cut methane leaks",
        )
    ] == triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The study, published by the Asian Productivity Institute on Monday, "
                "warned that wages lag output."
            ),
            [("Asian Productivity Institute", "warn", "wages lag output")],
        ),
        (
            "Officials from the water ministry said on Friday reservoirs were full.",
            [("water ministry", "say", "reservoirs were full")],
        ),
        (
            "The airline said in a regulatory filing that it would buy 40 jets.",
            [("airline", "say", "it would buy 40 jets")],
        ),
        (
            (
                "Brazil's Ministry of Finance spokesperson Rita Alves said at a daily "
                "press briefing on Wednesday that taxes would not rise."
            ),
            [("Rita Alves", "say", "taxes would not rise")],
        ),
    ],
)
def test_sources_adjuncts_and_titled_names(text, expected):
    """'released by X', '<noun> ministry', 'in a filing', '<org> spokesperson Name'."""
    assert expected == triples(text)


def test_turn_label_with_a_portfolio():
    """'Minister of Power, Chief Ada Obi:' names the person after the comma."""
    text = "Minister of Mines, Chief Ada Obi: Output rose. We will build roads."
    got = extract(text)
    assert [("Ada Obi", "Output rose. We will build roads.")] == [
        (s.speaker, s.content) for s in got
    ]


def test_listener_with_a_name_and_a_date_outside_the_content():
    """'told State House correspondents' is a listener; a day inside Y is no date."""
    text = (
        '"Tariffs will hold," the minister told State House correspondents. '
        "The minister said the rules take effect on July 1."
    )
    got = extract(text)
    assert [("minister", "tell", "Tariffs will hold"), ("minister", "say")] == [
        (s.speaker, s.cue, s.content)[: 3 if i == 0 else 2] for i, s in enumerate(got)
    ]
    assert [None, None] == [s.date for s in got]


def test_institutional_role_in_the_institutions_own_release():
    """'The Board judges' is the source only when the source is a board.

    In a bank's release the Board is the bank's board, an actor of its own
    (the source's head is "bank", not "board").
    """
    text = "The Board judges that inflation is returning to target."
    got = extract(text, source="Board of Governors of the Reserve Bank of Ruritania")
    assert ["Board of Governors of the Reserve Bank of Ruritania"] == [
        s.speaker for s in got
    ]
    got = extract(text, source="Reserve Bank of Ruritania")
    assert ["Board"] == [s.speaker for s in got]


def test_quotation_in_the_next_paragraph():
    """'X said:' ending a line takes the quotation that opens the next paragraph."""
    text = 'Housing Minister Ola Nwosu said:\n\n"Rents are too high. We will act."'
    got = extract(text)
    assert [("Ola Nwosu", "say", "Rents are too high. We will act")] == [
        (s.speaker, s.cue, s.content) for s in got
    ]
    assert "X-said-quote" == got[0].rule
    assert Mode.DIRECT == got[0].mode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Okoro said, "The tariff cut is overdue."',
            [("Okoro", "say", "The tariff cut is overdue")],
        ),
        (
            '"The levy must go!" insists Okoro.',
            [("Okoro", "insist", "The levy must go!")],
        ),
        (
            '"Growth is solid," according to Governor Ana Silva.',
            [("Ana Silva", "according to", "Growth is solid")],
        ),
        (
            "Lutz, 54, told supporters in Graz that she would run again.",
            [("Lutz", "tell", "she would run again")],
        ),
        (
            "The Fed's Chair Jon Park said Wednesday that rates would hold.",
            [("Jon Park", "say", "rates would hold")],
        ),
        (
            "Peru's Central Reserve Bank said in its monthly report that output grew.",
            [("Central Reserve Bank", "say", "output grew")],
        ),
        (
            '"No seat matters more than our oath," Sen. Ivy Marsh said.',
            [("Ivy Marsh", "say", "No seat matters more than our oath")],
        ),
    ],
)
def test_news_wire_styles(text, expected):
    """Quote punctuation, abbreviated titles, bare weekdays, possessive countries."""
    assert expected == triples(text)


_PIECES = [
    "said",
    "told reporters",
    "according to",
    "adding that",
    "while stressing",
    "he",
    "She",
    "It",
    "the ministry",
    "The Committee",
    "President Ana Ruiz",
    "Xu",
    "Q:",
    "Lin Wei:",
    '"',
    "“",
    "”",
    ",",
    ".",
    ":",
    "\n",
    "\n\n",
    "that",
    "growth rose",
    "U.S.",
    "Dr.",
    "on Monday",
    "(NBS)",
    "'s",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_mix_of_cues_names_and_quotes_gives_exact_spans(pieces):
    """Whatever the input, statements are in order and their spans slice the text."""
    text = " ".join(pieces)
    got = extract(text)
    for s in got:
        # A split quote's content is its parts joined by a space, its span their hull.
        pieces = [(p.start, p.end) for p in s.parts] or [
            (s.content_span.start, s.content_span.end)
        ]
        assert " ".join(text[a:b] for a, b in pieces) == s.content
        assert (pieces[0][0], pieces[-1][1]) == (
            s.content_span.start,
            s.content_span.end,
        )
        assert s.content.strip() == s.content
        assert s.cue_span is not None
    starts = [s.cue_span.start for s in got if s.cue_span is not None]
    assert sorted(starts) == starts


def test_upper_case_transcript_with_portfolio_labels():
    """All-caps labels, a role label, a question with its outlet, a surname, the day."""
    text = (
        "Transcript of the briefing held on Thursday in Accra\n\n"
        "MODERATOR: Good morning.\n\n"
        "MINISTER OF WATER, ENGR. KOFI MENSAH: Supply rose 8 percent.\n\n"
        "QUESTION (Radio Gold): When will prices fall?\n\n"
        "MINISTER: Prices will fall in July.\n\n"
        "ENGR. MENSAH: We have asked suppliers to cut costs."
    )
    got = extract(text)
    assert [
        ("MODERATOR", "Good morning."),
        ("KOFI MENSAH", "Supply rose 8 percent."),
        ("KOFI MENSAH", "Prices will fall in July."),
        ("KOFI MENSAH", "We have asked suppliers to cut costs."),
    ] == [(s.speaker, s.content) for s in got]
    assert {dt.date(2026, 3, 5)} == {s.date for s in got}


def test_title_before_an_appositive_name():
    """'The Environment Secretary, Hana Cole, today announced' and the title later."""
    text = (
        "The Environment Secretary, Hana Cole, today announced a flood fund. "
        "Speaking in Hull, the Environment Secretary said more funds would follow."
    )
    got = extract(text)
    assert [("Hana Cole", "announce"), ("Hana Cole", "say")] == [
        (s.speaker, s.cue) for s in got
    ]
    assert PUBLISHED == got[0].date


def test_according_to_as_an_aside():
    """'Y1, according to X, Y2.' attributes the whole sentence around the aside."""
    text = "Port traffic, according to the Harbour Authority, will double by 2030."
    got = extract(text)
    assert [
        (
            "Harbour Authority",
            "Port traffic, according to the Harbour Authority, will double by 2030",
        )
    ] == [(s.speaker, s.content) for s in got]
    assert "according-to-aside" == got[0].rule


def test_participle_that_is_no_cue_stays_in_the_content():
    """'..., adding 300 jobs' continues the content; '..., adding that' does not."""
    text = "The carmaker announced a new plant in Pune, adding 300 jobs."
    assert [
        ("carmaker", "announce", "a new plant in Pune, adding 300 jobs")
    ] == triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plenum held that reform had entered a critical stage.",
            [("plenum", "hold", "reform had entered a critical stage")],
        ),
        (
            "Retail sales rose 3 percent in June, BNR data showed.",
            [("BNR", "show", "Retail sales rose 3 percent in June")],
        ),
        (
            (
                "Ports will expand, Governor Ana Ruiz said during a tour of Callao on "
                "Monday."
            ),
            [("Ana Ruiz", "say", "Ports will expand")],
        ),
        (
            (
                "Ana Ruiz told a meeting of the regional assembly on Friday that taxes "
                "would fall."
            ),
            [("Ana Ruiz", "tell", "taxes would fall")],
        ),
        (
            (
                "Lia Moreno, head of the trade office, spoke first. Exports grew, the "
                "official said."
            ),
            [("Lia Moreno", "say", "Exports grew")],
        ),
    ],
)
def test_readout_and_bulletin_phrasings(text, expected):
    """'held that', 'X data showed', closing adjuncts, listeners, 'the official'."""
    assert expected == triples(text)


def test_interview_answers_belong_to_the_interviewee():
    """'Q: ... A: ...' turns: each answer is a statement of the person interviewed."""
    text = (
        "Trade Minister Ines Duarte spoke to us on Friday.\n\n"
        "Q: Will tariffs rise?\nA: No. We will keep them stable.\n\n"
        "Q: And exports?\nA: Exports will grow this year."
    )
    got = extract(text)
    assert [
        ("Ines Duarte", "No. We will keep them stable."),
        ("Ines Duarte", "Exports will grow this year."),
    ] == [(s.speaker, s.content) for s in got]


def test_cabinet_despatch_phrasings():
    """'Cabinet noted that Y, and directed ...' stops Y; 'the X Secretary, Mr Y,'."""
    text = (
        "Cabinet noted that rains would be above average, and directed the Ministry "
        "of Agriculture to distribute seed by March 31. The Cabinet Secretary for "
        "Mining, Mr Tom Otieno, told the meeting that exports had doubled."
    )
    assert [
        ("Cabinet", "note", "rains would be above average"),
        ("Tom Otieno", "tell", "exports had doubled"),
    ] == triples(text)
    assert [None, None] == [s.date for s in extract(text)]


def test_spokesperson_of_a_body_and_expressed_hope():
    """'X's spokesperson said' is X's statement; 'expressed hope that'."""
    text = (
        "The European Commission met on Monday. The Commission's spokesperson said "
        "the rules would be published. Premier Ola Berg expressed the hope that "
        "talks would resume."
    )
    assert [
        ("European Commission", "say", "the rules would be published"),
        ("Ola Berg", "express hope", "talks would resume"),
    ] == triples(text)


def test_requests_and_a_bodys_own_meeting():
    """'asked X to Y' is a request; 'ask for' is not; 'the Cabinet's weekly meeting'."""
    text = (
        "Premier Ida Holm chaired the Cabinet's weekly meeting on Monday. The "
        "meeting noted that growth had slowed. Holm urged banks to lend and asked "
        "insurers to cut fees. She will ask for approval next week."
    )
    assert [
        ("Cabinet's weekly meeting", "note", "growth had slowed"),
        ("Ida Holm", "urge", "banks to lend"),
        ("Ida Holm", "ask", "insurers to cut fees"),
    ] == triples(text)


def test_turn_labels_with_the_name_first():
    """'Name, title:' and 'Outlet reporter:' labels; an opening 'Noting that'."""
    text = (
        "Lu Fang, spokesperson of the State Information Office: Good morning.\n\n"
        "Xinhua reporter: What about jobs?\n\n"
        "Lu Fang, spokesperson of the State Information Office: Jobs are stable.\n\n"
        "Noting that exports rose, Premier Wen Tao urged firms to invest."
    )
    got = extract(text)
    assert [
        ("Lu Fang", "say", "Good morning."),
        ("Lu Fang", "say", "Jobs are stable."),
        ("Wen Tao", "note", "exports rose"),
        ("Wen Tao", "urge", "firms to invest"),
    ] == [(s.speaker, s.cue, s.content) for s in got]


def test_a_document_speaks_for_its_issuer():
    """'X delivered the work report' ... 'the report said', 'It called on ...'."""
    text = (
        "Premier Ona Vale delivered the government work report on Thursday. Growth "
        "will be around 5 percent, the report said. It called on provinces to cut "
        "fees. Spending will rise, according to a budget report released by the "
        "Finance Ministry. Debt will be capped, the report said."
    )
    assert [
        "Ona Vale",
        "Ona Vale",
        "Finance Ministry",
        "Ona Vale",
    ] == [s.speaker for s in extract(text)]


def test_block_quotation_without_marks():
    """'Education Secretary, Gina Kemp, said:' and paragraphs of her words."""
    text = (
        "Speaking in Leeds today, Education Secretary, Gina Kemp, said:\n\n"
        "Free meals support children's development.\n\nThe scheme runs to 2027."
    )
    got = extract(text)
    content = "Free meals support children's development. The scheme runs to 2027"
    assert [("Gina Kemp", "say", content)] == [
        (s.speaker, s.cue, s.content) for s in got
    ]
    assert PUBLISHED == got[0].date


def test_colon_quotations_for_strict_cues_and_british_paragraphs():
    """'X commented: "Y"'; a quotation left open goes on in the next paragraph."""
    text = (
        'Trade Secretary Ian Holt commented: "Exports are at a record high."\n\n'
        "Housing Minister Ruth Dale said:\n\n"
        "\u201cRents are too high. We will act.\n\n"
        "\u201cThe first homes will be ready in 2027.\u201d"
    )
    assert [
        ("Ian Holt", "comment", "Exports are at a record high"),
        # EXTRACTION.md: the next paragraph's quotation continues the turn.
        (
            "Ruth Dale",
            "say",
            "Rents are too high. We will act The first homes will be ready in 2027",
        ),
    ] == triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Board judges it's time to act.",
            [("Board", "judge", "it's time to act")],
        ),
        (
            "Governor Ana Ruiz added the fund would open in October.",
            [("Ana Ruiz", "add", "the fund would open in October")],
        ),
        (
            'Governor Ana Ruiz stated, "We cannot be swayed by markets."',
            [("Ana Ruiz", "state", "We cannot be swayed by markets")],
        ),
        ("The ministry will add two lines that are needed in the north.", []),
    ],
)
def test_strict_cues_with_a_bare_clause(text, expected):
    """'judges it's time', 'added the fund would', 'stated, "Y"'; not 'add 2 lines'."""
    assert expected == triples(text, source="Reserve Bank of Ruritania")


def test_said_comma_clause_after_an_opening_participle():
    """'Briefing the media, Minister X said, Y.' and 'He said, Y.' give Y."""
    text = (
        "Briefing the media on the decisions, Information Minister Ashok Rao said, "
        "with the new plan, fires will be contained. He said, the outlay is 900 "
        "crore rupees."
    )
    assert [
        ("Ashok Rao", "say", "with the new plan, fires will be contained"),
        ("Ashok Rao", "say", "the outlay is 900 crore rupees"),
    ] == triples(text)


def test_according_to_a_source_with_an_appositive():
    """'Y, according to an estimate published by X, the statistics office of Z.'"""
    text = (
        "Output rose 0.3% in the first quarter, according to a flash estimate "
        "published by Statistica, the statistical office of the Union."
    )
    assert [
        ("Statistica", "according to", "Output rose 0.3% in the first quarter")
    ] == [(s.speaker, s.cue, s.content) for s in extract(text)]


def test_said_the_title_comma_name():
    """'Y, said the Minister for Roads, Ana Ruiz.' is Ana Ruiz's statement."""
    text = "Bus routes will get 150 million, said the Minister for Roads, Ana Ruiz."
    assert [("Ana Ruiz", "say", "Bus routes will get 150 million")] == triples(text)


def test_outlet_questions_are_skipped_with_their_cues():
    """'Reuters: X announced that ... What is your response?' is a question."""
    text = (
        "Spokesperson Lu Fang: Good afternoon.\n\n"
        "Reuters: The trade office announced on Tuesday that it would raise "
        "tariffs. What is your response?\n\n"
        "Lu Fang: We oppose the tariffs."
    )
    assert ["Good afternoon.", "We oppose the tariffs."] == [
        s.content for s in extract(text)
    ]


def test_answers_stay_with_the_interviewee_when_a_question_names_someone():
    """'Q: Did Minister X agree? A: ...' is still the interviewee's answer."""
    text = (
        "Governor Ama Boateng spoke to us on Friday.\n\n"
        "Q: Did Finance Minister Kofi Mensah agree with the rate cut?\n"
        "A: The decision was ours alone."
    )
    assert [("Ama Boateng", "The decision was ours alone.")] == [
        (s.speaker, s.content) for s in extract(text)
    ]


def test_quoted_as_saying():
    """'Xinhua quoted X as saying that Y' is X's statement."""
    text = "State media quoted Premier Li Wen as saying that the economy was stable."
    assert [("Li Wen", "say", "the economy was stable")] == triples(text)
    assert "quoted-as" == extract(text)[0].rule


@pytest.mark.parametrize(
    "text",
    [
        "Trade Minister Aylin Kaya said exports rose. The İzmir office agreed.",
        (
            "İSTANBUL — The ministry said tariffs would fall. The minister added that "
            "the ministry would act."
        ),
        "Plain text with no wide characters said nothing.",
        "",
    ],
)
def test_the_folded_text_is_never_missing_and_keeps_offsets(text):
    """'İ' lower-cases to two characters; the context's copy stays aligned."""
    ctx = Context.build(
        text, published=PUBLISHED, source=None, sentences=split_sentences(text)
    )
    assert ctx.lower is not None
    assert len(text) == len(ctx.lower) == len(ctx.folded)
    assert all(a.lower()[:1] == b for a, b in zip(text, ctx.lower, strict=True))


def test_a_wide_character_changes_nothing_elsewhere():
    """Appending a sentence with 'İ' leaves every statement and role mention alone."""
    base = (
        "The Ministry of Trade said exports rose 4 percent. "
        "Staff at the ministry welcomed the figures."
    )
    wide = base + " The İzmir office agreed."

    def mentions(text: str) -> dict[str, int]:
        ctx = Context.build(
            text, published=PUBLISHED, source=None, sentences=split_sentences(text)
        )
        reg = ActorRegistry(ctx)
        find_statements(ctx, reg)
        return {a.name: len(a.mentions) for a in reg.to_actors()}

    assert triples(base) == triples(wide)[: len(triples(base))]
    assert mentions(base)["Ministry of Trade"] == mentions(wide)["Ministry of Trade"]
