"""The review dock's small questions: a note for a workflow step (with the unresolved
comment threads in view), the text of a comment or reply, a quality issue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transdesk.gui.review.names import category_name, severity_name, step_name
from transdesk.services.comments import CommentThread
from transdesk.services.quality import CATEGORIES, SEVERITIES


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok


def thread_line(thread: CommentThread) -> str:
    """``#3 Omar Said: Check the quote``: one line naming a thread."""
    first = thread.first
    return f"#{first.position + 1}  {first.author}: {' '.join(first.text.split())}"


class NoteDialog(QDialog):
    """Confirms a workflow step with an optional note; unresolved threads listed first."""

    def __init__(
        self, step: str, unresolved: Sequence[CommentThread], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review-note-dialog")
        self.setWindowTitle(step_name(step))
        layout = QVBoxLayout(self)
        self.unresolved_label = QLabel()
        self.unresolved_label.setWordWrap(True)
        self.unresolved_list = QListWidget()
        self.unresolved_list.addItems([thread_line(thread) for thread in unresolved])
        self.unresolved_list.setMaximumHeight(140)
        self.unresolved_list.setWordWrap(True)
        self.unresolved_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.unresolved_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(420)
        if unresolved:
            self.unresolved_label.setText(
                self.tr(
                    "%n comment thread(s) still open. They stay open after this step:",
                    "",
                    len(unresolved),
                )
            )
            layout.addWidget(self.unresolved_label)
            layout.addWidget(self.unresolved_list)
        else:
            self.unresolved_label.setText(self.tr("No open comment threads."))
            layout.addWidget(self.unresolved_label)
            self.unresolved_list.hide()
        label = QLabel(self.tr("&Note for the history (optional):"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        label.setBuddy(self.note_edit)
        layout.addWidget(label)
        layout.addWidget(self.note_edit)
        buttons, self.ok_button = _buttons(self, step_name(step))
        layout.addWidget(buttons)
        self.note_edit.setFocus()

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()


class CommentDialog(QDialog):
    """The text of a new comment or a reply: OK once something is written."""

    def __init__(self, title: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-comment-dialog")
        self.setWindowTitle(title)
        about_label = QLabel(about)
        about_label.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        about_label.setBuddy(self.text_edit)
        buttons, self.ok_button = _buttons(self, title)
        self.ok_button.setEnabled(False)
        self.text_edit.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.text().strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(about_label)
        layout.addWidget(self.text_edit)
        layout.addWidget(buttons)
        self.text_edit.setFocus()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()


@dataclass(frozen=True)
class IssueAnswer:
    category: str
    severity: str
    note: str = ""


class IssueDialog(QDialog):
    """A quality issue on one segment: category, severity, a note for the translator."""

    def __init__(self, segment_number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-issue-dialog")
        self.setWindowTitle(self.tr("Tag a quality issue"))
        self.category = QComboBox()
        for category in CATEGORIES:
            self.category.addItem(category_name(category), category)
        self.severity = QComboBox()
        for severity in SEVERITIES:
            self.severity.addItem(severity_name(severity), severity)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Segment:"), QLabel(f"#{segment_number}"))
        form.addRow(self.tr("&Category:"), self.category)
        form.addRow(self.tr("&Severity:"), self.severity)
        form.addRow(self.tr("&Note:"), self.note_edit)
        buttons, self.ok_button = _buttons(self, self.tr("Tag issue"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.category.setFocus()

    def answer(self) -> IssueAnswer:
        return IssueAnswer(
            str(self.category.currentData()),
            str(self.severity.currentData()),
            self.note_edit.toPlainText().strip(),
        )


# What the review panel asks by default; each returns None when the user cancels.


def ask_step_note(parent: QWidget, step: str, unresolved: Sequence[CommentThread]) -> str | None:
    dialog = NoteDialog(step, unresolved, parent)
    return dialog.note() if dialog.exec() else None


def ask_comment_text(parent: QWidget, title: str, about: str) -> str | None:
    dialog = CommentDialog(title, about, parent)
    return dialog.text() if dialog.exec() else None


def ask_issue(parent: QWidget, segment_number: int) -> IssueAnswer | None:
    dialog = IssueDialog(segment_number, parent)
    return dialog.answer() if dialog.exec() else None
