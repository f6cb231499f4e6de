"""Input formats: body text plus metadata, then extraction into a Document.

Three text forms are read (EXTRACTION.md, "Input"):

* the seed format: optional whitespace, ``date YYYY-MM-DD``, then the body;
* a header block: ``Title:``, ``Date:``, ``Source:``, ``URL:``, ``Language:``
  (and ``Id:``) lines, a blank line, then the body;
* anything else: the whole string is the body.

Files may also hold the project's own JSON (one document) or JSON Lines.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING, Final

from ._errors import ParseError, PolicyDocsError, SerializationError, ValidationError
from ._models import Document, _require_document

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

__all__ = [
    "DEFAULT_MAX_CHARS",
    "DEFAULT_MAX_ITEMS",
    "Header",
    "iter_file",
    "parse",
    "read",
    "split_header",
    "to_text",
]

#: Documents longer than this are refused unless the caller raises the limit:
#: a policy text is rarely above a few hundred kB, and an unbounded input is
#: the easiest way to exhaust a service's memory.
DEFAULT_MAX_CHARS: Final = 20_000_000
#: Statements, directives and metrics one document may give before extraction
#: stops with an error. News and policy texts give about one item per 100 to
#: 200 characters, so only a pathological text (a metric every 3 characters,
#: ``"5% " * n``) reaches it; its items would take about 250 bytes each in
#: memory and 500 more while serialised.
DEFAULT_MAX_ITEMS: Final = 1_000_000

# `date 2026-03-06 ` then the body, maybe after leading blank space. The date
# token is anything shaped like a numeric date, so that a malformed one
# ("date 2026-02-30", "date 2026-13-01") gets an error rather than being read
# as body text, while a body that merely opens with the word ("date night ...",
# "date 120 ...") stays body.
_SEED_RE: Final = re.compile(
    r"[ \t\r\n\ufeff]{0,1000}date[ \t]{1,100}(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})"
    r"(?:[ \t]{1,100}|\n|\Z)"
)
_ISO_DATE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_HEADER_KEYS: Final = {"title", "date", "source", "url", "language", "id"}
# A header line: a known key, a colon, the value. Only known keys open a
# header block, so ordinary text that happens to start "Note: ..." stays body.
_HEADER_LINE_RE: Final = re.compile(
    r"(Title|Date|Source|URL|Url|Language|Id|ID|TITLE|DATE|SOURCE|LANGUAGE):"
    r"[ \t]{0,100}(.{0,10000})"
)
_SURROGATE_RE: Final = re.compile("[\ud800-\udfff]")


class Header:
    """Metadata read from the head of a text (internal record)."""

    __slots__ = ("body_offset", "id", "language", "published", "source", "title", "url")

    def __init__(self) -> None:
        self.body_offset = 0
        self.published: dt.date | None = None
        self.source: str | None = None
        self.title: str | None = None
        self.url: str | None = None
        self.language: str | None = None
        self.id: str | None = None


def _normalise(text: str) -> str:
    # Offsets are fixed against the normalised text, so every reader agrees:
    # CRLF and lone CR become LF, and lone surrogates (impossible in UTF-8 and
    # refused by JSON encoders) become U+FFFD, one code point for one.
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _SURROGATE_RE.search(text) is not None:
        text = _SURROGATE_RE.sub("\ufffd", text)
    return text


def _line_col(text: str, offset: int) -> tuple[int, int, str]:
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    return (
        text.count("\n", 0, offset) + 1,
        offset - line_start + 1,
        text[line_start:line_end],
    )


def _parse_date(value: str, *, text: str, offset: int, source: str) -> dt.date:
    """Strict ISO first; other written forms ("6 March 2026") through dateutil."""
    value = value.strip()
    try:
        if _ISO_DATE_RE.fullmatch(value):
            return dt.date.fromisoformat(value)
        if re.search(r"\b\d{4}\b", value) is None:
            msg = "no year"
            raise ValueError(msg)  # noqa: TRY301
        from dateutil import parser as du_parser  # 36 ms to import: only when needed

        # An explicit default, so a missing day or month is noticed, not invented.
        first = du_parser.parse(value, default=dt.datetime(2000, 1, 1))  # noqa: DTZ001
        second = du_parser.parse(value, default=dt.datetime(2001, 2, 2))  # noqa: DTZ001
        if first.date() != second.date():
            msg = "incomplete date"
            raise ValueError(msg)  # noqa: TRY301
        return first.date()
    except (ValueError, OverflowError):
        line, col, snippet = _line_col(text, offset)
        raise ParseError(
            f"expected a date such as 2026-03-06, found {value!r}",
            source=source,
            line=line,
            col=col,
            span=(offset, offset + len(value)),
            snippet=snippet,
        ) from None


_HEADER_KEY_RE: Final = re.compile(_HEADER_LINE_RE.pattern.split(":", 1)[0] + ":")


def _refuse_long_header_line(line: str, *, text: str, offset: int, source: str) -> None:
    """Refuse a header line whose value is over the bound.

    Read as body, it would silently take the whole header (its date too)
    with it; said clearly, the writer can shorten it or start the text with
    a blank line to mark it as body.
    """
    key = _HEADER_KEY_RE.match(line)
    if key is None:
        return
    value = line[key.end() :].lstrip(" \t")
    value_at = offset + len(line) - len(value)
    line_no, col, snippet = _line_col(text, value_at)
    raise ParseError(
        f"expected a header value of at most {_MAX_HEADER_VALUE} characters, "
        f"found {len(value)} (start the text with a blank line to read it all "
        "as body)",
        source=source,
        line=line_no,
        col=col,
        span=(value_at, offset + len(line)),
        snippet=snippet,
    )


def split_header(text: str, *, source_name: str = "<string>") -> Header:
    """Read the metadata at the head of ``text`` (already normalised).

    Raises:
        ParseError: a header names an impossible date.
    """
    head = Header()
    m = _SEED_RE.match(text)
    if m is not None:
        head.published = _parse_date(
            m.group(1), text=text, offset=m.start(1), source=source_name
        )
        head.body_offset = m.end()
        return head
    pos = 0
    seen_header = False
    while pos < len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        line = text[pos:end]
        if seen_header and not line.strip():
            head.body_offset = min(end + 1, len(text))
            return head
        hm = _HEADER_LINE_RE.fullmatch(line)
        if hm is None:
            _refuse_long_header_line(line, text=text, offset=pos, source=source_name)
            break
        seen_header = True
        key, value = hm.group(1).lower(), hm.group(2).strip()
        if key == "date":
            head.published = _parse_date(
                hm.group(2), text=text, offset=pos + hm.start(2), source=source_name
            )
        elif value:
            setattr(head, key, value)
        pos = end + 1
    if seen_header:
        # A header block ran to the end of the text, or into a non-header line
        # with no blank line between: the body starts at that line.
        head.body_offset = min(pos, len(text))
        return head
    return Header()


def _default_id(text: str) -> str:
    import hashlib  # lazy: keeps OpenSSL's start-up out of `import policydocs`

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse(
    text: str,
    /,
    *,
    published: dt.date | None = None,
    source: str | None = None,
    title: str | None = None,
    id: str | None = None,  # noqa: A002
    url: str | None = None,
    language: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    extract: bool = True,
    max_items: int | None = DEFAULT_MAX_ITEMS,
) -> Document:
    r"""Read a document from a string and extract what it says.

    The head of the text may be in the seed format (``date YYYY-MM-DD`` then
    the body) or a header block; keyword arguments override what the text says.
    Header lines never enter ``Document.text``; line ends are normalised to
    ``\n`` first, so offsets are stable.

    >>> doc = parse("date 2026-03-06 Exports rose 5 percent, the ministry said.")
    >>> doc.published, doc.text[:12]
    (datetime.date(2026, 3, 6), 'Exports rose')

    Args:
        text: The document.
        published: Publication date; relative dates resolve against it.
        source: Who publishes the document; unattributed "we will" resolves to it.
        title: Title.
        id: Identifier; defaults to a hash of the body.
        url: Where the document came from.
        language: Language tag, "en" by default.
        max_chars: Refuse longer input; 20,000,000 characters by default,
            None for no limit.
        extract: False to skip extraction (empty statements, directives, metrics).
        max_items: Refuse a text that gives more statements, directives and
            metrics than this; 1,000,000 by default, None for no limit.
            Nothing is cut silently: the whole document is refused with a
            ParseError.

    Returns:
        The document: metadata from the arguments, then the header, then the
        defaults; with ``extract``, the actors, statements, directives and
        metrics found in the body.

    Raises:
        ParseError: ``text`` is not a str, a header date is impossible, the
            text is over ``max_chars``, or it gives more than ``max_items``
            items.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``max_items``.
    """
    if not isinstance(text, str):
        raise ParseError(
            f"expected a str, found {type(text).__name__}", source="<string>"
        )
    if max_chars is not None and len(text) > max_chars:
        raise ParseError(
            f"document of {len(text)} characters is over the limit of "
            f"{max_chars} (max_chars)",
            source="<string>",
        )
    # A byte order mark is an encoding artefact, not text: dropped here as
    # read() drops it, so a header block after one is still a header.
    text = _normalise(text.removeprefix("\ufeff"))
    head = split_header(text)
    body = text[head.body_offset :]
    published = published if published is not None else head.published
    # Metadata given as arguments gets the text's normalisation too, so a lone
    # surrogate there cannot make a document that dumps() refuses.
    source = _normalise(source) if source is not None else head.source
    # The header's title reaches the extractor: a speech's speaker is named there.
    title = _normalise(title) if title is not None else head.title
    url = _normalise(url) if url is not None else None
    id = _normalise(id) if id is not None else None  # noqa: A001
    language = _normalise(language) if language is not None else None
    doc_id = id or head.id or _default_id(body)
    if extract:
        from ._extract._context import ItemLimitError
        from ._extract._pipeline import run

        try:
            found = run(
                body,
                published=published,
                source=source,
                max_items=max_items,
                title=title,
            )
        except ItemLimitError as exc:
            raise ParseError(
                f"extraction gave {exc.found} items by its {exc.stage} stage, over "
                f"the limit of {exc.limit} (max_items); raise max_items, pass None "
                "for no limit, or extract=False",
                source="<string>",
            ) from None
    else:
        found = None
    return Document(
        id=doc_id,
        text=body,
        title=title,
        published=published,
        source=source,
        url=url if url is not None else head.url,
        language=language or head.language or "en",
        actors=found.actors if found else (),
        statements=found.statements if found else (),
        directives=found.directives if found else (),
        metrics=found.metrics if found else (),
    )


# A JSON object opens with `{` then a key or `}`; a text that merely starts
# with a brace ("{Draft} The ministry said ...") stays text.
_JSON_START_RE: Final = re.compile(r"[ \t\r\n]{0,1000}\{[ \t\r\n]{0,1000}[\"}]")
#: Extensions that say "JSON Lines" whatever the content looks like.
JSONL_SUFFIXES: Final = (".jsonl", ".ndjson")
#: The name that stands for standard input on the command line.
STDIN: Final = "-"


def _looks_like_json(data: str) -> bool:
    return _JSON_START_RE.match(data) is not None


def _is_json(data: str) -> bool:
    import json

    try:
        json.loads(data)
    except RecursionError:
        return True  # JSON, only too deep: the loader says so with a path
    except ValueError:
        return False
    return True


def _format_of(data: str, suffix: str) -> str:
    """``"json"``, ``"jsonl"`` or ``"text"``, from the extension and the content.

    ``.jsonl``/``.ndjson`` files are JSON Lines and ``.json`` files JSON,
    whatever they hold (so a broken one is an error, never text). Any other
    file is JSON when it opens like a JSON object, or is a whole JSON array;
    JSON Lines when its first line alone is JSON and more lines follow; text
    otherwise ("[Draft] The ministry ..." stays text).
    """
    suffix = suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix == ".json":
        return "json"
    head = data.lstrip(" \t\r\n")
    if head.startswith("{"):
        if not _looks_like_json(head):
            return "text"
        first, _, rest = head.partition("\n")
        return "jsonl" if rest.strip() and _is_json(first) else "json"
    if head.startswith("[") and _is_json(head):
        return "json"
    return "text"


def _refuse_special(p: Path, name: str) -> None:
    """Refuse a FIFO, device or socket given by name: reading one can block forever."""
    import stat

    try:
        mode = p.stat().st_mode
    except OSError as exc:
        raise ParseError(
            f"cannot read file: {exc.strerror or exc}", source=name
        ) from None
    if stat.S_ISDIR(mode):
        raise ParseError("cannot read file: it is a folder", source=name)
    if not stat.S_ISREG(mode):
        raise ParseError(
            "cannot read file: not a regular file (a FIFO, device or socket); "
            f"pipe it to standard input ({STDIN}) instead",
            source=name,
        )


def _read_bytes(p: Path, name: str, limit: int | None) -> bytes:
    import sys

    try:
        if name == STDIN:
            stream = sys.stdin.buffer
            return stream.read(-1 if limit is None else limit + 1)
        _refuse_special(p, name)
        size = p.stat().st_size
        if limit is not None and size > limit:
            raise ParseError(
                f"file of {size} bytes or more is over the limit "
                f"(max_chars={limit // 4})",
                source=name,
            )
        with p.open("rb") as fh:
            # Bounded too: a file still growing reports a size that means nothing.
            return fh.read(-1 if limit is None else limit + 1)
    except OSError as exc:
        raise ParseError(
            f"cannot read file: {exc.strerror or exc}", source=name
        ) from None


def _decode_text(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise ParseError(
            f"expected UTF-8 text, found byte {raw[exc.start]:#04x} "
            f"at byte offset {exc.start}",
            source=name,
            line=line,
            col=col,
        ) from None


def _check_length(doc: Document, max_chars: int | None, name: str) -> Document:
    if max_chars is not None and len(doc.text) > max_chars:
        raise ParseError(
            f"document of {len(doc.text)} characters is over the limit of "
            f"{max_chars} (max_chars)",
            source=name,
        )
    return doc


def iter_file(
    path: str | os.PathLike[str],
    /,
    *,
    default_id: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    extract: bool = True,
    max_items: int | None = DEFAULT_MAX_ITEMS,
    on_error: Callable[[PolicyDocsError], object] | None = None,
) -> Iterator[Document]:
    """Every document of a file: a text, a JSON document or array, JSON Lines.

    ``-`` is standard input. ``default_id`` is the id of a text without an
    ``Id:`` header (the file's stem if not given). A bad record of a JSON
    array or of JSON Lines is passed to ``on_error`` (with its index or line)
    and the others read on; without ``on_error`` it is raised.
    """
    from pathlib import Path

    name = os.fspath(path)
    p = Path(name)
    # UTF-8 takes at most 4 bytes a character.
    limit = None if max_chars is None else 4 * max_chars
    raw = _read_bytes(p, name, limit)
    if limit is not None and len(raw) > limit:
        raise ParseError(
            f"file of {len(raw)} bytes or more is over the limit "
            f"(max_chars={max_chars})",
            source=name,
        )
    suffix = "" if name == STDIN else p.suffix
    if suffix.lower() in JSONL_SUFFIXES:
        import io

        from ._serialize import load_jsonl

        for doc in load_jsonl(io.BytesIO(raw), on_error=on_error):
            yield _check_length(doc, max_chars, name)
        return
    data = _decode_text(raw, name).removeprefix("\ufeff")
    kind = _format_of(data, suffix)
    if kind == "text":
        stem = None if name == STDIN else p.stem or None
        yield _parse_file(
            data,
            name,
            default_id or stem,
            max_chars,
            extract=extract,
            max_items=max_items,
        )
        return
    from ._serialize import iter_json_documents

    for doc in iter_json_documents(data, lines=kind == "jsonl", on_error=on_error):
        yield _check_length(doc, max_chars, name)


def _parse_file(
    data: str,
    name: str,
    default_id: str | None,
    max_chars: int | None,
    *,
    extract: bool,
    max_items: int | None,
) -> Document:
    """:func:`parse` for a file: errors name it, and its name is the default id.

    An ``Id:`` header line wins over the name, so a file that :func:`to_text`
    wrote reads back with its own id.
    """
    try:
        if max_chars is None or len(data) <= max_chars:
            text = _normalise(data.removeprefix("\ufeff"))
            default_id = None if split_header(text, source_name=name).id else default_id
        return parse(
            data,
            id=default_id,
            max_chars=max_chars,
            extract=extract,
            max_items=max_items,
        )
    except ParseError as exc:
        exc.source = name
        raise


def read(
    path: str | os.PathLike[str],
    /,
    *,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    extract: bool = True,
    max_items: int | None = DEFAULT_MAX_ITEMS,
) -> Document:
    """Read one document from a file, deciding its format by extension and content.

    A ``.json`` file (or any file that opens with a JSON object) is the
    project's JSON (see :func:`policydocs.loads`); a JSON array or JSON Lines
    file must hold exactly one document here (read more with
    :func:`policydocs.extract_many` or :func:`policydocs.load_jsonl`).
    Anything else is text as for :func:`parse`, with the file name (without
    extension) as the id unless an ``Id:`` header line gives one. A leading
    byte order mark is dropped.

    Args:
        path: The file to read.
        max_chars: Refuse longer text, as for :func:`parse` (20,000,000
            characters by default, None for no limit).
        extract: False to skip extraction of a text file, as for :func:`parse`.
        max_items: Refuse a text that gives more items, as for :func:`parse`
            (1,000,000 by default, None for no limit).

    Returns:
        The one document the file holds.

    Raises:
        ParseError: the file is missing, not a regular file (a FIFO or
            device would block), not UTF-8, too large, its header is bad, or
            its text gives more than ``max_items`` items.
        SerializationError: the file is JSON that is not a valid document,
            or holds more or fewer than one document.

    .. versionadded:: 0.1
    .. versionchanged:: 0.2.0
       ``max_items``.
    """
    name = os.fspath(path)
    try:
        docs = list(
            iter_file(path, max_chars=max_chars, extract=extract, max_items=max_items)
        )
    except SerializationError as exc:
        exc.add_note(f"while reading {name}")
        raise
    if len(docs) != 1:
        raise SerializationError(
            f"expected one document in {name}, found {len(docs)} (read several "
            "with policydocs.extract_many or load_jsonl)",
            code="document-count",
            source=name,
        )
    return docs[0]


#: Longest header value the reader takes (the bound in ``_HEADER_LINE_RE``).
_MAX_HEADER_VALUE: Final = 10_000


def _header_line(key: str, field: str, value: str) -> str:
    # The reader strips values and ends a header at a line break, so a value
    # that is blank, padded, multi-line or over the bound would not come back.
    if not value or value != value.strip() or "\n" in value or "\r" in value:
        message = (
            "expected a one-line value without surrounding whitespace for the "
            f"header block, found {value[:60]!r}"
        )
        raise ValidationError("header-value", message, path=(field,), value=value)
    if len(value) > _MAX_HEADER_VALUE:
        message = (
            f"expected at most {_MAX_HEADER_VALUE} characters for a header value, "
            f"found {len(value)}"
        )
        raise ValidationError("header-value", message, path=(field,), value=value)
    return f"{key}: {value}"


def to_text(doc: Document, /) -> str:
    """Write a document back as text in the header-block format.

    ``parse(to_text(doc))`` gives back the same metadata and body (with line
    ends normalised to LF, as every reader does).

    >>> print(to_text(parse("date 2026-03-06 Body.", id="d1", extract=False)))
    Id: d1
    Date: 2026-03-06
    Language: en
    <BLANKLINE>
    Body.

    Args:
        doc: The document to write.

    Returns:
        The header block (``Id``, then ``Title``, ``Date``, ``Source`` and
        ``URL`` when set, then ``Language``), a blank line and the body.
        Extracted items are not part of it.

    Raises:
        TypeError: ``doc`` is not a Document.
        ValidationError: a metadata value cannot be written as one header
            line (it is empty, spans lines, has surrounding whitespace or
            is over 10,000 characters); its ``path`` names the field.

    .. versionadded:: 0.1
    """
    _require_document(doc)
    lines = [_header_line("Id", "id", doc.id)]
    if doc.title is not None:
        lines.append(_header_line("Title", "title", doc.title))
    if doc.published is not None:
        lines.append(f"Date: {doc.published.isoformat()}")
    if doc.source is not None:
        lines.append(_header_line("Source", "source", doc.source))
    if doc.url is not None:
        lines.append(_header_line("URL", "url", doc.url))
    lines.append(_header_line("Language", "language", doc.language))
    return "\n".join(lines) + "\n\n" + doc.text
