-- Reverts 0001_create_users.
-- DESTRUCTIVE: deletes every user row. migrate.sh takes a pg_dump backup first.
drop table if exists users;
