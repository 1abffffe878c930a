"""Coverage-guided fuzzing of the extractor and the YAML loaders with atheris (run by hand, not in CI).

    .venv/bin/pip install atheris
    .venv/bin/python bench/fuzz/fuzz_inputs.py -max_total_time=600            # the extractor
    FUZZ_TARGET=yaml .venv/bin/python bench/fuzz/fuzz_inputs.py -max_total_time=600

A crash is any exception other than the ones an input may cause (InputError from a loader); keep
each crash atheris writes (crash-*) as a regular test in tests/ (tests/test_safe_yaml.py holds those
found so far). Hangs: a 64 s input passed -timeout=60 unreported; run with -timeout=30
-report_slow_units=5 and read stat::slowest_unit_time_sec and any slow-unit-* file (bench/README.md
has the runs so far). Any libFuzzer flag works (-runs=N, -max_len=N, corpus directories).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports():
    from checker import yamlio
    from checker.errors import InputError
    from checker.extract import extract
    from checker.extract.lexicon import available

LANGUAGES = sorted(available())


def fuzz_extract(data: bytes) -> None:
    provider = atheris.FuzzedDataProvider(data)
    language = LANGUAGES[provider.ConsumeIntInRange(0, len(LANGUAGES) - 1)]
    text = provider.ConsumeUnicodeNoSurrogates(provider.remaining_bytes())
    for mention in extract(text, language):
        assert 0 <= mention.start < mention.end <= len(text), mention
        assert text[mention.start:mention.end] == mention.text, mention
        assert mention.value.low <= mention.value.high, mention


def fuzz_yaml(data: bytes) -> None:
    text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    try:
        yamlio.loads(text, "fuzz.yaml")
    except InputError:
        pass


def main() -> None:
    target = fuzz_yaml if os.environ.get("FUZZ_TARGET") == "yaml" else fuzz_extract
    for language in LANGUAGES:  # load every pipeline before the clock runs: under instrumentation a first
        extract("warm-up 25", language)  # load takes longer than libFuzzer's -timeout (found: fr, 91 s)
    atheris.Setup(sys.argv, target)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
