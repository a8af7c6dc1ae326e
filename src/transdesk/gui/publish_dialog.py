"""File ▸ Publish: send approved articles to a WordPress site (destination, status, date,
categories, tags); the push runs off the GUI thread, with progress and a link to the post."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.errors import UserError
from transdesk.gui.background import Background, Identity, ProgressRelay
from transdesk.gui.i18n import isolated
from transdesk.services.destinations import (
    list_destinations,
)
from transdesk.services.publishing import Published, PublishOptions, publish_many
from transdesk.services.site_copies import (
    BEHIND,
    CURRENT,
    EDITED,
    GONE,
    UNKNOWN,
    SiteCopy,
    check_site_copies,
)
from transdesk.storage.database import Database
from transdesk.wordpress.client import PostChangedOnSite

MAX_CHECKED = 20  # articles whose copies on the sites are checked when the dialog opens


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
        # Re-publishing must not unpublish a live post: by default an update keeps the status.
        self.status.addItem(self.tr("Unchanged (new posts: draft)"), None)
        self.status.addItem(self.tr("Draft"), "draft")
        self.status.addItem(self.tr("Pending review"), "pending")
        self.status.addItem(self.tr("Scheduled"), "future")
        self.status.addItem(self.tr("Published"), "publish")
        self.date = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.date.setCalendarPopup(True)
        # ISO order: 06/12 must not be read as June by one desk and December by another. (In
        # an Arabic interface Qt mirrors the sections, to read right to left in this order.)
        self.date.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.categories = QLineEdit()
        self.categories.setPlaceholderText(self.tr("Names, separated by commas"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("Names, separated by commas"))
        self.overwrite = QCheckBox(self.tr("Replace posts edited on the site"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.copies_label = QLabel()  # where the articles are already, and how current
        self.copies_label.setObjectName("site-copies")
        self.copies_label.setWordWrap(True)
        self.copies_label.setOpenExternalLinks(True)
        self.copies_label.hide()
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
        layout.addWidget(self.copies_label)
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
        else:
            self.check_site_copies()

    def check_site_copies(self) -> None:
        """Ask the sites, in the background, whether their copies are still current."""
        db, ids, settings_file = self.db, list(self.article_ids[:MAX_CHECKED]), self.settings_file

        def call() -> list[tuple[int, list[SiteCopy]]]:
            return [(i, check_site_copies(db, i, settings_file=settings_file)) for i in ids]

        self.background.run(call, self._show_copies, lambda _message: None)

    def _show_copies(self, found: list[tuple[int, list[SiteCopy]]]) -> None:
        several = len(self.article_ids) > 1
        lines = [
            html.escape(f"#{article_id} " * several) + self._copy_line(copy)
            for article_id, copies in found
            for copy in copies
        ]
        if lines:
            self.copies_label.setText(
                self.tr("Already on the sites:") + "<br>" + "<br>".join(lines)
            )
        self.copies_label.setVisible(bool(lines))

    def _status_changed(self) -> None:
        self.date.setEnabled(self.status.currentData() == "future")

    def _copy_line(self, copy: SiteCopy) -> str:
        """One site's copy, in the interface's language (rich text, the post linked)."""
        states = {
            CURRENT: self.tr("current"),
            BEHIND: self.tr("behind: revision %1 is newer").replace(
                "%1", str(copy.newest_revision)
            ),
            EDITED: self.tr("edited on the site"),
            GONE: self.tr("gone from the site"),
            UNKNOWN: self.tr("could not be checked: %1").replace("%1", isolated(copy.problem)),
        }
        where = (
            self.tr("%1: post %2, revision %3")
            .replace("%1", isolated(copy.destination))
            .replace("%2", str(copy.post_id))
            .replace("%3", str(copy.revision))
        )
        link = html.escape(copy.link)
        state = html.escape(states[copy.state])
        anchor = f'<a href="{link}">{link}</a>'
        return f"{html.escape(where)} — {state} {isolated(anchor)}"

    def options(self) -> PublishOptions:
        date = None
        if self.status.currentData() == "future":
            seconds = self.date.dateTime().toSecsSinceEpoch()
            date = datetime.fromtimestamp(seconds, tz=UTC)
        return PublishOptions(
            status=self.status.currentData(),
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
        if changed and not self.overwrite.isChecked() and self.ask_overwrite(changed[0].what):
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
