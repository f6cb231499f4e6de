"""Any text or bytes is read without a stray exception; evolve keeps invariants."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import policydocs
from policydocs import strategies as pst

# Every Unicode category, lone surrogates included (st.text()'s default
# alphabet leaves them out).
any_text = st.text(st.characters(codec=None))

# Heads that steer the reader into each of its branches.
heads = st.sampled_from(
    [
        "",
        "date 2026-03-06 ",
        "  \n date 2026-02-30 ",
        "date 06/03/2026\n",
        "Title: A\nDate: 2026-03-06\nSource: Xinhua\n\n",
        "Date: 6 March 2026\n\n",
        "Date: March 2026\n\n",
        "Date: 2026-13-45\n\n",
        "Title: no blank line\nbody",
        "{",
        '{"schema": "policydocs/1", "id": "x", "text": ""}',
        "\ufeff",
        "\r\n\r\n",
    ]
)


@given(heads, any_text)
def test_parse_of_any_text_raises_only_policydocs_errors(head, text):
    """parse() of any str gives a valid document or raises a PolicyDocsError."""
    try:
        doc = policydocs.parse(head + text)
    except policydocs.PolicyDocsError:
        return
    assert [] == policydocs.check(doc)
    # What was read can always be written: no surrogate survives the reader.
    assert doc == policydocs.loads(policydocs.dumps(doc))


@given(any_text)
def test_parse_of_plain_text_never_raises(text):
    """After a seed date line any text parses and keeps its length."""
    doc = policydocs.parse("date 2026-03-06\n" + text)
    assert [] == policydocs.check(doc)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    assert len(normalised) == len(doc.text)


bytes_inputs = st.one_of(
    st.binary(max_size=300),
    any_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.tuples(heads, any_text).map(
        lambda p: (p[0] + p[1]).encode("utf-8", "surrogatepass")
    ),
    st.binary(max_size=50).map(lambda b: b"\xef\xbb\xbf{" + b),
)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(bytes_inputs)
def test_read_of_any_bytes_parses_or_raises_a_policydocs_error(tmp_path, data):
    """read() of any file gives a valid document or raises a PolicyDocsError."""
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    try:
        doc = policydocs.read(path)
    except policydocs.PolicyDocsError:
        return
    assert [] == policydocs.check(doc)


@given(pst.documents(), st.data())
def test_mangled_json_loads_or_raises_a_serialization_error(doc, data):
    """Cutting or flipping one byte of valid JSON never escapes as anything else."""
    raw = bytearray(policydocs.dumps(doc).encode("utf-8"))
    i = data.draw(st.integers(0, len(raw) - 1))
    if data.draw(st.booleans()):
        raw = raw[:i]
    else:
        raw[i] = data.draw(st.integers(0, 255))
    try:
        back = policydocs.loads(bytes(raw))
    except policydocs.SerializationError:
        return
    assert [] == policydocs.check(back)


def _is_validation_failure(exc: BaseException) -> bool:
    if isinstance(exc, policydocs.ValidationErrors):
        return all(isinstance(e, policydocs.ValidationError) for e in exc.exceptions)
    return isinstance(exc, policydocs.ValidationError)


@given(pst.documents(), any_text)
def test_evolve_document_text_keeps_invariants_or_raises(doc, text):
    """evolve(doc, text=...) either passes check() or raises ValidationError(s)."""
    try:
        new = attrs.evolve(doc, text=text)
    except policydocs.PolicyDocsError as exc:
        assert _is_validation_failure(exc)
        return
    assert [] == policydocs.check(new)


@given(pst.documents(), st.lists(st.sampled_from(["a", "b", "c"]), max_size=3))
def test_evolve_document_actors_keeps_invariants_or_raises(doc, names):
    """Replacing the actors either passes check() or raises ValidationErrors."""
    listed = [policydocs.Actor(id=n, kind="group", name=n) for n in names]
    try:
        new = attrs.evolve(doc, actors=listed)
    except policydocs.PolicyDocsError as exc:
        assert _is_validation_failure(exc)
        return
    assert [] == policydocs.check(new)


ints = st.integers(-(2**70), 2**70)
floats = st.floats()


@given(
    st.one_of(
        st.tuples(pst.spans(), st.fixed_dictionaries({"start": ints, "end": ints})),
        st.tuples(
            pst.periods(),
            st.fixed_dictionaries({"start": st.dates(), "end": st.dates()}),
        ),
        st.tuples(
            pst.metrics(),
            st.fixed_dictionaries(
                {
                    "value": floats | ints,
                    "upper": st.none() | floats,
                    "unit": st.text(max_size=5),
                }
            ),
        ),
        st.tuples(
            pst.directives(),
            st.fixed_dictionaries(
                {"force": st.text(max_size=12), "statement": st.none() | ints}
            ),
        ),
        st.tuples(
            pst.statements(),
            st.fixed_dictionaries(
                {
                    "mode": st.sampled_from(["direct", "indirect", "x"]),
                    "cue": st.text(max_size=3),
                }
            ),
        ),
        st.tuples(
            pst.actors(),
            st.fixed_dictionaries(
                {"kind": st.text(max_size=8), "aliases": st.text(max_size=3)}
            ),
        ),
    )
)
def test_evolve_items_keeps_invariants_or_raises_validation_error(pair):
    """evolve(item, **changes) either builds a valid item or raises ValidationError."""
    item, changes = pair
    try:
        new = attrs.evolve(item, **changes)
    except policydocs.ValidationError as exc:
        assert exc.path
        return
    assert new == attrs.evolve(new)


@pytest.mark.parametrize("profile", ["dev", "ci", "fuzz"])
def test_hypothesis_profiles_are_registered(profile):
    """The dev, ci and fuzz profiles exist (conftest.py)."""
    assert settings.get_profile(profile).max_examples >= 20
