"""Preferences: your name and role, UI language, fonts, autosave interval, the quality
threshold of reviews, database."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from transdesk.gui.roles import role_name
from transdesk.settings import AUTOSAVE_MAX_MS, AUTOSAVE_MIN_MS, ROLES, Settings


class PreferencesDialog(QDialog):
    def __init__(
        self, settings: Settings, parent: QWidget | None = None, settings_file: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.original = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.name = QLineEdit(settings.user_name)
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.user_role)))
        self.language = QComboBox()
        # Each language named in itself, so anyone can find their own.
        for code, name in (("", self.tr("System language")), ("en", "English"),
                           ("ar", "العربية"), ("fr", "Français"), ("es", "Español")):  # fmt: skip
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.source_font = QFontComboBox()
        self.target_font = QFontComboBox()
        for box, family in ((self.source_font, settings.source_font),
                            (self.target_font, settings.target_font)):  # fmt: skip
            if family:
                box.setCurrentFont(QFont(family))
        self.font_size = QSpinBox(minimum=6, maximum=48, value=settings.font_size)
        self.autosave = QSpinBox(
            minimum=AUTOSAVE_MIN_MS, maximum=AUTOSAVE_MAX_MS, singleStep=250,
            value=settings.autosave_ms, suffix=self.tr(" ms"),
        )  # fmt: skip
        self.quality_threshold = QDoubleSpinBox(
            minimum=0.0, maximum=1000.0, decimals=1, singleStep=0.5,
            value=settings.quality_threshold, suffix=self.tr(" points per 1,000 words"),
        )  # fmt: skip
        self.quality_threshold.setToolTip(
            self.tr(
                "An article passes review while its quality issues weigh at most this many "
                "penalty points per 1,000 source words (minor 1, major 5, critical 10)."
            )
        )
        self.database = QLineEdit(settings.database_url)
        self.database.setPlaceholderText(self.tr("Default: the file in your user data folder"))
        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name)
        form.addRow(self.tr("Your &role:"), self.role)
        form.addRow(self.tr("&Interface language:"), self.language)
        form.addRow(self.tr("&Source font:"), self.source_font)
        form.addRow(self.tr("&Translation font:"), self.target_font)
        form.addRow(self.tr("Font si&ze:"), self.font_size)
        form.addRow(self.tr("&Autosave after:"), self.autosave)
        form.addRow(self.tr("&Quality threshold:"), self.quality_threshold)
        form.addRow(self.tr("&Database:"), self.database)
        from transdesk.gui.cms_destinations import CmsDestinationsBox

        self.cms = CmsDestinationsBox(settings.cms_destinations, settings_file, self)
        note = QLabel(self.tr("A new database location is used from the next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.cms)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.cms.forget_removed()
        super().accept()

    def result_settings(self) -> Settings:
        return dataclasses.replace(
            self.original,
            user_name=self.name.text().strip(),
            user_role=str(self.role.currentData()),
            ui_language=str(self.language.currentData()),
            source_font=self.source_font.currentFont().family(),
            target_font=self.target_font.currentFont().family(),
            font_size=self.font_size.value(),
            autosave_ms=self.autosave.value(),
            quality_threshold=round(self.quality_threshold.value(), 1),
            database_url=self.database.text().strip(),
            cms_destinations=self.cms.destinations(),
        )
