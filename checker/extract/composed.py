"""Dates composed the way papers write them: ranges and pairs of days or months that share the month or
the year written once at their end ('15 y 16 de marzo', 'between May and August 2016'), an ordinal month
of a year ('segundo mes de 2020', 'ماه دوم سال ۲۰۲۰'), and days counted from the day the text just named
('la víspera', 'no dia anterior')."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Optional

from ..model import INF, Interval
from .context import LIST_SEPARATORS, Context, Raw, starts
from .dates import (ANCHORED, DateParts, _calendar_interval, _year_at, calendar_year, date_parts, day_interval,
                    resolve, within_calendar)


def _skip_articles(ctx: Context, j: int) -> int:
    """Past the articles and day words between a range word and its date ('entre el 3', 'entre os dias 9')."""
    while ctx.free(j) and (ctx.key(j) in ctx.lang.determiners or ctx.phrase(j, ctx.lang.durations, 1) == (j + 1, "day")):
        j += 1
    return j


def _first_at(ctx: Context, j: int) -> Optional[DateParts]:
    """The first end of a range: a date, or a bare day whose month and year the second end gives."""
    parts = date_parts(ctx, j, alone=False)
    if parts:
        return parts
    day = ctx.day(j)
    return DateParts(day[1], "", 0, day[0], None, "date:day") if day else None


def _bare_day(ctx: Context, j: int, first: DateParts) -> Optional[DateParts]:
    """'March 15 and 16': a second day of the first end's month, followed by no month, unit or noun."""
    day = ctx.day(j)
    if not day or first.day is None or date_parts(ctx, j, alone=False):
        return None
    after = day[1]
    if ctx.phrase(after, ctx.lang.units, 3) or ctx.phrase(after, ctx.lang.durations, 3) or (
            after < len(ctx.tokens) and ctx.tokens[after].text[:1].isalnum() and ctx.same_sentence(j, after)):
        return None
    return DateParts(after, first.cal, first.month, day[0], first.year, first.rule)


def _completed(first: DateParts, last: DateParts) -> Optional[DateParts]:
    """The first end with what the text wrote only once, at the second: its month, its year."""
    if (first.day is None) != (last.day is None) or (first.month and first.cal != last.cal):
        return None
    month = first.month or last.month
    year = first.year
    if year is None and last.year is not None:
        year = last.year - (month > last.month)  # 'from December to March 2020': December 2019
    return DateParts(first.end, last.cal, month, first.day, year, first.rule)


def _listed_days(ctx: Context, first: DateParts, closers) -> tuple[int, int]:
    """Past the middle days of a list of bare days that shares its month with the last ("4, 5 and 6 October", "4, 5 y 6
    de octubre", "4 و5 و6 أكتوبر", "۴، ۵ و ۶ اکتبر"): (the token of its last connector, how many days stand between
    the first and the last); (first.end, 0) when it is no such list. The list is one mention, a date, and no bare
    number ("4" counts nothing): its days from the first to the last."""
    k, listed = first.end, 0
    if first.month:
        return k, 0
    while ctx.free(k) and (ctx.key(k) in LIST_SEPARATORS or ctx.key(k) in closers):
        day = ctx.day(k + 1)
        if not day or not ctx.free(day[1]) or not (ctx.key(day[1]) in LIST_SEPARATORS or ctx.key(day[1]) in closers):
            break
        k, listed = day[1], listed + 1
    return k, listed


def _connector(ctx: Context, k: int, closers) -> bool:
    return ctx.free(k) and ctx.key(k) in closers


@starts("range", "day", "months", "jalali_months", "hijri_months")
def date_range_at(ctx: Context, i: int) -> Optional[Raw]:
    """'between March 18 and April 10', 'entre el 3 y el 5 de abril', 'بين مايو وأغسطس 2016' (a range,
    qualifier between); '15 y 16 de marzo', 'March 15 and 16' (a pair of days next to each other: one
    mention); '27 y el 31 de marzo' (two days apart: the first day alone, in the second's month)."""
    opener = ctx.key(i)
    bracketed = [closer for start, closer in ctx.lang.ranges_bracketed if opener == start] \
        if opener in ctx.lang.range_openers else []
    if bracketed:
        j, closers = _skip_articles(ctx, i + 1), set(bracketed)
    else:
        j, closers = i, ctx.lang.range_connectors
    first = _first_at(ctx, j) if ctx.free(j) else None
    if not first:
        return None
    joined, listed = _listed_days(ctx, first, closers) if not bracketed else (first.end, 0)
    if not _connector(ctx, joined, closers):
        return None
    k = _skip_articles(ctx, joined + 1)
    last = date_parts(ctx, k, alone=False) or (_bare_day(ctx, k, first) if first.month else None)
    if not last or (first.day is None and last.year is None and not bracketed):
        return None  # 'Theresa May and August Smith': months alone pair only with a year or a range word
    first = _completed(first, last)
    start, end = resolve(ctx, j, first) if first else None, resolve(ctx, k, last)
    if not start or not end:
        return None
    if last.year is None and not start.unresolved and not end.unresolved and start.value.low > end.value.low:
        end = _after_first(ctx, k, last, start) or end  # 'from 16 to 18 March' read on the 16th: this year's 18th
    if start.unresolved or end.unresolved:
        return Raw(i, end.end, "date", start.value if start.unresolved else end.value, "between",
                   rule="date:range", granularity=end.granularity, unresolved=start.unresolved or end.unresolved)
    if start.value.low > end.value.low:
        return None
    ranged = bracketed or ctx.key(first.end) in ctx.lang.ranges_infix
    if not ranged and end.value.low - start.value.high > 1 + listed:  # two days apart: each its own mention
        return start._replace(start=i, end=first.end, rule=start.rule + "-paired")
    value = Interval(start.value.low, end.value.high, True, True, "date")
    return Raw(i, end.end, "date", value, "between", rule="date:range", granularity=end.granularity)


def _after_first(ctx: Context, k: int, last: DateParts, start: Raw) -> Optional[Raw]:
    """The second end of a range that writes no year, read in the first end's year or the next, the first of them
    that does not begin before the first end: the range is one span, so a range that holds the publication day ('from
    16 to 18 March' on the 16th) ends in its first day's year, not in the year before (each end alone takes the
    latest year that starts not after publication); 'from 28 December to 3 January' ends in the next year."""
    year = calendar_year(last.cal, date.fromordinal(int(start.value.low)))
    for candidate in (year, year + 1):
        end = resolve(ctx, k, last._replace(year=candidate))
        if end is not None and not end.unresolved and end.value.low >= start.value.low:
            return end
    return None


def _month_word(ctx: Context, j: int) -> Optional[int]:
    """The end of the word for month at token j ('mes', 'month', 'الشهر', 'ماه'), or None."""
    for table in (ctx.lang.durations, ctx.lang.relative):
        found = ctx.phrase(j, table, 2)
        if found and found[1] == "month":
            return found[0]
    return None


def _ordinal(ctx: Context, j: int) -> Optional[tuple[int, int]]:
    found = ctx.phrase(j, ctx.lang.ordinals, 3)
    return (found[0], int(found[1])) if found and 1 <= found[1] <= 12 and found[1] == int(found[1]) else None


def _year_after(ctx: Context, j: int) -> Optional[tuple[int, int]]:
    """(year, end) after a month: 'de 2020', 'of 2020', 'من عام 2020', 'سال ۱۳۹۹'."""
    j += ctx.key(j) in ctx.lang.partitive
    for table in (ctx.lang.durations, ctx.lang.relative):
        found = ctx.phrase(j, table, 1)
        if found and found[1] == "year":
            j = found[0]
            break
    year = _year_at(ctx, j)
    return (year, j + 1) if year else None


@starts("ordinals", "month_word")
def ordinal_month_at(ctx: Context, i: int) -> Optional[Raw]:
    """'segundo mes de 2020', 'the second month of 2020', 'الشهر الثاني من عام 2020', 'ماه دوم سال ۲۰۲۰',
    'دومین ماه سال ۱۳۹۹': the month of that rank in the year (Solar Hijri for a Solar Hijri year)."""
    ordinal = _ordinal(ctx, i)
    if ordinal:
        month_end = _month_word(ctx, ordinal[0])
        rank = ordinal[1]
    else:
        month_end = _month_word(ctx, i)
        ordinal = _ordinal(ctx, month_end) if month_end else None
        month_end, rank = (ordinal[0], ordinal[1]) if ordinal else (None, 0)
    year = _year_after(ctx, month_end) if month_end else None
    if not year:
        return None
    cal = "jalali" if ctx.lang.jalali_months and 1300 <= year[0] <= 1499 else "gregorian"
    return Raw(i, year[1], "date", _calendar_interval(cal, year[0], rank, None), rule="date:ordinal-month-year",
               granularity="month")


def anchor(raws: list[Raw]) -> list[Raw]:
    """Days counted from the last day the text named before them ('el 1 de abril ... el día anterior'):
    resolved from it, or left unresolved where the text named none."""
    out: list[Raw] = []
    last_day: Optional[Raw] = None
    for raw in raws:
        step = ANCHORED.get(raw.rule.removeprefix("date:"))
        if step is not None and last_day is not None:
            low = last_day.value.low if step < 0 else last_day.value.high
            raw = raw._replace(value=Interval(low + step, low + step, True, True, "date"), unresolved="")
        elif raw.kind == "date" and raw.granularity == "day" and not raw.unresolved and raw.value.low > -INF:
            last_day = raw
        out.append(raw)
    return out


COMPOSED_RULES = tuple(within_calendar(rule) for rule in (date_range_at, ordinal_month_at))
