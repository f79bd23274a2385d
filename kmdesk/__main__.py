"""Lets `python -m kmdesk` behave like the `kmdesk` command."""

from kmdesk.cli.main import main

raise SystemExit(main())
