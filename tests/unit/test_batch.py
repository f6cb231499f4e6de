"""Batch extraction: extract_many and the CLI's corpus options (jobs, -o, csv)."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import policydocs
from _slow_cli import slow_cli
from policydocs import _batch
from policydocs._cli import main
from policydocs._table import columns

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "seeds" / "000_809c9f3e5515490f.txt"


def _corpus(folder: Path, n: int, *, bad: tuple[int, ...] = ()) -> list[Path]:
    """n small documents with distinct dates; the indexes in ``bad`` are not UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_body = SEED.read_text(encoding="utf-8").split(" ", 2)[-1][:600]
    paths = []
    for i in range(n):
        p = folder / f"doc{i:03d}.txt"
        if i in bad:
            p.write_bytes(b"date 2026-03-06 caf\xe9 \xff\xfe")
        else:
            day = 1 + i % 28
            p.write_text(f"date 2026-02-{day:02d} {seed_body}", encoding="utf-8")
        paths.append(p)
    return paths


def test_extract_many_keeps_input_order_across_processes(tmp_path):
    """Results come back in input order, the same with 1 and 2 processes."""
    paths = _corpus(tmp_path, 12)
    shuffled = paths[::-1]
    one = [d.id for d in policydocs.extract_many(shuffled, jobs=1)]
    two = [d.id for d in policydocs.extract_many(shuffled, jobs=2)]
    assert one == [p.stem for p in shuffled]
    assert two == one


def test_small_chunks_and_window_keep_order(tmp_path):
    """Chunks of one file through a bounded window still yield in order."""
    paths = _corpus(tmp_path, 9, bad=(4,))
    results = list(_batch.iter_results(paths, jobs=2, chunk_size=1))
    assert [
        Path(r.path).stem if isinstance(r, _batch.FileError) else r.id for r in results
    ] == [p.stem for p in paths]
    assert isinstance(results[4], _batch.FileError)


def test_extract_many_collects_errors_and_goes_on(tmp_path):
    """A bad file is recorded (and passed to on_error); the others are yielded."""
    paths = _corpus(tmp_path, 5, bad=(1, 3))
    seen: list[str] = []
    run = policydocs.extract_many(paths, jobs=2, on_error=lambda e: seen.append(e.path))
    ids = [d.id for d in run]
    assert ids == ["doc000", "doc002", "doc004"]
    assert [e.path for e in run.errors] == [str(paths[1]), str(paths[3])]
    assert seen == [str(paths[1]), str(paths[3])]
    assert run.ok == 3
    assert all(e.kind == "input" and "UTF-8" in str(e) for e in run.errors)


def test_internal_errors_are_recorded_not_raised(tmp_path, monkeypatch):
    """An unexpected exception in one file is recorded as an internal error."""

    def boom(path: str, **_: object) -> policydocs.Document:
        raise IndexError(path)

    monkeypatch.setattr("policydocs._readers.iter_file", boom)
    run = policydocs.extract_many(_corpus(tmp_path, 2), jobs=1)
    assert list(run) == []
    assert [e.kind for e in run.errors] == ["internal", "internal"]
    assert str(run.errors[0]).startswith("internal error: IndexError")


def test_bad_jobs_refused():
    """Negative jobs are a ValueError at call time, and a usage error in the CLI."""
    with pytest.raises(ValueError, match="jobs"):
        policydocs.extract_many([], jobs=-1)
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEED), "--jobs", "-1"])
    assert exc.value.code == 2


def test_cli_same_output_with_one_and_two_jobs(tmp_path):
    """--jobs 1 and --jobs 2 write byte-identical JSON Lines and CSV."""
    corpus = tmp_path / "corpus"
    _corpus(corpus, 10)
    for fmt in ("jsonl", "csv", "json"):
        out1, out2 = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        assert main(["extract", str(corpus), "--format", fmt, "-o", str(out1)]) == 0
        args = ["extract", str(corpus), "--format", fmt, "-o", str(out2), "--jobs", "2"]
        assert main(args) == 0
        assert out1.read_bytes() == out2.read_bytes()
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [
        f"doc{i:03d}" for i in range(10)
    ]
    assert len(json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))) == 10


def test_cli_bad_file_named_rest_processed_exit_1(tmp_path, capsys):
    """A bad file is named on stderr, the others are written, and the exit code is 1."""
    corpus = tmp_path / "corpus"
    paths = _corpus(corpus, 4, bad=(2,))
    out = tmp_path / "out.jsonl"
    code = main(
        ["extract", str(corpus), "--format", "jsonl", "-o", str(out), "-j", "2"]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert str(paths[2]) in err
    assert "1 of 4 file(s) failed" in err
    assert [
        json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()
    ] == [
        "doc000",
        "doc001",
        "doc003",
    ]


def test_cli_csv_has_header_and_one_row_per_item(capsys):
    """--format csv writes the table's columns, even when nothing was extracted."""
    assert main(["extract", str(SEED), "--format", "csv", "--table", "metrics"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == columns("metrics")
    doc = policydocs.read(SEED)
    assert len(rows) - 1 == len(doc.metrics)
    assert all(r[0] == doc.id and r[1] == "2026-03-06" for r in rows[1:])


def test_cli_csv_cells():
    """CSV cells: dates ISO, booleans lowercase, None empty, floats round-trip."""
    from policydocs._cli import _cell

    assert [_cell(v) for v in (None, True, False, -5.3, 7)] == [
        "",
        "true",
        "false",
        "-5.3",
        "7",
    ]
    assert _cell(policydocs.Period.year(2025).end) == "2025-12-31"


def test_cli_single_json_file_prints_one_object(capsys):
    """One file with --format json prints one JSON object (the scorer reads it)."""
    assert main(["extract", str(SEED), "--format", "json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert isinstance(data, dict)
    assert data["published"] == "2026-03-06"


def test_cli_summary_lists_directives(tmp_path, capsys):
    """--format summary prints one line per document and one per directive."""
    corpus = tmp_path / "c"
    _corpus(corpus, 2)
    assert main(["extract", str(corpus), "--format", "summary"]) == 0
    out = capsys.readouterr().out
    doc = policydocs.read(corpus / "doc000.txt")
    assert out.count("\n") == 2 + 2 * len(doc.directives)
    assert out.startswith("doc000 (2026-02-01, no source): ")


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(tmp_path, monkeypatch, capsys):
    """A terminal gets a progress bar on stderr; a pipe or file gets nothing."""
    corpus = tmp_path / "c"
    _corpus(corpus, 3)
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out)]) == 0
    assert "3/3 files 100%" in tty.getvalue()
    assert tty.getvalue().endswith("\n")
    quiet = _Tty()
    monkeypatch.setattr(sys, "stderr", quiet)
    assert (
        main(["extract", str(corpus), "--format", "jsonl", "-o", str(out), "-q"]) == 0
    )
    assert quiet.getvalue() == ""
    # Output to the same terminal: no bar drawn over it.
    shared = _Tty()
    monkeypatch.setattr(sys, "stderr", shared)
    monkeypatch.setattr(sys, "stdout", _Tty())
    assert main(["extract", str(corpus), "--format", "jsonl"]) == 0
    assert shared.getvalue() == ""


def test_exception_leaves_no_partial_file(tmp_path, monkeypatch):
    """An exception mid-run keeps the old output intact and leaves no temporary file."""
    corpus = tmp_path / "c"
    _corpus(corpus, 6)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    real = _batch._extract_one
    calls = []

    def failing(path: str) -> object:
        calls.append(path)
        if len(calls) == 4:
            raise RuntimeError("disk on fire")
        return real(path)

    monkeypatch.setattr(_batch, "_extract_one", failing)
    with pytest.raises(RuntimeError, match="disk on fire"):
        main(["extract", str(corpus), "--format", "jsonl", "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "out.jsonl"]


def test_kill_leaves_no_partial_file(tmp_path):
    """SIGTERM during a run leaves neither the output nor a temporary file."""
    corpus = tmp_path / "c"
    _corpus(corpus, 200)
    out = tmp_path / "out.csv"
    proc = subprocess.Popen(  # noqa: S603 - this interpreter, a fixed script
        slow_cli(0.05, "extract", str(corpus), "--format", "csv", "-o", str(out)),
        stderr=subprocess.PIPE,
    )
    # Wait until rows reach the temporary file, so the signal lands mid-run
    # rather than in the instant between creating the file and writing to it.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        partial = [p for p in tmp_path.glob(".out.csv.*.tmp") if p.stat().st_size]
        if partial:
            break
        time.sleep(0.02)
    assert partial, "the run never started writing"
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=30)
    assert proc.returncode == 128 + signal.SIGTERM
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]


def test_in_process_errors_and_job_counts(tmp_path):
    """jobs=1 records bad files too; jobs=0 means one worker per core."""
    paths = _corpus(tmp_path, 3, bad=(0,))
    run = policydocs.extract_many(paths, jobs=1)
    assert [d.id for d in run] == ["doc001", "doc002"]
    assert [e.kind for e in run.errors] == ["input"]
    assert [d.id for d in policydocs.extract_many(paths[1:], jobs=0)] == [
        "doc001",
        "doc002",
    ]
    assert _batch._resolve_jobs(0) >= 1


def test_stopping_early_cancels_queued_work(tmp_path):
    """Closing the result stream after one document returns without the rest."""
    paths = _corpus(tmp_path, 40)
    results = _batch.iter_results(paths, jobs=2, chunk_size=1)
    first = next(results)
    results.close()
    assert isinstance(first, policydocs.Document)
    assert first.id == "doc000"


def test_cli_usage_errors(tmp_path, capsys):
    """No input files, or a --jobs that is not a number, is a usage error (2)."""
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == 2
    assert "no input files" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEED), "--jobs", "two"])
    assert exc.value.code == 2


def test_errors_print_above_the_progress_bar(tmp_path, monkeypatch):
    """On a terminal a failure's message clears the bar; the bar counts failures."""
    corpus = tmp_path / "c"
    paths = _corpus(corpus, 3, bad=(1,))
    tty = _Tty()
    monkeypatch.setattr(sys, "stderr", tty)
    out = tmp_path / "o.jsonl"
    assert main(["extract", str(corpus), "--format", "jsonl", "-o", str(out)]) == 1
    text = tty.getvalue()
    assert f"\r\x1b[K{paths[1]}" in text
    assert "3/3 files 100%" in text
    assert "1 failed" in text


def test_streams_without_isatty_and_sigterm_off_the_main_thread(tmp_path):
    """A stream without isatty counts as no terminal; -o works from a thread too."""
    import threading

    from policydocs._cli import _isatty

    assert _isatty(object()) is False  # type: ignore[arg-type]
    out = tmp_path / "o.jsonl"
    codes: list[int] = []
    args = ["extract", str(SEED), "--format", "jsonl", "-o", str(out)]
    thread = threading.Thread(target=lambda: codes.append(main(args)))
    thread.start()
    thread.join()
    assert codes == [0]
    assert out.read_text(encoding="utf-8").count("\n") == 1


def test_run_closes_as_a_context_manager(tmp_path):
    """Leaving a with block after one document closes the run; nothing more follows."""
    paths = _corpus(tmp_path, 40)
    with policydocs.extract_many(paths, jobs=2) as run:
        first = next(run)
    assert first.id == "doc000"
    assert list(run) == []
    assert run.ok == 1
