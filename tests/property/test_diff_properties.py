"""diff() properties on drawn documents: identity, mirror, changes point into text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import policydocs
from policydocs import strategies as pst

_SWAP = {"added": "removed", "removed": "added", "changed": "changed"}


@given(pst.documents())
def test_a_document_against_itself_is_empty(doc):
    """diff(d, d) lists nothing."""
    assert 0 == len(policydocs.diff(doc, doc))


@given(pst.document_diffs())
def test_the_mirror_diff_swaps_sides(d):
    """diff(b, a) is diff(a, b) with added/removed and old/new swapped."""
    back = policydocs.diff(d.new, d.old)
    for kind in ("statements", "directives", "metrics"):
        forward = {
            (_SWAP[c.kind], c.new_index, c.old_index, c.fields)
            for c in getattr(d, kind)
        }
        assert forward == {
            (c.kind, c.old_index, c.new_index, c.fields) for c in getattr(back, kind)
        }


@given(pst.document_diffs())
def test_every_change_points_into_its_own_document(d):
    """Each side's item is the item at its index in its own document."""
    for kind in ("statements", "directives", "metrics"):
        for c in getattr(d, kind):
            if c.old is not None:
                assert c.old == getattr(d.old, kind)[c.old_index]
            if c.new is not None:
                assert c.new == getattr(d.new, kind)[c.new_index]


@given(pst.document_diffs())
def test_json_round_trip(d):
    """from_json(to_json(d)) == d for drawn diffs."""
    assert d == policydocs.DocumentDiff.from_json(d.to_json())


@given(st.from_type(policydocs.DocumentDiff))
def test_from_type_gives_diffs(d):
    """st.from_type(DocumentDiff) draws through the registered strategy."""
    assert isinstance(d, policydocs.DocumentDiff)
