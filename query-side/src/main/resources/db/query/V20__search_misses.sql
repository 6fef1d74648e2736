-- Product searches that found nothing, counted per normalised text and mall day, for analysts
-- (GET /api/analytics/search-misses). Nothing about who searched is kept; texts that look like an e-mail address
-- or a phone number are not recorded at all.
CREATE TABLE search_miss (
    query       text NOT NULL,
    day         date NOT NULL,
    misses      bigint NOT NULL,
    last_seen   timestamptz NOT NULL,
    PRIMARY KEY (query, day)
);
