"""Extract many files, in parallel processes, in input order.

Files are read and extracted in worker processes (extraction is a pure
function of the file, and documents pickle), sent in chunks so that a million
small files do not cost a million round trips. Only a bounded window of chunks
is in flight at a time, so memory stays flat however long the path list is,
and results come back in input order. A file that fails is recorded as a
:class:`FileError` and the run goes on.
"""

from __future__ import annotations

import contextlib
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Final, Self

import attrs

from ._errors import (
    ParseError,
    PolicyDocsError,
    Problem,
    SerializationError,
    format_errors,
)
from ._models import Document

__all__ = [
    "BatchRun",
    "FileError",
    "expand_paths",
    "extract_many",
    "iter_results",
    "iter_source_results",
    "iter_sources",
]

#: What a folder is searched for: documents, never gold annotations.
DOCUMENT_SUFFIXES: Final = (".txt", ".json", ".jsonl", ".md")

#: Files per task: large enough to amortise pickling and scheduling, small
#: enough that progress stays smooth and that a slow file does not hold back
#: a whole core's share of the corpus.
MAX_CHUNK: Final = 32
#: Chunks in flight per worker: two keeps every worker busy while the parent
#: consumes results, without buffering the corpus.
WINDOW_PER_JOB: Final = 2


@attrs.frozen(kw_only=True)
class FileError:
    """A file that could not be read or extracted.

    Attributes:
        path: The file, as given.
        kind: ``"input"`` for a policydocs error (a bad file), ``"internal"``
            for any other exception (a bug; please report it).
        messages: One line per problem, as :func:`policydocs.format_errors` gives.
        problems: The same problems structured, each a
            :class:`~policydocs.Problem` with its code and JSON path
            (``"parse"`` with an empty path for a text that could not be read,
            ``"internal"`` for a bug).

    .. versionadded:: 0.1
    """

    path: str
    kind: str
    messages: tuple[str, ...]
    problems: tuple[Problem, ...] = ()

    def __str__(self) -> str:
        label = "" if self.kind == "input" else "internal error: "
        return "; ".join(f"{label}{m}" for m in self.messages) or f"{label}failed"


Result = Document | FileError
#: A file to read and the id its text gets when no ``Id:`` header names one
#: (None: the file's stem).
Source = tuple[str, str | None]


def _walk(folder: Path, on_error: Callable[[OSError], object]) -> Iterator[Path]:
    """Every regular file below ``folder``; each unreadable folder to ``on_error``.

    ``os.walk`` rather than ``rglob``: Python 3.11's ``rglob`` skips a folder
    it may not read without a word, and the user must hear of it.
    """
    for root, _, files in os.walk(folder, onerror=on_error):
        for name in files:
            path = Path(root, name)
            # is_file follows links and is False for FIFOs and devices, which
            # would block a reader.
            if path.is_file():
                yield path


def iter_sources(
    names: Iterable[str | os.PathLike[str]],
    /,
    *,
    suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES,
    on_error: Callable[[FileError], object] | None = None,
) -> Iterator[Source]:
    """Files as given; folders expand to their documents with ids from their paths.

    A file below a folder gets as id its path relative to that folder,
    without extension and with ``/`` between parts (``a/report`` for
    ``corpus/a/report.txt`` given as ``corpus``), so equal file names in
    different subfolders do not collide. A folder that cannot be read (the
    one given or one below it) goes to ``on_error`` as a :class:`FileError`
    naming the folder and the reason, or raises :class:`ParseError` without
    ``on_error``.
    """

    def report(exc: OSError) -> None:
        where = os.fspath(exc.filename) if exc.filename is not None else "?"
        error = FileError(
            path=where,
            kind="input",
            messages=(f"{where}: cannot read folder: {exc.strerror or exc}",),
        )
        if on_error is None:
            raise ParseError(error.messages[0].split(": ", 1)[1], source=where)
        on_error(error)

    for name in names:
        p = Path(name)
        if not p.is_dir():
            yield os.fspath(name), None
            continue
        found = [
            (f.relative_to(p).parts, f)
            for f in _walk(p, report)
            if f.suffix in suffixes and not f.name.endswith(".gold.json")
        ]
        for parts, f in sorted(found):
            yield str(f), "/".join((*parts[:-1], Path(parts[-1]).stem))


def expand_paths(
    names: Iterable[str | os.PathLike[str]],
    /,
    *,
    suffixes: tuple[str, ...] = DOCUMENT_SUFFIXES,
) -> Iterator[Path]:
    """Files as given; folders expand to their documents, sorted, recursively.

    A folder yields every file below it whose suffix is in ``suffixes``
    (``.txt``, ``.md``, ``.json`` and ``.jsonl`` by default) except gold
    annotations (``*.gold.json``), in sorted order so runs are repeatable.

    Raises:
        ParseError: a folder cannot be read.
    """
    for path, _ in iter_sources(names, suffixes=suffixes):
        yield Path(path)


def _error_of(path: str, exc: BaseException) -> FileError:
    messages = tuple(format_errors(exc))
    if isinstance(exc, PolicyDocsError):
        problems = (
            exc.details
            if isinstance(exc, SerializationError)
            else tuple(Problem(code="parse", path=(), message=m) for m in messages)
        )
        return FileError(path=path, kind="input", messages=messages, problems=problems)
    # Not every exception pickles; its text always does.
    text = f"{type(exc).__name__}: {exc}"
    problem = Problem(code="internal", path=(), message=text)
    return FileError(path=path, kind="internal", messages=(text,), problems=(problem,))


def _extract_one(source: Source) -> Iterator[Result]:
    """Every document of one file; a bad record or file as a :class:`FileError`."""
    from ._readers import iter_file

    path, default_id = source
    errors: list[PolicyDocsError] = []
    try:
        for doc in iter_file(path, default_id=default_id, on_error=errors.append):
            yield from (_error_of(path, e) for e in errors)
            errors.clear()
            yield doc
    except Exception as exc:  # noqa: BLE001 - one broken file must not end a corpus run
        yield from (_error_of(path, e) for e in errors)
        yield _error_of(path, exc)
        return
    yield from (_error_of(path, e) for e in errors)


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it
    # (cancelling the queue), instead of every worker printing a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A forked worker inherits the parent's Python handlers: the CLI's turns
    # SIGTERM into SystemExit, which the pool's worker loop would catch as a
    # failed task and go on. SIGTERM must end a worker.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


#: How often a worker checks that the process that started it is alive.
PARENT_POLL_SECONDS: Final = 0.5


def _exit_with_parent() -> None:
    # A parent killed with SIGKILL cannot shut its pool down, and its workers
    # would wait on their task queue forever; each watches for being
    # reparented (its parent's pid changes) and exits.
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="policydocs-parent-watch", daemon=True).start()


def _init_worker() -> None:
    _ignore_sigint()
    _exit_with_parent()


def _extract_chunk(sources: Sequence[Source]) -> list[tuple[str, Result]]:
    return [(s[0], result) for s in sources for result in _extract_one(s)]


def _chunks(sources: Iterable[Source], size: int) -> Iterator[list[Source]]:
    chunk: list[Source] = []
    for p in sources:
        chunk.append(p)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _resolve_jobs(jobs: int) -> int:
    if jobs < 0:
        msg = f"expected jobs >= 0 (0 for one per core), found {jobs!r}"
        raise ValueError(msg)
    if jobs == 0:
        return os.cpu_count() or 1
    return jobs


def iter_results(
    paths: Iterable[str | os.PathLike[str]],
    /,
    *,
    jobs: int = 1,
    chunk_size: int | None = None,
) -> Generator[Result, None, None]:
    """Yield the Documents of each path, or a FileError, in input order.

    With ``jobs=1`` everything runs in this process; otherwise in a pool of
    ``jobs`` worker processes (0: one per core).
    """
    sources: Iterable[Source] = ((os.fspath(p), None) for p in paths)
    if isinstance(paths, Sequence):
        sources = list(sources)
    for _, result in iter_source_results(sources, jobs=jobs, chunk_size=chunk_size):
        yield result


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """End the pool's workers now: an interrupted run wants none of their results.

    Waiting instead could last as long as a chunk of slow files, and a
    worker blocked on a full result pipe never finishes at all.
    """
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        # SIGKILL: a worker only reads and extracts, so nothing of it needs
        # a clean exit, and no handler it may hold can delay this.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    # With its workers gone the pool's manager thread ends at once; joined
    # here so that nothing is left for the interpreter's exit to wait on. A
    # second Ctrl-C must not cut this join short (a thread left behind would
    # hang the exit): the run is already ending, within moments.
    while True:
        try:
            pool.shutdown(wait=True, cancel_futures=True)
        except KeyboardInterrupt:
            continue
        break


def iter_source_results(
    sources: Iterable[Source],
    /,
    *,
    jobs: int = 1,
    chunk_size: int | None = None,
) -> Generator[tuple[str, Result], None, None]:
    """Each file's results with its path, in input order, from iter_sources' pairs."""
    jobs = _resolve_jobs(jobs)
    if jobs == 1:
        for source in sources:
            for result in _extract_one(source):
                yield source[0], result
        return
    size = chunk_size or MAX_CHUNK
    if chunk_size is None and isinstance(sources, Sequence):
        # Short lists: spread them over the workers rather than one chunk.
        size = max(1, min(MAX_CHUNK, len(sources) // (jobs * 4)))
    window = jobs * WINDOW_PER_JOB
    pending: deque[Future[list[tuple[str, Result]]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker)
    try:
        for chunk in _chunks(sources, size):
            pending.append(pool.submit(_extract_chunk, chunk))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    except BaseException:
        # Ctrl-C, an error, or a consumer that stopped early: nothing more
        # is wanted, so the workers stop now rather than finish their chunks.
        _stop_workers(pool)
        raise
    pool.shutdown(wait=True)


class BatchRun(Iterator[Document]):
    """The documents of :func:`extract_many`, with the files that failed.

    Iterate it for the documents; ``errors`` fills up as failing files are
    reached, and ``ok`` counts the documents yielded so far. To stop early,
    ``close()`` it (or use it as a context manager): queued files are dropped
    and the worker processes shut down at once instead of when the run is
    garbage-collected.

    .. versionadded:: 0.1
    """

    def __init__(
        self,
        results: Generator[Result, None, None],
        on_error: Callable[[FileError], object] | None,
    ) -> None:
        """Wrap a result stream (internal; use :func:`extract_many`)."""
        self._results = results
        self._on_error = on_error
        self.errors: list[FileError] = []
        self.ok = 0

    def __iter__(self) -> BatchRun:
        """Return the run itself (it is its own iterator)."""
        return self

    def __next__(self) -> Document:
        """Return the next document in input order, skipping failed files."""
        for result in self._results:
            if isinstance(result, FileError):
                self.errors.append(result)
                if self._on_error is not None:
                    self._on_error(result)
                continue
            self.ok += 1
            return result
        raise StopIteration

    def close(self) -> None:
        """Stop the run: drop queued files and shut the workers down."""
        self._results.close()

    def __enter__(self) -> Self:
        """Return the run; leaving the block closes it."""
        return self

    def __exit__(self, *exc_info: object) -> None:
        """Close the run."""
        self.close()


def extract_many(
    paths: Iterable[str | os.PathLike[str]],
    /,
    *,
    jobs: int = 1,
    on_error: Callable[[FileError], object] | None = None,
) -> BatchRun:
    """Read and extract many files, yielding documents in input order.

    Each file is read as :func:`policydocs.read` reads it. With ``jobs`` above
    1 the files are processed in that many worker processes (0: one per
    core); the order of the results is the order of ``paths`` either way.
    A file that fails does not stop the run: it is skipped, recorded in the
    returned run's ``errors`` and passed to ``on_error`` if given.

    >>> import policydocs
    >>> run = policydocs.extract_many(["seeds/000_809c9f3e5515490f.txt", "missing.txt"])
    >>> [doc.published.isoformat() for doc in run]
    ['2026-03-06']
    >>> [error.path for error in run.errors]
    ['missing.txt']

    Args:
        paths: Files to read (any iterable; consumed lazily in chunks).
        jobs: Worker processes; 1 runs in this process.
        on_error: Called with each :class:`FileError` as it is reached;
            None (the default) only records it in ``errors``.

    Returns:
        A :class:`BatchRun`: iterate it for the documents (once); its
        ``errors`` lists the files that failed so far. Use it as a context
        manager, or close it, to stop the workers early.

    Raises:
        ValueError: ``jobs`` is negative.

    .. versionadded:: 0.1
    """
    _resolve_jobs(jobs)
    return BatchRun(iter_results(paths, jobs=jobs), on_error)
