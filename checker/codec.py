"""The pipeline's frozen dataclasses as JSON and back, for the caches: no code runs on load.

`dumps(value)` writes dataclasses (without the fields that hold their defaults), tuples, dicts, sets and
dates with a tag; `loads(text)` builds them again, only from the dataclasses of the modules in TYPES (a
cache entry cannot name any other class), and raises ValueError for anything else: a cache treats that
as a miss. The texts of a value's Texts follow its JSON, one a line (TEXTS_APART).
"""
from __future__ import annotations

import dataclasses
import importlib
import json
from datetime import date
from functools import lru_cache
from collections.abc import Sequence
from typing import Optional

# The modules whose dataclasses a cache entry may hold (checker/frames/frame.py: Frame and Evidence; names.py:
# NameIndex).
TYPES = ("checker.model", "checker.frames.frame", "checker.frames.names", "checker.scope", "checker.errors")
_set = object.__setattr__  # a frozen dataclass's own __init__ sets its fields with it
# The fields whose values recur: a few words in every seed (a mention's kind, rule, language, unit...), a sentence
# in each of its mentions. With a table of the values read before (loads' pairs), each is one object (a quarter of
# a result read back: 10,000 seeds hold 190,000 mentions).
WORDS = {"checker.model.Mention": frozenset({"kind", "qualifier", "unit", "language", "section", "rule", "granularity",
                                             "unresolved", "noun", "sentence", "text"}),
         "checker.model.Interval": frozenset({"domain"})}
# The empty frozenset every value read back shares (CPython makes a new one, of 216 bytes, each time).
EMPTY = frozenset()


@lru_cache(maxsize=1)
def _classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for name in TYPES:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name:
                found[f"{name}.{value.__name__}"] = value
    return found


def encode(value, sharing: Optional["_Sharing"] = None):
    """value as JSON-ready data, every non-JSON type tagged: a dataclass instance is one object, its class
    under "@" beside its fields (no field's name begins with "@" or "#"). With sharing (dumps), a dataclass
    instance that occurs more than once is written once, with "#": its number, and then as
    {"@": "ref", "i": number}; fields are visited in the order json writes them (sorted), so a number is
    read before its references."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        repeated = sharing is not None and id(value) in sharing.repeated
        if repeated and id(value) in sharing.numbers:
            return {"@": "ref", "i": sharing.numbers[id(value)]}
        encoded = {name: encode(field, sharing) for name, field in sorted(_written(value), key=lambda f: f[0])}
        encoded["@"] = f"{type(value).__module__}.{type(value).__name__}"
        if repeated:
            encoded["#"] = sharing.numbers[id(value)] = len(sharing.numbers)
        return encoded
    if type(value) is Apart:  # TEXTS_APART
        if sharing is None or "\n" in value:
            return str(value)
        sharing.lines.append(str(value))
        return {"@": "line", "at": len(sharing.lines) - 1}
    if isinstance(value, Texts):  # each value its own text: nothing shared with the rest of the value
        texts = value.written()
        if sharing is None or any("\n" in text for text in texts):
            return {"@": "texts", "v": texts}
        at = len(sharing.lines)
        sharing.lines += texts
        return {"@": "texts", "at": at, "n": len(texts)}
    if isinstance(value, tuple):
        return {"@": "tuple", "v": [encode(v, sharing) for v in value]}
    if isinstance(value, (set, frozenset)):  # written in an order of their own: nothing shared inside
        items = sorted((encode(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return {"@": "frozenset" if isinstance(value, frozenset) else "set", "v": items}
    if isinstance(value, dict):
        return {"@": "dict", "v": [[encode(k, sharing), encode(v, sharing)] for k, v in value.items()]}
    if isinstance(value, list):
        return [encode(v, sharing) for v in value]
    if isinstance(value, date):
        return {"@": "date", "v": value.isoformat()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


@dataclasses.dataclass
class _Sharing:
    repeated: set  # ids of the dataclass instances met more than once (outside sets)
    numbers: dict = dataclasses.field(default_factory=dict)  # id -> number, once written
    lines: list = dataclasses.field(default_factory=list)  # the texts of Texts, written after the JSON


def _repeated(value) -> set:
    """The ids of the dataclass instances that occur more than once in value (sets not entered)."""
    seen: set = set()
    repeated: set = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if dataclasses.is_dataclass(item) and not isinstance(item, type):
            if id(item) in seen:
                repeated.add(id(item))
                continue
            seen.add(id(item))
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
        elif isinstance(item, (tuple, list)):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
    return repeated


def _written(value):
    """(name, value) of the fields of a dataclass instance that differ from their defaults (a default, of
    the same type, is left out: the class fills it in again)."""
    for field in dataclasses.fields(value):
        current = getattr(value, field.name)
        default = field.default
        if default is not dataclasses.MISSING and type(current) is type(default) and current == default:
            continue
        yield field.name, current


# TEXTS_APART: a Texts' texts (as dumps() writes each value alone: JSON, no line break in it) are written after
# the value's JSON, one a line, and the JSON says where they are ({"@": "texts", "at": first line, "n": how many});
# so is a string marked Apart (a seed's grouping rows, JSON too: {"@": "line", "at": its line}), read back a str.
# Inside the JSON they would be strings, every quote escaped: reading a stored result back parsed its mentions'
# texts (with its claim rows and grouping rows 86 % of its bytes) only to keep them as texts; json's share of
# Store.get for 10,000 stored results was 2.4 of 3.1 CPU s, 1.5 of 2.1 after (the rest: the comparisons, every one
# of which the reduction reads). A text is parsed when its value is built (Texts).


def dumps(value) -> str:
    sharing = _Sharing(_repeated(value))
    document = json.dumps(encode(value, sharing), ensure_ascii=False, sort_keys=True)
    return "\n".join([document, *sharing.lines])


def loads(text: str, pairs: Optional[dict] = None):
    """The value dumps() wrote, or ValueError. Each JSON object is built as it is parsed (json's
    object_hook, bottom up), so no Python call is spent on the strings and numbers between them. Every
    object dumps() writes has a tag: one without is refused, and so is a reference to a number not
    read before. pairs: the pairs of plain values read before (one dict for many values: a run's
    store), so that equal pairs read back are one object (a claim's terms, ('killed', 0.15), recur in
    thousands of seeds), and so are equal WORDS of mentions."""
    numbered: dict = {}  # the objects written once for several places ("#"), by number
    plans = _plans()
    text, *lines = text.split("\n")  # TEXTS_APART (not splitlines: a text may hold U+2028, \x1e...); no copy of the rest
    placed: list = []  # the (first line, how many) of each Texts read

    def built(data: dict):
        tag = data.get("@")
        plan = plans.get(tag)
        if plan is not None:  # a dataclass of TYPES: most objects of a result
            number = data.pop("#", None)
            del data["@"]
            words = plan[5]
            if pairs is not None and words:
                for name in words.intersection(data):
                    data[name] = pairs.setdefault(data[name], data[name])
            value = _instance(tag, plan, data)
            if number is not None:
                numbered[number] = value
            return value
        if tag == "tuple" and pairs is not None:
            return shared_pair(tuple(data["v"]), pairs)
        if tag == "ref":
            return numbered[data["i"]]
        if tag == "line":
            return _lines(lines, data["at"], 1, placed)[0]
        if tag == "texts":
            return Texts.read(data["v"] if "v" in data else _lines(lines, data["at"], data["n"], placed), pairs)
        number = data.pop("#", None)
        value = _built(tag, data)
        if number is not None:
            numbered[number] = value
        return value

    try:
        value = json.loads(text, object_hook=built)
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValueError(f"not a cached value: {exc}") from exc
    end = 0
    for at, count in sorted(placed):  # each line after the JSON is read once, by one Texts
        if at != end:
            raise ValueError("not a cached value: lines after the JSON read twice or never")
        end += count
    if end != len(lines):
        raise ValueError("not a cached value: lines after the JSON that no texts hold")
    return value


def _lines(lines: list, at, count, placed: list) -> list:
    """lines[at:at + count], the texts of one Texts (TEXTS_APART), noted in placed; ValueError when they are not
    lines of the value."""
    if type(at) is not int or type(count) is not int or not 0 <= at <= at + count <= len(lines):
        raise ValueError("not a cached value: texts outside the lines after the JSON")
    placed.append((at, count))
    return lines[at:at + count]


class Apart(str):
    """A string dumps() writes after the JSON, on a line of its own (TEXTS_APART): one without a line break that
    would be escaped inside the JSON (a text of JSON). Read back, a str."""


class Texts(Sequence):
    """A tuple of values kept as the text dumps() writes of each, each value built when it is first read: a stored
    result's mentions and claim rows, of which a rerun reads those of the claims it groups only (a fifth of them),
    not every seed's. A dataclass value is checked as it is built (typed). Equal to (and hashed as) the tuple of its values; pickled as that tuple. A text is let go once its value
    is built."""

    __slots__ = ("texts", "pairs", "values")

    def __init__(self, texts: list, pairs: Optional[dict] = None, values: Optional[list] = None):
        self.texts = texts  # None where the value is built
        self.pairs = pairs  # loads' table of the values read before (a run's store)
        self.values = values if values is not None else [None] * len(texts)

    @classmethod
    def of(cls, values) -> "Texts":
        """The values with their texts, to be written (each as dumps() writes it alone)."""
        values = tuple(values)
        return cls([dumps(v) for v in values], None, list(values))

    @classmethod
    def read(cls, texts, pairs: Optional[dict] = None) -> "Texts":
        """The Texts of a stored list of texts; ValueError when it is not one."""
        if type(texts) is not list or not all(type(t) is str for t in texts):
            raise ValueError("not a cached value: texts that are no list of strings")
        return cls(texts, pairs)

    def written(self) -> list[str]:
        """The text of each value, as dumps() writes it alone."""
        return [dumps(v) if t is None else t for t, v in zip(self.texts, self.values)]

    def built(self) -> int:
        """How many of its values were built (read) so far."""
        return sum(v is not None for v in self.values)

    def __len__(self) -> int:
        return len(self.values)

    def __getitem__(self, at):
        if isinstance(at, slice):
            return tuple(self)[at]
        at = range(len(self.values))[at]  # an IndexError as a tuple's, negative places counted from the end
        value = self.values[at]
        if value is None:
            value = loads(self.texts[at], self.pairs)
            if dataclasses.is_dataclass(value) and not typed(value):  # read after its entry's checksum was
                raise ValueError(f"not a cached value: {type(value).__name__} of fields of other types")
            self.values[at] = value
            self.texts[at] = None
        return value

    def __iter__(self):
        return (self[at] for at in range(len(self.values)))

    def __eq__(self, other):
        if isinstance(other, (tuple, Texts)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self):
        return tuple, (tuple(self),)


def typed(value) -> bool:
    """Whether a dataclass instance read back has fields of the types its class declares, where it declares a plain
    one (str, int, float, bool, an optional one) or a dataclass of TYPES (checked in turn); other fields are not
    looked at. A stored value's checksum says it is whole, not that this version wrote it: a value read late (a
    Texts' value, after the reduction began) is checked before it is used."""
    checks = _field_types(type(value))
    if checks is None:
        return False
    for name, allowed in checks:
        field = getattr(value, name)
        if type(allowed) is tuple:
            if type(field) not in allowed:
                return False
        elif type(field) is not allowed or not typed(field):
            return False
    return True


_PLAIN = {"str": (str,), "int": (int,), "float": (float, int), "bool": (bool,)}


@lru_cache(maxsize=None)
def _field_types(cls: type) -> Optional[tuple]:
    """(field name, the types its value may have, or the dataclass of TYPES it is) of each field of cls whose
    declared type is plain or such a dataclass; None for a class not of TYPES."""
    classes = {tag.rsplit(".", 1)[1]: found for tag, found in _classes().items()}
    if classes.get(cls.__name__) is not cls:
        return None
    checks = []
    for field in dataclasses.fields(cls):
        declared = str(field.type).replace(" ", "")
        optional = declared.startswith("Optional[") and declared.endswith("]")
        inner = declared[len("Optional["):-1] if optional else declared
        if inner in _PLAIN:
            checks.append((field.name, _PLAIN[inner] + ((type(None),) if optional else ())))
        elif inner in classes and not optional:
            checks.append((field.name, classes[inner]))
    return tuple(checks)


def shared_pair(items: tuple, pairs: dict) -> tuple:
    """items, or the equal pair of pairs when items is a word and its weight: equal pairs of a string and a
    float other than zero are the same value (1 and 1.0 and True, 0.0 and -0.0 are equal and are not)."""
    if len(items) == 2 and type(items[0]) is str and type(items[1]) is float and items[1]:
        return pairs.setdefault(items, items)
    return items


def _built(tag, data: dict):
    """One tagged JSON object of dumps()'s output, its members already built."""
    if tag == "tuple":
        return tuple(data["v"])
    if tag == "dict":
        return dict(data["v"])
    if tag == "frozenset" and not data["v"]:
        return EMPTY
    if tag in ("set", "frozenset"):
        return (set if tag == "set" else frozenset)(data["v"])
    if tag == "date":
        return date.fromisoformat(data["v"])
    plan = _plans().get(tag)
    if plan is None:
        raise ValueError(f"not a cached value: {str(tag)[:40]!r}")
    del data["@"]
    return _instance(tag, plan, data)


def _instance(tag: str, plan: tuple, data: dict):
    """The dataclass instance of plan (_plans) with data's fields, the others at their defaults.

    Built as __init__ would (no class of TYPES has a __post_init__), without its keyword arguments: each
    field set in the class's order, as __init__ sets them, so the object keeps its values in CPython's
    compact form (the keys shared by the class: half the bytes of a dict of its own; a rerun keeps
    millions of these)."""
    cls, order, names, required, defaults, _ = plan
    if not data.keys() <= names:  # a field left out has its default; none missing
        raise ValueError(f"{tag}: other fields than this version's")
    if not required <= data.keys():
        raise ValueError(f"{tag}: a field of this version is missing")
    value = object.__new__(cls)
    for name in order:
        if name in data:
            _set(value, name, data[name])
        else:
            default = defaults[name]
            _set(value, name, default() if type(default) is _Factory else default)
    return value


class _Factory:
    """A field's default_factory, told apart from a default value in a plan (_plans)."""

    def __init__(self, make):
        self.make = make

    def __call__(self):
        return self.make()


@lru_cache(maxsize=1)
def _plans() -> dict[str, tuple]:
    """{tag: (class, its field names in order, the names as a set, those without a default, {name: default or
    _Factory}, the WORDS of its tag)} for every dataclass of TYPES: what building one from its fields reads."""
    plans = {}
    for tag, cls in _classes().items():
        order, required, defaults, factories = _shape(cls)
        filled = {**defaults, **{name: _Factory(factory) for name, factory in factories}}
        plans[tag] = (cls, order, _field_names(cls), required, filled, WORDS.get(tag, frozenset()))
    return plans


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset:
    return frozenset(f.name for f in dataclasses.fields(cls))


@lru_cache(maxsize=None)
def _shape(cls: type) -> tuple[tuple, frozenset, dict, tuple]:
    """The field names of a dataclass in its order, those without a default, the defaults, and the default
    factories."""
    fields = dataclasses.fields(cls)
    defaults = {f.name: f.default for f in fields if f.default is not dataclasses.MISSING}
    factories = tuple((f.name, f.default_factory) for f in fields if f.default_factory is not dataclasses.MISSING)
    required = frozenset(f.name for f in fields if f.name not in defaults and f.default_factory is dataclasses.MISSING)
    return tuple(f.name for f in fields), required, defaults, factories
