-- Identity: accounts and their credentials, kept OUT of the event store. Passwords are Argon2id
-- hashes; tokens mailed or handed out are stored only as SHA-256 hashes, so a copy of this
-- database lets nobody log in or reset a password.

CREATE TABLE account (
    account_id          UUID         NOT NULL PRIMARY KEY,
    email               VARCHAR(254) NOT NULL UNIQUE,
    password_hash       VARCHAR(255) NOT NULL,
    roles               VARCHAR(100) NOT NULL,
    email_verified      BOOLEAN      NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    password_changed_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- failed logins per e-mail address, registered or not, so that throttling says nothing about
-- which addresses have accounts
CREATE TABLE login_throttle (
    email        VARCHAR(254) NOT NULL PRIMARY KEY,
    failures     INTEGER      NOT NULL,
    locked_until TIMESTAMPTZ
);

-- single-use tokens sent by mail: e-mail verification and password reset
CREATE TABLE mailed_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    purpose    VARCHAR(32) NOT NULL,
    account_id UUID        NOT NULL REFERENCES account (account_id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX mailed_token_account ON mailed_token (account_id, purpose);

-- refresh tokens, rotated on every use; a family is one login's chain of tokens, revoked whole
-- when a used token comes back (a sign that it was stolen)
CREATE TABLE refresh_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES account (account_id) ON DELETE CASCADE,
    family     UUID        NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX refresh_token_family ON refresh_token (family);
CREATE INDEX refresh_token_account ON refresh_token (account_id);
