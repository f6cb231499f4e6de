"""Who a directive binds: heads, enumerators, pronouns and joined agents (issue 13)."""

from __future__ import annotations

import datetime as dt

from policydocs import Directive, parse
from policydocs._extract._statement_speech import title_people

DAY = dt.date(2026, 3, 5)


def directives(text: str) -> tuple[Directive, ...]:
    return parse(text, published=DAY).directives


def only(text: str, *, source: str | None = None) -> Directive:
    found = parse(text, published=DAY, source=source).directives
    assert len(found) == 1, [(d.trigger, d.action) for d in found]
    return found[0]


def test_enumerator_left_out_of_a_subject_with_a_relative_clause() -> None:
    """ "(d) A vendor who sells … shall": the vendor, without "d)"."""
    d = only("(d) A vendor who sells bait without a licence shall pay a fine.")
    assert ("vendor", "pay a fine") == (d.addressee, d.action)


def test_pronoun_after_a_fronted_clause_stands_for_its_actor() -> None:
    """ "Where a dealer imports seed, he shall …": the dealer is bound."""
    d = only("Where a dealer imports seed from abroad, he shall keep a record of it.")
    assert ("dealer", "keep a record of it") == (d.addressee, d.action)


def test_fronted_clause_actor_beats_a_later_role() -> None:
    """ "If the inspector finds that the keeper …, she shall …": the inspector."""
    d = only(
        "If, after the hearing, the inspector finds that the keeper broke the rule, "
        "she shall suspend the permit."
    )
    assert "inspector" == d.addressee


def test_object_pronoun_takes_the_nearest_role_not_the_asker() -> None:
    """ "Officials met the growers and urged them to …": the growers, not officials."""
    d = only("Water officials met the growers and urged them to cut their use.")
    assert ("growers", "cut their use") == (d.addressee, d.action)


TITLE = (
    "Press Briefing by Press Secretary Dana Reyes and Secretary of Health and "
    "Human Services Tom Kessler, May 4, 2022"
)
BRIEFING = f"""Title: {TITLE}
Date: 2022-05-04
Source: The White House

MS. REYES: Good afternoon. The Secretary is here today.

SECRETARY KESSLER: Thank you, Dana. We will open new clinics in three states.
"""


def test_briefing_title_keeps_a_portfolio_with_and_in_it() -> None:
    """ "Secretary of Health and Human Services B": one title, B a second speaker."""
    assert [
        ("Dana Reyes", "Press Secretary"),
        ("Tom Kessler", "Secretary of Health and Human Services"),
    ] == title_people(TITLE)


def test_cabinet_secretary_we_at_a_white_house_briefing_is_the_secretary() -> None:
    """A department head's "we will" commits the head, not the White House."""
    found = parse(BRIEFING).directives
    assert [("Tom Kessler", "open new clinics in three states")] == [
        (d.addressee, d.action) for d in found
    ]


def test_joined_addressees_fall_back_to_the_first() -> None:
    """ "the officer and the appraisers shall": the officer, if no actor is named."""
    d = only("The harbour officer and the two appraisers shall sign the inventory.")
    assert ("harbour officer", "sign the inventory") == (d.addressee, d.action)


def test_joined_passive_agents_name_the_first() -> None:
    """ "shall be signed by the officer and the appraisers": the officer is bound."""
    d = only("The inventory shall be signed by the harbour officer and the appraisers.")
    assert "harbour officer" == d.addressee


def test_person_nouns_without_agent_endings_are_addressees() -> None:
    """ "The guarantor shall" was bound before; "the surety shall" is now too."""
    d = only("The surety shall keep no stake in the licensed business.")
    assert ("surety", "keep no stake in the licensed business") == (
        d.addressee,
        d.action,
    )


def test_a_comparative_is_no_addressee_of_press_for() -> None:
    """ "pressing for greater access of farms to …": no one is named."""
    d = only("The council keeps pressing for greater access of small farms to credit.")
    assert (None, "greater access of small farms to credit") == (d.addressee, d.action)


def test_press_for_x_to_reads_the_head_before_amongst() -> None:
    """ "press for wider data sharing amongst lenders to …": sharing is no actor."""
    d = only(
        "The regulator pressed for wider data sharing amongst lenders to cut fraud."
    )
    assert None is d.addressee


def test_subjunctive_subject_keeps_its_of_complement() -> None:
    """ "that the members of the panel step down": the act starts at the verb."""
    d = only("The union demanded that the members of the panel step down.")
    assert ("members of the panel", "step down") == (d.addressee, d.action)


def test_modal_in_a_which_clause_after_a_comma_is_a_directive() -> None:
    """ "The kiosks, which must be painted green, are listed": the relative's act."""
    d = only("The kiosks, which must be painted green, are listed in the annex.")
    assert (None, "be painted green", False) == (d.addressee, d.action, d.negated)


def test_need_not_and_must_share_one_relative_clause() -> None:
    """ "sheds, which need not adjoin but must stand on the lot": two, both acts."""
    found = directives(
        "A farm may hold several sheds, which need not adjoin but must be kept on "
        "the same lot."
    )
    assert [
        ("need to", True, "adjoin"),
        ("must", False, "be kept on the same lot"),
    ] == [(d.trigger, d.negated, d.action) for d in found]


def test_who_clause_after_a_participial_aside_binds_the_noun_before_it() -> None:
    """ "Two assessors, named by the mayor, who shall be residents …": the assessors."""
    found = directives(
        "Two assessors, named by the mayor, who shall be residents of the town, "
        "are paid by the day."
    )
    assert [("Two assessors", "be residents of the town")] == [
        (d.addressee, d.action) for d in found
    ]


def test_participial_aside_between_subject_and_modal() -> None:
    """ "The inspector, appointed by the minister, shall …": the inspector."""
    d = only("The inspector, appointed by the minister, shall file a report.")
    assert ("inspector", "file a report") == (d.addressee, d.action)


def test_a_statute_citation_does_not_end_the_sentence() -> None:
    """ "must comply with 7 U.S.C. 136, 152 and …": one sentence, one whole act."""
    d = only(
        "Every dealer must comply with 7 U.S.C. 136, 152, and with 40 CFR part 165."
    )
    assert "comply with 7 U.S.C. 136, 152, and with 40 CFR part 165" == d.action


def test_an_adjunct_between_required_and_its_infinitive() -> None:
    """ "is not required under section 9(b) to hold …": negated, the act after "to"."""
    found = directives(
        "The board is not required under section 9(b) to hold a hearing, and is not "
        "required to publish its reasons."
    )
    assert [
        ("board", True, "hold a hearing"),
        ("board", True, "publish its reasons"),
    ] == [(d.addressee, d.negated, d.action) for d in found]


def test_who_with_a_plural_base_verb_leaves_its_antecedent_the_addressee() -> None:
    """ "Dealers who import seed must …": the dealers, though "import" has no -s."""
    d = only("Seed dealers who import stock must keep a ledger.")
    assert ("Seed dealers", "keep a ledger") == (d.addressee, d.action)


def test_modal_after_and_shares_a_thing_subject() -> None:
    """ "The toxin is listed … and must be stored …": a passive of the whole clause."""
    d = only("The toxin is listed in schedule II and must be stored in a locked safe.")
    assert (None, "obligation") == (d.addressee, d.force.value)
    assert d.action.startswith("The toxin is listed in schedule II and must be stored")


def test_second_relative_clause_after_and_binds_the_first_antecedent() -> None:
    """ "The port, which insists on X, and which must Y": the port must Y."""
    found = directives(
        "The port authority, which insists on strict berthing rules, and which must "
        "balance its budget, has few options."
    )
    assert [
        ("insist on", "strict berthing rules"),
        ("must", "balance its budget"),
    ] == [(d.trigger, d.action) for d in found]
    assert "port authority" == found[1].addressee


def test_an_aside_between_urge_and_its_object_is_stepped_over() -> None:
    """ "urged, in a letter to the board, the councils to …": the councils."""
    d = only("The minister urged, in a letter to the board, the councils to cut costs.")
    assert ("councils", "cut costs") == (d.addressee, d.action)


def test_the_body_that_asks_that_issues_the_request() -> None:
    """ "The commission asked that the operator …": the commission issues it."""
    d = only(
        "The commission asked that the operator suspend the works.",
        source="Harbour Gazette",
    )
    assert ("commission", "operator") == (d.issuer, d.addressee)


def test_states_before_and_is_a_noun_not_a_reporting_verb() -> None:
    """ "… to the Member States and shall be …": the second "shall" is read."""
    found = directives(
        "The levy shall give a fair return to the Member States and shall be set "
        "each year."
    )
    assert ["shall", "shall"] == [d.trigger for d in found]


def test_modal_after_an_aside_and_and_shares_the_subject() -> None:
    """ "shall be available, without further appropriation and shall remain …"."""
    found = directives(
        "All fines collected shall be available to the board, without further "
        "appropriation and shall remain available until spent."
    )
    assert [("shall", "remain available until spent")] == [
        (d.trigger, d.action) for d in found[1:]
    ]


def test_in_order_to_after_required_is_no_adjunct() -> None:
    """ "A licence is required in order to sell …": no act of the licence."""
    found = directives("A licence is required in order to sell the seed.")
    assert [] == [d.action for d in found if d.action == "sell the seed"]


def test_a_long_subject_closed_by_a_comma_before_shall() -> None:
    """ "Goods seized …, and any boat seized …, shall be sold": one passive rule."""
    d = only(
        "Goods seized under this part which are worth less than 500 dollars, and "
        "any boat seized with them, shall be sold at auction."
    )
    assert ("obligation", None) == (d.force.value, d.addressee)
    assert d.action.startswith("Goods seized under this part")


def test_a_comma_closed_subject_is_not_read_into_a_condition() -> None:
    """ "In the long run, should costs rise, the board will act": one commitment."""
    found = directives("In the long run, should costs rise, the board will act.")
    assert ["will"] == [d.trigger for d in found]


def test_things_in_ant_and_ent_make_no_commitment() -> None:
    """ "The 40 grants will leverage …", "The events will take place …": predictions."""
    found = directives(
        "The 40 grants will leverage 9 million dollars. The events will take place "
        "in May."
    )
    assert () == found


def test_a_speech_verb_after_for_is_a_reason_not_a_request() -> None:
    """ "Thank you for inviting me to speak": nobody is asked to act."""
    found = directives(
        "Thank you for inviting me to speak. We thanked the mayor for urging "
        "residents to stay home."
    )
    assert () == found


def test_they_after_a_body_with_no_group_named() -> None:
    """ "We urge the Senate to act. They should vote this week": the Senate."""
    found = directives(
        "We urge the Senate to act. They should vote on the bill this week."
    )
    assert [("Senate", "act"), ("Senate", "vote on the bill this week")] == [
        (d.addressee, d.action) for d in found
    ]


def test_a_member_state_keeps_its_name() -> None:
    """ "A Member State shall …": "Member State", not a place named "Member"."""
    d = only("A Contracting State shall inform the depositary.")
    assert "Contracting State" == d.addressee


def test_postposed_concerned_is_left_out_of_the_head() -> None:
    """ "The authority concerned may …": the authority acts, with leave."""
    d = only("The port authority concerned may suspend the licence.")
    assert ("permission", "port authority") == (d.force.value, d.addressee)


def test_a_pronoun_before_the_modal_opens_a_clause_without_a_comma() -> None:
    """ "Where the dealer is authorized to repackage he shall …": two acts, split."""
    found = directives(
        "Where the dealer is authorized to repackage he shall record the date."
    )
    assert [("dealer", "repackage"), ("dealer", "record the date")] == [
        (d.addressee, d.action) for d in found
    ]


def test_where_after_a_noun_opens_a_relative_clause() -> None:
    """ "the place where the books are kept and they shall be shown …": read."""
    found = directives(
        "The dealer shall keep his licence at the place where the books are kept "
        "and they shall be shown to any inspector on request."
    )
    assert ["shall", "shall"] == [d.trigger for d in found]


def test_should_be_with_nothing_after_it_is_an_ellipsis() -> None:
    """ "not as high as they should be.": no act."""
    assert () == directives("Wages are not as high as they should be.")


def test_a_long_aside_after_shall_in_particular() -> None:
    """ "shall in particular, but without prejudice to …, ensure": from "ensure"."""
    d = only(
        "The importer shall in particular, but without prejudice to the duties set "
        "out in Article 12 of this Regulation, ensure that the label is legible."
    )
    assert d.action.startswith("ensure that the label")
