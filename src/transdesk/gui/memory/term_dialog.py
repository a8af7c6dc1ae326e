"""Edit ▸ Add Glossary Term: a source term, how the newsroom translates it, a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)


class AddTermDialog(QDialog):
    def __init__(self, target: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add-term-dialog")
        self.setWindowTitle(self.tr("Add Glossary Term"))
        self.source = QLineEdit()
        self.source.setObjectName("term-source")
        self.target = QLineEdit(target.strip())
        self.target.setObjectName("term-target")
        self.note = QLineEdit()
        self.note.setObjectName("term-note")
        self.note.setPlaceholderText(self.tr("Optional: when to use it, a source to check"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Source term:"), self.source)
        layout.addRow(self.tr("Translation:"), self.target)
        layout.addRow(self.tr("Note:"), self.note)
        layout.addRow(self.buttons)
        for field in (self.source, self.target):
            field.textChanged.connect(self._update_ok)
        self._update_ok()
        (self.target if target.strip() and not self.source.text() else self.source).setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(ok, QPushButton)
        ok.setEnabled(bool(self.source.text().strip() and self.target.text().strip()))

    def values(self) -> tuple[str, str, str]:
        return self.source.text().strip(), self.target.text().strip(), self.note.text().strip()
