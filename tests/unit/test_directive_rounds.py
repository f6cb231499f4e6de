"""Directives on real texts, fourth round, second pass (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 3, 5)


def directives(text: str) -> tuple[Directive, ...]:
    return parse(text, published=DAY).directives


def test_poll_share_saying_they_would_is_an_answer_not_a_pledge() -> None:
    """ "61 per cent said they would …": a survey answer, no commitment."""
    text = (
        "In the survey, 61 per cent said they would visit a clinic if they felt ill. "
        "Half of respondents said they would switch banks."
    )
    assert () == directives(text)


def test_body_saying_it_would_still_commits() -> None:
    """ "The council said it would …": a reported pledge of the council."""
    found = directives("The council said it would repave the square by June.")
    assert [("commitment", "repave the square by June")] == [
        (d.force.value, d.action) for d in found
    ]


def test_subject_before_a_long_opening_who_clause() -> None:
    """ "Makers who believe that a toy, which they sold, is unsafe shall …": makers."""
    found = directives(
        "Makers who believe that a toy, which they have sold, is unsafe "
        "shall withdraw it at once."
    )
    assert [("Makers", "withdraw it at once")] == [
        (d.addressee, d.action) for d in found
    ]


def test_opening_who_clause_with_a_parenthesis_keeps_the_whole_passive() -> None:
    """ "Any person who sells (…), or who wishes to sell, X must be …": one clause."""
    found = directives(
        "Any person who sells (imports, grows or stores), or who wishes to sell, "
        "hemp seed must be registered with the board."
    )
    assert 1 == len(found)
    assert found[0].action.startswith("Any person who sells")


def test_actor_after_the_who_clause_keeps_its_own_modal() -> None:
    """ "Firms who import seed are exempt, but dealers must …": the dealers."""
    found = directives(
        "Firms who import seed are exempt, but dealers must keep records."
    )
    assert ["dealers"] == [d.addressee for d in found]


def test_quantified_addressee_keeps_the_clause_that_narrows_it() -> None:
    """ "Every dealer who imports seed must …": not every dealer is bound."""
    found = directives(
        "Every dealer who imports seed must keep a ledger. "
        "Each operator that handles waste shall, by law, file a report. "
        "All provinces must act."
    )
    assert [
        "Every dealer who imports seed",
        "Each operator that handles waste",
        "All provinces",
    ] == [d.addressee for d in found]


def test_prediction_inside_a_listed_relative_clause_does_not_end_the_act() -> None:
    """ "in which such offer, solicitation or sale would be …" stays in the act."""
    found = directives(
        "This notice is not an offer to sell the bonds, nor shall there be any "
        "sale of the bonds in any state in which such offer, solicitation or sale "
        "would be unlawful before registration."
    )
    assert 1 == len(found)
    assert found[0].action.endswith("would be unlawful before registration")
    assert (True, "obligation") == (found[0].negated, found[0].force.value)


def test_and_an_actor_with_its_own_modal_opens_a_clause() -> None:
    """ "X shall file it and the inspector shall keep …": two acts, two actors."""
    found = directives(
        "The applicant shall cause a plan to be drawn and the inspector shall "
        "keep a copy of it."
    )
    assert [
        ("applicant", "cause a plan to be drawn"),
        ("inspector", "keep a copy of it"),
    ] == [(d.addressee, d.action) for d in found]


def test_office_name_with_a_listed_portfolio_stays_whole() -> None:
    """ "The Chief Counsel of the Bureau of Mines, Oil and Gas, shall …": all of it."""
    found = directives(
        "The Chief Counsel of the Bureau of Mines, Oil and Gas, shall approve "
        "the settlement."
    )
    assert ["Chief Counsel of the Bureau of Mines, Oil and Gas"] == [
        d.addressee for d in found
    ]


def test_bullets_under_a_heading_ending_in_to_ask_nothing_themselves() -> None:
    """ "… the power to:" then "- Require lenders to …": infinitives of the heading."""
    text = (
        "The bill would give the agency the power to:\n\n"
        "- Require lenders to record each loan.\n"
        "- Require brokers to report their trades.\n\n"
        "Separately, the agency urged lenders to publish their fees."
    )
    assert [("lenders", "publish their fees")] == [
        (d.addressee, d.action) for d in directives(text)
    ]


def test_commit_with_an_object_commits_the_object() -> None:
    """ "The accord commits the provinces to cut …": the provinces' commitment."""
    found = directives("The accord commits the provinces to cut their emissions.")
    assert [("commitment", "provinces", "cut their emissions")] == [
        (d.force.value, d.addressee, d.action) for d in found
    ]


def test_committed_as_a_plain_verb_is_no_trigger() -> None:
    """ "He committed crimes", "funds committed to the project": nothing asked."""
    assert () == directives(
        "He committed crimes. The funds committed to the project were spent."
    )


def test_need_with_both_before_its_to_is_still_the_need_to() -> None:
    """ "the need both to protect A and to avoid B": one obligation, both acts."""
    found = directives(
        "The council stressed the need both to protect tenants and to avoid "
        "new costs for landlords."
    )
    assert [("obligation", "protect tenants and to avoid new costs for landlords")] == [
        (d.force.value, d.action) for d in found
    ]


def test_need_to_in_an_object_relative_clause_says_what_for() -> None:
    """ "the roads that farmers need to reach markets": a purpose, no obligation."""
    found = directives(
        "The ministry will build the roads that farmers need to reach markets."
    )
    assert [("will", "build the roads that farmers need to reach markets")] == [
        (d.trigger, d.action) for d in found
    ]


def test_need_to_after_a_content_noun_still_asks() -> None:
    """ "the view that banks need to lend more": the need is asserted."""
    found = directives("He restated the view that banks need to lend more.")
    assert [("banks", "lend more")] == [(d.addressee, d.action) for d in found]


def test_thing_required_in_order_to_is_an_obligation_of_the_whole_clause() -> None:
    """ "A licence … is required in order to export seed": the whole clause."""
    found = directives(
        "A licence issued under section 4 is required in order to export seed."
    )
    assert [
        (None, "A licence issued under section 4 is required in order to export seed")
    ] == [(d.addressee, d.action) for d in found]


def test_actor_required_to_still_names_the_actor() -> None:
    """ "Operators are required to keep logs": the operators, the act after "to"."""
    found = directives("Operators are required to keep logs.")
    assert [("Operators", "keep logs")] == [(d.addressee, d.action) for d in found]


def test_a_thing_will_be_done_is_still_a_forecast() -> None:
    """ "The summit will be held in May": a scheduled passive, no commitment."""
    assert () == directives("The summit will be held in May.")


def test_pursuant_ends_the_head_of_a_subject() -> None:
    """ "A fee assessed pursuant to section 9 is required to …": no actor "pursuant"."""
    found = directives(
        "A fee assessed pursuant to section 9 is required in order to renew a permit."
    )
    assert [(None, "required-thing")] == [(d.addressee, d.rule) for d in found]


def test_subjectless_fronted_clause_without_a_comma_is_skipped() -> None:
    """ "If approved by him the warden shall …": the warden, not the participle."""
    found = directives(
        "If approved by him the chief inspector shall return the forms. "
        "When so requested the auditor shall produce the ledger."
    )
    assert ["chief inspector", "auditor"] == [d.addressee for d in found]


def test_office_may_include_is_leave_a_thing_may_include_is_not() -> None:
    """ "The Director may include …": leave; "The list may include …": likelihood."""
    found = directives(
        "The Director may include other costs in the fee. "
        "The list may include other items."
    )
    assert [("permission", "Director")] == [(d.force.value, d.addressee) for d in found]


def test_modal_after_a_relative_clause_with_its_own_subject_shares_the_main_one() -> (
    None
):
    """ "… at the office where the fees are paid and shall remain …": two directives."""
    found = directives(
        "The fees shall be held at the office where the fees are paid and shall "
        "remain there until spent."
    )
    assert ["shall", "shall"] == [d.trigger for d in found]
    assert "remain there until spent" == found[1].action


def test_passive_of_a_status_binds_its_person_subject() -> None:
    """ "Any person who sells seed must be registered": the person obtains it."""
    found = directives(
        "Any person who sells seed must be registered with the board. "
        "Applicants shall be notified within ten days. "
        "Brokers shall be licensed by the state."
    )
    assert ["Any person who sells seed", None, "state"] == [d.addressee for d in found]


def test_to_before_an_adjective_is_no_infinitive_of_a_request() -> None:
    """ "support the goals and prevent threats to regional security": no "to V"."""
    assert () == directives(
        "The treaty will support the Paris Goals and prevent new threats to "
        "regional security."
    )
