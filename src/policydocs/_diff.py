"""What changed between two editions of a document: ``diff(old, new)``.

Items are aligned by meaning, never by offsets, since a new edition moves every
offset. Each kind has its own similarity (docs/compare.md states the measure
and its thresholds):

- a directive by the content words of its action;
- a metric by its indicator's words (or, when both have none, the words of
  the sentence around it), among metrics of the same unit family and role
  (target or outcome) and of no conflicting subject;
- a statement by the content words of its content, among statements of the
  same speaker.

Pairs whose similarity reaches the threshold are taken greedily, best first;
a same addressee or an equal value only orders pairs that pass. Ties are
broken by the sum and then the distance of the two indexes, which makes the
alignment of ``diff(b, a)`` the mirror of ``diff(a, b)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final, Literal, cast

import attrs

from ._compare_text import content_words, dice, indicator_words
from ._errors import ValidationError
from ._models import Directive, Document, Metric, Period, Statement
from ._vocab import STRENGTH

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    import pandas as pd  # type: ignore[import-untyped, import-not-found, unused-ignore]

__all__ = ["Change", "DocumentDiff", "diff"]

ChangeKind = Literal["added", "removed", "changed"]
Item = Statement | Directive | Metric

#: A pair aligns when its similarity reaches this (see docs/compare.md).
THRESHOLD: Final = 0.5
_SAME_ADDRESSEE_BONUS: Final = 0.1
_SAME_VALUE_BONUS: Final = 0.05
# Characters either side of a metric read as its context when it has no
# indicator: about a sentence, bounded so that long paragraphs stay linear.
_CONTEXT: Final = 160

#: The fields compared once two items are aligned, per kind; spans, rules and
#: indexes move between editions and are never a change.
COMPARED: Final[dict[str, tuple[str, ...]]] = {
    "statements": ("speaker", "cue", "content", "mode", "date"),
    "directives": ("issuer", "addressee", "action", "force", "negated"),
    "metrics": (
        "value",
        "upper",
        "unit",
        "period",
        "approx",
        "basis",
        "target",
        "indicator",
        "subject",
    ),
}
_KINDS: Final = ("statements", "directives", "metrics")
_ITEM_TYPES: Final[dict[str, type]] = {
    "statements": Statement,
    "directives": Directive,
    "metrics": Metric,
}


def _check_change(change: Change) -> None:
    """A change's kind agrees with which sides it has and with its fields."""
    has = (change.old is not None, change.new is not None)
    expected = {
        "added": (False, True),
        "removed": (True, False),
        "changed": (True, True),
    }
    if has != expected[change.kind]:
        raise ValidationError(
            "change-sides",
            f"expected a {change.kind!r} change to have old={expected[change.kind][0]} "
            f"and new={expected[change.kind][1]}, found old={has[0]} and new={has[1]}",
            path=("kind",),
            value=change.kind,
        )
    if (change.kind == "changed") != bool(change.fields):
        raise ValidationError(
            "change-fields",
            "expected fields exactly on a 'changed' change, "
            f"found {change.fields!r} on {change.kind!r}",
            path=("fields",),
            value=change.fields,
        )
    if (change.old_index is None) == (change.old is not None) or (
        change.new_index is None
    ) == (change.new is not None):
        raise ValidationError(
            "change-index",
            "expected an index for each side that is present",
            path=("old_index",),
            value=(change.old_index, change.new_index),
        )


def _kind(value: str) -> ChangeKind:
    if value not in ("added", "removed", "changed"):
        raise ValidationError(
            "enum",
            f"expected 'added', 'removed' or 'changed', found {value!r}",
            path=("kind",),
            value=value,
        )
    return value  # type: ignore[return-value]


def _fields(value: Sequence[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Change:
    """One item added, removed or changed between two editions.

    ``old`` and ``new`` are the items (None on the side where the item is
    absent), ``old_index`` and ``new_index`` their positions in their
    documents' lists, and ``fields`` the names of the compared fields that
    differ (empty unless ``kind`` is ``"changed"``).

    .. versionadded:: 0.2.0
    """

    kind: ChangeKind = attrs.field(converter=_kind)
    old: Item | None = None
    new: Item | None = None
    old_index: int | None = None
    new_index: int | None = None
    fields: tuple[str, ...] = attrs.field(default=(), converter=_fields)

    def __attrs_post_init__(self) -> None:
        _check_change(self)

    @property
    def item(self) -> Item:
        """The item this change is about: the new one, else the old one."""
        found = self.new if self.new is not None else self.old
        assert found is not None  # noqa: S101 - guaranteed by _check_change
        return found

    def notes(self) -> tuple[str, ...]:
        """What an analyst looks for first, in words.

        "stronger" or "weaker" for a force moved on the strength scale,
        "negation flipped", "addressee changed", and "raised" or "lowered" for
        a target's value.
        """
        if self.kind != "changed":
            return ()
        old, new = self.old, self.new
        out: list[str] = []
        if isinstance(old, Directive) and isinstance(new, Directive):
            if "force" in self.fields:
                up = STRENGTH[new.force] > STRENGTH[old.force]
                out.append("stronger" if up else "weaker")
            if "negated" in self.fields:
                out.append("negation flipped")
            if "addressee" in self.fields:
                out.append("addressee changed")
        if (
            isinstance(old, Metric)
            and isinstance(new, Metric)
            and "value" in self.fields
        ):
            moved = "raised" if new.value > old.value else "lowered"
            out.append(f"target {moved}" if new.target else moved)
        return tuple(out)


def _words_of(item: Item, text: str) -> frozenset[str]:
    if isinstance(item, Directive):
        return content_words(item.action)
    if isinstance(item, Statement):
        return content_words(item.content)
    assert isinstance(item, Metric)  # noqa: S101 - the three kinds are exhaustive
    if item.indicator:
        return indicator_words(item.indicator)
    return _context_words(item, text)


def _context_words(metric: Metric, text: str) -> frozenset[str]:
    """Words of the sentence around a metric (bounded), its own words included."""
    lo = max(0, metric.span.start - _CONTEXT)
    hi = min(len(text), metric.span.end + _CONTEXT)
    before = text[lo : metric.span.start]
    after = text[metric.span.end : hi]
    # Cut at the nearest sentence ends, so the neighbour's figures do not count.
    for mark in (". ", "; ", "\n"):
        cut = before.rfind(mark)
        if cut >= 0:
            before = before[cut + len(mark) :]
        cut = after.find(mark)
        if cut >= 0:
            after = after[:cut]
    return content_words(before + " " + metric.text + " " + after)


def _same_name(a: str | None, b: str | None) -> bool:
    def norm(name: str | None) -> str | None:
        return None if name is None else name.casefold().removeprefix("the ")

    return norm(a) == norm(b)


def _score(
    old: Item, new: Item, old_words: frozenset[str], new_words: frozenset[str]
) -> tuple[float, float]:
    """(similarity, tie-break bonus) of two items of one kind.

    The similarity alone decides whether a pair can align (at least
    ``THRESHOLD``); the bonus (a same addressee, an equal value) only orders
    pairs that pass, so two different actions never align because they share
    an addressee. A similarity of -1 means the pair can never align.
    """
    if isinstance(old, Statement) and isinstance(new, Statement):
        if not _same_name(old.speaker, new.speaker):
            return -1.0, 0.0
        return dice(old_words, new_words), 0.0
    if isinstance(old, Directive) and isinstance(new, Directive):
        same = old.addressee is not None and _same_name(old.addressee, new.addressee)
        return dice(old_words, new_words), _SAME_ADDRESSEE_BONUS if same else 0.0
    assert isinstance(old, Metric)  # noqa: S101 - the three kinds are exhaustive
    assert isinstance(new, Metric)  # noqa: S101
    if old.unit_family != new.unit_family or old.target != new.target:
        return -1.0, 0.0
    if old.subject and new.subject and not _same_name(old.subject, new.subject):
        return -1.0, 0.0
    # Both indicators, or both contexts: never an indicator against a sentence.
    if bool(old.indicator) != bool(new.indicator):
        return -1.0, 0.0
    bonus = _SAME_VALUE_BONUS if old.value == new.value else 0.0
    return dice(old_words, new_words), bonus


def _align(
    old_items: Sequence[Item],
    new_items: Sequence[Item],
    old_text: str,
    new_text: str,
) -> list[tuple[int, int]]:
    """Pairs (old index, new index) taken greedily, best similarity first."""
    old_words = [_words_of(it, old_text) for it in old_items]
    new_words = [_words_of(it, new_text) for it in new_items]
    # An inverted index keeps this near linear: only items sharing a word are
    # ever compared (a pair with no shared word scores below the threshold).
    by_word: dict[str, list[int]] = {}
    for j, words in enumerate(new_words):
        for w in words:
            by_word.setdefault(w, []).append(j)
    candidates: list[tuple[float, int, int]] = []
    for i, words in enumerate(old_words):
        seen: set[int] = set()
        for w in words:
            seen.update(by_word.get(w, ()))
        if not words:  # an empty wording aligns only with another empty one
            seen.update(j for j, nw in enumerate(new_words) if not nw)
        for j in seen:
            similarity, bonus = _score(old_items[i], new_items[j], words, new_words[j])
            if similarity >= THRESHOLD:
                candidates.append((similarity + bonus, i, j))
    # Sum and distance of the indexes break ties symmetrically: two candidates
    # sharing an index never tie on both, so the mirror diff picks the mirror.
    candidates.sort(key=lambda c: (-c[0], c[1] + c[2], abs(c[1] - c[2])))
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((i, j))
    return pairs


def _shifted(period: Period, years: int) -> Period | None:
    try:
        return Period(
            start=period.start.replace(year=period.start.year + years),
            end=period.end.replace(year=period.end.year + years),
        )
    except ValueError:  # 29 February, or beyond the calendar
        return None


def _differing(kind: str, old: Item, new: Item, years: int) -> tuple[str, ...]:
    """Compared fields that differ; a period moved by the editions' gap is the same.

    "This year" in the 2025 edition and "this year" in the 2026 edition are
    the same period of their editions: a target whose period moved exactly
    as far as the publication year did has not changed its period.
    """
    out = []
    for name in COMPARED[kind]:
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        moved = name == "period" and a is not None and b is not None and years
        if moved and _shifted(a, years) == b:
            continue
        out.append(name)
    return tuple(out)


def _changes(kind: str, old: Document, new: Document) -> tuple[Change, ...]:
    old_items: Sequence[Item] = getattr(old, kind)
    new_items: Sequence[Item] = getattr(new, kind)
    pairs = _align(old_items, new_items, old.text, new.text)
    years = (
        new.published.year - old.published.year
        if old.published is not None and new.published is not None
        else 0
    )
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    out: list[tuple[tuple[int, int], Change]] = []
    for i, j in pairs:
        fields = _differing(kind, old_items[i], new_items[j], years)
        if fields:
            change = Change(
                kind="changed",
                old=old_items[i],
                new=new_items[j],
                old_index=i,
                new_index=j,
                fields=fields,
            )
            out.append(((j, 1), change))
    for i, item in enumerate(old_items):
        if i not in paired_old:
            out.append(((i, 0), Change(kind="removed", old=item, old_index=i)))
    for j, item in enumerate(new_items):
        if j not in paired_new:
            out.append(((j, 2), Change(kind="added", new=item, new_index=j)))
    # Reading order: by position, removals before changes before additions.
    out.sort(key=lambda pair: pair[0])
    return tuple(change for _, change in out)


def _changes_field(value: Sequence[Change]) -> tuple[Change, ...]:
    return tuple(value)


def _check_points_into(diff: DocumentDiff) -> None:
    """Every change's items are the items at their indexes in their documents."""
    for kind in _KINDS:
        for n, change in enumerate(getattr(diff, kind)):
            for side in ("old", "new"):
                item, index = getattr(change, side), getattr(change, f"{side}_index")
                if item is None:
                    continue
                items = getattr(getattr(diff, side), kind)
                if not isinstance(item, _ITEM_TYPES[kind]) or not (
                    index < len(items) and items[index] == item
                ):
                    raise ValidationError(
                        "bad-reference",
                        f"expected {side}_index {index} to point at this "
                        f"{kind[:-1]} in the {side} document",
                        path=(kind, n, f"{side}_index"),
                        value=index,
                    )


@attrs.frozen(kw_only=True, repr=False)
class DocumentDiff:
    """The differences between two editions, per kind of item.

    Build one with :func:`policydocs.diff`. ``statements``, ``directives`` and
    ``metrics`` list the :class:`Change` objects of each kind in reading order;
    unchanged items are not listed. ``old`` and ``new`` are the two documents,
    so every change points into its own document's text.

    .. versionadded:: 0.2.0
    """

    old: Document
    new: Document
    statements: tuple[Change, ...] = attrs.field(default=(), converter=_changes_field)
    directives: tuple[Change, ...] = attrs.field(default=(), converter=_changes_field)
    metrics: tuple[Change, ...] = attrs.field(default=(), converter=_changes_field)

    def __attrs_post_init__(self) -> None:
        _check_points_into(self)

    def __len__(self) -> int:
        return len(self.statements) + len(self.directives) + len(self.metrics)

    def __iter__(self) -> Iterator[Change]:
        for kind in _KINDS:
            yield from getattr(self, kind)

    def __repr__(self) -> str:
        counts = " ".join(f"{kind}={len(getattr(self, kind))}" for kind in _KINDS)
        return f"<DocumentDiff {self.old.id!r} -> {self.new.id!r} {counts}>"

    def summary(self) -> list[str]:
        """One line per change: ``changed  directive force a → b (stronger)  …``."""
        return [_summary_line(kind, c) for kind in _KINDS for c in getattr(self, kind)]

    def table(self) -> list[dict[str, Any]]:
        """One flat record per change (see docs/compare.md for the columns)."""
        return [_record(kind, c) for kind in _KINDS for c in getattr(self, kind)]

    def to_pandas(self) -> pd.DataFrame:
        """:meth:`table` as a pandas DataFrame (needs the ``pandas`` extra)."""
        import pandas as pd

        return pd.DataFrame.from_records(self.table(), columns=list(_COLUMNS))

    def _repr_html_(self) -> str:
        from ._diff_html import render_diff

        return render_diff(self)

    def to_json(self) -> str:
        """Canonical JSON: both documents whole, then each change by index.

        Keys are sorted and there is no insignificant white space, so equal
        diffs give equal bytes; :meth:`from_json` reads it back to an equal
        diff.
        """
        return diff_dumps(self)

    @classmethod
    def from_json(cls, data: str | bytes, /) -> DocumentDiff:
        """Parse :meth:`to_json` output, checking it whole.

        Raises:
            SerializationError: malformed JSON, a wrong ``schema`` tag, an
                unknown key, or an index that points at no item.
        """
        return diff_loads(data)

    @staticmethod
    def json_schema() -> dict[str, object]:
        """JSON Schema (draft 2020-12) of :meth:`to_json`'s form."""
        return diff_json_schema()


def diff(old: Document, new: Document, /) -> DocumentDiff:
    """Return what was added, removed or changed from ``old`` to ``new``.

    Statements, directives and metrics are aligned by meaning (docs/compare.md
    gives the similarity measures and thresholds), so a reworded action or a
    target whose period moved a year is one change, not a removal and an
    addition.

    >>> import policydocs
    >>> a = policydocs.parse("date 2025-03-05 Ports should electrify berths.")
    >>> b = policydocs.parse("date 2026-03-05 Ports must electrify all berths.")
    >>> [(c.kind, c.fields, c.notes()) for c in policydocs.diff(a, b)]
    [('changed', ('action', 'force'), ('stronger',))]

    Args:
        old: The earlier edition.
        new: The later edition.

    Returns:
        A :class:`DocumentDiff`; empty (``len(d) == 0``) when nothing changed.

    Raises:
        TypeError: ``old`` or ``new`` is not a Document.

    .. versionadded:: 0.2.0
    """
    # Typed as objects: callers without a type checker pass anything.
    for name, value in (("old", cast("object", old)), ("new", cast("object", new))):
        if not isinstance(value, Document):
            found = type(value).__name__
            msg = f"expected {name} to be a policydocs.Document, found {found}"
            raise TypeError(msg)
    return DocumentDiff(
        old=old,
        new=new,
        statements=_changes("statements", old, new),
        directives=_changes("directives", old, new),
        metrics=_changes("metrics", old, new),
    )


# --- flat and text forms ------------------------------------------------------

_COLUMNS: Final = (
    "kind",
    "item",
    "fields",
    "notes",
    "old_index",
    "new_index",
    "old_text",
    "new_text",
    "old_start",
    "old_end",
    "new_start",
    "new_end",
)


def _anchor(item: Item | None) -> tuple[str | None, int | None, int | None]:
    if item is None:
        return None, None, None
    if isinstance(item, Statement):
        return item.content, item.content_span.start, item.content_span.end
    if isinstance(item, Directive):
        return item.action, item.action_span.start, item.action_span.end
    return item.text, item.span.start, item.span.end


def _record(kind: str, change: Change) -> dict[str, Any]:
    old_text, old_start, old_end = _anchor(change.old)
    new_text, new_start, new_end = _anchor(change.new)
    return {
        "kind": change.kind,
        "item": kind[:-1],
        "fields": ",".join(change.fields),
        "notes": ",".join(change.notes()),
        "old_index": change.old_index,
        "new_index": change.new_index,
        "old_text": old_text,
        "new_text": new_text,
        "old_start": old_start,
        "old_end": old_end,
        "new_start": new_start,
        "new_end": new_end,
    }


def _show(value: object) -> str:
    if value is None:
        return "none"
    if isinstance(value, Period):
        whole_year = (
            value.start.month,
            value.start.day,
            value.end.month,
            value.end.day,
        )
        if value.start.year == value.end.year and whole_year == (1, 1, 12, 31):
            return str(value.start.year)
        return f"{value.start.isoformat()}..{value.end.isoformat()}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(getattr(value, "value", value))


def _label(item: Item) -> str:
    def clip(text: str, n: int = 60) -> str:
        text = " ".join(text.split())
        return text if len(text) <= n else text[: n - 1] + "…"

    if isinstance(item, Directive):
        return f"{item.addressee or '-'}: {clip(item.action)}"
    if isinstance(item, Statement):
        return f"{item.speaker or '-'}: {clip(item.content)}"
    return f"{item.indicator or '-'}: {clip(item.text)}"


def _summary_line(kind: str, change: Change) -> str:
    item = change.item
    if change.kind == "changed":
        words = [f for f in change.fields if f in ("action", "content")]
        detail = "; ".join(
            [
                f"{f} {_show(getattr(change.old, f))} → {_show(getattr(change.new, f))}"
                for f in change.fields
                if f not in words
            ]
            + [f"{f} reworded" for f in words]
        )
        notes = change.notes()
        if notes:
            detail += f" ({', '.join(notes)})"
    elif isinstance(item, Directive):
        detail = item.force.value + (" negated" if item.negated else "")
    elif isinstance(item, Metric):
        detail = f"{_show(item.value)} {item.unit}"
    else:
        detail = item.cue
    return f"{change.kind:<8} {kind[:-1]:<9} {detail}  {_label(item)}"


# --- JSON ---------------------------------------------------------------------

DIFF_SCHEMA: Final = "policydocs-diff/1"


def diff_to_dict(diff: DocumentDiff, /) -> dict[str, object]:
    """The wire form: both documents whole, each change by kind, indexes, fields."""
    from ._serialize import to_dict

    out: dict[str, object] = {
        "schema": DIFF_SCHEMA,
        "old": to_dict(diff.old),
        "new": to_dict(diff.new),
    }
    for kind in _KINDS:
        out[kind] = [
            {
                "kind": c.kind,
                "old_index": c.old_index,
                "new_index": c.new_index,
                "fields": list(c.fields),
            }
            for c in getattr(diff, kind)
        ]
    return out


def _wire_error(path: str, message: str) -> Exception:
    from ._errors import SerializationError

    return SerializationError(f"{path}: {message}")


def diff_from_dict(data: object, /) -> DocumentDiff:
    """Rebuild a DocumentDiff from :func:`diff_to_dict`'s form, checking it whole."""
    from ._serialize import from_dict

    if not isinstance(data, dict):
        raise _wire_error("$", f"expected an object, found {type(data).__name__}")
    allowed = {"schema", "old", "new", *_KINDS}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise _wire_error(f"$.{unknown[0]}", "unknown key")
    if data.get("schema") != DIFF_SCHEMA:
        raise _wire_error(
            "$.schema", f"expected {DIFF_SCHEMA!r}, found {data.get('schema')!r}"
        )
    old, new = from_dict(data.get("old")), from_dict(data.get("new"))
    lists: dict[str, list[Change]] = {}
    for kind in _KINDS:
        lists[kind] = []
        raw_list = data.get(kind, [])
        if not isinstance(raw_list, list):
            raise _wire_error(f"$.{kind}", "expected a list")
        for n, raw in enumerate(raw_list):
            lists[kind].append(_change_from_raw(raw, kind, n, old, new))
    try:
        return DocumentDiff(old=old, new=new, **lists)
    except ValidationError as exc:
        raise _wire_error(
            "$." + ".".join(str(p) for p in exc.path), exc.message
        ) from None


def _change_from_raw(
    raw: object, kind: str, n: int, old: Document, new: Document
) -> Change:
    where = f"$.{kind}[{n}]"
    if not isinstance(raw, dict) or set(raw) - {
        "kind",
        "old_index",
        "new_index",
        "fields",
    }:
        raise _wire_error(
            where, "expected an object with kind, old_index, new_index, fields"
        )
    sides: dict[str, Any] = {}
    for side, doc in (("old", old), ("new", new)):
        index = raw.get(f"{side}_index")
        items = getattr(doc, kind)
        if index is None:
            sides[side] = None
        elif type(index) is int and 0 <= index < len(items):
            sides[side] = items[index]
        else:
            raise _wire_error(
                f"{where}.{side}_index",
                f"expected an index into {side}.{kind}, found {index!r}",
            )
    fields = raw.get("fields", [])
    if not isinstance(fields, list) or not all(f in COMPARED[kind] for f in fields):
        raise _wire_error(
            f"{where}.fields", f"expected names from {list(COMPARED[kind])}"
        )
    try:
        return Change(
            kind=raw.get("kind"),  # type: ignore[arg-type]
            old=sides["old"],
            new=sides["new"],
            old_index=raw.get("old_index"),
            new_index=raw.get("new_index"),
            fields=fields,
        )
    except ValidationError as exc:
        raise _wire_error(f"{where}.{exc.path[0]}", exc.message) from None


def diff_dumps(diff: DocumentDiff, /) -> str:
    """Canonical JSON of a diff: sorted keys, no insignificant white space."""
    import json

    return json.dumps(
        diff_to_dict(diff), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )


def diff_loads(data: str | bytes, /) -> DocumentDiff:
    """Parse :func:`diff_dumps` output back into an equal DocumentDiff."""
    import json

    try:
        raw = json.loads(data)
    except (ValueError, TypeError) as exc:
        raise _wire_error("$", f"malformed JSON: {exc}") from None
    return diff_from_dict(raw)


def diff_json_schema() -> dict[str, object]:
    """JSON Schema (draft 2020-12) of the diff wire form, embedding the document's."""
    from ._schema import json_schema

    doc = json_schema()
    defs = dict(cast("dict[str, object]", doc.pop("$defs")))
    doc.pop("$schema")
    # Its $defs move to the top: a $id left here would make "#/$defs/..."
    # inside it resolve against this sub-schema, where they no longer are.
    doc.pop("$id", None)
    doc.pop("title", None)
    defs["Document"] = doc
    index = {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "null"}]}
    change = {
        "type": "object",
        "properties": {
            "kind": {"enum": ["added", "removed", "changed"]},
            "old_index": index,
            "new_index": index,
            "fields": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["kind", "old_index", "new_index", "fields"],
        "additionalProperties": False,
    }
    defs["Change"] = change
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"policydocs document diff ({DIFF_SCHEMA})",
        "type": "object",
        "properties": {
            "schema": {"const": DIFF_SCHEMA},
            "old": {"$ref": "#/$defs/Document"},
            "new": {"$ref": "#/$defs/Document"},
            **{
                k: {"type": "array", "items": {"$ref": "#/$defs/Change"}}
                for k in _KINDS
            },
        },
        "required": ["schema", "old", "new", *_KINDS],
        "additionalProperties": False,
        "$defs": defs,
    }
