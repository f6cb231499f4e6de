"""The deontic sentence sets under tests/gold/deontic/ are well-formed.

``bench/deontic.py`` locates every gold entry by searching its trigger and
action in the sentence, so a typo would turn into a silent miss. These checks
read the files only; they never run the extractor.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

GOLD = Path(__file__).resolve().parents[1] / "gold" / "deontic"
SETS = ("rules.jsonl", "demands.jsonl", "statutes.jsonl")
FORCES = {
    "obligation",
    "recommendation",
    "commitment",
    "demand",
    "permission",
    "encouragement",
}
ROW_KEYS = {"id", "source", "text", "deontic"}
ENTRY_KEYS = {"trigger", "force", "negated", "addressee", "action"}


def _rows(name: str) -> list[dict[str, Any]]:
    with (GOLD / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


@pytest.mark.parametrize("name", SETS)
def test_rows_have_the_documented_keys(name: str) -> None:
    """Every line is one object with exactly id, source, text and deontic."""
    bad = [row.get("id") for row in _rows(name) if set(row) != ROW_KEYS]
    assert [] == bad


@pytest.mark.parametrize("name", SETS)
def test_ids_are_unique(name: str) -> None:
    """No id repeats within a set."""
    ids = [row["id"] for row in _rows(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", SETS)
def test_entries_use_the_contract_vocabulary(name: str) -> None:
    """Entries carry the five keys, a contract force and a boolean negation."""
    bad = [
        (row["id"], entry)
        for row in _rows(name)
        for entry in row["deontic"]
        if set(entry) != ENTRY_KEYS
        or entry["force"] not in FORCES
        or not isinstance(entry["negated"], bool)
        or not (entry["addressee"] is None or isinstance(entry["addressee"], str))
    ]
    assert [] == bad


@pytest.mark.parametrize("name", SETS)
def test_triggers_actions_and_addressees_are_in_the_text(name: str) -> None:
    """Trigger, action and addressee are non-empty substrings of the sentence."""
    bad = [
        (row["id"], key)
        for row in _rows(name)
        for entry in row["deontic"]
        for key in ("trigger", "action", "addressee")
        if entry[key] is not None
        and (not entry[key].strip() or entry[key] not in row["text"])
    ]
    assert [] == bad


@pytest.mark.parametrize("name", SETS)
def test_texts_are_single_unpadded_lines(name: str) -> None:
    """Sentences hold no line break and no leading or trailing space."""
    bad = [
        row["id"]
        for row in _rows(name)
        if "\n" in row["text"] or row["text"] != row["text"].strip()
    ]
    assert [] == bad


def test_sets_meet_the_sizes_the_issue_asks_for() -> None:
    """At least 250 rule sentences, 80 demand sentences and 40 without a demand."""
    rules = _rows("rules.jsonl")
    demands = _rows("demands.jsonl")
    sizes = (
        len(rules) >= 250,
        sum(1 for r in demands if r["deontic"]) >= 80,
        sum(1 for r in demands if not r["deontic"]) >= 40,
    )
    assert (True, True, True) == sizes


def test_every_source_is_in_the_manifest() -> None:
    """Each sentence's source document has a manifest row with a licence."""
    with (GOLD / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    listed = {row["source"] for row in rows if row["licence"].strip()}
    used = {row["source"] for name in SETS for row in _rows(name)}
    assert set() == used - listed
