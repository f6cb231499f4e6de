"""The rule catalogue: declared once, documented, used by constant, each rule firing."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

import policydocs
from policydocs._extract import _rules
from policydocs._extract._frames import Frame
from policydocs._extract._rules import CATALOGUE, SIGN, Rule, render_markdown

ROOT = Path(__file__).resolve().parents[2]
STAGES = ROOT / "src" / "policydocs" / "_extract"
#: String literals equal to a rule name that mean something else where they
#: stand: a unit ("rank"), a state of the number-word reader ("unit"), a
#: column of irregular_verbs.tsv ("participle").
NOT_RULES = {
    ("_metrics.py", "rank"),
    ("_metric_kinds.py", "rank"),
    ("_numbers.py", "rank"),
    ("_numbers.py", "unit"),
    ("_number_reader.py", "unit"),
    ("_lexicon.py", "participle"),
}


def _atoms(rule: str, kind: str) -> list[str]:
    """The catalogue names a stored ``rule`` is made of (``sign:fell`` is ``sign``)."""
    parts = rule.split("+") if kind == "metric" else [rule]
    return [SIGN if p.startswith(f"{SIGN}:") else p for p in parts]


def _fired(doc: policydocs.Document, kind: str) -> list[str]:
    items = {"statement": doc.statements, "directive": doc.directives}.get(
        kind, doc.metrics
    )
    return [atom for item in items for atom in _atoms(item.rule, kind)]


@pytest.mark.parametrize("rule", list(CATALOGUE.values()), ids=list(CATALOGUE))
def test_each_rule_fires_on_its_example(rule: Rule) -> None:
    """Parsing a rule's example sentence gives an item of its kind carrying it."""
    doc = policydocs.parse(rule.example, published=dt.date(2026, 3, 6))
    assert rule.name in _fired(doc, rule.kind)


def test_docs_page_is_generated_from_the_catalogue() -> None:
    """docs/rules.md is what bench/rules_doc.py writes from the catalogue."""
    assert render_markdown() == (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")


def test_every_rule_the_gold_documents_carry_is_catalogued() -> None:
    """No gold or seed document's item carries a rule the catalogue lacks."""
    paths = sorted((ROOT / "tests" / "gold").rglob("*.txt"))
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    unknown = set()
    for path in paths:
        doc = policydocs.read(path)
        for kind in ("statement", "directive", "metric"):
            unknown |= {atom for atom in _fired(doc, kind) if atom not in CATALOGUE}
    assert set() == unknown


def test_stages_name_rules_by_constant() -> None:
    """No stage spells a rule name as a literal: each comes from the catalogue."""
    spelled = [
        f"{path.name}:{node.lineno}: {node.value!r}"
        for path in sorted(STAGES.glob("_*.py"))
        if path.name not in {"_rules.py", "_frames.py"}
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant)
        and node.value in CATALOGUE
        and (path.name, node.value) not in NOT_RULES
    ]
    assert [] == spelled


def test_a_frame_without_a_rule_is_refused() -> None:
    """Only frames with a catalogued rule name a directive's rule themselves."""
    assert "commit-verb" == _rules.for_frame(Frame.COMMIT_VERB)
    with pytest.raises(LookupError, match="actor-modal"):
        _rules.for_frame(Frame.ACTOR_MODAL)


def test_a_rule_is_declared_once() -> None:
    """Declaring a name twice is an error."""
    with pytest.raises(ValueError, match="declared twice"):
        _rules._declare("modal", "directive", "again", "Banks must lend.")
    assert "sign:fell" == _rules.sign("fell")
