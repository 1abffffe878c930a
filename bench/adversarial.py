"""Extraction time on hostile shapes: does it grow linearly with the input?

    .venv/bin/python bench/adversarial.py [--small 100000] [--factor 10] [--repeat 2] [--only NAME] [--big-seed]

Each shape is repeated to `--small` characters and to `--factor` times that, and
extracted `--repeat` times at each size (after a warm-up); a time is the least CPU
time of this process over the repeats (time.process_time: the other processes of a
shared machine do not count). The growth factor is the ratio of the two times; linear extraction gives about `--factor`, and the bench fails
(exit 1) when a shape grows more than 1.2 x `--factor` (12x for 10x the input).
`--big-seed [MB]` also runs `factlint check` on a project of one seed of ordinary
article text of MB megabytes (default 20; `--max-seed-size` to lift the limit) and
prints its exit code, wall and CPU seconds and peak memory (ru_maxrss).
The machine is shared and noisy: read the growth factors, not the seconds.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.extract import extract  # noqa: E402

ARTICLE = (ROOT / "seeds" / "000_675c6171831b61b8.txt").read_text(encoding="utf-8")

# name -> (language, unit repeated)
SHAPES: dict[str, tuple[str, str]] = {
    "digit run": ("en", "1234567890"),
    "separator run": ("en", "1,2.3,4.5,"),
    "letter run pt": ("pt", "abcdefghij"),
    "number words en": ("en", "twenty five hundred thousand and "),
    "number words fa": ("fa", "بیست و پنج هزار و "),
    "ZWNJ run": ("fa", "ده\u200cها\u200c"),
    "combining marks": ("fa", "۲\u064b\u064c\u064d\u0670"),
    "bidi marks": ("en", "\u202e25\u202c \u2066x\u2069 "),
    "one long line": ("en", "the 25 soldiers, 3 million people, about 68 percent; "),
    "tens of thousands of": ("en", "tens of thousands of "),
    "G20": ("en", "G20 "),
    "word 12": ("en", "word 12 "),
    "clock 10:30": ("en", "10:30 "),
    "iso date": ("en", "2019-04-30 "),
    "article": ("en", ARTICLE),
}


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def seconds(text: str, language: str, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        extract(text, language)
        best = min(best, time.process_time() - start)
    return best


def big_seed(megabytes: float, limit: float | None) -> None:
    """`factlint check` of a project holding one seed of article text of that size (and the bundled
    facts), in a child process: its exit code, wall and CPU seconds, and peak memory."""
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        shutil.copytree(ROOT / "facts", project / "facts")
        (project / "assertions").mkdir()
        (project / "seeds").mkdir()
        data = repeated(ARTICLE, int(megabytes * 1e6)).encode("utf-8")[:int(megabytes * 1e6)]
        (project / "seeds" / "big.txt").write_bytes(data.decode("utf-8", "ignore").encode("utf-8"))
        command = [sys.executable, "-m", "checker.cli", "check", "--no-cache", "--jobs", "1", "-q",
                   "--output", "report.md", *(["--max-seed-size", str(limit)] if limit else [])]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, cwd=project, capture_output=True, text=True,
                              env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    refused = "size limit" in done.stderr
    print(f"{megabytes:g} MB seed of article text: exit {done.returncode}"
          f"{' (refused by the size limit)' if refused else ''}, {wall:.1f} s wall, {cpu:.1f} s CPU, "
          f"peak memory {after.ru_maxrss / 1024:.0f} MB")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=100_000)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", default="")
    parser.add_argument("--big-seed", type=float, nargs="?", const=20.0, default=None, metavar="MB",
                        help="also check one seed of MB megabytes of article text (default 20) with factlint check")
    parser.add_argument("--max-seed-size", type=float, default=None, metavar="MB",
                        help="the size limit that check runs with (default: factlint's)")
    args = parser.parse_args()
    extract(ARTICLE, "en")
    extract("۲۵ سرباز", "fa")
    worst = 0.0
    print(f"{'shape':<24}{'small s':>10}{'big s':>10}{'growth':>10}")
    for name, (language, unit) in SHAPES.items():
        if args.only and args.only not in name:
            continue
        small = seconds(repeated(unit, args.small), language, args.repeat)
        big = seconds(repeated(unit, args.small * args.factor), language, args.repeat)
        growth = big / max(small, 1e-6)
        worst = max(worst, growth)
        print(f"{name:<24}{small:>10.2f}{big:>10.2f}{growth:>9.1f}x", flush=True)
    limit = 1.2 * args.factor
    print(f"worst growth {worst:.1f}x for {args.factor}x the input (limit {limit:.0f}x)")
    if args.big_seed:
        big_seed(args.big_seed, args.max_seed_size)
    return 1 if worst > limit else 0


if __name__ == "__main__":
    sys.exit(main())
