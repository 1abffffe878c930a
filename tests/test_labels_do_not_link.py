"""Non-claims that look like numbers (labels, citation markers, legend bins, years that name a thing, ordinals
used as adverbs) never link to a fact, through the whole engine; the figure beside them still does (issue 9,
item 8)."""
from __future__ import annotations

from datetime import date

import pytest

from checker.engine import analyse_seed
from checker.intervals import point
from checker.model import Fact, FactValue, Seed

PUBLISHED = date(2020, 3, 20)


def _fact(fact_id: str, kind: str, value: float, unit: str, cues: dict, text: str = "") -> Fact:
    return Fact(id=fact_id, statement=f"{fact_id} (test)", kind=kind, values=(FactValue(point(value), text or str(value)),),
                unit=unit, cues={lang: tuple(words) for lang, words in cues.items()})


def _linked(text: str, language: str, fact: Fact) -> list[str]:
    seed = Seed(id="t", path="t.txt", text=text, language=language, published=PUBLISHED)
    return [link.mention.text for link in analyse_seed(seed, (fact,)).links]


TOLL = _fact("flood-deaths", "count", 2, "dead", {"en": ["death toll", "floods"], "es": ["muertos"], "ar": ["القتلى"]})
TURNOUT = _fact("turnout", "percent", 25, "percent", {"en": ["turnout"], "es": ["participación"], "pt": ["abstenção"],
                                                       "fa": ["مشارکت"]})
RANK = _fact("rescue-rank", "ordinal", 1, "", {"en": ["reach the village", "volunteers"], "es": ["bomberos"]})


@pytest.mark.parametrize("text, language, fact, label", [
    ("UPDATE 2-Floods: the death toll rose to 27 in Sindh.", "en", TOLL, "2"),
    ("ACTUALIZACIÓN 2: la cifra de muertos sube a 31.", "es", TOLL, "2"),
    ("تحديث 2: ارتفاع عدد القتلى إلى 12", "ar", TOLL, "2"),
    ("Floods: the death toll stands at 40 [2], officials said.", "en", TOLL, "2"),
    ("Turnout by district: 0–9%, 10–19%, 20–29%, ≥ 25%", "en", TURNOUT, "25%"),
    ("Participación por municipio: 20–29 %, ≥ 25 %", "es", TURNOUT, "25 %"),
    ("Abstenção por estado: 10–19%, 20–29%, ≥ 25%", "pt", TURNOUT, "25%"),
    ("میزان مشارکت: ۲۰–۲۹٪، ≥ ۲۵٪", "fa", TURNOUT, "۲۵٪"),
    ("Local volunteers were the first to reach the village.", "en", RANK, "first"),
    ("Los primeros en llegar fueron los bomberos.", "es", RANK, "primeros"),
])
def test_labels_do_not_link(text, language, fact, label):
    assert label not in _linked(text, language, fact)


@pytest.mark.parametrize("text, language, fact, figure", [
    ("Floods: the death toll rose to 2 in Sindh.", "en", TOLL, "2"),
    ("Turnout reached 25% across the country.", "en", TURNOUT, "25%"),
])
def test_labels_the_figure_beside_them_links(text, language, fact, figure):
    """The same facts link a figure the text states, so the test above can fail."""
    assert _linked(text, language, fact) == [figure]


def test_labels_a_year_that_names_a_thing_does_not_link():
    adopted = Fact(id="constitution-adopted", statement="Day the constitution was adopted", kind="date",
                   values=(FactValue(point(date(1999, 12, 20).toordinal(), "date"), "1999-12-20"),),
                   cues={"en": ("constitution",), "es": ("constitución",)})
    assert _linked("Under the 1999 Constitution, the president may serve two terms.", "en", adopted) == []
    assert _linked("La Constitución de 1999 fija un mandato de seis años.", "es", adopted) == []
    assert _linked("The constitution was adopted in 1999.", "en", adopted) == ["1999"]


ULTIMATUM = _fact("ultimatum", "duration", 72 * 3600, "hour", {"en": ["ultimatum", "diplomats"], "es": ["diplomáticos"]},
                  "72 hours")


@pytest.mark.parametrize("text, language, vague, figure", [
    ("The ultimatum gave diplomats 72 hours to leave; hours later they left.", "en", "hours", "72 hours"),
    ("El ultimátum dio 72 horas a los diplomáticos; horas más tarde se fueron.", "es", "horas", "72 horas"),
])
def test_vague_durations_do_not_link(text, language, vague, figure):
    """'hours later' states no length (issue 9, item 4): it never links, the stated duration beside it does."""
    linked = _linked(text, language, ULTIMATUM)
    assert figure in linked and vague not in linked


def test_vague_durations_are_no_claims():
    from checker.claims import seed_claims
    from checker.extract import extract

    text = "The crisis has gone on for months; talks lasted 3 days."
    mentions = extract(text, "en", PUBLISHED)
    assert [m.text for m in mentions] == ["months", "3 days"]
    seed = Seed(id="t", path="t.txt", text=text, language="en", published=PUBLISHED)
    assert [c.mention.text for c in seed_claims(seed, mentions)] == ["3 days"]
