"""What every extraction stage sees: the text, its sentences and its dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

import attrs

__all__ = ["Context", "ItemLimitError", "Sentence", "fold_case", "plain_spaces"]

#: Characters whose ``str.lower()`` is longer than one character, mapped to
#: one: 'İ' gives 'i' plus a combining dot. It is the only one in current
#: Unicode; :func:`fold_case` still copes with any other a later one adds.
_WIDE: Final = {0x130: "i"}


def fold_case(text: str) -> str:
    """``text.lower()`` with exactly one character for each character of ``text``.

    The usual case is one ``str.lower`` call; only a text holding a
    character that lower-cases to two ('İ') pays for a translation first.
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    folded = text.translate(_WIDE).lower()
    if len(folded) == len(text):
        return folded
    # A character the table does not know: fold character by character.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


#: No-break spaces (plain, narrow, figure), each read as one plain space.
_NO_BREAK: Final = re.compile("[\u00a0\u202f\u2007]")


def plain_spaces(text: str) -> str:
    """``text`` with each no-break space as a plain space (same length)."""
    # Three substring tests run at memchr speed; the regex is fifty times slower
    # over a text that holds none, which is most texts.
    if "\u00a0" not in text and "\u202f" not in text and "\u2007" not in text:
        return text
    return _NO_BREAK.sub(" ", text)


class ItemLimitError(Exception):
    """Extraction found more items than the run allows (``max_items``)."""

    def __init__(self, found: int, limit: int, stage: str) -> None:
        super().__init__(f"{found} items by the {stage} stage, over {limit}")
        self.found = found
        self.limit = limit
        self.stage = stage


@attrs.frozen(slots=True)
class Sentence:
    """One sentence of the body: offsets into the text, and its paragraph number."""

    start: int
    end: int
    paragraph: int


@attrs.frozen(slots=True)
class Context:
    """Read-only input shared by the stages of one extraction run.

    ``lower`` is the case-folded text, always as long as ``text`` so that an
    offset into one is an offset into the other (:func:`fold_case`); stages
    scan it instead of using ``re.IGNORECASE``, which is several times slower
    here (STYLE.md §10). It is never None; its type still admits None only
    until the stages that kept a fallback of their own drop it, and
    :attr:`folded` gives it typed as ``str`` meanwhile.
    """

    text: str
    published: dt.date | None
    source: str | None
    sentences: tuple[Sentence, ...]
    lower: str | None
    #: Most statements, directives and metrics the run may produce; None: any.
    max_items: int | None = None
    #: The header's title: a speech's or testimony's speaker is named there.
    title: str | None = None

    @property
    def folded(self) -> str:
        """The case-folded text (``lower``), same length as ``text``."""
        if self.lower is None:  # only a hand-made Context can lack it
            return fold_case(self.text)
        return self.lower

    @classmethod
    def build(
        cls,
        text: str,
        *,
        published: dt.date | None,
        source: str | None,
        sentences: tuple[Sentence, ...],
        max_items: int | None = None,
        title: str | None = None,
    ) -> Context:
        """Make a context with its case-folded copy of the text."""
        return cls(
            text=text,
            published=published,
            source=source,
            sentences=sentences,
            lower=fold_case(text),
            max_items=max_items,
            title=title,
        )

    def check_items(self, found: int, stage: str) -> None:
        """Raise :class:`ItemLimitError` once ``found`` items exceed ``max_items``."""
        if self.max_items is not None and found > self.max_items:
            raise ItemLimitError(found, self.max_items, stage)
