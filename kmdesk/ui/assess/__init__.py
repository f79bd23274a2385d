"""The Assess page: one person rating themselves, indicator by indicator."""
