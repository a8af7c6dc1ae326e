"""Going ahead although QA errors remain: the errors listed, and the reason asked for
(recorded with the approval or the export)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.qa import Finding
from transdesk.gui.qa_messages import finding_text


def finding_line(finding: Finding) -> str:
    """``#2  number-missing: 1.2 is not in the translation``."""
    return f"#{finding.segment + 1}  {finding.check}: {finding_text(finding)}"


class QaOverrideDialog(QDialog):
    """Lists the QA errors; the button that goes ahead is enabled once a reason is written."""

    def __init__(
        self, action: str, errors: Sequence[Finding], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("qa-override-dialog")
        self.setWindowTitle(self.tr("QA errors remain"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("%n QA error(s) remain in this translation:", "", len(errors)))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.errors_list = QListWidget()
        self.errors_list.setObjectName("qa-override-errors")
        self.errors_list.setWordWrap(True)
        self.errors_list.addItems([finding_line(finding) for finding in errors])
        self.errors_list.setMaximumHeight(160)
        layout.addWidget(self.errors_list)
        label = QLabel(self.tr("&Why does it go ahead anyway? (recorded)"))
        label.setWordWrap(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(90)
        label.setBuddy(self.reason_edit)
        layout.addWidget(label)
        layout.addWidget(self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(
            self.tr("Approve Anyway") if action == "approve" else self.tr("Export Anyway")
        )
        self.ok_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(lambda: self.ok_button.setEnabled(bool(self.reason())))
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    def reason(self) -> str:
        return " ".join(self.reason_edit.toPlainText().split())


def ask_qa_override(parent: QWidget, action: str, errors: Sequence[Finding]) -> str | None:
    """The reason written, or None when the user cancels."""
    dialog = QaOverrideDialog(action, errors, parent)
    return dialog.reason() if dialog.exec() == QDialog.DialogCode.Accepted else None
