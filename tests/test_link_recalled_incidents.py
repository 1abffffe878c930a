"""An earlier incident an article recalls ("A stampede in 1990 killed 1,426 pilgrims", "the 2010 floods killed
1,700") is not the event's toll: its year dates it outside the event's window, so it links to no fact of the event
(checker/link.py, a frame's time). Found on the real-text development corpora of the Mina stampede of 2015 and the
Pakistan floods of 2022: the window rule held, but in English a year right before a verb that is also a unit word
("in 1990 killed") was read as a count of 1,990 dead, and so contradicted the toll. Four digits after a preposition of
a year (the language files' `year_prepositions`: "in", "en", "em", "عام", "سال") are a year
(checker/extract/quantities.py `_is_year`). Every sentence is our own; the crush is invented (Harun, 2034)."""
from __future__ import annotations

import pytest

from sheet_run import contradictions

SHEET = """\
language: en
event:
  id: harun-crush-2034
  names: {en: [Harun crush], es: [estampida de Harun], pt: [tumulto de Harun], ar: [تدافع هارون], fa: [ازدحام هارون]}
  places: {en: [Harun], es: [Harun], pt: [Harun], ar: [هارون], fa: [هارون]}
  window: {from: 2034-09-20, to: 2034-10-10}
facts:
  - id: killed
    statement: People killed in the crush
    kind: count
    measure: killed
    unit: people
    value: 769
    provenance: invented for the test
"""

RECALLED = [
    ("en", "At least 769 pilgrims were killed in the Harun crush on Thursday. A stampede in 1990 killed 1,426 "
           "pilgrims."),
    ("en", "At least 769 pilgrims were killed in the Harun crush on Thursday. Floods in 2010 killed 1,700 people in "
           "the region."),
    ("en", "At least 769 pilgrims were killed in the Harun crush on Thursday. It is the worst since a crush in 1990 "
           "killed 1,426 pilgrims in a tunnel."),
    ("es", "Al menos 769 peregrinos murieron en la estampida de Harun el jueves. Una estampida en 1990 mató a 1.426 "
           "peregrinos."),
    ("pt", "Pelo menos 769 peregrinos morreram no tumulto de Harun na quinta-feira. Um tumulto em 1990 matou 1.426 "
           "peregrinos."),
    ("ar", "لقي 769 حاجا على الأقل حتفهم في تدافع هارون يوم الخميس. وأودى تدافع عام 1990 بحياة 1426 حاجا."),
    ("fa", "دست کم ۷۶۹ زائر در ازدحام هارون روز پنجشنبه جان باختند. ازدحامی در سال ۱۹۹۰ جان ۱۴۲۶ زائر را گرفت."),
]


@pytest.mark.parametrize("language,text", RECALLED, ids=[f"{c[0]}-{n}" for n, c in enumerate(RECALLED)])
def test_an_earlier_incident_recalled_is_not_the_events_toll(tmp_path, language, text):
    assert contradictions(tmp_path, SHEET, text + "\n", language, "2034-09-26") == set()


# The event's own toll, four digits right before the same verb, is still a count: a wrong one contradicts.
def test_the_events_own_toll_before_a_verb_still_counts(tmp_path):
    text = "In the Harun crush on Thursday, 1426 killed were counted.\n"
    assert contradictions(tmp_path, SHEET, text, "en", "2034-09-26") == {("killed", "1,426")}
