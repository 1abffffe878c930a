"""Quantity rules: counts, percents, money, durations, ordinals, ranges and vague amounts.

A quantity is [qualifier] number [unit word] [qualifier], and what it counts is
the noun that follows (or, for an ordinal, the noun on either side).
"""
from __future__ import annotations

import re
from functools import lru_cache
from decimal import Decimal
from typing import Callable, Optional

from .. import intervals
from ..intervals import CONVENTIONS
from ..model import Interval
from .context import Context, Raw, starts
from .dates import NEEDS_PUBLISHED, OFF_CALENDAR, UNKNOWN, ago, year_interval
from .numbers import Number, digits_value


def singular(ctx: Context, key: str) -> str:
    """A noun as a unit: its singular by the language's plural suffixes (residents: resident)."""
    for suffix, replacement in ctx.lang.plural_suffixes:
        if key.endswith(suffix) and len(key) > len(suffix) + 2 and not key.endswith("ss"):
            return key[: -len(suffix)] + replacement
    return key


def _transparent(ctx: Context, j: int) -> bool:
    """Tokens a unit search looks past: hyphens, numbers and duration words ('second six-year term')."""
    key = ctx.key(j)
    return key == "-" or key.isdigit() or key in ctx.lang.cardinals or key in ctx.lang.durations


def unit_after(ctx: Context, k: int, window: int = 4) -> tuple[str, int]:
    """The counted noun after token k: (canonical unit, index of its last token) or ('', -1)."""
    if ctx.key(k) in ctx.lang.partitive:
        k += 1
    fallback = ("", -1)
    for j in range(k, min(k + window, len(ctx.tokens))):
        if not ctx.free(j) or not ctx.same_sentence(k, j):
            break
        found = ctx.phrase(j, ctx.lang.units, 3)
        if found:
            return str(found[1]), found[0] - 1
        if ctx.phrase(j, ctx.lang.weekdays, 2):  # '46 يوم الأحد': a day of the week counts nothing
            break
        if _transparent(ctx, j):
            if fallback[0] and (ctx.key(j).isdigit() or ctx.key(j) in ctx.lang.cardinals):
                break  # "a magnitude 6.8 quake struck 71 km": a unit after another number is that number's
            continue
        key = ctx.key(j)
        if key in ctx.lang.unit_stop_words or not key.isalpha():
            break
        if not fallback[0]:
            fallback = (singular(ctx, key), j)
    return fallback


def unit_before(ctx: Context, i: int) -> str:
    found = ctx.phrase_ending(i, ctx.lang.units, 2)
    return str(found[1]) if found else ""


def _ordinal_unit(ctx: Context, i: int, end: int) -> str:
    """What an ordinal ranks: a known unit after it, else one just before it ('دور دوم'), else the next noun."""
    after, index = unit_after(ctx, end, 5)
    if index >= 0 and ctx.phrase(index, ctx.lang.units, 1):
        return after
    return unit_before(ctx, i) or after


def _suffix(ctx: Context, k: int) -> tuple[str, str, int]:
    """What follows a number: ('percent'|'point'|'money'|'duration', detail, end) or ('', '', k)."""
    j = k + 1 if ctx.key(k) == "-" else k
    found = ctx.phrase(j, ctx.lang.percent, 3)
    if found:
        return ("percent", str(found[1]), found[0])
    found = ctx.phrase(j, ctx.lang.durations, 2)
    if found and not ctx.phrase(found[0], ctx.lang.weekdays, 2) \
            and not ctx.phrase(j, ctx.lang.pseudo, 4):  # '46 يوم الأحد': on Sunday; '7,4 segundo o USGS': according to
        return ("duration", str(found[1]), found[0])
    found = ctx.phrase(k, ctx.lang.currency_words, 3)
    if found:
        return ("money", str(found[1]), found[0])
    return ("", "", k)


def _after_qualifier(ctx: Context, k: int) -> tuple[str, int]:
    j = k + 1 if ctx.key(k) == "-" else k
    found = ctx.phrase(j, ctx.lang.qualifiers_after, 3)
    if found and not ctx.phrase(j, ctx.lang.units, 1):
        return str(found[1]), found[0]
    return "", k


_DASHED_RANGE = re.compile(r"^(\d[\d,.]*)(?:[-–—]|--)(\d[\d,.]*)$")  # "10–12", plain text's "10--12"


def _next_number(ctx: Context, k: int) -> Optional[Number]:
    """A number at token k, allowing a currency symbol before it ('$2 million to $3 million')."""
    currency = ctx.phrase(k, ctx.lang.currency_symbols, 2)
    k = currency[0] if currency else k
    return ctx.number(k) if ctx.free(k) else None


def _shared_scale(low: Number, high: Number) -> Number:
    """'2 to 3 million': the scale of the second number applies to the first."""
    if high.scale > 1 and low.scale == 1 and low.value < high.scale:
        return low._replace(value=low.value * high.scale, scale=high.scale)
    return low


def _range_end(ctx: Context, number: Number) -> Optional[Number]:
    """The second number of 'X to Y', 'X-Y' or (where the language says so) 'X Y'."""
    k = _past_sign(ctx, number.end)  # '58.3% to 60.7%'; not 'rose 4% to 31%' (a rise by 4 points, to 31 %)
    if (a_change(ctx, number.start - 1) and not _is_year(ctx, number)) or \
            (k > number.end and ctx.key(number.start - 1) in ctx.lang.ranges_change_verbs) or \
            _change_by(ctx, number.start - 1):
        return None
    if ctx.key(k) in ctx.lang.ranges_infix and ctx.free(k + 1):
        other = _next_number(ctx, k + 1) or _after_doubled_dash(ctx, k)
        if (other and not other.ordinal and other.value > _shared_scale(number, other).value
                and _same_sign(ctx, number, k, other)):
            return other
    k = number.end
    if ctx.lang.adjacent_numbers_are_range and number.words and ctx.free(k):
        other = ctx.number(k)
        if other and other.words and other.value > number.value and not other.ordinal:
            return other
    return None


def _after_doubled_dash(ctx: Context, k: int) -> Optional[Number]:
    """The number glued to a second dash after the dash at token k ('9.9--10.8', plain text's dash written as two
    hyphens: the tokens '-' and '-10.8'), None otherwise."""
    text = ctx.tokens[k + 1].text if k + 1 < len(ctx.tokens) else ""
    if ctx.key(k) not in DASHES or text[:1] not in DASHES:
        return None
    value = digits_value(text[1:], ctx.lang, ctx.separators)
    return Number(value[0], k + 1, k + 2, value[1]) if value else None


def _dashed(ctx: Context, j: int) -> Optional[tuple[Number, Number]]:
    """'10–12' written as one token."""
    match = _DASHED_RANGE.match(ctx.tokens[j].text) if ctx.free(j) else None
    if not match:
        return None
    low, high = (digits_value(match.group(n), ctx.lang, ctx.separators) for n in (1, 2))
    if not low or not high or high[0] <= low[0]:
        return None
    return Number(low[0], j, j + 1, low[1]), Number(high[0], j, j + 1, high[1])


# How many words may stand between a verb of change and its 'from' ('the toll rose sharply from', 'ارتفعت حصيلة
# القتلى في زلزال المغرب من'); a sign or a number between them ends the search.
CHANGE_WINDOW = 6


def _bracketed(ctx: Context, i: int) -> Optional[tuple[Number, Number]]:
    """'between 4 and 5', 'from 4 to 5', 'بین ۱۰ تا ۲۰', 'between 58.3% and 60.7%', 'entre el 58,3 % y el 60,7 %';
    not a change from one figure to another ('rose from 144 to 1,644', 'pasó de 30 a 12'): those two figures are
    read one by one."""
    if ctx.key(i) not in ctx.lang.range_openers:  # the usual case: a number, no opener
        return None
    for opener, closer in ctx.lang.ranges_bracketed:
        if ctx.key(i) == opener and ctx.free(i + 1):
            low = _next_number(ctx, _past_determiner(ctx, i + 1))
            if low and a_change(ctx, i) and not _is_year(ctx, low):  # years bound a period, not a change
                return None
            k = _past_sign(ctx, low.end) if low else 0
            if low and ctx.key(k) == closer:
                high = _next_number(ctx, _past_determiner(ctx, k + 1))
                if high and _shared_scale(low, high).value < high.value and _same_sign(ctx, low, k, high):
                    return low, high
    return None


def _past_determiner(ctx: Context, k: int) -> int:
    """The token after a determiner at token k when a number follows it ('entre el 58,3 %'), else k."""
    return k + 1 if ctx.key(k) in ctx.lang.determiners and ctx.free(k + 1) and ctx.number(k + 1) else k


def _past_sign(ctx: Context, k: int) -> int:
    """The token after a percent sign or word at token k ('between 58.3% and'), else k."""
    found = ctx.phrase(k, ctx.lang.percent, 3)
    return found[0] if found else k


def _same_sign(ctx: Context, low: Number, k: int, high: Number) -> bool:
    """Whether the second figure of a range repeats the sign its first one has (k: past the first's sign): a
    range of percents is read with its second figure's sign, so the first's must be the same."""
    return k == low.end or _past_sign(ctx, high.end) > high.end


def _change_by(ctx: Context, i: int) -> bool:
    """Whether token i is the 'by' of the amount of a change (`ranges.change_by`) with a verb of change before it: "rose
    by 12 to 90" gives the amount and the figure it rose to, no range."""
    return ctx.key(i) in ctx.lang.ranges_change_by and verb_of_change_before(ctx.key, i, ctx.lang) >= 0


def a_change(ctx: Context, i: int) -> bool:
    """Whether token i is the 'from' of a change (see change_verb_before)."""
    return change_verb_before(ctx.key, i, ctx.lang) >= 0


def change_verb_before(key_at: Callable[[int], str], i: int, lang) -> int:
    """When token i is a 'from' of the language's `ranges.change_from` with a verb of change (`change_verbs`) at
    most CHANGE_WINDOW words before it (no sign nor number between), the verb's index; else -1. `key_at(k)` is
    token k's key, '' outside the text (the extraction's tokens, or a frame's sentence). A verb may carry a
    proclitic ('وارتفعت')."""
    if key_at(i) not in lang.ranges_change_from:
        return -1
    return verb_of_change_before(key_at, i, lang)


def verb_of_change_before(key_at: Callable[[int], str], i: int, lang) -> int:
    """The index of a verb of change (`ranges.change_verbs`, maybe with a proclitic) at most CHANGE_WINDOW words
    before token i, no sign nor number between; else -1."""
    verbs = lang.ranges_change_verbs

    def a_verb(key: str) -> bool:
        return key in verbs or (key[:1] in lang.proclitics and key[1:] in verbs)

    for k in range(i - 1, max(-1, i - CHANGE_WINDOW - 1), -1):
        key = key_at(k)
        if a_verb(key):
            return k
        if _sign_or_number(key):
            return -1
    return -1


@lru_cache(maxsize=65536)
def _sign_or_number(key: str) -> bool:
    """Whether a key is a sign (no letter in it) or holds a digit: decided once per key, for the search of a verb
    of change reads the same words ('de', 'la') before every 'from'."""
    return not any(c.isalpha() for c in key) or any(c.isdigit() for c in key)


def _base(number: Number) -> Interval:
    if number.scale > 1 and not number.words:
        return intervals.rounded(number.written, number.scale)
    return intervals.point(number.value)


def _stated(number: Number) -> dict:
    """The number as written and the place of its last written digit: '2.4 million' is 2400000 to the
    100000; number words are exact (precision 1)."""
    if number.words:
        return {"stated": number.value, "precision": 1.0}
    return {"stated": number.value, "precision": _last_digit_place(number.written) * number.scale}


@lru_cache(maxsize=4096)
def _last_digit_place(written: str) -> float:
    """The place of the last digit of digits as written ('2.4': 0.1, '2400': 1), read once per shape."""
    return float(Decimal(10) ** int(Decimal(written).as_tuple().exponent))


def _is_year(ctx: Context, number: Number) -> bool:
    """Four bare digits that read as a year (1800-2100; 1300-1499 where the Solar Hijri calendar is used),
    unless a counted noun follows ('۱۳۹۵ نفر'); always after a preposition of a year, where the word after is a verb
    that is also a unit word ("A stampede in 1990 killed": the language file's `year_prepositions`)."""
    token = ctx.tokens[number.start]
    return (number.end - number.start == 1 and token.text.isdigit() and len(token.text) == 4
            and (1800 <= number.value <= 2100 or (bool(ctx.lang.jalali_months) and 1300 <= number.value <= 1499))
            and (not ctx.phrase(number.end, ctx.lang.units, 3)
                 or ctx.key(number.start - 1) in ctx.lang.year_prepositions))


def _vague_at(ctx: Context, start: int, j: int) -> Optional[Raw]:
    """'tens of thousands', 'hundreds', 'a few days', 'billions of dollars'."""
    found = ctx.phrase(j, ctx.lang.vague, 4)
    if not found:
        return None
    end, key = found
    # a number is a noun that names it loosely ('une cinquantaine' = about 50); a name is a vague range
    op = "approx" if isinstance(key, (int, float)) else "vague"
    value = intervals.qualified("approx", float(key), "count") if op == "approx" else intervals.vague(str(key))
    k = end + 1 if ctx.key(end) in ctx.lang.partitive else end
    duration = ctx.phrase(k, ctx.lang.durations, 2)  # 'a few days', 'une dizaine de jours'
    if duration:
        seconds = intervals.DURATION_SECONDS[str(duration[1])]
        return Raw(start, duration[0], "duration", intervals.scale(value, seconds), op, str(duration[1]),
                   f"vague:{key}-duration")
    currency = ctx.phrase(k, ctx.lang.currency_words, 3)
    if currency:
        return Raw(start, currency[0], "money", value, op, str(currency[1]), f"vague:{key}-money")
    unit, _ = unit_after(ctx, end)
    return Raw(start, end, "count", value, op, unit, f"vague:{key}")


def _is_reference(ctx: Context, i: int) -> bool:
    """'Section 3', 'No. 2', 'ساعت ۱۰': a word before the number makes it a reference or a clock time."""
    return bool(ctx.phrase_ending(i, ctx.lang.reference_words, 2)) or ctx.key(i - 1) in ctx.lang.clock_words


def _era_year(ctx: Context, i: int) -> bool:
    """'Year 6 of Reiwa Era', 'año 6 de la era Reiwa', 'سال ۶ دوره ریوا': digits right before a phrase of the
    language's `era_years` are a year of an era, a label, not a quantity."""
    return i < len(ctx.tokens) and ctx.tokens[i].text.isdigit() and bool(ctx.phrase(i + 1, ctx.lang.era_years, 4))


# Names with a number ('Boeing 737', 'Vision 2030', 'Route 66') number things below this.
NAMED_BELOW = 10000


def _named(ctx: Context, i: int, number: Number) -> bool:
    """'Boeing 737', 'Vision 2030', 'Cold War Two': bare digits, or a capitalized number word, right after
    a capitalized word that is no lexicon word; not a number of NAMED_BELOW or more ('Pike 12,400,000' in a list of
    results: names number a model, a route or a plan, not tens of thousands)."""
    if not ctx.lang.capitalized_names or number.scale > 1 or i == 0 or not ctx.same_sentence(i - 1, i) \
            or number.value >= NAMED_BELOW:
        return False
    if number.words and not ctx.tokens[i].text[:1].isupper():
        return False
    before = ctx.tokens[i - 1]
    first_of_sentence = i - 1 == 0 or not ctx.same_sentence(i - 2, i - 1)
    return (before.text[:1].isupper() and before.text.isalpha() and not first_of_sentence
            and not any(before.key in table for table in ctx.lang.lexicon_tables))


def _in_title(ctx: Context, i: int, end: int) -> bool:
    """'the 1999 Constitution', 'Constitución de 1999', 'Expo 2020': a year that names a thing (a title word of
    the language data right before it, maybe with 'of'/'de' between, or right after it) is part of a title."""
    before = i - 1 if ctx.key(i - 1) in ctx.lang.partitive else i
    return bool(ctx.phrase_ending(before, ctx.lang.title_words, 3) or ctx.phrase(end, ctx.lang.title_words, 3))


def _noun_at(ctx: Context, j: int) -> bool:
    """Whether token j can be a noun an ordinal ranks: a word that is no function or stop word."""
    key = ctx.key(j)
    return (ctx.free(j) and key.isalpha() and key not in ctx.lang.unit_stop_words
            and key not in ctx.lang.function_words)


def _ranks_nothing(ctx: Context, start: int, number: Number) -> bool:
    """'First, the army...', 'the first to arrive', 'los primeros en llegar', 'finished third.': an ordinal word
    followed by a stop or function word or by punctuation (not a hyphen or a joiner: 'third-largest', 'second
    and third convoys'), with no noun before it where the counted noun may come first, is an adverb or a
    pronoun: it ranks nothing."""
    if not number.words or not number.ordinal:
        return False
    if start > 0 and ctx.key(start - 1) in ctx.lang.ordinal_adverb_after and ctx.same_sentence(start - 1, start):
        return True  # 'the strain was first detected'
    if number.end >= len(ctx.tokens):
        return False
    key = ctx.key(number.end)
    if not ctx.same_sentence(start, number.end) or key == "-" or key in ctx.lang.joiners:
        return False
    if key.isalpha() and key not in ctx.lang.unit_stop_words and key not in ctx.lang.function_words:
        return False
    return not (ctx.lang.counted_noun_before and start > 0 and ctx.same_sentence(start - 1, start)
                and _noun_at(ctx, start - 1))


def _not_a_quantity(ctx: Context, number: Number, start: int) -> bool:
    """'Wait a second.': an ordinal after an indefinite article with no noun after it."""
    if not (number.words and number.ordinal and ctx.key(start - 1) in ctx.lang.indefinite):
        return False
    following = ctx.key(number.end)
    return not following.isalpha() or following in ctx.lang.unit_stop_words


LEGEND_SIGNS = frozenset(CONVENTIONS["legend_bins"]["signs"])
LEGEND_STEPS = tuple(float(step) for step in CONVENTIONS["legend_bins"]["steps"])
DASHES = frozenset({"-", "–", "—", "‒", "−"})


def _legend_bin(ctx: Context, i: int, number: Number, high: Optional[Number]) -> bool:
    """'20–29%', '10–19.9', '≥ 60%': a class of a map legend or an infobox (checker/conventions.yaml,
    legend_bins), not a figure: a sign of comparison before the number, or a dashed range from a multiple
    of a step to the next multiple less one unit of its last digit."""
    if ctx.tokens[i - 1].text in LEGEND_SIGNS if i > 0 else False:
        return True
    if high is None or number.words or high.words or number.scale != 1 or high.scale != 1:
        return False
    dashed = number.start == high.start or (high.start == number.end + 1 and ctx.key(number.end) in DASHES)
    if not dashed:
        return False
    unit = float(Decimal(10) ** Decimal(high.written).as_tuple().exponent) if high.written else 1.0
    return any(number.value % step == 0 and abs(high.value + unit - number.value - step) < 1e-9
               for step in LEGEND_STEPS)


def _numbers_at(ctx: Context, j: int, op: str) -> Optional[tuple[Number, Optional[Number]]]:
    bracket = (_bracketed(ctx, j) if op == "eq" else None) or _dashed(ctx, j)
    if bracket:
        return _shared_scale(*bracket), bracket[1]
    number = ctx.number(j)
    if number is None:
        return None
    high = _range_end(ctx, number)
    return (_shared_scale(number, high) if high else number), high


def _indefinite_duration(ctx: Context, i: int) -> Optional[Raw]:
    """'a month after': an indefinite article before a duration word is one of it."""
    if ctx.key(i) not in ctx.lang.indefinite or not ctx.free(i + 1):
        return None
    found = ctx.phrase(i + 1, ctx.lang.durations, 2)
    word = ctx.key(i + 1)
    half = _and_a_fraction(ctx, found[0]) if found else None  # 'a decade and a half' = 1.5 decades
    # not 'a decade and ...' otherwise, 'a years-long', 'a second' (also an ordinal), nor a plural
    if (not found or (ctx.key(found[0]) in ctx.lang.joiners and not half) or ctx.key(found[0]) == "-"
            or word in ctx.lang.ordinals or singular(ctx, word) != word):
        return None
    unit = str(found[1])
    amount, end = (1 + half[1], half[0]) if half else (1.0, found[0])
    return Raw(i, end, "duration", intervals.point(amount * intervals.DURATION_SECONDS[unit]), "eq", unit,
               "duration:indefinite")


def _and_a_fraction(ctx: Context, k: int) -> Optional[tuple[int, float]]:
    """A joiner and a fraction word after a unit ('y media', 'e meia', 'و نیم', 'and a half'): (end, fraction)."""
    if ctx.key(k) not in ctx.lang.joiners:
        return None
    j = k + 2 if ctx.key(k + 1) in ctx.lang.indefinite else k + 1
    if ctx.key(j) in ctx.lang.fractions:
        return j + 1, float(ctx.lang.fractions[ctx.key(j)])
    return None


def _dual_at(ctx: Context, i: int) -> Optional[Raw]:
    """A dual noun that stands for two: 'یومین' = 2 days, 'دولارین' = 2 dollars."""
    key = ctx.tokens[i].key
    unit = ctx.lang.dual_of(key, ctx.lang.durations)
    if unit:
        return Raw(i, i + 1, "duration", intervals.point(2 * intervals.DURATION_SECONDS[str(unit)]), "eq",
                   str(unit), "duration:dual")
    currency = ctx.lang.dual_of(key, ctx.lang.currency_words)
    if currency:
        return Raw(i, i + 1, "money", intervals.point(2), "eq", str(currency), "money:dual")
    unit = ctx.lang.dual_unit(key)
    if unit:  # 'جریحان', 'طفلین': a counted noun in the dual is the count 2
        return Raw(i, i + 1, "count", intervals.point(2), "eq", str(unit), "count:dual", stated=2.0, precision=1.0)
    return None


def _indefinite_count(ctx: Context, i: int) -> Optional[Raw]:
    """'una víctima', 'un muerto': an indefinite article right before the counted noun of a unit the language
    lists in numbers.indefinite_units is the count 1; before any other noun it is the article ('un informe')."""
    if ctx.key(i) not in ctx.lang.indefinite or not ctx.lang.indefinite_units or not ctx.free(i + 1):
        return None
    found = ctx.phrase(i + 1, ctx.lang.units, 3)
    if not found or found[1] not in ctx.lang.indefinite_units:
        return None
    return Raw(i, i + 1, "count", intervals.point(1), "eq", str(found[1]), "count:indefinite", stated=1.0,
               precision=1.0)


@starts("number", "digits", "dual", "indefinite", "ago_words", "qualifiers_before", "vague", "zero_phrases",
        "currency_symbols", "percent_before", "range")
def quantity_at(ctx: Context, i: int) -> Optional[Raw]:
    """A quantity at token i, where the scan found no pseudo phrase ('more than once')."""
    if _is_reference(ctx, i) or _era_year(ctx, i):
        return None
    if ctx.lang.dual_suffixes and ctx.free(i):
        dual = _dual_at(ctx, i)
        if dual:
            return dual
    begun = ctx.begins(i)  # the tables whose phrases can begin at i: no walk of the others
    one = (_indefinite_duration(ctx, i) or _indefinite_count(ctx, i)) if "indefinite" in begun else None
    if one:
        return one
    ago_first = ctx.phrase(i, ctx.lang.ago_words, 3) \
        if "ago_words" in begun and ctx.lang.ago_order in ("before", "both") else None
    if ago_first:  # 'قبل ثلاثة أيام' = three days ago
        found = None if ctx.phrase(ago_first[0], ctx.lang.pseudo, 4) else quantity_at(ctx, ago_first[0])
        if found and found.kind == "duration" and found.qualifier == "eq":
            seconds = intervals.DURATION_SECONDS[found.unit]
            return _ago(ctx, i, found.end, found.value.low / seconds, found.unit)
        return None
    op, j, verbal = "eq", i, None
    found = ctx.phrase(i, ctx.lang.qualifiers_before, 4) if "qualifiers_before" in begun else None
    if found:
        j, op, begun = found[0], str(found[1]), ctx.begins(found[0])
    else:  # 'the toll topped 1,000': a verb before the number, outside the span
        verbal = ctx.phrase_ending(i, ctx.lang.qualifiers_verbal, 3)
        if not verbal and ctx.key(i - 2) in ctx.lang.verbal_gap and ctx.free(i - 2) and ctx.same_sentence(i - 2, i):
            verbal = ctx.phrase_ending(i - 2, ctx.lang.qualifiers_verbal, 3)  # 'تجاوز عدد المصابين 300'
        filler = None if verbal else ctx.phrase_ending(i, ctx.lang.verbal_filler, 4)
        if filler:  # 'ultrapassou a marca de 2 mil', 'topped the 2,000 mark'
            verbal = ctx.phrase_ending(filler[0], ctx.lang.qualifiers_verbal, 3)
        op = str(verbal[1]) if verbal else op
    vague = _vague_at(ctx, i, j) if "vague" in begun else None
    if vague:
        return vague
    zero = ctx.phrase(j, ctx.lang.zero_phrases, 4) if op == "eq" and "zero_phrases" in begun else None
    if zero and ctx.key(zero[0]) != "-":
        unit, _ = unit_after(ctx, zero[0])
        return Raw(i, zero[0], "count", intervals.point(0), "eq", unit, "count:zero")
    currency = ctx.phrase(j, ctx.lang.currency_symbols, 2) if "currency_symbols" in begun else None
    if currency:
        j = currency[0]
    percent_first = ctx.phrase(j, ctx.lang.percent_before, 2) if not currency and "percent_before" in begun else None
    sign_first = bool(percent_first)  # '٪۶۸', '%68', 'yüzde 68': the sign or word before the number
    j = percent_first[0] if percent_first else j
    numbers = _numbers_at(ctx, j, op) if ctx.free(j) else None
    if numbers is None or _not_a_quantity(ctx, numbers[0], i):
        return None
    number, high = numbers
    if verbal and _changes_to(ctx, number):  # 'os mortos passam de 290 para 310': a change, no bound
        op = "eq"
    end = (high or number).end
    said = {} if high else _stated(number)
    if number.ordinal:
        if _ranks_nothing(ctx, i, number):
            return None
        return Raw(i, end, "ordinal", intervals.point(number.value), op, _ordinal_unit(ctx, i, end), "ordinal")
    kind, detail, end = ("percent", "percent", end) if sign_first else _suffix(ctx, end)
    if currency:
        kind, detail = "money", str(currency[1])
    after_op, end = _after_qualifier(ctx, end)
    if after_op and op == "eq":
        op = after_op
    if op == "eq" and _legend_bin(ctx, i, number, high):
        ctx.masked.update(range(i, end))  # neither end is a figure either
        return None
    if high:
        op = "between"
    if kind == "duration" and ctx.lang.ago_order in ("after", "both") and ctx.phrase(end, ctx.lang.ago_words, 3):
        return _ago(ctx, i, ctx.phrase(end, ctx.lang.ago_words, 3)[0], number.value, detail)
    following = ctx.key(end)
    noun_ends_here = not following.isalpha() or following in ctx.lang.unit_stop_words
    noun_before = unit_before(ctx, i) if ctx.lang.counted_noun_before and noun_ends_here else ""
    unit_next = ctx.phrase(end, ctx.lang.units, 3)  # a counted noun of the units table right after it
    if (number.weak or (number.slash and number.scale == 1)) and not kind and not unit_next and not noun_before:
        return None
    if not kind and op in ("eq", "between") and _is_year(ctx, number) and (not high or _is_year(ctx, high)):
        return None if not high and _in_title(ctx, i, end) else _years(ctx, i, end, number, high)
    rule = f"{kind or 'number'}:{'words' if number.words else 'digits'}" + (f"-{op}" if op != "eq" else "")
    if high:
        value = intervals.qualified("between", number.value, kind or "count", high=high.value)
    elif op == "eq":
        value = _base(number)
    else:
        value = intervals.qualified(op, number.value, kind or "count")
    if kind == "duration":
        half = _and_a_fraction(ctx, end)  # 'dos horas y media' = 2.5 hours
        if half:
            value = intervals.qualified(op, number.value + half[1], "duration") if op != "between" else value
            end = half[0]
        value = intervals.scale(value, intervals.DURATION_SECONDS[detail])
        return Raw(i, end, "duration", value, op, detail, rule, **said)
    if kind == "percent":
        return Raw(i, end, "percent", value, op, "percentage point" if detail == "point" else "percent", rule, **said)
    if kind == "money":
        return Raw(i, end, "money", value, op, detail, rule, **said)
    unit, last = unit_after(ctx, end)
    if op == "eq" and not high and _named(ctx, i, number) and not unit_next:
        return None
    hedge = _hedge_after_noun(ctx, last) if op == "eq" and not high and unit else ""
    if op == "eq" and not high and not hedge:  # 'از ۲۰۰۰ نفر گذشت': a verb of passing after the number
        hedge = _verb_after(ctx, i, last if unit else end - 1)
    if hedge:  # '25 قتيلاً على الأقل', '12 personas como mínimo'
        op, value, rule = hedge, intervals.qualified(hedge, number.value, "count"), f"{rule}-{hedge}"
    if not unit_next and noun_before:  # 'جندي واحد': the counted noun came first
        unit = noun_before
    return Raw(i, end, "count" if unit else "number", value, op, unit, rule, **said)


def _changes_to(ctx: Context, number: Number) -> bool:
    """Whether the word of a change's second figure (`ranges.change_to`) and a number follow the number: the verb
    before it ('passam de', 'pasan de') opens a change from it to that figure, not a bound."""
    k = number.end
    return ctx.key(k) in ctx.lang.ranges_change_to and ctx.free(k + 1) and _next_number(ctx, k + 1) is not None


def _verb_after(ctx: Context, i: int, last: int) -> str:
    """The qualifier of a verb of passing right after a number and its counted noun (ending at token last), when
    the word it needs stands right before the number (`qualifiers.verbal_after` and `verbal_after_opener`: 'از
    ۲۰۰۰ نفر گذشت', the toll passed 2,000); '' when none ('از ۲۰۰۰ نفر، ۵۰۰ نفر زخمی شدند' is 'of 2,000')."""
    if not ctx.lang.qualifiers_verbal_after or not ctx.phrase_ending(i, ctx.lang.verbal_after_opener, 2):
        return ""
    found = ctx.phrase(last + 1, ctx.lang.qualifiers_verbal_after, 3)
    return str(found[1]) if found and ctx.same_sentence(i, last + 1) else ""


def _hedge_after_noun(ctx: Context, last: int) -> str:
    """The qualifier written after a counted noun ending at token last ('25 people at least'), or ''; not
    one that begins another quantity ('6 dead and more than 30', '6 dead at least 30 injured')."""
    found = ctx.phrase(last + 1, ctx.lang.qualifiers_after, 3) if last >= 0 else None
    if not found or not ctx.same_sentence(last, found[0] - 1):
        return ""
    following = ctx.key(found[0])
    if any(c.isdigit() for c in following) or following in ctx.lang.cardinals:
        return ""
    if any(ctx.phrase(j, ctx.lang.qualifiers_before, 4) for j in range(last + 2, found[0] + 1)):
        return ""
    return str(found[1])


# Qualifiers a count passes to the next when only its counted noun and a joiner stand between them
# ('at least 6 dead and 70 wounded': both at least).
CARRIED_QUALIFIERS = frozenset({"gt", "ge", "lt", "le", "approx"})


def carry_hedges(ctx: Context, raws: list[Raw]) -> list[Raw]:
    """Counts in order of position, a hedge carried over a coordination of counts."""
    out = list(raws)
    for k in range(1, len(out)):
        first, second = out[k - 1], out[k]
        if (first.kind == second.kind == "count" and first.qualifier in CARRIED_QUALIFIERS
                and second.qualifier == "eq" and second.rule.startswith("number:")
                and second.value.low == second.value.high and _only_nouns_and_joiner(ctx, first.end, second.start)):
            op = first.qualifier
            out[k] = second._replace(value=intervals.qualified(op, second.value.low, "count"), qualifier=op,
                             rule=f"{second.rule}-{op}-carried")
    return out


def _only_nouns_and_joiner(ctx: Context, start: int, stop: int) -> bool:
    """Whether tokens [start, stop) are counted nouns of the units table followed by one joiner."""
    if stop - start < 2 or ctx.key(stop - 1) not in ctx.lang.joiners or not ctx.same_sentence(start, stop):
        return False
    j = start
    while j < stop - 1:
        found = ctx.phrase(j, ctx.lang.units, 3)
        if not found or found[0] > stop - 1:
            return False
        j = found[0]
    return True


def _ago(ctx: Context, start: int, end: int, amount: float, unit: str) -> Raw:
    try:
        value = ago(ctx, amount, unit)
    except (ValueError, OverflowError):
        return Raw(start, end, "date", UNKNOWN, rule="date:ago", granularity=unit, unresolved=OFF_CALENDAR)
    if value is None:
        return Raw(start, end, "date", UNKNOWN, rule="date:ago", granularity="day", unresolved=NEEDS_PUBLISHED)
    return Raw(start, end, "date", value, rule="date:ago", granularity="day")


def _years(ctx: Context, start: int, end: int, number: Number, high: Optional[Number]) -> Raw:
    """A bare year, or a range of years ('between 2014 and 2018')."""
    value, rule = year_interval(ctx, int(number.value))
    if high:
        last, _ = year_interval(ctx, int(high.value))
        return Raw(start, end, "date", Interval(value.low, last.high, True, True, "date"), "between",
                   rule=rule + "-range", granularity="year")
    return Raw(start, end, "date", value, rule=rule, granularity="year")


@starts("vague_durations")
def vague_duration_at(ctx: Context, i: int) -> Optional[Raw]:
    """'Hours later', 'for days', 'days of looting', 'أياماً', 'ساعاتی' (issue 9, item 4): a plural of a unit without
    a number is a vague duration (checker/conventions.yaml, vague_durations); not after a determiner or a word
    of the language's not_after ('in recent months', 'these days'), unless its form is itself vague, nor before
    an 'ago' word."""
    found = ctx.phrase(i, ctx.lang.vague_durations, 2)
    if not found:
        return None
    end, unit = found
    if ctx.key(i) not in ctx.lang.vague_durations_marked and i > 0 and ctx.same_sentence(i - 1, i):
        before = ctx.key(i - 1)
        if before in ctx.lang.determiners or before in ctx.lang.vague_durations_not_after \
                or before in ctx.lang.indefinite or any(c.isdigit() for c in before):
            return None
    if ctx.lang.ago_order in ("after", "both") and ctx.phrase(end, ctx.lang.ago_words, 3):
        return None
    if any(c.isdigit() for c in ctx.key(end)):  # 'nos dias 15 e 16 de março': the days named by number
        return None
    return Raw(i, end, "duration", intervals.vague_duration(str(unit)), "vague", str(unit), "duration:vague")
