-- Reverts 0002_create_sessions.
-- DESTRUCTIVE: logs everyone out (session rows are dropped).
drop index if exists sessions_user_id_idx;
drop table if exists sessions;
