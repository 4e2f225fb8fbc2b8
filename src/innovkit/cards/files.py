"""Reading tool card files: their bytes, safely, and YAML that remembers the line of every key.

Every problem becomes a ``CardError`` naming the file and the line (see ``docs/card-format.md``);
the fields are checked by ``innovkit.cards.checks``.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from innovkit.errors import CardError
from innovkit.i18n import words

if TYPE_CHECKING:
    from innovkit.cards.model import Card

# --------------------------------------------------------------------------- YAML with lines


class _LineDict(dict):
    """A mapping read from YAML that remembers the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list):
    line: int = 0
    item_lines: list[int]


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """``yaml.SafeLoader`` (the C one when available) that records line numbers."""


def _construct_map(loader: _Loader, node: yaml.MappingNode) -> Iterator[_LineDict]:
    data = _LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        try:
            duplicate = key in data
        except TypeError:
            raise CardError("", line, None, words("cards.key_not_text")) from None
        if duplicate:
            raise CardError("", line, str(key), words("cards.duplicate_key"))
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines[key] = line


def _construct_seq(loader: _Loader, node: yaml.SequenceNode) -> Iterator[_LineList]:
    data = _LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_sequence(node, deep=True))


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def read_yaml(path: Path) -> Any:
    """Parse one YAML file safely; any problem becomes a ``CardError`` with file and line."""
    return parse_yaml(read_bytes(path), str(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a card file; a link to nowhere, a FIFO, a huge file… is a ``CardError``."""
    from innovkit.cards.safe_read import read_card_bytes

    return read_card_bytes(path)


def parse_yaml(raw: bytes, name: str) -> Any:
    """The data of a YAML document (UTF-8 bytes) read from the file called ``name``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CardError(name, None, None, words("cards.not_utf8")) from None
    try:
        return yaml.load(text, Loader=_Loader)  # _Loader is a SafeLoader subclass
    except CardError as exc:
        raise CardError(name, exc.line, exc.field, exc.problem) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        if isinstance(exc, yaml.constructor.ConstructorError) and "tag" in str(exc.problem):
            problem = words("cards.yaml_tag_refused")
        else:
            problem = words("cards.bad_yaml", detail=exc.problem or exc.context or "")
        raise CardError(name, line, None, problem) from None
    except (yaml.YAMLError, RecursionError, ValueError, TypeError, OverflowError) as exc:
        raise CardError(
            name, None, None, words("cards.bad_yaml", detail=type(exc).__name__)
        ) from None


def file_digest(raw: bytes) -> str:
    """A short content hash of a card file, recorded with each session of the tool."""
    import hashlib

    return hashlib.sha256(raw).hexdigest()[:16]


def load_card(path: Path, bilingual: bool = False) -> Card:
    """Read and check one card file."""
    from innovkit.cards.checks import card_from_data

    raw = read_bytes(path)
    return card_from_data(parse_yaml(raw, str(path)), path, bilingual, file_digest(raw))
