CREATE TABLE legacy_sessions (
    sid        TEXT PRIMARY KEY,
    user_id    BIGINT REFERENCES users(id),
    data       JSONB,
    expires_at TIMESTAMPTZ
);
INSERT INTO legacy_sessions SELECT * FROM legacy_sessions_archive;
DROP TABLE legacy_sessions_archive;
