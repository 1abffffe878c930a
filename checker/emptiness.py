"""Never a silent pass: a run that would check nothing is an error that says why.

No seeds to read (an empty directory, or only files with suffixes factlint does not read), no
facts with fewer than two seeds (without facts only conflicts between seeds are checked), or an assertion whose seed selector (an id or a file-name glob) matches no seed: each is
a problem naming the file, so that a gate never exits 0 without having checked anything.
"""
from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Iterable

from .corpus import SEED_SUFFIXES, skipped_files
from .errors import InputError, Problem
from .model import Assertion, Fact, SeedResult


def require_something(seeds_dir: Path, sources: list, facts: tuple[Fact, ...], fact_paths: Iterable[Path]) -> None:
    """InputError when there are no seeds, or no facts and no two seeds to compare."""
    problems = []
    if not sources:
        skipped = skipped_files(seeds_dir)
        also = f"; not read (suffix not {', '.join(sorted(SEED_SUFFIXES))}): {', '.join(skipped[:10])}" if skipped else ""
        problems.append(Problem(str(seeds_dir), 0, f"nothing to check: no seeds{also}"))
    if not facts and len(sources) == 1:
        where = ", ".join(str(p) for p in fact_paths)
        problems.append(Problem(where, 0, "nothing to check: no facts, and one seed has no other to be compared with"))
    if problems:
        raise InputError(problems)


def empty_selectors(assertions: Iterable[Assertion], results: list[SeedResult]) -> list[Problem]:
    """A problem for each seed selector of an assertion that matches no seed of the corpus."""
    ids = {r.seed.id for r in results}
    names = {Path(r.seed.path).name for r in results}
    problems = []
    for assertion in assertions:
        for selector in assertion.seeds:
            if selector in ids or fnmatch.filter(names, selector) or fnmatch.filter(ids, selector):
                continue
            problems.append(Problem(assertion.path, assertion.line,
                                    f"assertion {assertion.id!r}: seeds selector {selector!r} selects no seed", "seeds"))
    return problems
