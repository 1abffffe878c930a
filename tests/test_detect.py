"""Which language a seed is in (checker/detect.py: py3langid), and what factlint still reads of a
language it has no data for (digits only, where that is safe)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import main
from checker.corpus import load_seeds
from checker.detect import detect_language, extract_seed
from checker.model import Seed


@pytest.mark.parametrize("code, text", [
    ("en", "Six people were killed and 29 wounded in the blast, the ministry said on Saturday."),
    ("es", "Seis personas murieron y 29 resultaron heridas en la explosión, dijo el ministerio."),
    ("pt", "Seis pessoas morreram e 29 ficaram feridas na explosão, disse o ministério no sábado."),
    ("ar", "قتل ستة أشخاص وأصيب 29 آخرون في الانفجار، حسبما ذكرت الوزارة يوم السبت."),
    ("fa", "شش نفر کشته و ۲۹ نفر زخمی شدند، وزارت روز شنبه اعلام کرد."),
    ("fr", "Six personnes ont été tuées et 29 blessées dans l'explosion, a indiqué le ministère samedi."),
    ("tr", "Patlamada altı kişi öldü ve 29 kişi yaralandı, bakanlık cumartesi günü açıkladı."),
])
def test_detect_language_of_short_news_text(code, text):
    assert detect_language(text) == code


def test_detect_language_of_nothing_readable_is_english():
    assert detect_language("") == "en"
    assert detect_language("12 345 — 67 %") == "en"


FRENCH = ("Au moins 29 personnes ont été blessées le 2019-01-23 à Caracas.\n"
          "La participation a atteint 46 %, selon le ministère, et 1,5 million de personnes ont manifesté.\n")
# A language factlint has no data for (French and Turkish have theirs).
ITALIAN = ("Almeno 29 persone sono state ferite il 2019-01-23 a Caracas.\n"
           "L'affluenza ha raggiunto il 46 %, secondo il ministero, e 1,5 milioni di persone hanno manifestato.\n")


def test_detect_unsupported_language_keeps_only_safe_digits():
    seed = Seed(id="it", path="it.txt", text=ITALIAN, language="it")
    found = {(m.text, m.kind) for m in extract_seed(seed)}
    assert ("2019-01-23", "date") in found and ("46 %", "percent") in found
    assert ("29", "number") in found
    assert not any("1,5" in text for text, _ in found)  # a decimal comma or a group comma: not safe
    assert all(m.language == "it" for m in extract_seed(seed))


def test_detect_load_seeds_records_a_detected_language(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "manifest.yaml").write_text("seeds:\n  - {id: a, file: a.txt}\n  - {id: b, file: b.txt, language: fr}\n",
                                         encoding="utf-8")
    (seeds / "a.txt").write_text("Seis pessoas morreram e 29 ficaram feridas na explosão, disse o ministério.\n",
                                 encoding="utf-8")
    (seeds / "b.txt").write_text(FRENCH, encoding="utf-8")
    (seeds / "c.txt").write_text(FRENCH, encoding="utf-8")
    loaded, problems = load_seeds(seeds)
    assert not problems
    assert {s.id: (s.language, s.language_detected) for s in loaded} == {
        "a": ("pt", True), "b": ("fr", False), "c": ("fr", True)}


def test_detect_unsupported_language_is_reported_and_still_checked(tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "b.txt").write_text(ITALIAN, encoding="utf-8")
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "one.yaml").write_text(  # a fact: without one, a lone seed is nothing to check
        "facts:\n  - {id: x, statement: x, kind: count, values: [{value: 3, as_of: '2019-01-01'}], cues: {en: [x]},"
        " provenance: x}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["check", "--seeds", "seeds", "--facts", "facts", "--format", "json", "--no-cache"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    (warning,) = [f for f in findings if f["kind"] == "unsupported-language"]
    assert warning["severity"] == "warning" and warning["seed"] == "b" and warning["code"]
    assert "'it'" in warning["message"] and "py3langid" in warning["message"] and "digits" in warning["message"]
    assert code == 0  # a warning: the gate fails on errors by default
