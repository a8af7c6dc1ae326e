"""The Review dock's panel: workflow steps, comments and quality issues of the open article.

It calls the review services directly (small reads and one-transaction writes) and never
holds a session. What it asks the user goes through replaceable callables (``ask_note``,
``ask_text``, ``ask_issue``), so tests answer without opening dialogs; ``confirm_identity``
lets the window check (or ask) who signs before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from transdesk.core.errors import UserError
from transdesk.core.qa import Finding
from transdesk.gui.review.comments_tab import CommentsTab
from transdesk.gui.review.dialogs import (
    IssueAnswer,
    ask_comment_text,
    ask_issue,
    ask_step_note,
    thread_line,
)
from transdesk.gui.review.qa_override import ask_qa_override
from transdesk.gui.review.quality_tab import QualityTab
from transdesk.gui.review.workflow_view import EventsTab, WorkflowHeader, step_allowed
from transdesk.services import comments as comment_service
from transdesk.services import quality as quality_service
from transdesk.services.articles import show_article
from transdesk.services.comments import CommentThread
from transdesk.services.qa_gate import QaErrorsRemain
from transdesk.services.quality import IssueView, QualityScore
from transdesk.services.workflow import TRANSITIONS, WorkflowEventView, list_events, move
from transdesk.storage.database import Database

T = TypeVar("T")

# (step, unresolved threads shown) → the note, or None when the user cancels.
NoteAsker = Callable[[str, list[CommentThread]], str | None]
# (title, what it is about) → the text, or None.
TextAsker = Callable[[str, str], str | None]
# (segment number, 1-based) → the issue, or None.
IssueAsker = Callable[[int], IssueAnswer | None]
# () → who signs now, (name, role), or None when no one can (the window may ask).
IdentityCheck = Callable[[], tuple[str, str] | None]


class ReviewPanel(QWidget):
    changed = Signal()  # something was saved: the window refreshes the library and history
    failed = Signal(str)  # one line for the user
    jumpToSegment = Signal(int)  # 0-based position

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-panel")
        self.db = db
        self.article_id: int | None = None
        self.state: str | None = None
        self.name = ""
        self.role = "translator"
        self.position: int | None = None
        self.threshold = 10.0
        self.ask_note: NoteAsker = lambda step, unresolved: ask_step_note(self, step, unresolved)
        self.ask_text: TextAsker = lambda title, about: ask_comment_text(self, title, about)
        self.ask_qa_override: Callable[[list[Finding]], str | None] = lambda errors: (
            ask_qa_override(self, "approve", errors)
        )
        self.ask_issue: IssueAsker = lambda number: ask_issue(self, number)
        self.confirm_identity: IdentityCheck = self._named_identity
        # The window's say before a workflow step (e.g. unsaved typing is saved first).
        self.before_step: Callable[[str], bool] = lambda _step: True
        self.header = WorkflowHeader()
        self.comments = CommentsTab()
        self.quality = QualityTab()
        self.events = EventsTab()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("review-tabs")
        self.tabs.setDocumentMode(True)
        events_page = QWidget()
        events_layout = QVBoxLayout(events_page)
        events_layout.setContentsMargins(4, 4, 4, 4)
        events_layout.addWidget(self.events)
        for page in (self.comments, self.quality, events_page):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.header.stepRequested.connect(self._step)
        self.comments.addRequested.connect(self.add_comment)
        self.comments.replyRequested.connect(self.reply)
        self.comments.resolveRequested.connect(self.resolve)
        self.comments.jumpRequested.connect(self.jumpToSegment)
        self.quality.tagRequested.connect(self.tag_issue)
        self.quality.removeRequested.connect(self.remove_issue)
        self.quality.jumpRequested.connect(self.jumpToSegment)
        self.retranslate()
        self._update_enabled()

    def retranslate(self) -> None:
        open_threads = sum(not thread.resolved for thread in self.comments.threads)
        self.tabs.setTabText(
            0,
            self.tr("Comments (%n open)", "", open_threads)
            if open_threads
            else self.tr("Comments"),
        )
        self.tabs.setTabText(1, self.tr("Quality"))
        self.tabs.setTabText(2, self.tr("Workflow"))
        self._update_enabled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- what the window tells it ---------------------------------------------------------

    def load(self, article_id: int | None) -> None:
        """Show the article's review (None: nothing open). The current segment is kept:
        the window sets it as the editor moves."""
        self.article_id = article_id
        if article_id is None:
            self.position = None
            self.comments.set_current_segment(None)
            self.quality.set_current_segment(None)
        self.refresh()

    def refresh(self) -> None:
        """Read everything again: after a change here, or one the window knows of."""
        if self.article_id is None:
            self._show(None, [], [], None, [])
            return
        article_id = self.article_id
        try:
            state = show_article(self.db, article_id, with_segments=False).status
            threads = comment_service.list_comments(self.db, article_id)
            issues = quality_service.list_issues(self.db, article_id)
            score = quality_service.quality_score(self.db, article_id, self.threshold)
            events = list_events(self.db, article_id)
        except UserError as error:
            self.article_id = None
            self._show(None, [], [], None, [])
            self.failed.emit(str(error))
            return
        self._show(state, threads, issues, score, events)

    def set_identity(self, name: str, role: str) -> None:
        """Who signs what is done here (the name and role in Preferences)."""
        self.name, self.role = name.strip(), role
        self._update_enabled()

    def set_current_segment(self, position: int | None) -> None:
        """The editor's current segment (0-based): where comments and issues go."""
        self.position = position
        self.comments.set_current_segment(position)
        self.quality.set_current_segment(position)
        self._update_enabled()

    def set_threshold(self, threshold: float) -> None:
        """Points per 1,000 words an article may have and pass (Preferences)."""
        self.threshold = threshold
        self.refresh()

    def can(self, step: str) -> bool:
        """Whether the step's button is enabled: state, role and a name allow it."""
        return step_allowed(step, self.state, self.role, self.name)

    # --- the commands (buttons and the window's Review menu) ------------------------------

    def submit(self) -> None:
        self._step("submit")

    def request_changes(self) -> None:
        self._step("request_changes")

    def approve(self) -> None:
        self._step("approve")

    def add_comment(self) -> None:
        if (number := self._segment_number()) is None or (who := self._who()) is None:
            return
        text = self.ask_text(
            self.tr("Add comment"), self.tr("Comment on segment #%1:").replace("%1", str(number))
        )
        if not text:
            return
        added = self._write(
            lambda: comment_service.add_comment(self.db, self._article(), number, text, author=who)
        )
        if added is not None:
            self.tabs.setCurrentWidget(self.comments)
            self.comments.select_thread(added.id)

    def reply(self) -> None:
        if self.article_id is None:
            return
        if (thread := self.comments.selected_thread()) is None:
            self.failed.emit(self.tr("Choose the comment thread to reply to."))
            return
        if (who := self._who()) is None:
            return
        text = self.ask_text(
            self.tr("Reply"), self.tr("Reply to %1").replace("%1", thread_line(thread))
        )
        if not text:
            return
        answered = self._write(
            lambda: comment_service.reply(self.db, thread.first.id, text, author=who)
        )
        if answered is not None:
            self.comments.select_thread(thread.first.id)

    def resolve(self) -> None:
        if self.article_id is None:
            return
        if (thread := self.comments.selected_thread()) is None:
            self.failed.emit(self.tr("Choose the comment thread to resolve."))
            return
        if (who := self._who()) is None:
            return
        self._write(lambda: comment_service.resolve(self.db, thread.first.id, author=who))

    def tag_issue(self) -> None:
        if (number := self._segment_number()) is None or (who := self._who()) is None:
            return
        if self.role in quality_service.REVIEW_ROLES:
            answer = self.ask_issue(number)
            if answer is None:
                return
        else:  # no form to fill in vain: the service says who may tag, in one line
            answer = IssueAnswer(quality_service.CATEGORIES[0], quality_service.SEVERITIES[0])
        issue = answer
        tagged = self._write(
            lambda: quality_service.tag_issue(
                self.db, self._article(), number, issue.category, issue.severity, issue.note,
                author=who, role=self.role,
            )
        )  # fmt: skip
        if tagged is not None:
            self.tabs.setCurrentWidget(self.quality)

    def remove_issue(self) -> None:
        if self.article_id is None:
            return
        if (issue := self.quality.selected_issue()) is None:
            self.failed.emit(self.tr("Choose the quality issue to remove."))
            return
        if (who := self._who()) is None:
            return
        self._write(
            lambda: quality_service.remove_issue(self.db, issue.id, author=who, role=self.role)
        )

    # --- inside -----------------------------------------------------------------------------

    def _step(self, step: str) -> None:
        if self.article_id is None or not self.before_step(step) or (who := self._who()) is None:
            return
        article_id = self.article_id
        note = ""
        # A step that cannot happen goes straight to the service, which says why in one line;
        # asking for a note first would waste the user's words.
        if self.can(step):
            unresolved: list[CommentThread] = []
            if TRANSITIONS[step].reports_comments:
                try:
                    unresolved = comment_service.list_comments(
                        self.db, article_id, unresolved_only=True
                    )
                except UserError as error:
                    self.failed.emit(str(error))
                    return
            answer = self.ask_note(step, unresolved)
            if answer is None:
                return
            note = answer
        try:
            move(self.db, article_id, step, author=who, role=self.role, note=note)
        except QaErrorsRemain as refusal:
            # Approving with QA errors: the editor may go ahead, saying why (recorded).
            reason = self.ask_qa_override(refusal.errors)
            if reason is not None:
                self._write(
                    lambda: move(
                        self.db, article_id, step, author=who, role=self.role, note=note,
                        qa_override=reason,
                    )
                )  # fmt: skip
            return
        except UserError as error:
            self.refresh()  # the refusal may come from a change made elsewhere
            self.failed.emit(str(error))
            return
        self.refresh()
        self.changed.emit()

    def _write(self, call: Callable[[], T]) -> T | None:
        """Run one service write; refresh, and tell the window, or pass the refusal on."""
        try:
            result = call()
        except UserError as error:
            self.refresh()  # the refusal may come from a change made elsewhere
            self.failed.emit(str(error))
            return None
        self.refresh()
        self.changed.emit()
        return result

    def _article(self) -> int:
        assert self.article_id is not None
        return self.article_id

    def _who(self) -> str | None:
        """The name to sign with, after ``confirm_identity`` (which may update it)."""
        if self.article_id is None or (identity := self.confirm_identity()) is None:
            return None
        self.set_identity(*identity)
        return self.name

    def _named_identity(self) -> tuple[str, str] | None:
        if not self.name:
            self.failed.emit(self.tr("Set your name in Preferences first: review work is signed."))
            return None
        return self.name, self.role

    def _segment_number(self) -> int | None:
        if self.article_id is None:
            return None
        if self.position is None:
            self.failed.emit(self.tr("Choose a segment in the editor first."))
            return None
        return self.position + 1

    def _show(
        self,
        state: str | None,
        threads: list[CommentThread],
        issues: list[IssueView],
        score: QualityScore | None,
        events: list[WorkflowEventView],
    ) -> None:
        self.state = state
        self.header.show_state(state)
        self.header.show_last_step(events[-1] if events else None)
        self.comments.show_threads(threads)
        self.quality.show_issues(issues, score)
        self.events.show_events(events)
        self.retranslate()

    def _update_enabled(self) -> None:
        has_article = self.article_id is not None
        self.header.update_steps(self.role, self.name)
        self.comments.set_can_add(has_article and bool(self.name))
        self.quality.set_can_tag(
            has_article and bool(self.name) and self.role in quality_service.REVIEW_ROLES
        )
