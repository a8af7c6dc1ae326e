"""Every file under ../shared/corpora/ either imports or is refused with one clear line
naming it, leaving the database as it was."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.shared_corpora import corpora
from transdesk.core.errors import UserError
from transdesk.services.articles import show_article
from transdesk.services.importing import ImportRequest, import_report
from transdesk.storage.database import Database
from transdesk.storage.models import Article, Report, Revision, Segment, Target


def _rows(db: Database) -> tuple[int, ...]:
    with db.reading() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Report, Article, Segment, Target, Revision)
        )


def test_every_corpus_file_imports_or_is_refused_clearly(db: Database) -> None:
    root = corpora()
    files = sorted(path for path in root.rglob("*") if path.is_file())
    assert len(files) > 400
    imported, refused = [], []
    for path in files:
        before = _rows(db)
        try:
            result = import_report(db, ImportRequest(path))
        except UserError as error:
            message = str(error)
            assert message.startswith(f"{path}: "), message
            assert "\n" not in message and "Traceback" not in message
            assert _rows(db) == before, f"{path} was refused but left rows behind"
            refused.append(path)
        else:
            assert result.segments > 0 and result.headline.strip()
            imported.append(path)
    by_folder: dict[str, list[int]] = {}
    for path in imported + refused:
        counts = by_folder.setdefault(path.relative_to(root).parts[0], [0, 0])
        counts[path in refused] += 1
    print("\nimported / refused by corpus folder:", by_folder)
    # Report formats import; translation memories and other files are refused by name.
    # Every news page imports; report formats mostly import (the rest are test files made
    # invalid on purpose, schemas, or documents without text); TMX is no report format.
    pages = [p for p in files if p.suffix == ".html" and p.relative_to(root).parts[0] == "html"]
    assert len(pages) == 35 and all(page in imported for page in pages)
    assert by_folder["docx"][0] >= 44 and by_folder["xliff"][0] >= 150
    assert not [p for p in imported if p.suffix == ".tmx"]


LANGUAGES = {"ara": "ar", "fas": "fa", "eng": "en", "fra": "fr", "deu": "de", "spa": "es",
             "rus": "ru", "zho_simpl": "zh"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(LANGUAGES))
def test_flores_devtest_as_plain_text(db: Database, name: str) -> None:
    """1,012 aligned lines with no blank line between them: one segment per line, the
    language detected, every character kept."""
    path = corpora("parallel", "flores101-devtest") / f"{name}.devtest"
    result = import_report(db, ImportRequest(path, format_name="text"))
    assert result.source_language == LANGUAGES[name]
    assert result.direction == ("rtl" if name in ("ara", "fas") else "ltr")
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
    view = show_article(db, result.articles[0].id)
    assert [s.source for s in view.segments] == [line for line in lines if line]
