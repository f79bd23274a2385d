"""The ``kmdesk`` command: ``main`` parses the line and hands each sub-command to its module."""

from kmdesk.cli.main import main

__all__ = ["main"]
