"""The session journal: records, the SQLite store, exchange formats and the report."""
