"""The round of an election a number belongs to (`_round`), with the words that say so: its clause, else its
sentence, else the line that introduces its list ("In the runoff:"), else the heading above its paragraph ("Second
round"). The words are concepts.yaml `rounds`, found with a clitic on their first word ("بالجولة الثانية"). The round
an article's headline names as held (`_article_round`: "Boric wins Chile's runoff") places a number of no round of its
own when nothing else does: its time is unknown (checker/link.py rules out the other round's facts).
"""
from __future__ import annotations

from typing import Optional

from ..concepts import (comparison_words, conjunctions, elliptic_round_words, present_words, relative_words,
                        round_ahead_words, round_names, round_words, subordinators)
from ..model import Mention, Seed
from .sentence import (CLAUSE_BREAKS, PART_BREAKS, _Sentence, _ending_before, _just_before, _memo, _part_bounds,
                       _phrase, _phrases, tokenize_sentence)

# A heading holds at most this many tokens; the lines above a mention are read back at most this many.
HEADING_TOKENS = 6
HEADING_LINES = 30
# Signs that end a sentence: a line ending with one is no heading.
SENTENCE_SIGNS = frozenset(".!?؟…")
OPENING_BRACKETS, CLOSING_BRACKETS = frozenset("(["), frozenset(")]")
COLONS = (":", "：")
POSSESSIVES = frozenset(("'s", "’s"))


def _round(seed: Seed, mention: Mention, sentence: _Sentence, first: int, last: int, counts: set) -> tuple[str, str]:
    """The round of an election the mention belongs to, and the words that say so ('', '' when none): its sentence's
    (_sentence_round), else the nearest line above it in its block that ends with a colon, when it names a round
    ("Results of the runoff:" over "Kast: 44.13%"), else the nearest heading above it (_heading_round)."""
    found = _sentence_round(sentence, first, last, counts, mention.language)
    if found[0]:
        return found
    lines = _lines_above(seed, mention)
    return _list_round(lines, mention.language) or _heading_round(lines, mention.language) or ("", "")


def _sentence_round(sentence: _Sentence, first: int, last: int, counts: set, language: str) -> tuple[str, str]:
    """The round its sentence places the mention in: the nearest round phrase before it with no subordinate clause
    opening between ("a runoff on Oct. 30 after Lula won 48.4 %" places nothing) and not in an aside closed before
    it (_aside: "Boric, who had 25.8 % in the first round, won 55.9 %"), or after it with no comma, conjunction or
    other quantity between (concepts.yaml `rounds`); only one of its own part when that part holds a word of the
    present ("... and now has 55.9 %"; concepts.yaml `present`)."""
    found = []
    lo, hi = _part_bounds(sentence, first, last, language)
    now = _phrase(sentence, lo, hi, present_words(language), language)  # "... e chegou a 14,4 milhões agora"
    for which, i, j in _round_phrases(sentence, language):
        if now and not lo <= i <= j <= hi:
            continue
        if j < first and not _phrase(sentence, j + 1, first - 1, subordinators(language), language) \
                and not _aside(sentence, i, first, language):
            found.append((first - j, which, i, j))
        elif i > last:
            between = range(last + 1, i)
            if not any(k in counts or sentence.tokens[k] in PART_BREAKS | CLAUSE_BREAKS
                       or sentence.keys[k] in conjunctions(language) for k in between):
                found.append((i - last, which, i, j))
    if not found:
        return "", ""
    _, which, i, j = min(found)
    return which, " ".join(sentence.tokens[i:j + 1])


def _round_phrases(sentence: _Sentence, language: str) -> list[tuple[str, int, int]]:
    """The round phrases of a sentence (which round, first and last token), but those right after a word of
    comparison ("Comparação com o primeiro turno", "compared with the first round"; concepts.yaml `comparisons:
    recalls`), which name the round compared with; when it names a round in full, also the
    ordinals that stand for one alone with no word after them ("frente al 40,32 % de la primera"; concepts.yaml
    `elliptic_rounds`). Found once a sentence."""
    return list(_memo(sentence, ("rounds", language), lambda: tuple(_found_round_phrases(sentence, language))))


def _found_round_phrases(sentence: _Sentence, language: str) -> list[tuple[str, int, int]]:
    compared = comparison_words("recalls", language)
    found = [(which, i, j) for which in round_names()
             for i, j in _phrases(sentence, round_words(which, language), language, clitics=True)
             if not _just_before(sentence, i, compared, language)]  # "compared with the first round": no place
    if not found:
        return []
    named = {k for _, i, j in found for k in range(i, j + 1)}
    for which in round_names():
        for i, j in _phrases(sentence, elliptic_round_words(which, language), language, clitics=True):
            alone = j + 1 == len(sentence.tokens) or not sentence.tokens[j + 1][:1].isalpha()
            if alone and not named & set(range(i, j + 1)):
                found.append((which, i, j))
    return found


def _aside(sentence: _Sentence, i: int, first: int, language: str) -> bool:
    """Whether token i lies in an aside closed before token `first`: in brackets closed before it, or in a part
    after a comma (or at the sentence's start) opened by a relative word or a subordinator (concepts.yaml
    `relatives`, `subordinators`: ", who ...", "After trailing ...") and closed by a comma before it."""
    tokens = sentence.tokens
    opened = max((k for k in range(i) if tokens[k] in OPENING_BRACKETS), default=-1)
    if opened >= 0 and any(tokens[k] in CLOSING_BRACKETS for k in range(i + 1, first)):
        return not any(tokens[k] in CLOSING_BRACKETS for k in range(opened + 1, i))
    start = max((k + 1 for k in range(i) if tokens[k] in PART_BREAKS | CLAUSE_BREAKS), default=0)
    if not any(tokens[k] in PART_BREAKS for k in range(i + 1, first)):
        return False
    openers = relative_words(language) | subordinators(language)
    return bool(_phrase(sentence, start, min(start + 1, i - 1), openers, language))


def _lines_above(seed: Seed, mention: Mention) -> list[str]:
    """The lines above the mention's line, nearest first (blank lines as ''), at most HEADING_LINES, without the
    text's headline (its first line, before a blank line: "Kast and Boric head to a runoff" places no number of its
    article)."""
    text = seed.text
    end = text.rfind("\n", 0, mention.start)
    lines = []
    while end >= 0 and len(lines) < HEADING_LINES:
        start = text.rfind("\n", 0, end) + 1
        lines.append(text[start:end].strip())
        end = start - 1
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) >= 2 and not lines[-2]:
        lines.pop()  # the headline
    return lines


def _list_round(lines: list[str], language: str) -> Optional[tuple[str, str]]:
    """The round named by the nearest line of the block (above the mention, before a blank line) that ends with a
    colon ("En la segunda vuelta:"), None when none names one."""
    for line in lines:
        if not line:
            return None
        if line.endswith(COLONS):
            return _named(line, language)
    return None


def _heading_round(lines: list[str], language: str) -> Optional[tuple[str, str]]:
    """The round named by the nearest heading above the mention (a line of at most HEADING_TOKENS tokens after a
    blank line, with no sign that ends a sentence or colon at its end and no digit unless it names a round:
    "Second round", "Resultado do 1º turno"), None when the nearest heading names none."""
    for n, line in enumerate(lines):
        after_blank = n + 1 == len(lines) or not lines[n + 1]
        if not line or not after_blank or line[-1] in SENTENCE_SIGNS or line.endswith(COLONS):
            continue  # a line ending with a colon introduces its own block only (_list_round)
        sentence = tokenize_sentence(line)
        if len(sentence.tokens) > HEADING_TOKENS:
            continue
        named = _named(line, language)
        if named is None and any(c.isdigit() for c in line):
            continue
        return named
    return None


def _named(line: str, language: str) -> Optional[tuple[str, str]]:
    """The round a line names, and its words (the first of one round only), None when it names none or both, or
    names it as a point of comparison ("Comparação com o primeiro turno": its lines compare the rounds; concepts.yaml
    `comparisons: recalls`)."""
    sentence = tokenize_sentence(line)
    if _phrase(sentence, 0, None, comparison_words("recalls", language), language):
        return None
    found = {which: phrases for which in round_names()
             if (phrases := _phrases(sentence, round_words(which, language), language, clitics=True))}
    if len(found) != 1:
        return None
    (which, [(i, j), *_]), = found.items()
    return which, " ".join(sentence.tokens[i:j + 1])


def _article_round(seed: Seed) -> tuple[str, str]:
    """The one round the seed's headline (its first line) names as held, and its words ("runoff (headline)"); ('', '')
    when it names none or both, or puts the round still to come ("Kast and Boric head to a runoff", "به دور دوم",
    "runoff set for December 19"; concepts.yaml `rounds_ahead`): that article is about the vote before it."""
    headline = next((line.strip() for line in seed.text.split("\n") if line.strip()), "")
    sentence = tokenize_sentence(headline)
    ahead = round_ahead_words(seed.language)
    found = {which: phrases for which in round_names()
             if (phrases := _phrases(sentence, round_words(which, seed.language), seed.language, clitics=True))}
    if len(found) != 1:
        return "", ""
    (which, phrases), = found.items()
    after = round_ahead_words(seed.language, "after")
    if any(_ending_before(sentence, _past_possessive(sentence, i), ahead, seed.language, most=4)
           or _phrase(sentence, j + 1, None, after, seed.language) for i, j in phrases):
        return "", ""
    i, j = phrases[0]
    return which, " ".join(sentence.tokens[i:j + 1]) + " (headline)"


def _past_possessive(sentence: _Sentence, i: int) -> int:
    """Token i, or the first token of the possessive name right before it ("ahead of Chile's runoff": Chile)."""
    before = sentence.tokens[i - 1] if i >= 1 else ""
    if before in POSSESSIVES:
        return i - 2 if i >= 2 else i
    return i - 1 if before.endswith(tuple(POSSESSIVES)) else i

