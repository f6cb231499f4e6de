"""The exception hierarchy: builtin bases, pickling, groups, formatting."""

from __future__ import annotations

import pickle

import pytest

from policydocs import (
    ParseError,
    PolicyDocsError,
    PolicyDocsWarning,
    SerializationError,
    ValidationError,
    ValidationErrors,
    format_errors,
)
from policydocs._errors import format_path


def group() -> ValidationErrors:
    return ValidationErrors(
        "2 problem(s)",
        [
            ValidationError(
                "span-order",
                "end 1 < start 2",
                path=("metrics", 0, "span", "end"),
                value=1,
            ),
            ValidationError(
                "unknown-actor", "no 'X'", path=("statements", 3, "speaker"), value="X"
            ),
        ],
    )


ERRORS = [
    ParseError(
        "bad date",
        source="a.txt",
        line=2,
        col=7,
        span=(20, 30),
        snippet="Date: 2026-02-30",
    ),
    ParseError("plain"),
    ValidationError(
        "date-order", "end before start", path=("period", "end"), value="2026-01-01"
    ),
    SerializationError(
        "invalid document", [("$.id", "required field is missing")], line=4
    ),
    SerializationError("malformed JSON"),
]


@pytest.mark.parametrize("exc", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle_with_their_attributes(exc):
    """Errors survive pickling (multiprocessing, batch workers) with every attribute."""
    back = pickle.loads(pickle.dumps(exc))  # noqa: S301 - our own data
    assert type(exc) is type(back)
    assert str(exc) == str(back)
    assert vars(exc) == vars(back)


def test_validation_errors_pickle():
    """A group pickles with its members and their paths."""
    back = pickle.loads(pickle.dumps(group()))  # noqa: S301 - our own data
    assert [e.path for e in group().exceptions] == [e.path for e in back.exceptions]


@pytest.mark.parametrize(
    "cls", [ParseError, ValidationError, SerializationError, ValidationErrors]
)
def test_public_errors_are_policydocs_errors_and_value_errors(cls):
    """Every public error is a PolicyDocsError and a ValueError."""
    assert issubclass(cls, PolicyDocsError)
    assert issubclass(cls, ValueError)


def test_warning_is_a_user_warning():
    """PolicyDocsWarning is a UserWarning."""
    assert issubclass(PolicyDocsWarning, UserWarning)


def test_split_and_subgroup_keep_the_subclass():
    """ValidationErrors.split()/subgroup() return ValidationErrors, not a bare group."""
    match, rest = group().split(
        lambda e: isinstance(e, ValidationError) and e.code == "span-order"
    )
    assert type(match) is ValidationErrors
    assert type(rest) is ValidationErrors
    assert ["span-order"] == [e.code for e in match.exceptions]
    sub = group().subgroup(
        lambda e: isinstance(e, ValidationError) and e.code == "unknown-actor"
    )
    assert type(sub) is ValidationErrors


def test_except_star_catches_members():
    """except* ValidationError sees each member of the group."""
    caught = []
    try:
        raise group()
    except* ValidationError as eg:
        caught = [e.code for e in eg.exceptions]
    assert ["span-order", "unknown-actor"] == caught


def test_format_errors_flattens_groups_and_serialization_problems():
    """format_errors gives one line per problem, with its path."""
    assert [
        "$.metrics[0].span.end: end 1 < start 2 [span-order]",
        "$.statements[3].speaker: no 'X' [unknown-actor]",
    ] == format_errors(group())
    assert ["line 4: $.id: required field is missing"] == format_errors(ERRORS[3])
    assert ["malformed JSON"] == format_errors(ERRORS[4])


def test_parse_error_str_points_at_the_span():
    """ParseError's str() names file, line and column and underlines the span."""
    text = str(ERRORS[0])
    assert text.startswith("a.txt:2:7: bad date")
    assert "    Date: 2026-02-30\n" in text
    assert text.endswith("      ^^^^^^^^^^")


def test_validation_error_at_prefixes_the_path():
    """at() puts a prefix before the path."""
    err = ValidationError("empty", "x", path=("name",)).at("actors", 2)
    assert ("actors", 2, "name") == err.path
    assert "$.actors[2].name: x [empty]" == str(err)


def test_format_path():
    """Paths render as JSONPath-like strings."""
    assert "$" == format_path(())
    assert "$.metrics[2].period.end" == format_path(("metrics", 2, "period", "end"))


def test_parse_error_str_without_column_or_snippet():
    """A ParseError with only a line, or a snippet but no column, prints no caret."""
    assert "f.txt:3: bad" == str(ParseError("bad", source="f.txt", line=3))
    assert "<string>: bad" == str(ParseError("bad", snippet="x"))
    assert "f.txt:1:2: bad\n    ab\n     ^" == str(
        ParseError("bad", source="f.txt", line=1, col=2, snippet="ab")
    )
