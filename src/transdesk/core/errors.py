"""Errors a user can act on: they carry one clear line, never a traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: bad input, an unknown id, a refused action.

    ``str(error)`` is the single line shown to the user.
    """


class BadInputFile(UserError):
    """A file that cannot be imported. The message names the file and the problem."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class NotFound(UserError):
    """An id that names nothing."""


class InvalidValue(UserError):
    """A field given a value it cannot hold. The message names the field."""

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.problem = problem
        super().__init__(f"{field}: {problem}")
