"""File ▸ Publish: send approved articles to a WordPress site (destination, status, date,
categories, tags); the push runs off the GUI thread, with progress and a link to the post."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.gui.background import Background, Identity, ProgressRelay
from transdesk.services.destinations import (
    CmsDestination,
    NoKeyring,
    checked_destination,
    forget_password,
    keyring_usable,
    list_destinations,
    store_password,
)
from transdesk.services.publishing import Published, PublishOptions, publish_many
from transdesk.storage.database import Database
from transdesk.wordpress.client import PostChangedOnSite


class PublishDialog(QDialog):
    published = Signal(list)  # Published

    def __init__(
        self,
        db: Database,
        article_ids: list[int],
        identity: Identity,
        background: Background,
        settings_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("publish-dialog")
        self.db, self.article_ids, self.identity = db, article_ids, identity
        self.background, self.settings_file = background, settings_file
        # Asked when a post was edited on the site since our last push (replaced in tests).
        self.ask_overwrite: Callable[[str], bool] = self._ask_overwrite
        self.destination = QComboBox()
        for destination in list_destinations(settings_file):
            self.destination.addItem(f"{destination.name} — {destination.url}", destination.name)
        self.status = QComboBox()
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("Pending review"), "pending")
        self.status.addItem(self.tr("Scheduled"), "future")
        self.status.addItem(self.tr("Published"), "publish")
        self.date = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.date.setCalendarPopup(True)
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("Names, separated by commas"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Names, separated by commas"))
        self.overwrite = QCheckBox(self.tr("Replace posts edited on the site"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("publish-result")
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.publish_button = self.buttons.addButton(
            self.tr("Publish"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        form = QFormLayout()
        form.addRow(self.tr("&Site:"), self.destination)
        form.addRow(self.tr("S&tatus:"), self.status)
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Categories:"), self.categories)
        form.addRow(self.tr("T&ags:"), self.tags)
        form.addRow(self.overwrite)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.outcome_label)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.buttons.rejected.connect(self.reject)
        self.publish_button.clicked.connect(self.publish)
        self.setWindowTitle(self.tr("Publish %n article(s)", "", len(article_ids)))
        self._status_changed()
        if self.destination.count() == 0:
            self.publish_button.setEnabled(False)
            self.outcome_label.setText(
                self.tr("No WordPress site yet: add one in Preferences ▸ CMS destinations.")
            )

    def _status_changed(self) -> None:
        self.date.setEnabled(self.status.currentData() == "future")

    def options(self) -> PublishOptions:
        date = None
        if self.status.currentData() == "future":
            seconds = self.date.dateTime().toSecsSinceEpoch()
            date = datetime.fromtimestamp(seconds, tz=UTC)
        return PublishOptions(
            status=str(self.status.currentData()),
            date=date,
            categories=_names(self.categories.text()),
            tags=_names(self.tags.text()),
            overwrite=self.overwrite.isChecked(),
        )

    def publish(self) -> None:
        who = self.identity()
        if who is None:
            return
        name, role = who
        options, to = self.options(), str(self.destination.currentData())
        progress = ProgressRelay(self)
        progress.step.connect(self._step)
        self.progress.setRange(0, len(self.article_ids))
        self.progress.setValue(0)
        self.progress.show()
        self.publish_button.setEnabled(False)
        self.outcome_label.setText(self.tr("Publishing…"))
        db, ids = self.db, list(self.article_ids)

        def call() -> tuple[list[Published], list[UserError]]:
            return publish_many(db, ids, to, options, author=name, role=role,
                                settings_file=self.settings_file,
                                progress=progress.step.emit)  # fmt: skip

        self.background.run(call, self._done, self._failed)

    def _step(self, done: int, total: int) -> None:
        self.progress.setValue(done)

    def _done(self, outcome: tuple[list[Published], list[UserError]]) -> None:
        results, errors = outcome
        self.progress.hide()
        self.publish_button.setEnabled(True)
        lines = [
            f'<a href="{html.escape(r.link)}">{html.escape(r.link)}</a> ({html.escape(r.outcome)})'
            for r in results
        ]
        lines.extend(html.escape(str(error)) for error in errors)
        self.outcome_label.setText("<br>".join(lines))
        if results:
            self.published.emit(results)
        changed = [e for e in errors if isinstance(e, PostChangedOnSite)]
        if changed and not self.overwrite.isChecked() and self.ask_overwrite(str(changed[0])):
            self.overwrite.setChecked(True)
            self.article_ids = [error.article_id for error in changed]
            self.publish()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.publish_button.setEnabled(True)
        self.outcome_label.setText(html.escape(message))

    def _ask_overwrite(self, message: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Post changed on the site"),
            message + "\n\n" + self.tr("Replace the site's version with this translation?"),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


class CmsDestinationsBox(QGroupBox):
    """Preferences ▸ CMS destinations: WordPress sites to publish to. A password goes to
    the keyring as soon as the site is added (or, without one, to the opt-in file store)."""

    def __init__(
        self, destinations: list[dict[str, str]], settings_file: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setTitle(self.tr("CMS destinations (WordPress)"))
        self.settings_file = settings_file
        self.removed: list[CmsDestination] = []
        self.sites = QListWidget()
        for item in destinations:
            self._show(CmsDestination(item["name"], item["url"], item["user"]))
        self.name, self.url, self.user = QLineEdit(), QLineEdit(), QLineEdit()
        self.url.setPlaceholderText("https://news.example")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Application Password"))
        self.file_store = QCheckBox(self.tr("No keyring here: keep it in a file only I can read"))
        self.file_store.setVisible(not keyring_usable())
        self.message = QLabel()
        self.message.setWordWrap(True)
        add, remove = QPushButton(self.tr("&Add site")), QPushButton(self.tr("Re&move site"))
        add.clicked.connect(self.add)
        remove.clicked.connect(self.remove)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Site URL:"), self.url)
        form.addRow(self.tr("User:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.file_store)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sites)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def _show(self, destination: CmsDestination) -> None:
        item = QListWidgetItem(f"{destination.name} — {destination.url} ({destination.user})")
        item.setData(Qt.ItemDataRole.UserRole, destination)
        self.sites.addItem(item)

    def destinations(self) -> list[dict[str, str]]:
        found = (
            self.sites.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.sites.count())
        )
        return [{"name": d.name, "url": d.url, "user": d.user} for d in found]

    def add(self) -> None:
        try:
            destination = checked_destination(
                self.name.text(), self.url.text(), self.user.text(), self.password.text()
            )
        except UserError as error:
            self.message.setText(str(error))
            return
        try:
            store_password(
                destination, self.password.text(), file_store=self.file_store.isChecked(),
                settings_file=self.settings_file,
            )  # fmt: skip
        except NoKeyring:
            self.file_store.setVisible(True)
            self.message.setText(
                self.tr(
                    "This computer has no keyring for passwords. Tick the box to keep "
                    "the password in a file only you can read."
                )
            )
            return
        self.password.clear()
        for row in range(self.sites.count() - 1, -1, -1):
            if self.sites.item(row).data(Qt.ItemDataRole.UserRole).name == destination.name:
                self.sites.takeItem(row)
        self._show(destination)
        self.message.setText(self.tr("Added; the password is kept outside TransDesk's files."))

    def remove(self) -> None:
        """Off the list; its password is forgotten once Preferences are saved."""
        row = self.sites.currentRow()
        if row >= 0:
            self.removed.append(self.sites.takeItem(row).data(Qt.ItemDataRole.UserRole))

    def forget_removed(self) -> None:
        """Preferences saved: the removed sites' passwords leave the keyring (or file)."""
        kept = {d["name"] for d in self.destinations()}
        for destination in self.removed:
            if destination.name not in kept:
                forget_password(destination, self.settings_file)
        self.removed.clear()
