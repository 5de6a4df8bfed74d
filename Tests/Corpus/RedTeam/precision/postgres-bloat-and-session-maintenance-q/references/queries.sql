-- Copy-paste versions of the report queries for psql.

-- Sessions idle in transaction for more than 5 minutes
SELECT pid, usename, application_name, now() - xact_start AS xact_age, left(query, 120)
FROM pg_stat_activity
WHERE state = 'idle in transaction' AND now() - xact_start > interval '5 minutes'
ORDER BY xact_age DESC;

-- Who is blocking whom
SELECT pid, pg_blocking_pids(pid) AS blocked_by, wait_event_type, left(query, 100)
FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0;

-- Terminate ONE session after review (requires pg_signal_backend):
-- SELECT pg_terminate_backend(<pid>);

-- Dead tuples
SELECT schemaname, relname, n_dead_tup, n_live_tup, last_autovacuum
FROM pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 10;

-- Safe, online cleanup (no exclusive lock):
-- VACUUM (ANALYZE, VERBOSE) schema.table;

-- VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock - blocks reads
-- and writes for the duration. Prefer pg_repack for large hot tables.
