"""The main window's menus and their actions: File, Language and Help (a mixin of MainWindow)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from kmdesk.ui.common import i18n


class WindowMenus:
    """Makes the menu bar and names its entries; the slots are the window's own methods.

    Menu titles take Alt+F, Alt+L and Alt+H: the pages' mnemonics keep clear of those. The
    words are the window's (context ``MainWindow``).
    """

    def _make_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = self._action(self.open_database_file, QKeySequence.StandardKey.Open)
        self.new_action = self._action(self.new_database_file, QKeySequence.StandardKey.New)
        self.import_action = self._action(
            lambda: self.file_actions.import_ratings(), QKeySequence("Ctrl+I")
        )
        self.export_action = self._action(
            lambda: self.file_actions.export_ratings(), QKeySequence("Ctrl+E")
        )
        self.backup_action = self._action(self.back_up_now)
        self.restore_action = self._action(lambda: self.restore_from_backup())
        self.pdf_action = self._action(self.export_pdf, QKeySequence.StandardKey.Print)
        self.round_reports_action = self._action(lambda: self.reports_for_round())
        self.server_action = self._action(lambda: self.open_server())
        self.send_action = self._action(lambda: self.send_ratings())
        self.merge_action = self._action(lambda: self.merge_bundles())
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        for action in (
            self.open_action,
            self.new_action,
            self.server_action,
            None,
            self.backup_action,
            self.restore_action,
            None,
            self.import_action,
            self.export_action,
            self.pdf_action,
            self.round_reports_action,
            None,
            self.send_action,
            self.merge_action,
            None,
            self.quit_action,
        ):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.language_menu = self.menuBar().addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang, label in (("th", "ไทย"), ("en", "English")):
            # Each language is named in itself, so anyone can find their way back.
            action = QAction(label, self, checkable=True)
            action.setChecked(lang == i18n.language())
            action.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action
        self.help_menu = self.menuBar().addMenu("")
        self.help_window = None
        self.help_action = self._action(lambda: self.show_help(), QKeySequence("F1"))
        # F1 wherever the focus is: on any page, in any widget, and in the help window itself.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_menu.addAction(self.help_action)
        self.about_action = self._action(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _action(self, slot, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _retranslate_menus(self) -> None:
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.open_action.setText(QCoreApplication.translate("MainWindow", "&Open database…"))
        self.new_action.setText(QCoreApplication.translate("MainWindow", "&New database…"))
        self.import_action.setText(QCoreApplication.translate("MainWindow", "&Import ratings…"))
        self.export_action.setText(QCoreApplication.translate("MainWindow", "&Export ratings…"))
        self.backup_action.setText(QCoreApplication.translate("MainWindow", "&Back up now"))
        self.restore_action.setText(
            QCoreApplication.translate("MainWindow", "Res&tore from a backup…")
        )
        self.pdf_action.setText(
            QCoreApplication.translate("MainWindow", "Export &PDF of this page…")
        )
        self.round_reports_action.setText(
            QCoreApplication.translate("MainWindow", "&Reports for the whole round…")
        )
        self.server_action.setText(QCoreApplication.translate("MainWindow", "Open ser&ver…"))
        self.send_action.setText(QCoreApplication.translate("MainWindow", "&Send my ratings…"))
        self.merge_action.setText(QCoreApplication.translate("MainWindow", "&Merge bundles…"))
        self.quit_action.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.language_menu.setTitle(QCoreApplication.translate("MainWindow", "&Language"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_action.setText(
            QCoreApplication.translate("MainWindow", "&Help: how to read the charts")
        )
        self.about_action.setText(QCoreApplication.translate("MainWindow", "&About kmdesk"))
