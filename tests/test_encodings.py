"""Encodings (issue 12, item 5): a declared `encoding:` is honoured, a seed that is not UTF-8 is reported
with the encoding it most likely is, and one that decodes but reads like mojibake, or has no letters of its
language, gets an `encoding` warning naming the likely encoding. Real encoded bytes, through the CLI."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from checker.cli import EXIT_ERROR, main

INPUTS = ["--seeds", "seeds", "--facts", "facts", "--assertions", "assertions", "--no-cache"]
FA = ("ارتش ونزوئلا اعلام کرد که 25 سرباز به سفارت برزیل پناه بردند. مادورو گفت که دولت او کنترل کشور "
      "را در دست دارد و شورشیان شکست خوردند.\n")
AR = ("قال مادورو إن 25 جنديا لجأوا إلى سفارة البرازيل في كراكاس بعد محاولة الانقلاب الفاشلة. وأضاف أن "
      "الحكومة تسيطر على البلاد.\n")
EN = "Officials said 25 renegade soldiers sought refuge at the Brazilian embassy in Caracas on Tuesday.\n"


def add_seed(name: str, data: bytes, language: str, encoding: str = "") -> None:
    Path("seeds", name).write_bytes(data)
    extra = f", encoding: {encoding}" if encoding else ""
    with open("seeds/manifest.yaml", "a", encoding="utf-8") as manifest:
        manifest.write(f"  - {{id: x, file: {name}, language: {language}, published: 2019-05-02{extra}}}\n")


def check(capsys) -> tuple[int, dict, str]:
    code = main(["check", *INPUTS, "--format", "json", "--output", "report.md"])
    out, err = capsys.readouterr()
    return code, json.loads(out) if out.strip() else {}, err


def of_seed(report: dict, kind: str = "") -> list[dict]:
    return [f for f in report["findings"] if f["seed"] == "x" and (not kind or f["kind"] == kind)]


@pytest.mark.parametrize("text, encoding", [
    (FA.replace("ی", "ي"), "windows-1256"),  # Windows-1256 writes the Persian yeh as the Arabic one
    (AR, "windows-1256"), (AR, "iso-8859-6"), (FA, "utf-16"), (AR, "utf-16-le"),
])
def test_declared_encoding_is_honoured(text, encoding, project, capsys):
    add_seed("x.txt", text.encode(encoding), "fa" if "ارتش" in text else "ar", encoding)
    code, report, err = check(capsys)
    assert "seeds/x.txt" not in err and report["summary"]["seeds"] == 6
    assert not of_seed(report, "encoding")
    from checker.corpus import load_seeds
    seeds, problems = load_seeds("seeds")
    (seed,) = [s for s in seeds if s.id == "x"]
    assert seed.text == text.replace("\ufeff", "") and not problems


@pytest.mark.parametrize("text, encoding, named", [
    (FA.replace("ی", "ي"), "cp1256", "cp1256"), (AR, "iso-8859-6", "iso8859_6"),
    (FA, "utf-16", "utf_16"),  # a byte-order mark is no declaration: b"\xff\xfe" also starts broken files
])
def test_undeclared_encoding_is_reported_with_the_likely_one(text, encoding, named, project, capsys):
    add_seed("x.txt", text.encode(encoding), "fa")
    code, report, err = check(capsys)
    assert code == EXIT_ERROR and "seeds/x.txt: cannot read seed: not UTF-8" in err
    assert f"encoding: {named}" in err and report["summary"]["seeds"] == 5


def test_unknown_declared_encoding_is_a_manifest_problem(project, capsys):
    add_seed("x.txt", EN.encode("utf-8"), "en", "klingon-8")
    code, _, err = check(capsys)
    assert code == EXIT_ERROR and "seeds/manifest.yaml:" in err and "unknown encoding 'klingon-8'" in err


@pytest.mark.parametrize("text, language, wrong, named", [
    (FA, "fa", "cp1252", "Windows-1252"), (FA, "fa", "latin-1", "Latin-1"),
    (AR, "ar", "cp1252", "Windows-1252"),
    ("Según el gobierno, más de 25 soldados se refugiaron en la embajada de Brasil.\n", "es", "latin-1", "Latin-1"),
])
def test_mojibake_seed_gets_a_warning_naming_the_encoding(text, language, wrong, named, project, capsys):
    garbled = text.encode("utf-8").decode(wrong, errors="replace")  # UTF-8 read as another encoding ...
    add_seed("x.txt", garbled.encode("utf-8"), language)  # ... and saved again as UTF-8
    code, report, err = check(capsys)
    (finding,) = of_seed(report, "encoding")
    assert finding["severity"] == "warning" and finding["code"] == "FL010" and finding["line"] == 1
    assert f"UTF-8 read as {named}" in finding["message"]


def test_seed_without_letters_of_its_language_gets_a_warning(project, capsys):
    add_seed("x.txt", (EN * 3).encode("utf-8"), "fa")
    code, report, err = check(capsys)
    (finding,) = of_seed(report, "encoding")
    assert "no letters of its language fa (Arabic script)" in finding["message"]


def test_clean_seeds_have_no_encoding_finding(project, capsys):
    add_seed("x.txt", (FA + AR + EN).encode("utf-8"), "fa")
    code, report, err = check(capsys)
    assert not [f for f in report["findings"] if f["kind"] == "encoding"]
