-- The language each customer reads Kiosk and its mails in (zh-CN or en), from CustomerRegistered (revision 2;
-- earlier registrations are read as zh-CN by the event store's upcaster) and CustomerLanguageChanged. The default
-- fills the rows of profiles built before; a rebuild writes every row from the events.

ALTER TABLE customer_profile ADD COLUMN language VARCHAR(16) NOT NULL DEFAULT 'zh-CN';
