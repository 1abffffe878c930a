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
            text = tok.text
            if len(text) > 1 and text.endswith("%") and text[:-1].replace(",", "").replace(".", "").isdigit():
                # '68%': some tokenizers (es) keep the sign on the number
                tokens.append(Token(text[:-1], text[:-1], tok.idx, tok.idx + len(text) - 1, index, False))
                tokens.append(Token("%", "%", tok.idx + len(text) - 1, tok.idx + len(text), index, bool(tok.whitespace_)))
                continue
            key = text.lower().replace(ZWNJ, "")
            tokens.append(Token(text, key, tok.idx, tok.idx + len(text), index, bool(tok.whitespace_)))
    return tokens, sentences


def split_proclitics(tokens: list[Token], proclitics: frozenset, words: frozenset) -> list[Token]:
    """Split a one-letter word glued to the next ('وعشرون' = 'و' + 'عشرون', 'و20' = 'و' + '20') when the
    rest is a lexicon word or a number and the whole token is not."""
    if not proclitics:
        return tokens
    out: list[Token] = []
    for token in tokens:
        head, rest = token.key[:1], token.key[1:]
        if head in proclitics and token.key not in words and (rest in words or rest[:1].isdigit()):
            out.append(Token(token.text[:1], head, token.start, token.start + 1, token.sentence, False))
            out.append(Token(token.text[1:], rest, token.start + 1, token.end, token.sentence, token.space_after))
        else:
            out.append(token)
    return out


def split_glued_suffixes(tokens: list[Token], suffixes) -> list[Token]:
    """Split a marker glued to a year ('1440ه' = '1440' + 'ه', an era) when the marker is one of suffixes;
    shorter numbers keep theirs ('۲۵م' is the ordinal 25th)."""
    if not suffixes:
        return tokens
    out: list[Token] = []
    for token in tokens:
        digits = len(token.key) - len(token.key.lstrip("0123456789"))
        if 3 <= digits < len(token.key) and token.key[digits:] in suffixes:
            cut = token.start + digits
            out.append(Token(token.text[:digits], token.key[:digits], token.start, cut, token.sentence, False))
            out.append(Token(token.text[digits:], token.key[digits:], cut, token.end, token.sentence, token.space_after))
        else:
            out.append(token)
    return out
