-- 0003_users_add_last_login
alter table users add column last_login_at timestamptz;
