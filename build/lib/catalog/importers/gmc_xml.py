"""Google Merchant Center XML feeds (RSS 2.0 items, Atom entries), streamed with flat memory.

The pull parser is fed one line at a time so each <item> is known by the line it starts on;
finished items are cleared and detached. A DOCTYPE (or ENTITY) in the prolog is refused outright:
a product feed never needs one, and it is how XML bombs and external entities come in.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from catalog.importers.gmc import Item, ParsedItem, build_product, field_name, keyed_item
from catalog.importers.grouping import KeyedRow, assemble_groups
from catalog.importers.rows import ReadResult, RowError

_ITEM_TAGS = frozenset({"item", "entry"})
_GOOGLE_NS = "{http://base.google.com/ns/1.0}"
_ATOM_ALIASES = {"summary": "description"}
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY")
_CHUNK = 64 * 1024
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def read_gmc_xml(path: Path) -> Iterator[ReadResult]:
    return assemble_groups(_keyed_items(path), build_product)


def _keyed_items(path: Path) -> Iterator[KeyedRow[ParsedItem] | RowError]:
    base_dir = path.parent.resolve()
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("start", "end"))
    open_elements: list[ET.Element] = []
    item_line = 0
    in_prolog = True
    line, tail = 1, b""
    with path.open("rb") as handle:
        while chunk := handle.readline(_CHUNK):
            if line == 1 and chunk.startswith(_WIDE_BOMS):
                yield RowError(1, "the feed is UTF-16; save it as UTF-8", fatal=True)
                return
            if in_prolog and (refused := _forbidden_declaration(tail + chunk)):
                reason = f"{refused} declarations are refused (XML bomb protection)"
                yield RowError(line, reason, fatal=True)
                return
            tail = chunk[-16:]
            try:
                parser.feed(chunk)
                events = _element_events(parser)
            except ET.ParseError as exc:
                yield _not_well_formed(exc)
                return
            for event, element in events:
                if event == "start":
                    in_prolog = False
                    open_elements.append(element)
                    if _local(element.tag) in _ITEM_TAGS:
                        item_line = line
                    continue
                open_elements.pop()
                if _local(element.tag) in _ITEM_TAGS:
                    yield keyed_item(_as_item(element), item_line, base_dir)
                    element.clear()
                    if open_elements:
                        open_elements[-1].remove(element)
            if chunk.endswith(b"\n"):
                line += 1
        try:
            parser.close()
        except ET.ParseError as exc:
            yield _not_well_formed(exc)


def _element_events(parser: ET.XMLPullParser[ET.Element]) -> list[tuple[str, ET.Element]]:
    return [
        (event[0], event[1])
        for event in parser.read_events()
        if len(event) == 2 and isinstance(event[1], ET.Element)
    ]


def _forbidden_declaration(data: bytes) -> str | None:
    for marker in _FORBIDDEN:
        if marker in data:
            return marker[2:].decode()
    return None


def _not_well_formed(exc: ET.ParseError) -> RowError:
    line = exc.position[0] if exc.position else 0
    reason = f"XML is not well-formed ({exc}); nothing after this line was read"
    return RowError(line, reason, fatal=True)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _as_item(element: ET.Element) -> Item:
    """Child elements by local name, g: ones first; nested ones joined as 'US:Standard:4.95 USD'."""
    google: Item = {}
    other: Item = {}
    for child in element:
        local = field_name(_local(child.tag))
        name = _ATOM_ALIASES.get(local, local)
        if len(child):
            value = ":".join((part.text or "").strip() for part in child)
        elif name == "link" and child.get("href"):
            value = child.get("href", "")
        else:
            value = child.text or ""
        target = google if child.tag.startswith(_GOOGLE_NS) else other
        target.setdefault(name, []).append(value)
    for name, values in other.items():
        google.setdefault(name, []).extend(values)
    return google
