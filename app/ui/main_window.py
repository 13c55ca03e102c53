"""The main window: navigation between views, menus, shortcuts, status bar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QWidget,
)

from app.ui import i18n
from app.ui.context import UiContext
from app.ui.errors import error_text
from app.ui.views import VIEWS, ViewInfo
from app.ui.views.base import View

if TYPE_CHECKING:
    from app.ui.dialogs.welcome import WelcomeDialog

MAX_FILE_BYTES = 5_000_000


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, build_view: bool = True) -> None:
        """`build_view=False` leaves the first view to `show_first_view()`: the desktop app calls it
        right after the window's first paint, so the frame appears before the view is assembled."""
        super().__init__()
        self.ctx = ctx
        self.setObjectName("main-window")
        # Views are built when first shown, so start-up pays only for the one on screen.
        self.view_infos: dict[str, ViewInfo] = {v.view_id: v for v in VIEWS}
        self.views: dict[str, View] = {}
        self._data_ready = False
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        for info in self.view_infos.values():
            self.stack.addWidget(QWidget())  # a placeholder until the view is built
            item = QListWidgetItem(info.icon(), "")
            item.setData(Qt.ItemDataRole.UserRole, info.view_id)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_nav_changed)
        # Showing the window makes the list pick its first row; views are built only from show_first_view on,
        # so that --smoke and the first paint pay for no view at all.
        self.nav.blockSignals(True)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.dictionary_label = QLabel()
        self.dictionary_label.setObjectName("dictionary-status")
        self.dictionary_bar = QProgressBar()
        self.dictionary_bar.setObjectName("dictionary-progress")
        self.dictionary_bar.setRange(0, 100)
        self.dictionary_bar.setMaximumWidth(140)
        self.dictionary_bar.setMaximumHeight(14)
        self.dictionary_bar.setTextVisible(False)
        self.dictionary_bar.hide()
        self.statusBar().addPermanentWidget(self.dictionary_label)
        self.statusBar().addPermanentWidget(self.dictionary_bar)
        self._dictionary_percent: int | None = None  # while it is prepared
        self._dictionary_error = ""
        self._welcome: WelcomeDialog | None = None
        ctx.show_status = self._show_status
        ctx.open_target = self._open_target
        self._build_actions()
        self.retranslate()
        self._restore_geometry()
        if build_view:
            self.show_first_view()
        ctx.settings.changed.connect(self._on_setting_changed)

    # --- menus and shortcuts ----------------------------------------------------------------------
    def _build_actions(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.open_action = self._action(self.open_text_file, QKeySequence(QKeySequence.StandardKey.Open))
        self.prefs_action = self._action(self.show_preferences, QKeySequence("Ctrl+,"))
        self.prefs_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit_action = self._action(self.close, QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.my_data_action = self._action(self.show_my_data)
        self.file_menu.addActions([self.open_action, self.prefs_action, self.my_data_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        # Undo and redo of the view on screen: the steps live in the Qt-free History (scope = the view's id).
        self.edit_menu = menu.addMenu("")
        self.undo_action = self._action(self.undo, QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._action(self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.ctx.ops.history_changed.connect(self.update_undo_actions)
        self.view_menu = menu.addMenu("")
        self.view_actions: list[QAction] = []
        for number, view_id in enumerate(self.view_infos, start=1):
            action = self._action(partial(self.show_view, view_id), QKeySequence(f"Ctrl+{number}"))
            self.view_actions.append(action)
            self.view_menu.addAction(action)
        self.help_menu = menu.addMenu("")
        self.guide_action = self._action(self.show_guide, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = self._action(self.show_shortcuts)
        self.welcome_action = self._action(self.show_welcome)
        self.about_action = self._action(self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt_action = self._action(lambda: QMessageBox.aboutQt(self))
        self.help_menu.addActions([self.guide_action, self.shortcuts_action, self.welcome_action])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about_action, self.about_qt_action])

    def _action(self, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Jiaoliu 交流"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open Text File…"))
        self.prefs_action.setText(self.tr("&Preferences…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.my_data_action.setText(self.tr("Your &Data…"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.update_undo_actions()
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.guide_action.setText(self.tr("User &Guide"))
        self.shortcuts_action.setText(self.tr("&Keyboard Shortcuts"))
        self.welcome_action.setText(self.tr("&Welcome"))
        self.about_action.setText(self.tr("&About Jiaoliu"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        for row, info in enumerate(self.view_infos.values()):
            self.nav.item(row).setText(info.title())
            self.view_actions[row].setText(info.title())
        self.update_dictionary_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_status(self, message: str, timeout: int = 0) -> None:
        self.statusBar().showMessage(message, timeout)

    # --- undo and redo ------------------------------------------------------------------------------
    def _scope(self) -> str:
        view = self.stack.currentWidget()
        return view.view_id if isinstance(view, View) else ""

    def undo(self) -> None:
        """Ctrl+Z: the view's own undo when it has one (it saves pending typing first), else the History's."""
        self._forward("undo")

    def redo(self) -> None:
        self._forward("redo")

    def _forward(self, which: str) -> None:
        view = self.stack.currentWidget()
        if not isinstance(view, View):
            return
        own = getattr(view, which, None)
        if callable(own):
            own()
        else:
            operation = self.ctx.ops.undo if which == "undo" else self.ctx.ops.redo
            operation(view.view_id, initiator=self, on_error=lambda exc: self._show_status(error_text(exc), 6000))

    def update_undo_actions(self) -> None:
        """The Edit menu names the step Ctrl+Z would take back in the view on screen ("Undo Delete entry")."""
        history, scope = self.ctx.app.history, self._scope()
        view = self.stack.currentWidget()
        pending = bool(getattr(view, "has_unsaved_edits", lambda: False)())
        undo_name, redo_name = history.undo_name(scope), history.redo_name(scope)
        self.undo_action.setText(
            self.tr("&Undo {action}").replace("{action}", undo_name) if undo_name else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").replace("{action}", redo_name) if redo_name else self.tr("&Redo")
        )
        self.undo_action.setEnabled(bool(scope) and (undo_name is not None or pending))
        self.redo_action.setEnabled(bool(scope) and redo_name is not None)

    def data_ready(self) -> None:
        """The database is migrated: views load what they show from it."""
        self._data_ready = True
        for view in self.views.values():
            view.on_data_ready()

    # --- views ------------------------------------------------------------------------------------
    def view(self, view_id: str) -> View:
        """The view, built now if it has not been shown yet."""
        view = self.views.get(view_id)
        if view is None:
            view = self.view_infos[view_id].load()(self.ctx)
            self.views[view_id] = view
            row = list(self.view_infos).index(view_id)
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, view)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            edits_pending = getattr(view, "edits_pending", None)
            if edits_pending is not None:  # typing not yet saved is the first thing Ctrl+Z takes back
                edits_pending.connect(self.update_undo_actions)
            if self._data_ready:
                view.on_data_ready()
        return view

    def show_view(self, view_id: str) -> View:
        view = self.view(view_id)
        self.nav.setCurrentRow(list(self.view_infos).index(view_id))
        return view

    def _open_target(self, view_id: str, ref: str) -> bool:
        if view_id not in self.view_infos:
            return False
        return self.show_view(view_id).open_target(ref)

    def current_view(self) -> View:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _on_nav_changed(self, row: int) -> None:
        if row < 0:
            return
        view_id = list(self.view_infos)[row]
        self.stack.setCurrentWidget(self.view(view_id))
        self.update_undo_actions()
        if self.ctx.app.settings.current.last_view != view_id:
            self.ctx.app.settings.update(last_view=view_id)

    def _on_setting_changed(self, key: str) -> None:
        if key == "ui_language":
            i18n.install_language(self.ctx.settings.current.ui_language)

    def update_dictionary_status(self, building: str = "") -> None:
        """The status bar's dictionary corner: a percentage and a bar while it is prepared, then "ready".
        `building` (a sentence) is shown as it is: app.py passes the reason when preparing failed."""
        if building:
            self.dictionary_label.setText(building)
        elif self._dictionary_percent is not None:
            self.dictionary_label.setText(
                self.tr("Preparing dictionary… {percent}%").replace("{percent}", str(self._dictionary_percent))
            )
        elif self.ctx.app.dictionary_ready:
            self.dictionary_label.setText(self.tr("Dictionary ready"))
        else:
            self.dictionary_label.setText(self.tr("Dictionary not ready"))
        self.dictionary_bar.setVisible(self._dictionary_percent is not None and not building)

    def set_dictionary_progress(self, percent: int | None, failed: str = "") -> None:
        """The dictionary's preparation: `percent` (0–100) while it runs, None when it is done or `failed`."""
        self._dictionary_percent = None if failed else percent
        self._dictionary_error = failed
        if percent is not None:
            self.dictionary_bar.setValue(percent)
        self.update_dictionary_status(failed)
        if self._welcome is not None:  # the welcome shows the same progress
            self._welcome.set_dictionary_progress(self._dictionary_percent, failed)

    # --- dialogs ----------------------------------------------------------------------------------
    def show_preferences(self) -> None:
        from app.ui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self.ctx.app.settings, self, on_my_data=self.show_my_data, ctx=self.ctx).exec()

    def show_my_data(self) -> None:
        """Backups, restore, export everything, delete everything."""
        from app.ui.dialogs.my_data_dialog import MyDataDialog

        MyDataDialog(self.ctx, self).exec()  # a restore reaches every view through ops.changed

    def show_guide(self) -> None:
        """Help → User guide (F1): the bundled guide in the interface language, beside the window."""
        from app.ui.dialogs.guide import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_shortcuts(self) -> None:
        from app.ui.dialogs.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def maybe_show_welcome(self) -> bool:
        """The welcome on the very first start only (remembered in the preferences); True if it was shown."""
        if self.ctx.app.settings.current.welcome_shown:
            return False
        self.show_welcome()
        self.ctx.app.settings.update(welcome_shown=True)
        return True

    def show_welcome(self) -> WelcomeDialog:
        """Help → Welcome: non-modal, so nothing (start-up included) ever waits on it."""
        from app.ui.dialogs.welcome import WelcomeDialog

        if self._welcome is not None:
            self._welcome.raise_()
            self._welcome.activateWindow()
            return self._welcome
        dialog = WelcomeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.set_dictionary_progress(self._dictionary_percent, self._dictionary_error)
        dialog.view_requested.connect(self.show_view)
        dialog.sample_requested.connect(self.open_sample)
        dialog.finished.connect(self._on_welcome_closed)  # closed or stepped aside (deleted later)
        self._welcome = dialog
        dialog.show()
        return dialog

    def _on_welcome_closed(self) -> None:
        self._welcome = None

    def open_sample(self, view_id: str, text: str) -> None:
        """A sample post from the welcome: the Chinese one in the Reader, the English one in Translate."""
        view = self.show_view(view_id)
        if view_id == "reader":
            view.set_text(text)  # type: ignore[attr-defined]
        else:
            view.open_target(text)

    def show_about(self) -> None:
        from app.ui.dialogs.about import AboutDialog

        AboutDialog(self).exec()

    def open_text_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Text File"), "", self.tr("Text files (*.txt *.md);;All files (*)")
        )
        if path:
            self.load_text_file(path)

    def load_text_file(self, path: str) -> bool:
        """Open a UTF-8 text file in the Reader; one clear message if it cannot be read."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
            if len(data) > MAX_FILE_BYTES:
                raise ValueError(self.tr("the file is larger than 5 MB"))
            text = data.decode("utf-8-sig")
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            if isinstance(exc, UnicodeDecodeError):
                reason = self.tr("it is not UTF-8 text")
            QMessageBox.warning(
                self,
                self.tr("Open Text File"),
                self.tr("The file could not be opened: {reason}.").replace("{reason}", reason),
            )
            return False
        reader = self.show_view("reader")
        reader.set_text(text)  # type: ignore[attr-defined]
        return True

    # --- window state -----------------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings(str(self.ctx.app.paths.qt_state), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        geometry = self._qsettings().value("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1100, 720)

    def show_first_view(self) -> View:
        """The view the user had open last time."""
        last = self.ctx.app.settings.current.last_view
        self.nav.blockSignals(False)
        return self.show_view(last if last in self.view_infos else next(iter(self.view_infos)))

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in self.views.values():
            view.shutdown()
        self.ctx.tasks.cancel_all()
        state = self._qsettings()
        state.setValue("geometry", self.saveGeometry())
        state.sync()
        super().closeEvent(event)
