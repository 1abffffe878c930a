"""Every mention extraction reads in the repository's texts, one line each, to diff before and after a change.

    .venv/bin/python bench/mentions_dump.py OUT [--generated-kb 300]

A speed change must read the same mentions (issue 11, item 2): run this on the commit before and on the
change, then `cmp` the two files. The texts: the cases of tests/corpora, the gold texts (bench/gold), the seeds,
the real-world articles (bench/realworld/*/seeds), and the first --generated-kb of bench/gen_corpus.py text a
language, each with and without its publication date. A line holds the text's name and the mention's repr.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from checker import datafile  # noqa: E402
from checker.corpus import load_seeds  # noqa: E402
from checker.extract import extract  # noqa: E402


def _published(value) -> date | None:
    return value if isinstance(value, date) or value is None else date.fromisoformat(str(value))


def corpus_texts():
    """(name, text, language, published) of every case of tests/corpora."""
    for path in sorted((ROOT / "tests" / "corpora").glob("*/*.yaml")):
        data = datafile.load(path) or {}
        language, published = str(data.get("language") or path.parent.name), _published(data.get("published"))
        for number, case in enumerate(data.get("cases") or ()):
            if case.get("text"):
                yield (f"{path.relative_to(ROOT)}#{case.get('id', number)}", str(case["text"]), language,
                       _published(case.get("published", published)))


def gold_texts():
    for path in sorted((ROOT / "bench" / "gold").glob("*.yaml")):
        data = datafile.load(path) or {}
        text = data.get("text") or ((ROOT / data["seed"]).read_text(encoding="utf-8") if data.get("seed") else None)
        if text:
            yield str(path.relative_to(ROOT)), str(text), str(data["language"]), _published(data.get("published"))


def seed_texts():
    for folder in [ROOT / "seeds", *sorted((ROOT / "bench" / "realworld").glob("*/seeds"))]:
        seeds, _ = load_seeds(folder)
        for seed in seeds:
            yield str(Path(seed.path).relative_to(ROOT)), seed.text, seed.language, seed.published


def generated_texts(kilobytes: int):
    import gen_corpus

    table = gen_corpus.facts(100)
    for offset, language in enumerate(gen_corpus.LANGUAGES):
        size, index = 0, offset
        while size < kilobytes * 1000:
            text, published = gen_corpus.article(index, language, table)
            yield f"generated-{language}-{index}", text, language, published
            size += len(text.encode("utf-8"))
            index += len(gen_corpus.LANGUAGES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--generated-kb", type=int, default=300)
    args = parser.parse_args()
    texts = mentions = 0
    digest = hashlib.sha256()
    with open(args.out, "w", encoding="utf-8") as out:
        for source in (corpus_texts(), gold_texts(), seed_texts(), generated_texts(args.generated_kb)):
            for name, text, language, published in source:
                for when in dict.fromkeys((published, None)):
                    texts += 1
                    for mention in extract(text, language, when):
                        line = f"{name}\t{when}\t{mention!r}\n"
                        out.write(line)
                        digest.update(line.encode("utf-8"))
                        mentions += 1
    print(f"{texts} texts, {mentions} mentions, sha256 {digest.hexdigest()[:16]}")


if __name__ == "__main__":
    main()
