"""Lets `python -m kmdesk` behave like the `kmdesk` command."""

from kmdesk.cli import main

raise SystemExit(main())
