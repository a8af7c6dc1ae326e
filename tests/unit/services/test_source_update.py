"""A corrected source: a new report version, aligned, carried into every article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.unit.services.review_helpers import EDITOR, TRANSLATOR, add_staff
from transdesk.cli import main
from transdesk.core.errors import BadInputFile, NotFound
from transdesk.services.articles import show_article
from transdesk.services.history import blame, list_revisions, rebuild
from transdesk.services.importing import ImportRequest, import_report
from transdesk.services.revising import commit_texts
from transdesk.services.source_update import align, source_changes, update_source
from transdesk.storage.database import Database
from transdesk.storage.models import (
    Article,
    ReportVersion,
    Revision,
    Segment,
    SegmentChange,
    Target,
)

SOURCE = [
    "الأمم المتحدة: ١٢ ألف نازح بسبب الفيضانات في الولايات الشرقية",
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٢ ألف شخص نزحوا من منازلهم في ثلاث ولايات.",
    "وأضاف المتحدث باسم المنظمة أن الوضع يزداد سوءا مع استمرار هطول الأمطار الغزيرة.",
    "وقال مسؤول محلي إن الطرق الرئيسية مغلقة منذ يوم الأحد بسبب السيول.",
    "وطالبت المنظمة بمساعدات عاجلة للمتضررين في الولايات الشرقية قبل حلول الشتاء.",
]
# #2 corrected (١٢ → ١٣), #4 removed, a new paragraph after #3.
CORRECTED = [
    SOURCE[0],
    "قالت الأمم المتحدة يوم الثلاثاء إن نحو ١٣ ألف شخص نزحوا من منازلهم في ثلاث ولايات.",
    SOURCE[2],
    "وأعلنت الحكومة حالة الطوارئ في المناطق المنكوبة وأرسلت فرق الإنقاذ إلى القرى المعزولة.",
    SOURCE[4],
]
ENGLISH = [
    "UN: 12,000 displaced by floods in eastern states",
    "The UN said on Tuesday that some 12,000 people had fled their homes in three states.",
    "The spokesman said the situation was getting worse as heavy rain continued.",
    "A local official said the main roads had been closed since Sunday by the floods.",
]
FRENCH = [
    "ONU : 12 000 déplacés par les inondations dans les États de l'Est",
    "L'ONU a indiqué mardi que quelque 12 000 personnes avaient fui leur foyer.",
]
FRENCH_TEXT = (
    "Le gouvernement a déclaré l'état d'urgence dans les régions sinistrées et a envoyé "
    "des équipes de secours vers les villages isolés. La situation reste très difficile."
)


def write(folder: Path, name: str, paragraphs: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def report(db: Database, tmp_path: Path) -> tuple[int, int]:
    """An Arabic report in English (4 segments translated) and French (2 drafts)."""
    add_staff(db)
    path = write(tmp_path, "report.txt", SOURCE)
    result = import_report(
        db, ImportRequest(path, source_language="ar", target_languages=["en", "fr"])
    )
    en, fr = (a.id for a in result.articles)
    ids = [s.id for s in show_article(db, en).segments]
    commit_texts(
        db,
        en,
        {sid: (t, "translated") for sid, t in zip(ids, ENGLISH[:4], strict=False)},
        author=TRANSLATOR,
    )
    ids = [s.id for s in show_article(db, fr).segments]
    commit_texts(
        db, fr, {sid: (t, "draft") for sid, t in zip(ids, FRENCH, strict=False)}, author=TRANSLATOR
    )
    return en, fr


def counts(db: Database) -> dict[str, object]:
    with db.reading() as session:
        return {
            model.__name__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in (ReportVersion, Segment, Target, Revision, SegmentChange)
        } | {
            "versions": sorted(session.scalars(select(Article.version_id))),
            "locks": sorted(session.scalars(select(Article.lock_version))),
        }


def test_align_pairs_exact_similar_inserted_removed() -> None:
    pairs = align(SOURCE, CORRECTED)
    assert [(p.change, p.old, p.new) for p in pairs] == [
        ("unchanged", 0, 0),
        ("changed", 1, 1),
        ("unchanged", 2, 2),
        ("removed", 3, None),
        ("inserted", None, 3),
        ("unchanged", 4, 4),
    ]


def test_update_source_carries_every_article(
    db: Database, report: tuple[int, int], tmp_path: Path
) -> None:
    en, fr = report
    before = rebuild(db, en, 1)
    path = write(tmp_path, "corrected.txt", CORRECTED)
    result = update_source(db, fr, path, author=EDITOR)
    # the revision written on the old source still reads as it was saved
    assert rebuild(db, en, 1) == before
    assert sorted(text for text, _status in before.values() if text) == sorted(
        text for text in ENGLISH if text
    )
    assert (result.old_version, result.new_version) == (1, 2)
    assert (result.unchanged, result.changed, result.inserted, result.removed) == (3, 1, 1, 1)
    assert [(a.id, a.target_language) for a in result.articles] == [(en, "en"), (fr, "fr")]

    english = show_article(db, en)
    assert english.report_version == 2
    assert [s.source for s in english.segments] == CORRECTED
    assert [(s.target, s.status) for s in english.segments] == [
        (ENGLISH[0], "translated"),
        (ENGLISH[1], "needs_update"),  # the number was corrected: the translation must be
        (ENGLISH[2], "translated"),
        ("", "untranslated"),  # inserted
        ("", "untranslated"),  # was untranslated before
    ]
    assert ENGLISH[3] not in [s.target for s in english.segments]  # removed
    french = show_article(db, fr)
    assert french.report_version == 2
    assert [(s.target, s.status) for s in french.segments] == [
        (FRENCH[0], "draft"),
        (FRENCH[1], "needs_update"),
        *[("", "untranslated")] * 3,
    ]
    # progress: only translated/reviewed words count
    with db.reading() as session:
        article = session.get(Article, en)
        assert article is not None
        new_words = {s.id: s.word_count for s in session.scalars(select(Segment))}
        assert article.words_total == sum(new_words[s.id] for s in english.segments)
        assert article.words_translated == sum(
            new_words[s.id] for s in english.segments if s.status == "translated"
        )
        assert article.lock_version > 1

    # recorded as a revision of each article, signed by the editor
    for article_id, number in ((en, 2), (fr, 2)):
        newest = list_revisions(db, article_id)[0]
        assert newest.number == number and (newest.author, newest.role) == (EDITOR, "editor")
        assert newest.message == "Source updated to version 2: 1 changed, 1 inserted, 1 removed"
    assert rebuild(db, en, 2) == {s.id: (s.target, s.status) for s in english.segments}
    assert [line.revision_number for line in blame(db, en)] == [2, 2, 2, None, None]

    # the source diff of the changed segment is attached
    changed = [s for s in result.segments if s.change == "changed"]
    assert len(changed) == 1 and changed[0].new_position == 1
    assert [(h.old, h.new) for h in changed[0].diff.hunks] == [("١٢", "١٣")]
    data = result.to_json()
    assert data["counts"] == {"unchanged": 3, "changed": 1, "inserted": 1, "removed": 1}
    json.dumps(data)  # serialisable

    # the editor finds the same source diff beside the translation marked "needs update"
    beside = source_changes(db, en)
    assert list(beside) == [english.segments[1].id]
    assert [(h.old, h.new) for h in beside[english.segments[1].id].hunks] == [("١٢", "١٣")]
    assert source_changes(db, fr).keys() == beside.keys()

    # the new version can be translated and updated again
    inserted = english.segments[3].id
    saved = commit_texts(db, fr, {inserted: (FRENCH_TEXT, "translated")}, author=TRANSLATOR)
    assert saved is not None and saved.number == 3


def test_refusals_change_nothing(db: Database, report: tuple[int, int], tmp_path: Path) -> None:
    en, _ = report
    before = counts(db)
    french = write(
        tmp_path,
        "fr.txt",
        [
            "L'ONU annonce 13 000 déplacés après les inondations dans l'est du pays",
            "Les Nations unies ont indiqué mardi que quelque 13 000 personnes avaient fui.",
        ],
    )
    with pytest.raises(BadInputFile, match=r"fr.txt: is in fr but report \d+ is in ar"):
        update_source(db, en, french, author=EDITOR)
    same = write(tmp_path, "same.txt", SOURCE)
    with pytest.raises(
        BadInputFile, match=r"same.txt: is identical to the current source \(version 1\)"
    ):
        update_source(db, en, same, author=EDITOR)
    corrected = write(tmp_path, "corrected.txt", CORRECTED)
    with pytest.raises(NotFound, match="no article with id 999"):
        update_source(db, 999, corrected, author=EDITOR)
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"\x00\x01not a docx at all")
    with pytest.raises(BadInputFile, match=r"garbage\.docx"):
        update_source(db, en, garbage, author=EDITOR)
    with pytest.raises(NotFound, match="no person named"):
        update_source(db, en, corrected, author="Nobody Here")
    assert counts(db) == before


def test_cli_update_source(
    db: Database, db_url: str, report: tuple[int, int], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    en, _ = report
    path = write(tmp_path, "corrected.txt", CORRECTED)
    assert main(["--db", db_url, "update-source", str(en), str(path), "--as", EDITOR]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(
        "source version 1 -> 2: 1 changed, 1 inserted, 1 removed, 3 unchanged; "
        f"articles {en} (en) revision 2, {en + 1} (fr) revision 2"
    )
    assert "#2 " in out and "[-١٢-]{+١٣+}" in out
    again = write(tmp_path, "again.txt", [*CORRECTED[:4], CORRECTED[4] + " وانتهى البيان."])
    assert (
        main(["--db", db_url, "update-source", str(en), str(again), "--as", EDITOR, "--json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert (data["old_version"], data["new_version"]) == (2, 3)
    assert data["counts"]["changed"] == 1
    assert main(["--db", db_url, "update-source", str(en), str(again), "--as", EDITOR]) == 1
    assert "is identical to the current source (version 3)" in capsys.readouterr().err
