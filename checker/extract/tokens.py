"""Tokens and sentences from spaCy's rule-based tokenizer (spacy.blank: no model, no download)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import spacy

from .normalize import ZWNJ


@dataclass(frozen=True)
class Token:
    text: str  # folded text
    key: str  # joint key: lower case, no ZWNJ
    start: int  # offsets into the folded text
    end: int
    sentence: int  # index of the sentence it belongs to
    space_after: bool


@lru_cache(maxsize=None)
def pipeline(spacy_code: str):
    nlp = spacy.blank(spacy_code)
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000
    return nlp


def tokenize(text: str, spacy_code: str) -> tuple[list[Token], list[tuple[int, int]]]:
    """Tokens of a folded text, and the (start, end) folded offsets of each sentence."""
    doc = pipeline(spacy_code)(text)
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    for index, sent in enumerate(doc.sents):
        sentences.append((sent.start_char, sent.end_char))
        for tok in sent:
            if tok.is_space:
                continue
            key = tok.text.lower().replace(ZWNJ, "")
            tokens.append(Token(tok.text, key, tok.idx, tok.idx + len(tok.text), index, bool(tok.whitespace_)))
    return tokens, sentences
