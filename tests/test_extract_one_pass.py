"""The one-pass scan reads exactly what trying every rule at every token reads (issue 11, item 2).

The scan looks each token key up once (Language.openings), tries only the rules whose `starts` it can
open, and parses each number and date once (Context.number, Context.once); a mask runs only where its hint
is in the text, the time-of-day pattern only at its possible starts, and sentences are found as the token
columns are read. These tests turn all of that off and compare the mentions on text built from each
language's own data, so that a rule whose `starts` misses a way it can begin fails here, and check each
shortcut against what it stands for: the date patterns written digit first match where their plain forms
do, every mask's hint is in every text it matches, sentence starts are the sentencizer's.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import checker.extract as extraction
from checker.extract import context, extract, numbers, patterns, tokens
from checker.extract.lexicon import available, load
from checker.extract.normalize import fold
from checker.extract.numbers import parse_number

settings.register_profile("one-pass", max_examples=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ONE_PASS = settings.get_profile("one-pass")


def _phrases(node) -> list[str]:
    """Every string and number in a language file: its phrases, as an article would write them."""
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _phrases(key) + _phrases(value)]
    if isinstance(node, (list, tuple)):
        return [p for value in node for p in _phrases(value)]
    return [str(node)] if isinstance(node, (str, int, float)) and not isinstance(node, bool) else []


def texts(language: str):
    pieces = sorted(set(_phrases(load(language).raw)))
    shapes = ["12", "2019", "1,200", "3.5", "10–12", "1990s", "25%", "2019-04-30", "4/30/2019", "$", "%", ",", ".",
              "-", "\n", "Reuters", "the"]
    return st.lists(st.one_of(st.sampled_from(pieces), st.sampled_from(shapes)), max_size=25).map(" ".join)


EVERYWHERE = re.compile("")  # a hint found in every text


def every_rule_everywhere(monkeypatch) -> None:
    """The scan as it was: every rule at every token that may start one, each number and date parsed anew
    wherever a rule asks (no memo, no two-token check of a number's start), every mask and the time-of-day
    pattern run over the whole text."""
    monkeypatch.setattr(extraction, "_rules_at", lambda openings: extraction.RULES)
    monkeypatch.setattr(context.Context, "number",
                        lambda ctx, i: parse_number(ctx.tokens, i, ctx.lang, ctx.masked, ctx.separators))
    monkeypatch.setattr(context.Context, "once", lambda ctx, reader, i: reader(ctx, i))
    monkeypatch.setattr(numbers, "_one_word", lambda tokens, i, lang: None)
    monkeypatch.setattr(patterns, "MASK_HINTS", {name: (EVERYWHERE,) for name in patterns.MASKS})
    monkeypatch.setattr(patterns, "matches_at", lambda pattern, places, text: pattern.finditer(text))


CORPORA = Path(__file__).resolve().parent / "corpora"


@lru_cache(maxsize=None)
def corpus_sentences(language: str) -> tuple[str, ...]:
    """The texts of a language's corpus cases (tests/corpora/<language>/*.yaml): article sentences with
    numbers, dates and hedges in every shape the grammar reads."""
    from ruamel.yaml import YAML

    found: list[str] = []
    for path in sorted((CORPORA / language).glob("*.yaml")):
        data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8")) or {}
        found += [str(case["text"]) for case in data.get("cases") or () if case.get("text")]
    return tuple(found)


def corpus_texts(language: str):
    """Text made of corpus sentences and their words, in any order, joined by spaces, stops and line breaks."""
    sentences = corpus_sentences(language)
    words = sorted({word for sentence in sentences for word in sentence.split()})
    pieces = st.one_of(st.sampled_from(sentences), st.sampled_from(words), st.sampled_from(SENTENCE_SIGNS))
    return st.lists(pieces, max_size=20).map(" ".join)


CORPUS_LANGUAGES = sorted(path.name for path in CORPORA.iterdir() if path.is_dir())


@pytest.mark.parametrize("language", CORPUS_LANGUAGES)
@settings(ONE_PASS, max_examples=80)
@given(data=st.data())
def test_one_pass_reads_corpus_text_as_every_rule_at_every_token(language, data):
    """The shortcuts (openings, masks run only where their hint is, memos) miss no mention the full scan finds
    in text made of the corpora's sentences and words."""
    text = data.draw(corpus_texts(language))
    fast = [repr(m) for m in extract(text, language)]
    with pytest.MonkeyPatch.context() as patch:
        every_rule_everywhere(patch)
        slow = [repr(m) for m in extract(text, language)]
    assert fast == slow


@pytest.mark.parametrize("language", available())
@ONE_PASS
@given(data=st.data())
def test_one_pass_reads_as_every_rule_at_every_token(language, data):
    text = data.draw(texts(language))
    fast = [repr(m) for m in extract(text, language)]
    with pytest.MonkeyPatch.context() as patch:
        every_rule_everywhere(patch)
        slow = [repr(m) for m in extract(text, language)]
    assert fast == slow


PLAIN = {  # the date patterns as first written: the look-behind before the first digit
    "ISO_DATE": r"(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/-])",
    "SLASH_DATE": r"(?<![\d/.])(\d{1,4})/(\d{1,2})/(\d{1,4})(?![\d/])",
    "DOT_DATE": r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])",
}


@pytest.mark.parametrize("name", sorted(PLAIN))
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["1", "12", "2019", "/", ".", "-", "a", "۱"]), max_size=12).map("".join))
@example(text="a.1.1.2019 .12.1.2019 1.1.2019")
@example(text="a/1/1/2019 ./1/1/2019 1/1/2019")
@example(text="-2019-1-1 12019-1-1 .2019-1-1 2019-1-1")
def test_digit_first_date_patterns_match_as_their_plain_forms(name, text):
    fast = [(m.span(), m.groups()) for m in getattr(patterns, name).finditer(text)]
    assert fast == [(m.span(), m.groups()) for m in re.finditer(PLAIN[name], text)]


# Pieces of what the masks hide (URLs, e-mail addresses, phone numbers, names with numbers) and of what
# comes near them, to build texts where masks match.
MASKED_SHAPES = ["http://", "https://x.org/a", "www.", "news.com", "a.co.uk", "x@y.org", "@", "+1", "+44 20", "(212)",
                 "555-1234", "020-7946-0958", "0800 72 4455", "0300.123.4567", "P5+1", "5 + 1", "[3]", "[3, 4]",
                 "[nota 2]", "&amp;", "&#8211;", "COVID-19", "G20", "MH17", "12B", "Windows10", "word", "-", ".", "(",
                 ")", "12", "2019", "0", " ", "\n"]


@pytest.mark.parametrize("name", sorted(patterns.MASKS))
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(MASKED_SHAPES), max_size=10).map("".join))
@example(text="call +1 (212) 555-1234 or 0800 72 4455; see www.x.org, a@b.co [3] &amp; G20 COVID-19 12B")
def test_mask_hint_is_in_every_text_the_mask_matches(name, text):
    if patterns.MASKS[name].search(text):
        assert any(hint.search(text) for hint in patterns.MASK_HINTS[name])


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["1", "12", "23", "2019", ":", "30", ":00", ".", ",", "/", " ", "h", "h30", "a.m.",
                                      "PM", "pm", " o'clock", " GMT", "+3", "a", "\n"]), max_size=14).map("".join))
@example(text="5:30 a.m., 11:00 PM GMT, 18:08:00, 18h30, 3 p.m., 10 o'clock 1:2:3 12:30:45:1")
@example(text="x12:30 /1:30 .1:30 ,1:30 :1:30 11:30 a1 pm 9h05h30")
def test_time_tried_at_its_starts_matches_as_everywhere(text):
    places = [start.start() for start in patterns.TIME_STARTS.finditer(text)]
    for pattern in (patterns.TIME, patterns.HOUR_H):
        fast = [(m.span(), m.group()) for m in patterns.matches_at(pattern, places, text)]
        assert fast == [(m.span(), m.group()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", ["ISO_DATE", "SLASH_DATE", "DASH_DATE", "DOT_DATE"])
@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["1", "12", "2019", "/", ".", "-", "a", " ", "۱"]), max_size=14).map("".join))
@example(text="a.1.1.2019 .12.1.2019 1.1.2019 -2019-1-1 12019-1-1 /1/1/2019 -4-4-2024 2019-04-30")
def test_date_tried_at_date_starts_matches_as_everywhere(name, text):
    places = [start.start() for start in patterns.DATE_STARTS.finditer(text)]
    pattern = getattr(patterns, name)
    fast = [(m.span(), m.groups()) for m in patterns.matches_at(pattern, places, text)]
    assert fast == [(m.span(), m.groups()) for m in pattern.finditer(text)]




GLUED_SHAPES = ["12", "3.2", "1,5", "%", ".", ",", ";", ":", "Growth", "The", "a", "ال", "و", "G", "_", "²", "½", "Ⅻ", " ",
                "-", "۱۲", "\n"]


@pytest.mark.parametrize("language", available())
@settings(max_examples=150, deadline=None)
@given(text=st.lists(st.sampled_from(GLUED_SHAPES), max_size=12).map("".join))
@example(text="ال48 ۲۵۰و Growth3.2% 12%.The G20 a²3 ½4 12_a")
def test_glued_numbers_are_split_as_when_every_run_of_digits_is_looked_at(language, text):
    """split_glued_numbers looks only at the runs of digits tokens._GLUED_RUN finds; looking at every run of digits
    splits the same tokens."""
    lang = load(language)
    words = tokens.tokenize(text, lang.spacy)[0]
    fast = tokens.split_glued_numbers(words, lang.digit_prefixes, lang.joiners, text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens, "_GLUED_RUN", re.compile(r"\d+"))
        assert tokens.split_glued_numbers(words, lang.digit_prefixes, lang.joiners, text) == fast


ERA_SHAPES = ["2019", "1440", "12", "1,200", "ad", "AD", "bce", "ه", "م.", "ش", "d.C.", "a", "\u200c", "-", "%", " ", "\n",
              "۱۴۴۰", "²"]


@pytest.mark.parametrize("language", available())
@settings(max_examples=150, deadline=None)
@given(text=st.lists(st.sampled_from(ERA_SHAPES), max_size=10).map("".join))
@example(text="2019AD 1440ه 1440\u200cه 12ad 1,200ad ۱۴۴۰م.")
def test_glued_eras_are_split_as_when_every_number_is_looked_at(language, text):
    """split_glued_suffixes looks only at the tokens where a run of digits of tokens.glued_runs meets a letter (or at
    every number where a ZWNJ stands); looking at every token that begins with a digit splits the same tokens."""
    lang = load(language)
    folded = fold(text).text
    words = tokens.tokenize(folded, lang.spacy)[0]
    everywhere = tokens.split_glued_suffixes(words, lang.eras)
    assert tokens.split_glued_suffixes(words, lang.eras, folded, tokens.glued_runs(folded)) == everywhere


SENTENCE_SIGNS = [".", "!", "?", "؟", "۔", "...", "…", "»", '"', ")", "(", ":", ";", "\n", "\n\n", " ", "-", "'"]


def _sentence_starts_agree(language: str, text: str) -> None:
    import spacy

    nlp = spacy.blank(load(language).spacy)
    nlp.tokenizer = tokens.news_tokenizer(load(language).spacy)  # the tokens extraction reads (tokens.pipeline)
    nlp.add_pipe("sentencizer")
    found: list[tuple[int, int]] = []
    tokens._tokenize_piece(text, 0, len(text), load(language).spacy, [], found)
    assert [start for start, _ in found] == [sentence[0].idx for sentence in nlp(text).sents]


@pytest.mark.parametrize("language", available())
@ONE_PASS
@given(data=st.data())
def test_sentence_starts_are_the_sentencizers(language, data):
    """tokens._tokenize_piece starts sentences by the sentencizer's rule as it reads the Doc's columns (no line
    breaks given); spaCy's own sentencizer, token by token, must start the same sentences."""
    _sentence_starts_agree(language, "".join(data.draw(
        st.lists(st.one_of(texts(language), st.sampled_from(SENTENCE_SIGNS)), max_size=12))))


@pytest.mark.parametrize("language", available())
def test_sentence_starts_after_a_stop_after_a_number_are_the_sentencizers(language):
    """Found by the property above on a fresh clone: '0.  ' (a stop after a number splits off in every language
    but tr, tokens.news_tokenizer) starts a sentence at 3, which spaCy's own tokenizer, keeping '0.' whole in
    Persian, did not."""
    _sentence_starts_agree(language, "0.  Then 12. And (7). Done")


@pytest.mark.parametrize("language", ["en", "es", "fa"])
def test_mentions_are_made_with_every_field_in_order(language):
    """extract._frozen makes a Mention without its __init__: every field is set, in the order of the
    dataclass, and the mention equals the one its __init__ makes."""
    from dataclasses import fields

    from checker.model import Mention

    text = " ".join(corpus_sentences(language)[:40])
    found = extract(text, language)
    assert found
    for mention in found:
        assert list(vars(mention)) == [f.name for f in fields(Mention)]
        assert Mention(**vars(mention)) == mention


FOLDED_SHAPES = ["a", "A", "é", " ", "\u00a0", "ي", "ى", "ك", "ة", "أ", "٫", "٪", "۱۲", "١٢", "\u200d", "\u200c", "İ", "ﻻ",
                 "ـ", "\u064b", "ﬁ", "Ａ", "%", "\n"]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(FOLDED_SHAPES), max_size=30).map("".join))
@example(text="يكة أ٫٪ ۱۲ ١٢\u00a0İ")
def test_fold_reads_as_a_translation_of_every_character(text):
    """normalize.fold replaces each folded character with str.replace; every character translated at once
    (str.translate of fold_char) gives the same text."""
    from checker.extract.normalize import fold, fold_char

    assert fold(text).text == text.translate({ord(ch): fold_char(ch) for ch in set(text)})


def plain_phrase(ctx, i: int, table, max_tokens: int):
    """Context.phrase as a plain walk: joint keys of up to max_tokens free tokens of one sentence."""
    best, key = None, ""
    for j in range(i, min(i + max_tokens, len(ctx.tokens))):
        if j in ctx.masked or ctx.tokens[j].sentence != ctx.tokens[i].sentence:
            break
        key += ctx.tokens[j].key
        if key in table:
            best = (j + 1, table[key] if isinstance(table, dict) else key)
    return best


@pytest.mark.parametrize("language", ["en", "es", "ar", "fa"])
@ONE_PASS
@given(data=st.data())
def test_phrase_reads_as_a_plain_walk(language, data):
    """Context.phrase decides most tokens at the first or second key, phrase_ending at the last; at every token,
    with every table a rule reads and every length, they find what a walk over all the tokens finds."""
    lang = load(language)
    found = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extraction, "_scan", lambda ctx: found.append(ctx) or [])
        extract(data.draw(texts(language)), language)
    ctx = found[0]
    ctx.masked.update(data.draw(st.sets(st.integers(0, max(len(ctx.tokens) - 1, 0)), max_size=3)))
    for table in (*lang.opening_tables.values(), lang.units, lang.percent, lang.currency_words, lang.weekdays,
                  lang.qualifiers_verbal, lang.reference_words):
        for i in range(len(ctx.tokens)):
            for max_tokens in (1, 2, 4):
                assert ctx.phrase(i, table, max_tokens) == plain_phrase(ctx, i, table, max_tokens)
                assert ctx.phrase_ending(i + 1, table, max_tokens) == plain_phrase_ending(ctx, i + 1, table, max_tokens)


@pytest.mark.parametrize("language", available())
@ONE_PASS
@given(data=st.data())
def test_a_number_of_one_word_reads_as_the_loop_over_words(language, data):
    """numbers._one_word reads a number word that nothing after it goes on at once; parse_words without it
    reads the same at every token."""
    lang, found = load(language), []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extraction, "_scan", lambda ctx: found.append(ctx) or [])
        extract(data.draw(corpus_texts(language) if language in CORPUS_LANGUAGES else texts(language)), language)
    words = found[0].tokens
    fast = [numbers.parse_words(words, i, lang) for i in range(len(words))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numbers, "_one_word", lambda tokens, i, language_data: None)
        assert [numbers.parse_words(words, i, lang) for i in range(len(words))] == fast


def plain_phrase_ending(ctx, end: int, table, max_tokens: int):
    """Context.phrase_ending as a plain walk back from token end - 1."""
    best, key = None, ""
    for i in range(end - 1, max(end - 1 - max_tokens, -1), -1):
        if i in ctx.masked or ctx.tokens[i].sentence != ctx.tokens[end - 1].sentence:
            break
        key = ctx.tokens[i].key + key
        if key in table:
            best = (i, table[key] if isinstance(table, dict) else key)
    return best


@pytest.mark.parametrize("language", available())
@ONE_PASS
@given(data=st.data())
def test_tokenizer_reads_words_as_spacys(language, data):
    """tokens.pipeline's vocabulary computes only the attributes extraction reads of a new word; the columns
    extraction reads from a Doc are those of the same tokenizer with its whole vocabulary."""
    from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, ORTH, SPACY

    pieces = data.draw(st.lists(st.one_of(texts(language), st.sampled_from(SENTENCE_SIGNS + ["\u00a0", "\t"])),
                                max_size=12))
    text = "".join(pieces)
    columns = [IDX, LENGTH, IS_SPACE, SPACY, ORTH, IS_PUNCT]
    whole = tokens.news_tokenizer(load(language).spacy)(text).to_array(columns)
    assert tokens.pipeline(load(language).spacy)(text).to_array(columns).tolist() == whole.tolist()


@pytest.mark.parametrize("language", ["en", "es", "pt", "ar", "fa"])
def test_fold_looks_up_only_characters_it_has_not_met(language, monkeypatch):
    """normalize.fold keeps the characters it has met that fold to themselves: a text of those looks no
    character up again (fold_char), and a character that changes is still folded."""
    from checker.extract import normalize

    text = " ".join(corpus_sentences(language)[:20])
    normalize.fold(text)
    asked: list[str] = []
    real = normalize.fold_char
    monkeypatch.setattr(normalize, "fold_char", lambda ch: asked.append(ch) or real(ch))
    again = normalize.fold(text)
    assert [ch for ch in asked if real(ch) == ch] == []
    assert again.text == text.translate({ord(ch): real(ch) for ch in set(text)})


def paired_keys(language: str) -> list[tuple[str, str]]:
    """(key, next word) of the language: a key that only begins longer phrases or two-word numbers
    (OpeningPlan.paired), and a word of the corpus that joined to it begins none of them."""
    lang = load(language)
    words = sorted({w for s in corpus_sentences(language) for w in s.split() if w.isalpha()})
    found = []
    for word in words:
        key = word.lower()
        if lang.openings(key) and lang.opening_plan(key).paired:
            follower = next(w for w in words if key + w.lower() not in lang.pair_prefixes)
            found.append((word, follower))
    return found[:5]


@pytest.mark.parametrize("language", ["en", "es", "pt", "ar", "fa"])
def test_scan_asks_nothing_of_a_key_whose_pair_begins_nothing(language, monkeypatch):
    """A key that only begins longer phrases ('in', 'en', 'em') opens nothing where joined to the next key it
    begins none: the scan passes it without asking Context.opened."""
    pairs = paired_keys(language)
    assert pairs
    asked: list[int] = []
    real = context.Context.opened
    monkeypatch.setattr(context.Context, "opened", lambda ctx, i: asked.append(i) or real(ctx, i))
    for word, follower in pairs:
        extract(f"{word} {follower}", language)
    assert 0 not in asked


def test_a_mention_holds_the_dict_of_fields_it_is_made_from():
    """extract._frozen gives a Mention the dict of its fields as its __dict__, not a copy of it: updating a new
    object's __dict__ field by field cost twice as long as the rest of making it (one is made for every number
    and date of every text); the Mention equals the one its __init__ makes."""
    from dataclasses import fields

    from checker.model import Interval, Mention

    values = {f.name: f.default for f in fields(Mention)}
    values.update(text="12", start=0, end=2, line=1, column=1, kind="count", value=Interval(12, 12))
    made = extraction._frozen(Mention, values)
    assert vars(made) is values
    assert made == Mention(**values)


@pytest.mark.parametrize("language", ["en", "es", "pt", "ar", "fa"])
@ONE_PASS
@given(data=st.data())
def test_a_table_a_token_does_not_begin_has_no_phrase_there(language, data):
    """Context.begins(i) names the opening tables a phrase of which can begin at token i (quantities.quantity_at
    asks it once instead of walking each table): at every token, an opening table it does not name has no phrase
    there, whatever the masks."""
    lang, found = load(language), []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extraction, "_scan", lambda ctx: found.append(ctx) or [])
        extract(data.draw(corpus_texts(language) if language in CORPUS_LANGUAGES else texts(language)), language)
    ctx = found[0]
    ctx.masked.update(data.draw(st.sets(st.integers(0, max(len(ctx.tokens) - 1, 0)), max_size=3)))
    for i in range(len(ctx.tokens) + 1):  # a qualifier may end the text: what follows it begins nothing
        begun = ctx.begins(i)
        for name, table in lang.opening_tables.items():
            if name not in begun:
                assert all(ctx.phrase(i, table, n) is None for n in (1, 2, 4, 8)), (i, name)


@pytest.mark.parametrize("language", ["en", "es", "pt", "ar", "fa"])
def test_scan_looks_for_no_pseudo_phrase_at_a_key_whose_pair_begins_nothing(language, monkeypatch):
    """Where a key that only begins longer phrases begins none joined to the next key, no pseudo phrase longer
    than the key alone starts there, and one of the key alone would skip no token after it: the scan passes the
    key before looking for one."""
    pairs = paired_keys(language)
    assert pairs
    pseudo, asked = load(language).pseudo, []
    real = context.Context.phrase
    monkeypatch.setattr(context.Context, "phrase",
                        lambda ctx, i, table, max_tokens=5: (asked.append(i) if table is pseudo else None)
                        or real(ctx, i, table, max_tokens))
    for word, follower in pairs:
        extract(f"{word} {follower}", language)
    assert 0 not in asked
