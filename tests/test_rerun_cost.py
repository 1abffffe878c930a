"""What a rerun pays for besides the changed seeds: data files parsed once a process, no work for
seeds whose results are cached."""
from __future__ import annotations

from checker import concepts

TABLES = (concepts.vocabulary, concepts._kinds, concepts.measurement_units, concepts._word_table,
          concepts.people_units, concepts.round_names, concepts.measure_classes)


def test_concepts_file_is_parsed_once_for_every_table(monkeypatch):
    parsed = []
    original = concepts.YAML

    class Counting:
        def __init__(self, *args, **kwargs):
            self.inner = original(*args, **kwargs)

        def load(self, stream):
            parsed.append(stream)
            return self.inner.load(stream)

    monkeypatch.setattr(concepts, "YAML", Counting)
    for table in (concepts._data,) + TABLES:
        table.cache_clear()
    try:
        concepts.vocabulary()
        concepts.measures_kind("dead", "count")
        concepts.counted_nouns("en")
        concepts.elsewhere_words("es")
        concepts.relation_words("total", "en")
        concepts.round_names()
        concepts.measure_class("dead")
        concepts.people_units()
        assert len(parsed) == 1
    finally:
        for table in (concepts._data,) + TABLES:
            table.cache_clear()
