"""`check` on 1,000 synthetic seeds with 10 facts, then with 1,000 facts: linking must not grow with the facts.

    .venv/bin/python bench/link_scale.py                 1,000 seeds, 3 timed runs each, best kept
    .venv/bin/python bench/link_scale.py --seeds 200 --repeat 1

In a temporary directory it writes 1,000 invented seeds about one invented event, and two fact
directories: (a) 10 facts of that event; (b) the same 10 plus 990 facts of 99 other invented events
(10 each, with the same measure concepts, their own names, places and cues). Reading the sheets and
extracting the seeds happen before timing (both are done once and cached by `factlint check`), so the
timed part is what a check does per seed with the facts: index the facts, frame the mentions, decide the
event scope, link through the concept and cue index, compare, and build the report's findings. Prints
both times and their ratio; exits 1 when the ratio is 1.5 or more (issue 8: "check at 1,000 facts costs
less than 1.5x check at 10 facts on the same 1,000 seeds").
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.claims import Vocabulary  # noqa: E402
from checker.corpus import load_seeds  # noqa: E402
from checker.engine import analyse_seed, build_report  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.facts import load_facts  # noqa: E402
from checker.link import index_facts  # noqa: E402

LIMIT = 1.5
MEASURES = ("killed", "injured", "missing", "displaced", "evacuated", "votes", "turnout", "soldiers",
            "protesters", "aid")
# The seeds state the facts' own values (100 + the measure's place in MEASURES): the timed runs link and
# compare, and no source conflict between a thousand seeds swamps what is measured.
SENTENCES = (
    "In {place}, 100 people were killed and 101 injured on Tuesday, the {name} authorities said.",
    "Officials in {place} said 102 people were missing and 103 displaced after the {name} disaster.",
    "About 107 soldiers and 108 protesters were in the streets of {place} on 3 March.",
    "The {name} agency said 104 people were evacuated from {place} on {day} March.",
)


def _event(k: int) -> tuple[str, str]:
    return f"Zorbia{k}", f"Quelport{k}"


def write_sheet(path: Path, k: int) -> None:
    name, place = _event(k)
    lines = ["language: en", "event:", f"  id: event-{k}", f"  names: [{name} disaster]", f"  places: [{place}]",
             "  window: {from: 2031-01-01, to: 2031-12-31}", "facts:"]
    for i, measure in enumerate(MEASURES):
        lines += [f"  - id: e{k}-{measure}", f"    statement: {measure} in event {k}", "    kind: count",
                  f"    measure: {measure}", f"    value: {100 + i}", f"    cues: [cue{k}x{i}]",
                  "    provenance: synthetic"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_corpus(root: Path, seeds: int) -> tuple[Path, Path, Path]:
    seed_dir, few, many = root / "seeds", root / "facts-10", root / "facts-1000"
    for directory in (seed_dir, few, many):
        directory.mkdir()
    name, place = _event(0)
    entries = []
    for n in range(seeds):
        text = "\n\n".join(s.format(name=name, place=place, day=n % 28 + 1) for s in SENTENCES)
        (seed_dir / f"s{n:04d}.txt").write_text(f"Synthetic article {n}.\n\n{text}\n", encoding="utf-8")
        entries.append(f"  - {{id: s{n:04d}, file: s{n:04d}.txt, language: en, published: 2031-03-{n % 28 + 1:02d}}}")
    (seed_dir / "manifest.yaml").write_text("seeds:\n" + "\n".join(entries) + "\n", encoding="utf-8")
    write_sheet(few / "event-0.yaml", 0)
    for k in range(100):
        write_sheet(many / f"event-{k}.yaml", k)
    return seed_dir, few, many


class Extracted:
    """The seeds' mentions, extracted before timing (what the mention cache gives a check)."""

    def __init__(self, seeds):
        self.by_id = {seed.id: tuple(extract(seed.text, seed.language, seed.published)) for seed in seeds}

    def mentions(self, seed):
        return self.by_id[seed.id]


def timed(seeds, facts, extracted: Extracted, repeat: int) -> tuple[float, int]:
    """The best of `repeat` runs of the per-seed check and the report's findings."""
    best, findings = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        index, vocabulary = index_facts(facts), Vocabulary.of(facts)  # once per run, as engine.run does
        results = [analyse_seed(seed, facts, index, extracted, vocabulary=vocabulary) for seed in seeds]
        report = build_report(results, facts, ())
        best = min(best, time.perf_counter() - start)
        findings = len(report.findings)
    return best, findings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporary:
        seed_dir, few, many = write_corpus(Path(temporary), args.seeds)
        seeds, _ = load_seeds(seed_dir)
        extracted = Extracted(seeds)
        small_facts, large_facts = load_facts([few]), load_facts([many])
    small, small_findings = timed(seeds, small_facts, extracted, args.repeat)
    large, large_findings = timed(seeds, large_facts, extracted, args.repeat)
    ratio = large / small
    print(f"{len(seeds)} seeds, {len(small_facts)} facts:    {small:.2f} s ({small_findings} findings)")
    print(f"{len(seeds)} seeds, {len(large_facts):,} facts: {large:.2f} s ({large_findings} findings)")
    print(f"ratio {ratio:.2f} (must be < {LIMIT})")
    return 0 if ratio < LIMIT else 1


if __name__ == "__main__":
    sys.exit(main())
