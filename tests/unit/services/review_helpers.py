"""Articles and people for the revision, review and comment tests."""

from __future__ import annotations

from pathlib import Path

from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.people import add_person, list_people
from transdesk.storage.database import Database

SOURCE = [
    "الأمم المتحدة: 1.2 مليون نازح بسبب الفيضانات",
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٫٢ مليون شخص نزحوا من منازلهم.",
    "وأضاف المتحدث أن الوضع يزداد سوءا.",
    "وطالبت المنظمة بمساعدات عاجلة للمتضررين في الولايات الشرقية.",
]
TRANSLATOR = "Rana Haddad"
EDITOR = "Omar Said"
ADMIN = "Lina Farah"


def make_article(db: Database, folder: Path, paragraphs: list[str] | None = None) -> int:
    """Import an Arabic report (headline + paragraphs) for English; the article's id."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"report{len(list(folder.glob('report*.txt')))}.txt"
    path.write_text("\n\n".join(paragraphs or SOURCE) + "\n", encoding="utf-8")
    result = import_report(db, ImportRequest(path, source_language="ar", target_languages=["en"]))
    return result.articles[0].id


def add_staff(db: Database) -> None:
    """A translator, an editor and an admin (once per database)."""
    if list_people(db):
        return
    add_person(db, TRANSLATOR, "translator", "rana@example.com")
    add_person(db, EDITOR, "editor")
    add_person(db, ADMIN, "admin")
