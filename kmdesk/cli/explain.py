"""The lower layers' errors in the command's language, worded from their kind and fields.

The store, exchange and views raise errors whose ``str()`` is an English sentence and whose
kind and fields say what went wrong; they stay free of any language. Here, at the command's
boundary, each is worded again in the user's language: in English ``str()`` as it is, in
Thai from the kind and its fields, or, for a fixed sentence, from the same Linguist file.
"""

from __future__ import annotations

from kmdesk import wording
from kmdesk.assess.thaidate import format_date
from kmdesk.cli import language
from kmdesk.cli.language import translate
from kmdesk.wording import QT_TRANSLATE_NOOP

CONTEXT = "CliErrors"
# Fixed sentences the store and exchange use, looked up exactly; one not listed here stays
# in English rather than being guessed at.
SENTENCES = (
    QT_TRANSLATE_NOOP("CliErrors", "you may change only your own ratings; nothing was saved"),
    QT_TRANSLATE_NOOP(
        "CliErrors", "you may change only your own team's ratings; nothing was saved"
    ),
    QT_TRANSLATE_NOOP(
        "CliErrors",
        "only the network's administrator may change the framework, its targets and "
        "settings; nothing was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CliErrors", "you may change only your own team and its people; nothing was saved"
    ),
    QT_TRANSLATE_NOOP(
        "CliErrors",
        "only your team lead may change the team and its people; nothing was saved",
    ),
    QT_TRANSLATE_NOOP(
        "CliErrors",
        "only a team lead or the administrator may add or change rounds; nothing was saved",
    ),
    QT_TRANSLATE_NOOP("CliErrors", "your login may not make this change; nothing was saved"),
    QT_TRANSLATE_NOOP(
        "CliErrors",
        "other teams' records use this, and you may not change them; nothing was saved",
    ),
    QT_TRANSLATE_NOOP("CliErrors", "does not exist"),
    QT_TRANSLATE_NOOP("CliErrors", "is not a file"),
    QT_TRANSLATE_NOOP("CliErrors", "has a header but no ratings"),
    QT_TRANSLATE_NOOP("CliErrors", "has a header but nobody in it"),
    QT_TRANSLATE_NOOP("CliErrors", "has no sheet to read"),
    QT_TRANSLATE_NOOP("CliErrors", "is not a CSV text file (it holds binary data)"),
    QT_TRANSLATE_NOOP(
        "CliErrors", "is an Excel workbook, not a CSV file; save it with the .xlsx ending"
    ),
    QT_TRANSLATE_NOOP("CliErrors", "exists and is not a kmdesk bundle; it was left untouched"),
    QT_TRANSLATE_NOOP(
        "CliErrors", "exists and is not a kmdesk Table of Freedom; it was left untouched"
    ),
)


def sentence(text: str) -> str:
    """A fixed English sentence in the command's language (unchanged if not known).

    server_users marks its own sentences (context ServerUsers) where it raises them.
    """
    worded = translate(CONTEXT, text)
    return worded if worded != text else wording.translate("ServerUsers", text, language.current())


def explain(exc: BaseException) -> str:
    """What ``exc`` means for the user, in the command's language."""
    if isinstance(exc, LookupError) and getattr(exc, "kind", ""):
        return not_found(exc)
    if language.current() == "en":
        return str(exc)
    from kmdesk.exchange.problems import FileRejected
    from kmdesk.store.errors import DatabaseProblem, StoreError

    if isinstance(exc, FileRejected):
        return "\n".join(_problem(p) for p in exc.problems)
    if isinstance(exc, DatabaseProblem):
        return _database(exc)
    if isinstance(exc, StoreError):
        return _store(exc)
    return sentence(str(exc))


def _problem(p) -> str:
    from kmdesk.cli.file_words import problem_words

    message = problem_words(p.message) or sentence(p.message)
    if p.row is None:
        return f"{p.file}: {message}"
    if p.column:
        where = translate("CliErrors", "row {0}, column {1}").format(p.row, p.column)
    else:
        where = translate("CliErrors", "row {0}").format(p.row)
    return f"{p.file} {where}: {message}"


def _database(exc) -> str:
    from kmdesk.store import errors as e
    from kmdesk.store import server_errors as se

    kinds = (
        (e.NotKmdeskDatabase, QT_TRANSLATE_NOOP("CliErrors", "{0} is not a kmdesk database")),
        (
            e.DamagedDatabase,
            QT_TRANSLATE_NOOP("CliErrors", "{0} is damaged and cannot be opened"),
        ),
        (
            e.NewerDatabase,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "{0} was written by a newer version of kmdesk; please update kmdesk to open it",
            ),
        ),
        (
            e.NoSuchDatabase,
            QT_TRANSLATE_NOOP(
                "CliErrors", "{0}: no such database; to make a new one there: kmdesk db init PATH"
            ),
        ),
        (
            e.UpgradeFailed,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "{0} could not be upgraded to this version of kmdesk; it was put back as it "
                "was. Please send the log file to whoever supports kmdesk",
            ),
        ),
        (
            se.PasswordNeeded,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "{0}: the server wants a password, and none was found (.pgpass, PGSERVICE "
                "or the keyring)",
            ),
        ),
        (
            se.LoginRefused,
            QT_TRANSLATE_NOOP("CliErrors", "{0}: the server refused this login ({1})"),
        ),
        (
            se.NoServerDriver,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "{0}: this kmdesk opens database files only; a shared server needs kmdesk "
                "installed with its PostgreSQL driver (pip install kmdesk[postgres])",
            ),
        ),
        (
            se.ServerUnreachable,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "{0}: no server answers there; is it running, and is the address right?",
            ),
        ),
    )
    for kind, text in kinds:
        if isinstance(exc, kind):
            worded = translate(CONTEXT, text).format(exc.location, exc.message)
            break
    else:
        worded = translate("CliErrors", "{0} cannot be used ({1})").format(
            exc.location, exc.message
        )
    if isinstance(exc, e.DamagedDatabase) and exc.backup:
        worded += translate(
            "CliErrors", "; the newest backup is {0} (kmdesk db restore FILE)"
        ).format(exc.backup)
    return worded


def _store(exc) -> str:
    from kmdesk.store import errors as e
    from kmdesk.store import server_errors as se

    kinds = (
        (
            e.DiskFull,
            QT_TRANSLATE_NOOP(
                "CliErrors", "the disk is full, so nothing was saved. Free some space and try again"
            ),
        ),
        (
            e.DatabaseBusy,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "another program (perhaps another kmdesk) kept the database busy, so nothing "
                "was saved. Try again in a moment",
            ),
        ),
        (
            e.ReadOnlyDatabase,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "the database cannot be written (the file, its folder or the disk is "
                "read-only), so nothing was changed",
            ),
        ),
        (
            se.ConcurrentEdit,
            QT_TRANSLATE_NOOP(
                "CliErrors", "someone else's change got in the way; nothing was saved. Try again"
            ),
        ),
        (
            se.ConnectionLost,
            QT_TRANSLATE_NOOP(
                "CliErrors",
                "the connection to the server was lost; nothing was saved. Try again when "
                "the server answers",
            ),
        ),
    )
    for kind, text in kinds:
        if isinstance(exc, kind):
            return translate(CONTEXT, text)
    return sentence(str(exc))


def not_found(exc) -> str:
    """views' NotFoundByName worded from its parts: what was typed, and what is there."""
    typed, where = exc.typed, exc.where
    if exc.kind == "several" and language.current() == "en":
        return str(exc)
    if exc.kind == "several":
        text = (
            translate(
                "CliErrors",
                "{0!r} matches several facilitators in team {1}: {2}; give the full name",
            )
            if where
            else translate(
                "CliErrors",
                "{0!r} matches several facilitators: {2}; give the full name, or the team (--team)",
            )
        )
        return text.format(typed, where, ", ".join(_choice("facilitator", c) for c in exc.choices))
    missing = {
        "team": QT_TRANSLATE_NOOP("CliErrors", "no team named {0!r}"),
        "facilitator": QT_TRANSLATE_NOOP("CliErrors", "no facilitator named {0!r}"),
        "round": QT_TRANSLATE_NOOP("CliErrors", "no round {0!r}"),
        "role": QT_TRANSLATE_NOOP("CliErrors", "no role {0!r}"),
    }[exc.kind]
    head = translate(CONTEXT, missing).format(typed)
    if where:
        head += translate("CliErrors", " in team {0}").format(where)
    listed = ", ".join(_choice(exc.kind, c) for c in exc.choices)
    meant = _meant_round(typed, exc.choices) if exc.kind == "round" else None
    if meant is not None:
        hint = translate("CliErrors", "did you mean: {0}?").format(_choice("round", meant))
    elif exc.near:
        hint = translate("CliErrors", "did you mean: {0}?").format(listed)
    else:
        plural = {
            "team": QT_TRANSLATE_NOOP("CliErrors", "teams: {0}"),
            "facilitator": QT_TRANSLATE_NOOP("CliErrors", "facilitators: {0}"),
            "round": QT_TRANSLATE_NOOP("CliErrors", "rounds: {0}"),
            "role": QT_TRANSLATE_NOOP("CliErrors", "roles: {0}"),
        }[exc.kind]
        hint = translate(CONTEXT, plural).format(listed or translate("CliErrors", "(none)"))
        hint += " …" if exc.more else ""
    return f"{head}; {hint}"


def _meant_round(typed: str, choices: tuple[tuple, ...]) -> tuple | None:
    """The round a far date was most likely a slip for: a year converted between the
    calendars once too often or too few (3111-08-08 typed for 2568-08-08), or None."""
    import datetime as dt

    from kmdesk.assess.thaidate import DateError, likely_meant, parse_date

    try:
        day = parse_date(typed)
    except DateError:
        return None
    near = likely_meant(day, dt.date.today())
    if near is None:
        # Far from today but no slip of the calendar: the rounds' own dates decide.
        dates = [d for _t, d in choices]
        near = next((d for d in dates if likely_meant(day, d) == d), None)
    return next((c for c in choices if c[1] == near), None)


def _choice(kind: str, parts: tuple) -> str:
    if kind == "round":
        title, day = parts
        lang = language.current()
        # Thai readers date in the Buddhist Era; English keeps the ISO form typed back.
        shown = format_date(day, lang) if lang == "th" else day.isoformat()
        return f"{title} ({shown})"
    if kind == "facilitator":
        name, team = parts
        return f"{name} ({team or translate('CliErrors', 'no team')})"
    if kind == "role":
        code, thai = parts
        return f"{thai} ({code})"
    return str(parts[0])
