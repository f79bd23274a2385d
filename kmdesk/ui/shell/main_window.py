"""The main window: a place for each job (Assess, Progress, Team, Framework, People) and menus."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kmdesk import __version__
from kmdesk.logs import refused
from kmdesk.store import repo
from kmdesk.store.errors import StoreError
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.report_actions import ReportActions
from kmdesk.ui.common.retranslate import Retranslates
from kmdesk.ui.shell.backups_dialog import BackupsDialog, restore_file
from kmdesk.ui.shell.banner import ReadOnlyBanner
from kmdesk.ui.shell.database_choice import Choice, DatabaseChoice, open_app_database
from kmdesk.ui.shell.file_actions import FileActions
from kmdesk.ui.shell.first_run import NewTeamDialog, WelcomeNote
from kmdesk.ui.shell.help_page import PAGE_TOPICS, HelpWindow
from kmdesk.ui.shell.menus import WindowMenus
from kmdesk.ui.shell.pages import PAGE_KEYS, AfterFirstPaint, Pages
from kmdesk.ui.shell.server_dialog import ServerDialog


class MainWindow(Retranslates, WindowMenus, QMainWindow):
    """Owns the pages and the database they share; switching database refreshes them all."""

    def __init__(self, ctx: AppContext, *, page_after_paint: bool = False):
        """``page_after_paint``: the app's start paints the window's frame (menus, navigation,
        "Opening…") first and builds the start page right after (tests build it at once)."""
        super().__init__()
        self.ctx = ctx
        self.file_actions = FileActions(self, ctx)
        self.round_reports = ReportActions(self, ctx)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.stack = QStackedWidget()
        # Only the page shown is built at start; the others when first shown.
        self.pages = Pages(ctx, self.stack, built=self._page_built)
        for _key in PAGE_KEYS:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.pages.show)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1100])
        self.banner = ReadOnlyBanner()
        self.welcome = WelcomeNote()
        self.welcome.make_team.connect(lambda: self.new_team())
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.welcome)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.location = QLabel()
        self.statusBar().addPermanentWidget(self.location)
        self._make_menus()
        ctx.events.database_replaced.connect(self._database_changed)
        ctx.events.people_changed.connect(self._show_welcome)
        self.retranslate()
        self._database_changed()
        self._restore(page_after_paint)

    def _page_built(self, page) -> None:
        page.help_wanted.connect(self.show_help)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("kmdesk — facilitator self-assessment"))
        titles = {
            "assess": self.tr("Assess"),
            "progress": self.tr("Progress"),
            "team": self.tr("Team"),
            "framework": self.tr("Framework"),
            "people": self.tr("People"),
        }
        for row, key in enumerate(PAGE_KEYS):
            self.nav.item(row).setText(titles[key])
        self._retranslate_menus()
        self.location.setText(self.tr("Database: {0}").format(self.ctx.database.location))

    # --- actions -----------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        i18n.switch(lang)
        self.ctx.settings.set_text(keys.LANGUAGE, lang)
        self.language_actions[lang].setChecked(True)

    def export_pdf(self) -> None:
        """The report of what the current page shows (Assess, Progress or Team)."""
        page = self.stack.currentWidget()
        if hasattr(page, "export_pdf"):
            page.export_pdf()
        else:
            QMessageBox.information(
                self,
                self.tr("Export PDF"),
                self.tr("Open the Assess, Progress or Team page to export its report."),
            )

    def reports_for_round(self, round_id: str | None = None, folder: str | None = None):
        """Every personal and team report of a round, in the background, into one folder."""
        if round_id is None:
            with self.ctx.database.session() as session:
                rounds = repo.list_rounds(session)
            if not rounds:
                return None
            labels = [f"{r.title} · {i18n.date_text(r.date)}" for r in rounds]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Reports for the whole round"),
                self.tr("Round:"),
                labels,
                len(labels) - 1,
                False,
            )
            if not ok:
                return None
            round_id = rounds[labels.index(chosen)].id
        return self.round_reports.export_round(round_id, folder)

    def show_help(self, topic: str | None = None) -> HelpWindow:
        """The help window, on the topic of the page in front unless one is named."""
        if self.help_window is None:
            self.help_window = HelpWindow(self)
        if not topic:
            shown = self.stack.currentWidget()
            page = self.pages.key(max(self.nav.currentRow(), 0))
            topic = getattr(shown, "help_topic", lambda: "")() or PAGE_TOPICS.get(page, "start")
        self.help_window.show()  # first, so that a section's anchor can be scrolled to
        self.help_window.show_topic(topic)
        self.help_window.activateWindow()
        return self.help_window

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About kmdesk"),
            self.tr(
                "kmdesk {0}\n\nSelf-assessment for KM facilitators (คุณอำนวย): rate yourself per "
                "role and round, and see where the team is strong and who can learn from whom.\n\n"
                "Thai fonts: Loma and Laksaman (TLWG), GPL-2+ with the font exception."
            ).format(__version__),
        )

    def open_database_file(self) -> None:
        chooser = DatabaseChoice(self.ctx.settings)
        path = chooser.open_dialog(self, self.ctx.database.path)
        if path:
            self.switch_database(path)

    def new_database_file(self) -> None:
        chooser = DatabaseChoice(self.ctx.settings)
        path = chooser.new_dialog(self, self.ctx.database.path)
        if path:
            self.switch_database(path, create=True)

    def open_server(self) -> bool:
        """File → Open server…: a shared PostgreSQL database, switched to like another file."""
        database = ServerDialog.ask(self, self.ctx.settings)
        if database is None:
            return False
        self._replace_database(database)
        # Remembered without its password (that stays in the keyring), to reopen next time.
        self.ctx.settings.set_text(keys.LAST_DATABASE, database.url)
        return True

    def send_ratings(self):
        """File → Send my ratings…: one person's ratings as a bundle for another PC."""
        from kmdesk.ui.shell import bundle_dialogs  # (the bundle code is not needed at start)

        return bundle_dialogs.send_my_ratings(self, self.ctx)

    def merge_bundles(self):
        """File → Merge bundles…: ratings sent from other PCs, previewed, then merged."""
        from kmdesk.ui.shell import bundle_dialogs

        return bundle_dialogs.merge_bundles(self, self.ctx)

    def new_team(self, dialog: NewTeamDialog | None = None) -> bool:
        """The "make my team" path: team, people, first round; then the Assess page on it."""
        dialog = dialog or NewTeamDialog(self.ctx, self)
        if dialog.made is None and dialog.exec() != NewTeamDialog.DialogCode.Accepted:
            return False
        self._show_welcome()
        self.nav.setCurrentRow(0)
        return True

    def _show_welcome(self) -> None:
        database = self.ctx.database
        if database.read_only:
            self.welcome.hide()
            return
        with database.session() as session:
            empty = not repo.list_teams(session)
        self.welcome.setVisible(empty)

    def switch_database(self, path: str, create: bool = False) -> bool:
        """Open another database; on a problem, say so, offer choices, else keep the current one."""
        choice: Choice | None = Choice(path, create)
        while choice is not None:
            try:
                database = open_app_database(choice)
            except StoreError as problem:
                refused("open database", problem)
                choice = DatabaseChoice(self.ctx.settings).ask(
                    problem, self, target=choice, quit_text=self.tr("Keep the current database")
                )
                continue
            self._replace_database(database)
            self.ctx.settings.set_text(keys.LAST_DATABASE, choice.path)
            return True
        return False

    def _replace_database(self, database) -> None:
        if database is not self.ctx.database:
            self.ctx.database.dispose()
        self.ctx.database = database
        self.ctx.events.database_replaced.emit()

    def back_up_now(self) -> Path | None:
        """A backup beside the database, named in the Restore list as made by hand."""
        try:
            made = self.ctx.database.backup("manual")
        except StoreError as exc:
            refused("backup", exc)
            QMessageBox.warning(
                self,
                self.tr("Back up now"),
                self.tr("No backup was made. {0}").format(plain_message(exc)),
            )
            return None
        if made is not None:
            QMessageBox.information(
                self,
                self.tr("Back up now"),
                self.tr("The database was backed up to:\n{0}").format(made),
            )
        return made

    def restore_from_backup(self, backup: Path | None = None) -> Path | None:
        """Choose a backup (or take ``backup``), close our connections, put it back, reopen."""
        path = self.ctx.database.path
        if path is None or self.ctx.database.read_only:
            return None
        if backup is None:
            dialog = BackupsDialog(path, self.ctx.settings, self)
            if dialog.exec() != BackupsDialog.DialogCode.Accepted or dialog.chosen is None:
                return None
            backup = dialog.chosen
        # Reopened at once: a backup from an older kmdesk is upgraded then, as on any opening.
        return restore_file(
            self,
            path,
            backup,
            close_first=self.ctx.database.dispose,
            reopen=lambda: self.switch_database(str(path)),
        )

    def _database_changed(self) -> None:
        # The pages follow database_replaced themselves (Page.follow_data_changes).
        database = self.ctx.database
        self.banner.setVisible(database.read_only)
        self._show_welcome()
        self.import_action.setEnabled(not database.read_only)
        self.merge_action.setEnabled(not database.read_only)
        # Backups go in a folder beside the database, so that folder must be writable.
        self.backup_action.setEnabled(
            database.path is not None and os.access(database.path.parent, os.W_OK)
        )
        self.restore_action.setEnabled(database.path is not None and not database.read_only)
        self.location.setText(self.tr("Database: {0}").format(database.location))

    # --- remembering -------------------------------------------------------------------

    def _restore(self, page_after_paint: bool = False) -> None:
        settings = self.ctx.settings
        geometry = settings.blob(keys.GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            # First start: a comfortable size that still fits a small office laptop screen.
            available = self.screen().availableGeometry()
            self.resize(
                min(1280, int(available.width() * 0.92)), min(820, int(available.height() * 0.9))
            )
        state = settings.blob(keys.STATE)
        if state is not None:
            self.restoreState(state)
        splitter = settings.blob(keys.SPLITTER_PREFIX + "main")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        row = self.pages.row(settings.text(keys.PAGE, "assess"))
        if page_after_paint:
            self._start_page_after_paint(row)
        else:
            self.nav.setCurrentRow(row)

    def _start_page_after_paint(self, row: int) -> None:
        # Building the Assess page and laying it out took about as long as the rest of the
        # start (issue 13, goal 4a): the frame is painted first, the page a moment later.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self.stack.setCurrentIndex(row)
        column = QVBoxLayout(self.stack.widget(row))  # the page's placeholder until built
        self.opening = QLabel(self.tr("Opening…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.opening)
        # the row chosen by then: the user may have clicked another page (built at once)
        self._after_paint = AfterFirstPaint(self, self._build_start_page)

    def _build_start_page(self) -> None:
        # Painted once, when built and laid out, not after each step of putting it in place.
        self.setUpdatesEnabled(False)
        try:
            self.pages.show(self.nav.currentRow())
        finally:
            self.setUpdatesEnabled(True)

    def closeEvent(self, event) -> None:
        settings = self.ctx.settings
        settings.set_blob(keys.GEOMETRY, self.saveGeometry())
        settings.set_blob(keys.STATE, self.saveState())
        settings.set_blob(keys.SPLITTER_PREFIX + "main", self.splitter.saveState())
        settings.set_text(keys.PAGE, self.pages.key(max(self.nav.currentRow(), 0)))
        settings.sync()
        super().closeEvent(event)
