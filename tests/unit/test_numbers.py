"""Unit tests for the number and unit grammar (``_extract/_numbers``)."""

from __future__ import annotations

import math

import pytest

from policydocs._extract._lexicon import alternation as _trie
from policydocs._extract._number_reader import _fold
from policydocs._extract._numbers import Quantity, find_quantities


def _one(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


def _brief(text: str) -> list[tuple[str, float, float | None, str, str | None]]:
    return [
        (text[q.start : q.end], q.value, q.upper, q.unit, q.approx)
        for q in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1,234,567", 1234567, "number"),
        ("12,34,567", 1234567, "number"),
        ("40 000", 40000, "number"),
        ("9.2321312", 9.2321312, "number"),
        (".77", 0.77, "number"),
        ("1.3e6", 1.3e6, "number"),
        ("-9.5", -9.5, "number"),
        ("minus five", -5, "number"),
        ("twelve million", 12e6, "number"),
        ("a hundred and two", 102, "number"),
        ("one hundred and sixty-one", 161, "number"),
        ("twenty-one trillion and three hundred", 21e12 + 300, "number"),
        ("three thousand millions", 3e9, "number"),
        ("4 thousand 3 hundred and 21", 4321, "number"),
        ("two hundred point zero three", 200.03, "number"),
        ("two thirds", 2 / 3, "number"),
        ("one and a half", 1.5, "number"),
        ("five and a half million", 5.5e6, "number"),
        ("one billion and a half million", 1_000_500_000, "number"),
        ("two thirds of a million", 2e6 / 3, "number"),
        ("half million", 5e5, "number"),
        ("1/4", 0.25, "number"),
        ("3-1/2", 3.5, "number"),
        ("4-1/4", 4.25, "number"),
        ("10k", 1e4, "number"),
        ("10M", 1e7, "number"),
        ("10 bln", 1e10, "number"),
        ("1960s", 1960, "number"),
    ],
)
def test_number_values(text: str, value: float, unit: str) -> None:
    """Digits, words, fractions and scales read to the right value."""
    q = _one(text)
    assert math.isclose(value, q.value, rel_tol=1e-9)
    assert unit == q.unit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.8 trillion yuan", 1.8e12, "CNY"),
        ("RMB 10 billion", 1e10, "CNY"),
        ("$3.1bn", 3.1e9, "USD"),
        ("US$4.7 billion", 4.7e9, "USD"),
        ("HK$ 10.05 billion", 1.005e10, "HKD"),
        ("€10M", 1e7, "EUR"),
        ("£2.5m", 2.5e6, "GBP"),
        ("500 million euros", 5e8, "EUR"),
        ("20 million pounds", 2e7, "GBP"),
        ("5 million yen", 5e6, "JPY"),
        ("Rs. 20", 20, "INR"),
        ("10,000 swiss francs", 1e4, "CHF"),
        ("125 million australian dollars", 1.25e8, "AUD"),
        ("C$ 300 million", 3e8, "CAD"),
        ("50 million USD", 5e7, "USD"),
        ("120 MEUR", 1.2e8, "EUR"),
        ("20 dollars 43 cents", 20.43, "USD"),
        ("($99.99)", -99.99, "USD"),
        ("5.3 percent", 5.3, "percent"),
        ("5.3%", 5.3, "percent"),
        ("12 per cent", 12, "percent"),
        ("3.1 percentage points", 3.1, "percentage_point"),
        ("25 basis points", 0.25, "percentage_point"),
        ("50 bps", 0.5, "percentage_point"),
        ("3/4 percentage point", 0.75, "percentage_point"),
        ("a third of", 100 / 3, "percent"),
        ("two-thirds of", 200 / 3, "percent"),
        ("one in five", 20, "percent"),
        ("30 GW", 30, "GW"),
        ("1.2 million tonnes", 1.2e6, "t"),
        ("500 km", 500, "km"),
        ("200 square kilometers", 200, "km2"),
        ("10,000 hectares", 1e4, "ha"),
        ("1,200 kWh", 1200, "kWh"),
        ("2 million barrels", 2e6, "bbl"),
    ],
)
def test_units(text: str, value: float, unit: str) -> None:
    """Percent, points, currencies and physical units normalise with their scale."""
    q = _one(text)
    assert math.isclose(value, q.value, rel_tol=1e-9)
    assert unit == q.unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The annual revenue is ($99.99).", -99.99),
        ("Net income was (£4 million).", -4e6),
        ("Receipts rose for fuel duty (£2.1 billion).", 2.1e9),
        ("Receipts rose for fuel duty (FD) (£2.1 billion).", 2.1e9),
    ],
)
def test_brackets_negate_only_after_a_linking_word(text: str, value: float) -> None:
    """Accounting brackets after 'is' or 'was' negate; after a noun they gloss it."""
    assert [value] == [q.value for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit", "kind"),
    [
        ("4-1/4 to 4-1/2 percent", 4.25, 4.5, "percent", "to"),
        ("between 2 and 3 percent", 2, 3, "percent", "between"),
        ("6-7 percent", 6, 7, "percent", "dash"),
        ("from 3 to 4 percent", 3, 4, "percent", "from"),
        ("2 to 3 billion yuan", 2e9, 3e9, "CNY", "to"),
        ("$10-$20", 10, 20, "USD", "dash"),
        ("1000–5000", 1000, 5000, "number", "dash"),
    ],
)
def test_ranges(text: str, value: float, upper: float, unit: str, kind: str) -> None:
    """Ranges carry both ends, the unit of the second end and how they were written."""
    q = _one(text)
    assert (value, upper, unit, kind) == (q.value, q.upper, q.unit, q.range_kind)


def test_change_from_to_with_units_is_two_levels() -> None:
    """'from 5 percent to 6 percent' reports two levels, not a range."""
    expected = [5.0, 6.0]
    assert expected == [q.value for q in find_quantities("from 5 percent to 6 percent")]


def test_descending_from_to_is_not_a_range() -> None:
    """A falling pair ('from 5 to 3 percent') is no range."""
    assert all(q.upper is None for q in find_quantities("fell from 5 to 3 percent"))


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("about 6 percent", "about"),
        ("around $5 million", "about"),
        ("roughly 300 villages", "about"),
        ("more than 300 villages", "more_than"),
        ("over 9 million new jobs", "more_than"),
        ("at least 10 percent", "at_least"),
        ("no less than 10 percent", "at_least"),
        ("less than 2 percent", "less_than"),
        ("below 3 percent", "less_than"),
        ("up to 700 workers", "up_to"),
        ("no more than 3 percent", "up_to"),
        ("five hundred or more", "at_least"),
    ],
)
def test_qualifiers(text: str, approx: str) -> None:
    """Qualifiers before or after the number set ``approx`` and join the span."""
    q = _one(text)
    assert approx == q.approx
    assert q.start == 0


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("second-largest", 2, "rank"),
        ("the third largest", 3, "rank"),
        ("ranked third", 3, "rank"),
        ("the 14th", 14, "ordinal"),
        ("twenty-fifth", 25, "ordinal"),
        ("one hundred twenty-fifth", 125, "ordinal"),
    ],
)
def test_ordinals_and_ranks(text: str, value: float, unit: str) -> None:
    """Ordinals are ordinals; a superlative or a ranking verb makes them ranks."""
    q = _one(text)
    assert (value, unit) == (q.value, q.unit)
    assert q.is_ordinal


def test_counted_noun() -> None:
    """A count records the end of its counted noun; a rate's base has its own noun."""
    text = "12 million new urban jobs and 12 hospital beds per 1,000 residents"
    jobs, beds, base = find_quantities(text)
    expected = "12 million new urban jobs"
    assert expected == text[jobs.start : jobs.noun_end]
    assert beds.noun == "beds"
    assert base.value == 1000


@pytest.mark.parametrize(
    "text",
    [
        "5G base stations",
        "the G20 summit",
        "COVID-19",
        "at 2 pm",
        "at 10:30",
        "version 1.2.3 of",
        "The one you mentioned",
        "a third party",
        "in 3/4/2025",
    ],
)
def test_not_quantities(text: str) -> None:
    """Names, times, versions and pronouns are not read as quantities."""
    assert not [q for q in find_quantities(text) if q.value not in {3.0, 4.0, 2025.0}]


def test_hyphenated_modifier_is_flagged() -> None:
    """'a five-year plan' is flagged as a compound modifier."""
    assert _one("a five-year plan").compound


def test_offsets_survive_case_changing_characters() -> None:
    """A character whose lower case is longer does not shift offsets."""
    text = "İstanbul grew 5 percent"
    q = _one(text)
    expected = "5 percent"
    assert expected == text[q.start : q.end]
    assert len(text) == len(_fold(text))


def test_window() -> None:
    """``start`` and ``end`` limit the scan."""
    text = "3 percent and 4 percent"
    expected = [4.0]
    assert expected == [q.value for q in find_quantities(text, 10)]
    expected = [3.0]
    assert expected == [q.value for q in find_quantities(text, 0, 9)]


def test_trie_prefers_longer_words() -> None:
    """The prefix-tree alternation tries longer words before their prefixes."""
    import re

    pattern = re.compile("(?:" + _trie(["per", "percent", "percentage"]) + r")\b")
    longer = pattern.match("percentage point")
    shorter = pattern.match("percent")
    assert longer is not None
    assert shorter is not None
    assert (longer.group(), shorter.group()) == ("percentage", "percent")


def test_spans_cover_qualifier_and_unit() -> None:
    """The span runs from the qualifier to the unit."""
    expected = [("about 1.8 trillion yuan", 1.8e12, None, "CNY", "about")]
    assert expected == _brief("about 1.8 trillion yuan")


def test_linear_on_long_input() -> None:
    """A long run of digits and number words is read without blow-up."""
    text = "1 2 3 one two three and and " * 2000
    assert find_quantities(text)


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("The rate shall not exceed 24 percent.", "up_to"),
        ("Output exceeded 700 million tonnes.", "more_than"),
    ],
)
def test_negated_exceed(text: str, approx: str) -> None:
    """'not exceed' caps a value; 'exceeded' says it was passed."""
    assert approx == _one(text).approx


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("up from a fifth in 2020", True),
        ("for a fifth straight year", False),
        ("a third party", False),
    ],
)
def test_singular_fraction_or_ordinal(text: str, found: bool) -> None:
    """A singular fraction may precede a preposition; before a noun it is an ordinal."""
    assert found == any(q.fraction for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1/0", []),
        ("1e400", []),
        ("9e307 billion", []),
        ("3 hundred and 2 hundred", [(300.0, None, "number"), (200.0, None, "number")]),
        (
            "4 thousand 3 hundred and 0",
            [(4300.0, None, "number"), (0.0, None, "number")],
        ),
        ("two three", [(2.0, None, "number"), (3.0, None, "number")]),
        ("thirty forty", [(30.0, None, "number"), (40.0, None, "number")]),
        (
            "twenty-one trillion and three hundred twenty second",
            [(21000000000322.0, None, "ordinal")],
        ),
        ("two hundredth", [(200.0, None, "ordinal")]),
        ("hundred thousand dollars", [(100000.0, None, "USD")]),
        ("a million", [(1000000.0, None, "number")]),
        ("one million and a half", [(1500000.0, None, "number")]),
        ("five billion and three quarters", [(5750000000.0, None, "number")]),
        ("one hundred and three quarters", [(100.75, None, "number")]),
        ("forty two and a third", [(42.333333333333336, None, "number")]),
        ("two hundred point seventy-one", [(200.71, None, "number")]),
        ("1 point 5", [(1.5, None, "number")]),
        ("quarter million", [(250000.0, None, "number")]),
        ("half of", [(50.0, None, "percent")]),
        ("MAUD 60", [(60000000.0, None, "AUD")]),
        ("-$5", [(-5.0, None, "USD")]),
        ("$-99.99", [(-99.99, None, "USD")]),
        ("75 USD million", [(75000000.0, None, "USD")]),
        ("$20 and 43c", [(20.43, None, "USD")]),
        ("15 dollars 50.", [(15.5, None, "USD")]),
        ("15 dollars 50 more", [(15.0, None, "USD"), (50.0, None, "number")]),
        ("10 $ 30 $", [(10.0, None, "USD"), (30.0, None, "USD")]),
        ("about $10-$20", [(10.0, 20.0, "USD")]),
        ("US$10-US$20", [(10.0, 20.0, "USD")]),
        ("between 10 dollars and 20 dollars", [(10.0, 20.0, "USD")]),
        ("3 GBP and one", [(3.01, None, "GBP")]),
        ("the first quarter", [(1.0, None, "ordinal")]),
        ("ten two", [(10.0, None, "number"), (2.0, None, "number")]),
        ("one hundred and first", [(101.0, None, "ordinal")]),
        ("one hundred twenty fifth", [(125.0, None, "ordinal")]),
        ("hundreds", []),
        ("two thousand and two hundred", [(2200.0, None, "number")]),
        ("1.5 hundred", [(150.0, None, "number")]),
        ("3 1/2", [(3.5, None, "number")]),
        ("three halves", [(1.5, None, "number")]),
        ("one - fourth", [(0.25, None, "number")]),
        ("-127.32e13", [(-1273200000000000.0, None, "number")]),
        ("1 234 567.89", [(1234567.89, None, "number")]),
        ("one billion and a quarter million", [(1000250000.0, None, "number")]),
        ("322 hundred", [(32200.0, None, "number")]),
        ("5k-20k", [(5000.0, 20000.0, "number")]),
        ("20~100", [(20.0, 100.0, "number")]),
        ("1000 - 5000", [(1000.0, 5000.0, "number")]),
        ("minus five point five", [(-5.5, None, "number")]),
        ("$ 20,000.00 $ 37,305.97", [(20000.0, None, "USD"), (37305.97, None, "USD")]),
        ("20 Rupees 43", [(20.43, None, "INR")]),
        ("twenty dollar and 43", [(20.43, None, "USD")]),
        # "point" alone is a remark; index points need a change or index word
        ("5 point", [(5.0, None, "number")]),
        ("the index closed 5 points higher", [(5.0, None, "point")]),
    ],
)
def test_grammar_corner_cases(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    """Joins and splits of words, digits, fractions, cents and ranges."""
    got = [(q.value, q.upper, q.unit) for q in find_quantities(text)]
    assert len(expected) == len(got)
    for (value, upper, unit), (g_value, g_upper, g_unit) in zip(
        expected, got, strict=True
    ):
        assert math.isclose(value, g_value, rel_tol=1e-9)
        assert (upper, unit) == (g_upper, g_unit)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # survey index moves and levels: words or digits alike
        ("The PMI rose two points to 52.", 2.0, "point"),
        ("The consumer confidence gauge dropped three points.", 3.0, "point"),
        ("The Hang Seng closed at 21,450.3 points.", 21450.3, "point"),
        # a rate named before the number: percentage points
        ("Youth unemployment rose 1.2 points in May.", 1.2, "percentage_point"),
        ("Inflation fell by two points over the year.", 2.0, "percentage_point"),
    ],
)
def test_points_near_a_change_or_index(text: str, value: float, unit: str) -> None:
    """A number of points is an index move where a change or index word is near."""
    q = find_quantities(text)[0]
    assert (value, unit) == (q.value, q.unit)
    assert text[q.start : q.end].endswith("points")


@pytest.mark.parametrize(
    "text",
    [
        "I would stress one point: inflation is too high.",
        "She made two points in her speech.",
        "The plan has 10 points.",
    ],
)
def test_points_as_remarks(text: str) -> None:
    """Points made in speech are no unit, in words or digits."""
    assert all(q.unit != "point" for q in find_quantities(text))


@pytest.mark.parametrize(
    "numeral",
    [
        "$1,000,000,000,000,000,000,000",
        "1,000,000,000,000,000,000,000 yuan",
        "1,00,00,00,00,00,000 rupees",
        "1 234 567 890 123 456 789 euros",
        "1234567890123456789012345678901234 dollars",
        "3.1415926535897932384626433 units",
    ],
)
def test_numeral_longer_than_any_reading_is_not_read_in_part(numeral: str) -> None:
    """A numeral too long to read gives no quantity rather than a prefix or suffix."""
    assert [] == _brief(f"Revenue was {numeral} last year.")


def test_longest_readable_numerals_are_read_whole() -> None:
    """The longest grouped numerals read whole; a year before a count stays apart."""
    assert [("$1,000,000,000,000,000,000", 1e18, None, "USD", None)] == _brief(
        "$1,000,000,000,000,000,000"
    )
    spaced = "1 234 567 euros"
    assert [(spaced, 1234567.0, None, "EUR", None)] == _brief(spaced)
    assert ["300"] == [t for t, *_ in _brief("In 2020 300 people came.")][-1:]


def test_lower_case_m_before_counted_things_is_a_million() -> None:
    """'4m households' counts millions; '4m high' is a length, no million."""
    found = find_quantities("Around 4m households had no access; the wall is 4m high.")
    assert 4e6 == found[0].value
    assert all(q.value != 4e6 for q in found[1:])


def test_concentrations_are_mass_per_volume_units() -> None:
    """'50 µg/L', '2 ng/mL', '80 mg/100ml': a concentration keeps its symbol."""
    found = find_quantities(
        "Limits: 50 µg/L of lead, 2 ng/mL of the drug, 80 mg/100ml."
    )
    assert [("ug/L", 50.0), ("ng/mL", 2.0), ("mg/100mL", 80.0)] == [
        (q.unit, q.value) for q in found
    ]
