"""The glossary service: terms kept per pair, CSV and TBX files, and QA that uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.services.review_helpers import TRANSLATOR, add_staff, make_article
from transdesk.core.errors import UserError
from transdesk.services.glossary import (
    add_term,
    export_terms,
    import_terms,
    list_terms,
    remove_term,
    update_term,
)
from transdesk.services.qa import check_article
from transdesk.services.revising import edit_segment
from transdesk.storage.database import Database

TBX_V3 = """<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <tbxHeader><fileDesc><sourceDesc><p>newsroom</p></sourceDesc></fileDesc></tbxHeader>
 <text><body>
  <conceptEntry id="c1">
   <descrip type="definition">Capital of Iran</descrip>
   <langSec xml:lang="ar"><termSec><term>طهران</term></termSec></langSec>
   <langSec xml:lang="en">
    <termSec><term>Tehran</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>Teheran</term>
     <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec>
   </langSec>
  </conceptEntry>
 </body></text>
</tbx>
"""


def test_terms_are_added_listed_updated_and_removed(db: Database) -> None:
    term = add_term(db, "ar", "en", "  طهران ", "Tehran", forbidden=["Teheran"], author="Rana")
    assert (term.source, term.forbidden, term.created_by) == ("طهران", ("Teheran",), "Rana")
    assert [t.target for t in list_terms(db, "ar", "en", query="TEHR")] == ["Tehran"]
    assert list_terms(db, "ar", "fr") == []
    assert update_term(db, term.id, note="capital").note == "capital"
    with pytest.raises(UserError, match="already in the glossary"):
        add_term(db, "ar", "en", "طهران", "Teheran")
    with pytest.raises(UserError, match="is the approved translation itself"):
        add_term(db, "ar", "en", "بغداد", "Baghdad", forbidden=["baghdad"])
    remove_term(db, term.id)
    assert list_terms(db) == []


def test_csv_and_tbx_round_trips_keep_every_field(db: Database, tmp_path: Path) -> None:
    add_term(
        db, "ar", "en", "طهران", "Tehran", note="capital, Iran", forbidden=["Teheran", "Tehrān"]
    )
    add_term(db, "ar", "en", "الأمم المتحدة", "the United Nations")
    before = [(t.source, t.target, t.note, t.forbidden) for t in list_terms(db, "ar", "en")]
    for name in ("terms.csv", "terms.tbx"):
        path = tmp_path / name
        assert export_terms(db, path, "ar", "en") == 2
        for term in list_terms(db):
            remove_term(db, term.id)
        result = import_terms(db, path)
        assert (result.source_language, result.target_language, result.added) == ("ar", "en", 2)
        after = [(t.source, t.target, t.note, t.forbidden) for t in list_terms(db, "ar", "en")]
        assert after == before, name


def test_a_tbx_v3_file_gives_terms_notes_and_ruled_out_variants(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "newsroom.tbx"
    path.write_text(TBX_V3, encoding="utf-8")
    assert import_terms(db, path).added == 1
    (term,) = list_terms(db, "ar", "en")
    assert (term.source, term.target, term.note, term.forbidden) == (
        "طهران", "Tehran", "Capital of Iran", ("Teheran",),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("a.csv", "source,target\nطهران,\n", "line 2: is empty"),
        ("b.csv", "word,meaning\nx,y\n", "line 1: the header must start with source,target"),
        ("c.csv", "source,target\nx,y\n", "does not say its language pair"),
        ("d.tbx", "<martif><text><body><termEntry><langSet><tig><term>x</term></tig></langSet>"
         "</termEntry></body></text></martif>", "entry 1: a language section has no xml:lang"),
        ("e.tbx", '<!DOCTYPE martif [<!ENTITY x SYSTEM "file:///etc/passwd">]><martif>&x;</martif>',
         "declares XML entities"),
        ("f.txt", "x", "is neither .csv nor .tbx"),
    ],
)  # fmt: skip
def test_a_bad_glossary_file_is_refused_in_one_line_and_nothing_is_stored(
    db: Database, tmp_path: Path, name: str, content: str, problem: str
) -> None:
    add_term(db, "ar", "en", "بغداد", "Baghdad")
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(UserError) as refusal:
        import_terms(db, path, "ar" if name != "c.csv" else None, "en" if name != "c.csv" else None)
    message = str(refusal.value)
    assert message.startswith(f"{path}: ") and problem in message and "\n" not in message
    assert [t.source for t in list_terms(db)] == ["بغداد"]


def test_article_qa_uses_the_pairs_glossary(db: Database, tmp_path: Path) -> None:
    add_staff(db)
    article = make_article(db, tmp_path, ["وصل وفد طهران", "قال المتحدث إن الوفد وصل."])
    add_term(db, "ar", "en", "طهران", "Tehran", forbidden=["Teheran"])
    edit_segment(db, article, 1, "A Teheran delegation arrives", author=TRANSLATOR)
    edit_segment(db, article, 2, "The spokesman said the delegation arrived.", author=TRANSLATOR)
    findings = check_article(db, article)
    assert [(f.check, f.severity, f.segment) for f in findings] == [
        ("term-missing", "warning", 0),
        ("term-forbidden", "error", 0),
    ]
