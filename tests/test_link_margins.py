"""A margin is no candidate's votes, and registered voters are no votes and no turnout (issue 8, real-text development
corpus of Egypt's 2023 and Portugal's 2024 elections): "Orsen won the runoff by 50,000 votes", "ganó por 50.000
votos", "venceu por 50 mil votos" are a gap between two counts (a win's verb in the clause and, right before the
number, the word that makes it a margin: concepts.yaml relations `won`, `won_by`; checker/frames/sentence.py
`_won_by`), as "a margin of", "بفارق", "با اختلاف" were (`difference`). Every sentence is our own; the election is
tests/test_link_election_roles.py's invented runoff in Valdoria."""
from __future__ import annotations

import pytest

from test_link_election_roles import _found, _in_valdoria

NOTHING = [
    ("en", "Orsen won the Valdorian runoff by 50,000 votes."),
    ("en", "Orsen beat Pike by 980,000 votes in the Valdorian runoff."),
    ("es", "Orsen ganó la segunda vuelta de Valdoria por 50.000 votos."),
    ("es", "Orsen venció a Pike por casi un millón de votos en la segunda vuelta de Valdoria."),
    ("pt", "Orsen venceu a segunda volta da Valdória por 50 mil votos."),
    ("pt", "Orsen ganhou de Pike por 980 mil votos na segunda volta da Valdória."),
    ("ar", "وفاز أورسن في جولة الإعادة في فالدوريا بفارق 50 ألف صوت."),
    ("fa", "اورسن با اختلاف ۵۰ هزار رای در دور دوم والدوریا پیروز شد."),
    # registered voters: no votes, no turnout
    ("en", "Some 9.3 million registered voters were called to the polls in the Valdorian runoff."),
    ("es", "En la segunda vuelta de Valdoria había 9,3 millones de inscritos."),
    ("pt", "Na segunda volta da Valdória, havia 9,3 milhões de eleitores inscritos."),
    ("ar", "وبلغ عدد الناخبين المسجلين 9.3 مليون ناخب في جولة الإعادة في فالدوريا."),
    ("fa", "در دور دوم انتخابات والدوریا ۹٫۳ میلیون نفر واجد شرایط رای دادن بودند."),
]


@pytest.mark.parametrize("language,text", NOTHING, ids=[f"{c[0]}-{n}" for n, c in enumerate(NOTHING)])
def test_a_margin_or_registered_voters_are_no_candidates_votes(tmp_path, language, text):
    assert _found(tmp_path, _in_valdoria(text, language), language) == set()


# A win "with" a count is the winner's count: it still contradicts his votes (6,210,000).
WITH = [
    ("en", "Orsen won the Valdorian runoff with 6,300,000 votes.", "6,300,000"),
    ("es", "Orsen ganó la segunda vuelta de Valdoria con 6.300.000 votos.", "6,300,000"),
    ("pt", "Orsen venceu a segunda volta da Valdória com 6.300.000 votos.", "6,300,000"),
]


@pytest.mark.parametrize("language,text,found", WITH, ids=[c[0] for c in WITH])
def test_a_win_with_a_count_is_the_winners_count(tmp_path, language, text, found):
    assert _found(tmp_path, _in_valdoria(text, language), language) == {("orsen-votes", found)}
