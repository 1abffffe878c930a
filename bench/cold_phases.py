"""Where a cold `factlint check` spends its wall time: the serial phases of the calling process and the workers' part.

    PYTHONPATH=. .venv/bin/python bench/cold_phases.py CORPUS [--jobs 2]

CORPUS is a folder with seeds/, facts/ and assertions/ (e.g. one of bench/scale.py's, under /tmp/factlint-scale).
Runs `checker.cli.main(["check", "--format", "json", "--no-cache", ...])` in this process with timers around the
engine's functions (wall and CPU of this process), and marks when the worker pool starts, when the first and the last
seed's outcome arrive, and the end; the workers' CPU is read once they have exited (RUSAGE_CHILDREN). The JSON output
is discarded. Run it under `nice -n 10` and give the load with the figures: the wall times move with it.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from functools import wraps
from pathlib import Path

START_WALL, START_CPU = time.perf_counter(), time.process_time()
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import cli, engine, parallel  # noqa: E402
from checker.render import json as json_render  # noqa: E402

MARKS: list[tuple[str, float, float, float]] = []
TOTALS: dict[str, list[float]] = {}
TIMED = ("load_facts", "seed_sources", "index_facts", "build_report", "group_claims", "source_conflicts",
         "conflict_findings", "seed_findings", "made_visible", "violations", "note_inferred")


def mark(name: str) -> None:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    MARKS.append((name, time.perf_counter() - START_WALL, time.process_time() - START_CPU,
                  children.ru_utime + children.ru_stime))


def timed(module, name: str) -> None:
    function = getattr(module, name)

    @wraps(function)
    def wrapper(*args, **kwargs):
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            total = TOTALS.setdefault(name, [0.0, 0.0, 0])
            total[0] += time.perf_counter() - wall
            total[1] += time.process_time() - cpu
            total[2] += 1
    setattr(module, name, wrapper)


def marked(counted):
    def wrapper(outcomes, total, progress):
        mark("pool start")
        for number, outcome in enumerate(counted(outcomes, total, progress)):
            if number == 0:
                mark("first outcome")
            yield outcome
        mark("last outcome")
    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    for name in TIMED:
        timed(engine, name)
    timed(json_render, "render")
    parallel._counted = marked(parallel._counted)
    mark("imports")
    os.chdir(args.corpus)
    stdout, sys.stdout = sys.stdout, open(os.devnull, "w")
    try:
        cli.main(["check", "--format", "json", "-q", "--seeds", "seeds", "--facts", "facts", "--assertions",
                  "assertions", "--no-cache", "--jobs", str(args.jobs)])
    finally:
        sys.stdout.close()
        sys.stdout = stdout
    mark("end")
    print(f"load average {os.getloadavg()[0]:.1f}; seconds since the start")
    print(f"{'mark':<16}{'wall':>8}{'this CPU':>10}{'workers CPU':>13}")
    for name, wall, cpu, children in MARKS:
        print(f"{name:<16}{wall:>8.2f}{cpu:>10.2f}{children:>13.2f}")
    print(f"{'function':<20}{'wall':>8}{'CPU':>8}  calls")
    for name, (wall, cpu, calls) in sorted(TOTALS.items(), key=lambda item: -item[1][0]):
        print(f"{name:<20}{wall:>8.2f}{cpu:>8.2f}  {calls}")


if __name__ == "__main__":
    main()
