"""Extraction at cluster scale with Dask bags.

Extraction is a pure function of a file and documents pickle, so a corpus
spreads over a Dask cluster like over :func:`policydocs.extract_many`'s local
processes. Three small helpers cover the usual pipeline: files (or JSON Lines
written earlier) → a bag of :class:`~policydocs.Document` → JSON Lines, flat
records, or a Dask data frame::

    import policydocs.dask as pdd


    def main() -> None:
        docs = pdd.read_bag("corpus/**/*.txt")       # extraction runs lazily
        pdd.to_jsonl(docs, "out/part-*.jsonl")       # one file per partition
        frame = pdd.to_dataframe(docs, "metrics")    # needs dask[dataframe]
        print(frame.groupby("unit").value.count().compute())


    if __name__ == "__main__":  # process schedulers import this script again
        main()

In a script, keep the work under ``if __name__ == "__main__":``: the
``processes`` and ``distributed`` schedulers start Python processes that
import the script, and without the guard each would start the work again.

Any bag of documents works with ``to_jsonl``, ``to_records`` and
``to_dataframe``; ``read_bag`` is only the common way to make one.

Needs the ``dask`` extra (``pip install 'policydocs[dask]'``). Dask is imported
inside each function, not by this module: ``import policydocs.dask`` costs
nothing and works without Dask, and calling a helper without it raises
``ImportError`` naming the extra. Documents and errors pickle, so every Dask
scheduler (threads, processes, distributed) runs these graphs.

.. versionadded:: 0.1
"""

from __future__ import annotations

import functools
import glob
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from ._errors import PolicyDocsError, SerializationError

if TYPE_CHECKING:
    # Optional extra: without it the bag and frame types are Any.
    from collections.abc import Iterable, Iterator

    import dask.bag as db  # type: ignore[import-not-found, unused-ignore]
    import dask.dataframe as dd  # type: ignore[import-not-found, unused-ignore]

    from ._models import Document
    from ._table import Kind, Record

__all__ = ["read_bag", "to_dataframe", "to_jsonl", "to_records"]


def __dir__() -> list[str]:
    return sorted(__all__)


def _import(module: str, extra: str) -> Any:
    # Typed Any on purpose: Dask is only partly annotated, and may be absent
    # when this module is type-checked; the public signatures stay precise.
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        msg = f"policydocs.dask needs {extra}: pip install '{extra}'"
        raise ImportError(msg) from exc


def _expand(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[str]:
    from ._batch import DOCUMENT_SUFFIXES, expand_paths

    if isinstance(paths_or_glob, str | os.PathLike):
        names: Iterable[str | os.PathLike[str]] = [paths_or_glob]
    else:
        names = paths_or_glob
    given: list[str] = []
    for name in names:
        text = os.fspath(name)
        if glob.has_magic(text):
            # Path.glob takes only relative patterns; user globs may be absolute.
            given.extend(sorted(glob.glob(text, recursive=True)))  # noqa: PTH207
        else:
            given.append(text)
    suffixes = (*DOCUMENT_SUFFIXES, ".jsonl")
    return [str(p) for p in expand_paths(given, suffixes=suffixes)]


def _read_file(path: str, *, skip_errors: bool) -> list[Document]:
    from ._readers import read

    try:
        return [read(path)]
    except PolicyDocsError:
        if skip_errors:
            return []
        raise


def _load_jsonl_files(paths: Iterable[str], *, skip_errors: bool) -> Iterator[Document]:
    """The documents of JSON Lines files, a bad line skipped or raised by name.

    Read as bytes and decoded line by line, so one line that is not UTF-8 is
    one bad record (skipped, or raised with its file and line), not a
    decoding error that ends the whole file.
    """
    from ._serialize import load_jsonl

    for path in paths:
        try:
            yield from load_jsonl(path, on_error=_ignore if skip_errors else None)
        except SerializationError as exc:
            raise exc.located(source=path) from None


def _ignore(error: object) -> None:
    del error


def read_bag(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    /,
    *,
    npartitions: int | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> db.Bag:
    """Make a bag of documents from files, folders, globs or JSON Lines.

    Text and JSON files are read and extracted as :func:`policydocs.read`
    does, when the bag is computed. Files ending in ``.jsonl`` hold documents
    already extracted (as :func:`to_jsonl` or ``policydocs extract --format
    jsonl`` write them), one per line, and are loaded, not re-extracted.
    Folders expand to their ``.txt``, ``.json``, ``.md`` and ``.jsonl`` files
    (recursively, sorted, gold annotations left out), and a string with
    ``*``, ``?`` or ``[`` is a glob (``**`` recurses).

    Args:
        paths_or_glob: A path, a glob, or an iterable of them.
        npartitions: Partitions for the non-JSON-Lines files (Dask's default
            when None); JSON Lines get one partition per file.
        errors: ``"raise"`` fails the computation on the first bad file or
            line; ``"skip"`` leaves bad ones out (count them by comparing
            with the number of paths, or use
            :func:`policydocs.extract_many` locally for per-file reports).

    Returns:
        A lazy bag of :class:`~policydocs.Document`: nothing is read until
        it is computed, and then bad files and lines raise
        :class:`~policydocs.PolicyDocsError` (unless ``errors="skip"``).

    Raises:
        ImportError: Dask is not installed.
        ValueError: ``errors`` is neither "raise" nor "skip".
        FileNotFoundError: nothing matched.

    .. versionadded:: 0.1
    """
    if errors not in ("raise", "skip"):
        msg = f"expected errors='raise' or 'skip', found {errors!r}"
        raise ValueError(msg)
    bags_mod = _import("dask.bag", "policydocs[dask]")
    skip = errors == "skip"
    paths = _expand(paths_or_glob)
    jsonl = [p for p in paths if p.endswith(".jsonl")]
    texts = [p for p in paths if not p.endswith(".jsonl")]
    if not paths:
        msg = f"no documents found at {paths_or_glob!r}"
        raise FileNotFoundError(msg)
    bags = []
    if texts:
        seq = bags_mod.from_sequence(texts, npartitions=npartitions)
        bags.append(seq.map(_read_file, skip_errors=skip).flatten())
    if jsonl:
        files = bags_mod.from_sequence(jsonl, npartitions=len(jsonl))
        load = functools.partial(_load_jsonl_files, skip_errors=skip)
        bags.append(files.map_partitions(load))
    return cast("db.Bag", bags[0] if len(bags) == 1 else bags_mod.concat(bags))


def _dumps_line(doc: Document) -> str:
    from ._serialize import dumps

    return dumps(doc)


def to_jsonl(
    bag: db.Bag, path: str | os.PathLike[str], /, **kwargs: object
) -> list[str]:
    """Write a bag of documents as JSON Lines, one file per partition.

    ``path`` is a folder or a name with one ``*`` (replaced by the partition
    number, e.g. ``"out/part-*.jsonl"``); fsspec URLs work as in Dask.
    Extra keyword arguments go to :meth:`dask.bag.Bag.to_textfiles` (for
    instance ``scheduler="processes"``). Every line is exactly what
    :func:`policydocs.dumps` writes, so :func:`policydocs.load_jsonl` and
    :func:`read_bag` read the files back.

    The files are not written atomically: Dask writes each part in place,
    so a computation that fails or is interrupted leaves some parts whole,
    one cut short and the rest missing. Write to a fresh folder and rename
    it (or record completion) once this returns.

    Args:
        bag: A bag of :class:`~policydocs.Document` (as :func:`read_bag`
            makes); computing it happens here.
        path: The folder to write ``0.jsonl``, ``1.jsonl`` ... into
            (created if missing), or a file name pattern with one ``*``.
        **kwargs: Passed on to :meth:`dask.bag.Bag.to_textfiles`.

    Returns:
        The names of the files written.

    Raises:
        ImportError: Dask is not installed.

    .. versionadded:: 0.1
    """
    _import("dask.bag", "policydocs[dask]")
    docs: Any = bag
    target = os.fspath(path)
    if "*" not in target and not target.endswith(".jsonl"):
        Path(target).mkdir(parents=True, exist_ok=True)
        target = os.path.join(target, "*.jsonl")  # noqa: PTH118 - fsspec paths may be URLs
    names: list[str] = docs.map(_dumps_line).to_textfiles(
        target, encoding="utf-8", last_endline=True, **kwargs
    )
    return names


def _partition_records(docs: Iterable[Document], kind: Kind) -> list[Record]:
    from ._table import table

    return table(docs, kind)


def to_records(bag: db.Bag, kind: Kind, /) -> db.Bag:
    """Turn a bag of documents into a bag of :func:`policydocs.table` records.

    Args:
        bag: A bag of :class:`~policydocs.Document` (as :func:`read_bag`
            makes).
        kind: Which items to list: one of ``policydocs.TABLE_KINDS``.

    Returns:
        A lazy bag of records (dicts), one per item, each partition's in
        the order :func:`policydocs.table` gives them.

    Raises:
        ImportError: Dask is not installed.
        ValueError: ``kind`` is not a table kind.

    .. versionadded:: 0.1
    """
    from ._table import columns

    columns(kind)  # refuse a bad kind now, not inside a worker
    _import("dask.bag", "policydocs[dask]")
    docs: Any = bag
    return cast(
        "db.Bag", docs.map_partitions(functools.partial(_partition_records, kind=kind))
    )


def _partition_frame(docs: Iterable[Document], kind: Kind) -> object:
    from ._table import to_pandas

    return to_pandas(docs, kind)


def to_dataframe(bag: db.Bag, kind: Kind, /) -> dd.DataFrame:
    """Turn a bag of documents into a Dask DataFrame of one kind of item.

    Each partition becomes a pandas frame as :func:`policydocs.to_pandas`
    builds it, so the columns and types are the same (dates as
    ``datetime64``, nullable integers), and known before anything is computed.

    Args:
        bag: A bag of :class:`~policydocs.Document` (as :func:`read_bag`
            makes).
        kind: Which items to list: one of ``policydocs.TABLE_KINDS``.

    Returns:
        A lazy Dask DataFrame, one partition per partition of ``bag``.

    Raises:
        ImportError: Dask's data frames (``dask[dataframe]``) or pandas are
            not installed.
        ValueError: ``kind`` is not a table kind.

    .. versionadded:: 0.1
    """
    from ._table import to_pandas

    delayed = _import("dask", "policydocs[dask]").delayed
    frames = _import("dask.dataframe", "dask[dataframe]")
    meta = to_pandas([], kind)
    docs: Any = bag
    parts = [delayed(_partition_frame)(part, kind) for part in docs.to_delayed()]
    return cast(
        "dd.DataFrame", frames.from_delayed(parts, meta=meta, verify_meta=False)
    )
