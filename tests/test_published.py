"""Publication dates of seeds the manifest leaves undated (checker/published.py): from the url, a
dateline or a "Published" line, else a lower bound from the latest absolute date in the text."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from checker.cli import main
from checker.corpus import load_seeds
from checker.published import date_from_url, infer_published

ROOT = Path(__file__).resolve().parent.parent
JAN_25 = date(2019, 1, 25)


@pytest.mark.parametrize("url", [
    "https://example.com/world/2019/01/25/venezuela-crisis.html",
    "https://example.com/news/venezuela-2019-01-25-guaido",
    "https://example.com/a/20190125-venezuela",
    "https://example.com/world/2019/jan/25/venezuela-guaido",
    "https://example.com/world/2019/January/25/venezuela-guaido",
    "https://example.com/mundo/2019/01/25/",
])
def test_published_date_from_url(url):
    assert date_from_url(url) == JAN_25


@pytest.mark.parametrize("url", [
    "",
    "https://example.com/world/venezuela-crisis",
    "https://example.com/world/2019/02/30/impossible",  # no such day
    "https://example.com/video/12345678901",  # an id, not a date
    "https://example.com/world/2019/13/25/no-month",
])
def test_published_no_date_in_url(url):
    assert date_from_url(url) is None


# A date of the Solar Hijri calendar in a Persian site's path, and a Unix timestamp in a query under a name of time.
@pytest.mark.parametrize("url, language, expected", [
    ("https://example.ir/fa/news/1397/11/05/bohran-venezuela", "fa", JAN_25),
    ("https://example.ir/news/13971105-venezuela", "fa", JAN_25),
    ("https://example.ir/fa/news/2019/01/25/venezuela", "fa", JAN_25),  # a Gregorian year stays one
    ("https://example.com/story?id=1234&ts=1548410400", "en", JAN_25),  # 2019-01-25 10:00 UTC
    ("https://example.com/nota?timestamp=1548410400", "es", JAN_25),
    ("https://example.com/noticia?t=1548410400&ref=home", "pt", JAN_25),
    # a date code with the year last: day first where the month cannot be first, else in the language's order
    ("https://example.com/25012019-venezuela-crisis/", "en", JAN_25),
    ("https://example.com/nota/25-01-2019-crisis", "es", JAN_25),
    ("https://example.com/world/01252019-venezuela", "en", JAN_25),
    ("https://example.com/news/01/05/2019/story", "en", date(2019, 1, 5)),  # en numeric dates: month first
    ("https://example.com/noticia/01-05-2019-crise", "pt", date(2019, 5, 1)),  # pt: day first
])
def test_published_date_from_url_of_another_calendar_or_a_timestamp(url, language, expected):
    assert date_from_url(url, language) == expected


@pytest.mark.parametrize("url, language", [
    ("https://example.com/news/1397/11/05/story", "en"),  # no site of the language writes a Jalali year
    ("https://example.com/news/1397/11/05/story", "ar"),  # (a Hijri year would read the same digits)
    ("https://example.ir/fa/news/1397/13/05/story", "fa"),  # no 13th month
    ("https://example.com/story?_=1548410400", "en"),  # a cache-buster: when the page was read
    ("https://example.com/story?id=1548410400", "en"),  # an id
    ("https://example.com/story?ts=15484104001", "en"),  # eleven digits
    ("https://example.ir/fa/news/01052019-story", "fa"),  # Persian numeric dates are year first: no order to read
    ("https://example.com/item/31312019", "en"),  # no month
])
def test_published_no_date_from_url_of_another_calendar_or_a_timestamp(url, language):
    assert date_from_url(url, language) is None


@pytest.mark.parametrize("language, text", [
    ("en", "Venezuela crisis deepens\nPublished: January 25, 2019\nThe opposition leader spoke on Friday."),
    ("en", "Venezuela crisis deepens\nUpdated 25 January 2019 10:31 GMT\nThe opposition leader spoke on Friday."),
    ("es", "Crisis en Venezuela\nPublicado el 25 de enero de 2019\nEl líder opositor habló el viernes."),
    ("pt", "Crise na Venezuela\nAtualizado em 25/01/2019\nO líder da oposição falou na sexta-feira."),
    ("ar", "أزمة فنزويلا\nنشر في 25 يناير 2019\nتحدث زعيم المعارضة يوم الجمعة."),
    ("fa", "بحران ونزوئلا\nتاریخ انتشار: ۵ بهمن ۱۳۹۷\nرهبر مخالفان روز جمعه سخن گفت."),
    ("en", "CARACAS, January 25, 2019 (Wire) - The opposition leader spoke on Friday."),
    ("en", "Venezuela crisis deepens\n25 January 2019\nThe opposition leader spoke on Friday."),
])
def test_published_from_dateline(language, text):
    assert infer_published(text, "", language) == (JAN_25, "dateline")


def test_published_url_before_dateline_and_manifest_before_both():
    text = "Title\nPublished: January 20, 2019\nBody."
    assert infer_published(text, "https://x.org/2019/01/25/a", "en") == (JAN_25, "url")
    assert infer_published(text, "https://x.org/2019/01/25/a", "en", date(2019, 1, 1)) == (date(2019, 1, 1), "manifest")


def test_published_published_line_before_updated_line():
    text = "Title\nUpdated: January 27, 2019\nPublished: January 25, 2019\nBody."
    assert infer_published(text, "", "en") == (JAN_25, "dateline")


def test_published_marker_in_a_sentence_is_no_dateline():
    text = "Title\nThe decree was published on January 3, 2019, and the protests began on January 23, 2019, in Caracas."
    assert infer_published(text, "", "en") == (date(2019, 1, 23), "latest-date-bound")


@pytest.mark.parametrize("language, text, expected", [
    ("en", "Guaido swore himself in on January 23, 2019. The uprising of April 30, 2019 failed. On Friday he spoke.",
     date(2019, 4, 30)),
    ("es", "Guaidó se juramentó el 23 de enero de 2019 y habló el viernes.", date(2019, 1, 23)),
    ("en", "The talks of June 2019 went nowhere, officials said on Friday.", date(2019, 6, 1)),
])
def test_published_lower_bound_from_latest_absolute_date(language, text, expected):
    assert infer_published(text, "", language) == (expected, "latest-date-bound")


def test_published_bound_ignores_boilerplate_and_relative_dates():
    text = ("Guaido swore himself in on January 23, 2019, and spoke again on Friday.\n"
            "Popular posts from this blog\nMarch 3, 2021: another story\n")
    assert infer_published(text, "", "en") == (date(2019, 1, 23), "latest-date-bound")


def test_published_unknown_without_any_date():
    assert infer_published("The opposition leader spoke on Friday.", "", "en") == (None, "")


def _corpus(tmp_path: Path, manifest: str, files: dict[str, str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "manifest.yaml").write_text(manifest, encoding="utf-8")
    for name, text in files.items():
        (seeds / name).write_text(text, encoding="utf-8")
    return seeds


SOLDIERS = "Maduro said on Thursday that 35 renegade soldiers had sought refuge at the Brazilian Embassy in Caracas.\n"


def test_published_load_seeds_records_how_the_date_was_found(tmp_path):
    seeds = _corpus(tmp_path, (
        "seeds:\n"
        "  - {id: a, file: a.txt, url: 'https://x.org/2019/06/06/maduro', language: en}\n"
        "  - {id: b, file: b.txt, language: en, published: 2019-06-07}\n"
        "  - {id: c, file: c.txt, language: en}\n"),
        {"a.txt": SOLDIERS, "b.txt": SOLDIERS, "c.txt": "Published: June 8, 2019\n" + SOLDIERS,
         "d.txt": "On June 1, 2019, " + SOLDIERS})
    loaded, problems = load_seeds(seeds)
    assert not problems
    dated = {s.id: (s.published, s.published_source) for s in loaded}
    assert dated == {"a": (date(2019, 6, 6), "url"), "b": (date(2019, 6, 7), "manifest"),
                     "c": (date(2019, 6, 8), "dateline"), "d": (date(2019, 6, 1), "latest-date-bound")}


def test_published_findings_resting_on_an_inferred_date_say_so(tmp_path, monkeypatch, capsys):
    _corpus(tmp_path, "seeds:\n  - {id: a, file: a.txt, url: 'https://x.org/2019/06/06/maduro', language: en}\n"
                      "  - {id: b, file: b.txt, language: en, published: 2019-06-06}\n",
            {"a.txt": SOLDIERS, "b.txt": SOLDIERS})
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    monkeypatch.chdir(tmp_path)
    main(["check", "--seeds", "seeds", "--facts", "facts", "--format", "json", "--no-cache"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    by_seed = {f["seed"]: f for f in findings if f["kind"] == "contradiction"}
    assert by_seed["a"]["published_inferred"] == "url"
    assert "publication date 2019-06-06 inferred from the url" in by_seed["a"]["message"]
    assert by_seed["b"]["published_inferred"] == "" and "inferred" not in by_seed["b"]["message"]


@pytest.mark.parametrize("language, text, url, expected", [
    # a url with a year and a month only gives the year of the text's day-and-month dates: the latest of that
    # month is a lower bound (a real-text trial: "/2023/10/..." and "actualizado el 30 de octubre")
    ("es", "El huracán tocó tierra el 25 de octubre y el balance actualizado el 30 de octubre da 45 muertos.",
     "https://example.com/2023/10/buscan-desaparecidos", date(2023, 10, 30)),
    ("en", "The storm made landfall on October 25; by October 29 the toll had reached 48. On Monday it fell.",
     "https://example.com/news/2023/10/storm-toll", date(2023, 10, 29)),
])
def test_published_a_url_month_gives_the_year_of_day_and_month_dates(language, text, url, expected):
    assert infer_published(text, url, language) == (expected, "url-month")


def test_published_a_url_month_without_a_date_of_that_month_gives_nothing():
    text = "The storm made landfall on Wednesday and the toll rose on Friday."
    assert infer_published(text, "https://example.com/2023/10/storm", "en") == (None, "")


@pytest.mark.parametrize("language, text", [
    # a dateline between pipes in the first line: place | date | agency
    ("en", "Caracas | 25 January 2019 | Wire\nVenezuela crisis deepens\nThe opposition leader spoke on Friday."),
    ("es", "Caracas | 25 ene 2019 | Agencia\nCrisis en Venezuela\nEl líder opositor habló el viernes, 40 días después."),
    ("pt", "Caracas | 25/01/2019 | Agência\nCrise na Venezuela\nO líder da oposição falou na sexta-feira."),
    ("ar", "كاراكاس | 25 يناير 2019 | وكالة\nأزمة فنزويلا\nتحدث زعيم المعارضة يوم الجمعة."),
    ("fa", "کاراکاس | ۵ بهمن ۱۳۹۷ | خبرگزاری\nبحران ونزوئلا\nرهبر مخالفان روز جمعه سخن گفت."),
    # a dateline inside the headline line, after a dash or a pipe
    ("en", "Venezuela crisis deepens as 12 are held | Caracas, 25 January 2019\nThe opposition leader spoke on Friday."),
    ("es", "Crisis en Venezuela: 12 detenidos — Caracas, 25 de enero de 2019\nEl líder opositor habló el viernes."),
    ("pt", "Crise na Venezuela deixa 12 presos - 25/01/2019\nO líder da oposição falou na sexta-feira."),
    ("ar", "أزمة فنزويلا: اعتقال 12 شخصا | 25 يناير 2019\nتحدث زعيم المعارضة يوم الجمعة."),
    ("fa", "بحران ونزوئلا: بازداشت ۱۲ نفر | تهران، ۵ بهمن ۱۳۹۷\nرهبر مخالفان روز جمعه سخن گفت."),
    # a date in brackets at the end of the headline, or with the time after it
    ("en", "Venezuela crisis deepens (25/01/2019)\nThe leader spoke on Friday, 20 days after 5 January 2019."),
    ("es", "Crisis en Venezuela [25.01.2019]\nEl líder habló el viernes, 20 días después del 5 de enero de 2019."),
    ("pt", "Crise na Venezuela | sexta-feira, 25 de janeiro de 2019, 14h05\nO líder falou, 20 dias após 5 de janeiro de 2019."),
    ("es", "Crisis en Venezuela | viernes, 25 de enero de 2019, 14:05\nEl líder habló, 20 días después del 5 de enero de 2019."),
    ("en", "Venezuela crisis deepens | 25 January 2019 14:05 GMT\nThe leader spoke, 20 days after 5 January 2019."),
    ("ar", "أزمة فنزويلا | 25 يناير 2019 14:05\nتحدث زعيم المعارضة بعد 20 يوما من 5 يناير 2019."),
    # a date alone in its part but for the agency in brackets after it
    ("ar", "كاراكاس - 25 يناير 2019 (وكالة) - تحدث زعيم المعارضة يوم الجمعة."),
    ("en", "CARACAS - 25 January 2019 (Wire) - The opposition leader spoke on Friday."),
])
def test_published_dateline_between_pipes_or_dashes_of_a_first_line(language, text):
    assert infer_published(text, "", language) == (JAN_25, "dateline")


@pytest.mark.parametrize("language, text", [
    # a date in a sentence of the headline, not a part of its own: no dateline (the latest date is a bound)
    ("en", "Crisis deepens | Guaido swore himself in on 25 January 2019 before a crowd\nThe leader spoke on Friday."),
    ("es", "Crisis en Venezuela - Guaidó se juramentó el 25 de enero de 2019 ante miles\nEl líder habló el viernes."),
])
def test_published_a_date_in_a_sentence_of_a_headline_part_is_no_dateline(language, text):
    assert infer_published(text, "", language) == (JAN_25, "latest-date-bound")
