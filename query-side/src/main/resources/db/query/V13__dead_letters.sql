-- Axon's sequenced dead-letter queue for the projections' processors (JdbcSequencedDeadLetterQueue, with
-- the table and column names of the DeadLetterSchema in KioskEventStoreAutoConfiguration). An event a
-- projection cannot handle (a bug, a payload it cannot store) is parked here with its sequence (the
-- aggregate, or what the processor's sequencing policy names), the later events of that sequence queue
-- behind it, and the rest of the stream moves on. The back office lists, retries and discards them
-- (/api/admin/dead-letters). Not read-model data: a rebuild of a projection empties its letters.
-- Timestamps are ISO-8601 text, as Axon writes and compares them; payloads and metadata are JSON in bytea.

CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group     VARCHAR(255)  NOT NULL,
    sequence_identifier  VARCHAR(255)  NOT NULL,
    sequence_index       BIGINT        NOT NULL,
    message_type         VARCHAR(255)  NOT NULL,
    event_identifier     VARCHAR(255)  NOT NULL,
    time_stamp           VARCHAR(255)  NOT NULL,
    payload_type         VARCHAR(255)  NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA         NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255)  NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);

CREATE INDEX dead_letter_entry_by_group ON dead_letter_entry (processing_group);
