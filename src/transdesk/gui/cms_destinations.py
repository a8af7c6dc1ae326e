"""Preferences ▸ CMS destinations: the WordPress sites to publish to. A site's Application
Password goes to the keyring as soon as it is added (or, with no keyring, to the opt-in file
store); a removed site's password is forgotten once Preferences are saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.services.destinations import (
    CmsDestination,
    NoKeyring,
    as_setting,
    checked_destination,
    forget_password,
    keyring_usable,
    store_password,
)


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

    def listed(self) -> list[CmsDestination]:
        """The sites in the list, as shown."""
        role = Qt.ItemDataRole.UserRole
        return [self.sites.item(row).data(role) for row in range(self.sites.count())]

    def destinations(self) -> list[dict[str, str]]:
        return [as_setting(destination) for destination in self.listed()]

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
                self.removed.append(self.sites.takeItem(row).data(Qt.ItemDataRole.UserRole))
        self._show(destination)
        self.message.setText(self.tr("Added; the password is kept outside TransDesk's files."))

    def remove(self) -> None:
        """Off the list; its password is forgotten once Preferences are saved."""
        row = self.sites.currentRow()
        if row >= 0:
            self.removed.append(self.sites.takeItem(row).data(Qt.ItemDataRole.UserRole))

    def forget_removed(self) -> None:
        """Preferences saved: the removed sites' passwords leave the keyring (or file)."""
        kept = {destination.account for destination in self.listed()}
        for destination in self.removed:
            if destination.account not in kept:
                forget_password(destination, self.settings_file)
        self.removed.clear()
