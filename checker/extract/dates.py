"""Date rules: calendar dates, weekdays and relative days, resolved against the publication date.

A date becomes the interval of days it stands for at its granularity. A date
that needs the publication date (a weekday, a day without a year) stays
unresolved when that date is unknown.
"""
from __future__ import annotations

import calendar
import functools
from datetime import date, timedelta
from typing import NamedTuple, Optional

import jdatetime
from hijridate import Gregorian, Hijri

from ..intervals import CONVENTIONS, days
from ..model import INF, Interval
from .context import Context, Raw, affixes, starts
from .lexicon import DECADE

UNKNOWN = Interval(-INF, INF, False, False, "date")
NEEDS_PUBLISHED = "needs the publication date"
OFF_CALENDAR = "falls outside the calendar"
NEEDS_ANCHOR = "needs the day it is counted from"
# Relative words counted from the last day the text named, not from publication (composed.anchor).
ANCHORED = {"day_before": -1, "day_after": 1}
# A day and month without a year, in a clause about the future (checker/conventions.yaml, day_without_year).
FUTURE_WITHIN_DAYS = int(CONVENTIONS["day_without_year"]["future_within_days"])
FUTURE_WINDOW = int(CONVENTIONS["day_without_year"]["future_window_tokens"])
WEEKDAY_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


# ---- calendars -------------------------------------------------------------

def gregorian_month(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def jalali_day(year: int, month: int, day: int) -> date:
    return jdatetime.date(year, month, day).togregorian()


def jalali_month(year: int, month: int) -> tuple[date, date]:
    first = jalali_day(year, month, 1)
    following = jalali_day(year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


def jalali_year(year: int) -> tuple[date, date]:
    return jalali_day(year, 1, 1), jalali_day(year + 1, 1, 1) - timedelta(days=1)


def hijri_day(year: int, month: int, day: int) -> date:
    return Hijri(year, month, day).to_gregorian()


def hijri_month(year: int, month: int) -> tuple[date, date]:
    first = Hijri(year, month, 1)
    return first.to_gregorian(), Hijri(year, month, first.month_length()).to_gregorian()


def day_interval(first: date, last: Optional[date] = None) -> Interval:
    return days(first, last or first)


# ---- resolution against the publication date -------------------------------

def weekday_on_or_before(published: date, weekday: int, strictly: bool = False) -> date:
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - timedelta(days=back)


def weekday_after(published: date, weekday: int) -> date:
    ahead = (weekday - published.weekday()) % 7 or 7
    return published + timedelta(days=ahead)


def _year_of(published: date, year: int, interval_in, future: bool) -> int:
    """The year of a day or month written without one, `year` being the publication's year in the date's
    calendar and interval_in(y) the date in year y: the latest that starts not after publication; in a
    future clause, the next that starts on or after publication, if it starts within
    DAY_WITHOUT_YEAR['future_within_days'] of it ('scheduled for Jan. 1' in October is next year's)."""
    def start(y: int) -> Optional[date]:
        try:
            return date.fromordinal(int(interval_in(y).low))
        except (ValueError, OverflowError):
            return None

    if future:
        for candidate in (year, year + 1):
            first = start(candidate)
            if first is not None and 0 <= (first - published).days <= FUTURE_WITHIN_DAYS:
                return candidate
    first = start(year)
    return year if first is None or first <= published else year - 1


def week_of(day: date, first_weekday: int = 0) -> tuple[date, date]:
    """The week holding a day; weeks start on first_weekday (0 Monday ... 5 Saturday)."""
    first = day - timedelta(days=(day.weekday() - first_weekday) % 7)
    return first, first + timedelta(days=6)


# ---- rules -----------------------------------------------------------------

def _year_at(ctx: Context, i: int, two_digits: bool = False) -> Optional[int]:
    """A year at token i: four digits, or two where the calendar allows it ('بهمن ۹۷' = 1397)."""
    if not ctx.free(i) or not ctx.tokens[i].text.isdigit():
        return None
    digits = len(ctx.tokens[i].text)
    if digits == 4 or (digits == 2 and two_digits):
        return int(ctx.tokens[i].text)
    return None


def _skip_comma(ctx: Context, i: int) -> int:
    return i + 1 if ctx.key(i) in (",", "،") else i


def _lower_case_name(ctx: Context, i: int) -> bool:
    """In a language that capitalizes names, 'march' and 'may' in lower case are ordinary words."""
    return ctx.lang.capitalized_names and ctx.tokens[i].text[:1].islower()


def _month_at(ctx: Context, i: int) -> Optional[tuple[str, int, int]]:
    """(calendar, month, end) of a month name at token i."""
    if not ctx.free(i) or _lower_case_name(ctx, i):
        return None
    for name, table in (("gregorian", ctx.lang.months), ("jalali", ctx.lang.jalali_months),
                        ("hijri", ctx.lang.hijri_months)):
        found = ctx.phrase(i, table, 3)
        if found:
            end = found[0]
            if ctx.tokens[end].text in ctx.lang.double_month_separators if end < len(ctx.tokens) else False:
                second = ctx.phrase(end + 1, table, 3)  # 'يناير/كانون الثاني': one month, two names
                if second and second[1] == found[1]:
                    end = second[0]
            return name, int(found[1]), end
    return None


def in_future_clause(ctx: Context, start: int, end: int) -> bool:
    """Whether a future marker of the language ('will', 'se celebrará', 'سوف', 'خواهد') stands within
    DAY_WITHOUT_YEAR['future_window_tokens'] tokens of the date, in its clause: 'the runoff will be held
    on May 28' names the coming May 28, 'the runoff was held on May 28' the last one. A marker reaches the date
    (_reaches) only in its clause, and a date of its own nearer to it takes it."""
    markers = ctx.lang.future_markers
    if not markers:
        return False
    first, last = max(0, start - FUTURE_WINDOW), min(len(ctx.tokens), end + FUTURE_WINDOW)
    tokens, sentence, openers = ctx.tokens, ctx.tokens[start].sentence, affixes(markers)[0]
    return any(_reaches(ctx, j, start, end) for j in range(first, last)
               if not start <= j < end and tokens[j].sentence == sentence and tokens[j].key in openers
               and ctx.phrase(j, markers, 4) is not None)


# Punctuation that ends a clause both ways; a comma right after a date that opens its sentence ("On Sunday, voters
# will ...") does not, within this many tokens of the sentence's start.
CLAUSE_MARKS = frozenset({",", "،", ";", "؛", ":", "—", "–", "(", ")"})
OPENING_DATE = 2


def _reaches(ctx: Context, marker: int, start: int, end: int) -> bool:
    """Whether the future marker at token `marker` reaches the date of tokens [start, end): no clause mark between
    them (CLAUSE_MARKS; a comma after a date that opens its sentence aside), no clause break of the language after
    the date and before a marker after it ("said on Wednesday that the funerals will be held"), and no other date
    between them; a marker after the date reaches it only when no date follows the marker in its clause ("the funeral
    of Wednesday's victims will be held on Saturday": Saturday's)."""
    lo, hi = (end, marker) if marker >= end else (marker + 1, start)
    opening = start - _sentence_start(ctx, start) <= OPENING_DATE
    for k in range(lo, hi):
        key = ctx.key(k)
        if key in CLAUSE_MARKS and not (key in (",", "،") and k == end and marker >= end and opening):
            return False
        if marker >= end and ctx.phrase(k, ctx.lang.clause_breaks, 3) is not None:
            return False
        if _names_a_day(ctx, k):
            return False
    if marker < end:
        return True
    sentence = ctx.tokens[marker].sentence
    for k in range(marker + 1, min(len(ctx.tokens), marker + 1 + FUTURE_WINDOW)):
        if ctx.tokens[k].sentence != sentence or ctx.key(k) in CLAUSE_MARKS:
            break
        if _names_a_day(ctx, k):
            return False
    return True


def _sentence_start(ctx: Context, i: int) -> int:
    sentence = ctx.tokens[i].sentence
    while i > 0 and ctx.tokens[i - 1].sentence == sentence:
        i -= 1
    return i


def _names_a_day(ctx: Context, k: int) -> bool:
    """Whether a weekday or a month's name starts at token k (masked or not): another date."""
    key = ""
    for j in range(k, min(k + 3, len(ctx.tokens))):
        key += ctx.key(j)
        if key in ctx.lang.weekdays or key in ctx.lang.jalali_months \
                or key in ctx.lang.months and key not in ctx.lang.ambiguous_months:
            return True
    return False


def calendar_year(cal: str, day: date) -> int:
    """The year of a day in a calendar (gregorian, jalali, hijri)."""
    if cal == "jalali":
        return jdatetime.date.fromgregorian(date=day).year
    if cal == "hijri":
        return Gregorian.fromdate(day).to_hijri().year
    return day.year


def _calendar_interval(cal: str, year: int, month: int, day: Optional[int]) -> Interval:
    if cal == "jalali":
        return day_interval(jalali_day(year, month, day)) if day else day_interval(*jalali_month(year, month))
    if cal == "hijri":
        return day_interval(hijri_day(year, month, day)) if day else day_interval(*hijri_month(year, month))
    return day_interval(date(year, month, day)) if day else day_interval(*gregorian_month(year, month))


def _resolved(ctx: Context, start: int, end: int, cal: str, month: int, day: Optional[int],
              year: Optional[int], rule: str) -> Optional[Raw]:
    granularity = "day" if day else "month"
    if year is None:
        if ctx.published is None:
            return Raw(start, end, "date", UNKNOWN, rule=rule, granularity=granularity, unresolved=NEEDS_PUBLISHED)
        if cal == "hijri":
            return Raw(start, end, "date", UNKNOWN, rule=rule, granularity=granularity, unresolved="needs a year")
        this_year = jdatetime.date.fromgregorian(date=ctx.published).year if cal == "jalali" else ctx.published.year
        future = in_future_clause(ctx, start, end)
        year = _year_of(ctx.published, this_year, lambda y: _calendar_interval(cal, y, month, day), future)
        if future:
            rule += "-future"
    elif in_future_clause(ctx, start, end):  # 'elections will be held on 30 March 2025': no lower bound of the
        rule += "-future"  # publication (checker/published.py)
    if cal == "jalali" and year < 100:
        year += 1300
    try:
        value = _calendar_interval(cal, year, month, day)
    except (ValueError, OverflowError):
        return None
    return Raw(start, end, "date", value, rule=rule, granularity=granularity)


class DateParts(NamedTuple):
    """A calendar date as written, before it is resolved: what it names and where it ends (a token index).
    A named tuple, as Token: one is made for every day a range rule reads."""

    end: int
    cal: str
    month: int
    day: Optional[int]
    year: Optional[int]
    rule: str


def date_parts(ctx: Context, i: int, alone: bool = True) -> Optional[DateParts]:
    """The calendar date written at token i; `alone=False` where a range or a coordination already says it
    is a date ('between May and August 2016'), so that a month homonym needs no day or year. Read once per
    token (Context.once): the range rule and the date rule ask at the same tokens."""
    parts = ctx.once(_written_date, i)
    if parts is not None and parts.day is None and parts.year is not None and parts.year < 100 \
            and ctx.tokens[i].key in ctx.lang.ambiguous_months:
        return None  # a homonym before two digits is no month of a two-digit year ('به میزان ۱۵ درصد': by 15 %)
    if parts is None or not alone or parts.day is not None or parts.year is not None:
        return parts
    named = "".join(t.key for t in ctx.tokens[i:parts.end])
    with_month_word = any(named.endswith(w) and named != w for w in ctx.lang.month_words)
    # alone, a homonym ('may', 'مه') or any Solar or lunar Hijri month ('دی', 'تیر') is an ordinary word
    if ctx.tokens[i].key in ctx.lang.ambiguous_months or (parts.cal != "gregorian" and not with_month_word):
        if parts.end - i > 1:  # a month name of several words ('ربيع الثاني') holds no number either
            ctx.masked.update(range(i, parts.end))
        return None
    return parts


def _written_date(ctx: Context, i: int) -> Optional[DateParts]:
    """The calendar date written at token i, a month name alone included."""
    day = ctx.day(i)
    if day:  # day first: '30 April 2019', '۱۵ بهمن ۱۳۹۷'
        j = day[1] + (ctx.key(day[1]) in ctx.lang.partitive)  # '30th of April', 'العاشر من يناير'
        month = _month_at(ctx, j)
        if not month:
            return None
        cal, number, end = month
        year_end = _skip_comma(ctx, end)
        year_end += ctx.key(year_end) in ctx.lang.partitive and _year_at(ctx, year_end + 1) is not None
        year = _year_at(ctx, year_end, cal == "jalali")
        if year:
            end = _era(ctx, year_end + 1)[1]  # '١ رمضان ١٤٤٠ هـ'
        return DateParts(end, cal, number, day[0], year, f"date:day-{cal}-month" + ("-year" if year else ""))
    month = _month_at(ctx, i)
    if not month:
        return None
    cal, number, end = month
    day = ctx.day(end)
    if day and cal == "gregorian":
        year_end = _skip_comma(ctx, day[1])
        year = _year_at(ctx, year_end)
        stop = year_end + 1 if year else day[1]
        return DateParts(stop, cal, number, day[0], year, "date:month-day" + ("-year" if year else ""))
    year_end = _skip_comma(ctx, end)
    year_end += ctx.key(year_end) in ctx.lang.partitive and _year_at(ctx, year_end + 1) is not None  # 'mayo de 2019'
    year = _year_at(ctx, year_end, cal == "jalali")
    if year:
        return DateParts(year_end + 1, cal, number, None, year, f"date:{cal}-month-year")
    return DateParts(end, cal, number, None, None, f"date:{cal}-month")


def resolve(ctx: Context, start: int, parts: DateParts) -> Optional[Raw]:
    return _resolved(ctx, start, parts.end, parts.cal, parts.month, parts.day, parts.year, parts.rule)


@starts("day", "months", "jalali_months", "hijri_months")
def calendar_date_at(ctx: Context, i: int) -> Optional[Raw]:
    """'June 5, 2019', '30 April', '۱۵ بهمن ۱۳۹۷', 'دهم ژانویه', 'می 2018', 'January'."""
    parts = date_parts(ctx, i)
    return resolve(ctx, i, parts) if parts else None


@starts("year")
def year_first_date_at(ctx: Context, i: int) -> Optional[Raw]:
    """'۱۴۰۳ فروردین ۱۵', '۱۴۰۳ فروردین ۱۵, چهارشنبه': in a language whose numeric dates run year first
    (numeric_date_order ymd), a page's date line may too with the month named; a weekday after it is the
    same day. Without this rule, the day after the month would read as a two-digit year (1315, in 1936)."""
    if ctx.lang.numeric_date_order != "ymd":
        return None
    year = _year_at(ctx, i)
    month = _month_at(ctx, i + 1) if year else None
    day = ctx.day(month[2]) if month else None
    if not day:
        return None
    cal, number, end = month
    end = day[1]
    weekday = ctx.phrase(_skip_comma(ctx, end), ctx.lang.weekdays, 3)
    if weekday:
        end = weekday[0]
    return _resolved(ctx, i, end, cal, number, day[0], year, f"date:year-{cal}-month-day")


@starts("relative", "weekdays")
def weekday_at(ctx: Context, i: int) -> Optional[Raw]:
    """'Tuesday', 'last Friday', 'جمعه گذشته'."""
    start = i
    direction = ""
    before = ctx.phrase(i, ctx.lang.relative, 2)
    if before and before[1] in ("previous", "next", "this"):
        direction, i = str(before[1]), before[0]
    found = ctx.phrase(i, ctx.lang.weekdays, 3)
    if not found or _lower_case_name(ctx, i) or _in_name(ctx, i, found[0]):
        return None
    end, name = found
    dated = calendar_date_at(ctx, end + (ctx.key(end) in (",", "،")))
    if dated:  # 'Wednesday, May 1': the date says which Wednesday (unresolved with it, when it needs a year)
        return Raw(start, dated.end, "date", dated.value, rule="date:weekday-" + dated.rule.split(":")[1],
                   granularity="day", unresolved=dated.unresolved)
    if not direction:  # 'جمعه گذشته', 'el martes pasado'; not 'Tuesday last week'
        after = ctx.phrase(end, ctx.lang.relative, 2)
        if after and after[1] in ("previous", "next", "this") and ctx.phrase(after[0], ctx.lang.relative, 1) is None:
            direction, end = str(after[1]), after[0]
    if direction in ("", "this") and in_future_clause(ctx, start, end):  # 'voters will go to the polls (this) Sunday'
        direction = "future"
    rule = "date:weekday" + (f"-{direction}" if direction else "")
    if ctx.published is None:
        return Raw(start, end, "date", UNKNOWN, rule=rule, granularity="day", unresolved=NEEDS_PUBLISHED)
    weekday = WEEKDAY_INDEX[str(name)]
    if direction == "next":
        day = weekday_after(ctx.published, weekday)
    elif direction == "future":
        day = weekday_after(ctx.published - timedelta(days=1), weekday)  # on or after publication
    else:
        day = weekday_on_or_before(ctx.published, weekday, strictly=direction == "previous")
    bracketed = _bracketed_day(ctx, end, day)
    if bracketed:  # 'sexta-feira (18)', 'neste sábado, 18,': Brazilian copy gives the day of the month after it
        return Raw(start, end + 2 + (ctx.key(end) == "("), "date", day_interval(bracketed),
                   rule=rule + "-bracketed-day", granularity="day")
    return Raw(start, end, "date", day_interval(day), rule=rule, granularity="day")


# How many weeks from the day a weekday resolves to a bracketed day of the month may move it ('na terça (15)').
BRACKETED_DAY_WEEKS = 5


def _bracketed_day(ctx: Context, end: int, day: date) -> Optional[date]:
    """'sexta-feira (18)', 'terça (15)', 'segunda-feira (9/11)': the day of the month (and its month, in the language's
    order of a numeric date) in brackets right after a weekday names which one it is, as does a day between commas
    ('neste sábado, 18, em Lorvane'; not 'no sábado, 18 pessoas'): the day of that weekday and that day of the month
    nearest the one the weekday resolved to (at most BRACKETED_DAY_WEEKS weeks away, the earlier one first on a tie),
    or None."""
    marks = (ctx.key(end), ctx.key(end + 2))
    if marks not in (("(", ")"), (",", ",")) or not ctx.free(end + 1):
        return None
    written = _day_and_month(ctx.key(end + 1), ctx.lang.numeric_date_order)
    if written is None or marks == (",", ",") and written[1] is not None or not ctx.same_sentence(end, end + 2):
        return None
    number, month = written
    for weeks in sorted(range(-BRACKETED_DAY_WEEKS, BRACKETED_DAY_WEEKS + 1), key=lambda w: (abs(w), w)):
        candidate = day + timedelta(weeks=weeks)
        if candidate.day == number and month in (None, candidate.month):
            return candidate
    return None


def _day_and_month(key: str, order: str) -> Optional[tuple[int, Optional[int]]]:
    """A bracketed day ('18') or day and month ('9/11', '11/9' in month-first languages), None when it is neither."""
    parts = key.split("/")
    if not all(part.isdigit() for part in parts) or len(parts) > 2:
        return None
    if len(parts) == 1:
        return (int(parts[0]), None) if 1 <= int(parts[0]) <= 31 else None
    day, month = (int(parts[1]), int(parts[0])) if order.startswith("m") else (int(parts[0]), int(parts[1]))
    return (day, month) if 1 <= day <= 31 and 1 <= month <= 12 else None


def _in_name(ctx: Context, i: int, end: int) -> bool:
    """'the Sunday Times': a weekday after a determiner and before a capitalized word is part of a name."""
    return (ctx.key(i - 1) in ctx.lang.determiners and ctx.lang.capitalized_names
            and ctx.tokens[end].text[:1].isupper() if end < len(ctx.tokens) else False)


def _shift(published: date, unit: str, step: int, first_weekday: int = 0) -> tuple[date, date, str]:
    if unit == "week":
        first, last = week_of(published + timedelta(weeks=step), first_weekday)
        return first, last, "week"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return (*gregorian_month(month_index // 12, month_index % 12 + 1), "month")
    year = published.year + step
    return date(year, 1, 1), date(year, 12, 31), "year"


@starts("relative")
def relative_at(ctx: Context, i: int) -> Optional[Raw]:
    """'today', 'yesterday', 'last week', 'this year', 'هفته گذشته'."""
    found = ctx.phrase(i, ctx.lang.relative, 3)
    if not found:
        return None
    end, word = found
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1, "day_before_yesterday": -2}
    steps = {"previous": -1, "this": 0, "next": 1}
    if word in ANCHORED:  # 'la víspera', 'no dia anterior': a day next to the one the text just named
        return Raw(i, end, "date", UNKNOWN, rule=f"date:{word}", granularity="day", unresolved=NEEDS_ANCHOR)
    if word in offsets:
        if ctx.published is None:
            return Raw(i, end, "date", UNKNOWN, rule=f"date:{word}", granularity="day", unresolved=NEEDS_PUBLISHED)
        return Raw(i, end, "date", day_interval(ctx.published + timedelta(days=offsets[word])),
                   rule=f"date:{word}", granularity="day")
    if word in steps:  # 'last week'
        unit = ctx.phrase(end, ctx.lang.relative, 1)
        step, end = steps[word], unit[0] if unit else end
        unit_name = unit[1] if unit else None
    elif word in ("week", "month", "year"):  # 'هفته گذشته', 'la semana pasada'
        step_word = ctx.phrase(end, ctx.lang.relative, 2)
        unit_name = word
        if not step_word or step_word[1] not in steps:
            return None
        step, end = steps[step_word[1]], step_word[0]
    else:
        return None
    if unit_name not in ("week", "month", "year"):
        return None
    rule = f"date:relative-{unit_name}"
    if ctx.published is None:
        return Raw(i, end, "date", UNKNOWN, rule=rule, granularity=str(unit_name), unresolved=NEEDS_PUBLISHED)
    first, last, granularity = _shift(ctx.published, str(unit_name), step, ctx.lang.week_start)
    return Raw(i, end, "date", day_interval(first, last), rule=rule, granularity=granularity)


def year_interval(ctx: Context, year: int, calendar_name: str = "") -> tuple[Interval, str]:
    """A year: Gregorian, or Solar Hijri for 13xx/14xx in a language with that calendar (or when an era
    marker says so), or lunar Hijri when an era marker says so."""
    if not calendar_name:
        jalali = ctx.lang.jalali_months and (1300 <= year <= 1499 or year < 100)
        calendar_name = "jalali" if jalali else "gregorian"
    if calendar_name == "jalali":
        year = year + 1300 if year < 100 else year
        return day_interval(*jalali_year(year)), "date:jalali-year"
    if calendar_name == "hijri":
        first, _ = hijri_month(year, 1)
        _, last = hijri_month(year, 12)
        return day_interval(first, last), "date:hijri-year"
    return day_interval(date(year, 1, 1), date(year, 12, 31)), "date:year"


def _era(ctx: Context, end: int) -> tuple[str, int]:
    """The calendar an era marker after a year names ('میلادی', 'هجری شمسی'), and where it ends."""
    found = ctx.phrase(end, ctx.lang.eras, 3)
    return (str(found[1]), found[0]) if found and found[1] != "bc" else ("", end)




@starts("year")
def year_at(ctx: Context, i: int) -> Optional[Raw]:
    """'سال ۹۷', '۲۰۱۸ میلادی', '۱۳۹۷ هجری شمسی', 'دهه ۶۰', '1990s'."""
    decade = DECADE.match(ctx.tokens[i].text) if ctx.free(i) else None
    if decade:
        start_year = int(decade.group(1))
        return Raw(i, i + 1, "date", day_interval(date(start_year, 1, 1), date(start_year + 9, 12, 31)),
                   rule="date:decade", granularity="decade")
    word = ctx.phrase(i, ctx.lang.relative, 1)
    unit = ctx.phrase(i, ctx.lang.durations, 1)
    if word and word[1] == "year" and ctx.free(i + 1) and len(ctx.key(i + 1)) == 2 and ctx.key(i + 1).isdigit():
        if ctx.lang.jalali_months:  # 'سال ۹۷' = 1397
            value, rule = year_interval(ctx, int(ctx.key(i + 1)), "jalali")
            return Raw(i, i + 2, "date", value, rule=rule, granularity="year")
    if unit and unit[1] == "decade" and ctx.free(i + 1) and ctx.key(i + 1).isdigit() and ctx.lang.jalali_months:
        tens = int(ctx.key(i + 1))  # 'دهه ۶۰' = the 1360s of the Solar Hijri calendar
        if len(ctx.key(i + 1)) == 2 and tens % 10 == 0:
            first, _ = jalali_year(1300 + tens)
            _, last = jalali_year(1300 + tens + 9)
            return Raw(i, i + 2, "date", day_interval(first, last), rule="date:jalali-decade", granularity="decade")
    year = _year_at(ctx, i)
    if year is None:
        return None
    calendar_name, end = _era(ctx, i + 1)
    if not calendar_name:
        return None  # a bare year is read with the quantities (ranges, units)
    value, rule = year_interval(ctx, year, calendar_name)
    return Raw(i, end, "date", value, rule=rule + "-era", granularity="year")


def ago(ctx: Context, amount: float, unit: str) -> Optional[Interval]:
    """'three days ago' as a day interval, or None without a publication date; ValueError or
    OverflowError when it falls off the calendar ('66 million years ago')."""
    if ctx.published is None:
        return None
    if unit == "day":
        return day_interval(ctx.published - timedelta(days=amount))
    if unit == "week":  # 'two weeks ago': the week it names, as 'two months ago' names a month
        return day_interval(*week_of(ctx.published - timedelta(days=amount * 7), ctx.lang.week_start))
    if unit == "month":
        first, last, _ = _shift(ctx.published, "month", -int(amount))
        return day_interval(first, last)
    if unit == "year":
        first, last, _ = _shift(ctx.published, "year", -int(amount))
        return day_interval(first, last)
    return day_interval(ctx.published)


def within_calendar(rule):
    """A date rule that finds nothing, rather than failing, where the date falls off the calendar
    (a weekday before a publication date of 0001-01-01, 'tomorrow' of 9999-12-31)."""
    @functools.wraps(rule)
    def safe(ctx: Context, i: int) -> Optional[Raw]:
        try:
            return rule(ctx, i)
        except (ValueError, OverflowError):
            return None
    return safe


DATE_RULES = tuple(within_calendar(rule) for rule in (weekday_at, calendar_date_at, relative_at, year_first_date_at,
                                                      year_at))
