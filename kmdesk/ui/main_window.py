"""The main window: for now the teams, people and rounds in the open database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kmdesk.assess.thaidate import format_date
from kmdesk.store import repo


class MainWindow(QMainWindow):
    """Shows who is in which team and which rounds exist; the app is built out from here."""

    def __init__(self, database, lang: str = "th"):
        super().__init__()
        self.database = database
        self.lang = lang
        self.setWindowTitle(self.tr("kmdesk — facilitator self-assessment"))
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Team / facilitator"), self.tr("Agency")])
        self.rounds = QLabel()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.rounds)
        self.setCentralWidget(body)
        self.resize(720, 520)
        self.reload()

    def reload(self) -> None:
        with self.database.session() as session:
            teams = repo.list_teams(session)
            people = repo.list_facilitators(session)
            rounds = repo.list_rounds(session)
            count = repo.rating_count(session)
        self.summary.setText(
            self.tr("{0} ratings · {1} facilitators · {2}").format(
                count, len(people), self.database.location
            )
        )
        self.tree.clear()
        for team in teams:
            node = QTreeWidgetItem([team.name, ""])
            for person in (p for p in people if p.team_id == team.id):
                node.addChild(QTreeWidgetItem([person.name, person.agency]))
            self.tree.addTopLevelItem(node)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        listed = ", ".join(f"{r.title} ({format_date(r.date, self.lang)})" for r in rounds)
        self.rounds.setText(self.tr("Rounds: {0}").format(listed or "—"))
