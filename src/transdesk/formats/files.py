"""Reading files from outside safely: size limit, binary garbage, legacy encodings."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

from transdesk.core.errors import BadInputFile

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


def max_import_bytes() -> int:
    """The size limit for one imported file (``TRANSDESK_MAX_IMPORT_BYTES`` overrides it)."""
    value = os.environ.get("TRANSDESK_MAX_IMPORT_BYTES")
    if value and value.isdigit():
        return int(value)
    return DEFAULT_MAX_BYTES


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or a BadInputFile naming what is wrong with the path."""
    if not path.exists():
        raise BadInputFile(path, "no such file")
    if path.is_dir():
        raise BadInputFile(path, "is a folder, not a file")
    try:
        size = path.stat().st_size
        limit = max_import_bytes()
        if size > limit:
            raise BadInputFile(
                path, f"is {_megabytes(size)}, over the import limit of {_megabytes(limit)}"
            )
        data = path.read_bytes()
    except PermissionError:
        raise BadInputFile(path, "cannot be read (permission denied)") from None
    except OSError as error:
        raise BadInputFile(path, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise BadInputFile(path, "is empty")
    return data


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(path: Path, data: bytes) -> str:
    """Decode a text file: BOMs first, then UTF-8, then the most likely legacy encoding.

    Windows-1256 Arabic and Latin-1 files arrive from older newsroom systems; detection
    goes through charset-normalizer. Binary garbage is refused.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise BadInputFile(path, f"is not valid {encoding.upper()} text") from None
            return _refuse_binary_text(path, text)
    if b"\x00" in data[:4096]:
        raise BadInputFile(path, "looks like a binary file, not text")
    try:
        return _refuse_binary_text(path, data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise BadInputFile(path, "looks like a binary file, not text")
    return _refuse_binary_text(path, str(best))


def _refuse_binary_text(path: Path, text: str) -> str:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if controls > max(4, len(sample) // 100) or "\ufffd" * 3 in sample:
        raise BadInputFile(path, "looks like a binary file, not text")
    return text
