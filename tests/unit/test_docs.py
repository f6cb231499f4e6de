"""Every example in docs/ runs: walkthrough pages as doctests, then every page."""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
WALKTHROUGH = REPO / "docs" / "walkthrough.md"
# A fenced pycon block, with an optional `requires=extra` on its fence line.
FENCE = re.compile(
    r"^```pycon(?P<info>[^\n]{0,200})\n(?P<body>.*?)^```$", re.MULTILINE | re.DOTALL
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _blocks(path: Path) -> list[tuple[int, str, str | None]]:
    text = path.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        req = re.search(r"requires=(\w+)", m.group("info"))
        out.append(
            (text.count("\n", 0, m.start()) + 1, m.group("body"), req and req.group(1))
        )
    return out


@pytest.mark.parametrize("page", [WALKTHROUGH, REPO / "docs" / "compare.md"])
def test_walkthrough_runs(monkeypatch, page):
    """Every pycon block of a walkthrough page gives the output the page shows."""
    monkeypatch.chdir(REPO)
    blocks = _blocks(page)
    assert len(blocks) >= 5
    globs: dict[str, object] = {}
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    skipped = []
    for lineno, body, requires in blocks:
        if requires is not None and importlib.util.find_spec(requires) is None:
            skipped.append(requires)
            continue
        test = parser.get_doctest(
            body, globs, f"{page.name}:{lineno}", str(page), lineno
        )
        runner.run(test, clear_globs=False)
        globs.update(test.globs)  # DocTest copies its globs; carry names forward
    result = runner.summarize(verbose=False)
    assert result.failed == 0, (
        f"{result.failed} example(s) failed; see the output above"
    )
    assert result.attempted > 10
    if skipped:
        pytest.skip(
            f"blocks needing {sorted(set(skipped))} not run (extras not installed)"
        )


# --- every other example on every page --------------------------------------

DOCS = REPO / "docs"
# Pages whose pycon blocks test_walkthrough_runs already runs.
WALKTHROUGHS = {"walkthrough.md", "compare.md"}
ANY_FENCE = re.compile(
    r"^```(?P<lang>[\w-]*)(?P<info>[^\n]{0,200})\n(?P<body>.*?)^```$",
    re.MULTILINE | re.DOTALL,
)
# Blocks that can't run here, by page and the start of their first line, with
# the reason. A block whose first line changes runs again.
NOT_RUN = {
    ("corpora.md", "import policydocs.dask as pdd"): "needs a cluster and S3",
    ("strategies.md", "@attrs.frozen"): "uses attrs without importing it",
    ("validation.md", "$ policydocs validate baddate.txt"): "inputs not shown",
    ("evaluate.md", "$ policydocs evaluate my-gold"): "inputs not shown",
    ("compare.md", "policydocs diff "): "the CLI has no diff command yet",
    ("compare.md", "policydocs series "): "the CLI has no series command yet",
}


def _not_run(page: str, first: str) -> bool:
    return any(page == p and first.startswith(start) for p, start in NOT_RUN)


DEVELOPER_COMMANDS = ("pytest", "python", ".venv/", "HYPOTHESIS_PROFILE", "for ", ">")


def _page_blocks(page: Path) -> list[tuple[int, str, str, str, bool]]:
    """(line, language, fence info, body, right after the previous block)."""
    text = page.read_text(encoding="utf-8")
    out, end = [], -1
    for m in ANY_FENCE.finditer(text):
        adjacent = end >= 0 and not text[end : m.start()].strip()
        line = text.count("\n", 0, m.start()) + 1
        out.append((line, m["lang"], m["info"], m["body"], adjacent))
        end = m.end()
    return out


def _scratch(tmp_path: Path) -> dict[str, object]:
    """A folder with the files the pages name, and the names they assume."""
    import policydocs

    for name in ("seeds", "tests", "docs", "bench"):
        (tmp_path / name).symlink_to(REPO / name)
    for example in (DOCS / "examples").glob("*.txt"):
        (tmp_path / example.name).write_bytes(example.read_bytes())
    paths = [
        str(p)
        for p in [
            *sorted(REPO.glob("seeds/*.txt")),
            *sorted(REPO.glob("tests/gold/dev/*.txt")),
        ]
    ][:2]
    corpus = tmp_path / "corpus"
    (tmp_path / "more").mkdir()
    corpus.mkdir()
    for i, path in enumerate(paths):
        data = Path(path).read_bytes()
        for target in (corpus / f"{i}.txt", tmp_path / "more" / f"{i}.txt"):
            target.write_bytes(data)
        (tmp_path / f"{'ab'[i]}.txt").write_bytes(data)
    docs = [policydocs.read(p) for p in paths]
    with (tmp_path / "docs.jsonl").open("w", encoding="utf-8") as fh:
        policydocs.dump_jsonl(docs, fh)
    return {
        "policydocs": policydocs,
        "paths": paths,
        "docs": docs,
        "doc": docs[0],
        "other": docs[1],
    }


def _run_cli(command: str) -> tuple[int, str]:
    """Run one `policydocs ...` command line in process; return code and output."""
    import contextlib
    import io
    import shlex

    from policydocs._cli import main

    argv = shlex.split(command.split("  #", 1)[0])[1:]
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's usage errors
            code = int(exc.code or 0)
    return code, out.getvalue()


def _same(expected: str, got: str) -> bool:
    checker = doctest.OutputChecker()
    return checker.check_output(expected.strip() + "\n", got.strip() + "\n", FLAGS)


def _shell(body: str, prompt: bool) -> list[str]:
    """Check a shell transcript: `cat` writes files, `policydocs` runs."""
    failures = []
    lines = body.splitlines()
    i, code = 0, 0
    while i < len(lines):
        command = lines[i].removeprefix("$ ") if prompt else lines[i]
        i += 1
        shown = []
        while prompt and i < len(lines) and not lines[i].startswith("$ "):
            shown.append(lines[i])
            i += 1
        if prompt and not lines[i - len(shown) - 1].startswith("$ "):
            continue
        if command.startswith("cat "):
            Path(command[4:].strip()).write_text("\n".join(shown) + "\n")
        elif command.startswith("echo $?"):
            if shown != [str(code)]:
                failures.append(f"{command}: expected {shown}, got {code}")
        elif command.startswith("policydocs "):
            code, out = _run_cli(command)
            want = "\n".join(shown)
            if shown and shown[0] == "...":
                want += "\n..."  # an excerpt: the lines shown, in order
            if shown and not _same(want, out):
                failures.append(f"{command}: expected\n{want}\ngot\n{out}")
            if not shown and code != 0:
                failures.append(f"{command}: exit {code}\n{out}")
        elif command and not command.startswith(("#", *DEVELOPER_COMMANDS)):
            failures.append(f"{command}: not a command this test knows")
    return failures


def _transcript(body: str, globs: dict[str, object]) -> list[str]:
    """Check `>>>` lines shown in a text block: each gives the text under it."""
    failures = []
    for m in re.finditer(
        r"^>>> (?P<src>.*)\n(?P<want>(?:(?!>>>).+\n?)*)", body, re.MULTILINE
    ):
        if "..." in m["src"]:
            continue  # an input elided on purpose, and shown to be
        code = compile(m["src"], "<docs>", "eval")
        try:
            got = repr(eval(code, globs))  # noqa: S307 - the docs' own examples
        except Exception as exc:  # noqa: BLE001 - the example shows the error
            got = f"{type(exc).__name__}: {exc}"
            if not _same(m["want"], got):
                got = str(exc)
        if not _same(m["want"], got):
            failures.append(f">>> {m['src']}\nexpected\n{m['want']}got\n{got}")
    return failures


def _json(body: str) -> list[str]:
    """A JSON block parses; one shown as a document loads as one."""
    import json

    import policydocs

    try:
        data = json.loads(body)
    except ValueError as exc:
        return [f"not JSON: {exc}"]
    if isinstance(data, dict) and data.get("schema") == policydocs.SCHEMA:
        try:
            policydocs.loads(body)
        except policydocs.PolicyDocsError as exc:
            return [f"does not load: {exc}"]
    return []


def _python(body: str, globs: dict[str, object]) -> str:
    """Run a python block in the page's namespace; return what it printed."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(body, "<docs>", "exec"), globs)  # noqa: S102 - the docs' code
    return out.getvalue()


def _doctest(body: str, globs: dict[str, object], where: str) -> list[str]:
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    test = parser.get_doctest(body, globs, where, where, 0)
    runner.run(test, clear_globs=False)
    globs.update(test.globs)
    return [where] * runner.summarize(verbose=False).failed


@pytest.mark.parametrize("page", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_every_example_on_the_page_runs(monkeypatch, tmp_path, page):
    """Each code block runs: pycon and python blocks, transcripts, CLI calls."""
    import datetime as dt
    import math

    import attrs

    import policydocs

    monkeypatch.chdir(tmp_path)
    globs = _scratch(tmp_path)
    failures: list[str] = []
    previous = None
    for lineno, lang, info, body, adjacent in _page_blocks(page):
        where = f"{page.name}:{lineno}"
        first = body.strip().splitlines()[0] if body.strip() else ""
        requires = re.search(r"requires=(\w+)", info)
        if _not_run(page.name, first) or (
            requires and importlib.util.find_spec(requires[1]) is None
        ):
            previous = None
            continue
        if lang == "pycon" and page.name not in WALKTHROUGHS:
            failures += _doctest(body, globs, where)
        elif lang == "python":
            try:
                previous = _python(body, globs)
            except Exception as exc:  # noqa: BLE001 - report every block at once
                failures.append(f"{where}: {type(exc).__name__}: {exc}")
            continue
        elif lang == "json":
            failures += [f"{where}: {f}" for f in _json(body)]
        elif lang in {"console", "sh"}:
            failures += [f"{where}: {f}" for f in _shell(body, lang == "console")]
        elif lang == "text" and previous is not None and adjacent:
            if not _same(body, previous):
                failures.append(f"{where}: printed\n{previous}")
        elif lang == "text" and body.lstrip().startswith((">>>", "$ ")):
            context = {
                **globs,
                **vars(policydocs),
                "dt": dt,
                "math": math,
                "attrs": attrs,
                "s": policydocs.Span(start=0, end=0),
            }
            if body.lstrip().startswith(">>>"):
                failures += [f"{where}: {f}" for f in _transcript(body, context)]
            else:
                failures += [f"{where}: {f}" for f in _shell(body, prompt=True)]
        previous = None
    assert not failures, "\n\n".join(failures)
