"""Beyond one machine: the per-seed part of a check on a Dask cluster (dask.distributed).

The workers run the same `checker.parallel.check_seed` as a local run (`check_in_worker`), one task
a seed; the facts and their index are sent to every worker once (`scatter`, broadcast); the outcomes are gathered
in the order of the seeds, so the report is byte-identical to a local run. The reduction (sources
that disagree, groups of claims, assertions, rendering) runs in the calling process.

Workers read the seed files themselves, by the paths the client lists: run with `--seeds` (and
`--cache-dir`) on a file system every worker mounts at the same path, or give absolute paths.

    factlint check --executor dask                             a LocalCluster, one worker a core
    factlint check --executor dask --scheduler tcp://host:8786 an existing cluster

From Python (a notebook):

    from checker.distributed import check
    report = check("seeds", "facts", "assertions", scheduler="tcp://host:8786")   # or client=Client(...)

dask.distributed is an optional dependency (`pip install 'factlint[dask]'`); it is imported only here.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

from .corpus import SeedSource
from .parallel import Outcome, Shared, all_cores, check_in_worker


def missing_message() -> str:
    return "--executor dask needs dask.distributed: pip install 'factlint[dask]'"


@contextmanager
def connected(scheduler: Optional[str] = None, workers: Optional[int] = None, processes: bool = True):
    """A dask.distributed Client: of the scheduler at that address, or of a new LocalCluster of
    `workers` single-threaded workers (default: one a core), closed on exit."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ValueError(missing_message()) from exc
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers or all_cores(), threads_per_worker=1, processes=processes,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def executor(client) -> Callable[..., Iterator[Outcome]]:
    """A map_seeds-shaped function (checker.engine.run's `executor`) running on the client's cluster."""

    def map_on_cluster(sources: list[SeedSource], shared: Shared, jobs: int = 1,
                       progress: Optional[Callable[[int, int], None]] = None) -> Iterator[Outcome]:
        yield from map_seeds(client, sources, shared, progress)

    return map_on_cluster


def map_seeds(client, sources: list[SeedSource], shared: Shared,
              progress: Optional[Callable[[int, int], None]] = None) -> Iterator[Outcome]:
    """The outcome of every seed, computed on the cluster, in the order of sources."""
    from distributed import as_completed

    if not sources:
        return
    everywhere = client.scatter(shared, broadcast=True, hash=False)
    keys = [f"factlint-seed-{index}-{source.id}" for index, source in enumerate(sources)]
    futures = [client.submit(check_in_worker, source, everywhere, key=key, pure=False)
               for key, source in zip(keys, sources)]
    try:
        if progress is not None:
            for done, _ in enumerate(as_completed(futures), start=1):
                progress(done, len(futures))
        for future in futures:
            yield future.result()
    finally:
        client.cancel(futures)


def check(seeds: str | Path, facts: str | Path, assertions: str | Path, *, client=None,
          scheduler: Optional[str] = None, workers: Optional[int] = None, cache=None):
    """The Report of a corpus checked on a Dask cluster: client, else the scheduler's address, else a
    LocalCluster of `workers`. The same report as checker.engine.run gives in one process."""
    from .engine import Inputs, run

    inputs = Inputs(Path(seeds), (Path(facts),), (Path(assertions),))
    if client is not None:
        return run(inputs, cache, executor=executor(client))[0]
    with connected(scheduler, workers) as own:
        return run(inputs, cache, executor=executor(own))[0]
