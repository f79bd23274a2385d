"""The "worth a conversation" threshold on the Framework page: beside the pair thresholds,
read-only until edit mode, stored at once when changed."""

from __future__ import annotations

from kmdesk.store import learning
from kmdesk.ui.common import i18n
from kmdesk.ui.framework.page import FrameworkPage
from tests.ui_support import make_context


def test_the_spread_threshold_follows_edit_mode_and_is_stored(qtbot, demo_db, tmp_path):
    i18n.switch("en")
    try:
        page = FrameworkPage(make_context(demo_db, tmp_path))
        qtbot.addWidget(page)
        page.show()
        spin = page.pairs_box.spread_spin
        assert spin.value() == 2.0  # the default: highest − lowest ≥ 2
        assert spin.isReadOnly()
        spin.setValue(3.0)  # read-only: nothing is written, the stored value comes back
        assert learning.spread_min(demo_db) == 2.0
        assert spin.value() == 2.0
        assert page.lock.enter()  # no PIN set: edit mode at once
        spin.setValue(1.5)
        assert learning.spread_min(demo_db) == 1.5
        assert page.pairs_box.spread_label.text() == "Worth a conversation at a spread of"
    finally:
        i18n.switch("th")
