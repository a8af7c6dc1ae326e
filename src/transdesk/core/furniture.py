"""Site furniture in pasted reports: rules per language, kept as data in data/furniture/."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

BYLINE_MAX_WORDS = 8
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|;|&|\band\b|\bet\b|\by\b|\bund\b|\sو\s?)\s*")


@dataclass(frozen=True)
class FurnitureRules:
    trailing: tuple[re.Pattern[str], ...]
    byline: tuple[re.Pattern[str], ...]
    sections: frozenset[str]

    def is_trailing_furniture(self, line: str) -> bool:
        text = line.strip()
        return any(rule.match(text) for rule in self.trailing)

    def byline_authors(self, line: str) -> list[str] | None:
        """The authors a byline names ("By A and B" → [A, B]), or None if not a byline."""
        text = line.strip()
        for rule in self.byline:
            match = rule.match(text)
            if match and len(match.group("authors").split()) <= BYLINE_MAX_WORDS:
                names = _AUTHOR_SEPARATORS.split(match.group("authors").strip())
                return [name.strip() for name in names if name.strip()]
        return None

    def is_section_label(self, line: str) -> bool:
        return line.strip().casefold().rstrip(":") in self.sections


def _load(name: str) -> dict[str, list[str]] | None:
    folder = resources.files("transdesk").joinpath("data", "furniture")
    path = folder.joinpath(f"{name}.toml")
    if not path.is_file():
        return None
    data: dict[str, list[str]] = tomllib.loads(path.read_text(encoding="utf-8"))
    return data


@lru_cache(maxsize=32)
def rules_for(language: str | None) -> FurnitureRules:
    """Common rules plus those of ``language`` (no language: every language's rules)."""
    names = ["common"]
    if language:
        names.append(language)
    else:
        folder = resources.files("transdesk").joinpath("data", "furniture")
        names += sorted(
            entry.name.removesuffix(".toml")
            for entry in folder.iterdir()
            if entry.name.endswith(".toml") and entry.name != "common.toml"
        )
    trailing: list[re.Pattern[str]] = []
    byline: list[re.Pattern[str]] = []
    sections: set[str] = set()
    for name in names:
        data = _load(name)
        if data is None:
            continue
        flags = re.IGNORECASE | re.UNICODE
        trailing += [re.compile(pattern, flags) for pattern in data.get("trailing", [])]
        byline += [re.compile(pattern, flags) for pattern in data.get("byline", [])]
        sections |= {label.casefold() for label in data.get("sections", [])}
    return FurnitureRules(tuple(trailing), tuple(byline), frozenset(sections))


def without_trailing_furniture(texts: list[str], language: str | None) -> int:
    """How many of ``texts`` remain once trailing site furniture is cut off the end."""
    rules = rules_for(language)
    end = len(texts)
    while end > 0 and rules.is_trailing_furniture(texts[end - 1]):
        end -= 1
    return end
