"""Every TMX file of the shared test bed (LISA compliance kit, Okapi, OmegaT) is imported or
refused in one clear line; imported counts agree with an independent count."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tests.shared_corpora import corpora
from transdesk.core.errors import UserError
from transdesk.core.languages import code_or_none
from transdesk.services.memory_tmx import import_tmx
from transdesk.storage.database import open_database

pytestmark = pytest.mark.corpus
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def units_with_both(path: Path, source: str, target: str) -> int:
    """<tu> elements holding non-empty text in both languages, counted with lxml alone."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    count = 0
    for tu in etree.parse(str(path), parser).iter("tu"):
        langs = {
            code_or_none(tuv.get(XML_LANG) or tuv.get("lang"))
            for tuv in tu.iter("tuv")
            if "".join(tuv.find("seg").itertext()).strip()  # type: ignore[union-attr]
        }
        count += source in langs and target in langs
    return count


def test_every_tmx_file_imports_or_is_refused_clearly(tmp_path: Path) -> None:
    files = sorted(corpora("tmx").rglob("*.tmx"))
    assert len(files) >= 40
    imported, refused = [], []
    for number, path in enumerate(files):
        db = open_database(f"sqlite:///{tmp_path / f'{number}.sqlite3'}")
        try:
            result = import_tmx(db, path)
        except UserError as error:
            message = str(error)
            assert message.startswith(f"{path}: ") and "\n" not in message, message
            refused.append(path.name)
        else:
            expected = units_with_both(path, result.source_language, result.target_language)
            # Identical pairs are stored once: never more units than the file holds.
            assert 0 < result.added <= expected, path.name
            assert result.added + result.updated + len(result.skipped) >= expected, path.name
            imported.append(path.name)
        finally:
            db.close()
    print(f"\nTMX test bed: {len(imported)} imported, {len(refused)} refused: {refused}")
    assert len(imported) >= 30
    assert "empty.tmx" in refused  # nothing to import is said, not silently accepted
