"""The bundle format: a zip of versioned JSON entries and a manifest; records to JSON."""

# README "Moving ratings between PCs" documents every field; keep the two in step.
# Format versions: a reader refuses a bundle whose format_version is newer than its own.
# Every entry is UTF-8 JSON; lists are sorted, so one database gives the same bytes again
# (bar the manifest's time).

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field

from kmdesk.store.bundle_records import Records

FORMAT = "kmdesk-bundle"
FORMAT_VERSION = 1
SUFFIX = ".kmdesk"
MANIFEST = "manifest.json"
FRAMEWORK, PEOPLE, RATINGS = "framework.json", "people.json", "ratings.json"
ENTRIES = (FRAMEWORK, PEOPLE, RATINGS)
# Added later in format 1: a bundle from before has neither the entry nor its counts, and
# reads as one with no agreed levels or actions. (An older kmdesk skips them.)
LEARNING = "learning.json"
# Added later still: the UUIDs deleted on the PC that made the bundle (README "The bundle
# format"), so a merge never brings back what was deleted. An older kmdesk skips it too.
DELETIONS = "deletions.json"
OPTIONAL_ENTRIES = (LEARNING, DELETIONS)
COUNTS = ("teams", "people", "rounds", "framework_versions", "ratings", "events", "aliases")
OPTIONAL_COUNTS = ("agreed_levels", "actions", "learning_events", "deletions")
SELECTION = ("person", "team", "round")


@dataclass(frozen=True)
class Manifest:
    """What a bundle says about itself: who made it, when, what it holds, and checksums."""

    format_version: int
    app_version: str
    pc: str
    exported_at: dt.datetime  # naive UTC
    everything: bool  # exported with --all
    selection: dict[str, str] = field(default_factory=dict)  # person, team, round as asked
    counts: dict[str, int] = field(default_factory=dict)
    entries: dict[str, tuple[int, str]] = field(default_factory=dict)  # name -> bytes, sha256


def time_text(when: dt.datetime) -> str:
    """A naive UTC time as ISO 8601 with a Z, microseconds kept."""
    return when.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def counts_of(records: Records) -> dict[str, int]:
    return {
        "teams": len(records.teams),
        "people": len(records.people),
        "rounds": len(records.rounds),
        "framework_versions": len(records.versions),
        "ratings": len(records.ratings),
        "events": sum(len(r.events) for r in records.ratings),
        "aliases": len(records.aliases),
        "agreed_levels": sum(1 for r in records.learning if r.kind == "agreed"),
        "actions": sum(1 for r in records.learning if r.kind == "action"),
        "learning_events": sum(len(r.events) for r in records.learning),
        "deletions": len(records.deletions),
    }


def _json(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode(
        "utf-8"
    )


def _framework(records: Records) -> dict:
    return {
        "competencies": [
            {
                "code": c.code,
                "domain": c.domain,
                "name_th": c.name_th,
                "name_en": c.name_en,
                "position": c.position,
            }
            for c in sorted(records.competencies, key=lambda c: c.code)
        ],
        "versions": [
            {
                "number": v.number,
                "created_at": time_text(v.created_at),
                "note": v.note,
                "meta": v.meta,
                "indicators": [
                    {
                        "code": i.code,
                        "competency": i.competency,
                        "position": i.position,
                        "text_th": i.text_th,
                        "text_en": i.text_en,
                        "retired": i.retired,
                        "levels": [{"th": th, "en": en} for th, en in i.levels],
                    }
                    for i in v.indicators
                ],
            }
            for v in sorted(records.versions, key=lambda v: v.number)
        ],
        "targets": [
            {"role": role, "competency": code, "level": level}
            for role, code, level in sorted(records.targets)
        ],
        "pair_settings": dict(sorted(records.pair_values.items())),
    }


def _people(records: Records) -> dict:
    return {
        "teams": [{"uid": t.uid, "name": t.name} for t in sorted(records.teams, key=_by_uid)],
        "people": [
            {"uid": p.uid, "name": p.name, "agency": p.agency, "team": p.team, "active": p.active}
            for p in sorted(records.people, key=_by_uid)
        ],
        "rounds": [
            {
                "uid": r.uid,
                "title": r.title,
                "held_on": r.held_on.isoformat(),
                "framework_version": r.version,
            }
            for r in sorted(records.rounds, key=_by_uid)
        ],
        "aliases": [
            {"uid": a.uid, "kind": a.kind, "target": a.target}
            for a in sorted(records.aliases, key=_by_uid)
        ],
    }


def _ratings(records: Records) -> dict:
    return {
        "ratings": [
            {
                "person": r.key[0],
                "round": r.key[1],
                "role": r.key[2],
                "indicator": r.key[3],
                "uid": r.uid,
                "history": [
                    {
                        "level": e.level,
                        "evidence": e.evidence,
                        "deleted": e.deleted,
                        "at": time_text(e.at),
                        "pc": e.pc,
                    }
                    for e in r.events
                ],
            }
            for r in sorted(records.ratings, key=lambda r: r.key)
        ]
    }


def _learning(records: Records) -> dict:
    def event(e) -> dict:
        values = dict(e.values)
        if "due" in values:
            values["due"] = values["due"].isoformat() if values["due"] else None
        return {**values, "deleted": e.deleted, "at": time_text(e.at), "pc": e.pc}

    return {
        key: [
            {"uid": r.uid, "history": [event(e) for e in r.events]}
            for r in sorted(records.learning, key=_by_uid)
            if r.kind == kind
        ]
        for key, kind in (("agreed_levels", "agreed"), ("actions", "action"))
    }


def _deletions(records: Records) -> dict:
    return {
        "deleted": [
            {"uid": d.uid, "kind": d.kind, "at": time_text(d.at), "pc": d.pc}
            for d in sorted(records.deletions, key=_by_uid)
        ]
    }


def _by_uid(record) -> str:
    return record.uid


def encode(records: Records, manifest: Manifest) -> dict[str, bytes]:
    """Every entry of the bundle, the manifest (with counts and checksums) included."""
    entries = {
        FRAMEWORK: _json(_framework(records)),
        PEOPLE: _json(_people(records)),
        RATINGS: _json(_ratings(records)),
        LEARNING: _json(_learning(records)),
        DELETIONS: _json(_deletions(records)),
    }
    head = {
        "format": FORMAT,
        "format_version": manifest.format_version,
        "app_version": manifest.app_version,
        "pc": manifest.pc,
        "exported_at": time_text(manifest.exported_at),
        "all": manifest.everything,
        "selection": {key: manifest.selection.get(key) for key in SELECTION},
        "counts": counts_of(records),
        "entries": {
            name: {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in entries.items()
        },
    }
    return {MANIFEST: json.dumps(head, ensure_ascii=False, indent=1).encode("utf-8"), **entries}
