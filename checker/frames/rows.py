"""Lists of one line a name and plain-text tables of one row a name ("Orsen: 55.4%", "Pike – 12,300,000 votes",
"Brant ........ 10.6%", "| Orsen | 21,500,000 | 55.4% |"): the name heading a number's line or row owns it, never a
name of the line before or after (`_row`), and a number that names no measure takes its column's header ("Votes";
"%" is the share of the count beside it) or the measure the list's heading names ("Share of the vote:", "Final
results": concepts.yaml `heading_measures`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ..concepts import find_concepts, heading_measures, measures_kind, share_of
from ..model import Mention, Seed
from .frame import Evidence, Frame
from .sentence import tokenize_sentence


# A line of a list: maybe a bullet, its name, a separator (a colon, a dash, dot leaders; or none, when the name is all
# that stands before the number: "Orsen 55.4%"), then its number.
LIST_LINE = re.compile(r"\s*(?:[-–—•*·▪]\s+)?(?P<name>[^\W\d_][^\d|:\n]*?)\s*(?P<sign>:|[–—-]|\.{2,}|…+|)\s*(?=\d)")
# A row of a table: a line that starts with a pipe.
TABLE_ROW = re.compile(r"\s*\|")
# Words of the name that heads a line or a row, at most ("Orsen", "Luiz Inácio Lula da Silva"): a longer opening
# before a colon is a sentence's ("In a statement the ministry said: 1,250 people died").
NAME_WORDS = 5
# Words of a name with no separator after it that make a line a list's ("Orsen 55.4%"; "Final results 2025" is none).
BARE_WORDS = 2
# Lines above a list within which its heading stands (blank lines between).
HEADING_REACH = 3


def _row(seed: Seed, mention: Mention, frame: Frame) -> Frame:
    """The frame of a number on a line or row headed by one of its names: that name its head, every other name
    speaking of another number (Evidence.apart 2), and, when it names no measure, its column's header or the list's
    heading's measure; the frame as it was otherwise."""
    if not frame.names:
        return frame
    text = seed.text
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.start)
    line = text[start:end if end >= 0 else len(text)]
    at = mention.start - start
    table = bool(TABLE_ROW.match(line))
    if table:  # its first cell of words before the number's ("| 1 | Orsen | 21,500,000 |": a rank first)
        column = line.count("|", 0, at) - 1
        owner = next((cell for cell in line.split("|")[1:column + 1] if any(ch.isalpha() for ch in cell)), "")
        bare = False
    else:
        match = LIST_LINE.match(line)
        if match is None or match.end() != at:
            return frame
        owner, column, bare = match.group("name"), 0, not match.group("sign")
    head = next((e for e in frame.names if e.words in owner), None)
    if head is None or (bare and head.words != owner.strip()) or any(ch.isdigit() for ch in owner) \
            or len(owner.split()) > NAME_WORDS:
        return frame
    names = tuple(e if e.words in line else replace(e, apart=2) for e in frame.names)
    measures = frame.measures
    if not measures:  # (the text's lines, only for a number of a list that names no measure)
        lines, number = text.split("\n"), text.count("\n", 0, start)
        found = _header(lines, number, column, mention) if table else _heading(lines, number, mention)
        measures = (found,) if found is not None else ()
    return replace(frame, names=names, head=head.what, measures=measures)


def _header(lines: list[str], number: int, column: int, mention: Mention) -> Optional[Evidence]:
    """The measure of a table's column, named in its header (the first row of the table) and fitting the number's
    kind; for a percent under a header of no words ("%"), the share of a count another header names ("Votes")."""
    first = number
    while first > 0 and TABLE_ROW.match(lines[first - 1]):
        first -= 1
    header = [cell.strip() for cell in lines[first].split("|")[1:]]
    if first == number or column >= len(header) or any(ch.isdigit() for ch in lines[first]):
        return None
    own = _fitting(header[column], mention, "the header of its column")
    if own is not None or mention.kind != "percent" or any(ch.isalpha() for ch in header[column]):
        return own
    for cell in header:
        for hit in find_concepts(tokenize_sentence(cell).tokens, mention.language):
            if hit.concept in share_of():
                return Evidence(share_of()[hit.concept], f"{cell} (the share of its table's {cell!r})", 1)
    return None


def _heading(lines: list[str], number: int, mention: Mention) -> Optional[Evidence]:
    """The measure the heading of a list names (the nearest line above its lines that is no line of the list, at most
    HEADING_REACH blank lines between): its own words fitting the number's kind, else by `heading_measures`."""
    k, blanks = number - 1, 0
    while k >= 0 and (_listed(lines[k]) or not lines[k].strip()):
        blanks = blanks + 1 if not lines[k].strip() else 0
        if blanks > HEADING_REACH:
            return None
        k -= 1
    if k < 0 or any(ch.isdigit() for ch in lines[k]):
        return None
    heading = lines[k].strip()
    own = _fitting(heading, mention, "the heading of its list")
    if own is not None:
        return own
    implied = heading_measures()
    for hit in find_concepts(tokenize_sentence(heading).tokens, mention.language, days=True):
        measure = implied.get(hit.concept, {}).get(mention.kind)
        if measure:
            return Evidence(measure, f"{hit.words} (the heading of its list)", number - k)
    return None


def _listed(line: str) -> bool:
    """Whether a line reads as a line of a list: a name, a separator and a number, or at most BARE_WORDS words and a
    number ("Orsen 55.4%")."""
    match = LIST_LINE.match(line)
    return match is not None and (bool(match.group("sign")) or len(match.group("name").split()) <= BARE_WORDS)


def _fitting(words: str, mention: Mention, where: str) -> Optional[Evidence]:
    """The first concept the words name that can be the measure of the mention's kind, else None."""
    hit = next((h for h in find_concepts(tokenize_sentence(words).tokens, mention.language)
                if measures_kind(h.concept, mention.kind)), None)
    return Evidence(hit.concept, f"{hit.words} ({where})", 1) if hit is not None else None
