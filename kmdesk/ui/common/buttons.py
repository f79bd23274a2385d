"""The OK (or Save) and Cancel row at the foot of every form dialog, wired the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None] | None = None, *, save: bool = False
) -> QDialogButtonBox:
    """OK (Save with ``save``) and Cancel: Cancel rejects the dialog, OK calls ``on_ok``
    (the dialog's own ``accept`` unless given), which checks the form before closing it."""
    ok = QDialogButtonBox.StandardButton.Save if save else QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
