"""Directives, sixth round: structure that transfers to unseen text (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse
from policydocs._extract._statement_speech import title_speaker

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def test_it_after_a_fronted_clause_stands_for_its_role() -> None:
    """ "Where a distributor …, it shall …": the distributor; a plain "it" is no one."""
    found = directives(
        "Where a distributor finds that a toy is unsafe, it shall notify the maker. "
        "The levy is small and it shall be reviewed each year."
    )
    assert [
        ("distributor", "notify the maker"),
        (None, "it shall be reviewed each year"),
    ] == [(d.addressee, d.action) for d in found]


def test_a_partial_quantifier_makes_cannot_an_ability() -> None:
    """ "Many cannot name a healthy weight" bars no one; "Landlords cannot" bars."""
    found = directives(
        "Many adults cannot name a healthy weight. "
        "Landlords cannot evict tenants without notice."
    )
    assert [(True, "Landlords")] == [(d.negated, d.addressee) for d in found]


def test_there_is_no_requirement_for_x_to_is_a_negated_obligation() -> None:
    """ "There is no requirement for X to" frees X; a waived one asks nothing."""
    found = directives(
        "There is no requirement for landlords to register the deposit. "
        "There is an obligation for importers to keep records. "
        "The rule waived the requirement to file a return."
    )
    assert [(True, "landlords"), (False, "importers")] == [
        (d.negated, d.addressee) for d in found
    ]


def test_some_of_a_group_may_is_a_likelihood() -> None:
    """ "As many of you may know, …" gives no leave; "Firms may apply" does."""
    found = directives(
        "As many of you may know, the fee was cut. Firms may apply for the grant."
    )
    assert [("permission", "Firms")] == [(d.force.value, d.addressee) for d in found]


def test_a_negated_impersonal_copula_frees_whoever_it_names() -> None:
    """ "It is not necessary for firms to …" is a negated obligation ("need not")."""
    found = directives(
        "It is not necessary for lenders to resubmit the form. "
        "It isn't essential that councils publish the list."
    )
    assert [(True, "lenders"), (True, "councils")] == [
        (d.negated, d.addressee) for d in found
    ]


def test_will_of_the_listener_commits_nobody() -> None:
    """ "You will have a defence" forecasts; "you will need to" still obliges."""
    found = directives(
        "If the checks are done, you will have a defence against a fine. "
        "You will need to keep a copy of the passport."
    )
    assert [("obligation", "keep a copy of the passport")] == [
        (d.force.value, d.action) for d in found
    ]


def test_a_list_under_a_colon_read_as_one_sentence_is_one_action() -> None:
    """ "shall check that: (a) …; (b) an authorised agent …": the whole list."""
    found = directives(
        "Distributors shall check that:\n\n(a) the toy bears the mark;\n\n"
        "(b) an authorised agent is named;\n\n(c) the required leaflet is enclosed.\n"
    )
    assert [("Distributors", True)] == [
        (d.addressee, d.action.endswith("the required leaflet is enclosed"))
        for d in found
    ]


def test_a_purpose_infinitive_asks_nothing_and_names_no_object() -> None:
    """ "…, in order to allow them to …": one obligation, its list unbroken."""
    found = directives(
        "Importers shall give the maker, authorised agents and dealers the data, "
        "in order to allow them to trace the toy."
    )
    assert [("obligation", "Importers")] == [
        (d.force.value, d.addressee) for d in found
    ]
    assert found[0].action.startswith("give the maker, authorised agents and dealers")


def test_a_with_phrase_holding_a_participle_is_no_trailing_attribution() -> None:
    """ "…, with a limit added later" stays in the act; "…, he added" ends it."""
    found = directives(
        "The agency will consult on the threshold, with a limit added later. "
        "We will cut the fee, the minister added."
    )
    assert [
        "consult on the threshold, with a limit added later",
        "cut the fee",
    ] == [d.action for d in found]


def test_and_that_after_the_act_is_the_reporters_second_clause() -> None:
    """ "agreed X will V, and that Y": X's act ends; "ensure that A, and that B" not."""
    found = directives(
        "The mayors agreed the councils will share the ferry, and that fares "
        "can fall. Operators must ensure that logs are kept, and that copies are "
        "filed. The ministry will stand by its staff, and that of its agencies."
    )
    assert [
        "share the ferry",
        "ensure that logs are kept, and that copies are filed",
        "stand by its staff, and that of its agencies",
    ] == [d.action for d in found]


def test_a_list_of_gerund_items_after_semicolons_is_one_action() -> None:
    """ "should include A; advancing B; and C": one action; "…; adding that" ends it."""
    found = directives(
        "The plan should include new ferries; extending the night routes; and "
        "cheaper fares."
    )
    assert ["include new ferries; extending the night routes; and cheaper fares"] == [
        d.action for d in found
    ]


def test_a_fronted_subordinate_clause_ends_its_own_action() -> None:
    """ "While X demand an end to it, others move to …": the demand ends there."""
    found = directives(
        "While the farmers continue to demand an end to the ban, the traders "
        "have been moving to new ports and buying more boats."
    )
    assert [("demand", "an end to the ban")] == [
        (d.force.value, d.action) for d in found
    ]


def test_a_speech_titled_with_its_owner_name_is_that_persons() -> None:
    """ "Ana Ortiz's speech at …" is hers; "Home Secretary's speech" names no one."""
    text = (
        "Title: Ana Ortiz’s speech at the Harbour Forum\n"
        "Date: 2025-07-09\nSource: Department for Transport\n\n"
        "Thank you. We should invest in the harbour now.\n"
    )
    assert ["Ana Ortiz"] == [d.issuer for d in parse(text).directives]
    assert None is title_speaker("Home Secretary's speech on stop and search")
    assert None is title_speaker("New Zealand's statement to the council")


def test_an_indefinite_subject_is_anyone_of_its_kind() -> None:
    """ "An agency may not …" after a named agency binds any agency, not that one."""
    found = directives(
        "The Water Agency approved the form. Under the Act, an agency may not "
        "collect data unless the form shows a number. A bank must hold capital.",
        source="Federal Trade Office",
    )
    assert [
        ("agency", "collect data unless the form shows a number"),
        ("bank", "hold capital"),
    ] == [(d.addressee, d.action) for d in found]


def test_a_pair_phrase_issues_as_one_of_the_two_leaders() -> None:
    """ "The two leaders agreed that …" after their call: one of the two issues it."""
    found = directives(
        "Mr Tom Lee spoke with Ms Sara Kim on Monday. "
        "The two leaders agreed that officials must meet in June.",
        source="Office of the Premier",
    )
    assert [("Sara Kim", "officials")] == [(d.issuer, d.addressee) for d in found]
