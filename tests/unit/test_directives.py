"""The directive stage, one construction per test, on sentences written for the tests.

The sentences come from several genres (regulations, work reports, press
releases, central-bank statements, news, UN-style resolutions) so that each rule
is checked away from the seed article it was first seen in.
"""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs import Directive, Document, Force, parse
from policydocs._extract._modals import TRIGGER_RE, TRIGGERS, Frame

DAY = dt.date(2026, 3, 5)


def directives(text: str, *, source: str | None = None) -> tuple[Directive, ...]:
    return parse(text, published=DAY, source=source).directives


def only(text: str, *, source: str | None = None) -> Directive:
    found = directives(text, source=source)
    assert len(found) == 1, [d.action for d in found]
    return found[0]


# --- force and negation -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "force"),
    [
        ("Exporters must obtain a permit before shipping.", Force.OBLIGATION),
        (
            "Operators shall submit annual safety reports to the regulator.",
            Force.OBLIGATION,
        ),
        (
            "Employers have to provide written contracts to seasonal workers.",
            Force.OBLIGATION,
        ),
        ("Local councils need to publish their spending plans.", Force.OBLIGATION),
        ("Hospitals should report waiting times every month.", Force.RECOMMENDATION),
        ("Regulators ought to review the capital rules.", Force.RECOMMENDATION),
        ("The agency vowed to crack down on illegal mining.", Force.COMMITMENT),
        (
            "The ministry will work with provincial bureaus to publish the data.",
            Force.COMMITMENT,
        ),
    ],
)
def test_modal_force(sentence: str, force: Force) -> None:
    assert only(sentence).force is force


def test_prohibition_is_negated_and_action_drops_the_negation() -> None:
    d = only("City governments must not use land revenue to cover operating deficits.")
    assert (d.force, d.negated, d.addressee) == (
        Force.OBLIGATION,
        True,
        "City governments",
    )
    assert d.action == "use land revenue to cover operating deficits"


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        (
            "Providers shall not process personal data for marketing.",
            "process personal data for marketing",
        ),
        (
            "Developers may not sell units before completion.",
            "sell units before completion",
        ),
        (
            "Banks cannot lend to firms on the watch list.",
            "lend to firms on the watch list",
        ),
        ("Schools must never charge admission fees.", "charge admission fees"),
        ("Foreign investors are prohibited from buying farmland.", "buying farmland"),
    ],
)
def test_negated_obligations(sentence: str, action: str) -> None:
    d = only(sentence)
    assert (d.force, d.negated, d.action) == (Force.OBLIGATION, True, action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "The governor said the bank would not hesitate to tighten policy.",
            "tighten policy",
        ),
        (
            "The agency will not hesitate to use its enforcement powers.",
            "use its enforcement powers",
        ),
        (
            '"We won\'t hesitate to intervene in the bond market," Tanaka said.',
            "intervene in the bond market",
        ),
    ],
)
def test_will_not_hesitate_to_is_a_positive_commitment(text: str, action: str) -> None:
    d = only(text)
    assert (d.force, d.negated, d.action) == (Force.COMMITMENT, False, action)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Banks need not act yet, the governor said.", "act yet"),
        (
            "Applicants need not resubmit documents already on file.",
            "resubmit documents already on file",
        ),
        (
            "Smaller councils needn't publish quarterly accounts.",
            "publish quarterly accounts",
        ),
    ],
)
def test_need_not_is_a_negated_obligation(text: str, action: str) -> None:
    d = only(text)
    assert (d.force, d.negated, d.action) == (Force.OBLIGATION, True, action)


def test_no_company_may_names_the_company_as_addressee() -> None:
    d = only("Under the notice, no bank may charge fees on relief loans.")
    assert (d.force, d.negated, d.action) == (
        Force.OBLIGATION,
        True,
        "charge fees on relief loans",
    )


@pytest.mark.parametrize(
    "text",
    [
        "No project shall receive assistance exceeding Rs 10 crore.",
        "No vehicle may enter the low-emission zone before 10 a.m.",
    ],
)
def test_no_thing_may_is_a_prohibition_without_an_addressee(text: str) -> None:
    d = only(text)
    assert (d.force, d.negated, d.addressee) == (Force.OBLIGATION, True, None)


def test_avoid_is_a_recommendation_not_a_negation() -> None:
    d = only("Local authorities should avoid imposing new fees on farmers.")
    assert (d.force, d.negated) == (Force.RECOMMENDATION, False)
    assert d.action == "avoid imposing new fees on farmers"


def test_not_only_does_not_negate() -> None:
    assert not only("Firms should not only cut costs but also train staff.").negated


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices may not rise as fast as expected.",  # epistemic may
        "The data cannot be compared with earlier years.",  # a caveat, not a ban
        "Nobody can predict the outcome.",
    ],
)
def test_epistemic_may_and_can_are_not_directives(sentence: str) -> None:
    assert directives(sentence) == ()


def test_it_should_be_noted_frames_a_remark() -> None:
    assert directives("It should be noted that the figures are preliminary.") == ()
    assert directives("Users should note that totals may not add up.") == ()
    d = only("It must be ensured that all children attend school.")
    assert (d.rule, d.addressee) == ("modal-passive", None)


def test_a_commencement_clause_is_no_directive() -> None:
    assert directives("This Regulation shall enter into force on July 1, 2026.") == ()
    assert directives("The order shall take effect immediately.") == ()


def test_a_relative_clause_with_its_own_verb_stays_in_the_subject() -> None:
    d = only("Batteries that fail the heat test shall not be placed on the market.")
    assert (
        d.action
        == "Batteries that fail the heat test shall not be placed on the market"
    )
    assert d.negated


def test_who_with_an_auxiliary_is_a_subject_relative() -> None:
    d = only("Tenants who are behind on rent must not be evicted in winter.")
    assert d.action == "Tenants who are behind on rent must not be evicted in winter"


# --- will: commitment or prediction -------------------------------------------


def test_we_will_under_a_source_header_is_the_authors_commitment() -> None:
    d = only(
        "We will keep the budget deficit at 3 percent of GDP this year.",
        source="Ministry of Finance",
    )
    assert (d.force, d.issuer, d.addressee) == (
        Force.COMMITMENT,
        "Ministry of Finance",
        "Ministry of Finance",
    )
    assert d.action == "keep the budget deficit at 3 percent of GDP this year"
    assert d.statement is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The new rules will help small exporters cut costs.",
        "Inflation will ease later this year.",
        "The summit will be held in Nairobi next year.",
        "The strategy, which will run until 2030, sets out five priorities.",
        "Around 1.6 million fixed-rate deals will reset this year.",
        "The Fed will likely hold rates steady.",  # hedged
        "Investors will watch the data closely.",  # market actors forecast
        "The officials who will oversee the program were named on Monday.",
        "If banks fail to comply, they will face fines.",
    ],
)
def test_will_about_a_thing_is_a_prediction(sentence: str) -> None:
    assert directives(sentence) == ()


def test_a_bracketed_acronym_ends_the_name_and_a_measure_acronym_is_no_actor() -> None:
    d = only("The Central Bank of Ruritania (CBR) will cut the reserve ratio.")
    assert (d.force, d.action) == (Force.COMMITMENT, "cut the reserve ratio")
    assert directives("After the cut, the average RRR will be about 5.7 percent.") == ()


def test_reported_would_of_an_organization_is_a_commitment() -> None:
    d = only("The company said it would cut 500 jobs.")
    assert (d.force, d.action) == (Force.COMMITMENT, "cut 500 jobs")


@pytest.mark.parametrize(
    ("text", "action", "negated"),
    [
        (
            "The minister said she would cut taxes by 2 percent.",
            "cut taxes by 2 percent",
            False,
        ),
        ("The premier said he would not raise taxes.", "raise taxes", True),
        (
            "Mayor Dunmore told residents on Monday that she would reopen it.",
            "reopen it",
            False,
        ),
        (
            "The union leader said they would strike from next week.",
            "strike from next week",
            False,
        ),
    ],
)
def test_a_reported_would_with_a_pronoun_subject_is_a_commitment(
    text: str, action: str, *, negated: bool
) -> None:
    d = only(text)
    assert (d.force, d.action, d.negated) == (Force.COMMITMENT, action, negated)


@pytest.mark.parametrize(
    "text",
    [
        "Governor Penrose: I would stress one point about the outlook.",
        "Minister Alvarez: We would like to thank the provinces for their work.",
        '"I would argue the reforms came too late," Okafor said.',
        'Secretary Hale said: "You would think the banks had learned by now."',
    ],
)
def test_a_first_person_would_before_a_speech_verb_is_polite(text: str) -> None:
    assert directives(text) == ()


@pytest.mark.parametrize(
    ("text", "addressee", "action"),
    [
        (
            (
                "Premier Wang said in the report that the country will keep the "
                "deficit at 4 percent."
            ),
            "country",
            "keep the deficit at 4 percent",
        ),
        (
            "The mayor said in an interview that the city will reopen the pool.",
            "city",
            "reopen the pool",
        ),
    ],
)
def test_an_adjunct_between_said_and_that_keeps_the_clause_reported(
    text: str, addressee: str, action: str
) -> None:
    d = only(text)
    assert (d.force, d.addressee, d.action) == (Force.COMMITMENT, addressee, action)


def test_will_before_need_to_leaves_one_obligation() -> None:
    d = only("The government will need to borrow more.")
    assert (d.force, d.trigger, d.action) == (
        Force.OBLIGATION,
        "need to",
        "borrow more",
    )


# --- speech acts and encouragement --------------------------------------------


def test_urged_x_to_names_x_and_the_speaker_issues() -> None:
    d = only(
        "The central bank urged commercial banks "
        "to lower lending rates for small firms."
    )
    assert (d.force, d.addressee, d.action) == (
        Force.RECOMMENDATION,
        "commercial banks",
        "lower lending rates for small firms",
    )
    assert d.issuer is not None
    assert "bank" in d.issuer.lower()


def test_directed_is_an_obligation_on_its_object() -> None:
    d = only(
        "The governor directed the health department "
        "to reopen the clinics within a week."
    )
    assert (d.force, d.action) == (Force.OBLIGATION, "reopen the clinics within a week")
    assert d.addressee is not None
    assert "health department" in d.addressee.lower()


def test_are_encouraged_to_names_its_subject() -> None:
    d = only("Private firms are encouraged to invest in rural broadband.")
    assert (d.force, d.addressee, d.action) == (
        Force.ENCOURAGEMENT,
        "Private firms",
        "invest in rural broadband",
    )


def test_are_required_to_is_an_obligation_of_its_subject() -> None:
    d = only("Retailers are required to display prices in euros.")
    assert (d.force, d.addressee, d.action) == (
        Force.OBLIGATION,
        "Retailers",
        "display prices in euros",
    )


def test_support_x_in_doing_is_encouragement_but_support_a_thing_is_not() -> None:
    d = only("The president supports farmers in adopting drought-resistant seed.")
    assert (d.force, d.addressee, d.action) == (
        Force.ENCOURAGEMENT,
        "farmers",
        "adopting drought-resistant seed",
    )
    assert directives("A new fund will support the construction of rural roads.") == ()


def test_resolution_style_paragraphs_without_a_subject() -> None:
    found = directives(
        "Calls upon all States to refrain from the use of force.\n\n"
        "Encourages regional organizations to share best practices."
    )
    assert [(d.force, d.action) for d in found] == [
        (Force.RECOMMENDATION, "refrain from the use of force"),
        (Force.ENCOURAGEMENT, "share best practices"),
    ]


def test_call_for_a_noun_phrase_keeps_it_whole() -> None:
    d = only("The premier called for stronger efforts to stabilize employment.")
    assert (d.force, d.addressee) == (Force.RECOMMENDATION, None)
    assert d.action == "stronger efforts to stabilize employment"


def test_call_for_an_actor_to_act_splits_addressee_and_action() -> None:
    d = only("The mayor called on Monday for landlords to freeze rents this winter.")
    assert (d.addressee, d.action) == ("landlords", "freeze rents this winter")


def test_and_urged_ends_the_previous_action() -> None:
    found = directives(
        "The mayor called on landlords to freeze rents "
        "and urged the state legislature to lift its ban."
    )
    assert [(d.addressee, d.action) for d in found] == [
        ("landlords", "freeze rents"),
        ("state legislature", "lift its ban"),
    ]


def test_a_participle_before_the_head_stays_in_the_addressee() -> None:
    d = only("We urge our trading partners to return to the negotiating table.")
    assert d.addressee is not None
    assert "trading partners" in d.addressee
    assert d.action == "return to the negotiating table"


def test_urged_x_not_to_is_a_negated_request() -> None:
    d = only("The regulator warned banks not to raise fees.")
    assert (d.force, d.negated, d.addressee, d.action) == (
        Force.RECOMMENDATION,
        True,
        "banks",
        "raise fees",
    )
    told = only("The president told ministers to cut spending by 10 percent.")
    assert (told.force, told.addressee) == (Force.OBLIGATION, "ministers")
    assert directives("Wang told reporters that exports rose.") == ()


def test_require_that_reads_the_subjunctive_clause() -> None:
    d = only("The law requires that companies disclose their emissions every year.")
    assert (d.force, d.addressee, d.action) == (
        Force.OBLIGATION,
        "companies",
        "disclose their emissions every year",
    )
    d = only("The ministry recommended that the rules be simplified.")
    assert (d.force, d.addressee, d.action) == (
        Force.RECOMMENDATION,
        None,
        "the rules be simplified",
    )
    # A modal inside the clause is the trigger, once.
    assert len(directives("He urged that banks should lend more.")) == 1


def test_demand_as_a_noun_is_no_trigger() -> None:
    assert directives("External demand added 0.4 percentage point to growth.") == ()


# --- passives, efforts, indicators, nouns --------------------------------------


def test_passive_keeps_its_whole_clause_and_has_no_addressee() -> None:
    d = only("Subsidies for rural broadband should be paid out within the year.")
    assert (d.force, d.addressee, d.rule) == (
        Force.RECOMMENDATION,
        None,
        "modal-passive",
    )
    assert (
        d.action == "Subsidies for rural broadband should be paid out within the year"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Stress tests must be run every year.",
        "Overdue loans must be repaid within 30 days.",
        "The tender rules should be rewritten before the next round.",
    ],
)
def test_an_irregular_or_prefixed_participle_keeps_the_passive_clause(
    text: str,
) -> None:
    d = only(text)
    assert (d.rule, d.addressee, d.action) == ("modal-passive", None, text[:-1])


@pytest.mark.parametrize(
    ("text", "addressee", "action", "negated"),
    [
        (
            (
                "The National Bank of Poland, which has kept its rate at 4.50 percent "
                "since March, should not rush to cut borrowing costs, she said."
            ),
            "National Bank of Poland",
            "rush to cut borrowing costs",
            True,
        ),
        (
            "Local councils, which run most schools, must publish their budgets.",
            "Local councils",
            "publish their budgets",
            False,
        ),
        (
            "The agency, whose budget was cut last year, will hire 200 inspectors.",
            "agency",
            "hire 200 inspectors",
            False,
        ),
    ],
)
def test_a_non_restrictive_relative_clause_is_skipped_to_find_the_subject(
    text: str, addressee: str, action: str, *, negated: bool
) -> None:
    d = only(text)
    assert (d.addressee, d.action, d.negated) == (addressee, action, negated)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("The U.S. should lift the tariffs.", "U.S."),
        ("The U.K. will cut emissions by 2030, the envoy said.", "U.K."),
    ],
)
def test_a_dotted_abbreviation_is_one_word_of_the_subject(
    text: str, addressee: str
) -> None:
    assert only(text).addressee == addressee


def test_a_noun_in_ing_heads_its_phrase() -> None:
    assert directives("Government spending will rise 5 percent next year.") == ()
    assert directives("Central bank lending to farmers will double by 2028.") == ()
    d = only("Bank lending to small firms should grow faster.")
    assert (d.addressee, d.rule) == (None, "modal-indicator")


def test_a_thousands_separator_is_no_clause_boundary() -> None:
    d = only(
        "Input subsidies of ₹8,500 per hectare should be paid out within the year."
    )
    assert d.action.startswith("Input subsidies of ₹8,500")


def test_an_adverb_inside_a_passive_keeps_it_passive() -> None:
    d = only("Formalism must be resolutely opposed.")
    assert (d.rule, d.addressee, d.action) == (
        "modal-passive",
        None,
        "Formalism must be resolutely opposed",
    )


def test_at_all_levels_stays_in_the_addressee() -> None:
    d = only("Local governments at all levels should cut general spending.")
    assert d.addressee is not None
    assert d.addressee.endswith("at all levels")


def test_efforts_should_be_made_to_gives_the_purpose() -> None:
    d = only("Efforts must be made to stabilize grain output.")
    assert (d.force, d.addressee, d.action) == (
        Force.OBLIGATION,
        None,
        "stabilize grain output",
    )


def test_indicator_subject_counts_without_addressee() -> None:
    d = only("Water use per unit of industrial output should fall by about 10 percent.")
    assert (d.addressee, d.action, d.rule) == (
        None,
        "fall by about 10 percent",
        "modal-indicator",
    )


def test_an_unknown_plural_acts_unless_it_changes_like_an_indicator() -> None:
    d = only("Golf courses and car washes shall not use municipal tap water.")
    assert (d.addressee, d.negated) == ("Golf courses and car washes", True)
    assert only("Exports should grow by 5 percent.").addressee is None
    assert only("Loan agreements must state the total cost.").addressee is None


def test_the_need_and_the_imperative() -> None:
    need = only("The minister stressed the need to modernize the grid.")
    assert (need.force, need.action, need.addressee) == (
        Force.OBLIGATION,
        "modernize the grid",
        None,
    )
    imperative = only(
        "It is imperative for member states to ratify the treaty before June."
    )
    assert (imperative.force, imperative.addressee, imperative.action) == (
        Force.OBLIGATION,
        "member states",
        "ratify the treaty before June",
    )
    assert directives("There is no need to panic.") == ()
    assert directives("The need for speed was clear.") == ()
    reform = only("There is an urgent need for reform.")
    assert (reform.force, reform.action) == (Force.OBLIGATION, "reform")


# --- one directive per trigger ------------------------------------------------


def test_coordinated_actions_under_one_trigger_stay_one() -> None:
    d = only(
        "We will cut fees and simplify licensing for small firms.",
        source="Ministry of Commerce",
    )
    assert d.action == "cut fees and simplify licensing for small firms"


def test_two_triggers_make_two_directives() -> None:
    found = directives(
        "Exporters must obtain a permit before shipping, "
        "and importers must declare the goods on arrival."
    )
    assert [(d.addressee, d.action) for d in found] == [
        ("Exporters", "obtain a permit before shipping"),
        ("importers", "declare the goods on arrival"),
    ]


def test_a_speech_verb_coordinated_under_will_is_both() -> None:
    found = directives(
        "We will raise research spending by 10 percent, and support firms in "
        "leading major projects.",
        source="State Council",
    )
    assert [(d.force, d.action) for d in found] == [
        (
            Force.COMMITMENT,
            (
                "raise research spending by 10 percent, and support firms in "
                "leading major projects"
            ),
        ),
        (Force.ENCOURAGEMENT, "leading major projects"),
    ]


def test_a_shared_subject_carries_to_the_second_trigger() -> None:
    found = directives(
        "The Treasury will publish the list by June "
        "and will report to Congress every six months."
    )
    assert [d.action for d in found] == [
        "publish the list by June",
        "report to Congress every six months",
    ]
    assert found[0].addressee == found[1].addressee


def test_a_verb_phrase_joined_by_and_takes_the_leading_actor() -> None:
    d = only(
        "The European Commission proposed new rules and will consult member states."
    )
    assert (d.force, d.addressee, d.action) == (
        Force.COMMITMENT,
        "European Commission",
        "consult member states",
    )
    assert directives("Exports to the EU rose 5 percent and will grow further.") == ()


def test_a_pledging_participle_commits_the_speaker() -> None:
    doc = parse(
        "Councils will get more money, the Transport Secretary announced, "
        'pledging to end the "pothole plague" within a decade.',
        published=DAY,
    )
    (d,) = doc.directives  # "councils will get" is a plan for them, not theirs
    assert (d.force, d.rule) == (Force.COMMITMENT, "commit-participle")
    assert d.action == 'end the "pothole plague" within a decade'
    assert d.addressee == d.issuer
    assert d.issuer is not None


def test_a_speech_act_joined_without_a_comma_stays_in_the_modals_action() -> None:
    will, support = directives(
        "The ministry will extend the subsidy and support exporters in finding "
        "new markets."
    )
    assert will.action == (
        "extend the subsidy and support exporters in finding new markets"
    )
    assert (support.force, support.addressee, support.action) == (
        Force.ENCOURAGEMENT,
        "exporters",
        "finding new markets",
    )


def test_localities_are_addressees_that_can_be_supported() -> None:
    d = directives(
        "We will support localities in issuing vouchers for elderly care.",
        source="Ministry of Commerce",
    )
    # One directive per trigger (issue 13): "will" commits the ministry and
    # "support … in" encourages the localities.
    assert [(x.addressee, x.action) for x in d] == [
        (
            "Ministry of Commerce",
            "support localities in issuing vouchers for elderly care",
        ),
        ("localities", "issuing vouchers for elderly care"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "asked_for", "promise"),
    [
        (
            "The ministry urged banks to lend more and vowed to cut fees.",
            "ministry",
            "lend more",
            "cut fees",
        ),
        (
            (
                "The council asked residents to save water and promised to repair "
                "the pipes."
            ),
            "council",
            "save water",
            "repair the pipes",
        ),
    ],
)
def test_a_pledge_joined_to_a_request_commits_the_one_who_asked(
    text: str, speaker: str, asked_for: str, promise: str
) -> None:
    asked, pledged = directives(text)
    assert (asked.action, asked.force) == (asked_for, Force.RECOMMENDATION)
    assert (pledged.action, pledged.force) == (promise, Force.COMMITMENT)
    assert (pledged.issuer, pledged.addressee) == (speaker, speaker)


def test_pledged_an_object_is_a_commitment() -> None:
    d = only("The Chancellor pledged an extra £1bn for the NHS.")
    assert (d.force, d.action, d.rule) == (
        Force.COMMITMENT,
        "an extra £1bn for the NHS",
        "commit-object",
    )
    assert directives("The pledge was welcomed by charities.") == ()
    d = only("Donors pledged to double their aid.")
    assert (d.force, d.addressee, d.action) == (
        Force.COMMITMENT,
        "Donors",
        "double their aid",
    )


def test_must_and_will_have_to_make_two_obligations() -> None:
    found = directives(
        "Councils must publish their plans by June and will have to show "
        "how they spend the money."
    )
    assert [(d.trigger, d.action) for d in found] == [
        ("must", "publish their plans by June"),
        ("have to", "show how they spend the money"),
    ]


def test_and_with_a_pronoun_opens_a_new_clause() -> None:
    d = only(
        "We will back councils with the money they need, and we expect them "
        "to deliver.",
        source="Department for Transport",
    )
    assert d.action == "back councils with the money they need"


# --- not directives ----------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Could you elaborate on the plan?",
        "Should mortgage borrowers plan for lower rates?",
        "The cabinet endorsed a plan to expand rail freight.",
        "The province hopes to double exports by 2030.",
        "The committee intends to review the rules next year.",
        "Analysts expect growth to slow.",
        "Reporters asked if the ministry will raise tariffs.",
        "Asked whether the government should raise subsidies, she declined.",
    ],
)
def test_questions_decisions_and_goals_are_not_directives(sentence: str) -> None:
    assert directives(sentence) == ()


def test_a_journalists_question_turn_is_skipped() -> None:
    text = (
        "Q: The EU has said it will launch an investigation. Will China respond?\n\n"
        "Spokesperson Lin: China will take necessary measures to protect its firms."
    )
    found = directives(text)
    assert [d.action for d in found] == ["take necessary measures to protect its firms"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            (
                "Correspondent: Firms must disclose more data. What is your view?\n\n"
                "Spokesperson Lin Jiayi: We will publish guidance next month."
            ),
            "publish guidance next month",
        ),
        (
            (
                "Reuters: Some analysts say China should retaliate.\n\n"
                "Mao Ning: The US should correct its mistakes."
            ),
            "correct its mistakes",
        ),
        (
            (
                "Bloomberg reporter: Banks must raise capital, the IMF says.\n\n"
                "Governor Hale: The bank will keep rates on hold."
            ),
            "keep rates on hold",
        ),
        (
            (
                "Caixin: Developers must repay their debts first. How will you respond?"
                "\n\nVice Minister Dong Ping: We will cut approval times."
            ),
            "cut approval times",
        ),
    ],
)
def test_a_turn_of_an_outlet_or_an_unknown_asker_gives_no_directive(
    text: str, kept: str
) -> None:
    found = directives(text, source="Ministry of Commerce")
    assert [d.action for d in found] == [kept]


def test_a_speakers_rhetorical_question_does_not_silence_the_turn() -> None:
    found = directives(
        "Spokesperson Lin Jiayi: Why should firms wait? They should apply now."
    )
    assert [d.action for d in found] == ["apply now"]


# --- statements, issuer, strength ----------------------------------------------


def test_a_directive_links_to_the_statement_it_sits_in() -> None:
    doc = parse(
        "All parties should exercise restraint, the spokesperson said.",
        published=DAY,
    )
    (d,) = doc.directives
    assert d.statement is not None
    st = doc.statements[d.statement]
    assert st.content_span.start <= d.action_span.start < st.content_span.end
    assert d.issuer == st.speaker


def test_a_continued_quotation_keeps_its_speaker() -> None:
    doc = parse(
        '"Banks have been too slow," Lima said. '
        '"We will cut the reserve ratio by June."',
        published=DAY,
        source="Central Bank of Brazil",
    )
    (d,) = doc.directives
    assert (d.issuer, d.addressee, d.force) == (
        "Lima",
        "Central Bank of Brazil",
        Force.COMMITMENT,
    )


@pytest.mark.parametrize(
    ("text", "source", "addressee"),
    [
        (
            '"We will cut the deficit," Finance Minister Tomasz Nowak said.',
            "Office of the Prime Minister",
            "Tomasz Nowak",
        ),
        (
            '"We must act now," said central bank governor Ahmed Khan.',
            "Daily Wire",
            "Ahmed Khan",
        ),
        (
            (
                "Commissioner for Energy Markus Brandt said: "
                '"We will work with member states to cut permitting times."'
            ),
            "European Commission",
            "European Commission",
        ),
        (
            '"We will keep rates on hold," CBN Governor Ada Obi said.',
            "Central Bank of Norland",
            "Central Bank of Norland",
        ),
        (
            '"We will not accept delays," Deputy Secretary Marcus Hale said.',
            "Department of the Treasury",
            "Department of the Treasury",
        ),
    ],
)
def test_a_quoted_we_is_the_source_only_when_the_speakers_title_fits_it(
    text: str, source: str, addressee: str
) -> None:
    assert only(text, source=source).addressee == addressee


def test_a_quoted_we_is_a_mention_of_the_actor_the_directive_names() -> None:
    """The registry and the directive stage give a quoted "we" one reading."""
    text = (
        "Commissioner for Fisheries Lena Moritz said: "
        '"We will review the catch quotas in the spring."'
    )
    doc = parse(text, published=DAY, source="European Commission")
    (d,) = doc.directives
    we = text.index("We ")
    holder = [a.name for a in doc.actors for m in a.mentions if m.start == we]
    assert ["European Commission", "European Commission"] == [d.addressee, *holder]


def test_trailing_participle_cue_ends_the_action() -> None:
    d = directives(
        "He called for faster approvals of clean-energy projects, "
        "adding that utilities "
        "must upgrade their grids."
    )
    assert [x.action for x in d] == [
        "faster approvals of clean-energy projects",
        "upgrade their grids",
    ]


def test_any_cue_participle_ends_the_action() -> None:
    d = only(
        "The council will repair 300 roads this year, "
        "observing that winter damage was severe."
    )
    assert d.action == "repair 300 roads this year"


@pytest.mark.parametrize(
    ("text", "addressee", "action"),
    [
        (
            "The central bank highlighted it would keep buying bonds.",
            "central bank",
            "keep buying bonds",
        ),
        (
            "The agency observed it would tighten checks on imports.",
            "agency",
            "tighten checks on imports",
        ),
    ],
)
def test_any_reporting_cue_makes_its_it_would_reported(
    text: str, addressee: str, action: str
) -> None:
    d = only(text)
    assert (d.force, d.addressee, d.action) == (Force.COMMITMENT, addressee, action)


@pytest.mark.parametrize(
    ("text", "addressee", "action"),
    [
        (
            "Member states of the union should cut emissions by 2030.",
            "Member states",
            "cut emissions by 2030",
        ),
        ("All states in the region will cut taxes.", "All states", "cut taxes"),
        (
            "Notes issued by the bank must be redeemed at par.",
            None,
            "Notes issued by the bank must be redeemed at par",
        ),
    ],
)
def test_a_plural_noun_spelt_like_a_reporting_verb_stays_in_the_subject(
    text: str, addressee: str | None, action: str
) -> None:
    d = only(text)
    assert (d.addressee, d.action) == (addressee, action)


@pytest.mark.parametrize(
    ("text", "addressee"),
    [
        ("Some analysts say China should retaliate.", "China"),
        ("Economists say the central bank should cut rates.", "central bank"),
        ("Teachers' unions warn that schools must cut classes.", "schools"),
    ],
)
def test_a_present_tense_reporting_verb_ends_the_subject(
    text: str, addressee: str
) -> None:
    assert only(text).addressee == addressee


def test_strength_orders_obligation_recommendation_encouragement() -> None:
    doc: Document = parse(
        "Banks are encouraged to lend more. Banks should disclose fees. "
        "Banks must hold more capital.",
        published=DAY,
    )
    ranked = sorted(doc.directives, key=lambda d: d.strength, reverse=True)
    assert [d.force for d in ranked] == [
        Force.OBLIGATION,
        Force.RECOMMENDATION,
        Force.ENCOURAGEMENT,
    ]


def test_every_directive_records_its_trigger_and_rule() -> None:
    text = "Operators shall submit annual safety reports to the regulator."
    d = only(text)
    assert d.trigger == "shall"
    assert d.trigger_span is not None
    assert d.trigger_span.slice(text) == "shall"
    assert d.rule == "modal"


def test_offsets_hold_when_lower_casing_changes_length() -> None:
    # "İ" lower-cases to two characters, so the stage lower-cases per character.
    text = "İstanbul authorities must close the bridge. Banks should lend more."
    found = directives(text)
    assert [d.action for d in found] == ["close the bridge", "lend more"]
    assert all(d.action_span.slice(text) == d.action for d in found)


# --- the lexicon ---------------------------------------------------------------


def test_every_surface_form_is_found_by_the_pattern() -> None:
    for surface in TRIGGERS:
        m = TRIGGER_RE.search(f"x {surface} y")
        assert m is not None, surface
        assert " ".join(m.group().split()) == surface


def test_speech_verbs_are_inflected() -> None:
    for form in ("urge", "urges", "urged", "urging"):
        assert TRIGGERS[form].frame is Frame.SPEECH_OBJECT


@pytest.mark.slow
def test_a_long_run_of_triggers_stays_linear() -> None:
    # Many triggers in one "sentence": every look-around is bounded, so this
    # finishes quickly; the benchmark, not this test, measures speed.
    text = "Banks must, " * 5000 + "and lend."
    assert isinstance(directives(text), tuple)


@pytest.mark.parametrize(
    ("label", "asks"),
    [
        ("CCTV reporter", True),
        ("Reporter (Nikkei)", True),
        ("Bloomberg News", True),
        ("Zheng Hao, deputy head of the news office", False),
        ("Director of the Xinhua bureau", False),
    ],
)
def test_question_turns_are_the_statements_stages(label: str, asks: bool) -> None:
    """A turn is a question exactly when is_question_turn_label says so."""
    text = (
        f"{label}: Banks must lend more to small firms.\n\n"
        "Spokesperson Lin: We will publish guidance next month."
    )
    actions = [d.action for d in directives(text)]
    assert asks == ("lend more to small firms" not in actions)
