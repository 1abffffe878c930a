"""The `Claim` dataclass (a body mention no fact covers, with its seed, the days of its event, its measure and
roles), the fields a seed's result stores of it (CLAIM_ROW_FIELDS), and the kinds that block and part claims
(BLOCK_KIND, COUNTED_KINDS, PART_KINDS).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Optional

from ..model import Mention, Seed


# Count and number compare with each other (as in link.COMPATIBLE).
BLOCK_KIND = {"number": "count"}
# Kinds whose unit says what is counted (dead, soldiers, term): evidence. A percent's or an amount of
# money's unit only restates the kind (every percent is in percent): it blocks, it proves nothing.
COUNTED_KINDS = ("count", "ordinal")
# Kinds of number that can be a part of another ("1,404 of them") and the whole they are a part of.
PART_KINDS = ("count", "number")


@dataclass(frozen=True)
class Claim:
    """A body mention that no fact covers, with its seed and the days of the event it reports."""

    seed: Seed
    mention: Mention
    event: Optional[tuple[int, int]]  # first and last day (proleptic ordinals), None when unknown
    measure: str = ""  # the nearest measure concept of its frame (checker/frames/measures.py), "" when none
    measures: frozenset = frozenset()  # every measure concept of its clause
    roles: frozenset = frozenset()  # names next to it in its clause: whose or where its measure is
    scope: str = ""  # the events its seed is in scope for ("" when the sheets declare none)
    part_of: str = ""  # a part ("1,404 of them"): the value of the number before it; ELSEWHERE outside the event's place
    enumerated: bool = False  # its sentence gives its measure for another role too (a breakdown by place)
    progress: str = ""  # a partial count: the progress its sentence gives ("69.86" % counted, or an hour: "at 14:00")
    owners: tuple = ()  # names that may own it, likeliest first (_owners): whose it is when no role is next to it
    located: tuple = ()  # the sheet places its clause locates it in (frame.located_names: "En Ostmark, ...")
    round: str = ""  # the round of an election its article places it in (frame.round: "first", "second"), '' when none
    population: str = ""  # the part of a country's people by place it is of (frame.population: "abroad"), "" for all
    revised: str = ""  # a word of revising a count in its part of the sentence ("lowered the toll to 275"), '' when none
    # a word saying the count is still running when given ("so far", "rose to", "expected to rise"), '' when none: one
    # moment of a count that moves during the day (checker/differences.py)
    running: str = ""


# The progress of a claim read at an early stage of the count its sentence names ("according to preliminary results"):
# concepts.yaml `preliminary`.
PRELIMINARY = "preliminary"

# The fields of a claim stored in a row of SeedResult.claims (after the index of its mention).
CLAIM_ROW_FIELDS = tuple(f.name for f in fields(Claim))[2:]
assert tuple(f.name for f in fields(Claim))[:2] == ("seed", "mention")
