"""Readers: seed format, header block, line ends, BOM, encodings, JSON sniffing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import policydocs
from policydocs import ParseError, SerializationError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seed_format_sets_published_and_strips_the_date():
    """`date YYYY-MM-DD` then the body on the same line."""
    doc = policydocs.parse(
        "  \n date 2026-03-06 Exports rose.\n\nSecond paragraph.", extract=False
    )
    assert dt.date(2026, 3, 6) == doc.published
    assert "Exports rose.\n\nSecond paragraph." == doc.text


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")) or [None], ids=str)
def test_bundled_seeds_read(path):
    """Every bundled seed reads with a date and a body without the prefix."""
    if path is None:
        pytest.skip("no seeds/ folder in this checkout")
    doc = policydocs.read(path)
    assert doc.published is not None
    assert not doc.text.startswith("date ")
    assert [] == policydocs.check(doc)


def test_header_block():
    """Title/Date/Source/URL/Language/Id lines, a blank line, then the body."""
    text = (
        "Title: Exports\nDate: 2026-03-06\nSource: Xinhua\nURL: https://example.org/a\n"
        "Language: en\nId: doc-7\n\nExports rose 5 percent."
    )
    doc = policydocs.parse(text, extract=False)
    expected = (
        "doc-7",
        "Exports",
        dt.date(2026, 3, 6),
        "Xinhua",
        "https://example.org/a",
        "en",
    )
    assert expected == (
        doc.id,
        doc.title,
        doc.published,
        doc.source,
        doc.url,
        doc.language,
    )
    assert "Exports rose 5 percent." == doc.text


def test_keyword_arguments_override_the_header():
    """parse(published=..., source=..., title=...) win over the text's header."""
    doc = policydocs.parse(
        "Date: 2026-03-06\nSource: A\n\nBody.",
        published=dt.date(2020, 1, 1),
        source="B",
        title="T",
        extract=False,
    )
    assert (dt.date(2020, 1, 1), "B", "T") == (doc.published, doc.source, doc.title)


def test_header_without_blank_line_ends_at_the_first_other_line():
    """A header block running straight into the body stays out of the text."""
    doc = policydocs.parse(
        "Title: T\nDate: 2026-03-06\nBody starts here.", extract=False
    )
    assert ("T", "Body starts here.") == (doc.title, doc.text)


def test_ordinary_colon_lines_are_body():
    """Only known header keys open a header block."""
    doc = policydocs.parse("Note: this is body.\n\nMore.", extract=False)
    assert "Note: this is body.\n\nMore." == doc.text
    assert doc.published is None


def test_written_header_dates_are_read():
    """A header date such as '6 March 2026' is read through dateutil."""
    assert (
        dt.date(2026, 3, 6)
        == policydocs.parse("Date: 6 March 2026\n\nx", extract=False).published
    )


@pytest.mark.parametrize("value", ["2026-02-30", "March 2026", "someday", "2026-13-01"])
def test_impossible_header_date_names_line_and_column(value):
    """An impossible or incomplete header date raises ParseError at line:col."""
    with pytest.raises(ParseError) as info:
        policydocs.parse(f"Title: T\nDate: {value}\n\nBody.", extract=False)
    assert (2, 7) == (info.value.line, info.value.col)
    assert repr(value) in str(info.value)


def test_crlf_and_cr_are_normalised_before_offsets():
    """\\r\\n and lone \\r become \\n, so offsets are the same on every platform."""
    doc = policydocs.parse("date 2026-03-06 A.\r\n\r\nB.\rC.", extract=False)
    assert "A.\n\nB.\nC." == doc.text


def test_lone_surrogates_become_replacement_characters():
    """A lone surrogate maps to U+FFFD one for one, so the document can be written."""
    doc = policydocs.parse("date 2026-03-06 a\ud800b", extract=False)
    assert "a\ufffdb" == doc.text
    assert doc == policydocs.loads(policydocs.dumps(doc))


def test_default_id_is_a_hash_of_the_body_and_file_stem_for_files(tmp_path):
    """parse() ids hash the body; read() uses the file name."""
    a = policydocs.parse("date 2026-03-06 Same.", extract=False)
    b = policydocs.parse("date 2020-01-01 Same.", extract=False)
    assert a.id == b.id
    path = tmp_path / "report-2026.txt"
    path.write_text("date 2026-03-06 Body.", encoding="utf-8")
    assert "report-2026" == policydocs.read(path, extract=False).id


def test_bom_is_dropped(tmp_path):
    """A UTF-8 byte order mark is not part of the text."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfdate 2026-03-06 Body.")
    doc = policydocs.read(path, extract=False)
    assert ("Body.", dt.date(2026, 3, 6)) == (doc.text, doc.published)


def test_non_utf8_file_error_names_file_and_line(tmp_path):
    """A byte that is not UTF-8 raises ParseError naming the file, line and column."""
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"date 2026-03-06 First line.\nSecond caf\xe9 line.\n")
    with pytest.raises(ParseError) as info:
        policydocs.read(path)
    assert (str(path), 2, 11) == (info.value.source, info.value.line, info.value.col)
    assert f"{path}:2:11" in str(info.value)
    assert "0xe9" in str(info.value)


def test_impossible_header_date_in_a_file_names_file_and_line(tmp_path):
    """An impossible header date in a file names the file and the line."""
    path = tmp_path / "bad-date.txt"
    path.write_text("Title: T\nSource: S\nDate: 2026-02-30\n\nBody.", encoding="utf-8")
    with pytest.raises(ParseError) as info:
        policydocs.read(path)
    assert (str(path), 3) == (info.value.source, info.value.line)
    assert str(info.value).startswith(f"{path}:3:7: ")


def test_json_files_are_sniffed(tmp_path):
    """A file opening with a JSON object is read as the project's JSON."""
    doc = policydocs.parse("date 2026-03-06 Exports rose.", id="j1", extract=False)
    path = tmp_path / "doc.txt"
    path.write_text("\ufeff \n" + policydocs.dumps(doc), encoding="utf-8")
    assert doc == policydocs.read(path)


def test_bad_json_file_raises_serialization_error_with_a_note(tmp_path):
    """Invalid JSON in a file raises SerializationError noting the file."""
    path = tmp_path / "bad.json"
    path.write_text('{"schema": "policydocs/1"}', encoding="utf-8")
    with pytest.raises(SerializationError) as info:
        policydocs.read(path)
    assert f"while reading {path}" in info.value.__notes__


def test_missing_file_is_a_parse_error(tmp_path):
    """A missing file raises ParseError naming it, not FileNotFoundError."""
    with pytest.raises(ParseError) as info:
        policydocs.read(tmp_path / "nope.txt")
    assert str(tmp_path / "nope.txt") == info.value.source


def test_size_limits():
    """Text over max_chars is refused with a ParseError; None lifts the limit."""
    with pytest.raises(ParseError):
        policydocs.parse("x" * 11, max_chars=10)
    assert 11 == len(policydocs.parse("x" * 11, max_chars=None, extract=False).text)


def test_oversized_file_is_refused_before_reading(tmp_path):
    """A file far over the limit is refused from its size alone."""
    path = tmp_path / "big.txt"
    path.write_text("x" * 100, encoding="utf-8")
    with pytest.raises(ParseError):
        policydocs.read(path, max_chars=10)


def test_parse_refuses_bytes():
    """parse() takes a str; bytes raise ParseError, not TypeError."""
    with pytest.raises(ParseError):
        policydocs.parse(b"date 2026-03-06 x")  # type: ignore[arg-type]


def test_to_text_round_trip():
    """to_text() writes a header block that parse() reads back."""
    doc = policydocs.parse(
        "date 2026-03-06 Body.", id="d9", title="T", source="S", url="u", extract=False
    )
    text = policydocs.to_text(doc)
    assert text.startswith(
        "Id: d9\nTitle: T\nDate: 2026-03-06\nSource: S\nURL: u\nLanguage: en\n\n"
    )
    back = policydocs.parse(text, extract=False)
    assert (doc.id, doc.title, doc.published, doc.source, doc.url, doc.text) == (
        back.id,
        back.title,
        back.published,
        back.source,
        back.url,
        back.text,
    )


def test_empty_header_values_are_ignored():
    """`Title:` with nothing after it leaves the title unset."""
    doc = policydocs.parse("Title:\nSource: S\n\nBody.", extract=False)
    assert (None, "S", "Body.") == (doc.title, doc.source, doc.text)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "two\nlines"),
        ("source", " padded"),
        ("url", ""),
        ("title", "x" * 10_001),
    ],
)
def test_to_text_refuses_values_a_header_cannot_hold(field, value):
    """to_text raises ValidationError naming the field, never writes a lossy header."""
    doc = attrs.evolve(
        policydocs.parse("Body.", id="d", extract=False), **{field: value}
    )
    with pytest.raises(policydocs.ValidationError) as info:
        policydocs.to_text(doc)
    assert ("header-value", (field,)) == (info.value.code, info.value.path)


def test_text_starting_with_a_brace_is_text(tmp_path):
    """Only a JSON object start (`{` then a key) is sniffed as JSON."""
    path = tmp_path / "draft.txt"
    path.write_text("{Draft} The ministry said exports rose.", encoding="utf-8")
    assert "{Draft} The ministry said exports rose." == policydocs.read(path).text


@pytest.mark.parametrize("text", ["date gilts rose", "date 120. Hi", "date: now"])
def test_body_opening_with_the_word_date_is_body(text):
    """A body that opens with the word 'date' but no date is body, not a bad header."""
    doc = policydocs.parse(text)
    assert (text, None) == (doc.text, doc.published)


def test_metadata_arguments_are_normalised_like_the_text():
    """A lone surrogate in a metadata argument becomes U+FFFD, so dumps() accepts it."""
    doc = policydocs.parse("Hi.", source="\ud800x", title="a\udfffb", extract=False)
    assert ("\ufffdx", "a\ufffdb") == (doc.source, doc.title)
    assert doc == policydocs.loads(policydocs.dumps(doc))


def test_language_argument_is_cleaned_like_other_fields():
    """parse(language="\ud800") gives a document that dumps() can write."""
    doc = policydocs.parse("x", language="\ud800", extract=False)
    assert ("\ufffd", doc) == (doc.language, policydocs.loads(policydocs.dumps(doc)))


def test_read_keeps_the_id_header_of_a_to_text_file(tmp_path):
    """read() of a file to_text() wrote keeps its Id: header, not the file stem."""
    doc = policydocs.parse("date 2026-03-06 Body.", id="d-17", extract=False)
    path = tmp_path / "other-name.txt"
    path.write_text(policydocs.to_text(doc), encoding="utf-8")
    assert "d-17" == policydocs.read(path, extract=False).id


def test_bom_before_a_header_block_is_dropped_by_parse_and_read(tmp_path):
    """A BOM before `Title:` leaves the header a header in parse() and read()."""
    text = "\ufeffTitle: T\nDate: 2026-03-06\n\nBody."
    path = tmp_path / "bom.txt"
    path.write_text(text, encoding="utf-8")
    got = [policydocs.parse(text, extract=False), policydocs.read(path, extract=False)]
    assert [("T", "Body.")] * 2 == [(d.title, d.text) for d in got]


def test_header_line_over_the_bound_is_a_parse_error(tmp_path):
    """A header value over 10,000 chars is refused, naming the line, in both readers."""
    text = "Date: 2026-03-06\nTitle: " + "x" * 10_001 + "\n\nBody."
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    for call in (lambda: policydocs.parse(text), lambda: policydocs.read(path)):
        with pytest.raises(policydocs.ParseError, match="at most 10000") as info:
            call()
        assert (2, 8) == (info.value.line, info.value.col)


def test_a_leading_blank_line_keeps_a_long_key_line_as_body():
    """Text that starts with a blank line is all body, even `Title: <long>`."""
    text = "\nTitle: " + "x" * 10_001
    assert text == policydocs.parse(text, extract=False).text
