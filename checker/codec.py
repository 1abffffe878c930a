"""The pipeline's frozen dataclasses as JSON and back, for the caches: no code runs on load.

`dumps(value)` writes dataclasses, tuples, dicts, sets and dates with a tag; `loads(text)` builds
them again, only from the dataclasses of the modules in TYPES (a cache entry cannot name any other
class), and raises ValueError for anything else: a cache treats that as a miss.
"""
from __future__ import annotations

import dataclasses
import importlib
import json
from datetime import date
from functools import lru_cache

# The modules whose dataclasses a cache entry may hold.
TYPES = ("checker.model", "checker.frames", "checker.scope", "checker.errors")


@lru_cache(maxsize=1)
def _classes() -> dict[str, type]:
    found: dict[str, type] = {}
    for name in TYPES:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__module__ == name:
                found[f"{name}.{value.__name__}"] = value
    return found


def encode(value):
    """value as JSON-ready data, every non-JSON type tagged."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@": f"{type(value).__module__}.{type(value).__name__}", "f": fields}
    if isinstance(value, tuple):
        return {"@": "tuple", "v": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        items = sorted((encode(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return {"@": "frozenset" if isinstance(value, frozenset) else "set", "v": items}
    if isinstance(value, dict):
        return {"@": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, date):
        return {"@": "date", "v": value.isoformat()}
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    raise TypeError(f"cannot encode {type(value).__name__}")


def decode(data):
    """The value encode() made data from; ValueError for what it cannot have made."""
    if isinstance(data, list):
        return [decode(v) for v in data]
    if not isinstance(data, dict):
        return data
    tag = data.get("@")
    if tag == "tuple":
        return tuple(decode(v) for v in data["v"])
    if tag in ("set", "frozenset"):
        return (set if tag == "set" else frozenset)(decode(v) for v in data["v"])
    if tag == "dict":
        return {decode(k): decode(v) for k, v in data["v"]}
    if tag == "date":
        return date.fromisoformat(data["v"])
    cls = _classes().get(tag)
    if cls is None or not isinstance(data.get("f"), dict):
        raise ValueError(f"not a cached value: {str(tag)[:40]!r}")
    names = {f.name for f in dataclasses.fields(cls)}
    if set(data["f"]) != names:
        raise ValueError(f"{tag}: other fields than this version's")
    try:
        return cls(**{k: decode(v) for k, v in data["f"].items()})
    except TypeError as exc:
        raise ValueError(str(exc)) from exc


def dumps(value) -> str:
    return json.dumps(encode(value), ensure_ascii=False, sort_keys=True)


def loads(text: str):
    """The value dumps() wrote, or ValueError. Each JSON object is built as it is parsed (json's
    object_hook, bottom up), so no Python call is spent on the strings and numbers between them. An
    object without a tag can only be the fields of a dataclass: one anywhere else is refused (every
    such object must be used by the dataclass around it)."""
    untagged = [0, 0]  # objects without a tag seen, and used as a dataclass's fields

    def built(data: dict):
        tag = data.get("@")
        if tag is None:
            untagged[0] += 1
            return _Fields(data)
        if type(data.get("f")) is _Fields:
            untagged[1] += 1
        return _built(tag, data)

    try:
        value = json.loads(text, object_hook=built)
    except (KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise ValueError(f"not a cached value: {exc}") from exc
    if untagged[0] != untagged[1]:
        raise ValueError("not a cached value: an object without a tag outside a dataclass")
    return value


class _Fields(dict):
    """The fields of a dataclass as parsed (a JSON object without a tag)."""


def _built(tag, data: dict):
    """One tagged JSON object of dumps()'s output, its members already built."""
    if tag == "tuple":
        return tuple(data["v"])
    if tag == "dict":
        return {k: v for k, v in data["v"]}
    if tag in ("set", "frozenset"):
        return (set if tag == "set" else frozenset)(data["v"])
    if tag == "date":
        return date.fromisoformat(data["v"])
    cls = _classes().get(tag)
    fields = data.get("f")
    if cls is None or type(fields) is not _Fields:
        raise ValueError(f"not a cached value: {str(tag)[:40]!r}")
    if fields.keys() != _field_names(cls):
        raise ValueError(f"{tag}: other fields than this version's")
    try:
        return cls(**fields)
    except TypeError as exc:
        raise ValueError(str(exc)) from exc


@lru_cache(maxsize=None)
def _field_names(cls: type) -> frozenset:
    return frozenset(f.name for f in dataclasses.fields(cls))
