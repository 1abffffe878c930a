"""Tokens and sentences from spaCy's rule-based tokenizer (spacy.blank: no model, no download)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

import numpy
import spacy
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SPACY
from spacy.lang.tokenizer_exceptions import emoticons
from spacy.pipeline import Sentencizer
from spacy.util import compile_suffix_regex

from .normalize import ZWNJ


class Token(NamedTuple):
    """One word or sign of a folded text. A named tuple, not a frozen dataclass: one is made for every word
    of every text, and a frozen dataclass takes about three times as long to make (bench/scale.py)."""

    text: str  # folded text
    key: str  # joint key: lower case, no ZWNJ
    start: int  # offsets into the folded text
    end: int
    sentence: int  # index of the sentence it belongs to
    space_after: bool


# The attributes of a word extraction reads from spaCy's lexemes (the Doc's other columns are the token's own).
LEXEME_ATTRIBUTES = (IS_SPACE, IS_PUNCT)


# A full stop after a number or after the sign that closes it ('۱۲.', '(۱۲).', '12%).') ends a sentence:
# spaCy's Persian suffixes split a stop only after a letter, and the number it stays glued to is no number.
# Not where a stop after digits makes an ordinal (tr '2. tur'): split_final_stop decides there.
_STOP_AFTER_NUMBER = r"(?<=[0-9)\]%])\."
# A slash glued to the end of a word before a space is a sign of its own: pan-Arab media print a month's two
# names as "سبتمبر/ أيلول" as often as "سبتمبر/أيلول" (checker/extract/dates.py `_month_at`), and "September/"
# is no month.
_SLASH_AFTER_WORD = r"(?<=[^\W\d_])/"


def news_tokenizer(spacy_code: str, ordinal_stop: bool = False):
    """spaCy's rule-based tokenizer of a language, as news text needs it: emoticons with a digit are no
    special case (a news text's '(8)' or '<3%' is a number, not '8)' or '<3'), and a full stop after a
    number splits off unless ordinal_stop (_STOP_AFTER_NUMBER), and so does a slash after a word
    (_SLASH_AFTER_WORD)."""
    nlp = spacy.blank(spacy_code)
    tokenizer = nlp.tokenizer
    tokenizer.rules = {text: pieces for text, pieces in tokenizer.rules.items()
                       if not (text in emoticons and any(character.isdigit() for character in text))}
    extra = [_SLASH_AFTER_WORD] + ([] if ordinal_stop else [_STOP_AFTER_NUMBER])
    tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, *extra]).search
    return tokenizer


@lru_cache(maxsize=None)
def pipeline(spacy_code: str, ordinal_stop: bool = False):
    """news_tokenizer: text -> Doc (its sentences: SENTENCE_ENDS). Its vocabulary computes only the
    LEXEME_ATTRIBUTES of a word it sees first: some twenty more (shape, norm, like_url...) took 14
    microseconds a new word, about a third of tokenizing a text of new words."""
    tokenizer = news_tokenizer(spacy_code, ordinal_stop)
    getters = tokenizer.vocab.lex_attr_getters
    tokenizer.vocab.lex_attr_getters = {attr: getters[attr] for attr in LEXEME_ATTRIBUTES}
    return tokenizer


# The signs after which spaCy's sentencizer starts a sentence (its punct_chars): at the next token that is
# neither one of them nor punctuation.
SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


# A line this much shorter than the text's longest line ends where its writer ended it (a headline, a
# dateline, a paragraph); a line about as long as the longest one is wrapped text whose sentence goes on.
WRAPPED_SHARE = 0.75
_LINE_BREAK = re.compile(r"\n\s*")  # from a line's end: spaces and tabs before it stay with its line


def line_breaks(text: str) -> list[int]:
    """Offsets where a sentence starts because a line ended: after every blank line (a paragraph break),
    and after a single line break unless the line before it is about as long as the text's longest
    line (text hard-wrapped at a fixed width). A headline has no full stop: without this, a sentencizer
    glues it to the first sentence of the body."""
    lines = text.split("\n")
    longest = max((len(line.rstrip()) for line in lines), default=0)
    breaks = []
    for match in _LINE_BREAK.finditer(text):  # a pattern that starts with '\n': re finds it without trying every place
        line_start = text.rfind("\n", 0, match.start()) + 1
        before = len(text[line_start:match.start()].rstrip())
        if match.end() < len(text) and (match.group().count("\n") > 1 or before < WRAPPED_SHARE * longest):
            breaks.append(match.end())
    return breaks


# The longest run of characters without a space that spaCy tokenizes (most URLs are shorter). A longer
# run is no word or number an article writes; it is one token of its own, in a sentence of its own, and
# spaCy never sees it: its prefix and suffix searches grow faster than linearly with a token's length
# (1 MB of "1,2.3," took 13x the time of 100 KB; Portuguese infixes take 1.5 s on 10 KB of letters).
MAX_TOKEN = 500
_LONG_RUN = re.compile(r"(?<!\S)\S{%d,}" % (MAX_TOKEN + 1))


def tokenize(text: str, spacy_code: str, ordinal_stop: bool = False) -> tuple[list[Token], list[tuple[int, int]]]:
    """Tokens of a folded text, and the (start, end) folded offsets of each sentence: the sentencizer's,
    also cut at line breaks (line_breaks). ordinal_stop: a full stop after digits may make an ordinal
    (pipeline)."""
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    breaks = line_breaks(text)
    keys = _keys(text)
    at = 0
    runs = _LONG_RUN.finditer(text) if max(map(len, text.split()), default=0) > MAX_TOKEN else ()
    for run in runs:  # the pattern tries every place; splitting at spaces finds the longest run faster
        _tokenize_piece(text, at, run.start(), spacy_code, tokens, sentences, breaks, keys, ordinal_stop)
        sentences.append((run.start(), run.end()))
        word = run.group()
        tokens.append(Token(word, word.lower().replace(ZWNJ, ""), run.start(), run.end(), len(sentences) - 1,
                            text[run.end():run.end() + 1] == " "))
        at = run.end()
    _tokenize_piece(text, at, len(text), spacy_code, tokens, sentences, breaks, keys, ordinal_stop)
    return tokens, sentences


def _keys(text: str) -> str:
    """The text lower-cased without ZWNJ, each character at its place, so that a token's key is a slice of it;
    '' where lower() does not keep the places or reads a letter's neighbours ('İ' lowers to two characters,
    'Σ' to a final or another sigma by what follows it) or where there is ZWNJ to drop: the key is then made
    from the token's own text."""
    if ZWNJ in text or "İ" in text or "Σ" in text:
        return ""
    keys = text.lower()
    return keys if len(keys) == len(text) else ""


def _tokenize_piece(whole: str, begin: int, stop: int, spacy_code: str, tokens: list[Token],
                    sentences: list[tuple[int, int]], breaks: list[int] = (), keys: str = "",
                    ordinal_stop: bool = False) -> None:
    """Append the tokens and sentences of whole[begin:stop], at their offsets in whole. The token
    attributes are read from the Doc as one array, not token by token; keys: _keys(whole), or ''."""
    if begin == stop:
        return
    doc = pipeline(spacy_code, ordinal_stop)(whole[begin:stop] if begin or stop < len(whole) else whole)
    columns = doc.to_array([IDX, LENGTH, IS_SPACE, SPACY, IS_PUNCT]) if len(doc) else numpy.zeros((0, 5))
    rows = zip((columns[:, 0] + begin).tolist(), columns[:, 1].tolist(), columns[:, 2].tolist(),
               columns[:, 3].astype(bool).tolist(), columns[:, 4].tolist())
    first = len(sentences)
    index, sent_start, last_end = first - 1, 0, 0
    first_token, cut = len(tokens), bisect.bisect_left(breaks, begin)
    next_break = breaks[cut] if cut < len(breaks) else len(whole) + 1
    append, make = tokens.append, tuple.__new__  # a Token made as the tuple it is: one for every word
    after_end = False  # an end sign stood since the sentencizer's last start
    for start, length, is_space, space_after, is_punct in rows:
        end = start + length
        word = "" if is_space else whole[start:end]  # no end sign is a space
        if (after_end and not is_punct and word not in SENTENCE_ENDS) or index < first:  # spaCy's sentencizer
            if index >= first:
                sentences.append((sent_start, last_end))
            index, sent_start, first_token = index + 1, start, len(tokens)
            after_end = word in SENTENCE_ENDS  # the text's first token may be one
        elif word in SENTENCE_ENDS:
            after_end = True
        last_end = end
        if is_space:
            continue
        if start >= next_break:
            while cut < len(breaks) and breaks[cut] <= start:
                cut += 1
            next_break = breaks[cut] if cut < len(breaks) else len(whole) + 1
            if len(tokens) > first_token:  # the sentence so far ends before the line break
                sentences.append((sent_start, tokens[-1].end))
                index, sent_start, first_token = index + 1, start, len(tokens)
        if length > 1 and word[-1] == "%" and word[:-1].replace(",", "").replace(".", "").isdigit():
            # '68%': some tokenizers (es) keep the sign on the number
            append(Token(word[:-1], word[:-1], start, end - 1, index, False))
            append(Token("%", "%", end - 1, end, index, space_after))
            continue
        key = keys[start:end] if keys else word.lower().replace(ZWNJ, "")
        append(make(Token, (word, key, start, end, index, space_after)))
    if index >= first:
        sentences.append((sent_start, last_end))


def split_proclitics(tokens: list[Token], proclitics: frozenset, words: frozenset) -> list[Token]:
    """Split a one-letter word glued to the next ('وعشرون' = 'و' + 'عشرون', 'و20' = 'و' + '20') when the
    rest is a lexicon word or a number and the whole token is not."""
    if not proclitics:
        return tokens
    split: dict[int, list[Token]] = {}
    for index in [k for k, token in enumerate(tokens) if token.key[:1] in proclitics]:
        token = tokens[index]
        head, rest = token.key[:1], token.key[1:]
        if token.key not in words and (rest in words or rest[:1].isdigit()):
            split[index] = [Token(token.text[:1], head, token.start, token.start + 1, token.sentence, False),
                            Token(token.text[1:], rest, token.start + 1, token.end, token.sentence, token.space_after)]
    return _replaced(tokens, split)


def split_glued_suffixes(tokens: list[Token], suffixes, text: str = "", runs=None) -> list[Token]:
    """Split a marker glued to a year ('1440ه' = '1440' + 'ه', an era) when the marker is one of suffixes;
    shorter numbers keep theirs ('۲۵م' is the ordinal 25th). text, runs: the folded text the tokens index and its
    glued_runs; a marker begins with a letter (tests/test_lang_data.py), so only a token holding the end of a run
    of digits a letter follows is looked at, or every number where runs is None or a ZWNJ (no letter, dropped from
    keys) may stand between."""
    if not suffixes:
        return tokens
    if runs is None or ZWNJ in text:
        numbers = [k for k, token in enumerate(tokens) if token.key[:1].isdigit()]  # a number is here
    else:
        numbers = sorted({bisect.bisect_right(tokens, end - 1, key=_START) - 1 for _, end in runs
                          if text[end:end + 1].isalpha()} - {-1})
    split: dict[int, list[Token]] = {}
    for index in numbers:
        token = tokens[index]
        digits = len(token.key) - len(token.key.lstrip("0123456789"))
        if 3 <= digits < len(token.key) and token.key[digits:] in suffixes:
            cut = token.start + digits
            split[index] = [
                Token(token.text[:digits], token.key[:digits], token.start, cut, token.sentence, False),
                Token(token.text[digits:], token.key[digits:], cut, token.end, token.sentence, token.space_after)]
    return _replaced(tokens, split)


def _replaced(tokens: list[Token], split: dict[int, list[Token]]) -> list[Token]:
    """The tokens with each one split replaced by its pieces; the same list when none is. A split function
    finds the few tokens it splits in one comprehension, and the rest are not copied one by one."""
    if not split:
        return tokens
    out: list[Token] = []
    for index, token in enumerate(tokens):
        out.extend(split.get(index, (token,)))
    return out


def split_case_suffixes(tokens: list[Token], marks: frozenset, keep: tuple) -> list[Token]:
    """Split a case suffix glued to a number or a name after one of marks ("2019'da" = '2019' + "'da",
    "Nisan'da", "50'den"); the suffix keeps the mark, keyed as a plain apostrophe ("'den"), so language
    data can name it. A suffix listed in keep (an ordinal suffix: "2'nci") stays on its number."""
    if not marks:
        return tokens
    out: list[Token] = []
    for token in tokens:
        cut = next((k for k, ch in enumerate(token.text) if ch in marks and 0 < k < len(token.text) - 1), -1)
        if cut < 0:
            out.append(token)
            continue
        head, tail = token.text[:cut], token.text[cut:]
        if tail[1:2].isdigit():  # '4’305': the mark groups thousands
            out.append(token)
            continue
        tail_key = "'" + tail[1:].lower()
        if head.isdigit() and tail_key in keep:
            out.append(Token(token.text, head + tail_key, token.start, token.end, token.sentence, token.space_after))
            continue
        out.append(Token(head, head.lower(), token.start, token.start + cut, token.sentence, False))
        out.append(Token(tail, tail_key, token.start + cut, token.end, token.sentence, token.space_after))
    return out


def split_final_stop(tokens: list[Token], ordinal_suffixes: tuple) -> list[Token]:
    """Where a full stop after digits makes an ordinal ('2. tur'), a number with a full stop before a
    capitalized word, or at the end, ends a sentence ('sayısı 50. Yetkililer'): split the stop off."""
    if "." not in ordinal_suffixes:
        return tokens
    out: list[Token] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if len(token.text) > 1 and token.text.endswith(".") and token.text[:-1].replace(".", "").isdigit() \
                and not following[:1].islower():
            out.append(Token(token.text[:-1], token.key[:-1], token.start, token.end - 1, token.sentence, False))
            out.append(Token(".", ".", token.end - 1, token.end, token.sentence, token.space_after))
        else:
            out.append(token)
    return out


def join_spaced_groups(tokens: list[Token], group_separator: str, decimal_separator: str) -> list[Token]:
    """Where a space groups thousands (French '1 200', '12 000 000', '1 234,5'), join a number of one to
    three digits and the groups of three that follow it, each after one space, into one token."""
    if not group_separator.isspace():
        return tokens
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        last = index
        if token.text.isdigit() and len(token.text) <= 3:
            while last + 1 < len(tokens) and tokens[last].space_after \
                    and tokens[last + 1].start == tokens[last].end + 1 \
                    and _is_group(tokens[last + 1].text, decimal_separator) and decimal_separator not in tokens[last].text:
                last += 1
        if last == index:
            out.append(token)
        else:
            text = " ".join(t.text for t in tokens[index:last + 1])
            out.append(Token(text, text, token.start, tokens[last].end, token.sentence, tokens[last].space_after))
        index = last + 1
    return out


def _is_group(text: str, decimal_separator: str) -> bool:
    head, _, decimals = text.partition(decimal_separator)
    return len(head) == 3 and head.isdigit() and (not decimals or decimals.isdigit())


def split_citation_marks(tokens: list[Token], text: str) -> list[Token]:
    """Split a citation marker glued to the word or number it follows ('45.[4]', '12[5]'), so that the
    marker can be masked and the number stays: '45.[4' = '45' + '.' + '[4'. text: the folded text the tokens
    index (without a '[' it has nothing to split)."""
    if "[" not in text:
        return tokens
    split: dict[int, list[Token]] = {}
    for index in [k for k, token in enumerate(tokens) if "[" in token.text]:
        token = tokens[index]
        cut = token.text.find("[")
        if cut <= 0 or not token.text[cut + 1:cut + 2].isdigit():
            continue
        head = token.text[:cut]
        stop = 1 if head.endswith(".") and head[:-1].replace(",", "").replace(".", "").isdigit() else 0
        body = head[:len(head) - stop]
        pieces = [Token(body, body.lower(), token.start, token.start + len(body), token.sentence, False)]
        if stop:
            pieces.append(Token(".", ".", token.start + len(body), token.start + cut, token.sentence, False))
        tail = token.text[cut:]
        pieces.append(Token(tail, tail.lower(), token.start + cut, token.end, token.sentence, token.space_after))
        split[index] = pieces
    return _replaced(tokens, split)


# A word glued before a number with a decimal sign ('Growth3.2') or groups of thousands ('اورسن3.383.340'), a
# percent glued to a stop and the next word ('12%.The', '4.1%,the'): a space was lost; split, the number stands alone.
_WORD_THEN_DECIMAL = re.compile(r"^([^\W\d_]{2,})(\d+[.,]\d+%?|\d{1,3}(?:[.,]\d{3})+)$")
_PERCENT_THEN_WORD = re.compile(r"^(\d[\d.,]*)(%)([.,;:])([^\W\d_][^\W\d_]*)$")


_START = itemgetter(2)  # a Token's start: tokens are searched by it without a list of their starts

# A run of digits with a word character that is no digit before it, or such a character or a percent sign after
# it: split_glued_numbers looks only at those with a letter, or a percent sign and a stop, beside them (of which
# these are more). It begins with a digit and looks behind it after reading it, so that the regex engine jumps
# from digit to digit instead of trying every place.
_GLUED_RUN = re.compile(r"\d(?<!\d\d)(?:(?<=[^\W\d_]\d)\d*|\d*(?=[^\W\d_]|%))")


def glued_runs(text: str) -> list[tuple[int, int]]:
    """The runs of digits _GLUED_RUN finds in a folded text, (start, end): found once for split_glued_numbers and
    split_glued_suffixes."""
    return [match.span() for match in _GLUED_RUN.finditer(text)]


def split_glued_numbers(tokens: list[Token], prefixes: frozenset, joiners: frozenset, text: str,
                        runs=None) -> list[Token]:
    """Split a number from what a lost space glued to it (issue 9, item 7): a prefix of the language data
    before digits ('ال48' = 'ال' + '48'), a joiner or a percent word after them (joiners: '۲۵۰و' = '250' + 'و',
    '۳۹درصد'), a word before a
    decimal number ('Growth3.2%'), a stop and a word after a percent ('12%.The'). Codes keep their digits
    ('G20', 'MH17', 'Windows10': no decimal sign). Only the tokens holding a spot where a letter meets a
    digit are looked at (text is the folded text the tokens index; runs: its glued_runs, found here if None)."""
    glued = [start for start, end in (glued_runs(text) if runs is None else runs)
             if text[start - 1:start].isalpha() or text[end:end + 1].isalpha()
             or text[end:end + 2][:1] == "%" and text[end + 1:end + 2] in (".", ",", ";", ":")]
    if not glued:
        return tokens
    spots = {bisect.bisect_right(tokens, start, key=_START) - 1 for start in glued}
    split: dict[int, list[Token]] = {}
    for index in sorted(spots):
        token = tokens[index] if index >= 0 else None
        if token is None or token.key.isdigit():
            continue
        cuts = _glued_cuts(token.text, prefixes, joiners)
        if cuts:
            pieces, at = [], 0
            for n, cut in enumerate(cuts + [len(token.text)]):
                piece = token.text[at:cut]
                pieces.append(Token(piece, piece.lower(), token.start + at, token.start + cut, token.sentence,
                                    token.space_after if n == len(cuts) else False))
                at = cut
            split[index] = pieces
    return _replaced(tokens, split)


def _glued_cuts(text: str, prefixes: frozenset, joiners: frozenset) -> list[int]:
    """Where to cut one token (offsets into its text), or []."""
    lower = text.lower()
    digits = len(text) - len(text.lstrip("0123456789"))
    if 0 < digits < len(text) and lower[digits:] in joiners:
        return [digits]
    for prefix in prefixes:
        if lower.startswith(prefix) and text[len(prefix):].isdigit():
            return [len(prefix)]
    match = _WORD_THEN_DECIMAL.match(text)
    if match:
        return [match.end(1), len(text) - 1] if text.endswith("%") else [match.end(1)]
    match = _PERCENT_THEN_WORD.match(text)
    if match:
        return [match.end(1), match.end(2), match.end(3)]
    return []
