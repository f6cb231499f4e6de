"""The diff and series subcommands: output formats, -o, exit codes, bad input."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import policydocs
from policydocs._cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"
OLD, NEW = str(EXAMPLES / "linhai-2025.txt"), str(EXAMPLES / "linhai-2026.txt")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_diff_summary_is_one_line_a_change(capsys):
    """The default format prints the same lines as DocumentDiff.summary()."""
    code, out, _ = run(["diff", OLD, NEW], capsys)
    expected = policydocs.diff(policydocs.read(OLD), policydocs.read(NEW)).summary()
    assert (0, expected) == (code, out.splitlines())


def test_diff_exit_code_says_whether_anything_changed(capsys):
    """--exit-code gives 1 when editions differ and 0 for an edition against itself."""
    assert 1 == run(["diff", OLD, NEW, "--exit-code"], capsys)[0]
    assert (0, "") == run(["diff", OLD, OLD, "--exit-code"], capsys)[:2]


def test_diff_json_to_a_file_loads_back(tmp_path, capsys):
    """--format json -o writes a diff that DocumentDiff.from_json reads."""
    out = tmp_path / "d.json"
    assert 0 == run(["diff", OLD, NEW, "--format", "json", "-o", str(out)], capsys)[0]
    d = policydocs.DocumentDiff.from_json(out.read_text(encoding="utf-8"))
    assert "linhai-2026" == d.new.id


def test_diff_html_is_a_side_by_side_view(capsys):
    """--format html prints the notebook view of the diff."""
    _, out, _ = run(["diff", OLD, NEW, "--format", "html"], capsys)
    assert out.startswith('<div class="policydocs-diff">')


def test_diff_of_a_missing_file_is_one_line_and_exit_1(tmp_path, capsys):
    """An unreadable edition is named on stderr, with exit 1 and no output."""
    code, out, err = run(["diff", OLD, str(tmp_path / "nope.txt")], capsys)
    assert (1, "") == (code, out)
    assert "nope.txt" in err
    assert 1 == len(err.splitlines())


def test_series_csv_has_the_series_columns(capsys):
    """--format csv writes a header and one row per point, oldest first."""
    code, out, _ = run(
        [
            "series",
            str(EXAMPLES),
            "--indicator",
            "GDP growth",
            "--target",
            "--unit",
            "percent",
            "--format",
            "csv",
        ],
        capsys,
    )
    rows = list(csv.DictReader(io.StringIO(out)))
    assert 0 == code
    assert [("linhai-2025", "5.5"), ("linhai-2026", "5.0")] == [
        (r["doc_id"], r["value"]) for r in rows
    ]
    assert {"true"} == {r["target"] for r in rows}


def test_series_json_and_outcome_filter(capsys):
    """--outcome keeps outcomes only; the Linhai targets are all goals."""
    code, out, _ = run(
        [
            "series",
            str(EXAMPLES),
            "--indicator",
            "GDP growth",
            "--outcome",
            "--format",
            "json",
        ],
        capsys,
    )
    assert (0, []) == (code, json.loads(out))


def test_series_refuses_an_empty_indicator(capsys):
    """An indicator with no content word is a usage error (exit 2)."""
    code, _, err = run(["series", str(EXAMPLES), "--indicator", "the"], capsys)
    assert 2 == code
    assert "content word" in err


def test_target_and_outcome_are_exclusive(capsys):
    """--target with --outcome is refused by the parser."""
    with pytest.raises(SystemExit) as info:
        main(["series", str(EXAMPLES), "--target", "--outcome"])
    assert 2 == info.value.code
    capsys.readouterr()


def test_output_dash_is_standard_output(capsys):
    """-o - prints to stdout like no -o at all."""
    code, out, _ = run(["diff", OLD, NEW, "-o", "-"], capsys)
    assert (0, run(["diff", OLD, NEW], capsys)[1]) == (code, out)


def test_output_naming_an_input_is_refused(tmp_path, capsys):
    """diff A B -o B would destroy an edition: refused, exit 1, B unchanged."""
    new = tmp_path / "new.txt"
    new.write_bytes(Path(NEW).read_bytes())
    code, _, err = run(["diff", OLD, str(new), "-o", str(new)], capsys)
    assert 1 == code
    assert "one of the inputs" in err
    assert Path(NEW).read_bytes() == new.read_bytes()


def test_unwritable_output_is_one_line(tmp_path, capsys):
    """A missing output folder is one 'cannot write' line and exit 1."""
    target = tmp_path / "nodir" / "d.json"
    code, _, err = run(["diff", OLD, NEW, "-o", str(target)], capsys)
    assert 1 == code
    (line,) = err.splitlines()
    assert line.startswith(f"policydocs: cannot write {target}: ")
