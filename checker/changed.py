"""The seeds changed since a git revision: what `factlint check --changed-since REV` checks.

A seed counts as changed when `git diff --name-only REV -- SEEDS` lists it as
added, copied, modified or renamed (the working tree against REV, so both
commits after REV and uncommitted edits count), or when it is untracked and
not ignored. Deleted seeds are gone and are not checked. Every git failure (no
git, not a repository, an unknown revision) is an InputError: a gate that
cannot tell what changed must not pass.
"""
from __future__ import annotations

import subprocess
from pathlib import Path

from .corpus import SEED_SUFFIXES
from .errors import InputError, Problem

WHAT = "--changed-since"


def changed_seeds(rev: str, seeds: str | Path) -> list[str]:
    """The seed files of the seeds directory added or modified since rev, or untracked; sorted paths
    as they stand under the seeds directory (seeds/x.txt when seeds is `seeds`)."""
    directory = Path(seeds)
    if not directory.is_dir():
        raise InputError(Problem(str(directory), 0, "no such seeds directory"))
    _git(directory, "rev-parse", "--show-toplevel")  # not a repository: git says so
    _git(directory, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}",
         failure=f"unknown revision {rev!r}")
    # Both list paths relative to the seeds directory (run there, diff with --relative).
    diff = _git(directory, "diff", "--name-only", "--relative", "-z", "--no-renames", "--diff-filter=ACMRT",
                "--end-of-options", rev, "--", ".")
    untracked = _git(directory, "ls-files", "-z", "--others", "--exclude-standard", "--", ".")
    found = set()
    for name in filter(None, (diff + untracked).split("\0")):
        path = directory / name
        if "/" not in name and path.suffix in SEED_SUFFIXES and path.is_file():
            found.add(str(path))
    return sorted(found)


def _git(directory: Path, *args: str, failure: str = "") -> str:
    try:
        done = subprocess.run(["git", *args], cwd=directory, capture_output=True, text=True,
                              encoding="utf-8", check=False)
    except OSError as exc:
        raise InputError(Problem(WHAT, 0, f"cannot run git: {exc}")) from exc
    if done.returncode != 0:
        said = done.stderr.strip().splitlines()
        raise InputError(Problem(WHAT, 0, failure or (said[-1] if said else f"git {args[0]} failed")))
    return done.stdout
