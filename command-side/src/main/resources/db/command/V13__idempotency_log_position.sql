-- The log position the first answer carried (Kiosk-Position): a replayed answer tells the client how
-- far the event log had gone with the first request's events, as the first answer did. Null for
-- answers that appended no events and for answers stored before positions were kept.

ALTER TABLE idempotency_key ADD COLUMN log_position BIGINT;
