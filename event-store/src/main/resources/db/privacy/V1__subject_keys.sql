-- The key of each data subject (a customer), which their personal data in events is encrypted with, kept outside
-- the event store so that it can be deleted (crypto-shredding): once "wrapped_key" is gone, every copy of their
-- names, phones, e-mail addresses and addresses in the events reads as erased. The key is stored encrypted with the
-- master key of the configuration (kiosk.privacy.master-key), never in the clear. An erased subject keeps its row,
-- without a key: nothing is ever encrypted for them again. Written by the command side (which stores the events),
-- only read by the query side.

CREATE TABLE subject_key (
    subject     UUID        NOT NULL PRIMARY KEY,
    wrapped_key BYTEA,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at   TIMESTAMPTZ,
    CONSTRAINT subject_key_erased_or_kept CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
