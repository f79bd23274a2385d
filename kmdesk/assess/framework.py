"""The competency framework: domains, competencies K1–K3/S1–S9, indicators and level sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from kmdesk.assess.scale import LEVELS


@dataclass(frozen=True)
class Text:
    """One piece of wording in Thai and English."""

    th: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.th


@dataclass(frozen=True)
class Indicator:
    """An observable indicator of a competency, with one sentence per level."""

    code: str
    competency: str
    text: Text
    levels: tuple[Text, ...]  # index 0 is level 1
    retired: bool = False

    def level_text(self, level: int) -> Text:
        return self.levels[level - 1]


@dataclass(frozen=True)
class Competency:
    """A knowledge item or skill with a stable code (K1–K3, S1–S9)."""

    code: str
    domain: str
    name: Text
    indicators: tuple[Indicator, ...] = ()

    @property
    def active_indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for ind in self.indicators if not ind.retired)


@dataclass(frozen=True)
class Domain:
    """Knowledge (K) or Skill (S)."""

    code: str
    name: Text


@dataclass(frozen=True)
class Role:
    """A role a facilitator rates themselves in: coordinator, process lead or recorder."""

    code: str
    name: Text
    about: Text


@dataclass(frozen=True)
class Framework:
    """One version of the framework; competency codes stay stable across versions."""

    version: int
    purpose: Text
    goals: tuple[Text, ...]
    domains: tuple[Domain, ...]
    competencies: tuple[Competency, ...]
    roles: tuple[Role, ...]
    level_names: tuple[Text, ...]
    not_sure: Text
    _by_code: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, object] = {}
        for comp in self.competencies:
            index[comp.code] = comp
            for ind in comp.indicators:
                index[ind.code] = ind
        object.__setattr__(self, "_by_code", index)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(comp.code for comp in self.competencies)

    @property
    def role_codes(self) -> tuple[str, ...]:
        return tuple(role.code for role in self.roles)

    def competency(self, code: str) -> Competency | None:
        found = self._by_code.get(code)
        return found if isinstance(found, Competency) else None

    def indicator(self, code: str) -> Indicator | None:
        found = self._by_code.get(code)
        return found if isinstance(found, Indicator) else None

    def role(self, code: str) -> Role | None:
        return next((role for role in self.roles if role.code == code), None)

    def role_names(self, lang: str) -> dict[str, str]:
        """Each role's code -> its name in ``lang``."""
        return {role.code: role.name.get(lang) for role in self.roles}

    def domain_of(self, competency_code: str) -> str:
        comp = self.competency(competency_code)
        return comp.domain if comp else ""

    def resolve_indicator(self, code: str) -> Indicator | None:
        """An indicator code, or a competency code meaning that competency's first indicator."""
        code = code.strip().upper()
        found = self.indicator(code)
        if found is not None:
            return found
        comp = self.competency(code)
        if comp is not None and comp.active_indicators:
            return comp.active_indicators[0]
        return None

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        return tuple(ind for comp in self.competencies for ind in comp.indicators)

    def with_indicator(self, indicator: Indicator) -> Framework:
        """A copy in which ``indicator`` is added or replaces the one with its code."""
        if self.competency(indicator.competency) is None:
            raise FrameworkError(f"unknown competency {indicator.competency!r}")
        comps = []
        for comp in self.competencies:
            if comp.code != indicator.competency:
                comps.append(comp)
                continue
            inds = list(comp.indicators)
            at = next((i for i, ind in enumerate(inds) if ind.code == indicator.code), None)
            if at is None:
                inds.append(indicator)
            else:
                inds[at] = indicator
            comps.append(replace(comp, indicators=tuple(inds)))
        return replace(self, competencies=tuple(comps))

    def next_indicator_code(self, competency_code: str) -> str:
        comp = self.competency(competency_code)
        taken = {ind.code for ind in comp.indicators} if comp else set()
        n = 1
        while f"{competency_code}.{n}" in taken:
            n += 1
        return f"{competency_code}.{n}"


class FrameworkError(ValueError):
    """A framework file or edit that breaks the framework's rules."""


def _text(node: Mapping, where: str, prefix: str = "") -> Text:
    th = node.get(f"{prefix}th") if isinstance(node, Mapping) else None
    en = node.get(f"{prefix}en") if isinstance(node, Mapping) else None
    if not (isinstance(th, str) and th.strip() and isinstance(en, str) and en.strip()):
        raise FrameworkError(f"{where}: expected Thai and English text ('th' and 'en')")
    return Text(th.strip(), en.strip())


def indicator_from_dict(node: Mapping, competency: str) -> Indicator:
    code = str(node.get("code", "")).strip()
    if not code.startswith(f"{competency}."):
        raise FrameworkError(f"indicator {code!r}: its code must start with {competency}.")
    levels_node = node.get("levels") or {}
    levels = tuple(_text(levels_node.get(str(lv), {}), f"{code} level {lv}") for lv in LEVELS)
    return Indicator(
        code=code,
        competency=competency,
        text=_text(node, code),
        levels=levels,
        retired=bool(node.get("retired", False)),
    )


def framework_from_dict(data: Mapping, version: int = 1) -> Framework:
    """Build and check a framework from the JSON shape of resources/framework/default.json."""
    domain_codes = {d.get("code") for d in data["domains"]}
    comps = []
    for node in data["competencies"]:
        code = str(node.get("code", "")).strip()
        if node.get("domain") not in domain_codes:
            raise FrameworkError(f"competency {code}: unknown domain {node.get('domain')!r}")
        inds = tuple(indicator_from_dict(i, code) for i in node.get("indicators", ()))
        if not inds:
            raise FrameworkError(f"competency {code}: needs at least one indicator")
        comps.append(Competency(code, node["domain"], _text(node, code), inds))
    codes = [c.code for c in comps]
    if len(set(codes)) != len(codes):
        raise FrameworkError("competency codes must be unique")
    return framework_from_parts(data, tuple(comps), version)


def framework_from_parts(
    meta: Mapping, competencies: tuple[Competency, ...], version: int
) -> Framework:
    """A framework from its competencies and the rest of the file's shape (purpose, roles…)."""
    roles = tuple(
        Role(r["code"], _text(r, f"role {r.get('code')}"), _text(r, f"role {r['code']}", "about_"))
        for r in meta["roles"]
    )
    scale = meta["scale"]
    level_names = tuple(_text(lv, f"scale level {lv.get('level')}") for lv in scale["levels"])
    if len(level_names) != len(LEVELS):
        raise FrameworkError(f"the scale needs {len(LEVELS)} level names")
    return Framework(
        version=version,
        purpose=_text(meta["purpose"], "purpose"),
        goals=tuple(_text(g, "goal") for g in meta.get("goals", ())),
        domains=tuple(
            Domain(d["code"], _text(d, f"domain {d.get('code')}")) for d in meta["domains"]
        ),
        competencies=competencies,
        roles=roles,
        level_names=level_names,
        not_sure=_text(scale["not_sure"], "scale not_sure"),
    )


def targets_from_dict(data: Mapping, framework: Framework) -> dict[str, dict[str, int]]:
    """Target level per role and competency; every role and competency must be present."""
    out: dict[str, dict[str, int]] = {}
    for role in framework.role_codes:
        per_role = data.get(role) or {}
        out[role] = {}
        for code in framework.codes:
            level = per_role.get(code)
            if isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS:
                raise FrameworkError(f"target for {role} {code}: expected a level 1–5")
            out[role][code] = level
    return out


def parse_role(text: str, roles: Iterable[Role]) -> str | None:
    """A role code from its code, its English name or any form of its Thai label."""
    # Spacing is ignored: "ผู้บันทึก(คุณบันทึก)" is typed as often as "ผู้บันทึก (คุณบันทึก)".
    wanted = "".join(str(text).split()).casefold()
    if not wanted:
        return None
    for role in roles:
        names = {role.code, role.name.en, role.name.th}
        # "ผู้บันทึก (คุณบันทึก)" may be typed as either part.
        if "(" in role.name.th:
            outer, _, inner = role.name.th.partition("(")
            names |= {outer, inner.rstrip(")")}
        if wanted in {"".join(n.split()).casefold() for n in names}:
            return role.code
    return None
