"""A small grammar of English policy sentences, for ``realistic_documents()``.

Each sentence form writes its words and, alongside, the items a reader (and
the extractor, EXTRACTION.md) finds in them, anchored by offsets. A document
is a few paragraphs of such sentences, so its items are known by construction
rather than by running the extractor, and ``policydocs.parse`` on its text is
expected to give them back.

Only forms the extractor handles are in the grammar. Left out until it does:
``demand`` ("The union demanded that …" gives a recommendation) and
``permission`` ("may", "are allowed to", "are permitted to" give nothing);
split quotes; pronoun speakers.

Each item's ``rule`` names the form that wrote it (``realistic:said-that``),
so a failed round trip says which form failed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs
from hypothesis import strategies as st

from ._models import Actor, Directive, Document, Metric, Period, Span, Statement
from ._vocab import ActorKind, Approx, Basis, Force, Mode

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["MAX_SPEAKERS", "Counts", "realistic"]

_FIRST: Final = (
    "Ana", "Maria", "Wang", "Li", "James", "Sarah", "David", "Elena", "Omar",
    "Priya", "Thomas", "Laura", "Kenji", "Fatima", "Daniel",
)  # fmt: skip
_LAST: Final = (
    "Ortiz", "Silva", "Lei", "Chen", "Walker", "Novak", "Haddad", "Sharma",
    "Becker", "Moreau", "Tanaka", "Okafor", "Lindqvist", "Romano", "Kowalski",
)  # fmt: skip
_TITLES: Final = ("Finance Minister", "Energy Minister", "Trade Secretary")
_ORGS: Final = (
    "Ministry of Finance",
    "Ministry of Transport",
    "Ministry of Agriculture",
    "National Development Agency",
    "State Council",
)
#: Statements a document can hold: each has a speaker of its own.
MAX_SPEAKERS: Final = len(_LAST) + len(_ORGS)
_SOURCES: Final = ("Ministry of Commerce", "Ministry of Economy", "Cabinet Office")
_GROUPS: Final = (
    "Local governments",
    "Port authorities",
    "Commercial banks",
    "Provincial governments",
    "State-owned enterprises",
    "Large retailers",
)
_ACTIONS: Final = (
    "cut administrative fees",
    "publish monthly trade data",
    "simplify customs procedures",
    "expand access to credit for small firms",
    "upgrade rural power grids",
    "improve food safety inspections",
    "speed up approvals for new housing",
)
_CLAUSES: Final = (
    "demand for services remained strong",
    "the outlook for trade had improved",
    "exports were recovering steadily",
    "the economy was on a solid footing",
    "reforms of the tax system were on track",
)
_QUOTES: Final = (
    "Demand for services remains strong",
    "The outlook for trade has improved",
    "Exports are recovering steadily",
    "The economy is on a solid footing",
)
_CUES: Final = (
    ("said", "say"),
    ("noted", "note"),
    ("stressed", "stress"),
    ("emphasized", "emphasize"),
)
_WEEKDAYS: Final = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
#: (trigger words, force, negated)
_MODALS: Final = (
    ("must", Force.OBLIGATION, False),
    ("need to", Force.OBLIGATION, False),
    ("must not", Force.OBLIGATION, True),
    ("should", Force.RECOMMENDATION, False),
    ("should not", Force.RECOMMENDATION, True),
)
#: Indicators for "X rose/fell N percent".
_CHANGES: Final = (
    "Retail sales",
    "Industrial output",
    "Exports",
    "Imports",
    "Fixed-asset investment",
)
_QUARTERS: Final = ("first", "second", "third", "fourth")
_MONTHS: Final = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
_APPROX: Final = (
    ("", None),
    ("about ", Approx.ABOUT),
    ("more than ", Approx.MORE_THAN),
)


@attrs.frozen
class Counts:
    """How many items of each kind a realistic document holds, at least and most."""

    min_statements: int
    max_statements: int
    min_directives: int
    max_directives: int
    min_metrics: int
    max_metrics: int


@attrs.define
class _Writer:
    """Builds the text and its items together, so offsets are right by design."""

    published: dt.date
    source: str
    text: list[str] = attrs.field(factory=list)
    size: int = 0
    statements: list[Statement] = attrs.field(factory=list)
    directives: list[Directive] = attrs.field(factory=list)
    metrics: list[Metric] = attrs.field(factory=list)
    mentions: dict[str, list[Span]] = attrs.field(factory=dict)
    kinds: dict[str, ActorKind] = attrs.field(factory=dict)

    def put(self, words: str) -> Span:
        span = Span(start=self.size, end=self.size + len(words))
        self.text.append(words)
        self.size += len(words)
        return span

    def actor(self, name: str, kind: ActorKind, span: Span | None) -> None:
        self.kinds.setdefault(name, kind)
        spans = self.mentions.setdefault(name, [])
        if span is not None:
            spans.append(span)

    def document(self, doc_id: str) -> Document:
        self.actor(self.source, ActorKind.ORGANIZATION, None)
        actors = tuple(
            Actor(id=f"a{i}", kind=self.kinds[name], name=name, mentions=spans)
            for i, (name, spans) in enumerate(self.mentions.items())
        )
        return Document(
            id=doc_id,
            text="".join(self.text),
            published=self.published,
            source=self.source,
            actors=actors,
            statements=self.statements,
            directives=self.directives,
            metrics=self.metrics,
        )


# --- periods, values and names near the publication date ---


def _years(published: dt.date) -> tuple[int, ...]:
    """Whole years already over when the document appeared."""
    return (published.year - 2, published.year - 1)


@st.composite
def _period(draw: st.DrawFn, published: dt.date) -> tuple[str, Period]:
    year = draw(st.sampled_from(_years(published)))
    form = draw(st.sampled_from(("year", "half", "quarter", "month")))
    if form == "year":
        return str(year), Period.year(year)
    if form == "half":
        half = draw(st.integers(1, 2))
        return f"the {_QUARTERS[half - 1]} half of {year}", Period.half(year, half)
    if form == "quarter":
        q = draw(st.integers(1, 4))
        return f"the {_QUARTERS[q - 1]} quarter of {year}", Period.quarter(year, q)
    month = draw(st.integers(1, 12))
    return f"{_MONTHS[month - 1]} {year}", Period.month(year, month)


def _tenths(low: int, high: int) -> st.SearchStrategy[float]:
    """One-decimal values low/10 to high/10, as the text will spell them."""
    return st.integers(low, high).map(lambda n: n / 10)


def _spell(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.1f}"


def _weekday_before(published: dt.date, weekday: int) -> dt.date:
    """The most recent such weekday, the publication day itself included."""
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


def _speaker(
    w: _Writer, draw: st.DrawFn, *, people: bool = True
) -> tuple[str, str, ActorKind]:
    """(the words naming a new speaker, its canonical name, its kind).

    Every statement has its own speaker, and people their own surnames: the
    extractor rightly carries a speaker's date over to their next statement
    and resolves a surname to the last person who bore it, which would make
    the items depend on the order of sentences.
    """
    orgs = [o for o in _ORGS if o not in w.kinds]
    surnames = [n for n in _LAST if not any(k.endswith(f" {n}") for k in w.kinds)]
    if people and surnames and (not orgs or draw(st.booleans())):
        name = f"{draw(st.sampled_from(_FIRST))} {draw(st.sampled_from(surnames))}"
        title = draw(st.sampled_from(("", *_TITLES)))
        return (f"{title} {name}" if title else name), name, ActorKind.PERSON
    org = draw(st.sampled_from(orgs))
    return f"The {org}", org, ActorKind.ORGANIZATION


# --- sentence forms: each writes one sentence and records its items ---


@attrs.frozen
class _MetricClause:
    """A sentence about a number, written into a writer on demand."""

    words: tuple[tuple[str, bool], ...]  # (words, is the quantity)
    value: float
    unit: str
    period: Period
    approx: Approx | None = None
    basis: Basis | None = None
    indicator: str | None = None

    def write(self, w: _Writer, *, lower: bool = False) -> None:
        for i, (words, quantity) in enumerate(self.words):
            if i == 0 and lower:
                words = words[:1].lower() + words[1:]  # noqa: PLW2901
            span = w.put(words)
            if quantity:
                w.metrics.append(
                    Metric(
                        text=words,
                        span=span,
                        value=self.value,
                        unit=self.unit,
                        approx=self.approx,
                        period=self.period,
                        basis=self.basis,
                        indicator=self.indicator,
                        rule=f"realistic:{self.unit}",
                    )
                )


@st.composite
def _metric_clause(draw: st.DrawFn, published: dt.date) -> _MetricClause:
    words, period = draw(_period(published))
    form = draw(st.sampled_from(("change", "money", "rate", "capacity", "jobs")))
    if form == "change":
        indicator = draw(st.sampled_from(_CHANGES))
        rose = draw(st.booleans())
        verb = draw(st.sampled_from(("rose", "grew") if rose else ("fell",)))
        value = draw(_tenths(1, 150))
        lead, approx = draw(st.sampled_from(_APPROX))
        yoy = draw(st.booleans())
        return _MetricClause(
            (
                (f"{indicator} {verb} ", False),
                (f"{lead}{_spell(value)} percent", True),
                (f"{' year-on-year' if yoy else ''} in {words}", False),
            ),
            value if rose else -value,
            "percent",
            period,
            approx=approx,
            basis=Basis.YEAR_ON_YEAR if yoy else _implied_basis(period),
            indicator=indicator.lower(),
        )
    if form == "money":
        indicator = draw(st.sampled_from(("Exports", "Investment", "Tax revenue")))
        scale, factor, most = draw(
            st.sampled_from((("billion", 10**8, 9999), ("trillion", 10**11, 300)))
        )
        tenths = draw(st.integers(10, most))
        amount = _spell(tenths / 10)
        money, unit = draw(
            st.sampled_from(
                (
                    (f"{amount} {scale} yuan", "CNY"),
                    (f"{amount} {scale} euros", "EUR"),
                    (f"${amount} {scale}", "USD"),
                )
            )
        )
        return _MetricClause(
            ((f"{indicator} reached ", False), (money, True), (f" in {words}", False)),
            float(tenths * factor),
            unit,
            period,
            indicator=indicator.lower(),
        )
    if form == "rate":
        value = draw(_tenths(20, 120))
        return _MetricClause(
            (
                ("The unemployment rate stood at ", False),
                (f"{_spell(value)} percent", True),
                (f" in {words}", False),
            ),
            value,
            "percent",
            period,
            indicator="unemployment rate",
        )
    if form == "capacity":
        value = float(draw(st.integers(2, 400)))
        return _MetricClause(
            (
                ("Solar capacity reached ", False),
                (f"{_spell(value)} GW", True),
                (f" in {words}", False),
            ),
            value,
            "GW",
            period,
            indicator="solar capacity",
        )
    jobs = float(draw(st.integers(2, 900)) * 1000)
    return _MetricClause(
        (
            ("Employers added ", False),
            (f"{_spell(jobs)} new jobs", True),
            (f" in {words}", False),
        ),
        jobs,
        "count",
        period,
        basis=_implied_basis(period),
        indicator="new jobs",
    )


def _implied_basis(period: Period) -> Basis | None:
    """The basis of a change with none named: its span's, month or year.

    Month-on-month over one month, year-on-year over one year (the real
    gold's reading of a change in an annual total).
    """
    one_month = (period.start.year, period.start.month) == (
        period.end.year,
        period.end.month,
    )
    if one_month and period.start.day == 1:
        return Basis.MONTH_ON_MONTH
    one_year = (period.end - period.start).days in {364, 365}
    return Basis.YEAR_ON_YEAR if one_year else None


def _reported(
    w: _Writer,
    draw: st.DrawFn,
    metric: _MetricClause | None,
    said: Statement,
) -> None:
    """Write a reported clause (a number's sentence when given) and its statement.

    ``said`` holds the fields known before the clause is written; its content
    is filled in here.
    """
    start = w.size
    if metric is None:
        w.put(draw(st.sampled_from(_CLAUSES)))
    else:
        metric.write(w, lower=True)
    content = Span(start=start, end=w.size)
    w.put(".")
    text = "".join(w.text)
    w.statements.append(
        attrs.evolve(
            said, content=content.slice(text), content_span=content, parts=(content,)
        )
    )


def _said_that(w: _Writer, draw: st.DrawFn, metric: _MetricClause | None) -> None:
    """Write ``Finance Minister Ana Ortiz said on Tuesday that <clause>.``."""
    words, name, kind = _speaker(w, draw)
    verb, cue = draw(st.sampled_from(_CUES))
    weekday = draw(st.none() | st.integers(0, 6))
    speaker = w.put(words)
    w.actor(name, kind, Span(start=speaker.end - len(name), end=speaker.end))
    w.put(" ")
    cue_span = w.put(verb)
    w.put(f" on {_WEEKDAYS[weekday]} that " if weekday is not None else " that ")
    said = Statement(
        speaker=name,
        cue=cue,
        content="",
        content_span=Span(start=0, end=0),
        date=None if weekday is None else _weekday_before(w.published, weekday),
        cue_span=cue_span,
        speaker_span=speaker,
        rule="realistic:said-that",
    )
    _reported(w, draw, metric, said)


def _quote(w: _Writer, draw: st.DrawFn, metric: _MetricClause | None) -> None:
    """Write ``"The economy is on a solid footing," said Maria Silva.``."""
    del metric  # never given one: quotations here hold no numbers
    quote = draw(st.sampled_from(_QUOTES))
    words, name, kind = _speaker(w, draw)
    w.put("\u201c")
    content = w.put(quote)
    w.put(",\u201d ")
    if kind is not ActorKind.PERSON:
        words = "the" + words.removeprefix("The")  # mid-sentence
    if draw(st.booleans()):  # "…," said X.
        cue_span = w.put("said")
        w.put(" ")
        speaker = w.put(words)
    else:  # "…," X said.
        speaker = w.put(words)
        w.put(" ")
        cue_span = w.put("said")
    w.put(".")
    w.actor(name, kind, Span(start=speaker.end - len(name), end=speaker.end))
    w.statements.append(
        Statement(
            speaker=name,
            cue="say",
            content=quote,
            content_span=content,
            mode=Mode.DIRECT,
            cue_span=cue_span,
            speaker_span=speaker,
            rule="realistic:quote",
        )
    )


def _according_to(w: _Writer, draw: st.DrawFn, metric: _MetricClause | None) -> None:
    """Write ``According to the Ministry of Finance, <clause>.``."""
    org = _speaker(w, draw, people=False)[1]
    cue_span = w.put("According to")
    w.put(" the ")
    mention = w.put(org)
    w.actor(org, ActorKind.ORGANIZATION, mention)
    w.put(", ")
    said = Statement(
        speaker=org,
        cue="according to",
        content="",
        content_span=Span(start=0, end=0),
        cue_span=cue_span,
        speaker_span=mention,
        rule="realistic:according-to",
    )
    _reported(w, draw, metric, said)


def _directive(w: _Writer, draw: st.DrawFn) -> None:
    """``Port authorities must not cut fees.`` and the other forces' forms."""
    action = draw(st.sampled_from(_ACTIONS))
    form = draw(st.sampled_from(("modal", "commitment", "encouraged")))
    if form == "commitment":
        who = draw(st.sampled_from(_ORGS))
        w.put("The ")
        kind = ActorKind.ORGANIZATION
        trigger, force, negated = "will", Force.COMMITMENT, False
    else:
        who = draw(st.sampled_from(_GROUPS))
        kind = ActorKind.GROUP
        if form == "encouraged":
            trigger, force, negated = "are encouraged to", Force.ENCOURAGEMENT, False
        else:
            trigger, force, negated = draw(st.sampled_from(_MODALS))
    w.actor(who, kind, w.put(who))
    w.put(" ")
    trigger_span = w.put(trigger)
    w.put(" ")
    action_span = w.put(action)
    w.put(".")
    w.directives.append(
        Directive(
            issuer=w.source,
            addressee=who,
            action=action,
            action_span=action_span,
            force=force,
            negated=negated,
            trigger=trigger,
            trigger_span=trigger_span,
            rule=f"realistic:{form}",
        )
    )


_STATEMENT_FORMS: Final[
    tuple[Callable[[_Writer, st.DrawFn, _MetricClause | None], None], ...]
] = (_said_that, _quote, _according_to)


@st.composite
def realistic(
    draw: st.DrawFn,
    counts: Counts,
    published: st.SearchStrategy[dt.date],
) -> Document:
    """A document of a few paragraphs of policy prose and the items in them."""
    day = draw(published)
    n_statements = draw(st.integers(counts.min_statements, counts.max_statements))
    n_directives = draw(st.integers(counts.min_directives, counts.max_directives))
    n_metrics = draw(st.integers(counts.min_metrics, counts.max_metrics))
    # Some statements report a number: their content is a metric's sentence.
    inside = draw(st.integers(0, min(n_statements, n_metrics)))
    kinds = ["statement"] * n_statements + ["directive"] * n_directives
    kinds += ["metric"] * (n_metrics - inside)
    order = draw(st.permutations(kinds))
    w = _Writer(published=day, source=draw(st.sampled_from(_SOURCES)))
    for i, kind in enumerate(order):
        if i:
            # Sentences run on in a paragraph or start a new one.
            w.put(draw(st.sampled_from((" ", "\n\n"))))
        if kind == "directive":
            _directive(w, draw)
        elif kind == "metric":
            draw(_metric_clause(day)).write(w)
            w.put(".")
        else:
            metric = None
            forms = _STATEMENT_FORMS
            if inside:
                inside -= 1
                metric = draw(_metric_clause(day))
                forms = (_said_that, _according_to)  # no numbers in quotations
            if all(o in w.kinds for o in _ORGS):
                forms = tuple(f for f in forms if f is not _according_to)
            draw(st.sampled_from(forms))(w, draw, metric)
    return w.document(f"realistic-{day.isoformat()}")
