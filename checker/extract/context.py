"""What every grammar rule sees: the tokens of one text, its language, its publication date."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import NamedTuple, Optional

from ..model import Interval
from .lexicon import Language
from .numbers import Number, parse_number
from .tokens import Token

_PREFIXES: dict[int, tuple[object, frozenset, frozenset]] = {}
NOTHING: frozenset = frozenset()


def affixes(table) -> tuple[frozenset, frozenset]:
    """Every prefix and every suffix of the keys of a table (the empty one included), made once per table:
    a phrase walk stops at the first token whose key leaves them, as a walk down a trie would."""
    entry = _PREFIXES.get(id(table))
    if entry is None or entry[0] is not table:  # the entry holds its table, so the id is never reused
        entry = (table, frozenset(key[:n] for key in table for n in range(len(key) + 1)),
                 frozenset(key[n:] for key in table for n in range(len(key) + 1)))
        _PREFIXES[id(table)] = entry
    return entry[1], entry[2]


def starts(*names: str):
    """Declare what the first token of a rule's match can be (Language.openings names: opening tables,
    'number', 'day', 'digits', 'dual', 'range'); the scan tries the rule only at a token that opens one of them:
    a phrase of the table or a number starts there. A rule without a declaration is tried at every token."""
    def declare(rule):
        rule.starts = frozenset(names)
        return rule
    return declare


class Raw(NamedTuple):
    """A mention before it is placed in the original text: token span and meaning. A named tuple, as Token:
    one is made for every reading a rule returns, and a frozen dataclass takes several times as long to make."""

    start: int  # token indices [start, end)
    end: int
    kind: str
    value: Interval
    qualifier: str = "eq"
    unit: str = ""
    rule: str = ""
    granularity: str = ""
    unresolved: str = ""
    stated: Optional[float] = None  # the number as written (2400000 for '2.4 million'), in the unit's terms
    precision: Optional[float] = None  # the place of its last written digit (100000 for '2.4 million')


# What separates the days of a list before its last connector ("4, 5 and 6 October", "۴، ۵ و ۶ اکتبر").
LIST_SEPARATORS = frozenset({",", "،"})


@dataclass
class Context:
    tokens: list[Token]
    lang: Language
    published: Optional[date]
    masked: set[int] = field(default_factory=set)
    separators: dict = field(default_factory=dict)  # the text's habits: {',' or '.': 'group' | 'decimal'}
    numbers: dict = field(default_factory=dict)  # (token, masks held) -> the number parsed there
    readings: dict = field(default_factory=dict)  # (reader, token, masks held) -> what it read there (once)

    @cached_property
    def bounds(self) -> tuple[list[int], list[int]]:
        """The start and end offsets of every token, both ascending (tokens do not overlap): made when a
        pattern of the text first needs them."""
        return [t.start for t in self.tokens], [t.end for t in self.tokens]

    def once(self, reader, i: int):
        """reader(self, i), read once per token and shared by every rule that asks; masks only grow, so their
        count says whether they changed since (a reader may add masks: its result is kept under the count
        it started with)."""
        key = (reader, i, len(self.masked))
        if key not in self.readings:
            self.readings[key] = reader(self, i)
        return self.readings[key]

    def number(self, i: int) -> Optional[Number]:
        """The number starting at token i (numbers.parse_number), parsed once and shared by every rule;
        masks only grow, so their count says whether they changed since."""
        if not 0 <= i < len(self.tokens):
            return None
        word = self.tokens[i].key
        opening = self.lang.number_opening(word)
        if opening != self.lang.NUMBER_START and (
                opening == self.lang.NO_NUMBER or word + self.key(i + 1) not in self.lang.two_word_numbers) and (
                opening != self.lang.BEFORE_SCALE or self.key(i + 1) not in self.lang.scales):
            return None
        key = (i, len(self.masked))
        if key not in self.numbers:
            self.numbers[key] = parse_number(self.tokens, i, self.lang, self.masked, self.separators)
        return self.numbers[key]

    def day(self, i: int) -> Optional[tuple[int, int]]:
        """(day, end) of a day of the month written as a number at token i ('30', '5th', 'quince')."""
        if not self.free(i):
            return None
        number = self.number(i)
        if number is None or number.scale != 1 or number.value != int(number.value) or not 1 <= number.value <= 31:
            return None
        if not number.words and len(self.tokens[i].text.rstrip("stndrh")) > 2:
            return None
        return int(number.value), number.end

    def begins(self, i: int) -> frozenset:
        """The opening tables (Language.OPENING_TABLES) a phrase of which can begin at token i, among the other
        openings of its key (Language.openings, decided once per key): phrase(i, table) of any other opening
        table is None, so a rule that reads several of them asks this once instead of walking each."""
        return self.lang.openings(self.tokens[i].key) if 0 <= i < len(self.tokens) else NOTHING

    def key(self, i: int) -> str:
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def opened(self, i: int) -> frozenset:
        """What token i opens of what its key can open (Language.openings), as opens() decides each, but for
        pseudo phrases: a one-token phrase opens its table wherever the token is free, a key that only begins
        longer phrases opens the table only if the next key goes on with one (most do not: 'a', 'on', 'en')."""
        key = self.tokens[i].key
        plan = self.lang.opening_plan(key)
        if plan.fixed is not None:  # the usual case: the key alone decides
            return plan.fixed
        pair = key + self.key(i + 1)
        if plan.paired and pair not in self.lang.pair_prefixes:  # the next usual case: 'in', 'on', 'to', 'en'
            return NOTHING
        found = [*plan.alone]
        if plan.walked:
            prefixes = self.lang.opening_prefixes
            found += [name for name in plan.walked if pair in prefixes[name] and self.opens(i, name)]
        found += [name for name in plan.tested if self.opens(i, name)]
        if "number" in found and self.opens(i, "day"):  # 'day' is an opening wherever 'number' is
            found.append("day")
        return frozenset(found)

    def opens(self, i: int, name: str) -> bool:
        """Whether token i opens what Language.openings names: a phrase of that table, a number."""
        if name == "number":
            return self.number(i) is not None
        if name == "day":
            try:
                day = self.day(i)
            except (ValueError, OverflowError):  # a number of no finite value: the date rules fail on it
                return True  # as they always did (dates.within_calendar)
            return day is not None and self._dated_after(day[1])
        if name == "range":
            return self._opens_range(i)
        if name == "indefinite":
            return self._opens_indefinite(i)
        table = self.lang.opening_tables.get(name)
        return table is None or self.phrase(i, table, 8) is not None

    # The opening tables of month names: a day of the month is a date only before one of them.
    MONTH_TABLES = frozenset({"months", "jalali_months", "hijri_months"})

    def _dated_after(self, k: int) -> bool:
        """Whether the tokens from k, right after a day of the month, can make it a date: a month name, maybe
        after a partitive ('30 April', '30th of April', '15 de marzo'), or the word joining a second day to it
        ('15 y 16 de marzo', 'March 15 and 16'); the date rules read nothing else after a day."""
        key = self.key(k)
        if key in self.lang.range_connectors:
            return True
        if key in LIST_SEPARATORS and self.free(k + 1) and self.number(k + 1) is not None:
            return True  # '4, 5 and 6 October': a list of days (composed.date_range_at)
        if key in self.lang.partitive:
            key = self.key(k + 1)
        return not self.MONTH_TABLES.isdisjoint(self.lang.openings(key))

    # What the token after a range opener ('between', 'entre', 'de') can be for a range to follow: the start of
    # a number, a currency sign or a date, or a word skipped before a date ('entre el 3', 'entre os dias 9').
    RANGE_FOLLOWERS = frozenset({"number", "currency_symbols", "months", "jalali_months", "hijri_months", "durations"})

    def _opens_range(self, i: int) -> bool:
        """Whether a bracketed range can start at its opener at token i: the rules read a number (after a
        currency sign: quantities._bracketed) or a date (after articles and day words: composed.date_range_at)
        right after it."""
        following = self.key(i + 1)
        return bool(self.lang.openings(following) & self.RANGE_FOLLOWERS) or following in self.lang.determiners

    def _opens_indefinite(self, i: int) -> bool:
        """Whether an indefinite article at token i is one of a duration or a counted noun ('a month',
        'una víctima': quantities._indefinite_duration, _indefinite_count); 'a thousand' is a number."""
        if self.key(i) not in self.lang.indefinite or not self.free(i + 1):
            return False
        return self.phrase(i + 1, self.lang.durations, 2) is not None or (
            bool(self.lang.indefinite_units) and self.phrase(i + 1, self.lang.units, 3) is not None)

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and i not in self.masked

    def same_sentence(self, i: int, j: int) -> bool:
        return self.tokens[i].sentence == self.tokens[j].sentence

    def phrase(self, i: int, table, max_tokens: int = 5) -> Optional[tuple[int, object]]:
        """The longest phrase of `table` (dict or set of joint keys) starting at token i: (end, value)."""
        entry = _PREFIXES.get(id(table))
        prefixes = entry[1] if entry is not None and entry[0] is table else affixes(table)[0]
        tokens, masked = self.tokens, self.masked
        if 0 <= i < len(tokens):
            first = tokens[i].key
            if first not in prefixes or i in masked:
                return None  # the usual case, decided at the first token
            after = i + 1
            if max_tokens == 1 or after == len(tokens) or after in masked or tokens[after].sentence != tokens[i].sentence \
                    or first + tokens[after].key not in prefixes:  # the next case: decided at the second token
                return (after, table[first] if isinstance(table, dict) else first) if first in table else None
        best = None
        key = ""
        for j in range(i, min(i + max_tokens, len(tokens))):
            if j in masked or (j > i and tokens[j].sentence != tokens[i].sentence):
                break
            key += tokens[j].key
            if key not in prefixes:
                break
            if key in table:
                best = (j + 1, table[key] if isinstance(table, dict) else key)
        return best

    def phrase_ending(self, end: int, table, max_tokens: int = 5) -> Optional[tuple[int, object]]:
        """The longest phrase of `table` ending just before token `end`: (start, value)."""
        entry = _PREFIXES.get(id(table))
        suffixes = entry[2] if entry is not None and entry[0] is table else affixes(table)[1]
        tokens, masked = self.tokens, self.masked
        if 0 < end <= len(tokens) and (tokens[end - 1].key not in suffixes or end - 1 in masked):
            return None  # the usual case, decided at the last token
        best = None
        key = ""
        for i in range(end - 1, max(end - 1 - max_tokens, -1), -1):
            if i in masked or tokens[i].sentence != tokens[end - 1].sentence:
                break
            key = tokens[i].key + key
            if key not in suffixes:
                break
            if key in table:
                best = (i, table[key] if isinstance(table, dict) else key)
        return best
