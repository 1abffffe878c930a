"""Extraction does work proportional to its input on hostile shapes (issue 12, item 1).

Not a timed test: the work is counted as the Python lines executed (sys.settrace) and the peak
memory held (tracemalloc), the same numbers on every machine. Ten times the input must cost at
most twelve times either.
bench/adversarial.py measures the same shapes in seconds at 100 KB and 1 MB.
"""
from __future__ import annotations

import gc
import sys
import tracemalloc
from pathlib import Path

import pytest

from checker.extract import extract
from checker.extract.lexicon import available, load

ROOT = Path(__file__).resolve().parent.parent

SHAPES = {
    "G20": ("en", "G20 "),
    "word-12": ("en", "word 12 "),
    "clock": ("en", "10:30 "),
    "iso-date": ("en", "2019-04-30 "),
    "slash-date": ("fa", "۱۳۹۷/۱۱/۱۵ "),
    "tens-of-thousands": ("en", "tens of thousands of "),
    "one-sentence": ("en", "the 25 soldiers, 3 million people, about 68 percent; "),
    "bidi": ("en", "\u202e25\u202c \u2066x\u2069 "),
    "number-words-fa": ("fa", "بیست و پنج هزار و "),
    "number-words-en": ("en", "twenty five hundred thousand and "),
}


def lines_executed(text: str, language: str) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        extract(text, language)
    finally:
        sys.settrace(None)
    return count


def peak_memory(text: str, language: str) -> int:
    tracemalloc.start()
    try:
        extract(text, language)  # the mentions it returns are held at the peak
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("name", SHAPES)
def test_extract_work_grows_linearly(name):
    language, unit = SHAPES[name]
    extract(unit, language)  # load the language data outside the count
    small = lines_executed(unit * 60, language)
    big = lines_executed(unit * 600, language)
    assert big <= 12 * small, f"{name}: {big / small:.1f}x the work for 10x the input"


@pytest.mark.parametrize("name", SHAPES)
def test_extract_memory_grows_linearly(name):
    language, unit = SHAPES[name]
    extract(unit, language)
    small = peak_memory(unit * 300, language)
    big = peak_memory(unit * 3000, language)
    assert big <= 12 * small, f"{name}: {big / small:.1f}x the memory for 10x the input"


def test_extract_work_on_an_article_grows_linearly():
    """An ordinary article repeated (issue 12: to 5 MB it took 75 s; 35 KB to 350 KB was 13.9x the work)."""
    article = next((ROOT / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    extract(article, "en")
    small = lines_executed(article * 10, "en")
    big = lines_executed(article * 100, "en")
    assert big <= 12 * small, f"article: {big / small:.1f}x the work for 10x the input"


def test_extract_number_in_words_stops_at_its_cap():
    from checker.extract.numbers import MAX_NUMBER_TOKENS
    mentions = extract("twenty five hundred thousand and " * 200, "en")
    assert mentions and all(len(m.text.split()) <= MAX_NUMBER_TOKENS for m in mentions)



# --- over-long tokens: spaCy's affix searches are superlinear in a token's length -------------

@pytest.mark.parametrize("language", sorted(available()))
@pytest.mark.parametrize("run", ["1,2.3,4.5," * 300, "x" * 5000, "1234567890" * 300])
def test_extract_over_long_run_is_one_token_spacy_never_sees(run, language, monkeypatch):
    from checker.extract import tokens
    seen: list[str] = []
    real = tokens.pipeline

    def spy(code, *options):
        nlp = real(code, *options)
        return lambda text: seen.append(text) or nlp(text)

    monkeypatch.setattr(tokens, "pipeline", spy)
    text = f"25 soldiers {run} 25 soldiers"
    found, sentences = tokens.tokenize(text, load(language).spacy)
    assert max(len(word) for piece in seen for word in piece.split()) <= 500
    assert [t.text for t in found if len(t.text) > 100] == [run]
    assert all(text[t.start:t.end] == t.text for t in found)
    assert all(sentences[t.sentence][0] <= t.start < t.end <= sentences[t.sentence][1] for t in found)
    assert [t.text for t in found][:2] == [t.text for t in found][-2:] == ["25", "soldiers"]
    monkeypatch.undo()
    assert [m.text for m in extract(text, language) if m.text.startswith("25")] == ["25", "25"]


# --- the cyclic garbage collector: each full pass scans every live object ----------------------

def test_extract_runs_no_cyclic_garbage_collection():
    """Paused while extracting: its full passes scan the whole heap, which grows with the text, so CPU time
    grew 11.2-13.8x from 100 KB to 1 MB (bench/adversarial.py: iso date, G20, tens of thousands of,
    article) where it grows 10.3-10.8x without them. Reference counting still frees what extraction drops."""
    passes: list[int] = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    extract("x", "en")
    gc.collect()  # the counts of the passes before start from zero: what the test itself allocated is no pass of extraction
    gc.callbacks.append(count)
    try:
        extract("2019-04-30 G20 " * 5000, "en")
    finally:
        gc.callbacks.remove(count)
    assert passes in ([], [0]) and gc.isenabled()  # at most the young pass that may follow the pause


def test_extract_leaves_a_paused_collector_paused():
    gc.disable()
    try:
        extract("25 soldiers", "en")
        assert not gc.isenabled()
    finally:
        gc.enable()
