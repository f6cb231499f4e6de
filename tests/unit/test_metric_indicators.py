"""Unit tests for the indicator phrase: what a metric measures, in the text's words."""

from __future__ import annotations

import datetime as dt

import pytest

from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)


def _indicators(text: str) -> list[tuple[str, str | None]]:
    doc = run(text, published=PUBLISHED, source=None)
    return [(m.text, m.indicator) for m in doc.metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the clause's report verb
        (
            "The vacancy rate was little changed at 4.2 percent.",
            [("4.2 percent", "vacancy rate")],
        ),
        (
            "In May, real household spending fell 0.4 percent.",
            [("0.4 percent", "real household spending")],
        ),
        # two reports joined by "and": each its own subject
        (
            (
                "Farm output rose 1.5 percent in May and factory orders dropped "
                "0.8 percent."
            ),
            [("1.5 percent", "Farm output"), ("0.8 percent", "factory orders")],
        ),
        # NP of N
        (
            "The plan sets industrial output growth of about 6 percent.",
            [("about 6 percent", "industrial output growth")],
        ),
        # a change noun: the phrase after "in"
        (
            "The drop reflected a decrease of $3.1 billion in spending on fuel.",
            [("$3.1 billion", "spending on fuel")],
        ),
        (
            "It showed a $2.4 billion increase in outlays for housing.",
            [("$2.4 billion", "outlays for housing")],
        ),
        # money for or on something
        (
            "The fund has awarded $3 billion for rural broadband projects.",
            [("$3 billion", "rural broadband projects")],
        ),
        # the object of a change noun used as a verb after "to"
        (
            "Members agreed to increase its holdings of bonds by $20 billion.",
            [("$20 billion", "holdings of bonds")],
        ),
        # the object of the change verb that governs the amount wins over
        # the subject of an earlier verb of the sentence
        (
            (
                "The board was split and lowered the target range for the repo rate "
                "by 25 basis points."
            ),
            [("25 basis points", "target range for the repo rate")],
        ),
        # auxiliaries between the subject and its verb are skipped
        (
            "Rail freight will rise 6 percent this year.",
            [("6 percent", "Rail freight")],
        ),
        # a change noun's form is a verb when no determiner marks it a noun
        (
            "Councils must cut office costs by 5 percent.",
            [("5 percent", "office costs")],
        ),
        # a noun phrase with its amount in brackets
        (
            "Among exits, retirements (2.6 million) edged up.",
            [("2.6 million", "retirements")],
        ),
        # money spent on something
        (
            "The agency confirmed £150m in grants for rural bus routes.",
            [("£150m", "grants for rural bus routes")],
        ),
        # a counted noun and its qualifier (the verb acting on them after the noun)
        (
            "The fund supported over 900 partnerships between coastal towns.",
            [("over 900 partnerships", "partnerships supported between coastal towns")],
        ),
        (
            "The fund has over 900 partnerships between coastal towns.",
            [("over 900 partnerships", "partnerships between coastal towns")],
        ),
        # a lone measure noun names nothing: the counted noun does
        (
            "A total of 14 harbours have been inspected.",
            [("14 harbours", "harbours have been inspected")],
        ),
        # the object of a change verb with no subject of its own
        (
            "The bank has lowered the deposit rate to 1.5 percent.",
            [("1.5 percent", "deposit rate")],
        ),
        # an abbreviation in brackets before the verb is the phrase's own name too
        (
            "Farm income rose 2 percent, and household outlays (HO) rose 1.1 percent.",
            [("2 percent", "Farm income"), ("1.1 percent", "household outlays (HO)")],
        ),
        # money modifying a noun: the noun, with what it is of or for
        (
            "The county will open a $12 million water plant to support the valley.",
            [("$12 million", "water plant to support the valley")],
        ),
        (
            "The reform should trim the €4bn cost of prison transport.",
            [("€4bn", "cost of prison transport")],
        ),
        # a share that opens its clause: what the clause says of the whole
        (
            "Roughly 40 per cent of tenants say they cannot afford repairs.",
            [
                (
                    "Roughly 40 per cent",
                    "share of tenants say they cannot afford repairs",
                )
            ],
        ),
        # an age group and a place qualify a counted noun
        (
            "Some 900 pupils aged 11 to 14 at the academy in Bury joined the trial.",
            [
                (
                    "Some 900 pupils",
                    "pupils aged 11 to 14 at the academy in Bury joined the trial",
                )
            ],
        ),
        # a bare share opening its clause: what the share did or said
        (
            "About 58 per cent said they would back the plan if fares fell.",
            [
                (
                    "About 58 per cent",
                    "share who said they would back the plan if fares fell",
                )
            ],
        ),
        # a pronoun subject after a subordinator stands for the sentence's subject
        (
            "The vacancy rate fell in most towns, but Ayr where it rose (from 3.1%).",
            [("3.1%", "vacancy rate")],
        ),
        # money with a participle after it: what it is set aside or earmarked for
        (
            "There is $300 million earmarked for rural clinics.",
            [("$300 million", "earmarked for rural clinics")],
        ),
        # a serial list whose items hold "and", after a fronted adverb
        (
            (
                "Nationally, mining, oil and gas, and farming rose 2 percent, "
                "3 percent, and 4 percent, respectively."
            ),
            [
                ("2 percent", "mining"),
                ("3 percent", "oil and gas"),
                ("4 percent", "farming"),
            ],
        ),
        # what costs an amount
        (
            "The new ferry link will cost $2 billion.",
            [("$2 billion", "cost of new ferry link")],
        ),
        # money a named body acts on: the amount acted on, by whom
        (
            "Since 2015, the Harbour Fund has provided more than $90 million.",
            [("more than $90 million", "amount provided by Harbour Fund")],
        ),
        # a level whose verb is left out: the phrase before "at"
        (
            "Trade weakened, with the current account surplus at 2.1 percent.",
            [("2.1 percent", "current account surplus")],
        ),
        # a counted noun's qualifier and then its relative clause
        (
            "We have 300 nurses from the reserve who are already on the wards.",
            [
                (
                    "300 nurses",
                    "nurses from the reserve who are already on the wards",
                )
            ],
        ),
        # shares listed before the last take what the last one's whole is said of
        (
            "Today 61% of boys and 58% of girls in rural areas are active daily.",
            [
                ("61%", "share of boys in rural areas are active daily"),
                ("58%", "share of girls in rural areas are active daily"),
            ],
        ),
        # "in the first 10 months" is a time, not what money is in
        (
            "Outlays were $7 billion in the first 10 months of the year.",
            [("$7 billion", "Outlays")],
        ),
        # a share in brackets is of the whole after the bracket
        (
            "A large group (48 per cent) of tenants are behind on rent.",
            [("48 per cent", "share of tenants")],
        ),
        # a fronted time and its comma are no item of a listed subject
        (
            "In March, sales of pears, plums and apples fell 3 percent.",
            [("3 percent", "sales of pears, plums and apples")],
        ),
        # a time closing the subject is no part of it
        (
            "Building permits in March 2025 were 1.4 million.",
            [("1.4 million", "Building permits")],
        ),
        (
            "Duty receipts for May 2024 to January 2025 were £9.1 billion.",
            [("£9.1 billion", "Duty receipts")],
        ),
        (
            "The test positivity rate over the past ten days was 3.9 percent.",
            [("3.9 percent", "test positivity rate")],
        ),
        # the noun an amount comes to ("totalling", "worth")
        (
            "A fresh round of flood grants totalling £4 million opens today.",
            [("£4 million", "fresh round of flood grants")],
        ),
        # the verb before a change particle is no word of the subject
        (
            "Asthma in teenagers has shot up 9% since 2010.",
            [("9%", "Asthma in teenagers")],
        ),
        # a length of time is the unit: the indicator is what it is of
        (
            "Each inspector shall have at least two years of field experience.",
            [("at least two years", "field experience")],
        ),
        # the verb acting on the counted things, as a participle after them
        (
            "The agency issued over 40 million refunds to farmers.",
            [("over 40 million refunds", "refunds issued")],
        ),
        (
            "The city will sell 2 million bonds to local savers.",
            [("2 million bonds", "bonds sold")],
        ),
        (
            "We have hired 1,200 nurses and built 40 clinics.",
            [("1,200 nurses", "nurses hired"), ("40 clinics", "clinics built")],
        ),
        # a verb of the stop list takes counts too; an "-ed" adjective in the
        # counted things' qualifier
        (
            "We have provided more than 9,000 payments to farmers.",
            [("more than 9,000 payments", "payments provided")],
        ),
        (
            "The grants will reach over 200 towns with expanded broadband access.",
            [("over 200 towns", "towns reached with expanded broadband access")],
        ),
        # a share in words: the whole and what is said of the share
        (
            "Almost one-in-five renters are behind on their rent.",
            [("Almost one-in-five", "renters are behind on their rent")],
        ),
        (
            "One-in-ten tenants with a lease are behind on their bills.",
            [("One-in-ten", "tenants with a lease are behind on their bills")],
        ),
        (
            "It would mean nearly half of all relief payments have been made.",
            [("nearly half of", "all relief payments have been made")],
        ),
        # counted things as a subject: their own verb phrase, up to a time
        (
            "About 90 people lost their homes in the flood.",
            [("About 90 people", "people lost their homes in the flood")],
        ),
        (
            "Over half a million pupils attended the camps over the summer.",
            [("Over half a million pupils", "pupils attended the camps")],
        ),
        (
            "More than 12,000 homes and shops will have new or faster broadband.",
            [
                (
                    "More than 12,000 homes",
                    "homes and shops will have new or faster broadband",
                )
            ],
        ),
        # a copula with an adjective is no verb phrase of the counted things;
        # an adjective after a determiner is no verb acting on them
        (
            "Some 4,000 tenants are eligible.",
            [("Some 4,000 tenants", "tenants")],
        ),
        (
            "An estimated 300 firms were surveyed.",
            [("An estimated 300 firms", "firms were surveyed")],
        ),
        # a reduced relative clause and a bracketed gloss inside the subject
        (
            (
                "Prices of goods and services purchased by households increased 1.5 "
                "percent."
            ),
            [("1.5 percent", "Prices of goods and services purchased by households")],
        ),
        (
            (
                "Headline PCE (personal consumption expenditure) inflation is "
                "estimated at 3.5 percent."
            ),
            [
                (
                    "3.5 percent",
                    "Headline PCE (personal consumption expenditure) inflation",
                )
            ],
        ),
        # subjects joined by "and" after a boundary are one subject; a phrase
        # a verb ends before "and" is another clause, with its own verb
        (
            "In 2025, wool exports and cotton imports rose 5 percent.",
            [("5 percent", "wool exports and cotton imports")],
        ),
        ("Exports rose and imports fell 2 percent.", [("2 percent", "imports")]),
        # an amount of something: the phrase after "of", with the phrase the
        # amount belongs to; "N per month of" left out; a share is no amount of
        (
            "Crews expect up to 9 feet of storm surge.",
            [("up to 9 feet", "storm surge")],
        ),
        (
            "Members backed the purchases of $30 billion per month of municipal bonds.",
            [("$30 billion", "purchases of municipal bonds")],
        ),
        (
            "We will hit our target of £2 billion of wool exports a year by 2030.",
            [("£2 billion", "target of wool exports")],
        ),
        # a share of a whole names the whole after the phrase (before: "deficit")
        (
            "The deficit was 3 percent of GDP.",
            [("3 percent", "deficit as a share of GDP")],
        ),
        # a change broken down by part: the subject in each part
        (
            (
                "Over the month, employment rose in mining, quarrying, and forestry "
                "(+41,000) and in local government (+12,000)."
            ),
            [
                ("+41,000", "employment in mining, quarrying, and forestry"),
                ("+12,000", "employment in local government"),
            ],
        ),
        # "this is N above …" stands for the subject of the report before it,
        # whose phrase ends before the preposition that opens a time
        (
            (
                "Wool bale shipments in August were at a rate of 9,100; this is "
                "3.7 percent above the revised July rate."
            ),
            [("9,100", "Wool bale shipments"), ("3.7 percent", "Wool bale shipments")],
        ),
        (
            (
                "Cotton bale shipments in May were at a rate of 8,200 a month. "
                "This is 2.4 percent below the May 2025 rate."
            ),
            [
                ("8,200", "Cotton bale shipments"),
                ("2.4 percent", "Cotton bale shipments"),
            ],
        ),
        # an amount in a fronted participial clause: the main clause's subject
        (
            (
                "After rising to 4.3 percent in July, the jobless rate ticked down "
                "to 4.2 percent in August."
            ),
            [("4.3 percent", "jobless rate"), ("4.2 percent", "jobless rate")],
        ),
        # a fronted exclusion narrows every figure of its sentence
        (
            "Excluding autos, retail sales rose 0.4 percent after rising 0.2 percent.",
            [
                ("0.4 percent", "retail sales excluding autos"),
                ("0.2 percent", "retail sales excluding autos"),
            ],
        ),
        # a qualifier that is the clause's verb
        (
            "Total wool imports and exports exceeded US$4 billion in 2025.",
            [("exceeded US$4 billion", "Total wool imports and exports")],
        ),
        (
            "Wool exports topped 9 million tonnes.",
            [("topped 9 million tonnes", "Wool exports")],
        ),
        # an adverb alone is how, not what: no phrase rather than "moderately"
        (
            "They aim to achieve price growth moderately above 2 percent.",
            [("above 2 percent", None)],
        ),
        # a subject set off by commas before its verb; an aside is none
        (
            (
                "Our preferred gauge of stocks, real retail inventories without "
                "autos, rose 0.5 percent."
            ),
            [("0.5 percent", "real retail inventories without autos")],
        ),
        ("Prices, however, rose 3 percent.", [("3 percent", "prices")]),
        # money in something, with whom or what it goes to
        (
            "The plan will provide $20 billion in aid to city governments.",
            [("$20 billion", "aid to city governments")],
        ),
        (
            (
                "The ministry pledged $90 million in grant funds to finance school "
                "repairs."
            ),
            [("$90 million", "grant funds to finance school repairs")],
        ),
        (
            "The agency made roughly $3 billion available in food aid.",
            [("roughly $3 billion", "food aid")],
        ),
        # the object of a change noun before "to/by N"; a second object joined
        # by "and"; what a forecast expects
        (
            (
                "Members backed the proposed increase in the deposit limit for the "
                "swap facility to $80 billion."
            ),
            [("$80 billion", "deposit limit for the swap facility")],
        ),
        (
            (
                "The bank will increase its holdings of bonds by at least $30 billion "
                "per month and mortgage securities by at least $20 billion per month."
            ),
            [
                ("at least $30 billion", "holdings of bonds"),
                ("at least $20 billion", "mortgage securities"),
            ],
        ),
        (
            "The Commission expects growth to continue at 2.1% in 2027.",
            [("2.1%", "growth")],
        ),
        # money in something after the act of giving it, or after a passive
        (
            (
                "The ministry announced the approval of $40 million in federal funds "
                "for rural clinics."
            ),
            [("$40 million", "federal funds for rural clinics")],
        ),
        (
            (
                "Officials estimated that roughly $2 billion would be provided in "
                "flood relief."
            ),
            [("roughly $2 billion", "flood relief")],
        ),
        # an organization after a preposition is not the phrase's head
        (
            "The country cleared about $2.1 billion in arrears to the World Bank.",
            [("about $2.1 billion", "arrears to the World Bank")],
        ),
        # the phrase ends before the preposition that opens a time
        (
            "Sales hit over £40 billion in software for the first time last year.",
            [("over £40 billion", "software")],
        ),
        # a period or an actor is never the indicator: the object the board
        # holds at the amount is
        (
            "In the first two quarters, the board kept the levy at 4 percent.",
            [("4 percent", "levy")],
        ),
        # a change noun right before "at N" is the held object's noun
        (
            (
                "Hiring rose by 14,000 in May, leaving the three-month average "
                "payroll gain at 11,600."
            ),
            [
                ("14,000", "Hiring"),
                ("11,600", "three-month average payroll gain"),
            ],
        ),
        # a holding verb's object, "near" for "at"; a particle ends the object
        (
            "Officials expect the cartel will hold the tin price near $9 per ounce.",
            [("$9", "tin price")],
        ),
        (
            "The council aims at bringing inflation down gradually to 3 percent.",
            [("3 percent", "inflation")],
        ),
        # a level reported by "peaked" or by a participle before "at"
        (
            (
                "Headline producer inflation peaked at 8.1 percent in May and is "
                "estimated at 5.2 percent."
            ),
            [
                ("8.1 percent", "Headline producer inflation"),
                ("5.2 percent", "Headline producer inflation"),
            ],
        ),
        (
            "The outlook is bright, with export growth projected at 3.4% this year.",
            [("3.4%", "export growth")],
        ),
        # a verb of level after an auxiliary
        (
            "Diesel prices will average $4.05 per gallon in the summer.",
            [("$4.05", "Diesel prices")],
        ),
        # the pace or level of a thing named before "at"
        (
            (
                "Members backed the sale of surplus grain at a pace of 2 million "
                "tonnes per month."
            ),
            [("2 million tonnes", "sale of surplus grain")],
        ),
        # an owner's possessive names the subject, not the indicator
        (
            "The region's exports increased 7 percent in 2025.",
            [("7 percent", "exports")],
        ),
        # money to a purpose verb: what the money is for
        (
            "The plan provides $4 billion to repair rural roads damaged by floods.",
            [("$4 billion", "repair rural roads damaged by floods")],
        ),
        (
            "The ministry now has £30m to train nurses in remote areas, it said.",
            [("£30m", "train nurses in remote areas")],
        ),
        # an amount inside a goal's noun phrase: the phrase without the amount
        (
            "Prices remain above the bank's symmetric 3 percent inflation objective.",
            [("3 percent", "symmetric inflation objective")],
        ),
        (
            "The ministry set a 5 percent deficit ceiling for 2027.",
            [("5 percent", "deficit ceiling")],
        ),
        # a counted noun with the nouns joined to it, a relative clause, a participle
        (
            "More than 3,000 farms and ranches in the state will get broadband.",
            [
                (
                    "More than 3,000 farms",
                    "farms and ranches in the state will get broadband",
                )
            ],
        ),
        (
            "The grants reached 240 schools, libraries or community halls.",
            [("240 schools", "schools, libraries or community halls")],
        ),
        (
            "There are 4 million households who cannot afford their heating bills.",
            [
                (
                    "4 million households",
                    "households who cannot afford their heating bills",
                )
            ],
        ),
        (
            "The agency funded 75 laboratories conducting trials of new vaccines.",
            [("75 laboratories", "laboratories conducting trials of new vaccines")],
        ),
        (
            "It built 12 bridges and 4 tunnels.",
            [("12 bridges", "bridges built"), ("4 tunnels", "tunnels")],
        ),
        # "to" and a level is no purpose
        ("Prices rose $2 to $5 per unit.", [("$2", "Prices"), ("$5", "Prices")]),
    ],
)
def test_indicator_is_the_texts_noun_phrase(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """Each shape of report gives the noun phrase the sentence names."""
    assert expected == _indicators(text)


def test_amount_without_its_own_phrase_continues_the_sentences_indicator() -> None:
    """A second amount of the same report keeps the first one's indicator."""
    text = "The trade deficit was $41.3 billion in April, down $2.0 billion from March."
    assert [
        ("$41.3 billion", "trade deficit"),
        ("$2.0 billion", "trade deficit"),
    ] == _indicators(text)


def test_money_supply_is_not_labelled_with_a_neighbouring_indicator() -> None:
    """An M2 figure is named by its own clause, never by the price figure before it."""
    text = "Consumer prices rose 0.3 percent, while M2 grew 7.5 percent."
    assert [
        ("0.3 percent", "Consumer prices"),
        ("7.5 percent", "M2"),
    ] == _indicators(text)


def test_each_item_of_a_goal_list_gets_its_own_indicator() -> None:
    """Items under a heading of goals are named each by its own noun phrase."""
    text = (
        "The main goals for this year are: grain output of over 650 million "
        "tonnes; at least 1.1 million new jobs; and a fiscal deficit of "
        "3 percent."
    )
    found = dict(_indicators(text))
    assert "grain output" == found["over 650 million tonnes"]
    assert "fiscal deficit" == found["3 percent"]
    assert "new jobs" == found["at least 1.1 million new jobs"]


def _subjects(text: str, source: str | None) -> list[str | None]:
    doc = run(text, published=PUBLISHED, source=source)
    return [m.subject for m in doc.metrics]


def test_national_statistics_release_measures_its_country() -> None:
    """Figures of a national statistics office's release have the country as subject."""
    text = "Retail sales rose 0.7 percent in February."
    assert ["Canada"] == _subjects(text, "Statistics Canada")


def test_issuing_body_as_owner_gives_way_to_its_jurisdiction() -> None:
    """A central bank naming itself near a figure measures its country, not itself."""
    text = "The Bank of Canada said unemployment was 6.1 percent in January."
    assert ["Canada"] == _subjects(text, "Bank of Canada")


def test_owner_named_in_the_sentence_wins_over_the_source() -> None:
    """A place the sentence names owns the figure, whatever the source."""
    text = "Ontario's retail sales rose 0.9 percent in February."
    assert ["Ontario"] == _subjects(text, "Statistics Canada")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Central Statistics Office of Ireland", "Ireland"),
        ("Statistics Norway", "Norway"),
        ("Bank of Korea", "South Korea"),
        ("Philippine Statistics Authority", "Philippines"),
        # a joint source: the listed body among its parts
        ("Department of Rural Affairs and U.S. Census Bureau", "United States"),
        # a body that measures nothing keeps no subject, country or not
        ("Norwegian Refugee Council", None),
        # the EU's executive measures the Union
        ("European Commission", "European Union"),
    ],
)
def test_a_source_naming_its_country_measures_it(
    source: str, expected: str | None
) -> None:
    """A statistics office, central bank or joint release measures its country."""
    assert [expected] == _subjects("Retail sales rose 0.7 percent in February.", source)


def test_other_sources_and_no_source_set_no_subject() -> None:
    """A source that measures no jurisdiction, or none, implies no subject."""
    text = "Retail sales rose 0.7 percent in February."
    assert [None] == _subjects(text, "Acme Consulting")
    assert [None] == _subjects(text, None)


def test_change_noun_alone_continues_the_sentences_indicator() -> None:
    """'an increase of 6 percent' names no indicator: the report's own continues."""
    text = "Freight volume reached 9.1 billion tonnes, an increase of 6 percent."
    assert [
        ("9.1 billion tonnes", "Freight volume"),
        ("6 percent", "Freight volume"),
    ] == _indicators(text)


def test_central_bank_instruments_are_the_banks() -> None:
    """A central bank's purchases are its own; its policy rate is the country's."""
    text = (
        "The Bank will buy gilts at a pace of £10 billion per month in purchases. "
        "Bank Rate was held at 4 percent."
    )
    assert ["Bank of England", "United Kingdom"] == _subjects(text, "Bank of England")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cotton price index grew at an annualized rate of 3.5 percent.",
            "cotton price index",
        ),
        (
            (
                "Ferry berths authorized by harbour permits were at a seasonally "
                "adjusted annual rate of 1,210,000."
            ),
            "Ferry berths authorized by harbour permits",
        ),
        (
            "Hourly pay rose at a three-month annualized pace of 3.8 percent.",
            "Hourly pay",
        ),
    ],
)
def test_measure_noun_with_modifiers_names_nothing(text: str, expected: str) -> None:
    """'an annualized rate of' is a measure: the indicator is whose rate it is."""
    assert [expected] == [i for _, i in _indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Core wool inflation, which excludes fuel prices, is a good guide "
                "to costs, and it increased 2.7 percent in May."
            ),
            "Core wool inflation",
        ),
        (
            "Hay exports are a key line of trade, and they rose 4 percent in May.",
            "Hay exports",
        ),
    ],
)
def test_pronoun_subject_takes_the_sentences_subject(text: str, expected: str) -> None:
    """'…, and it increased 2.7 percent': the pronoun stands for the opening subject."""
    assert [expected] == [i for _, i in _indicators(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Permits for homes in buildings with ten units or more were at a "
                "rate of 412,000."
            ),
            "Permits for homes in buildings with ten units or more",
        ),
        (
            "Output of plants with over 500 workers rose 3 percent.",
            "Output of plants with over 500 workers",
        ),
    ],
)
def test_amount_inside_the_phrase_does_not_cut_it(text: str, expected: str) -> None:
    """An amount a preposition holds inside the noun phrase is read over."""
    assert expected == _indicators(text)[-1][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Grocery store sales for March, adjusted for seasonal effects, "
                "but not for price changes, were $120.5 billion."
            ),
            "Grocery store sales",
        ),
        (
            "Median weekly wages, reported in a separate release, rose 0.4 percent.",
            "Median weekly wages",
        ),
    ],
)
def test_subject_is_read_across_an_aside(text: str, expected: str) -> None:
    """Asides between the subject and its verb are read over."""
    assert expected == _indicators(text)[-1][1]


def test_a_clause_with_a_figure_is_no_aside() -> None:
    """A comma segment that reports a figure is a clause, not an aside."""
    text = (
        "Freight volumes, a gauge of trade, reached 4 million tonnes last "
        "month, up 2 percent."
    )
    # read as an aside, "reached ... last month" would leave "gauge of trade"
    assert "gauge of trade" != _indicators(text)[-1][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "Operators shall keep on site at least one officer responsible "
                "for fire safety who holds a licence."
            ),
            "officer responsible for fire safety",
        ),
        (
            (
                "The officer shall have at least one year of professional "
                "experience in maritime law."
            ),
            "professional experience in maritime law",
        ),
    ],
)
def test_rule_standard_of_one_names_what_follows(text: str, expected: str) -> None:
    """A rule's "at least one" takes the noun after it and its qualifier."""
    assert expected == _indicators(text)[-1][1]


def test_one_percent_takes_no_noun() -> None:
    """Only a bare "one" counts the noun after it, not "1%" or "$1"."""
    indicator = _indicators("Officials expect 1% less coal will be mined in 2027.")
    assert "less" != indicator[-1][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "The agency approved $50 million for clinics, schools, and rural "
                "libraries to open."
            ),
            "clinics, schools, and rural libraries",
        ),
        (
            (
                "The fund has awarded $4 billion for roads, bridges, and rural "
                "broadband relay projects."
            ),
            "roads, bridges, and rural broadband relay projects",
        ),
        ("The city built 40 homes, shops, and farms.", "homes, shops, and farms built"),
    ],
)
def test_serial_list_is_read_whole(text: str, expected: str) -> None:
    """A list with a comma before its "and" is the phrase, not its first item."""
    assert expected == _indicators(text)[-1][1]


def test_comma_and_clause_is_no_list() -> None:
    """ ", and" opening a new clause with its own subject ends the phrase."""
    text = "The city built 40 homes, and the county built 30 shops."
    assert [("40 homes", "homes built"), ("30 shops", "shops built")] == _indicators(
        text
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share verb: its subject is whose share, the whole is what is measured
        (
            "Small farms accounted for 38 percent of the wheat harvest.",
            [("38 percent", "share of wheat harvest accounted for by Small farms")],
        ),
        (
            "Pension funds held about 12 percent of the outstanding bonds.",
            [("about 12 percent", "share of outstanding bonds")],
        ),
        # the phrase the text names keeps its place before the whole
        (
            "The budget deficit was 3.1 percent of national output.",
            [("3.1 percent", "budget deficit as a share of national output")],
        ),
        # the phrase carried from the amount before, else the share alone
        (
            "The fee is $40 or five percent of the value of the shipment.",
            [
                ("$40", "fee"),
                ("five percent", "fee as a share of value of the shipment"),
            ],
        ),
        # a share that opens its clause takes what the clause says of the whole
        (
            "Five percent of the harvest was lost.",
            [("Five percent", "share of harvest was lost")],
        ),
    ],
)
def test_percentage_of_a_whole_is_a_share_of_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """'N percent of X' measures a share of X, whoever holds it."""
    assert expected == _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a restrictive relative clause between the subject and its verb
        (
            "The share of farms that reported losses fell to 14 percent.",
            [("14 percent", "share of farms")],
        ),
        (
            "The number of tourists who stayed overnight was 1.2 million.",
            [("1.2 million", "number of tourists")],
        ),
        # one set off by commas, a year inside it
        (
            "Earnings in forestry, which grew strongly in 2023, rose 2.2 percent.",
            [("2.2 percent", "Earnings in forestry")],
        ),
        # "that" with no verb of its own opens a reported clause
        (
            "The survey showed that wool exports rose 3 percent.",
            [("3 percent", "wool exports")],
        ),
    ],
)
def test_relative_clause_inside_the_subject_is_read_over(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """The subject of the report verb is the noun a relative clause qualifies."""
    assert expected == _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every form of a verb of staying at a level
        (
            "Longer-term price expectations remain well anchored at 2 percent.",
            [("2 percent", "Longer-term price expectations")],
        ),
        # an adverb inside the verb group is read over
        (
            "Measures of core inflation are now running below 3 percent.",
            [("below 3 percent", "Measures of core inflation")],
        ),
        # a hyphenated compound holds no verb ("longer-run" is no "run")
        (
            "With rates below their longer-run level, wages rose 2 percent.",
            [("2 percent", "wages")],
        ),
    ],
)
def test_verb_groups_of_level_reports(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """Verbs of staying at a level, adverbs and compounds in the verb group."""
    assert expected == _indicators(text)


def test_money_a_verb_acts_on_is_the_amount_of_that_act() -> None:
    """'recovered $17.7 billion' with no phrase of its own: the amount, by whom."""
    assert [
        ("approximately $17.7 billion", "amount recovered by Taxpayers")
    ] == _indicators("Taxpayers will have recovered approximately $17.7 billion.")
    assert [("$4 million", "amount spent by city")] == _indicators(
        "The city spent $4 million."
    )
    # a phrase of its own wins
    assert [("$4 million", "grants for clinics")] == _indicators(
        "The city spent $4 million in grants for clinics."
    )


def test_noun_linked_by_to_or_for_before_of_the_amount() -> None:
    """'a price to the public of $25' names the price, not the public."""
    assert [("$25", "price to the public")] == _indicators(
        "Shares were sold at a price to the public of $25."
    )
    assert [("$5 billion", "wool exports to Chile")] == _indicators(
        "The ministry reported wool exports to Chile of $5 billion."
    )


def test_curly_possessive_and_country_names_give_the_owner() -> None:
    """'Italy’s plan' owns its figures; 'America's' is the United States'."""
    text = "Spain's plan gets €12 billion, while Italy’s plan gets €68.9 billion."
    assert ["Spain", "Italy"] == _subjects(text, None)
    assert ["United States"] == _subjects("America's exports rose 2 percent.", None)
    # a time before a possessive is no owner
    assert [None] == _subjects("Today’s report shows sales rose 2 percent.", None)


def test_an_instrument_in_the_clause_is_not_every_figures() -> None:
    """Only the figure measuring the bank's instrument is the bank's."""
    text = (
        "The Committee raised the policy rate by 25 basis points, to 5 percent, "
        "and its securities holdings fell by $95 billion."
    )
    subjects = _subjects(text, "Federal Open Market Committee")
    assert ["United States", "United States", "Federal Reserve"] == subjects


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The euro area unemployment rate was 6.4%.", "euro area"),
        ("German wool exports rose 2 percent.", "Germany"),
        ("US retail sales fell 0.2%.", "United States"),
        # a destination or a pronoun is no owner
        ("Wool exports to China rose 4 percent.", None),
        ("Sales to us rose 4 percent.", None),
    ],
)
def test_a_jurisdiction_named_before_the_figure_owns_it(
    text: str, expected: str | None
) -> None:
    """A country's name or adjective before a figure names whose it is."""
    assert [expected] == _subjects(text, "Eurostat")


def test_a_place_after_the_amount_or_in_its_brackets_owns_it() -> None:
    """'16.6% in the EU28 and 18.7% in the euro area'; 'Malta (4.1%)'."""
    text = "The youth rate was 16.6% in the EU28 and 18.7% in the euro area."
    assert ["EU28", "euro area"] == _subjects(text, "Eurostat")
    text = "The lowest rates were in Czechia (2.7%), Slovenia (3.6%) and Malta (4.1%)."
    assert ["Czech Republic", "Slovenia", "Malta"] == _subjects(text, "Eurostat")


def test_an_amount_without_owner_continues_the_one_before_in_its_clause() -> None:
    """'Cyprus (from 13.0% to 10.3%)': both are Cyprus's; a new clause is not."""
    text = "The largest fall was in Cyprus (from 13.0% to 10.3%)."
    assert ["Cyprus", "Cyprus"] == _subjects(text, "Eurostat")
    text = "Exports in Cyprus rose 3%, while the wider rate fell 2%."
    assert ["Cyprus", None] == _subjects(text, "Eurostat")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place the phrase ends with is whose the figure is, not what it is
        (
            "The jobless rate in the euro area was 6.4%.",
            [("6.4%", "jobless rate")],
        ),
        # a place alone, or after a participle, names nothing measured
        (
            "The lowest jobless rates were recorded in Malta (4.1%).",
            [("4.1%", "lowest jobless rates")],
        ),
        # a word ending like a country's name is no place ("woman", "Oman")
        (
            "Pay for each fieldwoman rose 3 percent.",
            [("3 percent", "Pay for each fieldwoman")],
        ),
    ],
)
def test_a_place_is_no_indicator(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """The owner's place is left out of what is measured."""
    assert expected == _indicators(text)


def test_a_group_after_a_percentage_narrows_the_indicator() -> None:
    """'rose 5.8 percent for union workers': the costs for union workers."""
    found = _indicators(
        "Labour costs rose 5.8 percent for union workers and 3.4 percent for "
        "non-union workers."
    )
    assert [
        ("5.8 percent", "Labour costs for union workers"),
        ("3.4 percent", "Labour costs for non-union workers"),
    ] == found
    # an occasion or a period is no group
    assert [("5 percent", "Wool exports")] == _indicators(
        "Wool exports rose 5 percent for the first time."
    )


def test_a_part_after_in_narrows_the_sentences_indicator() -> None:
    """'an increase of 3.5 percent in urban areas' is the sentence's index there."""
    found = _indicators(
        "The wool price index rose 3.8 percent, with an increase of 3.5 percent "
        "in urban areas and 4.6 percent in rural areas."
    )
    assert [
        ("3.8 percent", "wool price index"),
        ("3.5 percent", "wool price index in urban areas"),
        ("4.6 percent", "wool price index in rural areas"),
    ] == found
    # a period or a place after "in" is no part
    assert [("5 percent", "Wool exports")] == _indicators(
        "Wool exports rose 5 percent in May."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negation inside the verb group; an adjective in "-ed" is no verb
        (
            "We will ensure that the registered jobless rate does not rise above 4.5%.",
            [("above 4.5%", "registered jobless rate")],
        ),
        # a share's whole runs on over "to"
        (
            "Smaller banks provide 60% of loans to small firms.",
            [("60%", "share of loans to small firms accounted for by Smaller banks")],
        ),
        # money a verb acts on, with where it goes, before a carried phrase
        (
            "On March 16th, 11 banks deposited $30 billion into First Harbour Bank.",
            [
                ("11 banks", "banks deposited"),
                ("$30 billion", "amount deposited by banks into First Harbour Bank"),
            ],
        ),
    ],
)
def test_negated_verbs_shares_to_and_money_acts(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    """Verb groups with 'does not', shares 'to' a group, money and its destination."""
    assert expected == _indicators(text)


def test_places_joined_by_and_own_a_figure_together() -> None:
    """'the survey for England and Wales': both; 'exports to China and Japan': none."""
    text = "The survey for England and Wales shows that drug use fell by 9 per cent."
    assert ["England and Wales"] == _subjects(text, None)
    assert [None] == _subjects("Exports to China and Japan rose 3 percent.", None)


def test_states_and_provinces_are_places_too() -> None:
    """'ranged from 6.1 percent in Idaho to 0.3 percent in Vermont'; 'Jiangsu's'."""
    text = "Real GDP growth ranged from 6.1 percent in Idaho to 0.3 percent in Vermont."
    assert ["Idaho", "Vermont"] == _subjects(text, "Bureau of Economic Analysis")
    text = "Output in Ontario rose 2 percent."
    assert ["Ontario"] == _subjects(text, "Statistics Canada")
    # a capital standing for a government is no owner
    text = "WASHINGTON - Retail sales rose 0.7 percent in February."
    assert ["United States"] == _subjects(text, "Census Bureau")


def test_a_change_or_superlative_alone_takes_the_report_before() -> None:
    """'the increase was 4.3 percent', 'the highest were in Greece (42.8%)'."""
    found = _indicators(
        "Wool prices for farm workers increased 3.6 percent. In 2024, the increase "
        "was 4.3 percent. The highest were recorded in Greece (42.8%)."
    )
    assert [
        ("3.6 percent", "Wool prices for farm workers"),
        ("4.3 percent", "Wool prices for farm workers"),
        ("42.8%", "Wool prices for farm workers"),
    ] == found


def test_an_age_group_is_part_of_the_phrase_and_no_metric() -> None:
    """'the rate for 16 to 24 year olds': words of the indicator, not a count."""
    assert [("13.1%", "jobless rate for 16 to 24 year olds")] == _indicators(
        "The jobless rate for 16 to 24 year olds was 13.1%."
    )
    assert [("74.1%", "employment rate for people aged from 16 to 64")] == _indicators(
        "The employment rate for people aged from 16 to 64 was 74.1%."
    )


def test_the_holder_of_a_share_is_its_subject() -> None:
    """'taxpayers will hold 17 percent of the stock': the taxpayers' share."""
    text = "After the sale, taxpayers will hold about 17 percent of the stock."
    assert ["taxpayers"] == _subjects(text, "U.S. Department of the Treasury")
    assert [("about 17 percent", "share of stock")] == _indicators(text)
    assert ["Smaller banks"] == _subjects(
        "Smaller banks provide 60% of loans to small firms.", None
    )


def test_things_counted_after_of_are_what_is_measured() -> None:
    """'reports of more than 400 civilians killed': the civilians killed."""
    assert [("more than 400 civilians", "civilians killed")] == _indicators(
        "We have seen reports of more than 400 civilians killed since the truce."
    )
    # a question mark ends a phrase like any mark
    assert [("275 people", "people killed")] == _indicators(
        "Is that 275 people killed in the city this week?"
    )


def test_a_place_preposition_qualifies_the_counted_noun() -> None:
    """'13.5 million people inside the country': the qualifier is part of it."""
    assert [
        ("Some 13.5 million people", "people inside the country are displaced")
    ] == _indicators("Some 13.5 million people inside the country are displaced.")


def test_bare_counted_noun_takes_what_its_clause_says_of_it() -> None:
    """'250,000 people have subsequently downloaded the app': who they are."""
    doc = run(
        "Nearly 250,000 people have subsequently downloaded the walking app. "
        "Over 3 million Britons are living with a chronic illness, and many "
        "lack support.",
        published=None,
        source=None,
    )
    assert [
        "people have subsequently downloaded the walking app",
        "Britons are living with a chronic illness",
    ] == [m.indicator for m in doc.metrics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a modal's "be" reports a level as "was" does
        ("The current account deficit will be $90 billion.", "current account deficit"),
        ("Federal outlays would be $4.1 trillion.", "Federal outlays"),
        (
            "The trade surplus could be 3 percent of output.",
            "trade surplus as a share of output",
        ),
        # an approximator of place says nothing of what is measured
        ("The budget gap is in the vicinity of $2 billion.", "budget gap"),
    ],
)
def test_a_level_after_a_modal_be_keeps_its_whole_subject(
    text: str, expected: str
) -> None:
    """'will be', 'would be': the subject before them is the indicator, whole."""
    assert expected == _indicators(text)[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Receipts over the same period rose 4 percent.", "Receipts"),
        ("Freight volumes during the past decade grew 30 percent.", "Freight volumes"),
    ],
)
def test_a_period_noun_closes_the_subject_as_a_time(text: str, expected: str) -> None:
    """'over the same period', 'during the past decade' are times, not the indicator."""
    assert expected == _indicators(text)[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The national lamb crop, at 2.4 million head, was down 3 percent.",
            [
                ("2.4 million", "national lamb crop"),
                ("3 percent", "national lamb crop"),
            ],
        ),
        (
            "Factory orders in March, at $540 billion, were 1.1 percent higher.",
            [("$540 billion", "Factory orders"), ("1.1 percent", "Factory orders")],
        ),
    ],
)
def test_a_level_in_an_aside_belongs_to_the_subject_before_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'X, at N, was up M': N is X's level and X is the subject of the change."""
    assert expected == _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There were 2.1 million tenants on housing benefit.",
            "tenants on housing benefit",
        ),
        (
            "Some 3 million adults without basic skills were found.",
            "adults without basic skills",
        ),
        # a time after "on" or "in" is no group
        ("There were 300 visitors on Tuesday.", "visitors"),
    ],
)
def test_a_counted_noun_keeps_its_on_or_without_group(text: str, expected: str) -> None:
    """'on' and 'without' open a counted noun's group as 'in' and 'with' do."""
    assert expected == _indicators(text)[0][1]


def test_a_negated_cap_verb_keeps_its_subject() -> None:
    """'shall not exceed £75': the capped verb's subject is the indicator."""
    assert [("not exceed £75", "contribution")] == _indicators(
        "Each household's contribution shall not exceed £75."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales in the furniture trade rose 2 percent.",
            "Sales in the furniture trade",
        ),
        ("The price of the ferry service rose 5%.", "price of the ferry service"),
        (
            "The number of people in the labour force fell 40,000.",
            "number of people in the labour force",
        ),
    ],
)
def test_a_subject_runs_on_over_an_inner_determined_phrase(
    text: str, expected: str
) -> None:
    """'X in the Y' is one subject: the inner determiner starts no phrase."""
    assert expected == _indicators(text)[0][1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Timber output rose 6% and pulp output 2%.",
            [("6%", "Timber output"), ("2%", "pulp output")],
        ),
        (
            "Bus fares rose 4% in March, tram fares 3% and ferry fares 1%.",
            [
                ("4%", "Bus fares"),
                ("3%", "tram fares"),
                ("1%", "ferry fares"),
            ],
        ),
        (
            "Rents fell by 2% in May, while mortgage costs by 1%.",
            [("2%", "Rents"), ("1%", "mortgage costs")],
        ),
        # a change noun names no indicator; nor do joined nouns before a verb
        (
            "Harbour dues were $40 million, an increase of 5 percent.",
            [("$40 million", "Harbour dues"), ("5 percent", "Harbour dues")],
        ),
    ],
)
def test_a_clause_with_its_verb_left_out_names_its_own_indicator(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """'X rose 3% and Y 2%': the gapped clause's noun phrase measures the 2%."""
    assert expected == _indicators(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject read back from its verb keeps its post-modifiers
        (
            (
                "Sheep and lambs on pasture for the wool market in New Zealand for"
                " all holdings totalled 9.5 million head on June 1, 2021."
            ),
            (
                "Sheep and lambs on pasture for the wool market in New Zealand"
                " for all holdings"
            ),
        ),
        # a sum verb's subject keeps the phrase joined to it by "and"
        ("Goats and kids totaled 5 million head on June 1, 2021.", "Goats and kids"),
    ],
)
def test_a_long_or_joined_subject_of_a_sum_verb_is_kept_whole(
    text: str, expected: str
) -> None:
    """A subject with several post-modifiers or two joined nouns is the indicator."""
    assert expected == _indicators(text)[0][1]


def test_an_owner_inside_a_post_modifier_ends_the_phrase() -> None:
    """An owner's possessive after a preposition closes the counted phrase before it."""
    text = (
        "The ministry listed 40 new training programmes in rural districts"
        " under the agency’s skills initiative."
    )
    assert "new training programmes listed" == _indicators(text)[0][1]
    # after "of" the owned noun is the thing measured, as before
    text = "The value of the region’s exports rose 4 percent in 2023."
    assert "exports" == _indicators(text)[0][1]


def test_a_share_written_as_n_in_m_names_its_whole_and_predicate() -> None:
    """A share written "8 in 10 of" names its whole and predicate, as "half of" does."""
    text = (
        "Nearly 8 in 10 of these uninsured workers would be able to buy cover"
        " for less than $50."
    )
    assert "uninsured workers would be able to buy cover" == _indicators(text)[0][1]
    assert (
        "pupils passed the test"
        == _indicators("3 out of 4 pupils passed the test.")[0][1]
    )
