-- The journal schema at its current version (PRAGMA user_version = 7), as sqlite_master
-- holds it. tests/test_journal_store.py checks that a new journal and every older one, once
-- migrated, have exactly this schema. Update it together with a new migration.
-- Version 5 (session_owners) changed nothing here: it gives each session its keeper, and
-- the rules of who may change it, on PostgreSQL only (SQLite has no roles).
-- Version 7 (conflict_editors) adds who made the change an edit kept (conflicts.kept_by).

CREATE INDEX actions_by_due ON actions (status, due);

CREATE INDEX actions_by_session ON actions (session_id, position);

CREATE INDEX conflicts_by_session ON conflicts (session_id, field);

CREATE INDEX deletions_by_date ON deletions (date);

CREATE INDEX session_tags_by_tag ON session_tags (tag COLLATE NOCASE);

CREATE INDEX sessions_by_date ON sessions (date);

CREATE INDEX sessions_by_follows ON sessions (follows);

CREATE INDEX sessions_by_id_for_actions ON sessions (id, date, tool, lever);

CREATE INDEX sessions_by_lever ON sessions (lever, date);

CREATE INDEX sessions_by_tool ON sessions (tool, date);

CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done'))
        , done_on TEXT);

CREATE TABLE conflicts (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL,
            field TEXT NOT NULL,
            kept TEXT NOT NULL,
            other TEXT NOT NULL,
            kept_side TEXT NOT NULL CHECK (kept_side IN ('here', 'theirs')),
            kept_at TEXT NOT NULL,
            other_at TEXT NOT NULL,
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            resolution TEXT CHECK (resolution IS NULL OR resolution IN ('kept', 'other'))
        , kept_by TEXT NOT NULL DEFAULT '');

CREATE TABLE deletions (
            session_id TEXT PRIMARY KEY,
            date TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            deleted_by TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;

CREATE TABLE migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );

CREATE TABLE session_tags (
            session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (session_id, position)
        ) WITHOUT ROWID;

CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            tool TEXT NOT NULL,
            tool_version INTEGER,
            card_digest TEXT NOT NULL DEFAULT '',
            lever TEXT NOT NULL,
            variant TEXT,
            date TEXT NOT NULL,
            start TEXT,
            planned_minutes INTEGER,
            actual_minutes INTEGER,
            facilitator TEXT NOT NULL DEFAULT '',
            co_facilitators TEXT NOT NULL DEFAULT '[]',
            participants INTEGER CHECK (participants IS NULL OR participants >= 1),
            services TEXT NOT NULL DEFAULT '[]',
            setting TEXT,
            satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
            ideas TEXT NOT NULL DEFAULT '[]',
            decisions TEXT NOT NULL DEFAULT '[]',
            outcomes TEXT NOT NULL DEFAULT '{}',
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        , step_timings TEXT NOT NULL DEFAULT '[]', field_changes TEXT NOT NULL DEFAULT '{}', moment TEXT, follows TEXT);
