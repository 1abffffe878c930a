"""The grouping index (checker/pairindex.py): a rerun scores only the pairs of claims a change touches,
and groups exactly as a run without the index."""
from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from checker import cluster, incremental
from checker.cache import MentionCache
from checker.claims import claims_of, known_terms
from checker.engine import Inputs, run
from checker import pairindex as incremental_pairindex
from checker.pairindex import PairIndex, loaded

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import gen_corpus  # noqa: E402


@pytest.fixture(scope="module")
def analysed(tmp_path_factory):
    """The results and facts of a generated corpus of 40 seeds."""
    root = gen_corpus.write(tmp_path_factory.mktemp("pairs") / "corpus", 40, 5)
    report = run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)))[0]
    return list(report.seeds), report.facts


def _key(seed_id: str, edit: int = 0) -> str:
    return hashlib.sha256(f"{seed_id}/{edit}".encode()).hexdigest()


def _grouped(results, facts, index, monkeypatch):
    """The groups of the results and the scored pairs grouping joined them by, as claim places."""
    scored = []
    mutual = cluster._mutual

    def spy(items, pairs):
        scored.append({tuple(sorted(((items[i].claim.seed.id, items[i].claim.mention.start),
                                     (items[j].claim.seed.id, items[j].claim.mention.start)))): result
                       for (i, j), result in pairs.items()})
        return mutual(items, pairs)

    monkeypatch.setattr(cluster, "_mutual", spy)
    claims = claims_of(results)
    groups = cluster.group_claims(claims, facts, known=known_terms(results), index=index)
    monkeypatch.setattr(cluster, "_mutual", mutual)
    return groups, scored[0]


# (seeds left out before, seeds left out now, seeds edited: another key, and half of their claims)
CHANGES = {
    "nothing": ((), (), ()),
    "seed-added": ((5,), (), ()),
    "seed-removed": ((), (2,), ()),
    "seed-edited": ((), (), (3,)),
    "several": ((1, 7, 30), (4,), (9, 22)),
}


@pytest.mark.parametrize("frequent_min", [200, 20])  # 20: blocks drop their frequent terms (another tag)
@pytest.mark.parametrize("change", CHANGES)
def test_rerun_with_the_index_finds_the_pairs_and_groups_of_a_full_scan(analysed, monkeypatch, change, frequent_min):
    monkeypatch.setattr(cluster, "FREQUENT_MIN", frequent_min)
    results, facts = analysed
    before_out, now_out, edited = CHANGES[change]
    before = [r for n, r in enumerate(results) if n not in before_out]
    now = [r if n not in edited else replace(r, claims=r.claims[:len(r.claims) // 2])
           for n, r in enumerate(results) if n not in now_out]
    first = PairIndex(None, {r.seed.id: _key(r.seed.id) for r in before})
    _grouped(before, facts, first, monkeypatch)
    old = loaded(json.loads(json.dumps(first.stored())))
    keys = {r.seed.id: _key(r.seed.id, int(n in edited)) for n, r in enumerate(results)}
    index = PairIndex(old, keys)
    calls = []
    score = cluster._score
    monkeypatch.setattr(cluster, "_score", lambda *args: calls.append(args) or score(*args))
    groups, pairs = _grouped(now, facts, index, monkeypatch)
    scored_with_index = len(calls)
    calls.clear()
    assert (groups, pairs) == _grouped(now, facts, None, monkeypatch)
    assert scored_with_index <= len(calls) // (2 if change == "several" else 5)
    assert index.differs() == (change != "nothing")


def _run(root: Path, cache_dir: Path):
    return run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)), MentionCache(cache_dir))[0]


def _grouping_entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "incremental").glob("*/grouping/*/*.json"))


def test_rerun_after_one_changed_seed_scores_only_the_pairs_near_its_claims(tmp_path, monkeypatch):
    root = gen_corpus.write(tmp_path / "corpus", 30, 5)
    calls = []
    score = cluster._score
    monkeypatch.setattr(cluster, "_score", lambda *args: calls.append(args) or score(*args))
    _run(root, tmp_path / "cache")
    cold = len(calls)
    assert len(_grouping_entries(tmp_path / "cache")) == 1
    seed = sorted((root / "seeds").glob("*.txt"))[6]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOfficials said 77 people were seen on Monday.\n",
                    encoding="utf-8")
    calls.clear()
    report = _run(root, tmp_path / "cache")
    assert 0 < len(calls) < cold / 5
    assert report == run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)))[0]


@pytest.mark.parametrize("damage", ["garbage", "pair-outside-its-list", "foreign-shape"])
def test_damaged_grouping_index_is_built_again(tmp_path, damage):
    root = gen_corpus.write(tmp_path / "corpus", 12, 5)
    expected = _run(root, tmp_path / "cache")
    entry, = _grouping_entries(tmp_path / "cache")
    document = incremental.entry_fields(entry.read_text(encoding="utf-8"))
    if damage == "garbage":
        entry.write_text("{not json", encoding="utf-8")
    else:  # a value the codec reads, with a checksum that fits, that the index did not write
        value = json.loads(document["payload"])
        if damage == "pair-outside-its-list":
            name = next(n for n, (_, flat) in value["lists"].items() if flat)
            value["lists"][name][1][1] = 10 ** 6
        else:
            value = {"tags": 3}
        document["payload"] = json.dumps(value)
        document["sha256"] = incremental._hash(document["payload"])
        entry.write_text(incremental.entry_text(document), encoding="utf-8")
    assert _run(root, tmp_path / "cache") == expected
    rewritten = incremental.entry_fields(entry.read_text(encoding="utf-8"))
    assert loaded(json.loads(rewritten["payload"])) is not None


def test_fact_sheet_change_keeps_a_grouping_index_of_its_own(tmp_path):
    root = gen_corpus.write(tmp_path / "corpus", 12, 5)
    _run(root, tmp_path / "cache")
    sheet = root / "facts" / "bench.yaml"
    table = gen_corpus.facts(5)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(f"value: {table[0]['value']}\n", "value: 1\n", 1),
                     encoding="utf-8")
    assert _run(root, tmp_path / "cache") == run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)))[0]
    assert len(_grouping_entries(tmp_path / "cache")) == 2


@pytest.mark.parametrize("spare", [10 ** 9, -10 ** 9])  # never renumbered; renumbered every time
def test_successive_reruns_keep_unchanged_lists_as_stored_and_find_the_pairs_of_a_full_scan(analysed, monkeypatch,
                                                                                           spare):
    monkeypatch.setattr(incremental_pairindex, "SPARE_TAGS", spare)
    results, facts = analysed
    stored = PairIndex(None, {r.seed.id: _key(r.seed.id) for r in results})
    _grouped(results, facts, stored, monkeypatch)
    for edit in range(1, 5):  # one more seed edited each time: the tags of its claims before are gone
        edited = {r.seed.id for r in results[:edit]}
        now = [replace(r, claims=r.claims[:len(r.claims) // 2]) if r.seed.id in edited else r for r in results]
        old = loaded(json.loads(json.dumps(stored.stored())))
        index = PairIndex(old, {r.seed.id: _key(r.seed.id, edit * (r.seed.id in edited)) for r in results})
        assert _grouped(now, facts, index, monkeypatch) == _grouped(now, facts, None, monkeypatch)
        written = index.stored()
        kept = [name for name, entry in index.new.items() if type(entry) is not tuple]
        assert kept and index.differs()
        if spare > 0:  # the unchanged lists written as they were read, the tags of claims gone kept
            assert all(written["lists"][name] is old.lists[name] for name in kept)
            assert len(written["tags"]) > index.claims
        else:  # every tag is one of this run's claims
            assert len(written["tags"]) <= index.claims
        stored = index
