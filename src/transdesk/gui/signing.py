"""Who signs: the name and role in Preferences, checked against the newsroom's people list
before a revision, a rejected change or a review step is written in their name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from transdesk.core.errors import UserError
from transdesk.gui.roles import role_name
from transdesk.services.people import add_person, identify
from transdesk.settings import Settings
from transdesk.storage.database import Database


@dataclass(frozen=True)
class Signer:
    """The outcome: ``name`` to sign with (None: nobody may sign now) and a line for the
    notice bar, if something happened the user should know (``level`` as notices take)."""

    name: str | None
    notice: str = ""
    level: str = "info"


def confirm_signer(parent: QWidget, db: Database, settings: Settings) -> Signer:
    """Ask for a name if Preferences have none; offer to add someone not on the list; refuse
    a role the list does not give. ``settings.user_name`` takes the list's spelling."""
    if not settings.user_name.strip():
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Signing", "Your name"),
            QCoreApplication.translate("Signing", "Revisions are signed. Your name:"),
        )
        if not ok or not name.strip():
            return Signer(None)
        settings.user_name = name.strip()
    try:
        who = identify(db, settings.user_name, settings.user_role)
    except UserError as error:
        return Signer(None, str(error), "error")
    role = role_name(who.role)
    notice = ""
    if who.listed_role is None:
        question = QCoreApplication.translate(
            "Signing", "%1 is not on the newsroom's people list yet. Add %1 as: %2?"
        )
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Signing", "Not on the people list"),
            question.replace("%1", who.name).replace("%2", role),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return Signer(None)
        try:
            add_person(db, who.name, who.role)
        except UserError as error:
            return Signer(None, str(error), "error")
        notice = QCoreApplication.translate("Signing", "Added %1 to the people list (%2).")
        notice = notice.replace("%1", who.name).replace("%2", role)
    elif not who.may_act:
        refusal = QCoreApplication.translate(
            "Signing",
            "%1 is on the people list as: %2, and cannot sign as: %3. Choose your listed role "
            "in Preferences, or ask an administrator.",
        )
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Signing", "Role not allowed"),
            refusal.replace("%1", who.name)
            .replace("%2", role_name(who.listed_role or ""))
            .replace("%3", role),
        )
        return Signer(None)
    settings.user_name = who.name
    return Signer(who.name, notice)
