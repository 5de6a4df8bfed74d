-- 0001_create_users: accounts table
create extension if not exists citext;

create table users (
    id          bigint generated always as identity primary key,
    email       citext not null unique,
    display_name text   not null,
    created_at  timestamptz not null default now()
);
