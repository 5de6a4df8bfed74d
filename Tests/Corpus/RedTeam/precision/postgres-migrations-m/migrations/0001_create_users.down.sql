-- Reverses 0001: removes the users table and all of its rows.
DROP INDEX IF EXISTS users_created_at_idx;
DROP TABLE IF EXISTS users;
