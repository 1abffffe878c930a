"""What every grammar rule sees: the tokens of one text, its language, its publication date."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from ..model import Interval
from .lexicon import Language
from .tokens import Token


@dataclass(frozen=True)
class Raw:
    """A mention before it is placed in the original text: token span and meaning."""

    start: int  # token indices [start, end)
    end: int
    kind: str
    value: Interval
    qualifier: str = "eq"
    unit: str = ""
    rule: str = ""
    granularity: str = ""
    unresolved: str = ""
    stated: Optional[float] = None  # the number as written (2400000 for '2.4 million'), in the unit's terms
    precision: Optional[float] = None  # the place of its last written digit (100000 for '2.4 million')


@dataclass
class Context:
    tokens: list[Token]
    lang: Language
    published: Optional[date]
    masked: set[int] = field(default_factory=set)
    separators: dict = field(default_factory=dict)  # the text's habits: {',' or '.': 'group' | 'decimal'}

    def key(self, i: int) -> str:
        return self.tokens[i].key if 0 <= i < len(self.tokens) else ""

    def free(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and i not in self.masked

    def same_sentence(self, i: int, j: int) -> bool:
        return self.tokens[i].sentence == self.tokens[j].sentence

    def phrase(self, i: int, table, max_tokens: int = 5) -> Optional[tuple[int, object]]:
        """The longest phrase of `table` (dict or set of joint keys) starting at token i: (end, value)."""
        best = None
        key = ""
        for j in range(i, min(i + max_tokens, len(self.tokens))):
            if j in self.masked or (j > i and not self.same_sentence(i, j)):
                break
            key += self.tokens[j].key
            if key in table:
                best = (j + 1, table[key] if isinstance(table, dict) else key)
        return best

    def phrase_ending(self, end: int, table, max_tokens: int = 5) -> Optional[tuple[int, object]]:
        """The longest phrase of `table` ending just before token `end`: (start, value)."""
        best = None
        key = ""
        for i in range(end - 1, max(end - 1 - max_tokens, -1), -1):
            if i in self.masked or not self.same_sentence(i, end - 1):
                break
            key = self.tokens[i].key + key
            if key in table:
                best = (i, table[key] if isinstance(table, dict) else key)
        return best
