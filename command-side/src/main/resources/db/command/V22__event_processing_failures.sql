-- Where the command side's event processors put what they could not handle, so that one order's failure is that
-- order's problem and never holds up the others.
--
-- dead_letter_entry: Axon's sequenced dead-letter queue (JdbcSequencedDeadLetterQueue, with the table and column names
-- of the DeadLetterSchema in KioskEventStoreAutoConfiguration), the same table the query side keeps in its own schema.
-- An event an event handler (the provider adapter, the mails, the restock) cannot handle is parked with its sequence
-- (the payment or order it is about); that sequence's later events queue behind it and the rest moves on.
--
-- stalled_event: events a processor failed on, for a reason of their own, more than once; after
-- kiosk.processing.max-attempts tries it is given up (given_up_at) and the processor moves on. Sagas cannot use the
-- dead-letter queue (Axon does not sequence them), so this is where an order process or refund process that keeps
-- failing on an event stops, visibly: the back office reads it at /api/admin/process-failures. A row of an event that
-- was handled in the end is deleted.

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

CREATE TABLE stalled_event (
    processing_group VARCHAR(255) NOT NULL,
    event_id         VARCHAR(255) NOT NULL,
    payload_type     VARCHAR(255) NOT NULL,
    aggregate_id     VARCHAR(255),
    attempts         INTEGER      NOT NULL,
    cause            TEXT         NOT NULL,
    first_failed_at  TIMESTAMPTZ  NOT NULL,
    last_failed_at   TIMESTAMPTZ  NOT NULL,
    given_up_at      TIMESTAMPTZ,
    PRIMARY KEY (processing_group, event_id)
);
