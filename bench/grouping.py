"""Grouping cost (checker/cluster.py) on synthetic mentions: does it grow like n log n?

    .venv/bin/python bench/grouping.py [--sizes 10000 100000 1000000] [--repeat 3]

Mentions are built directly as checker.model.Mention objects, no extraction: 25 a
seed, seeds published over two years, four in five in English and one in five in
Persian. Three mentions in five report one of n/20 events (its kind, unit, value
and day; a sentence with some of its words and names, the rest filler from a
20,000-word vocabulary), one in ten of those with a different value; the others
are noise with random words. The clock covers what the engine pays: claims from
mentions (seed_claims) and grouping (group_claims), not building the mentions.

For each size it prints the CPU and wall seconds, the groups and conflicts found,
and CPU seconds / (n log n) normalised to the smallest size (CPU time: the machine
is shared, and wall time counts the others' work): a flat ratio is n log n growth;
a quadratic cost would make it grow like n / n0 (x10 from 10k to 100k). Language data is loaded before the clock starts;
each figure up to 100,000 mentions is the best of --repeat runs (small runs are
the noisiest, and the smallest is the reference); larger sizes run once.
"""
from __future__ import annotations

import argparse
import bisect
import math
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.claims import seed_claims  # noqa: E402
from checker.cluster import group_claims  # noqa: E402
from checker.intervals import DURATION_SECONDS, days, point  # noqa: E402
from checker.model import Mention, Seed  # noqa: E402

PER_SEED = 25
START = date(2019, 1, 1)
SPAN_DAYS = 730
LATIN = "bcdfghklmnprstvz"
VOWELS = "aeiou"
PERSIAN = "بپتجچدرزسشفکگلمنوهی"
UNITS = {"en": {"dead": "dead", "soldier": "soldiers", "country": "countries", "person": "people",
                "injured": "injured", "protester": "protesters"},
         "fa": {"dead": "کشته", "soldier": "سرباز", "country": "کشور", "person": "نفر",
                "injured": "زخمی", "protester": "معترض"}}


def word(rng: random.Random, language: str) -> str:
    if language == "fa":
        return "".join(rng.choice(PERSIAN) for _ in range(rng.randint(4, 7)))
    return "".join(rng.choice(LATIN) + rng.choice(VOWELS) for _ in range(rng.randint(2, 4)))


def vocabulary(rng: random.Random, size: int) -> dict:
    return {language: [word(rng, language) for _ in range(size)] for language in ("en", "fa")}


def events(rng: random.Random, count: int, words: dict) -> list[dict]:
    found = []
    for _ in range(count):
        kind = rng.choice(("count", "count", "date", "duration", "percent"))
        found.append({
            "day": (START + timedelta(days=rng.randrange(SPAN_DAYS))).toordinal(),
            "kind": kind, "unit": rng.choice(sorted(UNITS["en"])) if kind == "count" else "",
            "value": rng.randint(2, 500),
            "words": {lang: rng.sample(pool, 4) for lang, pool in words.items()},
            "name": rng.choice(words["en"]).capitalize(),
        })
    found.sort(key=lambda e: e["day"])
    return found


def mention(rng: random.Random, language: str, event: dict, offset: int, words: dict) -> tuple[Mention, int]:
    """One mention and the length of its sentence; offset is where the sentence starts in the seed."""
    kind, value, unit = event["kind"], event["value"], event["unit"]
    if rng.random() < 0.1:
        value += rng.randint(1, 5)
    if kind == "date":
        day = date.fromordinal(event["day"] + (value - event["value"]))
        text, interval, shown = day.isoformat(), days(day, day), ""
    elif kind == "duration":
        text, interval, shown = f"{value} hours", point(value * DURATION_SECONDS["hour"]), "hour"
    elif kind == "percent":
        text, interval, shown = f"{value % 100} percent", point(value % 100), "percent"
    else:
        text, interval, shown = f"{value} {UNITS[language][unit]}", point(value), unit
    tokens = [rng.choice(words[language]) for _ in range(10)]
    tokens[1:1] = rng.sample(event["words"][language], 3)
    if language == "en":
        tokens.insert(rng.randrange(1, len(tokens)), event["name"])
    at = rng.randrange(len(tokens))
    tokens.insert(at, text)
    sentence = " ".join(tokens) + "."
    start = offset + len(" ".join(tokens[:at])) + (1 if at else 0)
    return Mention(text=text, start=start, end=start + len(text), line=1, column=start + 1, kind=kind,
                   value=interval, unit=shown, sentence=sentence, language=language, section="body",
                   rule="bench", granularity="day" if kind == "date" else "", sentence_start=offset), len(sentence)


def corpus(n: int, rng: random.Random) -> list[tuple[Seed, list[Mention]]]:
    words = vocabulary(rng, 20_000)
    table = events(rng, max(n // 20, 1), words)
    event_days = [e["day"] for e in table]
    seeds = []
    for number in range(math.ceil(n / PER_SEED)):
        published = START + timedelta(days=rng.randrange(SPAN_DAYS))
        language = "fa" if rng.random() < 0.2 else "en"
        seed = Seed(id=f"s{number:07d}", path=f"synthetic/{number}.txt", text="", language=language,
                    published=published)
        near = bisect.bisect_left(event_days, published.toordinal())
        mentions, offset = [], 0
        for _ in range(min(PER_SEED, n - number * PER_SEED)):
            if rng.random() < 0.6:
                event = table[min(max(near + rng.randint(-30, 5), 0), len(table) - 1)]
            else:  # noise: an event of its own
                event = events(rng, 1, words)[0]
            found, length = mention(rng, language, event, offset, words)
            mentions.append(found)
            offset += length + 1
        seeds.append((seed, mentions))
    return seeds


def run(seeds) -> tuple[float, float, list]:
    """CPU seconds, wall seconds and the groups of one grouping run."""
    cpu, wall = time.process_time(), time.perf_counter()
    claims = [claim for seed, mentions in seeds for claim in seed_claims(seed, mentions)]
    groups = group_claims(claims)
    return time.process_time() - cpu, time.perf_counter() - wall, groups


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per size up to 100,000 (larger: one)")
    args = parser.parse_args()
    run(corpus(200, random.Random(0)))  # load the language data once, outside the clock
    base = None
    print(f"{'mentions':>10} {'cpu s':>8} {'wall s':>8} {'groups':>8} {'conflicts':>9} {'cpu/(n log n), norm.':>21}")
    for n in args.sizes:
        seeds = corpus(n, random.Random(4))
        repeat = args.repeat if n <= 100_000 else 1
        cpu, wall, groups = min((run(seeds) for _ in range(repeat)), key=lambda r: r[0])
        ratio = cpu / (n * math.log(n))
        base = base or ratio
        conflicts = sum(len(g.conflicts) for g in groups)
        print(f"{n:>10} {cpu:>8.2f} {wall:>8.2f} {len(groups):>8} {conflicts:>9} {ratio / base:>21.2f}", flush=True)


if __name__ == "__main__":
    main()
