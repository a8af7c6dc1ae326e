"""The grid's fonts: the translator's chosen faces, the zoom, and the look of each kind."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from transdesk.core.report import SegmentKind
from transdesk.settings import Settings

MIN_SIZE, MAX_SIZE = 6, 48


class GridFonts:
    """Fonts per column and segment kind, rebuilt when preferences or the zoom change.

    ``key`` changes with any of them, so measurements cached under an old key are never
    mistaken for current ones.
    """

    def __init__(self, settings: Settings) -> None:
        self._families = ("", "")
        self._base_size = settings.font_size
        self._zoom = 0
        self._cache: dict[tuple[str, str, bool], QFont] = {}
        self.configure(settings)

    def configure(self, settings: Settings) -> None:
        self._families = (settings.source_font, settings.target_font)
        self._base_size = settings.font_size
        self._cache.clear()

    @property
    def size(self) -> int:
        return max(MIN_SIZE, min(MAX_SIZE, self._base_size + self._zoom))

    @property
    def zoom_steps(self) -> int:
        return self._zoom

    @property
    def key(self) -> tuple[str, str, int]:
        return (*self._families, self.size)

    def zoom(self, steps: int) -> bool:
        """Zoom by ``steps`` points (0 resets); whether the size changed."""
        before = self.size
        self._zoom = 0 if steps == 0 else self._zoom + steps
        # Remember only the zoom that has an effect, so zooming back is immediate at a limit.
        self._zoom = self.size - self._base_size
        self._cache.clear()
        return self.size != before

    def ui(self) -> QFont:
        """For the number and status columns."""
        return self.text("ui", SegmentKind.PARAGRAPH.value, rtl=False)

    def text(self, column: str, kind: str, *, rtl: bool) -> QFont:
        """The font for ``column`` ("source", "target" or "ui") in a segment of ``kind``."""
        cache_key = (column, kind, rtl)
        font = self._cache.get(cache_key)
        if font is None:
            font = self._cache[cache_key] = self._build(column, kind, rtl)
        return font

    def _build(self, column: str, kind: str, rtl: bool) -> QFont:
        family = {"source": self._families[0], "target": self._families[1]}.get(column, "")
        font = QFont(QApplication.font())
        if family:
            font.setFamily(family)
        size = float(self.size)
        if kind == SegmentKind.HEADLINE.value:
            font.setBold(True)
            size *= 1.25
        elif kind == SegmentKind.HEADING.value:
            font.setBold(True)
        elif kind == SegmentKind.STANDFIRST.value:
            size *= 1.08
            # Arabic script has no italics; a slanted Arabic face is a fake that hurts reading.
            font.setItalic(not rtl)
        font.setPointSizeF(size)
        return font
