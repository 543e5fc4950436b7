"""The timeline widget: newest first, kind filter, delete and edit with undo."""

from __future__ import annotations

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from rolodex.db import StoreInfo, database
from rolodex.services.crm.bundle import CrmServices
from rolodex.services.crm.records import ActivityData
from rolodex.ui.timeline.view import ID_ROLE, TimelineWidget
from tests.services.crm_helpers import make_contact, oslo, oslo_clock


def last_contacted(contact_id: int) -> str | None:
    return database.execute_sql(
        "SELECT last_contacted FROM contact WHERE id = ?", (contact_id,)
    ).fetchone()[0]


def test_timeline_filter_delete_undo_edit_undo(book: StoreInfo, qtbot: QtBot) -> None:
    services = CrmServices.create(oslo_clock(2026, 6, 10, 12, 0))
    ada = make_contact("Ada")
    for day, kind, subject in ((1, "call", "First"), (5, "meeting", "Demo"), (9, "call", "Close")):
        services.activities.log(
            ActivityData(contact_id=ada, kind=kind, subject=subject, occurred_at=oslo(2026, 6, day))
        )
    widget = TimelineWidget(services)
    qtbot.addWidget(widget)
    ModelTester(None).check(widget.model)  # type: ignore[arg-type]
    widget.show_contact(ada, "Ada")
    texts = [widget.model.index(r).data() for r in range(widget.model.rowCount())]
    assert [t.splitlines()[1] for t in texts] == ["Close", "Demo", "First"]

    widget.set_kind_filter("meeting")
    assert widget.model.rowCount() == 1
    widget.set_kind_filter("")
    newest = widget.model.index(0).data(ID_ROLE)
    widget.view.setCurrentIndex(widget.model.index(0))
    with qtbot.waitSignal(widget.changed) as deleted:
        widget.delete_button.click()
    assert deleted.args[0].kind == "deleted"
    assert widget.model.rowCount() == 2
    assert last_contacted(ada) == "2026-06-04T22:00:00+00:00"

    widget.undo_stack.undo()
    assert widget.model.rowCount() == 3 and widget.model.index(0).data(ID_ROLE) == newest
    assert last_contacted(ada) == "2026-06-08T22:00:00+00:00"

    widget.view.setCurrentIndex(widget.model.index(1))
    dialog = widget.edit_current()
    assert dialog is not None and dialog.subject_edit.text() == "Demo"
    dialog.subject_edit.setText("Demo, second round")
    dialog.save()
    assert widget.model.index(1).data().splitlines()[1] == "Demo, second round"
    widget.undo_stack.undo()
    assert widget.model.index(1).data().splitlines()[1] == "Demo"
    widget.undo_stack.redo()
    assert widget.model.index(1).data().splitlines()[1] == "Demo, second round"
