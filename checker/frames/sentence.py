"""A sentence as tokens, and the phrase and clause helpers every frame rule uses: `tokenize_sentence`, the
phrase of a word list in a span of tokens (`_phrase`, `_phrases`, `first_phrase`, `clause_opening`), the clause
and parts of a sentence (`_clause`, `_sentence_parts`), token distances, and `language_data` (a language's file, or
None when factlint has none).
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..concepts import (WORD_TOKEN, conjunctions, day_concepts, find_concepts, fold_key, forms, name_links,
                        relation_words, subordinators, tally_words)
from ..extract.lexicon import load as load_language
from ..model import Mention, Seed


# Tokens either side of a mention that can say what it measures (its clause).
REACH = 8
# Signs that end a clause: a measure beyond one belongs to another clause.
CLAUSE_BREAKS = frozenset(";:()[]؛—–|")
# Signs after a dateline's date ("RABAT, Sept 9 - ...").
DASHES = frozenset("-–—")
# Signs that end a part of a clause (as the concepts file's conjunctions do): a measure beyond one is
# only taken when none stands in the mention's own part.
PART_BREAKS = frozenset(",،")
# A token: a number with group separators ("16,384,402", "1.500", "۱۲٬۵۰۰": one word, so a clause's reach counts it
# once: "16,384,402 of the total 30,573,931 votes"), an abbreviation of dotted letters ("U.S.", "a.m.": one word, so it
# stretches no distance and breaks no clause), a word (concepts.WORD_TOKEN: with its inner apostrophes, hyphens, ZWNJ
# and combining marks), or one mark.
TOKEN = re.compile(r"\d{1,3}(?:[,.٬]\d{3})+(?![\d,.٬]\d)|(?:[^\W\d_]\.){2,}|" + WORD_TOKEN.pattern + r"|[^\w\s]")


@dataclass(frozen=True)
class _Sentence:
    tokens: tuple[str, ...]  # as written
    keys: tuple[str, ...]  # folded, lower case
    starts: tuple[int, ...]  # offsets in the sentence
    breaks: tuple[int, ...]  # indexes of clause-break tokens
    # What the helpers below worked out for the sentence, kept for its other mentions (_memo): the keys its phrases
    # are looked up under, the phrases of each word list, its parts.
    memo: dict = field(default_factory=dict, compare=False, repr=False)


@lru_cache(maxsize=512)
def tokenize_sentence(text: str) -> _Sentence:
    matches = list(TOKEN.finditer(text))
    tokens = tuple(m.group() for m in matches)
    keys = tuple(fold_key(t) for t in tokens)
    breaks = tuple(i for i, t in enumerate(tokens) if t in CLAUSE_BREAKS)
    return _Sentence(tokens, keys, tuple(m.start() for m in matches), breaks)


def _span_tokens(sentence: _Sentence, start: int, end: int) -> tuple[int, int]:
    """The first and last token starting in [start, end) of the sentence, else the last token starting at or before
    start ((0, 0) when none); the tokens' starts are sorted, so both are found by bisection."""
    first, after = bisect_left(sentence.starts, start), bisect_left(sentence.starts, end)
    if first < after:
        return first, after - 1
    before = bisect_right(sentence.starts, start) - 1
    return (before, before) if before >= 0 else (0, 0)


def _offset(seed: Seed, mention: Mention) -> int:
    """Where the mention's sentence starts in the seed's text (its sentence text may be trimmed)."""
    where = seed.text.find(mention.sentence, mention.sentence_start) if mention.sentence else -1
    if where >= 0:
        return where
    inside = mention_at(mention)  # a sentence whose spaces were tidied: find the mention in it
    return mention.start - inside if inside >= 0 else mention.sentence_start


def mention_at(mention: Mention) -> int:
    """Where the mention's text stands in its sentence: at its own offset where the sentence keeps the text's spacing
    ("In 12 towns, 12 people died": the second 12), else its first occurrence as a word of its own (a sentence whose
    spaces were tidied: "dos", not the end of "trasladados"); -1 when it is not there."""
    if not mention.text:
        return -1
    at = mention.start - mention.sentence_start
    if at >= 0 and mention.sentence.startswith(mention.text, at):
        return at
    found = alone(mention.text).search(mention.sentence)
    return found.start() if found else -1


@lru_cache(maxsize=4096)
def alone(text: str) -> re.Pattern:
    """A text as a word of its own: no word character right before or after it ("dos", not the end of
    "trasladados"); compiled once a text (mentions' texts recur from seed to seed)."""
    return re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")


# The most tokens a phrase of a word list spans that is looked up in a sentence's index (_spans).
PHRASE_TOKENS = 3


def _memo(sentence: _Sentence, key: tuple, compute):
    """What `compute()` gives for the sentence and key, worked out once a sentence (its mentions share it)."""
    memo = sentence.memo
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _lookup_keys(sentence: _Sentence, start: int, end: int, language: str, clitics: bool) -> set:
    """The keys under which tokens start..end, joined, are looked up in a word list: the tokens' keys without
    spaces, and when the phrase is a single token (or with `clitics`) the first token in any of its forms."""
    rest = "".join(sentence.keys[start + 1:end + 1]).replace(" ", "")
    keys = {sentence.keys[start].replace(" ", "") + rest}
    if start == end or clitics:
        keys.update(form + rest for form in forms(sentence.keys[start], language))
    return keys


def _spans(sentence: _Sentence, words: frozenset, language: str, clitics: bool = False) -> tuple:
    """The spans (first, last token) of at most PHRASE_TOKENS tokens that name one of `words` (_names_one_of),
    by their first token, the longest first: those of every word list known (_WordLists) found at once a sentence
    (_hits), a list met for the first time after the sentence's were found with them found again."""
    lists = _word_lists(language, clitics)
    number = lists.number(words)
    if number < 0:  # more lists than the table keeps: this one looked up by itself, span by span
        return _memo(sentence, ("spans", words, language, clitics), lambda: _spans_of(
            (i, j) for i in range(len(sentence.tokens)) for j in range(i, min(i + PHRASE_TOKENS, len(sentence.tokens)))
            if _lookup_keys(sentence, i, j, language, clitics) & words))
    key = ("hits", language, clitics)
    hits = sentence.memo.get(key)
    if hits is None or number >= hits[0]:
        known = len(lists.numbers)  # every list numbered below is in lists.holding already
        hits = sentence.memo[key] = (known, _hits(sentence, language, clitics, lists.holding))
    return hits[1].get(number, ())


def _spans_of(found) -> tuple:
    return tuple(sorted(found, key=lambda span: (span[0], -span[1])))


def _hits(sentence: _Sentence, language: str, clitics: bool, holding: dict) -> dict:
    """{number of a word list: its spans in the sentence (_spans)}: every span of the sentence looked up once, under
    each of its keys (_span_keys), in the table of every word list known (_WordLists.holding)."""
    found: dict = {}
    for key, i, j, with_clitic in _span_keys(sentence, language):
        if clitics or not with_clitic:
            for number in holding.get(key, ()):
                found.setdefault(number, set()).add((i, j))
    return {number: _spans_of(spans) for number, spans in found.items()}


def _span_keys(sentence: _Sentence, language: str) -> tuple:
    """(key, first, last token, whether only a phrase read with a clitic on its first word has it) for every span of
    at most PHRASE_TOKENS tokens, under each key _lookup_keys gives it: worked out once a sentence (each token's forms
    found once)."""
    def build() -> tuple:
        found = []
        keys = [key.replace(" ", "") for key in sentence.keys]
        for i, key in enumerate(sentence.keys):
            heads = tuple(dict.fromkeys((keys[i],) + forms(key, language)))
            rest = ""
            for j in range(i, min(i + PHRASE_TOKENS, len(keys))):
                rest += keys[j] if j > i else ""
                found += ((head + rest, i, j, j > i and n > 0) for n, head in enumerate(heads))
        return tuple(found)
    return _memo(sentence, ("span keys", language), build)


# The most word lists numbered in one language's table (_WordLists); a list beyond is looked up by itself. Framing
# looks up a few hundred, the same in every seed.
MOST_WORD_LISTS = 4096


class _WordLists:
    """The word lists looked up in one language (with or without clitics), numbered as they are first met, and for
    each key the numbers of the lists that hold it: a sentence's keys are looked up once for all of them (_hits)."""

    def __init__(self) -> None:
        self.numbers: dict = {}  # word list -> its number
        self.holding: dict = {}  # key -> numbers of the lists holding it
        self._lock = threading.Lock()  # a process may frame seeds in threads (a Dask worker)

    def number(self, words: frozenset) -> int:
        """The list's number (numbered now if new), -1 when the table holds MOST_WORD_LISTS lists already."""
        number = self.numbers.get(words)
        if number is not None:
            return number
        with self._lock:
            if words in self.numbers:
                return self.numbers[words]
            if len(self.numbers) >= MOST_WORD_LISTS:
                return -1
            number = len(self.numbers)
            for key in words:
                self.holding[key] = self.holding.get(key, ()) + (number,)
            self.numbers[words] = number  # numbered once its keys are held
            return number


_WORD_LISTS: dict = {}


def _word_lists(language: str, clitics: bool) -> _WordLists:
    lists = _WORD_LISTS.get((language, clitics))
    if lists is None:
        lists = _WORD_LISTS.setdefault((language, clitics), _WordLists())
    return lists


def _names_one_of(sentence: "_Sentence", start: int, end: int, words: frozenset, language: str,
                  clitics: bool = False) -> bool:
    """Whether tokens start..end, joined, are one of `words` (a single token also in any of its forms; with
    `clitics`, the first token of a longer phrase too: "بالجولة الثانية" is "الجولة الثانية")."""
    if not words:
        return False
    if 0 <= start <= end < min(len(sentence.tokens), start + PHRASE_TOKENS):
        return (start, end) in _span_set(sentence, words, language, clitics)
    return bool(_lookup_keys(sentence, start, end, language, clitics) & words)


def _span_set(sentence: _Sentence, words: frozenset, language: str, clitics: bool) -> frozenset:
    key = ("set", words, language, clitics)
    found = sentence.memo.get(key)
    if found is None:
        found = sentence.memo[key] = frozenset(_spans(sentence, words, language, clitics))
    return found


# Tokens at most between a tally's head and the event its complement names ("the death toll in the Wayanad
# landslides", "el balance de muertos del atentado", "شمار کشته‌های رانش زمین").
TALLY_OF_REACH = 4


def tally_of_event(text: str, cue: tuple[int, int], day: tuple[int, int], language: str) -> str:
    """The head of the tally whose complement names an event's cue (characters cue[0]..cue[1] of the text) when a day
    (day[0]..day[1]) of the same clause stands outside that tally's words: the clause is about the count, and its day
    is the day the count was given ("Officials put the death toll in the Tarsen bombing at 31 on Monday", "cifraron el
    lunes en 31 el número de muertos del atentado"); '' when the cue is no tally's complement, or the day belongs to the
    event's words: written inside the tally, right after the cue (or after a linking word: "the bombing of 6 March",
    "del jueves"), or in a clause opened after the cue ("the bombing that hit Tarsen on Thursday")."""
    sentence = tokenize_sentence(text)
    first, last = _span_tokens(sentence, cue[0], cue[1])
    day_first, day_last = _span_tokens(sentence, day[0], day[1])
    head = next(((i, j) for i, j in reversed(_phrases(sentence, tally_words("head", language), language))
                 if j < first and first - j - 1 <= TALLY_OF_REACH
                 and not any(sentence.tokens[k] in PART_BREAKS for k in range(j + 1, first))), None)
    if head is None or head[0] <= day_first <= last:
        return ""
    low, high = (last, day_first) if day_first > last else (day_last, head[0])
    if any(sentence.tokens[k] in CLAUSE_BREAKS or sentence.tokens[k] in PART_BREAKS for k in range(low + 1, high)):
        return ""  # another clause (or part) of the sentence
    if day_first > last:
        data = language_data(language)
        day_nouns = {key for key, unit in (data.durations if data is not None else {}).items() if unit == "day"}
        if all(key in name_links() or key in day_nouns for key in sentence.keys[last + 1:day_first]):
            return ""  # the event's own day ("the bombing of 6 March", "تفجير يوم الخميس")
        verbs = find_concepts(sentence.tokens[last + 1:day_first], language, days=True)
        if _phrase(sentence, last + 1, day_first - 1, subordinators(language), language) \
                or any(hit.concept in day_concepts() and not hit.near for hit in verbs):
            return ""  # a clause of the event's own verb ("that hit Tarsen on Thursday")
    return " ".join(sentence.tokens[head[0]:head[1] + 1])


def first_phrase(text: str, words: frozenset, language: str) -> str:
    """The first phrase of `words` in a text (up to three tokens, a single token in any of its forms), '' when none."""
    return _phrase(tokenize_sentence(text), 0, None, words, language)


# Tokens after a subordinator within which a number makes it a preposition of a time ("after 4 pm", "después de
# las 16.00"), opening no clause.
TIME_AFTER_OPENING = 2


def clause_opening(text: str, words: frozenset, language: str) -> str:
    """The first phrase of `words` (subordinators) in a text that opens a clause: not one a number follows within
    TIME_AFTER_OPENING tokens ("after 4 pm" is a time); '' when none."""
    sentence = tokenize_sentence(text)
    for i, j in _phrases(sentence, words, language):
        following = sentence.tokens[j + 1:j + 1 + TIME_AFTER_OPENING]
        if not any(token[:1].isdigit() for token in following):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def clause_opened(sentence: "_Sentence", lo: int, hi: int, words: frozenset, language: str) -> str:
    """clause_opening on tokens lo..hi of a sentence already read (its word lists' spans are read once a
    sentence): the first phrase of `words` there that no number follows within TIME_AFTER_OPENING tokens."""
    for i, j in _spans(sentence, words, language):
        if lo <= i and j <= hi and not any(t[:1].isdigit() for t in sentence.tokens[j + 1:j + 1 + TIME_AFTER_OPENING]):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _phrase(sentence: "_Sentence", lo: int, hi: Optional[int], words: frozenset, language: str,
            skip: range = range(0)) -> str:
    """The first phrase of `words` (up to three tokens, a single token in any of its forms) in tokens lo..hi."""
    if not words:
        return ""
    hi = len(sentence.tokens) - 1 if hi is None else hi
    for i, j in _spans(sentence, words, language):
        if lo <= i and j <= hi and not any(k in skip for k in range(i, j + 1)):
            return " ".join(sentence.tokens[i:j + 1])
    return ""


def _sentence_parts(sentence: _Sentence, language: str) -> list[tuple[int, int]]:
    """The parts of a sentence between commas, clause breaks and conjunctions, as first and last token."""
    return list(_memo(sentence, ("parts", language), lambda: _parts(sentence, language)))


def _parts(sentence: _Sentence, language: str) -> tuple[tuple[int, int], ...]:
    parts, start = [], 0
    tokens = sentence.tokens
    joining = conjunctions(language)
    for i, token in enumerate(tokens):
        if token in PART_BREAKS and 0 < i < len(tokens) - 1 and tokens[i - 1].isdigit() and tokens[i + 1].isdigit():
            continue  # a thousands separator ("1,293")
        if token in PART_BREAKS or token in CLAUSE_BREAKS or sentence.keys[i] in joining:
            if i > start:
                parts.append((start, i - 1))
            start = i + 1
    if start < len(sentence.tokens):
        parts.append((start, len(sentence.tokens) - 1))
    return tuple(parts)


def _part_of(parts: list[tuple[int, int]], token: int) -> int:
    return next((n for n, (lo, hi) in enumerate(parts) if lo <= token <= hi), -1)


# A sentence ends at one of these followed by a space, or at a line break.
SENTENCE_END = re.compile(r"[.!?؟](?=\s)|\n")


def _part_bounds(sentence: _Sentence, first: int, last: int, language: str) -> tuple[int, int]:
    """The first token of the part holding token `first` and the last of the part holding token `last` (parts end
    at commas, clause breaks and conjunctions; a thousands separator is none)."""
    parts = _sentence_parts(sentence, language)
    lo = next((p[0] for p in parts if p[0] <= first <= p[1]), first)
    hi = next((p[1] for p in parts if p[0] <= last <= p[1]), last)
    return lo, hi


def _phrases(sentence: _Sentence, words: frozenset, language: str, clitics: bool = False) -> list[tuple[int, int]]:
    """Every phrase of `words` in the sentence (up to three tokens, a single token in any of its forms, and with
    `clitics` the first token of a longer one), as its first and last token, the longest at each place."""
    found = []
    for i, j in _spans(sentence, words, language, clitics):
        if not found or found[-1][0] != i:
            found.append((i, j))
    return found


# Tokens that may stand between a relation phrase and its number ("a margin of about 2 million").
RELATION_GAP = 2


def _just_before(sentence: _Sentence, first: int, words: frozenset, language: str) -> str:
    """A phrase of `words` (up to three tokens, a single token in any of its forms) ending at most
    RELATION_GAP tokens before the mention's first token, the nearest, then the longest; '' when none."""
    if not words:
        return ""
    best = None
    for i, j in _spans(sentence, words, language):  # by their first token
        if i >= first:
            break
        if first - RELATION_GAP - 1 <= j < first and (best is None or j > best[1]):
            best = (i, j)
    return " ".join(sentence.tokens[best[0]:best[1] + 1]) if best else ""


def _won_by(sentence: _Sentence, lo: int, first: int, language: str) -> str:
    """A difference written around its clause: a word of `won_by` at most RELATION_GAP tokens before the mention's
    first token and a verb of winning (`won`) before it in the mention's clause (from token lo): "Orsen won the runoff
    by 50,000 votes", "ganó la segunda vuelta por 50.000 votos" (concepts.yaml relations). '' when none."""
    by, won = relation_words("won_by", language), relation_words("won", language)
    for end in range(first - 1, max(lo - 1, first - RELATION_GAP - 2), -1):
        if _names_one_of(sentence, end, end, by, language):
            for k in range(end - 1, lo - 1, -1):
                for n in (2, 1):
                    if k - n + 1 >= lo and _names_one_of(sentence, k - n + 1, k, won, language):
                        return f"{' '.join(sentence.tokens[k - n + 1:k + 1])} ... {sentence.tokens[end]}"
            return ""
    return ""


def _won_with(sentence: _Sentence, lo: int, hi: int, first: int, last: int, language: str) -> str:
    """A share written as a win "with" it: a word of `won_with` at most RELATION_GAP tokens before the percent and a
    verb of winning (`won`) in its clause, before or after it: "Orsen re-elected with 90.7% on record-low turnout",
    "ganó con el 55 %", "با ۵۵ درصد پیروز شد" (concepts.yaml relations). '' when none."""
    with_ = _just_before(sentence, first, relation_words("won_with", language), language)
    if not with_:
        return ""
    won = relation_words("won", language)
    for k in [k for k in range(first - 1, lo - 1, -1)] + list(range(last + 1, hi + 1)):
        for n in (2, 1):
            if lo <= k - n + 1 and k <= hi and not (first <= k and k - n + 1 <= last) \
                    and _names_one_of(sentence, k - n + 1, k, won, language):
                return f"{' '.join(sentence.tokens[k - n + 1:k + 1])} ... {with_}"
    return ""


def _ending_before(sentence: _Sentence, first: int, words: frozenset, language: str, start: int = 0,
                   most: int = 3) -> str:
    """A phrase of `words` (up to `most` tokens, none before token `start`) ending right before token `first`, the
    longest first; '' when none."""
    if not words:
        return ""
    if 0 <= start and most <= PHRASE_TOKENS:  # the sentence's spans of the list, found once
        found = [i for i, j in _spans(sentence, words, language) if j == first - 1 and i >= max(start, first - most)]
        return " ".join(sentence.tokens[found[0]:first]) if found else ""
    for n in range(most, 0, -1):
        if first - n >= start and _names_one_of(sentence, first - n, first - 1, words, language):
            return " ".join(sentence.tokens[first - n:first])
    return ""


def _starts_phrase(sentence: _Sentence, i: int, words: frozenset, language: str) -> bool:
    """Whether a phrase of `words` (up to three tokens) starts at token i."""
    return any(_names_one_of(sentence, i, min(i + n - 1, len(sentence.tokens) - 1), words, language) for n in (3, 2, 1))


def _clause(sentence: _Sentence, first: int, last: int) -> tuple[int, int]:
    """The tokens the mention's clause may span: REACH either side, not across a clause break."""
    lo, hi = max(0, first - REACH), min(len(sentence.tokens) - 1, last + REACH)
    for b in sentence.breaks:
        if b < first:
            lo = max(lo, b + 1)
        elif b > last:
            hi = min(hi, b - 1)
    return lo, hi


def _distance(i: int, j: int, first: int, last: int) -> int:
    return first - j if j < first else (i - last if i > last else 0)


@lru_cache(maxsize=None)
def language_data(language: str):
    """The language file's data, None for a language factlint has no data for (a seed still checked for digits)."""
    try:
        return load_language(language)
    except ValueError:
        return None


def _capitalizes(language: str) -> bool:
    data = language_data(language)
    return data is not None and bool(data.capitalized_names)
