"""Score the extractor on a folder of hand-annotated gold files.

The rules are those of the extraction contract's "Scoring" section: for each
document and each kind, extracted items are paired one to one with gold items,
greedily, best overlap first; statements and directives pair when the
intersection over union of their spans is at least 0.5 (statements by the
characters of their parts when the gold gives parts), metrics when their spans
overlap at all. A pair counts towards ``full`` when its key fields agree as
well. Gold items marked optional count neither way.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, Literal

import attrs

from ._errors import ParseError, format_path
from ._models import Directive, Document, Metric, Span, Statement

if TYPE_CHECKING:
    import os

__all__ = [
    "Agreement",
    "DocumentScore",
    "Finding",
    "Report",
    "Score",
    "evaluate",
    "load_manifest",
]

Kind = Literal["statements", "directives", "metrics"]
KINDS: Final[tuple[Kind, ...]] = ("statements", "directives", "metrics")

#: The gold key that holds each kind's anchored text.
_TEXT_KEY: Final[Mapping[Kind, str]] = {
    "statements": "content",
    "directives": "action",
    "metrics": "text",
}
#: Secondary fields compared on matched required items, per kind.
_FIELDS: Final[Mapping[Kind, tuple[str, ...]]] = {
    "statements": ("date", "mode"),
    "directives": ("issuer",),
    "metrics": ("indicator", "subject", "target", "basis", "approx"),
}
#: Words that carry no content when comparing indicators.
_STOP: Final = frozenset(
    {"the", "of", "a", "an", "in", "for", "to", "and", "on", "by", "at", "its", "s"}
)
_WORD_RE: Final = re.compile(r"[a-z0-9]+")
_MANIFEST: Final = "MANIFEST.tsv"
_GOLD_SUFFIX: Final = ".gold.json"
_MATCH_AT: Final = 0.5


def _ratio(num: int, den: int, *, empty: float) -> float:
    return num / den if den else empty


@attrs.frozen(kw_only=True)
class Score:
    """Detection and full counts of one kind of item, with their rates.

    Attributes:
        gold: Required gold items.
        extracted: Extracted items, less those that matched an optional gold item.
        found: Required gold items matched by an extracted item.
        correct: Matches whose key fields agree as well.

    Precision with nothing extracted is 1.0 when there was nothing to find,
    else 0.0; recall with nothing to find is 1.0.

    .. versionadded:: 0.2.0
    """

    gold: int = 0
    extracted: int = 0
    found: int = 0
    correct: int = 0

    def __add__(self, other: Score) -> Score:
        return Score(
            gold=self.gold + other.gold,
            extracted=self.extracted + other.extracted,
            found=self.found + other.found,
            correct=self.correct + other.correct,
        )

    def _precision(self, hits: int) -> float:
        return _ratio(hits, self.extracted, empty=1.0 if self.gold == 0 else 0.0)

    def _recall(self, hits: int) -> float:
        return _ratio(hits, self.gold, empty=1.0)

    def _f1(self, hits: int) -> float:
        p, r = self._precision(hits), self._recall(hits)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        """Detection precision: matched extractions over extractions."""
        return self._precision(self.found)

    @property
    def recall(self) -> float:
        """Detection recall: matched gold items over gold items."""
        return self._recall(self.found)

    @property
    def f1(self) -> float:
        """Detection F1."""
        return self._f1(self.found)

    @property
    def full_precision(self) -> float:
        """Precision counting only matches with their key fields right."""
        return self._precision(self.correct)

    @property
    def full_recall(self) -> float:
        """Recall counting only matches with their key fields right."""
        return self._recall(self.correct)

    @property
    def full_f1(self) -> float:
        """F1 counting only matches with their key fields right."""
        return self._f1(self.correct)


@attrs.frozen(kw_only=True)
class Agreement:
    """How often one field agrees with the gold on matched required items.

    Attributes:
        name: ``kind.field``, e.g. ``"metrics.indicator"``; ``"metrics.period"``
            counts exact periods where the gold gives one,
            ``"metrics.no_period"`` no period where the gold gives none.
        agreed: Items on which the field agrees.
        total: Items compared.

    .. versionadded:: 0.2.0
    """

    name: str
    agreed: int = 0
    total: int = 0

    @property
    def rate(self) -> float:
        """``agreed / total``; 1.0 when nothing was compared."""
        return _ratio(self.agreed, self.total, empty=1.0)


@attrs.frozen(kw_only=True)
class Finding:
    """One gold item missed, one extracted item matching no gold, or one wrong match.

    Attributes:
        document: The document id (the file stem).
        kind: ``"statements"``, ``"directives"`` or ``"metrics"``.
        outcome: ``"miss"`` (a required gold item nothing matched), ``"extra"``
            (an extracted item matching no gold item) or ``"wrong"`` (a match
            whose key fields differ).
        text: The item's text: the gold's for a miss or a wrong match, the
            extraction's for an extra.
        span: Where that text is in ``Document.text``.
        sentence: The sentence around it.
        differences: For a wrong match, ``(field, expected, got)`` for each key
            field that differs, as text.

    .. versionadded:: 0.2.0
    """

    document: str
    kind: str
    outcome: str
    text: str
    span: Span
    sentence: str
    differences: tuple[tuple[str, str, str], ...] = ()


@attrs.frozen(kw_only=True)
class DocumentScore:
    """The scores of one gold document.

    Attributes:
        id: The file stem (``NAME`` of ``NAME.gold.json``).
        path: The gold file.
        genre: The genre the manifest gives, or None.
        statements: Statement counts.
        directives: Directive counts.
        metrics: Metric counts.
        fields: Secondary-field agreement on matched required items, by name.
        findings: Every miss, extra and wrong match, in document order per kind.

    .. versionadded:: 0.2.0
    """

    id: str
    path: str
    genre: str | None = None
    statements: Score = Score()
    directives: Score = Score()
    metrics: Score = Score()
    fields: tuple[Agreement, ...] = ()
    findings: tuple[Finding, ...] = ()


def _sum_fields(groups: Iterable[Iterable[Agreement]]) -> tuple[Agreement, ...]:
    totals: dict[str, tuple[int, int]] = {}
    for group in groups:
        for a in group:
            ok, n = totals.get(a.name, (0, 0))
            totals[a.name] = (ok + a.agreed, n + a.total)
    return tuple(
        Agreement(name=name, agreed=ok, total=n)
        for name, (ok, n) in sorted(totals.items())
    )


@attrs.frozen(kw_only=True)
class Report:
    """The extractor's scores on a folder of gold files, micro-averaged.

    Build one with :func:`policydocs.evaluate`.

    Attributes:
        documents: Per-document scores, in path order.
        statements: Statement counts over all documents.
        directives: Directive counts over all documents.
        metrics: Metric counts over all documents.
        fields: Secondary-field agreement over all documents, sorted by name.

    .. versionadded:: 0.2.0
    """

    documents: tuple[DocumentScore, ...]
    statements: Score
    directives: Score
    metrics: Score
    fields: tuple[Agreement, ...]

    @classmethod
    def of(cls, documents: Iterable[DocumentScore], /) -> Report:
        """Total per-document scores into a report."""
        docs = tuple(documents)
        return cls(
            documents=docs,
            statements=sum((d.statements for d in docs), Score()),
            directives=sum((d.directives for d in docs), Score()),
            metrics=sum((d.metrics for d in docs), Score()),
            fields=_sum_fields(d.fields for d in docs),
        )

    def score(self, kind: str, /) -> Score:
        """The counts of ``kind``: ``"statements"``, ``"directives"`` or ``"metrics"``.

        Raises:
            ValueError: ``kind`` is not one of the three.
        """
        if kind not in KINDS:
            msg = f"expected one of {', '.join(KINDS)}, found {kind!r}"
            raise ValueError(msg)
        value: Score = getattr(self, kind)
        return value

    def field(self, name: str, /) -> Agreement:
        """The agreement named ``name``, e.g. ``"metrics.period"``; empty if none."""
        for a in self.fields:
            if a.name == name:
                return a
        return Agreement(name=name)

    def genres(self) -> dict[str, Report]:
        """A report per genre the manifest gives, sorted by genre.

        Documents the manifest does not list are left out; the result is empty
        when no manifest was found.
        """
        names = sorted({d.genre for d in self.documents if d.genre is not None})
        return {g: Report.of(d for d in self.documents if d.genre == g) for g in names}

    @property
    def findings(self) -> tuple[Finding, ...]:
        """Every document's findings, in document order."""
        return tuple(f for d in self.documents for f in d.findings)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready summary: totals, fields, genres and per-document results."""
        out = _scores_dict(self)
        out["genres"] = {g: _scores_dict(r) for g, r in self.genres().items()}
        out["per_document"] = [_document_dict(d) for d in self.documents]
        return out


def _score_dict(s: Score) -> dict[str, object]:
    return {
        "gold": s.gold,
        "extracted": s.extracted,
        "found": s.found,
        "correct": s.correct,
        "precision": round(s.precision, 6),
        "recall": round(s.recall, 6),
        "f1": round(s.f1, 6),
        "full_precision": round(s.full_precision, 6),
        "full_recall": round(s.full_recall, 6),
        "full_f1": round(s.full_f1, 6),
    }


def _fields_dict(fields: Iterable[Agreement]) -> dict[str, object]:
    return {
        a.name: {"agreed": a.agreed, "total": a.total, "rate": round(a.rate, 6)}
        for a in fields
    }


def _scores_dict(r: Report) -> dict[str, object]:
    return {
        "documents": len(r.documents),
        "kinds": {k: _score_dict(r.score(k)) for k in KINDS},
        "fields": _fields_dict(r.fields),
    }


def _document_dict(d: DocumentScore) -> dict[str, object]:
    return {
        "id": d.id,
        "path": d.path,
        "genre": d.genre,
        "kinds": {k: _score_dict(getattr(d, k)) for k in KINDS},
        "fields": _fields_dict(d.fields),
        "findings": [
            {
                "kind": f.kind,
                "outcome": f.outcome,
                "text": f.text,
                "span": [f.span.start, f.span.end],
                "sentence": f.sentence,
                "differences": [
                    {"field": name, "expected": want, "got": got}
                    for name, want, got in f.differences
                ],
            }
            for f in d.findings
        ],
    }


# -- gold files --------------------------------------------------------------


class _GoldProblem(Exception):  # noqa: N818 - internal signal, never escapes
    """A malformed gold item: its JSON path and what is wrong."""

    def __init__(self, path: Sequence[str | int], message: str) -> None:
        super().__init__(message)
        self.path = tuple(path)
        self.message = message


@attrs.frozen(kw_only=True)
class _Gold:
    """One gold item, located in the body."""

    index: int
    span: tuple[int, int]
    chars: frozenset[int] | None
    optional: bool
    text: str
    data: Mapping[str, object]


def _expect(ok: bool, path: Sequence[str | int], what: str, value: object) -> None:
    if not ok:
        raise _GoldProblem(path, f"expected {what}, found {value!r}")


def _is_names(value: object) -> bool:
    return (
        value is None
        or isinstance(value, str)
        or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    )


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(value)
    )


def _is_period(value: object) -> bool:
    return value is None or (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, str) for v in value)
    )


#: key -> (test, description) for the gold keys whose form is checked.
_KEY_FORMS: Final[Mapping[str, tuple[Callable[[object], bool], str]]] = {
    "nth": (lambda v: type(v) is int and v >= 0, "an int >= 0"),
    "optional": (lambda v: type(v) is bool, "true or false"),
    "speaker": (_is_names, "null, a name or a list of names"),
    "issuer": (_is_names, "null, a name or a list of names"),
    "addressee": (_is_names, "null, a name or a list of names"),
    "subject": (_is_names, "null, a name or a list of names"),
    "force": (lambda v: isinstance(v, str), "a string"),
    "negated": (lambda v: type(v) is bool, "true or false"),
    "value": (_is_number, "a finite number"),
    "upper": (lambda v: v is None or _is_number(v), "null or a finite number"),
    "unit": (lambda v: isinstance(v, str), "a string"),
    "period": (_is_period, 'null or ["YYYY-MM-DD", "YYYY-MM-DD"]'),
    "date": (lambda v: v is None or isinstance(v, str), "null or a date string"),
    "mode": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "indicator": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "basis": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "approx": (lambda v: v is None or isinstance(v, str), "null or a string"),
    "target": (lambda v: type(v) is bool, "true or false"),
}
#: Keys that ``full`` needs, per kind.
_REQUIRED: Final[Mapping[Kind, tuple[str, ...]]] = {
    "statements": ("speaker",),
    "directives": ("force",),
    "metrics": ("value", "unit"),
}


def _check_item(kind: Kind, item: Mapping[str, object], path: list[str | int]) -> None:
    for key in _REQUIRED[kind]:
        _expect(key in item, [*path, key], f"the key {key!r}", None)
    for key, value in item.items():
        form = _KEY_FORMS.get(key)
        if form is not None:
            test, what = form
            _expect(test(value), [*path, key], what, value)
    parts = item.get("parts")
    if kind == "statements" and parts is not None:
        _expect(
            isinstance(parts, list)
            and bool(parts)
            and all(isinstance(p, str) and p for p in parts),
            [*path, "parts"],
            "a non-empty list of non-empty strings",
            parts,
        )
        return
    key = _TEXT_KEY[kind]
    text = item.get(key)
    _expect(
        isinstance(text, str) and bool(text), [*path, key], "a non-empty string", text
    )


def _locate(body: str, needle: str, nth: int, path: list[str | int]) -> int:
    start = -1
    for _ in range(nth + 1):
        start = body.find(needle, start + 1)
        if start < 0:
            raise _GoldProblem(
                path, f"text not found in the body (nth={nth}): {needle[:80]!r}"
            )
    return start


def _part_chars(
    body: str, parts: Sequence[str], nth: int, path: list[str | int]
) -> frozenset[int]:
    # The first piece is found at its nth occurrence, each next one after the
    # end of the one before: a split quote reads in order.
    start = _locate(body, parts[0], nth, [*path, "parts", 0])
    chars: set[int] = set()
    for i, piece in enumerate(parts):
        at = body.find(piece, start)
        if at < 0:
            raise _GoldProblem(
                [*path, "parts", i],
                f"part not found in the body after the one before: {piece[:80]!r}",
            )
        chars.update(range(at, at + len(piece)))
        start = at + len(piece)
    return frozenset(chars)


def _gold_items(kind: Kind, body: str, items: object) -> list[_Gold]:
    _expect(isinstance(items, list), [kind], "a list", items)
    assert isinstance(items, list)  # noqa: S101 - narrowed by _expect
    out = []
    for i, item in enumerate(items):
        path: list[str | int] = [kind, i]
        _expect(isinstance(item, dict), path, "an object", item)
        _check_item(kind, item, path)
        nth = item.get("nth", 0)
        parts = item.get("parts") if kind == "statements" else None
        if parts:
            chars = _part_chars(body, parts, nth, path)
            span = (min(chars), max(chars) + 1)
            text = " ".join(parts)
        else:
            chars = None
            text = item[_TEXT_KEY[kind]]
            at = _locate(body, text, nth, [*path, _TEXT_KEY[kind]])
            span = (at, at + len(text))
        out.append(
            _Gold(
                index=i,
                span=span,
                chars=chars,
                optional=item.get("optional", False),
                text=text,
                data=item,
            )
        )
    return out


def _load_gold(path: Path, body: str) -> dict[Kind, list[_Gold]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ParseError(
            f"cannot read gold file: {exc.strerror or exc}", source=str(path)
        ) from None
    except UnicodeDecodeError as exc:
        raise ParseError(
            f"gold file is not UTF-8: {exc.reason}", source=str(path)
        ) from None
    except json.JSONDecodeError as exc:
        raise ParseError(
            f"gold file is not JSON: {exc.msg}",
            source=str(path),
            line=exc.lineno,
            col=exc.colno,
        ) from None
    try:
        _expect(isinstance(data, dict), [], "a JSON object", type(data).__name__)
        return {k: _gold_items(k, body, data.get(k, [])) for k in KINDS}
    except _GoldProblem as exc:
        raise ParseError(
            f"{format_path(exc.path)}: {exc.message}", source=str(path)
        ) from None


def load_manifest(gold_dir: Path) -> tuple[Path | None, dict[str, str]]:
    """Find ``MANIFEST.tsv`` in ``gold_dir`` or a parent; return it and id -> genre."""
    for folder in (gold_dir, *gold_dir.parents):
        candidate = folder / _MANIFEST
        if candidate.is_file():
            return candidate, _read_manifest(candidate)
    return None, {}


def _read_manifest(path: Path) -> dict[str, str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ParseError(f"cannot read manifest: {exc}", source=str(path)) from None
    header = lines[0].split("\t") if lines else []
    if "id" not in header or "genre" not in header:
        raise ParseError(
            f"expected a header line with 'id' and 'genre' columns, found {header!r}",
            source=str(path),
            line=1,
        )
    id_at, genre_at = header.index("id"), header.index("genre")
    genres = {}
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) <= max(id_at, genre_at):
            raise ParseError(
                f"expected {len(header)} tab-separated columns, found {len(cells)}",
                source=str(path),
                line=number,
            )
        genres[cells[id_at]] = cells[genre_at]
    return genres


# -- comparing one extracted item with one gold item ---------------------------


def _norm(name: str) -> str:
    name = name.strip().strip(".,;:").lower()
    return name.removeprefix("the ")


def _aliases(value: object) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [value]
    assert isinstance(value, list)  # noqa: S101 - checked when the gold was read
    return [str(v) for v in value]


def _same_name(got: str | None, accepted: list[str] | None) -> bool:
    """The contract's name rule: aliases, case, a leading "the"; null must be null."""
    if accepted is None:
        return got is None or not got.strip()
    if got is None:
        return False
    return any(_norm(got) == _norm(alias) for alias in accepted)


def _close(got: float | None, want: object) -> bool:
    if got is None or want is None:
        return got is None and want is None
    assert isinstance(want, int | float)  # noqa: S101 - checked when the gold was read
    return abs(got - want) <= 1e-6 * max(1.0, abs(got), abs(want))


def _iso(day: object) -> str | None:
    return None if day is None else str(day)[:10]


def _period_text(metric: Metric) -> str | None:
    p = metric.period
    return None if p is None else f"{p.start.isoformat()}/{p.end.isoformat()}"


def _period_ok(metric: Metric, want: object) -> bool:
    if want is None:
        return True
    assert isinstance(want, list)  # noqa: S101 - checked when the gold was read
    p = metric.period
    return p is not None and [p.start.isoformat(), p.end.isoformat()] == want


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, list):
        return " | ".join(str(v) for v in value) if value else "[]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


Item = Statement | Directive | Metric


def _key_differences(
    pred: Item, gold: Mapping[str, object]
) -> list[tuple[str, str, str]]:
    """``(field, expected, got)`` for every key field that does not agree."""
    out: list[tuple[str, str, str]] = []

    def check(ok: bool, name: str, want: object, got: object) -> None:
        if not ok:
            out.append((name, _show(want), _show(got)))

    if isinstance(pred, Statement):
        want = gold["speaker"]
        check(_same_name(pred.speaker, _aliases(want)), "speaker", want, pred.speaker)
    elif isinstance(pred, Directive):
        check(
            pred.force.value == gold["force"], "force", gold["force"], pred.force.value
        )
        negated = gold.get("negated", False)
        check(pred.negated == negated, "negated", negated, pred.negated)
        want = gold.get("addressee")
        check(
            _same_name(pred.addressee, _aliases(want)),
            "addressee",
            want,
            pred.addressee,
        )
    else:
        check(_close(pred.value, gold["value"]), "value", gold["value"], pred.value)
        check(
            _close(pred.upper, gold.get("upper")),
            "upper",
            gold.get("upper"),
            pred.upper,
        )
        check(pred.unit == gold["unit"], "unit", gold["unit"], pred.unit)
        want = gold.get("period")
        shown = "/".join(map(str, want)) if isinstance(want, list) else None
        check(_period_ok(pred, want), "period", shown, _period_text(pred))
    return out


def _words(value: str | None) -> set[str]:
    return {w for w in _WORD_RE.findall((value or "").lower()) if w not in _STOP}


def _field_ok(field: str, pred: Item, gold: Mapping[str, object]) -> bool:
    """Agreement on one secondary field, by the contract's rules for it."""
    want = gold.get(field)
    if field == "indicator":
        got = getattr(pred, "indicator", None)
        if want is None:
            return got is None
        w = _words(str(want))
        return bool(w) and len(w & _words(got)) * 2 >= len(w)
    if field in ("subject", "issuer"):
        return _same_name(getattr(pred, field), _aliases(want))
    if field == "date":
        return _iso(getattr(pred, "date", None)) == want
    if field == "target":
        return bool(getattr(pred, "target", False)) == bool(want)
    value = getattr(pred, field, None)
    got = value.value if value is not None else None
    return (got or None) == (want or None)


# -- matching -----------------------------------------------------------------


def _pred_span(pred: Item) -> Span:
    if isinstance(pred, Statement):
        return pred.content_span
    if isinstance(pred, Directive):
        return pred.action_span
    return pred.span


def _pred_chars(pred: Statement) -> frozenset[int]:
    chars: set[int] = set()
    for p in pred.parts:
        chars.update(range(p.start, p.end))
    return frozenset(chars)


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _overlap(kind: Kind, gold: _Gold, pred: Item) -> float:
    span = _pred_span(pred)
    ps = (span.start, span.end)
    if gold.chars is not None and isinstance(pred, Statement):
        mine = _pred_chars(pred)
        return len(gold.chars & mine) / len(gold.chars | mine)
    if kind != "metrics":
        return _iou(gold.span, ps)
    # Any overlap matches a metric; the IoU still ranks competing pairs.
    overlaps = min(gold.span[1], ps[1]) > max(gold.span[0], ps[0])
    return 1.0 + _iou(gold.span, ps) if overlaps else 0.0


def _pairs(
    kind: Kind, golds: Sequence[_Gold], preds: Sequence[Item]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (gold index, extraction index), best overlap first."""
    scored = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            score = _overlap(kind, gold, pred)
            if score >= _MATCH_AT:
                scored.append((score, gi, pi))
    # Ties go to the later gold item and the later extraction, so the result
    # is the same whatever order equal scores were found in.
    scored.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in scored:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


_SENTENCE_END_RE: Final = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n")
_MAX_SENTENCE: Final = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) holding ``text[start:end]``, whitespace squeezed."""
    lo = 0
    for m in _SENTENCE_END_RE.finditer(text, max(0, start - _MAX_SENTENCE), start):
        lo = m.end()
    hi_match = _SENTENCE_END_RE.search(
        text, max(end, start + 1) - 1, end + _MAX_SENTENCE
    )
    hi = hi_match.end() if hi_match else min(len(text), end + _MAX_SENTENCE)
    return " ".join(text[lo:hi].split())


@attrs.frozen(kw_only=True)
class _KindResult:
    score: Score
    fields: tuple[Agreement, ...]
    findings: tuple[Finding, ...]


def _score_kind(doc: Document, kind: Kind, golds: Sequence[_Gold]) -> _KindResult:
    preds: tuple[Item, ...] = getattr(doc, kind)
    pairs = _pairs(kind, golds, preds)
    text = doc.text
    findings: list[Finding] = []

    def finding(
        outcome: str,
        span: tuple[int, int],
        item_text: str,
        diffs: Sequence[tuple[str, str, str]] = (),
    ) -> Finding:
        return Finding(
            document=doc.id,
            kind=kind,
            outcome=outcome,
            text=item_text,
            span=Span(start=span[0], end=span[1]),
            sentence=sentence_around(text, *span),
            differences=tuple(diffs),
        )

    found = correct = optional_hits = 0
    tallies: dict[str, list[int]] = {}
    for gi, pi in pairs:
        gold, pred = golds[gi], preds[pi]
        if gold.optional:
            optional_hits += 1
            continue
        found += 1
        diffs = _key_differences(pred, gold.data)
        if diffs:
            findings.append(finding("wrong", gold.span, gold.text, diffs))
        else:
            correct += 1
        for name, ok in _field_checks(kind, pred, gold.data):
            tally = tallies.setdefault(name, [0, 0])
            tally[0] += ok
            tally[1] += 1
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, gold in enumerate(golds):
        if gi not in matched_g and not gold.optional:
            findings.append(finding("miss", gold.span, gold.text))
    for pi, pred in enumerate(preds):
        if pi not in matched_p:
            span = _pred_span(pred)
            findings.append(finding("extra", (span.start, span.end), span.slice(text)))
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.outcome))
    score = Score(
        gold=sum(1 for g in golds if not g.optional),
        extracted=len(preds) - optional_hits,
        found=found,
        correct=correct,
    )
    fields = tuple(
        Agreement(name=name, agreed=ok, total=n)
        for name, (ok, n) in sorted(tallies.items())
    )
    return _KindResult(score=score, fields=fields, findings=tuple(findings))


def _field_checks(
    kind: Kind, pred: Item, gold: Mapping[str, object]
) -> Iterator[tuple[str, bool]]:
    for field in _FIELDS[kind]:
        if field in gold:
            yield f"{kind}.{field}", _field_ok(field, pred, gold)
    if isinstance(pred, Metric):
        want = gold.get("period")
        if want is not None:
            yield "metrics.period", _period_ok(pred, want)
        elif "period" in gold:
            yield "metrics.no_period", pred.period is None


def score_document(
    doc: Document, gold_path: Path, genre: str | None = None
) -> DocumentScore:
    """Score one extracted document against its gold file."""
    golds = _load_gold(gold_path, doc.text)
    results = {k: _score_kind(doc, k, golds[k]) for k in KINDS}
    return DocumentScore(
        id=gold_path.name.removesuffix(_GOLD_SUFFIX),
        path=str(gold_path),
        genre=genre,
        statements=results["statements"].score,
        directives=results["directives"].score,
        metrics=results["metrics"].score,
        fields=_sum_fields(r.fields for r in results.values()),
        findings=tuple(f for r in results.values() for f in r.findings),
    )


def gold_files(gold_dir: Path) -> list[Path]:
    """Every ``*.gold.json`` below ``gold_dir``, sorted."""
    return sorted(p for p in gold_dir.rglob("*" + _GOLD_SUFFIX) if p.is_file())


def evaluate(gold_dir: str | os.PathLike[str], /) -> Report:
    """Score the extractor on a folder of gold annotations.

    ``gold_dir`` is searched recursively for pairs ``NAME.txt`` (the document,
    read with :func:`policydocs.read`) and ``NAME.gold.json`` (its annotation;
    the format is in ``docs/evaluate.md``). Each document is extracted in this
    process and scored by the extraction contract's rules. When a
    ``MANIFEST.tsv`` (columns ``id``, ``split``, ``genre``, ...) sits in the
    folder or one of its parents, each document gets its genre and
    :meth:`Report.genres` breaks the scores down by it.

    >>> report = evaluate("tests/gold/dev")  # doctest: +SKIP
    >>> round(report.metrics.f1, 3)  # doctest: +SKIP
    0.997

    Args:
        gold_dir: The folder of gold files.

    Returns:
        The micro-averaged scores, per-document scores and every finding.

    Raises:
        ParseError: the folder holds no gold files, or a gold file, its
            document or the manifest cannot be read or is malformed (a gold
            text not found in the body included); the message names the file
            and the JSON path of the item.

    .. versionadded:: 0.2.0
    """
    from ._readers import read

    root = Path(gold_dir)
    if not root.is_dir():
        raise ParseError("expected a folder of gold files", source=str(root))
    paths = gold_files(root)
    if not paths:
        raise ParseError(f"no *{_GOLD_SUFFIX} files found", source=str(root))
    _, genres = load_manifest(root.resolve())
    results = []
    for gold_path in paths:
        stem = gold_path.name.removesuffix(_GOLD_SUFFIX)
        doc_path = gold_path.with_name(stem + ".txt")
        if not doc_path.is_file():
            raise ParseError(
                f"expected its document {doc_path.name} beside it",
                source=str(gold_path),
            )
        results.append(score_document(read(doc_path), gold_path, genres.get(stem)))
    return Report.of(results)


# -- the command's table -------------------------------------------------------

_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CLIP: Final = 240


def _clip(text: str) -> str:
    # A gold or document text must not drive the reader's terminal.
    text = _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
    return text if len(text) <= _CLIP else text[: _CLIP - 1] + "…"


def _cell(s: Score) -> str:
    return f"{s.found}/{s.gold} +{s.extracted - s.found} ~{s.found - s.correct}"


def _f1s(s: Score) -> str:
    return f"{s.f1:.3f}/{s.full_f1:.3f}"


def _finding_lines(f: Finding) -> Iterator[str]:
    yield f"  {f.outcome.upper()} {f.kind} in {_clip(f.document)}: {_clip(f.text)!r}"
    for name, want, got in f.differences:
        yield f"      {name}: expected {_clip(want)!r}, got {_clip(got)!r}"
    yield f"      in: {_clip(f.sentence)}"


def render(report: Report, *, verbose: bool = False) -> Iterator[str]:
    """The command's table, line by line; the last lines are the per-kind totals."""
    width = max([len("document"), *(len(d.id) for d in report.documents)])
    yield f"{'document':<{width}}  {'statements':<16}{'directives':<16}metrics"
    for d in report.documents:
        cells = "".join(f"{_cell(getattr(d, k)):<16}" for k in KINDS)
        yield _clip(f"{d.id:<{width}}  {cells}".rstrip())
        if verbose:
            for f in d.findings:
                yield from _finding_lines(f)
    yield "(found/gold, +extra, ~wrong)"
    genres = report.genres()
    if genres:
        gwidth = max(len("genre"), *(len(g) for g in genres))
        yield ""
        yield f"{'genre':<{gwidth}}  docs  {'statements':<13}{'directives':<13}metrics"
        for g, r in genres.items():
            cells = "".join(f"{_f1s(r.score(k)):<13}" for k in KINDS)
            yield f"{_clip(g):<{gwidth}}  {len(r.documents):>4}  {cells}".rstrip()
        yield "(detection F1/full F1)"
    main = [a for a in report.fields if a.name not in _PERIOD_NAMES]
    yield ""
    yield "fields " + "  ".join(f"{a.name} {a.agreed}/{a.total}" for a in main)
    exact, none = report.field("metrics.period"), report.field("metrics.no_period")
    yield (
        f"metric periods: exact where the gold gives one {exact.agreed}/{exact.total}"
        f" ({exact.rate:.3f}), none where it gives none {none.agreed}/{none.total}"
        f" ({none.rate:.3f})"
    )
    yield "kind        precision  recall  F1     full F1  gold  extracted"
    for k in KINDS:
        s = report.score(k)
        yield (
            f"{k:<11} {s.precision:<10.3f} {s.recall:<7.3f} {s.f1:<6.3f} "
            f"{s.full_f1:<8.3f} {s.gold:<5} {s.extracted}"
        )
    summary = ", ".join(f"{k} {_f1s(report.score(k))}" for k in KINDS)
    yield f"{len(report.documents)} documents: {summary} (detection F1/full F1)"


_PERIOD_NAMES: Final = frozenset({"metrics.period", "metrics.no_period"})
