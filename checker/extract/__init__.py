"""Extraction: article text -> mentions (numbers and dates with their meaning).

`extract(text, language, published)` finds every mention; `parse_value(text,
kind, language)` reads one value written in a fact sheet with the same grammar,
and `counted_noun(word, language)` a unit or alias the way an article's counted
noun is read.
Only this package imports spaCy.
"""
from __future__ import annotations

import bisect
import gc
import re
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from typing import Optional

from ..model import Interval, Mention
from .composed import COMPOSED_RULES, anchor
from .context import Context, Raw
from .dates import DATE_RULES
from .lexicon import load
from .normalize import fold
from .numbers import separator_habits
from .patterns import apply_masks, numeric_dates
from .quantities import carry_hedges, quantity_at, singular, vague_duration_at
from .sections import boilerplate_lines
from .tokens import (glued_runs, join_spaced_groups, split_case_suffixes, split_citation_marks, split_final_stop,
                     split_glued_numbers, split_glued_suffixes, split_proclitics, tokenize)

__all__ = ["counted_noun", "extract", "parse_value"]

RULES = (*COMPOSED_RULES, *DATE_RULES, quantity_at, vague_duration_at)
NEWLINE = re.compile("\n")
PSEUDO_ONLY = frozenset({"pseudo"})  # what a key opens where only a pseudo phrase starts with it ('los', 'la')


def _scan(ctx: Context) -> list[Raw]:
    raws: list[Raw] = []
    tokens, masked, lang = ctx.tokens, ctx.masked, ctx.lang
    known, openings_of = lang.known_openings, lang.openings
    plans, pair_prefixes, last = lang.known_plans, lang.pair_prefixes, len(tokens) - 1
    resume = 0  # the token after the last reading
    # the tokens whose key opens something, or is not decided yet: keys are looked up once per text in one
    # comprehension, and the loop visits only those (most keys are known from texts before and open nothing)
    for i in [k for k, token in enumerate(tokens) if known.get(token.key, True)]:
        if i < resume or i in masked:
            continue
        key = tokens[i].key
        openings = known.get(key) or openings_of(key)
        if not openings:
            continue
        plan = plans.get(key) or lang.opening_plan(key)
        if plan.paired and key + (tokens[i + 1].key if i < last else "") not in pair_prefixes:
            continue  # 'in', 'on', 'en': the key only begins longer phrases, and joined to the next begins none (a
            # pseudo phrase of it alone would skip no token after it)
        pseudo = ctx.phrase(i, lang.pseudo, 4) if "pseudo" in openings else None
        if pseudo:  # 'more than once', 'at first': looks like a quantity, is not one
            resume = pseudo[0]
            continue
        if openings == PSEUDO_ONLY:  # no rule starts there
            continue
        best: Optional[Raw] = None
        for rule in _rules_at(plan.fixed if plan.fixed is not None else ctx.opened(i)):
            raw = rule(ctx, i)
            if raw and raw.end > i and (best is None or raw.end > best.end):
                best = raw
        if best:
            raws.append(best)
            resume = best.end
    return raws


@lru_cache(maxsize=4096)
def _rules_at(openings: frozenset) -> tuple:
    """The rules, in order, that can match at a token that opens these (a rule's `starts`)."""
    return tuple(rule for rule in RULES if getattr(rule, "starts", None) is None or rule.starts & openings)


def extract(text: str, language: str, published: Optional[date] = None) -> list[Mention]:
    with _collector_paused():
        return _extract(text, language, published)


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off while a text is extracted (as the caller had it after): each of
    its full passes scans every live object, and their number grows with the text, so extraction time
    grew 11-14x for 10x the text with it and 10-11x without it (bench/adversarial.py). Reference
    counting still frees what extraction drops; cycles wait for the next pass after it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(text: str, language: str, published: Optional[date]) -> list[Mention]:
    lang = load(language)
    folded = fold(text)
    tokens, sentences = tokenize(folded.text, lang.spacy, "." in lang.ordinal_suffixes)
    tokens = split_citation_marks(tokens, folded.text)
    runs = glued_runs(folded.text)  # the runs of digits a letter or a sign meets: the splits of glued numbers look there
    tokens = split_glued_numbers(tokens, lang.digit_prefixes, lang.glued_after_digits, folded.text, runs)
    tokens = split_proclitics(tokens, lang.proclitics, lang.words)
    tokens = split_glued_suffixes(tokens, lang.eras, folded.text, runs)
    tokens = split_case_suffixes(tokens, lang.suffix_marks, lang.ordinal_suffixes)
    tokens = split_final_stop(tokens, lang.ordinal_suffixes)
    tokens = join_spaced_groups(tokens, lang.group_separator, lang.decimal_separator)
    numbers = [t.text for t in tokens if t.text[:1].isdigit()]
    ctx = Context(tokens, lang, published, separators=separator_habits(numbers, lang))
    apply_masks(ctx, folded.text)
    raws = numeric_dates(ctx, folded.text)
    raws += carry_hedges(ctx, _scan(ctx))
    raws.sort(key=lambda r: r.start)
    raws = anchor(raws)
    line_starts = [0] + [match.end() for match in NEWLINE.finditer(text)]
    boiler = boilerplate_lines(folded.text)
    quotes: dict[int, tuple[str, int]] = {}
    return [_mention(raw, ctx, folded, text, _quote(quotes, folded, text, sentences, ctx.tokens[raw.start].sentence),
                     line_starts, boiler, language) for raw in raws]


def _quote(quotes: dict, folded, text: str, sentences, index: int) -> tuple[str, int]:
    """The sentence `index` with its spaces collapsed, and its original start: made once per sentence,
    so a long sentence holding many mentions is copied once, not once per mention."""
    if index not in quotes:
        sent_start, sent_end = folded.original_span(*sentences[index])
        quotes[index] = (" ".join(text[sent_start:sent_end].split()), sent_start)
    return quotes[index]


def _mention(raw: Raw, ctx: Context, folded, text: str, quote: tuple[str, int], line_starts, boiler,
             language: str) -> Mention:
    first, last = ctx.tokens[raw.start], ctx.tokens[raw.end - 1]
    start, end = folded.original_span(first.start, last.end)
    line = bisect.bisect_right(line_starts, start)
    sentence, sent_start = quote
    return _frozen(Mention, {
        "text": text[start:end], "start": start, "end": end, "line": line, "column": start - line_starts[line - 1] + 1,
        "kind": raw.kind, "value": raw.value, "qualifier": raw.qualifier, "unit": raw.unit,
        "sentence": sentence, "language": language,
        "section": "boilerplate" if line in boiler else "body", "rule": raw.rule,
        "granularity": raw.granularity, "unresolved": raw.unresolved, "sentence_start": sent_start,
        "stated": raw.stated, "precision": raw.precision, "noun": _noun(raw, ctx, folded, text),
    })


def _frozen(cls, fields: dict):
    """A frozen dataclass made from the dict of all of its fields, in their order, which becomes its __dict__: its
    generated __init__ sets each field with object.__setattr__ (a Mention took 6 microseconds that way), and updating
    a new object's __dict__ from the fields copied them once more (1.5 microseconds; 0.8 this way). One is made for
    every number and date of every text."""
    made = object.__new__(cls)
    object.__setattr__(made, "__dict__", fields)
    return made


# How many tokens after a count its counted noun may stand ('35 renegade soldiers': one word between).
NOUN_WINDOW = 4


def _noun(raw: Raw, ctx: Context, folded, text: str) -> str:
    """A count's counted noun as the article wrote it: the phrase of the units table read as the
    mention's unit, after the number (within NOUN_WINDOW tokens) or just before it ('جندي واحد')."""
    if raw.kind != "count" or not raw.unit:
        return ""
    units = ctx.lang.units
    for j in range(raw.end, min(raw.end + NOUN_WINDOW, len(ctx.tokens))):
        if not ctx.same_sentence(raw.end - 1, j):
            break
        found = ctx.phrase(j, units, 3)
        if found and found[1] == raw.unit:
            return text[slice(*folded.original_span(ctx.tokens[j].start, ctx.tokens[found[0] - 1].end))]
        if not found and raw.unit in (ctx.key(j), singular(ctx, ctx.key(j))):  # a noun no units table lists
            return text[slice(*folded.original_span(ctx.tokens[j].start, ctx.tokens[j].end))]
    found = ctx.phrase_ending(raw.start, units, 2)
    if found and found[1] == raw.unit:
        return text[slice(*folded.original_span(ctx.tokens[found[0]].start, ctx.tokens[raw.start - 1].end))]
    return ""


def parse_value(text: str, kind: str, language: str = "en", published: Optional[date] = None) -> tuple[Interval, str]:
    """The interval and qualifier of one value written as text ("more than 50", "72 hours")."""
    found = [m for m in extract(text, language, published) if _kind_fits(m.kind, kind)]
    if len(found) != 1:
        what = "no" if not found else f"{len(found)}"
        raise ValueError(f"{what} {kind} value in {text!r}")
    if found[0].unresolved:
        raise ValueError(f"{text!r} {found[0].unresolved}")
    _read_whole(text, found[0])
    return found[0].value, found[0].qualifier


SPARE = " \t\n.,;:()"  # what a value may carry around it


def _read_whole(text: str, mention: Mention) -> None:
    """A value is read whole: nothing before what the grammar read ('more then 50' would be 50), and
    after it only the counted noun the grammar read ('more than 50 countries'); else ValueError."""
    before, after = text[:mention.start].strip(SPARE), text[mention.end:].strip(SPARE)
    if before or (after and not mention.unit):
        unread = before or after
        raise ValueError(f"cannot read {unread!r} in {text!r} (only {mention.text!r} is read); write the value "
                         f"as an article would, e.g. 'more than 50', 'about 68 percent', '72 hours'")


@lru_cache(maxsize=4096)
def counted_noun(word: str, language: str) -> str:
    """The unit an article's '25 <word>' is read with (units table, plural, case: 'People' and
    'persons' are 'person', 'personas' too); '' when the grammar reads no counted noun in it."""
    for mention in extract(f"25 {word}", language):
        if mention.unit:
            return mention.unit
    return ""


def _kind_fits(found: str, wanted: str) -> bool:
    return found == wanted or (wanted in ("count", "number") and found in ("count", "number"))
