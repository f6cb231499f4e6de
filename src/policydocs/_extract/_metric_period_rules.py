"""Period rules of the metrics stage that read a mention against its words.

Each rule here takes one period mention (or a figure and its neighbours) and
the text around it, and says what period, if any, the figures it governs
report on:

- a pair of consecutive years that the text calls a fiscal or financial year
  ("financial year 2023 to 2024", "the 2023 to 2024 financial year") is that
  fiscal year, as "2023-24" is (gold decision 27);
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .._dates import fiscal_year_bounds
from ._lexicon import choice

if TYPE_CHECKING:
    from .._dates import PeriodMention

__all__: list[str] = []

_FISCAL_NAME: Final = "(?:" + choice("metrics_fiscal_year_names") + ")"
# "financial year 2023 to 2024": the name before the pair (the grammar may
# take "year" into the mention, "year 2023 to 2024").
_NAME_BEFORE: Final = re.compile(r"(?<![a-z])" + _FISCAL_NAME + r" {1,2}\Z")
# "the 2023 to 2024 financial year"
_NAME_AFTER: Final = re.compile(r" {1,2}" + _FISCAL_NAME + r"(?![a-z])")
# The pair itself: two four-digit years one apart, "2023 to 2024".
_PAIR: Final = re.compile(r"(?:year {1,2})?(\d{4}) {1,2}to {1,2}(\d{4})\Z")


def fiscal_pair(m: PeriodMention, low: str, start_month: int | None) -> PeriodMention:
    """*m* read as a fiscal year when the text names it one, else *m* itself.

    "financial year 2023 to 2024" in a text whose fiscal years open in April
    is 2023-04-01 to 2024-03-31; a bare "from 2023 to 2024" stays two years.
    """
    if start_month is None or start_month == 1 or m.kind != "plan":
        return m
    pair = _PAIR.match(low, m.start, m.end)
    if pair is None or int(pair.group(2)) != int(pair.group(1)) + 1:
        return m
    named = (
        _NAME_BEFORE.search(low, max(0, m.start - 24), pair.start(1)) is not None
        or _NAME_AFTER.match(low, m.end) is not None
    )
    if not named:
        return m
    bounds = fiscal_year_bounds(int(pair.group(2)), start_month)
    return m._replace(kind="fiscal_year", period=bounds)
