-- The outbox of notifications: every mail Kiosk sends is first a row here, written in the same transaction as what
-- decided to send it (a notification processor's handling of an event, with its token; an identity request, with
-- its mailed code), and sent by the outbox worker after that transaction commits. The key says what the mail is
-- about (the event, or the identity request) and which mail it is, so an event delivered again finds its row and
-- sends nothing more. A row is PENDING until sent (SENT) or given up after the configured number of tries (FAILED,
-- listed for the back office at GET /api/notifications/undelivered). The text of a mail may carry a single-use
-- code, so it is kept only until the mail is sent or given up: a copy of the database never holds a code that
-- still works for long. Rows that are done are deleted after kiosk.outbox.retention.

CREATE TABLE notification_outbox (
    event_id        VARCHAR(100) NOT NULL,
    channel         VARCHAR(100) NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         TEXT         NOT NULL,
    body            TEXT,
    status          VARCHAR(10)  NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    done_at         TIMESTAMPTZ,
    last_error      TEXT,
    PRIMARY KEY (event_id, channel),
    CONSTRAINT notification_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED'))
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_outbox_done ON notification_outbox (done_at) WHERE status <> 'PENDING';
