"""Extractors behind one small shape, so bench/accuracy.py can score any of them against the gold.

An adapter is a module of this package with:

    NAME       the name the tables show ("Duckling")
    PACKAGE    the pip name of what it wraps ("" for factlint itself)
    VALUES     whether it gives values (spaCy's NER gives spans only)
    SCOPE      one line: what it reads and what it cannot do
    load()     -> an Extractor; raises NotInstalled when its package is missing

An Extractor knows its version, the languages it supports with the kinds it can produce in
each (`kinds`), and turns (text, language, published) into Found mentions whose values are
already in factlint's terms: Intervals of numbers, of days (date ordinals), of seconds.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from typing import Optional, Protocol

from checker.model import Interval

ADAPTERS = ("factlint", "duckling", "spacy_ner", "dateparser_adapter")


class NotInstalled(ImportError):
    """The package an adapter wraps is missing: the table says "not installed", never skips it."""


@dataclass(frozen=True)
class Found:
    """One mention an extractor reports: character offsets into the text, and its reading."""

    start: int
    end: int
    kind: str  # one of checker.model.KINDS
    value: Optional[Interval] = None  # None: no value (spaCy NER) or none could be fixed
    currency: str = ""  # ISO 4217, for money
    unit: str = ""  # the counted noun, for counts (factlint only)
    qualifier: str = ""
    section: str = ""  # body or boilerplate, when the extractor tells them apart
    label: str = ""  # what the extractor called it (Duckling dimension, spaCy label, rule)


class Extractor(Protocol):
    version: str
    kinds: dict[str, frozenset[str]]  # language -> kinds it can produce there

    def extract(self, text: str, language: str, published: date) -> list[Found]: ...


def load_module(name: str):
    return importlib.import_module(f"{__name__}.{name}")
