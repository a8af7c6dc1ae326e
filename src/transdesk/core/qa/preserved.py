"""URLs, e-mail addresses and @handles: copied unchanged from source to target."""

from __future__ import annotations

import re

from transdesk.core.qa.findings import Problem

# Trailing sentence punctuation is not part of a URL written in running text.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»“”]+(?<![.,;:!?)\]'’])", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@/.])@\w{1,30}(?![\w@])")

# (check id, what it is, pattern). A handle never follows a letter, so no e-mail has one.
_KINDS = (
    ("url-changed", "the URL", _URL),
    ("email-changed", "the e-mail address", _EMAIL),
    ("handle-changed", "the handle", _HANDLE),
)


def preserved_spans(text: str) -> list[tuple[int, int]]:
    """Where URLs, e-mail addresses and handles sit in ``text``: other checks skip them."""
    return [m.span() for _, _, pattern in _KINDS for m in pattern.finditer(text)]


def mask_preserved(text: str) -> str:
    """``text`` with URLs, addresses and handles blanked out, offsets unchanged."""
    if "@" not in text and "www." not in text and "://" not in text:
        return text
    for start, end in preserved_spans(text):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def check_preserved(
    source: str, target: str, source_language: str, target_language: str
) -> list[Problem]:
    """Each URL, e-mail address and @handle of the source appears unchanged in the target."""
    if "@" not in source and "www." not in source.lower() and "://" not in source:
        return []
    problems: list[Problem] = []
    seen: set[str] = set()
    for check, what, pattern in _KINDS:
        for match in pattern.finditer(source):
            item = match.group()
            if item in seen:
                continue
            seen.add(item)
            if item not in target:
                problems.append(
                    Problem(
                        check,
                        "error",
                        f"{what} %1 is not in the translation unchanged",
                        args=(item,),
                    )
                )
    return problems
