"""Three-way merge of one segment's text, word by word.

Two people who started from the same ``base`` text each changed it: ``mine`` and ``theirs``.
Each side's word diff against the base (:func:`transdesk.core.diffing.diff_words`, so the
same script-aware tokens: an Arabic word, a Chinese character) becomes a list of edits, each
replacing a range of the base with new text. When no edit of one side overlaps an edit of the
other, both apply to the base and the result holds both changes; otherwise the segment is a
real conflict and a person has to choose.
"""

from __future__ import annotations

from dataclasses import dataclass

from transdesk.core.diffing import diff_words


@dataclass(frozen=True, slots=True)
class Edit:
    """The base's characters ``start:end`` replaced by ``text`` (an insertion when empty)."""

    start: int
    end: int
    text: str

    @property
    def is_insertion(self) -> bool:
        return self.start == self.end


def edits(base: str, changed: str, language: str | None = None) -> list[Edit]:
    """The word diff from ``base`` to ``changed`` as edits of the base, in order."""
    found: list[Edit] = []
    position = 0
    start: int | None = None
    inserted = ""
    for op, text in diff_words(base, changed, language):
        if op == "equal":
            if start is not None:
                found.append(Edit(start, position, inserted))
                start, inserted = None, ""
            position += len(text)
            continue
        if start is None:
            start = position
        if op == "delete":
            position += len(text)
        else:
            inserted += text
    if start is not None:
        found.append(Edit(start, position, inserted))
    return found


def clash(a: Edit, b: Edit) -> bool:
    """Whether two edits of the same base overlap, so that no order of them is right.

    Ranges that share a character overlap. An insertion overlaps an insertion at the same
    point, and a change it touches: whether the new words go before, after or instead of
    the words the other side changed is the writers' call, not ours. The same edit made on
    both sides is no conflict.
    """
    if a == b:
        return False
    if a.is_insertion or b.is_insertion:
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def apply_edits(base: str, changes: list[Edit]) -> str:
    """``base`` with non-overlapping ``changes`` applied (in any order given)."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(changes, key=lambda e: (e.start, e.end)):
        pieces.append(base[position : edit.start])
        pieces.append(edit.text)
        position = edit.end
    pieces.append(base[position:])
    return "".join(pieces)


def merge_texts(base: str, mine: str, theirs: str, language: str | None = None) -> str | None:
    """Both sides' changes to ``base`` in one text, or None when they overlap.

    When only one side changed, or both made the same change, that text is the result.
    Otherwise the two word diffs are combined when no edit of one overlaps an edit of the
    other (see :func:`clash`).
    """
    if mine == theirs or theirs == base:
        return mine
    if mine == base:
        return theirs
    my_edits = edits(base, mine, language)
    their_edits = edits(base, theirs, language)
    if any(clash(a, b) for a in my_edits for b in their_edits):
        return None
    shared = set(my_edits)
    return apply_edits(base, my_edits + [e for e in their_edits if e not in shared])
