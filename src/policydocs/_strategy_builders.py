"""The draws behind ``policydocs.strategies``, once its options are checked.

Each public strategy checks its options and hands them here; the builders
assume valid options and fill in the defaults the public docstrings name,
so a document's items are drawn exactly as the public item strategies draw
them alone.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any, Final, Literal

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

# A module, not names: importing _grammar first imports Hypothesis, whose
# entry point imports the strategies while _grammar is still half-built.
from . import _grammar
from ._models import _UNIT_RE as UNIT_RE
from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._strategy_checks import _or
from ._vocab import ActorKind, Approx, Basis, Force, Mode

if TYPE_CHECKING:
    from ._diff import DocumentDiff

_Category = Literal["Cs", "Cc", "Zl", "Zp"]
#: Lone surrogates: no reader produces them and no JSON encoder writes them.
_NO_SURROGATES: Final[tuple[_Category, ...]] = ("Cs",)
#: Names stay on one line, so they survive the header-block format.
_ONE_LINE: Final[tuple[_Category, ...]] = ("Cs", "Cc", "Zl", "Zp")

#: Common units first, so shrinking goes towards "percent".
_COMMON_UNITS: Final = (
    "percent",
    "percentage_point",
    "count",
    "rank",
    "ratio",
    "CNY",
    "USD",
    "EUR",
    "GW",
    "t",
)
#: Mention spans of an actor when not given (``actors()``'s defaults).
_MENTIONS: Final = (0, 3)


# --- per-field draws ---


def _texts(min_size: int = 0, max_size: int | None = 200) -> st.SearchStrategy[str]:
    return st.text(
        st.characters(exclude_categories=_NO_SURROGATES),
        min_size=min_size,
        max_size=max_size,
    )


def _names(max_size: int = 40) -> st.SearchStrategy[str]:
    return st.text(
        st.characters(exclude_categories=_ONE_LINE),
        min_size=1,
        max_size=max_size,
    ).filter(lambda s: bool(s.strip()))


def _units() -> st.SearchStrategy[str]:
    return st.sampled_from(_COMMON_UNITS) | st.from_regex(UNIT_RE, fullmatch=True)


@st.composite
def _spans_between(draw: st.DrawFn, low: int, high: int) -> Span:
    start = draw(st.integers(low, high))
    end = draw(st.integers(start, high))
    return Span(start=start, end=end)


def _spans_in(text: str) -> st.SearchStrategy[Span]:
    return _spans_between(0, len(text))


@st.composite
def _periods_between(draw: st.DrawFn, low: dt.date, high: dt.date) -> Period:
    start = draw(st.dates(low, high))
    end = draw(st.dates(start, high))
    return Period(start=start, end=end)


def _finite_floats() -> st.SearchStrategy[float]:
    return st.floats(allow_nan=False, allow_infinity=False)


# --- models ---


@st.composite
def _text_or_drawn(draw: st.DrawFn, text: str | None) -> str:
    return draw(_texts()) if text is None else text


@st.composite
def _actors(
    draw: st.DrawFn,
    text: str | None,
    ids: st.SearchStrategy[str] | None,
    name_strategy: st.SearchStrategy[str] | None,
    mentions: tuple[int, int] = _MENTIONS,
) -> Actor:
    body = draw(_text_or_drawn(text))
    return Actor(
        id=draw(_or(ids, _names())),
        kind=draw(st.sampled_from(ActorKind)),
        name=draw(_or(name_strategy, _names())),
        aliases=draw(st.lists(_names(), max_size=2)),
        titles=draw(st.lists(_names(), max_size=2)),
        mentions=draw(
            st.lists(_spans_in(body), min_size=mentions[0], max_size=mentions[1])
        ),
    )


@st.composite
def _statements(
    draw: st.DrawFn,
    text: str | None,
    speakers: st.SearchStrategy[str | None] | None,
    dates: st.SearchStrategy[dt.date | None] | None,
) -> Statement:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    # A split quote: cut points inside the span give pieces in order, the
    # first starting and the last ending where the span does.
    cuts = draw(
        st.lists(st.integers(span.start, span.end), max_size=4, unique=True).map(sorted)
    )
    if len(cuts) % 2:
        cuts = cuts[:-1]
    bounds = [span.start, *cuts, span.end]
    parts = tuple(
        Span(start=bounds[i], end=bounds[i + 1]) for i in range(0, len(bounds), 2)
    )
    return Statement(
        speaker=draw(_or(speakers, st.none() | _names())),
        cue=draw(_names(max_size=20)),
        content=" ".join(p.slice(body) for p in parts),
        content_span=span,
        parts=parts,
        mode=draw(st.sampled_from(Mode)),
        date=draw(_or(dates, st.none() | st.dates())),
        cue_span=draw(st.none() | _spans_in(body)),
        speaker_span=draw(st.none() | _spans_in(body)),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def _directives(
    draw: st.DrawFn,
    text: str | None,
    issuers: st.SearchStrategy[str | None] | None,
    addressees: st.SearchStrategy[str | None] | None,
    statement_indices: st.SearchStrategy[int | None] | None,
) -> Directive:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    return Directive(
        issuer=draw(_or(issuers, st.none() | _names())),
        addressee=draw(_or(addressees, st.none() | _names())),
        action=span.slice(body),
        action_span=span,
        force=draw(st.sampled_from(Force)),
        negated=draw(st.booleans()),
        trigger=draw(st.text(max_size=20)),
        trigger_span=draw(st.none() | _spans_in(body)),
        statement=draw(_or(statement_indices, st.none())),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def _metrics(
    draw: st.DrawFn,
    text: str | None,
    *,
    values: st.SearchStrategy[float] | None = None,
    unit_strategy: st.SearchStrategy[str] | None = None,
    period_strategy: st.SearchStrategy[Period | None] | None = None,
    subjects: st.SearchStrategy[str | None] | None = None,
) -> Metric:
    body = draw(_text_or_drawn(text))
    span = draw(_spans_in(body))
    value = draw(_or(values, _finite_floats()))
    if not math.isfinite(value):
        msg = f"the values strategy drew {value!r}; a metric's value must be finite"
        raise InvalidArgument(msg)
    upper = draw(
        st.none() | st.floats(min_value=value, allow_nan=False, allow_infinity=False)
    )
    any_period = _periods_between(dt.date.min, dt.date.max)
    return Metric(
        text=span.slice(body),
        span=span,
        value=value,
        upper=upper,
        unit=draw(_or(unit_strategy, _units())),
        approx=draw(st.none() | st.sampled_from(Approx)),
        period=draw(_or(period_strategy, st.none() | any_period)),
        basis=draw(st.none() | st.sampled_from(Basis)),
        target=draw(st.booleans()),
        indicator=draw(st.none() | st.text(max_size=30)),
        subject=draw(_or(subjects, st.none() | _names())),
        rule=draw(st.text(max_size=20)),
    )


@st.composite
def _documents(
    draw: st.DrawFn,
    *,
    body_strategy: st.SearchStrategy[str],
    ids: st.SearchStrategy[str],
    titles: st.SearchStrategy[str | None],
    sources: st.SearchStrategy[str | None],
    urls: st.SearchStrategy[str | None],
    languages: st.SearchStrategy[str],
    published_strategy: st.SearchStrategy[dt.date | None],
    limits: dict[str, tuple[int, int]],
) -> Document:
    text = draw(body_strategy)
    published = draw(published_strategy)
    low, high = limits["actors"]
    actor_names = draw(st.lists(_names(), unique=True, min_size=low, max_size=high))
    actor_ids = draw(
        st.lists(
            _names(max_size=12),
            unique=True,
            min_size=len(actor_names),
            max_size=len(actor_names),
        )
    )
    listed = tuple(
        draw(_actors(text, st.just(actor_id), st.just(name)))
        for actor_id, name in zip(actor_ids, actor_names, strict=True)
    )
    refs: st.SearchStrategy[str | None] = st.none()
    if actor_names:
        refs = st.none() | st.sampled_from(actor_names)
    dates: st.SearchStrategy[dt.date | None] = st.none() | st.dates(
        max_value=published or dt.date.max
    )
    said = tuple(
        draw(
            st.lists(
                _statements(text, refs, dates),
                min_size=limits["statements"][0],
                max_size=limits["statements"][1],
            )
        )
    )
    indices: st.SearchStrategy[int | None] = st.none()
    if said:
        indices = st.none() | st.integers(0, len(said) - 1)
    asked = draw(
        st.lists(
            _directives(text, refs, refs, indices),
            min_size=limits["directives"][0],
            max_size=limits["directives"][1],
        )
    )
    low, high = limits["metrics"]
    measured = draw(
        st.lists(_metrics(text, subjects=refs), min_size=low, max_size=high)
    )
    return Document(
        id=draw(ids),
        text=text,
        title=draw(titles),
        published=published,
        source=draw(sources),
        url=draw(urls),
        language=draw(languages),
        actors=listed,
        statements=said,
        directives=asked,
        metrics=measured,
    )


@st.composite
def _document_diffs(draw: st.DrawFn, docs: st.SearchStrategy[Document]) -> DocumentDiff:
    from ._diff import diff

    old = draw(docs)
    if draw(st.booleans()):
        return diff(old, draw(docs))
    directives = tuple(
        attrs.evolve(d, negated=not d.negated) if draw(st.booleans()) else d
        for d in old.directives
    )
    metrics = tuple(
        attrs.evolve(m, value=m.value + 1, upper=None) if draw(st.booleans()) else m
        for m in old.metrics
    )
    return diff(old, attrs.evolve(old, directives=directives, metrics=metrics))


# --- realistic documents ---

#: Publication dates of realistic documents when not given.
_REALISTIC_DAYS: Final = st.dates(dt.date(2000, 1, 1), dt.date(2035, 12, 31))
_KINDS: Final = ("statements", "directives", "metrics")


def _one_realistic_item(kind: str) -> st.SearchStrategy[Any]:
    """The one item of ``kind`` of a realistic document that has only that."""
    counts = {k: (1, 1) if k == kind else (0, 0) for k in _KINDS}
    documents = _grammar.realistic(
        _grammar.Counts(
            *counts["statements"], *counts["directives"], *counts["metrics"]
        ),
        _REALISTIC_DAYS,
    )
    return documents.map(lambda doc: getattr(doc, kind)[0])
