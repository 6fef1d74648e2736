-- The payment sandbox (kiosk.payments.provider=sandbox) plays the providers; what it knows lives here, not in one
-- instance's memory, so that every command-side instance shows a trade's page, takes its payment and answers a
-- refund again alike, whichever instance opened it, and a restart forgets nothing. The keys it signs with as
-- "Alipay", "WeChat Pay" and the card processor are made by the first instance that needs them (the sandbox's own,
-- worth nothing outside it: never a merchant account's).

CREATE TABLE sandbox_keys (
    id                  SMALLINT    NOT NULL PRIMARY KEY CHECK (id = 1),
    alipay_private      TEXT        NOT NULL,
    alipay_public       TEXT        NOT NULL,
    wechat_private      TEXT        NOT NULL,
    wechat_public       TEXT        NOT NULL,
    merchant_private    TEXT        NOT NULL,
    merchant_public     TEXT        NOT NULL,
    wechat_api_v3_key   TEXT        NOT NULL,
    card_webhook_secret TEXT        NOT NULL,
    made_at             TIMESTAMPTZ NOT NULL
);

CREATE TABLE sandbox_trade (
    payment_id  UUID           NOT NULL PRIMARY KEY,
    method      VARCHAR(20)    NOT NULL,
    amount      NUMERIC(19, 4) NOT NULL,
    currency    CHAR(3)        NOT NULL,
    description TEXT           NOT NULL,
    closed      BOOLEAN        NOT NULL DEFAULT FALSE,
    opened_at   TIMESTAMPTZ    NOT NULL
);

CREATE TABLE sandbox_refund (
    refund_id  UUID        NOT NULL PRIMARY KEY,
    payment_id UUID        NOT NULL,
    asked_at   TIMESTAMPTZ NOT NULL
);
