"""What every extraction stage sees: the text, its sentences and its dates."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["Context", "Sentence"]


@attrs.frozen(slots=True)
class Sentence:
    """One sentence of the body: offsets into the text, and its paragraph number."""

    start: int
    end: int
    paragraph: int


@attrs.frozen(slots=True)
class Context:
    """Read-only input shared by the stages of one extraction run.

    ``lower`` is ``text.lower()`` when lower-casing keeps every offset (it does
    not for a few characters such as 'İ'); stages scan it instead of using
    ``re.IGNORECASE``, which is several times slower here (STYLE.md §10).
    """

    text: str
    published: dt.date | None
    source: str | None
    sentences: tuple[Sentence, ...]
    lower: str | None = None

    @classmethod
    def build(
        cls,
        text: str,
        *,
        published: dt.date | None,
        source: str | None,
        sentences: tuple[Sentence, ...],
    ) -> Context:
        """Make a context, with the lower-cased copy when offsets allow it."""
        lowered = text.lower()
        return cls(
            text=text,
            published=published,
            source=source,
            sentences=sentences,
            lower=lowered if len(lowered) == len(text) else None,
        )

    def sentence_text(self, sentence: Sentence) -> str:
        """The text of one sentence."""
        return self.text[sentence.start : sentence.end]
