"""One changed seed in a corpus of 1,000: how many seeds each run extracts, and how long it takes.

    .venv/bin/python bench/changed_seed.py [--seeds 1000] [--keep DIR]

Builds a synthetic corpus in a temporary directory: copies of the bundled seeds,
each with a line of its own and with its numbers varied among a few values
("25 renegade soldiers" becomes 25, 26 or 30; "40-plus" 40 or 45; ...), and a
manifest giving each copy its original's language and publication date. Then:

1. `factlint check` over the corpus with an empty cache (every seed extracted);
2. one seed is edited (a number changed);
3. `factlint check` again with the same cache: one seed extracted, the others read;
4. `factlint check SEED` on the changed seed alone (still linked against the whole
   corpus for source conflicts).

Each run is a fresh `python -m checker.cli` process, so the times include
starting Python and spaCy. It runs a snapshot of the checker package copied
into the temporary directory: an edit to the extractor while the benchmark runs
would change the extractor version and (rightly) empty the cache between runs.
The seed counts come from the line `extracted N of M seeds` that check prints on
stderr. The machine is shared and noisy: read the ratio, not the absolute
figures.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.corpus import load_seeds  # noqa: E402

# (pattern, values): each copy writes one of the values where the pattern's number stood.
VARIATIONS = (
    (r"\b25(?= renegade)", ("25", "26", "30")),
    (r"\b40(?=-plus)", ("40", "45")),
    (r"\b50(?= countries)", ("50", "55")),
    (r"\b30(?= million)", ("30", "32")),
    (r"\b72(?= ساعت)", ("72", "48")),
    (r"\b68(?= درصد)", ("68", "67")),
)
EXTRACTED = re.compile(r"extracted (\d+) of (\d+) seeds")


def build(directory: Path, count: int) -> list[Path]:
    """The synthetic corpus: seeds/, facts/ and assertions/ under directory, and a snapshot of the
    checker package in directory/code; the seed paths."""
    originals, _ = load_seeds(ROOT / "seeds")
    seeds = directory / "seeds"
    seeds.mkdir(parents=True)
    for name in ("facts", "assertions"):
        shutil.copytree(ROOT / name, directory / name)
    shutil.copytree(ROOT / "checker", directory / "code" / "checker", ignore=shutil.ignore_patterns("__pycache__"))
    manifest = ["seeds:"]
    paths = []
    for number in range(count):
        original = originals[number % len(originals)]
        text = f"Bench copy {number} of seed {original.id}.\n\n" + vary(original.text, number // len(originals))
        path = seeds / f"{number:05d}_{original.id}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        published = original.published.isoformat() if original.published else ""
        manifest += [f'  - id: "{number:05d}"', f"    file: {path.name}", f"    language: {original.language}",
                     f"    published: {published}" if published else "    published: null"]
    (seeds / "manifest.yaml").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    return paths


def vary(text: str, variant: int) -> str:
    for pattern, values in VARIATIONS:
        text = re.sub(pattern, values[variant % len(values)], text)
    return text


def check(directory: Path, *files: str) -> tuple[int, int, float]:
    """(extracted, seeds analysed, wall seconds) of one `factlint check` process."""
    command = [sys.executable, "-m", "checker.cli", "check", "--format", "json", "--cache-dir", "cache",
               "--seeds", "seeds", "--facts", "facts", "--assertions", "assertions", *files]
    environment = {**os.environ, "PYTHONPATH": str(directory / "code")}
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=directory, env=environment)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        sys.exit(f"factlint check failed ({done.returncode}):\n{done.stderr}")
    match = EXTRACTED.search(done.stderr)
    if not match:
        sys.exit(f"no 'extracted N of M seeds' line on stderr:\n{done.stderr}")
    return int(match.group(1)), int(match.group(2)), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=1000, help="how many seeds (default: 1000)")
    parser.add_argument("--keep", help="build the corpus in this directory and keep it")
    args = parser.parse_args()
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factlint-bench-"))
    try:
        paths = build(directory, args.seeds)
        first = check(directory)
        changed = next(p for p in paths if "renegade" in p.read_text(encoding="utf-8"))
        text = changed.read_text(encoding="utf-8")
        changed.write_text(re.sub(r"\b\d+(?= renegade)", "35", text), encoding="utf-8")
        second = check(directory)
        alone = check(directory, str(changed.relative_to(directory)))
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    print(f"corpus: {args.seeds} seeds; changed: {changed.name}")
    print(f"run 1 (empty cache):        extracted {first[0]:>5} of {first[1]} seeds in {first[2]:7.2f} s")
    print(f"run 2 (one seed changed):   extracted {second[0]:>5} of {second[1]} seeds in {second[2]:7.2f} s")
    print(f"run 3 (check {changed.name}): extracted {alone[0]:>5} of {alone[1]} seeds in {alone[2]:7.2f} s")
    print(f"ratio run 1 / run 2: {first[2] / second[2]:.1f}x; run 1 / run 3: {first[2] / alone[2]:.1f}x")


if __name__ == "__main__":
    main()
