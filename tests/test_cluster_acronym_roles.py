"""A party's acronym standing where a name stands is the role of its figure (issue 8, real-text development corpus
dev10b: "PS" and "AD" owned no seats): in every language, Latin capitals inside Arabic and Persian text too
(checker/frames/names.py `is_acronym`, checker/claims/owners.py `_roles`). Only for a contestant's measure (votes,
share, seats): an agency's acronym beside a toll stays no role. The event is tests/cluster_cases/unseen_acronyms.yaml's."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from checker.claims import claims_of
from checker.engine import analyse_seed
from checker.facts import load_facts
from checker.model import Seed
from test_cluster_unseen import events

# (language, sentence, number as written, its roles)
CASES = [
    ("en", "In the Dravona legislative election, the PS won 78 seats and the AD won 80 seats.", "78", ["PS"]),
    ("en", "In the Dravona legislative election, the PS won 78 seats and the AD won 80 seats.", "80", ["AD"]),
    ("en", "The PML-N took 75 seats in the Dravona legislative election.", "75", ["PML-N"]),
    ("es", "En las elecciones legislativas de Dravona, el PSOE obtuvo 78 escaños.", "78", ["PSOE"]),
    ("es", "En las elecciones legislativas de Dravona, el PS obtuvo 78 escaños y la AD consiguió 80 escaños.", "80", ["AD"]),
    ("pt", "Nas eleições legislativas de Dravona, o PS elegeu 78 deputados.", "78", ["PS"]),
    ("pt", "Nas eleições legislativas de Dravona, a AD conquistou 80 mandatos.", "80", ["AD"]),
    ("ar", "وفي الانتخابات التشريعية في درافونا، حصل حزب PS على 78 مقعدا.", "78", ["PS"]),
    ("ar", "وفي الانتخابات التشريعية في درافونا، حصل حزب PS على 78 مقعدا، بينما حصل تحالف AD على 80 مقعدا.", "80", ["AD"]),
    ("fa", "در انتخابات پارلمانی دراوونا، حزب PS ۷۸ کرسی به دست آورد.", "۷۸", ["PS"]),
    ("fa", "در انتخابات پارلمانی دراوونا، حزب PS ۷۸ کرسی و ائتلاف AD ۸۰ کرسی به دست آورد.", "۸۰", ["AD"]),
]


def roles_of(language: str, text: str) -> dict:
    case = events()["dravona-acronyms"]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sheet.yaml"
        path.write_text(case["sheet"], encoding="utf-8")
        facts = load_facts([path])
    result = analyse_seed(Seed(id="s", path="seeds/s.txt", text=text + "\n", language=language,
                               published=case["articles"][0]["published"]), facts)
    return {c.mention.text: sorted(c.roles) for c in claims_of([result])}


@pytest.mark.parametrize("language,text,said,roles", CASES, ids=[f"{c[0]}-{c[2]}-{c[3][0]}" for c in CASES])
def test_cluster_acronym_of_a_party_is_the_role_of_its_figure(language, text, said, roles):
    found = roles_of(language, text)
    assert found.get(said) == roles, found


# An acronym beside a figure that is no contestant's (a toll an agency gives) is no role.
GUARDS = [
    ("en", "The UNHCR said 300 people died after the Dravona legislative election.", "300"),
    ("es", "La ONU dijo que 300 personas murieron tras las elecciones legislativas de Dravona.", "300"),
    ("pt", "A ONU disse que 300 pessoas morreram após as eleições legislativas de Dravona.", "300"),
]


@pytest.mark.parametrize("language,text,said", GUARDS, ids=[g[0] for g in GUARDS])
def test_cluster_acronym_beside_no_contestants_measure_is_no_role(language, text, said):
    found = roles_of(language, text)
    assert not [r for r in found.get(said, []) if r.isupper()], found


# An acronym the article ties to a name ("the Socialist Party (PS)", "Partido Socialista (PS)", "الحزب الاشتراكي (PS)")
# makes the name that party's for the rest of the article: a figure beside the name in full is the acronym's
# (checker/frames/names.py `ties`), in a language whose frames read no capitalized word too. (language, text, number
# as written, its acronym, the other party's acronym)
TIES = [
    ("en", "The Socialist Party (PS) led the Dravona legislative election. The Socialist Party won 78 seats and the "
           "Civic Alliance (AC) won 80 seats.", "78", "PS", "AC"),
    ("en", "The Socialist Party (PS) led the Dravona legislative election. The Socialist Party won 78 seats and the "
           "Civic Alliance (AC) won 80 seats.", "80", "AC", "PS"),
    ("es", "El Partido Socialista (PS) ganó las elecciones legislativas de Dravona. El Partido Socialista obtuvo 78 "
           "escaños y la Alianza Cívica (AC) consiguió 80 escaños.", "78", "PS", "AC"),
    ("pt", "O Partido Socialista (PS) venceu as eleições legislativas de Dravona. O Partido Socialista elegeu 78 "
           "deputados, e a Aliança Cívica (AC) ficou com 80.", "78", "PS", "AC"),
    ("ar", "تقدم الحزب الاشتراكي (PS) والتحالف المدني (AC) في الانتخابات التشريعية في درافونا. وحصل الحزب الاشتراكي "
           "على 78 مقعدا.", "78", "PS", "AC"),
    ("ar", "تقدم الحزب الاشتراكي (PS) والتحالف المدني (AC) في الانتخابات التشريعية في درافونا. وحصل التحالف المدني "
           "على 80 مقعدا.", "80", "AC", "PS"),
    ("fa", "حزب سوسیالیست (PS) در انتخابات پارلمانی دراوونا پیروز شد. حزب سوسیالیست ۷۸ کرسی به دست آورد.", "۷۸",
     "PS", "AC"),
]


@pytest.mark.parametrize("language,text,said,acronym,other", TIES,
                         ids=[f"{c[0]}-{c[2]}-{c[3]}" for c in TIES])
def test_cluster_acronym_tied_to_a_name_owns_the_names_figures(language, text, said, acronym, other):
    found = roles_of(language, text)
    assert acronym in found.get(said, []) and other not in found.get(said, []), found


# A name the article ties to an acronym, beside a figure that is no contestant's (an agency's toll), is no role.
TIED_GUARDS = [
    ("en", "The Civil Relief Agency (CRA) counted the dead after the Dravona legislative election. The Civil Relief "
           "Agency said 300 people died.", "300"),
    ("es", "La Agencia de Socorro Civil (ASC) contó los muertos tras las elecciones legislativas de Dravona. La "
           "Agencia de Socorro Civil dijo que 300 personas murieron.", "300"),
]


@pytest.mark.parametrize("language,text,said", TIED_GUARDS, ids=[g[0] for g in TIED_GUARDS])
def test_cluster_acronym_tied_to_a_name_beside_no_contestants_measure_is_no_role(language, text, said):
    found = roles_of(language, text)
    assert not [r for r in found.get(said, []) if r.isupper()], found
