"""What a rerun pays for besides the changed seeds: data files parsed once a process, no work for
seeds whose results are cached."""
from __future__ import annotations

import copy
import dataclasses
import json

import pytest

from checker import concepts

TABLES = (concepts.vocabulary, concepts._kinds, concepts.measurement_units, concepts._word_table,
          concepts.people_units, concepts.round_names, concepts.measure_classes)


def test_concepts_file_is_read_once_for_every_table(monkeypatch):
    read = []
    original = concepts.datafile.load

    def counting(path):
        read.append(path)
        return original(path)

    monkeypatch.setattr(concepts.datafile, "load", counting)
    for table in (concepts._data,) + TABLES:
        table.cache_clear()
    try:
        concepts.vocabulary()
        concepts.measures_kind("dead", "count")
        concepts.counted_nouns("en")
        concepts.elsewhere_words("es")
        concepts.relation_words("total", "en")
        concepts.round_names()
        concepts.measure_class("dead")
        concepts.people_units()
        assert read == [concepts.CONCEPTS_PATH]
    finally:
        for table in (concepts._data,) + TABLES:
            table.cache_clear()


def test_data_file_parsed_once_then_read_from_its_copy_until_edited(tmp_path, monkeypatch):
    from checker import datafile

    path = tmp_path / "xx.yaml"
    path.write_text("numbers:\n  one: 1\n  2: two\nwhen: [a, b]\n", encoding="utf-8")
    parsed = []
    original = datafile.YAML

    class Counting:
        def __init__(self, *args, **kwargs):
            self.inner = original(*args, **kwargs)

        def load(self, stream):
            parsed.append(stream)
            return self.inner.load(stream)

    monkeypatch.setattr(datafile, "YAML", Counting)
    first = datafile.load(path)
    assert first == {"numbers": {"one": 1, 2: "two"}, "when": ["a", "b"]}
    assert datafile.load(path) == first and len(parsed) == 1
    copy = datafile.copy_path(path, path.read_bytes())
    copy.write_text(copy.read_text(encoding="utf-8").replace("two", "six"), encoding="utf-8")  # checksum fails
    assert datafile.load(path) == first and len(parsed) == 2
    path.write_text("numbers:\n  one: 7\n", encoding="utf-8")
    assert datafile.load(path) == {"numbers": {"one": 7}} and len(parsed) == 3
    assert [p.name for p in copy.parent.iterdir() if not p.name.startswith(".")] == \
        [datafile.copy_path(path, path.read_bytes()).name]  # the copy of the old bytes is gone


def test_data_file_with_a_timestamp_is_parsed_every_time(tmp_path):
    from checker import datafile

    path = tmp_path / "xx.yaml"
    path.write_text("at: 2019-01-02 10:30:00\n", encoding="utf-8")
    assert datafile.load(path) == datafile.load(path)
    assert not datafile.copy_path(path, path.read_bytes()).exists()


def _project(tmp_path, articles=8):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import gen_corpus

    return gen_corpus.write(tmp_path / "corpus", articles, 5)


def _check(root, cache_dir, jobs):
    from checker.cache import MentionCache
    from checker.engine import Inputs, run

    cache = MentionCache(cache_dir) if cache_dir else None
    return run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)), cache, jobs=jobs)[0]


def _one_seed_changed(tmp_path, jobs):
    """The project after a run with a cache and an edit of its third seed."""
    root = _project(tmp_path)
    _check(root, tmp_path / "cache", jobs)
    seed = sorted((root / "seeds").glob("*.txt"))[2]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOfficials said 77 people were seen.\n", encoding="utf-8")
    return root


def test_rerun_reads_stored_results_itself_and_starts_no_worker_for_them(tmp_path, monkeypatch):
    from checker import parallel

    root = _one_seed_changed(tmp_path, 2)
    computed = []

    def no_pool(*args, **kwargs):
        raise AssertionError("a worker pool for one changed seed")

    def compute(sources, shared, jobs=1, progress=None):
        computed.extend(source.id for source in sources)
        return parallel.map_seeds(sources, shared, jobs=jobs, progress=progress)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", no_pool)
    from checker import engine

    monkeypatch.setattr(engine, "map_seeds", compute)
    report = _check(root, tmp_path / "cache", 2)
    assert computed == ["000002"]
    assert report == _check(root, None, 1)


def test_claims_are_computed_with_each_seed_and_not_again_when_grouping(tmp_path, monkeypatch):
    from dataclasses import replace

    from checker import claims, parallel
    from checker.claims import build

    root = _project(tmp_path)
    kept = parallel.kept  # the report keeps no frames: this one does, to compute the claims again
    monkeypatch.setattr(parallel, "kept", lambda result, seed: replace(result, seed=replace(seed, text="")))
    report = _check(root, tmp_path / "cache", 1)
    monkeypatch.setattr(parallel, "kept", kept)
    rows = [r.claims for r in report.seeds]
    assert all(r is not None for r in rows) and sum(map(len, rows)) > 0
    recomputed = claims.claims_of([replace(r, claims=None) for r in report.seeds])
    computed = []
    original = claims.seed_claims

    def spy(seed, *args, **kwargs):
        computed.append(seed.id)
        return original(seed, *args, **kwargs)

    monkeypatch.setattr(build, "seed_claims", spy)  # where claims_of looks it up
    assert claims.claims_of(report.seeds) == recomputed
    assert computed == []
    cached = _check(root, tmp_path / "cache", 1)  # every result read back from the store
    assert computed == [] and cached.seeds == tuple(kept(r, r.seed) for r in report.seeds)
    assert (cached.findings, cached.groups) == (report.findings, report.groups)


def test_kept_results_share_one_empty_set_computed_or_read_back(tmp_path):
    from checker import codec

    root = _project(tmp_path)
    for report in (_check(root, tmp_path / "cache", 1), _check(root, tmp_path / "cache", 1)):
        empty = [v for r in report.seeds for row in r.claims for v in row if type(v) is frozenset and not v]
        assert empty and all(v is codec.EMPTY for v in empty)


def test_stored_results_are_read_with_the_collector_off_and_out_of_its_reach_after(tmp_path, monkeypatch):
    import gc

    from checker import parallel

    root = _one_seed_changed(tmp_path, 1)
    collecting = []
    original = parallel.stored_outcome

    def spy(source, shared):
        collecting.append(gc.isenabled())
        return original(source, shared)

    monkeypatch.setattr(parallel, "stored_outcome", spy)
    frozen = gc.get_freeze_count()
    try:
        report = _check(root, tmp_path / "cache", 1)
        assert collecting and not any(collecting) and gc.isenabled()
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
    assert report == _check(root, None, 1)


@pytest.mark.parametrize("cached", [False, True])
def test_the_reduction_runs_with_the_collector_off_and_leaves_it_on(tmp_path, monkeypatch, cached):
    """Grouping builds a million small objects at 10,000 seeds (items, posting lists, pairs) beside the results
    kept: with the collector on, each full collection scanned them all again (about a tenth of a rerun's CPU)."""
    import gc

    from checker import engine

    root = _one_seed_changed(tmp_path, 1)
    collecting = []
    original = engine.group_claims

    def spy(*args, **kwargs):
        collecting.append(gc.isenabled())
        return original(*args, **kwargs)

    monkeypatch.setattr(engine, "group_claims", spy)
    try:
        report = _check(root, tmp_path / "cache" if cached else None, 1)
        assert collecting == [False] and gc.isenabled()
    finally:
        gc.unfreeze()
    monkeypatch.setattr(engine, "group_claims", original)
    assert report == _check(root, None, 1)


def test_a_value_read_back_is_as_compact_as_one_built_by_its_class():
    import sys

    from checker import codec
    from checker.model import Interval, Mention

    made = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx", sentence="About 5 died.")
    read = codec.loads(codec.dumps(made))
    assert read == made
    # the fields set in the class's order keep the keys the class shares (a dict of its own is larger)
    assert sys.getsizeof(read.__dict__) == sys.getsizeof(made.__dict__)


@pytest.mark.parametrize("jobs", [1, 2])
def test_what_grouping_reads_of_a_claim_is_computed_with_its_seed_and_not_again(tmp_path, monkeypatch, jobs):
    """A seed's result carries its claims' grouping items (SeedResult.grouping), computed or read back: a rerun
    builds no claim's item again (no terms, no fact covering it: a third of a 10,000-seed rerun's grouping)."""
    from checker import cluster

    root = _project(tmp_path, 20)
    computed = _check(root, tmp_path / "cache", jobs)
    assert all(r.grouping and not r.claim_terms for r in computed.seeds if r.claims)
    asked = []
    original = cluster.claim_item

    def spy(claim, *args):
        asked.append(claim.seed.id)
        return original(claim, *args)

    monkeypatch.setattr(cluster, "claim_item", spy)
    read = _check(root, tmp_path / "cache", jobs)  # every result read back from the store
    assert asked == [] and read == computed and read.groups
    assert read == _check(root, None, 1) and asked  # without a cache the same, every item built in this process


def test_items_read_from_rows_are_those_built_from_their_claims_and_share_their_strings(tmp_path):
    from checker import cluster
    from checker.claims import claims_of
    from checker.facts import load_facts

    root = _project(tmp_path, 20)
    report = _check(root, None, 1)
    facts = load_facts([root / "facts"])
    context = cluster.GroupingContext.of(facts)
    claims = claims_of(report.seeds)
    built = [cluster.claim_item(claim, facts, context, {}) for claim in claims]
    rows = json.loads(json.dumps([cluster.item_row(claim, item) for claim, item in zip(claims, built)]))
    read = [cluster.row_item(claim, row, {}) for claim, row in zip(claims, rows)]
    table: dict = {}
    again = [cluster.row_item(claim, row, table) for claim, row in zip(claims, rows)]
    assert read == built and again == built and any(item is not None for item in built)
    keys = [key for item in again if item is not None for key in item.weights]
    assert len({id(key) for key in keys}) == len(set(keys)) < len(keys)
    item = next(item for item in built if item is not None)
    read_from_claim = {"source", "place", "tag"}  # not in a row's fields: the claim, its place (the row's first two),
    # or this run's
    written = [f.name for f in dataclasses.fields(item) if f.name not in read_from_claim]
    assert len(rows[built.index(item)]) == 2 + len(written) + 1, \
        "a field of cluster._Item that item_row does not write (nor row_item read): a rerun would lose it"
    flags = [f.name for f in dataclasses.fields(item) if f.type == "bool"]
    for name in flags:  # every flag of an item is read back as it was written
        flagged = copy.copy(item)
        setattr(flagged, name, True)
        assert cluster.row_item(flagged.claim, json.loads(json.dumps(cluster.item_row(flagged.claim, flagged))), {}) \
            == flagged
    for damaged in (["count"], rows[1], 0, rows[0][:3], rows[0] + [1]):  # another claim's row: never read for it
        with pytest.raises(ValueError):
            cluster.row_item(claims[0], damaged, {})


def test_a_seeds_grouping_text_that_does_not_fit_its_claims_is_not_trusted(tmp_path):
    """A grouping text with another number of rows than its seed's claims, or none, or no JSON: its claims'
    items are built from the claims (the groups are those a run without the texts finds)."""
    from dataclasses import replace

    from checker.claims import claims_of
    from checker.cluster import group_claims
    from checker.facts import load_facts

    root = _project(tmp_path, 20)
    report = _check(root, None, 1)
    facts = load_facts([root / "facts"])
    claims = claims_of(report.seeds)
    texts = {r.seed.id: r.grouping for r in report.seeds if r.grouping}
    expected = group_claims(claims, facts, rows=texts)
    assert expected and expected == group_claims(claims, facts)
    for damage in ("[]", "[0]", "{", "[[1, 2]]", "", "null", '"x"'):
        damaged = {seed: damage for seed in texts}
        assert group_claims(claims, facts, rows=damaged) == expected, damage


def test_results_read_back_share_the_words_and_sentences_of_their_mentions(tmp_path):
    """A mention's kind, rule, language, unit and sentence recur in every seed (in every mention of a sentence):
    read back, each is one object, as the (word, weight) pairs are."""
    root = _project(tmp_path)
    computed = _check(root, tmp_path / "cache", 1)
    read = _check(root, tmp_path / "cache", 1)  # every result read back from the store
    assert read == computed
    mentions = [m for r in read.seeds for m in r.mentions]
    for name in ("kind", "rule", "language", "sentence"):
        values = [getattr(m, name) for m in mentions]
        assert len({id(v) for v in values}) == len(set(values)) < len(values), name
    domains = [m.value.domain for m in mentions]
    assert len({id(v) for v in domains}) == len(set(domains))


def test_kept_results_links_carry_no_frame_computed_or_read_back(tmp_path):
    root = _project(tmp_path)
    for report in (_check(root, tmp_path / "cache", 1), _check(root, tmp_path / "cache", 1)):
        links = [link for r in report.seeds for link in r.links]
        assert links and all(link.frame is None for link in links)
        assert all(c.link in r.links for r in report.seeds for c in r.comparisons)


class _Lemmas:
    """A stand-in for simplemma that records which tables each lookup asked for."""

    def __init__(self):
        self.low_memory = []

    def lemmatize(self, token, lang, low_memory=False):
        self.low_memory.append(low_memory)
        return token


def test_the_process_that_reduces_looks_lemmas_up_in_the_frugal_tables(monkeypatch):
    """simplemma's full tables of en, es, pt, ar and fa weigh about 250 MB; a check's own process reads a
    few thousand words of the fact sheets' cues with them, then holds them while it reduces the results."""
    lemmas = _Lemmas()
    monkeypatch.setattr(concepts, "_simplemma", lemmas)
    monkeypatch.setattr(concepts, "_FULL_LEMMA_TABLES", False)
    concepts.forms.__wrapped__("muertos", "es")
    assert lemmas.low_memory == [True]


def test_a_worker_process_looks_lemmas_up_in_the_full_tables(monkeypatch):
    from checker import parallel

    lemmas = _Lemmas()
    monkeypatch.setattr(concepts, "_simplemma", lemmas)
    monkeypatch.setattr(concepts, "_FULL_LEMMA_TABLES", False)
    monkeypatch.setattr(parallel, "_SHARED", None)
    parallel._start(None)
    concepts.forms.__wrapped__("muertos", "es")
    assert lemmas.low_memory == [False]


def test_a_stored_result_is_kept_as_it_was_stored_not_rebuilt(tmp_path, monkeypatch):
    """A result is stored as the reduction keeps it (parallel.kept): rebuilding its claims' rows again when it
    is read back took 0.5 s of a rerun of 10,000 seeds."""
    from checker import parallel

    root = _one_seed_changed(tmp_path, 1)
    rebuilt = []
    original = parallel.kept

    def spy(result, seed):
        rebuilt.append(seed.id)
        return original(result, seed)

    monkeypatch.setattr(parallel, "kept", spy)
    report = _check(root, tmp_path / "cache", 1)
    assert rebuilt == ["000002"]
    monkeypatch.setattr(parallel, "kept", original)
    assert report == _check(root, None, 1)


def test_the_languages_with_data_are_listed_once_for_the_language_findings(monkeypatch):
    from checker import detect
    from checker.model import Seed

    listed = []
    original = detect.available
    monkeypatch.setattr(detect, "available", lambda: listed.append(1) or original())
    seeds = [Seed(id=str(i), path=f"{i}.txt", text="", language=language) for i, language in enumerate("en es xx en".split())]
    findings = detect.language_findings(seeds)
    assert [f.seed for f in findings] == ["2"] and len(listed) == 1


def test_a_finding_with_nothing_hidden_is_made_visible_without_a_copy():
    """Every finding of a run goes through made_visible: a copy of each (27,000 of 10,000 seeds) cost 0.3 s."""
    from checker.model import Finding
    from checker.spoofing import made_visible

    plain = Finding(kind="contradiction", severity="error", fact="f", seed="s", message="said 5, sheet 6")
    hidden = Finding(kind="contradiction", severity="error", fact="f", seed="s", message="said 5\u202e, sheet 6")
    assert made_visible(plain) is plain
    assert made_visible(hidden).message == "said 5⟨U+202E⟩, sheet 6" and made_visible(hidden).fact == "f"


def test_what_a_mention_says_is_folded_once_a_text(monkeypatch):
    from checker import findings

    folded = []
    original = findings.fold

    def spy(text):
        folded.append(text)
        return original(text)

    monkeypatch.setattr(findings, "fold", spy)
    findings._said.cache_clear()
    said = [findings._said(text) for text in ("Cuarenta  Soldados", "40", "Cuarenta  Soldados", "40", "۴۰")]
    assert said == ["cuarenta soldados", "40", "cuarenta soldados", "40", "40"]
    assert folded == ["Cuarenta  Soldados", "40", "۴۰"]


def test_a_dataclass_read_back_is_built_from_its_class_shape_looked_up_once_a_process(monkeypatch):
    """A rerun of 10,000 seeds builds 850,000 dataclasses from the store: each looked up its class, its fields
    and their defaults again (three cached calls and a copy of its defaults an object)."""
    from checker import codec
    from checker.model import Interval, Mention

    made = (Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx", sentence="About 5 died."),
            Mention("6", 9, 10, 1, 10, "count", Interval(6, 6)))
    text = codec.dumps(made)
    assert codec.loads(text) == made  # the shapes of this process, looked up
    looked = []
    for name in ("_classes", "_shape", "_field_names"):
        original = getattr(codec, name)
        monkeypatch.setattr(codec, name, lambda *args, _name=name, _original=original: looked.append(_name)
                            or _original(*args))
    assert codec.loads(text) == made and codec.loads(text, {}) == made
    assert looked == []


def test_weak_pairs_rank_each_claims_partners_by_an_order_computed_once(monkeypatch):
    """_mutual ranked every weak pair's two claims by _order, computed again for each pair (a claim of a
    busy day has dozens of weak partners); it is _item_order now, which builds no claim of a stored row."""
    from checker import cluster

    items = [type("Item", (), {"claim": f"claim {n}"})() for n in range(4)]
    scored = {(0, 1): (0.5, ("a",), True), (0, 2): (0.45, ("b",), True), (1, 2): (0.5, ("c",), True),
              (2, 3): (0.7, ("d",), False), (1, 3): (0.42, ("e",), True)}
    ordered = []
    monkeypatch.setattr(cluster, "_item_order", lambda item: ordered.append(item.claim) or (item.claim,))
    assert cluster._mutual(items, scored) == {(0, 1): (0.5, ("a",)), (2, 3): (0.7, ("d",))}
    assert sorted(ordered) == [f"claim {n}" for n in range(4)]
