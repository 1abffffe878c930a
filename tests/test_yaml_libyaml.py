"""Reading YAML with libyaml's events (issue 11: a sheet of 1,000 facts took ruamel's parser 1.2 s).

checker/yamlio.py takes the parser's events from libyaml when PyYAML has it, and ruamel composes and builds
the data from them. These tests compare what comes back, types and lines of every key and item included, with
ruamel's parser alone: on the repository's YAML files, on invented texts with YAML's corners, and on data
hypothesis makes and ruamel writes in its styles. A text either reads the same or fails the same way.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from checker import yamlio
from checker.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(yamlio._Libyaml is None, reason="PyYAML without libyaml: ruamel reads every text")

# The repository's own YAML: sheets, manifests, assertions, test fixtures, the development corpus, language data.
FILES = sorted(p for folder in ("facts", "seeds", "assertions", "tests", "bench/realworld", "bench/gold", "checker")
               for p in (ROOT / folder).rglob("*.yaml"))

CORNERS = [
    "a: 1\nb: 1.50\nc: 1_000\nd: 0o17\ne: 0x1F\nf: .inf\ng: -.nan\nh: 1e3\n",
    "yes: no\non: off\ny: n\nt: true\nf: False\nnull: ~\nempty:\n",
    "date: 2019-02-30\nstamp: 2019-01-25T10:00:00Z\nmonth: 2019-04\nyear: 2019\n",
    "text: 'it''s'\nq: \"tab\\there \\u00e9 \\\\ \\\"\"\nslash: \"a\\/b\"\n",
    "plain: a long line\n  folded on two\n\n  and a blank one\nnext: x # a comment\n",
    "list:\n- a\n- [b, c]\n- {d: 1, e: [f]}\n-\n  - nested\n",
    "---\nkey: value\n...\n",
    "key with spaces: 1\n'quoted key': 2\n\"double\": 3\n? explicit\n: value\n",
    "crlf: 1\r\nnext: 2\r\n",
    "arabic: \u0627\u0644\u0645\u063a\u0631\u0628\npersian: \u06a9\u0634\u062a\u0647\u200c\u0647\u0627\n",
    "url: http://example.com/a:b\ncolon: a:b\nhash: a#b\n",
    "empty_map: {}\nempty_list: []\n",
    "facts:\n  - id: a\n    value: 3\n  - id: a\n    value: 4\n",
    "a: 1\na: 2\n",
    "a: [1, 2\n",
    "a: b: c\n",
    "- a\nb: c\n",
    "",
    "# only a comment\n",
    "=",
    "\n\n>4 ########",
    "block: |\n  line one\n  line two\nfolded: >-\n  a\n  b\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "%YAML 1.2\n---\na: 1\n",
    "<<: {a: 1}\n",
    "? [a]\n: 1\n",
    "a:\tb\n",
    "a: \u2028b\n",
]


def _shape(value):
    """The value with its types and, for mappings and lists, the line and column of itself and every key and item."""
    lc = getattr(value, "lc", None)
    where = (lc.line, lc.col, dict(lc.data or {})) if lc is not None else None
    if isinstance(value, dict):
        return type(value).__name__, where, [(_shape(k), _shape(v)) for k, v in value.items()]
    if isinstance(value, list):
        return type(value).__name__, where, [_shape(v) for v in value]
    return type(value).__name__, repr(value), sorted(map(repr, getattr(value, "__dict__", {}).items()))


def _read(text: str):
    try:
        return "data", _shape(yamlio.loads(text, "facts/x.yaml"))
    except InputError as exc:
        return "problems", [(p.path, p.line, p.field, p.message) for p in exc.problems]


def _both(text: str) -> tuple:
    """What the text reads as through libyaml's events, and through ruamel's parser alone."""
    with_libyaml = _read(text)
    libyaml, yamlio._Libyaml = yamlio._Libyaml, None
    try:
        return with_libyaml, _read(text)
    finally:
        yamlio._Libyaml = libyaml


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_yaml_file_reads_the_same_through_libyaml(path):
    fast, plain = _both(path.read_text(encoding="utf-8"))
    assert fast == plain


@pytest.mark.parametrize("text", CORNERS)
def test_a_corner_of_yaml_reads_the_same_through_libyaml(text):
    fast, plain = _both(text)
    assert fast == plain


def test_a_sheet_is_read_from_libyamls_events(monkeypatch):
    read = []
    nodes = yamlio._libyaml_node
    monkeypatch.setattr(yamlio, "_libyaml_node", lambda text, resolver: read.append(text) or nodes(text, resolver))
    data = yamlio.loads("facts:\n  - id: a\n    value: 3\n", "facts/x.yaml")
    assert read and yamlio.line_of(data["facts"][0], "value") == 3


SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                    st.floats(allow_nan=False, allow_infinity=False, width=32),
                    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12))
KEYS = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=8)
DATA = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(KEYS, inner, max_size=4)), max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=DATA, flow=st.sampled_from([False, True, None]), width=st.sampled_from([20, 80, 4096]))
def test_data_written_by_ruamel_reads_the_same_through_libyaml(data, flow, width):
    writer = YAML(typ="rt")
    writer.default_flow_style, writer.width = flow, width
    out = io.StringIO()
    writer.dump({"data": data}, out)
    fast, plain = _both(out.getvalue())
    assert fast == plain


def test_the_cycle_collector_waits_while_a_sheet_is_built(monkeypatch, tmp_path):
    """A sheet of 10,000 facts: the collector took 60 % of reading it, scanning the objects being built again
    and again; they hold no garbage, so it waits until the sheet is built (and runs as before after)."""
    import gc

    from checker import facts

    seen = []
    nodes, read = yamlio._libyaml_node, facts._read_sheet
    monkeypatch.setattr(yamlio, "_libyaml_node", lambda text, resolver: seen.append(gc.isenabled()) or nodes(text,
                                                                                                              resolver))
    monkeypatch.setattr(facts, "_read_sheet", lambda path: seen.append(gc.isenabled()) or read(path))
    sheet = tmp_path / "sheet.yaml"
    sheet.write_text("facts:\n  - id: a\n    statement: killed\n    kind: count\n    value: 3\n    provenance: test\n",
                     encoding="utf-8")
    assert [fact.id for fact in facts.load_facts([sheet])] == ["a"]
    assert seen == [False, False] and gc.isenabled()
