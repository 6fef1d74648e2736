-- Synonym sets of product search, as staff edit them (GET/POST/PUT/DELETE /api/search/synonyms). This table is the
-- truth; Elasticsearch's synonyms set kiosk-product-synonyms is a copy, pushed at every change and at every start.
-- Not a projection: replays never touch it.
CREATE TABLE search_synonym_set (
    id          text PRIMARY KEY,
    terms       text[] NOT NULL,
    updated_at  timestamptz NOT NULL,
    -- the account id of the staff member who changed it last ("kiosk" for the starter sets)
    updated_by  text NOT NULL
);

-- One row once the starter sets were copied in, so that sets staff delete stay deleted across restarts.
CREATE TABLE search_synonym_seed (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    seeded_at   timestamptz NOT NULL
);
