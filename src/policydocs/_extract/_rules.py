"""The rule catalogue: every rule name an extracted item can carry, declared once.

Each rule is declared here with the kind of item it produces, a one-line
description and an example sentence on which it fires (a test checks that
it does). The stages refer to rules through the constants of this module,
never by spelling a name, and ``docs/rules.md`` is generated from
:data:`CATALOGUE` (``bench/rules_doc.py``; a test keeps the two in sync).

A metric's ``rule`` joins up to three rule names with "+": how its value and
unit were read, what signed it, and where its period came from
(``count-measured+sign:dropped+period-after``). The sign rule ``sign:<word>``
is parameterised by the change word that signed the amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal, NamedTuple

if TYPE_CHECKING:
    from ._frames import Frame

__all__ = ["CATALOGUE", "Rule", "for_frame", "render_markdown", "sign"]

Kind = Literal["statement", "directive", "metric"]


class Rule(NamedTuple):
    """One catalogued rule."""

    name: str
    kind: Kind
    description: str
    example: str
    #: For metric rules: which part of ``Metric.rule`` it fills.
    part: Literal["", "value", "sign", "period"] = ""


#: Every rule, by name, in declaration order.
CATALOGUE: Final[dict[str, Rule]] = {}


def _declare(
    name: str,
    kind: Kind,
    description: str,
    example: str,
    part: Literal["", "value", "sign", "period"] = "",
) -> str:
    if name in CATALOGUE:
        msg = f"rule {name!r} is declared twice"
        raise ValueError(msg)
    CATALOGUE[name] = Rule(name, kind, description, example, part)
    return name


# --- statements ----------------------------------------------------------------

TRANSCRIPT_TURN: Final = _declare(
    "transcript-turn",
    "statement",
    "A labelled turn of a transcript (`Name: words`, `A: words`): the label's "
    "person says the whole turn.",
    "Premier Li Wei: Growth must rise this year.",
)
ACCORDING_TO: Final = _declare(
    "according-to",
    "statement",
    '"According to X, Y" or "Y, according to X": X says Y.',
    "According to the ministry, exports rose in May.",
)
ACCORDING_TO_ASIDE: Final = _declare(
    "according-to-aside",
    "statement",
    '"Y1, according to X, Y2": X says the whole sentence.',
    "Exports, according to the ministry, rose sharply in May.",
)
PARTICIPLE: Final = _declare(
    "participle",
    "statement",
    '"..., adding that Y": the participle continues its clause\'s speaker.',
    "The minister said exports rose, adding that imports fell.",
)
COORDINATED: Final = _declare(
    "coordinated",
    "statement",
    '"... and urged Y to Z", "... but warned that Y": a second cue of the '
    "same speaker.",
    "The minister said exports rose and warned that imports would fall.",
)
Y_X_SAID: Final = _declare(
    "Y-X-said",
    "statement",
    '"Y, X said" or a quotation then "X said": X says Y.',
    "Exports rose sharply in May, the ministry said.",
)
Y_SAID_X: Final = _declare(
    "Y-said-X",
    "statement",
    '"Y, said X": the cue before its speaker, after the content.',
    "Exports rose sharply in May, said Li Wei, the trade minister.",
)
X_SAID_THAT: Final = _declare(
    "X-said-that",
    "statement",
    '"X said (that) Y", "X said: Y", "X urged Y to Z": the speaker before the '
    "cue, the content after it.",
    "The ministry said that exports rose sharply in May.",
)
QUOTED_AS: Final = _declare(
    "quoted-as",
    "statement",
    '"Xinhua quoted X as saying that Y": X says Y.',
    "Xinhua quoted Li Wei as saying that exports rose in May.",
)
X_SAID_QUOTE: Final = _declare(
    "X-said-quote",
    "statement",
    '"X said:" ending its line, then the quotation as the next paragraph.',
    'The minister said:\n\n"Exports rose sharply in May."',
)
DASH_ATTRIBUTION: Final = _declare(
    "dash-attribution",
    "statement",
    'A quotation closing with a dash and its source: "“Y” ― X".',
    "“Exports rose sharply in May.” ― Li Wei",
)

# --- directives ----------------------------------------------------------------

MODAL: Final = _declare(
    "modal",
    "directive",
    'A modal with an actor subject: "X must/should/will ACTION".',
    "Local governments must cut fees this year.",
)
MODAL_PASSIVE: Final = _declare(
    "modal-passive",
    "directive",
    'A passive modal: "Y must be done" (the addressee is left open).',
    "Fees must be cut this year.",
)
MODAL_INDICATOR: Final = _declare(
    "modal-indicator",
    "directive",
    'A modal whose subject is an indicator: "water use should fall by 10 percent".',
    "Water use per unit of GDP should fall by about 10 percent.",
)
NO_X_MODAL: Final = _declare(
    "no-x-modal",
    "directive",
    '"No X may/can ACTION": a prohibition addressed to X.',
    "No company may raise prices without approval.",
)
NOR_MODAL: Final = _declare(
    "nor-modal",
    "directive",
    '"..., nor shall X ACTION": the modal before its subject, a prohibition of X.',
    "No firm may sell the data, nor shall any broker resell it to third parties.",
)
EFFORTS_MADE: Final = _declare(
    "efforts-made",
    "directive",
    '"Efforts should be made to ACTION": an obligation without an addressee.',
    "The report stressed that efforts should be made to stabilize employment.",
)
COMMIT_VERB: Final = _declare(
    "commit-verb",
    "directive",
    'A verb that commits its own subject: "X pledged/vowed to ACTION".',
    "The government pledged to cut emissions by 2030.",
)
COMMIT_OBJECT: Final = _declare(
    "commit-object",
    "directive",
    'A commitment with a noun object: "X pledged an extra £1bn for Y".',
    "The government pledged an extra 1 billion pounds for hospitals.",
)
COMMIT_PARTICIPLE: Final = _declare(
    "commit-participle",
    "directive",
    '"..., X announced, pledging to ACTION": the speaker of the clause commits.',
    "The new plan was unveiled, the minister announced, pledging to cut fees.",
)
COMMIT_JOINED: Final = _declare(
    "commit-joined",
    "directive",
    '"X urged Y to A and vowed to B": the one who urged commits to B.',
    "The ministry urged banks to lend more and vowed to cut fees.",
)
NEED_NOUN: Final = _declare(
    "need-noun",
    "directive",
    '"the need to ACTION": an obligation named by a noun.',
    "The report stressed the need to cut emissions.",
)
NEED_FOR: Final = _declare(
    "need-for",
    "directive",
    '"the need for ACTION": the noun phrase after "for" is the action.',
    "The report stressed the need for lower emissions.",
)
NEED_FOR_TO: Final = _declare(
    "need-for-to",
    "directive",
    '"the need for X to ACTION": X is the addressee.',
    "The report stressed the need for cities to cut emissions.",
)
NEED_OBJECT: Final = _declare(
    "need-object",
    "directive",
    '"I/we need X to ACTION": the speaker requires it of X (an obligation).',
    "We need every household to register by Friday.",
)
IMPERSONAL: Final = _declare(
    "impersonal",
    "directive",
    '"It is imperative/necessary to ACTION".',
    "It is imperative to cut emissions this decade.",
)
IMPERSONAL_THAT: Final = _declare(
    "impersonal-that",
    "directive",
    '"It is imperative/necessary that X ACTION".',
    "It is necessary that cities cut emissions this decade.",
)
CALL_FOR: Final = _declare(
    "call-for",
    "directive",
    '"X called for ACTION": a recommendation whose action is a noun phrase.',
    "The committee called for stricter rules on lending.",
)
CALL_FOR_TO: Final = _declare(
    "call-for-to",
    "directive",
    '"X called for Y to ACTION": Y is the addressee.',
    "The committee called for banks to tighten lending rules.",
)
CALL_NOUN: Final = _declare(
    "call-noun",
    "directive",
    '"X renewed its call for ACTION": the call, made again by its owner.',
    "The union renewed its call for a pay review.",
)
SPEECH_OBJECT: Final = _declare(
    "speech-object",
    "directive",
    '"X urged/asked/ordered Y to ACTION": Y is the addressee.',
    "The ministry urged banks to lend more to small firms.",
)
PERMIT_TO: Final = _declare(
    "permit-to",
    "directive",
    '"X allows/permits/authorizes Y to ACTION": leave given to Y (a permission).',
    "The new law permits tenants to withhold rent for urgent repairs.",
)
SUPPORT_IN: Final = _declare(
    "support-in",
    "directive",
    '"X will support Y in ACTION-ing": an encouragement of Y.',
    "The state will support private firms in expanding abroad.",
)
SPEECH_PASSIVE: Final = _declare(
    "speech-passive",
    "directive",
    '"Y are urged/required to ACTION": the passive of a speech verb.',
    "Banks are required to report large loans.",
)
REQUIRED_THING: Final = _declare(
    "required-thing",
    "directive",
    '"X is required (in order) to ACTION" of a thing: the whole clause, no addressee.',
    "A permit is required to build a shed.",
)
SPEECH_THAT: Final = _declare(
    "speech-that",
    "directive",
    '"X required/demanded that Y ACTION".',
    "The regulator demanded that banks report large loans.",
)
DEMAND_OBJECT: Final = _declare(
    "demand-object",
    "directive",
    '"X are demanding OBJECT": a demand whose noun phrase is the act asked for.',
    "Farmers are demanding lower fuel prices.",
)
URGE_OBJECT: Final = _declare(
    "urge-object",
    "directive",
    '"X urged OBJECT": a recommendation whose noun phrase is the act urged.',
    "The committee urged swift approval of the harbour bill.",
)
DEMAND_NOUN: Final = _declare(
    "demand-noun",
    "directive",
    '"X reiterated its demand that Y ACTION": the noun names a demand.',
    "The union reiterated its demand that the port be reopened.",
)
BE_PERMITTED: Final = _declare(
    "be-permitted",
    "directive",
    '"No X is permitted" / "X is not permitted" / "X is prohibited": an '
    'obligation, negated; "X is permitted": leave given.',
    "No increase in staff is permitted.",
)
BE_NECESSARY: Final = _declare(
    "be-necessary",
    "directive",
    '"X is necessary / needed / essential to Y": an obligation; the whole '
    "clause is the action.",
    "Stronger supervision is necessary to protect depositors.",
)
STATE_TO: Final = _declare(
    "state-to",
    "directive",
    '"Y are welcome to / prohibited from ACTION".',
    "Firms are prohibited from selling the data.",
)

# --- metrics: how the value and unit were read ------------------------------------

UNIT: Final = _declare(
    "unit",
    "metric",
    "A number with its unit: percent, points, a currency or a physical unit.",
    "Exports rose 5 percent in May.",
    "value",
)
UNIT_YUAN_SIGN: Final = _declare(
    "unit-yuan-sign",
    "metric",
    '"¥" in a text about China: the yuan, not the yen.',
    "China's retail sales reached ¥4 trillion in May.",
    "value",
)
UNIT_POUND_WEIGHT: Final = _declare(
    "unit-pound-weight",
    "metric",
    '"pounds" in a text that never writes "£" nor names a country that counts in '
    "sterling: the weight (lb), not the currency.",
    "The EPA said farms cut runoff by 36 million pounds of nitrogen in Ohio.",
    "value",
)
MINOR_UNIT: Final = _declare(
    "minor-unit",
    "metric",
    'An amount in cents or pence ("14 cents"), in the text\'s currency.',
    "The fare rose by 14 cents this year.",
    "value",
)
RANK: Final = _declare(
    "rank",
    "metric",
    'An ordinal position in a ranking ("the third-largest").',
    "The port is the third-largest in the world.",
    "value",
)
RANK_NUMBER: Final = _declare(
    "rank-number",
    "metric",
    'A rank written as a number ("ranked No. 3", "number 1").',
    "The city ranked No. 3 among exporters this year.",
    "value",
)
INDEX_POINTS: Final = _declare(
    "index-points",
    "metric",
    "An index level or move in points: a unitless ratio.",
    "The PMI rose 2 points to 51.5 in May.",
    "value",
)
SHARE_FRACTION: Final = _declare(
    "share-fraction",
    "metric",
    'A fraction of a whole ("cut losses by a third") as a percent share.',
    "The agency would cut these losses by at least a third by 2030.",
    "value",
)
TENTH_POINT: Final = _declare(
    "tenth-point",
    "metric",
    'Tenths of a rate\'s change ("the jobless rate edged up by a tenth") as'
    " percentage points.",
    "The jobless rate edged up by a tenth in May.",
    "value",
)
SHARE_OF_WHOLE: Final = _declare(
    "share-of-whole",
    "metric",
    '"X out of every Y": a share in percent.',
    "Three out of every ten workers are women.",
    "value",
)
RATIO_TIMES: Final = _declare(
    "ratio-times",
    "metric",
    'A multiple ("2.5 times", "twice the average") as a ratio.',
    "Sales were 2.5 times the level of 2020.",
    "value",
)
RATIO_CONTEXT: Final = _declare(
    "ratio-context",
    "metric",
    'A bare number named a ratio or index by the words before it ("a ratio of 1.2").',
    "The debt ratio of 1.2 was the highest since 2019.",
    "value",
)
RATIO_EXCHANGE_RATE: Final = _declare(
    "ratio-exchange-rate",
    "metric",
    'A currency\'s value per another ("83.2 per dollar") as a ratio.',
    "The rupee weakened to 83.2 per dollar in May.",
    "value",
)
DURATION_STANDARD: Final = _declare(
    "duration-standard",
    "metric",
    'A length of time a rule sets as a minimum, cap or trigger ("at least two years'
    ' of experience").',
    "Each inspector shall have at least two years of experience.",
    "value",
)
COUNT_STANDARD: Final = _declare(
    "count-standard",
    "metric",
    'A qualified count a rule sets ("at least one person responsible").',
    "Each operator shall employ at least one person responsible for safety.",
    "value",
)
COUNT_SIGNED: Final = _declare(
    "count-signed",
    "metric",
    'A change written with its sign in brackets ("decreased in mining (-12,000)").',
    "Employment decreased in mining (-12,000).",
    "value",
)
COUNT_NOUN: Final = _declare(
    "count-noun",
    "metric",
    'A number of counted things ("300 villages").',
    "The program reached 300 villages last year.",
    "value",
)
COUNT_MEASURED: Final = _declare(
    "count-measured",
    "metric",
    'A bare number measured by the words before it ("rose to 512,000").',
    "The number of startups rose 8 percent last year to 512,000.",
    "value",
)
COUNT_COMPARED: Final = _declare(
    "count-compared",
    "metric",
    'A bare number compared with another ("14,000 lower than").',
    "Employment in May is 14,000 lower than previously reported.",
    "value",
)
COUNT_SCALED: Final = _declare(
    "count-scaled",
    "metric",
    'A bare number with a scale word ("2.3 million") read as a count.',
    "The city added 2.3 million in 2025.",
    "value",
)
COUNT_OF_WHOLE: Final = _declare(
    "count-of-whole",
    "metric",
    '"X of the Y": a count out of a named whole.',
    "12 of the 16 regions met the target in 2025.",
    "value",
)
COUNT_RATE: Final = _declare(
    "count-rate",
    "metric",
    'A rate per a number of things ("4.5 per 1,000 live births") as a count.',
    "Infant mortality fell to 4.5 per 1,000 live births in 2025.",
    "value",
)
DURATION_MEASURED: Final = _declare(
    "duration-measured",
    "metric",
    'A measured duration ("life expectancy rose to 79 years").',
    "Life expectancy rose to 79 years in 2025.",
    "value",
)

# --- metrics: what signed the value ----------------------------------------------

SIGN_AFTER: Final = _declare(
    "sign-after",
    "metric",
    'A word right after the amount makes it negative ("2 percent lower").',
    "Output was 2 percent lower in May.",
    "sign",
)
SIGN: Final = _declare(
    "sign",
    "metric",
    "Written `sign:<word>`: a downward change word before the amount made it "
    'negative ("fell 1.7 percent" gives `sign:fell`).',
    "Exports fell 1.7 percent in May.",
    "sign",
)

# --- metrics: where the period came from -------------------------------------------

PERIOD_AFTER: Final = _declare(
    "period-after",
    "metric",
    "The period expression right after the amount.",
    "Exports rose 5 percent in 2025.",
    "period",
)
PERIOD_BEFORE: Final = _declare(
    "period-before",
    "metric",
    "The nearest period expression before the amount in its sentence.",
    "In 2025, exports rose 5 percent.",
    "period",
)
PERIOD_BY_YEAR: Final = _declare(
    "period-by-year",
    "metric",
    '"by 2035" (or "until ...") governing its own amount.',
    "Emissions will fall 30 percent by 2035.",
    "period",
)
PERIOD_HEADLINE: Final = _declare(
    "period-headline",
    "metric",
    "A release's headline figure, dated by the first report sentence after it.",
    "Title: Ferry Trips\nSource: Bureau of Labor Statistics\n\n"
    "Ferry Trips Up 4 Percent\n\nFerry trips in May 2025 were 41,000.",
    "period",
)
PERIOD_CARRIED: Final = _declare(
    "period-carried",
    "metric",
    "The period carried from an earlier sentence.",
    "Exports rose in 2025. Imports fell 3 percent.",
    "period",
)
PERIOD_CURRENT: Final = _declare(
    "period-current",
    "metric",
    "A goal with no period of its own after an aside about the past: the latest "
    "period not over by publication.",
    "This year, exports will rise. Last year, output fell 2 percent. We will raise "
    "wages by 20 yuan.",
    "period",
)

PERIOD_RELATIVE: Final = _declare(
    "period-relative",
    "metric",
    "A figure followed by a point relative to the report (the previous month, a "
    "year earlier) takes the report's period moved back by that unit.",
    "Ferry fares rose 0.4 percent in May after rising 0.2 percent the previous month.",
    "period",
)


def sign(word: str) -> str:
    """The sign rule of ``word``: ``sign:fell``."""
    return f"{SIGN}:{word}"


def for_frame(frame: Frame) -> str:
    """The rule of a trigger whose own frame decides it (the commitment verbs)."""
    name = frame.value
    if name not in CATALOGUE:
        msg = f"frame {name!r} has no catalogued rule"
        raise LookupError(msg)
    return name


def render_markdown() -> str:
    """The text of ``docs/rules.md``."""
    lines = [
        "# Extraction rules",
        "",
        "<!-- Generated by bench/rules_doc.py from src/policydocs/_extract/_rules.py;",
        "     do not edit by hand. -->",
        "",
        "Every extracted item records in `rule` how it was found. This page lists",
        "every rule name an item can carry, with an example sentence on which the",
        "rule fires (a test parses each example and checks that it does).",
        "",
        "A metric's `rule` joins up to three names with `+`: how its value and unit",
        "were read, what signed it, and where its period came from, for example",
        "`count-measured+sign:dropped+period-after`.",
    ]
    titles = {
        ("statement", ""): "Statements",
        ("directive", ""): "Directives",
        ("metric", "value"): "Metrics: value and unit",
        ("metric", "sign"): "Metrics: sign",
        ("metric", "period"): "Metrics: period",
    }
    for (kind, part), title in titles.items():
        lines += [
            "",
            f"## {title}",
            "",
            "| rule | what it reads | example |",
            "|---|---|---|",
        ]
        for rule in CATALOGUE.values():
            if (rule.kind, rule.part) == (kind, part):
                name = "sign:<word>" if rule.name == SIGN else rule.name
                example = rule.example.replace("\n", " ")
                lines.append(f"| `{name}` | {rule.description} | {example} |")
    return "\n".join(lines) + "\n"
