"""argparse's own words ("usage:", "error:", "required") in the command's language."""

from __future__ import annotations

import argparse

from kmdesk.cli import language
from kmdesk.wording import QT_TRANSLATE_NOOP

CONTEXT = "ArgumentParser"
# argparse's messages as Python 3.11–3.13 write them (its gettext message ids), for lupdate.
MESSAGES = (
    QT_TRANSLATE_NOOP("ArgumentParser", "usage: "),
    QT_TRANSLATE_NOOP("ArgumentParser", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "positional arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "options"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show this help message and exit"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at most one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected at least one argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s argument"),
    QT_TRANSLATE_NOOP("ArgumentParser", "expected %s arguments"),
    QT_TRANSLATE_NOOP("ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("ArgumentParser", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("ArgumentParser", "show program's version number and exit"),
)


def _gettext(message: str) -> str:
    return language.translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Make argparse speak the command's language.

    argparse looks its words up through the module's own ``_`` and ``ngettext`` (gettext,
    with no Thai catalogue) each time it needs one; pointing them at the Linguist words is
    the way its messages can be translated without copying argparse. Call before building
    the parser: the -h option's help is looked up then.
    """
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
