"""Incremental reruns: with a cache, a rerun redoes only the seeds whose inputs changed, and the report
is the one a run without cache gives; corrupt or foreign entries are recomputed, never trusted."""
from __future__ import annotations

import json
import shutil
import sys
from datetime import date
from pathlib import Path

import pytest

from checker import engine, incremental
from checker.cache import MentionCache
from checker.codec import dumps, loads
from checker.engine import Inputs, run
from checker.model import Interval, Mention, Seed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import gen_corpus  # noqa: E402


@pytest.fixture
def corpus(tmp_path) -> Path:
    return gen_corpus.write(tmp_path / "corpus", 8, 5)


@pytest.fixture
def analysed(monkeypatch) -> list[str]:
    """The ids of the seeds analysed (not read back from the cache) by run(..., jobs=1)."""
    seen: list[str] = []
    original = engine.analyse_seed

    def spy(seed, *args, **kwargs):
        seen.append(seed.id)
        return original(seed, *args, **kwargs)

    monkeypatch.setattr(engine, "analyse_seed", spy)
    return seen


def _run(root: Path, cache_dir: Path):
    cache = MentionCache(cache_dir)
    report, _ = run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)), cache)
    return report, cache


def _uncached(root: Path):
    return run(Inputs(root / "seeds", (root / "facts",), (root / "assertions",)))[0]


def test_rerun_redoes_only_the_changed_seed(corpus, tmp_path, analysed):
    _run(corpus, tmp_path / "cache")
    assert len(analysed) == 8
    seed = sorted((corpus / "seeds").glob("*.txt"))[3]
    seed.write_text(seed.read_text(encoding="utf-8") + "\nOfficials said 77 people were seen.\n", encoding="utf-8")
    analysed.clear()
    report, cache = _run(corpus, tmp_path / "cache")
    assert analysed == ["000003"]
    assert (cache.extracted, cache.reused) == (1, 7)
    assert report == _uncached(corpus)


def test_manifest_change_redoes_that_seed_only(corpus, tmp_path, analysed):
    _run(corpus, tmp_path / "cache")
    manifest = corpus / "seeds" / "manifest.yaml"
    text = manifest.read_text(encoding="utf-8")
    lines = text.splitlines()
    at = lines.index('  - id: "000005"') + 3
    assert lines[at].startswith("    published: ")
    lines[at] = "    published: 2018-01-02"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    analysed.clear()
    report, _ = _run(corpus, tmp_path / "cache")
    assert analysed == ["000005"]
    assert next(r for r in report.seeds if r.seed.id == "000005").seed.published == date(2018, 1, 2)
    assert report == _uncached(corpus)


def test_fact_sheet_change_relinks_every_seed_and_extracts_none(corpus, tmp_path, analysed):
    before, _ = _run(corpus, tmp_path / "cache")
    sheet = corpus / "facts" / "bench.yaml"
    table = gen_corpus.facts(5)
    sheet.write_text(sheet.read_text(encoding="utf-8").replace(f"value: {table[0]['value']}\n", "value: 1\n", 1),
                     encoding="utf-8")
    analysed.clear()
    report, cache = _run(corpus, tmp_path / "cache")
    assert len(analysed) == 8
    assert cache.extracted == 0
    assert report == _uncached(corpus) != before


def test_code_version_change_redoes_every_seed(corpus, tmp_path, analysed, monkeypatch):
    _run(corpus, tmp_path / "cache")
    monkeypatch.setattr(incremental, "code_version", lambda: "another-version")
    analysed.clear()
    _run(corpus, tmp_path / "cache")
    assert len(analysed) == 8
    assert [p.name for p in (tmp_path / "cache" / "incremental").iterdir()] == ["another-version"]


def test_code_version_follows_language_files_and_code(tmp_path):
    package = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", package, ignore=shutil.ignore_patterns("__pycache__"))
    first = incremental.package_hash(package)
    language = package / "lang" / "en.yaml"
    language.write_text(language.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    second = incremental.package_hash(package)
    link = package / "link.py"
    link.write_text(link.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert len({first, second, incremental.package_hash(package)}) == 3


@pytest.mark.parametrize("reader", ["spacy", "simplemma", "pycountry"])
def test_code_version_follows_the_packages_whose_data_a_result_holds(tmp_path, monkeypatch, reader):
    """pycountry's subdivisions are the places a count of the sheets' events is a part of (cluster._place_keys): what
    grouping reads of a claim, stored with its seed, changes with them."""
    from importlib import metadata

    package = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", package, ignore=shutil.ignore_patterns("__pycache__"))
    first = incremental.package_hash(package)
    original = metadata.version
    monkeypatch.setattr(incremental.metadata, "version", lambda name: "0.0.1" if name == reader else original(name))
    assert incremental.package_hash(package) != first


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / "incremental").glob("*/results/*/*.json"))


@pytest.mark.parametrize("damage", ["garbage", "checksum", "foreign", "unknown-class", "no-utf8", "no-line"])
def test_corrupt_or_foreign_entry_is_recomputed(corpus, tmp_path, analysed, damage):
    _run(corpus, tmp_path / "cache")
    entries = _entries(tmp_path / "cache")
    assert len(entries) == 8
    target, other = entries[0], entries[1]
    document = incremental.entry_fields(target.read_text(encoding="utf-8"))
    if damage == "garbage":
        target.write_text("{not json", encoding="utf-8")
    elif damage == "checksum":  # another valid value, the checksum left as it was
        document["payload"] = document["payload"].replace('"count"', '"percent"', 1)
        target.write_text(incremental.entry_text(document), encoding="utf-8")
    elif damage == "foreign":  # another seed's entry, intact, under this seed's name
        target.write_text(other.read_text(encoding="utf-8"), encoding="utf-8")
    elif damage == "no-utf8":  # bytes that are no UTF-8 text, with a checksum that fits
        payload = document["payload"].encode("utf-8") + b"\xff"
        head = json.dumps({"key": document["key"], "sha256": incremental._hash(payload)}).encode("utf-8")
        target.write_bytes(head + b"\n" + payload)
    elif damage == "no-line":  # the first line alone
        target.write_text(target.read_text(encoding="utf-8").split("\n")[0], encoding="utf-8")
    else:  # a class the codec may not build, with a checksum that fits
        payload = json.dumps({"@": "subprocess.Popen", "args": "true"})
        document["payload"] = payload
        document["sha256"] = incremental._hash(payload)
        target.write_text(incremental.entry_text(document), encoding="utf-8")
    analysed.clear()
    report, _ = _run(corpus, tmp_path / "cache")
    assert len(analysed) == 1
    assert report == _uncached(corpus)
    rewritten = incremental.entry_fields(target.read_text(encoding="utf-8"))  # written again, whole
    assert rewritten["sha256"] == incremental._hash(rewritten["payload"])
    assert rewritten["key"] == target.stem and "subprocess" not in rewritten["payload"]


def test_entry_is_a_line_of_key_and_checksum_then_the_payload_as_written(corpus, tmp_path):
    _run(corpus, tmp_path / "cache")
    entry = _entries(tmp_path / "cache")[0]
    head, payload = entry.read_text(encoding="utf-8").split("\n", 1)
    assert json.loads(head) == {"key": entry.stem, "sha256": incremental._hash(payload)}
    assert type(loads(payload)).__name__ == "SeedResult"


def test_codec_round_trip_keeps_types_and_refuses_other_classes():
    mention = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5, True, False), "approx")
    value = {"seed": Seed("1", "a.txt", "", "en", date(2019, 1, 2)), "m": (mention,), "s": frozenset({"b", "a"}),
             "inf": float("inf")}
    assert loads(dumps(value)) == value
    with pytest.raises(ValueError):
        loads(json.dumps({"@": "os.system"}))


def test_claim_items_computed_with_each_seed_group_claims_as_before(tmp_path):
    from checker.claims import claims_of, known_terms
    from checker.cluster import group_claims
    from checker.corpus import load_seeds
    from checker.engine import analyse_seed
    from checker.facts import load_facts
    from checker.parallel import kept

    corpus = gen_corpus.write(tmp_path / "twenty", 20, 5)
    report = _uncached(corpus)
    facts = load_facts([corpus / "facts"])
    rows = {r.seed.id: r.grouping for r in report.seeds if r.grouping}
    claims = claims_of(report.seeds)
    assert len(rows) == sum(1 for r in report.seeds if r.claims) > 0
    groups = group_claims(claims, facts, rows=rows)
    assert groups and groups == group_claims(claims, facts)
    alone = [kept(analyse_seed(seed, facts), seed) for seed in load_seeds(corpus / "seeds")[0]]  # no context: terms
    known = known_terms(alone)
    assert len(known) == len(claims) and not any(r.grouping for r in alone)
    assert group_claims(claims_of(alone), facts, known=known) == groups


SEED_FIELDS = {"id": "1", "path": "a.txt", "text": "", "language": "en", "published": None, "outlet": "", "url": "",
               "language_detected": False, "published_source": ""}


@pytest.mark.parametrize("name, document", [
    ("bare object", {"id": "1"}),
    ("bare object as a field", {"@": "checker.model.Seed", **SEED_FIELDS, "id": {"x": 1}}),
    ("bare object in a tuple", {"@": "tuple", "v": [{"x": 1}]}),
    ("fields of another version", {"@": "checker.model.Seed", **SEED_FIELDS, "extra": 1}),
    ("the fields apart, as the last format wrote them", {"@": "checker.model.Seed", "f": SEED_FIELDS}),
    ("class outside the pipeline", {"@": "builtins.dict"}),
])
def test_codec_refuses_what_dumps_cannot_have_written(name, document):
    assert loads(dumps(Seed(**SEED_FIELDS))) == Seed(**SEED_FIELDS)
    with pytest.raises(ValueError):
        loads(json.dumps(document))


def test_codec_leaves_defaults_out_and_fills_them_in_again():
    plain = Mention("5", 0, 1, 1, 1, "count", Interval(5, 5))
    odd = Mention("5", 0, 1, 1, 1, "count", Interval(5, 5), qualifier="gt", stated=0.0, precision=1.0)
    assert '"qualifier"' not in dumps(plain) and '"stated"' not in dumps(plain)
    assert loads(dumps(plain)) == plain
    assert loads(dumps(odd)) == odd and type(loads(dumps(odd)).stated) is float
    with pytest.raises(ValueError):  # a field without a default cannot be left out
        loads(json.dumps({"@": "checker.model.Interval", "low": 1}))


def test_codec_writes_a_dataclass_as_one_json_object_beside_its_class():
    mention = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx")
    document = json.loads(dumps(mention))
    assert document["@"] == "checker.model.Mention" and document["text"] == "about 5"
    assert document["value"] == {"@": "checker.model.Interval", "low": 4.5, "high": 5.5}
    assert loads(dumps(mention)) == mention


def test_codec_writes_an_object_of_several_places_once_and_reads_it_back_shared():
    mention = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx")
    other = Mention("6", 9, 10, 1, 10, "count", Interval(6, 6))
    value = {"mentions": (mention, other), "again": (mention,), "set": frozenset({mention})}
    text = dumps(value)
    assert text.count('"about 5"') == 2  # once shared, once inside the set (nothing is shared in a set)
    back = loads(text)
    assert back == value
    assert back["again"][0] is back["mentions"][0]


@pytest.mark.parametrize("document", [
    {"@": "tuple", "v": [{"@": "ref", "i": 0}]},  # a number never written
    {"@": "tuple", "v": [{"@": "ref", "i": [0]}]},
])
def test_codec_refuses_a_reference_to_nothing(document):
    with pytest.raises(ValueError):
        loads(json.dumps(document))


def test_codec_texts_are_built_when_read_and_equal_the_tuple_of_their_values():
    from checker.codec import Texts

    first = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx", sentence="About 5 died.")
    second = Mention("6", 9, 10, 1, 10, "count", Interval(6, 6), sentence="About 5 died.")
    back = loads(dumps({"mentions": Texts.of((first, second))}))["mentions"]
    assert type(back) is Texts and back.built() == 0
    assert back[1] == second and back.built() == 1 and back[-1] is back[1]
    assert back.texts[1] is None and back.texts[0]  # a text built is let go (the value holds it now)
    assert loads(dumps({"m": back}))["m"] == (first, second)  # written again whole
    assert back == (first, second) and (first, second) == back and back != (first,)
    assert len(back) == 2 and list(back) == [first, second] and back[:1] == (first,)
    assert hash(back) == hash((first, second)) and repr(back) == repr((first, second))
    import pickle

    assert pickle.loads(pickle.dumps(back)) == (first, second) and type(pickle.loads(pickle.dumps(back))) is tuple
    for damaged in ({"@": "texts", "v": [1]}, {"@": "texts", "v": "x"}, {"@": "texts"}):
        with pytest.raises(ValueError):
            loads(json.dumps(damaged))


def test_codec_writes_texts_after_the_json_one_a_line_and_reads_them_unescaped():
    """A Texts' texts follow the value's JSON, one a line, as dumps() writes each value alone: reading a stored result
    back parses the JSON of its other fields only (the texts are four fifths of its bytes), not every text escaped
    inside a JSON string; a damaged count or place of the lines is refused."""
    from checker.codec import Apart, Texts

    first = Mention("about 5", 0, 7, 1, 1, "count", Interval(4.5, 5.5), "approx", sentence='He said "about 5".')
    second = Mention("6", 9, 10, 1, 10, "count", Interval(6, 6), sentence="Six.\u2028Then\x1eseven.")
    value = {"mentions": Texts.of((first, second)), "rows": Texts.of(((0, "a"),)), "none": Texts.of(()),
             "grouping": Apart('[[0,7,"count"]]')}
    text = dumps(value)
    head, *lines = text.split("\n")
    assert lines == [dumps(first), dumps(second), dumps((0, "a")), '[[0,7,"count"]]']
    assert json.loads(head)["v"][3] == ["grouping", {"@": "line", "at": 3}]
    assert json.loads(head)["v"][0] == ["mentions", {"@": "texts", "at": 0, "n": 2}]
    back = loads(text)
    assert type(back["mentions"]) is Texts and back["mentions"].built() == 0 and back == value
    assert type(back["grouping"]) is str
    assert dumps({**back, "grouping": Apart(back["grouping"])}) == text  # written again as it was read
    assert "\n" not in dumps({"n": (first,)})  # nothing after a value without texts
    for damaged in (text + "\n" + dumps(first), "\n".join([head] + lines[:2]),
                    text.replace('"at": 0', '"at": 2', 1), text.replace('"n": 2', '"n": "2"', 1)):
        with pytest.raises(ValueError):
            loads(damaged)


def _renders(report) -> tuple[str, str, str]:
    from checker.render import json as as_json, markdown, sarif

    return as_json.render(report), sarif.render(report), markdown.render(report)


def _drop(corpus: Path, name: str) -> None:
    """Remove a seed file and its manifest entry."""
    (corpus / "seeds" / name).unlink()
    manifest = corpus / "seeds" / "manifest.yaml"
    lines = manifest.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == f"file: {name}") - 1
    manifest.write_text("\n".join(lines[:at] + lines[at + 4:]), encoding="utf-8")


EDITS = {
    "a claim added": lambda c, seed: seed.write_text(seed.read_text(encoding="utf-8")
                                                     + "\nOfficials said 77 people were seen.\n", encoding="utf-8"),
    "its numbers changed": lambda c, seed: seed.write_text(
        seed.read_text(encoding="utf-8").replace("1", "3").replace("2", "4"), encoding="utf-8"),
    "its claims gone": lambda c, seed: seed.write_text("Nothing was said.\n", encoding="utf-8"),
    "removed": lambda c, seed: _drop(c, seed.name),
    "the fact sheet edited": lambda c, seed: [p.write_text(p.read_text(encoding="utf-8") + "\n", encoding="utf-8")
                                              for p in sorted((c / "facts").glob("*.yaml"))[:1]],
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_rerun_after_an_edit_renders_what_a_run_without_cache_renders(tmp_path, edit):
    """A rerun whose stored results keep their mentions as texts (built only for the claims grouping reads) gives the
    JSON, SARIF and report.md a run without cache gives, byte for byte: a seed that joins or leaves a group, a seed
    removed, a fact sheet edited."""
    corpus = gen_corpus.write(tmp_path / "corpus", 30, 5)
    _run(corpus, tmp_path / "cache")
    before = _uncached(corpus)
    grouped = sorted({seed for group in before.groups for seed in group.seeds})
    seed = next(corpus / "seeds" / r.seed.path.split("/")[-1] for r in before.seeds if r.seed.id == grouped[0])
    EDITS[edit](corpus, seed)
    rerun, _ = _run(corpus, tmp_path / "cache")
    again = _uncached(corpus)
    assert _renders(rerun) == _renders(again)
    assert (rerun.findings, rerun.groups) == (again.findings, again.groups)


def test_rerun_builds_the_mentions_of_grouped_claims_only(tmp_path):
    """A stored result's mentions are read back as their texts (codec.Texts); a rerun builds those of the claims in
    a group (and of the pairs it scores again), not every seed's."""
    from checker.codec import Texts

    corpus = gen_corpus.write(tmp_path / "corpus", 30, 5)
    _run(corpus, tmp_path / "cache")
    seed = sorted((corpus / "seeds").glob("*.txt"))[3]
    EDITS["a claim added"](corpus, seed)
    rerun, _ = _run(corpus, tmp_path / "cache")
    stored = [r.mentions for r in rerun.seeds if type(r.mentions) is Texts]
    assert len(stored) == len(rerun.seeds) - 1
    built = sum(m.built() for m in stored)
    assert 0 < built < sum(map(len, stored)) / 3  # 91 of 552 mentions here; every one before


def _forge(entry: Path, change) -> None:
    """Rewrite a stored result's payload with change(payload as plain JSON) and a checksum that fits: what only a
    hand (or another program) that knows the entry's shape can write."""
    document = incremental.entry_fields(entry.read_text(encoding="utf-8"))
    payload = _parsed(document["payload"])
    change(payload)
    document["payload"] = json.dumps(payload, ensure_ascii=False, sort_keys=True)
    document["sha256"] = incremental._hash(document["payload"])
    entry.write_text(incremental.entry_text(document), encoding="utf-8")


def _parsed(payload: str) -> dict:
    """A stored result's payload as plain JSON, the texts of its Texts (written after the JSON, one a line) in it as
    a list of strings ("v": the codec reads either), its grouping rows as a string."""
    head, *lines = payload.split("\n")
    document = json.loads(head)
    for name, texts in document.items():
        if isinstance(texts, dict) and texts.get("@") == "texts" and "at" in texts:
            document[name] = {"@": "texts", "v": lines[texts["at"]:texts["at"] + texts["n"]]}
        elif isinstance(texts, dict) and texts.get("@") == "line":
            document[name] = lines[texts["at"]]
    return document


def _mention_texts(payload: dict) -> list:
    return payload["mentions"]["v"]


FORGERIES = {  # each with a checksum that fits; the mentions' texts are read only when grouping reads them
    "mention-no-json": lambda p: _mention_texts(p).__setitem__(slice(None), ["{"] * len(_mention_texts(p))),
    "mention-another-class": lambda p: _mention_texts(p).__setitem__(
        slice(None), [json.dumps({"@": "checker.model.Interval", "low": 1, "high": 1})] * len(_mention_texts(p))),
    "mention-a-string": lambda p: _mention_texts(p).__setitem__(slice(None), ['"x"'] * len(_mention_texts(p))),
    "mention-field-of-another-type": lambda p: _mention_texts(p).__setitem__(
        slice(None), [json.dumps({**json.loads(t), "start": "x"}) for t in _mention_texts(p)]),
    "rows-of-other-places": lambda p: p.__setitem__(
        "grouping", json.dumps([[r[0] + 1, r[1] + 1] + r[2:] for r in json.loads(p["grouping"])])),
}


@pytest.mark.parametrize("forgery", sorted(FORGERIES))
def test_forged_entry_with_a_checksum_that_fits_is_recomputed_not_failed_on(tmp_path, analysed, forgery):
    """An entry whose checksum fits but whose content this version cannot have written, found only when the report
    reads it (a stored mention is built when grouping reads its claim): its seed is computed again, and the
    report is the one a run without cache gives, not an error mid-report."""
    corpus = gen_corpus.write(tmp_path / "corpus", 30, 5)
    before = _uncached(corpus)
    _run(corpus, tmp_path / "cache")
    grouped = sorted({seed for group in before.groups for seed in group.seeds})[0]
    keys = {}
    for entry in _entries(tmp_path / "cache"):
        payload = _parsed(incremental.entry_fields(entry.read_text(encoding="utf-8"))["payload"])
        keys[payload["seed"]["id"]] = entry
    _forge(keys[grouped], FORGERIES[forgery])
    analysed.clear()
    report, _ = _run(corpus, tmp_path / "cache")
    assert analysed == [grouped]
    assert _renders(report) == _renders(before)
    analysed.clear()
    again, _ = _run(corpus, tmp_path / "cache")  # written again, whole: read back as computed
    assert analysed == [] and _renders(again) == _renders(before)


def test_forged_entry_is_recomputed_before_a_report_that_reads_every_mention(tmp_path, analysed):
    """report.md and HTML read every mention, after the run: a run for them (every_mention) checks what it read back
    before its reduction, so a forged entry of a seed no group reads is computed again, not failed on when rendered."""
    corpus = gen_corpus.write(tmp_path / "corpus", 30, 5)
    before = _uncached(corpus)
    _run(corpus, tmp_path / "cache")
    grouped = {seed for group in before.groups for seed in group.seeds}
    entries = {}
    for entry in _entries(tmp_path / "cache"):
        payload = _parsed(incremental.entry_fields(entry.read_text(encoding="utf-8"))["payload"])
        if _mention_texts(payload):
            entries[payload["seed"]["id"]] = entry
    alone = sorted(set(entries) - grouped)[0]
    _forge(entries[alone], FORGERIES["mention-a-string"])
    analysed.clear()
    report, _ = run(Inputs(corpus / "seeds", (corpus / "facts",), (corpus / "assertions",)),
                    MentionCache(tmp_path / "cache"), every_mention=True)
    assert analysed == [alone]
    assert _renders(report) == _renders(before)


def test_rerun_builds_the_claim_rows_of_the_claims_it_reads_only(tmp_path):
    """A stored result's claim rows are read back as their texts (codec.Texts), as its mentions are: what grouping
    reads of an unchanged seed's claim is its grouping row and its seed's scope, so a rerun builds the rows of the
    claims it groups or scores again, not every seed's; the report is a run without cache's."""
    from checker.codec import Texts

    corpus = gen_corpus.write(tmp_path / "corpus", 30, 5)
    _run(corpus, tmp_path / "cache")
    EDITS["a claim added"](corpus, sorted((corpus / "seeds").glob("*.txt"))[3])
    rerun, _ = _run(corpus, tmp_path / "cache")
    stored = [r.claims for r in rerun.seeds if type(r.claims) is Texts]
    assert len(stored) == len(rerun.seeds) - 1
    assert 0 < sum(rows.built() for rows in stored) < sum(map(len, stored)) / 3
    assert _renders(rerun) == _renders(_uncached(corpus))
