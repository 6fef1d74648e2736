-- A replay with several query-side instances: the instance that was asked records itself (requested_on), the others
-- release the processor's segments when they see the request and take part again once the reset is recorded
-- (reset_at), so that the tokens can be reset while no instance holds them (ReplayHandOver).

ALTER TABLE projection_replay ADD COLUMN requested_on VARCHAR(255);
ALTER TABLE projection_replay ADD COLUMN reset_at TIMESTAMPTZ;

-- replays recorded before: their reset had happened when their head was recorded
UPDATE projection_replay SET reset_at = started_at WHERE head_position IS NOT NULL;
