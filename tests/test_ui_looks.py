"""What the 1366x768 screenshot sweep found: words left English in a Thai window, cramped labels."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QToolButton, QTreeView

from kmdesk.ui.common import qt_strings


def test_every_word_qts_own_file_dialog_shows_is_listed_for_translation(qtbot):
    """Qt ships no Thai: every word of its file dialog must be ours to translate.

    The sweep saw "Look in:", "Files of type:" and the column heads English in a Thai window,
    because Qt 6 says "&Look in:" and "Files of &type:" while the list had the Qt 5 words.
    """
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    shown |= {b.toolTip() for b in dialog.findChildren(QToolButton) if b.toolTip()}
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    shown |= {model.headerData(c, tree.header().orientation()) for c in range(model.columnCount())}
    shown.discard("Type")  # disambiguated "All other platforms": listed through a translate() call
    assert "&Look in:" in shown and "Date Modified" in shown  # the dialog really was read
    missing = shown - set(qt_strings.QT_WORDS)
    assert not missing, f"Qt words not listed for translation: {sorted(missing)}"
