"""The Team page's learning cycle: reads the plan, runs its dialogs and writes what they say."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox

from kmdesk.assess.cycle import Action, AgreedLevel
from kmdesk.assess.scale import score_text
from kmdesk.store import learning
from kmdesk.store.errors import StoreError
from kmdesk.ui.chart_pages.action_dialog import ActionDialog
from kmdesk.ui.chart_pages.agreed_dialog import CLEAR, SAVE, AgreedDialog
from kmdesk.ui.chart_pages.review_dialog import ReviewDialog, change_text
from kmdesk.ui.common import file_dialogs, i18n
from kmdesk.ui.common.errors import show_problem
from kmdesk.views import learning as plans


class PlanControl(QObject):
    """Wires the plan panel and the pairs panel of a ``TeamPage`` to the store.

    Each write is one small row on the GUI thread, as a rating is; a refusal from the store
    is shown in plain words and nothing changes.
    """

    def __init__(self, page):
        super().__init__(page)
        self.page = page  # the TeamPage (not imported: it imports this module)
        self.plan: plans.TeamPlan | None = None
        # the round before's actions: in this round the learner's change shows beside them
        self.earlier: tuple[plans.ActionView, ...] | None = None  # None: not read yet
        self.stale = False  # a rating changed the spreads since the plan was read
        panel = page.plan_panel
        panel.agree_requested.connect(self.agree)
        panel.new_requested.connect(lambda: self.new_action())
        panel.edit_requested.connect(self.edit)
        panel.review_requested.connect(self.review)
        panel.done_requested.connect(self.done)
        panel.copy_requested.connect(self.copy)
        page.pairs_panel.action_requested.connect(self.new_action)

    @property
    def database(self):
        return self.page.ctx.database

    def exec(self, dialog: QDialog) -> bool:
        """Run a dialog modally; True when accepted."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    # --- reading --------------------------------------------------------------------------

    def read(self) -> None:
        """Read the plan of the team, round and role shown (None when nothing is shown)."""
        data = self.page.data
        self.plan, self.earlier, self.stale = None, None, False
        if data is None:
            return
        a = data.analysis
        self.plan = plans.team_plan(
            self.database,
            a.team.id,
            a.round.id,
            a.role,
            i18n.language(),
            self.page.incomplete_check.isChecked(),
        )

    def _read_earlier(self) -> tuple[plans.ActionView, ...]:
        """The round before's actions, read once the plan is shown (the charts need none)."""
        if self.earlier is None:
            self.earlier = ()
            a = self.page.data.analysis
            ids = [r.id for r in self.page.rounds]
            at = ids.index(a.round.id) if a.round.id in ids else 0
            if at > 0:
                before = plans.team_plan(
                    self.database,
                    a.team.id,
                    ids[at - 1],
                    a.role,
                    i18n.language(),
                    self.page.incomplete_check.isChecked(),
                )
                self.earlier = before.actions
        return self.earlier

    def fill(self) -> None:
        panel = self.page.plan_panel
        data = self.page.data
        panel.set_enabled_all(
            data is not None and self.plan is not None, writable=not self.database.read_only
        )
        if data is None or self.plan is None:
            panel.clear()
            return
        a = data.analysis
        comps = [(c.code, i18n.text(c.name)) for c in a.framework.competencies]
        scores = {code: [p[code] for p in a.profiles.values() if code in p] for code, _ in comps}
        rounds = {r.id: r.title for r in self.page.rounds}
        earlier = self._read_earlier()
        panel.fill(comps, scores, self.plan, self.page.shown_labels(), earlier, rounds)

    def _written(self) -> None:
        self.read()
        self.fill()

    def _write(self, where: str, write) -> bool:
        try:
            write()
        except StoreError as exc:
            show_problem(self.page, where, exc)
            return False
        self._written()
        return True

    # --- agreed levels --------------------------------------------------------------------

    def agree(self, code: str) -> None:
        data, plan = self.page.data, self.plan
        if data is None or plan is None:
            return
        a = data.analysis
        labels = self.page.shown_labels()
        rated = [
            f"{labels.get(f.id, f.name)} {score_text(a.profiles[f.id][code])}"
            for f in a.members
            if code in a.profiles.get(f.id, {})
        ]
        text = self.tr("Self-ratings: {0}").format(" · ".join(rated) if rated else "–")
        if code in plan.spreads:
            text += " · " + self.tr("spread {0}").format(score_text(plan.spreads[code]))
        comp = a.framework.competency(code)
        heading = f"{code} {i18n.text(comp.name)}" if comp else code
        now = plan.agreed.get(code)
        dialog = AgreedDialog(
            heading,
            text,
            [i18n.text(name) for name in a.framework.level_names],
            now.level if now else None,
            now.reason if now else "",
            self.page,
        )
        if not self.exec(dialog):
            return
        key = (a.team.id, a.round.id, a.role, code)
        if dialog.choice == SAVE:
            agreed = AgreedLevel(*key, dialog.level, dialog.reason)
            self._write("agreed level", lambda: learning.set_agreed_level(self.database, agreed))
        elif dialog.choice == CLEAR:
            self._write("agreed level", lambda: learning.clear_agreed_level(self.database, *key))

    # --- actions --------------------------------------------------------------------------

    def _members(self) -> list[tuple[str, str]]:
        labels = self.page.shown_labels()
        return [(f.id, labels.get(f.id, f.name)) for f in self.page.data.roster]

    def _competencies(self) -> list[tuple[str, str]]:
        fw = self.page.data.analysis.framework
        return [(c.code, f"{c.code} {i18n.text(c.name)}") for c in fw.competencies]

    def new_action(
        self, code: str | None = None, learner: str | None = None, supplier: str | None = None
    ) -> None:
        """A new action, filled in from a learning pair when one is given."""
        data = self.page.data
        if data is None:
            return
        a = data.analysis
        members = self._members()
        draft = Action(
            id="",
            team_id=a.team.id,
            round_id=a.round.id,
            role=a.role,
            competency=code or a.framework.codes[0],
            learner_id=learner or (members[0][0] if members else ""),
            what="",
            supplier_id=supplier,
        )
        dialog = ActionDialog(draft, members, self._competencies(), self.page)
        if not self.exec(dialog) or dialog.result_action is None:
            return
        made = dialog.result_action
        if self._write("learning action", lambda: learning.add_action(self.database, made)):
            self.page.show_plan()

    def _action(self, action_id: str) -> plans.ActionView | None:
        if self.plan is None:
            return None
        listed = (*(self.earlier or ()), *self.plan.actions)
        return next((v for v in listed if v.action.id == action_id), None)

    def edit(self, action_id: str) -> None:
        view = self._action(action_id)
        if view is None:
            return
        dialog = ActionDialog(view.action, self._members(), self._competencies(), self.page)
        if not self.exec(dialog) or dialog.result_action is None:
            return
        changed = dialog.result_action
        was_done = view.action.status == "done"
        saved = self._write("learning action", lambda: learning.save_action(self.database, changed))
        if saved and changed.status == "done" and not was_done:
            self._invite_review(action_id)

    def done(self, action_id: str) -> None:
        view = self._action(action_id)
        if view is None or view.action.status == "done":
            if view is not None:
                self.review(action_id)
            return
        changed = dataclasses.replace(view.action, status="done")
        if self._write("learning action", lambda: learning.save_action(self.database, changed)):
            self._invite_review(action_id)

    def _invite_review(self, action_id: str) -> None:
        """Marking done invites the after-action review while it is fresh."""
        view = self._action(action_id)
        if view is None or view.action.review.written:
            return
        asked = QMessageBox.question(
            self.page,
            self.tr("Action done"),
            self.tr("Write the after-action review now, while it is fresh?"),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self.review(action_id)

    def review(self, action_id: str) -> None:
        view = self._action(action_id)
        if view is None:
            return
        a = view.action
        labels = self.page.shown_labels()
        learner = labels.get(a.learner_id, view.learner)
        supplier = labels.get(a.supplier_id, view.supplier) if a.supplier_id else view.supplier
        summary = self.tr("<b>{0}</b> learns {1} {2} from {3}: {4}").format(
            learner, a.competency, view.competency_name, supplier, a.what
        )
        dialog = ReviewDialog(
            summary,
            change_text(self.page.plan_panel, view.change, view.next_round),
            a.review,
            a.asset,
            self._choose_asset,
            self.page,
        )
        if not self.exec(dialog):
            return
        changed = dataclasses.replace(a, review=dialog.review, asset=dialog.asset)
        self._write("action review", lambda: learning.save_action(self.database, changed))

    def _choose_asset(self) -> str | None:
        ctx = self.page.ctx
        return file_dialogs.open_file(
            self.page,
            ctx.settings,
            file_dialogs.Kind.REPORTS,
            self.tr("Knowledge asset"),
            self.tr("Any file (*)"),
            ctx.database.path,
        )

    def copy(self) -> None:
        if self.plan is None:
            return
        QGuiApplication.clipboard().setText(plans.plan_text(self.plan, i18n.language()))
        self.page.plan_panel.copy_button.setToolTip(self.tr("Copied: paste it into LINE"))
