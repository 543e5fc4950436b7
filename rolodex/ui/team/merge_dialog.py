"""Saving a contact a colleague changed while it was being edited (issue 11): their changes to
other fields are kept, and a small dialog asks only about a field both changed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from rolodex.records import ContactData
from rolodex.team.edits import ContactMerge, merge_edit
from rolodex.team.users import UserService

MAX_SHOWN = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("TeamMergeDialog", text)


def field_label(name: str) -> str:
    """A contact field's name as the form shows it."""
    labels = {
        "prefix": _tr("Prefix"), "given": _tr("Given name"), "additional": _tr("Middle name"),
        "family": _tr("Family name"), "suffix": _tr("Suffix"), "nickname": _tr("Nickname"),
        "display_name": _tr("Display name"), "company": _tr("Company"),
        "department": _tr("Department"), "job_title": _tr("Job title"), "notes": _tr("Notes"),
        "emails": _tr("Emails"), "phones": _tr("Phones"), "addresses": _tr("Addresses"),
        "tags": _tr("Tags"), "birthday": _tr("Birthday"), "photo": _tr("Photo"),
    }  # fmt: skip
    return labels.get(name, name.replace("_", " "))


def short(value: Any) -> str:
    text = value if isinstance(value, str) else ", ".join(map(str, value or [])) or ""
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def colleagues(merge: ContactMerge) -> str:
    """Who changed the contact meanwhile, by name."""
    logins = list(dict.fromkeys(e.by for e in merge.theirs if e.by))
    names = UserService().names(set(logins))
    return ", ".join(names[login] for login in logins) or _tr("Someone else")


class TeamMergeDialog(QDialog):
    """Shows what the colleague changed and asks, per field both changed, whose value stays."""

    def __init__(self, merge: ContactMerge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.merge = merge
        self.setWindowTitle(self.tr("Changed while you were editing"))
        layout = QVBoxLayout(self)
        fields = ", ".join(field_label(f) for f in merge.their_fields)
        intro = self.tr("{who} changed this contact while you were editing it ({fields}).")
        text = QLabel(intro.format(who=colleagues(merge), fields=fields))
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(QLabel(self.tr("Both of you changed these; which should stay?")))
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for conflict in merge.conflicts:
            box = QComboBox()
            box.addItem(self.tr("Mine: {value}").format(value=short(conflict.mine)), "mine")
            box.addItem(self.tr("Theirs: {value}").format(value=short(conflict.theirs)), "theirs")
            self.choices[conflict.field] = box
            form.addRow(field_label(conflict.field), box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply_choices(self) -> None:
        for name, box in self.choices.items():
            if box.currentData() == "theirs":
                self.merge.keep_theirs(name)


def resolve_concurrent(
    parent: QWidget, base: ContactData, mine: ContactData, base_revision: int | None
) -> tuple[ContactData, ContactData, str] | None:
    """What to save instead of ``mine`` when the contact moved on since ``base_revision``:
    (the merged contact, the stored one (for undo), a line saying whose changes were kept);
    ``(mine, base, "")`` when nobody changed it; None when the user cancelled."""
    if base.id is None or base_revision is None:
        return mine, base, ""
    merge = merge_edit(base, mine, base_revision)
    if merge is None:
        return mine, base, ""
    if merge.conflicts:
        dialog = TeamMergeDialog(merge, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        dialog.apply_choices()
    fields = ", ".join(field_label(f) for f in merge.their_fields)
    note = _tr("Saved with {who}'s changes kept ({fields}).").format(
        who=colleagues(merge), fields=fields
    )
    return merge.merged, merge.current, note


def team_revision(contact_id: int | None) -> int | None:
    """The stored revision of a contact (None: a new contact)."""
    from rolodex.team.facts import facts

    found = facts(contact_id) if contact_id is not None else None
    return found.revision if found is not None else None
