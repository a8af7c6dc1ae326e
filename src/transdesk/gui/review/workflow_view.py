"""The article's place in the review workflow: its state in words, the step buttons, the
last step taken; and the list of every step (who, in which role, from → to, note, when)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
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

from transdesk.gui.review.names import state_name, step_name, step_text, when, when_full
from transdesk.gui.review.wrapping import wrap_long_texts
from transdesk.gui.roles import role_name
from transdesk.services.workflow import TRANSITIONS, WorkflowEventView

STEPS = ("submit", "request_changes", "approve")


def step_allowed(step: str, state: str | None, role: str, name: str) -> bool:
    """Whether someone named ``name`` acting as ``role`` may take the step now."""
    transition = TRANSITIONS[step]
    return state in transition.sources and role in transition.roles and bool(name)


def step_line(event: WorkflowEventView) -> str:
    return step_text(event.from_status, event.to_status)


class WorkflowHeader(QWidget):
    """State and step buttons; ``stepRequested`` carries "submit", "request_changes", …"""

    stepRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state: str | None = None
        self.last_event: WorkflowEventView | None = None
        self.state_label = QLabel()
        self.state_label.setObjectName("review-state")
        self.last_step = QLabel()
        self.last_step.setObjectName("review-last-step")
        self.last_step.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for step in STEPS:
            button = QPushButton()
            button.setObjectName(f"review-{step.replace('_', '-')}")
            button.clicked.connect(lambda _checked=False, step=step: self.stepRequested.emit(step))
            self.buttons[step] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.state_label)
        layout.addLayout(row)
        layout.addWidget(self.last_step)
        self.retranslate()

    def retranslate(self) -> None:
        for step, button in self.buttons.items():
            button.setText(step_name(step) + "…")
        self.show_state(self.state)
        self.show_last_step(self.last_event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_state(self, state: str | None) -> None:
        self.state = state
        if state is None:
            self.state_label.setText(self.tr("No article open"))
        else:
            self.state_label.setText(
                self.tr("Status: <b>%1</b>").replace("%1", state_name(state).replace("<", "&lt;"))
            )

    def show_last_step(self, event: WorkflowEventView | None) -> None:
        self.last_event = event
        if event is None:
            self.last_step.setText("" if self.state is None else self.tr("Not submitted yet."))
            return
        text = (
            self.tr("%1 by %2 (%3), %4")
            .replace("%1", step_line(event))
            .replace("%2", event.person)
            .replace("%3", role_name(event.role))
            .replace("%4", when_full(event.created_at))
        )
        if event.note:
            text += f": “{event.note}”"
        self.last_step.setText(text)

    def update_steps(self, role: str, name: str) -> None:
        """Enable the steps this person may take now; a disabled one says why."""
        for step, button in self.buttons.items():
            allowed = step_allowed(step, self.state, role, name)
            button.setEnabled(allowed)
            button.setToolTip("" if allowed else self._why_not(step, role, name))

    def _why_not(self, step: str, role: str, name: str) -> str:
        if self.state is None:
            return ""
        if not name:
            return self.tr("Set your name in Preferences first")
        if role not in TRANSITIONS[step].roles:
            return {
                "request_changes": self.tr("Only an editor can request changes"),
                "approve": self.tr("Only an editor can approve"),
            }.get(step, "")
        return {
            "submit": self.tr("Only a draft or an article sent back can be submitted"),
            "request_changes": self.tr("Only an article in review can be sent back"),
            "approve": self.tr("Only an article in review can be approved"),
        }[step]


class EventsTab(QTreeWidget):
    """Every workflow step of the article, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-events")
        self.events: list[WorkflowEventView] = []
        self.setRootIsDecorated(False)
        self.setColumnCount(4)
        wrap_long_texts(self, (3,))
        header = self.header()
        header.setStretchLastSection(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Step"), self.tr("By"), self.tr("When"), self.tr("Note")])
        self.show_events(self.events)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_events(self, events: list[WorkflowEventView]) -> None:
        self.events = events
        self.clear()
        for event in reversed(events):
            note = event.note
            if event.qa_override:
                override = self.tr("Approved with QA errors: %1").replace("%1", event.qa_override)
                note = f"{note}\n{override}" if note else override
            item = QTreeWidgetItem(
                [step_line(event),
                 self.tr("%1 (%2)", "person (role)").replace("%1", event.person)
                 .replace("%2", role_name(event.role)),
                 when(event.created_at), note]
            )  # fmt: skip
            item.setToolTip(2, when_full(event.created_at))
            item.setToolTip(3, note)
            self.addTopLevelItem(item)
