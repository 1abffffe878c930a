"""The JSON report and the JSON form of mentions."""
import json
from dataclasses import fields
from datetime import date

from checker.intervals import days, point, qualified
from checker.model import Finding, Interval, INF, Mention, Report, Seed, SeedResult
from checker.render import json as json_render

REQUIRED = {"kind", "severity", "fact", "seed", "quote", "line", "column", "expected", "found",
            "message", "fingerprint"}


def finding(kind="contradiction", severity="error", seed="a", fact="troops", **extra):
    return Finding(kind=kind, severity=severity, fact=fact, seed=seed, message=f"{kind} in {seed}",
                   expected="25 soldiers", found="40 soldiers", quote="Officials said 40 | 41.",
                   path=f"seeds/{seed}.txt", line=3, column=15, fingerprint=f"fp-{kind}-{seed}", **extra)


def seed_result(seed_id):
    return SeedResult(Seed(id=seed_id, path=f"seeds/{seed_id}.txt", text="", language="en"), (), (), ())


def sample_report():
    findings = (
        finding("imprecise", "info", seed="b"),
        finding(),
        finding("source-conflict", "warning", seed="a, b"),
        finding(seed="c", acknowledged="corrected later"),
    )
    return Report(seeds=(seed_result("a"), seed_result("b")), facts=(), findings=findings,
                  errors=("facts/bad.yaml:3: unknown kind",))


def test_json_round_trips_with_required_keys():
    document = json.loads(json_render.render(sample_report()))
    assert set(document) == {"findings", "summary"}
    assert len(document["findings"]) == 4
    for item in document["findings"]:
        assert REQUIRED <= set(item)
        assert set(item) == {f.name for f in fields(Finding)}


def test_json_finding_values():
    first = json.loads(json_render.render(sample_report()))["findings"][0]
    assert first["kind"] == "contradiction" and first["severity"] == "error"
    assert first["quote"] == "Officials said 40 | 41."
    assert (first["line"], first["column"]) == (3, 15)
    assert first["expected"] == "25 soldiers" and first["found"] == "40 soldiers"


def test_json_findings_sorted_by_severity_then_kind_and_seed():
    document = json.loads(json_render.render(sample_report()))
    order = [(f["severity"], f["kind"], f["seed"]) for f in document["findings"]]
    assert order == [("error", "contradiction", "a"), ("error", "contradiction", "c"),
                     ("warning", "source-conflict", "a, b"), ("info", "imprecise", "b")]


def test_json_summary():
    summary = json.loads(json_render.render(sample_report()))["summary"]
    assert summary["by_kind"] == {"contradiction": 2, "imprecise": 1, "source-conflict": 1}
    assert summary["by_severity"] == {"error": 2, "info": 1, "warning": 1}
    assert summary["findings"] == 4 and summary["acknowledged"] == 1
    assert summary["seeds"] == 2 and summary["facts"] == 0
    assert summary["errors"] == ["facts/bad.yaml:3: unknown kind"]


def test_json_is_deterministic_with_sorted_keys():
    report = sample_report()
    shuffled = Report(report.seeds, report.facts, tuple(reversed(report.findings)), report.errors)
    text = json_render.render(report)
    assert text == json_render.render(report) == json_render.render(shuffled)
    assert text.index('"findings"') < text.index('"summary"')
    assert '\n  "findings": [' in text  # indent 2
    first = json.loads(text)["findings"][0]
    assert list(first) == sorted(first)


def test_json_empty_report():
    document = json.loads(json_render.render(Report(seeds=(), facts=(), findings=())))
    assert document == {"findings": [], "summary": {"acknowledged": 0, "by_kind": {}, "by_severity": {},
                                                    "errors": [], "facts": 0, "findings": 0, "out_of_scope": [],
                                                    "seeds": 0}}


def make_mention(text, start, kind, value, **extra):
    return Mention(text=text, start=start, end=start + len(text), line=1, column=start + 1,
                   kind=kind, value=value, **extra)


def test_json_render_mentions():
    mentions = [
        make_mention("more than 50", 20, "count", qualified("gt", 50, "count"), qualifier="gt",
                     unit="soldier", rule="more than <count>", sentence="More than 50 soldiers left."),
        make_mention("in May", 2, "date", days(date(2019, 5, 1), date(2019, 5, 31)), granularity="month"),
        make_mention("on Tuesday", 40, "date", Interval(-INF, INF, False, False, "date"),
                     unresolved="needs the publication date"),
    ]
    document = json.loads(json_render.render_mentions(mentions))
    items = document["mentions"]
    assert [m["text"] for m in items] == ["in May", "more than 50", "on Tuesday"]
    assert set(items[0]) == {"text", "start", "end", "line", "column", "kind", "value", "qualifier",
                             "unit", "section", "rule", "sentence", "granularity", "unresolved", "stated", "precision"}
    assert items[0]["value"] == {"low": "2019-05-01", "high": "2019-05-31",
                                 "low_inclusive": True, "high_inclusive": True}
    assert items[1]["value"] == {"low": 50, "high": None, "low_inclusive": False, "high_inclusive": False}
    assert (items[1]["qualifier"], items[1]["unit"], items[1]["rule"]) == ("gt", "soldier", "more than <count>")
    assert items[2]["value"]["low"] is None and items[2]["unresolved"] == "needs the publication date"


def test_json_mentions_keep_non_ascii_text():
    text = json_render.render_mentions([make_mention("۲۵ سرباز", 0, "count", point(25))])
    assert "۲۵ سرباز" in text


def test_mention_json_keeps_the_number_as_stated_and_its_precision():
    from checker.extract import extract
    from checker.render.json import mention_dict

    stated = {m.text: (mention_dict(m)["stated"], mention_dict(m)["precision"])
              for m in extract("Some 2.4 million people waited 72 hours; two thousand soldiers; between 4 and 5 days.", "en")}
    assert stated["Some 2.4 million"] == (2_400_000, 100_000)
    assert stated["72 hours"] == (72, 1)
    assert stated["two thousand"] == (2000, 1)
    assert stated["between 4 and 5 days"] == (None, None)


def test_json_findings_are_written_as_asdict_writes_them():
    from dataclasses import asdict

    group = finding("source-conflict", "warning", reasons=("cue 'killed'", "same day"),
                    sources=({"seed": "a", "value": "25", "said": "25", "quote": "25 died.", "location": "a.txt:1:1"},),
                    confidence=0.75)
    report = Report(seeds=(), facts=(), findings=sample_report().findings + (group,))
    expected = {"findings": [asdict(f) for f in json_render.sorted_findings(report.findings)],
                "summary": json_render.summary(report)}
    assert json_render.render(report) == json.dumps(expected, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
