"""What importing a file for one language pair did (a TMX memory, a glossary): how many
entries were added, how many already there were refreshed, and which were skipped."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class PairImport:
    path: str
    source_language: str
    target_language: str
    added: int
    updated: int
    skipped: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "source_language": self.source_language,
            "target_language": self.target_language,
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
        }
