"""Speed, cores and memory at corpus scale, with baselines measured in the same command.

    .venv/bin/python bench/scale.py                                   1k articles x 10 and 1k facts, --jobs 1 and 2
    .venv/bin/python bench/scale.py --articles 1000 10000 100000 --facts 10 1000 10000
    .venv/bin/python bench/scale.py --only extract --extract-kb 500    extraction speed per language only
    .venv/bin/python bench/scale.py --only check --articles 10000 --facts 1000 --jobs 2 --changed
    .venv/bin/python bench/scale.py --only check --articles 1000 --facts 1000 --jobs 1 --against ../main

Corpora come from bench/gen_corpus.py (deterministic) and are kept under --work
(default: a folder in the system's temporary directory) for the next run.

Extraction (`--only extract`, one process): for each language, the first articles of
that language up to --extract-kb of UTF-8 text, read by
  factlint    checker.extract.extract(text, language, published)
  re digits   re.findall(r"\\d+") over the raw text
  tokenizer   spaCy's blank tokenizer (spacy.blank(code)), no folding
  floor       one pass of one compiled regex over every number word, scale, ordinal, month and weekday
              of the language file and digit runs, on text folded with one str.translate and lower():
              the least any reader of these words can do
  duckling, dateparser   on a sample of --sample-kb, when the packages are installed (the bench extra)
MB/s is CPU-time based (the machine is shared); the ratio is factlint's time over the floor's.

Check (`--only check`): `factlint check --format json --no-cache --jobs J` as a child process per
(articles, facts, jobs): wall and CPU seconds (the child and its workers, from wait4), CPU/wall,
MB/s (wall), peak RSS of the largest process and of the whole process tree (sampled every 0.2 s),
the findings, and the machine's load average when the row ends (CPU/wall on 2 cores shared by other
jobs says more about them than about factlint). `--changed` adds, per corpus, a cold run with an empty
cache, one edited seed, and the rerun with the same cache; it prints the rerun's share of the cold run
and the peak RSS of both. `--against DIR` runs each row again with the checkout at DIR right after
(`other`) and prints this / other for wall, CPU and RSS, and whether both wrote the same JSON.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))  # the adapters read corpus_notation

import gen_corpus  # noqa: E402

PAGE = os.sysconf("SC_PAGE_SIZE")


# ---- corpora --------------------------------------------------------------------------

def corpus(work: Path, articles: int, facts: int) -> Path:
    """The generated corpus of that size under work, made when missing."""
    path = work / f"corpus-{articles}-{facts}"
    if not (path / "seeds" / "manifest.yaml").exists():
        gen_corpus.write(path, articles, facts)
    return path


def megabytes(seeds: Path) -> float:
    return sum(p.stat().st_size for p in seeds.glob("*.txt")) / 1e6


# ---- extraction and its baselines -----------------------------------------------------

def _texts(work: Path, language: str, kilobytes: int) -> list[tuple[str, object]]:
    """(text, published) of the first generated articles of a language, up to kilobytes of UTF-8."""
    table = gen_corpus.facts(100)
    found, size, index = [], 0, gen_corpus.LANGUAGES.index(language)
    while size < kilobytes * 1000:
        text, published = gen_corpus.article(index, language, table)
        found.append((text, published))
        size += len(text.encode("utf-8"))
        index += len(gen_corpus.LANGUAGES)
    return found


def _cpu(job) -> float:
    start = time.process_time()
    job()
    return time.process_time() - start


def floor_reader(language: str):
    """The one-pass regex floor of a language: fold with str.translate + lower(), one finditer."""
    from checker.extract import normalize
    from checker.extract.lexicon import load

    lang = load(language)
    table = {ord(k): v for k, v in normalize._MAP.items()}
    table.update({code: None for code in normalize._DROP})
    words = set()
    for part in (lang.cardinals, lang.scales, lang.ordinals, lang.months, lang.weekdays, lang.jalali_months,
                 lang.hijri_months, lang.fractions, lang.vague):
        words.update(key for key in part if key)
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(r"\d+(?:[.,]\d+)*|(?<!\w)(?:" + alternation + r")(?!\w)")
    return lambda text: sum(1 for _ in pattern.finditer(text.translate(table).lower()))


def _optional_readers(language: str):
    """(name, reader) of the bench adapters for Duckling and dateparser that are installed and read the
    language (bench/adapters/)."""
    from adapters import NotInstalled, load_module

    readers = []
    for module in ("duckling", "dateparser_adapter"):
        try:
            extractor = load_module(module).load()
        except (NotInstalled, ImportError):
            continue
        if language in extractor.kinds:
            readers.append((module.split("_")[0], extractor))
    return readers


def bench_extract(work: Path, languages, kilobytes: int, sample_kb: int) -> None:
    import spacy

    from checker.extract import extract
    from checker.extract.lexicon import load

    print(f"extraction, one process, CPU seconds; {kilobytes} KB a language (optional readers: {sample_kb} KB)")
    print(f"{'lang':<5}{'KB':>7}{'factlint MB/s':>15}{'re digits':>11}{'tokenizer':>11}{'floor':>9}"
          f"{'x floor':>9}{'x tokenizer':>13}  optional (MB/s)")
    for language in languages:
        texts = _texts(work, language, kilobytes)
        size = sum(len(t.encode("utf-8")) for t, _ in texts) / 1e6
        extract(texts[0][0], language, texts[0][1])  # load the language and its spaCy pipeline
        nlp = spacy.blank(load(language).spacy)
        floor = floor_reader(language)
        digits = re.compile(r"\d+")
        own = _cpu(lambda: [extract(t, language, p) for t, p in texts])
        plain = _cpu(lambda: [digits.findall(t) for t, _ in texts])
        tokens = _cpu(lambda: [nlp(t) for t, _ in texts])
        least = _cpu(lambda: [floor(t) for t, _ in texts])
        optional = []
        sample = []
        for text, published in texts:
            if sum(len(t.encode("utf-8")) for t in sample) >= sample_kb * 1000:
                break
            sample.append(text)
        sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 1e6
        for name, reader in _optional_readers(language):
            try:
                seconds = _cpu(lambda: [reader.extract(t, language, texts[0][1]) for t in sample])
                optional.append(f"{name} {sample_mb / seconds:.3f}")
            except Exception as exc:  # a reader that fails on this language is named, not hidden
                optional.append(f"{name} failed ({type(exc).__name__})")
        print(f"{language:<5}{size * 1000:>7.0f}{size / own:>15.3f}{size / plain:>11.1f}{size / tokens:>11.2f}"
              f"{size / least:>9.2f}{own / least:>9.1f}{own / tokens:>13.1f}  {', '.join(optional) or '-'}",
              flush=True)


# ---- check ----------------------------------------------------------------------------

def _tree_rss(root: int) -> int:
    """The resident bytes of a process and all its descendants, from /proc."""
    parents, rss = {}, {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * PAGE
    total, stack = 0, [root]
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def run_check(path: Path, jobs: int | None, cache: Path | None = None, root: Path = ROOT) -> dict:
    """One `factlint check` child process over the corpus at path, with the checkout at root: its figures."""
    command = [sys.executable, "-m", "checker.cli", "check", "--format", "json", "-q",
               "--seeds", "seeds", "--facts", "facts", "--assertions", "assertions"]
    command += ["--cache-dir", str(cache)] if cache else ["--no-cache"]
    if jobs:
        command += ["--jobs", str(jobs)]
    environment = {**os.environ, "PYTHONPATH": str(root)}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, cwd=path, env=environment, stdout=out, stderr=err)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.wait(0.2):
                peak[0] = max(peak[0], _tree_rss(child.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read().decode("utf-8", "replace")
    if child.returncode not in (0, 1):
        sys.exit(f"factlint check failed ({child.returncode}) in {path}:\n{stderr[-3000:]}")
    findings = len(json.loads(stdout)["findings"])
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss_max": usage.ru_maxrss * 1024,
            "rss_tree": peak[0], "findings": findings, "stderr": stderr, "output": stdout}


def bench_check(work: Path, sizes, fact_counts, jobs_list, changed: bool, against: Path | None = None) -> None:
    print("check: `factlint check --format json --no-cache --jobs J`, one child process a row"
          + (f"; each row run by this checkout, then by {against} (`other`), and the ratio" if against else ""))
    print(f"{'articles':>9}{'facts':>7}{'jobs':>5}{'MB':>8}{'wall s':>9}{'CPU s':>9}{'CPU/wall':>9}{'MB/s':>8}"
          f"{'RSS max MB':>11}{'RSS tree MB':>12}{'findings':>10}{'load':>6}")
    for articles in sizes:
        for facts in fact_counts:
            path = corpus(work, articles, facts)
            size = megabytes(path / "seeds")
            for jobs in jobs_list:
                r = run_check(path, jobs)
                _check_row(articles, facts, jobs, size, r)
                if against:
                    other = run_check(path, jobs, root=against)
                    _check_row(articles, facts, jobs, size, other, "other")
                    print(f"{'this / other:':>29}{r['wall'] / other['wall']:>9.2f}{r['cpu'] / other['cpu']:>9.2f}"
                          f"{'':>17}{r['rss_max'] / other['rss_max']:>11.2f}{r['rss_tree'] / max(other['rss_tree'], 1):>12.2f}"
                          f"{'same' if r['output'] == other['output'] else 'DIFFERENT':>10}", flush=True)
            if changed:
                bench_changed(path, jobs_list[-1])


def _check_row(articles: int, facts: int, jobs, size: float, r: dict, label: str = "") -> None:
    print(f"{articles:>9}{facts:>7}{jobs or '-':>5}{size:>8.2f}{r['wall']:>9.2f}{r['cpu']:>9.2f}"
          f"{r['cpu'] / r['wall']:>9.2f}{size / r['wall']:>8.2f}{r['rss_max'] / 1e6:>11.0f}"
          f"{r['rss_tree'] / 1e6:>12.0f}{r['findings']:>10}{os.getloadavg()[0]:>6.1f} {label}", flush=True)


def bench_changed(path: Path, jobs: int | None) -> None:
    """A cold run with an empty cache, one seed edited, a warm rerun: the rerun's share of the cold run."""
    with tempfile.TemporaryDirectory(prefix="factlint-cache-") as cache:
        cold = run_check(path, jobs, Path(cache))
        seed = sorted((path / "seeds").glob("*-en.txt"))[0]
        original = seed.read_text(encoding="utf-8")
        try:
            seed.write_text(original + "\nA late update said 77 people were seen.\n", encoding="utf-8")
            warm = run_check(path, jobs, Path(cache))
        finally:
            seed.write_text(original, encoding="utf-8")
    print(f"  one changed seed ({seed.name}): cold {cold['wall']:.2f} s wall / {cold['cpu']:.2f} s CPU, "
          f"rerun {warm['wall']:.2f} s wall / {warm['cpu']:.2f} s CPU = {100 * warm['wall'] / cold['wall']:.1f} % "
          f"of the cold run's wall time ({100 * warm['cpu'] / cold['cpu']:.1f} % of its CPU); RSS max cold "
          f"{cold['rss_max'] / 1e6:.0f} MB, rerun {warm['rss_max'] / 1e6:.0f} MB; load {os.getloadavg()[0]:.1f}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=("extract", "check"), help="run one part (default: both)")
    parser.add_argument("--articles", type=int, nargs="+", default=[1000])
    parser.add_argument("--facts", type=int, nargs="+", default=[10, 1000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2],
                        help="--jobs values to run check with (0: leave the option out)")
    parser.add_argument("--changed", action="store_true", help="also time a rerun with one changed seed")
    parser.add_argument("--against", help="another checkout (a folder): each check row is run by it too, and the "
                        "ratio printed, with whether the JSON output is the same")
    parser.add_argument("--languages", nargs="+", default=list(gen_corpus.LANGUAGES), choices=gen_corpus.LANGUAGES)
    parser.add_argument("--extract-kb", type=int, default=300, help="KB of text a language for extraction")
    parser.add_argument("--sample-kb", type=int, default=20, help="KB a language for Duckling and dateparser")
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "factlint-scale"),
                        help="where generated corpora are kept")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.only in (None, "extract"):
        bench_extract(work, args.languages, args.extract_kb, args.sample_kb)
    if args.only in (None, "check"):
        bench_check(work, args.articles, args.facts, [j or None for j in args.jobs], args.changed,
                    Path(args.against).resolve() if args.against else None)


if __name__ == "__main__":
    main()
