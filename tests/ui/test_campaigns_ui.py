"""Campaigns in the app on a real book: a new campaign by tag, by the main window's search or
its selection; sending it on the worker thread writes the letters PDF and the CSV and freezes
the recipients (each gets an activity); responses are recorded per recipient, "interested"
offers a follow-up and "unsubscribed" sets do-not-mail/email."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rolodex.sales.campaigns import CampaignService, Selection
from rolodex.services.contacts import ContactService
from rolodex.services.crm.activities import ActivityService
from rolodex.services.crm.bundle import CrmServices
from rolodex.ui import worker
from rolodex.ui.sales.campaign_dialog import MainSelection
from rolodex.ui.sales.campaigns_window import CampaignsWindow
from tests.sales.helpers import person
from tests.ui.test_contact_model_search import Blocker, event_loop_runs


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms the app loads at start."""
    from rolodex.ui.app import install_translations

    translators = install_translations(qapp, QLocale(QLocale.Language.English))
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def _people() -> tuple[int, int, int]:
    kari = person("Kari", "Nordmann", tags=("vip",), street="Storgata 1", city="Oslo",
                  postal_code="0155", email="kari@fjord.no")  # fmt: skip
    ola = person("Ola", "Hansen", tags=("vip",), street="Gate 2", city="Bergen", postal_code="5003")
    per = person("Per", "Olsen", email="per@example.no")
    return kari, ola, per


def _window(qtbot: QtBot, current: MainSelection | None = None) -> CampaignsWindow:
    window = CampaignsWindow(lambda: current or MainSelection())
    qtbot.addWidget(window)
    return window


def test_a_campaign_by_tag_is_sent_on_the_worker_and_its_recipients_frozen(
    book: object, qtbot: QtBot, tmp_path: Path
) -> None:
    kari, ola, _per = _people()
    window = _window(qtbot)
    dialog = window.new_campaign()
    dialog.name.setText("Spring letter")
    dialog.tag.setCurrentText("vip")
    dialog.template.setPlainText("Dear {given}, spring is here.")
    dialog.accept()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # read on the worker thread
    assert window.model.index(0, 4).data() == "2" and window.model.index(0, 3).data() == "not yet"
    send = window.open_send()
    assert send is not None
    send.rows["letters"][1].setText(str(tmp_path / "letters.pdf"))
    send.rows["csv"][0].setChecked(True)
    send.rows["csv"][1].setText(str(tmp_path / "list.csv"))
    send.rows["labels"][0].setChecked(False)
    with qtbot.waitSignal(send.sent, timeout=20000):
        send.start()
    assert (
        "Sent to 2 recipients." in send.status.text() and "2 letters written." in send.status.text()
    )
    assert "1 row written to the CSV file." in send.status.text()  # Ola has no email
    assert (tmp_path / "letters.pdf").read_bytes().startswith(b"%PDF")
    assert "Nordmann" in (tmp_path / "list.csv").read_text(encoding="utf-8")
    (campaign,) = CampaignService().campaigns()
    assert campaign.sent_at is not None
    person("Anne", "Berg", tags=("vip",))  # tagged after sending: not a recipient
    assert {r.contact_id for r in CampaignService().recipients(campaign.id)} == {kari, ola}
    assert any("Spring letter" in a.subject for a in ActivityService().timeline(kari))
    qtbot.waitUntil(lambda: window.model.index(0, 3).data() != "not yet")  # the list: sent


def test_recipients_by_the_search_or_the_selection(book: object, qtbot: QtBot) -> None:
    kari, ola, per = _people()
    window = _window(qtbot, MainSelection("Olsen", (kari, per)))
    by_search = window.new_campaign()
    assert by_search.by_selection.isChecked()  # several selected: the selection first
    by_search.by_search.setChecked(True)
    by_search.name.setText("Search")
    by_search.accept()
    by_selection = window.new_campaign()
    by_selection.name.setText("Chosen")
    by_selection.channel.setCurrentIndex(by_selection.channel.findData("phone"))
    by_selection.accept()
    found = {c.name: c.id for c in CampaignService().campaigns()}
    assert [r.contact_id for r in CampaignService().recipients(found["Search"])] == [per]
    assert {r.contact_id for r in CampaignService().recipients(found["Chosen"])} == {kari, per}
    nobody = _window(qtbot).new_campaign()
    assert not nobody.by_search.isEnabled() and not nobody.by_selection.isEnabled()
    nobody.accept()  # no name: refused in the dialog
    assert nobody.isVisible() or nobody.error.text()
    assert "needs a name" in nobody.error.text()
    assert len(CampaignService().campaigns()) == 2


def test_responses_are_recorded_interested_offers_a_follow_up_unsubscribed_opts_out(
    book: object, qtbot: QtBot
) -> None:
    kari, ola, _per = _people()
    window = _window(qtbot, MainSelection("", (kari, ola)))
    dialog = window.new_campaign()
    dialog.name.setText("Autumn")
    dialog.accept()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.table.selectRow(0)
    campaign_id = window.current().id  # type: ignore[union-attr]
    CampaignService().send(campaign_id)
    responses = window.open_responses()
    assert responses is not None and responses.model.rowCount() == 2
    rows = {responses.model.people[i].contact_id: i for i in range(2)}
    responses.table.selectRow(rows[kari])
    responses.outcome.setCurrentIndex(responses.outcome.findData("interested"))
    responses.record()
    assert responses.model.index(rows[kari], 2).data() == "Interested"
    assert responses.follow_up_button.isVisibleTo(responses)
    follow = responses.follow_up()
    follow.save()  # type: ignore[attr-defined]
    (item,) = CrmServices.create().followups.for_contact(kari)
    assert item.subject == "Call back: Autumn"
    responses.table.selectRow(rows[ola])
    responses.outcome.setCurrentIndex(responses.outcome.findData("unsubscribed"))
    responses.record()
    assert not responses.follow_up_button.isVisibleTo(responses)
    opted = ContactService().get(ola)
    assert opted is not None and opted.do_not_mail
    later = CampaignService().add("Winter", "letter", Selection(ids=(kari, ola))).ids[0]
    assert [r.contact_id for r in CampaignService().recipients(later)] == [kari]
    responses.table.selectRow(rows[ola])
    responses.outcome.setEditText("call in May")  # an outcome of the office's own
    responses.record()
    summary = CampaignService().summary(campaign_id)
    assert summary.responses == {"interested": 1, "call in may": 1} and summary.response_rate == 1.0
    responses.close()
    with qtbot.waitSignal(window.loaded, timeout=20000):
        window.reload()
    autumn = [c.id for c, _ in window.model.rows].index(campaign_id)
    assert window.model.index(autumn, 5).data() == "100.0 %"
    worker.wait_for_idle()


def test_the_window_reads_a_server_books_campaigns_without_waiting_for_it(
    pg_book: str, qtbot: QtBot
) -> None:
    """The list and its counts come from the worker thread: while another session holds the
    campaigns, the window opens at once and keeps answering; the rows come after."""
    kari, _ola, _per = _people()
    CampaignService().add("Spring", "letter", Selection(ids=(kari,)))
    blocker = Blocker(pg_book, "campaign")
    try:
        window = _window(qtbot)  # returns at once (a blocked UI thread fails at the safety timer)
        assert not blocker.released.is_set(), "the UI thread waited for the server"
        assert event_loop_runs(qtbot) and window.model.rowCount() == 0
        with qtbot.waitSignal(window.loaded, timeout=20000):
            blocker.release()
    finally:
        blocker.close()
    assert window.model.rowCount() == 1 and window.model.index(0, 4).data() == "1"
    worker.wait_for_idle()
