"""The languages the interface speaks, and loading their translations (Rolodex's and Qt's own).

The language is the user's choice in Preferences (the settings file's ``language``) or, when
that is empty or the file cannot be read, the system's (``LANG=nb_NO.UTF-8`` → Norsk bokmål).
It is applied once, at start-up, before the first window is built: the translators are
installed and :meth:`QLocale.setDefault` makes dates and numbers follow the same language.

Qt's own dialogs (standard buttons, the file dialog, the text fields' context menu) come from
the ``qt_*.qm`` / ``qtbase_*.qm`` PySide6 ships and, where it ships none or an old one
(Norwegian, Lithuanian), from our ``qtbase_nb.qm`` / ``qtbase_lt.qm``, installed after Qt's so
that they win.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rolodex import settings

TRANSLATIONS_DIR = Path(str(resources.files("rolodex.ui") / "translations"))
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("nb", "Norsk bokmål"),
    ("lt", "Lietuvių"),
    ("ru", "Русский"),
)  # (code, the language's own name): the choices offered in Preferences


def locale_for(code: str) -> QLocale:
    """The locale of a language code from the settings ("" is the system's)."""
    return QLocale(code) if code else QLocale.system()


def chosen_locale() -> QLocale:
    """The locale the user chose in Preferences, or the system's."""
    try:
        code = settings.load().language
    except settings.SettingsError:
        code = ""  # the start-up code or Preferences explains the broken file
    return locale_for(code)


def language_name(locale: QLocale) -> str:
    """The language's own name for ``locale``: "Norsk bokmål", "Lietuvių"."""
    code = locale.name().partition("_")[0]
    names = dict(LANGUAGES)
    return names.get(code) or locale.nativeLanguageName() or code


def _load(app: QCoreApplication, locale: QLocale, name: str, folder: str) -> QTranslator | None:
    translator = QTranslator(app)
    if translator.load(locale, name, "_", folder):
        app.installTranslator(translator)
        return translator
    return None


def spoken(locale: QLocale) -> QLocale:
    """The locale whose translations to load: Norwegian Nynorsk readers get Bokmål, not English."""
    if locale.language() == QLocale.Language.NorwegianNynorsk:
        return QLocale(QLocale.Language.NorwegianBokmal, locale.territory())
    return locale


def install(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Speak ``locale``'s language from now on; the installed translators, in order."""
    QLocale.setDefault(locale)  # dates and numbers: the locale itself (Nynorsk stays Nynorsk)
    locale = spoken(locale)
    ours, qts = str(TRANSLATIONS_DIR), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    english = QTranslator(app)  # English plural forms ("1 contact", "2 contacts"): the base
    loaded = [english] if english.load("rolodex_en", ours) else []
    if loaded:
        app.installTranslator(english)
    sources = (("qt", qts), ("qtbase", qts), ("qtbase", ours), ("rolodex", ours))
    for name, folder in sources:  # installed last is asked first
        translator = _load(app, locale, name, folder)
        if translator is not None:
            loaded.append(translator)
    return loaded
