"""Directives on real texts, fifth round: classes that transfer (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse

DAY = dt.date(2026, 11, 2)


def directives(text: str) -> tuple[Directive, ...]:
    return parse(text, published=DAY).directives


def test_impersonal_trigger_in_every_tense_and_contraction() -> None:
    """ "It's vital", "it will be essential for", "it remains imperative" all ask."""
    found = directives(
        "It's vital that harbour boards publish their tide tables. "
        "It will be essential for lenders to report their exposures. "
        "It remains imperative that steel producers cut their emissions. "
        "It is also critical that ferry operators keep spare vessels."
    )
    assert [
        ("obligation", "harbour boards", "publish their tide tables"),
        ("obligation", "lenders", "report their exposures"),
        ("obligation", "steel producers", "cut their emissions"),
        ("obligation", "ferry operators", "keep spare vessels"),
    ] == [(d.force.value, d.addressee, d.action) for d in found]


def test_it_is_important_that_recommends() -> None:
    """ "It is important that X act" recommends; "it is urgent that" obliges."""
    found = directives(
        "It is important that hospital trusts publish waiting times. "
        "It is urgent that the parties return to the table."
    )
    assert [("recommendation", "hospital trusts"), ("obligation", "parties")] == [
        (d.force.value, d.addressee) for d in found
    ]


def test_impersonal_clause_without_that() -> None:
    """ "It's essential the two boards work together": the boards are asked."""
    found = directives("It’s essential the two boards work together on the bypass.")
    assert [("two boards", "work together on the bypass")] == [
        (d.addressee, d.action) for d in found
    ]


def test_impersonal_adjective_before_a_noun_asks_nothing() -> None:
    """ "It is critical infrastructure": an adjective of a noun, no clause."""
    assert () == directives("It is critical infrastructure for the whole valley.")


def test_impersonal_frame_of_a_remark_asks_nothing() -> None:
    """ "It's important to understand / stress that …" frames a remark."""
    assert () == directives(
        "It's important to understand that the survey is small. "
        "It is vital to stress that the figures are provisional."
    )


def test_purpose_clause_after_a_comma_stays_in_the_act() -> None:
    """ "…, so that councils can plan ahead" is the purpose of the act asked."""
    found = directives(
        "The agency will publish the flood maps, so that councils can plan ahead."
    )
    assert ["publish the flood maps, so that councils can plan ahead"] == [
        d.action for d in found
    ]


def test_possessor_before_an_actor_noun_is_its_determiner() -> None:
    """ "the city's two councils" is the addressee, not "the city"."""
    found = directives(
        "It is vital that the partners and the city's two councils agree a budget."
    )
    assert [("partners and the city's two councils", "agree a budget")] == [
        (d.addressee, d.action) for d in found
    ]


def test_demand_in_an_infinitive_is_pressed_by_the_outer_subject() -> None:
    """ "Growers agreed to press for …", "teachers continue to demand …": demands."""
    found = directives(
        "The growers agreed to press for the levy to be scrapped this year. "
        "Teachers continue to demand an end to the pay freeze."
    )
    assert [
        ("demand", "the levy to be scrapped this year"),
        ("demand", "an end to the pay freeze"),
    ] == [(d.force.value, d.action) for d in found]


def test_a_thing_that_continues_to_demand_presses_nothing() -> None:
    """ "The flood continues to demand our attention": a need, no demand."""
    assert () == directives(
        "The flood continues to demand our attention. "
        "Prices rose due to demand for oil."
    )


def test_contracted_pronoun_subject_presses_a_demand() -> None:
    """ "We've formed a coalition to demand …": the "we" presses it."""
    found = directives("We’ve formed a coalition of towns to demand the repairs.")
    assert [("demand", "the repairs")] == [(d.force.value, d.action) for d in found]


def test_a_possessor_does_not_press_its_things_demand() -> None:
    """ "Norway's storms demanded a response": a need; "Norway's cabinet" presses."""
    found = directives(
        "Norway's winter storms demanded a swift response. "
        "Norway's cabinet demanded an apology."
    )
    assert ["an apology"] == [d.action for d in found]


def test_an_imperative_for_someone_with_no_act_asks_nothing() -> None:
    """ "an imperative for poor pupils" names whom it serves; "for X to" asks."""
    found = directives(
        "Reading is not just an imperative for poor pupils but a common good. "
        "There is an imperative for lenders to disclose their fees."
    )
    assert [("lenders", "disclose their fees")] == [
        (d.addressee, d.action) for d in found
    ]


def test_demand_joined_to_a_verb_shares_its_subject() -> None:
    """ "The resolutions noted concerns … and demanded that X halt …": one demander."""
    found = directives(
        "The council resolutions noted grave concerns with Ruritania’s dam "
        "and demanded that Ruritania halt the works."
    )
    assert [("demand", "Ruritania", "halt the works")] == [
        (d.force.value, d.addressee, d.action) for d in found
    ]


def test_remaining_committed_commits() -> None:
    """ "The board remains committed to …" commits as "is committed to" does."""
    found = directives(
        "The board remains committed to reopening the library. "
        "The trustees remained committed to the merger."
    )
    assert [("board", "reopening the library"), ("trustees", "the merger")] == [
        (d.addressee, d.action) for d in found
    ]


def test_past_of_need_to_is_no_passive() -> None:
    """ "Growers needed to sell" is "need to"; "are urgently needed to" is a state."""
    found = directives(
        "Growers needed to sell early last year. "
        "Further repairs are urgently needed to reopen the bridge."
    )
    assert [
        ("need to", "sell early last year"),
        ("be necessary", "Further repairs are urgently needed to reopen the bridge"),
    ] == [(d.trigger, d.action) for d in found]


def test_contracted_subject_after_and_opens_a_new_clause() -> None:
    """ "…, and that's focused on …": the act ends before the new clause."""
    found = directives(
        "Colonel Reyes will now lead the relief effort, and that's focused on "
        "two towns. The board will review the scheme, and it's likely to take weeks."
    )
    assert ["lead the relief effort", "review the scheme"] == [d.action for d in found]


def test_i_should_like_to_is_a_polite_wish() -> None:
    """ "I should like to make a statement" frames what the speaker does now."""
    found = directives(
        "I should like to make a statement about the flooding in Tewkesbury. "
        "Councils should like the new rules to work."
    )
    assert ["should"] == [d.trigger for d in found]
    assert "Councils" == found[0].addressee


def test_words_before_to_with_a_finite_be_are_a_clause_not_an_object() -> None:
    """ "Direct debits are more likely to be …": no one is directed."""
    found = directives(
        "Direct debits are also more likely to be collected on time. "
        "We urge those who are eligible to apply."
    )
    assert [("those", "apply")] == [(d.addressee, d.action) for d in found]


def test_a_call_renewed_by_its_owner_recommends() -> None:
    """ "The league reiterated its call for X" calls for X; "In its call" does not."""
    found = directives(
        "The league reiterated its call for an inquiry into the fares. "
        "In its call for reform, the union cited low pay."
    )
    assert [("recommendation", "an inquiry into the fares")] == [
        (d.force.value, d.action) for d in found
    ]


def test_impersonal_passives_of_advice_and_requirement() -> None:
    """ "It is strongly recommended that" recommends; "it is mandatory for" obliges."""
    found = directives(
        "It is strongly recommended that ferry operators publish timetables. "
        "It is mandatory for all hauliers to carry a permit."
    )
    assert [
        ("recommendation", "ferry operators"),
        ("obligation", "all hauliers"),
    ] == [(d.force.value, d.addressee) for d in found]


def test_it_must_be_said_frames_a_remark() -> None:
    """ "It must be said that …" (irregular participle) frames a remark."""
    found = directives(
        "It must be said that the harvest was poor. It must be paid within a month."
    )
    assert ["It must be paid within a month"] == [d.action for d in found]


def test_parts_and_terms_of_a_legal_text_are_things() -> None:
    """ "The provisions of this part shall apply …": a thing, no addressee."""
    found = directives(
        "The provisions of this part shall apply in every county. "
        "Such limitations shall lapse after a year."
    )
    assert [None, None] == [d.addressee for d in found]


def test_legal_adverbs_between_subject_and_modal() -> None:
    """ "… and the importer thereupon shall …": the importer is bound."""
    found = directives(
        "The permit shall lapse, and the importer thereupon shall return the stamps."
    )
    assert [(None, "lapse"), ("importer", "return the stamps")] == [
        (d.addressee, d.action) for d in found
    ]


def test_a_people_presses_a_demand() -> None:
    """ "The Moldovan people have marched … and demanded X": a people demands."""
    found = directives(
        "The Moldovan people have marched for weeks as they have rallied in "
        "the squares and demanded a fair election."
    )
    assert [("demand", "a fair election")] == [(d.force.value, d.action) for d in found]


def test_a_modal_after_before_is_not_the_demanded_clauses_own() -> None:
    """ "insisting that X change … before the Senate will vote": X is pressed."""
    found = directives(
        "Some are now insisting that Chile and Peru change their fees before "
        "the Senate will vote on the deal."
    )
    assert ("demand", "Chile and Peru") == (found[0].force.value, found[0].addressee)
    assert "Senate" == found[1].addressee


def test_a_determiner_ending_in_s_opens_a_subjunctive_subject() -> None:
    """ "that this grant be tied to …" demands; "that this plan is" asserts."""
    found = directives(
        "The mayor is insisting that this grant be tied to results. "
        "The mayor insisted that this plan is the best."
    )
    assert ["this grant be tied to results"] == [d.action for d in found]


def test_do_support_negation_of_need_to_and_have_to() -> None:
    """ "You do not need to register", "firms don't have to pay": nobody must."""
    found = directives(
        "Growers do not need to register the seed. Hauliers don't have to pay the toll."
    )
    assert [("Growers", True), ("Hauliers", True)] == [
        (d.addressee, d.negated) for d in found
    ]


def test_to_before_your_opens_no_infinitive() -> None:
    """ "tell the council about changes to your address": no one told "to your"."""
    found = directives("You'll need to tell the council about changes to your address.")
    assert [("need to", "tell the council about changes to your address")] == [
        (d.trigger, d.action) for d in found
    ]


def test_may_not_be_done_to_a_thing_forbids() -> None:
    """ "Records may not be destroyed" forbids; "prices may not be affected" weighs."""
    found = directives(
        "Ballot papers may not be destroyed before the count. "
        "Prices may not be affected by the change."
    )
    assert [("obligation", True, None)] == [
        (d.force.value, d.negated, d.addressee) for d in found
    ]


def test_an_indefinite_person_pronoun_is_an_addressee() -> None:
    """ "Anyone who sells bait must register": asked; "someone will" forecasts."""
    found = directives(
        "Anyone who sells bait must register with the board. "
        "Someone will call you back."
    )
    assert [("obligation", "Anyone")] == [(d.force.value, d.addressee) for d in found]


def test_shall_have_is_a_bar_or_a_deadline_not_a_conclusion() -> None:
    """ "No crate shall have attached thereto …" bars; "must have been" concludes."""
    found = directives(
        "No crate shall have attached thereto any lottery ticket. "
        "The harbour board must have been aware of the risk."
    )
    assert [("shall", True)] == [(d.trigger, d.negated) for d in found]


def test_a_participle_after_a_possessive_is_an_adjective() -> None:
    """ "the maker's authorised agent" permits no one; "people's demand" asks."""
    found = directives(
        "Importers shall co-operate with the maker's authorised representative "
        "to recall the toy. The people's demand that the port be reopened grew."
    )
    assert ["shall", "demand"] == [d.trigger for d in found]


def test_they_committed_to_commits() -> None:
    """ "The two ministries met. They pledged to cut tariffs.": a commitment."""
    found = directives("The two ministries met on Monday. They pledged to cut tariffs.")
    assert [("commitment", "cut tariffs")] == [(d.force.value, d.action) for d in found]
