"""Language data (checker/lang/<code>.yaml) loaded into lookup tables.

Every phrase is stored under its joint key (folded, lower case, no spaces or
ZWNJ), so "سه شنبه", "سه‌شنبه" and "سهشنبه" are one entry, and a phrase of
several words matches the same key built from consecutive tokens.
"""
from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple, Optional

from .. import datafile
from .normalize import joint_key

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
DECADE = re.compile(r"^(\d{3}0)s$")  # a decade written as one token ('1990s')
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _table(mapping: dict | None) -> dict[str, object]:
    """{canonical: [phrases]} -> {joint key: canonical}."""
    out: dict[str, object] = {}
    for canonical, phrases in (mapping or {}).items():
        for phrase in phrases or ():
            out[joint_key(str(phrase))] = canonical
    return out


def _inverse(mapping: dict | None) -> dict[str, object]:
    """{phrase: value} -> {joint key: value}."""
    return {joint_key(str(k)): v for k, v in (mapping or {}).items()}


def _keys(phrases) -> frozenset[str]:
    return frozenset(joint_key(str(p)) for p in phrases or ())


class OpeningPlan(NamedTuple):
    """What a token of one key opens, sorted by how that is decided (Language.opening_plan)."""

    alone: tuple  # opened by the key alone: a one-token phrase of the table, digits, a dual
    walked: tuple  # tables of which the key only begins longer phrases: opened where the next tokens go on
    tested: tuple  # 'number', 'range', 'indefinite': decided by the tokens around it (Context.opens)
    fixed: Optional[frozenset] = None  # what the key opens wherever it stands, when neither walked nor tested
    paired: bool = False  # opens nothing unless the key joined to the next begins a phrase (Language.pair_prefixes)


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    spacy: str
    numeric_date_order: str
    decimal_separator: str
    group_separator: str
    cardinals: dict
    scales: dict
    joiners: frozenset
    indefinite: frozenset
    weak: frozenset
    indefinite_units: frozenset  # units an indefinite article before their noun counts as 1 ('una víctima')
    fractions: dict
    ordinals: dict
    ordinal_suffixes: tuple
    adjacent_needs_joiner: bool
    adjacent_numbers_are_range: bool
    qualifiers_before: dict
    qualifiers_after: dict
    qualifiers_verbal: dict
    verbal_gap: frozenset  # words that, with the noun after them, may stand between a verbal qualifier and its number
    verbal_filler: frozenset  # phrases that may stand between a verbal qualifier and its number ('the', 'a marca de')
    # verbs after a number and its counted noun that make it a bound, with the word before the number they need
    # (Persian 'از ۲۰۰۰ نفر گذشت')
    qualifiers_verbal_after: dict
    verbal_after_opener: frozenset
    ordinal_adverb_after: frozenset  # after these an ordinal word is an adverb ('was first detected')
    pseudo: frozenset
    ranges_bracketed: tuple
    ranges_infix: frozenset
    ranges_change_from: frozenset  # an opener that, after a verb of change, starts no range ('rose from 144 to 1,644')
    ranges_change_verbs: frozenset
    ranges_change_pairs: frozenset  # (opener, word of the second figure) of a change without a verb before it
    ranges_change_to: frozenset  # the word between the two figures of a change ('to', 'para', 'إلى')
    ranges_change_by: frozenset  # the word before the amount of a change ('rose by 12 to 90': two numbers)
    vague: dict
    vague_durations: dict  # a plural of a unit without a number ('hours later') -> unit
    vague_durations_marked: frozenset  # read after any word ('أياماً', 'ساعاتی')
    vague_durations_not_after: frozenset
    zero_phrases: frozenset
    percent: dict  # key -> "percent" | "point"
    currency_symbols: dict
    currency_words: dict
    durations: dict
    months: dict
    ambiguous_months: frozenset
    jalali_months: dict
    hijri_months: dict
    weekdays: dict
    relative: dict
    units: dict
    unit_stop_words: frozenset
    partitive: frozenset
    reference_words: frozenset
    era_years: frozenset  # phrases after a number that make it a year of an era ("of Reiwa": a label)
    year_prepositions: frozenset  # words right before four digits that make them a year ("in 1990 killed")
    title_words: frozenset
    clock_words: frozenset
    future_markers: frozenset
    clause_breaks: frozenset  # words that end the clause of a date before them (in_future_clause)
    plural_suffixes: tuple
    boilerplate_starts: frozenset
    boilerplate_lines: frozenset
    ago_order: str
    function_words: frozenset
    counted_noun_before: bool
    proclitics: frozenset
    digit_prefixes: frozenset  # written glued before digits ('ال48'): split off
    units_before_tens: bool
    dual_suffixes: tuple
    double_month_separators: frozenset
    extra_separators: dict
    month_words: frozenset
    decimal_words: frozenset
    week_start: int
    eras: dict
    ago_words: frozenset
    capitalized_names: bool
    determiners: frozenset
    percent_before: frozenset
    teens_after: frozenset
    suffix_marks: frozenset
    raw: dict = field(repr=False, default_factory=dict)

    @cached_property
    def starters(self) -> frozenset:
        """Every prefix of every phrase a rule can start with: a token whose key is not here, holds no
        digit and no joiner starts no mention, and the grammar skips it."""
        tables = (self.qualifiers_before, self.vague, self.zero_phrases, self.currency_symbols, self.pseudo,
                  self.months, self.jalali_months, self.hijri_months, self.weekdays, self.relative,
                  self.durations, self.cardinals, self.scales, self.ordinals, self.fractions, self.indefinite,
                  self.percent, self.percent_before, self.ago_words, self.vague_durations,
                  {opener for opener, _ in self.ranges_bracketed})
        return frozenset(key[:n] for table in tables for key in table for n in range(1, len(key) + 1))

    @cached_property
    def range_connectors(self) -> frozenset:
        """The words between the two ends of a range written without an opener ('15 y 16', '3 to 5')."""
        return self.joiners | self.ranges_infix

    @cached_property
    def glued_after_digits(self) -> frozenset:
        """What a lost space glues after digits, split off them (tokens.split_glued_numbers): a joiner ('۲۵۰و'), a
        percent word of one token ('۳۹درصد')."""
        return self.joiners | frozenset(key for key in self.percent if key.isalpha())

    @cached_property
    def range_openers(self) -> frozenset:
        return frozenset(opener for opener, _ in self.ranges_bracketed)

    @cached_property
    def words(self) -> frozenset:
        """Every whole phrase key of the lexicon (for splitting proclitics: 'وعشرون' = 'و' + 'عشرون'), the verbs
        of a bound and of a change among them ('وتجاوزت' = 'و' + 'تجاوزت')."""
        return (frozenset(key for table in self.lexicon_tables for key in table) | self.joiners
                | frozenset(self.qualifiers_verbal) | self.ranges_change_verbs)

    def dual_of(self, key: str, table: dict):
        """What a dual word stands for twice ('یومین' = 2 x 'یوم'), looked up in table; None if it is none."""
        for suffix, replacement in self.dual_suffixes:
            if suffix and key.endswith(suffix) and len(key) > len(suffix) + 1:
                stem = key[: -len(suffix)] + replacement
                if stem in table:
                    return table[stem]
        return None

    def dual_unit(self, key: str):
        """The unit a dual counted noun stands for twice ('جریحان' = 2 injured, 'طفلین' = 2 children), or None:
        only a word the units table does not list itself ('مصابین', 'المدنیین' are plurals there)."""
        return None if key in self.units else self.dual_of(key, self.units)

    def glued_parts(self, key: str) -> Optional[list[str]]:
        """A glued word such as 'بیستوپنج' split at a joiner into number words, or None."""
        for joiner in self.joiners:
            if joiner and joiner in key and key not in self.cardinals:
                parts = key.split(joiner)
                if all(part in self.number_words for part in parts):
                    return parts
        return None

    @cached_property
    def number_words(self) -> frozenset:
        return frozenset(self.scales) | frozenset(self.cardinals) | frozenset(self.fractions) | frozenset(self.ordinals)

    @cached_property
    def two_word_prefixes(self) -> frozenset:
        """Every prefix (the empty one too) of a key of two_word_numbers: a word that may begin one."""
        return frozenset(key[:n] for key in self.two_word_numbers for n in range(len(key) + 1))

    def ends_number(self, key: str) -> bool:
        """Whether a number in words ends before a token of this key, whatever follows it (numbers.parse_words
        reads it and stops): no joiner, hyphen or decimal word, no number word or glued number words, and no
        word that may begin a number of two words ('forty dead', 'five hours'). Decided once per key."""
        known = self._ends_number.get(key)
        if known is None:
            known = self._memo(self._ends_number, key, lambda: (
                key not in self.joiners and key != "-" and key not in self.decimal_words
                and key not in self.number_words and key not in self.two_word_prefixes
                and self.glued_parts(key) is None))
        return known

    @cached_property
    def _ends_number(self) -> dict[str, bool]:
        return {}

    @cached_property
    def lone_words(self) -> dict:
        """numbers.lone_word's memo: what a key reads as a number by itself, by key."""
        return {}

    @cached_property
    def number_prefixes(self) -> frozenset:
        """Every prefix (the empty one too) of a number word or of the two words of a compound."""
        return frozenset(key[:n] for key in self.number_words for n in range(len(key) + 1))

    def may_start(self, key: str) -> bool:
        """Whether a rule can start at a token of this key: a prefix of a phrase, digits, glued number
        words, a dual of a unit, currency or scale word. Decided once per key (the one table every token
        is looked up in)."""
        known = self._starts.get(key)
        if known is None:
            known = self._memo(self._starts, key, lambda: (
                key in self.starters or any(c.isdigit() for c in key) or self.glued_parts(key) is not None
                or any(self.dual_of(key, table) for table in (self.durations, self.currency_words, self.scales))
                or self.dual_unit(key) is not None))
        return known

    def may_start_number(self, key: str) -> bool:
        """Whether a number (numbers.parse_number) can start at a token of this key: digits, a number
        word or the first of two, an indefinite article, a dual scale word, glued number words."""
        return self.number_opening(key) > 0

    # How a number can start at a token of a key (number_opening).
    NO_NUMBER, FIRST_OF_TWO, NUMBER_START, BEFORE_SCALE = 0, 1, 2, 3

    def number_opening(self, key: str) -> int:
        """NUMBER_START where a number can start at a token of this key by itself (digits, a number word, a
        dual scale word, glued number words), BEFORE_SCALE at an indefinite article (a number only before a scale
        word, 'a thousand', or as the first of two words), FIRST_OF_TWO where only as the first part of a number
        the lexicon lists as two words (its key joined to the next token's is in two_word_numbers), NO_NUMBER
        elsewhere."""
        known = self._number_starts.get(key)
        if known is None:
            if len(self._number_starts) > 200_000:  # hostile text of ever new words: keep the memo bounded
                self._number_starts.clear()
            alone = (any(c.isdigit() for c in key) or key in self.number_words
                     or bool(self.dual_of(key, self.scales)) or self.glued_parts(key) is not None)
            known = self._number_starts[key] = (self.NUMBER_START if alone else self.BEFORE_SCALE
                                                if key in self.indefinite else self.FIRST_OF_TWO
                                                if key in self.number_prefixes else self.NO_NUMBER)
        return known

    @cached_property
    def two_word_numbers(self) -> frozenset:
        """The keys of the tables a number of two words is looked up in (numbers._two_word_number)."""
        return frozenset(self.fractions) | frozenset(self.cardinals) | frozenset(self.ordinals)

    # Tables a rule looks its first token up in (Language attributes); see openings().
    OPENING_TABLES = ("qualifiers_before", "vague", "zero_phrases", "currency_symbols", "pseudo", "months",
                      "jalali_months", "hijri_months", "weekdays", "relative", "durations", "indefinite",
                      "percent_before", "ago_words", "vague_durations", "ordinals")

    @cached_property
    def month_word_prefixes(self) -> frozenset:
        """Every prefix of a phrase of the durations or relative table that means month ('mes', 'الشهر')."""
        return frozenset(key[:n] for table in (self.durations, self.relative) for key, value in table.items()
                         if value == "month" for n in range(1, len(key) + 1))

    @cached_property
    def opening_tables(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.OPENING_TABLES}

    @cached_property
    def opening_prefixes(self) -> dict[str, frozenset]:
        """Every prefix (the empty one too) of every phrase of each opening table, by table name."""
        return {name: frozenset(key[:n] for key in getattr(self, name) for n in range(len(key) + 1))
                for name in self.OPENING_TABLES}

    def openings(self, key: str) -> frozenset:
        """What a token of this key can begin, looked up once per key (the one table of the grammar): the
        opening tables whose phrases can start with it, 'number' (may_start_number), 'digits' (a digit in
        it), 'year' (four digits, a decade, a word for year or decade: dates.year_at can start there), 'month_word'
        (the start of a word for month), 'day' (a number that may be a day of the month), 'dual' (a dual of a duration
        or currency word) and 'range' (the opener of a bracketed range);
        nothing where no rule can start (may_start)."""
        known = self._openings.get(key)
        if known is None:
            if len(self._openings) > 200_000:
                self._openings.clear()
            known = self._openings[key] = self._opened_by(key) if self.may_start(key) else frozenset()
        return known

    def _opened_by(self, key: str) -> frozenset:
        names = {name for name, prefixes in self.opening_prefixes.items() if key in prefixes}
        if self.may_start_number(key):
            names.update(("number", "day"))
        if any(c.isdigit() for c in key):
            names.add("digits")
        if (len(key) == 4 and key.isdigit()) or DECADE.match(key) or self.relative.get(key) == "year" \
                or self.durations.get(key) == "decade":
            names.add("year")
        if key in self.month_word_prefixes:
            names.add("month_word")
        if self.dual_of(key, self.durations) or self.dual_of(key, self.currency_words) \
                or self.dual_unit(key) is not None:
            names.add("dual")
        if any(key == opener for opener, _ in self.ranges_bracketed):
            names.add("range")
        return frozenset(names)

    def opening_plan(self, key: str) -> OpeningPlan:
        """How to decide what a token of this key opens (Context.opened), made once per key from its openings."""
        known = self._plans.get(key)
        if known is None:
            if len(self._plans) > 200_000:
                self._plans.clear()
            known = self._plans[key] = self._plan(key, self.openings(key))
        return known

    # Openings decided by the tokens around a key (Context.opens), not by the opening tables alone; and those
    # Context.opened leaves to others (pseudo phrases: the scan reads them first; a day of the month: read only
    # where a number opens).
    TESTED, READ_APART = ("number", "range", "indefinite"), frozenset({"pseudo", "day"})

    def _plan(self, key: str, openings: frozenset) -> OpeningPlan:
        tables = self.opening_tables
        looked_up = [name for name in openings if name not in self.READ_APART and name not in self.TESTED]
        alone = tuple(name for name in looked_up if name not in tables or key in tables[name])
        walked = tuple(name for name in looked_up if name in tables and key not in tables[name])
        tested = tuple(name for name in self.TESTED if name in openings)
        paired = not alone and (not tested or (
            tested == ("number",) and self.number_opening(key) == self.FIRST_OF_TWO))
        return OpeningPlan(alone, walked, tested, None if walked or tested else frozenset(alone), paired)

    @cached_property
    def pair_prefixes(self) -> frozenset:
        """Every prefix of a phrase of an opening table and every key of a number of two words: a key that only
        begins longer phrases or numbers opens nothing where it joined to the next key is none of these."""
        return frozenset().union(*self.opening_prefixes.values(), self.two_word_numbers)

    @cached_property
    def _plans(self) -> dict[str, OpeningPlan]:
        return {}

    @property
    def known_plans(self) -> dict[str, OpeningPlan]:
        """The opening plans made so far, by key (opening_plan makes the others)."""
        return self._plans

    @cached_property
    def _openings(self) -> dict[str, frozenset]:
        return {}

    @property
    def known_openings(self) -> dict[str, frozenset]:
        """The openings decided so far, by key (openings() decides the others)."""
        return self._openings

    @staticmethod
    def _memo(memo: dict, key: str, decide) -> bool:
        known = memo.get(key)
        if known is None:
            if len(memo) > 200_000:  # hostile text of ever new words: keep the memo bounded
                memo.clear()
            known = memo[key] = bool(decide())
        return known

    @cached_property
    def _starts(self) -> dict[str, bool]:
        return {}

    @cached_property
    def _number_starts(self) -> dict[str, int]:
        return {}

    @property
    def lexicon_tables(self) -> tuple:
        """Every table of words with a meaning: a capitalized word found here is no name."""
        return (self.cardinals, self.scales, self.ordinals, self.months, self.weekdays, self.qualifiers_before,
                self.relative, self.vague, self.units, self.unit_stop_words, self.determiners,
                self.currency_words, self.durations, self.zero_phrases, self.jalali_months)


def _with_month_word(table: dict, month_words) -> dict:
    """Month names also followed by the word for month, spaced or glued ('بهمن ماه', 'بهمنماه')."""
    out = dict(table)
    for key, month in table.items():
        for word in month_words or ():
            out.setdefault(key + joint_key(str(word)), month)
    return out


def _borrowed_months(cal: dict) -> tuple[dict, frozenset]:
    """The month names of the languages `calendar.borrowed_months` names, without those with a full stop
    (abbreviations), as {month: [names]}, and their keys: each is read only next to a day or a year."""
    months: dict = {}
    for code in cal.get("borrowed_months") or ():
        for month, names in (_read(str(code)).get("calendar", {}).get("months") or {}).items():
            months.setdefault(month, []).extend(name for name in names or () if "." not in str(name))
    return months, frozenset(_table(months))


def _months(cal: dict, month_words) -> tuple[dict, frozenset]:
    """The Gregorian month table, own names first then borrowed ones, and the ambiguous keys."""
    borrowed, borrowed_keys = _borrowed_months(cal)
    own = _table(cal.get("months"))
    table = {**_table(borrowed), **own}
    return _with_month_word(table, month_words), _keys(cal.get("ambiguous_months")) | (borrowed_keys - set(own))


def _percent(data: dict) -> dict:
    table = {joint_key(str(p)): "percent" for p in data.get("signs", []) + data.get("words", [])}
    table.update({joint_key(str(p)): "point" for p in data.get("points", [])})
    return table


def from_data(data: dict) -> Language:
    numbers = data.get("numbers", {})
    quals = data.get("qualifiers", {})
    ranges = data.get("ranges", {})
    money = data.get("money", {})
    cal = data.get("calendar", {})
    boiler = data.get("boilerplate", {})
    months, ambiguous_months = _months(cal, data.get("durations", {}).get("month"))
    return Language(
        code=data["code"],
        name=data.get("name", data["code"]),
        spacy=data.get("spacy", data["code"]),
        numeric_date_order=data.get("numeric_date_order", "dmy"),
        decimal_separator=str(data.get("decimal_separator", ".")),
        group_separator=str(data.get("group_separator", ",")),
        cardinals=_inverse(numbers.get("cardinals")),
        scales=_inverse(numbers.get("scales")),
        joiners=_keys(numbers.get("joiners")),
        indefinite=_keys(numbers.get("indefinite")),
        weak=_keys(numbers.get("weak")),
        indefinite_units=frozenset(str(u) for u in numbers.get("indefinite_units") or ()),
        fractions=_inverse(numbers.get("fractions")),
        ordinals=_inverse(numbers.get("ordinals")),
        ordinal_suffixes=tuple(joint_key(s) for s in numbers.get("ordinal_suffixes", [])),
        adjacent_needs_joiner=bool(numbers.get("adjacent_needs_joiner", False)),
        adjacent_numbers_are_range=bool(numbers.get("adjacent_numbers_are_range", False)),
        qualifiers_before=_table(quals.get("before")),
        qualifiers_after=_table(quals.get("after")),
        qualifiers_verbal=_table(quals.get("verbal")),
        verbal_gap=_keys(quals.get("verbal_gap")),
        verbal_filler=_keys(quals.get("verbal_filler")),
        qualifiers_verbal_after=_table(quals.get("verbal_after")),
        verbal_after_opener=_keys(quals.get("verbal_after_opener")),
        ordinal_adverb_after=_keys(numbers.get("ordinal_adverb_after")),
        pseudo=_keys(quals.get("pseudo")),
        ranges_bracketed=tuple((joint_key(a), joint_key(b)) for a, b in ranges.get("bracketed", [])),
        ranges_infix=_keys(ranges.get("infix")),
        ranges_change_from=_keys(ranges.get("change_from")),
        ranges_change_verbs=_keys(ranges.get("change_verbs")),
        ranges_change_pairs=frozenset((joint_key(a), joint_key(b)) for a, b in ranges.get("change_pairs", [])),
        ranges_change_to=_keys(ranges.get("change_to")),
        ranges_change_by=_keys(ranges.get("change_by")),
        vague=_inverse(data.get("vague")),
        vague_durations={joint_key(str(k)): str(v) for k, v in ((data.get("vague_durations") or {}).get("words") or {}).items()},
        vague_durations_marked=_keys((data.get("vague_durations") or {}).get("marked")),
        vague_durations_not_after=_keys((data.get("vague_durations") or {}).get("not_after")),
        zero_phrases=_keys(data.get("zero_phrases")),
        percent=_percent(data.get("percent", {})),
        currency_symbols=_inverse(money.get("symbols")),
        currency_words=_inverse(money.get("words")),
        durations=_table(data.get("durations")),
        months=months,
        ambiguous_months=ambiguous_months,
        jalali_months=_with_month_word(_table(cal.get("jalali_months")), data.get("durations", {}).get("month")),
        hijri_months=_table(cal.get("hijri_months")),
        weekdays=_table(cal.get("weekdays")),
        relative=_table({k: v for k, v in data.get("relative", {}).items() if k != "ago"}),
        units=_table(data.get("units")),
        unit_stop_words=_keys(data.get("unit_stop_words")),
        partitive=_keys(data.get("partitive")),
        reference_words=_keys(data.get("reference_words")),
        era_years=_keys(data.get("era_years")),
        year_prepositions=_keys(data.get("year_prepositions")),
        title_words=_keys(data.get("title_words")),
        clock_words=_keys(data.get("clock_words")),
        future_markers=_keys(data.get("future_markers")),
        clause_breaks=_keys(data.get("clause_breaks")),
        plural_suffixes=tuple(tuple(pair) for pair in data.get("plural_suffixes", [])),
        boilerplate_starts=frozenset(boiler.get("starts", [])),
        boilerplate_lines=frozenset(boiler.get("lines", [])),
        ago_order=str(data.get("ago_order", "after")),
        function_words=_keys(data.get("function_words")),
        counted_noun_before=bool(data.get("counted_noun_before", False)),
        proclitics=_keys(data.get("proclitics")),
        digit_prefixes=_keys(data.get("digit_prefixes")),
        units_before_tens=bool(numbers.get("units_before_tens", False)),
        dual_suffixes=tuple((joint_key(a), joint_key(b)) for a, b in numbers.get("dual_suffixes", [])),
        double_month_separators=frozenset(str(x) for x in cal.get("double_month_separators", [])),
        decimal_words=_keys(numbers.get("decimal_words")),
        extra_separators={str(k): str(v) for k, v in (data.get("extra_separators") or {}).items()},
        month_words=_keys(data.get("durations", {}).get("month")),
        week_start=("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(str(cal.get("week_start", "mon"))),
        eras=_table(cal.get("eras")),
        ago_words=_keys(data.get("relative", {}).get("ago")),
        capitalized_names=bool(data.get("capitalized_names", False)),
        determiners=_keys(data.get("determiners")),
        percent_before=_keys(data.get("percent", {}).get("before")),
        teens_after=frozenset(int(x) for x in numbers.get("teens_after", [])),
        suffix_marks=frozenset(str(x) for x in data.get("suffix_marks", [])),
        raw=data,
    )


@lru_cache(maxsize=None)
def load(code: str) -> Language:
    """The language data of a code, made once a process and kept: its tables (some 100,000 objects for the five
    languages with spaCy's) are put out of the cycle collector's reach (gc.freeze, as parallel.collector_paused
    does), for each full collection scanned them all again, 40-50 ms in the middle of the text being read. They
    hold no garbage only the collector could find; what was garbage before is collected first."""
    language = from_data(_read(code))
    gc.collect()
    gc.freeze()
    return language


@lru_cache(maxsize=None)
def _read(code: str) -> dict:
    path = LANG_DIR / f"{code}.yaml"
    if not path.exists():
        raise ValueError(f"no language data for {code!r} (looked for {path})")
    return datafile.load(path)


def available() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in LANG_DIR.glob("*.yaml")))
