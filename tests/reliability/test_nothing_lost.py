"""Nothing is lost: bad records and files are named and skipped, outputs are atomic."""

from __future__ import annotations

import io
import json
import signal
import subprocess
import time
from pathlib import Path

import pytest
from _reliability_inputs import corpus

import policydocs
from _slow_cli import slow_cli
from policydocs import SerializationError
from policydocs._cli import main

# --- JSON Lines: the line of a bad record, and on request skip it ---


def _docs() -> list[policydocs.Document]:
    return [policydocs.parse(text) for _, text in corpus()[:4]]


# Each bad record and why it is bad; each becomes one line of the file.
_BAD_RECORDS = [
    "{not json",
    '{"schema": "policydocs/1", "id": "x", "text": "t", "metrics": [{"value": NaN}]}',
    '{"schema": "policydocs/2", "id": "x", "text": "t"}',
    '{"schema": "policydocs/1", "id": 5, "text": "t"}',
    "[" * 100,
    '"just a string"',
]


def _mixed_lines() -> tuple[list[str], list[policydocs.Document], list[int]]:
    """Good and bad records interleaved, a blank line, and the bad ones' lines."""
    docs = _docs()
    lines: list[str] = []
    bad_lines: list[int] = []
    for i, bad in enumerate(_BAD_RECORDS):
        if i < len(docs):
            lines.append(policydocs.dumps(docs[i]))
        if i == 2:
            lines.append("")
        lines.append(bad)
        bad_lines.append(len(lines))
    return lines, docs, bad_lines


def test_load_jsonl_names_the_line_of_a_bad_record() -> None:
    """Without on_error, reading stops at the first bad record and names its line."""
    lines, docs, bad_lines = _mixed_lines()
    stream = io.StringIO("\n".join(lines) + "\n")
    got: list[policydocs.Document] = []
    with pytest.raises(SerializationError) as info:
        got.extend(policydocs.load_jsonl(stream))
    assert info.value.line == bad_lines[0]
    assert f"line {bad_lines[0]}" in str(info.value)
    assert got == docs[:1]


def test_load_jsonl_on_error_skips_bad_records_and_goes_on(tmp_path: Path) -> None:
    """With on_error every bad record is reported by line and every good one loads."""
    lines, docs, bad_lines = _mixed_lines()
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors: list[SerializationError] = []
    got = list(policydocs.load_jsonl(path, on_error=errors.append))
    assert got == docs
    assert [e.line for e in errors] == bad_lines


def test_load_jsonl_reports_a_truncated_last_line(tmp_path: Path) -> None:
    """A file cut off mid-record (a crashed writer) loses only that record, by line."""
    docs = _docs()
    text = "".join(policydocs.dumps(d) + "\n" for d in docs)
    path = tmp_path / "cut.jsonl"
    path.write_text(text[: len(text) - 40], encoding="utf-8")
    errors: list[SerializationError] = []
    got = list(policydocs.load_jsonl(path, on_error=errors.append))
    assert got == docs[:-1]
    assert [e.line for e in errors] == [len(docs)]


def test_load_jsonl_reports_bad_bytes_and_crlf(tmp_path: Path) -> None:
    """Invalid UTF-8 in one record is named by line; CRLF line ends are fine."""
    docs = _docs()[:2]
    raw = (
        policydocs.dumps(docs[0]).encode() + b"\r\n"
        + b'{"id": "\xff\xfe"}\r\n'
        + policydocs.dumps(docs[1]).encode() + b"\r\n"
    )  # fmt: skip
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(raw)
    errors: list[SerializationError] = []
    got = list(policydocs.load_jsonl(path, on_error=errors.append))
    assert got == docs
    assert [e.line for e in errors] == [2]
    assert "UTF-8" in str(errors[0])


# --- batches: one unreadable file is named, the others are processed ---


def _batch_files(root: Path) -> tuple[list[Path], dict[str, str]]:
    """Good files with every kind of unreadable file among them; bad path -> why."""
    root.mkdir()
    good = [root / f"good{i}.txt" for i in range(3)]
    for i, p in enumerate(good):
        p.write_text(f"date 2026-03-0{i + 1} Exports rose {i + 1} percent.\n")
    bad = {
        root / "missing.txt": "cannot read",
        root / "latin1.txt": "UTF-8",
        root / "baddate.txt": "expected a date",
        root / "broken.json": "JSON",
        root / "folder.txt": "cannot read",
    }
    (root / "latin1.txt").write_bytes(b"date 2026-03-06 Caf\xe9 prices rose 5%.")
    (root / "baddate.txt").write_text("Title: t\nDate: 2026-02-30\n\nBody.")
    (root / "broken.json").write_text('{"schema": "policydocs/1", "id": ')
    (root / "folder.txt").mkdir()
    order = [good[0], *list(bad)[:3], good[1], *list(bad)[3:], good[2]]
    return order, {str(p): why for p, why in bad.items()}


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_processes_the_rest_and_names_each_bad_file(
    tmp_path: Path, jobs: int
) -> None:
    """extract_many yields every good file in order and records each bad one by path."""
    order, bad = _batch_files(tmp_path / "in")
    run = policydocs.extract_many(order, jobs=jobs)
    docs = list(run)
    assert [d.id for d in docs] == ["good0", "good1", "good2"]
    assert [e.path for e in run.errors] == [str(p) for p in order if str(p) in bad]
    for error in run.errors:
        assert error.kind == "input"
        assert bad[error.path] in str(error), str(error)


def test_cli_batch_names_bad_files_and_writes_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI writes every good document, names every bad file on stderr, exits 1."""
    order, bad = _batch_files(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code = main(["extract", *map(str, order), "--format", "jsonl", "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["good0", "good1", "good2"]
    for path in bad:
        if not Path(path).is_dir():  # the CLI searches a folder; empty is no error
            assert path in err


# --- CLI output is atomic: old or complete, never partial ---


def _slow_run(corpus_dir: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    """Start a slowed extract run into ``out`` and wait until it has begun writing."""
    proc = subprocess.Popen(  # noqa: S603 - this interpreter, a fixed script
        [
            *slow_cli(0.03, "extract", str(corpus_dir), "-q"),
            *("--format", "jsonl", "-o", str(out), *extra),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    pattern = f".{out.name}.*.tmp"
    while not list(out.parent.glob(pattern)) and time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        time.sleep(0.02)
    time.sleep(0.2)  # some records written to the temporary file
    assert proc.poll() is None, "the run ended before it could be interrupted"
    return proc


def _make_corpus(root: Path, n: int) -> None:
    root.mkdir()
    for i in range(n):
        (root / f"d{i:03}.txt").write_text(
            f"date 2026-03-06 Exports rose {i} percent, the ministry said.\n"
        )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 128 + signal.SIGTERM)]
)
def test_interrupted_run_keeps_the_old_output(
    tmp_path: Path, sig: signal.Signals, code: int
) -> None:
    """Ctrl-C or SIGTERM mid-run leaves the previous output intact and no temp file."""
    _make_corpus(tmp_path / "c", 300)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    proc = _slow_run(tmp_path / "c", out)
    proc.send_signal(sig)
    proc.communicate(timeout=60)
    assert proc.returncode == code
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "out.jsonl"]


@pytest.mark.slow
def test_killed_run_never_exposes_a_partial_output(tmp_path: Path) -> None:
    """Even SIGKILL (no clean-up possible) never leaves a partial file at the output."""
    _make_corpus(tmp_path / "c", 300)
    out = tmp_path / "out.jsonl"
    proc = _slow_run(tmp_path / "c", out)
    proc.kill()
    proc.communicate(timeout=60)
    assert not out.exists()
    # Only the hidden temporary file may remain; it never has the output's name.
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "c"]
    assert all(name.startswith(".out.jsonl.") for name in leftovers), leftovers


def test_write_error_mid_output_keeps_the_old_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A disk error after some records leaves the old output and no temporary file."""
    from policydocs import _cli

    _make_corpus(tmp_path / "c", 5)
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n")
    real = _cli._WRITERS["jsonl"]

    def failing(docs: object, fh: io.TextIOBase, **kwargs: object) -> None:
        class Full(io.StringIO):
            def write(self, s: str) -> int:
                if self.tell() > 100:
                    raise OSError(28, "No space left on device")
                fh.write(s)
                return super().write(s)

        real(docs, Full(), **kwargs)

    monkeypatch.setitem(_cli._WRITERS, "jsonl", failing)
    code = main(["extract", str(tmp_path / "c"), "--format", "jsonl", "-o", str(out)])
    assert 1 == code
    assert f"policydocs: cannot write {out}: No space left on device\n" in (
        capsys.readouterr().err
    )
    assert out.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "out.jsonl"]


def test_completed_run_output_has_every_document(tmp_path: Path) -> None:
    """A finished -o run holds one record per input file, all loadable."""
    _make_corpus(tmp_path / "c", 7)
    out = tmp_path / "out.jsonl"
    assert (
        main(["extract", str(tmp_path / "c"), "--format", "jsonl", "-o", str(out)]) == 0
    )
    assert len(list(policydocs.load_jsonl(out))) == 7


def _processes_mentioning(marker: str) -> list[int]:
    """Process ids whose command line contains ``marker`` (Linux /proc)."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline:
                pids.append(int(entry.name))
    return pids


def _run_with_workers(
    tmp_path: Path,
) -> tuple[subprocess.Popen[bytes], Path, list[int]]:
    """A slowed `extract --jobs 2` run under way: the process, its output, workers."""
    _make_corpus(tmp_path / "c", 300)
    out = tmp_path / "out.jsonl"
    proc = _slow_run(tmp_path / "c", out, "--jobs", "2")
    return proc, out, [p for p in _processes_mentioning(str(out)) if p != proc.pid]


def _workers_left(workers: list[int], marker: str) -> list[int]:
    """The ``workers`` still alive after up to 10 s; killed, whatever the verdict."""
    import os

    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in _processes_mentioning(marker) if p in workers]
    for pid in alive:  # never leave them behind
        os.kill(pid, signal.SIGKILL)
    return alive


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    """After SIGKILL of `extract --jobs 2`, its worker processes exit too."""
    proc, out, workers = _run_with_workers(tmp_path)
    proc.kill()
    proc.wait(timeout=30)
    alive = _workers_left(workers, str(out))
    if proc.stderr is not None:
        proc.stderr.close()
    assert workers, "the run started no worker process"
    assert alive == []


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_ctrl_c_twice_with_workers_ends_at_once_leaving_nothing(tmp_path: Path) -> None:
    """Two Ctrl-C during `extract --jobs 2`: exit 130, no temp file, no worker left."""
    proc, out, workers = _run_with_workers(tmp_path)
    proc.send_signal(signal.SIGINT)
    time.sleep(0.05)
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    alive = _workers_left(workers, str(out))
    assert (130, [], ["c"]) == (
        proc.returncode,
        alive,
        sorted(p.name for p in tmp_path.iterdir()),
    )
    # A Ctrl-C that lands in a callback whose errors Python swallows may
    # print "Exception ignored in ..."; never the atexit hang's traceback.
    assert ("atexit" in err.decode(), True) == (
        False,
        err.decode().endswith("policydocs: interrupted\n"),
    )
