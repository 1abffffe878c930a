"""Extraction speed on the seed corpus, as a ratio against baselines measured in the same run.

    .venv/bin/python bench/extract_speed.py [--repeat N]

Baselines: spaCy's blank tokenizer alone over the same text (the floor any
token grammar pays), and the whole `factlint check` engine (extraction plus
linking and comparison). The machine is shared and noisy: read the ratios, not
the absolute figures. Each figure is the best of N repeats.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.corpus import load_seeds  # noqa: E402
from checker.engine import Inputs, run  # noqa: E402
from checker.extract import extract  # noqa: E402
from checker.extract.lexicon import load  # noqa: E402
from checker.extract.normalize import fold  # noqa: E402
from checker.extract.tokens import pipeline  # noqa: E402


def best_of(repeat: int, job) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    seeds, _ = load_seeds(ROOT / "seeds")
    megabytes = sum(len(s.text.encode("utf-8")) for s in seeds) / 1e6
    for seed in seeds:  # warm up: load languages and spaCy pipelines once
        extract(seed.text, seed.language, seed.published)

    tokenizer = best_of(args.repeat, lambda: [pipeline(load(s.language).spacy)(fold(s.text).text) for s in seeds])
    extraction = best_of(args.repeat, lambda: [extract(s.text, s.language, s.published) for s in seeds])
    inputs = Inputs(ROOT / "seeds", (ROOT / "facts",), (ROOT / "assertions",))
    engine = best_of(args.repeat, lambda: run(inputs))

    print(f"corpus: {len(seeds)} seeds, {megabytes:.4f} MB, best of {args.repeat}")
    print(f"{'stage':<28}{'seconds':>10}{'MB/s':>10}{'x tokenizer':>14}")
    for name, seconds in (("fold + spaCy tokenizer", tokenizer), ("extract (all rules)", extraction),
                          ("check engine (end to end)", engine)):
        print(f"{name:<28}{seconds:>10.4f}{megabytes / seconds:>10.3f}{seconds / tokenizer:>14.2f}")


if __name__ == "__main__":
    main()
