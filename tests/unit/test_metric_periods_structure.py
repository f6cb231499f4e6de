"""Unit tests for periods from structure: which sentences set the period carried on."""

from __future__ import annotations

import datetime as dt
from typing import Final

import pytest

from policydocs._extract._metric_period_forms import Brackets
from policydocs._extract._pipeline import run
from policydocs._models import Period

PUBLISHED = dt.date(2026, 3, 6)


def _periods(text: str) -> list[tuple[str, Period | None]]:
    # a statistics office's release: its opening and report cross paragraphs
    doc = run(text, published=PUBLISHED, source="Office for National Statistics")
    return [(m.text, m.period) for m in doc.metrics]


def test_sentence_that_reports_nothing_dates_no_later_figure() -> None:
    """A meeting's month in a sentence without a figure dates no policy rate."""
    text = (
        "Rates were reviewed at length.\n\nThe Board met in February. "
        "The discount rate stands at 4 percent."
    )
    assert [("4 percent", None)] == _periods(text)


def test_heading_line_dates_the_figures_under_it() -> None:
    """A heading without a final stop names the period of the report below it."""
    text = (
        "Rates were reviewed at length.\n\nReview of work in 2025\n\n"
        "Exports rose 4.1 percent."
    )
    assert [("4.1 percent", Period.year(2025))] == _periods(text)


def test_list_lead_in_dates_its_items() -> None:
    """A lead-in ending in a colon dates the items of the list it opens."""
    text = (
        "Rates were reviewed at length. The goals for 2027 are:\n"
        "grain output of over 650 million tonnes;\n"
        "at least 1.1 million new jobs."
    )
    assert all(Period.year(2027) == p for _, p in _periods(text))


def test_opening_sentence_sets_the_release_reference_period() -> None:
    """A release's opening names the period of its figures though it has none."""
    text = "This release covers the third quarter of 2025.\n\nOutput rose 0.8 percent."
    expected = Period(start=dt.date(2025, 7, 1), end=dt.date(2025, 9, 30))
    assert [("0.8 percent", expected)] == _periods(text)


def test_comparison_point_is_not_the_reports_period() -> None:
    """'above last year' is the point a change is set against, not its period."""
    text = (
        "Wool sales for May were $2.1 billion.\n\n"
        "Wool sales were 3.0 percent above last year."
    )
    may = Period(start=dt.date(2026, 5, 1), end=dt.date(2026, 5, 31))
    found = dict(_periods(text))
    assert may != found["3.0 percent"]
    assert Period.year(2025) != found["3.0 percent"]


def test_policy_rate_takes_no_carried_period() -> None:
    """A policy rate without a period of its own gets none, not the last report's."""
    text = (
        "Exports rose 2.0 percent in January.\n\n"
        "The discount rate remains at 3 percent."
    )
    assert [("2.0 percent", _jan()), ("3 percent", None)] == _periods(text)


def test_standing_objective_takes_no_carried_period() -> None:
    """'our 2 percent goal' is a standing objective: no period."""
    text = (
        "Prices rose 3.1 percent in January.\n\n"
        "Inflation must return to our 2 percent goal."
    )
    assert ("2 percent", None) == _periods(text)[-1]


def test_date_of_a_meeting_or_in_a_name_is_no_period() -> None:
    """A meeting's month and a year in a law's name do not date the figures."""
    text = "At our meeting in July, the board raised the rate to 5 percent."
    assert [("5 percent", None)] == _periods(text)
    text = "The Clean Rivers Act of 2019 cut runoff by 12 percent."
    assert [("12 percent", None)] == _periods(text)
    text = "The March 10-year note auction drew $40 billion."
    assert [("$40 billion", None)] == _periods(text)


def test_revision_keeps_its_period_but_does_not_carry_it() -> None:
    """A revised earlier figure is an aside: the figures after it keep the release's."""
    text = (
        "Sales rose 1.0 percent in January.\n\n"
        "The December change was revised to 0.4 percent.\n\n"
        "Food sales rose 0.8 percent."
    )
    found = _periods(text)
    assert ("0.8 percent", _jan()) == found[-1]


def _jan() -> Period:
    return Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))


def test_year_before_an_unrelated_noun_phrase_stays_a_period() -> None:
    """'In 2025 the budget deficit …' is dated 2025: no name's noun follows the year."""
    text = "In 2025 the budget deficit was 3 percent of output."
    assert [("3 percent", Period.year(2025))] == _periods(text)


def test_since_runs_from_then_to_publication() -> None:
    """'since October' is October 1 of the latest such month to the publication date."""
    text = "Grants have reached $40 million since October."
    expected = Period(start=dt.date(2025, 10, 1), end=PUBLISHED)
    assert [("$40 million", expected)] == _periods(text)


def test_by_the_end_of_a_quarter_is_that_quarter() -> None:
    """A deadline at the end of a quarter gives the quarter, not its last day."""
    text = "The fund will buy $90 billion by the end of the third quarter of 2026."
    expected = Period(start=dt.date(2026, 7, 1), end=dt.date(2026, 9, 30))
    assert [("$90 billion", expected)] == _periods(text)


def test_comparison_range_without_end_is_no_period() -> None:
    """'from the three months ending in June 2024' is a comparison point."""
    text = (
        "Exports were $20 billion in June 2025.\n\n"
        "Exports increased $2 billion from the three months ending in June 2024."
    )
    june = Period(start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 30))
    assert [("$20 billion", june), ("$2 billion", june)] == _periods(text)


def test_year_to_date_runs_from_january_to_the_reference_period() -> None:
    """'Year-to-date' in a June release is January 1 to June 30, and carries on."""
    text = (
        "The deficit was $50 billion in June 2025.\n\n"
        "Year-to-date, the deficit increased $9 billion. Imports rose $4 billion."
    )
    ytd = Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 6, 30))
    assert [ytd, ytd] == [p for _, p in _periods(text)[1:]]


def test_calendar_day_in_january_of_late_december_is_an_event() -> None:
    """'on 29 December' in a January text dates a filing, not the amounts."""
    text = (
        "The city filed a request on 29 December for $3 billion.\n\n"
        "The plan is financed by $9 billion in grants."
    )
    published = dt.date(2026, 1, 13)
    doc = run(text, published=published, source=None)
    assert [None, None] == [m.period for m in doc.metrics]


def test_spans_of_years_and_over_time_are_horizons() -> None:
    """'over 10 years' and 'over time' are spans with no period."""
    text = (
        "Revenue rose 4 percent in 2025.\n\n"
        "A $15 billion outlay over 10 years will yield $40 billion. "
        "Inflation should return to 2 percent over time."
    )
    assert [None, None, None] == [p for _, p in _periods(text)[1:]]


def test_date_before_a_law_or_package_is_a_name() -> None:
    """'the December legislation' names a law: its figures are not December's."""
    text = "Because of the December legislation, the agency now holds $12 billion."
    assert [("$12 billion", None)] == _periods(text)


def test_figure_set_against_after_from_a_noun_of_is_not_carried() -> None:
    """'down from a series high of 9 million in May 2022' does not date what follows."""
    text = (
        "In November, vacancies fell to 6.1 million, down from a series high of "
        "9 million in May 2022.\n\nThe vacancy rate was 4.0 percent."
    )
    november = Period(start=dt.date(2025, 11, 1), end=dt.date(2025, 11, 30))
    assert ("4.0 percent", november) == _periods(text)[-1]


def test_appositive_restating_a_deadline_amount_shares_its_period() -> None:
    """'…by the end of 2026, a pace of about $5 billion per month' dates both."""
    text = (
        "The bank will buy $60 billion of bonds by 2027, a pace of $5 billion a month."
    )
    assert [Period.year(2027)] * 2 == [p for _, p in _periods(text)]


def test_stock_on_the_last_business_day_is_that_day_and_flows_keep_the_month() -> None:
    """A stock on 'the last business day of May' is May 31; flows after it are May's."""
    text = (
        "On the last business day of May 2025, openings were 7.1 million. "
        "Hires rose 2 percent."
    )
    may = Period(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31))
    day = Period(start=dt.date(2025, 5, 31), end=dt.date(2025, 5, 31))
    assert [("7.1 million", day), ("2 percent", may)] == _periods(text)


def test_new_paragraph_goes_back_to_the_openings_period() -> None:
    """A release's later paragraph reports on its opening's month, not a later span."""
    text = (
        "Factory shipments for January were up 0.4 percent. Shipments for the "
        "November through January period were up 2.1 percent.\n\n"
        "Durable goods orders rose 0.7 percent."
    )
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [
        ("0.4 percent", january),
        ("2.1 percent", Period(start=dt.date(2025, 11, 1), end=january.end)),
        ("0.7 percent", january),
    ] == _periods(text)


def test_window_counted_back_from_now_gives_no_period() -> None:
    """'over the past six months' names no calendar period: none, not a carried one."""
    text = (
        "Wool exports rose 2.0 percent in January.\n\n"
        "Measures of core price growth over the past three and six months are now "
        "running below 3 percent."
    )
    found = dict(_periods(text))
    assert found["below 3 percent"] is None


def test_horizon_earlier_in_the_sentence_stops_the_carried_period() -> None:
    """A span of years from no named year undates the later figures of its sentence."""
    text = (
        "Wool exports rose 2.0 percent in January.\n\n"
        "A $9 billion outlay over 10 years will raise $30 billion, "
        "resulting in $21 billion in savings."
    )
    found = dict(_periods(text))
    assert (None, None, None) == (
        found["$9 billion"],
        found["$30 billion"],
        found["$21 billion"],
    )


def test_running_total_to_date_takes_no_carried_period() -> None:
    """'To date' marks a running total: no period carried from an earlier report."""
    text = (
        "Grants rose 2.0 percent in 2025.\n\n"
        "To date, the fund has awarded $2 billion for ferries, which officials "
        "estimate will reach over 900 towns."
    )
    assert [None, None] == [p for t, p in _periods(text) if t != "2.0 percent"]


def test_budget_request_takes_no_carried_period() -> None:
    """A request, or a year naming the request, gives its amount no period."""
    text = (
        "Outlays rose 2.0 percent in 2025.\n\n"
        "We are requesting $35 million to expand the archive. "
        "Our FY 2027 request for $290 million funds new systems."
    )
    found = dict(_periods(text))
    assert (None, None) == (found["$35 million"], found["$290 million"])


def test_date_a_program_was_announced_is_no_period() -> None:
    """'the swap program announced in June' dates the program, not the figures."""
    text = (
        "Along with purchases of $30 billion per month under the swap program "
        "announced in June, holdings will rise by about $55 billion each month."
    )
    assert [None, None] == [p for _, p in _periods(text)]


def test_earlier_figure_the_text_does_not_date_has_no_period() -> None:
    """'after increasing 2.3 percent' with no date of its own takes no carried one."""
    text = (
        "Wool prices rose 1.9 percent in 2025.\n\n"
        "Excluding dyes, prices increased 1.4 percent after increasing 2.2 percent."
    )
    found = dict(_periods(text))
    assert (Period.year(2025), None) == (found["1.4 percent"], found["2.2 percent"])


def test_period_after_the_clause_is_not_the_figures() -> None:
    """A year in the next clause ('…, and we will extend it into 2027') dates none."""
    text = (
        "Over 40,000 pupils attended the reading camps, and we will extend "
        "the scheme into 2027."
    )
    assert [("Over 40,000 pupils", None)] == _periods(text)


def test_goal_takes_no_period_already_over() -> None:
    """A commitment after a past report's figure is not dated by that report."""
    text = (
        "Wool exports rose 2.0 percent in January.\n\n"
        "The ministry has committed to contribute up to $120 million in grants."
    )
    found = dict(_periods(text))
    assert found["up to $120 million"] is None


def test_peak_is_a_reference_point_not_carried() -> None:
    """'peaked at 6.1 percent in February 2025' dates the peak, not what follows."""
    text = (
        "Core wool price inflation peaked at 6.1 percent in February 2025 and is "
        "estimated at 3.2 percent through January.\n\n"
        "We are committed to bringing it down to 2 percent."
    )
    found = dict(_periods(text))
    feb = Period(start=dt.date(2025, 2, 1), end=dt.date(2025, 2, 28))
    assert (feb, None) == (found["6.1 percent"], found["2 percent"])


def test_revised_comparison_point_is_not_the_period() -> None:
    """'above the revised July estimate' is a comparison point, not the period."""
    text = (
        "Wool output in August was 1,310 bales.\n\n"
        "This is 3.1 percent above the revised July estimate of 1,271 bales."
    )
    aug = Period(start=dt.date(2025, 8, 1), end=dt.date(2025, 8, 31))
    found = dict(_periods(text))
    assert aug == found["3.1 percent"]


def test_comparison_point_dates_the_figure_it_introduces() -> None:
    """'above the revised July rate of 1,271' dates 1,271, and nothing after it."""
    text = (
        "Wool output in August was at a rate of 1,310 bales.\n\n"
        "This is 3.1 percent above the revised July rate of 1,271 and is 2.0 "
        "percent above the August 2024 rate of 1,284. Exports rose 1.0 percent."
    )
    found = dict(_periods(text))
    aug = Period(start=dt.date(2025, 8, 1), end=dt.date(2025, 8, 31))
    july = Period(start=dt.date(2025, 7, 1), end=dt.date(2025, 7, 31))
    aug_2024 = Period(start=dt.date(2024, 8, 1), end=dt.date(2024, 8, 31))
    assert (aug, july, aug, aug_2024, aug) == (
        found["3.1 percent"],
        found["1,271"],
        found["2.0 percent"],
        found["1,284"],
        found["1.0 percent"],
    )


def _release(text: str, title: str, source: str) -> list[tuple[str, Period | None]]:
    doc = run(text, published=PUBLISHED, source=source, title=title)
    return [(m.text, m.period) for m in doc.metrics]


def test_release_title_names_the_reference_period() -> None:
    """A measuring body's title quarter dates the figures the text leaves undated."""
    text = "Wool exports rose 2.5 percent.\n\nTimber imports fell 1.1 percent."
    quarter = Period.quarter(2025, 4)
    assert [("2.5 percent", quarter), ("1.1 percent", quarter)] == _release(
        text, "External Trade Bulletin, 4Q25", "Statistics Norway"
    )
    # the text's own period wins from where it is named
    named = _release(
        "Wool exports rose 2.5 percent in January.", "Trade, 4Q25", "Statistics Norway"
    )
    assert [("2.5 percent", Period.month(2026, 1))] == named


def test_title_dates_nothing_outside_a_release() -> None:
    """Two periods in a title, a day, or a source that measures nothing: no period."""
    text = "Wool exports rose 2.5 percent."
    two = "Trade, December 2025; Prices, January 2026"
    assert [("2.5 percent", None)] == _release(text, two, "Statistics Norway")
    day = "Press Briefing, February 3, 2026"
    assert [("2.5 percent", None)] == _release(text, day, "Statistics Norway")
    other = "Trade, 4Q25"
    assert [("2.5 percent", None)] == _release(text, other, "Acme Consulting")


def test_date_in_a_relative_aside_dates_only_its_own_figures() -> None:
    """'Earnings, which grew in 2023, rose 2.2 percent': 2023 is the aside's."""
    text = (
        "Wool exports rose 4 percent in January. Earnings in forestry, which grew "
        "strongly in 2023, rose 2.2 percent. Pulp output fell 1 percent."
    )
    january = Period.month(2026, 1)
    assert [
        ("4 percent", january),
        ("2.2 percent", january),
        ("1 percent", january),
    ] == _periods(text)
    # a figure inside the aside keeps the aside's date
    inside = "Earnings, which grew 3 percent in 2023, rose 2.2 percent in January."
    assert [
        ("3 percent", Period.year(2023)),
        ("2.2 percent", january),
    ] == _periods(inside)


def test_over_the_year_is_twelve_months_to_the_reference_period() -> None:
    """'rose 3.6 percent over the year' in a September release: October to September."""
    text = (
        "Wool prices rose 0.8 percent for the 3-month period ending in September "
        "2025.\n\nCotton prices rose 3.6 percent over the year and 4.1 percent for "
        "the 12-month period ending in September 2024."
    )
    assert [
        ("0.8 percent", Period.months(2025, 7, 9)),
        ("3.6 percent", Period(start=dt.date(2024, 10, 1), end=dt.date(2025, 9, 30))),
        ("4.1 percent", Period(start=dt.date(2023, 10, 1), end=dt.date(2024, 9, 30))),
    ] == _periods(text)


def test_date_in_brackets_dates_only_the_bracketed_figure() -> None:
    """'Greece (42.8% in July 2025), Spain (37.2%)': Spain keeps the sentence's."""
    text = (
        "In September 2025, the highest rates were in Greece (42.8% in July 2025), "
        "Spain (37.2%) and Italy (35.7%)."
    )
    september, july = Period.month(2025, 9), Period.month(2025, 7)
    assert [
        ("42.8%", july),
        ("37.2%", september),
        ("35.7%", september),
    ] == _periods(text)


def test_a_long_bracket_keeps_its_date_to_itself() -> None:
    """A bracket however long keeps its date; the figure after it has the sentence's."""
    text = (
        "In September 2025, the highest rate was in Greece (42.8% in July 2025, "
        "the figure its statistics office published after a long revision of "
        "the survey weights and of the sampling frame), and Spain (37.2%)."
    )
    september = Period.month(2025, 9)
    assert ("37.2%", september) == _periods(text)[-1]


def test_bracket_index_answers_like_a_scan() -> None:
    """The bracket index agrees with a direct scan at every offset of a text."""
    low = "a (b) c (d (e) f) g ) h ( i"
    index = Brackets(low)
    for pos in range(len(low)):
        for end in range(pos, len(low) + 1):
            opened = low.rfind("(", 0, pos)
            close = low.find(")", pos, end)
            scan = opened >= 0 and close >= 0 and low.find(")", opened, pos) < 0
            assert scan == index.around(pos, end), (pos, end)


def test_earlier_span_after_from_or_than_for_is_a_comparison() -> None:
    """A release compares its three months with the three before: never its period."""
    text = (
        "Comparing the estimates for September to November 2025 with those for "
        "June to August 2025, employment rose. There were 3.1 million people in "
        "work, up 12,000 from June to August 2025. The rate was 4.2%, lower than "
        "for June to August 2025 (4.3%)."
    )
    reference = Period.months(2025, 9, 11)
    found = dict(_periods(text))
    assert reference == found["3.1 million people"]
    assert reference == found["4.2%"]
    # the figure in brackets after the comparison is the comparison's own
    assert Period.months(2025, 6, 8) == found["4.3%"]
    doc = run(text, published=PUBLISHED, source=None)
    assert 4.3 == next(m.value for m in doc.metrics if m.text == "4.3%")


def test_quarter_release_in_the_quarter_through_the_year_and_comparison() -> None:
    """'in the quarter' is the release's; 'through the year' is twelve months."""
    text = (
        "Wool output rose 0.2% in the December quarter 2025. Output grew 1.0% "
        "through the year. Pulp output fell 0.2%. The stock ratio rose to 0.6%, "
        "up from 0.5% in the September quarter."
    )
    december = Period.quarter(2025, 4)
    year = Period(start=dt.date(2025, 1, 1), end=dt.date(2025, 12, 31))
    assert [
        ("0.2%", december),
        ("1.0%", year),
        ("0.2%", december),
        ("0.6%", december),
        ("0.5%", Period.quarter(2025, 3)),
    ] == _periods(text)


def test_commitment_takes_no_carried_period() -> None:
    """'the commitment to spend 2% of national income' is standing: no period."""
    text = (
        "Wool exports rose 4 percent in 2025. The government will meet its "
        "commitment to spend 2% of national income on research."
    )
    assert [("4 percent", Period.year(2025)), ("2%", None)] == _periods(text)


def test_opening_month_holding_publication_names_the_issue() -> None:
    """A month holding the publication day names the issue, not the period."""
    text = (
        "Wool Market Statistics, March 2026\n\n"
        "Comparing October to December 2025 with July to September 2025, "
        "wool exports rose by 4,000 tonnes.\n\n"
        "Employment\n\n"
        "The number of wool farms fell by 300."
    )
    quarter = Period.months(2025, 10, 12)
    assert [("4,000 tonnes", quarter), ("300", quarter)] == _periods(text)


def test_between_span_lead_in_dates_its_list_items() -> None:
    """Under 'between A and B:' a change spans A to B, a level reached is B's."""
    text = (
        "Wool Market Statistics, March 2026\n\n"
        "Comparing October to December 2025 with July to September 2025, "
        "wool exports rose by 4,000 tonnes.\n\n"
        "Looking at farms, between October to December 2024 and October to "
        "December 2025:\n\n"
        "- The number of sheep farms increased by 120,000 to reach 9.4 million.\n"
        "- The number of goat farms fell by 30,000 to reach 1.8 million.\n\n"
        "The number of dairy farms fell by 50,000."
    )
    latest = Period.months(2025, 10, 12)
    span = Period(start=dt.date(2024, 10, 1), end=dt.date(2025, 12, 31))
    assert [
        ("4,000 tonnes", latest),
        ("120,000", span),
        ("9.4 million", latest),
        ("30,000", span),
        ("1.8 million", latest),
        ("50,000", latest),
    ] == _periods(text)


def test_heading_naming_no_period_opens_a_new_report() -> None:
    """A section heading without a period ends the carry of a speech's year."""
    text = (
        "Good morning. We expect a surplus of $80 billion for 2026.\n\n"
        "Changes in ferry borrowing\n\n"
        "The next auction will offer $30 billion of notes."
    )
    assert [("$80 billion", Period.year(2026)), ("$30 billion", None)] == _periods(text)


_TWO_MONTHS = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 2, 28))


@pytest.mark.parametrize(
    "second",
    [
        # the date of a figure a comparison names is no period of the report
        "$9 billion more than the gap recorded through February 2025.",
        "$9 billion more than recorded in February 2025.",
        # a date in brackets after a comparison point is that point's
        "up $9 billion compared with a year earlier (Q1 2025).",
        # "through" the month that ends the carried report: that report to date
        "\n\nImports through February were $9 billion higher.",
    ],
)
def test_report_to_date_stands_against_other_dates(second: str) -> None:
    """A compared figure's date, or 'through' the report's last month, keeps it."""
    text = (
        "Rates were reviewed at length. The trade gap was $40 billion in the first "
        f"two months of 2026, {second}"
    )
    assert [_TWO_MONTHS, _TWO_MONTHS] == [p for _, p in _periods(text)]


def test_change_over_last_year_sets_no_period() -> None:
    """'an increase of N over last year' compares; 'rose N over 2025' is a period."""
    text = (
        "Rates were reviewed at length. Grain output in 2026 is set to exceed 700 "
        "million tonnes, an increase of 9 million tonnes over last year. "
        "Cotton output rose 4 percent over 2025."
    )
    year = Period.year(2026)
    assert [year, year, Period.year(2025)] == [p for _, p in _periods(text)]


def test_sentence_opening_on_the_present_carries_no_earlier_period() -> None:
    """'Today, …' after a report of 1950 is not of 1950."""
    text = (
        "Rates were reviewed at length. In 1950, there were 900 listed firms. "
        "Today, the market is worth $40 trillion."
    )
    assert [Period.year(1950), None] == [p for _, p in _periods(text)]


def test_release_change_since_a_quarter_is_of_the_reference_period() -> None:
    """In a release on Q4 2025, 'rose 2 points since Q1 2024' is Q4 2025's."""
    doc = run(
        "Use of the service rose by 2 percentage points since Q1 2024.",
        published=PUBLISHED,
        source="Office for National Statistics",
        title="Service use, Q4 2025",
    )
    q4 = Period(start=dt.date(2025, 10, 1), end=dt.date(2025, 12, 31))
    assert [q4] == [m.period for m in doc.metrics]


def test_since_an_event_in_a_year_runs_to_publication() -> None:
    """'since issuing its first grant in 2019' is 2019 to publication."""
    text = (
        "Rates were reviewed at length. The fund has paid $40 million since "
        "issuing its first grant in 2019."
    )
    since = Period(start=dt.date(2019, 1, 1), end=PUBLISHED)
    assert [since] == [p for _, p in _periods(text)]


def test_a_fronted_since_span_carries_on_like_a_named_period() -> None:
    """'Since May 2024, …' dates the figures after it until another period is named."""
    text = (
        "Arrests rose 4 percent in 2023. Since May 2024, the agency has cut "
        "waiting times by 30%. It has cleared 90% of the backlog. In the same "
        "period, complaints fell by a fifth."
    )
    since = Period(start=dt.date(2024, 5, 1), end=PUBLISHED)
    assert [
        ("4 percent", Period.year(2023)),
        ("30%", since),
        ("90%", since),
        ("a fifth", since),
    ] == _periods(text)


def test_a_stock_as_of_a_day_has_that_day() -> None:
    """'as of June 1, 2025' and 'as at 13 January 2026' date a stock to the day."""
    text = (
        "Cattle on farms as of June 1, 2025, were 41.2 million head. "
        "There were 3.1 million claimants as at 13 January 2026."
    )
    assert [
        ("41.2 million", Period(start=dt.date(2025, 6, 1), end=dt.date(2025, 6, 1))),
        (
            "3.1 million claimants",
            Period(start=dt.date(2026, 1, 13), end=dt.date(2026, 1, 13)),
        ),
    ] == _periods(text)


def test_a_week_named_by_its_last_or_first_day() -> None:
    """'the week ending 14 February' is its seven days; 'the week of' starts on it."""
    text = (
        "In the week ending 14 February, new claims were 18,000. Repeat claims "
        "fell 2,000. Claims rose 1,000 in the week of 16 February."
    )
    ending = Period(start=dt.date(2026, 2, 8), end=dt.date(2026, 2, 14))
    starting = Period(start=dt.date(2026, 2, 16), end=dt.date(2026, 2, 22))
    assert [
        ("18,000", ending),
        ("2,000", ending),
        ("1,000", starting),
    ] == _periods(text)


def test_a_full_date_dates_its_report_and_carries_on() -> None:
    """A day with its year dates the figures after it; a dateline, a weekday do not."""
    day = Period(start=dt.date(2026, 1, 13), end=dt.date(2026, 1, 13))
    text = (
        "There were 5.1 million claimants on 13 January 2026. "
        "Of these, 2.0 million were in work."
    )
    assert [("5.1 million claimants", day), ("2.0 million", day)] == _periods(text)
    # the publication's own day and a day without its year are events' days
    assert [("$4 billion", None)] == _periods(
        "LONDON, March 6, 2026 - The fund paid out $4 billion."
    )
    assert [("$4 billion", None)] == _periods(
        "On Tuesday the fund paid out $4 billion."
    )


def test_twelve_month_change_keeps_the_release_month() -> None:
    """A change 'over the last 12 months' is the release month's, fronted or after."""
    text = (
        "Price Index for Widgets - January 2026\n\n"
        "Widget prices rose 0.4 percent in January. Over the past 12 months, "
        "widget prices increased 3.1 percent.\n\n"
        "Gadget prices fell 1.2 percent over the last twelve months. "
        "Repairs cost 2 percent more."
    )
    january = Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 1, 31))
    assert [january] * 4 == [p for _, p in _periods(text)]


_FOURTH_2025: Final = Period(start=dt.date(2025, 10, 1), end=dt.date(2025, 12, 31))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the quarter the sentence opens on frames the report after it
            (
                "Exports rose 2 percent in 2024.\n\nIn the fourth quarter of 2025, "
                "the harbour stayed busy. Container traffic grew 3.5 percent."
            ),
            [Period.year(2024), _FOURTH_2025],
        ),
        (  # a figureless sentence naming another period ends the carried one
            (
                "Exports rose 2 percent in 2025. The port was rebuilt in 2019 "
                "after a storm. Cranes can lift 40 tonnes."
            ),
            [Period.year(2025), None],
        ),
        (  # the speaker's act in a month frames nothing
            (
                "Exports rose 2 percent in 2025. In January, we opened new depots. "
                "Imports rose 4 percent."
            ),
            [Period.year(2025), None],
        ),
    ],
)
def test_sentence_opening_on_a_period_frames_the_figures_after_it(
    text: str, expected: list[Period | None]
) -> None:
    """A figureless sentence opening on a period dates what follows (not 1st person)."""
    assert expected == [p for _, p in _periods(text)]


def test_window_counted_back_from_now_dates_nothing() -> None:
    """'Over the past four years', 'in the last two years': no period, fronted too."""
    text = (
        "Last year, the deficit was $1.8 trillion. Over the past four years, "
        "factories added 16 million jobs. In the last two years, wages rose 9 percent."
    )
    assert [Period.year(2025), None, None] == [p for _, p in _periods(text)]
