"""The Framework page: competencies, indicators, targets, pair thresholds, behind an edit mode."""
