"""Files in and out: the ratings file (CSV/XLSX) and, later, team bundles."""
