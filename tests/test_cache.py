"""The extraction cache: mentions per seed on disk, keyed by content, language, publication date and
extractor version; a run re-extracts only the seeds it has not seen."""
from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from checker import cache as caching
from checker.cache import MentionCache, extractor_version, seed_key
from checker.cli import main
from checker.corpus import load_seeds
from checker.engine import Inputs, run
from checker.extract import extract

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds():
    return load_seeds(ROOT / "seeds")[0]


def _inputs(seeds_dir: Path) -> Inputs:
    return Inputs(seeds_dir, (ROOT / "facts",), (ROOT / "assertions",))


def test_cache_returns_what_extraction_returns(tmp_path, seeds):
    writer, reader = MentionCache(tmp_path), MentionCache(tmp_path)
    for seed in seeds:
        fresh = tuple(extract(seed.text, seed.language, seed.published))
        assert writer.mentions(seed) == fresh
        assert reader.mentions(seed) == fresh
    assert (writer.extracted, writer.reused) == (len(seeds), 0)
    assert (reader.extracted, reader.reused) == (0, len(seeds))


def test_cache_second_run_extracts_only_the_changed_seed(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", corpus)
    first = MentionCache(tmp_path / "cache")
    report_before, _ = run(_inputs(corpus), first)
    assert (first.extracted, first.reused) == (5, 0)
    changed = next(corpus.glob("000_*.txt"))
    changed.write_text(changed.read_text(encoding="utf-8").replace("25 renegade", "35 renegade"), encoding="utf-8")
    second = MentionCache(tmp_path / "cache")
    report_after, _ = run(_inputs(corpus), second)
    assert (second.extracted, second.reused) == (1, 4)
    uncached, _ = run(_inputs(corpus))
    assert report_after == uncached  # the cache changes nothing but the time
    assert report_after != report_before


@pytest.mark.parametrize("change", [
    {"text": "another text"}, {"language": "fa"}, {"published": date(2019, 1, 1)}, {"published": None}])
def test_cache_key_depends_on_content_language_and_date(seeds, change):
    seed = seeds[0]
    assert seed_key(replace(seed, **change)) != seed_key(seed)
    assert seed_key(replace(seed, id="other", path="elsewhere.txt", outlet="x")) == seed_key(seed)


def test_cache_key_depends_on_the_extractor_version(seeds):
    assert seed_key(seeds[0], "a" * 16) != seed_key(seeds[0], "b" * 16)


def test_cache_extractor_version_hashes_the_extractor_files(tmp_path, monkeypatch):
    package = tmp_path / "checker"
    for name in ("extract", "lang"):
        shutil.copytree(ROOT / "checker" / name, package / name)
    for name in ("intervals.py", "model.py"):
        shutil.copy(ROOT / "checker" / name, package / name)
    monkeypatch.setattr(caching, "PACKAGE", package)
    versions = []
    for edit in (None, "extract/dates.py", "lang/fa.yaml", "intervals.py"):
        if edit:
            (package / edit).write_text((package / edit).read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
        extractor_version.cache_clear()
        versions.append(extractor_version())
    (package / "unrelated.py").write_text("x = 1\n", encoding="utf-8")
    extractor_version.cache_clear()
    versions.append(extractor_version())
    extractor_version.cache_clear()
    assert len(set(versions[:4])) == 4 and versions[4] == versions[3]


def test_cache_bad_entries_are_misses_and_are_rewritten(tmp_path, seeds):
    seed = seeds[0]
    MentionCache(tmp_path).mentions(seed)
    [entry] = list((tmp_path / "mentions").rglob("*.json"))
    for broken in ("{not json", json.dumps({"key": "other", "mentions": []}),
                   json.dumps({"key": entry.stem, "mentions": [{"text": "25"}]})):
        entry.write_text(broken, encoding="utf-8")
        again = MentionCache(tmp_path)
        assert again.mentions(seed) == tuple(extract(seed.text, seed.language, seed.published))
        assert again.extracted == 1
        assert json.loads(entry.read_text(encoding="utf-8"))["key"] == entry.stem


def test_cache_directory_layout(tmp_path, seeds):
    cache = MentionCache(tmp_path / "c")
    for seed in seeds:
        cache.mentions(seed)
    root = tmp_path / "c"
    assert (root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")
    assert (root / ".gitignore").read_text().splitlines()[-1] == "*"
    assert [p.name for p in (root / "mentions").iterdir()] == [extractor_version()]
    assert len(list(root.rglob("*.json"))) == len(seeds)
    assert not list(root.rglob("*.tmp"))  # written atomically: no temporaries left


def test_cache_drops_other_extractor_versions(tmp_path, seeds):
    old = tmp_path / "mentions" / "0000000000000000"
    old.mkdir(parents=True)
    (old / "stale.json").write_text("{}", encoding="utf-8")
    MentionCache(tmp_path).mentions(seeds[0])
    assert not old.exists()


def test_cache_that_cannot_be_written_warns_and_the_check_goes_on(tmp_path, seeds):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    cache = MentionCache(blocker)
    assert cache.mentions(seeds[0]) == tuple(extract(seeds[0].text, seeds[0].language, seeds[0].published))
    assert "cannot write the extraction cache" in cache.warning


def test_cache_cli_options(tmp_path, monkeypatch, capsys):
    for name in ("seeds", "facts", "assertions"):
        shutil.copytree(ROOT / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--format", "json", "--no-cache"]) == 0
    assert not (tmp_path / ".factlint-cache").exists()
    capsys.readouterr()
    assert main(["check", "--format", "json"]) == 0
    assert "extracted 5 of 5 seeds (0 from the cache in .factlint-cache)" in capsys.readouterr().err
    assert main(["check", "--format", "json"]) == 0
    assert "extracted 0 of 5 seeds (5 from the cache in .factlint-cache)" in capsys.readouterr().err
    assert main(["check", "--format", "json", "--cache-dir", "elsewhere"]) == 0
    assert "extracted 5 of 5 seeds" in capsys.readouterr().err and (tmp_path / "elsewhere").is_dir()
