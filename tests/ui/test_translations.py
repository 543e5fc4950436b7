"""The interface in English, Norwegian bokmål, Lithuanian and Russian.

Every message of the code is in each .ts file and translated (with each language's plural
forms); translations keep the source's placeholders and accelerators; the main window's menus
do not share a mnemonic with each other or with a field; Qt's own buttons, counts, dates and
the Preferences choice follow the language.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rolodex import settings
from rolodex.db import StoreInfo
from rolodex.records import ContactData
from rolodex.services.contacts import ContactService
from rolodex.ui.app import build_window, install_translations
from rolodex.ui.locale import languages
from rolodex.ui.main_window.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "rolodex" / "ui" / "translations"
FORMS = {"nb": 2, "lt": 3, "ru": 3}  # Qt's plural forms for each language
TRANSLATED = sorted(FORMS)
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{\w*\}")


def messages(language: str, folder: Path = FOLDER) -> list[tuple[str, ET.Element]]:
    """(context, <message>) of rolodex_<language>.ts, vanished ones left out."""
    root = ET.parse(folder / f"rolodex_{language}.ts").getroot()
    found = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            kind = message.find("translation").get("type")  # type: ignore[union-attr]
            if kind not in ("vanished", "obsolete"):
                found.append((context.findtext("name") or "", message))
    return found


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonic(text: str) -> str:
    """The accelerator letter of a label ("&File" → "f"), "" for none."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """speak("nb"): install a language's translations for this test only."""
    installed: list[object] = []
    before = QLocale()

    def install(code: str | None) -> None:
        """None: the language chosen in Preferences, as start-up does."""
        installed.extend(install_translations(qapp, QLocale(code) if code else None))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(before)


def load_updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclass looks its module up
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


# -- the files -------------------------------------------------------------------------------
def test_the_files_hold_every_message_of_the_code(tmp_path: Path) -> None:
    """lupdate over the code adds nothing untranslated: no string was added and forgotten."""
    updater = load_updater()
    for language in ("en", *TRANSLATED):
        shutil.copy(FOLDER / f"rolodex_{language}.ts", tmp_path)
    updater.update(updater.ui_sources(), tmp_path)
    for language in TRANSLATED:
        missing = [
            (context, message.findtext("source"))
            for context, message in messages(language, tmp_path)
            if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        ]
        assert missing == [], f"run packaging/update_translations.py and translate ({language})"
    counted = [m for _c, m in messages("en", tmp_path) if m.get("numerus") == "yes"]
    assert counted and all(len(forms(m)) == 2 and all(forms(m)) for m in counted)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_every_plural_form(language: str) -> None:
    found = messages(language)
    assert len(found) > 500
    english = {(c, m.findtext("source")) for c, m in messages("en")}
    assert {(c, m.findtext("source")) for c, m in found} == english
    untranslated = [
        (context, message.findtext("source"))
        for context, message in found
        if message.find("translation").get("type") == "unfinished"  # type: ignore[union-attr]
        or not all(forms(message))
        or len(forms(message)) != (FORMS[language] if message.get("numerus") else 1)
    ]
    assert untranslated == []


def test_english_counts_have_both_forms() -> None:
    counted = [m for _c, m in messages("en") if m.get("numerus") == "yes"]
    assert counted and all(len(forms(m)) == 2 and all(forms(m)) for m in counted)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    wrong = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms(message):
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                wrong.append((context, source, form, "placeholders"))
            single = re.findall(r"&[^&]", form.replace("&&", ""))
            if bool(mnemonic(source)) != bool(mnemonic(form)) or len(single) > 1:
                wrong.append((context, source, form, "accelerator"))
    assert wrong == []


# -- the main window -------------------------------------------------------------------------
def wired_window(qtbot: QtBot) -> MainWindow:
    window = build_window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.menu_actions.features["today"].isEnabled())  # CRM wired
    return window  # type: ignore[return-value]


def clashes(labels: list[str]) -> list[str]:
    letters = [mnemonic(text) for text in labels if mnemonic(text)]
    return sorted({text for text in labels if mnemonic(text) and letters.count(mnemonic(text)) > 1})


def field_labels(window: QWidget) -> list[str]:
    """The labels and buttons with a mnemonic that are on screen in ``window``."""
    widgets = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window)]
    texts = [w.text() for w in widgets if isinstance(w, QLabel) and w.buddy() is not None]
    return texts + [w.text() for w in widgets if isinstance(w, QAbstractButton)]


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_menu_mnemonics_are_unique_and_never_taken_by_a_field(
    language: str, book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    ContactService().create(ContactData(given="Kari", family="Nordmann"))
    window = wired_window(qtbot)
    qtbot.waitUntil(lambda: window.editor.contact_id is not None and window.details.isVisible())
    bar = window.menuBar().actions()
    titles = [action.text() for action in bar]
    assert clashes(titles) == []
    for action in bar:
        menu = action.menu()
        assert isinstance(menu, QMenu)
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert all(mnemonic(text) for text in items), (action.text(), items)
        assert clashes(items) == [], action.text()
    taken = {mnemonic(text) for text in titles}
    shows = (window.details.show_card, window.details.edit,
             lambda: window.contact_pane.setCurrentIndex(1), window.show_trash)  # fmt: skip
    for show in shows:
        show()  # the card, the form, the History tab, the Trash: each with the menu bar
        qtbot.wait(10)
        fields = field_labels(window)
        assert any(mnemonic(text) for text in fields)
        assert [text for text in fields if mnemonic(text) in taken] == []
        assert clashes(fields) == []


@pytest.mark.parametrize(
    ("language", "file_menu"), [("nb", "&Fil"), ("lt", "&Failas"), ("ru", "&Файл")]
)
def test_the_main_window_speaks_the_language(
    language: str, file_menu: str, book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    window = wired_window(qtbot)
    assert window.menuBar().actions()[0].text() == file_menu


def add_people(family_names: dict[str, int]) -> None:
    service = ContactService()
    for family, count in family_names.items():
        for i in range(count):
            service.create(ContactData(given=f"Person{i}", family=family))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("lt", ["10 kontaktų", "„Alfa“ atitinka 1 kontaktas", "„Beta“ atitinka 3 kontaktai",
                "„Gama“ atitinka 5 kontaktai"]),
        ("ru", ["10 контактов", "«Alfa»: найден 1 контакт", "«Beta»: найдено 3 контакта",
                "«Gama»: найдено 5 контактов"]),
        ("nb", ["10 kontakter", "1 kontakt samsvarer med «Alfa»",
                "3 kontakter samsvarer med «Beta»", "5 kontakter samsvarer med «Gama»"]),
    ],
)  # fmt: skip
def test_the_status_bar_counts_with_the_right_plural_form(
    language: str, expected: list[str], book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    add_people({"Alfa": 1, "Beta": 3, "Gama": 5, "Delta": 1})
    window = MainWindow(ContactService())
    qtbot.addWidget(window)
    window.show()
    shown = []
    for query in ("", "Alfa", "Beta", "Gama"):
        window.search_box.setText(query)
        window.apply_filter()
        shown.append(window.count_label.text())  # the count at the right of the status bar
    assert shown == expected


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("lt", "1 kontaktas, 2 kontaktai, 9 kontaktai, 10 kontaktų, 11 kontaktų, 12 kontaktų, "
               "21 kontaktas, 22 kontaktai, 30 kontaktų, 101 kontaktas, 111 kontaktų"),
        ("ru", "1 контакт, 2 контакта, 9 контактов, 10 контактов, 11 контактов, 12 контактов, "
               "21 контакт, 22 контакта, 30 контактов, 101 контакт, 111 контактов"),
        ("nb", "1 kontakt, 2 kontakter, 9 kontakter, 10 kontakter, 11 kontakter, 12 kontakter, "
               "21 kontakter, 22 kontakter, 30 kontakter, 101 kontakter, 111 kontakter"),
    ],
)  # fmt: skip
def test_plural_forms_follow_each_languages_rules(language: str, expected: str, speak) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    counts = (1, 2, 9, 10, 11, 12, 21, 22, 30, 101, 111)
    said = [QCoreApplication.translate("MainWindow", "%n contact(s)", "", n) for n in counts]
    assert ", ".join(said) == expected


# -- Qt's own dialogs, dates, the choice in Preferences ---------------------------------------
@pytest.mark.parametrize(
    ("language", "cancel", "yes"), [("nb", "Avbryt", "&Ja"), ("lt", "Atšaukti", "&Taip"),
                                    ("ru", "Отмена", "&Да")]
)  # fmt: skip
def test_qt_message_box_buttons_speak_the_language(
    language: str, cancel: str, yes: str, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?")
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes


QT_STRINGS = {  # Qt's own: the text fields' context menu, the file dialog (Qt 6.11's sources)
    ("QLineEdit", "&Paste", ""): {"nb": "&Lim inn", "lt": "Į&dėti", "ru": "В&ставить"},
    ("QFileDialog", "&Look in:", ""): {"nb": "&Søk i:", "lt": "Vi&eta:", "ru": "&Папка:"},
    ("QFileDialog", "Files of &type:", ""): {"nb": "Fil&type:", "lt": "Failų &tipas:", "ru": "&Тип файлов:"},
    ("QAbstractFileIconProvider", "Folder", "All other platforms"): {"nb": "Mappe", "lt": "Aplankas", "ru": "Папка"},
}  # fmt: skip


@pytest.mark.parametrize("language", TRANSLATED)
def test_qt_text_menus_and_file_dialog_speak_the_language(language: str, speak) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    shown = {key: QCoreApplication.translate(*key) for key in QT_STRINGS}
    assert shown == {key: wanted[language] for key, wanted in QT_STRINGS.items()}


@pytest.mark.parametrize(
    ("language", "short_date", "number"),
    [("nb", "14.03.1985", "1\u00a0234,5"), ("lt", "1985-03-14", "1\u00a0234,5"),
     ("ru", "14.03.1985", "1\u00a0234,5"), ("en", "3/14/85", "1,234.5")],
)  # fmt: skip
def test_dates_and_numbers_follow_the_language(
    language: str, short_date: str, number: str, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    assert QLocale().toString(QDate(1985, 3, 14), QLocale.FormatType.ShortFormat) == short_date
    assert QLocale().toString(1234.5, "f", 1) == number


def test_nynorsk_readers_get_bokmal_rather_than_english(speak) -> None:  # type: ignore[no-untyped-def]
    speak("nn_NO")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
    assert QLocale().language() == QLocale.Language.NorwegianNynorsk


def test_the_language_chosen_in_preferences_is_used_at_the_next_start(
    book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    from rolodex.ui.preferences_dialog import PreferencesDialog

    assert languages.chosen_locale() == QLocale.system()  # no choice yet: the system's
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.itemData(0) == "" and combo.itemText(0).startswith("System default")
    assert [combo.itemText(i) for i in range(1, combo.count())] == [
        "English", "Norsk bokmål", "Lietuvių", "Русский"
    ]  # fmt: skip
    combo.setCurrentIndex(combo.findData("lt"))
    dialog.accept()
    assert settings.load().language == "lt"
    assert languages.chosen_locale().language() == QLocale.Language.Lithuanian

    speak(None)  # what start-up does: install_translations with the chosen language
    assert QLocale().language() == QLocale.Language.Lithuanian
    assert QCoreApplication.translate("MainWindow", "&File") == "&Failas"


def test_a_bad_language_in_the_settings_file_is_refused_clearly() -> None:
    from rolodex import paths

    target = paths.init().settings_file
    target.write_text('{"language": "no language"}', encoding="utf-8")
    with pytest.raises(settings.SettingsError, match='"language" must be a code like "nb"'):
        settings.load(target)
    assert languages.chosen_locale() == QLocale.system()  # start-up falls back, never fails


def test_activity_kinds_are_shown_in_the_language_and_stored_as_keywords(
    book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.ui.crm.activity_dialog import ActivityDialog
    from rolodex.ui.timeline.view import TimelineModel
    from tests.services.crm_helpers import make_contact, oslo_clock

    speak("nb")
    services = CrmServices.create(oslo_clock(2026, 3, 29, 10, 15))
    kari = make_contact("Kari")
    dialog = ActivityDialog(services, kari, "Kari", kind="call")
    qtbot.addWidget(dialog)
    shown = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
    assert dialog.kind_combo.currentText() == "samtale"
    assert {"samtale", "møte", "e-post", "brev", "notat"} <= set(shown)
    dialog.subject_edit.setText("Pris for 3. kvartal")
    assert dialog.data().kind == "call"  # the book keeps the keyword, whatever the language
    services.activities.log(dialog.data())
    dialog.kind_combo.setCurrentText("Befaring")  # a kind of the user's own stays as typed
    assert dialog.data().kind == "Befaring"
    model = TimelineModel(services)
    model.set_rows(services.activities.timeline(kari))
    assert " · Samtale" in model.index(0, 0).data()


def test_texts_translated_from_tables_speak_the_language(speak) -> None:  # type: ignore[no-untyped-def]
    """Table headers, the CSV mapping's field names, the shortcuts help, the phone checks."""
    from PySide6.QtCore import Qt

    from rolodex.ui.contact_editor.checks import phone_problem
    from rolodex.ui.importing.models import target_title
    from rolodex.ui.main_window.help import shortcuts_text
    from rolodex.ui.safety.backups_dialog import BackupTableModel

    speak("ru")
    header = BackupTableModel().headerData(0, Qt.Orientation.Horizontal)
    assert header == "Дата"
    assert target_title("given") == "Имя"
    assert "Ctrl+Z / Ctrl+Shift+Z\tОтменить / повторить" in shortcuts_text()
    assert phone_problem("12", "NO") == "В номере неверное количество цифр."


def dialogs(qtbot: QtBot) -> list[QWidget]:
    """The dialogs with mnemonics, built and shown as a user opens them."""
    from rolodex.services.crm.bundle import CrmServices
    from rolodex.ui.companies.dialog import CompanyDialog
    from rolodex.ui.crm.activity_dialog import ActivityDialog
    from rolodex.ui.crm.cadence import CadenceDialog
    from rolodex.ui.crm.followup_dialog import FollowUpDialog
    from rolodex.ui.crm.today import TodayView
    from rolodex.ui.preferences_dialog import PreferencesDialog
    from rolodex.ui.safety.backups_dialog import BackupsDialog
    from rolodex.ui.safety.security_dialog import SecurityDialog
    from tests.services.crm_helpers import make_contact, oslo_clock

    services = CrmServices.create(oslo_clock(2026, 3, 29, 10, 15))
    kari = make_contact("Kari", company="Fjord AS")
    built: list[QWidget] = [
        ActivityDialog(services, kari, "Kari"),
        FollowUpDialog(services, kari, "Kari"),
        CadenceDialog("Kari", None, "tags"),
        CompanyDialog(),
        PreferencesDialog(),
        BackupsDialog(),
        SecurityDialog(),
        TodayView(services),
    ]
    for widget in built:
        qtbot.addWidget(widget)
        widget.show()
    return built


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_no_two_fields_of_a_dialog_share_a_mnemonic(
    language: str, book: StoreInfo, qtbot: QtBot, speak
) -> None:  # type: ignore[no-untyped-def]
    speak(language)
    found = {type(w).__name__: clashes(field_labels(w)) for w in dialogs(qtbot)}
    assert found == {name: [] for name in found}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nb", "ikke post"), ("lt", "nesiųsti laiškų"), ("ru", "не отправлять почту")],
)
def test_why_a_label_was_left_out_is_said_in_the_language(language: str, expected: str, speak) -> None:  # type: ignore[no-untyped-def]
    from rolodex.labels.options import REASON_DO_NOT_MAIL, REASON_NO_GLYPHS
    from rolodex.ui.labels.dialog import LabelsDialog

    speak(language)
    said = QCoreApplication.translate("LabelsDialog", "do not mail")
    assert said == expected
    reason = LabelsDialog._reason  # the dialog's own lookup, without building the dialog
    fake = type("D", (), {"tr": staticmethod(lambda t: QCoreApplication.translate("LabelsDialog", t))})
    assert reason(fake(), REASON_DO_NOT_MAIL) == expected  # type: ignore[arg-type]
    assert reason(fake(), f"{REASON_NO_GLYPHS}: ☃").endswith(": ☃")  # type: ignore[arg-type]


@pytest.mark.parametrize(("language", "won"), [("nb", "Vunnet"), ("lt", "Laimėtas"), ("ru", "Выигран")])
def test_the_seeded_pipeline_stages_are_shown_in_the_language(language: str, won: str, speak) -> None:  # type: ignore[no-untyped-def]
    from rolodex.ui.sales.stage_names import shown_stage

    speak(language)
    assert shown_stage("Won") == won
    assert shown_stage("Demo day") == "Demo day"  # a stage the office named stays as named
