"""Unit tests for the metric stage (``_extract/_metrics``), run through the pipeline."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from policydocs._extract._pipeline import run
from policydocs._models import Metric, Period
from policydocs._vocab import UnitFamily

PUBLISHED = dt.date(2026, 3, 6)


def _metrics(text: str, *, published: dt.date | None = PUBLISHED) -> list[Metric]:
    return list(run(text, published=published, source=None).metrics)


def _one(text: str, **kwargs: dt.date | None) -> Metric:
    found = _metrics(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


def _year(year: int) -> Period:
    return Period.year(year)


def test_seed_sentence() -> None:
    """The issue's example: value, unit, basis, period and subject."""
    text = (
        "Xi joined deputies from Jiangsu province. The province's economy grew "
        "5.3 percent year-on-year in 2025."
    )
    m = _one(text)
    expected = (5.3, "percent", "year-on-year", _year(2025))
    assert expected == (m.value, m.unit, m.basis, m.period)
    assert ("Jiangsu", "economic growth") == (m.subject, m.indicator)
    assert "5.3 percent" == m.text
    assert m.rule


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Industrial output fell 1.7 percent.", -1.7, "percent"),
        ("Retail sales edged down 0.3 percent month-on-month.", -0.3, "percent"),
        ("The bank lowered the rate to 2.25%.", 2.25, "percent"),
        (
            "The central bank cut the rate by 3/4 percentage point.",
            -0.75,
            "percentage_point",
        ),
        ("Exports rose 8.2 percent.", 8.2, "percent"),
        ("Prices were 2 percent lower than a year ago.", -2.0, "percent"),
        ("We expect a drop of around 3 percent in energy use.", -3.0, "percent"),
        ("Water use should fall by about 10 percent.", -10.0, "percent"),
        ("The rainfall deficit stood at 38 percent.", 38.0, "percent"),
        ("It helped boost growth by 3.1 percentage points.", 3.1, "percentage_point"),
    ],
)
def test_sign_of_change(text: str, value: float, unit: str) -> None:
    """A change word gives the amount its sign; a level reached keeps it positive."""
    m = _one(text)
    assert (value, unit) == (m.value, m.unit)


@pytest.mark.parametrize(
    "text",
    [
        "Exports plunge 5 percent.",
        "Exports slide 5 percent.",
        "Exports tumble 5 percent.",
        "Exports slump 5 percent.",
        "Exports slumped 5 percent.",
        "Output has fallen 5 percent.",
        "Imports shrink 5 percent.",
    ],
)
def test_every_form_of_a_change_verb_signs_the_amount(text: str) -> None:
    """Each inflected form of a downward change verb makes the amount negative."""
    assert -5.0 == _one(text).value


def test_change_then_level() -> None:
    """'dropped by 12,300 to 148,000': a signed change, then a level."""
    found = _metrics("The waiting list dropped by 12,300 to 148,000 in July.")
    assert [-12300.0, 148000.0] == [m.value for m in found]
    assert ["count", "count"] == [m.unit for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "He is a deputy to the 14th National People's Congress.",
        "Targets are set out in the 15th Five-Year Plan (2026-30).",
        "Under Article 12 and Section 7 of the act, firms may appeal.",
        "1. Stabilize employment.",
        "The meeting was held on March 5, 2026.",
        "For release at 2:00 p.m. EST.",
        "The city built more 5G base stations.",
        "The two sides met in Beijing.",
        "The plan runs for three years.",
        "He met six deputies in 2025.",
        # the title of a code cited (issue 14, round four)
        "Records are kept pursuant to 21 U.S.C. 827 and 21 CFR parts 1304.",
        "The rule was published at 82 FR 26349.",
    ],
)
def test_not_metrics(text: str) -> None:
    """Dates, ordinal names, identifiers, list numbers, times, durations: no metrics."""
    # "six deputies" is an optional narrative count; only the year matters here.
    found = [m for m in _metrics(text) if "deputies" not in m.text]
    assert [] == found


def test_rate_base_is_no_metric() -> None:
    """'12 hospital beds per 1,000 residents' counts 12; the 1,000 is no metric."""
    m = _one("The city has 12 hospital beds per 1,000 residents.")
    assert (12.0, "count") == (m.value, m.unit)


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("Jiangsu is the nation's second-largest economy.", 2.0, "rank", None),
        (
            "The firm must keep a debt-to-equity ratio below 2.5.",
            2.5,
            "ratio",
            "less_than",
        ),
        ("Banks lent one-third of new loans to small firms.", 100 / 3, "percent", None),
        (
            "The plants will supply roughly one-fifth of demand.",
            20.0,
            "percent",
            "about",
        ),
        ("The fund will create over 9 million new jobs.", 9e6, "count", "more_than"),
        ("Sea levels rose nearly twice the global average.", 2.0, "ratio", "about"),
        ("The province awarded €500 million in grants.", 5e8, "EUR", None),
        ("Grain output exceeded 700 million metric tons.", 7e8, "t", "more_than"),
        ("The outstanding loans reached Rp 84.6 trillion.", 8.46e13, "IDR", None),
    ],
)
def test_units_and_qualifiers(
    text: str, value: float, unit: str, approx: str | None
) -> None:
    """Ranks, ratios, shares, counts, money and physical units with their qualifier."""
    m = _one(text)
    assert math.isclose(value, m.value, rel_tol=1e-9)
    assert (unit, approx) == (m.unit, m.approx)


def test_range() -> None:
    """A range keeps both ends."""
    m = _one("The Committee set the target range at 4-1/4 to 4-1/2 percent.")
    assert (4.25, 4.5, "percent") == (m.value, m.upper, m.unit)


def test_period_carried_across_sentences() -> None:
    """A period carries on until a new one is named; comparison points never set one."""
    text = (
        "In May, industrial output rose 5.2 percent year-on-year. "
        "Retail sales grew 6.0 percent from April.\n\n"
        "In January-May, investment rose 4.0 percent."
    )
    found = _metrics(text, published=dt.date(2026, 6, 15))
    may = Period(start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31))
    jan_may = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 5, 31))
    assert [may, may, jan_may] == [m.period for m in found]
    assert ["year-on-year", "month-on-month", None] == [m.basis for m in found]


def test_same_period_points_back() -> None:
    """'over the same period' takes the most recent period."""
    text = (
        "Lending rose 11.4 percent in 2025. "
        "Bank lending fell 2.7 percent over the same period."
    )
    found = _metrics(text)
    assert [_year(2025), _year(2025)] == [m.period for m in found]


def test_by_year_governs_its_own_quantity() -> None:
    """'by 2030' sets its own quantity's period; another quantity keeps the plan."""
    text = (
        "Over the 2026-30 period, we will add more than 10,000 kilometers of railway "
        "and raise the urbanization rate to about 72 percent by 2030."
    )
    km, share = _metrics(text)
    assert Period.years(2026, 2030) == km.period
    assert _year(2030) == share.period
    assert share.target


def test_target_and_relative_year() -> None:
    """'this year' resolves against the publication date; goals are targets."""
    m = _one("This year, the government set a GDP growth target of around 5 percent.")
    assert (_year(2026), True, "about") == (m.period, m.target, m.approx)


def test_fiscal_year_follows_currency() -> None:
    """A US text's fiscal year runs October to September."""
    m = _one("Treasury lending rose to $3.1bn in fiscal 2025.")
    expected = Period(start=dt.date(2024, 10, 1), end=dt.date(2025, 9, 30))
    assert expected == m.period


def test_empty_and_odd_inputs() -> None:
    """Texts without sentences or with odd characters give no error."""
    assert [] == _metrics("")
    assert [] == _metrics("İİİ 5G ½")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Hourly earnings rose by 14 cents to $33.74.", 0.14, "USD"),
        ("The share price fell 12 pence.", -0.12, "GBP"),
        ("The rupee weakened to 83.2 per dollar.", 83.2, "ratio"),
        ("Employment is 49,000 lower than previously reported.", -49000.0, "count"),
        ("The change was revised from +306,000 to +281,000.", 306000.0, "count"),
    ],
)
def test_minor_units_rates_and_comparisons(text: str, value: float, unit: str) -> None:
    """Cents join the text's currency; exchange rates are ratios; gaps are counts."""
    m = _metrics(text)[0]
    assert math.isclose(value, m.value, rel_tol=1e-9)
    assert unit == m.unit


def test_by_year_and_its_appositive() -> None:
    """'by 2028' governs the quantity before it and an appositive restating it."""
    text = (
        "In 2025 the fund paid €1 billion. The projects will add 48 GWh of capacity "
        "by 2028, roughly one-fifth of demand, and create 6,000 jobs."
    )
    paid, gwh, share, jobs = _metrics(text)
    assert _year(2025) == paid.period
    assert [_year(2028), _year(2028)] == [gwh.period, share.period]
    # "will … create 6,000 jobs" is a goal: the year already over is not its
    assert jobs.period is None


def test_horizon_ahead_is_not_carried() -> None:
    """'over the next five years' dates its own quantity but does not carry on."""
    text = (
        "In 2025, output rose 3 percent. "
        "We will build 3 million houses over the next five years. "
        "Exports grew 5 percent."
    )
    found = _metrics(text)
    assert [_year(2025), _year(2025)] == [found[0].period, found[2].period]


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("The Fed delivered a quarter-point rate cut.", [-0.25], "percentage_point"),
        ("Markets priced in a 50-basis-point move.", [0.5], "percentage_point"),
        ("The share price jumped 12p to 245p.", [0.12, 2.45], "GBP"),
        ("Sales rose 5% to 10% of revenue.", [5.0, 10.0], "percent"),
    ],
)
def test_central_bank_and_market_phrasing(
    text: str, values: list[float], unit: str
) -> None:
    """Hyphenated point moves, and a change then a level written with units."""
    found = _metrics(text)
    assert values == [round(m.value, 6) for m in found]
    assert {unit} == {m.unit for m in found}


def test_level_after_a_copula() -> None:
    """'After the cut, the ratio will be about 5.7 percent': a level, not a change."""
    m = _one("After the cut, the average ratio will be about 5.7 percent.")
    assert (5.7, "about") == (m.value, m.approx)


def test_goal_after_a_look_back_keeps_the_current_year() -> None:
    """A commitment after an aside about last year refers to the current period."""
    text = (
        "The targets for 2026 are set out below. GDP should grow around 5 percent. "
        "Last year, spending on research exceeded 3.6 trillion yuan.\n\n"
        "We will raise pensions by another 20 yuan per month."
    )
    found = _metrics(text)
    assert [_year(2026), _year(2025), _year(2026)] == [m.period for m in found]


def test_dateline_and_month_without_year() -> None:
    """A dateline day is no period; a month without a year is the latest one."""
    text = (
        "BEIJING, Jan. 14 (Xinhua) -- Trade hit 45.47 trillion yuan in 2025. "
        "In December alone, exports jumped 10.7 percent."
    )
    trade, december = _metrics(text, published=dt.date(2026, 1, 14))
    assert _year(2025) == trade.period
    expected = Period(start=dt.date(2025, 12, 1), end=dt.date(2025, 12, 31))
    assert expected == december.period


@pytest.mark.parametrize(
    ("text", "value", "unit", "rule"),
    [
        (
            "The waiting list fell to 7.1 million in July.",
            7.1e6,
            "count",
            "count-scaled",
        ),
        ("Output grew in 34 of the 41 sectors.", 34.0, "count", "count-of-whole"),
        ("Prices rose 3 times faster than wages.", 3.0, "ratio", "ratio-times"),
        ("About one-sixth came from exports.", 100 / 6, "percent", "share-fraction"),
        ("By 2030, coal should fall to 25 percent.", 25.0, "percent", "unit"),
    ],
)
def test_rules_are_recorded(text: str, value: float, unit: str, rule: str) -> None:
    """Each metric names the rule that made it."""
    m = _one(text)
    assert math.isclose(value, m.value, rel_tol=1e-9)
    assert unit == m.unit
    assert m.rule.startswith(rule)


@pytest.mark.parametrize("text", ["He is 45.", "Chapter 3 opens.", "Zone 4 grew."])
def test_bare_numbers_without_a_measure(text: str) -> None:
    """A bare number with nothing measuring it is no metric."""
    assert [] == _metrics(text)


def test_by_year_before_its_quantity() -> None:
    """'By 2030, …' governs the first quantity after it."""
    m = _one("By 2030, non-fossil fuels should account for 25 percent of energy use.")
    assert (_year(2030), True) == (m.period, m.target)


def test_plan_period_anaphor() -> None:
    """'over the plan period' points back to the plan period named before."""
    text = (
        "The 15th Five-Year Plan (2026-30) sets the course. "
        "Over the plan period, research spending will rise 7 percent a year."
    )
    assert Period.years(2026, 2030) == _one(text).period


def test_japanese_fiscal_year_and_its_edge() -> None:
    """Japan names a fiscal year by its first year; 'which ended in March' is none."""
    text = (
        "For fiscal 2025, which ended in March, the economy grew 0.9 percent "
        "and exports reached 100 trillion yen."
    )
    growth, exports = _metrics(text, published=dt.date(2026, 8, 25))
    expected = Period(start=dt.date(2025, 4, 1), end=dt.date(2026, 3, 31))
    assert [expected, expected] == [growth.period, exports.period]


def test_possessive_subject() -> None:
    """The owner in a possessive names the subject; a weekday before it does not."""
    m = _one("During Thursday's session, China's exports rose 5 percent.")
    assert "China" == m.subject


def test_leap_day_a_year_earlier() -> None:
    """A yearless February that lies ahead moves back a year, leap day included."""
    m = _one("In February, exports rose 4 percent.", published=dt.date(2028, 1, 15))
    expected = Period(start=dt.date(2027, 2, 1), end=dt.date(2027, 2, 28))
    assert expected == m.period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The PMI rose 0.5 points to 51.2 in June.", [(0.5, "ratio"), (51.2, "ratio")]),
        (
            "The index closed up 1.2 percent at 3,450.3 points.",
            [(1.2, "percent"), (3450.3, "ratio")],
        ),
        ("It stayed above the 50-point mark.", []),
        ("I would stress one point.", []),
    ],
)
def test_index_points(text: str, expected: list[tuple[float, str]]) -> None:
    """Index points are a ratio; 'the 50-point mark' and 'one point' are none."""
    assert expected == [(m.value, m.unit) for m in _metrics(text)]


def test_dates_written_as_fractions_and_pronoun_lookalikes() -> None:
    """'9/11' is no share; 'that one in three people' is one."""
    found = _metrics("He recalled 9/11, adding that one in three people lacked power.")
    assert ["percent"] == [m.unit for m in found]
    assert math.isclose(100 / 3, found[0].value, rel_tol=1e-12)


def test_falling_range() -> None:
    """A fall given as a range keeps its order: 'fell 2-3 percent' is -3 to -2."""
    m = _one("Exports fell 2-3 percent.")
    assert (-3.0, -2.0) == (m.value, m.upper)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is the world's No. 3 economy.", [("No. 3", 3.0, "rank")]),
        ("The firm ranked No. 1 in Asia.", [("No. 1", 1.0, "rank")]),
        ("The No. 1 Central Document was issued.", []),
        ("It issued Regulation No. 12 of 2026.", []),
    ],
)
def test_rank_numbers(text: str, expected: list[tuple[str, float, str]]) -> None:
    """'No. 3' before a common noun or after 'ranked' is a rank; before a title not."""
    assert expected == [(m.text, m.value, m.unit) for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Life expectancy rose to 79 years.", [("79 years", 79.0, "year")]),
        ("The plan runs for 10 years.", []),
        (
            "Infant mortality fell to 4.5 per 1,000 live births.",
            [("4.5", 4.5, "count")],
        ),
        (
            "PM2.5 density fell to 29.3 micrograms per cubic meter.",
            [("29.3 micrograms per cubic meter", 29.3, "ug/m3")],
        ),
    ],
)
def test_measured_durations_rates_and_concentrations(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    """A level in years is measured; a rate per N is a count; 'PM2.5' is a name."""
    assert expected == [(m.text, m.value, m.unit) for m in _metrics(text)]


def test_deadlines_and_horizons_are_not_carried() -> None:
    """'by the fourth quarter' dates its own value; 'over the coming decade' none."""
    text = (
        "The unemployment rate rises to 4.6 percent by the fourth quarter of 2026. "
        "The yield averages 4.4 percent over the coming decade. "
        "GDP grows 2.2 percent in 2026 and 1.8 percent a year thereafter."
    )
    rate, yield_, growth, later = _metrics(text)
    expected = Period(start=dt.date(2026, 10, 1), end=dt.date(2026, 12, 31))
    assert (expected, None) == (rate.period, yield_.period)
    assert (_year(2026), None) == (growth.period, later.period)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The bank cut rates to a record low of 1.5%.", [1.5]),
        ("The bank cut rates by 0.5 percentage point to a low of 1%.", [-0.5, 1.0]),
        ("GDP shrank 0.5% after growing 0.2% in the first quarter.", [-0.5, 0.2]),
        ("Inflation was 2.5%, down from 3%.", [2.5, 3.0]),
        ("Exports were down 2% on the year.", [-2.0]),
    ],
)
def test_levels_and_changes_side_by_side(text: str, values: list[float]) -> None:
    """A level named by a noun ('a low of') is unsigned; the nearest change wins."""
    assert values == [m.value for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("China's retail sales reached ¥4.2 trillion.", "CNY"),
        ("Japan's budget reached ¥115 trillion.", "JPY"),
    ],
)
def test_yen_sign_follows_the_country(text: str, unit: str) -> None:
    """'¥' is the yuan in a text about China, else the yen."""
    assert unit == _one(text).unit


def test_fronted_by_year_sets_its_sentence() -> None:
    """A sentence opening with 'By 2027,' dates all its quantities."""
    text = (
        "The country installed 295,000 robots in 2025. By 2027, it aims to build "
        "more than 5,000 smart factories and to cut costs by 20 percent."
    )
    _, factories, costs = _metrics(text)
    assert [_year(2027), _year(2027)] == [factories.period, costs.period]


def test_unit_label_in_brackets() -> None:
    """'(10,000 tons)' after a label names a unit; '(about $6 billion)' is a value."""
    assert [] == _metrics("Grain output (10,000 tons) is shown below.")
    assert [6e9] == [m.value for m in _metrics("Trade (about $6 billion) rose.")]


def test_span_of_fiscal_years() -> None:
    """'the financial years 2026-27 to 2030-31' is one span of Indian fiscal years."""
    m = _one(
        "It approved an outlay of Rs 12,000 crore "
        "for the financial years 2026-27 to 2030-31."
    )
    expected = Period(start=dt.date(2026, 4, 1), end=dt.date(2031, 3, 31))
    assert expected == m.period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland will spend 12 billion zlotys.", [(12e9, "PLN")]),
        ("It is one of the largest economies.", []),
    ],
)
def test_more_currencies_and_one_of_the(
    text: str, expected: list[tuple[float, str]]
) -> None:
    """Plural currency names; 'one of the' is no count of a whole."""
    assert expected == [(m.value, m.unit) for m in _metrics(text)]


def test_fronted_by_year_after_a_heading() -> None:
    """'Article 3 By the end of 2027, …' still opens its sentence."""
    text = (
        "Article 3 By the end of 2027, the recycling rate shall reach 45 percent, "
        "and the landfill share shall be reduced by 5 percentage points."
    )
    assert [_year(2027), _year(2027)] == [m.period for m in _metrics(text)]


def test_until_deadline_and_past_decade() -> None:
    """'until the end of 2027' is a deadline; 'the past decade' gives no period."""
    text = (
        "The £2 fare cap will be extended until the end of 2027. "
        "Around 5,000 routes will be protected. "
        "Last year, journeys were still 12% below pre-pandemic levels. "
        "Fares have risen by a fifth over the past decade."
    )
    cap, routes, gap, fares = _metrics(text, published=dt.date(2026, 9, 30))
    assert (None, -12.0, None) == (routes.period, gap.value, fares.period)
    assert _year(2025) == gap.period
    assert cap.period is not None


def test_count_of_a_whole_named_first() -> None:
    """'Of the 41 major sectors, 33 maintained growth': 33 is the count."""
    m = _one("Of the 41 major industrial sectors, 33 maintained growth.")
    assert (33.0, "count") == (m.value, m.unit)


def test_earlier_figure_does_not_carry() -> None:
    """'rose 0.2% in July after a 0.1% gain in June' carries July, not June."""
    text = (
        "Retail sales rose 0.2% in July after a 0.1% gain in June. "
        "Sales were up 3.5% from a year earlier."
    )
    july, june, yoy = _metrics(text, published=dt.date(2026, 8, 15))
    assert july.period == yoy.period != june.period


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Debt is projected to fall below 65 percent of GDP.", 65.0, "percent"),
        ("Exports fell more than 5 percent.", -5.0, "percent"),
        ("The IMF approved about SDR 1.2 billion.", 1.2e9, "XDR"),
    ],
)
def test_positional_bounds_and_sdr(text: str, value: float, unit: str) -> None:
    """'fall below X' is a level passed; 'fell more than X' a change; SDR is XDR."""
    m = _one(text)
    assert (value, unit) == (m.value, m.unit)


def test_level_after_to_the_and_target_noun() -> None:
    """'falling back to the 2% target' is a level and a target."""
    m = _one("Inflation is expected to be falling back to the 2% target in 2027.")
    assert (2.0, True) == (m.value, m.target)


_MAY = Period(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31))
_JAN = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
_Q3 = Period(start=dt.date(2025, 7, 1), end=dt.date(2025, 9, 30))
_OCT = Period(start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31))


@pytest.mark.parametrize(
    ("report", "follow", "expected"),
    [
        # statistics release: a starting level after "from"
        (
            "Exports rose 5 percent in May from 3 percent in April.",
            "Imports rose 2 percent.",
            _MAY,
        ),
        # central-bank statement
        (
            "Inflation eased to 2.8% in January from 3.1% in December.",
            "Core inflation rose 0.2 pp.",
            _JAN,
        ),
        # company results: "up from" a quarter before
        (
            (
                "Sales hit $4.1bn in the third quarter, "
                "up from $3.6bn in the second quarter."
            ),
            "Profit rose 8%.",
            _Q3,
        ),
        # labour-market note: "lower than" inside the quantity's own span
        (
            "The jobless rate was 5.1% in October, lower than 5.3% in September.",
            "Wages rose 4%.",
            _OCT,
        ),
        # "versus" with a qualifier; "more than" is no comparison
        (
            "Output grew more than 4 percent in 2025, versus about 6 percent in 2024.",
            "Exports rose 2 percent.",
            _year(2025),
        ),
        # budget outlook: "compared with"
        (
            "GDP expanded 2.1% in 2025, compared with 1.8% in 2024.",
            "Investment rose 3%.",
            _year(2025),
        ),
    ],
)
def test_comparison_period_is_not_carried(
    report: str, follow: str, expected: Period
) -> None:
    """A comparison point keeps its own period but never becomes the carried one."""
    found = _metrics(f"{report} {follow}")
    assert expected == found[-1].period, [(m.text, m.period) for m in found]
    # The comparison point itself still takes the period the text names for it.
    assert found[1].period is not None
    assert found[1].period != expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # outcomes: a noun cue that names a thing, or an outcome verb after the cue
        ("The budget deficit was 4.2 percent of GDP in 2025.", False),
        ("Standard Chartered's profits rose 12% in 2025.", False),
        ("The reform will help, after exports rose 5 percent in 2025.", False),
        ("Its expansion plan was shelved after sales fell 8 percent.", False),
        ("The Fed will meet as payrolls grew by 150,000 in May.", False),
        # goals: a noun cue with a link, a modal, an aim, a list heading
        ("The government set a target of about 6 percent for growth.", True),
        ("Water use per unit of output should fall by about 10 percent.", True),
        ("The city aims to cut emissions by 20 percent by 2030.", True),
        ("The cap is $5 billion a month.", True),
        ("Spending will be increased by 7 percent.", True),
        ("The main goals for this year are: growth of about 5 percent.", True),
    ],
)
def test_target_needs_a_governing_goal_word(text: str, target: bool) -> None:
    """A goal word makes a goal only in its own clause and with no outcome between."""
    assert target == _metrics(text)[0].target


def test_target_list_items_after_a_heading() -> None:
    """Items of a goal list, one sentence each, are goals until the list ends."""
    text = (
        "Our main targets for this year are:\n\nGDP growth of around 5 percent;\n"
        "over 12 million new urban jobs; and\na CPI increase of around 2 percent.\n\n"
        "Last year, exports rose 7 percent."
    )
    assert [True, True, True, False] == [m.target for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        # a period, not a basis: "last year" and "annual" alone
        ("The deficit narrowed to $12bn last year.", [None]),
        ("The agency has an annual budget of $5bn.", [None]),
        # a change over one whole year is year-on-year (real gold: a change in
        # an annual total against the year before)
        (
            "GDP grew 5 percent last year and is expected to grow 4 percent this year.",
            ["year-on-year", "year-on-year"],
        ),
        # a lead and a reference point
        ("Exports rose 2.3 percent from a year earlier.", ["year-on-year"]),
        ("Profit rose 4% compared with the previous year.", ["year-on-year"]),
        ("Sales were up 3% on the previous month.", ["month-on-month"]),
        ("Output rose 1.1% y/y in May.", ["year-on-year"]),
        ("Home prices fell 0.4 percent year on year.", ["year-on-year"]),
        # bounded by the neighbouring quantity: the level reached has no basis
        (
            "GDP reached 9.35 trillion yuan, up 5.6 percent year-on-year.",
            [None, "year-on-year"],
        ),
        (
            "Loans rose 6.8 percent year on year to 272.5 trillion yuan.",
            ["year-on-year", None],
        ),
        # a month with a day is a date, no basis
        ("The fair opens on April 20 with more than 3,000 exhibitors.", [None]),
    ],
)
def test_basis_needs_a_comparison(text: str, bases: list[str | None]) -> None:
    """A basis comes from a basis cue or a lead and a reference, near its own amount."""
    assert bases == [m.basis for m in _metrics(text)]


def test_index_move_in_points_is_a_ratio() -> None:
    """An index move in points is a unitless ratio, with its sign, span and level."""
    found = _metrics("The PMI fell two points to 48.")
    assert [("two points", -2.0, "ratio"), ("48", 48.0, "ratio")] == [
        (m.text, m.value, m.unit) for m in found
    ]


def test_three_capital_physical_unit_is_no_currency() -> None:
    """A TEU count is a physical quantity; a three-letter currency code stays money."""
    assert ("TEU", UnitFamily.PHYSICAL) == (
        (m := _one("Throughput rose to 5 million TEU.")).unit,
        m.unit_family,
    )
    assert UnitFamily.CURRENCY == _one("Sales reached 5 million CNY.").unit_family


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        # a change over its own month compares with the month before
        (
            "Household savings increased $42.5 billion (0.6 percent) in August.",
            ["month-on-month", "month-on-month"],
        ),
        ("Factory orders fell 1.3 percent in March.", ["month-on-month"]),
        ("Vacancies in construction changed in April (-31,000).", ["month-on-month"]),
        # a comparison date a year back is year-on-year
        (
            "Wholesale sales were up 6.1 percent in May 2016 from May 2015.",
            ["year-on-year"],
        ),
        # levels, revisions and goals have none; a year's change is year-on-year
        (
            "Hires decreased to 4.1 million and 3.9 million in May, respectively.",
            [None, None],
        ),
        ("The estimate for May was revised up by 12,000 in June.", [None]),
        ("Tourism income grew 3.2 percent in 2021.", ["year-on-year"]),
        ("Rents should fall 2 percent in September.", [None]),
    ],
)
def test_change_over_a_month_is_month_on_month(
    text: str, bases: list[str | None]
) -> None:
    """A change over one month with no basis named compares with the month before."""
    assert bases == [m.basis for m in _metrics(text)]


@pytest.mark.parametrize(
    "text",
    [
        "An inspector shall have at least three years of experience in food safety.",
        "A pilot may not fly after 9 consecutive hours on duty.",
        "Each ferry must carry at least two crew members trained in first aid.",
    ],
)
def test_rule_standard_is_a_target(text: str) -> None:
    """A rule's minimum, cap or trigger is what the rule requires: a target."""
    assert [True] == [m.target for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The fund holds $3 billion to rebuild schools damaged by storms.", True),
        ("The city spent $3 billion on schools last year.", False),
    ],
)
def test_money_to_a_purpose_is_a_target(text: str, target: bool) -> None:
    """Money set aside to do something is planned; money spent on it is an outcome."""
    assert [target] == [m.target for m in _metrics(text)]


def test_bare_number_after_a_change_word_is_a_measured_count() -> None:
    """'up 120,000 from', 'down 40,000': a change in a count the clause names."""
    found = _metrics(
        "There were 3.1 million people in work, up 120,000 on the quarter, and "
        "1.35 million unemployed people, down 40,000."
    )
    assert [3100000.0, 120000.0, 1350000.0, -40000.0] == [m.value for m in found]


def test_a_qualified_large_number_is_a_count_given() -> None:
    """'it's fewer than 1,000': a number with a qualifier and thousands is a count."""
    found = _metrics("I won't give numbers, but it's fewer than 1,000.")
    assert [(1000.0, "count", "less_than")] == [
        (m.value, m.unit, m.approx) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        # a comparison point of the same length sets the gap
        (
            (
                "In May 2025 card spending rose by 2.1% compared with May 2024 and by "
                "0.4% compared with April 2025."
            ),
            ["year-on-year", "month-on-month"],
        ),
        ("Ferry trips rose 6% in 2025 compared with 2024.", ["year-on-year"]),
        (
            (
                "Cattle on farms on July 1, 2025 totalled 9 million, up 2 percent from "
                "July 1, 2024."
            ),
            [None, "year-on-year"],
        ),
        (
            (
                "Permits in August 2025 were at a rate of 900,000; this is 3.5 percent "
                "(±0.9 percent) above the revised July figure of 870,000."
            ),
            [None, "month-on-month", None, None],
        ),
        # a comparison opening the sentence governs each change in it
        (
            (
                "Compared with March 2024, jobless claims fell by 12,000 in Ruritania "
                "in March 2025 and by 8,000 in Freedonia."
            ),
            ["year-on-year", "year-on-year"],
        ),
        # points of another length, or several years back, set none
        ("Bus fares rose 7% in March 2025 from 2023.", [None]),
    ],
)
def test_basis_from_the_gap_to_a_comparison_point(
    text: str, bases: list[str | None]
) -> None:
    """A dated comparison point of the period's length gives the gap's basis."""
    assert bases == [m.basis for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("Rents rose 4.2 percent over the last 12 months.", ["year-on-year"]),
        ("Over the past 12 months, the fuel index fell 3 percent.", ["year-on-year"]),
        (
            "Pay increased 3.1 percent for the 12-month period ending in June 2025.",
            ["year-on-year"],
        ),
        ("Pension costs increased 2.2 percent over the year.", ["year-on-year"]),
        ("Milk prices rose 9 percent for the year ended in June.", ["year-on-year"]),
        # a reference point right after a changed amount, with no lead
        (
            (
                "Import prices rose 0.3 percent in May after falling 0.1 percent the "
                "previous month."
            ),
            ["month-on-month", "month-on-month"],
        ),
        # a level "down from 48 percent last year" is no change
        (
            "Contract hogs were 46 percent of all hogs, down from 48 percent last year",
            [None, None],
        ),
        # a year's change counted from further back than a year has none
        (
            (
                "Premiums more than doubled from $2,000 in 2021 to $4,100 in 2025, an "
                "increase of $2,100."
            ),
            [None, None, None],
        ),
    ],
)
def test_basis_from_the_span_a_change_covers(
    text: str, bases: list[str | None]
) -> None:
    """A change over twelve months, or after "the previous month", has that basis."""
    assert bases == [m.basis for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a word of funding after the money
        ("The agency announced $4.2 million in grants to 9 towns.", [True, False]),
        ("The council added £12 million of new funding for parks.", [True]),
        ("The port is making an initial $6 million investment in cranes.", [True]),
        # an allocation verb with only fillers between
        ("The ministry awarded more than $3 million to two clinics.", [True, False]),
        ("The fund provides a total of $2 billion to regions.", [True]),
        # a future allocation with the money as subject
        ("£8 million will be provided for bridge repairs.", [True]),
        ("A further £90,000 will go to the river trust.", [True]),
        # a running total paid out is an outcome
        ("To date, the fund has awarded $2 billion to 40 towns.", [False, False]),
        ("Since 2019 the scheme has provided $80 million to farms.", [False]),
        # money reported as spent or earned is no allocation
        ("The firm announced profits of $5 million.", [False]),
    ],
)
def test_allocated_money_is_a_target(text: str, targets: list[bool]) -> None:
    """Money set aside for recipients is a goal (gold decision 26); paid-out is not."""
    assert targets == [m.target for m in _metrics(text)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("We expect diesel prices will average $4 per gallon in 2027.", [False]),
        ("The office estimates that the deficit will reach $300 billion.", [False]),
        ("Hubs, which the states anticipate will serve 3 million homes", [False]),
        # without a forecast verb "will" keeps its goal
        ("The city will build 2,000 homes next year.", [True]),
        # "expected to" is no forecast clause: the goal word after it governs
        ("The ministry is expected to cut fees and will hire 500 nurses.", [True]),
    ],
)
def test_will_after_a_forecast_verb_is_a_forecast(
    text: str, targets: list[bool]
) -> None:
    """A forecast verb before "will" makes the figure a forecast (target false)."""
    assert targets == [m.target for m in _metrics(text)]


@pytest.mark.parametrize(
    ("source", "title", "text", "subject"),
    [
        # a release's title names the jurisdiction measured
        (
            "Department for Ferries",
            "Ferry Passengers in Great Britain: Main Results 2025",
            "Passenger numbers rose 4 percent in 2025.",
            "Great Britain",
        ),
        (
            "Revenue Office",
            "Tax receipts for the UK (monthly bulletin)",
            "Receipts rose by £2 billion in January.",
            "United Kingdom",
        ),
        # else the source's own name, else what its text names most
        (
            "U.S. Ferry Statistics Office",
            "Ferry trips",
            "Trips rose 4 percent in 2025.",
            "United States",
        ),
        (
            "National Ferry Statistics Service",
            "Quarterly ferry trips",
            (
                "Ferry operators in the United States carried 9 million riders. Trips "
                "rose 4 percent."
            ),
            "United States",
        ),
        # a press release of a body that measures nothing gets no default
        (
            "Ferry Users Association",
            "Ferry users welcome new timetable",
            "Trips rose 4 percent in 2025, its members said.",
            None,
        ),
    ],
)
def test_release_subject_is_the_jurisdiction_measured(
    source: str, title: str, text: str, subject: str | None
) -> None:
    """A statistics release's unowned figures are its jurisdiction's (decision 3)."""
    found = run(text, published=PUBLISHED, source=source, title=title).metrics
    assert subject == found[-1].subject


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "A boat valued at $50,000 or less shall be sold at auction.",
            [True],
        ),
        ("A fine of up to $2,000 may be imposed on the owner.", [True]),
        # "May" the month sets no rule
        ("Sales of more than $5 billion were reported in May.", [False]),
    ],
)
def test_qualified_amount_in_a_rule_is_a_standard(
    text: str, targets: list[bool]
) -> None:
    """A rule's qualified amount (minimum, cap, trigger) is a target (decision 34)."""
    assert targets == [m.target for m in _metrics(text)]


def test_bracketed_margin_between_an_amount_and_below() -> None:
    """'2.4 percent (±6.0 percent)* below the April estimate' is a fall of 2.4."""
    found = _metrics(
        "Ferry bookings in May were 52,000. This is 2.4 percent (±6.0 percent)* "
        "below the revised April estimate."
    )
    assert [52000.0, -2.4, 6.0] == [m.value for m in found]


def test_pounds_weigh_in_a_text_without_sterling() -> None:
    """'19 million pounds of cheese' in a US text is a weight (lb), not sterling."""
    found = _metrics(
        "U.S. cheese plants in Ohio made 19 million pounds of cheese, "
        "worth $60 million."
    )
    assert [("lb", 19e6), ("USD", 60e6)] == [(m.unit, m.value) for m in found]


def test_pounds_stay_sterling_in_a_uk_text() -> None:
    """'5 million pounds' in a text naming the United Kingdom is sterling."""
    found = _metrics("The United Kingdom will spend 5 million pounds on ferries.")
    assert [("GBP", 5e6)] == [(m.unit, m.value) for m in found]
