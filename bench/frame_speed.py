"""What a seed costs per mention, stage by stage (issue 11): extraction, framing, linking, claims.

    .venv/bin/python bench/frame_speed.py                          this checkout
    .venv/bin/python bench/frame_speed.py --against /work/main     and another checkout, in the same run
    .venv/bin/python bench/frame_speed.py --articles 300 --facts 1000 --repeat 3

Two corpora: the real-world development corpus (bench/realworld/*/seeds, each event with its own sheet) and
articles of bench/gen_corpus.py (--articles, --facts). `engine.analyse_seed` runs on every seed, in one process,
with a timer around each of its stages (extraction, framing, linking, the claims) and the whole (seed); the first seeds of each
corpus (--warm) run before timing, so that tables read once a process (lemmas, concepts, language files) are not
counted. Lemmas are looked up in simplemma's full tables, as in a worker of `check --jobs N` (the frugal tables of
`--jobs 1` decode a block a lookup: on the real-world seeds they made framing about three times as long). Prints CPU seconds per stage, microseconds per mention, and framing against extraction of the same
seeds (the baseline measured in the same run). With --against, each checkout runs in a child process of its own,
one after the other --repeat times, the best of each kept, and the ratio this / other is printed per stage.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STAGES = ("extract", "frames", "link", "claims", "seed")


def _timed(table: dict, stage: str, function):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            table[stage] += time.process_time() - start
    return wrapper


def _corpora(work: Path, articles: int, facts: int) -> list[tuple[str, Path, Path]]:
    """(name, seeds folder, facts folder) of each corpus to time."""
    found = [(f"realworld/{event.name}", event / "seeds", event / "facts")
             for event in sorted((HERE / "realworld").iterdir()) if (event / "seeds").is_dir()]
    sys.path.insert(0, str(HERE))
    import gen_corpus
    generated = work / f"corpus-{articles}-{facts}"
    if not (generated / "seeds" / "manifest.yaml").exists():
        gen_corpus.write(generated, articles, facts)
    return found + [(f"generated-{articles}x{facts}", generated / "seeds", generated / "facts")]


def measure(root: Path, work: Path, articles: int, facts: int, warm: int) -> dict:
    """{corpus kind: {stage: CPU s, "mentions": n, "seeds": n}} for the checkout at root (this process)."""
    sys.path.insert(0, str(root))
    from checker import engine
    from checker.claims import Vocabulary
    from checker.corpus import load_seeds
    from checker.facts import load_facts
    from checker.frames import sentence
    from checker.link import index_facts
    from checker.concepts import forms, full_lemma_tables

    full_lemma_tables()  # as a worker of `check --jobs N` looks lemmas up (checker/parallel.py _start)
    table = dict.fromkeys(STAGES, 0.0)
    engine.extract_seed = _timed(table, "extract", engine.extract_seed)
    engine.frame_mentions = _timed(table, "frames", engine.frame_mentions)
    engine.link_mentions = _timed(table, "link", engine.link_mentions)
    engine.claims_of = _timed(table, "claims", engine.claims_of)
    engine.claim_terms = _timed(table, "claims", engine.claim_terms)
    totals: dict = {}
    for name, seed_dir, fact_dir in _corpora(work, articles, facts):
        seeds, _ = load_seeds(seed_dir)
        sheet = load_facts([fact_dir])
        index, vocabulary = index_facts(sheet), Vocabulary.of(sheet)
        for language in sorted({seed.language for seed in seeds if seed.language}):
            forms("factlint", language)  # the language's lemma table read before the timers, whatever --warm
        kind = name.split("/")[0].split("-")[0]
        total = totals.setdefault(kind, {**dict.fromkeys(STAGES, 0.0), "mentions": 0, "seeds": 0})
        for n, seed in enumerate(seeds):
            if n == warm:
                sentence.tokenize_sentence.cache_clear()  # what the warm seeds read is no help to the others
                table.update(dict.fromkeys(STAGES, 0.0))
            start = time.process_time()
            result = engine.analyse_seed(seed, sheet, index, vocabulary=vocabulary)
            table["seed"] += time.process_time() - start
            if n >= warm:
                total["mentions"] += len(result.mentions)
                total["seeds"] += 1
        for stage in STAGES:
            total[stage] += table[stage]
        table.update(dict.fromkeys(STAGES, 0.0))
    return totals


def _child(root: Path, args) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--root", str(root), "--json",
               "--articles", str(args.articles), "--facts", str(args.facts), "--warm", str(args.warm),
               "--work", args.work]
    environment = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(command, env=environment, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def _print(label: str, totals: dict) -> None:
    for kind, total in totals.items():
        mentions = max(total["mentions"], 1)
        cells = "".join(f"{total[s]:>10.2f}{total[s] / mentions * 1e6:>8.0f}" for s in STAGES)
        print(f"{label:<10}{kind:<11}{total['seeds']:>6}{total['mentions']:>9}{cells}"
              f"{total['frames'] / max(total['extract'], 1e-9):>13.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--facts", type=int, default=100)
    parser.add_argument("--warm", type=int, default=3, help="seeds of each corpus run before timing")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--against", help="another checkout, timed in the same run")
    parser.add_argument("--root", default=str(HERE.parent), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "factlint-frame-speed"))
    args = parser.parse_args(argv)
    Path(args.work).mkdir(parents=True, exist_ok=True)
    if args.json:
        print(json.dumps(measure(Path(args.root), Path(args.work), args.articles, args.facts, args.warm)))
        return 0
    roots = {"this": Path(args.root)} | ({"other": Path(args.against)} if args.against else {})
    best: dict = {}
    for _ in range(args.repeat):
        for label, root in roots.items():
            run = _child(root, args)
            for kind, total in run.items():
                kept = best.setdefault(label, {}).get(kind)
                if kept is None or sum(total[s] for s in STAGES) < sum(kept[s] for s in STAGES):
                    best[label][kind] = total
    header = "".join(f"{s + ' s':>10}{'us/m':>8}" for s in STAGES)
    print(f"{'checkout':<10}{'corpus':<11}{'seeds':>6}{'mentions':>9}{header}{'frames/extr':>13}")
    for label, totals in best.items():
        _print(label, totals)
    if "other" in best:
        for kind in best["this"]:
            ratios = "  ".join(f"{s} {best['this'][kind][s] / max(best['other'][kind][s], 1e-9):.2f}" for s in STAGES)
            print(f"this / other, {kind}: {ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
