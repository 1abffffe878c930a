"""Duckling (facebook/duckling) through pyduckling-native-phihos, its values turned into factlint's intervals.

Dimensions number, ordinal, quantity, amount-of-money, duration and time, with the reference time at
noon UTC of the gold's publication date. What each kind of Duckling value becomes:

    number, quantity                a point (quantity keeps Duckling's own unit: "3 kg" is 3000 gram)
    ordinal                         a point, kind ordinal
    amount-of-money                 a point, or [from, to] / [from, inf) / [0, to] for its intervals,
                                    which do not say whether an end is included; a currency of
                                    "unknown" ("more than 50") is a plain number
    duration                        its value and unit in seconds by factlint's table (a month is
                                    30.436875 days), not Duckling's normalized seconds (30 days)
    time, grain day or finer        that day; grain week, month, quarter, year: every day of it
    time interval                   from the first day to the day before its exclusive end;
                                    an open side is infinite
    several dimensions, one span    one mention: money, quantity, ordinal, duration, time, number

Duckling returns its "body" as UTF-8 read as Latin-1 (mojibake); the adapter repairs it with
body.encode("latin-1").decode("utf-8") and checks it against the text at the given character offsets.
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from checker.model import INF, Interval
from corpus_notation import DURATION_SECONDS

from . import Found, NotInstalled

NAME = "Duckling"
PACKAGE = "pyduckling-native-phihos"
VALUES = True
SCOPE = ("numbers, ordinals, money, durations, dates and times in en, es, pt and ar; in fa numbers only "
         "(no dates, durations or ordinals: `سه شنبه` is 3). No percent dimension (`68 percent` is 68), "
         "no qualifier intervals except for money, no vague quantities (`hundreds` is 100), no boilerplate, "
         "weekdays resolve forward from the reference time")

DIMENSIONS = ["number", "ordinal", "quantity", "amount-of-money", "duration", "time"]
# Duckling's language support, probed with one phrase per dimension (bench/README.md): every dimension
# in en, es, pt and ar (Spanish "5 kilos" is no quantity); only numbers in fa.
FULL = frozenset({"count", "number", "money", "duration", "date", "ordinal"})
KINDS = {"en": FULL, "es": FULL, "pt": FULL, "ar": FULL, "fa": frozenset({"count", "number"})}
PRIORITY = ("amount-of-money", "quantity", "ordinal", "duration", "time", "number")
CURRENCIES = {"$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY",
              "JPY": "JPY", "cent": "USD", "RUB": "RUB", "IRR": "IRR", "INR": "INR", "AED": "AED",
              "SAR": "SAR", "EGP": "EGP", "KWD": "KWD", "QAR": "QAR", "BRL": "BRL", "MXN": "MXN"}
GRAIN_DAYS = ("second", "minute", "hour", "day")
ZONEINFO = "/usr/share/zoneinfo"


class Duckling:
    def __init__(self) -> None:
        try:
            import duckling
        except ImportError as error:
            raise NotInstalled(PACKAGE) from error
        from importlib.metadata import version

        self._d = duckling
        self.version = version(PACKAGE)
        self.kinds = KINDS
        self._zones = duckling.load_time_zones(ZONEINFO if Path(ZONEINFO).is_dir() else "")
        self._dims = duckling.parse_dimensions(DIMENSIONS)
        self._contexts: dict[tuple[str, date], object] = {}

    def _context(self, language: str, published: date):
        key = (language, published)
        if key not in self._contexts:
            d = self._d
            noon = datetime(published.year, published.month, published.day, 12, tzinfo=timezone.utc)
            reference = d.parse_ref_time(self._zones, "UTC", int(noon.timestamp()))
            locale = d.default_locale_lang(d.parse_lang(language.upper()))
            self._contexts[key] = d.Context(reference, locale)
        return self._contexts[key]

    def extract(self, text: str, language: str, published: date) -> list[Found]:
        results = self._d.parse(text, self._context(language, published), self._dims, False)
        best: dict[tuple[int, int], dict] = {}
        for result in results:
            start, end = _offsets(result, text)
            rank = PRIORITY.index(result["dim"]) if result["dim"] in PRIORITY else len(PRIORITY)
            held = best.get((start, end))
            if held is None or rank < PRIORITY.index(held["dim"]):
                best[(start, end)] = result
        return [_found(start, end, result) for (start, end), result in sorted(best.items())]


def load() -> Duckling:
    return Duckling()


def repair(body: str) -> str:
    """Duckling's body is UTF-8 bytes decoded as Latin-1: 'Ù¢Ù¥' -> '٢٥'."""
    try:
        return body.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return body


def _offsets(result: dict, text: str) -> tuple[int, int]:
    start, end = result["start"], result["end"]
    body = repair(result["body"])
    if text[start:end] != body:  # offsets in another unit than characters: find the body instead
        at = text.find(body, max(0, start - len(body)))
        if at >= 0:
            start, end = at, at + len(body)
    return start, end


def _found(start: int, end: int, result: dict) -> Found:
    dim, value = result["dim"], result["value"]
    label = f"{dim}"
    if dim == "time":
        return Found(start, end, "date", _time(value), label=label)
    if dim == "duration":
        return Found(start, end, "duration", _duration(value), label=label)
    if dim == "ordinal":
        return Found(start, end, "ordinal", _point(value.get("value")), label=label)
    if dim == "amount-of-money":
        interval, unit = _money(value)
        currency = CURRENCIES.get(unit, unit if len(unit) == 3 and unit.isupper() else "")
        return Found(start, end, "money" if currency else "number", interval, currency, label=label)
    return Found(start, end, "number", _point(value.get("value")), label=label)


def _point(x) -> Interval | None:
    return None if x is None else Interval(float(x), float(x))


def _money(value: dict) -> tuple[Interval | None, str]:
    if value.get("type") == "interval":
        low, high = value.get("from"), value.get("to")
        unit = (low or high or {}).get("unit", "")
        if low and high:
            return Interval(float(low["value"]), float(high["value"])), unit
        if low:
            return Interval(float(low["value"]), INF, True, False), unit
        if high:
            return Interval(0.0, float(high["value"])), unit
        return None, unit
    return _point(value.get("value")), value.get("unit", "")


def _duration(value: dict) -> Interval | None:
    seconds = DURATION_SECONDS.get(value.get("unit", ""))
    if seconds is None or value.get("value") is None:
        return None
    amount = float(value["value"]) * seconds
    return Interval(amount, amount)


def _time(value: dict) -> Interval | None:
    if value.get("type") == "interval":
        low, high = value.get("from"), value.get("to")
        first = _first_day(low) if low else -INF
        last = (_instant(high["value"]) - timedelta(microseconds=1)).date().toordinal() if high else INF
        if first == -INF and last == INF:
            return None
        return Interval(first, last, first != -INF, last != INF, "date")
    if "value" not in value:
        return None
    first = _instant(value["value"]).date()
    last = _grain_end(first, value.get("grain", "day"))
    return Interval(first.toordinal(), last.toordinal(), True, True, "date")


def _first_day(end: dict) -> float:
    return float(_instant(end["value"]).date().toordinal())


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _grain_end(first: date, grain: str) -> date:
    if grain in GRAIN_DAYS:
        return first
    if grain == "week":
        return first + timedelta(days=6)
    if grain in ("month", "quarter"):
        month = first.month + (2 if grain == "quarter" else 0)
        year = first.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return date(year, month, calendar.monthrange(year, month)[1])
    if grain == "year":
        return date(first.year, 12, 31)
    return first
