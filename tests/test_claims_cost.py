"""What a seed's claims cost (issue 11): what a sentence says once, not once a claim, read as before.

Each claim of a number reads its own part of its sentence (its degree, its place, a revision, its owner, its day:
checker/claims/words.py `_parts_around`): the parts of a sentence are found once for all its numbers. The sentences
are invented for these tests.
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from checker.claims import words
from checker.engine import analyse_seed
from checker.model import Seed

# One sentence a language with several numbers in parts of their own.
SENTENCES = {
    "en": "In Norvale, 12 people were killed, 40 were slightly injured and 7 are missing, officials said on Tuesday.",
    "es": "En Norvale, 12 personas murieron, 40 resultaron heridas leves y 7 siguen desaparecidas, dijeron el martes.",
    "pt": "Em Norvale, 12 pessoas morreram, 40 ficaram levemente feridas e 7 estão desaparecidas, disseram na terça.",
    "ar": "في نورفال، قتل 12 شخصا، وأصيب 40 بجروح طفيفة، وفقد 7 آخرون، وفق المسؤولين يوم الثلاثاء.",
    "fa": "در نورفال ۱۲ نفر کشته شدند، ۴۰ نفر به طور سطحی زخمی شدند و ۷ نفر مفقود هستند، مقامات روز سه‌شنبه گفتند.",
}


class _Counting:
    """A compiled pattern whose finditer calls are counted by text."""

    def __init__(self, pattern, calls: Counter):
        self.pattern, self.calls = pattern, calls

    def finditer(self, text, *args):
        self.calls[text] += 1
        return self.pattern.finditer(text, *args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_sentences_parts_are_found_once_for_all_its_claims(language, monkeypatch):
    for cached in (words._folded, getattr(words, "_parts_of", None), getattr(words, "_part_breaks", None)):
        if cached is not None:
            cached.cache_clear()
    calls: Counter = Counter()
    monkeypatch.setattr(words, "PART_BREAK", _Counting(words.PART_BREAK, calls))
    text = SENTENCES[language]
    result = analyse_seed(Seed("s", "s.txt", text, language, date(2031, 3, 5)), ())
    assert len(result.claims or ()) >= 3
    assert calls and max(calls.values()) == 1, calls


# A cue of each language's sentence, as a fact sheet would give it.
CUES = {"en": "were killed", "es": "personas murieron", "pt": "pessoas morreram", "ar": "قتل", "fa": "کشته شدند"}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_sentences_words_and_cues_are_read_once_for_all_its_claims_terms(language, monkeypatch):
    from checker.claims import sentence_terms
    from checker.claims.sentence_terms import Vocabulary, claim_terms

    text = SENTENCES[language]
    result = analyse_seed(Seed("s", "s.txt", text, language, date(2031, 3, 5)), ())
    for cached in (words._folded, getattr(sentence_terms, "_tokens_of", None)):
        if cached is not None:
            cached.cache_clear()
    vocabulary = Vocabulary({}, {language: (("f", CUES[language]),)})
    tokens: Counter = Counter()
    monkeypatch.setattr(sentence_terms, "TOKEN", _Counting(sentence_terms.TOKEN, tokens))
    cues: Counter = Counter()
    hits = Vocabulary.cue_hits
    monkeypatch.setattr(Vocabulary, "cue_hits", lambda self, lang, key: cues.update([key]) or hits(self, lang, key))
    terms = claim_terms(result, vocabulary)
    assert len(terms) >= 3 and all(any(key == "c:f" for key, _ in weights) for _, _, weights in terms), terms
    assert tokens and max(tokens.values()) == 1, tokens
    assert cues and max(cues.values()) == 1, cues
