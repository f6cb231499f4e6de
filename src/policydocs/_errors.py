"""The exception hierarchy of policydocs.

Every public error derives from :class:`PolicyDocsError` and also from the
builtin a caller would naturally catch (``ValueError``), so ``except
ValueError`` keeps working for code that does not know this library.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final, Self

import attrs

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "ParseError",
    "PolicyDocsError",
    "PolicyDocsWarning",
    "Problem",
    "SerializationError",
    "ValidationError",
    "ValidationErrors",
    "format_errors",
    "format_path",
]

Path = tuple[str | int, ...]


def format_path(path: Sequence[str | int]) -> str:
    """Render a path as a JSONPath-like string such as ``$.metrics[2].period.end``.

    >>> format_path(("metrics", 2, "period", "end"))
    '$.metrics[2].period.end'

    .. versionadded:: 0.1
    """
    return "$" + "".join(
        f"[{part}]" if isinstance(part, int) else f".{part}" for part in path
    )


@attrs.frozen(kw_only=True)
class Problem:
    """One thing wrong with a document.

    Attributes:
        code: A stable slug, e.g. ``"span-bounds"``, ``"unknown-actor"`` or
            (from the JSON loader) ``"json-type"``, ``"missing-field"``,
            ``"json-syntax"``.
        path: Where, as a tuple such as ``("metrics", 2, "period", "end")``.
        message: What was expected and what was found.

    .. versionadded:: 0.1
    """

    code: str
    path: tuple[str | int, ...]
    message: str

    @property
    def where(self) -> str:
        """The path rendered as ``$.metrics[2].period.end``."""
        return format_path(self.path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message} [{self.code}]"

    def to_error(self) -> ValidationError:
        """The problem as a raisable :class:`~policydocs.ValidationError`.

        Returns:
            An error with this problem's code, path and message.
        """
        return ValidationError(self.code, self.message, path=self.path)


#: Codes of the JSON loader's own problems (types, fields, JSON syntax). Their
#: text in ``SerializationError.problems`` carries no ``[code]`` suffix, as it
#: never did; the model's rules (``span-bounds`` ...) keep theirs.
_LOADER_CODES: Final = frozenset(
    {
        "json-type",
        "json-date",
        "json-surrogate",
        "missing-field",
        "unknown-field",
        "json-invalid",
        "json-syntax",
        "json-number",
        "duplicate-key",
        "too-deep",
        "encoding",
        "not-a-document",
        "schema",
        "document-count",
    }
)
_PATH_PART_RE: Final = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


def _parse_path(where: str) -> tuple[str | int, ...]:
    """``$.metrics[2].end`` back to ``("metrics", 2, "end")``."""
    return tuple(
        int(index) if index else name
        for name, index in _PATH_PART_RE.findall(where.removeprefix("$"))
    )


class PolicyDocsError(Exception):
    """Root of every error raised by policydocs.

    .. versionadded:: 0.1
    """


class ParseError(PolicyDocsError, ValueError):
    """Input text (a document, a header, a period) could not be read.

    Attributes:
        message: What was expected and what was found.
        source: The file name or ``"<string>"``.
        line: 1-based line number, or None.
        col: 1-based column, or None.
        span: ``(start, end)`` character offsets into the input, or None.

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        message: str,
        *,
        source: str = "<string>",
        line: int | None = None,
        col: int | None = None,
        span: tuple[int, int] | None = None,
        snippet: str | None = None,
    ) -> None:
        self.message = message
        self.source = source
        self.line = line
        self.col = col
        self.span = span
        self.snippet = snippet
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_parse_error,
            (self.message, self.source, self.line, self.col, self.span, self.snippet),
        )

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        out = f"{_printable(where)}: {self.message}"
        if self.snippet is not None and self.col is not None:
            # A caret under the offending column, as compilers do. The line is
            # the input's own text: escaped, so it cannot drive the terminal,
            # and the caret moved by what the escapes added before it.
            line = self.snippet.replace("\t", " ")[:200]
            width = 1
            if self.span is not None:
                width = max(
                    1, min(self.span[1] - self.span[0], len(line) - self.col + 1)
                )
            before = len(_printable(line[: self.col - 1]))
            width = len(_printable(line[self.col - 1 : self.col - 1 + width]))
            out += f"\n    {_printable(line)}\n    {' ' * before}{'^' * width}"
        return out


# C0 and C1 control characters other than tab: input text must not drive
# the reader's terminal (escape sequences, bells, cursor moves).
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    r"""``text`` with control characters written as ``\xNN`` escapes."""
    return _CONTROL_RE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _rebuild_parse_error(  # noqa: PLR0917 - pickle passes args positionally
    message: str,
    source: str,
    line: int | None,
    col: int | None,
    span: tuple[int, int] | None,
    snippet: str | None,
) -> ParseError:
    return ParseError(
        message, source=source, line=line, col=col, span=span, snippet=snippet
    )


class ValidationError(PolicyDocsError, ValueError):
    """One invariant of a model is violated.

    Attributes:
        code: A stable slug such as ``"span-order"``, for programs to test.
        path: Where in the document, as a tuple such as
            ``("metrics", 2, "period", "end")``.
        message: What was expected and what was found.
        value: The offending value.

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        code: str,
        message: str,
        *,
        path: Sequence[str | int] = (),
        value: object = None,
    ) -> None:
        self.code = code
        self.message = message
        self.path: Path = tuple(path)
        self.value = value
        super().__init__(self.__str__())

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_validation_error,
            (self.code, self.message, self.path, self.value),
        )

    def at(self, *prefix: str | int) -> ValidationError:
        """Return the same error with ``prefix`` put before its path.

        Args:
            *prefix: Field names and indices of the enclosing items.

        Returns:
            A new error; this one is unchanged.
        """
        return ValidationError(
            self.code, self.message, path=(*prefix, *self.path), value=self.value
        )

    def __str__(self) -> str:
        return f"{format_path(self.path)}: {self.message} [{self.code}]"


def _rebuild_validation_error(
    code: str, message: str, path: Path, value: object
) -> ValidationError:
    return ValidationError(code, message, path=path, value=value)


class ValidationErrors(  # noqa: N818 - a group of ValidationError, named as one
    ExceptionGroup[ValidationError], PolicyDocsError, ValueError
):
    """Every problem found in a document, raised at once.

    An ``ExceptionGroup``, a ``PolicyDocsError`` and a ``ValueError`` at once, so
    ``except*``, ``except PolicyDocsError`` and ``except ValueError`` all work.

    .. versionadded:: 0.1
    """

    def __new__(cls, message: str, errors: Sequence[ValidationError]) -> Self:
        return super().__new__(cls, message, errors)

    def derive(self, excs: Sequence[ValidationError]) -> ValidationErrors:  # type: ignore[override]
        """Keep the subclass when ``split()`` or ``subgroup()`` build a new group."""
        return ValidationErrors(self.message, excs)


class SerializationError(PolicyDocsError, ValueError):
    """JSON or a dictionary could not be turned into a model.

    Attributes:
        details: Every problem found, as :class:`Problem` (code, path,
            message); an error without a path (bad UTF-8, a JSON syntax
            error) has one problem at ``$`` with its own code.
        problems: The same as ``(path, message)`` pairs; the path is
            rendered like ``$.metrics[2].value``.
        code: The code of the first problem (``"json-syntax"`` ...).
        line: For JSON Lines input, the 1-based line of the bad record.
        position: For malformed JSON, the ``(line, column)`` of the syntax
            error in the JSON text (both 1-based).
        source: The file the JSON came from, when known.

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        message: str,
        problems: Sequence[Problem | tuple[str, str]] = (),
        *,
        line: int | None = None,
        source: str | None = None,
        code: str = "json-invalid",
        position: tuple[int, int] | None = None,
    ) -> None:
        self.message = message
        self.details = tuple(
            p
            if isinstance(p, Problem)
            else Problem(code=code, path=_parse_path(p[0]), message=p[1])
            for p in problems
        ) or (Problem(code=code, path=(), message=message),)
        self.problems = tuple(
            p if not isinstance(p, Problem) else (p.where, _loader_text(p))
            for p in problems
        )
        self.code = self.details[0].code
        self.line = line
        self.source = source
        self.position = position
        super().__init__(self.__str__())

    def __reduce__(self) -> tuple[object, ...]:
        return (
            _rebuild_serialization_error,
            (
                self.message,
                self.details if self.problems else (),
                self.line,
                self.source,
                self.code,
                self.position,
            ),
        )

    def _where(self) -> str:
        where = "" if self.source is None else f"{_printable(self.source)}: "
        return where if self.line is None else f"{where}line {self.line}: "

    def __str__(self) -> str:
        head = self._where() + self.message
        if not self.problems:
            return head
        return head + "".join(f"\n  {path}: {msg}" for path, msg in self.problems)

    def located(
        self, *, source: str | None = None, index: int | None = None
    ) -> SerializationError:
        """The same error, read from ``source`` or as item ``index`` of an array."""
        details = self.details if self.problems else ()
        message = self.message
        if index is not None:
            details = tuple(attrs.evolve(p, path=(index, *p.path)) for p in details)
            message = f"item {index}: {message}"
        return SerializationError(
            message,
            details,
            line=self.line,
            source=source if source is not None else self.source,
            code=self.code,
            position=self.position,
        )


def _loader_text(problem: Problem) -> str:
    if problem.code in _LOADER_CODES:
        return problem.message
    return f"{problem.message} [{problem.code}]"


def _rebuild_serialization_error(  # noqa: PLR0917 - pickle passes args positionally
    message: str,
    problems: tuple[Problem, ...],
    line: int | None,
    source: str | None,
    code: str,
    position: tuple[int, int] | None,
) -> SerializationError:
    return SerializationError(
        message, problems, line=line, source=source, code=code, position=position
    )


class PolicyDocsWarning(UserWarning):
    """A recoverable oddity found while reading or extracting.

    .. versionadded:: 0.1
    """


def format_errors(exc: BaseException) -> list[str]:
    """Flatten an error (or a group of them) into one line per problem.

    >>> format_errors(ValidationError("span-order", "end 1 < start 2", path=("span",)))
    ['$.span: end 1 < start 2 [span-order]']

    Args:
        exc: Any exception; a group is flattened, a
            :class:`SerializationError` gives one line per problem.

    Returns:
        The lines, as the CLI prints them.

    .. versionadded:: 0.1
    """
    if isinstance(exc, BaseExceptionGroup):
        lines: list[str] = []
        for sub in exc.exceptions:
            lines.extend(format_errors(sub))
        return lines
    if isinstance(exc, SerializationError) and exc.problems:
        prefix = exc._where()  # noqa: SLF001 - the same module's helper
        return [f"{prefix}{path}: {msg}" for path, msg in exc.problems]
    return [str(exc)]
