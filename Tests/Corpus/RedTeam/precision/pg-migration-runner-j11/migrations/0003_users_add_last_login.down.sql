-- Reverts 0003_users_add_last_login.
-- DESTRUCTIVE: last_login_at values are lost.
alter table users drop column if exists last_login_at;
