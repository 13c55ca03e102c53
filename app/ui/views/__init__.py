"""Main-window views. Adding a view is one module here (a `View` subclass, exported as `VIEW`)
plus one line in VIEWS: the navigation is built from these lines alone, so a view's module is
imported only when the view is first shown, and start-up does not grow with the number of views."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QIcon

from app.resources import resource_path
from app.ui.views.base import View


@dataclass(frozen=True)
class ViewInfo:
    view_id: str
    module: str  # app.ui.views.<module>
    icon_name: str  # resources/icons/<name>.svg
    context: str  # translation context and source text of the title
    title_text: str

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.title_text)

    def icon(self) -> QIcon:
        bundled = resource_path("icons", f"{self.icon_name}.svg")
        return QIcon(str(bundled)) if bundled.exists() else QIcon.fromTheme(self.icon_name)

    def load(self) -> type[View]:
        view: type[View] = importlib.import_module(f"{__name__}.{self.module}").VIEW
        return view


# In navigation order. QT_TRANSLATE_NOOP (literally, for lupdate) marks the titles; they are translated when shown.
VIEWS: tuple[ViewInfo, ...] = (
    ViewInfo("reader", "reader", "reader", "ReaderView", str(QT_TRANSLATE_NOOP("ReaderView", "Reader"))),
    ViewInfo(
        "translate", "translate", "translate", "TranslateView", str(QT_TRANSLATE_NOOP("TranslateView", "Translate"))
    ),
    ViewInfo("glossary", "glossary", "glossary", "GlossaryView", str(QT_TRANSLATE_NOOP("GlossaryView", "Glossary"))),
    ViewInfo(
        "phrasebook",
        "phrasebook",
        "phrasebook",
        "PhrasebookView",
        str(QT_TRANSLATE_NOOP("PhrasebookView", "Phrasebook")),
    ),
    ViewInfo("sessions", "sessions", "sessions", "SessionsView", str(QT_TRANSLATE_NOOP("SessionsView", "Sessions"))),
    ViewInfo("study", "study", "study", "StudyView", str(QT_TRANSLATE_NOOP("StudyView", "Study"))),
)
