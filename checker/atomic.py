"""Atomic file writes: readers see the old content or the new, never half of it."""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_atomic", "write_text"]

logger = logging.getLogger(__name__)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` through a temp file in the same folder, fsync, then os.replace; raises OSError.

    A target that exists and is not a regular file (/dev/null, a FIFO, a terminal) is written
    through instead: replacing it would destroy it. A symlink is followed: the file it points to is
    replaced and the link stays. An existing file keeps its permissions; a new one gets the
    umask's, as a plain open() would give it.
    """
    path = Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        with open(path, "wb") as fh:
            fh.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    # NOTE: os.open with 0o666 lets the umask decide; mkstemp would force 0600.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            pass
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass  # NOTE: some platforms and file systems cannot fsync a folder; the file itself is synced.
    finally:
        os.close(dir_fd)


def write_text(path: str | os.PathLike[str], text: str) -> None:
    """`write_atomic` for UTF-8 text; a failure is a one-line [E040] `CheckerError`."""
    from checker.errors import CheckerError, Errors

    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as exc:
        raise CheckerError(Errors.E040.format(path=os.fspath(path), reason=exc.strerror or exc)) from exc
