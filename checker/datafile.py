"""The package's YAML data files (language files, the concepts file), parsed once and kept beside them
as JSON, so that a process that starts (a rerun, a worker) reads JSON instead of running the pure-Python
YAML parser over every language file (a few tenths of a second each).

`load(path)` gives the file's YAML (safe loader) as parsed. The parsed value is kept in
`__pycache__/<name>.<hash>.json` next to the file, the hash being that of the file's bytes: an edited file
is parsed again. A copy that cannot be read, whose checksum differs or that the codec refuses is ignored
and written again; a value the codec cannot write back exactly (a YAML timestamp) is not kept; when the
directory cannot be written, the file is parsed every time.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ruamel.yaml import YAML

from . import codec

FORMAT = 1
COPIES = "__pycache__"


def load(path: Path):
    """The parsed YAML of path (a parsed copy when one was kept for these bytes)."""
    raw = path.read_bytes()
    copy = copy_path(path, raw)
    try:
        return _read(copy)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    value = YAML(typ="safe", pure=True).load(raw.decode("utf-8"))
    _keep(copy, value)
    return value


def copy_path(path: Path, raw: bytes) -> Path:
    digest = hashlib.sha256(f"{FORMAT}\x00".encode() + raw).hexdigest()[:20]
    return path.parent / COPIES / f"{path.name}.{digest}.json"


def _read(copy: Path):
    document = json.loads(copy.read_text(encoding="utf-8"))
    payload = document["payload"]
    if document.get("sha256") != hashlib.sha256(payload.encode("utf-8")).hexdigest():
        raise ValueError("altered copy")
    return codec.loads(payload)


def _keep(copy: Path, value) -> None:
    from .cache import _write_atomic

    try:
        payload = codec.dumps(value)
        if codec.loads(payload) != value:
            return
        document = {"sha256": hashlib.sha256(payload.encode("utf-8")).hexdigest(), "payload": payload}
        _write_atomic(copy, json.dumps(document, ensure_ascii=False))
        for other in copy.parent.glob(f"{copy.name.rsplit('.', 2)[0]}.*.json"):
            if other != copy:
                other.unlink(missing_ok=True)
    except (OSError, TypeError, ValueError):
        return
