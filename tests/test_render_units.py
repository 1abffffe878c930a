"""Units as people write them: a count is printed with its counted noun as the article wrote it
('35 renegade soldiers' -> '35 soldiers'), a fact's value with the sheet's unit; fingerprints hash the
value's canonical form, so a baseline written when reports said '35 (soldier)' still matches."""
import pytest

from checker.extract import extract
from checker.intervals import point
from checker.render.values import format_value, mention_value, value_key


@pytest.mark.parametrize("language, text, said, noun", [
    ("en", "Officials said 35 renegade soldiers sought refuge.", "35", "soldiers"),
    ("en", "Twelve People died.", "Twelve", "People"),
    ("en", "One person died.", "One", "person"),
    ("es", "Murieron 12 personas en el puerto.", "12", "personas"),
    ("fr", "Au moins 12 personnes sont mortes.", "12", "personnes"),
    ("ar", "قتل ١٢ شخصا في الميناء.", "١٢", "شخصا"),
    ("fa", "۱۲ نفر در بندر جان باختند.", "۱۲", "نفر"),
    # nouns no units table lists: the unit is their singular, the noun stays as written
    ("en", "More than 2,000 residents were evacuated.", "2,000", "residents"),
    ("es", "Más de 2.000 vecinos fueron evacuados.", "2.000", "vecinos"),
    ("en", "Rescuers pulled 40 fishermen from the water.", "40", "fishermen"),
])
def test_units_counted_noun_as_written(language, text, said, noun):
    found = [m for m in extract(text, language) if m.text.endswith(said)]
    assert found and found[0].noun == noun
    assert mention_value(found[0]).endswith(" " + noun)


def test_units_no_noun_for_a_bare_number():
    found = [m for m in extract("The index rose to 35 on Monday.", "en") if m.text == "35"]
    assert found and found[0].noun == "" and mention_value(found[0]) == "35"


def test_units_canonical_key_is_the_old_printed_form():
    """What fingerprints hash: unchanged by how a value is displayed."""
    assert value_key("count", point(35), "soldier") == "35 (soldier)"
    assert format_value("count", point(35), "soldiers") == "35 soldiers"
    assert format_value("money", point(282e9), "USD") == "282 billion USD" == value_key("money", point(282e9), "USD")


def test_units_baseline_written_before_nouns_still_matches(tmp_path, monkeypatch, capsys):
    """tests/fixtures/baseline-v1/old-baseline.yaml was written by the release that printed '35 (soldier)':
    every entry still matches (none new, none stale), while the report now prints '35 soldiers'."""
    import json
    import shutil
    from pathlib import Path

    from checker.cli import main

    shutil.copytree(Path(__file__).parent / "fixtures" / "baseline-v1", tmp_path / "corpus")
    monkeypatch.chdir(tmp_path / "corpus")
    (tmp_path / "corpus" / "assertions").mkdir()
    code = main(["check", "--baseline", "old-baseline.yaml", "--fail-on", "info", "--format", "json",
                 "--strict-baseline", "--no-cache"])
    document = json.loads(capsys.readouterr().out)
    assert code == 0
    found = {(f["kind"], f["seed"]): f for f in document["findings"] if f["severity"] != "none"}
    assert len(found) == 4 and all(f["acknowledged"] for f in found.values())
    assert found[("contradiction", "900")]["found"] == "35 soldiers"
    assert found[("contradiction", "900")]["expected"] == "25 soldiers (as of 2019-04-30)"
    assert "'12' (12 hospitals)" in found[("source-conflict", "902")]["message"]


@pytest.mark.parametrize("unit, value, printed", [
    ("protester", 7959, "7,959 protesters"),  # a unit name its table lists only in the plural
    ("soldier", 25, "25 soldiers"),
    ("soldier", 1, "1 soldier"),
    ("people", 12, "12 people"),  # as the sheet wrote it
    ("homes", 48000, "48,000 homes"),
])
def test_units_fact_value_in_the_plural_people_write(unit, value, printed):
    from checker.model import Fact, FactValue
    from checker.render.values import fact_value
    fact = Fact(id="f", statement="s", kind="count", values=(FactValue(point(value), str(value)),), unit=unit,
                language="en")
    assert fact_value(fact, point(value)) == printed
