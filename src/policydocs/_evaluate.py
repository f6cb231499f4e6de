"""Score the extractor on a folder of hand-annotated gold files.

The rules are those of the extraction contract's "Scoring" section: for each
document and each kind, extracted items are paired one to one with gold items,
greedily, best overlap first; statements and directives pair when the
intersection over union of their spans is at least 0.5 (statements by the
characters of their parts when the gold gives parts), metrics when their spans
overlap at all. A pair counts towards ``full`` when its key fields agree as
well. Gold items marked optional count neither way.

Reading the gold files is in ``_evaluate_gold``, pairing and comparing items
in ``_evaluate_match``, the command's table in ``_evaluate_render``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Final

import attrs

from ._errors import ParseError
from ._evaluate_gold import (
    _GOLD_SUFFIX,
    KINDS,
    Kind,
    _Gold,
    _load_gold,
    gold_files,
    load_manifest,
)
from ._evaluate_match import Item, _field_checks, _key_differences, _pairs, _pred_span
from ._models import Document, Span

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Sequence

__all__ = [
    "Agreement",
    "DocumentScore",
    "Finding",
    "Report",
    "Score",
    "evaluate",
]


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
            (an extracted item matching no gold item), ``"wrong"`` (a match
            whose key fields differ) or ``"field"`` (a match whose secondary
            fields, those of the ``fields`` line, differ from the gold's).
        text: The item's text: the gold's for a miss or a match, the
            extraction's for an extra.
        span: Where that text is in ``Document.text``.
        sentence: The sentence around it.
        differences: For a wrong match, ``(field, expected, got)`` for each key
            field that differs, as text; for a ``"field"`` finding, the same for
            each secondary field (``no_period`` when the gold gives no period
            and the extraction one).

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
        disagreed = []
        for name, ok, want, got in _field_checks(kind, pred, gold.data):
            tally = tallies.setdefault(name, [0, 0])
            tally[0] += ok
            tally[1] += 1
            # A wrong period is already a key difference of the "wrong" finding.
            if not ok and name != "metrics.period":
                disagreed.append((name.partition(".")[2], want, got))
        if disagreed:
            findings.append(finding("field", gold.span, gold.text, disagreed))
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
