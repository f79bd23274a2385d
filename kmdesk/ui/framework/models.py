"""Item models for the framework page: the domain → competency → indicator tree, and targets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kmdesk.assess import framework as fw
from kmdesk.assess.scale import MAX_LEVEL, MIN_LEVEL
from kmdesk.ui.common import i18n
from kmdesk.ui.common.colours import inactive_colour
from kmdesk.ui.framework.wheel import calm

CODE_ROLE = Qt.ItemDataRole.UserRole + 1  # "K", "K1" or "K1.1"
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # DOMAIN, COMPETENCY or INDICATOR
RETIRED_ROLE = Qt.ItemDataRole.UserRole + 3  # True for a retired indicator
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 4  # a target level as an int

DOMAIN, COMPETENCY, INDICATOR = "domain", "competency", "indicator"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class Node:
    """One row of the tree; the model keeps every node alive while indexes point at it."""

    kind: str
    code: str
    text: fw.Text
    parent: Node | None = None
    row: int = 0
    retired: bool = False
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child


class FrameworkTreeModel(QAbstractItemModel):
    """Domains, their competencies and each competency's indicators, worded in the UI language."""

    CODE, WORDING = range(2)
    COLUMNS = 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._root = Node("root", "", fw.Text("", ""))

    def set_framework(self, framework: fw.Framework | None) -> None:
        self.beginResetModel()
        self._root = Node("root", "", fw.Text("", ""))
        if framework is not None:
            for domain in framework.domains:
                d_node = self._root.add(Node(DOMAIN, domain.code, domain.name))
                for comp in framework.competencies:
                    if comp.domain != domain.code:
                        continue
                    c_node = d_node.add(Node(COMPETENCY, comp.code, comp.name))
                    for ind in comp.indicators:
                        c_node.add(Node(INDICATOR, ind.code, ind.text, retired=ind.retired))
        self.endResetModel()

    def retranslate(self) -> None:
        """Wording and the "(retired)" mark follow the language: tell the views to redraw."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        self._changed_below(QModelIndex())

    def _changed_below(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if not rows:
            return
        self.dataChanged.emit(
            self.index(0, 0, parent), self.index(rows - 1, self.COLUMNS - 1, parent)
        )
        for row in range(rows):
            self._changed_below(self.index(row, 0, parent))

    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.CODE:
            return self.tr("Code")
        if section == self.WORDING:
            return self.tr("Wording")
        return None

    def wording(self, node: Node) -> str:
        said = i18n.text(node.text)
        if not node.retired:
            return said
        # The mark goes first: long wording is cut off at the end of the column.
        mark = self.tr("(retired)")
        return f"{mark} {said}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.code if index.column() == self.CODE else self.wording(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{node.code}  {self.wording(node)}"
        if role == CODE_ROLE:
            return node.code
        if role == KIND_ROLE:
            return node.kind
        if role == RETIRED_ROLE:
            return node.retired
        if role == Qt.ItemDataRole.ForegroundRole and node.retired:
            return inactive_colour()
        if role == Qt.ItemDataRole.FontRole and node.kind == DOMAIN:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def find(self, code: str, parent: QModelIndex | None = None) -> QModelIndex:
        """The index (column 0) of the node with ``code``, or an invalid index."""
        parent = parent or QModelIndex()
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if index.data(CODE_ROLE) == code:
                return index
            found = self.find(code, index)
            if found.isValid():
                return found
        return QModelIndex()


class TargetModel(QAbstractTableModel):
    """The target level (1–5) of each role (rows) in each competency (columns).

    Read-only until ``set_editable(True)`` (the page's edit mode).
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._roles: tuple[fw.Role, ...] = ()
        self._comps: tuple[fw.Competency, ...] = ()
        self._levels: dict[str, dict[str, int]] = {}
        self.editable = False
        # Called as writer(role, code, level) before a change is shown; False refuses it.
        self.writer: Callable[[str, str, int], bool] | None = None

    def set_targets(self, framework: fw.Framework | None, levels: dict[str, dict[str, int]]):
        self.beginResetModel()
        self._roles = framework.roles if framework else ()
        self._comps = framework.competencies if framework else ()
        self._levels = {role: dict(per) for role, per in levels.items()}
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        if editable == self.editable:
            return
        self.editable = editable
        if self._roles and self._comps:
            last = self.index(len(self._roles) - 1, len(self._comps) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def index_of(self, role: str, code: str) -> QModelIndex:
        """The cell of ``role`` in competency ``code``, or an invalid index."""
        rows = [r.code for r in self._roles]
        cols = [c.code for c in self._comps]
        if role not in rows or code not in cols:
            return QModelIndex()
        return self.index(rows.index(role), cols.index(code))

    def show_level(self, role: str, code: str, level: int) -> None:
        """Show a level stored elsewhere (an undo or redo), without writing it."""
        index = self.index_of(role, code)
        if index.isValid():
            self._levels.setdefault(role, {})[code] = level
            self.dataChanged.emit(index, index)

    def retranslate(self) -> None:
        if self._roles:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._roles) - 1)
        if self._comps:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._comps) - 1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._roles)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._comps)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.editable else flags

    def key(self, index: AnyIndex) -> tuple[str, str]:
        return self._roles[index.row()].code, self._comps[index.column()].code

    def level(self, role: str, code: str) -> int | None:
        return self._levels.get(role, {}).get(code)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid):
            return None
        level = self.level(*self.key(index))
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if level is None else str(level)
        if role in (Qt.ItemDataRole.EditRole, LEVEL_ROLE):
            return level
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            role_name = i18n.text(self._roles[index.row()].name)
            return f"{role_name} · {i18n.text(self._comps[index.column()].name)}"
        return None

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            not self.editable
            or role != Qt.ItemDataRole.EditRole
            or not self.checkIndex(index, QAbstractItemModel.CheckIndexOption.IndexIsValid)
        ):
            return False
        if isinstance(value, bool) or not isinstance(value, int):
            return False
        if not MIN_LEVEL <= value <= MAX_LEVEL:
            return False
        role_code, code = self.key(index)
        if self.level(role_code, code) == value:
            return True
        if self.writer is not None and not self.writer(role_code, code, value):
            return False
        self._levels.setdefault(role_code, {})[code] = value
        self.dataChanged.emit(index, index)
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._comps):
            comp = self._comps[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return comp.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{comp.code} {i18n.text(comp.name)}"
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._roles):
            if role == Qt.ItemDataRole.DisplayRole:
                return i18n.text(self._roles[section].name)
            if role == Qt.ItemDataRole.ToolTipRole:
                return i18n.text(self._roles[section].about)
        return None


class LevelSpinBox(QSpinBox):
    """A 1–5 spin box for a target cell; a wheel passing over it changes nothing."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(MIN_LEVEL, MAX_LEVEL)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFrame(False)
        calm(self)

    def deselect(self) -> None:
        self.lineEdit().deselect()


class LevelDelegate(QStyledItemDelegate):
    """A 1–5 spin box that writes each change at once (there is no Save for targets; undo)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):  # noqa: N802
        editor = LevelSpinBox(parent)
        editor.valueChanged.connect(lambda _value, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        level = index.data(LEVEL_ROLE)
        if level is not None and editor.value() != level:
            editor.blockSignals(True)
            editor.setValue(level)
            editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:  # noqa: N802
        if not model.setData(index, editor.value(), Qt.ItemDataRole.EditRole):
            # Refused (the store said no): show the stored level again.
            self.setEditorData(editor, index)
