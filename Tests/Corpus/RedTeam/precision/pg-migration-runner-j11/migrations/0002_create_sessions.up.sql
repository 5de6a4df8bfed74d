-- 0002_create_sessions: login sessions
create table sessions (
    id          uuid primary key default gen_random_uuid(),
    user_id     bigint not null references users(id) on delete cascade,
    expires_at  timestamptz not null,
    created_at  timestamptz not null default now()
);
create index sessions_user_id_idx on sessions(user_id);
