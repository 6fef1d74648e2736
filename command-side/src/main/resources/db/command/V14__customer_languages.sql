-- The language each customer reads Kiosk and its mails in (zh-CN or en): one row per customer, written by a
-- subscribing processor in the same transaction as the customer's events (CustomerRegistered,
-- CustomerLanguageChanged), so it is never behind them; every mail to a customer is written in it. An account
-- without a row (staff, or a customer who registered before languages were kept and never chose) is written to
-- in zh-CN, as the upcaster of their registration says. "version" is the customer's last event applied.

CREATE TABLE customer_language (
    customer_id UUID        NOT NULL PRIMARY KEY,
    language    VARCHAR(16) NOT NULL,
    version     BIGINT      NOT NULL
);
