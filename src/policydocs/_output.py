"""Writing an output file the way ``>`` and ``cp`` users expect, but atomically.

A regular file (new or existing) is replaced in one rename, so a reader sees
the old file or the whole new one, never a part. Everything else behaves as
the shell's ``>`` would: a symlink is followed and its target replaced (the
link stays a link), a device or FIFO (``/dev/stdout``, ``/dev/null``, a pipe)
is written through directly, a new file gets ``0o666`` less the umask and an
existing file keeps its permission bits.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import secrets
import stat
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["same_file", "write_atomic"]

#: Attempts at a fresh temporary name before giving up (a clash needs a
#: 64-bit random name to repeat, so one retry is already paranoia).
_TEMP_ATTEMPTS = 16


def _temp_file(folder: Path, name: str, mode: int | None) -> tuple[Path, int]:
    """Create a new, empty temporary file in ``folder``; return it and its fd.

    Created with mode 0o666 so the kernel applies the umask exactly as it does
    for a new file written by ``>``; an existing target's bits are copied over
    afterwards with ``fchmod`` (which the umask does not touch).
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(_TEMP_ATTEMPTS):
        tmp = folder / f".{name}.{secrets.token_hex(8)}.tmp"
        try:
            fd = os.open(tmp, flags, 0o666)
        except FileExistsError:
            continue
        if mode is not None:
            try:
                os.fchmod(fd, mode)
            except BaseException:
                os.close(fd)
                tmp.unlink(missing_ok=True)
                raise
        return tmp, fd
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def _fsync_folder(folder: Path) -> None:
    # The rename is durable only once the folder's entry is on disk. Some file
    # systems (and platforms without O_DIRECTORY) cannot fsync a folder: the
    # data itself is already synced, so that is not worth failing a run for.
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        fd = os.open(folder, flags)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def _write_through(target: Path, write: Callable[[IO[str]], object]) -> None:
    with target.open("w", encoding="utf-8", newline="\n") as fh:
        write(fh)


def write_atomic(
    path: str | os.PathLike[str], write: Callable[[IO[str]], object], /
) -> None:
    """Write a file through ``write(fp)`` so that readers never see a partial file.

    A regular target is written to a temporary file in its folder, synced,
    and renamed over the target only when ``write`` returns (the folder is
    synced after the rename); on any error or interrupt the temporary file is
    removed and the target left as it was. A symlink is resolved first, so
    its target is replaced and the link kept. A device, FIFO or socket is
    written through directly (it cannot be replaced, and a rename would put
    a regular file in its place).

    Raises:
        OSError: the target cannot be written: its folder is missing or not
            writable, or it is a folder (``IsADirectoryError``). The error's
            ``filename`` is ``path`` as given, never the temporary file.

    .. versionadded:: 0.1
    """
    given = os.fspath(path)
    target = Path(os.path.realpath(given))
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise type(exc)(exc.errno, exc.strerror, given) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), given)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(target, write)
        return
    mode = None if info is None else stat.S_IMODE(info.st_mode)
    tmp: Path | None = None
    try:
        # Inside the try, so an interrupt right after creation still removes it.
        try:
            tmp, fd = _temp_file(target.parent, target.name, mode)
        except OSError as exc:
            raise type(exc)(exc.errno, exc.strerror, given) from None
        with io.open(fd, "w", encoding="utf-8", newline="\n") as fh:  # noqa: UP020
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        tmp.replace(target)
        tmp = None
        _fsync_folder(target.parent)
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str], /) -> bool:
    """Whether two paths name one existing file (through links, ``..`` and case)."""
    try:
        return Path(a).samefile(b)
    except (OSError, ValueError):
        return False
