-- When the password last changed (reset or change): a JWT issued before it no longer verifies, so a reset ends the
-- sessions an attacker may hold. When the player accepted the privacy notice at signup (Ley 1581 de 2012 asks for
-- proof of consent); rows from before this version have no record of it.
ALTER TABLE users
    ADD COLUMN password_changed_at timestamptz,
    ADD COLUMN terms_accepted_at   timestamptz;

-- Single-use password reset links, valid one hour. Like verification tokens, only the SHA-256 is kept.
CREATE TABLE password_reset_tokens (
    token_hash bytea PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id);
