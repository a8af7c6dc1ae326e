"""Importing through the service: reports, articles per language, attribution, atomicity."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from transdesk.core.errors import BadInputFile, InvalidValue, NotFound
from transdesk.services.articles import add_language, show_article
from transdesk.services.attribution import update_attribution
from transdesk.services.importing import AttributionFlags, ImportRequest, import_report
from transdesk.services.library import list_articles
from transdesk.storage.database import Database
from transdesk.storage.models import Article, Report, Segment, Target

REPORT = """\
Flood waters recede as 1,200 return home

Residents began returning on Tuesday after the water dropped by 1.5 metres.

"We lost everything," said one farmer. The government pledged $3.2 million.
"""


@pytest.fixture
def report_file(tmp_path: Path) -> Path:
    path = tmp_path / "flood.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.reading() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (Report, Article, Segment, Target)
        )


def test_one_article_per_target_language_sharing_the_source(
    db: Database, report_file: Path
) -> None:
    result = import_report(
        db,
        ImportRequest(
            report_file,
            target_languages=["ar", "fr", "ar"],
            attribution=AttributionFlags(
                outlet="Example News", url="https://example.com/flood", authors=["Jane Doe"],
                published="2026-11-24T08:00:00Z", via=["Wire Service https://wire.example/1"],
            ),
        ),
    )  # fmt: skip
    assert result.source_language == "en" and result.segments == 3
    assert [a.target_language for a in result.articles] == ["ar", "fr"]
    arabic = show_article(db, result.articles[0].id)
    assert arabic.target_direction if False else arabic.to_json()["target_direction"] == "rtl"
    assert [s.kind for s in arabic.segments] == ["headline", "paragraph", "paragraph"]
    assert all(s.status == "untranslated" and s.target == "" for s in arabic.segments)
    credits = arabic.to_json()["attribution"]["credits"]
    assert credits[0] == {
        "role": "original", "outlet": "Example News", "url": "https://example.com/flood",
        "authors": ["Jane Doe"], "published_at": "2026-11-24T08:00:00+00:00",
        "title": "Flood waters recede as 1,200 return home", "language": "en",
    }  # fmt: skip
    assert credits[1]["role"] == "via" and credits[1]["url"] == "https://wire.example/1"
    assert arabic.other_languages == {"fr": result.articles[1].id}
    assert counts(db) == (1, 2, 3, 6)


def test_add_language_shares_source_and_attribution(db: Database, report_file: Path) -> None:
    first = import_report(db, ImportRequest(report_file, target_languages=["ar"])).articles[0].id
    spanish = add_language(db, first, "es")
    view = show_article(db, spanish)
    assert view.target_language == "es" and view.report_id == show_article(db, first).report_id
    assert len(view.segments) == 3
    with pytest.raises(InvalidValue, match="already has a ar article"):
        add_language(db, first, "ar")
    with pytest.raises(InvalidValue, match="own language"):
        add_language(db, first, "en")
    with pytest.raises(NotFound):
        add_language(db, 9999, "de")


def test_bad_file_leaves_the_database_as_it_was(db: Database, tmp_path: Path) -> None:
    bad = tmp_path / "garbage.txt"
    bad.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(BadInputFile):
        import_report(db, ImportRequest(bad, target_languages=["en"]))
    assert counts(db) == (0, 0, 0, 0)


def test_a_failure_inside_the_transaction_rolls_everything_back(
    db: Database, report_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from transdesk.services import importing

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(importing, "_store_article", explode)
    with pytest.raises(RuntimeError):
        import_report(db, ImportRequest(report_file, target_languages=["fr"]))
    assert counts(db) == (0, 0, 0, 0)


def test_unknown_and_same_target_language_are_refused(db: Database, report_file: Path) -> None:
    with pytest.raises(InvalidValue, match="--target-lang: 'xx-nope'"):
        import_report(db, ImportRequest(report_file, target_languages=["xx-nope"]))
    with pytest.raises(BadInputFile, match=r"flood\.txt: is already in en; it cannot be"):
        import_report(db, ImportRequest(report_file, target_languages=["en"]))
    assert counts(db) == (0, 0, 0, 0)


def test_list_filters_and_searches_in_sql(db: Database, tmp_path: Path) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "L'Élysée annonce un remaniement\n\nLe président a nommé trois ministres mardi.\n",
        encoding="utf-8",
    )
    arabic = tmp_path / "ar.txt"
    arabic.write_text(
        "الحكومة تعلن خطة لإعادة الإعمار\n\nأعلنت الحكومة يوم الأحد خطة بقيمة ٥ مليارات دولار.\n",
        encoding="utf-8",
    )
    import_report(
        db,
        ImportRequest(
            french, target_languages=["en"], attribution=AttributionFlags(outlet="Le Quotidien")
        ),
    )
    import_report(db, ImportRequest(arabic, target_languages=["en", "fr"]))  # fmt: skip
    assert len(list_articles(db)) == 3
    assert {a.source_language for a in list_articles(db, language="ar")} == {"ar"}
    assert [a.target_language for a in list_articles(db, language="fr")].count("fr") == 1
    assert [a.title for a in list_articles(db, search="élysée")] == [
        "L'Élysée annonce un remaniement"
    ]
    assert len(list_articles(db, search="quotidien")) == 1
    assert len(list_articles(db, search="إعادة الإعمار")) == 2
    assert list_articles(db, search="100%_") == []
    assert len(list_articles(db, status="draft")) == 3
    with pytest.raises(InvalidValue, match="--status"):
        list_articles(db, status="published")


def test_meta_edits_attribution_atomically(db: Database, report_file: Path) -> None:
    article = import_report(db, ImportRequest(report_file)).articles[0].id
    assert show_article(db, article).target_language is None
    update_attribution(
        db, article,
        ["outlet=Example News", "authors=Jane Doe; John Roe", "published=2026-11-24",
         "target_language=fa", "via=Wire https://wire.example/x", "rights=© Example News",
         "translators=Leila Mansour; Karim Haddad", "editor=Omar Said"],
    )  # fmt: skip
    view = show_article(db, article)
    assert view.target_language == "fa"
    assert view.credits[0].authors == ["Jane Doe", "John Roe"]
    assert [c.role for c in view.credits] == ["original", "via"]
    assert (view.translators, view.editor) == (["Leila Mansour", "Karim Haddad"], "Omar Said")
    update_attribution(db, article, ["translators=Karim Haddad"])
    assert show_article(db, article).translators == ["Karim Haddad"]
    view = show_article(db, article)
    before = view.to_json()
    with pytest.raises(InvalidValue, match="url: 'javascript:alert"):
        update_attribution(db, article, ["outlet=Changed", "url=javascript:alert(1)"])
    with pytest.raises(InvalidValue, match="one editor"):
        update_attribution(db, article, ["editor=A; B"])
    with pytest.raises(InvalidValue, match="unknown field 'colour'"):
        update_attribution(db, article, ["colour=red"])
    after = show_article(db, article).to_json()
    before.pop("updated_at"), after.pop("updated_at")
    assert after == before


def test_bilingual_import_keeps_existing_targets_as_first_revision(
    db: Database, tmp_path: Path
) -> None:
    xliff = tmp_path / "job.xlf"
    xliff.write_text(
        """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="report" source-language="fr" target-language="en" datatype="plaintext">
    <body>
      <trans-unit id="1"><source>Un séisme frappe le Maroc</source>
        <target state="translated">Earthquake strikes Morocco</target></trans-unit>
      <trans-unit id="2"><source>Le bilan s'élève à 2 900 morts.</source></trans-unit>
    </body>
  </file>
</xliff>""",
        encoding="utf-8",
    )
    result = import_report(db, ImportRequest(xliff))
    assert result.source_language == "fr"
    assert [a.target_language for a in result.articles] == ["en"]
    view = show_article(db, result.articles[0].id)
    assert [(s.target, s.status) for s in view.segments] == [
        ("Earthquake strikes Morocco", "translated"),
        ("", "untranslated"),
    ]
    assert 0 < view.words_translated < view.words_total


def test_sentences_are_computed_once_and_stored(db: Database, report_file: Path) -> None:
    article = import_report(db, ImportRequest(report_file)).articles[0].id
    view = show_article(db, article, with_sentences=True)
    last = view.segments[2]
    pieces = [last.source[a:b] for a, b in last.sentences or []]
    assert pieces == [
        '"We lost everything," said one farmer.',
        "The government pledged $3.2 million.",
    ]
