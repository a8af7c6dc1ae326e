"""The article's quality issues and its score: points per 1,000 words, pass or fail
(said in words and marked ✓ / ✗, the colour only repeats it)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from transdesk.gui.review.names import category_name, decimal, severity_name, when_full
from transdesk.gui.review.wrapping import wrap_long_texts
from transdesk.services.quality import IssueView, QualityScore

ISSUE = Qt.ItemDataRole.UserRole
POSITION = Qt.ItemDataRole.UserRole + 1
NUMBER, SEVERITY, CATEGORY, AUTHOR, NOTE = range(5)
_PASS_STYLE = "color: #14501c; font-weight: bold;"
_FAIL_STYLE = "color: #9b1c1c; font-weight: bold;"


class QualityTab(QWidget):
    tagRequested = Signal()
    removeRequested = Signal()
    jumpRequested = Signal(int)  # 0-based segment position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[IssueView] = []
        self.score: QualityScore | None = None
        self.can_tag = False
        self.position: int | None = None
        self.score_label = QLabel()
        self.score_label.setObjectName("review-score")
        self.score_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("review-issues")
        self.tree.setRootIsDecorated(False)
        self.tree.setColumnCount(5)
        wrap_long_texts(self.tree, (NOTE,))
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (NUMBER, SEVERITY, CATEGORY, AUTHOR):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(
            lambda item, _column: self.jumpRequested.emit(int(item.data(NUMBER, POSITION)))
        )
        self.tag_button = QPushButton()
        self.remove_button = QPushButton()
        self.tag_button.clicked.connect(self.tagRequested)
        self.remove_button.clicked.connect(self.removeRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tag_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.score_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("#"), self.tr("Severity"), self.tr("Category"), self.tr("By"),
             self.tr("Note")]
        )  # fmt: skip
        self.tag_button.setText(self.tr("&Tag issue…"))
        self.remove_button.setText(self.tr("Re&move"))
        self.show_issues(self.issues, self.score)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_issues(self, issues: list[IssueView], score: QualityScore | None) -> None:
        selected = self.selected_issue()
        self.issues, self.score = issues, score
        self.tree.clear()
        for issue in issues:
            item = QTreeWidgetItem(
                [f"#{issue.position + 1}", severity_name(issue.severity),
                 category_name(issue.category), issue.author, issue.note]
            )  # fmt: skip
            item.setData(NUMBER, ISSUE, issue.id)
            item.setData(NUMBER, POSITION, issue.position)
            item.setToolTip(NOTE, issue.note)
            revision = (
                self.tr("found in revision %1").replace("%1", str(issue.revision_number))
                if issue.revision_number is not None
                else ""
            )
            item.setToolTip(AUTHOR, f"{when_full(issue.created_at)} {revision}".strip())
            self.tree.addTopLevelItem(item)
            if selected is not None and issue.id == selected.id:
                self.tree.setCurrentItem(item)
        self._show_score()
        self._update_buttons()

    def _show_score(self) -> None:
        score = self.score
        if score is None:
            self.score_label.clear()
            return
        points = decimal(score.score, "#,##0.0")
        threshold = decimal(score.threshold)
        if score.passed:
            line = self.tr("✓ %1 points per 1,000 words — passes (threshold %2)")
        else:
            line = self.tr("✗ %1 points per 1,000 words — fails (threshold %2)")
        self.score_label.setText(line.replace("%1", points).replace("%2", threshold))
        self.score_label.setStyleSheet(_PASS_STYLE if score.passed else _FAIL_STYLE)
        self.score_label.setToolTip(
            self.tr("%1 penalty points in %2 source words (minor 1, major 5, critical 10)")
            .replace("%1", decimal(score.points))
            .replace("%2", decimal(score.words))
        )

    def set_can_tag(self, can: bool) -> None:
        self.can_tag = can
        self._update_buttons()

    def set_current_segment(self, position: int | None) -> None:
        self.position = position
        self._update_buttons()

    def selected_issue(self) -> IssueView | None:
        item = self.tree.currentItem()
        if item is None or not item.isSelected():
            return None
        wanted = item.data(NUMBER, ISSUE)
        return next((issue for issue in self.issues if issue.id == wanted), None)

    def _update_buttons(self) -> None:
        self.tag_button.setEnabled(self.can_tag and self.position is not None)
        self.remove_button.setEnabled(self.can_tag and self.selected_issue() is not None)
        reason = "" if self.can_tag else self.tr("Only an editor can tag quality issues")
        self.tag_button.setToolTip(reason or self.tr("Tag an issue on the segment you are in"))
        self.remove_button.setToolTip(reason)
