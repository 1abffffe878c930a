"""Running the per-seed part of a check on every core: the same function, in worker processes.

`check_seed(source, shared)` is the per-seed part (read → extract → link → compare) and a pure
function of one seed and the shared, indexed facts; `map_seeds` runs it over the seeds in this
process (jobs=1), in a pool of worker processes, or on a Dask cluster (checker/distributed.py),
and yields the outcomes in the order of the seeds whatever order they finish in, so a report is
byte-identical however it was computed. A worker reads the seed's file itself and sends back the
mentions, links and comparisons, not the text: the parent holds what the findings need.
"""
from __future__ import annotations

import gc
import json
import multiprocessing
import os
import sys
import threading
import traceback
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TypeVar

from .codec import EMPTY, Apart, Texts
from .concepts import full_lemma_tables
from .corpus import UNREADABLE, SeedSource, read_seed, unreadable
from .errors import Problem
from .incremental import seed_result_key
from .model import Fact, Mention, Seed, SeedResult

# How many seeds a worker takes at a time, at most (fewer when the corpus is small).
MAX_CHUNK = 16


@dataclass(frozen=True)
class Shared:
    """What every seed's analysis reads: the facts, their index and the mention cache (or None)."""

    facts: tuple[Fact, ...]
    index: dict
    cache: object = None  # checker.cache.MentionCache
    store: object = None  # checker.incremental.Store: whole results of seeds seen before
    facts_key: str = ""  # the key of the facts, part of a result's key
    grouping: object = None  # checker.cluster.GroupingContext of the facts: what grouping reads of the claims


@dataclass(frozen=True)
class Outcome:
    """One seed's result (its text left out) or why it could not be read; whether it was extracted
    (not read from the cache), and a cache warning."""

    result: Optional[SeedResult]
    problem: Optional[Problem] = None
    extracted: bool = False
    warning: str = ""
    key: str = ""  # the key of its stored result (checker/incremental.py), "" without a store


def check_seed(source: SeedSource, shared: Shared) -> Outcome:
    """Read, extract (or read from the cache), link and compare one seed."""
    from .engine import analyse_seed

    try:
        seed = read_seed(source)
    except UNREADABLE as exc:
        return Outcome(None, unreadable(source, exc))
    cache, store = shared.cache, shared.store
    warning = cache.warning if cache is not None else ""
    key = seed_result_key(seed, shared.facts_key) if store is not None else ""
    found = _stored(seed, key, shared)
    if found is not None:
        return found
    before = cache.extracted if cache is not None else 0
    try:
        result = kept(analyse_seed(seed, shared.facts, shared.index, cache, grouping=shared.grouping), seed)
    except Exception as exc:  # a bug met on this seed's text: reported for it, the other seeds still run
        return Outcome(None, engine_failure(source, exc))
    if store is not None:
        store.put("results", key, stored_form(result))
        warning = warning or store.warning
    extracted = cache is None or cache.extracted > before
    return Outcome(result, None, extracted, warning or (cache.warning if cache is not None else ""), key)


def engine_failure(source: SeedSource, exc: Exception) -> Problem:
    """What the report says of a seed the engine failed on: the error and the line of factlint it came from,
    to report as a bug; the run exits 2 (the seed could not be checked)."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames) if "checker" in f.filename), "")
    at = f" at {where}" if where else ""
    return Problem(source.path, 0, f"factlint failed on this seed ({type(exc).__name__}: {exc}{at}); please report"
                                   f" it; the other seeds were checked")


def kept(result: SeedResult, seed: Seed) -> SeedResult:
    """What the reduction keeps of a seed's result: not its text, and not its frames once its claims are
    computed, nor its links' (findings and renderers read none of them; a fifth of a stored result, a
    Frame of 40 fields a link); its claims' empty sets are one object (216 bytes each, two a claim: 60 MB
    for 10,000 seeds in the process that reduces)."""
    if result.claims is None:
        return replace(result, seed=replace(seed, text=""))
    claims = tuple(tuple(EMPTY if type(v) is frozenset and not v else v for v in row) for row in result.claims)
    links, comparisons = result.links, result.comparisons
    if any(link.frame is not None for link in links):  # not yet kept (a result read back was)
        bare = {id(link): replace(link, frame=None) for link in links}
        links = tuple(bare[id(link)] for link in links)
        comparisons = tuple(replace(c, link=bare.get(id(c.link)) or replace(c.link, frame=None)) for c in comparisons)
    return replace(result, seed=replace(seed, text=""), frames=(), claims=claims, links=links, comparisons=comparisons)


def stored_form(result: SeedResult) -> SeedResult:
    """A kept result as the store writes it: its mentions and its claims' rows each as a text of its own
    (codec.Texts), so that a rerun builds only those it reads (of the claims it groups), not every seed's; they and
    its grouping rows (codec.Apart) on lines of their own after the rest, which is all a rerun parses of it when
    read (codec.TEXTS_APART)."""
    rows = Texts.of(result.claims) if result.claims is not None else None
    return replace(result, mentions=Texts.of(result.mentions), claims=rows,
                   grouping=Apart(result.grouping) if result.grouping else result.grouping)


def _stored(seed: Seed, key: str, shared: Shared) -> Optional[Outcome]:
    """The seed's outcome when the store holds its result under key, else None."""
    found = shared.store.get("results", key) if shared.store is not None else None
    if not isinstance(found, SeedResult):
        return None
    warning = shared.cache.warning if shared.cache is not None else ""
    if found.seed.text or found.frames:  # not stored as kept (a result is stored once kept: check_seed)
        found = kept(found, seed)
    return Outcome(found, None, False, warning, key)


def read_back(result: SeedResult) -> bool:
    """Whether a result was read back from the store (its mentions are built when read: codec.Texts)."""
    return type(result.mentions) is Texts


def sound(result: SeedResult) -> bool:
    """Whether what the reduction reads late of a result read back is what this version writes: each mention built
    (codec.Texts checks its fields' types), each claim's row naming one of them, the seed's grouping rows at the
    places of its claims' mentions. A checksum that fits says an entry is whole, not who wrote it."""
    try:
        mentions = tuple(result.mentions)
        if not all(type(mention) is Mention for mention in mentions):
            return False
        rows = tuple(result.claims or ())
        if not all(type(row) is tuple and type(row[0]) is int and 0 <= row[0] < len(mentions) for row in rows):
            return False
        places = [[mentions[row[0]].start, mentions[row[0]].end] for row in rows]
        grouping = json.loads(result.grouping) if result.grouping else None
        return grouping is None or [row[:2] for row in grouping] == places
    except (ValueError, TypeError, IndexError, KeyError):
        return False


def untrusted(results: Iterable[SeedResult]) -> list[str]:
    """The ids of the seeds whose results were read back and are not sound; of all those read back when each is
    (the reduction failed on them all the same: none is trusted)."""
    stored = [result for result in results if read_back(result)]
    return [r.seed.id for r in stored if not sound(r)] or [r.seed.id for r in stored]


def stored_outcome(source: SeedSource, shared: Shared) -> Optional[Outcome]:
    """The seed's outcome read from the store in this process, or None when it must be computed (no
    stored result, or the file cannot be read: check_seed reports that)."""
    if shared.store is None:
        return None
    try:
        seed = read_seed(source)
    except UNREADABLE:
        return None
    return _stored(seed, seed_result_key(seed, shared.facts_key), shared)


def stored_first(sources: list[SeedSource], shared: Shared, compute: Callable[..., Iterator[Outcome]],
                 jobs: int = 1, progress: Optional[Callable[[int, int], None]] = None) -> Iterator[Outcome]:
    """The outcome of every seed, in the order of sources: the results the store holds are read in this
    process, only the other seeds go to compute (map_seeds or an executor), so a rerun with one changed
    seed starts no worker for the others and sends no result from a worker to this process."""
    if shared.store is None or not shared.store.holds("results"):
        yield from compute(sources, shared, jobs=jobs, progress=progress)
        return
    with collector_paused():
        found = [stored_outcome(source, shared) for source in sources]
    missing = [source for source, outcome in zip(sources, found) if outcome is None]
    computed = compute(missing, shared, jobs=jobs) if missing else iter(())
    outcomes = (outcome if outcome is not None else next(computed) for outcome in found)
    yield from _counted(outcomes, len(sources), progress)


@contextmanager
def collector_paused():
    """Python's cycle collector off while the block builds objects that stay, and those objects out of
    its reach after (gc.freeze).

    A rerun reads millions of objects from the store and keeps them until its report is done; with the
    collector on, each full collection scans them all again, while reading them and then while grouping
    and rendering (together about 30 % of a rerun's CPU at 2,000 seeds). They hold no cycles (frozen
    dataclasses, tuples, sets), so none is garbage only the collector could find: reference counting
    frees them when the report is dropped, frozen or not."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def all_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


_SHARED: Optional[Shared] = None  # in a worker process: set once by _start


def _start(shared: Shared) -> None:
    """A worker process's start: the shared facts kept, lemmas looked up in the full tables."""
    global _SHARED
    _SHARED = shared
    full_lemma_tables()


def check_in_worker(source: SeedSource, shared: Shared) -> Outcome:
    """check_seed in a worker of a cluster (checker/distributed.py): lemmas looked up in the full tables."""
    full_lemma_tables()
    return check_seed(source, shared)


def _check_in_worker(source: SeedSource) -> Outcome:
    return check_seed(source, _SHARED)


def map_seeds(sources: list[SeedSource], shared: Shared, jobs: int = 1,
              progress: Optional[Callable[[int, int], None]] = None) -> Iterator[Outcome]:
    """The outcome of every seed, in the order of sources; jobs worker processes (1: this process).
    progress(done, total) is called after each seed."""
    total = len(sources)
    jobs = max(1, min(jobs, total))
    if jobs == 1:
        outcomes: Iterable[Outcome] = (check_seed(source, shared) for source in sources)
        yield from _counted(outcomes, total, progress)
        return
    chunk = max(1, min(MAX_CHUNK, total // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start, initargs=(shared,)) as pool:
        yield from _counted(pool.map(_check_in_worker, sources, chunksize=chunk), total, progress)


def _counted(outcomes: Iterable[Outcome], total: int, progress) -> Iterator[Outcome]:
    for done, outcome in enumerate(outcomes, start=1):
        if progress is not None:
            progress(done, total)
        yield outcome


T = TypeVar("T")
_FORKED: list = []  # the work of on_cores, read by the children forked from the process that set it


def on_cores(work: Callable[[int], T], shares: int, jobs: int) -> list[T]:
    """[work(0), ..., work(shares - 1)]: work(0) in this process, the others in jobs - 1 children forked from it,
    which read its memory as it is (nothing is sent to them but the share's number; only their results come back,
    pickled). In this process alone where processes cannot be forked (not on Linux), while another thread runs (a
    progress bar's, a Dask client's: a lock it holds would stay held in the child) or with one job: the same list."""
    jobs = min(jobs, shares)
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods() or threading.active_count() > 1:
        return [work(k) for k in range(shares)]
    sys.stdout.flush()  # a child does not write again what this process had not written yet
    sys.stderr.flush()
    _FORKED[:] = [work]
    try:
        with ProcessPoolExecutor(jobs - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            later = [pool.submit(_forked_share, k) for k in range(1, shares)]
            return [work(0)] + [future.result() for future in later]
    finally:
        _FORKED.clear()


def _forked_share(share: int):
    return _FORKED[0](share)
