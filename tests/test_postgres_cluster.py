"""The throwaway PostgreSQL itself (tests/postgres.py): it starts, and each test gets its own
empty database."""

from __future__ import annotations


def test_each_test_gets_a_fresh_empty_database(postgres_cluster: object) -> None:
    import psycopg

    first = postgres_cluster.new_database()  # type: ignore[attr-defined]
    second = postgres_cluster.new_database()  # type: ignore[attr-defined]
    assert first != second
    with psycopg.connect(first, autocommit=True) as db:
        db.execute("CREATE TABLE only_here (x integer)")
    with psycopg.connect(second) as db:
        tables = db.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        assert tables == (0,)
        assert db.execute("SELECT current_setting('server_version_num')::int").fetchone()[0] > 0
