"""The QA dock: the news-fidelity checks on the open article, kept current as the
translator types.

The whole article is checked when it opens; after typing, once the keyboard has rested
(``DEBOUNCE_MS``), only the segments edited since are checked again. Checks run in the
thread pool on copies of the texts taken on the GUI thread; a result older than the newest
edit of its segment is dropped. Double-click (or Enter) on a finding goes to its segment
and selects the span in the translation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.core.qa import Finding, check_segment
from transdesk.gui.actions import Act
from transdesk.gui.feature_dock import FeatureDock
from transdesk.gui.qa_messages import finding_text

if TYPE_CHECKING:
    from transdesk.core.glossary import Glossary
    from transdesk.gui.main_window import MainWindow

DEBOUNCE_MS = 400
# (segment id, position, source, target): what one check needs, copied on the GUI thread.
Job = tuple[int, int, str, str]


def check_texts(
    jobs: list[Job], source_language: str, target_language: str, glossary: Glossary | None
) -> dict[int, list[Finding]]:
    """Findings per segment id (run in a worker thread: no Qt objects touched)."""
    return {
        segment_id: [
            Finding.of(problem, position)
            for problem in check_segment(source, target, source_language, target_language, glossary)
        ]
        for segment_id, position, source, target in jobs
    }


class QaPanel(QWidget):
    """The findings list, a summary line and an "errors only" filter."""

    jumpRequested = Signal(int, object)  # position, (start, end) span or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: dict[int, list[Finding]] = {}  # segment id -> findings
        self.summary = QLabel()
        self.summary.setObjectName("qa-summary")
        self.summary.setWordWrap(True)
        self.errors_only = QCheckBox()
        self.errors_only.toggled.connect(self._fill)
        self.tree = QTreeWidget()
        self.tree.setObjectName("qa-findings")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(3)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(True)  # the problem takes what is left, wrapped
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors_only)
        layout.addWidget(self.tree)
        self.retranslate()

    def retranslate(self) -> None:
        self.errors_only.setText(self.tr("Errors only"))
        self.tree.setHeaderLabels([self.tr("Segment"), self.tr("Severity"), self.tr("Problem")])
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_findings(self, findings: dict[int, list[Finding]]) -> None:
        self.findings = findings
        self._fill()

    def counts(self) -> tuple[int, int]:
        every = [f for found in self.findings.values() for f in found]
        errors = sum(f.severity == "error" for f in every)
        return errors, len(every) - errors

    def _fill(self) -> None:
        self.tree.clear()
        every = sorted(
            (f for found in self.findings.values() for f in found),
            key=lambda f: (f.segment, f.severity != "error", f.span or (0, 0)),
        )
        for finding in every:
            if self.errors_only.isChecked() and finding.severity != "error":
                continue
            severity = self.tr("✗ Error") if finding.severity == "error" else self.tr("⚠ Warning")
            message = finding_text(finding)
            item = QTreeWidgetItem([f"#{finding.segment + 1}", severity, message])
            item.setToolTip(2, f"{finding.check}: {message}")
            item.setData(0, Qt.ItemDataRole.UserRole, finding)
            self.tree.addTopLevelItem(item)
        errors, warnings = self.counts()
        if errors or warnings:
            self.summary.setText(
                self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
            )
        else:
            self.summary.setText(self.tr("No QA problem found."))

    def _activated(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(finding, Finding):
            self.jumpRequested.emit(finding.segment, finding.span)

    def step(self, position: int, forward: bool) -> bool:
        """Go to the next (or previous) finding listed, from the one chosen in the list
        when it is on the segment at ``position``, else from that segment; wraps round.
        False when the list is empty."""
        rows = (self.tree.topLevelItem(row) for row in range(self.tree.topLevelItemCount()))
        items = [item for item in rows if item is not None]
        if not items:
            return False
        segments = [item.data(0, Qt.ItemDataRole.UserRole).segment for item in items]
        current = self.tree.currentItem()
        if current is not None and current in items and segments[items.index(current)] == position:
            row = items.index(current) + (1 if forward else -1)
        elif forward:
            row = next((r for r, s in enumerate(segments) if s > position), 0)
        else:
            row = next((r for r in reversed(range(len(items))) if segments[r] < position), -1)
        chosen = items[row % len(items)]
        self.tree.setCurrentItem(chosen)
        self._activated(chosen)
        return True


class QaFeature(QObject):
    """Keeps the QA dock current with the editor."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.editor = window.editor
        self.panel = QaPanel()
        self.dock = FeatureDock("qa-dock", self.panel, window)
        self.dock.setWindowTitle(self.tr("QA Checks"))
        self.dock.languageChanged.connect(lambda: self.dock.setWindowTitle(self.tr("QA Checks")))
        end = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(end, self.dock)
        window.tabifyDockWidget(window.docks["review"], self.dock)
        window.docks["review"].raise_()
        window.docks["qa"] = self.dock
        window.menus["view"].addAction(self.dock.toggleViewAction())
        self.findings: dict[int, list[Finding]] = {}
        self.pending: set[int] = set()  # segment ids edited since the last check
        self.edits: dict[int, int] = {}  # segment id -> edit generation
        self.generation = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self._check_pending)
        self.editor.model.modelReset.connect(self._article_changed)
        self.editor.segmentEdited.connect(self._edited)
        self.panel.jumpRequested.connect(self._jump)
        actions = window.actions_by_act
        actions[Act.NEXT_FINDING].triggered.connect(lambda: self.step(forward=True))
        actions[Act.PREVIOUS_FINDING].triggered.connect(lambda: self.step(forward=False))

    def step(self, forward: bool) -> None:
        """F9 / Shift+F9: the next or previous finding, from the current segment."""
        position = self.editor.current_position()
        if not self.panel.step(-1 if position is None else position, forward):
            self.window.statusBar().showMessage(self.tr("No QA findings."), 4000)

    def _article_changed(self) -> None:
        self.generation += 1
        self.findings, self.pending, self.edits = {}, set(), {}
        self.timer.stop()
        self.panel.show_findings({})
        records = self.editor.model.records
        if self.editor.article() is not None and records:
            self._run([record.id for record in records])

    def _edited(self, segment_id: int, _text: str, _status: str) -> None:
        self.edits[segment_id] = self.edits.get(segment_id, 0) + 1
        self.pending.add(segment_id)
        self.timer.start()  # restarted by every keystroke: runs once typing rests

    def _check_pending(self) -> None:
        ids, self.pending = sorted(self.pending), set()
        if ids:
            self._run(ids)

    def _run(self, segment_ids: list[int]) -> None:
        article = self.editor.article()
        if article is None:
            return
        model = self.editor.model
        jobs: list[Job] = []
        for segment_id in segment_ids:
            position = model.row_of(segment_id)
            record = model.records[position]
            jobs.append((segment_id, position, record.source, record.target))
        stamp = (self.generation, {sid: self.edits.get(sid, 0) for sid in segment_ids})
        source, target = article.source_language, article.target_language or "und"
        glossary = self.editor.delegate.terms.glossary

        def done(result: dict[int, list[Finding]]) -> None:
            generation, edits = stamp
            if generation != self.generation:
                return  # another article since
            for segment_id, found in result.items():
                if edits[segment_id] == self.edits.get(segment_id, 0):  # not edited since
                    self.findings[segment_id] = found
            self.panel.show_findings(dict(self.findings))

        self.window.background.run(
            lambda: check_texts(jobs, source, target, glossary),
            done,
            lambda text: self.window.notify(text, "error"),
        )

    def _jump(self, position: int, span: object) -> None:
        self.editor.go_to_segment(position)
        if not isinstance(span, tuple):
            return
        view = self.editor.view
        view.edit(view.currentIndex().siblingAtColumn(self._target_column()))
        cell = self.editor.delegate.open_editor
        if cell is not None:
            cursor = cell.textCursor()
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], cursor.MoveMode.KeepAnchor)
            cell.setTextCursor(cursor)

    @staticmethod
    def _target_column() -> int:
        from transdesk.gui.editor.model import Column

        return int(Column.TARGET)
