"""Fuzzing from the language data (issue 12, item 7): values rendered in the words and digits of each
language are extracted back (round trips), and the loaders and the extractor keep their invariants on
whatever hypothesis builds from the same data plus noise, bidi and zero-width characters.

Fast in CI (a few dozen examples each). For a long run by hand, each test for a time budget in seconds
(FACTLINT_FUZZ_SECONDS, default 120: ten minutes for the five), run again and again with fresh random
examples, printing how many it tried:

    FACTLINT_FUZZ=long FACTLINT_FUZZ_SECONDS=120 .venv/bin/python -m pytest -q -s tests/test_fuzz_language_data.py
"""
from __future__ import annotations

import os
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import yamlio
from checker.errors import InputError
from checker.extract import extract
from checker.extract.lexicon import available, load
from checker.visible import hidden, visible

settings.register_profile("fuzz-ci", max_examples=30, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("fuzz-long", max_examples=200, deadline=None,
                          suppress_health_check=list(HealthCheck))
LONG = os.environ.get("FACTLINT_FUZZ") == "long"
FUZZ = settings.get_profile("fuzz-long" if LONG else "fuzz-ci")
BUDGET = float(os.environ.get("FACTLINT_FUZZ_SECONDS", "120"))


def budgeted(test):
    """In the long run, the hypothesis test run again and again (max_examples each time, new random
    examples) until BUDGET seconds are spent, the examples counted; in CI, the test itself."""
    if not LONG:
        return test
    inner, tried = test.hypothesis.inner_test, [0]

    def counted(*args, **kwargs):
        tried[0] += 1
        return inner(*args, **kwargs)

    test.hypothesis.inner_test = counted

    def run() -> None:
        start, runs = time.monotonic(), 0
        while time.monotonic() - start < BUDGET:
            test()
            runs += 1
        print(f"\n{test.__name__}: {tried[0]} examples in {runs} runs, {time.monotonic() - start:.0f} s",
              file=sys.stderr)

    run.__name__ = test.__name__
    return run

LANGUAGES = tuple(available())
SCRIPT_ZERO = {"fa": 0x6F0, "ar": 0x660}  # digits a language's articles also use besides ASCII
NOISE = ["\u202e", "\u202c", "\u2066", "\u2069", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad",
         "\x1b", "\x07", "\r", "\r\n", "\n", " ", ",", ".", "-", "<", "&", ":", "%"]


def words(language: str, table: str) -> list[str]:
    return sorted(getattr(load(language), table))


def script_digits(number: int, language: str) -> str:
    zero = SCRIPT_ZERO.get(language, 0x30)
    return "".join(chr(zero + int(d)) for d in str(number))


@budgeted
@FUZZ
@given(language=st.sampled_from(LANGUAGES), number=st.integers(min_value=2, max_value=999_999))
def test_fuzz_digits_in_the_language_script_round_trip(language, number):
    text = script_digits(number, language)
    (mention,) = extract(f"\n{text}\n", language)
    if mention.kind == "date":  # a year: 1300-1499 in Solar Hijri, 1000-2100 in the Gregorian calendar
        assert 1000 <= number <= 2100
    else:
        assert mention.value.low == mention.value.high == number


@budgeted
@FUZZ
@given(language=st.sampled_from(LANGUAGES), data=st.data())
def test_fuzz_number_words_of_the_lexicon_round_trip(language, data):
    lang = load(language)
    key = data.draw(st.sampled_from(sorted(k for k, v in lang.cardinals.items() if float(v) >= 2)))
    found = [m for m in extract(f"{key} ", language)]
    # a word that is also a scale word reads as either (Arabic الفا: the construct 2000, and the accusative
    # ألفاً = 1000 once folding drops its tanween)
    meanings = {float(lang.cardinals[key]), float(lang.scales.get(key, lang.cardinals[key]))}
    assert not found or any(m.value.low <= value <= m.value.high for m in found for value in meanings)


def noisy(language: str):
    lang = load(language)
    pieces = sorted(lang.cardinals) + sorted(lang.scales) + sorted(lang.months) + sorted(lang.qualifiers_before)
    pieces += [str(n) for n in (1, 12, 25, 1397, 2019, 40)] + NOISE
    return st.lists(st.sampled_from(pieces), max_size=30).map(" ".join)


@budgeted
@FUZZ
@given(data=st.data(), language=st.sampled_from(LANGUAGES))
def test_fuzz_extract_invariants_on_language_pieces_and_noise(data, language):
    text = data.draw(noisy(language))
    for mention in extract(text, language):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.value.low <= mention.value.high
        assert mention.line == text.count("\n", 0, mention.start) + 1


@budgeted
@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list("ab:-[]{}&*!<>|'\"#?=%@` \n\t,.0123456789")), max_size=200))
def test_fuzz_yaml_loader_raises_only_input_errors(text):
    try:
        yamlio.loads(text, "fuzz.yaml")
    except InputError as exc:
        assert all(str(p).startswith("fuzz.yaml") for p in exc.problems)


@budgeted
@FUZZ
@given(text=st.text(max_size=80))
def test_fuzz_visible_text_has_no_hidden_characters_and_keeps_the_rest(text):
    shown = visible(text)
    assert not any(hidden(ch) for ch in shown)
    assert visible(shown) == shown
