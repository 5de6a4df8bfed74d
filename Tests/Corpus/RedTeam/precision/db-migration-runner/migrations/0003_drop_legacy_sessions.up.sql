-- The old cookie-session table was replaced by Redis in v2.4.
-- Keep a copy for 30 days in case we need to debug old sessions.
CREATE TABLE IF NOT EXISTS legacy_sessions_archive AS TABLE legacy_sessions;
DROP TABLE IF EXISTS legacy_sessions;
