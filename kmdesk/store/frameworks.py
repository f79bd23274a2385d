"""Framework versions in the database: load, seed, edit (versioning), targets and settings."""

from __future__ import annotations

import json
from collections import defaultdict

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from kmdesk.assess import framework as fw
from kmdesk.assess.pairs import PairSettings
from kmdesk.paths import resource
from kmdesk.store import models as m


def default_framework_data() -> dict:
    with resource("framework", "default.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _meta(data: dict) -> dict:
    return {key: data[key] for key in ("purpose", "goals", "domains", "roles", "scale")}


def _add_indicator(session: Session, version_id: int, ind: fw.Indicator, position: int) -> None:
    row = m.Indicator(
        version_id=version_id,
        code=ind.code,
        competency_code=ind.competency,
        position=position,
        text_th=ind.text.th,
        text_en=ind.text.en,
        retired=ind.retired,
    )
    session.add(row)
    session.flush()
    session.add_all(
        m.LevelDescriptor(indicator_id=row.id, level=lv, text_th=t.th, text_en=t.en)
        for lv, t in enumerate(ind.levels, start=1)
    )


def _add_version(
    session: Session, framework: fw.Framework, meta: dict, number: int, note: str
) -> int:
    version = m.FrameworkVersion(number=number, meta=meta, note=note)
    session.add(version)
    session.flush()
    for comp in framework.competencies:
        for pos, ind in enumerate(comp.indicators):
            _add_indicator(session, version.id, ind, pos)
    return version.id


def seed_framework(session: Session, data: dict) -> None:
    """Write a framework file as version 1, with its competencies and default targets."""
    framework = fw.framework_from_dict(data)
    targets = fw.targets_from_dict(data["targets"], framework)
    for pos, comp in enumerate(framework.competencies):
        session.add(
            m.Competency(
                code=comp.code,
                domain=comp.domain,
                name_th=comp.name.th,
                name_en=comp.name.en,
                position=pos,
            )
        )
    session.flush()
    _add_version(session, framework, _meta(data), 1, "default")
    session.add_all(
        m.Target(role=role, competency_code=code, level=level)
        for role, per_code in targets.items()
        for code, level in per_code.items()
    )


def ensure_default_framework(database) -> None:
    """Load the bundled framework into a database that has none (writes nothing otherwise)."""
    with database.write() as session:
        if not session.scalar(select(func.count()).select_from(m.FrameworkVersion)):
            seed_framework(session, default_framework_data())


def latest_version(session: Session) -> int:
    return session.scalar(select(func.max(m.FrameworkVersion.number))) or 0


def load_framework(session: Session, number: int | None = None) -> fw.Framework:
    """The framework as worded in version ``number`` (the latest by default)."""
    number = number or latest_version(session)
    version = session.scalars(
        select(m.FrameworkVersion).where(m.FrameworkVersion.number == number)
    ).one()
    meta = version.meta
    descriptors: dict[int, dict[int, fw.Text]] = defaultdict(dict)
    rows = session.execute(
        select(m.LevelDescriptor)
        .join(m.Indicator, m.Indicator.id == m.LevelDescriptor.indicator_id)
        .where(m.Indicator.version_id == version.id)
    ).scalars()
    for d in rows:
        descriptors[d.indicator_id][d.level] = fw.Text(d.text_th, d.text_en)
    by_comp: dict[str, list[fw.Indicator]] = defaultdict(list)
    for ind in session.scalars(
        select(m.Indicator)
        .where(m.Indicator.version_id == version.id)
        .order_by(m.Indicator.position)
    ):
        levels = tuple(descriptors[ind.id][lv] for lv in sorted(descriptors[ind.id]))
        by_comp[ind.competency_code].append(
            fw.Indicator(
                ind.code,
                ind.competency_code,
                fw.Text(ind.text_th, ind.text_en),
                levels,
                ind.retired,
            )
        )
    comps = tuple(
        fw.Competency(c.code, c.domain, fw.Text(c.name_th, c.name_en), tuple(by_comp[c.code]))
        for c in session.scalars(select(m.Competency).order_by(m.Competency.position))
    )
    return fw.framework_from_parts(meta, comps, number)


def version_in_use(session: Session, number: int) -> bool:
    """Whether any rating was made against this version (then its wording is frozen)."""
    return bool(
        session.scalar(
            select(
                exists()
                .where(m.Rating.indicator_id == m.Indicator.id)
                .where(m.Indicator.version_id == m.FrameworkVersion.id)
                .where(m.FrameworkVersion.number == number)
            )
        )
    )


def save_indicator(database, indicator: fw.Indicator, note: str = "") -> tuple[int, bool]:
    """Add or change an indicator (its wording, level sentences, or retired flag).

    Once any rating uses the latest version, the change goes into a new version, so old
    ratings keep the wording they were made against. Returns (version number, new?).
    """
    with database.write() as session:
        return save_indicator_in(session, indicator, note)


def save_indicator_in(
    session: Session, indicator: fw.Indicator, note: str = ""
) -> tuple[int, bool]:
    """``save_indicator`` inside a write transaction the caller holds."""
    number = latest_version(session)
    current = load_framework(session, number)
    if current.competency(indicator.competency) is None:
        raise fw.FrameworkError(f"unknown competency {indicator.competency}")
    if len(indicator.levels) != 5:
        raise fw.FrameworkError(f"{indicator.code}: needs a sentence for each level 1–5")
    edited = current.with_indicator(indicator)
    if version_in_use(session, number):
        meta = session.scalars(
            select(m.FrameworkVersion.meta).where(m.FrameworkVersion.number == number)
        ).one()
        _add_version(session, edited, meta, number + 1, note or f"edit {indicator.code}")
        return number + 1, True
    row = _indicator_row(session, number, indicator.code)
    if row is None:
        position = len(current.competency(indicator.competency).indicators)
        _add_indicator(session, _version_id(session, number), indicator, position)
    else:
        row.text_th, row.text_en, row.retired = (
            indicator.text.th,
            indicator.text.en,
            indicator.retired,
        )
        for d in session.scalars(
            select(m.LevelDescriptor).where(m.LevelDescriptor.indicator_id == row.id)
        ):
            d.text_th, d.text_en = (
                indicator.levels[d.level - 1].th,
                indicator.levels[d.level - 1].en,
            )
    return number, False


def _version_id(session: Session, number: int) -> int:
    return session.scalars(
        select(m.FrameworkVersion.id).where(m.FrameworkVersion.number == number)
    ).one()


def _indicator_row(session: Session, number: int, code: str) -> m.Indicator | None:
    return session.scalars(
        select(m.Indicator).where(
            m.Indicator.version_id == _version_id(session, number), m.Indicator.code == code
        )
    ).one_or_none()


def version_has_rounds(session: Session, number: int) -> bool:
    """Whether any round was set up on this version."""
    version_id = _version_id(session, number)
    return bool(session.scalar(select(exists().where(m.Round.framework_version_id == version_id))))


def remove_indicator_in(session: Session, number: int, code: str) -> None:
    """Take an indicator out of version ``number`` (only ever one no rating uses)."""
    row = _indicator_row(session, number, code)
    if row is None:
        return
    session.execute(delete(m.LevelDescriptor).where(m.LevelDescriptor.indicator_id == row.id))
    session.delete(row)


def remove_version_in(session: Session, number: int) -> None:
    """Delete version ``number`` with its wording (only ever one no rating or round uses)."""
    version_id = _version_id(session, number)
    indicator_ids = select(m.Indicator.id).where(m.Indicator.version_id == version_id)
    session.execute(
        delete(m.LevelDescriptor).where(m.LevelDescriptor.indicator_id.in_(indicator_ids))
    )
    session.execute(delete(m.Indicator).where(m.Indicator.version_id == version_id))
    session.execute(delete(m.FrameworkVersion).where(m.FrameworkVersion.id == version_id))


def load_targets(session: Session) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for t in session.scalars(select(m.Target)):
        out[t.role][t.competency_code] = t.level
    return dict(out)


def set_target(database, role: str, code: str, level: int) -> int:
    """Set a role's target in a competency; returns the level stored before."""
    if level not in range(1, 6):
        raise fw.FrameworkError(f"target for {role} {code}: expected a level 1–5")
    with database.write() as session:
        target = session.get(m.Target, (role, code))
        if target is None:
            raise fw.FrameworkError(f"unknown role or competency: {role} {code}")
        before = target.level
        target.level = level
        return before


PAIR_KEYS = ("supplier_min", "learner_max", "gap_min")
PAIR_RANGE = (1.0, 5.0)
# What pair_settings_problem says is wrong.
OUT_OF_RANGE, LEARNER_NOT_BELOW_SUPPLIER = "out_of_range", "learner_not_below_supplier"


class BadPairSettings(fw.FrameworkError):
    """Thresholds that break the rule; ``problem`` is one of the constants above."""

    def __init__(self, problem: str):
        super().__init__(f"learning-pair thresholds refused: {problem}")
        self.problem = problem


def pair_settings_problem(settings: PairSettings) -> str | None:
    """What is wrong with these thresholds, or None.

    Each is a level within 1–5, and a learner's score must be below a supplier's, or one
    person could be asked both to teach and to learn the same thing.
    """
    low, high = PAIR_RANGE
    if not all(low <= getattr(settings, key) <= high for key in PAIR_KEYS):
        return OUT_OF_RANGE
    if not settings.learner_max < settings.supplier_min:
        return LEARNER_NOT_BELOW_SUPPLIER
    return None


# key -> the stored text, or None where nothing is stored (the default applies)
StoredPairValues = dict[str, str | None]


def stored_pair_values(session: Session) -> StoredPairValues:
    """Exactly what the setting table holds for the thresholds."""
    stored = dict(
        session.execute(
            select(m.Setting.key, m.Setting.value).where(m.Setting.key.in_(PAIR_KEYS))
        ).all()
    )
    return {key: stored.get(key) for key in PAIR_KEYS}


def load_pair_settings(session: Session) -> PairSettings:
    stored = stored_pair_values(session)
    return PairSettings(**{key: float(value) for key, value in stored.items() if value is not None})


def save_pair_settings(database, settings: PairSettings) -> StoredPairValues:
    """Store the thresholds (refused with BadPairSettings); returns what was stored before."""
    problem = pair_settings_problem(settings)
    if problem is not None:
        raise BadPairSettings(problem)
    return restore_pair_values(database, pair_values(settings))


def pair_values(settings: PairSettings) -> StoredPairValues:
    """The setting rows that store ``settings``."""
    return {key: str(float(getattr(settings, key))) for key in PAIR_KEYS}


def restore_pair_values(database, values: StoredPairValues) -> StoredPairValues:
    """Put the setting rows back exactly (None removes one); returns what was there before."""
    with database.write() as session:
        before = stored_pair_values(session)
        put_pair_values(session, values)
        return before


def put_pair_values(session: Session, values: StoredPairValues) -> None:
    """Make the setting rows hold ``values`` (None: no row), within the caller's transaction."""
    for key in PAIR_KEYS:
        row = session.get(m.Setting, key)
        value = values.get(key)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(m.Setting(key=key, value=value))
        else:
            row.value = value
