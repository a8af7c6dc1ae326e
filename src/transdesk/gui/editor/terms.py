"""Glossary terms in the editor: marked in the source column, inserted with one key.

The open article's glossary (its language pair) is found once per article off the GUI
thread; each source text's term spans are then computed once and kept. A term is marked
with a dotted underline on a pale tint (never colour alone); the cell's tooltip says how
the newsroom translates each term. Only underline and background are used: they change
no glyph's width, so row heights measured without them stay right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QMenu, QWidget

from transdesk.gui.i18n import isolated

if TYPE_CHECKING:
    from transdesk.core.glossary import Glossary, TermHit

# Okabe–Ito bluish green, darkened for the line, paled for the tint: neither the find
# highlight's amber nor the diff's blue and vermillion.
TERM_TINT = QColor("#d9f2e9")
TERM_LINE = QColor("#00694a")
MAX_TERMS = 9


class TermSpans:
    """The glossary of the open article's language pair and the terms each source holds."""

    def __init__(self) -> None:
        self.glossary: Glossary | None = None
        self._hits: dict[str, list[TermHit]] = {}

    def set_glossary(self, glossary: Glossary | None) -> None:
        self.glossary = glossary
        self._hits.clear()

    def hits(self, source: str) -> list[TermHit]:
        """The glossary terms in ``source``, in reading order."""
        if self.glossary is None or not source:
            return []
        found = self._hits.get(source)
        if found is None:
            found = sorted(self.glossary.find(source), key=lambda hit: (hit.start, -hit.end))
            self._hits[source] = found
        return found

    def formats(
        self, source: str, selected_text: QColor | None = None
    ) -> list[QTextLayout.FormatRange]:
        """Format ranges marking each term of ``source``, for the cell's QTextLayout. On a
        selected row (``selected_text``: its text colour) only the dotted line, in that
        colour: light text on the pale tint would be unreadable."""
        ranges = []
        for hit in self.hits(source):
            span = QTextLayout.FormatRange()
            span.start, span.length = hit.start, hit.end - hit.start
            span.format = term_format(selected_text)
            ranges.append(span)
        return ranges

    def tooltip(self, source: str) -> str:
        """One line per term: the source term, the newsroom's translation, its note."""
        lines = []
        for hit in _unique(self.hits(source)):
            line = f"{_mark()}{hit.term.source} {_arrow()} {hit.term.target}"
            if hit.term.note:
                line = f"{line} ({hit.term.note})"
            lines.append(line)
        return "\n".join(lines)

    def targets(self, source: str) -> list[tuple[str, str]]:
        """(source term, target term) of each different term in ``source``, at most nine."""
        return [(hit.term.source, hit.term.target) for hit in _unique(self.hits(source))][
            :MAX_TERMS
        ]


def term_format(selected_text: QColor | None = None) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    if selected_text is None:
        text_format.setBackground(TERM_TINT)
        text_format.setUnderlineColor(TERM_LINE)
    else:
        text_format.setUnderlineColor(selected_text)
    return text_format


def _unique(hits: list[TermHit]) -> list[TermHit]:
    seen: set[str] = set()
    unique = []
    for hit in hits:
        if hit.term.source not in seen:
            seen.add(hit.term.source)
            unique.append(hit)
    return unique


def _right_to_left() -> bool:
    return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _mark() -> str:
    """LRM or RLM: the line reads in the interface's direction, whatever the term's."""
    return "\u200f" if _right_to_left() else "\u200e"


def _arrow() -> str:
    """From the source term to its translation, in the interface's reading direction."""
    return "\u2190" if _right_to_left() else "\u2192"


def choose_term(parent: QWidget, terms: list[tuple[str, str]], at: QPoint) -> str | None:
    """A small menu of the segment's terms at ``at`` (global): Enter takes the first,
    a digit the term with that number. The chosen target term, or None."""
    menu = QMenu(parent)
    menu.setObjectName("term-menu")
    for number, (source, target) in enumerate(terms, start=1):
        # "&1": the digit chooses the item; FSI…PDI keep an Arabic term in its place.
        source, target_label = source.replace("&", "&&"), target.replace("&", "&&")
        action = menu.addAction(
            f"&{number}  {isolated(source)} {_arrow()} {isolated(target_label)}"
        )
        action.setData(target)
    if not menu.actions():
        return None
    first = menu.actions()[0]
    # Once shown (a menu opened without the mouse has no item active): Enter takes it.
    QTimer.singleShot(0, menu, lambda: menu.setActiveAction(first))
    chosen = menu.exec(at)
    menu.deleteLater()
    return str(chosen.data()) if chosen is not None else None
