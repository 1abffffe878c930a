"""What framing a seed costs (issue 11): work done once a sentence, not once a mention, read as before.

Framing asks of each mention's sentence, dozens of times a mention, whether a phrase of a word list stands in it.
The sentence's spans are looked up once a sentence, under their keys, in a table of every word list the process has
looked up (checker/frames/sentence.py `_hits`, `_WordLists`), the sheet names once a sentence (NameIndex.find). These tests count the lookups,
and compare every answer with the plain walk over every token and word list, on text made of each language's
phrases. The sentences are invented for these tests.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Optional

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import concepts
from checker.extract import extract
from checker.frames import NameIndex, frame_mentions, names, occurrence, sentence
from checker.frames.sentence import (_ending_before, _just_before, _names_one_of, _phrase, _phrases, _starts_phrase,
                                     tokenize_sentence)
from checker.model import Event, Seed

LANGUAGES = ("en", "es", "pt", "ar", "fa")

# One sentence a language with several numbers: each of its mentions asks the same questions of it.
SENTENCES = {
    "en": "In Norvale, 12 people were killed, 40 injured and 7 missing in the first round of floods on Tuesday, "
          "officials said, after 3 days of rain.",
    "es": "En Norvale, 12 personas murieron, 40 resultaron heridas y 7 siguen desaparecidas tras las lluvias del "
          "martes, dijeron las autoridades, después de 3 días de lluvia.",
    "pt": "Em Norvale, 12 pessoas morreram, 40 ficaram feridas e 7 estão desaparecidas após as chuvas de terça-feira, "
          "disseram as autoridades, depois de 3 dias de chuva.",
    "ar": "في نورفال، قتل 12 شخصا وأصيب 40 وفقد 7 في الفيضانات يوم الثلاثاء، وفق المسؤولين، بعد 3 أيام من الأمطار.",
    "fa": "در نورفال ۱۲ نفر کشته، ۴۰ نفر زخمی و ۷ نفر مفقود شدند، به گفته مقامات، پس از ۳ روز باران در روز سه‌شنبه.",
}
PLACES = {"en": ["Norvale"], "es": ["Norvale"], "pt": ["Norvale"], "ar": ["نورفال"], "fa": ["نورفال"]}


def _framed(language: str, index: Optional[NameIndex] = None) -> int:
    """Frame the language's sentence (as a fresh sentence: nothing kept from before); its body mentions."""
    tokenize_sentence.cache_clear()
    text = SENTENCES[language]
    published = date(2031, 3, 5)
    mentions = tuple(extract(text, language, published))
    frame_mentions(Seed("s", "s.txt", text, language, published), mentions, index)
    return len([m for m in mentions if m.section == "body"])


def _at_most_twice_a_token(calls: Counter, language: str) -> None:
    tokens = Counter(tokenize_sentence(SENTENCES[language]).keys)
    assert calls and all(n <= 2 * tokens[token] for token, n in calls.items()), calls.most_common(3)


def _counting(monkeypatch, module, name: str) -> Counter:
    calls: Counter = Counter()
    original = getattr(module, name)

    def counted(token, language, *args):
        calls[token] += 1
        return original(token, language, *args)
    monkeypatch.setattr(module, name, counted)
    return calls


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentences_tokens_are_looked_up_once_for_all_its_mentions(language, monkeypatch):
    calls = _counting(monkeypatch, sentence, "forms")
    assert _framed(language) >= 3
    # once for the phrases of the word lists, once for those read with a clitic on their first word
    _at_most_twice_a_token(calls, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_sheet_names_of_a_sentence_are_found_once_for_all_its_mentions(language, monkeypatch):
    event = Event("e", names={"en": ["Norvale floods"]}, places=PLACES)
    index = NameIndex.of([event])
    calls = _counting(monkeypatch, names, "forms")
    assert _framed(language, index) >= 3
    # once for the names as written, once for the names written in another script
    _at_most_twice_a_token(calls, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentences_keys_are_read_against_every_word_list_at_once(language, monkeypatch):
    _framed(language)  # the word lists a process looks up are known after its first sentences
    calls: Counter = Counter()  # the sentence's spans, read once for all word lists (with and without clitics)
    hits = sentence._hits
    monkeypatch.setattr(sentence, "_hits", lambda s, lang, clitics, *rest: calls.update([clitics]) or hits(
        s, lang, clitics, *rest))
    assert _framed(language) >= 3
    assert calls and max(calls.values()) == 1, calls


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_word_list_beyond_the_tables_reach_is_looked_up_by_itself_alike(language, monkeypatch):
    monkeypatch.setattr(sentence, "_WORD_LISTS", {})
    monkeypatch.setattr(sentence, "MOST_WORD_LISTS", 2)
    tokenize_sentence.cache_clear()
    s = tokenize_sentence(SENTENCES[language])
    for words in _word_lists(language):
        for clitics in (False, True):
            assert _phrases(s, words, language, clitics) == _plain_phrases(s, words, language, clitics)
    assert len(sentence._WORD_LISTS[language, False].numbers) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_mentions_occurrence_words_are_read_from_its_sentences_phrases(language, monkeypatch):
    from checker.frames import occurrence

    calls: Counter = Counter()  # no walk back over every token before each mention, its forms looked up again
    monkeypatch.setattr(occurrence, "forms", lambda token, lang: calls.update([token]) or concepts.forms(token, lang),
                        raising=False)
    assert _framed(language) >= 3
    assert not calls, calls.most_common(3)


# ---- every answer as the plain walk gives it -------------------------------------------------------------------

def _strings(node, language: str, under: bool = False) -> list[str]:
    """The phrases the concepts file lists for a language, at any depth."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _strings(value, language, under or str(key) == language)]
    if isinstance(node, (list, tuple)):
        return [p for value in node for p in _strings(value, language, under)]
    return [str(node)] if under and isinstance(node, str) else []


def _word_lists(language: str) -> list[frozenset]:
    lists = [concepts.round_words(which, language) for which in concepts.round_names()]
    lists += [concepts.subordinators(language), concepts.present_words(language), concepts.relative_words(language),
              concepts.relation_words("total", language), concepts.comparison_words("since", language),
              concepts.occurrence_words("sub", language), concepts.occurrence_words("main", language),
              concepts.tally_words("to", language), concepts.reporting_phrases(language), frozenset()]
    return lists + [lists[0] | lists[1]]  # a union made for the call, as callers do


def _texts(language: str):
    pieces = sorted(set(_strings(concepts._data(), language)))
    shapes = ["12", "1,200", ",", ".", "(", ")", "و", "and", "the", "Norvale"]
    return st.lists(st.one_of(st.sampled_from(pieces), st.sampled_from(shapes)), min_size=1, max_size=14).map(" ".join)


def _plain_names_one_of(s, start, end, words, language, clitics=False) -> bool:
    rest = "".join(s.keys[start + 1:end + 1]).replace(" ", "")
    keys = {s.keys[start].replace(" ", "") + rest}
    if start == end or clitics:
        keys.update(form + rest for form in concepts.forms(s.keys[start], language))
    return bool(keys & words)


def _plain_phrase(s, lo, hi, words, language, skip=range(0)) -> str:
    if not words:
        return ""
    hi = len(s.tokens) - 1 if hi is None else hi
    for i in range(lo, hi + 1):
        if i in skip:
            continue
        for n in (3, 2, 1):
            j = i + n - 1
            if j > hi or any(k in skip for k in range(i, j + 1)):
                continue
            if _plain_names_one_of(s, i, j, words, language):
                return " ".join(s.tokens[i:j + 1])
    return ""


def _plain_phrases(s, words, language, clitics=False) -> list:
    found = []
    for i in range(len(s.tokens)):
        for n in (3, 2, 1):
            j = i + n - 1
            if j < len(s.tokens) and _plain_names_one_of(s, i, j, words, language, clitics):
                found.append((i, j))
                break
    return found


def _plain_occurrence(s, first, language) -> str:
    """Walking back from the mention to the sentence's start, the first phrase of another occurrence or of the
    event's own decides (the longest first at each token)."""
    sub, main = concepts.occurrence_words("sub", language), concepts.occurrence_words("main", language)
    if not sub:
        return ""
    for end in range(first - 1, -1, -1):
        for start in range(max(0, end - 2), end + 1):
            if _plain_names_one_of(s, start, end, sub, language):
                return " ".join(s.tokens[start:end + 1])
            if _plain_names_one_of(s, start, end, main, language):
                return ""
    return ""


SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(data=st.data())
def test_phrases_are_found_as_by_the_walk_over_every_token(language, data):
    text = data.draw(_texts(language))
    tokenize_sentence.cache_clear()
    s = tokenize_sentence(text)
    last = len(s.tokens) - 1
    if last < 0:
        return
    lo = data.draw(st.integers(0, last))
    hi = data.draw(st.integers(lo, last))
    skip_from = data.draw(st.integers(0, last))
    skip = range(skip_from, data.draw(st.integers(skip_from, last + 1)))
    for words in _word_lists(language):
        for clitics in (False, True):
            assert _phrases(s, words, language, clitics) == _plain_phrases(s, words, language, clitics)
            for i in range(len(s.tokens)):
                for j in range(i - 1, min(i + 4, len(s.tokens) + 1)):
                    assert _names_one_of(s, i, j, words, language, clitics) == \
                        _plain_names_one_of(s, i, j, words, language, clitics), (i, j)
        assert _phrase(s, lo, hi, words, language) == _plain_phrase(s, lo, hi, words, language)
        assert _phrase(s, lo, None, words, language, skip) == _plain_phrase(s, lo, None, words, language, skip)
        assert _just_before(s, hi, words, language) == next(
            (" ".join(s.tokens[a:b + 1]) for b in range(hi - 1, max(-1, hi - 4), -1) for a in (b - 2, b - 1, b)
             if a >= 0 and _plain_names_one_of(s, a, b, words, language)), "")
        assert occurrence._occurrence(s, hi, language) == _plain_occurrence(s, hi, language)
        for most in (1, 2, 3):
            assert _ending_before(s, hi, words, language, lo, most) == next(
                (" ".join(s.tokens[hi - n:hi]) for n in range(most, 0, -1)
                 if hi - n >= lo and _plain_names_one_of(s, hi - n, hi - 1, words, language)), "")
        assert _starts_phrase(s, lo, words, language) == any(
            _plain_names_one_of(s, lo, min(lo + n - 1, last), words, language) for n in (3, 2, 1))


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentences_round_phrases_are_found_once_for_all_its_mentions(language, monkeypatch):
    from checker.frames import rounds

    calls = []
    found = rounds._found_round_phrases
    monkeypatch.setattr(rounds, "_found_round_phrases", lambda s, lang: calls.append(s) or found(s, lang))
    assert _framed(language) >= 3
    assert len(calls) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_concepts_of_a_window_are_found_once_for_the_mentions_that_share_it(language):
    concepts._find_concepts.cache_clear()
    _framed(language)
    assert concepts._find_concepts.cache_info().hits > 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_words_letter_groups_are_read_once_however_many_runs_hold_it(language, monkeypatch):
    from checker import skeleton

    skeleton.skeletons.cache_clear()
    skeleton._word_options.cache_clear()
    calls: Counter = Counter()
    groups = skeleton._groups
    monkeypatch.setattr(skeleton, "_groups", lambda word, *args, **kwargs: calls.update([word]) or groups(word, *args,
                                                                                                           **kwargs))
    event = Event("e", names={"en": ["Norvale floods"]}, places=PLACES)
    _framed(language, NameIndex.of([event]))
    assert calls and max(calls.values()) == 1, calls.most_common(3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentences_named_areas_are_looked_for_once_for_all_its_mentions(language, monkeypatch):
    from checker.frames import sub_places

    calls: Counter = Counter()
    named_area = sub_places._named_area
    monkeypatch.setattr(sub_places, "_named_area", lambda s, i, lang: calls.update([i]) or named_area(s, i, lang))
    assert _framed(language) >= 3
    assert calls and max(calls.values()) == 1, calls.most_common(3)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_sentences_conjuncts_are_joined_once_for_all_its_mentions(language, monkeypatch):
    from checker.frames import measures

    calls = []  # asked once a token of the sentence each time its joints are found
    glued = measures.glued_conjunctions
    monkeypatch.setattr(measures, "glued_conjunctions", lambda lang: calls.append(lang) or glued(lang))
    assert _framed(language) >= 3
    assert len(calls) == len(tokenize_sentence(SENTENCES[language]).tokens)


@pytest.mark.parametrize("language", LANGUAGES)
@SETTINGS
@given(data=st.data())
def test_a_spans_tokens_are_those_of_the_walk_over_every_token(language, data):
    from checker.frames.sentence import _span_tokens

    text = data.draw(_texts(language))
    s = tokenize_sentence(text)
    start = data.draw(st.integers(-1, len(text) + 1))
    end = data.draw(st.integers(start - 1, len(text) + 2))
    inside = [i for i, at in enumerate(s.starts) if start <= at < end]
    before = [i for i, at in enumerate(s.starts) if at <= start]
    expected = (inside[0], inside[-1]) if inside else (before[-1], before[-1]) if before else (0, 0)
    assert _span_tokens(s, start, end) == expected
