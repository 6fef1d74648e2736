-- Which instances run each streaming processor, said by each every few seconds (SegmentShares, event-store module):
-- an instance that holds more than its share of a processor's segments releases the rest for the others to claim.
CREATE TABLE processor_member (
    processor_name VARCHAR(255) NOT NULL,
    member         VARCHAR(255) NOT NULL,
    seen_at        TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (processor_name, member)
);
