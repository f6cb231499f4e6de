"""Unit tests for a metric's default subject: the jurisdiction its header names."""

from __future__ import annotations

import datetime as dt

import pytest

import policydocs
from policydocs._extract._pipeline import run

PUBLISHED = dt.date(2026, 3, 6)
FIGURE = "Household spending rose 0.7 percent in February."


def _subjects(
    text: str,
    source: str | None,
    *,
    title: str | None = None,
    url: str | None = None,
) -> list[str | None]:
    doc = run(text, published=PUBLISHED, source=source, title=title, url=url)
    return [m.subject for m in doc.metrics]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("U.S. Department of Commerce", "United States"),
        ("Welsh Government", "Wales"),
        ("Australian Taxation Office", "Australia"),
        ("Public Health Scotland", "Scotland"),
        # a private body naming a country measures nothing
        ("American Enterprise Institute", None),
        ("Norwegian Refugee Council", None),
    ],
)
def test_a_public_body_naming_its_country_measures_it(
    source: str, expected: str | None
) -> None:
    """A department, ministry or agency whose name holds a country measures it."""
    assert [expected] == _subjects(FIGURE, source)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Department of Housing and Urban Development", "United States"),
        ("Department for Work and Pensions", "United Kingdom"),
        # a name several governments use places nothing by itself
        ("Cabinet Office", None),
        ("Department of Justice", None),
    ],
)
def test_a_listed_public_body_measures_its_nation(
    source: str, expected: str | None
) -> None:
    """A department whose name holds no country and is its nation's own measures it."""
    assert [expected] == _subjects(FIGURE, source)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.mof.go.jp/english/news/2026/release.htm", "Japan"),
        ("http://www.finance.gov.pk/press", "Pakistan"),
        ("https://www.gov.uk/government/news/x", "United Kingdom"),
        ("https://www.nidirect.gov.uk/news", "Northern Ireland"),
        ("https://example.com/www.gov.uk", None),
        ("https://news.example.org/ministry", None),
        (None, None),
    ],
)
def test_a_government_domain_names_the_jurisdiction(
    url: str | None, expected: str | None
) -> None:
    """A source naming no country is placed by its URL's government domain."""
    assert [expected] == _subjects(FIGURE, "Ministry of Finance", url=url)


def test_the_header_url_reaches_the_extractor() -> None:
    """A header block's URL line places a source that names no country."""
    doc = policydocs.parse(
        "Title: Monthly fiscal bulletin\nDate: 2026-03-06\n"
        "Source: Ministry of Finance\nURL: https://www.mof.go.jp/bulletin\n\n" + FIGURE
    )
    assert ["Japan"] == [m.subject for m in doc.metrics]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Household finances in Northern Ireland, February 2026", "Northern Ireland"),
        ("Spending figures for Scotland", "Scotland"),
        # two other places: the title narrows to neither
        ("Spending in Scotland and Wales", "United Kingdom"),
        # a place the title names otherwise is no area of the figures
        ("Minister's remarks on the Scotland visit", "United Kingdom"),
    ],
)
def test_a_title_naming_an_area_narrows_the_jurisdiction(
    title: str, expected: str
) -> None:
    """A public body's title naming its figures' area ("in X", "for X") sets it."""
    assert [expected] == _subjects(FIGURE, "Home Office", title=title)


def test_a_sentence_naming_an_owner_keeps_it() -> None:
    """An owner the sentence names wins over the header's jurisdiction."""
    text = "Ontario's household spending rose 0.7 percent in February."
    assert ["Ontario"] == _subjects(text, "Department for Work and Pensions")


def test_a_rule_standard_has_no_jurisdiction() -> None:
    """A rule's standard measures no jurisdiction; a reported figure does."""
    text = (
        "Each operator must keep at least 12 inspectors on duty. "
        "Household spending rose 0.7 percent in February."
    )
    assert [None, "United States"] == _subjects(
        text, "Department of Transportation", url="https://www.transportation.gov/x"
    )
