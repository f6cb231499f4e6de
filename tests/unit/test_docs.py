"""docs/walkthrough.md runs: its pycon blocks are doctests in one namespace."""

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
