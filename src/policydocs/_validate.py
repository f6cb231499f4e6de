"""Document-level validation: every problem, each with its path.

The same rules run when a :class:`~policydocs.Document` is built, so a built
document normally has no problem; :func:`check` matters for documents that were
built with attrs validators switched off, and for the JSON loader, which
reports problems of a document that could not be built at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ._errors import Problem, ValidationError, ValidationErrors

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterator, Sequence

    from ._models import Actor, Directive, Document, Metric, Span, Statement

__all__ = ["Problem", "check", "cross_field_problems", "validate"]


def _span_problems(
    span: Span | None, text_len: int, path: tuple[str | int, ...]
) -> Iterator[Problem]:
    if span is None:
        return
    if span.end > text_len:
        yield Problem(
            code="span-bounds",
            path=(*path, "end"),
            message=f"expected a span inside the text (length {text_len}), "
            f"found end {span.end}",
        )


def _text_problems(
    span: Span, stored: str, text: str, path: tuple[str | int, ...], field: str
) -> Iterator[Problem]:
    if span.end <= len(text) and text[span.start : span.end] != stored:
        yield Problem(
            code="text-mismatch",
            path=(*path, field),
            message="expected the text under the span "
            f"{text[span.start : span.end][:60]!r}, "
            f"found {stored[:60]!r}",
        )


def _inside(span: Span, text: str, stored: str) -> bool:
    """Whether ``span`` lies inside ``text`` and covers ``stored``: no problem.

    The inline form of what :func:`_anchor_problems` finds for an anchor, so
    that a valid item (every item the extractor builds) skips its generators.
    """
    return span.end <= len(text) and text[span.start : span.end] == stored


def _anchor_problems(
    text: str,
    path: tuple[str | int, ...],
    anchor: tuple[str, Span, str, str],
    *others: tuple[str, Span | None],
) -> Iterator[Problem]:
    """An item's spans inside the text, and its stored text equal to the anchor span's.

    ``anchor`` is (span field, span, text field, stored text); ``others`` are
    further (span field, span) pairs that only need to lie inside the text.
    """
    span_field, span, text_field, stored = anchor
    yield from _span_problems(span, len(text), (*path, span_field))
    for field, other in others:
        yield from _span_problems(other, len(text), (*path, field))
    yield from _text_problems(span, stored, text, path, text_field)


def _statement_anchor_problems(
    text: str, path: tuple[str | int, ...], st: Statement
) -> Iterator[Problem]:
    """A statement's spans inside the text; its content equal to its parts' texts.

    A split quote's content is its pieces joined by one space (EXTRACTION.md),
    so only a one-part statement's content is the text under ``content_span``.
    """
    others = [("cue_span", st.cue_span), ("speaker_span", st.speaker_span)]
    if len(st.parts) == 1:
        yield from _anchor_problems(
            text,
            path,
            ("content_span", st.content_span, "content", st.content),
            *others,
        )
        return
    yield from _span_problems(st.content_span, len(text), (*path, "content_span"))
    for field, other in others:
        yield from _span_problems(other, len(text), (*path, field))
    joined = " ".join(p.slice(text) for p in st.parts)
    if st.content_span.end <= len(text) and joined != st.content:
        yield Problem(
            code="text-mismatch",
            path=(*path, "content"),
            message="expected the parts' texts joined by a space "
            f"{joined[:60]!r}, found {st.content[:60]!r}",
        )


def cross_field_problems(
    doc: Document | None = None,
    *,
    text: str | None = None,
    published: dt.date | None = None,
    actors: Sequence[Actor | None] = (),
    statements: Sequence[Statement | None] = (),
    directives: Sequence[Directive | None] = (),
    metrics: Sequence[Metric | None] = (),
    unbuilt_actors: frozenset[str] = frozenset(),
) -> list[Problem]:
    """Problems that tie items to their document.

    Called with a document, or (by the JSON loader) with the parts that could
    be built; a ``None`` item is one that failed and is skipped, so the paths of
    the others stay right, and ``unbuilt_actors`` names the actors that
    failed, so that items naming them add no follow-on problem.
    """
    if doc is not None:
        text, published = doc.text, doc.published
        actors, statements, directives, metrics = (
            doc.actors,
            doc.statements,
            doc.directives,
            doc.metrics,
        )
    out: list[Problem] = []
    n = len(text) if text is not None else None

    names: dict[str, int] = {}
    ids: dict[str, int] = {}
    for i, actor in enumerate(actors):
        if actor is None:
            continue
        for key, seen, field in ((actor.name, names, "name"), (actor.id, ids, "id")):
            if key in seen:
                out.append(
                    Problem(
                        code="duplicate-actor",
                        path=("actors", i, field),
                        message=f"expected a unique actor {field}, found {key!r} "
                        f"again (first at actors[{seen[key]}])",
                    )
                )
            else:
                seen[key] = i
        if n is not None:
            for j, span in enumerate(actor.mentions):
                # Every document built runs these checks: the test that finds
                # no problem is made inline, and only a failing item goes
                # through the generators that word the problem.
                if span.end > n:
                    out.extend(_span_problems(span, n, ("actors", i, "mentions", j)))

    def ref(name: str | None, path: tuple[str | int, ...]) -> None:
        if name is not None and name not in names and name not in unbuilt_actors:
            out.append(
                Problem(
                    code="unknown-actor",
                    path=path,
                    message="expected the name of an actor listed in $.actors, "
                    f"found {name!r}",
                )
            )

    for i, st in enumerate(statements):
        if st is None:
            continue
        path: tuple[str | int, ...] = ("statements", i)
        ref(st.speaker, (*path, "speaker"))
        if text is not None:
            out.extend(_statement_anchor_problems(text, path, st))
        if st.date is not None and published is not None and st.date > published:
            out.append(
                Problem(
                    code="date-after-published",
                    path=(*path, "date"),
                    message="expected a date on or before publication "
                    f"{published.isoformat()}, "
                    f"found {st.date.isoformat()}",
                )
            )
    for i, di in enumerate(directives):
        if di is None:
            continue
        path = ("directives", i)
        ref(di.issuer, (*path, "issuer"))
        ref(di.addressee, (*path, "addressee"))
        if text is not None and not (
            _inside(di.action_span, text, di.action)
            and (di.trigger_span is None or di.trigger_span.end <= len(text))
        ):
            out.extend(
                _anchor_problems(
                    text,
                    path,
                    ("action_span", di.action_span, "action", di.action),
                    ("trigger_span", di.trigger_span),
                )
            )
        if di.statement is not None and di.statement >= len(statements):
            out.append(
                Problem(
                    code="bad-reference",
                    path=(*path, "statement"),
                    message="expected an index into $.statements "
                    f"(0 to {len(statements) - 1}), "
                    f"found {di.statement}",
                )
            )
    for i, me in enumerate(metrics):
        if me is None:
            continue
        path = ("metrics", i)
        ref(me.subject, (*path, "subject"))
        if text is not None and not _inside(me.span, text, me.text):
            out.extend(_anchor_problems(text, path, ("span", me.span, "text", me.text)))
    return out


def _item_problems(item: Any, path: tuple[str | int, ...]) -> Iterator[Problem]:
    # evolve() re-runs converters, validators and __attrs_post_init__, so it
    # finds what was skipped when the item was built with validators disabled.
    try:
        attrs.evolve(item)
    except ValidationError as exc:
        yield Problem(code=exc.code, path=(*path, *exc.path), message=exc.message)


def check(doc: Document, /) -> list[Problem]:
    """Return every problem of ``doc``; an empty list means it is valid.

    Checks each item's own invariants and the cross-field rules: spans inside
    the text and equal to the stored text, speakers and other names listed in
    ``actors``, unique actors, statement dates not after publication, and
    directive-to-statement links.

    >>> import policydocs
    >>> policydocs.check(policydocs.parse("date 2026-03-06 Growth was 5 percent."))
    []

    Args:
        doc: The document to check, for instance one built with attrs
            validators switched off.

    Returns:
        One :class:`Problem` per violated rule, in field order.

    .. versionadded:: 0.1
    """
    out: list[Problem] = []
    for field in ("actors", "statements", "directives", "metrics"):
        for i, item in enumerate(getattr(doc, field)):
            out.extend(_item_problems(item, (field, i)))
            if field == "metrics" and item.period is not None:
                out.extend(_item_problems(item.period, (field, i, "period")))
    out.extend(cross_field_problems(doc))
    return out


def validate(doc: Document, /) -> None:
    """Raise every problem of ``doc`` at once.

    Args:
        doc: The document to check.

    Raises:
        ValidationErrors: an exception group with one
            :class:`~policydocs.ValidationError` per problem.

    .. versionadded:: 0.1
    """
    problems = check(doc)
    if problems:
        raise ValidationErrors(
            f"{len(problems)} problem(s) in document {doc.id!r}",
            [p.to_error() for p in problems],
        )
