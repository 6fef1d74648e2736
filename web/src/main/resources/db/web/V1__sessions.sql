-- The web app's sessions, in PostgreSQL so that any instance of it serves any shopper: Spring Session JDBC's own
-- tables (its schema-postgresql.sql, in the web app's schema), and the newest tokens of each login
-- (session.LoginTokens), refreshed under the row's lock by whichever request needs them first.

CREATE TABLE spring_session (
    primary_id            CHAR(36)     NOT NULL,
    session_id            CHAR(36)     NOT NULL,
    creation_time         BIGINT       NOT NULL,
    last_access_time      BIGINT       NOT NULL,
    max_inactive_interval INT          NOT NULL,
    expiry_time           BIGINT       NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36)     NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id)
        ON DELETE CASCADE
);

CREATE TABLE login_tokens (
    login_id          UUID        NOT NULL PRIMARY KEY,
    access_token      TEXT        NOT NULL,
    access_expires_at TIMESTAMPTZ NOT NULL,
    refresh_token     TEXT        NOT NULL,
    revoked           BOOLEAN     NOT NULL DEFAULT FALSE,
    updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_tokens_updated_at ON login_tokens (updated_at);
