"""The status bar's progress line, in the UI's locale (Babel): "1 234 / 5 678 words (21 %)"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def progress_line(translated: int, total: int, locale: str) -> str:
    from babel.numbers import format_decimal, format_percent

    ratio = translated / total if total else 0.0
    template = QCoreApplication.translate("Progress", "%1 / %2 words translated (%3)")
    return (
        template.replace("%1", format_decimal(translated, locale=locale))
        .replace("%2", format_decimal(total, locale=locale))
        .replace("%3", format_percent(ratio, locale=locale))
    )
