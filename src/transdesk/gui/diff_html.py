"""Word diffs as Qt rich text: what the diff view and the editor's source-change strip show.

Qt's rich text has no ``<ins>``/``<del>``, so changes are spans. The colours are the
Okabe–Ito pair that stays distinct for colour-blind readers (blue for what came in,
vermillion for what went out), and meaning never rests on colour alone: insertions are
underlined, deletions struck through.
"""

from __future__ import annotations

import html
from typing import Literal

from transdesk.core.diffing import SegmentDiff

INSERTED = "color:#003f66; background-color:#cfe6f7; text-decoration:underline"
DELETED = "color:#6b2400; background-color:#fbdcc8; text-decoration:line-through"
# The change Next/Previous reached: yellow and bold (Qt's rich text draws no outlines).
CURRENT = "background-color:#ffe873; font-weight:bold"

Side = Literal["inline", "old", "new"]


def segment_html(
    diff: SegmentDiff, direction: str = "ltr", side: Side = "inline", current: int | None = None
) -> str:
    """One ``<p dir=…>`` of the segment; hunk ``current`` (an index) stands out. Every piece
    of text is escaped: a segment's text never becomes markup."""
    pieces: list[str] = []
    hunk = -1
    previous = "equal"
    for op, text in diff.ops:
        if op != "equal" and previous == "equal":
            hunk += 1
        if side == "inline" and op == "insert" and previous == "delete":
            pieces.append("\u2009")  # a thin space: "Tuesday" struck, then "Monday", not fused
        previous = op
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "equal":
            pieces.append(escaped)
            continue
        if (op == "delete" and side == "new") or (op == "insert" and side == "old"):
            continue
        style = INSERTED if op == "insert" else DELETED
        if hunk == current:
            style = f"{style}; {CURRENT}"
        pieces.append(f'<a name="hunk-{hunk}"></a><span style="{style}">{escaped}</span>')
    align = "right" if direction == "rtl" else "left"
    return f'<p dir="{direction}" align="{align}">{"".join(pieces)}</p>'
