"""Finding text in an article's segments: plain text, optionally whole words or exact case.

No Qt here: the find bar and the grid feed it the visible segments in order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

SOURCE, TARGET = 0, 1  # the cells of a segment, in search order


@dataclass(frozen=True)
class FindOptions:
    text: str
    match_case: bool = False
    whole_words: bool = False
    in_source: bool = True
    in_target: bool = True


@dataclass(frozen=True)
class Match:
    row: int  # index in the sequence searched (the visible rows)
    segment_id: int
    cell: int  # SOURCE or TARGET
    start: int
    end: int


Segment = tuple[int, str, str]  # segment id, source, translation


def compile_pattern(options: FindOptions) -> re.Pattern[str] | None:
    if not options.text:
        return None
    body = re.escape(options.text)
    if options.whole_words:
        # Lookarounds rather than \b, which needs a word character at the pattern's own
        # edges ("U.N." would never match). \w covers Arabic and Persian letters.
        body = rf"(?<!\w){body}(?!\w)"
    return re.compile(body, 0 if options.match_case else re.IGNORECASE)


def find(
    segments: Sequence[Segment],
    options: FindOptions,
    start: tuple[int, int, int],
    *,
    backwards: bool = False,
) -> tuple[Match | None, bool]:
    """The first match after (or before) ``start`` = (row, cell, offset), wrapping around
    the end; and whether it wrapped. Going forwards a match may begin at ``start`` itself."""
    pattern = compile_pattern(options)
    cells = [
        c for c, wanted in ((SOURCE, options.in_source), (TARGET, options.in_target)) if wanted
    ]
    if pattern is None or not cells or not segments:
        return None, False
    row, cell, offset = start
    here = row * 2 + cell
    order = _cell_order(len(segments), here, backwards)
    for position, (flat, wrapped) in enumerate(order):
        row, cell = divmod(flat, 2)
        if cell not in cells:
            continue
        segment_id, *texts = segments[row]
        spans = [m.span() for m in pattern.finditer(texts[cell])]
        if backwards:
            spans.reverse()
        for begin, end in spans:
            if flat == here and not _beyond(begin, offset, backwards, position > 0):
                continue
            return Match(row, segment_id, cell, begin, end), wrapped
    return None, False


def _beyond(begin: int, offset: int, backwards: bool, second_visit: bool) -> bool:
    """Whether a match at ``begin`` in the starting cell is a result: on the first visit,
    those after the offset; on the wrapped visit, those skipped the first time."""
    if backwards:
        return begin >= offset if second_visit else begin < offset
    return begin < offset if second_visit else begin >= offset


def _cell_order(rows: int, here: int, backwards: bool) -> Iterator[tuple[int, bool]]:
    """Every cell from ``here`` on, then the starting cell again (its skipped part)."""
    total = rows * 2
    step = -1 if backwards else 1
    for i in range(total):
        flat = (here + step * i) % total
        wrapped = (flat < here) if not backwards else (flat > here)
        yield flat, wrapped
    yield here, True


def replace_all(text: str, options: FindOptions, replacement: str) -> tuple[str, int]:
    """``text`` with every match replaced literally, and how many there were."""
    pattern = compile_pattern(options)
    if pattern is None:
        return text, 0
    return pattern.subn(lambda _: replacement, text)
