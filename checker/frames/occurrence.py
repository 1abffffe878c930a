"""Whose number it is: another occurrence's than the event's own (`_occurrence`, `_occurrence_after`,
`_day_occurrence`, `_foreshock`, a new occurrence in the headline), a projection (`_projection`), a number in
passing about another event (`in_passing`, `mention_in_passing`), or a date that is a point of comparison
(`_comparison`: "the worst since 1957").
"""
from __future__ import annotations

from typing import Sequence

from ..concepts import (comparison_words, concepts_of_word, event_kinds_named, measure_classes, name_forms, occurrence_words,
                        projection_pseudo, projection_sources, projection_words, reporting_phrases, round_names, round_words)
from ..model import Mention, Seed
from .sentence import (CLAUSE_BREAKS, DASHES, _Sentence, _just_before, _names_one_of, _offset, _phrase, _phrases, _spans,
                       _span_tokens, _starts_phrase, tokenize_sentence)


def _headline_occurrence(seed: Seed) -> str:
    """A phrase of a new occurrence in the seed's headline (its first line, before a blank line: "New
    earthquake hits Herat"), '' when none: the article is about that new occurrence."""
    lines = seed.text.lstrip().split("\n", 2)
    if len(lines) < 3 or lines[1].strip() or not lines[0].strip():
        return ""
    found = _phrase(tokenize_sentence(lines[0].strip()), 0, None, occurrence_words("new", seed.language), seed.language)
    return f"{found} (headline)" if found else ""


def headline_anniversary(seed: Seed, years: Sequence[Mention]) -> tuple[str, int, int]:
    """The words of an anniversary in the seed's headline (its first line) and where they stand in the seed, ('', -1, -1)
    when none: an `anniversary` phrase ("dixième anniversaire", "الذكرى العاشرة", "سالگرد"), or a `years_later` phrase
    after which the headline names no year (`years`, the seed's dates: "Kaga remembers its earthquake, ten years on",
    not "Quake hits Kaga, ten years after the 2021 disaster", which names that disaster in passing); concepts.yaml
    `occurrences`."""
    text = seed.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    sentence = tokenize_sentence(text[start:end])
    found = [(i, j) for i, j in _phrases(sentence, occurrence_words("anniversary", seed.language), seed.language)]
    for i, j in _phrases(sentence, occurrence_words("years_later", seed.language), seed.language):
        after = start + sentence.starts[j] + len(sentence.tokens[j])
        if not any(after <= m.start < end for m in years):
            found.append((i, j))
    if not found:
        return "", -1, -1
    i, j = found[0]
    return (" ".join(sentence.tokens[i:j + 1]), start + sentence.starts[i],
            start + sentence.starts[j] + len(sentence.tokens[j]))


def _recap(sentence: _Sentence, language: str) -> str:
    """A phrase of the sentence naming the event's first, main or earlier occurrence ("the first earthquake",
    "el primer terremoto", "الزلزال الأول"; concepts.yaml `occurrences: recap`), '' when none: in an article about a
    new occurrence, that sentence recaps the event."""
    return _phrase(sentence, 0, None, occurrence_words("recap", language), language)


def _comparison(sentence: _Sentence, first: int, language: str) -> str:
    """The words that make a date a point of comparison: a `since` word at most RELATION_GAP tokens before it
    and a superlative before that in its sentence ("the worst flood since 1957"), '' when none."""
    since = _just_before(sentence, first, comparison_words("since", language), language)
    if not since:
        return ""
    superlative = _phrase(sentence, 0, first - 1, comparison_words("superlatives", language), language)
    return f"{superlative} ... {since}" if superlative else ""


# Tokens after a comparison phrase within which a name is named in passing ("the deadliest since the quake that
# struck Nepal's Jajarkot district").
PASSING_REACH = 12


def in_passing(sentence: _Sentence, first: int, language: str) -> str:
    """The words that name the token `first` in passing, as a point of comparison, '' when none: the nearest
    phrase before it (at most PASSING_REACH tokens, no clause break between) of concepts.yaml `comparisons:
    recalls` ("in scenes that recalled the quake that hit Jajarkot"), or a `since` word after a superlative of
    its sentence ("the deadliest since the one that struck Nepal", "الأكثر دموية منذ الزلزال الذي ضرب نيبال")."""
    recalls = comparison_words("recalls", language)
    since = comparison_words("since", language)
    for i, j in reversed(_phrases(sentence, recalls | since, language)):
        if j >= first or first - j > PASSING_REACH:
            continue
        if any(sentence.tokens[k] in CLAUSE_BREAKS for k in range(j + 1, first)):
            return ""
        words = " ".join(sentence.tokens[i:j + 1])
        if _names_one_of(sentence, i, j, recalls, language):
            return words
        superlative = _phrase(sentence, 0, i - 1, comparison_words("superlatives", language), language)
        if superlative:
            return f"{superlative} ... {words}"
    return ""


def mention_in_passing(seed: Seed, mention: Mention) -> str:
    """The words that name a mention in passing, as a point of comparison ("the deadliest since the quake of 3
    November"), '' when none (in_passing, at the mention's first token)."""
    sentence = tokenize_sentence(mention.sentence)
    base = _offset(seed, mention)
    return in_passing(sentence, _span_tokens(sentence, mention.start - base, mention.end - base)[0], mention.language)


def _occurrence(sentence: _Sentence, first: int, language: str) -> str:
    """The words marking the number as another occurrence's (an aftershock's), '' when none: walking back
    to the sentence's start, the first occurrence phrase decides (concepts.yaml, `occurrences`): of the sentence's
    phrases of either kind ending before the number, the one ending nearest it, the longest there, another
    occurrence's before the event's own."""
    sub, main = occurrence_words("sub", language), occurrence_words("main", language)
    if not sub:
        return ""
    found = [(j, -i, 1, i) for i, j in _spans(sentence, sub, language) if j < first]
    found += [(j, -i, 0, i) for i, j in _spans(sentence, main, language) if j < first]
    if not found:
        return ""
    j, _, another, i = max(found)
    return " ".join(sentence.tokens[i:j + 1]) if another else ""


# Tokens after a measurement within which the occurrence it measures is named ("a 6.4-magnitude aftershock").
OCCURRENCE_AFTER = 3


def _occurrence_after(sentence: _Sentence, mention: Mention, last: int, measures: tuple) -> str:
    """The words of another occurrence right after a measurement ("a 6.4 aftershock", "a magnitude 6.4
    aftershock", "a 6.4-magnitude aftershock"): a `sub` phrase of concepts.yaml `occurrences` starting at most
    OCCURRENCE_AFTER tokens after the number, only hyphens and measure words between, when the number measures
    (it is written with decimals, or a word of a measurement stands next to it); '' when none. A count of them
    ("155 aftershocks") is no value of another occurrence: it counts them."""
    measured = {e.what for e in measures if e.distance <= 1} & measure_classes().get("measurements", frozenset())
    if not measured and (mention.precision is None or mention.precision >= 1):
        return ""
    sub = occurrence_words("sub", mention.language)
    for k in range(last + 1, min(len(sentence.tokens), last + 1 + OCCURRENCE_AFTER)):
        if _starts_phrase(sentence, k, sub, mention.language):
            return sentence.tokens[k]
        if sentence.tokens[k] not in DASHES and not concepts_of_word(mention.language, sentence.keys[k]):
            return ""
    return ""


def _day_occurrence(sentence: _Sentence, first: int, last: int, hi: int, language: str) -> str:
    """For a date, the words marking it as another occurrence's day (an aftershock's, a foreshock's), '' when none:
    the nearest occurrence phrase before it in its sentence decides, else the first after it in its clause ("On
    Friday a strong aftershock hit"); a phrase of the event's own ("the earthquake") or of a round ("a second
    round": the round rule decides) makes it none (concepts.yaml `occurrences`, `rounds`). An occurrence phrase that
    holds the event's noun ("a new earthquake", "un nuevo terremoto") is another occurrence's, not the event's."""
    sub = occurrence_words("sub", language)
    if not sub:
        return ""
    rounds = _phrases(sentence, frozenset().union(*(round_words(which, language) for which in round_names())), language)
    subs = [(i, j) for i, j in _phrases(sentence, sub, language) + _novel_kinds(sentence, language)
            if not any(i <= b and a <= j for a, b in rounds)]
    owns = rounds + [(i, j) for i, j in _phrases(sentence, occurrence_words("main", language), language)
                     if not any(a <= i and j <= b for a, b in subs)]
    phrases = [(i, j, False) for i, j in owns] + [
        (i, j, True) for i, j in subs if not any(i <= b and a <= j for a, b in owns)]
    before = [p for p in phrases if p[1] < first]
    after = [p for p in phrases if last < p[0] <= hi]
    nearest = max(before, key=lambda p: p[1], default=None) or min(after, key=lambda p: p[0], default=None)
    return " ".join(sentence.tokens[nearest[0]:nearest[1] + 1]) if nearest and nearest[2] else ""


def _novel_kinds(sentence: _Sentence, language: str) -> list[tuple[int, int]]:
    """Every phrase of a word of novelty (concepts.yaml `occurrences: novel`) right before or right after a noun of a
    kind of event (`event_kinds`: "new storms", "nuevas tormentas", "عواصف جديدة", "طوفان جدید"), as its first and
    last token: another occurrence of that kind, whatever the kind."""
    novel = occurrence_words("novel", language)
    keys, found = sentence.keys, []
    for i, _ in _phrases(sentence, novel, language):
        for span in ((i + 1, i + 2), (i + 1, i + 1), (i - 2, i - 1), (i - 1, i - 1)):
            lo, hi = span
            if 0 <= lo <= hi < len(keys) and any(words == " ".join(keys[lo:hi + 1])
                                                   for _, words in event_kinds_named(tuple(keys[lo:hi + 1]), language)):
                found.append((min(i, lo), max(i, hi)))
                break
    return found


# Tokens after a `followed_by` phrase within which the stronger occurrence is named.
FOLLOW_REACH = 6


def _foreshock(sentence: _Sentence, mention: Mention, last: int, neighbours: list[Mention], base: int) -> str:
    """The words marking the number as a foreshock's: after it, a `followed_by` phrase, then a `stronger` word or a
    larger number of its kind before any other quantity or clause break (concepts.yaml `occurrences`); '' when
    none ("followed by another quake of 5.1" is an aftershock's: the main shock keeps its number)."""
    language = mention.language
    follow = occurrence_words("followed_by", language)
    if not follow:
        return ""
    stronger = occurrence_words("stronger", language)
    numbers = {_span_tokens(sentence, m.start - base, m.end - base)[0]: m for m in neighbours
               if m is not mention and m.kind != "date"}
    for k, j in _phrases(sentence, follow, language):
        if k <= last:
            continue
        for m in range(j + 1, min(len(sentence.tokens), j + 1 + FOLLOW_REACH)):
            if sentence.tokens[m] in CLAUSE_BREAKS:
                return ""
            if m in numbers:
                other = numbers[m]
                larger = other.kind == mention.kind and other.value.low > mention.value.high
                return " ".join(sentence.tokens[k:m + 1]) if larger else ""
            if _starts_phrase(sentence, m, stronger, language):
                return " ".join(sentence.tokens[k:m + 1])
        return ""
    return ""


# A projection source (concepts.yaml `projection_sources`) among the first SOURCE_OPENING tokens of a sentence is its
# subject, and one at most SOURCE_REACH tokens after a reporting word the source its figures are attributed to.
SOURCE_OPENING = 2
SOURCE_REACH = 2


def _projection(sentence: _Sentence, lo: int, hi: int, language: str, first: int, last: int) -> str:
    """The first projection word of the clause (outside the mention), else the one its sentence's figures are attributed
    to (_source); '' when none."""
    words = projection_words(language)
    if not words:
        return ""
    pseudo = projection_pseudo(language)
    for i in range(lo, hi + 1):
        if first <= i <= last or not _projects(sentence, i, hi, words, pseudo, language):
            continue
        return sentence.tokens[i]  # its forms: a clitic or a suffix off ("لاستطلاعات", "نظرسنجی‌های")
    return _source(sentence, projection_sources(language), pseudo, language, first, last)


def _projects(sentence: _Sentence, i: int, hi: int, words: frozenset, pseudo: frozenset, language: str) -> bool:
    """Whether token i is (or opens) a projection word ("called to the polls": no poll)."""
    if i > 0 and sentence.keys[i - 1] + sentence.keys[i].replace(" ", "") in pseudo:
        return False
    return not words.isdisjoint(name_forms(sentence.tokens[i], language)) or \
        (i < hi and sentence.keys[i] + sentence.keys[i + 1].replace(" ", "") in words)


def _source(sentence: _Sentence, words: frozenset, pseudo: frozenset, language: str, first: int, last: int) -> str:
    """The projection source (words) the sentence's figures come from: its subject (among its first SOURCE_OPENING
    tokens: "The poll put Dara on 3.9%") or the source a reporting word attributes them to (SOURCE_REACH tokens after
    it: "..., according to an exit poll"); '' when none."""
    hi = len(sentence.tokens) - 1
    for i in range(min(SOURCE_OPENING, hi + 1)):
        if not first <= i <= last and _projects(sentence, i, hi, words, pseudo, language):
            return sentence.tokens[i]
    for i, j in _phrases(sentence, reporting_phrases(language), language):
        for k in range(j + 1, min(j + 1 + SOURCE_REACH, hi + 1)):
            if not first <= k <= last and _projects(sentence, k, hi, words, pseudo, language):
                return sentence.tokens[k]
    return ""
