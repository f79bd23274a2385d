"""The main window opens on a real database and shows its teams and people (pytest-qt)."""

from __future__ import annotations

from kmdesk.ui.main_window import MainWindow


def test_window_shows_the_demo_teams_people_and_rounds(qtbot, demo_db):
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    teams = [window.tree.topLevelItem(i).text(0) for i in range(window.tree.topLevelItemCount())]
    assert teams == ["ท่าไร่", "บางจาก", "มะม่วงสองต้น"]
    tha_rai = window.tree.topLevelItem(0)
    assert tha_rai.childCount() == 3
    assert "1458" in window.summary.text()
    assert "8 ส.ค. 2568" in window.rounds.text()
