"""The Review dock: the article's workflow state and steps, comment threads, quality issues."""

from transdesk.gui.review.panel import ReviewPanel

__all__ = ["ReviewPanel"]
