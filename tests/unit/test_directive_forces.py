"""Demands, permissions and the rules of statutes (issue 13), on invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs import Directive, Force, parse
from policydocs._extract import _rules

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def only(text: str, *, source: str | None = None) -> Directive:
    found = directives(text, source=source)
    assert len(found) == 1, [(d.trigger, d.action) for d in found]
    return found[0]


# --- 1. demands ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The dockers' union demanded that the harbour board restore night shifts.",
            "harbour board",
            "restore night shifts",
        ),
        (
            "Growers are demanding cheaper diesel for tractors.",
            None,
            "cheaper diesel for tractors",
        ),
        (
            "The town council insisted that the company repair the bridge.",
            "company",
            "repair the bridge",
        ),
        (
            "Senators pressed for an independent inquiry.",
            None,
            "an independent inquiry",
        ),
        (
            "The water board appealed to households to limit garden watering.",
            "households",
            "limit garden watering",
        ),
        (
            "The shipping federation reiterated its demand that the canal be dredged.",
            None,
            "the canal be dredged",
        ),
    ],
)
def test_demand_force(sentence: str, addressee: str | None, action: str) -> None:
    """Demand verbs pressed by an actor give force demand, with what is demanded."""
    d = only(sentence)
    assert Force.DEMAND is d.force
    assert action == d.action
    assert addressee == (None if d.addressee is None else d.addressee.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "Rising costs demand that the budget be reviewed before spring.",
        "The professor insisted that teaching is a public good.",
        "Domestic demand rose by two percent in the third quarter.",
        "The minister spoke at a press conference after the vote.",
    ],
)
def test_no_demand_without_an_actor_pressing(sentence: str) -> None:
    """A need stated by a thing, an assertion, a noun of economics are no demands."""
    assert () == directives(sentence)


# --- 2. permissions -----------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("Provincial regulators may waive the filing fee.", "waive the filing fee"),
        ("Tenants are allowed to sublet one room.", "sublet one room"),
        ("Claimants are entitled to an oral hearing.", "an oral hearing"),
        (
            "Small traders can apply for the drought grant.",
            "apply for the drought grant",
        ),
        (
            "Certified copies may be requested from the registry office.",
            "Certified copies may be requested from the registry office",
        ),
    ],
)
def test_permission_force(sentence: str, action: str) -> None:
    """Leave given to an actor, or a passive "may", is a permission."""
    d = only(sentence)
    assert Force.PERMISSION is d.force
    assert not d.negated
    assert action == d.action


@pytest.mark.parametrize(
    "sentence",
    [
        "Heating prices may rise again next winter.",
        "It may be necessary to revisit the forecast.",
        "Analysts said the central bank may lower rates in June.",
        "We can see the effects of the drought in the harvest figures.",
        "Some buildings may be affected by the works.",
    ],
)
def test_may_of_possibility_is_no_trigger(sentence: str) -> None:
    """A "may" or "can" that weighs a possibility or an ability gives nothing."""
    assert () == directives(sentence)


def test_may_not_stays_a_negated_obligation() -> None:
    """Leave refused ("may not") is still an obligation, negated."""
    d = only("Licensed brokers may not accept cash deposits.")
    assert (Force.OBLIGATION, True) == (d.force, d.negated)


# --- one directive per trigger -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "forces"),
    [
        (
            "Shareholders should demand that boards publish their pay ratios.",
            [Force.RECOMMENDATION, Force.DEMAND],
        ),
        (
            "The delegation will press for lower tariffs on fertiliser.",
            [Force.COMMITMENT, Force.DEMAND],
        ),
        (
            "The mayor will urge landlords to freeze rents.",
            [Force.COMMITMENT, Force.RECOMMENDATION],
        ),
    ],
)
def test_modal_and_speech_verb_each_give_a_directive(
    sentence: str, forces: list[Force]
) -> None:
    """A modal before a demand or request verb and the verb are two directives."""
    assert forces == [d.force for d in directives(sentence)]


def test_negated_modal_before_a_speech_verb_is_one_directive() -> None:
    """In "shall not require X to", nobody is required: one negated obligation."""
    d = only("Landlords shall not require tenants to pay a deposit in cash.")
    assert (Force.OBLIGATION, True) == (d.force, d.negated)
    assert "landlords" == (d.addressee or "").lower()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("We urged them to settle the dispute quickly.", "settle the dispute quickly"),
        (
            "The council called upon all neighbouring districts to share the cost.",
            "share the cost",
        ),
    ],
)
def test_whoever_is_urged_to_act_is_an_addressee(sentence: str, action: str) -> None:
    """The object of "urge"/"call upon" before "to" is asked, named or not."""
    assert action == only(sentence).action


@pytest.mark.parametrize(
    "sentence",
    [
        "Nobody should tell them what to do with their savings.",
        "We are not telling them we are going to raise their fees.",
    ],
)
def test_no_request_across_a_question_or_a_new_clause(sentence: str) -> None:
    """ "tell them what to do" and a "to" in a new clause ask nothing of them."""
    assert [] == [d for d in directives(sentence) if d.trigger == "tell"]


# --- 4. commitments of a body named before -----------------------------------


def test_it_takes_up_the_body_named_in_the_sentence_before() -> None:
    """ "It will …" after a sentence about a board commits that board."""
    d = only(
        "The Monetary Policy Board met on Thursday. "
        "It will decide on rates meeting by meeting."
    )
    assert (Force.COMMITMENT, "Monetary Policy Board") == (d.force, d.addressee)


def test_it_after_a_fronted_adverbial_gives_two_commitments() -> None:
    """ "…, and it will watch … and will respond" commits the body twice."""
    found = directives(
        "In this setting, the Council judges that risks persist, and it will "
        "keep watching the incoming figures and will respond as needed."
    )
    assert ["keep watching the incoming figures", "respond as needed"] == [
        d.action for d in found
    ]
    assert {"Council"} == {d.addressee for d in found}


@pytest.mark.parametrize(
    "text",
    [
        "The treaty was signed in May. It will open markets for farmers.",
        "We see strong interest because it will bring new investment.",
        "Fuel prices fell in June. They will rise again in winter.",
    ],
)
def test_it_about_a_thing_is_a_prediction(text: str) -> None:
    """A pronoun taking up a thing, or following "we", commits nobody."""
    assert () == directives(text)


# --- 3. statutes and rules ------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "Commission shall publish an annual report on the fund.",
            "Commission",
            "publish an annual report on the fund",
        ),
        (
            (
                "Unless the permit provides otherwise, each carrier that "
                "transports livestock must keep a journey log."
            ),
            "each carrier that transports livestock",
            "keep a journey log",
        ),
        (
            "The licensee shall notify the authority of any breach.",
            "licensee",
            "notify the authority of any breach",
        ),
        (
            "During the transition the Authority will publish monthly figures.",
            "Authority",
            "publish monthly figures",
        ),
    ],
)
def test_rule_subjects(sentence: str, addressee: str, action: str) -> None:
    """Bare, quantified and singular agent nouns bind; adverbials and clauses do not."""
    d = only(sentence)
    assert (addressee, action) == (d.addressee, d.action)


def test_enumerated_clauses_give_one_directive_each() -> None:
    """ "(a) … shall …; (b) … shall …": two directives, enumerators left out."""
    found = directives(
        "(a) The importer shall label each crate; (b) the inspector shall "
        "sample one crate in ten."
    )
    assert [
        ("importer", "label each crate"),
        ("inspector", "sample one crate in ten"),
    ] == [(d.addressee, d.action) for d in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "No licence shall be required for private fishing boats.",
        "No extension of the deadline is permitted.",
        "It is prohibited to dump waste in the river.",
        "Camping is not permitted on the dunes.",
    ],
)
def test_nobody_required_or_allowed_is_a_negated_obligation(sentence: str) -> None:
    """ "No X shall be required", "No X is permitted", "It is prohibited to"."""
    d = only(sentence)
    assert (Force.OBLIGATION, True) == (d.force, d.negated)


def test_passive_rule_has_no_addressee() -> None:
    """ "shall be evaluated using …" binds whoever evaluates: addressee null."""
    d = only("Each tender shall be evaluated using the published criteria.")
    assert (Force.OBLIGATION, None) == (d.force, d.addressee)
    assert d.action.startswith("Each tender shall be evaluated")


# --- 5. spans -------------------------------------------------------------------


def test_three_speech_verbs_give_three_directives() -> None:
    """ "called for A, encouraged B and urged C": one directive per trigger."""
    found = directives(
        "The council called for cleaner buses, encouraged schools to plant trees "
        "and urged drivers to slow down."
    )
    assert ["cleaner buses", "plant trees", "slow down"] == [d.action for d in found]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            (
                "The panel will examine whether rents rose; whether wages fell; "
                "and how savings moved."
            ),
            "examine whether rents rose; whether wages fell; and how savings moved",
        ),
        (
            "The importer shall declare the following: (a) the origin; (b) the weight.",
            "declare the following: (a) the origin; (b) the weight",
        ),
    ],
)
def test_a_list_under_one_trigger_is_one_action(sentence: str, action: str) -> None:
    """Items after ";" or ":" that continue a list stay in the action."""
    assert action == only(sentence).action


# --- 6. false triggers ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Bring the forms needed to register a vehicle.",
        "A transcript will be available on the website.",
        "Residents may only need to boil water for a day.",
        "We cannot yet know how long the drought will last.",
        "If officials tell you to leave, please do so.",
    ],
)
def test_false_triggers(sentence: str) -> None:
    """Participles, "will" about a thing, hedges, abilities and conditions."""
    assert () == directives(sentence)


def test_the_council_will_act_is_still_a_commitment() -> None:
    """ "as needed to" drops only the participle, not the commitment before it."""
    d = only("The council will act as needed to protect the coast.")
    assert (Force.COMMITMENT, "act as needed to protect the coast") == (
        d.force,
        d.action,
    )


def test_a_speech_act_never_commits_you() -> None:
    """ "I will answer questions" after "your deliberation" is no commitment of you."""
    found = directives(
        "I now submit this budget for your deliberation, and I will answer questions."
    )
    assert all(d.addressee != "you" for d in found)


# --- the new forces reach the schema, the strategies and the HTML view ----------


def test_schema_lists_every_force() -> None:
    """The JSON Schema's force enum holds every force, demand and permission too."""
    from policydocs import json_schema

    text = str(json_schema())
    assert all(f"'{force.value}'" in text for force in Force)


def test_html_view_colours_demands_and_permissions() -> None:
    """A demand and a permission are rendered with their own force label."""
    from policydocs import render

    doc = parse(
        "The union demanded that the board restore night shifts. "
        "Tenants may sublet one room.",
        published=DAY,
    )
    html = render(doc)
    assert {Force.DEMAND, Force.PERMISSION} == {d.force for d in doc.directives}
    assert "demand" in html
    assert "permission" in html


def test_strategies_draw_the_new_forces() -> None:
    """The directive strategy can draw every force, demand and permission included."""
    from hypothesis import find

    from policydocs import strategies

    for force in (Force.DEMAND, Force.PERMISSION):
        d = find(strategies.directives(), lambda d, f=force: d.force is f)
        assert force is d.force


@pytest.mark.parametrize(
    "sentence",
    [
        "She served as Press Secretary to the governor for two years.",
        "We are pressing forward to finish the bridge before winter.",
        "Currently, press briefings are planned for Friday only.",
        "Meeting these goals demands that cities invest in transit.",
    ],
)
def test_press_and_demand_without_a_demander(sentence: str) -> None:
    """A title, "pressing forward", a noun after a comma, a gerund subject."""
    assert [] == [d for d in directives(sentence) if d.force is Force.DEMAND]


def test_a_shared_subject_presses_after_to() -> None:
    """ "we also continued to press for X": the subject before "to" demands."""
    d = only("Last year we also continued to press for fairer port fees.")
    assert (Force.DEMAND, "fairer port fees") == (d.force, d.action)


def test_a_need_in_a_relative_clause_is_no_obligation() -> None:
    """ "the tools they need to compete" says what the tools are for."""
    assert () == directives("Grants give small firms the tools they need to compete.")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            (
                "The Director, in consultation with the port authorities, shall "
                "publish a safety plan."
            ),
            "Director",
        ),
        (
            (
                "Every importer, before placing goods on the market, shall register "
                "with the agency."
            ),
            "Every importer",
        ),
        (
            (
                "A lender which has doubts about a listed borrower shall inform "
                "the regulator."
            ),
            "lender",
        ),
    ],
)
def test_subject_before_an_aside_or_a_which_clause(
    sentence: str, addressee: str
) -> None:
    """An aside between subject and modal, or a "which" clause, hides no subject."""
    assert addressee == only(sentence).addressee


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            (
                "Where a licence holder changes address he shall, within 30 days, "
                "notify the registry."
            ),
            "notify the registry",
        ),
        (
            "The operator shall in particular keep a register of inspections.",
            "keep a register of inspections",
        ),
        (
            (
                "The Chair, in consultation with the Treasurer, the Clerk, and the "
                "Auditor, shall convene an annual review."
            ),
            "convene an annual review",
        ),
        (
            "A person may appeal the decision within 28 days.",
            "appeal the decision within 28 days",
        ),
    ],
)
def test_statute_sentence_shapes(sentence: str, action: str) -> None:
    """A "Where …" condition, "in particular", a listed aside, "a person may"."""
    assert action == only(sentence).action


def test_a_time_colon_does_not_end_an_action() -> None:
    """ "at 10:30AM" is a time: the action runs on past its colon."""
    d = only("The agency will reopen the portal at 10:30AM on Monday for all lenders.")
    assert "reopen the portal at 10:30AM on Monday for all lenders" == d.action


def test_no_request_across_a_subordinate_clause() -> None:
    """ "support X as it implements reforms needed to …" asks X nothing."""
    found = directives(
        "The bank will continue to support Ghana as it carries out the reforms "
        "needed to restore growth."
    )
    assert [Force.COMMITMENT] == [d.force for d in found]


def test_a_transcript_speaker_issues_the_paragraphs_of_their_turn() -> None:
    """After "MS. LANE: …", a later paragraph of the same turn is still hers."""
    doc = parse(
        "MS. LANE: Good afternoon, everyone. I have two items today.\n\n"
        "Next week the Secretary will visit the flooded towns in the north.\n",
        published=DAY,
        source="Department of the Interior",
    )
    visits = [d for d in doc.directives if d.action.startswith("visit")]
    assert 1 == len(visits)
    assert "lane" in (visits[0].issuer or "").lower()


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "She'll meet the flood victims on Friday.",
            "meet the flood victims on Friday",
        ),
        ("We’ll publish the review in March.", "publish the review in March"),
    ],
)
def test_a_contracted_will_commits_its_pronoun(sentence: str, action: str) -> None:
    """ "she'll", "we’ll": the pronoun inside the trigger commits."""
    d = only(sentence, source="Ministry of Water")
    assert (Force.COMMITMENT, action) == (d.force, d.action)


def test_an_object_pronoun_is_asked() -> None:
    """ "directed me to travel": "me" is the one directed."""
    d = only("The governor has directed me to travel to the coast tomorrow.")
    assert (Force.OBLIGATION, "travel to the coast tomorrow") == (d.force, d.action)


def test_a_bare_verb_joined_to_a_request_is_part_of_it() -> None:
    """ "asks the court to freeze X and order them to Y" is one request."""
    d = only(
        "The agency asks the court to freeze the accounts and order them to "
        "repay the victims."
    )
    assert d.action == "freeze the accounts and order them to repay the victims"


def test_and_a_finite_verb_ends_the_action() -> None:
    """ "will hold the rate … and continues to expect that …" ends at "and"."""
    d = only(
        "The Council will hold the policy rate at 2 percent and continues to "
        "anticipate that prices will ease."
    )
    assert "hold the policy rate at 2 percent" == d.action


def test_a_vocative_names_the_you_addressed() -> None:
    """ "Residents of the coast, you must leave": the residents are addressed."""
    d = only("Residents of the coast, you must leave before noon.")
    assert "Residents of the coast" == d.addressee


def test_a_compound_actor_in_a_that_clause() -> None:
    """ "requested that council leaders cap …": the leaders, not "council"."""
    d = only("The minister requested that council leaders cap staff spending.")
    assert ("council leaders", "cap staff spending") == (d.addressee, d.action)


# --- second round on real text: roles, lists, forecasts ------------------------


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The negotiators will table a revised offer on Monday.", "negotiators"),
        ("The auditors will examine every contract.", "auditors"),
    ],
)
def test_a_plural_role_no_list_names_commits(sentence: str, addressee: str) -> None:
    """ "The negotiators will table …": a role acting for an office commits."""
    d = only(sentence)
    assert (Force.COMMITMENT, addressee) == (d.force, d.addressee)


@pytest.mark.parametrize(
    "sentence",
    [
        "Exporters will expand their sales next year.",
        "Consumers will spend more on travel.",
    ],
)
def test_the_private_sector_in_the_plural_still_forecasts(sentence: str) -> None:
    """ "Exporters will expand …" forecasts: the listed populace makes no promise."""
    assert () == directives(sentence)


def test_a_list_of_paragraphs_under_a_colon_is_one_action() -> None:
    """ "shall ensure that:" then "(a) …;" paragraphs: one action to the list's end."""
    d = only(
        "The licensee shall ensure that:\n\n(a) the ledger is kept current;\n\n"
        "(b) the vault is locked at night.\n\nThe fee is due in March."
    )
    assert (
        "ensure that:\n\n(a) the ledger is kept current;\n\n"
        "(b) the vault is locked at night"
    ) == d.action


def test_a_listed_paragraph_with_its_own_trigger_stands_apart() -> None:
    """ "(a) the clerk shall …" under a colon is a directive of its own."""
    found = directives(
        "The following duties apply:\n\n(a) the clerk shall file the returns;\n\n"
        "(b) the auditor shall check them."
    )
    assert ["file the returns", "check them"] == [d.action for d in found]


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The person responsible for data protection shall keep the register.",
            "person responsible for data protection",
        ),
        (
            "Any party liable for the debt must pay within ten days.",
            "Any party liable for the debt",
        ),
    ],
)
def test_a_postposed_adjective_keeps_its_noun_the_head(
    sentence: str, addressee: str
) -> None:
    """ "The person responsible for X shall …": the person is addressed."""
    assert addressee == only(sentence).addressee


@pytest.mark.parametrize(
    "sentence",
    [
        "The grant helps tenants who may not be able to pay the deposit.",
        "It gives pupils chances that they may otherwise not have.",
    ],
)
def test_a_may_opening_a_relative_clause_describes(sentence: str) -> None:
    """ "tenants who may not be able to pay": a description, no prohibition."""
    assert () == directives(sentence)


def test_a_may_after_a_relative_clause_with_its_own_verb_gives_leave() -> None:
    """ "The inspector who is appointed … may …": the inspector may."""
    d = only(
        "The inspector who is appointed by the board may, at any time, "
        "inspect the books."
    )
    assert (Force.PERMISSION, "inspect the books") == (d.force, d.action)


@pytest.mark.parametrize(
    "sentence",
    [
        "There will, of course, still be a need for diesel generators.",
        "There may be a need to revisit the tariff next year.",
    ],
)
def test_a_need_foreseen_asks_for_nothing(sentence: str) -> None:
    """ "there will be a need for X" foresees a need; it asks no one for X."""
    assert () == directives(sentence)


def test_a_need_there_is_still_asks() -> None:
    """ "There is an urgent need for reform" stays an obligation."""
    assert Force.OBLIGATION == only("There is an urgent need for reform.").force


def test_a_verb_of_phase_passes_to_the_verb_after_it() -> None:
    """ "will continue to face" undergoes; "will continue to fund" commits."""
    assert () == directives("The envoy said Ruritania will continue to face shortages.")
    d = only("The ministry will continue to fund the clinics.")
    assert (Force.COMMITMENT, "ministry") == (d.force, d.addressee)


def test_a_will_whose_verb_is_left_out_promises_nothing() -> None:
    """ "I doubt she will when they meet": no verb, so no commitment."""
    assert () == directives("I doubt she will when they meet in Oslo next week.")
    d = only("The Board will, if needed, raise rates.")
    assert "raise rates" == d.action


def test_a_thing_necessary_to_an_end_is_required() -> None:
    """ "Stronger buffers are necessary to …": an obligation, the clause its action."""
    d = only("Stronger capital buffers are necessary to protect depositors.")
    assert (
        Force.OBLIGATION,
        None,
        "Stronger capital buffers are necessary to protect depositors",
    ) == (
        d.force,
        d.addressee,
        d.action,
    )
    assert () == directives("Nobody knows what is needed to fix the grid.")


def test_a_colleague_commits() -> None:
    """ "my colleague will brief you": a fellow official's commitment."""
    d = only("My colleague will brief you on the talks this afternoon.")
    assert (Force.COMMITMENT, "My colleague") == (d.force, d.addressee)


def test_the_speakers_me_is_the_speaker() -> None:
    """ "The governor asked me to lead …," Ortiz said: Ortiz is asked."""
    d = only('"The governor asked me to lead the review," Ana Ortiz said.')
    assert ("Ana Ortiz", "lead the review") == (d.addressee, d.action)


def test_a_stranded_preposition_ends_the_action() -> None:
    """ "the area she asked the board to focus on was X": the action is "focus on"."""
    d = only("The area she asked the board to focus on was housing.")
    assert "focus on" == d.action


def test_be_to_is_no_infinitive_of_a_request() -> None:
    """ "support the crews for what is to come" asks no one to come."""
    assert () == directives("We stand ready to support the crews for what is to come.")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("Applicants are not required to pay a fee.", "Applicants"),
        (
            "Small charities shall not be required to appoint an auditor.",
            "Small charities",
        ),
    ],
)
def test_a_negated_passive_requirement_requires_nobody(
    sentence: str, addressee: str
) -> None:
    """ "X are not / shall not be required to …": a negated obligation of X."""
    d = only(sentence)
    assert (Force.OBLIGATION, True, addressee) == (d.force, d.negated, d.addressee)


def test_the_efforts_of_x_name_x() -> None:
    """ "supports the efforts of local councils to build homes": the councils."""
    d = only("The ministry supports the efforts of local councils to build homes.")
    assert ("local councils", "build homes") == (d.addressee, d.action)


def test_a_speech_speaker_issues_what_no_statement_covers() -> None:
    """A speech's title names its speaker: "We will …" outside quotes is theirs."""
    doc = parse(
        "We will publish the review in June.",
        published=DAY,
        source="Central Bank of Norland",
        title="Remarks by Governor Ana Ortiz at the Harbor Forum",
    )
    assert ["Ana Ortiz"] == [d.issuer for d in doc.directives]


def test_the_month_may_is_no_permission():
    """'in May 1998' and 'May 2025 figures' name the month, not a leave to act."""
    doc = parse(
        "date 2000-01-01 Solar capacity reached 2 GW in May 1998. "
        "May 2025 figures rose. Member states may grant exemptions."
    )
    assert ["grant exemptions"] == [d.action for d in doc.directives]


# --- round 3: general mechanisms on real-text error classes ------------------


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "No firm may sell the data, nor shall any broker resell it abroad.",
            "broker",
            "resell it abroad",
        ),
        (
            "Nor shall any officer of the agency disclose the records.",
            "officer",
            "disclose the records",
        ),
        (
            "Neither shall any such inspector be paid by the operator.",
            "inspector",
            "be paid by the operator",
        ),
        (
            "Nor shall any vessel enter the harbour without a pilot.",
            None,
            "enter the harbour without a pilot",
        ),
    ],
)
def test_nor_shall_x_is_a_prohibition_of_x(
    sentence: str, addressee: str | None, action: str
) -> None:
    """ "nor shall any X V": the modal before its subject, "any X" as "no X"."""
    d = directives(sentence)[-1]
    assert (Force.OBLIGATION, True, addressee, action) == (
        d.force,
        d.negated,
        d.addressee,
        d.action,
    )


def test_the_action_before_nor_ends_at_it() -> None:
    """ "Tenants need not A, nor must they B": two prohibitions, A without "nor"."""
    found = directives(
        "Tenants need not repaint the walls, nor must they replace worn carpets."
    )
    assert [("repaint the walls", True), ("replace worn carpets", True)] == [
        (d.action, d.negated) for d in found
    ]


def test_nor_will_without_a_verb_commits_nobody() -> None:
    """ "He did not resign, nor will he.": no verb, no commitment."""
    assert () == directives("He did not resign, nor will he.")


def test_permit_or_require_under_a_negation_is_one_prohibition() -> None:
    """ "No operator shall permit or require a diver to descend": one directive."""
    d = only("No operator shall permit or require a diver to descend at night.")
    assert ("operator", True) == (d.addressee, d.negated)


def test_any_such_is_a_determiner_in_the_subject() -> None:
    """ "Any such driver must rest": the driver is addressed, not a null subject."""
    assert (
        "Any such driver" == only("Any such driver must rest for ten hours.").addressee
    )


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "The scheme allows charities to apply for grants twice a year.",
            "charities",
            "apply for grants twice a year",
        ),
        (
            "The new law permits tenants to withhold rent for urgent repairs.",
            "tenants",
            "withhold rent for urgent repairs",
        ),
        (
            "The board authorised the treasurer to open an account.",
            "treasurer",
            "open an account",
        ),
    ],
)
def test_allow_permit_authorize_x_to_give_leave_to_x(
    sentence: str, addressee: str, action: str
) -> None:
    """ "X allows / permits / authorizes Y to V": a permission of Y."""
    d = only(sentence)
    assert (Force.PERMISSION, False, addressee, action) == (
        d.force,
        d.negated,
        d.addressee,
        d.action,
    )


def test_does_not_allow_x_to_forbids() -> None:
    """ "The code does not allow brokers to …": a negated obligation of the brokers."""
    d = only("The code does not allow brokers to charge exit fees.")
    assert (Force.OBLIGATION, True, "brokers") == (d.force, d.negated, d.addressee)


@pytest.mark.parametrize(
    "sentence",
    [
        "The drought allowed prices to rise all summer.",
        "Allowing lenders to merge would reduce competition.",
        "The approach was seen as allowing the board to adjust its plans.",
        "The standard lays down rules for lifts to allow them to be sold freely.",
    ],
)
def test_allow_of_things_and_gerund_subjects_gives_no_leave(sentence: str) -> None:
    """A thing let happen, a gerund subject or a passive infinitive is no leave."""
    assert () == directives(sentence)


def test_a_leave_under_a_modal_is_one_directive() -> None:
    """ "We will allow cities to issue bonds": one commitment, the leave inside it."""
    d = only("The ministry will allow cities to issue more bonds.")
    assert (Force.COMMITMENT, "allow cities to issue more bonds") == (d.force, d.action)


def test_a_that_clause_holding_a_leave_is_still_demanded() -> None:
    """ "insisted that Congress allow …": only a modal in the clause takes it over."""
    d = only("The senators insisted that Congress allow new activities in affiliates.")
    assert (Force.DEMAND, "Congress") == (d.force, d.addressee)


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "I need every resident to register by Friday.",
            "every resident",
            "register by Friday",
        ),
        ("We really need lenders to extend the terms.", "lenders", "extend the terms"),
    ],
)
def test_i_need_x_to_is_an_obligation_of_x(
    sentence: str, addressee: str, action: str
) -> None:
    """ "I / we need X to V": the speaker requires V of X."""
    d = only(sentence)
    assert (Force.OBLIGATION, "need", addressee, action) == (
        d.force,
        d.trigger,
        d.addressee,
        d.action,
    )


def test_needing_a_thing_is_no_directive() -> None:
    """ "We need more time to finish": a thing needed, nobody required."""
    assert () == directives("We need more time to finish the review.")


def test_x_and_others_is_someone_asked() -> None:
    """ "the need for lenders and others to ease terms": "others" act too."""
    d = only("The minister stressed the need for insurers and others to ease terms.")
    assert "insurers and others" == d.addressee


def test_we_in_a_speech_is_the_speaker() -> None:
    """A speech's own "we" is its speaker, not a guess among the speaker's bodies."""
    doc = parse(
        "We should keep rates on hold until wage growth slows.",
        published=DAY,
        source="Board of the Central Bank of Norland",
        title="Speech by Governor Ana Ortiz at the Harbor Forum",
    )
    assert [("Ana Ortiz", "Ana Ortiz")] == [
        (d.issuer, d.addressee) for d in doc.directives
    ]


def test_a_quoted_we_outside_a_speech_keeps_the_source_rule() -> None:
    """Outside a one-speaker text, a fitting title still makes "we" the source."""
    d = only(
        '"We will keep rates on hold," CBN Governor Ada Obi said.',
        source="Central Bank of Norland",
    )
    assert "Central Bank of Norland" == d.addressee


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "While prices are easing, we should be clear-eyed about the risks.",
            "be clear-eyed about the risks",
        ),
        (
            "Officials must be open-minded about new tools.",
            "be open-minded about new tools",
        ),
    ],
)
def test_a_compound_adjective_after_be_is_no_passive(
    sentence: str, action: str
) -> None:
    """ "should be clear-eyed": a state asked for, the action from the verb."""
    d = only(sentence)
    assert (_rules.MODAL, action) == (d.rule, d.action)


def test_a_modal_restarted_after_a_dashed_aside_is_one_commitment() -> None:
    """ "we will — and with help — we will be launching X": the restart speaks."""
    d = only(
        "This week we will — and with the help of our partners — "
        "we will be launching a month of action."
    )
    assert "be launching a month of action" == d.action


def test_a_dashed_aside_after_a_modal_is_skipped() -> None:
    """ "The bank will — if needed — raise rates": the verb follows the aside."""
    d = only("The bank will — if needed — raise rates again.")
    assert ("bank", "raise rates again") == (d.addressee, d.action)


def test_would_just_note_frames_a_remark() -> None:
    """ "I would just note that …": a polite frame, no commitment."""
    assert () == directives('"I would just note that the plan is larger," she said.')


def test_just_after_a_modal_is_skipped() -> None:
    """ "The board will just keep the rate steady": the verb is "keep"."""
    assert (
        "keep the rate steady"
        == only("The board will just keep the rate steady.").action
    )


def test_and_after_a_closing_dash_opens_a_clause() -> None:
    """ "— and the appropriators will use that": the subject leaves out "and"."""
    d = only(
        "We agreed on the levels — they could be higher than last year — "
        "and the appropriators will use that."
    )
    assert ("appropriators", "use that") == (d.addressee, d.action)


def test_they_passes_over_the_speakers_own_sentences_for_its_topic() -> None:
    """ "The appropriators will A. We set no items. They will B": they commit."""
    found = directives(
        "The appropriators will use part of the money. "
        "We did not set the line items. They will also use other funds. "
        "Again, we do not dictate how, but they will rescind the rest."
    )
    assert [
        ("appropriators", "use part of the money"),
        ("appropriators", "use other funds"),
        ("appropriators", "rescind the rest"),
    ] == [(d.addressee, d.action) for d in found]


def test_a_thing_before_the_speakers_sentence_stays_a_thing() -> None:
    """ "The treaty was signed. We welcomed it. It will open markets": a forecast."""
    assert () == directives(
        "The treaty was signed. We welcomed it. It will open markets."
    )


def test_a_sentence_opening_conjunction_is_no_part_of_the_subject() -> None:
    """ "But the ministry will cut fees": the ministry, without "But"."""
    assert "ministry" == only("But the ministry will cut fees.").addressee


def test_a_full_stop_inside_a_quotation_ends_the_action() -> None:
    """A quotation is one segment, but "… the future. This …" ends the act."""
    found = directives(
        'The president said: "After months of talks, we now need to look to '
        'the future. This new start is our contribution."'
    )
    assert ["look to the future"] == [d.action for d in found]


def test_it_after_the_speakers_sentence_is_the_thing_it_named() -> None:
    """ "I urge Congress to pass the accord. It will create jobs": a forecast."""
    found = directives(
        "The Administration is making trade a priority. "
        "I urge Congress to pass the accord. It will create good jobs."
    )
    assert ["urge"] == [d.trigger for d in found]


def test_a_restrictive_relative_with_its_own_will_stays_in_the_action() -> None:
    """ "use other funds that their committees will choose": one action."""
    d = only("The agency will use other funds that its committees will choose.")
    assert "use other funds that its committees will choose" == d.action


def test_you_in_a_letter_is_its_recipient() -> None:
    """ "In her letter to the 12 Councils …: … that you find ways": the councils."""
    d = only(
        "In her letter to the 12 Councils, the minister said: "
        "I am requesting that you find ways to cap this spending."
    )
    assert ("12 Councils", "find ways to cap this spending") == (d.addressee, d.action)


def test_you_without_a_letter_is_left_as_it_is() -> None:
    """A "you" with no letter named before keeps the registry's reading."""
    assert "You" == only("You should check the figures before filing.").addressee


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            (
                "We defend the principle that people around the world "
                "should be able to speak freely."
            ),
            "people",
        ),
        ("Firms without a licence must stop trading.", "Firms"),
        ("Lenders that cut over 5 percent of staff must report it.", "Lenders"),
    ],
)
def test_prepositions_of_place_end_the_subject_head(
    sentence: str, addressee: str
) -> None:
    """ "people around the world should": "around" opens a modifier, not an object."""
    assert addressee == directives(sentence)[-1].addressee


def test_an_other_than_aside_leaves_the_subject_before_it() -> None:
    """ "Importers, other than small firms, must keep records": the importers."""
    d = only("Importers, other than small firms, must keep records.")
    assert ("Importers", "keep records") == (d.addressee, d.action)


def test_an_appositive_between_subject_and_modal_leaves_the_subject() -> None:
    """ "Local councils, the main providers of care, should …": the councils."""
    d = only("Local councils, the main providers of care, should publish budgets.")
    assert ("Local councils", "publish budgets") == (d.addressee, d.action)


def test_an_appositive_after_a_thing_gives_a_directive_without_addressee() -> None:
    """ "Savings bonds, the safest assets, should be …": a thing, no one named."""
    d = only("Savings bonds, the safest assets, should be accessible to all savers.")
    assert (None, "be accessible to all savers") == (d.addressee, d.action)


def test_resources_committed_to_a_thing_in_a_relative_clause_commit_nobody() -> None:
    """ "the time that you have committed to this effort is vital": no pledge."""
    assert () == directives(
        "The time that you have committed to this effort is vital for the launch."
    )


def test_committed_to_a_noun_in_a_main_clause_still_commits() -> None:
    """ "The government is committed to the reforms": a commitment."""
    assert "the reforms" == only("The government is committed to the reforms.").action


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        (
            "The Director or his delegate shall publish a notice.",
            "Director or his delegate",
        ),
        (
            "The clerk and such assistants shall keep the register.",
            "clerk and such assistants",
        ),
    ],
)
def test_joined_subjects_take_the_first_heads_class(
    sentence: str, addressee: str
) -> None:
    """ "The Director or his delegate shall": an actor, "delegate" unlisted."""
    assert addressee == only(sentence).addressee


def test_a_joined_name_in_capitals_stays_one_name() -> None:
    """ "the Harbour Import and Export Fair will open": a thing, no commitment."""
    assert () == directives("The Harbour Import and Export Fair will open in May.")


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The list shall be attested to by the seizing officer.", "seizing officer"),
        ("Fees shall be paid by the operator within 30 days.", "operator"),
        ("The proof shall be given by either of the following documents.", None),
        ("Each dog shall be accompanied by a handler.", None),
    ],
)
def test_a_passives_named_agent_is_its_addressee(
    sentence: str, addressee: str | None
) -> None:
    """ "attested to by the officer": the officer acts; a thing or a kind does not."""
    d = only(sentence)
    assert (_rules.MODAL_PASSIVE, addressee) == (d.rule, d.addressee)


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("This means banks must hold more capital.", "banks"),
        ("Policy must adapt, so that means regulators must move faster.", "regulators"),
    ],
)
def test_the_clause_after_means_has_its_own_subject(
    sentence: str, addressee: str
) -> None:
    """ "This means banks must …": the banks, not "This means banks"."""
    assert addressee == directives(sentence)[-1].addressee


@pytest.mark.parametrize(
    ("sentence", "addressee", "action"),
    [
        (
            "It is vital that all parties refrain from acts that may raise tensions.",
            "all parties",
            "refrain from acts that may raise tensions",
        ),
        ("It is crucial that lenders act quickly.", "lenders", "act quickly"),
    ],
)
def test_it_is_vital_that_x_do_is_an_obligation_of_x(
    sentence: str, addressee: str, action: str
) -> None:
    """ "It is vital that X do Y": X is asked; a modal deep in Y is not the clause's."""
    d = only(sentence)
    assert (Force.OBLIGATION, addressee, action) == (d.force, d.addressee, d.action)


@pytest.mark.parametrize(
    "sentence",
    ["It is vital to note that growth slowed.", "It was crucial for the rebound."],
)
def test_it_is_vital_without_an_act_asked_is_no_directive(sentence: str) -> None:
    """A remark ("it is vital to note") or a "for NP" evaluation asks nothing."""
    assert () == directives(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing in this section may be construed to bar a court from acting.",
        "Nothing in this Act shall be construed to limit the Secretary's powers.",
    ],
)
def test_nothing_shall_be_construed_is_a_negated_obligation(sentence: str) -> None:
    """ "Nothing in this Act shall/may be construed to …": nobody may read it so."""
    d = only(sentence)
    assert (Force.OBLIGATION, True, None) == (d.force, d.negated, d.addressee)


def test_nothing_will_change_is_no_directive() -> None:
    """ "Nothing will change": a forecast about nothing, no commitment."""
    assert () == directives("Nothing will change.")


def test_securities_named_in_capitals_are_things() -> None:
    """ "… Inflation-Protected Securities will be available": a forecast, no pledge."""
    assert () == directives(
        "All bills, notes and Treasury Inflation-Protected Securities will be "
        "available to the public."
    )


def test_a_support_programme_before_a_comma_asks_nobody() -> None:
    """ "a new support programme for Greece, … plans to help": no encouragement."""
    assert () == directives(
        "After a deal on a new support programme for Greece, the Commission "
        "revealed plans to help Greece use EU funds."
    )


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("The filing fee may not exceed 40 dollars per applicant.", "exceed"),
        ("A single shift may not surpass twelve hours of duty.", "surpass"),
        ("The notice period may not be shorter than thirty days.", "be shorter"),
    ],
)
def test_may_not_on_a_bound_thing_is_a_cap(sentence: str, action: str) -> None:
    """A rule's "X may not exceed N" about a thing it bounds: obligation, negated."""
    d = only(sentence)
    assert (Force.OBLIGATION, True, None) == (d.force, d.negated, d.addressee)
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        "Inflation may not exceed 2 percent this year.",
        "Analysts said the cost may not exceed the budget.",
        "The relief may not be enough for most families.",
    ],
)
def test_may_not_about_an_indicator_or_reported_is_no_cap(sentence: str) -> None:
    """An indicator, reported speech or "may not be enough" weigh a likelihood."""
    assert () == directives(sentence)


_ASIDE_LISTS = (
    (
        "The Warden, in consultation with the Surveyor of Ports, the Chair of the "
        "Pilots Guild, and the Head of the Marine Institute, shall convene the "
        "operators."
    ),
    (
        "The Warden, in consultation with the Chair of Dock Holdings, Ltd., and the "
        "Head of the Marine Institute, shall convene the operators."
    ),
)


@pytest.mark.parametrize("sentence", _ASIDE_LISTS)
def test_a_list_inside_an_aside_keeps_the_subject_before_it(sentence: str) -> None:
    """ "X, in consultation with A, the Chair of B, and C, shall": X is bound."""
    d = only(sentence)
    assert ("Warden", "convene the operators") == (d.addressee, d.action)
