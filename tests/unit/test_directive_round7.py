"""Directives, seventh round: addressees on text nobody tuned on (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def test_a_fronted_time_adverbial_without_a_comma_is_no_part_of_the_addressee() -> None:
    """ "In the coming weeks Treasury will", "Later this year the council will"."""
    found = directives(
        "In the coming weeks Treasury will publish the auction calendar. "
        "Later this year the harbour council will review its tariffs. "
        "Next month Ofwat will consult on the charges."
    )
    assert ["Treasury", "harbour council", "Ofwat"] == [d.addressee for d in found]


def test_a_subject_that_opens_with_this_is_no_fronted_adverbial() -> None:
    """ "This plan would let the council …" keeps no adverbial reading of "This"."""
    found = directives(
        "This plan would enhance the ability of both Water Boards to pay "
        "currently promised pensions."
    )
    assert () == found


def test_a_list_item_marker_is_no_part_of_the_addressee() -> None:
    """ "- This means lenders should …" and "• Insurers should …": no marker."""
    found = directives(
        "The rules are clear.\n\n"
        "- This means regional lenders should publish their loans.\n\n"
        "• Insurers should report every claim."
    )
    assert ["regional lenders", "Insurers"] == [d.addressee for d in found]


def test_a_name_after_lower_case_words_is_its_own_actor() -> None:
    """ "As part of HERA reform Treasury is …" names Treasury, not the whole run."""
    doc = parse(
        "As part of HERA reform Treasury is merging two websites. "
        "Treasury will publish the plan in May.",
        published=DAY,
    )
    assert ["Treasury"] == [d.addressee for d in doc.directives]
    assert "HERA reform Treasury" not in [a.name for a in doc.actors]


def test_they_takes_up_a_group_or_joined_actors_named_before() -> None:
    """ "The two ministers met. They will …" and "A and B spoke. They will …" commit."""
    found = directives(
        "The two trade ministers met in Quito. They will discuss the fishing quota. "
        "Ferry operators met the regulator. They will publish their fares."
    )
    assert [
        ("two trade ministers", "discuss the fishing quota"),
        ("Ferry operators", "publish their fares"),
    ] == [(d.addressee, d.action) for d in found]


def test_they_after_a_plural_name_or_past_a_nearer_noun_is_left_to_the_registry() -> (
    None
):
    """ "Growth Zones are …, and they will help" predicts: the zones are no actors."""
    found = directives(
        "Thanks to the reform, companies are investing more. "
        "I note that Growth Zones are central, and they will help more towns grow."
    )
    assert () == found


def test_a_conditioned_you_is_an_unnamed_audience() -> None:
    """ "If you sail at night, you must …" names no one; "You should ask X" keeps it."""
    found = directives(
        "If you sail at night, you must carry a lamp. "
        "You should ask your lender for the terms."
    )
    assert [(None, "carry a lamp"), ("you", "ask your lender for the terms")] == [
        (d.addressee, d.action) for d in found
    ]


def test_a_which_clause_with_its_own_verb_narrows_the_addressee() -> None:
    """ "Firms which own ships must" binds the firms; "rules which banks follow"."""
    found = directives(
        "Firms which own ships must register them. "
        "All carriers which fly to Lima will have to report delays. "
        "These are the rules which lenders must follow."
    )
    assert ["Firms", "All carriers which fly to Lima", "lenders"] == [
        d.addressee for d in found
    ]


def test_who_urges_issues_past_an_auxiliary_or_an_adverb_aside() -> None:
    """ "The unions have urged X", "Y has, therefore, asked X": the asker issues."""
    found = parse(
        "Title: Remarks by Minister Ana Ortiz at the Port Summit\n"
        "Source: Ministry of Transport\n\n"
        "The dock unions have urged the government to cut fees. "
        "The harbour board has, therefore, asked the ministry to close the pier. "
        "The port workers joined in calling for a review.",
        published=DAY,
    ).directives
    assert ["dock unions", "harbour board", "port workers"] == [d.issuer for d in found]


def test_a_speech_title_names_its_speaker_before_a_verb_or_a_possessive() -> None:
    """ "Minister Ana Ortiz Delivers Remarks", "Chancellor Ana Ortiz's X speech"."""
    for title in (
        "Deputy Minister Ana Ortiz Delivers Remarks at the Port Summit",
        "Chancellor Ana Ortiz's Mansion House speech",
    ):
        found = parse(
            f"Title: {title}\nSource: Ministry of Transport\n\nWe must cut fees.",
            published=DAY,
        ).directives
        assert ["Ana Ortiz"] == [d.issuer for d in found]


def test_a_country_opening_a_sentence_or_after_the_commits() -> None:
    """ "Norway will fund X" and "…, the UK will X" commit; "the UK economy" not."""
    found = directives(
        "Norway will fund two new lifeboats. "
        "As part of the deal, the UK will open a consulate in Quito. "
        "The UK economy will grow next year."
    )
    assert [
        ("Norway", "fund two new lifeboats"),
        ("UK", "open a consulate in Quito"),
    ] == [(d.addressee, d.action) for d in found]


def test_a_name_in_apposition_to_a_role_is_the_addressee() -> None:
    """ "The head of the port board, Ana Ortiz, will visit Lima": Ana Ortiz acts."""
    found = directives(
        "The head of the port board, Ana Ortiz, will visit Lima next week. "
        "In Lima, Peru, the minister will open a port."
    )
    assert ["Ana Ortiz", "minister"] == [d.addressee for d in found]


def test_a_partitive_subject_names_its_group_and_none_denies() -> None:
    """ "Each of the pilots must", "None of the lenders may" (negated obligation)."""
    found = directives(
        "Each of the harbour pilots must renew the licence. "
        "None of the lenders may charge a fee. "
        "Neither party may disclose the terms."
    )
    assert [
        ("obligation", False, "harbour pilots"),
        ("obligation", True, "lenders"),
        ("obligation", True, "Neither party"),
    ] == [(d.force.value, d.negated, d.addressee) for d in found]


def test_a_participle_after_the_head_ends_the_addressee() -> None:
    """ "Firms based in Lima must" binds the firms; "spent by June" names no agent."""
    found = directives(
        "Firms based in Quito must register. "
        "The grants must be spent by June. "
        "The plan must be approved by the harbour board."
    )
    assert ["Firms", None, "harbour board"] == [d.addressee for d in found]


def test_a_second_will_after_and_then_has_its_own_subject() -> None:
    """ "X will A and then the minister will B": two commitments, two addressees."""
    found = directives(
        "The mayor will open the session and then the port director will "
        "speak to the crews. The board will cut fees and Ofwat will review them."
    )
    assert [
        ("mayor", "open the session"),
        ("port director", "speak to the crews"),
        ("board", "cut fees"),
        ("Ofwat", "review them"),
    ] == [(d.addressee, d.action) for d in found]


def test_a_counted_group_is_the_subject_of_its_commitment() -> None:
    """ "More than 40 countries have committed to", "A number of councils will"."""
    found = directives(
        "More than 40 countries have committed to sharing the data. "
        "A number of councils will publish their plans."
    )
    assert [
        ("More than 40 countries", "sharing the data"),
        ("number of councils", "publish their plans"),
    ] == [(d.addressee, d.action) for d in found]


def test_he_opening_a_sentence_takes_up_the_topic_before_the_object() -> None:
    """ "Secretary X will introduce President Y. He'll …": X; "She will …": Y."""
    found = directives(
        "So, per the advisory, Secretary Tom Kessler will introduce President "
        "Ana Ortiz. He'll make brief remarks. She will then speak to the cadets."
    )
    assert ["Tom Kessler", "Tom Kessler", "Ana Ortiz"] == [d.addressee for d in found]


def test_a_surname_that_ends_like_a_role_noun_still_names_a_person() -> None:
    """ "Secretary Ana Kessler will visit Lima": a person commits, not a role."""
    found = directives("Secretary Ana Kessler will visit Lima next week.")
    assert ["Ana Kessler"] == [d.addressee for d in found]


def test_an_office_title_alone_commits_its_holder() -> None:
    """ "The Treasurer will …", "The Commissioner will …": offices from the titles."""
    found = directives(
        "The Treasurer will publish the accounts. The Commissioner will visit the port."
    )
    assert ["Treasurer", "Commissioner"] == [d.addressee for d in found]


def test_a_passive_promise_with_its_agent_named_commits_the_agent() -> None:
    """ "Details will be announced by the port board next week": the board commits."""
    found = directives(
        "Details of the grants will be announced by the port board next week. "
        "Prices will be set by the market. The fees will be cut by June."
    )
    assert [
        ("commitment", "port board", "Details of the grants will be announced by")
    ] == [(d.force.value, d.addressee, d.action[:42]) for d in found]
