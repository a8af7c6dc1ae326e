"""The diff view: any two revisions of an article, word by word, inline or side by side, and
rejecting one change of it (a new revision that puts that piece of the older text back).

Diffs of an article take milliseconds (segment by segment, see core/diffing.py), so they are
computed on the GUI thread, as the user picks revisions; the rendering is Qt rich text from
:mod:`transdesk.gui.diff_html`, where every piece of segment text is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.diffing import SegmentDiff
from transdesk.core.errors import UserError
from transdesk.core.languages import direction
from transdesk.gui.diff_html import DELETED, INSERTED, Side, segment_html
from transdesk.services.diffs import RevisionDiff, diff_revisions
from transdesk.services.history import RevisionSummary, list_revisions, rebuild
from transdesk.services.rejecting import reject_change
from transdesk.storage.database import Database

Signer = tuple[str | None, str | None]  # (name, role) a rejection is signed with
MUTED = "color:#555555"  # dark enough on white for small text (7.5:1)


@dataclass(frozen=True)
class Change:
    """One hunk of the diff, in reading order: where it is and which one in its segment."""

    segment_id: int
    position: int  # 0-based, as the article orders its segments
    hunk: int


class DiffDialog(QDialog):
    """Compares two revisions of one article; rejects the change the user has reached."""

    revisionMade = Signal(int)  # the number of a revision made here (a rejected change)

    def __init__(
        self,
        db: Database,
        article_id: int,
        *,
        author: str | None,
        role: str | None = None,
        identity: Callable[[], Signer | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``author`` and ``role`` sign a rejection; or ``identity``, when given, is asked
        just before one is saved (it may ask the user) and returns them, or None to stop."""
        super().__init__(parent)
        self.setObjectName("diff-dialog")
        self.setModal(False)
        self.db = db
        self.article_id = article_id
        self.author = author
        self.role = role
        self.identity = identity
        self.revisions: list[RevisionSummary] = []
        self.compared: RevisionDiff | None = None
        self.changes: list[Change] = []
        self.current: int | None = None  # index into self.changes
        self._full_text: dict[int, str] | None = None  # unchanged segments' text, on demand
        self._build()
        self.retranslate()
        self.refresh()
        self.resize(900, 640)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_box, self.to_box = QComboBox(), QComboBox()
        self.from_box.setObjectName("diff-from")
        self.to_box.setObjectName("diff-to")
        for label, box in ((self.from_label, self.from_box), (self.to_label, self.to_box)):
            label.setBuddy(box)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self.compare)
        self.inline_button, self.side_button = QRadioButton(), QRadioButton()
        self.inline_button.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.inline_button)
        self.mode.addButton(self.side_button)
        self.mode.buttonToggled.connect(self._mode_toggled)
        self.only_changed = QCheckBox()
        self.only_changed.setChecked(True)
        self.only_changed.toggled.connect(self.show_diff)
        self.summary = QLabel()
        self.summary.setObjectName("diff-summary")
        self.legend = QLabel()
        self.view = QTextBrowser()
        self.view.setObjectName("diff-view")
        self.view.setOpenLinks(False)
        self.message = QLabel()
        self.message.setObjectName("diff-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.position_label = QLabel()
        self.previous_button, self.next_button = QPushButton(), QPushButton()
        self.previous_button.clicked.connect(self.previous_change)
        self.next_button.clicked.connect(self.next_change)
        # Shortcuts of their own: a button's text sets its shortcut to the mnemonic (Alt+N).
        QShortcut(QKeySequence("F8"), self, self.next_change)
        QShortcut(QKeySequence("Shift+F8"), self, self.previous_change)
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("reject-change")
        self.reject_button.clicked.connect(self.reject_current)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

        choices = QHBoxLayout()
        choosers: list[QWidget] = [self.from_label, self.from_box, self.to_label, self.to_box]
        for widget in choosers:
            choices.addWidget(widget)
        choices.addStretch(1)
        for widget in (self.inline_button, self.side_button, self.only_changed):
            choices.addWidget(widget)
        totals = QHBoxLayout()
        totals.addWidget(self.summary, 1)
        totals.addWidget(self.legend)
        moves = QHBoxLayout()
        moves.addWidget(self.previous_button)
        moves.addWidget(self.next_button)
        moves.addWidget(self.position_label)
        moves.addStretch(1)
        moves.addWidget(self.reject_button)
        moves.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(totals)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(moves)

    def _mode_toggled(self, _button: QWidget, checked: bool) -> None:
        if checked:
            self.show_diff()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare Revisions"))
        self.from_label.setText(self.tr("&From:"))
        self.to_label.setText(self.tr("&To:"))
        self.inline_button.setText(self.tr("&Inline"))
        self.side_button.setText(self.tr("&Side by side"))
        self.only_changed.setText(self.tr("&Only changed segments"))
        self.previous_button.setText(self.tr("&Previous Change"))
        self.next_button.setText(self.tr("&Next Change"))
        self.previous_button.setToolTip(self.tr("Previous change (Shift+F8)"))
        self.next_button.setToolTip(self.tr("Next change (F8)"))
        self.reject_button.setText(self.tr("&Reject This Change…"))
        self.reject_button.setToolTip(
            self.tr("Save a new revision that puts the older text of this change back")
        )
        added, removed = html.escape(self.tr("added")), html.escape(self.tr("removed"))
        self.legend.setText(
            f'<span style="{INSERTED}">{added}</span>&nbsp;&nbsp;'
            f'<span style="{DELETED}">{removed}</span>'
        )
        self._fill_boxes()
        self._show_summary()
        self.show_diff()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- choosing revisions ---------------------------------------------------------------

    def refresh(self, to_number: int | None = None) -> None:
        """Reread the article's revisions and compare again: ``to_number`` (default: the
        newest when it was chosen, else the revision chosen) against the revision chosen as
        "from" (at first, the last reviewed one, as ``transdesk diff``)."""
        chosen_from = self.from_box.currentData()
        chosen_to = self.to_box.currentData()
        newest_was_chosen = bool(self.revisions) and chosen_to == self.revisions[0].number
        try:
            self.revisions = list_revisions(self.db, self.article_id)
            if self.compared is None:  # first time: the defaults of diff_revisions
                defaults = diff_revisions(self.db, self.article_id)
                chosen_from, chosen_to = defaults.from_number, defaults.to_number
        except UserError as error:
            self.show_message(str(error), error=True)
            return
        if to_number is not None:
            chosen_to = to_number
        elif newest_was_chosen or chosen_to is None:
            chosen_to = self.revisions[0].number if self.revisions else 0
        self._fill_boxes(chosen_from, chosen_to)
        self.compare()

    def revisions_changed(self, *_what: object) -> None:
        """A slot for any signal saying the article has a new revision (the window's Save):
        compare again, following the newest revision if it was the one shown."""
        self.refresh()

    def _fill_boxes(self, chosen_from: object = None, chosen_to: object = None) -> None:
        """Every revision, newest first; "from" also offers the article before translation."""
        chosen_from = self.from_box.currentData() if chosen_from is None else chosen_from
        chosen_to = self.to_box.currentData() if chosen_to is None else chosen_to
        for box, chosen, with_zero in (
            (self.from_box, chosen_from, True), (self.to_box, chosen_to, False),
        ):  # fmt: skip
            box.blockSignals(True)
            box.clear()
            for revision in self.revisions:
                box.addItem(self._revision_line(revision), revision.number)
            if with_zero or not self.revisions:
                box.addItem(self.tr("0: before translation"), 0)
            box.setCurrentIndex(max(0, box.findData(chosen)))
            box.blockSignals(False)

    def _revision_line(self, revision: RevisionSummary) -> str:
        when = revision.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        parts = [str(revision.number), revision.author or self.tr("(import)"), when]
        return " · ".join([*parts, revision.message] if revision.message else parts)

    def compare(self) -> None:
        """Diff the chosen revisions and show the result from its first change."""
        from_number, to_number = self.from_box.currentData(), self.to_box.currentData()
        if from_number is None or to_number is None:
            return
        try:
            self.compared = diff_revisions(self.db, self.article_id, from_number, to_number)
        except UserError as error:
            self.show_message(str(error), error=True)
            return
        self.message.hide()
        self._full_text = None
        self.changes = [
            Change(diff.segment_id, self.compared.positions[diff.segment_id], hunk.index)
            for diff in self.compared.diff.segments
            for hunk in diff.hunks
        ]
        self.current = 0 if self.changes else None
        self._show_summary()
        self.show_diff()

    def _show_summary(self) -> None:
        if self.compared is None:
            self.summary.setText("")
            return
        if not self.revisions:
            self.summary.setText(self.tr("This article has no revisions yet."))
            return
        totals = self.compared.diff.summary
        if not totals.segments_changed:
            self.summary.setText(self.tr("No changes between these revisions."))
            return
        self.summary.setText(
            self.tr("%1, %2, %3", "diff summary: segments changed, words added, words removed")
            .replace("%1", self.tr("%n segment(s) changed", "", totals.segments_changed))
            .replace("%2", self.tr("%n word(s) added", "", totals.words_added))
            .replace("%3", self.tr("%n removed", "words removed", totals.words_removed))
        )  # fmt: skip

    # --- showing the diff -----------------------------------------------------------------

    def show_diff(self) -> None:
        """Draw the diff in the chosen mode, keeping the scroll position, and bring the
        current change into view."""
        self._update_buttons()
        if self.compared is None:
            self.view.clear()
            return
        scroll = self.view.verticalScrollBar().value()
        side_by_side = self.side_button.isChecked()
        self.view.setHtml(self._side_html() if side_by_side else self._inline_html())
        self.view.verticalScrollBar().setValue(scroll)
        self._scroll_to_current()

    def _shown(self) -> list[tuple[int, SegmentDiff | None]]:
        """(segment id, its diff or None when unchanged) of each segment shown, in order."""
        assert self.compared is not None
        order = sorted(self.compared.positions, key=self.compared.positions.__getitem__)
        by_id = self.compared.diff.by_id
        if self.only_changed.isChecked():
            return [(sid, by_id[sid]) for sid in order if sid in by_id]
        return [(sid, by_id.get(sid)) for sid in order]

    def _current_hunk(self, segment_id: int) -> int | None:
        if self.current is None or self.changes[self.current].segment_id != segment_id:
            return None
        return self.changes[self.current].hunk

    def _text_direction(self) -> str:
        assert self.compared is not None
        return direction(self.compared.target_language)

    def _block(self, segment_id: int, diff: SegmentDiff | None, side: Side) -> str:
        """One segment's text: its diff, or (unchanged) its text as it stands, plain."""
        target = self._text_direction()
        if diff is not None:
            return segment_html(diff, target, side, self._current_hunk(segment_id))
        text = self._unchanged_text(segment_id)
        align = "right" if target == "rtl" else "left"
        if not text:
            empty = html.escape(self.tr("(not translated)"))
            return f'<p align="{align}" style="{MUTED}"><i>{empty}</i></p>'
        body = html.escape(text).replace("\n", "<br>")
        return f'<p dir="{target}" align="{align}">{body}</p>'

    def _unchanged_text(self, segment_id: int) -> str:
        """The text at the newer revision of a segment the diff leaves alone."""
        assert self.compared is not None
        if self._full_text is None:
            number = self.compared.to_number
            try:
                texts = rebuild(self.db, self.article_id, number) if number > 0 else {}
            except UserError:
                texts = {}
            self._full_text = {sid: text for sid, (text, _status) in texts.items()}
        return self._full_text.get(segment_id, "")

    def _header(self, segment_id: int, diff: SegmentDiff | None) -> str:
        """``#3 · Paragraph · +5 −2``, in the UI's direction, with an anchor to scroll to."""
        assert self.compared is not None
        position = self.compared.positions[segment_id]
        kind = self.compared.kinds[segment_id]
        # The kind names are marked for translation in gui/editor/model.py.
        parts = [f"#{position + 1}", QCoreApplication.translate("SegmentKind", kind.capitalize())]
        if diff is not None:
            parts.append(f"\u2066+{diff.words_added} \u2212{diff.words_removed}\u2069")
        else:
            parts.append(self.tr("unchanged"))
        ui = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        return (
            f'<p dir="{ui}" style="{MUTED}"><a name="segment-{segment_id}"></a>'
            f"<b>{html.escape(' · '.join(parts))}</b></p>"
        )

    def _inline_html(self) -> str:
        return "".join(
            self._header(sid, diff) + self._block(sid, diff, "inline")
            for sid, diff in self._shown()
        )

    def _side_html(self) -> str:
        """A table, the older text where lines start: on the left, or on the right for a
        right-to-left target language (Qt's rich text does not mirror tables itself)."""
        assert self.compared is not None
        sides: list[tuple[Side, int]] = [
            ("old", self.compared.from_number), ("new", self.compared.to_number),
        ]  # fmt: skip
        if self._text_direction() == "rtl":
            sides.reverse()
        cells = "".join(
            f'<th width="50%" style="{MUTED}">{html.escape(self._revision_name(number))}</th>'
            for _side, number in sides
        )
        rows = [f"<tr>{cells}</tr>"]
        for sid, diff in self._shown():
            rows.append(f'<tr><td colspan="2">{self._header(sid, diff)}</td></tr>')
            cells = "".join(
                f'<td width="50%">{self._block(sid, diff, side)}</td>' for side, _number in sides
            )
            rows.append(f"<tr>{cells}</tr>")
        return f'<table width="100%" cellspacing="0" cellpadding="4">{"".join(rows)}</table>'

    def _revision_name(self, number: int) -> str:
        if number == 0:
            return self.tr("Before translation")
        return self.tr("Revision %1").replace("%1", str(number))

    # --- moving between changes -----------------------------------------------------------

    def next_change(self) -> None:
        self._move(1)

    def previous_change(self) -> None:
        self._move(-1)

    def _move(self, step: int) -> None:
        if not self.changes:
            return
        start = self.current if self.current is not None else (-1 if step > 0 else 0)
        self.current = max(0, min(len(self.changes) - 1, start + step))
        self.show_diff()

    def current_change(self) -> Change | None:
        return None if self.current is None else self.changes[self.current]

    def _scroll_to_current(self) -> None:
        change = self.current_change()
        if change is None:
            return
        document = self.view.document()
        for anchors in ((f"segment-{change.segment_id}",),
                        (f"segment-{change.segment_id}", f"hunk-{change.hunk}")):  # fmt: skip
            found = _anchor_position(document, anchors)
            if found is not None:
                cursor = QTextCursor(document)
                cursor.setPosition(found)
                self.view.setTextCursor(cursor)
                self.view.ensureCursorVisible()

    def _update_buttons(self) -> None:
        count = len(self.changes)
        at = self.current
        self.previous_button.setEnabled(at is not None and at > 0)
        self.next_button.setEnabled(at is not None and at < count - 1)
        compared = self.compared
        older = compared is not None and compared.from_number < compared.to_number
        self.reject_button.setEnabled(at is not None and older)
        if at is None:
            self.position_label.setText("")
            return
        change = self.changes[at]
        self.position_label.setText(
            self.tr("Change %1 of %2, in segment %3")
            .replace("%1", str(at + 1))
            .replace("%2", str(count))
            .replace("%3", str(change.position + 1))
        )

    # --- rejecting ------------------------------------------------------------------------

    def reject_current(self) -> None:
        """Ask, then save a revision taking the current change back; compare the new
        revision with the same older one, from the change that came next."""
        change = self.current_change()
        if change is None or self.compared is None:
            return
        if self.identity is None and not (self.author or "").strip():
            self.show_message(
                self.tr("Set your name in Preferences to reject a change: revisions are signed."),
                error=True,
            )
            return
        diff = self.compared.diff.by_id[change.segment_id]
        hunk = diff.hunks[change.hunk]
        if not self.confirm_reject(change.position + 1, hunk.old, hunk.new):
            return
        signer = self.identity() if self.identity is not None else (self.author, self.role)
        if signer is None:
            return
        at = self.current
        try:
            saved = reject_change(
                self.db, self.article_id, change.position + 1, change.hunk,
                from_number=self.compared.from_number, to_number=self.compared.to_number,
                author=signer[0], role=signer[1],
            )  # fmt: skip
        except UserError as error:
            self.show_message(str(error), error=True)
            return
        self.refresh(to_number=saved.number)
        if self.changes and at is not None:
            self.current = min(at, len(self.changes) - 1)
            self.show_diff()
        self.show_message(
            self.tr("Revision %1 saved: the change in segment %2 is taken back.")
            .replace("%1", str(saved.number))
            .replace("%2", str(change.position + 1))
        )  # fmt: skip
        self.revisionMade.emit(saved.number)

    def confirm_reject(self, segment: int, old: str, new: str) -> bool:
        """Ask before saving; the two texts quoted so the user sees what goes back."""
        nothing = self.tr("(nothing)")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Reject Change"))
        box.setText(self.tr("Reject this change in segment %1?").replace("%1", str(segment)))
        box.setInformativeText(
            self.tr("A new revision puts “%1” back in place of “%2”.")
            .replace("%1", old or nothing)
            .replace("%2", new or nothing)
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        reject = box.addButton(self.tr("Reject Change"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is reject

    def show_message(self, text: str, *, error: bool = False) -> None:
        """One line under the diff: what went wrong (stays), or what was done."""
        colours = "color:#6b0010; background:#fde7e9" if error else "color:#0b3a75"
        self.message.setStyleSheet(f"#diff-message {{ {colours}; padding:3px; }}")
        self.message.setText(" ".join(text.split()))
        self.message.show()


def _anchor_position(document: QTextDocument, names: tuple[str, ...]) -> int | None:
    """Where the last of ``names`` is, each searched for after the one before it."""
    wanted = list(names)
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if wanted[0] in fragment.charFormat().anchorNames():
                wanted.pop(0)
                if not wanted:
                    return fragment.position()
            fragments += 1
        block = block.next()
    return None
