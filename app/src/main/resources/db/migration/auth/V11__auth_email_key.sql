-- The one form in which e-mails are compared and counted (auth.EmailKey: Unicode NFKC, trimmed, case-folded with
-- Locale.ROOT), computed by the application and stored, so the lookup, the uniqueness and the login throttle agree.
-- Before this, Java's lower-casing (the throttle) and the database's lower() (the lookup) disagreed on "İ" (U+0130).
ALTER TABLE users ADD COLUMN email_key varchar(254);

-- Rows written before this version: PostgreSQL's normalize() and lower() match the application's rule for the
-- ASCII addresses those rows hold.
UPDATE users SET email_key = lower(normalize(btrim(email), NFKC));

ALTER TABLE users ALTER COLUMN email_key SET NOT NULL;
CREATE UNIQUE INDEX users_email_key_key ON users (email_key);
DROP INDEX users_email_lower_key;
