-- Axon's bookkeeping for one application, created in that application's own schema
-- (command or query): how far each event processor has read, and the sagas it runs.
-- Each application adds classpath:db/axon to its own Flyway locations; versions 0.x are reserved
-- for these tables so that they never collide with the application's own V1, V2, ...
-- Tokens and sagas are Jackson JSON in bytea, never large objects (OIDs).

CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

CREATE TABLE saga_entry (
    saga_id         VARCHAR(255) NOT NULL,
    revision        VARCHAR(255),
    saga_type       VARCHAR(255),
    serialized_saga BYTEA,
    PRIMARY KEY (saga_id)
);

CREATE TABLE association_value_entry (
    id                BIGSERIAL    NOT NULL,
    association_key   VARCHAR(255) NOT NULL,
    association_value VARCHAR(255),
    saga_type         VARCHAR(255),
    saga_id           VARCHAR(255) NOT NULL,
    PRIMARY KEY (id)
);
CREATE INDEX association_value_entry_lookup ON association_value_entry (saga_type, association_key, association_value);
CREATE INDEX association_value_entry_saga ON association_value_entry (saga_id, saga_type);
