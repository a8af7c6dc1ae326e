"""Translation memory in and out as TMX files (through translate-toolkit): one language
pair per file, imported in one transaction."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from transdesk.core.errors import BadInputFile, InvalidValue
from transdesk.core.languages import checked_code
from transdesk.services.memory_store import TMX, NewUnit, store_units
from transdesk.services.pair_import import PairImport
from transdesk.storage.database import Database
from transdesk.storage.models import MemoryUnit, utcnow


def import_tmx(
    db: Database,
    path: Path,
    source_language: str | None = None,
    target_language: str | None = None,
) -> PairImport:
    """Store the units of a TMX file for one language pair, in one transaction.

    The source language defaults to the header's srclang; the target language to the only
    other language the file holds. Refused, nothing stored: a file that is not safe,
    well-formed TMX, or holds no unit with both languages.
    """
    from transdesk.formats.tmx import read_tmx

    document = read_tmx(path)
    source = checked_code(source_language, "--source-language") if source_language else None
    source = source or document.source_language
    if source is None:
        raise BadInputFile(path, "names no source language (give --source-language)")
    target = checked_code(target_language, "--target-language") if target_language else None
    if target is None:
        others = sorted({code for unit in document.units for code in unit.texts} - {source})
        if len(others) != 1:
            found = ", ".join(others) if others else "none"
            raise BadInputFile(
                path, f"holds several target languages ({found}); give --target-language"
            )
        target = others[0]
    if source == target:
        raise InvalidValue("--target-language", f"is the source language ({source})")
    units: list[NewUnit] = []
    skipped: list[str] = []
    for number, unit in enumerate(document.units, start=1):
        source_text = unit.texts.get(source, "").strip()
        target_text = unit.texts.get(target, "").strip()
        if not source_text or not target_text:
            missing = source if not source_text else target
            skipped.append(f"unit {number}: no {missing} text")
            continue
        units.append(
            NewUnit(
                source_text,
                target_text,
                TMX,
                path.name,
                None,
                None,
                unit.author,
                unit.note,
                unit.created_at or utcnow(),
            )
        )
    if not units:
        raise BadInputFile(path, f"holds no unit with both {source} and {target} text")
    with db.transaction() as session:
        added, updated = store_units(session, source, target, units)
    return PairImport(str(path), source, target, added, updated, skipped)


def export_tmx(db: Database, path: Path, source_language: str, target_language: str) -> int:
    """Write the pair's units to a TMX 1.4 file, oldest first; returns how many."""
    from transdesk.formats.tmx import TmxEntry, write_tmx

    source = checked_code(source_language, "--source-language")
    target = checked_code(target_language, "--target-language")
    with db.reading() as session:
        rows = session.execute(
            select(
                MemoryUnit.source,
                MemoryUnit.target,
                MemoryUnit.author,
                MemoryUnit.created_at,
                MemoryUnit.note,
            )
            .where(MemoryUnit.source_language == source, MemoryUnit.target_language == target)
            .order_by(MemoryUnit.id)
        ).all()
    try:
        return write_tmx(path, source, target, (TmxEntry(*row) for row in rows))
    except OSError as error:
        raise BadInputFile(path, f"cannot be written ({error.strerror or error})") from None
