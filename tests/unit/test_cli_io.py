"""The CLI's files: -o safety, standard streams, folders, FIFOs, formats it reads."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import policydocs
from policydocs import _output
from policydocs._cli import main

TEXT = "date 2026-03-06 Exports rose 5 percent, the ministry said.\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def doc_file(tmp_path: Path) -> Path:
    path = tmp_path / "in.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# --- 1. -o safety ---


def test_output_dash_is_stdout(doc_file, tmp_path, capsys, monkeypatch):
    """`-o -` writes to standard output and creates no file named `-`."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "extract", str(doc_file), "-o", "-")
    assert (0, "2026-03-06", False) == (
        code,
        json.loads(out)["published"],
        (tmp_path / "-").exists(),
    )


def test_input_dash_is_stdin(capsys, monkeypatch):
    """`-` as an input reads standard input, as text or JSON."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode())))
    code, out, _ = run(capsys, "extract", "-")
    assert (0, "2026-03-06") == (code, json.loads(out)["published"])


def test_input_dash_twice_is_a_usage_error(capsys):
    """Standard input can be read once: naming it twice exits 2."""
    code, _, err = run(capsys, "extract", "-", "-")
    assert (2, True) == (code, "standard input" in err)


def test_output_through_a_symlink_replaces_its_target(doc_file, tmp_path, capsys):
    """`-o link` writes the link's target and keeps the link a link."""
    target = tmp_path / "real.json"
    target.write_text("old\n")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    code, _, _ = run(capsys, "extract", str(doc_file), "-o", str(link))
    assert (0, True, "2026-03-06") == (
        code,
        link.is_symlink(),
        json.loads(target.read_text())["published"],
    )


def test_output_to_a_device_is_written_through(doc_file, capsys):
    """`-o /dev/null` writes through the device and leaves it a device."""
    code, _, _ = run(capsys, "extract", str(doc_file), "-o", os.devnull)
    assert (0, True) == (code, stat.S_ISCHR(Path(os.devnull).stat().st_mode))


def test_output_to_a_fifo_is_written_through(doc_file, tmp_path, capsys):
    """`-o fifo` writes into the FIFO (a reader gets the JSON); it stays a FIFO."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, _, _ = run(capsys, "extract", str(doc_file), "-o", str(fifo))
    reader.join(timeout=60)
    assert (0, True, "2026-03-06") == (
        code,
        stat.S_ISFIFO(fifo.stat().st_mode),
        json.loads(got[0])["published"],
    )


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)])
def test_new_output_gets_0666_less_the_umask(doc_file, tmp_path, capsys, umask, mode):
    """A new output file is created 0666 & ~umask, as `>` would create it."""
    out = tmp_path / "new.json"
    previous = os.umask(umask)
    try:
        code, _, _ = run(capsys, "extract", str(doc_file), "-o", str(out))
    finally:
        os.umask(previous)
    assert (0, mode) == (code, stat.S_IMODE(out.stat().st_mode))


def test_existing_output_keeps_its_mode(doc_file, tmp_path, capsys):
    """Replacing an existing 0640 file keeps it 0640."""
    out = tmp_path / "old.json"
    out.write_text("old\n")
    out.chmod(0o640)
    code, _, _ = run(capsys, "extract", str(doc_file), "-o", str(out))
    assert (0, 0o640) == (code, stat.S_IMODE(out.stat().st_mode))


@pytest.mark.parametrize(
    ("name", "reason"),
    [("nodir/x.json", "No such file or directory"), ("adir", "Is a directory")],
)
def test_unwritable_output_is_one_line_and_exit_1(
    doc_file, tmp_path, capsys, *, monkeypatch, name, reason
):
    """A missing folder or a folder as output: one line naming it, exit 1."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "adir").mkdir()
    code, _, err = run(capsys, "extract", str(doc_file), "-o", name)
    assert (1, f"policydocs: cannot write {name}: {reason}\n") == (code, err)
    assert ["adir", "in.txt"] == sorted(p.name for p in tmp_path.iterdir())


def test_write_atomic_syncs_data_before_the_rename_and_the_folder_after(
    tmp_path, monkeypatch
):
    """The file's data is fsynced, then renamed, then its folder fsynced."""
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync")
        real_fsync(fd)

    def replace(src, dst) -> None:
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    _output.write_atomic(tmp_path / "x.txt", lambda fh: fh.write("x"))
    assert ["fsync", "rename", "fsync-dir"] == events


def test_output_naming_an_input_is_refused(doc_file, capsys):
    """`-o` naming one of the inputs exits 2 and leaves the input untouched."""
    code, _, err = run(capsys, "extract", str(doc_file.parent), "-o", str(doc_file))
    assert (2, TEXT, True) == (
        code,
        doc_file.read_text(encoding="utf-8"),
        "is also an input" in err,
    )


# --- issue 18: inputs that hang or vanish ---


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_fifo_given_by_name_is_refused_not_read(tmp_path, command):
    """A FIFO named on the command line is refused at once (it would block)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = subprocess.run(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "policydocs", command, str(fifo)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    assert (1, True) == (proc.returncode, "not a regular file" in proc.stderr)


def _walk_denying(monkeypatch, denied: Path) -> None:
    """Make os.walk meet a PermissionError on ``denied`` (root ignores chmod)."""
    real = os.scandir

    def scandir(path=".") -> object:
        if Path(path) == denied:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("command", ["extract", "validate"])
def test_unreadable_subfolder_is_named_with_exit_1(
    tmp_path, capsys, monkeypatch, command
):
    """A subfolder that cannot be listed is named with the reason; exit 1."""
    (tmp_path / "c" / "locked").mkdir(parents=True)
    (tmp_path / "c" / "a.txt").write_text(TEXT)
    _walk_denying(monkeypatch, tmp_path / "c" / "locked")
    code, _, err = run(capsys, command, str(tmp_path / "c"))
    expected = f"{tmp_path / 'c' / 'locked'}: cannot read folder: Permission denied"
    assert (1, True) == (code, expected in err.splitlines())


def test_unreadable_top_folder_is_named_not_no_input(tmp_path, capsys, monkeypatch):
    """A top folder without permission is named with the reason, exit 1."""
    (tmp_path / "c").mkdir()
    _walk_denying(monkeypatch, tmp_path / "c")
    code, _, err = run(capsys, "extract", str(tmp_path / "c"))
    expected = f"{tmp_path / 'c'}: cannot read folder: Permission denied"
    assert (1, expected) == (code, err.splitlines()[0])


def test_escape_sequences_in_file_names_are_escaped(tmp_path, capsys):
    """A file name with ESC is printed escaped by validate, never raw."""
    path = tmp_path / "x\x1b[2Jy.txt"
    path.write_text(TEXT)
    code, out, _ = run(capsys, "validate", str(path))
    assert (0, False, True) == (code, "\x1b" in out, "x\\x1b[2Jy.txt: ok" in out)


def test_parse_error_escapes_its_snippet_and_keeps_the_caret_under_it():
    """str(ParseError) escapes ESC in its snippet; the caret stays under the value."""
    exc = policydocs.ParseError(
        "bad", source="f\x1b", line=1, col=3, span=(2, 4), snippet="\x1b!ab"
    )
    assert "f\\x1b:1:3: bad\n    \\x1b!ab\n         ^^" == str(exc)


def test_escape_sequences_in_parse_error_snippets_are_escaped(tmp_path, capsys):
    """A bad header whose line holds ESC shows the snippet escaped."""
    path = tmp_path / "bad.txt"
    path.write_text("Title: \x1b[31mred\nDate: 2026-02-30\x1b[0m\n\nBody.")
    code, _, err = run(capsys, "validate", str(path))
    assert (1, False) == (code, "\x1b" in err)


# --- 2. reads what it writes ---


def _corpus(root: Path) -> Path:
    (root / "c" / "a").mkdir(parents=True)
    (root / "c" / "b").mkdir()
    (root / "c" / "a" / "report.txt").write_text(TEXT)
    (root / "c" / "b" / "report.txt").write_text(TEXT.replace("5", "7"))
    return root / "c"


def test_jsonl_output_validates_and_extracts_again(tmp_path, capsys):
    """extract DIR --format jsonl -o all.jsonl, then validate and extract it."""
    out = tmp_path / "all.jsonl"
    folder = _corpus(tmp_path)
    argv = ("extract", str(folder), "--format", "jsonl", "-o", str(out))
    assert 0 == run(capsys, *argv)[0]
    code, ok, _ = run(capsys, "validate", str(out))
    assert (0, f"{out}: ok (2 documents)\n") == (code, ok)
    code, summary, _ = run(capsys, "extract", str(out), "--format", "summary")
    assert (0, ["a/report", "b/report"]) == (
        code,
        [line.split(" ")[0] for line in summary.splitlines()],
    )


def test_folder_walk_reads_jsonl(tmp_path, capsys):
    """A folder's *.jsonl files are read, one document a line."""
    folder = _corpus(tmp_path)
    run(capsys, "extract", str(folder), "--format", "jsonl", "-o", str(tmp_path / "x"))
    (folder / "a" / "report.txt").unlink()
    (folder / "b" / "report.txt").unlink()
    (tmp_path / "x").rename(folder / "all.jsonl")
    code, out, _ = run(capsys, "extract", str(folder), "--format", "jsonl")
    assert (0, 2) == (code, len(out.splitlines()))


def test_json_array_output_is_read_as_documents(tmp_path, capsys):
    """The array that --format json writes for two files reads back as two documents."""
    out = tmp_path / "multi.json"
    run(capsys, "extract", str(_corpus(tmp_path)), "-o", str(out))
    code, summary, _ = run(capsys, "extract", str(out), "--format", "summary")
    assert (0, 2, "0 directives") == (
        code,
        len(summary.splitlines()),
        summary.splitlines()[0].split(", ")[-2],
    )


@pytest.mark.parametrize("name", ["numbers.json", "numbers.txt"])
def test_json_that_is_not_a_document_is_an_error(tmp_path, capsys, name):
    """`[1, 2]` is an error naming each bad item, never a text, in .json or .txt."""
    path = tmp_path / name
    path.write_text("[1, 2]")
    code, _, err = run(capsys, "validate", str(path))
    assert (1, True, True) == (code, "$[0]" in err, "$[1]" in err)


def test_jsonl_errors_name_the_line(tmp_path, capsys):
    """A bad line of a .jsonl file is named; the good lines are still read."""
    good = policydocs.dumps(policydocs.parse(TEXT, id="d1"))
    path = tmp_path / "x.jsonl"
    path.write_text(f"{good}\n{{oops\n")
    code, out, err = run(capsys, "extract", str(path), "--format", "jsonl")
    assert (1, 1, True) == (code, len(out.splitlines()), f"{path}: line 2:" in err)


def test_bracketed_text_stays_text(tmp_path, capsys):
    """A text that opens with `[Draft]` is not JSON."""
    path = tmp_path / "draft.txt"
    path.write_text("[Draft] Exports rose 5 percent.")
    code, out, _ = run(capsys, "extract", str(path))
    assert (0, "[Draft] Exports rose 5 percent.") == (code, json.loads(out)["text"])


# --- 3. ids ---


def test_ids_come_from_the_path_below_the_folder(tmp_path, capsys):
    """a/report.txt and b/report.txt get ids a/report and b/report."""
    code, out, _ = run(capsys, "extract", str(_corpus(tmp_path)), "--format", "jsonl")
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert (0, ["a/report", "b/report"]) == (code, ids)


def test_duplicate_ids_are_refused(tmp_path, capsys):
    """Two folders each holding report.txt: the second is left out, named, exit 1."""
    folder = _corpus(tmp_path)
    code, out, err = run(
        capsys, "extract", str(folder / "a"), str(folder / "b"), "--format", "jsonl"
    )
    assert (1, 1, True) == (
        code,
        len(out.splitlines()),
        "duplicate document id 'report'" in err,
    )


# --- 6. what users expect of a CLI ---


def test_version_prints_the_package_version(capsys):
    """`policydocs --version` prints the version and exits 0."""
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert (0, f"policydocs {policydocs.__version__}\n") == (
        info.value.code,
        capsys.readouterr().out,
    )


def test_bare_command_prints_help(capsys):
    """`policydocs` alone prints the help with the subcommands and exits 0."""
    code, out, _ = run(capsys)
    assert (0, True, True) == (
        code,
        out.startswith("usage: policydocs"),
        "extract" in out,
    )


@pytest.mark.parametrize("command", ["extract", "validate", "schema"])
def test_every_subcommand_help_states_exit_codes(capsys, command):
    """Each subcommand's --help ends with its exit codes."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "exit codes: 0 success; 1 invalid input or output" in out


@pytest.mark.parametrize(
    ("flag", "indent"), [(("--pretty",), 2), (("--indent", "4"), 4)]
)
def test_indent_and_pretty_indent_json(doc_file, capsys, flag, indent):
    """--pretty and --indent N indent the JSON, which still loads."""
    code, out, _ = run(capsys, "extract", str(doc_file), *flag)
    assert (0, " " * indent + '"actors": [') == (code, out.splitlines()[1])
    assert "2026-03-06" == policydocs.loads(out).published.isoformat()


@pytest.mark.parametrize(
    "argv",
    [("--table", "metrics"), ("--format", "jsonl", "--pretty")],
)
def test_options_that_do_not_apply_are_errors(doc_file, capsys, argv):
    """--table without --format csv, --pretty without json: exit 2, not ignored."""
    code, out, err = run(capsys, "extract", str(doc_file), *argv)
    assert (2, "") == (code, out)
    assert "need" in err


def test_one_jsonl_input_of_several_documents_gives_a_json_array(tmp_path, capsys):
    """`extract all.jsonl` (--format json) writes an array, valid JSON, not lines."""
    out = tmp_path / "all.jsonl"
    run(capsys, "extract", str(_corpus(tmp_path)), "--format", "jsonl", "-o", str(out))
    code, text, _ = run(capsys, "extract", str(out))
    assert (0, ["a/report", "b/report"]) == (code, [d["id"] for d in json.loads(text)])


@pytest.mark.parametrize(
    ("signum", "error"),
    [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, SystemExit)],
)
def test_a_swallowed_signal_is_raised_again_until_clean_up(signum, error):
    """A signal whose exception a callback swallowed is raised at the next check."""
    from policydocs._cli import _Interrupts

    interrupts = _Interrupts()
    with contextlib.suppress(error):
        interrupts.handler(signum, None)  # as if raised inside a swallowing __del__
    with pytest.raises(error):
        interrupts.check()
    interrupts.cleaning = True
    interrupts.handler(signum, None)
    interrupts.check()  # during clean-up: nothing raised
