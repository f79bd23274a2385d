"""The Assess page's choosing: people, rounds and roles from the store, and what they show."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QStandardItem

from kmdesk.assess.framework import Framework
from kmdesk.assess.people import Facilitator, Round, previous_round
from kmdesk.assess.profile import profile
from kmdesk.assess.ratings import Rating
from kmdesk.store import assess_marks, assess_queries, repo
from kmdesk.store.frameworks import load_framework, load_targets
from kmdesk.store.pc import pc_id
from kmdesk.ui.assess.radar import RadarData
from kmdesk.ui.assess.undo import Selection
from kmdesk.ui.common import i18n
from kmdesk.ui.common import settings as keys


class AssessLoading:
    """Loads and shows the chosen person, round and role (a mixin of ``AssessPage``).

    Its words are translated in the ``AssessPage`` context, like the page's own.
    """

    def refresh(self) -> None:
        """Reload people, rounds, framework and this selection's ratings from the database."""
        database = self.ctx.database
        self.read_only = database.read_only
        self.versions.follow(database)
        with database.session() as session:
            self.team_names = {t.id: t.name for t in repo.list_teams(session)}
            self.people = repo.list_facilitators(session, active_only=True)
            self.rounds = repo.list_rounds(session)
            self.targets = load_targets(session)
        self._frameworks.clear()
        self._built_for = None
        settings = self.ctx.settings
        person = self.person_combo.currentData() or settings.text(keys.ASSESS_PERSON)
        chosen_round = self.round_combo.currentData() or settings.text(keys.ASSESS_ROUND)
        role = self.role_combo.currentData() or settings.text(keys.ASSESS_ROLE)
        self._fill_people(person)
        self._fill_rounds(chosen_round)
        rnd = self._chosen_round()
        if rnd is not None:
            self._fill_roles(self._framework_for(rnd.framework_version), role)
        self.undo_stack.clear()
        self._load_selection()

    def _framework_for(self, version: int) -> Framework:
        if version not in self._frameworks:
            with self.ctx.database.session() as session:
                self._frameworks[version] = load_framework(session, version)
        return self._frameworks[version]

    def _fill_people(self, wanted: str | None) -> None:
        combo = self.person_combo
        combo.blockSignals(True)
        self.person_model.clear()
        by_team: dict[str | None, list[Facilitator]] = {}
        for person in self.people:
            by_team.setdefault(person.team_id, []).append(person)
        order = sorted(by_team, key=lambda t: (t is None, self.team_names.get(t, "") if t else ""))
        first = chosen = -1
        for team_id in order:
            name = (
                self.team_names.get(team_id, "")
                if team_id
                else QCoreApplication.translate("AssessPage", "No team")
            )
            header = QStandardItem(
                QCoreApplication.translate("AssessPage", "Team {0}").format(name)
                if team_id
                else name
            )
            # A heading to read, not a person to choose.
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(combo.font())
            font.setBold(True)
            header.setFont(font)
            self.person_model.appendRow(header)
            for person in by_team[team_id]:
                item = QStandardItem(person.name)
                item.setData(person.id, Qt.ItemDataRole.UserRole)
                item.setToolTip(" · ".join(x for x in (person.agency, name) if x))
                self.person_model.appendRow(item)
                row = self.person_model.rowCount() - 1
                first = row if first < 0 else first
                chosen = row if person.id == wanted else chosen
        if chosen < 0 and not self.neutral:
            chosen = first
        combo.setCurrentIndex(chosen)
        combo.blockSignals(False)

    def _fill_rounds(self, wanted: str | None) -> None:
        combo = self.round_combo
        combo.blockSignals(True)
        combo.clear()
        for rnd in self.rounds:
            combo.addItem(f"{rnd.title} · {i18n.date_text(rnd.date)}", rnd.id)
        at = combo.findData(wanted) if wanted else -1
        # Without a remembered round, the latest is the one being assessed.
        combo.setCurrentIndex(at if at >= 0 else combo.count() - 1)
        combo.blockSignals(False)

    def _fill_roles(self, framework: Framework, wanted: str | None) -> None:
        combo = self.role_combo
        combo.blockSignals(True)
        combo.clear()
        for role in framework.roles:
            combo.addItem(i18n.text(role.name), role.code)
            combo.setItemData(combo.count() - 1, i18n.text(role.about), Qt.ItemDataRole.ToolTipRole)
        at = combo.findData(wanted) if wanted else -1
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)

    def _chosen_round(self) -> Round | None:
        rid = self.round_combo.currentData()
        return next((r for r in self.rounds if r.id == rid), None)

    def _chosen_selection(self) -> Selection | None:
        fid = self.person_combo.currentData()
        rid = self.round_combo.currentData()
        role = self.role_combo.currentData()
        if not (fid and rid and role):
            return None
        return Selection(fid, rid, role)

    def _selection_changed(self) -> None:
        rnd = self._chosen_round()
        if rnd is not None and self.sender() is self.round_combo:
            self._fill_roles(
                self._framework_for(rnd.framework_version), self.role_combo.currentData()
            )
        # Undo must never reach ratings the person can no longer see.
        self.undo_stack.clear()
        self._clear_message()
        if self.person_combo.currentIndex() >= 0:
            self.neutral = False
        self._load_selection()
        self._saves_changed()  # changes still waiting are still to be told about
        sel = self.selection
        if sel is not None:
            settings = self.ctx.settings
            settings.set_text(keys.ASSESS_PERSON, sel.facilitator_id)
            settings.set_text(keys.ASSESS_ROUND, sel.round_id)
            settings.set_text(keys.ASSESS_ROLE, sel.role)

    def _load_selection(self) -> None:
        # A note still being typed belongs to the selection shown until now.
        self.form.flush_note()
        sel = self._chosen_selection()
        rnd = self._chosen_round()
        self.selection = sel
        if sel is None or rnd is None:
            self.framework, self.stored, self.earlier, self.earlier_profile = None, {}, None, {}
            self.earlier_codes = frozenset()
            self._show_empty_reason()
            self._show_role()
            self._update_counter()
            self._update_copy()
            self._update_radar()
            return
        framework = self._framework_for(rnd.framework_version)
        self.framework = framework
        self.earlier = previous_round(self.rounds, rnd)
        with self.ctx.database.session() as session:
            stored = assess_queries.stored_ratings(session, *self._key(sel))
            # (the answers still waiting keep the version they were made on)
            self.versions.read(session, sel, keep=frozenset(self.saves.shown_for(sel)))
            self.other_pcs = assess_marks.from_other_pcs(session, *self._key(sel), pc_id())
            earlier = (
                repo.person_ratings(session, sel.facilitator_id, sel.role, self.earlier.id)
                if self.earlier
                else []
            )
        self.stored = {code: state for code, state in stored.items() if state is not None}
        self.earlier_profile = profile(earlier)
        self.earlier_codes = frozenset(r.indicator for r in earlier)
        # Retired indicators stay hidden unless this person already answered them.
        shown = frozenset(
            ind.code for ind in framework.indicators if not ind.retired or ind.code in self.stored
        )
        if self._built_for != (framework.version, shown):
            self.form.build(framework, shown)
            self._built_for = (framework.version, shown)
        self.form.set_targets(self.targets.get(sel.role, {}))
        self.form.set_states({card.code: self.stored.get(card.code) for card in self.form.cards})
        self.form.set_previous({r.indicator: r.level for r in earlier})
        self.form.set_other_pc(self.other_pcs)
        self.form.set_unsaved(self.saves.shown_for(sel), self.saves.state)
        self.form.set_read_only(self.read_only)
        self._show_notes()  # "every answer is saved at once" is untrue of a read-only database
        self._show_empty_reason()
        self._show_role()
        self._update_counter()
        self._update_copy()
        self._update_radar()
        start = self.form.first_unrated()
        if self._focus_in_form():
            self.form.focus_card(start)
        else:
            self.form.mark_current(start)

    @staticmethod
    def _key(sel: Selection) -> tuple[str, str, str]:
        return sel.facilitator_id, sel.round_id, sel.role

    def _show_empty_reason(self) -> None:
        if not self.people:
            self.empty.setText(
                QCoreApplication.translate(
                    "AssessPage", "No facilitators yet. Add people on the People page."
                )
            )
        elif not self.rounds:
            self.empty.setText(
                QCoreApplication.translate(
                    "AssessPage", "No assessment rounds yet. Add a round first."
                )
            )
        elif self.selection is None and self.neutral:
            self.empty.setText(
                QCoreApplication.translate(
                    "AssessPage", "Choose your name in the Facilitator box to begin (Alt+A)."
                )
            )
        else:
            self.empty.clear()
        self.stack.setCurrentWidget(self.form if self.selection else self.empty)

    def _show_role(self) -> None:
        role = (
            self.framework.role(self.selection.role) if self.framework and self.selection else None
        )
        self.role_title.setText(i18n.text(role.name) if role else "")
        self.role_about.setText(i18n.text(role.about) if role else "")

    def _update_counter(self) -> None:
        cards = self.form.cards if self.selection else []
        answered = [c for c in cards if c.code in self.stored]
        not_sure = sum(1 for c in answered if self.stored[c.code].level is None)
        text = QCoreApplication.translate("AssessPage", "Rated {0} of {1}").format(
            len(answered), len(cards)
        )
        if not_sure:
            text += QCoreApplication.translate("AssessPage", " · {0} not sure").format(not_sure)
        self.counter.setText(text)

    def _update_copy(self) -> None:
        # Offered only when it would fill something: an unanswered indicator answered before.
        cards = self.form.cards if self.selection is not None else []
        self.copy_button.setEnabled(
            self.earlier is not None
            and not self.read_only
            and any(c.code not in self.stored and c.code in self.earlier_codes for c in cards)
        )
        if self.earlier is not None:
            self.copy_button.setText(
                QCoreApplication.translate("AssessPage", "Copy answers from {0}").format(
                    self.earlier.title
                )
            )
        else:
            self.copy_button.setText(
                QCoreApplication.translate("AssessPage", "Copy previous round")
            )
        if self.earlier is not None:
            self.copy_button.setToolTip(
                QCoreApplication.translate(
                    "AssessPage",
                    "Start from your answers in {0}: only indicators without an answer "
                    "are filled; answers you already gave stay as they are.",
                ).format(self.earlier.title)
            )
        else:
            self.copy_button.setToolTip(
                QCoreApplication.translate("AssessPage", "There is no earlier round to copy from.")
            )

    def _current_ratings(self) -> list[Rating]:
        sel, framework = self.selection, self.framework
        out = []
        for code, state in self.stored.items():
            ind = framework.indicator(code) if framework else None
            if sel is None or ind is None:
                continue
            out.append(
                Rating(
                    *self._key(sel),
                    code,
                    ind.competency,
                    state.level,
                    state.evidence,
                    state.rated_at,
                )
            )
        return out

    def _update_radar(self) -> None:
        rnd = self._chosen_round()
        if self.selection is None or self.framework is None or rnd is None:
            self.radar.set_data(None)
            return
        self.radar.set_data(
            RadarData(
                codes=self.framework.codes,
                current=(rnd.title, profile(self._current_ratings())),
                previous=(self.earlier.title, self.earlier_profile) if self.earlier else None,
                target=self.targets.get(self.selection.role, {}),
                lang=i18n.language(),
            )
        )
