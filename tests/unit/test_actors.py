"""The actor registry: names, titles, aliases, mentions and coreference."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import policydocs
from policydocs._extract._actors import (
    ActorRegistry,
    is_generic_source,
    is_person_title,
    is_pronoun,
)
from policydocs._extract._context import Context
from policydocs._extract._segment import split_sentences
from policydocs._extract._statements import find_statements
from policydocs._readers import read
from policydocs._vocab import ActorKind

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_809c9f3e5515490f.txt"


def registry(text: str, source: str | None = None) -> ActorRegistry:
    ctx = Context.build(
        text,
        published=dt.date(2026, 3, 6),
        source=source,
        sentences=split_sentences(text),
    )
    return ActorRegistry(ctx)


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def test_seed_lists_xi_once_with_titles_and_every_mention():
    """The seed's Xi Jinping: one actor, three titles, every mention."""
    doc = read(SEED, extract=False)
    ctx = Context.build(
        doc.text,
        published=doc.published,
        source=doc.source,
        sentences=split_sentences(doc.text),
    )
    reg = ActorRegistry(ctx)
    find_statements(ctx, reg)
    xi = [a for a in reg.to_actors() if a.name == "Xi Jinping"]
    assert 1 == len(xi)
    actor = xi[0]
    assert ActorKind.PERSON == actor.kind
    assert (
        "President",
        "general secretary of the Communist Party of China Central Committee",
        "chairman of the Central Military Commission",
    ) == actor.titles
    assert ("Xi",) == actor.aliases
    surfaces = [doc.text[m.start : m.end] for m in actor.mentions]
    assert {"President Xi Jinping", "Xi", "The president", "He", "he", "his"} == set(
        surfaces
    )
    assert 16 == len(surfaces)


def test_title_and_name_of_a_person_never_seen():
    """A name the library has never seen works from its title and position."""
    text = "Agriculture Minister N. Rangi Walker said rain was late."
    reg = registry(text)
    assert "N. Rangi Walker" == reg.mention(
        *at(text, "Agriculture Minister N. Rangi Walker")
    )
    (actor,) = reg.to_actors()
    assert ("Agriculture Minister",) == actor.titles
    assert ActorKind.PERSON == actor.kind


def test_title_with_a_portfolio_block():
    """'Commissioner for Energy and Housing Ida Berg': the name is the last words."""
    text = "Commissioner for Energy and Housing Ida Berg spoke."
    reg = registry(text)
    assert "Ida Berg" == reg.mention(
        *at(text, "Commissioner for Energy and Housing Ida Berg")
    )
    assert ("Commissioner for Energy and Housing",) == reg.to_actors()[0].titles


def test_appositive_titles_and_affiliation():
    """'X, spokesperson of the Y (ACR),' gives a title, affiliation and acronym."""
    text = (
        "Tariq Haddad, spokesperson of the Ministry of Water Resources (MWR), spoke. "
        "The MWR later published data."
    )
    reg = registry(text)
    actors = {a.name: a for a in reg.to_actors()}
    assert ("spokesperson of the Ministry of Water Resources (MWR)",) == actors[
        "Tariq Haddad"
    ].titles
    assert "Ministry of Water Resources" == reg.affiliation("Tariq Haddad")
    assert "Ministry of Water Resources" == reg.resolve(*at(text, "MWR", 1))


def test_surname_alias_either_order():
    """A family name alone refers back to the full name, first or last."""
    text = "Premier Zhao Ming met Chancellor Greta Holm. Zhao spoke first, then Holm."
    reg = registry(text)
    assert "Zhao Ming" == reg.resolve(*at(text, "Zhao", 1))
    assert "Greta Holm" == reg.resolve(*at(text, "Holm", 1))


def test_pronouns_by_gender_and_kind():
    """he/she pick people of that gender, it an organization, they a group."""
    text = (
        "Ms Laila Noor met Mr Ben Ortiz and officials of the Water Board. "
        "Provincial governments were absent. She spoke. He left. It agreed. "
        "They objected."
    )
    reg = registry(text)
    assert "Laila Noor" == reg.resolve(*at(text, "She"))
    assert "Ben Ortiz" == reg.resolve(*at(text, "He"))
    assert "Water Board" == reg.resolve(*at(text, "It"))
    reg.mention(*at(text, "Provincial governments"))
    assert "Provincial governments" == reg.resolve(*at(text, "They"))


def test_role_nouns_resolve_to_titled_people_and_organizations():
    """'the premier', 'the meeting', 'the province' resolve by their head noun."""
    text = (
        "Premier Li Wen chaired a State Council executive meeting on Jiangxi province. "
        "The meeting approved a plan. The premier said the province would benefit."
    )
    reg = registry(text)
    assert "State Council executive meeting" == reg.resolve(*at(text, "The meeting"))
    assert "Li Wen" == reg.resolve(*at(text, "The premier"))
    assert "Jiangxi" == reg.resolve(*at(text, "the province"))


def test_role_noun_without_antecedent_falls_back_to_source():
    """'the Committee' with no earlier committee is the document's source."""
    text = "The Committee decided to hold rates."
    reg = registry(text, source="Monetary Policy Committee")
    assert "Monetary Policy Committee" == reg.resolve(*at(text, "The Committee"))
    assert "Monetary Policy Committee" == reg.author()


@pytest.mark.parametrize(
    ("text", "source", "phrase", "expected"),
    [
        # Central bank role noun in a prime minister's office release.
        (
            "The Board raised the rate. It said inflation had eased.",
            "Office of the Prime Minister",
            "It",
            "Board",
        ),
        # A committee in a ministry's press release is not the ministry.
        (
            "Officials met on Monday. The Committee warned that rents were rising.",
            "Ministry of Housing",
            "The Committee",
            "Committee",
        ),
        # A council in a news outlet's story is not the outlet.
        (
            "The Council approved the budget. It said taxes would not rise.",
            "Daily Wire",
            "It",
            "Council",
        ),
        # The source's own head noun still means the source.
        (
            "The Board kept the rate at 4 percent.",
            "Board of Governors of the Federal Reserve System",
            "The Board",
            "Board of Governors of the Federal Reserve System",
        ),
    ],
)
def test_a_role_noun_is_the_source_only_with_the_sources_own_head(
    text: str, source: str, phrase: str, expected: str
) -> None:
    """'the Board' is the source only when the source's name is headed by 'board'."""
    reg = registry(text, source=source)
    assert expected == reg.mention(*at(text, phrase))


def test_we_inside_a_quotation_is_the_speakers_side():
    """'we' in a statement's content resolves to the speaker's organization."""
    text = (
        "Ana Ruiz, director of the National Energy Agency, said: "
        '"We will publish the rules." We expect a reply.'
    )
    reg = registry(text, source="Daily Wire")
    quote = at(text, "We will publish the rules.")
    reg.note_statement(quote[0], quote[1], "Ana Ruiz")
    assert "National Energy Agency" == reg.resolve(*at(text, "We"))
    # A news outlet has no "we" of its own in its story.
    assert reg.resolve(*at(text, "We", 1)) is None
    reg = registry(text, source="Ministry of Energy")
    reg.note_statement(quote[0], quote[1], "Ana Ruiz")
    assert "Ministry of Energy" == reg.resolve(*at(text, "We", 1))


@pytest.mark.parametrize(
    ("text", "source", "speaker", "expected"),
    [
        # A minister quoted by the prime minister's office speaks for himself.
        (
            '"We will cut the deficit," Finance Minister Tomasz Nowak said.',
            "Office of the Prime Minister",
            "Finance Minister Tomasz Nowak",
            "Tomasz Nowak",
        ),
        # A wire story: the outlet is never the quoted "we".
        (
            '"We must act now," said Farah Khan.',
            "Daily Wire",
            "Farah Khan",
            "Farah Khan",
        ),
        (
            (
                '"We will protect our farmers," Agriculture Minister Rosa Pinto'
                " told the Daily Wire."
            ),
            "Daily Wire",
            "Agriculture Minister Rosa Pinto",
            "Rosa Pinto",
        ),
        # The title names the source: a prime minister for the PM's office.
        (
            '"We will table the bill," Prime Minister Jan Kowal said.',
            "Office of the Prime Minister",
            "Prime Minister Jan Kowal",
            "Office of the Prime Minister",
        ),
        # A ministry's spokesperson: the ministry named before the title.
        (
            '"We oppose the tariffs," Foreign Ministry spokesperson Li Hua said.',
            "Ministry of Foreign Affairs",
            "spokesperson Li Hua",
            "Foreign Ministry",
        ),
        # A bare rank names no other portfolio: the source's own spokesperson.
        (
            '"We will respond firmly," Spokesperson Li Wen said.',
            "Ministry of Trade",
            "Spokesperson Li Wen",
            "Ministry of Trade",
        ),
        # A governor named by the bank's acronym.
        (
            '"We stand ready," said PBOC Governor Wen Bo.',
            "People's Bank of China",
            "Governor Wen Bo",
            "People's Bank of China",
        ),
    ],
)
def test_a_quoted_we_is_not_an_unrelated_source(
    text: str, source: str, speaker: str, expected: str
) -> None:
    """'we' in a quotation: the speaker's body, else the speaker, never an outlet."""
    reg = registry(text, source=source)
    name = reg.mention(*at(text, speaker), kind=ActorKind.PERSON)
    reg.note_statement(1, text.index('"', 1), name)
    assert expected == reg.resolve(*at(text, "We"))
    we = at(text, "We")
    for actor in reg.to_actors():
        if actor.name == "Daily Wire":
            assert all((m.start, m.end) != we for m in actor.mentions)


def test_phrase_before_and_after():
    """The actor phrase ending or starting at an offset, for other stages."""
    text = (
        "The U.S. Department of the Treasury said so, urging city governments to act."
    )
    reg = registry(text)
    start, end = reg.phrase_before(text.index(" said"))
    assert "The U.S. Department of the Treasury" == text[start:end]
    start, end = reg.phrase_after(text.index("city"))
    assert "city governments" == text[start:end]
    assert reg.phrase_after(text.index("so,")) is None


def test_mention_creates_groups_and_places():
    """Addressees named by other stages become actors of the inferred kind."""
    text = "Member states and Zhejiang province must act."
    reg = registry(text)
    assert "Member states" == reg.mention(*at(text, "Member states"))
    assert "Zhejiang" == reg.mention(*at(text, "Zhejiang province"))
    kinds = {a.name: a.kind for a in reg.to_actors()}
    assert ActorKind.GROUP == kinds["Member states"]
    assert ActorKind.PLACE == kinds["Zhejiang"]


def test_small_predicates():
    """Pronoun, title and generic-source checks."""
    assert is_pronoun("They")
    assert not is_pronoun("Theo")
    assert is_person_title("Premier")
    assert not is_person_title("Ministry")
    assert is_generic_source("the data")
    assert is_generic_source("Analysts")
    assert not is_generic_source("the bureau of statistics")
    assert not is_generic_source("Customs statistics")


@given(
    st.lists(
        st.sampled_from(
            [
                "President",
                "Ana",
                "Ruiz",
                "of",
                "the",
                "Ministry",
                "Finance",
                "he",
                "She",
                "it",
                "said",
                ",",
                ".",
                "who",
                "is",
                "also",
                "chairman",
                "(AB)",
                "province",
                "Jiangsu",
                "'s",
                "\n\n",
                "von",
                "der",
                "Dr.",
                "U.S.",
            ]
        ),
        max_size=50,
    )
)
@settings(max_examples=300, deadline=None)
def test_actors_are_well_formed_for_any_input(pieces):
    """Every actor has a name and mentions inside the text, in order, not nested."""
    text = " ".join(pieces)
    reg = registry(text, source="Example Agency")
    for a in reg.to_actors():
        assert a.name.strip() == a.name != ""
        spans = [(m.start, m.end) for m in a.mentions]
        assert sorted(spans) == spans
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2
        assert all(0 <= s < e <= len(text) for s, e in spans)


def test_a_place_before_a_titled_subject_is_no_person():
    """'In Lanzhou, the governor urged' and 'across the Strait, Governor X said'."""
    text = (
        "Trade will grow across the Bosporus Strait, Governor Ana Kaya said. At a "
        "port in Mersin, the governor urged firms to export. The Union Minister "
        "for Ports Shri Ravi Rao spoke. The Minister said fees would fall."
    )
    reg = registry(text)
    find_statements(reg._ctx, reg)
    people = {a.name for a in reg.to_actors() if a.kind is ActorKind.PERSON}
    assert {"Ana Kaya", "Ravi Rao"} == people


def test_unknown_names_from_other_stages():
    """An unknown one-word addressee is a place; two or three words a person."""
    text = "China and Ivan Markov must act."
    reg = registry(text)
    assert "China" == reg.mention(*at(text, "China"))
    assert "Ivan Markov" == reg.mention(*at(text, "Ivan Markov"))
    kinds = {a.name: a.kind for a in reg.to_actors()}
    assert ActorKind.PLACE == kinds["China"]
    assert ActorKind.PERSON == kinds["Ivan Markov"]


def test_a_shared_family_name_goes_to_the_person_named_last():
    """'Wang' after 'Wang Yi' and then 'Wang Lin' is Wang Lin."""
    text = (
        "Foreign Minister Wang Yi met Commerce Minister Wang Lin. Wang Lin spoke "
        "about trade. Wang said exports would grow."
    )
    reg = registry(text)
    assert "Wang Lin" == reg.mention(*at(text, "Wang", 3))


def kinds_and_titles(text: str, source: str | None = None) -> dict[str, tuple]:
    doc = parse_text(text, source)
    return {a.name: (a.kind, a.titles) for a in doc.actors}


def parse_text(text: str, source: str | None):
    header = f"Title: T\nDate: 2026-03-06\nSource: {source}\n\n" if source else ""
    return policydocs.parse(header + text + "\n")


@pytest.mark.parametrize(
    ("text", "name", "kind", "title"),
    [
        # A bare, unknown name labelling transcript turns is a person.
        (
            (
                "Mao Ning: Good afternoon. We oppose the tariffs.\n\n"
                "AFP: Will China retaliate?\n\nMao Ning: Our position is clear."
            ),
            "Mao Ning",
            ActorKind.PERSON,
            None,
        ),
        (
            (
                "Tomas Berg: The budget is balanced.\n\nReporter: And debt?\n\n"
                "Tomas Berg: Debt will fall."
            ),
            "Tomas Berg",
            ActorKind.PERSON,
            None,
        ),
        # "chief executive" is a title, not part of the name.
        (
            "Profits rose 4 percent, said chief executive Jean Dupont.",
            "Jean Dupont",
            ActorKind.PERSON,
            "chief executive",
        ),
        (
            "Managing Director Ana Ruiz said the fund would grow.",
            "Ana Ruiz",
            ActorKind.PERSON,
            "Managing Director",
        ),
        # A plural common noun is a group, whatever the sentence's position.
        (
            "The cabinet met on Monday. Municipalities shall not sell public land.",
            "Municipalities",
            ActorKind.GROUP,
            None,
        ),
        (
            "Developers are encouraged to publish their code.",
            "Developers",
            ActorKind.GROUP,
            None,
        ),
        (
            "Governors must report by June.",
            "Governors",
            ActorKind.GROUP,
            None,
        ),
        # A name with a cue after its appositive participle is a person.
        (
            "Xi, speaking in Beijing, urged firms to invest at home.",
            "Xi",
            ActorKind.PERSON,
            None,
        ),
        # Agencies named by field and place are organizations.
        (
            "Statistics Canada said prices rose 2 percent. It added that rents fell.",
            "Statistics Canada",
            ActorKind.ORGANIZATION,
            None,
        ),
        (
            "Transport Canada said the rules would take effect in May.",
            "Transport Canada",
            ActorKind.ORGANIZATION,
            None,
        ),
        ("Eurostat said inflation eased.", "Eurostat", ActorKind.ORGANIZATION, None),
    ],
)
def test_actor_kinds_and_names(
    text: str, name: str, kind: ActorKind, title: str | None
) -> None:
    """Kinds from position and form: turn labels, titles, plurals, agencies."""
    got = kinds_and_titles(text, "Office of the Prime Minister")
    assert name in got
    assert kind == got[name][0]
    if title is not None:
        assert title in got[name][1]


@pytest.mark.parametrize(
    "text",
    [
        "The Cabinet met on Monday. The meeting said exports must grow.",
        "The Committee met on Tuesday. The meeting noted that rents rose.",
        "The Council held a meeting on Friday. The meeting said taxes must fall.",
    ],
)
def test_a_body_that_met_is_the_meeting(text: str) -> None:
    """'The Cabinet met ... The meeting said' is the Cabinet, not a bare 'meeting'."""
    doc = parse_text(text, "Office of the Prime Minister")
    body = text.split()[1]
    assert [body] == [s.speaker for s in doc.statements]
    assert "meeting" not in {a.name for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A statistics office named by "-stat", then its role noun.
        (
            (
                "Eurostat said euro zone inflation eased to 2.1 percent in May. "
                "Energy prices fell 3 percent over the year, the agency said."
            ),
            "Eurostat",
        ),
        # A bureau is an agency.
        (
            (
                "The Australian Bureau of Statistics reported a rise in retail sales. "
                "The agency said clothing sales rose 2 percent."
            ),
            "Australian Bureau of Statistics",
        ),
        # An administration is an agency too.
        (
            (
                "The U.S. Food and Drug Administration approved the vaccine on Monday. "
                "The agency said side effects were mild."
            ),
            "U.S. Food and Drug Administration",
        ),
        # A statistics institute is "the agency" in a French release.
        (
            (
                "The National Institute of Statistics and Economic Studies published "
                "the figures on Friday. Household spending rose 0.4 percent, the "
                "agency said."
            ),
            "National Institute of Statistics and Economic Studies",
        ),
        # The Federal Reserve is "the central bank".
        (
            (
                "The Federal Reserve held its policy rate steady on Wednesday. "
                "Inflation remains elevated, the central bank said."
            ),
            "Federal Reserve",
        ),
        # An authority is "the regulator".
        (
            (
                "The Financial Conduct Authority fined two lenders on Monday. "
                "The regulator said both had overcharged borrowers."
            ),
            "Financial Conduct Authority",
        ),
    ],
)
def test_a_role_noun_takes_a_body_of_a_compatible_head(
    text: str, expected: str
) -> None:
    """'the agency' after a bureau, 'the central bank' after the Federal Reserve."""
    doc = parse_text(text, "Daily Wire")
    assert {expected} == {s.speaker for s in doc.statements}
    names = {a.name for a in doc.actors}
    assert not names & {"agency", "central bank", "regulator"}


def test_a_role_noun_fits_only_compatible_heads() -> None:
    """'the ministry' is no bureau, 'the country' no province."""
    text = (
        "Director Ana Silva said the Bureau of Mines had opened a branch in "
        "Cusco province. The ministry said the agency and the country would gain."
    )
    reg = registry(text)
    assert "Bureau of Mines" == reg.resolve(*at(text, "the agency"))
    assert reg.resolve(*at(text, "The ministry")) is None
    assert reg.resolve(*at(text, "the country")) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Kenya's Ministry of Finance published the draft budget on Tuesday. "
                "Spending on roads will rise by 8 percent, according to a ministry "
                "statement."
            ),
            "Ministry of Finance",
        ),
        (
            (
                "The Bank of Ghana raised its policy rate to 29 percent. Inflation "
                "will peak in June, according to a central bank report."
            ),
            "Bank of Ghana",
        ),
    ],
)
def test_an_indefinite_role_noun_names_the_body_before(
    text: str, expected: str
) -> None:
    """'according to a ministry statement' is the ministry the text named."""
    doc = parse_text(text, "Daily Wire")
    assert [expected] == [s.speaker for s in doc.statements]
    assert not {a.name for a in doc.actors} & {"ministry", "central bank"}


def test_an_indefinite_role_noun_leaves_later_role_nouns_alone() -> None:
    """'a ministry' resolved once does not become 'the ministry' of later text."""
    text = (
        "The Ministry of Health of Peru issued new rules. A ministry official "
        "said clinics were ready, according to a ministry note. The ministry "
        "will open ten clinics."
    )
    reg = registry(text)
    assert "Ministry of Health of Peru" == reg.mention(*at(text, "a ministry"))
    assert "Ministry of Health of Peru" == reg.mention(*at(text, "The ministry"))
    reg = registry("Prices rose, according to a ministry note.")
    assert "ministry" == reg.mention(
        *at("Prices rose, according to a ministry note.", "a ministry")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Reserve Bank of India kept the repo rate at 6.5 percent. "
                "The central bank said food prices were easing."
            ),
            "Reserve Bank of India",
        ),
        (
            (
                "Officials from the Ministry of Industry and Trade met on Monday. "
                "The ministry said exports rose in May."
            ),
            "Ministry of Industry and Trade",
        ),
        (
            (
                "Analysts at the Bank of Indonesia cut forecasts. "
                "The bank said the rupiah was stable."
            ),
            "Bank of Indonesia",
        ),
    ],
)
def test_a_name_after_of_may_start_like_a_sentence_word(
    text: str, expected: str
) -> None:
    """'of India' is no 'of In...': only the word 'In' itself ends a name."""
    doc = parse_text(text, "Daily Wire")
    assert {expected} == {s.speaker for s in doc.statements}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                'Labour Minister Ana Pop said: "We will raise the minimum wage." '
                "The Ministry of Labour published the decree on Monday."
            ),
            "Ministry of Labour",
        ),
        (
            (
                "The Ministry for Trade published tariffs. Minister for Trade "
                'Jon Hale said: "We will cut duties on grain."'
            ),
            "Ministry for Trade",
        ),
    ],
)
def test_a_portfolio_title_ties_a_minister_to_the_ministry_named(
    text: str, expected: str
) -> None:
    """A minister's quoted 'we' is the ministry the text names, before or after."""
    doc = parse_text(text, "Daily Wire")
    assert [expected] == [d.addressee for d in doc.directives]


def test_a_portfolio_title_names_no_ministry_the_text_does_not_name() -> None:
    """'Finance Minister X' with no finance ministry in the text has no affiliation."""
    text = "Finance Minister Tomasz Nowak said the deficit would narrow."
    reg = registry(text)
    assert reg.affiliation("Tomasz Nowak") is None
    assert "Ministry of Finance" not in {a.name for a in reg.to_actors()}


def test_a_body_after_a_titled_name_is_mentioned() -> None:
    """'Governor X of the Central Bank of Kenya' mentions the bank: 'The bank' is it."""
    text = (
        "Governor Amina Otieno of the Central Bank of Kenya said rates would "
        "hold. The bank added that inflation eased."
    )
    doc = parse_text(text, "Daily Wire")
    assert ["Amina Otieno", "Central Bank of Kenya"] == [
        s.speaker for s in doc.statements
    ]
    reg = registry(text)
    assert "Central Bank of Kenya" == reg.affiliation("Amina Otieno")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "The Ministry of Mines said on Friday it will close two pits.",
            "on Friday it",
            "Ministry of Mines",
        ),
        (
            "Premier Ana Vidal said yesterday she will visit the port.",
            "yesterday she",
            "Ana Vidal",
        ),
    ],
)
def test_a_pronoun_ending_a_phrase_is_the_actor(
    text: str, phrase: str, expected: str
) -> None:
    """'said on Friday it will ...': the day is an adjunct, 'it' the actor."""
    reg = registry(text)
    assert expected == reg.mention(*at(text, phrase))
    assert phrase not in {a.name for a in reg.to_actors()}
    doc = parse_text(text, "Daily Wire")
    assert [expected] == [d.addressee for d in doc.directives]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Ministry of Mines closed two pits. Separately, Kestrel Mining "
                "said yesterday it will hire 300 workers."
            ),
            "Kestrel Mining",
        ),
        (
            (
                "The Treasury set the rules. Harbor Pharmaceuticals said it would "
                "build a plant in Ohio."
            ),
            "Harbor Pharmaceuticals",
        ),
    ],
)
def test_a_company_name_is_an_organization_that_it_finds(
    text: str, expected: str
) -> None:
    """A name ending like a company ('Mining', 'Pharmaceuticals') is what 'it' is."""
    doc = parse_text(text, "Daily Wire")
    assert [expected] == [d.addressee for d in doc.directives]
    kinds = {a.name: a.kind for a in doc.actors}
    assert ActorKind.ORGANIZATION == kinds[expected]


def test_a_lower_case_body_in_a_title_is_the_department_after() -> None:
    """'director of the provincial department of agriculture' is 'the department'."""
    text = (
        "Exports from Sichuan rose 5 percent. Li Na, director of the provincial "
        "department of agriculture, said harvests grew, adding that the "
        "department will subsidize seed."
    )
    doc = parse_text(text, "Daily Wire")
    assert ["provincial department of agriculture"] == [
        d.addressee for d in doc.directives
    ]
    assert "department" not in {a.name for a in doc.actors}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Maria Sousa, an economist at the central bank, said inflation "
                "would ease. The bank will publish its forecast in June."
            ),
            "central bank",
        ),
        (
            (
                "The Bank of Mozambique raised rates. Maria Sousa, an economist at "
                "the bank, said inflation would ease."
            ),
            "Bank of Mozambique",
        ),
    ],
)
def test_a_role_noun_in_a_title_is_the_persons_body(text: str, expected: str) -> None:
    """'an economist at the bank' is of the bank named before, or a bank of its own."""
    reg = registry(text)
    assert expected == reg.affiliation("Maria Sousa")


@pytest.mark.parametrize(
    ("source", "text", "expected"),
    [
        (
            "Transport Canada",
            "The funding will train 400 operators, the department said.",
            "Transport Canada",
        ),
        (
            "Statistics Norway",
            "Retail sales rose 1.2 percent in April, the agency said.",
            "Statistics Norway",
        ),
        (
            "Shared Services Canada",
            "Outages fell by half in 2025, the department said.",
            "Shared Services Canada",
        ),
        # An outlet named with a field word is no agency.
        (
            "Energy News Daily",
            "Retail sales rose 1.2 percent in April, the agency said.",
            "agency",
        ),
    ],
)
def test_a_field_and_place_source_is_the_agency_of_its_release(
    source: str, text: str, expected: str
) -> None:
    """'the department said' in Transport Canada's release is Transport Canada."""
    doc = parse_text(text, source)
    assert [expected] == [s.speaker for s in doc.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "South Africa will cut import tariffs on grain from July. The "
                "country will also lower fuel levies, the treasury said."
            ),
            ["South Africa", "South Africa"],
        ),
        (
            (
                "South Korea will introduce written contracts for riders, the "
                "Ministry of Labor said. Minister Park Jae-won said the country "
                "would review the rules in 2027."
            ),
            ["South Korea", "South Korea"],
        ),
    ],
)
def test_a_country_named_with_a_compass_word_is_the_country(
    text: str, expected: list[str]
) -> None:
    """'South Africa' is a place, so 'the country' later is South Africa."""
    doc = parse_text(text, "Daily Wire")
    assert expected == [d.addressee for d in doc.directives]
    kinds = {a.name: a.kind for a in doc.actors}
    assert (
        ActorKind.PLACE == kinds["South Africa" if "Africa" in text else "South Korea"]
    )
    assert "country" not in kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Governor of the Central Bank of Kenya Amina Otieno said rates "
                "would hold. The bank added that inflation eased."
            ),
            ["Amina Otieno", "Central Bank of Kenya"],
        ),
        (
            (
                "Director of the National Bureau of Statistics Kang Yi said output "
                "rose. The bureau said prices fell."
            ),
            ["Kang Yi", "National Bureau of Statistics"],
        ),
        # A title with its body and no name stays what it was.
        (
            "The Minister of Foreign Affairs said talks would resume.",
            ["Minister of Foreign Affairs"],
        ),
    ],
)
def test_a_leading_title_with_its_body_then_a_name_is_a_person(
    text: str, expected: list[str]
) -> None:
    """'Governor of the Central Bank of Kenya Amina Otieno' is Amina Otieno."""
    doc = parse_text(text, "Daily Wire")
    assert expected == [s.speaker for s in doc.statements]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The Ministry of Health of Chile reported 300 new cases. Hospitals "
                "have enough beds, the health ministry said."
            ),
            ["Ministry of Health of Chile"],
        ),
        (
            (
                "The Department of Labor published new rules on Monday. Overtime "
                "pay will rise, the labor department said."
            ),
            ["Department of Labor"],
        ),
        (
            (
                "Statistics Korea said exports rose. Imports fell 2 percent, the "
                "statistics agency said."
            ),
            ["Statistics Korea", "Statistics Korea"],
        ),
        # A ministry of another field is not "the health ministry".
        (
            (
                "The Ministry of Finance published the budget. The health ministry "
                "said spending would rise."
            ),
            ["health ministry"],
        ),
    ],
)
def test_a_body_described_by_its_field_is_the_body_named(
    text: str, expected: list[str]
) -> None:
    """'the health ministry' after the Ministry of Health is that ministry."""
    doc = parse_text(text, "Daily Wire")
    assert expected == [s.speaker for s in doc.statements]


def test_a_pair_phrase_names_one_of_the_two_parties_and_they_follows_it():
    """'The two leaders' after a call of two people is one of them; so is 'they'."""
    text = (
        "Prime Minister Ana Ruiz spoke with Chancellor Olaf Brandt on Monday. "
        "The two leaders agreed that trade talks should resume. "
        "They agreed officials must meet in June."
    )
    reg = registry(text)
    assert "Olaf Brandt" == reg.mention(*at(text, "The two leaders"))
    assert "Olaf Brandt" == reg.resolve(*at(text, "They"))
    assert "The two leaders" not in {a for x in reg.to_actors() for a in x.aliases}
    doc = policydocs.parse(text)
    assert ["Olaf Brandt", "Olaf Brandt"] == [s.speaker for s in doc.statements]


def test_a_pair_phrase_needs_two_parties_of_its_kind():
    """'Both presidents' needs two presidents; 'the leaders' of one are a group."""
    text = "President Mara Oduya visited the plant. The leaders agreed to invest."
    assert "leaders" == registry(text).mention(*at(text, "The leaders"))
    text = "President Mara Oduya received Governor Tim Hale. Both presidents spoke."
    got = registry(text).mention(*at(text, "Both presidents"))
    assert got not in {"Mara Oduya", "Tim Hale"}
    text = "Mr Tom Lee met Ms Sara Kim. The leaders agreed to meet again."
    assert "Sara Kim" == registry(text).mention(*at(text, "The leaders"))
