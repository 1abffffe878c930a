"""What changed since a git revision: what `factlint check --changed-since REV` checks.

Seeds, fact sheets, assertion files and manifest entries can change. A changed
seed file is checked; a changed manifest entry (a new date, language or id)
checks its seed again; the engine re-checks every seed a changed sheet's facts
link to, and re-evaluates every assertion of a changed assertion file.

A seed counts as changed when `git diff --name-only REV -- SEEDS` lists it as
added, copied, modified or renamed (the working tree against REV, so both
commits after REV and uncommitted edits count), or when it is untracked and
not ignored. Deleted seeds are gone and are not checked. Every git failure (no
git, not a repository, an unknown revision) is an InputError: a gate that
cannot tell what changed must not pass.
"""
from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from . import yamlio
from .corpus import MANIFEST, SEED_SUFFIXES
from .errors import InputError, Problem

WHAT = "--changed-since"


@dataclass(frozen=True)
class Changes:
    """The inputs changed since a revision, as paths the engine can match."""

    seeds: tuple[str, ...]  # seed files added or modified, or whose manifest entry changed
    sheets: tuple[str, ...] = ()  # fact sheets added or modified
    assertions: tuple[str, ...] = ()  # assertion files added or modified


def changes_since(rev: str, seeds: str | Path, facts: str | Path, assertions: str | Path) -> Changes:
    """Every input changed since rev: seeds (with those whose manifest entry changed), sheets, assertions."""
    found = set(changed_seeds(rev, seeds)) | set(_manifest_changes(rev, Path(seeds)))
    return Changes(tuple(sorted(found)), _changed_yaml(rev, Path(facts)), _changed_yaml(rev, Path(assertions)))


def _changed_yaml(rev: str, path: Path) -> tuple[str, ...]:
    """The YAML files at path (a file or a directory of them) added, modified or untracked since rev."""
    if not path.exists():
        return ()
    where = path if path.is_dir() else path.parent
    top = Path(_git(where, "rev-parse", "--show-toplevel").strip())
    spec = str(path.resolve())
    names = _git(where, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACMRT", "--end-of-options",
                 rev, "--", spec) + _git(where, "ls-files", "-z", "--full-name", "--others", "--exclude-standard",
                                         "--", spec)
    return tuple(sorted({str(top / name) for name in filter(None, names.split("\0"))
                         if name.endswith((".yaml", ".yml"))}))


def _manifest_changes(rev: str, directory: Path) -> list[str]:
    """The seed files whose manifest entry was added or changed since rev."""
    if not (directory / MANIFEST).is_file():
        return []
    shown = subprocess.run(["git", "show", f"{rev}:./{MANIFEST}"], cwd=directory, capture_output=True,
                           text=True, encoding="utf-8", check=False)
    before = _entries(shown.stdout, MANIFEST) if shown.returncode == 0 else {}
    after = _entries((directory / MANIFEST).read_text(encoding="utf-8"), str(directory / MANIFEST))
    return [str(directory / name) for name, entry in sorted(after.items())
            if before.get(name) != entry and (directory / name).is_file()]


def _entries(text: str, name: str) -> dict[str, dict]:
    """A manifest's entries by file name, as plain text values (an unreadable one has none)."""
    try:
        data = yamlio.loads(text, name)
    except InputError:
        return {}
    items = data.get("seeds") if isinstance(data, dict) else None
    return {str(item["file"]): {str(k): str(v) for k, v in item.items()} for item in items or ()
            if isinstance(item, dict) and "file" in item}


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
