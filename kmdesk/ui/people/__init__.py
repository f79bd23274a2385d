"""The People page: teams, facilitators and rounds."""
