"""A bundle's JSON to records, every field and reference checked before anything is merged."""

from __future__ import annotations

from kmdesk.assess import framework as fw
from kmdesk.assess.pairs import PairSettings
from kmdesk.assess.people import MAX_NAME, name_key
from kmdesk.assess.scale import LEVELS
from kmdesk.exchange import bundle_check as c
from kmdesk.exchange import bundle_learning as learning_entry
from kmdesk.exchange import bundle_ratings
from kmdesk.exchange.bundle_format import (
    COUNTS,
    DELETIONS,
    ENTRIES,
    FORMAT,
    FORMAT_VERSION,
    FRAMEWORK,
    LEARNING,
    OPTIONAL_COUNTS,
    OPTIONAL_ENTRIES,
    PEOPLE,
    RATINGS,
    SELECTION,
    Manifest,
    counts_of,
)
from kmdesk.store.bundle_records import (
    ALIAS_KINDS,
    AliasRec,
    CompetencyRec,
    DeletionRec,
    IndicatorRec,
    PersonRec,
    Records,
    RoundRec,
    TeamRec,
    VersionRec,
)
from kmdesk.store.frameworks import PAIR_KEYS, pair_settings_problem
from kmdesk.store.models import ROLE_CODES

MAX_ITEMS = 100_000  # teams, people, rounds, aliases, versions or competencies in one bundle


class NotABundle(Exception):
    """The manifest does not say it is a kmdesk bundle."""


class NewerFormat(Exception):
    """A bundle written in a newer format than this kmdesk reads; ``str()`` says which."""


def manifest(data: bytes) -> Manifest:
    """The manifest, checked; NotABundle, NewerFormat or bundle_check.Damaged."""
    try:
        node = c.obj(c.parse_json(data, "manifest.json"), "manifest.json")
    except c.Damaged:
        raise NotABundle() from None
    if node.get("format") != FORMAT:
        raise NotABundle()
    version = node.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerFormat(
            f"was made by a newer kmdesk (bundle format {version}; this kmdesk reads format "
            f"{FORMAT_VERSION}); please update kmdesk to merge it"
        )
    c.whole(version, "manifest.json format_version", 1, FORMAT_VERSION)
    where = "manifest.json"
    counts = c.obj(c.field(node, "counts", where), f"{where} counts")
    entries = c.obj(c.field(node, "entries", where), f"{where} entries")
    selection = c.obj(node.get("selection") or {}, f"{where} selection")
    listed = {}
    for entry in (*ENTRIES, *(e for e in OPTIONAL_ENTRIES if e in entries)):
        about = c.obj(c.field(entries, entry, f"{where} entries"), f"{where} {entry}")
        size = c.whole(c.field(about, "bytes", entry), f"{where} {entry} bytes", 0, 2**40)
        digest = c.text(c.field(about, "sha256", entry), f"{where} {entry} sha256", 64)
        listed[entry] = (size, digest.lower())
    return Manifest(
        format_version=version,
        app_version=c.text(node.get("app_version", ""), f"{where} app_version", 40),
        pc=c.text(node.get("pc", ""), f"{where} pc", 40),
        exported_at=c.time(c.field(node, "exported_at", where), f"{where} exported_at"),
        everything=c.flag(node.get("all", False), f"{where} all"),
        selection={
            key: c.text(selection[key], f"{where} selection {key}", 200)
            for key in SELECTION
            if selection.get(key) is not None
        },
        counts={
            key: c.whole(c.field(counts, key, f"{where} counts"), f"{where} {key}", 0, 2**40)
            for key in COUNTS
        }
        | {key: c.whole(counts.get(key, 0), f"{where} {key}", 0, 2**40) for key in OPTIONAL_COUNTS},
        entries=listed,
    )


def records(manifest: Manifest, entries: dict[str, bytes]) -> Records:
    """The records of a bundle whose entries passed their checksums; Damaged if not sound."""
    framework = c.obj(c.parse_json(entries[FRAMEWORK], FRAMEWORK), FRAMEWORK)
    people = c.obj(c.parse_json(entries[PEOPLE], PEOPLE), PEOPLE)
    ratings = c.obj(c.parse_json(entries[RATINGS], RATINGS), RATINGS)
    out = Records()
    _framework(framework, out)
    _people(people, out)
    bundle_ratings.read(ratings, out)
    if LEARNING in entries:
        learning_entry.read(c.obj(c.parse_json(entries[LEARNING], LEARNING), LEARNING), out)
    if DELETIONS in entries:
        _deletions(c.obj(c.parse_json(entries[DELETIONS], DELETIONS), DELETIONS), out)
    found = counts_of(out)
    for key in (*COUNTS, *OPTIONAL_COUNTS):
        if found[key] != manifest.counts[key]:
            raise c.Damaged(
                f"the manifest counts {manifest.counts[key]:,} {key} but the bundle holds "
                f"{found[key]:,}"
            )
    return out


# --- framework.json ------------------------------------------------------------------------


def _framework(node: dict, out: Records) -> None:
    where = FRAMEWORK
    for at, item in c.each(node, "competencies", where, MAX_ITEMS):
        out.competencies.append(
            CompetencyRec(
                c.text(c.field(item, "code", at), f"{at} code", 8),
                c.text(c.field(item, "domain", at), f"{at} domain", 4),
                c.text(c.field(item, "name_th", at), f"{at} name_th"),
                c.text(c.field(item, "name_en", at), f"{at} name_en"),
                c.whole(c.field(item, "position", at), f"{at} position", 0, 10_000),
            )
        )
    codes = [x.code for x in out.competencies]
    c.unique(codes, f"{where} competencies", "code")
    for at, item in c.each(node, "versions", where, MAX_ITEMS):
        out.versions.append(_version(item, at, set(codes)))
    c.unique([v.number for v in out.versions], f"{where} versions", "number")
    for at, item in c.each(node, "targets", where, MAX_ITEMS):
        role = c.text(c.field(item, "role", at), f"{at} role", 16)
        code = c.text(c.field(item, "competency", at), f"{at} competency", 8)
        if role not in ROLE_CODES or code not in codes:
            raise c.Damaged(f"{at} names an unknown role or competency")
        level = c.whole(c.field(item, "level", at), f"{at} level", LEVELS[0], LEVELS[-1])
        out.targets.append((role, code, level))
    c.unique([t[:2] for t in out.targets], f"{where} targets", "role and competency")
    pairs = c.obj(c.field(node, "pair_settings", where), f"{where} pair_settings")
    if set(pairs) - set(PAIR_KEYS):
        raise c.Damaged(f"{where} pair_settings holds an unknown setting")
    out.pair_values = {
        key: c.optional(pairs.get(key), c.number_text, f"{where} pair_settings {key}")
        for key in PAIR_KEYS
    }
    given = {key: float(value) for key, value in out.pair_values.items() if value is not None}
    if pair_settings_problem(PairSettings(**given)) is not None:
        raise c.Damaged(f"{where} pair_settings breaks the rule for learning-pair thresholds")


def _version(item: dict, at: str, codes: set[str]) -> VersionRec:
    number = c.whole(c.field(item, "number", at), f"{at} number", 1, 1_000_000)
    meta = c.obj(c.field(item, "meta", at), f"{at} meta")
    try:
        fw.framework_from_parts(meta, (), number)
    except (fw.FrameworkError, KeyError, TypeError, AttributeError, ValueError):
        raise c.Damaged(f"{at} meta is not a framework's purpose, roles and scale") from None
    indicators = []
    nodes = c.items(c.field(item, "indicators", at), f"{at} indicators", MAX_ITEMS)
    for k, node in enumerate(nodes):
        where = f"{at} indicators[{k}]"
        node = c.obj(node, where)
        levels = c.items(c.field(node, "levels", where), f"{where} levels", len(LEVELS))
        if len(levels) != len(LEVELS):
            raise c.Damaged(f"{where} levels needs a sentence for each level 1–5")
        competency = c.text(c.field(node, "competency", where), f"{where} competency", 8)
        if competency not in codes:
            raise c.Damaged(f"{where} names an unknown competency")
        indicators.append(
            IndicatorRec(
                c.text(c.field(node, "code", where), f"{where} code", 16),
                competency,
                c.whole(c.field(node, "position", where), f"{where} position", 0, 10_000),
                c.text(c.field(node, "text_th", where), f"{where} text_th"),
                c.text(c.field(node, "text_en", where), f"{where} text_en"),
                c.flag(c.field(node, "retired", where), f"{where} retired"),
                tuple(_level(lv, f"{where} levels[{n}]") for n, lv in enumerate(levels)),
            )
        )
    c.unique([x.code for x in indicators], f"{at} indicators", "code")
    return VersionRec(
        number,
        c.time(c.field(item, "created_at", at), f"{at} created_at"),
        c.text(c.field(item, "note", at), f"{at} note"),
        meta,
        tuple(sorted(indicators, key=lambda x: (x.competency, x.position, x.code))),
    )


def _level(node: object, where: str) -> tuple[str, str]:
    node = c.obj(node, where)
    return (
        c.text(c.field(node, "th", where), f"{where} th"),
        c.text(c.field(node, "en", where), f"{where} en"),
    )


# --- people.json ---------------------------------------------------------------------------


def _people(node: dict, out: Records) -> None:
    where = PEOPLE
    for at, item in c.each(node, "teams", where, MAX_ITEMS):
        out.teams.append(
            TeamRec(
                c.uid(c.field(item, "uid", at), f"{at} uid"),
                c.name(c.field(item, "name", at), f"{at} name"),
            )
        )
    c.unique([t.uid for t in out.teams], f"{where} teams", "uid")
    c.unique([name_key(t.name) for t in out.teams], f"{where} teams", "name")
    teams = {t.uid for t in out.teams}
    for at, item in c.each(node, "people", where, MAX_ITEMS):
        team = c.optional(c.field(item, "team", at), c.uid, f"{at} team")
        if team is not None and team not in teams:
            raise c.Damaged(f"{at} team is not among the bundle's teams")
        out.people.append(
            PersonRec(
                c.uid(c.field(item, "uid", at), f"{at} uid"),
                c.name(c.field(item, "name", at), f"{at} name"),
                " ".join(c.text(c.field(item, "agency", at), f"{at} agency", MAX_NAME).split()),
                team,
                c.flag(c.field(item, "active", at), f"{at} active"),
            )
        )
    c.unique([p.uid for p in out.people], f"{where} people", "uid")
    c.unique([(p.team, name_key(p.name)) for p in out.people], f"{where} people", "name in a team")
    versions = {v.number for v in out.versions}
    for at, item in c.each(node, "rounds", where, MAX_ITEMS):
        number = c.whole(
            c.field(item, "framework_version", at), f"{at} framework_version", 1, 1_000_000
        )
        if number not in versions:
            raise c.Damaged(f"{at} framework_version is not among the bundle's versions")
        out.rounds.append(
            RoundRec(
                c.uid(c.field(item, "uid", at), f"{at} uid"),
                c.name(c.field(item, "title", at), f"{at} title"),
                c.date(c.field(item, "held_on", at), f"{at} held_on"),
                number,
            )
        )
    c.unique([r.uid for r in out.rounds], f"{where} rounds", "uid")
    c.unique([name_key(r.title) for r in out.rounds], f"{where} rounds", "title")
    for at, item in c.each(node, "aliases", where, MAX_ITEMS):
        kind = c.field(item, "kind", at)
        if kind not in ALIAS_KINDS:
            raise c.Damaged(f"{at} kind is not one of {', '.join(ALIAS_KINDS)}")
        alias = AliasRec(
            c.uid(c.field(item, "uid", at), f"{at} uid"),
            kind,
            c.uid(c.field(item, "target", at), f"{at} target"),
        )
        if alias.uid == alias.target:
            raise c.Damaged(f"{at} points at itself")
        out.aliases.append(alias)
    c.unique([a.uid for a in out.aliases], f"{where} aliases", "uid")


# --- deletions.json ------------------------------------------------------------------------


def _deletions(node: dict, out: Records) -> None:
    where = DELETIONS
    for at, item in c.each(node, "deleted", where, MAX_ITEMS):
        kind = c.field(item, "kind", at)
        if kind not in ALIAS_KINDS:
            raise c.Damaged(f"{at} kind is not one of {', '.join(ALIAS_KINDS)}")
        out.deletions.append(
            DeletionRec(
                c.uid(c.field(item, "uid", at), f"{at} uid"),
                kind,
                c.time(c.field(item, "at", at), f"{at} at"),
                c.text(c.field(item, "pc", at), f"{at} pc", 36),
            )
        )
    c.unique([d.uid for d in out.deletions], f"{where} deleted", "uid")
