"""Reading an input file safely: a regular file only, inside its directory, under a size limit.

Every input factlint reads (seeds, fact sheets, assertions, the manifest, a baseline) goes
through `read_bytes`, so that a FIFO never blocks (the file is opened without blocking and
checked before a byte is read), a device such as /dev/zero is never read, a symlink leading
out of the directory it was found in is refused, and a file over its limit is refused before
it is read. Each refusal is an InputError naming the file.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Optional

from .errors import InputError, Problem

MB = 1_000_000
# A seed larger than this is refused (factlint check --max-seed-size). Measured with bench/adversarial.py
# --big-seed on a shared 2-core machine: an article repeated to 1 MB takes 13 s of CPU and 369 MB to check,
# to 5.1 MB 53 s and 918 MB; 4 MB stays under a minute and 1 GB, and is 40 times the longest article of the
# real-world corpus. A 20 MB seed is refused.
SEED_SIZE_LIMIT = 4 * MB
YAML_SIZE_LIMIT = 5 * MB  # a fact sheet, assertions file, manifest or baseline larger than this is refused


def refuse(path: str | Path, message: str) -> InputError:
    return InputError(Problem(str(path), 0, message))


def outside(path: Path, root: Path) -> bool:
    """Whether path, symlinks resolved, leaves the directory root (symlinks resolved too). A file of root itself that
    is no symlink (a seed of its seeds directory: every seed of every run) stays inside, known by one lstat; any other
    path is resolved."""
    if path.parent == root and path.name not in ("", ".", "..") and not path.is_symlink():
        return False
    try:
        path.resolve().relative_to(root.resolve())
        return False
    except ValueError:
        return True


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return name
    return "not a regular file"


def read_bytes(path: str | Path, limit: int, inside: Optional[Path] = None, what: str = "") -> bytes:
    """The content of a regular file of at most `limit` bytes; InputError otherwise (`what` names
    the kind of file in the message, "cannot read seed: ...")."""
    path = Path(path)
    if inside is not None and outside(path, inside):
        raise refuse(path, f"refused: a symlink to {path.resolve()}, outside {inside}")
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise refuse(path, f"cannot read{' ' + what if what else ''}: {exc.strerror or exc}") from exc
    with os.fdopen(handle, "rb") as file:
        mode = os.fstat(file.fileno())
        if not stat.S_ISREG(mode.st_mode):
            raise refuse(path, f"refused: {_kind(mode.st_mode)}, not a regular file")
        if mode.st_size > limit:
            raise refuse(path, f"refused: {mode.st_size:,} bytes, over the size limit of {limit:,}")
        data = file.read(limit + 1)
    if len(data) > limit:  # it grew while being read
        raise refuse(path, f"refused: over the size limit of {limit:,} bytes")
    return data
