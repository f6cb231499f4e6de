"""Closed vocabularies of the models.

They are ``str`` enums so that ``Force.OBLIGATION == "obligation"`` and the JSON
form is the plain value that EXTRACTION.md names.
"""

from __future__ import annotations

import enum
import functools
from typing import Final

__all__ = [
    "STRENGTH",
    "ActorKind",
    "Approx",
    "Basis",
    "Force",
    "Mode",
    "UnitFamily",
    "unit_family",
]


class ActorKind(enum.StrEnum):
    """What kind of source or addressee an actor is.

    .. versionadded:: 0.1
    """

    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    GROUP = "group"


class Mode(enum.StrEnum):
    """Whether a statement quotes its source's words or reports them.

    .. versionadded:: 0.1
    """

    DIRECT = "direct"
    INDIRECT = "indirect"


class Force(enum.StrEnum):
    """The deontic force of a directive (EXTRACTION.md).

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``DEMAND`` and ``PERMISSION``.
    """

    OBLIGATION = "obligation"
    DEMAND = "demand"
    RECOMMENDATION = "recommendation"
    COMMITMENT = "commitment"
    ENCOURAGEMENT = "encouragement"
    PERMISSION = "permission"


#: Sort key for "how strongly is someone asked to act": obligation > demand >
#: recommendation > encouragement > permission. A demand is pressed on another
#: actor without authority to bind it; a permission only gives leave to act. A
#: commitment binds its issuer, not an addressee, so it sits apart (0) rather
#: than on that scale.
#:
#: .. versionchanged:: 0.2.0
#:    ``demand`` (4) and ``permission`` (1); obligation moved from 3 to 5.
STRENGTH: Final[dict[Force, int]] = {
    Force.OBLIGATION: 5,
    Force.DEMAND: 4,
    Force.RECOMMENDATION: 3,
    Force.ENCOURAGEMENT: 2,
    Force.PERMISSION: 1,
    Force.COMMITMENT: 0,
}


class Approx(enum.StrEnum):
    """How a quantity's qualifier bounds its value.

    .. versionadded:: 0.1
    """

    ABOUT = "about"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    UP_TO = "up_to"


class Basis(enum.StrEnum):
    """What a change is measured against.

    .. versionadded:: 0.1
    """

    YEAR_ON_YEAR = "year-on-year"
    MONTH_ON_MONTH = "month-on-month"
    QUARTER_ON_QUARTER = "quarter-on-quarter"


class UnitFamily(enum.StrEnum):
    """The family a metric's unit belongs to.

    .. versionadded:: 0.1
    """

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    CURRENCY = "currency"
    RANK = "rank"
    COUNT = "count"
    RATIO = "ratio"
    PHYSICAL = "physical"


_FIXED_FAMILIES: Final[dict[str, UnitFamily]] = {
    "percent": UnitFamily.PERCENT,
    "percentage_point": UnitFamily.PERCENTAGE_POINT,
    "rank": UnitFamily.RANK,
    "count": UnitFamily.COUNT,
    "ratio": UnitFamily.RATIO,
}


def unit_family(unit: str) -> UnitFamily:
    """Classify a unit string: fixed names, ISO 4217 codes, else a physical symbol.

    >>> [unit_family(u).value for u in ("CNY", "percent", "GW")]
    ['currency', 'percent', 'physical']

    .. versionadded:: 0.1
    """
    fixed = _FIXED_FAMILIES.get(unit)
    if fixed is not None:
        return fixed
    if len(unit) == 3 and unit.isascii() and unit.isalpha() and unit.isupper():
        # "TEU" is three capitals too: the lexicon's units decide.
        return (
            UnitFamily.PHYSICAL if unit in _physical_symbols() else UnitFamily.CURRENCY
        )
    return UnitFamily.PHYSICAL


@functools.cache
def _physical_symbols() -> frozenset[str]:
    """The symbols of the lexicon's physical units (read on first need)."""
    from ._extract._lexicon import table

    return frozenset(
        str(symbol) for symbol in table("physical_units", "symbol").values()
    )
