"""policydocs.evaluate and `policydocs evaluate`: matching, scoring, errors, output.

Most tests write the extracted document as the project's JSON (which
``policydocs.read`` loads as it is, without extracting), so that the scoring
rules are tested on items chosen here, not on whatever the extractor finds.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import policydocs
from policydocs import (
    Actor,
    Directive,
    Document,
    Metric,
    ParseError,
    Period,
    Report,
    Span,
    Statement,
    evaluate,
)
from policydocs._cli import main
from policydocs._evaluate import sentence_around
from policydocs._evaluate_render import render

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

TEXT = (
    "Exports rose 5 percent in 2025, the ministry said. "
    '"We will cut fees," Finance Minister Ana Ortiz said. "Growth is solid." '
    "Local governments must report debts by June. Imports fell 3 percent."
)


def _span(text: str, part: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start=start, end=start + len(part))


def statement(content: str, speaker: str | None = "Ana Ortiz", **kw: Any) -> Statement:
    span = kw.pop("span", None) or _span(TEXT, content)
    return Statement(
        speaker=speaker,
        cue="say",
        content=span.slice(TEXT),
        content_span=span,
        **kw,
    )


def directive(action: str, force: str = "obligation", **kw: Any) -> Directive:
    span = _span(TEXT, action)
    return Directive(action=action, action_span=span, force=force, **kw)


def metric(text: str, value: float, unit: str = "percent", **kw: Any) -> Metric:
    return Metric(text=text, span=_span(TEXT, text), value=value, unit=unit, **kw)


def document(*items: Statement | Directive | Metric) -> Document:
    names = set()
    for item in items:
        for field in ("speaker", "issuer", "addressee", "subject"):
            name = getattr(item, field, None)
            if name is not None:
                names.add(name)
    return Document(
        id="doc",
        text=TEXT,
        published=dt.date(2026, 3, 6),
        actors=[
            Actor(id=f"a{i}", kind="organization", name=n)
            for i, n in enumerate(sorted(names))
        ],
        statements=[i for i in items if isinstance(i, Statement)],
        directives=[i for i in items if isinstance(i, Directive)],
        metrics=[i for i in items if isinstance(i, Metric)],
    )


def write_pair(
    folder: Path,
    name: str,
    gold: dict[str, Any],
    doc: Document | str | None = None,
) -> Path:
    """Write NAME.txt (a JSON document, or text to extract) and NAME.gold.json."""
    folder.mkdir(parents=True, exist_ok=True)
    if doc is None:
        doc = document()
    body = doc if isinstance(doc, str) else policydocs.dumps(doc)
    (folder / f"{name}.txt").write_text(body, encoding="utf-8")
    path = folder / f"{name}.gold.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


def gold_statement(
    content: str | None, speaker: list[str] | None = None, **kw: Any
) -> dict[str, Any]:
    return {"speaker": speaker or ["Ana Ortiz"], "content": content, **kw}


def gold_metric(
    text: str, value: object, unit: str = "percent", **kw: Any
) -> dict[str, Any]:
    return {"text": text, "value": value, "unit": unit, **kw}


def score_one(
    tmp_path: Path, gold: dict[str, Any], *items: Statement | Directive | Metric
) -> Report:
    write_pair(tmp_path, "doc", gold, document(*items))
    return evaluate(tmp_path)


def counts(score: policydocs.Score) -> tuple[int, int, int, int]:
    return score.gold, score.extracted, score.found, score.correct


# -- matching -------------------------------------------------------------------


def test_exact_items_score_one(tmp_path: Path) -> None:
    """Every item matched with its key fields right gives F1 1.0 in both columns."""
    report = score_one(
        tmp_path,
        {
            "statements": [gold_statement("We will cut fees")],
            "directives": [
                {
                    "action": "report debts by June",
                    "force": "obligation",
                    "addressee": None,
                }
            ],
            "metrics": [gold_metric("5 percent", 5)],
        },
        statement("We will cut fees"),
        directive("report debts by June"),
        metric("5 percent", 5.0),
    )
    for kind in ("statements", "directives", "metrics"):
        score = report.score(kind)
        assert (1, 1, 1, 1, 1.0, 1.0) == (
            *counts(score)[:3],
            score.correct,
            score.f1,
            score.full_f1,
        )


def test_statement_needs_half_the_union(tmp_path: Path) -> None:
    """A content span matches at IoU 0.5 and misses just below it."""
    gold = {"statements": [gold_statement("Exports rose 5 percent in 2025")]}
    # "Exports rose 5 percent in 2025" is 30 characters: 15 shared is IoU 0.5.
    half = statement("", span=Span(start=0, end=15))
    assert (1, 1, 1, 1) == counts(score_one(tmp_path, gold, half).statements)
    less = statement("", span=Span(start=0, end=14))
    report = score_one(tmp_path, gold, less)
    assert (1, 1, 0, 0) == counts(report.statements)
    assert ["extra", "miss"] == sorted(f.outcome for f in report.findings)


def test_matching_is_one_to_one_best_first(tmp_path: Path) -> None:
    """Two gold metrics overlapping one extraction: only the better overlap matches."""
    gold = {
        "metrics": [
            gold_metric("5 percent", 5),
            gold_metric("rose 5 percent in 2025", 5),
        ]
    }
    report = score_one(tmp_path, gold, metric("5 percent", 5.0))
    assert (2, 1, 1, 1) == counts(report.metrics)
    [miss] = report.findings
    assert ("miss", "rose 5 percent in 2025") == (miss.outcome, miss.text)


def test_metrics_match_on_any_overlap(tmp_path: Path) -> None:
    """A metric span that shares one character with the gold's matches."""
    gold = {"metrics": [gold_metric("Exports rose 5", 5)]}
    report = score_one(tmp_path, gold, metric("5 percent", 5.0))
    assert (1, 1, 1, 1) == counts(report.metrics)


def test_nth_picks_the_occurrence(tmp_path: Path) -> None:
    """`nth` anchors the gold at a later occurrence of its text."""
    gold = {"metrics": [gold_metric("percent", 5, nth=1)]}
    report = score_one(tmp_path, gold, metric("3 percent", -3.0))
    assert (1, 1, 1, 0) == counts(report.metrics)


def test_optional_items_count_neither_way(tmp_path: Path) -> None:
    """A matched optional item is no hit and no extra; an unmatched one no miss."""
    gold = {
        "metrics": [
            gold_metric("5 percent", 5, optional=True),
            gold_metric("3 percent", -3, optional=True),
        ]
    }
    report = score_one(tmp_path, gold, metric("5 percent", 5.0))
    assert (0, 0, 0, 0) == counts(report.metrics)
    assert (1.0, 1.0) == (report.metrics.f1, report.metrics.full_f1)
    assert () == report.findings


def test_empty_scores_follow_the_scorer_conventions() -> None:
    """Nothing extracted with gold to find: precision 0; nothing to find: recall 1."""
    missed = policydocs.Score(gold=2)
    spurious = policydocs.Score(extracted=2)
    assert (0.0, 0.0, 0.0) == (missed.precision, missed.recall, missed.f1)
    assert (0.0, 1.0, 0.0) == (spurious.precision, spurious.recall, spurious.f1)
    assert (1.0, 1.0, 1.0) == (
        policydocs.Score().precision,
        policydocs.Score().recall,
        policydocs.Score().f1,
    )


def test_parts_are_compared_by_their_characters(tmp_path: Path) -> None:
    """Gold parts match a one-piece content by shared characters, not by their hull."""
    gold = {
        "statements": [
            gold_statement(None, parts=["We will cut fees", "Growth is solid."])
        ]
    }
    del gold["statements"][0]["content"]
    # 16 of the parts' 32 characters: Jaccard 0.5, where the hull's IoU is 0.23.
    report = score_one(tmp_path, gold, statement("We will cut fees"))
    assert (1, 1, 1, 1) == counts(report.statements)


def test_split_statements_match_by_their_parts(tmp_path: Path) -> None:
    """Extracted parts meet gold parts by characters, a gold content by their hull."""
    first, second = _span(TEXT, "We will cut fees,"), _span(TEXT, "Growth is solid.")
    split = Statement(
        speaker="Ana Ortiz",
        cue="say",
        content="We will cut fees, Growth is solid.",
        content_span=Span(start=first.start, end=second.end),
        parts=(first, second),
    )
    gold = gold_statement(None, parts=["We will cut fees", "Growth is solid."])
    del gold["content"]
    assert (1, 1, 1, 1) == counts(
        score_one(tmp_path, {"statements": [gold]}, split).statements
    )
    # Without gold parts the hull is compared: 16 of its 51 characters.
    hull = {"statements": [gold_statement("We will cut fees")]}
    assert (1, 1, 0, 0) == counts(score_one(tmp_path, hull, split).statements)


def test_a_part_out_of_order_is_an_error(tmp_path: Path) -> None:
    """Parts are found in order: a piece before the first is named in the error."""
    gold = {
        "statements": [
            {
                "speaker": ["Ana Ortiz"],
                "parts": ["Growth is solid.", "We will cut fees"],
            }
        ]
    }
    write_pair(tmp_path, "doc", gold)
    with pytest.raises(ParseError, match=re.escape("$.statements[0].parts[1]")):
        evaluate(tmp_path)


# -- key fields -------------------------------------------------------------------


def test_speaker_aliases_case_and_leading_the(tmp_path: Path) -> None:
    """Any alias matches, ignoring case, a leading "the" and trailing dots."""
    gold = {
        "statements": [
            gold_statement(
                "We will cut fees", ["Ministry of Finance", "the Finance Ministry."]
            )
        ]
    }
    right = statement("We will cut fees", speaker="The finance ministry")
    assert 1 == score_one(tmp_path, gold, right).statements.correct
    wrong = statement("We will cut fees", speaker="Ana Ortiz")
    report = score_one(tmp_path, gold, wrong)
    assert 0 == report.statements.correct
    [finding] = report.findings
    assert (
        "wrong",
        (("speaker", "Ministry of Finance | the Finance Ministry.", "Ana Ortiz"),),
    ) == (
        finding.outcome,
        finding.differences,
    )


def test_null_speaker_must_be_null(tmp_path: Path) -> None:
    """A gold speaker of null accepts only no speaker."""
    gold = {"statements": [{"speaker": None, "content": "We will cut fees"}]}
    assert (
        1
        == score_one(
            tmp_path, gold, statement("We will cut fees", speaker=None)
        ).statements.correct
    )
    assert (
        0 == score_one(tmp_path, gold, statement("We will cut fees")).statements.correct
    )


def test_directive_force_negation_and_addressee(tmp_path: Path) -> None:
    """A directive is full only with force, negated and addressee all right."""
    gold = {
        "directives": [
            {
                "action": "report debts by June",
                "force": "obligation",
                "negated": False,
                "addressee": ["local governments"],
            }
        ]
    }
    ok = directive("report debts by June", addressee="Local governments")
    assert 1 == score_one(tmp_path, gold, ok).directives.correct
    bad = directive("report debts by June", force="recommendation", negated=True)
    [finding] = score_one(tmp_path, gold, bad).findings
    assert [
        ("force", "obligation", "recommendation"),
        ("negated", "false", "true"),
        ("addressee", "local governments", "null"),
    ] == list(finding.differences)


def test_metric_value_unit_upper_and_period(tmp_path: Path) -> None:
    """A metric is full with value (1e-6 relative), upper, unit and period right."""
    gold = {
        "metrics": [gold_metric("5 percent", 5, period=["2025-01-01", "2025-12-31"])]
    }
    ok = metric("5 percent", 5.000001, period=Period.year(2025))
    assert 1 == score_one(tmp_path, gold, ok).metrics.correct
    bad = metric(
        "5 percent", 5.1, unit="percentage_point", upper=6.0, period=Period.year(2024)
    )
    [finding] = score_one(tmp_path, gold, bad).findings
    assert [
        ("value", "5", "5.1"),
        ("upper", "null", "6.0"),
        ("unit", "percent", "percentage_point"),
        ("period", "2025-01-01/2025-12-31", "2024-01-01/2024-12-31"),
    ] == list(finding.differences)


def test_a_metric_period_is_free_when_the_gold_gives_none(tmp_path: Path) -> None:
    """With a null gold period any period is full; no_period still counts it."""
    gold = {"metrics": [gold_metric("5 percent", 5, period=None)]}
    report = score_one(
        tmp_path, gold, metric("5 percent", 5.0, period=Period.year(2025))
    )
    assert 1 == report.metrics.correct
    assert (0, 1) == (
        report.field("metrics.no_period").agreed,
        report.field("metrics.no_period").total,
    )


# -- secondary fields ----------------------------------------------------------------


def test_secondary_fields_of_statements_and_directives(tmp_path: Path) -> None:
    """Statement date and mode, directive issuer: only where the gold gives them."""
    gold = {
        "statements": [
            gold_statement("We will cut fees", date="2026-03-05", mode="direct"),
            gold_statement("Exports rose 5 percent in 2025"),
        ],
        "directives": [
            {
                "action": "report debts by June",
                "force": "obligation",
                "addressee": None,
                "issuer": "Ministry of Finance",
            }
        ],
    }
    report = score_one(
        tmp_path,
        gold,
        statement("We will cut fees", date=dt.date(2026, 3, 5), mode="indirect"),
        statement("Exports rose 5 percent in 2025"),
        directive("report debts by June", issuer="the Ministry of Finance"),
    )
    assert {
        "directives.issuer": (1, 1),
        "statements.date": (1, 1),
        "statements.mode": (0, 1),
    } == {a.name: (a.agreed, a.total) for a in report.fields}


def test_indicator_needs_half_the_gold_content_words(tmp_path: Path) -> None:
    """An indicator agrees when half of the gold's content words appear in it."""
    gold = {
        "metrics": [
            gold_metric("5 percent", 5, indicator="value of the exports of goods")
        ]
    }

    def agreed(indicator: str | None) -> int:
        report = score_one(
            tmp_path, gold, metric("5 percent", 5.0, indicator=indicator)
        )
        return report.field("metrics.indicator").agreed

    # Content words: value, exports, goods; two of three is enough, one is not.
    assert [1, 0, 0] == [agreed("goods exports"), agreed("exports"), agreed(None)]
    gold["metrics"][0]["indicator"] = None
    assert [1, 0] == [agreed(None), agreed("exports")]


def test_metric_secondary_fields(tmp_path: Path) -> None:
    """subject by aliases, target by truth, basis and approx by value, periods exact."""
    gold = {
        "metrics": [
            gold_metric(
                "5 percent",
                5,
                subject=["China", "the country"],
                target=False,
                basis="year-on-year",
                approx=None,
                period=["2025-01-01", "2025-12-31"],
            ),
            gold_metric(
                "3 percent",
                -3,
                subject="Japan",
                target=True,
                basis=None,
                approx="about",
                period=None,
            ),
        ]
    }
    report = score_one(
        tmp_path,
        gold,
        metric(
            "5 percent",
            5.0,
            subject="Country",
            basis="year-on-year",
            period=Period.year(2025),
        ),
        metric("3 percent", -3.0, subject="China", approx="about"),
    )
    assert {
        "metrics.approx": (2, 2),
        "metrics.basis": (2, 2),
        "metrics.no_period": (1, 1),
        "metrics.period": (1, 1),
        "metrics.subject": (1, 2),
        "metrics.target": (1, 2),
    } == {a.name: (a.agreed, a.total) for a in report.fields}
    assert 1.0 == report.field("metrics.indicator").rate


def test_field_disagreements_are_findings(tmp_path: Path) -> None:
    """A match with a disagreeing secondary field is a "field" finding naming it."""
    gold = {
        "metrics": [
            gold_metric(
                "5 percent", 5, indicator="exports", subject="Japan", period=None
            ),
            gold_metric("3 percent", 3, indicator="imports", period=None),
        ]
    }
    report = score_one(
        tmp_path,
        gold,
        metric("5 percent", 5.0, indicator="tariffs", period=Period.year(2025)),
        metric("3 percent", 3.0, indicator="imports"),
    )
    [finding] = report.findings
    assert (
        "field",
        "5 percent",
        (
            ("indicator", "exports", "tariffs"),
            ("subject", "Japan", "null"),
            ("no_period", "null", "2025-01-01/2025-12-31"),
        ),
    ) == (finding.outcome, finding.text, finding.differences)
    assert 2 == report.metrics.correct


def test_verbose_lists_field_disagreements(tmp_path: Path) -> None:
    """-v prints a FIELD line with the expected and extracted value of each field."""
    gold = {"metrics": [gold_metric("5 percent", 5, indicator="exports")]}
    report = score_one(tmp_path, gold, metric("5 percent", 5.0, indicator="tariffs"))
    lines = list(render(report, verbose=True))
    at = next(i for i, line in enumerate(lines) if "FIELD metrics" in line)
    assert "      indicator: expected 'exports', got 'tariffs'" == lines[at + 1]


# -- folders, manifests and errors ---------------------------------------------


def test_folders_are_searched_recursively_with_genres(tmp_path: Path) -> None:
    """Gold in subfolders is found; a MANIFEST.tsv above gives each document a genre."""
    write_pair(
        tmp_path / "gold" / "a",
        "one",
        {"metrics": [gold_metric("5 percent", 5)]},
        document(metric("5 percent", 5.0)),
    )
    write_pair(
        tmp_path / "gold" / "b", "two", {"metrics": [gold_metric("3 percent", -3)]}
    )
    write_pair(tmp_path / "gold" / "b", "three", {})
    (tmp_path / "MANIFEST.tsv").write_text(
        "id\tsplit\tgenre\tinstitution\tsource\tlicence\tretrieved\tcut\n"
        "one\tdev\tnews\tX\tY\tCC0\t2026-01-01\tno\n\n"
        "two\tdev\tstatistics\tX\tY\tCC0\t2026-01-01\tno\n",
        encoding="utf-8",
    )
    report = evaluate(tmp_path / "gold")
    assert ["one", "three", "two"] == [d.id for d in report.documents]
    assert ["news", None, "statistics"] == [d.genre for d in report.documents]
    genres = report.genres()
    assert {"news": (1, 1, 1, 1), "statistics": (1, 0, 0, 0)} == {
        g: counts(r.metrics) for g, r in genres.items()
    }
    assert (2, 1, 1, 1) == counts(report.metrics)


@pytest.mark.parametrize(
    ("gold", "message"),
    [
        ([], "$: expected a JSON object, found 'list'"),
        ({"metrics": {}}, "$.metrics: expected a list, found {}"),
        ({"metrics": [1]}, "$.metrics[0]: expected an object, found 1"),
        (
            {"metrics": [{"text": "5 percent", "unit": "percent"}]},
            "$.metrics[0].value: expected the key 'value'",
        ),
        (
            {"metrics": [gold_metric("5 percent", value=True)]},
            "$.metrics[0].value: expected a finite number, found True",
        ),
        (
            {"metrics": [gold_metric("5 percent", 5, period=["2025"])]},
            "$.metrics[0].period: expected null or",
        ),
        (
            {"metrics": [gold_metric("", 5)]},
            "$.metrics[0].text: expected a non-empty string, found ''",
        ),
        (
            {"metrics": [gold_metric("5 percent", 5, nth=-1)]},
            "$.metrics[0].nth: expected an int >= 0, found -1",
        ),
        (
            {"statements": [{"speaker": 3, "content": "x"}]},
            "$.statements[0].speaker: expected null, a name or a list",
        ),
        (
            {"statements": [{"speaker": None, "parts": []}]},
            "$.statements[0].parts: expected a non-empty list",
        ),
        (
            {"directives": [{"action": "x", "force": "obligation", "optional": "yes"}]},
            "$.directives[0].optional: expected true or false",
        ),
        (
            {"metrics": [gold_metric("7 percent", 7)]},
            "$.metrics[0].text: text not found in the body (nth=0): '7 percent'",
        ),
        (
            {"metrics": [gold_metric("5 percent", 5, nth=3)]},
            "$.metrics[0].text: text not found in the body (nth=3): '5 percent'",
        ),
    ],
)
def test_malformed_gold_is_a_clear_error(
    tmp_path: Path, gold: object, message: str
) -> None:
    """Malformed gold raises ParseError naming the file, the JSON path and the fault."""
    path = write_pair(tmp_path, "doc", {})
    path.write_text(json.dumps(gold), encoding="utf-8")
    with pytest.raises(ParseError) as info:
        evaluate(tmp_path)
    assert str(info.value).startswith(f"{path}: {message}")


def test_gold_that_is_not_json_names_its_line(tmp_path: Path) -> None:
    """A syntax error in a gold file gives its file, line and column."""
    path = write_pair(tmp_path, "doc", {})
    path.write_text('{\n  "metrics": [,]\n}', encoding="utf-8")
    with pytest.raises(ParseError, match=r"gold file is not JSON") as info:
        evaluate(tmp_path)
    assert (str(path), 2) == (info.value.source, info.value.line)


def test_gold_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    """Undecodable gold bytes are a ParseError, not a crash."""
    path = write_pair(tmp_path, "doc", {})
    path.write_bytes(b'{"metrics": "\xff"}')
    with pytest.raises(ParseError, match="not UTF-8"):
        evaluate(tmp_path)


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda _: None, "no *.gold.json files found"),
        (
            lambda p: (p / "x.gold.json").write_text("{}"),
            "expected its document x.txt beside it",
        ),
        (lambda p: (p / "x.gold.json").mkdir(), "no *.gold.json files found"),
    ],
)
def test_folders_without_usable_gold_are_errors(
    tmp_path: Path, setup: Any, message: str
) -> None:
    """An empty folder or a gold file without its document is a clear error."""
    setup(tmp_path)
    with pytest.raises(ParseError, match=re.escape(message)):
        evaluate(tmp_path)


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    """A path that is not a folder is a ParseError naming it."""
    with pytest.raises(ParseError, match="expected a folder of gold files"):
        evaluate(tmp_path / "nope")


@pytest.mark.parametrize(
    ("manifest", "message"),
    [
        ("name\tgenre\n", "expected a header line with 'id' and 'genre' columns"),
        ("", "expected a header line with 'id' and 'genre' columns"),
        ("id\tsplit\tgenre\ndoc\tdev\n", "expected 3 tab-separated columns, found 2"),
    ],
)
def test_a_bad_manifest_is_an_error(
    tmp_path: Path, manifest: str, message: str
) -> None:
    """A manifest without id and genre columns, or with a short row, is an error."""
    write_pair(tmp_path, "doc", {})
    (tmp_path / "MANIFEST.tsv").write_text(manifest, encoding="utf-8")
    with pytest.raises(ParseError, match=re.escape(message)):
        evaluate(tmp_path)


def test_a_manifest_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    """Undecodable manifest bytes are a ParseError naming the manifest."""
    write_pair(tmp_path, "doc", {})
    (tmp_path / "MANIFEST.tsv").write_bytes(b"id\tgenre\ndoc\t\xff\n")
    with pytest.raises(ParseError, match="cannot read manifest") as info:
        evaluate(tmp_path)
    assert str(tmp_path / "MANIFEST.tsv") == info.value.source


def test_an_unreadable_gold_file_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An OS error reading a gold file is a ParseError naming the file."""
    path = write_pair(tmp_path, "doc", {})
    read_text = Path.read_text

    def failing(self: Path, *args: Any, **kwargs: Any) -> str:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return read_text(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", failing)
    with pytest.raises(ParseError, match="cannot read gold file: Permission denied"):
        evaluate(tmp_path)


def test_score_by_name_refuses_unknown_kinds() -> None:
    """Report.score names the three kinds when given another."""
    with pytest.raises(
        ValueError, match="expected one of statements, directives, metrics"
    ):
        Report.of([]).score("actors")


def test_sentence_around_an_item() -> None:
    """The context of an item is its sentence, whitespace squeezed."""
    text = 'One. "We will cut\n fees," she said. Three.'
    assert '"We will cut fees," she said.' == sentence_around(text, 6, 21).replace(
        "\n", ""
    )
    assert "Three." == sentence_around(text, 38, 43)


# -- the command -----------------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(["evaluate", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def _cli_folder(tmp_path: Path) -> Path:
    gold = {
        "statements": [gold_statement("We will cut fees", ["Ministry of Finance"])],
        "directives": [
            {"action": "report debts by June", "force": "obligation", "addressee": None}
        ],
        "metrics": [gold_metric("5 percent", 5)],
    }
    write_pair(
        tmp_path,
        "doc",
        gold,
        document(statement("We will cut fees"), metric("3 percent", -3.0)),
    )
    return tmp_path


def test_cli_table_ends_with_the_totals(tmp_path: Path) -> None:
    """The default table's last lines give detection and full F1 per kind."""
    code, out, err = run_cli(str(_cli_folder(tmp_path)))
    lines = out.splitlines()
    assert (0, "") == (code, err)
    assert "doc       1/1 +0 ~1       0/1 +0 ~0       0/1 +1 ~0" == lines[1]
    assert [
        "kind        precision  recall  F1     full F1  gold  extracted",
        "statements  1.000      1.000   1.000  0.000    1     1",
        "directives  0.000      0.000   0.000  0.000    1     0",
        "metrics     0.000      0.000   0.000  0.000    1     1",
        (
            "1 documents: statements 1.000/0.000, directives 0.000/0.000, "
            "metrics 0.000/0.000 (detection F1/full F1)"
        ),
    ] == lines[-5:]


def test_cli_verbose_lists_every_finding_with_its_sentence(tmp_path: Path) -> None:
    """-v prints misses, extras and wrong items with differing fields and sentence."""
    code, out, _ = run_cli(str(_cli_folder(tmp_path)), "-v")
    assert 0 == code
    assert (
        "  WRONG statements in doc: 'We will cut fees'\n"
        "      speaker: expected 'Ministry of Finance', got 'Ana Ortiz'\n"
        '      in: "We will cut fees," Finance Minister Ana Ortiz said.\n'
    ) in out
    assert "  MISS directives in doc: 'report debts by June'\n" in out
    assert (
        "  EXTRA metrics in doc: '3 percent'\n      in: Imports fell 3 percent.\n"
        in out
    )


def test_cli_json_is_sorted_and_complete(tmp_path: Path) -> None:
    """--json prints the report with sorted keys, per-document findings included."""
    code, out, _ = run_cli(str(_cli_folder(tmp_path)), "--json")
    data = json.loads(out)
    assert 0 == code
    assert json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n" == out
    assert ["documents", "fields", "genres", "kinds", "per_document"] == sorted(data)
    assert {
        "gold": 1,
        "extracted": 1,
        "found": 1,
        "correct": 0,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
        "full_precision": 0.0,
        "full_recall": 0.0,
        "full_f1": 0.0,
    } == data["kinds"]["statements"]
    doc = data["per_document"][0]
    assert ["extra", "miss", "miss", "wrong"] == sorted(
        f["outcome"] for f in doc["findings"]
    )


def test_cli_exit_codes(tmp_path: Path) -> None:
    """0 when it ran, 1 for bad gold with the file named, 2 for a usage error."""
    assert 0 == run_cli(str(_cli_folder(tmp_path)))[0]
    (tmp_path / "doc.gold.json").write_text(
        '{"metrics": [{"text": "9 percent", "value": 9, "unit": "percent"}]}'
    )
    code, out, err = run_cli(str(tmp_path))
    assert (1, "") == (code, out)
    assert (
        f"policydocs evaluate: {tmp_path / 'doc.gold.json'}: "
        "$.metrics[0].text: text not found" in err
    )
    assert 2 == run_cli()[0]


def test_cli_shows_genres_when_a_manifest_gives_them(tmp_path: Path) -> None:
    """The table has a per-genre block of F1 figures when a manifest is found."""
    folder = _cli_folder(tmp_path)
    (folder / "MANIFEST.tsv").write_text(
        "id\tsplit\tgenre\ndoc\tdev\tnews\n", encoding="utf-8"
    )
    _, out, _ = run_cli(str(folder))
    assert (
        "genre  docs  statements   directives   metrics\n"
        "news      1  1.000/0.000  0.000/0.000  0.000/0.000\n" in out
    )


# -- against the shared scorer --------------------------------------------------


_SCORER_LINE = re.compile(
    r"^(statements|directives|metrics)\s+detection P=([\d.]+) R=([\d.]+) F1=([\d.]+)"
    r"\s+full F1=([\d.]+)\s+\(gold (\d+), extracted (\d+)\)"
)


@pytest.mark.parametrize("folder", ["seed", "dev"])
def test_figures_equal_the_shared_scorer(folder: str, tmp_path: Path) -> None:
    """evaluate() gives the shared scorer's figures and fields line on seed and dev."""
    scorer = SHARED / "tools" / "score.py"
    gold_dir = (
        SHARED / "examples" / "gold"
        if folder == "seed"
        else ROOT / "tests" / "gold" / "dev"
    )
    if not scorer.exists() or not gold_dir.is_dir():
        pytest.skip(
            f"the shared scorer or {gold_dir} is absent (a checkout without ../shared)"
        )
    # The scorer reads a folder's top level only: give it the pairs alone.
    for f in gold_dir.iterdir():
        if f.name.endswith((".gold.json", ".txt")):
            (tmp_path / f.name).write_bytes(f.read_bytes())
    proc = subprocess.run(  # noqa: S603 - our own interpreter and the shared scorer
        [
            sys.executable,
            str(scorer),
            str(tmp_path),
            "--cmd",
            f"{sys.executable} -m policydocs extract --format json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    theirs: dict[str, tuple[str, ...]] = {}
    fields = ""
    for line in proc.stdout.splitlines():
        m = _SCORER_LINE.match(line)
        if m:
            theirs[m.group(1)] = m.groups()[1:]
        elif line.startswith("fields "):
            fields = line
    report = evaluate(tmp_path)
    ours = {
        k: (
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            f"{s.full_f1:.3f}",
            str(s.gold),
            str(s.extracted),
        )
        for k in ("statements", "directives", "metrics")
        for s in [report.score(k)]
    }
    shared_fields = [
        a
        for a in report.fields
        if a.name not in {"metrics.period", "metrics.no_period"}
    ]
    assert theirs == ours
    assert fields == "fields " + "  ".join(
        f"{a.name} {a.agreed}/{a.total}" for a in shared_fields
    )
