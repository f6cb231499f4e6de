"""policydocs.dask: document bags, JSON Lines, frames on the local scheduler."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from _sample_docs import sample_document

import policydocs
import policydocs.dask as pdd

HAS_DASK = importlib.util.find_spec("dask") is not None
needs_dask = pytest.mark.skipif(
    not HAS_DASK, reason="dask not installed (extra 'dask')"
)


def _has_dask_dataframe() -> bool:
    try:
        import dask.dataframe  # noqa: F401
    except ImportError:
        return False
    return True


@pytest.fixture(autouse=True)
def _synchronous():
    """Run every graph in this process (Dask's synchronous scheduler)."""
    if not HAS_DASK:
        yield
        return
    import dask

    with dask.config.set(scheduler="synchronous"):
        yield


def _corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"doc{i}.txt"
        p.write_text(f"date 2026-03-0{i + 1} Exports rose 5 percent in 2025.", "utf-8")
        paths.append(p)
    return paths


def test_module_imports_without_loading_dask():
    """import policydocs.dask is cheap: Dask loads only when a helper runs."""
    code = "import sys, policydocs.dask; print('dask' in sys.modules)"
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"
    assert pdd.__all__ == sorted(pdd.__all__)
    assert dir(pdd) == pdd.__all__


@needs_dask
def test_read_bag_folder_and_glob(tmp_path):
    """A folder or a glob becomes a bag of extracted documents, sorted by path."""
    paths = _corpus(tmp_path / "c", 3)
    expected = [policydocs.read(p) for p in paths]
    assert pdd.read_bag(tmp_path / "c", npartitions=2).compute() == expected
    assert pdd.read_bag(str(tmp_path / "c" / "*.txt")).compute() == expected
    assert pdd.read_bag([paths[2], paths[0]]).compute() == [expected[2], expected[0]]


@needs_dask
def test_read_bag_errors_raise_or_skip(tmp_path):
    """A bad file fails the computation, or is left out with errors='skip'."""
    paths = _corpus(tmp_path, 2)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    with pytest.raises(policydocs.ParseError, match="UTF-8"):
        pdd.read_bag(tmp_path).compute()
    docs = pdd.read_bag(tmp_path, errors="skip").compute()
    assert [d.id for d in docs] == [p.stem for p in paths]
    with pytest.raises(ValueError, match="errors"):
        pdd.read_bag(tmp_path, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(FileNotFoundError):
        pdd.read_bag(str(tmp_path / "nothing-*.txt"))


@needs_dask
def test_jsonl_round_trip(tmp_path):
    """to_jsonl writes policydocs JSON Lines that load_jsonl and read_bag read back."""
    import dask.bag

    docs = [sample_document(f"s{i}") for i in range(5)]
    bag = dask.bag.from_sequence(docs, npartitions=2)
    names = pdd.to_jsonl(bag, tmp_path / "out")
    assert len(names) == 2
    loaded = [d for name in sorted(names) for d in policydocs.load_jsonl(name)]
    assert loaded == docs
    assert pdd.read_bag(str(tmp_path / "out" / "*.jsonl")).compute() == docs
    assert pdd.read_bag(tmp_path / "out").compute() == docs  # a folder of JSON Lines
    first = Path(min(names)).read_text(encoding="utf-8")
    assert first.endswith("\n")
    assert first.splitlines()[0] == policydocs.dumps(docs[0])


@needs_dask
def test_to_records_matches_table():
    """to_records gives the same records as policydocs.table, in order."""
    import dask.bag

    docs = [sample_document(f"s{i}") for i in range(3)]
    bag = dask.bag.from_sequence(docs, npartitions=2)
    assert pdd.to_records(bag, "metrics").compute() == policydocs.table(docs, "metrics")
    with pytest.raises(ValueError, match="kind"):
        pdd.to_records(bag, "metric")  # type: ignore[arg-type]


@needs_dask
@pytest.mark.skipif(not _has_dask_dataframe(), reason="dask[dataframe] not installed")
def test_to_dataframe_matches_to_pandas():
    """to_dataframe has to_pandas' columns and types, and the same rows."""
    import dask
    import dask.bag

    docs = [sample_document(f"s{i}") for i in range(3)]
    bag = dask.bag.from_sequence(docs, npartitions=2)
    expected = policydocs.to_pandas(docs, "directives")
    assert list(pdd.to_dataframe(bag, "directives").columns) == list(expected.columns)
    # Dask turns object columns into its string dtype by default; without
    # that conversion the frame is exactly to_pandas' frame.
    with dask.config.set({"dataframe.convert-string": False}):
        frame = pdd.to_dataframe(bag, "directives")
        assert dict(frame.dtypes) == dict(expected.dtypes)
        got = frame.compute().reset_index(drop=True)
    assert got.equals(expected)


@needs_dask
def test_jsonl_blank_and_bad_lines(tmp_path):
    """Blank lines are skipped; a bad line fails the run, or is left out with skip."""
    good = policydocs.dumps(sample_document())
    (tmp_path / "a.jsonl").write_text(f"{good}\n\n{{}}\n{good}\n", encoding="utf-8")
    with pytest.raises(policydocs.SerializationError):
        pdd.read_bag(tmp_path / "a.jsonl").compute()
    assert len(pdd.read_bag(tmp_path / "a.jsonl", errors="skip").compute()) == 2


def test_missing_dask_names_the_extra(monkeypatch):
    """Without Dask a helper raises ImportError naming the extra to install."""
    import importlib

    real = importlib.import_module

    def fake(name: str, package: str | None = None) -> object:
        if name.startswith("dask"):
            raise ImportError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", fake)
    with pytest.raises(ImportError, match=r"policydocs\[dask\]"):
        pdd.read_bag("seeds")


@needs_dask
def test_read_bag_non_utf8_line_skipped_or_named(tmp_path):
    """A non-UTF-8 JSONL line: skipped with errors="skip", named (file, line) else."""
    good = policydocs.dumps(sample_document())
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(good.encode() + b"\n\xff\xfe\n" + good.encode() + b"\n")
    assert 2 == len(pdd.read_bag(path, errors="skip").compute())
    with pytest.raises(policydocs.SerializationError) as info:
        pdd.read_bag(path).compute()
    assert (str(path), 2) == (info.value.source, info.value.line)
    assert str(info.value).startswith(f"{path}: line 2: expected UTF-8")
