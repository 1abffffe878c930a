"""A large figure written in millions with one decimal may be cut, not rounded (checker/compare.py, `_truncated`):
news writes 1,986,352 votes as "1.9 million" as often as "2 million", and 44,777,668 voters as "44.7 million". Such a
figure stands for [1.85, 2.0) million: the sheet's figure in its upper half-step is `imprecise` (said with less
precision), not a contradiction; further off, it still contradicts.

The sheet and the sentences are invented for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from sheet_run import verdicts as sheet_verdicts

SHEET = """\
language: en
event:
  id: orsenia-election-2031
  names: {en: [Orsenian presidential election]}
  places: {en: [Orsenia], es: [Orsenia], pt: [Orsênia], ar: [أورسينيا], fa: [اورسنیا]}
  entities: {en: [Pike], es: [Pike], pt: [Pike], ar: [بايك], fa: [پایک]}
  window: {from: 2031-03-01, to: 2031-06-30}
facts:
  - id: pike-votes
    statement: Votes for Pike
    kind: count
    measure: votes
    entities: {en: [Pike], es: [Pike], pt: [Pike], ar: [بايك], fa: [پایک]}
    unit: vote
    value: 1986352
    provenance: invented
"""


def _verdicts(tmp_path, text: str, language: str) -> dict[str, tuple[str, str]]:
    return sheet_verdicts(tmp_path, SHEET, text, language, date(2031, 4, 7))


@pytest.mark.parametrize("text,language,said", [
    ("In the Orsenian presidential election, Pike won 1.9 million votes.", "en", "1.9 million votes"),
    ("En la elección presidencial de Orsenia, Pike obtuvo 1,9 millones de votos.", "es", "1,9 millones de votos"),
    ("Na eleição presidencial da Orsênia, Pike obteve 1,9 milhão de votos.", "pt", "1,9 milhão de votos"),
    ("وحصل بايك على 1.9 مليون صوت في الانتخابات الرئاسية في أورسينيا.", "ar", "1.9 مليون صوت"),
    ("پایک در انتخابات ریاست جمهوری اورسنیا ۱.۹ میلیون رأی به دست آورد.", "fa", "۱.۹ میلیون رأی"),
])
def test_compare_a_figure_of_millions_cut_to_one_decimal_is_imprecise(tmp_path, text, language, said):
    verdicts = _verdicts(tmp_path, text, language)
    verdict, why = next((v for k, v in verdicts.items() if k.startswith(said.split()[0])), ("", ""))
    assert verdict == "imprecise" and "cut" in why, verdicts


@pytest.mark.parametrize("text,language,number", [
    ("In the Orsenian presidential election, Pike won 1.8 million votes.", "en", "1.8"),
    ("In the Orsenian presidential election, Pike won 2.1 million votes.", "en", "2.1"),
    ("En la elección presidencial de Orsenia, Pike obtuvo 1,7 millones de votos.", "es", "1,7"),
    ("وحصل بايك على 1.7 مليون صوت في الانتخابات الرئاسية في أورسينيا.", "ar", "1.7"),
])
def test_compare_a_figure_of_millions_further_off_still_contradicts(tmp_path, text, language, number):
    verdicts = _verdicts(tmp_path, text, language)
    verdict = next((v[0] for k, v in verdicts.items() if k.startswith(number)), "")
    assert verdict == "contradicts", verdicts
