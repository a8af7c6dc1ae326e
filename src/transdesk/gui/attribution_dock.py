"""Editing who wrote the original, where it ran, who translated and edited it, the rights."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.attribution import check_url, parse_published
from transdesk.core.errors import InvalidValue, UserError
from transdesk.services.articles import ArticleView, show_article
from transdesk.services.attribution import update_attribution
from transdesk.storage.database import Database

_ERROR_STYLE = "QLineEdit, QPlainTextEdit { border: 2px solid #c5221f; }"


def _when(value: datetime | None) -> str:
    return value.astimezone().isoformat(timespec="minutes") if value else ""


class AttributionPanel(QWidget):
    """A form over the article's attribution; Apply writes every change in one transaction."""

    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.article_id: int | None = None
        self._loaded: dict[str, str] = {}
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {
            "outlet": QLineEdit(),
            "url": QLineEdit(),
            "authors": QLineEdit(),
            "published": QLineEdit(),
            "original_title": QLineEdit(),
            "section": QLineEdit(),
            "rights": QLineEdit(),
            "via": QPlainTextEdit(),
            "translators": QLineEdit(),
            "editor": QLineEdit(),
            "deadline": QLineEdit(),
        }
        via = self.fields["via"]
        assert isinstance(via, QPlainTextEdit)
        via.setMaximumHeight(70)
        self.labels = {name: QLabel() for name in self.fields}
        self.errors = {name: QLabel() for name in self.fields}
        form = QFormLayout()
        for name, widget in self.fields.items():
            widget.setObjectName(f"attribution-{name}")
            self.labels[name].setBuddy(widget)
            self.errors[name].setStyleSheet("color: #c5221f;")
            self.errors[name].setWordWrap(True)
            self.errors[name].hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.errors[name])
            form.addRow(self.labels[name], column)
        self.apply_button = QPushButton()
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.apply_button)
        layout.addStretch(1)
        for name in ("url", "published", "deadline"):
            line = self.fields[name]
            assert isinstance(line, QLineEdit)
            line.editingFinished.connect(lambda name=name: self._validate(name))
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        texts = {
            "outlet": self.tr("&Outlet:"),
            "url": self.tr("Original &URL:"),
            "authors": self.tr("&Authors:"),
            "published": self.tr("&Published:"),
            "original_title": self.tr("Original &title:"),
            "section": self.tr("&Section:"),
            "rights": self.tr("&Rights:"),
            "via": self.tr("&Via:"),
            "translators": self.tr("Tra&nslators:"),
            "editor": self.tr("&Editor:"),
            "deadline": self.tr("&Deadline:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.fields["authors"].setToolTip(self.tr("Separate names with ;"))
        self.fields["translators"].setToolTip(self.tr("Separate names with ;"))
        self.fields["via"].setToolTip(
            self.tr("Outlets the report came through, one per line: name, then URL")
        )
        for name in ("published", "deadline"):
            field = self.fields[name]
            assert isinstance(field, QLineEdit)
            field.setPlaceholderText(self.tr("e.g. 2026-11-25 14:30+03:00"))
        self.apply_button.setText(self.tr("Apply attribution"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def load(self, article_id: int | None) -> None:
        self.article_id = article_id
        self._loaded = {}
        if article_id is not None:
            self._loaded = self._values_of(show_article(self.db, article_id, with_segments=False))
        for name, widget in self.fields.items():
            value = self._loaded.get(name, "")
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
            self._show_error(name, None)
        self.setEnabled(article_id is not None)

    @staticmethod
    def _values_of(view: ArticleView) -> dict[str, str]:
        original = next((c for c in view.credits if c.role == "original"), None)
        vias = [c for c in view.credits if c.role == "via"]
        return {
            "outlet": original.outlet or "" if original else "",
            "url": original.url or "" if original else "",
            "authors": "; ".join(original.authors) if original else "",
            "published": _when(original.published_at) if original else "",
            "original_title": original.title or "" if original else "",
            "section": view.section or "",
            "rights": view.rights or "",
            "via": "\n".join(" ".join(filter(None, (c.outlet, c.url))) for c in vias),
            "translators": "; ".join(view.translators),
            "editor": view.editor or "",
            "deadline": _when(view.deadline),
        }

    def value(self, name: str) -> str:
        widget = self.fields[name]
        text = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        return text.strip()

    def _validate(self, name: str) -> bool:
        value = self.value(name)
        checks: dict[str, Callable[[str], object]] = {
            "url": lambda v: check_url(v, "url"),
            "published": lambda v: parse_published(v, "published"),
            "deadline": lambda v: parse_published(v, "deadline"),
        }
        problem = None
        if value and name in checks:
            try:
                checks[name](value)
            except InvalidValue as error:
                problem = error.problem
        self._show_error(name, problem)
        return problem is None

    def _show_error(self, name: str, problem: str | None) -> None:
        self.errors[name].setText(problem or "")
        self.errors[name].setVisible(problem is not None)
        self.fields[name].setStyleSheet(_ERROR_STYLE if problem else "")

    def changed_assignments(self) -> list[str]:
        assignments = []
        for name in self.fields:
            if self.value(name) == self._loaded.get(name, ""):
                continue
            if name == "via":
                lines = [line.strip() for line in self.value(name).splitlines() if line.strip()]
                assignments += [f"via={line}" for line in lines] or ["via="]
            else:
                assignments.append(f"{name}={self.value(name)}")
        return assignments

    def apply(self) -> None:
        if self.article_id is None:
            return
        if not all([self._validate(name) for name in ("url", "published", "deadline")]):
            self.failed.emit(self.tr("Attribution not saved: correct the marked fields."))
            return
        assignments = self.changed_assignments()
        if not assignments:
            return
        try:
            update_attribution(self.db, self.article_id, assignments)
        except InvalidValue as error:
            if error.field in self.fields:
                self._show_error(error.field, error.problem)
            self.failed.emit(self.tr("Attribution not saved: %1").replace("%1", str(error)))
            return
        except UserError as error:
            self.failed.emit(str(error))
            return
        self.load(self.article_id)
        self.saved.emit(self.tr("Attribution saved."))
