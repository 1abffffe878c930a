"""YAML in, with line numbers kept, so every problem can point at `file:line`.

A thin wrapper over ruamel.yaml's round-trip loader. Mappings and sequences
come back as dict and list subclasses that remember where each key and item
stood. Timestamps are left as strings: an impossible date such as 2019-02-30
is then a problem the caller reports at its line, not a crash of the loader.

ruamel's parser is written in Python: a sheet of 1,000 facts took it 1.2 s. When PyYAML is installed with
libyaml, the nodes are made from libyaml's events instead (_libyaml_node), as ruamel's composer makes them, and
ruamel's constructor builds the same data from them. A text that reading could tell apart (anchors, aliases, tags, directives, tabs, the
characters YAML 1.1 takes for line breaks) and a text libyaml cannot read are read by ruamel's parser, which
says what is wrong with them; so is a text with a block scalar or an empty value.
"""
from __future__ import annotations

import difflib
import gc
import json
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.parser import RoundTripParser
from ruamel.yaml.error import StreamMark
from ruamel.yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                                SequenceStartEvent)

from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode
from ruamel.yaml.reader import Reader

try:  # libyaml's parser, through PyYAML's binding of it (optional: without it ruamel's parser reads every text)
    from yaml import events as _pyyaml_events
    from yaml._yaml import CParser as _Libyaml
except ImportError:  # pragma: no cover - PyYAML without libyaml, or no PyYAML
    _Libyaml = None

from .errors import InputError, Problem
from .safefile import YAML_SIZE_LIMIT, read_bytes

Key = Union[str, int]


class _Constructor(RoundTripConstructor):
    """The round-trip constructor, except that timestamps stay text."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    return yaml


def load(path: str | Path, inside: Optional[Path] = None) -> Any:
    """The data of a YAML file; InputError(Problem(path, line, ...)) when it cannot be read: not a
    regular file, over YAML_SIZE_LIMIT bytes, a symlink leading out of the directory `inside`, not
    UTF-8, or not safe YAML (see loads)."""
    try:
        text = read_bytes(path, YAML_SIZE_LIMIT, inside).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Problem(str(path), 0, f"cannot read: {exc}")) from exc
    return loads(text, str(path))


def loads(text: str, path: str = "<string>") -> Any:
    """The data of a YAML text; `path` only names it in problems. Anchors, aliases, merge keys and
    tags other than YAML's core ones are refused before anything is built (an alias bomb costs
    nothing), and a key given twice is a problem at its second line. The cycle collector waits while the data is
    built (a sheet of 10,000 facts: it took 60 % of the time, scanning the objects being built again and again)."""
    with collector_waiting():
        return _loads(text, path)


@contextmanager
def collector_waiting():
    """Python's cycle collector off in the block, as it was after: while data that holds no garbage is built."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _loads(text: str, path: str) -> Any:
    if _Libyaml is not None and not _LEFT_TO_RUAMEL.search(text):
        try:
            return _with_libyaml(text)
        except Exception:  # noqa: BLE001 - whatever it is, ruamel's parser below says it as it always has
            pass
    yaml = _yaml()
    yaml.Parser = _RefusingParser
    yaml.refusals = _Refusals(path)
    try:
        return yaml.load(text)  # one parse: the refusals read each event before the composer does
    except MarkedYAMLError as exc:
        raise InputError(syntax_problem(exc, path)) from exc
    except (YAMLError, ValueError) as exc:
        raise InputError(Problem(path, 0, str(exc), "syntax")) from exc
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - ruamel's constructors raise IndexError and others on odd scalars
        raise InputError(unbuildable(text, path, exc)) from exc


CORE_TAGS = frozenset(f"tag:yaml.org,2002:{name}" for name in
                      ("str", "int", "float", "bool", "null", "seq", "map", "timestamp"))


# Deeper nesting is refused (a fact sheet nests five levels; building a node is recursive).
MAX_DEPTH = 100


class _Refusals:
    """InputError at the first anchor, alias, merge key, non-core tag or mapping or list used as a key, or
    where nesting passes MAX_DEPTH, read from the parser's events one after the other, before the composer
    builds their node (nothing is expanded, no object constructed)."""

    def __init__(self, path: str):
        self.path = path
        self.open_nodes: list[list] = []  # per open mapping or sequence: [is a mapping, nodes in it so far]

    def check(self, event: Any) -> None:
        open_nodes = self.open_nodes
        message = _unsafe(event)
        if isinstance(event, (MappingEndEvent, SequenceEndEvent)):
            open_nodes.pop()
        elif isinstance(event, (ScalarEvent, AliasEvent, MappingStartEvent, SequenceStartEvent)):
            message = message or _collection_key(event, open_nodes)
            if open_nodes:
                open_nodes[-1][1] += 1
            if isinstance(event, (MappingStartEvent, SequenceStartEvent)):
                open_nodes.append([isinstance(event, MappingStartEvent), 0])
        if len(open_nodes) > MAX_DEPTH:
            message = f"nested deeper than {MAX_DEPTH} levels: refused"
        if message:
            raise InputError(Problem(self.path, event.start_mark.line + 1, message, "syntax"))


class _RefusingParser(RoundTripParser):
    """The round-trip parser, each event checked (_Refusals) as the composer takes it: the composer takes
    every event with get_event and builds nothing before, so the text is parsed once (parsing it a first
    time for the checks alone took 0.9 s of a generated sheet of 1,000 facts, 3 s of a manifest of
    10,000 seeds)."""

    def get_event(self) -> Any:
        event = super().get_event()
        self.loader.refusals.check(event)
        return event


# What libyaml's reading (YAML 1.1) could tell apart from ruamel's (YAML 1.2), or what names a tag, an anchor or an
# alias: a text with any of these is read by ruamel's parser alone.
_LEFT_TO_RUAMEL = re.compile("[\t\x85\u2028\u2029\ufeff!&*%]")


# Block scalars ("|", ">"): ruamel's parser fails on some headers libyaml reads (tests/test_safe_yaml.py). An empty
# scalar ("key:" with no value) is also left to ruamel: libyaml places it after its key, ruamel on the next line.
# So are a merge key, a collection or alias as a key, and a node deeper than MAX_DEPTH (the refusals say why).
BLOCK_STYLES = ("|", ">")


class _Unread(Exception):
    """A text libyaml's events leave to ruamel's parser."""


def _with_libyaml(text: str) -> Any:
    """The data of a text whose nodes libyaml's events make (_libyaml_node), built by ruamel's round-trip
    constructor; _Unread (or any error) for a text ruamel's parser must read."""
    Reader(text)  # ruamel's reader refuses what it refuses (characters it cannot print)
    yaml = _yaml()
    node = _libyaml_node(text, yaml.resolver)
    return None if node is None else yaml.constructor.construct_document(node)


def _libyaml_node(text: str, resolver: Any) -> Any:
    """The root node of the text's one document (None when it has none), as ruamel's composer makes it from its
    parser's events, here from libyaml's: tags resolved by ruamel's resolver (YAML 1.2), a plain scalar's style
    None; what ruamel's parser might read otherwise or refuse is left to it (_Unread)."""
    parser = _Libyaml(text)
    try:
        get = parser.get_event
        get()  # the stream's start
        event = get()
        if isinstance(event, _pyyaml_events.StreamEndEvent):
            return None
        if event.version is not None or event.tags:
            raise _Unread("directive")
        tags = {kind: resolver.resolve(kind, None, (True, False)) for kind in (MappingNode, SequenceNode)}
        node = _node(get, get(), resolver, tags, 1)
        get()  # the document's end
        if not isinstance(get(), _pyyaml_events.StreamEndEvent):
            raise _Unread("documents")  # more than one: ruamel says so
        return node
    finally:
        parser.dispose()


def _node(get: Any, event: Any, resolver: Any, tags: dict, depth: int) -> Any:
    """The node an event starts, with its items (_libyaml_node)."""
    if depth > MAX_DEPTH or getattr(event, "anchor", None) is not None or getattr(event, "tag", None) is not None:
        raise _Unread("anchor, tag or depth")
    start = _mark(event.start_mark)
    if isinstance(event, _pyyaml_events.ScalarEvent):
        style = event.style or None
        if style in BLOCK_STYLES or not event.value or (style is None and event.value == "<<"):
            raise _Unread("block scalar, empty value or merge key")
        tag = resolver.resolve(ScalarNode, event.value, event.implicit)
        return ScalarNode(tag, event.value, start, _mark(event.end_mark), style=style)
    if isinstance(event, _pyyaml_events.SequenceStartEvent):
        node = SequenceNode(tags[SequenceNode], [], start, None, flow_style=event.flow_style)
        while not isinstance(event := get(), _pyyaml_events.SequenceEndEvent):
            node.value.append(_node(get, event, resolver, tags, depth + 1))
    elif isinstance(event, _pyyaml_events.MappingStartEvent):
        node = MappingNode(tags[MappingNode], [], start, None, flow_style=event.flow_style)
        while not isinstance(event := get(), _pyyaml_events.MappingEndEvent):
            if not isinstance(event, _pyyaml_events.ScalarEvent):
                raise _Unread("a collection or alias as a key")
            node.value.append((_node(get, event, resolver, tags, depth + 1),
                               _node(get, get(), resolver, tags, depth + 1)))
    else:
        raise _Unread(type(event).__name__)
    node.end_mark = _mark(event.end_mark)
    return node


def _mark(mark: Any) -> StreamMark:
    return StreamMark("<unicode string>", mark.index, mark.line, mark.column)


def _collection_key(event: Any, open_nodes: list[list]) -> str:
    """A mapping or list in the place of a mapping's key ('? {a: 1}'): ruamel hashes such a key by
    walking it, three times the work per level of nesting (found by the atheris harness: 59 bytes
    of '? ? ? ...' took 19 s). factlint's keys are text."""
    in_key_place = bool(open_nodes) and open_nodes[-1][0] and open_nodes[-1][1] % 2 == 0
    if in_key_place and isinstance(event, (MappingStartEvent, SequenceStartEvent)):
        what = "mapping" if isinstance(event, MappingStartEvent) else "list"
        return f"a {what} as a key refused: factlint's keys are text"
    return ""


def _unsafe(event: Any) -> str:
    if isinstance(event, AliasEvent):
        return f"alias *{event.anchor} refused: factlint reads no YAML anchors or aliases; write the value out"
    if getattr(event, "anchor", None):
        return f"anchor &{event.anchor} refused: factlint reads no YAML anchors or aliases; write the value out"
    tag = getattr(event, "tag", None)
    if tag and tag not in CORE_TAGS:
        return f"tag {tag} refused: only YAML's core tags (str, int, float, bool, null, seq, map) are read"
    if isinstance(event, ScalarEvent) and event.value == "<<" and event.style is None:
        return "merge key << refused: factlint reads no YAML merge keys; write the keys out"
    return ""


def unbuildable(text: str, path: str, exc: Exception) -> Problem:
    """Where a text the parser read cannot be built (ruamel's constructors raise IndexError on `!!int ''`
    and on a plain `+_`, which its resolver takes for an int; both found by the atheris harness): the
    first scalar that cannot be built alone, at its line. When the parser itself fails (an assertion
    inside ruamel on a block scalar header with a comment after blank lines, found by the atheris
    harness), the file as a whole."""
    try:
        for event in _yaml().parse(text):
            problem = _unbuildable_scalar(event, path)
            if problem:
                return problem
    except Exception:  # noqa: BLE001 - the parser failed on its own: the problem is the file's
        pass
    return Problem(path, 0, f"cannot read: {type(exc).__name__} in the YAML reader: {exc}".rstrip(": "), "syntax")


def _unbuildable_scalar(event: Any, path: str) -> Optional[Problem]:
    if not isinstance(event, ScalarEvent) or (event.tag or "").endswith(":str"):
        return None
    tag = event.tag.rsplit(":", 1)[-1] if event.tag else ""
    if not tag and event.style is not None:  # quoted: text
        return None
    try:
        _yaml().load(f"!!{tag} {json.dumps(event.value)}" if tag else event.value)
    except Exception:  # noqa: BLE001 - whatever ruamel raises, this value cannot be built
        what = f"cannot hold its tag !!{tag}" if tag else "looks like a number but is none: quote it"
        return Problem(path, event.start_mark.line + 1, f"value {event.value!r} {what}", "syntax")
    return None


def syntax_problem(exc: MarkedYAMLError, path: str) -> Problem:
    """A YAML error as one line: where it went wrong and, if known, what was being read."""
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark is not None else 0
    message = exc.problem or exc.context or "invalid YAML"
    if exc.context and exc.problem:
        message = f"{message} ({exc.context}{_at(exc.context_mark)})"
    return Problem(path, line, message, "syntax")


def _at(mark: Any) -> str:
    return f" from line {mark.line + 1}" if mark is not None else ""


def line_of(node: Any, key: Key | None = None) -> int:
    """The 1-based line of a mapping key or a sequence item; of the node itself without key.

    Falls back to the node's own line when the key is absent, and to 0 for
    plain data that carries no lines.
    """
    lc = getattr(node, "lc", None)
    if lc is None:
        return 0
    try:
        if isinstance(node, dict) and key in node:
            return lc.key(key)[0] + 1
        if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            return lc.item(key)[0] + 1
    except (KeyError, TypeError, IndexError):
        pass
    return lc.line + 1 if lc.line is not None else 0


def line_at(root: Any, path: Iterable[Key]) -> int:
    """The line of the deepest node reachable along a path of keys and indices
    (for instance a jsonschema error's `absolute_path`)."""
    node, line = root, line_of(root)
    for key in path:
        if not _has(node, key):
            break
        line = line_of(node, key) or line
        node = node[key]
    return line


def _node_at(root: Any, path: Iterable[Key]) -> Any:
    node = root
    for key in path:
        node = node[key]
    return node


def _has(node: Any, key: Key) -> bool:
    if isinstance(node, dict):
        return key in node
    return isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)


# --- JSON Schema errors as problems at lines ----------------------------------------------

def schema_problems(error: Any, root: Any, path: str) -> list[Problem]:
    """A jsonschema ValidationError on data loaded from `path`, as problems at its lines.

    Unknown and missing keys are named; each unknown key is reported at its own line.
    """
    where = list(error.absolute_path)
    field = field_name(root, where)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        return [_unknown_key(error, root, where, key, path) for key in _extra_keys(error)]
    if _is_key_choice(error) and not isinstance(error.instance, dict):
        return []  # a choice of keys on a non-mapping: its type error says it already
    if "propertyNames" in error.relative_schema_path:
        node = _node_at(root, where)
        message = f"invalid key: {_message(error, where)}"
        return [Problem(path, line_of(node, error.instance), message, _join(field, str(error.instance)))]
    line = max(line_at(root, where), 1)
    if error.validator == "required":
        key = error.message.split("'")[1] if error.message.count("'") >= 2 else ""
        return [Problem(path, line, f"missing required key {key!r}", _join(field, key))]
    return [Problem(path, line, _message(error, where), field or "sheet")]


def field_name(root: Any, where: list[Key]) -> str:
    """A readable name for a place in the data: `facts[2].kind`, or `my-id.kind` when the
    list item has an `id`."""
    name, node = "", root
    for key in where:
        item = node[key] if _has(node, key) else None
        if isinstance(key, int):
            has_id = isinstance(item, dict) and isinstance(item.get("id"), str)
            name = item["id"] if has_id and _is_top_list(name) else f"{name}[{key}]"
        else:
            name = _join(name, str(key))
        node = item
    return name


def _is_top_list(name: str) -> bool:
    return "." not in name and "[" not in name


def _join(name: str, key: str) -> str:
    return f"{name}.{key}" if name and key else name or key


def _extra_keys(error: Any) -> list[str]:
    known = set(error.schema.get("properties", {}))
    patterns = list(error.schema.get("patternProperties", {}))
    return [key for key in error.instance
            if key not in known and not any(re.search(p, str(key)) for p in patterns)]


def _unknown_key(error: Any, root: Any, where: list[Key], key: str, path: str) -> Problem:
    known = sorted(error.schema.get("properties", {}))
    hint = difflib.get_close_matches(str(key), known, n=1)
    message = f"unknown key {key!r}" + (f" (did you mean {hint[0]!r}?)" if hint else "")
    message += f"; known keys: {', '.join(known)}" if not hint and known else ""
    return Problem(path, line_of(error.instance, key), message, _join(field_name(root, where), str(key)))


def _message(error: Any, where: list[Key]) -> str:
    key = where[-1] if where and isinstance(where[-1], str) else "value"
    value = _short(error.instance) or _type_name(error.instance)
    if error.validator == "enum":
        return f"unknown {key} {value} (expected one of: {', '.join(map(str, error.validator_value))})"
    if error.validator == "type":
        expected = error.validator_value
        expected = _either(expected) if isinstance(expected, list) else expected
        got = f"{_type_name(error.instance)} {_short(error.instance)}".rstrip()
        return f"expected {_plain_types(expected)}, got {got}"
    if error.validator == "pattern":
        return f"{value} does not match the pattern {error.validator_value}"
    if _is_key_choice(error):
        return _choice_message(error)
    return error.message


def _either(names: list[str]) -> str:
    return " or ".join(names) if len(names) < 3 else f"{', '.join(names[:-1])} or {names[-1]}"


def _is_key_choice(error: Any) -> bool:
    """Whether the error is a oneOf/anyOf between required keys ("exactly one of value or values")."""
    schemas = error.validator_value
    return error.validator in ("oneOf", "anyOf") and isinstance(schemas, list) and all(
        isinstance(s, dict) and "required" in s for s in schemas)


def _choice_message(error: Any) -> str:
    keys = [key for schema in error.validator_value for key in schema["required"]]
    found = [key for key in keys if key in error.instance]
    what = "found " + " and ".join(found) if found else "found none"
    return f"give exactly one of {' or '.join(keys)} ({what})"


def _short(value: Any, limit: int = 60) -> str:
    text = "" if value is None or isinstance(value, (dict, list)) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    for name, kind in (("mapping", dict), ("list", list), ("text", str), ("number", (int, float))):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _plain_types(expected: str) -> str:
    names = {"object": "mapping", "array": "list", "string": "text"}
    for schema_name, name in names.items():
        expected = re.sub(rf"\b{schema_name}\b", name, expected)
    return expected
