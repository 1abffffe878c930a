"""The terms of a claim's sentence, what a pair of claims has in common (checker/cluster.py scores them):
`Vocabulary` (units tables, the sheets' aliases and cues), `terms` (concepts, cues, names and words near the
mention), `canonical_unit`, and the terms computed with a seed (`claim_terms`, `known_terms`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from ..extract.normalize import ZWNJ, joint_key
from ..frames import language_data
from ..link import WORD, cue_pattern, cue_word, read_unit, sentence_key
from ..model import Fact, Mention, SeedResult
from .build import claims_of
from .claim import Claim
from .wholes import _whole_noun
from .words import TOKEN, _folded, _key, _stop_words


# What each shared term adds to a pair's score (checker/cluster.py explains the scoring).
CONCEPT_SCORE = 0.30
NAME_SCORE = 0.30
WORD_SCORE = 0.15
# Words shorter than this are not terms.
MIN_WORD = 3
# A units-table word or unit alias is a concept of the claim within this many tokens of the mention
# (its clause); further away it names something else ("troops" three clauses after "last week").
CONCEPT_REACH = 6
# Kinds whose unit is part of the block; durations are all compared in seconds.
UNIT_KINDS = ("count", "number", "ordinal", "money", "percent")
DIGIT = re.compile(r"\d")
POSSESSIVE = ("'s", "’s")


@dataclass(frozen=True)
class Term:
    key: str  # "u:dead", "c:<fact id>", or the folded word
    weight: float
    surface: str  # as written in the sentence (folded, lower case): usable as a cue
    distance: int  # tokens between the term and the mention


def claim_terms(result: SeedResult, vocabulary: "Vocabulary", claims: Optional[Sequence[Claim]] = None) -> tuple:
    """The terms of each claim of one seed's result: ((start, end, ((key, weight), ...)), ...), for
    SeedResult.claim_terms (computed with the seed, so grouping does not compute them again)."""
    return tuple((claim.mention.start, claim.mention.end,
                  tuple((key, term.weight) for key, term in terms(claim, vocabulary).items()))
                 for claim in (claims_of([result]) if claims is None else claims))


def known_terms(results: Iterable[SeedResult]) -> dict:
    """{(seed id, start, end): {term key: weight}} of the claims whose terms their results carry."""
    return {(result.seed.id, start, end): dict(weights)
            for result in results for start, end, weights in result.claim_terms}


@dataclass(frozen=True)
class Vocabulary:
    """What the terms of a sentence are made of, per language, from language data and fact sheets."""

    aliases: dict  # language -> {joint key: frozenset of units}
    cues: dict  # language -> tuple of (fact id, cue)
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def concepts(self, language: str) -> tuple[dict, frozenset]:
        """{joint key: units} of the language's units table (first) and the sheets' aliases, and
        every prefix of those keys (a scan stops at the first token that starts none)."""
        if language not in self.memo:
            lang = language_data(language)
            table = {key: frozenset(units) for key, units in self.aliases.get(language, {}).items()}
            table.update({key: frozenset({str(unit)}) for key, unit in (lang.units if lang else {}).items()})
            prefixes = frozenset(key[:n] for key in table for n in range(1, len(key) + 1))
            self.memo[language] = (table, prefixes)
        return self.memo[language]

    def cue_hits(self, language: str, key_text: str) -> list[tuple[str, str, int]]:
        """(fact id, cue, start) of the sheets' cues in a sentence key, found through an index from the
        cues' first words (the cost grows with the sentence, not with the number of facts)."""
        memo_key = ("cues", language)
        if memo_key not in self.memo:
            index: dict = {}
            for fact_id, cue in self.cues.get(language, ()):
                word = cue_word(cue)
                if word:
                    index.setdefault(word, []).append((fact_id, cue))
            self.memo[memo_key] = (index, max(map(len, index), default=0))
        index, longest = self.memo[memo_key]
        hits = []
        for word in WORD.finditer(key_text):
            token = word.group()
            for k in range(1, min(len(token), longest) + 1):
                for fact_id, cue in index.get(token[:k], ()):
                    if cue_pattern(cue).match(key_text, word.start()):
                        hits.append((fact_id, cue, word.start()))
        return hits

    def sentence_cues(self, language: str, key_text: str) -> tuple[tuple[str, str, int], ...]:
        """cue_hits of a sentence key, kept for the next claims of the sentence (they come one after another)."""
        last = self.memo.get(("last cues", language))
        if last is None or last[0] != key_text:
            last = self.memo[("last cues", language)] = (key_text, tuple(self.cue_hits(language, key_text)))
        return last[1]

    @staticmethod
    def of(facts: Sequence[Fact] = ()) -> "Vocabulary":
        aliases: dict = defaultdict(lambda: defaultdict(set))
        cues: dict = defaultdict(list)
        for fact in facts:
            for language, words in fact.aliases.items():
                for word in words:  # as written, and as an article's counted noun reads it
                    for key in filter(None, {joint_key(word), joint_key(read_unit(str(word), language))}):
                        if fact.unit:
                            aliases[language][key].add(fact.unit)
            for language, phrases in fact.cues.items():
                cues[language] += [(fact.id, str(p)) for p in phrases]
        return Vocabulary({lang: {k: frozenset(v) for k, v in table.items()} for lang, table in aliases.items()},
                          {lang: tuple(found) for lang, found in cues.items()})


def canonical_unit(mention: Mention, vocabulary: Vocabulary) -> str:
    """The unit a claim is blocked by: the language's units table, else a fact sheet's alias."""
    if mention.kind not in UNIT_KINDS:
        return ""
    if not mention.unit:
        return _whole_noun(mention)  # "441 de los 497 municipios": the whole's unit
    key = _joint(mention.unit)
    units = language_data(mention.language).units if language_data(mention.language) else {}
    if key in units:
        return str(units[key])
    aliases = vocabulary.aliases.get(mention.language, {}).get(key, ())
    return next(iter(aliases)) if len(aliases) == 1 else mention.unit


def terms(claim: Claim, vocabulary: Vocabulary) -> dict[str, Term]:
    """The terms of a claim's sentence (see the module's docstring), by key; the strongest when repeated."""
    mention = claim.mention
    lang = language_data(mention.language)
    code = lang.code if lang else ""
    sentence = _folded(mention.sentence)
    own = _own_span(sentence, mention)
    tokens = _tokens_of(sentence)
    inside = [i for i, (_, start) in enumerate(tokens) if own[0] <= start < own[1]]
    first, last = (inside[0], inside[-1]) if inside else (0, -1)
    found: dict[str, Term] = {}

    def add(key: str, weight: float, surface: str, index: int) -> None:
        distance = first - index if index < first else max(index - last, 0)
        old = found.get(key)
        if old is None or (weight, -distance) > (old.weight, -old.distance):
            found[key] = Term(key, weight, surface, distance)

    infos = _infos(sentence, code)
    own_unit = canonical_unit(mention, vocabulary)
    covered = _concepts(infos, (first, last), vocabulary, mention.language, own_unit, add)
    if vocabulary.cues.get(mention.language):
        key_text = sentence_key(mention.sentence)
        starts = [start for _, start in tokens]
        for fact_id, cue, where in vocabulary.sentence_cues(mention.language, key_text):
            # positions in the key text are close to those in the sentence
            at = bisect_right(starts, where) - 1
            if _holds_mention(at, len(TOKEN.findall(_folded(cue))), first, last):
                continue  # "a second round": the cue names what the ordinal ranks, not what it speaks of
            add(f"c:{fact_id}", CONCEPT_SCORE, _folded(cue).lower(), at)
    names = bool(lang and lang.capitalized_names)
    for index, (word, surface, usable, capital) in enumerate(infos):
        if not usable or first <= index <= last or index in covered:
            continue
        if names and capital and index > 0:
            add(surface, NAME_SCORE, surface, index)
        else:
            add(word, WORD_SCORE, surface, index)
    return found


@lru_cache(maxsize=4096)
def _tokens_of(sentence: str) -> tuple[tuple[str, int], ...]:
    """(token, offset) of every token of a folded sentence: read once for all its claims."""
    return tuple((m.group(), m.start()) for m in TOKEN.finditer(sentence))


@lru_cache(maxsize=4096)
def _infos(sentence: str, code: str) -> tuple:
    """_token of every token of a folded sentence, once for all its claims."""
    return tuple(_token(token, code) for token, _ in _tokens_of(sentence))


def _holds_mention(at: int, length: int, first: int, last: int) -> bool:
    """Whether a phrase of `length` tokens from token `at` holds one of the mention's tokens first..last."""
    return at <= last and first <= at + max(length, 1) - 1


@lru_cache(maxsize=262144)
def _token(token: str, code: str) -> tuple[str, str, bool, bool]:
    """(word key, surface, whether it can be a term, whether capitalized) of one folded token."""
    surface = _surface(token)
    word = surface.replace(ZWNJ, "")
    lang = language_data(code) if code else None
    for suffix, replacement in (lang.plural_suffixes if lang else ()):
        if suffix and word.endswith(suffix) and len(word) - len(suffix) >= MIN_WORD:
            word = word[: -len(suffix)] + replacement
            break
    stop = _stop_words(code) if lang else frozenset()
    usable = (lang is not None and len(word) >= MIN_WORD and not DIGIT.search(token)
              and word not in stop and _key(token) not in stop)
    return word, surface, usable, token[:1].isupper()


def _concepts(infos, where, vocabulary, language, own_unit, add) -> set[int]:
    """Add the concepts (units-table words, fact-sheet aliases; the longest phrase at each token)
    within CONCEPT_REACH tokens of the mention; return the tokens they cover (they are no words)."""
    table, prefixes = vocabulary.concepts(language)
    covered: set[int] = set()
    for i in range(len(infos)):
        key, longest = "", 0
        for n in range(1, 4):
            if i + n > len(infos) or where[0] <= i + n - 1 <= where[1]:
                break
            key += infos[i + n - 1][1].replace(ZWNJ, "")
            if key not in prefixes:
                break
            if key in table:
                longest = n
        if not longest:
            continue
        covered.update(range(i, i + longest))
        if where[0] - CONCEPT_REACH <= i and i + longest - 1 <= where[1] + CONCEPT_REACH:
            surface = " ".join(s for _, s, _, _ in infos[i:i + longest])
            phrase = "".join(s.replace(ZWNJ, "") for _, s, _, _ in infos[i:i + longest])
            for name in sorted(table[phrase] - {own_unit}):  # the unit is evidence of its own
                add(f"u:{name}", CONCEPT_SCORE, surface, i)
    return covered


_joint = lru_cache(maxsize=4096)(joint_key)


def _own_span(sentence: str, mention: Mention) -> tuple[int, int]:
    text = " ".join(_folded(mention.text).split())
    start = sentence.find(text)
    if start < 0:
        return (-1, -1)
    return (start, start + len(text))


def _surface(token: str) -> str:
    token = token.lower()
    for suffix in POSSESSIVE:
        if token.endswith(suffix):
            return token[: -len(suffix)]
    return token
