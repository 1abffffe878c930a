"""Claims: body mentions that no fact covers, and the terms of their sentences that say what they speak of.

See checker/cluster.py for how claims are grouped across seeds; this package says what a claim is and which
concepts, names and words its sentence carries (every language alike, from its language file). The public surface
is `Claim`, `claims_of`, `seed_claims`, `claim_rows`, the terms of a claim (`Vocabulary`, `Term`, `terms`,
`canonical_unit`, `claim_terms`, `known_terms`) and the constants checker/cluster.py and checker/suggest.py use.

Where each rule lives:
- claim.py: the `Claim` dataclass, the fields a seed's result stores of it, the kinds that block and part claims.
- build.py: `claims_of`, `stored_claims` (a rerun's: `StoredClaim`, built when read), `claim_rows`, and `seed_claims`,
  which asks each rule below about a mention.
- exclusions.py: mentions that are no claim (an offset, a projection, a coarse date, another occurrence's number).
- days.py: the days a claim speaks of (a date's, a number's own time, "since Monday").
- measure.py: a claim's measure (its frame's nearest fitting one, not another number's, not people for things).
- wholes.py: the whole a count is a part of when the whole's number follows ("441 de los 497 municipios").
- parts.py: claims that are a part (of the number before them, a subset, elsewhere, a degree, a means).
- owners.py: whose a claim is (the names next to it, its owners, names listed respectively, breakdowns).
- sentence_terms.py: `Vocabulary`, `terms` and `canonical_unit`: what a pair of claims has in common.
- words.py: tokens, keys, the parts of a sentence around a mention, a language's stop words.
"""
from .build import StoredClaim, claim_rows, claims_of, seed_claims, stored_claims
from .claim import BLOCK_KIND, CLAIM_ROW_FIELDS, COUNTED_KINDS, PART_KINDS, Claim
from .parts import ELSEWHERE
from .sentence_terms import (CONCEPT_SCORE, NAME_SCORE, WORD_SCORE, Term, Vocabulary, canonical_unit, claim_terms,
                             known_terms, terms)

__all__ = ["BLOCK_KIND", "CLAIM_ROW_FIELDS", "CONCEPT_SCORE", "COUNTED_KINDS", "Claim", "ELSEWHERE", "NAME_SCORE",
           "PART_KINDS", "StoredClaim", "Term", "Vocabulary", "WORD_SCORE", "canonical_unit", "claim_rows", "claim_terms",
           "claims_of", "known_terms", "seed_claims", "stored_claims", "terms"]
