"""What a delete or bulk change found, table by table: enough to put the rows back exactly (undo)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Rows per table as they were; every store's snapshot/restore uses this one type."""

    tables: Mapping[str, tuple[Row, ...]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, **tables: Iterable[Row]) -> Snapshot:
        return cls(MappingProxyType({name: tuple(rows) for name, rows in tables.items()}))

    def rows(self, table: str) -> tuple[Row, ...]:
        return self.tables.get(table, ())

    def __bool__(self) -> bool:
        return any(self.tables.values())
