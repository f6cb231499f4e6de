"""The command line: validate, schema, extract, exit codes, python -m."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import policydocs
from policydocs._cli import main

BAD_JSON = {
    "schema": "policydocs/1",
    "id": "d1",
    "text": "Exports rose 5 percent.",
    "published": "2026-02-30",
    "metrics": [
        {
            "text": "5 percent",
            "span": {"start": 13, "end": 99},
            "value": "five",
            "unit": "percent",
        }
    ],
}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_validate_reports_every_problem_with_its_path(tmp_path, capsys):
    """A wrong type, a span beyond the text and a bad date: three lines, exit 1."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD_JSON), encoding="utf-8")
    code, out, err = run(capsys, "validate", str(path))
    assert 1 == code
    assert "" == out
    lines = err.splitlines()
    assert [
        f"{path}: $.published: expected a real calendar date, found '2026-02-30'",
        f"{path}: $.metrics[0].value: expected a number, found 'five'",
        (
            f"{path}: $.metrics[0].span.end: expected a span inside the text "
            "(length 23), found end 99 [span-bounds]"
        ),
    ] == lines


def test_validate_ok(tmp_path, capsys):
    """A valid file prints `ok` and exits 0."""
    path = tmp_path / "good.txt"
    path.write_text("date 2026-03-06 Exports rose 5 percent.", encoding="utf-8")
    assert (0, f"{path}: ok\n", "") == run(capsys, "validate", str(path))


def test_validate_missing_file_exits_1(tmp_path, capsys):
    """A file that cannot be read is invalid input: exit 1 with its name."""
    code, _, err = run(capsys, "validate", str(tmp_path / "nope.txt"))
    assert 1 == code
    assert "nope.txt" in err


def test_schema_prints_the_json_schema(capsys):
    """`policydocs schema` prints the draft 2020-12 schema and exits 0."""
    code, out, _ = run(capsys, "schema")
    assert 0 == code
    assert policydocs.json_schema() == json.loads(out)


def test_extract_prints_the_documents_json(tmp_path, capsys):
    """`policydocs extract FILE` prints the document with its date and body."""
    path = tmp_path / "seed.txt"
    path.write_text("date 2026-03-06 Exports rose 5 percent.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path))
    assert 0 == code
    data = json.loads(out)
    assert ("2026-03-06", "Exports rose 5 percent.") == (
        data["published"],
        data["text"],
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["validate"],
        ["extract", "--format", "xml", "x"],
        ["extract", "--indent", "x", "y"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    """Usage errors exit with 2."""
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert 2 == info.value.code
    capsys.readouterr()


def test_python_dash_m_runs_the_cli():
    """`python -m policydocs schema` works like the console script."""
    proc = subprocess.run(
        [sys.executable, "-m", "policydocs", "schema"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert (0, "https://json-schema.org/draft/2020-12/schema") == (
        proc.returncode,
        json.loads(proc.stdout)["$schema"],
    )


def test_validate_names_file_and_line_of_a_bad_header_once(tmp_path, capsys):
    """A bad header date is reported as FILE:LINE:COL, without the file twice."""
    path = tmp_path / "bad-date.txt"
    path.write_text("Title: T\nDate: 2026-02-30\n\nBody.", encoding="utf-8")
    code, _, err = run(capsys, "validate", str(path))
    assert 1 == code
    expected = f"{path}:2:7: expected a date such as 2026-03-06, found '2026-02-30'"
    assert expected == err.splitlines()[0]


def test_summary_escapes_control_characters(tmp_path, capsys):
    """A document cannot send terminal escape sequences through --format summary."""
    path = tmp_path / "esc.txt"
    path.write_text("date 2026-03-06 Firms must not \x1b[31mdo\x07 this.", "utf-8")
    code, out, _ = run(capsys, "extract", "--format", "summary", str(path))
    assert (0, False, True) == (code, "\x1b" in out, "\\x1b[31mdo\\x07" in out)
