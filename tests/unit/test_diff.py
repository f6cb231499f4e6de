"""diff(): items aligned by meaning between two editions, changes named by field."""

from __future__ import annotations

import datetime as dt
import html.parser
import json
from pathlib import Path

import attrs
import pytest

import policydocs
from policydocs import Change, Directive, DocumentDiff, Force, SerializationError, Span

ROOT = Path(__file__).resolve().parents[2]
SEED = next((ROOT / "seeds").glob("*.txt"))

OLD = """Title: Report on the Work of the Government of Linhai Province (2025)
Date: 2025-01-20
Source: People's Government of Linhai Province

The main targets for development this year are: GDP growth of around 5.5 percent; \
a surveyed urban unemployment rate of around 5.5 percent.

Cities should expand credit to exporters. Port authorities should electrify berths \
at the three container terminals. We will build 20,000 units of affordable housing. \
County governments are encouraged to set up rural credit cooperatives.
"""

NEW = """Title: Report on the Work of the Government of Linhai Province (2026)
Date: 2026-01-21
Source: People's Government of Linhai Province

The main targets for development this year are: GDP growth of around 5 percent; \
a surveyed urban unemployment rate of around 5.5 percent.

Cities should further expand credit to exporters. Port authorities must electrify \
berths at all container terminals. We will build 20,000 units of affordable housing. \
Coal-fired boilers must not be installed in new industrial parks.
"""


@pytest.fixture(scope="module")
def editions() -> tuple[policydocs.Document, policydocs.Document]:
    return policydocs.parse(OLD), policydocs.parse(NEW)


def test_a_document_against_itself_has_no_change():
    """diff(d, d) is empty for the seed."""
    doc = policydocs.read(SEED)
    assert 0 == len(policydocs.diff(doc, doc))


def test_the_two_editions_give_the_expected_changes(editions):
    """Force strengthened, a target lowered, one directive dropped and one added."""
    old, new = editions
    got = [
        (c.kind, type(c.item).__name__, c.fields, c.notes())
        for c in policydocs.diff(old, new)
    ]
    assert [
        ("changed", "Directive", ("action", "force"), ("stronger",)),
        ("removed", "Directive", (), ()),
        ("added", "Directive", (), ()),
        ("changed", "Metric", ("value",), ("target lowered",)),
    ] == got


def test_a_reworded_action_is_one_directive(editions):
    """'expand credit' and 'further expand credit' align: never removed plus added."""
    old, new = editions
    d = policydocs.diff(old, new)
    touched = [c.item.action for c in d.directives]
    assert not any("credit to exporters" in action for action in touched)


def test_a_period_moved_with_the_edition_is_not_a_change(editions):
    """The unemployment target is 'this year' in both: same relative period."""
    old, new = editions
    metrics = policydocs.diff(old, new).metrics
    assert all("period" not in c.fields for c in metrics)
    assert 1 == len(metrics)


def test_the_mirror_diff_swaps_sides(editions):
    """diff(b, a) lists the same pairs with added and removed, old and new swapped."""
    old, new = editions
    forward, backward = policydocs.diff(old, new), policydocs.diff(new, old)
    swap = {"added": "removed", "removed": "added", "changed": "changed"}
    for kind in ("statements", "directives", "metrics"):
        mirrored = {
            (swap[c.kind], c.new_index, c.old_index, c.fields)
            for c in getattr(forward, kind)
        }
        assert mirrored == {
            (c.kind, c.old_index, c.new_index, c.fields)
            for c in getattr(backward, kind)
        }


def test_every_change_points_into_its_own_documents_text(editions):
    """Old items slice the old text and new items the new one."""
    old, new = editions
    for change in policydocs.diff(old, new):
        for item, doc in ((change.old, old), (change.new, new)):
            if isinstance(item, Directive):
                assert item.action == item.action_span.slice(doc.text)


def test_negation_and_addressee_changes_are_named():
    """A flipped negation and a new addressee show in fields and notes."""
    a = policydocs.parse("date 2025-01-01 Ports must cut fees for fishing boats.")
    b = policydocs.parse(
        "date 2026-01-01 Airports must not cut fees for fishing boats."
    )
    (change,) = policydocs.diff(a, b)
    assert ("addressee", "negated") == change.fields
    assert ("negation flipped", "addressee changed") == change.notes()


def test_summary_lines_read_like_the_issue(editions):
    """summary(): one line per change, with old → new values and a note."""
    old, new = editions
    lines = policydocs.diff(old, new).summary()
    assert lines[0].startswith("changed  directive force recommendation → obligation")
    assert "(stronger)" in lines[0]
    assert lines[-1].startswith("changed  metric    value 5.5 → 5 (target lowered)")


def test_json_round_trip_and_schema(editions):
    """to_json/from_json give an equal diff; the JSON validates against its schema."""
    jsonschema = pytest.importorskip("jsonschema")
    d = policydocs.diff(*editions)
    text = d.to_json()
    assert d == DocumentDiff.from_json(text)
    jsonschema.Draft202012Validator(DocumentDiff.json_schema()).validate(
        json.loads(text)
    )


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda raw: raw.update(schema="policydocs-diff/9"), "$.schema"),
        (
            lambda raw: raw["directives"][0].update(old_index=99),
            "$.directives[0].old_index",
        ),
        (
            lambda raw: raw["directives"][0].update(fields=["colour"]),
            "$.directives[0].fields",
        ),
        (lambda raw: raw["directives"][0].update(kind="added"), "$.directives[0].kind"),
        (lambda raw: raw.update(extra=1), "$.extra"),
    ],
)
def test_bad_diff_json_is_refused_with_its_path(editions, mutate, where):
    """A wrong tag, index, field name, kind or key is a SerializationError naming it."""
    raw = json.loads(policydocs.diff(*editions).to_json())
    mutate(raw)
    with pytest.raises(SerializationError) as info:
        DocumentDiff.from_json(json.dumps(raw))
    assert str(info.value).startswith(where)


def test_malformed_json_is_a_serialization_error():
    """Truncated JSON raises SerializationError, not a raw ValueError."""
    with pytest.raises(SerializationError):
        DocumentDiff.from_json('{"schema": ')


def test_change_sides_must_match_its_kind():
    """An 'added' change with an old item is refused (change-sides)."""
    d = Directive(action="x", action_span=Span(start=0, end=1), force=Force.OBLIGATION)
    with pytest.raises(policydocs.ValidationError) as info:
        Change(kind="added", old=d, old_index=0)
    assert "change-sides" == info.value.code


def test_a_change_must_point_at_its_documents_item(editions):
    """A diff whose index points at another item raises bad-reference."""
    old, new = editions
    d = policydocs.diff(old, new)
    wrong = attrs.evolve(d.directives[0], new_index=0)
    with pytest.raises(policydocs.ValidationError) as info:
        attrs.evolve(d, directives=(wrong, *d.directives[1:]))
    assert "bad-reference" == info.value.code


def test_table_and_frame_have_fixed_columns(editions):
    """table() gives one flat record per change; to_pandas keeps the columns."""
    d = policydocs.diff(*editions)
    rows = d.table()
    assert len(d) == len(rows)
    assert {"kind", "item", "fields", "notes", "old_start", "new_end"} <= set(rows[0])
    pd = pytest.importorskip("pandas")
    frame = d.to_pandas()
    assert isinstance(frame, pd.DataFrame)
    assert list(rows[0]) == list(frame.columns)


class _Balance(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        del attrs
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag


def test_html_view_is_well_formed_and_escaped():
    """Both panes render, hostile text is escaped, and tags balance."""
    a = policydocs.parse("date 2025-01-01 Ports should cut fees <script>x</script>.")
    b = policydocs.parse("date 2026-01-01 Ports must cut fees <script>x</script>.")
    page = policydocs.diff(a, b)._repr_html_()
    assert "<script>" not in page
    parser = _Balance()
    parser.feed(page)
    assert [] == parser.stack
    assert "directives[0]" in page


def test_diff_refuses_what_is_not_a_document():
    """diff() with a non-Document raises TypeError naming the argument."""
    doc = policydocs.parse("date 2026-01-01 Hi.")
    with pytest.raises(TypeError, match="expected new"):
        policydocs.diff(doc, "Hi.")  # type: ignore[arg-type]


def test_statements_align_by_speaker_and_content():
    """The same speaker's reworded statement is changed; another speaker's is new."""
    a = policydocs.parse(
        "date 2025-05-02 Minister Ana Lund said exports would grow this year."
    )
    b = policydocs.parse(
        "date 2025-05-09 Minister Ana Lund said exports would grow strongly this year."
    )
    (change,) = policydocs.diff(a, b).statements
    assert ("changed", ("content",)) == (change.kind, change.fields)
    assert dt.date(2025, 5, 9) == b.published
