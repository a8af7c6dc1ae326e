"""Plain text reports, as pasted from news sites."""

from __future__ import annotations

from pathlib import Path

from transdesk.core.errors import BadInputFile
from transdesk.core.report import ImportedReport
from transdesk.formats.files import decode_text, read_bytes
from transdesk.formats.pasted import guess_language, shape_report, split_blocks, to_imported


def read(path: Path) -> ImportedReport:
    text = decode_text(path, read_bytes(path))
    blocks = split_blocks(text)
    if not blocks:
        raise BadInputFile(path, "contains no text")
    language = guess_language(blocks)
    shaped = shape_report(blocks, language)
    if not shaped.blocks:
        raise BadInputFile(path, "contains no report text (only site furniture)")
    return to_imported(shaped, language, "text")
