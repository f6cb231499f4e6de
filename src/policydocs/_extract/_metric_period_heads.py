"""Headline figures of a statistics release, dated by the report that follows them.

A release often opens on headlines ("Hog Inventory Up 9 Percent", "Corn
Planted Acreage Up 4 Percent") before the sentence that names its reference
period ("inventory on June 1, 2025 was 66.9 million head"). The contract makes
a release's reference period in its title or opening the period of its
figures: the headlines take the period its first report sentence gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from . import _rules

if TYPE_CHECKING:
    from .._models import Metric, Period
    from ._context import Sentence

__all__: list[str] = []

#: The stops that end a sentence or a clause: a line without one is a heading.
_STOPS = (".", "!", "?", ",", ":", ";")


def _is_headline(low: str, sentence: Sentence) -> bool:
    """Whether a sentence is a line without a final stop (a headline)."""
    tail = low[sentence.start : sentence.end].rstrip(" \n\"'”’)")
    return bool(tail) and not tail.endswith(_STOPS)


@attrs.define
class Headlines:
    """The undated headline figures waiting for a release's first report.

    *open* is true while no report sentence has been read yet (only in a
    measuring body's release); *pending* holds indexes into the metrics list.
    """

    open: bool
    pending: list[int] = attrs.field(factory=list)

    def settle(
        self,
        metrics: list[Metric],
        first: int,
        low: str,
        sentence: Sentence,
        carried: Period | None,
    ) -> None:
        """Note a sentence's metrics (from index *first*) and date the headlines.

        A headline's undated figures wait; the first report sentence with
        figures gives them the period it carries on, then the wait ends.
        """
        if not self.open:
            return
        if _is_headline(low, sentence):
            self.pending.extend(
                i for i in range(first, len(metrics)) if metrics[i].period is None
            )
            return
        if first == len(metrics):
            return  # "Released June 26, 2025, by the Board": no report yet
        self.open = False
        if carried is None:
            return
        for i in self.pending:
            metrics[i] = attrs.evolve(
                metrics[i],
                period=carried,
                rule=f"{metrics[i].rule}+{_rules.PERIOD_HEADLINE}",
            )
