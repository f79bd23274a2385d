"""Edit mode for the framework: an explicit switch, optionally locked with a team lead's PIN."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QWidget

from kmdesk.logs import refused
from kmdesk.store import settings as pins
from kmdesk.store.errors import StoreError
from kmdesk.ui.common.errors import plain_message
from kmdesk.ui.common.page import AppContext
from kmdesk.ui.common.problem import PROBLEM_STYLE
from kmdesk.ui.framework.pin import ask_pin, pin_rule

# The banner's looks: a quiet grey while read-only, amber while editing.
READ_STYLE = "QLabel#mode { background: #eceff1; color: #37474f; padding: 6px 8px; }"
EDIT_STYLE = (
    "QLabel#mode { background: #fff3cd; color: #5c4400; padding: 6px 8px;"
    " border: 1px solid #e0b400; }"
)


class EditLock(QObject):
    """The "Edit framework" switch, the PIN menu, and a banner saying which mode is on.

    Its widgets are laid out by the page. Nothing is editable until the switch is on; with
    a PIN set, the switch asks for it, and a wrong PIN leaves the mode off.
    """

    mode_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.editing = False
        self.locked = False  # a PIN is set in this database
        self._say_key: tuple[str, tuple[str, ...], bool] | None = None
        # Replaceable, so tests answer without a modal loop: ask_pin(prompt, new) -> PIN/None
        self.ask_pin: Callable[[str, bool], str | None] = lambda prompt, new: ask_pin(
            parent, prompt, new
        )
        # Asked before the mode goes off (the page's unsaved wording): False keeps it on.
        self.may_leave: Callable[[], bool] = lambda: True

        self.switch = QPushButton()
        self.switch.setObjectName("edit_framework")
        self.switch.setCheckable(True)
        self.switch.clicked.connect(self._switched)
        # a push button keeps room for its menu arrow (a tool button drew it over "PIN") and
        # matches the Undo, Redo and Edit buttons beside it
        self.pin_button = QPushButton()
        self.pin_menu = QMenu(self.pin_button)
        self.set_pin_action = QAction(self.pin_menu)
        self.change_pin_action = QAction(self.pin_menu)
        self.remove_pin_action = QAction(self.pin_menu)
        for action, slot in (
            (self.set_pin_action, self.set_pin),
            (self.change_pin_action, self.change_pin),
            (self.remove_pin_action, self.remove_pin),
        ):
            action.triggered.connect(slot)
            self.pin_menu.addAction(action)
        self.pin_button.setMenu(self.pin_menu)
        self.banner = QLabel()
        self.banner.setObjectName("mode")
        self.banner.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(PROBLEM_STYLE)
        self.notice.hide()

    # --- state -------------------------------------------------------------------------

    @property
    def database(self):
        return self.ctx.database

    def reload(self) -> None:
        """Read whether a PIN is set (another database may be open now)."""
        try:
            with self.database.session() as session:
                self.locked = pins.has_pin(session)
        except StoreError as exc:
            refused("framework PIN", exc)
            self.locked = True  # cannot tell: ask, and the check will say why
        self._show_state()

    def set_editing(self, editing: bool) -> None:
        """Turn the mode on or off without asking (the page's reloads)."""
        changed = editing != self.editing
        self.editing = editing
        self._show_state()
        if changed:
            self.mode_changed.emit(editing)

    def _switched(self, checked: bool) -> None:
        if checked:
            self.enter()
        else:
            self.leave()

    def enter(self) -> bool:
        """Turn edit mode on, asking for the PIN if one is set; False if it stays off."""
        self._clear_notice()
        if self.database.read_only:
            self._show_state()
            return False
        self.reload()
        if self.locked:
            pin = self.ask_pin(self.tr("Enter the team lead's PIN to edit the framework."), False)
            if pin is None or not self._pin_opens(pin):
                self._show_state()
                return False
        self.set_editing(True)
        return True

    def leave(self) -> bool:
        """Turn edit mode off; False if the page kept it on (unsaved wording, answer No)."""
        if self.editing and not self.may_leave():
            self._show_state()
            return False
        self._clear_notice()
        self.set_editing(False)
        return True

    def _pin_opens(self, pin: str, wrong: str = "wrong_pin") -> bool:
        try:
            with self.database.session() as session:
                opens = pins.check_pin(session, pin)
        except StoreError as exc:
            self._refused(exc)
            return False
        if not opens:
            self._say(wrong)
        return opens

    # --- the PIN menu ------------------------------------------------------------------

    def set_pin(self) -> None:
        new = self.ask_pin(self._choose_text(), True)
        if new is not None:
            self._write_pin(new, None, "pin_set")

    def change_pin(self) -> None:
        current = self.ask_pin(self.tr("Enter the PIN set now."), False)
        if current is None or not self._pin_opens(current, "wrong_current_pin"):
            return
        new = self.ask_pin(self._choose_text(), True)
        if new is not None:
            self._write_pin(new, current, "pin_changed")

    def _choose_text(self) -> str:
        return self.tr(
            "Choose a PIN of {0} to {1} digits. Without it nobody can edit the framework on "
            "this database, so keep it where the team lead can find it."
        ).format(pins.PIN_MIN, pins.PIN_MAX)

    def remove_pin(self) -> None:
        current = self.ask_pin(self.tr("Enter the PIN to remove it."), False)
        if current is not None and self._pin_opens(current, "wrong_current_pin"):
            self._write_pin(None, current, "pin_removed")

    def _write_pin(self, new: str | None, current: str | None, said: str) -> None:
        try:
            pins.set_pin(self.database, new, current)
        except pins.WrongPin:
            self._say("wrong_current_pin")
            return
        except pins.BadPin:
            self._say("bad_pin")
            return
        except StoreError as exc:
            self._refused(exc)
            return
        self.reload()
        self._say(said, problem=False)

    # --- texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.set_pin_action.setText(self.tr("Lock editing with a PIN…"))
        self.change_pin_action.setText(self.tr("Change the PIN…"))
        self.remove_pin_action.setText(self.tr("Remove the PIN…"))
        self.pin_button.setText(self.tr("PIN"))
        self.pin_button.setToolTip(
            self.tr("A team lead's PIN, so that only they can edit the framework on this laptop")
        )
        self._show_state()
        if self._say_key is not None:
            key, args, problem = self._say_key
            self._say(key, *args, problem=problem)

    def _show_state(self) -> None:
        read_only = self.database.read_only
        self.switch.setChecked(self.editing)
        self.switch.setEnabled(not read_only)
        if self.editing:
            self.switch.setText(self.tr("Finish editing"))
            self.switch.setToolTip(self.tr("Make the framework read-only again"))
        else:
            label = self.tr("Edit framework…") if self.locked else self.tr("Edit framework")
            self.switch.setText(label)
            self.switch.setToolTip(
                self.tr("Change the wording, targets and learning-pair thresholds")
            )
        self.pin_button.setVisible(self.editing)
        self.set_pin_action.setVisible(not self.locked)
        self.change_pin_action.setVisible(self.locked)
        self.remove_pin_action.setVisible(self.locked)
        if read_only:
            text = self.tr("This database is read-only: the framework can be read, not changed.")
        elif self.editing:
            text = self.tr(
                "Editing the framework. Each change is saved at once for everyone who uses "
                "this database; Ctrl+Z takes it back. Press “Finish editing” when you are done."
            )
            if self.locked:
                text += " " + self.tr("Editing also ends when you leave this page.")
        elif self.locked:
            text = self.tr(
                "Read-only. Editing is locked with the team lead's PIN: press “Edit framework” "
                "and enter it."
            )
        else:
            text = self.tr(
                "Read-only. To change the wording, the targets or the learning-pair "
                "thresholds, press “Edit framework”."
            )
        self.banner.setText(text)
        self.banner.setStyleSheet(EDIT_STYLE if self.editing else READ_STYLE)

    def _say(self, key: str, *args: str, problem: bool = True) -> None:
        """Show an outcome by key, so that it can be said again in a new language."""
        self._say_key = (key, args, problem)
        texts = {
            "wrong_pin": self.tr("That is not the team lead's PIN; the framework stays read-only."),
            "wrong_current_pin": self.tr("That is not the PIN set now; nothing was changed."),
            "bad_pin": pin_rule(),
            "pin_set": self.tr("PIN set: from now on, editing the framework asks for it."),
            "pin_changed": self.tr("PIN changed."),
            "pin_removed": self.tr("PIN removed: anyone can switch editing on."),
        }
        # "refused": the store's plain message, already in the user's language
        self.notice.setText(args[0] if key == "refused" else texts[key])
        self.notice.setStyleSheet(PROBLEM_STYLE if problem else "")
        self.notice.show()

    def _clear_notice(self) -> None:
        self._say_key = None
        self.notice.clear()
        self.notice.hide()

    def _refused(self, exc: StoreError) -> None:
        refused("framework PIN", exc)
        self._say("refused", plain_message(exc))
