"""The main window and what hangs off its menus: opening databases, first run, help, bundles."""
