"""Switching the interface between English and Simplified Chinese at run time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

_installed: list[QTranslator] = []
_current: dict[str, object] = {}  # the language installed now, and in which application


def resolve_language(setting: str) -> str:
    """'system' becomes 'zh_CN' on a Chinese system and 'en' elsewhere."""
    if setting != "system":
        return setting
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def interface_language() -> str:
    """The language the interface speaks now: 'zh_CN' or 'en' (install_language sets the default locale)."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def install_language(setting: str) -> str:
    """Install the translators for the language; Qt sends LanguageChange to every widget."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    language = resolve_language(setting)
    if _current.get("language") == language and _current.get("app") is app:
        return language  # already in place: no LanguageChange for every widget
    _current.update(language=language, app=app)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # English needs a translator too: its file holds the singular and plural forms of `tr("%n phrases", "", n)`.
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"jiaoliu_{language}.qm"))):
        _installed.append(ours)
    if language == "zh_CN":
        qt_own = QTranslator(app)  # Qt's standard dialogs and buttons
        if qt_own.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese if language == "zh_CN" else QLocale.Language.English))
    return language
