"""factlint's own extract(), as the benchmark sees it: every mention with its value, unit and section."""
from __future__ import annotations

from datetime import date

from . import Found

NAME = "factlint"
PACKAGE = ""
VALUES = True
SCOPE = ("every kind (counts with their unit, percents, money, durations, dates, ordinals) with qualifiers "
         "as intervals and boilerplate marked; only the languages with data in checker/lang/")


class Factlint:
    def __init__(self) -> None:
        from checker import extract as extraction
        from checker.extract.lexicon import available
        from checker.model import KINDS

        try:
            from importlib.metadata import version

            self.version = version("factlint")
        except Exception:  # run from a checkout that was never installed
            self.version = "checkout"
        self._extract = extraction.extract
        self.kinds = {language: frozenset(KINDS) for language in available()}

    def extract(self, text: str, language: str, published: date) -> list[Found]:
        # an unresolved date keeps its value (-inf, inf): "no day known", which a time of day alone says
        return [Found(m.start, m.end, m.kind, m.value,
                      m.unit if m.kind == "money" else "", m.unit if m.kind in ("count", "ordinal") else "",
                      m.qualifier, m.section, m.rule)
                for m in self._extract(text, language, published)]


def load() -> Factlint:
    return Factlint()
