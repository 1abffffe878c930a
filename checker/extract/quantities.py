"""Quantity rules: counts, percents, money, durations, ordinals, ranges and vague amounts.

A quantity is [qualifier] number [unit word] [qualifier], and what it counts is
the noun that follows (or, for an ordinal, the noun on either side).
"""
from __future__ import annotations

from typing import Optional

from .. import intervals
from ..model import Interval
from .context import Context, Raw
from .dates import ago, year_interval
from .numbers import Number, parse_number


def _lemma(ctx: Context, key: str) -> str:
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
        if _transparent(ctx, j):
            continue
        key = ctx.key(j)
        if key in ctx.lang.unit_stop_words or not key.isalpha():
            break
        if not fallback[0]:
            fallback = (_lemma(ctx, key), j)
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
    if found:
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


def _range_end(ctx: Context, number: Number) -> Optional[Number]:
    """The second number of 'X to Y', 'X-Y' or (where the language says so) 'X Y'."""
    k = number.end
    if ctx.key(k) in ctx.lang.ranges_infix and ctx.free(k + 1):
        other = parse_number(ctx.tokens, k + 1, ctx.lang, ctx.masked)
        if other and other.value > number.value and not other.ordinal:
            return other
    if ctx.lang.adjacent_numbers_are_range and number.words and ctx.free(k):
        other = parse_number(ctx.tokens, k, ctx.lang, ctx.masked)
        if other and other.words and other.value > number.value and not other.ordinal:
            return other
    return None


def _bracketed(ctx: Context, i: int) -> Optional[tuple[Number, Number]]:
    """'between 4 and 5', 'from 4 to 5', 'بین ۱۰ تا ۲۰'."""
    for opener, closer in ctx.lang.ranges_bracketed:
        if ctx.key(i) == opener and ctx.free(i + 1):
            low = parse_number(ctx.tokens, i + 1, ctx.lang, ctx.masked)
            if low and ctx.key(low.end) == closer:
                high = parse_number(ctx.tokens, low.end + 1, ctx.lang, ctx.masked)
                if high:
                    return low, high
    return None


def _base(number: Number) -> Interval:
    if number.scale > 1 and not number.words:
        return intervals.rounded(number.written, number.scale)
    return intervals.point(number.value)


def _is_year(ctx: Context, number: Number) -> bool:
    token = ctx.tokens[number.start]
    return (number.end - number.start == 1 and token.text.isdigit() and len(token.text) == 4
            and (1800 <= number.value <= 2100 or (bool(ctx.lang.jalali_months) and 1300 <= number.value <= 1499)))


def _vague_at(ctx: Context, start: int, j: int) -> Optional[Raw]:
    found = ctx.phrase(j, ctx.lang.vague, 4)
    if not found:
        return None
    end, key = found
    unit, _ = unit_after(ctx, end)
    value = intervals.vague(str(key))
    return Raw(start, end, "count", value, "vague", unit, f"vague:{key}")


def quantity_at(ctx: Context, i: int) -> Optional[Raw]:
    if ctx.phrase(i, ctx.lang.pseudo, 4) or ctx.key(i - 1) in ctx.lang.reference_words:
        return None
    op, j = "eq", i
    found = ctx.phrase(i, ctx.lang.qualifiers_before, 4)
    if found:
        j, op = found[0], str(found[1])
    vague = _vague_at(ctx, i, j)
    if vague:
        return vague
    if ctx.phrase(j, ctx.lang.zero_phrases, 4) and op == "eq":
        end = ctx.phrase(j, ctx.lang.zero_phrases, 4)[0]
        unit, _ = unit_after(ctx, end)
        return Raw(i, end, "count", intervals.point(0), "eq", unit, "count:zero")
    bracket = _bracketed(ctx, j) if op == "eq" else None
    currency = ctx.phrase(j, ctx.lang.currency_symbols, 2)
    if currency:
        j = currency[0]
    if not ctx.free(j):
        return None
    if bracket:
        number, high = bracket
    else:
        number = parse_number(ctx.tokens, j, ctx.lang, ctx.masked)
        if number is None:
            return None
        high = _range_end(ctx, number)
    end = (high or number).end
    kind, detail, end = _suffix(ctx, end)
    if currency:
        kind, detail = "money", str(currency[1])
    after_op, end = _after_qualifier(ctx, end)
    if after_op and op == "eq":
        op = after_op
    if high:
        op = "between"
    rule = f"{kind or 'number'}:{'words' if number.words else 'digits'}" + (f"-{op}" if op != "eq" else "")
    if number.ordinal and not kind:
        return Raw(i, end, "ordinal", intervals.point(number.value), op, _ordinal_unit(ctx, i, end), "ordinal")
    unit, _ = unit_after(ctx, end) if kind in ("", "duration") else ("", -1)
    if kind == "duration" and ctx.phrase(end, ctx.lang.relative, 1) and ctx.phrase(end, ctx.lang.relative, 1)[1] == "ago":
        span_end = ctx.phrase(end, ctx.lang.relative, 1)[0]
        value = ago(ctx, number.value, detail)
        if value is None:
            from .dates import NEEDS_PUBLISHED, UNKNOWN
            return Raw(i, span_end, "date", UNKNOWN, rule="date:ago", granularity="day", unresolved=NEEDS_PUBLISHED)
        return Raw(i, span_end, "date", value, rule="date:ago", granularity="day")
    if (number.weak or number.slash) and not kind and not ctx.phrase(number.end, ctx.lang.units, 3):
        return None
    if not kind and not high and op == "eq" and _is_year(ctx, number):
        value, year_rule = year_interval(ctx, int(number.value))
        return Raw(i, end, "date", value, rule=year_rule, granularity="year")
    if high:
        value = intervals.qualified("between", number.value, kind or "count", high=high.value)
    elif op == "eq":
        value = _base(number)
    else:
        value = intervals.qualified(op, number.value, kind or "count")
    if kind == "duration":
        value = intervals.scale(value, intervals.DURATION_SECONDS[detail])
        return Raw(i, end, "duration", value, op, detail, rule)
    if kind == "percent":
        return Raw(i, end, "percent", value, op, "percentage point" if detail == "point" else "percent", rule)
    if kind == "money":
        return Raw(i, end, "money", value, op, detail, rule)
    return Raw(i, end, "count" if unit else "number", value, op, unit, rule)
