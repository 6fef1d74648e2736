-- The last replay of each projection's processor, asked for by the back office
-- (POST /api/admin/projections/{name}/replay): when it started and finished, the head of the event log
-- once the processor had stopped (the replay is done once every segment has read up to it; null while the
-- processor is being stopped) and how many events the log held up to there. A row with no finished_at is a replay still running, also across a restart of the
-- query side (the processor's replay tokens carry on where they were). Not read-model data.

CREATE TABLE projection_replay (
    processor_name VARCHAR(255) NOT NULL PRIMARY KEY,
    started_at     TIMESTAMPTZ  NOT NULL,
    finished_at    TIMESTAMPTZ,
    head_position  BIGINT,
    events_total   BIGINT       NOT NULL,
    requested_by   UUID         NOT NULL,
    failure        VARCHAR(1000)
);
