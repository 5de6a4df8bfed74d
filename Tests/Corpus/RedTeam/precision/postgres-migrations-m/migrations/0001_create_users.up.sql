CREATE EXTENSION IF NOT EXISTS citext;

CREATE TABLE users (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        citext NOT NULL UNIQUE,
    display_name text   NOT NULL,
    password_hash text  NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    disabled_at  timestamptz
);

CREATE INDEX users_created_at_idx ON users (created_at);
